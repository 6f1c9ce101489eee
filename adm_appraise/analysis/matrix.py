"""The decision matrix: options x criteria, raw and on the 0-100 value scale.

Value functions (SPEC "The method"): a score s on the appraisal's scale becomes
100*(s-min)/(max-min); a measure x becomes 100*(x-worst)/(best-worst) on its range, the
global [worst, best] when given, else the local one (worst and best among all options).
A criterion with a value function (piecewise, discrete or exponential) then maps that linear
value through it (``model.ValueFunction``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from adm_appraise.model import Appraisal, Assessment, Criterion, ValueFunction


@dataclass(frozen=True)
class DecisionMatrix:
    """Raw scores and their 0-100 values, labelled by option id (rows) and criterion id."""

    raw: pd.DataFrame
    worst: pd.Series  # the raw value that maps to 0, per criterion
    best: pd.Series  # the raw value that maps to 100
    functions: Mapping[str, ValueFunction] = field(default_factory=dict)  # criteria with a value function

    @classmethod
    def from_appraisal(cls, appraisal: Appraisal, column: str = "point") -> DecisionMatrix:
        """The matrix of one field of every assessment ('point', 'low' or 'high')."""
        ids = [c.id for c in appraisal.criteria]
        rows = {}
        for o in appraisal.scored_options:  # an option sifted out by a gate has no scores
            rows[o.id] = [_field(o.scores[c], column) for c in ids]
        raw = pd.DataFrame.from_dict(rows, orient="index", columns=ids, dtype=float)
        worst, best = scale_ends(appraisal.criteria, raw, appraisal.scale)
        return cls(raw, worst, best, {c.id: c.function for c in appraisal.criteria if c.function is not None})

    @property
    def values(self) -> pd.DataFrame:
        """Each raw number on the 0-100 preference scale, higher always better."""
        columns = self.raw.columns
        values = to_values(self.raw.to_numpy(dtype=float), self.worst[columns].to_numpy(dtype=float),
                           self.best[columns].to_numpy(dtype=float), self.functions_of(list(columns)))
        return pd.DataFrame(values, index=self.raw.index, columns=columns)

    def functions_of(self, columns: Sequence[str]) -> list[ValueFunction | None]:
        """The value function of each of these criteria, None where it is linear."""
        return [self.functions.get(str(c)) for c in columns]

    def flat_criteria(self) -> list[str]:
        """Criteria on which every option has the same raw value."""
        return [c for c in self.raw.columns if self.raw[c].nunique() <= 1]


def to_values(
    raw: np.ndarray, worst: np.ndarray, best: np.ndarray, functions: Sequence[ValueFunction | None] = ()
) -> np.ndarray:
    """Raw numbers on the 0-100 scale, broadcasting worst and best over the last axis.

    100 where worst == best (a flat local criterion); + 0.0 turns -0.0 into 0.0. ``functions``
    (one per column of the last axis, None for linear; empty: all linear) maps the linear value
    through each criterion's value function. The same formula as ``model.to_value``, kept in
    plain Python there so that ``validate`` need not import numpy.
    """
    span = best - worst
    flat = span == 0
    z = (raw - worst) / np.where(flat, 1.0, span)
    values = z * 100.0
    for function in {id(f): f for f in functions if f is not None}.values():
        cols = [i for i, f in enumerate(functions) if f is function]
        values[..., cols] = shaped(z[..., cols], function)
    return np.where(flat, 100.0, values) + 0.0


def shaped(z: np.ndarray, function: ValueFunction) -> np.ndarray:
    """``ValueFunction.value`` over an array of z = (x-worst)/(best-worst)."""
    if function.type == "exponential":
        c = function.shape
        return z * 100.0 if c == 0 else 100.0 * np.expm1(-c * z) / np.expm1(-c)
    knots = np.array(function.knots, dtype=float)
    values: np.ndarray = np.interp(z, knots[:, 0], knots[:, 1])
    return values


def _field(assessment: Assessment, column: str) -> float:
    number = getattr(assessment, column)
    if number is None:  # no range given: low and high default to the point
        number = assessment.point
    return float(number)


def scale_ends(
    criteria: tuple[Criterion, ...], raw: pd.DataFrame, scale: tuple[float, float]
) -> tuple[pd.Series, pd.Series]:
    """The raw values that map to 0 (worst) and 100 (best) for each criterion."""
    ends = {c.id: c.ends(scale, raw[c.id].tolist()) for c in criteria}
    return (pd.Series({k: w for k, (w, _) in ends.items()}, dtype=float),
            pd.Series({k: b for k, (_, b) in ends.items()}, dtype=float))


def normalise(weights: Mapping[str, float]) -> pd.Series:
    """Weights as a Series summing to 1."""
    series = pd.Series(dict(weights), dtype=float)
    return series / series.sum()
