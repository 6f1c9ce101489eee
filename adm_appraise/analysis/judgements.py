"""Edits of a weighting record's judgements, and each one's share of a weight change (for ``diff``).

With a weighting record (swing, rank, pairwise or MACBETH, perhaps in a value tree) the weights are
derived: one edited swing moves every derived weight of its level, yet the edit is the swing.
So ``diff`` names the judgements that changed, where they stand, and splits the weight part of
each option's score change among them by the Shapley value over the edits: with E the edits
and n(S) the effective weights derived with the edits in S applied to the old judgements,

    phi_e = sum over S in E without e of |S|! (|E| - |S| - 1)! / |E|! * (F(S + e) - F(S)),
    F(S) = sum_c n_c(S) vbar_c,

which is exact (the shares add up to F(E) - F(empty) = sum_c (n1_c - n0_c) vbar_c), symmetric,
and gives a pure rescale of one level's judgements (every swing doubled) nothing, since it
derives the same weights.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

import adm_appraise.weighting as formulas
from adm_appraise import macbeth
from adm_appraise.model import Weighting, WeightLevel
from adm_appraise.problems import Location

STATED = {"swing": ("swings", "swing"), "direct": ("stated", "weight")}  # method -> field, edit kind
MAX_EDITS = 10  # 2**10 subsets; beyond that the weight part is split by criterion instead


@dataclass(frozen=True)
class Judgement:
    """One edited judgement: where it is made (``level``: 'top' or a group id) and what it became."""

    level: str
    item: str  # the swing's or stated weight's item, 'a/b' for a comparison, '' for the order, method, formula
    kind: str  # 'swing', 'weight', 'comparison', 'macbeth', 'order', 'formula', 'method'
    old: Any
    new: Any
    where: Location | None
    text: str
    judge: str = ""  # a group's pairwise judgement: whose it is

    @property
    def key(self) -> str:
        """The part key naming it: 'judgement:swing of workforce (delivery)'."""
        return f"judgement:{self.label}"

    @property
    def label(self) -> str:
        at = "" if self.level == "top" else f" ({self.level})"
        if self.kind in ("swing", "weight"):
            return f"{self.kind} of {self.item}{at}"
        if self.kind == "macbeth":
            return f"MACBETH judgement {self.item}{at}"
        if self.kind == "comparison":
            by = f" by {self.judge}" if self.judge else ""
            return f"judgement {self.item}{by}{at}"
        return f"{self.kind} of {'the top level' if self.level == 'top' else self.level}"


def _levels(record: Weighting) -> dict[str, WeightLevel]:
    return {"top": record.top, **{g.id: g.level for g in record.groups}}


def comparable(old: Weighting | None, new: Weighting | None) -> bool:
    """True when both records weigh the same items at the same levels (a level's method may differ)."""
    if old is None or new is None:
        return False
    a, b = _levels(old), _levels(new)
    return a.keys() == b.keys() and all(a[k].items == b[k].items for k in a)


def edits(old: Weighting, new: Weighting) -> list[Judgement]:
    """Every judgement that differs between two comparable records, in file order."""
    found: list[Judgement] = []
    before, after = _levels(old), _levels(new)
    for key, lv1 in after.items():
        lv0 = before[key]
        found += _level_edits(key, lv0, lv1)
    return found


def _level_edits(key: str, lv0: WeightLevel, lv1: WeightLevel) -> list[Judgement]:
    where = lv1.where
    at = "the top level" if key == "top" else f"group {key}"
    out = []
    if lv0.method != lv1.method:  # judged afresh: the method is the edit
        return [Judgement(key, "", "method", lv0.method, lv1.method, where,
                          f"weighting method of {at} {lv0.method} → {lv1.method}")]
    if lv1.method in STATED:  # a number an item: its swing, or its stated weight
        field, kind = STATED[lv1.method]
        before, after = getattr(lv0, field), getattr(lv1, field)
        for item in lv1.items:
            if before.get(item) != after.get(item):
                out.append(Judgement(key, item, kind, before.get(item), after.get(item), lv1.at.get(item, where),
                                     f"{kind} of {item} ({at}) {_fmt(before.get(item))} → {_fmt(after.get(item))}"))
    elif lv1.method == "rank":
        if lv0.order != lv1.order:
            out.append(Judgement(key, "", "order", _order(lv0.order), _order(lv1.order), where,
                                 f"rank order of {at} {_order(lv0.order)} → {_order(lv1.order)}"))
        if lv0.formula != lv1.formula:
            out.append(Judgement(key, "", "formula", lv0.formula, lv1.formula, where,
                                 f"rank formula of {at} {lv0.formula} → {lv1.formula}"))
    elif lv1.method == "macbeth":
        marks0, marks1 = _macbeth_pairs(lv0), _macbeth_pairs(lv1)
        index = {item: i for i, item in enumerate((*lv1.items, macbeth.NO_SWING))}
        for pair in sorted(set(marks0) | set(marks1), key=lambda p: (index.get(p[0], -1), index.get(p[1], -1))):
            if marks0.get(pair) != marks1.get(pair):
                a, b = pair
                out.append(Judgement(key, f"{a}/{b}", "macbeth", marks0.get(pair), marks1.get(pair),
                                     lv1.at.get(f"{a}/{b}", where),
                                     f"MACBETH judgement {a} over {b} ({at}) {marks0.get(pair) or '-'} → "
                                     f"{marks1.get(pair) or '-'}"))
    elif lv1.method == "pairwise" and lv0.judges and lv1.judges:  # a group's: each participant's own edits
        for judge in dict.fromkeys([*lv1.judges, *lv0.judges]):
            pairs0, pairs1 = _pairs(lv1, lv0.judges.get(judge, {})), _pairs(lv1, lv1.judges.get(judge, {}))
            for pair in sorted(set(pairs0) | set(pairs1), key=lambda p: (lv1.items.index(p[0]),
                                                                         lv1.items.index(p[1]))):
                if not _same(pairs0.get(pair), pairs1.get(pair)):
                    a, b = pair
                    out.append(Judgement(key, f"{a}/{b}", "comparison", pairs0.get(pair), pairs1.get(pair),
                                         lv1.at.get(f"{judge}\t{a}/{b}", where),
                                         f"judgement {a} against {b} by {judge} ({at}) {_ratio(pairs0.get(pair))} → "
                                         f"{_ratio(pairs1.get(pair))}", judge))
    elif lv1.method == "pairwise":
        pairs0, pairs1 = _pairs(lv0), _pairs(lv1)
        for pair in sorted(set(pairs0) | set(pairs1), key=lambda p: (lv1.items.index(p[0]), lv1.items.index(p[1]))):
            if not _same(pairs0.get(pair), pairs1.get(pair)):
                a, b = pair
                out.append(Judgement(key, f"{a}/{b}", "comparison", pairs0.get(pair), pairs1.get(pair),
                                     lv1.at.get(a, where),
                                     f"judgement {a} against {b} ({at}) {_ratio(pairs0.get(pair))} → "
                                     f"{_ratio(pairs1.get(pair))}"))
    return out


def _macbeth_pairs(level: WeightLevel) -> dict[tuple[str, str], str]:
    """A MACBETH level's judgements: (more attractive, less) -> the category as written."""
    if level.macbeth is None:
        return {}
    return {(j.first, j.second): j.text for j in level.macbeth.judgements}


def _pairs(level: WeightLevel, comparisons: Any = None) -> dict[tuple[str, str], float]:
    """Each pair once, in the items' order: (a, b) -> how many times a matters as much as b (the
    level's comparisons, or the ``comparisons`` given, such as one participant's)."""
    index = {item: i for i, item in enumerate(level.items)}
    out = {}
    for (a, b), ratio in (level.comparisons if comparisons is None else comparisons).items():
        if a in index and b in index:
            out[(a, b) if index[a] < index[b] else (b, a)] = ratio if index[a] < index[b] else 1.0 / ratio
    return out


def _same_number(x: Any, y: Any) -> bool:
    return isinstance(x, float) and isinstance(y, float) and math.isclose(x, y, rel_tol=1e-9)


def _same(x: float | None, y: float | None) -> bool:
    return x == y or (x is not None and y is not None and math.isclose(x, y, rel_tol=1e-12))


def _apply(old: Weighting, chosen: list[Judgement], new: Weighting) -> Weighting:
    """The old record with the chosen edits' new judgements put in."""
    levels = _levels(old)
    target = _levels(new)
    changed: dict[str, WeightLevel] = {}
    for j in chosen:
        lv = changed.get(j.level, levels[j.level])
        goal = target[j.level]
        if j.kind in ("swing", "weight"):
            field = "swings" if j.kind == "swing" else "stated"
            numbers = dict(getattr(lv, field))
            numbers.pop(j.item, None)
            if j.item in getattr(goal, field):
                numbers[j.item] = getattr(goal, field)[j.item]
            if j.kind == "swing":
                lv = dataclasses.replace(lv, swings=numbers)
            else:
                lv = dataclasses.replace(lv, stated=numbers)
        elif j.kind == "order":
            lv = dataclasses.replace(lv, order=goal.order)
        elif j.kind == "formula":
            lv = dataclasses.replace(lv, formula=goal.formula)
        elif j.kind == "macbeth":
            a, b = j.item.split("/")
            assert lv.macbeth is not None and goal.macbeth is not None
            kept = [x for x in lv.macbeth.judgements if {x.first, x.second} != {a, b}]
            kept += [x for x in goal.macbeth.judgements if {x.first, x.second} == {a, b}]
            lv = dataclasses.replace(lv, macbeth=macbeth.solve([*lv.items, macbeth.NO_SWING], kept, macbeth.NO_SWING))
        elif j.kind == "comparison" and j.judge:
            a, b = j.item.split("/")
            judges = {name: dict(table) for name, table in lv.judges.items()}
            own = {k: v for k, v in judges.get(j.judge, {}).items() if set(k) != {a, b}}
            own.update({k: v for k, v in goal.judges.get(j.judge, {}).items() if set(k) == {a, b}})
            judges[j.judge] = own
            judges = {name: table for name, table in judges.items() if table}
            lv = dataclasses.replace(lv, judges=judges, comparisons=formulas.aggregate(judges))
        elif j.kind == "comparison":
            a, b = j.item.split("/")
            comparisons = {k: v for k, v in lv.comparisons.items() if set(k) != {a, b}}
            comparisons.update({k: v for k, v in goal.comparisons.items() if set(k) == {a, b}})
            lv = dataclasses.replace(lv, comparisons=comparisons)
        changed[j.level] = lv
    top = changed.get("top", old.top)
    groups = tuple(dataclasses.replace(g, level=changed[g.id]) if g.id in changed else g for g in old.groups)
    return dataclasses.replace(old, top=top, groups=groups)


def without_rescale(old: Weighting, new: Weighting) -> Weighting:
    """``new`` with each swing or stated level divided by the factor most of its judgements share
    with ``old`` (ties: the factor nearest 1). A level's weights depend only on its judgements'
    proportions, so this derives the same weights, and a level rescaled whole (every swing halved)
    holds no edit."""
    before = _levels(old)

    def scaled(key: str, level: WeightLevel) -> WeightLevel:
        field = "swings" if level.method == "swing" else "stated" if level.method == "direct" else None
        if field is None:
            return level
        a, b = getattr(before[key], field), getattr(level, field)
        ratios = [round(b[i] / a[i], 9) for i in level.items if a.get(i) and b.get(i)]
        if not ratios:
            return level
        most = max(ratios.count(r) for r in ratios)
        k = min({r for r in ratios if ratios.count(r) == most}, key=lambda r: abs(math.log(r)))
        rescaled = {i: v / k for i, v in b.items()}
        if field == "swings":
            return dataclasses.replace(level, swings=rescaled)
        return dataclasses.replace(level, stated=rescaled)

    groups = tuple(dataclasses.replace(g, level=scaled(g.id, g.level)) for g in new.groups)
    return dataclasses.replace(new, top=scaled("top", new.top), groups=groups)


def shares(
    old: Weighting, new: Weighting, criteria: list[str], vbar: np.ndarray,
) -> dict[str, np.ndarray] | None:
    """Each edit's share of every option's weight part (options: the rows of ``vbar``, options x
    criteria), keyed by the edit's label; None when there are too many edits or a subset cannot be
    derived."""
    new = without_rescale(old, new)
    found = [j for j in edits(old, new) if not _same_number(j.old, j.new)]
    if any(j.kind == "method" for j in found):  # no path between two methods' judgements
        return None
    k = len(found)
    if k == 0:
        return {}
    if k > MAX_EDITS:
        return None
    cache: dict[frozenset[int], np.ndarray] = {}

    def f(subset: frozenset[int]) -> np.ndarray:
        if subset not in cache:
            record = _apply(old, [found[i] for i in sorted(subset)], new)
            weights = record.weights()
            n = np.array([weights[c] for c in criteria], dtype=float)
            cache[subset] = vbar @ n
        return cache[subset]

    try:
        out: dict[str, np.ndarray] = {}
        for e in range(k):
            others = [i for i in range(k) if i != e]
            total = np.zeros(vbar.shape[0])
            for size in range(k):
                coefficient = math.factorial(size) * math.factorial(k - size - 1) / math.factorial(k)
                for subset in itertools.combinations(others, size):
                    s = frozenset(subset)
                    total += coefficient * (f(s | {e}) - f(s))
            out[found[e].key] = out.get(found[e].key, 0.0) + total
        return out
    except (KeyError, ValueError, ZeroDivisionError, OverflowError):
        return None


def _fmt(number: float | None) -> str:
    return "none" if number is None else f"{number:g}"


def _ratio(number: float | None) -> str:
    if number is None:
        return "none"
    return f"{number:g}" if number >= 1 else f"1/{1 / number:g}"


def _order(order: tuple[tuple[str, ...], ...]) -> str:
    return " > ".join(" = ".join(tie) for tie in order)

