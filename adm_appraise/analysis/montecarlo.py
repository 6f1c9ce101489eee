"""Monte Carlo rank stability (SMAA-style): how often each option takes each rank.

Weights are drawn from a Dirichlet distribution:

- ``around`` (default): centred on the stated weights w, with concentration
  kappa = 1/spread**2 - 1, i.e. alpha = kappa * w. Each weight then keeps its mean w_i and
  has standard deviation spread * sqrt(w_i * (1 - w_i)): spread 0 would be the stated
  weights exactly, spread 1 the corners of the simplex. A criterion weighted 0 stays at 0.
- ``uniform``: uniformly over the whole simplex (every weight vector equally likely).

A score given as a range (``{low, score, high}``, or ``low/value/high`` for a measure) is
drawn from the triangular distribution with that mode; the value function's ends stay where
the point scores put them. With ``scores="panel"`` the scoring panel replaces the ranges: in
each sample, every option's score on every criterion the panel scored is one assessor's score,
drawn uniformly from the assessors who scored that cell (resampling assessors per option and
criterion), so rank acceptability reflects the panel's own disagreement.

Ties within a sample (1e-9) are broken by option id, as in the deterministic ranking, so
every row and column of the rank acceptability sums to 1. The shortlist rule is applied per
sample exactly as ``score`` applies it (tied options share a rank).

Samples are processed in chunks, so memory stays bounded whatever their number; independent
random streams (one per criterion for the Dirichlet's gamma draws, one for uniform weights,
one for scores) make the figures independent of chunk size. Rank counts are kept sparse
(the places each option actually took), so the work grows with samples x options, not
with options squared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from adm_appraise.analysis.matrix import DecisionMatrix, to_values
from adm_appraise.analysis.method import TIE, Result
from adm_appraise.model import ShortlistRule

CHUNK_BYTES = 4 * 2**20  # the working memory of one chunk, roughly: small enough to stay in cache
MAX_CHUNK = 4096  # samples per chunk at most
DENSE_CELLS = 2**22  # up to this many options x ranks, rank counts are kept in a dense array
FLUSH_KEYS = 2**20  # (option, place) pairs buffered before they are counted


@dataclass(frozen=True)
class MonteCarlo:
    samples: int
    seed: int
    weights: str  # 'around' or 'uniform'
    spread: float | None  # None for 'uniform'
    options: tuple[str, ...]  # the eligible options, in ranking order
    # the rank counts, sparse: (option, rank, samples) for every place an option took, by option
    # then rank (0-based indices into ``options`` and ranks); options x ranks could not be held
    # at ten thousand options
    cells: tuple[np.ndarray, np.ndarray, np.ndarray]
    shortlist_counts: np.ndarray  # samples in which each option was shortlisted
    scores: str = "ranges"  # 'ranges' (triangular, where given) or 'panel' (an assessor per cell)

    @property
    def rank_counts(self) -> np.ndarray:
        """options x ranks: samples in which each option took each rank (dense: small appraisals)."""
        m = len(self.options)
        counts = np.zeros((m, m), dtype=np.int64)
        option, rank, count = self.cells
        counts[option, rank] = count
        return counts

    @property
    def rank_acceptability(self) -> np.ndarray:
        return self.rank_counts / self.samples

    @property
    def shortlist_probability(self) -> np.ndarray:
        return self.shortlist_counts / self.samples

    def shares(self, ranks: int | None = None) -> list[dict[str, float]]:
        """Per option (ranking order): rank (1-based, as text) -> share of samples, for the ranks it took.

        ``ranks`` keeps only the first so many ranks.
        """
        option, rank, count = self.cells
        if ranks is not None:
            keep = rank < ranks
            option, rank, count = option[keep], rank[keep], count[keep]
        found: list[dict[str, float]] = [{} for _ in self.options]
        for o, r, c in zip(option.tolist(), (rank + 1).tolist(), (count / self.samples).tolist(), strict=True):
            found[o][str(r)] = c
        return found

    @property
    def leader_first(self) -> float | None:
        """The share of samples in which the leader stays first."""
        if not self.options:
            return None
        option, rank, count = self.cells
        return float(count[(option == 0) & (rank == 0)].sum()) / self.samples

    def to_dict(self, ranks: int | None = None) -> dict[str, Any]:
        """Plain data; ``ranks`` keeps only the first so many ranks of the rank acceptability."""
        return {
            "samples": self.samples,
            "seed": self.seed,
            "weights": self.weights,
            "spread": self.spread,
            "scores": self.scores,
            "rank_acceptability": dict(zip(self.options, self.shares(ranks), strict=True)),
            "shortlist_probability": {
                o: float(p) for o, p in zip(self.options, self.shortlist_probability, strict=True)
            },
            "leader_first": self.leader_first,
        }


def concentration(spread: float) -> float:
    """The Dirichlet concentration kappa (alpha = kappa * w) for a spread in (0, 1)."""
    if not 0 < spread < 1:
        raise ValueError(f"spread must lie strictly between 0 and 1, not {spread:g}")
    return 1.0 / spread**2 - 1.0


def monte_carlo(
    result: Result,
    samples: int,
    *,
    seed: int = 0,
    weights: str = "around",
    spread: float = 0.2,
    chunk_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    scores: str = "ranges",
) -> MonteCarlo:
    """Rank acceptability and shortlist probability over ``samples`` draws (module docstring)."""
    if samples < 1:
        raise ValueError("samples must be at least 1")
    if weights not in ("around", "uniform"):
        raise ValueError(f"weights must be 'around' or 'uniform', not {weights!r}")
    if scores not in ("ranges", "panel") or (scores == "panel" and result.appraisal.panel is None):
        raise ValueError("scores must be 'ranges', or 'panel' for an appraisal with a panel")
    alpha = result.weights.to_numpy(dtype=float) * concentration(spread) if weights == "around" else None
    sampler = _Sampler(result, alpha, panel=scores == "panel")
    m = len(sampler.options)
    counts = _Counts(m)
    shortlisted = np.zeros(m, dtype=np.int64)
    chunk = chunk_size or max(1, min(MAX_CHUNK, CHUNK_BYTES // sampler.bytes_per_sample))
    weight_seq, score_seq = np.random.SeedSequence(seed).spawn(2)
    weight_rng, score_rng = np.random.default_rng(weight_seq), np.random.default_rng(score_seq)
    # one stream per criterion for the Dirichlet's gamma draws: one call per criterion and
    # chunk, and the same numbers whatever the chunk size
    criterion_rngs = [np.random.default_rng(s) for s in weight_seq.spawn(sampler.n)]
    done = 0
    while done < samples and m:
        k = min(chunk, samples - done)
        w = sampler.draw_weights(weight_rng if alpha is None else criterion_rngs, k)
        overall = sampler.scores(w, score_rng)  # columns in id order
        ordered = counts.add(overall)
        shortlisted += _shortlisted(overall, ordered, result.appraisal.shortlist).sum(axis=0)
        done += k
        if progress is not None:
            progress(k)
    if not m and progress is not None:
        progress(samples)
    back = np.argsort(sampler.by_id)  # from id order back to ranking order
    option, rank, count = counts.cells()
    option = sampler.by_id[option]  # from id order to ranking order
    order = np.lexsort((rank, option))
    return MonteCarlo(
        samples, seed, weights, spread if weights == "around" else None, tuple(sampler.options),
        (option[order], rank[order], count[order]), shortlisted[back], scores,
    )


class _Counts:
    """Rank counts, accumulated without an options x ranks array per chunk.

    Each chunk's (option, place) pairs are buffered as keys option * m + place and counted
    once the buffer is large: into a dense options x ranks array (np.bincount) while that is
    small, else as sorted unique keys with their counts, so the work is linear in the samples
    times the options, and memory in the places actually taken.
    """

    def __init__(self, m: int) -> None:
        self.m = m
        self.dense = np.zeros(m * m, dtype=np.int64) if m * m <= DENSE_CELLS else None
        self.keys = np.zeros(0, dtype=np.int64)
        self.counts = np.zeros(0, dtype=np.int64)
        self.buffer: list[np.ndarray] = []
        self.buffered = 0

    def add(self, scores: np.ndarray) -> np.ndarray:
        """Count one chunk's places; return its scores sorted, best first."""
        keys, ordered = _place_keys(scores)
        self.buffer.append(keys)
        self.buffered += keys.size
        if self.buffered >= max(FLUSH_KEYS, self.m * self.m if self.dense is not None else self.keys.size):
            self._flush()
        return ordered

    def _flush(self) -> None:
        if not self.buffer:
            return
        keys = np.concatenate(self.buffer)
        self.buffer, self.buffered = [], 0
        if self.dense is not None:
            self.dense += np.bincount(keys, minlength=self.m * self.m)
            return
        new, counts = np.unique(keys, return_counts=True)
        del keys
        if not self.keys.size:
            self.keys, self.counts = new, counts
            return
        # merge two sorted key sets: add to the keys already counted, insert the others
        at = np.searchsorted(self.keys, new)
        known = at < self.keys.size
        known[known] = self.keys[at[known]] == new[known]
        self.counts[at[known]] += counts[known]
        fresh = ~known
        self.keys = np.insert(self.keys, at[fresh], new[fresh])
        self.counts = np.insert(self.counts, at[fresh], counts[fresh])

    def cells(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(option, rank, count) for every nonzero count; options in id order."""
        self._flush()
        if self.dense is not None:
            keys = np.flatnonzero(self.dense)
            counts = self.dense[keys]
        else:
            keys, counts = self.keys, self.counts
        m = max(self.m, 1)
        return keys // m, keys % m, counts


class _Sampler:
    """Draws weight vectors and, where ranges are given, scores; returns overall scores."""

    def __init__(self, result: Result, alpha: np.ndarray | None, panel: bool = False) -> None:
        table = result.table
        self.options = [str(i) for i in table.index[table["eligible"]]]  # in ranking order
        self.by_id = np.argsort(np.array(self.options, dtype=object))  # columns used in id order
        criteria = list(result.weights.index)
        self.n = len(criteria)
        self.alpha = alpha
        self.fallback = result.weights.to_numpy(dtype=float)
        matrix = result.matrix
        by_id = [self.options[i] for i in self.by_id]
        point = matrix.raw.loc[by_id, criteria].to_numpy(dtype=float)
        ends = [DecisionMatrix.from_appraisal(result.appraisal, end).raw.loc[by_id, criteria]
                for end in ("low", "high")]
        low, high = (e.to_numpy(dtype=float) for e in ends)
        self.worst = matrix.worst[criteria].to_numpy(dtype=float)
        self.best = matrix.best[criteria].to_numpy(dtype=float)
        self.functions = matrix.functions_of(criteria)  # drawn scores go through the value functions
        self.values = result.values.loc[by_id, criteria].to_numpy(dtype=float)
        self.values_t = np.ascontiguousarray(self.values.T)
        self.cells = high > low  # (option, criterion) cells with a range to sample
        self.low, self.mode, self.high = low[self.cells], point[self.cells], high[self.cells]
        self.choices: np.ndarray | None = None  # with a panel: each sampled cell's assessors' scores
        if panel:
            self._panel_choices(result, by_id, criteria)
        m, ranged = len(self.options), int(self.cells.sum())
        # weights, scores and the ranking's working arrays; per-sample values where ranges are drawn
        self.bytes_per_sample = 8 * (self.n + 8 * m + (2 * ranged + m * self.n if ranged else 0))

    def draw_weights(self, rng: np.random.Generator | list[np.random.Generator], k: int) -> np.ndarray:
        """k weight vectors: uniform from one generator, or Dirichlet from one per criterion."""
        if self.alpha is None:
            assert isinstance(rng, np.random.Generator)
            draws = rng.standard_exponential((k, self.n))
        else:
            assert isinstance(rng, list)
            columns = np.zeros((self.n, k))
            for j, (a, stream) in enumerate(zip(self.alpha, rng, strict=True)):
                if a > 0:
                    stream.standard_gamma(a, size=k, out=columns[j])
            draws = columns.T
        total = draws.sum(axis=1, keepdims=True)
        lost = total[:, 0] == 0  # every gamma draw underflowed (only at extreme spreads)
        if lost.any():
            draws[lost], total[lost] = self.fallback, 1.0
        return draws / total

    def _panel_choices(self, result: Result, by_id: list[str], criteria: list[str]) -> None:
        """Every cell the panel scored: each sample takes one of its assessors' scores (ranges are not used)."""
        panel = result.appraisal.panel
        assert panel is not None
        measures = {c.id for c in result.appraisal.criteria if c.is_measure}
        points = [[sorted(panel.points(o, c).values()) if c not in measures else [] for c in criteria] for o in by_id]
        self.cells = np.array([[bool(p) for p in row] for row in points], dtype=bool).reshape(self.values.shape)
        chosen = [p for row in points for p in row if p]
        width = max((len(p) for p in chosen), default=1)
        self.choices = np.array([p + [p[0]] * (width - len(p)) for p in chosen], dtype=float).reshape(-1, width)
        self.counts = np.array([len(p) for p in chosen], dtype=float)

    def draw_raw(self, rng: np.random.Generator, k: int) -> np.ndarray:
        """k draws of every sampled cell's raw score: triangular on a range, or an assessor's score."""
        u = rng.random((k, int(self.cells.sum())))
        if self.choices is not None:
            pick = np.minimum((u * self.counts).astype(np.int64), self.counts.astype(np.int64) - 1)
            return self.choices[np.arange(len(self.counts)), pick]
        return _triangular(u, self.low, self.mode, self.high)

    def scores(self, w: np.ndarray, score_rng: np.random.Generator) -> np.ndarray:
        k = len(w)
        if not self.cells.any():
            return np.dot(w, self.values_t)
        values = np.broadcast_to(self.values, (k, *self.values.shape)).copy()
        raw = self.draw_raw(score_rng, k)
        col = np.nonzero(self.cells)[1]
        values[:, self.cells] = to_values(raw, self.worst[col], self.best[col], [self.functions[j] for j in col])
        return np.einsum("kn,kmn->km", w, values)


def _triangular(u: np.ndarray, low: np.ndarray, mode: np.ndarray, high: np.ndarray) -> np.ndarray:
    """The inverse CDF of the triangular distribution (low < high; low <= mode <= high)."""
    width = high - low
    cut = (mode - low) / width
    left = low + np.sqrt(u * width * (mode - low))
    right = high - np.sqrt((1 - u) * width * (high - mode))
    return np.where(u < cut, left, right)


def _place_keys(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per chunk: option * m + place for every option (column, in id order) and sample; scores sorted.

    Ties within 1e-9 are broken by id. A stable sort does that for exact ties; the rare rows
    with scores apart by less than 1e-9 but not equal are ranked pairwise instead.
    """
    k, m = scores.shape
    order = np.argsort(-scores, axis=1, kind="stable")
    ordered = np.take_along_axis(scores, order, axis=1)
    gaps = ordered[:, :-1] - ordered[:, 1:]
    near = ((gaps > 0) & (gaps <= TIE)).any(axis=1)
    places = np.arange(m)
    keys = (order[~near] * m + places).ravel()
    if near.any():
        keys = np.concatenate([keys, (places * m + _pairwise_places(scores[near])).ravel()])
    return keys, ordered


def _pairwise_places(scores: np.ndarray) -> np.ndarray:
    """Each option's 0-based place: options ahead by more than 1e-9, plus tied ones of lower id."""
    places = np.zeros(scores.shape, dtype=np.int64)
    ids = np.arange(scores.shape[1])
    for p in ids:
        other = scores[:, p : p + 1]
        places += (other > scores + TIE) | ((np.abs(other - scores) <= TIE) & (p < ids))
    return places


def _shortlisted(scores: np.ndarray, ordered: np.ndarray, rule: ShortlistRule) -> np.ndarray:
    """The shortlist rule per sample; ranks are shared as in ``score`` (1, 2, 2, 4)."""
    keep = np.ones(scores.shape, dtype=bool)
    if rule.top is not None and rule.top < scores.shape[1]:
        # fewer than top options more than 1e-9 ahead <=> within 1e-9 of the top-th best score
        keep &= scores >= ordered[:, rule.top - 1 : rule.top] - TIE
    if rule.min_score is not None:
        keep &= scores >= rule.min_score - TIE
    if rule.within is not None:
        keep &= scores >= ordered[:, :1] - rule.within - TIE
    return keep
