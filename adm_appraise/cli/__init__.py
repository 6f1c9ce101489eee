"""The command line: thin commands that parse options, call the library, print the result.

This is the only module that imports click. Library errors (AppraisalError, UnknownName)
become clean messages and exit codes here: 1 for a bad appraisal, 2 for a usage error.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import click

# The command line runs no pydantic plugins: finding them scans the entry points of every
# installed package (about 0.1 s a run in a full environment), and a plugin has no business
# changing how an appraisal is checked. An explicit setting in the environment still wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from adm_appraise import __version__  # noqa: E402
from adm_appraise.model import Appraisal  # noqa: E402
from adm_appraise.problems import AppraisalError, Problem  # noqa: E402


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


class WeightType(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
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


def source_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--criteria and --options: files elsewhere than DIR/criteria.yaml and DIR/options."""
    func = click.option("--options", "options_dir", type=click.Path(file_okay=False, path_type=Path),
                        help="The folder of option files (default: DIR/options).")(func)
    return click.option("--criteria", type=click.Path(dir_okay=False, path_type=Path),
                        help="The criteria file (default: DIR/criteria.yaml).")(func)


def appraisal_args(func: Callable[..., Any]) -> Callable[..., Any]:
    """DIR, --criteria and --options, shared by every command that reads an appraisal."""

    @click.argument("directory", required=False, metavar="[DIR]",
                    type=click.Path(file_okay=False, path_type=Path))
    @source_options
    @functools.wraps(func)
    def wrapper(directory: Path | None, criteria: Path | None, options_dir: Path | None, **kw: Any) -> Any:
        return func(appraisal=_load(directory, criteria, options_dir), **kw)

    return wrapper


def weight_args(func: Callable[..., Any]) -> Callable[..., Any]:
    """--scenario and --weight ID=W, shared by every command that scores."""
    func = click.option("--weight", "weights", multiple=True, type=WeightType(),
                        help="What-if weight for one criterion (repeatable), e.g. --weight risk=40.")(func)
    return click.option("--scenario", help="A named weight set from criteria.yaml.")(func)


def monte_carlo_args(func: Callable[..., Any]) -> Callable[..., Any]:
    """--samples, --seed, --weights and --spread, shared by sensitivity and report."""
    for decorator in reversed([
        click.option("--samples", type=click.IntRange(min=1), default=10_000, show_default=True,
                     help="Monte Carlo samples."),
        click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True,
                     help="Random seed: the same seed gives the same figures."),
        click.option("--weights", "draw", type=click.Choice(["around", "uniform"]), default="around",
                     show_default=True,
                     help="Draw weights around the stated ones (Dirichlet) or uniformly from all weight sets."),
        click.option("--spread", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=0.2,
                     show_default=True,
                     help="With --weights around: each weight's standard deviation is spread*sqrt(w(1-w)) "
                          "(Dirichlet concentration 1/spread^2 - 1)."),
    ]):
        func = decorator(func)
    return func


def format_option(*choices: str) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0],
                        show_default=True, help="Output format.")


def _load(directory: Path | None, criteria: Path | None, options: Path | None) -> Appraisal:
    from adm_appraise.files.loader import load_appraisal  # imports pydantic, which --help does not need

    try:
        appraisal = load_appraisal(directory, criteria=criteria, options=options)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    if appraisal.bundled:
        _bundled_notice(appraisal.criteria_path.parent)
    return appraisal


def _bundled_notice(folder: Path) -> None:
    click.echo(f"adm-appraise: no criteria.yaml here; appraising the bundled example ({folder})", err=True)


def _appraise(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...]) -> Any:
    from adm_appraise.analysis.method import UnknownName, appraise

    try:
        result = appraise(appraisal, scenario, dict(weights))
    except UnknownName as exc:
        hint = "--scenario" if scenario and str(exc).startswith("no scenario") else "--weight"
        raise click.BadParameter(str(exc), param_hint=f"'{hint}'") from None
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
    from adm_appraise.render.score import render_score

    click.echo(render_score(_appraise(appraisal, scenario, weights), fmt), nl=False)


