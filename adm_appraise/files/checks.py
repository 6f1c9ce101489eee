"""Semantic checks: what the schema cannot see, across the criteria file and every option.

Each check returns problems (errors); none stops at the first. ``check`` runs them all.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from adm_appraise.files import economic_checks
from adm_appraise.files import macbeth as macbeth_files
from adm_appraise.files.yamlfile import Document, Path_
from adm_appraise.model import Appraisal, Assessment, Criterion, GateAssessment, Option
from adm_appraise.problems import Location, Problem, did_you_mean, duplicates

OptionIds = list[tuple[str, Location]]  # (id, where) of every option file


def check(appraisal: Appraisal, doc: Document, *, option_ids: OptionIds | None = None) -> list[Problem]:
    """Every semantic problem.

    ``option_ids`` are the ids of every option file, those that did not load included
    (None when some file has no readable id: then duplicates are sought among the loaded
    options only, and the baseline is not checked).
    """
    return [
        *_unique(appraisal, option_ids),
        *_scale(appraisal, doc),
        *_criteria(appraisal, doc),
        *_value_functions(appraisal, doc),
        *_baseline(appraisal, option_ids),
        *_shortlist(appraisal, doc),
        *_scenarios(appraisal, doc),
        *(p for option in appraisal.options for p in _option(appraisal, option)),
        *economic_checks.check(appraisal, doc),
    ]


def check_options(
    appraisal: Appraisal, *, option_ids: OptionIds | None, criteria_known: bool, gates_known: bool
) -> list[Problem]:
    """What can still be checked when criteria.yaml has schema errors: the options against
    whatever parsed (criterion and gate ids, the scale), duplicate ids and the baseline.

    ``criteria_known``/``gates_known`` are False when some criterion or gate has no readable
    id: then a missing or unknown one cannot be told apart from the broken entry, and is not
    reported.
    """
    return [
        *_unique(appraisal, option_ids),
        *_baseline(appraisal, option_ids),
        *(p for o in appraisal.options for p in _option(appraisal, o, criteria_known, gates_known)),
    ]


def num(x: float) -> str:
    """A number as it was written: short (5, 0.25) where that is exact, else every digit
    (5.0000000001 is not shown as 5, which would read as on the scale)."""
    short = f"{x:g}"
    return short if float(short) == x else repr(float(x))


def _unique(appraisal: Appraisal, option_ids: OptionIds | None = None) -> Iterator[Problem]:
    """Duplicate ids; options are compared across every option file, loaded or not."""
    options = option_ids if option_ids is not None else [(o.id, o.where) for o in appraisal.options]
    for kind, items in (
        ("criterion", [(c.id, c.where) for c in appraisal.criteria]),
        ("gate", [(g.id, g.where) for g in appraisal.gates]),
        ("option", options),
    ):
        yield from duplicates(items, "E201", kind)


def _scale(appraisal: Appraisal, doc: Document) -> Iterator[Problem]:
    low, high = appraisal.scale
    if not low < high:
        message = f"scale min ({num(low)}) must be below max ({num(high)})"
        yield Problem(doc.where(("appraisal", "scale")), "E202", message)


def _criteria(appraisal: Appraisal, doc: Document) -> Iterator[Problem]:
    low, high = appraisal.scale
    for i, c in enumerate(appraisal.criteria):
        if c.is_measure:
            if c.direction is None:
                message = f"measure criterion '{c.id}' needs 'direction: lower' or 'direction: higher'"
                yield Problem(c.where, "E208", message)
            elif c.range is not None and not _piecewise(c):  # a piecewise function's points give it
                worst, best = c.range
                if worst == best or (worst < best) != (c.direction == "higher"):
                    yield Problem(
                        doc.where(("criteria", i, "range")), "E203",
                        f"range [{num(worst)}, {num(best)}] is [worst, best] and must run the way of "
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
                        f"level {level} of '{c.id}' is off the scale {num(low)}-{num(high)}",
                    )


def _piecewise(c: Criterion) -> bool:
    return c.function is not None and c.function.type == "piecewise"


def _value_functions(appraisal: Appraisal, doc: Document) -> Iterator[Problem]:
    """Each value function rises (never falls) from 0 at the worst end to 100 at the best, and suits its criterion."""
    low, high = appraisal.scale
    for i, c in enumerate(appraisal.criteria):
        f = c.function
        if f is None:
            continue
        at = ("criteria", i, "value_function")
        if f.type == "macbeth" or f.macbeth is not None:
            yield from _macbeth(c, doc, at, low, high)
            continue
        if f.type == "exponential":
            yield from _unused_keys(c, doc, at, ("points", "values"), "shape")
            if not _given(doc, (*at, "shape")):
                yield Problem(doc.where(at), "E213", f"the exponential value function of '{c.id}' needs 'shape:'")
            continue
        wanted = "values" if f.type == "discrete" else "points"
        yield from _unused_keys(c, doc, at, tuple(k for k in ("points", "values", "shape") if k != wanted), wanted)
        if not _given(doc, (*at, wanted)):
            yield Problem(doc.where(at), "E213", f"the {f.type} value function of '{c.id}' needs '{wanted}:'")
            continue
        if f.type == "discrete":
            yield from _discrete(c, doc, at, low, high)
        else:
            yield from _points(c, doc, at, (low, high))


def _macbeth(c: Criterion, doc: Document, at: Path_, low: float, high: float) -> Iterator[Problem]:
    """A MACBETH function: score criteria only, judgements between levels, well-formed and consistent."""
    assert c.function is not None
    yield from _unused_keys(c, doc, at, ("points", "values", "shape"), "judgements")
    if c.is_measure:
        yield Problem(doc.where((*at, "type")), "E213",
                      f"a MACBETH value function is for score criteria; '{c.id}' is a measure (use piecewise)")
        return
    if not _given(doc, (*at, "judgements")):
        yield Problem(doc.where(at), "E213", f"the MACBETH value function of '{c.id}' needs 'judgements:'")
        return
    name = f"the value function of '{c.id}'"
    table = doc.data["criteria"][at[1]]["value_function"]["judgements"]
    _, _, where, problems = macbeth_files.levels(table, low, high, doc, (*at, "judgements"), name)
    yield from problems
    scale = c.function.macbeth
    if not problems and scale is not None and not scale.consistent:
        yield from macbeth_files.inconsistency(scale, where, name, doc.where((*at, "judgements"), key=True),
                                               label=lambda level: f"level {level}")


def _given(doc: Document, path: Path_) -> bool:
    return doc.where(path) != doc.where(path[:-1])


def _unused_keys(
    c: Criterion, doc: Document, at: Path_, keys: tuple[str, ...], wanted: str
) -> Iterator[Problem]:
    assert c.function is not None
    for key in keys:
        if _given(doc, (*at, key)):
            yield Problem(doc.where((*at, key), key=True), "E213",
                          f"'{key}' is not for {_article(c.function.type)} value function (it takes '{wanted}:')")


def _article(word: str) -> str:
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def _points(c: Criterion, doc: Document, at: Path_, scale: tuple[float, float]) -> Iterator[Problem]:
    """A piecewise function: raw numbers moving one way (the better way), values 0 to 100, never falling."""
    assert c.function is not None
    points = c.function.points
    higher = not c.is_measure or c.direction != "lower"
    for k, ((x0, v0), (x1, v1)) in enumerate(zip(points, points[1:], strict=False), start=1):
        if not (x1 > x0 if higher else x1 < x0):
            way = "rise" if higher else "fall"
            why = "(direction: lower)" if not higher else "(worst to best)"
            yield Problem(doc.where((*at, "points", k, 0)), "E213",
                          f"the points of '{c.id}' must {way} from one to the next {why}: {num(x1)} after {num(x0)}")
        if v1 < v0:
            yield Problem(doc.where((*at, "points", k, 1)), "E213",
                          f"the values of '{c.id}' must never fall from worst to best: {num(v1)} after {num(v0)}")
    yield from _ends(c, doc, [v for _, v in points], (*at, "points", 0, 1), (*at, "points", len(points) - 1, 1))
    first, last = points[0][0], points[-1][0]
    if not c.is_measure and (first, last) != scale:
        yield Problem(doc.where((*at, "points")), "E213",
                      f"the points of '{c.id}' must run from the scale's min ({num(scale[0])}) to its max "
                      f"({num(scale[1])}), not from {num(first)} to {num(last)}")
    if c.is_measure and _given(doc, ("criteria", *at[1:2], "range")) and c.range != (first, last):
        assert c.range is not None
        yield Problem(doc.where(("criteria", *at[1:2], "range")), "E213",
                      f"range [{num(c.range[0])}, {num(c.range[1])}] of '{c.id}' differs from its value function's "
                      f"first and last points ({num(first)}, {num(last)}): give the range once, by the points")


def _discrete(c: Criterion, doc: Document, at: Path_, low: float, high: float) -> Iterator[Problem]:
    """A discrete function: score criteria only, a value for every whole level of the scale, 0 to 100."""
    assert c.function is not None
    if c.is_measure:
        yield Problem(doc.where((*at, "type")), "E213",
                      f"a discrete value function is for score criteria; '{c.id}' is a measure (use piecewise)")
        return
    if low != int(low) or high != int(high):
        yield Problem(doc.where((*at, "type")), "E213",
                      f"a discrete value function needs a scale of whole numbers, not {num(low)}-{num(high)}")
        return
    levels = [x for x, _ in c.function.points]
    wanted = list(range(int(low), int(high) + 1))
    for level in levels:
        if level not in wanted:
            yield Problem(doc.where((*at, "values", int(level)), key=True), "E213",
                          f"level {num(level)} of '{c.id}' is off the scale {num(low)}-{num(high)}")
    missing = [num(level) for level in wanted if level not in levels]
    if missing:
        levels_word = "levels" if len(missing) > 1 else "level"
        yield Problem(doc.where((*at, "values")), "E213",
                      f"the discrete value function of '{c.id}' gives no value for {levels_word} "
                      f"{', '.join(missing)}: give every whole level of the scale")
    values = [v for _, v in c.function.points]
    if not values:
        return
    for (x0, v0), (x1, v1) in zip(c.function.points, c.function.points[1:], strict=False):
        if v1 < v0:
            yield Problem(doc.where((*at, "values", int(x1))), "E213",
                          f"the values of '{c.id}' must never fall from level to level: "
                          f"{num(v1)} at {num(x1)} after {num(v0)} at {num(x0)}")
    yield from _ends(c, doc, values, (*at, "values", int(levels[0])), (*at, "values", int(levels[-1])))


def _ends(
    c: Criterion, doc: Document, values: list[float], first: Path_, last: Path_
) -> Iterator[Problem]:
    """The first value is 0 (the worst end), the last 100 (the best)."""
    for value, path, wanted, end in ((values[0], first, 0.0, "worst"), (values[-1], last, 100.0, "best")):
        if value != wanted:
            yield Problem(doc.where(path), "E213", f"the value function of '{c.id}' must give {num(wanted)} at the "
                                                   f"{end} end, not {num(value)}")


def _baseline(appraisal: Appraisal, option_ids: OptionIds | None) -> Iterator[Problem]:
    if option_ids is None:
        return
    ids = list(dict.fromkeys(i for i, _ in option_ids))
    if appraisal.baseline is not None and appraisal.baseline not in ids and appraisal.baseline_where:
        yield Problem(
            appraisal.baseline_where, "E209",
            f"baseline '{appraisal.baseline}' is not an option{did_you_mean(appraisal.baseline, ids)}",
        )
    unscored = [o for o in appraisal.options if o.id == appraisal.baseline and o.sifted_out]
    if unscored and appraisal.baseline_where:
        yield Problem(
            appraisal.baseline_where, "E707",
            f"baseline '{appraisal.baseline}' fails a gate and is not scored: score it, since every "
            "option is compared with business as usual",
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


def _option(
    appraisal: Appraisal, option: Option, criteria_known: bool = True, gates_known: bool = True
) -> Iterator[Problem]:
    criteria = {c.id: c for c in appraisal.criteria}
    scored = ("score", "scores")
    if criteria_known and not option.unscored:  # an option failing a gate may be left unscored
        yield from _coverage(option, "scores", scored, "criterion", list(criteria), option.scores, ("E204", "E205"))
    for cid, assessment in option.scores.items():
        if cid in criteria:
            yield from _assessment(appraisal, option, criteria[cid], assessment)
    gates = [g.id for g in appraisal.gates]
    if gates_known:
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
            bounds, what = (min(c.range), max(c.range)), f"range [{num(c.range[0])}, {num(c.range[1])}]"
    elif appraisal.scale[0] < appraisal.scale[1]:
        bounds = appraisal.scale
        what = f"scale {num(appraisal.scale[0])}-{num(appraisal.scale[1])}"
    for key, number in (("low", a.low), (wanted, a.point), ("high", a.high)):
        if number is not None and bounds is not None and not bounds[0] <= number <= bounds[1]:
            where = a.at.get(key if a.keyword else "", a.where)
            yield Problem(where, "E203", f"{option.id}: {c.id} {key} {num(number)} is off the {what}")
    if c.function is not None and c.function.type == "discrete" and not c.is_measure and not a.unmoderated:
        for key, number in (("low", a.low), (wanted, a.point), ("high", a.high)):
            if number is not None and number != int(number):
                where = a.at.get(key if a.keyword else "", a.where)
                yield Problem(where, "E214", f"{option.id}: {c.id} {key} {num(number)} is not a whole level: "
                                             f"'{c.id}' has a discrete value function")
    if (a.low is not None and a.low > a.point) or (a.high is not None and a.high < a.point):
        yield Problem(
            a.where, "E203", f"{option.id}: {c.id} needs low <= {wanted} <= high"
        )
