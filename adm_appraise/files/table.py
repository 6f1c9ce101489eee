"""The table of a scoring matrix read into criteria, gates and option documents (``adm-appraise import``).

``TableReader`` takes the table with options as rows (``importing`` turns the transposed
layout round first) and reads its label rows, its columns and every cell, collecting every
problem with its cell rather than stopping at the first; the documentation, "Importing a scoring matrix"
describes the layout.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from adm_appraise.files.spreadsheet import Cell
from adm_appraise.problems import CellLocation, Problem

LABELS = {"id": "id", "type": "type", "unit": "unit", "direction": "direction", "worst": "worst", "best": "best",
          "weight": "weight", "weights": "weight", "value function": "value function",
          "value_function": "value function"}
TOTALS = {"total", "totals", "sum", "grand total", "average", "mean", "median", "max", "maximum", "min", "minimum",
          "count", "weighted total"}
COMPUTED = {"total", "total score", "score", "overall", "overall score", "weighted score", "weighted total", "rank",
            "ranking", "position"}
SHORTLIST_KEYS = {"top": "top", "min_score": "min_score", "min score": "min_score", "within": "within"}
SUFFIXES = ("rationale", "evidence", "low", "high")
GATE_RESULTS = ("pass", "fail", "conditional")
ID_RULE = re.compile(r"^[a-z][a-z0-9_]*$")
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
SCALES = ((0.0, 5.0), (0.0, 10.0), (0.0, 100.0))
EVIDENCE = "\n\nEvidence:\n"


@dataclass
class Imported:
    """The appraisal a table gives, as the documents of its files, and what was decided on the way."""

    title: str
    layout: str  # 'rows' (options as rows) or 'columns'
    layout_reason: str
    scale: tuple[float, float]
    scale_reason: str
    criteria: list[dict[str, Any]]
    gates: list[dict[str, Any]]
    options: list[dict[str, Any]]
    warnings: list[Problem] = field(default_factory=list)
    shortlist: dict[str, float | int] | None = None
    baseline: str | None = None
    # for a merge into an existing appraisal: where things are ('criterion:ID', 'gate:ID', 'weight:ID',
    # 'option:ID', 'score:OPTION:ITEM') and which notes each criterion or gate's columns carry
    cells: dict[str, CellLocation] = field(default_factory=dict)
    carried: dict[str, frozenset[str]] = field(default_factory=dict)
    # an exported workbook's Weighting sheet, read back (files.import_weighting): criteria.yaml's weighting: block
    weighting: dict[str, Any] | None = None


def plain_number(x: float) -> float | int:
    """3.0 as 3 (what a person typed), other numbers as they are."""
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else float(x)


def text_of(cell: Cell) -> str:
    """A heading or label as text (a number heading as written, e.g. '2017')."""
    value = cell.value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"{value:g}"
    return value or ""


def make_id(name: str, taken: set[str], fallback: str) -> str:
    """An id from a name: ASCII, lower case, '_' between words, starting with a letter, unique in ``taken``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_name)
    base = "_".join(words[:next((k for k in range(1, len(words) + 1) if len("_".join(words[:k])) > 40),
                                 len(words) + 1) - 1] or words[:1])[:40]
    if not base:
        base = fallback
    elif not base[0].isalpha():
        base = f"{fallback}_{base}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    taken.add(candidate)
    return candidate


