"""The weight derivations, each against its formula worked by hand or a published example."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adm_appraise import weighting as w


def approx(expected: dict[str, float], abs: float = 1e-12) -> object:
    return pytest.approx(expected, abs=abs)


def test_swing_weights_are_swings_over_their_sum() -> None:
    # 100 + 80 + 20 = 200: 100/200, 80/200, 20/200
    assert w.swing({"a": 100, "b": 80, "c": 20}) == approx({"a": 0.5, "b": 0.4, "c": 0.1})


def test_swings_of_zero_sum_cannot_give_weights() -> None:
    with pytest.raises(ValueError):
        w.swing({"a": 0, "b": 0})


def test_rank_order_centroid_of_four_matches_barron_and_barrett() -> None:
    # w_k = (1/4) sum_{i=k..4} 1/i: (1 + 1/2 + 1/3 + 1/4)/4 = 25/48, (1/2 + 1/3 + 1/4)/4 = 13/48,
    # (1/3 + 1/4)/4 = 7/48, (1/4)/4 = 3/48 (Barron & Barrett 1996, Management Science 42(11),
    # table of ROC weights: .5208, .2708, .1458, .0625)
    got = w.rank_order([["a"], ["b"], ["c"], ["d"]])
    assert got == approx({"a": 25 / 48, "b": 13 / 48, "c": 7 / 48, "d": 3 / 48})
    assert [round(x, 4) for x in got.values()] == [0.5208, 0.2708, 0.1458, 0.0625]


@pytest.mark.parametrize(("order", "expected"), [
    # a > b = c: the weights consistent with the order are the simplex with vertices (1, 0, 0)
    # and (1/3, 1/3, 1/3); its centroid is (2/3, 1/6, 1/6)
    ([["a"], ["b", "c"]], {"a": 2 / 3, "b": 1 / 6, "c": 1 / 6}),
    # a = b > c: vertices (1/2, 1/2, 0) and (1/3, 1/3, 1/3); centroid (5/12, 5/12, 1/6)
    ([["a", "b"], ["c"]], {"a": 5 / 12, "b": 5 / 12, "c": 1 / 6}),
    # all tied: one vertex, equal weights
    ([["a", "b", "c"]], {"a": 1 / 3, "b": 1 / 3, "c": 1 / 3}),
])
def test_rank_order_centroid_with_ties_is_the_centroid_of_the_tied_set(order: list[list[str]],
                                                                        expected: dict[str, float]) -> None:
    assert w.rank_order(order, "centroid") == approx(expected)


# Rank sum (w_k proportional to n + 1 - k) and rank reciprocal (w_k proportional to 1/k), as
# compared by Stillwell, Seaver & Edwards (1981), "A comparison of weight approximations for
# multiattribute utility decision making", Organizational Behavior and Human Performance 28, 62-77.
@pytest.mark.parametrize(("formula", "order", "expected"), [
    # rank sum: n + 1 - k = 4, 3, 2, 1 over 10
    ("rank_sum", [["a"], ["b"], ["c"], ["d"]], {"a": 0.4, "b": 0.3, "c": 0.2, "d": 0.1}),
    # b and c share what ranks 2 and 3 hold: (3 + 2)/2 = 2.5 each, over 10
    ("rank_sum", [["a"], ["b", "c"], ["d"]], {"a": 0.4, "b": 0.25, "c": 0.25, "d": 0.1}),
    # reciprocal: 1, 1/2, 1/3, 1/4 over 25/12 = 12/25, 6/25, 4/25, 3/25
    ("reciprocal", [["a"], ["b"], ["c"], ["d"]], {"a": 0.48, "b": 0.24, "c": 0.16, "d": 0.12}),
    # b and c share (1/2 + 1/3)/2 = 5/12 each; the sum stays 25/12: 12/25, 5/25, 5/25, 3/25
    ("reciprocal", [["a"], ["b", "c"], ["d"]], {"a": 0.48, "b": 0.2, "c": 0.2, "d": 0.12}),
])
def test_rank_sum_and_reciprocal_weights(formula: str, order: list[list[str]], expected: dict[str, float]) -> None:
    assert w.rank_order(order, formula) == approx(expected)


def test_a_consistent_pairwise_matrix_gives_its_ratios_and_cr_zero() -> None:
    # a = 2b, b = 2c, a = 4c: weights 4/7, 2/7, 1/7; lambda_max = n = 3, CI = CR = 0
    found = w.pairwise(["a", "b", "c"], {("a", "b"): 2, ("b", "c"): 2, ("a", "c"): 4})
    assert found.weights == approx({"a": 4 / 7, "b": 2 / 7, "c": 1 / 7})
    assert found.lambda_max == pytest.approx(3.0, abs=1e-9)
    assert found.cr == pytest.approx(0.0, abs=1e-9)
    assert found.acceptable


def test_two_items_are_always_consistent() -> None:
    # b over a at 1/3 means a = 3b: 3/4, 1/4
    found = w.pairwise(["a", "b"], {("b", "a"): 1 / 3})
    assert found.weights == approx({"a": 0.75, "b": 0.25})
    assert (found.cr, found.worst) == (0.0, None)


# Saaty, T.L. (1990) "How to make a decision: the analytic hierarchy process", European Journal
# of Operational Research 48, 9-26: the house example, the eight criteria compared with respect
# to overall satisfaction with the house (size, transportation, neighbourhood, age, yard space,
# modern facilities, general condition, financing). Published: priority vector .173, .054, .188,
# .018, .031, .036, .167, .333; lambda_max = 9.669, C.I. = 0.238, C.R. = 0.169 (RI(8) = 1.41).
HOUSE = """\
1 5 3 7 6 6 1/3 1/4
1/5 1 1/3 5 3 3 1/5 1/7
1/3 3 1 6 3 4 6 1/5
1/7 1/5 1/6 1 1/3 1/4 1/7 1/8
1/6 1/3 1/3 3 1 1/2 1/5 1/6
1/6 1/3 1/4 4 2 1 1/5 1/6
3 5 1/6 7 5 5 1 1/2
4 7 5 8 6 6 2 1"""
HOUSE_ITEMS = ["size", "transport", "neighbourhood", "age", "yard", "facilities", "condition", "financing"]


def house() -> dict[tuple[str, str], float]:
    rows = [[float(Fraction(x)) for x in line.split()] for line in HOUSE.splitlines()]
    return {(a, b): rows[i][j] for i, a in enumerate(HOUSE_ITEMS) for j, b in enumerate(HOUSE_ITEMS) if i < j}


def test_saaty_house_example_eigenvector_and_consistency_ratio() -> None:
    found = w.pairwise(HOUSE_ITEMS, house())
    assert [round(found.weights[i], 3) for i in HOUSE_ITEMS] == [.173, .054, .188, .018, .031, .036, .167, .333]
    assert round(found.lambda_max, 3) == 9.669
    assert round(found.ci, 3) == 0.238
    assert round(found.cr, 3) == 0.169
    assert not found.acceptable


def test_the_most_inconsistent_judgement_is_the_one_furthest_from_the_weights() -> None:
    found = w.pairwise(HOUSE_ITEMS, house())
    ratios = {p: r * found.weights[p[1]] / found.weights[p[0]] for p, r in house().items()}
    furthest = max(ratios, key=lambda p: abs(np.log(ratios[p])))
    assert found.worst is not None
    assert (found.worst.first, found.worst.second) == furthest
    # neighbourhood over general condition was judged 6, yet the weights say about 1.1: the
    # judgement Saaty's example is known to hold inconsistently
    assert furthest == ("neighbourhood", "condition")
    assert found.worst.ratio == 6
    assert found.worst.consistent == pytest.approx(found.weights["neighbourhood"] / found.weights["condition"])


def test_power_iteration_agrees_with_numpy_eigen() -> None:
    rows = [[float(Fraction(x)) for x in line.split()] for line in HOUSE.splitlines()]
    values, vectors = np.linalg.eig(np.array(rows))
    k = int(np.argmax(values.real))
    vector = np.abs(vectors[:, k].real)
    ours, lam = w.principal_eigenvector(rows)
    assert ours == pytest.approx(list(vector / vector.sum()), abs=1e-10)
    assert lam == pytest.approx(values[k].real, abs=1e-9)


def test_an_incomplete_chain_of_judgements_gives_its_ratios_exactly() -> None:
    # a = 2b and b = 3c judged, a against c not: Harker's matrix [[2, 2, 0], [1/2, 1, 3], [0, 1/3, 2]]
    # has eigenvector (6, 3, 1)/10 with eigenvalue 3 (check: row 1 gives 2*6 + 2*3 = 18 = 3*6), so the
    # weights are the chain's ratios and the missing a/c stands at 6, as a = 2b = 6c says; CR 0
    found = w.pairwise(["a", "b", "c"], {("a", "b"): 2, ("b", "c"): 3})
    assert found.weights == approx({"a": 0.6, "b": 0.3, "c": 0.1}, abs=1e-10)
    assert found.lambda_max == pytest.approx(3.0, abs=1e-9)
    assert found.cr == pytest.approx(0.0, abs=1e-9)
    assert (found.judged, found.pairs, found.complete) == (2, 3, False)


# Bozoki, Fulop & Ronyai (2010), "On optimal completions of incomplete pairwise comparison
# matrices", Mathematical and Computer Modelling 52: 318-333, Example 3: a, b, c, d with a/b 1,
# a/c 5, a/d 2, b/c 3, b/d 4 and c/d left out; the completion that minimises lambda_max puts
# c/d = 0.7302965. AHPy 2.1's README ("Missing Pairwise Comparisons") works the same matrix and
# publishes the weights of that completion: b 0.392, a 0.3738, d 0.1357, c 0.0985. Harker's method
# is a neighbouring answer, not the same one (it completes c/d at the ratio its own weights imply,
# 0.721), so the two agree to within 0.0005, and Harker's lambda_max is at least the optimum's.
MISSING_CD = {("a", "b"): 1, ("a", "c"): 5, ("a", "d"): 2, ("b", "c"): 3, ("b", "d"): 4}


def test_harker_weights_are_the_eigenvector_of_harkers_matrix_and_near_ahpys_published_ones() -> None:
    found = w.pairwise(["a", "b", "c", "d"], MISSING_CD)
    # Harker's matrix by hand: c/d missing, so 0 there and c's and d's diagonals 1 + 1 = 2
    harker = np.array([[1, 1, 5, 2], [1, 1, 3, 4], [1 / 5, 1 / 3, 2, 0], [1 / 2, 1 / 4, 0, 2]])
    values, vectors = np.linalg.eig(harker)
    k = int(np.argmax(values.real))
    vector = np.abs(vectors[:, k].real) / np.abs(vectors[:, k].real).sum()
    assert [found.weights[i] for i in "abcd"] == pytest.approx(list(vector), abs=1e-10)
    assert found.lambda_max == pytest.approx(values[k].real, abs=1e-9)
    assert [found.weights[i] for i in "abcd"] == pytest.approx([0.3738, 0.392, 0.0985, 0.1357], abs=5e-4)
    # Harker's defining property: completed with the ratio its own weights imply, the matrix
    # has the same principal eigenvector (numpy on the completed, complete matrix)
    implied = found.weights["c"] / found.weights["d"]
    complete = w.pairwise(["a", "b", "c", "d"], {**MISSING_CD, ("c", "d"): implied})
    assert complete.weights == approx(found.weights, abs=1e-9)
    assert complete.lambda_max == pytest.approx(found.lambda_max, abs=1e-9)
    assert round(implied, 3) == 0.721

    def lam(x: float) -> float:
        return w.pairwise(["a", "b", "c", "d"], {**MISSING_CD, ("c", "d"): x}).lambda_max

    # the published optimum: our complete-matrix eigenvalue is least there, among its neighbours
    optimum = lam(0.7302965)
    assert all(optimum <= lam(0.7302965 + d) for d in (-0.01, -0.001, 0.001, 0.01))
    assert optimum <= found.lambda_max <= optimum + 1e-4


def test_judgements_that_do_not_connect_every_item_give_no_weights() -> None:
    assert w.components(["a", "b", "c", "d"], [("a", "b"), ("d", "c")]) == [["a", "b"], ["c", "d"]]
    assert w.components(["a", "b", "c"], [("c", "a"), ("b", "c")]) == [["a", "b", "c"]]
    with pytest.raises(ValueError, match="connect"):
        w.pairwise(["a", "b", "c", "d"], {("a", "b"): 2, ("c", "d"): 3})


def test_a_groups_judgement_is_the_geometric_mean_of_theirs_either_way_round() -> None:
    # Saaty's apple and orange (as Decision Lens told it in "Combining group members' judgments",
    # 2007): three people judge the apple 2, 3 and 4 times larger; the arithmetic mean 3 fails the
    # reciprocal test ((1/2 + 1/3 + 1/4)/3 = 13/36, not 1/3), the geometric mean 24^(1/3) = 2.8845
    # passes it (Aczel & Saaty 1983). Here one wrote it as b over a, 1/3; a pair judged by one
    # person only keeps their judgement.
    group = w.aggregate({"P": {("a", "b"): 2, ("b", "c"): 5}, "Q": {("b", "a"): 1 / 3}, "R": {("a", "b"): 4}})
    assert group == pytest.approx({("a", "b"): 24 ** (1 / 3), ("b", "c"): 5})
    assert w.aggregate({"P": {("b", "a"): 1 / 2}, "Q": {("b", "a"): 1 / 3}, "R": {("b", "a"): 1 / 4}}) == \
        pytest.approx({("b", "a"): 1 / 24 ** (1 / 3)})


def test_consistent_participants_give_the_geometric_mean_of_their_weights() -> None:
    # P: a = 2b = 4c (weights 4, 2, 1); Q: all equal. Each pair's geometric mean is consistent
    # again (a/b = sqrt(2), a/c = 2, b/c = sqrt(2)), so the group's weights are proportional to
    # sqrt(4 x 1), sqrt(2 x 1), sqrt(1 x 1) = 2, 1.4142, 1, over 4.4142: 0.4531, 0.3204, 0.2265
    judges = {"P": {("a", "b"): 2, ("a", "c"): 4, ("b", "c"): 2}, "Q": {("a", "b"): 1, ("a", "c"): 1, ("b", "c"): 1}}
    found = w.pairwise(["a", "b", "c"], w.aggregate(judges))
    assert found.weights == approx({"a": 2 / (3 + 2 ** 0.5), "b": 2 ** 0.5 / (3 + 2 ** 0.5),
                                    "c": 1 / (3 + 2 ** 0.5)}, abs=1e-10)
    assert [round(found.weights[i], 4) for i in "abc"] == [0.4531, 0.3204, 0.2265]
    assert found.cr == pytest.approx(0.0, abs=1e-9)


def test_more_than_ten_items_have_no_random_index() -> None:
    items = [f"c{i}" for i in range(11)]
    with pytest.raises(ValueError, match="at most 10"):
        w.pairwise(items, {(a, b): 1.0 for i, a in enumerate(items) for b in items[i + 1:]})


def test_value_tree_multiplies_group_weight_by_weight_within_group() -> None:
    # finance 0.54 x (0.5, 0.5) = 0.27 each; delivery 0.36 x (0.25, 0.75) = 0.09, 0.27; 'other'
    # is in no group and keeps its 0.1
    top = {"finance": 0.54, "delivery": 0.36, "other": 0.1}
    within = {"finance": {"tax": 0.5, "proc": 0.5}, "delivery": {"risk": 0.25, "time": 0.75}}
    assert w.effective(top, within) == approx({"tax": 0.27, "proc": 0.27, "risk": 0.09, "time": 0.27, "other": 0.1})


@given(st.lists(st.floats(min_value=0.05, max_value=1.0), min_size=2, max_size=10))
@settings(max_examples=50, deadline=None)
def test_judgements_that_are_exact_ratios_give_back_the_weights(raw: list[float]) -> None:
    # a_ij = v_i / v_j is a consistent matrix: its eigenvector is v (normalised), lambda_max = n
    items = [f"c{i}" for i in range(len(raw))]
    judged = {(a, b): raw[i] / raw[j] for i, a in enumerate(items) for j, b in enumerate(items) if i < j}
    found = w.pairwise(items, judged)
    total = sum(raw)
    assert [found.weights[i] for i in items] == pytest.approx([x / total for x in raw], abs=1e-9)
    assert found.cr == pytest.approx(0.0, abs=1e-9)


# Swings as a file can hold them: 0, or at least 1e-15 (smaller non-zero numbers are E105); a
# subnormal swing times 0.5 would underflow to 0, which no file can say.
SWING = st.one_of(st.just(0.0), st.floats(min_value=1e-6, max_value=100.0))


@given(st.lists(SWING, min_size=1, max_size=10).filter(lambda s: max(s) > 0), st.floats(min_value=0.01, max_value=100.0))
def test_scaling_every_swing_changes_no_weight(swings: list[float], k: float) -> None:
    named = {f"c{i}": s for i, s in enumerate(swings)}
    assert w.swing({c: k * s for c, s in named.items()}) == pytest.approx(w.swing(named), abs=1e-12)
