"""The strict YAML dialect: each kind of bad input is one clean, located error."""

from __future__ import annotations

from pathlib import Path

import pytest

from adm_appraise.files.yamlfile import MAX_BYTES, load_yaml
from adm_appraise.problems import AppraisalError


def load(tmp_path: Path, text: str | bytes):
    path = tmp_path / "f.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return load_yaml(path)


def problems(tmp_path: Path, text: str | bytes) -> list[tuple[int, int, str, str]]:
    """(line, column, code, message) of every problem, whether raised or recorded."""
    try:
        doc = load(tmp_path, text)
        found = doc.problems
    except AppraisalError as exc:
        found = exc.problems
    return [(p.where.line, p.where.column, p.code, p.message) for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\nb: 2\na: 3\n", [(3, 1, "E101", "duplicate key 'a' (first at line 1)")]),
        ("a: !!python/object:os.system x\n", [(1, 4, "E102", "tag !!python/object:os.system: YAML tags are not allowed")]),
        ("a: !!binary aGk=\n", [(1, 4, "E102", "tag !!binary: YAML tags are not allowed")]),
        ("a: &x 1\n", [(1, 4, "E103", "anchor &x: anchors and aliases are not allowed")]),
        ("a: 1\nb: *x\n", [(2, 4, "E103", "alias *x: anchors and aliases are not allowed; write the value out")]),
        ("? [1, 2]\n: x\n", [(1, 3, "E104", "a mapping key must be plain text, not a list or mapping")]),
        ("true: x\n", [(1, 1, "E104", "key 'true' must be text; quote it")]),
        ("1.5: x\n", [(1, 1, "E104", "key '1.5' must be text; quote it")]),
        ("a: .nan\n", [(1, 4, "E105", ".nan is not a finite number")]),
        ("a: -.inf\n", [(1, 4, "E105", "-.inf is not a finite number")]),
        ("a: 1e999\n", [(1, 4, "E105", "1e999 is too large: numbers here are at most 1e15 in size (larger ones can overflow in arithmetic)")]),
        ("a: 1\n---\nb: 2\n", [(2, 1, "E107", "more than one YAML document in the file")]),
        ("a: [1, 2\n", None),
    ],
)
def test_dialect_errors_are_located(tmp_path: Path, text: str, expected) -> None:
    found = problems(tmp_path, text)
    if expected is None:
        assert [code for *_, code, _ in found] == ["E004"]
    else:
        assert found == expected


def test_every_problem_in_a_file_is_reported(tmp_path: Path) -> None:
    text = "a: &x 1\nb: *x\nc: !!str y\na: 2\nd: .inf\n"
    assert [code for _, _, code, _ in problems(tmp_path, text)] == ["E103", "E103", "E102", "E101", "E105"]


def test_yaml11_surprises_stay_text(tmp_path: Path) -> None:
    doc = load(tmp_path, "a: yes\nb: no\nc: on\nd: off\ne: 1:30\nf: 0755\ng: 0x1F\nh: 2017-12-01\ni: 1_000\n")
    assert doc.data == {"a": "yes", "b": "no", "c": "on", "d": "off", "e": "1:30", "f": "0755",
                        "g": "0x1F", "h": "2017-12-01", "i": "1_000"}
    assert doc.problems == []


def test_core_schema_scalars(tmp_path: Path) -> None:
    doc = load(tmp_path, "a: 3\nb: -2.5\nc: 1e3\nd: true\ne: null\nf: ~\ng:\nh: '3'\ni: .5\nj: 0\n")
    assert doc.data == {"a": 3, "b": -2.5, "c": 1000.0, "d": True, "e": None, "f": None, "g": None,
                        "h": "3", "i": 0.5, "j": 0}
    assert isinstance(doc.data["a"], int) and isinstance(doc.data["h"], str)


def test_integer_keys_are_kept_for_levels(tmp_path: Path) -> None:
    assert load(tmp_path, "levels: {0: none, 5: full}\n").data == {"levels": {0: "none", 5: "full"}}


