"""Monte Carlo rank stability against closed-form probabilities; seeds and chunking."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import beta

from adm_appraise import appraise, load_appraisal
from adm_appraise.analysis.method import Result
from adm_appraise.analysis.montecarlo import concentration, monte_carlo
from tests.conftest import make_appraisal

SAMPLES = 20_000


def within_binomial(estimate: float, p: float, n: int = SAMPLES) -> bool:
    """Within five binomial standard errors (a false alarm about once in 3.5 million runs)."""
    return abs(estimate - p) <= 5 * math.sqrt(p * (1 - p) / n) + 1e-12


def result_of(folder: Path) -> Result:
    return appraise(load_appraisal(folder))


def criteria(weights: dict[str, float], scale: int = 5, shortlist: str = "{top: 2}") -> str:
    lines = [f"appraisal: {{title: T, scale: {{min: 0, max: {scale}}}, shortlist: {shortlist}}}", "criteria:"]
    lines += [f"  - {{id: {c}, name: {c.upper()}, weight: {w}}}" for c, w in weights.items()]
    return "\n".join(lines) + "\n"


def option(oid: str, scores: str) -> str:
    return f"id: {oid}\nname: {oid.upper()}\nscores: {scores}\n"


def test_uniform_weights_two_criteria_each_best_on_one(tmp_path: Path) -> None:
    # A is best on a, B on b: A leads exactly when w_a > 1/2; under uniform weights P = 1/2.
    folder = make_appraisal(tmp_path, criteria({"a": 1, "b": 1}),
                            a=option("a", "{a: 5, b: 0}"), b=option("b", "{a: 0, b: 5}"))
    mc = monte_carlo(result_of(folder), SAMPLES, weights="uniform")
    assert mc.options == ("a", "b")
    assert within_binomial(mc.rank_acceptability[0, 0], 0.5)
    assert mc.rank_acceptability.sum(axis=0) == pytest.approx([1, 1])
    assert mc.rank_acceptability.sum(axis=1) == pytest.approx([1, 1])


def test_uniform_weights_three_criteria(tmp_path: Path) -> None:
    # A = (5, 0, 0), B = (0, 5, 5): A leads when w_a > w_b + w_c, i.e. w_a > 1/2.
    # Uniform on the simplex, w_a ~ Beta(1, 2): P(w_a > 1/2) = (1/2)^2 = 1/4.
    folder = make_appraisal(tmp_path, criteria({"a": 1, "b": 1, "c": 1}),
                            a=option("a", "{a: 5, b: 0, c: 0}"), b=option("b", "{a: 0, b: 5, c: 5}"))
    mc = monte_carlo(result_of(folder), SAMPLES, weights="uniform")
    first = dict(zip(mc.options, mc.rank_acceptability[:, 0], strict=True))
    assert within_binomial(first["a"], 0.25)


@pytest.mark.parametrize("spread", [0.1, 0.3, 0.6])
def test_weights_around_follow_the_stated_dirichlet(tmp_path: Path, spread: float) -> None:
    # Weights 0.6 / 0.4; A leads when w_a > 1/2. Around: w_a ~ Beta(0.6 k, 0.4 k), k = 1/spread^2 - 1.
    folder = make_appraisal(tmp_path, criteria({"a": 3, "b": 2}),
                            a=option("a", "{a: 5, b: 0}"), b=option("b", "{a: 0, b: 5}"))
    mc = monte_carlo(result_of(folder), SAMPLES, spread=spread)
    k = concentration(spread)
    assert within_binomial(mc.leader_first, float(beta.sf(0.5, 0.6 * k, 0.4 * k)))


def test_triangular_score_ranges(tmp_path: Path) -> None:
    # One criterion on 0-10. A's score is triangular(low 0, mode 10, high 10): P(A <= x) = x^2/100.
    # B scores 5: A leads with probability 1 - 25/100 = 0.75. With min_score 70 A is shortlisted
    # when its score reaches 7: 1 - 49/100 = 0.51.
    folder = make_appraisal(tmp_path, criteria({"q": 1}, scale=10, shortlist="{top: 1, min_score: 70}"),
                            a=option("a", "{q: {low: 0, score: 10, high: 10}}"), b=option("b", "{q: 5}"))
    mc = monte_carlo(result_of(folder), SAMPLES)
    first = dict(zip(mc.options, mc.rank_acceptability[:, 0], strict=True))
    shortlisted = dict(zip(mc.options, mc.shortlist_probability, strict=True))
    assert within_binomial(first["a"], 0.75)
    assert within_binomial(shortlisted["a"], 0.51)
    assert shortlisted["b"] == 0.0  # 50 < 70


def test_ties_are_broken_by_id_and_share_the_shortlist(tmp_path: Path) -> None:
    # Identical options tie in every sample: rank 1 goes to the smaller id, but with top 1 both
    # are shortlisted, as score shares the rank (1, 1).
    folder = make_appraisal(tmp_path, criteria({"a": 1, "b": 1}, shortlist="{top: 1}"),
                            q=option("q", "{a: 3, b: 4}"), p=option("p", "{a: 3, b: 4}"),
                            r=option("r", "{a: 1, b: 1}"))
    mc = monte_carlo(result_of(folder), 1000, weights="uniform")
    assert mc.options == ("p", "q", "r")
    assert mc.rank_acceptability.tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    assert mc.shortlist_probability.tolist() == [1, 1, 0]


def test_near_ties_within_tolerance_are_broken_by_id(tmp_path: Path) -> None:
    # q is ahead of p by far less than 1e-9 in every sample: a tie, so p (smaller id) ranks first.
    folder = make_appraisal(tmp_path, criteria({"a": 1}, scale=1),
                            q=option("q", "{a: 0.50000000000001}"), p=option("p", "{a: 0.5}"))
    mc = monte_carlo(result_of(folder), 10)
    assert mc.options == ("p", "q")
    assert mc.rank_acceptability.tolist() == [[1, 0], [0, 1]]


def test_same_seed_same_numbers_other_seed_other_numbers(bundled: Path) -> None:
    result = result_of(bundled)
    first, again = (monte_carlo(result, 5000, seed=7).to_dict() for _ in range(2))
    assert first == again
    assert monte_carlo(result, 5000, seed=8).to_dict() != first
    assert first["seed"] == 7 and first["samples"] == 5000


def test_chunks_bound_the_work_and_do_not_change_the_figures(tmp_path: Path) -> None:
    # Score ranges too, so both random streams are exercised.
    folder = make_appraisal(tmp_path, criteria({"a": 2, "b": 1}),
                            x=option("x", "{a: {low: 2, score: 3, high: 5}, b: 4}"),
                            y=option("y", "{a: 4, b: {low: 1, score: 2, high: 3}}"),
                            z=option("z", "{a: 1, b: 5}"))
    result = result_of(folder)
    steps: list[int] = []
    chunked = monte_carlo(result, 3000, chunk_size=64, progress=steps.append)
    whole = monte_carlo(result, 3000, chunk_size=3000)
    assert max(steps) == 64 and sum(steps) == 3000 and len(steps) == math.ceil(3000 / 64)
    assert np.array_equal(chunked.rank_counts, whole.rank_counts)
    assert np.array_equal(chunked.shortlist_counts, whole.shortlist_counts)


def test_the_default_chunk_is_bounded_whatever_the_sample_count(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from adm_appraise.analysis import montecarlo

    monkeypatch.setattr(montecarlo, "CHUNK_BYTES", 64 * 1024)
    steps: list[int] = []
    monte_carlo(result_of(bundled), 50_000, progress=steps.append)
    assert sum(steps) == 50_000 and max(steps) * 8 * 9 <= 64 * 1024


def test_no_eligible_option(tmp_path: Path) -> None:
    text = criteria({"a": 1}) + "gates:\n  - {id: g, name: G}\n"
    folder = make_appraisal(tmp_path, text, x="id: x\nname: X\ngates: {g: fail}\nscores: {a: 1}\n")
    mc = monte_carlo(result_of(folder), 10)
    assert mc.to_dict()["rank_acceptability"] == {} and mc.leader_first is None


@pytest.mark.parametrize("kw", [{"samples": 0}, {"weights": "corners"}, {"spread": 1.0}, {"spread": 0.0}])
def test_bad_arguments(bundled: Path, kw: dict[str, object]) -> None:
    args: dict[str, object] = {"samples": 10} | kw
    with pytest.raises(ValueError):
        monte_carlo(result_of(bundled), **args)  # type: ignore[arg-type]


def test_sparse_rank_counts_equal_the_dense_ones(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Large appraisals keep rank counts as sorted (option, place) keys merged chunk by chunk;
    # forcing that path, with a tiny buffer so that many merges happen, must count the same.
    from adm_appraise.analysis import montecarlo

    result = result_of(bundled)
    dense = monte_carlo(result, 3000, seed=3, chunk_size=100)
    monkeypatch.setattr(montecarlo, "DENSE_CELLS", 0)
    monkeypatch.setattr(montecarlo, "FLUSH_KEYS", 50)
    sparse = monte_carlo(result, 3000, seed=3, chunk_size=100)
    assert np.array_equal(sparse.rank_counts, dense.rank_counts)
    assert sparse.rank_counts.sum() == 3000 * len(dense.options)
    assert sparse.to_dict() == dense.to_dict()
