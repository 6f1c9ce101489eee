"""Sensitivity analysis: switching values, what it would take, Monte Carlo rank stability.

Everything here starts from a scored :class:`~adm_appraise.analysis.method.Result` and looks only at
the eligible options (an option that fails a gate never leads, whatever the weights).

- Weight switching values: criterion i's normalised weight t moves over [0, 1] while the
  other weights keep their proportions, w_j(t) = w_j (1 - t) / (1 - w_i). Every score is
  linear in t, so the crossings are found exactly. When w_i = 1 the others have no
  proportions to keep; they then share 1 - t equally. A tie with the leader counts as a switch.
  A group of the value tree (at any depth) has switching values too, as its share within its
  parent: the share s moves to t, the parent's other items keep their proportions of 1 - t,
  every group's criteria keep theirs within it, and the rest of the tree keeps its weights (the
  parent's weight does not move). That is the criterion case for two criteria, the group (its
  weighted mean value) and its siblings together, each with the rest's contribution added.
- Score switching values: how far the runner-up's raw score (or measured value) would have
  to rise, or the leader's fall, on one criterion for the two to tie, other things equal;
  infeasible when that leaves the scale. The value function's ends are held where they are
  (for a measure on a local scale: the current worst and best values). Through a non-linear
  value function the needed raw number is the function's inverse at the needed value (a flat
  part: every raw number on it ties; discrete: the nearest whole level that does it); a need
  off 0-100 is out of reach, and then no change will do.
- What it would take: the smallest L1 change of the normalised weights that makes another
  eligible option lead (a tie counts): a closed form per challenger, and a small linear
  program only for a challenger whose closed-form weights leave a third option ahead.
  In a value tree, each node alone too (``node_challenges``): the smallest L1 change of the
  shares within it, every other weight where it is; with ordinal weights a ranked node keeps
  its order (a small linear program per challenger).
- Monte Carlo: see :mod:`adm_appraise.analysis.montecarlo`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from adm_appraise.analysis.method import TIE, Result
from adm_appraise.analysis.montecarlo import MonteCarlo, monte_carlo
from adm_appraise.analysis.ordinal import (
    Ordinal,
    nearest_ordered_challenge,
    order_rows,
    ordered_closest_challenge,
    ordinal_smaa,
)
from adm_appraise.model import ValueFunction

_FLAT = 1e-12  # a slope (value points per unit of weight) this small is no slope at all


@dataclass(frozen=True)
class Switch:
    """The weight at which another option first ties with or overtakes the leader."""

    weight: float
    new_leader: str


@dataclass(frozen=True)
class WeightSwitch:
    criterion: str
    weight: float  # the current normalised weight
    lower: Switch | None  # the nearest switch below the current weight, if any
    upper: Switch | None  # the nearest switch above it, if any


@dataclass(frozen=True)
class ScoreSwitch:
    """How far one option's raw score would have to move on one criterion for a swap."""

    criterion: str
    option: str
    change: float | None  # signed: + the runner-up rises, - the leader falls; None: no amount will do
    feasible: bool  # the needed score or value stays on the scale
    current: float  # the raw score or value now
    needed: float | None  # the raw score or value that would make the two tie
    unit: str | None  # the measure's unit; None for a score on the appraisal's scale
    flat: tuple[float, float] | None = None  # a flat part of the value function: any raw number here ties


@dataclass(frozen=True)
class Challenge:
    """The nearest weights (in L1 distance) at which ``challenger`` leads."""

    challenger: str
    l1_change: float
    weights: dict[str, float]


@dataclass(frozen=True)
class GroupSwitch:
    """A value tree's group: its share within its parent and the shares at which the lead changes."""

    group: str
    parent: str | None  # None: the top level
    parent_weight: float  # the parent's overall weight (1 at the top level)
    within: float  # the group's share within its parent now
    lower: Switch | None  # the nearest switch below, as a share within the parent
    upper: Switch | None  # the nearest switch above

    @property
    def weight(self) -> float:
        """The group's overall weight now."""
        return self.parent_weight * self.within


@dataclass(frozen=True)
class NodeChallenge:
    """What it would take at one node of a value tree alone (``node`` None: the top level)."""

    node: str | None
    challenge: Challenge | None  # its weights: the shares within the node


