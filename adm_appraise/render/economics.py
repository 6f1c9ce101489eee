"""The economic case, presented: ``value``'s table, Markdown and JSON, and the report's context.

Amounts are in the appraisal's unit at two decimals, benefit scores at one; text from the
files is escaped as in :mod:`adm_appraise.render.score`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tabulate import tabulate

from adm_appraise.analysis.economics import OptionValue, ValueForMoney
from adm_appraise.greenbook import SCHEDULE_NAMES
from adm_appraise.render import charts
from adm_appraise.render.columns import DEFAULT_WIDTH, listed, money_text, terminal_table, wrap_lines
from adm_appraise.render.numbers import figure
from adm_appraise.render.text import json_text, markdown_text, terminal_text


def money(x: float | None) -> str:
    return "-" if x is None else f"{x:,.2f}"


def percent(x: float | None, digits: int = 1) -> str:
    return "-" if x is None else f"{x * 100:+.{digits}f}%"


def line_label(line: str, ids: bool = False) -> str:
    """A switching value's line in words: 'capital costs', 'benefit: avoided placement costs'
    (``ids``: as the JSON names it, 'capital', 'benefit:avoided_placement_costs')."""
    if ids:
        return line
    kind, _, name = line.partition(":")
    return f"benefit: {name.replace('_', ' ')}" if name else f"{kind} costs"


def assumptions(v: ValueForMoney, names: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(label, text) pairs: what the present values rest on, in words (``names``: criteria and
    options by name rather than id)."""
    label = (lambda key: key) if names is None else (lambda key: names.get(key, key))
    e = v.economics
    if e.discount == "constant":
        discount = f"a constant {e.rate:g}% a year"
    else:
        discount = SCHEDULE_NAMES[e.discount]
    first, last = v.years[0], v.years[-1]
    u = v.uplift
    if u.basis == "none stated":
        bias = "none stated"
    else:
        parts = []
        for line, applied, upper in (("capital", u.capital, u.upper_capital), ("operating", u.operating,
                                                                                u.upper_operating)):
            if upper:
                parts.append(f"{applied * 100:.3g}% on {line} costs")
        mitigated = f", {u.mitigation * 100:g}% of it mitigated" if u.mitigation else ""
        bias = f"{u.basis}{mitigated}: " + (", ".join(parts) or "0%")
        if u.works_duration:
            bias += f"; works duration upper bound {u.works_duration * 100:.3g}% (reported, not costed)"
        if e.optimism_bias and e.optimism_bias.evidence:
            bias += " (evidence: " + "; ".join(e.optimism_bias.evidence) + ")"
    own = [label(o.id) for o in v.options if o.uplift != u and o.costed]
    if own:
        bias += "; options with their own: " + listed(own)
    found = [
        ("Prices", f"{e.price_base or 'price base not stated'}; amounts in {e.unit}"),
        ("Discounting", f"{discount}; base year {first} (year 0), {len(v.years)} year{'s' * (len(v.years) != 1)} "
                        f"({first}-{last})"),
        ("Optimism bias", bias),
    ]
    if v.register:
        found.append(("Risk", RISK_NOTE))
    return [*found, ("Benefit score", "the MCA weighted sum (0-100), weights " + _weights(v, label))]


RISK_NOTE = ("the expected value of the priced risks in risks.yaml (probability x present value of the cost if "
             "it occurs; the residual position where given; closed risks count for nothing, risks that have "
             "occurred as certain), added to PVC beside optimism bias (Green Book 2022, 2.16); optimism bias is "
             "reduced only by its stated mitigation, as specific risks are costed (5.44)")


def _weights(v: ValueForMoney, label: Callable[[str], str]) -> str:
    total = sum(v.weights.values()) or 1.0
    return ", ".join(f"{label(c)} {w / total:.0%}" for c, w in v.weights.items())


