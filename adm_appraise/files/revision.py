"""One side of a comparison: an appraisal folder, or the same folder at a git revision.

A revision is read with the ``git`` command (no Python dependency on git): the appraisal's
folder at that commit is extracted into a temporary folder, loaded as usual, and every
problem is then named by the side it came from (``HEAD~1:options/a.yaml:3:5``).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from adm_appraise.files.loader import find_sources, read_sources
from adm_appraise.model import Appraisal
from adm_appraise.problems import AppraisalError, Location, Problem

GIT_TIMEOUT = 60  # seconds; a git call that takes longer is reported, not waited on


@dataclass(frozen=True)
class Side:
    """A loaded side: its label ('HEAD~1', or the folder as given) and the appraisal."""

    label: str
    appraisal: Appraisal
    revision: str | None = None  # the full commit id, for a revision
    root: Path | None = None  # for a revision: the temporary folder its files were read from

    def locate(self, where: Location) -> Location:
        """Where a place of this side is shown to the user: 'HEAD~1:options/a.yaml:3:5' for a revision."""
        return _locate(where, self.label, self.root)


def _locate(where: Location, label: str, root: Path | None) -> Location:
    if root is None:
        return where
    try:
        return replace(where, path=f"{label}:{Path(where.path).relative_to(root).as_posix()}")
    except ValueError:
        return where


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=GIT_TIMEOUT, check=False)


def _fail(label: str, message: str) -> AppraisalError:
    return AppraisalError([Problem(Location(label), "E801", message)])


def _repository(folder: Path, label: str) -> tuple[Path, str]:
    """The top of the git repository holding ``folder``, and the folder's path inside it."""
    try:
        top = _git(["rev-parse", "--show-toplevel"], folder)
        prefix = _git(["rev-parse", "--show-prefix"], folder)
    except FileNotFoundError:
        raise _fail(label, "git is not installed, so a revision cannot be read; compare two folders instead") from None
    except subprocess.TimeoutExpired:
        raise _fail(label, f"git did not answer within {GIT_TIMEOUT} s") from None
    if top.returncode != 0:
        message = f"'{label}' is neither a folder nor a revision: {folder.resolve()} is not in a git repository"
        raise _fail(label, message)
    return Path(top.stdout.decode().strip()), prefix.stdout.decode().strip()


@contextmanager
def checkout(spec: str, folder: Path) -> Iterator[tuple[Path, Path, str]]:
    """The appraisal ``folder`` (a path in the working tree) as it stands at revision ``spec``.

    Yields the appraisal's folder inside a temporary copy of the repository's files at that
    commit, the copy's top (paths are shown relative to it) and the commit id; all removed
    afterwards. Raises AppraisalError
    (E801) when ``spec`` names no commit or the folder did not exist at that commit.
    """
    top, prefix = _repository(folder, spec)
    commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{spec}^{{commit}}"], top)
    if commit.returncode != 0:
        raise _fail(spec, f"'{spec}' is neither a folder nor a revision of the repository at {top}")
    sha = commit.stdout.decode().strip()
    archive = _git(["archive", "--format=tar", sha, "--", prefix or "."], top)
    if archive.returncode != 0:
        raise _fail(spec, f"the appraisal folder '{prefix or '.'}' does not exist at {spec} ({sha[:12]})")
    target = Path(tempfile.mkdtemp(prefix="adm-appraise-diff-"))
    try:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            members = tar.getmembers()
            links = [m.name for m in members if not (m.isfile() or m.isdir())]
            read = [name for name in links if _is_read(name[len(prefix):] if name.startswith(prefix) else name)]
            if read:
                raise AppraisalError([
                    Problem(Location(f"{spec}:{name}"), "E801", "a symbolic link: a revision is read from its "
                            "committed files only, and a link's target is none of them; commit the file itself")
                    for name in read
                ])
            tar.extractall(target, members=[m for m in members if m.isfile() or m.isdir()], filter="data")
        yield target / prefix, target, sha
    finally:
        shutil.rmtree(target, ignore_errors=True)


def _is_read(name: str) -> bool:
    """Whether the loader reads this path of an appraisal folder (links elsewhere are left out unread)."""
    parts = PurePosixPath(name).parts
    return parts in (("criteria.yaml",), ("longlist.yaml",), ("risks.yaml",), ("benefits.yaml",), ("equality.yaml",),
                     ("paper.yaml",), ("options",), ("panel",)) or (
        len(parts) == 2 and parts[0] in ("options", "panel"))


@contextmanager
def open_side(spec: str | None, folder: Path) -> Iterator[Side]:
    """Load one side: ``spec`` a folder (used as it is), a revision of ``folder``, or None (``folder``)."""
    if spec is None or _is_folder(spec, folder):
        path = folder if spec is None else Path(spec)
        yield Side(str(path), _load(path, str(path), None))
        return
    with checkout(spec, folder) as (extracted, top, sha):
        yield Side(spec, _load(extracted, spec, top), sha, top)


def _is_folder(spec: str, folder: Path) -> bool:
    """Whether ``spec`` is a folder rather than a revision (which may hold '/': origin/main, feature/x).

    A written path ('.', './x', '../x', '/abs') is a folder. Otherwise git is asked first: a
    revision that is not also a folder is a revision, and a name that is both is refused, as git
    refuses it; what git does not know is a folder if there is one (else git's error is reported).
    """
    if spec in (".", "..") or spec.startswith(("./", "../")) or Path(spec).is_absolute():
        return True
    is_dir = Path(spec).is_dir()
    if not _is_revision(spec, folder):
        return is_dir
    if is_dir:
        raise _fail(spec, f"'{spec}' is both a folder and a revision: write ./{spec} for the folder, "
                          f"or {spec}^{{commit}} for the revision")
    return False


def _is_revision(spec: str, folder: Path) -> bool:
    """Whether git knows ``spec`` as a commit of the repository holding ``folder`` (False outside one)."""
    try:
        top, _ = _repository(folder, spec)
    except AppraisalError:  # no git, or no repository: not a revision
        return False
    return _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{spec}^{{commit}}"], top).returncode == 0


def _load(path: Path, label: str, root: Path | None) -> Appraisal:
    """Load a side's appraisal; its problems are named after the side."""
    if not (path / "criteria.yaml").is_file():
        raise _fail(label, f"'{label}' is not an appraisal: it has no criteria.yaml")
    loaded = read_sources(find_sources(path))
    if loaded.appraisal is None:
        raise AppraisalError([replace(p, where=_locate(p.where, label, root)) for p in loaded.problems])
    return loaded.appraisal
