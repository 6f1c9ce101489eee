"""The economic case: present values, optimism bias, NPSV and BCR, the efficiency frontier of
benefit score against cost, and switching values. Pure numpy: ``value`` needs nothing heavier.

What each figure follows (HM Treasury, *The Green Book*, 2022 edition, and its supplementary
guidance; the figures were checked against the sources named in ``tests/analysis/test_economics.py``):

- Discounting (Green Book Annex A6): real prices, PV = sum_t X_t DF_t with DF_0 = 1 and
  DF_t = prod_{s=1..t} 1/(1 + r_s). The social time preference rate r_s is 3.5% for years 0-30,
  3.0% for 31-75, 2.5% for 76-125, 2.0% for 126-200, 1.5% for 201-300 and 1.0% beyond; for
  risk to life and health it is 1.5%, falling in the same bands to 1.29, 1.07, 0.86, 0.64 and
  0.43%; the 2026 edition's lower-rate sensitivity test runs 3.0, 2.57, 2.14, 1.71, 1.29, 0.86%.
  Year t is counted from the base year (t = 0, undiscounted).
- Optimism bias (Supplementary Green Book Guidance: Optimism Bias, Table 1, from Mott MacDonald,
  *Review of Large Public Procurement in the UK*, 2002, Table 2): start from the upper bound for
  the project's category, uplift capital costs (operating costs for outsourcing), and reduce the
  uplift only by the share of it that evidenced risk management removes:
  applied = upper x (1 - mitigation). A project mixing categories weights their upper bounds by
  share of capital cost (Mott MacDonald's worked example: 30% x 51 + 70% x 24 = 32.1%).
- NPSV = PVB - PVC and BCR = PVB / PVC (Green Book chapter 5); NPSV per pound of public
  spending = NPSV / PVC, every cost in the files being public spending.
- The efficiency frontier (the MCA manual's value-for-money view, as in Hiview and Equity):
  the eligible options no other eligible option beats on both benefit score and PVC; along it,
  the incremental cost per benefit point; off it, how much cheaper (or better) an option must
  be to join. An option on the frontier but above the line joining its neighbours (higher
  incremental cost per point than the step after it) is flagged: it is off the convex hull.
- Risk-adjusted costs (Green Book 2022, paragraph 2.16: risk costs "estimated on an expected
  likelihood basis"): with a risk register (risks.yaml), each option's priced risks add their
  expected value, probability x present value of the cost if it occurs, as a 'risk' cost line
  beside optimism bias (``analysis.risks``). Without a register every figure is as before.
- Switching values (Green Book paragraphs 5.59-5.61 and Box 12: the value a key input would have
  to take for the recommendation to switch to another option, or for the proposal not to be
  funded; at a minimum for the preferred option, and part of the presentation of results): for
  the preferred option (the best NPSV), how far each of its cost and benefit lines must move,
  other things equal, for another option to have the better NPSV, or for its NPSV to reach zero.
  NPSV is linear in each line, so the values are exact.

Costs and benefits are entered as each option's own, relative to business as usual (the
counterfactual): the baseline may give none, and then counts as costing nothing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from adm_appraise.analysis.risks import RiskValue, option_risks
from adm_appraise.greenbook import BAND_ENDS, OPTIMISM_BIAS, SCHEDULES
from adm_appraise.model import Appraisal, CashLine, Economics, OptimismBias, Option

TIE = 1e-9  # scores within this are equal (as in the ranking)
MONEY_TIE = 1e-9  # present values within this (in the unit) are equal

# ---- discounting -------------------------------------------------------------------------


def discount_rates(years: int, schedule: str = "green_book", rate: float | None = None) -> np.ndarray:
    """The rate r_t (a fraction) for t = 0 .. years-1; r_0 is never applied."""
    t = np.arange(years)
    if schedule == "constant":
        if rate is None:
            raise ValueError("a constant schedule needs a rate")
        return np.full(years, rate / 100.0)
    bands = np.array(SCHEDULES[schedule]) / 100.0
    return np.asarray(bands[np.searchsorted(np.array(BAND_ENDS), t, side="left")], dtype=float)


def discount_factors(years: int, schedule: str = "green_book", rate: float | None = None) -> np.ndarray:
    """DF_t for t = 0 .. years-1: DF_0 = 1, DF_t = DF_{t-1} / (1 + r_t)."""
    r = discount_rates(years, schedule, rate)
    growth = np.concatenate([[1.0], 1.0 + r[1:]])
    return np.asarray(1.0 / np.cumprod(growth), dtype=float)


def present_value(flows: np.ndarray, factors: np.ndarray) -> float:
    return float(np.dot(flows, factors))


# ---- optimism bias -----------------------------------------------------------------------


def combined_upper_bound(shares: Mapping[str, float]) -> float:
    """The upper-bound capital uplift (%) of a project mixing categories, shares in % of capital cost."""
    return sum(share / 100.0 * OPTIMISM_BIAS[c].cost[0] for c, share in shares.items())


@dataclass(frozen=True)
class Uplift:
    """The optimism bias applied to each cost line (fractions), and where it came from."""

    capital: float = 0.0
    operating: float = 0.0
    upper_capital: float = 0.0  # before mitigation
    upper_operating: float = 0.0
    mitigation: float = 0.0  # fraction of the upper bound removed
    basis: str = "none stated"
    lower_capital: float | None = None  # the category's lower bound, where one applies
    lower_operating: float | None = None
    works_duration: float | None = None  # the category's works-duration upper bound (not applied to costs)

    def to_dict(self) -> dict[str, Any]:
        return {"capital": self.capital, "operating": self.operating, "upper_capital": self.upper_capital,
                "upper_operating": self.upper_operating, "mitigation": self.mitigation, "basis": self.basis,
                "works_duration": self.works_duration}


def uplift(spec: OptimismBias | None) -> Uplift:
    """The uplift a stated optimism bias gives (explicit percentages win over a category or mix)."""
    if spec is None:
        return Uplift()
    capital = operating = 0.0
    low_cap: float | None = None
    low_op: float | None = None
    duration: float | None = None
    if spec.category is not None:
        cat = OPTIMISM_BIAS[spec.category]
        duration = cat.duration[0] if cat.duration else None
        if cat.line == "capital":
            capital, low_cap = cat.cost
        else:
            operating, low_op = cat.cost
        basis = f"{cat.label} (upper bound)"
    elif spec.mix:
        capital = combined_upper_bound(spec.mix)
        duration = sum(share / 100.0 * (OPTIMISM_BIAS[c].duration or (0.0, 0.0))[0] for c, share in spec.mix.items())
        low_cap = sum(share / 100.0 * OPTIMISM_BIAS[c].cost[1] for c, share in spec.mix.items())
        basis = "mixed: " + ", ".join(f"{share:g}% {OPTIMISM_BIAS[c].label}" for c, share in spec.mix.items())
    else:
        basis = "explicit percentages"
    if spec.capital is not None:
        capital, low_cap = spec.capital, None
    if spec.operating is not None:
        operating, low_op = spec.operating, None
    if spec.category is not None or spec.mix:
        if spec.capital is not None or spec.operating is not None:
            basis += ", with explicit percentages"
    keep = 1.0 - spec.mitigation / 100.0
    return Uplift(
        capital * keep / 100.0, operating * keep / 100.0, capital / 100.0, operating / 100.0,
        spec.mitigation / 100.0, basis,
        None if low_cap is None else low_cap / 100.0, None if low_op is None else low_op / 100.0,
        None if duration is None else duration / 100.0,
    )


# ---- the appraisal's value for money -----------------------------------------------------


@dataclass(frozen=True)
class LineValue:
    """One cost or benefit line of an option, in present value."""

    kind: str  # 'capital', 'operating', 'risk' (the expected value of the priced risks) or 'benefit'
    name: str  # 'capital', 'operating' or the benefit line's id
    base: float  # PV as estimated
    uplift: float  # optimism bias added (costs only)
    low: float  # the range of the line's total, as a factor of the estimate (1 when none)
    high: float

    @property
    def pv(self) -> float:
        return self.base + self.uplift


@dataclass(frozen=True)
class OptionValue:
    id: str
    name: str
    eligible: bool
    baseline: bool
    score: float  # the MCA benefit score, 0-100
    costed: bool  # costs given (or the baseline, at zero)
    monetised: bool  # benefits given (or the baseline, at zero)
    lines: tuple[LineValue, ...]
    uplift: Uplift
    frontier: bool = False
    hull: bool = False  # on the frontier's convex hull (no extended dominance)
    join_cost: float | None = None  # off the frontier: it joins below this PVC
    join_score: float | None = None  # ... or above this score
    risks: tuple[RiskValue, ...] = ()  # the priced risks of the register that apply (their EV is the 'risk' line)

    def _sum(self, *kinds: str) -> float:
        return sum(line.pv for line in self.lines if line.kind in kinds)

    @property
    def pvc(self) -> float:
        return self._sum("capital", "operating", "risk")

    @property
    def pvb(self) -> float | None:
        return self._sum("benefit") if self.monetised else None

    @property
    def optimism_bias(self) -> float:
        return sum(line.uplift for line in self.lines)

    @property
    def risk(self) -> float:
        """The expected value of the priced risks, in present value (0 without a register)."""
        return float(self._sum("risk"))

    @property
    def npsv(self) -> float | None:
        pvb = self.pvb
        return None if pvb is None else pvb - self.pvc

    @property
    def bcr(self) -> float | None:
        pvb = self.pvb
        return None if pvb is None or self.pvc <= MONEY_TIE else pvb / self.pvc

    @property
    def npsv_per_pound(self) -> float | None:
        npsv = self.npsv
        return None if npsv is None or self.pvc <= MONEY_TIE else npsv / self.pvc

    def line(self, kind: str, name: str | None = None) -> LineValue | None:
        return next((x for x in self.lines if x.kind == kind and (name is None or x.name == name)), None)

    def to_dict(self) -> dict[str, Any]:
        pv = {k: sum(x.base for x in self.lines if x.kind == k) for k in ("capital", "operating")}
        return {
            "id": self.id, "name": self.name, "eligible": self.eligible, "baseline": self.baseline,
            "score": self.score, "costed": self.costed, "monetised": self.monetised,
            "pv_capital": pv["capital"], "pv_operating": pv["operating"],
            "optimism_bias": self.optimism_bias, "risk": self.risk, "pvc": self.pvc,
            "benefits": {x.name: x.pv for x in self.lines if x.kind == "benefit"},
            "pvb": self.pvb, "npsv": self.npsv, "bcr": self.bcr, "npsv_per_pound": self.npsv_per_pound,
            "on_frontier": self.frontier, "on_hull": self.hull,
            "join_cost": self.join_cost, "join_score": self.join_score,
            "uplift": self.uplift.to_dict(),
            "risks": [{"id": r.id, "probability": r.probability, "pv": r.pv, "expected": r.expected}
                      for r in self.risks],
        }


@dataclass(frozen=True)
class Step:
    """One step along the frontier, from the cheaper option to the dearer one."""

    start: str
    end: str
    cost: float  # extra PVC
    points: float  # extra benefit score
    per_point: float | None  # extra PVC per extra point (None when no extra points)


@dataclass(frozen=True)
class SwitchingValue:
    """How far one line of the preferred option must move for the decision to change."""

    line: str  # 'capital', 'operating' or 'benefit:<id>'
    pv: float  # the line's present value now (with optimism bias for costs)
    target: str  # the option that would then have the better NPSV, or 'zero' (NPSV reaches 0)
    change: float | None  # the fractional change of the line (+0.25 = 25% higher); None: no change will do
    switching_pv: float | None  # the line's present value at the switch


@dataclass(frozen=True)
class ValueForMoney:
    economics: Economics
    years: tuple[int, ...]  # the calendar years appraised (base year first)
    rates: np.ndarray  # r_t, fractions
    factors: np.ndarray  # DF_t
    uplift: Uplift  # the appraisal's default optimism bias
    options: tuple[OptionValue, ...]  # by benefit score, highest first; ineligible last
    steps: tuple[Step, ...]
    preferred: str | None  # best NPSV among eligible options (all monetised); None otherwise
    runner_up: str | None
    switching: tuple[SwitchingValue, ...]
    notes: tuple[str, ...] = ()
    weights: Mapping[str, float] = field(default_factory=dict)
    register: bool = False  # a risk register (risks.yaml) prices risks into the costs

    def option(self, oid: str) -> OptionValue:
        return next(o for o in self.options if o.id == oid)

    @property
    def frontier(self) -> list[OptionValue]:
        """The frontier, cheapest first."""
        return sorted((o for o in self.options if o.frontier), key=lambda o: (o.pvc, o.score, o.id))

    @property
    def candidates(self) -> list[OptionValue]:
        return [o for o in self.options if o.eligible and o.costed]

    def to_dict(self) -> dict[str, Any]:
        e = self.economics
        return {
            "assumptions": {
                "base_year": e.base_year, "price_base": e.price_base, "unit": e.unit,
                "discount": e.discount, "rate": e.rate, "horizon": len(self.years),
                "years": [self.years[0], self.years[-1]],
                "optimism_bias": self.uplift.to_dict(),
            },
            "discount_factors": {str(y): float(f) for y, f in zip(self.years, self.factors, strict=True)},
            "options": [o.to_dict() for o in self.options],
            "frontier": [o.id for o in self.frontier],
            "steps": [{"from": s.start, "to": s.end, "cost": s.cost, "points": s.points,
                       "cost_per_point": s.per_point} for s in self.steps],
            "preferred": self.preferred,
            "runner_up": self.runner_up,
            "switching_values": [{"line": s.line, "pv": s.pv, "target": s.target, "change": s.change,
                                  "switching_pv": s.switching_pv} for s in self.switching],
            "notes": list(self.notes),
        }


def weights_for(appraisal: Appraisal, scenario: str | None = None,
                overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Raw weights for a scenario and what-if overrides, checked as ``score`` checks them (without
    pandas); ValueError naming what is wrong."""
    if scenario is not None and scenario not in appraisal.scenarios:
        known = ", ".join(appraisal.scenarios) or "none defined"
        raise ValueError(f"no scenario '{scenario}' (scenarios: {known})")
    ids = [c.id for c in appraisal.criteria]
    for cid in overrides or {}:
        if cid not in ids:
            raise ValueError(f"no criterion '{cid}' (criteria: {', '.join(ids)})")
    weights = appraisal.weights(scenario, dict(overrides or {}))
    if sum(weights.values()) <= 0:
        raise ValueError("the weights must not all be zero")
    return weights


