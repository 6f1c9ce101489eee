"""`adm-appraise validate` on the bundled appraisal against `python -c "import click, yaml"`.

Run: python benchmarks/validate.py   (with adm-appraise installed in this interpreter's env)
Prints the whole-process medians and their ratio; the aim is at most 3x.
"""

from __future__ import annotations

import sys

from _timing import BIN, median_seconds, report

if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    root = __file__.rsplit("/benchmarks/", 1)[0]
    ours = median_seconds([str(BIN / "adm-appraise"), "validate", root], runs)
    floor = median_seconds([sys.executable, "-c", "import click, yaml"], runs)
    report("adm-appraise validate (bundled)", ours, floor, 'python -c "import click, yaml"', 3.0)
