"""Writing a report: whole or not at all, and never over an input file.

``write_atomic`` writes to a temporary file in the target's folder and renames it into
place (``os.replace``), so a reader sees the old file or the new one, never half of either,
and a failure leaves the previous report untouched.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path

from adm_appraise.problems import AppraisalError, Location, Problem, printable

SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


class RelativePaths:
    """Input files named relative to an appraisal's folder as a reader finds them: links resolved,
    forward slashes, ``../`` for a file outside it. Each folder is resolved once, not once a file:
    the options of a large appraisal share one."""

    def __init__(self, base: str | Path) -> None:
        self.base = os.path.realpath(base)
        self._folders: dict[str, str] = {}

    def __call__(self, path: str | Path) -> str:
        return Path(os.path.relpath(self._real(os.path.abspath(path)), self.base)).as_posix()

    def _real(self, path: str) -> str:
        """``os.path.realpath(path)``, the folder's part remembered."""
        if os.path.islink(path):
            return os.path.realpath(path)
        folder, name = os.path.split(path)
        if folder not in self._folders:
            self._folders[folder] = os.path.realpath(folder)
        return os.path.join(self._folders[folder], name)


def format_for(path: str | Path | None) -> str | None:
    """The report format an output file's suffix implies (None when it implies none)."""
    return SUFFIXES.get(Path(path).suffix.lower()) if path is not None else None


STALE_SECONDS = 60  # a temporary file of ours untouched this long was left by a killed run


def _refused(target: Path, message: str) -> AppraisalError:
    return AppraisalError([Problem(Location(str(target)), "E302", message)])


def check_target(target: Path, protected: Iterable[Path], folders: Iterable[Path] = ()) -> None:
    """Raise AppraisalError (E302) if ``target`` is, or resolves to, a protected file, or lies
    inside one of ``folders`` (those the appraisal reads: a report in options/ breaks the next run).

    Paths are compared resolved, so a symlink (or a ``../`` detour) to an input is caught.
    """
    resolved = target.resolve()
    for path in protected:
        if resolved == Path(path).resolve():
            raise _refused(target, f"refusing to write the report over an input file ({path}); choose another -o")
    for folder in folders:
        if resolved.is_relative_to(Path(folder).resolve()):
            raise _refused(target, f"refusing to write the report inside {folder}, which the appraisal reads; "
                                   "choose another -o")
    if resolved.is_dir():
        raise _refused(target, "the output path is a folder")


def write_atomic(
    target: str | Path, text: str | bytes, protected: Iterable[Path] = (), folders: Iterable[Path] = ()
) -> Path:
    """Write ``text`` (UTF-8; bytes as they are) to ``target`` atomically; refuse to replace a
    protected file.

    When ``target`` is a symlink to an unprotected file, the link itself is replaced by the
    new file (the file it pointed to is left alone). A target that exists and is not a regular
    file (``/dev/null``, a pipe) is written in place, never replaced. Temporary files of ours
    that a killed run left beside the target are removed. Returns the path written.
    """
    return write_all([(Path(target), text)], protected, folders)[0]


def write_all(
    outputs: list[tuple[Path, str | bytes]], protected: Iterable[Path] = (), folders: Iterable[Path] = ()
) -> list[Path]:
    """Write several files together, as ``write_atomic`` writes one: every target checked, every
    one staged in a temporary file beside it, and only then each renamed into place. A failure
    before the renames leaves every target as it was (a committee paper and its exempt appendix
    are written both or neither)."""
    protected = list(protected)
    folders = list(folders)
    for target, _ in outputs:
        check_target(target, protected, folders)
    staged: list[tuple[Path, str | None, str | bytes]] = []  # (target, temp or None for a device, data)
    try:
        for target, text in outputs:
            if target.exists() and not target.is_file():
                staged.append((target, None, text))
                continue
            staged.append((target, _stage(target, text), text))
        for target, temp, text in staged:
            if temp is None:
                _write_in_place(target, text)
                continue
            try:
                os.replace(temp, target)
            except OSError as exc:
                raise _refused(target, f"cannot write the report: {exc.strerror}") from None
    finally:
        for _, temp, _ in staged:
            if temp is not None:
                Path(temp).unlink(missing_ok=True)
    return [target for target, _ in outputs]


