"""The appraisal as an Excel workbook whose numbers are live formulas (``adm-appraise export``).

A reviewer who never runs the tool can open it, check every figure and play with the
weights: the Weights sheet holds the only numbers to edit; the Values and Ranking sheets
recompute from them and from the raw scores by formula, as the method says (SPEC "The
method"):

- Scores: the raw scores and gate results, laid out as ``adm-appraise import`` reads them, so
  that importing the workbook gives the appraisal back: ranges in ``<name> low``/``high``
  columns, then each criterion's and gate's rationales in a ``<name> rationale`` column and any
  evidence in a ``<name> evidence`` column (one ``- item`` a line), text a reader can see, sort
  and print beside the scores (and a fifth of the time cell comments take to write); its label
  rows hold each criterion's id, type, scale ends and weight (a link to Weights).
- Weights: raw weights (editable) and normalised weights (=weight/SUM(weights)).
- Weighting: when the weights come from a weighting: record (and not from a scenario or
  overrides), the record level by level, its value tree and judgements, which ``import`` into
  an empty folder writes back into criteria.yaml (``workbook_weighting``).
- Values: each score on 0-100, =IF(best=worst,100,100*(x-worst)/(best-worst)), with the ends
  taken from the scale, the measure's range, or the MIN/MAX of the options' values (local);
  a criterion with a value function has it written into the formula (``function_formula``:
  EXP for exponential, nested IFs for the segments of piecewise and discrete). ``import``
  does not read a value function back: the imported criteria.yaml has straight lines.
- Ranking: contributions (normalised weight x value), the overall score by SUMPRODUCT,
  eligibility from the gate cells (no 'fail'), ranks by COUNTIFS among eligible options only
  (ties within 1e-9 share a rank) and the shortlist rule.
- Sensitivity: the sensitivity summary at export time, as values.
- Economic case, Panel, Long list: when the appraisal has an economics: block, a panel/ or a
  longlist.yaml, what ``value``, ``panel`` and ``longlist`` show, as values.
- About: the appraisal, the method and the audit trail (tool version, input file hashes).

Text from the files is always written as a text cell, never as a formula, whatever it starts
with. Every formula is stored with the result adm-appraise computed for it, so a reader that
does not recalculate (pandas, a file preview) sees the numbers a spreadsheet shows; the
workbook also asks spreadsheets to recalculate when they open it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cached_property

import numpy as np
import pandas as pd

from adm_appraise import __version__
from adm_appraise.analysis.method import TIE, Result
from adm_appraise.analysis.sensitivity import Sensitivity
from adm_appraise.files.import_weighting import SHEET
from adm_appraise.model import Appraisal, Option, ValueFunction, to_value
from adm_appraise.render.workbook_cases import economics_sheet, longlist_sheet, panel_sheet
from adm_appraise.render.workbook_notes import about_sheet, sensitivity_sheet
from adm_appraise.render.workbook_weighting import weighting_sheet
from adm_appraise.render.xlsx import (
    AMBER,
    BOLD,
    CENTRE,
    GREEN,
    INPUT,
    NOTE,
    ONE_DECIMAL,
    PERCENT,
    RED,
    TITLE,
    WRAP,
    Book,
    Sheet,
    clean,
    column,
    number,
)

# The Scores sheet: a title, a note, the shortlist rule and the baseline, a blank row, the header,
# label rows, then the options.
HEADER_ROW = 6
RAW_WEIGHT = "0.0#"  # 25.0, 8.33: a raw weight as typed, not 8.333333333333332


@dataclass(frozen=True)
class Layout:
    """Where things stand, shared by the sheets' formulas, and the values they compute."""

    criteria: list[str]  # criterion ids, in file order
    gates: list[str]
    options: list[str]  # option ids, in the Scores (file) order
    labels: dict[str, int]  # Scores label row -> row number
    first_option_row: int  # on Scores
    ranged: dict[str, int]  # criterion id -> the column number of its 'low' column ('high' follows)

    def criterion_number(self, i: int) -> int:
        """The column number of criterion i on Scores and Values (after Option and id): 3 is C."""
        return 3 + i

    def criterion_column(self, i: int) -> str:
        return column(self.criterion_number(i))

    def gate_number(self, i: int) -> int:
        return 3 + len(self.criteria) + i

    def gate_column(self, i: int) -> str:
        return column(self.gate_number(i))

    def scores_row(self, oid: str) -> int:
        return self.first_option_row + self.index[oid]

    def values_row(self, oid: str) -> int:
        return VALUES_FIRST + self.index[oid]

    @cached_property
    def index(self) -> dict[str, int]:
        """Option id -> its place in the Scores (file) order."""
        return {oid: i for i, oid in enumerate(self.options)}

    @property
    def last_option_row(self) -> int:
        return self.first_option_row + len(self.options) - 1


