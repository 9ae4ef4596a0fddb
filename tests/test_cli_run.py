"""The console script `quotes.cli:run`: the same output and exit codes as `main`, every byte flushed."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "belgorod-evacuation-2024-01-06.txt"


def script(*args: str) -> subprocess.CompletedProcess:
    code = "import sys; from quotes.cli import run; sys.argv = ['quotes'] + sys.argv[1:]; run()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)


def test_same_output_as_main():
    done = script("extract", str(SEED), "--format", "jsonl")
    expected = CliRunner().invoke(main, ["extract", str(SEED), "--format", "jsonl", "-j", "0"], catch_exceptions=False)
    assert done.returncode == 0
    assert done.stdout == expected.output and done.stdout.count("\n") == 10


def test_output_beyond_a_pipe_buffer_is_all_written(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text(SEED.read_text(encoding="utf-8") * 40, encoding="utf-8")
    done = script("extract", str(path), "--format", "jsonl", "-j", "1")
    assert done.returncode == 0
    assert len(done.stdout.encode()) > 2 * 65536 and done.stdout.count("\n") == 400


def test_error_exit_code_and_line():
    done = script("extract", "/no/such/file.txt")
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "Error: /no/such/file.txt: no such file\n")


def test_usage_error_exits_2():
    done = script("extract", "--format", "xml", str(SEED))
    assert done.returncode == 2 and "Invalid value for '--format'" in done.stderr
