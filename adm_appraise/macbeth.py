"""MACBETH: a scale from qualitative judgements of difference in attractiveness.

MACBETH (Measuring Attractiveness by a Categorical Based Evaluation Technique; Bana e Costa,
De Corte & Vansnick, "On the mathematical foundations of MACBETH", in Figueira, Greco &
Ehrgott (eds.), *Multiple Criteria Decision Analysis: State of the Art Surveys*, Springer 2005,
pp. 409-437; and "MACBETH", *International Journal of Information Technology & Decision
Making* 11(2), 2012, pp. 359-387) asks, for two elements x, y of a set at a time (options, the
levels of a criterion, or the swings of criteria), how much more attractive x is than y, in
one of seven categories C0 ... C6: no difference, very weak, weak, moderate, strong, very
strong, extreme. A judge who hesitates may give a range of adjacent categories C_i..C_s
(never with C0). Written here (x, y, i, s): x is more attractive than y by C_i..C_s.

**Consistency.** The judgements are consistent when some scale v and thresholds
0 = sigma_0 < sigma_1 < ... < sigma_5 (sigma_6 = infinity) reproduce them: v(x) = v(y) for
C0, and sigma_{i-1} < v(x) - v(y) < sigma_s for C_i..C_s. Equivalently (the thresholds are
then read off), when every judged difference in C_i..C_s exceeds 0 and exceeds every judged
difference in a range C_i'..C_s' with s' < i. The constraints are homogeneous, so a solution
can be scaled until every strict inequality holds with a margin of 1 or more: consistency is
the feasibility of the linear programme below.

**The MACBETH scale** (the linear programme of the papers above, as this module states it; it
reproduces exactly the scale published for the career choice of Bana e Costa & Chagas, European
Journal of Operational Research 153(2), 2004, pp. 323-331, Fig. 4: tests/test_macbeth.py),
solved with HiGHS:

    minimise   v(x+) - v(x-)        (here: max_x v(x), with v(x-) = 0 and v >= 0)
    subject to v(x-) = 0                                    x- the least attractive element
               v(x) - v(y) = 0                              (x, y) in C0
               v(x) - v(y) >= i                             (x, y) in C_i..C_s, i >= 1
               v(x) - v(y) >= v(w) - v(z) + i - s'          (x, y) in C_i..C_s, (w, z) in C_i'..C_s', i > s'

The programme may have several optimal solutions; this module takes, among them, the one of
least total sum (a second programme with the optimum fixed), so that the same judgements always
give the same scale. The scale is then rescaled: 0 to 100 for a value function, weights summing
to 1 for swings. ``order`` adds v(x) >= v(y) for pairs known to be so (the levels of a score,
higher never worse).

**How far each value may move** (M-MACBETH's "current scale" intervals): with every other
value fixed, the values of x for which the judgements stay consistent, worked out from the
consistency conditions above, each linear in v(x).

**The smallest change that removes an inconsistency** (what M-MACBETH suggests; its own
programmes are not reproduced here, but this module's mixed-integer programme answers the same
question, the fewest category shifts): each judgement may be
shifted t categories (a range keeps its width), at cost |t|; the thresholds sigma are variables;
HiGHS finds the shifts of least total cost for which the consistency conditions hold (after a
quick look for a single shift of one category, which no change can beat).

Only ``validate`` and the commands that read a MACBETH block run these programmes; numpy and
highspy are imported then, never when a file has none, nor when the same judgements were solved
before (the scale is kept in the user's cache folder).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adm_appraise import highs, weighting

CATEGORIES = ("none", "very_weak", "weak", "moderate", "strong", "very_strong", "extreme")
WORDS = ("no", "very weak", "weak", "moderate", "strong", "very strong", "extreme")
NO_SWING = "no_swing"  # the null swing: every criterion at its worst (weighting by MACBETH)
SCALE_BOX = 1000.0  # the mixed-integer programme's values lie in [0, SCALE_BOX * n]


@dataclass(frozen=True)
class Judgement:
    """x (``first``) is more attractive than y (``second``) by categories ``low`` to ``high``."""

    first: str
    second: str
    low: int
    high: int

    @property
    def text(self) -> str:
        return category_text(self.low, self.high)

    @property
    def words(self) -> str:
        return category_words(self.low, self.high)


def category_text(low: int, high: int) -> str:
    """As criteria.yaml writes it: 'strong', or '[weak, strong]' for a range."""
    return CATEGORIES[low] if low == high else f"[{CATEGORIES[low]}, {CATEGORIES[high]}]"


def category_words(low: int, high: int) -> str:
    return WORDS[low] if low == high else f"{WORDS[low]} to {WORDS[high]}"


@dataclass(frozen=True)
class Change:
    """A judgement moved to categories ``low`` to ``high`` (a suggestion)."""

    judgement: Judgement
    low: int
    high: int


@dataclass(frozen=True)
class Scale:
    """The MACBETH scale of a set of judgements, or the smallest change when there is none."""

    items: tuple[str, ...]
    judgements: tuple[Judgement, ...]
    values: Mapping[str, float] | None  # v, v(bottom) = 0, unscaled; None when inconsistent
    changes: tuple[Change, ...] = ()  # inconsistent: the smallest change that removes it
    intervals: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # on ``values``' footing

    @property
    def consistent(self) -> bool:
        return self.values is not None

    def rescaled(self, top: str) -> dict[str, float]:
        """0 at the bottom, 100 at ``top``."""
        assert self.values is not None
        return {i: 100.0 * v / self.values[top] for i, v in self.values.items()}


def parse(value: Any) -> tuple[int, int]:
    """A judgement as written: a category name, or [low, high] names of a range. ValueError if not."""
    if isinstance(value, str):
        if value not in CATEGORIES:
            raise ValueError(f"unknown category '{value}'")
        k = CATEGORIES.index(value)
        return k, k
    if isinstance(value, list | tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        low, high = (parse(v)[0] for v in value)
        if low > high:
            raise ValueError(f"the range [{value[0]}, {value[1]}] runs backwards: give the weaker category first")
        if low == 0 and high > 0:
            raise ValueError("a range cannot include 'none': give 'none' alone")
        return low, high
    raise ValueError("a judgement is one category name or a range [weaker, stronger]")


def components(items: Sequence[str], judgements: Iterable[Judgement]) -> list[list[str]]:
    """The items grouped by which judgements connect them (one group when all are connected)."""
    return weighting.components(items, ((j.first, j.second) for j in judgements))


def _separations(judgements: Sequence[Judgement]) -> list[tuple[int, int, int]]:
    """(a, b, gap): judgement a's difference must exceed judgement b's by gap, as a > b's categories."""
    return [(a, b, ja.low - jb.high) for a, ja in enumerate(judgements) for b, jb in enumerate(judgements)
            if ja.low > jb.high]


