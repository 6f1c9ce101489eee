"""Lints: each warning an appraiser would raise, on a small appraisal built to trigger it."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from adm_appraise import load_appraisal
from adm_appraise.files.lints import lint, value_table
from adm_appraise.model import Appraisal, Assessment, Criterion, Gate, GateAssessment, Option
from adm_appraise.problems import Location
from tests.conftest import make_appraisal

CRITERIA = """
appraisal:
  title: Lints
  scale: {min: 0, max: 5}
  baseline: bau
criteria:
  - {id: x, name: X, weight: 50, levels: {0: a, 1: b, 2: c, 3: d, 4: e, 5: f}}
  - {id: y, name: Y, weight: 50, levels: {0: a, 1: b, 2: c, 3: d, 4: e, 5: f}}
gates:
  - {id: g, name: G}
"""


def option(oid: str, x: int, y: int, gate: str = "pass") -> str:
    return (f"id: {oid}\nname: {oid}\ngates: {{g: {{result: {gate}, rationale: r}}}}\n"
            f"scores:\n  x: {{score: {x}, rationale: r}}\n  y: {{score: {y}, rationale: r}}\n")


# equal weights: bau (fails the gate) = 0.5*20 + 0.5*20 = 20; a = 0.5*100 + 0.5*20 = 60;
# b = 0.5*40 + 0.5*100 = 70. Neither dominates the other; both beat the baseline.
CLEAN = {"bau": option("bau", 1, 1, "fail"), "a": option("a", 5, 1), "b": option("b", 2, 5)}


def messages(tmp_path: Path, criteria: str = CRITERIA, **options: str) -> list[str]:
    folder = make_appraisal(tmp_path, criteria, **{**CLEAN, **options})
    return [f"{Path(p.where.path).name}:{p.where.line}: {p.code} {p.message}" for p in lint(load_appraisal(folder))]


def test_a_clean_appraisal_has_no_warnings(tmp_path: Path) -> None:
    assert messages(tmp_path) == []


def test_non_discriminating_criterion(tmp_path: Path) -> None:
    found = messages(tmp_path, bau=option("bau", 1, 3, "fail"), a=option("a", 5, 3), b=option("b", 2, 3))
    assert found == ["criteria.yaml:7: W201 every option scores the same on 'y': it cannot change the ranking",
                     "b.yaml:1: W206 b is dominated by a: no better on any criterion, worse on at least one"]


def test_dominant_weight_in_base_and_scenarios(tmp_path: Path) -> None:
    criteria = CRITERIA + "scenarios:\n  heavy: {weights: {x: 200}}\n"
    # 200 / 250 = 80% in the scenario; the base 50/50 is fine (not more than half)
    assert messages(tmp_path, criteria) == [
        "criteria.yaml:6: W202 'x' carries 80% of the total weight in scenario 'heavy': one criterion decides the ranking"]


def test_missing_rationales(tmp_path: Path) -> None:
    text = "id: a\nname: a\ngates: {g: conditional}\nscores: {x: 5, y: {score: 1, rationale: ' '}}\n"
    assert messages(tmp_path, a=text) == [
        "a.yaml:3: W204 a: gate 'g' is conditional with no rationale",
        "a.yaml:4: W203 a: the score on 'x' has no rationale",
        "a.yaml:4: W203 a: the score on 'y' has no rationale",
    ]


def test_missing_levels(tmp_path: Path) -> None:
    criteria = CRITERIA.replace("levels: {0: a, 1: b, 2: c, 3: d, 4: e, 5: f}", "levels: {0: a, 5: f}", 1)
    assert messages(tmp_path, criteria) == [
        "criteria.yaml:6: W205 'x' has no level descriptor for scores 1, 2, used by the options"]


def test_dominated_option_names_its_dominator(tmp_path: Path) -> None:
    # c (2, 4) is no better than b (2, 5) anywhere and worse on y; the failed d is not dominated
    found = messages(tmp_path, c=option("c", 2, 4), d=option("d", 0, 0, "fail"))
    assert found == ["c.yaml:1: W206 c is dominated by b: no better on any criterion, worse on at least one"]


def test_below_baseline(tmp_path: Path) -> None:
    # bau (fails the gate) scores 0.5*100 + 0.5*100 = 100; a = 60 and b = 70 both fall below it
    found = messages(tmp_path, bau=option("bau", 5, 5, "fail"))
    assert found == [
        "a.yaml:1: W207 a scores 60.0, below the baseline bau (100.0): the case for change must beat it",
        "b.yaml:1: W207 b scores 70.0, below the baseline bau (100.0): the case for change must beat it",
    ]


def test_no_baseline(tmp_path: Path) -> None:
    assert messages(tmp_path, CRITERIA.replace("  baseline: bau\n", "")) == [
        "criteria.yaml:1: W208 no baseline named: the Green Book requires business as usual on the shortlist "
        "as the benchmark"]


def test_file_name_mismatch(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, CRITERIA, bau=CLEAN["bau"], a=CLEAN["a"], other=CLEAN["b"])
    assert [p.message for p in lint(load_appraisal(folder))] == [
        "file other.yaml holds option 'b': name it b.yaml"]


@pytest.mark.parametrize("code", ["W201", "W206", "W207"])
def test_bundled_example_lints(code: str) -> None:
    from tests.conftest import ROOT

    codes = {p.code for p in lint(load_appraisal(ROOT))}
    # the long list has options dominated by the leader and below business as usual; every
    # criterion discriminates
    assert (code in codes) == (code != "W201")


def _pairwise_dominated(appraisal: Appraisal) -> list[tuple[str, str]]:
    """The definition of W206, pair by pair: (dominated option, its dominator with the best score, then id)."""
    values = value_table(appraisal)
    ids = [c.id for c in appraisal.criteria]
    total = sum(c.weight for c in appraisal.criteria)

    def overall(oid: str) -> float:
        return sum(c.weight * values[oid][c.id] for c in appraisal.criteria) / total

    eligible = [o.id for o in appraisal.options if not o.failed_gates()]
    found = []
    for o in eligible:
        dominators = [d for d in eligible if d != o
                      and all(values[d][c] >= values[o][c] for c in ids)
                      and any(values[d][c] > values[o][c] for c in ids)]
        if dominators:
            found.append((o, max(dominators, key=lambda d: (overall(d), d))))
    return sorted(found)


def _random_appraisal(rng: random.Random, options: int, criteria: int, levels: int) -> Appraisal:
    here = Location("criteria.yaml", 1, 1)
    crits = tuple(
        Criterion(f"c{j}", f"C{j}", rng.choice([1, 2, 5]), here,
                  **({"type": "measure", "direction": rng.choice(["lower", "higher"])} if j == 0 else {}))
        for j in range(criteria)
    )
    opts = tuple(
        Option(f"o{i:03d}", f"O{i}", Path(f"o{i:03d}.yaml"), here,
               gates={"g": GateAssessment("fail" if rng.random() < 0.1 else "pass", here)},
               scores={c.id: Assessment(rng.uniform(0, 100) if c.is_measure else rng.randrange(levels), here)
                       for c in crits})
        for i in range(options)
    )
    return Appraisal("random", (0, levels - 1), crits, (Gate("g", "G", here),), opts, Path("criteria.yaml"))


@pytest.mark.parametrize("seed", range(12))
def test_dominated_options_match_the_pairwise_definition(seed: int) -> None:
    # Few criteria and levels make many dominated options and ties; the measure criterion has
    # over 64 distinct values, so its bitmasks are coarse and the exact check must prune them.
    rng = random.Random(seed)
    appraisal = _random_appraisal(rng, rng.randint(70, 150), rng.randint(2, 5), rng.randint(2, 6))
    expected = _pairwise_dominated(appraisal)
    found = sorted(
        (m.group(1), m.group(2))
        for p in lint(appraisal) if p.code == "W206" and (m := re.match(r"(\w+) is dominated by (\w+):", p.message))
    )
    assert expected, "the case should have dominated options"
    assert found == expected


def test_weights_mixing_fractions_and_percentages(tmp_path: Path) -> None:
    # 0.15 beside 30: normalised, x gets 0.15 / 30.15 = 0.4975% of the weight (printed 0.5%)
    criteria = CRITERIA.replace("weight: 50, levels", "weight: 0.15, levels", 1).replace("weight: 50", "weight: 30")
    assert messages(tmp_path, criteria) == [
        "criteria.yaml:6: W211 weights mix fractions and percentages: 'x' weighs 0.15 beside 'y' at 30, so it gets "
        "0.5% of the weight; write every weight on one footing (e.g. all as percentages)",
        "criteria.yaml:7: W202 'y' carries 100% of the total weight: one criterion decides the ranking",
    ]


def test_fractions_alone_or_small_ratios_are_not_mixed(tmp_path: Path) -> None:
    for weights in ((0.4, 0.6), (0.5, 2), (3, 4)):
        criteria = CRITERIA.replace("weight: 50", f"weight: {weights[0]}", 1).replace("weight: 50", f"weight: {weights[1]}")
        assert not [m for m in messages(tmp_path / str(weights), criteria) if "W211" in m]


def test_measure_on_a_local_scale(tmp_path: Path) -> None:
    criteria = CRITERIA.replace(
        "  - {id: y, name: Y, weight: 50, levels: {0: a, 1: b, 2: c, 3: d, 4: e, 5: f}}",
        "  - {id: y, name: Y, weight: 50, type: measure, direction: higher}\n"
        "  - {id: z, name: Z, weight: 1, type: measure, direction: higher, range: [0, 5]}")
    z = "  z: {value: 1, rationale: r}\n"
    found = [m for m in messages(tmp_path, criteria, **{k: v.replace("y: {score", "y: {value") + z for k, v in CLEAN.items()})
             if "W212" in m]
    assert found == [  # y only: z has a range
        "criteria.yaml:7: W212 measure 'y' is on a local scale: its 0 and 100 are the worst and best options, so they "
        "move whenever an option is added or removed; give 'range: [worst, best]' for a fixed scale",
    ]


def weighted(weighting: str, criteria: str = "  - {id: x, name: X}\n  - {id: y, name: Y}\n  - {id: z, name: Z}\n") -> str:
    head = CRITERIA.split("criteria:")[0]
    levels = ", levels: {0: a, 1: b, 2: c, 3: d, 4: e, 5: f}}"
    return head + weighting + "criteria:\n" + criteria.replace("}\n", levels + "\n") + "gates:\n  - {id: g, name: G}\n"


def three(oid: str, x: int, y: int, z: int, gate: str = "pass") -> str:
    return option(oid, x, y, gate) + f"  z: {{score: {z}, rationale: r}}\n"


# z scores the same for everyone, so only x and y move the scores; all options are as in CLEAN
THREE = {"bau": three("bau", 1, 1, 3, "fail"), "a": three("a", 5, 1, 3), "b": three("b", 2, 5, 3)}


@pytest.mark.parametrize(("weighting", "criteria", "expected"), [
    ("weighting:\n  method: swing\n  swings: {x: 80, y: 80, z: 40}\n", None,
     ["criteria.yaml:7: W501 the largest swing in the top level is 80, not 100: anchor the largest worst-to-best "
      "swing at 100 and judge the others against it"]),
    ("weighting:\n  method: swing\n  swings: {x: 100, y: 100, z: 0}\n", None,
     ["criteria.yaml:7: W502 'z' has a swing of 0 in the top level: it carries no weight; if its swing truly does "
      "not matter, drop it from the appraisal"]),
    # x = 2y, y = 2z but x = z: k = 2 * 2 / 1 = 4, lambda_max = 1 + 4^(1/3) + 4^(-1/3) = 3.217,
    # CR = (0.217 / 2) / 0.58 = 0.187; the weights (row geometric means) imply x/y = 2^(1/3) = 1.26
    ("weighting:\n  method: pairwise\n  comparisons:\n    x: {y: 2, z: 1}\n    y: {z: 2}\n", None,
     ["criteria.yaml:8: W503 the pairwise judgements in the top level have a consistency ratio of 0.187 (above "
      "0.10); the most inconsistent is x over y, judged 2 where the weights imply 1.26"]),
    # a group's judgements: P judges as above (CR 0.187, flagged at P's own judgement x: {y: 2}, line 9);
    # Q is consistent (x = 2y = 4z). The group's geometric means x/y = 2, x/z = (1 x 4)^(1/2) = 2,
    # y/z = 2 give lambda_max 3.054, CI 0.027, CR 0.046: acceptable, so no warning for the group
    ("weighting:\n  method: pairwise\n  judges:\n    P:\n      x: {y: 2, z: 1}\n      y: {z: 2}\n"
     "    Q:\n      x: {y: 2, z: 4}\n      y: {z: 2}\n", None,
     ["criteria.yaml:9: W503 P's pairwise judgements in the top level have a consistency ratio of 0.187 (above "
      "0.10); their most inconsistent is x over y, judged 2 where their weights imply 1.26"]),
    # a group of one: z alone in g2
    ("weighting:\n  method: rank\n  order: [g1, g2]\n  groups:\n    g1: {name: G1, order: [x, y]}\n"
     "    g2: {name: G2}\n",
     "  - {id: x, name: X, group: g1}\n  - {id: y, name: Y, group: g1}\n  - {id: z, name: Z, group: g2}\n",
     ["criteria.yaml:10: W504 group 'g2' holds one criterion, 'z': a group of one adds a level without weighing "
      "anything"]),
])
def test_weighting_lints(tmp_path: Path, weighting: str, criteria: str | None, expected: list[str]) -> None:
    text = weighted(weighting, criteria) if criteria else weighted(weighting)
    folder = make_appraisal(tmp_path, text, **THREE)
    found = [f"{Path(p.where.path).name}:{p.where.line}: {p.code} {p.message}" for p in lint(load_appraisal(folder))
             if p.code.startswith("W5")]
    assert found == expected


def test_stated_weights_with_no_record_are_a_note_only_when_asked(tmp_path: Path) -> None:
    appraisal = load_appraisal(make_appraisal(tmp_path, CRITERIA, **CLEAN))
    assert not [p for p in lint(appraisal) if p.code == "W505"]
    notes = [p for p in lint(appraisal, notes=True) if p.code == "W505"]
    assert [(p.severity, p.where.line) for p in notes] == [("note", 1)]
    assert notes[0].message == ("the weights are stated with no 'weighting:' record of how they were set "
                                "(method, participants, date)")


def test_derived_weights_are_not_mixed_fractions(tmp_path: Path) -> None:
    # swings 100, 100, 0.5: z's derived weight is 0.5/200.5 of 100 = 0.25, beside 49.9; no one wrote it
    text = weighted("weighting:\n  method: swing\n  swings: {x: 100, y: 100, z: 0.5}\n")
    folder = make_appraisal(tmp_path, text, **THREE)
    assert [p.code for p in lint(load_appraisal(folder)) if p.code == "W211"] == []
