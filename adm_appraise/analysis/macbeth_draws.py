"""Weights drawn uniformly among those a level's MACBETH judgements allow (``--weights judgements``).

MACBETH judgements do not fix one scale: every scale for which they are consistent (thresholds
exist that reproduce them all; :mod:`adm_appraise.macbeth`) is compatible with them, and the
MACBETH scale is the one its linear programme picks. This module draws a level's weights
uniformly from all of them.

**The set sampled.** For a level whose items x_1 .. x_n are judged, with the null swing
``no_swing`` at 0, the weights w (one per item, not the null swing)

    W = { w :  sum w = 1,  w >= 0,
               w(x) - w(y) = 0                 (x, y) judged C0 (no difference)
               w(x) - w(y) >= 0                (x, y) judged C_i..C_s, i >= 1
               w(x) - w(y) >= w(z) - w(t)      (x, y) judged C_i..C_s, (z, t) judged C_i'..C_s', i > s' }

with w(no_swing) = 0. These are the consistency conditions of :mod:`adm_appraise.macbeth` (and of
M-MACBETH's intervals, :func:`adm_appraise.macbeth.intervals`) with each strict inequality taken as
``>= 0``: W is the closure of the set of normalised weights for which the judgements are consistent.

It is also the set of the linear programme's scales, margins and all, once normalised: every v with
v >= 0, v(no_swing) = 0, the C0 equalities, v(x) - v(y) >= i and the separations
v(x) - v(y) >= v(z) - v(t) + i - s', divided by its total. One way, such a v meets every strict
inequality (by 1 at least) and so does v / sum v; the other, a w that meets each strict inequality
by some eps > 0 gives v = (6 / eps) w, which meets every margin (none exceeds 6). The margins fix
the scale's unit, not its shape: held instead in the normalised unit (each divided by the LP
scale's total) they would bind where the programme's minimal scale does and leave little or nothing
(two criteria judged strong and weak over no swing: the LP scale 4 and 2, and w_a >= 4/6,
w_b >= 2/6 leave w = (2/3, 1/3) alone).

The normalised scales and W differ only on W's boundary, a set of volume zero, so a uniform draw
from one is a uniform draw from the other (the draws below land on the boundary only by rounding).
The MACBETH scale, normalised, lies in W (it is one of those scales).

**The method: hit-and-run** (Smith, "Efficient Monte Carlo procedures for generating points
uniformly distributed over bounded regions", Operations Research 32(6), 1984, pp. 1296-1308). W
lies in the plane of its equalities; with z coordinates in that plane (an orthonormal basis of the
equalities' null space), each step draws a direction uniformly on the unit sphere, finds the chord
of W through the current point along it, and moves to a point drawn uniformly on the chord. The
chain's stationary distribution is uniform on W (Smith 1984); Lovász ("Hit-and-run mixes
fast", Mathematical Programming 86(3), 1999, pp. 443-461) bounds how fast it gets there from a warm
start. Here:

- CHAINS chains run side by side (one numpy operation advances them all), each from the centre of
  the largest ball inside W (Chebyshev's centre, a linear programme solved by HiGHS), well inside
  W however thin it is;
- each chain first takes a burn-in of BURN_IN * (d + 1) steps, d the dimension of W, whose points
  are thrown away;
- then a round of steps gives one draw per chain (thinning: a chain's consecutive draws are that
  many steps apart), the rounds following one another: THIN * (d + 1) steps, or ln(d + 1) d^3 / 4
  (rounded up) where that is more, the thinning the hitandrun package of van Valkenhoef and Tervonen
  uses by default for SMAA's weights (Tervonen, van Valkenhoef, Basturk & Postmus, "Hit-And-Run
  enables efficient weight generation for simulation-based multiple criteria decision analysis",
  European Journal of Operational Research 224(3), 2013, pp. 552-559); the first is the more up to
  five dimensions, the second from six. (The means of the draws agree with exact rejection sampling
  within four standard errors in the tests, up to four dimensions.)

Each round's random numbers are drawn from the level's stream in one piece and the draws a chunk
does not use wait for the next, so the figures do not depend on the chunk size. A level whose W is
one point (its C0 judgements fix every share) draws that point every time. Numbers only: the
judgements were checked consistent when criteria.yaml was read (E515), so W has room inside.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from adm_appraise import highs, macbeth
from adm_appraise.macbeth import NO_SWING, Judgement

CHAINS = 64  # chains run side by side
BURN_IN = 100  # burn-in steps per dimension (plus one)
THIN = 10  # steps between a chain's draws per dimension (plus one)
TINY = 1e-300  # the least slack a constraint keeps in the steps (against rounding)


def constraints(items: Sequence[str], judgements: Sequence[Judgement]) -> tuple[np.ndarray, np.ndarray]:
    """(E, G): W (module docstring) is {w : E w = (1, 0, ..., 0), G w >= 0}, columns ``items``."""
    index = {item: k for k, item in enumerate(items)}

    def diff(j: Judgement) -> np.ndarray:
        row = np.zeros(len(items))
        for item, sign in ((j.first, 1.0), (j.second, -1.0)):
            if item != NO_SWING:
                row[index[item]] += sign
        return row

    equal = [np.ones(len(items))] + [diff(j) for j in judgements if j.high == 0]
    above = [diff(j) for j in judgements if j.high > 0]
    apart = [diff(judgements[a]) - diff(judgements[b]) for a, b in _separations(judgements)]
    return np.array(equal), np.vstack([*above, *apart, np.eye(len(items))])


def _separations(judgements: Sequence[Judgement]) -> list[tuple[int, int]]:
    """(a, b): judgement a's difference must exceed judgement b's, as a's categories lie above b's;
    only those not implied by two others (a above some m above b: d_a > d_m > d_b), which the
    hit-and-run steps would test for nothing (a full table of ten items has 1,312 constraints
    otherwise)."""
    pairs = {(a, b) for a, b, _gap in macbeth._separations(judgements)}
    if not pairs:
        return []
    n = len(judgements)
    above = np.zeros((n, n), dtype=bool)
    for a, b in pairs:
        above[a, b] = True
    implied = (above.astype(np.int64) @ above.astype(np.int64)) > 0  # some m with a above m above b
    return sorted(p for p in pairs if not implied[p])


def thinning(d: int) -> int:
    """Steps between a chain's draws in d dimensions (module docstring)."""
    return max(THIN * (d + 1), math.ceil(math.log(d + 1) * d**3 / 4))


