"""The diff's exact attribution, and its edits and effects, on hand-worked cases."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from adm_appraise import load_appraisal
from adm_appraise.analysis.diff import _aumann_shapley, _two_factor, attribute, compare
from tests.analysis.test_method import OPTIONS, WORKED
from tests.conftest import make_appraisal, write


def test_two_factor_split_hand_worked() -> None:
    # A score 3 -> 4 while the scale 0-5 becomes 0-10: v(3, 0-5) = 60, v(4, 0-5) = 80,
    # v(3, 0-10) = 30, v(4, 0-10) = 40. Own-score part ((80-60) + (40-30))/2 = 15;
    # scale part ((30-60) + (40-80))/2 = -35; together -20 = 40 - 60.
    x_part, scale_part = _two_factor(np.array([[3.0]]), np.array([[4.0]]),
                                     np.array([[0.0, 5.0]]), np.array([[0.0, 10.0]]))
    assert x_part[0, 0] == pytest.approx(15)
    assert scale_part[0, 0] == pytest.approx(-35)


def test_aumann_shapley_hand_worked() -> None:
    # Values (100, 0). Raw weights (1, 1) -> (3, 1): the score goes 50 -> 75 and the one
    # weight edited takes all of it.
    shares = _aumann_shapley(np.array([1.0, 1.0]), np.array([3.0, 1.0]), np.array([[100.0, 0.0]]))
    assert shares[0].tolist() == pytest.approx([25.0, 0.0])
    # (1, 1) -> (2, 2): the score stays 50. Along W(t) = (1 + t, 1 + t), T = 2 + 2t, F = 50:
    # share_1 = integral_0^1 (100 - 50) / (2 + 2t) dt = 25 ln 2 = 17.33; share_2 = -25 ln 2.
    shares = _aumann_shapley(np.array([1.0, 1.0]), np.array([2.0, 2.0]), np.array([[100.0, 0.0]]))
    assert shares[0].tolist() == pytest.approx([25 * math.log(2), -25 * math.log(2)])


def test_aumann_shapley_matches_numerical_integration() -> None:
    rng = np.random.default_rng(7)
    w0, w1 = rng.uniform(0, 10, 5), rng.uniform(0, 10, 5)
    value = rng.uniform(0, 100, (3, 5))
    t = np.linspace(0, 1, 20001)
    path = w0[None, :] + t[:, None] * (w1 - w0)[None, :]  # t x criteria
    total = path.sum(axis=1)
    for o in range(3):
        score = path @ value[o] / total
        integrand = (value[o][None, :] - score[:, None]) / total[:, None] * (w1 - w0)[None, :]
        expected = np.trapezoid(integrand, t, axis=0) if hasattr(np, "trapezoid") else np.trapz(integrand, t, axis=0)
        assert _aumann_shapley(w0, w1, value)[o] == pytest.approx(expected, abs=1e-6)


def test_parts_add_up_to_the_change_on_random_cases() -> None:
    rng = np.random.default_rng(2026)
    for _ in range(500):
        n, m = int(rng.integers(1, 6)), int(rng.integers(1, 8))
        w0 = rng.uniform(0, 5, m) * (rng.random(m) < 0.8)
        w1 = np.where(rng.random(m) < 0.5, w0, rng.uniform(0, 5, m))
        w0[0] += 0.1  # never all zero
        w1[-1] += 0.1
        x0 = rng.uniform(0, 10, (n, m))
        x1 = np.where(rng.random((n, m)) < 0.7, x0, rng.uniform(0, 10, (n, m)))
        e0 = np.sort(rng.uniform(-5, 15, (m, 2)), axis=1)
        e1 = np.where(rng.random((m, 1)) < 0.6, e0, np.sort(rng.uniform(-5, 15, (m, 2)), axis=1))
        v0 = 100 * (x0 - e0[:, 0]) / (e0[:, 1] - e0[:, 0])
        v1 = 100 * (x1 - e1[:, 0]) / (e1[:, 1] - e1[:, 0])
        weight, score, scale = attribute(w0, w1, v0, v1, x0, x1, e0, e1)
        total = v1 @ (w1 / w1.sum()) - v0 @ (w0 / w0.sum())
        parts = weight.sum(axis=1) + score.sum(axis=1) + scale.sum(axis=1)
        np.testing.assert_allclose(parts, total, rtol=0, atol=1e-9)
        # a criterion whose weight did not change takes no weight part
        assert np.all(weight[:, w0 == w1] == 0)


def test_symmetric_criteria_get_equal_parts() -> None:
    # Two criteria alike in every respect share the change equally.
    w0, w1 = np.array([1.0, 1.0, 2.0]), np.array([2.0, 2.0, 2.0])
    v = np.array([[80.0, 80.0, 10.0]])
    weight, _, _ = attribute(w0, w1, v, v, v, v, np.array([[0.0, 100.0]] * 3), np.array([[0.0, 100.0]] * 3))
    assert weight[0, 0] == pytest.approx(weight[0, 1])


def test_compare_the_worked_example_with_edits(tmp_path: Path) -> None:
    old = load_appraisal(make_appraisal(tmp_path / "old", WORKED, **OPTIONS))
    edited = WORKED.replace("{id: quality, name: Quality, weight: 50}", "{id: quality, name: Quality, weight: 80}")
    options = dict(OPTIONS, a=OPTIONS["a"].replace("quality: 8", "quality: 10"))
    new = load_appraisal(make_appraisal(tmp_path / "new", edited, **options))
    diff = compare(old, new)
    # New weights 80/30/20 of 130. a: values 100, 50, 66.67 -> (8000 + 1500 + 1333.3)/130 = 83.33;
    # b: values 60, 100, 100 -> (4800 + 3000 + 2000)/130 = 75.38. a overtakes b (was 68.33 vs 80).
    assert diff.new.score("a") == pytest.approx(10833.333 / 130, abs=1e-3)
    assert diff.new.score("b") == pytest.approx(9800 / 130)
    assert (diff.old.leader, diff.new.leader) == ("b", "a")
    kinds = sorted(c.kind for c in diff.changes)
    assert kinds == ["score", "weight"]
    a = next(m for m in diff.movements if m.id == "a")
    assert sum(a.parts.values()) == pytest.approx(a.change, abs=1e-9)
    # Only the weight of quality was edited, so the weights of cost and months take no part.
    assert set(a.parts) == {"weight:quality", "score:quality"}
    # a's change is 83.33 - 68.33 = 15. Own-score part: value 80 -> 100 at the mean of the old
    # and new normalised weight of quality, 20 * (0.5 + 80/130)/2 = 11.154. Weight part: with a's
    # mean values (90, 50, 66.67), F(W) = values . W / sum W goes from 7333.3/100 = 73.333 to
    # (7200 + 1500 + 1333.3)/130 = 77.179, i.e. 3.846, all of it the edited weight's.
    assert a.parts["score:quality"] == pytest.approx(20 * (0.5 + 80 / 130) / 2)
    assert a.parts["weight:quality"] == pytest.approx((7200 + 1500 + 4000 / 3) / 130 - (4500 + 1500 + 4000 / 3) / 100)
    assert a.change == pytest.approx(15.0)
    b = next(m for m in diff.movements if m.id == "b")
    assert "score:quality" not in b.parts


def test_added_criterion_is_a_weight_edit(tmp_path: Path) -> None:
    old = load_appraisal(make_appraisal(tmp_path / "old", WORKED, **OPTIONS))
    added = WORKED.replace("  - {id: quality, name: Quality, weight: 50}",
                           "  - {id: quality, name: Quality, weight: 50}\n  - {id: risk, name: Risk, weight: 25}")
    options = {k: v.replace("scores: {", "scores: {risk: 5, ") for k, v in OPTIONS.items()}
    new = load_appraisal(make_appraisal(tmp_path / "new", added, **options))
    diff = compare(old, new)
    assert [c.text for c in diff.changes if c.kind == "criterion"] == ["criterion 'risk' added (weight 25)"]
    for m in diff.movements:
        assert sum(m.parts.values()) == pytest.approx(m.change, abs=1e-9)
        assert set(m.parts) <= {"weight:risk"}  # nothing else was edited
    # a: old 68.33; risk 5 on the 0-10 scale is value 50, so new
    # (50*80 + 25*50 + 30*50 + 20*66.67)/125 = 8083.3/125 = 64.67
    a = next(m for m in diff.movements if m.id == "a")
    assert a.new_score == pytest.approx((4000 + 1250 + 1500 + 4000 / 3) / 125)


def test_a_local_measure_moved_by_another_option_is_a_scale_part(tmp_path: Path) -> None:
    old = load_appraisal(make_appraisal(tmp_path / "old", WORKED, **OPTIONS))
    # c's cost 6.0 -> 10.0 widens the local cost scale (worst 6 -> 10): a's value for cost
    # 100*(4-10)/(2-10) = 75 (was 50); a's own cost did not change, so it is a scale part:
    # 25 points of value at weight 0.3 = 7.5.
    options = dict(OPTIONS, c=OPTIONS["c"].replace("cost: 6.0", "cost: 10.0"))
    new = load_appraisal(make_appraisal(tmp_path / "new", WORKED, **options))
    a = next(m for m in compare(old, new).movements if m.id == "a")
    assert a.parts == pytest.approx({"scale:cost": 7.5})


def test_text_changes_are_recorded_and_move_nothing(tmp_path: Path) -> None:
    old = load_appraisal(make_appraisal(tmp_path / "old", WORKED, **OPTIONS))
    options = dict(OPTIONS, b=OPTIONS["b"].replace("quality: 6,", "quality: {score: 6, rationale: Strong team},"))
    new_dir = make_appraisal(tmp_path / "new", WORKED, **options)
    diff = compare(old, load_appraisal(new_dir))
    assert [(c.kind, c.subject, c.old, c.new) for c in diff.changes] == [("rationale", "b.quality", None, "Strong team")]
    assert diff.changes[0].where is not None and diff.changes[0].where.path == str(new_dir / "options" / "b.yaml")
    assert all(m.change == 0 and not m.parts for m in diff.movements)


def test_gate_change_moves_ranks_not_scores(tmp_path: Path) -> None:
    old = load_appraisal(make_appraisal(tmp_path / "old", WORKED, **OPTIONS))
    options = dict(OPTIONS, c=OPTIONS["c"].replace("legal: fail", "legal: pass"))
    diff = compare(old, load_appraisal(make_appraisal(tmp_path / "new", WORKED, **options)))
    assert [(c.kind, c.old, c.new) for c in diff.changes] == [("gate", "fail", "pass")]
    c = next(m for m in diff.movements if m.id == "c")
    assert (c.old_rank, c.new_rank, c.change) == (None, 3, 0.0)


def test_removed_option_is_located_in_old(tmp_path: Path) -> None:
    old_dir = make_appraisal(tmp_path / "old", WORKED, **OPTIONS)
    new_dir = make_appraisal(tmp_path / "new", WORKED, **{k: v for k, v in OPTIONS.items() if k != "c"})
    write(new_dir, "options/d.yaml", OPTIONS["c"].replace("id: c", "id: d"))
    diff = compare(load_appraisal(old_dir), load_appraisal(new_dir))
    removed = next(c for c in diff.changes if c.text == "option 'c' removed")
    assert removed.side == "old" and removed.where is not None and "old" in removed.where.path
    statuses = {m.id: m.status for m in diff.movements}
    assert statuses == {"a": "kept", "b": "kept", "c": "removed", "d": "added"}


# ---- a weighting record: the judgement is the edit ------------------------------------------

ALL_FEATURES = Path(__file__).resolve().parents[2] / "examples" / "all-features"


TWO_LEVELS = """weighting:
  method: swing
  swings: {service: 100, delivery: 70, stewardship: 40}
  groups:
    service: {name: "Service to residents", swings: {service_quality: 100, reach: 60}}
    delivery: {name: "Delivery and workforce", swings: {deliverability: 100, workforce: 50}}
    stewardship: {name: "Stewardship", method: rank, order: [control, carbon]}
