"""The domain objects: an appraisal, its criteria, gates and options, frozen once loaded.

They are built by ``loader`` from the checked files and never changed afterwards; every
object keeps the :class:`Location` it came from, so later checks can point at the line.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import adm_appraise.weighting as formulas
from adm_appraise.macbeth import Scale as MacbethScale
from adm_appraise.problems import Location, Problem


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    weight: float  # as stated; or, from a weighting record that derives it, the effective weight on 0-100
    where: Location
    description: str | None = None
    type: str = "score"  # 'score' (on the appraisal's scale) or 'measure' (a natural unit)
    unit: str | None = None
    direction: str | None = None  # measures: 'lower' or 'higher' is better
    range: tuple[float, float] | None = None  # measures: (worst, best), a global scale
    levels: Mapping[int, str] = field(default_factory=dict)
    group: str | None = None  # the value tree's group it belongs to
    stated_weight: float | None = None  # the 'weight:' the file gives, if any (``weight`` is what is used)
    function: ValueFunction | None = None  # value_function: a non-linear value function; None: linear

    @property
    def is_measure(self) -> bool:
        return self.type == "measure"

    def ends(self, scale: tuple[float, float], points: list[float]) -> tuple[float, float]:
        """(worst, best): the raw numbers that map to values 0 and 100 (SPEC "The method").

        Score criteria use the appraisal's scale; measures their global range if given,
        else the local one: worst and best among ``points``, all the options' values.
        """
        if not self.is_measure:
            return scale
        if self.range is not None:
            return self.range
        low, high = min(points), max(points)
        return (high, low) if self.direction == "lower" else (low, high)


def to_value(x: float, worst: float, best: float, function: ValueFunction | None = None) -> float:
    """A raw number on the 0-100 preference scale; 100 when worst == best (a flat local scale).

    The linear value 100*(x-worst)/(best-worst), then the criterion's value function, if any,
    applied to it. The scalar twin of ``analysis.matrix.to_values`` (numpy, for whole matrices
    and Monte Carlo draws). Both exist so that ``validate``, whose lints need values, never
    imports numpy; ``tests/analysis/test_matrix.py`` checks that the two agree.
    """
    if worst == best:
        return 100.0
    if function is None:
        return 100.0 * (x - worst) / (best - worst) + 0.0
    return function.value((x - worst) / (best - worst)) + 0.0


@dataclass(frozen=True)
class ValueFunction:
    """A criterion's non-linear value function (criteria.yaml's ``value_function:``).

    Each maps z = (x-worst)/(best-worst), the linear value as a fraction in [0, 1], to a value
    on 0-100, rising (never falling) from 0 at z=0 to 100 at z=1:

    - 'piecewise': straight lines through points (raw, value); the first point is the worst
      end (value 0), the last the best (value 100).
    - 'discrete': a value for each whole level of the scale (points (level, value)); between
      levels (a Monte Carlo draw, a panel's median) the value runs straight from one level's to
      the next.
    - 'exponential': v = 100 (1 - exp(-c z)) / (1 - exp(-c)), c the shape (Kirkwood 1997,
      *Strategic Decision Making*, ch. 4, the exponential single-dimensional value function;
      his exponential constant rho is (best - worst)/c): c > 0 concave (diminishing returns),
      c < 0 convex, c = 0 linear.
    """

    type: str  # 'piecewise', 'discrete' or 'exponential'
    where: Location
    points: tuple[tuple[float, float], ...] = ()  # piecewise and discrete: (raw, value), worst to best
    shape: float = 0.0  # exponential
    # type 'macbeth' in the file: the MACBETH scale of the levels (the points are its values,
    # 0 at the worst level, 100 at the best, and the function is then 'discrete')
    macbeth: MacbethScale | None = None

    @property
    def knots(self) -> tuple[tuple[float, float], ...]:
        """The points as (z, value), z from 0 (the first point) to 1 (the last).

        Straight from (0, 0) to (1, 100) when the points are too few to say (an invalid file,
        which the checks report).
        """
        if len(self.points) < 2 or self.points[0][0] == self.points[-1][0]:
            return ((0.0, 0.0), (1.0, 100.0))
        first, last = self.points[0][0], self.points[-1][0]
        return tuple(((x - first) / (last - first), v) for x, v in self.points)

    def value(self, z: float) -> float:
        """The value (0-100) at z; z outside [0, 1] is held at the ends, as ``numpy.interp`` does."""
        if self.type == "exponential":
            c = self.shape
            return 100.0 * z if c == 0 else 100.0 * math.expm1(-c * z) / math.expm1(-c)
        knots = self.knots
        if z <= knots[0][0]:
            return knots[0][1]
        for (z0, v0), (z1, v1) in zip(knots, knots[1:], strict=False):
            if z <= z1:
                return v0 + (v1 - v0) * (z - z0) / (z1 - z0)
        return knots[-1][1]

    def inverse(self, v: float) -> tuple[float, float] | None:
        """(low, high): the least z whose value reaches ``v`` and the greatest whose value is at most v.

        None when v is off 0-100. Equal where the function rises through v; low < high on a flat
        part at v (any z between gives v); for 'discrete', only whole levels count, so high < low
        when no level has exactly v. Exponential: z = -ln(1 - v/100 (1 - exp(-c))) / c.
        """
        if not 0.0 <= v <= 100.0:
            return None
        if self.type == "exponential":
            c = self.shape
            z = v / 100.0 if c == 0 else -math.log1p(v / 100.0 * math.expm1(-c)) / c
            z = min(max(z, 0.0), 1.0)
            return (z, z)
        knots = self.knots
        k = next(i for i, (_, value) in enumerate(knots) if value >= v)  # the first knot reaching v
        j = max(i for i, (_, value) in enumerate(knots) if value <= v)  # the last knot not above v
        low, high = knots[k][0], knots[j][0]
        if self.type == "discrete":
            return (low, high)
        if k > 0 and knots[k][1] > v:  # v lies inside the rising segment before knot k
            (z0, v0), (z1, v1) = knots[k - 1], knots[k]
            low = z0 + (z1 - z0) * (v - v0) / (v1 - v0)
        if j < len(knots) - 1 and knots[j][1] < v:  # and inside the segment after knot j
            (z0, v0), (z1, v1) = knots[j], knots[j + 1]
            high = z0 + (z1 - z0) * (v - v0) / (v1 - v0)
        return (low, high)

    def describe(self) -> str:
        """The function in words, for the report's method section."""
        if self.type == "exponential":
            curve = "concave" if self.shape > 0 else "convex" if self.shape < 0 else "linear"
            return f"exponential, shape {self.shape:g}, {curve}"
        if self.macbeth is not None:
            return "MACBETH, from judgements of difference: " + ", ".join(f"{x:g}: {v:.1f}" for x, v in self.points)
        return f"{self.type} through " + ", ".join(f"({x:g}, {v:g})" for x, v in self.points)


@dataclass(frozen=True)
class WeightLevel:
    """One level of a value tree and the judgements that weigh its items.

    The top level weighs the groups and the criteria in no group; a group's level weighs its
    criteria. ``at`` holds where each item's judgement stands in criteria.yaml.
    """

    items: tuple[str, ...]  # criterion or group ids, in file order
    method: str  # 'direct', 'swing', 'rank' or 'pairwise'
    where: Location
    stated: Mapping[str, float] = field(default_factory=dict)  # direct: the weights given
    swings: Mapping[str, float] = field(default_factory=dict)
    order: tuple[tuple[str, ...], ...] = ()
    formula: str = "centroid"
    comparisons: Mapping[tuple[str, str], float] = field(default_factory=dict)
    at: Mapping[str, Location] = field(default_factory=dict)
    # pairwise by a group: each participant's own comparisons; ``comparisons`` is then their
    # geometric mean, pair by pair (weighting.aggregate)
    judges: Mapping[str, Mapping[tuple[str, str], float]] = field(default_factory=dict)
    # method macbeth: the scale of the swings (with macbeth.NO_SWING at 0); None until the
    # judgements are well-formed and consistent
    macbeth: MacbethScale | None = None

    def derive(self) -> dict[str, float]:
        """The items' weights at this level, summing to 1 (ValueError if they cannot be derived)."""
        if len(self.items) == 1:  # a level of one needs no judgement
            return {self.items[0]: 1.0}
        if self.method == "swing":
            return formulas.swing({i: self.swings[i] for i in self.items})
        if self.method == "rank":
            return formulas.rank_order(self.order, self.formula)
        if self.method == "pairwise":
            return formulas.pairwise(self.items, self.comparisons).weights
        if self.method == "macbeth":
            if self.macbeth is None or self.macbeth.values is None:
                raise ValueError("the MACBETH judgements give no scale")
            return formulas.normalised({i: self.macbeth.values[i] for i in self.items})
        return formulas.normalised({i: self.stated[i] for i in self.items})

    def consistency(self) -> formulas.Pairwise | None:
        return formulas.pairwise(self.items, self.comparisons) if self.method == "pairwise" else None

    def judge_consistency(self) -> dict[str, formulas.Pairwise | None]:
        """Each participant's own weights and consistency, over the items they compared (None
        where their judgements do not connect those items)."""
        out: dict[str, formulas.Pairwise | None] = {}
        for judge, table in self.judges.items():
            named = {i for pair in table for i in pair}
            items = [i for i in self.items if i in named]
            connected = len(items) > 1 and len(formulas.components(items, table)) == 1
            out[judge] = formulas.pairwise(items, table) if connected else None
        return out


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    where: Location
    level: WeightLevel  # how its criteria and sub-groups are weighed against each other
    description: str | None = None
    parent: str | None = None  # the group it belongs to; None: weighed at the top level


@dataclass(frozen=True)
class Weighting:
    """How the weights were set: the value tree, its judgements, who agreed them and when."""

    method: str
    top: WeightLevel
    groups: tuple[Group, ...] = ()
    participants: tuple[str, ...] = ()
    date: str | None = None
    rationale: str | None = None
    where: Location | None = None  # the 'weighting:' key of criteria.yaml

    @property
    def levels(self) -> list[WeightLevel]:
        return [self.top, *(g.level for g in self.groups)]

    @property
    def derived(self) -> bool:
        """True when any level derives its weights (swing, rank or pairwise) rather than stating them."""
        return any(level.method != "direct" for level in self.levels)

    @property
    def ordinal(self) -> bool:
        """True when some level is weighed by rank order alone (sensitivity then samples the order)."""
        return any(level.method == "rank" for level in self.levels)

    def weights(self) -> dict[str, float]:
        """Every criterion's effective weight (sum 1): the product of the weights along its path."""
        return formulas.effective(self.top.derive(), {g.id: g.level.derive() for g in self.groups})

    def within(self) -> dict[str, float]:
        """Every node's weight within its parent's level (groups and criteria alike)."""
        out = dict(self.top.derive())
        for g in self.groups:
            out.update(g.level.derive())
        return out

    def overall(self) -> dict[str, float]:
        """Every node's overall weight (a group's: the sum of its criteria's effective weights)."""
        within = self.within()
        out: dict[str, float] = {}
        for g in self.tree_order():
            parent = g.parent
            out[g.id] = within[g.id] * (out[parent] if parent is not None else 1.0)
        out.update(self.weights())
        return out

    def tree_order(self) -> list[Group]:
        """The groups, each parent before its sub-groups (depth first, in the order of the levels' items)."""
        by_id = {g.id: g for g in self.groups}
        out: list[Group] = []

        def visit(level: WeightLevel) -> None:
            for item in level.items:
                if item in by_id:
                    out.append(by_id[item])
                    visit(by_id[item].level)

        visit(self.top)
        return out

    def depth(self) -> int:
        """Levels of groups: 0 with none, 1 for groups of criteria, 2 with groups of groups, ..."""
        parents = {g.id: g.parent for g in self.groups}

        def of(gid: str) -> int:
            parent = parents[gid]
            return 1 if parent is None else 1 + of(parent)

        return max((of(g) for g in parents), default=0)

    def path(self, item: str) -> list[str]:
        """The groups above a criterion or group, outermost first."""
        parent = {c: g.id for g in self.groups for c in g.level.items}
        out: list[str] = []
        while item in parent:
            item = parent[item]
            out.insert(0, item)
        return out


@dataclass(frozen=True)
class Gate:
    id: str
    name: str
    where: Location
    description: str | None = None


@dataclass(frozen=True, slots=True)
class GateAssessment:
    result: str  # 'pass', 'fail' or 'conditional'
    where: Location
    rationale: str | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    """One option's score (or measured value) on one criterion."""

    point: float | None  # the score or value; None only in an invalid file
    where: Location
    low: float | None = None
    high: float | None = None
    rationale: str | None = None
    evidence: tuple[str, ...] = ()
    keyword: str = ""  # 'score', 'value', 'both' or 'none' as written; '' for the short form
    at: Mapping[str, Location] = field(default_factory=dict)  # where score/value/low/high stand
    moderation: str | None = None  # with a panel: how the moderated score was agreed
    unmoderated: bool = False  # the option file gave no score: this is the panel's aggregate


@dataclass(frozen=True)
class Option:
    id: str
    name: str
    path: Path
    where: Location
    description: str | None = None
    gates: Mapping[str, GateAssessment] = field(default_factory=dict)
    scores: Mapping[str, Assessment] = field(default_factory=dict)
    keys: Mapping[str, Location] = field(default_factory=dict)  # where 'gates:', 'scores:' stand
    # The long list (issue 14): the option's role on the shortlist, the long-list choices it
    # combines (dimension -> choice id, with where each stands), and whether it was left
    # unscored (no 'scores:' key: allowed only for an option that fails a gate).
    role: str | None = None
    origin: Mapping[str, str] = field(default_factory=dict)
    origin_at: Mapping[str, Location] = field(default_factory=dict)
    unscored: bool = False

    @property
    def sifted_out(self) -> bool:
        """Fails a gate and carries no scores: shown with its gate results, never scored."""
        return self.unscored and bool(self.failed_gates())
    # the economic case: costs (capital, operating) and monetised benefits, by line
    costs: OptionCosts | None = None
    benefits: Mapping[str, CashLine] = field(default_factory=dict)

    def failed_gates(self) -> list[str]:
        return [g for g, a in self.gates.items() if a.result == "fail"]

    def conditional_gates(self) -> list[str]:
        return [g for g, a in self.gates.items() if a.result == "conditional"]


@dataclass(frozen=True)
class ShortlistRule:
    top: int | None = 2
    min_score: float | None = None
    within: float | None = None

    def describe(self) -> str:
        """The rule in words: 'the top 2 eligible options, scoring at least 50'."""
        parts = [f"the top {self.top} eligible options" if self.top is not None else "every eligible option"]
        if self.min_score is not None:
            parts.append(f"scoring at least {self.min_score:g}")
        if self.within is not None:
            parts.append(f"within {self.within:g} points of the leader")
        return ", ".join(parts)


@dataclass(frozen=True)
class Acceptance:
    """A warning accepted on purpose (criteria.yaml's 'accepted:'), where it applies and why."""

    code: str
    reason: str
    where: Location  # the entry in criteria.yaml
    file: str | None = None  # relative to criteria.yaml's folder
    option: str | None = None
    criterion: str | None = None
    by: str | None = None
    date: str | None = None

    @property
    def target(self) -> str:
        """What it applies to, in words: 'options/x.yaml', 'option x', 'criterion c', 'x on c'."""
        if self.file is not None:
            return self.file
        if self.option is not None and self.criterion is not None:
            return f"{self.option} on {self.criterion}"
        return f"option {self.option}" if self.option is not None else f"criterion {self.criterion}"


@dataclass(frozen=True)
class Appraisal:
    title: str
    scale: tuple[float, float]
    criteria: tuple[Criterion, ...]
    gates: tuple[Gate, ...]
    options: tuple[Option, ...]
    criteria_path: Path
    organisation: str | None = None
    date: str | None = None
    description: str | None = None
    baseline: str | None = None
    baseline_where: Location | None = None
    shortlist: ShortlistRule = ShortlistRule()
    scenarios: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    bundled: bool = False
    where: Location | None = None  # the 'appraisal:' key of criteria.yaml
    weighting: Weighting | None = None  # None: weights stated directly, with no record
    longlist: LongList | None = None  # longlist.yaml beside criteria.yaml, when there is one
    warnings: tuple[Problem, ...] = ()  # found while reading the files (W210: a file ignored)
    economics: Economics | None = None  # the economics: block, when costs are appraised
    panel: Panel | None = None  # the scoring panel, when a panel/ folder exists
    accepted: tuple[Acceptance, ...] = ()  # warnings accepted on purpose, with the reason
    register: BenefitsRegister | None = None  # benefits.yaml beside criteria.yaml, when there is one
    equality: EqualityAssessment | None = None  # equality.yaml beside criteria.yaml, when there is one
    paper: Paper | None = None  # paper.yaml beside criteria.yaml, when there is one
    risks: RiskRegister | None = None  # risks.yaml beside criteria.yaml, when there is one

    @property
    def files(self) -> list[Path]:
        """Every input file, criteria (and the long list) first: what the audit trail hashes."""
        longlist = [self.longlist.path] if self.longlist is not None else []
        panel = [a.path for a in self.panel.assessors] if self.panel else []
        registers = [r.path for r in (self.risks, self.register, self.equality, self.paper) if r is not None]
        return [self.criteria_path, *longlist, *(o.path for o in self.options), *panel, *registers]

    @property
    def scored_options(self) -> tuple[Option, ...]:
        """The options in the decision matrix: all but those sifted out unscored by a gate."""
        return tuple(o for o in self.options if not o.unscored)

    def criterion(self, cid: str) -> Criterion:
        return self._criteria_by_id[cid]

    def option(self, oid: str) -> Option:
        return self._options_by_id[oid]

    @cached_property
    def _criteria_by_id(self) -> dict[str, Criterion]:
        return _first_by_id(self.criteria)

    @cached_property
    def _options_by_id(self) -> dict[str, Option]:
        return _first_by_id(self.options)

    def weights(self, scenario: str | None = None, overrides: Mapping[str, float] = {}) -> dict[str, float]:
        """Raw (unnormalised) weights, with a scenario's and then the overrides applied."""
        weights = {c.id: c.weight for c in self.criteria}
        if scenario is not None:
            weights.update(self.scenarios[scenario])
        weights.update(overrides)
        return weights


def _first_by_id(items: tuple[Any, ...]) -> dict[str, Any]:
    """id -> item, the first of any duplicates (as a linear search would find it)."""
    found: dict[str, Any] = {}
    for item in items:
        found.setdefault(item.id, item)
    return found


# The long list (longlist.yaml): spending objectives, critical success factors and the
# options framework, each choice assessed and carried forward, discounted or preferred.

DIMENSIONS = ("scope", "solution", "delivery", "implementation", "funding")
STATUSES = ("preferred", "carried_forward", "discounted")
ROLES = ("business_as_usual", "do_minimum", "preferred", "alternative")

# HM Treasury Green Book (2022), Annex A1 (A1.9), Box 18: the five key critical success
# factors, by the Green Book's names; the descriptions are ours, following its wording.
STANDARD_CSFS: dict[str, tuple[str, str]] = {
    "strategic_fit": (
        "Strategic fit and meets business needs",
        "How well the option meets the agreed spending objectives, business needs and service "
        "requirements, and fits with other strategies, programmes and projects.",
    ),
    "value_for_money": (
        "Potential value for money",
        "How well the option optimises social value (social, economic and environmental), in its "
        "potential costs, benefits and risks.",
    ),
    "supplier_capacity": (
        "Supplier capacity and capability",
        "How well the option matches what potential suppliers can deliver, and appeals to them.",
    ),
    "affordability": (
        "Potential affordability",
        "How well the option can be paid for from the funds available, within sourcing constraints.",
    ),
    "achievability": (
        "Potential achievability",
        "How likely the option is to be delivered, given the organisation's ability to make the "
        "changes and the skills available.",
    ),
}


@dataclass(frozen=True)
class Objective:
    id: str
    text: str
    where: Location


@dataclass(frozen=True)
class SuccessFactor:
    """A critical success factor: one of the Green Book's five standard ones, or the scheme's own."""

    id: str
    name: str
    where: Location
    description: str | None = None
    standard: bool = False


@dataclass(frozen=True)
class ChoiceAssessment:
    result: str  # 'meets', 'partly' or 'fails'
    where: Location
    rationale: str | None = None


@dataclass(frozen=True)
class Choice:
    """One choice in one dimension of the options framework, assessed and given a status."""

    id: str
    name: str
    dimension: str
    status: str  # 'preferred', 'carried_forward' or 'discounted'
    where: Location
    description: str | None = None
    reason: str | None = None
    assessment: Mapping[str, ChoiceAssessment] = field(default_factory=dict)
    keys: Mapping[str, Location] = field(default_factory=dict)  # where 'status:', 'reason:', 'assessment:' stand


@dataclass(frozen=True)
class LongList:
    path: Path
    where: Location
    objectives: tuple[Objective, ...]
    csfs: tuple[SuccessFactor, ...]
    choices: tuple[Choice, ...]  # in dimension order (DIMENSIONS), then file order
    description: str | None = None

    @property
    def dimensions(self) -> list[str]:
        """The dimensions the framework fills in, in the Green Book's order."""
        used = {c.dimension for c in self.choices}
        return [d for d in DIMENSIONS if d in used]

    def in_dimension(self, dimension: str) -> list[Choice]:
        return [c for c in self.choices if c.dimension == dimension]

    def choice(self, dimension: str, cid: str) -> Choice | None:
        return self._choices.get((dimension, cid))

    @cached_property
    def _choices(self) -> dict[tuple[str, str], Choice]:  # once: a lookup per option stays linear
        found: dict[tuple[str, str], Choice] = {}
        for c in self.choices:
            found.setdefault((c.dimension, c.id), c)  # the first, as a search in file order finds it
        return found

    @property
    def criteria_ids(self) -> list[str]:
        """What each choice is assessed against: the objectives, then the CSFs."""
        return [o.id for o in self.objectives] + [f.id for f in self.csfs]
# --- The economic case (costs beside the scores): economics: in criteria.yaml, costs:/benefits: in options.


@dataclass(frozen=True)
class YearSpan:
    """One entry of a cash line as written: a year (2019) or a range (2019..2028), each year the amount.

    ``first`` and ``last`` are None when the key is not a year or a range (an error the checks report).
    """

    key: str
    first: int | None
    last: int | None
    amount: float
    where: Location  # the key's position


@dataclass(frozen=True)
class CashLine:
    """Real amounts by year (in the appraisal's unit), with an optional range for the line's total."""

    spans: tuple[YearSpan, ...]
    where: Location
    low: float | None = None  # the line's total, low end (the profile scales to it)
    high: float | None = None
    description: str | None = None
    at: Mapping[str, Location] = field(default_factory=dict)  # where low/high stand

    @property
    def flows(self) -> dict[int, float]:
        """year -> amount, from the well-formed spans (a year given twice: the later entry)."""
        out: dict[int, float] = {}
        for span in self.spans:
            if span.first is not None and span.last is not None:
                for year in range(span.first, span.last + 1):
                    out[year] = span.amount
        return out

    @property
    def total(self) -> float:
        return sum(self.flows.values())


@dataclass(frozen=True)
class OptimismBias:
    """The optimism bias adjustment: a Green Book category, a mix of them, or explicit percentages."""

    where: Location
    category: str | None = None
    mix: Mapping[str, float] = field(default_factory=dict)  # category -> share of capital cost, %
    capital: float | None = None  # explicit uplift of capital costs, %
    operating: float | None = None  # explicit uplift of operating costs, %
    mitigation: float = 0.0  # % of the bias removed by evidenced risk management
    evidence: tuple[str, ...] = ()
    rationale: str | None = None
    at: Mapping[str, Location] = field(default_factory=dict)  # where each key stands


@dataclass(frozen=True)
class Economics:
    """The economics: block of criteria.yaml: how costs and benefits become present values."""

    base_year: int
    where: Location
    price_base: str | None = None
    unit: str = "£m"
    discount: str = "green_book"  # 'green_book', 'green_book_health' or 'constant'
    rate: float | None = None  # % a year, for 'constant'
    horizon: int | None = None  # years appraised, the base year included
    optimism_bias: OptimismBias | None = None
    at: Mapping[str, Location] = field(default_factory=dict)  # where each key stands


@dataclass(frozen=True)
class OptionCosts:
    """An option's costs: capital and operating lines, and optionally its own optimism bias."""

    where: Location
    capital: CashLine | None = None
    operating: CashLine | None = None
    optimism_bias: OptimismBias | None = None

    def lines(self) -> dict[str, CashLine]:
        return {k: v for k, v in (("capital", self.capital), ("operating", self.operating)) if v is not None}


# The scoring panel (panel/<assessor>.yaml): each assessor's own scores, before moderation.


@dataclass(frozen=True)
class PanelScore:
    """One assessor's score of one option on one criterion, or their reasoned abstention."""

    point: float | None  # None when the assessor abstains
    where: Location
    low: float | None = None
    high: float | None = None
    rationale: str | None = None
    evidence: tuple[str, ...] = ()
    abstain: str | None = None  # the reason, when the assessor does not score this
    dissent: str | None = None  # after moderation: why they do not accept the agreed score
    at: Mapping[str, Location] = field(default_factory=dict)  # where score/low/high/abstain stand


@dataclass(frozen=True)
class Conflict:
    """A declared interest: the assessor does not score this option."""

    option: str
    reason: str
    where: Location


@dataclass(frozen=True)
class Assessor:
    id: str
    name: str
    role: str
    path: Path
    where: Location
    organisation: str | None = None
    interests: str | None = None
    conflicts: tuple[Conflict, ...] = ()
    scores: Mapping[str, Mapping[str, PanelScore]] = field(default_factory=dict)  # option -> criterion -> score
    keys: Mapping[str, Location] = field(default_factory=dict)  # where 'scores:', 'conflicts:' stand

    def conflicted(self, option: str) -> Conflict | None:
        return self._conflicts.get(option)

    @cached_property
    def _conflicts(self) -> dict[str, Conflict]:  # once: a lookup per cell stays linear in the options
        found: dict[str, Conflict] = {}
        for c in self.conflicts:
            found.setdefault(c.option, c)  # the first, as a search in file order finds it
        return found

    def point(self, option: str, criterion: str) -> float | None:
        """The assessor's score, or None (a conflict, an abstention, or not given)."""
        entry = self.scores.get(option, {}).get(criterion)
        return None if entry is None or self.conflicted(option) else entry.point


@dataclass(frozen=True)
class PanelSettings:
    aggregate: str = "median"  # 'median' or 'mean': used where an option file gives no score
    disagreement: float = 2.0  # a range of panel scores this wide or wider is a disagreement
    where: Location | None = None  # the 'panel:' key of criteria.yaml


@dataclass(frozen=True)
class Panel:
    assessors: tuple[Assessor, ...]
    settings: PanelSettings = PanelSettings()

    def points(self, option: str, criterion: str) -> dict[str, float]:
        """assessor id -> score, for the assessors who scored this option on this criterion."""
        found = {a.id: a.point(option, criterion) for a in self.assessors}
        return {k: v for k, v in found.items() if v is not None}

    def aggregate(self, option: str, criterion: str) -> float | None:
        """The panel's median (or mean) score; None when no assessor scored it."""
        points = sorted(self.points(option, criterion).values())
        if not points:
            return None
        if self.settings.aggregate == "mean":
            return sum(points) / len(points)
        middle = len(points) // 2
        return points[middle] if len(points) % 2 else (points[middle - 1] + points[middle]) / 2


# The benefits register (benefits.yaml) and the equality impact of each option (equality.yaml).

# The protected characteristics of the Equality Act 2010, s.4, in the Act's order, by name.
CHARACTERISTICS = {
    "age": "Age",
    "disability": "Disability",
    "gender_reassignment": "Gender reassignment",
    "marriage_and_civil_partnership": "Marriage and civil partnership",
    "pregnancy_and_maternity": "Pregnancy and maternity",
    "race": "Race",
    "religion_or_belief": "Religion or belief",
    "sex": "Sex",
    "sexual_orientation": "Sexual orientation",
}
IMPACTS = ("positive", "neutral", "negative", "unknown")
QUINTILES = ("q1", "q2", "q3", "q4", "q5")  # by household income, q1 the lowest


@dataclass(frozen=True)
class Benefit:
    """One entry of the benefits register: what it serves and justifies, and how it is measured."""

    id: str
    title: str
    where: Location
    cash_releasing: bool
    objectives: tuple[str, ...] = ()
    csfs: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()
    options: tuple[str, ...] | None = None  # None: every option
    measure: str | None = None
    baseline: float | str | None = None
    target: float | str | None = None
    date: str | None = None
    owner: str | None = None
    value: float | None = None  # in pounds
    notes: str | None = None
    at: Mapping[tuple[str, int], Location] = field(default_factory=dict)  # (key, index) of each id it names

    def applies_to(self, option: str) -> bool:
        return self.options is None or option in self.options

    @property
    def unmeasured(self) -> list[str]:
        """What its measurement lacks, of measure, baseline, target, date and owner."""
        given = {"measure": self.measure, "baseline": self.baseline, "target": self.target, "date": self.date,
                 "owner": self.owner}
        return [k for k, v in given.items() if v is None or (isinstance(v, str) and not v.strip())]


@dataclass(frozen=True)
class BenefitsRegister:
    path: Path
    benefits: tuple[Benefit, ...]
    description: str | None = None


@dataclass(frozen=True)
class Impact:
    """The likely impact of an option on one protected characteristic."""

    impact: str  # one of IMPACTS
    where: Location
    evidence: str | None = None
    mitigation: str | None = None


@dataclass(frozen=True)
class Distribution:
    """Who gains or loses under an option: values by income quintile or by place."""

    by: str  # 'income_quintile' or 'place'
    measure: str
    values: Mapping[str, float]
    where: Location
    unit: str | None = None
    source: str | None = None
    at: Mapping[str, Location] = field(default_factory=dict)  # where each value's key stands


@dataclass(frozen=True)
class OptionEquality:
    option: str
    where: Location  # the option's key in equality.yaml
    impacts: Mapping[str, Impact]  # characteristic -> impact, those assessed
    summary: str | None = None
    distribution: Distribution | None = None

    @property
    def unassessed(self) -> list[str]:
        return [c for c in CHARACTERISTICS if c not in self.impacts]


@dataclass(frozen=True)
class EqualityAssessment:
    path: Path
    where: Location  # the 'options:' key
    options: tuple[OptionEquality, ...]
    description: str | None = None

    def of(self, option: str) -> OptionEquality | None:
        return next((e for e in self.options if e.option == option), None)


# --- paper.yaml: the committee paper's and the business case's own text.


@dataclass(frozen=True)
class Exemption:
    """Exempt information: a paragraph (1-7) of Part 1 of Schedule 12A to the Local Government Act 1972."""

    paragraph: int
    reason: str


@dataclass(frozen=True)
class PaperText:
    """One section's text from paper.yaml; ``exempt`` sends the section to the exempt appendix."""

    text: str
    where: Location
    exempt: Exemption | None = None


@dataclass(frozen=True)
class Paper:
    """paper.yaml: the front sheet, the recommendations and each section's text (by its key)."""

    path: Path
    where: Location
    front: Mapping[str, Any]  # decision_maker, meeting_date, author, key_decision, forward_plan, wards
    recommendations: tuple[str, ...] = ()
    background_papers: tuple[str, ...] = ()
    sections: Mapping[str, PaperText] = field(default_factory=dict)  # committee paper keys
    business_case: Mapping[str, PaperText] | None = None  # None: no business_case: block
    business_case_where: Location | None = None
# The risk register (risks.yaml): each risk with the options it applies to, its probability and
# its impact (a cost by year and/or score changes), before and after mitigation.

RISK_STATUSES = ("open", "closed", "occurred")


@dataclass(frozen=True)
class RiskImpact:
    """How likely a risk is and what it does if it occurs: before or after mitigation."""

    probability: float
    cost: CashLine | None = None  # real amounts by year, in the economics unit
    criteria: Mapping[str, float] = field(default_factory=dict)  # criterion -> score (or value) change
    criteria_at: Mapping[str, Location] = field(default_factory=dict)

    @property
    def priced(self) -> bool:
        return self.cost is not None and self.cost.total > 0


@dataclass(frozen=True)
class Risk:
    id: str
    title: str
    where: Location
    options: tuple[str, ...] | None  # None: every option ('all')
    inherent: RiskImpact  # before mitigation
    residual: RiskImpact | None = None  # after mitigation, when given (keys left out keep the inherent ones)
    status: str = "open"
    category: str | None = None
    cause: str | None = None
    effect: str | None = None
    owner: str | None = None
    mitigation: str | None = None
    keys: Mapping[str, Location] = field(default_factory=dict)  # where 'options:', 'residual:', ... stand
    option_at: tuple[Location, ...] = ()  # where each listed option id stands

    def applies_to(self, oid: str) -> bool:
        return self.options is None or oid in self.options

    @property
    def current(self) -> RiskImpact:
        """The position the register expects: the residual one where given, else the inherent one."""
        return self.residual if self.residual is not None else self.inherent

    @property
    def counted(self) -> float:
        """The probability the economic case counts: 0 when closed, 1 when it has occurred."""
        if self.status == "closed":
            return 0.0
        return 1.0 if self.status == "occurred" else self.current.probability


IMPACT_BANDS = (0.1, 0.5, 1.0, 2.0)  # default cut-points between the five impact bands, in the unit


@dataclass(frozen=True)
class RiskRegister:
    path: Path
    where: Location
    risks: tuple[Risk, ...]
    description: str | None = None
    impact_bands: tuple[float, ...] = IMPACT_BANDS
    bands_where: Location | None = None  # where matrix.impact stands, when given

    def for_option(self, oid: str) -> list[Risk]:
        return [r for r in self.risks if r.applies_to(oid)]
