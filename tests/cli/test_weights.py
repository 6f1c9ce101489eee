"""adm-appraise weights: exact output, through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import make_appraisal
from tests.files.test_weighting import GROUPED, HEAD, TREE

PAIRWISE = HEAD + """
weighting:
  method: pairwise
  comparisons:
    a: {b: 2, c: 1}
    b: {c: 2}
  participants: [Chair, Finance lead]
  date: "2024-03-01"
criteria:
  - {id: a, name: Alpha}
  - {id: b, name: Beta}
  - {id: c, name: Gamma}
"""
X = "id: x\nname: X\nscores: {a: 5, b: 0, c: 0}\n"
Y = "id: y\nname: Y\nscores: {a: 0, b: 5, c: 5}\n"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), prog_name="adm-appraise")
    return result.exit_code, result.stdout


def test_pairwise_weights_consistency_and_the_other_methods(tmp_path: Path) -> None:
    # A 3 x 3 reciprocal matrix has the row geometric means as its principal eigenvector:
    # (1*2*1)^(1/3) = 1.2599, (1/2*1*2)^(1/3) = 1, (1*1/2*1)^(1/3) = 0.7937; over 3.0536:
    # 41.3%, 32.7%, 26.0%. lambda_max = 1 + k^(1/3) + k^(-1/3), k = a_ab a_bc / a_ac = 4:
    # 3.217; CI = 0.217/2 = 0.109; CR = 0.109/0.58 = 0.187. In a 3 x 3 matrix every judgement is
    # equally far from the weights (a_ab w_b / w_a = 1.587 = 1/0.630 = a_bc w_c / w_b), so the
    # first given is named; the weights imply 1.26 for a over b.
    # The implied order a > b > c gives, by rank-order centroid, 11/18, 5/18, 2/18 = 61.1%,
    # 27.8%, 11.1%; by rank sum 3/6, 2/6, 1/6; by reciprocal 6/11, 3/11, 2/11 = 54.5%, 27.3%, 18.2%.
    folder = make_appraisal(tmp_path, PAIRWISE, x=X, y=Y)
    code, out = run("weights", str(folder))
    assert code == 0
    assert out == """\
Four criteria

How the weights were set: pairwise comparison (Saaty)
Agreed by: Chair; Finance lead
Date: 2024-03-01

Weights

Criterion  Weight
---------  ------
Alpha      41.3%
Beta       32.7%
Gamma      26.0%

Judgements: pairwise comparison (Saaty)

Item   Eigenvector  Weight  Rank-order centroid  Rank sum  Reciprocal of rank
-----  -----------  ------  -------------------  --------  ------------------
Alpha  0.413        41.3%   61.1%                50.0%     54.5%
Beta   0.327        32.7%   27.8%                33.3%     27.3%
Gamma  0.260        26.0%   11.1%                16.7%     18.2%

Order: a > b > c

Consistency: lambda_max 3.217, CI 0.109, RI 0.58, CR 0.187 (above 0.10: revisit the judgements).
  Most inconsistent: Alpha over Beta judged 2, where the weights imply 1.26.
"""


def test_a_groups_incomplete_judgements_side_by_side(tmp_path: Path) -> None:
    # P judges a over b 2; Q judges a over b 8 and b over c 2; nobody judges a against c. The group's
    # a/b is sqrt(2 x 8) = 4 and b/c is Q's 2: a chain, so Harker's weights are its ratios, a = 4b =
    # 8c: 8/11, 2/11, 1/11 = 72.7%, 18.2%, 9.1%, with CR 0. P compared two items (CR 0 by definition),
    # Q a chain of three (consistent, CR 0).
    text = PAIRWISE.replace("  comparisons:\n    a: {b: 2, c: 1}\n    b: {c: 2}\n",
                            "  judges:\n    P: {a: {b: 2}}\n    Q: {a: {b: 8}, c: {b: 1/2}}\n")
    folder = make_appraisal(tmp_path, text, x=X, y=Y)
    code, out = run("weights", str(folder))
    assert code == 0
    assert "Alpha      72.7%\nBeta       18.2%\nGamma      9.1%\n" in out
    assert out.endswith("""\
Judged by 2 participants: each pair's judgement is the geometric mean of the judgements of those who
  made it (Aczél & Saaty 1983); each one's consistency ratio is over the items they compared. P left
  some pairs out.

