"""``validate``: errors and lints for one or more appraisals (``render.validation`` prints them).

This is what CI runs on every push, so it stays light: no pandas, no jinja2.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from adm_appraise.files import acceptance
from adm_appraise.files.lints import lint
from adm_appraise.files.loader import Sources, find_sources, read_sources
from adm_appraise.problems import CODES, Problem


@dataclass(frozen=True)
class Validation:
    problems: tuple[Problem, ...]  # sorted by path and position
    files: int

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        """Warnings not accepted in criteria.yaml (those fail --strict)."""
        return sum(p.severity == "warning" and p.accepted is None for p in self.problems)

    @property
    def accepted(self) -> int:
        """Warnings (and notes) accepted in criteria.yaml, with a reason."""
        return sum(p.accepted is not None for p in self.problems)

    @property
    def notes(self) -> int:
        return sum(p.severity == "note" and p.accepted is None for p in self.problems)

    @property
    def valid(self) -> bool:
        return self.errors == 0


def appraisal_root(path: Path) -> Path:
    """The appraisal folder a path belongs to: itself, or the folder of criteria.yaml/options/."""
    if path.is_dir() or not path.suffix:
        return path
    if path.parent.name in ("options", "panel") and not (path.parent / "criteria.yaml").exists():
        return path.parent.parent
    return path.parent


def every_appraisal(folders: list[Path]) -> list[Path]:
    """Every folder at or below ``folders`` (default: the current one) holding a criteria.yaml, in
    path order; hidden folders (.git, .venv) and an appraisal's options/ and panel/ are not searched."""
    import os

    found = []
    for top in folders or [Path(".")]:
        for folder, subfolders, names in os.walk(top):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith(".") and not (
                "criteria.yaml" in names and d in ("options", "panel")))
            if "criteria.yaml" in names:
                found.append(Path(folder))
    return sorted(dict.fromkeys(found))


def validate(
    paths: list[Path] | None = None, *, criteria: Path | None = None, options: Path | None = None,
    notes: bool = False,
) -> Validation:
    """Check every appraisal that ``paths`` name (folders, or files inside appraisals).

    ``notes`` adds info-level findings (severity 'note'), which never fail validation.
    """
    roots = list(dict.fromkeys(appraisal_root(p) for p in paths or []))
    # With no path, the appraisal is looked for upward from here; never the bundled example,
    # so that a CI step run in the wrong folder fails (E001) instead of checking something else.
    sources = [find_sources(root, criteria, options) for root in roots] or [
        find_sources(None, criteria, options, fallback=False)
    ]
    problems: list[Problem] = []
    files = 0
    for source in sources:
        found, count = _check(source, notes)
        problems += found
        files += count
    return Validation(tuple(sorted(problems, key=Problem.sort_key)), files)


def _check(sources: Sources, notes: bool = False) -> tuple[list[Problem], int]:
    loaded = read_sources(sources)
    if loaded.appraisal is None:
        return loaded.problems + loaded.warnings, loaded.files
    return acceptance.apply(lint(loaded.appraisal, notes) + loaded.warnings, loaded.appraisal), loaded.files


def summary(v: Validation) -> str:
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'s' * (count != 1)}"

    notes = f", {n(v.notes, 'note')}" if v.notes else ""
    accepted = f", {v.accepted} accepted" if v.accepted else ""
    return f"{n(v.errors, 'error')}, {n(v.warnings, 'warning')}{notes}{accepted} in {n(v.files, 'file')}"


def list_codes() -> str:
    return "".join(f"{code} {name:<30} {text}\n" for code, (name, text) in CODES.items())
