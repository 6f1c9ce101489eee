"""adm-appraise init: start a new appraisal that validates clean on the first run."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
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


class MeasureType(click.ParamType):  # type: ignore[type-arg]
    name = "NAME:UNIT:DIRECTION[:WORST:BEST][=WEIGHT]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from adm_appraise.files.scaffold import Measure

        if isinstance(value, Measure):
            return value
        text = str(value)
        head, weight = text, 1.0
        if "=" in text:
            head, _, tail = text.rpartition("=")
            weight = CriterionType().convert(f"x={tail}", param, ctx)[1]
        parts = [part.strip() for part in head.split(":")]
        if len(parts) not in (3, 5) or not parts[0] or not parts[1] or parts[2] not in ("lower", "higher"):
            self.fail(f"{value!r} is not NAME:UNIT:lower or NAME:UNIT:higher (which is better), with "
                      "optional :WORST:BEST and =WEIGHT, e.g. 'Annual cost:£k:lower'", param, ctx)
        ends: list[float | None] = [None, None]
        if len(parts) == 5:
            try:
                ends = [float(parts[3]), float(parts[4])]
            except ValueError:
                self.fail(f"{value!r}: WORST and BEST must be numbers", param, ctx)
            if ends[0] == ends[1] or (ends[0] < ends[1]) != (parts[2] == "higher"):  # type: ignore[operator]
                self.fail(f"{value!r}: with {parts[2]} better, BEST must be {parts[2]} than WORST", param, ctx)
        return Measure(parts[0], parts[1], parts[2], ends[0], ends[1], weight)


def _measures(text: str) -> tuple[Any, ...]:
    return tuple(MeasureType().convert(item, None, None) for item in _split(text))


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
@click.option("--measure", "measures", multiple=True, type=MeasureType(),
              help="A criterion measured in a natural unit, e.g. 'Annual cost:£k:lower' (lower or higher "
                   "is better), with optional :WORST:BEST (its range) and =WEIGHT (repeatable).")
@click.option("--swing/--no-swing", default=None,
              help="Derive the weights from a swing-weighting record (weighting: method: swing) instead "
                   "of stating them: each criterion's swing, the largest 100, from its weight.")
@click.option("--gate", "gates", multiple=True, help="A pass/fail gate applied before scoring (repeatable).")
@click.option("--option", "options", multiple=True,
              help="An option's name (repeatable); business as usual is added as the baseline.")
@click.option("--longlist/--no-longlist", default=None,
              help="Also write longlist.yaml with the five standard critical success factors "
                   "(default: with --template adm).")
@click.option("--install", "install_spec", metavar="SPEC",
              help="What the workflow installs with pip (default: this adm-appraise, as it was installed: "
                   "its git URL and commit, its version from an index, or a wheel in tools/).")
def init(directory: Path, template: str, title: str | None, organisation: str | None,
         scale: tuple[int, int] | None, criteria: tuple[tuple[str, float], ...], gates: tuple[str, ...],
         options: tuple[str, ...], longlist: bool | None, install_spec: str | None,
         measures: tuple[Any, ...], swing: bool | None) -> None:
    """Start a new appraisal in DIR (default: here): criteria.yaml, options/, CI files.

    At a terminal it asks for what the flags did not give; without one, the flags (or the
    template's defaults) are all it uses. Every score is written, at the bottom of the scale
    with a TODO rationale that validate reminds you of (W705). It never overwrites a file:
    if criteria.yaml, longlist.yaml or an option file exists, nothing is written; an existing
    .pre-commit-config.yaml or workflow is kept. It writes all its files or none. Ids are
    made from the names: their words less stop words (the, of, with...), as many whole words
    as fit in 20 characters ('Joint venture with another public or private body':
    joint_venture_public; a hyphenated word is one: 'In-house': in_house), _2, _3... for a
    repeat.

    The workflow installs the adm-appraise that runs init: from its git URL at the commit pip
    recorded, from a checkout's remote at HEAD, by version from a package index, or else from
    a wheel that init puts in tools/ at the repository's root (commit it); --install overrides.
    """
    import tempfile

    from adm_appraise.files.install import Install, build_wheel, installed
    from adm_appraise.files.scaffold import CI_FILES, ScaffoldError, plan, scaffold
    from adm_appraise.render.output import create_new

    adm = template == "adm"
    if at_terminal():
        title = title or click.prompt("Title", default="Alternative delivery models" if adm else "Options appraisal")
        organisation = organisation or click.prompt("Organisation", default="", show_default=False) or None
        scale = scale or click.prompt("Score scale (MIN-MAX)", default="0-5", value_proc=_scale)
        asked = not criteria and not measures and not adm  # the criteria, measures and weighting together
        if asked:
            criteria = click.prompt("Criteria scored on the scale, separated by commas (NAME or NAME=WEIGHT)",
                                    value_proc=_criteria)
            measures = click.prompt("Criteria measured in a unit, separated by commas "
                                    "(NAME:UNIT:lower or NAME:UNIT:higher; blank: none)",
                                    default="", show_default=False, value_proc=_measures)
        if asked and swing is None:
            swing = click.confirm("Weigh the criteria by swing weighting?", default=False)
        if asked and swing:  # asked for here, or --swing given: the swings of the criteria just named
            click.echo("Swing of each criterion's worst-to-best range: 100 for the one that matters most, "
                       "the others judged against it.")
            swings = {name: click.prompt(f"Swing for {name}", default=100, type=click.FloatRange(0, 100,
                                         min_open=True)) for name in [n for n, _ in criteria]}
            criteria = tuple((n, swings[n]) for n, _ in criteria)
            measures = tuple(replace(m, weight=click.prompt(f"Swing for {m.name}", default=100,
                                     type=click.FloatRange(0, 100, min_open=True))) for m in measures)
        if not gates:
            gates = tuple(_split(click.prompt("Gates, separated by commas (blank: none)", default="",
                                              show_default=False)))
        if not options and not adm:
            options = tuple(_split(click.prompt("Options besides business as usual, separated by commas")))
        if longlist is None:
            longlist = click.confirm("Write a long list (longlist.yaml)?", default=adm)
    try:
        chosen = plan(template, title=title, organisation=organisation, scale=scale or (0, 5),
                      criteria=criteria, gates=gates, options=options, longlist=longlist,
                      measures=measures, swing=bool(swing))
    except ScaffoldError as exc:
        raise click.UsageError(f"{exc} (see adm-appraise init --help)") from None
    with tempfile.TemporaryDirectory(prefix="adm-appraise-wheel-") as building:
        root = _repo_root(directory)
        target = os.path.relpath(directory.resolve(), root.resolve()).replace(os.sep, "/")
        install = Install(install_spec, note="given with --install") if install_spec else installed()
        ci = set(CI_FILES)
        wheel: Path | None = None
        if not install.spec and not (root / CI_FILES[1]).exists():
            try:
                wheel = build_wheel(str(install.source), Path(building))
            except OSError as exc:
                raise click.ClickException(f"cannot build the wheel for the workflow: {exc}; nothing was written "
                                           "(give --install SPEC instead)") from None
            install = Install(f"tools/{wheel.name}", note=install.note)
        files = scaffold(chosen, target, install.spec or "adm-appraise")
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
            if wheel is not None and place[CI_FILES[1]] in written:
                tools = root / "tools" / wheel.name
                folders += _new_folders(tools.parent)
                tools.parent.mkdir(parents=True, exist_ok=True)
                if not tools.exists():
                    with open(tools, "xb") as handle:
                        written.append(tools)
                        handle.write(wheel.read_bytes())
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
            shown = _shown(place[name])
            click.echo(f"wrote {shown}" if place[name] in written else f"kept {shown} (it exists)", err=True)
        if place[CI_FILES[1]] in written:
            if wheel is not None:
                click.echo(f"wrote {_shown(root / 'tools' / wheel.name)} ({install.note}): commit it, "
                           "the workflow installs it", err=True)
            else:
                click.echo(f"the workflow installs {install.spec} ({install.note})", err=True)
        click.echo(f"Next: fill in each TODO, then run: adm-appraise validate {directory}", err=True)


def _new_folders(folder: Path) -> list[Path]:
    """``folder`` and its ancestors that do not exist yet (writing a file there creates them)."""
    return [f for f in (folder, *folder.parents) if not f.exists() and not f.is_symlink()]


def _shown(path: Path) -> Path:
    """``path`` as the user would write it: relative to the current folder when it is below it."""
    if not path.is_absolute():
        return path
    try:
        return path.relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _repo_root(folder: Path) -> Path:
    """The git repository the folder is in (CI files go to its root), else the folder itself."""
    start = folder.resolve()
    for candidate in (start, *start.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder
