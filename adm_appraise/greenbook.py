"""The Green Book's published parameters, as data: discount schedules and optimism bias bounds.

Plain data (no numpy), shared by the file checks (``validate``) and the economic analysis.

- Discount schedules: HM Treasury, The Green Book (2022), Annex A6 "Discounting": the social
  time preference rate 3.5% for years 0-30, falling to 3.0% (31-75), 2.5% (76-125), 2.0%
  (126-200), 1.5% (201-300) and 1.0% (301 on); for risk to life and health 1.5%, falling in the
  same bands to 1.29, 1.07, 0.86, 0.64 and 0.43%. The 2026 edition adds a sensitivity test at a
  lower rate (pure time preference at zero) for proposals whose effects run beyond 50 years:
  3.0%, 2.57, 2.14, 1.71, 1.29 and 0.86% in the same bands. The three schedules as tabulated in
  DfT, "TAG forthcoming change: Green Book updates" (April 2026).
- Optimism bias: HM Treasury, Supplementary Green Book Guidance: Optimism Bias, Table 1, from
  Mott MacDonald, Review of Large Public Procurement in the UK (2002), Table 2: upper and lower
  bounds (%) for works duration and capital expenditure (operating expenditure for outsourcing).
  The Green Book (2003, paragraphs 5.61-5.62) asks appraisers to adjust explicitly for the
  systematic tendency to be over-optimistic about costs, timings and benefits.
"""

from __future__ import annotations

from dataclasses import dataclass

# The last year of each band of the declining schedules, and each band's rate, % a year.
BAND_ENDS: tuple[int, ...] = (30, 75, 125, 200, 300)
SCHEDULES: dict[str, tuple[float, ...]] = {
    "green_book": (3.5, 3.0, 2.5, 2.0, 1.5, 1.0),
    "green_book_health": (1.5, 1.29, 1.07, 0.86, 0.64, 0.43),
    "green_book_lower": (3.0, 2.57, 2.14, 1.71, 1.29, 0.86),
}
SCHEDULE_NAMES: dict[str, str] = {
    "green_book": "Green Book STPR (3.5% to year 30, then declining)",
    "green_book_health": "Green Book health rate (1.5% to year 30, then declining)",
    "green_book_lower": "Green Book lower-rate sensitivity test (3.0% to year 30, then declining)",
    "constant": "a constant rate",
}


@dataclass(frozen=True)
class BiasCategory:
    """One row of the optimism bias table: upper and lower bounds, %."""

    label: str
    duration: tuple[float, float] | None  # works duration (upper, lower); None where not given
    cost: tuple[float, float]  # capital expenditure (operating for outsourcing): (upper, lower)
    line: str  # the cost line the uplift applies to: 'capital' or 'operating'


OPTIMISM_BIAS: dict[str, BiasCategory] = {
    "standard_buildings": BiasCategory("standard buildings", (4, 1), (24, 2), "capital"),
    "non_standard_buildings": BiasCategory("non-standard buildings", (39, 2), (51, 4), "capital"),
    "standard_civil_engineering": BiasCategory("standard civil engineering", (20, 1), (44, 3), "capital"),
    "non_standard_civil_engineering": BiasCategory("non-standard civil engineering", (25, 3), (66, 6), "capital"),
    "equipment_development": BiasCategory("equipment/development", (54, 10), (200, 10), "capital"),
    "outsourcing": BiasCategory("outsourcing", None, (41, 0), "operating"),
}
