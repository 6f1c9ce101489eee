"""Charts for reports: inline SVG for HTML, text bars for Markdown. Each returns a string.

Plain string building, no plotting library: every piece of text is escaped, every chart
carries a <title> and an aria-label (role="img"), and the colours come from the Okabe-Ito
palette (categories) and a viridis-like ramp (sequential), which survive greyscale printing
and the common colour-vision deficiencies. Segments are also separated by white gaps and
labelled with their numbers, so no chart relies on colour alone.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from typing import Any

from adm_appraise.render import labels
from adm_appraise.render.numbers import digits_for, figure

# Okabe-Ito, ordered so that neighbouring segments differ in lightness as well as hue.
CATEGORICAL = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#F0E442",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#000000",
)
# Text-bar glyphs for the same categories: distinct densities read in any font.
GLYPHS = ("█", "▓", "▒", "░", "▚", "▞", "▖", "·")
# viridis, sampled: dark purple (low) to yellow (high); lightness rises monotonically.
VIRIDIS = ("#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725")

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
CHAR_WIDTH = 7.0  # average width of a 12px sans-serif character (bold included), for layout
ROW = 26  # height of one bar row


def esc(text: object) -> str:
    """Text safe inside SVG character data and attribute values."""
    return html.escape(str(text), quote=True)


def colour(index: int) -> str:
    return CATEGORICAL[index % len(CATEGORICAL)]


def glyph(index: int) -> str:
    return GLYPHS[index % len(GLYPHS)]


def ink(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (relative luminance)."""
    r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lum = sum(
        k * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        for k, c in zip((0.2126, 0.7152, 0.0722), (r, g, b), strict=True)
    )
    return "#000000" if lum > 0.22 else "#ffffff"


def ramp(fraction: float) -> str:
    """A viridis colour for a fraction in [0, 1] (linear between the sampled stops)."""
    f = min(max(fraction, 0.0), 1.0) * (len(VIRIDIS) - 1)
    i = min(int(f), len(VIRIDIS) - 2)
    t = f - i
    a, b = VIRIDIS[i], VIRIDIS[i + 1]
    mix = (round(int(a[k : k + 2], 16) * (1 - t) + int(b[k : k + 2], 16) * t) for k in (1, 3, 5))
    return "#" + "".join(f"{c:02X}" for c in mix)


