"""The scoring form written for one assessor: what is on it, what is locked, what is checked."""

from __future__ import annotations

import dataclasses
import io

import pytest

from adm_appraise.files.loader import load_appraisal
from adm_appraise.render.forms import FormAssessor, scale_check, scoring_form
from tests.conftest import ROOT

openpyxl = pytest.importorskip("openpyxl")
ALL = ROOT / "examples" / "all-features"


def form() -> object:
    appraisal = load_appraisal(ALL)
    who = FormAssessor("newbie", "N. Ew", conflicts={"leisure_trust": "Trustee."})
    return openpyxl.load_workbook(io.BytesIO(scoring_form(appraisal, who)))


def test_the_options_the_panel_scores_by_the_score_criteria() -> None:
    book = form()
    sheet = book["Scores"]
    rows = [(r[0], r[1]) for r in sheet.iter_rows(min_row=9, max_col=2, values_only=True)]
    # six options (close_two_centres fails the gate and has no scores: left out) by the four
    # 'score' criteria (reach and carbon are measures: left out): 24 rows, in the files' order
    assert len(rows) == 24
    assert rows[0] == ("Keep the centres in-house (business as usual)", "Quality of the service to residents")
    assert rows[3] == ("Keep the centres in-house (business as usual)", "Council control of access and programme")
    assert not any("close" in name.lower() for name, _ in rows)
    assert sheet["F9"].value.splitlines()[0] == "0: Quality would fall well below today's"
    assert sheet["F9"].value.splitlines()[5] == "5: Substantial, evidenced improvement"
    assert sheet["B2"].value == "N. Ew (newbie)"
    ids = book["ids"]
    assert ids.sheet_state == "veryHidden"
    assert [c.value for c in ids[8]] == ["Scores", 9, "in_house", "service_quality"]
    assert [c.value for c in ids[31]] == ["Scores", 32, "wholly_owned_company", "control"]
    assert [c.value for c in ids[32]] == ["Conflicts", 5, "in_house", None]
    conflicts = book["Conflicts"]
    assert [conflicts.cell(r, 2).value for r in range(5, 11)] == [
        "in_house", "in_house_refresh", "joint_venture", "leisure_trust", "private_operator", "wholly_owned_company"]
    assert conflicts["C8"].value == "Trustee."  # a conflict already declared is carried onto the form


def test_only_the_cells_to_fill_are_unlocked() -> None:
    book = form()
    sheet = book["Scores"]
    assert sheet.protection.sheet and book["Conflicts"].protection.sheet and book["ids"].protection.sheet
    assert sheet.protection.password is None
    unlocked = {c.coordinate for row in sheet.iter_rows(min_row=1, max_row=32, max_col=6) for c in row
                if not c.protection.locked}
    assert unlocked == {"B3", "B4", "B5"} | {f"{col}{r}" for col in "CDE" for r in range(9, 33)}
    conflicts = book["Conflicts"]
    assert {c.coordinate for row in conflicts.iter_rows(max_col=3) for c in row if not c.protection.locked} == {
        f"C{r}" for r in range(5, 11)}


def test_a_drop_down_of_the_scale_on_every_score_cell() -> None:
    (check,) = form()["Scores"].data_validations.dataValidation
    assert check.type == "list"
    assert check.formula1 == '"0,1,2,3,4,5"'  # the example's scale is 0-5
    assert str(check.sqref) == "C9:C32"
    assert check.showErrorMessage


def test_a_wide_or_fractional_scale_is_checked_as_a_range() -> None:
    appraisal = load_appraisal(ALL)
    assert scale_check(dataclasses.replace(appraisal, scale=(0.0, 100.0))) == ("decimal", None)
    assert scale_check(dataclasses.replace(appraisal, scale=(0.0, 2.5))) == ("decimal", None)
    assert scale_check(dataclasses.replace(appraisal, scale=(1.0, 3.0))) == ("list", [1.0, 2.0, 3.0])
    who = FormAssessor("newbie", "N. Ew")
    wide = openpyxl.load_workbook(io.BytesIO(scoring_form(dataclasses.replace(appraisal, scale=(0.0, 100.0)), who)))
    (check,) = wide["Scores"].data_validations.dataValidation
    assert (check.type, check.operator, check.formula1, check.formula2) == ("decimal", "between", "0", "100")
