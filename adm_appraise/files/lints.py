"""Lints: warnings an experienced appraiser would raise in review of a valid appraisal.

They run on the loaded appraisal without pandas (``validate`` is what CI runs on every
push), using the same value functions as the method (``Criterion.ends``, ``to_value``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from adm_appraise.files import benefits, economic_checks, equality, longlist, panel, paper, risks
from adm_appraise.model import Appraisal, Option, WeightLevel, to_value
from adm_appraise.problems import Location, Problem
from adm_appraise.weighting import Pairwise


def lint(appraisal: Appraisal, notes: bool = False) -> list[Problem]:
    """Every warning for a valid appraisal (and, with ``notes``, the notes)."""
    values = value_table(appraisal)
    overall = {o: _overall(appraisal, v) for o, v in values.items()}
    found = [
        *flat_criteria(appraisal, skip=longlist.pending_criteria(appraisal)),  # unscored yet: W705 reminds
        *_dominant_weight(appraisal),
        *_rationales(appraisal),
        *_levels(appraisal),
        *_dominated(appraisal, values),
        *_baseline(appraisal, values),
        *_file_names(appraisal),
        *longlist.lint(appraisal),
        *longlist.preferred_not_leading(appraisal, overall),
        *_mixed_weights(appraisal),
        *_local_measures(appraisal),
        *weighting_lints(appraisal, notes),
        *economic_checks.lint(appraisal),
        *panel.lint(appraisal),
        *risks.lint(appraisal),
        *benefits.lint(appraisal),
        *equality.lint(appraisal, overall),
        *paper.todos(appraisal),
    ]
    return sorted(found, key=Problem.sort_key)


def warn(where: Location, code: str, message: str) -> Problem:
    return Problem(where, code, message, severity="warning")


def value_table(appraisal: Appraisal) -> dict[str, dict[str, float]]:
    """option id -> criterion id -> value on 0-100."""
    table: dict[str, dict[str, float]] = {o.id: {} for o in appraisal.scored_options}
    for c in appraisal.criteria:
        points = {o.id: float(o.scores[c.id].point) for o in appraisal.scored_options}  # type: ignore[arg-type]
        worst, best = c.ends(appraisal.scale, list(points.values()))
        for oid, x in points.items():
            table[oid][c.id] = to_value(x, worst, best, c.function)
    return table


def overall_scores(appraisal: Appraisal) -> dict[str, float]:
    """option id -> overall score (0-100) with the appraisal's own weights, without pandas."""
    return {o: _overall(appraisal, v) for o, v in value_table(appraisal).items()}


def _overall(appraisal: Appraisal, values: dict[str, float]) -> float:
    total = sum(c.weight for c in appraisal.criteria)
    return sum(c.weight * values[c.id] for c in appraisal.criteria) / total


def flat_criteria(appraisal: Appraisal, skip: Collection[str] = ()) -> Iterator[Problem]:
    """W201 for each criterion on which every option is equal, but those in ``skip``."""
    for c in appraisal.criteria:
        if c.id in skip:
            continue
        points = {o.scores[c.id].point for o in appraisal.scored_options}
        if len(appraisal.scored_options) > 1 and len(points) == 1:
            if c.is_measure and c.range is None:
                yield warn(c.where, "W201", f"every option has the same value on '{c.id}': "
                                            "on its local scale each gets 100")
            else:
                yield warn(c.where, "W201", f"every option scores the same on '{c.id}': "
                                            "it cannot change the ranking")


def _dominant_weight(appraisal: Appraisal) -> Iterator[Problem]:
    weight_sets = [(None, appraisal.weights())] + [(s, appraisal.weights(s)) for s in appraisal.scenarios]
    for scenario, weights in weight_sets:
        total = sum(weights.values())
        for c in appraisal.criteria:
            if len(weights) > 1 and weights[c.id] > total / 2:
                where = f" in scenario '{scenario}'" if scenario else ""
                yield warn(c.where, "W202", f"'{c.id}' carries {weights[c.id] / total:.0%} of the total "
                                            f"weight{where}: one criterion decides the ranking")


def _rationales(appraisal: Appraisal) -> Iterator[Problem]:
    for o in appraisal.options:
        for cid, a in o.scores.items():
            if not (a.rationale or "").strip() and not a.unmoderated:  # W405 says so for an unmoderated score
                yield warn(a.where, "W203", f"{o.id}: the score on '{cid}' has no rationale")
        for gid, g in o.gates.items():
            if g.result != "pass" and not (g.rationale or "").strip():
                yield warn(g.where, "W204", f"{o.id}: gate '{gid}' is {g.result} with no rationale")


