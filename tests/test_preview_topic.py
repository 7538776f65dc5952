"""scripts/preview_topic.py: the other pages become stubs that keep every link target and run nothing."""
from scripts.preview_topic import stub

PAGE = """---
functions:
  - name: torch.view
    section: one
---

# Title

Prose. {claim:a}

## One {#one}

```python exec="on"
--8<-- "snippets/t/a.py"
```

### Detail {#detail}

## Two {#two}
"""


def test_a_stub_keeps_the_title_and_the_anchors_and_nothing_that_runs():
    assert stub(PAGE) == "# Title\n\n## One {#one}\n\n### Detail {#detail}\n\n## Two {#two}\n"
