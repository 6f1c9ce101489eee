"""The benefits register, for ``adm-appraise benefits`` and the report's management case.

``benefits_context`` turns the loaded register into plain data (the JSON format, and the
context of the report's "Management case: benefits" section); ``render_benefits`` prints it
as tables. Nothing here scores: the command stays light (no pandas).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tabulate import tabulate

from adm_appraise.model import Appraisal, Benefit
from adm_appraise.render.columns import DEFAULT_WIDTH, money_text, terminal_table, wrap_lines
from adm_appraise.render.numbers import digits_for, figure
from adm_appraise.render.text import json_text, markdown_text, terminal_text


def preferred_option(appraisal: Appraisal, leader: str | None) -> tuple[str | None, str]:
    """The preferred option and why it is: the option marked 'role: preferred', else ``leader``
    (the highest-scoring eligible option)."""
    marked = [o.id for o in appraisal.options if o.role == "preferred"]
    if marked:
        return marked[0], "marked the preferred way forward"
    return (leader, "the highest-scoring eligible option") if leader else (None, "")


def benefits_context(appraisal: Appraisal, leader: str | None = None) -> dict[str, Any] | None:
    """The register as plain data; None when the appraisal has no benefits.yaml.

    ``leader``: the highest-scoring eligible option, the preferred one where no option is
    marked 'role: preferred'.
    """
    register = appraisal.register
    if register is None:
        return None
    longlist = appraisal.longlist
    objectives = list(longlist.objectives) if longlist is not None else []
    csfs = list(longlist.csfs) if longlist is not None else []
    keys = {o.id: f"O{i}" for i, o in enumerate(objectives, 1)} | {f.id: f"C{i}" for i, f in enumerate(csfs, 1)}
    names = {o.id: o.name for o in appraisal.options}
    criteria = {c.id: c.name for c in appraisal.criteria}
    benefits = [_benefit(b, keys, names, criteria) for b in register.benefits]
    preferred, basis = preferred_option(appraisal, leader)
    values = [b.value for b in register.benefits if b.value is not None]
    cash = [b.value for b in register.benefits if b.value is not None and b.cash_releasing]
    return {
        "file": register.path.name,
        "description": register.description,
        "benefits": benefits,
        "objectives": [{"id": o.id, "key": keys[o.id], "text": o.text,
                        "benefits": [b.id for b in register.benefits if o.id in b.objectives]} for o in objectives],
        "csfs": [{"id": f.id, "key": keys[f.id], "name": f.name,
                  "benefits": [b.id for b in register.benefits if f.id in b.csfs]} for f in csfs],
        "totals": {"benefits": len(benefits), "cash_releasing": sum(b.cash_releasing for b in register.benefits),
                   "value": sum(values) if values else None, "cash_value": sum(cash) if cash else None,
                   "value_text": money_text(sum(values), "£") if values else None,
                   "cash_value_text": money_text(sum(cash), "£") if cash else None},
        "preferred": None if preferred is None else {
            "id": preferred, "name": names.get(preferred, preferred), "basis": basis,
            "benefits": [b["id"] for b in benefits if b["options"] is None or preferred in b["options"]],
        },
    }


def _shown(x: float | str | None) -> str | None:
    if x is None or isinstance(x, str):
        return x
    return figure(x, digits_for(x))


def _benefit(b: Benefit, keys: Mapping[str, str], names: Mapping[str, str],
             criteria: Mapping[str, str]) -> dict[str, Any]:
    return {
        "id": b.id, "title": b.title,
        "objectives": list(b.objectives), "csfs": list(b.csfs),
        "serves": [keys.get(k, k) for k in (*b.objectives, *b.csfs)],
        "criteria": [{"id": c, "name": criteria.get(c, c)} for c in b.criteria],
        "options": None if b.options is None else list(b.options),
        "option_names": None if b.options is None else [names.get(o, o) for o in b.options],
        "measure": b.measure, "baseline": b.baseline, "target": b.target,
        "baseline_text": _shown(b.baseline), "target_text": _shown(b.target),
        "date": b.date, "owner": b.owner, "cash_releasing": b.cash_releasing,
        "value": b.value, "value_text": None if b.value is None else money_text(b.value, "£"),
        "notes": b.notes, "missing": b.unmeasured,
    }


def render_benefits(context: dict[str, Any], fmt: str, *, ids: bool = False,
                    width: int | None = DEFAULT_WIDTH) -> str:
    """The register in ``fmt`` ('table', 'markdown' or 'json'); options by name (``ids``: by id).
    A terminal's tables and running text fit ``width``."""
    if fmt == "json":
        return json_text(context)
    markdown = fmt == "markdown"
    escape: Callable[[str], str] = markdown_text if markdown else terminal_text
    out: list[str] = []

    def heading(text: str, level: int) -> None:
        out.extend([f"{'#' * level} {escape(text)}" if markdown else escape(text), ""])

    def table(headers: list[str], rows: list[list[str]]) -> None:
        if markdown:
            out.extend([tabulate(rows, headers, tablefmt="pipe", disable_numparse=True), ""])
        else:
            stages = [[(j, 10) for j in range(len(headers))], [(j, 1) for j in range(len(headers))]]
            out.extend([terminal_table(headers, rows, width, stages), ""])

    def item(text: str) -> str:
        return f"- {escape(text)}" if markdown else f"  {escape(text)}"

    heading("Benefits register", 2)
    totals = context["totals"]
    out.extend([escape(_sentence(totals)), ""])
    dash = "–"
    rows = [[escape(b["title" if not ids else "id"]), ", ".join(b["serves"]) or dash,
             escape(b["measure"] or "no measure"), escape(b["baseline_text"] or dash),
             escape(b["target_text"] or dash), escape(b["date"] or dash), escape(b["owner"] or dash),
             "yes" if b["cash_releasing"] else "no"] for b in context["benefits"]]
    table(["Benefit", "Serves", "Measure", "Baseline", "Target", "By", "Owner", "Releases cash"], rows)
    if context["objectives"] or context["csfs"]:
        heading("Objectives (O) and critical success factors (C) served", 3)
        for o in context["objectives"]:
            served = ", ".join(o["benefits"]) or "no benefit"
            out.append(item(f"{o['key']} {o['id']}: {o['text']} ({served})"))
        for f in context["csfs"]:
            out.append(item(f"{f['key']} {f['id']}: {f['name']} ({', '.join(f['benefits']) or 'no benefit'})"))
        out.append("")
    heading("What each benefit justifies and the options it applies to", 3)
    for b in context["benefits"]:
        applies = "every option" if b["options"] is None else ", ".join(b["options" if ids else "option_names"])
        justifies = ", ".join(c["id" if ids else "name"] for c in b["criteria"]) or "no criterion"
        value = f"; {b['value_text']}" if b["value_text"] else ""
        out.append(item(f"{b['title']}: justifies {justifies}; applies to {applies}{value}"))
    out.append("")
    preferred = context["preferred"]
    if preferred is not None:
        name = preferred["id" if ids else "name"]
        count = len(preferred["benefits"])
        out.extend([escape(f"The preferred option, {name} ({preferred['basis']}), has {count} "
                           f"benefit{'s' * (count != 1)}: {', '.join(preferred['benefits']) or 'none'}."), ""])
    text = "\n".join(out).rstrip("\n") + "\n"
    return wrap_lines(text, width) if not markdown else text


def _sentence(totals: dict[str, Any]) -> str:
    n, cash = totals["benefits"], totals["cash_releasing"]
    text = f"{n} benefit{'s' * (n != 1)}, {cash} cash-releasing"
    if totals["value_text"]:
        text += f"; valued at {totals['value_text']} in all"
        if totals["cash_value_text"]:
            text += f", {totals['cash_value_text']} of it cash-releasing"
    return text + "."