def _levels(appraisal: Appraisal) -> Iterator[Problem]:
    for c in appraisal.criteria:
        if c.is_measure:
            continue
        used = sorted({p for o in appraisal.scored_options if (p := o.scores[c.id].point) is not None})
        missing = [p for p in used if p not in c.levels]
        if missing:
            listed = ", ".join(f"{p:g}" for p in missing)
            yield warn(c.where, "W205", f"'{c.id}' has no level descriptor for score{'s' * (len(missing) > 1)} "
                                        f"{listed}, used by the options")


def _eligible(appraisal: Appraisal) -> list[Option]:
    return [o for o in appraisal.scored_options if not o.failed_gates()]


def _dominated(appraisal: Appraisal, values: dict[str, dict[str, float]]) -> Iterator[Problem]:
    """W206 for every eligible option that another eligible option dominates, naming the best such.

    Pairwise comparison is quadratic; instead each option is a bit (bit 0 the best overall
    score, ties by the higher id, the order in which the best dominator is chosen) and, per
    criterion, a bitmask holds the options at least as good as each level. Options that might
    dominate ``o`` are the AND of its masks; the lowest bit that passes the exact check is its
    best dominator. Criteria with many distinct values use 64 quantile levels (a superset
    that the exact check then prunes), so memory stays options x criteria x 64 bits.
    """
    ids = [c.id for c in appraisal.criteria]
    eligible = sorted(_eligible(appraisal), key=lambda o: (_overall(appraisal, values[o.id]), o.id), reverse=True)
    rows = [values[o.id] for o in eligible]
    masks = [_at_least(rows, cid) for cid in ids]
    for pos, o in enumerate(eligible):
        mine = rows[pos]
        candidates = -1
        for levels, level_of in masks:
            candidates &= levels[level_of[pos]]
            if not candidates:
                break
        while candidates:
            low = candidates & -candidates
            d = low.bit_length() - 1
            theirs = rows[d]
            if all(theirs[c] >= mine[c] for c in ids) and any(theirs[c] > mine[c] for c in ids):
                yield warn(o.where, "W206", f"{o.id} is dominated by {eligible[d].id}: no better on any "
                                            "criterion, worse on at least one")
                break
            candidates ^= low


LEVELS = 64  # most distinct levels a criterion's masks keep exactly


