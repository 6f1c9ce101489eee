"""A real spreadsheet engine for the tests: LibreOffice, headless, recalculating workbooks.

``recalculate`` converts every workbook given in one soffice run (start-up costs seconds) with
a private profile folder, so parallel runs never share one. The exported workbooks carry no
cached results, so LibreOffice must compute every formula to write the copies it writes.
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


def recalculate(workbooks: list[Path], folder: Path) -> dict[Path, Path]:
    """Each workbook opened, recalculated and saved again by LibreOffice: {original: copy}."""
    program = soffice()
    if not program:
        unavailable("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    out = folder / "recalculated"
    profile = folder / "lo-profile"
    command = [program, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
               "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *map(str, workbooks)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    copies = {path: out / path.name for path in workbooks}
    missing = [str(p) for p in copies.values() if not p.is_file()]
    assert not missing, f"soffice wrote no {missing}: {done.stdout}{done.stderr}"
    return copies
