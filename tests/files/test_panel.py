"""The scoring panel's files: loading, the aggregate used where an option file gives no score,
and every panel error, located, all in one run."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import yaml

from adm_appraise import load_appraisal
from tests.conftest import ROOT, make_appraisal, write
from tests.files.test_loader import errors
from tests.files.test_schema import schema_of

CRITERIA = """
appraisal:
  title: Panel
  scale: {min: 0, max: 5}
  baseline: x
criteria:
  - id: quality
    name: Quality
    weight: 2
  - id: risk
    name: Risk
    weight: 1
  - id: cost
    name: Cost
    weight: 1
    type: measure
    unit: £m
    direction: lower
"""
# x is fully moderated; y leaves quality to the panel
X = """
id: x
name: X
scores:
  quality: {score: 3, rationale: agreed, moderation: "ran 1 to 4; agreed 3"}
  risk: {score: 2, rationale: agreed}
  cost: {value: 2, rationale: model}
"""
Y = """
id: y
name: Y
scores:
  risk: {score: 4, rationale: agreed}
  cost: {value: 3, rationale: model}
"""
ANN = """
assessor: {id: ann, name: Ann, role: Finance}
scores:
  x: {quality: 1, risk: 2}
  y: {quality: 4, risk: 4}
"""
BOB = """
assessor: {id: bob, name: Bob, role: Service lead, organisation: Council}
interests: Manages the service
scores:
  x: {quality: 4, risk: {score: 3, low: 2, high: 4, rationale: because}}
  y: {quality: 5, risk: 4}
"""
CAT = """
assessor: {id: cat, name: Cat, role: Staff side}
conflicts:
  - {option: y, reason: Trustee of y}
scores:
  x:
    quality: {score: 3, dissent: "would keep 4"}
    risk: {abstain: "has not seen the risk register"}
