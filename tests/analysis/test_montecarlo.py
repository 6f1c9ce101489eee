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


def leading_and_shortlisted(folder: Path) -> tuple[dict[str, float], dict[str, float]]:
    """Each option's share of SAMPLES in first place, and shortlisted."""
    mc = monte_carlo(result_of(folder), SAMPLES)
    return (dict(zip(mc.options, mc.rank_acceptability[:, 0].tolist(), strict=True)),
            dict(zip(mc.options, mc.shortlist_probability.tolist(), strict=True)))


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
    first, shortlisted = leading_and_shortlisted(folder)
    assert within_binomial(first["a"], 0.75)
    assert within_binomial(shortlisted["a"], 0.51)
    assert shortlisted["b"] == 0.0  # 50 < 70


def test_a_ranged_measure_where_lower_is_better(tmp_path: Path) -> None:
    # One measure, lower is better, on a fixed range of 10 (worst) to 0 (best). A's value is
    # triangular(low 2, mode 4, high 8); B's is 5. A leads when its value is below 5:
    # P = 1 - (8 - 5)^2 / ((8 - 2)(8 - 4)) = 1 - 9/24 = 0.625. A's value reaches no more than 80
    # (at 2) and no less than 20 (at 8); with min_score 60 A is shortlisted when its value is at
    # most 4, the mode: P = (4 - 2)^2 / ((8 - 2)(4 - 2)) = 4/12 = 1/3.
    text = ("appraisal: {title: T, scale: {min: 0, max: 10}, shortlist: {top: 1, min_score: 60}}\n"
            "criteria:\n  - {id: t, name: T, weight: 1, type: measure, direction: lower, range: [10, 0]}\n")
    folder = make_appraisal(tmp_path, text, a=option("a", "{t: {value: 4, low: 2, high: 8}}"),
                            b=option("b", "{t: {value: 5}}"))
    first, shortlisted = leading_and_shortlisted(folder)
    assert within_binomial(first["a"], 0.625)
    assert within_binomial(shortlisted["a"], 1 / 3)


def test_a_ranged_measure_drawn_through_its_value_function(tmp_path: Path) -> None:
    # Savings on 0-1,000 through the piecewise value function (0, 0), (500, 70), (1000, 100). A's
    # savings are triangular(low 0, mode 500, high 1000); B's are 800, worth 70 + 30 x 300/500 = 88.
    # A leads when its savings pass 800: P = (1000 - 800)^2 / (1000 x 500) = 0.08 (a straight
    # line would need 880: 0.0288). With the top two (both) and min_score 35, A is shortlisted when
    # its savings reach 250 (70 x 250/500 = 35): P = 1 - 250^2 / (1000 x 500) = 0.875.
    text = ("appraisal: {title: T, scale: {min: 0, max: 10}, shortlist: {top: 2, min_score: 35}}\n"
            "criteria:\n  - {id: s, name: S, weight: 1, type: measure, direction: higher, range: [0, 1000],\n"
            "     value_function: {type: piecewise, points: [[0, 0], [500, 70], [1000, 100]]}}\n")
    folder = make_appraisal(tmp_path, text, a=option("a", "{s: {value: 500, low: 0, high: 1000}}"),
                            b=option("b", "{s: {value: 800}}"))
    first, shortlisted = leading_and_shortlisted(folder)
    assert within_binomial(first["a"], 0.08)
    assert within_binomial(shortlisted["a"], 0.875)


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


