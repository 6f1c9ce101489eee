"""Returned scoring forms, read back into panel/<assessor>.yaml, for ``adm-appraise panel import``.

A return is checked against the appraisal as it is now: a form whose options or criteria (or
scale) no longer match is refused whole, since its rows would be scored against something else.
Every other problem is reported at its cell (``finance.xlsx: Scores!C9``), all at once: a score
off the scale or not a number, a score beside a reason to abstain, neither, an option scored
that the assessor declared a conflict on, a missing role. Nothing is written unless every return
is clean; the caller writes the files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from adm_appraise.files.spreadsheet import MAX_BYTES, column_letter
from adm_appraise.files.table import plain_number
from adm_appraise.model import Appraisal
from adm_appraise.problems import CellLocation, Problem

MARKER = "adm-appraise scoring form"
VERSION = 1
SCORES = "Scores"
CONFLICTS = "Conflicts"
IDS = "ids"
# Scores sheet: the assessor's details in column B, then the table from HEADER_ROW down.
ROLE_ROW, ORGANISATION_ROW, INTERESTS_ROW = 3, 4, 5
HEADER_ROW = 8
SCORE_COL, RATIONALE_COL, ABSTAIN_COL = 3, 4, 5  # C, D, E
# Conflicts sheet: one row per option from CONFLICT_HEADER_ROW + 1; the reason in column C.
CONFLICT_HEADER_ROW = 4
REASON_COL = 3
# ids sheet: marker and settings in A1:B6, then one row per form row from IDS_TABLE_ROW.
IDS_TABLE_ROW = 8


def form_rows(appraisal: Appraisal) -> list[tuple[str, str]]:
    """(option id, criterion id) of every row of a form: the options the panel scores, by the
    'score' criteria, in the files' order. The reader checks a return against the same list."""
    criteria = [c.id for c in appraisal.criteria if not c.is_measure]
    return [(o.id, cid) for o in appraisal.scored_options for cid in criteria]


@dataclass(frozen=True)
class Return:
    """One assessor's return: the panel file it becomes."""

    assessor: str
    source: Path
    document: dict[str, Any]  # the panel file's content, keys in the order a person writes them

    def yaml(self) -> str:
        note = f"# Imported from the scoring form {self.source.name} by adm-appraise panel import.\n"
        return note + str(yaml.safe_dump(self.document, sort_keys=False, allow_unicode=True, width=100))


def read_returns(paths: list[Path], appraisal: Appraisal) -> tuple[list[Return], list[Problem]]:
    """Every form read and checked, and the problems of all of them: no return may be written unless
    there are none (a form with problems is still listed, so that the caller can check its target)."""
    returns: list[Return] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for path in paths:
        found, trouble = read_return(path, appraisal)
        problems += trouble
        if found is None:
            continue
        if found.assessor in seen:
            problems.append(Problem(CellLocation(str(path), cell=f"{IDS}!B3"), "E406",
                                    f"a second return for assessor '{found.assessor}' (also {seen[found.assessor]})"))
            continue
        seen[found.assessor] = path
        returns.append(found)
    return returns, problems


def read_return(path: Path, appraisal: Appraisal) -> tuple[Return | None, list[Problem]]:
    source = str(path)
    book, problem = _open(path)
    if book is None:
        return None, [problem] if problem else []

    def at(sheet: str, row: int, col: int) -> CellLocation:
        return CellLocation(source, row, col, f"{sheet}!{column_letter(col)}{row}")

    ids = book[IDS] if IDS in book.sheetnames else None
    if ids is None or ids["B1"].value != MARKER or SCORES not in book.sheetnames or CONFLICTS not in book.sheetnames:
        return None, [Problem(CellLocation(source), "E911", "not a scoring form written by 'adm-appraise panel "
                                                            "forms' (its hidden ids sheet is missing or altered)")]
    if ids["B2"].value != VERSION:
        return None, [Problem(at(IDS, 2, 2), "E911", f"a scoring form of version {ids['B2'].value}; this "
                                                     f"adm-appraise reads version {VERSION}")]
    mismatch = _mismatch(ids, appraisal)
    if mismatch:
        return None, [Problem(CellLocation(source), "E910", f"the form no longer matches the appraisal ({mismatch}): "
                                                            "send a new form with 'adm-appraise panel forms'")]
    scores_sheet, conflicts_sheet = book[SCORES], book[CONFLICTS]
    problems: list[Problem] = []
    aid, name = str(ids["B3"].value), str(ids["B4"].value)

    def text(sheet: Any, sheet_name: str, row: int, col: int) -> str | None:
        value = sheet.cell(row, col).value
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return (value.strip() if isinstance(value, str) else f"{plain_number(value)}"
                if isinstance(value, (int, float)) else str(value))

    role = text(scores_sheet, SCORES, ROLE_ROW, 2)
    if role is None:
        problems.append(Problem(at(SCORES, ROLE_ROW, 2), "E905", f"{aid}: the assessor's role is empty (their post, "
                                                                 "or the interest they represent)"))
    meta: dict[str, Any] = {"id": aid, "name": name, "role": role or ""}
    organisation = text(scores_sheet, SCORES, ORGANISATION_ROW, 2)
    if organisation:
        meta["organisation"] = organisation
    document: dict[str, Any] = {"assessor": meta}
    interests = text(scores_sheet, SCORES, INTERESTS_ROW, 2)
    if interests:
        document["interests"] = interests

    table = _table(ids)
    conflicts: dict[str, str] = {}
    for sheet_name, row, oid, _ in table:
        if sheet_name == CONFLICTS:
            reason = text(conflicts_sheet, CONFLICTS, row, REASON_COL)
            if reason:
                conflicts[oid] = reason
    document["conflicts"] = [{"option": oid, "reason": reason} for oid, reason in conflicts.items()]
    low, high = appraisal.scale
    scores: dict[str, dict[str, Any]] = {}
    for sheet_name, row, oid, cid in table:
        if sheet_name != SCORES:
            continue
        where = at(SCORES, row, SCORE_COL)
        point, trouble = _number(scores_sheet.cell(row, SCORE_COL).value, where, aid, oid, cid, (low, high))
        problems += trouble
        rationale = text(scores_sheet, SCORES, row, RATIONALE_COL)
        abstain = text(scores_sheet, SCORES, row, ABSTAIN_COL)
        given = point is not None or bool(trouble)
        if oid in conflicts:
            if given:
                problems.append(Problem(where, "E405", f"{aid} declared a conflict on {oid} ({conflicts[oid]}) and "
                                                       "must not score it"))
            continue
        if given and abstain:
            problems.append(Problem(where, "E407", f"{aid}: {oid} on {cid} gives both a score and a reason to "
                                                   f"abstain ({at(SCORES, row, ABSTAIN_COL).cell})"))
        elif not given and not abstain:
            problems.append(Problem(where, "E404", f"{aid} does not score {oid} on '{cid}' (score it, give a reason "
                                                   f"to abstain, or declare a conflict on the {CONFLICTS} sheet)"))
        if trouble or (given and abstain) or point is None and not abstain:
            continue
        entry: dict[str, Any] = {"score": point} if point is not None else {"abstain": abstain}
        if rationale:
            entry["rationale"] = rationale
        scores.setdefault(oid, {})[cid] = entry if len(entry) > 1 or point is None else point
    document["scores"] = scores
    return Return(aid, path, document), problems


