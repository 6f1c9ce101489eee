"""A fresh import of an exported workbook rebuilds the value tree and the weighting record from its
Weighting sheet: export -> import into an empty folder -> score and weights give what the original
gives, for every shipped example; an edited judgement is read back; a bad cell is reported at its
place; a workbook without the sheet imports as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adm_appraise import load_appraisal
from tests.cli.test_import import here, run  # noqa: F401  (here: the autouse fixture, in a temporary folder)
from tests.cli.test_import_merge import EXAMPLES
from tests.conftest import ROOT

openpyxl = pytest.importorskip("openpyxl")


def as_json(*args: str) -> dict:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def tree(folder: Path | str) -> dict[str, tuple[str, ...]]:
    """Each criterion's path in the value tree, outermost group first."""
    appraisal = load_appraisal(folder)
    record = appraisal.weighting
    parent = {g.id: g.parent for g in record.groups} if record else {}
    member = {item: g.id for g in (record.groups if record else ()) for item in g.level.items}
    out = {}
    for c in appraisal.criteria:
        path, at = [], member.get(c.id)
        while at is not None:
            path.insert(0, at)
            at = parent[at]
        out[c.id] = tuple(path)
    return out


def export(folder: Path, to: str = "out.xlsx", *extra: str) -> Path:
    result = run("export", str(folder), "-o", to, "--samples", "100", *extra)
    assert result.exit_code == 0, result.output
    return Path(to)


def folder_of(name: str, criteria: str, scores: dict[str, str]) -> Path:
    """An appraisal folder: criteria.yaml as given, and an option file of each option's scores."""
    folder = Path(name)
    (folder / "options").mkdir(parents=True)
    (folder / "criteria.yaml").write_text(criteria, encoding="utf-8")
    for oid, given in scores.items():
        (folder / "options" / f"{oid}.yaml").write_text(f"id: {oid}\nname: Option {oid}\nscores: {given}\n",
                                                        encoding="utf-8")
    return folder


def rows(book, sheet: str = "Weighting") -> list[tuple]:
    return list(book[sheet].iter_rows())


def cell_of(book, first: str, second: str | None = None, after: str | None = None, sheet: str = "Weighting"):
    """The row (its cells) whose column A is ``first`` (and B ``second``), the first after the row whose B is
    ``after`` when given."""
    started = after is None
    for row in rows(book, sheet):
        if not started:
            started = row[1].value == after
            continue
        if row[0].value == first and (second is None or row[1].value == second):
            return row
    raise AssertionError(f"no row {first} {second} after {after}")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name if p != ROOT else "bundled")
def test_export_then_a_fresh_import_gives_the_same_tree_weights_record_and_ranking(example: Path) -> None:
    export(example)
    result = run("import", "out.xlsx", "back")
    assert result.exit_code == 0, result.output
    before, after = as_json("score", str(example)), as_json("score", "back")
    assert [(r["id"], r["rank"], r["eligible"], r["shortlisted"]) for r in after["ranking"]] == [
        (r["id"], r["rank"], r["eligible"], r["shortlisted"]) for r in before["ranking"]]
    assert [r["score"] for r in after["ranking"]] == pytest.approx([r["score"] for r in before["ranking"]], abs=1e-9)
    assert {c["id"]: c["weight"] for c in after["criteria"]} == pytest.approx(
        {c["id"]: c["weight"] for c in before["criteria"]}, abs=1e-12)
    assert tree("back") == tree(example)
    original = load_appraisal(example).weighting
    book = openpyxl.load_workbook("out.xlsx")
    assert ("Weighting" in book.sheetnames) is (original is not None)
    if original is None:
        assert "weighting:" not in Path("back/criteria.yaml").read_text(encoding="utf-8")
        return
    # the same method, judgements, weights and consistency at every level, the same participants and rationale
    assert as_json("weights", "back") == as_json("weights", str(example))
    assert "(read from the Weighting sheet)" in result.stdout and "not carried" not in result.stdout
    back = load_appraisal("back").weighting
    assert back is not None
    for old, new in zip(original.levels, back.levels, strict=True):
        assert (new.items, new.method, dict(new.swings), new.order, dict(new.comparisons), dict(new.judges)) == (
            old.items, old.method, dict(old.swings), old.order, dict(old.comparisons), dict(old.judges))
        if old.method == "rank":
            assert new.formula == old.formula
        if old.method == "direct":
            assert dict(new.stated) == dict(old.stated)
        if old.macbeth is not None:
            assert new.macbeth is not None and new.macbeth.judgements == old.macbeth.judgements
    assert [(g.id, g.name, g.description, g.parent) for g in back.groups] == [
        (g.id, g.name, g.description, g.parent) for g in original.groups]
    assert (back.participants, back.date, back.rationale) == (original.participants, original.date,
                                                              original.rationale)


DEEP = next(p for p in EXAMPLES if p.name == "deep-tree")
ALL = next(p for p in EXAMPLES if p.name == "all-features")


