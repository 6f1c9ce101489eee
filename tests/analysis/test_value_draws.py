"""Cost and benefit ranges, drawn: shares worked out from the triangular distribution."""

from __future__ import annotations

from dataclasses import replace

import pytest

from adm_appraise.analysis.economics import value_for_money
from adm_appraise.analysis.value_draws import draw_value
from tests.analysis.test_economics import appraisal


def test_drawn_costs_give_the_probabilities_worked_out_from_the_triangular_distribution() -> None:
    # A constant 0% rate, so present values are plain sums; no optimism bias.
    # a: score 60, capital 10 (no range), benefits 20 -> NPSV 10.
    # b: score 50, capital 10 ranging 5 to 15 (triangular, mode 10), benefits 18 -> NPSV 18 - C.
    # b is on the frontier when it is cheaper than a: P(C < 10) = 1/2 (the triangle is symmetric);
    # a always is (it scores more). b has the better NPSV when 18 - C > 10, i.e. C < 8:
    # P(C < 8) = (8 - 5)^2 / ((15 - 5) * (10 - 5)) = 9 / 50 = 0.18.
    a = appraisal({"a": (60, {2020: 10}, None, {2020: 20}), "b": (50, {2020: 10}, None, {2020: 18})},
                  discount="constant", rate=0.0)
    b = a.option("b")
    assert b.costs is not None and b.costs.capital is not None
    ranged = replace(b, costs=replace(b.costs, capital=replace(b.costs.capital, low=5.0, high=15.0)))
    a = replace(a, options=(a.option("a"), ranged))
    draws = draw_value(value_for_money(a), 40_000, seed=1)
    assert draws.options == ("a", "b") and draws.ranged == 1
    assert draws.frontier[0] == 1.0
    assert draws.frontier[1] == pytest.approx(0.5, abs=0.01)
    assert draws.best_npsv is not None
    assert draws.best_npsv.tolist() == pytest.approx([0.82, 0.18], abs=0.01)
    again = draw_value(value_for_money(a), 40_000, seed=1)
    assert again.best_npsv is not None and again.best_npsv.tolist() == draws.best_npsv.tolist()
