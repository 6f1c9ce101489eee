"""Writing cells of an .xlsx workbook safely: text always as text, numbers and formulas as such.

What ``render.workbook`` and ``render.workbook_notes`` share, and the fixed timestamps that
make a workbook reproducible.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
NOTE = Font(italic=True, color="595959")
INPUT = PatternFill("solid", fgColor="FFF2CC")  # cells meant to be edited
HEAD = PatternFill("solid", fgColor="D9E1F2")
RED, AMBER, GREEN = "F8696B", "FFEB84", "63BE7B"
WRAP = Alignment(wrap_text=True, vertical="top")


def fixed_times(data: bytes, when: datetime) -> bytes:
    """An .xlsx whose zip entries and 'modified' property carry ``when``, not the moment of saving.

    openpyxl stamps both with the clock; with SOURCE_DATE_EPOCH set, the workbook then depends
    on its content alone, byte for byte, as the reports do. (Zip times start in 1980.)
    """
    utc = when.astimezone(timezone.utc)
    stamp = max(utc.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                iso = utc.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + iso, content)
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return out.getvalue()


def clean(text: str) -> str:
    """Text a workbook can hold: characters XML forbids become U+FFFD."""
    return str(ILLEGAL_CHARACTERS_RE.sub("\ufffd", text))


def put_text(sheet: Worksheet, ref: str, text: str | None, font: Font | None = None) -> Cell:
    """A text cell, never a formula: '=1+1' from a file stays the text '=1+1'."""
    cell: Cell = sheet[ref]
    cell.value = clean(text or "")
    cell.data_type = "s"  # openpyxl would take a leading '=' for a formula
    if font is not None:
        cell.font = font
    return cell


def put(sheet: Worksheet, ref: str, value: Any, number_format: str | None = None, font: Font | None = None) -> Cell:
    """A number, a boolean or a formula (a string starting with '=' written by this module)."""
    cell: Cell = sheet[ref]
    cell.value = value
    if number_format:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell


def comment(cell: Cell, text: str | None) -> None:
    if text:
        note = Comment(clean(text), "adm-appraise")
        note.width, note.height = 300, 150
        cell.comment = note


def header(sheet: Worksheet, row: int, titles: Sequence[str], first_column: int = 1) -> None:
    for i, title in enumerate(titles):
        cell = put_text(sheet, f"{get_column_letter(first_column + i)}{row}", title, BOLD)
        cell.fill = HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    if any(len(title) > 14 for title in titles):  # room for three wrapped lines
        sheet.row_dimensions[row].height = 45


def widths(sheet: Worksheet, sizes: dict[str, float]) -> None:
    for column, size in sizes.items():
        sheet.column_dimensions[column].width = size


def number(x: float) -> float | int:
    return int(x) if float(x).is_integer() else float(x)


def fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour, bgColor=colour)
