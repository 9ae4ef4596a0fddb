"""The ``quotes`` command line: a thin twin of the library.

Only click and ``quotes.errors`` are imported at the top so that ``--help``
stays fast; each command imports what it uses.
"""
from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from .errors import QuotesError


# Command name -> (module, attribute); a command's module is imported only when it runs or is listed.
COMMANDS = {
    "extract": ("quotes.cli_extract", "extract_cmd"),
    "score": ("quotes.cli_score", "score_cmd"),
    "translate": ("translate.cli_translate", "translate_cmd"),
    "detect": ("translate.cli_detect", "detect_cmd"),
    "models": ("translate.cli_models", "models_group"),
}


class _Group(click.Group):
    """Loads commands on demand and turns toolkit errors into one ``Error: …`` line and exit code."""

    def list_commands(self, ctx: click.Context) -> list:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> Any:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

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
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as err:  # a bug: one line, not a traceback, unless QUOTES_DEBUG is set
            if os.environ.get("QUOTES_DEBUG"):
                raise
            click.echo(f"Error: internal error ({type(err).__name__}: {err}); rerun with QUOTES_DEBUG=1 "
                       "for the traceback and report it with the input", err=True)
            ctx.exit(70)


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

