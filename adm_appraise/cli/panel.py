"""adm-appraise panel: the scoring panel's agreement, disagreements, moderation and dissent."""

from __future__ import annotations

import click

from adm_appraise.cli.common import (
    Failed,
    appraisal_args,
    format_option,
    ids_option,
    score_appraisal,
    terminal_width,
    weight_args,
)
from adm_appraise.model import Appraisal
from adm_appraise.problems import Location, Problem


@click.command()
@appraisal_args
@weight_args
@format_option("table", "markdown", "json")
@ids_option
def panel(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...], fmt: str,
          ids: bool) -> None:
    """The scoring panel: each assessor's scores, agreement, moderation and dissent.

    Needs a panel/ folder beside criteria.yaml, one panel/<assessor>.yaml per assessor.
    Shows Krippendorff's alpha (interval), every option x criterion with each assessor's
    score, the median, mean, range and moderated score, each assessor's own leader, and
    which single assessor, left out, would change the leader or the shortlist.
    """
    if appraisal.panel is None:
        folder = appraisal.criteria_path.parent / "panel"
        raise Failed([Problem(Location(str(folder)), "E409", "no panel folder: add one panel/<assessor>.yaml "
                                                             "per assessor to use the panel command")])
    from adm_appraise.analysis.panel import analyse_panel
    from adm_appraise.render.panel import render_panel

    result = score_appraisal(appraisal, scenario, weights)
    click.echo(render_panel(result, analyse_panel(result), fmt, ids=ids, width=terminal_width()), nl=False)
