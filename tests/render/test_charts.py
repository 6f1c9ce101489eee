"""Charts: well-formed, accessible, escaped SVG; text bars of the right length."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from adm_appraise.render import charts

NS = "{http://www.w3.org/2000/svg}"
CRITERIA = [{"id": "a", "name": "Cost & <risk>"}, {"id": "b", "name": "Quality"}]
OPTIONS = [
    {
        "id": "x",
        "name": "<script>alert(1)</script>",
        "score": 70.0,
        "eligible": True,
        "shortlisted": True,
        "contributions": {"a": 30.0, "b": 40.0},
        "gates": {"g": {"result": "pass"}},
        "scores": {"a": {"raw": 3, "value": 60.0}, "b": {"raw": 4, "value": 80.0}},
    },
    {
        "id": "y",
        "name": "Quote \" and ' apostrophe",
        "score": 0.0,
        "eligible": False,
        "shortlisted": False,
        "contributions": {"a": 0.0, "b": 0.0},
        "gates": {"g": {"result": "fail"}},
        "scores": {"a": {"raw": 0, "value": 0.0}, "b": {"raw": 0, "value": 0.0}},
    },
]


def all_svgs() -> list[str]:
    return [
        charts.contributions_svg(OPTIONS, CRITERIA),
        charts.heat_svg(OPTIONS, [{"id": "g", "name": "Gate <g>"}], CRITERIA),
        charts.tornado_svg(
            [
                {"name": "Cost & <risk>", "down": 5.0, "up": None},
                {"name": "Quality", "down": None, "up": 12.5},
            ]
        ),
        charts.acceptability_svg(
            [{"name": "<script>", "shares": [0.8, 0.2]}, {"name": "B", "shares": [0.2, 0.8]}]
        ),
    ]


@pytest.mark.parametrize("svg", all_svgs())
def test_svg_is_well_formed_accessible_and_escaped(svg: str) -> None:
    root = ET.fromstring(svg)  # raises on anything unescaped
    assert root.tag == NS + "svg"
    assert root.get("role") == "img" and root.get("aria-label")
    assert root.find(NS + "title") is not None and root.find(NS + "title").text
    assert root.find(NS + "desc") is not None
    assert "<script" not in svg
    assert float(root.get("width")) > 0 and float(root.get("height")) > 0
    texts = "".join(t.text or "" for t in root.iter(NS + "text"))
    assert texts


def test_contributions_show_every_option_and_segment() -> None:
    root = ET.fromstring(all_svgs()[0])
    labels = [t.text for t in root.iter(NS + "text")]
    assert "<script>alert(1)</script>" in labels and "70.0" in labels
    tips = [t.text for t in root.iter(NS + "title")]
    assert "<script>alert(1)</script>: Cost & <risk> 30.0 points" in tips
    assert "Ineligible (benchmarks only)" in labels


def test_palette_is_okabe_ito_and_ramp_darkens_towards_low() -> None:
    assert charts.colour(0) == "#0072B2" and charts.colour(8) == charts.colour(0)

    def lightness(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    steps = [lightness(charts.ramp(k / 10)) for k in range(11)]
    assert steps == sorted(steps)  # monotonic: reads in greyscale
    assert charts.ink("#000000") == "#ffffff" and charts.ink("#FDE725") == "#000000"


@pytest.mark.parametrize(
    "parts, expected",
    [
        ([10.0, 25.0, 15.0, 25.0], "████▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒░░░░░░░░░░"),
        ([0.0, 0.0], ""),
        ([1.2, 1.2, 1.2], "▓"),  # cumulative rounding keeps the total right
    ],
)
def test_text_bar(parts: list[float], expected: str) -> None:
    assert charts.text_bar(parts, 2.5) == expected
    assert len(charts.text_bar(parts, 2.5)) == int(sum(parts) / 2.5 + 0.5)


def test_level_bar() -> None:
    assert charts.level_bar(0.6) == "■■■□□"
    assert charts.level_bar(1.5) == "■■■■■"


def test_frontier_chart_names_each_point_in_full() -> None:
    # Regression: names were cut at 40 characters ("Joint venture with Hollins Borough Coun…").
    names = ["Joint venture with Hollins Borough Council and a leisure trust", "Joint venture with Hollins Borough Council alone"]
    points = [{"name": n, "score": 60 + k, "pvc": 2.0 + k * 0.01, "frontier": k == 0, "eligible": True, "baseline": False}
              for k, n in enumerate(names)]
    root = ET.fromstring(charts.frontier_svg(points, "£m"))
    groups = [g for g in root.iter(NS + "g") if g.get("class") == "point-label"]
    assert [" ".join(t.text or "" for t in g.iter(NS + "text")) for g in groups] == names
    assert all(len(list(g.iter(NS + "text"))) in (2, 3) for g in groups)  # each wrapped
    assert "…" not in ET.tostring(root, encoding="unicode")