def render_value(v: ValueForMoney, fmt: str, title: str, names: Mapping[str, str] | None = None,
                 width: int | None = DEFAULT_WIDTH) -> str:
    """See ``_render_value``; a terminal's text (``fmt`` 'table') has its running text wrapped
    to ``width`` too."""
    text = _render_value(v, fmt, title, names, width)
    return wrap_lines(text, width) if fmt == "table" else text


def _render_value(v: ValueForMoney, fmt: str, title: str, names: Mapping[str, str] | None = None,
                 width: int | None = DEFAULT_WIDTH) -> str:
    """``value``'s output; tables and text name criteria, options and lines in words (``names``:
    id -> name), or by id where ``names`` is None. JSON always carries ids."""
    if fmt == "json":
        return json_text({"title": title, **v.to_dict()})
    markdown = fmt == "markdown"
    words = _Words(markdown_text if markdown else terminal_text, names)
    tablefmt = "pipe" if markdown else "simple"

    def table(headers: list[str], rows: list[list[str]], align: str = "") -> str:
        """``align``: one letter a column, l or r (default: the first left, the rest right)."""
        align = align or "l" + "r" * (len(headers) - 1)
        if not markdown:
            return terminal_table(headers, rows, width, align=["left" if a == "l" else "right" for a in align])
        return tabulate(rows, headers, tablefmt=tablefmt, disable_numparse=True,
                        colalign=tuple("left" if a == "l" else "right" for a in align))

    head = f"{words.escape(title)}: value for money"
    lines = [f"## {head}" if markdown else head, ""]
    for heading, body in _sections(v, words, table, markdown):
        lines += [f"### {heading}" if markdown else heading, ""] + body + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


@dataclass(frozen=True)
class _Words:
    """How ``value`` writes text from the files: escaped for its format, by name or by id."""

    escape: Callable[[str], str]
    names: Mapping[str, str] | None

    def name(self, key: str) -> str:
        return self.escape(key if self.names is None else self.names.get(key, key))

    def line(self, line: str) -> str:
        return self.escape(line_label(line, ids=self.names is None))

    def money(self, x: float | None, unit: str) -> str:
        return "-" if x is None else money_text(x, unit)


def _sections(v: ValueForMoney, words: _Words, table: Callable[..., str],
              markdown: bool) -> list[tuple[str, list[str]]]:
    unit = words.escape(v.economics.unit)
    bullet = "- " if markdown else "  "
    sections = [("Assumptions", [f"{bullet}{k}: {words.escape(t)}" for k, t in assumptions(v, words.names)])]
    risk = ["Risk"] if v.register else []
    sections.append((f"Present values ({unit})", [
        table(["Option", "Score", "Capital", "Operating", "Optimism bias", *risk, "PVC", "PVB", "NPSV", "BCR",
               "NPSV per £", "Frontier"], [_pv_row(o, words, v.register) for o in v.options],
              "lrrrr" + "r" * len(risk) + "rrrrrl"),
        "", "Score: the MCA benefit score (0-100), kept apart from cost. Capital and Operating: present values "
        "as estimated; PVC adds the optimism bias" + (" and the risk-adjusted cost (Risk: the expected value of "
                                                       "the priced risks)" if v.register else "")
        + ". NPSV = PVB - PVC; BCR = PVB / PVC; NPSV per £ of public "
        "spending = NPSV / PVC. Frontier: yes* is on the efficiency frontier but off its convex hull.",
    ]))
    sections.append(("Efficiency frontier", _frontier(v, words, table, unit)))
    sections.append(("Switching values", _switching(v, words, table, unit)))
    return sections


def _name(o: OptionValue, words: _Words) -> str:
    tags = [t for t, on in (("baseline", o.baseline), ("fails a gate", not o.eligible)) if on]
    return words.name(o.id) + (f" ({', '.join(tags)})" if tags else "")


