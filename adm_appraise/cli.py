"""The command line: thin commands that parse options, call the library, print the result.

This is the only module that imports click. Library errors (AppraisalError, UnknownName)
become clean messages and exit codes here: 1 for a bad appraisal, 2 for a usage error.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import click

from adm_appraise import __version__
from adm_appraise.loader import load_appraisal
from adm_appraise.model import Appraisal
from adm_appraise.problems import AppraisalError, Problem


class Failed(click.ClickException):
    """The appraisal is invalid or unreadable: print every problem, exit 1."""

    exit_code = 1

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems

    def show(self, file: IO[Any] | None = None) -> None:
        for problem in self.problems:
            click.echo(str(problem), err=True)
        errors = sum(p.severity == "error" for p in self.problems)
        click.echo(f"adm-appraise: {errors} error{'s' * (errors != 1)}; nothing was done", err=True)


class WeightType(click.ParamType):
    name = "ID=W"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, float]:
        if isinstance(value, tuple):
            return value
        cid, sep, weight = str(value).partition("=")
        try:
            number = float(weight)
        except ValueError:
            number = float("nan")
        if not sep or not cid or not (number >= 0 and number != float("inf")):
            self.fail(f"{value!r} is not ID=W with W a finite number >= 0", param, ctx)
        return cid.strip(), number


def appraisal_args(func: Callable[..., Any]) -> Callable[..., Any]:
    """DIR, --criteria and --options, shared by every command that reads an appraisal."""

    @click.argument("directory", required=False, metavar="[DIR]",
                    type=click.Path(file_okay=False, path_type=Path))
    @click.option("--criteria", type=click.Path(dir_okay=False, path_type=Path),
                  help="The criteria file (default: DIR/criteria.yaml).")
    @click.option("--options", "options_dir", type=click.Path(file_okay=False, path_type=Path),
                  help="The folder of option files (default: DIR/options).")
    @functools.wraps(func)
    def wrapper(directory: Path | None, criteria: Path | None, options_dir: Path | None, **kw: Any) -> Any:
        return func(appraisal=_load(directory, criteria, options_dir), **kw)

    return wrapper


def weight_args(func: Callable[..., Any]) -> Callable[..., Any]:
    """--scenario and --weight ID=W, shared by every command that scores."""
    func = click.option("--weight", "weights", multiple=True, type=WeightType(),
                        help="What-if weight for one criterion (repeatable), e.g. --weight risk=40.")(func)
    return click.option("--scenario", help="A named weight set from criteria.yaml.")(func)


def format_option(*choices: str) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0],
                        show_default=True, help="Output format.")


def _load(directory: Path | None, criteria: Path | None, options: Path | None) -> Appraisal:
    try:
        appraisal = load_appraisal(directory, criteria=criteria, options=options)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    if appraisal.bundled:
        click.echo(f"adm-appraise: no criteria.yaml here; appraising the bundled example "
                   f"({appraisal.criteria_path.parent})", err=True)
    return appraisal


def _appraise(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...]) -> Any:
    from adm_appraise.method import UnknownName, appraise

    try:
        result = appraise(appraisal, scenario, dict(weights))
    except UnknownName as exc:
        hint = "--scenario" if scenario and str(exc).startswith("no scenario") else "--weight"
        raise click.BadParameter(str(exc), param_hint=hint) from None
    for warning in result.warnings:
        click.echo(str(warning), err=True)
    return result


class Group(click.Group):
    """The command group; remembers the arguments it was called with (for the audit trail)."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        argv = list(args)
        ctx = super().make_context(info_name, args, parent, **extra)
        ctx.meta["adm_appraise.argv"] = argv
        return ctx


def _command_line() -> str:
    """The command as called, shell-quoted, to print in a report's audit trail."""
    import shlex

    argv = click.get_current_context().meta.get("adm_appraise.argv", [])
    return shlex.join(["adm-appraise", *argv])


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="adm-appraise")
def main() -> None:
    """Options appraisal of alternative delivery models, from plain YAML files.

    DIR is an appraisal folder holding criteria.yaml and options/*.yaml. It defaults to the
    current folder; where that has no criteria.yaml, the bundled example is used.
    """


@main.command()
@appraisal_args
@weight_args
@format_option("table", "markdown", "csv", "json")
def score(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...], fmt: str) -> None:
    """Score, rank and shortlist the options."""
    from adm_appraise.formats import render_score

    click.echo(render_score(_appraise(appraisal, scenario, weights), fmt), nl=False)


@main.command()
@appraisal_args
def validate(appraisal: Appraisal) -> None:
    """Check the files; print every problem as path:line:col: error: message."""
    click.echo(f"valid: {len(appraisal.options)} options, {len(appraisal.criteria)} criteria, "
               f"{len(appraisal.gates)} gates ({appraisal.criteria_path})")


@main.command()
@appraisal_args
@weight_args
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default=None,
              help="Output format (default: from -o's suffix, .md or .html; else markdown).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to FILE (atomically; never over an input file). Default: stdout.")
@click.option("--template-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of templates that override the shipped ones (run in a sandbox).")
def report(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...],
           fmt: str | None, output: Path | None, template_dir: Path | None) -> None:
    """Write the appraisal report: Markdown or a self-contained HTML file."""
    from adm_appraise.output import check_target, write_atomic
    from adm_appraise.report import format_for, render_report

    fmt = fmt or format_for(output) or "markdown"
    protected = [*appraisal.files, *(sorted(template_dir.rglob("*")) if template_dir else [])]
    try:
        if output is not None:
            check_target(output, protected)
        text = render_report(_appraise(appraisal, scenario, weights), fmt,
                             command=_command_line(), template_dir=template_dir)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_atomic(output, text, protected)
            click.echo(f"adm-appraise: wrote {output} ({fmt})", err=True)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
