"""The built packages: the licence ships in the sdist and the wheel; the README has no placeholders."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_license_ships_in_the_sdist_and_the_wheel(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-d", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    [sdist] = tmp_path.glob("*.tar.gz")
    [wheel] = tmp_path.glob("*.whl")
    licence = (ROOT / "LICENSE").read_bytes()
    assert licence.startswith(b"MIT License\n")
    with tarfile.open(sdist) as tar:
        member = tar.extractfile(f"{sdist.name.removesuffix('.tar.gz')}/LICENSE")
        assert member is not None and member.read() == licence
    with zipfile.ZipFile(wheel) as whl:
        info = wheel.name.split("-py3")[0] + ".dist-info"
        assert whl.read(f"{info}/licenses/LICENSE") == licence
        metadata = whl.read(f"{info}/METADATA").decode()
        # explain's pages show each example's recorded output: the file ships beside the code
        assert "adm_appraise/problem_examples.json" in whl.namelist()
    assert "License-Expression: MIT" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()


def test_no_placeholders_in_the_readme() -> None:
    readme = "".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))])
    for placeholder in ("OWNER", "<your", "YOUR_", "example.com/adm-appraise"):
        assert placeholder not in readme
