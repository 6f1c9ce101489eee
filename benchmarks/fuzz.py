"""How many fuzz examples each surface runs, and how long they take, in process.

Runs the fuzz tests of tests/test_fuzz.py surface by surface (each file kind, the weighting: and
economics: blocks, CSV and xlsx import) with a budget of EXAMPLES each, derandomised (the same
examples as CI's run when EXAMPLES is the suite's 8), and prints examples, seconds and examples
per second. A failure is printed with hypothesis's reproducer and the run goes on.

Run: python benchmarks/fuzz.py [EXAMPLES] [SURFACE...]   (e.g. 500 panel import-xlsx)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    os.environ["ADM_FUZZ_EXAMPLES"] = str(examples)  # read when the test module is imported
    sys.path.insert(0, str(ROOT))
    import pytest

    from tests import test_fuzz

    chosen = sys.argv[2:] or list(test_fuzz.SURFACE_TESTS)
    print(f"{'surface':<16} {'examples':>8} {'seconds':>8} {'per s':>7}  result")
    with tempfile.TemporaryDirectory() as scratch:
        factory = pytest.TempPathFactory(Path(scratch), retention_count=1, retention_policy="none",
                                         trace=lambda *a: None, _ispytest=True)
        total = 0.0
        for name in chosen:
            start = time.perf_counter()
            try:
                test_fuzz.SURFACE_TESTS[name](factory)
                outcome = "ok"
            except BaseException as exc:  # noqa: BLE001 - a finding is reported, and the run goes on
                outcome = f"FAILED: {type(exc).__name__}"
                traceback.print_exc(limit=0)
            spent = time.perf_counter() - start
            total += spent
            runs = test_fuzz.RUNS.get(name, 0)
            print(f"{name:<16} {runs:>8} {spent:>8.1f} {runs / spent if spent else 0:>7.1f}  {outcome}", flush=True)
        print(f"{'total':<16} {sum(test_fuzz.RUNS.values()):>8} {total:>8.1f}")


if __name__ == "__main__":
    main()
