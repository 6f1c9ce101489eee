"""Run the whole-appraisal property test longer than CI does, and print what it covered and how long it took.

tests/test_whole_appraisal.py generates appraisals with any subset of the features, runs every
command on each (and on a broken copy) and checks that they agree. CI runs a fixed, small set;
this runs EXAMPLES of each, fresh examples unless --derandomize, and prints the counts (valid
and broken appraisals, command runs, features, mutations, known defects met) and the wall time.

    python benchmarks/whole_appraisal.py [--examples 200] [--derandomize] [--no-shrink] [--documents 10]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="generated appraisals per test")
    parser.add_argument("--derandomize", action="store_true", help="CI's fixed sequence instead of fresh examples")
    parser.add_argument("--no-shrink", action="store_true", help="report a failure as found, unminimised")
    parser.add_argument("--documents", type=int, default=10,
                        help="write pdf and docx reports for every Nth valid appraisal (0: never)")
    args = parser.parse_args()
    env = {**os.environ, "ADM_WHOLE_EXAMPLES": str(args.examples), "ADM_WHOLE_DOCUMENT_EVERY": str(args.documents),
           "ADM_WHOLE_RANDOM": "0" if args.derandomize else "1", "ADM_WHOLE_SHRINK": "0" if args.no_shrink else "1"}
    env.pop("CI", None)
    env["HYPOTHESIS_PROFILE"] = "default"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "-p", "no:logging",
                           "tests/test_whole_appraisal.py"], cwd=ROOT, env=env, check=False)
    print(f"wall time {time.perf_counter() - start:.1f} s for {args.examples} examples of each test")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
