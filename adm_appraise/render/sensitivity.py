"""Renderers for ``sensitivity``: table, markdown, json. Each returns a string.

Text from the files is escaped as in :mod:`adm_appraise.render.score`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tabulate import tabulate

from adm_appraise.analysis.montecarlo import MonteCarlo
from adm_appraise.analysis.sensitivity import ScoreSwitch, Sensitivity, Switch
from adm_appraise.analysis.value_draws import ValueDraws
from adm_appraise.model import WeightLevel
from adm_appraise.render.columns import DEFAULT_WIDTH, terminal_table, wrap_lines
from adm_appraise.render.sensitivity_view import (
    RANKS_SHOWN,
    current_places,
    monte_carlo_view,
    scale_words,
    switch_words,
)
from adm_appraise.render.text import json_text, markdown_text, terminal_text


def render_sensitivity(sensitivity: Sensitivity, fmt: str, value: ValueDraws | None = None, *,
                       ids: bool = False, width: int | None = DEFAULT_WIDTH) -> str:
    """See ``_render_sensitivity``; a terminal's text (``fmt`` 'table') has its running text wrapped
    to ``width`` too."""
    text = _render_sensitivity(sensitivity, fmt, value, ids=ids, width=width)
    return wrap_lines(text, width) if fmt == "table" else text


def _render_sensitivity(sensitivity: Sensitivity, fmt: str, value: ValueDraws | None = None, *,
                       ids: bool = False, width: int | None = DEFAULT_WIDTH) -> str:
    """``value``: the cost and benefit draws, where the options give costs (a section of its own).
    Tables and text name options and criteria (``ids``: by id); JSON always carries ids."""
    if fmt == "json":
        data = sensitivity.to_dict(ranks=0)  # the rank acceptability is written from the arrays below
        data["monte_carlo"]["rank_acceptability"] = _PLACEHOLDER
        if value is not None:
            data["value_for_money"] = value.to_dict()
        return json_text(data).replace(json.dumps(_PLACEHOLDER), _acceptability_json(sensitivity.monte_carlo), 1)
    markdown = fmt == "markdown"
    plain = markdown_text if markdown else terminal_text
    appraisal = sensitivity.result.appraisal
    groups = {g.id: g.name for g in appraisal.weighting.groups} if appraisal.weighting is not None else {}
    names = {} if ids else ({c.id: c.name for c in appraisal.criteria} | {o.id: o.name for o in appraisal.options}
                            | groups)
    tablefmt = "pipe" if markdown else "simple"
    title = plain(appraisal.title)

    def escape(key: str) -> str:  # every text it is given here is an option's or criterion's id
        return plain(names.get(key, key))

    lines = [f"## {title}" if markdown else title, ""]
    sections = _sections(sensitivity, escape, tablefmt, None if markdown else width)
    if value is not None:
        sections.append(("Value for money under cost ranges",
                         _value(value, escape, tablefmt, None if markdown else width)))
    for heading, body in sections:
        lines += [f"### {heading}" if markdown else heading, ""] + body + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


WRAPPED = ("Criterion", "Group", "Option", "Switches below", "Switches above", "Would have to", "Within the scale")


def _sections(
    s: Sensitivity, escape: Callable[[str], str], tablefmt: str, width: int | None
) -> list[tuple[str, list[str]]]:
    def table(headers: list[str], rows: list[list[str]]) -> str:
        """A table; at a terminal, its text columns (names, the moves in words) wrap to ``width``."""
        stages = [[(j, 14) for j, h in enumerate(headers) if h in WRAPPED], [(j, 1) for j in range(len(headers))]]
        if tablefmt == "simple":
            return terminal_table(headers, rows, width, stages)
        return tabulate(rows, headers, tablefmt=tablefmt, disable_numparse=True)

    leader = s.leader
    weights = ", ".join(f"{escape(str(c))} {w:.1%}" for c, w in s.result.weights.items())
    scenario = s.result.scenario
    sections = [("Leader", [
        escape(leader) if leader else "none: no option is eligible", "",
        *([f"scenario: {escape(scenario)}"] if scenario else []),
        f"weights: {weights}",
    ])]
    rows = [[escape(w.criterion), f"{w.weight:.1%}", _switch(w.lower, escape), _switch(w.upper, escape)]
            for w in s.switching_values]
    sections.append(("Weight switching values", [
        "The weight at which another option first ties with or overtakes the leader, the other",
        "weights keeping their proportions."
        + (" One weight moves at a time, so a switch may lie outside the stated order." if s.ordinal else ""), "",
        table(["Criterion", "Weight", "Switches below", "Switches above"], rows),
    ]))
    if s.group_switching:
        depth = _depths(s)
        rows = [["  " * depth[g.group] + escape(g.group), f"{g.within:.1%}", f"{g.weight:.1%}",
                 _group_switch(g.lower, g.parent_weight, escape), _group_switch(g.upper, g.parent_weight, escape)]
                for g in s.group_switching]
        sections.append(("Group weight switching values", [
            "The same for each group of the value tree, at every depth: its share within its parent",
            "moves, the other items there keeping their proportions of the rest, every group's criteria",
            "theirs within it and the rest of the tree its weights. Shares are within the parent (the",
            "overall weight in brackets).", "",
            table(["Group", "Within", "Overall", "Switches below", "Switches above"], rows),
        ]))
    if s.score_switching and leader and s.runner_up:  # computed only when there are two eligible options
        gap = s.result.score(leader) - s.result.score(s.runner_up)
        criteria: dict[str, dict[str, Any]] = {
            c.id: {"type": c.type, "unit": c.unit, "direction": c.direction, "range": c.range}
            for c in s.result.appraisal.criteria}
        places = current_places(s.score_switching)
        rows = [_score_row(x, criteria[x.criterion], escape, places.get(x.criterion)) for x in s.score_switching]
        sections.append(("Score switching values", [
            f"How far one score would have to move, other things equal, for the runner-up "
            f"{escape(str(s.runner_up))} to draw level with the leader ({gap:.2f} points behind).", "",
            table(["Criterion", "Option", "Now", "Would have to", "Within the scale"], rows),
        ]))
    challenge = s.closest_challenge
    ordinal = s.ordinal is not None
    if challenge is None and ordinal:
        body = ["No other eligible option leads at any weights consistent with the stated order of the criteria."]
    elif challenge is None:
        body = ["No other eligible option leads at any weights: the ranking holds whatever the weights."]
    else:
        moved = ", ".join(f"{escape(c)} {w:.1%}" for c, w in challenge.weights.items())
        body = [
            f"The ranking holds unless weights move by at least {challenge.l1_change * 100:.1f} "
            "percentage points in total" + (", keeping the stated order of the criteria." if ordinal else "."),
            f"Nearest challenge: {escape(challenge.challenger)} draws level at weights {moved}.",
        ]
    body += _node_challenges(s, escape)
    sections.append(("What it would take", body))
    sections.append(("Monte Carlo rank stability", _monte_carlo(s, escape, table)))
    if s.ordinal is not None:
        sections.append(("Central weights and confidence factors (SMAA-2)", _central(s, escape, table)))
    return sections


def _central(s: Sensitivity, escape: Callable[[str], str], table: Callable[..., str]) -> list[str]:
    """Each option's central weight vector and confidence factor (Lahdelma & Salminen 2001)."""
    assert s.ordinal is not None
    criteria = list(s.ordinal.criteria)
    rows = []
    for oid, central in s.ordinal.central_weights.items():
        confidence = s.ordinal.confidence[oid]
        cells = ["-"] * len(criteria) if central is None else [f"{central[c]:.1%}" for c in criteria]
        rows.append([escape(oid), *cells, "never first" if confidence is None else f"{confidence:.1%}"])
    return [
        "Central weights: the mean of the sampled weights under which an option ranks first. Confidence",
        "factor: the chance it ranks first at its central weights, over the score ranges.", "",
        table(["Option", *(escape(c) for c in criteria), "Confidence"], rows),
    ]


