"""Ordinal SMAA: uniform sampling on the ordered simplex, central weights, confidence factors,
and the closest challenge that keeps the order."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from adm_appraise import appraise, load_appraisal
from adm_appraise.analysis.ordinal import ordered_closest_challenge, ordinal_smaa, sample_ordered
from adm_appraise.analysis.sensitivity import analyse, closest_challenge, eligible_values
from adm_appraise.weighting import rank_order
from tests.conftest import make_appraisal


@pytest.mark.parametrize("order", [
    [["a"], ["b"], ["c"], ["d"]],
    [["a"], ["b", "c"], ["d"]],
    [["a", "b"], ["c"]],
])
def test_sampled_weights_keep_the_order_and_their_means_are_the_rank_order_centroid(order: list[list[str]]) -> None:
    # Uniform on {w1 >= ... >= wn, sum 1} (ties equal) has the centroid as its mean, which is the
    # rank-order centroid (Barron & Barrett 1996; with ties, as in adm_appraise.weighting).
    items = [i for level in order for i in level]
    k = 200_000
    w = sample_ordered(order, items, k, np.random.default_rng(1))
    assert np.allclose(w.sum(axis=1), 1.0)
    flat = [[items.index(i) for i in level] for level in order]
    for upper, lower in zip(flat, flat[1:], strict=False):
        assert (w[:, upper[-1]] >= w[:, lower[0]] - 1e-12).all()
    for level in flat:
        assert np.allclose(w[:, level], w[:, level[:1]])
    expected = rank_order(order, "centroid")
    se = w.std(axis=0) / np.sqrt(k)
    assert np.all(np.abs(w.mean(axis=0) - [expected[i] for i in items]) < 4 * se + 1e-12)


def test_two_ordered_weights_are_uniform_on_their_interval() -> None:
    # with w1 >= w2 and w1 + w2 = 1, w1 is uniform on [1/2, 1]
    w = sample_ordered([["x"], ["y"]], ["x", "y"], 20_000, np.random.default_rng(2))
    assert stats.kstest(w[:, 0], stats.uniform(loc=0.5, scale=0.5).cdf).pvalue > 0.01


HEAD = """
appraisal:
  title: Ordinal
  scale: {min: 0, max: 5}
  shortlist: {top: 1}
