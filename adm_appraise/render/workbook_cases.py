"""The workbook's sheets for what an appraisal may add: the economic case, the panel, the long list.

Each holds what ``adm-appraise value``, ``panel`` and ``longlist`` show, as values, with names
beside ids; the economic case's present values are formulas over its cash flows by year.
"""

from __future__ import annotations

from typing import Any

from adm_appraise.analysis.economics import value_for_money
from adm_appraise.analysis.method import Result
from adm_appraise.analysis.panel import analyse_panel
from adm_appraise.analysis.risks import expected_flows
from adm_appraise.render.longlist import longlist_context
from adm_appraise.render.xlsx import BOLD, NOTE, TITLE, WRAP, Ref, Sheet, column

MONEY = "#,##0.000"
RATIO = "0.00"


def _put(sheet: Sheet, ref: Ref, value: Any, number_format: str | None = None) -> None:
    """A number, or nothing for None (pandas reads it as NaN, as JSON has null)."""
    if isinstance(value, bool):
        sheet.text(ref, "yes" if value else "no")
    elif isinstance(value, (int, float)):
        sheet.number(ref, value, number_format)
    elif value is not None:
        sheet.text(ref, str(value))


def economics_sheet(sheet: Sheet, result: Result) -> None:
    """Present values, NPSV and BCR per option, then every cost and benefit line by year."""
    appraisal = result.appraisal
    v = value_for_money(appraisal, appraisal.weights(result.scenario, result.overrides))
    e = v.economics
    unit = e.unit
    sheet.text("A1", "Economic case", TITLE, fit=False)
    risked = " and the expected value of the priced risks" if v.register else ""
    sheet.text("A2", f"Present values in {unit}, {e.price_base or 'real terms'}, base year {e.base_year}, discounted "
                     f"({e.discount}) over {v.years[0]}-{v.years[-1]}; costs include optimism bias{risked}. "
                     "Values computed by adm-appraise value at export (the present values by line below are "
                     "formulas).", NOTE, fit=False)
    risk = [f"Risk ({unit})"] if v.register else []  # the expected value of the priced risks (risks.yaml)
    sheet.header(4, ["Option", "id", "Benefit score", "Eligible", f"PV capital ({unit})", f"PV operating ({unit})",
                     f"Optimism bias ({unit})", *risk, f"PVC ({unit})", f"PVB ({unit})", f"NPSV ({unit})", "BCR",
                     "On the frontier"])
    keys = ("pv_capital", "pv_operating", "optimism_bias", *(["risk"] if v.register else []), "pvc", "pvb", "npsv")
    row = 5
    for o in v.options:
        d = o.to_dict()
        sheet.text((row, 1), o.name)
        sheet.text((row, 2), o.id)
        sheet.number((row, 3), o.score, "0.0")
        _put(sheet, (row, 4), o.eligible)
        for k, key in enumerate(keys):
            _put(sheet, (row, 5 + k), d[key], MONEY)
        _put(sheet, (row, 5 + len(keys)), d["bcr"], RATIO)
        _put(sheet, (row, 6 + len(keys)), o.frontier)
        row += 1
    row += 1
    if v.preferred:
        sheet.text(f"A{row}", f"Best NPSV among eligible options: {appraisal.option(v.preferred).name} "
                              f"({v.preferred}).", BOLD, fit=False)
        row += 2
    _lines(sheet, result, v, row)


def _lines(sheet: Sheet, result: Result, v: Any, row: int) -> None:
    appraisal = result.appraisal
    years = list(v.years)
    first, last = column(4), column(3 + len(years))
    pv, bias, total = 4 + len(years), 5 + len(years), 6 + len(years)  # their column numbers
    sheet.text(f"A{row}", f"Cash flows by year ({v.economics.unit}, real terms, as estimated)", BOLD, fit=False)
    sheet.header(row + 1, ["Option", "id", "Line", *(str(y) for y in years), "PV as estimated", "Optimism bias",
                           "PV"])
    factors = row + 2
    sheet.text(f"C{factors}", "discount factor", NOTE)
    for k, f in enumerate(v.factors.tolist()):
        sheet.number(f"{column(4 + k)}{factors}", f, "0.0000")
    row = factors + 1
    for o in v.options:
        option = appraisal.option(o.id)
        flows = {**(option.costs.lines() if option.costs else {}), **option.benefits}
        for line in o.lines:
            sheet.text((row, 1), o.name)
            sheet.text((row, 2), o.id)
            sheet.text((row, 3), {"benefit": f"benefit: {line.name}", "risk": "risk (expected value)"}.get(
                line.kind, line.name))
            if line.kind == "risk":  # probability x amount, year by year, over the priced risks
                by_year = expected_flows(appraisal, o.id)
            else:
                by_year = flows[line.name].flows if line.name in flows else {}
            for k, year in enumerate(years):
                sheet.number((row, 4 + k), by_year.get(year, 0.0), MONEY)
            sheet.formula((row, pv), f"=SUMPRODUCT({first}{row}:{last}{row},${first}${factors}:${last}${factors})",
                          line.base, MONEY)
            sheet.number((row, bias), line.uplift, MONEY)
            sheet.formula((row, total), f"={column(pv)}{row}+{column(bias)}{row}", line.pv, MONEY)
            row += 1
    sheet.ws.freeze_panes("C5")