WEIGHTING_NOTE = "Weights set by the weighting: record of criteria.yaml"  # import looks for it
VALUES_FIRST = 4  # Values: header, worst, best, then the options
RANKING_FIRST = 3  # Ranking: header, weights, then the options


def function_text(f: ValueFunction) -> str:
    """A value function as criteria.yaml's ``value_function:`` block in flow style, on one line."""
    def n(x: float) -> str:
        return str(int(x)) if float(x).is_integer() and abs(x) < 2**53 else repr(float(x))

    if f.type == "exponential":
        return f"{{type: exponential, shape: {n(f.shape)}}}"
    if f.type == "discrete":
        return "{type: discrete, values: {" + ", ".join(f"{n(x)}: {n(v)}" for x, v in f.points) + "}}"
    return "{type: piecewise, points: [" + ", ".join(f"[{n(x)}, {n(v)}]" for x, v in f.points) + "]}"


def sheet_names(appraisal: Appraisal, sensitivity: bool = True, weighting: bool = True) -> list[str]:
    """The workbook's sheets, in order: the weighting record (unless ``weighting`` is False: weights
    exported for a scenario or with overrides), the economic case, panel and long list when the
    appraisal has them."""
    record = ["Weighting"] if weighting and appraisal.weighting is not None else []
    extra = [name for name, present in (("Sensitivity", sensitivity), ("Economic case", appraisal.economics),
                                        ("Panel", appraisal.panel), ("Long list", appraisal.longlist))
             if present]
    return ["Scores", "Weights", *record, "Values", "Ranking", *extra, "About"]


def render_workbook(
    result: Result,
    sensitivity: Sensitivity | None = None,
    *,
    command: str | None = None,
    generated: datetime | None = None,
) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    appraisal = result.appraisal
    book = Book()
    scores = book.sheet("Scores")
    layout = _scores(scores, result)
    _weights(book.sheet("Weights"), result)
    if recorded(result):
        weighting_sheet(book.sheet(SHEET), appraisal)
    values = _values(book.sheet("Values"), appraisal, layout)
    ranking = book.sheet("Ranking")
    _ranking(ranking, result, layout, values)
    if sensitivity is not None:
        sensitivity_sheet(book.sheet("Sensitivity"), sensitivity)
    if appraisal.economics is not None:
        economics_sheet(book.sheet("Economic case"), result)
    if appraisal.panel is not None:
        panel_sheet(book.sheet("Panel"), result)
    if appraisal.longlist is not None:
        longlist_sheet(book.sheet("Long list"), result)
    when = generated or datetime.now(timezone.utc).replace(microsecond=0)
    about_sheet(book.sheet("About"), result, command, when)
    for sheet in book.sheets:  # printed: landscape, as wide as the page
        sheet.ws.set_landscape()
        sheet.ws.fit_to_pages(1, 0)
    ranking.ws.activate()
    book.workbook.set_properties({
        "author": f"adm-appraise {__version__}", "title": clean(appraisal.title),
        "created": when.astimezone(timezone.utc).replace(tzinfo=None),
    })
    return book.close()


def recorded(result: Result) -> bool:
    """Whether the workbook carries the weighting record (its Weighting sheet): when the appraisal has
    one and the weights are the record's, not a scenario's or overridden."""
    return result.appraisal.weighting is not None and not result.scenario and not result.overrides