def _pv_row(o: OptionValue, words: _Words, register: bool = False) -> list[str]:
    if not o.costed:
        return [_name(o, words), figure(o.score, 1), *(["-"] * (8 + register)), "no costs"]
    capital = sum(x.base for x in o.lines if x.kind == "capital")
    operating = sum(x.base for x in o.lines if x.kind == "operating")
    frontier = "" if not o.eligible else ("yes" if o.frontier and o.hull else "yes*" if o.frontier else "no")
    bcr = "-" if o.bcr is None else f"{o.bcr:.2f}"
    risk = [money(o.risk)] if register else []
    return [_name(o, words), figure(o.score, 1), money(capital), money(operating), money(o.optimism_bias), *risk,
            money(o.pvc), money(o.pvb), money(o.npsv), bcr,
            "-" if o.npsv_per_pound is None else f"{o.npsv_per_pound:.2f}", frontier]


def _frontier(v: ValueForMoney, words: _Words, table: Callable[..., str], unit: str) -> list[str]:
    frontier = v.frontier
    if not frontier:
        return ["No eligible option gives costs."]
    body = ["Eligible options that no other beats on both benefit score and PVC, cheapest first: "
            + listed([words.name(o.id) for o in frontier]) + "."]
    if v.steps:
        rows = [[f"{words.name(s.start)} -> {words.name(s.end)}", money(s.cost), figure(s.points, 1),
                 "-" if s.per_point is None else f"{s.per_point:,.3f}"] for s in v.steps]
        body += ["", "Each step along it: the extra cost of each extra benefit point.", "",
                 table(["Step", f"Extra PVC ({unit})", "Extra points", f"{unit} per point"], rows)]
    off = [o for o in v.candidates if not o.frontier]
    if off:
        rows = [[words.name(o.id), figure(o.score, 1), money(o.pvc),
                 f"below {money(o.join_cost)} ({money(o.pvc - (o.join_cost or 0.0))} cheaper)",
                 f"above {figure(o.join_score or 0.0, 1)} (+{figure((o.join_score or 0.0) - o.score, 1)})"]
                for o in off]
        body += ["", "Off the frontier: what it would take to join it, other things equal.", "",
                 table(["Option", "Score", "PVC", "Joins if its PVC falls", "or its score rises"], rows, "lrrll")]
    return body


def _switching(v: ValueForMoney, words: _Words, table: Callable[..., str], unit: str) -> list[str]:
    if v.preferred is None:
        return [words.escape(n[:1].upper() + n[1:]) + "." for n in v.notes] or ["No preferred option."]
    best = v.option(v.preferred)
    raw = v.economics.unit
    rival = f"; the runner-up is {words.name(v.runner_up)} (NPSV {words.money(v.option(v.runner_up).npsv, raw)})" \
        if v.runner_up else ""
    lead = f"Preferred option (best NPSV): {words.name(best.id)}, NPSV {words.money(best.npsv, raw)}{rival}."
    if not v.switching:
        return [lead, "", *(words.escape(n[:1].upper() + n[1:]) + "." for n in v.notes)]
    rows = []
    for s in v.switching:
        target = "NPSV reaches zero" if s.target == "zero" else f"{words.name(s.target)} has the better NPSV"
        change = "no change will do" if s.change is None else percent(s.change)
        rows.append([words.line(s.line), money(s.pv), target, change, money(s.switching_pv)])
    return [
        lead,
        "How far each of its lines must move, other things equal, before the decision changes:", "",
        table(["Line", f"PV now ({unit})", "Switches when", "Change", f"PV then ({unit})"], rows, "lrlrr"),
        *([] if (best.npsv or 0.0) > 0 or best.baseline else
          ["", "No option has a positive NPSV: on monetised costs and benefits alone, none beats business as usual."]),
        *(["", *(words.escape(n[:1].upper() + n[1:]) + "." for n in v.notes)] if v.notes else []),
    ]