def benefit_scores(appraisal: Appraisal, weights: Mapping[str, float] | None = None) -> dict[str, float]:
    """Each option's weighted-sum score (0-100), computed without pandas (the same value functions)."""
    from adm_appraise.files.lints import value_table

    values = value_table(appraisal)
    w = dict(weights) if weights is not None else appraisal.weights()
    total = sum(w.values())
    return {oid: sum(w[c] * v for c, v in row.items()) / total for oid, row in values.items()}


def horizon_years(appraisal: Appraisal) -> tuple[int, ...]:
    """The years appraised: the base year and ``horizon - 1`` after it; by default up to the last flow."""
    e = appraisal.economics
    assert e is not None
    if e.horizon is not None:
        return tuple(range(e.base_year, e.base_year + e.horizon))
    lines = [line for o in appraisal.options for line in _all_lines(o)]
    if appraisal.risks is not None:  # a risk's cost may fall after every option's own amounts
        lines += [line for r in appraisal.risks.risks for i in (r.inherent, r.residual) if i is not None
                  for line in [i.cost] if line is not None]
    last = max((y for line in lines for y in line.flows), default=e.base_year)
    return tuple(range(e.base_year, max(last, e.base_year) + 1))


def _all_lines(option: Option) -> list[CashLine]:
    return [*(option.costs.lines().values() if option.costs else ()), *option.benefits.values()]