"""


def _copy(tmp_path: Path, name: str, source: Path = ALL_FEATURES, swings: bool = True) -> Path:
    """A copy of the example; with ``swings`` its three-level tree, whose delivery group two officers
    judge pairwise, written as the two-level swing tree that gives the same weights (service,
    delivery, stewardship 100:70:40 at the top; deliverability 100 and workforce 50 the same 2/3
    and 1/3 as the officers' judgements) so that a swing can be edited."""
    import shutil

    target = tmp_path / name
    shutil.copytree(source, target)
    if swings:
        criteria = target / "criteria.yaml"
        text = criteria.read_text(encoding="utf-8")
        start, end = text.index("weighting:\n"), text.index("  participants:")
        criteria.write_text(text[:start] + TWO_LEVELS + text[end:], encoding="utf-8")
    return target


def test_one_participants_pairwise_judgement_is_the_edit_and_carries_the_weight_part(tmp_path: Path) -> None:
    old = _copy(tmp_path, "old", swings=False)
    new = _copy(tmp_path, "new", swings=False)
    text = (new / "criteria.yaml").read_text(encoding="utf-8")
    (new / "criteria.yaml").write_text(text.replace("{workforce: 1}}", "{workforce: 2}}"), encoding="utf-8")
    diff = compare(load_appraisal(old), load_appraisal(new))
    assert [(c.kind, c.subject) for c in diff.changes] == [
        ("judgement", "delivery.deliverability/workforce by Leisure Services Manager (invented)"),
        ("weights", "weights")]
    # The group's judgement moves from sqrt(4 x 1) = 2 to s = sqrt(4 x 2) = 2.8284: deliverability's
    # weight within delivery from 2/3 to s/(s + 1) = 0.738796, workforce's by as much the other way.
    # Delivery weighs 1/3, and the company values deliverability 60 and workforce 80, so its score
    # moves by (60 - 80) (0.738796 - 2/3) / 3 = -0.48086 points, all of it that one judgement's.
    company = next(m for m in diff.movements if m.id == "wholly_owned_company")
    assert company.change == pytest.approx(-20 / 3 * (8 ** 0.5 / (8 ** 0.5 + 1) - 2 / 3))
    assert round(company.change, 5) == -0.48086
    label = "judgement:judgement deliverability/workforce by Leisure Services Manager (invented) (delivery)"
    assert company.parts == {label: pytest.approx(company.change)}


def test_a_swing_edit_is_shown_where_it_was_made_and_carries_the_weight_part(tmp_path: Path) -> None:
    old = _copy(tmp_path, "old")
    new = _copy(tmp_path, "new")
    text = (new / "criteria.yaml").read_text(encoding="utf-8")
    (new / "criteria.yaml").write_text(text.replace("workforce: 50}", "workforce: 80}"), encoding="utf-8")
    diff = compare(load_appraisal(old), load_appraisal(new))
    kinds = [(c.kind, c.subject) for c in diff.changes]
    assert kinds == [("judgement", "delivery.workforce"), ("weights", "weights")]
    swing = diff.changes[0]
    assert swing.where is not None and swing.where.line == next(
        i for i, line in enumerate(text.splitlines(), 1) if "workforce: 50}" in line)
    assert swing.text == "swing of workforce (group delivery) 50 → 80"
    # Delivery weighs 70/210 = 1/3; within it deliverability 100/150 -> 100/180, workforce 50/150 -> 80/180,
    # so effective weights 2/9 -> 5/27 and 1/9 -> 4/27: each moves by 1/27. The company's values
    # (deliverability 3/5 -> 60, workforce 4/5 -> 80) do not change, so its score moves by
    # (-60 + 80) / 27 = 20/27 = 0.741 points, all of it the swing's.
    company = next(m for m in diff.movements if m.id == "wholly_owned_company")
    assert company.change == pytest.approx(20 / 27)
    assert company.parts == {"judgement:swing of workforce (delivery)": pytest.approx(20 / 27)}
    for m in diff.movements:
        assert sum(m.parts.values()) == pytest.approx(m.change or 0.0, abs=1e-9)


def test_a_pure_rescale_of_the_weights_moves_nothing(tmp_path: Path) -> None:
    # Every stated weight of the bundled appraisal doubled: the same normalised weights, no part.
    from tests.conftest import ROOT

    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        import shutil

        shutil.copytree(ROOT / "options", folder / "options")
        shutil.copy(ROOT / "longlist.yaml", folder / "longlist.yaml")
        shutil.copy(ROOT / "criteria.yaml", folder / "criteria.yaml")
    text = (new / "criteria.yaml").read_text(encoding="utf-8")
    (new / "criteria.yaml").write_text(text.replace("weight: 25", "weight: 50"), encoding="utf-8")
    diff = compare(load_appraisal(old), load_appraisal(new))
    assert [c.kind for c in diff.changes] == ["weight"] * 4
    assert all(m.parts == {} for m in diff.movements)


def test_every_swing_of_a_level_halved_moves_nothing(tmp_path: Path) -> None:
    old = _copy(tmp_path, "old")
    new = _copy(tmp_path, "new")
    text = (new / "criteria.yaml").read_text(encoding="utf-8")
    text = text.replace("swings: {service: 100, delivery: 70, stewardship: 40}",
                        "swings: {service: 50, delivery: 35, stewardship: 20}")
    (new / "criteria.yaml").write_text(text, encoding="utf-8")
    diff = compare(load_appraisal(old), load_appraisal(new))
    assert [c.kind for c in diff.changes] == ["judgement"] * 3  # the three swings, and no weight moved
    assert all(m.parts == {} and m.change == pytest.approx(0.0) for m in diff.movements)


def test_two_judgement_edits_share_the_weight_part_exactly(tmp_path: Path) -> None:
    # Two swings edited at two levels: the Shapley shares add up to each option's change.
    old = _copy(tmp_path, "old")
    new = _copy(tmp_path, "new")
    text = (new / "criteria.yaml").read_text(encoding="utf-8")
    text = text.replace("workforce: 50}", "workforce: 80}").replace("stewardship: 40}", "stewardship: 90}")
    (new / "criteria.yaml").write_text(text, encoding="utf-8")
    diff = compare(load_appraisal(old), load_appraisal(new))
    assert [c.subject for c in diff.changes if c.kind == "judgement"] == ["top.stewardship", "delivery.workforce"]
    for m in diff.movements:
        assert set(m.parts) <= {"judgement:swing of stewardship", "judgement:swing of workforce (delivery)"}
        assert sum(m.parts.values()) == pytest.approx(m.change or 0.0, abs=1e-9)
