"""Whole-process timing shared by the benchmark scripts."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def median_seconds(argv: list[str], runs: int = 15) -> float:
    """The median wall time of running ``argv`` as a fresh process (after one warm-up run)."""
    subprocess.run(argv, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(label: str, ours: float, floor: float, floor_label: str, aim: float) -> None:
    ratio = ours / floor
    verdict = "within" if ratio <= aim else "OVER"
    print(f"{label:<40} {ours * 1000:8.1f} ms")
    print(f"{floor_label:<40} {floor * 1000:8.1f} ms")
    print(f"ratio {ratio:.2f}x (aim <= {aim}x: {verdict})")


__all__ = ["BIN", "median_seconds", "report"]
