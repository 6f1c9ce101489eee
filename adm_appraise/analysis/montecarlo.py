"""Monte Carlo rank stability (SMAA-style): how often each option takes each rank.

Weights are drawn from a Dirichlet distribution:

- ``around`` (default): centred on the stated weights w, with concentration
  kappa = 1/spread**2 - 1, i.e. alpha = kappa * w. Each weight then keeps its mean w_i and
  has standard deviation spread * sqrt(w_i * (1 - w_i)): spread 0 would be the stated
  weights exactly, spread 1 the corners of the simplex. A criterion weighted 0 stays at 0.
- ``uniform``: uniformly over the whole simplex (every weight vector equally likely).
- ``tree``: node by node down the value tree, each node's shares around the stated ones (the same
  concentration) or, where a node is weighed by rank, uniformly within its order; see
  :mod:`adm_appraise.analysis.tree_draws`.
- ``judgements``: as ``tree``, but a node weighed by MACBETH has its shares drawn uniformly from all
  those for which its judgements are consistent (hit-and-run; :mod:`adm_appraise.analysis.macbeth_draws`).

A score given as a range (``{low, score, high}``, or ``low/value/high`` for a measure) is
drawn from the triangular distribution with that mode; the value function's ends stay where
the point scores put them. With ``scores="panel"`` the scoring panel replaces the ranges: in
each sample, every option's score on every criterion the panel scored is one assessor's score,
drawn uniformly from the assessors who scored that cell (resampling assessors per option and
criterion), so rank acceptability reflects the panel's own disagreement.

Ties within a sample (1e-9) are broken by option id, as in the deterministic ranking, so
every row and column of the rank acceptability sums to 1. The shortlist rule is applied per
sample exactly as ``score`` applies it (tied options share a rank).

Samples are processed in chunks of as many as CHUNK_BYTES holds (a budget, whatever the
appraisal's size), so memory stays bounded whatever their number; independent random streams
(one per criterion for the Dirichlet's gamma draws, one for uniform weights, one per block of
BLOCK ranged cells for the scores) make the figures independent of chunk size. Only the cells
with a range are drawn, straight onto the value scale as departures from their low ends
(float32, each from two 16-bit uniforms: ``_Triangle``), a block's cells for a few samples at a
time, so that the block's parameters stay in cache while its samples are drawn, each piece
weighted as soon as it is drawn; the weighted sums of the values the draws depart from are one
matrix product a chunk, in float64. Each sample is ordered once (by 16-bit bands, then
exactly: ``_order``); ties are looked at again only among neighbours within 1e-9. Rank counts
are kept in a band of ranks per option (the places it actually took), counted with np.bincount,
never by sorting keys, so the work grows with samples x options, not with options squared.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

import numpy as np

from adm_appraise.analysis.matrix import DecisionMatrix, shaped, to_values
from adm_appraise.analysis.method import TIE, Result
from adm_appraise.analysis.tree_draws import TreeDraws
from adm_appraise.model import ShortlistRule

CHUNK_BYTES = 64 * 2**20  # the working memory of one chunk, roughly: a budget, whatever the appraisal's size
MAX_CHUNK = 4096  # samples per chunk at most
RANK_BUFFER_BYTES = 32 * 2**20  # places buffered before they are counted into the rank bands
PIECE = 2**16  # score draws worked together, in cache (float32: a few arrays of 256 KiB)
BLOCK = 2**13  # ranged cells that share a random stream: a piece is a block's cells in a few samples
GROUP_CELLS = 2**16  # rank counts updated together: a group of options' bands that stays in cache


@dataclass(frozen=True)
class RankCounts:
    """How many samples put each option at each rank, kept in one band of ranks per option.

    Option i (ranking order) has counts[start[i] : start[i] + width[i]] for ranks lo[i] ..
    lo[i] + width[i] - 1 (0-based): the ranks from the lowest to the highest it took, with some
    slack. At ten thousand options where every option can take almost any rank, this is the
    options x ranks table itself, held once (no (option, rank, count) triple per cell).
    """

    lo: np.ndarray
    start: np.ndarray
    width: np.ndarray
    counts: np.ndarray

    def band(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Option i's (ranks, counts) for the ranks it took (0-based ranks, ascending)."""
        first = int(self.start[i])
        counts = self.counts[first : first + int(self.width[i])]
        at = np.flatnonzero(counts)
        return at + int(self.lo[i]), counts[at].astype(np.int64)

    def first(self, ranks: int) -> np.ndarray:
        """options x ``ranks``: the counts of the first ranks only, dense."""
        out = np.zeros((len(self.lo), ranks), dtype=np.int64)
        for r in range(ranks):
            inside = (self.lo <= r) & (r < self.lo + self.width)
            out[inside, r] = self.counts[(self.start + r - self.lo)[inside]]
        return out


