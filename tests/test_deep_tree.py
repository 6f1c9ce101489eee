"""Value trees of any depth: examples/deep-tree (invented, three levels) through every command, the
tree's errors located, ordinal draws within every node, and a group's edit in diff.

The example's weights, worked by hand from its criteria.yaml:
  top level, swing: service 100, finance 60, carbon 40 -> 1/2, 3/10, 1/5;
  finance, rank running_cost > setup_cost -> rank-order centroid 3/4, 1/4;
  service, direct: continuity 30, reach 20, quality 50 -> 3/10, 1/5, 1/2;
  quality (within service), pairwise, consistent: staff_skill = 2 user_satisfaction = 4 accessibility
  -> 4/7, 2/7, 1/7.
So quality weighs 1/2 x 1/2 = 1/4 overall, and staff_skill 1/4 x 4/7 = 1/7.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from adm_appraise import load_appraisal
from adm_appraise.weighting import effective
from tests.conftest import ROOT, make_appraisal
from tests.files.test_loader import errors
from tests.test_all_features import as_json, run

EXAMPLE = ROOT / "examples" / "deep-tree"
WEIGHTS = {
    "running_cost": 3 / 10 * 3 / 4, "setup_cost": 3 / 10 * 1 / 4,
    "continuity": 1 / 2 * 3 / 10, "reach": 1 / 2 * 1 / 5,
    "staff_skill": 1 / 4 * 4 / 7, "user_satisfaction": 1 / 4 * 2 / 7, "accessibility": 1 / 4 * 1 / 7,
    "carbon": 1 / 5,
}
# The trust's scores (0-5, so value = 20 x score): running 4, set-up 2, continuity 3, reach 4,
# staff 3, satisfaction 4, accessibility 4, carbon 3.
TRUST = {"running_cost": 80, "setup_cost": 40, "continuity": 60, "reach": 80, "staff_skill": 60,
         "user_satisfaction": 80, "accessibility": 80, "carbon": 60}




def test_every_file_says_it_is_invented() -> None:
    files = list(EXAMPLE.rglob("*.yaml"))
    assert len(files) == 5
    for path in files:
        assert "INVENTED" in path.read_text(encoding="utf-8").split("\n", 1)[0], path


def test_effective_weights_of_a_three_level_tree_by_hand() -> None:
    # top: g 0.6, x 0.4; g: h 0.5, y 0.5; h: p 0.75, q 0.25 -> p 0.6 x 0.5 x 0.75 = 0.225,
    # q 0.075, y 0.3, x 0.4
    got = effective({"g": 0.6, "x": 0.4}, {"g": {"h": 0.5, "y": 0.5}, "h": {"p": 0.75, "q": 0.25}})
    assert got == pytest.approx({"p": 0.225, "q": 0.075, "y": 0.3, "x": 0.4})
    assert list(got) == ["p", "q", "y", "x"]  # depth first, in the levels' order
    with pytest.raises(ValueError):
        effective({"g": 1.0}, {"g": {"h": 1.0}, "h": {"g": 1.0}})


def test_the_example_loads_with_the_hand_worked_weights() -> None:
    appraisal = load_appraisal(EXAMPLE)
    record = appraisal.weighting
    assert record is not None
    assert record.weights() == pytest.approx(WEIGHTS)
    assert record.depth() == 2
    assert record.path("staff_skill") == ["service", "quality"]
    assert {g.id: g.parent for g in record.groups} == {"finance": None, "service": None, "quality": "service"}
    assert record.overall()["quality"] == pytest.approx(1 / 4)
    assert record.within()["quality"] == pytest.approx(1 / 2)
    assert {c.id: c.weight for c in appraisal.criteria} == pytest.approx({c: 100 * w for c, w in WEIGHTS.items()})


def test_validate_finds_no_error() -> None:
    result = run("validate", str(EXAMPLE))
    assert sorted(set(re.findall(r"\[(W\d+)\]", result.stdout))) == ["W205", "W207"]
    assert "0 errors" in result.stdout


def test_score_and_its_split_by_group_by_hand() -> None:
    data = as_json("score", str(EXAMPLE))
    assert {c["id"]: c["weight"] for c in data["criteria"]} == pytest.approx(WEIGHTS)
    trust = data["ranking"][0]
    assert trust["id"] == "trust"
    # 18 + 3 + 9 + 8 + 60/7 + 40/7 + 20/7 + 12 = 50 + 120/7 = 67.14
    assert trust["score"] == pytest.approx(50 + 120 / 7)
    split = as_json("score", str(EXAMPLE), "--by-group")
    nodes = {n["id"]: n for n in split["nodes"]}
    assert [(n["id"], n["depth"]) for n in split["nodes"]] == [("finance", 0), ("service", 0), ("quality", 1),
                                                               ("carbon", 0)]
    # finance: 0.225 x 80 + 0.075 x 40 = 21; service: 0.15 x 60 + 0.1 x 80 + quality;
    # quality: (60 x 4 + 80 x 2 + 80 x 1)/7 x 1/4 = 480/28 = 120/7; carbon 0.2 x 60 = 12
    assert nodes["finance"]["contributions"]["trust"] == pytest.approx(21)
    assert nodes["quality"]["contributions"]["trust"] == pytest.approx(120 / 7)
    assert nodes["service"]["contributions"]["trust"] == pytest.approx(17 + 120 / 7)
    assert nodes["carbon"]["contributions"]["trust"] == pytest.approx(12)
    for option in split["options"]:
        top = sum(n["contributions"][option["id"]] for n in split["nodes"] if n["depth"] == 0)
        assert top == pytest.approx(option["score"])
    # each node's weight within its parent and overall: quality 1/2 of service, 1/4 overall
    assert nodes["quality"]["within"] == pytest.approx(0.5)
    assert nodes["quality"]["weight"] == pytest.approx(0.25)
    assert nodes["finance"]["within"] == nodes["finance"]["weight"] == pytest.approx(0.3)
    table = run("score", str(EXAMPLE), "--by-group").stdout
    assert re.search(r"· Quality \(group\)\s+50\.0%\s+25\.0%\s+17\.1", table)
    assert re.search(r"Score\s+100\.0%\s+67\.1\s+66\.3\s+65\.4\s+45\.7", table)
    markdown = run("score", str(EXAMPLE), "--by-group", "--format", "markdown").stdout
    assert "| · Quality (group) |" in markdown.replace("  ", " ").replace("  ", " ")


def test_by_group_needs_a_tree_and_is_no_csv() -> None:
    result = run("score", str(ROOT / "examples" / "ordinal"), "--by-group", ok=2)
    assert "no groups" in result.output
    assert "not csv" in run("score", str(EXAMPLE), "--by-group", "--format", "csv", ok=2).output


def test_weights_show_the_tree_nested() -> None:
    data = as_json("weights", str(EXAMPLE))
    quality = next(g for g in data["groups"] if g["id"] == "quality")
    assert quality["parent"] == "service"
    assert quality["within"] == pytest.approx(1 / 2)
    assert quality["weight"] == pytest.approx(1 / 4)
    assert quality["criteria"] == ["staff_skill", "user_satisfaction", "accessibility"]
    service = next(g for g in data["groups"] if g["id"] == "service")
    assert service["items"] == ["continuity", "reach", "quality"] and service["criteria"] == ["continuity", "reach"]
    assert data["tree"][1]["children"][2]["children"][0] == {
        "id": "staff_skill", "name": "Staff skill", "kind": "criterion", "depth": 2,
        "within": pytest.approx(4 / 7), "weight": pytest.approx(1 / 7)}
    text = run("weights", str(EXAMPLE)).stdout
    assert re.search(r"· Quality \(group\)\s+50\.0%\s+25\.0%", text)
    assert re.search(r"· · Staff skill\s+57\.1%\s+14\.3%", text)
    assert "Group Quality (in Service): pairwise comparison (Saaty)" in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_report_shows_the_tree_nested(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    run("report", str(EXAMPLE), "-o", str(out), "--samples", "300")
    text = out.read_text(encoding="utf-8")
    assert "in a value tree 3 levels deep of 3 groups" in text
    if fmt == "md":
        assert "  - **Quality**: 50.0% of the group, 25.0% overall\n    - Staff skill: 57.1% of the group" in text
        # the scores split by group, as score --by-group (worked by hand there)
        assert "| · Quality (group) | 17.1 | 14.3 | 17.9 | 10.7 |\n| Carbon | 12.0 | 16.0 | 12.0 | 8.0 |" in text
    else:
        assert "<li><strong>Quality</strong>: 50.0% of the group, 25.0% overall" in text


def test_sensitivity_every_way_it_can_draw() -> None:
    for draw in ("ordinal", "around", "uniform"):
        data = as_json("sensitivity", str(EXAMPLE), "--samples", "500", "--weights", draw)
        assert data["monte_carlo"]["samples"] == 500


def test_export_and_the_weights_sheet_tree(tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "deep.xlsx"
    run("export", str(EXAMPLE), "-o", str(out))
    rows = list(openpyxl.load_workbook(out)["Weights"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[:4] == ("Node", "id", "Within group", "Weight"))
    end = next(i for i in range(start + 1, len(rows)) if not rows[i][1])
    tree = {r[1]: r for r in rows[start + 1:end]}
    assert len(tree) == 11  # 3 groups and 8 criteria
    assert tree["quality"][0] == "    Quality (group)"
    assert tree["quality"][2:5] == (pytest.approx(0.5), pytest.approx(0.25), "Service")
    assert tree["staff_skill"][3] == pytest.approx(1 / 7)
    # the scores split by group: an option a row, a node a column, its id under its name
    split = next(i for i, r in enumerate(rows) if r[:2] == ("Option", "id"))
    names, ids = rows[split], rows[split + 1]
    assert names[2:7] == ("Finance (group)", "Service (group)", "· Quality (group)", "Carbon", "Score")
    assert ids[1:6] == ("node id", "finance", "service", "quality", "carbon")
    trust = next(r for r in rows[split + 2:] if r[1] == "trust")
    # the trust's split, worked by hand in test_score_and_its_split_by_group_by_hand
    assert dict(zip(names[2:7], trust[2:7], strict=True)) == {
        "Finance (group)": pytest.approx(21), "Service (group)": pytest.approx(17 + 120 / 7),
        "· Quality (group)": pytest.approx(120 / 7), "Carbon": pytest.approx(12), "Score": pytest.approx(50 + 120 / 7)}
    assert [r[1] for r in rows[split + 2:split + 6]] == ["trust", "shared_service", "in_house", "outsource"]


def test_with_a_value_tree_no_sheet_grows_a_column_per_option(tmp_path: Path) -> None:
    """As tests/cli/test_export.py checks without a tree: here the Weights sheet also splits each
    option's score by group. Ten times the options, the same columns in every sheet."""
    import openpyxl

    many = tmp_path / "many"
    shutil.copytree(EXAMPLE, many)
    text = (many / "options" / "trust.yaml").read_text(encoding="utf-8")
    for k in range(36):
        (many / "options" / f"trust{k}.yaml").write_text(
            text.replace("id: trust", f"id: trust{k}").replace('name: "Charitable trust"', f'name: "Trust {k}"'),
            encoding="utf-8")
    widths = []
    for folder in (EXAMPLE, many):
        out = tmp_path / f"{folder.name}.xlsx"
        run("export", str(folder), "-o", str(out), "--samples", "200")
        book = openpyxl.load_workbook(out)
        widths.append({ws.title: ws.max_column for ws in book.worksheets})
        rows = max(ws.max_row for ws in book.worksheets)
    assert widths[0] == widths[1], widths
    assert rows > 40  # the 40 options are there, down the rows


