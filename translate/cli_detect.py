"""The `quotes detect` command (placeholder until its issue lands)."""
from __future__ import annotations

import click


@click.command("detect")
def detect_cmd() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
