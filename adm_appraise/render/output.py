"""Writing a report: whole or not at all, and never over an input file.

``write_atomic`` writes to a temporary file in the target's folder and renames it into
place (``os.replace``), so a reader sees the old file or the new one, never half of either,
and a failure leaves the previous report untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path

from adm_appraise.problems import AppraisalError, Location, Problem


def check_target(target: Path, protected: Iterable[Path]) -> None:
    """Raise AppraisalError (E302) if ``target`` is, or resolves to, a protected file.

    Paths are compared resolved, so a symlink (or a ``../`` detour) to an input is caught.
    """
    resolved = target.resolve()
    for path in protected:
        if resolved == Path(path).resolve():
            raise AppraisalError(
                [
                    Problem(
                        Location(str(target)),
                        "E302",
                        f"refusing to write the report over an input file ({path}); choose another -o",
                    )
                ]
            )
    if resolved.is_dir():
        raise AppraisalError(
            [Problem(Location(str(target)), "E302", "the output path is a folder")]
        )


def write_atomic(target: str | Path, text: str | bytes, protected: Iterable[Path] = ()) -> Path:
    """Write ``text`` (UTF-8; bytes as they are) to ``target`` atomically; refuse to replace a protected file.

    When ``target`` is a symlink to an unprotected file, the link itself is replaced by the
    new file (the file it pointed to is left alone). Returns the path written.
    """
    target = Path(target)
    check_target(target, protected)
    folder = target.parent
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise AppraisalError(
            [Problem(Location(str(target)), "E302", f"cannot write here: {exc.strerror}")]
        ) from None
    try:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise AppraisalError(
            [Problem(Location(str(target)), "E302", f"cannot write the report: {exc.strerror}")]
        ) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def generation_time(environ: Mapping[str, str] = os.environ) -> datetime:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else now; always UTC."""
    raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return datetime.now(timezone.utc).replace(microsecond=0)
    if not raw.isdigit():
        raise AppraisalError(
            [
                Problem(
                    Location("SOURCE_DATE_EPOCH"),
                    "E303",
                    f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}",
                )
            ]
        )
    return datetime.fromtimestamp(int(raw), tz=timezone.utc)


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
    staging = Path(tempfile.mkdtemp(dir=home, prefix=f".{target.resolve().name}.import."))
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise AppraisalError([Problem(Location(str(target)), "E909", f"cannot write here: {exc.strerror}")]) from None
    return staging


def commit_folder(staging: Path, target: Path) -> None:
    """Move a staged appraisal into ``target``: a rename of the whole folder when ``target`` is new,
    else criteria.yaml and options/ replace the old ones (which are restored if a move fails)."""
    if not target.exists():
        os.replace(staging, target)
        return
    old = Path(tempfile.mkdtemp(dir=target, prefix=".import-old."))
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
