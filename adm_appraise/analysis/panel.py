"""Panel scoring: how far the assessors agree, where they disagree, and whose scores decide.

For every option x 'score' criterion: each assessor's score, the panel's median, mean and
range, the moderated score (the option file's) and flags:

- ``disagreement``: the panel's scores span the threshold or more (``panel: {disagreement: 2}``);
- ``outside range``: the moderated score lies outside the panel's scores;
- ``far from median``: the moderated score is the threshold or more from the median and the
  option file records no moderation;
- ``unmoderated``: the option file gives no score, so the panel's aggregate stands in.

Agreement is Krippendorff's alpha with the interval metric, alpha = 1 - D_o / D_e, computed
from the coincidences of pairable values (Krippendorff, K. (2011), "Computing Krippendorff's
Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania,
https://repository.upenn.edu/asc_papers/43): units are option x criterion cells, coders the
assessors; a conflict or an abstention is a missing value, and a cell with fewer than two
scores is not pairable. With the interval metric delta^2 = (c - k)^2 the coincidence sums
reduce to sums of squares:

    D_o = (1/n) sum_u [ sum_{i != j in u} (v_i - v_j)^2 / (m_u - 1) ]
    D_e = sum_{i != j over all n pairable values} (v_i - v_j)^2 / (n (n - 1))
    sum_{i != j} (v_i - v_j)^2 = 2 (m sum v^2 - (sum v)^2)  for m values

Alpha is undefined (None) with no pairable cell, or when every pairable score is the same.

Each assessor's own ranking scores the appraisal with their scores alone (their gaps, from a
conflict or an abstention, keep the moderated score). Leaving one assessor out compares the
panel's aggregate scores with and without them (a cell no one else scored keeps its moderated
score): which single assessor changes the leader or the shortlist. Measures and gates are
never touched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from adm_appraise.analysis.method import Result, appraise
from adm_appraise.model import Appraisal, Assessment, Panel


@dataclass(frozen=True)
class Cell:
    """One option on one criterion, as the panel scored it."""

    option: str
    criterion: str
    scores: Mapping[str, float | None]  # assessor id -> score; None: conflict or abstention
    status: Mapping[str, str]  # assessor id -> 'scored', 'conflict' or 'abstain'
    median: float | None
    mean: float | None
    low: float | None
    high: float | None
    moderated: float
    unmoderated: bool
    moderation: str | None
    dissent: Mapping[str, str]  # assessor id -> their recorded dissent
    flags: tuple[str, ...]

    @property
    def range(self) -> float | None:
        return None if self.low is None or self.high is None else self.high - self.low


@dataclass(frozen=True)
class Agreement:
    criterion: str | None  # None: every criterion together
    alpha: float | None
    units: int  # cells with at least two scores
    values: int  # pairable scores


@dataclass(frozen=True)
class Outcome:
    """The leader and shortlist under one set of scores."""

    label: str  # an assessor id, or 'moderated' / 'panel'
    leader: str | None
    shortlist: tuple[str, ...]
    changes_leader: bool = False  # against the whole panel's aggregate
    changes_shortlist: bool = False


@dataclass(frozen=True)
class PanelAnalysis:
    panel: Panel
    cells: tuple[Cell, ...]
    agreement: tuple[Agreement, ...]  # per criterion, then overall (criterion None)
    moderated: Outcome  # the option files' scores: the appraisal as it stands
    aggregate: Outcome  # every cell at the panel's aggregate
    own: tuple[Outcome, ...]  # each assessor's own scores
    left_out: tuple[Outcome, ...]  # the aggregate without each assessor in turn

    @property
    def deciders(self) -> list[str]:
        """Assessors whose absence alone changes the leader."""
        return [o.label for o in self.left_out if o.changes_leader]

    def to_dict(self) -> dict[str, Any]:
        """Plain data, stable keys: what ``panel --format json`` prints."""
        settings = self.panel.settings
        return {
            "settings": {"aggregate": settings.aggregate, "disagreement": settings.disagreement},
            "assessors": [
                {"id": a.id, "name": a.name, "role": a.role, "organisation": a.organisation,
                 "interests": a.interests,
                 "conflicts": [{"option": c.option, "reason": c.reason} for c in a.conflicts]}
                for a in self.panel.assessors
            ],
            "agreement": [dataclasses.asdict(a) for a in self.agreement],
            "cells": [
                {**{k: v for k, v in dataclasses.asdict(c).items() if k not in ("scores", "status", "dissent")},
                 "scores": dict(c.scores), "status": dict(c.status), "dissent": dict(c.dissent),
                 "range": c.range, "flags": list(c.flags)}
                for c in self.cells
            ],
            "moderated": _outcome(self.moderated),
            "aggregate": _outcome(self.aggregate),
            "own": [_outcome(o) for o in self.own],
            "left_out": [_outcome(o) for o in self.left_out],
        }


def _outcome(o: Outcome) -> dict[str, Any]:
    return {**dataclasses.asdict(o), "shortlist": list(o.shortlist)}


def krippendorff_alpha(data: np.ndarray) -> tuple[float | None, int, int]:
    """Interval alpha of a coders x units array (NaN: missing); also (pairable units, values)."""
    units = np.asarray(data, dtype=float).T
    present = ~np.isnan(units)
    m = present.sum(axis=1)
    pairable = m >= 2
    values = np.where(present, units, 0.0)[pairable]
    m = m[pairable]
    n = int(m.sum())
    if n < 2:
        return None, int(pairable.sum()), n
    total, squares = values.sum(axis=1), (values**2).sum(axis=1)
    observed = float((2 * (m * squares - total**2) / (m - 1)).sum() / n)
    expected = float(2 * (n * squares.sum() - total.sum() ** 2) / (n * (n - 1)))
    if expected <= 1e-12:  # every pairable value the same: alpha is 0/0
        return None, len(m), n
    return 1.0 - observed / expected, len(m), n


def analyse_panel(result: Result) -> PanelAnalysis:
    """The panel analysis of a scored appraisal (ValueError when it has no panel)."""
    appraisal = result.appraisal
    panel = appraisal.panel
    if panel is None:
        raise ValueError("the appraisal has no panel")
    criteria = [c.id for c in appraisal.criteria if not c.is_measure]
    cells = tuple(_cell(appraisal, panel, o.id, c) for o in appraisal.scored_options for c in criteria)
    ids = [a.id for a in panel.assessors]
    whole = _outcome_of(result, panel.aggregate, "panel")
    left_out = []
    for aid in ids:
        rest = dataclasses.replace(panel, assessors=tuple(a for a in panel.assessors if a.id != aid))
        found = _outcome_of(result, rest.aggregate, aid)
        left_out.append(dataclasses.replace(
            found, changes_leader=found.leader != whole.leader,
            changes_shortlist=set(found.shortlist) != set(whole.shortlist),
        ))
    own = [_outcome_of(result, a.point, a.id) for a in panel.assessors]
    return PanelAnalysis(
        panel=panel,
        cells=cells,
        agreement=tuple(_agreement(cells, ids, c) for c in [*criteria, None]),
        moderated=Outcome("moderated", result.leader, tuple(result.shortlist)),
        aggregate=whole,
        own=tuple(own),
        left_out=tuple(left_out),
    )


def _cell(appraisal: Appraisal, panel: Panel, oid: str, cid: str) -> Cell:
    scores: dict[str, float | None] = {}
    status: dict[str, str] = {}
    dissent: dict[str, str] = {}
    for a in panel.assessors:
        entry = a.scores.get(oid, {}).get(cid)
        scores[a.id] = a.point(oid, cid)
        status[a.id] = "conflict" if a.conflicted(oid) else "abstain" if scores[a.id] is None else "scored"
        if entry is not None and entry.dissent:
            dissent[a.id] = entry.dissent
    points = [p for p in scores.values() if p is not None]
    assessment = appraisal.option(oid).scores[cid]
    moderated = float(assessment.point if assessment.point is not None else 0.0)
    median = _median(points)
    low, high = (min(points), max(points)) if points else (None, None)
    threshold = panel.settings.disagreement
    flags = []
    if low is not None and high is not None and len(points) > 1 and high - low >= threshold - 1e-9:
        flags.append("disagreement")
    if low is not None and high is not None and not assessment.unmoderated and not low <= moderated <= high:
        flags.append("outside range")
    noted = bool((assessment.moderation or "").strip())
    if median is not None and not assessment.unmoderated and abs(moderated - median) >= threshold - 1e-9 and not noted:
        flags.append("far from median")
    if assessment.unmoderated:
        flags.append("unmoderated")
    return Cell(
        option=oid, criterion=cid, scores=scores, status=status, median=median,
        mean=sum(points) / len(points) if points else None, low=low, high=high, moderated=moderated,
        unmoderated=assessment.unmoderated, moderation=assessment.moderation, dissent=dissent, flags=tuple(flags),
    )


def _median(points: list[float]) -> float | None:
    return float(np.median(points)) if points else None


def _agreement(cells: tuple[Cell, ...], ids: list[str], criterion: str | None) -> Agreement:
    chosen = [c for c in cells if criterion is None or c.criterion == criterion]
    data = np.array([[np.nan if c.scores[a] is None else c.scores[a] for c in chosen] for a in ids], dtype=float)
    alpha, units, values = krippendorff_alpha(data.reshape(len(ids), len(chosen)))
    return Agreement(criterion, alpha, units, values)


def _outcome_of(result: Result, rescored: Callable[[str, str], float | None], label: str) -> Outcome:
    """The leader and shortlist with each score cell replaced where ``rescored`` gives a score."""
    appraisal = result.appraisal
    options = []
    for option in appraisal.options:
        scores = dict(option.scores)
        for c in appraisal.criteria if not option.unscored else ():  # a sifted-out option stays unscored
            point = None if c.is_measure else rescored(option.id, c.id)
            if point is not None:
                scores[c.id] = Assessment(point, option.scores[c.id].where)
        options.append(dataclasses.replace(option, scores=scores))
    found = appraise(dataclasses.replace(appraisal, options=tuple(options)), result.scenario, result.overrides)
    return Outcome(label, found.leader, tuple(found.shortlist))
