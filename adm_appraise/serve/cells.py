"""The cells a workshop changes, each named by an id, read from and written into a file's YAML text.

A cell id names one value the page shows and may change:

- ``weight/<criterion>``: the criterion's ``weight:`` in criteria.yaml;
- ``swing/<group>/<item>``: a swing of the ``weighting:`` record (``-`` for the top level);
- ``score/<option>/<criterion>``: the option's (moderated) score, or a measure's value;
- ``rationale/<option>/<criterion>``, ``moderation/<option>/<criterion>``: the texts beside it;
- ``panel/<assessor>/<option>/<criterion>``: an assessor's own score in panel/<assessor>.yaml.

``read`` gives a cell's value as the file now holds it (None when absent): the page sends that
value back with a change as its base, and a change whose base is no longer what the file holds
is a conflict. ``write`` puts a value in a ``YamlEdit``, keeping the entry's form: a short
``control: 4`` stays short when only the score changes and becomes ``{score: 4, rationale: ...}``
when a rationale is added. Nothing here touches the disk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adm_appraise.files.edit import YamlEdit, lookup
from adm_appraise.files.loader import PANEL
from adm_appraise.model import Appraisal

KINDS = {"weight": 1, "swing": 2, "score": 2, "rationale": 2, "moderation": 2, "panel": 3}
TEXTS = ("rationale", "moderation")
MAX_TEXT = 10_000  # characters of a rationale or a note typed in the page
TOP = "-"  # the top level of a weighting record, in a swing's cell id


class CellError(ValueError):
    """A cell id or a value the page should never send (a malformed or hostile request)."""


@dataclass(frozen=True)
class Cell:
    id: str
    kind: str
    parts: tuple[str, ...]
    file: Path  # the file that holds it
    path: tuple[str | int, ...]  # where in that file: the entry (a score's mapping or short form) or the value

    @property
    def text(self) -> bool:
        return self.kind in TEXTS


def parse(cell_id: object, appraisal: Appraisal) -> Cell:
    """The cell an id names in this appraisal; CellError when it names nothing there."""
    if not isinstance(cell_id, str) or len(cell_id) > 300:
        raise CellError("a cell id is a short text")
    kind, *parts = cell_id.split("/")
    if KINDS.get(kind) != len(parts) or not all(parts):
        raise CellError(f"no such cell: {cell_id!r}")
    criteria = {c.id: c for c in appraisal.criteria}
    if kind == "weight":
        index = next((i for i, c in enumerate(appraisal.criteria) if c.id == parts[0]), None)
        if index is None or appraisal.criteria[index].stated_weight is None:
            raise CellError(f"no stated weight: {cell_id!r}")
        return Cell(cell_id, kind, tuple(parts), appraisal.criteria_path, ("criteria", index, "weight"))
    if kind == "swing":
        group, item = parts
        path: tuple[str | int, ...] = ("weighting", "swings", item) if group == TOP else (
            "weighting", "groups", group, "swings", item)
        return Cell(cell_id, kind, tuple(parts), appraisal.criteria_path, path)
    if kind == "panel":
        aid, oid, cid = parts
        if aid not in panel_ids(appraisal) and not _is_id(aid):
            raise CellError(f"no such assessor: {cell_id!r}")
        _option_criterion(appraisal, oid, cid, cell_id)
        if criteria[cid].is_measure:
            raise CellError(f"a measure is not a panel judgement: {cell_id!r}")
        return Cell(cell_id, kind, tuple(parts), assessor_file(appraisal, aid), ("scores", oid, cid))
    oid, cid = parts
    option = _option_criterion(appraisal, oid, cid, cell_id)
    return Cell(cell_id, kind, tuple(parts), option.path, ("scores", cid))


def _is_id(text: str) -> bool:
    import re

    from adm_appraise.files.loader import ID_PATTERN

    return re.match(ID_PATTERN, text) is not None and len(text) <= 64


def _option_criterion(appraisal: Appraisal, oid: str, cid: str, cell_id: str) -> Any:
    options = {o.id: o for o in appraisal.options}
    if oid not in options or options[oid].unscored or cid not in {c.id for c in appraisal.criteria}:
        raise CellError(f"no such cell: {cell_id!r}")
    return options[oid]


def panel_ids(appraisal: Appraisal) -> dict[str, Path]:
    """The assessors of the panel as loaded: id -> file."""
    return {a.id: a.path for a in appraisal.panel.assessors} if appraisal.panel else {}


def assessor_file(appraisal: Appraisal, aid: str) -> Path:
    """An assessor's file: the one that holds their id, else panel/<id>.yaml (a new assessor)."""
    return panel_ids(appraisal).get(aid, appraisal.criteria_path.parent / PANEL / f"{aid}.yaml")


def value(cell: Cell, raw: object) -> float | str | None:
    """A value from the page checked for its cell: a finite number, or a text (empty: removed)."""
    if cell.text:
        if raw is None:
            return None
        if not isinstance(raw, str) or len(raw) > MAX_TEXT:
            raise CellError(f"{cell.id}: a text of at most {MAX_TEXT} characters")
        return raw.strip() or None
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw) or abs(raw) > 1e15:
        raise CellError(f"{cell.id}: a finite number")
    return float(raw)


class Parsed:
    """A file's data parsed once, read as ``YamlEdit.get`` reads it (the page's view reads many cells of a file)."""

    def __init__(self, text: str) -> None:
        self.data = YamlEdit(text).data()

    def get(self, path: tuple[str | int, ...], default: Any = None) -> Any:
        return lookup(self.data, path, default)


def read(cell: Cell, edit: YamlEdit | Parsed, measure: bool = False) -> float | str | None:
    """The cell's value in the text of its file (None when absent)."""
    entry = edit.get(cell.path)
    if cell.kind in ("weight", "swing"):
        return _number(entry)
    if isinstance(entry, dict):
        key = cell.kind if cell.text else ("value" if measure else "score")
        found = entry.get(key)
        return found if cell.text and isinstance(found, str) else (None if cell.text else _number(found))
    return None if cell.text else _number(entry)


def write(cell: Cell, edit: YamlEdit, new: float | str | None, measure: bool = False) -> None:
    """Put ``new`` in the cell (a text None or empty: the key removed)."""
    entry = edit.get(cell.path)
    if cell.kind in ("weight", "swing"):
        edit.set(cell.path, new)
        return
    point = "value" if measure else "score"
    if cell.text:
        if isinstance(entry, dict):
            if new is None:
                edit.delete((*cell.path, cell.kind))
            else:
                edit.set((*cell.path, cell.kind), new)
        elif new is not None:  # a short form gains its text: {score: 4, rationale: ...}
            edit.set(cell.path, {point: entry, cell.kind: new})
        return
    if isinstance(entry, dict):
        edit.set((*cell.path, point), new)
    elif cell.kind == "panel" and edit.get(cell.path[:2]) is None:
        edit.set(cell.path[:2], {cell.path[2]: new})  # the option's first cell in this assessor's file
    else:
        edit.set(cell.path, new)


def _number(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def new_panel_file(aid: str, name: str, role: str, scores: dict[str, dict[str, float]]) -> str:
    """The text of a new assessor's file holding their first scores (one line an option, as people write it)."""
    import json

    from adm_appraise.files.edit import human

    rows = "".join(f"  {oid}: {{{', '.join(f'{cid}: {human(x)}' for cid, x in cells.items())}}}\n"
                   for oid, cells in scores.items())
    return (f"# {name}'s independent scores, entered in the workshop form (adm-appraise serve).\n"
            f"assessor:\n  id: {aid}\n  name: {json.dumps(name, ensure_ascii=False)}\n"
            f"  role: {json.dumps(role, ensure_ascii=False)}\nscores:\n{rows}")
