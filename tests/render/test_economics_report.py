"""The report's "Economic case" section: present only with an economics: block, the figures of
the hand-worked appraisal (tests/cli/test_value.py), well-formed HTML with its chart, escaping,
and the chart in a real browser."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.render import charts
from adm_appraise.render.report import build_context, render_report
from tests.conftest import ROOT, make_appraisal
from tests.files.test_economic_files import CRITERIA, OPTIONS, option
from tests.render.test_browser import browser  # noqa: F401  (the fixture)
from tests.render.test_report import epoch, parse  # noqa: F401  (the fixture)

NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def vfm(tmp_path: Path) -> Path:
    return make_appraisal(tmp_path / "vfm", CRITERIA, **OPTIONS)


def test_no_economics_block_no_section() -> None:
    context = build_context(appraise(load_appraisal(ROOT)))
    assert context["economics"] is None
    assert "Economic case" not in render_report(appraise(load_appraisal(ROOT)), "markdown")


def test_markdown_section_holds_the_hand_worked_figures(vfm: Path, epoch: None) -> None:  # noqa: F811
    text = render_report(appraise(load_appraisal(vfm)), "markdown")
    section = text[text.index("## 6. Economic case"):text.index("## Appendix A")]
    assert "- Discounting: a constant 10% a year; base year 2020 (year 0), 5 years (2020-2024)\n" in section
    assert "| p | 70.0 | 96.36 | 4.75 | 23.13 | **124.25** | 200.00 | 75.75 | 1.61 | 0.61 | yes |\n" in section
    assert "| bau (baseline) | 20.0 | 0.00 | 0.00 | 0.00 | **0.00** | 0.00 | 0.00 | – | – | yes |\n" in section
    assert "| q | 50.0 | 62.00 | 2.067 |\n| p | 70.0 | 124.25 | 3.112 |\n" in section
    assert "| capital costs | 119.49 | q has the better NPSV | +14.9% | 137.25 |\n" in section
    # money in running text the British way: 75.7543 £m is £75.8m, 58 £m is £58m
    assert "The preferred option, with the best NPSV, is p (NPSV £75.8m; next, q at £58m)." in section


def test_off_frontier_options_and_no_monetised_benefits(tmp_path: Path, epoch: None) -> None:  # noqa: F811
    # r (score 40, PVC 70 with uplift: 56.45 x 1.24) is beaten by q (50, 62): it must be 8 cheaper
    # (below q's 62) or score 10 more (q's 50) to join the frontier.
    plain = {"bau": OPTIONS["bau"], "q": option("q", 50, "costs:\n  capital: {2020: 50}\n"),
             "r": option("r", 40, "costs:\n  capital: {2020: 56.4516129}\n")}
    text = render_report(appraise(load_appraisal(make_appraisal(tmp_path, CRITERIA, **plain))), "markdown")
    assert "| r | 40.0 | 70.00 | 8.00 | 10.0 |\n" in text
    assert ("Benefits are not monetised for q, r: NPSV, the preferred option and its switching values need "
            "monetised benefits for every eligible option with costs.") in text


def test_html_section_is_well_formed_with_its_chart(vfm: Path, epoch: None) -> None:  # noqa: F811
    html = render_report(appraise(load_appraisal(vfm)), "html")
    doc = parse(html)
    assert not doc.errors and not doc.stack
    assert ("a", {"href": "#economics"}) in doc.tags
    assert ("section", {"id": "economics"}) in doc.tags
    svgs = [a for t, a in doc.tags if t == "svg"]
    assert any("chart-frontier" in (a.get("class") or "") for a in svgs)
    assert all(t["caption"] and t["th"] == t["scoped"] for t in doc.tables)


def test_text_from_the_files_is_escaped(vfm: Path, epoch: None) -> None:  # noqa: F811
    path = vfm / "options/p.yaml"
    path.write_text(path.read_text().replace("name: p", "name: \"<script>x</script> | p\""), encoding="utf-8")
    result = appraise(load_appraisal(vfm))
    html = render_report(result, "html")
    assert "<script>x" not in html and "&lt;script&gt;x&lt;/script&gt; | p" in html
    markdown = render_report(result, "markdown")
    assert "| &lt;script&gt;x&lt;/script&gt; \\| p | 70.0 |" in markdown


def test_frontier_chart_is_accessible_and_escaped() -> None:
    svg = charts.frontier_svg([
        {"name": "<b>A</b>", "score": 40, "pvc": 2, "frontier": True, "eligible": True, "baseline": False},
        {"name": "B", "score": 70, "pvc": 7.5, "frontier": True, "eligible": True, "baseline": False},
        {"name": "C", "score": 50, "pvc": 8, "frontier": False, "eligible": True, "baseline": False},
        {"name": "Status quo", "score": 20, "pvc": 0, "frontier": False, "eligible": False, "baseline": True},
    ], "£m")
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root.get("aria-label")
    texts = [t.text for t in root.iter(NS + "text")]
    assert "<b>A</b>" in texts and "Status quo (baseline)" in texts
    assert [t for t in texts if t in ("0", "2", "4", "6", "8")] == ["0", "2", "4", "6", "8", "0"]
    line = root.find(NS + "polyline")
    assert line is not None and len(line.get("points", "").split()) == 2  # A and B
    assert len(list(root.iter(NS + "circle"))) == 3 and len(list(root.iter(NS + "path"))) == 1


def test_economic_case_renders_in_chromium(browser, vfm: Path, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "report.html"
    path.write_text(render_report(appraise(load_appraisal(vfm)), "html"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.goto(path.as_uri())
    assert problems == []
    chart = page.locator("svg.chart-frontier")
    box = chart.bounding_box()
    assert chart.is_visible() and box and box["width"] > 300 and box["height"] > 200


def test_the_report_command_adds_the_cost_draws(vfm: Path, epoch: None) -> None:  # noqa: F811
    # As in tests/cli/test_value.py: P(p keeps the best NPSV) = 0.647 with p's capital triangular(80, 100, 150).
    from click.testing import CliRunner

    from adm_appraise.cli import main

    result = CliRunner().invoke(main, ["report", str(vfm), "--samples", "4000", "--format", "markdown"])
    assert result.exit_code == 0
    text = result.stdout
    assert "### Cost and benefit ranges\n" in text
    row = next(line for line in text.splitlines() if line.startswith("| p | 100.0% | "))
    assert float(row.split("|")[3].strip().rstrip("%")) == pytest.approx(64.7, abs=3)


def test_the_summary_names_the_best_value(vfm: Path, tmp_path: Path, epoch: None) -> None:  # noqa: F811
    text = render_report(appraise(load_appraisal(vfm)), "markdown")
    assert "On monetised costs and benefits, p has the best net present social value, £75.8m; " in text
    plain = {"bau": OPTIONS["bau"], "q": option("q", 50, "costs:\n  capital: {2020: 50}\n")}
    text = render_report(appraise(load_appraisal(make_appraisal(tmp_path / "plain", CRITERIA, **plain))), "markdown")
    assert "Set against cost, bau and q are on the efficiency frontier; see the economic case." in text


def test_an_economics_block_without_costs_says_there_is_nothing_to_compare(tmp_path: Path, epoch: None) -> None:  # noqa: F811
    plain = {k: option(k, s) for k, s in (("bau", 20), ("p", 70))}
    plain["bau"] = plain["bau"].replace("result: pass", "result: fail")  # else it alone, at no cost, is the frontier
    result = appraise(load_appraisal(make_appraisal(tmp_path, CRITERIA, **plain)))
    text = render_report(result, "markdown")
    assert "No eligible option gives costs, so there is no efficiency frontier.\n" in text
    assert "No eligible option has costs: there is no economic case to summarise.\n" in text
    assert not parse(render_report(result, "html")).errors
