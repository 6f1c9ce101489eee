"""``validate``: errors and lints for one or more appraisals, in text, JSON or GitHub form.

This is what CI runs on every push, so it stays light: no pandas, no jinja2.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from adm_appraise.files.lints import lint
from adm_appraise.files.loader import Sources, find_sources, read_sources
from adm_appraise.problems import CODES, Location, Problem


@dataclass(frozen=True)
class Validation:
    problems: tuple[Problem, ...]  # sorted by path and position
    files: int
    bundled: bool = False  # no folder given and none here: the bundled example was checked

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)

    @property
    def valid(self) -> bool:
        return self.errors == 0


def appraisal_root(path: Path) -> Path:
    """The appraisal folder a path belongs to: itself, or the folder of criteria.yaml/options/."""
    if path.is_dir() or not path.suffix:
        return path
    if path.parent.name == "options" and not (path.parent / "criteria.yaml").exists():
        return path.parent.parent
    return path.parent


def validate(
    paths: list[Path] | None = None, *, criteria: Path | None = None, options: Path | None = None
) -> Validation:
    """Check every appraisal that ``paths`` name (folders, or files inside appraisals)."""
    roots = list(dict.fromkeys(appraisal_root(p) for p in paths or []))
    sources = [find_sources(root, criteria, options) for root in roots] or [find_sources(None, criteria, options)]
    problems: list[Problem] = []
    files = 0
    for source in sources:
        found, count = _check(source)
        problems += found
        files += count
    bundled = any(s.bundled for s in sources)
    return Validation(tuple(sorted(problems, key=Problem.sort_key)), files, bundled)


def _check(sources: Sources) -> tuple[list[Problem], int]:
    loaded = read_sources(sources)
    if loaded.appraisal is None:
        return loaded.problems, loaded.files
    return lint(loaded.appraisal), loaded.files


def summary(v: Validation) -> str:
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'s' * (count != 1)}"

    return f"{n(v.errors, 'error')}, {n(v.warnings, 'warning')} in {n(v.files, 'file')}"


def render(v: Validation, fmt: str) -> str:
    """The validation as text, json or github workflow commands."""
    if fmt == "json":
        data = {
            "valid": v.valid, "errors": v.errors, "warnings": v.warnings,
            "problems": [
                {"path": p.where.path, "line": p.where.line, "column": p.where.column,
                 "severity": p.severity, "code": p.code, "message": p.message}
                for p in v.problems
            ],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    lines = [_github(p) if fmt == "github" else str(p) for p in v.problems]
    return "\n".join([*lines, summary(v)]) + "\n"


def _github(p: Problem) -> str:
    return github_command(p.severity, p.where, f"{p.code} {p.name}", p.message)


def github_command(kind: str, where: Location | None, title: str, message: str) -> str:
    """A GitHub Actions workflow command (error, warning, notice), escaped as the runner requires."""
    props = []
    if where is not None:
        props.append(f"file={_prop(where.path)}")
        if where.line:
            props += [f"line={where.line}", f"col={where.column}"]
    props.append(f"title={_prop(title)}")
    return f"::{kind} {','.join(props)}::{_data(message)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def list_codes() -> str:
    return "".join(f"{code} {name:<30} {text}\n" for code, (name, text) in CODES.items())