@dataclass(frozen=True)
class Sensitivity:
    result: Result
    switching_values: tuple[WeightSwitch, ...]
    runner_up: str | None
    score_switching: tuple[ScoreSwitch, ...]
    closest_challenge: Challenge | None
    monte_carlo: MonteCarlo
    ordinal: Ordinal | None = None  # with --weights ordinal: central weights and confidence factors
    group_switching: tuple[GroupSwitch, ...] = ()  # a value tree's groups, each within its parent
    node_challenges: tuple[NodeChallenge, ...] = ()  # a value tree: what it would take at each node alone

    @property
    def top_challenge(self) -> Challenge | None:
        """What it would take at the value tree's top level alone."""
        return next((n.challenge for n in self.node_challenges if n.node is None), None)

    @property
    def leader(self) -> str | None:
        return self.result.leader

    def to_dict(self, ranks: int | None = None) -> dict[str, Any]:
        """Plain data, stable keys: what ``sensitivity --format json`` prints.

        ``ranks`` keeps only the first so many ranks of the Monte Carlo rank acceptability
        (a report shows no more, and all of them at ten thousand options is a large dict).
        """
        challenge = self.closest_challenge
        return {
            "leader": self.leader,
            "weights": {str(c): float(w) for c, w in self.result.weights.items()},
            "switching_values": [
                {
                    "criterion": s.criterion,
                    "weight": s.weight,
                    "lower": _switch_dict(s.lower),
                    "upper": _switch_dict(s.upper),
                }
                for s in self.switching_values
            ],
            "score_switching": [
                {"criterion": s.criterion, "option": s.option, "change": s.change, "feasible": s.feasible,
                 "current": s.current, "needed": s.needed, "unit": s.unit,
                 **({"flat": list(s.flat)} if s.flat is not None else {})}
                for s in self.score_switching
            ],
            "closest_challenge": None if challenge is None else {
                "challenger": challenge.challenger,
                "l1_change": challenge.l1_change,
                "weights": dict(challenge.weights),
            },
            **({"group_switching_values": [
                {"group": g.group, "parent": g.parent, "within": g.within, "weight": g.weight,
                 "lower": _group_switch_dict(g.lower, g.parent_weight),
                 "upper": _group_switch_dict(g.upper, g.parent_weight)}
                for g in self.group_switching]} if self.group_switching else {}),
            **({"top_level_challenge": _challenge_dict(self.top_challenge),
                "group_challenges": [{"group": n.node, **(_challenge_dict(n.challenge) or {"challenger": None})}
                                     for n in self.node_challenges if n.node is not None]}
               if self.node_challenges else {}),
            "monte_carlo": self.monte_carlo.to_dict(ranks),
            **({"ordinal": self.ordinal.to_dict()} if self.ordinal is not None else {}),
        }


def _switch_dict(switch: Switch | None) -> dict[str, Any] | None:
    return None if switch is None else {"weight": switch.weight, "new_leader": switch.new_leader}


def _group_switch_dict(switch: Switch | None, parent_weight: float) -> dict[str, Any] | None:
    """A group's switch: ``within`` its parent (what moves) and the overall ``weight`` that gives."""
    if switch is None:
        return None
    return {"within": switch.weight, "weight": parent_weight * switch.weight, "new_leader": switch.new_leader}


def _challenge_dict(challenge: Challenge | None) -> dict[str, Any] | None:
    return None if challenge is None else {
        "challenger": challenge.challenger, "l1_change": challenge.l1_change, "weights": dict(challenge.weights)}


def analyse(
    result: Result,
    samples: int = 10_000,
    seed: int = 0,
    weights: str = "around",
    spread: float = 0.2,
    progress: Callable[[int], None] | None = None,
    scores: str = "ranges",
) -> Sensitivity:
    """Every sensitivity figure for a scored appraisal (see the module docstring)."""
    ids, values = eligible_values(result)
    w0 = result.weights.to_numpy(dtype=float)
    criteria = [str(c) for c in result.weights.index]
    leader = ids.index(result.leader) if result.leader is not None else None
    runner_up = ids[1] if len(ids) > 1 else None
    switching = tuple(
        weight_switches(values, ids, w0, leader, criteria) if leader is not None else
        [WeightSwitch(c, float(w), None, None) for c, w in zip(criteria, w0, strict=True)]
    )
    groups = tuple(group_switches(result, values, ids, w0, leader, criteria)) if leader is not None else ()
    nodes = tuple(node_challenges(result, values, ids, w0, leader, criteria, ordered=weights == "ordinal")
                  ) if groups and leader is not None else ()
    if weights == "ordinal":
        return dataclasses.replace(
            _ordinal(result, samples, seed, progress, ids, values, w0, leader, criteria, runner_up, switching),
            group_switching=groups, node_challenges=nodes)
    return Sensitivity(
        group_switching=groups,
        node_challenges=nodes,
        result=result,
        switching_values=switching,
        runner_up=runner_up,
        score_switching=tuple(score_switches(result)),
        closest_challenge=closest_challenge(values, ids, w0, leader, criteria) if leader is not None else None,
        monte_carlo=monte_carlo(result, samples, seed=seed, weights=weights, spread=spread, progress=progress,
                                scores=scores),
    )


