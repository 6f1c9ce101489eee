"""The linear programme solver (HiGHS via highspy), against a worked case and scipy's linprog."""

from __future__ import annotations

import numpy as np
import pytest

from adm_appraise.analysis.lp import minimise
from adm_appraise.analysis.ordinal import _nearest_ordered
from adm_appraise.analysis.sensitivity import _nearest_weights


def test_a_worked_programme(capfd: pytest.CaptureFixture[str]) -> None:
    # min x1 + 2 x2 with x1 + x2 >= 3 and x1 - x2 = 1: on the line x1 = x2 + 1 the cost is
    # 3 x2 + 1 and x1 + x2 = 2 x2 + 1 >= 3 needs x2 >= 1, so x = (2, 1) at cost 4.
    x = minimise(np.array([1.0, 2.0]), np.array([[-1.0, -1.0]]), np.array([-3.0]), np.array([[1.0, -1.0]]),
                 np.array([1.0]))
    assert x is not None
    assert x == pytest.approx([2.0, 1.0])
    assert capfd.readouterr() == ("", "")  # the solver prints nothing (no banner, no log)


def test_an_infeasible_programme_is_none() -> None:
    # x1 + x2 <= -1 with x >= 0 has no solution
    assert minimise(np.ones(2), np.array([[1.0, 1.0]]), np.array([-1.0]), np.zeros((0, 2)), np.zeros(0)) is None


@pytest.mark.parametrize("seed", range(6))
def test_minimise_equals_linprog_on_random_programmes(seed: int) -> None:
    from scipy.optimize import linprog

    rng = np.random.default_rng(seed)
    for _ in range(40):
        n, m = int(rng.integers(2, 7)), int(rng.integers(1, 6))
        cost, a_ub, b_ub = rng.random(2 * n), rng.normal(size=(m, 2 * n)), rng.normal(size=m)
        a_eq, b_eq = np.hstack([np.ones(n), -np.ones(n)])[None, :], np.zeros(1)
        found = linprog(cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        x = minimise(cost, a_ub, b_ub, a_eq, b_eq)
        assert (x is not None) == (found.status == 0)
        if x is not None:
            assert cost @ x == pytest.approx(found.fun, abs=1e-9)
            assert (a_ub @ x <= b_ub + 1e-9).all() and a_eq @ x == pytest.approx(b_eq, abs=1e-9)


def _linprog_weights(values: np.ndarray, c: int, w0: np.ndarray, a_order: np.ndarray,
                     e_order: np.ndarray) -> float | None:
    """The L1 change of the nearest weights (in the order) letting c lead, as scipy's linprog finds it."""
    from scipy.optimize import linprog

    n = len(w0)
    rows_w = np.vstack([-np.eye(n), np.delete(values, c, axis=0) - values[c], a_order])
    eq_w = np.vstack([np.ones((1, n)), e_order])
    found = linprog(np.ones(2 * n), A_ub=np.hstack([rows_w, -rows_w]), b_ub=-(rows_w @ w0),
                    A_eq=np.hstack([eq_w, -eq_w]), b_eq=np.concatenate([[0.0], -(e_order @ w0)]),
                    bounds=(0, None), method="highs")
    return float(found.fun) if found.status == 0 else None


@pytest.mark.parametrize("seed", range(6))
def test_the_nearest_weights_equal_linprog(seed: int) -> None:
    # both programmes of the closest challenge: plain (sensitivity) and within a rank order
    # of the criteria (ordinal: w0 >= w1 >= ... and, for the even seeds, w0 = w1)
    rng = np.random.default_rng(50 + seed)
    n = int(rng.integers(2, 6))
    values = rng.uniform(0, 100, size=(int(rng.integers(3, 12)), n))
    w0 = np.sort(rng.dirichlet(np.ones(n)))[::-1].copy()
    a_order = np.array([np.eye(n)[j + 1] - np.eye(n)[j] for j in range(n - 1)]).reshape(-1, n)
    e_order = (np.eye(n)[:1] - np.eye(n)[1:2]) if seed % 2 == 0 else np.zeros((0, n))
    if seed % 2 == 0:
        w0[:2] = w0[:2].mean()
    for c in range(len(values)):
        none_order = np.zeros((0, n))
        for weights, expected in ((_nearest_weights(values, c, w0), _linprog_weights(values, c, w0, none_order,
                                                                                     none_order)),
                                  (_nearest_ordered(values, c, w0, a_order, e_order),
                                   _linprog_weights(values, c, w0, a_order, e_order))):
            if expected is None:
                assert weights is None
                continue
            assert weights is not None
            assert np.abs(weights - w0).sum() == pytest.approx(expected, abs=1e-7)
