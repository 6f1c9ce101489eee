"""Terminal tables that fit the terminal, and money written the British way."""

from __future__ import annotations

import pytest

from adm_appraise.render.columns import fit, money_text, simple_table, table_width, terminal_table, wrap_lines


@pytest.mark.parametrize(("x", "unit", "text"), [
    (3.6, "£m", "£3.6m"),          # millions, up to two decimals, trailing zeros dropped
    (0.9, "£m", "£900k"),          # £900,000: thousands from £10k
    (0.00125, "£m", "£1,250"),     # £1,250: whole pounds below £10k
    (1250, "£k", "£1.25m"),        # the unit is only how the file counts
    (12.345, "£k", "£12.3k"),      # three significant figures from ten upward
    (-2.29, "£m", "−£2.29m"),      # a true minus sign
    (0, "£m", "£0"),
    (2400, "t CO2e", "2,400 t CO2e"),  # not money: the figure and its unit
])
def test_money_text(x: float, unit: str, text: str) -> None:
    assert money_text(x, unit) == text


def test_fit_wraps_the_named_columns_at_word_boundaries_in_stage_order() -> None:
    headers = ["Option", "Quality of the service", "Score"]
    rows = [["A company wholly owned by the council", "1.0", "75.0"]]
    # as wide as it is: 36 + 2 + 22 + 2 + 5 (+2 for the Score header's padding) = 69
    same = fit(headers, rows, 80, [[(1, 6)], [(0, 10)]])
    assert same == (headers, rows)
    # at 40: the criterion header narrows first, to its longest word plus padding ("Quality" 7,
    # "service" 7), then the option: 40 - 2 - 9 - 2 - 7 = 20 left for it
    narrow_headers, narrow_rows = fit(headers, rows, 40, [[(1, 6)], [(0, 10)]])
    assert narrow_headers[1] == "Quality\nof the\nservice"
    assert narrow_rows[0][0] == "A company wholly\nowned by the council"
    assert narrow_rows[0][2] == "75.0"  # a column not named is never wrapped


def test_fit_never_splits_a_word() -> None:
    _, rows = fit(["Name"], [["Supercalifragilistic expialidocious"]], 10, [[(0, 1)]])
    assert rows[0][0] == "Supercalifragilistic\nexpialidocious"


def test_simple_table_adds_no_padding_to_headers() -> None:
    # tabulate's 'simple' format pads each header by two (its MIN_PADDING): 'Rank' was 6 wide
    text = simple_table([["1", "A"]], ["Rank", "Option"], ["left", "left"])
    assert text.splitlines() == ["Rank  Option", "----  ------", "1     A"]
    assert table_width(["Rank", "Option"], [["1", "A"]]) == 4 + 2 + 6


def test_split_breaks_words_only_as_a_last_resort_and_never_a_figure() -> None:
    headers, rows = ["Name", "Cost"], [["Supercalifragilistic expialidocious", "£1,250k"]]
    # words alone: the name cannot narrow below its longest word (20): 20 + 2 + 7 = 29 wide
    assert table_width(*fit(headers, rows, 20, [[(0, 1), (1, 1)]], pad=0)) == 29
    # with split: the name breaks to 20 - 2 - 7 = 11 characters a line; '£1,250k' stays whole
    _, split = fit(headers, rows, 20, [[(0, 1), (1, 1)]], pad=0, split=True)
    assert split[0][0].split("\n") == ["Supercalifr", "agilistic", "expialidoci", "ous"]
    assert split[0][1] == "£1,250k"


def test_terminal_table_codes_the_named_columns_with_a_key() -> None:
    headers = ["Option", "Quality of the service", "Responsiveness"]
    rows = [["Alpha", "10.0", "5.0"], ["Beta", "7.5", "2.5"]]
    # as it is: 6 + 2 + 22 + 2 + 14 = 46 wide; at 30 the headers cannot wrap narrow enough
    # ('Responsiveness' is 14): coded, 6 + 2 + 4 + 2 + 3 = 17 wide
    assert terminal_table(headers, rows, 46, code=[1, 2]).splitlines()[0] == "Option  Quality of the service  Responsiveness"
    lines = terminal_table(headers, rows, 30, [[(1, 1), (2, 1)]], code=[1, 2]).splitlines()
    assert lines[0].split() == ["Option", "C1", "C2"]
    assert lines[-2:] == ["C1  Quality of the service", "C2  Responsiveness"]
    assert max(map(len, lines)) <= 30


def test_wrap_lines_wraps_only_the_lines_too_long() -> None:
    text = "short\n  a line of running text much too long for the width"
    assert wrap_lines(text, 24).split("\n") == ["short", "  a line of running text", "    much too long for", "    the width"]
    assert wrap_lines(text, None) == text
