"""criteria.yaml's ``weighting:`` block and the criteria's ``group:``: the record, checked.

``build`` turns the parsed block into a :class:`~adm_appraise.model.Weighting` (the value
tree, of any depth: the top level weighs the groups with no parent and the criteria in no
group, each group weighs its criteria and its sub-groups; criteria and groups join a group
with ``group:``)
and lists every problem with its place in the file. ``criterion_weights`` gives the weight
each criterion is scored with: the stated one under ``method: direct`` with no groups, else the
effective weight on a 0-100 scale (so that scenarios and ``--weight`` use the same numbers).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import adm_appraise.weighting as formulas
from adm_appraise.files import macbeth as macbeth_files
from adm_appraise.files.yamlfile import Document
from adm_appraise.macbeth import NO_SWING
from adm_appraise.model import Group, Weighting, WeightLevel
from adm_appraise.problems import Location, Problem, did_you_mean

AGREE = 0.005  # a stated weight agrees with a derived one within half a percentage point
# each method's key (pairwise may give judges: instead, for a group)
DATA = {"swing": "swings", "rank": "order", "pairwise": "comparisons", "macbeth": "judgements"}


def build(spec: Any, doc: Document) -> tuple[Weighting | None, list[Problem]]:
    """The weighting record (None when criteria.yaml has none) and every problem in it."""
    block = spec.weighting
    criteria = spec.criteria
    problems: list[Problem] = []
    groups_spec = dict(block.groups) if block is not None else {}
    members: dict[str, list[str]] = {g: [] for g in groups_spec}
    for i, c in enumerate(criteria):
        if c.group is None:
            continue
        if c.group in members:
            members[c.group].append(c.id)
        else:
            known = (did_you_mean(c.group, list(groups_spec)) if groups_spec
                     else "; no groups are defined under weighting:")
            problems.append(Problem(doc.where(("criteria", i, "group")), "E506",
                                    f"criterion '{c.id}' is in unknown group '{c.group}'{known}"))
    problems += _shared_ids(groups_spec, criteria, doc)
    if block is None:
        problems += [Problem(doc.where(("criteria", i, "weight")), "E111", "missing required key 'weight'")
                     for i, c in enumerate(criteria) if c.weight is None]
        return None, problems
    parents = {gid: g.group for gid, g in groups_spec.items()}
    problems += _parents(groups_spec, doc)
    cyclic = _cycles(parents)
    problems += [Problem(doc.where(("weighting", "groups", cycle[0], "group")), "E513",
                         f"group '{cycle[0]}' is within itself: "
                         + " within ".join(f"'{g}'" for g in (*cycle, cycle[0]))
                         + "; give one of them another 'group:', or none (the top level)")
                 for cycle in cyclic]
    in_cycle = {g for cycle in cyclic for g in cycle}
    parent_of = {gid: p if p in members and gid not in in_cycle else None for gid, p in parents.items()}
    items = _items(criteria, members, parent_of, in_cycle)
    top_items = items.pop(None)
    for gid in groups_spec:
        if not members[gid] and gid not in parents.values():  # no criteria, no sub-groups
            problems.append(Problem(doc.where(("weighting", "groups", gid), key=True), "E511",
                                    f"group '{gid}' has no criteria: give criteria 'group: {gid}' or remove it"))
    stated = {c.id: c.weight for c in criteria if c.weight is not None}
    group_stated = {g: s.weight for g, s in groups_spec.items() if s.weight is not None}
    top = _level(block, block.method, block.formula or "centroid", top_items, group_stated | stated, doc,
                 ("weighting",))
    top, found = _macbeth(top, block, doc, ("weighting",), "the top level")
    problems += found
    groups = []
    for gid, g in groups_spec.items():
        path = ("weighting", "groups", gid)
        level = _level(g, g.method or block.method, g.formula or block.formula or "centroid", items[gid],
                       group_stated | stated, doc, path)
        if gid not in in_cycle:
            level, found = _macbeth(level, g, doc, path, f"group '{gid}'")
            problems += found
        groups.append(Group(gid, g.name, doc.where(path, key=True), level, g.description, parent_of[gid]))
    record = Weighting(
        method=block.method, top=top, groups=tuple(groups), participants=tuple(block.participants),
        date=block.date, rationale=block.rationale, where=doc.where(("weighting",), key=True),
    )
    problems += _level_problems(top, block, doc, ("weighting",), groups_spec, criteria)
    for g, group in zip(groups_spec.values(), groups, strict=True):
        if group.id in in_cycle:  # its items are unclear until the cycle is broken (E513)
            continue
        problems += _level_problems(group.level, g, doc, ("weighting", "groups", group.id), groups_spec, criteria)
    levels: dict[str | None, WeightLevel] = {None: top, **{group.id: group.level for group in groups}}
    for gid, g in groups_spec.items():
        weighed_by = levels[parent_of[gid]].method
        if g.weight is not None and weighed_by != "direct" and gid not in in_cycle:
            where = "the groups are" if parent_of[gid] is None else f"the items of group '{parent_of[gid]}' are"
            problems.append(Problem(doc.where(("weighting", "groups", gid, "weight"), key=True), "E501",
                                    f"group '{gid}' states a weight, but {where} weighed by "
                                    f"'method: {weighed_by}': remove 'weight:'"))
    if not problems:
        problems += _agreement(record, criteria, doc)
    return record, problems


def _parents(groups: dict[str, Any], doc: Document) -> Iterator[Problem]:
    """A group whose 'group:' names no group."""
    for gid, g in groups.items():
        if g.group is not None and g.group not in groups:
            yield Problem(doc.where(("weighting", "groups", gid, "group")), "E506",
                          f"group '{gid}' is in unknown group '{g.group}'{did_you_mean(g.group, list(groups))}")


def _cycles(parents: dict[str, str | None]) -> list[tuple[str, ...]]:
    """Each cycle of 'group:' links once, from its first group in file order."""
    found: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for start in parents:
        chain: list[str] = []
        at: str | None = start
        while at is not None and at in parents and at not in seen and at not in chain:
            chain.append(at)
            at = parents[at]
        if at is not None and at in chain:
            cycle = chain[chain.index(at):]
            first = min(cycle, key=list(parents).index)
            k = cycle.index(first)
            found.append(tuple(cycle[k:] + cycle[:k]))
        seen.update(chain)
    return found


def _items(criteria: Sequence[Any], members: dict[str, list[str]], parent_of: dict[str, str | None],
           in_cycle: set[str]) -> dict[str | None, list[str]]:
    """Each level's items (None: the top level), in the order of their first criterion in the file;
    a group with no criteria under it comes after, in the order of the groups."""
    out: dict[str | None, list[str]] = {None: [], **{g: [] for g in members}}

    def place(item: str, group: str | None) -> None:
        while True:
            if item not in out[group]:
                out[group].append(item)
            if group is None or group in in_cycle:
                return
            item, group = group, parent_of[group]

    for c in criteria:
        place(c.id, c.group if c.group in members else None)
    for gid in members:
        if gid not in in_cycle and (members[gid] or gid in parent_of.values()):  # an empty group is E511
            place(gid, parent_of[gid])
    return out


def _shared_ids(groups: dict[str, Any], criteria: Sequence[Any], doc: Document) -> Iterator[Problem]:
    """A group whose id is a criterion's: the top level could not tell the two apart."""
    index = {c.id: i for i, c in enumerate(criteria)}
    for gid in groups:
        if gid in index:
            line = doc.where(("criteria", index[gid], "id")).line
            yield Problem(doc.where(("weighting", "groups", gid), key=True), "E201",
                          f"group id '{gid}' is also a criterion's id (line {line}): "
                          "ids must be unique across criteria and groups")


