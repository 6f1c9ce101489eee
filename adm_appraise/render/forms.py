"""Scoring forms: one .xlsx workbook per assessor, for ``adm-appraise panel forms``.

A form lists every option the panel scores (an option sifted out at a gate is left out) against
every 'score' criterion, with the criterion's level descriptors beside each row. The assessor
fills only the unlocked cells: a score (a drop-down of the scale), a rationale, or a reason to
abstain instead; their role and interests; and, on the Conflicts sheet, the reason for any
conflict of interest. Every other cell is locked (sheet protection without a password: it
guards against slips, not against a determined editor). A very hidden sheet ``ids`` records the
assessor, the scale and the option and criterion id of every row, so that ``panel import`` can
match the return to the appraisal and refuse one that no longer fits it.

The layout (which sheet, row and column holds what) is the reader's, ``files/forms.py``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from adm_appraise.files.forms import (
    ABSTAIN_COL,
    CONFLICT_HEADER_ROW,
    CONFLICTS,
    HEADER_ROW,
    IDS,
    IDS_TABLE_ROW,
    INTERESTS_ROW,
    MARKER,
    ORGANISATION_ROW,
    RATIONALE_COL,
    REASON_COL,
    ROLE_ROW,
    SCORE_COL,
    SCORES,
    VERSION,
    form_rows,
)
from adm_appraise.model import Appraisal, Criterion

DROPDOWN_POINTS = 21  # a whole-number scale with at most this many points gets a drop-down list


@dataclass(frozen=True)
class FormAssessor:
    """Who a form is for: from panel/<id>.yaml, or ``--assessor id=Name`` for a panel not yet started."""

    id: str
    name: str
    role: str | None = None
    organisation: str | None = None
    interests: str | None = None
    conflicts: dict[str, str] = field(default_factory=dict)  # option id -> reason already declared


def scale_check(appraisal: Appraisal) -> tuple[str, list[float] | None]:
    """How a score cell is checked: ('list', points) for a drop-down of a small whole-number
    scale, else ('decimal', None): any number from min to max."""
    low, high = appraisal.scale
    if float(low).is_integer() and float(high).is_integer() and high - low < DROPDOWN_POINTS:
        return "list", [float(x) for x in range(int(low), int(high) + 1)]
    return "decimal", None


def scoring_form(appraisal: Appraisal, who: FormAssessor) -> bytes:
    """The .xlsx bytes of one assessor's scoring form."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SCORES
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    fill = PatternFill("solid", fgColor="FFF2CC")  # the cells to fill, shaded
    unlocked = Protection(locked=False)
    low, high = appraisal.scale

    def editable(cell: Any) -> None:
        cell.protection = unlocked
        cell.fill = fill
        cell.alignment = wrap

    sheet["A1"] = f"Scoring form: {appraisal.title}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"], sheet["B2"] = "Assessor", f"{who.name} ({who.id})"
    for row, label, value in ((ROLE_ROW, "Your role", who.role), (ORGANISATION_ROW, "Organisation (optional)",
                                                                   who.organisation),
                              (INTERESTS_ROW, "Interests declared (optional)", who.interests)):
        sheet.cell(row, 1, label)
        editable(sheet.cell(row, 2, value))
    sheet["A6"] = (f"Score each option on each criterion from {low:g} to {high:g} (see what each score means), "
                   "or give a reason to abstain instead. An option you have a conflict of interest on: give the "
                   f"reason on the {CONFLICTS} sheet and leave its rows blank. Fill only the shaded cells.")
    sheet["A6"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A6:F6")
    sheet.row_dimensions[6].height = 45
    headings = ("Option", "Criterion", f"Score ({low:g}-{high:g})", "Rationale", "Abstain (reason)",
                "What the scores mean")
    for col, heading in enumerate(headings, 1):
        sheet.cell(HEADER_ROW, col, heading).font = bold
    options = {o.id: o for o in appraisal.options}
    criteria = {c.id: c for c in appraisal.criteria}
    rows = form_rows(appraisal)
    for i, (oid, cid) in enumerate(rows):
        row = HEADER_ROW + 1 + i
        sheet.cell(row, 1, options[oid].name).alignment = wrap
        sheet.cell(row, 2, criteria[cid].name).alignment = wrap
        for col in (SCORE_COL, RATIONALE_COL, ABSTAIN_COL):
            editable(sheet.cell(row, col))
        levels = _levels(criteria[cid])
        sheet.cell(row, 6, levels).alignment = wrap
        sheet.row_dimensions[row].height = 13 * max(_lines(options[oid].name, 28), _lines(criteria[cid].name, 28),
                                                    _lines(levels, 50))
    if rows:
        sheet.add_data_validation(_score_validation(appraisal, DataValidation, HEADER_ROW + 1,
                                                    HEADER_ROW + len(rows)))
    for letter, width in zip("ABCDEF", (28, 28, 12, 40, 30, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)
    _landscape(sheet)
    sheet.protection.sheet = True

    conflicts = book.create_sheet(CONFLICTS)
    conflicts["A1"] = "Conflicts of interest"
    conflicts["A1"].font = Font(bold=True, size=14)
    conflicts["A2"] = ("For an option you must not score (an interest in it, e.g. a trustee of the candidate "
                       "trust), give the reason; leave the reason blank for every other option.")
    conflicts["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    conflicts.merge_cells("A2:C2")
    conflicts.row_dimensions[2].height = 30
    for col, heading in enumerate(("Option", "Option id", "Conflict of interest (reason)"), 1):
        conflicts.cell(CONFLICT_HEADER_ROW, col, heading).font = bold
    for i, o in enumerate(appraisal.scored_options):
        row = CONFLICT_HEADER_ROW + 1 + i
        conflicts.cell(row, 1, o.name).alignment = wrap
        conflicts.cell(row, 2, o.id)
        editable(conflicts.cell(row, REASON_COL, who.conflicts.get(o.id)))
        conflicts.row_dimensions[row].height = 13 * max(_lines(o.name, 36), 2)
    for letter, width in zip("ABC", (36, 24, 60), strict=True):
        conflicts.column_dimensions[letter].width = width
    conflicts.protection.sheet = True
    _landscape(conflicts)

    ids = book.create_sheet(IDS)
    settings: tuple[tuple[str, object], ...] = (("marker", MARKER), ("version", VERSION), ("assessor", who.id),
                                                ("name", who.name), ("scale_min", low), ("scale_max", high))
    for row, (label, setting) in enumerate(settings, 1):
        ids.cell(row, 1, label)
        ids.cell(row, 2, setting)
    for col, heading in enumerate(("sheet", "row", "option", "criterion"), 1):
        ids.cell(IDS_TABLE_ROW - 1, col, heading)
    table = [(SCORES, HEADER_ROW + 1 + i, oid, cid) for i, (oid, cid) in enumerate(rows)]
    table += [(CONFLICTS, CONFLICT_HEADER_ROW + 1 + i, o.id, "") for i, o in enumerate(appraisal.scored_options)]
    for i, entry in enumerate(table):
        for col, item in enumerate(entry, 1):
            ids.cell(IDS_TABLE_ROW + i, col, item)
    ids.sheet_state = "veryHidden"
    ids.protection.sheet = True

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _levels(c: Criterion) -> str:
    if not c.levels:
        return c.description or "(no level descriptors given)"
    return "\n".join(f"{level}: {text}" for level, text in sorted(c.levels.items()))


def _lines(text: str, width: int) -> int:
    """About how many lines ``text`` wraps to in a column ``width`` characters wide (rows are not
    sized by every spreadsheet program, so the form sizes them)."""
    return sum(max(1, -(-len(line) // (width - 2))) for line in text.split("\n"))


def _landscape(sheet: Any) -> None:
    """Printed landscape, as wide as one page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}" if sheet.title == SCORES else None


def _score_validation(appraisal: Appraisal, validation: Any, first: int, last: int) -> Any:
    low, high = appraisal.scale
    _, points = scale_check(appraisal)
    if points is not None:
        check = validation(type="list", formula1='"' + ",".join(f"{p:g}" for p in points) + '"', allow_blank=True)
    else:
        check = validation(type="decimal", operator="between", formula1=f"{low:g}", formula2=f"{high:g}",
                           allow_blank=True)
    check.error = f"A score is a number from {low:g} to {high:g}."
    check.errorTitle = "Off the scale"
    check.prompt = f"{low:g} to {high:g}; or leave blank and give a reason to abstain."
    check.promptTitle = "Score"
    check.showErrorMessage = True
    check.showInputMessage = True
    check.add(f"C{first}:C{last}")
    return check
