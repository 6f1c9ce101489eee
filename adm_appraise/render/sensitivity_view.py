"""The report's view of a sensitivity analysis: the plain dict ``sensitivity`` returns,
turned into rows and charts ready for the templates.

The input shape (weights and changes as fractions, 0.2 = 20%)::

    {"leader": id, "weights": {criterion: w},
     "switching_values": [{"criterion", "weight", "lower": {"weight", "new_leader"} | None,
                           "upper": {...} | None}],
     "score_switching": [{"criterion", "option", "change", "feasible"}],
     "closest_challenge": {"challenger", "l1_change", "weights": {criterion: w}} | None,
     "group_switching_values": [{"group", "parent", "within", "weight",
                                 "lower": {"within", "weight", "new_leader"} | None, "upper": ...}],
     "top_level_challenge": {...} | None, "group_challenges": [{"group", "challenger", ...}],
     "monte_carlo": {"samples", "seed", "weights", "rank_acceptability": {id: {"1": p1, "2": p2, ...}},
                     "shortlist_probability": {id: p}} | None}

Missing optional parts render as absent; ids the appraisal does not know are shown as ids.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from adm_appraise.render import charts
from adm_appraise.render.numbers import amount, digits_for, largest_remainder, shown


def sensitivity_context(
    data: Mapping[str, Any],
    options: Mapping[str, Mapping[str, Any]],
    criteria: Sequence[Mapping[str, Any]],
    groups: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The ``sensitivity`` key of the report context; ``groups``: the value tree's group names."""
    crit = {c["id"]: c for c in criteria}
    order = {c["id"]: i for i, c in enumerate(criteria)}

    def option_name(oid: Any) -> str:
        return str(options[oid]["name"]) if oid in options else str(oid)

    def criterion_name(cid: Any) -> str:
        return str(crit[cid]["name"]) if cid in crit else str((groups or {}).get(cid, cid))

    switching = [
        _switch(row, criterion_name, option_name) for row in data.get("switching_values") or []
    ]
    tornado = sorted(
        switching,
        key=lambda r: (
            min(d for d in (r["down"], r["up"], float("inf")) if d is not None),
            order.get(r["criterion"], len(order)),
        ),
    )
    challenge = data.get("closest_challenge")
    monte_carlo = monte_carlo_view(data.get("monte_carlo"), option_name, list(options))
    leader = data.get("leader")
    places = current_places(data.get("score_switching") or [])
    return {
        "leader": {"id": leader, "name": option_name(leader)} if leader is not None else None,
        "weights": [
            {"criterion": c, "name": criterion_name(c), "weight": float(w)}
            for c, w in (data.get("weights") or {}).items()
        ],
        "switching": switching,
        "score_switching": [
            _score_switch(r, crit.get(r["criterion"]), criterion_name, option_name, places)
            for r in data.get("score_switching") or []
        ],
        "closest_challenge": None
        if not challenge
        else {
            "challenger": challenge["challenger"],
            "challenger_name": option_name(challenge["challenger"]),
            "l1_change": float(challenge["l1_change"]),
            "points": float(challenge["l1_change"]) * 100,
            "weights": [
                {
                    "criterion": c,
                    "name": criterion_name(c),
                    "weight": float(w),
                    "current": crit[c]["weight"] if c in crit else None,
                }
                for c, w in challenge.get("weights", {}).items()
            ],
        },
        "holds_points": float(challenge["l1_change"]) * 100 if challenge else None,
        "groups": _groups(data, criterion_name, option_name),
        "node_challenges": _nodes(data, criterion_name, option_name),
        "monte_carlo": monte_carlo,
        "ordinal": _ordinal(data.get("ordinal"), option_name, criterion_name, list(crit)),
        "charts": {
            "tornado": {
                "svg": charts.tornado_svg(tornado) if tornado else None,
                "svg_narrow": charts.tornado_svg(tornado, narrow=True) if tornado else None,
                "rows": tornado,
            },
            "acceptability": {
                "svg": charts.acceptability_svg(monte_carlo["rows"]) if monte_carlo else None,
                "svg_narrow": charts.acceptability_svg(monte_carlo["rows"], narrow=True)
                if monte_carlo
                else None,
            },
        },
    }


def _switch(row: Mapping[str, Any], criterion_name: Any, option_name: Any) -> dict[str, Any]:
    weight = float(row["weight"])
    sides = {}
    for side in ("lower", "upper"):
        bound = row.get(side)
        sides[side] = (
            None
            if not bound
            else {
                "weight": float(bound["weight"]),
                "new_leader": bound["new_leader"],
                "new_leader_name": option_name(bound["new_leader"]),
                # between the weights as shown, so the reader's subtraction agrees
                "distance": shown(abs(shown(weight * 100, 1) - shown(float(bound["weight"]) * 100, 1))),
            }
        )
    return {
        "criterion": row["criterion"],
        "name": criterion_name(row["criterion"]),
        "weight": weight,
        **sides,
        "down": sides["lower"]["distance"] if sides["lower"] else None,
        "up": sides["upper"]["distance"] if sides["upper"] else None,
    }


