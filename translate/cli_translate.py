"""The ``quotes translate`` command: text in, translated text out, paragraphs kept.

In Python: ``translate.translate([text], "en", "ru")``.
"""
from __future__ import annotations

from typing import Optional

import click

LANGS = ("en", "ru", "uk")


@click.command("translate")
@click.option("--from", "source", type=click.Choice(("auto",) + LANGS), default="auto", show_default=True,
              help="Language of the input; auto detects it from the whole text.")
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
    from quotes.read import iter_blocks as read_pieces

    from . import stream

    blocks = stream.iter_blocks(read_pieces(path or "-"), BLOCK_SENTENCES, BLOCK_CHARS)
    held: list = []
    if source == "auto":
        source, held = stream.detect_source(blocks, target, LANGS)
    blocks = itertools.chain(held, blocks)
    if source == target:
        _echo_unchanged(blocks, target)
        return
    from .engine import Translator

    compute_type = "int8" if device == "cpu" else "auto"
    translator = Translator(device=device, compute_type=compute_type, intra_threads=threads, beam_size=beam_size)
    _write_translation(stream.translate_blocks(blocks, translator, source, target))


BLOCK_SENTENCES = 200  # sentences per block (tests make it smaller to get many blocks)
BLOCK_CHARS = 50_000  # characters per block


def _echo_unchanged(blocks: Iterable[Any], target: str) -> None:
    """Print the input as it is, noting once on stderr that it is already ``target``."""
    noted = False
    for block in blocks:
        if not noted and block.sentences:
            click.echo(f"note: the input is already {target}; printed unchanged", err=True)
            noted = True
        click.echo(block.text, nl=False)


def _write_translation(results: Iterator[Tuple[Any, str]]) -> None:
    """Write each translated block as soon as it is done, with progress on a terminal and a clear Ctrl-C message."""
    from quotes.errors import Interrupted

    from .progress import Progress

    err = click.get_text_stream("stderr")
    progress = Progress(err, enabled=_is_terminal(err))
    written = 0
    paragraph_end = True
    try:
        for block, translated in results:
            if block is not None and progress.blocks:
                progress.show()
            progress.clear()
            with _interrupts_held():
                click.echo(translated, nl=False)
            written += 1
            paragraph_end = _ends_paragraph(block.text)
            progress.done(block.sentences)
            progress.show() if progress.drawn else None
        progress.finish()
    except KeyboardInterrupt:
        progress.clear()
        raise Interrupted(_interrupted_message(written, progress.sentences, paragraph_end)) from None
