"""What the long list costs `validate`, in process: the bundled appraisal with and without longlist.yaml.

The copy without it keeps the option files' roles but drops their origins (which need the long
list). Both are checked the same way `validate` checks them (read, schema, checks, lints);
the process start-up, the same for both, is left out. Prints the median of RUNS checks each.

Run: python benchmarks/longlist.py [RUNS]
"""

from __future__ import annotations

import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from adm_appraise.files.validation import validate

ROOT = Path(__file__).resolve().parent.parent


def median_ms(folder: Path, runs: int) -> float:
    validate([folder])  # warm-up: imports and pydantic's model construction
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        validate([folder])
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def without_longlist(target: Path) -> Path:
    shutil.copy(ROOT / "criteria.yaml", target / "criteria.yaml")
    (target / "options").mkdir()
    for path in (ROOT / "options").glob("*.yaml"):
        text = re.sub(r"^origin:.*\n(?:  .*\n)*", "", path.read_text(encoding="utf-8"), flags=re.M)
        (target / "options" / path.name).write_text(text, encoding="utf-8")
    return target


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    lines = len((ROOT / "longlist.yaml").read_text(encoding="utf-8").splitlines())
    with tempfile.TemporaryDirectory() as tmp:
        plain = without_longlist(Path(tmp))
        assert validate([plain]).valid
        base, full = median_ms(plain, runs), median_ms(ROOT, runs)
    print(f"validate, bundled without longlist.yaml   {base:7.1f} ms")
    print(f"validate, bundled with longlist.yaml      {full:7.1f} ms  (+{full - base:.1f} ms for {lines} lines)")
