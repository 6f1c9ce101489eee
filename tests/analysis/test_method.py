"""Value functions, weighted sum, ranking, ties, shortlist rules, scenarios and overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adm_appraise import appraise, load_appraisal
from adm_appraise.analysis.method import UnknownName
from adm_appraise.model import Appraisal, Assessment, Criterion, GateAssessment, Option, ShortlistRule
from adm_appraise.problems import Location
from tests.conftest import make_appraisal

HERE = Location("test")

# A hand-worked example (numbers checked on paper):
#   quality: score on a 0-10 scale, weight 50
#   cost:    measure in £m, lower is better, local scale (worst 6.0, best 2.0), weight 30
#   months:  measure, lower is better, global range [24, 6], weight 20
#   A: quality 8, cost 4.0, months 12  -> values 80, 100*(4-6)/(2-6)=50, 100*(12-24)/(6-24)=66.67
#   B: quality 6, cost 2.0, months 6   -> values 60, 100, 100
#   C: quality 9, cost 6.0, months 24  -> values 90, 0, 0; C fails the gate
#   normalised weights 0.5, 0.3, 0.2
#   A = 40 + 15 + 13.333.. = 68.333..;  B = 30 + 30 + 20 = 80;  C = 45 (unranked)
WORKED = """
appraisal:
  title: Worked example
  scale: {min: 0, max: 10}
  shortlist: {top: 1}
criteria:
  - {id: quality, name: Quality, weight: 50}
  - {id: cost, name: Cost, weight: 30, type: measure, unit: £m, direction: lower}
  - {id: months, name: Time, weight: 20, type: measure, direction: lower, range: [24, 6]}
gates:
  - {id: legal, name: Lawful}
scenarios:
  cheap: {weights: {cost: 70}}
