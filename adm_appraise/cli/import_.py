"""adm-appraise import: a scoring matrix from a spreadsheet (.xlsx or .csv) becomes an appraisal's files.

The module is ``import_`` because ``import`` is a Python keyword; the command is ``import``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import click

from adm_appraise.cli.common import Failed, need_office, say, stage_bar
from adm_appraise.problems import AppraisalError, Location, Problem


class ScaleType(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    name = "MIN-MAX"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[float, float]:
        if isinstance(value, tuple):
            return value
        match = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*(?:-|to|\.\.)\s*(-?\d+(?:\.\d+)?)\s*", str(value))
        if not match or float(match[1]) >= float(match[2]):
            self.fail(f"{value!r} is not MIN-MAX with MIN below MAX, e.g. 0-5", param, ctx)
        return float(match[1]), float(match[2])


SOURCE = click.Argument(["source"], type=click.Path(exists=True, dir_okay=False, path_type=Path))
DIRECTORY = click.Argument(["directory"], metavar="[DIR]", type=click.Path(path_type=Path))


@click.command("import")
@click.argument("paths", nargs=-1, required=True, metavar="SOURCE [DIR]", type=click.Path(path_type=Path))
@click.option("--panel", is_flag=True, help="SOURCE... are returned scoring forms: read them into "
                                            "DIR/panel/<assessor>.yaml, as 'panel import' does.")
@click.option("--sheet", help="The sheet of a workbook to read (default: the first).")
@click.option("--layout", type=click.Choice(["auto", "rows", "columns"]), default="auto", show_default=True,
              help="rows: options as rows, criteria as columns; columns: the transpose.")
@click.option("--scale", type=ScaleType(), help="The scale of the scores, e.g. 0-5 (default: the sheet's worst "
                                                "and best rows, else inferred from the scores).")
@click.option("--force", is_flag=True, help="Replace an appraisal already in DIR (criteria.yaml and options/) "
                                            "instead of merging the sheet into it.")
@click.option("--dry-run", is_flag=True, help="Into an existing appraisal: print what would change, write nothing.")
@click.pass_context
def import_(ctx: click.Context, paths: tuple[Path, ...], panel: bool, sheet: str | None, layout: str,
            scale: tuple[float, float] | None, force: bool, dry_run: bool) -> None:
    """Import a scoring matrix from a spreadsheet (.xlsx or .csv) into DIR.

    Writes DIR/criteria.yaml and DIR/options/*.yaml (DIR: default the current folder), prints
    the ids made from the names, then validates the result. When DIR already holds an
    appraisal, the sheet is merged into it: only the scores, ranges, rationales, evidence,
    direct weights and gate results the sheet changes are written, every other byte of the
    files kept, and the changes are printed as 'diff' prints them (--dry-run: printed only).
    --force replaces the appraisal instead. Nothing is written on error.

    With --panel, SOURCE... are scoring forms returned by assessors ('panel forms'), read into
    DIR/panel/<assessor>.yaml exactly as 'panel import RETURN... [DIR]' reads them.
    """
    if panel:
        from adm_appraise.cli.panel import import_returns

        for name, given in (("--sheet", sheet is not None), ("--layout", layout != "auto"),
                            ("--scale", scale is not None), ("--dry-run", dry_run)):
            if given:
                raise click.UsageError(f"{name} is for a scoring matrix, not for --panel (returned forms)")
        ctx.invoke(import_returns, paths=paths, criteria=None, options_dir=None, force=force)
        return
    if len(paths) > 2:
        raise click.UsageError(f"import takes one SOURCE and at most one DIR, not {len(paths)} paths "
                               "(returned scoring forms are read with --panel)")
    source: Path = SOURCE.type_cast_value(ctx, paths[0])
    directory: Path | None = DIRECTORY.type_cast_value(ctx, paths[1]) if len(paths) == 2 else None
    if source.suffix.lower() != ".csv":
        need_office("import", "openpyxl")
    from adm_appraise.files.importing import (
        TableError,
        appraisal_files,
        describe_layout,
        import_table,
        weighting_sheet,
    )
    from adm_appraise.files.spreadsheet import read_sheet
    from adm_appraise.files.validation import validate
    from adm_appraise.render.output import check_folder, commit_folder, stage_companions, stage_folder

    target = directory if directory is not None else Path(".")
    merging = not force and (target / "criteria.yaml").is_file()
    if dry_run and not merging:
        raise click.UsageError("--dry-run applies to an import into an existing appraisal (without --force)")
    try:
        if not merging:
            check_folder(target, force, source)
        step = stage_bar("import", ("reading the spreadsheet", "reading the table"))
        step("reading the spreadsheet")
        cells = read_sheet(source, sheet)
        step("reading the table")
        imported = import_table(cells, layout, scale)
        tree_sheet = None if merging else weighting_sheet(source, sheet)
        step(None)
    except TableError as exc:
        say(f"read {source}: {describe_layout(exc.layout)}; {exc.reason}", err=True)
        raise Failed(exc.problems) from None
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    if merging:
        from adm_appraise.cli.import_merge import merge_into

        merge_into(source, sheet, imported, target, dry_run)
        return
    _describe(source, sheet, imported)
    stated = _tree(source, tree_sheet, imported)
    origin = source.name + (f" (sheet {sheet})" if sheet else "")
    try:
        staging = stage_folder(target, appraisal_files(imported, origin))
        stage_companions(staging, target)  # validate the folder as it will be, panel/ and long list included
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    found = validate([staging])
    problems = [_moved(p, staging, target) for p in found.problems]
    if found.errors:
        import shutil

        shutil.rmtree(staging, ignore_errors=True)
        raise Failed(problems)
    if stated is not None:
        disagree = _disagreement(staging, stated, source, sheet, imported)
        if disagree:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
            raise Failed(disagree)
    try:
        commit_folder(staging, target)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    options = len(imported.options)
    say(f"wrote {target / 'criteria.yaml'} and {options} option file{'s' * (options != 1)} in {target / 'options'}")
    from adm_appraise.files.validation import summary

    say(f"validate {target}:")
    for problem in problems:
        click.echo(str(problem))
    click.echo(summary(found))


def _describe(source: Path, sheet: str | None, imported: Any) -> None:
    from adm_appraise.files.importing import describe_layout

    how = describe_layout(imported.layout)
    say(f"read {source}{f' (sheet {sheet})' if sheet else ''}: {how}; {imported.layout_reason}")
    for warning in imported.warnings:
        say(str(warning))
    low, high = imported.scale
    say(f"title: {imported.title}")
    say(f"scale: {low:g}-{high:g} ({imported.scale_reason})")
    say("criteria (name -> id, weight):")
    for c in imported.criteria:
        kind = f", measure, {c.get('direction', '?')} is better" if c.get("type") == "measure" else ""
        say(f"  {c['name']} -> {c['id']} ({c['weight']:g}{kind})")
    if imported.gates:
        say("gates (name -> id):")
        for g in imported.gates:
            say(f"  {g['name']} -> {g['id']}")
    say("options (name -> id):")
    for o in imported.options:
        say(f"  {o['name']} -> {o['id']}")


def _tree(source: Path, tree_sheet: Any, imported: Any) -> tuple[dict[str, float], dict[str, float]] | None:
    """The workbook's Weighting sheet read into the record (the weights the Scores sheet gave returned, to
    check the record against); without the sheet, what the import cannot carry, in words."""
    from adm_appraise.files.importing import left_behind

    if tree_sheet is None:
        for note in left_behind(source, imported):
            say(note)
        return None
    from adm_appraise.files.import_weighting import apply, read_weighting

    try:
        tree = read_weighting(tree_sheet, imported)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    groups = tree.weighting.get("groups", {})
    say(f"weighting: {tree.weighting['method']} at the top level"
        + (f", {len(groups)} group{'s' * (len(groups) != 1)}" if groups else "")
        + f" (read from the {tree_sheet.name} sheet)")
    return apply(imported, tree)


def _disagreement(staging: Path, stated: tuple[dict[str, float], dict[str, float]], source: Path,
                  sheet: str | None, imported: Any) -> list[Problem]:
    """The sheet's weights when they are not what the Weighting sheet's record derives (E913). The weights the
    record gave at export (its Overall column) tell which was edited: the record (its weights are used, as
    said), or the weights, which the record would silently undo."""
    from adm_appraise.cli.import_merge import weight_cells
    from adm_appraise.files.loader import load_appraisal
    from adm_appraise.files.merging import WEIGHT_TOLERANCE

    # the Weights sheet's weights are as files.weighting scores with them: a direct level's without groups as
    # stated (1 and 3 for a quarter and three quarters), else the effective ones on 0-100; the record's shares
    # at export are put on the same footing
    given, shares = stated
    appraisal = load_appraisal(staging)
    derived = appraisal.weights()
    record = appraisal.weighting
    scale = 100.0 if record is not None and (record.derived or record.groups) else sum(derived.values())
    exported = {cid: scale * w for cid, w in shares.items()}

    def moved(against: dict[str, float]) -> list[str]:
        return [cid for cid, w in given.items() if abs(w - against[cid]) > WEIGHT_TOLERANCE * scale]

    edited = moved(exported) if exported else moved(derived)
    if not edited:
        if moved(derived):
            say("the Weighting sheet's record was edited: the weights are those it gives, not the Weights sheet's")
        return []
    cells = weight_cells(source, sheet)
    reference = exported or derived
    return [Problem(cells.get(cid) or imported.cells.get(f"weight:{cid}") or Location(str(source)), "E913",
                    f"the weight of '{cid}' was edited ({given[cid]:g} here, the Weighting sheet's record gave "
                    f"{reference[cid]:.4g}): the record sets the weights, so change its "
                    "judgements instead, or delete the Weighting sheet to import the weights as they stand")
            for cid in edited]


def _moved(problem: Problem, staging: Path, target: Path) -> Problem:
    """A problem found in the staging folder, told with the path it now has in DIR."""
    path = Path(problem.where.path)
    try:
        shown = str(target / path.relative_to(staging))
    except ValueError:
        shown = str(path)
    where = Location(shown, problem.where.line, problem.where.column)
    return Problem(where, problem.code, problem.message, problem.severity)
