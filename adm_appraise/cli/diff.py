"""adm-appraise diff: what changed between two versions of an appraisal, and why the ranking moved."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import click

from adm_appraise.cli.common import Failed, format_option, ids_option, terminal_width, weight_args, write_step_summary
from adm_appraise.problems import AppraisalError


@click.command()
@click.argument("old")
@click.argument("new", required=False)
@click.option("-C", "--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              help="The appraisal folder whose revisions are compared (default: the nearest folder, from "
                   "here upward, holding a criteria.yaml).")
@weight_args
@format_option("text", "markdown", "json", "github")
@ids_option
def diff(old: str, new: str | None, directory: Path | None, scenario: str | None,
         weights: tuple[tuple[str, float], ...], fmt: str, ids: bool) -> None:
    """Compare two versions of an appraisal: the edits, the ranking before and after, and why.

    OLD and NEW are appraisal folders or git revisions of the appraisal in --dir (HEAD~1,
    main, v1.0, a commit); NEW defaults to the working tree. Both sides are scored alike
    (--scenario, --weight). Each option's score change is split exactly into parts, one per
    edited weight, own score and value scale. Options, criteria and gates are named (--ids:
    by id). With --format github, notices annotate the changed lines and the Markdown summary
    goes to $GITHUB_STEP_SUMMARY.
    """
    from adm_appraise.analysis.diff import compare
    from adm_appraise.files.loader import find_appraisal
    from adm_appraise.files.revision import open_side
    from adm_appraise.files.yamlfile import shared_reading
    from adm_appraise.render.diff import markdown, render_diff

    directory = directory or find_appraisal() or Path(".")
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(shared_reading())  # the files both sides share are parsed once
            before = stack.enter_context(open_side(old, directory))
            after = stack.enter_context(open_side(new, directory))
            found = compare(before.appraisal, after.appraisal, old_label=before.label,
                            new_label=after.label if new is not None else "working tree",
                            locate_old=before.locate, locate_new=after.locate,
                            scenario=scenario, overrides=dict(weights))
    except AppraisalError as exc:
        raise Failed(exc.problems) from None
    workspace = os.environ.get("GITHUB_WORKSPACE") or None
    click.echo(render_diff(found, fmt, workspace=workspace, files=after.revision is None, ids=ids,
                           width=terminal_width()), nl=False)
    if fmt == "github":
        write_step_summary(markdown(found))
