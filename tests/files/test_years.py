"""The years a cash line may name: the loader and the JSON Schema hold one rule."""

from __future__ import annotations

import re

import pytest

from adm_appraise.files import years
from adm_appraise.files.schema import json_schema
from adm_appraise.problems import CODES


@pytest.mark.parametrize(("low", "high", "width"), [
    (1900, 2200, 4), (0, 9999, 4), (1234, 5678, 4), (3, 7, 1), (5, 5, 1), (10, 99, 2), (0, 99, 3), (1000, 1999, 4),
])
def test_digits_between_matches_exactly_the_range(low: int, high: int, width: int) -> None:
    pattern = re.compile(years.digits_between(low, high, width))
    matched = [n for n in range(10 ** width) if pattern.fullmatch(f"{n:0{width}d}")]
    assert matched == list(range(low, high + 1))


def test_the_schema_pattern_and_the_loader_agree_on_every_key() -> None:
    schema = json_schema("option")["$defs"]["CashLineEntry"]["properties"]["by_year"]["propertyNames"]["pattern"]
    keys = [*range(100_000), 100_000_000, "2019..2028", "2028..2019", "1899..1900", "2200..2201", "2019\n", " 2019"]
    ecma = re.compile(schema.removesuffix("$") + r"\Z")  # JSON Schema's $ (ECMA-262) is the end of the text
    for key in keys:
        assert (ecma.search(str(key)) is not None) == (years.span(key) is not None), key
    assert years.span(1900) == (1900, 1900)
    assert years.span("2019..2028") == (2019, 2028)
    assert years.span(2201) is None
    assert years.span(20180) is None


def test_the_code_list_states_the_bounds() -> None:
    assert f"from {years.FIRST_YEAR} to {years.LAST_YEAR}" in CODES["E601"][1]