def missing_weights(doc: Document) -> list[Problem]:
    """Criteria with no 'weight:' in a file with no weighting record, read from the raw data.

    Used when the file fails the schema, so that a missing weight is reported with the other
    structural errors (with a record, whether a weight is needed depends on its method).
    """
    data = doc.data
    if not isinstance(data, dict) or "weighting" in data or not isinstance(data.get("criteria"), list):
        return []
    return [Problem(doc.where(("criteria", i, "weight")), "E111", "missing required key 'weight'")
            for i, c in enumerate(data["criteria"]) if isinstance(c, dict) and "weight" not in c]


def _level(block: Any, method: str, formula: str, items: list[str], stated: dict[str, float],
           doc: Document, path: tuple[Any, ...]) -> WeightLevel:
    swings = dict(block.swings or {})
    order = tuple(tuple(p) if isinstance(p, list) else (p,) for p in block.order or [])
    judges = {name: {(a, b): _ratio(r) for a, row in table.items() for b, r in row.items()}
              for name, table in (block.judges or {}).items()}
    comparisons = ({(a, b): _ratio(r) for a, row in (block.comparisons or {}).items() for b, r in row.items()}
                   if block.comparisons is not None or not judges else formulas.aggregate(judges))
    at: dict[str, Location] = {}
    for item in swings:
        at[item] = doc.where((*path, "swings", item))
    for i, place in enumerate(block.order or []):
        for j, item in enumerate(place if isinstance(place, list) else [place]):
            at.setdefault(item, doc.where((*path, "order", i, j) if isinstance(place, list) else (*path, "order", i)))
    if block.comparisons is not None:
        for a, b in comparisons:
            at.setdefault(f"{a}/{b}", doc.where((*path, "comparisons", a, b)))
    for name, table in judges.items():  # a pair's first judgement, and each participant's ("name\ta/b")
        for a, b in table:
            at.setdefault(f"{a}/{b}", doc.where((*path, "judges", name, a, b)))
            at[f"{name}\t{a}/{b}"] = doc.where((*path, "judges", name, a, b))
    return WeightLevel(
        items=tuple(items), method=method, where=doc.where(path, key=True),
        stated={i: stated[i] for i in items if i in stated}, swings=swings, order=order,
        formula=formula, comparisons=comparisons, at=at, judges=judges,
    )


