"""Switching values, score switching values and the closest challenge, against worked examples."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adm_appraise import appraise, load_appraisal
from adm_appraise.analysis.sensitivity import (
    Challenge,
    Switch,
    _greedy,
    analyse,
    closest_challenge,
    weight_switches,
)
from tests.conftest import ROOT, make_appraisal

# Two options, two criteria, scale 0-10 (a value is 10 x the score), weights 3:1 -> 0.75, 0.25.
#   x: a=8, b=2  -> values 80, 20 -> score 0.75*80 + 0.25*20  = 65
#   y: a=4, b=10 -> values 40, 100 -> score 0.75*40 + 0.25*100 = 55
# Weight of a = t (b = 1 - t): x(t) = 20 + 60t, y(t) = 100 - 60t; equal at t = 2/3.
#   So a's weight may fall from 0.75 to 2/3 before y ties (lower), and never switches above.
# Weight of b = t (a = 1 - t): x(t) = 80 - 60t, y(t) = 40 + 60t; equal at t = 1/3 (upper).
# Score switching: the gap is 10 points.
#   On a (weight 0.75) values must move 10/0.75 = 13.33, i.e. 1.333 scale points:
#   y's a rises 4 -> 5.333 (possible), x's a falls 8 -> 6.667 (possible).
#   On b (weight 0.25) values must move 40, i.e. 4 scale points: y's b would need 14 > 10 and
#   x's b would need -2 < 0: both impossible.
# Closest challenge: y leads once a's weight is at most 2/3: (0.75, 0.25) -> (2/3, 1/3),
#   an L1 change of 1/12 + 1/12 = 1/6.
TWO = """
    appraisal:
      title: Two options
      scale: {min: 0, max: 10}
    criteria:
      - {id: a, name: A, weight: 3}
      - {id: b, name: B, weight: 1}
"""

# Three options, three criteria weighted equally, scale 0-10.
#   x: (10, 5, 3)  -> values (100, 50, 30) -> 60
#   y: (4, 8, 5)   -> values (40, 80, 50)  -> 56.67
#   z: (2, 4, 10)  -> values (20, 40, 100) -> 53.33
# Weight of a = t, b and c share 1 - t equally:
#   x = 40 + 60t, y = 65 - 25t, z = 70 - 50t.
#   x = y at t = 25/85 = 5/17 (0.294); x = z at t = 30/110 = 3/11 (0.273): lower 5/17, y.
# Weight of b = t: x = 65 - 15t, y = 45 + 35t, z = 60 - 20t.
#   x = y at t = 0.4 (upper, y); x - z = 5 + 5t > 0 always.
# Weight of c = t: x = 75 - 45t, y = 60 - 10t, z = 30 + 70t.
#   x = y at t = 3/7 (0.429); x = z at t = 9/23 (0.391): upper 9/23, z (not the runner-up).
THREE = """
    appraisal:
      title: Three options
      scale: {min: 0, max: 10}
    criteria:
      - {id: a, name: A, weight: 1}
      - {id: b, name: B, weight: 1}
      - {id: c, name: C, weight: 1}
"""


def option(oid: str, **scores: object) -> str:
    body = ", ".join(f"{k}: {v}" for k, v in scores.items())
    return f"id: {oid}\nname: {oid.upper()}\nscores: {{{body}}}\n"


@pytest.fixture
def two(tmp_path: Path) -> Path:
    return make_appraisal(tmp_path, TWO, x=option("x", a=8, b=2), y=option("y", a=4, b=10))


@pytest.fixture
def three(tmp_path: Path) -> Path:
    return make_appraisal(tmp_path, THREE, x=option("x", a=10, b=5, c=3), y=option("y", a=4, b=8, c=5),
                          z=option("z", a=2, b=4, c=10))


def sensitivity(folder: Path, **kw: object):  # type: ignore[no-untyped-def]
    return analyse(appraise(load_appraisal(folder)), samples=100, **kw)  # type: ignore[arg-type]


def test_two_option_weight_switching_values(two: Path) -> None:
    s = sensitivity(two)
    assert s.leader == "x"
    a, b = s.switching_values
    assert (a.criterion, a.weight, a.upper) == ("a", 0.75, None)
    assert a.lower == Switch(pytest.approx(2 / 3), "y")
    assert (b.criterion, b.weight, b.lower) == ("b", 0.25, None)
    assert b.upper == Switch(pytest.approx(1 / 3), "y")


def test_three_option_weight_switching_values(three: Path) -> None:
    a, b, c = sensitivity(three).switching_values
    assert a.lower == Switch(pytest.approx(5 / 17), "y") and a.upper is None
    assert b.lower is None and b.upper == Switch(pytest.approx(0.4), "y")
    assert c.lower is None and c.upper == Switch(pytest.approx(9 / 23), "z")


def test_two_option_score_switching(two: Path) -> None:
    found = [(x.criterion, x.option, x.change, x.feasible, x.needed) for x in sensitivity(two).score_switching]
    assert found == [
        ("a", "y", pytest.approx(4 / 3), True, pytest.approx(4 + 4 / 3)),
        ("a", "x", pytest.approx(-4 / 3), True, pytest.approx(8 - 4 / 3)),
        ("b", "y", pytest.approx(4.0), False, pytest.approx(14.0)),
        ("b", "x", pytest.approx(-4.0), False, pytest.approx(-2.0)),
    ]


def test_two_option_closest_challenge(two: Path) -> None:
    challenge = sensitivity(two).closest_challenge
    assert challenge == Challenge("y", pytest.approx(1 / 6), {"a": pytest.approx(2 / 3), "b": pytest.approx(1 / 3)})


def test_score_switching_on_a_measure_uses_its_unit_and_fixed_local_ends(tmp_path: Path) -> None:
    # cost in £m, lower better, local scale: worst 10 (x), best 2 (y). Values: x 0, y 100.
    # Scores (weights 1:1): x = (100 + 0)/2 = 50, y = (0 + 100)/2 = 50 ... so make q 2:1.
    # q weight 2/3, cost 1/3: x = 66.67, y = 33.33; gap 33.33; on cost the value must move
    # 33.33 / (1/3) = 100 points = 8 £m: x's cost would have to rise from 10 to 18 (off the
    # fixed scale ends), y's ... y is the runner-up: its cost would have to fall to -6.
    criteria = """
        appraisal: {title: Measure, scale: {min: 0, max: 5}}
        criteria:
          - {id: q, name: Q, weight: 2}
          - {id: cost, name: Cost, weight: 1, type: measure, unit: £m, direction: lower}
    """
    folder = make_appraisal(tmp_path, criteria, x="id: x\nname: X\nscores: {q: 5, cost: {value: 10}}\n",
                            y="id: y\nname: Y\nscores: {q: 0, cost: {value: 2}}\n")
    found = {(x.criterion, x.option): x for x in sensitivity(folder).score_switching}
    y_cost, x_cost = found["cost", "y"], found["cost", "x"]
    assert (y_cost.change, y_cost.needed, y_cost.feasible, y_cost.unit) == (pytest.approx(8), pytest.approx(-6),
                                                                             False, "£m")
    assert (x_cost.change, x_cost.current, x_cost.feasible) == (pytest.approx(-8), 10.0, False)


def test_tied_options_switch_at_the_current_weight(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, TWO, x=option("x", a=5, b=5), y=option("y", a=5, b=5))
    s = sensitivity(folder)
    assert s.leader == "x"
    assert [(w.lower, w.upper) for w in s.switching_values] == [
        (Switch(0.75, "y"), Switch(0.75, "y")), (Switch(0.25, "y"), Switch(0.25, "y"))]
    assert s.closest_challenge == Challenge("y", pytest.approx(0.0, abs=1e-12),
                                            {"a": pytest.approx(0.75), "b": pytest.approx(0.25)})
    assert {x.change for x in s.score_switching} == {0.0}


def test_single_criterion_cannot_switch_by_weight(tmp_path: Path) -> None:
    criteria = "appraisal: {title: One, scale: {min: 0, max: 5}}\ncriteria:\n  - {id: a, name: A, weight: 1}\n"
    folder = make_appraisal(tmp_path, criteria, x="id: x\nname: X\nscores: {a: 4}\n",
                            y="id: y\nname: Y\nscores: {a: 2}\n")
    s = sensitivity(folder)
    assert [(w.weight, w.lower, w.upper) for w in s.switching_values] == [(1.0, None, None)]
    assert s.closest_challenge is None  # y can never lead


def test_a_criterion_carrying_all_the_weight_shares_the_rest_equally() -> None:
    # Weights (1, 0, 0): with a's weight t the others get (1 - t)/2 each.
    # x = (100, 0, 0), y = (0, 60, 60): x(t) = 100t, y(t) = 60(1 - t): equal at t = 0.375.
    values = np.array([[100.0, 0, 0], [0, 60, 60]])
    switches = weight_switches(values, ["x", "y"], np.array([1.0, 0, 0]), 0, ["a", "b", "c"])
    assert switches[0].lower == Switch(pytest.approx(0.375), "y") and switches[0].upper is None


def test_dominated_challengers_never_lead() -> None:
    values = np.array([[100.0, 100], [50, 50], [0, 100]])
    assert closest_challenge(values, ["x", "y", "z"], np.array([0.5, 0.5]), 0, ["a", "b"]) == Challenge(
        "z", pytest.approx(1.0), {"a": pytest.approx(0.0), "b": pytest.approx(1.0)})


def brute_force_l1(values: np.ndarray, w0: np.ndarray, challenger: int, step: float) -> float:
    """The smallest L1 change over a grid on the 3-simplex that lets ``challenger`` lead (ties count)."""
    best = np.inf
    ticks = np.arange(0, 1 + step / 2, step)
    for w1, w2 in itertools.product(ticks, ticks):
        if w1 + w2 > 1 + 1e-12:
            continue
        w = np.array([w1, w2, max(0.0, 1 - w1 - w2)])
        scores = values @ w
        if scores[challenger] >= scores.max() - 1e-9:
            best = min(best, float(np.abs(w - w0).sum()))
    return best


def test_closest_challenge_matches_a_brute_force_grid_search(three: Path) -> None:
    result = appraise(load_appraisal(three))
    values = result.values.loc[["x", "y", "z"], ["a", "b", "c"]].to_numpy()
    w0 = np.full(3, 1 / 3)
    step = 1 / 240  # contains w0 exactly; the grid's L1 error is at most 2 * step
    challenge = closest_challenge(values, ["x", "y", "z"], w0, 0, ["a", "b", "c"])
    assert challenge is not None
    grid = {c: brute_force_l1(values, w0, i, step) for i, c in ((1, "y"), (2, "z"))}
    assert challenge.challenger == min(grid, key=grid.__getitem__)
    assert challenge.l1_change <= grid[challenge.challenger] + 1e-9
    assert grid[challenge.challenger] - challenge.l1_change <= 2 * step


def test_to_dict_is_plain_json_data(three: Path) -> None:
    data = sensitivity(three).to_dict()
    assert list(data) == ["leader", "weights", "switching_values", "score_switching", "closest_challenge",
                          "monte_carlo"]

    def plain(x: object) -> bool:
        if isinstance(x, dict):
            return all(isinstance(k, str) and plain(v) for k, v in x.items())
        if isinstance(x, list):
            return all(plain(v) for v in x)
        return x is None or type(x) in (str, int, float, bool)

    assert plain(data)
    assert data["switching_values"][2] == {"criterion": "c", "weight": pytest.approx(1 / 3), "lower": None,
                                           "upper": {"weight": pytest.approx(9 / 23), "new_leader": "z"}}


def test_bundled_appraisal_headline() -> None:
    s = analyse(appraise(load_appraisal(ROOT)), samples=100)
    assert s.leader == "wholly_owned_company" and s.runner_up == "strategic_partnership"
    challenge = s.closest_challenge
    assert challenge is not None and challenge.challenger == "strategic_partnership"
    # moving 1/28 of the weight from timescale to tax and VAT makes the two tie (75 = 70 + 5)
    assert challenge.l1_change == pytest.approx(1 / 14)


matrices = st.integers(2, 5).flatmap(lambda m: st.integers(1, 4).flatmap(lambda n: st.tuples(
    st.lists(st.lists(st.integers(0, 5), min_size=n, max_size=n), min_size=m, max_size=m),
    st.lists(st.integers(1, 10), min_size=n, max_size=n),
)))


@settings(max_examples=150, deadline=None)
@given(matrices)
def test_switching_interval_contains_the_weight_and_bounds_the_closest_challenge(case: tuple) -> None:
    scores, raw_weights = case
    values = np.array(scores, dtype=float) * 20.0
    w0 = np.array(raw_weights, dtype=float) / sum(raw_weights)
    totals = values @ w0
    leader = int(np.argmax(totals))  # the first of the best: ids in index order
    ids = [f"o{i}" for i in range(len(values))]
    criteria = [f"c{j}" for j in range(len(w0))]
    challenge = closest_challenge(values, ids, w0, leader, criteria)
    if challenge is not None:
        moved = values @ np.array(list(challenge.weights.values()))
        assert moved[ids.index(challenge.challenger)] >= moved.max() - 1e-6
    for i, switch in enumerate(weight_switches(values, ids, w0, leader, criteria)):
        assert (switch.lower is None or switch.lower.weight <= w0[i] + 1e-12)
        assert (switch.upper is None or switch.upper.weight >= w0[i] - 1e-12)
        for side in (switch.lower, switch.upper):
            if side is None:
                continue
            # at the switching weight the new leader draws level (the others in proportion)
            w = _moved(w0, i, side.weight)
            at = values @ w
            assert at[ids.index(side.new_leader)] >= at[leader] - 1e-6
            # and the switch is a point the closest challenge could have used: w(t) is 2|t - w_i| away
            assert challenge is not None and challenge.l1_change <= 2 * abs(side.weight - w0[i]) + 1e-6


def _moved(w0: np.ndarray, i: int, t: float) -> np.ndarray:
    rest = w0.copy()
    rest[i] = 0.0
    if rest.sum() <= 0:
        rest = np.ones_like(w0)
        rest[i] = 0.0
    w = rest / rest.sum() * (1 - t)
    w[i] = t
    return w


def _lp_l1(values: np.ndarray, w0: np.ndarray, c: int, rivals: list[int]) -> float | None:
    """The LP of 'what it would take', solved by linprog: min L1 change of w on the simplex
    with option c scoring at least every option in ``rivals``; None when infeasible."""
    from scipy.optimize import linprog

    n = len(w0)
    diff = values[rivals] - values[c]
    eye = np.eye(n)
    a_ub = np.vstack([np.hstack([-eye, eye]), np.hstack([diff, -diff])])
    b_ub = np.concatenate([w0, -(diff @ w0)])
    a_eq = np.hstack([np.ones(n), -np.ones(n)])[None, :]
    found = linprog(np.ones(2 * n), A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[0.0], bounds=(0, None), method="highs")
    return float(found.fun) if found.status == 0 else None


@pytest.mark.parametrize("seed", range(8))
def test_the_closed_form_equals_linprog_against_the_leader_alone(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 8))
    values = rng.integers(0, 6, size=(12, n)) * 20.0  # ties between criteria on purpose
    w0 = rng.dirichlet(np.ones(n))
    leader = int(np.argmax(values @ w0))
    rows = [r for r in range(len(values)) if r != leader]
    distance, moves = _greedy(values[rows] - values[leader], w0)
    for k, c in enumerate(rows):
        expected = _lp_l1(values, w0, c, [leader])
        if expected is None:
            assert distance[k] == np.inf
            continue
        assert distance[k] == pytest.approx(expected, abs=1e-9)
        weights = w0 + moves[k]
        assert weights.min() >= 0 and weights.sum() == pytest.approx(1.0)
        assert np.abs(moves[k]).sum() == pytest.approx(distance[k])
        assert (values[c] - values[leader]) @ weights >= -1e-9  # c draws level with the leader there


@pytest.mark.parametrize("seed", range(8))
def test_closest_challenge_equals_one_linprog_per_challenger(seed: int) -> None:
    # The definition, as the LP per challenger computed it before the closed form: c must beat
    # every option. Many options of close scores make third options get in the way.
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(2, 6))
    values = rng.uniform(0, 100, size=(int(rng.integers(5, 25)), n))
    w0 = rng.dirichlet(np.ones(n) * 2)
    order = np.argsort(-(values @ w0), kind="stable")
    values = values[order]  # in ranking order, leader first
    ids = [f"o{i}" for i in range(len(values))]
    criteria = [f"c{j}" for j in range(n)]
    lp = {c: _lp_l1(values, w0, c, [r for r in range(len(values)) if r != c]) for c in range(1, len(values))}
    feasible = {c: l1 for c, l1 in lp.items() if l1 is not None}
    challenge = closest_challenge(values, ids, w0, 0, criteria)
    if not feasible:
        assert challenge is None
        return
    best = min(feasible.values())
    assert challenge is not None
    assert challenge.l1_change == pytest.approx(best, abs=1e-7)
    assert feasible[ids.index(challenge.challenger)] == pytest.approx(best, abs=1e-7)
    weights = np.array(list(challenge.weights.values()))
    scores = values @ weights
    assert scores[ids.index(challenge.challenger)] >= scores.max() - 1e-6
