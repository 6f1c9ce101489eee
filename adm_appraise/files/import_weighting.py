"""An exported workbook's Weighting sheet read back into criteria.yaml's ``weighting:`` record (``import``).

``render.workbook_weighting`` describes the sheet. A fresh import of a workbook that has the
sheet rebuilds the value tree and its judgements: the record, each criterion's ``group:``, and
a ``weight:`` only where its level states weights (``method: direct``). A workbook without the
sheet imports as before, each criterion with the weight of its Scores row. Every problem is
reported with its cell, all in one go: E904 a cell that holds the wrong thing, E905 a judgement
missing, E906 a row or an id that names nothing, or an item listed twice or not at all, E908 a
group id that breaks the id rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adm_appraise.files.spreadsheet import Cell, Sheet
from adm_appraise.files.table import ID_RULE, Imported, TableReader, plain_number, text_of
from adm_appraise.macbeth import CATEGORIES, NO_SWING, parse
from adm_appraise.problems import AppraisalError, CellLocation, Problem
from adm_appraise.weighting import RANK_FORMULAS

SHEET = "Weighting"
TITLE_TEXT = "Weighting: how the weights were set"  # in A1: what tells the import the sheet is export's
# the first cell of each kind of row, as export writes it and as the import reads it (case aside)
TOP, GROUP, NAME, DESCRIPTION, METHOD, FORMULA = "top level", "group", "name", "description", "method", "formula"
PARTICIPANTS, DATE, RATIONALE = "participants", "date", "rationale"
ITEM, JUDGE, COMPARISONS, JUDGEMENTS = "item", "judge", "comparisons", "judgements"
WITHIN, OVERALL = "Within level", "Overall"  # headings of the weights export gave (values, not recalculated)
METHODS = ("direct", "swing", "rank", "pairwise", "macbeth")
DATA = {"swing": "swings", "rank": "order", "pairwise": "comparisons", "macbeth": "judgements"}
BLOCK_KEYS = (NAME, DESCRIPTION, METHOD, FORMULA)


@dataclass
class Matrix:
    judge: Cell | None
    columns: list[Cell]
    rows: list[list[Cell]] = field(default_factory=list)  # each: the row's id cell, then its cells


@dataclass
class Block:
    """One level of the tree as the sheet gives it: the top level (``id`` None) or a group."""

    start: Cell
    id: str | None
    keys: dict[str, Cell] = field(default_factory=dict)
    items: list[tuple[Cell, Cell | None]] = field(default_factory=list)  # (id cell, value cell)
    matrices: list[Matrix] = field(default_factory=list)
    overall: int | None = None  # the column of the items' overall weights at export
    exported: dict[str, Cell] = field(default_factory=dict)  # item -> its overall weight at export


@dataclass
class Tree:
    """What the sheet gives criteria.yaml: the ``weighting:`` block, and each criterion's group and
    stated weight (None: its level derives it)."""

    weighting: dict[str, Any]
    group: dict[str, str | None]
    weight: dict[str, float | int | None]
    exported: dict[str, float] = field(default_factory=dict)  # each criterion's weight at export (sum 1), if given


def read_weighting(sheet: Sheet, imported: Imported) -> Tree:
    """The record the Weighting sheet holds, for the criteria ``imported`` read from the Scores sheet;
    AppraisalError listing every problem, each at its cell."""
    reader = TableReader([], sheet.source, [])
    record, blocks = _blocks(sheet, reader)
    tree = _tree(blocks, imported, reader, sheet)
    errors = sorted((p for p in reader.problems if p.severity == "error"), key=Problem.sort_key)
    if errors:
        raise AppraisalError(errors)
    groups = tree.weighting.pop("groups", None)
    tree.weighting.update(record)
    if groups:
        tree.weighting["groups"] = groups
    return tree


def _blocks(sheet: Sheet, reader: TableReader) -> tuple[dict[str, Any], list[Block]]:
    """The record's participants, date and rationale, and the blocks, as the rows lay them out."""
    record: dict[str, Any] = {}
    blocks: list[Block] = []
    mode = ""  # '' between tables, 'items', or 'matrix'
    judge: Cell | None = None
    for row in sheet.rows:
        filled = [c for c in row if not c.empty]
        if not filled:
            mode = ""
            continue
        first = row[0]
        label = text_of(first).casefold()
        rest = row[1:]
        if label in (TOP, GROUP):
            blocks.append(Block(first, None if label == TOP else _group_id(rest, first, reader)))
            mode, judge = "", None
            continue
        if not blocks:  # above the first block: the record's own rows, the title and notes
            if label == PARTICIPANTS:
                record["participants"] = [text_of(c) for c in rest if not c.empty]
            elif label in (DATE, RATIONALE) and rest and not rest[0].empty:
                record[label] = text_of(rest[0])
            continue
        block = blocks[-1]
        if mode == "items":
            block.items.append((rest[0] if rest else first, rest[1] if len(rest) > 1 else None))
            if not rest or rest[0].empty:
                reader.error(first, "E906", f"the item '{text_of(first)}' has no id (column B)")
            elif block.overall is not None and block.overall < len(row):
                block.exported[text_of(rest[0])] = row[block.overall]
            continue
        if mode == "matrix":
            block.matrices[-1].rows.append(row)
            continue
        if label in BLOCK_KEYS:
            if label in block.keys:
                reader.error(first, "E906", f"a second '{text_of(first)}' row in this level "
                                            f"(the first is {block.keys[label].where.cell})")
            if not rest or rest[0].empty:
                reader.error(rest[0] if rest else first, "E905", f"no {label}")
            else:
                block.keys[label] = rest[0]
        elif label == ITEM:
            mode = "items"
            block.overall = next((k for k, c in enumerate(row) if text_of(c) == OVERALL), None)
        elif label == JUDGE:
            judge = rest[0] if rest and not rest[0].empty else None
            if judge is None:
                reader.error(rest[0] if rest else first, "E905", "no judge's name")
        elif label in (COMPARISONS, JUDGEMENTS):
            columns = rest[:max((k + 1 for k, c in enumerate(rest) if not c.empty), default=0)]
            block.matrices.append(Matrix(judge if label == COMPARISONS else None, columns))
            block.keys.setdefault(f"{label} heading", first)
            mode, judge = "matrix", None
        else:
            reader.error(first, "E906", f"'{text_of(first)}' names no row of a level (expected "
                                        "name, description, method, formula, Item, judge, comparisons or "
                                        "judgements)")
    return record, blocks