def _macbeth(level: WeightLevel, block: Any, doc: Document, path: tuple[Any, ...],
             name: str) -> tuple[WeightLevel, list[Problem]]:
    """A level weighed by MACBETH: its judgements read, checked and, when well-formed, solved."""
    if level.method != "macbeth" or block.judgements is None or len(level.items) < 2:
        return level, []
    items = [*level.items, NO_SWING]
    if NO_SWING in level.items:
        return level, [Problem(doc.where((*path, "judgements"), key=True), "E514",
                               f"{name} holds an item called '{NO_SWING}', which MACBETH weighting keeps for the "
                               "null swing (every criterion at its worst): give it another id")]
    judgements, at, problems = macbeth_files.read(
        block.judgements, items, doc, (*path, "judgements"), name,
        macbeth_files.unknown_item(name, items), higher=lambda a, b: a != NO_SWING)
    problems += macbeth_files.connected(items, judgements, name, doc.where((*path, "judgements"), key=True), "E512")
    if problems:
        return level, problems
    scale, found = macbeth_files.scale(items, judgements, NO_SWING, at, name, doc.where(path, key=True))
    return replace(level, macbeth=scale, at={**level.at, **{f"{a}/{b}": w for (a, b), w in at.items()}}), found


def _ratio(value: float | str) -> float:
    return 1 / float(value[2:]) if isinstance(value, str) else float(value)


