"""report --format docx against --format html on a generated appraisal (default 300 options x 8
criteria): the Word document is built from the HTML report, so it should cost a small multiple of
it, growing linearly with the rows (python-docx's table.cell(r, c) walks the table: quadratic).

Run: python benchmarks/documents.py [OPTIONS]   (with adm-appraise[office] installed in this env)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import BIN
from scaling import generate


def seconds(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    options = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "appraisal"
        generate(folder, options, 8)
        times = {}
        for fmt in ("html", "docx"):
            argv = [str(BIN / "adm-appraise"), "report", str(folder), "--samples", "200",
                    "-o", str(Path(tmp) / f"report.{fmt}")]
            times[fmt] = seconds(argv)
            print(f"report --format {fmt}, {options} options x 8 criteria: {times[fmt]:.1f} s")
        print(f"docx / html: {times['docx'] / times['html']:.1f}x")