def _ordinal(
    result: Result, samples: int, seed: int, progress: Callable[[int], None] | None,
    ids: list[str], values: np.ndarray, w0: np.ndarray, leader: int | None, criteria: list[str],
    runner_up: str | None, switching: tuple[WeightSwitch, ...],
) -> Sensitivity:
    """The analysis when the order of the criteria is the information (analysis.ordinal)."""
    weighting = result.appraisal.weighting
    assert weighting is not None
    smaa = ordinal_smaa(result, samples, seed=seed, progress=progress)
    challenge = None if leader is None else ordered_closest_challenge(values, ids, w0, leader, criteria, weighting)
    return Sensitivity(
        result=result,
        switching_values=switching,
        runner_up=runner_up,
        score_switching=tuple(score_switches(result)),
        closest_challenge=None if challenge is None else Challenge(
            challenge.challenger, challenge.l1_change, challenge.weights),
        monte_carlo=smaa.monte_carlo,
        ordinal=smaa,
    )


def eligible_values(result: Result) -> tuple[list[str], np.ndarray]:
    """The eligible options in ranking order and their 0-100 values (options x criteria)."""
    ids = [str(i) for i in result.table.index[result.table["eligible"]]]
    return ids, result.values.loc[ids, list(result.weights.index)].to_numpy(dtype=float)


def weight_switches(
    values: np.ndarray, ids: list[str], w0: np.ndarray, leader: int, criteria: list[str]
) -> list[WeightSwitch]:
    """The exact weight switching values of every criterion (module docstring)."""
    return [_weight_switch(values, ids, w0, leader, i, cid) for i, cid in enumerate(criteria)]


def _weight_switch(
    values: np.ndarray, ids: list[str], w0: np.ndarray, leader: int, i: int, cid: str
) -> WeightSwitch:
    wi = float(w0[i])
    if len(w0) == 1:  # one criterion: its weight cannot move
        return WeightSwitch(cid, wi, None, None)
    rest = w0.copy()
    rest[i] = 0.0
    if rest.sum() <= 0:  # w_i = 1: no proportions to keep, so share the rest equally
        rest = np.ones_like(w0)
        rest[i] = 0.0
    rest /= rest.sum()
    other = values @ rest  # each option's score on the other criteria, in their proportions
    # score_o(t) = t * v_oi + (1 - t) * other_o; gap_o(t) = score_o(t) - score_leader(t)
    slope = (values[:, i] - other) - (values[leader, i] - other[leader])
    score_now = wi * values[:, i] + (1 - wi) * other
    gap = np.minimum(score_now - score_now[leader], 0.0)
    gap[gap >= -TIE] = 0.0  # tied now: the leader leads on its id alone
    lower: list[tuple[float, float, str]] = []  # (weight at the crossing, steepness, option)
    upper: list[tuple[float, float, str]] = []
    for o, oid in enumerate(ids):
        if o == leader:
            continue
        if abs(slope[o]) <= _FLAT:
            if gap[o] == 0.0:  # tied at every weight
                lower.append((wi, 0.0, oid))
                upper.append((wi, 0.0, oid))
            continue
        t = wi - gap[o] / slope[o]
        if slope[o] < 0 and t >= -_FLAT:
            lower.append((max(t, 0.0), -slope[o], oid))  # overtakes as the weight falls to t
        elif slope[o] > 0 and t <= 1 + _FLAT:
            upper.append((min(t, 1.0), slope[o], oid))  # overtakes as the weight rises to t
    # the nearest crossing; at the same crossing, the option that leads beyond it, then by id
    low = min(lower, key=lambda x: (wi - x[0], -x[1], x[2]), default=None)
    high = min(upper, key=lambda x: (x[0] - wi, -x[1], x[2]), default=None)
    return WeightSwitch(
        cid, wi,
        None if low is None else Switch(float(low[0]), low[2]),
        None if high is None else Switch(float(high[0]), high[2]),
    )


