"""What changed between two versions of an appraisal, what it did, and why each score moved.

The edits are read from the two appraisals (weights, scores, gates, text, options and criteria
added or removed, the scale, the shortlist rule, scenarios). The effects come from scoring
both sides alike. The attribution splits each option's score change exactly into parts, one
per edit group, that add up to the change:

    S = sum_c w_c v_c, with w = W / sum(W) the normalised raw weights W.

1. Per criterion, the change of a product is split symmetrically (the Shapley value of the
   two factors, weight and value):  w1 v1 - w0 v0 = (w1 - w0) (v0 + v1)/2 + (w0 + w1)/2 (v1 - v0).
2. The weight part, sum_c (w1_c - w0_c) vbar_c, depends on every raw weight through the
   normalisation. It is split among the raw weights that changed by the Aumann-Shapley rule
   (the integral of each weight's marginal effect along the straight path from W0 to W1),
   which is exact, symmetric and computed here in closed form.
3. The value part of criterion c, wbar_c (v1 - v0), is split between the option's own edit of
   its score (the raw number x) and a change of the criterion's value scale (the appraisal's
   scale, a measure's range or direction, a local range moved by other options, or its value
   function), again by the two-factor Shapley rule on v(x, worst, best).

A criterion that exists on one side only is taken to have raw weight 0 on the other (so
adding it is a weight edit) and the same values on both. Gates move no score: a gate edit
changes eligibility, so it shows in the ranks, not in the parts. An added or removed option
has no score on one side, so it has no parts; it moves other options only through the local
ranges of measures, which is a change of value scale.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from adm_appraise.analysis import judgements
from adm_appraise.analysis.matrix import to_values
from adm_appraise.analysis.method import TIE, Result, UnknownName, appraise
from adm_appraise.analysis.sensitivity import eligible_values, weight_switches
from adm_appraise.model import Appraisal, Assessment, Criterion, Option, ValueFunction
from adm_appraise.problems import AppraisalError, Location, Problem


@dataclass(frozen=True)
class Change:
    """One edit: what changed, from what to what, and where (in NEW; in OLD for a removal)."""

    kind: str  # weight, score, gate, rationale, evidence, option, criterion, scale, shortlist, ...
    subject: str  # 'risk', 'wholly_owned_company.risk', ...
    old: Any
    new: Any
    where: Location | None
    text: str  # the change in words
    side: str = "new"  # where 'where' points: 'new', or 'old' for something removed


@dataclass(frozen=True)
class Movement:
    """One option before and after, and its score change split by edit group."""

    id: str
    name: str
    status: str  # 'kept', 'added', 'removed', 'sifted out' or 'scored' (see _status)
    old_rank: int | None
    new_rank: int | None
    old_score: float | None
    new_score: float | None
    old_eligible: bool | None
    new_eligible: bool | None
    old_shortlisted: bool
    new_shortlisted: bool
    parts: Mapping[str, float] = field(default_factory=dict)  # 'weight:risk', 'score:risk', 'scale:risk'

    @property
    def change(self) -> float | None:
        if self.old_score is None or self.new_score is None:
            return None
        return self.new_score - self.old_score


@dataclass(frozen=True)
class Crossing:
    """An edited criterion weight that moved past one of its switching values on the OLD side.

    A switching value holds the other weights in their proportions; that is exactly what
    happens when this is the only weight edited (``alone``), and an indication otherwise.
    """

    criterion: str
    old_weight: float  # normalised
    new_weight: float
    threshold: float
    new_leader: str  # who overtakes the old leader past the threshold
    alone: bool


@dataclass(frozen=True)
class Diff:
    old_label: str
    new_label: str
    old: Result
    new: Result
    changes: tuple[Change, ...]
    movements: tuple[Movement, ...]  # NEW's ranking order, then the removed options
    crossings: tuple[Crossing, ...]

    @property
    def leader_changed(self) -> bool:
        return self.old.leader != self.new.leader

    @property
    def shortlist_changed(self) -> bool:
        """Whether a different set of options is shortlisted (their order follows the ranking)."""
        return set(self.old.shortlist) != set(self.new.shortlist)

    def lead(self) -> tuple[float | None, float | None]:
        """The old leader's margin over the best other eligible option, before and after.

        Negative after: it no longer leads. None where it is not eligible or stands alone.
        """
        leader = self.old.leader
        return (_margin(self.old, leader), _margin(self.new, leader)) if leader else (None, None)

    def names(self) -> dict[str, str]:
        """Every option's, criterion's and gate's name by id: NEW's, else OLD's for one removed."""
        names: dict[str, str] = {}
        for appraisal in (self.old.appraisal, self.new.appraisal):
            names.update({c.id: c.name for c in appraisal.criteria})
            names.update({g.id: g.name for g in appraisal.gates})
            names.update({o.id: o.name for o in appraisal.options})
        return names

    def to_dict(self) -> dict[str, Any]:
        before, after = self.lead()
        names = self.names()
        return {
            "old": self.old_label,
            "new": self.new_label,
            "names": names,
            "leader": {"old": self.old.leader, "new": self.new.leader, "changed": self.leader_changed},
            "shortlist": {"old": self.old.shortlist, "new": self.new.shortlist, "changed": self.shortlist_changed},
            "lead": {"option": self.old.leader, "old_margin": before, "new_margin": after,
                     "survived": self.old.leader is not None and self.new.leader == self.old.leader},
            "crossings": [
                {"criterion": c.criterion, "criterion_name": names.get(c.criterion, c.criterion),
                 "old_weight": c.old_weight, "new_weight": c.new_weight, "threshold": c.threshold,
                 "new_leader": c.new_leader, "new_leader_name": names.get(c.new_leader, c.new_leader),
                 "alone": c.alone}
                for c in self.crossings
            ],
            "changes": [
                {"kind": c.kind, "subject": c.subject, "old": c.old, "new": c.new, "text": c.text,
                 "side": c.side, "path": c.where.path if c.where else None,
                 "line": c.where.line if c.where else None}
                for c in self.changes
            ],
            "movements": [
                {"id": m.id, "name": m.name, "status": m.status,
                 "old_rank": m.old_rank, "new_rank": m.new_rank,
                 "old_score": m.old_score, "new_score": m.new_score, "change": m.change,
                 "old_eligible": m.old_eligible, "new_eligible": m.new_eligible,
                 "old_shortlisted": m.old_shortlisted, "new_shortlisted": m.new_shortlisted,
                 "parts": dict(m.parts)}
                for m in self.movements
            ],
        }


