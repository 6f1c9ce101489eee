"""Placing the name of each point of a scatter chart: whole, wrapped, and clear of the others.

Pure geometry, no SVG: each label is wrapped onto a few lines (never truncated), then put at
the cheapest free place among candidate positions around its point, nearest first. A place is
free when the label's box lies wholly inside the plot frame and touches no point marker, no
label placed before it and no leader line. A label placed away from its point gets a leader line
back to it; one with no free place inside the frame goes to a column right of the frame, in the
order of its point's height, with a leader line. Text widths are estimated from DejaVu Sans, one
of the widest common sans-serif fonts (and the one Linux browsers fall back to), so a box holds
its text in the narrower fonts other systems use.

Points are looked up in a grid of cells (``_Grid``), so that placing a label costs what the
points near it cost, not what all of them do: with a bounded number of labels (the charts label
at most ``MOST`` points and leave the others unlabelled, named in their tooltips), placement
grows linearly with the number of points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Advance widths, in ems, of DejaVu Sans (measured in Chromium); others: 0.64, capitals 0.78.
_EM = {
    **dict.fromkeys("ijlIJ'", 0.30),
    **dict.fromkeys(" .,:;!|\u2019\u2018\u00b7", 0.34),
    **dict.fromkeys("ftr()[]-/\\\"", 0.42),
    **dict.fromkeys("sczkvxy*?_`\u2013", 0.60),
    **dict.fromkeys("mwMW%@\u2014\u2026", 1.0),
}

FONT_SIZE = 11.0  # of a label
LINE = 13.0  # baseline to baseline
ASCENT = 10.5  # from a line's top to its baseline (DejaVu's ascent is 0.93 em)
DESCENT = 3.0
PAD = 3.0  # clear space kept round every label
MARKER = 6.0  # half the size of a point marker
GAP = 14.0  # between the frame and the column of labels right of it
COLUMN = 40.0  # the cost of a place in that column, besides the length of the leader line to it
MOST = 40  # labels a chart places at most; its other points are left unlabelled
CELL = 40.0  # the side of a cell of the grid of points


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def meets(self, other: Box, pad: float = 0.0) -> bool:
        return not (
            self.x1 + pad <= other.x0
            or other.x1 + pad <= self.x0
            or self.y1 + pad <= other.y0
            or other.y1 + pad <= self.y0
        )

    def crossed_by(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """Whether the segment a-b passes through this box (Liang-Barsky clipping)."""
        (x, y), (x2, y2) = a, b
        dx, dy = x2 - x, y2 - y
        lo, hi = 0.0, 1.0
        for p, q in ((-dx, x - self.x0), (dx, self.x1 - x), (-dy, y - self.y0), (dy, self.y1 - y)):
            if p == 0:
                if q < 0:
                    return False
            else:
                t = q / p
                if p < 0:
                    lo = max(lo, t)
                else:
                    hi = min(hi, t)
                if lo > hi:
                    return False
        return True


@dataclass(frozen=True)
class Placed:
    """A label: its lines, its box (the text's first baseline is at y0 + ASCENT), and the
    leader line from its point to it, if it sits away from the point."""

    lines: tuple[str, ...]
    box: Box
    leader: tuple[float, float, float, float] | None


def text_width(text: str, size: float = FONT_SIZE) -> float:
    return size * sum(_EM.get(ch, 0.78 if ch.isupper() else 0.64) for ch in text)


def wrap(name: str) -> list[str]:
    """A name of up to 24 characters on one line; a longer one on 2 or 3 lines (4 past 110
    characters) as even as greedy filling makes them. Words are never cut."""
    most = 3 if len(name) <= 110 else 4
    chars = max(math.ceil(len(name) / most), 24)
    while True:
        lines: list[str] = []
        for word in name.split() or [""]:
            if lines and len(lines[-1]) + 1 + len(word) <= chars:
                lines[-1] += " " + word
            else:
                lines.append(word)
        if len(lines) <= most:
            return lines
        chars += 1


def _size(lines: Sequence[str]) -> tuple[float, float]:
    return max(text_width(line) for line in lines), ASCENT + LINE * (len(lines) - 1) + DESCENT


def _candidates(x: float, y: float, w: float, h: float) -> list[tuple[float, Box]]:
    """Boxes around the point (x, y), each with its cost: nearest first; right of the point
    is preferred at each distance, as the eye reads."""
    out = []
    for ring, d in enumerate((3.0, 10.0, 22.0, 38.0, 60.0, 90.0, 130.0, 180.0, 240.0)):
        r = MARKER + d
        spots = [
            (0.0, x + r, y - h / 2),  # right
            (0.5, x - r - w, y - h / 2),  # left
            (1.0, x - w / 2, y - r - h),  # above
            (1.0, x - w / 2, y + r),  # below
            (1.5, x + r * 0.7, y - r * 0.7 - h),  # above right
            (1.5, x + r * 0.7, y + r * 0.7),  # below right
            (2.0, x - r * 0.7 - w, y - r * 0.7 - h),  # above left
            (2.0, x - r * 0.7 - w, y + r * 0.7),  # below left
            (2.5, x - 8.0, y - r - h),  # above, starting at the point
            (2.5, x - 8.0, y + r),  # below, starting at the point
            (2.5, x + 8.0 - w, y - r - h),  # above, ending at the point
            (2.5, x + 8.0 - w, y + r),  # below, ending at the point
        ]
        out += [(ring * 4 + d + pref, Box(bx, by, bx + w, by + h)) for pref, bx, by in spots]
    return sorted(out, key=lambda c: c[0])


def _distance(x: float, y: float, box: Box) -> tuple[float, float, float]:
    """The distance from (x, y) to the box, and the nearest point of the box."""
    nx, ny = min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1)
    return math.hypot(nx - x, ny - y), nx, ny


def _leader(x: float, y: float, box: Box, nearest: float) -> tuple[float, float, float, float] | None:
    """A line from the point's edge to the nearest point of the box, unless the box is beside
    the point and nearer to it than to any other point (``nearest``: the distance to the other)."""
    dist, nx, ny = _distance(x, y, box)
    if dist <= MARKER + 8 and dist + 12 < nearest:
        return None
    return (x + (nx - x) * MARKER / dist, y + (ny - y) * MARKER / dist, nx, ny)


class _Grid:
    """Points in square cells of side CELL, to find those near a box or a segment without
    looking at the others."""

    def __init__(self, points: Sequence[tuple[float, float]]) -> None:
        self.points = points
        self.cells: dict[tuple[int, int], list[int]] = {}
        for k, (x, y) in enumerate(points):
            self.cells.setdefault((math.floor(x / CELL), math.floor(y / CELL)), []).append(k)

    def within(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """The points in the cells that the rectangle x0..x1, y0..y1 reaches (a superset of those in it)."""
        i0, i1, j0, j1 = math.floor(x0 / CELL), math.floor(x1 / CELL), math.floor(y0 / CELL), math.floor(y1 / CELL)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > len(self.cells):
            return [k for key, ks in self.cells.items() if i0 <= key[0] <= i1 and j0 <= key[1] <= j1 for k in ks]
        return [k for i in range(i0, i1 + 1) for j in range(j0, j1 + 1) for k in self.cells.get((i, j), ())]

    def nearest(self, box: Box, but: int) -> float:
        """The distance from the box to the nearest point other than ``but`` (1e9 when none):
        ring by ring of cells round the box, until the next ring can hold no nearer point."""
        best, ring, seen = 1e9, 0, set()
        while True:
            grown = CELL * ring
            for k in self.within(box.x0 - grown, box.y0 - grown, box.x1 + grown, box.y1 + grown):
                if k not in seen:
                    seen.add(k)
                    if k != but:
                        best = min(best, _distance(*self.points[k], box)[0])
            # every point not yet seen is more than ``grown`` from the box
            if best <= grown or len(seen) == len(self.points):
                return best
            ring += 1


def place(
    points: Sequence[tuple[float, float, str]],
    frame: Box,
    avoid: Sequence[tuple[tuple[float, float], tuple[float, float]]] = (),
    others: Sequence[tuple[float, float]] = (),
) -> list[Placed]:
    """Labels for ``points`` (x, y, name), in the same order, placed as the module says.

    ``avoid``: segments (such as a frontier line) a label should not cover if it can help it.
    ``others``: unlabelled points (x, y), whose markers the labels keep clear of as of the others.
    Labels that go to the column right of the frame are settled first, so that the labels inside
    keep clear of their leader lines: each round sends more to the column, until none is left over.
    """
    column: set[int] = set()
    while True:
        beside = _column(points, sorted(column), frame)
        fixed = [(p.leader[:2], p.leader[2:]) for p in beside.values() if p.leader]
        inside, left_over = _inside(points, frame, avoid, column, fixed, others)
        if not left_over:
            result = {**inside, **beside}
            return [result[k] for k in range(len(points))]
        column |= set(left_over)


def _inside(
    points: Sequence[tuple[float, float, str]],
    frame: Box,
    avoid: Sequence[tuple[tuple[float, float], tuple[float, float]]],
    column: set[int],
    fixed: Sequence[tuple[tuple[float, float], tuple[float, float]]],
    others: Sequence[tuple[float, float]] = (),
) -> tuple[dict[int, Placed], list[int]]:
    """Greedy placement inside the frame of the labels not in ``column``, clear of the ``fixed``
    leader lines; returns them and the points whose label found no place good enough."""
    xy = [(x, y) for x, y, _ in points] + list(others)
    grid = _Grid(xy)
    markers = [Box(x - MARKER, y - MARKER, x + MARKER, y + MARKER) for x, y in xy]
    near = MARKER + PAD
    inner = Box(frame.x0 + PAD, frame.y0 + PAD, frame.x1 - PAD, frame.y1 - PAD)
    taken: list[Box] = []
    leaders = list(fixed)
    result: dict[int, Placed] = {}
    outside: list[int] = []
    # the most crowded points choose first, while there is most room round them
    crowd = [sum(math.hypot(x - xy[j][0], y - xy[j][1]) < 80 for j in grid.within(x - 80, y - 80, x + 80, y + 80))
             for x, y, _ in points]
    for k in sorted(set(range(len(points))) - column, key=lambda k: (-crowd[k], points[k][1], k)):
        x, y, name = points[k]
        lines = tuple(wrap(name))
        w, h = _size(lines)
        best: tuple[float, Box, tuple[float, float, float, float] | None] | None = None
        for cost, box in _candidates(x, y, w, h):
            if best is not None and cost >= best[0]:
                break
            if not (inner.x0 <= box.x0 and box.x1 <= inner.x1 and inner.y0 <= box.y0 and box.y1 <= inner.y1):
                continue
            if any(box.meets(markers[j], PAD) for j in grid.within(box.x0 - near, box.y0 - near,
                                                                    box.x1 + near, box.y1 + near)):
                continue
            if any(box.meets(t, PAD) for t in taken):
                continue
            grown = Box(box.x0 - PAD, box.y0 - PAD, box.x1 + PAD, box.y1 + PAD)
            if any(grown.crossed_by(a, b) for a, b in leaders):
                continue
            leader = _leader(x, y, box, grid.nearest(box, k))
            if leader and (
                any(t.crossed_by(leader[:2], leader[2:]) for t in taken)
                or any(markers[j].crossed_by(leader[:2], leader[2:])
                       for j in grid.within(min(leader[0], leader[2]) - MARKER, min(leader[1], leader[3]) - MARKER,
                                            max(leader[0], leader[2]) + MARKER, max(leader[1], leader[3]) + MARKER)
                       if j != k)
            ):
                continue
            cost += 150.0 * sum(grown.crossed_by(a, b) for a, b in avoid) + (20.0 if leader else 0.0)
            if best is None or cost < best[0]:
                best = (cost, box, leader)
        if best is None or best[0] > COLUMN + frame.x1 + GAP - x:
            outside.append(k)
            leaders.append(((x, y), (frame.x1 + GAP, y)))  # roughly where its leader will run
            continue
        _, box, leader = best
        taken.append(box)
        if leader:
            leaders.append((leader[:2], leader[2:]))
        result[k] = Placed(lines, box, leader)
    return result, outside


def _column(points: Sequence[tuple[float, float, str]], which: Sequence[int], frame: Box) -> dict[int, Placed]:
    """Labels stacked in a column right of the frame, in the order of their points' heights,
    each as near its point's height as the others allow."""
    out: dict[int, Placed] = {}
    x0 = frame.x1 + GAP
    sized = sorted(((points[k][1], k, tuple(wrap(points[k][2]))) for k in which), key=lambda t: (t[0], t[1]))
    tops, bottom = [], frame.y0
    for y, _, lines in sized:
        h = _size(lines)[1]
        top = max(y - h / 2, bottom)
        tops.append(top)
        bottom = top + h + 2 * PAD
    # lift the column so it ends no lower than the frame, unless it is taller than the frame
    lift = min(max(bottom - 2 * PAD - frame.y1, 0.0), max(tops[0] - frame.y0, 0.0)) if tops else 0.0
    for (_, k, lines), top in zip(sized, tops, strict=True):
        w, h = _size(lines)
        box = Box(x0, top - lift, x0 + w, top - lift + h)
        x, y, _ = points[k]
        ny = min(max(y, box.y0 + 2), box.y1 - 2)
        dist = math.hypot(x0 - 3 - x, ny - y)
        leader = (x + (x0 - 3 - x) * MARKER / dist, y + (ny - y) * MARKER / dist, x0 - 3, ny)
        out[k] = Placed(lines, box, leader)
    return out
