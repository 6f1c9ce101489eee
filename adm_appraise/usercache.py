"""The user's cache folder: what adm-appraise keeps between runs to start faster (compiled report
templates, MACBETH scales already solved). Everything kept there can be made again, so a folder
that cannot be made, read or written is simply no cache."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_home() -> Path:
    """The user's cache folder for adm-appraise (as platformdirs would place it)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = xdg if os.path.isabs(xdg) else str(Path.home() / ".cache")
    return Path(base) / "adm-appraise"


def cache_folder(name: str) -> Path | None:
    """The folder ``name`` in the cache, made if need be (only the user may read it); None when it cannot be."""
    folder = cache_home() / name
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return folder
