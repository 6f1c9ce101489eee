"""Cost and benefit ranges, drawn: how often each option is on the efficiency frontier and has
the best NPSV when every line with a low/high range varies (for ``sensitivity``).

Each ranged line's total is drawn from a triangular distribution (low, estimate, high); its
profile over the years, and its optimism bias, scale with it, so its present value scales by the
same factor. Benefit scores stay at their stated values. The draws have their own random stream
(the third child of the seed), apart from the weight and score draws of the rank Monte Carlo.

With a risk register, each priced risk of each option occurs in a draw with its probability (a
Bernoulli draw, from a fourth stream of the seed, so that the other draws are as they were) and
then adds the present value of its cost; in place of its expected value, which the draws' mean
approaches (``mean_pvc``). A risk of probability 0 never occurs and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from adm_appraise.analysis.economics import MONEY_TIE, TIE, ValueForMoney, dominated, value_for_money
from adm_appraise.model import Appraisal

PAIRS_UP_TO = 64  # options up to which a draw's frontier compares every pair (faster there than a sweep)
HELD = 10_000_000  # draws x options held at once, at most (past 200 options: fewer draws a chunk)
MAX_CHUNK = 50_000  # samples drawn together at most
CHUNK_BYTES = 64 * 2**20  # and no more than this working memory, roughly (as analysis.montecarlo)


@dataclass(frozen=True)
class ValueDraws:
    """How often each eligible costed option is on the frontier, and has the best NPSV."""

    samples: int
    seed: int
    options: tuple[str, ...]
    frontier: np.ndarray  # share of samples on the frontier
    best_npsv: np.ndarray | None  # share of samples with the best NPSV (None: benefits not monetised)
    ranged: int  # how many lines carry a range
    risks: int = 0  # how many (option, risk) pairs are drawn to occur or not
    mean_pvc: np.ndarray | None = None  # each option's PVC averaged over the draws


    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "samples": self.samples, "seed": self.seed, "ranged_lines": self.ranged,
            "on_frontier": {o: float(p) for o, p in zip(self.options, self.frontier, strict=True)},
            "best_npsv": None if self.best_npsv is None else
            {o: float(p) for o, p in zip(self.options, self.best_npsv, strict=True)},
        }
        if self.risks and self.mean_pvc is not None:  # only with a register: the output is as it was without
            found["risks_drawn"] = self.risks
            found["mean_pvc"] = {o: float(c) for o, c in zip(self.options, self.mean_pvc, strict=True)}
        return found


def draw_value(
    vfm: ValueForMoney, samples: int, seed: int = 0, chunk: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> ValueDraws:
    """The shares of ``samples`` draws (module docstring) in which each eligible option with costs
    is on the frontier, and has the best NPSV (ties to the lower id).

    ``chunk``: samples drawn together; by default 50,000, or fewer where the dominance test's
    options x options comparisons per sample would take more than CHUNK_BYTES (from about a
    dozen to PAIRS_UP_TO options with costs: there the figures depend on the chunk, as the draws
    are taken line by line within it); past PAIRS_UP_TO, HELD bounds draws x options instead.
    """
    candidates = vfm.candidates
    m = len(candidates)
    pairs = 5 * m * m if m <= PAIRS_UP_TO else 0  # past PAIRS_UP_TO the frontier is a sweep, linear in m
    chunk = chunk or max(1, min(MAX_CHUNK, CHUNK_BYTES // (pairs + 32 * m + 1)))
    kinds = [[x for x in o.lines] for o in candidates]
    monetised = bool(candidates) and all(o.monetised for o in candidates)
    ranged = [(i, x) for i, lines in enumerate(kinds) for x in lines if x.high > x.low]
    score = np.array([o.score for o in candidates], dtype=float)
    # float even when every line of a kind is ranged (the unranged sums are then the integer 0)
    # the risk line (an expected value) is drawn risk by risk instead; certain risks are fixed
    drawn = [(i, r.probability, r.pv) for i, o in enumerate(candidates) for r in o.risks
             if 0 < r.probability < 1]
    certain = np.array([sum(r.pv for r in o.risks if r.probability >= 1) for o in candidates], dtype=float)
    fixed_cost = np.array([sum(x.pv for x in lines if x.kind not in ("benefit", "risk") and not x.high > x.low)
                           for lines in kinds], dtype=float) + certain
    fixed_benefit = np.array([sum(x.pv for x in lines if x.kind == "benefit" and not x.high > x.low)
                              for lines in kinds], dtype=float)
    on = np.zeros(m, dtype=np.int64)
    best = np.zeros(m, dtype=np.int64)
    streams = np.random.SeedSequence(seed).spawn(4)
    rng = np.random.default_rng(streams[2])  # apart from the weight and score draws
    occur = np.random.default_rng(streams[3])  # the risks' own: without risks the draws are as they were
    total = np.zeros(m)
    done = 0
    order = np.argsort(np.array([o.id for o in candidates], dtype=object))  # by id: NPSV ties go to the lower
    while done < samples and m:
        k = min(chunk, samples - done, max(1, HELD // m))
        cost = np.broadcast_to(fixed_cost, (k, m)).copy()
        benefit = np.broadcast_to(fixed_benefit, (k, m)).copy()
        for i, x in ranged:
            u = rng.random(k)
            factor = _triangular(u, x.low, 1.0, x.high)
            if x.kind == "benefit":
                benefit[:, i] += x.pv * factor
            else:
                cost[:, i] += x.pv * factor
        for i, p, pv in drawn:
            cost[:, i] += pv * (occur.random(k) < p)
        total += cost.sum(axis=0)
        # the same costs in every draw (no cost ranged, no risk drawn): one row will do
        if not drawn and not any(x.kind != "benefit" for _, x in ranged):
            on += k * ~_dominated_rows(score, cost[:1])[0]
        else:  # compared pairwise, in slices of at most ~16 million option pairs (memory stays bounded)
            step = k if m > PAIRS_UP_TO else max(1, (1 << 24) // max(m * m, 1))
            for a in range(0, k, step):
                on += (~_dominated_rows(score, cost[a : a + step])).sum(axis=0)
        if monetised:
            npsv = benefit - cost
            # the best NPSV; ties go to the lower id, as in the ranking
            winner = order[np.argmax(npsv[:, order] >= npsv.max(axis=1, keepdims=True) - MONEY_TIE, axis=1)]
            best += np.bincount(winner, minlength=m)
        done += k
        if progress is not None:
            progress(k)
    n = max(samples, 1)
    return ValueDraws(samples, seed, tuple(o.id for o in candidates), on / n, best / n if monetised else None,
                      len(ranged), len(drawn), total / n)


def _triangular(u: np.ndarray, low: float, mode: float, high: float) -> np.ndarray:
    width = high - low
    cut = (mode - low) / width
    left = low + np.sqrt(u * width * (mode - low))
    right = high - np.sqrt((1 - u) * width * (high - mode))
    return np.asarray(np.where(u < cut, left, right), dtype=float)


def _dominated_rows(score: np.ndarray, cost: np.ndarray) -> np.ndarray:
    """``dominated`` for each row of ``cost`` (samples x options), the scores fixed: past
    PAIRS_UP_TO options, by the sweep of ``dominated`` row by row (linear in the options)."""
    if cost.shape[1] > PAIRS_UP_TO:
        return np.array([dominated(score, row) for row in cost], dtype=bool).reshape(cost.shape)
    s_ge = score[None, :] >= score[:, None] - TIE  # [o, j]
    s_gt = score[None, :] > score[:, None] + TIE
    c_le = cost[:, None, :] <= cost[:, :, None] + MONEY_TIE  # [k, o, j]
    c_lt = cost[:, None, :] < cost[:, :, None] - MONEY_TIE
    return np.asarray((s_ge[None] & c_le & (s_gt[None] | c_lt)).any(axis=-1), dtype=bool)


def draws_for(appraisal: Appraisal, weights: Any, samples: int, seed: int = 0) -> ValueDraws | None:
    """The draws for an appraisal scored with ``weights`` (criterion -> weight); None where no option
    gives costs (then sensitivity and the report are as they were)."""
    if appraisal.economics is None or not any(o.costs is not None for o in appraisal.options):
        return None
    vfm = value_for_money(appraisal, {str(c): float(w) for c, w in weights.items()})
    return draw_value(vfm, samples, seed)
