"""adm-appraise score: the ranked table."""

from __future__ import annotations

import click

from adm_appraise.cli.common import (
    appraisal_args,
    format_option,
    ids_option,
    numeric_guard,
    score_appraisal,
    terminal_width,
    weight_args,
)
from adm_appraise.model import Appraisal


@click.command()
@appraisal_args
@weight_args
@format_option("table", "markdown", "csv", "json")
@ids_option
@click.option("--by-group", is_flag=True,
              help="Each option's score split by the groups of the value tree (sub-groups indented), not by "
                   "criterion (csv: not offered).")
def score(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...], fmt: str,
          ids: bool, by_group: bool) -> None:
    """Score, rank and shortlist the options.

    Tables name the options, criteria and gates, and a terminal table wraps long names to fit
    the terminal (COLUMNS, else 100 characters when output is not a terminal); --ids shows ids.
    CSV and JSON always carry both. --by-group splits each score by the groups of the value
    tree instead of by criterion.
    """
    from adm_appraise.render.score import render_by_group, render_score

    if by_group and not (appraisal.weighting is not None and appraisal.weighting.groups):
        raise click.BadParameter("criteria.yaml's weighting has no groups (weighting: groups:), so there is no "
                                 "value tree to split the scores by", param_hint="'--by-group'")
    if by_group and fmt == "csv":
        raise click.BadParameter("--by-group is shown as a table, markdown or json, not csv",
                                 param_hint="'--format'")
    with numeric_guard(appraisal):
        result = score_appraisal(appraisal, scenario, weights)
        if by_group:
            text = render_by_group(result, fmt, ids=ids, width=terminal_width())
        else:
            text = render_score(result, fmt, ids=ids, width=terminal_width())
    click.echo(text, nl=False)
