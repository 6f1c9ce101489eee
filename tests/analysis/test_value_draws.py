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


def test_every_line_ranged_draws_without_an_integer_total() -> None:
    # Every cost and every benefit line carries a range, so no line is fixed and the fixed totals
    # are empty sums (the integer 0): the drawn amounts must still add into them. Worked by hand,
    # constant 0% rate, no optimism bias:
    # a: capital 10 in [10, 10.0001] (all but fixed at 10), benefit 20 in [19.9999, 20] -> NPSV ~10.
    # b: capital 10 in [5, 15] (triangular, mode 10), benefit 18 in [17.9999, 18] -> NPSV ~18 - C,
    # so as in the test above P(b has the better NPSV) = P(C < 8) = 0.18 and P(b on frontier) = 1/2.
    a = appraisal({"a": (60, {2020: 10}, None, {2020: 20}), "b": (50, {2020: 10}, None, {2020: 18})},
                  discount="constant", rate=0.0)
    options = []
    for oid, (low, high) in (("a", (10.0, 10.0001)), ("b", (5.0, 15.0))):
        o = a.option(oid)
        assert o.costs is not None and o.costs.capital is not None
        total = 20.0 if oid == "a" else 18.0
        benefit = replace(o.benefits["savings"], low=total - 0.0001, high=total)
        options.append(replace(o, costs=replace(o.costs, capital=replace(o.costs.capital, low=low, high=high)),
                               benefits={"savings": benefit}))
    draws = draw_value(value_for_money(replace(a, options=tuple(options))), 40_000, seed=1)
    assert draws.ranged == 4
    assert draws.frontier.tolist() == pytest.approx([1.0, 0.5], abs=0.01)
    assert draws.best_npsv is not None
    assert draws.best_npsv.tolist() == pytest.approx([0.82, 0.18], abs=0.01)


def test_with_many_options_the_chunk_is_cut_to_the_memory_budget() -> None:
    # 40 options with costs: the dominance test compares options x options in every sample, about
    # 5 x 40^2 + 32 x 40 = 9,280 bytes a sample, so 64 MiB holds 67,108,864 // 9,281 = 7,230
    # samples a chunk (not 50,000: 464 MB). 20,000 samples: chunks of 7,230, 7,230 and 5,540.
    a = appraisal({f"o{i:02d}": (i, {2020: 10 + i}, None, {2020: 20}) for i in range(40)},
                  discount="constant", rate=0.0)
    steps: list[int] = []
    draws = draw_value(value_for_money(a), 20_000, seed=1, progress=steps.append)
    assert steps == [7230, 7230, 5540]
    # scores rise with cost here, so nothing dominates: every option always on the frontier
    assert draws.frontier.tolist() == [1.0] * 40
