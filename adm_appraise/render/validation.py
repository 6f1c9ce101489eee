"""Renderers for ``validate``: text, JSON, GitHub workflow commands, and a step summary.

Every problem is one line in the text and GitHub forms (``Problem.__str__`` and ``printable``
escape control and bidi characters), so text from a file can never print a workflow command
(``::stop-commands::``) or a terminal escape into a CI log. JSON keeps text unchanged.
"""

from __future__ import annotations

import os
from pathlib import Path

from adm_appraise.files.validation import Validation, summary
from adm_appraise.problems import Location, Problem, printable
from adm_appraise.render.text import json_text, markdown_text

ANNOTATION_LIMIT = 10  # GitHub shows at most this many annotations of each severity per step


def render(v: Validation, fmt: str, workspace: str | None = None) -> str:
    """The validation as text, json or github workflow commands (paths relative to ``workspace``)."""
    if fmt == "json":
        data = {
            "valid": v.valid, "errors": v.errors, "warnings": v.warnings, "notes": v.notes,
            **({"accepted": v.accepted} if v.accepted else {}),
            "problems": [
                {"path": p.where.path, "line": p.where.line, "column": p.where.column,
                 "severity": p.severity, "code": p.code, "message": p.message,
                 **({"accepted": True, "reason": p.accepted} if p.accepted is not None else {})}
                for p in v.problems
            ],
        }
        return json_text(data)
    lines = [github(p, workspace) if fmt == "github" else text(p) for p in v.problems]
    return "\n".join([*lines, summary(v)]) + "\n"


def text(p: Problem) -> str:
    """A problem on one line; an accepted warning says so, and why."""
    if p.accepted is None:
        return str(p)
    return f"{p.where}: {p.severity} (accepted): {printable(p.message)} [{p.code}]; accepted: {printable(p.accepted)}"


def annotation_path(path: str, workspace: str | None) -> str:
    """Where GitHub looks for the file: relative to the workspace (the checkout) when the file is
    inside it, else absolute, whatever the current folder."""
    absolute = Path(os.path.abspath(path))
    if workspace:
        try:
            return absolute.relative_to(os.path.abspath(workspace)).as_posix()
        except ValueError:
            pass
    return absolute.as_posix()


def github(p: Problem, workspace: str | None = None) -> str:
    """A problem as a GitHub Actions workflow command, its path where GitHub looks for it."""
    where = Location(annotation_path(p.where.path, workspace), p.where.line, p.where.column)
    if p.accepted is not None:  # accepted in criteria.yaml: a notice, not a warning
        return github_command("notice", where, f"{p.code} {p.name} (accepted)", f"{p.message} Accepted: {p.accepted}")
    kind = "notice" if p.severity == "note" else p.severity  # a note is GitHub's notice
    return github_command(kind, where, f"{p.code} {p.name}", p.message)


def github_command(kind: str, where: Location | None, title: str, message: str) -> str:
    """A GitHub Actions workflow command (error, warning, notice), escaped as the runner requires:
    one line, whatever the text holds."""
    props = []
    if where is not None:
        props.append(f"file={_prop(where.path)}")
        if where.line:
            props += [f"line={where.line}", f"col={where.column}"]
    props.append(f"title={_prop(title)}")
    return f"::{kind} {','.join(props)}::{_data(message)}"


def _data(text: str) -> str:
    """The runner's own escapes (it undoes them after reading the command), so a file name or
    message holding a line break reaches GitHub as it is; other controls are shown escaped."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def step_summary(v: Validation, workspace: str | None = None) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: the counts, and every problem GitHub shows no annotation for."""
    lines = ["### adm-appraise validate", "", f"{'✅' if v.valid else '❌'} {summary(v)}", ""]
    hidden = []
    for severity in ("error", "warning"):
        hidden += [p for p in v.problems if p.severity == severity and p.accepted is None][ANNOTATION_LIMIT:]
    if hidden:
        lines += [f"GitHub annotates the first {ANNOTATION_LIMIT} errors and {ANNOTATION_LIMIT} warnings; "
                  f"the other {len(hidden)}:", "", "| where | severity | code | message |", "|---|---|---|---|"]
        for p in sorted(hidden, key=Problem.sort_key):
            where = annotation_path(p.where.path, workspace)
            where += f":{p.where.line}:{p.where.column}" if p.where.line else ""
            lines.append(f"| {markdown_text(where)} | {p.severity} | {p.code} {p.name} | {markdown_text(p.message)} |")
        lines.append("")
    return "\n".join(lines) + "\n"
