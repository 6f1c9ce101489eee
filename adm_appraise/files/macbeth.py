"""MACBETH judgements in criteria.yaml, read and checked: a level of weights (``method:
macbeth``, the swings of its items judged against each other and against ``no_swing``) or a
score criterion's ``value_function: {type: macbeth}`` (its levels judged against each other).

:func:`read` turns the written table into :class:`~adm_appraise.macbeth.Judgement` s with
every problem of form; :func:`scale` then solves the MACBETH programme, only when the table is
well-formed (this is where numpy and highspy are first imported, and only for a file with a
MACBETH block), and words an inconsistency with the smallest change that removes it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from adm_appraise import macbeth
from adm_appraise.files.yamlfile import Document
from adm_appraise.macbeth import Judgement, Scale
from adm_appraise.problems import Location, Problem, did_you_mean

Path_ = tuple[Any, ...]


def read(table: Mapping[Any, Mapping[Any, Any]], items: Sequence[str], doc: Document, path: Path_, name: str,
         unknown: Callable[[str, Location], Problem], higher: Callable[[str, str], bool] | None = None,
         ) -> tuple[list[Judgement], dict[tuple[str, str], Location], list[Problem]]:
    """The judgements of ``table`` (first: {second: category or [low, high]}), where each stands,
    and every problem: a bad range, an item judged against itself, a pair judged twice, an item the
    level does not hold (``unknown`` words it), a judgement the wrong way round (``higher``: False
    when the first may not be the more attractive, e.g. a lower level first, or no_swing first)."""
    judgements: list[Judgement] = []
    at: dict[tuple[str, str], Location] = {}
    problems: list[Problem] = []
    seen: dict[frozenset[str], tuple[str, str]] = {}
    for a_key, row in table.items():
        for b_key, value in row.items():
            a, b = str(a_key), str(b_key)
            where = doc.where((*path, a_key, b_key))
            bad = False
            for item, key in ((a, a_key), (b, b_key)):
                if item not in items:
                    problems.append(unknown(item, doc.where((*path, a_key) if key is a_key else (*path, a_key, b_key),
                                                            key=True)))
                    bad = True
            if a == b:
                problems.append(Problem(where, "E514", f"{name} judges '{a}' against itself"))
                continue
            try:
                low, high = macbeth.parse(value)
            except ValueError as e:
                problems.append(Problem(where, "E514", f"{name}: {e}"))
                continue
            if not bad and higher is not None and not higher(a, b):
                problems.append(Problem(where, "E514", f"{name} judges '{a}' over '{b}': write the more attractive "
                                                       f"first ({b}: {{{a}: ...}})"))
                continue
            pair = frozenset((a, b))
            if pair in seen:
                problems.append(Problem(where, "E504", f"{name} judges the pair {a}, {b} twice "
                                                       f"(also as {'/'.join(seen[pair])})"))
                continue
            seen[pair] = (a, b)
            if not bad:
                judgements.append(Judgement(a, b, low, high))
                at[(a, b)] = where
    return judgements, at, problems


def connected(items: Sequence[str], judgements: Sequence[Judgement], name: str, where: Location,
              code: str) -> list[Problem]:
    """E512-style: the judgements must link every item, or the scale is not determined."""
    parts = macbeth.components(items, judgements)
    if len(parts) == 1:
        return []
    text = "; ".join(", ".join(p) for p in parts)
    return [Problem(where, code, f"{name}'s judgements leave the items in {len(parts)} unconnected sets ({text}): "
                                 "judge an item of each set against one of another (missing pairs are allowed, "
                                 "but the scale needs every item linked)")]


def scale(items: Sequence[str], judgements: Sequence[Judgement], bottom: str, at: Mapping[tuple[str, str], Location],
          name: str, where: Location, order: Sequence[tuple[str, str]] = ()) -> tuple[Scale, list[Problem]]:
    """The MACBETH scale, and an E515 error if the judgements are inconsistent (:func:`inconsistency`)."""
    result = macbeth.solve(items, judgements, bottom, order)
    return result, [] if result.consistent else list(inconsistency(result, at, name, where))


def inconsistency(result: Scale, at: Mapping[tuple[str, str], Location], name: str, where: Location,
                  label: Callable[[str], str] = lambda i: f"'{i}'") -> list[Problem]:
    """E515: the judgements are inconsistent, and which change of category removes that (the
    least total shift), at the first judgement to change."""
    if not result.changes:
        return [Problem(where, "E515", f"the MACBETH judgements of {name} are inconsistent, and no change of "
                                       "categories removes it")]
    first = result.changes[0].judgement
    changes = "; ".join(f"changing {label(c.judgement.first)} vs {label(c.judgement.second)} from "
                        f"{c.judgement.text} to {macbeth.category_text(c.low, c.high)}" for c in result.changes)
    shifts = sum(abs(c.low - c.judgement.low) for c in result.changes)
    return [Problem(at.get((first.first, first.second), where), "E515",
                    f"the MACBETH judgements of {name} are inconsistent (no scale reproduces them all): {changes} "
                    f"removes the inconsistency ({shifts} category shift{'s' if shifts != 1 else ''}, the fewest)")]


def unknown_item(name: str, items: Sequence[str]) -> Callable[[str, Location], Problem]:
    def problem(item: str, at: Location) -> Problem:
        return Problem(at, "E514", f"{name} judges '{item}', which it does not hold{did_you_mean(item, list(items))}")
    return problem


def levels(table: Mapping[Any, Mapping[Any, Any]], low: float, high: float, doc: Document, path: Path_,
           name: str) -> tuple[list[str], list[Judgement], dict[tuple[str, str], Location], list[Problem]]:
    """A score criterion's MACBETH value function: its levels (as text, worst first), the
    judgements between them, where each stands, and every problem of form (no LP is solved)."""
    if low != int(low) or high != int(high):
        return [], [], {}, [Problem(doc.where((*path[:-1], "type")), "E213",
                                    f"a MACBETH value function needs a scale of whole numbers, not {low:g}-{high:g}")]
    items = [str(k) for k in range(int(low), int(high) + 1)]
    judgements, at, problems = read(table, items, doc, path, name, unknown_item(name, items),
                                    higher=lambda a, b: int(a) > int(b))
    problems += connected(items, judgements, name, doc.where(path, key=True), "E213")
    return items, judgements, at, problems


def level_order(items: Sequence[str]) -> list[tuple[str, str]]:
    """A higher level is never worth less than the one below it."""
    return [(b, a) for a, b in zip(items, items[1:], strict=False)]