def _open(path: Path) -> tuple[Any, Problem | None]:
    import zipfile

    from openpyxl import load_workbook

    where = CellLocation(str(path))
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return None, Problem(where, "E901", f"a scoring form is an .xlsx workbook, not '{path.suffix or path.name}'")
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, Problem(where, "E901", f"the file is larger than {MAX_BYTES // 2**20} MiB")
        return load_workbook(path, data_only=True), None
    except OSError as exc:
        return None, Problem(where, "E901", f"cannot read the file: {exc.strerror}")
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        return None, Problem(where, "E901", f"not a readable .xlsx workbook ({exc.__class__.__name__}: {exc})")


def _table(ids: Any) -> list[tuple[str, int, str, str]]:
    rows = []
    for values in ids.iter_rows(min_row=IDS_TABLE_ROW, max_col=4, values_only=True):
        if values[0] is None:
            break
        sheet, row, oid, cid = values
        rows.append((str(sheet), int(row), str(oid), str(cid or "")))
    return rows


def _mismatch(ids: Any, appraisal: Appraisal) -> str:
    """What differs between the form and the appraisal ('' when they match)."""
    try:
        table = _table(ids)
        form_low, form_high = float(ids["B5"].value), float(ids["B6"].value)
    except (TypeError, ValueError):
        return "its hidden ids sheet is damaged"
    rows = [(oid, cid) for sheet, _, oid, cid in table if sheet == SCORES]
    now = form_rows(appraisal)
    said: list[str] = []
    for kind, index in (("option", 0), ("criterion", 1)):
        before = list(dict.fromkeys(r[index] for r in rows))
        after = list(dict.fromkeys(r[index] for r in now))
        added, removed = [x for x in after if x not in before], [x for x in before if x not in after]
        plural = "options" if kind == "option" else "criteria"
        if added:
            said.append(f"{plural if len(added) > 1 else kind} added since it was sent: {', '.join(added)}")
        if removed:
            said.append(f"{plural if len(removed) > 1 else kind} removed since it was sent: {', '.join(removed)}")
    if not said and rows != now:
        said.append("the options or criteria are in another order")
    if (form_low, form_high) != appraisal.scale:
        said.append(f"the scale was {form_low:g}-{form_high:g} and is now "
                    f"{appraisal.scale[0]:g}-{appraisal.scale[1]:g}")
    return "; ".join(said)


def _number(value: Any, where: CellLocation, aid: str, oid: str, cid: str,
            scale: tuple[float, float]) -> tuple[float | None, list[Problem]]:
    """The score in a cell (None when empty), or the problem with it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, []
    number: float | None = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            number = None
    if number is None or not math.isfinite(number):
        return None, [Problem(where, "E904", f"{aid}: {oid} on {cid}: '{value}' is not a score (a number from "
                                             f"{scale[0]:g} to {scale[1]:g})")]
    if not scale[0] <= number <= scale[1]:
        return None, [Problem(where, "E907", f"{aid}: {oid} on {cid}: {number:g} is off the scale "
                                             f"{scale[0]:g}-{scale[1]:g}")]
    return plain_number(number), []
