"""A fast path for valid files: the schema's own rules, compiled, without pydantic.

Importing pydantic and building the schema's models costs more than everything else
``validate`` does on a small appraisal. Most files are valid, so each parsed document is
first checked by a validator generated from the models' JSON Schema (``files/validators.py``,
written by ``files/fastgen.py`` with fastjsonschema, so the rules have one source: the models
in :mod:`adm_appraise.files.schema`). A document that passes becomes the same shape of data
the models give (attribute objects, every key present, defaults filled in, numbers as floats),
read off the same schema. Anything the validator does not accept goes to the pydantic models,
which then report every problem. So this path may only ever say "valid" when the models would:
``tests/files/test_fastpath.py`` compares the two on valid and invalid files.

Where JSON Schema cannot say what the models check, the shaping here rejects: a number that is
not finite (the models' numbers are all ``allow_inf_nan=False``; were one not, such a file would
only take the slower path) or too large for a float, and a float such as 2.0 where the model
wants a whole number (JSON Schema takes it for one), as a value or as a key.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from adm_appraise.files import validators


class Spec(SimpleNamespace):
    """One model's fields, as the model would give them (``model_dump`` included)."""

    def model_dump(self) -> dict[str, Any]:
        return {k: v.model_dump() if isinstance(v, Spec) else v for k, v in vars(self).items()}


class _Reject(Exception):
    """The document is not plainly valid: let the models check it."""


def parse(kind: str, data: Any) -> Spec | None:
    """A document of this kind ('criteria', 'option', 'panel', 'longlist') as its model would give it,
    or None when it is not plainly valid."""
    schema = validators.SCHEMAS[kind]
    try:
        check: Callable[[Any], object] = validators.VALIDATORS[kind]
        check(data)
        spec = _shape(schema, data, schema)
    except Exception:  # noqa: BLE001  # rejected, or a key the generated code cannot test (a number where
        return None  # it wants text): either way the models decide and report
    return spec if isinstance(spec, Spec) else None


def _shape(node: dict[str, Any], data: Any, root: dict[str, Any]) -> Any:
    """``data`` (valid against ``node``) as the model gives it."""
    node = _resolve(node, root)
    if data is None:
        return None
    if "properties" in node:
        return Spec(**{
            key: _shape(field, data[key], root) if key in data else _shape(field, field.get("default"), root)
            for key, field in node["properties"].items()
        })
    for union in ("oneOf", "anyOf"):
        if union in node:
            return _shape(_branch(node[union], data, root), data, root)
    kind = node.get("type")
    if kind == "number":
        number = float(data)  # an int too large for a float: OverflowError, so rejected
        if not math.isfinite(number):
            raise _Reject
        return number
    if kind == "integer" and not isinstance(data, int):  # the generated check takes 2.0 for a whole number
        raise _Reject
    if kind == "array":
        return [_shape(node.get("items", {}), item, root) for item in data]
    if kind == "object":
        values = next(iter(node.get("patternProperties", {}).values()), node.get("additionalProperties", {}))
        if any(isinstance(key, float) for key in data):
            raise _Reject  # no model takes a number as a key, but a key 2.0 passes as a whole number
        return {key: _shape(values if isinstance(values, dict) else {}, value, root) for key, value in data.items()}
    return data  # text, a whole number, one of a list of words


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


_TYPES = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string", list: "array",
          dict: "object"}


def _branch(branches: list[dict[str, Any]], data: Any, root: dict[str, Any]) -> dict[str, Any]:
    """The branch of a union that ``data`` (valid against one of them) is of: by its type, and among
    mappings the model whose keys it uses rather than a plain mapping."""
    kind = _TYPES.get(type(data))
    fits = []
    for branch in map(lambda b: _resolve(b, root), branches):
        wanted = branch.get("type", "object" if "properties" in branch else None)
        if wanted == kind or (wanted == "number" and kind == "integer"):
            fits.append(branch)
    if len(fits) > 1 and kind == "object":
        models = [b for b in fits
                  if "properties" in b and set(b.get("required", ())) <= data.keys() <= b["properties"].keys()]
        fits = models or [b for b in fits if "properties" not in b]
    if len(fits) != 1:
        raise _Reject
    return fits[0]