def _margin(result: Result, oid: str | None) -> float | None:
    table = result.table
    if oid is None or oid not in table.index or not bool(table.at[oid, "eligible"]):
        return None
    others = table.loc[table["eligible"] & (table.index != oid), "score"]
    return None if others.empty else float(table.at[oid, "score"] - others.max())


def compare(
    old: Appraisal,
    new: Appraisal,
    *,
    old_label: str = "OLD",
    new_label: str = "NEW",
    locate_old: Any = None,
    locate_new: Any = None,
    scenario: str | None = None,
    overrides: Mapping[str, float] | None = None,
) -> Diff:
    """Compare two appraisals scored alike (the same scenario and what-if weights).

    ``locate_old``/``locate_new`` map a Location of that side to the one shown to the user.
    Raises AppraisalError (E802) naming the side that lacks the scenario or a weighted criterion.
    """
    overrides = dict(overrides or {})
    old_result = _score(old, old_label, scenario, overrides)
    new_result = _score(new, new_label, scenario, overrides)
    here_old = locate_old or (lambda where: where)
    here_new = locate_new or (lambda where: where)
    changes = tuple(_changes(old, new, old_result, new_result, here_old, here_new))
    return Diff(
        old_label, new_label, old_result, new_result, changes,
        tuple(_movements(old_result, new_result, scenario, overrides)),
        tuple(_crossings(old_result, new_result)),
    )


def _score(appraisal: Appraisal, label: str, scenario: str | None, overrides: Mapping[str, float]) -> Result:
    try:
        return appraise(appraisal, scenario, overrides)
    except UnknownName as exc:
        message = f"both sides must be scored alike, but {label} has {exc}"
        raise AppraisalError([Problem(Location(label), "E802", message)]) from None


