"""The weighting: block and criterion groups: loading, derived weights, and every error located."""

from __future__ import annotations

from pathlib import Path

import pytest

from adm_appraise import load_appraisal
from tests.conftest import make_appraisal
from tests.files.test_loader import errors

HEAD = """
appraisal:
  title: Four criteria
  scale: {min: 0, max: 5}
"""
CRITERIA = """
criteria:
  - {id: tax, name: Tax}
  - {id: procurement, name: Procurement}
  - {id: risk, name: Risk}
  - {id: timescale, name: Timescale}
"""
A = "id: a\nname: A\nscores: {tax: 5, procurement: 1, risk: 2, timescale: 3}\n"
B = "id: b\nname: B\nscores: {tax: 1, procurement: 5, risk: 3, timescale: 2}\n"


def folder(tmp_path: Path, weighting: str, criteria: str = CRITERIA) -> Path:
    return make_appraisal(tmp_path, HEAD + weighting + criteria, a=A, b=B)


def weights(tmp_path: Path, weighting: str, criteria: str = CRITERIA) -> dict[str, float]:
    return {c.id: c.weight for c in load_appraisal(folder(tmp_path, weighting, criteria)).criteria}


def test_swing_weights_are_used_on_a_0_100_scale(tmp_path: Path) -> None:
    # 100 + 80 + 60 + 60 = 300: 33.3, 26.7, 20, 20
    got = weights(tmp_path, """
weighting:
  method: swing
  swings: {procurement: 100, timescale: 80, tax: 60, risk: 60}
  participants: [Director of children's services, Head of finance]
  date: "2017-11-20"
""")
    assert got == pytest.approx({"tax": 20.0, "procurement": 100 / 3, "risk": 20.0, "timescale": 80 / 3})


def test_rank_weights_with_a_tie(tmp_path: Path) -> None:
    # procurement > timescale > tax = risk: levels of 1, 1, 2 items, T = 1, 2, 4, L = 3:
    # (1 + 1/2 + 1/4)/3 = 7/12, (1/2 + 1/4)/3 = 1/4, (1/4)/3 = 1/12 each
    got = weights(tmp_path, "weighting:\n  method: rank\n  order: [procurement, timescale, [tax, risk]]\n")
    assert got == pytest.approx({"procurement": 700 / 12, "timescale": 25.0, "tax": 100 / 12, "risk": 100 / 12})


def test_pairwise_weights_from_the_upper_triangle_either_way_round(tmp_path: Path) -> None:
    # consistent judgements: procurement = 2 tax = 2 risk = 4 timescale -> 4, 2, 2, 1 over 9
    got = weights(tmp_path, """
weighting:
  method: pairwise
  comparisons:
    procurement: {tax: 2, risk: 2, timescale: 4}
    tax: {risk: 1, timescale: 2}
    timescale: {risk: 1/2}
""")
    assert got == pytest.approx({"procurement": 400 / 9, "tax": 200 / 9, "risk": 200 / 9, "timescale": 100 / 9})


def test_pairwise_with_pairs_left_out_weighs_the_chain(tmp_path: Path) -> None:
    # only three of the six pairs, a spanning chain: procurement = 2 tax, tax = risk, risk = 2 timescale;
    # Harker's weights are the chain's ratios exactly: 4, 2, 2, 1 over 9, as if every pair were judged
    got = weights(tmp_path, """
weighting:
  method: pairwise
  comparisons:
    procurement: {tax: 2}
    tax: {risk: 1}
    risk: {timescale: 2}
""")
    assert got == pytest.approx({"procurement": 400 / 9, "tax": 200 / 9, "risk": 200 / 9, "timescale": 100 / 9})