def test_an_edited_judgement_is_read_back_and_the_weights_follow_it() -> None:
    book = openpyxl.load_workbook(export(DEEP))
    carbon = cell_of(book, "Carbon", "carbon")
    assert carbon[2].value == 40
    carbon[2].value = 100  # the carbon swing judged as large as the service swing
    book.save("edited.xlsx")
    result = run("import", "edited.xlsx", "back")
    assert result.exit_code == 0, result.output
    assert "the Weighting sheet's record was edited" in result.stdout
    weights = {c["id"]: c["weight"] for c in as_json("score", "back")["criteria"]}
    # top level by swing: finance 60, service 100, carbon 100 of 260, so carbon 100/260 = 0.384615...; finance's
    # 60/260 is split by the rank-order centroid of two, 3/4 and 1/4: running cost 45/260 = 0.173077...
    assert weights["carbon"] == pytest.approx(100 / 260, abs=1e-12)
    assert weights["running_cost"] == pytest.approx(0.75 * 60 / 260, abs=1e-12)
    assert "swings:\n    service: 100\n    finance: 60\n    carbon: 100\n" in Path("back/criteria.yaml").read_text(
        encoding="utf-8")


def test_an_edited_weight_is_refused_at_its_cell_as_the_record_sets_the_weights() -> None:
    book = openpyxl.load_workbook(export(DEEP))
    assert book["Weights"]["B2"].value == "running_cost"
    book["Weights"]["C2"] = 50
    book.save("edited.xlsx")
    result = run("import", "edited.xlsx", "back")
    assert result.exit_code == 1
    assert "edited.xlsx: Weights!C2: error: the weight of 'running_cost' was edited" in result.stderr
    assert "[E913]" in result.stderr and not Path("back").exists()


def test_bad_cells_of_the_weighting_sheet_are_reported_at_their_places_all_at_once() -> None:
    book = openpyxl.load_workbook(export(ALL))
    method = cell_of(book, "method", after="operations")
    method[1].value = "swings"  # not a method
    judgement = cell_of(book, "service_quality", after="service")
    assert judgement[2].value == "weak"
    judgement[2].value = "rather strong"  # not a MACBETH category
    rank = cell_of(book, "Operational carbon emissions", "carbon")
    rank[1].value = "carbn"  # names nothing
    twice = cell_of(book, "workforce", after="Head of Finance (invented)")
    twice[1].value = 3  # the pair deliverability/workforce is already judged above the diagonal
    book.save("bad.xlsx")
    result = run("import", "bad.xlsx", "back")
    assert result.exit_code == 1 and not Path("back").exists()
    said = result.stderr
    assert f"bad.xlsx: Weighting!B{method[1].row}: error: the method must be one of direct, swing, rank, pairwise, " \
           "macbeth, not 'swings' [E904]" in said
    assert f"bad.xlsx: Weighting!C{judgement[2].row}: error: a judgement is one of" in said
    assert f"bad.xlsx: Weighting!B{rank[1].row}: error: 'carbn' is neither a criterion of the Scores sheet nor a " \
           "group of this sheet [E906]" in said
    # carbon, no longer listed: reported at its heading on the Scores sheet
    assert "bad.xlsx: Scores!H6: error: criterion 'carbon' is in no level of the Weighting sheet" in said
    assert f"bad.xlsx: Weighting!B{twice[1].row}: error: the pair workforce, deliverability is judged twice " \
           f"(also at Weighting!C{twice[1].row - 1})" in said
    assert "Traceback" not in said


def test_a_missing_swing_is_an_empty_cell_error() -> None:
    book = openpyxl.load_workbook(export(DEEP))
    carbon = cell_of(book, "Carbon", "carbon")
    carbon[2].value = None
    book.save("bad.xlsx")
    result = run("import", "bad.xlsx", "back")
    assert result.exit_code == 1
    assert f"bad.xlsx: Weighting!C{carbon[2].row}: error: no swing of 'carbon' [E905]" in result.stderr


def test_without_the_sheet_a_workbook_imports_as_before() -> None:
    """Weights exported for a scenario are not the record's: no Weighting sheet, and the import states the
    weights as numbers and says the record is not carried, as a workbook without the sheet always did. A
    sheet named Weighting that export did not write is not read."""
    export(ALL, "scenario.xlsx", "--scenario", "delivery_first")
    assert "Weighting" not in openpyxl.load_workbook("scenario.xlsx").sheetnames
    result = run("import", "scenario.xlsx", "flat")
    assert result.exit_code == 0, result.output
    assert "not carried: the workbook's weights were set by a weighting: record" in result.stdout
    assert "weighting:" not in Path("flat/criteria.yaml").read_text(encoding="utf-8")
    book = openpyxl.load_workbook(export(DEEP))
    book["Weighting"]["A1"] = "Our own notes on weighting"
    book.save("own.xlsx")
    result = run("import", "own.xlsx", "own")
    assert result.exit_code == 0, result.output
    assert "weighting:" not in Path("own/criteria.yaml").read_text(encoding="utf-8")
    own, deep = as_json("score", "own")["ranking"], as_json("score", str(DEEP))["ranking"]
    assert [(r["id"], r["rank"]) for r in own] == [(r["id"], r["rank"]) for r in deep]
    assert [r["score"] for r in own] == pytest.approx([r["score"] for r in deep], abs=1e-9)


