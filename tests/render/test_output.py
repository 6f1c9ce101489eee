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
def test_a_device_is_written_in_place_not_replaced() -> None:
    # as root, os.replace would put a regular file where /dev/null was
    devnull = Path(os.devnull)
    before = devnull.stat()
    write_atomic(devnull, "report\n")
    after = devnull.stat()
    assert (after.st_ino, after.st_mode, after.st_rdev) == (before.st_ino, before.st_mode, before.st_rdev)
    if Path("/dev/full").exists():
        with pytest.raises(AppraisalError) as err:
            write_atomic("/dev/full", "report\n")
        assert str(err.value) == "/dev/full: error: cannot write the report: No space left on device [E302]"


def test_a_pipe_is_written_in_place(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_atomic(fifo, "through the pipe\n")
    reader.join(10)
    assert received == ["through the pipe\n"] and fifo.is_fifo()


def test_refuses_a_folder_the_appraisal_reads(tmp_path: Path) -> None:
    options = tmp_path / "options"
    options.mkdir()
    with pytest.raises(AppraisalError) as err:
        write_atomic(options / "report.yaml", "x", folders=[options])
    assert str(err.value) == (f"{options}/report.yaml: error: refusing to write the report inside {options}, "
                              "which the appraisal reads; choose another -o [E302]")
    assert list(options.iterdir()) == []


def test_stale_temporary_files_of_ours_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    stale = tmp_path / ".report.md.k3j_x9q2.tmp"    # left by a killed run
    fresh = tmp_path / ".report.md.abcdefgh.tmp"    # maybe another run writing right now
    other = tmp_path / ".notes.md.k3j_x9q2.tmp"     # not this target's
    mine_but_not_ours = tmp_path / ".report.md.tmp"  # not mkstemp's pattern
    for path in (stale, fresh, other, mine_but_not_ours):
        path.write_text("partial")
    old = os.path.getmtime(stale) - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    os.utime(mine_but_not_ours, (old, old))
    write_atomic(target, "report\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, fresh.name, other.name, mine_but_not_ours.name])


def test_html_text_escapes_what_the_terminal_does_but_tab_newline_and_return() -> None:
    # html_text's one character class against its definition, at every code point: UNSAFE (the
    # terminal's set) less the three layout characters HTML text may hold
    from adm_appraise.problems import UNSAFE
    from adm_appraise.render.text import html_text

    for code in range(0x110000):
        ch = chr(code)
        kept = ch in "\t\n\r" or not UNSAFE.fullmatch(ch)
        assert (html_text(ch) == ch) == kept, hex(code)
    assert html_text("a\tb\nc\r\x1b[31m\u202e") == "a\tb\nc\r\\x1b[31m\\u202e"


def test_relative_paths_resolve_links_as_path_resolve_does(tmp_path: Path) -> None:
    # each against the definition: both paths resolved, then relative (../ when outside the folder)
    from adm_appraise.render.output import RelativePaths

    base = tmp_path / "appraisal"
    (base / "options").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    files = {
        base / "criteria.yaml": "criteria.yaml",
        base / "options" / "a.yaml": "options/a.yaml",
        tmp_path / "elsewhere" / "b.yaml": "../elsewhere/b.yaml",
    }
    for path in files:
        path.write_text("x", encoding="utf-8")
    (base / "options" / "linked.yaml").symlink_to(tmp_path / "elsewhere" / "b.yaml")  # a link to a file outside
    files[base / "options" / "linked.yaml"] = "../elsewhere/b.yaml"
    (base / "more").symlink_to(tmp_path / "elsewhere", target_is_directory=True)  # a linked folder
    files[base / "more" / "b.yaml"] = "../elsewhere/b.yaml"
    files[base / "options" / ".." / "criteria.yaml"] = "criteria.yaml"
    relative = RelativePaths(base)
    for path, expected in files.items():
        assert relative(path) == expected, path
        assert Path(os.path.relpath(path.resolve(), base.resolve())).as_posix() == expected
    linked_base = RelativePaths(tmp_path / "appraisal" / "more")  # the folder itself a link
    assert linked_base(tmp_path / "elsewhere" / "b.yaml") == "b.yaml"
