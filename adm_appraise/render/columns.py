"""Terminal tables that fit the terminal: long names wrapped onto several lines, never cut.

A table of options and criteria by name can be far wider than a terminal. :func:`fit` wraps
the text of the columns a renderer marks as wrappable, widest first, at word boundaries
(a word is never split), until the table fits ``width`` or no column can narrow further.
Money and other figures shown in running text read the British way: :func:`money_text`.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from adm_appraise.render.numbers import figure

FIGURE = re.compile(r"[-−+]?[£$€]?[\d,.]+[%kmbn]*\)?,?")  # 12.5, −3, £1,250k, 40%: never broken
DEFAULT_WIDTH = 100  # when output is not a terminal: a stable width for files, pipes and the docs
GAP = 2  # tabulate's 'simple' format puts two spaces between columns
PAD = 2  # and pads each header by two (its MIN_PADDING)


def fit(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None,
        stages: Sequence[Sequence[tuple[int, int]]], *, pad: int = PAD,
        split: bool = False) -> tuple[list[str], list[list[str]]]:
    """``headers`` and ``rows`` with text wrapped so that the table fits ``width`` characters
    (None: as wide as it is), as far as words allow: a column never narrows below its longest
    word, so a table of many columns may stay wider. ``stages`` lists the columns that may wrap, each with the least
    width it may take (never less than its longest word), in the order to narrow them: every
    column of a stage, widest first, before any of the next. ``pad`` is the padding tabulate
    gives a header (0 for :func:`simple_table`). With ``split``, a last resort: when words alone
    cannot make the table fit, the columns narrow again down to their least width, breaking
    the words longer than that."""
    headers = [str(h) for h in headers]
    table = [[str(c) for c in row] for row in rows]
    if width is None:
        return headers, table
    columns = len(headers)
    cells = [[headers[j], *(r[j] for r in table)] for j in range(columns)]
    natural = [_width(c) for c in cells]
    target = list(natural)

    def shown() -> int:  # tabulate pads a header by MIN_PADDING: a column is at least that wider
        return sum(max(t, min(t, _width([headers[j]])) + pad) for j, t in enumerate(target)) + GAP * (columns - 1)

    def narrow(floor: dict[int, int]) -> None:
        while shown() > width:
            narrowable = [j for j in floor if target[j] > floor[j]]
            if not narrowable:
                break
            widest = max(narrowable, key=lambda j: (target[j], -j))
            target[widest] -= 1

    for stage in stages:
        narrow({j: max(least, _longest_word(cells[j])) for j, least in stage})
    if split:  # figures are never broken: a column keeps the width of its widest figure
        for stage in stages:
            narrow({j: max(least, 1, _widest_figure(cells[j][1:])) for j, least in stage})
    wrapped = {j for j in range(columns) if target[j] < natural[j]}
    return ([_wrap(h, target[j]) if j in wrapped else h for j, h in enumerate(headers)],
            [[_wrap(c, target[j]) if j in wrapped else c for j, c in enumerate(r)] for r in table])


def table_width(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """How wide :func:`simple_table` prints ``headers`` and ``rows``."""
    columns = len(headers)
    return sum(_width([str(headers[j]), *(str(r[j]) for r in rows)]) for j in range(columns)) + GAP * (columns - 1)


def coded(headers: Sequence[str], columns: Sequence[int], prefix: str = "C") -> tuple[list[str], list[str]]:
    """``headers`` with those of ``columns`` replaced by codes (C1, C2, ...) and the key that
    names them, one line a code, to print under the table (as the HTML report codes its wide
    headers)."""
    out = [str(h) for h in headers]
    key = []
    for k, j in enumerate(columns, start=1):
        key.append(f"{prefix}{k}  {' '.join(out[j].split())}")
        out[j] = f"{prefix}{k}"
    return out, key


def terminal_table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None,
                   stages: Sequence[Sequence[tuple[int, int]]] | None = None, *, code: Sequence[int] = (),
                   align: Sequence[str] | None = None, prefix: str = "C") -> str:
    """A terminal table no wider than ``width`` (None: as wide as it is), in three steps, each
    only if the one before is not enough: the ``stages``' columns wrap at words (default: every
    column, widest first); the headers of the ``code`` columns become C1, C2, ... (``prefix``) with a key
    printed under the table; words are broken (never a figure)."""
    align = list(align or ["left"] * len(headers))
    if stages is None:
        stages = [[(j, 1) for j in range(len(headers))]]
    fitted = fit(headers, rows, width, stages, pad=0)
    if width is None or table_width(*fitted) <= width:
        return simple_table(fitted[1], fitted[0], align)
    key: list[str] = []
    if code:
        short, key = coded(headers, code, prefix)
        fitted = fit(short, rows, width, stages, pad=0)
        if table_width(*fitted) > width:
            fitted = fit(short, rows, width, stages, pad=0, split=True)
    else:
        fitted = fit(headers, rows, width, stages, pad=0, split=True)
    key = [line for k in key for line in textwrap.wrap(k, width, subsequent_indent="     ")]
    return "\n".join([simple_table(fitted[1], fitted[0], align), *([""] + key if key else [])])


def wrap_lines(text: str, width: int | None) -> str:
    """``text`` with each line longer than ``width`` wrapped at words (a word longer than the
    width broken), its continuation indented two more than the line: running text under a
    terminal's width. Lines that fit are kept as they are."""
    if width is None:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip(" "))]
        out.extend(textwrap.wrap(line, width, initial_indent="", subsequent_indent=indent + "  ",
                                 break_on_hyphens=False) or [line])
    return "\n".join(out)


