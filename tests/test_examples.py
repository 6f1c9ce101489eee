"""The examples under examples/: the value-for-money appraisal (valid, marked illustrative, as the
README describes) and the import spreadsheets (reproducible from their script, importing as the
bundled appraisal)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT

VFM = ROOT / "examples" / "adm-value-for-money"
EXAMPLES = ROOT / "examples" / "import"


def test_the_value_for_money_example_is_valid_and_marked_illustrative() -> None:
    result = CliRunner().invoke(main, ["validate", str(VFM)])
    assert result.exit_code == 0, result.stdout
    assert "0 errors" in result.stdout
    for path in [VFM / "criteria.yaml", *(VFM / "options").glob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        if "\ncosts:" in text or path.name == "criteria.yaml":
            assert "ILLUSTRATIVE" in text, f"{path.name} does not say its figures are illustrative"


def test_the_company_set_up_cost_is_the_reported_range_and_the_readme_figure_holds() -> None:
    # DOMAIN.md: the company's set-up cost was reported as £2m-£7.5m.
    company = (VFM / "options" / "wholly_owned_company.yaml").read_text(encoding="utf-8")
    assert "low: 2.0" in company and "high: 7.5" in company
    data = json.loads(CliRunner().invoke(main, ["value", str(VFM), "--format", "json"]).stdout)
    assert data["preferred"] == "wholly_owned_company"
    capital = next(s for s in data["switching_values"] if s["line"] == "capital" and s["target"] != "zero")
    # README: "the company's set-up estimate of £4.5m may rise 22% (to about £5.5m ...)"
    assert round(capital["change"] * 100) == 22
    assert round(4.5 * (1 + capital["change"]), 1) == 5.5
    readme = (ROOT / "docs/how-to/value-for-money.md").read_text(encoding="utf-8")
    assert "set-up estimate of £4.5m may rise 22% (to about £5.5m" in readme


def test_the_example_files_meet_the_published_json_schema() -> None:
    import jsonschema
    import yaml

    from adm_appraise.files.schema import json_schema

    for kind, paths in (("criteria", [VFM / "criteria.yaml"]), ("option", sorted((VFM / "options").glob("*.yaml")))):
        validator = jsonschema.Draft202012Validator(json_schema(kind))
        for path in paths:
            data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8"))))  # keys as JSON has them
            assert list(validator.iter_errors(data)) == [], path.name
    bad = {"id": "x", "name": "x", "scores": {}, "costs": {"capital": {"2019-2028": 1.0}}}
    assert not jsonschema.Draft202012Validator(json_schema("option")).is_valid(bad)


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
