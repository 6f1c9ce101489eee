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
from adm_appraise.render.report import render_report
from tests.conftest import ROOT
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
