"""Sensitivity with ordinal weights: SMAA when the order of the criteria is the information.

With ``method: rank`` a panel has agreed the order of the criteria (or groups), not numbers.
Every weight vector consistent with that order is then equally plausible, and this module
samples them uniformly (SMAA with ordinal criteria information; Lahdelma & Salminen 2001,
"SMAA-2: Stochastic multicriteria acceptability analysis for group decision making",
Operations Research 49(3), 444-454).

- The weights consistent with an order of L levels (a level of two or more is a tie) form
  a simplex whose vertices V_1..V_L give the items of the first m levels 1/T_m each (T_m
  items in them) and the rest nothing. A uniform point of a simplex is sum_m lambda_m V_m
  with lambda ~ Dirichlet(1, ..., 1), so sampling is exact; its mean is the centroid, the
  rank-order centroid weights. In a value tree (of any depth) each ranked level is sampled
  independently within its node (a level weighed otherwise keeps its derived weights), and
  a criterion's effective weight is the product of the weights along its path.
- Rank acceptability b_i^r: the share of samples in which option i takes rank r.
- Central weight vector w_i^c: the mean of the sampled weights under which i ranks first.
- Confidence factor p_i^c: the probability that i ranks first when the weights are its
  central weights, over the score ranges (where none are given: 1 if it ranks first there,
  else 0).
- The closest challenge respecting the order: the smallest L1 change of weights, staying
  consistent with every ranked level (and keeping the proportions of levels weighed
  otherwise), that lets another option draw level; one linear program per challenger.

Ties within a sample are broken by option id, as in ``analysis.montecarlo``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from adm_appraise.analysis.lp import minimise
from adm_appraise.analysis.method import TIE, Result
from adm_appraise.analysis.montecarlo import MonteCarlo, _Counts, _Sampler, _shortlisted, block_size, one_blas_thread
from adm_appraise.analysis.tree_draws import sample_ordered
from adm_appraise.model import Weighting, WeightLevel


def is_ordinal(weighting: Weighting | None) -> bool:
    """True when some level of the value tree is weighed by rank order alone."""
    return weighting is not None and weighting.ordinal


class TreeSampler:
    """Effective criterion weights, each ranked level sampled within its node, the others fixed."""

    def __init__(self, weighting: Weighting, criteria: Sequence[str]) -> None:
        self.criteria = list(criteria)
        self.weighting = weighting
        groups = {g.id: g.level for g in weighting.groups}
        self.paths = {c: weighting.path(c) for c in self.criteria}  # the groups above each, outermost first
        self.top = weighting.top
        self.groups = groups

    def draw(self, rng: np.random.Generator, k: int) -> np.ndarray:
        top = _level_draw(self.top, rng, k)
        within = {g: _level_draw(level, rng, k) for g, level in self.groups.items()}
        out = np.empty((k, len(self.criteria)))
        for j, c in enumerate(self.criteria):
            path = self.paths[c]
            if not path:
                out[:, j] = top[c]
                continue
            w = top[path[0]]
            for parent, group in zip(path, path[1:], strict=False):
                w = w * within[parent][group]
            out[:, j] = w * within[path[-1]][c]
        return out


def _level_draw(level: WeightLevel, rng: np.random.Generator, k: int) -> dict[str, np.ndarray]:
    items = list(level.items)
    if level.method == "rank":
        draws = sample_ordered(level.order, items, k, rng)
    else:
        fixed = level.derive()
        draws = np.broadcast_to(np.array([fixed[i] for i in items]), (k, len(items)))
    return {item: draws[:, i] for i, item in enumerate(items)}


@dataclass(frozen=True)
class Ordinal:
    """SMAA-2's descriptive measures for the eligible options, under ordinal weights."""

    monte_carlo: MonteCarlo
    criteria: tuple[str, ...]
    central_weights: dict[str, dict[str, float] | None]  # None: the option never ranks first
    confidence: dict[str, float | None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "central_weights": {o: None if w is None else dict(w) for o, w in self.central_weights.items()},
            "confidence_factors": dict(self.confidence),
        }