Judgement          P      Q      Group (geometric mean)
-----------------  -----  -----  ----------------------
Alpha over Beta    2      8      4
Beta over Gamma    -      2      2
Consistency ratio  0.000  0.000  0.000

2 of the 3 pairs judged; the weights are the principal eigenvector of Harker's matrix, which stands
  for each missing judgement the ratio the weights imply (Harker 1987). Consistency: lambda_max
  3.000, CI 0.000, RI 0.58, CR 0.000 (at most 0.10: acceptable).
""")
    data = json.loads(run("weights", str(folder), "--format", "json")[1])
    level = data["levels"][0]
    assert (level["consistency"]["judged"], level["consistency"]["pairs"]) == (2, 3)
    assert [(j["name"], j["consistency"]["items"]) for j in level["judges"]] == [("P", ["a", "b"]),
                                                                                 ("Q", ["a", "b", "c"])]


def test_value_tree_json(tmp_path: Path) -> None:
    x = "id: x\nname: X\nscores: {tax: 5, procurement: 0, risk: 0, timescale: 0}\n"
    folder = make_appraisal(tmp_path, HEAD + TREE + GROUPED, x=x)
    code, out = run("weights", str(folder), "--format", "json")
    assert code == 0
    data = json.loads(out)
    # groups 100:50 -> 2/3, 1/3; finance ranked procurement > tax (centroid 3/4, 1/4);
    # delivery swings 100:25 -> 4/5, 1/5
    assert {g["id"]: g["weight"] for g in data["groups"]} == {"finance": 2 / 3, "delivery": 1 / 3}
    rows = {c["id"]: (c["group"], c["within"], c["weight"]) for c in data["criteria"]}
    assert rows["tax"] == ("finance", 0.25, 2 / 3 * 0.25)
    assert rows["timescale"][1:] == (0.8, 1 / 3 * 0.8)
    assert [level["method"] for level in data["levels"]] == ["swing", "rank", "swing"]
    assert data["levels"][1]["order"] == [["procurement"], ["tax"]]


def test_score_uses_the_derived_weights(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, PAIRWISE, x=X, y=Y)
    code, out = run("score", str(folder), "--format", "json")
    assert code == 0
    data = json.loads(out)
    weights = {c["id"]: c["weight"] for c in data["criteria"]}
    # 2^(1/3) / (2^(1/3) + 1 + 2^(-1/3)), as above
    assert abs(weights["a"] - 2 ** (1 / 3) / (2 ** (1 / 3) + 1 + 2 ** (-1 / 3))) < 1e-12
    # x scores 100 on a only; y 100 on b and c: 41.3 against 58.7
    assert [r["id"] for r in data["ranking"]] == ["y", "x"]


def test_validate_derives_pairwise_weights_without_numpy(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = make_appraisal(tmp_path, PAIRWISE, x=X, y=Y)
    code = ("import sys; from adm_appraise.cli import main\n"
            f"try:\n    main(['validate', {str(folder)!r}])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'numpy', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "W503" in out  # the judgements were checked: CR 0.187
    assert out.splitlines()[-1] == "[]"


def test_markdown_format_of_the_ordinal_example() -> None:
    from tests.conftest import ROOT

    code, out = run("weights", str(ROOT / "examples/ordinal"), "--format", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "## Children's social care — alternative delivery models"
    assert "### Judgements: rank order" in lines
    # procurement > timescale > tax_vat = risk: centroid 7/12, 1/4, 1/12, 1/12; rank sum gives
    # 4, 3, (2 + 1)/2, (2 + 1)/2 over 10; reciprocal 1, 1/2, (1/3 + 1/4)/2 each, over 25/12
    assert "| Procurement implications                | 1      | 58.3%    | 58.3%                 | 40.0%      " \
           "| 48.0%                |" in lines
    assert "| Managing risk                           | 3=     | 8.3%     | 8.3%                  | 15.0%      " \
           "| 14.0%                |" in lines


def test_a_broken_weighting_exits_1_with_every_problem(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, PAIRWISE.replace("    b: {c: 2}\n", "").replace("b: 2, ", ""), x=X, y=Y)
    result = CliRunner().invoke(main, ["weights", str(folder)])
    assert result.exit_code == 1
    assert result.stderr == (f"{folder}/criteria.yaml:7:3: error: the top level compares 'b' with nothing: compare "
                             "it with at least one other item (missing pairs are allowed, but the weights need every "
                             "item connected) [E512]\n"
                             "adm-appraise: 1 error; nothing was done\n")
