"""What export and import cost: whole processes on the bundled example, stages on a large appraisal.

- `adm-appraise export -o bundled.xlsx --samples 1000` on the bundled example against
  `python -c "import pandas, xlsxwriter"`, what it must import anyway (aim: <= 3x)
- `adm-appraise import bundled.xlsx DIR` (the exported workbook) against
  `python -c "import openpyxl, pydantic"` (aim: <= 3x)
- on a generated appraisal of 200 options x 20 criteria (two measures) and two gates, the time
  of each stage in one process (load, score, sensitivity at 1000 samples, write the workbook,
  read it back, read the table), the workbook's size, and LibreOffice's time to open,
  recalculate and save it (one run with its start-up; skipped without soffice)

Run: python benchmarks/spreadsheets.py [RUNS]   (with adm-appraise[office] installed in this env)
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _timing import BIN, compare, report

OPTIONS, CRITERIA = 200, 20


def big_appraisal(folder: Path) -> Path:
    rng = random.Random(0)
    lines = ["appraisal:", "  title: Large generated appraisal", "  scale: {min: 0, max: 5}", "criteria:"]
    for c in range(CRITERIA):
        measure = ", type: measure, unit: £m, direction: lower" if c >= CRITERIA - 2 else ""
        lines.append(f"  - {{id: c{c}, name: Criterion {c}, weight: {rng.randint(1, 20)}{measure}}}")
    lines += ["gates:", "  - {id: g0, name: Gate 0}", "  - {id: g1, name: Gate 1}"]
    (folder / "options").mkdir(parents=True)
    (folder / "criteria.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for o in range(OPTIONS):
        scores = ", ".join(f"c{c}: {{score: {rng.randint(0, 5)}, rationale: reason {o}.{c}}}" if c < CRITERIA - 2
                           else f"c{c}: {{value: {rng.uniform(1, 9):.2f}}}" for c in range(CRITERIA))
        gates = f"{{g0: pass, g1: {'fail' if o % 17 == 0 else 'pass'}}}"
        (folder / "options" / f"o{o}.yaml").write_text(
            f"id: o{o}\nname: Option {o}\ngates: {gates}\nscores: {{{scores}}}\n", encoding="utf-8")
    return folder


def timed(label: str, work: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    value = work()
    print(f"  {label:<38} {(time.perf_counter() - start) * 1000:8.1f} ms")
    return value


def stages(base: Path) -> Path:
    from adm_appraise import appraise, load_appraisal
    from adm_appraise.analysis.sensitivity import analyse
    from adm_appraise.files.importing import import_table
    from adm_appraise.files.spreadsheet import read_sheet
    from adm_appraise.render.workbook import render_workbook

    source = big_appraisal(base / "big")
    print(f"stages on {OPTIONS} options x {CRITERIA} criteria, in one process:")
    appraisal = timed("load the YAML files", lambda: load_appraisal(source))
    result = timed("score", lambda: appraise(appraisal))
    found = timed("sensitivity (1000 samples)", lambda: analyse(result, 1000))
    data = timed("write the workbook", lambda: render_workbook(result, found))
    book = base / "big.xlsx"
    book.write_bytes(data)
    sheet = timed("read the Scores sheet", lambda: read_sheet(book))
    timed("read the table", lambda: import_table(sheet))
    print(f"  workbook: {len(data) / 1024:.0f} KB")
    return book


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    tool = str(BIN / "adm-appraise")
    root = __file__.rsplit("/benchmarks/", 1)[0]
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        bundled = base / "bundled.xlsx"
        floor = "import pandas, xlsxwriter"
        ours, low, ratio = compare([tool, "export", root, "-o", str(bundled), "--samples", "1000"],
                                   [sys.executable, "-c", floor], runs)
        report("adm-appraise export (bundled)", ours, low, ratio, f'python -c "{floor}"', 3.0)
        print()
        floor = "import openpyxl, pydantic"
        ours, low, ratio = compare([tool, "import", str(bundled), str(base / "back"), "--force"],
                                   [sys.executable, "-c", floor], runs)
        report("adm-appraise import (its workbook)", ours, low, ratio, f'python -c "{floor}"', 3.0)
        print()
        big = stages(base)
        soffice = shutil.which("soffice")
        if soffice:
            start = time.perf_counter()
            subprocess.run([soffice, f"-env:UserInstallation={(base / 'profile').as_uri()}", "--headless",
                            "--convert-to", "xlsx", "--outdir", str(base / "lo"), str(big)],
                           check=True, capture_output=True)
            print(f"  LibreOffice: open, recalculate, save  {(time.perf_counter() - start) * 1000:8.1f} ms "
                  "(one run, with its start-up)")
