"""Renderers for ``panel``: table, markdown, json (each returns a string), and the report's panel context.

Text from the files is escaped as in :mod:`adm_appraise.render.score`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from tabulate import tabulate

from adm_appraise.analysis.method import Result
from adm_appraise.analysis.panel import Cell, Outcome, PanelAnalysis, analyse_panel
from adm_appraise.render.columns import DEFAULT_WIDTH, listed, terminal_table, wrap_lines
from adm_appraise.render.numbers import digits_for, figure
from adm_appraise.render.text import json_text, markdown_text, terminal_text

MARKS = {"conflict": "—", "abstain": "a"}
WRAPPED = ("Option", "Criterion", "Role", "Organisation", "Conflicts declared", "Leader", "Shortlist", "Flags")


def render_panel(result: Result, found: PanelAnalysis, fmt: str, *, ids: bool = False,
                 width: int | None = DEFAULT_WIDTH) -> str:
    """See ``_render_panel``; a terminal's text (``fmt`` 'table') has its running text wrapped
    to ``width`` too."""
    text = _render_panel(result, found, fmt, ids=ids, width=width)
    return wrap_lines(text, width) if fmt == "table" else text


def _render_panel(result: Result, found: PanelAnalysis, fmt: str, *, ids: bool = False,
                 width: int | None = DEFAULT_WIDTH) -> str:
    """The panel in ``fmt``. Tables name options and criteria (``ids``: by id); assessors are shown
    by id beside their names in the first table. JSON always carries ids."""
    if fmt == "json":
        return json_text({"title": result.appraisal.title, **found.to_dict()})
    markdown = fmt == "markdown"
    plain = markdown_text if markdown else terminal_text
    appraisal = result.appraisal
    names = {} if ids else {c.id: c.name for c in appraisal.criteria} | {o.id: o.name for o in appraisal.options}
    tablefmt = "pipe" if markdown else "simple"

    def escape(text: str) -> str:
        return plain(names.get(text, text))

    def table(headers: list[str], rows: list[list[str]], code: Sequence[int] = ()) -> str:
        """A table; at a terminal its text columns wrap to ``width`` (the ``code`` columns' headers
        coded A1, A2, ... with a key if they must)."""
        if not markdown:
            return terminal_table(headers, rows, width, [[(j, 12) for j, h in enumerate(headers) if h in WRAPPED],
                                                         [(j, 1) for j in range(len(headers))]],
                                  code=code, prefix="A")
        return tabulate(rows, headers, tablefmt=tablefmt, disable_numparse=True)

    title = plain(appraisal.title)
    lines = [f"## {title}" if markdown else title, "", _settings(found), ""]
    for heading, body in _sections(found, escape, table):
        lines += [f"### {heading}" if markdown else heading, ""] + body + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _settings(found: PanelAnalysis) -> str:
    s = found.panel.settings
    return (f"Panel of {len(found.panel.assessors)}; the {s.aggregate} stands in where an option file gives no "
            f"score; a range of {s.disagreement:g} points or more is a disagreement.")


def _sections(
    found: PanelAnalysis, escape: Callable[[str], str], table: Callable[..., str]
) -> list[tuple[str, list[str]]]:
    ids = [a.id for a in found.panel.assessors]
    who = [[escape(a.id), escape(a.name), escape(a.role), escape(a.organisation or ""),
            "; ".join(f"{escape(c.option)} ({escape(c.reason)})" for c in a.conflicts) or "none"]
           for a in found.panel.assessors]
    agreement = [[escape(a.criterion or "all criteria"), _alpha(a.alpha), str(a.units), str(a.values)]
                 for a in found.agreement]
    # one number of decimals a column: the fewest that show every figure of it exactly, else two
    places = {a: _places(c.scores[a] for c in found.cells) for a in ids}
    median = _places(c.median for c in found.cells)
    mean = _places(c.mean for c in found.cells)
    moderated = _places(c.moderated for c in found.cells)
    cells = [[escape(c.option), escape(c.criterion), *(_mark(c, a, places[a]) for a in ids), _num(c.median, median),
              _num(c.mean, mean), _range(c), f"{c.moderated:.{moderated}f}{'*' if c.unmoderated else ''}",
              escape(", ".join(c.flags))]
             for c in found.cells]
    return [
        ("Who sat on the panel", [table(["Assessor", "Name", "Role", "Organisation", "Conflicts declared"], who)]),
        ("Agreement", [
            "Krippendorff's alpha, interval metric (1 = full agreement, 0 = no better than chance); "
            "conflicts and abstentions are missing values.", "",
            table(["Criterion", "Alpha", "Cells", "Scores"], agreement),
        ]),
        ("Scores", [
            table(["Option", "Criterion", *(escape(i) for i in ids), "Median", "Mean", "Range", "Moderated", "Flags"],
                  cells, code=range(2, 2 + len(ids))), "",
            "— conflict of interest declared; a abstained; * unmoderated: the option file gives no score, so the "
            f"panel {found.panel.settings.aggregate} stands in.",
        ]),
        ("Moderation and dissent", _moderation(found, escape)),
        ("Each assessor's own ranking", [
            "The appraisal scored with one assessor's scores alone (their gaps keep the moderated score).", "",
            table(["Assessor", "Leader", "Shortlist"], [_row(o, escape) for o in found.own]),
        ]),
        ("Leaving one assessor out", [
            f"The panel's {found.panel.settings.aggregate} scores: leader {escape(found.aggregate.leader or 'none')}, "
            f"shortlist {_listed(found.aggregate.shortlist, escape)} "
            f"(the moderated scores: leader {escape(found.moderated.leader or 'none')}).", "",
            table(["Left out", "Leader", "Shortlist", "Changes"],
                  [[*_row(o, escape), _changes(o)] for o in found.left_out]),
            "", _deciders(found, escape),
        ]),
    ]


def _places(values: Iterable[float | None]) -> int:
    """Decimals for a column of figures: none when all are whole, else the fewest (at most two)
    that show each exactly, else two."""
    present = [float(v) for v in values if v is not None]
    return digits_for(*present, most=2) if present else 0


def _mark(cell: Cell, aid: str, places: int = 0) -> str:
    score = cell.scores[aid]
    return MARKS[cell.status[aid]] if score is None else figure(score, places)


def _num(x: float | None, places: int = 2) -> str:
    return "-" if x is None else figure(x, places)


def _range(cell: Cell) -> str:
    return "-" if cell.low is None or cell.high is None else f"{cell.low:g}-{cell.high:g}"


def _alpha(alpha: float | None) -> str:
    return "undefined" if alpha is None else f"{alpha:.3f}"


def _row(o: Outcome, escape: Callable[[str], str]) -> list[str]:
    return [escape(o.label), escape(o.leader or "none"), _listed(o.shortlist, escape)]


def _listed(items: tuple[str, ...] | list[str], escape: Callable[[str], str]) -> str:
    """Names joined with commas, or with semicolons where a name holds a comma; 'none' for none."""
    return listed([escape(i) for i in items]) or "none"


def _changes(o: Outcome) -> str:
    changed = [w for w, flag in (("leader", o.changes_leader), ("shortlist", o.changes_shortlist)) if flag]
    return " and ".join(changed) or "nothing"


def _deciders(found: PanelAnalysis, escape: Callable[[str], str]) -> str:
    deciders = found.deciders
    if not deciders:
        return "No single assessor, left out, changes the leader."
    return f"Left out alone, {escape(', '.join(deciders))} would change the leader."


def _moderation(found: PanelAnalysis, escape: Callable[[str], str]) -> list[str]:
    lines = []
    for c in found.cells:
        if not (c.moderation or c.dissent or "disagreement" in c.flags):
            continue
        head = f"- {escape(c.option)} / {escape(c.criterion)}: scores {_range(c)}, moderated {c.moderated:g}"
        lines.append(head + (f". Moderation: {escape(c.moderation)}" if c.moderation else ". No moderation recorded."))
        lines += [f"  - Dissent, {escape(aid)}: {escape(text)}" for aid, text in c.dissent.items()]
    return lines or ["No disagreement, moderation note or dissent recorded."]


def panel_context(result: Result) -> dict[str, Any] | None:
    """The report's ``panel`` key: None without a panel, else plain data for the templates.

    Names stand beside ids so templates need no lookups; only the cells worth a reader's eye
    (flagged, moderated with a note, or with dissent) are listed under ``disagreements``.
    """
    appraisal = result.appraisal
    if appraisal.panel is None:
        return None
    found = analyse_panel(result)
    option = {o.id: o.name for o in appraisal.options}
    criterion = {c.id: c.name for c in appraisal.criteria}
    person = {a.id: a.name for a in found.panel.assessors}
    settings = found.panel.settings

    def leader(o: Outcome) -> dict[str, Any]:
        return {"leader": o.leader, "leader_name": option.get(o.leader or "", None),
                "shortlist": [option[i] for i in o.shortlist]}

    disagreements = [
        {
            "option": c.option, "option_name": option[c.option], "criterion": c.criterion,
            "criterion_name": criterion[c.criterion],
            "scores": [{"assessor": a, "name": person[a], "score": c.scores[a], "status": c.status[a]}
                       for a in person],
            "median": c.median, "mean": c.mean, "low": c.low, "high": c.high, "moderated": c.moderated,
            "unmoderated": c.unmoderated, "moderation": c.moderation,
            "flags": [f for f in c.flags if f != "unmoderated"],
            "dissent": [{"assessor": a, "name": person[a], "text": t} for a, t in c.dissent.items()],
        }
        for c in found.cells
        if c.flags or c.moderation or c.dissent
    ]
    return {
        "settings": {"aggregate": settings.aggregate, "disagreement": settings.disagreement},
        "assessors": [
            {"id": a.id, "name": a.name, "role": a.role, "organisation": a.organisation, "interests": a.interests,
             "conflicts": [{"option": c.option, "option_name": option.get(c.option, c.option), "reason": c.reason}
                           for c in a.conflicts]}
            for a in found.panel.assessors
        ],
        "agreement": [
            {"criterion": g.criterion, "name": criterion[g.criterion] if g.criterion else "All criteria",
             "alpha": g.alpha, "units": g.units, "scores": g.values}
            for g in found.agreement
        ],
        "overall_alpha": found.agreement[-1].alpha,
        "cells": len(found.cells),
        "disagreements": disagreements,
        "dissent": sum(len(c.dissent) for c in found.cells),
        "moderated": leader(found.moderated),
        "aggregate": leader(found.aggregate),
        "own": [{"assessor": o.label, "name": person[o.label], **leader(o)} for o in found.own],
        "left_out": [{"assessor": o.label, "name": person[o.label], **leader(o),
                      "changes_leader": o.changes_leader, "changes_shortlist": o.changes_shortlist}
                     for o in found.left_out],
        "deciders": [person[a] for a in found.deciders],
    }
