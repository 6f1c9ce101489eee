"""adm-appraise score: the ranked table."""

from __future__ import annotations

import click

from adm_appraise.cli.common import appraisal_args, format_option, numeric_guard, score_appraisal, weight_args
from adm_appraise.model import Appraisal


@click.command()
@appraisal_args
@weight_args
@format_option("table", "markdown", "csv", "json")
def score(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...], fmt: str) -> None:
    """Score, rank and shortlist the options."""
    from adm_appraise.render.score import render_score

    with numeric_guard(appraisal):
        text = render_score(score_appraisal(appraisal, scenario, weights), fmt)
    click.echo(text, nl=False)