def compare_with(
    appraisal: Appraisal, earlier: str, *, scenario: str | None = None, overrides: Mapping[str, float] | None = None,
) -> Diff:
    """``appraisal`` against an earlier version of itself: a git revision of its folder, or a folder.

    Places in this version are named relative to its folder, as the report names files.
    """
    from adm_appraise.files.revision import open_side

    base = appraisal.criteria_path.parent

    def here(where: Location) -> Location:
        path = Path(where.path)
        return replace(where, path=path.relative_to(base).as_posix()) if path.is_relative_to(base) else where

    with open_side(earlier, base) as before:
        return compare(before.appraisal, appraisal, old_label=before.label, new_label="this version",
                       locate_old=before.locate, locate_new=here, scenario=scenario, overrides=overrides)


# --- attribution -------------------------------------------------------------------------


def attribute(
    w0: np.ndarray, w1: np.ndarray, v0: np.ndarray, v1: np.ndarray,
    x0: np.ndarray, x1: np.ndarray, ends0: np.ndarray, ends1: np.ndarray,
    functions: tuple[Sequence[ValueFunction | None], Sequence[ValueFunction | None]] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Split each option's score change into weight, own-score and scale parts per criterion.

    ``w0``/``w1`` are raw weights (criteria), ``v0``/``v1`` values and ``x0``/``x1`` raw
    numbers (options x criteria), ``ends0``/``ends1`` the (worst, best) of each criterion
    (criteria x 2). Returns three arrays (options x criteria) whose total over both axes is,
    for each option, exactly ``sum(w1n * v1) - sum(w0n * v0)`` with normalised weights.
    """
    n0, n1 = w0 / w0.sum(), w1 / w1.sum()
    vbar, wbar = (v0 + v1) / 2, (n0 + n1) / 2
    weight_parts = _aumann_shapley(w0, w1 / _common_ratio(w0, w1), vbar)
    x_part, scale_part = _two_factor(x0, x1, ends0, ends1, functions)
    return weight_parts, wbar * x_part, wbar * scale_part


def _common_ratio(w0: np.ndarray, w1: np.ndarray) -> float:
    """The factor by which most raw weights changed together (1 when most are unchanged).

    The score depends on the weights only through W / sum(W), so W1 and k W1 give the same
    scores; taking out the factor most weights share leaves the edits themselves: a pure rescale
    (every weight doubled) then moves nothing, and one edited weight carries its whole effect.
    Ties go to the factor nearest 1.
    """
    both = (w0 > 0) & (w1 > 0)
    if not both.any():
        return 1.0
    ratios = np.round(w1[both] / w0[both], 9)
    values, counts = np.unique(ratios, return_counts=True)
    best = counts.max()
    candidates = values[counts == best]
    return float(candidates[np.argmin(np.abs(np.log(candidates)))])


def _aumann_shapley(w0: np.ndarray, w1: np.ndarray, value: np.ndarray) -> np.ndarray:
    """Each raw weight's share of the change of F(W) = value . W / sum(W) from W0 to W1.

    Along W(t) = W0 + t D, with T(t) = T0 + t d (d = sum D), a = value . W0, b = value . D:
    share_c = D_c * integral_0^1 (value_c - F(t)) / T(t) dt
            = D_c * (value_c * L - J), where L = integral dt / T and J = integral (a + b t) / T^2 dt.
    The shares sum to F(W1) - F(W0) for every option (rows of ``value``).
    """
    delta = w1 - w0
    t0, t1, d = float(w0.sum()), float(w1.sum()), float(delta.sum())
    a, b = value @ w0, value @ delta  # per option
    if abs(d) <= 1e-12 * t0:
        big_l = 1.0 / t0
        j = (a + b / 2) / t0**2
    else:
        big_l = math.log1p(d / t0) / d
        # a + b t = (b / d) T(t) + (a - b t0 / d); integral dt / T^2 = 1 / (t0 t1)
        j = (b / d) * big_l + (a - b * t0 / d) / (t0 * t1)
    return delta * (value * big_l - j[:, None])


def _two_factor(
    x0: np.ndarray, x1: np.ndarray, ends0: np.ndarray, ends1: np.ndarray,
    functions: tuple[Sequence[ValueFunction | None], Sequence[ValueFunction | None]] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The value change v(x1, e1) - v(x0, e0) split between the raw number and the scale ends
    (a value function's change counts with the ends: both are the criterion's scale)."""

    def v(x: np.ndarray, ends: np.ndarray, functions: Sequence[ValueFunction | None]) -> np.ndarray:
        return to_values(x, ends[:, 0], ends[:, 1], functions)

    f0, f1 = functions or ([None] * len(ends0), [None] * len(ends1))
    v00, v10, v01, v11 = v(x0, ends0, f0), v(x1, ends0, f0), v(x0, ends1, f1), v(x1, ends1, f1)
    return ((v10 - v00) + (v11 - v01)) / 2, ((v01 - v00) + (v11 - v10)) / 2


def _status(oid: str, sifted: tuple[set[str], set[str]], in_old: bool, in_new: bool) -> str:
    """'kept', 'added', 'removed', or for an option left unscored by a gate on one side (the long
    list's sifting: ``sifted``, OLD's and NEW's), 'sifted out' and 'scored'."""
    if in_old and in_new:
        return "kept"
    if in_new:
        return "scored" if oid in sifted[0] else "added"
    return "sifted out" if oid in sifted[1] else "removed"


def _movements(
    old: Result, new: Result, scenario: str | None, overrides: Mapping[str, float]
) -> list[Movement]:
    both = [o for o in new.table.index if o in old.table.index]
    parts = _parts(old, new, [str(o) for o in both], scenario, overrides) if both else {}
    # sets, looked up once an option: a shortlist (min_score) or a sifting can hold most options
    sifted, listed = (set(old.sifted_out), set(new.sifted_out)), (set(old.shortlist), set(new.shortlist))
    rows = []
    for oid in [*map(str, new.table.index), *(str(o) for o in old.table.index if o not in new.table.index)]:
        in_old, in_new = oid in old.table.index, oid in new.table.index
        option = new.appraisal.option(oid) if in_new else old.appraisal.option(oid)
        rows.append(Movement(
            id=oid, name=option.name, status=_status(oid, sifted, in_old, in_new),
            old_rank=_rank(old, oid), new_rank=_rank(new, oid),
            old_score=old.score(oid) if in_old else None,
            new_score=new.score(oid) if in_new else None,
            old_eligible=bool(old.table.at[oid, "eligible"]) if in_old else None,
            new_eligible=bool(new.table.at[oid, "eligible"]) if in_new else None,
            old_shortlisted=oid in listed[0], new_shortlisted=oid in listed[1],
            parts=parts.get(oid, {}),
        ))
    return rows


def _rank(result: Result, oid: str) -> int | None:
    if oid not in result.table.index:
        return None
    rank: Any = result.table.at[oid, "rank"]
    return None if pd.isna(rank) else int(rank)


def _parts(
    old: Result, new: Result, ids: list[str], scenario: str | None, overrides: Mapping[str, float]
) -> dict[str, dict[str, float]]:
    """Every kept option's parts, keyed 'weight:c', 'score:c', 'scale:c' (non-zero ones only)."""
    crit = [c.id for c in new.appraisal.criteria] + [
        c.id for c in old.appraisal.criteria if c.id not in {k.id for k in new.appraisal.criteria}
    ]
    raw0 = old.appraisal.weights(scenario, overrides)
    raw1 = new.appraisal.weights(scenario, overrides)
    w0 = np.array([raw0.get(c, 0.0) for c in crit], dtype=float)
    w1 = np.array([raw1.get(c, 0.0) for c in crit], dtype=float)

    def side(result: Result, other: Result) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[ValueFunction | None]]:
        """Values, raw numbers, ends and value functions; a criterion missing here borrows the other side's."""
        values, raws, ends, functions = [], [], [], []
        for c in crit:
            source = result if c in result.matrix.raw.columns else other
            m = source.matrix
            values.append(source.values.loc[ids, c].to_numpy(dtype=float))
            raws.append(m.raw.loc[ids, c].to_numpy(dtype=float))
            ends.append((float(m.worst[c]), float(m.best[c])))
            functions.append(m.functions.get(c))
        return np.column_stack(values), np.column_stack(raws), np.array(ends, dtype=float), functions

    v0, x0, e0, f0 = side(old, new)
    v1, x1, e1, f1 = side(new, old)
    weight, score, scale = attribute(w0, w1, v0, v1, x0, x1, e0, e1, (f0, f1))
    edited = _judgement_shares(old, new, crit, (v0 + v1) / 2, scenario, overrides)
    out: dict[str, dict[str, float]] = {}
    for i, oid in enumerate(ids):
        found = {}
        for kind, array in (("weight", weight), ("score", score), ("scale", scale)):
            if kind == "weight" and edited is not None:
                continue
            for j, c in enumerate(crit):
                if abs(array[i, j]) > 1e-12:
                    found[f"{kind}:{c}"] = float(array[i, j])
        for key, share in (edited or {}).items():
            if abs(share[i]) > 1e-12:
                found[key] = float(share[i])
        out[oid] = found
    return out


