"""The fast path accepts exactly what the pydantic models accept, and gives the same data.

The corpus: bundled files, and every one-value mutation of them (a key dropped, an
unknown key added, each value replaced by values of every type and at the edges of the
rules: None, booleans, text, YAML 1.1 words, ids too long or badly formed, numbers at and
beyond the bounds, lists and mappings).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from adm_appraise.files import fastpath, schema
from adm_appraise.files.yamlfile import load_yaml
from tests.conftest import ROOT

REPLACEMENTS: list[Any] = [
    None, True, False, "text", "", "yes", "a b", "Ab", "a" * 65, "a" * 64, "a\n", "pass", "measure", "lower",
    "meets", "strategic_fit", "1/3", "1/10", "W212",
    0, 1, -1, 2, 2.0, 0.5, 100, 101, 100.5, -0.5, 10**400, float("inf"), float("nan"),
    [], [1, 2], ["x"], [1.5, "x"], [["a", "b"]], {}, {"x": 1}, {0: "x"}, {None: 1}, {True: "x"}, {1.5: 1},
    {"result": "pass"}, {"score": 1, "rationale": "r"}, {"weights": {"a": 1}}, {"min": 0, "max": 5},
    {"id": "a", "name": "A"}, {"choices": [{"id": "a", "name": "A", "status": "discounted"}]},
]


def _paths(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paths(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paths(v, (*path, i))


def _mutations(data: Any) -> Iterator[Any]:
    yield data
    for path in _paths(data):
        if not path:
            continue
        *head, last = path
        for value in [*REPLACEMENTS, "drop", "extra"]:
            doc = copy.deepcopy(data)
            parent = doc
            for part in head:
                parent = parent[part]
            if value == "drop":
                if isinstance(parent, dict):
                    del parent[last]
                else:
                    parent.pop(last)
            elif value == "extra":
                if not isinstance(parent, dict):
                    continue
                parent["unknown_key"] = 1
            else:
                parent[last] = value
            yield doc


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return {k: _plain(getattr(value, k)) for k in type(value).model_fields}
    if isinstance(value, SimpleNamespace):
        return {k: _plain(v) for k, v in vars(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _model(kind: str, data: Any) -> Any:
    try:
        return _plain(schema.SCHEMAS[kind].model_validate(data))
    except ValidationError:
        return None


# the criteria, an option that passes its gate with every score in the long form, one that fails it,
# the long list, an assessor's panel file; criteria with a weighting record and the economic case;
# the benefits register and the equality impact
CASES = [("criteria", ROOT / "criteria.yaml"), ("option", ROOT / "options/strategic_partnership.yaml"),
         ("option", ROOT / "options/business_as_usual.yaml"), ("longlist", ROOT / "longlist.yaml"),
         ("panel", ROOT / "examples/panel-leisure/panel/staff_side.yaml"),
         ("criteria", ROOT / "examples/all-features/criteria.yaml"),
         ("benefits", ROOT / "examples/all-features/benefits.yaml"),
         ("equality", ROOT / "examples/all-features/equality.yaml"),
         ("paper", ROOT / "examples/all-features/paper.yaml")]
# An option's costs and benefits: the published schema (so the generated validator) wants a year or a
# range of years as each amount's key, which the models leave to the loader (E7xx, with its own
# messages); the fast path rejects such a document, the models accept it and the loader reports it.
COSTS = ROOT / "examples/adm-value-for-money/options/outsource_all.yaml"


@pytest.mark.parametrize(("kind", "path"), CASES, ids=[f"{p.parent.name}/{p.name}" for _, p in CASES])
def test_the_fast_path_agrees_with_the_models(kind: str, path: Any) -> None:
    accepted = rejected = 0
    for data in _mutations(load_yaml(path).data):
        expected = _model(kind, data)
        fast = fastpath.parse(kind, data)
        assert (fast is None) == (expected is None), data
        if fast is not None:
            assert _plain(fast) == expected
            accepted += 1
        else:
            rejected += 1
    assert accepted > 10 and rejected > 100  # the corpus holds both kinds


def test_the_fast_path_accepts_no_more_than_the_models_with_costs() -> None:
    outcomes = {"both": 0, "models only": 0, "neither": 0}
    for data in _mutations(load_yaml(COSTS).data):
        expected = _model("option", data)
        fast = fastpath.parse("option", data)
        if fast is not None:
            assert _plain(fast) == expected, data  # never accepted where the models reject, same data
            outcomes["both"] += 1
        else:
            outcomes["models only" if expected is not None else "neither"] += 1
    # the unknown or non-year keys of an amount ({x: 1}, {min: 0, max: 5}, unknown_key), nothing else
    assert outcomes["both"] > 400 and outcomes["neither"] > 1000 and 0 < outcomes["models only"] <= 13


def test_the_generated_validators_are_the_models_rules(update_golden: bool) -> None:
    # files/validators.py is generated from the models' JSON Schema; the schemas it holds are
    # today's, and (with the fastjsonschema it was written by) so is its code
    fastgen = pytest.importorskip("adm_appraise.files.fastgen")
    from adm_appraise.files import validators

    if update_golden:
        fastgen.TARGET.write_text(fastgen.validator_code(), encoding="utf-8")
    assert validators.SCHEMAS == {kind: schema.fast_schema(kind) for kind in fastgen.KINDS}, (
        "the models changed: rerun with --update-golden (python -m adm_appraise.files.fastgen)")
    fastjsonschema = pytest.importorskip("fastjsonschema")
    text = fastgen.TARGET.read_text(encoding="utf-8")
    if f"(fastjsonschema {fastjsonschema.VERSION})" in text:
        assert text == fastgen.validator_code()


def test_the_fast_path_shapes_a_document_as_the_models_do() -> None:
    # defaults filled in, whole numbers as floats where the model has floats, an origin's model_dump
    data = {"id": "a", "name": "A", "origin": {"scope": "s"}, "scores": {"c": 3, "d": {"score": 2, "low": 1}}}
    spec = fastpath.parse("option", data)
    assert spec is not None
    assert spec.gates == {} and spec.costs is None and spec.role is None
    assert spec.scores["c"] == 3.0 and isinstance(spec.scores["c"], float)
    assert (spec.scores["d"].score, spec.scores["d"].low, spec.scores["d"].high, spec.scores["d"].evidence) == (
        2.0, 1.0, None, [])
    assert spec.origin.model_dump() == {"scope": "s", "solution": None, "delivery": None, "implementation": None,
                                        "funding": None}
    head = {"appraisal": {"title": "T", "scale": {"min": 0, "max": 5}}, "criteria": [{"id": "a", "name": "A"}]}
    criteria = fastpath.parse("criteria", head)
    assert criteria is not None
    assert (criteria.appraisal.shortlist.top, criteria.appraisal.shortlist.within) == (2, None)
    assert criteria.criteria[0].type == "score" and criteria.scenarios == {} and criteria.weighting is None
    # what JSON Schema lets through and the models do not: 2.0 as a whole number, .inf, 1e400
    assert fastpath.parse("criteria", {**head, "appraisal": {**head["appraisal"], "shortlist": {"top": 2.0}}}) is None
    assert fastpath.parse("option", {**data, "scores": {"c": float("inf")}}) is None
    assert fastpath.parse("option", {**data, "scores": {"c": 10**400}}) is None
    assert fastpath.parse("option", {**data, "scores": {1: 3}}) is None  # a key that is not text


def test_the_loader_checks_ids_with_the_schema_pattern() -> None:
    # the loader keeps its own copy of the id pattern, so that it need not import the models
    from adm_appraise.files import loader

    assert loader.ID_PATTERN == schema.ID_PATTERN
