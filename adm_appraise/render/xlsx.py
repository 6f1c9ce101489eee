"""Writing cells of an .xlsx workbook safely: text always as text, numbers and formulas as such.

What ``render.workbook`` and ``render.workbook_notes`` share: a workbook written with
XlsxWriter, whose formulas carry the result adm-appraise computed (so a reader that does not
recalculate, pandas or a file preview, sees the numbers Excel shows), columns as wide as
their content, and the fixed timestamps that make a workbook reproducible.
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Sequence
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_cell_to_rowcol, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

Style = dict[str, Any]
BOLD: Style = {"bold": True}
TITLE: Style = {"bold": True, "font_size": 14}
NOTE: Style = {"italic": True, "font_color": "#595959"}
INPUT: Style = {"bg_color": "#FFF2CC", "pattern": 1}  # cells meant to be edited
HEAD: Style = {"bold": True, "bg_color": "#D9E1F2", "pattern": 1, "text_wrap": True, "valign": "bottom"}
WRAP: Style = {"text_wrap": True, "valign": "top"}
CENTRE: Style = {"align": "center"}
RED, AMBER, GREEN = "#F8696B", "#FFEB84", "#63BE7B"
PERCENT, ONE_DECIMAL = "0.0%", "0.0"

# Column widths, in characters: text longer than WIDEST wraps in a column that wide.
NARROWEST, WIDEST = 6, 60
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
# The functions this package's formulas call: all in Excel since 2007, so none needs the "_xlfn."
# prefix XlsxWriter adds to the names of newer ones.
_CLASSIC = frozenset({"AND", "COUNTIF", "COUNTIFS", "EXP", "IF", "MAX", "MIN", "SUM", "SUMPRODUCT"})
_FUNCTION = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\(")


@functools.cache  # a sheet has at most 16,384 columns; a large workbook names them a million times
def column(n: int) -> str:
    """A column's letters from its 1-based number: 1 -> A, 27 -> AA."""
    return str(xl_col_to_name(n - 1))


@functools.cache
def _column_index(letters: str) -> int:
    return int(xl_cell_to_rowcol(f"{letters}1")[1])


# A cell: a reference such as 'C12', or its row and column numbers as the spreadsheet counts them,
# (12, 3), which the loops over every option use (two million cells at 10,000 options x 30 criteria).
Ref = str | tuple[int, int]


def cell(ref: Ref) -> tuple[int, int]:
    """(row, column), 0-based, of a reference such as 'C12' or (12, 3); as xl_cell_to_rowcol, whose
    regular expression costs several times as much as splitting off the digits; references with
    '$' go to it."""
    if type(ref) is tuple:
        return ref[0] - 1, ref[1] - 1
    assert isinstance(ref, str)
    letters = ref.rstrip("0123456789")
    if not letters.isalpha() or not letters.isupper() or len(letters) == len(ref):
        row, col = xl_cell_to_rowcol(ref)
        return int(row), int(col)
    return int(ref[len(letters) :]) - 1, _column_index(letters)


def clean(text: str) -> str:
    """Text a workbook can hold: characters XML forbids become U+FFFD."""
    return text if text.isprintable() else _ILLEGAL.sub("\ufffd", text)  # all of them are unprintable