def test_commands_that_need_another_block_say_so() -> None:
    # the example has no economic case, panel or long list: each command says what is missing
    assert "[E609]" in run("value", str(EXAMPLE), ok=1).output
    assert "[E409]" in run("panel", str(EXAMPLE), ok=1).output
    assert "[E708]" in run("longlist", str(EXAMPLE), ok=1).output


def test_diff_names_an_edit_at_a_nested_group(tmp_path: Path) -> None:
    changed = tmp_path / "changed"
    shutil.copytree(EXAMPLE, changed)
    criteria = changed / "criteria.yaml"
    criteria.write_text(criteria.read_text(encoding="utf-8").replace("weight: 50", "weight: 60"), encoding="utf-8")
    data = as_json("diff", str(EXAMPLE), str(changed))
    assert [c["kind"] for c in data["changes"]] == ["judgement", "weights"]
    assert data["changes"][0]["text"] == "weight of quality (group service) 50 → 60"
    # service's items 30, 20, 50 -> 30, 20, 60 (of 110). The trust's service part (x 1/2):
    # before 1/2 (0.3 x 60 + 0.2 x 80 + 0.5 x 480/7) = 239/7; after 1/2 (1800 + 1600 + 60 x 480/7)/110
    # = 26300/770; the difference 1/77 = 0.013 points, all of it the edit's.
    trust = next(m for m in data["movements"] if m["id"] == "trust")
    assert trust["change"] == pytest.approx(1 / 77)
    assert trust["parts"] == {"judgement:weight of quality (service)": pytest.approx(1 / 77)}


