"""Log-log SVG line charts of benchmark results, with a data table beside them.

Text in the chart is SVG <text>, drawn by the reader's browser in the page's font: Chinese labels
need no font on the build machine. Each chart comes in two layouts, shown by screen width
(overrides/assets/site.css): a wide one for the desktop column and a narrow one for phones, so that
its text renders at 12 px or more on both. Each series has its own colour (set per colour scheme in
site.css, by class), dash pattern and marker shape, so that lines which overlap stay apart and the
chart reads without colour too. The axes span the data, not whole decades.
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    name: str
    width: int
    plot_height: int
    font: float  # in viewBox units: 14 of 760 is 12.6 px in a 684 px desktop column
    legend_columns: int


WIDE = Layout("wide", 760, 300, 14, 2)
NARROW = Layout("narrow", 380, 230, 14, 1)  # 14 of 380 is 13.2 px in a 358 px phone column
LEFT, RIGHT = 62, 14
MARKERS = ("circle", "square", "triangle", "diamond", "circle", "square")
DASHES = ("", "8 4", "2 3", "10 3 2 3", "5 5", "1 3")
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def text_width(text: str, font: float) -> float:
    """Roughly how wide `text` renders: Chinese characters are square, Latin ones about half as wide."""
    return sum(font if ord(char) > 0x2E80 else 0.58 * font for char in text)


def ticks(low: float, high: float) -> list[float]:
    """Round values inside [low, high] on a log axis: decades where there are three or more, else 1-2-5 steps."""
    decades = range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)
    for mantissas in ((1,), (1, 3), (1, 2, 5)):
        found = [m * 10.0**d for d in decades for m in mantissas if low <= m * 10.0**d <= high]
        if len(found) >= 3:
            break
    step = max(1, math.ceil(len(found) / 7))  # at most seven labels on an axis
    return found[::step]


def tick_label(value: float) -> str:
    exponent = math.floor(math.log10(value) + 1e-9)
    mantissa = round(value / 10.0**exponent)
    if -2 <= exponent <= 4:
        return f"{value:,.{max(0, -exponent)}f}"
    power = "10" + str(exponent).translate(SUPERSCRIPT)
    return power if mantissa == 1 else f"{mantissa}×{power}"


def padded_range(values: list[float]) -> tuple[float, float]:
    """The data's range on a log axis, with a little room at both ends."""
    low, high = math.log10(min(values)), math.log10(max(values))
    pad = 0.06 * (high - low) + 0.04
    return 10 ** (low - pad), 10 ** (high + pad)


def _marker(shape: str, x: float, y: float, css: str) -> str:
    if shape == "square":
        return f'<rect class="{css}" x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8"/>'
    if shape == "triangle":
        return f'<polygon class="{css}" points="{x:.1f},{y - 5:.1f} {x - 5:.1f},{y + 4:.1f} {x + 5:.1f},{y + 4:.1f}"/>'
    if shape == "diamond":
        return f'<polygon class="{css}" points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}"/>'
    return f'<circle class="{css}" cx="{x:.1f}" cy="{y:.1f}" r="4"/>'


def _lines(text: str, width: float, font: float) -> list[str]:
    """`text` split at its separators (" · ", ", ", "，") into lines that fit `width`."""
    lines, current = [], ""
    for piece in text.replace("，", "，\0").replace(", ", ", \0").replace(" · ", " · \0").split("\0"):
        if current and text_width(current + piece, font) > width:
            lines.append(current.rstrip())
            current = piece.lstrip()
        else:
            current += piece
    return lines + [current.rstrip()]


