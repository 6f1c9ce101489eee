"""adm-appraise import into an existing appraisal: the sheet merged in, every other byte of the files kept.

The round trip export -> import of an unchanged workbook changes no byte on every shipped
example; an edited workbook changes exactly the edited lines; a weight from a weighting record
is refused; --dry-run writes nothing; the criteria must match; CSV matrices merge too.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from tests.cli.test_import import MATRIX, here, run  # noqa: F401  (here: the autouse fixture, in a temporary folder)
from tests.conftest import ROOT

openpyxl = pytest.importorskip("openpyxl")

EXAMPLES = [ROOT, *sorted(p.parent for p in (ROOT / "examples").glob("*/criteria.yaml"))]


def copy(folder: Path, to: str) -> Path:
    """The appraisal's files (criteria.yaml, options/, panel/, longlist.yaml) in a folder of their own."""
    Path(to).mkdir()
    for name in ("criteria.yaml", "options", "panel", "longlist.yaml"):
        if (folder / name).is_dir():
            shutil.copytree(folder / name, Path(to) / name)
        elif (folder / name).exists():
            shutil.copy(folder / name, Path(to) / name)
    return Path(to)


def files(folder: str | Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def changed_lines(before: dict[str, bytes], after: dict[str, bytes]) -> dict[str, list[str]]:
    """file -> its changed lines, '-old' and '+new', for every file whose bytes differ."""
    out = {}
    for name in sorted(set(before) | set(after)):
        old = before.get(name, b"").decode().splitlines()
        new = after.get(name, b"").decode().splitlines()
        if old != new:
            out[name] = [line for line in difflib.unified_diff(old, new, lineterm="", n=0)
                         if line[:1] in "+-" and not line.startswith(("---", "+++"))]
    return out


def export(folder: Path, to: str = "out.xlsx") -> None:
    result = run("export", str(folder), "-o", to, "--samples", "100")
    assert result.exit_code == 0, result.output


def row_of(sheet, option: str) -> int:
    return next(c.row for c in sheet["B"] if c.value == option and c.row > 6)  # B4 may name the baseline


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name if p != ROOT else "bundled")
def test_the_round_trip_of_an_unchanged_workbook_changes_no_byte(example: Path) -> None:
    folder = copy(example, "a")
    before = files(folder)
    export(folder)
    result = run("import", "out.xlsx", "a")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("no changes: a already matches out.xlsx\n")
    assert files(folder) == before  # every byte of every file, and no file more (no staging left behind)


def edit_bundled(path: str = "edited.xlsx") -> None:
    book = openpyxl.load_workbook("out.xlsx")
    scores = book["Scores"]
    r = row_of(scores, "charitable_company")
    scores[f"C{r}"] = 4  # tax_vat: 3 -> 4
    heading = {c.value: c.column_letter for c in scores[6]}
    scores[f"{heading['Tax and VAT implications rationale']}{r}"] = "A new reason."
    scores[f"{heading['Tax and VAT implications evidence']}{r}"] = "- VAT Act 1994, section 33\n- HMRC VAT notice 701/1"
    scores[f"G{row_of(scores, 'business_as_usual')}"] = "pass"  # the gate: fail -> pass
    book["Weights"]["C3"] = 30  # procurement: 25 -> 30
    book.save(path)


def test_an_edited_workbook_merges_exactly_its_edits_and_keeps_a_comment_beside_them() -> None:
    folder = copy(ROOT, "a")
    option = folder / "options/charitable_company.yaml"
    option.write_text(option.read_text(encoding="utf-8").replace(
        "  tax_vat:\n    score: 3\n", "  tax_vat:\n    score: 3  # agreed at the December workshop\n"),
        encoding="utf-8")
    before = files(folder)
    export(folder)
    edit_bundled()
    result = run("import", "edited.xlsx", "a")
    assert result.exit_code == 0, result.output
    # The weights were 25 each, summing to 100: they stay percentages. 25, 30, 25, 25 of 105 are
    # 23.8095..%, 28.5714..%, 23.8095..%, 23.8095..%; to two decimals with the largest remainders
    # rounded up (0.95 three times, 0.14 once) they are 23.81, 28.57, 23.81, 23.81, which sum to 100.
    assert changed_lines(before, files(folder)) == {
        "criteria.yaml": ["-    weight: 25", "+    weight: 23.81", "-    weight: 25", "+    weight: 28.57",
                          "-    weight: 25", "+    weight: 23.81", "-    weight: 25", "+    weight: 23.81"],
        "options/business_as_usual.yaml": ["-    result: fail", "+    result: pass"],
        "options/charitable_company.yaml": [
            "-    score: 3  # agreed at the December workshop",
            "-    rationale: \"Like any separate company providing exempt welfare services it generally cannot "
            "recover its input VAT, but as a charity it gets 80% mandatory business-rates relief, which partly "
            "offsets the leakage (the net effect is a judgement).\"",
            "+    score: 4  # agreed at the December workshop",
            "+    rationale: \"A new reason.\"",
            "-      - \"80% mandatory business-rates relief for charities\"",
            "+      - \"HMRC VAT notice 701/1\"",
        ],
    }
    out = result.stdout
    assert "score charitable_company.tax_vat 3 → 4; value 60.0 → 80.0\n" in out
    assert "gate external_delivery of business_as_usual: fail → pass\n" in out
    assert "a/criteria.yaml:33:5: weight of procurement 25 → 28.57 (normalised 25.0% → 28.6%)\n" in out
    assert "wrote 3 files: a/criteria.yaml, a/options/business_as_usual.yaml, a/options/charitable_company.yaml\n" \
        in out
    assert "0 errors" in out
    # merged back into the appraisal, the workbook is what it now says: a second import changes nothing
    again = run("import", "edited.xlsx", "a")
    assert again.stdout.endswith("no changes: a already matches edited.xlsx\n"), again.output


