"""The weights of an appraisal, how they were derived, and what other methods would give.

``describe`` turns an appraisal's weighting record into plain data for the ``weights``
command and the report: each level of the value tree with its judgements, its weights, the
consistency of pairwise judgements, and the weights the rank-order formulas give for the
same order (the order a panel's swings or comparisons imply), so a panel can see whether
rank-order centroid and its swings agree.

The ordinal sensitivity analysis (SMAA with the order as the only information) is in
:mod:`adm_appraise.analysis.ordinal`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import adm_appraise.weighting as formulas
from adm_appraise import macbeth
from adm_appraise.model import Appraisal, Weighting, WeightLevel
from adm_appraise.weighting import Pairwise

TIE = 1e-9


def implied_order(weights: Mapping[str, float], items: Sequence[str]) -> list[list[str]]:
    """The ranking some weights imply: most weight first, equal weights (within 1e-9) tied."""
    levels: list[list[str]] = []
    for item in sorted(items, key=lambda i: -weights[i]):  # stable: ties keep the file order
        if levels and abs(weights[levels[-1][0]] - weights[item]) <= TIE:
            levels[-1].append(item)
        else:
            levels.append([item])
    return levels


def level_order(level: WeightLevel) -> list[list[str]]:
    """The order of a level: as stated under method rank, else as its weights imply."""
    if level.method == "rank":
        return [list(place) for place in level.order]
    return implied_order(level.derive(), level.items)


def alternatives(order: Sequence[Sequence[str]]) -> dict[str, dict[str, float]]:
    """The weights each rank-order formula gives for one order."""
    return {f: formulas.rank_order(order, f) for f in formulas.RANK_FORMULAS}


def describe(appraisal: Appraisal) -> dict[str, Any]:
    """Plain data: the weights, how they were derived, consistency, and the alternatives."""
    record = appraisal.weighting or Weighting(
        method="direct",
        top=WeightLevel(
            items=tuple(c.id for c in appraisal.criteria), method="direct",
            where=appraisal.where or appraisal.criteria[0].where,
            stated={c.id: c.weight for c in appraisal.criteria},
        ),
    )
    names = {c.id: c.name for c in appraisal.criteria} | {g.id: g.name for g in record.groups}
    effective = record.weights()
    within = record.within()
    overall = record.overall()
    group_of = {c: g.id for g in record.groups for c in g.level.items}
    group_ids = {g.id for g in record.groups}
    return {
        "title": appraisal.title,
        "recorded": appraisal.weighting is not None,
        "method": record.method,
        "participants": list(record.participants),
        "date": record.date,
        "rationale": record.rationale,
        "depth": record.depth(),
        "criteria": [
            {"id": c.id, "name": c.name, "group": group_of.get(c.id),
             "within": within[c.id] if c.id in group_of else None, "weight": effective[c.id]}
            for c in appraisal.criteria
        ],
        "groups": [{"id": g.id, "name": g.name, "description": g.description, "parent": g.parent,
                    "within": within[g.id], "weight": overall[g.id],
                    "criteria": [i for i in g.level.items if i not in group_ids],
                    "items": list(g.level.items)} for g in record.groups],
        "levels": [
            _level(record.top, None, "the criteria" if not record.groups else "the groups and ungrouped criteria",
                   names),
            *({**_level(g.level, g.id, g.name, names), "parent": g.parent} for g in record.groups),
        ],
        "tree": _tree(record.top.items, record, names, within, overall),
    }


def _tree(items: Sequence[str], record: Weighting, names: Mapping[str, str], within: Mapping[str, float],
          overall: Mapping[str, float], depth: int = 0) -> list[dict[str, Any]]:
    """The value tree as nested nodes, each with its weight within its parent and overall."""
    groups = {g.id: g for g in record.groups}
    out = []
    for item in items:
        node: dict[str, Any] = {"id": item, "name": names.get(item, item), "kind": "group" if item in groups
                                else "criterion", "depth": depth, "within": within[item], "weight": overall[item]}
        if item in groups:
            node["children"] = _tree(groups[item].level.items, record, names, within, overall, depth + 1)
        out.append(node)
    return out


def _level(level: WeightLevel, group: str | None, label: str, names: Mapping[str, str]) -> dict[str, Any]:
    weights = level.derive()
    order = level_order(level)
    pairwise = level.consistency()
    judgements: dict[str, Any] = {}
    if level.method == "swing":
        judgements = {"swings": {i: level.swings[i] for i in level.items}}
    elif level.method == "rank":
        judgements = {"order": order, "formula": level.formula}
    elif level.method == "macbeth":
        judgements = {"macbeth": macbeth_data(level, names)}
    elif level.method == "pairwise":
        judgements = {"comparisons": [{"first": a, "second": b, "ratio": r} for (a, b), r in level.comparisons.items()]}
    else:
        judgements = {"stated": {i: level.stated[i] for i in level.items if i in level.stated}}
    return {
        "group": group,
        "parent": None,
        "label": label,
        "method": level.method,
        "items": [{"id": i, "name": names.get(i, i)} for i in level.items],
        "weights": weights,
        "judgements": judgements,
        "order": order,
        "alternatives": alternatives(order),
        "consistency": _consistency(pairwise),
        "judges": [
            {"name": judge, "comparisons": [{"first": a, "second": b, "ratio": r}
                                            for (a, b), r in level.judges[judge].items()],
             "consistency": _consistency(own)}
            for judge, own in level.judge_consistency().items()
        ],
    }


def macbeth_data(level: WeightLevel, names: Mapping[str, str]) -> dict[str, Any]:
    """A MACBETH level: the judgement matrix (a row an item, a column an item, the category where
    the row's swing was judged over the column's), the scale (the largest swing 100), and the
    interval each weight may move within, the other values held and the judgements still
    consistent (the other weights then shrink or grow in proportion)."""
    scale = level.macbeth
    assert scale is not None and scale.values is not None
    items = [*level.items, macbeth.NO_SWING]
    label = {**{i: names.get(i, i) for i in level.items}, macbeth.NO_SWING: "No swing"}
    cells = {(j.first, j.second): j.words for j in scale.judgements}
    top = max(scale.values[i] for i in level.items)
    total = sum(scale.values[i] for i in level.items)
    weights: dict[str, list[float]] = {}
    for item, (lo, hi) in scale.intervals.items():
        others = total - scale.values[item]
        weights[item] = [lo / (lo + others) if lo + others > 0 else 0.0,
                         1.0 if math.isinf(hi) or hi + others <= 0 else hi / (hi + others)]
    return {
        "items": [{"id": i, "name": label[i]} for i in items],
        "matrix": [[cells.get((a, b)) for b in items] for a in items],
        "judgements": [{"first": j.first, "second": j.second, "category": j.text, "words": j.words,
                        "low": macbeth.CATEGORIES[j.low], "high": macbeth.CATEGORIES[j.high]}
                       for j in scale.judgements],
        "scale": {i: 100.0 * scale.values[i] / top for i in level.items},
        "basic": {i: scale.values[i] for i in items},
        "intervals": {i: weights[i] for i in level.items if i in weights},
    }


def _consistency(pairwise: Pairwise | None) -> dict[str, Any] | None:
    """Saaty's consistency of a matrix, and how many of its pairs were judged (Harker's method
    weighs an incomplete one)."""
    if pairwise is None:
        return None
    return {
        "lambda_max": pairwise.lambda_max, "ci": pairwise.ci, "ri": pairwise.ri, "cr": pairwise.cr,
        "acceptable": pairwise.acceptable, "judged": pairwise.judged, "pairs": pairwise.pairs,
        "items": list(pairwise.weights),
        "worst": None if pairwise.worst is None else {
            "first": pairwise.worst.first, "second": pairwise.worst.second,
            "ratio": pairwise.worst.ratio, "consistent": pairwise.worst.consistent,
        },
    }
