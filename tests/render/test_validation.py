"""validate's output is safe in a terminal and a CI log, and GitHub finds the files it names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT, make_appraisal

CRITERIA = """
appraisal: {title: T, scale: {min: 0, max: 5}, baseline: a}
criteria: [{id: c, name: C, weight: 1}]
"""


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


def test_no_text_from_a_file_reaches_the_log_raw(tmp_path: Path) -> None:
    # a score key holding a newline and a workflow command, a bidi override in an id-like key
    option = 'id: a\nname: A\nscores:\n  c: 3\n  "x\\n::stop-commands::tok": 1\n  "\\u202eevil\\x1b[2J": 2\n'
    folder = make_appraisal(tmp_path, CRITERIA, a=option)
    for fmt in ("text", "github"):
        result = run("validate", "--format", fmt, str(folder))
        assert result.exit_code == 1
        lines = result.stdout.splitlines()
        assert len(lines) == 3  # two problems and the summary: one problem, one line
        assert not any(line.startswith("::stop-commands") for line in lines)
        assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    text = run("validate", str(folder)).stdout.splitlines()
    assert text[0] == (f"{folder}/options/a.yaml:5:30: error: option 'a' scores unknown criterion "
                       "'x\\n::stop-commands::tok'; expected one of: c [E205]")
    assert text[1] == (f"{folder}/options/a.yaml:6:24: error: option 'a' scores unknown criterion "
                       "'\\u202eevil\\x1b[2J'; expected one of: c [E205]")


def test_score_and_sensitivity_tables_escape_controls(tmp_path: Path) -> None:
    criteria = CRITERIA.replace("title: T", 'title: "T\\u202e\\nnext"').replace("baseline: a", "baseline: b")
    options = {o: f"id: {o}\nname: {o}\nscores: {{c: {s}}}\n" for o, s in (("a", 3), ("b", 4))}
    folder = make_appraisal(tmp_path, criteria, **options)
    for command in ("score", "sensitivity"):
        result = run(command, str(folder), *(["--samples", "10"] if command == "sensitivity" else []))
        assert result.exit_code == 0
        assert result.stdout.splitlines()[0] == "T\\u202e\\nnext"


def test_github_paths_are_relative_to_the_workspace(bundled: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # whatever the current folder
    env = {"GITHUB_WORKSPACE": str(bundled.parent), "GITHUB_STEP_SUMMARY": ""}
    relative = os.path.relpath(bundled, elsewhere)
    first = run("validate", "--format", "github", relative, env=env).stdout.splitlines()[0]
    assert first.startswith("::warning file=appraisal/options/charitable_company.yaml,line=")
    env["GITHUB_WORKSPACE"] = ""  # unset: absolute paths
    first = run("validate", "--format", "github", relative, env=env).stdout.splitlines()[0]
    assert first.startswith(f"::warning file={bundled}/options/charitable_company.yaml,line=")


def test_step_summary_lists_what_the_annotations_leave_out(bundled: Path, tmp_path: Path) -> None:
    # the bundled example has 13 warnings (README): GitHub annotates 10, the summary lists the other 3
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    env = {"GITHUB_WORKSPACE": str(bundled), "GITHUB_STEP_SUMMARY": str(summary)}
    result = run("validate", "--format", "github", str(bundled), env=env)
    assert result.exit_code == 0
    warnings = [line for line in result.stdout.splitlines() if line.startswith("::warning")]
    assert len(warnings) == 13
    text = summary.read_text()
    assert text.startswith("earlier step\n### adm-appraise validate\n\n✅ 0 errors, 13 warnings in 12 files\n\n"
                           "GitHub annotates the first 10 errors and 10 warnings; the other 3:\n\n"
                           "| where | severity | code | message |\n|---|---|---|---|\n")
    rows = [line for line in text.splitlines() if line.startswith("| options/")]
    assert rows == [
        "| options/outsource\\_all.yaml:2:5 | warning | W207 below-baseline | outsource\\_all scores 15.0, below the "
        "baseline business\\_as\\_usual (50.0): the case for change must beat it |",
        "| options/staff\\_mutual.yaml:2:5 | warning | W206 dominated-option | staff\\_mutual is dominated by "
        "wholly\\_owned\\_company: no better on any criterion, worse on at least one |",
        "| options/staff\\_mutual.yaml:2:5 | warning | W207 below-baseline | staff\\_mutual scores 35.0, below the "
        "baseline business\\_as\\_usual (50.0): the case for change must beat it |",
    ]
    assert run("validate", "--format", "text", str(bundled), env=env).exit_code == 0
    assert summary.read_text() == text  # only --format github writes it


def test_step_summary_of_a_clean_run_is_counts_only(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    run("validate", "--format", "github", str(ROOT / "criteria.yaml"), env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert summary.read_text().splitlines()[:3] == ["### adm-appraise validate", "", "✅ 0 errors, 13 warnings in 12 files"]
