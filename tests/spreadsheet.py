"""A real spreadsheet engine for the tests: LibreOffice, headless, recalculating workbooks.

``recalculate`` converts every workbook given in one soffice run (start-up costs seconds) with
a private profile folder, so parallel runs never share one. The exported workbooks carry the
results adm-appraise computed, which LibreOffice keeps by default; the profile tells it to
recalculate every formula of an .xlsx file on load, so the copies hold LibreOffice's results.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def soffice() -> str:
    for candidate in (os.environ.get("SOFFICE"), shutil.which("soffice"), shutil.which("libreoffice")):
        if candidate and Path(candidate).exists():
            return candidate
    return ""


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (required when CI is set)")
    pytest.skip(reason)


# Tools > Options > Calc > Formula > "Recalculation on file load", Excel 2007 and newer: Always
ALWAYS_RECALCULATE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def recalculate(workbooks: list[Path], folder: Path) -> dict[Path, Path]:
    """Each workbook opened, recalculated and saved again by LibreOffice: {original: copy}."""
    program = soffice()
    if not program:
        unavailable("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    out = folder / "recalculated"
    profile = folder / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(ALWAYS_RECALCULATE, encoding="utf-8")
    command = [program, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
               "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *map(str, workbooks)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    copies = {path: out / path.name for path in workbooks}
    missing = [str(p) for p in copies.values() if not p.is_file()]
    assert not missing, f"soffice wrote no {missing}: {done.stdout}{done.stderr}"
    return copies