def test_banded_counts_do_not_depend_on_the_buffer_or_the_groups(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Rank counts go through a buffer into a band of ranks per option, a group of options at a
    # time; a buffer of one sample (a flush, and often a widening of the bands, every sample)
    # and groups of one option must count the same as the defaults.
    from adm_appraise.analysis import montecarlo

    result = result_of(bundled)
    once = monte_carlo(result, 3000, seed=3, chunk_size=100)
    monkeypatch.setattr(montecarlo, "RANK_BUFFER_BYTES", 1)
    monkeypatch.setattr(montecarlo, "GROUP_CELLS", 1)
    often = monte_carlo(result, 3000, seed=3, chunk_size=1)
    assert np.array_equal(often.rank_counts, once.rank_counts)
    assert often.rank_counts.sum() == 3000 * len(once.options)
    assert often.to_dict() == once.to_dict()


@pytest.mark.parametrize("piece", [2, 4, 6])
def test_the_figures_do_not_depend_on_the_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  piece: int) -> None:
    # Ranges on some cells only (summed option by option) and on every cell (whole options a
    # block): each block of cells has a random stream of its own and takes ceil(cells / 2) of its
    # words a sample, sample after sample, so pieces of one sample (PIECE of 2, 4 or 6 cells) and
    # chunks of 7 give the very counts the default pieces and chunks give.
    from adm_appraise.analysis import montecarlo

    some = make_appraisal(tmp_path / "some", criteria({"a": 2, "b": 1, "c": 1}),
                          x=option("x", "{a: {low: 2, score: 3, high: 5}, b: 4, c: {low: 0, score: 1, high: 3}}"),
                          y=option("y", "{a: 4, b: {low: 1, score: 2, high: 3}, c: 2}"),
                          z=option("z", "{a: {low: 0, score: 1, high: 2}, b: 5, c: {low: 2, score: 3, high: 4}}"))
    every = make_appraisal(tmp_path / "every", criteria({"a": 2, "b": 1}),
                           x=option("x", "{a: {low: 2, score: 3, high: 5}, b: {low: 3, score: 4, high: 5}}"),
                           y=option("y", "{a: {low: 3, score: 4, high: 5}, b: {low: 1, score: 2, high: 3}}"),
                           z=option("z", "{a: {low: 0, score: 1, high: 2}, b: {low: 4, score: 5, high: 5}}"))
    for folder in (some, every):
        result = result_of(folder)
        default = monte_carlo(result, 2000, seed=5, chunk_size=300)
        monkeypatch.setattr(montecarlo, "PIECE", piece)
        small = monte_carlo(result, 2000, seed=5, chunk_size=7)
        monkeypatch.undo()
        assert np.array_equal(small.rank_counts, default.rank_counts)
        assert np.array_equal(small.shortlist_counts, default.shortlist_counts)
        assert (default.rank_counts > 0).sum() > 3  # the draws move the ranks


def pairwise_places(scores: np.ndarray) -> np.ndarray:
    """The definition, options x options: options ahead by more than 1e-9, plus tied ones of lower id."""
    ahead = scores[:, None, :] > scores[:, :, None] + 1e-9  # [sample, option, other]
    tied = np.abs(scores[:, None, :] - scores[:, :, None]) <= 1e-9
    ids = np.arange(scores.shape[1])
    return (ahead | (tied & (ids[None, :] < ids[:, None]))).sum(axis=2)


def test_places_follow_the_definition_with_ties_near_ties_and_chains() -> None:
    from adm_appraise.analysis.montecarlo import _places

    rng = np.random.default_rng(5)
    scores = rng.integers(0, 6, size=(400, 12)).astype(float)  # many exact ties
    scores[100:200] += rng.integers(0, 3, size=(100, 12)) * 4e-10  # ties within 1e-9 but not equal
    scores[200:300] += np.arange(12) * 6e-10  # chains: neighbours tied, the ends of a run not
    scores[300:] += rng.random((100, 12))  # no ties at all
    places = np.empty(scores.shape, dtype=np.int16)
    ordered = _places(scores, places)
    assert np.array_equal(places, pairwise_places(scores))
    assert np.array_equal(ordered, -np.sort(-scores, axis=1))
    assert sorted(places[300].tolist()) == list(range(12))  # without ties, one place each


def test_the_order_is_exact_where_many_scores_share_a_band() -> None:
    """_order sorts by 65,536 bands first: at 3,000 options drawn from a narrow bell, hundreds of
    pairs share a band per sample, plus exact ties and near ties across band edges."""
    from adm_appraise.analysis.montecarlo import _order, _places

    rng = np.random.default_rng(11)
    scores = rng.normal(50.0, 0.5, size=(6, 3000))
    scores[:, 0] = 500.0  # one far outlier: the rest crowd into few bands
    scores[1, 100:200] = scores[1, 99]  # an exact tie of a hundred
    scores[2, 300:400] = scores[2, 299] + np.arange(100) * 3e-10  # a chain of near ties
    scores[3] = 7.0  # every score equal: one band, no span
    order = _order(scores)
    for row, o in zip(scores, order, strict=True):
        assert sorted(o.tolist()) == list(range(3000))
        assert (np.diff(row[o]) <= 0).all()  # descending, exactly
    places = np.empty(scores.shape, dtype=np.int16)
    _places(scores, places)
    assert np.array_equal(places, pairwise_places(scores))