class TableReader:
    """A table with options as rows; collects every problem rather than stopping at the first."""

    def __init__(self, table: list[list[Cell]], source: str, problems: list[Problem]) -> None:
        self.table = table
        self.source = source
        self.problems = problems

    @property
    def errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def error(self, cell: Cell, code: str, message: str) -> None:
        self.problems.append(cell.problem or Problem(cell.where, code, message))

    def warn(self, cell: Cell, code: str, message: str) -> None:
        self.problems.append(Problem(cell.where, code, message, "warning"))

    def read(self, title: str, layout: str, reason: str, scale: tuple[float, float] | None) -> Imported:
        head = self.table[0]
        labels, option_rows = self._rows()
        roles = self._columns(head)
        items = [j for j, role in roles.items() if role[0] == "item"]
        gates = [j for j in items if self._is_gate(j, labels, option_rows)]
        criteria = [j for j in items if j not in gates]
        if not option_rows or not criteria:
            self.problems.append(Problem(head[0].where, "E902", "the table has no options" if not option_rows
                                         else "the table has no criteria (columns of scores)"))
        crit_ids = self._ids(criteria, labels.get("id"), "criterion")
        gate_ids = self._ids(gates, labels.get("id"), "gate", taken=set(crit_ids.values()))
        specs = [self._criterion(j, crit_ids[j], labels) for j in criteria]
        if "weight" not in labels and criteria:
            self.warn(head[0], "W903", "no weights row: every criterion weighs the same (1)")
        checked, scale_reason = self._scale(scale, criteria, labels, option_rows, specs)
        chosen = checked or SCALES[0]
        extras = {(role[1], role[0]): j for j, role in roles.items() if role[0] != "item"}
        id_column = next((j for j, role in roles.items() if role == ("id", "")), None)
        names = self._option_ids(option_rows, id_column)
        options = [
            self._option(i, names[i], criteria, crit_ids, gates, gate_ids, extras, specs, checked) for i in option_rows
        ]
        imported = Imported(title, layout, reason, chosen, scale_reason, specs,
                            [{"id": gate_ids[j], "name": text_of(head[j])} for j in gates], options,
                            sorted((p for p in self.problems if p.severity == "warning"), key=Problem.sort_key))
        commented = any(self.table[i][j].comment for i in option_rows for j in items)
        notes = frozenset({"rationale", "evidence"} if commented else ())
        for j in items:
            item = crit_ids.get(j) or gate_ids[j]
            kind = "criterion" if j in crit_ids else "gate"
            imported.cells[f"{kind}:{item}"] = head[j].where
            if "weight" in labels:
                imported.cells[f"weight:{item}"] = self.table[labels["weight"]][j].where
            heading = text_of(head[j]).casefold()
            imported.carried[item] = notes | {suffix for (base, suffix) in extras if base == heading}
            for i in option_rows:
                imported.cells[f"score:{names[i]}:{item}"] = self.table[i][j].where
        for i in option_rows:
            imported.cells[f"option:{names[i]}"] = self.table[i][0].where
        return imported

    # --- settings above the table ------------------------------------------------------------

    def shortlist(self, found: list[Cell] | None) -> dict[str, float | int] | None:
        """'top 2; min_score 50; within 10' -> {'top': 2, 'min_score': 50, 'within': 10}."""
        if found is None or len(found) < 2:
            return None
        cell = found[1]
        rule: dict[str, float | int] = {}
        for part in re.split(r"[;,]", text_of(cell)):
            key, _, number = part.strip().rpartition(" ")
            name = SHORTLIST_KEYS.get(key.strip().casefold())
            if name is None or not NUMBER.match(number) or (name == "top" and not number.isdigit()):
                self.error(cell, "E904", f"a shortlist rule is 'top N; min_score S; within P', not '{text_of(cell)}'")
                return None
            rule[name] = plain_number(float(number))
        return rule

    def baseline(self, found: list[Cell] | None, options: list[dict[str, Any]]) -> str | None:
        if found is None or len(found) < 2:
            return None
        cell = found[1]
        wanted = text_of(cell)
        match = next((o["id"] for o in options if wanted in (o["id"], o["name"])), None)
        if match is None:
            self.error(cell, "E906", f"the baseline '{wanted}' names no option")
        return match

    # --- structure -------------------------------------------------------------------------

    def _rows(self) -> tuple[dict[str, int], list[int]]:
        labels: dict[str, int] = {}
        options = []
        for i, row in enumerate(self.table[1:], 1):
            name = row[0]
            key = text_of(name).casefold()
            if all(c.empty for c in row):
                continue
            if key in LABELS:
                if LABELS[key] in labels:
                    first = self.table[labels[LABELS[key]]][0].where.cell
                    self.error(name, "E906", f"a second '{text_of(name)}' row (the first is {first})")
                labels[LABELS[key]] = i
            elif key in TOTALS:
                self.warn(name, "W901", f"skipped the '{text_of(name)}' row: adm-appraise computes totals itself")
            elif name.empty:
                self.error(name, "E906", "a row with values but no option name")
            else:
                options.append(i)
        return labels, options

    def _columns(self, head: list[Cell]) -> dict[int, tuple[str, str]]:
        """Each column's role: ('item', key), ('id', ''), ('description', ''), or (suffix, item key)."""
        keys = {text_of(c).casefold(): j for j, c in enumerate(head) if j and not c.empty}
        roles: dict[int, tuple[str, str]] = {}
        seen: dict[str, Cell] = {}
        for j, cell in enumerate(head[1:], 1):
            if cell.empty:
                if any(not row[j].empty for row in self.table[1:]):
                    self.error(cell, "E906", "a column with values but no heading")
                continue
            key = text_of(cell).casefold()
            if key in seen:
                self.error(cell, "E906", f"the heading '{text_of(cell)}' appears twice (also {seen[key].where.cell})")
                continue
            seen[key] = cell
            base, _, suffix = key.rpartition(" ")
            if key in ("id", "description"):
                roles[j] = (key, "")
            elif key in COMPUTED:
                self.warn(cell, "W902", f"ignored the '{text_of(cell)}' column: adm-appraise computes scores and ranks")
            elif suffix in SUFFIXES and base in keys:
                roles[j] = (suffix, base)
            else:
                roles[j] = ("item", key)
        return roles

    def _is_gate(self, j: int, labels: dict[str, int], option_rows: list[int]) -> bool:
        if "type" in labels and not self.table[labels["type"]][j].empty:
            return text_of(self.table[labels["type"]][j]).casefold() == "gate"
        cells = [self.table[i][j] for i in option_rows if not self.table[i][j].empty]
        words = [c for c in cells if isinstance(c.value, str) and c.value.casefold() in GATE_RESULTS]
        return bool(words) and not any(_peek(c) is not None for c in cells)

    def _ids(self, columns: list[int], id_row: int | None, kind: str, taken: set[str] | None = None) -> dict[int, str]:
        taken = set() if taken is None else taken
        given = {j: self.table[id_row][j] for j in columns if id_row is not None and not self.table[id_row][j].empty}
        for cell in given.values():
            self._check_id(cell, taken)
        return {j: text_of(given[j]) if j in given else make_id(text_of(self.table[0][j]), taken, kind)
                for j in columns}

    def _check_id(self, cell: Cell, taken: set[str]) -> None:
        value = text_of(cell)
        if not ID_RULE.match(value) or len(value) > 64:
            self.error(cell, "E908", f"'{value}' is not an id: lower-case letters, digits and _, "
                                     "starting with a letter")
        elif value in taken:
            self.error(cell, "E908", f"the id '{value}' is used twice")
        taken.add(value)

    def _option_ids(self, option_rows: list[int], id_column: int | None) -> dict[int, str]:
        taken: set[str] = set()
        given = {i: self.table[i][id_column] for i in option_rows
                 if id_column is not None and not self.table[i][id_column].empty}
        for cell in given.values():
            self._check_id(cell, taken)
        return {i: text_of(given[i]) if i in given else make_id(text_of(self.table[i][0]), taken, "option")
                for i in option_rows}

    # --- criteria and scale ----------------------------------------------------------------

    def _criterion(self, j: int, cid: str, labels: dict[str, int]) -> dict[str, Any]:
        def label(name: str) -> Cell | None:
            return self.table[labels[name]][j] if name in labels else None

        spec: dict[str, Any] = {"id": cid, "name": text_of(self.table[0][j]), "weight": 1}
        weight = label("weight")
        if weight is not None:
            number = self.number(weight, "weight", percent=True)
            if number is not None and number <= 0:
                self.error(weight, "E904", f"the weight must be above 0, not {number:g}")
            spec["weight"] = plain_number(number) if number is not None else 1
        function = label("value function")
        if function is not None and not function.empty:
            found = self._function(function)
            if found is not None:
                spec["value_function"] = found
        kind = label("type")
        kind_text = text_of(kind).casefold() if kind is not None else ""
        if kind is not None and kind_text not in ("", "score", "measure", "gate"):
            self.error(kind, "E904", f"the type must be score, measure or gate, not '{text_of(kind)}'")
        if kind_text != "measure":
            return spec
        spec["type"] = "measure"
        unit = label("unit")
        if unit is not None and not unit.empty:
            spec["unit"] = text_of(unit)
        direction = label("direction")
        if direction is None or direction.empty:
            self.error(direction or self.table[0][j], "E905", "a measure needs a direction row: lower or higher")
        elif text_of(direction).casefold() not in ("lower", "higher"):
            self.error(direction, "E904", f"the direction must be lower or higher, not '{text_of(direction)}'")
        else:
            spec["direction"] = text_of(direction).casefold()
        ends = self._ends(j, labels)
        if ends is not None:
            spec["range"] = [plain_number(ends[0]), plain_number(ends[1])]
        return spec

    def _function(self, cell: Cell) -> dict[str, Any] | None:
        """A value function cell: criteria.yaml's ``value_function:`` block in flow style, as export
        writes it (``{type: exponential, shape: 2}``); the checks of criteria.yaml then judge it."""
        import yaml

        try:
            found = yaml.safe_load(text_of(cell))
        except yaml.YAMLError:
            found = None
        if not isinstance(found, dict) or "type" not in found:
            self.error(cell, "E904", "a value function is written as in criteria.yaml, in braces: "
                                     "{type: piecewise, points: [[0, 0], [500, 70], [1000, 100]]}, "
                                     "{type: discrete, values: {0: 0, 1: 20, ...}} or {type: exponential, shape: 2}")
            return None
        return found

    def _ends(self, j: int, labels: dict[str, int]) -> tuple[float, float] | None:
        cells = [self.table[labels[k]][j] for k in ("worst", "best") if k in labels]
        if all(c.empty for c in cells):
            return None
        if len(cells) < 2 or any(c.empty for c in cells):
            where = next((c for c in cells if c.empty), cells[0])
            self.error(where, "E905", "give both worst and best, or neither")
            return None
        worst, best = (self.number(c, "worst or best value") for c in cells)
        return None if worst is None or best is None else (worst, best)

    def _scale(self, given: tuple[float, float] | None, criteria: list[int], labels: dict[str, int],
               option_rows: list[int], specs: list[dict[str, Any]]) -> tuple[tuple[float, float] | None, str]:
        """The scale and how it was found; None when it cannot be (after reporting why)."""
        scored = [j for j, spec in zip(criteria, specs, strict=True) if spec.get("type") != "measure"]
        stated: dict[tuple[float, float], int] = {}
        for j in scored:
            ends = self._ends(j, labels)
            if ends is not None:
                stated.setdefault(ends, j)
        if len(stated) > 1:
            j = list(stated.values())[1]
            self.error(self.table[labels["worst"]][j], "E907", "the score criteria's worst and best rows disagree: "
                                                               "every score criterion shares one scale")
        if given is not None:
            if stated and given not in stated:
                j = next(iter(stated.values()))
                self.error(self.table[labels["worst"]][j], "E907", "the worst and best rows differ from --scale")
            return given, "as --scale says"
        if stated:
            low, high = next(iter(stated))
            if low >= high:
                self.error(self.table[labels["worst"]][next(iter(stated.values()))], "E907",
                           "a scale's worst must be below its best")
            return (low, high), "from the worst and best rows"
        points = [x for i in option_rows for j in scored if (x := _peek(self.table[i][j])) is not None]
        if not points:
            return SCALES[0], "0-5, the default (no scores to infer it from)"
        low, high = min(points), max(points)
        fits = next((s for s in SCALES if s[0] <= low and high <= s[1]), None)
        if fits is None:
            self.problems.append(Problem(CellLocation(self.source), "E907",
                                         f"the scores run from {low:g} to {high:g}, on no usual scale: give --scale"))
            return None, ""
        return fits, f"inferred: the scores run from {low:g} to {high:g}; give --scale to set it"

    # --- options ---------------------------------------------------------------------------

    def _option(self, i: int, oid: str, criteria: list[int], crit_ids: dict[int, str], gates: list[int],
                gate_ids: dict[int, str], extras: dict[tuple[str, str], int], specs: list[dict[str, Any]],
                scale: tuple[float, float] | None) -> dict[str, Any]:
        row = self.table[i]
        name = text_of(row[0])

        def extra(j: int, suffix: str) -> Cell | None:
            column = extras.get((text_of(self.table[0][j]).casefold(), suffix))
            return None if column is None else row[column]

        document: dict[str, Any] = {"id": oid, "name": name}
        description = extras.get(("", "description"))
        if description is not None and not row[description].empty:
            document["description"] = text_of(row[description])
        if gates:
            document["gates"] = {gate_ids[j]: self._gate(row[j], name, extra(j, "rationale")) for j in gates}
        scores = {}
        for j, spec in zip(criteria, specs, strict=True):
            measure = spec.get("type") == "measure"
            scores[crit_ids[j]] = self._score(row[j], extra, j, f"{name} on {text_of(self.table[0][j])}",
                                              None if measure else scale, measure)
        document["scores"] = scores
        return document

    def _gate(self, cell: Cell, name: str, rationale: Cell | None) -> Any:
        if cell.empty:
            self.error(cell, "E905", f"{name} is not assessed on this gate: pass, fail or conditional")
            return "fail"
        result = text_of(cell).casefold()
        if result not in GATE_RESULTS:
            self.error(cell, "E904", f"a gate result is pass, fail or conditional, not '{text_of(cell)}'")
            return "fail"
        why, evidence = _notes(cell.comment if rationale is None or rationale.empty else text_of(rationale))
        return {"result": result, "rationale": why} if why else result

    def _score(self, cell: Cell, extra: Callable[[int, str], Cell | None], j: int, what: str,
               scale: tuple[float, float] | None, measure: bool) -> Any:
        point = self.number(cell, f"score for {what}")
        bounds = {k: self.number(c, f"{k} for {what}") for k in ("low", "high")
                  if (c := extra(j, k)) is not None and not c.empty}
        for key, value in (("score", point), *bounds.items()):
            if scale is not None and value is not None and not scale[0] <= value <= scale[1]:
                where = cell if key == "score" else extra(j, key)
                assert where is not None
                self.error(where, "E907", f"{value:g} is off the scale {scale[0]:g}-{scale[1]:g}")
        low, high = bounds.get("low"), bounds.get("high")
        if point is not None and ((low is not None and low > point) or (high is not None and high < point)):
            self.error(cell, "E907", f"the range must hold the score: low <= {point:g} <= high")
        rationale = extra(j, "rationale")
        why, evidence = _notes(cell.comment if rationale is None or rationale.empty else text_of(rationale))
        listed = extra(j, "evidence")
        if listed is not None and not listed.empty:
            evidence = [line.strip().lstrip("-• ").strip() for line in text_of(listed).splitlines() if line.strip()]
        entry: dict[str, Any] = {"value" if measure else "score": plain_number(point) if point is not None else 0}
        entry.update({k: plain_number(v) for k, v in bounds.items() if v is not None})
        if why:
            entry["rationale"] = why
        if evidence:
            entry["evidence"] = evidence
        return entry if len(entry) > 1 else entry["value" if measure else "score"]

    def number(self, cell: Cell, what: str, percent: bool = False) -> float | None:
        """The number in a cell (text such as ' 4 ' counts; with ``percent``, '25%' is 25), else a problem."""
        if cell.problem is not None:
            self.problems.append(cell.problem)
            return None
        if cell.empty:
            self.error(cell, "E905", f"no {what}")
            return None
        value = cell.value
        if isinstance(value, float):
            return value
        if isinstance(value, str) and NUMBER.match(value):
            return float(value)
        if percent and isinstance(value, str) and value.endswith("%") and NUMBER.match(value[:-1].strip()):
            return float(value[:-1])
        self.error(cell, "E904", f"the {what} must be a number, not '{text_of(cell)}'")
        return None


def _peek(cell: Cell) -> float | None:
    """The number a cell holds, if any, without complaining."""
    if isinstance(cell.value, float):
        return cell.value
    return float(cell.value) if isinstance(cell.value, str) and NUMBER.match(cell.value) else None


def _notes(text: str | None) -> tuple[str | None, list[str]]:
    """A rationale and its evidence list from a comment written as export writes them."""
    if not text:
        return None, []
    if text.startswith(EVIDENCE.lstrip("\n")):
        text = "\n\n" + text
    why, _, listed = text.partition(EVIDENCE)
    evidence = [line.strip()[2:].strip() for line in listed.splitlines() if line.strip().startswith("- ")]
    return why.strip() or None, evidence
