"""Both languages have the same pages, `##` sections (by anchor) and snippet inclusions."""
from conftest import ROOT, build, exec_page, make_project

from scripts.pages.parity import problems

PAGE = '# T\n\n## A {#a}\n\n```python exec="on"\n--8<-- "snippets/t/one.py"\n```\n\n## B {#b}\n'


def tree(tmp_path, zh: dict, en: dict):
    for lang, pages in (("zh", zh), ("en", en)):
        for name, text in pages.items():
            path = tmp_path / lang / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return tmp_path / "zh", tmp_path / "en"


def test_this_checkout_has_full_parity():
    assert problems(ROOT / "docs" / "zh", ROOT / "docs" / "en") == []


def test_identical_outlines_pass(tmp_path):
    assert problems(*tree(tmp_path, {"p.md": PAGE}, {"p.md": PAGE.replace("# T", "# Titre")})) == []


def test_missing_page_is_named(tmp_path):
    found = problems(*tree(tmp_path, {"p.md": PAGE, "q.md": "# Q\n"}, {"p.md": PAGE}))
    assert len(found) == 1 and "en/q.md: missing" in found[0]


def test_missing_section_is_found(tmp_path):
    found = problems(*tree(tmp_path, {"p.md": PAGE}, {"p.md": PAGE.replace("## B {#b}\n", "")}))
    assert len(found) == 1 and "sections differ" in found[0] and "p.md" in found[0]


def test_missing_snippet_is_found(tmp_path):
    en = PAGE.replace('```python exec="on"\n--8<-- "snippets/t/one.py"\n```\n', "")
    found = problems(*tree(tmp_path, {"p.md": PAGE}, {"p.md": en}))
    assert len(found) == 1 and "snippets differ" in found[0]


def test_section_without_anchor_is_found(tmp_path):
    zh = PAGE.replace("## B {#b}", "## B")
    found = problems(*tree(tmp_path, {"p.md": zh}, {"p.md": PAGE}))
    assert any("without an explicit anchor: ## B" in problem for problem in found)


def test_a_missing_translation_fails_the_strict_build(tmp_path):
    project = make_project(tmp_path / "p", {"index.md": exec_page("t/hello.py")}, {"t/hello.py": "print('hi')\n"})
    (project / "docs" / "zh" / "extra.md").write_text("# 仅中文\n", encoding="utf-8")
    result = build(project, "en", tmp_path / "site")
    assert result.returncode != 0
    assert "docs/en/extra.md: missing" in result.stderr


FRONT = "---\nfunctions:\n  - name: torch.f\n    section: a\n    summary: {summary}\n---\n"


def test_function_lists_must_match(tmp_path):
    zh = FRONT.format(summary="中文") + PAGE
    en = FRONT.format(summary="English").replace("torch.f", "torch.g") + PAGE
    found = problems(*tree(tmp_path, {"p.md": zh}, {"p.md": en}))
    assert len(found) == 1 and "functions differ" in found[0]


def test_summaries_may_differ_but_sections_must_exist(tmp_path):
    zh, en = FRONT.format(summary="中文") + PAGE, FRONT.format(summary="English") + PAGE
    assert problems(*tree(tmp_path / "ok", {"p.md": zh}, {"p.md": en})) == []
    broken = FRONT.format(summary="x").replace("section: a", "section: nowhere") + PAGE
    found = problems(*tree(tmp_path / "bad", {"p.md": broken}, {"p.md": broken}))
    assert any("torch.f points to a missing section #nowhere" in problem for problem in found)


def test_broken_front_matter_is_named(tmp_path):
    broken = "---\nfunctions:\n  - name: torch.f\n    section: a\n    summary: Exactly f(x): y\n---\n" + PAGE
    found = problems(*tree(tmp_path, {"p.md": broken}, {"p.md": PAGE}))
    assert found == [f"{tmp_path / 'zh' / 'p.md'}: front matter is not valid YAML"]
