"""What the commands share: the error that exits 1, the options defined once, loading and scoring.

The cli package is the only one that imports click. Library errors (AppraisalError, UnknownName)
become clean messages and exit codes here: 1 for a bad appraisal, 2 for a usage error.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import click

from adm_appraise.model import Appraisal
from adm_appraise.problems import AppraisalError, Location, Problem, printable


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


def say(line: str, err: bool = False) -> None:
    """Print one line that quotes file text (a heading, a name, a file name): controls and bidi
    characters are shown escaped, so the text cannot move the cursor, retitle the terminal or
    reorder what is shown."""
    click.echo(printable(line), err=err)


def write_step_summary(text: str) -> None:
    """Append ``text`` to $GITHUB_STEP_SUMMARY (GitHub's own file, which every step appends to), if set.

    A summary that cannot be written is said on stderr; the annotations already printed stand.
    """
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        click.echo(f"adm-appraise: cannot write the step summary: {exc.strerror}", err=True)


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
        if not sep or not cid or not (0 <= number <= 1e15):  # as in the files: no overflow in the sums
            self.fail(f"{value!r} is not ID=W with W a finite number >= 0 (at most 1e15)", param, ctx)
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
        appraisal = load(directory, criteria, options_dir)
        # The appraisal is kept to the end of the command: the collector need not walk its millions of
        # objects again while the command builds its own (an eighth of export's building at 10,000 options).
        gc.freeze()
        try:
            return func(appraisal=appraisal, **kw)
        finally:
            gc.unfreeze()  # collectable again, in a process that runs more than one command (the tests)

    return wrapper


def weight_args(func: Callable[..., Any]) -> Callable[..., Any]:
    """--scenario and --weight ID=W, shared by every command that scores."""
    func = click.option("--weight", "weights", multiple=True, type=WeightType(),
                        help="What-if weight for one criterion (repeatable), e.g. --weight risk=40.")(func)
    return click.option("--scenario", help="A named weight set from criteria.yaml.")(func)


def monte_carlo_args(func: Callable[..., Any]) -> Callable[..., Any]:
    """--samples, --seed, --weights and --spread, shared by sensitivity and report."""
    for decorator in reversed([
        click.option("--samples", type=click.IntRange(min=1, max=10_000_000), default=10_000, show_default=True,
                     help="Monte Carlo samples (at most 10,000,000)."),
        click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True,
                     help="Random seed: the same seed gives the same figures."),
        click.option("--weights", "draw", type=click.Choice(["around", "uniform", "ordinal", "tree", "judgements"]),
                     default=None,
                     help="Draw weights around the stated ones (Dirichlet), uniformly from all weight sets, "
                          "uniformly from those consistent with the ranking of 'method: rank' (SMAA), node "
                          "by node down the value tree (each node's shares around its stated ones, a ranked "
                          "node's within its order), or as tree but with each 'method: macbeth' node's shares "
                          "uniformly from all those consistent with its judgements (judgements; pairwise nodes "
                          "are drawn around their stated shares). Default: ordinal under 'method: rank', "
                          "else around."),
        click.option("--spread", type=click.FloatRange(0.001, 1, max_open=True), default=0.2,
                     show_default=True,
                     help="With --weights around (or tree, judgements): each weight's (or share's) standard "
                          "deviation is spread*sqrt(w(1-w)) (Dirichlet concentration 1/spread^2 - 1)."),
        click.option("--scores", type=click.Choice(["ranges", "panel"]), default="ranges", show_default=True,
                     help="Draw scores from their ranges (triangular, where given) or from the scoring panel "
                          "(one assessor's score per option and criterion)."),
    ]):
        func = decorator(func)
    return func


def check_scores(appraisal: Appraisal, scores: str) -> None:
    """--scores panel needs a panel/ folder (a usage error, exit 2, without one)."""
    if scores == "panel" and appraisal.panel is None:
        raise click.BadParameter("this appraisal has no panel/ folder to draw scores from", param_hint="'--scores'")


def weight_draws(appraisal: Appraisal, draw: str | None, scenario: str | None,
                 weights: tuple[tuple[str, float], ...], scores: str = "ranges") -> str:
    """How sensitivity draws weights: as asked, else ordinal when the weights come from a ranking.

    Ordinal draws (SMAA-2) take scores from their ranges only: with --scores panel they are a usage
    error, asked for or by default, rather than a panel silently left out.
    """
    ordinal = appraisal.weighting is not None and appraisal.weighting.ordinal
    if draw is None:
        draw = "ordinal" if ordinal and scenario is None and not weights else "around"
        if draw == "ordinal" and scores == "panel":
            raise click.BadParameter("the weights come from a ranking, so they are drawn ordinally (SMAA), and "
                                     "ordinal draws take scores from their ranges, not the panel: add --weights "
                                     "around or --weights uniform to draw from the panel", param_hint="'--scores'")
        return draw
    if draw == "ordinal" and scores == "panel":
        raise click.BadParameter("ordinal draws (SMAA) take scores from their ranges, not the panel: use "
                                 "--scores ranges, or --weights around or uniform with --scores panel",
                                 param_hint="'--weights'")
    if draw == "ordinal" and not ordinal:
        raise click.BadParameter("ordinal draws need a 'weighting:' with 'method: rank' in criteria.yaml",
                                 param_hint="'--weights'")
    if draw == "tree" and ordinal and (scenario is not None or weights):
        raise click.BadParameter("tree draws keep each ranked node's stated order, which --scenario and --weight "
                                 "do not change: use --weights around with them", param_hint="'--weights'")
    if draw == "judgements" and not weighed_by_macbeth(appraisal):
        raise click.BadParameter("judgements draws need a level weighed by 'method: macbeth' (two items or more) in "
                                 "criteria.yaml: use --weights tree", param_hint="'--weights'")
    if draw == "judgements" and (scenario is not None or weights):
        raise click.BadParameter("judgements draws keep each MACBETH and ranked node within its judgements, which "
                                 "--scenario and --weight do not change: use --weights around with them",
                                 param_hint="'--weights'")
    if draw == "ordinal" and (scenario is not None or weights):
        raise click.BadParameter("ordinal draws sample the stated ranking; they cannot be combined with "
                                 "--scenario or --weight", param_hint="'--weights'")
    return draw


def weighed_by_macbeth(appraisal: Appraisal) -> bool:
    """Whether some level of the weighting record is weighed by MACBETH (two items or more)."""
    levels = appraisal.weighting.levels if appraisal.weighting is not None else []
    return any(level.method == "macbeth" and len(level.items) > 1 for level in levels)


def ids_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--ids: tables show ids instead of names (JSON and CSV always carry both)."""
    return click.option("--ids", is_flag=True, help="Show ids instead of names in tables.")(func)


def terminal_width() -> int:
    """The width a terminal table must fit: COLUMNS, else the terminal's, else 100 (a file or pipe)."""
    import os
    import shutil

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= 40:
        return int(columns)
    if sys.stdout.isatty():
        return max(40, shutil.get_terminal_size().columns)
    from adm_appraise.render.columns import DEFAULT_WIDTH

    return DEFAULT_WIDTH


def format_option(*choices: str) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0],
                        show_default=True, help="Output format.")


