"""Every command's terminal output fits the terminal's width, and names every option in full.

Run on the bundled appraisal, examples/all-features and the wide case (10 criteria, 15 options
with long names) at 80, 100 and 120 columns. A name wrapped inside a table column is read back
by joining that column's lines (a word broken as a last resort joins up too: whitespace is
ignored); a criterion coded C1, C2, ... is named in the key under its table.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise import load_appraisal
from adm_appraise.cli import main
from tests.conftest import ROOT, make_wide_appraisal

WIDTHS = (80, 100, 120)
# the compiler-style problem lines of validate (path:line:col: severity: message [CODE]) stay one
# line each, whatever the width, for editors and CI problem matchers to read
PROBLEM = re.compile(r"^\S+:\d+:\d+: (error|warning)")
SEPARATOR = re.compile(r"^-+(  +-+)*$")
# (command, the options its output names: every one, those scored, those eligible, or not checked)
COMMANDS = [("score", "all"), ("score --ids", None), ("sensitivity", "eligible"), ("value", None),
            ("panel", None), ("longlist", None), ("weights", None), ("validate", None), ("diff", "scored")]


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {"bundled": ROOT, "all-features": ROOT / "examples" / "all-features",
            "wide": make_wide_appraisal(tmp_path_factory.mktemp("fit") / "wide")}


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def readable(out: str) -> str:
    """The output with each simple table's columns read top to bottom (whitespace removed)."""
    lines = out.splitlines()
    parts = []
    for i, line in enumerate(lines):
        if not SEPARATOR.match(line):
            continue
        spans = [m.span() for m in re.finditer(r"-+", line)]
        spans = [(a, spans[k + 1][0] if k + 1 < len(spans) else 10**6) for k, (a, _) in enumerate(spans)]
        start = i
        while start > 0 and lines[start - 1].strip():
            start -= 1
        end = i + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        for a, b in spans:
            parts.append("".join(row[a:b] for row in lines[start:i]))
            parts.append("".join(row[a:b] for row in lines[i + 1:end]))
    return squashed(out) + "|" + "|".join(squashed(p) for p in parts)


def run(folder: Path, command: str, width: int) -> tuple[int, str]:
    words = command.split()
    args = [words[0], str(folder), str(folder), *words[1:]] if words[0] == "diff" else [*words, str(folder)]
    result = CliRunner().invoke(main, args, env={"COLUMNS": str(width)}, catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("command", "named"), COMMANDS)
@pytest.mark.parametrize("case", ["bundled", "all-features", "wide"])
def test_every_command_fits_the_width_and_names_every_option(
        cases: dict[str, Path], case: str, command: str, named: str | None, width: int) -> None:
    code, out = run(cases[case], command, width)
    if code != 0:  # a command the case has nothing for (no panel, no economic case): said, not a table
        assert len(out.splitlines()) <= 3
        return
    wide = [line for line in out.splitlines() if len(line) > width and not PROBLEM.match(line)]
    assert wide == [], f"{len(wide)} line(s) wider than {width}"
    if named:
        ranking = json.loads(run(cases[case], "score --format json", width)[1])["ranking"]
        names = {"all": [o.name for o in load_appraisal(cases[case]).options],
                 "scored": [r["name"] for r in ranking],
                 "eligible": [r["name"] for r in ranking if r["eligible"]]}[named]
        assert len(names) >= 6
        shown = readable(out)
        assert [name for name in names if squashed(name) not in shown] == []


def test_the_wide_score_table_codes_its_criteria_with_a_key(cases: dict[str, Path]) -> None:
    _, out = run(cases["wide"], "score", 100)
    lines = out.splitlines()
    # the key names each code once, in the criteria's order
    key = [line for line in lines if re.match(r"^C\d+  ", line)]
    assert [k.split()[0] for k in key] == [f"C{k}" for k in range(1, 11)]
    assert key[0] == "C1  Improvement for children: pace and sustainability of change"
    # at 120 the bundled table needs no codes: the criteria are named in its header
    _, out = run(ROOT, "score", 120)
    assert not any(re.match(r"^C\d+  ", line) for line in out.splitlines())
    assert "Managing" in out.split("----", 1)[0]