@dataclass(frozen=True)
class MonteCarlo:
    samples: int
    seed: int
    weights: str  # 'around', 'uniform', 'tree', 'judgements' or 'ordinal'
    spread: float | None  # None for 'uniform' and 'ordinal'
    options: tuple[str, ...]  # the eligible options, in ranking order
    counts: RankCounts  # samples in which each option (ranking order) took each rank
    shortlist_counts: np.ndarray  # samples in which each option was shortlisted
    scores: str = "ranges"  # 'ranges' (triangular, where given) or 'panel' (an assessor per cell)

    @property
    def cells(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(option, rank, samples) for every place an option took, by option then rank (0-based)."""
        bands = [self.counts.band(i) for i in range(len(self.options))]
        option = np.repeat(np.arange(len(bands)), [len(r) for r, _ in bands])
        if not bands:
            return option, option.copy(), option.copy()
        return option, np.concatenate([r for r, _ in bands]), np.concatenate([c for _, c in bands])

    @property
    def rank_counts(self) -> np.ndarray:
        """options x ranks: samples in which each option took each rank (dense: small appraisals)."""
        return self.counts.first(len(self.options))

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
        found: list[dict[str, float]] = []
        for i in range(len(self.options)):
            rank, count = self.counts.band(i)
            if ranks is not None:
                keep = rank < ranks
                rank, count = rank[keep], count[keep]
            found.append(dict(zip((rank + 1).astype(str).tolist(), (count / self.samples).tolist(), strict=True)))
        return found

    @property
    def leader_first(self) -> float | None:
        """The share of samples in which the leader stays first."""
        if not self.options:
            return None
        return float(self.counts.first(1)[0, 0]) / self.samples

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


P = ParamSpec("P")
R = TypeVar("R")


def one_blas_thread(run: Callable[P, R]) -> Callable[P, R]:
    """Run with numpy's BLAS (OpenBLAS, or MKL) on one thread (threadpoolctl).

    The Monte Carlo loops make many small matrix products; on each one OpenBLAS wakes a thread per
    core, which then spins waiting for the next: on two cores a third more CPU time for no gain
    in wall time. The former limit is restored on return.
    """

    @functools.wraps(run)
    def limited(*args: P.args, **kwargs: P.kwargs) -> R:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="blas"):
            return run(*args, **kwargs)

    return limited


def concentration(spread: float) -> float:
    """The Dirichlet concentration kappa (alpha = kappa * w) for a spread in (0, 1)."""
    if not 0 < spread < 1:
        raise ValueError(f"spread must lie strictly between 0 and 1, not {spread:g}")
    return 1.0 / spread**2 - 1.0


@one_blas_thread
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
    if weights not in ("around", "uniform", "tree", "judgements"):
        raise ValueError(f"weights must be 'around', 'uniform', 'tree' or 'judgements', not {weights!r}")
    if scores not in ("ranges", "panel") or (scores == "panel" and result.appraisal.panel is None):
        raise ValueError("scores must be 'ranges', or 'panel' for an appraisal with a panel")
    alpha = result.weights.to_numpy(dtype=float) * concentration(spread) if weights == "around" else None
    sampler = _Sampler(result, alpha, panel=scores == "panel")
    m = len(sampler.options)
    counts = _Counts(m, samples)
    shortlisted = np.zeros(m, dtype=np.int64)
    chunk = chunk_size or block_size(sampler.bytes_per_sample)
    weight_seq, score_seq = np.random.SeedSequence(seed).spawn(2)
    weight_rng, score_random = np.random.default_rng(weight_seq), sampler.random(score_seq)
    # one stream per criterion for the Dirichlet's gamma draws: one call per criterion and
    # chunk, and the same numbers whatever the chunk size
    criterion_rngs = [np.random.default_rng(s) for s in weight_seq.spawn(sampler.n)]
    tree = None if weights not in ("tree", "judgements") else TreeDraws(
        result.appraisal.weighting, [str(c) for c in result.weights.index], result.weights.to_numpy(dtype=float),
        concentration(spread), judgements=weights == "judgements")
    node_rngs = tree.streams(weight_seq) if tree is not None else []
    done = 0
    while done < samples and m:
        k = min(chunk, samples - done)
        if tree is not None:
            w = tree.draw(node_rngs, k)
        else:
            w = sampler.draw_weights(weight_rng if alpha is None else criterion_rngs, k)
        overall = sampler.scores(w, score_random)  # columns in id order
        ordered = counts.add(overall)
        shortlisted += _shortlisted(overall, ordered, result.appraisal.shortlist).sum(axis=0)
        done += k
        if progress is not None:
            progress(k)
    if not m and progress is not None:
        progress(samples)
    back = np.argsort(sampler.by_id)  # from id order back to ranking order
    return MonteCarlo(
        samples, seed, weights, spread if weights in ("around", "tree", "judgements") else None, tuple(sampler.options),
        counts.result(back), shortlisted[back], scores,
    )


def block_size(bytes_per_sample: int, budget: int | None = None) -> int:
    """Samples per chunk: as many as the budget (CHUNK_BYTES) holds, at least one, at most MAX_CHUNK."""
    return max(1, min(MAX_CHUNK, (budget or CHUNK_BYTES) // max(bytes_per_sample, 1)))


class _Counts:
    """Rank counts, accumulated in a band of ranks per option, without sorting keys.

    Each chunk's places (samples x options, 0-based, options in id order) are copied into a
    buffer that holds them option by option (options x samples), so that a group of options'
    places lie together in memory when they are counted. When it is full, every option's band
    (the ranks from its lowest to its highest place so far, with some slack) grows where needed
    and the buffered places are counted into it, a group of options at a time (np.bincount on a
    slice of the bands small enough to stay in cache). The buffer holds RANK_BUFFER_BYTES, or
    half as many places as the bands hold counts if that is more, so that counting a full buffer
    costs about as much as the places in it: the work is linear in the samples times the
    options, and memory is the bands (the places the options actually took, the answer itself)
    and at most as much again.
    """

    def __init__(self, m: int, samples: int) -> None:
        self.m = m
        self.places = np.int16 if m <= 2**15 else np.int32  # a place is below m
        self.buffer = np.empty((m, self._rows(0)), dtype=self.places)  # options x samples
        self.chunk = np.empty((0, m), dtype=self.places)  # one chunk's places, samples x options
        self.filled = 0
        self.lo = np.zeros(m, dtype=np.int64)  # each option's band: ranks lo .. hi - 1
        self.hi = np.zeros(m, dtype=np.int64)
        self.start = np.zeros(m + 1, dtype=np.int64)  # where each band starts in ``bands``
        # counts up to ``samples``, in the narrowest type that holds them: at ten thousand options the
        # bands are the options x ranks table itself, 180 MB in 16 bits rather than 360 MB in 32
        self.dtype: type[np.integer[Any]] = next(t for t in (np.uint16, np.uint32, np.uint64)
                                                 if samples <= np.iinfo(t).max)
        self.bands: np.ndarray = np.zeros(0, dtype=self.dtype)

    def _rows(self, cells: int) -> int:
        """Samples buffered: RANK_BUFFER_BYTES' worth, or half the counts' cells' worth."""
        itemsize = np.dtype(self.places).itemsize
        return max(1, RANK_BUFFER_BYTES // (itemsize * max(self.m, 1)), cells // (2 * max(self.m, 1)))

    def add(self, scores: np.ndarray) -> np.ndarray:
        """Count one chunk's places (scores: samples x options in id order); return its scores sorted."""
        k = len(scores)
        if self.filled + k > self.buffer.shape[1]:
            self._flush()
        rows = max(k, self._rows(len(self.bands)))
        if not self.filled and rows > self.buffer.shape[1]:  # grown with the bands, while empty
            self.buffer = np.empty((self.m, rows), dtype=self.places)
        if len(self.chunk) < k:
            self.chunk = np.empty((k, self.m), dtype=self.places)
        ordered = _places(scores, self.chunk[:k])
        self.buffer[:, self.filled : self.filled + k] = self.chunk[:k].T
        self.filled += k
        return ordered

    def _flush(self) -> None:
        if not self.filled:
            return
        places = self.buffer[:, : self.filled]
        self._widen(places.min(axis=1), places.max(axis=1).astype(np.int64) + 1)
        base = self.start[:-1] - self.lo  # a place's index in ``bands``: base[option] + place
        for a, b in _groups(self.start, GROUP_CELLS):
            first, last = self.start[a], self.start[b]
            keys = places[a:b] + (base[a:b, None] - first)
            counted = np.bincount(keys.ravel(), minlength=int(last - first))
            np.add(self.bands[first:last], counted, out=self.bands[first:last], casting="unsafe")  # no sum > samples
        self.filled = 0

    def _widen(self, low: np.ndarray, high: np.ndarray) -> None:
        """Grow the bands to hold ranks low .. high - 1 too, with slack, keeping what was counted."""
        empty = self.start[-1] == 0
        if not empty and (low >= self.lo).all() and (high <= self.hi).all():
            return
        lo = low if empty else np.minimum(self.lo, low)
        hi = high if empty else np.maximum(self.hi, high)
        slack = (hi - lo) // 8 + 2
        lo, hi = np.maximum(lo - slack, 0), np.minimum(hi + slack, self.m)
        wide = hi - lo > self.m // 2  # a band past half the ranks takes them all: it will not grow again
        if (hi - lo).sum() > self.m**2 // 4:  # most of the table: all of it, made once, never copied
            wide[:] = True
        lo[wide], hi[wide] = 0, self.m
        start = np.zeros(self.m + 1, dtype=np.int64)
        np.cumsum(hi - lo, out=start[1:])
        bands = np.zeros(int(start[-1]), dtype=self.dtype)
        if not empty:  # each option's old band, one contiguous copy, into its place in the new one
            at = (start[:-1] + self.lo - lo).tolist()
            for i, (first, last) in enumerate(zip(self.start[:-1].tolist(), self.start[1:].tolist(), strict=True)):
                bands[at[i] : at[i] + last - first] = self.bands[first:last]
        self.lo, self.hi, self.start, self.bands = lo, hi, start, bands

    def result(self, back: np.ndarray) -> RankCounts:
        """Everything counted, options in the order ``back`` (ranking position -> id order)."""
        self._flush()
        return RankCounts(self.lo[back], self.start[:-1][back], (self.hi - self.lo)[back], self.bands)


def _groups(start: np.ndarray, cells: int) -> list[tuple[int, int]]:
    """Consecutive options (a, b) whose bands hold about ``cells`` counts together (one at least)."""
    m = len(start) - 1
    cuts = np.searchsorted(start, np.arange(cells, int(start[-1]), cells), side="right") - 1
    bounds = sorted({0, m, *cuts.tolist()})
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


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
        # worked out once, not per chunk: the sampled cells' flat places, and each range's
        # triangular distribution on the 0-100 value scale (``_Triangle``)
        self.flat = np.flatnonzero(self.cells)
        col = np.nonzero(self.cells)[1]
        self.cell_worst, self.cell_best = self.worst[col], self.best[col]
        self.cell_functions = [self.functions[j] for j in col]
        self.ranged = int(self.flat.size)
        self.every = self.ranged == self.cells.size  # every cell sampled: no copy of the point values
        self.cell_row, self.cell_col = np.nonzero(self.cells)  # each sampled cell's option and criterion
        self.run_starts: dict[tuple[int, int], np.ndarray] = {}
        # the shaped cells as places among the sampled ones, ascending (a piece finds its own)
        self.shaped_cells = [(np.flatnonzero(self.cell_col == j), f) for j, f in enumerate(self.functions)
                             if f is not None and (self.cell_col == j).any()]
        # with every cell sampled, a block holds whole options (a multiple of n cells), summed as one
        self.triangle = None if panel or not self.ranged else _Triangle(
            self.low, self.mode, self.high, self.cell_worst, self.cell_best, whole=self.n if self.every else 1)
        # the values every sample starts from: a drawn cell's origin (its draw adds a departure)
        if self.triangle is not None:
            start = self.values.copy()
            start[self.cells] = self.triangle.origin
            self.start_t = np.ascontiguousarray(start.T)
        m = len(self.options)
        # weights, scores and the ranking's working arrays; with a panel, per sample, the drawn
        # values and, unless every cell is drawn, a copy of the point values to put them in
        # (ranges are drawn a piece at a time, whatever the chunk)
        drawn = self.ranged + (0 if self.every else m * self.n) if self.ranged and panel else 0
        self.bytes_per_sample = 8 * (self.n + 8 * m + drawn)

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

    def random(self, seed: np.random.SeedSequence) -> _ScoreRandom:
        """The score draws' random numbers from ``seed``: a generator for an assessor's score, and
        for triangular draws a stream per block of ranged cells (``_Triangle.streams``)."""
        blocks = self.triangle.streams(seed) if self.triangle is not None else []
        return _ScoreRandom(np.random.default_rng(seed), blocks)

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

    def draw_values(self, rng: np.random.Generator, k: int) -> np.ndarray:
        """k x sampled cells, with a panel: each cell's value (0-100) from one of its assessors' scores."""
        assert self.choices is not None
        u = rng.random((k, self.ranged))
        pick = np.minimum((u * self.counts).astype(np.int64), self.counts.astype(np.int64) - 1)
        raw = self.choices[np.arange(len(self.counts)), pick]
        return to_values(raw, self.cell_worst, self.cell_best, self.cell_functions)

    def scores(self, w: np.ndarray, random: _ScoreRandom) -> np.ndarray:
        """k x options (id order): the weighted sums, every sampled cell drawn afresh in each sample."""
        k = len(w)
        if not self.ranged:
            return np.dot(w, self.values_t)
        if self.triangle is not None:
            return self._ranged_scores(w, random.blocks)
        drawn = self.draw_values(random.rng, k)
        if self.every:  # the sampled cells, in row-major order, are all the cells
            values = drawn.reshape(k, *self.values.shape)
        else:
            values = np.broadcast_to(self.values, (k, *self.values.shape)).copy()
            values.reshape(k, -1)[:, self.flat] = drawn
        return np.einsum("kn,kmn->km", w, values)

    def _ranged_scores(self, w: np.ndarray, streams: list[np.random.BitGenerator]) -> np.ndarray:
        """The weighted sums of the values with each drawn cell at its origin (one matrix product),
        plus each piece of drawn departures from them, weighted as soon as it is drawn
        (``_Triangle``): no samples x cells array."""
        assert self.triangle is not None
        total = np.dot(w, self.start_t)
        w32 = w.astype(np.float32)
        for rows, a, piece in self.triangle.pieces(streams, len(w)):
            b = a + piece.shape[1]
            for places, function in self.shaped_cells:  # through the value function: its value's departure
                at = places[np.searchsorted(places, a) : np.searchsorted(places, b)]
                if at.size:
                    origin = self.triangle.origin[at]
                    piece[:, at - a] = shaped((origin + piece[:, at - a]) / 100.0, function) - origin
            if self.every and a % self.n == 0 and b % self.n == 0:  # options a / n .. b / n, whole
                sums = np.matmul(piece.reshape(len(piece), -1, self.n), w32[rows, :, None])[..., 0]
                total[rows, a // self.n : b // self.n] += sums
            else:  # the sampled cells of an option are neighbours: summed run by run
                piece *= w32[rows][:, self.cell_col[a:b]]
                runs = self._runs(a, b)
                total[rows, self.cell_row[a + runs]] += np.add.reduceat(piece, runs, axis=1)
        return total

    def _runs(self, a: int, b: int) -> np.ndarray:
        """Where each option's run of sampled cells starts among cells a .. b (kept: pieces recur)."""
        if (a, b) not in self.run_starts:
            row = self.cell_row[a:b]
            self.run_starts[a, b] = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
        return self.run_starts[a, b]


@dataclass(frozen=True)
class _ScoreRandom:
    """The random numbers of the score draws (``_Sampler.random``)."""

    rng: np.random.Generator  # an assessor per cell, with a panel
    blocks: list[np.random.BitGenerator]  # triangular draws: one stream per block of ranged cells


class _Triangle:
    """Triangular draws of many cells on the 0-100 value scale, in float32, a block of cells for a
    few samples at a time, as departures from each cell's low end (``origin``).

    A triangular(low, mode, high) score is low + (high - low) T, where T, triangular on 0..1 with
    its mode at c = (mode - low) / (high - low), is (1 - c) min(U1, U2) + c max(U1, U2) for two
    independent uniforms (Stein and Keblis, "A new method to simulate the triangular
    distribution", Mathematical and Computer Modelling 49 (2009) 1143-1147): no square root and no
    branch. The value v = 100 (x - worst) / (best - worst) is linear in the score, so the value
    drawn is v(low) + (v(high) - v(low)) T whichever way the value runs (it falls as the score
    rises where best < worst), and 100 on a flat criterion (best == worst). With
    D = v(high) - v(low), a cell's draw is D (1 - c) min + D c max (``alpha`` and ``beta``) on top
    of its origin, v(low), which the weighted sums take in float64 (``_Sampler``).

    U1 and U2 are 16-bit integers k of the generator's raw words, each (k + 1/2) / 2**16 (the half
    put in ``origin``): a draw is then within 2**-16 of the range of the draw from exact uniforms,
    so its distribution function is within 2 x 2**-16 (3e-5) of the triangular one, a hundred
    times less than a Monte Carlo's own error at 100,000 samples (1 / sqrt(N), 3e-3), and every
    draw takes 32 random bits, as numpy's float32 draws do. Integer min and max over 16-bit
    words, two conversions, two products and a sum: half the work of the inverse distribution
    function's two square roots.

    The cells are cut into blocks of about BLOCK (a multiple of ``whole`` cells), each with a random
    stream of its own; a block of B cells takes ceil(B / 2) words of its stream a sample, sample
    after sample: its first B 16-bit halves are the cells' U1, the next B their U2. A piece is one
    block in as many samples as PIECE cells hold: its parameters are read once for all of them,
    where drawing a whole sample before the next would stream every cell's parameters from memory
    in every sample. The figures depend on neither the chunk nor the piece.
    """

    def __init__(self, low: np.ndarray, mode: np.ndarray, high: np.ndarray, worst: np.ndarray,
                 best: np.ndarray, whole: int = 1) -> None:
        span = best - worst
        flat = span == 0
        scale = np.where(flat, 0.0, 100.0 / np.where(flat, 1.0, span))
        v_low = np.where(flat, 100.0, (low - worst) * scale)
        drop = (high - low) * scale  # v(high) - v(low): below 0 where the value falls as the score rises
        c = (mode - low) / (high - low)
        self.origin = v_low + drop / 2.0**17  # each cell's draw is its origin plus its departure
        self.alpha = (drop * (1.0 - c) / 2.0**16).astype(np.float32)
        self.beta = (drop * c / 2.0**16).astype(np.float32)
        self.cells = len(low)
        block = max(whole, BLOCK - BLOCK % whole)
        self.blocks = [(a, min(a + block, self.cells)) for a in range(0, self.cells, block)]
        self.rows = max(1, PIECE // min(block, self.cells))  # samples a piece
        shape = (self.rows, min(block, self.cells))
        self._low, self._high = np.empty(shape, dtype=np.uint16), np.empty(shape, dtype=np.uint16)
        self._out, self._right = np.empty(shape, dtype=np.float32), np.empty(shape, dtype=np.float32)

    def streams(self, seed: np.random.SeedSequence) -> list[np.random.BitGenerator]:
        """One random stream per block, spawned from ``seed`` (call once per Monte Carlo): SFC64, whose
        raw words come about a quarter faster than PCG64's, and half the draw is taking them."""
        return [np.random.SFC64(child) for child in seed.spawn(len(self.blocks))]

    def pieces(self, streams: list[np.random.BitGenerator], k: int) -> Iterator[tuple[slice, int, np.ndarray]]:
        """(samples, first cell, drawn departures: samples x cells), block by block and, within a
        block, a few samples at a time; the array is reused for the next piece."""
        for (a, b), bits in zip(self.blocks, streams, strict=True):
            words = (b - a + 1) // 2
            for s in range(0, k, self.rows):
                r = min(self.rows, k - s)
                halves = bits.random_raw(r * words).view(np.uint16).reshape(r, 4 * words)
                yield slice(s, s + r), a, self._draw(halves[:, : b - a], halves[:, b - a : 2 * (b - a)], slice(a, b))

    def _draw(self, u1: np.ndarray, u2: np.ndarray, cells: slice) -> np.ndarray:
        """The departures drawn from ``u1`` and ``u2`` (samples x cells of 16-bit integers)."""
        r, n = u1.shape
        low, high = self._low[:r, :n], self._high[:r, :n]
        out, right = self._out[:r, :n], self._right[:r, :n]
        np.minimum(u1, u2, out=low)
        np.maximum(u1, u2, out=high)
        out[...] = low
        right[...] = high
        out *= self.alpha[cells]
        right *= self.beta[cells]
        out += right
        return out


def _places(scores: np.ndarray, out: np.ndarray) -> np.ndarray:
    """Each option's 0-based place in each sample (``out``, options in id order); scores sorted.

    Ties within 1e-9 are broken by id: an option's place is the number of options ahead of it
    by more than 1e-9, plus the tied ones of lower id. After one sort per sample only runs of
    neighbours closer than that are looked at again (``_untie``), never options x options.
    """
    k, m = scores.shape
    order = _order(scores)
    ordered = _take_rows(scores, order)
    places = np.arange(m, dtype=out.dtype)
    for row, o in zip(out, order, strict=True):  # as np.put_along_axis, row by row: twice as fast
        row[o] = places
    if m > 1:
        close = ordered[:, :-1] - ordered[:, 1:] <= TIE
        if close.any():
            _untie(scores, ordered, order, close, out)
    return ordered


def _order(scores: np.ndarray) -> np.ndarray:
    """Each sample's options from the highest score to the lowest (samples x options, indices).

    A comparison sort of ten thousand scores costs about forty comparisons each. Instead, each
    score is first placed in one of 65,536 equal bands between its sample's highest and lowest
    (a 16-bit key, which numpy sorts stably by radix, in linear time), then the scores so
    arranged, sorted but within a band, are sorted exactly by a stable merge sort (timsort),
    which takes near-sorted runs in near-linear time. The result is an exact descending order.
    """
    high = scores.max(axis=1, keepdims=True)
    span = high - scores.min(axis=1, keepdims=True)
    scale = np.divide(65535.0, span, out=np.zeros_like(span), where=span > 0)
    key = np.subtract(high, scores)
    key *= scale  # 0 .. 65535 (at most 65535 times 1 + 2 ulp: truncated, still 65535)
    coarse = np.argsort(key.astype(np.uint16), axis=1, kind="stable")
    near = _take_rows(scores, coarse)
    np.negative(near, out=near)
    return _take_rows(coarse, np.argsort(near, axis=1, kind="stable"))


def _take_rows(a: np.ndarray, at: np.ndarray) -> np.ndarray:
    """np.take_along_axis(a, at, axis=1), row by row: np.take on one row gathers at about twice the
    speed of the two-index gather take_along_axis makes (whose index arrays it also builds)."""
    out = np.empty(at.shape, dtype=a.dtype)
    for row, index, into in zip(a, at, out, strict=True):
        np.take(row, index, out=into)
    return out


def _untie(scores: np.ndarray, ordered: np.ndarray, order: np.ndarray, close: np.ndarray, out: np.ndarray) -> None:
    """Places within runs of sorted neighbours no more than 1e-9 apart (rare with ranges).

    A run whose ends are within 1e-9 is one tie: its places go to its options by id. A longer
    run (a chain of near ties) is ranked by the definition, pairwise within the run: whatever
    lies outside a run is more than 1e-9 from all of it.
    """
    rows = np.flatnonzero(close.any(axis=1))
    near = close[rows]
    member = np.zeros((len(rows), scores.shape[1]), dtype=bool)
    member[:, :-1] |= near
    member[:, 1:] |= near
    run = np.zeros(member.shape, dtype=np.int64)
    np.cumsum(~near, axis=1, out=run[:, 1:])  # which run of the row each sorted position is in
    r, p = np.nonzero(member)  # by row, then position: runs in order
    ids, label = order[rows[r], p], run[r, p]
    by_id = np.lexsort((ids, label, r))
    out[rows[r], ids[by_id]] = p
    new = np.ones(len(r), dtype=bool)
    new[1:] = (r[1:] != r[:-1]) | (label[1:] != label[:-1])
    first = np.flatnonzero(new)
    last = np.append(first[1:], len(r)) - 1
    long = ordered[rows[r[first]], p[first]] - ordered[rows[r[last]], p[last]] > TIE
    for a, b in zip(first[long].tolist(), last[long].tolist(), strict=True):
        row, members = rows[r[a]], ids[a : b + 1]
        v = scores[row, members]
        ahead = (v[None, :] > v[:, None] + TIE) | ((np.abs(v[None, :] - v[:, None]) <= TIE)
                                                  & (members[None, :] < members[:, None]))
        out[row, members] = p[a] + ahead.sum(axis=1)


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