def _group_id(rest: list[Cell], first: Cell, reader: TableReader) -> str | None:
    cell = rest[0] if rest else first
    value = text_of(cell) if rest else ""
    if not value:
        reader.error(cell, "E905", "no group id beside 'group'")
        return None
    if not ID_RULE.match(value) or len(value) > 64:
        reader.error(cell, "E908", f"the group id '{value}' breaks the id rule (lower case letters, digits and _, "
                                   "starting with a letter)")
        return None
    return value


def _tree(blocks: list[Block], imported: Imported, reader: TableReader, sheet: Sheet) -> Tree:
    criteria = [c["id"] for c in imported.criteria]
    groups: dict[str, Block] = {}
    top: Block | None = None
    for block in blocks:
        if block.id is None and block.start.value is not None and text_of(block.start).casefold() == TOP:
            if top is not None:
                reader.error(block.start, "E906", f"a second 'top level' (the first is {top.start.where.cell})")
            top = top or block
        elif block.id is not None:
            if block.id in groups:
                reader.error(block.start, "E908", f"a second group '{block.id}' "
                                                  f"(the first is at {groups[block.id].start.where.cell})")
            elif block.id in criteria:
                reader.error(block.start, "E908", f"the group id '{block.id}' is also a criterion's id")
            else:
                groups[block.id] = block
    if top is None:
        reader.error(blocks[0].start if blocks else Cell(None, CellLocation(sheet.source)), "E906",
                     "the Weighting sheet has no 'top level' block")
        return Tree({}, {}, {})
    where: dict[str, tuple[Block, Cell]] = {}  # item -> the block that lists it, and its id cell
    for block in (top, *groups.values()):
        for id_cell, _ in block.items:
            item = text_of(id_cell)
            if not item:
                continue
            if item not in criteria and item not in groups:
                reader.error(id_cell, "E906", f"'{item}' is neither a criterion of the Scores sheet nor a group "
                                              "of this sheet")
            elif item in where:
                reader.error(id_cell, "E906", f"'{item}' is listed twice (also at {where[item][1].where.cell}): "
                                              "an item belongs to one level")
            else:
                where[item] = (block, id_cell)
    for cid in criteria:
        if cid not in where:
            at = imported.cells.get(f"criterion:{cid}", CellLocation(sheet.source))
            reader.problems.append(Problem(at, "E906", f"criterion '{cid}' is in no level of the Weighting sheet: "
                                                       "list it under the level that weighs it"))
    for gid, block in groups.items():
        if gid not in where:
            reader.error(block.start, "E906", f"group '{gid}' is listed in no level: list it among the items of "
                                              "the level that weighs it")
    first = _level(top, reader, "direct")
    levels: dict[str | None, dict[str, Any]] = {
        None: first, **{gid: _level(b, reader, first["method"]) for gid, b in groups.items()}}
    parent = {item: block.id for item, (block, _) in where.items()}
    weighting: dict[str, Any] = {"method": levels[None]["method"], **levels[None]["data"]}
    if groups:
        weighting["groups"] = {}
    for gid, block in groups.items():
        spec: dict[str, Any] = {"name": text_of(block.keys[NAME]) if NAME in block.keys else gid}
        if DESCRIPTION in block.keys:
            spec["description"] = text_of(block.keys[DESCRIPTION])
        if parent.get(gid) is not None:
            spec["group"] = parent[gid]
        stated = levels[parent.get(gid)]["stated"] if gid in parent else {}
        if stated.get(gid) is not None:
            spec["weight"] = stated[gid]
        spec["method"] = levels[gid]["method"]
        spec.update(levels[gid]["data"])
        weighting["groups"][gid] = spec
    exported = {cid: cell.value for cid in criteria if cid in where
                for cell in [where[cid][0].exported.get(cid)] if cell is not None and isinstance(cell.value, float)}
    return Tree(weighting, {cid: parent.get(cid) for cid in criteria},
                {cid: levels[parent.get(cid)]["stated"].get(cid) if cid in parent else None for cid in criteria},
                exported if len(exported) == len(criteria) else {})


