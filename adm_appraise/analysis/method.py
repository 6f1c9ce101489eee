"""The weighted-sum method: gates, overall scores, ranking and the shortlist.

overall = sum_i w_i * v_i with normalised weights w and 0-100 values v; an option that
fails a gate is scored but never ranked or shortlisted; equal scores (within 1e-9) share a
rank (1, 2, 2, 4), ordered by id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from adm_appraise.analysis.matrix import DecisionMatrix, normalise
from adm_appraise.files.lints import flat_criteria
from adm_appraise.files.panel import unmoderated
from adm_appraise.model import Appraisal, ShortlistRule, ValueFunction
from adm_appraise.problems import Problem

TIE = 1e-9


class UnknownName(ValueError):
    """A scenario or weight override names something the appraisal does not have."""


@dataclass(frozen=True)
class Result:
    """A scored, ranked appraisal. Rows of ``table`` are in ranking order."""

    appraisal: Appraisal
    scenario: str | None
    overrides: Mapping[str, float]
    weights: pd.Series  # normalised, sums to 1
    matrix: DecisionMatrix
    contributions: pd.DataFrame  # options x criteria, w_i * v_i
    table: pd.DataFrame  # index option id; score, rank (nullable), eligible, shortlisted
    warnings: tuple[Problem, ...] = ()

    @property
    def values(self) -> pd.DataFrame:
        return self.matrix.values

    def score(self, oid: str) -> float:
        """An option's overall score."""
        return self._scores[oid]

    @cached_property
    def _scores(self) -> dict[str, float]:  # once: a lookup per option stays linear in options
        return {str(k): float(v) for k, v in self.table["score"].items()}

    @property
    def shortlist(self) -> list[str]:
        return list(self._shortlist)

    @cached_property
    def _shortlist(self) -> tuple[str, ...]:
        return tuple(str(i) for i in self.table.index[self.table["shortlisted"]])

    @property
    def sifted_out(self) -> list[str]:
        """Options that fail a gate and were left unscored, in file order: not in ``table``."""
        return [o.id for o in self.appraisal.options if o.unscored]

    @cached_property
    def leader(self) -> str | None:
        ranked = self.table.index[self.table["eligible"]]
        return str(ranked[0]) if len(ranked) else None

    def to_dict(self) -> dict[str, Any]:
        """The result as plain data: SPEC's ``score --format json``."""
        appraisal = self.appraisal
        ranking = []
        values = self.values.to_dict(orient="index")
        contributions = self.contributions.to_dict(orient="index")
        for index, row in self.table.iterrows():
            oid = str(index)
            option = appraisal.option(oid)
            ranking.append({
                "rank": None if pd.isna(row["rank"]) else int(row["rank"]),
                "id": option.id,
                "name": option.name,
                "score": float(row["score"]),
                "eligible": bool(row["eligible"]),
                "shortlisted": bool(row["shortlisted"]),
                "failed_gates": option.failed_gates(),
                "conditional_gates": option.conditional_gates(),
                "values": {str(c): float(v) for c, v in values[oid].items()},
                "contributions": {str(c): float(v) for c, v in contributions[oid].items()},
            })
        data: dict[str, Any] = {
            "title": appraisal.title,
            "method": "weighted-sum",
            "scenario": self.scenario,
            "criteria": [
                {"id": c.id, "name": c.name, "weight": float(self.weights[c.id]),
                 **({"value_function": _function(c.function)} if c.function is not None else {})}
                for c in appraisal.criteria
            ],
            "ranking": ranking,
            "shortlist": self.shortlist,
        }
        if self.sifted_out:  # only then, so that an appraisal that sifts nothing out reads as before
            data["sifted_out"] = [
                {"id": o.id, "name": o.name, "failed_gates": o.failed_gates(),
                 "conditional_gates": o.conditional_gates()}
                for o in map(appraisal.option, self.sifted_out)
            ]
        return data