def test_a_group_of_judges_weighs_by_the_geometric_mean_of_their_judgements(tmp_path: Path) -> None:
    # P judges procurement 4 times tax, Q 1 time: geometric mean 2. Both judge tax = risk, and only Q
    # judges risk 2 times timescale; P leaves it out. The group's chain: 4, 2, 2, 1 over 9, as above
    text = """
weighting:
  method: pairwise
  judges:
    P: {procurement: {tax: 4}, tax: {risk: 1}}
    Q: {tax: {procurement: 1, risk: 1}, timescale: {risk: 1/2}}
"""
    assert weights(tmp_path, text) == pytest.approx(
        {"procurement": 400 / 9, "tax": 200 / 9, "risk": 200 / 9, "timescale": 100 / 9})
    level = load_appraisal(folder(tmp_path, text)).weighting.top  # type: ignore[union-attr]
    assert set(level.judges) == {"P", "Q"}
    # P compared three items in a chain (consistent); Q compared all four consistently (1:1:1:1/2... )
    own = level.judge_consistency()
    assert own["P"] is not None and own["P"].weights == pytest.approx({"procurement": 4 / 6, "tax": 1 / 6,
                                                                        "risk": 1 / 6})
    assert own["Q"] is not None and own["Q"].cr == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize(("weighting", "expected"), [
    # every mistake in one run, each at the participant's own judgement
    ("weighting:\n  method: pairwise\n  judges:\n    P: {procurement: {tax: 12, procurment: 2}}\n"
     "    Q: {tax: {tax: 2}, risk: {timescale: 1}, timescale: {risk: 2}}\n",
     ["criteria.yaml:6:3: error: the top level's comparisons leave the items in 2 unconnected sets (tax, "
      "procurement; risk, timescale): compare an item of each set with one of another, so that every item is "
      "linked (missing pairs are allowed, but the weights need every item connected) [E512]",
      "criteria.yaml:7:28: error: the judgement procurement over tax by P (12) is off Saaty's scale: use 1 to 9, "
      "or 1/2 to 1/9 [E507]",
      "criteria.yaml:7:44: error: the top level weighs 'procurment', which it does not hold (did you mean "
      "'procurement'?) [E502]",
      "criteria.yaml:8:20: error: 'tax' is compared with itself by Q [E507]",
      "criteria.yaml:8:64: error: the pair timescale, risk is judged twice by Q (also as risk/timescale) [E504]"]),
    ("weighting:\n  method: pairwise\n  comparisons: {tax: {risk: 2}}\n  judges: {P: {tax: {risk: 2}}}\n",
     ["criteria.yaml:7:3: error: the top level gives both 'comparisons:' and 'judges:': give one (a group's "
      "judgements go under 'judges:', one name each) [E501]"]),
    ("weighting:\n  method: swing\n  swings: {procurement: 100, timescale: 80, tax: 60, risk: 60}\n"
     "  judges: {P: {tax: {risk: 2}}}\n",
     ["criteria.yaml:7:3: error: 'judges:' is for method pairwise, but the top level is weighed by "
      "'method: swing' [E501]"]),
])
def test_judges_errors(tmp_path: Path, weighting: str, expected: list[str]) -> None:
    assert errors(folder(tmp_path, weighting)) == expected


TREE = """
weighting:
  method: swing
  swings: {finance: 100, delivery: 50}
  groups:
    finance:
      name: Finance
      method: rank
      order: [procurement, tax]
    delivery:
      name: Delivery
      swings: {timescale: 100, risk: 25}
"""
GROUPED = """
criteria:
  - {id: tax, name: Tax, group: finance}
  - {id: procurement, name: Procurement, group: finance}
  - {id: risk, name: Risk, group: delivery}
  - {id: timescale, name: Timescale, group: delivery}
"""


def test_value_tree_effective_weight_is_group_weight_times_weight_within(tmp_path: Path) -> None:
    # groups 100:50 -> 2/3, 1/3. finance by rank-order centroid of 2: 3/4, 1/4;
    # delivery 100:25 -> 4/5, 1/5. Effective: procurement 1/2, tax 1/6, timescale 4/15, risk 1/15
    got = weights(tmp_path, TREE, GROUPED)
    assert got == pytest.approx({"procurement": 50.0, "tax": 100 / 6, "timescale": 400 / 15, "risk": 100 / 15})
    appraisal = load_appraisal(folder(tmp_path, TREE, GROUPED))
    assert appraisal.weighting is not None
    assert [g.id for g in appraisal.weighting.groups] == ["finance", "delivery"]
    assert appraisal.criterion("tax").group == "finance"


def test_direct_weights_in_groups_are_weights_within_the_group(tmp_path: Path) -> None:
    # groups 3:1 -> 3/4, 1/4; finance 1:1, delivery 1:3 -> 3/8, 3/8, 1/16, 3/16
    tree = """
weighting:
  groups:
    finance: {name: Finance, weight: 3}
    delivery: {name: Delivery, weight: 1}
"""
    criteria = GROUPED.replace("group: finance}", "group: finance, weight: 1}").replace(
        "{id: risk, name: Risk, group: delivery}", "{id: risk, name: Risk, group: delivery, weight: 1}").replace(
        "{id: timescale, name: Timescale, group: delivery}", "{id: timescale, name: Timescale, group: delivery, weight: 3}")
    assert weights(tmp_path, tree, criteria) == pytest.approx(
        {"tax": 37.5, "procurement": 37.5, "risk": 6.25, "timescale": 18.75})