class _Tree:
    """A value tree's nodes over the criteria's columns: each node's children, and the columns
    (criteria) under each item."""

    def __init__(self, result: Result, criteria: list[str]) -> None:
        record = result.appraisal.weighting
        assert record is not None
        self.record = record
        self.index = {c: j for j, c in enumerate(criteria)}
        self.groups = {g.id: g for g in record.groups}

    def under(self, item: str) -> list[int]:
        """The columns of the criteria under ``item`` (itself, if a criterion)."""
        if item in self.groups:
            return [j for child in self.groups[item].level.items for j in self.under(child)]
        return [self.index[item]] if item in self.index else []

    def children(self, node: str | None) -> list[str]:
        """The items a node weighs (None: the top level) that hold a criterion."""
        level = self.record.top if node is None else self.groups[node].level
        return [i for i in level.items if self.under(i)]

    def node_problem(self, values: np.ndarray, w0: np.ndarray, node: str | None
                     ) -> tuple[list[str], np.ndarray, np.ndarray, float]:
        """A node as a problem of its own: its items, their shares within it, and each option's
        value on each item plus what the rest of the tree gives it (per unit of the node's weight),
        so that the overall score is ``mass * (merged @ shares)``; and ``mass``, the node's weight.

        Within an item its criteria keep their proportions (the item's value is their weighted
        mean); outside the node every weight stays where it is. Adding the rest's share to every
        column adds it once to any mixture of them, since the shares sum to 1.
        """
        items = self.children(node)
        inside = [j for i in items for j in self.under(i)]
        mass = float(w0[inside].sum())
        masses = np.array([w0[self.under(i)].sum() for i in items])
        merged = np.column_stack([
            values[:, self.under(i)] @ (w0[self.under(i)] / m) if m > 0 else values[:, self.under(i)].mean(axis=1)
            for i, m in zip(items, masses, strict=True)])
        rest = np.ones(len(w0), dtype=bool)
        rest[inside] = False
        outside = values[:, rest] @ w0[rest] / mass if mass > 0 else np.zeros(len(values))
        return items, masses / mass if mass > 0 else masses, merged + outside[:, None], mass


def group_switches(
    result: Result, values: np.ndarray, ids: list[str], w0: np.ndarray, leader: int, criteria: list[str]
) -> list[GroupSwitch]:
    """The exact switching values of every group of the value tree, at any depth, as its share
    within its parent (module docstring); none without a tree."""
    record = result.appraisal.weighting
    if record is None or not record.groups:
        return []
    tree = _Tree(result, criteria)
    out = []
    for g in record.tree_order():
        items, shares, merged, mass = tree.node_problem(values, w0, g.parent)
        if g.id not in items or mass <= 0:
            out.append(GroupSwitch(g.id, g.parent, mass, 0.0, None, None))
            continue
        k = items.index(g.id)
        if len(items) == 1:  # the only item of its parent: its share cannot move
            out.append(GroupSwitch(g.id, g.parent, mass, 1.0, None, None))
            continue
        siblings = np.delete(np.arange(len(items)), k)
        rest = shares[siblings]
        rest = rest / rest.sum() if rest.sum() > 0 else np.full(len(siblings), 1.0 / len(siblings))
        pair = np.column_stack([merged[:, k], merged[:, siblings] @ rest])
        switch = _weight_switch(pair, ids, np.array([shares[k], 1.0 - shares[k]]), leader, 0, g.id)
        out.append(GroupSwitch(g.id, g.parent, mass, float(shares[k]), switch.lower, switch.upper))
    return out


def node_challenges(
    result: Result, values: np.ndarray, ids: list[str], w0: np.ndarray, leader: int, criteria: list[str],
    ordered: bool = False,
) -> list[NodeChallenge]:
    """What it would take at each node of a value tree alone (the top level first, then each group
    in the tree's order): the smallest L1 change of the shares within the node at which another
    option leads, every other weight where it is and each item's criteria keeping their proportions
    within it. ``ordered``: a node weighed by rank keeps its order (SMAA's reading of a ranking)."""
    tree = _Tree(result, criteria)
    out = []
    for node in [None, *(g.id for g in tree.record.tree_order())]:
        items, shares, merged, _ = tree.node_problem(values, w0, node)
        level = tree.record.top if node is None else tree.groups[node].level
        if ordered and level.method == "rank":
            found = _ordered_node_challenge(merged, ids, shares, leader, items, level.order)
        else:
            found = closest_challenge(merged, ids, shares, leader, items)
        out.append(NodeChallenge(node, found))
    return out


