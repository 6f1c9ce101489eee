"""adm-appraise explain: a problem code's page, by code or name, in text, Markdown or JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from adm_appraise.problems import CODES
from adm_appraise.render.explain import markdown_page, pages


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), prog_name="adm-appraise")


E203 = """\
E203 off-scale (error)
  a score lies outside the scale, or a range is out of order

Why it matters
  A score outside the scale (7 on a 0-5 scale) would give a value above 100 or below 0
  and distort the weighted sum; a range whose low, score and high are out of order
  cannot be sampled.

Example
  Start from the 'small' example appraisal: three options (in_house, the baseline;
  trust; company) scored on two criteria and a measure, with one gate.
  In options/trust.yaml:
    -  quality: {score: 4, rationale: The trust's record elsewhere}
    +  quality: {score: 7, rationale: The trust's record elsewhere}
  $ adm-appraise validate
  options/trust.yaml:5:20: error: trust: quality score 7 is off the scale 0-5 [E203]
  1 error, 0 warnings in 4 files
  (exit 1)

Fix
  Give a score on the scale (see appraisal: scale: in criteria.yaml), or put low <=
  score <= high.
"""


@pytest.mark.parametrize("name", ["E203", "e203", "off-scale", "OFF-SCALE", " off-scale "])
def test_a_page_by_code_or_name_in_any_case(name: str) -> None:
    result = run("explain", name)
    assert result.exit_code == 0
    assert result.stdout == E203


def test_a_warning_page_says_how_to_accept_it() -> None:
    out = run("explain", "W203").stdout
    assert out.endswith("    accepted:\n      - {code: W203, option: trust, criterion: quality, reason: \"Scored from "
                        "the soft market test, to follow\"}\n")
    assert "Accepting it" not in run("explain", "E203").stdout


@pytest.mark.parametrize(("name", "message"), [
    ("E2O3", "Error: no problem code or name 'E2O3'; did you mean E213 (bad-value-function), E203 (off-scale), "
             "W213 (unmatched-acceptance)? (adm-appraise validate --list-codes lists them all)\n"),
    ("offscale", "Error: no problem code or name 'offscale'; did you mean E203 (off-scale), E907 (off-scale-cell), "
                 "E214 (off-level)? (adm-appraise validate --list-codes lists them all)\n"),
    ("zzzz", "Error: no problem code or name 'zzzz' (adm-appraise validate --list-codes lists them all)\n"),
    ("\x1b[2J", "Error: no problem code or name '\\x1b[2J' (adm-appraise validate --list-codes lists them all)\n"),
])
def test_an_unknown_code_suggests_the_nearest_and_exits_1(name: str, message: str) -> None:
    result = run("explain", name)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message)


@pytest.mark.parametrize("args", [[], ["E203", "--all"]])
def test_a_code_or_all_is_a_usage_error_otherwise(args: list[str]) -> None:
    result = run("explain", *args)
    assert result.exit_code == 2 and "give a CODE, or --all (not both)" in result.stderr


def test_markdown_page() -> None:
    page = markdown_page("E203")
    assert page.startswith("## E203 off-scale\n\n*Error: a score lies outside the scale, or a range is out of "
                           "order.*\n\n")
    assert ("```diff\n-  quality: {score: 4, rationale: The trust's record elsewhere}\n"
            "+  quality: {score: 7, rationale: The trust's record elsewhere}\n```\n") in page
    assert ("```console\n$ adm-appraise validate\noptions/trust.yaml:5:20: error: trust: quality score 7 is off "
            "the scale 0-5 [E203]\n1 error, 0 warnings in 4 files\n```\n") in page
    assert run("explain", "off-scale", "--format", "markdown").stdout == page
    assert markdown_page("E203", level=3).startswith("### E203 off-scale\n")


def test_json_page_and_all() -> None:
    page = json.loads(run("explain", "E910", "--format", "json").stdout)
    assert page["example"]["before"] == ["adm-appraise panel forms -o forms"]
    assert page["example"]["command"] == "adm-appraise panel import forms/ann.xlsx --force"
    assert page["example"]["exit"] == 1 and page["example"]["output"][0].endswith("[E910]")
    every = json.loads(run("explain", "--all", "--format", "json").stdout)
    assert [p["code"] for p in every] == list(CODES)
    assert [p["code"] for p in every if p["example"] is None] == ["E304", "E307", "E903"]


def test_all_pages_in_markdown_are_the_api_pages_joined() -> None:
    result = run("explain", "--all", "--format", "markdown")
    assert result.stdout == "\n".join(pages("markdown").values())
    assert result.stdout.count("\n## ") == len(CODES) - 1


def test_explain_does_not_import_pandas_or_numpy() -> None:
    code = ("import sys; from adm_appraise.cli import main\n"
            "try:\n    main(['explain', 'E203'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'numpy', 'jinja2', 'scipy', 'pydantic', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_a_file_written_whole_says_whether_it_replaces_one() -> None:
    assert "  Replace the whole of options/trust.yaml by:\n    id: trust\n" in run("explain", "W408").stdout
    assert "Write `panel/ann2.yaml`:\n\n```yaml\nassessor: {id: ann," in markdown_page("E406")
    assert "Write `templates/report.md.j2`:\n\n```text\n# {{ title }\n```" in markdown_page("E301")
    assert "Delete `longlist.yaml`." in markdown_page("E706")