def _level(block: Block, reader: TableReader, default: str) -> dict[str, Any]:
    """A block's method, the data its method weighs by (criteria.yaml's keys) and its stated weights."""
    cell = block.keys.get(METHOD)
    method: str | None = text_of(cell).casefold() if cell is not None else default
    if method not in METHODS and cell is not None:
        reader.error(cell, "E904", f"the method must be one of {', '.join(METHODS)}, not '{text_of(cell)}'")
        method = None
    items = [text_of(i) for i, _ in block.items if text_of(i)]
    out: dict[str, Any] = {"method": method or "direct", "data": {}, "stated": {}}
    formula = block.keys.get(FORMULA)
    if formula is not None:
        if method != "rank":
            reader.error(formula, "E904", f"a formula is for method rank, not {method}")
        elif text_of(formula) not in RANK_FORMULAS:
            reader.error(formula, "E904", f"the formula must be one of {', '.join(RANK_FORMULAS)}, "
                                          f"not '{text_of(formula)}'")
    values = [(text_of(i), v if v is not None else Cell(None, i.where)) for i, v in block.items if text_of(i)]
    if method in ("direct", "swing", "rank"):
        given = [(item, v) for item, v in values if not v.empty or v.problem]
        if len(items) == 1 and not given and (method != "direct" or block.id is not None):
            return out  # a level of one needs no judgement
        numbers: dict[str, float] = {}
        what = {"direct": "weight", "swing": "swing", "rank": "rank"}[method]
        for item, v in values:
            x = reader.number(v, f"{what} of '{item}'")
            if x is None:
                continue
            if method == "swing" and not 0 <= x <= 100:
                reader.error(v, "E904", f"a swing is from 0 to 100, not {x:g}")
            elif method == "direct" and x <= 0:
                reader.error(v, "E904", f"a weight is a number above 0, not {x:g}")
            elif method == "rank" and (x < 1 or not x.is_integer()):
                reader.error(v, "E904", f"a rank is a whole number from 1, not {x:g}")
            else:
                numbers[item] = x
        if method == "direct":
            out["stated"] = {k: plain_number(x) for k, x in numbers.items()}
        elif method == "swing":
            out["data"]["swings"] = {k: plain_number(x) for k, x in numbers.items()}
        else:
            places = sorted(set(numbers.values()))
            order = [[k for k, x in numbers.items() if x == p] for p in places]
            out["data"]["order"] = [p[0] if len(p) == 1 else p for p in order]
            if formula is not None:
                out["data"]["formula"] = text_of(formula)
    elif method in ("pairwise", "macbeth"):
        _matrices(block, method, items, reader, out["data"])
    if method not in ("pairwise", "macbeth") and block.matrices:
        heading = block.matrices[0].columns[0] if block.matrices[0].columns else block.start
        reader.error(block.keys.get(f"{COMPARISONS} heading", block.keys.get(f"{JUDGEMENTS} heading", heading)),
                     "E906", f"a matrix of judgements is for method pairwise or macbeth, not {method}")
    return out


