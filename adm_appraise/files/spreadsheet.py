"""Reading a spreadsheet (.xlsx or .csv) into a grid of located cells, for ``adm-appraise import``.

Every cell keeps where it came from (``scores.xlsx: Sheet1!C7``), so any later complaint
points at it. Text stays text: a text cell holding ``=SUM(A1)`` is that text, never
evaluated. A real formula cell of a workbook gives the result the workbook last saved; a
formula that is just a reference to another cell (``=Weights!C2``, as ``export`` writes) is
followed to that cell, so a workbook written by a program that saves no results still
imports. Merged ranges are reported, for the table reader to refuse those inside its table.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adm_appraise.problems import AppraisalError, CellLocation, Problem, did_you_mean

MAX_BYTES = 20 * 2**20
MAX_CELLS = 1_000_000
MAX_XML_BYTES = 256 * 2**20  # a workbook's parts unzipped: a 1M-cell sheet is about 40 MiB of XML
_SHEET_NAMESPACES = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                     "http://purl.oclc.org/ooxml/spreadsheetml/main")
_COUNTED = {f"{ns} {tag}" for ns in _SHEET_NAMESPACES for tag in ("c", "row")}
_REFERENCE = re.compile(r"^=\s*(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?\$?([A-Z]{1,3})\$?([0-9]{1,7})\s*$")


@dataclass(frozen=True)
class Cell:
    value: str | float | bool | None  # text (stripped), a finite number, a boolean, or None when empty
    where: CellLocation
    comment: str | None = None
    problem: Problem | None = None  # what is wrong with the cell itself (an error value, a formula without result)

    @property
    def empty(self) -> bool:
        return self.value is None and self.problem is None


@dataclass(frozen=True)
class Sheet:
    """A sheet as a rectangle of cells (row-major), its merged ranges and where it came from."""

    source: str  # the file name as given
    name: str | None  # the sheet's name; None for CSV
    rows: list[list[Cell]]
    merged: list[tuple[int, int, int, int, str]]  # (first row, first column, last row, last column, 'B3:C3'), 0-based


def locate(source: str, sheet: str | None, row: int, column: int) -> CellLocation:
    """The location of a cell, 0-based row and column: ``scores.xlsx: Sheet1!C7`` (``scores.csv: C7``)."""
    ref = f"{column_letter(column + 1)}{row + 1}"
    return CellLocation(source, row + 1, column + 1, f"{_sheet_ref(sheet)}!{ref}" if sheet is not None else ref)


def column_letter(n: int) -> str:
    """A spreadsheet's name for column n (1-based): 1 -> A, 27 -> AA. (CSV needs no openpyxl.)"""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _sheet_ref(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_]+", name) else "'" + name.replace("'", "''") + "'"


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    """The cells of a .csv file or of one sheet of an .xlsx workbook (default: its first sheet)."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        _fail(source, f"cannot import a '{suffix or 'suffixless'}' file: save it as .xlsx or .csv")
    try:
        size = path.stat().st_size
    except OSError as exc:
        _fail(source, f"cannot read the file: {exc.strerror}")
    if size > MAX_BYTES:
        _fail(source, f"the file is larger than {MAX_BYTES // 2**20} MiB")
    if suffix == ".csv":
        if sheet is not None:
            _fail(source, "--sheet applies to workbooks (.xlsx), not to a CSV file")
        return _read_csv(path, source)
    return _read_xlsx(path, source, sheet)


def _fail(source: str, message: str) -> Any:
    raise AppraisalError([Problem(CellLocation(source), "E901", message)])


def _read_csv(path: Path, source: str) -> Sheet:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(source, f"not UTF-8 text (byte {exc.start}); save the CSV as UTF-8")
    except OSError as exc:
        _fail(source, f"cannot read the file: {exc.strerror}")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    raw: list[list[str]] = []
    width = 0
    try:
        for line in csv.reader(io.StringIO(text, newline=""), dialect):
            raw.append(line)
            width = max(width, len(line))
            # counted while reading, as the rectangle the rows are padded to: a few MiB of commas are millions of cells
            if len(raw) * max(width, 1) > MAX_CELLS:
                _fail(source, f"more than {MAX_CELLS} cells ({len(raw)} rows read, {width} columns wide)")
    except csv.Error as exc:
        _fail(source, f"not well-formed CSV: {exc}")
    rows = [[Cell(_text(v), locate(source, None, r, c)) for c, v in enumerate(line)] for r, line in enumerate(raw)]
    return Sheet(source, None, _rectangle(rows, source, None), [])


def _text(value: str) -> str | None:
    value = value.strip()
    return value or None


def _read_xlsx(path: Path, source: str, name: str | None) -> Sheet:
    import zipfile

    from openpyxl import load_workbook

    _count_cells(path, source)
    try:
        book = load_workbook(path, data_only=False)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        _fail(source, f"not a readable .xlsx workbook ({exc.__class__.__name__}: {exc})")
    if name is None:
        sheet = book.worksheets[0]
    elif name in book.sheetnames:
        sheet = book[name]
    else:
        _fail(source, f"no sheet named '{name}'{did_you_mean(name, book.sheetnames)}")
    if sheet.max_row * sheet.max_column > MAX_CELLS:
        _fail(source, f"sheet '{sheet.title}' has more than {MAX_CELLS} cells")
    reader = _Formulas(path, book)
    rows = []
    for r, line in enumerate(sheet.iter_rows()):
        cells = []
        for c, cell in enumerate(line):
            where = locate(source, sheet.title, r, c)
            note = getattr(cell, "comment", None)
            try:
                value, problem = reader.value(cell, where), None
            except AppraisalError as exc:
                value, problem = None, exc.problems[0]
            cells.append(Cell(value, where, _comment(note) if note is not None else None, problem))
        rows.append(cells)
    merged = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1, m.coord) for m in sheet.merged_cells.ranges]
    return Sheet(source, sheet.title, _rectangle(rows, source, sheet.title), merged)


def _size(count: int) -> str:
    return f"{count // 2**20} MiB" if count >= 2**20 else f"{count // 2**10} KiB"


class _TooMany(Exception):
    pass


def _count_cells(path: Path, source: str) -> None:
    """Refuse a workbook of more than MAX_CELLS cells (or rows) before openpyxl loads it whole.

    A workbook is zipped XML and compresses a thousandfold: a few hundred KB can hold ten
    million cells, which openpyxl would build in full (minutes, gigabytes) before any count of
    its own. So the parts are first streamed through expat, counting cell and row elements of
    every sheet, and the reading stops at the cap; their unzipped size is capped first.
    """
    import xml.parsers.expat
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(i.file_size for i in archive.infolist())
            if unzipped > MAX_XML_BYTES:
                _fail(source, f"the workbook unzips to more than {_size(MAX_XML_BYTES)}")
            counts = {"cells": 0, "rows": 0}

            def start(name: str, attributes: Any) -> None:
                if name in _COUNTED:
                    kind = "rows" if name.endswith(" row") else "cells"
                    counts[kind] += 1
                    if counts[kind] > MAX_CELLS:
                        raise _TooMany(kind)

            # every part, whatever its name: a sheet's part is named by the workbook's relations,
            # and a part that is not XML (an image) stops its parser at once
            for part in archive.infolist():
                parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
                parser.StartElementHandler = start
                with archive.open(part) as stream:
                    try:
                        parser.ParseFile(stream)
                    except xml.parsers.expat.ExpatError:
                        pass  # not well-formed XML: the next part is counted still (openpyxl judges this one)
    except _TooMany as exc:
        _fail(source, f"the workbook has more than {MAX_CELLS} {exc.args[0]}")
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError) as exc:
        _fail(source, f"not a readable .xlsx workbook ({exc.__class__.__name__}: {exc})")


def _comment(note: Any) -> str | None:
    """A cell comment's text, without the 'Author:' line Excel puts first."""
    text = str(note.text or "")
    author = str(note.author or "")
    if author and text.startswith(f"{author}:\n"):
        text = text[len(author) + 2:]
    return text.strip() or None