def _judgement_shares(
    old: Result, new: Result, crit: list[str], vbar: np.ndarray, scenario: str | None, overrides: Mapping[str, float]
) -> dict[str, np.ndarray] | None:
    """The weight part split among the edited judgements of a weighting record (judgements module
    docstring), where both sides derive their weights from comparable records over the same
    criteria and no scenario or what-if weight overrides them; None otherwise."""
    r0, r1 = old.appraisal.weighting, new.appraisal.weighting
    if scenario is not None or overrides or not judgements.comparable(r0, r1):
        return None
    assert r0 is not None and r1 is not None
    if not (_derives(old.appraisal) and _derives(new.appraisal)):
        return None
    if [c.id for c in old.appraisal.criteria] != [c.id for c in new.appraisal.criteria]:
        return None
    return judgements.shares(r0, r1, crit, vbar)


def _crossings(old: Result, new: Result) -> list[Crossing]:
    """Edited criterion weights that moved past the OLD side's switching values."""
    ids, values = eligible_values(old)
    if old.leader is None or len(ids) < 2:
        return []
    criteria = [str(c) for c in old.weights.index]
    raw0, raw1 = old.appraisal.weights(old.scenario, old.overrides), new.appraisal.weights(new.scenario, new.overrides)
    edited = {c for c in raw0 if c in raw1 and raw0[c] != raw1[c]}
    alone = len(edited) == 1 and set(raw0) == set(raw1)
    switches = weight_switches(values, ids, old.weights.to_numpy(dtype=float), ids.index(old.leader), criteria)
    found = []
    for s in switches:
        if s.criterion not in edited:
            continue
        after = float(new.weights[s.criterion])
        if abs(after - s.weight) <= TIE:
            continue
        switch = s.lower if after < s.weight else s.upper
        if switch is not None and (after <= switch.weight + TIE if after < s.weight else after >= switch.weight - TIE):
            found.append(Crossing(s.criterion, s.weight, after, switch.weight, switch.new_leader, alone))
    return found


