"""Every problem code's page: an entry for each code, and each example run for real.

Each example is built in a temporary folder (its base appraisal, the commands it runs first, its change),
then its command is run; the code must be reported, and the output the page shows
(adm_appraise/problem_examples.json) must be what the command prints today (--update-golden rewrites it).
"""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from adm_appraise.problem_docs import BASES, DOCS, NO_EXAMPLE, change_folder, example_files, write_files
from adm_appraise.problems import CODES
from tests.conftest import ROOT

GOLDEN = ROOT / "adm_appraise" / "problem_examples.json"
EXAMPLES = sorted(code for code in DOCS if DOCS[code].example is not None)


def test_every_code_has_its_page_and_every_page_a_code() -> None:
    assert sorted(set(CODES) - set(DOCS)) == [], "a problem code without its page in problem_docs.py"
    assert sorted(set(DOCS) - set(CODES)) == [], "a page in problem_docs.py for no problem code"
    assert {code for code, doc in DOCS.items() if doc.example is None} == NO_EXAMPLE


def test_pages_are_filled_in() -> None:
    for code, doc in DOCS.items():
        assert doc.explanation.strip() and doc.fix.strip(), code
        assert doc.explanation.endswith(".") and doc.fix.endswith("."), code
        if doc.accept is not None:
            assert code.startswith("W") and all(f"{{code: {code}," in e for e in doc.accept.splitlines()), code


def run_example(code: str, folder: Path) -> tuple[int, list[str]]:
    """Build ``code``'s example in ``folder`` and run its command there: the exit code and output lines."""
    example = DOCS[code].example
    assert example is not None
    folder.mkdir()
    write_files(folder, BASES[example.base])
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)  # paths in the output are relative, as a user in the folder sees them
        for command in example.before:
            result = CliRunner().invoke(main, shlex.split(command), prog_name="adm-appraise")
            assert result.exit_code == 0, result.output
        change_folder(folder, example.changes)
        result = CliRunner().invoke(main, shlex.split(example.command), prog_name="adm-appraise",
                                    env=dict(example.env))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    output = result.output.replace(f"{folder}{os.sep}", "").replace(str(folder), ".")
    return result.exit_code, output.splitlines()


def test_examples_without_a_command_run_before_are_their_files(tmp_path: Path) -> None:
    # example_files (the API the docs site may use to offer an example's files) gives what the test writes
    for code in EXAMPLES:
        example = DOCS[code].example
        if example is not None and not example.before:
            files = example_files(code)
            assert "criteria.yaml" in files or example.base == "import" or code == "E001", code


@pytest.fixture(scope="module")
def recorded() -> dict[str, dict[str, object]]:
    return json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}


@pytest.mark.parametrize("code", EXAMPLES)
def test_each_example_reports_its_code_as_the_page_shows(code: str, tmp_path: Path, recorded: dict[str, dict[str, object]],
                                                         update_golden: bool) -> None:
    exit_code, lines = run_example(code, tmp_path / "appraisal")
    assert any(line.endswith(f"[{code}]") or f"[{code}];" in line for line in lines), "\n".join(lines)
    # an error fails the command; a warning or note does not (but W-codes that stop an import)
    assert exit_code == (1 if code.startswith("E") else 0), "\n".join(lines)
    example = DOCS[code].example
    assert example is not None
    got = {"command": example.command, "exit": exit_code, "output": lines}
    if update_golden:
        current = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
        current[code] = got
        GOLDEN.write_text(json.dumps(dict(sorted(current.items())), indent=1, ensure_ascii=False) + "\n",
                          encoding="utf-8")
    assert recorded.get(code) == got, "problem_examples.json is stale: run pytest --update-golden"


def test_the_golden_file_holds_only_current_examples(recorded: dict[str, dict[str, object]]) -> None:
    assert sorted(recorded) == EXAMPLES


@pytest.mark.parametrize("code", [c for c in EXAMPLES if DOCS[c].accept])
def test_a_warning_accepted_as_its_page_says_is_accepted(code: str, tmp_path: Path) -> None:
    doc = DOCS[code]
    assert doc.example is not None and doc.accept is not None
    folder = tmp_path / "appraisal"
    folder.mkdir()
    write_files(folder, BASES[doc.example.base])
    change_folder(folder, doc.example.changes)
    criteria = folder / "criteria.yaml"
    criteria.write_text(criteria.read_text(encoding="utf-8") + "accepted:\n"
                        + "".join(f"  - {entry}\n" for entry in doc.accept.splitlines()), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = CliRunner().invoke(main, ["validate", "--strict", "--notes"], prog_name="adm-appraise")
    lines = [line for line in result.output.splitlines() if f"[{code}]" in line]
    assert lines, result.output
    assert all("(accepted)" in line for line in lines), result.output
    assert "[W213]" not in result.output
