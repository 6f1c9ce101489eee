"""adm-appraise export: the workbook's formulas, recalculated by LibreOffice, give what score gives.

One soffice run (a module fixture) recalculates every workbook these tests need: the bundled
example, the hand-worked example of tests/analysis/test_method.py (local and global measures,
a failed and a conditional gate), ties on a flat local measure, a scenario, a weight edited in
the Weights sheet, and text that looks like formulas.
"""

from __future__ import annotations

import json
import math
import re
import sys
import zipfile
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

# An option sifted out at a gate with no scores (worked by hand): x on 0-5, cost local over a and b
# only (3 best, 5 worst): a = 0.5*80 + 0.5*100 = 90, b = 0.5*40 + 0.5*0 = 20; c is in no table.
SIFTED = TIES.replace("title: Ties", "title: Sifted").replace("{top: 1}", "{top: 2}") + "gates:\n  - {id: g, name: G}\n"
SIFTED_OPTIONS = {
    "a": "id: a\nname: A\ngates: {g: pass}\nscores: {x: 4, cost: 3}\n",
    "b": "id: b\nname: B\ngates: {g: pass}\nscores: {x: 2, cost: 5}\n",
    "c": "id: c\nname: C\ngates: {g: {result: fail, rationale: Out.}}\n",
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
    sifted = make_appraisal(base / "sifted", SIFTED, **SIFTED_OPTIONS)
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


def test_an_option_sifted_out_unscored_is_named_not_scored(books: dict[str, Any]) -> None:
    rows = ranking(books["computed"]["sifted"])
    assert [(k, v["rank"], v["score"]) for k, v in rows.items()] == [("a", 1, 90), ("b", 2, 20)]
    notes = [c.value for c in books["written"]["sifted"]["Ranking"]["A"] if c.value]
    assert notes[-1] == "Sifted out at a gate and not scored (not in this workbook's tables): C (c), failing g"


def heading_column(sheet: Any, heading: str) -> str:
    """The letter of the Scores column with this heading (row 6)."""
    found = [c.column_letter for c in sheet[6] if c.value == heading]
    assert len(found) == 1, heading
    return str(found[0])


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
    scores = books["written"]["evil"]["Scores"]
    where = heading_column(scores, "=1+1 rationale")  # the rationale of criterion '=1+1', option row 13
    assert (scores[f"{where}6"].data_type, scores[f"{where}13"].data_type) == ("s", "s")
    assert scores[f"{where}13"].value == "=cmd|' /C calc'!A0"


def test_layout_and_formatting(books: dict[str, Any]) -> None:
    book = books["written"]["bundled"]
    assert book.sheetnames == ["Scores", "Weights", "Values", "Ranking", "Sensitivity", "Long list", "About"]
    assert book.active.title == "Ranking"
    assert [book[s].freeze_panes for s in ("Scores", "Weights", "Values", "Ranking")] == ["C12", "A2", "C4", "D3"]
    scores = book["Scores"]
    assert [scores[f"A{r}"].value for r in range(3, 13)] == ["shortlist", "baseline", None, "Option", "id", "type",
                                                              "worst", "best", "weight",
                                                              "Business as usual (the baseline)"]
    assert (scores["B3"].value, scores["B4"].value) == ("top 2", "business_as_usual")
    assert scores["C11"].value == "=Weights!C2"
    rationale = scores[f"{heading_column(scores, 'Tax and VAT implications rationale')}17"]  # options in file order from row 12
    assert scores["B17"].value == "managing_agent" and rationale.value.startswith("Judgement: much of the service")
    assert not any(scores[f"{c}{r}"].comment for c in "CDEFG" for r in range(12, 23))  # no cell comments
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


def test_without_xlsxwriter(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "xlsxwriter", None)
    result = run("export", str(bundled), "-o", str(bundled / "a.xlsx"))
    assert (result.exit_code, result.stderr) == (
        1, "Error: export needs xlsxwriter, which is not installed: pip install 'adm-appraise[office]'\n")
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
    with zipfile.ZipFile("a.xlsx") as book:  # no date of the run anywhere: entries of 1980, properties of the epoch
        assert {info.date_time for info in book.infolist()} == {(1980, 1, 31, 0, 0, 0)}
        core = book.read("docProps/core.xml").decode()
    assert re.findall(r"<dcterms:(\w+)[^>]*>([^<]*)<", core) == [("created", "2017-12-01T00:00:00Z"),
                                                               ("modified", "2017-12-01T00:00:00Z")]


def test_the_formulas_quoted_in_the_readme_are_those_exported(books: dict[str, Any]) -> None:
    readme = (ROOT / "docs/how-to/spreadsheets.md").read_text(encoding="utf-8")
    block = readme.split("<!-- workbook formulas -->\n```\n", 1)[1].split("```", 1)[0]
    book = books["written"]["bundled"]
    quoted = [line.split(maxsplit=1) for line in block.splitlines()]
    assert len(quoted) == 7
    for ref, formula in quoted:
        sheet, cell = ref.split("!")
        assert book[sheet][cell].value == formula, ref


def test_the_readme_shows_what_export_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "docs/how-to/spreadsheets.md").read_text(encoding="utf-8")
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


