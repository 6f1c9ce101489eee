"""The appraisal as a workshop serves it: a snapshot of its state, previews, and the one place that writes.

A ``Snapshot`` is what the page shows: the ranking (``score``'s), the switching values and rank
acceptability (``sensitivity``'s), the panel's agreement (``panel``'s), every editable cell's value
and the HTML report (``report --format html``'s), all from the files as they are, with a version
(a digest of the files' bytes) that the page sends back as an ETag. ``refresh`` rebuilds it when
the files change (the server's watcher calls it, and every save does).

``preview`` scores the appraisal with changes that are not recorded (a staging copy of the files,
validated as ``validate`` would). ``record`` writes them: under one lock, each change's base (the
value the writer saw) is compared with what the file holds now, so the second of two saves of
the same cell is refused with both values (nothing lost); the changed files are validated in a
staging copy, written atomically (``render.output.write_atomic``), and committed in git with the
reason typed. A file edited on disk during the save is caught before anything is written.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adm_appraise.files.edit import YamlEdit
from adm_appraise.files.loader import LONGLIST, PANEL, load_appraisal
from adm_appraise.model import Appraisal
from adm_appraise.problems import AppraisalError, Location, Problem
from adm_appraise.serve import cells
from adm_appraise.serve.cells import Cell, CellError

TOLERANCE = 1e-9  # a number differing by less is the value the writer saw
MAX_CHANGES = 2_000  # changes in one request (a whole assessor's form is far fewer)
COMMAND = "adm-appraise serve"  # the report's audit trail names the command that made it


class Refused(Exception):
    """A request the workshop will not carry out: ``status`` is the HTTP status, ``body`` says why."""

    def __init__(self, status: int, message: str, **details: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"error": message, **details}


@dataclass(frozen=True)
class Snapshot:
    version: str
    view: dict[str, Any]  # what /api/state sends
    appraisal: Appraisal | None = None
    analysed: tuple[Any, Any] | None = None  # (the scored result, its sensitivity): what the report is made of


@dataclass
class Workshop:
    folder: Path
    samples: int = 1_000
    seed: int = 0
    commit: bool = True  # commit each save where the folder is in git
    new_assessors: Mapping[str, str] = field(default_factory=dict)  # id -> name, for assessors with no file yet

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        self.lock = threading.Lock()  # one save at a time
        self._snapshot_lock = threading.Lock()
        self.git = self.commit and _in_git(self.folder)
        self.saves = 0
        self.conflicts = 0
        self._snapshot: Snapshot | None = None
        self._report: tuple[str, str] = ("", "")  # (version, the HTML report of that version)
        self.refresh()

    # --- the state -----------------------------------------------------------------------------

    @property
    def snapshot(self) -> Snapshot:
        assert self._snapshot is not None
        return self._snapshot

    def refresh(self) -> Snapshot:
        """The snapshot of the files as they are now (rebuilt only when their bytes changed)."""
        with self._snapshot_lock:
            version = digest(self.folder)
            if self._snapshot is None or self._snapshot.version != version:
                self._snapshot = build(self.folder, version, self.samples, self.seed)
            return self._snapshot

    def report(self) -> tuple[str, str]:
        """(version, the HTML report of the files as they are now), rendered once a version, when asked for."""
        snapshot = self.refresh()
        with self._snapshot_lock:
            if self._report[0] != snapshot.version:
                html = "" if snapshot.analysed is None else _report(*snapshot.analysed, self.samples, self.seed)
                self._report = (snapshot.version, html)
            return self._report

    def assessors(self) -> dict[str, str]:
        """Every assessor the workshop has a form for: id -> name (those with a file, then the new ones)."""
        appraisal = self.snapshot.appraisal
        found = {a.id: a.name for a in appraisal.panel.assessors} if appraisal and appraisal.panel else {}
        return {**found, **{k: v for k, v in self.new_assessors.items() if k not in found}}

    def form(self, aid: str) -> dict[str, Any]:
        """What an assessor's form shows: the options and 'score' criteria, the descriptors, their scores."""
        appraisal = self._valid()
        panel = {a.id: a for a in appraisal.panel.assessors} if appraisal.panel else {}
        mine = panel.get(aid)
        scored = [c for c in appraisal.criteria if not c.is_measure]
        options = [o for o in appraisal.options if not o.unscored]
        return {
            "version": self.snapshot.version,
            "assessor": {"id": aid, "name": mine.name if mine else self.new_assessors.get(aid, aid),
                         "new": mine is None},
            "title": appraisal.title,
            "scale": list(appraisal.scale),
            "criteria": [{"id": c.id, "name": c.name, "description": c.description,
                          "levels": {str(k): v for k, v in sorted(c.levels.items())}} for c in scored],
            "options": [{"id": o.id, "name": o.name, "description": o.description,
                         "conflict": bool(mine and mine.conflicted(o.id))} for o in options],
            "scores": {f"panel/{aid}/{o.id}/{c.id}": (mine.scores.get(o.id, {}).get(c.id).point  # type: ignore[union-attr]
                                                     if mine and c.id in mine.scores.get(o.id, {}) else None)
                       for o in options for c in scored},
        }

    def _valid(self) -> Appraisal:
        """The appraisal as the files hold it now (loaded afresh: a save must not act on an older state)."""
        try:
            return load_appraisal(self.folder)
        except AppraisalError as exc:
            raise Refused(409, "the appraisal's files are invalid now: correct them (validate lists the problems) "
                               "before changing anything here", problems=[str(p) for p in exc.problems]) from None

    # --- changing it ---------------------------------------------------------------------------

    def preview(self, changes: object) -> dict[str, Any]:
        """The view with ``changes`` applied, nothing written: ranking and switching values as they would be."""
        appraisal = self._valid()
        texts = _edited(appraisal, _parse(changes, appraisal, based=False))
        with _staged(self.folder, texts) as staging:
            problems = _check(staging, self.folder)
            if problems:
                raise Refused(422, "the change would make the appraisal invalid", problems=problems)
            return build(staging, "preview", self.samples, self.seed).view

    def record(self, changes: object, reason: object, *, assessor: str | None = None) -> dict[str, Any]:
        """Write ``changes`` (each with the base the writer saw) and commit them with ``reason``.

        ``assessor``: the save comes from that assessor's form, which may change their own panel
        cells only. Returns what was written; raises Refused (409 a conflict, 422 invalid, 400 bad).
        """
        if not isinstance(reason, str) or not reason.strip() or len(reason) > cells.MAX_TEXT:
            if assessor is None:
                raise Refused(400, "type the reason for the change: it is the record (and the commit message)")
            reason = f"Panel: {self.assessors().get(assessor, assessor)} saves their scores"
        with self.lock:
            appraisal = self._valid()
            parsed = _parse(changes, appraisal, based=True)
            if assessor is not None and any(c.kind != "panel" or c.parts[0] != assessor for c, _, _ in parsed):
                raise Refused(403, "an assessor's form changes that assessor's own scores only")
            before = {p: _read_bytes(p) for p in {c.file for c, _, _ in parsed}}
            stale = _stale(appraisal, parsed, before)
            if stale:
                self.conflicts += 1
                raise Refused(409, "changed by someone else since you loaded it: yours is kept in the page; "
                                   "record it again to replace theirs", conflicts=stale)
            texts = _edited(appraisal, parsed, before, self.new_assessors)
            texts = {p: t for p, t in texts.items() if before.get(p) != t.encode("utf-8")}
            if texts:
                with _staged(self.folder, texts) as staging:
                    problems = _check(staging, self.folder)
                if problems:
                    raise Refused(422, "refused: the change would make the appraisal invalid", problems=problems)
                self._write(texts, before)
            committed = self._commit(list(texts), reason.strip(), _describe(parsed)) if texts else None
            self.saves += 1
        # the snapshot (and its report) is rebuilt by the watcher or the next request, not here: a save
        # holds the lock only as long as checking and writing take
        return {"written": sorted(_shown(p, self.folder) for p in texts), "committed": committed,
                "version": digest(self.folder)}

    def _write(self, texts: dict[Path, str], before: dict[Path, bytes | None]) -> None:
        from adm_appraise.render.output import write_atomic

        for path in texts:
            if _read_bytes(path) != before[path]:  # edited on disk while this save was being checked
                self.conflicts += 1
                raise Refused(409, f"{_shown(path, self.folder)} changed on disk during the save: nothing was "
                                   "written; look again and record again", conflicts=[])
        for path, text in texts.items():
            path.parent.mkdir(exist_ok=True)
            try:
                write_atomic(path, text)
            except AppraisalError as exc:
                raise Refused(500, "cannot write the file", problems=[str(p) for p in exc.problems]) from None

    def _commit(self, paths: list[Path], reason: str, body: str) -> str | None:
        """Commit ``paths`` alone with ``reason`` as the message (the changes listed below it); the
        commit's id, or None outside git. A commit that fails leaves the files written and says so."""
        if not self.git:
            return None
        names = [str(p.resolve()) for p in paths]
        root = str(self.folder.resolve())
        add = _git(["add", "--", *names], root)
        done = add if add.returncode else _git(["commit", "-q", "--only", "-m", reason, "-m", body, "--", *names],
                                               root)
        if done.returncode:
            raise Refused(500, "written, but not committed: " + done.stderr.decode("utf-8", "replace").strip())
        return _git(["rev-parse", "--short", "HEAD"], root).stdout.decode().strip()