def test_triangle_draws_take_two_sixteen_bit_uniforms_each_from_a_stream_per_block() -> None:
    from adm_appraise.analysis.matrix import to_values
    from adm_appraise.analysis.montecarlo import BLOCK, _Triangle

    # cells on a 0-10 scale and one on a flat criterion (worst == best: always 100); more cells
    # than four blocks, so a sample is drawn in five pieces, the last block odd
    cells = 4 * BLOCK + 7
    rng = np.random.default_rng(1)
    low = rng.uniform(0, 4, cells)
    mode, high = low + rng.uniform(0, 3, cells), low + 3 + rng.uniform(0, 3, cells)
    mode[:5] = low[:5]  # right triangles both ways
    mode[5:10] = high[5:10]
    worst, best = np.zeros(cells), np.full(cells, 10.0)
    worst[-1] = best[-1] = 4.0
    worst[1::3], best[1::3] = 10.0, 0.0  # a third where lower is better: the value falls as the score rises
    triangle = _Triangle(low, mode, high, worst, best)
    assert triangle.blocks == [(0, BLOCK), (BLOCK, 2 * BLOCK), (2 * BLOCK, 3 * BLOCK), (3 * BLOCK, 4 * BLOCK),
                               (4 * BLOCK, cells)]
    drawn = np.zeros((3, cells))
    for rows, a, piece in triangle.pieces(triangle.streams(np.random.SeedSequence(9)), 3):
        drawn[rows, a : a + piece.shape[1]] = piece
    drawn += triangle.origin
    # block by block, from a stream of its own spawned from the seed, a sample taking ceil(B / 2)
    # raw words of a block of B cells: their first B 16-bit halves k are the cells' U1, the next B
    # their U2, each U = (k + 1/2) / 2**16; the score is low + (high - low) T with
    # T = (1 - c) min(U1, U2) + c max(U1, U2), c = (mode - low) / (high - low) (Stein and Keblis
    # 2009), worked here in float64 on the score scale and then taken to the value scale
    streams = [np.random.SFC64(s) for s in np.random.SeedSequence(9).spawn(5)]
    u1, u2 = [], []
    for bits, (a, b) in zip(streams, triangle.blocks, strict=True):
        halves = bits.random_raw(3 * ((b - a + 1) // 2)).view(np.uint16).reshape(3, -1)
        u1.append(halves[:, : b - a])
        u2.append(halves[:, b - a : 2 * (b - a)])
    first, second = ((np.hstack(u).astype(float) + 0.5) / 2.0**16 for u in (u1, u2))
    c = (mode - low) / (high - low)
    score = low + (high - low) * ((1 - c) * np.minimum(first, second) + c * np.maximum(first, second))
    expected = to_values(score, worst, best)
    assert np.allclose(drawn, expected, rtol=0, atol=1e-4)  # float32 departures: about 1e-6 of a value point
    assert (drawn[:, -1] == 100.0).all()  # a flat criterion
    ends = np.sort([to_values(low, worst, best), to_values(high, worst, best)], axis=0)
    assert (drawn >= ends[0] - 1e-4).all() and (drawn <= ends[1] + 1e-4).all()


@pytest.mark.parametrize(("low", "mode", "high", "worst", "best"), [
    (2.0, 3.0, 7.0, 0.0, 10.0),  # mode at c = 0.2
    (2.0, 6.5, 7.0, 0.0, 10.0),  # c = 0.9
    (2.0, 2.0, 7.0, 0.0, 10.0),  # a right triangle, c = 0
    (4.0, 7.0, 10.0, 0.0, 10.0),  # c = 1/2, up to the scale's end
    (2.0, 4.0, 8.0, 10.0, 0.0),  # lower is better: the value falls as the score rises
])
def test_triangle_draws_follow_the_triangular_distribution(
    low: float, mode: float, high: float, worst: float, best: float
) -> None:
    # 200,000 draws of one cell, on the value scale, against scipy's triangular distribution
    # (an implementation independent of the one drawn): the Kolmogorov-Smirnov test at the 0.1%
    # level, and the mean (low + mode + high) / 3 within five standard errors. Sixteen-bit
    # uniforms put the draws' distribution within 3e-5 of the exact one: far below what 200,000
    # draws can see (the test's critical distance is 0.0044).
    from scipy.stats import kstest, triang

    from adm_appraise.analysis.matrix import to_values
    from adm_appraise.analysis.montecarlo import _Triangle

    k = 200_000
    triangle = _Triangle(*(np.array([x]) for x in (low, mode, high, worst, best)))
    drawn = np.concatenate([piece[:, 0] for _, _, piece in triangle.pieces(
        triangle.streams(np.random.SeedSequence(3)), k)]) + triangle.origin[0]
    ends = to_values(np.array([low, mode, high]), np.array(worst), np.array(best))
    v_low, v_mode, v_high = ends if ends[0] <= ends[2] else ends[::-1]
    reference = triang((v_mode - v_low) / (v_high - v_low), loc=v_low, scale=v_high - v_low)
    assert kstest(drawn, reference.cdf).pvalue > 0.001
    assert abs(drawn.mean() - reference.mean()) < 5 * reference.std() / math.sqrt(k)


def test_a_chunk_holds_many_samples_at_two_thousand_options_with_every_score_ranged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2,000 options x 10 criteria, a range on every score: 20,000 cells drawn per sample, a piece
    # of at most PIECE cells at a time, each piece weighted as soon as it is drawn, so the chunk
    # holds no cells: it is sized by CHUNK_BYTES over 8 bytes x (10 weights + 8 x 2,000 ranking) =
    # 128,080 bytes a sample: 523 samples in 64 MiB.
    import tracemalloc

    from adm_appraise.analysis import montecarlo

    m, n = 2000, 10
    lines = ["appraisal: {title: T, scale: {min: 0, max: 10}, shortlist: {top: 5}}", "criteria:"]
    lines += [f"  - {{id: c{j:02d}, name: C{j}, weight: {j % 5 + 1}}}" for j in range(n)]
    options = {}
    rng = np.random.default_rng(0)
    for i in range(m):
        scores = ", ".join(f"c{j:02d}: {{low: {s - 1}, score: {s}, high: {s + 1}}}"
                           for j, s in enumerate(rng.integers(1, 10, n).tolist()))
        options[f"o{i:04d}"] = option(f"o{i:04d}", f"{{{scores}}}")
    result = result_of(make_appraisal(tmp_path, "\n".join(lines) + "\n", **options))
    steps: list[int] = []
    sizes: list[tuple[int, int]] = []
    draw = montecarlo._Triangle._draw

    def counted(self: montecarlo._Triangle, u1: np.ndarray, u2: np.ndarray, cells: slice) -> np.ndarray:
        sizes.append(u1.shape)
        return draw(self, u1, u2, cells)

    monkeypatch.setattr(montecarlo._Triangle, "_draw", counted)
    tracemalloc.start()
    mc = monte_carlo(result, 1046, progress=steps.append)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert montecarlo.CHUNK_BYTES // (8 * (n + 8 * m)) == 523
    assert steps == [523, 523]
    assert mc.rank_counts.sum(axis=0).tolist() == [1046] * m
    # every cell of every sample drawn once, block by block: blocks of 8,190 cells (whole options of
    # 10 criteria, at most BLOCK = 8,192), the last of 20,000 - 2 x 8,190 = 3,620, each in pieces of
    # 65,536 // 8,190 = 8 samples: 523 = 65 x 8 + 3, so 66 pieces a block, 198 a chunk
    assert sum(r * c for r, c in sizes) == 1046 * m * n
    assert montecarlo.PIECE == 2**16 and montecarlo.BLOCK == 2**13
    assert set(sizes) == {(8, 8190), (3, 8190), (8, 3620), (3, 3620)} and len(sizes) == 2 * 198
    # the chunk, the rank buffer and the bands (at most options x ranks counts) bound the memory
    assert peak < montecarlo.CHUNK_BYTES + montecarlo.RANK_BUFFER_BYTES + 4 * m * m + 16 * 2**20


@pytest.mark.parametrize(("spread", "samples"), [(0.05, 3_000), (3.0, 3_000), (3.0, 70_000)])
def test_rank_counts_match_a_dense_count(spread: float, samples: int) -> None:
    # places counted into the bands against the whole options x ranks table counted directly
    # (np.add.at), for narrow bands (little noise), bands that take nearly every rank (made whole
    # at once, never copied to grow) and more samples than 16-bit counts hold
    from adm_appraise.analysis.montecarlo import _Counts

    m = 40
    rng = np.random.default_rng(7)
    counts = _Counts(m, samples)
    dense = np.zeros((m, m), dtype=np.int64)
    for k in (500, 1_700, samples - 2_200):
        scores = np.linspace(10, 0, m) + rng.normal(0, spread, (k, m))
        places = (-scores).argsort(axis=1).argsort(axis=1)  # each option's 0-based place
        np.add.at(dense, (np.broadcast_to(np.arange(m), (k, m)), places), 1)
        counts.add(scores)
    found = counts.result(np.arange(m))
    assert found.counts.dtype == (np.uint16 if samples < 2**16 else np.uint32)
    assert (found.first(m) == dense).all()
    ranks, got = found.band(3)
    assert got.dtype == np.int64 and (got == dense[3, ranks]).all() and got.sum() == samples


def test_the_monte_carlo_runs_on_one_blas_thread(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # OpenBLAS wakes a thread per core on every small matrix product, which then spins: the
    # sampler's products run on one thread, and the former limit is restored afterwards
    from threadpoolctl import threadpool_info, threadpool_limits

    from adm_appraise.analysis import montecarlo

    def blas_threads() -> list[int]:
        return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]

    seen: list[list[int]] = []
    scores = montecarlo._Sampler.scores

    def watched(self: montecarlo._Sampler, *args: object) -> np.ndarray:
        seen.append(blas_threads())
        return scores(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(montecarlo._Sampler, "scores", watched)
    result = result_of(bundled)
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        montecarlo.monte_carlo(result, 500, chunk_size=100)
        assert blas_threads() == before
    assert seen == [[1] * len(before)] * 5
    if before == [1] * len(before):  # numpy's BLAS is there (the list is not empty), on one core
        pytest.skip("one core: BLAS runs on one thread whatever the limit")