def _stage(target: Path, text: str | bytes) -> str:
    """``text`` in a temporary file beside ``target`` (its name mkstemp's ``.NAME.XXXXXXXX.tmp``)."""
    folder = target.parent
    _remove_stale(folder, target.name)
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _refused(target, f"cannot write here: {exc.strerror}") from None
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o666 & ~_umask())
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _refused(target, f"cannot write the report: {exc.strerror}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def _write_in_place(target: Path, text: str | bytes) -> Path:
    """A device or a pipe: written to, not replaced (``os.replace`` would put a file in its place)."""
    try:
        with open(target, "wb") as handle:
            handle.write(text.encode("utf-8") if isinstance(text, str) else text)
    except OSError as exc:
        raise _refused(target, f"cannot write the report: {exc.strerror}") from None
    return target


def _remove_stale(folder: Path, name: str) -> None:
    """Remove ``.NAME.XXXXXXXX.tmp`` files (mkstemp's pattern) not touched for STALE_SECONDS."""
    pattern = re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp\Z")
    now = time.time()
    try:
        candidates = [p for p in folder.iterdir() if pattern.match(p.name)]
    except OSError:
        return
    for path in candidates:
        try:
            if path.is_file() and not path.is_symlink() and now - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()
        except OSError:
            pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def generation_time(environ: Mapping[str, str] = os.environ) -> datetime:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else now; always UTC.

    The value must be ASCII digits (``str.isdigit`` also takes '²') naming a second that a
    date can hold (up to the end of year 9999): anything else is E303.
    """
    raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return datetime.now(timezone.utc).replace(microsecond=0)
    if not re.fullmatch(r"[0-9]{1,20}", raw):
        raise _epoch_error(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}")
    try:
        return datetime.fromtimestamp(int(raw), tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise _epoch_error(f"SOURCE_DATE_EPOCH {raw} is out of range: it must fall before the year 10000") from None


def _epoch_error(message: str) -> AppraisalError:
    return AppraisalError([Problem(Location("SOURCE_DATE_EPOCH"), "E303", printable(message))])


def create_new(target: str | Path, text: str) -> bool:
    """Write ``text`` (UTF-8) to a new file ``target``, whole; False, and nothing written, if it exists.

    The text goes to a temporary file that is then hard-linked into place: the link fails if
    the target appeared in the meantime, so an existing file is never overwritten.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() or target.is_symlink():
        return False
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(temp, 0o666 & ~_umask())
        try:
            os.link(temp, target)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive creation instead
            try:
                with open(target, "x", encoding="utf-8", newline="") as handle:
                    handle.write(text)
            except FileExistsError:
                return False
        return True
    finally:
        Path(temp).unlink(missing_ok=True)


APPRAISAL_FILES = ("criteria.yaml", "options")


def check_folder(target: Path, force: bool, source: Path | None = None) -> None:
    """Raise AppraisalError (E909) if ``target`` holds an appraisal and ``force`` is not given,
    or if replacing its files would remove ``source`` (the file being imported)."""
    if target.exists() and not target.is_dir():
        raise AppraisalError([Problem(Location(str(target)), "E909", "this is a file, not a folder")])
    if source is not None:
        inside = [target.resolve() / name for name in APPRAISAL_FILES]
        if any(source.resolve() == path or path in source.resolve().parents for path in inside):
            raise AppraisalError([Problem(Location(str(source)), "E909",
                                          "the source lies among the files the import would replace; move it first")])
    found = [name for name in APPRAISAL_FILES if (target / name).exists()]
    if found and not force:
        raise AppraisalError([Problem(Location(str(target / found[0])), "E909",
                                      "the folder already holds an appraisal: nothing was written "
                                      "(--force replaces criteria.yaml and options/)")])
    if not target.exists() and not target.resolve().parent.is_dir():
        raise AppraisalError([Problem(Location(str(target)), "E909", "the folder's parent does not exist")])


def stage_folder(target: Path, files: Mapping[str, str]) -> Path:
    """Write ``files`` ({relative path: text}) into a new hidden folder from which ``commit_folder`` moves them.

    The folder is inside ``target`` when it exists, else beside it: on the same file system, so
    the final moves are renames.
    """
    home = target if target.is_dir() else target.resolve().parent
    prefix = f".{target.resolve().name}.import."
    sweep_stale(home, prefix)
    try:
        staging = Path(tempfile.mkdtemp(dir=home, prefix=f"{prefix}{os.getpid()}."))
    except OSError as exc:
        raise AppraisalError([Problem(Location(str(target)), "E909", f"cannot write here: {exc.strerror}")]) from None
    try:
        os.chmod(staging, 0o777 & ~_umask())  # it becomes DIR when DIR is new: a folder like any other
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise AppraisalError([Problem(Location(str(target)), "E909", f"cannot write here: {exc.strerror}")]) from None
    return staging


def sweep_stale(home: Path, prefix: str) -> None:
    """Remove staging folders (``<prefix><pid>.<random>``) left by an import that was killed: those
    whose process is no longer running. Not on Windows, where there is no harmless liveness check."""
    if sys.platform == "win32":
        return
    for folder in home.glob(f"{glob.escape(prefix)}*"):
        pid = folder.name[len(prefix):].partition(".")[0]
        if not pid.isdigit() or not folder.is_dir() or folder.is_symlink() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:  # no such process: the import that made it is gone
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, OverflowError):  # alive (someone else's), or no process id at all
            continue


