"""The claims ledger: every claim of the site with its proof and status, in claims.json and on pages.

The overview (claims.md, placeholder LEDGER) gives each page's totals and links that page's own
ledger, claims/<page>/, which `add_files` generates for every page that carries marks: its claims,
each with its proofs and status. A page per topic keeps each one light on a phone: the 2,400 rows of
a language on one page weighed over 100 kB compressed. The placeholders are filled once every page's
claims are settled (on_page_context runs after every page was rendered); the home page shows the totals.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from mkdocs.structure.files import File

from scripts.pages import claims as claims_, topic_list

LEDGER = '<div class="claims-ledger"></div>'
PAGE_LEDGER = re.compile(r'<div class="claims-ledger" data-page="(?P<page>[^"]+)"></div>')
TOTALS = '<div class="claims-totals"></div>'
FOLDER = "claims"


def ledger_name(page: str) -> str:
    """A page's own ledger's name in the folder: tensor-copies for tensor-copies.md; the home page's
    would otherwise be claims/index.md, the folder's own address, which is the overview's."""
    return "home" if page == "index.md" else Path(page).stem


def ledger_uri(page: str) -> str:
    return f"{FOLDER}/{ledger_name(page)}.md"


def add_files(files, config, labels: dict) -> None:
    """A ledger page for every page of the docs folder that carries claim marks."""
    for path in sorted(Path(config.docs_dir).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if not claims_.MARKER.search(text):
            continue
        title = labels["page_title"].format(title=topic_list.title_of(text))
        content = f'# {title}\n\n<div class="claims-ledger" data-page="{path.name}"></div>\n'
        files.append(File.generated(config, ledger_uri(path.name), content=content))


def is_ledger_page(src_uri: str) -> bool:
    return src_uri.startswith(FOLDER + "/")


def _proof_cell(claim: claims_.Claim, base: str) -> str:
    links = []
    for proof in claim.proofs:
        name = proof["snippet"].rsplit("/", 1)[-1]  # the page's own folder: the heading names the page
        where = f"{name}:{proof['line']}" if proof["kind"] == "assert" else name
        href = f"{base}{claim.url}#exec-{claims_.block_id(proof['snippet'])}"
        links.append(f'<a href="{html.escape(href)}" title="{html.escape(proof["snippet"])}"><code>{html.escape(where)}</code></a>')
    return "<br>".join(links)


def totals_line(sums: dict, labels: dict, key: str = "totals") -> str:
    return labels[key].format(**sums)


def by_page(claims: list[claims_.Claim]) -> dict[str, list[claims_.Claim]]:
    pages: dict[str, list[claims_.Claim]] = {}
    for claim in claims:
        pages.setdefault(claim.page, []).append(claim)
    return pages


def overview(claims: list[claims_.Claim], titles: dict[str, str], labels: dict, base: str) -> str:
    """The site's totals, then a row per page: its title, its counts, a link to its own ledger."""
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels["overview_columns"])
    rows = []
    for page, found in sorted(by_page(claims).items(), key=lambda item: titles.get(item[0], item[0])):
        sums = claims_.totals(found)
        ledger_url = f"{base}{FOLDER}/{ledger_name(page)}/"
        counts = "".join(f"<td>{sums[key]}</td>" for key in ("claims", "proved", "gpu", "awaiting"))
        rows.append(f'<tr><td><a href="{html.escape(base + found[0].url)}">{html.escape(titles.get(page, page))}</a></td>'
                    f'{counts}<td><a href="{html.escape(ledger_url)}">{html.escape(labels["open"])}</a></td></tr>')
    return (f'<div class="claims-ledger"><p class="claims-ledger__totals">{html.escape(totals_line(claims_.totals(claims), labels))}</p>'
            f'<div class="claims-ledger__table"><table class="claims-overview"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></div>')


def page_ledger(found: list[claims_.Claim], title: str, labels: dict, base: str) -> str:
    """One page's claims: the sentence each mark closes (linked to its section), its proofs, its status."""
    url = f"{base}{found[0].url}"
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels["columns"])
    rows = "".join(
        f'<tr data-status="{claim.status}"><td><a href="{html.escape(url + ("" if claim.section == claims_.TOP else "#" + claim.section))}">'
        f"{html.escape(claim.text or claim.id)}</a></td><td>{_proof_cell(claim, base)}</td>"
        f"<td>{html.escape(labels['status'][claim.status])}</td></tr>"
        for claim in found
    )
    return (f'<div class="claims-ledger"><p class="claims-ledger__totals">'
            f'{html.escape(totals_line(claims_.totals(found), labels, "page_totals"))} '
            f'<a href="{html.escape(url)}">{html.escape(title)}</a> · <a href="{base}{FOLDER}/">{html.escape(labels["all"])}</a></p>'
            f'<div class="claims-ledger__table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></div>')


def fill(content: str, claims: list[claims_.Claim], titles: dict[str, str], labels: dict, base: str) -> str:
    if LEDGER in content:
        content = content.replace(LEDGER, overview(claims, titles, labels, base))
    pages = by_page(claims)
    content = PAGE_LEDGER.sub(
        lambda m: page_ledger(pages[m["page"]], titles.get(m["page"], m["page"]), labels, base) if m["page"] in pages else "",
        content,
    )
    if TOTALS in content:
        line = html.escape(totals_line(claims_.totals(claims), labels))
        content = content.replace(TOTALS, f'<p class="claims-totals">{line} <a href="{base}claims/">{html.escape(labels["see"])}</a></p>')
    return content


def write_json(site_dir: str, claims: list[claims_.Claim], stamp: dict) -> Path:
    path = Path(site_dir) / "claims.json"
    path.write_text(json.dumps(claims_.as_json(claims, stamp), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