def load(directory: Path | None, criteria: Path | None, options: Path | None) -> Appraisal:
    from adm_appraise.files.loader import load_appraisal  # imports pydantic, which --help does not need

    try:
        appraisal = load_appraisal(directory, criteria=criteria, options=options)
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    if appraisal.bundled:
        bundled_notice(appraisal.criteria_path.parent)
    for warning in unaccepted(appraisal.warnings, appraisal):
        click.echo(str(warning), err=True)
    return appraisal


def unaccepted(warnings: tuple[Problem, ...], appraisal: Appraisal) -> list[Problem]:
    """The warnings that criteria.yaml's 'accepted:' does not accept (validate shows both kinds)."""
    if not appraisal.accepted or not warnings:
        return list(warnings)
    from adm_appraise.files.acceptance import mark

    return [w for w in mark(warnings, appraisal) if w.accepted is None]


def bundled_notice(folder: Path) -> None:
    click.echo(f"adm-appraise: no criteria.yaml here or in any parent; appraising the bundled example ({folder})",
               err=True)


def score_appraisal(appraisal: Appraisal, scenario: str | None, weights: tuple[tuple[str, float], ...]) -> Any:
    from adm_appraise.analysis.method import UnknownName, appraise

    try:
        result = appraise(appraisal, scenario, dict(weights))
    except UnknownName as exc:
        hint = "--scenario" if scenario and str(exc).startswith("no scenario") else "--weight"
        raise click.BadParameter(str(exc), param_hint=f"'{hint}'") from None
    for warning in unaccepted(result.warnings, appraisal):
        click.echo(str(warning), err=True)
    return result


