"""adm-appraise schema: the JSON Schema of each file."""

from __future__ import annotations

import click


@click.command()
@click.argument("kind", type=click.Choice(["criteria", "option", "longlist"]))
def schema(kind: str) -> None:
    """Print the JSON Schema (draft 2020-12) of criteria.yaml, an option file or longlist.yaml."""
    import json

    from adm_appraise.files.schema import json_schema

    click.echo(json.dumps(json_schema(kind), indent=2, ensure_ascii=False))
