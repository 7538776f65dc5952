"""The census of unmarked sentences (scripts/pages/census.py): what it lists and what it leaves out."""
from scripts.pages import census

PAGE = """---
functions:
  - name: torch.ravel
    section: a
    summary: "Flattens. {claim:flat}"
---

# Title

Ravel copies a transpose. {claim:copies} Run the snippet below. `x.view(-1)` raises; {claim:raises} it never copies.

!!! tip "Which one?"
    - Use `ravel()` for a vector. {claim:vector}

## A {#a}

转置后 `ravel()` 会复制。{claim:copies}下面运行一下。
"""


def test_lists_exactly_the_sentences_without_a_mark():
    assert [sentence for _, sentence in census.unmarked(PAGE)] == ["Run the snippet below.", "it never copies.", "下面运行一下。"]


def test_a_mark_after_the_full_stop_stays_with_its_sentence():
    assert census.sentences("它会复制。{claim:copies}下面运行。") == ["它会复制。 {claim:copies}", "下面运行。"]


def test_this_checkout_lists_every_topic_in_both_languages(capsys):
    census.main(["flatten-ravel"])
    printed = capsys.readouterr().out
    assert "en/flatten-ravel.md:" in printed and "zh/flatten-ravel.md:" in printed