def _groups(data: Mapping[str, Any], name: Any, option_name: Any) -> list[dict[str, Any]]:
    """The value tree's groups' switching values, each as a share within its parent."""
    rows = data.get("group_switching_values") or []
    parents = {r["group"]: r["parent"] for r in rows}

    def depth(g: Any) -> int:
        return -1 if g is None else 1 + depth(parents.get(g))

    out = []
    for r in rows:
        sides = {side: None if not r.get(side) else {
            "within": float(r[side]["within"]), "weight": float(r[side]["weight"]),
            "new_leader": r[side]["new_leader"], "new_leader_name": option_name(r[side]["new_leader"])}
            for side in ("lower", "upper")}
        out.append({"group": r["group"], "name": name(r["group"]), "depth": depth(r["group"]),
                    "parent_name": None if r["parent"] is None else name(r["parent"]),
                    "within": float(r["within"]), "weight": float(r["weight"]), **sides})
    return out


def _nodes(data: Mapping[str, Any], name: Any, option_name: Any) -> list[dict[str, Any]]:
    """What it would take at each node of the value tree alone (the top level first)."""
    found = [(None, data["top_level_challenge"])] if "top_level_challenge" in data else []
    found += [(r["group"], r if r.get("challenger") else None) for r in data.get("group_challenges") or []]
    return [{
        "node": node, "name": None if node is None else name(node),
        "challenger_name": None if c is None else option_name(c["challenger"]),
        "points": None if c is None else float(c["l1_change"]) * 100,
        "weights": [] if c is None else [{"name": name(k), "weight": float(w)} for k, w in c["weights"].items()],
    } for node, c in found]


def current_places(rows: Any) -> dict[str, int]:
    """Decimals for each criterion's current scores or values (rows with 'criterion' and 'current',
    or objects with those attributes): one number of decimals for a criterion, as its file gives them."""
    found: dict[str, list[float]] = {}
    for r in rows:
        criterion = r["criterion"] if isinstance(r, Mapping) else r.criterion
        current = r.get("current") if isinstance(r, Mapping) else r.current
        if current is not None:
            found.setdefault(criterion, []).append(float(current))
    return {c: digits_for(*values) for c, values in found.items()}


def switch_words(
    change: float, current: float | None, needed: float | None, criterion: Mapping[str, Any] | None,
    current_digits: int | None = None, flat: Any = None,
) -> dict[str, Any]:
    """A score switching value in words: the move in the measure's unit and direction.

    ``flat``: (from, to), a flat part of the criterion's value function on which every raw
    number ties, said after the move.
    ``change`` is signed in the preferred direction (+ better); for a measure where lower is
    better, + means the value falls. ``criterion``: a dict with type, unit, direction, range
    (None: a score on the appraisal's scale).
    """
    measure = bool(criterion and criterion.get("type") == "measure")
    unit = criterion.get("unit") if measure and criterion else None
    lower_better = measure and criterion is not None and criterion.get("direction") == "lower"
    moves = -change if lower_better else change
    digits = digits_for(change, *(v for v in (current, needed) if v is not None))
    if measure:
        magnitude = amount(abs(moves), unit, digits)
    else:
        plural = "" if shown(abs(change), digits) == 1 else "s"
        magnitude = f"{abs(change):,.{digits}f} point{plural}"
    text = f"{'rise' if moves > 0 else 'fall'} by {magnitude}" if change else "no change"
    if needed is not None and change:
        text += f", to {amount(float(needed), unit, digits)}"
    if flat:
        text += (f" (the value function is flat from {amount(float(flat[0]), unit, digits)} to "
                 f"{amount(float(flat[1]), unit, digits)}: anywhere there ties)")
    return {
        "moves": moves,
        "unit": unit,
        "text": text,
        # as the files give them: the change's decimals would show a score of 3 as 3.000
        "current_text": None if current is None else amount(
            float(current), unit, digits_for(float(current)) if current_digits is None else current_digits),
        "local": measure and criterion is not None and not criterion.get("range"),
    }


def scale_words(feasible: bool, local: bool) -> str:
    """Whether the needed score or value lies on the criterion's scale, in words."""
    if feasible:
        return "yes"
    return "no: outside the options' range (local scale)" if local else "no: off the scale"


