"""adm-appraise report: the appraisal report, Markdown or self-contained HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from adm_appraise.cli.common import (
    Failed,
    appraisal_args,
    check_scores,
    command_line,
    monte_carlo_args,
    numeric_guard,
    progress_bar,
    score_appraisal,
    stage_bar,
    weight_args,
    weight_draws,
)
from adm_appraise.model import Appraisal
from adm_appraise.problems import AppraisalError


def _known_suffix(ctx: click.Context, param: click.Parameter, value: object) -> object:
    """-o FILE whose suffix names no format the report writes is a usage error unless --format is given."""
    from adm_appraise.render.output import SUFFIXES, format_for

    other = "fmt" if param.name == "output" else "output"
    if other not in ctx.params:  # the other option is checked when its turn comes
        return value
    output, fmt = (value, ctx.params["fmt"]) if param.name == "output" else (ctx.params["output"], value)
    if fmt is None and isinstance(output, Path) and output.suffix and format_for(output) is None:
        known = ", ".join(SUFFIXES)
        raise click.BadParameter(
            f"cannot write a report as {output.suffix!r} (suffixes: {known}); "
            "give --format (markdown, html, pdf or docx)",
            ctx, ctx.command.params[[p.name for p in ctx.command.params].index("output")],
        )
    return value


@click.command()
@appraisal_args
@weight_args
@monte_carlo_args
@click.option("--format", "fmt", type=click.Choice(["markdown", "html", "pdf", "docx"]), default=None,
              callback=_known_suffix,
              help="Output format (default: from -o's suffix, .md, .html, .pdf or .docx; else markdown). "
                   "pdf needs the [pdf] extra (WeasyPrint), docx the [office] extra (python-docx).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), callback=_known_suffix,
              help="Write the report to FILE (atomically; never over an input file). Default: stdout.")
@click.option("--interactive", is_flag=True,
              help="HTML only: add what-if sliders for the criterion weights that re-score and re-rank "
                   "the options in the page (a small inline script; nothing is fetched).")
@click.option("--against", metavar="REV",
              help="Add a section 'Changes since REV': this appraisal against an earlier version of it "
                   "(a git revision of its folder, or another folder), as the diff command shows it.")
@click.option("--reference-doc", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="docx only: a Word document whose styles and page setup the report takes "
                   "(its own content is not kept), e.g. a council's committee template.")
@click.option("--template", "layout_name", type=click.Choice(["report", "committee", "business-case"]),
              default="report", show_default=True,
              help="The document: the appraisal report; a council committee paper (front sheet, "
                   "recommendations, options considered and rejected, implications; paper.yaml gives its text); "
                   "or an outline business case in the Green Book's five cases. Parts paper.yaml marks exempt "
                   "(Schedule 12A) go into a second file beside -o, NAME-exempt-appendix.SUFFIX.")
@click.option("--template-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of templates that override the shipped ones (run in a sandbox).")
def report(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...],
           samples: int, seed: int, draw: str | None, spread: float, scores: str,
           fmt: str | None, output: Path | None, interactive: bool, against: str | None,
           layout_name: str, template_dir: Path | None, reference_doc: Path | None) -> None:
    """Write the appraisal report: Markdown, a self-contained HTML file, PDF or Word (.docx).

    It includes the sensitivity analysis, with the same Monte Carlo options as the
    sensitivity command (seeded, so the report is reproducible). --template committee or
    business-case writes the committee paper or the outline business case instead, with the
    text of paper.yaml.
    """
    from adm_appraise.render.output import check_target, generation_time, write_atomic

    check_scores(appraisal, scores)
    try:
        generated = generation_time()  # a malformed SOURCE_DATE_EPOCH refused before any work
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    from adm_appraise.analysis.sensitivity import analyse
    from adm_appraise.render.output import format_for
    from adm_appraise.render.report import DOCUMENTS, render_document, render_report
    from adm_appraise.render.sensitivity_view import RANKS_SHOWN

    fmt = fmt or format_for(output) or "markdown"
    if interactive and fmt != "html":
        raise click.BadParameter(f"--interactive needs --format html, not {fmt}", param_hint="'--interactive'")
    if reference_doc is not None and fmt != "docx":
        raise click.BadParameter(f"--reference-doc needs --format docx, not {fmt}", param_hint="'--reference-doc'")
    if layout_name != "report" and (interactive or against is not None):
        flag = "--interactive" if interactive else "--against"
        raise click.BadParameter(f"{flag} belongs to the appraisal report, not --template {layout_name}",
                                 param_hint=f"'{flag}'")
    if fmt in DOCUMENTS and output is None:
        raise click.BadParameter(f"--format {fmt} writes a file: give -o FILE", param_hint="'--format'")
    draws = weight_draws(appraisal, draw, scenario, weights, scores)
    from adm_appraise.files.loader import inputs

    files, folders = inputs(appraisal)
    protected = [*files, *(sorted(template_dir.rglob("*")) if template_dir else []),
                 *([reference_doc] if reference_doc else [])]
    read = folders + ([template_dir] if template_dir else [])
    appendix = None
    if layout_name != "report":
        from adm_appraise.files.paper import texts
        from adm_appraise.render.paper import appendix_name

        if output is None and any(t.exempt for t in texts(appraisal.paper, layout_name).values()):
            raise click.UsageError("paper.yaml marks parts of the paper exempt (Schedule 12A): give -o FILE, and "
                                   "the exempt appendix is written beside it as NAME-exempt-appendix.SUFFIX")
        if output is not None:
            appendix = output.with_name(appendix_name(output.name))  # never the same name as output
    try:
        if output is not None:
            check_target(output, protected, read)
        if appendix is not None:
            check_target(appendix, protected, read)
        layout = {"pdf": "laying out the PDF", "docx": "building the Word document"}.get(fmt, "rendering")
        step = stage_bar("report", ("scoring", "sampling", layout))
        with numeric_guard(appraisal):
            step("scoring")
            result = score_appraisal(appraisal, scenario, weights)
            step("sampling")
            with progress_bar(samples) as progress:
                found = analyse(result, samples, seed=seed, weights=draws, spread=spread, progress=progress,
                                scores=scores)
            changes = None
            if against is not None:
                from adm_appraise.analysis.diff import compare_with
                from adm_appraise.render.diff import changes_context

                changes = changes_context(compare_with(appraisal, against, scenario=scenario, overrides=dict(weights)))
            # the report shows the first RANKS_SHOWN ranks of the rank acceptability: pass no more
            sensitivity = found.to_dict(RANKS_SHOWN)
            from adm_appraise.analysis.value_draws import draws_for

            value = draws_for(appraisal, result.weights, samples, seed)
            if value is not None:
                sensitivity["value_for_money"] = value.to_dict()
        step(layout)
        command = command_line(appraisal.criteria_path.parent)
        args: dict[str, Any] = dict(sensitivity=sensitivity, command=command,
                                    template_dir=template_dir, generated=generated, changes=changes)
        if layout_name != "report":
            _write_paper(result, fmt, layout_name, output, appendix, protected, read, reference_doc, args, step)
            return
        text: str | bytes
        if fmt in DOCUMENTS:
            text = render_document(result, fmt, where=str(output), reference_doc=reference_doc, **args)
        else:
            text = render_report(result, fmt, interactive=interactive, **args)
        step(None)
        if output is None:
            click.echo(str(text), nl=False)
        else:
            write_atomic(output, text, protected, read)
            click.echo(f"adm-appraise: wrote {output} ({fmt})", err=True)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None


def _write_paper(result: Any, fmt: str, document: str, output: Path | None, appendix: Path | None,
                 protected: list[Path], read: list[Path], reference_doc: Path | None, args: dict[str, Any],
                 step: Any) -> None:
    """The committee paper or business case, and its exempt appendix when anything is exempt:
    both written atomically, or neither."""
    from adm_appraise.render.output import write_all
    from adm_appraise.render.report import render_paper

    args = {k: v for k, v in args.items() if k != "changes"}
    public, exempt = render_paper(result, fmt, document, where=str(output or "-"), reference_doc=reference_doc,
                                  **args)
    step(None)
    if output is None:  # nothing is exempt (refused before any work otherwise)
        click.echo(str(public), nl=False)
        return
    outputs: list[tuple[Path, str | bytes]] = [(output, public)]
    if exempt is not None and appendix is not None:
        outputs.append((appendix, exempt))
    write_all(outputs, protected, read)
    for path, _ in outputs:
        click.echo(f"adm-appraise: wrote {path} ({fmt})", err=True)
