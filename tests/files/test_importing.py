"""Reading a scoring matrix from a spreadsheet: both layouts, ids, scale, and located errors."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.comments import Comment

from adm_appraise import load_appraisal
from adm_appraise.files import spreadsheet
from adm_appraise.files.importing import appraisal_files, import_table
from adm_appraise.files.spreadsheet import Cell, Sheet, locate, read_sheet
from adm_appraise.files.table import make_id
from adm_appraise.problems import AppraisalError

# A council's matrix as a CSV: a title row and a blank row above the table, a weights row,
# a gate column with its rationale column, a rationale and a range for one criterion, and a
# totals row and a Total column that the import skips.
MATRIX = """\
Libraries: delivery options (illustrative),,,,,,,,
,,,,,,,,
Option,Quality,Quality rationale,Quality low,Quality high,Cost,Statutory duty,Statutory duty rationale,Total
Weight,60,,,,40,,,
In-house,3,Current service,2,4,2,pass,,5
Community-managed,2,Volunteers,,,5,conditional,Needs council support,7
=SUM(B5:B6),4,,,,1,fail,Not comprehensive,5
,,,,,,,,
Total,9,,,,8,,,
"""


@pytest.fixture(autouse=True)
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # sources are named relative to it, as a user would type them


def write_csv(tmp_path: Path, text: str, name: str = "scores.csv") -> Path:
    Path(name).write_text(text, encoding="utf-8")
    return Path(name)


def documents(imported) -> dict[str, object]:
    return {k: yaml.safe_load(v) for k, v in appraisal_files(imported, "test").items()}


def test_options_as_rows(tmp_path: Path) -> None:
    imported = import_table(read_sheet(write_csv(tmp_path, MATRIX)))
    assert (imported.layout, imported.layout_reason) == ("rows", "the first heading is 'Option', a row 'weight', "
                                                                 "a column 'quality rationale'")
    # scores run from 1 to 5: the smallest usual scale holding them is 0-5
    assert imported.scale == (0, 5)
    files = documents(imported)
    assert files["criteria.yaml"] == {
        "appraisal": {"title": "Libraries: delivery options (illustrative)", "scale": {"min": 0, "max": 5}},
        "criteria": [{"id": "quality", "name": "Quality", "weight": 60}, {"id": "cost", "name": "Cost", "weight": 40}],
        "gates": [{"id": "statutory_duty", "name": "Statutory duty"}],
    }
    assert files["options/in_house.yaml"] == {
        "id": "in_house", "name": "In-house", "gates": {"statutory_duty": "pass"},
        "scores": {"quality": {"score": 3, "low": 2, "high": 4, "rationale": "Current service"}, "cost": 2}}
    assert files["options/community_managed.yaml"]["gates"] == {
        "statutory_duty": {"result": "conditional", "rationale": "Needs council support"}}
    # formula-looking text is a name like any other, kept as text
    assert files["options/sum_b5_b6.yaml"]["name"] == "=SUM(B5:B6)"
    assert [str(w) for w in imported.warnings] == [
        "scores.csv: I3: warning: ignored the 'Total' column: adm-appraise computes scores and ranks [W902]",
        "scores.csv: A9: warning: skipped the 'Total' row: adm-appraise computes totals itself [W901]",
    ]


def transpose_csv(text: str) -> str:
    rows = [line.split(",") for line in text.splitlines()]
    return "\n".join(",".join(column) for column in zip(*rows, strict=True)) + "\n"


def test_criteria_as_rows_gives_the_same_appraisal(tmp_path: Path) -> None:
    table = MATRIX.replace("Option,", "Criterion,").replace(",Total\n", ",\n").replace(",5\n", ",\n").replace(
        ",7\n", ",\n").split("\n", 2)[2]  # no title, no Total column: a plain transposed table
    transposed = write_csv(tmp_path, transpose_csv(table.replace("Total,9,,,,8,,,\n", "")))
    imported = import_table(read_sheet(transposed))
    assert imported.layout == "columns"
    assert imported.layout_reason == "the first heading is 'Criterion', a column 'weight', a row 'quality rationale'"
    rows = import_table(read_sheet(write_csv(tmp_path, MATRIX, "rows.csv")))
    assert documents(imported)["options/in_house.yaml"] == documents(rows)["options/in_house.yaml"]
    assert documents(imported)["criteria.yaml"]["criteria"] == documents(rows)["criteria.yaml"]["criteria"]
    with pytest.raises(AppraisalError) as err:  # told the wrong layout: the rationales become scores
        import_table(read_sheet(transposed), layout="rows")
    assert str(err.value.problems[0]) == "scores.csv: B3: error: no score for Quality rationale on Weight [E905]"


def workbook(tmp_path: Path, rows: list[list[object]], name: str = "scores.xlsx") -> tuple[Path, openpyxl.Workbook]:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    path = Path(name)
    book.save(path)
    return path, book


def test_located_errors_all_at_once(tmp_path: Path) -> None:
    path, book = workbook(tmp_path, [
        ["Scoring matrix"],
        ["Option", "Quality", "Cost", "Risk"],
        ["Weight", 50, None, 20],
        ["A", 3, 4, 5],
        ["B", "high", 2, 1],
        ["C", 1, 2, 3],
    ])
    book.active.merge_cells("C6:D6")
    book.save(path)
    with pytest.raises(AppraisalError) as err:
        import_table(read_sheet(path))
    assert [str(p) for p in err.value.problems] == [
        "scores.xlsx: Sheet!C3: error: no weight [E905]",
        "scores.xlsx: Sheet!B5: error: the score for B on Quality must be a number, not 'high' [E904]",
        "scores.xlsx: Sheet!C6: error: merged cells C6:D6 inside the table: unmerge them and fill in every cell [E903]",
        "scores.xlsx: Sheet!D6: error: no score for C on Risk [E905]",
    ]


def test_merged_cells_above_the_table_are_fine_and_give_the_title(tmp_path: Path) -> None:
    path, book = workbook(tmp_path, [["Title across the top"], [], ["Option", "Q", "R"], ["A", 1, 2], ["B", 2, 1]])
    book.active.merge_cells("A1:C1")
    book.save(path)
    imported = import_table(read_sheet(path))
    assert imported.title == "Title across the top" and [o["id"] for o in imported.options] == ["a", "b"]
    assert [str(w) for w in imported.warnings] == [
        "scores.xlsx: Sheet!A3: warning: no weights row: every criterion weighs the same (1) [W903]"]


def test_text_cells_stay_text_and_formulas_need_results(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Matrix 1"
    for row in (["Option", "Q", "R"], ["Weight", "=Other!A1", 1], ["x", 2, 3], ["y", "=1+1", 1]):
        sheet.append(row)
    sheet["A3"].value, sheet["A3"].data_type = "=HYPERLINK(\"http://x\")", "s"  # text that looks like a formula
    sheet["C3"].comment = Comment("Reviewer:\nthe reason", "Reviewer")
    book.create_sheet("Other")["A1"] = 7
    path = Path("f.xlsx")
    book.save(path)
    with pytest.raises(AppraisalError) as err:
        import_table(read_sheet(path))
    assert [str(p) for p in err.value.problems] == [
        "f.xlsx: 'Matrix 1'!B4: error: the cell holds a formula (=1+1) and no saved result: open and save the "
        "workbook in a spreadsheet program, or type the value [E904]"]
    sheet["B4"] = 4
    book.save(path)
    imported = import_table(read_sheet(path, "Matrix 1"))
    # =Other!A1 is a plain reference: followed to the 7 it names
    assert [c["weight"] for c in imported.criteria] == [7, 1]
    assert imported.options[0]["name"] == '=HYPERLINK("http://x")'
    assert imported.options[0]["scores"]["r"] == {"score": 3, "rationale": "the reason"}


@pytest.mark.parametrize(
    ("scores", "given", "scale", "errors"),
    [
        ((1, 4), None, (0, 5), []),
        ((0, 8), None, (0, 10), []),
        ((5, 70), None, (0, 100), []),
        ((1, 5), (1, 5), (1, 5), []),
        ((0, 5), (1, 5), (1, 5), ["s.csv: B2: error: 0 is off the scale 1-5 [E907]"]),
        ((1, 500), None, None, ["s.csv: error: the scores run from 1 to 500, on no usual scale: give --scale [E907]"]),
    ],
)
def test_scale(tmp_path: Path, scores, given, scale, errors) -> None:
    path = write_csv(tmp_path, f"Option,Q\nA,{scores[0]}\nB,{scores[1]}\n", "s.csv")
    if errors:
        with pytest.raises(AppraisalError) as err:
            import_table(read_sheet(path), scale=given)
        assert [str(p) for p in err.value.problems] == errors
    else:
        assert import_table(read_sheet(path), scale=given).scale == scale


def test_ids_from_names() -> None:
    taken: set[str] = set()
    names = ["Wholly-owned Company", "wholly owned company", "1. Trust", "Coût (£m)", "???"]
    assert [make_id(n, taken, "option") for n in names] == [
        "wholly_owned_company", "wholly_owned_company_2", "option_1_trust", "cout_m", "option"]


def test_bad_gate_and_id_cells(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Option,id,Q,Lawful\nA,a,1,pass\nB,B b,2,maybe\nC,a,3,\n", "g.csv")
    with pytest.raises(AppraisalError) as err:
        import_table(read_sheet(path))
    assert [str(p) for p in err.value.problems] == [
        "g.csv: B3: error: 'B b' is not an id: lower-case letters, digits and _, starting with a letter [E908]",
        "g.csv: D3: error: a gate result is pass, fail or conditional, not 'maybe' [E904]",
        "g.csv: B4: error: the id 'a' is used twice [E908]",
        "g.csv: D4: error: C is not assessed on this gate: pass, fail or conditional [E905]",
    ]


def test_unreadable_sources(tmp_path: Path) -> None:
    cases = {
        "a.ods": "a.ods: error: cannot import a '.ods' file: save it as .xlsx or .csv [E901]",
        "b.csv": "b.csv: error: not UTF-8 text (byte 0); save the CSV as UTF-8 [E901]",
        "c.xlsx": "c.xlsx: error: not a readable .xlsx workbook (BadZipFile: File is not a zip file) [E901]",
    }
    for name, message in cases.items():
        Path(name).write_bytes(b"\xff\xfe junk")
        with pytest.raises(AppraisalError) as err:
            read_sheet(Path(name))
        assert str(err.value.problems[0]) == message
    path, _ = workbook(tmp_path, [["Option", "Q"], ["A", 1]])
    with pytest.raises(AppraisalError) as err:
        read_sheet(path, "Sheet2")
    assert "no sheet named 'Sheet2' (did you mean 'Sheet'?)" in str(err.value)


def test_a_csv_is_refused_at_the_cell_cap_while_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A few MiB of commas are millions of cells: counted as read (rows x widest row), with no cap
    # the whole file became Cell objects first (9.6 MB: 42 s, 1.8 GB). Cap 10: the 4th row of 3
    # cells makes 4 x 3 = 12 > 10; 3 rows (9 cells) are within it.
    monkeypatch.setattr(spreadsheet, "MAX_CELLS", 10)
    assert len(read_sheet(write_csv(tmp_path, "a,b,c\n" * 3)).rows) == 3
    with pytest.raises(AppraisalError) as err:
        read_sheet(write_csv(tmp_path, "a,b,c\n" * 5))
    assert [str(p) for p in err.value.problems] == [
        "scores.csv: error: more than 10 cells (4 rows read, 3 columns wide) [E901]"]


def test_a_workbook_is_refused_at_the_cell_cap_before_it_is_loaded(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # openpyxl builds every sheet of a workbook in full; a 308 KB workbook held 10M cells (110 s,
    # MemoryError). The cells of every sheet are counted while streamed, before that load: the
    # first sheet (2 x 2 = 4 cells) is within a cap of 20, the second (5 x 5 = 25) makes 29 > 20.
    path, book = workbook(tmp_path, [["Option", "Q"], ["A", 1]])
    other = book.create_sheet("Other")
    for _ in range(5):
        other.append([1, 2, 3, 4, 5])
    book.save(path)
    monkeypatch.setattr(spreadsheet, "MAX_CELLS", 20)

    def loaded(*args: object, **kwargs: object) -> None:
        raise AssertionError("the workbook was loaded before its cells were counted")

    monkeypatch.setattr(openpyxl, "load_workbook", loaded)
    with pytest.raises(AppraisalError) as err:
        read_sheet(path)
    assert [str(p) for p in err.value.problems] == ["scores.xlsx: error: the workbook has more than 20 cells [E901]"]


def test_cells_are_counted_past_a_part_that_is_not_xml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A malformed part stored first (or a sheet's part named other than *.xml) must not end the
    # count: the sheet's 2 x 2 = 4 cells are still counted past it, over a cap of 3.
    import zipfile

    path, _ = workbook(tmp_path, [["Option", "Q"], ["A", 1]])
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as rewritten:
        rewritten.writestr("aaa.xml", b"<not well-formed")
        for name, data in parts:
            rewritten.writestr(name, data)
    monkeypatch.setattr(spreadsheet, "MAX_CELLS", 3)

    def loaded(*args: object, **kwargs: object) -> None:
        raise AssertionError("the workbook was loaded before its cells were counted")

    monkeypatch.setattr(openpyxl, "load_workbook", loaded)
    with pytest.raises(AppraisalError) as err:
        read_sheet(path)
    assert [str(p) for p in err.value.problems] == ["scores.xlsx: error: the workbook has more than 3 cells [E901]"]


def test_a_workbook_that_unzips_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its parts' unzipped sizes (in the zip's directory, which reading enforces) are capped first.
    path, _ = workbook(tmp_path, [["Option", "Q"], ["A", 1]])
    monkeypatch.setattr(spreadsheet, "MAX_XML_BYTES", 1024)
    with pytest.raises(AppraisalError) as err:
        read_sheet(path)
    assert [str(p) for p in err.value.problems] == [
        "scores.xlsx: error: the workbook unzips to more than 1 KiB [E901]"]


def test_a_blank_top_left_cell_and_percent_weights(tmp_path: Path) -> None:
    # The usual hand-made matrix: no heading over the names, weights typed as percentages.
    path = write_csv(tmp_path, ",Quality,Cost\nWeights,70%,30%\nA,4,1\nB,2,5\n")
    imported = import_table(read_sheet(path))
    assert [(c["id"], c["weight"]) for c in imported.criteria] == [("quality", 70), ("cost", 30)]
    assert [o["id"] for o in imported.options] == ["a", "b"]


def test_a_transposed_workbook_is_located_in_its_own_cells(tmp_path: Path) -> None:
    # Criteria as rows; the errors name the cells as the sheet shows them, not as turned round.
    path, book = workbook(tmp_path, [
        ["Scoring matrix, criteria as rows"],
        ["Criterion", "Weight", "A", "B"],
        ["Quality", 2, 4, "good"],
        ["Cost", 1, 3, 5],
        ["Lawful", None, "pass", "fail"],
    ])
    with pytest.raises(AppraisalError) as err:
        import_table(read_sheet(path))
    assert [str(p) for p in err.value.problems] == [
        "scores.xlsx: Sheet!D3: error: the score for B on Quality must be a number, not 'good' [E904]"]
    book.active["D3"] = 2
    book.save(path)
    imported = import_table(read_sheet(path))
    assert (imported.layout, imported.layout_reason) == ("columns", "the first heading is 'Criterion', a column 'weight'")
    assert [(c["id"], c["weight"]) for c in imported.criteria] == [("quality", 2), ("cost", 1)]
    assert imported.options[1] == {"id": "b", "name": "B", "gates": {"lawful": "fail"}, "scores": {"quality": 2, "cost": 5}}


def test_column_letters() -> None:
    from openpyxl.utils import get_column_letter

    from adm_appraise.files.spreadsheet import column_letter

    assert [column_letter(n) for n in (1, 26, 27, 52, 703, 16384)] == ["A", "Z", "AA", "AZ", "AAA", "XFD"]
    assert all(column_letter(n) == get_column_letter(n) for n in range(1, 2000))


CELL = st.one_of(st.none(), st.sampled_from(["pass", "fail", "Weight", "id", "type", "measure", "lower", "Total",
                                             "x rationale", "=1+1", "gate", "worst", "best", "0-5"]),
                 st.integers(-2, 120).map(float), st.text(max_size=6).map(lambda t: t.strip() or None))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=6), st.sampled_from(["auto", "columns"]))
def test_any_table_imports_or_is_refused_with_located_problems(tmp_path_factory: pytest.TempPathFactory,
                                                               grid: list[list[object]], layout: str) -> None:
    width = max(len(r) for r in grid)
    rows = [[Cell(v, locate("t.csv", None, i, j)) for j, v in enumerate(r + [None] * (width - len(r)))]
            for i, r in enumerate(grid)]
    try:
        imported = import_table(Sheet("t.csv", None, rows, []), layout)
    except AppraisalError as exc:
        assert exc.problems and all(p.severity == "error" and p.where.path == "t.csv" for p in exc.problems)
        return
    folder = tmp_path_factory.mktemp("imported")
    for relative, text in appraisal_files(imported, "t.csv").items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    load_appraisal(folder)  # what import accepts, the loader accepts


def test_repeated_labels_and_headings(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Option,Q,Q,R\nWeight,1,2,3\nA,1,2,3\nweights,1,1,1\n", "r.csv")
    with pytest.raises(AppraisalError) as err:
        import_table(read_sheet(path))
    assert [str(p) for p in err.value.problems] == [
        "r.csv: C1: error: the heading 'Q' appears twice (also B1) [E906]",
        "r.csv: A4: error: a second 'weights' row (the first is A2) [E906]",
    ]


def test_csv_as_excel_saves_it_in_europe(tmp_path: Path) -> None:
    # Excel's "CSV UTF-8" starts with a byte-order mark; where the decimal mark is a comma it separates by ';'.
    Path("e.csv").write_bytes("\ufeffOption;Quality;Cost\nWeight;60;40\n\"Smith; Jones\";3;2\nTrust;4;3\n".encode())
    imported = import_table(read_sheet(Path("e.csv")))
    assert [(c["id"], c["weight"]) for c in imported.criteria] == [("quality", 60), ("cost", 40)]
    assert [(o["name"], o["scores"]) for o in imported.options] == [
        ("Smith; Jones", {"quality": 3, "cost": 2}), ("Trust", {"quality": 4, "cost": 3})]


def test_text_in_messages_cannot_drive_the_terminal(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Option,Q\nWeight,1\nA,\"\x1b[2Jhigh\"\n", "t.csv")
    with pytest.raises(AppraisalError) as err:
        import_table(read_sheet(path))
    assert [str(p) for p in err.value.problems] == [
        "t.csv: B3: error: the score for A on Q must be a number, not '\\x1b[2Jhigh' [E904]"]
