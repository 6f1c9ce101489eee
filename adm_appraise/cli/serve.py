"""adm-appraise serve: the live workshop (a decision conference) over an appraisal's files."""

from __future__ import annotations

import re
import socket
import sys
from pathlib import Path

import click

from adm_appraise.cli.common import load, say

ASSESSOR = re.compile(r"^[a-z][a-z0-9_]*$")


def _assessor(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in value:
        aid, _, name = item.partition("=")
        if not ASSESSOR.match(aid) or len(aid) > 64:
            raise click.BadParameter(f"{item!r} is not ID or ID=NAME with ID like 'finance' (a-z, 0-9, _)")
        found[aid] = name.strip() or aid
    return found


@click.command()
@click.argument("directory", required=False, metavar="[DIR]", type=click.Path(file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. The default serves this computer only; another address opens the "
                   "workshop to the network (the tokens are then all that guards it: see 'Running a workshop' "
                   "in the documentation).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="The port (0: any free one).")
@click.option("--panel", is_flag=True,
              help="Serve the assessors' forms too: one link each (a token of its own) for every assessor in "
                   "panel/ and every --assessor; what they save goes to panel/<assessor>.yaml.")
@click.option("--assessor", "assessors", multiple=True, callback=_assessor, metavar="ID[=NAME]",
              help="With --panel: an assessor who has no panel file yet (repeatable).")
@click.option("--no-commit", is_flag=True, help="Write the changes but do not commit them (in git).")
@click.option("--samples", type=click.IntRange(100, 100_000), default=1_000, show_default=True,
              help="Monte Carlo samples of the live rank acceptability (the report's too).")
def serve(directory: Path | None, host: str, port: int, panel: bool, assessors: dict[str, str],
          no_commit: bool, samples: int) -> None:
    """Run a live workshop over the appraisal in DIR, in the browser.

    The facilitator's page shows the report, re-rendered whenever a file changes, and lets
    the facilitator change a weight, a swing, a score, its rationale or moderation note,
    see the ranking and switching values move, and Record the change with a reason: it is
    validated as 'validate' would, written into the YAML (comments and layout kept) and,
    where DIR is in git, committed with the reason as the message. With --panel each
    assessor gets a form of their own. Links are printed once; the tokens in them are the
    only key (stop with Ctrl+C).
    """
    try:
        import uvicorn

        from adm_appraise.serve.app import Access, create_app, local_hosts, token
    except ImportError as exc:
        raise click.ClickException(f"serve needs {exc.name}, which is not installed: "
                                   "pip install 'adm-appraise[serve]'") from None
    from adm_appraise.serve.workshop import Workshop

    appraisal = load(directory, None, None)
    if appraisal.bundled:
        raise click.UsageError("serve changes files: give the folder of an appraisal of your own, not the "
                               "bundled example")
    if assessors and not panel:
        raise click.BadParameter("needs --panel", param_hint="'--assessor'")
    if panel and appraisal.panel is None and not assessors:
        raise click.BadParameter("this appraisal has no panel/ folder: name the assessors with --assessor ID",
                                 param_hint="'--panel'")
    folder = appraisal.criteria_path.parent
    workshop = Workshop(folder, samples=samples, commit=not no_commit, new_assessors=assessors)
    sock = _bind(host, port)
    bound = sock.getsockname()[1]
    access = Access(assessors={token(): aid for aid in workshop.assessors()} if panel else {},
                    hosts=local_hosts(host, bound))
    config = uvicorn.Config(create_app(workshop, access), access_log=False, log_level="info",
                            timeout_graceful_shutdown=3, server_header=False)
    shown = f"[{host}]" if ":" in host else host
    base = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{bound}"
    say(f"adm-appraise: serving {folder.resolve()} at {base}/ (Ctrl+C stops)")
    say(f"  facilitator: {base}/#{access.facilitator}")
    names = workshop.assessors()
    for secret, aid in access.assessors.items():
        say(f"  assessor {aid} ({names.get(aid, aid)}): {base}/assess#{secret}")
    say("  each Record is committed in git with its reason" if workshop.git else
        "  each Record is written to the files (not committed)")
    sys.stdout.flush()  # the links are out before the server's own log (a pipe would hold them back)
    _log_saves()
    uvicorn.Server(config).run(sockets=[sock])


def _log_saves() -> None:
    """Each save (who, which files, the commit) and each refusal, one line on stderr: never a token or a reason."""
    import logging

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s: %(message)s", "%H:%M:%S"))
    logger = logging.getLogger("adm_appraise.serve")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before the links are printed (so port 0 shows the port chosen)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock
