"""The appraisal as an Excel workbook whose numbers are live formulas (``adm-appraise export``).

A reviewer who never runs the tool can open it, check every figure and play with the
weights: the Weights sheet holds the only numbers to edit; the Values and Ranking sheets
recompute from them and from the raw scores by formula, as the method says (SPEC "The
method"):

- Scores: the raw scores (rationales as cell comments) and gate results, laid out as
  ``adm-appraise import`` reads them, so that importing the workbook gives the appraisal back;
  its label rows hold each criterion's id, type, scale ends and weight (a link to Weights).
- Weights: raw weights (editable) and normalised weights (=weight/SUM(weights)).
- Values: each score on 0-100, =IF(best=worst,100,100*(x-worst)/(best-worst)), with the ends
  taken from the scale, the measure's range, or the MIN/MAX of the options' values (local).
- Ranking: contributions (normalised weight x value), the overall score by SUMPRODUCT,
  eligibility from the gate cells (no 'fail'), ranks by COUNTIFS among eligible options only
  (ties within 1e-9 share a rank) and the shortlist rule.
- Sensitivity: the sensitivity summary at export time, as values.
- About: the appraisal, the method and the audit trail (tool version, input file hashes).

Text from the files is always written as a text cell, never as a formula, whatever it starts
with. The workbook is written without cached results, so any spreadsheet computes every
formula when it opens the file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timezone

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from adm_appraise import __version__
from adm_appraise.analysis.method import TIE, Result
from adm_appraise.analysis.sensitivity import Sensitivity
from adm_appraise.files.table import EVIDENCE
from adm_appraise.model import Appraisal, Option
from adm_appraise.render.workbook_notes import about_sheet, sensitivity_sheet
from adm_appraise.render.xlsx import (
    AMBER,
    BOLD,
    GREEN,
    INPUT,
    NOTE,
    RED,
    TITLE,
    WRAP,
    clean,
    comment,
    fill,
    fixed_times,
    header,
    number,
    put,
    put_text,
    widths,
)

# The Scores sheet: a title, a note, the shortlist rule and the baseline, a blank row, the header,
# label rows, then the options.
HEADER_ROW = 6


@dataclass(frozen=True)
class Layout:
    """Where things stand, shared by the sheets' formulas."""

    criteria: list[str]  # criterion ids, in file order
    gates: list[str]
    options: list[str]  # option ids, in the Scores (file) order
    labels: dict[str, int]  # Scores label row -> row number
    first_option_row: int  # on Scores
    ranged: dict[str, int]  # criterion id -> the column number of its 'low' column ('high' follows)

    def criterion_column(self, i: int) -> str:
        """The column of criterion i on Scores and Values (after Option and id)."""
        return str(get_column_letter(3 + i))

    def gate_column(self, i: int) -> str:
        return str(get_column_letter(3 + len(self.criteria) + i))

    def scores_row(self, oid: str) -> int:
        return self.first_option_row + self.options.index(oid)

    def values_row(self, oid: str) -> int:
        return VALUES_FIRST + self.options.index(oid)

    @property
    def last_option_row(self) -> int:
        return self.first_option_row + len(self.options) - 1


VALUES_FIRST = 4  # Values: header, worst, best, then the options
RANKING_FIRST = 3  # Ranking: header, weights, then the options


def render_workbook(
    result: Result,
    sensitivity: Sensitivity | None = None,
    *,
    command: str | None = None,
    generated: datetime | None = None,
) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    appraisal = result.appraisal
    book = Workbook()
    scores = book.active
    assert scores is not None
    scores.title = "Scores"
    layout = _scores(scores, result)
    _weights(book.create_sheet("Weights"), result)
    _values(book.create_sheet("Values"), appraisal, layout)
    ranking = book.create_sheet("Ranking")
    _ranking(ranking, result, layout)
    if sensitivity is not None:
        sensitivity_sheet(book.create_sheet("Sensitivity"), sensitivity)
    when = generated or datetime.now(timezone.utc).replace(microsecond=0)
    about_sheet(book.create_sheet("About"), result, command, when)
    for sheet in book.worksheets:  # printed: landscape, as wide as the page
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.active = book.worksheets.index(ranking)
    book.properties.creator = f"adm-appraise {__version__}"
    book.properties.title = clean(appraisal.title)
    stamp = when.astimezone(timezone.utc).replace(tzinfo=None)
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    return fixed_times(buffer.getvalue(), when)


