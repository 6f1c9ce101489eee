"""adm-appraise schema: the JSON Schema of each file, or its reference as a Markdown table."""

from __future__ import annotations

import click


@click.command()
@click.argument("kind", type=click.Choice(["criteria", "option", "panel", "longlist", "risks", "benefits", "equality",
                                           "paper"]))
@click.option("--format", "fmt", type=click.Choice(["json", "markdown"]), default="json", show_default=True,
              help="The JSON Schema, or the file reference (every key with its description) as Markdown.")
def schema(kind: str, fmt: str) -> None:
    """Print the JSON Schema (draft 2020-12) of criteria.yaml, an option file, a panel file, longlist.yaml,
    risks.yaml, benefits.yaml, equality.yaml or paper.yaml."""
    import json

    from adm_appraise.files.schema import json_schema, reference

    if fmt == "markdown":
        click.echo(reference(kind), nl=False)
    else:
        click.echo(json.dumps(json_schema(kind), indent=2, ensure_ascii=False))