def _score_switch(
    row: Mapping[str, Any], criterion: Mapping[str, Any] | None, criterion_name: Any, option_name: Any,
    places: Mapping[str, int],
) -> dict[str, Any]:
    current, needed = row.get("current"), row.get("needed")
    digits = places.get(row["criterion"])
    if row["change"] is None:  # no amount will do (a criterion weighted 0, or all options equal)
        words = switch_words(0.0, current, None, criterion, digits)
        return {
            "criterion": row["criterion"],
            "criterion_name": criterion_name(row["criterion"]),
            "option": row["option"],
            "option_name": option_name(row["option"]),
            "change": None,
            "current": None if current is None else float(current),
            "needed": None,
            **words,
            "text": "no change will do",
            "feasible": False,
            "scale": "no",
        }
    change = float(row["change"])
    words = switch_words(change, current, needed, criterion, digits, row.get("flat"))
    return {
        "criterion": row["criterion"],
        "criterion_name": criterion_name(row["criterion"]),
        "option": row["option"],
        "option_name": option_name(row["option"]),
        "change": change,
        "current": None if current is None else float(current),
        "needed": None if needed is None else float(needed),
        **words,
        "feasible": bool(row["feasible"]),
        "scale": scale_words(bool(row["feasible"]), words["local"]),
    }


RANKS_SHOWN = 10  # rank columns a table or chart of rank acceptability shows at most
ROWS_SHOWN = 20  # options it shows at most (when there are more than that)


def monte_carlo_view(
    mc: Mapping[str, Any] | None, option_name: Any, ranking: Sequence[str] = ()
) -> dict[str, Any] | None:
    """Rank acceptability, bounded: the first RANKS_SHOWN ranks, and the options that take them.

    Options x ranks grows with the square of the options, so with more than ROWS_SHOWN options
    only those that most often take a shown rank are kept, at most ROWS_SHOWN of them; ``note``
    says what is left out (the JSON output holds it all). Rows are in ranking order (the
    report's order everywhere); shares also as whole percentages that add up to 100 in each
    row when every rank is shown (else to the shown ranks' total).
    """
    if not mc:
        return None
    acceptability = mc.get("rank_acceptability") or {}
    shortlist = mc.get("shortlist_probability") or {}
    total = len(acceptability)
    ranks = min(total, RANKS_SHOWN)
    rows = []
    for oid, found in acceptability.items():
        shares = _dense(found, ranks)
        whole = 100.0 if ranks == total else float(round(sum(shares) * 100))
        rows.append({
            "id": oid,
            "name": option_name(oid),
            "shares": shares,
            "percents": largest_remainder([s * 100 for s in shares], whole, 0) if shares else [],
            "first": shares[0] if shares else 0.0,
            "shortlist_probability": shortlist.get(oid),
        })
    if total > ROWS_SHOWN:  # the options most often at the shown ranks: most often first, then second...
        rows.sort(key=lambda r: ([-s for s in r["shares"]], str(r["id"])))
        rows = [r for r in rows if any(r["shares"])][:ROWS_SHOWN]
    position = {oid: k for k, oid in enumerate(ranking)}
    rows.sort(key=lambda r: (position.get(r["id"], len(position)), str(r["id"])))
    omitted = total - len(rows)
    return {
        "samples": mc.get("samples"),
        "seed": mc.get("seed"),
        "weights": mc.get("weights"),
        "scores": mc.get("scores", "ranges"),
        "ranks": ranks,
        "rows": rows,
        "options": total,
        "omitted": omitted,
        "omitted_ranks": total - ranks,
        "note": _omission(total, ranks, omitted),
    }


def _ordinal(
    data: Mapping[str, Any] | None, option_name: Any, criterion_name: Any, criteria: list[str]
) -> dict[str, Any] | None:
    """SMAA-2's central weights and confidence factors, when weights were drawn from an order."""
    if not data:
        return None
    central = data.get("central_weights") or {}
    confidence = data.get("confidence_factors") or {}
    return {
        "criteria": [{"id": c, "name": criterion_name(c)} for c in criteria],
        "rows": [
            {
                "id": oid,
                "name": option_name(oid),
                "central": None if weights is None else [float(weights.get(c, 0.0)) for c in criteria],
                "confidence": confidence.get(oid),
            }
            for oid, weights in central.items()
        ],
    }


def _dense(found: Any, ranks: int) -> list[float]:
    """Shares of ranks 1..``ranks``: from {rank: share} (sparse, as the JSON gives it) or a list."""
    if isinstance(found, Mapping):
        return [float(found.get(str(k + 1), found.get(k + 1, 0.0))) for k in range(ranks)]
    return [float(x) for x in list(found)[:ranks]] + [0.0] * max(0, ranks - len(found))


def _omission(total: int, ranks: int, omitted: int) -> str | None:
    """What a bounded rank-acceptability table leaves out, in words (None: nothing)."""
    if total <= ranks and not omitted:
        return None
    shown = f"ranks 1 to {ranks} of {total:,}" if total > ranks else f"all {ranks} ranks"
    if omitted:
        shown += (f", for the {total - omitted:,} options most often at those ranks "
                  f"({omitted:,} other options are left out)")
    return (f"Shown: {shown}. The JSON output of adm-appraise sensitivity (--format json) gives every "
            "option's share of every rank.")
