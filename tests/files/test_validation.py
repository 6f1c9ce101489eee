"""validate for CI: output formats, GitHub escaping, exit codes, codes list, the pre-commit hook."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from adm_appraise.cli import main
from adm_appraise.files.validation import Validation
from adm_appraise.problems import CODES, Location, Problem
from adm_appraise.render.validation import render
from tests.conftest import ROOT, make_appraisal


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def broken(bundled: Path) -> Path:
    """The bundled appraisal with one error and one extra warning."""
    path = bundled / "options/staff_mutual.yaml"
    path.write_text(path.read_text().replace("score: 2", "score: 7", 1), encoding="utf-8")
    return bundled


def test_text_format_is_sorted_with_a_summary(bundled: Path) -> None:
    result = run("validate", str(broken(bundled)))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "1 error, 0 warnings in 13 files"  # lints run only on a valid appraisal
    assert re.fullmatch(rf"{bundled}/options/staff_mutual\.yaml:\d+:\d+: error: staff_mutual: tax_vat score 7 "
                        r"is off the scale 0-5 \[E203\]", lines[0])


def test_json_format(bundled: Path) -> None:
    data = json.loads(run("validate", "--format", "json", str(bundled)).stdout)
    assert list(data) == ["valid", "errors", "warnings", "notes", "problems"]
    assert (data["valid"], data["errors"], data["warnings"]) == (True, 0, 14)  # W703: no do-minimum marked
    assert list(data["problems"][0]) == ["path", "line", "column", "severity", "code", "message"]
    data = json.loads(run("validate", "--format", "json", str(broken(bundled))).stdout)
    assert (data["valid"], data["errors"]) == (False, 1)
    assert data["problems"][0]["code"] == "E203" and data["problems"][0]["severity"] == "error"


def test_exit_codes_and_strict(bundled: Path) -> None:
    assert run("validate", str(bundled)).exit_code == 0  # warnings allowed
    assert run("validate", "--strict", str(bundled)).exit_code == 1
    assert run("validate", str(broken(bundled))).exit_code == 1
    assert run("validate", "--format", "xml").exit_code == 2


def test_github_escaping() -> None:
    # one problem, one line: GitHub's own escapes (the runner undoes them after reading the command),
    # so a file name with a line break still names its file; other controls are shown escaped
    awkward = Problem(Location("/w/dir,with:odd%/a\nb\r.yaml", 3, 7), "E113",
                      "100% bad: a,b\r\n::stop-commands::tok\x1b")
    warning = Problem(Location("/w/x.yaml"), "W208", "no line", severity="warning")
    text = render(Validation((awkward, warning), 2), "github", workspace="/w")
    assert text.splitlines() == [
        "::error file=dir%2Cwith%3Aodd%25/a%0Ab%0D.yaml,line=3,col=7,title=E113 invalid-value::"
        "100%25 bad: a,b%0D%0A::stop-commands::tok\\x1b",
        "::warning file=x.yaml,title=W208 no-baseline::no line",
        "1 error, 1 warning in 2 files",
    ]


def test_list_codes_covers_every_code_and_the_readme_documents_them() -> None:
    result = run("validate", "--list-codes")
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == list(CODES)


def test_paths_may_be_files_inside_appraisals(bundled: Path) -> None:
    result = run("validate", str(bundled / "criteria.yaml"), str(bundled / "options/staff_mutual.yaml"))
    assert result.stdout.splitlines()[-1] == "0 errors, 14 warnings in 13 files"  # one appraisal, once


def test_pre_commit_hook_as_pre_commit_calls_it(bundled: Path, tmp_path: Path, monkeypatch) -> None:
    """pre-commit runs `entry` from the repo root when a staged file matches `files` (passing no names)."""
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "adm-appraise-validate" and hook["language"] == "python"
    assert hook["pass_filenames"] is False
    repo = bundled.parent
    staged = ["appraisal/criteria.yaml", "appraisal/options/staff_mutual.yaml", "README.md", "appraisal/notes.txt",
              "other/options.yaml", "appraisal/longlist.yaml"]
    matching = [f for f in staged if re.search(hook["files"], f)]
    assert matching == ["appraisal/criteria.yaml", "appraisal/options/staff_mutual.yaml", "appraisal/longlist.yaml"]
    argv = shlex.split(hook["entry"])
    assert argv[:2] == ["adm-appraise", "validate"]
    monkeypatch.chdir(repo)
    assert run(*argv[1:]).exit_code == 0
    broken(bundled)
    result = run(*argv[1:])
    assert result.exit_code == 1
    assert result.stdout.startswith("appraisal/options/staff_mutual.yaml:")


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_formats_on_the_bundled_example(fmt: str) -> None:
    result = run("validate", "--format", fmt, str(ROOT))
    assert result.exit_code == 0
    if fmt == "github":
        assert all(line.startswith("::warning file=") for line in result.stdout.splitlines()[:-1])


def test_notes_are_shown_only_when_asked_and_never_fail(bundled: Path) -> None:
    plain = run("validate", str(bundled))
    assert "W505" not in plain.stdout
    result = run("validate", "--notes", "--strict", str(bundled))
    assert result.exit_code == 1  # the bundled example's warnings fail under --strict; the note is not counted
    assert f"{bundled}/criteria.yaml:2:1: note: the weights are stated with no 'weighting:' record of how they " \
           "were set (method, participants, date) [W505]" in result.stdout.splitlines()
    assert result.stdout.splitlines()[-1] == "0 errors, 14 warnings, 1 note in 13 files"  # with longlist.yaml; W703
    github = run("validate", "--notes", "--format", "github", str(bundled)).stdout
    assert "::notice file=" in github and "title=W505 no-weighting-record::" in github


def test_a_note_alone_leaves_the_appraisal_valid() -> None:
    note = Problem(Location("criteria.yaml", 1, 1), "W505", "no record", severity="note")
    v = Validation((note,), 1)
    assert (v.valid, v.errors, v.warnings, v.notes) == (True, 0, 0, 1)
    assert render(v, "text") == "criteria.yaml:1:1: note: no record [W505]\n0 errors, 0 warnings, 1 note in 1 file\n"


def test_validate_all_checks_every_appraisal_below_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    criteria = "appraisal: {title: T, scale: {min: 0, max: 5}}\ncriteria: [{id: c, name: C, weight: 1}]\n"
    for folder, score in (("a", 1), ("b/deep", 9), (".hidden", 9)):
        make_appraisal(tmp_path / folder, criteria, o=f"id: o\nname: O\nscores: {{c: {score}}}\n")
    (tmp_path / "a/options/criteria.yaml").write_text("id: p\nname: P\nscores: {c: 8}\n")  # an option, not an appraisal
    monkeypatch.chdir(tmp_path)
    result = run("validate", "--all")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "a/options/criteria.yaml:3:13: error: p: c score 8 is off the scale 0-5 [E203]",
        "b/deep/options/o.yaml:3:13: error: o: c score 9 is off the scale 0-5 [E203]",
        "2 errors, 0 warnings in 5 files",  # a: criteria.yaml and two options; b/deep: two files; .hidden: none
    ]
    assert run("validate", "--all", "b").stdout.splitlines()[-1] == "1 error, 0 warnings in 2 files"
