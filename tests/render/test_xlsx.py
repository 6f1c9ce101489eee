"""The workbook writer's parts: formulas stored and cells read as XlsxWriter does, text wrapped by words."""

from __future__ import annotations

from xlsxwriter.worksheet import Worksheet

from adm_appraise.render.xlsx import _lines, _Worksheet


def test_wrapped_lines_are_counted_by_words() -> None:
    assert _lines("aaaa bbbb cccc", 9) == 2  # 'aaaa bbbb' fills 9; 'cccc' wraps
    assert _lines("aaaa bbbb cccc", 8) == 3
    assert _lines("one\ntwo three", 20) == 2


def stored(worksheet_class: type[Worksheet], formula: str) -> str:
    """The formula as a worksheet of ``worksheet_class`` stores it (without '=', newer names prefixed)."""
    sheet = worksheet_class()
    sheet.use_future_functions = False
    return str(sheet._prepare_formula(formula))


def test_formulas_are_stored_as_xlsxwriter_stores_them() -> None:
    # the package's own formulas, which call only functions Excel has had since 2007: '=' dropped
    ours = ['=IF(C$3=C$2,100,100*(Scores!C7-C$2)/(C$3-C$2))', '=SUMPRODUCT($H$2:$K$2,Values!C5:F5)',
            '=IF(E9="yes",COUNTIFS($E$9:$E$20,"yes",$D$9:$D$20,">"&(D9+1E-09))+1,"-")', "=MAX(A1:A3)"]
    for formula in ours:
        assert stored(_Worksheet, formula) == stored(Worksheet, formula) == formula[1:]
    # a newer function takes XlsxWriter's own path and gets its prefix
    assert stored(_Worksheet, "=XLOOKUP(A1,B:B,C:C)") == "_xlfn.XLOOKUP(A1,B:B,C:C)"
    assert stored(_Worksheet, "=IF(A1,SWITCH(B1,1,2),0)") == stored(Worksheet, "=IF(A1,SWITCH(B1,1,2),0)")


def test_cell_references_are_read_as_xlsxwriter_reads_them() -> None:
    from xlsxwriter.utility import xl_cell_to_rowcol, xl_rowcol_to_cell

    from adm_appraise.render.xlsx import cell

    refs = [xl_rowcol_to_cell(r, c) for r in (0, 1, 9, 10, 99, 1_048_575) for c in (0, 1, 25, 26, 27, 701, 702, 16_383)]
    refs += ["$A$1", "$C12", "AB$7", "A01", "ZZ100"]
    assert [cell(ref) for ref in refs] == [tuple(int(x) for x in xl_cell_to_rowcol(ref)) for ref in refs]
    assert cell("XFD1048576") == (1_048_575, 16_383) and cell("AA3") == (2, 26)
    # a cell by its row and column numbers, as the spreadsheet counts them: (12, 3) is C12
    pairs = [(r + 1, c + 1) for r in (0, 1, 9, 10, 99, 1_048_575) for c in (0, 1, 25, 26, 27, 701, 702, 16_383)]
    assert [cell(pair) for pair in pairs] == [cell(xl_rowcol_to_cell(r - 1, c - 1)) for r, c in pairs]
    assert cell((12, 3)) == cell("C12") == (11, 2)


def test_text_keeps_every_character_a_workbook_can_hold() -> None:
    from adm_appraise.render.xlsx import clean

    # XML 1.0 forbids C0 controls but tab, line feed and carriage return
    forbidden = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"]
    assert clean("a" + "".join(forbidden) + "b") == "a" + "\ufffd" * len(forbidden) + "b"
    kept = "Tab\there,\nnew line\r, £ é 😀 \u2028 \x7f \x85 \u00a0 =1+1"  # unprintable but allowed
    assert clean(kept) == kept
    assert clean("plain text") == "plain text"


def test_a_list_of_styles_is_merged_once_and_gives_the_format_it_did() -> None:
    from adm_appraise.render.xlsx import BOLD, INPUT, NOTE, PERCENT, Book

    book = Book()
    style, first = book.styled((INPUT, BOLD), PERCENT)
    assert style == {**INPUT, **BOLD, "num_format": PERCENT}
    assert book.styled((INPUT, BOLD), PERCENT)[1] is first  # remembered
    assert book.format(style) is first  # the very format the style gives
    assert book.styled((BOLD, INPUT), PERCENT)[1] is first  # merged the same: one format
    assert book.styled((INPUT, BOLD))[1] is not first  # another number format, another format
    assert book.styled((NOTE,))[0] == NOTE