"""


def panel_appraisal(folder: Path, **panel: str) -> Path:
    make_appraisal(folder, CRITERIA, x=X, y=Y)
    for name, text in {"ann": ANN, "bob": BOB, "cat": CAT, **panel}.items():
        write(folder, f"panel/{name}.yaml", text)
    return folder


def test_the_panel_loads_with_conflicts_abstentions_and_dissent(tmp_path: Path) -> None:
    appraisal = load_appraisal(panel_appraisal(tmp_path))
    panel = appraisal.panel
    assert panel is not None
    assert [a.id for a in panel.assessors] == ["ann", "bob", "cat"]
    bob, cat = panel.assessors[1], panel.assessors[2]
    assert (bob.organisation, bob.interests) == ("Council", "Manages the service")
    assert bob.scores["x"]["risk"].low == 2.0 and bob.scores["x"]["risk"].rationale == "because"
    assert cat.conflicted("y") is not None and cat.conflicted("y").reason == "Trustee of y"
    assert cat.scores["x"]["risk"].abstain == "has not seen the risk register"
    assert cat.scores["x"]["quality"].dissent == "would keep 4"
    assert panel.points("x", "risk") == {"ann": 2.0, "bob": 3.0}  # cat abstained
    assert panel.points("y", "quality") == {"ann": 4.0, "bob": 5.0}  # cat is conflicted on y
    assert appraisal.option("x").scores["quality"].moderation == "ran 1 to 4; agreed 3"
    assert tmp_path / "panel/cat.yaml" in appraisal.files


def test_a_missing_option_score_takes_the_panel_median_unmoderated(tmp_path: Path) -> None:
    # y's quality is not in its option file: ann 4, bob 5, cat conflicted -> median of (4, 5) = 4.5
    appraisal = load_appraisal(panel_appraisal(tmp_path))
    filled = appraisal.option("y").scores["quality"]
    assert (filled.point, filled.unmoderated, filled.rationale) == (4.5, True, None)
    assert appraisal.option("x").scores["quality"].unmoderated is False


def test_the_mean_when_criteria_yaml_asks_for_it(tmp_path: Path) -> None:
    folder = panel_appraisal(tmp_path)
    write(folder, "panel/dan.yaml", """
        assessor: {id: dan, name: Dan, role: Legal}
        scores:
          x: {quality: 3, risk: 3}
          y: {quality: 0, risk: 3}
    """)
    # median of y's quality (4, 5, 0) is 4; the mean is 3
    assert load_appraisal(folder).option("y").scores["quality"].point == 4.0
    (folder / "criteria.yaml").write_text(CRITERIA + "panel: {aggregate: mean, disagreement: 3}\n")
    appraisal = load_appraisal(folder)
    assert appraisal.option("y").scores["quality"].point == 3.0
    assert appraisal.panel is not None and appraisal.panel.settings.disagreement == 3.0


def test_without_a_panel_folder_nothing_changes(tmp_path: Path) -> None:
    make_appraisal(tmp_path, CRITERIA, x=X, y=Y.replace("scores:\n", "scores:\n  quality: 2\n"))
    appraisal = load_appraisal(tmp_path)
    assert appraisal.panel is None
    assert appraisal.files == [tmp_path / "criteria.yaml", tmp_path / "options/x.yaml", tmp_path / "options/y.yaml"]
    # and a missing score is the same error as ever
    make_appraisal(tmp_path / "b", CRITERIA, x=X, y=Y)
    assert errors(tmp_path / "b") == ["y.yaml:3:1: error: option 'y' does not score criterion 'quality' [E204]"]


def test_every_panel_error_at_once(tmp_path: Path) -> None:
    folder = panel_appraisal(
        tmp_path,
        ann=ANN.replace("x: {quality: 1, risk: 2}", "x: {quality: 7, risk: 2, cost: 1}\n  z: {quality: 1}"),
        bob=BOB.replace("  y: {quality: 5, risk: 4}\n", "").replace("risk: {score: 3,", "risk: {score: 3, abstain: x,"),
        cat=CAT.replace("option: y", "option: yy").replace("risk: {abstain", "risks: {abstain"),
        dup=ANN.replace("y: {quality: 4, risk: 4}", "y: {quality: 4}"),
    )
    assert errors(folder) == [
        "panel/ann.yaml:3:16: error: ann: x quality score 7 is off the scale 0-5 [E203]",
        "panel/ann.yaml:3:34: error: 'cost' is a measure: its value is a fact for the option file, not a panel score [E403]",
        "panel/ann.yaml:4:3: error: ann scores unknown option 'z'; expected one of: x, y [E401]",
        "panel/bob.yaml:3:1: error: bob does not score y on 'quality' (score it, declare a conflict on the option, or abstain with a reason) [E404]",
        "panel/bob.yaml:3:1: error: bob does not score y on 'risk' (score it, declare a conflict on the option, or abstain with a reason) [E404]",
        "panel/bob.yaml:4:25: error: bob: x on risk gives both a score and 'abstain' [E407]",
        "panel/cat.yaml:3:14: error: cat declares a conflict on unknown option 'yy' (did you mean 'y'?) [E401]",
        "panel/cat.yaml:4:1: error: cat does not score y on 'quality' (score it, declare a conflict on the option, or abstain with a reason) [E404]",
        "panel/cat.yaml:4:1: error: cat does not score y on 'risk' (score it, declare a conflict on the option, or abstain with a reason) [E404]",
        "panel/cat.yaml:5:3: error: cat does not score x on 'risk' (score it, declare a conflict on the option, or abstain with a reason) [E404]",
        "panel/cat.yaml:7:12: error: cat scores x on unknown criterion 'risks' (did you mean 'risk'?) [E402]",
        "panel/dup.yaml:1:16: error: duplicate assessor id 'ann' (also in ann.yaml) [E406]",
        "panel/dup.yaml:4:3: error: ann does not score y on 'risk' (score it, declare a conflict on the option, or abstain with a reason) [E404]",
    ]


def test_scoring_a_declared_conflict_is_an_error(tmp_path: Path) -> None:
    folder = panel_appraisal(tmp_path, cat=CAT + "  y: {quality: 2}\n")
    assert errors(folder) == [
        "panel/cat.yaml:8:16: error: cat declared a conflict on y (Trustee of y) and must not score it [E405]"
    ]


def test_panel_files_get_the_strict_dialect_and_schema_errors(tmp_path: Path) -> None:
    folder = panel_appraisal(
        tmp_path,
        ann=ANN.replace("role: Finance", "role: Finance, rank: 1"),
        bob=BOB.replace("quality: 5", "quality: yes"),
        cat=CAT.replace("Trustee of y}", "Trustee of y}\n  - {option: x}") + "other: &a 1\n",
    )
    assert errors(folder) == [
        "panel/ann.yaml:1:47: error: unknown key 'rank'; expected one of: id, name, role, organisation [E110]",
        "panel/bob.yaml:5:16: error: scores.y.quality must be a number, not 'yes' ('yes' is text here, not a boolean) [E112]",
        "panel/cat.yaml:4:5: error: missing required key 'reason' [E111]",
        "panel/cat.yaml:9:1: error: unknown key 'other'; expected one of: assessor, interests, conflicts, scores [E110]",
        "panel/cat.yaml:9:8: error: anchor &a: anchors and aliases are not allowed [E103]",
    ]


def test_an_empty_panel_folder_is_an_error(tmp_path: Path) -> None:
    make_appraisal(tmp_path, CRITERIA, x=X, y=Y.replace("scores:\n", "scores:\n  quality: 2\n"))
    (tmp_path / "panel").mkdir()
    assert errors(tmp_path) == ["panel: error: no assessor files (*.yaml) in the panel folder [E408]"]


def test_the_example_panel_files_match_the_json_schema() -> None:
    validator = jsonschema.Draft202012Validator(schema_of("panel"))  # `adm-appraise schema panel`
    files = sorted((ROOT / "examples/panel-leisure/panel").glob("*.yaml"))
    assert len(files) == 4
    for path in files:
        validator.validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"assessor": {"id": "a", "name": "A"}, "scores": {}})  # no role


def test_the_example_loads() -> None:
    appraisal = load_appraisal(ROOT / "examples/panel-leisure")
    assert appraisal.panel is not None and len(appraisal.panel.assessors) == 4
    assert appraisal.option("wholly_owned_company").scores["control"].unmoderated


def warnings(folder: Path) -> list[str]:
    from adm_appraise.files.validation import validate

    found = validate([folder])
    assert found.errors == 0
    return [str(p).replace(f"{folder}/", "") for p in found.problems if p.code[1] == "4" or p.code == "W203"]


def test_panel_lints(tmp_path: Path) -> None:
    folder = panel_appraisal(
        tmp_path,
        # x risk: panel 2 (ann) and 3 (bob) -> moderated 5 is outside the range, 2.5 from the median
        # x quality: panel 1, 4, 3 disagree; the moderation note is dropped below
        dan="assessor: {id: dan, name: Dan, role: R}\nscores:\n  x: {quality: 3, risk: 3}\n  y: {quality: 3, risk: 3}\n",
    )
    (folder / "panel/dan.yaml").rename(folder / "panel/daniel.yaml")
    x = (folder / "options/x.yaml").read_text()
    x = x.replace(', moderation: "ran 1 to 4; agreed 3"', "").replace("risk: {score: 2,", "risk: {score: 5,")
    (folder / "options/x.yaml").write_text(x)
    assert warnings(folder) == [
        "options/x.yaml:4:12: warning: x: the panel's scores on 'quality' run from 1 to 4 and no 'moderation:' note "
        "says how the agreed score was reached [W401]",
        "options/x.yaml:5:9: warning: x: the moderated score on 'risk' (5) lies outside the panel's scores (2-3) [W402]",
        "options/x.yaml:5:9: warning: x: the moderated score on 'risk' (5) is 2 from the panel median (3) with no "
        "'moderation:' note [W403]",
        "options/y.yaml:3:1: warning: y: no moderated score on 'quality'; the panel median (4) stands in [W405]",
        "panel/daniel.yaml:1:16: warning: dan gives every score as 3: scores that never vary cannot tell the options "
        "apart [W404]",
        "panel/daniel.yaml:1:16: warning: file daniel.yaml holds assessor 'dan': name it dan.yaml [W406]",
    ]


def test_a_moderation_note_answers_the_disagreement(tmp_path: Path) -> None:
    assert [w for w in warnings(panel_appraisal(tmp_path)) if "W401" in w or "W403" in w] == []


def test_panel_settings_without_a_panel_folder_are_flagged(tmp_path: Path) -> None:
    make_appraisal(tmp_path, CRITERIA + "panel: {aggregate: mean}\n", x=X,
                   y=Y.replace("scores:\n", "scores:\n  quality: {score: 2, rationale: r}\n"))
    assert load_appraisal(tmp_path).panel is None  # the settings change nothing
    assert warnings(tmp_path) == [
        "criteria.yaml:18:1: warning: 'panel:' settings are given but there is no panel/ folder beside criteria.yaml: "
        "they have no effect [W407]"
    ]


def test_the_pre_commit_hook_checks_panel_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from click.testing import CliRunner

    from adm_appraise.cli import main

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    staged = ["appraisal/panel/cat.yaml", "appraisal/panel/notes.txt", "panel.yaml"]
    assert [f for f in staged if re.search(hook["files"], f)] == ["appraisal/panel/cat.yaml"]
    panel_appraisal(tmp_path / "appraisal", cat=CAT.replace("option: y", "option: yy"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["validate", "appraisal/panel/cat.yaml"])  # pre-commit passes the file
    assert result.exit_code == 1
    assert result.stdout.startswith("appraisal/panel/cat.yaml:3:14: error: cat declares a conflict on unknown option")


# ---- the panel beside an option sifted out at a gate --------------------------------------

GATED = CRITERIA + """
gates:
  - {id: legal, name: Lawful}