def _scores(sheet: Worksheet, result: Result) -> Layout:
    appraisal = result.appraisal
    criteria, gates = list(appraisal.criteria), list(appraisal.gates)
    measures = [c for c in criteria if c.is_measure]
    low, high = appraisal.scale
    put_text(sheet, "A1", appraisal.title, TITLE)
    put_text(sheet, "A2", f"Raw scores on the scale {low:g}-{high:g} (measures in their unit); a comment on a cell "
                          "holds its rationale. Weights are edited in the Weights sheet.", NOTE)
    ranged_criteria = [c for c in criteria
                       if any(o.scores[c.id].low is not None or o.scores[c.id].high is not None
                              for o in appraisal.scored_options)]
    ranged = {c.id: 3 + len(criteria) + len(gates) + 2 * k for k, c in enumerate(ranged_criteria)}
    put_text(sheet, "A3", "shortlist", NOTE)
    put_text(sheet, "B3", _rule(appraisal))
    if appraisal.baseline:
        put_text(sheet, "A4", "baseline", NOTE)
        put_text(sheet, "B4", appraisal.baseline)
    names = ["Option", "id", *(c.name for c in criteria), *(g.name for g in gates),
             *(f"{c.name} {end}" for c in ranged_criteria for end in ("low", "high")), "Description"]
    header(sheet, HEADER_ROW, names)
    labels = ["id", "type"] + (["unit", "direction"] if measures else []) + ["worst", "best", "weight"]
    rows = {label: HEADER_ROW + 1 + i for i, label in enumerate(labels)}
    layout = Layout([c.id for c in criteria], [g.id for g in gates], [o.id for o in appraisal.scored_options], rows,
                    HEADER_ROW + 1 + len(labels), ranged)
    for label, row in rows.items():
        put_text(sheet, f"A{row}", label, NOTE)
    for i, c in enumerate(criteria):
        col = layout.criterion_column(i)
        put_text(sheet, f"{col}{rows['id']}", c.id, NOTE)
        put_text(sheet, f"{col}{rows['type']}", c.type, NOTE)
        if measures:
            put_text(sheet, f"{col}{rows['unit']}", c.unit, NOTE)
            put_text(sheet, f"{col}{rows['direction']}", c.direction, NOTE)
        ends = (low, high) if not c.is_measure else c.range
        if ends is not None:
            put(sheet, f"{col}{rows['worst']}", number(ends[0]))
            put(sheet, f"{col}{rows['best']}", number(ends[1]))
        put(sheet, f"{col}{rows['weight']}", f"=Weights!C{2 + i}")
    for i, g in enumerate(gates):
        col = layout.gate_column(i)
        put_text(sheet, f"{col}{rows['id']}", g.id, NOTE)
        put_text(sheet, f"{col}{rows['type']}", "gate", NOTE)
    description = get_column_letter(3 + len(criteria) + len(gates) + 2 * len(ranged))
    for option in appraisal.scored_options:
        r = layout.scores_row(option.id)
        put_text(sheet, f"A{r}", option.name)
        put_text(sheet, f"B{r}", option.id)
        _option_row(sheet, layout, option, r)
        put_text(sheet, f"{description}{r}", option.description).alignment = Alignment(vertical="top")
    _score_colours(sheet, appraisal, layout)
    last_column = get_column_letter(2 + len(criteria) + len(gates) + 2 * len(ranged))
    sheet.print_area = f"A1:{last_column}{layout.last_option_row}"  # the descriptions are for the screen
    sheet.freeze_panes = f"C{layout.first_option_row}"
    widths(sheet, {"A": 44, "B": 26, description: 60})
    for i in range(len(criteria) + len(gates) + 2 * len(ranged)):
        sheet.column_dimensions[get_column_letter(3 + i)].width = 16
    return layout


