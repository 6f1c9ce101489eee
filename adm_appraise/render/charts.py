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
    width: float, height: float, title: str, desc: str, body: list[str], css_class: str
) -> str:
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css_class}" role="img" '
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
    """Legend swatches that wrap within ``width``; returns the parts and the height used."""
    parts, cx, cy = [], x, y
    for label, fill in items:
        w = 18 + len(label) * CHAR_WIDTH + 16
        if cx > x and cx + w > x + width:
            cx, cy = x, cy + 20
        parts.append(
            f'<rect x="{_n(cx)}" y="{_n(cy)}" width="12" height="12" fill="{fill}" '
            f'stroke="#1a1a1a" stroke-width="0.5"/>'
        )
        parts.append(_text(cx + 17, cy + 10.5, label))
        cx += w
    return parts, cy - y + 20


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


def contributions_svg(
    options: Sequence[Mapping[str, Any]],
    criteria: Sequence[Mapping[str, Any]],
    title: str = "Weighted contributions to each option's overall score",
) -> str:
    """Stacked horizontal bars: each option's overall score split by criterion.

    ``options``: dicts with id, name, score, eligible and contributions {criterion id: points};
    ``criteria``: dicts with id and name, in legend order.
    """
    label_chars = min(max((len(o["name"]) for o in options), default=10), 60)
    left = 12 + label_chars * CHAR_WIDTH
    plot = 520.0
    width = left + plot + 56
    scale = plot / 100.0
    legend, legend_h = _legend(
        [(c["name"], colour(i)) for i, c in enumerate(criteria)], 12, 8, width - 24
    )
    top = 8 + legend_h + 8
    body = [*legend]
    rows = list(options)
    gap = 18 if any(not o["eligible"] for o in rows) and any(o["eligible"] for o in rows) else 0
    bottom = top + ROW * len(rows) + gap
    body += _axis(left, top, bottom, scale, [0, 20, 40, 60, 80, 100])
    y = top
    for k, o in enumerate(rows):
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
        name = _truncate(o["name"], label_chars)
        muted = not o["eligible"]
        body.append('<g class="bar" opacity="0.55">' if muted else '<g class="bar">')
        body.append(
            _text(
                left - 8,
                y + 17,
                name,
                "end",
                extra=f' font-weight="{"600" if o.get("shortlisted") else "400"}"',
            )
        )
        x = left
        for i, c in enumerate(criteria):
            points = float(o["contributions"][c["id"]])
            w = points * scale
            if w <= 0:
                continue
            fill = colour(i)
            body.append(
                f'<rect x="{_n(x)}" y="{_n(y + 4)}" width="{_n(w)}" height="{ROW - 8}" fill="{fill}" '
                f'stroke="#ffffff" stroke-width="1"><title>{esc(o["name"])}: {esc(c["name"])} '
                f"{points:.1f} points</title></rect>"
            )
            if w >= 26:
                body.append(
                    _text(
                        x + w / 2, y + 17, f"{points:.0f}", "middle", ink(fill), ' font-size="10"'
                    )
                )
            x += w
        body.append(_text(x + 6, y + 17, f"{float(o['score']):.1f}", extra=' font-weight="600"'))
        body.append("</g>")
        y += ROW
    height = bottom + 24
    desc = "; ".join(
        f"{o['name']}: {float(o['score']):.1f}"
        + ("" if o["eligible"] else " (ineligible)")
        + " = "
        + " + ".join(f"{c['name']} {float(o['contributions'][c['id']]):.1f}" for c in criteria)
        for o in rows
    )
    return _svg(width, height, title, desc, body, "chart-contributions")


