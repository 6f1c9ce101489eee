"""Benchmark: ``adm-appraise sensitivity`` against a minimal numpy floor.

Runs, each in its own process, on the bundled appraisal:

- the floor: a short numpy script that draws the same number of Dirichlet weight vectors
  (centred on the stated weights, spread 0.2), scores the eligible options and ranks them;
- ``adm-appraise sensitivity --samples N --format json``.

and prints each one's wall-clock time and peak resident memory (the child's maxrss, from
wait4). Output goes to /dev/null.
Not a test: timings depend on the machine.

    python benchmarks/sensitivity.py [--samples 1000000] [--memory-samples 10000000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The floor imports numpy only; its inputs are the bundled appraisal's 0-100 values and weights,
# written in by the parent so that the floor loads no YAML, no pandas and no scipy.
FLOOR = """
import sys
import numpy as np
n = int(sys.argv[1])
values = np.array({values})
weights = np.array({weights})
alpha = weights * (1 / 0.2**2 - 1)
rng = np.random.default_rng(0)
w = rng.dirichlet(alpha, n)
scores = w @ values.T
ranks = np.argsort(np.argsort(-scores, axis=1, kind="stable"), axis=1)
m = values.shape[0]
counts = np.bincount((np.arange(m) * m + ranks).ravel(), minlength=m * m).reshape(m, m)
print(counts[0, 0] / n)
"""


def measure(argv: list[str]) -> tuple[float, float]:
    """Wall-clock seconds and peak RSS in MB of one child process (its own rusage)."""
    start = time.perf_counter()
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(argv[0], argv, dict(os.environ), file_actions=quiet)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return elapsed, usage.ru_maxrss / 1024  # Linux reports kilobytes


def floor_script() -> str:
    sys.path.insert(0, str(ROOT))
    from adm_appraise import appraise, load_appraisal

    result = appraise(load_appraisal(ROOT))
    eligible = result.table.index[result.table["eligible"]]
    values = result.values.loc[eligible, list(result.weights.index)].to_numpy().tolist()
    return FLOOR.format(values=values, weights=result.weights.to_numpy().tolist())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=1_000_000)
    parser.add_argument("--memory-samples", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    cli = shutil.which("adm-appraise", path=str(Path(sys.executable).parent)) or "adm-appraise"
    command = [cli, "sensitivity", str(ROOT), "--format", "json", "--samples"]
    floor = [sys.executable, "-c", floor_script()]

    def best(argv: list[str]) -> tuple[float, float]:
        runs = [measure(argv) for _ in range(args.repeat)]
        return min(r[0] for r in runs), max(r[1] for r in runs)

    def show(label: str, floor_figures: tuple[float, float], ours: tuple[float, float]) -> None:
        print(label)
        print(f"  numpy floor              {floor_figures[0]:6.2f} s  {floor_figures[1]:7.1f} MB peak")
        print(f"  adm-appraise sensitivity {ours[0]:6.2f} s  {ours[1]:7.1f} MB peak"
              f"   ({ours[0] / floor_figures[0]:.2f}x the floor's time)")

    n = str(args.samples)
    show(f"{args.samples:,} samples (best of {args.repeat}):", best([*floor, n]), best([*command, n]))
    n = str(args.memory_samples)
    show(f"{args.memory_samples:,} samples (one run):", measure([*floor, n]), measure([*command, n]))

if __name__ == "__main__":
    main()
