"""The workbook's Weighting sheet: criteria.yaml's ``weighting:`` record, level by level, for a person
to read and edit and for ``adm-appraise import`` to read back (``files.import_weighting``).

The sheet: a title and notes, then ``participants``, ``date`` and ``rationale`` rows, then a block
a level of the value tree, the top level first and each group after it, in criteria.yaml's order. A block is a
row ``top level`` (or ``group`` and the group's id), rows ``name`` and ``description`` (a group),
``method`` and ``formula`` (rank), then its items, a row each under the heading ``Item | id |
<Weight, Swing or Rank>``: the criteria and groups it weighs, which is what puts them in it. A
pairwise level adds its matrix of ratios (headed ``comparisons``, a row and a column an item; a
group's judges each their own, after a ``judge`` row naming them); a MACBETH level its matrix of
judgements (headed ``judgements``, with a ``no_swing`` column). The words of these rows and
headings are ``files.import_weighting``'s: written here and read there.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from adm_appraise.files.import_weighting import (
    COMPARISONS,
    DATE,
    DESCRIPTION,
    FORMULA,
    GROUP,
    JUDGE,
    JUDGEMENTS,
    METHOD,
    NAME,
    OVERALL,
    PARTICIPANTS,
    RATIONALE,
    TITLE_TEXT,
    TOP,
    WITHIN,
)
from adm_appraise.macbeth import NO_SWING, WORDS
from adm_appraise.model import Appraisal, WeightLevel
from adm_appraise.render.xlsx import BOLD, INPUT, NOTE, PERCENT, TITLE, WRAP, Sheet, clean, column, number

VALUE_HEADING = {"direct": "Weight", "swing": "Swing", "rank": "Rank"}
LAST = 7  # the notes and the rationale wrap in cells merged across the columns up to H (0-based 7)
LINE = 110  # about the characters a line of them holds


def ratio_cell(x: float) -> float | int | str:
    """A pairwise ratio as a person types it: 3, 0.5 as '1/2' (Saaty's fractions), other numbers as they are."""
    if x < 1:
        inverse = 1 / x
        if abs(inverse - round(inverse)) < 1e-9 and 2 <= round(inverse) <= 9:
            return f"1/{round(inverse)}"
    return number(x)


def category_cell(low: int, high: int) -> str:
    """A MACBETH judgement in words: 'very strong', or 'weak to strong' for a range."""
    return WORDS[low] if low == high else f"{WORDS[low]} to {WORDS[high]}"


def weighting_sheet(sheet: Sheet, appraisal: Appraisal) -> None:
    record = appraisal.weighting
    assert record is not None
    names = {c.id: c.name for c in appraisal.criteria} | {g.id: g.name for g in record.groups}
    sheet.text("A1", TITLE_TEXT, TITLE, fit=False)
    notes = [
        "The weighting: record of criteria.yaml, a block a level of the value tree: its method and the judgements "
        "(yellow) that give its items their weights. The items listed in a block are the criteria and groups it "
        "weighs.",
        "Importing this workbook into an empty folder writes this record back into criteria.yaml. The Weights "
        "sheet shows the weights it gives, as do the last two columns of each level (at export: they do not "
        "recalculate here).",
        "Rank: 1 first, equal ranks tie. Comparisons: the row's item matters that many times as much as the "
        "column's (1/3: a third), each pair once. Judgements (MACBETH): how much more attractive the row's swing "
        "is than the column's: " + ", ".join(WORDS[1:]) + ", or a range such as 'weak to strong'; no_swing is "
        "every criterion at its worst.",
    ]
    for i, note in enumerate(notes):
        _wrapped(sheet, 2 + i, 0, note, NOTE)
    row = 3 + len(notes)
    if record.participants:
        sheet.text(f"A{row}", PARTICIPANTS, BOLD)
        for k, who in enumerate(record.participants):
            sheet.text(f"{column(2 + k)}{row}", who, INPUT)
        row += 1
    if record.date:
        sheet.text(f"A{row}", DATE, BOLD)
        sheet.text(f"B{row}", record.date, INPUT)
        row += 1
    if record.rationale:
        sheet.text(f"A{row}", RATIONALE, BOLD)
        _wrapped(sheet, row, 1, record.rationale.strip(), INPUT)
        row += 1
    row += 1
    groups = {g.id: g for g in record.groups}
    shares, overall = record.within(), record.overall()

    def block(group: str | None, level: WeightLevel, parent: str | None) -> None:
        nonlocal row
        if group is None:
            sheet.text(f"A{row}", TOP, BOLD)
            sheet.text(f"C{row}", "the groups, and the criteria in no group", NOTE, fit=False)
        else:
            sheet.text(f"A{row}", GROUP, BOLD)
            sheet.text(f"B{row}", group, BOLD)
            within = "the top level" if parent is None else f"{names[parent]} ({parent})"
            sheet.text(f"C{row}", f"weighed within {within}", NOTE, fit=False)
            row += 1
            sheet.text(f"A{row}", NAME)
            sheet.text(f"B{row}", groups[group].name, INPUT, fit=False)
            if groups[group].description:
                row += 1
                sheet.text(f"A{row}", DESCRIPTION)
                sheet.text(f"B{row}", groups[group].description, INPUT, fit=False)
        row += 1
        sheet.text(f"A{row}", METHOD)
        sheet.text(f"B{row}", level.method, INPUT)
        if level.method == "rank":
            row += 1
            sheet.text(f"A{row}", FORMULA)
            sheet.text(f"B{row}", level.formula, INPUT)
        row += 1
        heading = VALUE_HEADING.get(level.method)
        sheet.header(row, ["Item", "id", *([heading] if heading else []), WITHIN, OVERALL])
        at = 3 + bool(heading)  # the column of the weights at export, as values (not recalculated)
        places = {item: k + 1 for k, place in enumerate(level.order) for item in place}
        # listed as the judgements are (a rank order first to last, ties as given; the swings as given), so that
        # they come back in their order; the criteria and groups of a level keep criteria.yaml's order anyway
        given = list(places) if level.method == "rank" else list(level.swings) if level.method == "swing" else []
        for item in [*(i for i in given if i in level.items), *(i for i in level.items if i not in given)]:
            row += 1
            sheet.text(f"A{row}", names.get(item, item) + (" (group)" if item in groups else ""))
            sheet.text(f"B{row}", item)
            value = {"direct": level.stated.get(item), "swing": level.swings.get(item),
                     "rank": places.get(item)}.get(level.method)
            if value is not None:
                sheet.number(f"C{row}", number(value), None, INPUT)
            elif heading:
                sheet.text(f"C{row}", "", INPUT)
            sheet.number(f"{column(at)}{row}", shares[item], PERCENT, NOTE)
            sheet.number(f"{column(at + 1)}{row}", overall[item], PERCENT, NOTE)
        row += 1
        if level.method == "pairwise" and len(level.items) > 1:
            tables: dict[str | None, Any] = {None: level.comparisons} if not level.judges else {}
            tables.update(level.judges)
            for judge, table in tables.items():
                row += 1
                if judge is not None:
                    sheet.text(f"A{row}", JUDGE, BOLD)
                    sheet.text(f"B{row}", judge, INPUT, fit=False)
                    row += 1
                matrix(COMPARISONS, given_first(level.items, (a for a, _ in table)), list(level.items),
                       {pair: ratio_cell(x) for pair, x in table.items()})
        if level.method == "macbeth" and level.macbeth is not None:
            row += 1
            matrix(JUDGEMENTS, given_first(level.items, (j.first for j in level.macbeth.judgements)),
                   [*level.items, NO_SWING],
                   {(j.first, j.second): category_cell(j.low, j.high) for j in level.macbeth.judgements})
        row += 1

    def matrix(title: str, rows: list[str], columns: list[str],
               cells: dict[tuple[str, str], float | int | str]) -> None:
        nonlocal row
        sheet.header(row, [title, *columns])
        sheet.heights.pop(row - 1, None)  # ids do not wrap: a row of one line
        for a in rows:
            row += 1
            sheet.text(f"A{row}", a, BOLD)
            for k, b in enumerate(columns):
                ref = f"{column(2 + k)}{row}"
                value = cells.get((a, b))
                if a == b:
                    sheet.text(ref, "-", NOTE)
                elif isinstance(value, str):
                    sheet.text(ref, value, INPUT)
                elif value is not None:
                    sheet.number(ref, value, None, INPUT)
                else:
                    sheet.text(ref, "", INPUT)
        row += 1

    block(None, record.top, None)
    for g in record.groups:  # in criteria.yaml's order, so that the record comes back as it was
        block(g.id, g.level, g.parent)
    sheet.ws.freeze_panes("A2")


def _wrapped(sheet: Sheet, row: int, first: int, text: str, style: dict[str, Any]) -> None:
    """Text wrapped in the cells of ``row`` merged from column ``first`` (0-based) to H, the row as tall as it."""
    sheet.ws.merge_range(row - 1, first, row - 1, LAST, clean(text), sheet.book.format({**WRAP, **style}))
    lines = sum(max(1, math.ceil(len(line) / LINE)) for line in text.split("\n"))
    sheet.heights[row - 1] = 15 * lines


def given_first(items: Sequence[str], firsts: Iterable[str]) -> list[str]:
    """A matrix's rows in the order its judgements first give them, then the rest in the level's order, so
    that a fresh import reads the judgements back in their order."""
    judged = [item for item in dict.fromkeys(firsts) if item in items]
    return [*judged, *(item for item in items if item not in judged)]