class HitAndRun:
    """Uniform draws from W (module docstring) for the level with these items and judgements."""

    def __init__(self, items: Sequence[str], judgements: Sequence[Judgement]) -> None:
        self.items = list(items)
        e, g = constraints(self.items, judgements)
        rhs = np.zeros(len(e))
        rhs[0] = 1.0
        _, singular, vt = np.linalg.svd(e)
        rank = int((singular > 1e-9 * singular[0]).sum())
        self.basis = vt[rank:].T  # n x d, orthonormal: W's plane is origin + basis z
        self.origin = np.linalg.lstsq(e, rhs, rcond=None)[0]
        self.d = self.basis.shape[1]
        a = -g @ self.basis  # G (origin + basis z) >= 0  <=>  a z <= b
        b = g @ self.origin
        norms = np.linalg.norm(a, axis=1)
        if (b[norms <= 1e-12] < -1e-9).any():
            raise ValueError("the MACBETH judgements leave no weights to draw from")
        keep = norms > 1e-12
        self.a, self.b = a[keep] / norms[keep, None], b[keep] / norms[keep]
        self.centre = self._centre() if self.d else np.zeros(0)

    def _centre(self) -> np.ndarray:
        """Chebyshev's centre: z maximising r with a z + r <= b (the rows have unit length), r <= 1."""
        m, d = self.a.shape
        matrix = np.hstack([self.a, np.ones((m, 1))])
        starts = [0]
        index: list[int] = []
        value: list[float] = []
        for col in matrix.T:
            nz = np.flatnonzero(col)
            index += nz.tolist()
            value += col[nz].tolist()
            starts.append(len(index))
        cost = np.zeros(d + 1)
        cost[d] = -1.0
        x = highs.solve(cost, [-np.inf] * d + [0.0], [np.inf] * d + [1.0], np.full(m, -np.inf), self.b,
                        starts, index, value)
        if x is None or x[d] <= 1e-9:
            raise ValueError("the MACBETH judgements leave no room to draw weights in (no interior)")
        centre: np.ndarray = x[:d]
        return centre

    def weights(self, z: np.ndarray) -> np.ndarray:
        """Points of W's plane (rows of z) as weights (rows), clipped at 0 against rounding."""
        out: np.ndarray = np.clip(self.origin + z @ self.basis.T, 0.0, None)
        out /= out.sum(axis=1, keepdims=True)
        return out

    def chain(self, rng: np.random.Generator) -> Chain:
        return Chain(self, rng)


class Chain:
    """CHAINS hit-and-run chains on one level's W, drawing from one random stream (module docstring)."""

    def __init__(self, sampler: HitAndRun, rng: np.random.Generator) -> None:
        self.sampler = sampler
        self.rng = rng
        self.z = np.broadcast_to(sampler.centre, (CHAINS, sampler.d)).copy()
        self.waiting = np.zeros((0, len(sampler.items)))
        self.started = False

    def _steps(self, count: int) -> None:
        """``count`` hit-and-run steps of every chain."""
        s = self.sampler
        directions = self.rng.standard_normal((count, CHAINS, s.d))
        places = self.rng.random((count, CHAINS))
        at = np.ascontiguousarray(s.a.T)
        # CHAINS x m: b - a z, never below TINY, so that a / slack is finite or infinite, never 0/0
        slack = np.maximum(s.b - self.z @ at, TINY)
        for u, p in zip(directions, places, strict=True):
            u /= np.linalg.norm(u, axis=1, keepdims=True)
            au = u @ at
            with np.errstate(over="ignore", divide="ignore"):
                rate = au / slack  # the chord along u ends at t = 1/rate for the largest rate, -1/rate the least
                hi, lo = 1 / rate.max(axis=1), 1 / rate.min(axis=1)  # W is bounded: both ends are finite
            t = lo + (hi - lo) * p
            self.z += t[:, None] * u
            slack -= t[:, None] * au
            np.maximum(slack, TINY, out=slack)

    def draw(self, k: int) -> np.ndarray:
        """The next k draws (k x items)."""
        s = self.sampler
        if not s.d:
            return np.broadcast_to(s.weights(np.zeros((1, 0)))[0], (k, len(s.items)))
        if not self.started:
            self._steps(BURN_IN * (s.d + 1))
            self.started = True
        parts = [self.waiting]
        have = len(self.waiting)
        while have < k:
            self._steps(thinning(s.d))
            parts.append(s.weights(self.z))
            have += CHAINS
        drawn = np.vstack(parts)
        self.waiting = drawn[k:]
        out: np.ndarray = drawn[:k]
        return out
