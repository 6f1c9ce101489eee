"""The long list and its sift, for ``adm-appraise longlist`` and the report's section.

``longlist_context`` turns the loaded long list into plain data (the JSON format, and the
context of the report's "From long list to shortlist" section); ``render_longlist`` prints it
as tables. Nothing here scores: the command stays light (no pandas).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tabulate import tabulate

from adm_appraise.model import DIMENSIONS, STATUSES, Appraisal, LongList, Objective, Option, SuccessFactor
from adm_appraise.render.columns import DEFAULT_WIDTH, listed, terminal_table, wrap_lines
from adm_appraise.render.text import json_text, markdown_text, terminal_text

DIMENSION_NAMES = {
    "scope": "Scope (what)",
    "solution": "Solution (how)",
    "delivery": "Delivery (who)",
    "implementation": "Implementation (when)",
    "funding": "Funding (how it is paid for)",
}
STATUS_WORDS = {"preferred": "preferred", "carried_forward": "carried forward", "discounted": "discounted"}
ROLE_WORDS = {
    "business_as_usual": "business as usual",
    "do_minimum": "do-minimum",
    "preferred": "preferred way forward",
    "alternative": "alternative",
}


def longlist_context(appraisal: Appraisal, score: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The long list as plain data; None when the appraisal has no longlist.yaml.

    ``score`` (the scored result's ``to_dict``) adds each shortlisted option's rank and score.
    """
    longlist = appraisal.longlist
    if longlist is None:
        return None
    dimensions: list[dict[str, Any]] = []
    for d in longlist.dimensions:
        choices = [
            {
                "id": c.id, "name": c.name, "description": c.description, "status": c.status,
                "status_text": STATUS_WORDS[c.status], "reason": c.reason,
                "assessment": {k: {"result": a.result, "rationale": a.rationale} for k, a in c.assessment.items()},
                "rationales": [{"against": k, "text": a.rationale} for k, a in c.assessment.items() if a.rationale],
            }
            for c in longlist.in_dimension(d)
        ]
        dimensions.append({"id": d, "name": DIMENSION_NAMES[d], "choices": choices, **_counts(choices)})
    every = [c for d in dimensions for c in d["choices"]]
    ranked = {r["id"]: r for r in (score or {}).get("ranking", [])}  # once: a lookup per option stays linear
    shortlist = [_composition(appraisal, o, ranked.get(o.id)) for o in sorted(appraisal.options, key=_by_role)]
    shared = _shared(shortlist, list(DIMENSIONS))
    for o in shortlist:
        for x in o["origin"]:
            x["shared"] = x["dimension"] in shared
    return {
        "file": longlist.path.name,
        "description": longlist.description,
        "objectives": [{"id": o.id, "key": f"O{i}", "text": o.text} for i, o in enumerate(longlist.objectives, 1)],
        "csfs": [{"id": f.id, "key": f"C{i}", "name": f.name, "description": f.description, "standard": f.standard}
                 for i, f in enumerate(longlist.csfs, 1)],
        "columns": longlist.criteria_ids,
        "key_of": _keys(longlist.objectives, longlist.csfs),
        "dimensions": dimensions,
        "sift": {"dimensions": len(dimensions), **_counts(every)},
        "shortlist": shortlist,
        "shared": [{"dimension": d, "choice": c, "name": _name(longlist, d, c)} for d, c in shared.items()],
    }


def _name(longlist: LongList, dimension: str, cid: str) -> str:
    choice = longlist.choice(dimension, cid)
    return choice.name if choice is not None else cid


def _by_role(option: Option) -> tuple[int, str]:
    """Business as usual, the do-minimum, the preferred way forward, alternatives, then the rest."""
    roles = list(ROLE_WORDS)
    return (roles.index(option.role) if option.role in roles else len(roles), option.id)


def _counts(choices: list[dict[str, Any]]) -> dict[str, int]:
    return {"total": len(choices), **{s: sum(c["status"] == s for c in choices) for s in STATUSES}}


def _composition(appraisal: Appraisal, option: Option, row: dict[str, Any] | None) -> dict[str, Any]:
    """The option's place on the shortlist; ``row``: its row of the scored ranking, if ranked."""
    longlist = appraisal.longlist
    origin = []
    for d in DIMENSIONS:
        if d in option.origin:
            choice = longlist.choice(d, option.origin[d]) if longlist is not None else None
            origin.append({"dimension": d, "choice": option.origin[d],
                           "name": choice.name if choice else option.origin[d],
                           "status": choice.status if choice else None})
    failed, conditional = option.failed_gates(), option.conditional_gates()
    if failed:
        gates = ("sifted out: fails " if option.sifted_out else "fails ") + ", ".join(failed)
    else:
        gates = "passes" + (f" (conditional: {', '.join(conditional)})" if conditional else "")
    return {
        "id": option.id, "name": option.name, "role": option.role,
        "role_text": ROLE_WORDS.get(option.role or "", ""),
        "origin": origin, "gates": gates, "sifted_out": option.sifted_out,
        "rank": row["rank"] if row else None, "score": row["score"] if row else None,
    }


def render_longlist(context: dict[str, Any], fmt: str, *, ids: bool = False,
                    width: int | None = DEFAULT_WIDTH) -> str:
    """See ``_render_longlist``; a terminal's text (``fmt`` 'table') has its running text wrapped
    to ``width`` too."""
    text = _render_longlist(context, fmt, ids=ids, width=width)
    return wrap_lines(text, width) if fmt == "table" else text


def _render_longlist(context: dict[str, Any], fmt: str, *, ids: bool = False,
                    width: int | None = DEFAULT_WIDTH) -> str:
    """The long list in ``fmt``: choices and options by name (``ids``: by id); a terminal table's
    names wrap to ``width``. JSON always carries both."""
    if fmt == "json":
        return json_text(context)
    markdown = fmt == "markdown"
    escape: Callable[[str], str] = markdown_text if markdown else terminal_text
    key = "id" if ids else "name"  # what a choice or an option is shown by
    tablefmt = "pipe" if markdown else "simple"
    out: list[str] = []

    def heading(text: str, level: int) -> None:
        out.extend([f"{'#' * level} {escape(text)}" if markdown else escape(text), ""])

    def table(headers: list[str], rows: list[list[str]], wrap: tuple[int, ...] = ()) -> None:
        if not markdown:
            stages = [[(j, 16) for j in wrap], [(j, 1) for j in range(len(headers))]]
            out.extend([terminal_table(headers, rows, width, stages), ""])
            return
        out.extend([tabulate(rows, headers, tablefmt=tablefmt, disable_numparse=True), ""])

    def item(text: str) -> str:
        return f"- {escape(text)}" if markdown else f"  {escape(text)}"

    heading("From long list to shortlist", 2)
    sift = context["sift"]
    out.extend([escape(_sift_sentence(sift)), ""])
    heading("Spending objectives (O) and critical success factors (C)", 3)
    keys = context["key_of"]
    out.extend([item(f"{o['key']} {o['id']}: {o['text']}") for o in context["objectives"]])
    out.extend([item(f"{f['key']} {f['id']}: {f['name']}") for f in context["csfs"]] + [""])
    for d in context["dimensions"]:
        heading(f"{d['name']}: {d['total']} choices", 3)
        headers = ["Choice", "Status", *(keys[k] for k in context["columns"])]
        rows = [[escape(c[key]), c["status_text"], *(_result(c, k) for k in context["columns"])]
                for c in d["choices"]]
        table(headers, rows, (0,))
        reasons = [item(f"{listed(shown)} ({status}): {reason}")
                   for (status, reason), shown in _reasons(d, key).items()]
        if reasons:
            out.extend([*reasons, ""])
    heading("The sift in numbers", 3)
    table(["Dimension", "Choices", *(STATUS_WORDS[s].capitalize() for s in STATUSES)],
          [[d["id"], str(d["total"]), *(str(d[s]) for s in STATUSES)] for d in context["dimensions"]]
          + [["all", str(sift["total"]), *(str(sift[s]) for s in STATUSES)]])
    heading("How each shortlisted option is composed", 3)
    used = [d for d in DIMENSIONS if any(x["dimension"] == d and not x["shared"]
                                         for o in context["shortlist"] for x in o["origin"])]
    if context["shared"]:
        shared = ", ".join(f"{x['dimension']} {x['choice' if ids else 'name']}" for x in context["shared"])
        out.extend([escape(f"Every option with an origin shares {shared}."), ""])
    rows = []
    for o in context["shortlist"]:
        chosen = {x["dimension"]: x["choice" if ids else "name"] for x in o["origin"]}
        rows.append([escape(o[key]), o["role_text"], escape(o["gates"]), *(escape(chosen.get(d, "")) for d in used)])
    table(["Option", "Role", "Gates", *used], rows, tuple(range(len(used) + 3)))
    return "\n".join(out).rstrip("\n") + "\n"


def _shared(options: list[dict[str, Any]], dimensions: list[str]) -> dict[str, str]:
    """The dimensions in which every option that names an origin names the same choice."""
    origins = [{x["dimension"]: x["choice"] for x in o["origin"]} for o in options if o["origin"]]
    shared: dict[str, str] = {}
    for d in dimensions:
        chosen = {o.get(d, "") for o in origins}
        if len(origins) > 1 and len(chosen) == 1 and "" not in chosen:
            shared[d] = chosen.pop()
    return shared


def _keys(objectives: Sequence[Objective], csfs: Sequence[SuccessFactor]) -> dict[str, str]:
    """Short column heads: O1, O2... for the objectives, C1, C2... for the CSFs."""
    keys = {o.id: f"O{i}" for i, o in enumerate(objectives, 1)}
    return keys | {f.id: f"C{i}" for i, f in enumerate(csfs, 1)}


def _reasons(dimension: dict[str, Any], key: str = "id") -> dict[tuple[str, str], list[str]]:
    """Choices (by ``key``) grouped by status and reason, in file order: one line for a reason they share."""
    groups: dict[tuple[str, str], list[str]] = {}
    for c in dimension["choices"]:
        if c["reason"]:
            groups.setdefault((c["status_text"], c["reason"]), []).append(c[key])
    return groups


def _result(choice: dict[str, Any], key: str) -> str:
    entry = choice["assessment"].get(key)
    return entry["result"] if entry else "-"


def _sift_sentence(sift: dict[str, int]) -> str:
    dims = f"{sift['dimensions']} dimension{'s' * (sift['dimensions'] != 1)}"
    return (f"{sift['total']} choices in {dims} of the options framework: {sift['preferred']} preferred, "
            f"{sift['carried_forward']} carried forward, {sift['discounted']} discounted.")