def _list_codes(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        from adm_appraise.files.validation import list_codes

        click.echo(list_codes(), nl=False)
        ctx.exit(0)


@main.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(path_type=Path))
@source_options
@format_option("text", "json", "github")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("--list-codes", is_flag=True, is_eager=True, expose_value=False, callback=_list_codes,
              help="List every problem code with a one-line explanation, and exit.")
def validate(paths: tuple[Path, ...], criteria: Path | None, options_dir: Path | None, fmt: str,
             strict: bool) -> None:
    """Check the files: errors, and warnings a reviewer would raise.

    PATH is an appraisal folder, or any file in one (as pre-commit passes them); default:
    the current folder. Exit 0 when valid (warnings allowed), 1 when there are errors, or
    warnings with --strict.
    """
    from adm_appraise.files.validation import render
    from adm_appraise.files.validation import validate as check

    result = check(list(paths), criteria=criteria, options=options_dir)
    if result.bundled:
        from adm_appraise.files.loader import bundled_dir

        _bundled_notice(bundled_dir())
    click.echo(render(result, fmt), nl=False)
    if result.errors or (strict and result.warnings):
        click.get_current_context().exit(1)


@main.command()
@click.argument("kind", type=click.Choice(["criteria", "option"]))
def schema(kind: str) -> None:
    """Print the JSON Schema (draft 2020-12) of criteria.yaml or of an option file."""
    import json

    from adm_appraise.files.schema import json_schema

    click.echo(json.dumps(json_schema(kind), indent=2, ensure_ascii=False))


@main.command()
@appraisal_args
@weight_args
@monte_carlo_args
@format_option("table", "markdown", "json")
def sensitivity(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...],
                samples: int, seed: int, draw: str, spread: float, fmt: str) -> None:
    """Switching values, what it would take, and Monte Carlo rank stability.

    Ties count as overtaking the leader; in a Monte Carlo sample, tied options are ordered
    by id, and the shortlist rule is applied to each sample.
    """
    from adm_appraise.render.output import generation_time

    try:
        generation_time()  # numpy's f2py, imported by scipy, fails on a malformed SOURCE_DATE_EPOCH
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    from adm_appraise.analysis.sensitivity import analyse
    from adm_appraise.render.sensitivity import render_sensitivity

    result = _appraise(appraisal, scenario, weights)
    with _progress(samples) as progress:
        found = analyse(result, samples, seed=seed, weights=draw, spread=spread, progress=progress)
    click.echo(render_sensitivity(found, fmt), nl=False)


@contextlib.contextmanager
def _progress(samples: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for long runs, when stderr is a terminal."""
    if samples < 200_000 or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=samples, label="sampling", file=sys.stderr) as bar:
        yield bar.update


@main.command()
@appraisal_args
@weight_args
@monte_carlo_args
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default=None,
              help="Output format (default: from -o's suffix, .md or .html; else markdown).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to FILE (atomically; never over an input file). Default: stdout.")
@click.option("--template-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of templates that override the shipped ones (run in a sandbox).")
def report(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...],
           samples: int, seed: int, draw: str, spread: float,
           fmt: str | None, output: Path | None, template_dir: Path | None) -> None:
    """Write the appraisal report: Markdown or a self-contained HTML file.

    It includes the sensitivity analysis, with the same Monte Carlo options as the
    sensitivity command (seeded, so the report is reproducible).
    """
    from adm_appraise.render.output import check_target, generation_time, write_atomic

    try:
        generated = generation_time()  # before scipy: numpy's f2py fails on a malformed one
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    from adm_appraise.render.report import format_for, render_report
    from adm_appraise.analysis.sensitivity import analyse

    fmt = fmt or format_for(output) or "markdown"
    protected = [*appraisal.files, *(sorted(template_dir.rglob("*")) if template_dir else [])]
    try:
        if output is not None:
            check_target(output, protected)
        result = _appraise(appraisal, scenario, weights)
        with _progress(samples) as progress:
            found = analyse(result, samples, seed=seed, weights=draw, spread=spread, progress=progress)
        text = render_report(result, fmt, sensitivity=found.to_dict(), command=_command_line(),
                             template_dir=template_dir, generated=generated)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_atomic(output, text, protected)
            click.echo(f"adm-appraise: wrote {output} ({fmt})", err=True)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
