"""The equality impact of each option, for ``adm-appraise equality`` and the report's section.

``equality_context`` turns the loaded assessment into plain data (the JSON format, and the
context of the report's "Equality impact" section): a matrix of options by the nine protected
characteristics, in words, the evidence and mitigation of each negative or unknown impact,
and any distributional breakdown. ``render_equality`` prints it as tables (no pandas).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tabulate import tabulate

from adm_appraise.files.equality import shortlist
from adm_appraise.model import CHARACTERISTICS, IMPACTS, QUINTILES, Appraisal, Distribution, OptionEquality
from adm_appraise.render.columns import DEFAULT_WIDTH, terminal_table, wrap_lines
from adm_appraise.render.longlist import ROLE_WORDS
from adm_appraise.render.numbers import digits_for, figure
from adm_appraise.render.text import json_text, markdown_text, terminal_text

NOT_ASSESSED = "not assessed"
MARKS = {"positive": "+", "neutral": "=", "negative": "−", "unknown": "?"}  # beside the word, never instead


def equality_context(appraisal: Appraisal, scores: Mapping[str, float]) -> dict[str, Any] | None:
    """The assessment as plain data; None when the appraisal has no equality.yaml.

    ``scores``: each option's overall score, to find the shortlist (``files.equality.shortlist``).
    Options by role (as the long list orders them), then id; those equality.yaml does not assess included (each
    characteristic 'not assessed'), then any it assesses that are not options.
    """
    equality = appraisal.equality
    if equality is None:
        return None
    on_list = set(shortlist(appraisal, scores))
    names = {o.id: o.name for o in appraisal.options}
    roles = list(ROLE_WORDS)  # business as usual, the do-minimum, the preferred way forward, alternatives, the rest
    ordered = sorted(appraisal.options, key=lambda o: (roles.index(o.role) if o.role in roles else len(roles), o.id))
    order = [o.id for o in ordered] + [e.option for e in equality.options if e.option not in names]
    options = [_option(oid, names.get(oid, oid), equality.of(oid), oid in on_list) for oid in order]
    counts = {i: sum(o["cells"][c]["impact"] == i for o in options for c in CHARACTERISTICS)
              for i in (*IMPACTS, "not_assessed")}
    return {
        "file": equality.path.name,
        "description": equality.description,
        "characteristics": [{"id": c, "name": n} for c, n in CHARACTERISTICS.items()],
        "options": options,
        "counts": counts,
        "concerns": [x for o in options for x in o["concerns"]],
        "distributions": [o["distribution"] | {"option": o["id"], "option_name": o["name"]}
                          for o in options if o["distribution"]],
    }


def _option(oid: str, name: str, entry: OptionEquality | None, shortlisted: bool) -> dict[str, Any]:
    cells: dict[str, dict[str, Any]] = {}
    concerns = []
    for c, label in CHARACTERISTICS.items():
        i = entry.impacts.get(c) if entry else None
        if i is None:
            cells[c] = {"impact": "not_assessed", "text": NOT_ASSESSED, "evidence": None, "mitigation": None}
            continue
        cells[c] = {"impact": i.impact, "text": i.impact, "evidence": i.evidence, "mitigation": i.mitigation}
        if i.impact in ("negative", "unknown"):
            concerns.append({"option": oid, "option_name": name, "characteristic": c, "name": label,
                             "impact": i.impact, "evidence": i.evidence, "mitigation": i.mitigation})
    return {
        "id": oid, "name": name, "shortlisted": shortlisted, "assessed": entry is not None,
        "summary": entry.summary if entry else None, "cells": cells, "concerns": concerns,
        "unassessed": [c for c in CHARACTERISTICS if cells[c]["impact"] == "not_assessed"],
        "distribution": _distribution(entry.distribution) if entry and entry.distribution else None,
    }


def _distribution(d: Distribution) -> dict[str, Any]:
    keys = [q for q in QUINTILES if q in d.values] if d.by == "income_quintile" else list(d.values)
    digits = digits_for(*d.values.values())
    labels = {"q1": "Q1 (lowest income)", "q5": "Q5 (highest income)"}
    return {
        "by": d.by, "by_text": "income quintile" if d.by == "income_quintile" else "place",
        "measure": d.measure, "unit": d.unit, "source": d.source,
        "rows": [{"key": k, "label": labels.get(k, k.upper()) if d.by == "income_quintile" else k,
                    "value": d.values[k], "text": figure(d.values[k], digits)} for k in keys],
    }


def render_equality(context: dict[str, Any], fmt: str, *, ids: bool = False,
                    width: int | None = DEFAULT_WIDTH) -> str:
    """The assessment in ``fmt`` ('table', 'markdown' or 'json'); options by name (``ids``: by id).
    Each impact is a word with a mark (+ = − ?), never a colour alone."""
    if fmt == "json":
        return json_text(context)
    markdown = fmt == "markdown"
    escape: Callable[[str], str] = markdown_text if markdown else terminal_text
    key = "id" if ids else "name"
    out: list[str] = []

    def heading(text: str, level: int) -> None:
        out.extend([f"{'#' * level} {escape(text)}" if markdown else escape(text), ""])

    def table(headers: list[str], rows: list[list[str]], code: tuple[int, ...] = (),
              align: list[str] | None = None) -> None:
        if markdown:
            out.extend([tabulate(rows, headers, tablefmt="pipe", disable_numparse=True,
                                 colalign=align), ""])
        else:
            stages = [[(0, 12)], [(j, 1) for j in range(len(headers))]]
            out.extend([terminal_table(headers, rows, width, stages, code=code, align=align, prefix="P"), ""])

    def item(text: str) -> str:
        return f"- {escape(text)}" if markdown else f"  {escape(text)}"

    heading("Equality impact", 2)
    counts = context["counts"]
    out.extend([escape(f"{len(context['options'])} options against the nine protected characteristics of the "
                       f"Equality Act 2010 (s.4): {counts['positive']} positive, {counts['neutral']} neutral, "
                       f"{counts['negative']} negative, {counts['unknown']} unknown, "
                       f"{counts['not_assessed']} not assessed. * shortlisted."), ""])
    headers = ["Option", *(c["name"] for c in context["characteristics"])]
    rows = [[escape(o[key] + (" *" if o["shortlisted"] else "")),
             *(_cell(o["cells"][c["id"]]["impact"], markdown) for c in context["characteristics"])]
            for o in context["options"]]
    table(headers, rows, tuple(range(1, len(headers))))
    if context["concerns"]:
        heading("Negative and unknown impacts: evidence and mitigation", 3)
        for x in context["concerns"]:
            text = (f"{x['option' if ids else 'option_name']}, {x['name'].lower()} ({x['impact']}): "
                    f"evidence: {x['evidence'] or 'none recorded'}; mitigation: {x['mitigation'] or 'none recorded'}")
            out.append(item(text))
        out.append("")
    for d in context["distributions"]:
        unit = f" ({d['unit']})" if d["unit"] else ""
        heading(f"Distribution by {d['by_text']}: {d['option' if ids else 'option_name']}", 3)
        out.extend([escape(d["measure"] + unit + (f". Source: {d['source']}" if d["source"] else "")), ""])
        table([d["by_text"].capitalize(), "Value"], [[escape(v["label"]), v["text"]] for v in d["rows"]],
              align=["left", "right"])
    text = "\n".join(out).rstrip("\n") + "\n"
    return wrap_lines(text, width) if not markdown else text


def _cell(impact: str, words: bool) -> str:
    """An impact as its mark and word; one not assessed as a dash (with ``words``, 'not assessed' too)."""
    if impact == "not_assessed":
        return f"– {NOT_ASSESSED}" if words else "–"
    return f"{MARKS[impact]} {impact}"
