"""Terminal tables that fit the terminal, and money written the British way."""

from __future__ import annotations

import pytest

from adm_appraise.render.columns import fit, money_text


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
