"""The scoring panel: panel/<assessor>.yaml files, loaded, checked and folded into the options.

Each assessor scores every option on every 'score' criterion independently, except options
on which they declared a conflict of interest, or cells where they abstain with a reason.
The option files keep the moderated (agreed) score; where one gives none, the panel's
aggregate (median by default, ``panel: {aggregate: mean}`` in criteria.yaml) is used and the
assessment is marked unmoderated.

Nothing here runs unless a ``panel/`` folder exists beside criteria.yaml: an appraisal
without one loads exactly as before.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from adm_appraise.files.yamlfile import Document
from adm_appraise.model import (
    Appraisal,
    Assessment,
    Assessor,
    Conflict,
    Panel,
    PanelScore,
    PanelSettings,
)
from adm_appraise.problems import Location, Problem, did_you_mean


def panel_files(folder: Path, problems: list[Problem]) -> list[Path]:
    """The assessor files in ``folder`` (E408 when there are none)."""
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))
    if not files:
        problems.append(Problem(Location(str(folder)), "E408", "no assessor files (*.yaml) in the panel folder"))
    return files


def assessor(spec: Any, doc: Document) -> Assessor:
    """The domain object of one parsed panel file."""
    scores: dict[str, dict[str, PanelScore]] = {}
    for oid, cells in spec.scores.items():
        scores[oid] = {}
        for cid, entry in cells.items():
            where = doc.where(("scores", oid, cid))
            if isinstance(entry, float):
                scores[oid][cid] = PanelScore(entry, where)
                continue
            at = {k: doc.where(("scores", oid, cid, k)) for k in ("score", "low", "high", "abstain")}
            scores[oid][cid] = PanelScore(
                entry.score, where, entry.low, entry.high, entry.rationale, tuple(entry.evidence),
                entry.abstain, entry.dissent, at,
            )
    conflicts = tuple(
        Conflict(c.option, c.reason, doc.where(("conflicts", i, "option"))) for i, c in enumerate(spec.conflicts)
    )
    meta = spec.assessor
    return Assessor(
        id=meta.id, name=meta.name, role=meta.role, path=doc.path, where=doc.where(("assessor", "id")),
        organisation=meta.organisation, interests=spec.interests, conflicts=conflicts, scores=scores,
        keys={
            **{k: doc.where((k,), key=True) for k in ("assessor", "scores", "conflicts")},
            **{f"scores.{oid}": doc.where(("scores", oid), key=True) for oid in spec.scores},
        },
    )


def settings(spec: Any, doc: Document) -> PanelSettings:
    """criteria.yaml's panel settings (the defaults when it has none)."""
    if spec.panel is None:
        return PanelSettings()
    return PanelSettings(spec.panel.aggregate, spec.panel.disagreement, doc.where(("panel",), key=True))


def unused_settings(settings: PanelSettings, folder: Path) -> tuple[Problem, ...]:
    """W407 when criteria.yaml sets 'panel:' but there is no panel folder to apply it to."""
    if settings.where is None:
        return ()
    return (Problem(settings.where, "W407", f"'panel:' settings are given but there is no {folder.name}/ folder "
                                           "beside criteria.yaml: they have no effect", "warning"),)


def with_aggregates(appraisal: Appraisal, *, complete: bool = True) -> Appraisal:
    """Options whose files give no score on a 'score' criterion take the panel's aggregate, unmoderated.

    ``complete`` is False when some panel files did not load: a gap they might have filled is then
    left unknown (point None) rather than reported as a missing score.
    """
    panel = appraisal.panel
    if panel is None:
        return appraisal
    options = []
    for option in appraisal.options:
        if option.unscored:  # sifted out at a gate: the panel's scores for it are not used
            options.append(option)
            continue
        filled = dict(option.scores)
        for c in appraisal.criteria:
            if c.is_measure or c.id in filled:
                continue
            point = panel.aggregate(option.id, c.id)
            if point is not None or not complete:
                at = option.keys.get("scores", option.where)
                filled[c.id] = Assessment(point, at, rationale=None, unmoderated=True)
        options.append(dataclasses.replace(option, scores=filled) if filled != option.scores else option)
    return dataclasses.replace(appraisal, options=tuple(options))


