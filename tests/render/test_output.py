"""Writing reports: atomic, and never over an input file (directly or through a link)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from adm_appraise.problems import AppraisalError
from adm_appraise.render.output import write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_atomic(target, "one\n")
    write_atomic(target, "two\n")
    assert target.read_text() == "two\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_refuses_an_input_file(tmp_path: Path) -> None:
    source = tmp_path / "criteria.yaml"
    source.write_text("keep")
    with pytest.raises(AppraisalError) as err:
        write_atomic(source, "report", protected=[source])
    assert err.value.problems[0].code == "E302"
    assert source.read_text() == "keep"


def test_refuses_a_link_to_an_input_file(tmp_path: Path) -> None:
    source = tmp_path / "options" / "a.yaml"
    source.parent.mkdir()
    source.write_text("keep")
    link = tmp_path / "report.html"
    link.symlink_to(source)
    for target in (link, tmp_path / "options" / ".." / "options" / "a.yaml"):
        with pytest.raises(AppraisalError):
            write_atomic(target, "report", protected=[source])
    assert source.read_text() == "keep" and link.is_symlink()


def test_failure_leaves_the_previous_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("previous")

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(AppraisalError) as err:
        write_atomic(target, "new")
    assert "No space left" in str(err.value)
    assert target.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_missing_folder_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(AppraisalError) as err:
        write_atomic(tmp_path / "nope" / "report.md", "x")
    assert err.value.problems[0].code == "E302"


def test_create_new_never_overwrites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from adm_appraise.render.output import create_new

    target = tmp_path / "a/b/new.yaml"
    assert create_new(target, "first\n") is True and target.read_text() == "first\n"
    assert create_new(target, "second\n") is False and target.read_text() == "first\n"
    (tmp_path / "link.yaml").symlink_to(tmp_path / "nowhere.yaml")  # a dangling link is not replaced either
    assert create_new(tmp_path / "link.yaml", "x") is False and not (tmp_path / "nowhere.yaml").exists()

    def no_links(src: str, dst: str) -> None:
        raise PermissionError(1, "hard links not supported")

    monkeypatch.setattr("os.link", no_links)  # e.g. a FAT or network file system
    assert create_new(tmp_path / "c.yaml", "third\n") is True and (tmp_path / "c.yaml").read_text() == "third\n"
    assert create_new(tmp_path / "c.yaml", "fourth\n") is False and (tmp_path / "c.yaml").read_text() == "third\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "c.yaml", "link.yaml"]  # no temporary left