def _n(x: float) -> str:
    """A coordinate: fixed precision, so output is stable across platforms."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _truncate(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: max(chars - 1, 1)].rstrip() + "…"


def _svg(
    width: float,
    height: float,
    title: str,
    desc: str,
    body: list[str],
    css_class: str,
    narrow: bool = False,
) -> str:
    layout = "narrow" if narrow else "wide"
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css_class} chart-{layout}" role="img" '
            f'aria-label="{esc(title)}" viewBox="0 0 {_n(width)} {_n(height)}" '
            f'width="{_n(width)}" height="{_n(height)}" font-family="{esc(FONT)}" font-size="12">',
            f"<title>{esc(title)}</title>",
            f"<desc>{esc(desc)}</desc>",
            *body,
            "</svg>",
        ]
    )


def _text(
    x: float, y: float, text: str, anchor: str = "start", fill: str = "#1a1a1a", extra: str = ""
) -> str:
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" fill="{fill}"{extra}>'
        f"{esc(text)}</text>"
    )


def _legend(
    items: Sequence[tuple[str, str]], x: float, y: float, width: float
) -> tuple[list[str], float]:
    """Legend swatches that wrap within ``width`` (a label too long for a line wraps onto
    several, whole); returns the parts and the height used."""
    parts, cx, cy, row_h = [], x, y, 20.0
    chars = max(int((width - 18) / CHAR_WIDTH), 8)
    for label, fill in items:
        lines = _wrap(label, chars, most=99)
        w = 18 + max(len(line) for line in lines) * CHAR_WIDTH + 16
        if cx > x and cx + w > x + width:
            cx, cy, row_h = x, cy + row_h, 20.0
        parts.append(
            f'<rect x="{_n(cx)}" y="{_n(cy)}" width="12" height="12" fill="{fill}" '
            f'stroke="#1a1a1a" stroke-width="0.5"/>'
        )
        parts += _label(lines, cx + 17, cy + 10.5, "start")
        row_h = max(row_h, 20.0 + LINE * (len(lines) - 1))
        cx += w
    return parts, cy - y + row_h


def _axis(
    x0: float, top: float, bottom: float, scale: float, ticks: Sequence[float], unit: str = ""
) -> list[str]:
    parts = []
    for t in ticks:
        x = x0 + t * scale
        parts.append(
            f'<line x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}" y2="{_n(bottom)}" '
            f'stroke="#d0d0d0" stroke-width="1"/>'
        )
        parts.append(_text(x, bottom + 14, f"{t:g}{unit}", "middle", "#4a4a4a"))
    return parts


NARROW = 340.0  # width of the narrow (phone) layout: labels above the bars, at full size
LINE = 14  # height of one extra line of a wrapped label
LABEL_CHARS = 36  # widest row label of the wide layout, in characters; longer names wrap
HEAT_MAX = 940.0  # widest heat table with full column headers (fits the report's column)


def _rows(names: Sequence[str], narrow: bool, chars: int) -> list[tuple[list[str], float, float]]:
    """Each row's label lines, the offset of its bar below the row's top, and its height.

    Wide: the label wraps beside the bar (never truncated); narrow: it wraps above the bar.
    """
    out: list[tuple[list[str], float, float]] = []
    for name in names:
        lines = _wrap(name, chars, most=99)
        if narrow:
            out.append((lines, LINE * len(lines) + 4, LINE * len(lines) + 6 + ROW))
        else:
            extra = LINE * (len(lines) - 1)
            out.append((lines, extra / 2, ROW + extra))
    return out


def _label(lines: Sequence[str], x: float, y: float, anchor: str, extra: str = "") -> list[str]:
    """A multi-line label whose first baseline is at ``y``."""
    return [_text(x, y + LINE * k, line, anchor, extra=extra) for k, line in enumerate(lines)]


def _row_label(lines: Sequence[str], left: float, y: float, narrow: bool) -> list[str]:
    """A row's name: above its bars in the narrow layout, right-aligned before them in the wide one."""
    return _label(lines, left, y + 14, "start") if narrow else _label(lines, left - 8, y + 17, "end")


def _label_width(names: Sequence[str]) -> tuple[int, float]:
    chars = min(max((len(n) for n in names), default=10), LABEL_CHARS)
    chars = max(chars, max((len(w) for n in names for w in n.split()), default=1))
    return chars, 16 + chars * CHAR_WIDTH * 1.08  # room for a bold (shortlisted) name