def _vector(line: CashLine, years: tuple[int, ...]) -> np.ndarray:
    out = np.zeros(len(years))
    start = years[0]
    for year, amount in line.flows.items():
        if 0 <= year - start < len(years):
            out[year - start] = amount
    return out


def _range(line: CashLine) -> tuple[float, float]:
    total = line.total
    if total <= 0:
        return 1.0, 1.0
    low = line.low / total if line.low is not None else 1.0
    high = line.high / total if line.high is not None else 1.0
    # the files may give an end equal to the total as a sum of years rounds it (3 x 3.7 is
    # 11.100000000000001, high 11.1): the estimate stays inside its range
    return min(low, 1.0), max(high, 1.0)


def value_for_money(appraisal: Appraisal, weights: Mapping[str, float] | None = None) -> ValueForMoney:
    """The economic case of an appraisal with an ``economics:`` block (module docstring)."""
    e = appraisal.economics
    if e is None:
        raise ValueError("the appraisal has no economics: block")
    years = horizon_years(appraisal)
    rates = discount_rates(len(years), e.discount, e.rate)
    factors = discount_factors(len(years), e.discount, e.rate)
    default = uplift(e.optimism_bias)
    scores = benefit_scores(appraisal, weights)
    # an option sifted out at a gate (left unscored) is out of the appraisal: its costs are not compared
    options = [_option_value(appraisal, o, scores[o.id], years, factors, default) for o in appraisal.scored_options]
    options = _place(options)
    options.sort(key=lambda o: (not o.eligible, -o.score, o.id))
    candidates = [o for o in options if o.eligible and o.costed]
    frontier = sorted((o for o in candidates if o.frontier), key=lambda o: (o.pvc, o.score, o.id))
    steps = tuple(_steps(frontier))
    preferred, runner_up, switching, notes = _switching(candidates)
    return ValueForMoney(e, years, rates, factors, default, tuple(options), steps, preferred, runner_up,
                         tuple(switching), tuple(notes), dict(weights or appraisal.weights()),
                         register=appraisal.risks is not None)