# --- the edits ---------------------------------------------------------------------------


def _fmt(number: float | None) -> str:
    return "none" if number is None else f"{number:g}"


def _short(text: str | None, limit: int = 80) -> str:
    if not text:
        return "(none)"
    flat = " ".join(text.split())
    return f'"{flat}"' if len(flat) <= limit else f'"{flat[: limit - 1]}…"'


def _changes(
    old: Appraisal, new: Appraisal, old_result: Result, new_result: Result, here_old: Any, here_new: Any
) -> list[Change]:
    out: list[Change] = []
    add = out.append
    where_new = here_new(new.where) if new.where else None
    if old.title != new.title:
        text = f"title {_short(old.title)} → {_short(new.title)}"
        add(Change("title", "title", old.title, new.title, where_new, text))
    if old.scale != new.scale:
        text = f"scale {_fmt(old.scale[0])}-{_fmt(old.scale[1])} → {_fmt(new.scale[0])}-{_fmt(new.scale[1])}"
        add(Change("scale", "scale", list(old.scale), list(new.scale), where_new, text))
    if old.shortlist != new.shortlist:
        text = f"shortlist rule '{old.shortlist.describe()}' → '{new.shortlist.describe()}'"
        add(Change("shortlist", "shortlist", old.shortlist.describe(), new.shortlist.describe(), where_new, text))
    if old.baseline != new.baseline:
        where = here_new(new.baseline_where) if new.baseline_where else where_new
        add(Change("baseline", "baseline", old.baseline, new.baseline, where,
                   f"baseline {old.baseline or 'none'} → {new.baseline or 'none'}"))
    out += _criteria_changes(old, new, old_result, new_result, here_old, here_new)
    for name in sorted(set(old.scenarios) | set(new.scenarios)):
        before, after = old.scenarios.get(name), new.scenarios.get(name)
        if before != after:
            text = (f"scenario '{name}' added" if before is None else f"scenario '{name}' removed" if after is None
                    else f"scenario '{name}' weights {dict(before)} → {dict(after)}")
            add(Change("scenario", name, None if before is None else dict(before),
                       None if after is None else dict(after), where_new, text))
    old_options = {o.id: o for o in old.options}
    new_options = {o.id: o for o in new.options}
    for oid, option in new_options.items():
        if oid not in old_options:
            add(Change("option", oid, None, option.name, here_new(option.where), f"option '{oid}' added"))
        else:
            out += _option_changes(old_options[oid], option, old_result, new_result, here_new)
    for oid, option in old_options.items():
        if oid not in new_options:
            add(Change("option", oid, option.name, None, here_old(option.where), f"option '{oid}' removed", "old"))
    out += _economic_changes(old, new, here_new)
    return out


