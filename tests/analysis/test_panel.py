"""Panel analysis: Krippendorff's alpha against a published example, a hand-worked aggregation,
and a panel built so that one assessor decides the leader."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adm_appraise import appraise, load_appraisal
from adm_appraise.analysis.panel import analyse_panel, krippendorff_alpha
from tests.conftest import make_appraisal, write
from tests.files.test_panel import panel_appraisal

NAN = np.nan

# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
# Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 -
# the worked example with missing values: 4 observers (rows) x 12 units, whose interval alpha
# the paper reports as .849. The matrix is also the R irr package's kripp.alpha example ("the
# 'C' data from Krippendorff", where unit 12's single value sits with observer C: a lone value
# is never pairable, so alpha is the same). By hand: unit 12 has one value and is not pairable,
# so n = 40 pairable values in 11 units; sum over units of sum_{i!=j}(v_i - v_j)^2 / (m_u - 1)
# = 52/3, so D_o = (52/3)/40 = 13/30; over all 40 values sum v = 100 and sum v^2 = 306, so
# sum_{i!=j}(v_i - v_j)^2 = 2(40 * 306 - 100^2) = 4480 and D_e = 4480 / (40 * 39) = 112/39;
# alpha = 1 - (13/30) / (112/39) = 2853/3360 = 0.849107...
KRIPPENDORFF_2011 = np.array([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
])


def test_krippendorffs_published_interval_example() -> None:
    alpha, units, values = krippendorff_alpha(KRIPPENDORFF_2011)
    assert (units, values) == (11, 40)
    assert alpha == pytest.approx(2853 / 3360, abs=1e-12)
    assert round(alpha, 3) == 0.849


def pairwise_alpha(data: np.ndarray) -> float | None:
    """The definition read literally: every ordered pair within a unit, every ordered pair overall."""
    units = [[v for v in column if not np.isnan(v)] for column in data.T]
    units = [u for u in units if len(u) >= 2]
    pooled = [v for u in units for v in u]
    n = len(pooled)
    if n < 2:
        return None
    d_o = sum(sum((a - b) ** 2 for i, a in enumerate(u) for j, b in enumerate(u) if i != j) / (len(u) - 1)
              for u in units) / n
    d_e = sum((a - b) ** 2 for i, a in enumerate(pooled) for j, b in enumerate(pooled) if i != j) / (n * (n - 1))
    return None if d_e == 0 else 1 - d_o / d_e


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(0, 5)), min_size=5, max_size=5), min_size=2, max_size=4))
def test_the_sums_of_squares_match_the_pairwise_definition(rows: list[list[int | None]]) -> None:
    data = np.array([[NAN if v is None else v for v in row] for row in rows], dtype=float)
    expected = pairwise_alpha(data)
    alpha, _, _ = krippendorff_alpha(data)
    assert (alpha is None) == (expected is None)
    if expected is not None:
        assert alpha == pytest.approx(expected, abs=1e-9)


def test_perfect_agreement_and_the_undefined_cases() -> None:
    assert krippendorff_alpha(np.array([[1, 2, 3], [1, 2, 3]]))[0] == 1.0
    assert krippendorff_alpha(np.array([[2, 2], [2, 2]]))[0] is None  # no variation at all: 0/0
    assert krippendorff_alpha(np.array([[1, NAN], [NAN, 2]]))[0] is None  # nothing pairable


def test_a_hand_worked_panel(tmp_path: Path) -> None:
    # tests/files/test_panel.py's panel, threshold 2:
    #   x quality: ann 1, bob 4, cat 3  -> median 3, mean 8/3, range 1-4 (3 >= 2: disagreement);
    #              moderated 3 with a moderation note; cat dissents
    #   x risk:    ann 2, bob 3, cat abstains -> median 2.5, mean 2.5, range 2-3; moderated 2
    #   y quality: ann 4, bob 5, cat conflicted -> median 4.5; the option file gives none: unmoderated
    #   y risk:    ann 4, bob 4 -> 4; moderated 4
    result = appraise(load_appraisal(panel_appraisal(tmp_path)))
    found = analyse_panel(result)
    cells = {(c.option, c.criterion): c for c in found.cells}
    assert list(cells) == [("x", "quality"), ("x", "risk"), ("y", "quality"), ("y", "risk")]  # no measure
    xq = cells["x", "quality"]
    assert dict(xq.scores) == {"ann": 1.0, "bob": 4.0, "cat": 3.0}
    assert (xq.median, xq.mean, xq.low, xq.high, xq.range, xq.moderated) == (3.0, pytest.approx(8 / 3), 1.0, 4.0, 3.0, 3.0)
    assert xq.flags == ("disagreement",) and xq.dissent == {"cat": "would keep 4"}
    xr = cells["x", "risk"]
    assert dict(xr.status) == {"ann": "scored", "bob": "scored", "cat": "abstain"}
    assert (xr.median, xr.mean, xr.flags) == (2.5, 2.5, ())
    yq = cells["y", "quality"]
    assert yq.status["cat"] == "conflict" and yq.scores["cat"] is None
    assert (yq.median, yq.moderated, yq.flags) == (4.5, 4.5, ("unmoderated",))
    # alpha over the four cells: units x-q (1,4,3), x-r (2,3), y-q (4,5), y-r (4,4); n = 9
    # within: x-q 2*(3*26 - 64)/2 = 14, x-r 2*(2*13 - 25)/1 = 2, y-q 2*(2*41 - 81) = 2, y-r 0 -> D_o = 18/9 = 2
    # pooled: sum 30, sum sq 112 -> 2*(9*112 - 900)/(9*8) = 216/72 = 3 -> alpha = 1 - 2/3
    overall = found.agreement[-1]
    assert (overall.criterion, overall.units, overall.values) == (None, 4, 9)
    assert overall.alpha == pytest.approx(1 / 3)


def test_a_moderated_score_outside_the_range_or_far_from_the_median_is_flagged(tmp_path: Path) -> None:
    folder = panel_appraisal(tmp_path)
    x = (folder / "options/x.yaml").read_text()
    # risk: panel 2 and 3 (median 2.5); moderated 5 with no note: outside the range and 2.5 from the median
    (folder / "options/x.yaml").write_text(x.replace("risk: {score: 2,", "risk: {score: 5,"))
    cells = {(c.option, c.criterion): c for c in analyse_panel(appraise(load_appraisal(folder))).cells}
    assert cells["x", "risk"].flags == ("outside range", "far from median")


DECIDED = """
appraisal:
  title: One assessor decides
  scale: {min: 0, max: 5}
  shortlist: {top: 1}
