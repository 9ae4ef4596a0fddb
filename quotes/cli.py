"""The ``quotes`` command line: a thin twin of the library.

Only click and ``quotes.errors`` are imported at the top so that ``--help``
stays fast; each command imports what it uses.
"""
from __future__ import annotations

import sys
from typing import Any

import click

from .errors import QuotesError


class _Group(click.Group):
    """Turns toolkit errors into one ``Error: …`` line and the error's exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuotesError as err:
            click.echo(f"Error: {err}", err=True)
            ctx.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("Error: interrupted; output written so far is complete up to the last document", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotes-toolkit", prog_name="quotes")
def main() -> None:
    """Find attributed quotes in en/ru/uk news, name their speakers, translate them offline.

    \b
    Start here:
      quotes extract seeds/belgorod-evacuation-2024-01-06.txt
      quotes extract article.txt --format json
      quotes models install en ru      # once, when online
      quotes extract article.txt --translate-to ru,uk
      quotes translate --to uk notes.txt
    """


def _register() -> None:
    """Attach the command modules; each keeps its imports inside its commands."""
    from translate.cli_detect import detect_cmd
    from translate.cli_models import models_group
    from translate.cli_translate import translate_cmd

    from .cli_extract import extract_cmd
    from .cli_score import score_cmd

    for command in (extract_cmd, score_cmd, translate_cmd, detect_cmd, models_group):
        main.add_command(command)


_register()
