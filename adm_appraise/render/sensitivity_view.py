"""The report's view of a sensitivity analysis: the plain dict ``sensitivity`` returns,
turned into rows and charts ready for the templates.

The input shape (weights and changes as fractions, 0.2 = 20%)::

    {"leader": id, "weights": {criterion: w},
     "switching_values": [{"criterion", "weight", "lower": {"weight", "new_leader"} | None,
                           "upper": {...} | None}],
     "score_switching": [{"criterion", "option", "change", "feasible"}],
     "closest_challenge": {"challenger", "l1_change", "weights": {criterion: w}} | None,
     "monte_carlo": {"samples", "seed", "weights", "rank_acceptability": {id: [p1, p2, ...]},
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
) -> dict[str, Any]:
    """The ``sensitivity`` key of the report context."""
    crit = {c["id"]: c for c in criteria}
    order = {c["id"]: i for i, c in enumerate(criteria)}

    def option_name(oid: Any) -> str:
        return str(options[oid]["name"]) if oid in options else str(oid)

    def criterion_name(cid: Any) -> str:
        return str(crit[cid]["name"]) if cid in crit else str(cid)

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
    monte_carlo = _monte_carlo(data.get("monte_carlo"), option_name, list(options))
    leader = data.get("leader")
    return {
        "leader": {"id": leader, "name": option_name(leader)} if leader is not None else None,
        "weights": [
            {"criterion": c, "name": criterion_name(c), "weight": float(w)}
            for c, w in (data.get("weights") or {}).items()
        ],
        "switching": switching,
        "score_switching": [
            _score_switch(r, crit.get(r["criterion"]), criterion_name, option_name)
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
        "monte_carlo": monte_carlo,
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


def switch_words(
    change: float, current: float | None, needed: float | None, criterion: Mapping[str, Any] | None
) -> dict[str, Any]:
    """A score switching value in words: the move in the measure's unit and direction.

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
    return {
        "moves": moves,
        "unit": unit,
        "text": text,
        "current_text": None if current is None else amount(float(current), unit, digits),
        "local": measure and criterion is not None and not criterion.get("range"),
    }


def scale_words(feasible: bool, local: bool) -> str:
    """Whether the needed score or value lies on the criterion's scale, in words."""
    if feasible:
        return "yes"
    return "no: outside the options' range (local scale)" if local else "no: off the scale"


def _score_switch(
    row: Mapping[str, Any], criterion: Mapping[str, Any] | None, criterion_name: Any, option_name: Any
) -> dict[str, Any]:
    current, needed = row.get("current"), row.get("needed")
    if row["change"] is None:  # no amount will do (a criterion weighted 0, or all options equal)
        words = switch_words(0.0, current, None, criterion)
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
    words = switch_words(change, current, needed, criterion)
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


def _monte_carlo(
    mc: Mapping[str, Any] | None, option_name: Any, ranking: Sequence[str]
) -> dict[str, Any] | None:
    """Rows in ranking order (the report's order everywhere), shares also as whole percentages
    that add up to 100 in each row."""
    if not mc:
        return None
    acceptability = mc.get("rank_acceptability") or {}
    shortlist = mc.get("shortlist_probability") or {}
    position = {oid: k for k, oid in enumerate(ranking)}
    rows = [
        {
            "id": oid,
            "name": option_name(oid),
            "shares": [float(s) for s in shares],
            "percents": largest_remainder([float(s) * 100 for s in shares], 100.0, 0)
            if shares
            else [],
            "first": float(shares[0]) if shares else 0.0,
            "shortlist_probability": shortlist.get(oid),
        }
        for oid, shares in acceptability.items()
    ]
    rows.sort(key=lambda r: (position.get(r["id"], len(position)), str(r["id"])))
    return {
        "samples": mc.get("samples"),
        "seed": mc.get("seed"),
        "weights": mc.get("weights"),
        "ranks": max((len(r["shares"]) for r in rows), default=0),
        "rows": rows,
    }
