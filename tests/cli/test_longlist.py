"""adm-appraise longlist, and how score, sensitivity and report show an option sifted out unscored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.files.test_longlist import example


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return example(tmp_path / "ll")


TABLE = """\
From long list to shortlist

7 choices in 2 dimensions of the options framework: 2 preferred, 3 carried forward, 2 discounted.

Spending objectives (O) and critical success factors (C)

  O1 improve: Leave 'inadequate' at the next inspection
  O2 save: Save £1m a year by 2028
  C1 strategic_fit: Strategic fit and meets business needs
  C2 value_for_money: Potential value for money
  C3 staff: Staff support

Scope (what): 2 choices

Choice  Status      O1     O2      C1     C2      C3
------  ----------  -----  ------  -----  ------  ------
whole   preferred   meets  meets   meets  meets   partly
part    discounted  fails  partly  fails  partly  meets

  part (discounted): The failing part would stay behind

Delivery (who): 5 choices

Choice     Status           O1      O2      C1      C2      C3
---------  ---------------  ------  ------  ------  ------  ------
company    preferred        meets   partly  meets   meets   meets
partner    carried forward  meets   meets   partly  meets   partly
agent      carried forward  partly  partly  partly  partly  partly
outsource  carried forward  partly  partly  partly  fails   fails
trust      discounted       partly  fails   partly  fails   partly

  trust (discounted): No such trust can be formed in time

The sift in numbers

Dimension  Choices  Preferred  Carried forward  Discounted
---------  -------  ---------  ---------------  ----------
scope      2        1          0                1
delivery   5        1          3                1
all        7        2          3                2

How each shortlisted option is composed