criteria:
  - {id: k, name: K, weight: 1}
"""


def test_one_assessor_decides_the_leader(tmp_path: Path) -> None:
    # One criterion; the value is 20 x the score, so the ranking follows the scores.
    #            p   q
    #   a        5   1
    #   b        2   5
    #   c        4   2
    #   median   4   2  -> p leads the whole panel (and the moderated files agree: p 4, q 2)
    # without a: p median(2, 4) = 3, q median(5, 2) = 3.5 -> q leads: a decides the leader and the shortlist
    # without b: p 4.5, q 1.5 -> p;  without c: p 3.5, q 3 -> p
    # own rankings: a -> p, b -> q, c -> p
    make_appraisal(tmp_path, DECIDED,
                   p="id: p\nname: P\nscores: {k: {score: 4, rationale: agreed}}\n",
                   q="id: q\nname: Q\nscores: {k: {score: 2, rationale: agreed}}\n")
    for aid, (p, q) in {"a": (5, 1), "b": (2, 5), "c": (4, 2)}.items():
        write(tmp_path, f"panel/{aid}.yaml", f"assessor: {{id: {aid}, name: {aid.upper()}, role: R}}\n"
                                             f"scores: {{p: {{k: {p}}}, q: {{k: {q}}}}}\n")
    found = analyse_panel(appraise(load_appraisal(tmp_path)))
    assert (found.moderated.leader, found.aggregate.leader, found.aggregate.shortlist) == ("p", "p", ("p",))
    assert [(o.label, o.leader) for o in found.own] == [("a", "p"), ("b", "q"), ("c", "p")]
    assert [(o.label, o.leader, o.shortlist, o.changes_leader, o.changes_shortlist) for o in found.left_out] == [
        ("a", "q", ("q",), True, True),
        ("b", "p", ("p",), False, False),
        ("c", "p", ("p",), False, False),
    ]
    assert found.deciders == ["a"]
    # alpha: units p (5, 2, 4) and q (1, 5, 2); D_o = (14 + 26)/6, D_e = 2*(6*75 - 19^2)/30 = 178/30
    # alpha = 1 - (40/6)/(178/30) = -132/1068: the panel disagrees more than chance would
    assert found.agreement[0].alpha == pytest.approx(-132 / 1068)


def test_the_analysis_needs_a_panel(tmp_path: Path) -> None:
    make_appraisal(tmp_path, DECIDED, p="id: p\nname: P\nscores: {k: 4}\n")
    with pytest.raises(ValueError, match="no panel"):
        analyse_panel(appraise(load_appraisal(tmp_path)))


def test_monte_carlo_draws_each_score_from_the_panel(tmp_path: Path) -> None:
    from adm_appraise.analysis.montecarlo import monte_carlo

    # The one-criterion panel above: p draws from {5, 2, 4}, q from {1, 5, 2}, each assessor
    # equally likely; a tie puts p (the lower id) first. p leads in 7 of the 9 equally likely
    # pairs: (5, any) 3, (2, 1) and (2, 2) 2, (4, 1) and (4, 2) 2 -> P(p first) = 7/9.
    make_appraisal(tmp_path, DECIDED,
                   p="id: p\nname: P\nscores: {k: {score: 4, low: 3, high: 5, rationale: agreed}}\n",
                   q="id: q\nname: Q\nscores: {k: {score: 2, rationale: agreed}}\n")
    for aid, (p, q) in {"a": (5, 1), "b": (2, 5), "c": (4, 2)}.items():
        write(tmp_path, f"panel/{aid}.yaml", f"assessor: {{id: {aid}, name: {aid.upper()}, role: R}}\n"
                                             f"scores: {{p: {{k: {p}}}, q: {{k: {q}}}}}\n")
    result = appraise(load_appraisal(tmp_path))
    mc = monte_carlo(result, 20_000, seed=1, scores="panel")
    assert mc.options == ("p", "q") and mc.scores == "panel"
    assert mc.rank_acceptability[0, 0] == pytest.approx(7 / 9, abs=0.015)  # 5 standard errors
    # the same seed gives the same figures, whatever the chunk size
    again = monte_carlo(result, 20_000, seed=1, scores="panel", chunk_size=777)
    assert (again.rank_counts == mc.rank_counts).all()
    # by ranges instead, p's range 3-5 never falls below q's 2: p always leads
    assert monte_carlo(result, 2_000, seed=1).rank_acceptability[0, 0] == 1.0


def test_monte_carlo_panel_needs_a_panel(tmp_path: Path) -> None:
    from adm_appraise.analysis.montecarlo import monte_carlo

    make_appraisal(tmp_path, DECIDED, p="id: p\nname: P\nscores: {k: 4}\n")
    with pytest.raises(ValueError, match="panel"):
        monte_carlo(appraise(load_appraisal(tmp_path)), 10, scores="panel")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(0, 5)), min_size=4, max_size=4), min_size=2, max_size=4),
       st.floats(0.5, 20), st.floats(-10, 10), st.randoms(use_true_random=False))
def test_alpha_ignores_the_scale_and_the_order(rows: list[list[int | None]], a: float, b: float, rnd) -> None:
    # the interval metric compares differences only: a*x + b changes no ratio D_o/D_e; nor does
    # the order in which the assessors or the cells are listed
    data = np.array([[NAN if v is None else v for v in row] for row in rows], dtype=float)
    alpha, _, _ = krippendorff_alpha(data)
    shuffled = data[rnd.sample(range(data.shape[0]), data.shape[0])][:, rnd.sample(range(4), 4)]
    for other in (a * data + b, shuffled):
        found, _, _ = krippendorff_alpha(other)
        assert (found is None) == (alpha is None)
        if alpha is not None:
            assert found == pytest.approx(alpha, abs=1e-9)