def _matrices(block: Block, method: str, items: list[str], reader: TableReader, data: dict[str, Any]) -> None:
    columns_allowed = [*items, NO_SWING] if method == "macbeth" else items
    judged: dict[str | None, dict[str, dict[str, Any]]] = {}
    for matrix in block.matrices:
        judge = text_of(matrix.judge) if matrix.judge is not None else None
        if judge in judged:
            reader.error(matrix.judge or block.start, "E906", f"a second matrix for {judge or 'the level'}")
        table: dict[str, dict[str, Any]] = judged.setdefault(judge, {})
        columns = [text_of(c) for c in matrix.columns]
        for c, name in zip(matrix.columns, columns, strict=True):
            if name not in columns_allowed:
                reader.error(c, "E906", f"the column '{name}' is not an item of this level")
        seen: dict[frozenset[str], Cell] = {}
        for row in matrix.rows:
            a = text_of(row[0])
            if a not in items:
                reader.error(row[0], "E906", f"the row '{a}' is not an item of this level")
                continue
            for cell, b in zip(row[1:], columns, strict=False):
                if cell.empty and cell.problem is None or b not in columns_allowed:
                    continue
                if a == b:
                    if text_of(cell) not in ("-", ""):
                        reader.error(cell, "E904", f"'{a}' is judged against itself: leave the cell '-'")
                    continue
                value = _ratio(cell, reader) if method == "pairwise" else _category(cell, reader)
                if value is None:
                    continue
                pair = frozenset((a, b))
                if pair in seen:
                    reader.error(cell, "E904", f"the pair {a}, {b} is judged twice (also at {seen[pair].where.cell}): "
                                               "judge each pair once")
                    continue
                seen[pair] = cell
                table.setdefault(a, {})[b] = value
    if method == "macbeth":
        if judged.get(None):
            data["judgements"] = judged[None]
    elif set(judged) - {None}:
        data["judges"] = {k: v for k, v in judged.items() if k is not None}
    elif judged.get(None):
        data["comparisons"] = judged[None]


def _ratio(cell: Cell, reader: TableReader) -> float | int | str | None:
    """A pairwise ratio: a number above 0, or '1/n' with n from 1 to 9."""
    text = text_of(cell).replace(" ", "")
    if isinstance(cell.value, str) and len(text) == 3 and text.startswith("1/") and text[2] in "123456789":
        return text
    x = reader.number(cell, "ratio")
    if x is None:
        return None
    if x <= 0:
        reader.error(cell, "E904", f"a ratio is a number above 0 (or 1/3), not {x:g}")
        return None
    return plain_number(x)


def _category(cell: Cell, reader: TableReader) -> str | list[str] | None:
    """A MACBETH judgement in words ('very strong', 'weak to strong') as criteria.yaml writes it."""
    if cell.problem is not None:
        reader.problems.append(cell.problem)
        return None
    words = [w.strip().casefold().replace(" ", "_").replace("-", "_") for w in text_of(cell).split(" to ")]
    words = ["none" if w == "no" else w for w in words]
    value: str | list[str] = words[0] if len(words) == 1 else words
    try:
        parse(value)
    except ValueError as e:
        reader.error(cell, "E904", f"a judgement is one of {', '.join(c.replace('_', ' ') for c in CATEGORIES)} "
                                   f"or a range such as 'weak to strong', not '{text_of(cell)}' ({e})")
        return None
    return value


def apply(imported: Imported, tree: Tree) -> tuple[dict[str, float], dict[str, float]]:
    """The criteria given their groups and stated weights (dropped where the record derives them), and the
    record set; returns the weights the Scores sheet gave and those the Weighting sheet says it gave at export
    (empty when it does not say), to tell which of the two was edited."""
    sheet = {c["id"]: float(c["weight"]) for c in imported.criteria}
    specs = []
    for spec in imported.criteria:
        new: dict[str, Any] = {}
        for key, value in spec.items():
            if key == "weight":
                if tree.weight.get(spec["id"]) is not None:
                    new["weight"] = tree.weight[spec["id"]]
                continue
            new[key] = value
            if key == "name" and tree.group.get(spec["id"]) is not None:
                new["group"] = tree.group[spec["id"]]
        specs.append(new)
    imported.criteria = specs
    imported.weighting = tree.weighting
    return sheet, tree.exported