def solve(items: Sequence[str], judgements: Sequence[Judgement], bottom: str,
          order: Sequence[tuple[str, str]] = ()) -> Scale:
    """The MACBETH scale (module docstring), with v(bottom) = 0; when the judgements are
    inconsistent, ``values`` is None and ``changes`` the smallest change that removes it.

    A scale once solved is kept in the user's cache folder (``usercache``), so that the same
    judgements read again (``validate`` on every commit) need neither numpy nor HiGHS."""
    items, judgements = tuple(items), tuple(judgements)
    order = tuple((x, y) for x, y in order)
    key = hashlib.sha256(json.dumps([items, [[j.first, j.second, j.low, j.high] for j in judgements], bottom,
                                     order]).encode()).hexdigest()
    kept = _recall(key, items, judgements)
    if kept is not None:
        values, changes = kept
        return Scale(items, judgements, None, changes) if values is None else \
            Scale(items, judgements, values, (), intervals(values, judgements, bottom, order))
    scale = _solve(items, judgements, bottom, order)
    _keep(key, scale)
    return scale


def _folder() -> Path | None:
    """The cache's folder of solved scales: one per version of adm-appraise and of the code that solves."""
    from adm_appraise import __version__
    from adm_appraise.usercache import cache_folder

    here = Path(__file__).resolve().parent
    code = hashlib.sha256((here / "macbeth.py").read_bytes() + (here / "highs.py").read_bytes()).hexdigest()[:12]
    return cache_folder(f"macbeth-{__version__}-{code}")


