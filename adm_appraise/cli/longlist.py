"""adm-appraise longlist: the long list, its sift, and how each shortlisted option is composed."""

from __future__ import annotations

import click

from adm_appraise.cli.common import appraisal_args, format_option, ids_option, terminal_width
from adm_appraise.model import Appraisal


@click.command()
@appraisal_args
@format_option("table", "markdown", "json")
@ids_option
def longlist(appraisal: Appraisal, fmt: str, ids: bool) -> None:
    """Show the long list (longlist.yaml) and how it was sifted to the shortlist.

    A table per dimension of the options framework (each choice against the objectives and
    critical success factors, with its status), the sift in numbers, and the long-list
    choices each option in options/ combines.
    """
    from adm_appraise.render.longlist import longlist_context, render_longlist

    context = longlist_context(appraisal)
    if context is None:
        path = appraisal.criteria_path.parent / "longlist.yaml"
        raise click.ClickException(f"{path}: no long list here (adm-appraise init --longlist writes a starter)")
    click.echo(render_longlist(context, fmt, ids=ids, width=terminal_width()), nl=False)