"""
X_GATED = X.replace("scores:", "gates: {legal: pass}\nscores:")
Y_GATED = Y.replace("scores:", "gates: {legal: pass}\nscores:")
Z_SIFTED = """
id: z
name: Z
gates: {legal: {result: fail, rationale: unlawful}}
"""


def sifted_panel(folder: Path, **panel: str) -> Path:
    """The panel appraisal with a third option, z, that fails the gate and is left unscored."""
    make_appraisal(folder, GATED, x=X_GATED, y=Y_GATED, z=Z_SIFTED)
    for name, text in {"ann": ANN, "bob": BOB, "cat": CAT, **panel}.items():
        write(folder, f"panel/{name}.yaml", text)
    return folder


def test_a_panel_need_not_score_an_option_sifted_out(tmp_path: Path) -> None:
    # No assessor scores z: it failed the gate before scoring, so nothing is missing (was E404 x 6).
    appraisal = load_appraisal(sifted_panel(tmp_path))
    z = appraisal.option("z")
    assert z.sifted_out and z.scores == {}


def test_abstaining_or_declaring_a_conflict_on_a_sifted_out_option_is_fine(tmp_path: Path) -> None:
    # Both loaded without error; neither fills z with an aggregate score.
    ann = ANN + "  z: {quality: {abstain: sifted out}, risk: {abstain: sifted out}}\n"
    bob = BOB.replace("scores:", "conflicts:\n  - {option: z, reason: Advised its bidder\n}\nscores:")
    appraisal = load_appraisal(sifted_panel(tmp_path, ann=ann, bob=bob))
    assert appraisal.option("z").scores == {}
    panel = appraisal.panel
    assert panel is not None and panel.assessors[1].conflicted("z") is not None


def test_scores_given_for_a_sifted_out_option_are_unused_and_said_so(tmp_path: Path) -> None:
    from adm_appraise.files.panel import lint

    ann = ANN + "  z: {quality: 5, risk: 5}\n"
    appraisal = load_appraisal(sifted_panel(tmp_path, ann=ann))
    assert appraisal.option("z").scores == {}  # not filled with the panel's aggregate (no W405 for it)
    found = [(p.code, p.message) for p in lint(appraisal)]
    assert ("W408", "ann scores z, which fails a gate and has no 'scores:' (sifted out): these panel scores "
                    "are not used") in found
    assert not any(code == "W405" and "z:" in message for code, message in found)


def test_one_broken_option_file_gives_its_own_errors_only(tmp_path: Path) -> None:
    # A typo'd key in y.yaml is one error; the panel's scores for y are not "unknown option" errors.
    folder = panel_appraisal(tmp_path)
    write(folder, "options/y.yaml", Y.replace("name: Y", "nmae: Y"))
    found = errors(folder)
    assert all("options/" not in f and f.startswith("y.yaml") for f in found), found
    assert not any("E401" in f for f in found)


def test_an_unreadable_option_file_does_not_make_the_panel_scores_unknown(tmp_path: Path) -> None:
    # A tab in y.yaml: the file cannot be read at all, so y's id is unknown; the panel's scores
    # for y may belong to it, so they are not reported as unknown options.
    folder = panel_appraisal(tmp_path)
    write(folder, "options/y.yaml", Y.replace("  risk:", "\trisk:"))
    found = errors(folder)
    assert found and all(f.startswith("y.yaml") for f in found), found