def simple_table(rows: Sequence[Sequence[str]], headers: Sequence[str], colalign: Sequence[str]) -> str:
    """A plain terminal table as tabulate's 'simple' format, without the two spaces it adds to
    each header (its MIN_PADDING): a column is as wide as its widest cell."""
    import tabulate as tabulate_module  # here, not at import: `score --format json` draws no table

    saved = tabulate_module.MIN_PADDING
    tabulate_module.MIN_PADDING = 0
    try:
        return tabulate_module.tabulate(rows, headers, tablefmt="simple", disable_numparse=True,
                                        colalign=tuple(colalign))
    finally:
        tabulate_module.MIN_PADDING = saved


def listed(shown: Sequence[str]) -> str:
    """Names joined with commas, or with semicolons where a name holds a comma."""
    return ("; " if any("," in x for x in shown) else ", ").join(shown)


def _width(cells: Sequence[str]) -> int:
    return max((len(line) for c in cells for line in c.split("\n")), default=0)


def _widest_figure(cells: Sequence[str]) -> int:
    return max((len(word) for c in cells for word in c.split() if FIGURE.fullmatch(word)), default=0)


def _longest_word(cells: Sequence[str]) -> int:
    return max((len(word) for c in cells for word in c.split()), default=0)


def _wrap(text: str, width: int) -> str:
    if _longest_word([text]) > width:  # a last resort of fit(split=True): break only the words too long
        text = " ".join(" ".join(w[k:k + width] for k in range(0, len(w), width)) for w in text.split())
    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)) or text


def money_text(x: float, unit: str | None) -> str:
    """An amount in a currency unit as a British reader writes it: £3.6m, £900k, £1,250 (pounds
    below £10k, thousands below £1m, millions below £1bn).

    ``unit`` is the appraisal's unit ('£m', '£k', '£', '£bn'); another unit is kept as it is
    ('3.6 visits'). At most two significant decimals; whole numbers print whole.
    """
    scale = {"bn": 1e9, "m": 1e6, "k": 1e3, "": 1.0}
    if not unit or unit[0] not in "£$€" or unit[1:] not in scale:
        return f"{figure(x, 2).rstrip('0').rstrip('.')}" + (f" {unit}" if unit else "")
    pounds = x * scale[unit[1:]]
    sign = "−" if pounds < 0 else ""
    size = abs(pounds)
    for suffix, factor in (("bn", 1e9), ("m", 1e6), ("k", 1e4)):
        if size >= factor * 0.9995:
            factor = 1e3 if suffix == "k" else factor  # £10k and up in thousands; below, whole pounds
            digits = 1 if size / factor >= 10 else 2
            text = f"{size / factor:,.{digits}f}".rstrip("0").rstrip(".")
            return f"{sign}{unit[0]}{text}{suffix}"
    return f"{sign}{unit[0]}{figure(size, 0)}"
