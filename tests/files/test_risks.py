"""risks.yaml: loading, its errors (all in one run, with positions) and its warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise import load_appraisal
from adm_appraise.cli import main
from adm_appraise.files.validation import validate
from adm_appraise.problems import AppraisalError
from tests.conftest import make_appraisal, write

CRITERIA = """
appraisal:
  title: Risk example
  scale: {min: 0, max: 5}
  baseline: bau
criteria:
  - {id: quality, name: Quality, weight: 1}
economics:
  base_year: 2020
  price_base: "2020 prices"
  horizon: 5
  optimism_bias: {category: outsourcing, mitigation: 10, evidence: ["risk workshop"]}
"""
BAU = "id: bau\nname: Business as usual\nscores: {quality: 2}\n"
COMPANY = "id: company\nname: A company\nscores: {quality: 4}\ncosts: {capital: {2020: 1.0}}\n"
RISKS = """
risks:
  - id: tupe
    title: Tribunal claims
    options: [company]
    probability: 0.3
    cost: {2021: 0.5}
    criteria: {quality: -1}
    owner: Head of HR
    mitigation: consult early
    residual: {probability: 0.1}
"""


def folder(tmp_path: Path, risks: str = RISKS, criteria: str = CRITERIA) -> Path:
    make_appraisal(tmp_path, criteria, bau=BAU, company=COMPANY)
    write(tmp_path, "risks.yaml", risks)
    return tmp_path


def test_the_register_loads_with_the_residual_inheriting_what_it_leaves_out(tmp_path: Path) -> None:
    a = load_appraisal(folder(tmp_path))
    assert a.risks is not None and a.risks.path == tmp_path / "risks.yaml"
    r = a.risks.risks[0]
    assert r.options == ("company",) and r.inherent.probability == 0.3
    assert r.residual is not None and r.residual.probability == 0.1
    assert r.residual.cost is r.inherent.cost and dict(r.residual.criteria) == {"quality": -1}
    assert r.counted == 0.1 and r.where.line == 2
    assert tmp_path / "risks.yaml" in a.files


def col(line: str, text: str) -> int:
    """The 1-based column where ``text`` first stands in ``line``."""
    return line.index(text) + 1


def test_every_error_at_once_with_its_position(tmp_path: Path) -> None:
    first = "  - {id: tupe, title: A, options: [compnay], probability: 0.3, cost: {2019: 1, 2030: -2}}"
    second = "  - {id: tupe, title: B, options: all, probability: 0.2, criteria: {qualty: -1}}"
    bad = f"matrix: {{impact: [1, 0.5, 2, 3]}}\nrisks:\n{first}\n{second}\n"
    found = validate([folder(tmp_path, bad)])
    lines = sorted(f"{p.where.line}:{p.where.column} {p.code}" for p in found.problems if p.severity == "error")
    # line 1 the matrix's cut-points (1 then 0.5 falls); line 3 the unknown option, 2019 before the
    # base year 2020, 2030 after the period 2020-2024 and negative; line 4 the duplicate id and the
    # unknown criterion
    assert lines == sorted([
        f"1:{col('matrix: {impact: [1', '[')} E774", f"3:{col(first, 'compnay')} E771",
        f"3:{col(first, '2019')} E603", f"3:{col(first, '2030')} E603", f"3:{col(first, '2030')} E608",
        f"4:{col(second, 'tupe')} E770", f"4:{col(second, 'qualty')} E772",
    ])
    messages = " ".join(p.message for p in found.problems)
    assert "unknown option 'compnay' (did you mean 'company'?)" in messages
    assert "unknown criterion 'qualty' (did you mean 'quality'?)" in messages


@pytest.mark.parametrize(("entry", "at", "expected"), [
    ("{id: a, title: A, options: 3, probability: 0.2}", "3",
     "error: risks[0].options must be 'all', or a list of option ids, not 3 [E112]"),
    ("{id: a, title: A, options: some, probability: 0.2}", "some",
     "error: risks[0].options: 'some' is not allowed; use 'all' [E113]"),
    ("{id: a, title: A, options: all, probability: 1.5}", "1.5",
     "error: risks[0].probability 1.5: input should be less than or equal to 1 [E113]"),
    ("{id: a, title: A, options: all, probability: 0.2, likelihood: 1}", "likelihood",
     "error: unknown key 'likelihood'; expected one of: id, title, category"),
])
def test_schema_errors_name_file_line_and_column(tmp_path: Path, entry: str, at: str, expected: str) -> None:
    line = f"  - {entry}"
    result = CliRunner().invoke(main, ["validate", str(folder(tmp_path, f"risks:\n{line}\n"))])
    assert result.exit_code == 1
    assert f"{tmp_path}/risks.yaml:2:{col(line, at)}: {expected}" in result.stdout, result.stdout


def test_an_empty_register_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(folder(tmp_path, "risks: []\n"))])
    assert result.exit_code == 1 and f"{tmp_path}/risks.yaml:1:8: error: risks" in result.stdout, result.stdout


def test_a_cost_needs_an_economic_case(tmp_path: Path) -> None:
    criteria = CRITERIA.split("economics:")[0]
    make_appraisal(tmp_path, criteria, bau=BAU, company="id: company\nname: A company\nscores: {quality: 4}\n")
    write(tmp_path, "risks.yaml", RISKS)
    with pytest.raises(AppraisalError) as err:
        load_appraisal(tmp_path)
    assert [p.code for p in err.value.problems] == ["E773"]


def test_warnings(tmp_path: Path) -> None:
    risks = """
    risks:
      - {id: bare, title: No impact, options: all, probability: 0.2, owner: me}
      - id: worse
        title: Worse after
        options: [company]
        probability: 0.1
        cost: {2021: 1}
        residual: {probability: 0.3}
    """
    found = validate([folder(tmp_path, risks)])
    codes = sorted(p.code for p in found.problems if p.code.startswith("W77"))
    # bare: no impact (W770); worse: residual above (W771), no mitigation (W772), no owner (W773)
    assert codes == ["W770", "W771", "W772", "W773"]


def test_priced_risks_and_an_unreduced_optimism_bias_warn_once(tmp_path: Path) -> None:
    criteria = CRITERIA.replace("mitigation: 10, ", "")
    found = validate([folder(tmp_path, criteria=criteria)])
    w774 = [p for p in found.problems if p.code == "W774"]
    assert len(w774) == 1 and "5.44" in w774[0].message and w774[0].where.path.endswith("criteria.yaml")
    assert not [p for p in validate([folder(tmp_path)]).problems if p.code == "W774"]  # mitigated: no warning


def test_without_risks_yaml_nothing_changes(tmp_path: Path) -> None:
    make_appraisal(tmp_path, CRITERIA, bau=BAU, company=COMPANY)
    assert load_appraisal(tmp_path).risks is None