def _scores(sheet: Sheet, result: Result) -> Layout:
    appraisal = result.appraisal
    criteria, gates = list(appraisal.criteria), list(appraisal.gates)
    measures = [c for c in criteria if c.is_measure]
    raw = appraisal.weights(result.scenario, result.overrides)
    low, high = appraisal.scale
    sheet.text("A1", appraisal.title, TITLE, fit=False)
    sheet.text("A2", f"Raw scores on the scale {low:g}-{high:g} (measures in their unit); their rationales and "
                     "evidence are in the columns after them. Weights are edited in the Weights sheet.", NOTE,
               fit=False)
    ranged_criteria = [c for c in criteria
                       if any(o.scores[c.id].low is not None or o.scores[c.id].high is not None
                              for o in appraisal.scored_options)]
    ranged = {c.id: 3 + len(criteria) + len(gates) + 2 * k for k, c in enumerate(ranged_criteria)}
    evidenced = {c.id for c in criteria if any(o.scores[c.id].evidence for o in appraisal.scored_options)}
    notes = [(c.name, suffix, c.id, "scores") for c in criteria
             for suffix in (("rationale", "evidence") if c.id in evidenced else ("rationale",))]
    notes += [(g.name, "rationale", g.id, "gates") for g in gates]
    first_note = 3 + len(criteria) + len(gates) + 2 * len(ranged)  # the notes' first column
    sheet.text("A3", "shortlist", NOTE)
    sheet.text("B3", _rule(appraisal))
    if appraisal.baseline:
        sheet.text("A4", "baseline", NOTE)
        sheet.text("B4", appraisal.baseline)
    names = ["Option", "id", *(c.name for c in criteria), *(g.name for g in gates),
             *(f"{c.name} {end}" for c in ranged_criteria for end in ("low", "high")),
             *(f"{name} {suffix}" for name, suffix, _, _ in notes), "Description"]
    sheet.header(HEADER_ROW, names)
    shaped = any(c.function is not None for c in criteria)
    labels = (["id", "type"] + (["unit", "direction"] if measures else []) + ["worst", "best"]
              + (["value function"] if shaped else []) + ["weight"])
    rows = {label: HEADER_ROW + 1 + i for i, label in enumerate(labels)}
    layout = Layout([c.id for c in criteria], [g.id for g in gates], [o.id for o in appraisal.scored_options], rows,
                    HEADER_ROW + 1 + len(labels), ranged)
    for label, row in rows.items():
        sheet.text(f"A{row}", label, NOTE)
    for i, c in enumerate(criteria):
        col = layout.criterion_column(i)
        sheet.text(f"{col}{rows['id']}", c.id, NOTE)
        sheet.text(f"{col}{rows['type']}", c.type, NOTE)
        if measures:
            sheet.text(f"{col}{rows['unit']}", c.unit, NOTE)
            sheet.text(f"{col}{rows['direction']}", c.direction, NOTE)
        ends = (low, high) if not c.is_measure else c.range
        if ends is not None:
            sheet.number(f"{col}{rows['worst']}", number(ends[0]))
            sheet.number(f"{col}{rows['best']}", number(ends[1]))
        if c.function is not None:  # as criteria.yaml writes it, so that import reads it back
            sheet.text(f"{col}{rows['value function']}", function_text(c.function), NOTE)
        sheet.formula(f"{col}{rows['weight']}", f"=Weights!C{2 + i}", number(raw[c.id]), RAW_WEIGHT)
    for i, g in enumerate(gates):
        col = layout.gate_column(i)
        sheet.text(f"{col}{rows['id']}", g.id, NOTE)
        sheet.text(f"{col}{rows['type']}", "gate", NOTE)
    description = first_note + len(notes)
    for option in appraisal.scored_options:
        r = layout.scores_row(option.id)
        sheet.text((r, 1), option.name)
        sheet.text((r, 2), option.id)
        _option_row(sheet, layout, option, r)
        for k, (_, suffix, item, kind) in enumerate(notes):
            said = getattr(option, kind)[item]
            text = said.rationale if suffix == "rationale" else "\n".join(f"- {e}" for e in said.evidence)
            if text:  # wrapped in its column, the row as tall as it needs: no text is cut
                sheet.text((r, first_note + k), text, WRAP, fit=False)
        sheet.text((r, description), option.description, WRAP, grow=False)  # the scores' rows stay one line
    _score_colours(sheet, appraisal, layout)
    last_column = column(2 + len(criteria) + len(gates) + 2 * len(ranged))
    sheet.ws.print_area(f"A1:{last_column}{layout.last_option_row}")  # the descriptions are for the screen
    sheet.ws.freeze_panes(f"C{layout.first_option_row}")
    for k in range(len(notes)):
        sheet.width(column(first_note + k), 50)
    sheet.width(column(description), 60)
    return layout


def _rule(appraisal: Appraisal) -> str:
    """The shortlist rule as import reads it: 'top 2; min_score 50; within 10'."""
    rule = appraisal.shortlist
    parts = [f"{k} {v:g}" for k, v in (("top", rule.top), ("min_score", rule.min_score), ("within", rule.within))
             if v is not None]
    return "; ".join(parts)


def _option_row(sheet: Sheet, layout: Layout, option: Option, r: int) -> None:
    for i, cid in enumerate(layout.criteria):
        a = option.scores[cid]
        sheet.number((r, layout.criterion_number(i)), number(a.point or 0.0), None, INPUT)
        if cid in layout.ranged:
            first = layout.ranged[cid]
            for k, bound in enumerate((a.low, a.high)):
                if bound is not None:
                    sheet.number((r, first + k), number(bound), None, INPUT)
    for i, gid in enumerate(layout.gates):
        sheet.text((r, layout.gate_number(i)), option.gates[gid].result, INPUT)


def _score_colours(sheet: Sheet, appraisal: Appraisal, layout: Layout) -> None:
    """A red-amber-green scale on each criterion's scores; red and amber on failed and conditional gates."""
    first, last = layout.first_option_row, layout.last_option_row
    ws = sheet.ws
    for i, c in enumerate(appraisal.criteria):
        col = layout.criterion_column(i)
        worst, best = (RED, GREEN) if c.direction != "lower" else (GREEN, RED)
        rule = {"type": "3_color_scale", "min_color": worst, "mid_type": "percentile", "mid_value": 50,
                "mid_color": AMBER, "max_color": best}
        if not (c.is_measure and c.range is None):
            ends = sorted(c.range or appraisal.scale)
            rule.update({"min_type": "num", "min_value": ends[0], "max_type": "num", "max_value": ends[1]})
        ws.conditional_format(f"{col}{first}:{col}{last}", rule)
    if layout.gates:
        cells = f"{layout.gate_column(0)}{first}:{layout.gate_column(len(layout.gates) - 1)}{last}"
        top = f"{layout.gate_column(0)}{first}"
        for word, colour in (("fail", RED), ("conditional", AMBER)):
            ws.conditional_format(cells, {"type": "formula", "criteria": f'={top}="{word}"',
                                          "format": sheet.book.format({"bg_color": colour})})
        ws.data_validation(cells, {"validate": "list", "source": ["pass", "conditional", "fail"],
                                   "ignore_blank": False})
    low, high = appraisal.scale
    scale = [f"{layout.criterion_column(i)}{first}:{layout.criterion_column(i)}{last}"
             for i, c in enumerate(appraisal.criteria) if not c.is_measure]
    if scale:
        ws.data_validation(scale[0], {
            "validate": "decimal", "criteria": "between", "minimum": low, "maximum": high, "ignore_blank": False,
            "error_title": "Off the scale", "error_message": f"A score is a number from {low:g} to {high:g}.",
            "multi_range": " ".join(scale)})


def _weights(sheet: Sheet, result: Result) -> None:
    appraisal = result.appraisal
    raw = appraisal.weights(result.scenario, result.overrides)
    sheet.header(1, ["Criterion", "id", "Weight", "Normalised weight", "Description"])
    last = 1 + len(appraisal.criteria)
    for i, c in enumerate(appraisal.criteria):
        r = 2 + i
        sheet.text(f"A{r}", c.name)
        sheet.text(f"B{r}", c.id)
        sheet.number(f"C{r}", number(raw[c.id]), RAW_WEIGHT, INPUT)
        sheet.formula(f"D{r}", f"=C{r}/SUM(C$2:C${last})", float(result.weights[c.id]), PERCENT)
        sheet.text(f"E{r}", c.description, WRAP)
    sheet.ws.data_validation(f"C2:C{last}", {
        "validate": "decimal", "criteria": ">=", "value": 0, "ignore_blank": False,
        "error_title": "Not a weight", "error_message": "A weight is a number >= 0."})
    sheet.text(f"A{last + 2}", "Edit the Weight column (any positive numbers): the normalised weights, values, "
                               "scores and ranks recalculate.", NOTE, fit=False)
    how = []
    if result.scenario:
        how.append(f"scenario '{result.scenario}'")
    if result.overrides:
        how.append("overrides " + ", ".join(f"{k}={v:g}" for k, v in result.overrides.items()))
    if how:
        sheet.text(f"A{last + 3}", "Weights as exported with " + " and ".join(how) + ".", NOTE, fit=False)
    record = appraisal.weighting
    if record is not None:
        tree = (f", a value tree of {len(record.groups)} group{'s' * (len(record.groups) != 1)} "
                f"{record.depth() + 1} levels deep") if record.groups else ""
        carried = ("the Weighting sheet holds the record, which an import into an empty folder writes back"
                   if recorded(result) else
                   "an import reads the weights above back as stated weights, without the record")
        sheet.text(f"A{last + 4}", f"{WEIGHTING_NOTE} (top level: {record.method}{tree}); {carried}.", NOTE,
                   fit=False)
    _tree(sheet, result, last + 5)
    sheet.ws.freeze_panes("A2")