def economic_context(
    appraisal: Any, weights: Mapping[str, float], draws: Mapping[str, Any] | None = None
) -> dict[str, Any] | None:
    """The report's ``economics`` key: None unless criteria.yaml has an economics: block.

    ``draws``: the plain dict of the cost and benefit draws (``ValueDraws.to_dict``), when run.
    """
    if appraisal.economics is None:
        return None
    from adm_appraise.analysis.economics import value_for_money

    v = value_for_money(appraisal, weights)
    names = {o.id: o.name for o in appraisal.options}
    criteria_names = {c.id: c.name for c in appraisal.criteria}
    options = []
    for o in v.options:
        row = o.to_dict()
        row["name"] = names[o.id]
        row["extra_cost"] = None if o.join_cost is None else o.pvc - o.join_cost
        row["extra_points"] = None if o.join_score is None else o.join_score - o.score
        options.append(row)
    preferred = v.option(v.preferred) if v.preferred else None
    points = [{"name": names[o.id], "score": o.score, "pvc": o.pvc, "frontier": o.frontier,
               "eligible": o.eligible, "baseline": o.baseline} for o in v.options if o.costed]
    unit = v.economics.unit
    return {
        "unit": unit,
        "register": v.register,
        "assumptions": [{"label": k, "text": t} for k, t in assumptions(v, names | criteria_names)],
        "discount_factors": [{"year": y, "t": t, "rate": float(r) if t else None, "factor": float(f)}
                             for t, (y, r, f) in enumerate(zip(v.years, v.rates, v.factors, strict=True))],
        "discount_rows": [{"year": v.years[t], "t": t, "rate": float(v.rates[t]) if t else None,
                           "factor": float(v.factors[t])} for t in _shown_years(len(v.years))],
        "options": options,
        "costed": [o for o in options if o["costed"]],
        "uncosted": [o for o in options if not o["costed"]],
        "monetised": any(o["monetised"] and not o["baseline"] for o in options),
        "frontier": [{"id": o.id, "name": names[o.id], "score": o.score, "pvc": o.pvc, "hull": o.hull}
                     for o in v.frontier],
        "steps": [{"from": s.start, "from_name": names[s.start], "to": s.end, "to_name": names[s.end],
                   "cost": s.cost, "points": s.points, "per_point": s.per_point} for s in v.steps],
        "off_frontier": [o for o in options if o["eligible"] and o["costed"] and not o["on_frontier"]],
        "preferred": None if preferred is None else {"id": preferred.id, "name": names[preferred.id],
                                                     "npsv": preferred.npsv, "bcr": preferred.bcr,
                                                     "npsv_text": money_text(preferred.npsv or 0.0, unit)},
        "runner_up": None if v.runner_up is None else {"id": v.runner_up, "name": names[v.runner_up],
                                                       "npsv": v.option(v.runner_up).npsv,
                                                       "npsv_text": money_text(v.option(v.runner_up).npsv or 0.0,
                                                                               unit)},
        "switching": [{"line": s.line, "line_name": line_label(s.line), "pv": s.pv, "target": s.target,
                       "target_name": "zero" if s.target == "zero" else names[s.target],
                       "change": s.change, "switching_pv": s.switching_pv} for s in v.switching],
        "notes": list(v.notes),
        "chart": {"svg": charts.frontier_svg(points, unit) if points else None},
        "draws": None if not draws else {
            "samples": draws["samples"], "seed": draws["seed"], "ranged_lines": draws["ranged_lines"],
            "rows": [{"id": oid, "name": names.get(oid, oid), "on_frontier": share,
                      "best_npsv": None if draws["best_npsv"] is None else draws["best_npsv"][oid]}
                     for oid, share in draws["on_frontier"].items()],
            "monetised": draws["best_npsv"] is not None,
        },
    }


SHOWN = {0, 1, 2, 3, 4, 5, 10, 15, 20, 25, 30, 31, 40, 50, 60, 75, 76, 100, 125, 126, 150, 200, 201, 250, 300, 301}


def _shown_years(n: int) -> list[int]:
    """Every year of a short appraisal; for a long one, the early years, each band's first, the last."""
    return list(range(n)) if n <= 12 else sorted(t for t in SHOWN | {n - 1} if t < n)