Option  Role                   Gates                    scope  delivery
------  ---------------------  -----------------------  -----  ---------
bau     business as usual      passes
dm      do-minimum             passes                          agent
pref    preferred way forward  passes                   whole  company
alt     alternative            passes                   whole  partner
out                            sifted out: fails legal         outsource
"""


def test_longlist_table(folder: Path) -> None:
    # Counts by hand from the example: scope 1 preferred + 1 discounted; delivery 1 preferred,
    # 3 carried forward, 1 discounted; 7 in all.
    result = run("longlist", str(folder), "--ids")
    assert (result.exit_code, result.stdout) == (0, TABLE)


def test_longlist_markdown_escapes_and_json_keeps_text(folder: Path) -> None:
    path = folder / "longlist.yaml"
    path.write_text(path.read_text().replace("name: Another council", "name: 'Another | council'"))
    text = run("longlist", str(folder), "--format", "markdown", "--ids").stdout
    assert text.startswith("## From long list to shortlist\n\n7 choices in 2 dimensions")
    assert "| whole    | preferred  | meets | meets  | meets | meets  | partly |" in text  # O1 O2 C1 C2 C3
    data = json.loads(run("longlist", str(folder), "--format", "json").stdout)
    assert list(data) == ["file", "description", "objectives", "csfs", "columns", "key_of", "dimensions", "sift",
                          "shortlist", "shared"]
    assert data["key_of"] == {"improve": "O1", "save": "O2", "strategic_fit": "C1", "value_for_money": "C2",
                              "staff": "C3"}
    assert data["shared"] == []  # pref and alt share scope 'whole', but dm and out name no scope
    assert data["sift"] == {"dimensions": 2, "total": 7, "preferred": 2, "carried_forward": 3, "discounted": 2}
    partner = data["dimensions"][1]["choices"][1]
    assert partner["name"] == "Another | council"
    assert data["shortlist"][2] == {
        "id": "pref", "name": "Own company", "role": "preferred", "role_text": "preferred way forward",
        "origin": [{"dimension": "scope", "choice": "whole", "name": "The whole service", "status": "preferred",
                    "shared": False},
                   {"dimension": "delivery", "choice": "company", "name": "A company the council owns",
                    "status": "preferred", "shared": False}],
        "gates": "passes", "sifted_out": False, "rank": None, "score": None,
    }


def test_longlist_without_a_long_list_exits_1(folder: Path) -> None:
    (folder / "longlist.yaml").unlink()
    for name in ("alt", "dm", "out", "pref"):  # their origins need the long list
        path = folder / f"options/{name}.yaml"
        path.write_text("".join(line for line in path.read_text().splitlines(True) if "origin" not in line))
    result = run("longlist", str(folder))
    assert result.exit_code == 1
    assert result.stderr == (f"{folder}/longlist.yaml: error: no long list here "
                             "(adm-appraise init --longlist writes a starter) [E708]\n"
                             "adm-appraise: 1 error; nothing was done\n")


def test_an_invalid_long_list_exits_1(folder: Path) -> None:
    path = folder / "longlist.yaml"
    path.write_text(path.read_text().replace("        reason: No such trust can be formed in time\n", ""))
    result = run("longlist", str(folder))
    assert result.exit_code == 1
    assert result.stderr == (
        f"{folder}/longlist.yaml:45:9: error: delivery choice 'trust' is discounted with no reason: record why "
        "(add 'reason:') [E704]\nadm-appraise: 1 error; nothing was done\n")


def test_schema_longlist() -> None:
    data = json.loads(run("schema", "longlist").stdout)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert data["required"] == ["objectives", "csfs", "framework"]
    assert list(data["$defs"]["Framework"]["properties"]) == ["scope", "solution", "delivery", "implementation",
                                                              "funding"]
    option = json.loads(run("schema", "option").stdout)
    assert option["required"] == ["id", "name"]  # scores may be left out by an option that fails a gate
    assert option["properties"]["role"]["enum"] == ["business_as_usual", "do_minimum", "preferred", "alternative"]


def test_score_shows_a_sifted_option_unscored(folder: Path) -> None:
    # cost is scored 0-5 with weight 1: pref 5 -> 100, alt 4 -> 80, dm 3 -> 60, bau 2 -> 40.
    result = run("score", str(folder), "--ids")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[5:10] == [
        "1     pref    100.0  100.0                              yes",
        "2     alt      80.0   80.0                              yes",
        "3     dm       60.0   60.0",
        "4     bau      40.0   40.0",
        "-     out         -         failed: legal (not scored)",
    ]
    assert run("score", str(folder), "--format", "csv").stdout.splitlines()[-1] == ",out,Outsource,,false,false,legal,,,"
    data = json.loads(run("score", str(folder), "--format", "json").stdout)
    assert [r["id"] for r in data["ranking"]] == ["pref", "alt", "dm", "bau"]
    assert data["sifted_out"] == [{"id": "out", "name": "Outsource", "failed_gates": ["legal"],
                                   "conditional_gates": []}]


def test_sensitivity_and_report_run_with_a_sifted_option(folder: Path) -> None:
    result = run("sensitivity", str(folder), "--samples", "100", "--format", "json")
    assert result.exit_code == 0
    assert "out" not in json.dumps(json.loads(result.stdout)["monte_carlo"])
    for fmt in ("markdown", "html"):
        result = run("report", str(folder), "--format", fmt, "--samples", "100")
        assert result.exit_code == 0, result.output
        assert "Outsource failed a gate and was sifted out without being scored." in result.stdout
        assert "From long list to shortlist" in result.stdout


def test_the_html_section_by_structure(folder: Path) -> None:
    from html.parser import HTMLParser

    class Section(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.inside = self.depth = 0
            self.tables: list[list[str]] = []  # per table, the header text of each body row
            self.row_head = False
            self.toc = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "a" and ("href", "#longlist") in attrs:
                self.toc = True
            if tag == "section" and ("id", "longlist") in attrs:
                self.inside = 1
            elif self.inside and tag == "section":
                self.inside += 1
            if self.inside and tag == "table":
                self.tables.append([])
            self.row_head = bool(self.inside and tag == "th" and ("scope", "row") in attrs)

        def handle_endtag(self, tag: str) -> None:
            if self.inside and tag == "section":
                self.inside -= 1
            self.row_head = False

        def handle_data(self, data: str) -> None:
            if self.row_head:
                self.tables[-1].append(data)

    html = run("report", str(folder), "--format", "html", "--samples", "100").stdout
    parsed = Section()
    parsed.feed(html)
    assert parsed.toc
    # One table per dimension (a row per choice), the sift in numbers, the composition (a row per option).
    assert parsed.tables == [
        ["The whole service", "Part of the service"],
        ["A company the council owns", "Another council", "A managing agent", "An outside provider",
         "An independent trust"],
        ["Scope (what)", "Delivery (who)", "All"],
        ["Business as usual", "Do the minimum", "Own company", "Partnership", "Outsource"],
    ]


def test_diff_names_an_option_sifted_out_as_such(folder: Path, tmp_path: Path) -> None:
    import shutil

    after = tmp_path / "after"
    shutil.copytree(folder, after)
    (after / "options/alt.yaml").write_text("id: alt\nname: Partnership\nrole: alternative\n"
                                            "origin: {scope: whole, delivery: partner}\n"
                                            "gates: {legal: {result: fail, rationale: Not lawful}}\n")
    moved = {m["id"]: m["status"] for m in json.loads(run("diff", str(folder), str(after), "--format",
                                                          "json").stdout)["movements"]}
    assert moved["alt"] == "sifted out"
    assert "out" not in moved  # sifted out on both sides: in neither ranking
    back = {m["id"]: m["status"] for m in json.loads(run("diff", str(after), str(folder), "--format",
                                                         "json").stdout)["movements"]}
    assert back["alt"] == "scored"


def test_value_for_money_leaves_out_an_option_sifted_out(tmp_path: Path) -> None:
    import re
    import shutil

    from tests.conftest import ROOT

    folder = tmp_path / "vfm"
    shutil.copytree(ROOT / "examples/adm-value-for-money", folder)
    path = folder / "options/outsource_all.yaml"
    text = path.read_text(encoding="utf-8").replace("result: pass", "result: fail", 1)
    path.write_text(re.sub(r"\nscores:\n(?:  .*\n)*", "\n", text), encoding="utf-8")  # costs stay, scores go
    assert "scores:" not in path.read_text(encoding="utf-8")
    result = run("value", str(folder), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "outsource_all" not in [o["id"] for o in json.loads(result.stdout)["options"]]
    result = run("report", str(folder), "--samples", "100")
    assert result.exit_code == 0, result.output
    assert "Outsource the whole service failed a gate and was sifted out without being scored." in result.stdout
