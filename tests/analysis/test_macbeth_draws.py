"""Weights drawn within MACBETH judgements (``--weights judgements``): every draw is consistent with
the judgements (checked by the thresholds, not by the sampler's constraints), the draws are uniform
on sets worked out by hand, the stated scale lies in the set sampled, and the mode runs through
sensitivity, report and export."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from adm_appraise import load_appraisal, macbeth
from adm_appraise.analysis.macbeth_draws import HitAndRun, constraints
from adm_appraise.analysis.method import appraise
from adm_appraise.analysis.montecarlo import monte_carlo
from adm_appraise.analysis.tree_draws import TreeDraws
from adm_appraise.cli import main
from adm_appraise.macbeth import NO_SWING
from adm_appraise.macbeth import Judgement as J
from tests.conftest import ROOT, make_appraisal

SAMPLES = 20_000
VERY_WEAK, WEAK, MODERATE, STRONG, VERY_STRONG = 1, 2, 3, 4, 5


def consistent(w: np.ndarray, items: list[str], judgements: list[J], tol: float = 1e-9) -> np.ndarray:
    """For each row of weights w (items' columns, no_swing at 0): whether thresholds 0 = sigma_0 <
    sigma_1 < ... < sigma_5 reproduce every judgement: a C0 difference is 0, every other is above 0,
    and for each k the differences judged at most C_k (high <= k) all lie below those judged at
    least C_{k+1} (low > k), so that a threshold sigma_k fits between them. (Both sides grow with
    k, so thresholds chosen just above each lower side increase.) The weights sum to 1, none below 0."""
    w = np.atleast_2d(w)
    column = {item: w[:, k] for k, item in enumerate(items)} | {NO_SWING: np.zeros(len(w))}
    d = [(j, column[j.first] - column[j.second]) for j in judgements]
    ok = (w >= -tol).all(axis=1) & (np.abs(w.sum(axis=1) - 1) < 1e-9)
    for j, x in d:
        ok &= np.abs(x) <= tol if j.high == 0 else x > -tol
    for k in range(1, 6):
        below = [x for j, x in d if j.high <= k]
        above = [x for j, x in d if j.low > k]
        if below and above:
            ok &= np.max(below, axis=0) < np.min(above, axis=0) + tol
    return ok


def draws(items: list[str], judgements: list[J], k: int = SAMPLES, seed: int = 1) -> np.ndarray:
    return HitAndRun(items, judgements).chain(np.random.default_rng(seed)).draw(k)


# a over no swing strong, b and c over no swing weak, b over c very weak. With w = (a, b, c), sum 1:
# b > c (C1 > 0); a > b, a > c (C4 over C2); b - c < c and b - c < b (C1 under C2): c < b < 2c; and
# a > b, i.e. 1 - b - c > b: 2b + c < 1 (a > c and the rest follow). In the (b, c) plane the set is
# the triangle cut by c = b, b = 2c and 2b + c = 1: vertices (0, 0), (1/3, 1/3) and (2/5, 1/5).
# Its centroid: b = (0 + 1/3 + 2/5)/3 = 11/45, c = (0 + 1/3 + 1/5)/3 = 8/45, a = 1 - 19/45 = 26/45.
# A uniform point of a triangle has Var(x) = (x1^2 + x2^2 + x3^2 - x1 x2 - x1 x3 - x2 x3)/18:
# b: (1/9 + 4/25 - 2/15)/18 = (31/225)/18 = 31/4050; c: (1/9 + 1/25 - 1/15)/18 = 19/4050.
TRIANGLE = [J("a", NO_SWING, STRONG, STRONG), J("b", NO_SWING, WEAK, WEAK), J("c", NO_SWING, WEAK, WEAK),
            J("b", "c", VERY_WEAK, VERY_WEAK)]


def test_a_triangle_worked_by_hand() -> None:
    x = draws(["a", "b", "c"], TRIANGLE)
    centroid = np.array([26, 11, 8]) / 45
    variance = np.array([31, 19]) / 4050  # b, c
    error = np.sqrt(variance / SAMPLES)
    assert np.all(np.abs(x[:, 1:].mean(axis=0) - centroid[1:]) < 4 * error)
    assert x[:, 0].mean() == pytest.approx(centroid[0], abs=4 * error.sum())  # a = 1 - b - c
    assert x[:, 1:].var(axis=0) == pytest.approx(variance, rel=0.1)  # uniform, not bunched at the centre
    assert (x[:, 2] < x[:, 1]).all() and (x[:, 1] < 2 * x[:, 2]).all() and (2 * x[:, 1] + x[:, 2] < 1).all()
    # the MACBETH scale: a = 5, b = 3, c = 2 (b - c >= 1, c >= 2, a - b >= 4 - 2): (0.5, 0.3, 0.2), inside
    scale = macbeth.solve(["a", "b", "c", NO_SWING], TRIANGLE, NO_SWING)
    assert scale.values == {"a": 5.0, "b": 3.0, "c": 2.0, NO_SWING: 0.0}
    assert consistent(np.array([0.5, 0.3, 0.2]), ["a", "b", "c"], TRIANGLE).all()


def test_an_indifference_leaves_a_segment() -> None:
    # As the triangle, but b and c judged equally attractive (C0): b = c = t and a = 1 - 2t > t, so t
    # is uniform on (0, 1/3): mean 1/6, standard deviation (1/3)/sqrt(12); a's mean 2/3
    judgements = [*TRIANGLE[:3], J("b", "c", 0, 0)]
    x = draws(["a", "b", "c"], judgements)
    assert np.abs(x[:, 1] - x[:, 2]).max() < 1e-12
    error = (1 / 3) / np.sqrt(12) / np.sqrt(SAMPLES)
    assert abs(x[:, 1].mean() - 1 / 6) < 4 * error
    assert abs(x[:, 0].mean() - 2 / 3) < 8 * error
    assert x[:, 1].min() > 0 and x[:, 1].max() < 1 / 3


def test_equalities_that_fix_a_share_or_every_share() -> None:
    # a and b equally attractive, each weak over no swing: w = (1/2, 1/2) and nothing else
    x = draws(["a", "b"], [J("a", "b", 0, 0), J("a", NO_SWING, WEAK, WEAK), J("b", NO_SWING, WEAK, WEAK)], 5)
    assert np.allclose(x, 0.5, rtol=0, atol=1e-12)
    # c's swing no better than no swing (C0): w_c = 0. a moderate, b weak over no swing, a over b very
    # weak: a > b and b > a - b (C2 over C1), so with a + b = 1, a is uniform on (1/2, 2/3), mean 7/12
    judgements = [J("a", NO_SWING, MODERATE, MODERATE), J("b", NO_SWING, WEAK, WEAK), J("c", NO_SWING, 0, 0),
                  J("a", "b", VERY_WEAK, VERY_WEAK)]
    x = draws(["a", "b", "c"], judgements)
    assert (x[:, 2] == 0).all() and x[:, 0].min() > 1 / 2 and x[:, 0].max() < 2 / 3
    assert abs(x[:, 0].mean() - 7 / 12) < 4 * (1 / 6) / np.sqrt(12) / np.sqrt(SAMPLES)


def hidden_scale_judgements(seed: int) -> tuple[list[str], list[J]]:
    """Consistent judgements from a hidden scale: 2-5 items, each judged over no swing and some judged
    against each other, by thresholds at 1, 2, ..., 5 (some widened into a range)."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 6))
    items = [f"c{i}" for i in range(n)]
    v = dict(zip(items, rng.uniform(0.3, 6.5, n), strict=True))
    v[NO_SWING] = 0.0
    pairs = [(x, NO_SWING) for x in items] + [(x, y) for x in items for y in items if x < y and rng.random() < 0.5]
    judgements = []
    for x, y in pairs:
        first, second = (x, y) if v[x] >= v[y] else (y, x)
        category = min(6, int(np.floor(v[first] - v[second])) + 1)
        high = min(6, category + int(rng.integers(0, 2)))
        judgements.append(J(first, second, category, high))
    return items, judgements


@pytest.mark.parametrize("seed", range(12))
def test_every_draw_is_consistent_with_the_judgements(seed: int) -> None:
    items, judgements = hidden_scale_judgements(seed)
    scale = macbeth.solve([*items, NO_SWING], judgements, NO_SWING)
    assert scale.values is not None
    total = sum(scale.values[i] for i in items)
    stated = {i: scale.values[i] / total for i in items}
    assert consistent(np.array([stated[i] for i in items]), items, judgements).all()  # the stated scale: inside
    equal, above = constraints(items, judgements)
    w = np.array([stated[i] for i in items])
    assert (above @ w >= 0).all() and np.allclose(equal @ w, [1] + [0] * (len(equal) - 1))
    x = draws(items, judgements, 5000, seed)
    assert consistent(x, items, judgements).all(), judgements
    assert a_scale_of_the_programme(x, items, judgements)


def a_scale_of_the_programme(w: np.ndarray, items: list[str], judgements: list[J]) -> bool:
    """Whether each row of w, times 6 over the least slack of its strict inequalities, meets the
    MACBETH programme's constraints with their margins: v(x) - v(y) >= i for a judgement in C_i..C_s
    (= 0 for C0), and v(x) - v(y) - (v(z) - v(t)) >= i - s' where (z, t) is judged in C_i'..C_s',
    s' < i: a normalised scale of the programme (the module docstring's second reading of W)."""
    column = {item: w[:, k] for k, item in enumerate(items)} | {NO_SWING: np.zeros(len(w))}
    d = [column[j.first] - column[j.second] for j in judgements]
    strict = [(x, j.low) for x, j in zip(d, judgements, strict=True) if j.high > 0]
    apart = [(d[a] - d[b], ja.low - jb.high) for a, ja in enumerate(judgements) for b, jb in enumerate(judgements)
             if ja.low > jb.high]
    eps = np.min([x for x, _ in strict + apart], axis=0)
    t = 6 / eps
    return bool((eps > 0).all() and all((x * t >= margin - 1e-9).all() for x, margin in strict + apart)
                and all((np.abs(x * t) < 1e-6).all() for x, j in zip(d, judgements, strict=True) if j.high == 0))


@pytest.mark.parametrize("seed", [0, 1, 4, 10])
def test_the_draws_agree_with_rejection_sampling(seed: int) -> None:
    # An exact uniform sample of the same set by another method: points uniform on the simplex
    # (Dirichlet(1, ..., 1)) kept when the thresholds reproduce the judgements. Their means agree
    # with the hit-and-run draws' within 4 standard errors (of the difference, each sample's
    # variance from the rejection sample).
    items, judgements = hidden_scale_judgements(seed)
    rng = np.random.default_rng(seed)
    kept = [u[consistent(u, items, judgements)] for u in (rng.dirichlet(np.ones(len(items)), 200_000)
                                                          for _ in range(5))]
    exact = np.vstack(kept)
    assert len(exact) > 2000
    x = draws(items, judgements, SAMPLES, seed)
    error = np.sqrt(exact.var(axis=0) * (1 / len(exact) + 1 / SAMPLES))
    assert (np.abs(x.mean(axis=0) - exact.mean(axis=0)) < 4 * error).all(), (x.mean(axis=0), exact.mean(axis=0))


def test_the_draws_are_reproducible_and_do_not_depend_on_the_chunk_size() -> None:
    chain = HitAndRun(["a", "b", "c"], TRIANGLE)
    once = chain.chain(np.random.default_rng(3)).draw(500)
    pieces = chain.chain(np.random.default_rng(3))
    assert np.array_equal(np.vstack([pieces.draw(k) for k in (1, 63, 64, 100, 272)]), once)
    result = appraise(load_appraisal(ROOT / "examples" / "all-features"))
    one = monte_carlo(result, 2000, seed=5, weights="judgements", chunk_size=2000)
    many = monte_carlo(result, 2000, seed=5, weights="judgements", chunk_size=7)
    assert np.array_equal(one.rank_counts, many.rank_counts)
    assert one.weights == "judgements" and one.spread == 0.2


def test_the_all_features_service_group() -> None:
    # Within 'service': quality over no swing very strong, reach over no swing moderate, quality over
    # reach weak. With s quality's share and 1 - s reach's: s > 1 - s (C5 over C3) and
    # 1 - s > s - (1 - s) (C3 over C2), so s lies in (1/2, 2/3), uniform: mean 7/12, standard
    # deviation (1/6)/sqrt(12). The stated scale (5 to 3, s = 0.625) is inside.
    appraisal = load_appraisal(ROOT / "examples" / "all-features")
    result = appraise(appraisal)
    criteria = [str(c) for c in result.weights.index]
    tree = TreeDraws(appraisal.weighting, criteria, result.weights.to_numpy(dtype=float), 24.0, judgements=True)
    w = tree.draw(tree.streams(np.random.SeedSequence(2)), SAMPLES)
    quality, reach = w[:, criteria.index("service_quality")], w[:, criteria.index("reach")]
    s = quality / (quality + reach)
    assert s.min() > 1 / 2 and s.max() < 2 / 3
    assert abs(s.mean() - 7 / 12) < 4 * (1 / 6) / np.sqrt(12) / np.sqrt(SAMPLES)
    assert np.allclose(w.sum(axis=1), 1.0)


ONE_LEVEL = """appraisal:
  title: MACBETH draws
  scale: {min: 0, max: 4}
weighting:
  method: macbeth
  judgements:
    a: {b: weak, no_swing: very_strong}
    b: {no_swing: moderate}
criteria:
  - {id: a, name: Alpha}
  - {id: b, name: Beta}
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), prog_name="adm-appraise")
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_a_one_level_appraisal_through_the_cli(tmp_path: Path) -> None:
    # As the service group: w_a uniform on (1/2, 2/3), w_b = 1 - w_a (stated 0.625, 0.375). Option x
    # (a 4, b 0) scores 100 w_a; z (a 2, b 3) 50 w_a + 75 (1 - w_a); y (a 0, b 4) 100 (1 - w_a) < 50,
    # below z. x beats z when 125 w_a > 75, w_a > 0.6: at the stated weights (62.5 to 59.4) and in a
    # share (2/3 - 0.6)/(1/6) = 0.4 of the draws (standard error sqrt(0.24/20000) = 0.0035).
    folder = make_appraisal(tmp_path, ONE_LEVEL, x="id: x\nname: X\nscores: {a: 4, b: 0}\n",
                            y="id: y\nname: Y\nscores: {a: 0, b: 4}\n", z="id: z\nname: Z\nscores: {a: 2, b: 3}\n")
    code, out, _ = run("sensitivity", "--weights", "judgements", "--samples", str(SAMPLES), "--format", "json",
                       str(folder))
    assert code == 0
    mc = json.loads(out)["monte_carlo"]
    assert mc["weights"] == "judgements"
    assert mc["leader_first"] == pytest.approx(0.4, abs=4 * 0.0035)
    assert mc["rank_acceptability"]["z"]["1"] == pytest.approx(0.6, abs=4 * 0.0035)
    assert "y" not in {o for o, shares in mc["rank_acceptability"].items() if "1" in shares}
    # the same seed, the same figures; another seed, others
    again = json.loads(run("sensitivity", "--weights", "judgements", "--samples", str(SAMPLES), "--format", "json",
                           str(folder))[1])["monte_carlo"]
    other = json.loads(run("sensitivity", "--weights", "judgements", "--samples", str(SAMPLES), "--seed", "1",
                           "--format", "json", str(folder))[1])["monte_carlo"]
    assert again == mc and other["rank_acceptability"] != mc["rank_acceptability"]


def test_report_and_export_take_the_same_draws(tmp_path: Path) -> None:
    folder = ROOT / "examples" / "all-features"
    code, out, _ = run("sensitivity", "--weights", "judgements", "--samples", "500", str(folder))
    assert code == 0 and "a MACBETH node's shares uniformly from those consistent with its judgements" in " ".join(
        out.split())
    code, _, _ = run("report", "--weights", "judgements", "--samples", "500", "--format", "markdown",
                     "-o", str(tmp_path / "r.md"), str(folder))
    assert code == 0
    assert "(judgements weights, seed 0)" in (tmp_path / "r.md").read_text(encoding="utf-8")
    code, _, _ = run("export", "--weights", "judgements", "--samples", "500", "-o", str(tmp_path / "a.xlsx"),
                     str(folder))
    assert code == 0 and (tmp_path / "a.xlsx").stat().st_size > 0


def test_judgements_draws_need_macbeth_and_keep_the_stated_judgements(tmp_path: Path) -> None:
    code, _, err = run("sensitivity", "--weights", "judgements", str(ROOT / "examples" / "deep-tree"))
    assert code == 2 and "judgements draws need a level weighed by 'method: macbeth'" in err
    code, _, err = run("sensitivity", "--weights", "judgements", "--weight", "reach=30",
                       str(ROOT / "examples" / "all-features"))
    assert code == 2 and "--scenario and --weight do not change" in err


def test_inconsistent_judgements_cannot_be_drawn_from(tmp_path: Path) -> None:
    # b over no swing strong but a over no swing only weak, with a over b: no scale, so no set to draw
    text = ONE_LEVEL.replace("a: {b: weak, no_swing: very_strong}", "a: {b: very_weak, no_swing: weak}") \
        .replace("b: {no_swing: moderate}", "b: {no_swing: strong}")
    folder = make_appraisal(tmp_path, text, x="id: x\nname: X\nscores: {a: 4, b: 0}\n")
    code, out, err = run("sensitivity", "--weights", "judgements", str(folder))
    assert code == 1 and "[E515]" in out + err and "inconsistent" in out + err
