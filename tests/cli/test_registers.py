"""adm-appraise benefits and adm-appraise equality: the registers shown, to the terminal's width."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT, write
from tests.files.test_benefits import BENEFITS
from tests.files.test_equality import EQUALITY
from tests.files.test_longlist import example

EXAMPLE = ROOT / "examples" / "all-features"


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    example(tmp_path)
    write(tmp_path, "benefits.yaml", BENEFITS.replace("A lower cost", "A lower | *cost*"))
    write(tmp_path, "equality.yaml", EQUALITY)
    return tmp_path


def test_the_benefits_table(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # one line a sentence
    text = run("benefits", str(folder))
    # 2 benefits, one cash-releasing, valued 1,000,000 in all: £1m
    assert "2 benefits, 1 cash-releasing; valued at £1m in all, £1m of it cash-releasing." in text
    assert "12,500,000" in text and "11,500,000" in text  # numbers with thousands separators
    assert "  O1 improve: Leave 'inadequate' at the next inspection (rating)" in text
    # pref is marked preferred; 'rating' names it, 'saving' names no options (every option)
    assert "The preferred option, Own company (marked the preferred way forward), has 2 benefits: rating, saving." \
        in text


def test_without_a_role_the_leader_is_preferred(tmp_path: Path) -> None:
    example(tmp_path)
    write(tmp_path, "benefits.yaml", BENEFITS)
    path = tmp_path / "options/pref.yaml"
    path.write_text(path.read_text().replace("role: preferred\n", ""))
    data = json.loads(run("benefits", str(tmp_path), "--format", "json"))
    assert data["preferred"] == {"id": "pref", "name": "Own company", "basis": "the highest-scoring eligible option",
                                 "benefits": ["rating", "saving"]}


@pytest.mark.parametrize("command", ["benefits", "equality"])
@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_tables_fit_the_terminal(command: str, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    text = run(command, str(EXAMPLE))
    # a word longer than a narrow column is broken, never the line longer than the width
    assert max(len(line) for line in text.splitlines()) <= width


def test_markdown_escapes_and_json_keeps_text(folder: Path) -> None:
    markdown = run("benefits", str(folder), "--format", "markdown")
    assert "| A lower \\| \\*cost\\* of the service |" in markdown
    data = json.loads(run("benefits", str(folder), "--format", "json"))
    assert data["benefits"][1]["title"] == "A lower | *cost* of the service"
    equality = run("equality", str(folder), "--format", "markdown")
    assert "| Own company \\*       | − negative     | = neutral      |" in equality  # padded by the table
    assert "| Outsource            | – not assessed | – not assessed |" in equality


def test_the_equality_matrix_in_words(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    text = run("equality", str(folder))
    # 5 options x 9; out (sifted out) unassessed: 9 not assessed; pref age negative, alt age positive,
    # bau age unknown, the other 3 x 8 + dm's age neutral = 33 neutral
    assert ("5 options against the nine protected characteristics of the Equality Act 2010 (s.4): 1 positive, "
            "33 neutral, 1 negative, 1 unknown, 9 not assessed. * shortlisted.") in text
    assert "Own company, age (negative): evidence: Fewer youth clubs; mitigation: Keep two clubs in the contract" in text
    assert "Q1 (lowest income)" in text and "Q5 (highest income)" in text


@pytest.mark.parametrize("command", ["benefits", "equality"])
def test_no_register_is_an_error(tmp_path: Path, command: str) -> None:
    example(tmp_path)
    result = CliRunner().invoke(main, [command, str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path}/{command}.yaml: error: no " in result.output and "[E765]" in result.output
    assert "Traceback" not in result.output
