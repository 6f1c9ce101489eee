"""longlist.yaml, option roles and origins, sifted-out options: loading, errors and warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from adm_appraise import load_appraisal
from adm_appraise.files.validation import validate
from adm_appraise.problems import AppraisalError
from tests.conftest import make_appraisal, write

CRITERIA = """
appraisal:
  title: Long-list example
  scale: {min: 0, max: 5}
  baseline: bau
criteria:
  - {id: cost, name: Cost, weight: 1, levels: {2: low, 3: fair, 4: good, 5: best}}
gates:
  - {id: legal, name: Lawful}
"""
LONGLIST = """
objectives:
  - {id: improve, text: Leave 'inadequate' at the next inspection}
  - {id: save, text: Save £1m a year by 2028}
csfs:
  - strategic_fit
  - value_for_money
  - {id: staff, name: Staff support, description: The workforce backs it}
framework:
  scope:
    choices:
      - id: whole
        name: The whole service
        status: preferred
        assessment: {improve: meets, save: meets, strategic_fit: meets, value_for_money: meets, staff: partly}
      - id: part
        name: Part of the service
        status: discounted
        reason: The failing part would stay behind
        assessment:
          improve: {result: fails, rationale: The failing part stays}
          save: partly
          strategic_fit: fails
          value_for_money: partly
          staff: meets
  delivery:
    choices:
      - id: company
        name: A company the council owns
        status: preferred
        assessment: {improve: meets, save: partly, strategic_fit: meets, value_for_money: meets, staff: meets}
      - id: partner
        name: Another council
        status: carried_forward
        assessment: {improve: meets, save: meets, strategic_fit: partly, value_for_money: meets, staff: partly}
      - id: agent
        name: A managing agent
        status: carried_forward
        assessment: {improve: partly, save: partly, strategic_fit: partly, value_for_money: partly, staff: partly}
      - id: outsource
        name: An outside provider
        status: carried_forward
        assessment: {improve: partly, save: partly, strategic_fit: partly, value_for_money: fails, staff: fails}
      - id: trust
        name: An independent trust
        status: discounted
        reason: No such trust can be formed in time
        assessment: {improve: partly, save: fails, strategic_fit: partly, value_for_money: fails, staff: partly}
