"""The economic case in the files: economics: in criteria.yaml, costs:/benefits: in option files.

Loading (both forms of a cash line), every error with its exact position, the JSON Schema,
and the lints an appraiser would raise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adm_appraise import AppraisalError, load_appraisal
from adm_appraise.files.lints import lint
from adm_appraise.files.schema import json_schema
from tests.conftest import make_appraisal

CRITERIA = """
appraisal:
  title: Value for money
  scale: {min: 0, max: 100}
  baseline: bau
criteria:
  - {id: benefit, name: Benefit, weight: 1}
gates:
  - {id: g, name: G}
economics:
  base_year: 2020
  price_base: 2020-21 prices
  unit: £m
  discount: constant
  rate: 10
  horizon: 5
  optimism_bias: {category: standard_buildings, evidence: [Gateway 1 review]}
"""


def option(oid: str, score: int, extra: str = "") -> str:
    return (f"id: {oid}\nname: {oid}\ngates: {{g: {{result: pass, rationale: r}}}}\n"
            f"scores:\n  benefit: {{score: {score}, rationale: r}}\n{extra}")


P = option("p", 70, """\
costs:
  capital:
    by_year: {2020: 60, 2021: 40}
    low: 80
    high: 150
    description: set-up
  operating: {2021..2024: 1.5}
benefits:
  savings: {2021: 220}
