"""How each command's cost grows with the size of the appraisal, against the parse floor.

Generates appraisals of 100 x 10, 1,000 x 20 and 10,000 x 30 (options x criteria) in a
temporary folder (with ranges on a fifth of the cells, two measures, two gates, an
economics: block with every option's costs, and the bundled example's longlist.yaml, each
option naming the long-list choices it combines) and runs, each in a fresh process with output
to /dev/null:

- ``validate``, ``score``, ``sensitivity --samples S`` (default 100,000),
  ``report --format html --samples R`` and ``export --samples R -o FILE.xlsx`` (R default
  10,000), ``value``, ``weights`` and ``longlist``;
- ``diff OLD NEW`` against a copy with three weights and five scores edited;
- ``import`` of the appraisal's scoring matrix as a CSV (options as rows) into a fresh folder;
- ``panel`` on a companion appraisal of the same options x 10 criteria with three assessors
  (short ids: an assessor's file must stay under the 1 MiB cap, which 30 criteria would break
  past about 3,000 options);

and at every size the floor: PyYAML's CSafeLoader parsing every file of the appraisal
(``import yaml`` and nothing else). It prints each run's CPU time (user + system, of the child,
from wait4: steadier than wall time on a shared machine), its ratio to the floor at that size
and its peak resident memory; then per command the exponent b of CPU time ~ options^b between
the two largest sizes (aim: at most 1.1; the floor's own exponent is printed beside it), and
the exponent in cells (options x criteria), which is the one to read when the criteria grow
with the options (as from 1,000 x 20 to 10,000 x 30: a command linear in its cells shows 1.18
in options there). Not a test: timings depend on the machine.

    python benchmarks/scaling.py [--quick] [--sizes 1000x20,10000x30] [--samples 100000]
                                 [--report-samples 10000] [--timeout 1800] [--repeat 1]
                                 [--keep DIR] [--only validate,score] [--cli PATH]

``--quick`` uses 100 x 10, 300 x 15 and 1,000 x 20. A run over ``--timeout`` seconds of wall
time is stopped and shown as "> T s".
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from panel import write_appraisal  # noqa: E402

BIN = Path(sys.executable).parent
SIZES = [(100, 10), (1_000, 20), (10_000, 30)]
QUICK = [(100, 10), (300, 15), (1_000, 20)]
GATES = ("external_delivery", "lawful_delegation")
LONGLIST = Path(__file__).resolve().parent.parent / "longlist.yaml"  # the bundled example's
DELIVERY = ("managing_agent", "outsource_part", "outsource_all", "strategic_partnership", "joint_venture",
            "wholly_owned_company", "staff_mutual", "independent_trust", "community_interest_company",
            "charitable_company")
PANEL_CRITERIA = 10
ASSESSORS = 3

YAML_FLOOR = """
import sys, yaml
from pathlib import Path
root = Path(sys.argv[1])
loader = yaml.CSafeLoader
files = [root / "criteria.yaml", *sorted((root / "options").glob("*.yaml"))]
docs = [yaml.load(p.read_bytes(), Loader=loader) for p in files]
print(len(docs))
"""

ECONOMICS = """economics:
  base_year: 2025
  price_base: "2024-25 prices (real terms)"
  unit: "£m"
  discount: green_book
  horizon: 10
  optimism_bias: {capital: 40, operating: 10, rationale: "Green Book supplementary guidance, upper bounds."}
