"""adm-appraise weights: the weights, how they were derived, and what other methods would give."""

from __future__ import annotations

import click

from adm_appraise.cli.common import appraisal_args, format_option, terminal_width
from adm_appraise.model import Appraisal


@click.command()
@appraisal_args
@format_option("table", "markdown", "json")
def weights(appraisal: Appraisal, fmt: str) -> None:
    """The weights and how they were set: method, participants, date, the judgements.

    For each level of the value tree: the swings, ranks or pairwise comparisons, the weights
    they give, the consistency ratio of pairwise judgements, and what the rank-order centroid,
    rank-sum and reciprocal formulas give for the same order.
    """
    from adm_appraise.analysis.weighting import describe
    from adm_appraise.render.weighting import render_weights

    click.echo(render_weights(describe(appraisal), fmt, width=terminal_width()), nl=False)