def contributions_svg(
    options: Sequence[Mapping[str, Any]],
    criteria: Sequence[Mapping[str, Any]],
    title: str = "Weighted contributions to each option's overall score",
    narrow: bool = False,
) -> str:
    """Stacked horizontal bars: each option's overall score split by criterion.

    ``options``: dicts with id, name, score, eligible and contributions {criterion id: points}
    (``points`` and ``shown``, when present, are the parts and total as the tables show them);
    ``criteria``: dicts with id and name, in legend order. Segments too small to hold their
    number are listed in the ranking table beside the chart. ``narrow``: the phone layout.
    """
    names = [str(o["name"]) for o in options]
    if narrow:
        chars, left = int((NARROW - 24) / CHAR_WIDTH), 12.0
        plot, width = NARROW - 12 - 52, NARROW
    else:
        chars, left = _label_width(names)
        plot = 520.0
        width = left + plot + 56
    scale = plot / 100.0
    legend, legend_h = _legend(
        [(c["name"], colour(i)) for i, c in enumerate(criteria)], 12, 8, width - 24
    )
    top = 8 + legend_h + 8
    body = [*legend]
    rows = list(options)
    layout = _rows(names, narrow, chars)
    gap = 18 if any(not o["eligible"] for o in rows) and any(o["eligible"] for o in rows) else 0
    bottom = top + sum(h for _, _, h in layout) + gap
    body += _axis(left, top, bottom, scale, [0, 20, 40, 60, 80, 100] if not narrow else [0, 50, 100])
    y = top
    for k, (o, (lines, offset, height)) in enumerate(zip(rows, layout, strict=True)):
        if gap and k and rows[k - 1]["eligible"] and not o["eligible"]:
            body.append(
                _text(
                    12,
                    y + 12,
                    "Ineligible (benchmarks only)",
                    fill="#4a4a4a",
                    extra=' font-style="italic" font-size="11"',
                )
            )
            y += gap
        muted = not o["eligible"]
        body.append('<g class="bar" opacity="0.55">' if muted else '<g class="bar">')
        weight = f' font-weight="{"600" if o.get("shortlisted") else "400"}"'
        if narrow:
            body += _label(lines, left, y + 14, "start", weight)
        else:
            body += _label(lines, left - 8, y + 17, "end", weight)
        bar = y + offset
        x = left
        shown_points = o.get("points") or o["contributions"]  # the parts as the tables show them
        for i, c in enumerate(criteria):
            points = float(shown_points[c["id"]])
            w = points * scale
            if w <= 0:
                continue
            fill = colour(i)
            body.append(
                f'<rect x="{_n(x)}" y="{_n(bar + 4)}" width="{_n(w)}" height="{ROW - 8}" fill="{fill}" '
                f'stroke="#ffffff" stroke-width="1"><title>{esc(o["name"])}: {esc(c["name"])} '
                f"{points:.1f} points</title></rect>"
            )
            if w >= 30:
                body.append(
                    _text(x + w / 2, bar + 17, f"{points:.1f}", "middle", ink(fill), ' font-size="10"')
                )
            x += w
        total = float(o.get("shown", o["score"]))
        body.append(_text(x + 6, bar + 17, f"{total:.1f}", extra=' font-weight="600"'))
        body.append("</g>")
        y += height
    height = bottom + 24
    desc = "; ".join(
        f"{o['name']}: {float(o.get('shown', o['score'])):.1f}"
        + ("" if o["eligible"] else " (ineligible)")
        + " = "
        + " + ".join(
            f"{c['name']} {float((o.get('points') or o['contributions'])[c['id']]):.1f}"
            for c in criteria
        )
        for o in rows
    )
    return _svg(width, height, title, desc, body, "chart-contributions", narrow)


