"""The `quotes score` command (placeholder until its issue lands)."""
from __future__ import annotations

import click


@click.command("score")
def score_cmd() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
