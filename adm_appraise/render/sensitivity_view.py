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
    monte_carlo = _monte_carlo(data.get("monte_carlo"), option_name)
    leader = data.get("leader")
    return {
        "leader": {"id": leader, "name": option_name(leader)} if leader is not None else None,
        "weights": [
            {"criterion": c, "name": criterion_name(c), "weight": float(w)}
            for c, w in (data.get("weights") or {}).items()
        ],
        "switching": switching,
        "score_switching": [
            {
                "criterion": r["criterion"],
                "criterion_name": criterion_name(r["criterion"]),
                "option": r["option"],
                "option_name": option_name(r["option"]),
                "change": None if r["change"] is None else float(r["change"]),  # None: no amount will do
                "feasible": bool(r["feasible"]),
            }
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
            "tornado": {"svg": charts.tornado_svg(tornado) if tornado else None, "rows": tornado},
            "acceptability": {
                "svg": charts.acceptability_svg(monte_carlo["rows"]) if monte_carlo else None
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
                "distance": abs(weight - float(bound["weight"])) * 100,
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


def _monte_carlo(mc: Mapping[str, Any] | None, option_name: Any) -> dict[str, Any] | None:
    if not mc:
        return None
    acceptability = mc.get("rank_acceptability") or {}
    shortlist = mc.get("shortlist_probability") or {}
    rows = [
        {
            "id": oid,
            "name": option_name(oid),
            "shares": [float(s) for s in shares],
            "first": float(shares[0]) if shares else 0.0,
            "shortlist_probability": shortlist.get(oid),
        }
        for oid, shares in acceptability.items()
    ]
    rows.sort(
        key=lambda r: ([-s for s in r["shares"]], str(r["id"]))
    )  # most often first, then second...
    return {
        "samples": mc.get("samples"),
        "seed": mc.get("seed"),
        "weights": mc.get("weights"),
        "ranks": max((len(r["shares"]) for r in rows), default=0),
        "rows": rows,
    }