class Book:
    """A workbook being written: one format per style, sheets in order."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        # no option that turns strings into formulas, numbers or links: only write_string writes text.
        # The sheets' XML goes through temporary files (XlsxWriter's default), not memory: at 10,000
        # options x 30 criteria that is a few hundred MB less at the peak.
        self.workbook = xlsxwriter.Workbook(self.buffer)
        self._formats: dict[tuple[tuple[str, Any], ...], Any] = {}
        self._styled: dict[tuple[Any, ...], tuple[Sequence[Style], Style, Any]] = {}
        self.sheets: list[Sheet] = []

    def format(self, style: Style) -> Any:
        style = {"valign": "top", **style}  # a cell beside a tall wrapped one starts level with it
        key = tuple(sorted(style.items()))
        if key not in self._formats:
            self._formats[key] = self.workbook.add_format(dict(style))
        return self._formats[key]

    def styled(self, styles: Sequence[Style], number_format: str | None = None) -> tuple[Style, Any]:
        """The styles merged, and their format: worked out once for each list of styles (the
        module's constant styles, looked up by identity; the list is kept, so no identity is
        reused), not once for each of a million cells."""
        key = (*map(id, styles), number_format)
        found = self._styled.get(key)
        if found is None:
            style = _merge(styles, number_format)
            found = self._styled[key] = (styles, style, self.format(style))
        return found[1], found[2]

    def sheet(self, name: str) -> Sheet:
        sheet = Sheet(self, self.workbook.add_worksheet(name, worksheet_class=_Worksheet))
        self.sheets.append(sheet)
        return sheet

    def close(self) -> bytes:
        """The file's bytes. XlsxWriter dates every zip entry 31 January 1980 and writes the
        'created' property (set by the caller) as both created and modified, so with
        SOURCE_DATE_EPOCH set the workbook depends on its content alone, byte for byte, as the
        reports do."""
        for sheet in self.sheets:
            sheet.fit_columns()
        self.workbook.close()
        return self.buffer.getvalue()


class Sheet:
    """One worksheet: cells by reference ('C12'), and the width each column's content needs."""

    def __init__(self, book: Book, worksheet: Any) -> None:
        self.book, self.ws = book, worksheet
        self.name: str = worksheet.name
        self.need: dict[int, float] = {}  # column index -> characters
        self.fixed: dict[int, float] = {}
        self.wrapped: dict[int, list[tuple[int, str]]] = {}  # row -> (column, text) of its wrapped cells
        self.heights: dict[int, float] = {}

    def _fit(self, col: int, chars: float) -> None:
        if chars > self.need.get(col, 0):
            self.need[col] = chars

    def text(self, ref: Ref, text: str | None, *styles: Style, fit: bool = True, grow: bool = True,
             squeeze: bool = False) -> None:
        """A text cell, never a formula: '=1+1' from a file stays the text '=1+1'.

        ``fit``: the column is made wide enough for it (up to WIDEST, beyond which it wraps);
        titles and notes are left to run on into the empty cells beside them. ``grow``: the row
        is made tall enough for the text when it wraps. ``squeeze``: the text wraps within the
        width the column's other cells need (only its longest word widens it).
        """
        value = clean(text or "")
        style, cell_format = self.book.styled(styles)
        row, col = cell(ref)
        if fit:
            longest = max(map(len, value.split("\n"))) if "\n" in value else len(value)
            if (longest > WIDEST or "\n" in value or squeeze) and not style.get("text_wrap"):
                style, cell_format = self.book.styled((WRAP, *styles))
            if style.get("text_wrap"):  # wrapped: the longest word must fit
                words = max((len(w) for w in value.split()), default=0)
                longest = words if squeeze else min(longest, max(WIDEST, words))
            self._fit(col, longest * (1.2 if style.get("bold") else 1.0))
        if grow and style.get("text_wrap") and value:
            self.wrapped.setdefault(row, []).append((col, value))
        self.ws.write_string(row, col, value, cell_format)

    def number(self, ref: Ref, value: float | int, number_format: str | None = None, *styles: Style) -> None:
        row, col = cell(ref)
        style, cell_format = self.book.styled(styles, number_format)
        self._fit(col, _shown(value, number_format) * (1.2 if style.get("bold") else 1.0))
        self.ws.write_number(row, col, value, cell_format)

    def formula(self, ref: Ref, formula: str, value: float | int | str | bool,
                number_format: str | None = None, *styles: Style) -> None:
        """A formula written by this package (never text from a file) with the result adm-appraise computed."""
        assert formula.startswith("=")
        row, col = cell(ref)
        style, cell_format = self.book.styled(styles, number_format)
        self._fit(col, _shown(value, number_format) * (1.2 if style.get("bold") else 1.0))
        self.ws.write_formula(row, col, formula, cell_format, value)

    def header(self, row: int, titles: Sequence[str], first_column: int = 1, *styles: Style) -> None:
        """Bold titles on a shaded row; a long title wraps over up to three lines. ``styles``: added
        to the titles' own (CENTRE over a column whose width another table set)."""
        for i, title in enumerate(titles):
            self.text(f"{column(first_column + i)}{row}", title, HEAD, *styles, fit=False)
            words = max((len(w) for w in title.split()), default=0)
            self._fit(first_column + i - 1, min(WIDEST, 1.2 * max(words, math.ceil(len(title) / 3), NARROWEST)))
        if any(len(title) > 14 for title in titles):  # room for three wrapped lines
            self.heights[row - 1] = 45

    def width(self, col: str, chars: float) -> None:
        """A column set to a width whatever its content (the descriptions)."""
        self.fixed[xl_cell_to_rowcol(f"{col}1")[1]] = chars

    def fit_columns(self) -> None:
        """Columns as wide as their content; rows as tall as their wrapped text.

        Spreadsheets size a row to its wrapped text only when they edit it, not when they open
        a file, so the height is estimated here from the column's width (15 points a line).
        """
        widths = {col: max(NARROWEST, chars) + 2 for col, chars in {**self.need, **self.fixed}.items()}
        for col, width in widths.items():
            self.ws.set_column(col, col, width)
        for row, cells in self.wrapped.items():
            lines = max(_lines(text, widths.get(col, 8.43) - 1) for col, text in cells)
            if lines > 1:
                self.heights[row] = max(self.heights.get(row, 0), 15.0 * lines)
        for row, height in self.heights.items():
            self.ws.set_row(row, height)


class _Worksheet(Worksheet):  # type: ignore[misc]
    """XlsxWriter's worksheet, storing a formula without trying every newer function's name on it
    (``_prepare_formula``)."""

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        """The formula as stored: XlsxWriter tries some thirty patterns on every formula for the
        newer functions it must prefix (600,000 formulas at 10,000 options x 30 criteria); one
        look for the names it calls does, when they are all ``_CLASSIC`` ones."""
        if set(_FUNCTION.findall(formula)) <= _CLASSIC and not formula.startswith("{") and not formula.endswith("}"):
            return formula[1:] if formula.startswith("=") else formula
        return str(super()._prepare_formula(formula, expand_future_functions))


def _lines(text: str, width: float) -> int:
    """How many lines a text wraps to in a column ``width`` characters wide (by words)."""
    count = 0
    for paragraph in text.split("\n"):
        used, count = 0, count + 1
        if len(paragraph) <= width:  # its words, however spaced, fit on one line
            continue
        for word in paragraph.split():
            if used and used + 1 + len(word) > width:
                count, used = count + 1, 0
            used += len(word) + (1 if used else 0)
    return count


def _merge(styles: Sequence[Style], number_format: str | None = None) -> Style:
    out: Style = {}
    for s in styles:
        out.update(s)
    if number_format:
        out["num_format"] = number_format
    return out


def _shown(value: float | int | str | bool, number_format: str | None) -> int:
    """How many characters a value takes as a spreadsheet shows it."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bool):
        return 5
    if number_format == PERCENT:
        return len(f"{value * 100:.1f}%")
    if number_format == ONE_DECIMAL:
        return len(f"{value:.1f}")
    return len(f"{value:.10g}")


def number(x: float) -> float | int:
    return int(x) if float(x).is_integer() else float(x)