def test_a_direct_record_without_groups_keeps_its_stated_weights_and_refuses_only_the_edited_one() -> None:
    # method direct, no groups: the weights are scored as stated (files.weighting.criterion_weights), so the
    # Weights sheet holds 1, 2 and 5, not 12.5, 25 and 62.5 on 0-100; the import compares them as such
    folder = folder_of("direct",
        "appraisal: {title: Stated weights, scale: {min: 0, max: 5}}\n"
        "weighting: {method: direct, participants: [Panel chair], rationale: Agreed.}\n"
        "criteria:\n"
        "  - {id: cost, name: Cost, weight: 1}\n"
        "  - {id: quality, name: Quality, weight: 2}\n"
        "  - {id: reach, name: Reach, weight: 5}\n",
                       {"a": "{cost: 5, quality: 1, reach: 2}", "b": "{cost: 1, quality: 4, reach: 3}"})
    book = openpyxl.load_workbook(export(folder))
    assert [book["Weights"][f"C{r}"].value for r in (2, 3, 4)] == [1, 2, 5]
    result = run("import", "out.xlsx", "back")
    assert result.exit_code == 0, result.output
    assert [c.weight for c in load_appraisal("back").criteria] == [1, 2, 5]
    # shares 1/8, 2/8, 5/8 of values on 0-100 (a score s on 0-5 is 20·s): a = (100 + 2·20 + 5·40)/8 = 42.5,
    # b = (20 + 2·80 + 5·60)/8 = 60
    assert {o["id"]: o["score"] for o in as_json("score", "back")["ranking"]} == pytest.approx({"a": 42.5, "b": 60})
    book["Weights"]["C3"] = 4
    book.save("edited.xlsx")
    result = run("import", "edited.xlsx", "back2")
    assert result.exit_code == 1
    assert result.stderr.count("[E913]") == 1
    assert "edited.xlsx: Weights!C3: error: the weight of 'quality' was edited (4 here, the Weighting sheet's " \
           "record gave 2)" in result.stderr


def test_macbeth_judgements_come_back_in_the_order_criteria_yaml_gives_them() -> None:
    # the top level judges g1's swing first (over g0 and over no swing), then g0's; the matrix lists its rows
    # in that order, so the record read back is the same list, not one re-sorted by the tree's items
    folder = folder_of("judged",
        "appraisal: {title: Judged, scale: {min: 0, max: 5}}\n"
        "weighting:\n"
        "  method: macbeth\n"
        "  judgements:\n"
        "    g1: {g0: [strong, very_strong], no_swing: extreme}\n"
        "    g0: {no_swing: very_strong}\n"
        "  groups:\n"
        "    g0: {name: Finance, method: rank, order: [c0, c1]}\n"
        "    g1: {name: Service, method: swing, swings: {c2: 100}}\n"
        "criteria:\n"
        "  - {id: c0, name: Set-up cost, group: g0}\n"
        "  - {id: c1, name: Running cost, group: g0}\n"
        "  - {id: c2, name: Quality, group: g1}\n",
                       {"a": "{c0: 5, c1: 1, c2: 2}", "b": "{c0: 1, c1: 4, c2: 3}"})
    export(folder)
    result = run("import", "out.xlsx", "back")
    assert result.exit_code == 0, result.output
    original, back = as_json("weights", str(folder)), as_json("weights", "back")
    judged = [(j["first"], j["second"]) for j in back["levels"][0]["judgements"]["macbeth"]["judgements"]]
    assert judged == [("g1", "g0"), ("g1", "no_swing"), ("g0", "no_swing")]
    assert back == original


def test_pairwise_comparisons_come_back_in_the_order_criteria_yaml_gives_them() -> None:
    # c2's row first, then c0's, then c1's (c2 over c0 twice, c0 over c1 twice, c1 half of c2: consistent
    # only roughly, which is no matter here); the record read back lists them in the same order
    folder = folder_of("compared",
        "appraisal: {title: Compared, scale: {min: 0, max: 5}}\n"
        "weighting:\n"
        "  method: pairwise\n"
        "  comparisons: {c2: {c0: 2}, c0: {c1: 2}, c1: {c2: 1/2}}\n"
        "criteria:\n"
        "  - {id: c0, name: Set-up cost}\n"
        "  - {id: c1, name: Running cost}\n"
        "  - {id: c2, name: Quality}\n",
                       {"a": "{c0: 5, c1: 1, c2: 2}", "b": "{c0: 1, c1: 4, c2: 3}"})
    export(folder)
    result = run("import", "out.xlsx", "back")
    assert result.exit_code == 0, result.output
    assert "comparisons:\n    c2:\n      c0: 2\n    c0:\n      c1: 2\n    c1:\n      c2: 1/2\n" in Path(
        "back/criteria.yaml").read_text(encoding="utf-8")
    assert as_json("weights", "back") == as_json("weights", str(folder))
