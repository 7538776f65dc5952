"""Claim markers: `{claim:<id>}` after the sentence, list item or caption it states, proved on the page.

`{claim:<id> since=2.6}` also declares the torch version the claim holds from, `{claim:<id> until=2.13}`
the last one it holds on: the build checks either against the other versions' bundles
(scripts/pages/versions.py) and fails on a wrong range.

A marker names a proof in a snippet the same page includes: an assert tagged `# claim: <id>`
(scripts/runner/claim_tags.py) or a benchmark's expectation with `claim = "<id>"`
(scripts/runner/expectations.py). After the page's blocks ran, each claim gets a status:

  proved     one of its asserts ran and held in this build (or its expectation held on this build's data)
  gpu        its asserts sit in a GPU branch, and a current GPU result records them as run
  awaiting   its asserts sit in a GPU branch of a GPU-capable snippet, and no GPU run has them yet

Anything else fails the build, naming the page, the id and the language. The marker becomes a small
mark; hovering, tapping or focusing it shows the proof and where it ran.
"""
from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass, field

from scripts.pages import versions
from scripts.runner import benchmark, bundle as bundles, claim_tags, expectations, snippet_files
from scripts.runner.claim_tags import CLAIM_ID
from scripts.runner.fingerprint import ROOT

VERSION = r"\d+\.\d+(?:\.\d+)?"
MARKER = re.compile(rf"\{{claim:(?P<id>{CLAIM_ID})(?:\s+(?P<bound>since|until)=(?P<version>{VERSION}))?\}}")
PLACEHOLDER = re.compile(rf"⦃(?P<id>{CLAIM_ID})⦄")  # what a marker is while Markdown runs (attr_list would eat `{…}`)
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)")
SECTION = re.compile(r"^## .*?\{#(?P<anchor>[\w-]+)\}\s*$")
CODE_SPAN_SPLIT = re.compile(r"(`+[^`]+?`+)")
SENTENCE_END = re.compile(r"(?:[.!?:;](?=\s)|[。！？：；])")
TOP = "top"  # the front matter and the text before the first `##` section
STATUSES = ("proved", "gpu", "awaiting")


@dataclass
class Claim:
    page: str  # src_uri, e.g. flatten-ravel.md
    url: str
    section: str
    id: str
    text: str  # the claim as the page states it, without markup
    status: str = "proved"
    proofs: list[dict] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)  # torch version → holds, fails, unreached or untaken
    range: tuple[str, str] | None = None  # the range the page declares: ("since" or "until", version)


def _lines(markdown: str, keepends: bool = False):
    """Each line, and whether it is fenced code (the fence lines included)."""
    fence = None
    for line in markdown.splitlines(keepends=keepends):
        opening = FENCE.match(line)
        if fence is None and opening:
            fence = opening["fence"]
        elif fence is not None and opening and opening["fence"].startswith(fence):
            fence = None
        elif fence is None:
            yield line, False
            continue
        yield line, True


def _prose_lines(markdown: str):
    """(section, line) of every line, with fenced code lines blanked out."""
    section = TOP
    for line, code in _lines(markdown):
        heading = None if code else SECTION.match(line)
        if heading:
            section = heading["anchor"]
        yield section, "" if code else line


def _pieces(line: str) -> list[str]:
    """The line cut into inline code spans (odd positions) and the text between them (even positions)."""
    return CODE_SPAN_SPLIT.split(line)


def markers(markdown: str) -> list[tuple[str, str]]:
    """(section anchor, claim id) of every marker outside code, in page order."""
    return [(section, claim) for section, _, claim in stated(markdown)]


def by_section(markdown: str) -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    for section, claim in markers(markdown):
        sections.setdefault(section, set()).add(claim)
    return sections