def _recall(key: str, items: tuple[str, ...], judgements: tuple[Judgement, ...]) \
        -> tuple[dict[str, float] | None, tuple[Change, ...]] | None:
    """A scale kept by ``_keep`` (its values, or None and its changes); None when there is none to be
    trusted (not kept, unreadable, or not of these items and judgements)."""
    folder = _folder()
    if folder is None:
        return None
    try:
        kept = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        values, changes = kept["values"], kept["changes"]
        if values is not None:
            if list(values) != list(items) or not all(type(v) is float for v in values.values()):
                return None
            return dict(values), ()
        return None, tuple(Change(judgements[k], int(low), int(high)) for k, low, high in changes)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def _keep(key: str, scale: Scale) -> None:
    """Keep a solved scale (written whole, then renamed, so that no reader meets half a file)."""
    folder = _folder()
    if folder is None:
        return
    kept = {"values": None if scale.values is None else dict(scale.values),
            "changes": [[scale.judgements.index(c.judgement), c.low, c.high] for c in scale.changes]}
    part = folder / f".{key}.{os.getpid()}.part"
    try:
        part.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(part, folder / f"{key}.json")
    except OSError:
        part.unlink(missing_ok=True)


def _solve(items: tuple[str, ...], judgements: tuple[Judgement, ...], bottom: str,
           order: tuple[tuple[str, str], ...]) -> Scale:
    import numpy as np

    n = len(items)
    index = {item: k for k, item in enumerate(items)}
    # variables: v_0 .. v_{n-1}, then t (the top of the scale)
    rows: list[tuple[dict[int, float], float, float]] = []  # (coefficients, lower, upper)
    inf = float("inf")

    def diff(j: Judgement) -> dict[int, float]:
        return {index[j.first]: 1.0, index[j.second]: -1.0}

    for j in judgements:
        if j.high == 0:
            rows.append((diff(j), 0.0, 0.0))
        else:
            rows.append((diff(j), float(j.low), inf))
    for a, b, gap in _separations(judgements):
        coefficients: dict[int, float] = {}
        for k, c in (*diff(judgements[a]).items(), *((k, -c) for k, c in diff(judgements[b]).items())):
            coefficients[k] = coefficients.get(k, 0.0) + c
        rows.append(({k: c for k, c in coefficients.items() if c}, float(gap), inf))
    for x, y in order:
        rows.append(({index[x]: 1.0, index[y]: -1.0}, 0.0, inf))
    for k in range(n):
        rows.append(({n: 1.0, k: -1.0}, 0.0, inf))  # t >= v_k
    lower = np.zeros(n + 1)
    upper = np.full(n + 1, inf)
    upper[index[bottom]] = 0.0
    cost = np.zeros(n + 1)
    cost[n] = 1.0
    first = _highs(cost, rows, lower, upper)
    if first is None:
        return Scale(items, judgements, None, suggest(items, judgements, bottom, order))
    top = float(first[n])
    cost = np.ones(n + 1)
    cost[n] = 0.0
    upper[n] = top * (1 + 1e-9) + 1e-9
    second = _highs(cost, rows, lower, upper)
    x = first if second is None else second
    values = {item: round(float(x[k]), 9) + 0.0 for item, k in index.items()}
    return Scale(items, judgements, values, (), intervals(values, judgements, bottom, order))


