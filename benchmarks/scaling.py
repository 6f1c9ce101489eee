"""How each command's cost grows with the size of the appraisal.

Generates appraisals of 100 x 10, 1,000 x 20 and 10,000 x 30 (options x criteria) in a
temporary folder and runs, each in a fresh process and with output to /dev/null:

- ``validate``, ``score``, ``sensitivity --samples S`` (a fixed number of samples),
  ``report --format html --samples S`` and ``export --samples S -o FILE.xlsx``,

printing each one's wall-clock time and peak resident memory (the child's maxrss, from
wait4), and per command the fitted exponent b of time ~ (options x criteria)^b: by least
squares over every size, and between the two largest (where start-up no longer hides it).
At the largest size it also runs two floors on the same files:

- PyYAML's CSafeLoader parsing every file (``import yaml`` and nothing else);
- a plain pandas reading: the same parse, then a DataFrame of options x criteria.

and prints validate's and score's time against the first and their peak memory against
the second. Not a test: timings depend on the machine.

    python benchmarks/scaling.py [--quick] [--samples 1000] [--timeout 900] [--repeat 1] [--keep DIR]
                                 [--only validate,score] [--cli PATH]

``--quick`` uses 100 x 10, 300 x 15 and 1,000 x 20. A run over ``--timeout`` seconds is
stopped and shown as "> T s".
"""

from __future__ import annotations

import argparse
import math
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
SIZES = [(100, 10), (1_000, 20), (10_000, 30)]
QUICK = [(100, 10), (300, 15), (1_000, 20)]
GATES = ("external_delivery", "lawful_delegation")

YAML_FLOOR = """
import sys, yaml
from pathlib import Path
root = Path(sys.argv[1])
loader = yaml.CSafeLoader
files = [root / "criteria.yaml", *sorted((root / "options").glob("*.yaml"))]
docs = [yaml.load(p.read_bytes(), Loader=loader) for p in files]
print(len(docs))
"""

PANDAS_FLOOR = """
import sys, yaml
import pandas as pd
from pathlib import Path
root = Path(sys.argv[1])
loader = yaml.CSafeLoader
criteria = yaml.load((root / "criteria.yaml").read_bytes(), Loader=loader)
rows = {}
for p in sorted((root / "options").glob("*.yaml")):
    doc = yaml.load(p.read_bytes(), Loader=loader)
    rows[doc["id"]] = {c: (e if isinstance(e, (int, float)) else e.get("score", e.get("value")))
                       for c, e in doc["scores"].items()}
frame = pd.DataFrame.from_dict(rows, orient="index")
print(frame.shape)
"""


def generate(folder: Path, options: int, criteria: int, seed: int = 0) -> None:
    """An appraisal of ``options`` x ``criteria``: scores with rationales, some ranges, two measures,
    two gates (about one option in twenty fails one), a low-scoring baseline and a top-10 shortlist."""
    rng = random.Random(seed)
    (folder / "options").mkdir(parents=True)
    crits = [f"criterion_{j:02d}" for j in range(criteria)]
    measures = set(crits[-2:])
    lines = [
        "appraisal:",
        f'  title: "Generated appraisal: {options} options x {criteria} criteria"',
        "  scale: {min: 0, max: 5}",
        "  baseline: option_00000",
        "  shortlist: {top: 10}",
        "criteria:",
    ]
    for j, cid in enumerate(crits):
        lines += [f"  - id: {cid}", f'    name: "Criterion {j}"', f"    weight: {rng.randint(5, 30)}",
                  '    description: "What this criterion measures, and why it matters to the decision."']
        if cid in measures:
            lines += ["    type: measure", "    unit: £m", "    direction: lower"]
        else:
            lines += ["    levels:"] + [f'      {s}: "Level {s}: what a score of {s} means"' for s in range(6)]
    lines += ["gates:"] + [f'  - id: {g}\n    name: "Gate {g}"' for g in GATES]
    (folder / "criteria.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(options):
        oid = f"option_{i:05d}"
        out = [f"id: {oid}", f'name: "Option {i}"',
               'description: "A candidate option, generated for the scaling benchmark."', "gates:"]
        for g in GATES:
            result = "fail" if g == GATES[0] and rng.random() < 0.05 and i else "pass"
            out += [f"  {g}:", f"    result: {result}", '    rationale: "Assessed against the gate."']
        out.append("scores:")
        for cid in crits:
            if cid in measures:
                value = round(rng.uniform(0.5, 8.0), 2)
                out += [f"  {cid}:", f"    value: {value}"]
            else:
                score = rng.randint(0, 5) if i else 1  # the baseline, business as usual, scores low
                out += [f"  {cid}:", f"    score: {score}"]
                if rng.random() < 0.2:
                    out += [f"    low: {max(score - 1, 0)}", f"    high: {min(score + 1, 5)}"]
            out += ['    rationale: "Why this option scores as it does on this criterion, with the evidence."',
                    '    evidence: ["an officer report"]']
        (folder / "options" / f"{oid}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


def measure(argv: list[str], timeout: float) -> tuple[float | None, float, int]:
    """(seconds or None if stopped at the timeout, peak RSS in MB, exit status) of one child."""
    start = time.perf_counter()
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
             (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(argv[0], argv, {**os.environ, "PYTHONHASHSEED": "0"}, file_actions=quiet)
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)
        if time.perf_counter() - start > timeout:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return None, usage.ru_maxrss / 1024, -9
        time.sleep(0.02)


def fit(points: list[tuple[float, float]]) -> float | None:
    """The least-squares slope of log(time) on log(size)."""
    if len(points) < 2:
        return None
    xs, ys = [math.log(x) for x, _ in points], [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes: 100x10, 300x15, 1,000x20")
    parser.add_argument("--samples", type=int, default=1000, help="Monte Carlo samples (fixed at every size)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before a run is stopped")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--only", help="comma-separated commands to run (default: all)")
    parser.add_argument("--cli", help="the adm-appraise executable to measure (default: this env's)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per command and size; the fastest counts")
    args = parser.parse_args()
    sizes = QUICK if args.quick else SIZES
    cli = args.cli or shutil.which("adm-appraise", path=str(BIN)) or "adm-appraise"
    samples = ["--samples", str(args.samples)]
    commands = {
        "validate": ["validate"],
        "score": ["score"],
        "sensitivity": ["sensitivity", *samples],
        "report": ["report", "--format", "html", *samples],
        "export": ["export", *samples, "-o", "{out}"],
    }
    if args.only:
        commands = {k: v for k, v in commands.items() if k in args.only.split(",")}
    base = args.keep or Path(tempfile.mkdtemp(prefix="adm-scaling-"))
    times: dict[str, list[tuple[float, float]]] = {c: [] for c in commands}
    last: dict[str, tuple[float | None, float]] = {}
    print(f"{'size':>14} {'command':<12} {'time':>10} {'peak':>10}  exit")
    try:
        for options, criteria in sizes:
            folder = base / f"{options}x{criteria}"
            if not (folder / "criteria.yaml").exists():
                generate(folder, options, criteria)
            for name, extra in commands.items():
                argv = [cli, *(x.format(out=base / f"{folder.name}.xlsx") for x in extra), str(folder)]
                runs = [measure(argv, args.timeout) for _ in range(args.repeat)]
                seconds, peak, code = min(runs, key=lambda r: float("inf") if r[0] is None else r[0])
                shown = f"> {args.timeout:g} s" if seconds is None else f"{seconds:8.2f} s"
                print(f"{options:>7,} x {criteria:<4} {name:<12} {shown:>10} {peak:7.0f} MB  {code}", flush=True)
                if seconds is not None and code in (0, 1) and not (name == "report" and code):
                    times[name].append((options * criteria, seconds))
                last[name] = (seconds, peak)
        print()
        for name, points in times.items():
            overall, top = fit(points), fit(points[-2:]) if len(points) >= 2 else None
            if overall is None or top is None:
                print(f"{name:<12} exponent: not enough completed runs")
                continue
            print(f"{name:<12} exponent {overall:.2f} over all sizes, {top:.2f} between the two largest "
                  f"(aim <= 1.15)")
        if not {"validate", "score"} & set(commands):
            return  # the floors are the yardsticks of validate and score
        options, criteria = sizes[-1]
        folder = base / f"{options}x{criteria}"
        yaml_t, yaml_m, _ = measure([sys.executable, "-c", YAML_FLOOR, str(folder)], args.timeout)
        pandas_t, pandas_m, _ = measure([sys.executable, "-c", PANDAS_FLOOR, str(folder)], args.timeout)
        print()
        print(f"at {options:,} x {criteria}:")
        print(f"  PyYAML CSafeLoader parse    {yaml_t or float('nan'):8.2f} s {yaml_m:7.0f} MB")
        print(f"  plain pandas reading        {pandas_t or float('nan'):8.2f} s {pandas_m:7.0f} MB")
        for name in ("validate", "score"):
            if name not in last:
                continue
            seconds, peak = last[name]
            ratio = "stopped" if seconds is None or not yaml_t else f"{seconds / yaml_t:.2f}x"
            print(f"  {name:<12} time {ratio} the CSafeLoader parse (aim <= 2x); "
                  f"peak {peak / pandas_m:.2f}x the pandas reading (aim <= 3x)")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
