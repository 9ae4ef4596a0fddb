"""The `quotes translate` command (placeholder until its issue lands)."""
from __future__ import annotations

import click


@click.command("translate")
def translate_cmd() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
