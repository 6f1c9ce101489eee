"""The risk register, analysed: each option's priced risks in present value, their expected value
(the risk-adjusted cost the economic case adds beside optimism bias) and the probability x impact
matrix the report draws.

What it follows (HM Treasury, *The Green Book*, 2022):

- Paragraph 2.16: risk costs are "estimated on an expected likelihood basis": a risk adds its
  probability times its cost if it occurs. The cost is a cash line (real amounts by year, in the
  economics unit), discounted as the options' costs are; no optimism bias is added to it (the bias
  stands for the risks not yet identified).
- Paragraph 5.44: the initial optimism bias is not locked in but can be reduced as the appraisal
  develops and the costs of specific risks are identified. The register does not reduce it by
  itself (how much is a judgement, made in ``optimism_bias: mitigation:`` with its evidence);
  ``validate`` warns (W774) where risks are priced and the bias is left at its upper bound.

Costs are entered relative to business as usual, so a risk that applies to the baseline too
cancels: it is priced for no option (it stays in the register and on the matrix).

The position counted is the residual one where the register gives it (the mitigation is taken as
planned; its own cost belongs in the option's costs), else the risk's own; a closed risk counts
for nothing, one that has occurred as certain.

The matrix: five probability bands (PROBABILITY_BANDS) and five impact bands, by present value
of the cost against the register's cut-points (``matrix: impact:``, default 0.1, 0.5, 1 and 2 in
the unit) and by the largest score change as a share of the scale (SCORE_BANDS); a risk sits in
the higher of the two impact bands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from adm_appraise.model import Appraisal, CashLine, Risk, RiskImpact

# Upper ends of the first four probability bands; the fifth runs to 1.
PROBABILITY_BANDS = (0.05, 0.2, 0.5, 0.8)
PROBABILITY_NAMES = ("rare (up to 5%)", "unlikely (5-20%)", "possible (20-50%)", "likely (50-80%)",
                     "almost certain (over 80%)")
IMPACT_NAMES = ("very low", "low", "medium", "high", "very high")
# Upper ends of the first four impact bands for a change of score, as a share of the scale (or of a
# measure's range): a change of a tenth of the scale is very low, over 60% very high.
SCORE_BANDS = (0.1, 0.2, 0.4, 0.6)


@dataclass(frozen=True)
class RiskValue:
    """One risk of one option, priced: its counted probability and its cost's present value."""

    id: str
    probability: float  # as counted: 0 when closed, 1 when occurred, else the residual (or own) one
    pv: float  # present value of the cost if it occurs (0 when it has none)

    @property
    def expected(self) -> float:
        return self.probability * self.pv


def line_pv(line: CashLine | None, base_year: int, factors: np.ndarray) -> float:
    """The present value of a cash line, year t = year - base_year weighted by DF_t."""
    if line is None:
        return 0.0
    return float(sum(amount * factors[year - base_year] for year, amount in line.flows.items()
                     if 0 <= year - base_year < len(factors)))


def option_risks(appraisal: Appraisal, oid: str, factors: np.ndarray) -> tuple[RiskValue, ...]:
    """The priced risks of an option (those with a cost), in register order.

    Costs are entered relative to business as usual, so a risk the baseline runs too is part of
    the counterfactual: it cancels, and is priced for no option (the baseline prices none)."""
    e = appraisal.economics
    if e is None:
        return ()
    return tuple(RiskValue(r.id, r.counted, line_pv(r.current.cost, e.base_year, factors))
                 for r in priced_risks(appraisal, oid))


def priced_risks(appraisal: Appraisal, oid: str) -> list[Risk]:
    """The risks the economic case prices for an option: with a cost, and not run by the baseline too."""
    register, baseline = appraisal.risks, appraisal.baseline
    if register is None or appraisal.economics is None:
        return []
    return [r for r in register.for_option(oid)
            if r.current.cost is not None and not (baseline is not None and r.applies_to(baseline))]


def expected_flows(appraisal: Appraisal, oid: str) -> dict[int, float]:
    """year -> the expected cost of the option's priced risks that year (probability x amount):
    discounted, their sum is the 'risk' line's present value."""
    flows: dict[int, float] = {}
    for r in priced_risks(appraisal, oid):
        assert r.current.cost is not None
        for year, amount in r.current.cost.flows.items():
            flows[year] = flows.get(year, 0.0) + r.counted * amount
    return flows


def band(x: float, cuts: Sequence[float]) -> int:
    """0-4: how many of the four cut-points ``x`` exceeds (a value on a cut-point is in the lower band)."""
    return sum(x > c + 1e-12 for c in cuts)


