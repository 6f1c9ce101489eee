"""The JSON Schema: generated from the loader's models, accepts the bundled files, rejects what the
loader rejects for structural reasons."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from adm_appraise.cli import main
from adm_appraise.files.schema import SCHEMAS, json_schema
from tests.conftest import ROOT, make_appraisal
from tests.files.test_loader import CRITERIA, A, B, errors


def schema_of(kind: str) -> dict:
    result = CliRunner().invoke(main, ["schema", kind])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data == json_schema(kind)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def as_json(text: str):
    """What a YAML language server sees: the document as JSON (integer keys become strings)."""
    return json.loads(json.dumps(yaml.safe_load(text)))


def test_bundled_files_validate() -> None:
    criteria = jsonschema.Draft202012Validator(schema_of("criteria"))
    option = jsonschema.Draft202012Validator(schema_of("option"))
    criteria.validate(as_json((ROOT / "criteria.yaml").read_text(encoding="utf-8")))
    for path in sorted((ROOT / "options").glob("*.yaml")):
        option.validate(as_json(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("kind", "old", "new"),
    [
        ("criteria", "    weight: 1\n", "    wieght: 1\n"),            # unknown key, missing key
        ("criteria", "    weight: 1\n", "    weight: '1'\n"),          # text for a number
        ("criteria", "    weight: 1\n", "    weight: 0\n"),            # weight must be > 0
        ("criteria", "  - id: cost\n", "  - id: Cost\n"),              # id pattern
        ("criteria", "  title: Two options\n", ""),                    # missing title
        ("criteria", "  baseline: a\n", "  baseline: a\n  shortlist: {top: 0}\n"),
        ("criteria", "  baseline: a\n", "  baseline: a\n  shortlist: {within: 120}\n"),
        ("criteria", "    weight: 3\n", "    weight: 3\n    type: cost\n"),
        ("criteria", "criteria:\n  - id: cost", "criteria: []\nx:\n  - id: cost"),
        ("option", "gates: {legal: pass}", "gates: {legal: yes}"),      # not a gate result
        ("option", "gates: {legal: pass}", "gates: {legal: {rationale: x}}"),
        ("option", "cost: 5", "cost: {score: 5, why: x}"),            # unknown key in an entry
        ("option", "cost: 5", "cost: {score: 5, evidence: x}"),       # evidence must be a list
        ("option", "cost: 5", "cost: true"),                          # a boolean is not a score
        ("option", "name: Option A\n", ""),
    ],
)
def test_schema_rejects_what_the_loader_rejects(tmp_path: Path, kind: str, old: str, new: str) -> None:
    criteria, a = (CRITERIA.replace(old, new, 1), A) if kind == "criteria" else (CRITERIA, A.replace(old, new, 1))
    assert errors(make_appraisal(tmp_path, criteria, a=a, b=B))  # the loader rejects it...
    document = criteria if kind == "criteria" else a
    validator = jsonschema.Draft202012Validator(json_schema(kind))
    assert list(validator.iter_errors(as_json(document)))  # ...and so does the schema


def test_the_long_list_schema_agrees_with_the_loader() -> None:
    from tests.files.test_longlist import LONGLIST, OPTIONS

    longlist = jsonschema.Draft202012Validator(schema_of("longlist"))
    longlist.validate(as_json((ROOT / "longlist.yaml").read_text(encoding="utf-8")))
    longlist.validate(as_json(LONGLIST))
    option = jsonschema.Draft202012Validator(schema_of("option"))
    option.validate(as_json(OPTIONS["out"]))  # sifted out: no scores
    for old, new in [("status: carried_forward", "status: carried"), ("  - strategic_fit\n", "  - strategic\n"),
                     ("  delivery:\n", "  delivry:\n"), ("save: partly", "save: maybe"),
                     ("        reason: No such trust can be formed in time\n", "        why: x\n")]:
        assert list(longlist.iter_errors(as_json(LONGLIST.replace(old, new, 1)))), old
    assert list(option.iter_errors(as_json(OPTIONS["alt"].replace("role: alternative", "role: other"))))
    assert list(option.iter_errors(as_json(OPTIONS["alt"].replace("delivery: partner", "delivry: partner"))))
def properties(node, path: str = "") -> list[tuple[str, dict]]:
    """Every property of a JSON Schema, nested ones included, with its path."""
    found = []
    if isinstance(node, dict):
        for name, prop in node.get("properties", {}).items():
            found.append((f"{path}.{name}", prop))
        for key, value in node.items():
            found += properties(value, f"{path}.{key}" if key != "properties" else path)
    elif isinstance(node, list):
        for item in node:
            found += properties(item, path)
    return found


@pytest.mark.parametrize("kind", ["criteria", "option", "panel", "longlist", "risks", "benefits", "equality", "paper"])
def test_every_property_is_described_and_no_optional_number_is_nullable(kind: str) -> None:
    data = schema_of(kind)
    found = properties(data)
    assert len(found) > 10
    assert [p for p, prop in found if not prop.get("description")] == []
    # a null is allowed only for free text (may be left empty), never for a number, list or id
    nullable = sorted(p.rsplit(".", 1)[1] for p, prop in found if {"type": "null"} in prop.get("anyOf", []))
    assert set(nullable) <= {"organisation", "date", "description", "unit", "rationale", "price_base",
                             "moderation", "interests", "reason", "measure", "owner", "notes", "evidence",
                             "mitigation", "summary", "source", "cause", "effect"}
    assert all("default" not in prop or prop["default"] is not None for _, prop in found)


@pytest.mark.parametrize("kind", ["criteria", "option", "panel", "longlist", "risks", "benefits", "equality", "paper"])
def test_id_and_examples(kind: str) -> None:
    data = schema_of(kind)
    assert data["$id"] == f"urn:adm-appraise:schema:{kind}:v1"
    validator = jsonschema.Draft202012Validator(data)
    for example in data["examples"]:
        validator.validate(example)
    for _, prop in properties(data):
        for example in prop.get("examples", []):
            jsonschema.Draft202012Validator({"$defs": data.get("$defs", {}), **prop}).validate(example)


def test_an_empty_number_is_rejected_by_both(tmp_path: Path) -> None:
    a = A.replace("cost: 5", "cost: {score: null}")
    assert errors(make_appraisal(tmp_path, CRITERIA, a=a, b=B)) == [
        "a.yaml:4:24: error: scores.cost.score is empty: give a number or remove the key [E112]"]
    assert list(jsonschema.Draft202012Validator(json_schema("option")).iter_errors(as_json(a)))


def test_the_readme_file_reference_is_the_schema_descriptions() -> None:
    page = (ROOT / "docs/reference/files.md").read_text(encoding="utf-8")
    for kind in SCHEMAS:
        table = CliRunner().invoke(main, ["schema", kind, "--format", "markdown"]).stdout
        assert f"<!-- table: schema {kind} --format markdown -->\n{table}<!-- end -->" in page
        described = [prop["description"] for _, prop in properties(json_schema(kind))]
        for description in described:
            assert description.replace("|", "\\|") in table


def test_weighting_records_validate_against_the_schema() -> None:
    from tests.files.test_weighting import GROUPED, HEAD, TREE

    criteria = jsonschema.Draft202012Validator(schema_of("criteria"))
    criteria.validate(as_json((ROOT / "examples/ordinal/criteria.yaml").read_text(encoding="utf-8")))
    criteria.validate(as_json(HEAD + TREE + GROUPED))
    pairwise = HEAD + "weighting:\n  method: pairwise\n  comparisons: {a: {b: 1/3}}\ncriteria:\n  - {id: a, name: A}\n"
    criteria.validate(as_json(pairwise))
    bad = HEAD + "weighting:\n  method: pairwise\n  comparisons: {a: {b: 1/10}}\ncriteria:\n  - {id: a, name: A}\n"
    assert not criteria.is_valid(as_json(bad))
    assert not criteria.is_valid(as_json(HEAD + "weighting: {method: vote}\ncriteria:\n  - {id: a, name: A}\n"))


@pytest.mark.parametrize("kind", ["criteria", "option", "panel", "longlist", "risks", "benefits", "equality", "paper"])
def test_the_schema_is_the_same_at_every_supported_pydantic(kind: str, update_golden: bool) -> None:
    # CI runs this also with pydantic at its lower bound (2.6), which by itself dropped every
    # propertyNames (a mapping's allowed keys), wrapped $refs in allOf and wrote bounds as 0.0:
    # the text printed is byte for byte the committed one under either.
    text = CliRunner().invoke(main, ["schema", kind]).stdout
    path = Path(__file__).parent / "golden" / f"{kind}.schema.json"
    if update_golden:
        path.write_text(text, encoding="utf-8", newline="")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} changed: rerun with --update-golden if intended"
    # e.g. the optimism bias categories, the years of a cost line (an option's, a risk's), or an option's id as a
    # key (equality.yaml)
    assert ('"propertyNames"' in text) == (kind in ("criteria", "option", "risks", "equality"))


def test_the_example_register_validates_against_the_risks_schema() -> None:
    risks = jsonschema.Draft202012Validator(schema_of("risks"))
    risks.validate(as_json((ROOT / "examples/all-features/risks.yaml").read_text(encoding="utf-8")))
    entry = "risks:\n  - {id: a, title: A, options: %s, probability: %s}\n"
    assert risks.is_valid(as_json(entry % ("all", "0.2")))
    for options, probability in (("some", "0.2"), ("[]", "0.2"), ("all", "1.5"), ("3", "0.2")):
        assert not risks.is_valid(as_json(entry % (options, probability))), (options, probability)