def heat_svg(
    options: Sequence[Mapping[str, Any]],
    gates: Sequence[Mapping[str, Any]],
    criteria: Sequence[Mapping[str, Any]],
    title: str = "Gate results and scores by option",
    narrow: bool = False,
) -> str:
    """A heat table: a column per gate (pass / conditional / fail) and per criterion (the score,
    shaded by its 0-100 value).

    ``options``: dicts with name, gates {gate id: {result}}, scores {criterion id: {raw, value}}.
    Wide: column headers wrapped in full above their columns. Narrow: columns headed G1, G2,
    ... and C1, C2, ..., with a key below, and each option's name above its row of cells.
    """
    columns = [("gate", g) for g in gates] + [("criterion", c) for c in criteria]
    keys = [f"G{k + 1}" for k in range(len(gates))] + [f"C{k + 1}" for k in range(len(criteria))]
    names = [str(o["name"]) for o in options]
    body = []
    if narrow:
        left, chars = 12.0, int((NARROW - 24) / CHAR_WIDTH)
        cell_w = min((NARROW - 24) / max(len(columns), 1), 84.0)
        width = NARROW
    else:
        chars, left = _label_width(names)
        cell_w = 84.0
        width = left + cell_w * len(columns) + 12
    # Full headers when they fit a page or screen; else codes (G1, C1) and a key below.
    keyed = narrow or width > HEAT_MAX
    if keyed and not narrow:
        cell_w = max(min((HEAT_MAX - left - 12) / max(len(columns), 1), 84.0), 40.0)
        width = left + cell_w * len(columns) + 12
    if keyed:
        head_h = 22.0
        for j, key in enumerate(keys):
            body.append(
                _text(left + cell_w * j + cell_w / 2, 15, key, "middle", extra=' font-size="11" font-weight="600"')
            )
    else:
        wrapped = [_wrap(col["name"], 11, most=99) for _, col in columns]
        head_h = 13.0 * max((len(w) for w in wrapped), default=1) + 10
        for j, lines in enumerate(wrapped):
            cx = left + cell_w * j + cell_w / 2
            for k, line in enumerate(lines):
                body.append(
                    _text(cx, 13 + k * 13, line, "middle", extra=' font-size="11" font-weight="600"')
                )
    layout = _rows(names, narrow, chars)
    cell_h = 26.0
    total_h = sum(h for _, _, h in layout)
    if gates and not narrow:
        sep = left + cell_w * len(gates)
        body.append(
            f'<line x1="{_n(sep)}" y1="4" x2="{_n(sep)}" y2="{_n(head_h + total_h)}" '
            f'stroke="#1a1a1a" stroke-width="1.5"/>'
        )
    marks = {
        "pass": ("✓ pass", "#ffffff"),
        "conditional": ("◐ conditional", "#D9D9D9"),
        "fail": ("✗ fail", "#1a1a1a"),
    }
    short = {"pass": "✓", "conditional": "◐", "fail": "✗"}
    y = head_h
    for o, (lines, offset, height) in zip(options, layout, strict=True):
        body += _row_label(lines, left, y, narrow)
        top = y + offset
        for j, (kind, col) in enumerate(columns):
            x = left + cell_w * j
            if kind == "gate":
                result = o["gates"][col["id"]]["result"]
                label, fill = marks.get(result, (result, "#ffffff"))
                if keyed or cell_w < 90:
                    label = short.get(result, result)
                tip = f"{o['name']}, {col['name']}: {result}"
            else:
                score = o["scores"][col["id"]]
                fill = ramp(float(score["value"]) / 100.0)
                label = _fmt_raw(score["raw"])
                tip = f"{o['name']}, {col['name']}: {label} (value {float(score['value']):.0f} of 100)"
            body.append(
                f'<rect x="{_n(x + 1)}" y="{_n(top + 1)}" width="{_n(cell_w - 2)}" height="{_n(cell_h - 2)}" '
                f'fill="{fill}" stroke="#9a9a9a" stroke-width="0.5"><title>{esc(tip)}</title></rect>'
            )
            body.append(_text(x + cell_w / 2, top + 17, label, "middle", ink(fill)))
        y += height
    height = y + 8
    if keyed:  # the key to the column codes, wrapped below the table
        y += 12
        key_chars = chars if narrow else int((width - 24) / CHAR_WIDTH)
        for key, (_, col) in zip(keys, columns, strict=True):
            lines = _wrap(f"{key}: {col['name']}", key_chars, most=99)
            body += _label(lines, left, y + 14, "start", ' font-size="11"')
            y += LINE * len(lines) + 2
        height = y + 8
    desc = "; ".join(
        f"{o['name']}: "
        + ", ".join(
            [f"{g['name']} {o['gates'][g['id']]['result']}" for g in gates]
            + [f"{c['name']} {_fmt_raw(o['scores'][c['id']]['raw'])}" for c in criteria]
        )
        for o in options
    )
    return _svg(width, height, title, desc, body, "chart-heat", narrow)


def _fmt_raw(x: float) -> str:
    return figure(float(x), digits_for(float(x)))


def _wrap(text: str, chars: int, most: int = 2) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= chars:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > most:
        lines = [*lines[: most - 1], _truncate(" ".join(lines[most - 1 :]), chars)]
    return lines or [""]