def panel_sheet(sheet: Sheet, result: Result) -> None:
    """Each assessor's score of each option on each criterion, the median, range and moderated score."""
    appraisal = result.appraisal
    found = analyse_panel(result)
    assessors = list(found.panel.assessors)
    option = {o.id: o.name for o in appraisal.options}
    criterion = {c.id: c.name for c in appraisal.criteria}
    settings = found.panel.settings
    sheet.text("A1", "Scoring panel", TITLE, fit=False)
    sheet.text("A2", f"Each assessor's own score; the panel's {settings.aggregate}, the range (flagged at "
                     f"{settings.disagreement:g} or more) and the moderated score used in the appraisal. A blank "
                     "score: the assessor abstained or declared a conflict. Values computed by adm-appraise "
                     "panel at export.", NOTE, fit=False)
    sheet.header(4, ["Option", "id", "Criterion", "criterion id", *(a.name for a in assessors), "Median", "Mean",
                     "Low", "High", "Range", "Moderated", "Flags"])
    row = 5
    for c in found.cells:
        sheet.text(f"A{row}", option[c.option])
        sheet.text(f"B{row}", c.option)
        sheet.text(f"C{row}", criterion[c.criterion])
        sheet.text(f"D{row}", c.criterion)
        for k, a in enumerate(assessors):
            _put(sheet, f"{column(5 + k)}{row}", c.scores.get(a.id))
        at = 5 + len(assessors)
        for k, x in enumerate((c.median, c.mean, c.low, c.high, c.range, c.moderated)):
            _put(sheet, f"{column(at + k)}{row}", x, None if k != 1 else "0.00")
        sheet.text(f"{column(at + 6)}{row}", ", ".join(c.flags))
        row += 1
    row += 1
    sheet.text(f"A{row}", "Agreement (Krippendorff's alpha, interval)", BOLD, fit=False)
    sheet.header(row + 1, ["Criterion", "id", "Alpha", "Options"])
    row += 2
    for g in found.agreement:
        sheet.text(f"A{row}", criterion[g.criterion] if g.criterion else "All criteria")
        sheet.text(f"B{row}", g.criterion or "")
        _put(sheet, f"C{row}", g.alpha, "0.00")
        sheet.number(f"D{row}", g.units)
        row += 1
    row += 1
    sheet.header(row, ["Assessor", "id", "Role and organisation", "Interests declared"])
    for a in assessors:
        row += 1
        sheet.text(f"A{row}", a.name)
        sheet.text(f"B{row}", a.id)
        sheet.text(f"C{row}", ", ".join(x for x in (a.role, a.organisation) if x), squeeze=True)
        sheet.text(f"D{row}", a.interests, squeeze=True)  # wrapped within the criterion ids' column
    sheet.ws.freeze_panes("C5")


def longlist_sheet(sheet: Sheet, result: Result) -> None:
    """The long list's choices by dimension (status, reason, assessment), then what each option combines."""
    context = longlist_context(result.appraisal)
    assert context is not None
    keys = context["key_of"]
    names = {o["id"]: o["text"] for o in context["objectives"]} | {f["id"]: f["name"] for f in context["csfs"]}
    sheet.text("A1", "Long list", TITLE, fit=False)
    sift = context["sift"]
    sheet.text("A2", f"{sift['total']} choices in {sift['dimensions']} dimensions: {sift['preferred']} preferred, "
                     f"{sift['carried_forward']} carried forward, {sift['discounted']} discounted. Assessed against "
                     "the spending objectives (O) and critical success factors (C) listed below.", NOTE, fit=False)
    sheet.header(4, ["Dimension", "Choice", "id", "Status", "Reason", *(keys[k] for k in context["columns"])])
    row = 5
    for d in context["dimensions"]:
        for c in d["choices"]:
            sheet.text(f"A{row}", d["name"])
            sheet.text(f"B{row}", c["name"])
            sheet.text(f"C{row}", c["id"])
            sheet.text(f"D{row}", c["status_text"])
            sheet.text(f"E{row}", c["reason"])
            for k, key in enumerate(context["columns"]):
                found = c["assessment"].get(key)
                sheet.text(f"{column(6 + k)}{row}", found["result"] if found else "")
            row += 1
    row += 1
    # the tables below share the columns above: long text in Choice (B) and Reason (E) only
    sheet.header(row, ["Key", "Objective or critical success factor", "id"])
    for key in context["columns"]:
        row += 1
        sheet.text(f"A{row}", keys[key])
        sheet.text(f"B{row}", names[key], WRAP)
        sheet.text(f"C{row}", key)
    row += 2
    sheet.header(row, ["Option", "id", "Role", "Combines (long-list choices)"], first_column=2)
    for o in context["shortlist"]:
        row += 1
        sheet.text(f"B{row}", o["name"])
        sheet.text(f"C{row}", o["id"])
        sheet.text(f"D{row}", o["role_text"])
        sheet.text(f"E{row}", "; ".join(x["name"] for x in o["origin"]), WRAP)
    sheet.ws.freeze_panes("A5")
