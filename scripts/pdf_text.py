"""The PDF's text layer, repaired so that it copies and searches as printed (used by scripts/pdf.py).

Chromium names each glyph in a PDF's text layer by the lowest code point that the font maps to it.
Noto CJK draws 一 and the Kangxi radical ⼀ (U+2F00), 页 and ⻚ (U+2EDA), – and ‒ (U+2012) with one
glyph each, so the PDF would copy and search as radicals and figure dashes. A probe print of the
document's own non-ASCII characters, in each font it uses, shows which come back as others; the
fonts' ToUnicode maps are then written back to what was printed. Latin ligatures (ﬂ) read as letters.
"""
from __future__ import annotations

import html
import io
import re
import unicodedata

from pypdf import PdfReader, PdfWriter

LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
PROBES = ("<p>{}</p>", "<p><strong>{}</strong></p>", "<pre><code>{}</code></pre>")  # text, headings, code
SECTION = re.compile(r"\d+\s+begin(bfchar|bfrange)(.*?)end\1", re.S)


def misread(printed, text: str) -> dict[str, str]:
    """{character as the text layer reads it: character printed} for the non-ASCII characters of `text`;
    `printed` prints HTML in the document's styles."""
    chars = sorted({char for char in text if ord(char) > 127 and unicodedata.category(char)[0] not in "CMZ"})
    readings = dict(LIGATURES)
    for probe in PROBES:
        reader = PdfReader(io.BytesIO(printed(probe.format(html.escape(" ".join(chars))))))
        read = " ".join(page.extract_text() for page in reader.pages).split()
        if len(read) != len(chars):
            raise RuntimeError(f"a probe printed {len(chars)} characters and reads back {len(read)}: a font lacks some")
        readings.update((got, wanted) for got, wanted in zip(read, chars) if got != wanted and got not in chars)
    return readings


def utf16(hexadecimal: str) -> str:
    return bytes.fromhex(hexadecimal).decode("utf-16-be")


def cmap_entries(cmap: str) -> dict[str, str]:
    """{character code, in hex as the CMap writes it: text} of a ToUnicode CMap."""
    entries = {}
    for kind, body in SECTION.findall(cmap):
        if kind == "bfchar":
            entries.update((code, utf16(text)) for code, text in re.findall(r"<(\w+)>\s*<(\w+)>", body))
            continue
        for low, high, target in re.findall(r"<(\w+)>\s*<(\w+)>\s*(<\w+>|\[[^\]]*\])", body):
            texts = [utf16(one) for one in re.findall(r"<(\w+)>", target)]
            first = texts[0]
            for step in range(int(high, 16) - int(low, 16) + 1):
                code = f"{int(low, 16) + step:0{len(low)}X}"
                entries[code] = texts[step] if target.startswith("[") else first[:-1] + chr(ord(first[-1]) + step)
    return entries


def repaired(cmap: str, readings: dict[str, str]) -> str | None:
    """The CMap with misread characters written back (every entry a bfchar, 100 to a section), or None if none is."""
    entries = cmap_entries(cmap)
    fixed = {code: "".join(readings.get(char, char) for char in text) for code, text in entries.items()}
    if fixed == entries:
        return None
    lines = [f"<{code}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in sorted(fixed.items())]
    sections = "".join(f"{len(lines[i:i + 100])} beginbfchar\n" + "\n".join(lines[i:i + 100]) + "\nendbfchar\n"
                       for i in range(0, len(lines), 100))
    return cmap[:SECTION.search(cmap).start()] + sections + cmap[cmap.index("endcmap"):]


def fonts(resources):
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():  # a form (a transparency group) has its own
        if "/Resources" in xobject.get_object():
            yield from fonts(xobject.get_object()["/Resources"].get_object())


def repair_text(writer: PdfWriter, readings: dict[str, str]) -> None:
    done = set()
    for page in writer.pages:
        for font in fonts(page["/Resources"].get_object()):
            if "/ToUnicode" not in font or font.raw_get("/ToUnicode").idnum in done:
                continue
            done.add(font.raw_get("/ToUnicode").idnum)
            stream = font["/ToUnicode"].get_object()
            cmap = repaired(stream.get_data().decode("latin-1"), readings)
            if cmap:
                stream.set_data(cmap.encode("latin-1"))
