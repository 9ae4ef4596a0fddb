"""The `quotes extract` command (placeholder until its issue lands)."""
from __future__ import annotations

import click


@click.command("extract")
def extract_cmd() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
