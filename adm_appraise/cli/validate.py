"""adm-appraise validate: check the files, as a CI step or a pre-commit hook."""

from __future__ import annotations

import os
from pathlib import Path

import click

from adm_appraise.cli.common import format_option, source_options, write_step_summary


def _list_codes(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        from adm_appraise.files.validation import list_codes

        click.echo(list_codes(), nl=False)
        ctx.exit(0)


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(path_type=Path))
@source_options
@format_option("text", "json", "github")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("--notes", is_flag=True,
              help="Also report notes (never failing), e.g. weights stated with no weighting record.")
@click.option("--all", "every", is_flag=True,
              help="Check every appraisal at or below each PATH (default: the current folder): each folder holding "
                   "a criteria.yaml, once; what the pre-commit hook runs.")
@click.option("--list-codes", is_flag=True, is_eager=True, expose_value=False, callback=_list_codes,
              help="List every problem code with a one-line explanation, and exit.")
def validate(paths: tuple[Path, ...], criteria: Path | None, options_dir: Path | None, fmt: str,
             strict: bool, notes: bool, every: bool) -> None:
    """Check the files: errors, and warnings a reviewer would raise.

    PATH is an appraisal folder, or any file in one (as pre-commit passes them); default:
    the nearest folder, from the current one upward, holding a criteria.yaml (never the
    bundled example: with none found, validate fails). Exit 0 when valid (warnings allowed), 1 when there are errors, or
    warnings with --strict.
    """
    from adm_appraise.files.validation import every_appraisal
    from adm_appraise.files.validation import validate as check
    from adm_appraise.render.validation import render, step_summary

    folders = (every and every_appraisal(list(paths))) or list(paths)  # none found: as without --all (E001)
    result = check(folders, criteria=criteria, options=options_dir, notes=notes)
    workspace = os.environ.get("GITHUB_WORKSPACE") or None
    click.echo(render(result, fmt, workspace), nl=False)
    if fmt == "github":
        write_step_summary(step_summary(result, workspace))
    if result.errors or (strict and result.warnings):
        click.get_current_context().exit(1)
