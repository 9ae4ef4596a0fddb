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

    Sentences are translated in one batch; paragraph breaks and the
    whitespace around sentences are kept exactly. ru↔uk goes through English
    when no direct model is installed (install both legs with
    `quotes models install ru uk`).

    \b
    Examples:
      quotes translate --to ru article.txt
      quotes translate --from uk --to en notes.txt > notes.en.txt
      echo "Good morning." | quotes translate --from en --to uk
      quotes translate --to en --beam-size 1 --threads 4 big.txt

    Exit codes: 1 unreadable input or unsupported model, 2 usage,
    3 model not installed (the message names the install command),
    130 interrupted (nothing is printed).
    """
    if source == target:
        raise click.UsageError(f"--from and --to are both {source}; nothing to translate.")
    text = _read(path or "-")
    if source == "auto":
        source = _detect(text, target)
    if source == target:
        if text.strip():
            click.echo(f"note: the input is already {target}; printed unchanged", err=True)
        click.echo(text, nl=False)
        return
    from quotes.errors import Interrupted

    from .engine import Translator

    compute_type = "int8" if device == "cpu" else "auto"
    translator = Translator(device=device, compute_type=compute_type, intra_threads=threads, beam_size=beam_size)
    try:
        translated = translator.translate([text], source, target)[0]
    except KeyboardInterrupt:
        raise Interrupted("interrupted; nothing written (the translation is printed when the whole input is done)") from None
    click.echo(translated, nl=False)


def _read(path: str) -> str:
    """Decode the input with ``quotes.read`` (BOM, cp1251, UTF-16; binary refused)."""
    from quotes.read import read_text

    return read_text(path)


def _detect(text: str, target: str) -> str:
    """The language of the whole text; the target when it has no letters (nothing to translate)."""
    from .detect import detect

    code, _confidence = detect(text)
    return code if code in LANGS else target
