"""The risk register, presented: ``risks``' table, Markdown and JSON, and the report's context
with a probability x impact matrix (heat map) for each shortlisted option.

Amounts are in the economics unit at two decimals (present values), probabilities as percentages;
text from the files is escaped as in :mod:`adm_appraise.render.score`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tabulate import tabulate

from adm_appraise.analysis.risks import IMPACT_NAMES, PROBABILITY_NAMES
from adm_appraise.render.columns import DEFAULT_WIDTH, money_text, terminal_table, wrap_lines
from adm_appraise.render.text import json_text, markdown_text, terminal_text


def _percent(p: float) -> str:
    return f"{p * 100:.3g}%"


def _money(x: float | None) -> str:
    return "-" if x is None else f"{x:,.2f}"


def _impact_text(impact: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """'£0.29m PV; Staff terms -1': the cost (present value) and score changes in words."""
    parts = []
    if impact["cost_pv"] is not None:
        parts.append(f"{_money(impact['cost_pv'])} PV")
    elif impact["cost"] is not None:
        parts.append(f"{_money(sum(impact['cost'].values()))} (undiscounted)")
    parts += [f"{names.get(c, c)} {v:+g}" for c, v in impact["criteria"].items()]
    return "; ".join(parts) or "none"


def _position(impact: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """'30%: 0.14 PV; Staff terms -1'."""
    return f"{_percent(impact['probability'])}: {_impact_text(impact, names)}"


def rating(cell: Mapping[str, Any], times: str = "x") -> str:
    """'P3 x I4 = 12' for a risk's place on the matrix ('P3, no impact' without an impact)."""
    p, i = cell["probability_band"], cell["impact_band"]
    return f"P{p}, no impact" if i is None else f"P{p} {times} I{i} = {p * i}"


def render_risks(context: dict[str, Any], fmt: str, title: str, names: Mapping[str, str] | None = None,
                 width: int | None = DEFAULT_WIDTH) -> str:
    """``risks``' output: the register, then each option's risks and risk-adjusted cost. Tables
    name options and criteria by name (``names``: id -> name), or by id where ``names`` is None;
    JSON always carries ids. A terminal's running text is wrapped to ``width``."""
    if fmt == "json":
        return json_text({"title": title, **context})
    markdown = fmt == "markdown"
    escape: Callable[[str], str] = markdown_text if markdown else terminal_text
    label = dict(names or {})
    out: list[str] = []

    def heading(text: str, level: int) -> None:
        out.extend([f"{'#' * level} {escape(text)}" if markdown else escape(text), ""])

    def table(headers: list[str], rows: list[list[str]], wrap: tuple[int, ...], align: str) -> None:
        aligns = ["left" if a == "l" else "right" for a in align]
        if markdown:
            out.extend([tabulate(rows, headers, tablefmt="pipe", disable_numparse=True, colalign=aligns), ""])
        else:
            stages = [[(j, 12) for j in wrap], [(j, 1) for j in range(len(headers))]]
            out.extend([terminal_table(headers, rows, width, stages, align=aligns), ""])

    heading(f"{title}: risk register", 2)
    if context["description"]:
        out.extend([escape(context["description"].strip()), ""])
    unit = context["unit"] or ""
    rows = []
    for r in context["risks"]:
        applies = "all" if r["options"] == "all" else ", ".join(r["options"])  # ids: a list of names is too long
        residual = r["residual"]
        rows.append([
            escape(r["id"] if names is None else r["title"]), escape(applies),
            escape(_position(r["inherent"], label)),
            "-" if residual is None else escape(_position(residual, label)),
            escape(r["owner"] or "-"), r["status"],
        ])
    heading("Risks", 3)
    table(["Risk", "Options (ids)", "Before mitigation", "After mitigation", "Owner", "Status"], rows,
          (0, 1, 2, 3, 4), "llllll")
    out.extend([escape(f"Before and after mitigation: the probability, then the impact if it occurs: the cost "
                       f"(present value{', ' + unit if unit else ''}) and the change of score on each criterion "
                       "named. The economic case counts the position after mitigation where it is given, a closed risk "
                       "as nothing and one that has occurred as certain."), ""])
    heading("By option", 3)
    rows = []
    for o in context["options"]:
        cells = sorted(o["matrix"], key=lambda c: -(c["probability_band"] * (c["impact_band"] or 0)))
        top = ", ".join(f"{c['risk']} ({rating(c)})" for c in cells[:3]) or "-"
        rows.append([escape(o["id"] if names is None else o["name"]), str(len(o["matrix"])), escape(top),
                     _money(o["expected_cost"]) if o["expected_cost"] is not None else "-"])
    table(["Option", "Open risks", "Highest rated", f"Risk-adjusted cost ({unit})" if unit else "Risk-adjusted cost"],
          rows, (0, 2), "lrlr")
    out.extend([escape("Rated on a 5 x 5 matrix: probability bands P1-P5 (" + ", ".join(PROBABILITY_NAMES)
                       + ") by impact bands I1-I5 (" + ", ".join(IMPACT_NAMES) + "). Risk-adjusted cost: the "
                       "expected value of the priced risks (probability x present value), added to PVC beside "
                       "optimism bias in 'value'; a risk the baseline runs too cancels and is not added."), ""])
    text = "\n".join(out).rstrip("\n") + "\n"
    return text if markdown else wrap_lines(text, width)


def matrix_grid(option: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The 5 x 5 heat map of one option as rows, very likely first: each cell with its band numbers,
    its score (P x I) and the risks in it."""
    rows = []
    for p in range(5, 0, -1):
        cells = []
        for i in range(1, 6):
            risks = [c["risk"] for c in option["matrix"] if c["probability_band"] == p and c["impact_band"] == i]
            cells.append({"probability": p, "impact": i, "score": p * i, "risks": risks,
                          "level": "high" if p * i >= 15 else "medium" if p * i >= 6 else "low"})
        rows.append({"probability": p, "name": PROBABILITY_NAMES[p - 1], "cells": cells})
    return rows


def risks_context(appraisal: Any, shortlist: list[str]) -> dict[str, Any] | None:
    """The report's ``risks`` key: None without a risks.yaml. Every risk, and a heat map for each
    shortlisted option."""
    if appraisal.risks is None:
        return None
    from adm_appraise.analysis.risks import register_dict

    data = register_dict(appraisal)
    names = {o.id: o.name for o in appraisal.options} | {c.id: c.name for c in appraisal.criteria}
    titles = {r["id"]: r["title"] for r in data["risks"]}
    for r in data["risks"]:
        r["options_text"] = "all options" if r["options"] == "all" else ", ".join(names.get(o, o) for o in r["options"])
        r["impact_text"] = _impact_text(r["inherent"], names)
        r["residual_text"] = None if r["residual"] is None else _impact_text(r["residual"], names)
    maps = []
    by_id = {o["id"]: o for o in data["options"]}
    for o in (by_id[oid] for oid in shortlist if oid in by_id):  # in the shortlist's order
        cells = [{**c, "title": titles[c["risk"]], "rating": rating(c, "×")} for c in o["matrix"]]
        cost = o["expected_cost"]
        maps.append({**o, "grid": matrix_grid(o), "cells": cells,
                     "expected_text": None if cost is None else money_text(cost, data["unit"] or ""),
                     "no_impact": [c["risk"] for c in o["matrix"] if c["impact_band"] is None]})
    return {**data, "heat_maps": maps, "probability_names": list(PROBABILITY_NAMES),
            "impact_names": list(IMPACT_NAMES)}