def _at_least(rows: list[dict[str, float]], cid: str) -> tuple[list[int], list[int]]:
    """Bitmasks of the options at least as good as each level on ``cid``, and each option's level.

    With more than LEVELS distinct values, levels are the lowest value of each of LEVELS
    runs of the sorted values: the mask of an option's level then holds every option at
    least as good as it, and a few worse ones.
    """
    column = [row[cid] for row in rows]
    distinct = sorted(set(column), reverse=True)
    if len(distinct) > LEVELS:
        step = len(distinct) / LEVELS
        distinct = [distinct[min(len(distinct) - 1, int((i + 1) * step) - 1)] for i in range(LEVELS)]
        distinct = sorted(set(distinct), reverse=True)
    floors = distinct  # descending: level i holds values in [floors[i], floors[i - 1])
    bits = [bytearray((len(rows) + 7) // 8) for _ in floors]
    level_of = []
    for pos, x in enumerate(column):
        level = _level(floors, x)
        level_of.append(level)
        bits[level][pos >> 3] |= 1 << (pos & 7)
    levels, running = [], 0
    for b in bits:
        running |= int.from_bytes(b, "little")
        levels.append(running)
    return levels, level_of


def _level(floors: list[float], x: float) -> int:
    """The first (highest) level whose floor is at most ``x`` (floors descend)."""
    lo, hi = 0, len(floors) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if floors[mid] <= x:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _baseline(appraisal: Appraisal, values: dict[str, dict[str, float]]) -> Iterator[Problem]:
    if appraisal.baseline is None:
        where = appraisal.where or Location(str(appraisal.criteria_path))
        yield warn(where, "W208", "no baseline named: the Green Book requires business as usual on the shortlist "
                                  "as the benchmark")
        return
    bar = _overall(appraisal, values[appraisal.baseline])
    for o in _eligible(appraisal):
        score = _overall(appraisal, values[o.id])
        if o.id != appraisal.baseline and score < bar - 1e-9:
            yield warn(o.where, "W207", f"{o.id} scores {score:.1f}, below the baseline "
                                        f"{appraisal.baseline} ({bar:.1f}): the case for change must beat it")


def _file_names(appraisal: Appraisal) -> Iterator[Problem]:
    for o in appraisal.options:
        if o.path.stem != o.id:
            yield warn(o.where, "W209", f"file {o.path.name} holds option '{o.id}': name it {o.id}{o.path.suffix}")


def _mixed_weights(appraisal: Appraisal) -> Iterator[Problem]:
    """Fractions beside percentages (0.15 beside 30): the fraction silently counts for almost nothing.

    Only weights stated side by side: derived weights (0-100) and weights within the groups of a
    value tree are not written on one footing by anyone.
    """
    record = appraisal.weighting
    if record is not None and (record.derived or record.groups):
        return
    large = [c for c in appraisal.criteria if c.weight >= 5]
    if not large:
        return
    biggest = max(large, key=lambda c: c.weight)
    total = sum(c.weight for c in appraisal.criteria)
    for c in appraisal.criteria:
        if c.weight < 1:
            yield warn(c.where, "W211", f"weights mix fractions and percentages: '{c.id}' weighs {c.weight:g} beside "
                                        f"'{biggest.id}' at {biggest.weight:g}, so it gets {c.weight / total:.1%} of "
                                        "the weight; write every weight on one footing (e.g. all as percentages)")


def _local_measures(appraisal: Appraisal) -> Iterator[Problem]:
    for c in appraisal.criteria:
        if c.is_measure and c.range is None:
            yield warn(c.where, "W212", f"measure '{c.id}' is on a local scale: its 0 and 100 are the worst and best "
                                        "options, so they move whenever an option is added or removed; give "
                                        "'range: [worst, best]' for a fixed scale")


def note(where: Location, code: str, message: str) -> Problem:
    return Problem(where, code, message, severity="note")


def _inconsistent(level: WeightLevel, consistency: Pairwise | None, name: str,
                  judge: str | None) -> Iterator[Problem]:
    """W503 where pairwise judgements (the level's, or one participant's) have CR above 0.10, at
    the most inconsistent of them."""
    if consistency is None or consistency.acceptable or consistency.worst is None:
        return
    w = consistency.worst
    whose, the = ("the pairwise judgements", "the") if judge is None else (f"{judge}'s pairwise judgements", "their")
    at = f"{w.first}/{w.second}" if judge is None else f"{judge}\t{w.first}/{w.second}"
    yield warn(level.at.get(at, level.where), "W503",
               f"{whose} in {name} have a consistency ratio of {consistency.cr:.3f} (above 0.10); {the} most "
               f"inconsistent is {w.first} over {w.second}, judged {w.ratio:g} where {the} weights imply "
               f"{w.consistent:.2f}")


def weighting_lints(appraisal: Appraisal, notes: bool = False) -> Iterator[Problem]:
    """Swings not anchored at 100 or of 0, inconsistent pairwise judgements, one-criterion groups.

    With ``notes``, also a note when the weights are stated with no record of how they were set.
    """
    record = appraisal.weighting
    if record is None:
        if notes:
            where = appraisal.where or Location(str(appraisal.criteria_path))
            yield note(where, "W505", "the weights are stated with no 'weighting:' record of how they were set "
                                      "(method, participants, date)")
        return
    for group, level in [(None, record.top), *((g, g.level) for g in record.groups)]:
        name = "the top level" if group is None else f"group '{group.id}'"
        if level.method == "swing" and level.swings:
            top = max(level.swings.values())
            if top != 100:
                yield warn(level.at.get(max(level.swings, key=lambda i: level.swings[i]), level.where), "W501",
                           f"the largest swing in {name} is {top:g}, not 100: anchor the largest worst-to-best "
                           "swing at 100 and judge the others against it")
            for item, s in level.swings.items():
                if s == 0:
                    yield warn(level.at.get(item, level.where), "W502",
                               f"'{item}' has a swing of 0 in {name}: it carries no weight; "
                               "if its swing truly does not matter, drop it from the appraisal")
        yield from _inconsistent(level, level.consistency() if len(level.items) > 2 else None, name, None)
        for judge, own in level.judge_consistency().items():
            yield from _inconsistent(level, own, name, judge)
        if group is not None and len(level.items) == 1:
            yield warn(group.where, "W504", f"group '{group.id}' holds one criterion, '{level.items[0]}': "
                                            "a group of one adds a level without weighing anything")
