"""adm-appraise panel, through CliRunner: exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT, make_appraisal
from tests.files.test_panel import BOB, CRITERIA, X, Y, panel_appraisal


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_panel_table(tmp_path: Path) -> None:
    # the hand-worked figures of tests/analysis/test_panel.py::test_a_hand_worked_panel; the leaders:
    # weights quality .5, risk .25, cost .25; cost (a measure, lower better) gives x 100, y 0;
    # a score s is worth 20s. Own scores (gaps keep the moderated score: x risk 2, y quality 4.5):
    #   ann  x 10 + 10 + 25 = 45,  y 40 + 20 = 60 -> y
    #   bob  x 40 + 15 + 25 = 80,  y 50 + 20 = 70 -> x
    #   cat  x 30 + 10 + 25 = 65,  y 45 + 20 = 65 -> a tie, x by id
    # Medians: all x (3, 2.5) 30 + 12.5 + 25 = 67.5, y (4.5, 4) 65 -> x; without ann x (3.5, 3) 75,
    # y (5, 4) 70 -> x; without bob x (2, 2) 55, y (4, 4) 60 -> y; without cat x (2.5, 2.5) 62.5, y 65 -> y
    result = run("panel", str(panel_appraisal(tmp_path)), "--ids")
    assert result.exit_code == 0  # every command says which scores are unmoderated
    assert result.stderr == (f"{tmp_path}/options/y.yaml:3:1: warning: y: no moderated score on 'quality'; "
                             "the panel median (4.5) stands in [W405]\n")
    assert result.stdout == """\
Panel

Panel of 3; the median stands in where an option file gives no score; a range of 2 points or more is
  a disagreement.

Who sat on the panel

Assessor  Name  Role          Organisation  Conflicts declared
--------  ----  ------------  ------------  ------------------
ann       Ann   Finance                     none
bob       Bob   Service lead  Council       none
cat       Cat   Staff side                  y (Trustee of y)

Agreement

Krippendorff's alpha, interval metric (1 = full agreement, 0 = no better than chance); conflicts and
  abstentions are missing values.

Criterion     Alpha  Cells  Scores
------------  -----  -----  ------
quality       0.304  2      5
risk          0.727  2      4
all criteria  0.333  4      9

Scores

Option  Criterion  ann  bob  cat  Median  Mean  Range  Moderated  Flags
------  ---------  ---  ---  ---  ------  ----  -----  ---------  ------------
x       quality    1    4    3    3.0     2.67  1-4    3.0        disagreement
x       risk       2    3    a    2.5     2.50  2-3    2.0
y       quality    4    5    —    4.5     4.50  4-5    4.5*       unmoderated
y       risk       4    4    —    4.0     4.00  4-4    4.0

— conflict of interest declared; a abstained; * unmoderated: the option file gives no score, so the
  panel median stands in.

Moderation and dissent

- x / quality: scores 1-4, moderated 3. Moderation: ran 1 to 4; agreed 3
  - Dissent, cat: would keep 4

Each assessor's own ranking

The appraisal scored with one assessor's scores alone (their gaps keep the moderated score).

Assessor  Leader  Shortlist
--------  ------  ---------
ann       y       y, x
bob       x       x, y
cat       x       x, y

Leaving one assessor out

The panel's median scores: leader x, shortlist x, y (the moderated scores: leader x).

Left out  Leader  Shortlist  Changes
--------  ------  ---------  -------
ann       x       x, y       nothing
bob       y       y, x       leader
cat       y       y, x       leader

