"""A whole workshop in headless Chromium: two assessors score in their forms, the facilitator moderates a
cell and changes a swing; the files, the git log, validate and the page's ranking end as they should.

Skips when Playwright or Chromium is missing, except under CI (where that is a failure).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.render.test_browser import browser  # noqa: F401  (the browser fixture)
from tests.serve.server import Served, git, in_git, serve

pytest.importorskip("starlette")
ADM = [sys.executable, "-m", "adm_appraise"]



@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[tuple[Served, Path]]:
    folder = in_git(ROOT / "examples/all-features", tmp_path / "leisure")
    with serve(folder, "--panel", log=tmp_path / "serve.log") as served:
        yield served, folder
    log = served.stderr()
    assert "Traceback" not in log
    assert served.token not in log and all(link.partition("#")[2] not in log for link in served.assessors.values())


def score_json(folder: Path) -> list[tuple[str, str]]:
    out = subprocess.run([*ADM, "score", str(folder), "--format", "json"], capture_output=True, text=True, check=True)
    return [(r["id"], f"{r['score']:.1f}") for r in json.loads(out.stdout)["ranking"]]


def page_ranking(page: Any) -> list[tuple[str, str]]:
    rows = page.eval_on_selector_all(
        "#ranking tbody tr", "rows => rows.map(r => [r.dataset.option, r.cells[2].textContent])")
    return [(a, b) for a, b in rows]


def wait_ranking(page: Any, expected: list[tuple[str, str]]) -> None:
    page.wait_for_function(
        "expected => JSON.stringify([...document.querySelectorAll('#ranking tbody tr')].map("
        "r => [r.dataset.option, r.cells[2].textContent])) === JSON.stringify(expected)"
        " && document.getElementById('preview-mark').hidden", arg=expected, timeout=20_000)


def assess(browser: Any, link: str, cell: str, value: str) -> None:  # noqa: F811
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(link)
    assert "#" not in page.url  # the token left the address bar
    field = page.locator(f'input[data-cell="{cell}"]')
    field.fill(value)
    page.click("#save")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Saved 1 score')")
    assert field.input_value() == value  # reloaded from the file
    assert not errors
    page.close()


def test_a_whole_workshop(browser: Any, workshop: tuple[Served, Path]) -> None:  # noqa: F811
    served, folder = workshop
    # 1. two assessors change one score each in their own forms
    assess(browser, served.assessors["finance"], "panel/finance/leisure_trust/service_quality", "3")
    assess(browser, served.assessors["staff_side"], "panel/staff_side/leisure_trust/service_quality", "3")
    assert "leisure_trust: {service_quality: 3," in (folder / "panel/finance.yaml").read_text()

    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served.facilitator)
    page.wait_for_selector("#ranking tbody tr")
    wait_ranking(page, score_json(folder))
    # the panel now agrees on the trust's service quality (4, -, 3: a range of 1, under the 2 that flags it)
    assert "Transfer to a charitable leisure trust: Quality" not in page.inner_text("#disagreements")

    # 2. the facilitator moderates a cell: its score and a note, with the reason
    page.locator('input[data-cell="score/leisure_trust/service_quality"]').fill("3")
    page.locator('input[data-cell="score/leisure_trust/service_quality"]').press("Tab")
    page.fill("#cell-moderation", "The panel now agrees on 3 after the site visits.")
    page.locator("#cell-moderation").press("Tab")
    page.wait_for_function("() => !document.getElementById('preview-mark').hidden")
    page.fill("#reason", "Moderation: the trust's service quality agreed at 3")
    page.click("#record")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Recorded')")
    wait_ranking(page, score_json(folder))

    # 3. the facilitator changes a swing: the preview moves the ranking before anything is written
    before = (folder / "criteria.yaml").read_bytes()
    swing = page.locator('input[data-cell="swing/operations/delivery"]')
    swing.fill("100")
    swing.press("Tab")
    page.wait_for_function("() => !document.getElementById('preview-mark').hidden")
    assert (folder / "criteria.yaml").read_bytes() == before
    page.fill("#reason", "Workshop: delivery matters as much as the service")
    page.click("#record")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Recorded')")
    expected = score_json(folder)
    wait_ranking(page, expected)
    assert page_ranking(page) == expected

    # the files and the git log end as expected, and validate passes
    assert "swings: {service: 100, delivery: 100}" in (folder / "criteria.yaml").read_text()
    option = (folder / "options/leisure_trust.yaml").read_text()
    assert "The panel now agrees on 3 after the site visits." in option and "score: 3" in option
    assert option.startswith("# INVENTED example")  # the comment kept
    assert git(folder, "log", "--format=%s").splitlines() == [
        "Workshop: delivery matters as much as the service",
        "Moderation: the trust's service quality agreed at 3",
        "Panel: D. Shaw (invented) saves their scores",
        "Panel: A. Finch (invented) saves their scores",
        "The appraisal before the workshop",
    ]
    assert git(folder, "status", "--porcelain") == ""
    assert subprocess.run([*ADM, "validate", str(folder)], capture_output=True).returncode == 0

    # 4. the analyst edits a file in their editor: the page follows (the watcher), the report too
    path = folder / "options/private_operator.yaml"
    path.write_text(path.read_text().replace("name: ", "name: Renamed ", 1))
    wait_ranking(page, score_json(folder))
    page.wait_for_function("() => document.getElementById('report').srcdoc.includes('Renamed')", timeout=20_000)
    page.screenshot(path=str(ROOT / "test-artifacts" / "serve-workshop.png"), full_page=False) if (
        ROOT / "test-artifacts").is_dir() else None
    assert not errors