@one_blas_thread
def ordinal_smaa(
    result: Result,
    samples: int,
    *,
    seed: int = 0,
    chunk_size: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Ordinal:
    """Rank acceptability, central weights and confidence factors (module docstring)."""
    weighting = result.appraisal.weighting
    if weighting is None or not is_ordinal(weighting):
        raise ValueError("ordinal weights need a weighting record with 'method: rank'")
    criteria = [str(c) for c in result.weights.index]
    tree = TreeSampler(weighting, criteria)
    sampler = _Sampler(result, None)
    m = len(sampler.options)
    counts = _Counts(m, samples)
    shortlisted = np.zeros(m, dtype=np.int64)
    first_sum = np.zeros((m, sampler.n))  # by id order
    wins = np.zeros(m, dtype=np.int64)
    chunk = chunk_size or block_size(sampler.bytes_per_sample)
    weight_seq, score_seq, fixed_seq = np.random.SeedSequence(seed).spawn(3)
    weight_rng = np.random.default_rng(weight_seq)
    score_random, fixed_random = sampler.random(score_seq), sampler.random(fixed_seq)
    done = 0
    while done < samples and m:
        k = min(chunk, samples - done)
        w = tree.draw(weight_rng, k)
        scores = sampler.scores(w, score_random)  # columns in id order
        ordered = counts.add(scores)
        shortlisted += _shortlisted(scores, ordered, result.appraisal.shortlist).sum(axis=0)
        winners = _winners(scores)
        for j in range(sampler.n):  # per-option sums of the weights under which it came first
            first_sum[:, j] += np.bincount(winners, weights=w[:, j], minlength=m)
        wins += np.bincount(winners, minlength=m)
        done += k
        if progress is not None:
            progress(k)
    if not m and progress is not None:
        progress(samples)
    back = np.argsort(sampler.by_id)
    shortlisted, first_sum, wins = shortlisted[back], first_sum[back], wins[back]
    options = tuple(sampler.options)
    central: dict[str, dict[str, float] | None] = {}
    confidence: dict[str, float | None] = {}
    column = {int(i): j for j, i in enumerate(sampler.by_id)}  # ranking position -> column (id order)
    for i, oid in enumerate(options):
        if wins[i] == 0:
            central[oid], confidence[oid] = None, None
            continue
        wc = first_sum[i] / wins[i]
        central[oid] = {c: float(x) for c, x in zip(criteria, wc, strict=True)}
        draws = samples if sampler.cells.any() else 1
        at_central = sampler.scores(np.broadcast_to(wc, (draws, sampler.n)), fixed_random)
        confidence[oid] = float(np.mean(_winners(at_central) == column[i]))
    mc = MonteCarlo(samples, seed, "ordinal", None, options, counts.result(back), shortlisted)
    return Ordinal(mc, tuple(criteria), central, confidence)


def _winners(scores: np.ndarray) -> np.ndarray:
    """The column (id order) that ranks first in each row: the highest score, ties (1e-9) to the lowest id."""
    best = scores.max(axis=1, keepdims=True)
    winners: np.ndarray = np.argmax(scores >= best - TIE, axis=1)
    return winners


def order_constraints(weighting: Weighting, criteria: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Rows (A_ub, A_eq) on effective weights w: A_ub w <= 0 and A_eq w == 0 keep every ranked
    level's order (ties equal) and the proportions of every level weighed otherwise."""
    index = {c: j for j, c in enumerate(criteria)}
    groups = {g.id: g.level for g in weighting.groups}

    def mass(item: str) -> np.ndarray:
        """The row summing the effective weights of the criteria under ``item`` (itself, if a criterion)."""
        row = np.zeros(len(criteria))
        if item in groups:
            for child in groups[item].items:
                row += mass(child)
        else:
            row[index[item]] = 1.0
        return row

    upper: list[np.ndarray] = []
    equal: list[np.ndarray] = []
    for level in weighting.levels:
        if level.method == "rank":
            masses = np.array([mass(i) for i in level.items])
            a_level, e_level = order_rows(level.order, level.items)
            upper += list(a_level @ masses)
            equal += list(e_level @ masses)
        else:
            t = level.derive()
            items = list(level.items)
            equal += [t[b] * mass(a) - t[a] * mass(b) for a, b in zip(items, items[1:], strict=False)]
    n = len(criteria)
    return np.array(upper).reshape(-1, n), np.array(equal).reshape(-1, n)


def order_rows(order: Sequence[Sequence[str]], items: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Rows (A_ub, A_eq) on one level's weights (``items``' order): A_ub w <= 0 keeps each place of
    ``order`` at least as heavy as the next, A_eq w == 0 keeps a place's tied items equal."""
    index = {item: i for i, item in enumerate(items)}
    n = len(items)

    def row(heavier: str, lighter: str) -> np.ndarray:
        r = np.zeros(n)
        r[index[lighter]] += 1.0
        r[index[heavier]] -= 1.0
        return r  # w_lighter - w_heavier

    upper = [row(a[-1], b[0]) for a, b in zip(order, order[1:], strict=False)]
    equal = [row(a, b) for place in order for a, b in zip(place, place[1:], strict=False)]
    return np.array(upper).reshape(-1, n), np.array(equal).reshape(-1, n)


@dataclass(frozen=True)
class OrderedChallenge:
    challenger: str
    l1_change: float
    weights: dict[str, float]


def ordered_closest_challenge(
    values: np.ndarray, ids: list[str], w0: np.ndarray, leader: int, criteria: list[str], weighting: Weighting
) -> OrderedChallenge | None:
    """The challenger needing the smallest L1 change of weights, within the order, to draw level."""
    return nearest_ordered_challenge(values, ids, w0, leader, criteria, *order_constraints(weighting, criteria))


def nearest_ordered_challenge(values: np.ndarray, ids: list[str], w0: np.ndarray, leader: int, items: Sequence[str],
                              a_order: np.ndarray, e_order: np.ndarray) -> OrderedChallenge | None:
    """The challenger needing the smallest L1 change of ``w0`` (the weights of ``items``) to draw
    level, the rows A_ub w <= 0 and A_eq w == 0 kept (order_constraints, order_rows)."""
    best: OrderedChallenge | None = None
    for c, cid in enumerate(ids):
        if c == leader:
            continue
        weights = _nearest_ordered(values, c, w0, a_order, e_order)
        if weights is None:
            continue
        l1 = float(np.abs(weights - w0).sum())
        if best is None or l1 < best.l1_change - TIE:
            best = OrderedChallenge(cid, l1, {k: float(w) for k, w in zip(items, weights, strict=True)})
    return best


def _nearest_ordered(values: np.ndarray, c: int, w0: np.ndarray, a_order: np.ndarray,
                     e_order: np.ndarray) -> np.ndarray | None:
    """Min sum(p + n), w = w0 + p - n >= 0 on the simplex, in the order, with option c scoring at least every other."""
    n = len(w0)
    others = np.delete(values, c, axis=0) - values[c]  # (others - c) . w <= 0
    rows_w = np.vstack([-np.eye(n), others, a_order])  # constraints on w, all of the form R w <= r
    rhs_w = np.concatenate([np.zeros(n), np.zeros(len(others)), np.zeros(len(a_order))])
    a_ub = np.hstack([rows_w, -rows_w])
    b_ub = rhs_w - rows_w @ w0
    eq_w = np.vstack([np.ones((1, n)), e_order])
    a_eq = np.hstack([eq_w, -eq_w])
    b_eq = np.concatenate([[0.0], -(e_order @ w0)])
    x = minimise(np.ones(2 * n), a_ub, b_ub, a_eq, b_eq)
    if x is None:
        return None
    weights: np.ndarray = np.clip(w0 + x[:n] - x[n:], 0.0, None)
    weights /= weights.sum()
    scores = values @ weights
    if scores[c] < scores.max() - 1e-6:  # the solver's tolerance, not a real lead
        return None
    return weights
