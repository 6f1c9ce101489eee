"""Pages generated from the code itself before Sphinx reads the sources.

``reference/problems.md`` is written from the problem-code registry (adm_appraise.problems), so
a code cannot be added without its page; the file is not kept in git.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adm_appraise.problems import CODES

PROBLEMS_INTRO = """\
# Problem codes

Every problem adm-appraise reports has a stable code: `E` codes are errors (the files cannot be
used as they are; exit 1), `W` codes are warnings a reviewer would raise (exit 0 unless
`validate --strict`; one weighed and accepted is recorded under `accepted:` in `criteria.yaml`, see
[Check an appraisal in CI](../how-to/ci.md)). `adm-appraise explain CODE` prints a code's page in
the terminal; `adm-appraise validate --list-codes` lists them all.

"""


def problems_page() -> str:
    from adm_appraise.render.explain import markdown_page  # each code's page, as `explain CODE --format markdown`

    parts = [PROBLEMS_INTRO, "| code | name | meaning |\n|---|---|---|\n"]
    parts += [f"| [{code}](#{code.lower()}) | {name} | {summary} |\n" for code, (name, summary) in CODES.items()]
    from adm_appraise.problem_docs import DOCS

    if missing := [code for code in CODES if code not in DOCS]:
        from sphinx.errors import ExtensionError

        raise ExtensionError(f"problem codes without their page in adm_appraise/problem_docs.py: {', '.join(missing)}")
    for code in CODES:
        parts.append(f"\n({code.lower()})=\n{markdown_page(code, level=2)}")
    return "".join(parts)


def write(app: Any, config: Any) -> None:
    path = Path(app.srcdir) / "reference" / "problems.md"
    text = problems_page()
    if not path.exists() or path.read_text(encoding="utf-8") != text:  # unchanged: Sphinx need not reread it
        path.write_text(text, encoding="utf-8")


def plain_help(app: Any, ctx: Any, lines: list[str]) -> None:
    """Help text is plain text, not reStructuredText: a glob such as options/*.yaml stays as written."""
    lines[:] = [line.replace("*", "\\*") for line in lines]


def setup(app: Any) -> dict[str, Any]:
    app.connect("config-inited", write)
    app.connect("sphinx-click-process-description", plain_help)
    app.connect("sphinx-click-process-options", plain_help)
    app.connect("sphinx-click-process-arguments", plain_help)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
