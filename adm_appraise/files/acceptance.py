"""Warnings accepted on purpose: criteria.yaml's ``accepted:`` list.

A reviewer who has weighed a warning and accepts it records why, once, beside the criteria:

    accepted:
      - {code: W212, criterion: carbon, reason: "The local scale is deliberate: ...", by: "...", date: "2026-03-01"}
      - {code: W207, option: joint_venture, reason: "..."}
      - {code: W203, option: joint_venture, criterion: control, reason: "..."}   # one score
      - {code: W408, file: panel/staff_side.yaml, reason: "..."}

An entry names a file (relative to criteria.yaml's folder: the code anywhere in it), an option
(anywhere in its file), a criterion (at its entry in criteria.yaml), or an option and a criterion
(at that option's score on it). ``validate`` then shows the matching warnings as accepted, with
the reason, and counts them apart: ``--strict`` passes when every warning is accepted. An entry
that matches no warning is itself a warning (W213), so that an acceptance outlives neither the
warning nor the file it was written for. Other commands leave accepted warnings off stderr.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from adm_appraise.model import Acceptance, Appraisal
from adm_appraise.problems import CODES, Problem, did_you_mean


def check(appraisal: Appraisal) -> list[Problem]:
    """Errors in the 'accepted:' entries themselves: what they name, and the code."""
    found = []
    for a in appraisal.accepted:
        if a.code not in CODES:
            found.append(Problem(a.where, "E113", f"accepted: {a.code} is no warning code (see adm-appraise validate "
                                                  "--list-codes)"))
        if a.file is None and a.option is None and a.criterion is None:
            found.append(Problem(a.where, "E111", f"accepted: {a.code} names nothing to accept it for: give file, "
                                                  "option or criterion (option and criterion for one score)"))
        elif a.file is not None and (a.option is not None or a.criterion is not None):
            found.append(Problem(a.where, "E113", f"accepted: {a.code} names a file and an option or criterion: give "
                                                  "one or the other"))
    return found


def apply(problems: list[Problem], appraisal: Appraisal) -> list[Problem]:
    """``problems`` with every warning (or note) an entry accepts marked with its reason, and W213
    for each entry that accepts none."""
    used: set[int] = set()
    out = mark(problems, appraisal, used)
    for i, a in enumerate(appraisal.accepted):
        if i not in used and a.code in CODES:
            out.append(Problem(a.where, "W213", f"accepted: {a.code} for {a.target} matches no warning"
                                                f"{_unknown(a, appraisal)}: remove the entry", "warning"))
    return out


def mark(problems: Iterable[Problem], appraisal: Appraisal, used: set[int] | None = None) -> list[Problem]:
    """``problems`` with every warning (or note) an entry accepts marked with its reason (the
    indexes of the entries that matched are added to ``used``)."""
    out = []
    for p in problems:
        if p.severity != "error":
            for i, a in enumerate(appraisal.accepted):
                if a.code == p.code and _matches(a, p, appraisal):
                    if used is not None:
                        used.add(i)
                    p = dataclasses.replace(p, accepted=a.reason)
                    break
        out.append(p)
    return out


def _matches(a: Acceptance, p: Problem, appraisal: Appraisal) -> bool:
    at = _resolved(p.where.path)
    if a.file is not None:
        return at == _resolved(appraisal.criteria_path.parent / a.file)
    option = next((o for o in appraisal.options if o.id == a.option), None)
    criterion = next((c for c in appraisal.criteria if c.id == a.criterion), None)
    if a.option is not None and option is None or a.criterion is not None and criterion is None:
        return False
    if option is not None and criterion is not None:
        score = option.scores.get(criterion.id)
        return score is not None and at == _resolved(option.path) and p.where.line == score.where.line
    if option is not None:
        return at == _resolved(option.path)
    assert criterion is not None
    return at == _resolved(appraisal.criteria_path) and p.where.line == criterion.where.line


def _unknown(a: Acceptance, appraisal: Appraisal) -> str:
    """Why an entry cannot match: an option or criterion that does not exist, a file not there."""
    if a.option is not None and a.option not in {o.id for o in appraisal.options}:
        return f" (there is no option '{a.option}'{did_you_mean(a.option, [o.id for o in appraisal.options])})"
    if a.criterion is not None and a.criterion not in {c.id for c in appraisal.criteria}:
        known = [c.id for c in appraisal.criteria]
        return f" (there is no criterion '{a.criterion}'{did_you_mean(a.criterion, known)})"
    if a.file is not None and not (appraisal.criteria_path.parent / a.file).is_file():
        return f" (there is no file {a.file})"
    return ""


def _resolved(path: str | Path) -> Path:
    return Path(path).resolve()
