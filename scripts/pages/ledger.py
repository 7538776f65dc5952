"""The claims ledger: every claim of the site with its proof and status, on a page of its own and in claims.json.

The page holds placeholders that are filled once every page's claims are settled (on_page_context
runs after every page was rendered); the home page shows the totals.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from scripts.pages import claims as claims_

LEDGER = '<div class="claims-ledger"></div>'
TOTALS = '<div class="claims-totals"></div>'


def _proof_cell(claim: claims_.Claim, base: str) -> str:
    links = []
    for proof in claim.proofs:
        where = f"{proof['snippet']}:{proof['line']}" if proof["kind"] == "assert" else proof["snippet"]
        href = f"{base}{claim.url}#exec-{claims_.block_id(proof['snippet'])}"
        links.append(f'<a href="{html.escape(href)}"><code>{html.escape(where)}</code></a>')
    return "<br>".join(links)


def totals_line(sums: dict, labels: dict, key: str = "totals") -> str:
    return labels[key].format(**sums)


def ledger(claims: list[claims_.Claim], titles: dict[str, str], labels: dict, base: str) -> str:
    pages: dict[str, list[claims_.Claim]] = {}
    for claim in claims:
        pages.setdefault(claim.page, []).append(claim)
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels["columns"])
    parts = [f'<p class="claims-ledger__totals">{html.escape(totals_line(claims_.totals(claims), labels))}</p>']
    for page, found in sorted(pages.items(), key=lambda item: titles.get(item[0], item[0])):
        url = f"{base}{found[0].url}"
        rows = "".join(
            f'<tr data-status="{claim.status}"><td><a href="{html.escape(url)}#{claim.section if claim.section != claims_.TOP else ""}">'
            f"{html.escape(claim.text or claim.id)}</a></td><td>{_proof_cell(claim, base)}</td>"
            f"<td>{html.escape(labels['status'][claim.status])}</td></tr>"
            for claim in found
        )
        title = html.escape(titles.get(page, page))
        parts.append(
            f'<h3><a href="{html.escape(url)}">{title}</a></h3>'
            f'<p class="claims-ledger__totals">{html.escape(totals_line(claims_.totals(found), labels, "page_totals"))}</p>'
            f'<div class="claims-ledger__table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
        )
    return '<div class="claims-ledger">' + "".join(parts) + "</div>"


def fill(content: str, claims: list[claims_.Claim], titles: dict[str, str], labels: dict, base: str) -> str:
    if LEDGER in content:
        content = content.replace(LEDGER, ledger(claims, titles, labels, base))
    if TOTALS in content:
        line = html.escape(totals_line(claims_.totals(claims), labels))
        content = content.replace(TOTALS, f'<p class="claims-totals">{line} <a href="{base}claims/">{html.escape(labels["see"])}</a></p>')
    return content


def write_json(site_dir: str, claims: list[claims_.Claim], stamp: dict) -> Path:
    path = Path(site_dir) / "claims.json"
    path.write_text(json.dumps(claims_.as_json(claims, stamp), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