def svg(series: dict[str, list[dict]], x_label: str, y_label: str, caption: str, scale: float = 1e6,
        layout: Layout = WIDE) -> str:
    """A chart of median (line and marker) and interquartile range (whisker) against n, both axes logarithmic.

    `series` maps a legend name to points {n, median, q1, q3} in seconds; `scale` converts
    seconds to the y axis unit (1e6: microseconds).
    """
    font, width = layout.font, layout.width
    plot_w, plot_h = width - LEFT - RIGHT, layout.plot_height
    title_lines = _lines(y_label, width - 8, font)
    top = 8 + len(title_lines) * font * 1.3 + 6
    x_low, x_high = padded_range([p["n"] for points in series.values() for p in points])
    y_low, y_high = padded_range([v * scale for points in series.values() for p in points for v in (p["q1"], p["q3"])])

    def px(n: float) -> float:
        return LEFT + (math.log10(n) - math.log10(x_low)) / (math.log10(x_high) - math.log10(x_low)) * plot_w

    def py(value: float) -> float:
        return top + plot_h - (math.log10(value) - math.log10(y_low)) / (math.log10(y_high) - math.log10(y_low)) * plot_h

    body = [f'<rect x="{LEFT}" y="{top:.1f}" width="{plot_w}" height="{plot_h}" fill="none" stroke="currentColor" stroke-opacity="0.45"/>']
    for index, line in enumerate(title_lines):
        body.append(f'<text x="4" y="{8 + (index + 1) * font * 1.3 - 4:.1f}">{html.escape(line)}</text>')
    for value in ticks(x_low, x_high):
        x = px(value)
        body.append(f'<line x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{top + plot_h:.1f}" stroke="currentColor" stroke-opacity="0.15"/>')
        body.append(f'<text x="{x:.1f}" y="{top + plot_h + font + 4:.1f}" text-anchor="middle">{tick_label(value)}</text>')
    for value in ticks(y_low, y_high):
        y = py(value)
        body.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_w}" y2="{y:.1f}" stroke="currentColor" stroke-opacity="0.15"/>')
        body.append(f'<text x="{LEFT - 6}" y="{y + font * 0.35:.1f}" text-anchor="end">{tick_label(value)}</text>')
    bottom = top + plot_h + 2 * font + 10
    body.append(f'<text x="{LEFT + plot_w / 2:.1f}" y="{bottom:.1f}" text-anchor="middle">{html.escape(x_label)}</text>')
    names = list(series)
    columns = layout.legend_columns if max(text_width(n, font) for n in names) + 30 < plot_w / layout.legend_columns else 1
    legend_top = bottom + font * 1.6
    for index, name in enumerate(names):
        css, shape, dash = f"series series-{index % len(MARKERS) + 1}", MARKERS[index % len(MARKERS)], DASHES[index % len(DASHES)]
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        points = series[name]
        path = " ".join(f"{px(p['n']):.1f},{py(p['median'] * scale):.1f}" for p in points)
        body.append(f'<polyline class="{css}" points="{path}" fill="none" stroke-width="2.2"{dashes}/>')
        for p in points:
            x, low, high = px(p["n"]), py(p["q1"] * scale), py(p["q3"] * scale)
            body.append(  # the whisker: the interquartile range, with caps
                f'<path class="{css} whisker" d="M{x:.1f} {low:.1f}V{high:.1f}M{x - 4:.1f} {low:.1f}h8M{x - 4:.1f} {high:.1f}h8" '
                f'fill="none" stroke-width="1.6"/>'
            )
            body.append(_marker(shape, x, py(p["median"] * scale), css))
        lx = LEFT + (index % columns) * plot_w / columns
        ly = legend_top + (index // columns) * font * 1.5
        body.append(f'<line class="{css}" x1="{lx:.1f}" y1="{ly - font * 0.35:.1f}" x2="{lx + 22:.1f}" y2="{ly - font * 0.35:.1f}" stroke-width="2.2"{dashes}/>')
        body.append(_marker(shape, lx + 11, ly - font * 0.35, css))
        body.append(f'<text x="{lx + 28:.1f}" y="{ly:.1f}" font-family="monospace">{html.escape(name)}</text>')
    caption_top = legend_top + ((len(names) - 1) // columns) * font * 1.5 + font * 1.6
    caption_lines = _lines(caption, width - 8, font)
    for index, line in enumerate(caption_lines):
        body.append(f'<text class="chart-caption" x="4" y="{caption_top + index * font * 1.25:.1f}" fill-opacity="0.8">{html.escape(line)}</text>')
    height = caption_top + (len(caption_lines) - 1) * font * 1.25 + 8
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:.0f}" role="img" '
        f'class="bench-chart bench-chart--{layout.name}" font-size="{font}" fill="currentColor">'
        f"<title>{html.escape(y_label)} / {html.escape(x_label)}</title>" + "".join(body) + "</svg>"
    )


def both_layouts(series: dict[str, list[dict]], x_label: str, y_label: str, caption: str) -> str:
    """The wide and the narrow chart; the page's CSS shows one of them, and a tap opens the wide one full-screen."""
    return "".join(svg(series, x_label, y_label, caption, layout=layout) for layout in (WIDE, NARROW))


def table(series: dict[str, list[dict]], x_label: str, scale: float = 1e6, extra: dict[str, list[str]] | None = None) -> str:
    """The chart's numbers as an HTML table: median [q1 – q3] per case and size, plus extra columns."""
    names = list(series)
    extra = extra or {}
    head = "".join(f"<th><code>{html.escape(name)}</code></th>" for name in names)
    head += "".join(f"<th>{html.escape(title)}</th>" for title in extra)
    rows = []
    for i, n in enumerate(p["n"] for p in series[names[0]]):
        cells = "".join(
            f"<td>{_number(series[name][i]['median'] * scale)} "
            f"<small>[{_number(series[name][i]['q1'] * scale)} – {_number(series[name][i]['q3'] * scale)}]</small></td>"
            for name in names
        )
        cells += "".join(f"<td>{html.escape(values[i])}</td>" for values in extra.values())
        rows.append(f"<tr><td>{n:,}</td>{cells}</tr>")
    # Material styles class-less tables, and scrolls them sideways inside these wrappers.
    return (
        '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
        f'<table><thead><tr><th>{html.escape(x_label)}</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
        "</div></div>"
    )


def _number(value: float) -> str:
    return f"{value:.3g}" if value < 1000 else f"{value:,.0f}"