def _option_value(appraisal: Appraisal, o: Option, score: float, years: tuple[int, ...],
                  factors: np.ndarray, default: Uplift) -> OptionValue:
    baseline = o.id == appraisal.baseline
    up = uplift(o.costs.optimism_bias) if o.costs and o.costs.optimism_bias else default
    lines = []
    cost_lines = o.costs.lines() if o.costs else {}
    for kind in ("capital", "operating"):
        line = cost_lines.get(kind)
        if line is None:
            continue
        base = present_value(_vector(line, years), factors)
        rate = up.capital if kind == "capital" else up.operating
        lines.append(LineValue(kind, kind, base, base * rate, *_range(line)))
    risks = option_risks(appraisal, o.id, factors)
    if risks and (o.costs is not None or baseline):  # an option without costs is out of the comparison
        lines.append(LineValue("risk", "risk", sum(r.expected for r in risks), 0.0, 1.0, 1.0))
    for name, line in o.benefits.items():
        lines.append(LineValue("benefit", name, present_value(_vector(line, years), factors), 0.0, *_range(line)))
    return OptionValue(
        o.id, o.name, not o.failed_gates(), baseline, score,
        costed=o.costs is not None or baseline, monetised=bool(o.benefits) or baseline,
        lines=tuple(lines), uplift=up, risks=risks,
    )


