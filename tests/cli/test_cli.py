"""The command line, driven through CliRunner: exact output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise import __version__
from adm_appraise.cli import main
from tests.analysis.test_method import OPTIONS, WORKED
from tests.conftest import ROOT, make_appraisal


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def worked(tmp_path: Path) -> Path:
    return make_appraisal(tmp_path / "worked", WORKED, **OPTIONS)


def test_version() -> None:
    result = run("--version")
    assert (result.exit_code, result.output) == (0, f"adm-appraise, version {__version__}\n")


def test_score_table(worked: Path) -> None:
    result = run("score", str(worked), "--ids")
    assert result.exit_code == 0
    assert result.stdout == (
        "Worked example\n"
        "weights: quality 50%, cost 30%, months 20%\n"
        "\n"
        "Rank  Option  Score  quality  cost  months  Gates               Shortlist\n"
        "----  ------  -----  -------  ----  ------  ------------------  ---------\n"
        "1     b        80.0     30.0  30.0    20.0  conditional: legal  yes\n"
        "2     a        68.3     40.0  15.0    13.3\n"
        "-     c        45.0     45.0   0.0     0.0  failed: legal\n"
        "\n"
        "Scores are 0-100; criterion columns show each weighted contribution.\n"
        "Shortlist: b\n"
    )


def test_score_table_by_name_fits_the_width(worked: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # By default tables name options, criteria and gates; long names wrap at word boundaries to
    # fit COLUMNS (the criteria's headers first, then the gates, then the options' names).
    long = "Joint venture with the neighbouring borough council"
    text = (worked / "options" / "a.yaml").read_text(encoding="utf-8").replace("name: A", f"name: {long}")
    (worked / "options" / "a.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    wide = run("score", str(worked)).stdout
    assert wide.splitlines()[1] == "weights: Quality 50%, Cost 30%, Time 20%"
    assert f"  {long}  " in wide and "conditional: Lawful" in wide
    monkeypatch.setenv("COLUMNS", "96")
    narrow = run("score", str(worked)).stdout
    table = narrow.split("\n\n")[1].splitlines()
    assert max(map(len, table)) <= 96
    assert long not in narrow and set(long.split()) <= set(narrow.split())  # wrapped, every word whole


def test_score_json_matches_spec(worked: Path) -> None:
    data = json.loads(run("score", str(worked), "--format", "json").stdout)
    assert list(data) == ["title", "method", "scenario", "criteria", "ranking", "shortlist"]
    assert data["criteria"][0] == {"id": "quality", "name": "Quality", "weight": 0.5}
    assert list(data["ranking"][0]) == ["rank", "id", "name", "score", "eligible", "shortlisted", "failed_gates",
                                        "conditional_gates", "values", "contributions"]
    assert data["ranking"][0]["score"] == 80.0 and data["shortlist"] == ["b"]


def test_score_markdown_and_csv(worked: Path) -> None:
    markdown = run("score", str(worked), "--format", "markdown").stdout
    assert "|      1 | B        |    80.0 |" in markdown
    assert "|      1 | b        |    80.0 |" in run("score", str(worked), "--format", "markdown", "--ids").stdout
    csv = run("score", str(worked), "--format", "csv", "--scenario", "cheap").stdout.splitlines()
    assert csv[0].startswith("rank,id,name,score,eligible,shortlisted,failed_gates,conditional_gates,value:quality")
    assert csv[1].startswith("1,b,B,85.71428571428")


def test_scenario_and_weight_override(worked: Path) -> None:
    out = run("score", str(worked), "--scenario", "cheap", "--weight", "quality=210").stdout
    assert "scenario: cheap\nweights overridden: quality=210\n" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--weight", "qualty=3"], "Invalid value for '--weight': no criterion 'qualty' (criteria: quality, cost, months)"),
        (["--weight", "quality"], "Invalid value for '--weight': 'quality' is not ID=W with W a finite number >= 0 (at most 1e15)"),
        (["--weight", "quality=-1"], "Invalid value for '--weight': 'quality=-1' is not ID=W with W a finite number >= 0 (at most 1e15)"),
        (["--weight", "quality=nan"], "Invalid value for '--weight': 'quality=nan' is not ID=W with W a finite number >= 0 (at most 1e15)"),
        (["--weight", "quality=1e308"], "Invalid value for '--weight': 'quality=1e308' is not ID=W with W a finite number >= 0 (at most 1e15)"),
        (["--scenario", "dear"], "Invalid value for '--scenario': no scenario 'dear' (scenarios: cheap)"),
        (["--format", "xml"], "Invalid value for '--format': 'xml' is not one of 'table', 'markdown', 'csv', 'json'."),
    ],
)
def test_usage_errors_exit_2(worked: Path, args: list[str], message: str) -> None:
    result = run("score", str(worked), *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


def test_invalid_appraisal_exits_1_with_every_problem(worked: Path) -> None:
    (worked / "options/a.yaml").write_text("id: a\nname: A\ngates: {legal: pass}\nscores: {quality: 11, cost: x}\n")
    (worked / "options/b.yaml").write_text("id: b\nname: B\nname: B2\n")
    problems = (
        f"{worked}/options/a.yaml:4:29: error: scores.cost must be a number, not 'x' [E112]\n"
        f"{worked}/options/b.yaml:1:1: error: missing required key 'scores' [E111]\n"
        f"{worked}/options/b.yaml:3:1: error: duplicate key 'name' (first at line 2) [E101]\n"
    )
    result = run("score", str(worked))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == problems + "adm-appraise: 3 errors; nothing was done\n"
    result = run("validate", str(worked))  # validate's report is its output: stdout
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == problems + "3 errors, 0 warnings in 4 files\n"


def test_validate_valid(worked: Path) -> None:
    result = run("validate", str(worked))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "0 errors, 14 warnings in 4 files"  # W208, W205, W212, 9 x W203, 2 x W204
    assert run("validate", "--strict", str(worked)).exit_code == 1


def test_missing_directory_exits_1(tmp_path: Path) -> None:
    result = run("score", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"{tmp_path}/nowhere/criteria.yaml: error: file not found [E001]"


def test_bundled_example_without_criteria_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("score", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr.startswith("adm-appraise: no criteria.yaml here or in any parent; appraising the bundled example (")
    assert json.loads(result.stdout)["shortlist"] == ["wholly_owned_company", "strategic_partnership"]


def test_criteria_and_options_flags(worked: Path, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere"
    (worked / "options").rename(moved)
    result = run("score", "--criteria", str(worked / "criteria.yaml"), "--options", str(moved), "--format", "csv")
    assert result.exit_code == 0 and result.stdout.count("\n") == 4


@pytest.mark.parametrize("args", [["--help"], ["validate", str(ROOT)], ["score", "--help"], ["init", "--help"],
                                  ["longlist", str(ROOT)], ["benefits", str(ROOT / "examples/all-features")],
                                  ["equality", str(ROOT / "examples/all-features")],
                                  ["validate", str(ROOT / "examples/panel-leisure")], ["panel", "--help"],
                                  ["validate", str(ROOT / "examples/ordinal")], ["weights", "--help"],
                                  ["validate", str(ROOT / "examples/value-functions")], ["serve", "--help"]])
def test_light_commands_do_not_import_pandas(args: list[str], tmp_path: Path) -> None:
    # nor pydantic: valid files (criteria, options, the long list, panel files, a weighting record)
    # pass the generated validators, and the models are imported only to report a problem
    code = ("import sys; from adm_appraise.cli import main\n"
            f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'numpy', 'jinja2', 'scipy', 'pydantic') if m in sys.modules))")
    # a cache of its own, empty: a MACBETH scale solved by an earlier test of the run is not there to recall
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    # all-features weighs a group by MACBETH, value-functions has a MACBETH value function: each scale is a
    # linear programme (numpy and highspy) on a cold cache, the rest stays out
    macbeth = "all-features" in args[-1] or "value-functions" in args[-1]
    assert out.splitlines()[-1] == ("['numpy']" if macbeth else "[]")


def test_help_does_not_import_pydantic() -> None:
    code = ("import sys; from adm_appraise.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "False"


def test_python_dash_m() -> None:
    out = subprocess.run([sys.executable, "-m", "adm_appraise", "--version"], capture_output=True, text=True,
                         check=True).stdout
    assert out == f"adm-appraise, version {__version__}\n"


def test_malformed_source_date_epoch_is_a_clean_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    result = run("report", str(ROOT))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "SOURCE_DATE_EPOCH: error: SOURCE_DATE_EPOCH must be a whole number of seconds, not 'yesterday' [E303]")
    # sensitivity writes no date, so it does not read the variable at all
    assert run("sensitivity", str(ROOT), "--samples", "20").exit_code == 0


# --- finding the appraisal -----------------------------------------------------------------


def test_run_from_inside_options_appraises_that_appraisal(worked: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # from options/ (and deeper), the appraisal above is found, as git finds .git
    deeper = worked / "options" / "notes" / "old"
    deeper.mkdir(parents=True)
    for folder in (worked / "options", deeper):
        monkeypatch.chdir(folder)
        result = run("score", "--format", "json")
        assert result.exit_code == 0
        assert json.loads(result.stdout)["title"] == "Worked example"
        assert "bundled" not in result.stderr
    monkeypatch.chdir(worked / "options")
    result = run("validate")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "../options/notes: warning: notes is ignored: a folder; only options/*.yaml files are options [W210]" in lines
    assert lines[-1].startswith("0 errors, ") and lines[-1].endswith(" in 4 files")  # 3 options + criteria


def test_validate_never_falls_back_to_the_bundled_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout == (
        "criteria.yaml: error: no criteria.yaml in this folder or any parent; pass the appraisal folder [E001]\n"
        "1 error, 0 warnings in 0 files\n"
    )
    assert result.stderr == ""
    data = json.loads(run("validate", "--format", "json").stdout)
    assert (data["valid"], data["problems"][0]["code"]) == (False, "E001")


def test_other_files_in_options_are_warned_about(worked: Path) -> None:
    options = worked / "options"
    (options / "b.yaml").rename(options / "b.YAML")  # any case of .yaml is an option file
    (options / "c.yaml").rename(options / "c.Yml")
    for name in ("latc.yaml.txt", "notes.md", "scores.xlsx", ".hidden.yaml", "a.yaml~", ".#a.yaml", "a.yaml.swp"):
        (options / name).write_text("x")
    (options / "archive").mkdir()
    result = run("validate", str(worked))
    assert result.exit_code == 0
    ignored = [line for line in result.stdout.splitlines() if "[W210]" in line]
    assert ignored == [
        f"{options}/archive: warning: archive is ignored: a folder; only options/*.yaml files are options [W210]",
        f"{options}/latc.yaml.txt: warning: latc.yaml.txt is ignored: not a .yaml or .yml file; "
        "only options/*.yaml files are options [W210]",
        f"{options}/notes.md: warning: notes.md is ignored: not a .yaml or .yml file; only options/*.yaml files are options [W210]",
        f"{options}/scores.xlsx: warning: scores.xlsx is ignored: not a .yaml or .yml file; "
        "only options/*.yaml files are options [W210]",
    ]
    score = run("score", str(worked), "--format", "json")
    assert sorted(r["id"] for r in json.loads(score.stdout)["ranking"]) == ["a", "b", "c"]
    assert score.stderr.count("[W210]") == 4  # score says so too, on stderr


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["-o", "report.rtf"], 2, "Error: Invalid value for '-o' / '--output': cannot write a report as '.rtf' "
                                  "(suffixes: .md, .markdown, .txt, .html, .htm, .pdf, .docx); "
                                  "give --format (markdown, html, pdf or docx)"),
        (["--format", "markdown", "-o", "report.rtf"], 0, "adm-appraise: wrote report.rtf (markdown)"),
        (["-o", "report.rtf", "--format", "html"], 0, "adm-appraise: wrote report.rtf (html)"),
        (["-o", "REPORT.HTML"], 0, "adm-appraise: wrote REPORT.HTML (html)"),
        (["-o", "report"], 0, "adm-appraise: wrote report (markdown)"),
    ],
)
def test_report_output_suffix(args: list[str], exit_code: int, message: str, worked: Path, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("report", str(worked), "--samples", "10", *args)
    assert result.exit_code == exit_code
    assert result.stderr.splitlines()[-1] == message
    assert (tmp_path / "report.pdf").exists() == (exit_code == 0 and "report.pdf" in args)


# --- the stage bar of export, import and report ------------------------------------------

STAGED = {  # command -> (arguments after the command, the stages its bar names, in order)
    "export": (["--samples", "500", "-o", "{out}/a.xlsx"], ["scoring", "sampling", "building the workbook", "writing"]),
    "import": (["{examples}/import/scores.csv", "{out}/imported"], ["reading the spreadsheet", "reading the table"]),
    "report": (["--samples", "500", "-o", "{out}/r.html"], ["scoring", "sampling", "rendering"]),
}


def staged_args(command: str, out: Path) -> list[str]:
    extra, _ = STAGED[command]
    where = [] if command == "import" else [str(ROOT)]
    return [command, *where, *(a.format(out=out, examples=ROOT / "examples") for a in extra)]


def run_at_terminal(args: list[str]) -> str:
    """What the command writes to stderr when stderr is a terminal (a pseudo-terminal here)."""
    import os
    import pty

    primary, secondary = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "adm_appraise", *args], stderr=secondary,
                          stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, timeout=300, check=False)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the terminal's other end is closed and everything is read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    assert done.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("command", sorted(STAGED))
def test_a_long_command_shows_its_stages_at_a_terminal(command: str, tmp_path: Path) -> None:
    # export, import and report ran silently for 10-40 s on large appraisals: at a terminal a
    # bar now names each stage as it starts, and ends full before the command's last line
    shown = run_at_terminal(staged_args(command, tmp_path))
    _, stages = STAGED[command]
    places = [shown.find(f"{i}/{len(stages)}  {stage}") for i, stage in enumerate(stages)]
    assert -1 not in places and places == sorted(places), shown
    assert f"{len(stages)}/{len(stages)}  done" in shown


@pytest.mark.parametrize("command", sorted(STAGED))
def test_no_stage_bar_when_stderr_is_not_a_terminal(command: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, staged_args(command, tmp_path))
    assert result.exit_code == 0, result.output
    # stderr holds at most the line saying what was written: no bar, no stage
    assert all(line.startswith("adm-appraise: wrote ") for line in result.stderr.splitlines()), result.stderr
    assert not any(stage in result.stderr for stage in STAGED[command][1])
@pytest.mark.parametrize("blank", ["", " "])
def test_an_empty_source_date_epoch_is_unset(blank: str, tmp_path: Path) -> None:
    # a fresh interpreter, so that every library the report imports meets the variable as set
    env = {**os.environ, "SOURCE_DATE_EPOCH": blank}
    out = subprocess.run([sys.executable, "-m", "adm_appraise", "report", str(ROOT), "--samples", "20", "-o",
                          str(tmp_path / "r.md")], capture_output=True, text=True, env=env, check=False)
    assert (out.returncode, out.stderr) == (0, f"adm-appraise: wrote {tmp_path / 'r.md'} (markdown)\n")
    assert "(from SOURCE_DATE_EPOCH)" not in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_an_empty_source_date_epoch_passes_through_the_pdf_report(tmp_path: Path) -> None:
    # the variable is no longer removed at start-up (numpy's f2py, which scipy imported, was what
    # failed on it); fontTools, which WeasyPrint subsets the fonts with, reads it too but does not
    # restamp the fonts here
    pytest.importorskip("weasyprint")
    env = {**os.environ, "SOURCE_DATE_EPOCH": ""}
    out = subprocess.run([sys.executable, "-m", "adm_appraise", "report", str(ROOT), "--samples", "20", "--format",
                          "pdf", "-o", str(tmp_path / "r.pdf")], capture_output=True, text=True, env=env, check=False)
    assert (out.returncode, out.stderr) == (0, f"adm-appraise: wrote {tmp_path / 'r.pdf'} (pdf)\n")


def test_the_appraisal_is_frozen_for_the_collector_while_the_command_runs(worked: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A command's appraisal is moved out of the collector's sight while the command works, and back after
    it, whether it ends well or not (the tests run many commands in one process)."""
    import gc
    import importlib

    score_module = importlib.import_module("adm_appraise.cli.score")  # the package's 'score' is the command
    seen: list[int] = []
    real = score_module.score_appraisal

    def watched(*args: object, **kwargs: object):
        seen.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(score_module, "score_appraisal", watched)
    before = gc.get_freeze_count()
    assert run("score", str(worked)).exit_code == 0
    assert seen and seen[0] > before  # the loaded appraisal among the frozen objects
    assert gc.get_freeze_count() == 0  # all collectable again
    monkeypatch.setattr(score_module, "score_appraisal", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run("score", str(worked))
    assert gc.get_freeze_count() == 0