def stage_companions(staging: Path, target: Path) -> None:
    """Copy into ``staging`` what the loader reads beside criteria.yaml and an import keeps (panel/,
    longlist.yaml, risks.yaml, benefits.yaml, equality.yaml, paper.yaml), so that validating ``staging``
    validates the folder as the import will leave it."""
    from adm_appraise.files.loader import BENEFITS, EQUALITY, LONGLIST, PANEL, RISKS
    from adm_appraise.files.paper import PAPER

    try:
        for name in (PANEL, LONGLIST, RISKS, BENEFITS, EQUALITY, PAPER):
            source = target / name
            if source.is_dir():
                shutil.copytree(source, staging / name, symlinks=True)
            elif source.exists():
                shutil.copy2(source, staging / name, follow_symlinks=False)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise AppraisalError([Problem(Location(str(target)), "E909", f"cannot read {name}: {exc.strerror}")]) from None


def commit_folder(staging: Path, target: Path) -> None:
    """Move a staged appraisal into ``target``: a rename of the whole folder when ``target`` is new,
    else criteria.yaml and options/ replace the old ones (which are restored if a move fails)."""
    try:
        if not target.exists():
            os.replace(staging, target)
            return
        old = Path(tempfile.mkdtemp(dir=target, prefix=".import-old."))
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise AppraisalError([Problem(Location(str(target)), "E909", f"cannot write here: {exc.strerror}")]) from None
    moved: list[str] = []
    try:
        for name in APPRAISAL_FILES:
            if (target / name).exists():
                os.replace(target / name, old / name)
        for name in APPRAISAL_FILES:
            os.replace(staging / name, target / name)
            moved.append(name)
    except OSError as exc:
        for name in moved:
            os.replace(target / name, staging / name)
        for name in APPRAISAL_FILES:
            if (old / name).exists():
                os.replace(old / name, target / name)
        raise AppraisalError([Problem(Location(str(target)), "E909", f"cannot write here: {exc.strerror}")]) from None
    finally:
        shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(staging, ignore_errors=True)
