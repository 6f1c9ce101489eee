"""The workbook writer's parts: comments placed as XlsxWriter places them, text wrapped by words."""

from __future__ import annotations

import io
import zipfile

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from adm_appraise.render.xlsx import _lines, _Worksheet


def drawing(worksheet_class: type[Worksheet]) -> bytes:
    """The comments' drawing of a sheet with rows of their own height above, among and below its comments."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("S", worksheet_class=worksheet_class)
    for row, height in ((0, 45), (3, 30), (7, 60), (40, 12)):
        sheet.set_row(row, height)
    for row in (0, 1, 2, 3, 4, 8, 20, 41, 60):
        sheet.write_number(row, 2, row)
        sheet.write_comment(row, 2, f"note {row}")
    book.close()
    return zipfile.ZipFile(buffer).read("xl/drawings/vmlDrawing1.vml")


def test_comments_stand_where_xlsxwriter_puts_them() -> None:
    mine, theirs = drawing(_Worksheet), drawing(Worksheet)
    assert b"margin-top" in mine and mine == theirs


def test_wrapped_lines_are_counted_by_words() -> None:
    assert _lines("aaaa bbbb cccc", 9) == 2  # 'aaaa bbbb' fills 9; 'cccc' wraps
    assert _lines("aaaa bbbb cccc", 8) == 3
    assert _lines("one\ntwo three", 20) == 2