# --- building a snapshot -------------------------------------------------------------------------

def inputs(folder: Path) -> list[Path]:
    """The files the appraisal in ``folder`` is read from (as the loader finds them)."""
    files = [folder / "criteria.yaml", folder / LONGLIST]
    for sub in ("options", PANEL):
        try:
            files += sorted(p for p in (folder / sub).iterdir() if p.suffix in (".yaml", ".yml"))
        except OSError:
            pass
    return files


def digest(folder: Path) -> str:
    """The files' version: a digest of their names and bytes."""
    h = hashlib.sha256()
    for path in inputs(folder):
        data = _read_bytes(path)
        if data is not None:
            h.update(path.name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()[:20]


def build(folder: Path, version: str, samples: int, seed: int) -> Snapshot:
    """The snapshot of the appraisal in ``folder``: its view, and what its report is made of."""
    try:
        appraisal = load_appraisal(folder)
    except AppraisalError as exc:
        return Snapshot(version, {"version": version, "valid": False, "problems": [str(p) for p in exc.problems]})
    from adm_appraise.analysis.method import UnknownName, appraise
    from adm_appraise.analysis.sensitivity import analyse

    try:
        result = appraise(appraisal)
    except UnknownName as exc:  # the files name a scenario or criterion they lack: validate says where
        return Snapshot(version, {"version": version, "valid": False, "problems": [str(exc)]})
    # the draws 'sensitivity' makes by default: ordinal (SMAA) where the weights come from a ranking
    draw = "ordinal" if appraisal.weighting is not None and appraisal.weighting.ordinal else "around"
    found = analyse(result, samples, seed=seed, weights=draw)
    return Snapshot(version, _view(appraisal, result, found, version), appraisal, (result, found))


def _view(appraisal: Appraisal, result: Any, found: Any, version: str) -> dict[str, Any]:
    data = result.to_dict()
    sensitivity = found.to_dict(3)
    values: dict[str, Any] = {}
    editable: dict[str, list[str]] = {"weights": [], "swings": []}
    criteria_text = cells.Parsed(_text(appraisal.criteria_path))
    for c in appraisal.criteria:
        if c.stated_weight is not None:
            cell = cells.parse(f"weight/{c.id}", appraisal)
            values[cell.id] = cells.read(cell, criteria_text)
            editable["weights"].append(cell.id)
    for group, item in _swings(criteria_text.data):
        cell = cells.parse(f"swing/{group}/{item}", appraisal)
        values[cell.id] = cells.read(cell, criteria_text)
        editable["swings"].append(cell.id)
    for o in appraisal.options:
        if o.unscored:
            continue
        text = cells.Parsed(_text(o.path))
        for c in appraisal.criteria:
            for kind in ("score", "rationale", "moderation"):
                cell = cells.parse(f"{kind}/{o.id}/{c.id}", appraisal)
                values[cell.id] = cells.read(cell, text, c.is_measure)
    return {
        "version": version,
        "valid": True,
        "problems": [],
        "title": appraisal.title,
        "scale": list(appraisal.scale),
        "criteria": [{"id": c.id, "name": c.name, "type": c.type, "unit": c.unit,
                      "weight": float(result.weights[c.id])} for c in appraisal.criteria],
        "ranking": [{k: row[k] for k in ("rank", "id", "name", "score", "eligible", "shortlisted")}
                    for row in data["ranking"]],
        "leader": sensitivity["leader"],
        "switching_values": sensitivity["switching_values"],
        "rank_acceptability": sensitivity["monte_carlo"]["rank_acceptability"],
        "cells": values,
        "editable": editable,
        "panel": _panel(result) if appraisal.panel else None,
    }


def _swings(data: Any) -> Iterator[tuple[str, str]]:
    weighting = data.get("weighting") if isinstance(data, dict) else None
    if not isinstance(weighting, dict):
        return
    for item in weighting.get("swings") or {}:
        yield cells.TOP, str(item)
    for group, spec in (weighting.get("groups") or {}).items():
        for item in (spec.get("swings") or {}) if isinstance(spec, dict) else {}:
            yield str(group), str(item)


def _panel(result: Any) -> dict[str, Any]:
    from adm_appraise.analysis.panel import analyse_panel

    found = analyse_panel(result).to_dict()
    wide = found["settings"]["disagreement"]
    return {
        "assessors": [{"id": a["id"], "name": a["name"]} for a in found["assessors"]],
        "agreement": found["agreement"],
        "disagreements": [{k: c[k] for k in ("option", "criterion", "scores", "range", "median", "moderated")}
                          for c in found["cells"] if c["range"] is not None and c["range"] >= wide],
        "cells": {f"{c['option']}/{c['criterion']}": c["scores"] for c in found["cells"]},
    }


def _report(result: Any, found: Any, samples: int, seed: int) -> str:
    from adm_appraise.analysis.value_draws import draws_for
    from adm_appraise.render.output import generation_time
    from adm_appraise.render.report import render_report
    from adm_appraise.render.sensitivity_view import RANKS_SHOWN

    sensitivity = found.to_dict(RANKS_SHOWN)
    value = draws_for(result.appraisal, result.weights, samples, seed)
    if value is not None:
        sensitivity["value_for_money"] = value.to_dict()
    return render_report(result, "html", sensitivity=sensitivity, command=COMMAND, generated=generation_time())


# --- changes -------------------------------------------------------------------------------------

Parsed = list[tuple[Cell, Any, Any]]  # (cell, base, value)


def _parse(changes: object, appraisal: Appraisal, *, based: bool) -> Parsed:
    """The request's changes, checked: [{cell, value, base}] (base needed when recording)."""
    if not isinstance(changes, list) or not 0 < len(changes) <= MAX_CHANGES:
        raise Refused(400, f"'changes' is a list of 1 to {MAX_CHANGES} changes")
    out: Parsed = []
    seen: set[str] = set()
    for change in changes:
        if not isinstance(change, dict) or "cell" not in change or "value" not in change or (
                based and "base" not in change):
            raise Refused(400, "each change is {cell, value" + (", base}" if based else "}"))
        try:
            cell = cells.parse(change["cell"], appraisal)
            new = cells.value(cell, change["value"])
            base = cells.value(cell, change["base"]) if based and change["base"] is not None else None
        except CellError as exc:
            raise Refused(400, str(exc)) from None
        if cell.id in seen:
            raise Refused(400, f"{cell.id} is changed twice in one request")
        seen.add(cell.id)
        out.append((cell, base, new))
    return out


def _measure(appraisal: Appraisal, cell: Cell) -> bool:
    return cell.kind in ("score", "rationale", "moderation") and appraisal.criterion(cell.parts[1]).is_measure


def _stale(appraisal: Appraisal, parsed: Parsed, texts: Mapping[Path, bytes | None]) -> list[dict[str, Any]]:
    """The changes whose base is no longer what the file holds: [{cell, base, theirs, yours}]."""
    stale = []
    for cell, base, new in parsed:
        data = texts[cell.file]
        now = None if data is None else cells.read(cell, YamlEdit(data.decode("utf-8")), _measure(appraisal, cell))
        if not _same(now, base) and not _same(now, new):
            stale.append({"cell": cell.id, "base": base, "theirs": now, "yours": new})
    return stale


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= TOLERANCE
    return bool(a == b)


def _edited(appraisal: Appraisal, parsed: Parsed, texts: Mapping[Path, bytes | None] | None = None,
            new_assessors: Mapping[str, str] | None = None) -> dict[Path, str]:
    """The new text of each file the changes touch."""
    edits: dict[Path, YamlEdit] = {}
    fresh: dict[Path, dict[str, dict[str, float]]] = {}  # a new assessor's file: option -> criterion -> score
    for cell, _, new in parsed:
        data = texts[cell.file] if texts is not None else _read_bytes(cell.file)
        if data is None:
            if cell.kind != "panel" or new is None:
                raise Refused(409, f"{_shown(cell.file, appraisal.criteria_path.parent)} no longer exists")
            fresh.setdefault(cell.file, {}).setdefault(cell.parts[1], {})[cell.parts[2]] = new
            continue
        if cell.file not in edits:
            edits[cell.file] = YamlEdit(data.decode("utf-8"))
        try:
            cells.write(cell, edits[cell.file], new, _measure(appraisal, cell))
        except Exception as exc:  # a layout no edit can handle (a list where a mapping should be, say)
            raise Refused(422, f"{cell.id}: cannot be written into {cell.file.name} as it is laid out "
                               f"({type(exc).__name__}); edit the file by hand") from None
    out = {path: edit.text for path, edit in edits.items()}
    for path, scores in fresh.items():
        aid = path.stem
        name = (new_assessors or {}).get(aid, aid)
        out[path] = cells.new_panel_file(aid, name, "Assessor (joined at the workshop)", scores)
    return out


def _describe(parsed: Parsed) -> str:
    return "\n".join(f"{cell.id}: {_plain(base)} -> {_plain(new)}" for cell, base, new in parsed)


def _plain(x: Any) -> str:
    if isinstance(x, float):
        from adm_appraise.files.edit import human

        return str(human(x))
    if isinstance(x, str):
        return repr(x if len(x) <= 60 else x[:57] + "...")
    return "none"


# --- files ---------------------------------------------------------------------------------------

class _staged:
    """A staging copy of the appraisal (criteria.yaml, options/, panel/, longlist.yaml) with ``texts``
    in place, in a temporary folder outside the appraisal (so the watcher does not see it)."""

    def __init__(self, folder: Path, texts: Mapping[Path, str]) -> None:
        self.folder, self.texts = folder, texts

    def __enter__(self) -> Path:
        from adm_appraise.render.output import stage_companions

        self.path = Path(tempfile.mkdtemp(prefix="adm-appraise-serve."))
        try:
            shutil.copy2(self.folder / "criteria.yaml", self.path / "criteria.yaml")
            shutil.copytree(self.folder / "options", self.path / "options", symlinks=True)
            stage_companions(self.path, self.folder)
            root = self.folder.resolve()
            for path, text in self.texts.items():
                target = self.path / path.resolve().relative_to(root)
                target.parent.mkdir(exist_ok=True)
                target.write_bytes(text.encode("utf-8"))
        except (OSError, AppraisalError) as exc:
            shutil.rmtree(self.path, ignore_errors=True)
            raise Refused(409, f"cannot copy the appraisal to check the change: {exc}") from None
        return self.path

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _check(staging: Path, folder: Path) -> list[str]:
    """The errors ``validate`` finds in the staging copy, told with the appraisal's own paths."""
    from adm_appraise.files.validation import validate

    found = validate([staging])
    return [str(_moved(p, staging, folder)) for p in found.problems if p.severity == "error"]


def _moved(problem: Problem, staging: Path, folder: Path) -> Problem:
    try:
        shown = str(folder / Path(problem.where.path).relative_to(staging))
    except ValueError:
        shown = problem.where.path
    return Problem(Location(shown, problem.where.line, problem.where.column), problem.code, problem.message,
                   problem.severity)


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _shown(path: Path, folder: Path) -> str:
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(path)


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)


def _in_git(folder: Path) -> bool:
    try:
        done = _git(["rev-parse", "--is-inside-work-tree"], str(folder.resolve()))
    except OSError:  # no git installed
        return False
    return done.returncode == 0 and done.stdout.strip() == b"true"