def test_positions_of_values_and_keys(tmp_path: Path) -> None:
    doc = load(tmp_path, "criteria:\n  - id: x\n    weight: 3\n")
    value, key = doc.where(("criteria", 0, "weight")), doc.where(("criteria", 0, "weight"), key=True)
    assert (value.line, value.column, key.line, key.column) == (3, 13, 3, 5)
    # an unknown path falls back to its nearest ancestor
    assert doc.where(("criteria", 0, "missing")).line == 2


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    found = problems(tmp_path, "a: " + "[" * 40 + "]" * 40 + "\n")
    assert [code for _, _, code, _ in found] == ["E106"]


def test_bad_utf8_points_at_the_byte(tmp_path: Path) -> None:
    assert problems(tmp_path, b"a: 1\nname: caf\xe9\n") == [
        (2, 10, "E002", "invalid UTF-8 byte 0xe9; save the file as UTF-8")
    ]


def test_utf16_is_named(tmp_path: Path) -> None:
    assert problems(tmp_path, "a: 1\n".encode("utf-16")) == [(1, 1, "E002", "file is UTF-16; save it as UTF-8")]


def test_encoded_surrogate_is_bad_utf8(tmp_path: Path) -> None:
    # U+D800 encoded as UTF-8 (CESU style) is not valid UTF-8
    assert problems(tmp_path, b"a: \xed\xa0\x80\n")[0][2] == "E002"


def test_escaped_lone_surrogate_is_refused(tmp_path: Path) -> None:
    [(line, col, code, _)] = problems(tmp_path, 'a: "\\ud800"\n')
    assert (line, code) == (1, "E004")  # libyaml refuses the escape itself


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    assert load(tmp_path, "\ufeffa: é\n").data == {"a": "é"}


def test_size_cap(tmp_path: Path) -> None:
    assert problems(tmp_path, "#" * (MAX_BYTES + 1)) == [
        (1, 1, "E003", f"file is {MAX_BYTES + 1} bytes, over the {MAX_BYTES}-byte cap")
    ]


def test_control_character_is_a_syntax_error(tmp_path: Path) -> None:
    [(line, col, code, _)] = problems(tmp_path, "a: 1\nb: x\x07y\n")
    assert (line, col, code) == (2, 5, "E004")


def test_empty_file_has_no_data(tmp_path: Path) -> None:
    assert load(tmp_path, "# just a comment\n").data is None


def test_shared_reading_gives_a_second_copy_the_same_reading_under_its_own_path(tmp_path: Path) -> None:
    from adm_appraise.files import yamlfile

    text = "id: x\nscores:\n  quality: {score: 4, evidence: [a, b]}\n"
    broken = "id: y\nid: y\n"  # a duplicate key: a problem, so never shared
    for side in ("old", "new"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "x.yaml").write_text(text, encoding="utf-8")
        (tmp_path / side / "y.yaml").write_text(broken, encoding="utf-8")
    alone = load_yaml(tmp_path / "new" / "x.yaml")
    parses = []
    build = yamlfile._Builder.build

    def counted(self: yamlfile._Builder) -> yamlfile.Document:
        parses.append(self.name)
        return build(self)

    with pytest.MonkeyPatch.context() as patch, yamlfile.shared_reading():
        patch.setattr(yamlfile._Builder, "build", counted)
        first, second = load_yaml(tmp_path / "old" / "x.yaml"), load_yaml(tmp_path / "new" / "x.yaml")
        bad = [load_yaml(tmp_path / side / "y.yaml") for side in ("old", "new")]
    assert parses == [str(tmp_path / p) for p in ("old/x.yaml", "old/y.yaml", "new/y.yaml")]
    assert (second.data, second.values, second.keys) == (alone.data, alone.values, alone.keys)
    assert second.data is not first.data  # data of its own
    assert second.where(("scores", "quality", "evidence", 1)) == alone.where(("scores", "quality", "evidence", 1))
    assert str(second.where(("id",))).startswith(str(tmp_path / "new" / "x.yaml"))
    assert [str(d.problems[0].where).split(":")[0] for d in bad] == [str(tmp_path / s / "y.yaml") for s in ("old", "new")]
    # outside the block, nothing is kept
    assert yamlfile._read_before is None
