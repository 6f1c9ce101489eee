"""The file schema: pydantic models of criteria.yaml, an option file and a panel file.

The same models check the files and generate their JSON Schema (``adm-appraise schema``),
so the two cannot drift apart. Structural errors are mapped back to the line and column of
the offending value, with a plain-English message and a "did you mean" for unknown keys.
"""

from __future__ import annotations

import re
import typing
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import ErrorDetails, core_schema

from adm_appraise.files import years
from adm_appraise.files.yamlfile import YAML11_NUMBER, Document
from adm_appraise.problems import Problem, did_you_mean

ID_PATTERN = r"^[a-z][a-z0-9_]*$"

Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
Text = Annotated[str, Field(min_length=1)]
Number = Annotated[float, Field(allow_inf_nan=False)]


def key(description: str, *examples: Any) -> Any:
    """A required key: its description (the editor's hover text and the documentation's file reference)."""
    return Field(description=description, examples=list(examples) or None)


def optional(description: str, *examples: Any, default: Any = None) -> Any:
    """An optional key. Left out, it is None (or ``default``). Unless typed ``| None`` (free text
    may be left empty), it may not be written as null: an empty value is an error ("is empty"),
    and the JSON Schema types it as, say, a number, not number|null."""
    return Field(default, description=description, examples=list(examples) or None)


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Scale(_Strict):
    """The scale of 'score' criteria, e.g. 0 to 5."""

    min: Number = key("the lowest score on the scale (the worst)", 0)
    max: Number = key("the highest score on the scale (the best); above min", 5)


class Shortlist(_Strict):
    """Which eligible options go forward; rules given together must all be met."""

    top: Annotated[int, Field(ge=1)] = optional("the N best-ranked eligible options", 2)
    min_score: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] = optional(
        "only options whose overall score (0-100) is at least this", 50)
    within: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] = optional(
        "only options at most this many points below the leader", 10)


class AppraisalMeta(_Strict):
    """What is appraised, on what scale, against which baseline, and how the shortlist is drawn."""

    title: Text = key("the appraisal's title, as the report heads it",
                      "Children's social care — alternative delivery models")
    organisation: str | None = optional("who appraises (shown in the report)", "Worcestershire County Council")
    date: str | None = optional("when the appraisal was made (free text, shown in the report)", "December 2017")
    description: str | None = optional("what is appraised and why (shown in the report)")
    scale: Scale = key("the scale of 'score' criteria: {min, max}", {"min": 0, "max": 5})
    baseline: Id = optional("id of the business-as-usual option, the benchmark every option must beat",
                            "business_as_usual")
    shortlist: Shortlist = optional("which eligible options go forward: any of top, min_score, within "
                                    "(all must be met); default {top: 2}", {"top": 2},
                                    default=Shortlist(top=2))


def _kind(value: Any) -> str:
    return "text" if isinstance(value, str) else "list" if isinstance(value, list) else "number"


Category = Literal["none", "very_weak", "weak", "moderate", "strong", "very_strong", "extreme"]
# A MACBETH judgement: one category, or a range [weaker, stronger] of adjacent categories.
Difference = Annotated[
    Annotated[Category, Tag("text")] | Annotated[Annotated[list[Category], Field(min_length=2, max_length=2)],
                                                 Tag("list")],
    Discriminator(_kind),
]


class ValueFunctionSpec(_Strict):
    """A non-linear value function: how the criterion's raw scores or values become 0-100."""

    type: Literal["piecewise", "discrete", "exponential", "macbeth"] = key(
        "'piecewise' (straight lines through points), 'discrete' (a value for each level of the scale, "
        "score criteria), 'macbeth' (a value for each level from judgements of difference, score criteria) "
        "or 'exponential' (a curve with a shape)", "piecewise")
    points: Annotated[list[Annotated[list[Number], Field(min_length=2, max_length=2)]], Field(min_length=2)] = \
        optional("piecewise: [raw, value] pairs from worst (value 0) to best (value 100), values never falling; "
                 "the first and last raw numbers are the criterion's worst and best",
                 [[0.5, 0], [1.0, 70], [1.5, 100]])
    values: dict[int, Number] = optional(
        "discrete: level: value for every whole level of the scale, 0 at the worst level, 100 at the best, "
        "never falling", {0: 0, 1: 20, 2: 45, 3: 70, 4: 90, 5: 100})
    shape: Annotated[float, Field(ge=-50, le=50, allow_inf_nan=False)] = optional(
        "exponential: c in v = 100 (1 - exp(-c z)) / (1 - exp(-c)), z the linear value 0-1; c > 0 concave "
        "(diminishing returns), c < 0 convex, 0 linear", 2)
    judgements: dict[int, dict[int, Difference]] = optional(
        "macbeth: higher level: {lower level: how much more attractive, one of none, very_weak, weak, "
        "moderate, strong, very_strong, extreme, or a range [weak, strong]}; pairs may be left out where "
        "the judged ones connect every level", {5: {4: "weak", 0: "extreme"}, 4: {0: ["strong", "very_strong"]}})


class CriterionSpec(_Strict):
    """One criterion: what is judged, its weight, and how options are scored on it."""

    id: Id = key("unique id: lower-case letters, digits and _, starting with a letter", "procurement")
    name: Text = key("the criterion as the report names it", "Procurement implications")
    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)] = optional(
        "relative weight, > 0; weights are normalised to sum to 1 (write all of them on one footing, "
        "e.g. percentages). Required unless a weighting: record derives it (if given too, it must agree)", 25)
    group: Id = optional("the group of the value tree (weighting: groups:) this criterion belongs to", "finance")
    description: str | None = optional("what the criterion judges (shown in the report)")
    type: Literal["score", "measure"] = optional(
        "'score' (on the appraisal's scale, the default) or 'measure' (a value in a natural unit)",
        "measure", default="score")
    unit: str | None = optional("measure criteria only: the natural unit", "£m")
    direction: Literal["lower", "higher"] = optional(
        "measure criteria only, required there: whether a lower or a higher value is better", "lower")
    range: Annotated[list[Number], Field(min_length=2, max_length=2)] = optional(
        "measure criteria only: [worst, best], a global scale; without it the worst and best "
        "values among the options are used (a local scale)", [8, 0])
    levels: dict[int, str] = optional("what each score on the scale means, score: text",
                                      {0: "full competition", 5: "direct award (Teckal)"})
    value_function: ValueFunctionSpec = optional(
        "a non-linear value function; without it the value runs in a straight line from worst (0) to best (100)")


class GateSpec(_Strict):
    """A pass/fail hurdle applied before scoring: an option that fails it is not ranked."""

    id: Id = key("unique id: lower-case letters, digits and _, starting with a letter", "external_delivery")
    name: Text = key("the gate as the report names it", "Operational delivery outside the council")
    description: str | None = optional("what passing the gate requires (shown in the report)")


class Scenario(_Strict):
    """A named set of weights; criteria it does not name keep their weight."""

    description: str | None = optional("what the scenario represents")
    weights: dict[str, Annotated[float, Field(ge=0, allow_inf_nan=False)]] = key(
        "criterion id: weight (>= 0) for the criteria this scenario re-weights", {"timescale": 40})


