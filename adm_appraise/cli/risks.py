"""adm-appraise risks: the risk register, each option's risks and its risk-adjusted cost."""

from __future__ import annotations

import click

from adm_appraise.cli.common import Failed, appraisal_args, format_option, ids_option, terminal_width
from adm_appraise.model import Appraisal
from adm_appraise.problems import Location, Problem


@click.command()
@appraisal_args
@click.option("--option", "option", metavar="ID", help="Only the risks that apply to this option.")
@format_option("table", "markdown", "json")
@ids_option
def risks(appraisal: Appraisal, option: str | None, fmt: str, ids: bool) -> None:
    """Show the risk register (risks.yaml): each risk with its probability and impact before and
    after mitigation, and each option's risks, their ratings on the 5 x 5 probability x impact
    matrix and the risk-adjusted cost (the expected value of the priced risks) that 'value' adds
    beside optimism bias. Needs numpy only.
    """
    from adm_appraise.files.loader import RISKS

    if appraisal.risks is None:
        path = appraisal.criteria_path.parent / RISKS
        raise Failed([Problem(Location(str(path)), "E775",
                              "no risk register here: write risks.yaml beside criteria.yaml "
                              "('adm-appraise schema risks' gives its format)")])
    known = [o.id for o in appraisal.options]
    if option is not None and option not in known:
        from adm_appraise.problems import did_you_mean

        raise click.BadParameter(f"no option '{option}'{did_you_mean(option, known)}", param_hint="'--option'")
    from adm_appraise.analysis.risks import register_dict
    from adm_appraise.render.risks import render_risks

    names = None if ids else {c.id: c.name for c in appraisal.criteria} | {o.id: o.name for o in appraisal.options}
    click.echo(render_risks(register_dict(appraisal, option), fmt, appraisal.title, names,
                            width=terminal_width()), nl=False)