def test_a_stated_weight_that_agrees_is_accepted(tmp_path: Path) -> None:
    criteria = CRITERIA.replace("{id: tax, name: Tax}", "{id: tax, name: Tax, weight: 20}").replace(
        "{id: risk, name: Risk}", "{id: risk, name: Risk, weight: 20}")
    got = weights(tmp_path, "weighting:\n  method: swing\n  swings: {procurement: 100, timescale: 80, tax: 60, risk: 60}\n",
                  criteria)
    assert got["tax"] == pytest.approx(20.0)


@pytest.mark.parametrize(("weighting", "criteria", "expected"), [
    ("weighting:\n  method: swing\n  swings: {procurement: 100, timescale: 80, tax: 60, risk: 60}\n",
     CRITERIA.replace("{id: tax, name: Tax}", "{id: tax, name: Tax, weight: 30}").replace(
         "{id: risk, name: Risk}", "{id: risk, name: Risk, weight: 20}"),
     ["criteria.yaml:9:34: error: 'tax' states weight 30 (60.0% of the stated weights), but the swing weighting "
      "gives it 50.0%: the weighting record wins; correct 'weight:' or remove it [E505]",
      "criteria.yaml:11:36: error: 'risk' states weight 20 (40.0% of the stated weights), but the swing weighting "
      "gives it 50.0%: the weighting record wins; correct 'weight:' or remove it [E505]"]),
    ("weighting:\n  method: swing\n  swings: {procurement: 100, timescale: 80, tax: 60, rsk: 60}\n", CRITERIA,
     ["criteria.yaml:6:3: error: the top level gives no swing for 'risk' [E503]",
      "criteria.yaml:6:54: error: the top level weighs 'rsk', which it does not hold (did you mean 'risk'?) [E502]"]),
    ("weighting:\n  method: swing\n  swings: {procurement: 0, timescale: 0, tax: 0, risk: 0}\n", CRITERIA,
     ["criteria.yaml:6:3: error: every swing in the top level is 0: the largest swing should be 100 [E509]"]),
    ("weighting:\n  method: rank\n  swings: {tax: 100}\n", CRITERIA,
     ["criteria.yaml:4:1: error: the top level is weighed by 'method: rank' but gives no 'order:' [E501]",
      "criteria.yaml:6:3: error: 'swings:' is for method swing, but the top level is weighed by 'method: rank' [E501]"]),
    ("weighting:\n  method: rank\n  order: [procurement, [tax, procurement], risk]\n", CRITERIA,
     ["criteria.yaml:6:3: error: the top level does not rank 'timescale' [E503]",
      "criteria.yaml:6:30: error: 'procurement' is ranked twice in the top level [E504]"]),
    ("weighting:\n  method: pairwise\n  comparisons:\n    tax: {risk: 10, procurement: 2, timescale: 2}\n"
     "    risk: {tax: 1, procurement: 1, timescale: 1}\n", CRITERIA,
     ["criteria.yaml:7:17: error: the judgement tax over risk (10) is off Saaty's scale: use 1 to 9, or 1/2 to 1/9 [E507]",
      "criteria.yaml:8:17: error: the pair risk, tax is judged twice (also as tax/risk) [E504]"]),
    # Harker's method allows missing pairs, but not items left unconnected
    ("weighting:\n  method: pairwise\n  comparisons:\n    tax: {risk: 2}\n    procurement: {timescale: 3}\n",
     CRITERIA,
     ["criteria.yaml:6:3: error: the top level's comparisons leave the items in 2 unconnected sets (tax, risk; "
      "procurement, timescale): compare an item of each set with one of another, so that every item is linked "
      "(missing pairs are allowed, but the weights need every item connected) [E512]"]),
    ("weighting:\n  method: pairwise\n  comparisons:\n    tax: {risk: 2}\n    procurement: {risk: 3}\n",
     CRITERIA,
     ["criteria.yaml:6:3: error: the top level compares 'timescale' with nothing: compare it with at least one "
      "other item (missing pairs are allowed, but the weights need every item connected) [E512]"]),
    ("weighting:\n  method: pairwise\n  comparisons: {tax: {risk: 1/10}}\n", CRITERIA,
     ["criteria.yaml:6:29: error: weighting.comparisons.tax.risk '1/10' is not a judgement: use a number from "
      "1 to 9, or a fraction from 1/2 to 1/9 [E113]"]),
    ("weighting:\n  method: rank\n  order: [finance, risk, timescale]\n  groups:\n"
     "    finance: {name: F, order: [procurement, tax]}\n    delivery: {name: D}\n",
     GROUPED.replace("group: delivery", "group: delivry"),
     ["criteria.yaml:9:5: error: group 'delivery' has no criteria: give criteria 'group: delivery' or remove it [E511]",
      "criteria.yaml:14:35: error: criterion 'risk' is in unknown group 'delivry' (did you mean 'delivery'?) [E506]",
      "criteria.yaml:15:45: error: criterion 'timescale' is in unknown group 'delivry' (did you mean 'delivery'?) [E506]"]),
])
def test_weighting_errors(tmp_path: Path, weighting: str, criteria: str, expected: list[str]) -> None:
    assert errors(folder(tmp_path, weighting, criteria)) == expected