def test_dry_run_prints_the_changes_and_writes_nothing() -> None:
    folder = copy(ROOT, "a")
    before = files(folder)
    export(folder)
    edit_bundled()
    result = run("import", "edited.xlsx", "a", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "What changed (8 edits):\n" in result.stdout
    assert result.stdout.endswith("dry run: nothing written (3 files would be)\n")
    assert files(folder) == before
    assert run("import", "edited.xlsx", "b", "--dry-run").exit_code == 2  # a new folder: nothing to merge into


def test_a_weight_from_a_weighting_record_is_refused() -> None:
    folder = copy(ROOT / "examples/ordinal", "o")  # method: rank
    before = files(folder)
    export(folder)
    book = openpyxl.load_workbook("out.xlsx")
    weights = book["Weights"]
    criterion = weights["B3"].value
    weights["C3"] = 99
    book["Scores"][f"C{row_of(book['Scores'], 'business_as_usual')}"] = 1  # a score edit is refused with it
    book.save("edited.xlsx")
    result = run("import", "edited.xlsx", "o")
    assert (result.exit_code, result.stderr) == (1, (
        f"edited.xlsx: Weights!C3: error: the weight of '{criterion}' comes from the rank weighting record in "
        "criteria.yaml; edit the record there, not the workbook [E913]\n"
        "adm-appraise: 1 error; nothing was done\n"))
    assert files(folder) == before


def test_a_csv_matrix_merges_scores_weights_gates_and_a_new_option() -> None:
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    assert run("import", "m.csv", "a").exit_code == 0
    before = files("a")
    Path("m.csv").write_text(MATRIX.replace("Weight,60,40", "Weight,50,50")
                             .replace("Trust,4,3,conditional,needs a charity", "Trust,4.5,3,pass,registered")
                             .replace("Outsource,5,1,fail,\n", "Shared service,2,4,pass,\n"), encoding="utf-8")
    result = run("import", "m.csv", "a")
    assert result.exit_code == 0, result.output
    after = files("a")
    assert changed_lines(before, after) == {
        "criteria.yaml": ["-  weight: 60", "+  weight: 50", "-  weight: 40", "+  weight: 50"],
        "options/shared_service.yaml": [
            "+# Imported from m.csv by adm-appraise import.", "+id: shared_service", "+name: Shared service",
            "+gates:", "+  lawful: pass", "+scores:", "+  quality: 2", "+  cost: 4"],
        "options/trust.yaml": ["-    result: conditional", "-    rationale: needs a charity",
                               "+    result: pass", "+    rationale: registered", "-  quality: 4", "+  quality: 4.5"],
    }
    assert "kept a/options/outsource.yaml: option 'outsource' is not in m.csv\n" in result.stdout


def test_criteria_that_differ_are_refused() -> None:
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    assert run("import", "m.csv", "a").exit_code == 0
    before = files("a")
    Path("m.csv").write_text(MATRIX.replace("Option,Quality,Cost", "Option,Quality,Price"), encoding="utf-8")
    result = run("import", "m.csv", "a")
    assert (result.exit_code, result.stderr) == (1, (
        "m.csv: error: the criterion 'cost' of criteria.yaml is not in the sheet: remove it from criteria.yaml "
        "first, or import with --force [E912]\n"
        "m.csv: C1: error: the criterion 'Price' (price) is not in criteria.yaml: add it there first, or import "
        "with --force to replace the appraisal [E912]\n"
        "adm-appraise: 2 errors; nothing was done\n"))
    assert files("a") == before
    assert run("import", "m.csv", "a", "--force").exit_code == 0  # --force replaces, as before
    assert "price" in Path("a/criteria.yaml").read_text(encoding="utf-8")


def test_a_merge_that_fails_validation_writes_nothing() -> None:
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    assert run("import", "m.csv", "a").exit_code == 0
    before = files("a")
    Path("m.csv").write_text(MATRIX.replace("Trust,4,3", "Trust,4,7"), encoding="utf-8")  # 7: off the 0-5 scale
    result = run("import", "m.csv", "a", "--scale", "0-10")
    assert result.exit_code == 1
    assert result.stderr.startswith("a/options/trust.yaml:")
    assert "[E20" in result.stderr
    assert files("a") == before


def test_a_panel_aggregate_is_written_only_when_the_sheet_changes_it() -> None:
    # wholly_owned_company has no 'control' score: the panel's median (4) stands in, unmoderated.
    # Exported, the cell shows 4; the unchanged round trip writes nothing (tested above); a 5 typed
    # there is a moderated score, the one line added to the option file.
    folder = copy(ROOT / "examples/panel-leisure", "p")
    before = files(folder)
    export(folder)
    book = openpyxl.load_workbook("out.xlsx")
    scores = book["Scores"]
    column = next(c.column_letter for c in scores[7] if c.value == "control")
    cell = scores[f"{column}{row_of(scores, 'wholly_owned_company')}"]
    assert cell.value == 4
    cell.value = 5
    book.save("edited.xlsx")
    result = run("import", "edited.xlsx", "p")
    assert result.exit_code == 0, result.output
    assert changed_lines(before, files(folder)) == {"options/wholly_owned_company.yaml": ["+  control: 5"]}
