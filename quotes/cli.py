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


def run() -> None:
    """The ``quotes`` console script: :func:`main`, then an immediate exit.

    Tearing the interpreter down frees every object one by one, some 20 ms after
    an English run, for memory the system takes back anyway. The exit is
    immediate only when the output is flushed and nothing else would run at exit
    (no atexit callback, no other thread); otherwise it is the ordinary one.
    """
    try:
        main()
    except SystemExit as done:
        if not (done.code is None or isinstance(done.code, int)) or not _nothing_runs_at_exit():
            raise
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except (OSError, ValueError):
            raise done from None  # a closed or broken stream: the ordinary exit reports it as before
        os._exit(done.code or 0)


def _nothing_runs_at_exit() -> bool:
    """No atexit callback is registered and no thread but this one is alive."""
    import atexit

    count = getattr(atexit, "_ncallbacks", None)  # CPython's; elsewhere, take the ordinary exit
    threading = sys.modules.get("threading")
    return count is not None and count() == 0 and (threading is None or threading.active_count() == 1)
