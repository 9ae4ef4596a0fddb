"""Bytes to text: detect the encoding, refuse binary data, and cut big files into chunks.

Offsets everywhere are code points into the *decoded* text exactly as given:
newlines are not normalised (``\\r\\n`` stays two characters) and a BOM is not
part of the text.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import sys
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator, List, Optional, Sequence, Tuple

from .errors import InputError

STDIN = "-"
STDIN_NAME = "<stdin>"
DIR_EXTENSIONS = (".txt",)  # a DIR argument reads these files, sorted by name
CHUNK_CHARS = 250_000  # big inputs are extracted chunk by chunk, cut at paragraph breaks, so memory stays flat
BLOCK_BYTES = 1 << 20  # bytes read at a time
SNIFF_BYTES = 1 << 16  # bytes used to choose the encoding

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CYR_LOWER = re.compile(r"[а-яёіїєґў]")
_CYR_ANY = re.compile(r"[а-яёіїєґўА-ЯЁІЇЄҐЎ]")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_WORDS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Doc:
    """One text to extract from: a whole file, a chunk of a big one, or a JSONL line.

    ``base`` is the offset of ``text`` inside the whole file's decoded text, so
    chunk offsets plus ``base`` are file offsets. A later chunk starts with
    ``lead`` characters of the one before, read only as context (who `he` is);
    quotes starting there belong to the earlier chunk. ``id``/``lang``/``line``
    are set for ``--jsonl-input`` records.
    """

    file: str
    text: str
    id: Optional[object] = None
    base: int = 0
    lang: Optional[str] = None
    line: int = 0
    lead: int = 0


def display_name(path: str) -> str:
    """How an input is named in messages and in the ``file`` field."""
    return STDIN_NAME if path == STDIN else path


def expand_paths(paths: Sequence[str]) -> List[str]:
    """Turn FILE/DIR/- arguments into input paths; a DIR gives its *.txt files, sorted.

    Raises:
        InputError: a path does not exist, or a directory holds no *.txt file.
    """
    out: List[str] = []
    for path in paths:
        if path == STDIN:
            out.append(path)
        elif os.path.isdir(path):
            names = sorted(n for n in os.listdir(path) if n.lower().endswith(DIR_EXTENSIONS))
            files = [os.path.join(path, n) for n in names if os.path.isfile(os.path.join(path, n))]
            if not files:
                raise InputError(
                    f"{path}: no {'/'.join('*' + e for e in DIR_EXTENSIONS)} files in this directory; "
                    "name other files explicitly"
                )
            out.extend(files)
        elif not os.path.exists(path):
            raise InputError(f"{path}: no such file")
        else:
            out.append(path)
    return out


def _open(path: str) -> BinaryIO:
    """Open an input for binary reading, turning OS errors into one-line InputErrors."""
    if path == STDIN:
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; give the directory itself to read its *.txt files") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None


def _undecodable(name: str) -> InputError:
    shown = "FILE" if name == STDIN_NAME else name
    return InputError(
        f"{name}: not valid UTF-8 and not recognisably cp1251/UTF-16; "
        f"convert it with: iconv -f ENCODING -t UTF-8 {shown}"
    )


def _binary(name: str) -> InputError:
    return InputError(f"{name}: binary data, not text")


def _looks_binary(text: str) -> bool:
    """True for text with NUL bytes or many control characters (more than 1 in 100)."""
    if "\x00" in text:
        return True
    return len(_CONTROL.findall(text)) * 100 > max(len(text), 1)


def _legacy_score(sample: bytes, encoding: str) -> float:
    """How Cyrillic-like ``sample`` reads in a single-byte ``encoding``; 0 means not at all.

    Real Russian/Ukrainian prose is mostly lower-case letters in all-Cyrillic
    words; decoding cp1251 as koi8-r (or the reverse) swaps the cases, and a
    Western (cp1252) text gives Cyrillic letters stuck inside Latin words.
    """
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return 0.0
    high = sum(1 for c in text if ord(c) > 0x7F)
    letters = len(_CYR_ANY.findall(text))
    lower = len(_CYR_LOWER.findall(text))
    if not high or letters < 0.8 * high or lower < 0.6 * letters:
        return 0.0
    words = [w for w in _WORDS.findall(text) if _CYR_ANY.search(w)]
    mixed = sum(1 for w in words if _LATIN.search(w))
    if mixed * 5 > len(words):
        return 0.0
    return letters / high + lower / letters


def _sniff(head: bytes, name: str) -> Tuple[str, int]:
    """Choose the encoding of a file from its first bytes; returns (codec, BOM length)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    if b"\x00" in head:
        raise _binary(name)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < SNIFF_BYTES)
        return "utf-8", 0
    except UnicodeDecodeError:
        pass
    scores = {enc: _legacy_score(head, enc) for enc in ("cp1251", "koi8_r", "koi8_u")}
    best = max(scores, key=lambda enc: scores[enc])
    if scores[best] > 0:
        return best, 0
    if len(_CONTROL.findall(head.decode("latin-1"))) * 100 > len(head):
        raise _binary(name)
    raise _undecodable(name)


