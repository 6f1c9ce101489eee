"""adm-appraise explain: a problem code's page in the terminal (as 'ruff rule' prints a rule's)."""

from __future__ import annotations

import click

from adm_appraise.cli.common import format_option


@click.command()
@click.argument("code", required=False)
@format_option("text", "markdown", "json")
@click.option("--all", "every", is_flag=True, help="Every code's page, in the order of validate --list-codes.")
def explain(code: str | None, fmt: str, every: bool) -> None:
    """Explain a problem code: why it matters, an example that causes it, and the fix.

    CODE is a code (E203, any case) or its name (off-scale). The example is a small change to
    a small appraisal, with the command that reports it and what that command prints (the
    tests run every example). For a warning, the page shows how to accept it in criteria.yaml.
    """
    import json

    from adm_appraise.problem_docs import lookup, nearest
    from adm_appraise.render.explain import json_page, markdown_page, page, pages, text_page

    if every == (code is not None):
        raise click.UsageError("give a CODE, or --all (not both)")
    if every:
        if fmt == "json":
            from adm_appraise.problems import CODES

            click.echo(json.dumps([page(c) for c in CODES], indent=2, ensure_ascii=False))
        else:
            click.echo(("\n" if fmt == "markdown" else "\n" + "-" * 88 + "\n\n").join(pages(fmt).values()), nl=False)
        return
    assert code is not None
    found = lookup(code)
    if found is None:
        from adm_appraise.problems import CODES, printable

        close = ", ".join(f"{c} ({CODES[c][0]})" for c in nearest(code))
        hint = f"; did you mean {close}?" if close else ""
        raise click.ClickException(f"no problem code or name '{printable(code)}'{hint} "
                                   "(adm-appraise validate --list-codes lists them all)")
    render = {"text": text_page, "markdown": markdown_page, "json": json_page}[fmt]
    click.echo(render(found), nl=False)
