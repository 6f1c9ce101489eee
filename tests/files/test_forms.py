"""Returned scoring forms read back: every problem at its cell, a stale form refused."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from adm_appraise.files.forms import read_returns
from adm_appraise.files.loader import load_appraisal
from adm_appraise.render.forms import FormAssessor, scoring_form
from tests.conftest import ROOT

openpyxl = pytest.importorskip("openpyxl")
ALL = ROOT / "examples" / "all-features"
# The form's Scores rows 9-32: six options (in_house, in_house_refresh, joint_venture, leisure_trust,
# private_operator, wholly_owned_company) by four criteria (service_quality, deliverability,
# workforce, control); the Conflicts rows 5-10: the same six options.
OPTIONS = ["in_house", "in_house_refresh", "joint_venture", "leisure_trust", "private_operator",
           "wholly_owned_company"]
CRITERIA = ["service_quality", "deliverability", "workforce", "control"]


def row(option: str, criterion: str) -> int:
    return 9 + 4 * OPTIONS.index(option) + CRITERIA.index(criterion)


def filled(folder: Path, cells: dict[str, Any], conflicts: dict[str, str] | None = None, role: str | None = "Analyst",
           name: str = "newbie.xlsx", every: Any = 3, who: str = "newbie") -> Path:
    """A form for assessor ``who`` with every score ``every``, then ``cells`` ({'C9': value}) written over."""
    appraisal = load_appraisal(ALL)
    book = openpyxl.load_workbook(io.BytesIO(scoring_form(appraisal, FormAssessor(who, "N. Ew"))))
    sheet = book["Scores"]
    sheet["B3"] = role
    for r in range(9, 33):
        sheet.cell(r, 3, every)
    for ref, value in cells.items():
        sheet[ref] = value
    for option, reason in (conflicts or {}).items():
        book["Conflicts"].cell(5 + OPTIONS.index(option), 3, reason)
    path = folder / name
    book.save(path)
    return path


def test_a_clean_return_becomes_a_panel_file(tmp_path: Path) -> None:
    r = row("private_operator", "deliverability")
    path = filled(tmp_path, {f"C{r}": None, f"E{r}": "Not seen the market test.", "C9": 4, "D9": "Better gyms.",
                             "C10": 2.5, **{f"C{row('leisure_trust', c)}": None for c in CRITERIA}},
                  conflicts={"leisure_trust": "Trustee of the trust."})
    (got,), problems = read_returns([path], load_appraisal(ALL))
    assert problems == []
    assert got.document["assessor"] == {"id": "newbie", "name": "N. Ew", "role": "Analyst"}
    assert got.document["conflicts"] == [{"option": "leisure_trust", "reason": "Trustee of the trust."}]
    scores = got.document["scores"]
    assert list(scores) == ["in_house", "in_house_refresh", "joint_venture", "private_operator", "wholly_owned_company"]
    assert scores["in_house"] == {"service_quality": {"score": 4, "rationale": "Better gyms."},
                                  "deliverability": 2.5, "workforce": 3, "control": 3}
    assert scores["private_operator"]["deliverability"] == {"abstain": "Not seen the market test."}


def test_every_problem_at_its_cell_at_once(tmp_path: Path) -> None:
    trust = row("leisure_trust", "control")  # 24
    cells = {
        "C9": 7,                                     # off the 0-5 scale
        "C10": "good",                               # not a number
        "C11": 3, "E11": "Not my field.",            # a score and a reason to abstain
        "C12": None,                                 # neither
        **{f"C{row('leisure_trust', c)}": None for c in CRITERIA[:3]},
    }  # leisure_trust is declared a conflict, yet its control row keeps the score 3
    path = filled(tmp_path, cells, conflicts={"leisure_trust": "Trustee."}, role=None)
    other = filled(tmp_path, {"C9": -1}, name="second.xlsx", who="other")
    returns, problems = read_returns([path, other], load_appraisal(ALL))
    assert [r.source for r in returns] == [path, other]  # listed, but not to be written
    assert [str(p) for p in problems] == [
        f"{path}: Scores!B3: error: newbie: the assessor's role is empty (their post, or the interest they "
        "represent) [E905]",
        f"{path}: Scores!C9: error: newbie: in_house on service_quality: 7 is off the scale 0-5 [E907]",
        f"{path}: Scores!C10: error: newbie: in_house on deliverability: 'good' is not a score (a number from 0 "
        "to 5) [E904]",
        f"{path}: Scores!C11: error: newbie: in_house on workforce gives both a score and a reason to abstain "
        "(Scores!E11) [E407]",
        f"{path}: Scores!C12: error: newbie does not score in_house on 'control' (score it, give a reason to "
        "abstain, or declare a conflict on the Conflicts sheet) [E404]",
        f"{path}: Scores!C{trust}: error: newbie declared a conflict on leisure_trust (Trustee.) and must not "
        "score it [E405]",
        f"{other}: Scores!C9: error: other: in_house on service_quality: -1 is off the scale 0-5 [E907]",
    ]


def test_a_form_that_no_longer_matches_is_refused(tmp_path: Path) -> None:
    path = filled(tmp_path, {})
    changed = tmp_path / "appraisal"
    shutil.copytree(ALL, changed)
    text = (changed / "options" / "in_house_refresh.yaml").read_text(encoding="utf-8")
    (changed / "options" / "in_house_refresh.yaml").unlink()  # removed since the form went out
    (changed / "options" / "new_option.yaml").write_text(
        text.replace("id: in_house_refresh", "id: new_option"), encoding="utf-8")  # and one added
    criteria = (changed / "criteria.yaml").read_text(encoding="utf-8")
    # control's MACBETH value function judges the levels 0-5: on a 0-10 scale it would leave 6-10 unjudged
    start = criteria.index("    value_function:                  # judged in words (MACBETH)")
    end = criteria.index("  - id: carbon")
    criteria = criteria[:start] + criteria[end:]
    (changed / "criteria.yaml").write_text(criteria.replace("scale: {min: 0, max: 5}", "scale: {min: 0, max: 10}"),
                                           encoding="utf-8")
    shutil.rmtree(changed / "panel")
    for name in ("risks.yaml", "benefits.yaml", "equality.yaml"):  # they name the option removed (E771, E761, E763)
        (changed / name).unlink()
    returns, problems = read_returns([path], load_appraisal(changed))
    assert returns == []
    assert [str(p) for p in problems] == [
        f"{path}: error: the form no longer matches the appraisal (option added since it was sent: new_option; "
        "option removed since it was sent: in_house_refresh; the scale was 0-5 and is now 0-10): send a new form "
        "with 'adm-appraise panel forms' [E910]"]


def test_a_workbook_that_is_not_a_form(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.save(tmp_path / "scores.xlsx")
    (tmp_path / "scores.csv").write_text("a,b\n", encoding="utf-8")
    returns, problems = read_returns([tmp_path / "scores.xlsx", tmp_path / "scores.csv"], load_appraisal(ALL))
    assert [str(p) for p in problems] == [
        f"{tmp_path}/scores.xlsx: error: not a scoring form written by 'adm-appraise panel forms' (its hidden ids "
        "sheet is missing or altered) [E911]",
        f"{tmp_path}/scores.csv: error: a scoring form is an .xlsx workbook, not '.csv' [E901]",
    ]


def test_two_returns_from_one_assessor(tmp_path: Path) -> None:
    first, second = filled(tmp_path, {}), filled(tmp_path, {}, name="again.xlsx")
    returns, problems = read_returns([first, second], load_appraisal(ALL))
    assert [r.source for r in returns] == [first]
    assert [str(p) for p in problems] == [
        f"{second}: ids!B3: error: a second return for assessor 'newbie' (also {first}) [E406]"]


def test_a_return_saved_by_libreoffice_reads_back(tmp_path: Path) -> None:
    """An assessor who fills the form in LibreOffice saves it through LibreOffice's own writer."""
    from tests.spreadsheet import recalculate

    path = filled(tmp_path, {"C9": 4, "D9": "Good gyms", "C10": None, "E10": "Not my field."})
    saved = recalculate([path], tmp_path)[path]
    (got,), problems = read_returns([saved], load_appraisal(ALL))
    assert problems == []
    assert got.document["scores"]["in_house"] == {"service_quality": {"score": 4, "rationale": "Good gyms"},
                                                  "deliverability": {"abstain": "Not my field."},
                                                  "workforce": 3, "control": 3}