def heat_svg(
    options: Sequence[Mapping[str, Any]],
    gates: Sequence[Mapping[str, Any]],
    criteria: Sequence[Mapping[str, Any]],
    title: str = "Gate results and scores by option",
) -> str:
    """A heat table: a column per gate (pass / conditional / fail) and per criterion (the score,
    shaded by its 0-100 value).

    ``options``: dicts with name, gates {gate id: {result}}, scores {criterion id: {raw, value}}.
    """
    label_chars = min(max((len(o["name"]) for o in options), default=10), 60)
    left = 12 + label_chars * CHAR_WIDTH
    cell_w, cell_h, head_h = 104.0, 26.0, 48.0
    columns = [("gate", g) for g in gates] + [("criterion", c) for c in criteria]
    width = left + cell_w * len(columns) + 12
    body = []
    for j, (_, col) in enumerate(columns):
        cx = left + cell_w * j + cell_w / 2
        for k, line in enumerate(_wrap(col["name"], 16, 3)):
            body.append(
                _text(cx, 13 + k * 13, line, "middle", extra=' font-size="11" font-weight="600"')
            )
    if gates:
        sep = left + cell_w * len(gates)
        body.append(
            f'<line x1="{_n(sep)}" y1="4" x2="{_n(sep)}" y2="{_n(head_h + cell_h * len(options))}" '
            f'stroke="#1a1a1a" stroke-width="1.5"/>'
        )
    marks = {
        "pass": ("✓ pass", "#ffffff"),
        "conditional": ("◐ conditional", "#D9D9D9"),
        "fail": ("✗ fail", "#1a1a1a"),
    }
    for i, o in enumerate(options):
        y = head_h + cell_h * i
        body.append(_text(left - 8, y + 17, _truncate(o["name"], label_chars), "end"))
        for j, (kind, col) in enumerate(columns):
            x = left + cell_w * j
            if kind == "gate":
                result = o["gates"][col["id"]]["result"]
                label, fill = marks.get(result, (result, "#ffffff"))
                tip = f"{o['name']}, {col['name']}: {result}"
            else:
                score = o["scores"][col["id"]]
                fill = ramp(float(score["value"]) / 100.0)
                label = _fmt_raw(score["raw"])
                tip = f"{o['name']}, {col['name']}: {label} (value {float(score['value']):.0f} of 100)"
            body.append(
                f'<rect x="{_n(x + 1)}" y="{_n(y + 1)}" width="{_n(cell_w - 2)}" height="{_n(cell_h - 2)}" '
                f'fill="{fill}" stroke="#9a9a9a" stroke-width="0.5"><title>{esc(tip)}</title></rect>'
            )
            body.append(_text(x + cell_w / 2, y + 17, label, "middle", ink(fill)))
    height = head_h + cell_h * len(options) + 8
    desc = "; ".join(
        f"{o['name']}: "
        + ", ".join(
            [f"{g['name']} {o['gates'][g['id']]['result']}" for g in gates]
            + [f"{c['name']} {_fmt_raw(o['scores'][c['id']]['raw'])}" for c in criteria]
        )
        for o in options
    )
    return _svg(width, height, title, desc, body, "chart-heat")


