"""adm-appraise import through the command line: exact output, no overwriting, nothing written on error,
and the round trip: importing an exported workbook gives an appraisal that scores the same."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.analysis.test_method import OPTIONS, WORKED
from tests.conftest import ROOT, make_appraisal

MATRIX = """\
Option,Quality,Cost,Lawful,Lawful rationale
Weight,60,40,,
In-house,3,2,pass,
Trust,4,3,conditional,needs a charity
Outsource,5,1,fail,
"""


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(autouse=True)
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_import_prints_what_it_did(tmp_path: Path) -> None:
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    result = run("import", "m.csv", "new")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "read m.csv: options as rows; the first heading is 'Option', a row 'weight', a column 'lawful rationale'\n"
        "title: m\n"
        "scale: 0-5 (inferred: the scores run from 1 to 5; give --scale to set it)\n"
        "criteria (name -> id, weight):\n"
        "  Quality -> quality (60)\n"
        "  Cost -> cost (40)\n"
        "gates (name -> id):\n"
        "  Lawful -> lawful\n"
        "options (name -> id):\n"
        "  In-house -> in_house\n"
        "  Trust -> trust\n"
        "  Outsource -> outsource\n"
        "wrote new/criteria.yaml and 3 option files in new/options\n"
        "validate new:\n"
        "new/criteria.yaml:2:1: warning: no baseline named: the Green Book requires business as usual on the "
        "shortlist as the benchmark [W208]\n"
        "new/criteria.yaml:8:3: warning: 'quality' carries 60% of the total weight: one criterion decides the "
        "ranking [W202]\n"
        "new/criteria.yaml:8:3: warning: 'quality' has no level descriptor for scores 3, 4, 5, used by the options "
        "[W205]\n"
        "new/criteria.yaml:11:3: warning: 'cost' has no level descriptor for scores 1, 2, 3, used by the options "
        "[W205]\n"
        "new/options/in_house.yaml:2:5: warning: in_house is dominated by trust: no better on any criterion, worse "
        "on at least one [W206]\n"
        "new/options/in_house.yaml:7:12: warning: in_house: the score on 'quality' has no rationale [W203]\n"
        "new/options/in_house.yaml:8:9: warning: in_house: the score on 'cost' has no rationale [W203]\n"
        "new/options/outsource.yaml:5:11: warning: outsource: gate 'lawful' is fail with no rationale [W204]\n"
        "new/options/outsource.yaml:7:12: warning: outsource: the score on 'quality' has no rationale [W203]\n"
        "new/options/outsource.yaml:8:9: warning: outsource: the score on 'cost' has no rationale [W203]\n"
        "new/options/trust.yaml:9:12: warning: trust: the score on 'quality' has no rationale [W203]\n"
        "new/options/trust.yaml:10:9: warning: trust: the score on 'cost' has no rationale [W203]\n"
        "0 errors, 12 warnings in 4 files\n"
    )
    # Trust = 0.6 * 80 + 0.4 * 60 = 72; In-house = 0.6 * 60 + 0.4 * 40 = 52;
    # Outsource = 0.6 * 100 + 0.4 * 20 = 68 but fails the gate: unranked.
    ranking = json.loads(run("score", "new", "--format", "json").stdout)["ranking"]
    assert [(r["id"], r["rank"], round(r["score"], 9)) for r in ranking] == [
        ("trust", 1, 72.0), ("in_house", 2, 52.0), ("outsource", None, 68.0)]


def test_merges_without_force_and_replaces_with_it(tmp_path: Path) -> None:
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    assert run("import", "m.csv", "a").exit_code == 0
    Path("m.csv").write_text(MATRIX.replace("Outsource,5,1", "Shared,5,1"), encoding="utf-8")
    result = run("import", "m.csv", "a")  # merged (tests/cli/test_import_merge.py): Shared added, Outsource kept
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in Path("a/options").iterdir()) == [
        "in_house.yaml", "outsource.yaml", "shared.yaml", "trust.yaml"]
    assert run("import", "m.csv", "a", "--force").exit_code == 0
    assert sorted(p.name for p in Path("a/options").iterdir()) == ["in_house.yaml", "shared.yaml", "trust.yaml"]
    assert sorted(p.name for p in Path("a").iterdir()) == ["criteria.yaml", "options"]  # no staging left behind


def test_writes_nothing_on_error(tmp_path: Path) -> None:
    Path("m.csv").write_text(MATRIX.replace("Trust,4,3", "Trust,high,3").replace("Weight,60,40", "Weight,60,"),
                             encoding="utf-8")
    result = run("import", "m.csv", "b")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        "read m.csv: options as rows; the first heading is 'Option', a row 'weight', a column 'lawful rationale'\n"
        "m.csv: C2: error: no weight [E905]\n"
        "m.csv: B4: error: the score for Trust on Quality must be a number, not 'high' [E904]\n"
        "adm-appraise: 2 errors; nothing was done\n"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.csv"]


def test_headings_cannot_drive_the_terminal(tmp_path: Path) -> None:
    """A heading quoted in the 'read' line (ESC, an OSC title with BEL, U+202E) is shown escaped."""
    Path("m.csv").write_text(MATRIX.replace("Lawful rationale", "Lawful \x1b[2J\x1b]0;pwned\x07\u202e rationale"),
                             encoding="utf-8")
    result = run("import", "m.csv", "new")
    assert result.exit_code == 1  # the heading no longer names the gate's rationale: it is read as a criterion
    first = result.stderr.splitlines()[0]
    assert first == ("read m.csv: options as rows; the first heading is 'Option', a row 'weight', "
                     "a column 'lawful \\x1b[2j\\x1b]0;pwned\\x07\\u202e rationale'")
    assert not any(ch in result.output for ch in "\x1b\x07\u202e")


def test_scale_option_and_usage_errors(tmp_path: Path) -> None:
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    result = run("import", "m.csv", "c", "--scale", "1-5")
    assert result.exit_code == 0 and "scale: 1-5 (as --scale says)\n" in result.stdout
    result = run("import", "m.csv", "d", "--scale", "5-1")
    assert result.exit_code == 2 and "'5-1' is not MIN-MAX with MIN below MAX, e.g. 0-5" in result.output
    assert not Path("d").exists()


def test_xlsx_without_openpyxl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    Path("m.xlsx").write_bytes(b"")
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    for module in ("spreadsheet", "table", "importing"):  # imported afresh, as in a new process
        monkeypatch.delitem(sys.modules, f"adm_appraise.files.{module}", raising=False)
    result = run("import", "m.xlsx", "e")
    assert (result.exit_code, result.stderr) == (
        1, "Error: import needs openpyxl, which is not installed: pip install 'adm-appraise[office]'\n")
    assert run("import", "m.csv", "e").exit_code == 0  # CSV needs no extra


def summary(folder: Path | str, *extra: str) -> list[tuple[object, ...]]:
    result = run("score", str(folder), "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return [(r["id"], r["rank"], round(r["score"], 9), r["eligible"], r["shortlisted"], r["name"])
            for r in data["ranking"]] + [tuple(round(c["weight"], 12) for c in data["criteria"])]


@pytest.mark.parametrize("name", ["bundled", "worked"])
def test_round_trip(tmp_path: Path, name: str) -> None:
    folder = ROOT if name == "bundled" else make_appraisal(tmp_path / "worked", WORKED, **OPTIONS)
    assert run("export", str(folder), "-o", "out.xlsx", "--samples", "100").exit_code == 0
    result = run("import", "out.xlsx", "back")
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.stdout
    assert summary("back") == summary(folder)
    assert summary("back", "--weight", f"{'tax_vat' if name == 'bundled' else 'cost'}=70") == summary(
        folder, "--weight", f"{'tax_vat' if name == 'bundled' else 'cost'}=70")
    if name == "bundled":  # the rationales and evidence come back too
        back = (Path("back/options/strategic_partnership.yaml")).read_text(encoding="utf-8")
        assert "- VAT Act 1994, section 33\n" in back and "rationale: A partnership between two councils" in back


def test_refuses_to_replace_the_source_itself(tmp_path: Path) -> None:
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    assert run("import", "m.csv", "f").exit_code == 0
    Path("f/options/m.csv").write_text(MATRIX, encoding="utf-8")
    result = run("import", "f/options/m.csv", "f", "--force")
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        1, "f/options/m.csv: error: the source lies among the files the import would replace; move it first [E909]")
    assert Path("f/options/m.csv").is_file()


def test_nothing_is_written_when_the_result_fails_validation(tmp_path: Path) -> None:
    Path("m.csv").write_text("shortlist,within 500\n" + MATRIX, encoding="utf-8")
    result = run("import", "m.csv", "g")
    assert result.exit_code == 1
    assert result.stderr == ("g/criteria.yaml:8:13: error: appraisal.shortlist.within 500: input should be less than "
                             "or equal to 100 [E113]\nadm-appraise: 1 error; nothing was done\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.csv"]  # no folder, no staging left behind


def test_force_validates_the_folder_as_it_will_be_with_its_panel(tmp_path: Path) -> None:
    # panel-leisure's panel scores its own options; the matrix replaces them, so the panel would
    # name options and criteria that no longer exist: refused, and the folder left as it was
    import shutil

    shutil.copytree(ROOT / "examples/panel-leisure", "p")
    before = {p: p.read_bytes() for p in Path("p").rglob("*") if p.is_file()}
    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    result = run("import", "m.csv", "p", "--force")
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors[-1].startswith("adm-appraise: ") and errors[-1].endswith(" errors; nothing was done")
    assert all(line.startswith("p/panel/") for line in errors[:-1]), errors
    assert any("[E401]" in line for line in errors)
    assert {p: p.read_bytes() for p in Path("p").rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in Path("p").iterdir()) == ["README.md", "criteria.yaml", "options", "panel"]


def test_a_new_folder_has_the_usual_mode_and_stale_staging_is_swept(tmp_path: Path) -> None:
    # the staging folder (mkdtemp: mode 0700) became DIR; and a killed import's staging folder
    # (its process gone) stayed inside the appraisal for good
    import os
    import subprocess

    Path("m.csv").write_text(MATRIX, encoding="utf-8")
    old = os.umask(0o022)
    try:
        assert run("import", "m.csv", "a").exit_code == 0
    finally:
        os.umask(old)
    assert Path("a").stat().st_mode & 0o777 == 0o755
    dead = subprocess.Popen(["true"])  # a process that has ended: no process has its id
    dead.wait()
    stale = Path(f"a/.a.import.{dead.pid}.x1y2")
    (stale / "options").mkdir(parents=True)
    alive = Path(f"a/.a.import.{os.getppid()}.z3")  # a process that is running
    alive.mkdir()
    assert run("import", "m.csv", "a", "--force").exit_code == 0
    assert not stale.exists() and alive.is_dir()
