"""The benefits register (benefits.yaml): its domain objects, its errors and its warnings.

Each benefit names the spending objectives and critical success factors of the long list it
serves, the criteria it justifies and the options it applies to; and how it is measured
(measure, baseline, target, date, owner), as the Green Book's management case asks. An
appraisal without benefits.yaml is checked exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from adm_appraise.files.yamlfile import Document
from adm_appraise.model import Appraisal, Benefit, BenefitsRegister
from adm_appraise.problems import Location, Problem, did_you_mean, duplicates

LINKS = ("objectives", "csfs", "criteria", "options")  # the keys of a benefit that name ids elsewhere


def build(spec: Any, doc: Document) -> BenefitsRegister:
    """The frozen register from a schema-checked benefits.yaml."""
    benefits = []
    for i, b in enumerate(spec.benefits):
        path = ("benefits", i)
        at = {(k, j): doc.where((*path, k, j)) for k in LINKS for j, _ in enumerate(getattr(b, k) or ())}
        benefits.append(Benefit(
            id=b.id, title=b.title, where=doc.where((*path, "id")), cash_releasing=b.cash_releasing,
            objectives=tuple(b.objectives), csfs=tuple(b.csfs), criteria=tuple(b.criteria),
            options=None if b.options is None else tuple(b.options), measure=b.measure, baseline=b.baseline,
            target=b.target, date=b.date, owner=b.owner, value=b.value, notes=b.notes, at=at,
        ))
    return BenefitsRegister(doc.path, tuple(benefits), spec.description)


def check(appraisal: Appraisal, *, complete: bool = True, longlist_present: bool = False) -> list[Problem]:
    """Errors: two benefits with one id, and names that are nowhere else in the appraisal.

    ``complete``: every option file and longlist.yaml loaded, so that their names can be
    checked; ``longlist_present``: longlist.yaml exists (it may still be broken).
    """
    register = appraisal.register
    if register is None:
        return []
    found = list(_unique(register))
    known: dict[str, list[str]] = {"criteria": [c.id for c in appraisal.criteria]}
    if complete:
        known["options"] = [o.id for o in appraisal.options]
        if appraisal.longlist is not None:
            known["objectives"] = [o.id for o in appraisal.longlist.objectives]
            known["csfs"] = [f.id for f in appraisal.longlist.csfs]
    for b in register.benefits:
        for (key, j), where in b.at.items():
            name = getattr(b, key)[j]
            if key in known and name not in known[key]:
                found.append(_unknown(b, key, name, known[key], where))
            elif key in ("objectives", "csfs") and complete and appraisal.longlist is None and not longlist_present:
                what = "an objective" if key == "objectives" else "a critical success factor"
                found.append(Problem(where, "E762", f"benefit '{b.id}' names {what} ('{name}'), but there is no "
                                                    "longlist.yaml beside criteria.yaml"))
    return found


WORDS = {"objectives": "spending objective", "csfs": "critical success factor", "criteria": "criterion",
         "options": "option"}
WHERE = {"objectives": "longlist.yaml", "csfs": "longlist.yaml", "criteria": "criteria.yaml", "options": "options/"}


def _unknown(b: Benefit, key: str, name: str, known: list[str], where: Location) -> Problem:
    message = f"benefit '{b.id}' names {WORDS[key]} '{name}', which {WHERE[key]} does not have"
    return Problem(where, "E761", message + did_you_mean(name, known))


def _unique(register: BenefitsRegister) -> Iterator[Problem]:
    return duplicates(((b.id, b.where) for b in register.benefits), "E760", "benefit")


# Warnings, for a valid appraisal (``lints.lint`` adds these).

def lint(appraisal: Appraisal) -> list[Problem]:
    register = appraisal.register
    if register is None:
        return []
    found: list[Problem] = []
    if appraisal.longlist is not None:
        served = {o for b in register.benefits for o in b.objectives}
        for o in appraisal.longlist.objectives:
            if o.id not in served:
                found.append(_warn(o.where, "W760", f"objective '{o.id}' has no benefit in benefits.yaml: name it "
                                                    "in a benefit's 'objectives:' so that its delivery is measured"))
    for b in register.benefits:
        missing = b.unmeasured
        if "measure" in missing:
            found.append(_warn(b.where, "W761", f"benefit '{b.id}' has no measure: say how it will be measured "
                                                "('measure:')"))
        elif missing:
            found.append(_warn(b.where, "W762", f"benefit '{b.id}' has a measure but no {_listed(missing)}"))
    return found


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def _warn(where: Location, code: str, message: str) -> Problem:
    return Problem(where, code, message, severity="warning")
