"""The command line: one module per command, each thin (parse options, call the library, print).

``common`` holds what the commands share (options defined once, loading, the exit-1 error);
a new command is a new module here, added to ``main`` below.
"""

from __future__ import annotations

import gc
import os

import click

# The command line runs no pydantic plugins: finding them scans the entry points of every
# installed package (about 0.1 s a run in a full environment), and a plugin has no business
# changing how an appraisal is checked. An explicit setting in the environment still wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from adm_appraise import __version__  # noqa: E402
from adm_appraise.cli.benefits import benefits  # noqa: E402
from adm_appraise.cli.common import Group  # noqa: E402
from adm_appraise.cli.diff import diff  # noqa: E402
from adm_appraise.cli.equality import equality  # noqa: E402
from adm_appraise.cli.explain import explain  # noqa: E402
from adm_appraise.cli.export import export  # noqa: E402
from adm_appraise.cli.import_ import import_  # noqa: E402
from adm_appraise.cli.init import init  # noqa: E402
from adm_appraise.cli.longlist import longlist  # noqa: E402
from adm_appraise.cli.panel import panel  # noqa: E402
from adm_appraise.cli.report import report  # noqa: E402
from adm_appraise.cli.risks import risks  # noqa: E402
from adm_appraise.cli.schema import schema  # noqa: E402
from adm_appraise.cli.score import score  # noqa: E402
from adm_appraise.cli.sensitivity import sensitivity  # noqa: E402
from adm_appraise.cli.serve import serve  # noqa: E402
from adm_appraise.cli.validate import validate  # noqa: E402
from adm_appraise.cli.value import value  # noqa: E402
from adm_appraise.cli.weights import weights  # noqa: E402


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="adm-appraise")
def main() -> None:
    """Options appraisal of alternative delivery models, from plain YAML files.

    DIR is an appraisal folder holding criteria.yaml and options/*.yaml. It defaults to the
    nearest folder, from the current one upward, holding a criteria.yaml; where there is none,
    score, sensitivity and report use the bundled example, and validate fails.
    """
    # A run builds millions of small objects (a value and its place for every cell of every file, a
    # table cell for every score) and keeps them to the end: at the default thresholds the collector
    # walks the whole heap again and again and finds nothing to free (about 15% of validate's and
    # report's time at 2,000 options). Collected less often, what is freed is the same.
    gc.set_threshold(20_000, 10, 10)


for command in (init, score, validate, schema, sensitivity, report, longlist, risks, benefits, equality, diff, value,
                panel, weights, export, import_, serve, explain):
    main.add_command(command)
