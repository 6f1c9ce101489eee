"""The equality impact of each option (equality.yaml): domain objects, errors and warnings.

The Public Sector Equality Duty (Equality Act 2010, s.149) asks a council to have due regard
to the effect of a decision on people who share a protected characteristic (s.4: age,
disability, gender reassignment, marriage and civil partnership, pregnancy and maternity,
race, religion or belief, sex, sexual orientation). Each option's likely impact on each is
positive, neutral, negative or unknown, with the evidence and any mitigation; a
distributional breakdown (by income quintile or place) may be added. An appraisal without
equality.yaml is checked exactly as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adm_appraise.files.yamlfile import Document
from adm_appraise.model import (
    CHARACTERISTICS,
    QUINTILES,
    Appraisal,
    Distribution,
    EqualityAssessment,
    Impact,
    OptionEquality,
)
from adm_appraise.problems import Location, Problem, did_you_mean

TIE = 1e-9  # as the method's: equal overall scores share a rank


def build(spec: Any, doc: Document) -> EqualityAssessment:
    """The frozen assessment from a schema-checked equality.yaml."""
    options = []
    for oid, entry in spec.options.items():
        path = ("options", oid)
        impacts = {}
        for c in CHARACTERISTICS:
            value = getattr(entry, c)
            if value is None:
                continue
            where = doc.where((*path, c))
            if isinstance(value, str):
                impacts[c] = Impact(value, where)
            else:
                impacts[c] = Impact(value.impact, where, value.evidence, value.mitigation)
        options.append(OptionEquality(oid, doc.where(path, key=True), impacts, entry.summary,
                                      _distribution(entry.distribution, doc, (*path, "distribution"))))
    return EqualityAssessment(doc.path, doc.where(("options",), key=True), tuple(options), spec.description)


def _distribution(spec: Any, doc: Document, path: tuple[str, ...]) -> Distribution | None:
    if spec is None:
        return None
    return Distribution(spec.by, spec.measure, dict(spec.values), doc.where(path, key=True), spec.unit, spec.source,
                        at={k: doc.where((*path, "values", k), key=True) for k in spec.values})


def check(appraisal: Appraisal, *, complete: bool = True) -> list[Problem]:
    """Errors: an option that options/ does not hold (``complete``: every option file loaded), a
    quintile other than q1 to q5."""
    equality = appraisal.equality
    if equality is None:
        return []
    found: list[Problem] = []
    known = [o.id for o in appraisal.options]
    for e in equality.options:
        if complete and e.option not in known:
            found.append(Problem(e.where, "E763", f"equality.yaml assesses option '{e.option}', which options/ does "
                                                  "not have" + did_you_mean(e.option, known)))
        d = e.distribution
        if d is not None and d.by == "income_quintile":
            for key, where in d.at.items():
                if key not in QUINTILES:
                    found.append(Problem(where, "E764", f"'{key}' is not an income quintile: use q1 (the lowest "
                                                        "income) to q5 (the highest)"))
    return found


# Warnings, for a valid appraisal (``lints.lint`` adds these, with the overall scores).

def lint(appraisal: Appraisal, scores: Mapping[str, float]) -> list[Problem]:
    equality = appraisal.equality
    if equality is None:
        return []
    found: list[Problem] = []
    for oid in shortlist(appraisal, scores):
        e = equality.of(oid)
        missing = [CHARACTERISTICS[c].lower() for c in (e.unassessed if e else CHARACTERISTICS)]
        if missing:
            where = e.where if e else equality.where
            found.append(_warn(where, "W763", f"shortlisted option '{oid}' is not assessed for "
                                              f"{len(missing)} protected characteristic{'s' * (len(missing) > 1)}: "
                                              f"{', '.join(missing)}"))
    for e in equality.options:
        for c, i in e.impacts.items():
            if i.impact == "negative" and not (i.mitigation or "").strip():
                found.append(_warn(i.where, "W764", f"option '{e.option}': a negative impact on "
                                                    f"{CHARACTERISTICS[c].lower()} with no mitigation: say what "
                                                    "would reduce it, or why none can ('mitigation:')"))
    return found


def shortlist(appraisal: Appraisal, scores: Mapping[str, float]) -> list[str]:
    """The options that go before decision makers: those the shortlist rule selects (as ``score``
    shows them, from ``scores``, each option's overall score), and, where roles are given, every
    option with a role that is not sifted out (the Green Book's shortlist). In file order."""
    rule = appraisal.shortlist
    eligible = {o.id: scores[o.id] for o in appraisal.scored_options if not o.failed_gates() and o.id in scores}
    chosen: set[str] = set()
    if eligible:
        leader = max(eligible.values())
        for oid, s in eligible.items():
            rank = 1 + sum(t > s + TIE for t in eligible.values())
            if ((rule.top is None or rank <= rule.top) and (rule.min_score is None or s >= rule.min_score - TIE)
                    and (rule.within is None or s >= leader - rule.within - TIE)):
                chosen.add(oid)
    chosen |= {o.id for o in appraisal.options if o.role is not None and not o.sifted_out}
    return [o.id for o in appraisal.options if o.id in chosen]


def _warn(where: Location, code: str, message: str) -> Problem:
    return Problem(where, code, message, severity="warning")