def _rule(appraisal: Appraisal) -> str:
    """The shortlist rule as import reads it: 'top 2; min_score 50; within 10'."""
    rule = appraisal.shortlist
    parts = [f"{k} {v:g}" for k, v in (("top", rule.top), ("min_score", rule.min_score), ("within", rule.within))
             if v is not None]
    return "; ".join(parts)


def _option_row(sheet: Worksheet, layout: Layout, option: Option, r: int) -> None:
    for i, cid in enumerate(layout.criteria):
        a = option.scores[cid]
        cell = put(sheet, f"{layout.criterion_column(i)}{r}", number(a.point or 0.0))
        cell.fill = INPUT
        note = a.rationale or ""
        if a.evidence:  # the form import reads back
            note += EVIDENCE + "\n".join(f"- {item}" for item in a.evidence)
        comment(cell, note.strip())
        if cid in layout.ranged:
            column = layout.ranged[cid]
            for k, bound in enumerate((a.low, a.high)):
                if bound is not None:
                    put(sheet, f"{get_column_letter(column + k)}{r}", number(bound)).fill = INPUT
    for i, gid in enumerate(layout.gates):
        g = option.gates[gid]
        cell = put_text(sheet, f"{layout.gate_column(i)}{r}", g.result)
        cell.fill = INPUT
        comment(cell, g.rationale)


def _score_colours(sheet: Worksheet, appraisal: Appraisal, layout: Layout) -> None:
    """A red-amber-green scale on each criterion's scores; red and amber on failed and conditional gates."""
    first, last = layout.first_option_row, layout.last_option_row
    for i, c in enumerate(appraisal.criteria):
        col = layout.criterion_column(i)
        worst, best = (RED, GREEN) if c.direction != "lower" else (GREEN, RED)
        if c.is_measure and c.range is None:
            rule = ColorScaleRule(start_type="min", start_color=worst, mid_type="percentile", mid_value=50,
                                  mid_color=AMBER, end_type="max", end_color=best)
        else:
            ends = sorted(c.range or appraisal.scale)
            rule = ColorScaleRule(start_type="num", start_value=ends[0], start_color=worst, mid_type="percentile",
                                  mid_value=50, mid_color=AMBER, end_type="num", end_value=ends[1], end_color=best)
        sheet.conditional_formatting.add(f"{col}{first}:{col}{last}", rule)
    if layout.gates:
        cells = f"{layout.gate_column(0)}{first}:{layout.gate_column(len(layout.gates) - 1)}{last}"
        top = f"{layout.gate_column(0)}{first}"
        sheet.conditional_formatting.add(cells, FormulaRule(formula=[f'{top}="fail"'], fill=fill(RED)))
        sheet.conditional_formatting.add(cells, FormulaRule(formula=[f'{top}="conditional"'], fill=fill(AMBER)))
        choice = DataValidation(type="list", formula1='"pass,conditional,fail"', allow_blank=False)
        choice.add(cells)
        sheet.add_data_validation(choice)
    low, high = appraisal.scale
    on_scale = DataValidation(type="decimal", operator="between", formula1=f"{low!r}", formula2=f"{high!r}",
                              allow_blank=False, showErrorMessage=True, errorTitle="Off the scale",
                              error=f"A score is a number from {low:g} to {high:g}.")
    for i, c in enumerate(appraisal.criteria):
        if not c.is_measure:
            on_scale.add(f"{layout.criterion_column(i)}{first}:{layout.criterion_column(i)}{last}")
    sheet.add_data_validation(on_scale)


