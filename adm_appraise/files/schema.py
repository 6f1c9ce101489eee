"""The file schema: pydantic models of criteria.yaml and of an option file.

The same models check the files and generate their JSON Schema (``adm-appraise schema``),
so the two cannot drift apart. Structural errors are mapped back to the line and column of
the offending value, with a plain-English message and a "did you mean" for unknown keys.
"""

from __future__ import annotations

import typing
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError
from pydantic_core import ErrorDetails

from adm_appraise.files.yamlfile import YAML11_NUMBER, Document
from adm_appraise.problems import Problem, did_you_mean

ID_PATTERN = r"^[a-z][a-z0-9_]*$"

Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
Text = Annotated[str, Field(min_length=1)]
Number = Annotated[float, Field(allow_inf_nan=False)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Scale(_Strict):
    """The scale of 'score' criteria, e.g. 0 to 5."""

    min: Number
    max: Number


class Shortlist(_Strict):
    """Which eligible options go forward; rules given together must all be met."""

    top: Annotated[int, Field(ge=1)] | None = Field(None, description="the N best-ranked")
    min_score: Annotated[float, Field(ge=0, le=100)] | None = Field(
        None, description="overall score (0-100) at least this"
    )
    within: Annotated[float, Field(ge=0, le=100)] | None = Field(
        None, description="at most this many points below the leader"
    )


class AppraisalMeta(_Strict):
    title: Text
    organisation: str | None = None
    date: str | None = None
    description: str | None = None
    scale: Scale
    baseline: Id | None = Field(None, description="id of the business-as-usual option")
    shortlist: Shortlist = Shortlist(top=2, min_score=None, within=None)


class CriterionSpec(_Strict):
    id: Id
    name: Text
    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    description: str | None = None
    type: Literal["score", "measure"] = "score"
    unit: str | None = Field(None, description="measure criteria only: the natural unit")
    direction: Literal["lower", "higher"] | None = Field(
        None, description="measure criteria only: which way is better"
    )
    range: Annotated[list[Number], Field(min_length=2, max_length=2)] | None = Field(
        None, description="measure criteria only: [worst, best], a global scale"
    )
    levels: dict[int, str] | None = Field(None, description="what each score on the scale means")


class GateSpec(_Strict):
    id: Id
    name: Text
    description: str | None = None


class Scenario(_Strict):
    description: str | None = None
    weights: dict[str, Annotated[float, Field(ge=0, allow_inf_nan=False)]]


class CriteriaFile(_Strict):
    """criteria.yaml: the appraisal, its criteria and weights, gates and scenarios."""

    appraisal: AppraisalMeta
    criteria: Annotated[list[CriterionSpec], Field(min_length=1)]
    gates: list[GateSpec] = []
    scenarios: dict[Id, Scenario] = {}
    economics: EconomicsSpec | None = None


GateResult = Literal["pass", "fail", "conditional"]


class GateEntry(_Strict):
    result: GateResult
    rationale: str | None = None


class ScoreEntry(_Strict):
    score: Number | None = Field(None, description="score criteria: the score on the scale")
    value: Number | None = Field(None, description="measure criteria: the value in the unit")
    low: Number | None = Field(None, description="optional low end of a range (sensitivity)")
    high: Number | None = Field(None, description="optional high end of a range (sensitivity)")
    rationale: str | None = None
    evidence: list[str] = []


def _shape(value: Any) -> str:
    return "entry" if isinstance(value, dict) else "short"


GateValue = Annotated[
    Annotated[GateResult, Tag("short")] | Annotated[GateEntry, Tag("entry")],
    Discriminator(_shape),
]
ScoreValue = Annotated[
    Annotated[Number, Tag("short")] | Annotated[ScoreEntry, Tag("entry")],
    Discriminator(_shape),
]


class OptionFile(_Strict):
    """options/<file>.yaml: one candidate option, its gate results and scores."""

    id: Id
    name: Text
    description: str | None = None
    gates: dict[str, GateValue] = {}
    scores: dict[str, ScoreValue]
    costs: CostsSpec | None = None
    benefits: dict[Id, CashLineValue] = {}


# --- The economic case (costs beside the scores): criteria.yaml economics:, option costs:/benefits:

YEAR_KEY = r"^[0-9]{4}(\.\.[0-9]{4})?$"
BiasCategory = Literal[
    "standard_buildings", "non_standard_buildings", "standard_civil_engineering",
    "non_standard_civil_engineering", "equipment_development", "outsourcing",
]
Percent = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Amounts = Annotated[
    dict[int | str, Number],
    Field(description="real amounts in the appraisal's unit: by year (2019: 1.5), or the same amount in "
                      "each year of a range (2019..2028: 0.4)",
          json_schema_extra={"propertyNames": {"pattern": YEAR_KEY}}),
]


class CashLineEntry(_Strict):
    """A cash line with its range: the profile by year, and the low and high ends of its total."""

    by_year: Amounts
    low: Number | None = Field(None, description="the line's total at its low end (the profile scales to it)")
    high: Number | None = Field(None, description="the line's total at its high end")
    description: str | None = None


def _line_shape(value: Any) -> str:
    keys = {"by_year", "low", "high", "description"}
    return "entry" if isinstance(value, dict) and keys & set(value) else "short"


CashLineValue = Annotated[
    Annotated[Amounts, Tag("short")] | Annotated[CashLineEntry, Tag("entry")],
    Discriminator(_line_shape),
]


class OptimismBiasSpec(_Strict):
    """Optimism bias: a Green Book category (its upper bound), a mix of categories, or explicit %."""

    category: BiasCategory | None = Field(None, description="the supplementary guidance's project category")
    mix: dict[BiasCategory, Percent] | None = Field(
        None, description="a project mixing categories: category -> share of capital cost (%), summing to 100"
    )
    capital: Percent | None = Field(None, description="explicit uplift of capital costs, %")
    operating: Percent | None = Field(None, description="explicit uplift of operating costs, %")
    mitigation: Annotated[float, Field(ge=0, le=100)] = Field(
        0.0, description="% of the upper bound removed by evidenced risk management"
    )
    evidence: list[str] = []
    rationale: str | None = None


class EconomicsSpec(_Strict):
    """criteria.yaml economics: how costs and benefits become present values."""

    base_year: Annotated[int, Field(ge=1900, le=2200)] = Field(description="year 0: the year discounted from")
    price_base: str | None = Field(None, description="the real prices the amounts are in, e.g. '2017-18 prices'")
    unit: Text = Field("£m", description="the unit of every amount")
    discount: Literal["green_book", "green_book_health", "green_book_lower", "constant"] = Field(
        "green_book", description="the Green Book's declining schedule (standard, health, or the 2026 edition's "
                                  "lower-rate sensitivity test), or a constant rate"
    )
    rate: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = Field(
        None, description="discount: constant only: % a year"
    )
    horizon: Annotated[int, Field(ge=1, le=1000)] | None = Field(
        None, description="years appraised, the base year included (default: up to the last amount given)"
    )
    optimism_bias: OptimismBiasSpec | None = None


class CostsSpec(_Strict):
    """An option's costs, relative to business as usual: capital and operating lines."""

    capital: CashLineValue | None = None
    operating: CashLineValue | None = None
    optimism_bias: OptimismBiasSpec | None = Field(None, description="this option's own, instead of the appraisal's")


CriteriaFile.model_rebuild()  # they name the classes above, defined after them
OptionFile.model_rebuild()


SCHEMAS: dict[str, type[_Strict]] = {"criteria": CriteriaFile, "option": OptionFile}


def json_schema(kind: str) -> dict[str, Any]:
    """The draft 2020-12 JSON Schema of one kind of file ('criteria' or 'option')."""
    schema = SCHEMAS[kind].model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


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
                    "string_type": "text", "list_type": "a list"}.get(kind, "a mapping")
        msg = f"{label} must be {expected}, not {_describe(value)}"
        if isinstance(value, str) and YAML11_NUMBER.match(value) and "number" in expected:
            msg += " (YAML 1.1 octal, hex and sexagesimal forms are not numbers here)"
        elif isinstance(value, str) and value.lower() in {"yes", "no", "on", "off", "y", "n"}:
            msg += f" ('{value}' is text here, not a boolean)"
        return Problem(where, "E112", msg)
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return Problem(where, "E113", f"{label}: {_describe(value)} is not allowed; use {expected}")
    if kind == "string_pattern_mismatch":
        msg = (f"{label} {_describe(value)} is not a valid id: use lower-case letters, digits and '_', "
               "starting with a letter")
        return Problem(where, "E113", msg)
    if kind == "finite_number":
        return Problem(where, "E105", f"{label} must be a finite number")
    text = err["msg"]
    return Problem(where, "E113", f"{label} {_describe(value)}: {text[0].lower()}{text[1:]}")


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