def impact_band(appraisal: Appraisal, impact: RiskImpact, pv: float) -> int:
    """0-4: the higher of the cost's band and the largest score change's band (-1: no impact)."""
    register = appraisal.risks
    assert register is not None
    bands = []
    if impact.cost is not None and impact.cost.total > 0:
        bands.append(band(pv, register.impact_bands))
    span_of = _spans(appraisal)
    for cid, change in impact.criteria.items():
        span = span_of.get(cid)
        if span:
            bands.append(band(abs(change) / span, SCORE_BANDS))
    return max(bands, default=-1)


def _spans(appraisal: Appraisal) -> dict[str, float]:
    """The width of each criterion's scale: the appraisal's scale, or a measure's stated range."""
    low, high = appraisal.scale
    spans = {}
    for c in appraisal.criteria:
        if c.type != "measure":
            spans[c.id] = high - low
        elif c.range is not None:
            spans[c.id] = abs(c.range[1] - c.range[0])
    return spans


@dataclass(frozen=True)
class Placed:
    """A risk of one option, where it sits on the matrix before and after mitigation."""

    risk: Risk
    probability: int  # band 0-4 of the probability counted
    impact: int  # band 0-4 (or -1: no impact) of the impact counted
    pv: float  # present value of the cost counted (0 without one)
    inherent: tuple[int, int]  # (probability band, impact band) before mitigation


def matrix(appraisal: Appraisal, oid: str, factors: np.ndarray | None) -> list[Placed]:
    """The option's risks that still count (not closed), placed on the 5 x 5 matrix."""
    register, e = appraisal.risks, appraisal.economics
    if register is None:
        return []
    placed = []
    for r in register.for_option(oid):
        if r.status == "closed":
            continue

        def pv(line: CashLine | None) -> float:
            if line is None:
                return 0.0
            return line_pv(line, e.base_year, factors) if e is not None and factors is not None else line.total

        now = pv(r.current.cost)
        placed.append(Placed(
            r, band(r.counted, PROBABILITY_BANDS), impact_band(appraisal, r.current, now), now,
            (band(r.inherent.probability, PROBABILITY_BANDS),
             impact_band(appraisal, r.inherent, pv(r.inherent.cost))),
        ))
    return placed


def factors_for(appraisal: Appraisal) -> np.ndarray | None:
    """The discount factors of the economic case (None without one)."""
    if appraisal.economics is None:
        return None
    from adm_appraise.analysis.economics import discount_factors, horizon_years

    e = appraisal.economics
    return discount_factors(len(horizon_years(appraisal)), e.discount, e.rate)


def register_dict(appraisal: Appraisal, option: str | None = None) -> dict[str, Any]:
    """The register as plain data: every risk (or those of ``option``), with its expected value per
    option where it is priced, and each option's matrix."""
    register = appraisal.risks
    assert register is not None
    factors = factors_for(appraisal)
    e = appraisal.economics
    risks = [r for r in register.risks if option is None or r.applies_to(option)]
    options = [o for o in appraisal.options if option is None or o.id == option]

    def impact(i: RiskImpact) -> dict[str, Any]:
        pv = line_pv(i.cost, e.base_year, factors) if i.cost is not None and e and factors is not None else None
        return {"probability": i.probability, "cost": None if i.cost is None else i.cost.flows,
                "cost_pv": pv, "criteria": dict(i.criteria)}

    rows = []
    for r in risks:
        now = r.current
        pv = line_pv(now.cost, e.base_year, factors) if now.cost is not None and e and factors is not None else None
        rows.append({
            "id": r.id, "title": r.title, "category": r.category, "cause": r.cause, "effect": r.effect,
            "options": "all" if r.options is None else list(r.options), "owner": r.owner,
            "mitigation": r.mitigation, "status": r.status, "inherent": impact(r.inherent),
            "residual": None if r.residual is None else impact(r.residual),
            "counted_probability": r.counted, "expected_cost": None if pv is None else r.counted * pv,
        })
    def costed(o: Any) -> bool:  # as the economic case counts an option: costs given, or the baseline
        return factors is not None and (o.costs is not None or o.id == appraisal.baseline)

    per_option = []
    for o in options:
        placed = matrix(appraisal, o.id, factors)
        priced = option_risks(appraisal, o.id, factors) if factors is not None else ()
        per_option.append({
            "id": o.id, "name": o.name, "risks": [p.risk.id for p in placed],
            "expected_cost": sum(v.expected for v in priced) if costed(o) else None,
            "matrix": [{"risk": p.risk.id, "probability_band": p.probability + 1,
                        "impact_band": p.impact + 1 if p.impact >= 0 else None,
                        "inherent": [p.inherent[0] + 1, p.inherent[1] + 1 if p.inherent[1] >= 0 else None]}
                       for p in placed],
        })
    return {
        "description": register.description, "unit": None if e is None else e.unit,
        "impact_bands": list(register.impact_bands), "probability_bands": list(PROBABILITY_BANDS),
        "score_bands": list(SCORE_BANDS), "risks": rows, "options": per_option,
    }