Left out alone, bob, cat would change the leader.
"""


def test_panel_markdown_and_json(tmp_path: Path) -> None:
    folder = panel_appraisal(tmp_path, bob=BOB.replace("name: Bob", "name: 'Bob | <i>Jr</i>'"))
    markdown = run("panel", str(folder), "--format", "markdown", "--ids").stdout
    assert markdown.startswith("## Panel\n") and "### Agreement\n" in markdown
    assert "| bob        | Bob \\| &lt;i&gt;Jr&lt;/i&gt; |" in markdown  # a pipe cannot break the table
    assert "| x        | quality     | 1     | 4     | 3     | 3.0      | 2.67   | 1-4     | 3.0         | disagreement |" in markdown
    data = json.loads(run("panel", str(folder), "--format", "json").stdout)
    assert list(data) == ["title", "settings", "assessors", "agreement", "cells", "moderated", "aggregate", "own",
                          "left_out"]
    assert data["settings"] == {"aggregate": "median", "disagreement": 2.0}
    assert data["assessors"][2]["conflicts"] == [{"option": "y", "reason": "Trustee of y"}]
    assert data["cells"][0]["scores"] == {"ann": 1.0, "bob": 4.0, "cat": 3.0}
    assert data["cells"][2]["status"]["cat"] == "conflict" and data["cells"][2]["unmoderated"] is True
    assert data["agreement"][-1] == {"criterion": None, "alpha": data["agreement"][-1]["alpha"], "units": 4, "values": 9}
    assert [o["changes_leader"] for o in data["left_out"]] == [False, True, True]


def test_panel_without_a_panel_folder_exits_1(tmp_path: Path) -> None:
    make_appraisal(tmp_path, CRITERIA, x=X, y=Y.replace("scores:\n", "scores:\n  quality: 2\n"))
    result = run("panel", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"{tmp_path}/panel: error: no panel folder: add one panel/<assessor>.yaml per assessor to use the panel "
        "command [E409]\nadm-appraise: 1 error; nothing was done\n"
    )


def test_panel_with_a_bad_panel_file_exits_1(tmp_path: Path) -> None:
    folder = panel_appraisal(tmp_path, cat="assessor: {id: cat, name: Cat, role: R}\nscores: {}\n")
    result = run("panel", str(folder))
    assert result.exit_code == 1 and result.stdout == ""
    assert "panel/cat.yaml:2:1: error: cat does not score x on 'quality'" in result.stderr


def test_the_example_panel_runs() -> None:
    result = run("panel", str(ROOT / "examples/panel-leisure"))
    assert result.exit_code == 0
    assert "Left out alone, leisure_manager, staff_side would change the leader." in result.stdout


def test_sensitivity_scores_panel(tmp_path: Path) -> None:
    folder = panel_appraisal(tmp_path)
    result = run("sensitivity", str(folder), "--scores", "panel", "--samples", "500", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["monte_carlo"]["scores"] == "panel"
    table = run("sensitivity", str(folder), "--scores", "panel", "--samples", "500").stdout
    assert ("500 samples, seed 0, weights drawn around the stated ones (Dirichlet, spread 0.2); each score drawn "
            "from the panel (one assessor's score, at random, per option and criterion).") in " ".join(table.split())


def test_scores_panel_without_a_panel_is_a_usage_error(tmp_path: Path) -> None:
    make_appraisal(tmp_path, CRITERIA, x=X, y=Y.replace("scores:\n", "scores:\n  quality: 2\n"))
    for command in ("sensitivity", "report"):
        result = CliRunner().invoke(main, [command, str(tmp_path), "--scores", "panel"])
        assert result.exit_code == 2
        assert result.stderr.endswith(
            "Error: Invalid value for '--scores': this appraisal has no panel/ folder to draw scores from\n")


def test_forms_out_filled_and_back(tmp_path: Path) -> None:
    """Forms out -> filled with openpyxl -> panel import -> validate -> 'panel --format json' shows them."""
    import shutil

    import pytest

    openpyxl = pytest.importorskip("openpyxl")
    from tests.files.test_forms import CRITERIA, OPTIONS

    folder = tmp_path / "appraisal"
    shutil.copytree(ROOT / "examples" / "all-features", folder)
    out = tmp_path / "forms"
    made = run("panel", "forms", str(folder), "-o", str(out), "--assessor", "newbie=N. Ew")
    assert made.exit_code == 0, made.output
    assert made.stdout == f"wrote {out}/newbie.xlsx (N. Ew: 24 scores to give)\n"
    book = openpyxl.load_workbook(out / "newbie.xlsx")
    sheet = book["Scores"]
    sheet["B3"] = "Analyst"
    for i, (option, criterion) in enumerate((o, c) for o in OPTIONS for c in CRITERIA):
        if option == "joint_venture" and criterion == "control":
            sheet.cell(9 + i, 5, "Not seen the heads of terms.")
        elif option != "leisure_trust":
            sheet.cell(9 + i, 3, (i % 6))  # 0, 1, ... 5, 0, ...: row i scores i mod 6
    book["Conflicts"]["C8"] = "Sits on the trust's shadow board."  # leisure_trust is the fourth option
    book.save(out / "newbie.xlsx")
    back = run("panel", "import", str(out / "newbie.xlsx"), str(folder))
    assert back.exit_code == 0, back.output
    assert back.stdout.splitlines()[0] == f"wrote {folder}/panel/newbie.yaml from {out}/newbie.xlsx"
    assert run("validate", str(folder)).exit_code == 0
    cells = {(c["option"], c["criterion"]): c for c in json.loads(run("panel", str(folder), "--format", "json").stdout)
             ["cells"]}
    # row i = 4 * option index + criterion index scores i mod 6: in_house 0 1 2 3, in_house_refresh
    # 4 5 0 1, joint_venture 2 3 4 (control abstains), private_operator (i 16-19) 4 5 0 1,
    # wholly_owned_company (i 20-23) 2 3 4 5
    assert [cells[("in_house", c)]["scores"]["newbie"] for c in CRITERIA] == [0, 1, 2, 3]
    assert [cells[("in_house_refresh", c)]["scores"]["newbie"] for c in CRITERIA] == [4, 5, 0, 1]
    assert [cells[("private_operator", c)]["scores"]["newbie"] for c in CRITERIA] == [4, 5, 0, 1]
    assert [cells[("wholly_owned_company", c)]["scores"]["newbie"] for c in CRITERIA] == [2, 3, 4, 5]
    assert cells[("joint_venture", "control")]["status"]["newbie"] == "abstain"
    assert cells[("leisure_trust", "control")]["status"]["newbie"] == "conflict"
    assert not any(o == "close_two_centres" for o, _ in cells)  # sifted out: on no form


def test_panel_import_keeps_an_assessor_file_unless_forced(tmp_path: Path) -> None:
    import shutil

    import pytest

    openpyxl = pytest.importorskip("openpyxl")
    folder = tmp_path / "appraisal"
    shutil.copytree(ROOT / "examples" / "all-features", folder)
    out = tmp_path / "forms"
    assert run("panel", "forms", str(folder), "-o", str(out)).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["finance.xlsx", "leisure_manager.xlsx", "staff_side.xlsx"]
    again = run("panel", "forms", str(folder), "-o", str(out), "--assessor", "finance=A. Finch")
    assert again.exit_code == 1  # a form perhaps filled in is never overwritten silently
    assert again.stderr.startswith(f"{out}/finance.xlsx: error: a form is already here")
    book = openpyxl.load_workbook(out / "finance.xlsx")
    for r in range(9, 33):
        book["Scores"].cell(r, 3, 2)
    book.save(out / "finance.xlsx")
    before = (folder / "panel" / "finance.yaml").read_text(encoding="utf-8")
    kept = run("panel", "import", str(out / "finance.xlsx"), str(folder))
    assert kept.exit_code == 1
    assert kept.stderr == (f"{folder}/panel/finance.yaml: error: assessor 'finance' already has a panel file: "
                           "nothing was written (--force replaces it) [E909]\n"
                           "adm-appraise: 1 error; nothing was done\n")
    book["Scores"]["C9"] = 9  # a problem in the form too: both are told in one run
    book.save(out / "finance.xlsx")
    both = run("panel", "import", str(out / "finance.xlsx"), str(folder))
    assert both.stderr.splitlines() == [
        f"{out}/finance.xlsx: Scores!C9: error: finance: in_house on service_quality: 9 is off the scale 0-5 [E907]",
        f"{folder}/panel/finance.yaml: error: assessor 'finance' already has a panel file: nothing was written "
        "(--force replaces it) [E909]",
        "adm-appraise: 2 errors; nothing was done"]
    book["Scores"]["C9"] = 2
    book.save(out / "finance.xlsx")
    assert (folder / "panel" / "finance.yaml").read_text(encoding="utf-8") == before
    forced = run("panel", "import", str(out / "finance.xlsx"), str(folder), "--force")
    assert forced.exit_code == 0, forced.output
    assert "finance: {}" not in (folder / "panel" / "finance.yaml").read_text(encoding="utf-8")
    data = json.loads(run("panel", str(folder), "--format", "json").stdout)
    assert {c["scores"]["finance"] for c in data["cells"]} == {2.0}  # every score the form gave


def test_import_panel_reads_returns_as_panel_import_does(tmp_path: Path) -> None:
    """'import --panel RETURN... DIR' is 'panel import': the same file written, the same refusals."""
    import shutil

    import pytest

    openpyxl = pytest.importorskip("openpyxl")
    written = {}
    for command in (["panel", "import"], ["import", "--panel"]):
        folder = tmp_path / command[0] / "appraisal"
        shutil.copytree(ROOT / "examples" / "all-features", folder)
        (folder / "panel" / "finance.yaml").unlink()
        out = tmp_path / command[0] / "forms"
        assert run("panel", "forms", str(folder), "-o", str(out), "--assessor", "finance=A. Finch").exit_code == 0
        book = openpyxl.load_workbook(out / "finance.xlsx")
        book["Scores"]["B3"] = "Head of Finance"
        for r in range(9, 33):
            book["Scores"].cell(r, 3, 3)
        book.save(out / "finance.xlsx")
        result = run(*command, str(out / "finance.xlsx"), str(folder))
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[0] == f"wrote {folder}/panel/finance.yaml from {out}/finance.xlsx"
        written[command[0]] = (folder / "panel" / "finance.yaml").read_text(encoding="utf-8")
        again = run(*command, str(out / "finance.xlsx"), str(folder))
        assert again.exit_code == 1 and "[E909]" in again.stderr  # kept unless --force
    assert written["import"] == written["panel"]
    misused = run("import", "--panel", "--sheet", "Scores", str(out / "finance.xlsx"), str(folder))
    assert misused.exit_code == 2
    assert "--sheet is for a scoring matrix, not for --panel" in misused.stderr


def test_panel_forms_needs_assessors(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, CRITERIA, x=X)
    result = run("panel", "forms", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "this appraisal has no panel/ folder: name the assessors with --assessor ID=NAME" in result.stderr
    bad = run("panel", "forms", str(folder), "-o", str(tmp_path / "out"), "--assessor", "Finance")
    assert bad.exit_code == 2
    assert "'Finance' is not ID=NAME" in bad.stderr


def test_panel_import_writes_nothing_when_one_return_has_a_problem(tmp_path: Path) -> None:
    import shutil

    import pytest

    pytest.importorskip("openpyxl")
    from tests.files.test_forms import filled

    folder = tmp_path / "appraisal"
    shutil.copytree(ROOT / "examples" / "all-features", folder)
    shutil.rmtree(folder / "panel")
    good = filled(tmp_path, {}, name="good.xlsx")
    bad = filled(tmp_path, {"C9": 6}, name="bad.xlsx", who="other")
    result = run("panel", "import", str(good), str(bad), str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [  # after W407: 'panel:' settings and (now) no panel/ folder
        f"{bad}: Scores!C9: error: other: in_house on service_quality: 6 is off the scale 0-5 [E907]",
        "adm-appraise: 1 error; nothing was done"]
    assert not (folder / "panel").exists()