TREE_HEAD = """
appraisal:
  title: Ranked at every level
  scale: {min: 0, max: 5}
weighting:
  method: rank
  order: [outer, x]
  groups:
    outer: {name: Outer, order: [inner, y]}
    inner: {name: Inner, group: outer, order: [p, q]}
criteria:
  - {id: p, name: P, group: inner}
  - {id: q, name: Q, group: inner}
  - {id: y, name: Y, group: outer}
  - {id: x, name: X}
"""


def test_ordinal_draws_each_rank_level_within_its_node(tmp_path: Path) -> None:
    from adm_appraise.analysis.ordinal import TreeSampler, order_constraints

    folder = make_appraisal(tmp_path, TREE_HEAD, a="id: a\nname: A\nscores: {p: 1, q: 2, y: 3, x: 4}\n")
    record = load_appraisal(folder).weighting
    assert record is not None
    # centroid of two ranked items 3/4, 1/4 at each of three levels: p 27/64, q 9/64, y 12/64, x 16/64
    assert record.weights() == pytest.approx({"p": 27 / 64, "q": 9 / 64, "y": 12 / 64, "x": 16 / 64})
    criteria = ["p", "q", "y", "x"]
    draws = TreeSampler(record, criteria).draw(np.random.default_rng(1), 200_000)
    p, q, y, x = draws.T
    assert np.allclose(draws.sum(axis=1), 1.0)
    assert np.all(p + q + y >= x - 1e-12)  # outer over x
    assert np.all(p + q >= y - 1e-12)  # inner over y, within outer
    assert np.all(p >= q - 1e-12)  # p over q, within inner
    # the levels drawn independently, each uniform on its order (mean its centroid 3/4): the means
    # are the products, 27/64 etc. (standard error below 0.0005 at 200,000 draws)
    assert draws.mean(axis=0) == pytest.approx([27 / 64, 9 / 64, 12 / 64, 16 / 64], abs=0.003)
    # within outer, inner's share is uniform on [1/2, 1] (not fixed): its spread is (1/2)^2/12
    share = (p + q) / (p + q + y)
    assert share.var() == pytest.approx(1 / 48, rel=0.05)
    upper, equal = order_constraints(record, criteria)
    w0 = np.array([27, 9, 12, 16]) / 64
    assert upper.shape == (3, 4) and equal.shape == (0, 4)
    assert np.all(upper @ w0 <= 1e-12)
    # outer over x is the row (x) - (p + q + y): the mass of a group is every criterion under it
    assert [-1.0, -1.0, -1.0, 1.0] in upper.tolist()