_PLACEHOLDER = "\u0000rank_acceptability"  # no id or text of the JSON can be this (ids are [a-z0-9_])


def _acceptability_json(mc: MonteCarlo) -> str:
    """``rank_acceptability`` as ``json.dumps(..., indent=2)`` would place it, one option a line,
    written straight from the sparse counts: at ten thousand options the dicts of every
    (option, rank) would take gigabytes."""
    if not mc.options:
        return "{}"
    lines = []
    for i, oid in enumerate(mc.options):  # option by option, so that no list of every cell is made
        rank, count = mc.counts.band(i)
        ranks, shares = (rank + 1).tolist(), (count / mc.samples).tolist()
        inner = ", ".join(f'"{r}": {float(p)!r}' for r, p in zip(ranks, shares, strict=True))
        lines.append(f"      {json.dumps(oid, ensure_ascii=False)}: {{{inner}}}")
    return "{\n" + ",\n".join(lines) + "\n    }"


def _depths(s: Sensitivity) -> dict[str, int]:
    """Each group's depth in the value tree (0: weighed at the top level)."""
    parents = {g.group: g.parent for g in s.group_switching}

    def depth(g: str | None) -> int:
        return -1 if g is None else 1 + depth(parents.get(g))

    return {g: depth(g) for g in parents}