def _tree(sheet: Sheet, result: Result, top: int) -> None:
    """The value tree under the weights, as criteria.yaml derives it: a row a node, depth first,
    each indented under its group, with its weight within its parent's level and overall; then
    each option's score split by group (``score --by-group``), as exported."""
    from adm_appraise.render.score import group_contributions

    appraisal = result.appraisal
    record = appraisal.weighting
    if record is None or not record.groups:
        return
    within, overall = record.within(), record.overall()
    groups = {g.id: g for g in record.groups}
    names = {c.id: c.name for c in appraisal.criteria} | {g.id: g.name for g in record.groups}
    sheet.text(f"A{top}", "The value tree as criteria.yaml weighs it (not recalculated when the weights above "
                          "are edited): each node's weight within its group, and overall.", NOTE, fit=False)
    sheet.header(top + 1, ["Node", "id", "Within group", "Weight", "Group"])
    row = top + 2

    def visit(items: tuple[str, ...], depth: int, parent: str | None) -> None:
        nonlocal row
        for item in items:
            sheet.text(f"A{row}", "    " * depth + names.get(item, item) + (" (group)" if item in groups else ""))
            sheet.text(f"B{row}", item)
            sheet.number(f"C{row}", within[item], PERCENT)
            sheet.number(f"D{row}", overall[item], PERCENT)
            sheet.text(f"E{row}", names[parent] if parent is not None else "(top level)")
            row += 1
            if item in groups:
                visit(groups[item].level.items, depth + 1, item)

    visit(record.top.items, 0, None)
    # an option a row (a sheet has 16,384 columns), a node of the tree a column
    split = group_contributions(result)
    nodes = split["nodes"]
    row += 1
    sheet.text(f"A{row}", "Each option's score split by group, as exported (not recalculated), in ranking order: the "
                          "columns not marked '·' add up to the score; a column marked '·' is part of the group "
                          "before it.", NOTE, fit=False)
    # the figures centred under their titles: these columns' widths are the tables' above (a description's)
    sheet.header(row + 1, ["Option", "id"])
    sheet.header(row + 1, [*("· " * n["depth"] + n["name"] + (" (group)" if n["kind"] == "group" else "")
                             for n in nodes), "Score"], 3, CENTRE)
    sheet.text(f"B{row + 2}", "node id", NOTE)
    for j, n in enumerate(nodes):
        sheet.text((row + 2, 3 + j), n["id"], NOTE, CENTRE)
    row += 3
    for o in split["options"]:
        sheet.text((row, 1), o["name"])
        sheet.text((row, 2), o["id"])
        for j, n in enumerate(nodes):
            sheet.number((row, 3 + j), n["contributions"][o["id"]], ONE_DECIMAL, CENTRE)
        sheet.number((row, 3 + len(nodes)), o["score"], ONE_DECIMAL, BOLD, CENTRE)
        row += 1


