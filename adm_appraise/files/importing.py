"""A scoring matrix read from a spreadsheet, turned into an appraisal's files (``adm-appraise import``).

The table (the documentation, "Importing a scoring matrix"): its heading row is the first row with two or
more filled cells (rows above it, such as a title, are skipped; the first text there is the
title, and rows starting ``baseline`` or ``shortlist`` set those). Options as rows, criteria
as columns:

- the first column holds the option names; a column headed ``id`` their ids, ``description``
  their descriptions;
- every other heading is a criterion or a gate (a gate's cells are pass, fail or
  conditional); ``<name> rationale``, ``<name> evidence``, ``<name> low`` and ``<name> high``
  columns belong to the criterion or gate so named; a comment on a score cell is its rationale;
- rows whose first cell is ``weight`` (or ``weights``), ``id``, ``type`` (score, measure or
  gate), ``unit``, ``direction`` (lower or higher), ``worst`` or ``best`` describe the
  criteria (``weight`` may be a percentage); ``total``, ``sum``, ``average`` rows are skipped,
  and ``total``, ``score`` and ``rank`` columns are ignored: adm-appraise computes them.

The transposed layout (criteria as rows) is the same table turned through 90 degrees. Ids are
made from the names (lower case, ``_``, unique) unless given. The scale comes from ``--scale``,
else the score criteria's worst and best rows, else the data (0-5, 0-10 or 0-100, the
smallest that holds every score). Every problem is reported with its cell, all in one go.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from adm_appraise.files.spreadsheet import Cell, Sheet, locate, read_sheet
from adm_appraise.files.table import LABELS, SUFFIXES, Imported, TableReader, plain_number, text_of
from adm_appraise.problems import AppraisalError, CellLocation, Problem

SETTINGS = ("title", "shortlist", "baseline")
ROW_HINTS = {"option", "options", "option name", "name", "model", "delivery model"}
COLUMN_HINTS = {"criterion", "criteria", "criterion name"}


class TableError(AppraisalError):
    """The table was read but is not a usable appraisal; says how it was read (a wrong layout explains much)."""

    def __init__(self, problems: list[Problem], layout: str, reason: str) -> None:
        super().__init__(problems)
        self.layout = layout
        self.reason = reason


def describe_layout(layout: str) -> str:
    return "options as rows" if layout == "rows" else "criteria as rows (transposed)"


def import_table(sheet: Sheet, layout: str = "auto", scale: tuple[float, float] | None = None) -> Imported:
    """Read the table of a sheet; raise AppraisalError listing every problem, each with its cell."""
    rows = sheet.rows
    top = next((i for i, r in enumerate(rows) if sum(not c.empty for c in r) >= 2 and _setting(r) is None), None)
    if top is None:
        raise AppraisalError([Problem(CellLocation(sheet.source), "E902",
                                      "no table found: no row has two or more filled cells (a heading row)")])
    # the table's first column: the leftmost filled one, under the heading row (its top cell is often blank)
    left = min(next(j for j, c in enumerate(r) if not c.empty) for r in rows[top:] if any(not c.empty for c in r))
    settings = {key: cells for r in rows[:top] if (found := _setting(r)) for key, cells in [found]}
    above = [text_of(c) for r in rows[:top] if _setting(r) is None for c in r if not c.empty]
    title = text_of(settings["title"][1]) if "title" in settings and len(settings["title"]) > 1 else ""
    title = title or (above[0] if above else "") or Path(sheet.source).stem
    problems = [
        Problem(locate(sheet.source, sheet.name, r0, c0), "E903",
                f"merged cells {coord} inside the table: unmerge them and fill in every cell")
        for r0, c0, r1, c1, coord in sheet.merged if r1 >= top and c1 >= left
    ]
    table = [r[left:] for r in rows[top:]]
    chosen, reason = choose_layout(table, layout)
    if chosen == "columns":
        table = [list(column) for column in zip(*table, strict=True)]
    reader = TableReader(table, sheet.source, problems)
    imported = reader.read(title, chosen, reason, scale)
    imported.shortlist = reader.shortlist(settings.get("shortlist"))
    imported.baseline = reader.baseline(settings.get("baseline"), imported.options)
    _between_levels(imported, sheet.source)
    if reader.errors:
        raise TableError([p for p in reader.problems if p.severity == "error"], chosen, reason)
    return imported


def _between_levels(imported: Imported, source: str) -> None:
    """A discrete value function whose criterion has a score between levels in the sheet (a panel's
    median, exported as the score) becomes the piecewise function through the same points, which
    values every score as the discrete one does (straight between levels), with a warning."""
    for spec in imported.criteria:
        function = spec.get("value_function")
        if not isinstance(function, dict) or function.get("type") != "discrete" \
                or not isinstance(function.get("values"), dict):
            continue
        cells = [o["scores"].get(spec["id"]) for o in imported.options]
        numbers = [x for cell in cells for x in ((cell.get("score"), cell.get("low"), cell.get("high"))
                                                  if isinstance(cell, dict) else (cell,))]
        off = sorted({float(x) for x in numbers if isinstance(x, int | float) and not float(x).is_integer()})
        if not off:
            continue
        points = sorted((k, v) for k, v in function["values"].items() if isinstance(k, int))
        spec["value_function"] = {"type": "piecewise", "points": [[k, v] for k, v in points]}
        where = imported.cells.get(f"criterion:{spec['id']}", CellLocation(source))
        imported.warnings.append(Problem(where, "W904", f"'{spec['id']}' has a discrete value function, and the "
                                         f"sheet scores it {off[0]:g}, between its levels: written as the piecewise "
                                         "function through the same points, which values every score alike",
                                         "warning"))


def _setting(row: list[Cell]) -> tuple[str, list[Cell]] | None:
    """('shortlist', [label, value...]) for a settings row above the table (title, shortlist, baseline)."""
    cells = [c for c in row if not c.empty]
    key = text_of(cells[0]).casefold().rstrip(":").strip() if cells else ""
    return (key, cells) if key in SETTINGS else None


def choose_layout(table: list[list[Cell]], requested: str) -> tuple[str, str]:
    """'rows' (options as rows) or 'columns', and why."""
    if requested != "auto":
        return requested, "as --layout says"
    head = [text_of(c).casefold() for c in table[0]]
    first = [text_of(r[0]).casefold() for r in table]
    rows: list[str] = []
    columns: list[str] = []
    for votes, headings, labels, hints in ((rows, head, first, ROW_HINTS), (columns, first, head, COLUMN_HINTS)):
        if head[0] in hints:
            votes.append(f"the first heading is '{text_of(table[0][0])}'")
        label = next((x for x in labels[1:] if x in LABELS and x != "id"), None)
        if label:
            votes.append(f"{'a row' if votes is rows else 'a column'} '{label}'")
        suffixed = next((x for x in headings[1:] if x.endswith(SUFFIXES) and " " in x), None)
        if suffixed:
            votes.append(f"{'a column' if votes is rows else 'a row'} '{suffixed}'")
    if len(columns) > len(rows):
        return "columns", ", ".join(columns)
    if rows and len(rows) > len(columns):
        return "rows", ", ".join(rows)
    return "rows", "assumed: nothing says which (give --layout columns if the criteria are rows)"


def appraisal_files(imported: Imported, origin: str) -> dict[str, str]:
    """{relative path: YAML text}: criteria.yaml and options/<id>.yaml."""
    note = f"# Imported from {origin} by adm-appraise import.\n"
    low, high = imported.scale
    meta: dict[str, Any] = {"title": imported.title, "scale": {"min": plain_number(low), "max": plain_number(high)}}
    if imported.baseline:
        meta["baseline"] = imported.baseline
    if imported.shortlist:
        meta["shortlist"] = imported.shortlist
    document: dict[str, Any] = {"appraisal": meta, "criteria": imported.criteria}
    if imported.weighting is not None:
        document["weighting"] = imported.weighting
    if imported.gates:
        document["gates"] = imported.gates
    out = {"criteria.yaml": note + _dump(document)}
    for option in imported.options:
        out[f"options/{option['id']}.yaml"] = note + _dump(option)
    return out


def left_behind(path: Path, imported: Imported) -> list[str]:
    """What an exported workbook says that the import cannot carry into the files, in words: the
    weighting record, when the workbook has no Weighting sheet to read it from (its weights were
    exported for a scenario or with overrides; the Weights sheet's note, see ``render.workbook``)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    try:
        weights = read_sheet(path, "Weights")
    except AppraisalError:
        return []
    note = "Weights set by the weighting: record of criteria.yaml"
    found = next((text_of(c) for r in weights.rows for c in r if text_of(c).startswith(note)), None)
    if found is None:
        return []
    how = found[len(note):].split(";")[0].strip()
    return [f"not carried: the workbook's weights were set by a weighting: record {how}; the workbook holds the "
            "weights it gave, not the record, so each criterion has its effective weight, stated directly. Copy "
            "the weighting: block (and the criteria's group: keys) from the original criteria.yaml to keep it."]


def weighting_sheet(path: Path, sheet: str | None) -> Sheet | None:
    """An exported workbook's Weighting sheet (``render.workbook_weighting``), to read the record from; None
    for a CSV, a workbook without one (or with a sheet of that name not written by export), or when
    another sheet than the first (Scores) is imported."""
    from adm_appraise.files.import_weighting import SHEET, TITLE_TEXT

    if path.suffix.lower() not in (".xlsx", ".xlsm") or sheet not in (None, "Scores"):
        return None
    try:
        found = read_sheet(path, SHEET)
    except AppraisalError:
        return None
    first = found.rows[0][0] if found.rows and found.rows[0] else None
    return found if first is not None and text_of(first) == TITLE_TEXT else None


def _dump(document: dict[str, Any]) -> str:
    return str(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
