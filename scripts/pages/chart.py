"""Log-log SVG line charts of benchmark results, with a data table beside them.

Text in the chart is SVG <text>, drawn by the reader's browser in the page's
font: Chinese labels need no font on the build machine. Colours follow the
theme (currentColor), and each series also has its own marker shape, so the
chart reads without colour too.
"""
from __future__ import annotations

import html
import math

WIDTH, HEIGHT = 640, 380
LEFT, RIGHT, TOP, BOTTOM = 74, 16, 16, 96
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf")
MARKERS = ("circle", "square", "triangle", "diamond", "circle", "square")


def _decades(low: float, high: float) -> list[int]:
    return list(range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1))


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _format_power(exponent: int) -> str:
    return "10" + str(exponent).translate(SUPERSCRIPT)


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if shape == "triangle":
        return f'<polygon points="{x:.1f},{y - 5:.1f} {x - 5:.1f},{y + 4:.1f} {x + 5:.1f},{y + 4:.1f}" fill="{colour}"/>'
    if shape == "diamond":
        return f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'


def svg(series: dict[str, list[dict]], x_label: str, y_label: str, caption: str, scale: float = 1e6) -> str:
    """A chart of median (dot) and interquartile range (bar) against n, both axes logarithmic.

    `series` maps a legend name to points {n, median, q1, q3} in seconds; `scale` converts
    seconds to the y axis unit (1e6: microseconds).
    """
    xs = [p["n"] for points in series.values() for p in points]
    ys = [v * scale for points in series.values() for p in points for v in (p["q1"], p["q3"])]
    x_decades, y_decades = _decades(min(xs), max(xs)), _decades(min(ys), max(ys))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(n: float) -> float:
        return LEFT + (math.log10(n) - x_decades[0]) / max(x_decades[-1] - x_decades[0], 1) * plot_w

    def py(value: float) -> float:
        return TOP + plot_h - (math.log10(value) - y_decades[0]) / max(y_decades[-1] - y_decades[0], 1) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'class="bench-chart" font-size="12" fill="currentColor">',
        f"<title>{html.escape(y_label)} / {html.escape(x_label)}</title>",
        f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="currentColor" stroke-opacity="0.4"/>',
    ]
    for d in x_decades:
        x = px(10**d)
        parts.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{TOP + plot_h}" stroke="currentColor" stroke-opacity="0.12"/>')
        parts.append(f'<text x="{x:.1f}" y="{TOP + plot_h + 16}" text-anchor="middle">{_format_power(d)}</text>')
    for d in y_decades:
        y = py(10**d)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_w}" y2="{y:.1f}" stroke="currentColor" stroke-opacity="0.12"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{_format_power(d)}</text>')
    parts.append(f'<text x="{LEFT + plot_w / 2:.1f}" y="{TOP + plot_h + 34}" text-anchor="middle">{html.escape(x_label)}</text>')
    parts.append(
        f'<text transform="translate(16 {TOP + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle">{html.escape(y_label)}</text>'
    )
    for index, (name, points) in enumerate(series.items()):
        colour, shape = COLOURS[index % len(COLOURS)], MARKERS[index % len(MARKERS)]
        path = " ".join(f"{px(p['n']):.1f},{py(p['median'] * scale):.1f}" for p in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for p in points:
            x = px(p["n"])
            parts.append(
                f'<line x1="{x:.1f}" y1="{py(p["q1"] * scale):.1f}" x2="{x:.1f}" y2="{py(p["q3"] * scale):.1f}" '
                f'stroke="{colour}" stroke-width="2"/>'
            )
            parts.append(_marker(shape, x, py(p["median"] * scale), colour))
        legend_x, legend_y = LEFT + (index % 3) * 200, TOP + plot_h + 54 + (index // 3) * 18
        parts.append(_marker(shape, legend_x + 6, legend_y - 4, colour))
        parts.append(f'<text x="{legend_x + 16}" y="{legend_y}" font-family="monospace">{html.escape(name)}</text>')
    parts.append(f'<text x="{LEFT}" y="{HEIGHT - 6}" fill-opacity="0.7">{html.escape(caption)}</text>')
    parts.append("</svg>")
    return "".join(parts)


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