def check(appraisal: Appraisal, documents: Collection[str] | None = None) -> list[Problem]:
    """Every error in the panel files (none when there is no panel).

    ``documents`` holds the id of every option file read, loaded or not (None when some file could
    not be read at all): a panel score for an option whose file has errors is no second error, and
    while a file is unreadable no option can be called unknown.
    """
    panel = appraisal.panel
    if panel is None:
        return []
    return [*_unique(panel), *(p for a in panel.assessors for p in _assessor(appraisal, a, documents))]


def _unique(panel: Panel) -> Iterator[Problem]:
    seen: dict[str, Assessor] = {}
    for a in panel.assessors:
        if a.id in seen:
            yield Problem(a.where, "E406", f"duplicate assessor id '{a.id}' (also in {seen[a.id].path.name})")
        else:
            seen[a.id] = a


def _assessor(appraisal: Appraisal, a: Assessor, documents: Collection[str] | None) -> Iterator[Problem]:
    options = [o.id for o in appraisal.options]
    unscored = {o.id for o in appraisal.options if o.unscored}
    criteria = {c.id: c for c in appraisal.criteria}

    def unknown(oid: str) -> bool:  # in no option file: an option whose file has errors is not unknown
        return oid not in options and documents is not None and oid not in documents

    for declared in a.conflicts:
        if unknown(declared.option):
            yield Problem(declared.where, "E401", f"{a.id} declares a conflict on unknown option "
                                                  f"'{declared.option}'{did_you_mean(declared.option, options)}")
    for oid, cells in a.scores.items():
        if unknown(oid):
            where = a.keys.get(f"scores.{oid}", a.where)
            yield Problem(where, "E401", f"{a.id} scores unknown option '{oid}'{did_you_mean(oid, options)}")
        if oid not in options or oid in unscored:  # unknown, unloaded, or sifted out (W408): not checked
            continue
        conflict = a.conflicted(oid)
        for cid, entry in cells.items():
            if cid not in criteria:
                yield Problem(entry.where, "E402", f"{a.id} scores {oid} on unknown criterion "
                                                   f"'{cid}'{did_you_mean(cid, list(criteria))}")
            elif criteria[cid].is_measure:
                yield Problem(entry.where, "E403", f"'{cid}' is a measure: its value is a fact for the option "
                                                   "file, not a panel score")
            elif conflict is not None and entry.point is not None:
                yield Problem(entry.where, "E405", f"{a.id} declared a conflict on {oid} ({conflict.reason}) "
                                                   "and must not score it")
            else:
                yield from _entry(appraisal, a, oid, cid, entry)
    yield from _missing(appraisal, a)


def _entry(appraisal: Appraisal, a: Assessor, oid: str, cid: str, entry: PanelScore) -> Iterator[Problem]:
    if (entry.point is None) == (entry.abstain is None):
        what = "both a score and 'abstain'" if entry.abstain else "neither a score nor 'abstain: reason'"
        yield Problem(entry.where, "E407", f"{a.id}: {oid} on {cid} gives {what}")
        return
    if entry.point is None:
        return
    low, high = appraisal.scale
    for key, number in (("low", entry.low), ("score", entry.point), ("high", entry.high)):
        if number is not None and low < high and not low <= number <= high:
            where = entry.at.get(key, entry.where)
            yield Problem(where, "E203", f"{a.id}: {oid} {cid} {key} {number:g} is off the scale {low:g}-{high:g}")
    if (entry.low is not None and entry.low > entry.point) or (entry.high is not None and entry.high < entry.point):
        yield Problem(entry.where, "E203", f"{a.id}: {oid} {cid} needs low <= score <= high")


