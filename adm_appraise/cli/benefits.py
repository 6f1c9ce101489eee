"""adm-appraise benefits: the benefits register, and the benefits of the preferred option."""

from __future__ import annotations

import click

from adm_appraise.cli.common import Failed, appraisal_args, format_option, ids_option, terminal_width
from adm_appraise.model import Appraisal
from adm_appraise.problems import Location, Problem


@click.command()
@appraisal_args
@format_option("table", "markdown", "json")
@ids_option
def benefits(appraisal: Appraisal, fmt: str, ids: bool) -> None:
    """Show the benefits register (benefits.yaml).

    Each benefit with the objectives and critical success factors it serves, its measure,
    baseline, target, date and owner and whether it releases cash; which objectives have no
    benefit; and the benefits of the preferred option (the one marked 'role: preferred', else
    the highest-scoring eligible option).
    """
    from adm_appraise.files.lints import overall_scores
    from adm_appraise.files.loader import BENEFITS
    from adm_appraise.render.benefits import benefits_context, render_benefits

    context = benefits_context(appraisal, _leader(appraisal, overall_scores(appraisal)))
    if context is None:
        path = appraisal.criteria_path.parent / BENEFITS
        raise Failed([Problem(Location(str(path)), "E765", "no benefits register here (write benefits.yaml: "
                                                           "adm-appraise schema benefits gives its form)")])
    click.echo(render_benefits(context, fmt, ids=ids, width=terminal_width()), nl=False)


def _leader(appraisal: Appraisal, scores: dict[str, float]) -> str | None:
    """The highest-scoring eligible option (ties: the first id), as ``score`` ranks it."""
    eligible = [(-s, o.id) for o in appraisal.scored_options if not o.failed_gates() and (s := scores.get(o.id))
                is not None]
    return min(eligible)[1] if eligible else None