# ---- every shipped example: what a reader that does not recalculate sees --------------------

SHIPPED = {"bundled": ROOT, **{p.name: p for p in sorted((ROOT / "examples").iterdir())
                               if (p / "criteria.yaml").is_file()}}


def cli_json(command: str, folder: Path, *extra: str) -> dict[str, Any]:
    result = run(command, str(folder), "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """{example: (the exported workbook, LibreOffice's recalculated copy)}, one soffice run for all."""
    base = tmp_path_factory.mktemp("shipped")
    paths = {name: export(folder, base / f"{name}.xlsx") for name, folder in SHIPPED.items()}
    copies = recalculate(list(paths.values()), base)
    return {name: (path, copies[path]) for name, path in paths.items()}


def test_every_example_is_exported() -> None:
    assert set(SHIPPED) == {"bundled", "adm-value-for-money", "draft-weights", "ordinal", "panel-leisure", "all-features",
                            "value-functions", "deep-tree"}


def table(frame: Any, heading: list[str], skip: int = 0) -> list[dict[str, Any]]:
    """The rows of the table under ``heading`` (a sheet read by pandas, header=None), up to a blank first cell."""
    import pandas as pd

    cells = frame.to_numpy().tolist()
    start = next(i for i, row in enumerate(cells) if [str(x) for x in row[:len(heading)]] == heading)
    titles = [str(int(x)) if isinstance(x, float) and x.is_integer() else str(x) for x in cells[start]]
    rows = []
    for row in cells[start + 1 + skip:]:
        if pd.isna(row[0]):
            break
        rows.append({t: (None if isinstance(x, float) and math.isnan(x) else x) for t, x in zip(titles, row, strict=True)})
    return rows


def sheets(path: Path) -> dict[str, Any]:
    import pandas as pd

    return pd.read_excel(path, sheet_name=None, header=None)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_pandas_reads_the_ranking_weights_and_values_score_prints(shipped: dict[str, Any], name: str) -> None:
    book = sheets(shipped[name][0])
    expected = score_json(SHIPPED[name])
    ranking = table(book["Ranking"], ["Rank", "Option", "id", "Score"], skip=1)  # skip the weights row
    assert [r["id"] for r in ranking] == [r["id"] for r in expected["ranking"]]
    names = {c["id"]: c["name"] for c in expected["criteria"]}
    for got, want in zip(ranking, expected["ranking"], strict=True):
        assert got["Option"] == want["name"]
        assert got["Rank"] == (want["rank"] if want["rank"] is not None else "-")
        assert got["Score"] == pytest.approx(want["score"], abs=1e-9)
        assert (got["Eligible"], got["Shortlisted"]) == (
            "yes" if want["eligible"] else "no", "yes" if want["shortlisted"] else "no")
        assert [got[names[c]] for c in want["contributions"]] == pytest.approx(
            list(want["contributions"].values()), abs=1e-9)
    weights = table(book["Weights"], ["Criterion", "id", "Weight"])
    assert [(w["Criterion"], w["id"]) for w in weights] == [(c["name"], c["id"]) for c in expected["criteria"]]
    assert [w["Normalised weight"] for w in weights] == pytest.approx([c["weight"] for c in expected["criteria"]])
    values = {v["id"]: v for v in table(book["Values"], ["Option", "id"], skip=2)}  # skip worst and best
    for want in expected["ranking"]:
        assert [values[want["id"]][names[c]] for c in want["values"]] == pytest.approx(
            list(want["values"].values()), abs=1e-9)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_pandas_reads_the_sensitivity_sensitivity_prints(shipped: dict[str, Any], name: str) -> None:
    book = sheets(shipped[name][0])
    expected = cli_json("sensitivity", SHIPPED[name], "--samples", "200")
    score = score_json(SHIPPED[name])
    option = {r["id"]: r["name"] for r in score["ranking"]}
    criterion = {c["id"]: c["name"] for c in score["criteria"]}
    sheet = book["Sensitivity"]
    switching = table(sheet, ["Criterion", "id", "Weight", "Switches below"])
    assert len(switching) == len(expected["switching_values"])
    for got, want in zip(switching, expected["switching_values"], strict=True):
        assert (got["Criterion"], got["id"]) == (criterion[want["criterion"]], want["criterion"])
        assert got["Weight"] == pytest.approx(want["weight"])
        for side, column in (("lower", "Switches below"), ("upper", "Switches above")):
            if want[side] is None:
                assert got[column] == "none"
            else:
                assert got[column] == pytest.approx(want[side]["weight"])
    mc = expected["monte_carlo"]
    stability = table(sheet, ["Option", "id", "Rank at export"])
    assert [(r["Option"], r["id"]) for r in stability] == [(option[o], o) for o in mc["shortlist_probability"]]
    assert [r["Shortlisted"] for r in stability] == pytest.approx(list(mc["shortlist_probability"].values()))
    assert [r["First"] for r in stability] == pytest.approx(
        [shares.get("1", 0.0) for shares in mc["rank_acceptability"].values()])
    ranks: dict[str, dict[str, float]] = {}
    for r in table(sheet, ["Option", "id", "Rank", "Share of samples"]):
        assert r["Option"] == option[r["id"]]
        ranks.setdefault(r["id"], {})[str(r["Rank"])] = r["Share of samples"]
    assert ranks.keys() == mc["rank_acceptability"].keys()
    for oid, shares in mc["rank_acceptability"].items():
        assert ranks[oid] == pytest.approx(shares), oid


def test_pandas_reads_the_economic_case_value_prints(shipped: dict[str, Any]) -> None:
    book = sheets(shipped["adm-value-for-money"][0])
    expected = cli_json("value", SHIPPED["adm-value-for-money"])
    rows = table(book["Economic case"], ["Option", "id", "Benefit score"])
    assert [(r["Option"], r["id"]) for r in rows] == [(o["name"], o["id"]) for o in expected["options"]]
    for got, want in zip(rows, expected["options"], strict=True):
        assert got["Benefit score"] == pytest.approx(want["score"])
        for column, key in (("PV capital (£m)", "pv_capital"), ("PV operating (£m)", "pv_operating"),
                            ("Optimism bias (£m)", "optimism_bias"), ("PVC (£m)", "pvc"), ("PVB (£m)", "pvb"),
                            ("NPSV (£m)", "npsv"), ("BCR", "bcr")):
            assert got[column] == (None if want[key] is None else pytest.approx(want[key], abs=1e-12)), column
        assert got["On the frontier"] == ("yes" if want["on_frontier"] else "no")
    lines = table(book["Economic case"], ["Option", "id", "Line"], skip=1)  # skip the discount factors
    factors = list(expected["discount_factors"].values())
    for o in expected["options"]:
        mine = [line for line in lines if line["id"] == o["id"]]
        assert sum(line["PV"] for line in mine if not line["Line"].startswith("benefit")) == pytest.approx(o["pvc"])
        for line in mine:  # the PV as estimated is the cash flows discounted
            flows = [line[str(y)] for y in expected["discount_factors"]]
            assert line["PV as estimated"] == pytest.approx(sum(f * d for f, d in zip(flows, factors, strict=True)))
    # wholly_owned_company by hand: PVC 12.900 (with 2.382 optimism bias), PVB 18.057, NPSV 5.157, BCR 1.400
    assert (rows[0]["PVC (£m)"], rows[0]["NPSV (£m)"], rows[0]["BCR"]) == pytest.approx((12.900078, 5.157409, 1.399797))


def test_pandas_reads_the_panel_panel_prints(shipped: dict[str, Any]) -> None:
    book = sheets(shipped["panel-leisure"][0])
    expected = cli_json("panel", SHIPPED["panel-leisure"])
    score = score_json(SHIPPED["panel-leisure"])
    option = {r["id"]: r["name"] for r in score["ranking"]}
    assessor = {a["id"]: a["name"] for a in expected["assessors"]}
    rows = table(book["Panel"], ["Option", "id", "Criterion", "criterion id"])
    assert [(r["id"], r["criterion id"]) for r in rows] == [(c["option"], c["criterion"]) for c in expected["cells"]]
    for got, want in zip(rows, expected["cells"], strict=True):
        assert got["Option"] == option[want["option"]]
        assert {a: got[assessor[a]] for a in want["scores"]} == want["scores"]
        for column, key in (("Median", "median"), ("Mean", "mean"), ("Low", "low"), ("High", "high"),
                            ("Range", "range"), ("Moderated", "moderated")):
            assert got[column] == pytest.approx(want[key]), column
        assert (got["Flags"] or "") == ", ".join(want["flags"])
    alphas = table(book["Panel"], ["Criterion", "id", "Alpha"])
    assert [r["Alpha"] for r in alphas] == pytest.approx([a["alpha"] for a in expected["agreement"]])


def test_pandas_reads_the_long_list_longlist_prints(shipped: dict[str, Any]) -> None:
    book = sheets(shipped["bundled"][0])
    expected = cli_json("longlist", ROOT)
    rows = table(book["Long list"], ["Dimension", "Choice", "id", "Status"])
    want = [(d["name"], c["name"], c["id"], c["status_text"], c["reason"]) for d in expected["dimensions"]
            for c in d["choices"]]
    assert [(r["Dimension"], r["Choice"], r["id"], r["Status"], r["Reason"]) for r in rows] == want
    first = expected["dimensions"][0]["choices"][0]
    assert [rows[0][expected["key_of"][k]] for k in expected["columns"]] == [
        first["assessment"][k]["result"] for k in expected["columns"]]
    assert "Long list" not in sheets(shipped["ordinal"][0]) and "Panel" not in sheets(shipped["bundled"][0])


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_libreoffice_computes_the_results_stored_with_the_formulas(shipped: dict[str, Any], name: str) -> None:
    path, copy = shipped[name]
    formulas = openpyxl.load_workbook(path)
    stored = openpyxl.load_workbook(path, data_only=True)
    computed = openpyxl.load_workbook(copy, data_only=True)
    count = 0
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                count += 1
                mine, theirs = stored[sheet.title][cell.coordinate].value, computed[sheet.title][cell.coordinate].value
                assert mine is not None, (sheet.title, cell.coordinate)
                if isinstance(mine, str):
                    assert theirs == mine, (sheet.title, cell.coordinate)
                else:
                    assert theirs == pytest.approx(mine, rel=1e-12, abs=1e-9), (sheet.title, cell.coordinate)
    assert count > 50  # the Scores, Weights, Values and Ranking formulas, at least


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_no_text_is_cut(shipped: dict[str, Any], name: str) -> None:
    """Each text fits its column, runs on into empty cells beside it, or wraps with no word cut.

    A character of the default font takes about one unit of column width; bold text 1.2.
    """
    book = openpyxl.load_workbook(shipped[name][0])
    for sheet in book.worksheets:
        widths = {n: d.width for d in list(sheet.column_dimensions.values()) for n in range(d.min, d.max + 1)}

        def width(col: int, widths: dict[int, float] = widths) -> float:
            return widths.get(col, 8.43)  # a run of equal columns is one <col min max> element

        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "s" or not cell.value or (cell.font.sz or 11) > 12:  # a title: runs on
                    continue
                scale = 1.2 if cell.font.b else 1.0
                if cell.alignment.wrap_text:
                    longest = max(len(word) for word in cell.value.split())
                    assert width(cell.column) >= longest * scale, (sheet.title, cell.coordinate, cell.value)
                    continue
                room, col = width(cell.column), cell.column + 1
                while room < len(cell.value) * scale and sheet.cell(cell.row, col).value is None and col < 200:
                    room, col = room + width(col), col + 1
                assert room >= len(cell.value) * scale, (sheet.title, cell.coordinate, cell.value)


def test_a_long_rank_acceptability_stops_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from adm_appraise.render import workbook_notes

    monkeypatch.setattr(workbook_notes, "ACCEPTABILITY_ROWS", 5)
    sheet = sheets(export(ROOT, tmp_path / "a.xlsx"))["Sensitivity"]
    rows = table(sheet, ["Option", "id", "Rank", "Share of samples"])
    expected = cli_json("sensitivity", ROOT, "--samples", "200")["monte_carlo"]["rank_acceptability"]
    listed = [(oid, str(rank), share) for oid, shares in expected.items() for rank, share in shares.items()]
    assert [(r["id"], str(r["Rank"]), r["Share of samples"]) for r in rows] == listed[:5]
    # 5 rows: the leader's 2 ranks, the runner-up's 2, the first of managing_agent's 2; of the 9 eligible
    # options, 3 have rows listed and 6 none
    note = [x for x in sheet[0].tolist() if isinstance(x, str) and x.startswith("The first 5 of")]
    assert note == [f"The first 5 of {len(listed)} rows (options in ranking order); 6 options are left out. "
                    "adm-appraise sensitivity --format json gives them all."]


def many_options(folder: Path, m: int) -> Path:
    """m options on 3 criteria, scores i mod 7, i mod 5, i mod 3 (so many tie)."""
    text = ("appraisal: {title: Many, scale: {min: 0, max: 10}, shortlist: {top: 3}}\ncriteria:\n"
            + "".join(f"  - {{id: c{j}, name: C{j}, weight: {j + 1}}}\n" for j in range(3)))
    options = {f"o{i:04d}": f"id: o{i:04d}\nname: O{i}\nscores: {{c0: {i % 7}, c1: {i % 5}, c2: {i % 3}}}\n"
               for i in range(m)}
    return make_appraisal(folder, text, **options)


def test_no_sheet_grows_a_column_per_option(tmp_path: Path) -> None:
    # A sheet holds 16,384 columns: an option a column would stop export at that many options.
    # From 8 to 360 options every sheet keeps its width; the Sensitivity sheet lists a row per
    # option, then the ranks taken among the first 10 (as the report bounds them), each a row.
    widths, rank_rows = {}, {}
    for m in (8, 360):
        book = openpyxl.load_workbook(export(many_options(tmp_path / str(m), m), tmp_path / f"{m}.xlsx",
                                             "--samples", "300"), read_only=True)
        widths[m] = {ws.title: ws.max_column for ws in book.worksheets}
        cells = [row for row in book["Sensitivity"].iter_rows(values_only=True)]
        header = cells.index(("Option", "id", "Rank", "Share of samples") + (None,) * (len(cells[0]) - 4))
        rank_rows[m] = [row for row in cells[header + 1 :] if row[0] is not None]
        notes = [row[0] for row in cells if isinstance(row[0], str) and row[0].startswith("Ranks ")]
        if m == 360:
            assert notes == ["Ranks 11 to 360 are left out, as in the report. "
                             "adm-appraise sensitivity --format json gives them all."]
        else:
            assert notes == []
    assert widths[360] == widths[8]
    assert max(widths[360].values()) <= 12
    # every rank listed is among the first 10, and each is taken in every sample by someone:
    # its shares add up to 1 (8 options: ranks 1 to 8; 360: ranks 1 to 10)
    for m, rows in rank_rows.items():
        assert all(1 <= r[2] <= 10 for r in rows)
        by_rank: dict[int, float] = {}
        for r in rows:
            by_rank[r[2]] = by_rank.get(r[2], 0.0) + r[3]
        assert sorted(by_rank) == list(range(1, min(m, 10) + 1)) and all(abs(v - 1) < 1e-9 for v in by_rank.values()), m
