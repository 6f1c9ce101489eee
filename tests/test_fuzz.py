"""Fuzzing with a fixed budget, in process: mutated copies of every kind of file an appraisal has
(criteria.yaml, option files, longlist.yaml, panel/*.yaml, the weighting: and economics: blocks,
costs and benefits) through every command that reads them, and mutated spreadsheets through
import. Whatever the mutation, each command exits 0, 1 or 2 (never an uncaught exception or a
warning), prints no raw control or bidi character, every problem is one line, and JSON never
holds NaN or Infinity.

The suite runs a small budget on a fixed sequence of examples (the same every run, in CI too);
ADM_FUZZ_EXAMPLES=5000 runs longer, ADM_FUZZ_RANDOM=1 explores afresh, and
``python benchmarks/fuzz.py`` measures examples per second for each surface.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adm_appraise.cli import main
from adm_appraise.problems import UNSAFE
from tests.conftest import ROOT

SCALAR = r"(?<=: )[^\n{}\[\],#]+"
NASTY = ["0", "-1", "5", "6", "0.0000001", "5.0000000001", "1e15", "-1e15", "1e308", "9" * 400, "''", "null", "~",
         "[]", "{}", "[1, 2]", "{score: 1}", "yes", ".nan", "-.inf", "&a x", "*a", "!!python/object:os.system",
         "\"x\\n::stop-commands::tok\"", "\"\\u202e\\x1b[2J\"", "30%", "1,640", "'=cmd|x'", "measure", "lower",
         "higher", "[8, 0]", "[0, 0]", "fail", "conditional", "pass", "{value: 1,640}", "\"\"", "business_as_usual",
         "2019..2028", "2030..2019", "{2019: 5}", "rank", "swing", "pairwise", "direct", "1/9", "abstain", "partly",
         "www.evil.example", "me@evil.example", "\"\\x9b2J\"", "-0", "0x10", "1_000"]
EXAMPLES_DIR = ROOT / "examples"


@dataclass(frozen=True)
class Surface:
    """What is mutated: files matching ``pattern`` in a copy of ``source``; with ``block``, only the
    lines of that top-level key of criteria.yaml."""

    name: str
    source: Path
    pattern: str
    block: str | None = None


SURFACES = [
    Surface("criteria", ROOT, "criteria.yaml"),
    Surface("options", ROOT, "options/*.yaml"),
    Surface("longlist", ROOT, "longlist.yaml"),
    Surface("panel", EXAMPLES_DIR / "panel-leisure", "panel/*.yaml"),
    Surface("moderation", EXAMPLES_DIR / "panel-leisure", "options/*.yaml"),
    Surface("weighting", EXAMPLES_DIR / "ordinal", "criteria.yaml", "weighting"),
    Surface("draft-weights", EXAMPLES_DIR / "draft-weights", "*.yaml"),
    Surface("economics", EXAMPLES_DIR / "adm-value-for-money", "criteria.yaml", "economics"),
    Surface("costs", EXAMPLES_DIR / "adm-value-for-money", "options/*.yaml"),
    Surface("paper", EXAMPLES_DIR / "all-features", "paper.yaml"),
]

# A fixed, small budget in the suite (the same examples every run); ADM_FUZZ_EXAMPLES=5000 and
# ADM_FUZZ_RANDOM=1 explore further by hand.
EXAMPLES = int(os.environ.get("ADM_FUZZ_EXAMPLES", "8"))
RANDOM = os.environ.get("ADM_FUZZ_RANDOM") == "1" and not os.environ.get("CI")
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not RANDOM, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
RUNS: dict[str, int] = {}  # examples run per surface (benchmarks/fuzz.py reads it)

KINDS = ["value", "value", "value", "delete-line", "duplicate-line", "truncate", "bytes", "indent"]


@st.composite
def mutations(draw: st.DrawFn) -> list[tuple[int, str, int, str]]:
    """A few edits: (file index, kind, position, text)."""
    edit = st.tuples(st.integers(0, 40), st.sampled_from(KINDS), st.integers(0, 10_000),
                     st.one_of(st.sampled_from(NASTY), st.text(max_size=6)))
    return draw(st.lists(edit, min_size=1, max_size=4))


def mutate(text: str, kind: str, position: int, token: str, scalar: str = SCALAR) -> str:
    lines = text.split("\n")
    n = position % max(len(lines), 1)
    if kind == "value":
        spots = list(re.finditer(scalar, text))
        if not spots:
            return text
        spot = spots[position % len(spots)]
        return text[: spot.start()] + token + text[spot.end():]
    if kind == "delete-line":
        return "\n".join(lines[:n] + lines[n + 1:])
    if kind == "duplicate-line":
        return "\n".join(lines[: n + 1] + lines[n:])
    if kind == "truncate":
        return text[: position % (len(text) + 1)]
    if kind == "indent":
        return "\n".join(lines[:n] + ["\t" + lines[n] if lines else ""] + lines[n + 1:])
    return text[: position % (len(text) + 1)] + token + text[position % (len(text) + 1):]


def block_span(text: str, key: str) -> tuple[int, int]:
    """Where the top-level key ``key`` of a YAML text starts and ends (the next top-level key); the
    whole text once an earlier edit has removed the key."""
    start = re.search(rf"(?m)^{key}:", text)
    if start is None:
        return 0, len(text)
    end = re.search(r"(?m)^[^\s#]", text[start.end():])
    return start.start(), start.end() + end.start() if end else len(text)


def apply(path: Path, kind: str, position: int, token: str, block: str | None = None) -> None:
    raw = path.read_bytes()
    if kind == "bytes" and block is None:
        path.write_bytes(raw[: position % (len(raw) + 1)] + token.encode("utf-8", "surrogatepass")[:4] + b"\xff")
        return
    text = raw.decode("utf-8", "replace")
    start, end = block_span(text, block) if block else (0, len(text))
    path.write_text(text[:start] + mutate(text[start:end], kind, position, token) + text[end:], encoding="utf-8")


def no_constant(name: str) -> float:
    raise AssertionError(f"JSON holds {name}")


def finite_json(text: str) -> None:
    def walk(node: object) -> None:
        if isinstance(node, float):
            assert math.isfinite(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(text, parse_constant=no_constant))


def check(args: list[str]) -> Result:
    """Run a command in process; the invariants every command keeps whatever its input."""
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert result.exit_code in (0, 1, 2), (args, result.output)
    for stream in (result.stdout, result.stderr):
        raw = {c for c in UNSAFE.findall(stream) if c not in "\n\t"}
        assert not raw, (args, raw)
        assert "Traceback" not in stream
    if result.exit_code == 1:
        done = result.stderr.rstrip("\n").endswith("nothing was done")
        assert done or args[0] == "validate", (args, result.stderr)
    if "json" in args and result.stdout:
        finite_json(result.stdout)
    return result


def copy(source: Path, folder: Path) -> Path:
    for name in ("criteria.yaml", "longlist.yaml", "paper.yaml"):
        if (source / name).is_file():
            shutil.copy(source / name, folder / name)
    for name in ("options", "panel"):
        if (source / name).is_dir():
            shutil.copytree(source / name, folder / name)
    return folder


def run_commands(original: Path, folder: Path) -> None:
    """Every command that reads the files; past validate only when the files are valid."""
    report = json.loads(check(["validate", "--format", "json", str(folder)]).stdout)
    for problem in report["problems"]:
        assert problem["code"] and problem["line"] >= 0
    text = check(["validate", str(folder)]).stdout
    assert len(text.splitlines()) == len(report["problems"]) + 1  # one problem, one line
    check(["validate", "--format", "github", str(folder)])
    if check(["score", "--format", "json", str(folder)]).exit_code != 0:
        return
    check(["sensitivity", "--format", "json", "--samples", "30", str(folder)])
    check(["weights", "--format", "json", str(folder)])
    check(["diff", str(original), str(folder), "--format", "json"])
    check(["diff", str(original), str(folder), "--format", "markdown"])
    if (folder / "panel").is_dir():
        check(["panel", "--format", "json", str(folder)])
    if (folder / "longlist.yaml").is_file():
        check(["longlist", "--format", "json", str(folder)])
    if "economics:" in (folder / "criteria.yaml").read_text(encoding="utf-8", errors="replace"):
        check(["value", "--format", "json", str(folder)])
    check(["report", "--samples", "30", str(folder)])
    if (folder / "paper.yaml").is_file():
        for document in ("committee", "business-case"):
            check(["report", "--samples", "30", "--template", document, "-o", str(folder.parent / "paper.md"),
                   str(folder)])


@FUZZ
@given(edits=mutations())
@pytest.mark.parametrize("surface", SURFACES, ids=lambda s: s.name)
def test_mutated_appraisals_fail_cleanly(tmp_path_factory: pytest.TempPathFactory, surface: Surface,
                                         edits: list[tuple[int, str, int, str]]) -> None:
    RUNS[surface.name] = RUNS.get(surface.name, 0) + 1
    original = copy(surface.source, tmp_path_factory.mktemp("original"))
    folder = copy(surface.source, tmp_path_factory.mktemp("fuzz"))
    targets = sorted(folder.glob(surface.pattern))
    assert targets, surface
    if surface.block:
        assert re.search(rf"(?m)^{surface.block}:", targets[0].read_text(encoding="utf-8")), surface
    for index, kind, position, token in edits:
        apply(targets[index % len(targets)], kind, position, token, surface.block)
    run_commands(original, folder)


# Spreadsheets for import: the cells of the example matrix (CSV), and a workbook's cells and parts (xlsx).
CSV_CELL = r"(?<=,)[^,\n\"]+|(?<=\n)[^,\n\"]+"
CELL_VALUES = st.one_of(st.sampled_from(NASTY), st.text(max_size=6), st.floats(allow_nan=True), st.integers(),
                        st.sampled_from(["=1/0", "=A1", "=Sheet!B2", "=SUM(B3:B9)", "#REF!", None, True]))


def run_import(source: Path, target: Path, *extra: str) -> None:
    if check(["import", str(source), str(target), *extra]).exit_code == 0:
        check(["score", "--format", "json", str(target)])


@FUZZ
@given(edits=mutations())
def test_mutated_csv_imports_cleanly(tmp_path_factory: pytest.TempPathFactory,
                                     edits: list[tuple[int, str, int, str]]) -> None:
    RUNS["import-csv"] = RUNS.get("import-csv", 0) + 1
    folder = tmp_path_factory.mktemp("csv")
    source = folder / "scores.csv"
    shutil.copy(EXAMPLES_DIR / "import/scores.csv", source)
    for _, kind, position, token in edits:
        if kind == "bytes":
            raw = source.read_bytes()
            source.write_bytes(raw[: position % (len(raw) + 1)] + token.encode("utf-8", "surrogatepass")[:4])
        else:
            text = source.read_text(encoding="utf-8", errors="replace")
            source.write_text(mutate(text, kind, position, token.replace(",", ";"), CSV_CELL), encoding="utf-8")
    run_import(source, folder / "out")


@st.composite
def workbook_edits(draw: st.DrawFn, rows: int = 14, parts: bool = True) -> list[tuple[str, int, int, object]]:
    """(kind, row, column, value): a cell set, a row deleted or inserted, a range merged, a part of the file broken."""
    kinds = st.sampled_from(["cell", "cell", "cell", "delete-row", "insert-row", "merge", *(["part"] if parts else [])])
    return draw(st.lists(st.tuples(kinds, st.integers(1, rows), st.integers(1, 8), CELL_VALUES), min_size=1,
                         max_size=4))


def edit_workbook(path: Path, edits: list[tuple[str, int, int, object]], sheet_name: str | None = None) -> None:
    from openpyxl import load_workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = load_workbook(path)
    sheet = book[sheet_name] if sheet_name else book.worksheets[0]
    parts = []
    for kind, row, column, value in edits:
        if kind == "cell":
            cell = sheet.cell(row, column)
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)  # what openpyxl cannot write (a workbook cannot hold)
            if type(cell).__name__ != "MergedCell":  # only a range's first cell holds a value
                cell.value = value
        elif kind == "delete-row":
            sheet.delete_rows(row)
        elif kind == "insert-row":
            sheet.insert_rows(row)
        elif kind == "merge":
            sheet.merge_cells(start_row=row, start_column=column, end_row=row + 1, end_column=column + 1)
        else:
            parts.append((row, column, value))
    book.save(path)
    for row, column, value in parts:  # a damaged part: cut short, or a piece of text spliced in
        with zipfile.ZipFile(path) as archive:
            items = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
        name, data = items[row % len(items)]
        cut = (column * 97) % (len(data) + 1)
        spliced = data[:cut] + (str(value).encode("utf-8", "surrogatepass") if column % 2 else b"")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for item, content in items:
                archive.writestr(item, spliced if item == name else content)
        path.write_bytes(buffer.getvalue())


@FUZZ
@given(edits=workbook_edits())
def test_mutated_workbooks_import_cleanly(tmp_path_factory: pytest.TempPathFactory,
                                          edits: list[tuple[str, int, int, object]]) -> None:
    pytest.importorskip("openpyxl")
    RUNS["import-xlsx"] = RUNS.get("import-xlsx", 0) + 1
    folder = tmp_path_factory.mktemp("xlsx")
    source = folder / "scores.xlsx"
    shutil.copy(EXAMPLES_DIR / "import/scores.xlsx", source)
    edit_workbook(source, edits)
    run_import(source, folder / "out")


@FUZZ
@given(edits=workbook_edits(rows=60, parts=False))
def test_mutated_weighting_sheets_import_cleanly(tmp_path_factory: pytest.TempPathFactory,
                                                 edits: list[tuple[str, int, int, object]]) -> None:
    # the Weighting sheet of the all-features export (a three-level tree: direct, swing, MACBETH, pairwise by
    # two judges, rank), its cells edited, rows moved or merged: a fresh import rebuilds the record or refuses
    pytest.importorskip("openpyxl")
    RUNS["import-weighting"] = RUNS.get("import-weighting", 0) + 1
    folder = tmp_path_factory.mktemp("weighting")
    source = folder / "tree.xlsx"
    shutil.copy(_exported_tree(tmp_path_factory), source)
    edit_workbook(source, edits, "Weighting")
    run_import(source, folder / "out")
    if (folder / "out" / "criteria.yaml").exists():
        check(["weights", "--format", "json", str(folder / "out")])


def _exported_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The all-features workbook, exported once a run."""
    book = tmp_path_factory.getbasetemp() / "all-features.xlsx"
    if not book.exists():
        assert check(["export", "--samples", "100", "-o", str(book), str(EXAMPLES_DIR / "all-features")]).exit_code == 0
    return book


SURFACE_TESTS: dict[str, Callable[..., None]] = {
    **{s.name: lambda factory, s=s: test_mutated_appraisals_fail_cleanly(factory, s) for s in SURFACES},
    "import-csv": test_mutated_csv_imports_cleanly,
    "import-xlsx": test_mutated_workbooks_import_cleanly,
    "import-weighting": test_mutated_weighting_sheets_import_cleanly,
}
