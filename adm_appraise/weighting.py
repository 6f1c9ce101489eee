"""How weights are derived from a weighting record: swing, rank order, pairwise, a value tree.

Plain Python on purpose: the loader derives the weights, and ``validate`` (which CI runs on
every push) must not import numpy. Importing numpy costs hundreds of times the derivation: the
largest case, Saaty's eigenvector and CR of a 10 x 10 matrix, takes about a millisecond by
power iteration (``benchmarks/weighting.py`` prints both figures).

Every function returns weights normalised to sum to 1, keyed by item id (a criterion, or a
group of criteria in a value tree), in the order the items were given.

- Swing (UK MCA manual; HMT/DESNZ MCDA guidance): w_j = s_j / sum(s).
- Rank order, ``order`` a list of levels, most important first; tied items share a level.
  - ``centroid`` (rank-order centroid, Barron & Barrett 1996): the centroid of every weight
    vector consistent with the order, w_k = (1/n) sum_{i=k..n} 1/i. With ties the set is the
    simplex whose vertices give the first m levels equal shares (1/T_m each, T_m the number
    of items in them) and the rest nothing; its centroid gives level l the weight
    (1/L) sum_{m=l..L} 1/T_m, L levels. Without ties this is Barron & Barrett's formula.
  - ``rank_sum``: w_k proportional to n + 1 - k; ``reciprocal``: w_k proportional to 1/k
    (both Stillwell, Seaver & Edwards 1981). Tied items share equally what their positions
    would hold together.
- Pairwise (Saaty 1980): a_ij on Saaty's 1-9 scale (a_ji = 1/a_ij); weights the principal
  right eigenvector, lambda_max its eigenvalue, CI = (lambda_max - n)/(n - 1), CR = CI/RI(n)
  with Saaty's random index. CR above 0.10 calls for the judgements to be revisited; the
  most inconsistent judgement is the one whose ratio a_ij * w_j / w_i is furthest from 1.
- Incomplete pairwise judgements (Harker 1987, "Incomplete pairwise comparisons in the
  analytic hierarchy process", Mathematical Modelling 9(11): 837-848): a missing a_ij is
  replaced by w_i/w_j, which is the same as setting it to 0 and adding 1 to a_ii for each
  missing entry of row i; the weights are that matrix's principal eigenvector and lambda_max
  its eigenvalue (CI and CR as above, with the random index of a complete matrix). With every
  pair judged this is Saaty's method exactly. The judged pairs must connect every item, or
  the matrix is reducible and the weights are not determined.
- A group's judgements (Aczel & Saaty 1983, "Procedures for synthesizing ratio judgements",
  Journal of Mathematical Psychology 27: 93-102): each pair's judgement is the geometric
  mean of the judgements of the participants who judged it, the only mean that keeps
  a_ji = 1/a_ij; the group's matrix is then weighed as above, and each participant's own
  matrix gives their own consistency ratio.
- Value tree (of any depth): effective weight = the product of the weights along the
  criterion's path, the top level's weight of its outermost group times each group's
  weight within its parent times the criterion's weight within its own group.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

RANK_FORMULAS = ("centroid", "rank_sum", "reciprocal")
METHODS = ("direct", "swing", "rank", "pairwise")
# Saaty's random index by matrix size (Saaty 1980; Saaty 1990, EJOR 48: 9-26), n = 1..10
RANDOM_INDEX = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49}
CR_LIMIT = 0.10
SAATY_MIN, SAATY_MAX = 1 / 9, 9.0

Order = Sequence[Sequence[str]]  # levels, most important first; a level of two or more is a tie


def normalised(weights: Mapping[str, float]) -> dict[str, float]:
    total = sum(weights.values())
    if total <= 0:
        raise ValueError("the weights sum to zero")
    return {k: w / total for k, w in weights.items()}


def swing(swings: Mapping[str, float]) -> dict[str, float]:
    """w_j = s_j / sum(s)."""
    return normalised(swings)


def rank_order(order: Order, formula: str = "centroid") -> dict[str, float]:
    """Weights from a ranking with ties, by the rank-order centroid, rank-sum or reciprocal formula."""
    if formula == "centroid":
        return _centroid(order)
    if formula not in RANK_FORMULAS:
        raise ValueError(f"unknown rank formula {formula!r}")
    n = sum(len(level) for level in order)
    raw: dict[str, float] = {}
    position = 1
    for level in order:
        positions = range(position, position + len(level))
        held = sum((n + 1 - k) if formula == "rank_sum" else 1 / k for k in positions)
        raw.update({item: held / len(level) for item in level})
        position += len(level)
    return normalised(raw)


def _centroid(order: Order) -> dict[str, float]:
    sizes = [len(level) for level in order]
    totals = [sum(sizes[: m + 1]) for m in range(len(sizes))]  # T_m
    count = len(order)
    weights: dict[str, float] = {}
    for lvl, level in enumerate(order):
        share = sum(1 / totals[m] for m in range(lvl, count)) / count
        weights.update({item: share for item in level})
    return weights


@dataclass(frozen=True)
class Judgement:
    """One pairwise judgement: ``first`` is ``ratio`` times as important as ``second``."""

    first: str
    second: str
    ratio: float
    consistent: float  # the ratio the derived weights imply, w_first / w_second


@dataclass(frozen=True)
class Pairwise:
    weights: dict[str, float]
    lambda_max: float
    ci: float
    ri: float
    cr: float
    worst: Judgement | None  # the most inconsistent judgement (None for fewer than 3 items)
    judged: int = 0  # the pairs judged
    pairs: int = 0  # the pairs there are, n(n - 1)/2

    @property
    def complete(self) -> bool:
        return self.judged >= self.pairs

    @property
    def acceptable(self) -> bool:
        return self.cr <= CR_LIMIT


def matrix(items: Sequence[str], comparisons: Mapping[tuple[str, str], float]) -> list[list[float]]:
    """The reciprocal matrix: a_ij = given, a_ji = 1/a_ij, a_ii = 1 (every pair given once)."""
    index = {item: i for i, item in enumerate(items)}
    a = [[1.0] * len(items) for _ in items]
    for (first, second), ratio in comparisons.items():
        i, j = index[first], index[second]
        a[i][j], a[j][i] = ratio, 1 / ratio
    return a


def harker_matrix(items: Sequence[str], comparisons: Mapping[tuple[str, str], float]) -> list[list[float]]:
    """Harker's matrix: the judged a_ij and their reciprocals, 0 where a pair is not judged, and
    on the diagonal 1 plus the number of pairs the row's item is not judged in (module docstring)."""
    a = matrix(items, comparisons)
    index = {item: i for i, item in enumerate(items)}
    judged = {(index[x], index[y]) for x, y in comparisons} | {(index[y], index[x]) for x, y in comparisons}
    for i, row in enumerate(a):
        for j in range(len(items)):
            if i != j and (i, j) not in judged:
                row[j] = 0.0
                row[i] += 1.0
    return a


def components(items: Sequence[str], pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The items grouped by which judged pairs connect them, each group in the items' order,
    the groups in the order of their first item: one group when every item is connected."""
    parent = {item: item for item in items}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for item in items:
        groups.setdefault(root(item), []).append(item)
    return list(groups.values())


def aggregate(judges: Mapping[str, Mapping[tuple[str, str], float]]) -> dict[tuple[str, str], float]:
    """A group's judgements: each pair's geometric mean over the participants who judged it
    (module docstring), oriented as the pair was first given."""
    logs: dict[frozenset[str], tuple[tuple[str, str], list[float]]] = {}
    for comparisons in judges.values():
        for (a, b), ratio in comparisons.items():
            key = frozenset((a, b))
            pair, values = logs.setdefault(key, ((a, b), []))
            values.append(math.log(ratio) if pair == (a, b) else -math.log(ratio))
    return {pair: math.exp(sum(values) / len(values)) for pair, values in logs.values()}


def pairwise(items: Sequence[str], comparisons: Mapping[tuple[str, str], float]) -> Pairwise:
    """Saaty's eigenvector weights and consistency ratio, by Harker's method where pairs are
    missing (module docstring); ValueError when the judged pairs do not connect every item."""
    n = len(items)
    if n > max(RANDOM_INDEX):
        raise ValueError(f"Saaty's random index is tabulated for at most {max(RANDOM_INDEX)} items")
    if len(components(items, comparisons)) > 1:
        raise ValueError("the judged pairs do not connect every item")
    a = harker_matrix(items, comparisons)
    w, lam = principal_eigenvector(a)
    weights = dict(zip(items, w, strict=True))
    ci = (lam - n) / (n - 1) if n > 1 else 0.0
    ci = max(ci, 0.0)  # lambda_max >= n for a reciprocal matrix; below only by rounding
    ri = RANDOM_INDEX[n]
    cr = ci / ri if ri else 0.0
    worst = None
    if n > 2:
        pairs = list(comparisons)  # in the order given; the first of equally inconsistent ones wins
        deviation = [round(abs(math.log(comparisons[p] * weights[p[1]] / weights[p[0]])), 9) for p in pairs]
        worst_pair = pairs[max(range(len(pairs)), key=lambda k: (deviation[k], -k))]
        first, second = worst_pair
        worst = Judgement(first, second, comparisons[worst_pair], weights[first] / weights[second])
    return Pairwise(weights, lam, ci, ri, cr, worst, len(comparisons), n * (n - 1) // 2)


def principal_eigenvector(
    a: Sequence[Sequence[float]], tol: float = 1e-13, limit: int = 10_000
) -> tuple[list[float], float]:
    """Power iteration on a positive matrix: the Perron vector (sum 1) and its eigenvalue.

    A positive matrix has a simple dominant eigenvalue with a positive eigenvector (Perron),
    so the iteration converges from any positive start; the error shrinks by |lambda_2|/lambda_1
    a step. Harker's matrix has zeros but a positive diagonal, and is irreducible when the
    judged pairs connect every item, so it is primitive and the same holds (Perron-Frobenius).
    """
    n = len(a)
    w = [1.0 / n] * n
    lam = float(n)
    for _ in range(limit):
        aw = [sum(row[j] * w[j] for j in range(n)) for row in a]
        lam = sum(aw)  # since sum(w) == 1, sum(A w) == lambda at convergence
        nxt = [x / lam for x in aw]
        if max(abs(x - y) for x, y in zip(nxt, w, strict=True)) < tol:
            w = nxt
            break
        w = nxt
    aw = [sum(row[j] * w[j] for j in range(n)) for row in a]
    return w, sum(aw)


def effective(top: Mapping[str, float], within: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """A value tree of any depth: criterion weight = the product of the weights along its path.

    ``top`` weighs the groups with no parent and the criteria in no group; ``within`` maps each
    group to its items' weights (criteria, or groups within it). Returns the criteria's effective
    weights (sum 1), groups expanded in place, depth first.
    """
    out: dict[str, float] = {}

    def expand(level: Mapping[str, float], scale: float, seen: tuple[str, ...]) -> None:
        for item, weight in level.items():
            if item in within:
                if item in seen:
                    raise ValueError(f"group {item!r} is within itself")
                expand(within[item], scale * weight, (*seen, item))
            else:
                out[item] = scale * weight

    expand(top, 1.0, ())
    return out
