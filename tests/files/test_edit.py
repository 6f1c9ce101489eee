"""files.edit: one value of a YAML file changed, every other byte kept, in the style the file uses."""

from __future__ import annotations

import pytest

from adm_appraise.files.edit import YamlEdit, human

TEXT = """\
# An option file, with comments to keep.
id: trust
name: "A trust"
description: >-
  A charitable trust runs the centres; the council keeps
  its statutory duties.
gates:
  lawful: pass   # checked by legal
scores:
  quality:
    score: 3  # agreed at the workshop
    rationale: "Good staff."
    evidence:
      - "Staff survey"

  cost: 2
  reach: {value: 1.5, rationale: 'Plan'}
"""


def edited(*steps: tuple[str, tuple[str | int, ...], object]) -> str:
    edit = YamlEdit(TEXT)
    for kind, path, value in steps:
        if kind == "set":
            edit.set(path, value)
        else:
            edit.delete(path)
    return edit.text


def test_a_number_is_replaced_in_place_and_its_comment_kept() -> None:
    assert edited(("set", ("scores", "quality", "score"), 3.5000000000001)) == TEXT.replace(
        "score: 3  # agreed", "score: 3.5  # agreed")
    assert edited(("set", ("gates", "lawful"), "fail")) == TEXT.replace("lawful: pass", "lawful: fail")
    assert edited(("set", ("scores", "reach", "value"), 2.0)) == TEXT.replace("{value: 1.5,", "{value: 2,")


def test_text_keeps_its_quoting_and_folding() -> None:
    assert edited(("set", ("scores", "quality", "rationale"), 'Staff: "good"')) == TEXT.replace(
        '"Good staff."', '"Staff: \\"good\\""')
    assert edited(("set", ("scores", "reach", "rationale"), "It's new")) == TEXT.replace("'Plan'", "'It''s new'")
    assert edited(("set", ("description",), "A trust.")) == TEXT.replace(
        "  A charitable trust runs the centres; the council keeps\n  its statutory duties.\n", "  A trust.\n")


def test_keys_are_added_removed_and_a_short_score_becomes_a_mapping() -> None:
    assert edited(("set", ("scores", "quality", "low"), 2)) == TEXT.replace(
        '      - "Staff survey"\n', '      - "Staff survey"\n    low: 2\n')
    assert edited(("delete", ("scores", "quality", "evidence"), None)) == TEXT.replace(
        '    evidence:\n      - "Staff survey"\n', "")
    assert edited(("set", ("scores", "cost"), {"score": 2, "rationale": "Cheap"})) == TEXT.replace(
        "  cost: 2\n", '  cost:\n    score: 2\n    rationale: "Cheap"\n')
    assert edited(("set", ("scores", "quality", "evidence"), ["A", "B"])) == TEXT.replace(
        '      - "Staff survey"\n', '      - "A"\n      - "B"\n')


def test_a_flow_mapping_gaining_a_key_goes_through_the_round_trip() -> None:
    text = edited(("set", ("scores", "reach", "low"), 1))
    assert "  reach: {value: 1.5, rationale: 'Plan', low: 1}\n" in text
    assert text.replace("  reach: {value: 1.5, rationale: 'Plan', low: 1}\n", "") == TEXT.replace(
        "  reach: {value: 1.5, rationale: 'Plan'}\n", "")


def test_an_unchanged_value_changes_nothing() -> None:
    edit = YamlEdit(TEXT)
    edit.set(("scores", "quality", "score"), 3.0)
    edit.delete(("scores", "quality", "low"))
    assert not edit.changed


@pytest.mark.parametrize(("x", "shown"), [(4.0, 4), (3.5000000001, 3.5), (100 / 3, 33.3333333), (-0.25, -0.25)])
def test_numbers_as_a_person_writes_them(x: float, shown: float) -> None:
    assert human(x) == shown and type(human(x)) is type(shown)