def test_tree_errors_all_at_once_and_located(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, """
appraisal:
  title: Broken tree
  scale: {min: 0, max: 5}
weighting:
  method: swing
  swings: {money: 100, people: 50}
  groups:
    money: {name: Money, swings: {cost: 100}}
    people: {name: People, group: mony, swings: {reach: 100}}
    loop_a: {name: Loop A, group: loop_b, swings: {risk: 100}}
    loop_b: {name: Loop B, group: loop_a, swings: {loop_a: 100}}
    empty: {name: Empty, group: money}
criteria:
  - {id: cost, name: Cost, group: money}
  - {id: reach, name: Reach, group: people}
  - {id: risk, name: Risk, group: loop_a}
""", a="id: a\nname: A\nscores: {cost: 1, reach: 2, risk: 3}\n")
    assert errors(folder) == [
        "criteria.yaml:9:35: error: group 'people' is in unknown group 'mony' (did you mean 'money'?) [E506]",
        "criteria.yaml:10:35: error: group 'loop_a' is within itself: 'loop_a' within 'loop_b' within 'loop_a'; "
        "give one of them another 'group:', or none (the top level) [E513]",
        "criteria.yaml:12:5: error: group 'empty' has no criteria: give criteria 'group: empty' or remove it [E511]",
    ]