def _weights(sheet: Worksheet, result: Result) -> None:
    appraisal = result.appraisal
    raw = appraisal.weights(result.scenario, result.overrides)
    header(sheet, 1, ["Criterion", "id", "Weight", "Normalised weight", "Description"])
    last = 1 + len(appraisal.criteria)
    for i, c in enumerate(appraisal.criteria):
        r = 2 + i
        put_text(sheet, f"A{r}", c.name)
        put_text(sheet, f"B{r}", c.id)
        put(sheet, f"C{r}", number(raw[c.id])).fill = INPUT
        put(sheet, f"D{r}", f"=C{r}/SUM(C$2:C${last})", "0.0%")
        put_text(sheet, f"E{r}", c.description).alignment = WRAP
    positive = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=False,
                              showErrorMessage=True, errorTitle="Not a weight", error="A weight is a number >= 0.")
    positive.add(f"C2:C{last}")
    sheet.add_data_validation(positive)
    put_text(sheet, f"A{last + 2}", "Edit the Weight column (any positive numbers): the normalised weights, values, "
                                    "scores and ranks recalculate.", NOTE)
    how = []
    if result.scenario:
        how.append(f"scenario '{result.scenario}'")
    if result.overrides:
        how.append("overrides " + ", ".join(f"{k}={v:g}" for k, v in result.overrides.items()))
    if how:
        put_text(sheet, f"A{last + 3}", "Weights as exported with " + " and ".join(how) + ".", NOTE)
    sheet.freeze_panes = "A2"
    widths(sheet, {"A": 40, "B": 20, "C": 10, "D": 12, "E": 80})


def _values(sheet: Worksheet, appraisal: Appraisal, layout: Layout) -> None:
    header(sheet, 1, ["Option", "id", *(c.name for c in appraisal.criteria)])
    put_text(sheet, "A2", "worst (value 0)", NOTE)
    put_text(sheet, "A3", "best (value 100)", NOTE)
    first, last = layout.first_option_row, layout.last_option_row
    for i, c in enumerate(appraisal.criteria):
        col = layout.criterion_column(i)
        if c.is_measure and c.range is None:  # a local scale: worst and best among the options
            span = f"Scores!{col}${first}:{col}${last}"
            low, high = f"=MIN({span})", f"=MAX({span})"
            worst, best = (high, low) if c.direction == "lower" else (low, high)
        else:
            worst, best = f"=Scores!{col}${layout.labels['worst']}", f"=Scores!{col}${layout.labels['best']}"
        put(sheet, f"{col}2", worst, font=NOTE)
        put(sheet, f"{col}3", best, font=NOTE)
    for option in appraisal.scored_options:
        r, s = layout.values_row(option.id), layout.scores_row(option.id)
        put_text(sheet, f"A{r}", option.name)
        put_text(sheet, f"B{r}", option.id)
        for i in range(len(appraisal.criteria)):
            col = layout.criterion_column(i)
            put(sheet, f"{col}{r}", f"=IF({col}$3={col}$2,100,100*(Scores!{col}{s}-{col}$2)/({col}$3-{col}$2))",
                "0.0")
    sheet.freeze_panes = f"C{VALUES_FIRST}"
    widths(sheet, {"A": 44, "B": 26, **{layout.criterion_column(i): 16 for i in range(len(appraisal.criteria))}})