def _ordered_node_challenge(merged: np.ndarray, ids: list[str], shares: np.ndarray, leader: int,
                            items: list[str], order: tuple[tuple[str, ...], ...]) -> Challenge | None:
    """The closest challenge within one ranked node, its order kept (ties equal)."""
    found = nearest_ordered_challenge(merged, ids, shares, leader, items, *order_rows(order, items))
    return None if found is None else Challenge(found.challenger, found.l1_change, found.weights)


def score_switches(result: Result) -> list[ScoreSwitch]:
    """For the runner-up rising and the leader falling, criterion by criterion."""
    ids, values = eligible_values(result)  # in ranking order: the leader's and runner-up's rows first
    if len(ids) < 2:
        return []
    leader, runner = ids[0], ids[1]
    gap = max(result.score(leader) - result.score(runner), 0.0)
    raw = result.matrix.raw.loc[[leader, runner]].to_dict(orient="index")
    criteria = [str(c) for c in result.weights.index]  # the values' columns
    value = {oid: dict(zip(criteria, values[k].tolist(), strict=True)) for k, oid in enumerate((leader, runner))}
    found = []
    for c in result.appraisal.criteria:
        for oid, sign in ((runner, 1.0), (leader, -1.0)):
            found.append(_score_switch(result, c.id, c.unit if c.is_measure else None, oid, sign, gap,
                                       float(raw[oid][c.id]), value[oid][c.id]))
    return found


def _score_switch(result: Result, cid: str, unit: str | None, oid: str, sign: float, gap: float,
                  current: float, value: float) -> ScoreSwitch:
    """The change in one option's raw score on one criterion (now ``current``, worth ``value``) that
    closes the gap."""
    matrix = result.matrix
    worst, best = float(matrix.worst[cid]), float(matrix.best[cid])
    weight = float(result.weights[cid])
    if gap <= TIE:  # already tied
        return ScoreSwitch(cid, oid, 0.0, True, current, current, unit)
    if weight <= 0 or worst == best:  # no change on this criterion moves the overall score
        return ScoreSwitch(cid, oid, None, False, current, None, unit)
    value_needed = value + sign * gap / weight
    function = result.appraisal.criterion(cid).function
    if function is not None:
        return _through(function, cid, oid, sign, value_needed, current, worst, best, unit)
    needed = worst + value_needed / 100.0 * (best - worst)
    change = sign * gap / weight * abs(best - worst) / 100.0
    feasible = -TIE <= value_needed <= 100.0 + TIE
    return ScoreSwitch(cid, oid, change, feasible, current, needed, unit)


def _through(
    function: ValueFunction, cid: str, oid: str, sign: float, value_needed: float, current: float,
    worst: float, best: float, unit: str | None,
) -> ScoreSwitch:
    """A score switching value through a non-linear value function: the function inverted.

    The runner-up needs the least raw number whose value reaches the need, the leader the
    greatest whose value is at most it; on a flat part of the function every raw number
    between ``needed`` and ``flat`` ties. A need off 0-100 is out of reach: no change will do.
    """
    if not -TIE <= value_needed <= 100.0 + TIE:
        return ScoreSwitch(cid, oid, None, False, current, None, unit)
    found = function.inverse(min(max(value_needed, 0.0), 100.0))
    assert found is not None
    raw = [worst + z * (best - worst) for z in found]  # (least reaching, greatest not above)
    needed, other = (raw[0], raw[1]) if sign > 0 else (raw[1], raw[0])
    flat = (min(raw), max(raw)) if found[0] < found[1] else None
    return ScoreSwitch(cid, oid, needed - current, True, current, needed, unit, flat)