def _criteria_changes(
    old: Appraisal, new: Appraisal, old_result: Result, new_result: Result, here_old: Any, here_new: Any
) -> list[Change]:
    out = []
    before = {c.id: c for c in old.criteria}
    after = {c.id: c for c in new.criteria}
    # with a record that derives the weights, the edit is a judgement (a swing, an order, a
    # comparison), shown where it was made, then the derived weights it moved
    derived = _derives(old) or _derives(new)
    if derived:
        out += _weighting_changes(old, new, old_result, new_result, here_new)
    for cid, c in after.items():
        where = here_new(c.where)
        if cid not in before:
            out.append(Change("criterion", cid, None, c.name, where,
                              f"criterion '{cid}' added (weight {_fmt(c.weight)})"))
            continue
        b = before[cid]
        w0, w1 = float(old_result.weights[cid]), float(new_result.weights[cid])
        if derived and b.stated_weight != c.stated_weight:  # a stated weight beside a record: the record wins
            text = f"stated weight of {cid} {_fmt(b.stated_weight)} → {_fmt(c.stated_weight)}"
            out.append(Change("weight", cid, {"raw": b.stated_weight, "normalised": w0},
                              {"raw": c.stated_weight, "normalised": w1}, where, text))
        elif not derived and b.weight != c.weight:  # a raw edit; the others' normalised shares follow from it
            text = (f"weight of {cid} {_fmt(b.weight)} → {_fmt(c.weight)} "
                    f"(normalised {100 * w0:.1f}% → {100 * w1:.1f}%)")
            out.append(Change("weight", cid, {"raw": b.weight, "normalised": w0},
                              {"raw": c.weight, "normalised": w1}, where, text))
        for key in ("name", "type", "unit", "direction", "range", "description"):
            if getattr(b, key) != getattr(c, key):
                old_v, new_v = getattr(b, key), getattr(c, key)
                shown = (_short(old_v), _short(new_v)) if key in ("name", "description") else (old_v, new_v)
                out.append(Change("criterion", f"{cid}.{key}", _plain(old_v), _plain(new_v), where,
                                  f"{key} of criterion {cid} {shown[0]} → {shown[1]}"))
        if _shape(b) != _shape(c):  # a value function added, removed or edited
            words = [f.describe() if f is not None else "linear" for f in (b.function, c.function)]
            out.append(Change("criterion", f"{cid}.value_function", words[0], words[1], where,
                              f"value function of criterion {cid} {words[0]} → {words[1]}"))
        if dict(b.levels) != dict(c.levels):
            out.append(Change("criterion", f"{cid}.levels", _plain(dict(b.levels)), _plain(dict(c.levels)), where,
                              f"score descriptors (levels) of criterion {cid} changed"))
    for cid, c in before.items():
        if cid not in after:
            out.append(Change("criterion", cid, c.name, None, here_old(c.where), f"criterion '{cid}' removed", "old"))
    return out