def _values(sheet: Sheet, appraisal: Appraisal, layout: Layout) -> dict[str, np.ndarray]:
    """The Values sheet; returns what its formulas compute: criterion id -> values in Scores order."""
    sheet.header(1, ["Option", "id", *(c.name for c in appraisal.criteria)])
    sheet.text("A2", "worst (value 0)", NOTE)
    sheet.text("A3", "best (value 100)", NOTE)
    first, last = layout.first_option_row, layout.last_option_row
    computed: dict[str, np.ndarray] = {}
    for i, c in enumerate(appraisal.criteria):
        col = layout.criterion_column(i)
        x = np.array([o.scores[c.id].point or 0.0 for o in appraisal.scored_options], dtype=float)
        if c.is_measure and c.range is None:  # a local scale: worst and best among the options
            span = f"Scores!{col}${first}:{col}${last}"
            low, high = (f"=MIN({span})", float(x.min())), (f"=MAX({span})", float(x.max()))
            worst, best = (high, low) if c.direction == "lower" else (low, high)
        else:
            ends = (c.range or appraisal.scale)
            worst = (f"=Scores!{col}${layout.labels['worst']}", float(ends[0]))
            best = (f"=Scores!{col}${layout.labels['best']}", float(ends[1]))
        sheet.formula(f"{col}2", worst[0], number(worst[1]), None, NOTE)
        sheet.formula(f"{col}3", best[0], number(best[1]), None, NOTE)
        w, b = worst[1], best[1]
        computed[c.id] = np.full(len(x), 100.0) if b == w else (
            100 * (x - w) / (b - w) if c.function is None else np.array([to_value(v, w, b, c.function) for v in x]))
    # a criterion's column, its formula with the row of Scores it reads left as {0}, and its values
    columns = []
    for i, c in enumerate(appraisal.criteria):
        col = layout.criterion_column(i)
        z = f"(Scores!{col}{{0}}-{col}$2)/({col}$3-{col}$2)"
        columns.append((layout.criterion_number(i), f"=IF({col}$3={col}$2,100,{function_formula(c.function, z)})",
                        computed[c.id].tolist()))
    for k, option in enumerate(appraisal.scored_options):
        r, s = layout.values_row(option.id), layout.scores_row(option.id)
        sheet.text((r, 1), option.name)
        sheet.text((r, 2), option.id)
        for at, formula, values in columns:
            sheet.formula((r, at), formula.format(s), values[k], ONE_DECIMAL)
    sheet.ws.freeze_panes(f"C{VALUES_FIRST}")
    return computed


def function_formula(function: ValueFunction | None, z: str) -> str:
    """A value function as a spreadsheet formula of ``z``, the linear value as a fraction 0-1.

    Linear: 100*z. Exponential: 100*(1-EXP(-c*z))/(1-EXP(-c)). Piecewise and discrete: the
    straight line of the segment z falls in, by nested IFs (z beyond the last point: 100).
    """
    if function is None:
        return f"100*{z}"
    if function.type == "exponential":
        c = function.shape
        return f"100*{z}" if c == 0 else f"100*(1-EXP({_g(-c)}*{z}))/(1-EXP({_g(-c)}))"
    knots = [(_g(a), _g(b)) for a, b in function.knots]
    formula = knots[-1][1]
    for (z0, v0), (z1, v1) in reversed(list(zip(knots, knots[1:], strict=False))):
        formula = f"IF({z}<={z1},{v0}+({v1}-{v0})*({z}-{z0})/({z1}-{z0}),{formula})"
    return formula


