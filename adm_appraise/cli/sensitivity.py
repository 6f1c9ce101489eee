"""adm-appraise sensitivity: switching values, the closest challenge, Monte Carlo rank stability."""

from __future__ import annotations

import click

from adm_appraise.cli.common import (
    appraisal_args,
    check_scores,
    format_option,
    ids_option,
    monte_carlo_args,
    numeric_guard,
    progress_bar,
    score_appraisal,
    terminal_width,
    weight_args,
    weight_draws,
)
from adm_appraise.model import Appraisal


@click.command()
@appraisal_args
@weight_args
@monte_carlo_args
@format_option("table", "markdown", "json")
@ids_option
def sensitivity(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...],
                samples: int, seed: int, draw: str | None, spread: float, scores: str, fmt: str, ids: bool) -> None:
    """Switching values, what it would take, and Monte Carlo rank stability.

    Ties count as overtaking the leader; in a Monte Carlo sample, tied options are ordered
    by id, and the shortlist rule is applied to each sample. Where the options give costs,
    each cost and benefit line with a low/high range is drawn too, and the share of samples
    in which each option is on the efficiency frontier, and has the best NPSV, is reported.
    """
    check_scores(appraisal, scores)
    from adm_appraise.analysis.sensitivity import analyse
    from adm_appraise.render.sensitivity import render_sensitivity

    draws = weight_draws(appraisal, draw, scenario, weights, scores)
    with numeric_guard(appraisal):
        result = score_appraisal(appraisal, scenario, weights)
        with progress_bar(samples) as progress:
            found = analyse(result, samples, seed=seed, weights=draws, spread=spread, progress=progress,
                            scores=scores)
        from adm_appraise.analysis.value_draws import draws_for

        value = draws_for(appraisal, result.weights, samples, seed)
        text = render_sensitivity(found, fmt, value=value, ids=ids, width=terminal_width())
    click.echo(text, nl=False)
