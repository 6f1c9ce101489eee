"""Whole-process start-up cost of the everyday commands against what they must import anyway.

- `adm-appraise score` on the bundled appraisal against `python -c "import pandas"` (aim: <= 1.4x)
- `adm-appraise validate` on the bundled appraisal against `python -c "import click, yaml"` (aim: <= 3x)
- `adm-appraise validate` on examples/all-features against `python -c "import numpy, highspy, click, yaml"`
  (aim: <= 3x): its MACBETH group needs the linear programme, so numpy and highspy are loaded there,
  and only there
- `adm-appraise longlist` on the bundled appraisal against the same floor (aim: <= 3x, as validate:
  it loads and checks the same files, plus the tables)
- `adm-appraise value` on examples/adm-value-for-money against `python -c "import numpy, click, yaml"`
  (aim: <= 3x; it reads the files as validate does, then needs numpy but not pandas)
- `adm-appraise report --format html` against `adm-appraise sensitivity` (aim: <= 1.2x), with
  the compiled-template cache warm (the first run of the warm-up fills it)

(`benchmarks/sensitivity.py` compares sensitivity with a numpy floor.)

Each command's heavy imports are printed too: validate must load neither pandas nor jinja2,
--help neither pydantic nor pandas.

Run: python benchmarks/commands.py [RUNS]   (with adm-appraise installed in this interpreter's env)
"""

from __future__ import annotations

import subprocess
import sys

from _timing import BIN, compare, report

HEAVY = ("pandas", "numpy", "highspy", "scipy", "scipy.optimize", "pydantic", "jinja2")
PROBE = """
import sys
from adm_appraise.cli import main
try:
    main(sys.argv[1:], prog_name="adm-appraise")
except SystemExit:
    pass
print(" ".join(m for m in {heavy!r} if m in sys.modules) or "none", file=sys.stderr)
"""


def heavy_imports(args: list[str]) -> str:
    """The heavy libraries a command imports, run in a fresh interpreter."""
    code = PROBE.format(heavy=HEAVY)
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    return done.stderr.strip().splitlines()[-1]

CASES = [
    ("score", "import pandas", 1.4, ""),
    ("validate", "import click, yaml", 3.0, ""),
    ("validate", "import numpy, highspy, click, yaml", 3.0, "examples/all-features"),
    ("longlist", "import click, yaml", 3.0, ""),
    ("value", "import numpy, click, yaml", 3.0, "examples/adm-value-for-money"),
]

if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    root = __file__.rsplit("/benchmarks/", 1)[0]
    for command, floor_code, aim, folder in CASES:
        target = f"{root}/{folder}" if folder else root
        argv = [str(BIN / "adm-appraise"), command, target]
        ours, floor, ratio = compare(argv, [sys.executable, "-c", floor_code], runs)
        report(f"adm-appraise {command} ({folder or 'bundled'})", ours, floor, ratio, f'python -c "{floor_code}"',
               aim)
        print(f"heavy imports: {heavy_imports([command, target])}")
        print()
    cli = str(BIN / "adm-appraise")
    ours, floor, ratio = compare([cli, "report", "--format", "html", root], [cli, "sensitivity", root], runs)
    report("adm-appraise report --format html", ours, floor, ratio, "adm-appraise sensitivity", 1.2)
    print(f"heavy imports: {heavy_imports(['report', '--format', 'html', root])}")
    print()
    print(f"adm-appraise --help heavy imports: {heavy_imports(['--help'])}")