def _node_challenges(s: Sensitivity, escape: Callable[[str], str]) -> list[str]:
    """A line for each node of the value tree: what it would take there alone."""
    ordinal = s.ordinal is not None
    record = s.result.appraisal.weighting
    levels: dict[str | None, WeightLevel] = {} if record is None else {
        None: record.top, **{g.id: g.level for g in record.groups}}
    lines = []
    for n in s.node_challenges:
        where = ("At the top level of the value tree alone (each group's criteria keeping their proportions "
                 "within it)" if n.node is None else
                 f"Within {escape(n.node)} alone (its items' shares, every other weight where it is)")
        kept = ordinal and n.node in levels and levels[n.node].method == "rank"
        if n.challenge is None:
            lines.append(f"{where}, no other eligible option leads at any shares"
                         + (" in the stated order." if kept else "."))
            continue
        moved = ", ".join(f"{escape(c)} {w:.1%}" for c, w in n.challenge.weights.items())
        lines.append(f"{where}, the {'weights' if n.node is None else 'shares'} must move by at least "
                     f"{n.challenge.l1_change * 100:.1f} percentage points"
                     + (", keeping the stated order" if kept else "")
                     + f": {escape(n.challenge.challenger)} draws level at {moved}.")
    return lines


def _group_switch(switch: Switch | None, parent_weight: float, escape: Callable[[str], str]) -> str:
    if switch is None:
        return "none"
    overall = "" if parent_weight >= 1 - 1e-12 else f" ({parent_weight * switch.weight:.1%})"
    return f"{switch.weight:.1%}{overall}: {escape(switch.new_leader)}"


def _switch(switch: Switch | None, escape: Callable[[str], str]) -> str:
    return "none" if switch is None else f"{switch.weight:.1%}: {escape(switch.new_leader)}"


def _score_row(
    x: ScoreSwitch, criterion: dict[str, Any], escape: Callable[[str], str], digits: int | None
) -> list[str]:
    """Now, the move in the measure's unit and direction, and whether it stays on the scale."""
    if x.change is None:
        words = switch_words(0.0, x.current, None, criterion, digits)
        return [escape(x.criterion), escape(x.option), escape(words["current_text"]), "no change will do", "no"]
    words = switch_words(x.change, x.current, x.needed, criterion, digits, x.flat)
    return [escape(x.criterion), escape(x.option), escape(words["current_text"]), escape(words["text"]),
            scale_words(x.feasible, words["local"])]


