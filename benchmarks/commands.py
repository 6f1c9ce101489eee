"""Whole-process start-up cost of the everyday commands against what they must import anyway.

- `adm-appraise score` on the bundled appraisal against `python -c "import pandas"` (aim: <= 1.5x)
- `adm-appraise validate` on the bundled appraisal against `python -c "import click, yaml"` (aim: <= 3x)

Run: python benchmarks/commands.py [RUNS]   (with adm-appraise installed in this interpreter's env)
"""

from __future__ import annotations

import sys

from _timing import BIN, compare, report

CASES = [
    ("score", "import pandas", 1.5),
    ("validate", "import click, yaml", 3.0),
]

if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    root = __file__.rsplit("/benchmarks/", 1)[0]
    for command, floor_code, aim in CASES:
        argv = [str(BIN / "adm-appraise"), command, root]
        ours, floor, ratio = compare(argv, [sys.executable, "-c", floor_code], runs)
        report(f"adm-appraise {command} (bundled)", ours, floor, ratio, f'python -c "{floor_code}"', aim)
        print()
