"""A fast path for valid files: the schema's rules for the common case, without pydantic.

Importing pydantic and building the schema's models costs more than everything else
``validate`` does on a small appraisal. Most files are valid, so each parsed document is
first checked here against the same rules as :mod:`adm_appraise.files.schema` (strict
types, no unknown keys, ids, lengths, bounds, literals); a document that passes becomes
the same shape of data the models give (plain attribute objects, numbers as floats).
Anything this path does not accept, for whatever reason (the economic case's blocks
included: ``economics:``, ``costs:``, ``benefits:``), goes to the pydantic models,
which then report every problem as before. So this path may only ever say "valid" when the
models would: ``tests/files/test_fastpath.py`` compares the two on valid and invalid files.
"""

from __future__ import annotations

import math
import re
from types import SimpleNamespace
from typing import Any

from adm_appraise.model import DIMENSIONS, ROLES

_ID = re.compile(r"[a-z][a-z0-9_]*")
_GATE_RESULTS = ("pass", "fail", "conditional")


class _Reject(Exception):
    """The document is not plainly valid: let the models check it."""


def criteria_file(data: Any) -> SimpleNamespace | None:
    """criteria.yaml as the CriteriaFile model would give it, or None when it is not plainly valid."""
    try:
        doc = _mapping(data, {"appraisal", "criteria", "gates", "scenarios"}, {"appraisal", "criteria"})
        criteria = _list(doc["criteria"])
        if not criteria:
            raise _Reject
        return SimpleNamespace(
            appraisal=_meta(doc["appraisal"]),
            weighting=None,  # a weighting: block (or a criterion's group:) takes the models' path
            criteria=[_criterion(c) for c in criteria],
            gates=[_gate(g) for g in _list(doc.get("gates", []))],
            scenarios={_id(k): _scenario(v) for k, v in _dict(doc.get("scenarios", {})).items()},
            economics=None,  # an economics: block is left to the models
            panel=None,  # so is a panel: block (the scoring panel's settings)
            accepted=[],  # and an accepted: list (warnings accepted with a reason)
        )
    except _Reject:
        return None


def option_file(data: Any) -> SimpleNamespace | None:
    """An option file as the OptionFile model would give it, or None when it is not plainly valid."""
    try:
        doc = _mapping(data, {"id", "name", "description", "role", "origin", "gates", "scores"}, {"id", "name"})
        return SimpleNamespace(
            id=_id(doc["id"]),
            name=_text(doc["name"]),
            description=_optional(doc.get("description"), _str),
            role=_given(doc, "role", _role),
            origin=_given(doc, "origin", _origin),
            gates={_str(k): _gate_value(v) for k, v in _dict(doc.get("gates", {})).items()},
            scores={_str(k): _score_value(v) for k, v in _dict(doc.get("scores", {})).items()},
            costs=None,  # costs: and benefits: are left to the models
            benefits={},
        )
    except _Reject:
        return None


class _Origin(SimpleNamespace):
    """An option's origin, read as the Origin model gives it (model_dump included)."""

    def model_dump(self) -> dict[str, Any]:
        return dict(vars(self))


def _role(value: Any) -> str:
    if value not in ROLES:
        raise _Reject
    return str(value)


def _origin(value: Any) -> _Origin:
    origin = _mapping(value, set(DIMENSIONS), set())
    return _Origin(**{d: _given(origin, d, _id) for d in DIMENSIONS})


def _meta(data: Any) -> SimpleNamespace:
    keys = {"title", "organisation", "date", "description", "scale", "baseline", "shortlist"}
    meta = _mapping(data, keys, {"title", "scale"})
    scale = _mapping(meta["scale"], {"min", "max"}, {"min", "max"})
    shortlist = SimpleNamespace(top=2, min_score=None, within=None)
    if "shortlist" in meta:
        rule = _mapping(meta["shortlist"], {"top", "min_score", "within"}, set())
        top = _given(rule, "top", _int)
        if top is not None and top < 1:
            raise _Reject
        shortlist = SimpleNamespace(
            top=top,
            min_score=_given(rule, "min_score", _percent),
            within=_given(rule, "within", _percent),
        )
    return SimpleNamespace(
        title=_text(meta["title"]),
        organisation=_optional(meta.get("organisation"), _str),
        date=_optional(meta.get("date"), _str),
        description=_optional(meta.get("description"), _str),
        scale=SimpleNamespace(min=_number(scale["min"]), max=_number(scale["max"])),
        baseline=_given(meta, "baseline", _id),
        shortlist=shortlist,
    )