"""


def two_criteria(tmp_path: Path) -> Path:
    # order x > y: w_x = t uniform on [1/2, 1]. A = (100, 0) scores 100t; B = (60, 60) scores 60.
    # A leads when t > 0.6: acceptability (1 - 0.6)/(1/2) = 0.8, B 0.2. Central weights:
    # A E[t | t > 0.6] = 0.8 -> (0.8, 0.2); B E[t | t < 0.6] = 0.55 -> (0.55, 0.45).
    # At (0.8, 0.2) A scores 80 > 60; at (0.55, 0.45) B's 60 beats A's 55: confidence 1 and 1.
    criteria = HEAD + "weighting: {method: rank, order: [x, y]}\ncriteria:\n  - {id: x, name: X}\n  - {id: y, name: Y}\n"
    return make_appraisal(tmp_path, criteria, a="id: a\nname: A\nscores: {x: 5, y: 0}\n",
                          b="id: b\nname: B\nscores: {x: 3, y: 3}\n")


def test_central_weights_and_confidence_factors_of_a_case_worked_by_hand(tmp_path: Path) -> None:
    result = appraise(load_appraisal(two_criteria(tmp_path)))
    found = ordinal_smaa(result, 100_000, seed=3)
    mc = found.monte_carlo
    acceptability = dict(zip(mc.options, mc.rank_acceptability[:, 0], strict=True))
    assert acceptability == pytest.approx({"a": 0.8, "b": 0.2}, abs=0.006)
    assert found.central_weights["a"] == pytest.approx({"x": 0.8, "y": 0.2}, abs=0.003)
    assert found.central_weights["b"] == pytest.approx({"x": 0.55, "y": 0.45}, abs=0.003)
    assert found.confidence == {"a": 1.0, "b": 1.0}
    assert dict(zip(mc.options, mc.shortlist_probability, strict=True)) == pytest.approx(acceptability)


def test_confidence_factor_over_score_ranges(tmp_path: Path) -> None:
    # One criterion (weight 1). A scores 3 (value 60); B's score is triangular 2-3-4 (values
    # 40-60-80, symmetric about 60), so each leads half the time, at the same central weight
    # (1.0), where each again leads with probability 1/2.
    criteria = HEAD + "weighting: {method: rank, order: [x]}\ncriteria:\n  - {id: x, name: X}\n"
    folder = make_appraisal(tmp_path, criteria, a="id: a\nname: A\nscores: {x: 3}\n",
                            b="id: b\nname: B\nscores: {x: {low: 2, score: 3, high: 4}}\n")
    found = ordinal_smaa(appraise(load_appraisal(folder)), 40_000, seed=4)
    assert found.central_weights == {"a": {"x": 1.0}, "b": {"x": 1.0}}
    assert found.confidence["a"] == pytest.approx(0.5, abs=0.01)
    assert found.confidence["b"] == pytest.approx(0.5, abs=0.01)


def three_criteria(tmp_path: Path, a: str, b: str) -> Path:
    criteria = (HEAD + "weighting: {method: rank, order: [x, y, z]}\ncriteria:\n"
                "  - {id: x, name: X}\n  - {id: y, name: Y}\n  - {id: z, name: Z}\n")
    return make_appraisal(tmp_path, criteria, a=f"id: a\nname: A\nscores: {a}\n", b=f"id: b\nname: B\nscores: {b}\n")


def challenges(folder: Path) -> tuple[object, object]:
    result = appraise(load_appraisal(folder))
    ids, values = eligible_values(result)
    w0 = result.weights.to_numpy(dtype=float)
    criteria = list(result.weights.index)
    weighting = result.appraisal.weighting
    assert weighting is not None
    return (ordered_closest_challenge(values, ids, w0, 0, criteria, weighting),
            closest_challenge(values, ids, w0, 0, criteria))


def test_the_closest_challenge_keeps_the_order(tmp_path: Path) -> None:
    # x > y > z: weights start at the centroid (11/18, 5/18, 2/18). A = (100, 0, 0) scores
    # 11/18, B = (0, 0, 100) 2/18. B draws level when w_z >= w_x; in the order that means
    # w = (1/3, 1/3, 1/3): an L1 change of (5 + 1 + 4)/18 = 10/18. Ignoring the order the nearest
    # is moving 4.5/18 from x to z: w = (6.5, 5, 6.5)/18, L1 9/18.
    ordered, free = challenges(three_criteria(tmp_path, "{x: 5, y: 0, z: 0}", "{x: 0, y: 0, z: 5}"))
    assert ordered is not None and free is not None
    assert ordered.challenger == "b"
    assert ordered.l1_change == pytest.approx(10 / 18, abs=1e-7)
    assert ordered.weights == pytest.approx({"x": 1 / 3, "y": 1 / 3, "z": 1 / 3}, abs=1e-7)
    assert free.l1_change == pytest.approx(9 / 18, abs=1e-7)


def test_no_challenge_when_the_order_rules_it_out(tmp_path: Path) -> None:
    # A = (100, 100, 0), B = (0, 0, 100): B needs w_z >= w_x + w_y, i.e. w_z >= 1/2, but the
    # order keeps w_z <= 1/3. Without the order B could lead (w_z = 1/2).
    ordered, free = challenges(three_criteria(tmp_path, "{x: 5, y: 5, z: 0}", "{x: 0, y: 0, z: 5}"))
    assert ordered is None
    assert free is not None


def test_sensitivity_json_carries_the_ordinal_measures(tmp_path: Path) -> None:
    found = analyse(appraise(load_appraisal(two_criteria(tmp_path))), 2_000, seed=0, weights="ordinal")
    data = found.to_dict()
    assert data["monte_carlo"]["weights"] == "ordinal"
    assert set(data["ordinal"]) == {"central_weights", "confidence_factors"}
    # A leads at (0.75, 0.25) with 75 against 60: the order allows t down to 0.6, L1 2 x 0.15
    assert data["closest_challenge"]["l1_change"] == pytest.approx(0.3, abs=1e-7)


RANKED_TREE = """
weighting:
  method: rank
  order: [finance, delivery]
  groups:
    finance: {name: Finance, order: [procurement, tax]}
    delivery: {name: Delivery, method: swing, swings: {timescale: 100, risk: 25}}
criteria:
  - {id: tax, name: Tax, group: finance}
  - {id: procurement, name: Procurement, group: finance}
  - {id: risk, name: Risk, group: delivery}
  - {id: timescale, name: Timescale, group: delivery}
"""


def ranked_tree(tmp_path: Path) -> Path:
    return make_appraisal(tmp_path, HEAD + RANKED_TREE,
                          a="id: a\nname: A\nscores: {tax: 5, procurement: 0, risk: 0, timescale: 0}\n",
                          b="id: b\nname: B\nscores: {tax: 0, procurement: 5, risk: 0, timescale: 0}\n")


def test_a_value_tree_samples_each_ranked_level_and_keeps_the_others(tmp_path: Path) -> None:
    from adm_appraise.analysis.ordinal import TreeSampler

    appraisal = load_appraisal(ranked_tree(tmp_path))
    assert appraisal.weighting is not None
    criteria = ["tax", "procurement", "risk", "timescale"]
    w = TreeSampler(appraisal.weighting, criteria).draw(np.random.default_rng(5), 100_000)
    # the two ranked levels are independent, each with the centroid (3/4, 1/4) as its mean:
    # procurement 3/4 x 3/4 = 9/16, tax 3/4 x 1/4 = 3/16; delivery's swings stay 4/5, 1/5 of
    # its share (mean 1/4): timescale 1/5, risk 1/20
    assert w.mean(axis=0) == pytest.approx([3 / 16, 9 / 16, 1 / 20, 1 / 5], abs=0.003)
    assert np.allclose(w[:, 3], 4 * w[:, 2])
    assert (w[:, 1] >= w[:, 0]).all() and (w[:, :2].sum(axis=1) >= w[:, 2:].sum(axis=1)).all()


def test_the_closest_challenge_in_a_value_tree_keeps_every_level(tmp_path: Path) -> None:
    # B (procurement) leads A (tax) at 9/16 to 3/16. A draws level when w_tax >= w_procurement,
    # and finance's order allows no more than equality: both 6/16, the rest unchanged; L1 6/16.
    ordered, _ = challenges(ranked_tree(tmp_path))
    assert ordered is not None and ordered.challenger == "a"
    assert ordered.l1_change == pytest.approx(6 / 16, abs=1e-7)
    assert ordered.weights == pytest.approx({"tax": 6 / 16, "procurement": 6 / 16, "risk": 1 / 20,
                                             "timescale": 1 / 5}, abs=1e-7)


def test_second_moments_match_the_simplex_formula_and_sorted_uniform_draws() -> None:
    # Uniform on a simplex with vertices v_1..v_L: E[w w'] = (sum v v' + (sum v)(sum v)') / (L (L + 1)).
    # For x > y > z the vertices are (1, 0, 0), (1/2, 1/2, 0), (1/3, 1/3, 1/3):
    # E[x^2] = (1 + 1/4 + 1/9 + (11/6)^2) / 12 = (49/36 + 121/36) / 12 = 170/432;
    # E[z^2] = (1/9 + 1/9) / 12 = 1/54.
    k = 200_000
    w = sample_ordered([["x"], ["y"], ["z"]], ["x", "y", "z"], k, np.random.default_rng(6))
    assert np.mean(w[:, 0] ** 2) == pytest.approx(170 / 432, abs=0.002)
    assert np.mean(w[:, 2] ** 2) == pytest.approx(1 / 54, abs=0.0005)
    # and the same law as sorting uniform draws from the whole simplex (an independent route)
    sorted_draws = -np.sort(-np.random.default_rng(7).dirichlet([1, 1, 1], k), axis=1)
    for j in range(3):
        assert stats.ks_2samp(w[:, j], sorted_draws[:, j]).pvalue > 0.001
