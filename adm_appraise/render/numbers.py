"""Numbers as a report shows them: parts that add up to their shown total, plain figures.

A table that shows a total beside its parts must add up as printed: an auditor adds the
column. Rounding each part on its own does not guarantee it (27.44 + 15.04 + 31.24 = 73.72,
shown 27.4 + 15.0 + 31.2 = 73.6 beside 73.7). :func:`largest_remainder` rounds the parts so
that they sum to the rounded total, moving the fewest parts by the least (Hamilton's method,
the rule used to apportion seats). Every figure is printed with thousands separators and
never in scientific notation.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

CURRENCY = ("£", "$", "€")


def shown(x: float, digits: int = 1) -> float:
    """``x`` as it prints at ``digits`` decimals (half away from zero, as an auditor rounds)."""
    scale = 10**digits
    q = abs(float(x)) * scale
    n = math.floor(q + 0.5 + 1e-9)
    return math.copysign(n / scale, x) if n else 0.0


def largest_remainder(parts: Sequence[float], total: float, digits: int = 1) -> list[float]:
    """``parts`` rounded to ``digits`` decimals so that they sum exactly to ``shown(total)``.

    Each part is first rounded down to the grid; the units still missing go to the parts with
    the largest remainders (ties to the earlier part). When the parts do not sum to the total
    (a caller's mistake, or float noise) the difference is still spread the same way.
    """
    scale = 10**digits
    target = round(shown(total, digits) * scale)
    exact = [float(p) * scale for p in parts]
    floors = [math.floor(e + 1e-9) for e in exact]
    missing = target - sum(floors)
    order = sorted(range(len(exact)), key=lambda k: (-(exact[k] - floors[k]), k))
    if missing < 0:
        order = sorted(range(len(exact)), key=lambda k: (exact[k] - floors[k], k))
    units = list(floors)
    for i in range(abs(missing)):
        units[order[i % len(order)]] += 1 if missing > 0 else -1
    return [u / scale if u else 0.0 for u in units]


def figure(x: float, digits: int = 0) -> str:
    """A plain figure: thousands separators, fixed decimals, never scientific notation."""
    text = f"{abs(shown(x, digits)):,.{digits}f}"
    return ("−" if shown(x, digits) < 0 else "") + text


def amount(x: float, unit: str | None, digits: int = 0) -> str:
    """A figure in its unit: '£1,263k' for unit '£k', '18 months' for 'months', '4' for none."""
    text = figure(x, digits)
    if not unit:
        return text
    if unit.startswith(CURRENCY):
        sign = "−" if text.startswith("−") else ""
        return f"{sign}{unit[0]}{text.lstrip('−')}{unit[1:]}"
    return f"{text} {unit}"


def digits_for(*values: float, most: int = 3) -> int:
    """Decimals for figures shown together: none when they are whole, else three significant
    figures of the smallest (at most ``most`` decimals)."""
    for d in range(most + 1):
        if all(abs(v * 10**d - round(v * 10**d)) < 1e-6 for v in values):
            return d
    smallest = min((abs(v) for v in values if v), default=1.0)
    return min(max(2 - math.floor(math.log10(smallest)), 0), most)
