"""Translate a long text block by block, so output starts early and memory stays flat.

A block is whole paragraphs (cut after a run of blank lines), of at most
``max_sentences`` sentences and ``max_chars`` characters; a paragraph larger
than that is cut at line ends, and a single line is never cut (one longer
than a block is a block of its own). Sentences never cross a line break (see
:mod:`translate.sentences`) and each sentence is translated on its own, so
translating block by block gives exactly the text that translating the whole
input at once gives. Each block is one batched call per model; the caller's
:class:`~translate.engine.Translator` keeps the models loaded across blocks.

In the CLI: ``quotes translate FILE`` writes each block as soon as it is done.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator, List, Tuple

from . import sentences

MAX_SENTENCES = 200  # sentences per block: one or two translate_batch calls per model
MAX_CHARS = 50_000  # characters per block


@dataclass
class Block:
    """A run of whole lines of the input and how many sentences it holds."""

    text: str
    sentences: int


def iter_lines(pieces: Iterable[str]) -> Iterator[str]:
    """Regroup decoded pieces of text into lines, each keeping its ``\\n``; joined they give the text back."""
    rest = ""
    for piece in pieces:
        rest += piece
        if "\n" not in piece:
            continue
        lines = rest.split("\n")
        rest = lines.pop()
        for line in lines:
            yield line + "\n"
    if rest:
        yield rest


def iter_blocks(pieces: Iterable[str], max_sentences: int = MAX_SENTENCES, max_chars: int = MAX_CHARS) -> Iterator[Block]:
    """Cut decoded text into blocks of whole paragraphs (or lines) within the limits.

    Args:
        pieces: the text in any pieces (e.g. :func:`quotes.read.iter_blocks`).
        max_sentences: sentences per block, counted as :func:`translate.sentences.split` does.
        max_chars: characters per block.

    Returns:
        Blocks in order; their texts joined give the input exactly, and every
        block but the last ends with a line break.
    """
    limits = (max(1, max_sentences), max(1, max_chars))
    block: List[str] = []
    size = (0, 0)
    for unit, unit_size in _paragraphs(iter_lines(pieces), limits):
        if block and _over(_add(size, unit_size), limits):
            yield Block("".join(block), size[0])
            block, size = [], (0, 0)
        block.append(unit)
        size = _add(size, unit_size)
    if block:
        yield Block("".join(block), size[0])


def _paragraphs(lines: Iterable[str], limits: Tuple[int, int]) -> Iterator[Tuple[str, Tuple[int, int]]]:
    """Yield paragraphs (with the blank lines after them) and their (sentences, chars); big ones in line runs."""
    para: List[str] = []
    size = (0, 0)
    blank_seen = False
    for line in lines:
        blank = not line.strip()
        line_size = (len(sentences.split(line)), len(line))
        ends_paragraph = blank_seen and not blank
        if para and (ends_paragraph or _over(_add(size, line_size), limits)):
            yield "".join(para), size
            para, size = [], (0, 0)
        para.append(line)
        size = _add(size, line_size)
        blank_seen = blank
    if para:
        yield "".join(para), size


def _add(a: Tuple[int, int], b: Tuple[int, int]) -> Tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def _over(size: Tuple[int, int], limits: Tuple[int, int]) -> bool:
    return size[0] > limits[0] or size[1] > limits[1]


def has_letters(text: str) -> bool:
    """True when ``text`` holds a letter, i.e. language detection has something to read."""
    return any(ch.isalpha() for ch in text)


def detect_source(blocks: Iterator[Block], fallback: str, langs: Tuple[str, ...]) -> Tuple[str, List[Block]]:
    """The language of the first block with letters, and the blocks read to find it.

    The first block (up to :data:`MAX_CHARS` characters) is a large enough
    sample and keeps a whole document in one language; only when it has no
    letters is the next one read. ``fallback`` is returned when no block has
    letters or the language is not one of ``langs``.
    """
    from .detect import detect

    read: List[Block] = []
    for block in blocks:
        read.append(block)
        if has_letters(block.text):
            code, _confidence = detect(block.text)
            return (code if code in langs else fallback), read
    return fallback, read


def translate_blocks(blocks: Iterable[Block], translator: Any, source: str, target: str) -> Iterator[Tuple[Block, str]]:
    """Yield each block with its translation, one :meth:`Translator.translate` call per block.

    Raises:
        ModelMissing: before the first block, when no package (or pivot pair) translates the direction.
        ModelUnsupported: an installed package cannot be run.
    """
    translator.route(source, target)
    for block in blocks:
        yield block, (translator.translate([block.text], source, target)[0] if block.sentences else block.text)
