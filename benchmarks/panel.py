"""Benchmark: what a scoring panel costs, on a generated appraisal (not a test: timings depend on the machine).

Writes an appraisal of OPTIONS options x CRITERIA score criteria with a panel of ASSESSORS
(seeded random scores, every option file moderated at the panel median), then times, each as
a fresh process with the commands alternating run by run:

- ``adm-appraise panel DIR --format json`` against ``adm-appraise score DIR --format json``
  (the panel analysis: alpha, every cell, 2 x ASSESSORS + 1 re-scorings of the appraisal);
- ``adm-appraise sensitivity DIR --scores panel`` against ``--scores ranges`` at SAMPLES
  samples (drawing an assessor per cell against fixed scores), with each one's peak memory.

    python benchmarks/panel.py [--options 20] [--criteria 8] [--assessors 12] [--samples 200000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import BIN, compare  # noqa: E402
from sensitivity import measure  # noqa: E402


def write_appraisal(folder: Path, options: int, criteria: int, assessors: int) -> None:
    import random

    rng = random.Random(0)
    crit = "".join(f"  - {{id: c{j}, name: C{j}, weight: {rng.randint(1, 5)}}}\n" for j in range(criteria))
    (folder / "criteria.yaml").write_text(
        "appraisal: {title: Generated panel, scale: {min: 0, max: 5}, baseline: o0}\ncriteria:\n" + crit)
    scores = [[[rng.randint(0, 5) for _ in range(criteria)] for _ in range(options)] for _ in range(assessors)]
    (folder / "options").mkdir()
    (folder / "panel").mkdir()
    for i in range(options):
        cells = ", ".join(f"c{j}: {{score: {statistics.median(s[i][j] for s in scores):g}, rationale: agreed}}"
                          for j in range(criteria))
        (folder / f"options/o{i}.yaml").write_text(f"id: o{i}\nname: O{i}\nscores: {{{cells}}}\n")
    for a in range(assessors):
        rows = "".join(f"  o{i}: {{{', '.join(f'c{j}: {scores[a][i][j]}' for j in range(criteria))}}}\n"
                       for i in range(options))
        (folder / f"panel/a{a}.yaml").write_text(f"assessor: {{id: a{a}, name: A{a}, role: R}}\nscores:\n{rows}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--options", type=int, default=20)
    parser.add_argument("--criteria", type=int, default=8)
    parser.add_argument("--assessors", type=int, default=12)
    parser.add_argument("--samples", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tool = str(BIN / "adm-appraise")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_appraisal(folder, args.options, args.criteria, args.assessors)
        print(f"{args.options} options x {args.criteria} criteria, panel of {args.assessors}")
        ours, floor, ratio = compare([tool, "panel", tmp, "--format", "json"],
                                     [tool, "score", tmp, "--format", "json"], runs=args.runs)
        print(f"{'adm-appraise panel':<40} {ours * 1000:8.1f} ms")
        print(f"{'adm-appraise score':<40} {floor * 1000:8.1f} ms")
        print(f"ratio {ratio:.2f}x, median of paired runs")
        for scores in ("ranges", "panel"):
            argv = [tool, "sensitivity", tmp, "--scores", scores, "--samples", str(args.samples), "--format", "json"]
            seconds, mb = measure(argv)
            print(f"{'sensitivity --scores ' + scores:<40} {seconds * 1000:8.1f} ms, peak {mb:.0f} MB")


if __name__ == "__main__":
    main()