def _fmt_raw(x: float) -> str:
    return f"{float(x):g}"


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
) -> str:
    """Bars left (weight down) and right (weight up) of each criterion's current weight, in
    percentage points, to the weight at which the leader changes; a missing side never switches.

    ``rows``: dicts with name, down (points or None) and up (points or None), most sensitive first.
    """
    label_chars = min(max((len(r["name"]) for r in rows), default=10), 40)
    left = 12 + label_chars * CHAR_WIDTH
    half = 200.0
    width = left + 2 * half + 90
    finite = [v for r in rows for v in (r["down"], r["up"]) if v is not None]
    span = max(max(finite, default=10.0), 1.0)
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100) if span / s <= 5)
    span = step * -(-span // step)
    scale = half / span
    mid = left + half + 44
    top = 30.0
    bottom = top + ROW * len(rows)
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
    for i, r in enumerate(rows):
        y = top + ROW * i
        body.append(_text(left - 8, y + 17, _truncate(r["name"], label_chars), "end"))
        for side, value, fill in (
            ("down", r["down"], CATEGORICAL[4]),
            ("up", r["up"], CATEGORICAL[0]),
        ):
            sign = -1 if side == "down" else 1
            if value is None:
                body.append(
                    _text(
                        mid + sign * 8,
                        y + 17,
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
                f'<rect x="{_n(x)}" y="{_n(y + 5)}" width="{_n(max(w, 1))}" height="{ROW - 10}" fill="{fill}">'
                f"<title>{esc(r['name'])}: leader changes if the weight {'falls' if sign < 0 else 'rises'} "
                f"by {float(value):.1f} points</title></rect>"
            )
            tx = mid + sign * (w + 4)
            body.append(
                _text(
                    tx,
                    y + 17,
                    f"{float(value):.1f}",
                    "end" if sign < 0 else "start",
                    extra=' font-size="11"',
                )
            )
    body.append(
        f'<line x1="{_n(mid)}" y1="{_n(top - 4)}" x2="{_n(mid)}" y2="{_n(bottom)}" '
        'stroke="#1a1a1a" stroke-width="1.5"/>'
    )
    desc = "; ".join(
        f"{r['name']}: down {'never' if r['down'] is None else format(float(r['down']), '.1f')}, "
        f"up {'never' if r['up'] is None else format(float(r['up']), '.1f')} points"
        for r in rows
    )
    return _svg(width, bottom + 36, title, desc, body, "chart-tornado")


def acceptability_svg(
    rows: Sequence[Mapping[str, Any]],
    title: str = "Rank acceptability: how often each option takes each rank",
) -> str:
    """100% stacked bars: for each option, the share of samples giving it rank 1, 2, ...

    ``rows``: dicts with name and shares (a list of fractions, rank 1 first).
    """
    ranks = max((len(r["shares"]) for r in rows), default=1)
    label_chars = min(max((len(r["name"]) for r in rows), default=10), 60)
    left = 12 + label_chars * CHAR_WIDTH
    plot = 520.0
    width = left + plot + 20
    fills = [ramp(k / max(ranks - 1, 1)) for k in range(ranks)]
    legend, legend_h = _legend(
        [(f"Rank {k + 1}", fills[k]) for k in range(ranks)], 12, 8, width - 24
    )
    top = 8 + legend_h + 8
    body = [*legend]
    bottom = top + ROW * len(rows)
    body += _axis(left, top, bottom, plot / 100, [0, 25, 50, 75, 100], "%")
    for i, r in enumerate(rows):
        y = top + ROW * i
        body.append(_text(left - 8, y + 17, _truncate(r["name"], label_chars), "end"))
        x = left
        for k, share in enumerate(r["shares"]):
            w = float(share) * plot
            if w <= 0:
                continue
            body.append(
                f'<rect x="{_n(x)}" y="{_n(y + 4)}" width="{_n(w)}" height="{ROW - 8}" fill="{fills[k]}" '
                f'stroke="#ffffff" stroke-width="1"><title>{esc(r["name"])}: rank {k + 1} in '
                f"{float(share):.1%} of samples</title></rect>"
            )
            if w >= 34:
                body.append(
                    _text(
                        x + w / 2,
                        y + 17,
                        f"{float(share):.0%}",
                        "middle",
                        ink(fills[k]),
                        ' font-size="10"',
                    )
                )
            x += w
    desc = "; ".join(
        f"{r['name']}: "
        + ", ".join(f"rank {k + 1} {float(s):.0%}" for k, s in enumerate(r["shares"]) if s)
        for r in rows
    )
    return _svg(width, bottom + 24, title, desc, body, "chart-acceptability")


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
    """
    label_chars = 40
    left, top, plot_w, plot_h = 58.0, 16.0, 440.0, 260.0
    width = left + plot_w + 12 + label_chars * CHAR_WIDTH
    bottom = top + plot_h
    xticks = _nice_ticks(max((float(p["pvc"]) for p in points), default=1.0))
    xmax = xticks[-1] or 1.0

    def sx(cost: float) -> float:
        return left + float(cost) / xmax * plot_w

    def sy(score: float) -> float:
        return bottom - float(score) / 100.0 * plot_h

    body = []
    for t in xticks:
        body.append(f'<line x1="{_n(sx(t))}" y1="{_n(top)}" x2="{_n(sx(t))}" y2="{_n(bottom)}" stroke="#e3e3e3"/>')
        body.append(_text(sx(t), bottom + 14, f"{t:g}", "middle", "#4a4a4a"))
    for t in (0, 20, 40, 60, 80, 100):
        body.append(f'<line x1="{_n(left)}" y1="{_n(sy(t))}" x2="{_n(left + plot_w)}" y2="{_n(sy(t))}" '
                    'stroke="#e3e3e3"/>')
        body.append(_text(left - 6, sy(t) + 4, f"{t}", "end", "#4a4a4a"))
    body.append(f'<rect x="{_n(left)}" y="{_n(top)}" width="{_n(plot_w)}" height="{_n(plot_h)}" fill="none" '
                'stroke="#1a1a1a" stroke-width="1"/>')
    body.append(_text(left + plot_w / 2, bottom + 32, f"present value of costs, {unit} (with optimism bias)",
                      "middle", "#4a4a4a", ' font-size="11"'))
    body.append(_text(14, top + plot_h / 2, "benefit score (0-100)", "middle", "#4a4a4a",
                      f' font-size="11" transform="rotate(-90 14 {_n(top + plot_h / 2)})"'))
    line = sorted((p for p in points if p["frontier"]), key=lambda p: (float(p["pvc"]), float(p["score"])))
    if len(line) > 1:
        path = " ".join(f"{_n(sx(p['pvc']))},{_n(sy(p['score']))}" for p in line)
        body.append(f'<polyline points="{path}" fill="none" stroke="{CATEGORICAL[0]}" stroke-width="2"/>')
    placed: list[float] = []
    for p in sorted(points, key=lambda p: -float(p["score"])):
        x, y = sx(p["pvc"]), sy(p["score"])
        name = _point_name(p)
        tip = f"<title>{esc(name)}: score {float(p['score']):.1f}, PVC {float(p['pvc']):,.2f} {esc(unit)}</title>"
        if not p["eligible"]:
            body.append(f'<path d="M{_n(x - 5)},{_n(y - 5)} L{_n(x + 5)},{_n(y + 5)} M{_n(x - 5)},{_n(y + 5)} '
                        f'L{_n(x + 5)},{_n(y - 5)}" stroke="#6b6b6b" stroke-width="2">{tip}</path>')
        else:
            fill = CATEGORICAL[0] if p["frontier"] else "#ffffff"
            body.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="5" fill="{fill}" stroke="{CATEGORICAL[0]}" '
                        f'stroke-width="2">{tip}</circle>')
        ly = y + 4
        while any(abs(ly - other) < 13 for other in placed):  # keep labels apart, top to bottom
            ly += 13
        placed.append(ly)
        body.append(_text(x + 9, ly, _truncate(name, label_chars), "start",
                          "#1a1a1a" if p["eligible"] else "#6b6b6b", ' font-size="11"'))
    desc = "; ".join(
        f"{_point_name(p)}: score {float(p['score']):.1f}, "
        f"PVC {float(p['pvc']):,.2f} {unit}"
        + (", on the frontier" if p["frontier"] else "" if p["eligible"] else ", fails a gate")
        for p in points
    )
    return _svg(width, bottom + 44, title, desc, body, "chart-frontier")
