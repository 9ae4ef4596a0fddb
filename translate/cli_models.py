"""The ``quotes models`` commands: list, install (from the Argos index or a file) and remove models."""
from __future__ import annotations

import json
import sys
from typing import Any, Dict, List, Optional

import click


@click.group("models")
def models_group() -> None:
    """Install, list and remove offline translation models (Argos packages).

    \b
    Models live where Argos's own tools keep them ($ARGOS_PACKAGES_DIR, else
    ~/.local/share/argos-translate/packages), so argospm sees ours and we see its.
    \b
      quotes models install en ru                  # from the Argos index (online)
      quotes models install ru uk                  # both legs of the pivot: ru→en, en→uk
      quotes models install --file translate-en_ru-1_9.argosmodel   # air-gapped
      quotes models list
      quotes models remove en ru
    """


@models_group.command("list", short_help="List installed models, or those the Argos index offers.")
@click.option("--available", is_flag=True, help="List what the Argos index offers for en, ru, uk (needs the network).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format; json is for tools.")
def list_cmd(available: bool, fmt: str) -> None:
    """List installed models, or with --available the ones the Argos index offers."""
    from .packages import LANGS, installed, packages_dir

    have = installed()
    if available:
        from .models import available as offered

        versions = {}
        for package in have:
            versions.setdefault((package.from_code, package.to_code), package.version)
        rows: List[Dict[str, Any]] = [
            {"from": o.from_code, "to": o.to_code, "version": o.version,
             "installed": versions.get((o.from_code, o.to_code)), "name": o.name, "links": list(o.links)}
            for o in offered() if o.from_code in LANGS and o.to_code in LANGS
        ]
        columns = [("from→to", lambda r: f"{r['from']}→{r['to']}"), ("version", lambda r: r["version"]),
                   ("installed", lambda r: r["installed"] or "-")]
    else:
        rows = [{"from": p.from_code, "to": p.to_code, "version": p.version, "path": str(p.path)} for p in have]
        columns = [("from→to", lambda r: f"{r['from']}→{r['to']}"), ("version", lambda r: r["version"]),
                   ("path", lambda r: r["path"])]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        where = "the Argos index offers no en/ru/uk models" if available else f"no models installed in {packages_dir()}"
        click.echo(f"{where}; install one: quotes models install en ru", err=True)
        return
    table = [[name for name, _ in columns]] + [[cell(row) or "-" for _, cell in columns] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns) - 1)]
    for line in table:
        click.echo("  ".join([cell.ljust(width) for cell, width in zip(line, widths)] + [line[-1]]))


@models_group.command("install", short_help="Install a model from the Argos index or a file.")
@click.argument("source", metavar="FROM", required=False)
@click.argument("target", metavar="TO", required=False)
@click.option("--file", "path", metavar="PATH.argosmodel", help="Install this package file instead (no network).")
def install_cmd(source: Optional[str], target: Optional[str], path: Optional[str]) -> None:
    """Install the FROM→TO model from the Argos index, or a package file with --file.

    FROM TO with no direct package (ru uk, uk ru) installs both legs through
    English. Every archive is checked before anything is written.

    \b
    Examples:
      quotes models install en ru                      # online, with progress
      quotes models install ru uk                      # ru→en and en→uk
      quotes models install --file translate-en_uk.argosmodel   # offline
    """
    from . import models

    if path and (source or target):
        raise click.UsageError("give either FROM TO or --file PATH.argosmodel, not both")
    if path:
        _report(models.install_file(path))
        return
    if not (source and target):
        raise click.UsageError("give FROM and TO (e.g. quotes models install en ru) or --file PATH.argosmodel")
    for result in models.install(source, target, progress=_Progress()):
        _report(result)


@models_group.command("remove", short_help="Remove an installed model.")
@click.argument("source", metavar="FROM")
@click.argument("target", metavar="TO")
def remove_cmd(source: str, target: str) -> None:
    """Remove the installed FROM→TO model (every version of it)."""
    from .models import remove

    for package in remove(source, target):
        click.echo(f"removed {package.name} {package.version}: {package.path}")


def _report(result: Any) -> None:
    package = result.package
    if result.already:
        click.echo(f"{package.name} {package.version} is already installed: {package.path}")
        return
    click.echo(f"installed {package.name} {package.version}: {package.path}")
    for old in result.replaced:
        if old.version != package.version or old.path != package.path:
            click.echo(f"replaced {old.name} {old.version}: {old.path}")


class _Progress:
    """Download progress on stderr: a live percentage on a terminal, quarter marks otherwise."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()
        self.shown = -1

    def __call__(self, name: str, done: int, total: Optional[int]) -> None:
        from .archive import human

        if done == 0:
            size = f" ({human(total)})" if total else ""
            click.echo(f"downloading {name}.argosmodel{size}:", nl=False, err=True)
            self.shown = 0
            if not total:
                click.echo("", err=True)
            return
        if not total:
            return
        percent = min(100, done * 100 // total)
        if self.live:
            if percent != self.shown:
                click.echo(f"\rdownloading {name}.argosmodel ({human(total)}): {percent:3d}%", nl=False, err=True)
        else:
            for mark in (25, 50, 75, 100):
                if self.shown < mark <= percent:
                    click.echo(f" {mark}%", nl=False, err=True)
        self.shown = percent
        if done >= total:
            click.echo("", err=True)