"""
OPTIONS = {
    "a": "id: a\nname: A\ngates: {legal: pass}\nscores: {quality: 8, cost: 4.0, months: {value: 12}}\n",
    "b": "id: b\nname: B\ngates: {legal: conditional}\nscores: {quality: 6, cost: 2.0, months: 6}\n",
    "c": "id: c\nname: C\ngates: {legal: fail}\nscores: {quality: 9, cost: 6.0, months: 24}\n",
}


@pytest.fixture
def worked(tmp_path: Path) -> Appraisal:
    return load_appraisal(make_appraisal(tmp_path, WORKED, **OPTIONS))


def test_hand_worked_example(worked: Appraisal) -> None:
    result = appraise(worked)
    assert result.values.loc["a"].tolist() == pytest.approx([80, 50, 200 / 3])
    assert result.values.loc["b"].tolist() == pytest.approx([60, 100, 100])
    assert result.values.loc["c"].tolist() == pytest.approx([90, 0, 0])
    assert result.weights.tolist() == pytest.approx([0.5, 0.3, 0.2])
    data = result.to_dict()
    assert [(r["id"], r["rank"], r["score"]) for r in data["ranking"]] == [
        ("b", 1, pytest.approx(80)), ("a", 2, pytest.approx(68 + 1 / 3)), ("c", None, pytest.approx(45))]
    assert data["ranking"][0]["conditional_gates"] == ["legal"]
    assert data["ranking"][2]["failed_gates"] == ["legal"]
    assert data["ranking"][1]["contributions"] == pytest.approx({"quality": 40, "cost": 15, "months": 40 / 3})
    assert data["shortlist"] == ["b"]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("{top: 1}", ["b"]),
        ("{top: 5}", ["b", "a"]),
        ("{min_score: 70}", ["b"]),
        ("{min_score: 68.3}", ["b", "a"]),
        ("{within: 15}", ["b", "a"]),  # 68.33 >= 80 - 15
        ("{within: 10}", ["b"]),
        ("{top: 2, min_score: 70}", ["b"]),
        ("{top: 2, within: 20, min_score: 50}", ["b", "a"]),
        ("{min_score: 90}", []),
    ],
)
def test_shortlist_rules(tmp_path: Path, rule: str, expected: list[str]) -> None:
    folder = make_appraisal(tmp_path, WORKED.replace("{top: 1}", rule), **OPTIONS)
    assert appraise(load_appraisal(folder)).shortlist == expected


def test_scenario_and_overrides(worked: Appraisal) -> None:
    # 'cheap' sets cost to 70: weights 50/140, 70/140, 20/140
    # A = (50*80 + 70*50 + 20*66.67)/140 = 63.10; B = (3000 + 7000 + 2000)/140 = 85.71
    result = appraise(worked, "cheap")
    assert result.weights.tolist() == pytest.approx([50 / 140, 70 / 140, 20 / 140])
    assert result.table.loc["a", "score"] == pytest.approx((4000 + 3500 + 4000 / 3) / 140)
    # overrides apply on top of the scenario: quality 210 -> A = (210*80+3500+1333.3)/300
    result = appraise(worked, "cheap", {"quality": 210})
    assert result.table.loc["a", "score"] == pytest.approx((16800 + 3500 + 4000 / 3) / 300)
    assert result.scenario == "cheap" and result.overrides == {"quality": 210}
    # a zero override drops the criterion: only quality counts and C's gate still bars it
    result = appraise(worked, None, {"cost": 0, "months": 0})
    assert result.leader == "a" and result.table.loc["a", "score"] == pytest.approx(80)


@pytest.mark.parametrize(
    ("scenario", "overrides", "message"),
    [
        ("dear", {}, "no scenario 'dear' (scenarios: cheap)"),
        (None, {"qualty": 1}, "no criterion 'qualty' (criteria: quality, cost, months)"),
        (None, {"quality": 0, "cost": 0, "months": 0}, "the weights must not all be zero"),
    ],
)
def test_misnamed_weights(worked: Appraisal, scenario, overrides, message: str) -> None:
    with pytest.raises(UnknownName, match=message.replace("(", r"\(").replace(")", r"\)")):
        appraise(worked, scenario, overrides)


def build(points: dict[str, list[float]], weights: list[float], fail: tuple[str, ...] = (),
          rule: ShortlistRule | None = None) -> Appraisal:
    """An appraisal made in memory: score criteria c0, c1... on a 0-5 scale."""
    criteria = tuple(Criterion(f"c{i}", f"C{i}", w, HERE) for i, w in enumerate(weights))
    options = tuple(
        Option(oid, oid.upper(), Path(f"{oid}.yaml"), HERE,
               gates={"g": GateAssessment("fail" if oid in fail else "pass", HERE)},
               scores={c.id: Assessment(p, HERE) for c, p in zip(criteria, ps, strict=True)})
        for oid, ps in points.items()
    )
    return Appraisal("t", (0, 5), criteria, (), options, Path("criteria.yaml"), shortlist=rule or ShortlistRule())


def test_ties_share_a_rank_ordered_by_id() -> None:
    # scores: a 60, b 40, c 40, d 20 ; x (ineligible) 100 -> ranks 1, 2, 2, 4, then x unranked
    appraisal = build({"d": [1], "c": [2], "x": [5], "b": [2], "a": [3]}, [1], fail=("x",),
                      rule=ShortlistRule(top=2))
    result = appraise(appraisal)
    assert list(result.table.index) == ["a", "b", "c", "d", "x"]
    assert [row["rank"] for row in result.to_dict()["ranking"]] == [1, 2, 2, 4, None]
    assert result.shortlist == ["a", "b", "c"]  # top 2 takes both options sharing rank 2


def test_near_ties_within_tolerance() -> None:
    # weights 0.1/0.2/0.3 (sum 0.6): a = (0.1*100 + 0.2*100)/0.6 = 50 and b = 0.3*100/0.6 = 50,
    # which floating point computes as 49.99999999999999 and 50.0: they must still tie
    result = appraise(build({"b": [0, 0, 5], "a": [5, 5, 0]}, [0.1, 0.2, 0.3]))
    assert result.table.loc["a", "score"] != result.table.loc["b", "score"]
    assert [(r["id"], r["rank"]) for r in result.to_dict()["ranking"]] == [("a", 1), ("b", 1)]


def test_no_eligible_option() -> None:
    result = appraise(build({"a": [1], "b": [2]}, [1], fail=("a", "b")))
    assert result.shortlist == [] and result.leader is None
    assert [r["rank"] for r in result.to_dict()["ranking"]] == [None, None]


def test_flat_local_measure_gives_100_and_a_warning(tmp_path: Path) -> None:
    options = {k: v.replace("cost: 4.0", "cost: 2.0").replace("cost: 6.0", "cost: 2.0") for k, v in OPTIONS.items()}
    result = appraise(load_appraisal(make_appraisal(tmp_path, WORKED, **options)))
    assert result.values["cost"].tolist() == [100.0, 100.0, 100.0]
    assert [(w.code, w.message) for w in result.warnings] == [
        ("W201", "every option has the same value on 'cost': on its local scale each gets 100")]


matrices = st.integers(2, 6).flatmap(lambda n: st.integers(1, 4).flatmap(lambda m: st.tuples(
    st.lists(st.lists(st.integers(0, 5), min_size=m, max_size=m), min_size=n, max_size=n),
    st.lists(st.floats(0.01, 100), min_size=m, max_size=m),
)))


def _build(rows: list[list[int]], weights: list[float]) -> Appraisal:
    return build({f"o{i}": [float(x) for x in row] for i, row in enumerate(rows)}, weights)


@settings(max_examples=60, deadline=None)
@given(matrices, st.floats(0.001, 1000))
def test_scaling_all_weights_changes_nothing(case, k: float) -> None:
    rows, weights = case
    before = appraise(_build(rows, weights))
    after = appraise(_build(rows, [w * k for w in weights]))
    assert after.table["score"].tolist() == pytest.approx(before.table["score"].tolist(), abs=1e-9)
    assert after.table["rank"].tolist() == before.table["rank"].tolist()


@settings(max_examples=60, deadline=None)
@given(matrices)
def test_scores_stay_on_0_to_100(case) -> None:
    scores = appraise(_build(*case)).table["score"]
    assert ((scores >= -1e-9) & (scores <= 100 + 1e-9)).all()


@settings(max_examples=60, deadline=None)
@given(matrices, st.data())
def test_a_dominated_option_never_outranks_its_dominator(case, data) -> None:
    rows, weights = case
    # make o0 dominate a new option: no better anywhere, and worse where o0 allows it
    worse = [max(0, x - data.draw(st.integers(0, 2))) for x in rows[0]]
    result = appraise(_build([*rows, worse], weights))
    ranks = result.table["rank"]
    dominated = f"o{len(rows)}"
    assert ranks["o0"] <= ranks[dominated]
    if worse != rows[0]:
        assert result.table.loc["o0", "score"] > result.table.loc[dominated, "score"]
    # and adding it never changes the winner's score
    assert result.table["score"].iloc[0] == pytest.approx(appraise(_build(rows, weights)).table["score"].iloc[0])


def test_an_option_sifted_out_unscored_leaves_the_matrix(tmp_path: Path) -> None:
    # c fails the gate and gives no scores: it is sifted out, not scored. The local scale of
    # 'cost' (no range) then runs over a and b only: worst 4.0 (a), best 2.0 (b).
    # a = 0.5*80 + 0.3*0 + 0.2*(100*(24-12)/(24-6)) = 40 + 0 + 13.33 = 53.33; b = 30 + 30 + 20 = 80.
    sifted = "id: c\nname: C\ngates: {legal: fail}\n"
    result = appraise(load_appraisal(make_appraisal(tmp_path, WORKED, **{**OPTIONS, "c": sifted})))
    assert list(result.table.index) == ["b", "a"] and list(result.matrix.raw.index) == ["a", "b"]
    assert result.table.loc["a", "score"] == pytest.approx(40 + 40 / 3)
    assert result.table.loc["b", "score"] == pytest.approx(80)
    assert result.sifted_out == ["c"]
    data = result.to_dict()
    assert data["sifted_out"] == [{"id": "c", "name": "C", "failed_gates": ["legal"], "conditional_gates": []}]
    assert "sifted_out" not in appraise(load_appraisal(make_appraisal(tmp_path / "all", WORKED, **OPTIONS))).to_dict()