def dominated(score: np.ndarray, cost: np.ndarray) -> np.ndarray:
    """True where another option scores at least as much for no more cost, and is better on one.

    That is, o is dominated when an option costing at most c_o + MONEY_TIE scores more than
    s_o + TIE, or one costing less than c_o - MONEY_TIE scores at least s_o - TIE (o itself meets
    neither). Both are read off the best score among the cheapest options, in one sweep by cost:
    time n log n and memory linear in the options, where comparing every pair took n^2 of both.
    """
    score, cost = np.asarray(score, dtype=float), np.asarray(cost, dtype=float)
    if not score.size:
        return np.zeros(0, dtype=bool)
    order = np.argsort(cost, kind="stable")
    by_cost = cost[order]
    best = np.maximum.accumulate(score[order])  # best[i]: the top score among the i + 1 cheapest
    upto = np.searchsorted(by_cost, cost + MONEY_TIE, side="right")  # options costing <= c_o + MONEY_TIE, o too
    below = np.searchsorted(by_cost, cost - MONEY_TIE, side="left")  # options costing < c_o - MONEY_TIE
    outscored = best[upto - 1] > score + TIE
    undercut = (below > 0) & (best[np.maximum(below - 1, 0)] >= score - TIE)
    return np.asarray(outscored | undercut, dtype=bool)