class _Formulas:
    """Cell values of a workbook: text as text, formulas through their saved results or references."""

    def __init__(self, path: Path, book: Any) -> None:
        self.path = path
        self.book = book
        self._saved: Any = None

    def value(self, cell: Any, where: CellLocation, depth: int = 0) -> str | float | bool | None:
        value = cell.value
        if value is None:
            return None
        if cell.data_type == "f":
            return self._formula(cell, where, depth)
        if cell.data_type == "e":
            raise AppraisalError([Problem(where, "E904", f"the cell holds the error {value}")])
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)):
            if value != value or value in (float("inf"), float("-inf")):
                raise AppraisalError([Problem(where, "E904", "the number is not finite")])
            return float(value)
        return _text(str(value))

    def _formula(self, cell: Any, where: CellLocation, depth: int) -> str | float | bool | None:
        text = str(cell.value)
        match = _REFERENCE.match(text)
        if match and depth < 8:
            quoted, plain, column, row = match.groups()
            title = quoted.replace("''", "'") if quoted else plain or cell.parent.title
            if title in self.book.sheetnames:
                return self.value(self.book[title][f"{column}{row}"], where, depth + 1)
        saved = self._saved_value(cell)
        if saved is None:
            raise AppraisalError([Problem(where, "E904", f"the cell holds a formula ({text}) and no saved result: open "
                                                         "and save the workbook in a spreadsheet program, or type the "
                                                         "value")])
        if isinstance(saved, str) and saved.startswith("#"):
            raise AppraisalError([Problem(where, "E904", f"the formula {text} gives the error {saved}")])
        return saved if isinstance(saved, bool) else float(saved) if isinstance(saved, (int, float)) else _text(saved)

    def _saved_value(self, cell: Any) -> Any:
        if self._saved is None:
            from openpyxl import load_workbook

            self._saved = load_workbook(self.path, data_only=True)
        return self._saved[cell.parent.title][cell.coordinate].value


def _rectangle(rows: list[list[Cell]], source: str, sheet: str | None) -> list[list[Cell]]:
    """Rows padded with empty cells to one width, trailing empty rows and columns dropped."""
    while rows and all(c.empty for c in rows[-1]):
        rows.pop()
    width = max((max((i + 1 for i, c in enumerate(r) if not c.empty), default=0) for r in rows), default=0)
    return [
        [*r[:width], *(Cell(None, locate(source, sheet, i, j)) for j in range(len(r), width))]
        for i, r in enumerate(rows)
    ]
