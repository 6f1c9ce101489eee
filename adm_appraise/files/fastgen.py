"""Writes files/validators.py: the fast path's validators, generated from the models' JSON Schema.

fastjsonschema compiles each kind's schema (``schema.fast_schema``) to plain Python; compiling
costs about 0.1 s (its import 50 ms, the four schemas 80 ms), more than ``validate`` spends on
the bundled example, so the code is generated here once and committed, and the package needs
neither fastjsonschema nor pydantic to run it. ``tests/files/test_fastpath.py`` fails when the
committed module is not what the models give now; regenerate with

    python -m adm_appraise.files.fastgen

(or the test run with ``--update-golden``). Needs fastjsonschema (the test extra).
"""

from __future__ import annotations

import copy
import pprint
from pathlib import Path

KINDS = ("criteria", "option", "panel", "longlist", "risks", "benefits", "equality", "paper")
TARGET = Path(__file__).with_name("validators.py")

HEADER = '''"""The fast path's validators, generated from the models' JSON Schema: do not edit.

Written by ``python -m adm_appraise.files.fastgen`` (fastjsonschema {version}) from
``schema.fast_schema``; ``files/fastpath.py`` uses them. SCHEMAS holds the schemas compiled
here, which fastpath.py also reads to shape a valid document as the models would.
"""

# flake8: noqa
# mypy: ignore-errors
# ruff: noqa
import re


class JsonSchemaValueException(ValueError):
    """A document the schema rejects (fastjsonschema's exception, without importing it)."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException
Decimal = float  # YAML gives no Decimal: the generated type checks need not import decimal
NoneType = type(None)

'''


def validator_code() -> str:
    """The text of files/validators.py, generated from the models as they are now."""
    import fastjsonschema  # type: ignore[import-untyped,unused-ignore]  # only to generate

    from adm_appraise.files.schema import fast_schema

    schemas = {kind: fast_schema(kind) for kind in KINDS}
    patterns: dict[str, str] = {}
    functions = []
    for kind, schema in schemas.items():
        code = fastjsonschema.compile_to_code({**copy.deepcopy(schema), "$id": f"fast_{kind}"}, use_default=False,
                                              detailed_exceptions=False)
        head, body = code.split("NoneType = type(None)\n", 1)
        state: dict[str, object] = {}
        exec(head, state)  # the header: the regular expressions, compiled  # noqa: S102
        for source, compiled in state.get("REGEX_PATTERNS", {}).items():  # type: ignore[attr-defined]
            # one entry a source, shared by every kind: fastjsonschema anchors a 'pattern' at the very
            # end (\Z) but may leave a patternProperties' '$' (which passes a key ending in a newline)
            if source not in patterns or compiled.pattern.endswith("\\Z"):
                patterns[source] = compiled.pattern
        functions.append(body.strip("\n"))
    lines = [HEADER.format(version=fastjsonschema.VERSION)]
    lines.append("REGEX_PATTERNS = {\n" + "".join(f"    {s!r}: re.compile({p!r}),\n" for s, p in
                                                  sorted(patterns.items())) + "}\n\n")
    lines.append("SCHEMAS = " + pprint.pformat(schemas, width=110, sort_dicts=False) + "\n\n")
    lines += [f + "\n\n" for f in functions]
    lines.append("VALIDATORS = {\n" + "".join(f"    {k!r}: validate_fast_{k},\n" for k in KINDS) + "}\n")
    return "".join(lines)


if __name__ == "__main__":
    TARGET.write_text(validator_code(), encoding="utf-8")