# A pairwise judgement: a number (3, or 0.2 for 1/5) or a fraction written as text ("1/5").
Ratio = Annotated[
    Annotated[Annotated[float, Field(gt=0, allow_inf_nan=False)], Tag("number")]
    | Annotated[Annotated[str, Field(pattern=r"^1/[1-9]$")], Tag("text")],
    Discriminator(_kind),
]
# A place in a ranking: an id, or a list of ids tied at that place.
Place = Annotated[
    Annotated[Id, Tag("text")] | Annotated[Annotated[list[Id], Field(min_length=1)], Tag("list")],
    Discriminator(_kind),
]
Method = Literal["direct", "swing", "rank", "pairwise", "macbeth"]
Formula = Literal["centroid", "rank_sum", "reciprocal"]
Swing = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]


class _Judgements(_Strict):
    """What weighs one level of the value tree (the whole appraisal, or one group)."""

    swings: dict[Id, Swing] = optional(
        "method swing: id: swing from 0 to 100, the largest worst-to-best swing 100, the others judged "
        "against it", {"procurement": 100, "timescale": 80})
    order: Annotated[list[Place], Field(min_length=1)] = optional(
        "method rank: the ids, most important first; a nested list is a tie", ["procurement", ["tax_vat", "risk"]])
    formula: Formula = optional(
        "method rank: centroid (rank-order centroid, the default), rank_sum or reciprocal", "centroid")
    comparisons: dict[Id, dict[Id, Ratio]] = optional(
        "method pairwise: each pair once, a: {b: 3} says a matters 3 times as much as b (Saaty's 1-9; "
        "a fraction as 1/3); pairs may be left out where the judged ones connect every item (Harker's method)",
        {"procurement": {"risk": 3, "tax_vat": "1/2"}})
    judges: dict[Text, dict[Id, dict[Id, Ratio]]] = optional(
        "method pairwise, judged by a group: each participant's name and their comparisons (as comparisons:, "
        "pairs may be left out); a pair's judgement is the geometric mean of those who judged it",
        {"Head of Finance": {"procurement": {"risk": 3}}, "Monitoring Officer": {"procurement": {"risk": 2}}})
    judgements: dict[Id, dict[Id, Difference]] = optional(
        "method macbeth: a: {b: category} says the swing of a is more attractive than the swing of b by none, "
        "very_weak, weak, moderate, strong, very_strong or extreme (or a range [weak, strong]); b may be "
        "no_swing (every criterion at its worst); pairs may be left out where the judged ones connect every "
        "item and no_swing", {"procurement": {"risk": "moderate", "no_swing": "very_strong"},
                              "risk": {"no_swing": ["strong", "very_strong"]}})


class GroupSpec(_Judgements):
    """A group of criteria (a node of the value tree), weighed against the other items of its parent."""

    name: Text = key("the group as the report names it", "Finance")
    description: str | None = optional("what the group covers")
    group: Id = optional("the group this group belongs to (a value tree of any depth); none: it is weighed at "
                         "the top level", "resources")
    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)] = optional(
        "the group's weight, when its parent's items are weighed by 'method: direct'", 60)
    method: Method = optional("how the criteria and groups within the group are weighed (default: the "
                              "weighting's method)", "rank")


class WeightingSpec(_Judgements):
    """How the weights were set, by whom and when."""

    method: Method = optional("direct (the weights as stated, the default), swing, rank, pairwise or macbeth", "swing",
                              default="direct")
    participants: list[Text] = optional("who agreed the weights", ["Director of children's services"], default=[])
    date: str | None = optional("when they were agreed (free text)", "2017-11-20")
    rationale: str | None = optional("why: the reasoning a reviewer can check")
    groups: dict[Id, GroupSpec] = optional("a value tree: group id: its name and judgements; "
                                           "criteria, and groups within groups, join with 'group:'",
                                           {"finance": {"name": "Finance", "order": ["procurement", "tax_vat"]}},
                                           default={})


WARNING_CODE = r"^W[0-9]{3}$"


class AcceptedWarning(_Strict):
    """A warning accepted on purpose, with the reason: validate shows it as accepted, not as a warning."""

    code: Annotated[str, Field(pattern=WARNING_CODE)] = key("the code of the warning accepted", "W212")
    file: Text = optional("a file of the appraisal, relative to criteria.yaml's folder: the code is accepted anywhere "
                          "in it", "panel/finance.yaml")
    option: Id = optional("an option: the code is accepted anywhere in its file (with criterion: only at its score "
                          "on that criterion)", "joint_venture")
    criterion: Id = optional("a criterion: the code is accepted at its entry in criteria.yaml (with option: at that "
                             "option's score on it)", "carbon")
    reason: Text = key("why the warning is accepted (the report's method section quotes it)",
                       "The local scale is deliberate: no published range fits.")
    by: Text = optional("who accepted it", "Head of Finance")
    date: str | None = optional("when it was accepted (free text)", "2026-03-01")


class CriteriaFile(_Strict):
    """criteria.yaml: the appraisal, its criteria and weights, gates and scenarios."""

    appraisal: AppraisalMeta = key("what is appraised: title, scale, baseline, shortlist rule")
    weighting: WeightingSpec = optional("how the weights were set, by whom and when: swing, rank or pairwise "
                                        "judgements, and an optional value tree of groups")
    criteria: Annotated[list[CriterionSpec], Field(min_length=1)] = key(
        "the criteria, at least one, each with an id, a name and (unless the weighting derives it) a weight")
    gates: list[GateSpec] = optional("pass/fail hurdles applied before scoring", default=[])
    scenarios: dict[Id, Scenario] = optional("named weight sets (score --scenario NAME)",
                                             {"deadline_driven": {"weights": {"timescale": 40}}}, default={})
    economics: EconomicsSpec = optional("the economic case: how costs and benefits become present values "
                                        "(Green Book discounting, optimism bias)")
    panel: PanelSettings = optional("settings for a scoring panel (panel/*.yaml): {aggregate, disagreement}",
                                    {"aggregate": "median", "disagreement": 2})
    accepted: list[AcceptedWarning] = optional(
        "warnings accepted on purpose, each naming a file, an option, a criterion or a score (option and "
        "criterion) and giving the reason: validate counts them apart and --strict passes them",
        [{"code": "W212", "criterion": "carbon", "reason": "The local scale is deliberate."}], default=[])


GateResult = Literal["pass", "fail", "conditional"]


class GateEntry(_Strict):
    """A gate result with its reasons."""

    result: GateResult = key("pass, fail or conditional (counts as passed, and is flagged)", "conditional")
    rationale: str | None = optional("why: required in review for fail and conditional", "needs legal advice")


class ScoreEntry(_Strict):
    """A score (or a measured value) with its reasons and, optionally, a range."""

    score: Number = optional("score criteria: the score on the appraisal's scale", 4)
    value: Number = optional("measure criteria: the value in the criterion's unit", 3.2)
    low: Number = optional("optional low end of a range (Monte Carlo sensitivity); low <= score <= high", 3)
    high: Number = optional("optional high end of a range (Monte Carlo sensitivity)", 5)
    rationale: str | None = optional("why this score: the reasoning a reviewer can check")
    evidence: list[str] = optional("the sources relied on", ["cabinet report, Dec 2017"], default=[])
    moderation: str | None = optional("with a scoring panel: how the moderation meeting agreed this score, "
                                      "and why", "Scores ran from 1 to 4; the meeting agreed 3 because ...")