def _level_problems(level: WeightLevel, block: Any, doc: Document, path: tuple[Any, ...],
                    groups: dict[str, Any], criteria: Sequence[Any]) -> Iterator[Problem]:
    where = doc.where(path, key=True)
    name = "the top level" if len(path) == 1 else f"group '{path[-1]}'"
    wanted = DATA.get(level.method)
    for method, key in DATA.items():
        if getattr(block, key) is not None and key != wanted:
            yield Problem(doc.where((*path, key), key=True), "E501",
                          f"'{key}:' is for method {method}, but {name} is weighed by 'method: {level.method}'")
    if block.judges is not None and level.method != "pairwise":
        yield Problem(doc.where((*path, "judges"), key=True), "E501",
                      f"'judges:' is for method pairwise, but {name} is weighed by 'method: {level.method}'")
    both = block.judges is not None and block.comparisons is not None
    if both and level.method == "pairwise":
        yield Problem(doc.where((*path, "judges"), key=True), "E501",
                      f"{name} gives both 'comparisons:' and 'judges:': give one (a group's judgements go under "
                      "'judges:', one name each)")
    if block.formula is not None and level.method != "rank":
        yield Problem(doc.where((*path, "formula"), key=True), "E501",
                      f"'formula:' is for method rank, but {name} is weighed by 'method: {level.method}'")
    if level.method == "direct":
        yield from _direct(level, path, criteria, doc)
        return
    if wanted is not None and getattr(block, wanted) is None and not (wanted == "comparisons" and block.judges):
        if len(level.items) > 1:
            also = " or 'judges:'" if wanted == "comparisons" else ""
            yield Problem(where, "E501",
                          f"{name} is weighed by 'method: {level.method}' but gives no '{wanted}:'{also}")
        return
    items = list(level.items)

    def unknown(item: str, at: Location) -> Problem:
        group = next((c.group for c in criteria if c.id == item and c.group), None)
        if group is None and item in groups:
            group = groups[item].group if groups[item].group in groups else None
        if group is not None and group != (path[-1] if len(path) > 1 else None):
            hint = f": it belongs to group '{group}', so weigh it there"
        elif item in groups and len(path) > 1:
            hint = ": it is weighed at the top level" if any(g.group for g in groups.values()) \
                else ": groups are weighed at the top level"
        else:
            hint = did_you_mean(item, items)
        return Problem(at, "E502", f"{name} weighs '{item}', which it does not hold{hint}")

    if level.method == "swing":
        for item in level.swings:
            if item not in items:
                yield unknown(item, doc.where((*path, "swings", item), key=True))
        for item in items:
            if item not in level.swings:
                yield Problem(doc.where((*path, "swings"), key=True), "E503", f"{name} gives no swing for '{item}'")
        if all(level.swings.get(i, 0) == 0 for i in items):
            yield Problem(doc.where((*path, "swings"), key=True), "E509",
                          f"every swing in {name} is 0: the largest swing should be 100")
    elif level.method == "rank":
        seen: set[str] = set()
        for i, place in enumerate(block.order):
            for j, item in enumerate(place if isinstance(place, list) else [place]):
                at = doc.where((*path, "order", i, j) if isinstance(place, list) else (*path, "order", i))
                if item in seen:
                    yield Problem(at, "E504", f"'{item}' is ranked twice in {name}")
                elif item not in items:
                    yield unknown(item, at)
                seen.add(item)
        for item in items:
            if item not in seen:
                yield Problem(doc.where((*path, "order"), key=True), "E503", f"{name} does not rank '{item}'")
    elif level.method == "pairwise" and not both:  # with both, which count is unclear: the error above says so
        yield from _comparisons(level, name, path, doc, unknown)


