"""adm-appraise panel: the scoring panel's agreement, disagreements, moderation and dissent;
``panel forms`` sends each assessor a scoring form and ``panel import`` reads the returns.

``panel`` stays one command that reads an appraisal (``panel [DIR]``), so its two subcommands
are dispatched by their first word: ``panel forms`` and ``panel import`` (a DIR named ``forms``
or ``import`` is written ``./forms``). Returned forms are read by ``panel import``, not by
``import``: that command makes a new appraisal from a matrix, while a return adds one
assessor's file to the panel of an appraisal that exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from adm_appraise.cli.common import (
    Failed,
    appraisal_args,
    format_option,
    ids_option,
    load,
    need_office,
    score_appraisal,
    source_options,
    terminal_width,
    weight_args,
)
from adm_appraise.model import Appraisal
from adm_appraise.problems import AppraisalError, Location, Problem


class WithSubcommands(click.Command):
    """A command whose first argument may name a subcommand instead (``panel forms``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.subcommands: dict[str, click.Command] = {}

    def subcommand(self, command: click.Command) -> click.Command:
        assert command.name is not None
        self.subcommands[command.name] = command
        return command

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        if args and args[0] in self.subcommands:
            return self.subcommands[args[0]].make_context(f"{info_name} {args[0]}", args[1:], parent, **extra)
        return super().make_context(info_name, args, parent, **extra)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(f"{ctx.info_name} {name}", cmd.get_short_help_str(limit=60))
                                for name, cmd in self.subcommands.items()])
        super().format_epilog(ctx, formatter)


@click.command(cls=WithSubcommands)
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


class AssessorType(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    name = "ID=NAME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, str]:
        import re

        if isinstance(value, tuple):
            return value
        aid, sep, name = str(value).partition("=")
        if not sep or not re.fullmatch(r"[a-z][a-z0-9_]*", aid.strip()) or not name.strip():
            self.fail(f"{value!r} is not ID=NAME with ID of lower-case letters, digits and _ (e.g. "
                      "finance='A. Finch')", param, ctx)
        return aid.strip(), name.strip()


@panel.subcommand
@click.command("forms")
@appraisal_args
@click.option("-o", "--output", "output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder to write the forms in (made if missing).")
@click.option("--assessor", "assessors", multiple=True, type=AssessorType(),
              help="An assessor to write a form for (repeatable), e.g. --assessor finance='A. Finch'. "
                   "Default: every assessor of panel/.")
@click.option("--force", is_flag=True, help="Replace forms already in OUTDIR.")
def forms(appraisal: Appraisal, output: Path, assessors: tuple[tuple[str, str], ...], force: bool) -> None:
    """Write a scoring form (.xlsx) for each assessor into OUTDIR.

    Each form lists every option the panel scores by every 'score' criterion, with the level
    descriptors, a drop-down of the scale, cells for a rationale or a reason to abstain, and a
    sheet to declare conflicts of interest; every other cell is locked (sheet protection with no
    password). The assessors are those of panel/*.yaml, or those named by --assessor. Read the
    returns with 'adm-appraise panel import'.
    """
    need_office("panel forms", "openpyxl")
    from adm_appraise.render.forms import FormAssessor, scoring_form
    from adm_appraise.render.output import write_atomic

    known = {a.id: a for a in appraisal.panel.assessors} if appraisal.panel else {}
    if not assessors and not known:
        raise click.UsageError("this appraisal has no panel/ folder: name the assessors with --assessor ID=NAME")
    people = []
    for aid, name in assessors or [(a.id, a.name) for a in known.values()]:
        a = known.get(aid)
        people.append(FormAssessor(aid, name, a.role if a else None, a.organisation if a else None,
                                   a.interests if a else None,
                                   {c.option: c.reason for c in a.conflicts} if a else {}))
    targets = [output / f"{who.id}.xlsx" for who in people]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise Failed([Problem(Location(str(t)), "E909", "a form is already here (perhaps filled in): nothing was "
                                                       "written (--force replaces it)") for t in existing])
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Failed([Problem(Location(str(output)), "E302", f"cannot make the folder: {exc.strerror}")]) from None
    rows = len(appraisal.scored_options) * sum(not c.is_measure for c in appraisal.criteria)
    for who, target in zip(people, targets, strict=True):
        try:
            write_atomic(target, scoring_form(appraisal, who))
        except AppraisalError as exc:
            raise Failed(exc.problems) from None
        click.echo(f"wrote {target} ({who.name}: {rows} scores to give)")


@panel.subcommand
@click.command("import")
@click.argument("paths", nargs=-1, required=True, metavar="RETURN... [DIR]", type=click.Path(path_type=Path))
@source_options
@click.option("--force", is_flag=True, help="Replace an assessor's panel file that exists.")
def import_returns(paths: tuple[Path, ...], criteria: Path | None, options_dir: Path | None, force: bool) -> None:
    """Read returned scoring forms into DIR/panel/<assessor>.yaml.

    RETURN is a form written by 'panel forms' and filled in; a last argument that is a folder is
    DIR (default: the nearest folder, from the current one upward, holding a criteria.yaml).
    Every problem of every return is reported at its cell at once, and nothing is written unless
    all are clean. A return whose options, criteria or scale no longer match the appraisal is
    refused; an assessor's file that exists is replaced only with --force. The panel is then
    validated.
    """
    need_office("panel import", "openpyxl")
    from adm_appraise.files.forms import read_returns
    from adm_appraise.files.validation import summary, validate
    from adm_appraise.render.output import write_atomic

    files = list(paths)
    directory = files.pop() if len(files) > 1 and files[-1].is_dir() else None
    appraisal = load(directory, criteria, options_dir)
    returns, problems = read_returns(files, appraisal)
    folder = appraisal.criteria_path.parent / "panel"
    targets = {r.assessor: folder / f"{r.assessor}.yaml" for r in returns}
    if appraisal.panel is not None:
        for a in appraisal.panel.assessors:
            if a.id in targets and not force:
                problems.append(Problem(Location(str(a.path)), "E909", f"assessor '{a.id}' already has a panel file: "
                                                                       "nothing was written (--force replaces it)"))
                targets[a.id] = a.path
            elif a.id in targets:
                targets[a.id] = a.path
    problems += [Problem(Location(str(t)), "E909", "a file by this name exists: nothing was written (--force "
                                                   "replaces it)")
                 for t in targets.values() if t.exists() and not force and not any(p.where.path == str(t)
                                                                                    for p in problems)]
    if problems:
        raise Failed(problems)
    try:
        folder.mkdir(exist_ok=True)
        for r in returns:
            write_atomic(targets[r.assessor], r.yaml())
            click.echo(f"wrote {targets[r.assessor]} from {r.source}")
    except OSError as exc:
        raise Failed([Problem(Location(str(folder)), "E302", f"cannot write here: {exc.strerror}")]) from None
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    found = validate([appraisal.criteria_path.parent], criteria=criteria, options=options_dir)
    click.echo(f"validate {appraisal.criteria_path.parent}:")
    for problem in found.problems:
        click.echo(str(problem))
    click.echo(summary(found))
    if found.errors:
        click.get_current_context().exit(1)
