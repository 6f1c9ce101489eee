"""Non-linear value functions (piecewise, discrete, exponential) against hand-worked values.

The exponential form is Kirkwood's (1997, *Strategic Decision Making*, ch. 4):
v(z) = 100 (1 - exp(-c z)) / (1 - exp(-c)), z = (x - worst)/(best - worst), c the shape.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from adm_appraise import appraise, load_appraisal
from adm_appraise.analysis.matrix import to_values
from adm_appraise.analysis.montecarlo import monte_carlo
from adm_appraise.analysis.sensitivity import analyse
from adm_appraise.model import ValueFunction, to_value
from adm_appraise.problems import AppraisalError, Location
from tests.conftest import ROOT, make_appraisal

EXAMPLE = ROOT / "examples/value-functions"
HERE = Location("criteria.yaml")
SAVINGS = ValueFunction("piecewise", HERE, ((0, 0), (500, 70), (1000, 100)))
COST = ValueFunction("piecewise", HERE, ((8, 0), (4, 80), (0, 100)))  # lower is better
FLAT = ValueFunction("piecewise", HERE, ((0, 0), (2, 50), (3, 50), (5, 100)))
QUALITY = ValueFunction("discrete", HERE, ((0, 0), (1, 20), (2, 45), (3, 70), (4, 90), (5, 100)))
CONCAVE = ValueFunction("exponential", HERE, shape=2.0)
CONVEX = ValueFunction("exponential", HERE, shape=-2.0)
LINEAR = ValueFunction("exponential", HERE, shape=0.0)


def test_piecewise_by_hand() -> None:
    # savings 400 on [0, 1000]: on the first segment, 70 * 400/500 = 56; 900: 70 + 30 * 400/500 = 94;
    # 500 is the middle point itself, 70
    assert to_value(400, 0, 1000, SAVINGS) == pytest.approx(56.0)
    assert to_value(900, 0, 1000, SAVINGS) == pytest.approx(94.0)
    assert to_value(500, 0, 1000, SAVINGS) == pytest.approx(70.0)
    # a cost where lower is better, points 8 -> 0, 4 -> 80, 0 -> 100: z = (6 - 8)/(0 - 8) = 0.25,
    # half-way along the first segment (z 0 to 0.5), so 40; a cost of 1: z = 0.875, 80 + 20 * 0.75 = 95
    assert to_value(6, 8, 0, COST) == pytest.approx(40.0)
    assert to_value(1, 8, 0, COST) == pytest.approx(95.0)


def test_exponential_by_hand() -> None:
    # c = 2, z = 0.5: 100 (1 - e^-1)/(1 - e^-2) = 100 * 0.6321206/0.8646647 = 73.10586
    assert to_value(50, 0, 100, CONCAVE) == pytest.approx(73.10586, abs=1e-5)
    # c = 2, z = 0.8: 100 (1 - e^-1.6)/(1 - e^-2) = 100 * 0.7981035/0.8646647 = 92.30208
    assert to_value(80, 0, 100, CONCAVE) == pytest.approx(92.30208, abs=1e-5)
    # c = -2, z = 0.5: 100 (1 - e^1)/(1 - e^2) = 100 * -1.7182818/-6.3890561 = 26.89414
    assert to_value(50, 0, 100, CONVEX) == pytest.approx(26.89414, abs=1e-5)
    # c = 0 is the straight line; the ends are 0 and 100 whatever the shape
    assert to_value(30, 0, 100, LINEAR) == pytest.approx(30.0)
    assert to_value(0, 0, 100, CONVEX) == 0.0
    assert to_value(100, 0, 100, CONCAVE) == pytest.approx(100.0)


def test_discrete_by_hand() -> None:
    # the level's own value; between levels (a Monte Carlo draw) the straight line between them:
    # 2.5 -> (45 + 70)/2 = 57.5
    assert [to_value(s, 0, 5, QUALITY) for s in range(6)] == pytest.approx([0, 20, 45, 70, 90, 100])
    assert to_value(2.5, 0, 5, QUALITY) == pytest.approx(57.5)


def test_inverse_by_hand() -> None:
    # exponential c = 2: z = -ln(1 - v/100 (1 - e^-2))/2; v = 50: -ln(0.5676676)/2 = 0.2831096
    assert CONCAVE.inverse(50) == pytest.approx((0.2831096, 0.2831096), abs=1e-7)
    # piecewise savings: value 35 is half-way up the first segment, z = 0.25 (raw 250)
    assert SAVINGS.inverse(35) == pytest.approx((0.25, 0.25))
    # a flat part: every raw number from 2 to 3 (z 0.4 to 0.6) has value 50
    assert FLAT.inverse(50) == pytest.approx((0.4, 0.6))
    # discrete, 58.5: the lowest level reaching it is 3 (z 0.6), the highest not above it 2 (z 0.4)
    assert QUALITY.inverse(58.5) == pytest.approx((0.6, 0.4))
    assert QUALITY.inverse(90) == pytest.approx((0.8, 0.8))
    assert CONCAVE.inverse(100.5) is None and SAVINGS.inverse(-1) is None


@pytest.mark.parametrize("function", [SAVINGS, COST, CONCAVE, CONVEX, LINEAR])
@pytest.mark.parametrize("v", [0.0, 12.5, 35.0, 50.0, 70.0, 99.0, 100.0])
def test_inverse_round_trip(function: ValueFunction, v: float) -> None:
    found = function.inverse(v)
    assert found is not None
    assert function.value(found[0]) == pytest.approx(v, abs=1e-9)
    assert function.value(found[1]) == pytest.approx(v, abs=1e-9)


@given(x=st.floats(min_value=0, max_value=1000), shape=st.floats(min_value=-50, max_value=50))
def test_the_numpy_and_plain_functions_agree(x: float, shape: float) -> None:
    curve = ValueFunction("exponential", HERE, shape=shape)
    functions = [SAVINGS, curve, QUALITY, None]
    raw = np.array([x, x / 10, x / 200, x])
    worst, best = np.array([0.0, 0.0, 0.0, 0.0]), np.array([1000.0, 100.0, 5.0, 1000.0])
    vector = to_values(raw, worst, best, functions)
    plain = [to_value(float(r), float(w), float(b), f) for r, w, b, f in zip(raw, worst, best, functions, strict=True)]
    assert vector == pytest.approx(plain, rel=1e-9, abs=1e-9)
    # and over a 2-D block of draws (the Monte Carlo's shape), column by column
    block = to_values(np.vstack([raw, raw]), worst, best, functions)
    assert block[1] == pytest.approx(plain, rel=1e-9, abs=1e-9)


def test_the_example_scores_through_its_functions() -> None:
    result = appraise(load_appraisal(EXAMPLE))
    values = result.values
    # ease for residents is MACBETH: 1 over 0 moderate (>= 3), each step up to 4 weak (>= 2), 5 over 4
    # very weak (>= 1), 5 over 0 extreme; moderate must exceed weak by 1 (so 1 - 0 >= 3) and weak
    # very weak by 1 (so the weak steps >= 2); the least top is 3 + 2 + 2 + 2 + 1 = 10, every step at
    # its least: 0, 3, 5, 7, 9, 10 (extreme then needs 10 >= 3 + 3 over moderate: it holds) -> 0, 30,
    # 50, 70, 90, 100
    ease = result.appraisal.criteria[3].function
    assert ease is not None and ease.macbeth is not None
    assert [v for _, v in ease.points] == pytest.approx([0, 30, 50, 70, 90, 100], abs=1e-9)
    # shared service: savings 400 -> 56; reach 80% -> 92.30208 (c = 2, z = 0.8); quality 4 -> 90; ease 3 -> 70
    assert values.loc["shared_service"].tolist() == pytest.approx([56.0, 92.30208, 90.0, 70.0], abs=1e-5)
    # contract: savings 900 -> 94; reach 50% -> 73.10586; quality 2 -> 45; ease 3 -> 70
    assert values.loc["contract"].tolist() == pytest.approx([94.0, 73.10586, 45.0, 70.0], abs=1e-5)
    # weights 0.32, 0.24, 0.24, 0.2: 17.92 + 22.15250 + 21.6 + 14 = 75.67250;
    # 30.08 + 17.54541 + 10.8 + 14 = 72.42541
    assert result.score("shared_service") == pytest.approx(75.67250, abs=1e-5)
    assert result.score("contract") == pytest.approx(72.42541, abs=1e-5)


def test_score_switching_values_invert_the_functions() -> None:
    s = analyse(appraise(load_appraisal(EXAMPLE)), samples=10)
    found = {(x.criterion, x.option): x for x in s.score_switching}
    gap = 75.67250 - 72.42541  # 3.24709 points (both score 70 on ease, 0.2 of the weight)
    # savings (weight 0.32): the leader's value must fall by 3.24709/0.32 = 10.14716, from 56 to 45.85284,
    # on the first segment (70 per 500): 45.85284 * 500/70 = 327.520, a fall of 72.480
    leader = found[("savings", "shared_service")]
    assert leader.needed == pytest.approx((56 - gap / 0.32) * 500 / 70, abs=1e-3)
    assert leader.needed == pytest.approx(327.520, abs=1e-3) and leader.change == pytest.approx(-72.480, abs=1e-3)
    # the runner-up would need 94 + 10.147 > 100: out of reach, no change will do
    runner = found[("savings", "contract")]
    assert runner.change is None and not runner.feasible
    # reach (weight 0.24), runner-up: 73.10586 + 3.24709/0.24 = 86.63539, so
    # z = -ln(1 - 0.8663539 * 0.8646647)/2 = -ln(0.2508942)/2 = 0.691362, 69.1362 %
    assert found[("reach", "contract")].needed == pytest.approx(69.1362, abs=1e-3)
    # quality: the runner-up needs 45 + 13.53 = 58.53, the lowest level reaching it is 3 (70);
    # the leader may fall to 90 - 13.53 = 76.47, the highest level not above it is 3 (70)
    assert found[("service_quality", "contract")].needed == 3.0
    assert found[("service_quality", "shared_service")].needed == 3.0


def test_a_flat_part_is_said(tmp_path: Path) -> None:
    # quality through points 0->0, 2->50, 3->50, 5->100, and a linear 'other', weights 1:1.
    # A = (quality 0, other 5) scores (0 + 100)/2 = 50; B = (quality 5, other 2.5) (100 + 50)/2 = 75.
    # A needs 0 + 25/0.5 = 50 on quality: any quality from 2 to 3 gives exactly 50 (the flat part);
    # the least is 2. B may fall to 100 - 50 = 50: the greatest quality with value 50 is 3.
    criteria = (
        "appraisal: {title: T, scale: {min: 0, max: 5}}\n"
        "criteria:\n"
        "  - {id: quality, name: Q, weight: 1, value_function: {type: piecewise,"
        " points: [[0, 0], [2, 50], [3, 50], [5, 100]]}}\n"
        "  - {id: other, name: O, weight: 1}\n"
    )
    folder = make_appraisal(tmp_path, criteria, a="id: a\nname: A\nscores: {quality: 0, other: 5}\n",
                            b="id: b\nname: B\nscores: {quality: 5, other: 2.5}\n")
    s = analyse(appraise(load_appraisal(folder)), samples=10)
    rising = next(x for x in s.score_switching if (x.criterion, x.option) == ("quality", "a"))
    assert (rising.needed, rising.change, rising.flat) == (2.0, 2.0, (2.0, 3.0))
    assert s.to_dict()["score_switching"][0]["flat"] == [2.0, 3.0]
    from click.testing import CliRunner

    from adm_appraise.cli import main
    out = " ".join(CliRunner().invoke(main, ["sensitivity", str(folder), "--samples", "10"]).output.split())
    # (the table wraps the words in its column)
    assert "rise by 2 points, to 2 (the value function is flat from 2" in out
    assert "fall by 2 points, to 3 (the value function is flat from 2" in out


def test_monte_carlo_draws_go_through_the_function(tmp_path: Path) -> None:
    # One criterion (weight 1, so the overall score is the value), reach on [0, 100] with c = 2;
    # A's reach is drawn triangular(0, 50, 100); B's is fixed at 10 (value 20.96, never shortlisted).
    # A is shortlisted when its value >= 50, i.e. reach >= 100 * 0.2831096 = 28.31096 (the inverse
    # above), so P = 1 - 28.31096^2/(100 * 50) = 1 - 0.1603021 = 0.8396979. A straight line would
    # give P(reach >= 50) = 0.5.
    criteria = (
        "appraisal: {title: T, scale: {min: 0, max: 5}, shortlist: {top: 2, min_score: 50}}\n"
        "criteria:\n"
        "  - {id: reach, name: R, weight: 1, type: measure, unit: '%', direction: higher, range: [0, 100],"
        " value_function: {type: exponential, shape: 2}}\n"
    )
    folder = make_appraisal(tmp_path, criteria, a="id: a\nname: A\nscores: {reach: {value: 50, low: 0, high: 100}}\n",
                            b="id: b\nname: B\nscores: {reach: 10}\n")
    n = 40_000
    mc = monte_carlo(appraise(load_appraisal(folder)), n, seed=7)
    shortlisted = dict(zip(mc.options, mc.shortlist_probability, strict=True))
    p = 1 - (100 * 0.2831096) ** 2 / (100 * 50)
    assert abs(shortlisted["a"] - p) <= 5 * math.sqrt(p * (1 - p) / n)
    assert shortlisted["b"] == 0.0


PROBLEMS = """
appraisal: {title: T, scale: {min: 0, max: 5}}
criteria:
  - id: savings
    name: S
    weight: 1
    type: measure
    direction: higher
    range: [0, 900]
    value_function: {type: piecewise, points: [[0, 10], [600, 50], [500, 40], [1000, 90]]}
  - id: quality
    name: Q
    weight: 1
    value_function: {type: discrete, values: {0: 0, 1: 60, 2: 50, 4: 100}}
  - id: reach
    name: R
    weight: 1
    type: measure
    direction: higher
    value_function: {type: exponential, points: [[0, 0], [1, 100]]}
  - id: cost
    name: C
    weight: 1
    type: measure
    direction: lower
    value_function: {type: discrete, values: {0: 0, 1: 100}}