def _comparisons(
    level: WeightLevel, name: str, path: tuple[Any, ...], doc: Document, unknown: Any
) -> Iterator[Problem]:
    items = list(level.items)
    key = "judges" if level.judges else "comparisons"
    if len(items) > max(formulas.RANDOM_INDEX):
        yield Problem(doc.where((*path, key), key=True), "E508",
                      f"{name} compares {len(items)} items pairwise; Saaty's random index is tabulated for at most "
                      f"{max(formulas.RANDOM_INDEX)}: split them into groups")
    tables = ([(table, (*path, "judges", judge), f" by {judge}") for judge, table in level.judges.items()]
              if level.judges else [(level.comparisons, (*path, "comparisons"), "")])
    for table, place, by in tables:
        judged: dict[frozenset[str], tuple[str, str]] = {}
        for (a, b), ratio in table.items():
            at = doc.where((*place, a, b))
            for item in (a, b):
                if item not in items:
                    yield unknown(item, at)
            if a == b:
                yield Problem(at, "E507", f"'{a}' is compared with itself{by}")
                continue
            if not formulas.SAATY_MIN - 1e-9 <= ratio <= formulas.SAATY_MAX + 1e-9:
                yield Problem(at, "E507", f"the judgement {a} over {b}{by} ({ratio:g}) is off Saaty's scale: "
                                          "use 1 to 9, or 1/2 to 1/9")
            pair = frozenset((a, b))
            if pair in judged:
                yield Problem(at, "E504", f"the pair {a}, {b} is judged twice{by} (also as {'/'.join(judged[pair])})")
            judged[pair] = (a, b)
    parts = formulas.components(items, level.comparisons)
    if len(parts) > 1:
        alone = [p for p in parts if len(p) == 1]
        if alone and len(alone) == len(parts) - 1:
            what = ", ".join(f"'{p[0]}'" for p in alone)
            text = (f"{name} compares {what} with nothing: compare {'each' if len(alone) > 1 else 'it'} with at "
                    "least one other item")
        else:
            text = (f"{name}'s comparisons leave the items in {len(parts)} unconnected sets ("
                    + "; ".join(", ".join(p) for p in parts)
                    + "): compare an item of each set with one of another, so that every item is linked")
        yield Problem(doc.where((*path, key), key=True), "E512",
                      text + " (missing pairs are allowed, but the weights need every item connected)")


def _direct(level: WeightLevel, path: tuple[Any, ...], criteria: Sequence[Any], doc: Document) -> Iterator[Problem]:
    index = {c.id: i for i, c in enumerate(criteria)}
    if len(path) > 1 and len(level.items) == 1:  # a group of one: its criterion's weight within it is 1
        return
    for item in level.items:
        if item in level.stated:
            continue
        if item in index:
            yield Problem(doc.where(("criteria", index[item], "weight")), "E111", "missing required key 'weight'")
        else:
            yield Problem(doc.where(("weighting", "groups", item), key=True), "E510",
                          f"group '{item}' has no 'weight:', and the groups are weighed by 'method: direct'")


def _agreement(record: Weighting, criteria: Sequence[Any], doc: Document) -> Iterator[Problem]:
    """Stated weights of criteria whose own level is derived must agree with the derived ones."""
    level_of = {c: g.level for g in record.groups for c in g.level.items}
    restated = {c.id: c.weight for c in criteria
                if c.weight is not None and level_of.get(c.id, record.top).method != "direct"}
    if len(restated) < 2:
        return
    effective = record.weights()
    total_stated = sum(restated.values())
    total_derived = sum(effective[c] for c in restated)
    index = {c.id: i for i, c in enumerate(criteria)}
    for cid, weight in restated.items():
        said, derived = weight / total_stated, effective[cid] / total_derived
        if abs(said - derived) > AGREE:
            method = level_of.get(cid, record.top).method
            yield Problem(doc.where(("criteria", index[cid], "weight")), "E505",
                          f"'{cid}' states weight {weight:g} ({said:.1%} of the stated weights), but the {method} "
                          f"weighting gives it {derived:.1%}: the weighting record wins; "
                          "correct 'weight:' or remove it")


def criterion_weights(record: Weighting | None, criteria: Sequence[Any]) -> dict[str, float]:
    """The weight each criterion is scored with (NaN where the record is too broken to derive it)."""
    stated = {c.id: c.weight if c.weight is not None else float("nan") for c in criteria}
    if record is None or (not record.derived and not record.groups):
        return stated
    try:
        return {cid: 100.0 * w for cid, w in record.weights().items()}
    except (KeyError, ValueError, ZeroDivisionError, OverflowError):
        return {cid: float("nan") for cid in stated}
