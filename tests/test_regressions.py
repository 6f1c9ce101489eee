"""Crashes and escapes found by adversarial testing and fuzzing: each is a clean error now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from adm_appraise.cli import main
from adm_appraise.files import yamlfile
from adm_appraise.files.yamlfile import load_yaml
from adm_appraise.problems import AppraisalError
from tests.conftest import ROOT, make_appraisal


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


def test_report_with_a_zero_weight(tmp_path: Path) -> None:
    # tax_vat at weight 0 moves no score: its score switching value is "no amount will do" (None)
    result = run("report", str(ROOT), "--weight", "tax_vat=0", "--samples", "50")
    assert result.exit_code == 0, result.output
    assert "| Tax and VAT implications | Company wholly owned by the council | 2 | no change will do | no |" in result.stdout


def test_report_with_a_flat_measure(tmp_path: Path) -> None:
    criteria = """
    appraisal: {title: T, scale: {min: 0, max: 5}, baseline: a}
    criteria:
      - {id: c, name: C, weight: 1}
      - {id: m, name: M, weight: 1, type: measure, direction: lower}
    """
    options = {o: f"id: {o}\nname: {o}\nscores: {{c: {s}, m: {{value: 2}}}}\n" for o, s in (("a", 3), ("b", 4))}
    folder = make_appraisal(tmp_path, criteria, **options)
    for fmt in ("markdown", "html"):
        result = run("report", str(folder), "--samples", "50", "--format", fmt)
        assert result.exit_code == 0, result.output
    assert "every option has the same value on 'm'" in result.stderr


def problems_of(tmp_path: Path, raw: bytes) -> list[str]:
    path = tmp_path / "f.yaml"
    path.write_bytes(raw)
    try:
        return [f"{p.where.line}:{p.where.column} {p.code} {p.message}" for p in load_yaml(path).problems]
    except AppraisalError as exc:
        return [f"{p.where.line}:{p.where.column} {p.code} {p.message}" for p in exc.problems]


LARGE = "is too large: numbers here are at most 1e15 in size (larger ones can overflow in arithmetic)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: " + "9" * 5000, [f"1:4 E105 999999999999...(5000 characters) {LARGE}"]),  # past int()'s digit limit
        ("a: 1e308", [f"1:4 E105 1e308 {LARGE}"]),
        ("a: -1.5e15", [f"1:4 E105 -1.5e15 {LARGE}"]),
        ("a: 1e15", []),
        ("a: 2.2e-311", ["1:4 E105 2.2e-311 is too small: numbers here are 0 or at least 1e-15 in size (smaller ones "
                         "can overflow in arithmetic)"]),
        ("a: 1e-15\nb: 0.0\nc: -0", []),
    ],
)
def test_huge_numbers_are_refused(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert problems_of(tmp_path, text.encode()) == expected


def test_overflowing_scale_and_measures_never_reach_the_output(tmp_path: Path) -> None:
    # a scale of +-1e308 made max - min infinite: NaN values, NaN in JSON, a crash in the LP
    criteria = """
    appraisal: {title: T, scale: {min: -1e308, max: 1e308}}
    criteria:
      - {id: c, name: C, weight: 1}
      - {id: m, name: M, weight: 1, type: measure, direction: higher, range: [-1.7e308, 1.7e308]}
    """
    options = {o: f"id: {o}\nname: {o}\nscores: {{c: {s}, m: {{value: 1e308}}}}\n" for o, s in (("a", 3), ("b", 4))}
    folder = make_appraisal(tmp_path, criteria, **options)
    for command in ("score", "sensitivity"):
        result = run(command, str(folder), "--format", "json")
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr.count("[E105]") == 6  # min, max, the range's ends, both values
        assert "NaN" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("epoch", "message"),
    [
        ("253402300800", "SOURCE_DATE_EPOCH 253402300800 is out of range: it must fall before the year 10000"),
        ("²", "SOURCE_DATE_EPOCH must be a whole number of seconds, not '²'"),
        ("٣", "SOURCE_DATE_EPOCH must be a whole number of seconds, not '٣'"),
        ("1" * 30, f"SOURCE_DATE_EPOCH must be a whole number of seconds, not '{'1' * 30}'"),
    ],
)
def test_source_date_epoch_edge_cases(epoch: str, message: str) -> None:
    result = run("report", str(ROOT), "--samples", "10", env={"SOURCE_DATE_EPOCH": epoch})
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"SOURCE_DATE_EPOCH: error: {message} [E303]"


def test_last_second_of_year_9999_is_accepted() -> None:
    result = run("report", str(ROOT), "--samples", "10", env={"SOURCE_DATE_EPOCH": "253402300799"})
    assert result.exit_code == 0
    assert "9999-12-31T23:59:59Z" in result.stdout


def test_deep_nesting_is_refused_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the pure-Python parser (used where libyaml is missing) is slow on deep flow nesting: no
    # more of the event stream is read once the nesting passes READ_DEPTH
    pulled = []
    original = yaml.parse

    def parse(text: str, Loader: type) -> object:  # noqa: N803 - PyYAML's own keyword
        for event in original(text, Loader=yaml.SafeLoader):
            pulled.append(event)
            yield event

    monkeypatch.setattr(yamlfile.yaml, "parse", parse)
    n = 100_000
    assert problems_of(tmp_path, ("a: " + "[" * n + "]" * n).encode()) == [
        "1:67 E106 nesting deeper than 64 levels; the file was not read further"]
    assert len(pulled) < 100


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("a: 1\n".encode("utf-32"), "UTF-32"),  # FF FE 00 00: starts like UTF-16's byte order mark
        (b"\x00\x00\xfe\xff" + "a: 1\n".encode("utf-32-be"), "UTF-32"),
        ("a: 1\n".encode("utf-32-le"), "UTF-32"),
        ("a: 1\n".encode("utf-16"), "UTF-16"),
        ("a: 1\n".encode("utf-16-be"), "UTF-16"),
    ],
)
def test_wide_encodings_are_named(tmp_path: Path, raw: bytes, encoding: str) -> None:
    assert problems_of(tmp_path, raw) == [f"1:1 E002 file is {encoding}; save it as UTF-8"]


def test_off_scale_numbers_are_shown_as_written(tmp_path: Path) -> None:
    criteria = "appraisal: {title: T, scale: {min: 0, max: 5}}\ncriteria: [{id: c, name: C, weight: 1}]\n"
    folder = make_appraisal(tmp_path, criteria, a="id: a\nname: A\nscores: {c: 5.0000000001}\n")
    result = run("validate", str(folder))
    assert result.stdout.splitlines()[0].endswith("error: a: c score 5.0000000001 is off the scale 0-5 [E203]")


def test_score_json_never_holds_a_non_finite_number() -> None:
    data = json.loads(run("score", str(ROOT), "--format", "json").stdout,
                      parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert data["ranking"]


def test_a_numpy_warning_is_an_error_not_a_line_on_stderr() -> None:
    import numpy as np

    from adm_appraise import load_appraisal
    from adm_appraise.cli.common import Failed, numeric_guard

    appraisal = load_appraisal(ROOT)
    with pytest.raises(Failed) as failed, numeric_guard(appraisal):
        np.array([1.0]) / np.array([0.0])
    [problem] = failed.value.problems
    assert str(problem) == (f"{ROOT}/criteria.yaml: error: a computation failed (divide by zero encountered in "
                            "divide): are some numbers extremely large or small? [E304]")
    with numeric_guard(appraisal):  # nothing numeric: nothing raised
        np.array([1.0]) / np.array([2.0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--spread", "1e-300"], "Invalid value for '--spread': 1e-300 is not in the range 0.001<=x<1."),
        (["--samples", "1000000000000"], "Invalid value for '--samples': 1000000000000 is not in the range 1<=x<=10000000."),
    ],
)
def test_monte_carlo_options_are_bounded(args: list[str], message: str) -> None:
    # --spread 1e-300 squared underflowed to 0 (ZeroDivisionError); 10^12 samples exhausted memory
    result = run("sensitivity", str(ROOT), *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


def test_export_with_a_sifted_out_option(tmp_path: Path) -> None:
    # An option that fails a gate and gives no scores is kept out of the decision matrix; the
    # workbook read its scores all the same (KeyError), so export crashed on every such appraisal.
    criteria = """
    appraisal: {title: T, scale: {min: 0, max: 5}}
    criteria:
      - {id: quality, name: Quality, weight: 1}
    gates:
      - {id: lawful, name: Lawful}
    """
    folder = make_appraisal(
        tmp_path / "a", criteria,
        a="id: a\nname: A\ngates: {lawful: pass}\nscores: {quality: {low: 2, score: 3, high: 4}}\n",
        b="id: b\nname: B\ngates: {lawful: pass}\nscores: {quality: 2}\n",
        c="id: c\nname: C\ngates: {lawful: {result: fail, rationale: unlawful}}\n")
    result = run("export", str(folder), "-o", str(tmp_path / "a.xlsx"), "--samples", "20")
    assert result.exit_code == 0, result.output
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    ids = [row[1] for row in book["Scores"].iter_rows(values_only=True)]
    assert "a" in ids and "b" in ids and "c" not in ids  # the matrix holds the scored options only


def test_a_cost_range_ending_at_its_total_as_the_years_round_it(tmp_path: Path) -> None:
    # 3 x 3.7 is 11.100000000000001 in floating point, so 'high: 11.1' (accepted: it is the total
    # to within 1e-9) fell just below the estimate, and the triangular draw took the square root
    # of a negative number: sensitivity and report failed with E304 on a valid appraisal.
    criteria = """
    appraisal: {title: T, scale: {min: 0, max: 5}}
    criteria:
      - {id: quality, name: Quality, weight: 1}
    economics: {base_year: 2020, price_base: 2019-20 prices, optimism_bias: {capital: 0, evidence: [none]}}
    """
    folder = make_appraisal(
        tmp_path, criteria,
        a="id: a\nname: A\nscores: {quality: 3}\ncosts:\n  operating: {by_year: {2022..2024: 3.7}, low: 8.88, high: 11.1}\n",
        b="id: b\nname: B\nscores: {quality: 2}\ncosts:\n  operating: {2022: 1.0}\n")
    assert run("validate", str(folder)).exit_code == 0
    result = run("sensitivity", str(folder), "--samples", "200", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["value_for_money"]