def _criterion(data: Any) -> SimpleNamespace:
    keys = {"id", "name", "weight", "description", "type", "unit", "direction", "range", "levels"}
    c = _mapping(data, keys, {"id", "name"})
    weight = _number(c["weight"]) if "weight" in c else None  # a missing weight is the loader's E111
    if weight is not None and not weight > 0:
        raise _Reject
    kind = c.get("type", "score")
    direction = c.get("direction")
    if kind not in ("score", "measure") or ("direction" in c and direction not in ("lower", "higher")):
        raise _Reject
    span = c.get("range")
    if "range" in c and len(_list(span)) != 2:
        raise _Reject
    levels = _given(c, "levels", lambda d: {_int(k): _str(v) for k, v in _dict(d).items()})
    return SimpleNamespace(
        id=_id(c["id"]), name=_text(c["name"]), weight=weight, group=None,
        description=_optional(c.get("description"), _str), type=kind,
        unit=_optional(c.get("unit"), _str), direction=direction,
        range=None if span is None else [_number(x) for x in span], levels=levels,
        value_function=None,  # a value_function: block takes the models' path
    )


def _gate(data: Any) -> SimpleNamespace:
    g = _mapping(data, {"id", "name", "description"}, {"id", "name"})
    return SimpleNamespace(id=_id(g["id"]), name=_text(g["name"]), description=_optional(g.get("description"), _str))


def _scenario(data: Any) -> SimpleNamespace:
    s = _mapping(data, {"description", "weights"}, {"weights"})
    weights = {_str(k): _number(w) for k, w in _dict(s["weights"]).items()}
    if any(w < 0 for w in weights.values()):
        raise _Reject
    return SimpleNamespace(description=_optional(s.get("description"), _str), weights=weights)


def _gate_value(data: Any) -> Any:
    if not isinstance(data, dict):
        return _result(data)
    entry = _mapping(data, {"result", "rationale"}, {"result"})
    return SimpleNamespace(result=_result(entry["result"]), rationale=_optional(entry.get("rationale"), _str))


def _score_value(data: Any) -> Any:
    if not isinstance(data, dict):
        return _number(data)
    entry = _mapping(data, {"score", "value", "low", "high", "rationale", "evidence"}, set())
    return SimpleNamespace(
        score=_given(entry, "score", _number),
        value=_given(entry, "value", _number),
        low=_given(entry, "low", _number),
        high=_given(entry, "high", _number),
        rationale=_optional(entry.get("rationale"), _str),
        evidence=[_str(e) for e in _list(entry.get("evidence", []))],
        moderation=None,  # a moderation note is left to the models
    )


def _result(value: Any) -> str:
    if not isinstance(value, str) or value not in _GATE_RESULTS:
        raise _Reject
    return value


def _mapping(data: Any, allowed: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(data, dict) or not required <= data.keys() or not data.keys() <= allowed:
        raise _Reject
    return data


def _dict(data: Any) -> dict[Any, Any]:
    if not isinstance(data, dict):
        raise _Reject
    return data


def _list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise _Reject
    return data


def _optional(value: Any, check: Any) -> Any:
    """A key that may be left out or left empty (free text): None either way."""
    return None if value is None else check(value)


def _given(data: dict[str, Any], key: str, check: Any) -> Any:
    """A key that may be left out (None) but, if written, may not be empty."""
    return check(data[key]) if key in data else None


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _Reject
    return value


def _text(value: Any) -> str:
    if not _str(value):
        raise _Reject
    return value  # type: ignore[no-any-return]


def _id(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 64 or not _ID.fullmatch(value):
        raise _Reject
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int(value: Any) -> int:
    if not _is_int(value):
        raise _Reject
    return value  # type: ignore[no-any-return]


def _number(value: Any) -> float:
    if not (_is_int(value) or isinstance(value, float)):
        raise _Reject
    try:
        number = float(value)
    except OverflowError:
        raise _Reject from None
    if not math.isfinite(number):
        raise _Reject
    return number


def _percent(value: Any) -> float:
    number = _number(value)
    if not 0 <= number <= 100:
        raise _Reject
    return number