def _g(x: float) -> str:
    """A number as a formula gives it, exactly: 0.4, 70 (not 70.0), 0.3333333333333333."""
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def _ranking(sheet: Sheet, result: Result, layout: Layout, values: dict[str, np.ndarray]) -> None:
    appraisal = result.appraisal
    n_gates, n_crit = len(layout.gates), len(layout.criteria)
    gate_at = [7 + i for i in range(n_gates)]  # the gates' and contributions' column numbers, then letters
    contrib_at = [7 + n_gates + i for i in range(n_crit)]
    gate_cols, contrib_cols = [column(c) for c in gate_at], [column(c) for c in contrib_at]
    sheet.header(1, ["Rank", "Option", "id", "Score", "Eligible", "Shortlisted",
                     *(f"Gate: {g.name}" for g in appraisal.gates), *(c.name for c in appraisal.criteria)])
    sheet.text("B2", "normalised weight", NOTE)
    weights = [float(result.weights[cid]) for cid in layout.criteria]
    for i, col in enumerate(contrib_cols):
        sheet.formula(f"{col}2", f"=Weights!D{2 + i}", weights[i], PERCENT, NOTE)
    order = [str(i) for i in result.table.index]
    table = result.table
    first, last = RANKING_FIRST, RANKING_FIRST + len(order) - 1
    eligible, score = f"$E${first}:$E${last}", f"$D${first}:$D${last}"
    leader = f'SUMPRODUCT(MAX(({eligible}="yes")*{score}))'
    ranks, scores = table["rank"].tolist(), table["score"].tolist()
    eligibles, shortlisted = table["eligible"].tolist(), table["shortlisted"].tolist()
    # the contributions: a criterion's column number, its formula with the row of Values left as {0},
    # its weight and its values
    contributions = [(contrib_at[i], f"={col}$2*Values!{layout.criterion_column(i)}{{0}}", weights[i],
                      values[layout.criteria[i]].tolist()) for i, col in enumerate(contrib_cols)]
    for k, oid in enumerate(order):
        r, v, s = first + k, layout.values_row(oid), layout.scores_row(oid)
        option = appraisal.option(oid)
        rank = "-" if pd.isna(ranks[k]) else int(ranks[k])
        sheet.formula((r, 1), f'=IF(E{r}="yes",COUNTIFS({eligible},"yes",{score},">"&(D{r}+{TIE:.0E}))+1,"-")',
                      rank, None, BOLD, CENTRE)
        sheet.text((r, 2), option.name)
        sheet.text((r, 3), option.id)
        span = f"Values!{layout.criterion_column(0)}{v}:{layout.criterion_column(n_crit - 1)}{v}"
        sheet.formula((r, 4), f"=SUMPRODUCT(${contrib_cols[0]}$2:${contrib_cols[-1]}$2,{span})",
                      float(scores[k]), ONE_DECIMAL, BOLD)
        yes = "yes" if eligibles[k] else "no"
        if n_gates:
            gates = f"Scores!{layout.gate_column(0)}{s}:{layout.gate_column(n_gates - 1)}{s}"
            sheet.formula((r, 5), f'=IF(COUNTIF({gates},"fail")=0,"yes","no")', yes)
        else:
            sheet.text((r, 5), yes)
        sheet.formula((r, 6), _shortlist_formula(appraisal, r, leader), "yes" if shortlisted[k] else "no")
        for i, place in enumerate(gate_at):
            sheet.formula((r, place), f"=Scores!{layout.gate_column(i)}{s}", option.gates[layout.gates[i]].result)
        at = layout.index[oid]
        for c, formula, weight, by_option in contributions:
            sheet.formula((r, c), formula.format(v), weight * by_option[at], ONE_DECIMAL)
    ws, fmt = sheet.ws, sheet.book.format
    cells = f"A{first}:{column(6 + n_gates + n_crit)}{last}"
    ws.conditional_format(cells, {"type": "formula", "criteria": f'=$E{first}="no"',
                                  "format": fmt({"font_color": "#808080"})})
    ws.conditional_format(f"F{first}:F{last}", {"type": "formula", "criteria": f'=F{first}="yes"',
                                                "format": fmt({"bg_color": GREEN})})
    if gate_cols:
        cells = f"{gate_cols[0]}{first}:{gate_cols[-1]}{last}"
        for word, colour in (("fail", RED), ("conditional", AMBER)):
            ws.conditional_format(cells, {"type": "formula", "criteria": f'={gate_cols[0]}{first}="{word}"',
                                          "format": fmt({"bg_color": colour})})
    notes = [
        "Score: SUMPRODUCT of the normalised weights and the option's 0-100 values (Values sheet); the criterion "
        "columns are the contributions (weight x value).",
        "Eligible: no gate marked 'fail' (Scores sheet). Rank: among eligible options only, 1 + the number scoring "
        "higher; scores within 1e-9 share a rank. Ineligible options are shown, never ranked or shortlisted.",
        f"Shortlisted: {appraisal.shortlist.describe()}.",
        "Rows are in the order of the ranking at export; the formulas re-rank when weights, scores or gates change.",
    ]
    if result.sifted_out:  # no scores to compute with: not on the Scores, Values or Ranking rows
        out = [appraisal.option(oid) for oid in result.sifted_out]
        notes.append("Sifted out at a gate and not scored (not in this workbook's tables): " + "; ".join(
            f"{o.name} ({o.id}), failing {', '.join(o.failed_gates())}" for o in out))
    for i, text in enumerate(notes):
        sheet.text(f"A{last + 2 + i}", text, NOTE, fit=False)
    ws.freeze_panes(f"D{first}")


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


