"""Benchmark: ``adm-appraise sensitivity`` with a range on every cell, against the parse floor.

For each size (options x 30 criteria, every score given as ``{low, score, high}``) it runs, each
in its own process and paired (one after the other, ``--repeat`` times):

- the parse floor: PyYAML's CSafeLoader parsing every file (``import yaml`` and nothing else);
- ``python -m adm_appraise sensitivity FOLDER --samples N --format F`` (``table`` unless told:
  JSON carries every rank every option took, some gigabytes of text at ten thousand options).

and prints each one's CPU time (the child's user + system time, from wait4: the machine may be
shared, so wall-clock time is not used) and peak resident memory (the child's maxrss), the ratio
to the floor and the growth exponent between the sizes. ``--code`` runs another checkout's
package (e.g. the main branch) for before / after figures. Not a test: timings depend on the machine.

    python benchmarks/montecarlo.py [--samples 100000] [--sizes 1000,10000] [--format table]
                                    [--code /path/to/checkout]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOOR = """
import sys, yaml
from pathlib import Path
root = Path(sys.argv[1])
files = [root / "criteria.yaml", *sorted((root / "options").glob("*.yaml"))]
print(len([yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader) for p in files]))
"""


def generate(folder: Path, options: int, criteria: int = 30, seed: int = 0) -> None:
    """``options`` x ``criteria`` on a 0-10 scale, every score a range, a top-10 shortlist."""
    rng = random.Random(seed)
    (folder / "options").mkdir(parents=True)
    lines = ["appraisal:", f'  title: "Ranges everywhere: {options} x {criteria}"',
             "  scale: {min: 0, max: 10}", "  shortlist: {top: 10}", "criteria:"]
    lines += [f"  - {{id: c{j:02d}, name: C{j}, weight: {rng.randint(5, 30)}}}" for j in range(criteria)]
    (folder / "criteria.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(options):
        out = [f"id: o{i:05d}", f"name: O{i}", "scores:"]
        for j in range(criteria):
            score = rng.randint(1, 9)
            out.append(f"  c{j:02d}: {{low: {score - 1}, score: {score}, high: {score + 1}}}")
        (folder / "options" / f"o{i:05d}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak RSS in MB of one child process (its own rusage)."""
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(argv[0], argv, env, file_actions=quiet)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux reports kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=100_000)
    parser.add_argument("--sizes", default="1000,10000", help="option counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="paired runs; the least CPU time is kept")
    parser.add_argument("--format", default="table", choices=["table", "markdown", "json"])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose package is run")
    args = parser.parse_args()
    env = dict(os.environ) | {"PYTHONPATH": str(args.code.resolve())}
    os.chdir(args.code)  # python -m puts the current directory first on sys.path: make it the code's
    figures: list[tuple[int, float]] = []
    print(f"sensitivity --samples {args.samples:,} --format {args.format}, every cell a range, code from {args.code}")
    for options in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "appraisal"
            generate(folder, options)
            floor, ours = [], []
            for _ in range(args.repeat):
                floor.append(measure([sys.executable, "-c", FLOOR, str(folder)], env))
                ours.append(measure([sys.executable, "-m", "adm_appraise", "sensitivity", str(folder),
                                     "--samples", str(args.samples), "--format", args.format], env))
        f_t, f_m = min(t for t, _ in floor), max(m for _, m in floor)
        o_t, o_m = min(t for t, _ in ours), max(m for _, m in ours)
        figures.append((options, o_t))
        print(f"{options:>6} x 30  parse floor {f_t:7.2f} s CPU {f_m:7.0f} MB | "
              f"sensitivity {o_t:8.2f} s CPU {o_m:7.0f} MB peak ({o_t / f_t:.1f}x the floor)")
    if len(figures) > 1:
        (a, ta), (b, tb) = figures[0], figures[-1]
        print(f"growth exponent {math.log(tb / ta) / math.log(b / a):.2f} from {a:,} to {b:,} options")


if __name__ == "__main__":
    main()
