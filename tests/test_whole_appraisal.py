"""One appraisal, every feature at once: generated appraisals (tests/appraisals.py) through every
command, in process.

For a valid appraisal every command exits 0 with no traceback and finite JSON, and the ranking
is the same wherever it is shown: ``score --format json``, the Markdown and HTML reports, the
exported workbook (recalculated by LibreOffice, in one run at the end of the module) and the
workbook imported back, ``sensitivity`` (its leader), ``value`` (its scores), ``weights`` (its
weights), ``diff`` against an edited copy (the new scores, and parts that add up to each
change). For a broken copy (one typo'd key, tab, wrong id, removed score, off-scale value...)
validate exits 1 naming the broken file, and every other command exits 1 with the problems on
stderr and nothing written. Every DOCUMENT_EVERY-th valid appraisal is also written as PDF and Word.

CI (the ``CI`` variable set) runs a fixed, derandomised set of examples; ADM_WHOLE_EXAMPLES=N
(or benchmarks/whole_appraisal.py) runs more, and ADM_WHOLE_RANDOM=1 explores afresh.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from adm_appraise.cli import main
from adm_appraise.render.numbers import shown
from tests.appraisals import KINDS, Appraisal, appraisals, edits, mutations

EXAMPLES = int(os.environ.get("ADM_WHOLE_EXAMPLES", "24"))
RANDOM = os.environ.get("ADM_WHOLE_RANDOM") == "1"
SAMPLES = "40"
# pdf and docx are slow: every DOCUMENT_EVERY-th valid appraisal of a run is also written as both.
DOCUMENT_EVERY = int(os.environ.get("ADM_WHOLE_DOCUMENT_EVERY", "6"))

COUNTS: Counter[str] = Counter()  # what this run did, printed at the end of the module
WORKBOOKS: list[tuple[Path, dict[str, Any]]] = []  # (exported workbook, score --format json)

PROBLEM = re.compile(r"^(?P<path>[^:\n]+)(?::\d+:\d+)?: (?P<level>error|warning|note): .+ \[[EWN]\d{3}\]$")


def strict_json(text: str) -> Any:
    def refuse(constant: str) -> Any:
        raise AssertionError(f"JSON holds {constant}")
    return json.loads(text, parse_constant=refuse)


def invoke(*args: str) -> Result:
    COUNTS["command runs"] += 1
    result = CliRunner().invoke(main, list(args))
    return result


def clean(result: Result, args: tuple[str, ...]) -> None:
    """No traceback, whatever the exit code."""
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert "Traceback" not in result.output, (args, result.output)


def judged_alike(value: Any) -> Any:
    """``weights --format json`` with every list of judgements (pairwise or MACBETH) in one order."""
    if isinstance(value, dict):
        return {k: judged_alike(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [judged_alike(v) for v in value]
        if items and all(isinstance(v, dict) and "first" in v and "second" in v for v in items):
            return sorted(items, key=lambda v: (v["first"], v["second"]))
        return items
    return value


def ok(*args: str) -> Result:
    result = invoke(*args)
    clean(result, args)
    assert result.exit_code == 0, (args, result.output)
    return result


def refused(*args: str) -> Result:
    """Exit 1 with every problem on one line and 'nothing was done' last."""
    result = invoke(*args)
    clean(result, args)
    assert result.exit_code == 1, (args, result.output)
    lines = result.stderr.rstrip("\n").splitlines()
    assert lines and lines[-1].startswith("adm-appraise: ") and lines[-1].endswith("nothing was done"), lines
    for line in lines[:-1]:
        assert PROBLEM.match(line) or line.startswith("adm-appraise: "), line
    return result


# --- where the ranking is shown ----------------------------------------------------------------

def expected_rows(score: dict[str, Any]) -> list[tuple[int, str, str]]:
    """(rank, option name, score to one decimal) of the eligible options, as the reports show them
    (rounded half away from zero)."""
    return [(r["rank"], r["name"], f"{shown(r['score']):.1f}") for r in score["ranking"] if r["eligible"]]


def markdown_ranking(text: str) -> list[tuple[int, str, str]]:
    section = text.split("\n### Ranking\n", 1)[1].split("\n### ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        if len(cells) > 3 and cells[0].isdigit():
            name = re.sub(r" \(conditional\)$", "", cells[1])
            rows.append((int(cells[0]), name, cells[2].strip("*")))
    return rows


class _RankingTable(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.inside = self.in_body = self.in_badge = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.inside = ("class", "ranking") in attrs
        elif self.inside and tag == "tbody":
            self.in_body = True
        elif self.in_body and tag == "tr":
            self.rows.append([])
        elif self.in_body and tag in ("td", "th"):
            self.rows[-1].append("")
        elif self.in_body and tag == "span" and any(k == "class" and "badge" in (v or "") for k, v in attrs):
            self.in_badge = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.inside = self.in_body = False
        elif tag == "span":
            self.in_badge = False

    def handle_data(self, data: str) -> None:
        if self.in_body and self.rows and self.rows[-1] and not self.in_badge:
            self.rows[-1][-1] += data


def html_ranking(text: str) -> list[tuple[int, str, str]]:
    parser = _RankingTable()
    parser.feed(text)
    return [(int(r[0]), r[1].strip(), r[2].strip()) for r in parser.rows]


def same_scores(a: dict[str, Any], b: dict[str, Any]) -> None:
    """Two score --format json outputs rank the same options alike."""
    assert [(r["id"], r["rank"], r["eligible"], r["shortlisted"]) for r in a["ranking"]] == [
        (r["id"], r["rank"], r["eligible"], r["shortlisted"]) for r in b["ranking"]]
    assert [r["score"] for r in a["ranking"]] == pytest.approx([r["score"] for r in b["ranking"]], abs=1e-9)


@pytest.fixture(autouse=True, scope="module")
def _what_ran() -> Iterator[None]:
    """What the run covered, printed at the end of the module (pytest -s shows it)."""
    yield
    print("\nwhole-appraisal run:", ", ".join(f"{k}: {v}" for k, v in sorted(COUNTS.items())))


# --- the tests ----------------------------------------------------------------------------------

# ADM_WHOLE_SHRINK=0 reports a failure as found, without minimising it (quicker when exploring).
PHASES = [p for p in Phase if p != Phase.shrink or os.environ.get("ADM_WHOLE_SHRINK") != "0"]
PROFILE = settings(max_examples=EXAMPLES, deadline=None, derandomize=not RANDOM, database=None, phases=PHASES,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                          HealthCheck.data_too_large])


@PROFILE
@given(appraisal=appraisals(), data=st.data())
def test_every_command_agrees_on_a_valid_appraisal(tmp_path_factory: pytest.TempPathFactory,
                                                   appraisal: Appraisal, data: st.DataObject) -> None:
    COUNTS["valid appraisals"] += 1
    for feature in appraisal.features:
        COUNTS[f"feature {feature}"] += 1
    for c in appraisal.data["criteria.yaml"]["criteria"]:
        if c.get("value_function", {}).get("type") == "macbeth":
            COUNTS["MACBETH value functions"] += 1
    work = tmp_path_factory.mktemp("whole")
    folder = appraisal.write(work / "appraisal")
    report = strict_json(ok("validate", "--format", "json", str(folder)).stdout)
    assert not [p for p in report["problems"] if p["severity"] == "error"], report
    score = strict_json(ok("score", "--format", "json", str(folder)).stdout)
    assert {r["id"] for r in score["ranking"]} | {s["id"] for s in score.get("sifted_out", [])} == {
        p.removeprefix("options/").removesuffix(".yaml") for p in appraisal.options}
    ok("score", str(folder))
    ok("score", "--format", "csv", str(folder))
    leaders = {r["id"] for r in score["ranking"] if r["eligible"] and r["rank"] == 1}
    for name in appraisal.criteria.get("scenarios", {}):
        strict_json(ok("score", "--format", "json", "--scenario", name, str(folder)).stdout)

    # weights: the same weights as score uses
    weights = strict_json(ok("weights", "--format", "json", str(folder)).stdout)
    assert {c["id"]: c["weight"] for c in weights["criteria"]} == pytest.approx(
        {c["id"]: c["weight"] for c in score["criteria"]}, abs=1e-12)

    # sensitivity: its leader is the leader
    sens = strict_json(ok("sensitivity", "--format", "json", "--samples", SAMPLES, str(folder)).stdout)
    assert sens["leader"] in leaders or (not leaders and sens["leader"] is None), (sens["leader"], leaders)
    ok("sensitivity", "--samples", SAMPLES, "--weights", "uniform", str(folder))
    # node by node down the tree (a flat appraisal is one node): draws on the simplex, the same leader
    tree = strict_json(ok("sensitivity", "--format", "json", "--samples", SAMPLES, "--weights", "tree",
                          str(folder)).stdout)
    assert tree["monte_carlo"]["weights"] == "tree" and tree["leader"] == sens["leader"]
    for shares in tree["monte_carlo"]["rank_acceptability"].values():
        assert sum(shares.values()) == pytest.approx(1.0)
    # within the MACBETH judgements where a level has them (else a usage error): the same leader
    if appraisal.judged_by_macbeth():
        COUNTS["draws within MACBETH judgements"] += 1
        within = strict_json(ok("sensitivity", "--format", "json", "--samples", SAMPLES, "--weights", "judgements",
                                str(folder)).stdout)
        assert within["monte_carlo"]["weights"] == "judgements" and within["leader"] == sens["leader"]
    else:
        args = ("sensitivity", "--samples", SAMPLES, "--weights", "judgements", str(folder))
        result = invoke(*args)
        clean(result, args)
        assert result.exit_code == 2 and "method: macbeth" in result.stderr, (args, result.output)

    # the reports show the ranking score gives
    ok("report", "--samples", SAMPLES, "--format", "markdown", "-o", str(work / "r.md"), str(folder))
    assert markdown_ranking((work / "r.md").read_text(encoding="utf-8")) == expected_rows(score)
    ok("report", "--samples", SAMPLES, "--format", "html", "-o", str(work / "r.html"), str(folder))
    assert html_ranking((work / "r.html").read_text(encoding="utf-8")) == expected_rows(score)
    if DOCUMENT_EVERY and COUNTS["valid appraisals"] % DOCUMENT_EVERY == 1:
        for kind in ("pdf", "docx"):
            ok("report", "--samples", SAMPLES, "--format", kind, "-o", str(work / f"r.{kind}"), str(folder))
            assert (work / f"r.{kind}").stat().st_size > 0
            COUNTS[f"{kind} reports"] += 1

    # the workbook: recalculated at the end of the module; imported back, it scores alike
    book = work / f"{work.name}.xlsx"  # unique: the recalculated copies share one folder
    ok("export", "--samples", SAMPLES, "-o", str(book), str(folder))
    WORKBOOKS.append((book, score))
    imported = ok("import", str(book), str(work / "back"))
    # value functions come back from their row; a discrete one whose criterion the sheet scores between
    # levels (a panel's median) comes back as the piecewise function through its points (W904), alike
    if "[W904]" in imported.output:
        COUNTS["imports of a discrete function as piecewise"] += 1
    same_scores(strict_json(ok("score", "--format", "json", str(work / "back")).stdout), score)
    if "weighting" in appraisal.criteria:  # the record and its value tree come back from the Weighting sheet
        COUNTS["imports of a weighting record"] += 1
        # the same judgements: a row of a matrix comes back in the matrix's column order, which need not be
        # the order criteria.yaml wrote them in (no meaning rests on it)
        assert judged_alike(strict_json(ok("weights", "--format", "json", str(work / "back")).stdout)) == \
            judged_alike(weights)
    # merged back into the appraisal it came from, the unchanged workbook changes no byte of any file
    before = {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    assert ok("import", str(book), str(folder)).stdout.endswith(f"no changes: {folder} already matches {book}\n")
    assert {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} == before

    # value: the same scores, where there is an economic case
    if "economics" in appraisal.criteria:
        vfm = strict_json(ok("value", "--format", "json", str(folder)).stdout)
        scores = {r["id"]: r["score"] for r in score["ranking"]}
        for row in vfm["options"]:
            assert row["score"] == pytest.approx(scores[row["id"]], abs=1e-9), row["id"]
        for switch in vfm["switching_values"]:  # no line can fall below zero (E608)
            assert switch["change"] is None or switch["change"] >= -1 - 1e-9, switch
            assert switch["switching_pv"] is None or switch["switching_pv"] >= -1e-9, switch
    else:
        assert "[E609]" in refused("value", str(folder)).stderr

    # the panel, the long list
    if appraisal.panel:
        panel = strict_json(ok("panel", "--format", "json", str(folder)).stdout)
        assert panel
        ok("sensitivity", "--format", "json", "--scores", "panel", "--weights", "around", "--samples", SAMPLES,
           str(folder))
        # ordinal draws take scores from their ranges: with the panel, a usage error, asked for or by default
        for extra in (("--weights", "ordinal"), ()) if appraisal.ranked() else (("--weights", "ordinal"),):
            args = ("sensitivity", *extra, "--scores", "panel", "--samples", SAMPLES, str(folder))
            result = invoke(*args)
            clean(result, args)
            assert result.exit_code == 2 and "ordinal draws" in result.stderr, (args, result.output)
    else:
        assert "[E409]" in refused("panel", str(folder)).stderr
    if appraisal.ranked():
        ok("sensitivity", "--weights", "ordinal", "--samples", SAMPLES, str(folder))
    if "longlist.yaml" in appraisal.data:
        strict_json(ok("longlist", "--format", "json", str(folder)).stdout)
    if "risks.yaml" in appraisal.data:
        register = strict_json(ok("risks", "--format", "json", str(folder)).stdout)
        assert [r["id"] for r in register["risks"]] == [r["id"] for r in appraisal.data["risks.yaml"]["risks"]]
        ok("risks", str(folder))
    else:
        assert "[E775]" in refused("risks", str(folder)).stderr

    # the benefits register and the equality impact: each benefit and each option shown
    for name, key in (("benefits", "benefits"), ("equality", "options")):
        if f"{name}.yaml" in appraisal.data:
            shown = strict_json(ok(name, "--format", "json", str(folder)).stdout)
            ok(name, str(folder))
            written = appraisal.data[f"{name}.yaml"][key]  # a list of benefits, a mapping of options
            ids = {x["id"] for x in written} if name == "benefits" else set(written)
            assert ids <= {x["id"] for x in shown[key]}
        else:
            assert "[E765]" in refused(name, str(folder)).stderr
    # the committee paper and the business case: every section in order; exempt text only in the appendix
    paper = appraisal.data.get("paper.yaml", {})
    for document in ("committee", "business-case"):
        out = work / f"{document}.md"
        ok("report", "--template", document, "--samples", SAMPLES, "-o", str(out), str(folder))
        public = out.read_text(encoding="utf-8")
        texts = paper.get("business_case", {}) if document == "business-case" else paper
        exempt = [v for v in texts.values() if isinstance(v, dict) and "exempt" in v]
        for entry in exempt:
            assert entry["text"] not in public and entry["exempt"]["reason"] not in public, entry
        appendix = work / f"{document}-exempt-appendix.md"
        assert appendix.exists() == bool(exempt)
        if exempt:
            assert all(entry["text"] in appendix.read_text(encoding="utf-8") for entry in exempt)
            appendix.unlink()

    # diff against an edited copy: the new scores, and parts that add up to each change
    edited = data.draw(edits(appraisal), label="edit")
    other = edited.write(work / "edited")
    new = strict_json(ok("score", "--format", "json", str(other)).stdout)
    diff = strict_json(ok("diff", "--format", "json", str(folder), str(other)).stdout)
    new_scores = {r["id"]: r for r in new["ranking"]}
    for move in diff["movements"]:
        if move.get("new_score") is not None:
            assert move["new_score"] == pytest.approx(new_scores[move["id"]]["score"], abs=1e-9), move
            assert move["new_rank"] == (new_scores[move["id"]]["rank"] if new_scores[move["id"]]["eligible"]
                                        else move["new_rank"])
        if move.get("change") is not None and move.get("parts"):
            assert sum(move["parts"].values()) == pytest.approx(move["change"], abs=1e-9), move
    ok("diff", str(folder), str(other))
    ok("diff", "--format", "markdown", str(folder), str(other))
    COUNTS["valid appraisals checked in full"] += 1


def test_the_exported_workbooks_recalculate_to_the_ranking(tmp_path: Path) -> None:
    """Every workbook the test above exported, recalculated by LibreOffice in one run."""
    from tests.cli.test_export import assert_same
    from tests.spreadsheet import recalculate

    if not WORKBOOKS:
        pytest.skip("no workbook was exported (run with the test above)")
    import openpyxl

    copies = recalculate([book for book, _ in WORKBOOKS], tmp_path)
    for book, score in WORKBOOKS:
        COUNTS["workbooks recalculated"] += 1
        assert_same(openpyxl.load_workbook(copies[book], data_only=True), score)


COMMANDS = [("score",), ("sensitivity", "--samples", SAMPLES), ("value",), ("weights",), ("panel",),
            ("longlist",), ("risks",), ("benefits",), ("equality",), ("report", "--samples", SAMPLES)]


@settings(PROFILE, max_examples=max(1, EXAMPLES // 2))
@given(data=st.data())
@pytest.mark.parametrize("kind", KINDS)
def test_a_broken_appraisal_fails_cleanly_everywhere(tmp_path_factory: pytest.TempPathFactory, kind: str,
                                                     data: st.DataObject) -> None:
    base = data.draw(appraisals(), label="appraisal")
    mutation = data.draw(mutations(base, kind), label="mutation")
    COUNTS["broken appraisals"] += 1
    COUNTS[f"mutation {mutation.kind}"] += 1
    work = tmp_path_factory.mktemp("broken")
    folder = mutation.appraisal.write(work / "appraisal")
    result = invoke("validate", str(folder))
    clean(result, ("validate",))
    assert result.exit_code == 1, (mutation.kind, mutation.file, result.output)
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert errors, result.output
    for line in errors:
        assert PROBLEM.match(line), line
    assert any(Path(line.split(":", 1)[0]) == folder / mutation.file for line in errors), (
        mutation.kind, mutation.file, errors)
    for command in COMMANDS:
        refused(*command, str(folder))
    target = work / "out.xlsx"
    refused("export", "--samples", SAMPLES, "-o", str(target), str(folder))
    assert not target.exists()
    refused("report", "--samples", SAMPLES, "-o", str(work / "r.html"), str(folder))
    assert not (work / "r.html").exists()
    refused("diff", str(base.write(work / "before")), str(folder))

