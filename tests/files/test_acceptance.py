"""Warnings accepted in criteria.yaml ('accepted:'): shown as accepted, counted apart, --strict passes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import make_appraisal

CRITERIA = """\
appraisal:
  title: Accepted
  scale: {min: 0, max: 5}
  baseline: base
criteria:
  - id: quality
    name: Quality
    weight: 2
    levels: {0: none, 1: poor, 2: fair, 3: good, 4: very good, 5: best}
  - id: cost
    name: Cost
    weight: 1
    type: measure
    direction: lower
"""
BASE = """\
id: base
name: Base
scores:
  quality: {score: 3, rationale: today}
  cost: {value: 2, rationale: budget}
"""
ALT = """\
id: alt
name: Alt
scores:
  quality: 2
  cost: {value: 3, rationale: quote}
"""
# Without 'accepted:' the appraisal has five warnings:
#   criteria.yaml:6:5 W202 (quality weighs 2 of 3), criteria.yaml:10:5 W212 (cost has no range),
#   options/alt.yaml:1:5 W206 and W207 (alt is dominated by and below base), options/alt.yaml:4:12 W203


def appraisal(tmp_path: Path, accepted: str) -> Path:
    return make_appraisal(tmp_path, CRITERIA + accepted, base=BASE, alt=ALT)


def validate(folder: Path, *args: str):
    return CliRunner().invoke(main, ["validate", str(folder), *args], catch_exceptions=False)


EVERY_KIND = """\
accepted:
  - {code: W212, criterion: cost, reason: "Local on purpose.", by: "Finance", date: 2026-03-01}
  - {code: W207, option: alt, reason: "Kept as the partnership benchmark."}
  - {code: W203, option: alt, criterion: quality, reason: "Minuted at moderation."}
  - {code: W206, file: options/alt.yaml, reason: "Dominated, and kept all the same."}
"""


def test_each_kind_of_target_accepts_its_warning(tmp_path: Path) -> None:
    folder = appraisal(tmp_path, EVERY_KIND)
    result = validate(folder)
    assert result.exit_code == 0
    assert result.stdout == f"""\
{folder}/criteria.yaml:6:5: warning: 'quality' carries 67% of the total weight: one criterion decides the ranking [W202]
{folder}/criteria.yaml:10:5: warning (accepted): measure 'cost' is on a local scale: its 0 and 100 are the worst and \
best options, so they move whenever an option is added or removed; give 'range: [worst, best]' for a fixed scale \
[W212]; accepted: Local on purpose.
{folder}/options/alt.yaml:1:5: warning (accepted): alt is dominated by base: no better on any criterion, worse on at \
least one [W206]; accepted: Dominated, and kept all the same.
{folder}/options/alt.yaml:1:5: warning (accepted): alt scores 26.7, below the baseline base (73.3): the case for \
change must beat it [W207]; accepted: Kept as the partnership benchmark.
{folder}/options/alt.yaml:4:12: warning (accepted): alt: the score on 'quality' has no rationale [W203]; accepted: \
Minuted at moderation.
0 errors, 1 warning, 4 accepted in 3 files
"""
    assert validate(folder, "--strict").exit_code == 1  # W202 is not accepted


def test_strict_passes_when_every_warning_is_accepted(tmp_path: Path) -> None:
    folder = appraisal(tmp_path, EVERY_KIND + '  - {code: W202, criterion: quality, reason: "Quality is the point."}\n')
    result = validate(folder, "--strict")
    assert result.exit_code == 0
    assert result.stdout.endswith("0 errors, 0 warnings, 5 accepted in 3 files\n")


def test_a_score_target_accepts_only_that_score(tmp_path: Path) -> None:
    # W203 for alt on quality, accepted for alt on cost (which has a rationale): no match
    folder = appraisal(tmp_path, 'accepted:\n  - {code: W203, option: alt, criterion: cost, reason: "x"}\n')
    lines = validate(folder).stdout.splitlines()
    assert f"{folder}/options/alt.yaml:4:12: warning: alt: the score on 'quality' has no rationale [W203]" in lines
    assert f"{folder}/criteria.yaml:16:5: warning: accepted: W203 for alt on cost matches no warning: remove the " \
           "entry [W213]" in lines
    assert lines[-1] == "0 errors, 6 warnings in 3 files"


def test_an_acceptance_that_matches_nothing_is_a_warning(tmp_path: Path) -> None:
    accepted = """\
accepted:
  - {code: W212, criterion: quality, reason: "quality is no measure"}
  - {code: W207, option: alternative, reason: "a typo"}
  - {code: W201, file: options/gone.yaml, reason: "the file was removed"}
"""
    folder = appraisal(tmp_path, accepted)
    lines = validate(folder).stdout.splitlines()
    assert [line for line in lines if "[W213]" in line] == [
        f"{folder}/criteria.yaml:16:5: warning: accepted: W212 for criterion quality matches no warning: remove the "
        "entry [W213]",
        f"{folder}/criteria.yaml:17:5: warning: accepted: W207 for option alternative matches no warning (there is "
        "no option 'alternative'; expected one of: alt, base): remove the entry [W213]",
        f"{folder}/criteria.yaml:18:5: warning: accepted: W201 for options/gone.yaml matches no warning (there is no "
        "file options/gone.yaml): remove the entry [W213]",
    ]
    assert lines[-1] == "0 errors, 8 warnings in 3 files"


def test_an_acceptance_must_name_a_warning_and_one_target(tmp_path: Path) -> None:
    accepted = """\
