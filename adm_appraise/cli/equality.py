"""adm-appraise equality: each option's impact on the nine protected characteristics."""

from __future__ import annotations

import click

from adm_appraise.cli.common import Failed, appraisal_args, format_option, ids_option, terminal_width
from adm_appraise.model import Appraisal
from adm_appraise.problems import Location, Problem


@click.command()
@appraisal_args
@format_option("table", "markdown", "json")
@ids_option
def equality(appraisal: Appraisal, fmt: str, ids: bool) -> None:
    """Show the equality impact of each option (equality.yaml).

    A matrix of the options by the nine protected characteristics of the Equality Act 2010,
    each impact in words (positive, neutral, negative, unknown, or not assessed) and shortlisted
    options starred; the evidence and mitigation of every negative or unknown impact; and any
    distributional breakdown by income quintile or place.
    """
    from adm_appraise.files.lints import overall_scores
    from adm_appraise.files.loader import EQUALITY
    from adm_appraise.render.equality import equality_context, render_equality

    context = equality_context(appraisal, overall_scores(appraisal))
    if context is None:
        path = appraisal.criteria_path.parent / EQUALITY
        raise Failed([Problem(Location(str(path)), "E765", "no equality impact assessment here (write equality.yaml: "
                                                           "adm-appraise schema equality gives its form)")])
    click.echo(render_equality(context, fmt, ids=ids, width=terminal_width()), nl=False)