def _ranking(sheet: Worksheet, result: Result, layout: Layout) -> None:
    appraisal = result.appraisal
    n_gates, n_crit = len(layout.gates), len(layout.criteria)
    gate_cols = [get_column_letter(7 + i) for i in range(n_gates)]
    contrib_cols = [get_column_letter(7 + n_gates + i) for i in range(n_crit)]
    header(sheet, 1, ["Rank", "Option", "id", "Score", "Eligible", "Shortlisted",
                      *(f"Gate: {g.name}" for g in appraisal.gates), *(c.name for c in appraisal.criteria)])
    put_text(sheet, "B2", "normalised weight", NOTE)
    for i, col in enumerate(contrib_cols):
        put(sheet, f"{col}2", f"=Weights!D{2 + i}", "0.0%", NOTE)
    order = [str(i) for i in result.table.index]
    first, last = RANKING_FIRST, RANKING_FIRST + len(order) - 1
    eligible, score = f"$E${first}:$E${last}", f"$D${first}:$D${last}"
    leader = f'SUMPRODUCT(MAX(({eligible}="yes")*{score}))'
    for k, oid in enumerate(order):
        r, v, s = first + k, layout.values_row(oid), layout.scores_row(oid)
        option = appraisal.option(oid)
        put(sheet, f"A{r}", f'=IF(E{r}="yes",COUNTIFS({eligible},"yes",{score},">"&(D{r}+{TIE:.0E}))+1,"-")',
            font=BOLD).alignment = Alignment(horizontal="center")
        put_text(sheet, f"B{r}", option.name)
        put_text(sheet, f"C{r}", option.id)
        values = f"Values!{layout.criterion_column(0)}{v}:{layout.criterion_column(n_crit - 1)}{v}"
        put(sheet, f"D{r}", f"=SUMPRODUCT(${contrib_cols[0]}$2:${contrib_cols[-1]}$2,{values})", "0.0", BOLD)
        if n_gates:
            span = f"Scores!{layout.gate_column(0)}{s}:{layout.gate_column(n_gates - 1)}{s}"
            put(sheet, f"E{r}", f'=IF(COUNTIF({span},"fail")=0,"yes","no")')
        else:
            put_text(sheet, f"E{r}", "yes")
        put(sheet, f"F{r}", _shortlist_formula(appraisal, r, leader))
        for i, col in enumerate(gate_cols):
            put(sheet, f"{col}{r}", f"=Scores!{layout.gate_column(i)}{s}")
        for i, col in enumerate(contrib_cols):
            put(sheet, f"{col}{r}", f"={col}$2*Values!{layout.criterion_column(i)}{v}", "0.0")
    table = f"A{first}:{get_column_letter(6 + n_gates + n_crit)}{last}"
    sheet.conditional_formatting.add(table, FormulaRule(formula=[f'$E{first}="no"'], font=Font(color="808080")))
    sheet.conditional_formatting.add(f"F{first}:F{last}", FormulaRule(formula=[f'F{first}="yes"'], fill=fill(GREEN)))
    if gate_cols:
        cells = f"{gate_cols[0]}{first}:{gate_cols[-1]}{last}"
        sheet.conditional_formatting.add(cells, FormulaRule(formula=[f'{gate_cols[0]}{first}="fail"'], fill=fill(RED)))
        sheet.conditional_formatting.add(
            cells, FormulaRule(formula=[f'{gate_cols[0]}{first}="conditional"'], fill=fill(AMBER)))
    notes = [
        "Score: SUMPRODUCT of the normalised weights and the option's 0-100 values (Values sheet); the criterion "
        "columns are the contributions (weight x value).",
        "Eligible: no gate marked 'fail' (Scores sheet). Rank: among eligible options only, 1 + the number scoring "
        "higher; scores within 1e-9 share a rank. Ineligible options are shown, never ranked or shortlisted.",
        f"Shortlisted: {appraisal.shortlist.describe()}.",
        "Rows are in the order of the ranking at export; the formulas re-rank when weights, scores or gates change.",
    ]
    for i, text in enumerate(notes):
        put_text(sheet, f"A{last + 2 + i}", text, NOTE)
    sheet.freeze_panes = f"D{first}"
    widths(sheet, {"A": 7, "B": 44, "C": 26, "D": 9, "E": 9, "F": 11,
                   **{c: 18 for c in gate_cols}, **{c: 14 for c in contrib_cols}})


def _shortlist_formula(appraisal: Appraisal, r: int, leader: str) -> str:
    rule = appraisal.shortlist
    terms = [f'E{r}="yes"']
    if rule.top is not None:
        terms.append(f'IF(E{r}="yes",A{r},0)<={rule.top}')
    if rule.min_score is not None:
        terms.append(f"D{r}>={rule.min_score - TIE!r}")
    if rule.within is not None:
        terms.append(f"D{r}>={leader}-{rule.within + TIE!r}")
    return f'=IF(AND({",".join(terms)}),"yes","no")'