def tornado_svg(
    rows: Sequence[Mapping[str, Any]],
    title: str = "Switching distances: how far each weight can move before the leader changes",
    narrow: bool = False,
) -> str:
    """Bars left (weight down) and right (weight up) of each criterion's current weight, in
    percentage points, to the weight at which the leader changes; a missing side never switches.

    ``rows``: dicts with name, down (points or None) and up (points or None), most sensitive first.
    """
    names = [str(r["name"]) for r in rows]
    if narrow:
        chars, left = int((NARROW - 24) / CHAR_WIDTH), 12.0
        half = (NARROW - 24 - 2 * 44) / 2
        width = NARROW
        mid = left + 44 + half
    else:
        chars, left = _label_width(names)
        half = 200.0
        width = left + 2 * half + 90
        mid = left + half + 44
    finite = [v for r in rows for v in (r["down"], r["up"]) if v is not None]
    span = max(max(finite, default=10.0), 1.0)
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100) if span / s <= (5 if not narrow else 3))
    span = step * -(-span // step)
    scale = half / span
    top = 30.0
    layout = _rows(names, narrow, chars)
    bottom = top + sum(h for _, _, h in layout)
    body = [
        _text(mid - 6, 14, "◀ weight lower", "end", "#4a4a4a", ' font-size="11"'),
        _text(mid + 6, 14, "weight higher ▶", "start", "#4a4a4a", ' font-size="11"'),
    ]
    ticks = [k * step for k in range(int(span // step) + 1)]
    for t in ticks:
        for sign in (-1, 1) if t else (1,):
            x = mid + sign * t * scale
            body.append(
                f'<line x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}" y2="{_n(bottom)}" stroke="#d0d0d0"/>'
            )
            body.append(_text(x, bottom + 14, f"{t:g}", "middle", "#4a4a4a"))
    body.append(
        _text(
            mid, bottom + 28, "percentage points of weight", "middle", "#4a4a4a", ' font-size="11"'
        )
    )
    y = top
    for r, (lines, offset, height) in zip(rows, layout, strict=True):
        body += _row_label(lines, left, y, narrow)
        bar = y + offset
        for side, value, fill in (
            ("down", r["down"], CATEGORICAL[4]),
            ("up", r["up"], CATEGORICAL[0]),
        ):
            sign = -1 if side == "down" else 1
            if value is None:
                body.append(
                    _text(
                        mid + sign * 8,
                        bar + 17,
                        "never",
                        "end" if sign < 0 else "start",
                        "#4a4a4a",
                        ' font-style="italic" font-size="11"',
                    )
                )
                continue
            w = float(value) * scale
            x = mid - w if sign < 0 else mid
            body.append(
                f'<rect x="{_n(x)}" y="{_n(bar + 5)}" width="{_n(max(w, 1))}" height="{ROW - 10}" fill="{fill}">'
                f"<title>{esc(r['name'])}: leader changes if the weight {'falls' if sign < 0 else 'rises'} "
                f"by {float(value):.1f} points</title></rect>"
            )
            tx = mid + sign * (w + 4)
            body.append(
                _text(
                    tx,
                    bar + 17,
                    f"{float(value):.1f}",
                    "end" if sign < 0 else "start",
                    extra=' font-size="11"',
                )
            )
        y += height
    body.append(
        f'<line x1="{_n(mid)}" y1="{_n(top - 4)}" x2="{_n(mid)}" y2="{_n(bottom)}" '
        'stroke="#1a1a1a" stroke-width="1.5"/>'
    )
    desc = "; ".join(
        f"{r['name']}: down {'never' if r['down'] is None else format(float(r['down']), '.1f')}, "
        f"up {'never' if r['up'] is None else format(float(r['up']), '.1f')} points"
        for r in rows
    )
    return _svg(width, bottom + 36, title, desc, body, "chart-tornado", narrow)


def acceptability_svg(
    rows: Sequence[Mapping[str, Any]],
    title: str = "Rank acceptability: how often each option takes each rank",
    narrow: bool = False,
) -> str:
    """100% stacked bars: for each option, the share of samples giving it rank 1, 2, ...

    ``rows``: dicts with name and shares (a list of fractions, rank 1 first), and optionally
    percents (the shares as the table shows them). Segments too narrow for their number are
    listed in the table beside the chart.
    """
    ranks = max((len(r["shares"]) for r in rows), default=1)
    names = [str(r["name"]) for r in rows]
    if narrow:
        chars, left = int((NARROW - 24) / CHAR_WIDTH), 12.0
        plot, width = NARROW - 36, NARROW
    else:
        chars, left = _label_width(names)
        plot = 520.0
        width = left + plot + 20
    fills = [ramp(k / max(ranks - 1, 1)) for k in range(ranks)]
    legend, legend_h = _legend(
        [(f"Rank {k + 1}", fills[k]) for k in range(ranks)], 12, 8, width - 24
    )
    top = 8 + legend_h + 8
    body = [*legend]
    layout = _rows(names, narrow, chars)
    bottom = top + sum(h for _, _, h in layout)
    body += _axis(left, top, bottom, plot / 100, [0, 25, 50, 75, 100] if not narrow else [0, 50, 100], "%")
    y = top
    for r, (lines, offset, height) in zip(rows, layout, strict=True):
        body += _row_label(lines, left, y, narrow)
        bar = y + offset
        x = left
        for k, share in enumerate(r["shares"]):
            w = float(share) * plot
            if w <= 0:
                continue
            body.append(
                f'<rect x="{_n(x)}" y="{_n(bar + 4)}" width="{_n(w)}" height="{ROW - 8}" fill="{fills[k]}" '
                f'stroke="#ffffff" stroke-width="1"><title>{esc(r["name"])}: rank {k + 1} in '
                f"{float(share):.1%} of samples</title></rect>"
            )
            if w >= 34:
                percent = r["percents"][k] if r.get("percents") else float(share) * 100
                body.append(
                    _text(
                        x + w / 2,
                        bar + 17,
                        f"{percent:.0f}%",
                        "middle",
                        ink(fills[k]),
                        ' font-size="10"',
                    )
                )
            x += w
        y += height
    desc = "; ".join(
        f"{r['name']}: "
        + ", ".join(
            f"rank {k + 1} {p:.0f}%"
            for k, p in enumerate(r.get("percents") or [float(s) * 100 for s in r["shares"]])
            if p
        )
        for r in rows
    )
    return _svg(width, bottom + 24, title, desc, body, "chart-acceptability", narrow)


def text_bar(parts: Sequence[float], per_char: float = 2.5) -> str:
    """A stacked text bar for Markdown: part k drawn with glyph k, one character per ``per_char``.

    Boundaries are rounded cumulatively, so the bar's length always matches the total.
    """
    out, done, total = [], 0, 0.0
    for k, part in enumerate(parts):
        total += max(float(part), 0.0)
        end = int(total / per_char + 0.5)
        out.append(glyph(k) * (end - done))
        done = end
    return "".join(out)


def level_bar(fraction: float, width: int = 5) -> str:
    """■■■□□: a fraction of ``width`` filled squares (for the Markdown heat table)."""
    filled = int(min(max(fraction, 0.0), 1.0) * width + 0.5)
    return "■" * filled + "□" * (width - filled)


def _nice_ticks(top: float, most: int = 6) -> list[float]:
    """0 and round steps (1, 2, 2.5 or 5 times a power of ten) up to at least ``top``."""
    top = max(top, 1e-9)
    power = 10 ** math.floor(math.log10(top / most))
    step = next(power * m for m in (1, 2, 2.5, 5, 10) if top / (power * m) <= most)
    count = math.ceil(top / step - 1e-9)
    return [round(k * step, 10) for k in range(count + 1)]


def _point_name(p: Mapping[str, Any]) -> str:
    name = str(p["name"])
    return name + " (baseline)" if p["baseline"] and "baseline" not in name.lower() else name


def frontier_svg(
    points: Sequence[Mapping[str, Any]],
    unit: str,
    title: str = "Benefit score against present value of costs, with the efficiency frontier",
) -> str:
    """Each option's benefit score (0-100, up) against its PVC (right); the frontier joins the
    options no other beats on both, cheapest first. Off-frontier options are hollow, options
    that fail a gate are grey crosses, the baseline is labelled as such.

    ``points``: dicts with name, score, pvc, frontier (bool), eligible (bool), baseline (bool).
    Past ``labels.MOST`` points, only that many are named on the chart (the baseline, the frontier
    from the cheapest, then the highest scores); every point is named in its tooltip and the
    description.
    """
    named = set(range(len(points)))
    if len(points) > labels.MOST:
        order = sorted(range(len(points)), key=lambda k: (
            not points[k]["baseline"], not points[k]["frontier"],
            float(points[k]["pvc"]) if points[k]["frontier"] else -float(points[k]["score"]), k))
        named = set(order[: labels.MOST])
    left, top, plot_w, plot_h = 58.0, 16.0, 560.0, 340.0
    bottom = top + plot_h
    xticks = _nice_ticks(max((float(p["pvc"]) for p in points), default=1.0))
    xmax = xticks[-1] or 1.0

    def sx(cost: float) -> float:
        return left + float(cost) / xmax * plot_w

    def sy(score: float) -> float:
        return bottom - float(score) / 100.0 * plot_h

    line = sorted((p for p in points if p["frontier"]), key=lambda p: (float(p["pvc"]), float(p["score"])))
    # the labels first: when those in the column right of the plot reach below it, the plot grows
    # to their height, so that their leader lines stay clear of the axis below
    for _ in range(2):
        bottom = top + plot_h
        xy = [(sx(p["pvc"]), sy(p["score"])) for p in line]
        frame = labels.Box(left, top, left + plot_w, bottom)
        shown = iter(labels.place([(sx(p["pvc"]), sy(p["score"]), _point_name(p))
                                   for k, p in enumerate(points) if k in named], frame,
                                  list(zip(xy, xy[1:], strict=False)),
                                  [(sx(p["pvc"]), sy(p["score"])) for k, p in enumerate(points) if k not in named]))
        placed = [next(shown) if k in named else None for k in range(len(points))]
        lowest = max((label.box.y1 for label in placed if label), default=bottom)
        if lowest <= bottom:
            break
        plot_h += lowest - bottom + labels.PAD
    body = []
    for t in xticks:
        body.append(f'<line x1="{_n(sx(t))}" y1="{_n(top)}" x2="{_n(sx(t))}" y2="{_n(bottom)}" stroke="#e3e3e3"/>')
        body.append(_text(sx(t), bottom + 14, f"{t:g}", "middle", "#4a4a4a"))
    for t in (0, 20, 40, 60, 80, 100):
        body.append(f'<line x1="{_n(left)}" y1="{_n(sy(t))}" x2="{_n(left + plot_w)}" y2="{_n(sy(t))}" '
                    'stroke="#e3e3e3"/>')
        body.append(_text(left - 6, sy(t) + 4, f"{t}", "end", "#4a4a4a"))
    body.append(f'<rect class="frame" x="{_n(left)}" y="{_n(top)}" width="{_n(plot_w)}" height="{_n(plot_h)}" '
                'fill="none" stroke="#1a1a1a" stroke-width="1"/>')
    body.append(_text(left + plot_w / 2, bottom + 32, f"present value of costs, {unit} (with optimism bias)",
                      "middle", "#4a4a4a", ' font-size="11"'))
    body.append(_text(14, top + plot_h / 2, "benefit score (0-100)", "middle", "#4a4a4a",
                      f' font-size="11" transform="rotate(-90 14 {_n(top + plot_h / 2)})"'))
    if len(line) > 1:
        path = " ".join(f"{_n(x)},{_n(y)}" for x, y in xy)
        body.append(f'<polyline points="{path}" fill="none" stroke="{CATEGORICAL[0]}" stroke-width="2"/>')
    right, low = left + plot_w, bottom + 44
    marks: list[str] = []  # drawn over the leader lines, under the labels
    names: list[str] = []
    for p, label in zip(points, placed, strict=True):
        x, y = sx(p["pvc"]), sy(p["score"])
        name = _point_name(p)
        tip = f"<title>{esc(name)}: score {float(p['score']):.1f}, PVC {float(p['pvc']):,.2f} {esc(unit)}</title>"
        if not p["eligible"]:
            marks.append(f'<path class="point" d="M{_n(x - 5)},{_n(y - 5)} L{_n(x + 5)},{_n(y + 5)} '
                        f'M{_n(x - 5)},{_n(y + 5)} L{_n(x + 5)},{_n(y - 5)}" stroke="#6b6b6b" stroke-width="2">'
                        f"{tip}</path>")
        else:
            fill = CATEGORICAL[0] if p["frontier"] else "#ffffff"
            marks.append(f'<circle class="point" cx="{_n(x)}" cy="{_n(y)}" r="5" fill="{fill}" '
                        f'stroke="{CATEGORICAL[0]}" stroke-width="2">{tip}</circle>')
        ink_ = "#1a1a1a" if p["eligible"] else "#6b6b6b"
        if label is None:
            continue
        if label.leader:
            x1, y1, x2, y2 = label.leader
            body.append(f'<line class="leader" x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" '
                        'stroke="#6b6b6b" stroke-width="0.75"/>')
        names.append('<g class="point-label">')
        names += [_text(label.box.x0, label.box.y0 + labels.ASCENT + labels.LINE * k, text, "start", ink_,
                       ' font-size="11"') for k, text in enumerate(label.lines)]
        names.append("</g>")
        right, low = max(right, label.box.x1), max(low, label.box.y1)
    body += marks + names
    width, height = right + 8, low + 8
    desc = "; ".join(
        f"{_point_name(p)}: score {float(p['score']):.1f}, "
        f"PVC {float(p['pvc']):,.2f} {unit}"
        + (", on the frontier" if p["frontier"] else "" if p["eligible"] else ", fails a gate")
        for p in points
    )
    return _svg(width, height, title, desc, body, "chart-frontier")


def value_function_svg(
    curve: Sequence[tuple[float, float]], worst: float, best: float, unit: str, name: str,
    knots: Sequence[tuple[float, float]] = (),
) -> str:
    """A small chart of one criterion's value function: raw score or value (worst at the left,
    best at the right) across, value 0-100 up. ``curve``: (raw, value) points joined by a line;
    ``knots``: the points the analyst gave, marked (a discrete function's levels, marked alone).

    One size for every screen (it is small), so it has neither the wide nor the narrow class.
    """
    left, top, plot_w, plot_h = 44.0, 12.0, 250.0, 140.0
    bottom = top + plot_h

    def sx(raw: float) -> float:
        return left + (0.0 if best == worst else (raw - worst) / (best - worst)) * plot_w

    def sy(value: float) -> float:
        return bottom - value / 100.0 * plot_h

    body = []
    for t in (0, 25, 50, 75, 100):
        body.append(f'<line x1="{_n(left)}" y1="{_n(sy(t))}" x2="{_n(left + plot_w)}" y2="{_n(sy(t))}" '
                    'stroke="#e3e3e3"/>')
        body.append(_text(left - 6, sy(t) + 4, f"{t}", "end", "#4a4a4a"))
    ticks = sorted({worst, best, *(x for x, _ in knots)}, key=sx)
    for x in ticks if len(ticks) <= 6 else [worst, best]:  # more would crowd the axis
        body.append(_text(sx(x), bottom + 14, _fmt_raw(x), "middle", "#4a4a4a", ' font-size="11"'))
    body.append(f'<rect class="frame" x="{_n(left)}" y="{_n(top)}" width="{_n(plot_w)}" height="{_n(plot_h)}" '
                'fill="none" stroke="#1a1a1a" stroke-width="1"/>')
    across = f"{unit}, worst to best" if unit else "score, worst to best"
    body.append(_text(left + plot_w / 2, bottom + 30, across, "middle", "#4a4a4a", ' font-size="11"'))
    body.append(_text(12, top + plot_h / 2, "value", "middle", "#4a4a4a",
                      f' font-size="11" transform="rotate(-90 12 {_n(top + plot_h / 2)})"'))
    if curve:
        path = " ".join(f"{_n(sx(x))},{_n(sy(v))}" for x, v in curve)
        body.append(f'<polyline points="{path}" fill="none" stroke="{CATEGORICAL[0]}" stroke-width="2"/>')
    for x, v in knots:
        body.append(f'<circle cx="{_n(sx(x))}" cy="{_n(sy(v))}" r="3.5" fill="{CATEGORICAL[0]}">'
                    f"<title>{esc(_fmt_raw(x))}: {v:g}</title></circle>")
    width, height = left + plot_w + 28, bottom + 40
    title = f"Value function of {name}"
    shown = knots or curve[:: max(1, len(curve) // 4)]
    desc = "; ".join(f"{_fmt_raw(x)} {unit}".rstrip() + f" is worth {v:.0f}" for x, v in shown)
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-value-function" role="img" '
        f'aria-label="{esc(title)}" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'width="{_n(width)}" height="{_n(height)}" font-family="{esc(FONT)}" font-size="12">',
        f"<title>{esc(title)}</title>",
        f"<desc>{esc(desc)}</desc>",
        *body,
        "</svg>",
    ])
