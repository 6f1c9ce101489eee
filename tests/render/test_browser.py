"""The HTML report in a real browser: headless Chromium through Playwright.

Skips when Playwright or Chromium is missing, except under CI (the CI variable set), where a
missing browser is a failure. The screenshot goes to test-artifacts/ at the repository root.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.analysis.sensitivity import analyse
from adm_appraise.render.labels import Box
from adm_appraise.render.report import render_report
from adm_appraise.render.sensitivity_view import RANKS_SHOWN
from tests.conftest import ROOT, WIDE_CRITERIA, WIDE_OPTIONS, make_appraisal
from tests.render.test_report import SENSITIVITY

ARTIFACTS = ROOT / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def chromium() -> str:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return ""


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (required when CI is set)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed")
    executable = chromium()
    if not executable:
        unavailable("chromium is not installed")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, args=ARGS)
        yield instance
        instance.close()


@pytest.mark.parametrize("width", [1200, 390])
def test_report_renders_in_chromium(
    browser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
    width: int,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1513728000")
    html = render_report(
        appraise(load_appraisal(ROOT)),
        "html",
        sensitivity=SENSITIVITY,
        command="adm-appraise report -o report.html",
    )
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems: list[str] = []
    page.on(
        "console",
        lambda m: (
            problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "request",
        lambda r: problems.append(f"request {r.url}") if not r.url.startswith("file:") else None,
    )
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert problems == []
    svgs = page.locator("svg.chart:visible")  # one layout of each chart: wide or narrow
    assert svgs.count() == 4
    for k in range(svgs.count()):
        box = svgs.nth(k).bounding_box()
        assert svgs.nth(k).is_visible() and box and box["width"] > 100 and box["height"] > 50
        # on a phone a chart keeps a legible size and scrolls sideways inside its wrapper
        wrapper = svgs.nth(k).locator("xpath=..").bounding_box()
        assert wrapper and wrapper["width"] <= width
    assert (
        page.evaluate("document.documentElement.scrollWidth") <= width
    )  # tables scroll inside their wrapper
    assert page.locator("h1").inner_text().startswith("Children's social care")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"report-{width}.png"), full_page=True)
    page.close()


def test_the_panel_section_renders_in_chromium(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = appraise(load_appraisal(ROOT / "examples/panel-leisure"))
    path = tmp_path / "panel.html"
    path.write_text(render_report(result, "html"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 390, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert problems == []
    section = page.locator("section#panel")
    assert section.is_visible() and section.locator("h2").inner_text() == "6. Scoring panel"
    assert section.locator("table").count() == 3
    assert page.locator("nav a[href='#panel']").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # its tables scroll in their wrappers
    page.close()


# A wide case on screen: 12 criteria and 15 options with long names (tests/conftest.py), and an
# economic case whose points crowd: pairs of options share a score, costs a few £k apart, and two
# options share both, so their points coincide.
SCREEN_CRITERIA = [*WIDE_CRITERIA[:-1], "Social value and benefit to the local community",
                   "Carbon emissions and the council's net-zero commitment", WIDE_CRITERIA[-1]]


def make_wide_economic_appraisal(folder: Path) -> Path:
    n = len(SCREEN_CRITERIA)
    criteria = "\n".join(f'  - {{id: c{k}, name: "{name}", weight: {5 + k}}}' for k, name in enumerate(SCREEN_CRITERIA))
    text = (
        "appraisal:\n  title: Wide appraisal on screen\n  scale: {min: 0, max: 5}\n"
        "  baseline: o14\n  shortlist: {top: 3}\ncriteria:\n" + criteria + "\n"
        "gates:\n  - {id: g0, name: Lawful delegation of statutory functions}\n"
        "economics:\n  base_year: 2020\n  price_base: 2020-21 prices\n  unit: £m\n  discount: constant\n"
        "  rate: 3.5\n  horizon: 5\n  optimism_bias: {category: standard_buildings, evidence: [review]}\n"
    )
    options = {}
    for i, name in enumerate(WIDE_OPTIONS):
        twin = i // 2 if i < 10 else i  # options 0-9 in pairs with the same scores
        scores = ", ".join(f"c{k}: {1 if i == 14 else (twin * 7 + k * 3) % 6}" for k in range(n))
        capital = 0 if i == 14 else (10 + (i // 2) * 0.02 if i in (4, 5) else 10 + i * 0.3 + (i % 3) * 0.01)
        costs = "" if i == 14 else f"costs:\n  capital: {{2020: {capital}}}\n"
        gate = "fail" if i == 13 else "pass"
        options[f"o{i}"] = (
            f'id: o{i}\nname: "{name}"\ngates: {{g0: {{result: {gate}, rationale: assessed}}}}\n'
            f"scores: {{{scores}}}\n{costs}"
        )
    return make_appraisal(folder, text, **options)


@pytest.fixture(scope="module")
def wide_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_wide_economic_appraisal(tmp_path_factory.mktemp("wide") / "appraisal")
    result = appraise(load_appraisal(folder))
    sensitivity = analyse(result, samples=500).to_dict(RANKS_SHOWN)  # its own: a column per rank shown
    path = folder / "report.html"
    path.write_text(render_report(result, "html", sensitivity=sensitivity), encoding="utf-8")
    return path


# Each label's box, the point markers' boxes, the plot frame and the chart's own box, on the page.
CHART_BOXES = """svg => {
  const box = r => ({x0: r.left, y0: r.top, x1: r.right, y1: r.bottom});
  return {
    svg: box(svg.getBoundingClientRect()),
    frame: box(svg.querySelector('rect.frame').getBoundingClientRect()),
    points: [...svg.querySelectorAll('.point')].map(p => box(p.getBoundingClientRect())),
    leaders: [...svg.querySelectorAll('line.leader')].map(l => {
      const m = l.getScreenCTM(), at = (x, y) => new DOMPoint(x, y).matrixTransform(m);
      const a = at(l.x1.baseVal.value, l.y1.baseVal.value), b = at(l.x2.baseVal.value, l.y2.baseVal.value);
      return [a.x, a.y, b.x, b.y];
    }),
    labels: [...svg.querySelectorAll('g.point-label')].map(g => ({
      text: [...g.querySelectorAll('text')].map(t => t.textContent).join(' '),
      lines: [...g.querySelectorAll('text')].map(t => box(t.getBoundingClientRect())),
      ...box(g.getBoundingClientRect()),
    })),
  };
}"""


def meet(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]


def inside(a: dict[str, float], b: dict[str, float]) -> bool:
    return b["x0"] <= a["x0"] and a["x1"] <= b["x1"] and b["y0"] <= a["y0"] and a["y1"] <= b["y1"]


@pytest.mark.parametrize("width", [1280, 1920])
def test_frontier_labels_are_whole_and_apart(browser, wide_report: Path, width: int) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(wide_report.as_uri())
    chart = page.locator("svg.chart-frontier")
    chart.scroll_into_view_if_needed()
    found = chart.evaluate(CHART_BOXES)
    labels, frame = found["labels"], found["frame"]
    names = {n if "baseline" in n.lower() else n for n in WIDE_OPTIONS}
    assert sorted(label["text"] for label in labels) == sorted(names)  # every name, whole
    assert len(found["points"]) == len(WIDE_OPTIONS) == 15
    problems = []
    for k, label in enumerate(labels):
        if not inside(label, found["svg"]):
            problems.append(f"{label['text']!r} is cut off by the chart's edge")
        if meet(label, frame) and not inside(label, frame):
            problems.append(f"{label['text']!r} crosses the plot frame")
        problems += [f"{label['text']!r} covers a point" for p in found["points"] if meet(label, p)]
        problems += [f"{label['text']!r} overlaps {other['text']!r}" for other in labels[k + 1:]
                     if any(meet(a, b) for a in label["lines"] for b in other["lines"])]
    for x0, y0, x1, y1 in found["leaders"]:  # a leader line runs to its own label, past no other
        segment = Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        problems += [f"a leader line crosses {label['text']!r}" for label in labels
                     if any(Box(b["x0"] + 1, b["y0"] + 1, b["x1"] - 1, b["y1"] - 1).crossed_by((x0, y0), (x1, y1))
                            for b in label["lines"] if Box(b["x0"], b["y0"], b["x1"], b["y1"]).meets(segment))]
    ARTIFACTS.mkdir(exist_ok=True)
    chart.screenshot(path=str(ARTIFACTS / f"frontier-wide-{width}.png"))
    page.close()
    assert problems == []


@pytest.mark.parametrize("width", [1280, 1920])
def test_wide_tables_fit_the_window(browser, wide_report: Path, width: int) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(wide_report.as_uri())
    too_wide = page.evaluate("""() => [...document.querySelectorAll('table')]
      .filter(t => t.scrollWidth > t.clientWidth || t.parentElement.scrollWidth > t.parentElement.clientWidth
                   || t.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map(t => t.className + ' ' + t.scrollWidth + '/' + t.parentElement.clientWidth)""")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("table.ranking").screenshot(path=str(ARTIFACTS / f"ranking-wide-{width}.png"))
    page.close()
    assert too_wide == []
