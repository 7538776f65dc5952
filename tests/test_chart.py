"""The chart helper: well-formed SVG whose text is the labels it was given, in either language."""
import xml.etree.ElementTree as ET

import pytest

from scripts.pages import chart

SVG = "{http://www.w3.org/2000/svg}"
SERIES = {
    "torch.rand(n)": [{"n": n, "median": n * 1e-9, "q1": n * 0.9e-9, "q3": n * 1.2e-9} for n in (10, 1000, 100000)],
    "torch.randn(n)": [{"n": n, "median": n * 2e-9, "q1": n * 1.8e-9, "q3": n * 2.1e-9} for n in (10, 1000, 100000)],
}


@pytest.mark.parametrize(
    "x_label, y_label",
    [("元素个数 n", "每次调用耗时（µs）"), ("elements n", "time per call (µs)"), ("<n> & m", "a < b")],
)
def test_svg_is_valid_and_carries_the_labels(x_label, y_label):
    root = ET.fromstring(chart.svg(SERIES, x_label, y_label, "caption · torch"))
    assert root.tag == f"{SVG}svg" and root.get("viewBox")
    texts = [element.text for element in root.iter(f"{SVG}text")]
    assert x_label in texts and y_label in texts and "caption · torch" in texts
    assert set(SERIES) <= set(texts)


def test_axes_span_the_data_not_whole_decades():
    root = ET.fromstring(chart.svg(SERIES, "x", "y", "c"))
    ticks = {element.text for element in root.iter(f"{SVG}text")}
    assert {"10", "1,000", "10⁵"} <= ticks  # x: 10 … 100 000
    low, high = chart.padded_range([0.009, 0.21])  # y in µs: q1 of the fastest point, q3 of the slowest
    assert 0.009 / 1.5 < low < 0.009 and 0.21 < high < 0.21 * 1.5  # a little room, no empty decade
    assert chart.ticks(200, 900) == [200, 500]  # within one decade: 1-2-5 steps
    assert chart.ticks(0.5, 3) == [0.5, 1, 2]
    assert chart.tick_label(2e5) == "2×10⁵" and chart.tick_label(0.01) == "0.01" and chart.tick_label(1e5) == "10⁵"


def test_every_series_has_its_own_dash_and_marker_and_capped_whiskers():
    root = ET.fromstring(chart.svg(SERIES, "x", "y", "c"))
    lines = [line for line in root.iter(f"{SVG}polyline")]
    assert len(lines) == 2 and lines[0].get("stroke-dasharray") != lines[1].get("stroke-dasharray")
    assert [line.get("class") for line in lines] == ["series series-1", "series series-2"]  # colours: site.css
    assert len(list(root.iter(f"{SVG}circle"))) == 3 + 1  # rand's three points and its legend entry
    assert len(list(root.iter(f"{SVG}rect"))) == 1 + 3 + 1  # the frame, randn's three points, its legend entry
    whiskers = [path for path in root.iter(f"{SVG}path") if "whisker" in path.get("class")]
    assert len(whiskers) == 6 and all(path.get("d").count("h8") == 2 for path in whiskers)  # a cap at each end


def test_two_layouts_with_the_same_text():
    both = ET.fromstring(f"<div>{chart.both_layouts(SERIES, 'x', 'y', 'c')}</div>")
    wide, narrow = both
    assert wide.get("class").endswith("--wide") and narrow.get("class").endswith("--narrow")
    assert {t.text for t in wide.iter(f"{SVG}text")} == {t.text for t in narrow.iter(f"{SVG}text")}


def test_table_holds_the_same_numbers():
    html = chart.table(SERIES, "elements n", extra={"speed-up": ["1×", "2×", "3×"]})
    assert "<th>elements n</th>" in html and "<th>speed-up</th>" in html
    assert html.count("<tr>") == 4 and "100,000" in html and "0.01 <small>[0.009 – 0.012]</small>" in html