def intervals(values: Mapping[str, float], judgements: Sequence[Judgement], bottom: str,
              order: Sequence[tuple[str, str]] = (), fixed: Iterable[str] = ()) -> dict[str, tuple[float, float]]:
    """For each item but ``bottom`` (and ``fixed``), the interval its value may take, every other
    value held, with the judgements still consistent (the ends themselves excluded, where a
    strict inequality binds). The upper end may be infinite."""
    held = {bottom, *fixed}
    out: dict[str, tuple[float, float]] = {}
    separations = _separations(judgements)
    for x in values:
        if x in held:
            continue
        lo, hi = -float("inf"), float("inf")

        def term(j: Judgement, x: str = x) -> tuple[float, float]:
            """The judgement's difference as a t + b, t the value of x."""
            a = (j.first == x) - (j.second == x)
            b = (values[j.first] if j.first != x else 0.0) - (values[j.second] if j.second != x else 0.0)
            return float(a), b

        constraints: list[tuple[float, float]] = []  # a t + b >= 0 (or > 0)
        equal: list[tuple[float, float]] = []  # a t + b == 0
        for j in judgements:
            a, b = term(j)
            if a == 0:
                continue
            (equal if j.high == 0 else constraints).append((a, b))
        for p, q, _gap in separations:
            a1, b1 = term(judgements[p])
            a2, b2 = term(judgements[q])
            if a1 - a2 != 0:
                constraints.append((a1 - a2, b1 - b2))
        for first, second in order:
            if x in (first, second):
                constraints.append(((first == x) - (second == x), (values[first] if first != x else 0.0)
                                    - (values[second] if second != x else 0.0)))
        for a, b in constraints:
            if a > 0:
                lo = max(lo, -b / a)
            else:
                hi = min(hi, -b / a)
        for a, b in equal:
            lo = max(lo, -b / a)
            hi = min(hi, -b / a)
        out[x] = (max(lo, 0.0) + 0.0, hi + 0.0)
    return out


def suggest(items: Sequence[str], judgements: Sequence[Judgement], bottom: str,
            order: Sequence[tuple[str, str]] = ()) -> tuple[Change, ...]:
    """The least total category shift that makes the judgements consistent (module docstring).

    One shift is the least there can be, so each judgement moved one category down, then up,
    is tried first by a small linear programme (the consistency conditions with the thresholds
    as variables); only when none of those will do is the mixed-integer programme solved.
    """
    for k, j in enumerate(judgements):
        for low, high in ((j.low - 1, j.high - 1), (j.low + 1, j.high + 1)):
            if low < 0 or high > 6 or (low == 0 and high > 0):
                continue
            moved = [*judgements[:k], Judgement(j.first, j.second, low, high), *judgements[k + 1:]]
            if consistent(items, moved, bottom, order):
                return (Change(j, low, high),)
    return _fewest_shifts(items, judgements, bottom, order)


def consistent(items: Sequence[str], judgements: Sequence[Judgement], bottom: str,
               order: Sequence[tuple[str, str]] = ()) -> bool:
    """Whether some scale and thresholds reproduce the judgements (module docstring), a margin
    of 1 on every strict inequality (the conditions are homogeneous, so no upper bound is needed)."""
    import numpy as np

    n = len(items)
    index = {item: k for k, item in enumerate(items)}
    inf = float("inf")
    rows: list[tuple[dict[int, float], float, float]] = []

    def sigma(k: int) -> int:
        return n + k - 1

    for k in range(1, 6):
        rows.append(({sigma(k): 1.0, **({sigma(k - 1): -1.0} if k > 1 else {})}, 2.0, inf))
    for j in judgements:
        d = {index[j.first]: 1.0, index[j.second]: -1.0}
        if j.high == 0:
            rows.append((d, 0.0, 0.0))
            continue
        rows.append(({**d, **({sigma(j.low - 1): -1.0} if j.low > 1 else {})}, 1.0, inf))
        if j.high < 6:
            rows.append(({**d, sigma(j.high): -1.0}, -inf, -1.0))
    for x, y in order:
        rows.append(({index[x]: 1.0, index[y]: -1.0}, 0.0, inf))
    upper = np.full(n + 5, inf)
    upper[index[bottom]] = 0.0
    return _highs(np.zeros(n + 5), rows, np.zeros(n + 5), upper) is not None