def _place(options: list[OptionValue]) -> list[OptionValue]:
    """Mark the frontier and the hull among eligible costed options; join thresholds for the rest."""
    from dataclasses import replace

    idx = [i for i, o in enumerate(options) if o.eligible and o.costed]
    if not idx:
        return options
    score = np.array([options[i].score for i in idx])
    cost = np.array([options[i].pvc for i in idx])
    off = dominated(score, cost)
    on = [k for k in range(len(idx)) if not off[k]]
    hull = _hull(on, score, cost)
    # what a dominated option must reach to join the frontier: the least cost of another option
    # scoring at least s - TIE, and the best score of another costing at most c + MONEY_TIE
    join_cost = _best_other(-score, cost, -(score - TIE), lowest=True)
    join_score = _best_other(cost, score, cost + MONEY_TIE, lowest=False)
    out = list(options)
    for k, i in enumerate(idx):
        if not off[k]:
            out[i] = replace(options[i], frontier=True, hull=k in hull)
        else:
            out[i] = replace(options[i], join_cost=join_cost[k], join_score=join_score[k])
    return out


def _best_other(key: np.ndarray, value: np.ndarray, bound: np.ndarray, *, lowest: bool) -> list[float]:
    """For each k, the lowest (``lowest``) or highest ``value[j]`` over the j other than k with
    ``key[j] <= bound[k]`` (nan where there is none): from the two best values of each prefix of
    the options sorted by key, so n log n, not every pair."""
    order = np.argsort(key, kind="stable")
    reach = np.searchsorted(key[order], bound, side="right").tolist()  # the prefix each k may draw on
    sign = 1.0 if lowest else -1.0
    first, second, first_at = [], [], []  # per prefix: the best and second best of sign * value, and where
    a, b, at = math.inf, math.inf, -1
    for j in order.tolist():
        v = sign * float(value[j])
        if v < a:
            a, b, at = v, a, j
        elif v < b:
            b = v
        first.append(a)
        second.append(b)
        first_at.append(at)
    out = []
    for k, n in enumerate(reach):
        best = math.inf if n == 0 else second[n - 1] if first_at[n - 1] == k else first[n - 1]
        out.append(math.nan if best == math.inf else sign * best)
    return out


