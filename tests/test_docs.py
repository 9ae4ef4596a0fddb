"""Every `quotes` command and subcommand has help text and is documented in README.md or docs/."""
import glob
import os

import click
import pytest

from quotes.cli import main

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def commands(group=main, prefix="quotes"):
    """(full name, command) for every command under the click group, read from the group itself."""
    out = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        full = f"{prefix} {name}"
        out.append((full, cmd))
        if isinstance(cmd, click.Group):
            out.extend(commands(cmd, full))
    return out


def documentation():
    paths = [os.path.join(ROOT, "README.md")] + sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
    text = ""
    for path in paths:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                text += f.read()
    return text


def test_there_are_commands_to_check():
    names = [n for n, _ in commands()]
    assert {"quotes extract", "quotes score"} <= set(names)


@pytest.mark.parametrize("name, cmd", commands(), ids=[n for n, _ in commands()])
def test_command_has_help(name, cmd):
    text = (cmd.help or "").strip()
    assert text and text != "Not implemented yet.", f"{name} has no help text"
    assert cmd.get_short_help_str(), f"{name} has no short help"


@pytest.mark.parametrize("name", [n for n, _ in commands()])
def test_command_is_documented(name):
    assert name in documentation(), f"{name} is not shown in README.md or docs/*.md"