def _fewest_shifts(items: Sequence[str], judgements: Sequence[Judgement], bottom: str,
                   order: Sequence[tuple[str, str]] = ()) -> tuple[Change, ...]:
    """The mixed-integer programme: shifts of least total size that make the judgements consistent."""
    import numpy as np

    n = len(items)
    index = {item: k for k, item in enumerate(items)}
    box = SCALE_BOX * max(n, 2)
    big = 3 * box
    # variables: v (n), sigma_1..sigma_5 (5), then one binary per judgement and shift
    shifts: list[tuple[int, int, int, int]] = []  # (judgement, t, low, high)
    for k, j in enumerate(judgements):
        width = j.high - j.low
        for t in range(-6, 7):
            low, high = j.low + t, j.high + t
            if low < 0 or high > 6 or (low == 0 and width > 0):
                continue
            shifts.append((k, t, low, high))
    n_cols = n + 5 + len(shifts)
    rows: list[tuple[dict[int, float], float, float]] = []
    inf = float("inf")

    def sigma(k: int) -> int:
        return n + k - 1  # sigma_1 .. sigma_5

    for k in range(1, 6):  # 0 = sigma_0 < sigma_1 < ... with room for a margin of 1 each side
        rows.append(({sigma(k): 1.0, **({sigma(k - 1): -1.0} if k > 1 else {})}, 2.0, inf))
    for k in range(len(judgements)):
        rows.append(({n + 5 + s: 1.0 for s, shift in enumerate(shifts) if shift[0] == k}, 1.0, 1.0))
    for s, (k, _t, low, high) in enumerate(shifts):
        j = judgements[k]
        d = {index[j.first]: 1.0, index[j.second]: -1.0}
        z = n + 5 + s
        if high == 0:  # d <= M (1 - z) and d >= -M (1 - z)
            rows.append(({**d, z: big}, -inf, big))
            rows.append(({**d, z: -big}, -big, inf))
            continue
        # d >= sigma_{low-1} + 1 - M (1 - z)
        rows.append(({**d, **({sigma(low - 1): -1.0} if low > 1 else {}), z: -big}, 1.0 - big, inf))
        if high < 6:  # d <= sigma_high - 1 + M (1 - z)
            rows.append(({**d, sigma(high): -1.0, z: big}, -inf, big - 1.0))
    for x, y in order:
        rows.append(({index[x]: 1.0, index[y]: -1.0}, 0.0, inf))
    lower = np.zeros(n_cols)
    upper = np.full(n_cols, box)
    upper[index[bottom]] = 0.0
    upper[n + 5:] = 1.0
    cost = np.zeros(n_cols)
    for s, (_k, t, _low, _high) in enumerate(shifts):
        cost[n + 5 + s] = abs(t) + 1e-3 * (t > 0)  # of equal shifts, prefer a weaker judgement
    x = _highs(cost, rows, lower, upper, integers=range(n + 5, n_cols))
    if x is None:
        return ()
    return tuple(Change(judgements[k], low, high) for s, (k, t, low, high) in enumerate(shifts)
                 if t != 0 and x[n + 5 + s] > 0.5)


def _highs(cost: Any, rows: Sequence[tuple[Mapping[int, float], float, float]], lower: Any, upper: Any,
           integers: Iterable[int] = ()) -> Any:
    """Minimise cost.x, lower <= x <= upper, each row's lower <= a.x <= upper; None if infeasible."""
    columns: list[list[tuple[int, float]]] = [[] for _ in range(len(cost))]
    for r, (coefficients, _lo, _hi) in enumerate(rows):
        for c, coefficient in coefficients.items():
            columns[c].append((r, coefficient))
    starts: list[int] = [0]
    row_of: list[int] = []
    entries: list[float] = []
    for col in columns:
        row_of.extend(r for r, _ in col)
        entries.extend(v for _, v in col)
        starts.append(len(row_of))
    return highs.solve(cost, lower, upper, [r[1] for r in rows], [r[2] for r in rows], starts, row_of, entries,
                       integers)
