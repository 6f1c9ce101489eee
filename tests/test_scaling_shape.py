"""The shape of growth, not its speed: at 200 and 2,000 options, count the work a command's
quadratic-prone parts do and check it grows at most linearly (10x the options, at most ~10x the
work; a quadratic implementation does ~100x). No timing: counts are the same on any machine."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest

from adm_appraise.analysis import value_draws
from adm_appraise.render import charts, labels


def _points(n: int) -> list[dict[str, Any]]:
    rng = random.Random(0)
    return [{"name": f"Option {k} with a longer name", "score": rng.uniform(20, 90), "pvc": rng.uniform(0.5, 12),
             "frontier": k % 50 == 0, "eligible": k % 20 != 1, "baseline": k == 0} for k in range(n)]


def _geometry_tests(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    """Box-against-box and box-against-segment tests made to draw the frontier chart of n points."""
    count = [0]
    meets, crossed = labels.Box.meets, labels.Box.crossed_by

    def counted_meets(self: labels.Box, *args: Any) -> bool:
        count[0] += 1
        return meets(self, *args)

    def counted_crossed(self: labels.Box, *args: Any) -> bool:
        count[0] += 1
        return crossed(self, *args)

    monkeypatch.setattr(labels.Box, "meets", counted_meets)
    monkeypatch.setattr(labels.Box, "crossed_by", counted_crossed)
    svg = charts.frontier_svg(_points(n), "£m")
    assert svg.count('class="point"') == n  # every option drawn
    assert svg.count('class="point-label"') == min(n, labels.MOST)  # at most MOST named on the chart
    return count[0]


def test_frontier_label_placement_grows_at_most_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    # before the grid, each label checked every marker and every point's distance per candidate
    # place: 200 points took 3.7 million tests, 1,000 took 269 million (x73 for 5x the points)
    small, large = _geometry_tests(monkeypatch, 200), _geometry_tests(monkeypatch, 2_000)
    assert large <= 10 * small, (small, large)


def test_value_draws_keep_the_dominance_arrays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # the frontier of each draw compares every pair of options: counted as option pairs held at once
    held = [0]
    dominated = value_draws._dominated_rows

    def counted(score: np.ndarray, cost: np.ndarray) -> np.ndarray:
        held[0] = max(held[0], cost.shape[0] * cost.shape[1] ** 2)
        return dominated(score, cost)

    monkeypatch.setattr(value_draws, "_dominated_rows", counted)
    # fixed costs: one row of 300 options is 90,000 pairs, whatever the number of samples
    rows = _vfm(300, ranged=False)
    value_draws.draw_value(rows, 2_000)
    assert held[0] == 300 * 300
    held[0] = 0
    value_draws.draw_value(_vfm(300, ranged=True), 2_000)  # ranged costs: slices of at most 2^24 pairs
    assert 300 * 300 < held[0] <= 1 << 24


def _vfm(n: int, ranged: bool) -> Any:
    from types import SimpleNamespace

    def line(i: int) -> SimpleNamespace:
        return SimpleNamespace(kind="capital", pv=1.0 + i % 7, low=0.9 if ranged else 1.0, high=1.2 if ranged else 1.0)

    candidates = [SimpleNamespace(id=f"o{i:04d}", score=float(i % 11), monetised=False, lines=[line(i)])
                  for i in range(n)]
    return SimpleNamespace(candidates=candidates)
