"""MACBETH: the scale, its intervals, the smallest change that removes an inconsistency, and the
file forms (weights by ``method: macbeth``, ``value_function: {type: macbeth}``) through the CLI.

The programme is that of Bana e Costa, De Corte & Vansnick, "On the mathematical foundations of
MACBETH" (in Figueira, Greco & Ehrgott (eds.), Multiple Criteria Decision Analysis: State of the
Art Surveys, Springer 2005, pp. 409-437) and "MACBETH" (IJITDM 11(2), 2012, pp. 359-387). The
published scale of Bana e Costa & Chagas (2004) is reproduced exactly (the first test); every other
expected number below is worked by hand in the comment above it, from the conditions stated in
adm_appraise/macbeth.py's docstring.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from adm_appraise import macbeth
from adm_appraise.cli import main
from adm_appraise.macbeth import Judgement as J
from tests.conftest import make_appraisal

WEAK, MODERATE, STRONG, VERY_STRONG, EXTREME = 2, 3, 4, 5, 6

# Bana e Costa, C. A. and Chagas, M. P. (2004), "A career choice problem: an example of how to use
# MACBETH to build a quantitative value model based on qualitative value judgments", European Journal
# of Operational Research 153(2), 323-331: the "monetary reward" criterion's eight reference levels,
# best first, judged against each other (Fig. 2; a pair judged with hesitation is a range, low to
# high category, 0 none ... 6 extreme), and the scale M-MACBETH proposes, anchored at neutral = 0 and
# good = 100 (Fig. 4). The same matrix is transcribed, with the same published values, in the test of
# an independent implementation (drugis/mcda-elicitation-web, R/test/macbethSolve.R).
CAREER = ["i_banking", "consulting", "corp_sales", "good", "i_broker", "neutral", "teaching", "service"]
CAREER_JUDGED = {  # (row, column): (low, high) for the upper triangle, rows more attractive than columns
    ("i_banking", "consulting"): (3, 3), ("i_banking", "corp_sales"): (4, 4), ("i_banking", "good"): (4, 4),
    ("i_banking", "i_broker"): (3, 4), ("i_banking", "neutral"): (6, 6), ("i_banking", "teaching"): (6, 6),
    ("i_banking", "service"): (6, 6),
    ("consulting", "corp_sales"): (3, 3), ("consulting", "good"): (3, 3), ("consulting", "i_broker"): (3, 3),
    ("consulting", "neutral"): (6, 6), ("consulting", "teaching"): (6, 6), ("consulting", "service"): (6, 6),
    ("corp_sales", "good"): (1, 1), ("corp_sales", "i_broker"): (1, 2), ("corp_sales", "neutral"): (4, 5),
    ("corp_sales", "teaching"): (5, 5), ("corp_sales", "service"): (6, 6),
    ("good", "i_broker"): (0, 0), ("good", "neutral"): (5, 6), ("good", "teaching"): (5, 5),
    ("good", "service"): (6, 6),
    ("i_broker", "neutral"): (5, 5), ("i_broker", "teaching"): (4, 5), ("i_broker", "service"): (6, 6),
    ("neutral", "teaching"): (1, 1), ("neutral", "service"): (4, 4),
    ("teaching", "service"): (3, 4),
}
CAREER_PUBLISHED = {"i_banking": 187.5, "consulting": 150.0, "corp_sales": 112.5, "good": 100.0, "i_broker": 100.0,
                    "neutral": 0.0, "teaching": -12.5, "service": -62.5}


def test_the_career_choice_scale_of_bana_e_costa_and_chagas_2004() -> None:
    judgements = [J(a, b, low, high) for (a, b), (low, high) in CAREER_JUDGED.items()]
    assert len(judgements) == 8 * 7 // 2  # every pair judged once
    scale = macbeth.solve(CAREER, judgements, "service")
    assert scale.values is not None  # consistent, as the paper's judgements are
    v = scale.values
    rescaled = {k: 100 * (v[k] - v["neutral"]) / (v["good"] - v["neutral"]) for k in CAREER}
    assert rescaled == pytest.approx(CAREER_PUBLISHED, abs=1e-9)
    # the basic scale itself: service 0 at the bottom, every step a whole number (20 at the top)
    assert v["i_banking"] == pytest.approx(20) and v["good"] == v["i_broker"]


def test_three_elements_consistent_scale_and_intervals() -> None:
    # a over b weak (>= 2), b over c weak (>= 2), a over c moderate (>= 3), and moderate exceeds
    # weak: v(a) - v(c) >= (v(a) - v(b)) + 1, i.e. v(b) >= 1, and >= (v(b) - v(c)) + 1. With v(c) = 0
    # the least v(a) is v(b) + 2 with v(b) = 2: (4, 2, 0). Held at v(a) = 4, v(c) = 0, v(b) must keep
    # both weak differences above 0 and below the moderate one (4): 0 < v(b) < 4; v(a) held with
    # v(b) = 2 must exceed 2 and has no upper end (every difference it enters grows with it).
    scale = macbeth.solve(["a", "b", "c"], [J("a", "b", WEAK, WEAK), J("b", "c", WEAK, WEAK),
                                            J("a", "c", MODERATE, MODERATE)], "c")
    assert scale.values == {"a": 4.0, "b": 2.0, "c": 0.0}
    assert scale.intervals == {"a": (2.0, float("inf")), "b": (0.0, 4.0)}
    assert scale.rescaled("a") == {"a": 100.0, "b": 50.0, "c": 0.0}


def test_a_range_of_categories() -> None:
    # a over c [weak, strong] (>= 2), b over c very weak (>= 1), a over b weak (>= 2); weak
    # exceeds very weak: (a - b) >= (b - c) + 1. No range is entirely above another's top but
    # the range's low (weak) exceeds very weak: (a - c) >= (b - c) + 1. Least v(a): v(b) = 1,
    # v(a) = v(b) + 2 = 3.
    scale = macbeth.solve(["a", "b", "c"], [J("a", "c", WEAK, STRONG), J("b", "c", 1, 1), J("a", "b", WEAK, WEAK)],
                          "c")
    assert scale.values == {"a": 3.0, "b": 1.0, "c": 0.0}


def test_inconsistent_judgements_and_the_smallest_change() -> None:
    # a over b strong and b over c strong, yet a over c only weak: strong exceeds weak, so
    # a - b > a - c = (a - b) + (b - c), impossible as b - c > 0. Raising a over c to strong
    # (two shifts) mends it (a - c then only has to reach the other two, in the same category);
    # lowering a over b and b over c to weak would take four.
    judgements = [J("a", "b", STRONG, STRONG), J("b", "c", STRONG, STRONG), J("a", "c", WEAK, WEAK)]
    scale = macbeth.solve(["a", "b", "c"], judgements, "c")
    assert scale.values is None and not scale.consistent
    assert scale.changes == (macbeth.Change(judgements[2], STRONG, STRONG),)
    mended = macbeth.solve(["a", "b", "c"], [*judgements[:2], J("a", "c", STRONG, STRONG)], "c")
    assert mended.consistent


def test_one_row_of_judgements_as_an_independent_implementation_solves_it() -> None:
    # drugis/mcda-elicitation-web, R/test/macbethSolve.R ("an example where the elicited PVF is
    # non-monotonous"): five levels, only the best judged against the others, strong, moderate, strong and
    # extreme; its macbethSolve gives (6, 2, 3, 2, 0). By hand: each difference at least its category's
    # number of steps (strong 4, moderate 3, extreme 6), a stronger difference above a weaker one by one step
    # or more (6 - 4 >= 1, 4 - 3 >= 1), the least top: v1 = 6, and v1 - v3 = 3 < v1 - v2 = 4. Level 3 is
    # then worth more than level 2, so asked to keep the levels' order the same judgements are inconsistent,
    # as macbethSolve(monotonous = TRUE) refuses them.
    items = ["x1", "x2", "x3", "x4", "x5"]
    judgements = [J("x1", "x2", STRONG, STRONG), J("x1", "x3", MODERATE, MODERATE),
                  J("x1", "x4", STRONG, STRONG), J("x1", "x5", EXTREME, EXTREME)]
    assert macbeth.solve(items, judgements, "x5").values == {"x1": 6.0, "x2": 2.0, "x3": 3.0, "x4": 2.0, "x5": 0.0}
    in_order = list(pairwise(items))
    assert not macbeth.solve(items, judgements, "x5", order=in_order).consistent


def test_a_four_element_inconsistency_worked_by_hand() -> None:
    # No published inconsistent matrix with its numbers could be had (the papers cited in the module
    # docstring discuss inconsistency, but their matrices were not to hand), so this one is worked by
    # hand. a, b, c, d, each a weak step above the next (a-b, b-c, c-d weak); a over c and b over d
    # moderate; a over d only weak. Inconsistent: a - d = (a - b) + (b - d) > b - d, yet a - d is
    # weak and b - d moderate, and a moderate difference exceeds every weak one.
    # Single shifts: a-d down to very weak keeps it below b-d; b-d or a-c down to weak leaves the
    # other moderate, still below a - d (a - d = (a - c) + (c - d) > a - c); a-b, b-c or c-d moved
    # one way or the other leaves a-d weak below b-d moderate. Only a-d up to moderate removes it
    # (one shift, the fewest there can be); lowering both a-c and b-d to weak (all weak) takes two.
    judgements = [J("a", "b", WEAK, WEAK), J("b", "c", WEAK, WEAK), J("c", "d", WEAK, WEAK),
                  J("a", "c", MODERATE, MODERATE), J("b", "d", MODERATE, MODERATE), J("a", "d", WEAK, WEAK)]
    items = ["a", "b", "c", "d"]
    scale = macbeth.solve(items, judgements, "d")
    assert not scale.consistent
    assert scale.changes == (macbeth.Change(judgements[5], MODERATE, MODERATE),)
    # Mended, the programme: steps p = a-b, q = b-c, r = c-d, each >= 2 (weak); a moderate difference
    # exceeds a weak one by 1 or more: (p + q) - p = q >= 1, p >= 1, p + q - r >= 1, q + r - p >= 1,
    # and a-d (p + q + r) over each step. Least top p + q + r: every step at 2 meets all of them:
    # (6, 4, 2, 0), so 100, 66.7, 33.3, 0.
    mended = macbeth.solve(items, [*judgements[:5], J("a", "d", MODERATE, MODERATE)], "d")
    assert mended.values == {"a": 6.0, "b": 4.0, "c": 2.0, "d": 0.0}
    assert mended.rescaled("a") == pytest.approx({"a": 100.0, "b": 200 / 3, "c": 100 / 3, "d": 0.0})
    # and the two-shift mending is consistent too, as said (but costs more)
    assert macbeth.consistent(items, [*judgements[:3], J("a", "c", WEAK, WEAK), J("b", "d", WEAK, WEAK),
                                      judgements[5]], "d")


def test_an_indifference_is_an_equality() -> None:
    # b and c equally attractive (none); a over each moderate (>= 3): (3, 0, 0), and the interval
    # of b, held by the equality with c, is the one point 0.
    scale = macbeth.solve(["a", "b", "c"], [J("a", "b", MODERATE, MODERATE), J("a", "c", MODERATE, MODERATE),
                                            J("b", "c", 0, 0)], "c")
    assert scale.values == {"a": 3.0, "b": 0.0, "c": 0.0}
    assert scale.intervals["b"] == (0.0, 0.0)


@pytest.mark.parametrize(("value", "parsed"), [("none", (0, 0)), ("extreme", (6, 6)), (["weak", "strong"], (2, 4))])
def test_parse(value: object, parsed: tuple[int, int]) -> None:
    assert macbeth.parse(value) == parsed


@pytest.mark.parametrize(("value", "message"), [
    (["strong", "weak"], "runs backwards"), (["none", "weak"], "cannot include 'none'"), ("huge", "unknown"),
])
def test_parse_refuses(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        macbeth.parse(value)


HEAD = """appraisal:
  title: MACBETH
  scale: {min: 0, max: 2}