def _function(f: ValueFunction) -> dict[str, Any]:
    """A value function as score --format json gives it (only for a criterion that has one)."""
    if f.type == "exponential":
        return {"type": f.type, "shape": f.shape}
    if f.type == "discrete":
        values = {str(int(x)): v for x, v in f.points}
        if f.macbeth is not None:  # values from MACBETH judgements: those too, as written
            return {"type": "macbeth", "values": values, "judgements": [
                {"first": j.first, "second": j.second, "category": j.text} for j in f.macbeth.judgements]}
        return {"type": f.type, "values": values}
    return {"type": f.type, "points": [[x, v] for x, v in f.points]}


def resolve_weights(
    appraisal: Appraisal, scenario: str | None = None, overrides: Mapping[str, float] = {}
) -> pd.Series:
    """The normalised weights for a scenario and what-if overrides; UnknownName if misnamed."""
    if scenario is not None and scenario not in appraisal.scenarios:
        known = ", ".join(appraisal.scenarios) or "none defined"
        raise UnknownName(f"no scenario '{scenario}' (scenarios: {known})")
    ids = [c.id for c in appraisal.criteria]
    for cid, weight in overrides.items():
        if cid not in ids:
            raise UnknownName(f"no criterion '{cid}' (criteria: {', '.join(ids)})")
        if not (weight >= 0 and np.isfinite(weight)):
            raise UnknownName(f"weight for '{cid}' must be a finite number >= 0, not {weight:g}")
    weights = appraisal.weights(scenario, overrides)
    if sum(weights.values()) <= 0:
        raise UnknownName("the weights must not all be zero")
    return normalise(weights)


def appraise(
    appraisal: Appraisal, scenario: str | None = None, overrides: Mapping[str, float] | None = None
) -> Result:
    """Score, gate, rank and shortlist the options of a loaded appraisal."""
    overrides = dict(overrides or {})
    weights = resolve_weights(appraisal, scenario, overrides)
    matrix = DecisionMatrix.from_appraisal(appraisal)
    contributions = matrix.values * weights
    scores = contributions.sum(axis=1)
    eligible = pd.Series({o.id: not o.failed_gates() for o in appraisal.scored_options})
    table = rank(scores, eligible)
    table["shortlisted"] = shortlisted(table, appraisal.shortlist)
    return Result(
        appraisal, scenario, overrides, weights, matrix, contributions, table,
        (*(w for w in flat_criteria(appraisal) if "local scale" in w.message), *unmoderated(appraisal)),
    )


def rank(scores: pd.Series, eligible: pd.Series) -> pd.DataFrame:
    """Eligible options by score (shared ranks for ties, ordered by id), then the rest."""
    ok = [str(i) for i in scores.index if eligible[i]]
    groups: list[list[str]] = []
    for oid in sorted(ok, key=lambda i: -scores[i]):
        if groups and abs(scores[oid] - scores[groups[-1][0]]) <= TIE:
            groups[-1].append(oid)
        else:
            groups.append([oid])
    order: list[str] = []
    ranks: list[int | None] = []
    for group in groups:
        ranks += [len(order) + 1] * len(group)
        order += sorted(group)
    rest = sorted((str(i) for i in scores.index if not eligible[i]), key=lambda i: (-scores[i], i))
    frame = pd.DataFrame(
        {"score": scores[order + rest].astype(float), "eligible": [True] * len(order) + [False] * len(rest)},
        index=pd.Index(order + rest, name="id"),
    )
    frame["rank"] = pd.array(ranks + [None] * len(rest), dtype="Int64")
    return frame


def shortlisted(table: pd.DataFrame, rule: ShortlistRule) -> pd.Series:
    """Eligible options meeting every rule given (top N, min_score, within)."""
    keep = table["eligible"].copy()
    if not keep.any():
        return keep
    leader = table.loc[keep, "score"].max()
    if rule.top is not None:
        keep &= table["rank"].astype(float).fillna(np.inf) <= rule.top
    if rule.min_score is not None:
        keep &= table["score"] >= rule.min_score - TIE
    if rule.within is not None:
        keep &= table["score"] >= leader - rule.within - TIE
    return keep.astype(bool)