def _shape(value: Any) -> str:
    return "entry" if isinstance(value, dict) else "short"


GateValue = Annotated[
    Annotated[GateResult, Tag("short")] | Annotated[GateEntry, Tag("entry")],
    Discriminator(_shape),
    Field(description="pass | fail | conditional, or {result, rationale}"),
]
ScoreValue = Annotated[
    Annotated[Number, Tag("short")] | Annotated[ScoreEntry, Tag("entry")],
    Discriminator(_shape),
    Field(description="a score (the short form), or {score | value, rationale, evidence, low, high}"),
]


class Origin(_Strict):
    """The long-list choices an option combines, one per dimension of the options framework."""

    scope: Id = optional("the scope choice (what) it is built on: a choice id in longlist.yaml",
                         "operational_delivery")
    solution: Id = optional("the solution choice (how)", "new_body")
    delivery: Id = optional("the delivery choice (who)", "wholly_owned_company")
    implementation: Id = optional("the implementation choice (when)", "dfe_timetable")
    funding: Id = optional("the funding choice", "council_contract")


Role = Literal["business_as_usual", "do_minimum", "preferred", "alternative"]


class OptionFile(_Strict):
    """options/<file>.yaml: one candidate option, its gate results and scores."""

    id: Id = key("unique id across the options folder (name the file after it)", "wholly_owned_company")
    name: Text = key("the option as the report names it", "Company wholly owned by the council")
    description: str | None = optional("what the option is (shown in the report)")
    role: Role = optional("its place on the Green Book shortlist: business_as_usual, do_minimum, preferred "
                          "(the preferred way forward) or alternative", "preferred")
    origin: Origin = optional("the long-list choices it combines, dimension: choice id (longlist.yaml)",
                              {"delivery": "wholly_owned_company"})
    gates: dict[str, GateValue] = optional("gate id: result, for every gate of criteria.yaml",
                                           {"external_delivery": "pass"}, default={})
    scores: dict[str, ScoreValue] = optional(
        "criterion id: score, for every criterion of criteria.yaml; an option that fails a gate may leave "
        "it out (sifted out: shown with its gate results, not scored)",
        {"procurement": 5, "tax_vat": {"score": 2, "rationale": "..."}}, default={})
    costs: CostsSpec = optional("this option's costs relative to business as usual: capital and operating lines")
    benefits: dict[Id, CashLineValue] = optional("monetised benefits, by name: each a cash line", default={})


# --- The economic case (costs beside the scores): criteria.yaml economics:, option costs:/benefits:

BiasCategory = Literal[
    "standard_buildings", "non_standard_buildings", "standard_civil_engineering",
    "non_standard_civil_engineering", "equipment_development", "outsourcing",
]
Percent = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Amounts = Annotated[
    dict[int | str, Number],
    Field(description="real amounts in the appraisal's unit: by year (2019: 1.5), or the same amount in "
                      f"each year of a range (2019..2028: 0.4), years {years.FIRST_YEAR} to {years.LAST_YEAR}",
          json_schema_extra={"propertyNames": {"pattern": years.YEAR_KEY}}),
]


class CashLineEntry(_Strict):
    """A cash line with its range: the profile by year, and the low and high ends of its total."""

    by_year: Amounts = key("the amounts by year (2019: 1.5) or by a range of years (2019..2028: 0.4), "
                           f"years {years.FIRST_YEAR} to {years.LAST_YEAR}")
    low: Number = optional("the line's total at its low end (the profile scales to it)")
    high: Number = optional("the line's total at its high end")
    description: str | None = optional("what the line is")


def _line_shape(value: Any) -> str:
    keys = {"by_year", "low", "high", "description"}
    return "entry" if isinstance(value, dict) and keys & set(value) else "short"


CashLineValue = Annotated[
    Annotated[Amounts, Tag("short")] | Annotated[CashLineEntry, Tag("entry")],
    Discriminator(_line_shape),
]


class OptimismBiasSpec(_Strict):
    """Optimism bias: a Green Book category (its upper bound), a mix of categories, or explicit %."""

    category: BiasCategory = optional("the supplementary guidance's project category")
    mix: dict[BiasCategory, Percent] = optional(
        "a project mixing categories: category -> share of capital cost (%), summing to 100")
    capital: Percent = optional("explicit uplift of capital costs, %")
    operating: Percent = optional("explicit uplift of operating costs, %")
    mitigation: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] = optional(
        "% of the upper bound removed by evidenced risk management", default=0.0)
    evidence: list[str] = optional("the sources for the category, the shares or the mitigation", default=[])
    rationale: str | None = optional("why this optimism bias")


class EconomicsSpec(_Strict):
    """criteria.yaml economics: how costs and benefits become present values."""

    base_year: Annotated[int, Field(ge=years.FIRST_YEAR, le=years.LAST_YEAR)] = key(
        f"year 0: the year discounted from ({years.FIRST_YEAR} to {years.LAST_YEAR})", 2018)
    price_base: str | None = optional("the real prices the amounts are in, e.g. '2017-18 prices'")
    unit: Text = optional("the unit of every amount", default="£m")
    discount: Literal["green_book", "green_book_health", "green_book_lower", "constant"] = Field(
        "green_book", description="the Green Book's declining schedule (standard, health, or the 2026 edition's "
                                  "lower-rate sensitivity test), or a constant rate"
    )
    rate: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] = optional(
        "discount: constant only: % a year")
    horizon: Annotated[int, Field(ge=1, le=1000)] = optional(
        "years appraised, the base year included (default: up to the last amount given)")
    optimism_bias: OptimismBiasSpec = optional("optimism bias applied to every option's costs")


class CostsSpec(_Strict):
    """An option's costs, relative to business as usual: capital and operating lines."""

    capital: CashLineValue = optional("capital costs: a cash line")
    operating: CashLineValue = optional("operating costs: a cash line")
    optimism_bias: OptimismBiasSpec = optional("this option's own, instead of the appraisal's")


# --- The scoring panel: criteria.yaml panel:, panel/<assessor>.yaml


class PanelSettings(_Strict):
    """criteria.yaml's panel: how a scoring panel's scores are combined and judged."""

    aggregate: Literal["median", "mean"] = optional(
        "the panel score used where an option file gives none (marked unmoderated)", "mean", default="median")
    disagreement: Annotated[float, Field(gt=0, allow_inf_nan=False)] = optional(
        "a range of panel scores at least this wide (points of the scale) is a disagreement", 2, default=2.0)


class Assessor(_Strict):
    """Who scored: one member of the scoring panel."""

    id: Id = key("unique id across the panel (name the file after it)", "finance")
    name: Text = key("the assessor's name, as the report shows it", "A. Finch")
    role: Text = key("their post, or the interest they represent", "Head of Finance")
    organisation: str | None = optional("their organisation, when not the appraising one")


class Conflict(_Strict):
    """A declared interest that bars the assessor from scoring one option."""

    option: str = key("the id of the option the assessor does not score", "leisure_trust")
    reason: Text = key("the interest declared", "Unpaid trustee of the candidate trust")


class PanelScoreEntry(_Strict):
    """An assessor's score with its reasons, a range, or an abstention, and any dissent after moderation."""

    score: Number = optional("the assessor's own score on the appraisal's scale", 3)
    low: Number = optional("optional low end of the assessor's range; low <= score <= high", 2)
    high: Number = optional("optional high end of the assessor's range", 4)
    rationale: str | None = optional("why this score")
    evidence: list[str] = optional("the sources relied on", default=[])
    abstain: Text = optional("instead of a score: why the assessor does not score this",
                             "Has not seen the market test report")
    dissent: Text = optional("after moderation: why the assessor does not accept the agreed score")


PanelScoreValue = Annotated[
    Annotated[Number, Tag("short")] | Annotated[PanelScoreEntry, Tag("entry")],
    Discriminator(_shape),
    Field(description="a score (the short form), or {score | abstain, rationale, evidence, low, high, dissent}"),
]


class PanelFile(_Strict):
    """panel/<assessor>.yaml: one assessor's independent scores, written before moderation."""

    assessor: Assessor = key("who scored: {id, name, role, organisation}")
    interests: str | None = optional("interests declared that do not bar scoring", "None declared")
    conflicts: list[Conflict] = optional("options the assessor does not score, each with the interest declared",
                                         default=[])
    scores: dict[str, dict[str, PanelScoreValue]] = key(
        "option id: {criterion id: score}, for every option not in conflicts and every 'score' criterion",
        {"in_house": {"service_quality": 3, "control": 5}})


CriteriaFile.model_rebuild()  # they name the classes above, defined after them
OptionFile.model_rebuild()


# --- longlist.yaml: spending objectives, critical success factors and the options framework

AssessResult = Literal["meets", "partly", "fails"]
StandardCSF = Literal["strategic_fit", "value_for_money", "supplier_capacity", "affordability", "achievability"]


class Objective(_Strict):
    """A SMART spending objective."""

    id: Id = key("unique id (among the objectives and CSFs)", "direction")
    text: Text = key("the objective: specific, measurable, achievable, realistic, time-bound",
                     "Move operational delivery out of the council by March 2018")


class SuccessFactor(_Strict):
    """A critical success factor of the scheme's own."""

    id: Id = key("unique id (among the objectives and CSFs)", "workforce")
    name: Text = key("the factor as the report names it", "Staff transfer")
    description: str | None = optional("what the factor asks of an option")


CSFValue = Annotated[
    Annotated[StandardCSF, Tag("short")] | Annotated[SuccessFactor, Tag("entry")],
    Discriminator(_shape),
    Field(description="a standard CSF by id (Green Book Box 18), or {id, name, description}"),
]


class ChoiceAssessmentEntry(_Strict):
    """An assessment with its reasons."""

    result: AssessResult = key("meets, partly or fails", "partly")
    rationale: str | None = optional("why", "Teckal award, but VAT leakage")


AssessValue = Annotated[
    Annotated[AssessResult, Tag("short")] | Annotated[ChoiceAssessmentEntry, Tag("entry")],
    Discriminator(_shape),
    Field(description="meets | partly | fails, or {result, rationale}"),
]


class ChoiceSpec(_Strict):
    """One choice in one dimension, assessed against the objectives and CSFs, with its status."""

    id: Id = key("unique id within its dimension (an option's origin names it)", "wholly_owned_company")
    name: Text = key("the choice as the report names it", "A company wholly owned by the council")
    description: str | None = optional("what the choice is")
    assessment: dict[str, AssessValue] = optional("objective or CSF id: meets | partly | fails",
                                                  {"direction": "meets"}, default={})
    status: Literal["preferred", "carried_forward", "discounted"] = key(
        "preferred (the preferred way forward), carried_forward or discounted", "carried_forward")
    reason: str | None = optional("why: required when discounted", "Named in the direction")


class Dimension(_Strict):
    """One dimension of the options framework and its choices."""

    description: str | None = optional("what the dimension decides")
    choices: Annotated[list[ChoiceSpec], Field(min_length=1)] = key("the choices, at least one")


class Framework(_Strict):
    """The options framework filter: the Green Book's five dimensions of choice."""

    scope: Dimension = optional("what: the scope choices")
    solution: Dimension = optional("how: the solution choices")
    delivery: Dimension = optional("who: the delivery choices")
    implementation: Dimension = optional("when: the implementation choices")
    funding: Dimension = optional("how it is paid for: the funding choices")


class LonglistFile(_Strict):
    """longlist.yaml: spending objectives, critical success factors and the options framework."""

    description: str | None = optional("how the long list was built and sifted (shown in the report)")
    objectives: Annotated[list[Objective], Field(min_length=1)] = key("the SMART spending objectives (up to six)")
    csfs: Annotated[list[CSFValue], Field(min_length=1)] = key(
        "the critical success factors: standard ones by id, and the scheme's own", ["strategic_fit"])
    framework: Framework = key("the options framework: choices by dimension")


# --- benefits.yaml: the benefits register; equality.yaml: the equality impact of each option

def _measured(value: Any) -> str:
    return "number" if isinstance(value, (int, float)) and not isinstance(value, bool) else "text"


Measured = Annotated[
    Annotated[Number, Tag("number")] | Annotated[Text, Tag("text")],
    Discriminator(_measured),
    Field(description="a number, or text (a figure with its unit, a state of affairs)"),
]


class BenefitSpec(_Strict):
    """One benefit: what it serves, what it justifies, and how it is measured."""

    id: Id = key("unique id among the benefits", "subsidy_saving")
    title: Text = key("the benefit as the report names it", "Lower net subsidy of the centres")
    objectives: list[Id] = optional("the spending objectives it serves: ids in longlist.yaml", ["cost"], default=[])
    csfs: list[Id] = optional("the critical success factors it serves: ids in longlist.yaml", ["value_for_money"],
                              default=[])
    criteria: list[Id] = optional("the criteria of criteria.yaml that it justifies", ["service_quality"], default=[])
    options: list[Id] = optional("the options it applies to (default: every option)", ["wholly_owned_company"])
    measure: str | None = optional("how it is measured: the indicator and its source",
                                   "Net subsidy in the council's outturn, £ a year")
    baseline: Measured = optional("where the measure stands now", 1200000)
    target: Measured = optional("where it should be by the date", 900000)
    date: str | None = optional("when the target is to be met (free text)", "March 2029")
    owner: str | None = optional("who answers for the benefit (a post, not a person, is best)",
                                 "Head of Leisure Services")
    cash_releasing: bool = key("true: it releases cash (a budget can be cut); false: it does not", True)
    value: Number = optional("its value in pounds (£), if monetised", 300000)
    notes: str | None = optional("anything else a reader should know")


class BenefitsFile(_Strict):
    """benefits.yaml: the benefits register."""

    description: str | None = optional("how the register was drawn up (shown in the report)")
    benefits: Annotated[list[BenefitSpec], Field(min_length=1)] = key("the benefits, at least one")


Impact = Literal["positive", "neutral", "negative", "unknown"]


class ImpactEntry(_Strict):
    """The likely impact on one protected characteristic, with the evidence and any mitigation."""

    impact: Impact = key("positive, neutral, negative or unknown", "negative")
    evidence: str | None = optional("what the judgement rests on", "Users' survey 2025: 38% over 65")
    mitigation: str | None = optional("what would reduce a negative impact, or find out an unknown one",
                                      "Keep the over-65 concession in the contract")


ImpactValue = Annotated[
    Annotated[Impact, Tag("short")] | Annotated[ImpactEntry, Tag("entry")],
    Discriminator(_shape),
    Field(description="positive | neutral | negative | unknown, or {impact, evidence, mitigation}"),
]


class DistributionSpec(_Strict):
    """Who gains or loses: values by income quintile (q1 the lowest income) or by place."""

    by: Literal["income_quintile", "place"] = key("income_quintile (keys q1 to q5, q1 the lowest) or place",
                                                  "income_quintile")
    measure: Text = key("what the values are", "Change in concessionary visits a year")
    unit: str | None = optional("the unit of the values", "visits")
    values: Annotated[dict[str, Number], Field(min_length=1)] = key(
        "the value for each quintile (q1 to q5) or each place", {"q1": 1200, "q2": 800, "q5": -200})
    source: str | None = optional("where the figures come from")


class OptionEquality(_Strict):
    """One option's equality impact: the nine protected characteristics of the Equality Act 2010, s.4."""

    age: ImpactValue = optional("age")
    disability: ImpactValue = optional("disability")
    gender_reassignment: ImpactValue = optional("gender reassignment")
    marriage_and_civil_partnership: ImpactValue = optional("marriage and civil partnership")
    pregnancy_and_maternity: ImpactValue = optional("pregnancy and maternity")
    race: ImpactValue = optional("race")
    religion_or_belief: ImpactValue = optional("religion or belief")
    sex: ImpactValue = optional("sex")
    sexual_orientation: ImpactValue = optional("sexual orientation")
    summary: str | None = optional("the overall judgement for this option")
    distribution: DistributionSpec = optional("an optional distributional breakdown, by income quintile or place")


class EqualityFile(_Strict):
    """equality.yaml: the equality impact of each option (Public Sector Equality Duty, Equality Act 2010 s.149)."""

    description: str | None = optional("how the assessment was made, by whom and when (shown in the report)")
    options: Annotated[dict[Id, OptionEquality], Field(min_length=1)] = key(
        "option id: the impact on each protected characteristic",
        {"leisure_trust": {"age": {"impact": "negative", "mitigation": "Keep the concession"}, "race": "neutral"}})
# --- paper.yaml: the committee paper's and the business case's text (what the files cannot give)


class Exemption(_Strict):
    """Why a part is exempt information: the paragraph of Part 1 of Schedule 12A to the Local Government Act 1972."""

    paragraph: Annotated[int, Field(ge=1, le=7)] = key(
        "the paragraph of Part 1 of Schedule 12A, 1-7 (3: financial or business affairs)", 3)
    reason: Text = key("why the public interest in withholding it outweighs the public interest in disclosing it",
                       "The bidders' prices are commercially sensitive until the contract is signed")


class PaperText(_Strict):
    """A section's text with its exemption: the part goes into the exempt appendix, never the public paper."""

    text: Text = key("the section's text (blank lines separate paragraphs)")
    exempt: Exemption = optional("exempt information: the section goes into the separate exempt appendix",
                                 {"paragraph": 3, "reason": "Commercially sensitive until the contract is signed"})


SectionValue = Annotated[
    Annotated[Text, Tag("short")] | Annotated[PaperText, Tag("entry")],
    Discriminator(_shape),
    Field(description="the text (the short form), or {text, exempt: {paragraph, reason}}"),
]


def _section(description: str) -> Any:
    return optional(description + ": text, or {text, exempt}")


class BusinessCaseText(_Strict):
    """The outline business case's text, by the Green Book's five-case headings (what the files cannot give)."""

    strategic_context: SectionValue = _section("strategic case: the strategic context (default: the appraisal's "
                                               "description)")
    spending_objectives: SectionValue = _section("strategic case: text before the spending objectives (from "
                                                 "longlist.yaml)")
    existing_arrangements: SectionValue = _section("strategic case: existing arrangements (default: the "
                                                   "baseline option's description)")
    business_needs: SectionValue = _section("strategic case: business needs, current and future")
    scope: SectionValue = _section("strategic case: potential scope and key service requirements")
    benefits: SectionValue = _section("strategic case: main benefits")
    risks: SectionValue = _section("strategic case: main risks")
    constraints: SectionValue = _section("strategic case: constraints and dependencies")
    csfs: SectionValue = _section("economic case: text before the critical success factors (from longlist.yaml)")
    long_list: SectionValue = _section("economic case: text before the long list and its sift")
    short_list: SectionValue = _section("economic case: text before the short list and its scores")
    economic_appraisal: SectionValue = _section("economic case: text before the net present social values")
    sensitivity: SectionValue = _section("economic case: text before the sensitivity results")
    preferred_option: SectionValue = _section("economic case: text before the preferred option")
    procurement_strategy: SectionValue = _section("commercial case: procurement strategy")
    service_requirements: SectionValue = _section("commercial case: service requirements and outputs")
    risk_allocation: SectionValue = _section("commercial case: risk allocation and transfer")
    payment_mechanisms: SectionValue = _section("commercial case: payment mechanisms")
    contractual_arrangements: SectionValue = _section("commercial case: contractual arrangements")
    personnel: SectionValue = _section("commercial case: personnel implications (including TUPE)")
    accountancy: SectionValue = _section("commercial case: accountancy treatment")
    costs: SectionValue = _section("financial case: text before the capital and revenue requirements")
    balance_sheet: SectionValue = _section("financial case: impact on the balance sheet and the income and "
                                           "expenditure account")
    affordability: SectionValue = _section("financial case: overall affordability and funding")
    governance: SectionValue = _section("management case: programme and project management arrangements")
    advisers: SectionValue = _section("management case: use of specialist advisers")
    change_management: SectionValue = _section("management case: change and contract management")
    benefits_realisation: SectionValue = _section("management case: benefits realisation")
    risk_management: SectionValue = _section("management case: risk management")
    evaluation: SectionValue = _section("management case: post-project evaluation")
    contingency: SectionValue = _section("management case: contingency plans")


class PaperFile(_Strict):
    """paper.yaml: the committee paper's front sheet and text, and the business case's (all keys optional)."""

    decision_maker: Text = optional("who decides: the committee, cabinet or officer", "Cabinet")
    meeting_date: Text = optional("the date of the meeting or decision (free text)", "14 April 2026")
    author: Text = optional("the report author, with role and contact", "J. Smith, Head of Leisure")
    key_decision: bool = optional("whether it is a key decision", True)
    forward_plan: Text = optional("the forward plan reference (a key decision needs one)", "FP/2026/014")
    wards: Annotated[list[Text], Field(min_length=1)] = optional("the wards affected", ["All wards"])
    recommendations: Annotated[list[Text], Field(min_length=1)] = optional(
        "what the decision-maker is asked to resolve, in order", ["Approve the wholly owned company"])
    background: SectionValue = _section("background (default: the appraisal's description)")
    options: SectionValue = _section("text before the options considered and rejected (from the long list, "
                                     "the sift and the ranking)")
    preferred: SectionValue = _section("text before the preferred option (from the ranking)")
    financial: SectionValue = _section("text before the financial implications (from the economic case)")
    legal: SectionValue = _section("legal implications")
    equality: SectionValue = _section("equality implications")
    risk: SectionValue = _section("risk implications")
    consultation: SectionValue = _section("consultation")
    background_papers: Annotated[list[Text], Field(min_length=1)] = optional(
        "the background papers relied on (title, date, where to see them)")
    business_case: BusinessCaseText = optional("the outline business case's text, by five-case heading")
# --- risks.yaml: the risk register

Probability = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
RiskStatus = Literal["open", "closed", "occurred"]


def _scope(value: Any) -> str:
    return "all" if isinstance(value, str) else "list" if isinstance(value, list) else "other"


RiskOptions = Annotated[
    Annotated[Literal["all"], Tag("all")] | Annotated[Annotated[list[Id], Field(min_length=1)], Tag("list")],
    Discriminator(_scope),
    Field(description="the ids of the options the risk applies to, or 'all'"),
]


class ResidualRisk(_Strict):
    """What is left of a risk once its mitigation is in place; keys left out keep the risk's own."""

    probability: Probability = optional("the probability (0-1) after mitigation", 0.1)
    cost: Amounts = optional("the cost if it occurs after mitigation: real amounts by year, in the "
                             "economics unit", {"2019": 0.5})
    criteria: dict[str, Number] = optional("criterion id: score change if it occurs after mitigation",
                                           {"workforce": -0.5})


class RiskSpec(_Strict):
    """One risk: its cause and effect, how likely and how costly, who owns it and what is done about it."""

    id: Id = key("unique id across the register", "tupe_claims")
    title: Text = key("the risk in a few words, as the report names it",
                      "Employment tribunal claims after the TUPE transfer")
    category: Id = optional("a category to group risks by (free id: workforce, legal, financial, ...)",
                            "workforce")
    cause: str | None = optional("what would make it happen", "staff contest the transfer terms")
    effect: str | None = optional("what happens if it does", "legal costs and settlements")
    options: RiskOptions = key("the ids of the options it applies to, or 'all'", ["wholly_owned_company"])
    probability: Probability = key("the probability (0-1) that it occurs, before mitigation", 0.3)
    cost: Amounts = optional("the cost if it occurs: real amounts by year (2019: 1.5), in the economics unit, "
                             "discounted as the options' costs are", {"2019": 1.5})
    criteria: dict[str, Number] = optional(
        "criterion id: the change of the option's score (score criteria, on the scale) or value (measures, "
        "in the unit) if it occurs", {"workforce": -1})
    owner: str | None = optional("who owns the risk (a post)", "Director of HR")
    mitigation: str | None = optional("what is done to reduce it", "early consultation with the unions")
    residual: ResidualRisk = optional("probability and impact after the mitigation")
    status: RiskStatus = optional("open (counted), closed (no longer counted) or occurred (counted as certain)",
                                  "open", default="open")


class RiskMatrix(_Strict):
    """How the probability x impact matrix bands the impact of a risk."""

    impact: Annotated[list[Annotated[float, Field(gt=0, allow_inf_nan=False)]],
                      Field(min_length=4, max_length=4)] = optional(
        "four rising cut-points (present value, in the economics unit) between the five impact bands; "
        "default [0.1, 0.5, 1, 2]", [0.1, 0.5, 1, 2])


class RisksFile(_Strict):
    """risks.yaml: the risk register of the appraisal's options."""

    description: str | None = optional("how the register was drawn up (shown in the report)")
    matrix: RiskMatrix = optional("the impact bands of the probability x impact matrix")
    risks: Annotated[list[RiskSpec], Field(min_length=1)] = key("the risks, each with the options it applies to")


SCHEMAS: dict[str, type[_Strict]] = {
    "criteria": CriteriaFile, "option": OptionFile, "panel": PanelFile, "longlist": LonglistFile,
    "risks": RisksFile, "benefits": BenefitsFile, "equality": EqualityFile,
    "paper": PaperFile,
}


SCHEMA_ID = "urn:adm-appraise:schema:{kind}:v1"
EXAMPLES: dict[str, dict[str, Any]] = {
    "criteria": {
        "appraisal": {"title": "Children's social care — alternative delivery models",
                      "scale": {"min": 0, "max": 5}, "baseline": "business_as_usual", "shortlist": {"top": 2}},
        "criteria": [{"id": "procurement", "name": "Procurement implications", "weight": 25},
                     {"id": "set_up_cost", "name": "One-off set-up cost", "weight": 10, "type": "measure",
                      "unit": "£m", "direction": "lower", "range": [8, 0]}],
        "gates": [{"id": "external_delivery", "name": "Operational delivery outside the council"}],
    },
    "option": {
        "id": "wholly_owned_company", "name": "Company wholly owned by the council",
        "gates": {"external_delivery": "pass"},
        "scores": {"procurement": {"score": 5, "rationale": "Teckal: a direct award"}, "set_up_cost": 3.2},
    },
    "panel": {
        "assessor": {"id": "staff_side", "name": "D. Shaw", "role": "Staff-side representative"},
        "conflicts": [{"option": "leisure_trust", "reason": "Unpaid trustee of the candidate trust"}],
        "scores": {"in_house": {"service_quality": 4, "control": 5},
                   "private_operator": {"service_quality": {"score": 1, "dissent": "Does not accept the agreed 3"},
                                        "control": {"abstain": "Has not seen the contract terms"}}},
    },
    "longlist": {
        "objectives": [{"id": "direction", "text": "Move operational delivery out of the council by March 2018"}],
        "csfs": ["strategic_fit", "value_for_money"],
        "framework": {"delivery": {"choices": [
            {"id": "wholly_owned_company", "name": "A company wholly owned by the council",
             "assessment": {"direction": "meets", "value_for_money": {"result": "partly", "rationale": "VAT"}},
             "status": "preferred", "reason": "Can be set up within the deadline"}]}},
    },
    "benefits": {
        "benefits": [{"id": "subsidy_saving", "title": "Lower net subsidy of the centres", "objectives": ["cost"],
                      "csfs": ["value_for_money"], "criteria": ["value_for_money"],
                      "options": ["wholly_owned_company"], "measure": "Net subsidy in the outturn, £ a year",
                      "baseline": 1200000, "target": 900000, "date": "March 2029",
                      "owner": "Head of Leisure Services", "cash_releasing": True, "value": 300000}],
    },
    "equality": {
        "options": {"wholly_owned_company": {
            "age": {"impact": "positive", "evidence": "Over-65 concession kept and widened"},
            "disability": "neutral", "gender_reassignment": "neutral", "marriage_and_civil_partnership": "neutral",
            "pregnancy_and_maternity": "unknown", "race": "neutral", "religion_or_belief": "neutral",
            "sex": {"impact": "negative", "evidence": "Women-only swims cut",
                    "mitigation": "Keep two sessions a week in the contract"},
            "sexual_orientation": "neutral",
            "distribution": {"by": "income_quintile", "measure": "Change in visits a year",
                             "values": {"q1": 1200, "q2": 800, "q3": 300, "q4": -100, "q5": -200}}}},
    },
    "paper": {
        "decision_maker": "Cabinet", "meeting_date": "14 April 2026", "author": "J. Smith, Head of Leisure",
        "key_decision": True, "forward_plan": "FP/2026/014", "wards": ["All wards"],
        "recommendations": ["Approve the transfer of the leisure centres to a company wholly owned by the council"],
        "legal": "The council may set up a company under the Localism Act 2011, section 1.",
        "financial": {"text": "The bidders' prices and the council's reserve price.",
                      "exempt": {"paragraph": 3, "reason": "Commercially sensitive until the contract is signed"}},
        "business_case": {"procurement_strategy": "A direct award to the company (Teckal)."},
    },
    "risks": {
        "risks": [{"id": "tupe_claims", "title": "Employment tribunal claims after the TUPE transfer",
                   "category": "workforce", "cause": "staff contest the transfer terms",
                   "effect": "legal costs and settlements", "options": ["wholly_owned_company"],
                   "probability": 0.3, "cost": {"2019": 1.5}, "criteria": {"workforce": -1},
                   "owner": "Director of HR", "mitigation": "early consultation with the unions",
                   "residual": {"probability": 0.1}, "status": "open"}],
    },
}


def json_schema(kind: str) -> dict[str, Any]:
    """The draft 2020-12 JSON Schema of one kind of file (a key of SCHEMAS: 'criteria', 'option', ...).

    Every property has a description (from the models above, as the documentation's file reference);
    an optional key has no ``default: null``.
    """
    schema = _drop_null_defaults(SCHEMAS[kind].model_json_schema(schema_generator=_Generator))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID.format(kind=kind),
            **schema, "examples": [EXAMPLES[kind]]}


def reference(kind: str) -> str:
    """The file reference as a Markdown table: every key, its type, whether required, and the
    same description the JSON Schema carries (the documentation's file reference is this output)."""
    rows = ["| key | type | required | description |", "|---|---|---|---|"]
    for path, field in _fields(SCHEMAS[kind], ""):
        described = (field.description or "").replace("|", "\\|")
        rows.append(f"| `{path}` | {_type_label(field.annotation)} | {'yes' if field.is_required() else 'no'} "
                    f"| {described} |")
    return "\n".join(rows) + "\n"


def _fields(model: type[BaseModel], prefix: str) -> list[tuple[str, Any]]:
    found = []
    for name, field in model.model_fields.items():
        path = f"{prefix}{name}"
        found.append((path, field))
        for inner, suffix in _nested(field.annotation):
            found += _fields(inner, f"{path}{suffix}.")
    return found


def _nested(tp: Any, suffix: str = "") -> list[tuple[type[BaseModel], str]]:
    """The models inside a field's type, with the path step to reach them ('[]', '.ID')."""
    found = []
    for member in _members(tp):
        origin = typing.get_origin(member)
        if isinstance(member, type) and issubclass(member, BaseModel):
            found.append((member, suffix))
        elif origin is list:
            found += _nested(typing.get_args(member)[0], suffix + "[]")
        elif origin is dict:
            found += _nested(typing.get_args(member)[1], suffix + ".ID")
    return found


def _type_label(tp: Any) -> str:
    labels = []
    for member in _members(tp):
        origin = typing.get_origin(member)
        if member is type(None):
            continue
        if origin is Literal:
            labels.append(" \\| ".join(f"`{a}`" for a in typing.get_args(member)))
        elif origin is list:
            labels.append(f"list of {_type_label(typing.get_args(member)[0])}")
        elif origin is dict or (isinstance(member, type) and issubclass(member, BaseModel)):
            labels.append("mapping")
        else:
            labels.append({float: "number", int: "whole number", str: "text", bool: "true or false"}
                          .get(member, str(member)))
    return " or ".join(dict.fromkeys(labels))


class _Generator(GenerateJsonSchema):
    """pydantic's JSON Schema, written the same by every pydantic this package accepts (2.6 on).

    Before 2.9 or so pydantic dropped a mapping's key constraints (``propertyNames``: the
    allowed keys, an id's length), wrapped a ``$ref`` with a description in ``allOf`` and wrote
    a float's bounds as ``0.0``, and a one-value Literal as a bare ``const`` (no ``type``); the
    newer form is written by all.
    """

    def literal_schema(self, schema: core_schema.LiteralSchema) -> JsonSchemaValue:
        json_schema = super().literal_schema(schema)
        if "const" in json_schema and "type" not in json_schema:
            kind = {str: "string", bool: "boolean", int: "integer", float: "number"}.get(type(json_schema["const"]))
            if kind is not None:
                json_schema["type"] = kind
        return json_schema

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        json_schema = super().dict_schema(schema)
        if "propertyNames" in json_schema or "keys_schema" not in schema:
            return json_schema
        keys = dict(self.generate_inner(schema["keys_schema"]))
        if "$ref" not in keys:
            keys.pop("pattern", None)  # already the patternProperties
            keys.pop("title", None)
        if (keys.get("type") == "string" and len(keys) > 1) or "$ref" in keys:
            keys.pop("type", None)
            json_schema["propertyNames"] = keys
        return json_schema


_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")


def _drop_null_defaults(node: Any) -> Any:
    """No ``default: null``; for older pydantic also a lone ``allOf: [$ref]`` as the ``$ref``, 0.0 bounds as 0."""
    if isinstance(node, dict):
        wrapped = node.get("allOf")
        if isinstance(wrapped, list) and len(wrapped) == 1 and set(wrapped[0]) == {"$ref"} and "$ref" not in node:
            node = {"$ref": wrapped[0]["$ref"], **{k: v for k, v in node.items() if k != "allOf"}}
        return {k: int(v) if k in _BOUNDS and isinstance(v, float) and v.is_integer() else _drop_null_defaults(v)
                for k, v in node.items() if not (k == "default" and v is None)}
    if isinstance(node, list):
        return [_drop_null_defaults(v) for v in node]
    return node


def parse(model: type[_Strict], doc: Document) -> tuple[Any, list[Problem]]:
    """Validate ``doc`` against ``model``; return the model (or None) and the problems."""
    if doc.data is None:
        return None, [Problem(doc.where(()), "E111", "the file is empty")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        return None, [_problem(model, doc, err) for err in exc.errors()]


def _problem(model: type[BaseModel], doc: Document, err: ErrorDetails) -> Problem:
    path = _data_path(doc.data, err["loc"])
    label = _label(path)
    kind = err["type"]
    value = err.get("input")
    # The file as a whole is named by its kind, never quoted: a symbolic link may point at another file
    describe = _describe if path else _kind_of
    if kind == "missing":
        return Problem(doc.where(path), "E111", f"missing required key '{path[-1]}'")
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, err["loc"][:-1])
        msg = f"unknown key '{path[-1]}'{did_you_mean(str(path[-1]), allowed)}"
        return Problem(doc.where(path, key=True), "E110", msg)
    where = doc.where(path)
    if kind in {"float_type", "int_type", "string_type", "dict_type", "model_type", "list_type",
                "model_attributes_type", "int_from_float", "bool_type"}:
        expected = {"float_type": "a number", "int_type": "a whole number", "int_from_float": "a whole number",
                    "string_type": "text", "list_type": "a list", "bool_type": "true or false"}.get(kind, "a mapping")
        msg = f"{label} must be {expected}, not {describe(value)}"
        if value is None:
            msg = f"{label} is empty: give {expected}" + (" or remove the key" if _optional(model, err["loc"]) else "")
        elif isinstance(value, str) and "number" in expected and (hint := number_hint(value)):
            msg += f" ({hint})"
        elif isinstance(value, str) and YAML11_NUMBER.match(value) and "number" in expected:
            msg += " (YAML 1.1 octal, hex and sexagesimal forms are not numbers here)"
        elif isinstance(value, str) and value.lower() in {"yes", "no", "on", "off", "y", "n"}:
            msg += f" ('{value}' is text here, not a boolean)"
        return Problem(where, "E112", msg)
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return Problem(where, "E113", f"{label}: {describe(value)} is not allowed; use {expected}")
    if kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == WARNING_CODE:
        return Problem(where, "E113", f"{label} {describe(value)} is not a warning's code (W and three digits): "
                                      "errors cannot be accepted")
    if kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") != ID_PATTERN:
        return Problem(where, "E113", f"{label} {describe(value)} is not a judgement: use a number from 1 to 9, "
                                      "or a fraction from 1/2 to 1/9")
    if kind == "string_pattern_mismatch":
        msg = (f"{label} {describe(value)} is not a valid id: use lower-case letters, digits and '_', "
               "starting with a letter")
        return Problem(where, "E113", msg)
    if kind == "union_tag_invalid":  # a ranking place or a judgement of the wrong kind
        kinds = {"'text', 'list'": "an id, or a list of tied ids", "'all', 'list'": "'all', or a list of option ids",
                 "'number', 'text'": "a number from 1 to 9, or a fraction from 1/2 to 1/9"}
        wanted = kinds.get(str(err.get("ctx", {}).get("expected_tags")), "a value of another kind")
        return Problem(where, "E112", f"{label} must be {wanted}, not {describe(value)}")
    if kind == "finite_number":
        return Problem(where, "E105", f"{label} must be a finite number")
    text = err["msg"]
    return Problem(where, "E113", f"{label} {describe(value)}: {text[0].lower()}{text[1:]}")


_PERCENT = re.compile(r"\s*([-+]?[0-9]+(?:\.[0-9]+)?)\s*%\s*\Z")
_THOUSANDS = re.compile(r"\s*([-+]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?)\s*\Z")


def number_hint(text: str) -> str | None:
    """What to write instead of a number as people write it: '30%' -> 30, '1,640' -> 1640."""
    if match := _PERCENT.match(text):
        return f"write {match[1]}, without %"
    if match := _THOUSANDS.match(text):
        return f"write {match[1].replace(',', '')}, without thousands separators"
    return None


def _optional(model: type[BaseModel], loc: tuple[int | str, ...]) -> bool:
    """Whether the key at ``loc`` may be left out (it has a default)."""
    if not loc or not isinstance(loc[-1], str):
        return False
    parent = _step_to(model, loc[:-1])
    for member in _members(parent):
        if isinstance(member, type) and issubclass(member, BaseModel) and loc[-1] in member.model_fields:
            return not member.model_fields[loc[-1]].is_required()
    return False


def _step_to(model: Any, loc: tuple[int | str, ...]) -> Any:
    tp = model
    for part in loc:
        tp = _step(tp, part)
    return tp


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 40 else f"'{value[:37]}...'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _kind_of(value: Any) -> str:
    """What a value is, without its content."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "a boolean"
    return "a number" if isinstance(value, (int, float)) else _describe(value)


def _label(path: tuple[Any, ...]) -> str:
    parts = [str(p) if isinstance(p, str) else f"[{p}]" for p in path]
    return ".".join(parts).replace(".[", "[") or "the file"


def _data_path(data: Any, loc: tuple[int | str, ...]) -> tuple[Any, ...]:
    """The path in the data that a pydantic ``loc`` names, dropping union tags."""
    path: list[Any] = []
    for i, part in enumerate(loc):
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        elif isinstance(data, dict) and i == len(loc) - 1:
            data = None  # a missing or unknown key
        else:
            continue  # a union member's tag, not a key of the data
        path.append(part)
    return tuple(path)


def _allowed_keys(model: Any, loc: tuple[int | str, ...]) -> list[str]:
    """The keys the model defines at ``loc`` (for 'did you mean')."""
    tp = model
    for part in loc:
        tp = _step(tp, part)
    models = [t for t in _members(tp) if isinstance(t, type) and issubclass(t, BaseModel)]
    return list(models[0].model_fields) if models else []


def _members(tp: Any) -> list[Any]:
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _members(typing.get_args(tp)[0])
    if origin is Union or type(tp).__name__ == "UnionType":
        return [m for arg in typing.get_args(tp) for m in _members(arg)]
    return [tp]


def _step(tp: Any, part: int | str) -> Any:
    for member in _members(tp):
        if isinstance(member, type) and issubclass(member, BaseModel) and part in member.model_fields:
            return member.model_fields[part].annotation
        origin = typing.get_origin(member)
        if origin is dict:
            return typing.get_args(member)[1]
        if origin is list and isinstance(part, int):
            return typing.get_args(member)[0]
    return tp  # a union tag: stay on the union


# --- The fast path's schema: the same models, for the validators generated in files/validators.py

_NOT_RULES = ("title", "description", "examples")


class _FastGenerator(_Generator):
    """The JSON Schema with every mapping's key type spelt out, as the strict models check it.

    JSON knows only text keys, so the published schema leaves out a key's type (an id's pattern
    apart); YAML's keys may be numbers, booleans or empty, which the models reject where they
    want text (and levels: wants whole numbers), so the fast path's schema says so.
    """

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        json_schema = super().dict_schema(schema)
        keys = dict(self.generate_inner(schema["keys_schema"])) if "keys_schema" in schema else {}
        keys.pop("title", None)
        # beside any propertyNames of the published schema (a field's json_schema_extra replaces those)
        json_schema["allOf"] = [{"propertyNames": keys}]
        return json_schema


def fast_schema(kind: str) -> dict[str, Any]:
    """The schema that files/validators.py is generated from: the models' JSON Schema (with the
    key types), draft 7 for the generator, without the words (titles, descriptions, examples)."""
    schema = _drop_null_defaults(SCHEMAS[kind].model_json_schema(schema_generator=_FastGenerator))
    return {"$schema": "http://json-schema.org/draft-07/schema#", **_rules(schema)}


def _rules(node: Any) -> Any:
    if isinstance(node, dict) and "const" in node:  # a one-value Literal: the generator fails on const
        node = {("enum" if k == "const" else k): ([v] if k == "const" else v) for k, v in node.items()}
    if isinstance(node, dict):
        names = {"properties", "patternProperties", "$defs"}  # their keys are names, not keywords
        data = {"default", "enum", "const"}  # values, kept as they are
        return {k: {n: _rules(s) for n, s in v.items()} if k in names else v if k in data else _rules(v)
                for k, v in node.items() if k not in _NOT_RULES}
    if isinstance(node, list):
        return [_rules(v) for v in node]
    return node
