"""`quotes --help` must stay fast: the CLI imports no heavy module at start-up."""
from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("ctranslate2", "sentencepiece", "langdetect", "argostranslate", "pymorphy3", "numpy")


def test_cli_import_is_light():
    code = "import sys, quotes.cli; print(' '.join(m for m in %r if m in sys.modules))" % (HEAVY,)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("args", [[], ["extract"], ["score"], ["translate"], ["detect"], ["models"], ["models", "install"]])
def test_help_loads_nothing_heavy(args):
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom quotes.cli import main\n"
        f"r = CliRunner().invoke(main, {args!r} + ['--help'])\nassert r.exit_code == 0, r.output\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