def _hull(on: list[int], score: np.ndarray, cost: np.ndarray) -> set[int]:
    """The frontier options on its upper-left convex hull: from the cheapest, each next step the
    one with the lowest cost per extra point (ties: the further one)."""
    order = sorted(on, key=lambda k: (cost[k], score[k]))
    if not order:
        return set()
    # options equal on both cost and score stand together
    hull = {k for k in order if cost[k] == cost[order[0]] and score[k] == score[order[0]]}
    current = order[0]
    while True:
        ahead = [k for k in order if score[k] > score[current] + TIE]
        if not ahead:
            return hull
        ratio = {k: (cost[k] - cost[current]) / (score[k] - score[current]) for k in ahead}
        best = min(ratio.values())
        chosen = max((k for k in ahead if ratio[k] <= best + 1e-12), key=lambda k: (score[k], -cost[k]))
        hull |= {k for k in order if cost[k] == cost[chosen] and score[k] == score[chosen]}
        current = chosen


def _steps(frontier: list[OptionValue]) -> list[Step]:
    steps = []
    for a, b in zip(frontier, frontier[1:], strict=False):
        points = b.score - a.score
        cost = b.pvc - a.pvc
        steps.append(Step(a.id, b.id, cost, points, cost / points if points > TIE else None))
    return steps


def _switching(candidates: list[OptionValue]) -> tuple[str | None, str | None, list[SwitchingValue], list[str]]:
    if not candidates:
        return None, None, [], ["no eligible option has costs: there is no economic case to summarise"]
    if not all(o.monetised for o in candidates):
        missing = ", ".join(o.id for o in candidates if not o.monetised)
        return None, None, [], [f"benefits are not monetised for {missing}: NPSV, the preferred option and its "
                                "switching values need monetised benefits for every eligible option with costs"]
    ranked = sorted(candidates, key=lambda o: (-(o.npsv or 0.0), o.id))
    best = ranked[0]
    rival = ranked[1] if len(ranked) > 1 else None
    npsv = best.npsv or 0.0
    found = []
    for line in best.lines:
        sign = 1.0 if line.kind == "benefit" else -1.0  # NPSV rises with benefits, falls with costs
        label = line.kind if line.kind != "benefit" else f"benefit:{line.name}"
        targets = [(rival.id, npsv - (rival.npsv or 0.0))] if rival is not None else []
        targets.append(("zero", npsv))
        for target, gap in targets:
            if abs(line.pv) <= MONEY_TIE:
                found.append(SwitchingValue(label, line.pv, target, None, None))
                continue
            change = -gap / (sign * line.pv)  # NPSV(x) = npsv + sign * x * pv reaches npsv - gap
            if change < -1.0 - 1e-12:  # the line would have to fall below zero, which no file may give (E608)
                found.append(SwitchingValue(label, line.pv, target, None, None))
                continue
            found.append(SwitchingValue(label, line.pv, target, change, line.pv * (1.0 + change)))
    notes = []
    if best.baseline:
        notes.append("business as usual has the best NPSV: no option's monetised benefits outweigh its costs")
    return best.id, None if rival is None else rival.id, found, notes


def with_line_changed(appraisal_value: ValueForMoney, oid: str, line: str, change: float) -> ValueForMoney:
    """The same figures with one line of one option scaled by (1 + change), everything recomputed:
    what a switching value is checked against."""
    from dataclasses import replace

    kind, _, name = line.partition(":")
    options = []
    for o in appraisal_value.options:
        if o.id == oid:
            lines = tuple(
                replace(x, base=x.base * (1 + change), uplift=x.uplift * (1 + change))
                if x.kind == kind and (not name or x.name == name) else x
                for x in o.lines
            )
            o = replace(o, lines=lines)
        options.append(replace(o, frontier=False, hull=False, join_cost=None, join_score=None))
    options = _place(options)
    candidates = [o for o in options if o.eligible and o.costed]
    frontier = sorted((o for o in candidates if o.frontier), key=lambda o: (o.pvc, o.score, o.id))
    preferred, runner_up, switching, notes = _switching(candidates)
    return replace(appraisal_value, options=tuple(options), steps=tuple(_steps(frontier)), preferred=preferred,
                   runner_up=runner_up, switching=tuple(switching), notes=tuple(notes))
