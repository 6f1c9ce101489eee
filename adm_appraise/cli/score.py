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
def score(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...], fmt: str,
          ids: bool) -> None:
    """Score, rank and shortlist the options.

    Tables name the options, criteria and gates, and a terminal table wraps long names to fit
    the terminal (COLUMNS, else 100 characters when output is not a terminal); --ids shows ids.
    CSV and JSON always carry both.
    """
    from adm_appraise.render.score import render_score

    with numeric_guard(appraisal):
        text = render_score(score_appraisal(appraisal, scenario, weights), fmt, ids=ids, width=terminal_width())
    click.echo(text, nl=False)
