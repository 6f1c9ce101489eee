"""Files and folders a user cannot read are clean errors (E001), never PermissionError tracebacks.

Root reads everything, and CI runs as root: there the command runs in a forked child that has
dropped its privileges to nobody (the modules it needs are imported before the fork, since the
interpreter's own files may not be readable by nobody).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT

NOBODY = 65534


def invoke(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args)
    error = "" if result.exception is None or isinstance(result.exception, SystemExit) else repr(result.exception)
    return result.exit_code, result.output, error  # stdout and stderr as a terminal shows them


def run_unprivileged(args: list[str], warm: list[str] | None = None) -> tuple[int, str, str]:
    """(exit code, output, unexpected exception) of the command run as a user who is not root.

    As root, ``warm`` (default: the command itself) runs first, so that every module the command
    imports is loaded before the fork; a command that writes is warmed on a harmless copy.
    """
    if os.geteuid() != 0:
        return invoke(args)
    if not hasattr(os, "fork"):
        pytest.skip("cannot drop privileges here (no fork)")
    invoke(args if warm is None else warm)
    read, write = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads: the child only runs the CLI
        pid = os.fork()
    if pid == 0:  # the child: drop to nobody, run, report through the pipe, exit at once
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            outcome = invoke(args)
            os.write(write, json.dumps(outcome).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    if not data:
        pytest.fail("the unprivileged child reported nothing")
    code, stderr, error = json.loads(data)
    return code, stderr, error


@pytest.fixture
def shared() -> Iterator[Path]:
    """A copy of the bundled appraisal in a folder that nobody may read (unlike pytest's tmp_path)."""
    folder = Path(tempfile.mkdtemp(prefix="adm-appraise-perm-"))
    try:
        folder.chmod(0o755)
        shutil.copytree(ROOT / "options", folder / "options")
        shutil.copy(ROOT / "criteria.yaml", folder / "criteria.yaml")
        shutil.copy(ROOT / "longlist.yaml", folder / "longlist.yaml")
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(folder)


def test_an_options_folder_that_cannot_be_listed(shared: Path) -> None:
    (shared / "options").chmod(0o311)  # searchable, not listable
    code, stderr, error = run_unprivileged(["validate", str(shared)])
    assert (code, error) == (1, "")
    code, stderr, error = run_unprivileged(["score", str(shared)])
    assert (code, error) == (1, "")
    assert stderr.splitlines()[0] == f"{shared}/options: error: cannot list the options folder: Permission denied [E001]"


def test_an_unreadable_option_file(shared: Path) -> None:
    (shared / "options/staff_mutual.yaml").chmod(0o000)
    code, stderr, error = run_unprivileged(["score", str(shared)])
    assert (code, error) == (1, "")
    assert stderr.splitlines()[0] == f"{shared}/options/staff_mutual.yaml: error: cannot read: Permission denied [E001]"


@pytest.mark.parametrize("name", ["_audit.md.j2", "notes.txt"])
def test_an_unreadable_file_in_the_template_folder(shared: Path, name: str) -> None:
    templates = shared / "tpl"
    templates.mkdir(mode=0o755)
    (templates / name).write_text("{{ title }}\n")
    (templates / name).chmod(0o000)
    code, stderr, error = run_unprivileged(["report", str(shared), "--samples", "10", "--template-dir", str(templates)])
    assert (code, error) == (1, "")
    assert stderr.splitlines()[0].startswith(f"{templates}/{name}: error: cannot read")
    assert stderr.splitlines()[0].endswith(" [E001]")


def test_a_panel_folder_that_cannot_be_listed(shared: Path) -> None:
    shutil.copytree(ROOT / "examples/panel-leisure/panel", shared / "panel")
    (shared / "panel").chmod(0o311)  # searchable, not listable
    for command in ("validate", "score", "panel"):
        code, stderr, error = run_unprivileged([command, str(shared)])
        assert (code, error) == (1, ""), command
        assert f"{shared}/panel: error: cannot list the panel folder: Permission denied [E001]" in stderr.splitlines()


@pytest.mark.parametrize("where", [".", "new"])
def test_import_into_a_folder_that_cannot_be_written(shared: Path, where: str) -> None:
    """Into a read-only folder, or a new folder inside one: the staging folder cannot be made there."""
    locked = shared / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    target = locked / where if where != "." else locked
    source = ROOT / "examples/import/scores.csv"
    shutil.copy(source, shared / "scores.csv")
    (shared / "scores.csv").chmod(0o644)
    warm = ["import", str(shared / "scores.csv"), str(shared / "warm")]
    code, stderr, error = run_unprivileged(["import", str(shared / "scores.csv"), str(target)], warm)
    assert (code, error) == (1, "")
    assert stderr.splitlines()[-2:] == [f"{target}: error: cannot write here: Permission denied [E909]",
                                        "adm-appraise: 1 error; nothing was done"]
    assert list(locked.iterdir()) == []  # not even a staging folder
