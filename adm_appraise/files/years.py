"""The years an appraisal may name: one rule for the loader and the JSON Schema.

A base year, and every year a cost or benefit is given for (2019, or a range 2019..2028), lies
from FIRST_YEAR to LAST_YEAR. The JSON Schema's pattern for the keys of a cash line is
generated from the same bounds, so the editor and ``validate`` cannot disagree.
"""

from __future__ import annotations

import re

FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years a base year or an amount may name


def digits_between(low: int, high: int, width: int) -> str:
    """A regular expression matching the integers low..high written with ``width`` digits (0 <= low <= high)."""
    a, b = f"{low:0{width}d}", f"{high:0{width}d}"
    if a == b:
        return a
    if width == 1:
        return f"[{a}-{b}]"
    rest = width - 1
    if a[1:] == "0" * rest and b[1:] == "9" * rest:  # every tail: 1900..1999 is 19[0-9]{2}
        return _any(width) if (a[0], b[0]) == ("0", "9") else _digit(a[0], b[0]) + _any(rest)
    if a[0] == b[0]:
        return a[0] + digits_between(int(a[1:]), int(b[1:]), rest)
    parts = [a[0] + digits_between(int(a[1:]), 10 ** rest - 1, rest)]
    if int(a[0]) + 1 < int(b[0]):
        parts.append(_digit(str(int(a[0]) + 1), str(int(b[0]) - 1)) + _any(rest))
    parts.append(b[0] + digits_between(0, int(b[1:]), rest))
    return f"(?:{'|'.join(parts)})"


def _digit(low: str, high: str) -> str:
    return low if low == high else f"[{low}-{high}]"


def _any(width: int) -> str:
    return "[0-9]" if width == 1 else f"[0-9]{{{width}}}"


YEAR = digits_between(FIRST_YEAR, LAST_YEAR, 4)  # 1900 to 2200, four digits
YEAR_KEY = f"^{YEAR}(?:\\.\\.{YEAR})?$"  # a year (2019) or a range of years (2019..2028)

_YEAR_KEY = re.compile(YEAR_KEY)


def span(key: int | str) -> tuple[int, int] | None:
    """The first and last year of a cash line's key (2019, '2019', '2019..2028'), or None if it is not one."""
    found = _YEAR_KEY.fullmatch(str(key))
    if found is None:
        return None
    first, _, last = str(key).partition("..")
    return int(first), int(last or first)
