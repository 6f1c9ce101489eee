"""adm-appraise init: start a new appraisal that validates clean on the first run."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click


class ScaleType(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    name = "MIN-MAX"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[int, int]:
        if isinstance(value, tuple):
            return value
        low, sep, high = str(value).strip().partition("-")
        try:
            scale = (int(low), int(high))
        except ValueError:
            self.fail(f"{value!r} is not MIN-MAX in whole numbers, e.g. 0-5", param, ctx)
        if not sep or scale[0] >= scale[1]:
            self.fail(f"{value!r} is not MIN-MAX with MIN below MAX, e.g. 0-5", param, ctx)
        from adm_appraise.files.yamlfile import MAX_NUMBER

        if max(abs(scale[0]), abs(scale[1])) > MAX_NUMBER:  # what validate would refuse (E105)
            self.fail(f"{value!r}: a scale's ends are at most {MAX_NUMBER:g} in size", param, ctx)
        return scale


class CriterionType(click.ParamType):  # type: ignore[type-arg]
    name = "NAME[=WEIGHT]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, float]:
        if isinstance(value, tuple):
            return value
        name, sep, weight = str(value).rpartition("=") if "=" in str(value) else (str(value), "", "1")
        try:
            number = float(weight)
        except ValueError:
            number = float("nan")
        if not name.strip() or not (0 < number < float("inf")):
            self.fail(f"{value!r} is not NAME or NAME=WEIGHT with WEIGHT a finite number > 0", param, ctx)
        from adm_appraise.files.yamlfile import MAX_NUMBER, MIN_NUMBER

        if not MIN_NUMBER <= number <= MAX_NUMBER:  # what validate would refuse (E105)
            self.fail(f"{value!r}: a weight is from {MIN_NUMBER:g} to {MAX_NUMBER:g}", param, ctx)
        return name.strip(), number


def _scale(text: str) -> tuple[int, int]:
    return ScaleType().convert(text, None, None)


def _criteria(text: str) -> tuple[tuple[str, float], ...]:
    return tuple(CriterionType().convert(item, None, None) for item in _split(text))


def at_terminal() -> bool:
    """Ask questions only when someone is there to answer them."""
    return sys.stdin.isatty()


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


@click.command()
@click.argument("directory", required=False, default=".", metavar="[DIR]",
                type=click.Path(file_okay=False, path_type=Path))
@click.option("--template", type=click.Choice(["blank", "adm"]), default="blank", show_default=True,
              help="adm: the alternative-delivery-model long list (in-house and ten models), with its long list.")
@click.option("--title", help="The appraisal's title.")
@click.option("--organisation", help="Who runs the appraisal.")
@click.option("--scale", type=ScaleType(), help="The score scale, e.g. 0-5 (default 0-5).")
@click.option("--criterion", "criteria", multiple=True, type=CriterionType(),
              help="A criterion, NAME or NAME=WEIGHT (repeatable; weights default to 1, equal).")
@click.option("--gate", "gates", multiple=True, help="A pass/fail gate applied before scoring (repeatable).")
@click.option("--option", "options", multiple=True,
              help="An option's name (repeatable); business as usual is added as the baseline.")
@click.option("--longlist/--no-longlist", default=None,
              help="Also write longlist.yaml with the five standard critical success factors "
                   "(default: with --template adm).")
def init(directory: Path, template: str, title: str | None, organisation: str | None,
         scale: tuple[int, int] | None, criteria: tuple[tuple[str, float], ...], gates: tuple[str, ...],
         options: tuple[str, ...], longlist: bool | None) -> None:
    """Start a new appraisal in DIR (default: here): criteria.yaml, options/, CI files.

    At a terminal it asks for what the flags did not give; without one, the flags (or the
    template's defaults) are all it uses. Every score is written, at the bottom of the scale
    with a TODO rationale that validate reminds you of (W705). It never overwrites a file:
    if criteria.yaml, longlist.yaml or an option file exists, nothing is written; an existing
    .pre-commit-config.yaml or workflow is kept. It writes all its files or none.
    """
    from adm_appraise.files.scaffold import CI_FILES, ScaffoldError, plan, scaffold
    from adm_appraise.render.output import create_new

    adm = template == "adm"
    if at_terminal():
        title = title or click.prompt("Title", default="Alternative delivery models" if adm else "Options appraisal")
        organisation = organisation or click.prompt("Organisation", default="", show_default=False) or None
        scale = scale or click.prompt("Score scale (MIN-MAX)", default="0-5", value_proc=_scale)
        if not criteria and not adm:
            criteria = click.prompt("Criteria, separated by commas (NAME or NAME=WEIGHT)", value_proc=_criteria)
        if not gates:
            gates = tuple(_split(click.prompt("Gates, separated by commas (blank: none)", default="",
                                              show_default=False)))
        if not options and not adm:
            options = tuple(_split(click.prompt("Options besides business as usual, separated by commas")))
        if longlist is None:
            longlist = click.confirm("Write a long list (longlist.yaml)?", default=adm)
    try:
        chosen = plan(template, title=title, organisation=organisation, scale=scale or (0, 5),
                      criteria=criteria, gates=gates, options=options, longlist=longlist)
    except ScaffoldError as exc:
        raise click.UsageError(f"{exc} (see adm-appraise init --help)") from None
    root = _repo_root(directory)
    target = os.path.relpath(directory.resolve(), root.resolve()).replace(os.sep, "/")
    files = scaffold(chosen, target)
    ci = set(CI_FILES)
    place = {name: (root if name in ci else directory) / name for name in files}
    taken = [place[n] for n in files if n not in ci and (place[n].exists() or place[n].is_symlink())]
    if taken:
        listed = ", ".join(str(p) for p in taken[:3]) + (f" and {len(taken) - 3} more" if len(taken) > 3 else "")
        raise click.ClickException(f"{listed} already exist{'s' * (len(taken) == 1)}: nothing was written "
                                   "(init never overwrites a file)")
    for name in files:  # a folder that is a link out of DIR (or the repository) would write there
        base = root if name in ci else directory
        if not place[name].parent.resolve().is_relative_to(base.resolve()):
            raise click.ClickException(f"{place[name].parent} leads outside {base} (a symbolic link): "
                                       "nothing was written")
    folders = [f for name in files for f in _new_folders(place[name].parent)]
    written: list[Path] = []
    try:
        for name, text in files.items():
            if create_new(place[name], text):
                written.append(place[name])
            elif name not in ci:  # it appeared since the check above
                raise FileExistsError(f"{place[name]} appeared while init ran")
    except OSError as exc:  # all or nothing: what this run wrote is removed
        for path in written:
            path.unlink(missing_ok=True)
        for folder in sorted(set(folders), key=lambda f: len(f.parts), reverse=True):
            try:
                folder.rmdir()
            except OSError:
                pass
        raise click.ClickException(f"cannot write: {exc}; nothing was written") from None
    for name in files:
        click.echo(f"wrote {place[name]}" if place[name] in written else f"kept {place[name]} (it exists)", err=True)
    click.echo(f"Next: fill in each TODO, then run: adm-appraise validate {directory}", err=True)


def _new_folders(folder: Path) -> list[Path]:
    """``folder`` and its ancestors that do not exist yet (writing a file there creates them)."""
    return [f for f in (folder, *folder.parents) if not f.exists() and not f.is_symlink()]


def _repo_root(folder: Path) -> Path:
    """The git repository the folder is in (CI files go to its root), else the folder itself."""
    start = folder.resolve()
    for candidate in (start, *start.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder
