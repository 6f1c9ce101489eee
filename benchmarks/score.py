"""`adm-appraise score` on the bundled appraisal against `python -c "import pandas"`.

Run: python benchmarks/score.py   (with adm-appraise installed in this interpreter's env)
Prints the whole-process medians and their ratio; the aim is at most 1.5x.
"""

from __future__ import annotations

import sys

from _timing import BIN, median_seconds, report

if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    root = __file__.rsplit("/benchmarks/", 1)[0]
    ours = median_seconds([str(BIN / "adm-appraise"), "score", root], runs)
    floor = median_seconds([sys.executable, "-c", "import pandas"], runs)
    report("adm-appraise score (bundled)", ours, floor, 'python -c "import pandas"', 1.5)