"""
OPTIONS = {
    "bau": "id: bau\nname: Business as usual\nrole: business_as_usual\ngates: {legal: pass}\n"
           "scores: {cost: {score: 2, rationale: As today}}\n",
    "dm": "id: dm\nname: Do the minimum\nrole: do_minimum\norigin: {delivery: agent}\ngates: {legal: pass}\n"
          "scores: {cost: {score: 3, rationale: An agent for two years}}\n",
    "pref": "id: pref\nname: Own company\nrole: preferred\norigin: {scope: whole, delivery: company}\n"
            "gates: {legal: pass}\nscores: {cost: {score: 5, rationale: Direct award}}\n",
    "alt": "id: alt\nname: Partnership\nrole: alternative\norigin: {scope: whole, delivery: partner}\n"
           "gates: {legal: pass}\nscores: {cost: {score: 4, rationale: Shared costs}}\n",
    "out": "id: out\nname: Outsource\norigin: {delivery: outsource}\n"
           "gates: {legal: {result: fail, rationale: Cannot be delegated for profit}}\n",
}


def example(folder: Path, longlist: str | None = LONGLIST, **changes: str) -> Path:
    """The long-list example appraisal, with option files replaced by ``changes``."""
    make_appraisal(folder, CRITERIA, **{**OPTIONS, **changes})
    if longlist is not None:
        write(folder, "longlist.yaml", longlist)
    return folder


def problems(folder: Path, code_prefix: str = "") -> list[str]:
    """Every problem validate finds (errors, or with a valid appraisal, warnings), folder removed."""
    found = validate([folder]).problems
    return [str(p).replace(f"{folder}/", "") for p in found if p.code.startswith(code_prefix)]


def test_the_long_list_loads(tmp_path: Path) -> None:
    appraisal = load_appraisal(example(tmp_path))
    longlist = appraisal.longlist
    assert longlist is not None
    assert [o.id for o in longlist.objectives] == ["improve", "save"]
    # A standard CSF named by id gets its Green Book (Box 18) name; a scheme's own keeps its own.
    assert [(f.id, f.name, f.standard) for f in longlist.csfs] == [
        ("strategic_fit", "Strategic fit and meets business needs", True),
        ("value_for_money", "Potential value for money", True),
        ("staff", "Staff support", False),
    ]
    assert longlist.dimensions == ["scope", "delivery"]
    assert [c.id for c in longlist.in_dimension("delivery")] == ["company", "partner", "agent", "outsource", "trust"]
    part = longlist.choice("scope", "part")
    assert part is not None and part.status == "discounted"
    assert part.assessment["improve"].result == "fails"
    assert part.assessment["improve"].rationale == "The failing part stays"
    assert part.assessment["save"].where.line == 21  # the line of 'save: partly' in longlist.yaml
    assert appraisal.option("pref").origin == {"scope": "whole", "delivery": "company"}
    assert appraisal.option("pref").role == "preferred"
    out = appraisal.option("out")
    assert out.unscored and out.sifted_out and not appraisal.option("bau").sifted_out
    assert [o.id for o in appraisal.scored_options] == ["alt", "bau", "dm", "pref"]
    assert appraisal.files[:2] == [tmp_path / "criteria.yaml", tmp_path / "longlist.yaml"]


def test_the_example_is_clean(tmp_path: Path) -> None:
    assert problems(example(tmp_path), "E") == []
    assert problems(tmp_path, "W7") == []


def test_without_a_long_list_nothing_changes(tmp_path: Path) -> None:
    plain = {k: v.replace("origin: {delivery: agent}\n", "").replace("origin: {scope: whole, delivery: company}\n", "")
             .replace("origin: {scope: whole, delivery: partner}\n", "").replace("origin: {delivery: outsource}\n", "")
             .replace(f"role: {role}\n", "")
             for k, v in OPTIONS.items() for role in ["business_as_usual", "do_minimum", "preferred", "alternative"]
             if f"role: {role}" in v or k == "out"}
    appraisal = load_appraisal(example(tmp_path, None, **plain))
    assert appraisal.longlist is None
    assert appraisal.files[1:] == [tmp_path / f"options/{o}.yaml" for o in ["alt", "bau", "dm", "out", "pref"]]
    assert problems(tmp_path, "W7") == []  # no long list and no roles: none of its warnings


def replace_in(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"),
    [
        ("longlist.yaml", "save: partly\n", "sav: partly\n",
         ["longlist.yaml:21:16: error: scope choice 'part' is assessed against unknown objective or CSF 'sav' "
          "(did you mean 'save'?) [E702]"]),
        ("longlist.yaml", "        reason: The failing part would stay behind\n", "",
         ["longlist.yaml:17:9: error: scope choice 'part' is discounted with no reason: record why "
          "(add 'reason:') [E704]"]),
        ("longlist.yaml", "reason: The failing part would stay behind", "reason: ' '",
         ["longlist.yaml:18:9: error: scope choice 'part' is discounted with no reason: record why "
          "(add 'reason:') [E704]"]),
        ("longlist.yaml", "csfs:\n", "  - {id: save, text: Again}\ncsfs:\n",
         ["longlist.yaml:4:5: error: duplicate objective or CSF id 'save' (also at line 3) [E701]"]),
        ("longlist.yaml", "      - id: trust", "      - id: agent",
         ["longlist.yaml:43:13: error: duplicate delivery choice id 'agent' (also at line 35) [E701]"]),
        ("options/alt.yaml", "delivery: partner", "delivery: partnr",
         ["options/alt.yaml:4:34: error: option 'alt': the long list has no delivery choice 'partnr' "
          "(did you mean 'partner'?) [E703]"]),
        ("options/dm.yaml", "{delivery: agent}", "{funding: grant}",
         ["options/dm.yaml:4:19: error: option 'dm': the long list has no funding choice 'grant' "
          "(it has no funding choices) [E703]"]),
        ("options/pref.yaml", "scope: whole", "scope: part",
         ["options/pref.yaml:4:17: error: option 'pref' is built on scope choice 'part', which the long list "
          "discounted (The failing part would stay behind): carry it forward there or change the origin [E705]"]),
        ("options/out.yaml", "{result: fail, rationale: Cannot be delegated for profit}", "pass",
         ["options/out.yaml:1:1: error: missing required key 'scores' [E111]"]),
        ("options/bau.yaml", "gates: {legal: pass}\nscores: {cost: {score: 2, rationale: As today}}\n",
         "gates: {legal: fail}\n",
         ["criteria.yaml:4:13: error: baseline 'bau' fails a gate and is not scored: score it, since every "
          "option is compared with business as usual [E707]"]),
        ("longlist.yaml", "  delivery:\n", "  delivry:\n",
         ["longlist.yaml:25:3: error: unknown key 'delivry' (did you mean 'delivery'?) [E110]"]),
        ("longlist.yaml", "status: carried_forward", "status: carried",
         ["longlist.yaml:33:17: error: framework.delivery.choices[1].status: 'carried' is not allowed; use "
          "'preferred', 'carried_forward' or 'discounted' [E113]"]),
        ("longlist.yaml", "  - strategic_fit\n", "  - strategic\n",
         ["longlist.yaml:5:5: error: csfs[0]: 'strategic' is not allowed; use 'strategic_fit', 'value_for_money', "
          "'supplier_capacity', 'affordability' or 'achievability' [E113]"]),
        ("options/alt.yaml", "role: alternative", "role: other",
         ["options/alt.yaml:3:7: error: role: 'other' is not allowed; use 'business_as_usual', 'do_minimum', "
          "'preferred' or 'alternative' [E113]"]),
        ("longlist.yaml", "  - {id: save, text: Save £1m a year by 2028}\n",
         "  - {id: save, text: Save £1m a year by 2028, text: again}\n",
         ["longlist.yaml:3:47: error: duplicate key 'text' (first at line 3) [E101]"]),
    ],
)
def test_errors(tmp_path: Path, name: str, old: str, new: str, expected: list[str]) -> None:
    folder = example(tmp_path)
    replace_in(folder, name, old, new)
    assert problems(folder, "E") == expected
    with pytest.raises(AppraisalError):
        load_appraisal(folder)


def test_an_origin_needs_a_long_list(tmp_path: Path) -> None:
    folder = example(tmp_path, None)
    assert problems(folder, "E") == [
        f"options/{o}.yaml:{line}:1: error: option '{o}' names its origin, but there is no longlist.yaml beside "
        "criteria.yaml [E706]"
        for o, line in [("alt", 4), ("dm", 4), ("out", 3), ("pref", 4)]
    ]


def test_a_broken_long_list_does_not_also_blame_the_origins(tmp_path: Path) -> None:
    folder = example(tmp_path)
    replace_in(folder, "longlist.yaml", "framework:", "frame:")
    assert [p.split(": error: ")[1] for p in problems(folder, "E")] == [
        "missing required key 'framework' [E111]",
        "unknown key 'frame' (did you mean 'framework'?) [E110]",
    ]


SEVEN = "".join(f"  - {{id: o{i}, text: Objective {i}}}\n" for i in range(3, 8))  # objectives 3 to 7


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"),
    [
        ("longlist.yaml", "csfs:\n", SEVEN[:SEVEN.index("  - {id: o7")] + "csfs:\n", []),  # six: fine
        ("longlist.yaml", "csfs:\n", SEVEN + "csfs:\n",
         ["longlist.yaml:8:5: warning: 7 spending objectives: the Green Book asks for up to five or six, "
          "each SMART [W701]"]),
        ("longlist.yaml", "status: preferred\n        assessment: {improve: meets, save: partly",
         "status: carried_forward\n        assessment: {improve: meets, save: partly",
         ["longlist.yaml:27:13: warning: the delivery dimension has no preferred choice: mark the preferred way "
          "forward ('status: preferred') [W702]"]),
        ("longlist.yaml", "status: carried_forward", "status: preferred",
         ["longlist.yaml:31:13: warning: the delivery dimension has more than one preferred choice "
          "(company, partner) [W706]"]),
        ("longlist.yaml", "{improve: meets, save: meets, strategic_fit: meets, value_for_money: meets, staff: partly}",
         "{improve: meets, save: meets}",
         ["longlist.yaml:14:9: warning: scope choice 'whole' is not assessed against strategic_fit, "
          "value_for_money, staff [W704]"]),
        ("longlist.yaml", "rationale: The failing part stays", "rationale: TODO",
         ["longlist.yaml:20:20: warning: scope choice 'part': 1 entry still reads TODO (assessment: improve) "
          "[W705]"]),
        ("options/pref.yaml", "rationale: Direct award", "rationale: 'TODO: why?'",
         ["options/pref.yaml:6:16: warning: pref: 1 rationale still reads TODO (scores: cost) [W705]"]),
        ("options/dm.yaml", "role: do_minimum", "role: alternative",
         ["criteria.yaml:1:1: warning: no option is marked 'role: do_minimum': the Green Book's shortlist holds "
          "a do-minimum option [W703]"]),
        ("options/alt.yaml", "role: alternative", "role: preferred",
         ["criteria.yaml:1:1: warning: the shortlist holds no other viable option (one that passes the gates, "
          "besides business as usual, the do-minimum and the preferred way forward) [W703]",
          "options/alt.yaml:3:1: warning: 'alt' is marked the preferred way forward but scores 80.0, while pref "
          "leads with 100.0: explain the difference or revisit the role [W709]",
          "options/alt.yaml:4:34: warning: 'alt' is marked the preferred way forward but is built on delivery "
          "choice 'partner' (carried forward), not the preferred 'company' [W708]"]),
        ("options/bau.yaml", "role: business_as_usual", "role: alternative",
         ["criteria.yaml:1:1: warning: no option is marked 'role: business_as_usual': the Green Book's shortlist "
          "holds business as usual [W703]",
          "options/bau.yaml:3:1: warning: the baseline 'bau' is marked 'alternative', not business_as_usual [W707]"]),
        ("options/pref.yaml", "delivery: company", "delivery: partner",
         ["options/pref.yaml:4:34: warning: 'pref' is marked the preferred way forward but is built on delivery "
          "choice 'partner' (carried forward), not the preferred 'company' [W708]"]),
        # pref 3 -> 60 points, alt 4 -> 80: alt leads (0-5 scale, one criterion)
        ("options/pref.yaml", "score: 5", "score: 3",
         ["options/pref.yaml:3:1: warning: 'pref' is marked the preferred way forward but scores 60.0, while alt "
          "leads with 80.0: explain the difference or revisit the role [W709]"]),
        ("options/pref.yaml", "score: 5", "score: 4", []),  # a tie with alt for the lead: it leads
        ("options/dm.yaml", "role: do_minimum", "role: business_as_usual",
         ["criteria.yaml:1:1: warning: no option is marked 'role: do_minimum': the Green Book's shortlist holds "
          "a do-minimum option [W703]",
          "options/dm.yaml:3:1: warning: 'dm' is marked business_as_usual, but the baseline is 'bau' [W707]"]),
    ],
)
def test_warnings(tmp_path: Path, name: str, old: str, new: str, expected: list[str]) -> None:
    folder = example(tmp_path)
    replace_in(folder, name, old, new)
    assert problems(folder, "E") == []
    codes = "W701" if "objectives:" in old + new or "Objective" in new else "W7"  # new objectives: W704 too
    assert problems(folder, codes) == expected


def test_role_warnings_need_a_long_list_or_a_role(tmp_path: Path) -> None:
    # Roles alone (no longlist.yaml) still get the shortlist check; here dm has lost its role.
    plain = {k: v.replace("origin: {delivery: agent}\n", "").replace("role: do_minimum\n", "")
             for k, v in OPTIONS.items() if k == "dm"}
    folder = example(tmp_path, None, **plain, out=OPTIONS["out"].replace("origin: {delivery: outsource}\n", ""),
                     pref=OPTIONS["pref"].replace("origin: {scope: whole, delivery: company}\n", ""),
                     alt=OPTIONS["alt"].replace("origin: {scope: whole, delivery: partner}\n", ""))
    assert problems(folder, "W7") == [
        "criteria.yaml:1:1: warning: no option is marked 'role: do_minimum': the Green Book's shortlist holds "
        "a do-minimum option [W703]"
    ]


def test_the_bundled_long_list_leads_to_the_eleven_scored_options() -> None:
    from adm_appraise import appraise
    from tests.conftest import ROOT

    appraisal = load_appraisal(ROOT)
    longlist = appraisal.longlist
    assert longlist is not None and longlist.dimensions == ["scope", "solution", "delivery", "implementation",
                                                             "funding"]
    models = {c.id: c.status for c in longlist.in_dimension("delivery")}
    # The ten models the September 2017 direction named (DOMAIN.md) are the delivery choices; with the
    # business-as-usual baseline they are the eleven scored options.
    assert set(models) | {"business_as_usual"} == {o.id for o in appraisal.options}
    assert models.pop("wholly_owned_company") == "preferred"
    assert set(models.values()) == {"carried_forward"}
    assert all(o.origin.get("delivery") == o.id for o in appraisal.options if o.id != "business_as_usual")
    assert {o.id: o.role for o in appraisal.options if o.role} == {
        "business_as_usual": "business_as_usual", "wholly_owned_company": "preferred"}
    # The published outcome, unchanged: 0.25 x (40 + 100 + 60 + 100) = 75 for the wholly-owned company,
    # 0.25 x (100 + 80 + 80 + 20) = 70 for the strategic partnership; business as usual fails the gate.
    result = appraise(appraisal)
    assert result.shortlist == ["wholly_owned_company", "strategic_partnership"]
    assert (result.score("wholly_owned_company"), result.score("strategic_partnership")) == (75.0, 70.0)
    assert not result.table.loc["business_as_usual", "eligible"] and result.sifted_out == []
    # The one Green Book gap it shows: the 2017 appraisal named no do-minimum option.
    assert [p.message for p in validate([ROOT]).problems if p.code.startswith("W7")] == [
        "no option is marked 'role: do_minimum': the Green Book's shortlist holds a do-minimum option"]


def test_the_standard_csfs_are_the_green_books() -> None:
    from adm_appraise.model import STANDARD_CSFS

    # HM Treasury, The Green Book (2022), Annex A1, paragraph A1.9 and Box 18, "Key Critical
    # Success Factors", in the order given there.
    assert [name for name, _ in STANDARD_CSFS.values()] == [
        "Strategic fit and meets business needs", "Potential value for money", "Supplier capacity and capability",
        "Potential affordability", "Potential achievability"]
