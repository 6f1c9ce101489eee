"""adm-appraise import into a folder that already holds an appraisal: the sheet merged into its files.

``files.merging`` plans the edits; here they are staged beside the appraisal (a copy of
criteria.yaml and options/ with the edits applied), validated as ``validate`` would, compared
with the appraisal as ``diff`` compares two versions, and only then moved in, file by file:
only the files whose content changes are written. With --dry-run the comparison is printed
and nothing is written.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import click

from adm_appraise.cli.common import Failed, say
from adm_appraise.problems import AppraisalError, CellLocation, Location, Problem


def merge_into(source: Path, sheet: str | None, imported: Any, target: Path, dry_run: bool) -> None:
    from adm_appraise.analysis.diff import compare
    from adm_appraise.files.importing import appraisal_files, describe_layout
    from adm_appraise.files.loader import find_sources, load_appraisal, read_sources
    from adm_appraise.files.merging import merge
    from adm_appraise.files.validation import summary, validate
    from adm_appraise.render.diff import render_diff
    from adm_appraise.render.output import stage_companions, stage_folder

    shown = f"{source}{f' (sheet {sheet})' if sheet else ''}"
    say(f"read {shown}: {describe_layout(imported.layout)}; {imported.layout_reason}")
    for warning in imported.warnings:
        say(str(warning))
    loaded = read_sources(find_sources(target))
    if loaded.problems or loaded.appraisal is None:
        say(f"{target} holds an appraisal with errors: correct them before merging a sheet into it "
            "(or replace it with --force)", err=True)
        raise Failed(loaded.problems)
    before = loaded.appraisal
    origin = source.name + (f" (sheet {sheet})" if sheet else "")
    plan = merge(imported, before, str(source), appraisal_files(imported, origin), weight_cells(source, sheet))
    if plan.problems:
        raise Failed(sorted(plan.problems, key=Problem.sort_key))
    for note in plan.notes:
        say(note)
    if not plan.changed and not plan.added:
        say(f"no changes: {target} already matches {source}")
        return
    root = target.resolve()
    edits = {path.resolve().relative_to(root): text for path, text in {**plan.changed, **plan.added}.items()}
    try:
        staging = stage_folder(target, {})
        shutil.copy2(root / "criteria.yaml", staging / "criteria.yaml")
        shutil.copytree(root / "options", staging / "options", symlinks=True)
        for relative, text in edits.items():
            (staging / relative).write_bytes(text.encode("utf-8"))
        stage_companions(staging, target)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise Failed([Problem(Location(str(target)), "E909", f"cannot write here: {exc.strerror}")]) from None
    try:
        found = validate([staging])
        problems = [_moved(p, staging, target) for p in found.problems]
        if found.errors:
            raise Failed(problems)
        after = load_appraisal(staging)
        changes = compare(before, after, old_label=str(target), new_label=f"{target} with {source.name}",
                          locate_new=lambda where: _relocated(where, staging, target))
        click.echo(render_diff(changes, "text"), nl=False)
        if dry_run:
            say(f"dry run: nothing written ({_count(edits)} would be)")
            return
        for relative in edits:
            if (root / relative).exists():
                shutil.copymode(root / relative, staging / relative)
            os.replace(staging / relative, root / relative)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    say(f"wrote {_count(edits)}: " + ", ".join(str(target / r) for r in edits))
    say(f"validate {target}:")
    for problem in problems:
        click.echo(str(problem))
    click.echo(summary(found))


def _count(edits: dict[Path, str]) -> str:
    return f"{len(edits)} file{'s' * (len(edits) != 1)}"


def weight_cells(source: Path, sheet: str | None) -> dict[str, CellLocation]:
    """An exported workbook's weights are edited in its Weights sheet: criterion id -> that cell."""
    if source.suffix.lower() == ".csv" or sheet == "Weights":
        return {}
    from adm_appraise.files.spreadsheet import read_sheet
    from adm_appraise.files.table import text_of

    try:
        rows = read_sheet(source, "Weights").rows
    except AppraisalError:
        return {}
    if not rows or len(rows[0]) < 3 or [text_of(c) for c in rows[0][1:3]] != ["id", "Weight"]:
        return {}
    cells: dict[str, CellLocation] = {}
    for r in rows[1:]:  # the weights' rows, up to the first blank one (the value tree's rows repeat the ids)
        if len(r) < 3 or r[1].empty:
            break
        cells.setdefault(text_of(r[1]), r[2].where)
    return cells


def _relocated(where: Location, staging: Path, target: Path) -> Location:
    try:
        shown = str(target / Path(where.path).relative_to(staging))
    except ValueError:
        return where
    return Location(shown, where.line, where.column)


def _moved(problem: Problem, staging: Path, target: Path) -> Problem:
    """A problem found in the staging folder, told with the path it now has in DIR."""
    return Problem(_relocated(problem.where, staging, target), problem.code, problem.message, problem.severity)