def _plain(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links keep their text
    text = re.sub(r"^\s*(?:[-*+]|\d+\.|summary:|!!! \w+(?: \"[^\"]*\")?)\s+", "", text)
    return re.sub(r"\s+", " ", text.replace("**", "").replace("`", "")).strip(" \"'|")


def stated(markdown: str) -> list[tuple[str, str, str]]:
    """(section, the text a marker closes, its id): the text runs back to the previous marker or sentence end;
    a marker right after another closes the same text."""
    found = []
    for section, line in _prose_lines(markdown):
        before, last = "", ""
        for index, piece in enumerate(_pieces(line)):
            if index % 2:  # inline code: part of the claim's text, never a marker
                before += piece
                continue
            position = 0
            for match in MARKER.finditer(piece):
                before += piece[position : match.start()]
                cuts = [m.end() for m in SENTENCE_END.finditer(before.rstrip()[:-1])]
                last = _plain(before[cuts[-1]:] if cuts else before) or last
                found.append((section, last, match["id"]))
                before, position = "", match.end()
            before += piece[position:]
    return found


def ranges(markdown: str) -> dict[str, tuple[str, str]]:
    """Claim id → ("since" or "until", version), for the markers outside code that declare a range."""
    return {match["id"]: (match["bound"], match["version"]) for _, line in _prose_lines(markdown)
            for index, piece in enumerate(_pieces(line)) if index % 2 == 0 for match in MARKER.finditer(piece) if match["bound"]}


def to_placeholders(markdown: str) -> str:
    """Markers outside code become placeholders that Markdown leaves alone."""
    def outside_code(line: str) -> str:
        return "".join(p if i % 2 else MARKER.sub(lambda m: f"⦃{m['id']}⦄", p) for i, p in enumerate(_pieces(line)))

    return "".join(line if code else outside_code(line) for line, code in _lines(markdown, keepends=True))


def strip(text: str) -> str:
    """The text without its markers (notebooks, the function index)."""
    return MARKER.sub("", re.sub(r"[ \t]*(?=\{claim:)", "", text))


def available_proofs(markdown: str) -> dict[str, list[dict]]:
    """Claim id → the proofs offered by the snippets the page includes; TagError for a misplaced tag."""
    proofs: dict[str, list[dict]] = {}
    for snippet in dict.fromkeys(snippet_files.INCLUDE.findall(markdown)):
        path = ROOT / snippet
        if snippet_files.is_benchmark(snippet):
            for expectation in benchmark.load(path)["expect"]:
                proofs.setdefault(expectation["claim"], []).append({"kind": "expectation", "snippet": snippet, "expect": expectation})
            continue
        for claim, found in claim_tags.tagged_asserts(path.read_text(encoding="utf-8"), snippet).items():
            for proof in found:
                proofs.setdefault(claim, []).append({"kind": "assert", "snippet": snippet, "line": proof.line, "source": proof.source})
    return proofs


def settle(source: str, markdown: str, page: str, url: str, results: dict, outcomes: dict, bundle: dict | None,
           lang: str, other_versions: list[dict] = (), pinned: str = "") -> tuple[list[Claim], list[str]]:
    """The page's claims with their status, and the problems that must fail the build.

    `results`: snippet → this build's Result; `outcomes`: (benchmark, claim) → (held, figures) on this build's data;
    `other_versions`: the version bundles, on which each claim's proofs are looked up too, beside this build's torch `pinned`.
    """
    problems = []
    try:
        offered = available_proofs(markdown)
    except (claim_tags.TagError, ValueError, SyntaxError) as error:
        return [], [f"{source} ({lang}): {error}"]
    claims = []
    declared = ranges(markdown)
    for section, text, claim in stated(markdown):
        proofs = offered.get(claim)
        if not proofs:
            problems.append(f"{source} ({lang}): claim {claim}: no assert tagged `# claim: {claim}` and no expectation "
                            f"with claim = \"{claim}\" in a snippet included on this page")
            continue
        shown, held_here, on_gpu = [], False, False
        for proof in proofs:
            entry = dict(proof)
            if proof["kind"] == "assert":
                ran = proof["line"] in getattr(results.get(proof["snippet"]), "ran", ())
                gpu = gpu_ran(bundle, proof["snippet"], proof["line"])
                entry.update(ran=ran, gpu=gpu)
                held_here |= ran
                on_gpu |= gpu is not None
            else:
                held, figures = outcomes.get((proof["snippet"], claim), (False, "not evaluated"))
                entry.update(ran=held, figures=figures, gpu=gpu_expectation(bundle, proof["snippet"], proof["expect"]))
                held_here |= held
            shown.append(entry)
        status = "proved" if held_here else "gpu" if on_gpu else "awaiting"
        if status == "awaiting" and not all(p["kind"] == "assert" and snippet_files.gpu_capable(p["snippet"]) for p in proofs):
            where = ", ".join(f"{p['snippet']}:{p.get('line', '')}" for p in proofs)
            problems.append(f"{source} ({lang}): claim {claim}: its proof ({where}) did not run in this build; only an assert "
                            "in the GPU branch of a GPU-capable snippet may wait for a GPU run")
            continue
        found = Claim(page, url, section, claim, text, status, shown, range=declared.get(claim))
        verdicts = {b["torch"]: versions.claim_verdict(b, proofs, claim) for b in other_versions}
        found.versions = {label: verdict for label, verdict in verdicts.items() if verdict}
        if other_versions and status == "proved":
            found.versions[pinned] = "holds"
        if found.range:
            if not other_versions:
                problems.append(f"{source} ({lang}): claim {claim} declares {'='.join(found.range)}, and no torch version bundle can check it")
            problems += [f"{source} ({lang}): {problem}" for problem in versions.range_problems(claim, *found.range, found.versions)]
        claims.append(found)
    return claims, problems


def gpu_ran(bundle: dict | None, snippet: str, line: int) -> dict | None:
    """Where a GPU run executed this assert: the bundle's device, torch and date, if it did."""
    if not snippet_files.gpu_capable(snippet):
        return None
    match = bundles.find(bundle, snippet, snippet_files.digest(snippet))
    if match.status != "current" or line not in match.result.get("ran", []):
        return None
    return {"device": bundle["device"]["name"], "torch": bundle["torch"], "date": bundle["date"]}


def gpu_expectation(bundle: dict | None, snippet: str, expectation: dict) -> dict | None:
    """The expectation evaluated on a current GPU run's figures, if there is one."""
    match = bundles.find(bundle, snippet, snippet_files.digest(snippet))
    if match.status != "current" or expectation.get("on") == "cpu":
        return None
    held, figures = expectations.evaluate(expectation, match.result["data"])
    return {"device": bundle["device"]["name"], "torch": bundle["torch"], "date": bundle["date"], "held": held, "figures": figures}


def _describe_expectation(expect: dict) -> str:
    if expectations.kind(expect) == "faster":
        text = f"{expect['faster']} ≥ {expect['by']:g}× faster than {expect['than']}"
    else:
        text = f"{' / '.join(expect['close'])} within {expect['within']:g}×"
    return text + (f" (n ≥ {expect['from_n']:,})" if "from_n" in expect else "")


def version_rows(claim: Claim, labels: dict) -> list[str]:
    """Where the claim's proof holds, fails or is not reached among the checked torch versions."""
    if not claim.versions:
        return []
    order = sorted(claim.versions, key=versions.key)
    parts = []
    for verdict, label in (("holds", "holds"), ("fails", "claim_fails"), ("unreached", "unreached"), ("untaken", "untaken")):
        chosen = [version for version in order if claim.versions[version] == verdict]
        if chosen:
            parts.append(labels[label].format(versions=versions.spans(chosen, order, labels["separator"])))
    rows = [f'<span class="claim__versions">{html.escape(labels["joiner"].join(parts))}</span>']
    if claim.range:
        bound, version = claim.range
        rows.append(f'<span class="claim__versions">{html.escape(labels[bound].format(version=version))}</span>')
    return rows


def popover(claim: Claim, number: int, labels: dict, stamp: dict, version_labels: dict) -> str:
    """The mark and its proof box, as inline HTML."""
    mark = {"proved": "✓", "gpu": "✓", "awaiting": "◌"}[claim.status]
    rows = []
    for proof in claim.proofs:
        anchor = f"exec-{block_id(proof['snippet'])}"
        if proof["kind"] == "assert":
            where = labels["line"].format(snippet=proof["snippet"], line=proof["line"])
            rows.append(f'<a href="#{anchor}">{html.escape(where)}</a><code>{html.escape(proof["source"])}</code>')
        else:
            rows.append(f'<a href="#{anchor}">{html.escape(proof["snippet"])}</a>'
                        f'<code>{html.escape(_describe_expectation(proof["expect"]))}</code>'
                        f'<span data-timing="on">{html.escape(labels["measured"])} {html.escape(proof["figures"])}</span>')  # varies by run
        gpu = proof.get("gpu")
        if gpu:
            verdict = "" if "held" not in gpu else (labels["held"] if gpu["held"] else labels["not_held"]) + " "
            rows.append(f"<span>{html.escape(verdict + labels['gpu_ran'].format(**gpu))}</span>")
    rows += version_rows(claim, version_labels)
    where = {
        "proved": labels["ran"].format(**stamp),
        "gpu": labels["gpu_only"],
        "awaiting": labels["awaiting"],
    }[claim.status]
    box = "".join(f'<span class="claim__row">{row}</span>' for row in rows)
    return (
        f'<span class="claim" data-claim="{claim.id}" data-status="{claim.status}">'
        f'<button type="button" class="claim__mark" aria-describedby="claim-{number}" '
        f'aria-label="{html.escape(labels["aria"])}">{mark}</button>'
        f'<small class="claim__proof" id="claim-{number}" role="tooltip" data-search-exclude>'
        f'<b>{html.escape(labels["proof"])}</b>{box}<span class="claim__where">{html.escape(where)}</span></small></span>'
    )


def block_id(snippet: str) -> str:
    """The id of a snippet's block on its page, which a proof links to."""
    return re.sub(r"[^a-z0-9]+", "-", snippet.removeprefix("snippets/").lower()).strip("-")


BLOCK = re.compile(r'<div class="exec-(?:block|table|chart)"(?P<attrs>[^>]*?) data-snippet="(?P<name>[^"]+)"')


def anchor_blocks(content: str) -> str:
    """Give each executed block the id proofs link to (added here: markdown-exec prefixes ids made inside a block)."""
    return BLOCK.sub(lambda m: f'{m[0]} id="exec-{block_id(m["name"])}"', content)


def render(content: str, claims: list[Claim], labels: dict, stamp: dict, start: int, version_labels: dict) -> str:
    """Replace the page's placeholders with marks, numbering their boxes from `start`."""
    content = anchor_blocks(content)
    by_id = {claim.id: claim for claim in claims}
    counter = iter(range(start, start + 100_000))
    return PLACEHOLDER.sub(lambda m: popover(by_id[m["id"]], next(counter), labels, stamp, version_labels) if m["id"] in by_id else "", content)


def totals(claims: list[Claim]) -> dict:
    counts = {status: sum(claim.status == status for claim in claims) for status in STATUSES}
    return {"claims": len(claims), **counts, "pages": len({claim.page for claim in claims})}


def as_json(claims: list[Claim], stamp: dict) -> dict:
    pages = {}
    for claim in claims:
        pages.setdefault(claim.page, []).append(claim)
    return {
        "build": stamp,
        "totals": totals(claims),
        "pages": {page: totals(found) for page, found in pages.items()},
        "claims": [asdict(claim) for claim in claims],
    }
