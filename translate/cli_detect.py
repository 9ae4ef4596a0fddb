"""The `quotes detect` command: one language code per input line."""
from __future__ import annotations

from typing import Iterable, Iterator

import click


def _lines(blocks: Iterable[str]) -> Iterator[str]:
    """Split streamed text into lines (without their line ends), holding one line at a time."""
    rest = ""
    for block in blocks:
        rest += block
        *lines, rest = rest.split("\n")
        for line in lines:
            yield line[:-1] if line.endswith("\r") else line
    if rest:
        yield rest[:-1] if rest.endswith("\r") else rest


@click.command("detect")
@click.argument("path", default="-", metavar="[FILE|-]")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="text: one code per line; jsonl: one {\"lang\", \"confidence\"} object per line.",
)
@click.option(
    "--all-languages",
    is_flag=True,
    help="Choose among all 55 langdetect languages instead of en, ru and uk.",
)
def detect_cmd(path: str, fmt: str, all_languages: bool) -> None:
    """Name the language of each line of FILE (or stdin): en, ru or uk.

    Prints one code per input line, in order, as lines are read. A line with
    no letter (empty, digits, punctuation) prints `und`; so does one written
    in a script none of en/ru/uk uses, unless --all-languages is given.
    Files may be UTF-8, UTF-16 (with BOM) or cp1251.

    \b
    Examples:
      quotes detect quotes.txt
      echo 'Він сказав, що' | quotes detect            # uk
      quotes detect --format jsonl quotes.txt          # {"lang": "uk", "confidence": 1.0}
      quotes detect --all-languages notes.txt          # de, fr, …

    In Python: translate.detect.detect(text) -> (code, confidence).
    """
    import json

    from quotes.read import iter_blocks

    from .detect import detect

    for line in _lines(iter_blocks(path)):
        code, confidence = detect(line, all_languages=all_languages)
        if fmt == "jsonl":
            click.echo(json.dumps({"lang": code, "confidence": round(confidence, 4)}))
        else:
            click.echo(code)