"""


def test_every_problem_at_once_located(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, PROBLEMS, a="id: a\nname: A\nscores: {savings: 10, quality: 2.5, reach: 1, cost: 1}\n")
    with pytest.raises(AppraisalError) as info:
        load_appraisal(folder)
    found = [str(p).replace(f"{folder}/", "") for p in info.value.problems]
    assert found == [
        "criteria.yaml:8:12: error: range [0, 900] of 'savings' differs from its value function's first and last "
        "points (0, 1000): give the range once, by the points [E213]",
        "criteria.yaml:9:52: error: the value function of 'savings' must give 0 at the worst end, not 10 [E213]",
        "criteria.yaml:9:69: error: the points of 'savings' must rise from one to the next (worst to best): "
        "500 after 600 [E213]",
        "criteria.yaml:9:74: error: the values of 'savings' must never fall from worst to best: 40 after 50 [E213]",
        "criteria.yaml:9:86: error: the value function of 'savings' must give 100 at the best end, not 90 [E213]",
        "criteria.yaml:13:46: error: the discrete value function of 'quality' gives no value for levels 3, 5: "
        "give every whole level of the scale [E213]",
        "criteria.yaml:13:63: error: the values of 'quality' must never fall from level to level: 50 at 2 after "
        "60 at 1 [E213]",
        "criteria.yaml:19:21: error: the exponential value function of 'reach' needs 'shape:' [E213]",
        "criteria.yaml:19:41: error: 'points' is not for an exponential value function (it takes 'shape:') [E213]",
        "criteria.yaml:25:28: error: a discrete value function is for score criteria; 'cost' is a measure "
        "(use piecewise) [E213]",
        "options/a.yaml:3:32: error: a: quality score 2.5 is not a whole level: 'quality' has a discrete "
        "value function [E214]",
    ]


def test_validate_does_not_import_numpy_for_value_functions(tmp_path: Path) -> None:
    # the piecewise, exponential and discrete functions are checked without numpy; the example's
    # MACBETH function solves its linear programme (numpy and highspy), so it is swapped here for
    # the discrete function of the same values; the example itself loads numpy, never pandas or scipy
    text = (EXAMPLE / "criteria.yaml").read_text(encoding="utf-8")
    start = text.index("      type: macbeth")
    plain = text[:start] + "      type: discrete\n      values: {0: 0, 1: 30, 2: 50, 3: 70, 4: 90, 5: 100}\n"
    options = {p.stem: p.read_text(encoding="utf-8") for p in (EXAMPLE / "options").glob("*.yaml")}
    # (in a cache of its own: once the scale is solved and kept, the example loads no numpy either)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for folder, loaded in ((make_appraisal(tmp_path, plain, **options), "[]"), (EXAMPLE, "['numpy']"),
                           (EXAMPLE, "[]")):
        code = ("import sys; from adm_appraise.cli import main\n"
                f"try:\n    main(['validate', {str(folder)!r}])\nexcept SystemExit as e:\n    print('exit', e.code)\n"
                "print(sorted(m for m in ('pandas', 'numpy', 'scipy') if m in sys.modules))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env=env).stdout
        assert out.splitlines()[-2:] == ["exit 0", loaded], out


def test_score_json_gives_the_functions() -> None:
    from click.testing import CliRunner

    from adm_appraise.cli import main
    out = json.loads(CliRunner().invoke(main, ["score", str(EXAMPLE), "--format", "json"]).output)
    assert out["shortlist"] == ["shared_service", "contract"]
    # each criterion with a value function gives it; a straight line adds no key
    assert [c.get("value_function") for c in out["criteria"]] == [
        {"type": "piecewise", "points": [[0, 0], [500, 70], [1000, 100]]},
        {"type": "exponential", "shape": 2},
        {"type": "discrete", "values": {"0": 0, "1": 20, "2": 45, "3": 70, "4": 90, "5": 100}},
        {"type": "macbeth", "values": {"0": 0.0, "1": 30.0, "2": 50.0, "3": 70.0, "4": 90.0, "5": 100.0},
         "judgements": [{"first": "5", "second": "4", "category": "very_weak"},
                        {"first": "5", "second": "0", "category": "extreme"},
                        {"first": "4", "second": "3", "category": "weak"},
                        {"first": "3", "second": "2", "category": "weak"},
                        {"first": "2", "second": "1", "category": "weak"},
                        {"first": "1", "second": "0", "category": "moderate"}]},
    ]
    assert "value_function" not in json.loads(
        CliRunner().invoke(main, ["score", str(ROOT), "--format", "json"]).output)["criteria"][0]


def test_diff_counts_a_new_value_function_as_a_change_of_scale(tmp_path: Path) -> None:
    from adm_appraise.analysis.diff import compare

    # The example with a straight line for reach, then with c = 2. shared_service's reach 80%:
    # value 80 -> 92.30208; weight 0.24, so its score rises by 0.24 * 12.30208 = 2.95250, all of it
    # the 'scale' part of reach (no raw number and no weight changed).
    text = (EXAMPLE / "criteria.yaml").read_text(encoding="utf-8")
    options = {p.stem: p.read_text(encoding="utf-8") for p in (EXAMPLE / "options").glob("*.yaml")}
    straight = text.replace("    value_function:\n      type: exponential\n      shape: 2  # diminishing returns: the first "
                            "households reached matter most\n", "")
    assert straight != text
    old = load_appraisal(make_appraisal(tmp_path / "old", straight, **options))
    new = load_appraisal(make_appraisal(tmp_path / "new", text, **options))
    diff = compare(old, new)
    shared = next(m for m in diff.movements if m.id == "shared_service")
    assert shared.parts == pytest.approx({"scale:reach": 0.24 * 12.30208}, abs=1e-5)
    assert [c.text for c in diff.changes] == ["value function of criterion reach linear → exponential, shape 2, concave"]


def test_the_example_meets_the_published_json_schema_and_says_it_is_invented() -> None:
    import jsonschema
    import yaml

    from adm_appraise.files.schema import json_schema

    for kind, paths in (("criteria", [EXAMPLE / "criteria.yaml"]), ("option", sorted((EXAMPLE / "options").glob("*.yaml")))):
        validator = jsonschema.Draft202012Validator(json_schema(kind))
        for path in paths:
            text = path.read_text(encoding="utf-8")
            assert "nvented" in text, path.name
            data = json.loads(json.dumps(yaml.safe_load(text)))  # keys as JSON has them
            assert list(validator.iter_errors(data)) == [], path.name
    bad = {"type": "exponential", "shape": 51}
    assert not jsonschema.Draft202012Validator(json_schema("criteria")).is_valid(
        {"appraisal": {"title": "T", "scale": {"min": 0, "max": 5}},
         "criteria": [{"id": "a", "name": "A", "weight": 1, "value_function": bad}]})


@pytest.mark.parametrize("name", ["value-functions", "deep-tree", "all-features"])
def test_export_then_a_fresh_import_gives_back_the_value_functions(name: str, tmp_path: Path) -> None:
    """export -> import into an empty folder -> export: the same scores, weights and value
    functions, and the second workbook's value function row the same as the first's. A weighting
    record (the deep tree's, all-features') comes back from the Weighting sheet."""
    import openpyxl

    from tests.test_all_features import as_json as cli_json
    from tests.test_all_features import run

    first, second, folder = tmp_path / "first.xlsx", tmp_path / "second.xlsx", tmp_path / "imported"
    run("export", str(ROOT / "examples" / name), "-o", str(first))
    said = run("import", str(first), str(folder)).output
    run("export", str(folder), "-o", str(second))
    before, after = cli_json("score", str(ROOT / "examples" / name)), cli_json("score", str(folder))
    assert {r["id"]: r["score"] for r in after["ranking"]} == pytest.approx(
        {r["id"]: r["score"] for r in before["ranking"]}, abs=1e-9)
    assert {c["id"]: c["weight"] for c in after["criteria"]} == pytest.approx(
        {c["id"]: c["weight"] for c in before["criteria"]}, abs=1e-12)
    functions = {c["id"]: c.get("value_function") for c in before["criteria"]}
    assert any(functions.values()) is (name != "deep-tree")  # the deep tree has none: no row either
    # the workbook holds a MACBETH function's values, not its judgements: it comes back discrete
    expected = {k: {"type": "discrete", "values": f["values"]} if f and f["type"] == "macbeth" else f
                for k, f in functions.items()}
    assert any(f and f["type"] == "macbeth" for f in functions.values()) is (name != "deep-tree")
    assert {c["id"]: c.get("value_function") for c in after["criteria"]} == expected

    def function_row(path: Path) -> list[Any]:
        rows = list(openpyxl.load_workbook(path)["Scores"].iter_rows(values_only=True))
        return next((list(r) for r in rows if r[0] == "value function"), [])

    assert function_row(second) == function_row(first)
    tree = name != "value-functions"
    assert ("(read from the Weighting sheet)" in said) is tree
    assert "not carried" not in said
    if name == "deep-tree":
        assert "weighting: swing at the top level, 3 groups (read from the Weighting sheet)" in said


def test_a_value_function_cell_that_is_not_one_is_an_error_at_its_cell(tmp_path: Path) -> None:
    from tests.test_all_features import run

    sheet = tmp_path / "matrix.csv"
    sheet.write_text("Option,Cost,Quality\nvalue function,\"exponential, shape 2\",\n"
                     "type,score,score\nA,3,4\nB,2,5\n", encoding="utf-8")
    out = run("import", str(sheet), str(tmp_path / "new"), ok=1).output
    assert f"{sheet}: B2: error: a value function is written as in criteria.yaml, in braces" in out
    assert not (tmp_path / "new" / "criteria.yaml").exists()


def test_a_discrete_function_scored_between_levels_imports_as_piecewise(tmp_path: Path) -> None:
    """A's 2.5 lies between levels 2 (value 80) and 3 (100): a discrete function would refuse it
    (E214) but values it, as a panel's median, straight between them: 90. Imported, the function is
    the piecewise one through the same points, which gives 90 too, and the import warns (W904)."""
    from tests.test_all_features import as_json as cli_json
    from tests.test_all_features import run

    sheet = tmp_path / "matrix.csv"
    sheet.write_text('Option,Quality,Reach\nvalue function,"{type: discrete, values: {0: 0, 1: 50, 2: 80, 3: 100}}",\n'
                     "type,score,score\nworst,0,0\nbest,3,3\nweight,1,1\nA,2.5,1\nB,1,2\n", encoding="utf-8")
    out = run("import", str(sheet), str(tmp_path / "new")).output
    assert "'quality' has a discrete value function, and the sheet scores it 2.5, between its levels" in out
    assert "[W904]" in out
    data = cli_json("score", str(tmp_path / "new"))
    quality = next(c for c in data["criteria"] if c["id"] == "quality")
    assert quality["value_function"]["type"] == "piecewise"
    a = next(r for r in data["ranking"] if r["id"] == "a")
    assert a["values"]["quality"] == pytest.approx(90.0)