""")
Q = option("q", 50, "costs:\n  capital: {2020: 50}\nbenefits:\n  savings: {2021: 132}\n")
BAU = option("bau", 20)
OPTIONS = {"bau": BAU, "p": P, "q": Q}


def errors(tmp_path: Path, criteria: str = CRITERIA, **options: str) -> list[str]:
    folder = make_appraisal(tmp_path, criteria, **{**OPTIONS, **options})
    with pytest.raises(AppraisalError) as caught:
        load_appraisal(folder)
    return [f"{Path(p.where.path).name}:{p.where.line}:{p.where.column}: {p.code} {p.message}"
            for p in caught.value.problems]


def warnings(tmp_path: Path, criteria: str = CRITERIA, **options: str) -> list[str]:
    folder = make_appraisal(tmp_path, criteria, **{**OPTIONS, **options})
    return [f"{Path(p.where.path).name}:{p.where.line}: {p.code} {p.message}"
            for p in lint(load_appraisal(folder)) if p.code.startswith("W6")]


def test_both_forms_of_a_line_load(tmp_path: Path) -> None:
    a = load_appraisal(make_appraisal(tmp_path, CRITERIA, **OPTIONS))
    e = a.economics
    assert e is not None
    assert (e.base_year, e.price_base, e.unit, e.discount, e.rate, e.horizon) == (
        2020, "2020-21 prices", "£m", "constant", 10.0, 5)
    assert e.optimism_bias is not None and e.optimism_bias.category == "standard_buildings"
    p = a.option("p")
    assert p.costs is not None and p.costs.capital is not None and p.costs.operating is not None
    assert p.costs.capital.flows == {2020: 60.0, 2021: 40.0}
    assert (p.costs.capital.low, p.costs.capital.high, p.costs.capital.description) == (80.0, 150.0, "set-up")
    assert p.costs.operating.flows == {2021: 1.5, 2022: 1.5, 2023: 1.5, 2024: 1.5}
    assert p.benefits["savings"].flows == {2021: 220.0}
    assert a.option("bau").costs is None


@pytest.mark.parametrize(("extra", "expected"), [
    ("costs:\n  capital: {2020..2019: 1, 20x1: 2}\n",
     ["x.yaml:7:13: E601 x: costs.capital: the range 2020..2019 runs backwards",
      "x.yaml:7:28: E601 x: costs.capital: '20x1' is not a year from 1900 to 2200 or a range of such years "
      "(2019, or 2019..2028)"]),
    # 2019 typed as 20190 was discounted over 18,171 years; 100000000 exhausted memory
    ("costs:\n  capital: {20190: 1, 100000000: 2, 2020..20210: 3}\n",
     [f"x.yaml:7:{col}: E601 x: costs.capital: '{key}' is not a year from 1900 to 2200 or a range of such years "
      "(2019, or 2019..2028)" for col, key in ((13, 20190), (23, 100000000), (37, "2020..20210"))]),
    ("costs:\n  operating: {2020..2022: 1, 2022: 2}\n",
     ["x.yaml:7:30: E602 x: costs.operating: year 2022 is given twice ('2020..2022' and '2022')"]),
    ("costs:\n  capital: {2019: 1, 2023..2025: 1}\n",
     ["x.yaml:7:13: E603 x: costs.capital: 2019 is before the base year 2020",
      "x.yaml:7:22: E603 x: costs.capital: 2023..2025 is after the appraisal period (2020-2024: horizon 5 years)"]),
    ("benefits:\n  savings: {2021: -3}\n",
     ["x.yaml:7:13: E608 x: benefits.savings: 2021: the amount -3 is negative; "
      "enter savings as benefits and disbenefits as costs"]),
    ("costs:\n  capital: {by_year: {2020: 2, 2021: 1}, low: 3.5, high: 2}\n",
     ["x.yaml:7:42: E607 x: costs.capital: low 3.5 must be at most the line's total, 3 (the sum of its years)",
      "x.yaml:7:52: E607 x: costs.capital: high 2 must be at least the line's total, 3 (the sum of its years)"]),
    ("costs:\n  optimism_bias: {mix: {standard_buildings: 60, outsourcing: 30}}\n",
     ["x.yaml:7:19: E606 the mix's shares of capital cost add up to 90%, not 100%",
      "x.yaml:7:19: E606 outsourcing uplifts operating costs and cannot be mixed with the capital categories; "
      "use 'operating:' for it"]),
    ("costs:\n  optimism_bias: {mitigation: 10}\n",
     ["x.yaml:7:3: E606 optimism_bias needs a basis: 'category', 'mix', or 'capital'/'operating' %"]),
    ("costs:\n  capital: {2020: 1}\n  capitol: {2021: 1}\n",
     ["x.yaml:8:3: E110 unknown key 'capitol' (did you mean 'capital'?)"]),
    ("costs:\n  capital: {2020: cheap}\n",
     ["x.yaml:7:19: E112 costs.capital[2020] must be a number, not 'cheap'"]),
])
def test_errors_in_an_option(tmp_path: Path, extra: str, expected: list[str]) -> None:
    assert errors(tmp_path, x=option("x", 40, extra)) == expected


def test_errors_in_the_economics_block(tmp_path: Path) -> None:
    criteria = CRITERIA.replace("category: standard_buildings", "category: offices")
    assert errors(tmp_path, criteria) == [
        "criteria.yaml:16:29: E113 economics.optimism_bias.category: 'offices' is not allowed; use "
        "'standard_buildings', 'non_standard_buildings', 'standard_civil_engineering', "
        "'non_standard_civil_engineering', 'equipment_development' or 'outsourcing'"]
    criteria = CRITERIA.replace("  rate: 10\n", "")
    assert errors(tmp_path, criteria) == ["criteria.yaml:13:3: E605 discount: constant needs 'rate:' (% a year)"]
    criteria = CRITERIA.replace("discount: constant", "discount: green_book")
    assert errors(tmp_path, criteria) == [
        "criteria.yaml:14:3: E605 'rate' is for discount: constant; the green_book schedule sets its own rates "
        "(remove rate, or set discount: constant)"]
    criteria = CRITERIA.replace("horizon: 5", "horizen: 5")
    assert errors(tmp_path, criteria) == ["criteria.yaml:15:3: E110 unknown key 'horizen' (did you mean 'horizon'?)"]


def test_costs_without_an_economics_block(tmp_path: Path) -> None:
    criteria = CRITERIA[: CRITERIA.index("economics:")]
    assert errors(tmp_path, criteria) == [
        "p.yaml:6:1: E604 option 'p' gives costs or benefits but criteria.yaml has no economics: block "
        "(base_year, discount, unit)",
        "q.yaml:6:1: E604 option 'q' gives costs or benefits but criteria.yaml has no economics: block "
        "(base_year, discount, unit)",
    ]


def test_json_schema_describes_the_new_blocks() -> None:
    criteria = json_schema("criteria")
    assert "economics" in criteria["properties"]
    econ = criteria["$defs"]["EconomicsSpec"]
    assert econ["required"] == ["base_year"]
    assert econ["properties"]["discount"]["enum"] == ["green_book", "green_book_health", "green_book_lower",
                                                      "constant"]
    option_schema = json_schema("option")
    line = option_schema["$defs"]["CashLineEntry"]["properties"]["by_year"]
    year = "(?:19[0-9]{2}|2(?:0[0-9]{2}|1[0-9]{2}|200))"  # 1900-2200
    assert line["propertyNames"] == {"pattern": rf"^{year}(?:\.\.{year})?$"}
    assert {"costs", "benefits"} <= set(option_schema["properties"])


# ---- lints -----------------------------------------------------------------------------------


def test_a_complete_economic_case_raises_no_economic_warning(tmp_path: Path) -> None:
    assert warnings(tmp_path) == []


def test_costs_and_benefits_for_some_options_only(tmp_path: Path) -> None:
    found = warnings(tmp_path, r=option("r", 30))
    assert found == [
        "r.yaml:1: W601 r gives no costs while 2 other option(s) do: the value-for-money comparison leaves it out",
        "r.yaml:1: W606 r has no monetised benefits while 2 other option(s) do: NPSV and BCR cannot compare them",
    ]
    found = warnings(tmp_path / "second", q=option("q", 50, "costs:\n  capital: {2020: 50}\n"))
    assert found == ["q.yaml:1: W606 q has no monetised benefits while 1 other option(s) do: "
                     "NPSV and BCR cannot compare them"]


def test_a_cost_criterion_in_the_weighted_sum_is_double_counting(tmp_path: Path) -> None:
    criteria = CRITERIA.replace(
        "  - {id: benefit, name: Benefit, weight: 1}\n",
        "  - {id: benefit, name: Benefit, weight: 1}\n"
        "  - {id: setup, name: Set-up, weight: 1, type: measure, unit: £m, direction: lower}\n",
    )
    extra = {k: v.replace("  benefit: {score", "  setup: {value: 1, rationale: r}\n  benefit: {score")
             for k, v in OPTIONS.items()}
    found = warnings(tmp_path, criteria, **extra)
    assert found == [
        "criteria.yaml:7: W602 'setup' looks like a cost criterion and the options' costs are in the economic case: "
        "counting cost twice (the MCA manual keeps costs out of the weighted sum and sets the benefit score "
        "against them); drop its weight or the costs",
    ]


def test_optimism_bias_needs_a_basis_and_evidence(tmp_path: Path) -> None:
    bare = CRITERIA.replace("{category: standard_buildings, evidence: [Gateway 1 review]}", "{capital: 10}")
    assert warnings(tmp_path, bare) == [
        "criteria.yaml:16: W603 optimism bias given as bare percentages: name the Green Book category it comes "
        "from, or give the evidence for it"]
    mitigated = CRITERIA.replace("evidence: [Gateway 1 review]", "mitigation: 95")
    assert warnings(tmp_path / "mitigated", mitigated) == [
        "criteria.yaml:16: W604 optimism bias mitigated by 95% with no evidence: the Green Book reduces the upper "
        "bound only for risks shown to be managed",
        "criteria.yaml:16: W607 mitigation leaves 1.2% optimism bias, below the standard buildings lower bound of 2%",
    ]
    none = CRITERIA.replace("  optimism_bias: {category: standard_buildings, evidence: [Gateway 1 review]}\n", "")
    assert warnings(tmp_path / "none", none) == [
        "criteria.yaml:9: W605 costs are appraised with no optimism bias: state one (a category's upper bound, "
        "or 0% with the evidence for it)"]


def test_an_economics_block_with_no_costs(tmp_path: Path) -> None:
    plain = {k: option(k, s) for k, s in (("bau", 20), ("p", 70), ("q", 50))}
    assert warnings(tmp_path, **plain) == [
        "criteria.yaml:9: W608 an economics: block but no option gives costs: add costs: to the option files, "
        "or remove the block"]


def test_a_quoted_year_is_a_year(tmp_path: Path) -> None:
    quoted = option("q", 50, "costs:\n  capital: {'2020': 50, '2021..2022': 1}\nbenefits:\n  savings: {2021: 132}\n")
    a = load_appraisal(make_appraisal(tmp_path, CRITERIA, **{**OPTIONS, "q": quoted}))
    costs = a.option("q").costs
    assert costs is not None and costs.capital is not None
    assert costs.capital.flows == {2020: 50.0, 2021: 1.0, 2022: 1.0}


def test_an_option_failing_a_gate_need_not_give_costs(tmp_path: Path) -> None:
    out = option("out", 30).replace("result: pass", "result: fail")
    assert warnings(tmp_path, out=out) == []


def test_the_price_base_must_be_stated(tmp_path: Path) -> None:
    assert warnings(tmp_path, CRITERIA.replace("  price_base: 2020-21 prices\n", "")) == [
        "criteria.yaml:9: W609 no price_base: say which real prices the amounts are in (e.g. '2017-18 prices'), "
        "as the Green Book's economic case does"]
