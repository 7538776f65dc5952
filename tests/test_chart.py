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


def test_axes_cover_the_data_in_decades():
    root = ET.fromstring(chart.svg(SERIES, "x", "y", "c"))
    ticks = {element.text for element in root.iter(f"{SVG}text")}
    assert {"10¹", "10³", "10⁵"} <= ticks  # x: 10 … 100 000
    assert "10⁻²" in ticks  # y: 9e-9 s = 0.009 µs


def test_one_marker_per_point_and_one_line_per_series():
    root = ET.fromstring(chart.svg(SERIES, "x", "y", "c"))
    assert len(list(root.iter(f"{SVG}polyline"))) == 2
    assert len(list(root.iter(f"{SVG}circle"))) == 3 + 1  # three points and the legend's marker
    assert len(list(root.iter(f"{SVG}rect"))) == 1 + 3 + 1  # the frame, three points, the legend


def test_table_holds_the_same_numbers():
    html = chart.table(SERIES, "elements n", extra={"speed-up": ["1×", "2×", "3×"]})
    assert "<th>elements n</th>" in html and "<th>speed-up</th>" in html
    assert html.count("<tr>") == 4 and "100,000" in html and "0.01 <small>[0.009 – 0.012]</small>" in html