@contextlib.contextmanager
def numeric_guard(appraisal: Appraisal) -> Iterator[None]:
    """Run the analysis so that no numpy RuntimeWarning reaches the user and no undefined number
    reaches an output: a warning (overflow, division by zero, an invalid value) is an error, E304.

    Numbers in the files are capped (E105) so that this should never happen; if it does, the run
    fails loudly instead of printing NaN or a silently wrong total.
    """
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RuntimeWarning)
        yield
    numeric = [w for w in caught if issubclass(w.category, RuntimeWarning)]
    for w in caught:
        if w not in numeric:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if numeric:
        where = Location(str(appraisal.criteria_path))
        message = f"a computation failed ({numeric[0].message}): are some numbers extremely large or small?"
        raise Failed([Problem(where, "E304", message)])


class Group(click.Group):
    """The command group; remembers the arguments it was called with (for the audit trail)."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        argv = list(args)
        ctx = super().make_context(info_name, args, parent, **extra)
        ctx.meta["adm_appraise.argv"] = argv
        return ctx


PATH_OPTIONS = ("-o", "--output", "--template-dir", "--criteria", "--options")


def command_line(base: Path) -> str:
    """The command as called, shell-quoted, for a report's audit trail, with DIR and every path
    option relative to the appraisal folder ``base`` (as the audit's file paths are): no local
    path leaks into the report, and two spellings of the same folder give the same bytes."""
    import os
    import shlex

    ctx = click.get_current_context()
    argv = list(ctx.meta.get("adm_appraise.argv", []))
    directory = ctx.params.get("directory")

    def relative(path: str) -> str:
        return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(base))).as_posix()

    out: list[str] = []
    after_option = False
    replaced_dir = False
    for i, token in enumerate(argv):
        name, eq, value = token.partition("=")
        if after_option:
            out.append(relative(token))
        elif token.startswith("--") and eq and name in PATH_OPTIONS:
            out.append(f"{name}={relative(value)}")
        elif (directory is not None and not replaced_dir and not token.startswith("-")
              and Path(token) == Path(directory) and i > 0 and not argv[i - 1].startswith("-")):
            out.append(".")
            replaced_dir = True
        else:
            out.append(token)
        after_option = token in PATH_OPTIONS
    return shlex.join(["adm-appraise", *out])


@contextlib.contextmanager
def progress_bar(samples: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for long runs, when stderr is a terminal."""
    if samples < 200_000 or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=samples, label="sampling", file=sys.stderr) as bar:
        yield bar.update


def stage_bar(command: str, stages: Sequence[str]) -> Callable[[str | None], None]:
    """A bar on stderr through a long command's stages (export, import, report), when stderr is a terminal.

    Returns ``step``: ``step(name)`` marks the start of a stage, named beside the bar, and
    ``step(None)`` ends the bar (before the command prints anything else); on an error it ends
    with the command (its click context), before the message. It is the same click bar as the
    sampling one (``progress_bar``), which shows inside a long sampling stage.
    """
    if not sys.stderr.isatty():
        return lambda name: None
    stack = contextlib.ExitStack()
    bar = stack.enter_context(click.progressbar(length=len(stages), label=command, file=sys.stderr, show_pos=True,
                                                show_eta=False, item_show_func=lambda item: item,
                                                update_min_steps=0))  # a stage's name shows as it starts
    click.get_current_context().call_on_close(stack.close)
    ended = False

    def step(name: str | None) -> None:
        nonlocal ended
        if ended:
            return
        if name is None:
            ended = True
            bar.update(len(stages) - bar.pos, "done")
            stack.close()
        else:
            bar.update(stages.index(name) - bar.pos, name)

    return step


def need_office(command: str, module: str) -> None:
    """Exit 1 with how to install the office extra when ``module`` (openpyxl) is missing."""
    import importlib.util

    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise click.ClickException(
            f"{command} needs {module}, which is not installed: pip install 'adm-appraise[office]'"
        )