def test_a_group_weighed_at_the_wrong_level_is_pointed_to_its_parent(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, """
appraisal:
  title: Wrong level
  scale: {min: 0, max: 5}
weighting:
  method: swing
  swings: {outer: 100, inner: 50, x: 40}
  groups:
    outer: {name: Outer, swings: {y: 100}}
    inner: {name: Inner, group: outer, weight: 20, swings: {p: 100}}
criteria:
  - {id: p, name: P, group: inner}
  - {id: y, name: Y, group: outer}
  - {id: x, name: X}
""", a="id: a\nname: A\nscores: {p: 1, y: 2, x: 3}\n")
    assert errors(folder) == [
        "criteria.yaml:6:24: error: the top level weighs 'inner', which it does not hold: it belongs to group "
        "'outer', so weigh it there [E502]",
        "criteria.yaml:8:26: error: group 'outer' gives no swing for 'inner' [E503]",
        "criteria.yaml:9:40: error: group 'inner' states a weight, but the items of group 'outer' are weighed by "
        "'method: swing': remove 'weight:' [E501]",
    ]


def test_a_groups_switching_value_by_hand() -> None:
    data = as_json("sensitivity", str(EXAMPLE), "--samples", "200")
    groups = {g["group"]: g for g in data["group_switching_values"]}
    assert list(groups) == ["finance", "service", "quality"]
    # Finance's weight t, its criteria keeping 3:1: the trust's mean value in it (0.225 x 80 +
    # 0.075 x 40)/0.3 = 70, in-house's (0.225 x 40 + 0.075 x 100)/0.3 = 55; outside it the trust
    # scores r_trust = (50 + 120/7 - 21)/0.7 and in-house r_in (below), and the two tie where
    # t x 70 + (1 - t) r_trust = t x 55 + (1 - t) r_in: t = (r_in - r_trust)/(15 + r_in - r_trust)
    r_trust = (50 + 120 / 7 - 21) / 0.7
    # in-house outside Finance: continuity 0.15 x 100 + reach 0.1 x 40 + quality 0.25 x (80 x 4 + 60 x 2
    # + 60 x 1)/7 + carbon 0.2 x 60 = 15 + 4 + 500/28 + 12 = 31 + 125/7
    r_in = (31 + 125 / 7) / 0.7
    t = (r_in - r_trust) / (15 + r_in - r_trust)
    assert groups["finance"]["weight"] == pytest.approx(0.3)
    # at the top level a group's share within its parent is its overall weight
    assert groups["finance"]["lower"] == {"within": pytest.approx(t), "weight": pytest.approx(t),
                                          "new_leader": "in_house"}
    assert round(t, 4) == 0.2054
    assert "Group weight switching values" in run("sensitivity", str(EXAMPLE), "--samples", "200").stdout
    # no tree, no groups' switching values
    assert "group_switching_values" not in as_json("sensitivity", str(ROOT / "examples" / "ordinal"),
                                                   "--samples", "200")


