"""Shared fixtures: the bundled appraisal, and small appraisals written on the fly."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden files")


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A private copy of the bundled appraisal that a test may edit."""
    target = tmp_path / "appraisal"
    shutil.copytree(ROOT / "options", target / "options")
    shutil.copy(ROOT / "criteria.yaml", target / "criteria.yaml")
    shutil.copy(ROOT / "longlist.yaml", target / "longlist.yaml")
    return target


def write(folder: Path, name: str, text: str) -> Path:
    """Write dedented ``text`` to folder/name and return the path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def make_appraisal(folder: Path, criteria: str, **options: str) -> Path:
    """An appraisal folder with the given criteria.yaml and options/<name>.yaml files."""
    write(folder, "criteria.yaml", criteria)
    (folder / "options").mkdir(parents=True, exist_ok=True)
    for name, text in options.items():
        write(folder, f"options/{name}.yaml", text)
    return folder


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when run with --update-golden: golden-file tests rewrite their files."""
    return bool(request.config.getoption("--update-golden"))
