"""adm-appraise value: exact output on a hand-worked appraisal, JSON figures, errors, imports.

The appraisal (tests/files/test_economic_files.py): constant 10%, base year 2020, five years,
standard buildings optimism bias 24% on capital; one criterion on 0-100, so each option's
benefit score is its score.
  p (score 70): capital 60 in 2020 and 40 in 2021 -> PV 60 + 40/1.1 = 96.3636; uplift 24% = 23.1273;
     operating 1.5 a year 2021-2024 -> 1.5 x (1/1.1 + 1/1.21 + 1/1.331 + 1/1.4641) = 4.7548;
     PVC = 124.2457. Benefits 220 in 2021 -> PVB 200. NPSV 75.7543; BCR 1.6097; NPSV per £ 0.6097.
  q (score 50): capital 50 in 2020 + 24% = 62; benefits 132 in 2021 -> 120. NPSV 58; BCR 1.9355.
  bau (score 20, the baseline): nothing, so PVC 0.
Frontier, cheapest first: bau, q, p. Steps: bau -> q 62 / 30 = 2.067 a point; q -> p 62.2457 / 20 = 3.112.
p has the best NPSV, q is 17.7543 behind. p's capital line (PV with uplift 119.4909) must rise
17.7543 / 119.4909 = 14.86% for q to draw level, 75.7543 / 119.4909 = 63.40% for NPSV to reach 0.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT, make_appraisal
from tests.files.test_economic_files import CRITERIA, OPTIONS

TABLE = (Path(__file__).parent / "value_table.txt")


@pytest.fixture
def vfm(tmp_path: Path) -> Path:
    return make_appraisal(tmp_path / "vfm", CRITERIA, **OPTIONS)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_table(vfm: Path) -> None:
    result = run("value", str(vfm))
    assert result.exit_code == 0
    assert result.stdout == TABLE.read_text(encoding="utf-8")


def test_json_figures_match_the_hand_working(vfm: Path) -> None:
    data = json.loads(run("value", str(vfm), "--format", "json").stdout)
    by_id = {o["id"]: o for o in data["options"]}
    p, q = by_id["p"], by_id["q"]
    assert p["pv_capital"] == pytest.approx(60 + 40 / 1.1)
    assert p["optimism_bias"] == pytest.approx(0.24 * (60 + 40 / 1.1))
    assert p["pv_operating"] == pytest.approx(1.5 * sum(1.1**-t for t in range(1, 5)))
    assert p["pvc"] == pytest.approx(124.2457, abs=1e-4)
    assert (p["pvb"], p["npsv"], p["bcr"], p["npsv_per_pound"]) == pytest.approx(
        (200.0, 75.7543, 1.60971, 0.60971), abs=1e-4)
    assert (q["pvc"], q["pvb"], q["npsv"]) == pytest.approx((62.0, 120.0, 58.0))
    assert data["frontier"] == ["bau", "q", "p"]
    assert [s["cost_per_point"] for s in data["steps"]] == pytest.approx([62 / 30, 62.2457 / 20], abs=1e-5)
    assert data["preferred"] == "p" and data["runner_up"] == "q"
    capital = [s for s in data["switching_values"] if s["line"] == "capital"]
    assert [(s["target"], round(s["change"], 4)) for s in capital] == [("q", 0.1486), ("zero", 0.634)]
    assert data["assumptions"]["years"] == [2020, 2024]
    assert data["discount_factors"]["2022"] == pytest.approx(1 / 1.21)


def test_markdown_escapes_text_from_the_files(vfm: Path) -> None:
    criteria = vfm / "criteria.yaml"
    criteria.write_text(criteria.read_text().replace("Value for money", "Costs | benefits"), encoding="utf-8")
    out = run("value", str(vfm), "--format", "markdown").stdout
    assert out.startswith("## Costs \\| benefits: value for money\n")
    assert "| p              |    70.0 |" in out


def test_no_economics_block_is_an_error_not_a_traceback() -> None:
    result = CliRunner().invoke(main, ["value", str(ROOT)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{ROOT / 'criteria.yaml'}:2:1: error: no economics: block in criteria.yaml: add one (base_year, "
        "discount, unit, optimism_bias) and costs: to the option files [E609]\n"
        "adm-appraise: 1 error; nothing was done\n")


def test_value_imports_numpy_but_not_pandas(vfm: Path) -> None:
    code = ("import sys; from adm_appraise.cli import main\n"
            f"try:\n    main(['value', {str(vfm)!r}])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'scipy', 'jinja2', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "['numpy']"


def test_sensitivity_adds_the_cost_draws_only_where_there_are_costs(vfm: Path) -> None:
    # p's capital line (total 100) ranges 80 to 150: a factor f ~ triangular(0.8, 1, 1.5) on its PV.
    # p scores most, so it is always on the frontier (as is bau, which costs nothing). p keeps the best
    # NPSV while f < 1.1486 (its switching value, +14.86%): P(f > 1.1486) = (1.5 - 1.1486)^2 /
    # ((1.5 - 0.8) * (1.5 - 1)) = 0.3528, so P(p best) = 0.647.
    out = run("sensitivity", str(vfm), "--samples", "2000", "--format", "json").stdout
    draws = json.loads(out)["value_for_money"]
    assert draws["samples"] == 2000 and draws["ranged_lines"] == 1
    assert draws["on_frontier"]["p"] == 1.0 and draws["on_frontier"]["bau"] == 1.0
    assert draws["best_npsv"]["p"] == pytest.approx(0.647, abs=0.03)
    assert draws["best_npsv"]["p"] + draws["best_npsv"]["q"] == pytest.approx(1.0)
    table = run("sensitivity", str(vfm), "--samples", "2000").stdout
    assert "\nValue for money under cost ranges\n" in table
    assert "value_for_money" not in run("sensitivity", str(ROOT), "--samples", "10", "--format", "json").stdout


@pytest.mark.parametrize("extra", [[], ["--weight", "tax_vat=0", "--weight", "risk=50"]])
def test_benefit_scores_are_the_weighted_sum_that_score_prints(extra: list[str]) -> None:
    folder = str(ROOT / "examples" / "adm-value-for-money")
    value = json.loads(run("value", folder, "--format", "json", *extra).stdout)
    scored = json.loads(run("score", folder, "--format", "json", *extra).stdout)
    assert {o["id"]: o["score"] for o in value["options"]} == pytest.approx(
        {r["id"]: r["score"] for r in scored["ranking"]}, abs=1e-9)


def test_weight_errors_are_usage_errors(vfm: Path) -> None:
    result = CliRunner().invoke(main, ["value", str(vfm), "--weight", "benefits=2"])
    assert result.exit_code == 2
    assert "Error: Invalid value for '--weight': no criterion 'benefits' (criteria: benefit)" in result.stderr


def test_diff_lists_edits_to_the_economic_case(vfm: Path, tmp_path: Path) -> None:
    import shutil

    edited = tmp_path / "edited"
    shutil.copytree(vfm, edited)
    p = edited / "options" / "p.yaml"
    p.write_text(p.read_text().replace("high: 150", "high: 160").replace("{2021: 220}", "{2021: 200}"))
    criteria = edited / "criteria.yaml"
    criteria.write_text(criteria.read_text().replace("rate: 10", "rate: 3.5"))
    data = json.loads(run("diff", str(vfm), str(edited), "--format", "json").stdout)
    edits = [(e["kind"], e["text"]) for e in data["changes"]]
    assert edits == [
        ("economics", "economics: rate changed"),
        ("cost", "costs.capital of p: total 100 (80-150) → 100 (80-160)"),
        ("benefit", "benefits.savings of p: total 220 → 200"),
    ]
    assert json.loads(run("diff", str(vfm), str(vfm), "--format", "json").stdout)["changes"] == []
