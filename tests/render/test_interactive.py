"""report --interactive: the what-if sliders in headless Chromium give the ranking that
`adm-appraise score --weight` gives; without the flag the report holds no script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT
from tests.render.test_accessibility import axe_script
from tests.render.test_browser import browser  # noqa: F401  (the browser fixture)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("interactive") / "report.html"
    result = CliRunner().invoke(main, ["report", str(ROOT), "--samples", "200", "--interactive", "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target


def score_json(*weights: str) -> list[tuple[int, str, str]]:
    """(rank, name, score to one decimal) of the eligible options, from `score --format json`."""
    args = ["score", str(ROOT), "--format", "json"]
    for w in weights:
        args += ["--weight", w]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    ranking = json.loads(result.stdout)["ranking"]
    return [(r["rank"], r["name"], f"{r['score']:.1f}") for r in ranking if r["eligible"]]


def what_if(page) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    rows = page.locator("#what-if-body tr")
    out = []
    for k in range(rows.count()):
        cells = rows.nth(k).locator("td, th")
        out.append((int(cells.nth(0).inner_text()), cells.nth(1).inner_text(), cells.nth(2).inner_text()))
    return out


@pytest.mark.parametrize(
    "moves",
    [
        {},  # as loaded: the report's own ranking
        {"tax_vat": "40"},  # the switching value: tax_vat above 30.8% hands the lead over
        {"timescale": "0", "risk": "60"},
        {"procurement": "3.5", "tax_vat": "90"},
    ],
)
def test_moving_sliders_ranks_as_score_weight_does(browser, page_file: Path, moves: dict[str, str]) -> None:  # noqa: F811
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    for criterion, weight in moves.items():
        slider = page.locator(f"#w-{criterion}")
        slider.fill(weight)  # sets the value and fires input, as dragging does
    got = what_if(page)
    page.close()
    assert (requests, errors) == ([], [])
    assert got == score_json(*(f"{c}={w}" for c, w in moves.items()))
    if moves == {"tax_vat": "40"}:
        # By hand, weights 40, 25, 25, 25 (total 115), values (tax, procurement, risk, time):
        # partnership (100, 80, 80, 20): 8,500 / 115 = 73.9; company (40, 100, 60, 100): 8,100 / 115 = 70.4.
        assert got[:2] == [(1, "Strategic partnership with another local authority", "73.9"),
                           (2, "Company wholly owned by the council", "70.4")]


def test_keyboard_moves_a_slider(browser, page_file: Path) -> None:  # noqa: F811
    page = browser.new_page(viewport={"width": 375, "height": 900})
    page.goto(page_file.as_uri())
    page.locator("#w-risk").focus()
    before = page.locator("#o-risk").inner_text()
    page.keyboard.press("ArrowRight")
    assert page.locator("#o-risk").inner_text() != before
    page.close()


def test_interactive_report_passes_axe(browser, page_file: Path) -> None:  # noqa: F811
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_file.as_uri())
    page.add_script_tag(path=str(axe_script()))
    found = page.evaluate(
        "() => axe.run(document.getElementById('what-if'), {runOnly: {type: 'tag', "
        "values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
    )
    page.close()
    assert [v["id"] for v in found["violations"]] == []


def test_without_the_flag_there_is_no_script(tmp_path: Path) -> None:
    target = tmp_path / "plain.html"
    assert CliRunner().invoke(main, ["report", str(ROOT), "--samples", "200", "-o", str(target)]).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "<script" not in text and 'id="what-if"' not in text


def test_embedded_data_cannot_close_the_script(tmp_path: Path) -> None:
    from tests.conftest import make_appraisal

    folder = make_appraisal(
        tmp_path / "a",
        "appraisal: {title: T, scale: {min: 0, max: 5}}\ncriteria:\n  - {id: c, name: \"</script><b>x\", weight: 1}\n",
        a="id: a\nname: \"<!-- </script>\"\nscores: {c: 3}\n",
        b="id: b\nname: B\nscores: {c: 2}\n",
    )
    target = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(folder), "--samples", "50", "--interactive", "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    script = text[text.index('<script type="application/json"') :]
    script = script[: script.index("</script>")]
    assert "<b>" not in script and "<!--" not in script and "\\u003c/script\\u003e" in script