def test_validate_of_a_deep_tree_imports_no_numpy() -> None:
    import subprocess
    import sys

    code = ("import sys; from adm_appraise.cli import main\n"
            f"try:\n    main(['validate', {str(EXAMPLE)!r}])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'numpy', 'jinja2', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_what_it_would_take_at_the_top_level_by_hand() -> None:
    data = as_json("sensitivity", str(EXAMPLE), "--samples", "200", "--weights", "around")
    top = data["top_level_challenge"]
    # Top-level items with their criteria's proportions kept: the trust scores Finance 70, Service
    # (9 + 8 + 120/7)/0.5, Carbon 60; the shared service 80, (6 + 6 + 100/7)/0.5, 80. It trails by
    # 470/7 - 464/7 = 6/7. Moving d from Service (where it loses 110/7 per unit) to Carbon (where it
    # gains 20) closes the gap at d (20 + 110/7) = 6/7: d = 0.024, an L1 change of 0.048.
    assert top["challenger"] == "shared_service"
    assert top["l1_change"] == pytest.approx(0.048)
    assert top["weights"] == pytest.approx({"finance": 0.3, "service": 0.476, "carbon": 0.224})
    assert "no other eligible option leads" not in run("sensitivity", str(EXAMPLE), "--samples", "200").stdout


def test_a_sub_groups_switching_value_within_its_parent_by_hand() -> None:
    """Quality, three levels down (top > Service > Quality), moved as its share of Service.

    Values (score x 20): in-house 40, 100 | 100, 40 | 80, 60, 60 | 60 (running, set-up | continuity,
    reach | staff, satisfaction, accessibility | carbon); the trust 80, 40 | 60, 80 | 60, 80, 80 | 60;
    the shared service 100, 20 | 40, 60 | 60, 60, 40 | 80. Service weighs 0.5; within it Quality
    has share t (now 0.5), continuity and reach keep 3:2 of the rest, and Quality's criteria 4:2:1.
    Quality's value: trust (240 + 160 + 80)/7 = 480/7, shared 400/7, in-house 500/7. The siblings'
    (3:2): trust 68, shared 48, in-house 76. Outside Service (Finance and carbon, untouched): trust
    18 + 3 + 12 = 33, shared 22.5 + 1.5 + 16 = 40, in-house 9 + 7.5 + 12 = 28.5. So
      trust    33 + 0.5 (t 480/7 + (1 - t) 68) = 67 + 2t/7
      shared   40 + 0.5 (t 400/7 + (1 - t) 48) = 64 + 32t/7
      in-house 28.5 + 0.5 (t 500/7 + (1 - t) 76) = 66.5 - 16t/7
    (at t = 0.5: 67.14, 66.29, 65.36, the scores). The shared service ties where 3 = 30t/7: t = 0.7,
    an overall weight of 0.35; in-house would need t = -7/36 < 0, so nothing switches below.
    (Moving Quality's overall weight with every other criterion rescaled, as before, would give
    other figures: Finance would shrink too.)
    """
    data = as_json("sensitivity", str(EXAMPLE), "--samples", "200")
    quality = next(g for g in data["group_switching_values"] if g["group"] == "quality")
    assert quality["parent"] == "service"
    assert quality["within"] == pytest.approx(0.5)
    assert quality["weight"] == pytest.approx(0.25)
    assert quality["lower"] is None
    assert quality["upper"] == {"within": pytest.approx(0.7), "weight": pytest.approx(0.35),
                                "new_leader": "shared_service"}
    text = run("sensitivity", str(EXAMPLE), "--samples", "200").stdout
    assert "70.0% (35.0%): Shared service" in text


def test_what_it_would_take_within_a_sub_group_by_hand() -> None:
    """Within Quality alone (every other weight where it is), shares s = (staff, satisfaction,
    accessibility), now (4, 2, 1)/7. Outside Quality the shared service scores 40 + 0.15 x 40 +
    0.1 x 60 = 52, the trust 33 + 9 + 8 = 50; inside, 0.25 s . (60, 60, 40) against 0.25 s . (60,
    80, 80). The shared service's lead is 2 - 5 s_sat - 10 s_acc = 2 - 20/7 = -6/7. Moving share
    from accessibility (where it loses 10 a unit) to staff skill (0) closes 6/7 after 6/70 of it,
    within accessibility's 1/7: an L1 change of 12/70 = 17.1 points, at (46, 20, 4)/70. In-house
    (outside 47.5; inside 0.25 s . (80, 60, 60)) trails by 2.5 - 5/7 and needs 1/7 + 1/28 of
    accessibility and satisfaction moved: 25/70, farther.
    """
    data = as_json("sensitivity", str(EXAMPLE), "--samples", "200", "--weights", "around")
    nodes = {n["group"]: n for n in data["group_challenges"]}
    assert list(nodes) == ["finance", "service", "quality"]
    quality = nodes["quality"]
    assert quality["challenger"] == "shared_service"
    assert quality["l1_change"] == pytest.approx(12 / 70)
    assert quality["weights"] == pytest.approx({"staff_skill": 46 / 70, "user_satisfaction": 20 / 70,
                                                "accessibility": 4 / 70})
    # the top level's line is the one it was
    assert data["top_level_challenge"]["l1_change"] == pytest.approx(0.048)
    text = run("sensitivity", str(EXAMPLE), "--samples", "200").stdout
    assert "Within Quality alone" in text


def test_what_it_would_take_in_a_ranked_node_keeps_its_order() -> None:
    """Finance ranks running cost above set-up cost; its shares r, 1 - r are now the centroid 3/4,
    1/4. Outside Finance (weights untouched) the trust scores 9 + 8 + 120/7 + 12 = 323/7, in-house
    15 + 4 + 125/7 + 12 = 342/7, the shared service 6 + 6 + 100/7 + 16 = 296/7; inside, 0.3 (80r +
    40(1 - r)) = 12 + 12r for the trust, 0.3 (40r + 100(1 - r)) = 30 - 18r for in-house, 6 + 24r for
    the shared service. In-house ties at 30r = 19/7 + 18: r = 29/42, an L1 change of 2 (3/4 - 29/42)
    = 5/42; the shared service would need r = 23/28, 2/14 away, farther. r = 29/42 still puts
    running cost first, so the ordered answer is this one, and the order holds at it.
    """
    data = as_json("sensitivity", str(EXAMPLE), "--samples", "200")  # ordinal: Finance ranks
    finance = next(n for n in data["group_challenges"] if n["group"] == "finance")
    assert finance["challenger"] == "in_house"
    assert finance["weights"]["running_cost"] >= finance["weights"]["setup_cost"]
    assert finance["l1_change"] == pytest.approx(5 / 42)
    assert finance["weights"] == pytest.approx({"running_cost": 29 / 42, "setup_cost": 13 / 42})


def test_weights_tree_draws_node_by_node() -> None:
    data = as_json("sensitivity", str(EXAMPLE), "--samples", "500", "--weights", "tree")
    assert data["monte_carlo"]["weights"] == "tree"
    assert data["monte_carlo"]["spread"] == 0.2
    assert sum(data["monte_carlo"]["rank_acceptability"]["trust"].values()) == pytest.approx(1.0)
    text = run("sensitivity", str(EXAMPLE), "--samples", "500", "--weights", "tree").stdout
    assert "weights drawn node by node down the value tree" in text
    # a ranked node keeps its stated order, which a what-if weight would not change: refused
    refused = run("sensitivity", str(EXAMPLE), "--weights", "tree", "--weight", "carbon=50", ok=2)
    assert refused.exit_code == 2
    assert "tree draws keep each ranked node's stated order" in refused.output
