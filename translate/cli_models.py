"""The `quotes models` commands (placeholder until its issue lands)."""
from __future__ import annotations

import click


@click.group("models")
def models_group() -> None:
    """Not implemented yet."""
