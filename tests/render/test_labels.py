"""Placing point labels: whole names, on few lines, in boxes that touch nothing else.

The browser test (tests/render/test_browser.py) checks the same in Chromium's real fonts."""

from __future__ import annotations

import pytest

from adm_appraise.render.labels import MARKER, Box, place, text_width, wrap
from tests.conftest import WIDE_OPTIONS


def test_text_width_follows_the_font() -> None:
    # DejaVu Sans at 11 px: "A" 0.78 em (capitals), "i" 0.30, "m" 1.0 -> 11 x 2.08 = 22.88
    assert text_width("Aim") == pytest.approx(22.88)


@pytest.mark.parametrize("name", WIDE_OPTIONS)
def test_a_name_wraps_whole_onto_three_lines_at_most(name: str) -> None:
    lines = wrap(name)
    assert " ".join(lines) == name and len(lines) <= (3 if len(name) <= 110 else 4)
    assert len(lines) == 1 or max(len(line) for line in lines) <= max(len(name) / 2, 24)


def test_crowded_points_get_labels_that_touch_nothing() -> None:
    frame = Box(0, 0, 400, 300)
    # 15 points in a clump 60 px across, two of them at the same place
    points = [(200 + (k % 5) * 12, 150 + (k // 5) * 20, name) for k, name in enumerate(WIDE_OPTIONS)]
    points[1] = (points[0][0], points[0][1], points[1][2])
    placed = place(points, frame)
    assert [" ".join(p.lines) for p in placed] == WIDE_OPTIONS
    boxes = [p.box for p in placed]
    for k, box in enumerate(boxes):
        assert (frame.x0 < box.x0 and box.x1 < frame.x1 and frame.y0 < box.y0 and box.y1 < frame.y1) or (
            box.x0 > frame.x1
        )
        assert not any(box.meets(Box(x - MARKER, y - MARKER, x + MARKER, y + MARKER)) for x, y, _ in points)
        assert not any(box.meets(other) for other in boxes[k + 1:])
    assert all(p.leader for p in placed if p.box.x0 > frame.x1)  # a label away from its point has a leader
