"""Writing a report: whole or not at all, and never over an input file.

``write_atomic`` writes to a temporary file in the target's folder and renames it into
place (``os.replace``), so a reader sees the old file or the new one, never half of either,
and a failure leaves the previous report untouched.
"""

from __future__ import annotations

import os
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
