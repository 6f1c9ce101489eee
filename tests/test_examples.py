"""The downloadable example spreadsheets: reproducible from their script, and they import as the bundled appraisal."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples" / "import"


def script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_examples", EXAMPLES / "make_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_examples_are_what_the_script_writes() -> None:
    module = script()
    assert (EXAMPLES / "scores.xlsx").read_bytes() == module.workbook()
    assert (EXAMPLES / "scores.csv").read_text(encoding="utf-8") == module.csv_text()


def ranking(folder: Path | str) -> list[tuple[object, ...]]:
    result = CliRunner().invoke(main, ["score", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(r["name"], r["rank"], r["score"], r["shortlisted"]) for r in json.loads(result.stdout)["ranking"]]


@pytest.mark.parametrize("name", ["scores.xlsx", "scores.csv"])
def test_the_examples_import_as_the_bundled_appraisal(tmp_path: Path, name: str) -> None:
    result = CliRunner().invoke(main, ["import", str(EXAMPLES / name), str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert ranking(tmp_path / "a") == ranking(ROOT)