def _missing(appraisal: Appraisal, a: Assessor) -> Iterator[Problem]:
    for o in appraisal.scored_options:  # an option sifted out at a gate is not scored, by the panel either
        if a.conflicted(o.id):
            continue
        given = a.scores.get(o.id, {})
        at = a.keys.get(f"scores.{o.id}", a.keys.get("scores", a.where))
        for c in appraisal.criteria:
            if not c.is_measure and c.id not in given:
                yield Problem(at, "E404", f"{a.id} does not score {o.id} on '{c.id}' (score it, declare a "
                                          "conflict on the option, or abstain with a reason)")


def unmoderated(appraisal: Appraisal) -> list[Problem]:
    """W405 for every score that is the panel's aggregate, not a moderated score (shown by every command)."""
    return [p for p in lint(appraisal) if p.code == "W405"]


def lint(appraisal: Appraisal) -> list[Problem]:
    """Warnings a reviewer would raise about the panel's record (none when there is no panel)."""
    panel = appraisal.panel
    if panel is None:
        return []
    found: list[Problem] = []
    threshold = panel.settings.disagreement
    for o in appraisal.options:
        if o.unscored:
            found += _sifted_scores(panel, o.id)
            continue
        for c in appraisal.criteria:
            if c.is_measure:
                continue
            found += _cell_lints(o.id, c.id, o.scores[c.id], sorted(panel.points(o.id, c.id).values()), threshold,
                                 panel.settings.aggregate)
    for a in panel.assessors:
        points = {e.point for cells in a.scores.values() for e in cells.values() if e.point is not None}
        given = sum(e.point is not None for cells in a.scores.values() for e in cells.values())
        if len(points) == 1 and given > 1:
            found.append(Problem(a.where, "W404", f"{a.id} gives every score as {points.pop():g}: scores that never "
                                                  "vary cannot tell the options apart", "warning"))
        if a.path.stem != a.id:
            found.append(Problem(a.where, "W406", f"file {a.path.name} holds assessor '{a.id}': name it "
                                                  f"{a.id}{a.path.suffix}", "warning"))
    return found


def _sifted_scores(panel: Panel, oid: str) -> Iterator[Problem]:
    """W408 for each assessor who scores an option sifted out at a gate: their scores are not used."""
    for a in panel.assessors:
        if any(e.point is not None for e in a.scores.get(oid, {}).values()):
            where = a.keys.get(f"scores.{oid}", a.where)
            yield Problem(where, "W408", f"{a.id} scores {oid}, which fails a gate and has no 'scores:' (sifted "
                                         "out): these panel scores are not used", "warning")


def _cell_lints(
    oid: str, cid: str, a: Assessment, points: list[float], threshold: float, aggregate: str
) -> Iterator[Problem]:
    if a.point is None or not points:
        return
    if a.unmoderated:
        yield Problem(a.where, "W405", f"{oid}: no moderated score on '{cid}'; the panel {aggregate} "
                                       f"({a.point:g}) stands in", "warning")
        return
    noted = bool((a.moderation or "").strip())
    low, high = points[0], points[-1]
    spread = len(points) > 1 and high - low >= threshold - 1e-9
    if spread and not noted:
        yield Problem(a.where, "W401", f"{oid}: the panel's scores on '{cid}' run from {low:g} to {high:g} and "
                                       "no 'moderation:' note says how the agreed score was reached", "warning")
    if not low <= a.point <= high:
        yield Problem(a.where, "W402", f"{oid}: the moderated score on '{cid}' ({a.point:g}) lies outside the "
                                       f"panel's scores ({low:g}-{high:g})", "warning")
    middle = statistics.median(points)
    away = abs(a.point - middle)
    if not spread and not noted and away >= threshold - 1e-9:
        yield Problem(a.where, "W403", f"{oid}: the moderated score on '{cid}' ({a.point:g}) is {away:g} from the "
                                       f"panel median ({middle:g}) with no 'moderation:' note", "warning")
