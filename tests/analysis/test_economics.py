"""The economic case against the Green Book's published figures and hand-worked cases.

Sources of the figures checked here:
- HM Treasury, The Green Book (2022), Annex A6 "Discounting": the declining long-term
  schedule (3.5% for years 0-30, 3.0% for 31-75, 2.5% for 76-125, 2.0% for 126-200, 1.5% for
  201-300, 1.0% beyond) and the health schedule (1.5%, 1.29%, 1.07%, 0.86%, 0.64%, 0.43% in the
  same bands), reproduced in DfT's "TAG forthcoming change: Green Book updates" (April 2026),
  with the 2026 edition's lower-rate sensitivity test (3.0%, 2.57%, 2.14%, 1.71%, 1.29%, 0.86%).
  £1,000 in ten years' time is worth about £709 today (the figure the issue quotes for the Green
  Book; by hand, 1000 / 1.035**10 = 708.92).
- HM Treasury, Supplementary Green Book Guidance: Optimism Bias, Table 1, from Mott MacDonald,
  Review of Large Public Procurement in the UK (2002), Table 2 (upper/lower bounds, %: works
  duration; capital expenditure): non-standard buildings 39/2; 51/4 · standard buildings 4/1;
  24/2 · non-standard civil engineering 25/3; 66/6 · standard civil engineering 20/1; 44/3 ·
  equipment/development 54/10; 200/10 · outsourcing (operating expenditure) 41/0.
  Its worked examples: a combined building, 30% non-standard and 70% standard, has an upper
  bound of 30% x 51 + 70% x 24 = 32.1% for capital (and 30% x 39 + 70% x 4 = 14.5% for works
  duration); a 92% reduction by risk management leaves (100% - 92%) x 51 = 4%.
- HM Treasury, The Green Book (2020, refreshed 2022), paragraphs 5.59-5.61 and Box 12:
  switching values, at a minimum for the preferred option.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adm_appraise.analysis.economics import (
    combined_upper_bound,
    discount_factors,
    discount_rates,
    dominated,
    uplift,
    value_for_money,
    with_line_changed,
)
from adm_appraise.greenbook import OPTIMISM_BIAS
from adm_appraise.model import (
    Appraisal,
    Assessment,
    CashLine,
    Criterion,
    Economics,
    Gate,
    GateAssessment,
    OptimismBias,
    Option,
    OptionCosts,
    YearSpan,
)
from adm_appraise.problems import Location

HERE = Location("test.yaml", 1, 1)


def line(flows: dict[int, float], low: float | None = None, high: float | None = None) -> CashLine:
    return CashLine(tuple(YearSpan(str(y), y, y, a, HERE) for y, a in flows.items()), HERE, low, high)


def appraisal(
    options: dict[str, tuple[float, dict[int, float] | None, dict[int, float] | None, dict[int, float] | None]],
    *, discount: str = "green_book", rate: float | None = None, bias: OptimismBias | None = None,
    failed: tuple[str, ...] = (), baseline: str | None = None, horizon: int | None = None,
) -> Appraisal:
    """One criterion on a 0-100 scale, so each option's benefit score is the score given.

    options: id -> (score, capital by year, operating by year, one benefit line by year).
    """
    crit = Criterion("benefit", "Benefit", 1.0, HERE)
    gate = Gate("gate", "Gate", HERE)
    built = []
    for oid, (score, capital, operating, benefit) in options.items():
        costs = None
        if capital is not None or operating is not None:
            costs = OptionCosts(HERE, line(capital) if capital else None, line(operating) if operating else None)
        built.append(Option(
            oid, oid, Path(f"{oid}.yaml"), HERE,
            gates={"gate": GateAssessment("fail" if oid in failed else "pass", HERE)},
            scores={"benefit": Assessment(score, HERE)},
            costs=costs, benefits={"savings": line(benefit)} if benefit else {},
        ))
    economics = Economics(2020, HERE, "2020 prices", "£m", discount, rate, horizon, bias)
    return Appraisal("T", (0, 100), (crit,), (gate,), tuple(built), Path("criteria.yaml"),
                     baseline=baseline, economics=economics)


# ---- discounting ---------------------------------------------------------------------------


def test_a_thousand_pounds_in_ten_years_is_worth_709_today() -> None:
    # 1000 / 1.035**10 = 708.92: about £709, as quoted for the Green Book.
    df = discount_factors(11)
    assert round(1000 * df[10]) == 709
    assert 1000 * df[10] == pytest.approx(708.9188, abs=1e-4)
    assert df[0] == 1.0


@pytest.mark.parametrize(("year", "rate"), [(31, 1.030), (76, 1.025), (126, 1.020), (201, 1.015), (301, 1.010)])
def test_the_rate_steps_down_at_the_start_of_each_band(year: int, rate: float) -> None:
    # DF_31 = DF_30 / 1.03: year 31 is the first year discounted at 3.0%; likewise later bands.
    df = discount_factors(400)
    assert df[year] == pytest.approx(df[year - 1] / rate, rel=1e-12)
    assert df[year - 1] == pytest.approx(df[year - 2] / (rate + 0.005), rel=1e-12)


def test_thirty_years_at_three_and_a_half_percent() -> None:
    # DF_30 = 1.035**-30 = 0.356278; DF_40 = DF_30 / 1.03**10.
    df = discount_factors(41)
    assert df[30] == pytest.approx(1.035**-30, rel=1e-12)
    assert df[40] == pytest.approx(1.035**-30 / 1.03**10, rel=1e-12)


def test_health_schedule_and_constant_rate() -> None:
    rates = discount_rates(302, "green_book_health")
    assert [rates[t] for t in (1, 30, 31, 75, 76, 126, 201, 301)] == pytest.approx(
        [0.015, 0.015, 0.0129, 0.0129, 0.0107, 0.0086, 0.0064, 0.0043])
    assert discount_factors(3, "constant", 10.0) == pytest.approx([1.0, 1 / 1.1, 1 / 1.21])


def test_the_2026_lower_rate_sensitivity_test() -> None:
    # DfT TAG, "Forthcoming change: Green Book updates" (April 2026), reproducing the Green Book's
    # table: 3.00%, 2.57%, 2.14%, 1.71%, 1.29%, 0.86% for years 0-30, 31-75, 76-125, 126-200, 201-300, 301+.
    rates = discount_rates(302, "green_book_lower")
    assert [rates[t] for t in (30, 31, 76, 126, 201, 301)] == pytest.approx(
        [0.03, 0.0257, 0.0214, 0.0171, 0.0129, 0.0086])


# ---- optimism bias ---------------------------------------------------------------------------


def test_the_table_holds_the_published_upper_and_lower_bounds() -> None:
    table = {k: (v.duration, v.cost, v.line) for k, v in OPTIMISM_BIAS.items()}
    assert table == {
        "standard_buildings": ((4, 1), (24, 2), "capital"),
        "non_standard_buildings": ((39, 2), (51, 4), "capital"),
        "standard_civil_engineering": ((20, 1), (44, 3), "capital"),
        "non_standard_civil_engineering": ((25, 3), (66, 6), "capital"),
        "equipment_development": ((54, 10), (200, 10), "capital"),
        "outsourcing": (None, (41, 0), "operating"),
    }


def test_a_combined_building_weights_the_upper_bounds_by_share_of_cost() -> None:
    # 30% x 51% + 70% x 24% = 15.3 + 16.8 = 32.1% (the supplementary guidance's worked example)
    assert combined_upper_bound({"non_standard_buildings": 30, "standard_buildings": 70}) == pytest.approx(32.1)
    mixed = uplift(OptimismBias(HERE, mix={"non_standard_buildings": 30, "standard_buildings": 70}))
    assert mixed.capital == pytest.approx(0.321)
    assert mixed.operating == 0.0
    # and for works duration: 30% x 39% + 70% x 4% = 11.7 + 2.8 = 14.5% (the same guidance's example)
    assert mixed.works_duration == pytest.approx(0.145)


def test_mitigation_reduces_the_upper_bound() -> None:
    # (100% - 92%) x 51% = 4.08%: "approach/be equal to the lower bound of 4%" in the guidance's example.
    found = uplift(OptimismBias(HERE, category="non_standard_buildings", mitigation=92))
    assert found.capital == pytest.approx(0.0408)
    assert found.upper_capital == pytest.approx(0.51)
    assert found.lower_capital == pytest.approx(0.04)


def test_outsourcing_uplifts_operating_costs_and_explicit_percentages_win() -> None:
    assert uplift(OptimismBias(HERE, category="outsourcing")).operating == pytest.approx(0.41)
    assert uplift(OptimismBias(HERE, category="outsourcing")).capital == 0.0
    explicit = uplift(OptimismBias(HERE, category="standard_buildings", capital=10, operating=5, mitigation=50))
    assert (explicit.capital, explicit.operating) == pytest.approx((0.05, 0.025))


# ---- NPSV and BCR ----------------------------------------------------------------------------


def test_npsv_and_bcr_on_a_hand_worked_case() -> None:
    # Constant 10%, base year 2020. Option x: capital 100 in 2020 (year 0), standard buildings
    # optimism bias 24% -> PVC = 124. Benefits 110 in 2021 and 121 in 2022: PVB = 100 + 100 = 200.
    # NPSV = 200 - 124 = 76; BCR = 200 / 124 = 1.6129; NPSV per pound = 76 / 124 = 0.6129.
    # Option y: operating 55 in 2021 and 60.5 in 2022 (PV 50 + 50 = 100, no uplift on operating),
    # benefits 121 in 2022 (PV 100): NPSV 0, BCR 1.
    a = appraisal({"x": (80, {2020: 100}, None, {2021: 110, 2022: 121}),
                   "y": (60, None, {2021: 55, 2022: 60.5}, {2022: 121})},
                  discount="constant", rate=10.0, bias=OptimismBias(HERE, category="standard_buildings"))
    v = value_for_money(a)
    x, y = v.option("x"), v.option("y")
    assert x.pvc == pytest.approx(124.0)
    assert x.optimism_bias == pytest.approx(24.0)
    assert x.pvb == pytest.approx(200.0)
    assert x.npsv == pytest.approx(76.0)
    assert x.bcr == pytest.approx(200 / 124)
    assert x.npsv_per_pound == pytest.approx(76 / 124)
    assert (y.pvc, y.pvb, y.npsv, y.bcr) == pytest.approx((100.0, 100.0, 0.0, 1.0))
    assert v.preferred == "x" and v.runner_up == "y"
    assert v.years == (2020, 2021, 2022)


# ---- the efficiency frontier -----------------------------------------------------------------

# Five eligible options (benefit score, PVC in £m, all costs in year 0 so PV = amount):
#   a (40, 2), b (60, 5), c (55, 6), e (62, 9), d (90, 11)
# c is dominated by b (b scores more and costs less): off the frontier.
#   To join, c must cost less than 5 (the cheapest option scoring at least 55: b), i.e. 1 cheaper,
#   or score more than 60 (the best option costing at most 6: b), i.e. 5 points better.
# Frontier, cheapest first: a, b, e, d. Incremental cost per point:
#   a -> b: 3 / 20 = 0.15;  b -> e: 4 / 2 = 2.0;  e -> d: 2 / 28 = 0.0714
# e is on the frontier but off the convex hull: from b, going straight to d costs 6 / 30 = 0.2
# a point, less than the 2.0 a point of b -> e (extended dominance).
# z fails a gate: never on the frontier, whatever it costs.
FIVE = {"a": (40, {2020: 2}, None, None), "b": (60, {2020: 5}, None, None), "c": (55, {2020: 6}, None, None),
        "e": (62, {2020: 9}, None, None), "d": (90, {2020: 11}, None, None), "z": (99, {2020: 1}, None, None)}


def test_the_frontier_and_its_incremental_costs() -> None:
    v = value_for_money(appraisal(FIVE, failed=("z",)))
    assert [o.id for o in v.frontier] == ["a", "b", "e", "d"]
    assert [(s.start, s.end) for s in v.steps] == [("a", "b"), ("b", "e"), ("e", "d")]
    assert [s.per_point for s in v.steps] == pytest.approx([0.15, 2.0, 2 / 28])
    assert {o.id for o in v.options if o.hull} == {"a", "b", "d"}
    c = v.option("c")
    assert not c.frontier
    assert (c.join_cost, c.join_score) == pytest.approx((5.0, 60.0))
    assert not v.option("z").frontier and v.option("z").join_cost is None
    assert v.preferred is None  # no monetised benefits


def test_dominance_counts_ties_as_no_better() -> None:
    # Equal on both: neither dominates. Equal score, dearer: dominated.
    score = np.array([50.0, 50.0, 50.0])
    cost = np.array([3.0, 3.0, 4.0])
    assert dominated(score, cost).tolist() == [False, False, True]


# ---- switching values ------------------------------------------------------------------------

# Constant 10%. p: capital 100 (year 0), benefits 220 in year 1 -> PVB 200, NPSV 100.
#               q: capital 50 (year 0), benefits 132 in year 1 -> PVB 120, NPSV 70.
# p is preferred; q is the runner-up, 30 behind.
#   p's capital must rise 30% (to 130) for q to draw level, and 100% (to 200) for NPSV to reach 0.
#   p's benefits must fall 15% (30/200, to 170) for q to draw level; 50% (to 100) to reach zero.
SWITCH = {"p": (70, {2020: 100}, None, {2021: 220}), "q": (50, {2020: 50}, None, {2021: 132})}


def test_switching_values_by_hand_and_by_recomputing_at_the_switch() -> None:
    v = value_for_money(appraisal(SWITCH, discount="constant", rate=10.0))
    assert v.preferred == "p" and v.runner_up == "q"
    found = [(s.line, s.target, s.change, s.switching_pv) for s in v.switching]
    assert [f[:2] for f in found] == [("capital", "q"), ("capital", "zero"),
                                      ("benefit:savings", "q"), ("benefit:savings", "zero")]
    assert [f[2:] for f in found] == [pytest.approx(x) for x in
                                      [(0.30, 130.0), (1.0, 200.0), (-0.15, 170.0), (-0.5, 100.0)]]
    for s in v.switching:
        assert s.change is not None
        moved = with_line_changed(v, "p", s.line, s.change)
        p = moved.option("p")
        if s.target == "zero":
            assert p.npsv == pytest.approx(0.0, abs=1e-9)
        else:
            assert p.npsv == pytest.approx(moved.option(s.target).npsv)
        # a little beyond the switch, the decision changes
        beyond = with_line_changed(v, "p", s.line, s.change * 1.001)
        if s.target == "zero":
            assert (beyond.option("p").npsv or 0.0) < 0
        else:
            assert beyond.preferred == s.target


def test_switching_values_on_the_green_book_schedule_recompute_exactly() -> None:
    # Flows over 40 years cross the 31-year step; the linear solution still lands exactly.
    opts = {"p": (70, {2020: 30}, {y: 1.0 for y in range(2021, 2060)}, {y: 3.0 for y in range(2021, 2060)}),
            "q": (50, {2020: 20}, {y: 1.5 for y in range(2021, 2060)}, {y: 2.8 for y in range(2021, 2060)})}
    bias = OptimismBias(HERE, mix={"non_standard_buildings": 30, "standard_buildings": 70})
    v = value_for_money(appraisal(opts, bias=bias))
    assert v.preferred is not None and v.switching
    for s in v.switching:
        assert s.change is not None
        moved = with_line_changed(v, v.preferred, s.line, s.change)
        target = 0.0 if s.target == "zero" else moved.option(s.target).npsv
        assert moved.option(v.preferred).npsv == pytest.approx(target, abs=1e-9)


def test_the_baseline_counts_as_costing_nothing() -> None:
    v = value_for_money(appraisal({"bau": (20, None, None, None), "x": (70, {2020: 5}, None, None)},
                                  baseline="bau"))
    bau = v.option("bau")
    assert bau.costed and bau.pvc == 0.0
    assert [o.id for o in v.frontier] == ["bau", "x"]
    assert v.steps[0].per_point == pytest.approx(5 / 50)


# ---- properties ----------------------------------------------------------------------------------

POINTS = st.lists(st.tuples(st.integers(0, 100), st.integers(1, 50)), min_size=1, max_size=6)


def _costed(points: list[tuple[int, int]], scale: float = 1.0) -> Appraisal:
    return appraisal({f"o{i}": (s, {2020: c * scale}, None, None) for i, (s, c) in enumerate(points)})


@settings(max_examples=40, deadline=None)
@given(POINTS, st.sampled_from([0.5, 3.0, 10.0]))
def test_scaling_every_cost_keeps_the_frontier_and_scales_its_steps(points: list[tuple[int, int]], k: float) -> None:
    before, after = value_for_money(_costed(points)), value_for_money(_costed(points, k))
    assert [o.id for o in before.frontier] == [o.id for o in after.frontier]
    assert [s.per_point for s in after.steps] == pytest.approx(
        [None if s.per_point is None else s.per_point * k for s in before.steps])


@settings(max_examples=40, deadline=None)
@given(POINTS, st.integers(0, 5), st.integers(0, 20), st.integers(1, 20))
def test_adding_a_dominated_option_changes_no_one_else(
    points: list[tuple[int, int]], which: int, fewer: int, dearer: int
) -> None:
    score, cost = points[which % len(points)]
    before = value_for_money(_costed(points))
    after = value_for_money(_costed([*points, (max(score - fewer, 0), cost + dearer)]))
    extra = f"o{len(points)}"
    assert not after.option(extra).frontier
    assert [o.id for o in after.frontier] == [o.id for o in before.frontier]
    new = after.option(extra)
    assert new.join_cost is not None and new.join_cost <= cost and new.join_score is not None
    assert new.join_score >= score


def test_when_business_as_usual_has_the_best_npsv_it_is_said() -> None:
    # x: capital 10, benefits 4 -> NPSV -6; the baseline costs and gains nothing -> NPSV 0, the best.
    v = value_for_money(appraisal({"bau": (20, None, None, None), "x": (70, {2020: 10}, None, {2020: 4})},
                                  baseline="bau"))
    assert v.preferred == "bau" and v.runner_up == "x" and v.switching == ()
    assert v.notes == ("business as usual has the best NPSV: no option's monetised benefits outweigh its costs",)


def test_the_green_book_switching_value_example() -> None:
    # HM Treasury, The Green Book (2020, refreshed 2022), paragraphs 5.59-5.61 and Box 12: remediating a
    # 39-acre site; total land value uplift £6.6m, wider social benefits £1.4m, so PVB £8m against PVC £10m
    # (the box's values are already discounted: here all in the base year, so DF = 1).
    # By hand: NPSV = 8 - 10 = -2; BCR = 0.8. For NPSV to reach zero, the land value uplift must rise by
    # £2m, i.e. by 2 / 6.6 = 30.3%, to £8.6m (£220,513 an acre instead of £169,341); the wider benefits
    # alone would have to rise by 2 / 1.4 = 142.9%; the cost would have to fall by 20%, to £8m.
    bias = OptimismBias(HERE, capital=0, evidence=("already included in the box's figures",))
    a = appraisal({"remediate": (60, {2020: 10.0}, None, {2020: 6.6})}, bias=bias)
    option = a.option("remediate")
    wider = {"wider_social": line({2020: 1.4})}
    a = replace(a, options=(replace(option, benefits={"land_value_uplift": line({2020: 6.6}), **wider}),))
    v = value_for_money(a)
    o = v.option("remediate")
    assert (o.pvb, o.pvc, o.npsv, o.bcr) == pytest.approx((8.0, 10.0, -2.0, 0.8))
    zero = {s.line: s for s in v.switching if s.target == "zero"}
    assert zero["benefit:land_value_uplift"].change == pytest.approx(2 / 6.6)
    assert zero["benefit:land_value_uplift"].switching_pv == pytest.approx(8.6)
    assert 8.6e6 / 39 == pytest.approx(220_513, abs=1)
    assert zero["benefit:wider_social"].change == pytest.approx(2 / 1.4)
    assert zero["capital"].change == pytest.approx(-0.2) and zero["capital"].switching_pv == pytest.approx(8.0)


def test_a_switch_that_needs_a_negative_amount_is_no_switch() -> None:
    # Constant 0% rate, no optimism bias, so present values are plain sums:
    # r: capital 1, benefits 'savings' 40 and 'small' 5 -> PVB 45, NPSV 44;  q: capital 10, benefit 25 -> NPSV 15.
    # r's NPSV must fall by 29 for q to draw level and by 44 to reach zero. 'savings' (PV 40) can
    # fall by 29 (-72.5%) but not by 44 (-110% would make it -4); 'small' (PV 5) can do neither
    # (-580%, -880%): amounts below zero, which no file may hold (E608), so no change will do.
    # Capital (PV 1) rises by 29 (+2900%) and 44 (+4400%): unbounded above, so those stand.
    a = appraisal({"r": (60, {2020: 1}, None, {2020: 40}), "q": (50, {2020: 10}, None, {2020: 25})},
                  discount="constant", rate=0.0)
    r = a.option("r")
    r = replace(r, benefits={**r.benefits, "small": line({2020: 5})})
    v = value_for_money(replace(a, options=(r, a.option("q"))))
    assert v.preferred == "r" and v.runner_up == "q"
    by = {(s.line, s.target): s for s in v.switching}
    assert by[("benefit:savings", "q")].change == pytest.approx(-29 / 40)
    assert by[("benefit:savings", "q")].switching_pv == pytest.approx(11.0)
    assert by[("capital", "q")].change == pytest.approx(29.0)
    assert by[("capital", "zero")].change == pytest.approx(44.0)
    for key in (("benefit:small", "q"), ("benefit:small", "zero"), ("benefit:savings", "zero")):
        assert by[key].change is None and by[key].switching_pv is None, key
