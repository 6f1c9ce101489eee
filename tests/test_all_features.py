"""examples/all-features: one invented appraisal that uses every feature at once, through every command.

A long list with a sifted-out option, roles and origins, a benefits register and an equality
impact assessment, measures with and without a global
range (one through a piecewise value function), score ranges, a three-level value tree (one group
ranked, one judged pairwise by two officers, one by MACBETH), a panel with a conflict, an abstention (on the
sifted-out option too) and moderation, an economic case with year
ranges and a range on every line, a scenario and a baseline. Each command must run on it cleanly,
and where two outputs say the same thing (the ranking) they must agree.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from adm_appraise import load_appraisal
from adm_appraise.cli import main
from tests.conftest import ROOT
from tests.test_fuzz import finite_json

EXAMPLE = ROOT / "examples" / "all-features"

# The weights, worked by hand from the record (criteria.yaml, weighting:), a three-level tree:
#   top, stated directly: operations 170, stewardship 40 -> 170/210, 40/210; within operations
#   swings service 100, delivery 70 -> 100/170, 70/170, so service 100/210 and delivery 70/210;
#   service, by MACBETH: quality over no swing very strong (5), visits (reach) over no swing
#   moderate (3), quality over visits weak (2). The programme: v(q) >= 5, v(r) >= 3, v(q) - v(r) >= 2,
#   and each difference in a stronger category exceeds one in a weaker by the categories between:
#   v(q) >= v(r) + 2 (5 over 3), v(q) >= (v(q) - v(r)) + 3 (5 over 2), v(r) >= (v(q) - v(r)) + 1
#   (3 over 2). Least v(q): v(r) = 3 forces v(q) = 5 (5 <= v(q) <= 2 v(r) - 1) -> 5/8, 3/8; delivery: deliverability over workforce
#   judged 4 and 1 by two officers, geometric mean sqrt(4 x 1) = 2 -> 2/3, 1/3; stewardship
#   ranked control > carbon -> rank-order centroid 3/4, 1/4.
WEIGHTS = {
    "service_quality": 100 / 210 * 5 / 8, "reach": 100 / 210 * 3 / 8,
    "deliverability": 70 / 210 * 2 / 3, "workforce": 70 / 210 * 1 / 3,
    "control": 40 / 210 * 3 / 4, "carbon": 40 / 210 * 1 / 4,
}
# The company's values: service_quality 4/5 -> 80; reach 1.1 through the piecewise function
# (0.5, 0), (1.0, 70), (1.5, 100): 70 + 30 x (1.1 - 1.0) / 0.5 -> 76 (60 on the straight line);
# deliverability 3 -> 60; workforce 4 -> 80; control 4 -> 80; carbon on its local scale, lower
# better, worst 2400 (in_house), best 1700 (joint_venture): (1900 - 2400) / (1700 - 2400) -> 500/7.
COMPANY = {"service_quality": 80, "reach": 76, "deliverability": 60, "workforce": 80, "control": 80,
           "carbon": 500 / 7}
NAMES = {
    "wholly_owned_company": "A company wholly owned by the council",
    "in_house_refresh": "In-house with a refurbishment programme (do minimum)",
    "in_house": "Keep the centres in-house (business as usual)",
    "leisure_trust": "Transfer to a charitable leisure trust",
    "joint_venture": "A joint leisure company with the neighbouring borough council",
    "private_operator": "Contract with a private operator",
    "close_two_centres": "Close two centres and keep the newest in-house",
}
RANKING = ["wholly_owned_company", "in_house_refresh", "in_house", "leisure_trust", "joint_venture",
           "private_operator"]


def run(*args: str, ok: int = 0) -> Any:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    assert result.exit_code == ok, result.output
    return result


def as_json(*args: str) -> Any:
    text = run(*args, "--format", "json").stdout
    finite_json(text)  # no NaN or infinity anywhere
    return json.loads(text)


def test_every_file_says_it_is_invented() -> None:
    files = [p for p in EXAMPLE.rglob("*.yaml")]
    assert len(files) == 16
    for path in files:
        assert "INVENTED" in path.read_text(encoding="utf-8").split("\n", 1)[0], path


def test_validate_finds_no_error_and_only_the_warnings_it_means() -> None:
    result = run("validate", str(EXAMPLE))
    codes = re.findall(r"\[(W\d+)\]", result.stdout)
    # three options score below the baseline (W207); carbon is on a local scale on purpose (W212),
    # which criteria.yaml accepts with its reason; the private operator's own optimism bias is left
    # at its upper bound while the register prices its risks (W774)
    assert sorted(codes) == ["W207", "W207", "W207", "W212", "W774"]
    assert f"{EXAMPLE}/criteria.yaml:81:5: warning (accepted): measure 'carbon' is on a local scale" in result.stdout
    assert "[W212]; accepted: INVENTED. Carbon is on a local scale on purpose:" in result.stdout
    assert result.stdout.endswith("0 errors, 4 warnings, 1 accepted in 16 files\n")


def test_score_gives_the_hand_worked_weights_and_score() -> None:
    data = as_json("score", str(EXAMPLE))
    assert {c["id"]: c["weight"] for c in data["criteria"]} == pytest.approx(WEIGHTS)
    company = data["ranking"][0]
    assert company["id"] == "wholly_owned_company"
    assert company["score"] == pytest.approx(sum(WEIGHTS[c] * v for c, v in COMPANY.items()))  # 74.433
    assert [r["id"] for r in data["ranking"]] == RANKING
    assert data["shortlist"] == RANKING[:3]
    assert [r["id"] for r in data["sifted_out"]] == ["close_two_centres"]


def test_the_economic_case_by_hand_and_no_switch_beyond_zero() -> None:
    data = as_json("value", str(EXAMPLE))
    trust = next(o for o in data["options"] if o["id"] == "leisure_trust")
    # capital 0.6 in the base year; operating 0.15 a year 2027-2035 (years 1-9) at 3.5%:
    # annuity (1 - 1.035^-9) / 0.035 = 7.60769; PV 1.14115; outsourcing uplift 41% less 20%
    # mitigation = 32.8% -> 0.37430. PVC = 0.6 + 1.14115 + 0.37430 = 2.11545.
    # Benefits 0.4 + 0.2 a year, same years: 0.6 x 7.60769 = 4.56461. NPSV 2.44916 before risk.
    # risks.yaml: tupe_claims after mitigation p 0.1 of 0.1 in 2027, subsidy_control p 0.05 of 0.3
    # in 2027 (its own cost kept), both at t = 1: (0.01 + 0.015) / 1.035 = 0.024155; energy_prices
    # applies to the baseline too and cancels. PVC 2.13961, NPSV 2.42501.
    annuity = (1 - 1.035**-9) / 0.035
    risk = 0.025 / 1.035
    assert trust["risk"] == pytest.approx(risk)
    assert trust["pvc"] == pytest.approx(0.6 + 0.15 * annuity * 1.328 + risk)
    assert trust["npsv"] == pytest.approx(0.6 * annuity - 0.6 - 0.15 * annuity * 1.328 - risk)
    assert data["preferred"] == "leisure_trust"
    changes = [s["change"] for s in data["switching_values"]]
    assert None in changes  # vat_savings (PV 1.52) cannot carry an NPSV of 2.45 to zero
    assert all(c is None or c >= -1 for c in changes)


def test_sensitivity_every_way_it_can_draw() -> None:
    base = ("sensitivity", str(EXAMPLE), "--samples", "400")
    default = as_json(*base)  # a ranked group: ordinal draws by default
    assert "ordinal" in default
    assert as_json(*base, "--weights", "ordinal")["ordinal"] == default["ordinal"]
    around = as_json(*base, "--weights", "around", "--scores", "panel")
    assert around["monte_carlo"]["scores"] == "panel"
    assert set(around["monte_carlo"]["rank_acceptability"]) == set(RANKING)
    tree = as_json(*base, "--weights", "tree", "--scores", "panel")  # node by node, panel scores
    assert tree["monte_carlo"]["weights"] == "tree" and tree["monte_carlo"]["scores"] == "panel"
    assert set(tree["monte_carlo"]["rank_acceptability"]) == set(RANKING)
    # the MACBETH group within its judgements, the rest as tree draws them; panel scores
    within = as_json(*base, "--weights", "judgements", "--scores", "panel")
    assert within["monte_carlo"]["weights"] == "judgements" and within["monte_carlo"]["scores"] == "panel"
    assert set(within["monte_carlo"]["rank_acceptability"]) == set(RANKING)
    # the groups at every depth have switching values within their parents, and every node a challenge
    assert {g["group"]: g["parent"] for g in default["group_switching_values"]} == {
        g.id: g.parent for g in load_appraisal(EXAMPLE).weighting.groups}
    assert len(default["group_challenges"]) == len(default["group_switching_values"])
    # every cost and benefit line of the five costed options carries a range: 17 lines
    assert default["value_for_money"]["ranged_lines"] == 17


def test_ordinal_draws_with_panel_scores_are_a_usage_error() -> None:
    for extra in ((), ("--weights", "ordinal")):
        result = run("sensitivity", str(EXAMPLE), "--samples", "10", "--scores", "panel", *extra, ok=2)
        assert "ordinal draws" in result.output and "--scores" in result.output


def test_panel_longlist_and_weights() -> None:
    panel = as_json("panel", str(EXAMPLE))
    cells = {(c["option"], c["criterion"]) for c in panel["cells"]}
    assert ("close_two_centres", "service_quality") not in cells  # sifted out: not a panel cell
    assert len(cells) == 6 * 4  # six scored options, four score criteria
    weights = as_json("weights", str(EXAMPLE))
    assert weights["recorded"] is True
    delivery = next(level for level in weights["levels"] if level["group"] == "delivery")
    assert [j["name"] for j in delivery["judges"]] == ["Head of Finance (invented)",
                                                       "Leisure Services Manager (invented)"]
    assert delivery["judgements"]["comparisons"] == [{"first": "deliverability", "second": "workforce",
                                                      "ratio": pytest.approx(2.0)}]
    assert [j["consistency"]["cr"] for j in delivery["judges"]] == [0.0, 0.0]  # two items: always consistent
    service = next(level for level in weights["levels"] if level["group"] == "service")
    macbeth = service["judgements"]["macbeth"]
    assert macbeth["matrix"] == [[None, "weak", "very strong"], [None, None, "moderate"], [None, None, None]]
    assert macbeth["basic"] == {"service_quality": 5.0, "reach": 3.0, "no_swing": 0.0}
    # held at v(r) = 3, v(q) may move while it stays above v(r) (both judgements over no swing and
    # the weak one keep their order) and below 2 v(r) = 6 (moderate must exceed weak): 3 to 6, a
    # weight of 3/6 to 6/9; held at v(q) = 5, v(r) lies between 2.5 (v(r) > v(q) - v(r)) and 5:
    # 2.5/7.5 to 5/10
    assert macbeth["intervals"]["service_quality"] == [pytest.approx(1 / 2), pytest.approx(2 / 3)]
    assert macbeth["intervals"]["reach"] == [pytest.approx(1 / 3), pytest.approx(1 / 2)]
    longlist = as_json("longlist", str(EXAMPLE))
    assert "close_two_centres" in json.dumps(longlist)


def test_benefits_and_equality() -> None:
    data = as_json("benefits", str(EXAMPLE))
    # five benefits, one cash-releasing; values 400,000 (subsidy_saving) + 60,000 (lower_carbon) = 460,000
    assert data["totals"] == {"benefits": 5, "cash_releasing": 1, "value": 460000, "cash_value": 400000,
                              "value_text": "£460k", "cash_value_text": "£400k"}
    # the option marked preferred: every benefit applies to it (two name it, two apply to every option,
    # one names it among four)
    assert data["preferred"]["id"] == "wholly_owned_company"
    assert data["preferred"]["benefits"] == ["subsidy_saving", "visits", "concessions", "on_time", "lower_carbon"]
    assert {o["id"]: o["benefits"] for o in data["objectives"]} == {
        "cost": ["subsidy_saving"], "access": ["visits", "concessions"], "timetable": ["on_time"]}
    equality = as_json("equality", str(EXAMPLE))
    # counted by hand in equality.yaml: 7 options x 9 = 63 cells; close_two_centres assesses two (both
    # negative), so 7 not assessed; negatives 2 + in_house 1 + company 1 + private 2 = 6; unknowns
    # company, trust, joint venture = 3; positives company 2, refresh 2, trust 1 = 5; neutral the rest, 42
    assert equality["counts"] == {"positive": 5, "neutral": 42, "negative": 6, "unknown": 3, "not_assessed": 7}
    shortlisted = {o["id"] for o in equality["options"] if o["shortlisted"]}
    assert shortlisted == set(RANKING)  # every option with a role but the one sifted out
    assert len(equality["concerns"]) == 6 + 3
    assert [d["option"] for d in equality["distributions"]] == ["wholly_owned_company", "close_two_centres",
                                                                "private_operator"]


@pytest.mark.parametrize("fmt", ["markdown", "html", "pdf", "docx"])
def test_every_report_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{ {'markdown': 'md'}.get(fmt, fmt) }"
    run("report", str(EXAMPLE), "--samples", "300", "--format", fmt, "-o", str(out))
    assert out.stat().st_size > 1000
    if fmt in ("markdown", "html"):
        text = out.read_text(encoding="utf-8")
        for option in [*RANKING, "close_two_centres"]:
            assert NAMES[option] in text, option
        assert "Management case: benefits" in text and "Equality impact" in text


@pytest.mark.parametrize("template", ["committee", "business-case"])
def test_the_paper_templates(tmp_path: Path, template: str) -> None:
    # every section written in paper.yaml or filled from the files: no placeholder; one part exempt
    out = tmp_path / "paper.html"
    run("report", str(EXAMPLE), "--samples", "300", "--template", template, "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert "To do" not in text and NAMES["wholly_owned_company"] in text
    appendix = (tmp_path / "paper-exempt-appendix.html").read_text(encoding="utf-8")
    assert "NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A" in appendix


def test_the_report_ranks_as_score_does(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    run("report", str(EXAMPLE), "--samples", "300", "--scores", "panel", "--weights", "around", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    ranking = text[text.index("### Ranking"):]
    ranking = ranking[:ranking.index("\n#", 4)]
    rows = [line.split(" | ") for line in ranking.splitlines() if re.match(r"\| \d+ \|", line)]
    shown = [row[1] for row in rows]  # '| 1 | name | ...': the option's name, '(conditional)' after some
    assert len(shown) == len(RANKING)
    assert all(name.startswith(NAMES[o]) for name, o in zip(shown, RANKING, strict=True)), shown


def test_export_and_import_give_the_same_ranking(tmp_path: Path) -> None:
    workbook = tmp_path / "appraisal.xlsx"
    run("export", str(EXAMPLE), "--samples", "200", "-o", str(workbook))
    back = tmp_path / "back"
    run("import", str(workbook), str(back))
    again = as_json("score", str(back))
    assert [r["id"] for r in again["ranking"]] == RANKING
    # a fresh import makes a new appraisal from the matrix: the weighting record read back from the
    # Weighting sheet and the value function from its row, so the scores are the appraisal's own
    assert [r["score"] for r in again["ranking"]] == pytest.approx(
        [r["score"] for r in as_json("score", str(EXAMPLE))["ranking"]], abs=1e-9)
    visits = next(c for c in again["criteria"] if c.get("value_function"))
    assert visits["value_function"]["type"] == "piecewise"


def test_import_merges_a_workbook_back(tmp_path: Path) -> None:
    """Unchanged, the workbook changes no byte; a score edit lands in its option file; a weight edit is
    refused, as the weights come from the swing record."""
    openpyxl = pytest.importorskip("openpyxl")
    folder = tmp_path / "a"
    shutil.copytree(EXAMPLE, folder)
    before = {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    workbook = tmp_path / "appraisal.xlsx"
    run("export", str(folder), "--samples", "200", "-o", str(workbook))
    assert run("import", str(workbook), str(folder)).stdout.endswith("already matches " + str(workbook) + "\n")
    assert {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} == before
    book = openpyxl.load_workbook(workbook)
    book["Weights"]["C2"] = 1
    book.save(tmp_path / "weights.xlsx")
    assert "[E913]" in run("import", str(tmp_path / "weights.xlsx"), str(folder), ok=1).stderr
    book = openpyxl.load_workbook(workbook)
    scores = book["Scores"]
    row = next(c.row for c in scores["B"] if c.value == "joint_venture" and c.row > 6)
    assert scores[f"C{row}"].value == 3
    scores[f"C{row}"] = 5  # joint_venture's service_quality: 3 -> 5
    book.save(tmp_path / "scores.xlsx")
    out = run("import", str(tmp_path / "scores.xlsx"), str(folder)).stdout
    assert "score joint_venture.service_quality 3 → 5" in out
    after = {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    assert [p.name for p in after if after[p] != before[p]] == ["joint_venture.yaml"]


def test_diff_against_a_changed_copy(tmp_path: Path) -> None:
    changed = tmp_path / "changed"
    shutil.copytree(EXAMPLE, changed)
    criteria = changed / "criteria.yaml"
    criteria.write_text(criteria.read_text(encoding="utf-8").replace("{workforce: 1}}", "{workforce: 2}}"),
                        encoding="utf-8")
    data = as_json("diff", str(EXAMPLE), str(changed))
    assert [c["kind"] for c in data["changes"]] == ["judgement", "weights"]
    # one officer's own judgement is the edit (1 -> 2); the group's moves from sqrt(4 x 1) = 2 to
    # sqrt(4 x 2) = 2.83, so deliverability's weight within the group from 2/3 to 2.83/3.83 = 73.9%
    assert data["changes"][0]["text"] == ("judgement deliverability against workforce by Leisure Services "
                                          "Manager (invented) (group delivery) 1 → 2")
    text = run("diff", str(EXAMPLE), str(changed)).stdout
    assert "Leisure Services Manager (invented)" in text
    run("diff", str(EXAMPLE), str(changed), "--format", "markdown")


def test_a_scenario_scores() -> None:
    data = as_json("score", str(EXAMPLE), "--scenario", "delivery_first")
    assert data["scenario"] == "delivery_first"


@pytest.mark.parametrize("command", [["score"], ["sensitivity", "--samples", "200"], ["value"], ["panel"],
                                     ["longlist"], ["benefits"], ["equality"]])
def test_tables_name_options_not_ids(command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Human-facing tables speak names (ids behind --ids); ids with an underscore never show.
    monkeypatch.setenv("COLUMNS", "250")  # one line a row, so that every name is whole
    named = run(command[0], str(EXAMPLE), *command[1:]).stdout
    assert not re.search(r"\b(" + "|".join(RANKING) + r")\b", named), named
    assert NAMES["wholly_owned_company"] in named
    with_ids = run(command[0], str(EXAMPLE), *command[1:], "--ids").stdout
    assert "wholly_owned_company" in with_ids


def test_risks_register_matrix_and_expected_values() -> None:
    data = as_json("risks", str(EXAMPLE))
    assert [r["id"] for r in data["risks"]] == ["tupe_claims", "subsidy_control", "operator_failure",
                                                "energy_prices", "planning_delay"]
    by_option = {o["id"]: o for o in data["options"]}
    # the private operator: tupe_claims p 0.1 of 0.1 (2027, t = 1) and operator_failure p 0.05 of 0.5
    # (2029, t = 3): 0.01 / 1.035 + 0.025 / 1.035^3 = 0.0096618 + 0.0225486 = 0.0322104
    assert by_option["private_operator"]["expected_cost"] == pytest.approx(0.01 / 1.035 + 0.025 / 1.035**3)
    # operator_failure after mitigation: p 0.05 (band 1), PV 0.5 / 1.035^3 = 0.451 against cut-points
    # 0.05, 0.1, 0.25, 0.5 (band 4); its score changes of 1 on a 0-5 scale (0.2 of it, band 2): I4
    cell = next(c for c in by_option["private_operator"]["matrix"] if c["risk"] == "operator_failure")
    assert (cell["probability_band"], cell["impact_band"]) == (1, 4)
    assert "planning_delay" not in by_option["in_house_refresh"]["risks"]  # closed: off the matrix
    assert by_option["close_two_centres"]["expected_cost"] is None  # no costs: out of the economic case
    only = as_json("risks", str(EXAMPLE), "--option", "leisure_trust")
    assert [r["id"] for r in only["risks"]] == ["tupe_claims", "subsidy_control", "energy_prices"]
