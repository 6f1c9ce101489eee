"""Whole-process timing shared by the benchmark scripts."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def _once(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return time.perf_counter() - start


def compare(ours: list[str], floor: list[str], runs: int = 15) -> tuple[float, float, float]:
    """Median wall time of each command as a fresh process, and the median of the paired ratios.

    The two commands alternate run by run (after a warm-up of each), so that drift in the
    machine's speed falls on both alike.
    """
    _once(ours), _once(floor)
    pairs = [(_once(ours), _once(floor)) for _ in range(runs)]
    return (statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs),
            statistics.median(a / b for a, b in pairs))


def report(label: str, ours: float, floor: float, ratio: float, floor_label: str, aim: float) -> None:
    verdict = "within" if ratio <= aim else "OVER"
    print(f"{label:<40} {ours * 1000:8.1f} ms")
    print(f"{floor_label:<40} {floor * 1000:8.1f} ms")
    print(f"ratio {ratio:.2f}x, median of paired runs (aim <= {aim}x: {verdict})")


__all__ = ["BIN", "compare", "report"]