def iter_blocks(path: str, block_bytes: int = BLOCK_BYTES) -> Iterator[str]:
    """Yield the decoded text of ``path`` ("-" = stdin) block by block, in flat memory.

    Raises:
        InputError: missing, unreadable, binary or undecodable input.
    """
    name = display_name(path)
    stream = _open(path)
    try:
        try:
            head = stream.read(SNIFF_BYTES)
        except IsADirectoryError:
            raise InputError(f"{name}: is a directory; give the directory itself to read its *.txt files") from None
        except OSError as err:
            raise InputError(f"{name}: cannot read ({err.strerror or err})") from None
        encoding, skip = _sniff(head, name)
        decoder = codecs.getincrementaldecoder(encoding)()
        consumed = 0
        data = head[skip:]
        while True:
            final = not data
            try:
                text = decoder.decode(data, final=final)
            except UnicodeDecodeError as err:
                if encoding == "utf-8":
                    at = consumed + skip + err.start
                    raise InputError(
                        f"{name}: not valid UTF-8 at byte {at}; "
                        f"convert it with: iconv -f ENCODING -t UTF-8 {'FILE' if path == STDIN else path}"
                    ) from None
                raise _undecodable(name) from None
            if _looks_binary(text):
                raise _binary(name)
            if text:
                yield text
            if final:
                return
            consumed += len(data)
            data = stream.read(block_bytes)
    finally:
        if path != STDIN:
            stream.close()


def read_text(path: str) -> str:
    """Return the whole decoded text of ``path`` ("-" = stdin); an empty file gives "".

    Raises:
        InputError: missing, unreadable, binary or undecodable input.
    """
    return "".join(iter_blocks(path))


def chunk_blocks(blocks: Iterable[str], size: int = CHUNK_CHARS) -> Iterator[Tuple[int, str]]:
    """Regroup text blocks into ``(base, chunk)`` pieces of about ``size`` characters.

    A chunk ends after a blank line when there is one, else after a newline, else
    (a single line longer than 4 × ``size``) after the last space; the chunks
    joined give back the text exactly and ``base`` is each chunk's offset in it.
    """
    buf = ""
    base = 0
    for block in blocks:
        buf += block
        while len(buf) >= size:
            cut = _cut_point(buf, size)
            if cut is None:
                break
            yield base, buf[:cut]
            base += cut
            buf = buf[cut:]
    if buf or base == 0:
        yield base, buf


def _cut_point(buf: str, size: int) -> Optional[int]:
    """Where to end a chunk of ``buf`` (≥ ``size`` chars), or None to read more first.

    The last blank line within ``size``, else the first one within 2 × ``size``;
    with no blank line there, a newline (the last within ``size``, else the
    first after it); a line longer than 4 × ``size`` is cut at a space.
    """
    last = None
    for m in _BLANK_LINE.finditer(buf, 0, size):
        last = m.end()
    if last:
        return last
    m = _BLANK_LINE.search(buf, max(0, size - 2), 2 * size)
    if m:
        return m.end()
    if len(buf) < 2 * size:
        return None
    nl = buf.rfind("\n", 0, size)
    if nl >= 0:
        return nl + 1
    nl = buf.find("\n", size)
    if nl >= 0:
        return nl + 1
    if len(buf) >= 4 * size:
        sp = buf.rfind(" ", 0, 4 * size)
        return sp + 1 if sp > 0 else 4 * size
    return None


LEAD_CHARS = 3000  # context carried into the next chunk of a big file


def _lead_in(chunk: str) -> str:
    """The last paragraphs read so far, up to LEAD_CHARS, to read the next chunk with."""
    tail = chunk[-LEAD_CHARS:]
    if len(tail) < len(chunk):
        cut = tail.find("\n")
        tail = tail[cut + 1:] if cut >= 0 else ""
    return tail


def json_lines(name: str, lines: Iterable[str], hint: str = "") -> Iterator[Tuple[int, object]]:
    """``(line number, parsed value)`` for each non-blank line; a line that is not JSON raises
    InputError naming ``name:line`` (``hint`` says what a line should be)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except ValueError as err:
            raise InputError(f"{name}:{number}: not valid JSON ({err.msg}){hint}") from None


def iter_jsonl(path: str) -> Iterator[Doc]:
    """Yield one Doc per line of a JSONL input: ``{"text", "id"?, "lang"?}``; blank lines skipped.

    ``id`` defaults to the line number.

    Raises:
        InputError: naming ``file:line`` for a line that is not such an object.
    """
    name = display_name(path)
    for number, record in json_lines(name, _lines(iter_blocks(path)), '; each line must be an object with "text"'):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{name}:{number}: each line must be a JSON object with a \"text\" string")
        lang = record.get("lang")
        if lang is not None and (not isinstance(lang, str) or lang not in ("en", "ru", "uk", "auto")):
            raise InputError(f"{name}:{number}: \"lang\" must be one of \"en\", \"ru\", \"uk\" (or left out to detect it)")
        lang = None if lang == "auto" else lang
        yield Doc(file=name, text=record["text"], id=record.get("id", number), lang=lang, line=number)


def _lines(blocks: Iterable[str]) -> Iterator[str]:
    """Split streamed text into lines without holding the whole file."""
    rest = ""
    for block in blocks:
        rest += block
        *lines, rest = rest.split("\n")
        yield from lines
    if rest:
        yield rest


def read_inputs(paths: Sequence[str], jsonl_input: bool = False, chunk_size: int = CHUNK_CHARS,
                on_error: Optional[Callable[[InputError], None]] = None) -> Iterator[Doc]:
    """Yield the documents to extract from: files, *.txt of directories, stdin, or JSONL lines.

    A file longer than ``chunk_size`` characters comes as several Docs with
    increasing ``base``. A file that can't be read (binary, undecodable) raises
    InputError naming it, or, given ``on_error``, is reported there and skipped
    so that the other files are still read.
    """
    for path in expand_paths(paths):
        try:
            if jsonl_input:
                yield from iter_jsonl(path)
                continue
            name = display_name(path)
            tail = ""
            for base, chunk in chunk_blocks(iter_blocks(path), chunk_size):
                yield Doc(file=name, text=tail + chunk, base=base - len(tail), lead=len(tail))
                tail = _lead_in(tail + chunk)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
