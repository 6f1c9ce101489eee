"""adm-appraise export: the workbook's formulas, recalculated by LibreOffice, give what score gives.

One soffice run (a module fixture) recalculates every workbook these tests need: the bundled
example, the hand-worked example of tests/analysis/test_method.py (local and global measures,
a failed and a conditional gate), ties on a flat local measure, a scenario, a weight edited in
the Weights sheet, and text that looks like formulas.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.analysis.test_method import OPTIONS, WORKED
from tests.conftest import ROOT, make_appraisal
from tests.spreadsheet import recalculate


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def export(folder: Path, target: Path, *extra: str) -> Path:
    result = run("export", str(folder), "-o", str(target), "--samples", "200", *extra)
    assert result.exit_code == 0, result.output
    return target


def score_json(folder: Path, *extra: str) -> dict[str, Any]:
    result = run("score", str(folder), "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# Ties on a flat local measure (worked by hand): scale 0-5, weights 1 and 1 (0.5 each);
# 'cost' is equal for all, so every value is 100. d: x 4 -> 80, total 90; e: the same, 90;
# f: x 2 -> 40, total 70. Ranks: d 1, e 1 (ties share a rank, ordered by id), f 3.
TIES = """
appraisal:
  title: Ties
  scale: {min: 0, max: 5}
  shortlist: {top: 1}
criteria:
  - {id: x, name: X, weight: 1}
  - {id: cost, name: Cost, weight: 1, type: measure, direction: lower}
"""
TIE_OPTIONS = {
    o: f"id: {o}\nname: {o.upper()}\nscores: {{x: {x}, cost: 3}}\n" for o, x in (("f", 2), ("e", 4), ("d", 4))
}

# Text a spreadsheet would run if it were written as a formula.
EVIL = """
appraisal:
  title: "=HYPERLINK(\\"http://example.com\\",\\"click\\")"
  scale: {min: 0, max: 5}
criteria:
  - {id: q, name: "=1+1", weight: 1}
  - {id: r, name: "@SUM(1,2)", weight: 1}
