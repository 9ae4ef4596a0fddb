"""Every console example in docs/extract.md and docs/score.md prints exactly what the page shows.

Blocks run in order in docs/examples (a command writing a file feeds the next
one); files a block creates are removed afterwards.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
PAGES = [ROOT / "docs" / "extract.md", ROOT / "docs" / "score.md"]
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def blocks():
    for page in PAGES + [ROOT / "README.md"]:
        for n, block in enumerate(BLOCK.findall(page.read_text(encoding="utf-8"))):
            if "\n…\n" in block or "quotes models" in block or "quotes translate" in block or "../shared" in block:
                continue  # elided output, or commands that need models or data outside the project
            steps = []
            for line in block.splitlines():
                if line.startswith("$ "):
                    steps.append([line[2:], []])
                elif steps:
                    steps[-1][1].append(line)
            if steps and all(cmd.startswith("quotes ") for cmd, _ in steps):
                yield pytest.param(steps, page, id=f"{page.name}#{n}:{steps[0][0][:40]}")


@pytest.mark.parametrize("steps,page", list(blocks()))
def test_block_output(steps, page):
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
               COLUMNS="80", ARGOS_PACKAGES_DIR=str(ROOT / "tests" / ".no-models"))
    before = set(os.listdir(EXAMPLES))
    try:
        for cmd, expected in steps:
            cwd = ROOT if page.name == "README.md" else EXAMPLES
            out = subprocess.run(["bash", "-c", "{ " + cmd + "; } 2>&1"], cwd=cwd, env=env,
                                 capture_output=True, text=True).stdout
            assert out.rstrip("\n") == "\n".join(expected).rstrip("\n"), cmd
    finally:
        for name in set(os.listdir(EXAMPLES)) - before:
            os.remove(EXAMPLES / name)


def refresh() -> None:
    """Rewrite the pages' example outputs from real runs: `python tests/test_doc_examples.py`."""
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
               COLUMNS="80", ARGOS_PACKAGES_DIR=str(ROOT / "tests" / ".no-models"))
    for page in PAGES:
        def run_block(m: "re.Match") -> str:
            lines, out = m.group(1).splitlines(), []
            before = set(os.listdir(EXAMPLES))
            try:
                for line in lines:
                    if line.startswith("$ "):
                        out.append(line)
                        if line[2:].startswith("quotes "):
                            res = subprocess.run(["bash", "-c", "{ " + line[2:] + "; } 2>&1"], cwd=EXAMPLES, env=env,
                                                 capture_output=True, text=True).stdout.rstrip("\n")
                            out.extend(res.splitlines())
                    elif not any(x.startswith("$ quotes ") for x in lines):
                        out.append(line)
            finally:
                for name in set(os.listdir(EXAMPLES)) - before:
                    os.remove(EXAMPLES / name)
            return "```console\n" + "\n".join(out) + "\n```"
        page.write_text(BLOCK.sub(run_block, page.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    refresh()