"""


def generate(folder: Path, options: int, criteria: int, seed: int = 0) -> None:
    """An appraisal of ``options`` x ``criteria``: scores with rationales, some ranges, two measures,
    two gates (about one option in twenty fails one), a low-scoring baseline, a top-10 shortlist and
    an economics: block, every option but the baseline with capital and operating costs."""
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
            lines += ["    type: measure", "    unit: minutes", "    direction: lower"]
        else:
            lines += ["    levels:"] + [f'      {s}: "Level {s}: what a score of {s} means"' for s in range(6)]
    lines += ["gates:"] + [f'  - id: {g}\n    name: "Gate {g}"' for g in GATES]
    (folder / "criteria.yaml").write_text("\n".join(lines) + "\n" + ECONOMICS, encoding="utf-8")
    shutil.copyfile(LONGLIST, folder / "longlist.yaml")
    for i in range(options):
        oid = f"option_{i:05d}"
        out = [f"id: {oid}", f'name: "Option {i}"',
               'description: "A candidate option, generated for the scaling benchmark."',
               f"origin: {{scope: operational_delivery, solution: {'new_body' if i % 2 else 'existing_body'}, "
               f"delivery: {DELIVERY[i % len(DELIVERY)]}, implementation: dfe_timetable, funding: council_contract}}",
               "gates:"]
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
        if i:  # the baseline is the counterfactual: no costs
            out += ["costs:", f"  capital: {{2025: {rng.uniform(0.5, 5):.2f}}}",
                    f"  operating: {{2026..2034: {rng.uniform(0.1, 1.5):.2f}}}"]
        (folder / "options" / f"{oid}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


def edit(folder: Path, edited: Path) -> None:
    """A copy of ``folder`` with three weights and five scores changed (the ``diff`` NEW side)."""
    shutil.copytree(folder, edited)
    criteria = edited / "criteria.yaml"
    text, done = criteria.read_text(encoding="utf-8").split("\n"), 0
    for k, line in enumerate(text):
        if line.startswith("    weight: ") and done < 3:
            text[k], done = f"    weight: {int(line.split()[1]) + 7}", done + 1
    criteria.write_text("\n".join(text), encoding="utf-8")
    files = sorted((edited / "options").glob("*.yaml"))
    for path in files[1 :: max(len(files) // 5, 1)][:5]:
        text = path.read_text(encoding="utf-8").split("\n")
        k = next(k for k, line in enumerate(text) if line.startswith("    score: "))
        text[k] = f"    score: {(int(text[k].split()[1]) + 2) % 6}"
        text = [line for line in text if not line.startswith(("    low: ", "    high: "))]
        path.write_text("\n".join(text), encoding="utf-8")


def matrix_csv(folder: Path, path: Path) -> None:
    """The appraisal's scoring matrix as ``import`` reads it: options as rows, criteria as columns."""
    import csv

    crits = [line.split(": ", 1)[1] for line in (folder / "criteria.yaml").read_text(encoding="utf-8").split("\n")
             if line.startswith("  - id: criterion_")]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Option", *(f"Criterion {c[-2:]}" for c in crits)])
        for option in sorted((folder / "options").glob("*.yaml")):
            cells = [line.split(": ", 1)[1] for line in option.read_text(encoding="utf-8").split("\n")
                     if line.startswith(("    score: ", "    value: "))]
            writer.writerow([f"Option {option.stem[-5:]}", *cells])


def panel_appraisal(folder: Path, options: int) -> None:
    """``options`` x PANEL_CRITERIA with ASSESSORS assessors, each option moderated at the median
    (benchmarks/panel.py's appraisal)."""
    folder.mkdir(parents=True)
    write_appraisal(folder, options, PANEL_CRITERIA, ASSESSORS)


def measure(argv: list[str], timeout: float) -> tuple[float | None, float, int]:
    """(CPU seconds of the child, user + system, or None if stopped at the timeout; its peak RSS
    in MB; its exit status)."""
    start = time.perf_counter()
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
             (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(argv[0], argv, {**os.environ, "PYTHONHASHSEED": "0"}, file_actions=quiet)
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)
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


def _exponents(points: list[tuple[int, int, float]]) -> tuple[float | None, float | None, float | None]:
    """(in options between the two largest sizes, in options over every size, in cells between
    the two largest sizes)."""
    if len(points) < 2:
        return None, None, None
    last = points[-2:]
    return (fit([(o, t) for o, _, t in last]), fit([(o, t) for o, _, t in points]),
            fit([(o * c, t) for o, c, t in last]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes: 100x10, 300x15, 1,000x20")
    parser.add_argument("--sizes", help="comma-separated OPTIONSxCRITERIA, e.g. 1000x20,10000x30")
    parser.add_argument("--samples", type=int, default=100_000, help="sensitivity's Monte Carlo samples")
    parser.add_argument("--report-samples", type=int, default=10_000, help="report's and export's samples")
    parser.add_argument("--timeout", type=float, default=1800.0, help="wall seconds before a run is stopped")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--only", help="comma-separated commands to run (default: all)")
    parser.add_argument("--cli", help="the adm-appraise executable to measure (default: this env's)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per command and size; the fastest counts")
    args = parser.parse_args()
    sizes = QUICK if args.quick else SIZES
    if args.sizes:
        sizes = [(int(o), int(c)) for o, c in (s.split("x") for s in args.sizes.split(","))]
    cli = args.cli or shutil.which("adm-appraise", path=str(BIN)) or "adm-appraise"
    r = ["--samples", str(args.report_samples)]
    commands = {
        "floor": [sys.executable, "-c", YAML_FLOOR, "{dir}"],
        "validate": [cli, "validate", "{dir}"],
        "score": [cli, "score", "{dir}"],
        "sensitivity": [cli, "sensitivity", "--samples", str(args.samples), "{dir}"],
        "report": [cli, "report", "--format", "html", *r, "{dir}"],
        "export": [cli, "export", *r, "-o", "{out}.xlsx", "{dir}"],
        "diff": [cli, "diff", "{dir}", "{out}-edited"],
        "import": [cli, "import", "{out}.csv", "{out}-imported"],
        "value": [cli, "value", "{dir}"],
        "weights": [cli, "weights", "{dir}"],
        "longlist": [cli, "longlist", "{dir}"],
        "panel": [cli, "panel", "{out}-panel"],
    }
    if args.only:
        commands = {k: v for k, v in commands.items() if k in {"floor", *args.only.split(",")}}
    base = args.keep or Path(tempfile.mkdtemp(prefix="adm-scaling-"))
    times: dict[str, list[tuple[int, int, float]]] = {c: [] for c in commands}
    print(f"{'size':>14} {'command':<12} {'CPU time':>10} {'/ floor':>8} {'peak':>10}  exit")
    try:
        for options, criteria in sizes:
            folder = base / f"{options}x{criteria}"
            out = str(base / folder.name)
            if not (folder / "criteria.yaml").exists():
                generate(folder, options, criteria)
            if "diff" in commands and not Path(out + "-edited").exists():
                edit(folder, Path(out + "-edited"))
            if "import" in commands:
                matrix_csv(folder, Path(out + ".csv"))
            if "panel" in commands and not Path(out + "-panel").exists():
                panel_appraisal(Path(out + "-panel"), options)
            floor = None
            for name, template in commands.items():
                argv = [x.format(dir=folder, out=out) for x in template]
                runs = []
                for _ in range(args.repeat):
                    shutil.rmtree(out + "-imported", ignore_errors=True)
                    runs.append(measure(argv, args.timeout))
                seconds, peak, code = min(runs, key=lambda r: float("inf") if r[0] is None else r[0])
                if name == "floor":
                    floor = seconds
                shown = f"> {args.timeout:g} s" if seconds is None else f"{seconds:8.2f} s"
                ratio = f"{seconds / floor:7.2f}x" if seconds is not None and floor else ""
                print(f"{options:>7,} x {criteria:<4} {name:<12} {shown:>10} {ratio:>8} {peak:7.0f} MB  {code}",
                      flush=True)
                if seconds is not None and code in (0, 1):
                    times[name].append((options, criteria, seconds))
        print()
        floor_top = _exponents(times.get("floor", []))[0]
        for name, points in times.items():
            top, overall, cells = _exponents(points)
            if top is None or overall is None or cells is None:
                print(f"{name:<12} exponent: not enough completed runs")
                continue
            (a, c0, _), (b, c1, _) = points[-2], points[-1]
            beside = "" if name == "floor" or floor_top is None else f" (floor {floor_top:.2f})"
            print(f"{name:<12} exponent {top:.2f}{beside} between {a:,} x {c0} and {b:,} x {c1}; in cells "
                  f"{cells:.2f}; {overall:.2f} over all sizes (aim <= 1.1)")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
