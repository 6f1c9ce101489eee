"""The report's view of a sensitivity analysis: the plain dict ``sensitivity`` returns,
turned into rows and charts ready for the templates.

The input shape (weights and changes as fractions, 0.2 = 20%)::

    {"leader": id, "weights": {criterion: w},
     "switching_values": [{"criterion", "weight", "lower": {"weight", "new_leader"} | None,
                           "upper": {...} | None}],
     "score_switching": [{"criterion", "option", "change", "feasible"}],
     "closest_challenge": {"challenger", "l1_change", "weights": {criterion: w}} | None,
     "monte_carlo": {"samples", "seed", "weights", "rank_acceptability": {id: {"1": p1, "2": p2, ...}},
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
    monte_carlo = monte_carlo_view(data.get("monte_carlo"), option_name)
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


RANKS_SHOWN = 10  # rank columns a table or chart of rank acceptability shows at most
ROWS_SHOWN = 20  # options it shows at most (when there are more than that)


def monte_carlo_view(mc: Mapping[str, Any] | None, option_name: Any) -> dict[str, Any] | None:
    """Rank acceptability, bounded: the first RANKS_SHOWN ranks, and the options that take them.

    Options x ranks grows with the square of the options, so with more than ROWS_SHOWN options
    only those that ever take a shown rank are kept, most often first, at most ROWS_SHOWN of
    them; ``note`` says what is left out (the JSON output holds it all).
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
        rows.append({
            "id": oid,
            "name": option_name(oid),
            "shares": shares,
            "first": shares[0] if shares else 0.0,
            "shortlist_probability": shortlist.get(oid),
        })
    rows.sort(key=lambda r: ([-s for s in r["shares"]], str(r["id"])))  # most often first, then second...
    if total > ROWS_SHOWN:
        rows = [r for r in rows if any(r["shares"])][:ROWS_SHOWN]
    omitted = total - len(rows)
    return {
        "samples": mc.get("samples"),
        "seed": mc.get("seed"),
        "weights": mc.get("weights"),
        "ranks": ranks,
        "rows": rows,
        "options": total,
        "omitted": omitted,
        "omitted_ranks": total - ranks,
        "note": _omission(total, ranks, omitted),
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
