"""adm-appraise risks, and the register in value and sensitivity: output, widths and failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT
from tests.files.test_risks import folder

EXAMPLE = ROOT / "examples" / "all-features"


def test_no_register_is_an_error_naming_where_it_would_be() -> None:
    result = CliRunner().invoke(main, ["risks", str(ROOT)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{ROOT}/risks.yaml: error: no risk register here") and "[E775]" in result.stderr


def test_an_unknown_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["risks", str(EXAMPLE), "--option", "leisure_trst"])
    assert result.exit_code == 2 and "did you mean 'leisure_trust'?" in result.output


def test_the_table_fits_the_width_and_names_things() -> None:
    for width in (60, 100, 160):
        result = CliRunner().invoke(main, ["risks", str(EXAMPLE)], env={"COLUMNS": str(width)})
        assert result.exit_code == 0, result.output
        assert max(len(line) for line in result.stdout.splitlines()) <= width
        assert "Tribunal" in result.stdout and "tupe_claims" not in result.stdout.split("By option")[0]  # titles
    ids = CliRunner().invoke(main, ["risks", str(EXAMPLE), "--ids"]).stdout
    assert "tupe_claims" in ids.split("By option")[0]


def test_markdown_escapes_text_from_the_file(tmp_path: Path) -> None:
    risks = ("risks:\n  - {id: a, title: 'Pipe | and *star*', options: all, probability: 0.2, owner: x,"
             " criteria: {quality: -1}}\n")
    out = CliRunner().invoke(main, ["risks", str(folder(tmp_path, risks)), "--format", "markdown"]).stdout
    assert "Pipe \\| and \\*star\\*" in out


def test_value_shows_a_risk_column_only_with_a_register(tmp_path: Path) -> None:
    plain = CliRunner().invoke(main, ["value", str(ROOT / "examples/adm-value-for-money")]).stdout
    assert "Risk" not in plain.split("Present values")[1].split("\n\n")[1].splitlines()[0]
    with_register = CliRunner().invoke(main, ["value", str(folder(tmp_path))]).stdout
    header = with_register.split("Present values")[1].split("\n\n")[1].splitlines()[0]
    assert "Risk" in header
    data = json.loads(CliRunner().invoke(main, ["value", str(folder(tmp_path)), "--format", "json"]).stdout)
    company = next(o for o in data["options"] if o["id"] == "company")
    # tupe: after mitigation p 0.1 of 0.5 in 2021 (t = 1): 0.05 / 1.035
    assert abs(company["risk"] - 0.05 / 1.035) < 1e-12
    assert company["risks"] == [{"id": "tupe", "probability": 0.1, "pv": 0.5 / 1.035, "expected": 0.05 / 1.035}]


def test_sensitivity_draws_the_risks(tmp_path: Path) -> None:
    data = json.loads(CliRunner().invoke(main, ["sensitivity", str(folder(tmp_path)), "--samples", "200",
                                                "--format", "json"]).stdout)
    assert data["value_for_money"]["risks_drawn"] == 1
    plain = json.loads(CliRunner().invoke(main, ["sensitivity", str(ROOT / "examples/adm-value-for-money"),
                                                 "--samples", "200", "--format", "json"]).stdout)
    assert "risks_drawn" not in plain["value_for_money"]


def test_risks_does_not_import_pandas() -> None:
    code = ("import sys; from adm_appraise.cli import main\n"
            f"try:\n    main(['risks', {str(EXAMPLE)!r}])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'scipy', 'jinja2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_the_workbook_carries_the_risk_line_as_a_formula_that_recalculates(tmp_path: Path) -> None:
    import openpyxl

    from tests.spreadsheet import recalculate

    book = tmp_path / "case.xlsx"
    result = CliRunner().invoke(main, ["export", str(folder(tmp_path / "a")), "-o", str(book)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(book)["Economic case"]
    header = [c.value for c in sheet[4]]
    assert header[6:9] == ["Optimism bias (£m)", "Risk (£m)", "PVC (£m)"]
    copy = recalculate([book], tmp_path)[book]
    values = openpyxl.load_workbook(copy, data_only=True)["Economic case"]
    rows = [[c.value for c in row] for row in values.iter_rows()]
    risk = next(r for r in rows if r[1] == "company" and r[2] == "risk (expected value)")
    # tupe after mitigation: p 0.1 of 0.5 in 2021 -> 0.05 in 2021, discounted at 3.5% by LibreOffice
    assert risk[3:5] == [0, 0.05]
    assert risk[3 + 5] == pytest.approx(0.05 / 1.035)  # the PV column, after the five years 2020-2024
