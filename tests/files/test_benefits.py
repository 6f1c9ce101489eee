"""benefits.yaml: the benefits register: loading, reference errors with positions, warnings."""

from __future__ import annotations

from pathlib import Path

from adm_appraise import load_appraisal
from adm_appraise.files.validation import validate
from tests.conftest import write
from tests.files.test_longlist import example

BENEFITS = """
# the long-list example's register: objectives improve and save, CSFs strategic_fit, value_for_money, staff
description: Agreed with the service
benefits:
  - id: rating
    title: A better inspection rating
    objectives: [improve]
    csfs: [strategic_fit, staff]
    criteria: [cost]
    options: [pref, alt]
    measure: Ofsted grade at the next full inspection
    baseline: inadequate
    target: good
    date: March 2028
    owner: Director of Children's Services
    cash_releasing: false
  - id: saving
    title: A lower cost of the service
    objectives: [save]
    measure: Net cost in the outturn, £ a year
    baseline: 12500000
    target: 11500000
    date: March 2029
    owner: Head of Finance
    cash_releasing: true
    value: 1000000
"""


def problems(folder: Path, prefix: str = "") -> list[str]:
    return [str(p).replace(f"{folder}/", "") for p in validate([folder]).problems if p.code.startswith(prefix)]


def register(folder: Path, text: str = BENEFITS) -> Path:
    example(folder)
    write(folder, "benefits.yaml", text)
    return folder


def test_the_register_loads_and_is_clean(tmp_path: Path) -> None:
    appraisal = load_appraisal(register(tmp_path))
    assert appraisal.register is not None
    rating, saving = appraisal.register.benefits
    assert (rating.objectives, rating.csfs, rating.criteria, rating.options) == (
        ("improve",), ("strategic_fit", "staff"), ("cost",), ("pref", "alt"))
    assert rating.applies_to("pref") and not rating.applies_to("bau")
    assert saving.options is None and saving.applies_to("bau")  # no 'options:': every option
    assert (saving.baseline, saving.target, saving.value, saving.cash_releasing) == (12500000, 11500000, 1e6, True)
    assert rating.baseline == "inadequate"  # text or a number
    assert tmp_path / "benefits.yaml" in appraisal.files  # hashed in the audit trail
    assert problems(tmp_path, "E") == [] and problems(tmp_path, "W76") == []


def test_every_unknown_name_is_an_error_at_its_place(tmp_path: Path) -> None:
    text = (BENEFITS.replace("objectives: [improve]", "objectives: [improv]")
            .replace("csfs: [strategic_fit, staff]", "csfs: [strategic_fit, stuff]")
            .replace("criteria: [cost]", "criteria: [costs]").replace("options: [pref, alt]", "options: [pref, alto]")
            .replace("  - id: saving", "  - id: rating"))
    assert problems(register(tmp_path, text)) == [
        "benefits.yaml:6:18: error: benefit 'rating' names spending objective 'improv', which longlist.yaml does "
        "not have (did you mean 'improve'?) [E761]",
        "benefits.yaml:7:27: error: benefit 'rating' names critical success factor 'stuff', which longlist.yaml "
        "does not have (did you mean 'staff'?) [E761]",
        "benefits.yaml:8:16: error: benefit 'rating' names criterion 'costs', which criteria.yaml does not have "
        "(did you mean 'cost'?) [E761]",
        "benefits.yaml:9:21: error: benefit 'rating' names option 'alto', which options/ does not have "
        "(did you mean 'alt'?) [E761]",
        "benefits.yaml:16:9: error: duplicate benefit id 'rating' (also at line 4) [E760]",
    ]


def test_objectives_without_a_long_list(tmp_path: Path) -> None:
    register(tmp_path)
    (tmp_path / "longlist.yaml").unlink()
    for name in ("dm", "pref", "alt", "out"):  # their origins need the long list
        path = tmp_path / f"options/{name}.yaml"
        path.write_text("\n".join(x for x in path.read_text().split("\n") if not x.startswith("origin")))
    assert problems(tmp_path, "E76") == [
        "benefits.yaml:6:18: error: benefit 'rating' names an objective ('improve'), but there is no longlist.yaml "
        "beside criteria.yaml [E762]",
        "benefits.yaml:7:12: error: benefit 'rating' names a critical success factor ('strategic_fit'), but there "
        "is no longlist.yaml beside criteria.yaml [E762]",
        "benefits.yaml:7:27: error: benefit 'rating' names a critical success factor ('staff'), but there is no "
        "longlist.yaml beside criteria.yaml [E762]",
        "benefits.yaml:18:18: error: benefit 'saving' names an objective ('save'), but there is no longlist.yaml "
        "beside criteria.yaml [E762]",
    ]


def test_schema_errors_all_at_once_with_positions(tmp_path: Path) -> None:
    text = (BENEFITS.replace("    measure: Ofsted", "    mesure: Ofsted").replace("cash_releasing: false",
                                                                                 "cash_releasing: no")
            .replace("value: 1000000", "value: 1,000,000"))
    assert problems(register(tmp_path, text)) == [
        "benefits.yaml:10:5: error: unknown key 'mesure' (did you mean 'measure'?) [E110]",
        "benefits.yaml:15:21: error: benefits[0].cash_releasing must be true or false, not 'no' ('no' is text here, "
        "not a boolean) [E112]",
        "benefits.yaml:25:12: error: benefits[1].value must be a number, not '1,000,000' (write 1000000, without "
        "thousands separators) [E112]",
    ]


def test_warnings_an_objective_without_a_benefit_and_a_benefit_without_its_measure(tmp_path: Path) -> None:
    text = (BENEFITS.replace("    objectives: [save]\n", "").replace("    measure: Ofsted grade at the next full "
                                                                      "inspection\n", "")
            .replace("    owner: Head of Finance\n", "").replace("    date: March 2029\n", ""))
    assert problems(register(tmp_path, text), "W76") == [
        "benefits.yaml:4:9: warning: benefit 'rating' has no measure: say how it will be measured ('measure:') "
        "[W761]",
        "benefits.yaml:15:9: warning: benefit 'saving' has a measure but no date or owner [W762]",
        "longlist.yaml:3:5: warning: objective 'save' has no benefit in benefits.yaml: name it in a benefit's "
        "'objectives:' so that its delivery is measured [W760]",
    ]