def _shape(c: Criterion) -> tuple[object, ...] | None:
    """A criterion's value function, without where it stands (None: the straight line)."""
    f = c.function
    return None if f is None else (f.type, f.points, f.shape)


def _derives(appraisal: Appraisal) -> bool:
    record = appraisal.weighting
    return record is not None and (record.derived or bool(record.groups))


def _weighting_changes(
    old: Appraisal, new: Appraisal, old_result: Result, new_result: Result, here: Any
) -> list[Change]:
    """The judgements edited (each where it stands), then the derived weights they moved."""
    out = []
    r0, r1 = old.weighting, new.weighting
    where = here(r1.where) if r1 is not None and r1.where else here(new.where) if new.where else None
    if judgements.comparable(r0, r1):
        assert r0 is not None and r1 is not None
        for j in judgements.edits(r0, r1):
            by = f" by {j.judge}" if j.judge else ""
            out.append(Change("judgement", f"{j.level}.{j.item or j.kind}{by}", j.old, j.new,
                              here(j.where) if j.where else where, j.text))
    else:
        text = ("weighting record added" if r0 is None else "weighting record removed" if r1 is None
                else "weighting record restructured (its levels, items or methods changed)")
        out.append(Change("judgement", "weighting", None, None, where, text))
    common = [c for c in new_result.weights.index if c in old_result.weights.index]
    moved = [(str(c), float(old_result.weights[c]), float(new_result.weights[c])) for c in common
             if abs(float(old_result.weights[c]) - float(new_result.weights[c])) > 1e-12]
    if moved:
        shown = ", ".join(f"{c} {100 * a:.1f}% → {100 * b:.1f}%" for c, a, b in moved)
        out.append(Change("weights", "weights", {c: a for c, a, _ in moved}, {c: b for c, _, b in moved}, where,
                          f"derived weights moved: {shown}"))
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items()}
    return value


def _option_changes(old: Option, new: Option, old_result: Result, new_result: Result, here: Any) -> list[Change]:
    out = []
    oid = new.id
    if old.name != new.name:
        out.append(Change("name", oid, old.name, new.name, here(new.where),
                          f"name of option {oid} {_short(old.name)} → {_short(new.name)}"))
    if old.description != new.description:
        out.append(Change("description", oid, old.description, new.description, here(new.where),
                          f"description of option {oid} changed"))
    for gid in [*new.gates, *(g for g in old.gates if g not in new.gates)]:
        a, b = old.gates.get(gid), new.gates.get(gid)
        where = here(b.where) if b else here(new.where)
        if (a.result if a else None) != (b.result if b else None):
            out.append(Change("gate", f"{oid}.{gid}", a.result if a else None, b.result if b else None, where,
                              f"gate {gid} of {oid}: {a.result if a else 'none'} → {b.result if b else 'none'}"))
        before, after = a.rationale if a else None, b.rationale if b else None
        if before != after:
            out.append(Change("rationale", f"{oid}.{gid}", before, after, where,
                              f"gate rationale {oid}.{gid}: {_short(before)} → {_short(after)}"))
    for cid in [*new.scores, *(c for c in old.scores if c not in new.scores)]:
        out += _score_changes(oid, cid, old.scores.get(cid), new.scores.get(cid), old_result, new_result, here)
    return out