def test_a_criterion_without_weight_and_no_record_is_missing_its_weight(tmp_path: Path) -> None:
    assert errors(folder(tmp_path, "", CRITERIA.replace("{id: tax, name: Tax}", "{id: tax, name: Tax, weight: 1}"))) == [
        f"criteria.yaml:{n}:5: error: missing required key 'weight' [E111]" for n in (7, 8, 9)]


def test_value_tree_errors_point_at_the_level_that_is_wrong(tmp_path: Path) -> None:
    tree = TREE.replace("order: [procurement, tax]", "order: [procurement, tax, risk]").replace(
        "name: Delivery", "name: Delivery\n      weight: 2")
    assert errors(folder(tmp_path, tree, GROUPED)) == [
        "criteria.yaml:12:33: error: group 'finance' weighs 'risk', which it does not hold: it belongs to group "
        "'delivery', so weigh it there [E502]",
        "criteria.yaml:15:7: error: group 'delivery' states a weight, but the groups are weighed by 'method: swing': "
        "remove 'weight:' [E501]",
    ]


def test_direct_groups_need_their_weights(tmp_path: Path) -> None:
    tree = "weighting:\n  groups:\n    finance: {name: Finance}\n    delivery: {name: Delivery, weight: 1}\n"
    criteria = GROUPED.replace("}", ", weight: 1}")
    assert errors(folder(tmp_path, tree, criteria)) == [
        "criteria.yaml:6:5: error: group 'finance' has no 'weight:', and the groups are weighed by 'method: direct' [E510]"]


def test_a_group_of_one_needs_no_judgement(tmp_path: Path) -> None:
    # finance holds procurement alone: its weight within the group is 1 whatever the method;
    # the groups 100:50 give procurement 2/3 and delivery's 4:1 swings 4/15 and 1/15
    tree = TREE.replace("      method: rank\n      order: [procurement, tax]\n", "")
    criteria = GROUPED.replace("  - {id: tax, name: Tax, group: finance}\n", "")
    x = "id: x\nname: X\nscores: {procurement: 5, risk: 0, timescale: 0}\n"
    folder = make_appraisal(tmp_path, HEAD + tree + criteria, x=x)
    got = {c.id: c.weight for c in load_appraisal(folder).criteria}
    assert got == pytest.approx({"procurement": 200 / 3, "timescale": 400 / 15, "risk": 100 / 15})


def test_a_ranking_place_or_judgement_of_the_wrong_kind(tmp_path: Path) -> None:
    weighting = ("weighting:\n  method: pairwise\n  comparisons: {tax: {risk: [2]}}\n  order: [1]\n")
    assert errors(folder(tmp_path, weighting)) == [
        "criteria.yaml:6:29: error: weighting.comparisons.tax.risk must be a number from 1 to 9, or a fraction "
        "from 1/2 to 1/9, not a list [E112]",
        "criteria.yaml:7:11: error: weighting.order[0] must be an id, or a list of tied ids, not 1 [E112]",
    ]


def test_a_group_may_not_share_a_criterion_id(tmp_path: Path) -> None:
    # a group 'risk' beside an ungrouped criterion 'risk': the top level could not tell them
    # apart, so 'risk' was scored with weight NaN and 'weights' crashed
    tree = ("weighting:\n  method: swing\n  swings: {risk: 100, timescale: 50}\n  groups:\n"
            "    risk: {name: Risk group, swings: {tax: 100, procurement: 50}}\n")
    criteria = GROUPED.replace("group: finance", "group: risk").replace(", group: delivery", "")
    assert errors(folder(tmp_path, tree, criteria)) == [
        "criteria.yaml:8:5: error: group id 'risk' is also a criterion's id (line 13): ids must be unique "
        "across criteria and groups [E201]"]
