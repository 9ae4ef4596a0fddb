"""The ``quotes translate`` command: text in, translated text out block by block, paragraphs kept.

In Python: ``translate.translate([text], "en", "ru")``, or block by block with
:mod:`translate.stream`.
"""
from __future__ import annotations

import contextlib
import re
from typing import Any, Iterable, Iterator, Optional

import click

LANGS = ("en", "ru", "uk")


@click.command("translate")
@click.option("--from", "source", type=click.Choice(("auto",) + LANGS), default="auto", show_default=True,
              help="Language of the input; auto detects it from the first block (about 200 sentences).")
@click.option("--to", "target", type=click.Choice(LANGS), required=True, help="Language to translate into.")
@click.option("--beam-size", type=click.IntRange(min=1), default=2, show_default=True,
              help="Beam width; 1 is greedy and fastest.")
@click.option("--threads", type=click.IntRange(min=0), default=0, show_default=True,
              help="CPU threads per batch (0: CTranslate2 picks).")
@click.option("--device", type=click.Choice(("cpu", "cuda", "auto")), default="cpu", show_default=True,
              help="Run the model on the CPU (int8) or an NVIDIA GPU.")
@click.argument("path", metavar="[FILE|-]", default="-", required=False)
def translate_cmd(source: str, target: str, beam_size: int, threads: int, device: str, path: Optional[str]) -> None:
    """Translate a text file (or stdin) offline with installed Argos models.

    The input is read and translated in blocks of whole paragraphs (about 200
    sentences), each block one batch per model, and each block is written as
    soon as it is done. Paragraph breaks and the whitespace around sentences
    are kept exactly. --from auto detects the language once, from the first
    block. ru↔uk goes through English when no direct model is installed
    (install both legs with `quotes models install ru uk`). On a terminal,
    stderr shows blocks and sentences done and sentences per second.

    \b
    Examples:
      quotes translate --to ru article.txt
      quotes translate --from uk --to en notes.txt > notes.en.txt
      echo "Good morning." | quotes translate --from en --to uk
      quotes translate --to en --beam-size 1 --threads 4 big.txt

    Exit codes: 1 unreadable input or unsupported model, 2 usage,
    3 model not installed (the message names the install command),
    130 interrupted (what was written is complete up to a paragraph or line break).
    """
    if source == target:
        raise click.UsageError(f"--from and --to are both {source}; nothing to translate.")
    from quotes.errors import Interrupted

    output = _Output()
    try:
        _translate(source, target, path or "-", output, beam_size=beam_size, threads=threads, device=device)
    except KeyboardInterrupt:
        output.progress.clear()
        raise Interrupted(output.interrupted()) from None


def _translate(source: str, target: str, path: str, output: "_Output", beam_size: int, threads: int, device: str) -> None:
    """Read, detect, translate and write block by block (see :mod:`translate.stream`)."""
    import itertools
    import sys

    from quotes.read import iter_blocks as read_pieces

    from . import stream
    from .progress import Progress

    blocks = stream.iter_blocks(read_pieces(path), stream.MAX_SENTENCES, stream.MAX_CHARS)
    if source == "auto":
        source, held = stream.detect_source(blocks, target, LANGS)
        blocks = itertools.chain(held, blocks)
    if source == target:
        for block in blocks:
            if not output.sentences and block.sentences:
                click.echo(f"note: the input is already {target}; printed unchanged", err=True)
            output.write(block, block.text)
        return
    from .engine import Translator

    compute_type = "int8" if device == "cpu" else "auto"
    translator = Translator(device=device, compute_type=compute_type, intra_threads=threads, beam_size=beam_size)
    output.progress = Progress(sys.stderr, enabled=_is_terminal(sys.stderr))
    for block, translated in stream.translate_blocks(_announce(blocks, output.progress), translator, source, target):
        output.write(block, translated)
    output.progress.finish()


def _announce(blocks: Iterable[Any], progress: Any) -> Iterator[Any]:
    """Pass the blocks on, showing progress from the second one (the input is then more than one block)."""
    for number, block in enumerate(blocks):
        if number and not progress.shown:
            progress.show()
        yield block


_ENDS_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\Z")


class _Output:
    """Writes finished blocks to stdout and remembers how far it got, for the Ctrl-C message."""

    def __init__(self) -> None:
        from .progress import Progress

        self.progress = Progress(enabled=False)
        self.blocks = 0
        self.sentences = 0
        self.ends_paragraph = True

    def write(self, block: Any, text: str) -> None:
        """Print one block whole (Ctrl-C waits until it is written) and count it."""
        self.progress.clear()
        with _interrupts_held():
            click.echo(text, nl=False)
        self.blocks += 1
        self.sentences += block.sentences
        self.ends_paragraph = _ENDS_PARAGRAPH.search(block.text) is not None
        self.progress.done(block.sentences)
        if self.progress.drawn:
            self.progress.show()

    def interrupted(self) -> str:
        """The Ctrl-C message: how much was written and where it stops."""
        if not self.blocks:
            return "interrupted before the first block was done; nothing written"
        where = "a paragraph break" if self.ends_paragraph else "a line break"
        return (
            f"interrupted after {self.blocks} block{'s' if self.blocks != 1 else ''} "
            f"({self.sentences} sentence{'s' if self.sentences != 1 else ''}); "
            f"the output so far is complete up to {where}"
        )


def _is_terminal(stream: Any) -> bool:
    """True when ``stream`` is an interactive terminal (progress is shown only there)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C while a block is written, so the output never stops mid-block; re-raised after."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    caught = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt
