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
    None, True, False, "text", "", "yes", "a b", "Ab", "a" * 65, "a" * 64, "pass", "measure", "lower",
    0, 1, -1, 2, 0.5, 100, 101, 100.5, -0.5, 10**400, [], [1, 2], ["x"], [1.5, "x"], {}, {"x": 1}, {0: "x"},
    {"result": "pass"}, {"score": 1, "rationale": "r"}, {"weights": {"a": 1}}, {"min": 0, "max": 5},
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


# the criteria, an option that passes its gate with every score in the long form, and one that fails it
CASES = [("criteria", ROOT / "criteria.yaml"), ("option", ROOT / "options/strategic_partnership.yaml"),
         ("option", ROOT / "options/business_as_usual.yaml")]


@pytest.mark.parametrize(("kind", "path"), CASES, ids=[p.name for _, p in CASES])
def test_the_fast_path_agrees_with_the_models(kind: str, path: Any) -> None:
    check = fastpath.criteria_file if kind == "criteria" else fastpath.option_file
    accepted = rejected = 0
    for data in _mutations(load_yaml(path).data):
        expected = _model(kind, data)
        fast = check(data)
        assert (fast is None) == (expected is None), data
        if fast is not None:
            assert _plain(fast) == expected
            accepted += 1
        else:
            rejected += 1
    assert accepted > 10 and rejected > 100  # the corpus holds both kinds


def test_the_loader_checks_ids_with_the_schema_pattern() -> None:
    # the loader keeps its own copy of the id pattern, so that it need not import the models
    from adm_appraise.files import loader

    assert loader.ID_PATTERN == schema.ID_PATTERN