def _monte_carlo(s: Sensitivity, escape: Callable[[str], str], table: Callable[..., str]) -> list[str]:
    mc = s.monte_carlo
    how = {
        "uniform": "weights drawn uniformly from all weight sets",
        "ordinal": "weights drawn uniformly from those consistent with the stated order (SMAA)",
        "tree": f"weights drawn node by node down the value tree (each node's shares around the stated ones, "
                f"Dirichlet, spread {mc.spread or 0:g}; a ranked node's uniformly within its order)",
        "judgements": f"weights drawn node by node down the value tree (a MACBETH node's shares uniformly from "
                      f"those consistent with its judgements, by hit-and-run; a ranked node's uniformly within its "
                      f"order; any other node's around the stated ones, Dirichlet, spread {mc.spread or 0:g})",
    }.get(mc.weights, f"weights drawn around the stated ones (Dirichlet, spread {mc.spread or 0:g})")
    drawn = ("each score drawn from the panel (one assessor's score, at random, per option and criterion)"
             if mc.scores == "panel" else "score ranges (where given) drawn as triangular")
    lines = [f"{mc.samples} samples, seed {mc.seed}, {how}; {drawn}.", ""]
    if not mc.options:
        return lines + ["No option is eligible."]
    view = monte_carlo_view(mc.to_dict(RANKS_SHOWN), lambda oid: oid)
    assert view is not None
    ranks = [f"P(rank {r + 1})" for r in range(view["ranks"])]
    rows = [[escape(r["id"]), *(f"{p:.1%}" for p in r["shares"]), f"{r['shortlist_probability']:.1%}"]
            for r in _in_ranking_order(view["rows"], mc.options)]
    lines.append(table(["Option", *ranks, "Shortlisted"], rows))
    if view["note"]:
        lines += ["", view["note"]]
    lines += ["", f"The leader, {escape(mc.options[0])}, stays first in {mc.leader_first:.1%} of samples."]
    return lines


def _in_ranking_order(rows: list[dict[str, Any]], options: tuple[str, ...]) -> list[dict[str, Any]]:
    """The bounded rows, in the ranking's order (the report orders them by rank acceptability)."""
    position = {oid: i for i, oid in enumerate(options)}
    return sorted(rows, key=lambda r: position[r["id"]])


def _value(v: ValueDraws, escape: Callable[[str], str], tablefmt: str, width: int | None) -> list[str]:
    head = (f"{v.samples} samples, seed {v.seed}: each of the {v.ranged} cost or benefit line(s) with a "
            "low/high range drawn as triangular (low, estimate, high), the profile and its optimism bias "
            "scaling with it; benefit scores at their stated values.")
    if v.risks:
        head += (f" Each of the {v.risks} priced risk(s) of the register occurs with its probability and then adds "
                 "its cost (in place of its expected value).")
    if not v.options:
        return [head, "", "No eligible option gives costs."]
    best = v.best_npsv
    rows = [[escape(o), f"{f:.1%}", "-" if best is None else f"{b:.1%}"]
            for o, f, b in zip(v.options, v.frontier, best if best is not None else v.frontier, strict=True)]
    headers = ["Option", "On the frontier", "Best NPSV"]
    if v.risks and v.mean_pvc is not None:
        headers.append("Mean PVC")
        rows = [[*row, f"{c:,.2f}"] for row, c in zip(rows, v.mean_pvc, strict=True)]
    table = (terminal_table(headers, rows, width) if tablefmt == "simple"
             else tabulate(rows, headers, tablefmt=tablefmt, disable_numparse=True))
    note = [] if best is not None else ["", "Best NPSV: benefits are not monetised for every option with costs."]
    return [head, "", table, *note]
