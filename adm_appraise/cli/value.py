"""adm-appraise value: costs beside the scores, the Green Book way."""

from __future__ import annotations

import click

from adm_appraise.cli.common import Failed, appraisal_args, format_option, ids_option, terminal_width, weight_args
from adm_appraise.model import Appraisal
from adm_appraise.problems import Location, Problem


@click.command()
@appraisal_args
@weight_args
@format_option("table", "markdown", "json")
@ids_option
def value(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...], fmt: str,
          ids: bool) -> None:
    """Value for money: present values, NPSV and BCR, the efficiency frontier, switching values.

    Costs and benefits come from the options' costs: and benefits: blocks, discounted as
    criteria.yaml's economics: block says; the benefit score is the weighted sum, kept apart
    from cost. Needs numpy only.
    """
    if appraisal.economics is None:
        where = appraisal.where or Location(str(appraisal.criteria_path))
        raise Failed([Problem(where, "E609", "no economics: block in criteria.yaml: add one (base_year, discount, "
                                             "unit, optimism_bias) and costs: to the option files")])
    from adm_appraise.analysis.economics import value_for_money, weights_for
    from adm_appraise.render.economics import render_value

    try:
        raw = weights_for(appraisal, scenario, dict(weights))
    except ValueError as exc:
        hint = "--scenario" if scenario and str(exc).startswith("no scenario") else "--weight"
        raise click.BadParameter(str(exc), param_hint=f"'{hint}'") from None
    names = None if ids else {c.id: c.name for c in appraisal.criteria} | {o.id: o.name for o in appraisal.options}
    click.echo(render_value(value_for_money(appraisal, raw), fmt, appraisal.title, names,
                            width=terminal_width()), nl=False)
