"""The long list (longlist.yaml): its domain objects, its errors and its warnings.

The Green Book builds and sifts a long list before anything is scored: spending objectives,
critical success factors (Box 18) and the options framework filter, whose choices of scope,
solution, delivery, implementation and funding are each carried forward, discounted or marked
the preferred way forward. The options in ``options/`` may name the choices they combine
(``origin``) and their place on the shortlist (``role``). An appraisal without longlist.yaml,
and whose options name no role or origin, is checked exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from adm_appraise.files.yamlfile import Document
from adm_appraise.model import (
    DIMENSIONS,
    STANDARD_CSFS,
    Appraisal,
    Choice,
    ChoiceAssessment,
    LongList,
    Objective,
    SuccessFactor,
)
from adm_appraise.problems import Location, Problem, did_you_mean, duplicates

MAX_OBJECTIVES = 6  # Green Book: "up to five or six" SMART spending objectives
PLACEHOLDER = "TODO"


def build(spec: Any, doc: Document) -> LongList:
    """The frozen long list from a schema-checked longlist.yaml."""
    objectives = tuple(Objective(o.id, o.text, doc.where(("objectives", i))) for i, o in enumerate(spec.objectives))
    csfs = []
    for i, f in enumerate(spec.csfs):
        where = doc.where(("csfs", i))
        if isinstance(f, str):
            name, description = STANDARD_CSFS[f]
            csfs.append(SuccessFactor(f, name, where, description, standard=True))
        else:
            csfs.append(SuccessFactor(f.id, f.name, where, f.description, standard=f.id in STANDARD_CSFS))
    choices = []
    for dimension in DIMENSIONS:
        block = getattr(spec.framework, dimension)
        for i, c in enumerate(block.choices if block is not None else []):
            path: tuple[str | int, ...] = ("framework", dimension, "choices", i)
            assessment = {}
            for key, entry in c.assessment.items():
                where = doc.where((*path, "assessment", key))
                if isinstance(entry, str):
                    assessment[key] = ChoiceAssessment(entry, where)
                else:
                    assessment[key] = ChoiceAssessment(entry.result, where, entry.rationale)
            choices.append(Choice(
                id=c.id, name=c.name, dimension=dimension, status=c.status, where=doc.where((*path, "id")),
                description=c.description, reason=c.reason, assessment=assessment,
                keys={k: doc.where((*path, k), key=True) for k in ("status", "reason", "assessment")},
            ))
    return LongList(doc.path, doc.where((), key=True), objectives, tuple(csfs), tuple(choices), spec.description)


def check(appraisal: Appraisal, *, present: bool, complete: bool = True) -> list[Problem]:
    """Errors: unknown names, discounted choices without reasons or named as an origin.

    ``present``: longlist.yaml exists (it may still be broken, then ``appraisal.longlist`` is
    None); ``complete``: every option file and the long list loaded, so origins can be checked.
    """
    longlist = appraisal.longlist
    found = [*_unique(longlist), *_names(longlist), *_reasons(longlist)] if longlist is not None else []
    if complete:
        found += _origins(appraisal, present)
    return found


def _unique(longlist: LongList) -> Iterator[Problem]:
    groups: list[tuple[str, list[Any]]] = [("objective or CSF", [*longlist.objectives, *longlist.csfs])]
    groups += [(f"{d} choice", longlist.in_dimension(d)) for d in longlist.dimensions]
    for kind, items in groups:
        yield from duplicates(((item.id, item.where) for item in items), "E701", kind)


def _names(longlist: LongList) -> Iterator[Problem]:
    known = longlist.criteria_ids
    for c in longlist.choices:
        for key, a in c.assessment.items():
            if key not in known:
                message = f"{c.dimension} choice '{c.id}' is assessed against unknown objective or CSF '{key}'"
                yield Problem(a.where, "E702", message + did_you_mean(key, known))


def _reasons(longlist: LongList) -> Iterator[Problem]:
    for c in longlist.choices:
        if c.status == "discounted" and not (c.reason or "").strip():
            where = c.keys.get("reason") if c.reason is not None else c.keys.get("status")
            message = f"{c.dimension} choice '{c.id}' is discounted with no reason: record why (add 'reason:')"
            yield Problem(where or c.where, "E704", message)


def _origins(appraisal: Appraisal, present: bool) -> Iterator[Problem]:
    longlist = appraisal.longlist
    for o in appraisal.options:
        if not o.origin:
            continue
        if longlist is None:
            if not present:
                message = f"option '{o.id}' names its origin, but there is no longlist.yaml beside criteria.yaml"
                yield Problem(o.keys.get("origin", o.where), "E706", message)
            continue
        for dimension, cid in o.origin.items():
            where = o.origin_at.get(dimension, o.where)
            choice = longlist.choice(dimension, cid)
            if choice is None:
                known = [c.id for c in longlist.in_dimension(dimension)]
                message = f"option '{o.id}': the long list has no {dimension} choice '{cid}'"
                yield Problem(where, "E703", message + (did_you_mean(cid, known) if known else
                                                        f" (it has no {dimension} choices)"))
            elif choice.status == "discounted":
                message = (f"option '{o.id}' is built on {dimension} choice '{cid}', which the long list "
                           f"discounted ({choice.reason}): carry it forward there or change the origin")
                yield Problem(where, "E705", message)


# Warnings, for a valid appraisal (``lints.lint`` adds these).

def lint(appraisal: Appraisal) -> list[Problem]:
    longlist = appraisal.longlist
    found: list[Problem] = []
    if longlist is not None:
        found += [*_objectives(longlist), *_preferred(longlist), *_assessed(longlist), *_todo_longlist(longlist)]
    if longlist is not None or any(o.role for o in appraisal.options):
        if longlist is None or not sift_pending(longlist):  # while reasons read TODO, W705 reminds instead
            found += _roles(appraisal)
        found += _baseline_role(appraisal)
    if longlist is not None:
        found += _preferred_origin(appraisal, longlist)
    found += _todo_appraisal(appraisal)
    return found


def preferred_not_leading(appraisal: Appraisal, scores: dict[str, float]) -> Iterator[Problem]:
    """W709: the preferred way forward (by role) is not the leader of the scored, eligible options.

    ``scores``: overall score of each scored option (``lints`` computes them without pandas).
    """
    eligible = {o.id: scores[o.id] for o in appraisal.scored_options if not o.failed_gates() and o.id in scores}
    if not eligible:
        return
    top = max(eligible.values())
    leaders = sorted(oid for oid, s in eligible.items() if s >= top - 1e-9)
    for o in appraisal.options:
        if o.role == "preferred" and o.id not in leaders:
            shown = f"{scores[o.id]:.1f}" if o.id in scores else "not scored"
            state = "fails a gate" if o.failed_gates() else f"scores {shown}"
            yield _warn(o.keys.get("role", o.where), "W709",
                        f"'{o.id}' is marked the preferred way forward but {state}, while {leaders[0]} leads "
                        f"with {top:.1f}: explain the difference or revisit the role")


def _preferred_origin(appraisal: Appraisal, longlist: LongList) -> Iterator[Problem]:
    for o in appraisal.options:
        if o.role != "preferred":
            continue
        for dimension, cid in o.origin.items():
            choice = longlist.choice(dimension, cid)
            preferred = [c.id for c in longlist.in_dimension(dimension) if c.status == "preferred"]
            if choice is not None and choice.status != "preferred" and preferred:
                yield _warn(o.origin_at.get(dimension, o.where), "W708",
                            f"'{o.id}' is marked the preferred way forward but is built on {dimension} choice "
                            f"'{cid}' ({choice.status.replace('_', ' ')}), not the preferred "
                            f"'{preferred[0]}'")


def _warn(where: Location, code: str, message: str) -> Problem:
    return Problem(where, code, message, severity="warning")


def _objectives(longlist: LongList) -> Iterator[Problem]:
    if len(longlist.objectives) > MAX_OBJECTIVES:
        where = longlist.objectives[MAX_OBJECTIVES].where
        yield _warn(where, "W701", f"{len(longlist.objectives)} spending objectives: the Green Book asks for "
                                   f"up to five or six, each SMART")


def _preferred(longlist: LongList) -> Iterator[Problem]:
    for d in longlist.dimensions:
        choices = longlist.in_dimension(d)
        preferred = [c for c in choices if c.status == "preferred"]
        if not preferred and not sift_pending(longlist, d):  # while reasons read TODO, W705 reminds instead
            yield _warn(choices[0].where, "W702", f"the {d} dimension has no preferred choice: mark the preferred "
                                                  "way forward ('status: preferred')")
        for extra in preferred[1:]:
            yield _warn(extra.where, "W706", f"the {d} dimension has more than one preferred choice "
                                             f"({', '.join(c.id for c in preferred)})")


def _assessed(longlist: LongList) -> Iterator[Problem]:
    known = longlist.criteria_ids
    for c in longlist.choices:
        missing = [k for k in known if k not in c.assessment]
        if missing:
            where = c.keys.get("assessment", c.where) if c.assessment else c.where
            yield _warn(where, "W704", f"{c.dimension} choice '{c.id}' is not assessed against "
                                       f"{', '.join(missing)}")


def _roles(appraisal: Appraisal) -> Iterator[Problem]:
    """The Green Book shortlist: business as usual, a do-minimum, the preferred way forward and
    at least one other viable option (any option that passes the gates and has no other role)."""
    shortlist = [o for o in appraisal.options if not o.sifted_out]
    have = {o.role for o in shortlist}
    wanted = {"business_as_usual": "business as usual", "do_minimum": "a do-minimum option",
              "preferred": "the preferred way forward"}
    where = appraisal.where or Location(str(appraisal.criteria_path))
    for role, words in wanted.items():
        if role not in have:
            yield _warn(where, "W703", f"no option is marked 'role: {role}': the Green Book's shortlist holds {words}")
    others = [o for o in shortlist if o.role in (None, "alternative") and not o.failed_gates()]
    if not others:
        yield _warn(where, "W703", "the shortlist holds no other viable option (one that passes the gates, "
                                   "besides business as usual, the do-minimum and the preferred way forward)")


def _baseline_role(appraisal: Appraisal) -> Iterator[Problem]:
    baseline = appraisal.baseline
    for o in appraisal.options:
        where = o.keys.get("role", o.where)
        if o.role == "business_as_usual" and baseline is None:
            yield _warn(where, "W707", f"'{o.id}' is marked business_as_usual: name it as the baseline in "
                                       f"criteria.yaml ('baseline: {o.id}')")
        elif o.role == "business_as_usual" and o.id != baseline:
            yield _warn(where, "W707", f"'{o.id}' is marked business_as_usual, but the baseline is '{baseline}'")
        elif o.id == baseline and o.role not in (None, "business_as_usual"):
            yield _warn(where, "W707", f"the baseline '{o.id}' is marked '{o.role}', not business_as_usual")


def is_placeholder(text: str | None) -> bool:
    """Text still to be written: it starts with the word TODO (as ``adm-appraise init`` leaves it)."""
    return re.match(rf"\s*{PLACEHOLDER}\b", text or "") is not None


def sift_pending(longlist: LongList, dimension: str | None = None) -> bool:
    """Whether some choice (of ``dimension``, or of any) still has a TODO reason: the sift is not done."""
    return any(is_placeholder(c.reason) for c in longlist.choices if dimension in (None, c.dimension))


def pending_criteria(appraisal: Appraisal) -> set[str]:
    """Criteria that no option has scored yet: every rationale on them still reads TODO."""
    scored = appraisal.scored_options
    return {c.id for c in appraisal.criteria
            if scored and all(is_placeholder(o.scores[c.id].rationale) for o in scored if c.id in o.scores)}


def _todo(n: int, noun: str, items: list[str], plural: str | None = None) -> str:
    """'2 rationales still read TODO (scores: cost, risk; gates: legal)'."""
    nouns = noun if n == 1 else plural or f"{noun}s"
    return f"{n} {nouns} still read{'s' * (n == 1)} TODO ({'; '.join(items)})"


def _todo_longlist(longlist: LongList) -> Iterator[Problem]:
    for o in longlist.objectives:
        if is_placeholder(o.text):
            yield _warn(o.where, "W705", f"objective '{o.id}' still reads TODO: write a SMART spending objective")
    for c in longlist.choices:
        todo = [k for k, a in c.assessment.items() if is_placeholder(a.rationale)]
        reason = is_placeholder(c.reason)
        items = (["reason"] if reason else []) + ([f"assessment: {', '.join(todo)}"] if todo else [])
        if items:
            where = c.keys.get("reason", c.where) if reason else c.assessment[todo[0]].where
            text = _todo(reason + len(todo), "entry", items, "entries")
            yield _warn(where, "W705", f"{c.dimension} choice '{c.id}': {text}")


def _todo_appraisal(appraisal: Appraisal) -> Iterator[Problem]:
    for c in appraisal.criteria:
        levels = [str(level) for level, text in c.levels.items() if is_placeholder(text)]
        if levels:
            yield _warn(c.where, "W705", f"'{c.id}': {_todo(len(levels), 'level descriptor', [', '.join(levels)])}")
    for o in appraisal.options:
        scores = [(cid, a.where) for cid, a in o.scores.items() if is_placeholder(a.rationale)]
        gates = [(gid, g.where) for gid, g in o.gates.items() if is_placeholder(g.rationale)]
        items = ([f"scores: {', '.join(k for k, _ in scores)}"] if scores else []) + (
            [f"gates: {', '.join(k for k, _ in gates)}"] if gates else [])
        if items:
            where = min(w for _, w in scores + gates)
            yield _warn(where, "W705", f"{o.id}: {_todo(len(scores) + len(gates), 'rationale', items)}")