def closest_challenge(
    values: np.ndarray, ids: list[str], w0: np.ndarray, leader: int, criteria: list[str]
) -> Challenge | None:
    """The challenger that needs the smallest L1 change of weights to lead, and those weights.

    For each challenger c, the nearest weights at which c merely ties the leader have a closed
    form (``_greedy``); that distance is a lower bound of c's true one, where c must beat every
    other option too. Challengers are tried in order of that bound, and the search stops once
    the bound passes the best distance found. Of challengers at the same distance (within 1e-9)
    the best-ranked one is chosen.

    The challenger with the smallest bound always attains it: were a third option u ahead of
    c at c's closed-form weights, u would draw level with the leader part way along the straight
    path from the current weights to them, at a smaller L1 change, so u's bound would be smaller.
    A linear program (``_nearest_weights``, HiGHS) is kept only for weights that rounding leaves
    behind a third option, and is not imported otherwise.
    """
    others = [c for c in range(len(ids)) if c != leader]
    if not others:
        return None
    bounds, moves = _greedy(values[others] - values[leader], w0)
    best: tuple[float, int, np.ndarray] | None = None
    for k in np.argsort(bounds, kind="stable"):
        if not np.isfinite(bounds[k]) or (best is not None and bounds[k] > best[0] + TIE):
            break
        c = others[k]
        weights: np.ndarray | None = w0 + moves[k]
        scores = values @ weights
        if scores[c] < scores.max() - TIE:  # a third option leads there: solve c's own LP
            weights = _nearest_weights(values, c, w0)
        if weights is None:
            continue
        l1 = float(np.abs(weights - w0).sum())
        if best is None or l1 < best[0] - TIE or (l1 <= best[0] + TIE and c < best[1]):
            best = (l1, c, weights)
    if best is None:
        return None
    l1, c, weights = best
    return Challenge(ids[c], l1, {k: float(w) for k, w in zip(criteria, weights, strict=True)})


def _greedy(diff: np.ndarray, w0: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row d of ``diff`` (challenger minus leader): the least L1 weight change making d.w >= 0.

    Moving weight t from criterion i to j costs 2t and gains t (d_j - d_i), so the cheapest
    way is to give it all to the criterion where the challenger gains most (j = argmax d)
    and to take it from the criteria where it loses most first, each up to its current weight
    (a fractional knapsack, exact). Returns the distances (inf where even all the weight on j
    leaves d.w < 0) and the weight changes (rows summing to 0).
    """
    k, n = diff.shape
    need = -(diff @ w0)  # how far behind the leader each challenger is, in points
    top = diff.argmax(axis=1)
    d_top = diff[np.arange(k), top]
    order = np.argsort(diff, axis=1, kind="stable")  # whence to take: the worst criteria first
    d_sorted = np.take_along_axis(diff, order, axis=1)
    gain = d_top[:, None] - d_sorted  # points gained per unit moved from each criterion
    room = w0[order] * (gain > 0)  # only moves that gain
    reach = np.cumsum(room * gain, axis=1)
    # the first criterion at which the cumulative gain covers the need
    enough = reach >= need[:, None] - 1e-12
    stop = np.where(enough.any(axis=1), enough.argmax(axis=1), n)
    cols = np.arange(n)[None, :]
    take = np.where(cols < stop[:, None], room, 0.0)
    before = np.take_along_axis(np.concatenate([np.zeros((k, 1)), reach], axis=1), stop[:, None], axis=1)[:, 0]
    last = np.minimum(stop, n - 1)
    partial_gain = np.take_along_axis(gain, last[:, None], axis=1)[:, 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        partial = np.where(partial_gain > 0, (need - before) / partial_gain, 0.0)
    partial = np.clip(partial, 0.0, np.take_along_axis(room, last[:, None], axis=1)[:, 0])
    take[np.arange(k), last] += np.where(stop < n, partial, 0.0)
    take[need <= 0] = 0.0  # already level: nothing to move
    moves = np.zeros((k, n))
    np.put_along_axis(moves, order, -take, axis=1)
    moves[np.arange(k), top] += take.sum(axis=1)
    distance = 2.0 * take.sum(axis=1)
    distance[(stop >= n) & (need > 0)] = np.inf
    return distance, moves


def _nearest_weights(values: np.ndarray, c: int, w0: np.ndarray) -> np.ndarray | None:
    """Min sum(p + n) with w = w0 + p - n on the simplex and option c scoring at least every other.

    None when no weights on the simplex let c lead (it is dominated). A linear program, for
    the challengers whose closed-form weights leave a third option ahead.
    """
    from adm_appraise.analysis.lp import minimise  # highspy; most appraisals never need it

    n = len(w0)
    others = np.delete(values, c, axis=0) - values[c]  # (others - c) . w <= 0
    eye = np.eye(n)
    a_ub = np.vstack([np.hstack([-eye, eye]), np.hstack([others, -others])])
    b_ub = np.concatenate([w0, -(others @ w0)])
    a_eq = np.hstack([np.ones(n), -np.ones(n)])[None, :]
    x = minimise(np.ones(2 * n), a_ub, b_ub, a_eq, np.zeros(1))
    if x is None:
        return None
    weights = np.clip(w0 + x[:n] - x[n:], 0.0, None)
    weights /= weights.sum()
    scores = values @ weights
    if scores[c] < scores.max() - 1e-6:  # the solver's tolerance, not a real lead
        return None
    return weights
