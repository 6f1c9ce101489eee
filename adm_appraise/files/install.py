"""What the workflow ``adm-appraise init`` writes should install: the version running now.

adm-appraise is not published on a package index, so ``pip install adm-appraise==VERSION`` would
fail on the first push. The spec is worked out from how the running copy was installed, as pip
recorded it (PEP 610, ``direct_url.json`` in the installed distribution's metadata):

- from a git URL: ``adm-appraise @ git+URL@COMMIT``, the commit pip recorded;
- from a local folder that is a git checkout with a remote: its remote at the checkout's HEAD;
- from a package index (no ``direct_url.json``): ``adm-appraise==VERSION``;
- otherwise (a folder with no remote, a wheel file): a wheel in ``tools/`` at the repository's
  root, committed with the appraisal, as the documented workflow does.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

DIST = "adm-appraise"


@dataclass(frozen=True)
class Install:
    spec: str  # what the workflow passes to pip install
    source: str | None = None  # a folder to build the wheel from, or a wheel file to copy, into tools/
    note: str = ""  # where the spec came from, for init's output


def installed() -> Install:
    """The spec for the running adm-appraise."""
    from importlib import metadata

    try:
        dist = metadata.distribution(DIST)
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return Install(f"{DIST}=={_version()}", note="not installed: the version number")
    text = dist.read_text("direct_url.json")
    try:
        info = json.loads(text) if text else None
    except ValueError:
        info = None
    return from_direct_url(info if isinstance(info, dict) else None, dist.version)


def _version() -> str:
    from adm_appraise import __version__

    return __version__


def from_direct_url(info: dict[str, Any] | None, version: str) -> Install:
    """The spec for an installation that pip recorded as ``info`` (PEP 610; None: from an index)."""
    if info is None:
        return Install(f"{DIST}=={version}", note="installed from a package index")
    url = str(info.get("url", ""))
    vcs = info.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and vcs.get("commit_id"):
        return Install(f"{DIST} @ git+{url}@{vcs['commit_id']}", note=f"installed from {url}")
    path = _local(url)
    if "dir_info" in info and path is not None:
        remote, head = _git(path, "remote", "get-url", "origin"), _git(path, "rev-parse", "HEAD")
        if remote is None:
            names = (_git(path, "remote") or "").split()
            remote = _git(path, "remote", "get-url", names[0]) if names else None
        if remote and head:
            return Install(f"{DIST} @ git+{_pip_url(remote, path)}@{head}",
                           note=f"the checkout {path} (its remote at HEAD {head[:12]}: push it first)")
        return Install("", source=str(path), note=f"a wheel built from {path}, which has no git remote")
    if path is not None and path.suffix == ".whl":
        return Install("", source=str(path), note=f"a copy of {path.name}")
    if url.startswith(("https://", "http://")):
        return Install(f"{DIST} @ {url}", note=f"installed from {url}")
    return Install(f"{DIST}=={version}", note="installed from an unknown source: the version number")


def _local(url: str) -> Path | None:
    parsed = urlparse(url)
    return Path(unquote(parsed.path)) if parsed.scheme == "file" else None


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def _pip_url(remote: str, folder: Path) -> str:
    """A git remote as pip's ``git+`` wants it: scp-like ``user@host:path`` becomes ``ssh://``."""
    if re.match(r"^[a-z][a-z0-9+.-]*://", remote):
        return remote
    scp = re.match(r"^([^/@:]+@)?([^/:]+):(.+)$", remote)
    if scp and len(scp.group(2)) > 1:  # not a Windows drive letter
        return f"ssh://{scp.group(1) or ''}{scp.group(2)}/{scp.group(3).lstrip('/')}"
    return (folder / remote).resolve().as_uri()  # a local path, relative to the checkout


def build_wheel(source: str, into: Path) -> Path:
    """The wheel for ``source`` (a wheel file, copied, or a project folder, built) in ``into``."""
    import shutil
    import sys

    into.mkdir(parents=True, exist_ok=True)
    if source.endswith(".whl"):
        return Path(shutil.copy2(source, into))
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(into), source],
                          capture_output=True, text=True)
    wheels = sorted(into.glob("adm_appraise-*.whl"))
    if done.returncode != 0 or not wheels:
        raise OSError(f"pip wheel {source} failed: {(done.stderr or done.stdout).strip()[-500:]}")
    return wheels[-1]