"""
WEIGHTS = HEAD + """weighting:
  method: macbeth
  judgements:
    a: {b: weak, no_swing: very_strong}
    b: {no_swing: moderate}
criteria:
  - {id: a, name: Alpha}
  - {id: b, name: Beta}
"""
X = "id: x\nname: X\nscores: {a: 2, b: 0}\n"
Y = "id: y\nname: Y\nscores: {a: 0, b: 2}\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), prog_name="adm-appraise")
    return result.exit_code, result.stdout, result.stderr


def test_weights_from_macbeth_judgements(tmp_path: Path) -> None:
    # As the all-features service group: a over no swing very strong (5), b moderate (3), a over b
    # weak (2) -> v = (5, 3) -> 62.5%, 37.5%; x scores 62.5, y 37.5
    folder = make_appraisal(tmp_path, WEIGHTS, x=X, y=Y)
    code, out, _ = run("score", str(folder), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {c["id"]: c["weight"] for c in data["criteria"]} == {"a": 0.625, "b": 0.375}
    assert [r["score"] for r in data["ranking"]] == [62.5, 37.5]
    code, out, _ = run("weights", str(folder))
    assert code == 0
    assert "MACBETH (qualitative judgements of difference)" in out
    assert "Alpha     -      weak  very strong" in out  # the matrix, a row an item


def test_inconsistent_weights_are_an_error_naming_the_smallest_change(tmp_path: Path) -> None:
    # b over no swing strong (4) but a over no swing only weak (2), with a over b very weak: a - 0
    # would exceed b - 0, yet strong exceeds weak. One of the fewest mendings (two shifts):
    # a over no swing weak -> strong (same category as b's); the programme prefers lowering a
    # judgement where two are equally few, so b over no swing strong -> weak
    text = WEIGHTS.replace("a: {b: weak, no_swing: very_strong}", "a: {b: very_weak, no_swing: weak}") \
        .replace("b: {no_swing: moderate}", "b: {no_swing: strong}")
    folder = make_appraisal(tmp_path, text, x=X, y=Y)
    code, out, _ = run("validate", str(folder))
    assert code == 1
    assert (f"{folder / 'criteria.yaml'}:8:19: error: the MACBETH judgements of the top level are inconsistent "
            "(no scale reproduces them all): changing 'b' vs 'no_swing' from strong to weak removes the "
            "inconsistency (2 category shifts, the fewest) [E515]") in out


@pytest.mark.parametrize(("old", "new", "message"), [
    ("b: {no_swing: moderate}", "no_swing: {b: moderate}",
     "8:19: error: the top level judges 'no_swing' over 'b': write the more attractive first (b: {no_swing: ...}) "
     "[E514]"),
    ("b: {no_swing: moderate}", "b: {no_swing: [moderate, weak]}",
     "8:19: error: the top level: the range [moderate, weak] runs backwards: give the weaker category first [E514]"),
    ("b: {no_swing: moderate}", "c: {no_swing: moderate}",
     "8:5: error: the top level judges 'c', which it does not hold"),
    ("a: {b: weak, no_swing: very_strong}\n    b: {no_swing: moderate}", "a: {b: weak}",
     "6:3: error: the top level's judgements leave the items in 2 unconnected sets (a, b; no_swing)"),
])
def test_ill_formed_weighting_judgements(tmp_path: Path, old: str, new: str, message: str) -> None:
    folder = make_appraisal(tmp_path, WEIGHTS.replace(old, new), x=X, y=Y)
    code, out, _ = run("validate", str(folder))
    assert code == 1
    assert message in out, out


FUNCTION = HEAD + """criteria:
  - id: a
    name: Alpha
    weight: 1
    value_function:
      type: macbeth
      judgements:
        2: {1: weak, 0: moderate}
        1: {0: weak}