accepted:
  - {code: W999, option: alt, reason: "no such code"}
  - {code: W207, reason: "names nothing"}
  - {code: W207, file: options/alt.yaml, option: alt, reason: "names two things"}
"""
    folder = appraisal(tmp_path, accepted)
    result = validate(folder)
    assert result.exit_code == 1
    assert result.stdout == f"""\
{folder}/criteria.yaml:16:5: error: accepted: W999 is no warning code (see adm-appraise validate --list-codes) [E113]
{folder}/criteria.yaml:17:5: error: accepted: W207 names nothing to accept it for: give file, option or criterion \
(option and criterion for one score) [E111]
{folder}/criteria.yaml:18:5: error: accepted: W207 names a file and an option or criterion: give one or the other \
[E113]
3 errors, 0 warnings in 3 files
"""
    folder = appraisal(tmp_path / "error", 'accepted:\n  - {code: E204, option: alt, reason: "an error"}\n')
    assert validate(folder).stdout == (f"{folder}/criteria.yaml:16:12: error: accepted[0].code 'E204' is not a "
                                       "warning's code (W and three digits): errors cannot be accepted [E113]\n"
                                       "1 error, 0 warnings in 3 files\n")


def test_json_and_github_mark_accepted_warnings(tmp_path: Path) -> None:
    folder = appraisal(tmp_path, EVERY_KIND)
    data = json.loads(validate(folder, "--format", "json").stdout)
    assert (data["errors"], data["warnings"], data["accepted"]) == (0, 1, 4)
    cost = next(p for p in data["problems"] if p["code"] == "W212")
    assert cost["accepted"] is True and cost["reason"] == "Local on purpose."
    assert "accepted" not in next(p for p in data["problems"] if p["code"] == "W202")
    github = validate(folder, "--format", "github").stdout.splitlines()
    assert github[1] == (f"::notice file={folder}/criteria.yaml,line=10,col=5,title=W212 local-measure-scale "
                         "(accepted)::measure 'cost' is on a local scale: its 0 and 100 are the worst and best "
                         "options, so they move whenever an option is added or removed; give 'range: [worst, best]' "
                         "for a fixed scale Accepted: Local on purpose.")
    assert [line.split(" ", 1)[0] for line in github[:-1]] == ["::warning", "::notice", "::notice", "::notice",
                                                               "::notice"]


def test_the_report_lists_what_was_accepted_and_why(tmp_path: Path) -> None:
    folder = appraisal(tmp_path, EVERY_KIND)
    result = CliRunner().invoke(main, ["report", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0
    section = result.stdout.split("### Warnings accepted\n", 1)[1].split("## ", 1)[0]
    assert result.stdout.count("### Warnings accepted") == 1
    assert "differences (margins, \"vs baseline\") are worked out from the scores as shown.\n\n### Warnings" \
           in result.stdout
    assert section == """
The appraisal's checks raise these warnings; each was weighed and accepted, for the reason given.

- **W212** (a measure has no range: its 0 and 100 move when an option is added or removed), for criterion cost: \
Local on purpose. (accepted by Finance, 2026-03-01)
- **W207** (an eligible option scores below the business-as-usual baseline), for option alt: Kept as the \
partnership benchmark.
- **W203** (a score has no rationale), for alt on quality: Minuted at moderation.
- **W206** (an eligible option is no better than another on any criterion, worse on one), for options/alt.yaml: \
Dominated, and kept all the same.

"""
    html = CliRunner().invoke(main, ["report", str(folder), "--format", "html"], catch_exceptions=False).stdout
    assert "<h3>Warnings accepted</h3>" in html
    assert "<li><strong>W207</strong> (an eligible option scores below the business-as-usual baseline), for option " \
           "alt: Kept as the partnership benchmark.</li>" in html


def test_other_commands_leave_accepted_warnings_off_stderr(tmp_path: Path) -> None:
    from tests.files.test_panel import panel_appraisal

    folder = panel_appraisal(tmp_path)
    before = CliRunner().invoke(main, ["score", str(folder)], catch_exceptions=False)
    assert before.stderr == (f"{folder}/options/y.yaml:3:1: warning: y: no moderated score on 'quality'; the panel "
                             "median (4.5) stands in [W405]\n")
    with open(folder / "criteria.yaml", "a", encoding="utf-8") as handle:
        handle.write('accepted:\n  - {code: W405, option: y, reason: "The median is the agreed score."}\n')
    after = CliRunner().invoke(main, ["score", str(folder)], catch_exceptions=False)
    assert after.exit_code == 0
    assert after.stderr == ""
    assert after.stdout == before.stdout
    assert validate(folder).stdout.splitlines()[-1].endswith(", 1 accepted in 6 files")
