"""equality.yaml: each option's impact on the nine protected characteristics: loading, errors, warnings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from adm_appraise import load_appraisal
from adm_appraise.files.equality import shortlist
from adm_appraise.files.lints import overall_scores
from adm_appraise.files.validation import validate
from adm_appraise.model import ShortlistRule
from tests.conftest import write
from tests.files.test_longlist import example

NEUTRAL = ("disability: neutral\n    gender_reassignment: neutral\n    marriage_and_civil_partnership: neutral\n"
           "    pregnancy_and_maternity: neutral\n    race: neutral\n    religion_or_belief: neutral\n"
           "    sex: neutral\n    sexual_orientation: neutral")
EQUALITY = f"""
description: Screened with the equality officer
options:
  pref:
    age: {{impact: negative, evidence: Fewer youth clubs, mitigation: Keep two clubs in the contract}}
    {NEUTRAL}
    distribution:
      by: income_quintile
      measure: Children's places
      values: {{q1: 40, q2: 25, q5: -5}}
  alt:
    age: positive
    {NEUTRAL}
  bau:
    age: unknown
    {NEUTRAL}
  dm:
    age: neutral
    {NEUTRAL}
"""


def problems(folder: Path, prefix: str = "") -> list[str]:
    return [str(p).replace(f"{folder}/", "") for p in validate([folder]).problems if p.code.startswith(prefix)]


def assessed(folder: Path, text: str = EQUALITY) -> Path:
    example(folder)
    write(folder, "equality.yaml", text)
    return folder


def test_the_assessment_loads_and_is_clean(tmp_path: Path) -> None:
    appraisal = load_appraisal(assessed(tmp_path))
    equality = appraisal.equality
    assert equality is not None
    pref = equality.of("pref")
    assert pref is not None and pref.unassessed == []
    assert (pref.impacts["age"].impact, pref.impacts["age"].mitigation) == ("negative", "Keep two clubs in the contract")
    assert pref.impacts["age"].where.line == 4
    assert pref.distribution is not None and dict(pref.distribution.values) == {"q1": 40, "q2": 25, "q5": -5}
    assert equality.of("out") is None  # sifted out: not on the shortlist, so it need not be assessed
    assert problems(tmp_path, "E") == [] and problems(tmp_path, "W76") == []


def test_the_shortlist_is_the_rule_and_the_roles(tmp_path: Path) -> None:
    appraisal = load_appraisal(assessed(tmp_path))
    # one criterion, scale 0-5: bau 2 -> 40, dm 3 -> 60, pref 5 -> 100, alt 4 -> 80; out fails a gate
    assert overall_scores(appraisal) == {"alt": 80, "bau": 40, "dm": 60, "pref": 100}
    assert shortlist(appraisal, {"alt": 80, "bau": 40, "dm": 60, "pref": 100}) == ["alt", "bau", "dm", "pref"]
    # without roles, only the rule's top 2 (pref, alt); top 1 with a tie holds both; within 40 of the
    # leader's 100 holds every option at 60 or more
    plain = replace(appraisal, options=tuple(replace(o, role=None) for o in appraisal.options))
    assert shortlist(plain, {"alt": 80, "bau": 40, "dm": 60, "pref": 100}) == ["alt", "pref"]
    tied = replace(plain, shortlist=ShortlistRule(top=1))
    assert shortlist(tied, {"alt": 100, "bau": 40, "dm": 60, "pref": 100}) == ["alt", "pref"]  # tied first
    within = replace(plain, shortlist=ShortlistRule(top=None, within=40))
    assert shortlist(within, {"alt": 80, "bau": 40, "dm": 60, "pref": 100}) == ["alt", "dm", "pref"]


def test_errors_an_unknown_option_and_a_quintile_that_is_not_one(tmp_path: Path) -> None:
    text = EQUALITY.replace("  alt:\n", "  alto:\n").replace("q5: -5", "q6: -5").replace("impact: negative",
                                                                                         "impact: bad")
    assert problems(assessed(tmp_path, text)) == [
        "equality.yaml:4:19: error: options.pref.age.impact: 'bad' is not allowed; use 'positive', 'neutral', "
        "'negative' or 'unknown' [E113]",
    ]  # a schema error stops the file: its names are checked once it loads
    text = text.replace("impact: bad", "impact: negative")
    assert problems(assessed(tmp_path, text)) == [
        "equality.yaml:16:32: error: 'q6' is not an income quintile: use q1 (the lowest income) to q5 (the "
        "highest) [E764]",
        "equality.yaml:17:3: error: equality.yaml assesses option 'alto', which options/ does not have (did you "
        "mean 'alt'?) [E763]",
    ]


def test_warnings_an_unassessed_characteristic_and_a_negative_without_mitigation(tmp_path: Path) -> None:
    text = (EQUALITY.replace(", mitigation: Keep two clubs in the contract", "")
            .replace("  alt:\n    age: positive\n    disability: neutral\n", "  alt:\n")
            .replace(f"  dm:\n    age: neutral\n    {NEUTRAL}\n", ""))
    # an option equality.yaml leaves out is pointed at its 'options:' key
    assert problems(assessed(tmp_path, text), "W76") == [
        "equality.yaml:2:1: warning: shortlisted option 'dm' is not assessed for 9 protected characteristics: "
        "age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, "
        "religion or belief, sex, sexual orientation [W763]",
        "equality.yaml:4:10: warning: option 'pref': a negative impact on age with no mitigation: say what would "
        "reduce it, or why none can ('mitigation:') [W764]",
        "equality.yaml:17:3: warning: shortlisted option 'alt' is not assessed for 2 protected characteristics: "
        "age, disability [W763]",
    ]
