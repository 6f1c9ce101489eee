"""Loading an appraisal: schema errors and semantic checks, each located and all at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from adm_appraise import load_appraisal
from adm_appraise.files.loader import bundled_dir
from adm_appraise.problems import AppraisalError
from tests.conftest import make_appraisal, write

CRITERIA = """
appraisal:
  title: Two options
  scale: {min: 0, max: 5}
  baseline: a
criteria:
  - id: cost
    name: Cost
    weight: 1
  - id: risk
    name: Risk
    weight: 3
gates:
  - id: legal
    name: Lawful
"""
A = """
id: a
name: Option A
gates: {legal: pass}
scores: {cost: 5, risk: 1}
"""
B = """
id: b
name: Option B
gates: {legal: pass}
scores: {cost: 1, risk: {score: 4, rationale: because}}
"""


def errors(folder: Path) -> list[str]:
    with pytest.raises(AppraisalError) as info:
        load_appraisal(folder)
    return [str(p).replace(f"{folder}/options/", "").replace(f"{folder}/", "").replace(str(folder), "TMP")
            for p in info.value.problems]


def test_a_valid_appraisal_loads(tmp_path: Path) -> None:
    appraisal = load_appraisal(make_appraisal(tmp_path, CRITERIA, a=A, b=B))
    assert [c.id for c in appraisal.criteria] == ["cost", "risk"]
    assert [o.id for o in appraisal.options] == ["a", "b"]
    assert appraisal.option("b").scores["risk"].point == 4.0
    assert appraisal.option("b").scores["risk"].rationale == "because"
    assert appraisal.shortlist.top == 2  # the default rule
    assert appraisal.files == [tmp_path / "criteria.yaml", tmp_path / "options/a.yaml", tmp_path / "options/b.yaml"]


def test_bundled_dir_holds_the_example() -> None:
    assert (bundled_dir() / "criteria.yaml").is_file()
    assert len(list((bundled_dir() / "options").glob("*.yaml"))) == 11


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    weight: 1\n", "    wieght: 1\n",
         ["criteria.yaml:6:5: error: missing required key 'weight' [E111]",
          "criteria.yaml:8:5: error: unknown key 'wieght' (did you mean 'weight'?) [E110]"]),
        ("    weight: 1\n", "    weight: 1:30\n",
         ["criteria.yaml:8:13: error: criteria[0].weight must be a number, not '1:30' "
          "(YAML 1.1 octal, hex and sexagesimal forms are not numbers here) [E112]"]),
        ("    weight: 1\n", "    weight: yes\n",
         ["criteria.yaml:8:13: error: criteria[0].weight must be a number, not 'yes' ('yes' is text here, not a boolean) [E112]"]),
        ("    weight: 1\n", "    weight: 0\n",
         ["criteria.yaml:8:13: error: criteria[0].weight 0: input should be greater than 0 [E113]"]),
        ("    weight: 1\n", "    weight: true\n",
         ["criteria.yaml:8:13: error: criteria[0].weight must be a number, not boolean true [E112]"]),
        ("  - id: cost\n", "  - id: Cost\n",
         ["criteria.yaml:6:9: error: criteria[0].id 'Cost' is not a valid id: use lower-case letters, digits and '_', "
          "starting with a letter [E113]"]),
        ("  title: Two options\n", "", ["criteria.yaml:2:3: error: missing required key 'title' [E111]"]),
        ("  scale: {min: 0, max: 5}\n", "  scale: {min: 5, max: 5}\n",
         ["criteria.yaml:3:10: error: scale min (5) must be below max (5) [E202]"]),
        ("  baseline: a\n", "  baseline: aa\n",
         ["criteria.yaml:4:13: error: baseline 'aa' is not an option (did you mean 'a'?) [E209]"]),
        ("  baseline: a\n", "  baseline: a\n  shortlist: {}\n",
         ["criteria.yaml:5:14: error: the shortlist rule is empty: give at least one of top, min_score, within [E210]"]),
        ("  baseline: a\n", "  baseline: a\n  shortlist: {top: 0}\n",
         ["criteria.yaml:5:20: error: appraisal.shortlist.top 0: input should be greater than or equal to 1 [E113]"]),
        ("  - id: risk\n", "  - id: cost\n",
         ["criteria.yaml:9:5: error: duplicate criterion id 'cost' (also at line 6) [E201]",
          "a.yaml:4:25: error: option 'a' scores unknown criterion 'risk'; expected one of: cost [E205]",
          "b.yaml:4:25: error: option 'b' scores unknown criterion 'risk'; expected one of: cost [E205]"]),
        ("    weight: 3\n", "    weight: 3\n    direction: lower\n",
         ["criteria.yaml:12:5: error: 'direction' is for measure criteria; add 'type: measure' to 'risk' or remove it [E208]"]),
        ("    weight: 3\n", "    weight: 3\n    levels: {0: none, 9: off}\n",
         ["criteria.yaml:12:23: error: level 9 of 'risk' is off the scale 0-5 [E203]"]),
        ("gates:\n", "scenarios:\n  s: {weights: {rsk: 2}}\ngates:\n",
         ["criteria.yaml:13:17: error: scenario 's' weights unknown criterion 'rsk' (did you mean 'risk'?) [E205]"]),
        ("gates:\n", "scenarios:\n  s: {weights: {risk: 0, cost: 0}}\ngates:\n",
         ["criteria.yaml:13:6: error: scenario 's' gives every criterion zero weight [E211]"]),
    ],
)
def test_criteria_errors(tmp_path: Path, old: str, new: str, expected: list[str]) -> None:
    assert old in CRITERIA
    folder = make_appraisal(tmp_path, CRITERIA.replace(old, new, 1), a=A, b=B)
    assert errors(folder) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (A.replace("cost: 5", "cost: 6"), ["a.yaml:4:16: error: a: cost score 6 is off the scale 0-5 [E203]"]),
        (A.replace("cost: 5", "cst: 5"),
         ["a.yaml:4:1: error: option 'a' does not score criterion 'cost' [E204]",
          "a.yaml:4:15: error: option 'a' scores unknown criterion 'cst' (did you mean 'cost'?) [E205]"]),
        (A.replace("{legal: pass}", "{}"), ["a.yaml:3:1: error: option 'a' does not assess gate 'legal' [E206]"]),
        (A.replace("{legal: pass}", "{legal: pass, lega: fail}"),
         ["a.yaml:3:28: error: option 'a' assesses unknown gate 'lega' (did you mean 'legal'?) [E207]"]),
        (A.replace("{legal: pass}", "{legal: yes}"),
         ["a.yaml:3:16: error: gates.legal: 'yes' is not allowed; use 'pass', 'fail' or 'conditional' [E113]"]),
        (A.replace("risk: 1", "risk: {score: 1, low: 2}"),
         ["a.yaml:4:25: error: a: risk needs low <= score <= high [E203]"]),
        (A.replace("risk: 1", "risk: {value: 1}"),
         ["a.yaml:4:25: error: 'risk' is a score criterion: give 'score:', not 'value:' [E208]"]),
        (A.replace("risk: 1", "risk: {rationale: x}"),
         ["a.yaml:4:25: error: 'risk' is a score criterion: give 'score:' [E208]"]),
        (A.replace("risk: 1", "risk: {score: 1, evidence: x}"),
         ["a.yaml:4:46: error: scores.risk.evidence must be a list, not 'x' [E112]"]),
        (A.replace("id: a", "id: b"),
         ["criteria.yaml:4:13: error: baseline 'a' is not an option; expected one of: b [E209]",
          "b.yaml:1:5: error: duplicate option id 'b' (also at a.yaml:1:5) [E201]"]),
        (A.replace("name: Option A\n", ""), ["a.yaml:1:1: error: missing required key 'name' [E111]"]),
        ("", ["a.yaml:1:1: error: the file is empty [E111]"]),
        ("- a\n- b\n", ["a.yaml:1:1: error: the file must be a mapping, not a list [E112]"]),
        # a whole file is named by its kind, never quoted (it may be a link to another file)
        ("token ghp_secret\n", ["a.yaml:1:1: error: the file must be a mapping, not text [E112]"]),
        ("12345\n", ["a.yaml:1:1: error: the file must be a mapping, not a number [E112]"]),
    ],
)
def test_option_errors(tmp_path: Path, text: str, expected: list[str]) -> None:
    folder = make_appraisal(tmp_path, CRITERIA, a=text, b=B)
    assert errors(folder) == expected


def test_problems_from_every_file_come_together(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, CRITERIA.replace("weight: 1", "weight: -1"),
                            a=A.replace("name:", "nme:"), b=B.replace("name: Option B", "name: Option B\nname: B"))
    assert [e.split(": ", 1)[0] for e in errors(folder)] == [
        "criteria.yaml:8:13", "a.yaml:1:1", "a.yaml:2:1", "b.yaml:3:1"]


def test_missing_files_are_errors(tmp_path: Path) -> None:
    assert errors(tmp_path) == [
        "criteria.yaml: error: file not found [E001]", "options: error: options folder not found [E001]"]
    write(tmp_path, "criteria.yaml", CRITERIA)
    (tmp_path / "options").mkdir()
    assert errors(tmp_path) == ["options: error: no option files (*.yaml) in the options folder [E212]"]


def test_measure_criteria(tmp_path: Path) -> None:
    criteria = CRITERIA.replace("    weight: 1\n", "    weight: 1\n    type: measure\n    unit: £m\n    direction: lower\n")
    folder = make_appraisal(tmp_path, criteria, a=A.replace("cost: 5", "cost: {value: 3.5}"), b=B)
    assert load_appraisal(folder).option("a").scores["cost"].point == 3.5
    folder = make_appraisal(tmp_path, criteria.replace("direction: lower", "range: [0, 8]"), a=A, b=B)
    assert errors(folder) == ["criteria.yaml:6:5: error: measure criterion 'cost' needs 'direction: lower' or "
                              "'direction: higher' [E208]"]
    folder = make_appraisal(tmp_path, criteria.replace("direction: lower", "direction: lower\n    range: [0, 8]"),
                            a=A.replace("cost: 5", "cost: {score: 5}"), b=B)
    assert errors(folder) == [
        "criteria.yaml:12:12: error: range [0, 8] is [worst, best] and must run the way of 'direction: lower' [E203]",
        "a.yaml:4:16: error: 'cost' is a measure criterion: give 'value:', not 'score:' [E208]",
    ]


def test_schema_errors_in_criteria_do_not_hide_the_options_problems(tmp_path: Path) -> None:
    # the case: a negative weight, a score off the scale in one option, an unknown
    # criterion in another and two options with the same id, plus a baseline naming no option
    folder = make_appraisal(
        tmp_path, CRITERIA.replace("weight: 1", "weight: -1").replace("baseline: a", "baseline: nobody"),
        a=A.replace("cost: 5", "cost: 7"), b=B.replace("id: b", "id: a").replace("cost: 1", "cots: 1"),
    )
    assert errors(folder) == [
        "criteria.yaml:4:13: error: baseline 'nobody' is not an option; expected one of: a [E209]",
        "criteria.yaml:8:13: error: criteria[0].weight -1: input should be greater than 0 [E113]",
        "a.yaml:4:16: error: a: cost score 7 is off the scale 0-5 [E203]",
        "b.yaml:1:5: error: duplicate option id 'a' (also at a.yaml:1:5) [E201]",
        "b.yaml:4:1: error: option 'a' does not score criterion 'cost' [E204]",
        "b.yaml:4:16: error: option 'a' scores unknown criterion 'cots' (did you mean 'cost'?) [E205]",
    ]


def test_options_are_checked_against_what_parsed_only(tmp_path: Path) -> None:
    # criterion ids that did not parse: 'cost' is neither required nor unknown; the scale did not
    # parse either, so no score can be off it; the gate id did parse, so a missing gate counts
    criteria = CRITERIA.replace("id: cost", "id: Cost").replace("max: 5", "max: five")
    folder = make_appraisal(tmp_path, criteria, a=A.replace("cost: 5", "cost: 70").replace("{legal: pass}", "{}"), b=B)
    assert errors(folder) == [
        "criteria.yaml:3:24: error: appraisal.scale.max must be a number, not 'five' [E112]",
        "criteria.yaml:6:9: error: criteria[0].id 'Cost' is not a valid id: use lower-case letters, digits and '_', "
        "starting with a letter [E113]",
        "a.yaml:3:1: error: option 'a' does not assess gate 'legal' [E206]",
    ]


def test_baseline_is_checked_when_an_option_has_other_errors(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, CRITERIA.replace("baseline: a", "baseline: c"),
                            a=A.replace("name: Option A", "name: Option A\nname: again"), b=B)
    assert errors(folder) == [
        "criteria.yaml:4:13: error: baseline 'c' is not an option; expected one of: a, b [E209]",
        "a.yaml:3:1: error: duplicate key 'name' (first at line 2) [E101]",
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("cost: 5, risk: 1}", "cost: 5, risk: 1}\ndescription: x\n\tmore: y",
         "a.yaml:6:1: error: tabs cannot indent YAML; use spaces [E004]"),
        ("cost: 5", "cost: {value: 1,640}",
         "a.yaml:4:26: error: 'value: 1,640': inside {...} a comma separates entries; write numbers without "
         "thousands separators (1640) [E112]"),
        ("cost: 5", "cost: 1,640,000",  # the commas read as more entries: 640 and 000 become keys
         "a.yaml:4:18: error: 'cost: 1,640,000': inside {...} a comma separates entries; write numbers without "
         "thousands separators (1640000) [E112]"),
        ("cost: 5", "cost: {score: null}", "a.yaml:4:24: error: scores.cost.score is empty: give a number or remove the key [E112]"),
        ("cost: 5", "cost: ", "a.yaml:4:16: error: scores.cost is empty: give a number [E112]"),
        ("cost: 5", "cost: 30%", "a.yaml:4:16: error: scores.cost must be a number, not '30%' (write 30, without %) [E112]"),
    ],
)
def test_messages_a_user_can_act_on(tmp_path: Path, old: str, new: str, expected: str) -> None:
    folder = make_appraisal(tmp_path, CRITERIA, a=A.replace(old, new), b=B)
    assert errors(folder) == [expected]


@pytest.mark.parametrize(
    ("weight", "hint"), [("30%", "write 30, without %"), ("1,640", "write 1640, without thousands separators")]
)
def test_weight_written_as_people_write_numbers(tmp_path: Path, weight: str, hint: str) -> None:
    folder = make_appraisal(tmp_path, CRITERIA.replace("weight: 1", f"weight: {weight}"), a=A, b=B)
    assert errors(folder) == [f"criteria.yaml:8:13: error: criteria[0].weight must be a number, not '{weight}' "
                              f"({hint}) [E112]"]