"""


def test_a_macbeth_value_function_scores_as_its_discrete_scale(tmp_path: Path) -> None:
    # levels 0-2: 2 over 1 weak, 1 over 0 weak, 2 over 0 moderate: the first test's three elements,
    # (4, 2, 0) -> 0, 50, 100. x scores 2 (100), y 0 (0), z 1 (50)
    z = "id: z\nname: Z\nscores: {a: 1}\n"
    folder = make_appraisal(tmp_path, FUNCTION, x="id: x\nname: X\nscores: {a: 2}\n",
                            y="id: y\nname: Y\nscores: {a: 0}\n", z=z)
    code, out, _ = run("score", str(folder), "--format", "json")
    assert code == 0
    assert {r["id"]: r["score"] for r in json.loads(out)["ranking"]} == {"x": 100.0, "z": 50.0, "y": 0.0}
    code, out, _ = run("report", str(folder), "--format", "markdown")
    assert code == 0
    assert "| 2 | \\- | weak | moderate |" in out
    assert "level 1 from 0.0 to 100.0." in out  # held at 0 and 100, level 1 lies anywhere between


def test_an_inconsistent_value_function(tmp_path: Path) -> None:
    # 2 over 0 only very weak, below both weak steps it spans: raising it to weak (one shift)
    # mends it
    folder = make_appraisal(tmp_path, FUNCTION.replace("0: moderate", "0: very_weak"),
                            x="id: x\nname: X\nscores: {a: 2}\n")
    code, out, _ = run("validate", str(folder))
    assert code == 1
    assert ("11:25: error: the MACBETH judgements of the value function of 'a' are inconsistent (no scale "
            "reproduces them all): changing level 2 vs level 0 from very_weak to weak removes the inconsistency "
            "(1 category shift, the fewest) [E515]") in out


def test_a_lower_level_judged_first(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, FUNCTION.replace("1: {0: weak}", "0: {1: weak}"),
                            x="id: x\nname: X\nscores: {a: 2}\n")
    code, out, _ = run("validate", str(folder))
    assert code == 1
    assert "judges '0' over '1': write the more attractive first (1: {0: ...}) [E514]" in out


def test_validate_without_macbeth_imports_no_solver(tmp_path: Path) -> None:
    # a plainly valid file: the programme's modules stay unloaded; a MACBETH block loads them
    plain = WEIGHTS.replace("method: macbeth", "method: swing").replace(
        "  judgements:\n    a: {b: weak, no_swing: very_strong}\n    b: {no_swing: moderate}\n",
        "  swings: {a: 100, b: 60}\n")
    # (solved once, a scale is kept in the user's cache: validated again, the same file loads neither)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for text, loaded in ((plain, "[]"), (WEIGHTS, "['highspy', 'numpy']"), (WEIGHTS, "[]")):
        folder = make_appraisal(tmp_path / str(len(text)), text, x=X, y=Y)
        code = ("import sys; from adm_appraise.cli import main\n"
                f"try:\n    main(['validate', {str(folder)!r}])\nexcept SystemExit:\n    pass\n"
                "print(sorted(m for m in ('highspy', 'numpy', 'pandas') if m in sys.modules))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env=env).stdout
        assert out.splitlines()[-1] == loaded, out


def test_a_solved_scale_is_kept_and_read_back_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the career-choice matrix (consistent) and the hand-worked four-element one (inconsistent), each solved
    # once; asked again, the kept scale is the same Scale, intervals and suggested change included, and no
    # programme runs; an entry that cannot be trusted (unreadable, or another matrix's) is solved afresh
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    career = [J(a, b, low, high) for (a, b), (low, high) in CAREER_JUDGED.items()]
    four = [J("a", "b", WEAK, WEAK), J("b", "c", WEAK, WEAK), J("c", "d", WEAK, WEAK),
            J("a", "c", MODERATE, MODERATE), J("b", "d", MODERATE, MODERATE), J("a", "d", WEAK, WEAK)]
    cases = [(CAREER, career, "service"), (["a", "b", "c", "d"], four, "d")]
    first = [macbeth.solve(*case) for case in cases]
    assert first[0].consistent and not first[1].consistent
    kept = sorted((tmp_path / "adm-appraise").glob("macbeth-*/*.json"))
    assert len(kept) == 2
    solved = macbeth._solve
    monkeypatch.setattr(macbeth, "_solve", lambda *a: pytest.fail("solved again"))
    assert [macbeth.solve(*case) for case in cases] == first
    for entry, text in zip(kept, ("{not json", '{"values": {"a": 1.0}, "changes": []}'), strict=True):
        entry.write_text(text, encoding="utf-8")
    monkeypatch.setattr(macbeth, "_solve", solved)
    assert [macbeth.solve(*case) for case in cases] == first


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 6), st.integers(0, 2)),
                min_size=1, max_size=7))
@settings(max_examples=150, deadline=None)
def test_the_programme_and_the_thresholds_agree_on_consistency(drawn: list[tuple[int, int, int, int]]) -> None:
    # The module docstring's equivalence: the papers' programme (stronger categories' differences
    # exceed weaker ones' by the categories between) is feasible exactly when some thresholds
    # sigma_1 < ... < sigma_5 reproduce every judgement; and when not, the suggested change mends it.
    items = ["a", "b", "c", "d"]
    judgements, seen = [], set()
    for x, y, low, width in drawn:
        if x == y or frozenset((x, y)) in seen:
            continue
        seen.add(frozenset((x, y)))
        high = low if low == 0 else min(6, low + width)
        judgements.append(J(items[x], items[y], low, high))
    scale = macbeth.solve(items, judgements, "d")
    assert scale.consistent == macbeth.consistent(items, judgements, "d")
    if not scale.consistent and scale.changes:
        changed = {c.judgement: c for c in scale.changes}
        mended = [J(j.first, j.second, changed[j].low, changed[j].high) if j in changed else j for j in judgements]
        assert macbeth.consistent(items, mended, "d")