"""
EVIL_OPTIONS = {
    "p": "id: p\nname: \"=2*3\"\nscores: {q: {score: 3, rationale: \"=cmd|' /C calc'!A0\"}, r: 1}\n",
    "m": "id: m\nname: \"+44 1905 765432\"\nscores: {q: 1, r: 4}\n",
}


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("export")
    worked = make_appraisal(base / "worked", WORKED.replace("{top: 1}", "{top: 2, within: 10}"), **OPTIONS)
    ties = make_appraisal(base / "ties", TIES, **TIE_OPTIONS)
    evil = make_appraisal(base / "evil", EVIL, **EVIL_OPTIONS)
    # c fails the gate and gives no scores (sifted out): a 53.33, b 80 as in test_method's hand-worked sift
    sifted = make_appraisal(base / "sifted", WORKED, **{**OPTIONS, "c": "id: c\nname: C\ngates: {legal: fail}\n"})
    out = base / "books"
    out.mkdir()
    paths = {
        "bundled": export(ROOT, out / "bundled.xlsx"),
        "worked": export(worked, out / "worked.xlsx"),
        "ties": export(ties, out / "ties.xlsx"),
        "scenario": export(ROOT, out / "scenario.xlsx", "--scenario", "deadline_driven"),
        "evil": export(evil, out / "evil.xlsx"),
        "sifted": export(sifted, out / "sifted.xlsx"),
    }
    # A reviewer's what-if: tax_vat (Weights!C2) from 25 to 40, saved by openpyxl.
    edited = openpyxl.load_workbook(paths["bundled"])
    assert edited["Weights"]["B2"].value == "tax_vat"
    edited["Weights"]["C2"] = 40
    paths["edited"] = out / "edited.xlsx"
    edited.save(paths["edited"])
    # A matrix whose weights and scores are formulas: saved by LibreOffice with their results.
    formulas = openpyxl.Workbook()
    for row in (["Option", "Q", "R"], ["Weight", 1, "=1+1"], ["A", "=2+2", 3], ["B", 1, "=MIN(5,9)"]):
        formulas.active.append(row)
    paths["formulas"] = out / "formulas.xlsx"
    formulas.save(paths["formulas"])
    # written without cached results: a number read back below was computed by LibreOffice
    assert openpyxl.load_workbook(paths["bundled"], data_only=True)["Ranking"]["D3"].value is None
    copies = recalculate(list(paths.values()), base)
    return {
        "folders": {"bundled": ROOT, "worked": worked, "ties": ties, "evil": evil, "sifted": sifted},
        "computed": {k: openpyxl.load_workbook(copies[p], data_only=True) for k, p in paths.items()},
        "written": {k: openpyxl.load_workbook(p) for k, p in paths.items()},
        "copies": {k: copies[p] for k, p in paths.items()},
        "paths": paths,
    }


def ranking(book: Any) -> dict[str, dict[str, Any]]:
    """The recalculated Ranking sheet: {option id: {rank, score, eligible, shortlisted, contributions}}."""
    sheet = book["Ranking"]
    heads = [c.value for c in sheet[1]]
    first_criterion = heads.index("Shortlisted") + 1 + sum(str(h).startswith("Gate: ") for h in heads)
    rows = {}
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if not row[2]:
            break
        assert row[4] in ("yes", "no") and row[5] in ("yes", "no")
        rows[row[2]] = {"rank": None if row[0] == "-" else row[0], "score": row[3], "eligible": row[4] == "yes",
                        "shortlisted": row[5] == "yes", "contributions": list(row[first_criterion:])}
    return rows


def assert_same(book: Any, expected: dict[str, Any]) -> None:
    rows = ranking(book)
    assert set(rows) == {r["id"] for r in expected["ranking"]}
    for r in expected["ranking"]:
        got = rows[r["id"]]
        assert got["score"] == pytest.approx(r["score"], abs=1e-9), r["id"]
        assert got["rank"] == r["rank"], r["id"]
        assert got["eligible"] is r["eligible"] and got["shortlisted"] is r["shortlisted"], r["id"]
        assert got["contributions"] == pytest.approx(list(r["contributions"].values()), abs=1e-9), r["id"]


@pytest.mark.parametrize("name", ["bundled", "worked", "ties", "evil", "sifted"])
def test_recalculated_totals_and_ranks_are_those_of_score(books: dict[str, Any], name: str) -> None:
    assert_same(books["computed"][name], score_json(books["folders"][name]))


def test_a_sifted_out_option_is_left_out_with_a_note(books: dict[str, Any]) -> None:
    book = books["computed"]["sifted"]
    assert ranking(book)["b"]["score"] == pytest.approx(80) and ranking(book)["a"]["score"] == pytest.approx(160 / 3)
    assert [row[1] for row in book["Scores"].iter_rows(values_only=True) if row[1] in ("a", "b", "c")] == ["a", "b"]
    notes = [row[0] for row in book["Ranking"].iter_rows(min_row=5, values_only=True) if row[0]]
    assert "Sifted out, not scored and not in this workbook: C (c), which fails Lawful." in notes


def test_the_hand_worked_numbers(books: dict[str, Any]) -> None:
    # tests/analysis/test_method.py: B = 80, A = 68.33 (values 80, 50, 66.67), C = 45 fails the gate;
    # with {top: 2, within: 10} only B is shortlisted (68.33 < 80 - 10).
    rows = ranking(books["computed"]["worked"])
    assert [(k, v["rank"], round(v["score"], 6), v["shortlisted"]) for k, v in rows.items()] == [
        ("b", 1, 80.0, True), ("a", 2, 68.333333, False), ("c", None, 45.0, False)]
    values = books["computed"]["worked"]["Values"]
    assert [c.value for c in values[2][2:]] == [0, 6, 24]  # worst: scale min, local max (lower is better), range
    assert [c.value for c in values[3][2:]] == [10, 2, 6]
    rows = ranking(books["computed"]["ties"])
    assert [(k, v["rank"], v["score"]) for k, v in rows.items()] == [("d", 1, 90), ("e", 1, 90), ("f", 3, 70)]


def test_a_scenario_exports_its_weights(books: dict[str, Any]) -> None:
    assert_same(books["computed"]["scenario"], score_json(ROOT, "--scenario", "deadline_driven"))


def test_editing_a_weight_cell_gives_what_score_weight_gives(books: dict[str, Any]) -> None:
    expected = score_json(ROOT, "--weight", "tax_vat=40")
    assert expected["ranking"] != score_json(ROOT)["ranking"]  # the edit changes scores, so nothing stale passes
    assert_same(books["computed"]["edited"], expected)
    weights = books["computed"]["edited"]["Weights"]
    assert [weights[f"D{r}"].value for r in range(2, 6)] == pytest.approx([40 / 115, 25 / 115, 25 / 115, 25 / 115])


def test_text_from_the_files_stays_text(books: dict[str, Any]) -> None:
    for book in (books["written"]["evil"], books["computed"]["evil"]):
        scores = book["Scores"]
        assert (scores["A1"].value, scores["A1"].data_type) == ('=HYPERLINK("http://example.com","click")', "s")
        assert [(c.value, c.data_type) for c in scores[6][2:4]] == [("=1+1", "s"), ("@SUM(1,2)", "s")]
        names = {scores[f"B{r}"].value: scores[f"A{r}"] for r in range(12, 14)}
        assert (names["p"].value, names["p"].data_type) == ("=2*3", "s")
        assert (names["m"].value, names["m"].data_type) == ("+44 1905 765432", "s")
    comment = books["written"]["evil"]["Scores"]["C13"].comment
    assert comment is not None and comment.text == "=cmd|' /C calc'!A0"


def test_layout_and_formatting(books: dict[str, Any]) -> None:
    book = books["written"]["bundled"]
    assert book.sheetnames == ["Scores", "Weights", "Values", "Ranking", "Sensitivity", "About"]
    assert book.active.title == "Ranking"
    assert [book[s].freeze_panes for s in ("Scores", "Weights", "Values", "Ranking")] == ["C12", "A2", "C4", "D3"]
    scores = book["Scores"]
    assert [scores[f"A{r}"].value for r in range(3, 13)] == ["shortlist", "baseline", None, "Option", "id", "type",
                                                              "worst", "best", "weight",
                                                              "Business as usual (the baseline)"]
    assert (scores["B3"].value, scores["B4"].value) == ("top 2", "business_as_usual")
    assert scores["C11"].value == "=Weights!C2"
    rationale = scores["C17"].comment  # managing_agent, tax_vat (options in file order from row 12)
    assert scores["B17"].value == "managing_agent" and rationale is not None
    assert rationale.text.startswith("Judgement: much of the service")
    assert len(scores.conditional_formatting) == 5  # four criteria's colour scales, one range of gate cells
    ranking_sheet = book["Ranking"]
    assert ranking_sheet["D3"].value.startswith("=SUMPRODUCT(") and ranking_sheet["D3"].number_format == "0.0"
    assert ranking_sheet["A3"].value.startswith('=IF(E3="yes",COUNTIFS(')
    assert book["Weights"]["D2"].number_format == "0.0%"
    rules = {str(v.sqref): (v.type, v.formula1, v.formula2) for s in ("Scores", "Weights")
             for v in book[s].data_validations.dataValidation}
    assert rules == {"G12:G22": ("list", '"pass,conditional,fail"', None), "C12:C22 D12:D22 E12:E22 F12:F22": (
        "decimal", "0.0", "5.0"), "C2:C5": ("decimal", "0", None)}
    about = {r[0]: r[1] for r in book["About"].iter_rows(values_only=True) if r[0]}
    assert about["Version"] and about["Tool"] == "adm-appraise"
    assert about["criteria.yaml"] == __import__("hashlib").sha256((ROOT / "criteria.yaml").read_bytes()).hexdigest()


def test_refuses_a_name_without_xlsx_and_an_input_file(bundled: Path) -> None:
    result = run("export", str(bundled), "-o", str(bundled / "out.csv"))
    assert result.exit_code == 2 and "'out.csv' must end in .xlsx" in result.output.replace(str(bundled) + "/", "")
    target = bundled / "options" / "x.xlsx"
    target.symlink_to(bundled / "criteria.yaml")
    result = run("export", str(bundled), "-o", str(target))
    assert result.exit_code == 1 and "[E302]" in result.stderr
    assert (bundled / "criteria.yaml").read_text(encoding="utf-8").startswith("# Bundled")


def test_without_openpyxl(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    result = run("export", str(bundled), "-o", str(bundled / "a.xlsx"))
    assert (result.exit_code, result.stderr) == (
        1, "Error: export needs openpyxl, which is not installed: pip install 'adm-appraise[office]'\n")
    assert not (bundled / "a.xlsx").exists()


def test_a_workbook_edited_and_saved_by_libreoffice_imports_with_its_edit(books: dict[str, Any],
                                                                          tmp_path: Path) -> None:
    result = run("import", str(books["copies"]["edited"]), str(tmp_path / "back"))
    assert result.exit_code == 0, result.output
    expected = score_json(ROOT, "--weight", "tax_vat=40")
    got = score_json(tmp_path / "back")
    assert [(r["id"], r["rank"], r["shortlisted"]) for r in got["ranking"]] == [
        (r["id"], r["rank"], r["shortlisted"]) for r in expected["ranking"]]
    assert [r["score"] for r in got["ranking"]] == pytest.approx([r["score"] for r in expected["ranking"]], abs=1e-9)
    back = (tmp_path / "back" / "options" / "managing_agent.yaml").read_text(encoding="utf-8")
    assert "rationale: 'Judgement: much of the service" in back or "rationale: Judgement: much of" in back


def test_reproducible_with_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1512086400")  # 2017-12-01T00:00:00Z
    monkeypatch.chdir(tmp_path)  # the same command twice (it is in the audit trail)
    first = export(ROOT, Path("a.xlsx")).read_bytes()
    Path("a.xlsx").unlink()
    assert export(ROOT, Path("a.xlsx")).read_bytes() == first
    about = {r[0]: r[1] for r in openpyxl.load_workbook("a.xlsx")["About"].iter_rows(values_only=True)}
    assert about["Generated (UTC)"] == "2017-12-01T00:00:00Z"


def test_the_formulas_quoted_in_the_readme_are_those_exported(books: dict[str, Any]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- workbook formulas -->\n```\n", 1)[1].split("```", 1)[0]
    book = books["written"]["bundled"]
    quoted = [line.split(maxsplit=1) for line in block.splitlines()]
    assert len(quoted) == 7
    for ref, formula in quoted:
        sheet, cell = ref.split("!")
        assert book[sheet][cell].value == formula, ref


def test_the_readme_shows_what_export_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("$ adm-appraise export -o appraisal.xlsx\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    result = run("export", str(ROOT), "-o", "appraisal.xlsx", "--samples", "100")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", shown)


def test_formula_cells_import_with_the_results_a_spreadsheet_saved(books: dict[str, Any]) -> None:
    from adm_appraise.files.importing import import_table
    from adm_appraise.files.spreadsheet import read_sheet
    from adm_appraise.problems import AppraisalError

    with pytest.raises(AppraisalError) as err:  # as openpyxl wrote it: formulas without results
        import_table(read_sheet(books["paths"]["formulas"]))
    assert [p.where.cell for p in err.value.problems] == ["Sheet!C2", "Sheet!B3", "Sheet!C4"]
    imported = import_table(read_sheet(books["copies"]["formulas"]))
    assert [c["weight"] for c in imported.criteria] == [1, 2]
    assert [o["scores"] for o in imported.options] == [{"q": 4, "r": 3}, {"q": 1, "r": 5}]
