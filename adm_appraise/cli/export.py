"""adm-appraise export: the appraisal as an Excel workbook of live formulas."""

from __future__ import annotations

from pathlib import Path

import click

from adm_appraise.cli.common import (
    Failed,
    appraisal_args,
    check_scores,
    command_line,
    monte_carlo_args,
    need_office,
    numeric_guard,
    score_appraisal,
    stage_bar,
    weight_args,
    weight_draws,
)
from adm_appraise.model import Appraisal
from adm_appraise.problems import AppraisalError


def _xlsx(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    if value.suffix.lower() != ".xlsx":
        raise click.BadParameter(f"'{value}' must end in .xlsx (an Excel workbook)")
    return value


@click.command()
@appraisal_args
@weight_args
@monte_carlo_args
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), callback=_xlsx,
              help="The workbook to write (.xlsx; atomically, never over an input file).")
def export(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...],
           samples: int, seed: int, draw: str | None, spread: float, scores: str, output: Path) -> None:
    """Write the appraisal as an Excel workbook whose scores and ranks are live formulas.

    Sheets: Scores (raw scores, with rationale and evidence columns), Weights (edit these), Weighting (the
    weighting record and its value tree, when the weights come from one), Values and
    Ranking (formulas, stored with their results), Sensitivity (values at export), the
    Economic case, Panel and Long list when the appraisal has them, and About (the audit trail).
    """
    need_office("export", "xlsxwriter")
    check_scores(appraisal, scores)
    draws = weight_draws(appraisal, draw, scenario, weights, scores)
    from adm_appraise.files.loader import inputs
    from adm_appraise.render.output import check_target, generation_time, write_atomic

    files, read = inputs(appraisal)  # never over, or among, the files the appraisal reads
    try:
        generated = generation_time()
        check_target(output, files, read)
        from adm_appraise.analysis.sensitivity import analyse
        from adm_appraise.render.workbook import render_workbook, sheet_names

        step = stage_bar("export", ("scoring", "sampling", "building the workbook", "writing"))
        with numeric_guard(appraisal):
            step("scoring")
            result = score_appraisal(appraisal, scenario, weights)
            step("sampling")
            found = analyse(result, samples, seed=seed, weights=draws, spread=spread, scores=scores)
        step("building the workbook")
        command = command_line(appraisal.criteria_path.parent)
        data = render_workbook(result, found, command=command, generated=generated)
        step("writing")
        write_atomic(output, data, files, read)
        step(None)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    names = sheet_names(appraisal, weighting=not (scenario or weights))
    click.echo(f"adm-appraise: wrote {output} (sheets: {', '.join(names)})", err=True)
