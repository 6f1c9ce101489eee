"""Semantic checks: what the schema cannot see, across the criteria file and every option.

Each check returns problems (errors); none stops at the first. ``check`` runs them all.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from adm_appraise.files import economic_checks
from adm_appraise.files.yamlfile import Document
from adm_appraise.model import Appraisal, Assessment, Criterion, GateAssessment, Option
from adm_appraise.problems import Location, Problem, did_you_mean


def check(appraisal: Appraisal, doc: Document, *, complete: bool = True) -> list[Problem]:
    """Every semantic problem; ``complete`` is False when some option files did not load."""
    return [
        *_unique(appraisal),
        *_scale(appraisal, doc),
        *_criteria(appraisal, doc),
        *(_baseline(appraisal) if complete else ()),
        *_shortlist(appraisal, doc),
        *_scenarios(appraisal, doc),
        *(p for option in appraisal.options for p in _option(appraisal, option)),
        *economic_checks.check(appraisal, doc),
    ]


def _unique(appraisal: Appraisal) -> Iterator[Problem]:
    for kind, items in (("criterion", appraisal.criteria), ("gate", appraisal.gates), ("option", appraisal.options)):
        seen: dict[str, Location] = {}
        for item in items:
            if item.id in seen:
                first = seen[item.id]
                other = f"line {first.line}" if first.path == item.where.path else str(first)
                yield Problem(item.where, "E201", f"duplicate {kind} id '{item.id}' (also at {other})")
            else:
                seen[item.id] = item.where


def _scale(appraisal: Appraisal, doc: Document) -> Iterator[Problem]:
    low, high = appraisal.scale
    if not low < high:
        yield Problem(doc.where(("appraisal", "scale")), "E202", f"scale min ({low:g}) must be below max ({high:g})")


def _criteria(appraisal: Appraisal, doc: Document) -> Iterator[Problem]:
    low, high = appraisal.scale
    for i, c in enumerate(appraisal.criteria):
        if c.is_measure:
            if c.direction is None:
                message = f"measure criterion '{c.id}' needs 'direction: lower' or 'direction: higher'"
                yield Problem(c.where, "E208", message)
            elif c.range is not None:
                worst, best = c.range
                if worst == best or (worst < best) != (c.direction == "higher"):
                    yield Problem(
                        doc.where(("criteria", i, "range")), "E203",
                        f"range [{worst:g}, {best:g}] is [worst, best] and must run the way of "
                        f"'direction: {c.direction}'",
                    )
            if c.levels:
                where = doc.where(("criteria", i, "levels"))
                yield Problem(where, "E208", f"measure criterion '{c.id}' takes no 'levels'")
        else:
            for key in ("unit", "direction", "range"):
                if getattr(c, key) is not None:
                    yield Problem(
                        doc.where(("criteria", i, key), key=True), "E208",
                        f"'{key}' is for measure criteria; add 'type: measure' to '{c.id}' or remove it",
                    )
            for level in c.levels:
                if not low <= level <= high:
                    yield Problem(
                        doc.where(("criteria", i, "levels", level), key=True), "E203",
                        f"level {level} of '{c.id}' is off the scale {low:g}-{high:g}",
                    )


def _baseline(appraisal: Appraisal) -> Iterator[Problem]:
    ids = [o.id for o in appraisal.options]
    if appraisal.baseline is not None and appraisal.baseline not in ids and appraisal.baseline_where:
        yield Problem(
            appraisal.baseline_where, "E209",
            f"baseline '{appraisal.baseline}' is not an option{did_you_mean(appraisal.baseline, ids)}",
        )


def _shortlist(appraisal: Appraisal, doc: Document) -> Iterator[Problem]:
    rule = appraisal.shortlist
    if rule.top is None and rule.min_score is None and rule.within is None:
        yield Problem(
            doc.where(("appraisal", "shortlist")), "E210",
            "the shortlist rule is empty: give at least one of top, min_score, within",
        )


def _scenarios(appraisal: Appraisal, doc: Document) -> Iterator[Problem]:
    ids = [c.id for c in appraisal.criteria]
    for name, weights in appraisal.scenarios.items():
        for cid in weights:
            if cid not in ids:
                yield Problem(
                    doc.where(("scenarios", name, "weights", cid), key=True), "E205",
                    f"scenario '{name}' weights unknown criterion '{cid}'{did_you_mean(cid, ids)}",
                )
        if sum(appraisal.weights(name).values()) <= 0:
            message = f"scenario '{name}' gives every criterion zero weight"
            yield Problem(doc.where(("scenarios", name)), "E211", message)


def _option(appraisal: Appraisal, option: Option) -> Iterator[Problem]:
    criteria = {c.id: c for c in appraisal.criteria}
    scored = ("score", "scores")
    yield from _coverage(option, "scores", scored, "criterion", list(criteria), option.scores, ("E204", "E205"))
    for cid, assessment in option.scores.items():
        if cid in criteria:
            yield from _assessment(appraisal, option, criteria[cid], assessment)
    gates = [g.id for g in appraisal.gates]
    yield from _coverage(option, "gates", ("assess", "assesses"), "gate", gates, option.gates, ("E206", "E207"))


def _coverage(
    option: Option, key: str, verb: tuple[str, str], noun: str, declared: list[str],
    given: Mapping[str, Assessment | GateAssessment], codes: tuple[str, str],
) -> Iterator[Problem]:
    """Every declared id assessed by the option (else ``codes[0]``), and no unknown one (``codes[1]``)."""
    at = option.keys.get(key, option.where)
    for name in declared:
        if name not in given:
            yield Problem(at, codes[0], f"option '{option.id}' does not {verb[0]} {noun} '{name}'")
    for name, item in given.items():
        if name not in declared:
            message = f"option '{option.id}' {verb[1]} unknown {noun} '{name}'{did_you_mean(name, declared)}"
            yield Problem(item.where, codes[1], message)


def _assessment(appraisal: Appraisal, option: Option, c: Criterion, a: Assessment) -> Iterator[Problem]:
    wanted = "value" if c.is_measure else "score"
    if a.keyword not in ("", wanted):
        yield Problem(
            a.where, "E208",
            f"'{c.id}' is a {c.type} criterion: give '{wanted}:'"
            + ("" if a.keyword in ("none", "both") else f", not '{a.keyword}:'"),
        )
        return
    if a.point is None:
        return
    bounds, what = None, ""
    if c.is_measure:
        if c.range:
            bounds, what = (min(c.range), max(c.range)), f"range [{c.range[0]:g}, {c.range[1]:g}]"
    elif appraisal.scale[0] < appraisal.scale[1]:
        bounds = appraisal.scale
        what = f"scale {appraisal.scale[0]:g}-{appraisal.scale[1]:g}"
    for key, number in (("low", a.low), (wanted, a.point), ("high", a.high)):
        if number is not None and bounds is not None and not bounds[0] <= number <= bounds[1]:
            where = a.at.get(key if a.keyword else "", a.where)
            yield Problem(where, "E203", f"{option.id}: {c.id} {key} {number:g} is off the {what}")
    if (a.low is not None and a.low > a.point) or (a.high is not None and a.high < a.point):
        yield Problem(
            a.where, "E203", f"{option.id}: {c.id} needs low <= {wanted} <= high"
        )