def _score_changes(
    oid: str, cid: str, a: Assessment | None, b: Assessment | None, old_result: Result, new_result: Result,
    here: Any,
) -> list[Change]:
    out = []
    where = here(b.where) if b else None
    subject = f"{oid}.{cid}"
    point = (a.point if a else None, b.point if b else None)
    spread = ((a.low, a.high) if a else None, (b.low, b.high) if b else None)
    if point[0] != point[1] or spread[0] != spread[1]:
        v0 = _value(old_result, oid, cid)
        v1 = _value(new_result, oid, cid)
        text = f"score {subject} {_fmt(point[0])} → {_fmt(point[1])}"
        if spread[0] != spread[1]:
            text += f" (range {_range(spread[0])} → {_range(spread[1])})"
        if v0 is not None and v1 is not None and abs(v0 - v1) > TIE:
            text += f"; value {v0:.1f} → {v1:.1f}"
        out.append(Change("score", subject, point[0], point[1], where, text))
    before, after = a.rationale if a else None, b.rationale if b else None
    if before != after:
        out.append(Change("rationale", subject, before, after, where,
                          f"rationale {subject}: {_short(before)} → {_short(after)}"))
    if (a.evidence if a else ()) != (b.evidence if b else ()):
        out.append(Change("evidence", subject, list(a.evidence) if a else [], list(b.evidence) if b else [], where,
                          f"evidence {subject} changed"))
    return out


def _range(pair: tuple[float | None, float | None] | None) -> str:
    if pair is None or pair == (None, None):
        return "none"
    return f"{_fmt(pair[0])}..{_fmt(pair[1])}"


def _value(result: Result, oid: str, cid: str) -> float | None:
    values = result.values
    if oid in values.index and cid in values.columns:
        value: Any = values.at[oid, cid]
        return float(value)
    return None


# --- The economic case: edits to the economics: block and to options' costs and benefits


def _economic_changes(old: Appraisal, new: Appraisal, here: Any) -> list[Change]:
    """Edits of the economic case; they move no MCA score, so they carry no score parts."""
    out = []
    e0, e1 = old.economics, new.economics
    keys = ("base_year", "price_base", "unit", "discount", "rate", "horizon")
    edited = [k for k in keys if e0 is not None and e1 is not None and getattr(e0, k) != getattr(e1, k)]
    if e0 is not None and e1 is not None and _bias(e0.optimism_bias) != _bias(e1.optimism_bias):
        edited.append("optimism_bias")
    if (e0 is None) != (e1 is None) or edited:
        where = here(e1.where) if e1 else here(new.where) if new.where else None
        text = ("economics: block added" if e0 is None else "economics: block removed" if e1 is None
                else "economics: " + ", ".join(edited) + " changed")
        out.append(Change("economics", "economics", None, None, where, text))
    before = {o.id: o for o in old.options}
    for o in new.options:
        b = before.get(o.id)
        if b is None:
            continue
        lines0 = {**{f"costs.{k}": v for k, v in (b.costs.lines() if b.costs else {}).items()},
                  **{f"benefits.{k}": v for k, v in b.benefits.items()}}
        lines1 = {**{f"costs.{k}": v for k, v in (o.costs.lines() if o.costs else {}).items()},
                  **{f"benefits.{k}": v for k, v in o.benefits.items()}}
        for name in [*lines1, *(n for n in lines0 if n not in lines1)]:
            x, y = lines0.get(name), lines1.get(name)
            same = x is not None and y is not None and (x.flows, x.low, x.high) == (y.flows, y.low, y.high)
            if same:
                continue
            where = here(y.where) if y is not None else here(o.where)
            out.append(Change("cost" if name.startswith("costs") else "benefit", f"{o.id}.{name}",
                              None if x is None else x.total, None if y is None else y.total, where,
                              f"{name} of {o.id}: total {_line_total(x)} → {_line_total(y)}"))
        bias0 = b.costs.optimism_bias if b.costs else None
        bias1 = o.costs.optimism_bias if o.costs else None
        if _bias(bias0) != _bias(bias1):
            where = here(bias1.where) if bias1 else here(o.where)
            out.append(Change("cost", f"{o.id}.optimism_bias", None, None, where, f"optimism bias of {o.id} changed"))
    return out


def _bias(b: Any) -> Any:
    """An optimism bias as what it says, without where it stands."""
    return None if b is None else (b.category, dict(b.mix), b.capital, b.operating, b.mitigation, b.evidence,
                                   b.rationale)


def _line_total(line: Any) -> str:
    if line is None:
        return "none"
    ranged = line.low is not None or line.high is not None
    return _fmt(line.total) + (f" ({_fmt(line.low)}-{_fmt(line.high)})" if ranged else "")
