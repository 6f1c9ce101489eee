"""Whole-process timing shared by the benchmark scripts."""

from __future__ import annotations

import os
import resource
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


def run_measured(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one run of ``argv`` in a child process."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *argv], check=True, capture_output=True, text=True).stdout
    seconds, kb = out.split()
    return float(seconds), int(kb) / 1024


def report(label: str, ours: float, floor: float, floor_label: str, aim: float) -> None:
    ratio = ours / floor
    verdict = "within" if ratio <= aim else "OVER"
    print(f"{label:<40} {ours * 1000:8.1f} ms")
    print(f"{floor_label:<40} {floor * 1000:8.1f} ms")
    print(f"ratio {ratio:.2f}x (aim <= {aim}x: {verdict})")


__all__ = ["BIN", "median_seconds", "report", "resource", "run_measured"]
