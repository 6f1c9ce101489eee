"""The risk register in the economic case: risk-adjusted costs by hand, the matrix bands, and the
risk draws (a risk of probability 0 changes nothing; the draws' mean converges on the expected value)."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adm_appraise.analysis.economics import value_for_money
from adm_appraise.analysis.risks import band, matrix
from adm_appraise.analysis.value_draws import draw_value
from adm_appraise.model import Appraisal, CashLine, Risk, RiskImpact, RiskRegister, YearSpan
from adm_appraise.problems import Location
from tests.analysis.test_economics import appraisal

HERE = Location("risks.yaml", 1, 1)


def cost(by_year: dict[int, float]) -> CashLine:
    return CashLine(tuple(YearSpan(str(y), y, y, a, HERE) for y, a in by_year.items()), HERE)


def risk(rid: str, p: float, by_year: dict[int, float] | None, options: tuple[str, ...] | None = None, *,
         residual: RiskImpact | None = None, status: str = "open", criteria: dict[str, float] | None = None) -> Risk:
    return Risk(rid, rid, HERE, options, RiskImpact(p, cost(by_year) if by_year else None, criteria or {}),
                residual=residual, status=status)


def with_risks(a: Appraisal, *risks: Risk, bands: tuple[float, ...] = (0.1, 0.5, 1.0, 2.0)) -> Appraisal:
    return replace(a, risks=RiskRegister(Path("risks.yaml"), HERE, risks, impact_bands=bands))


def two_options(**kw: object) -> Appraisal:
    # a: score 60, capital 10 in 2020, benefits 20; b: score 50, capital 8 in 2020, benefits 15.
    return appraisal({"a": (60, {2020: 10}, None, {2020: 20}), "b": (50, {2020: 8}, None, {2020: 15})}, **kw)  # type: ignore[arg-type]


def test_risk_adjusted_cost_by_hand_discounted_as_the_costs_are() -> None:
    # Green Book STPR 3.5%, base year 2020. Risk r1 on a: p 0.25, £2m in 2022 (t = 2):
    # PV = 2 / 1.035^2 = 1.867021; EV = 0.25 x 1.867021 = 0.466755.
    # Risk r2 on both: p 0.5, £1m in 2020 (t = 0): EV 0.5 each.
    # a: PVC = 10 + 0.466755 + 0.5 = 10.966755; NPSV = 20 - 10.966755 = 9.033245. b: PVC 8.5, NPSV 6.5.
    a = with_risks(two_options(), risk("r1", 0.25, {2022: 2.0}, ("a",)), risk("r2", 0.5, {2020: 1.0}))
    v = value_for_money(a)
    pv = 2 / 1.035**2
    assert v.option("a").risk == pytest.approx(0.25 * pv + 0.5)
    assert v.option("a").pvc == pytest.approx(10 + 0.25 * pv + 0.5)
    assert v.option("a").npsv == pytest.approx(20 - 10 - 0.25 * pv - 0.5)
    assert v.option("b").pvc == pytest.approx(8.5)
    assert v.option("a").optimism_bias == 0.0  # the risk line is beside optimism bias, not in it
    assert [r.id for r in v.option("a").risks] == ["r1", "r2"]
    assert v.option("a").to_dict()["risk"] == pytest.approx(0.25 * pv + 0.5)


def test_residual_closed_and_occurred_risks() -> None:
    # The residual position counts where given (p 0.1, cost kept: £4m in 2020 -> EV 0.4); a closed
    # risk counts for nothing; one that has occurred counts as certain (£3m -> 3).
    residual = RiskImpact(0.1, cost({2020: 4.0}))
    a = with_risks(two_options(discount="constant", rate=0.0),
                   risk("mitigated", 0.6, {2020: 4.0}, ("a",), residual=residual),
                   risk("closed", 0.9, {2020: 100.0}, ("a",), status="closed"),
                   risk("occurred", 0.2, {2020: 3.0}, ("b",), status="occurred"))
    v = value_for_money(a)
    assert v.option("a").risk == pytest.approx(0.4)
    assert v.option("b").risk == pytest.approx(3.0)


def test_a_risk_the_baseline_runs_too_cancels() -> None:
    # Costs are relative to business as usual: a risk on every option, the baseline too, is in the
    # counterfactual and is priced for none; one the baseline does not run is priced.
    a = appraisal({"bau": (40, None, None, None), "a": (60, {2020: 10}, None, {2020: 20})}, baseline="bau",
                  discount="constant", rate=0.0)
    v = value_for_money(with_risks(a, risk("everyone", 0.5, {2020: 6.0}), risk("only_a", 0.5, {2020: 2.0}, ("a",))))
    assert v.option("bau").pvc == 0.0
    assert v.option("a").risk == pytest.approx(1.0)


def test_without_a_register_every_figure_is_as_before() -> None:
    plain = value_for_money(two_options())
    assert not plain.register
    assert all(o.risk == 0.0 and not o.risks for o in plain.options)
    assert [x.kind for x in plain.option("a").lines] == ["capital", "benefit"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.floats(0, 50), st.integers(2020, 2025)),
                min_size=1, max_size=5), st.integers(0, 2**16))
def test_a_risk_of_probability_zero_changes_nothing(risks: list[tuple[str, float, int]], seed: int) -> None:
    base = two_options(horizon=6)
    register = with_risks(base, *(risk(f"r{i}", 0.0, {year: amount}, (oid,)) for i, (oid, amount, year)
                                  in enumerate(risks)))
    before, after = value_for_money(base), value_for_money(register)
    for o in before.options:
        assert after.option(o.id).pvc == o.pvc and after.option(o.id).npsv == o.npsv
    assert after.preferred == before.preferred
    assert [o.id for o in after.frontier] == [o.id for o in before.frontier]
    drawn, plain = draw_value(after, 500, seed), draw_value(before, 500, seed)
    assert drawn.frontier.tolist() == plain.frontier.tolist()
    assert drawn.best_npsv is not None and plain.best_npsv is not None
    assert drawn.best_npsv.tolist() == plain.best_npsv.tolist()


@pytest.mark.parametrize("samples", [2_000, 50_000])
def test_risk_draws_converge_on_the_expected_value(samples: int) -> None:
    # a: r1 p 0.3 of £5m, r2 p 0.7 of £2m, both in 2020 at 0%: EV 1.5 + 1.4 = 2.9 on top of 10.
    # Var = 0.3 x 0.7 x 25 + 0.7 x 0.3 x 4 = 5.25 + 0.84 = 6.09; the mean of n draws has standard
    # error sqrt(6.09 / n): 0.0552 at 2,000, 0.0110 at 50,000. Within 4 standard errors.
    a = with_risks(two_options(discount="constant", rate=0.0),
                   risk("r1", 0.3, {2020: 5.0}, ("a",)), risk("r2", 0.7, {2020: 2.0}, ("a",)))
    v = value_for_money(a)
    draws = draw_value(v, samples, seed=7)
    assert draws.risks == 2 and draws.mean_pvc is not None
    assert v.option("a").pvc == pytest.approx(12.9)
    assert abs(draws.mean_pvc[0] - 12.9) < 4 * math.sqrt(6.09 / samples)
    assert draws.mean_pvc[1] == pytest.approx(8.0)  # b runs no risk: the same in every draw
    # b is on the frontier when cheaper than a, always (8 < 10); a always (it scores more)
    assert draws.frontier.tolist() == [1.0, 1.0]
    # a has the better NPSV (20 - C against b's 15 - 8 = 7) unless C > 13, that is whenever r1 occurs
    # (C = 15 or 17; r2 alone gives 12): probability 0.3
    assert draws.best_npsv is not None
    assert draws.best_npsv[1] == pytest.approx(0.3, abs=4 * math.sqrt(0.3 * 0.7 / samples))


def test_bands_and_the_matrix() -> None:
    # Probability 0.3 is 'possible' (band 3 of 5, index 2); 0.05 on a cut-point stays in the lower band.
    assert band(0.3, (0.05, 0.2, 0.5, 0.8)) == 2 and band(0.05, (0.05, 0.2, 0.5, 0.8)) == 0
    # A cost of PV 0.7 against cuts 0.1, 0.5, 1, 2: band index 2 (medium); a score change of 30 on a
    # 0-100 scale is 0.3 of it, over 0.2 and up to 0.4: index 2 too; 70 is over 0.6: index 4.
    a = with_risks(two_options(discount="constant", rate=0.0),
                   risk("money", 0.3, {2020: 0.7}, ("a",)),
                   risk("score", 0.9, None, ("a",), criteria={"benefit": -70}),
                   risk("gone", 0.9, None, ("a",), criteria={"benefit": -70}, status="closed"))
    placed = {p.risk.id: p for p in matrix(a, "a", np.ones(1))}
    assert set(placed) == {"money", "score"}  # a closed risk is off the matrix
    assert (placed["money"].probability, placed["money"].impact) == (2, 2)
    assert (placed["score"].probability, placed["score"].impact) == (4, 4)
