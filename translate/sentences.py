"""Split text into sentences for translation and put the translations back exactly.

Rules, applied within each line (a line break always ends a sentence):

- a sentence ends after ``.``, ``!``, ``?`` or ``…`` (repeats allowed), any
  closing quotes and brackets, then whitespace, when the next word starts
  with a capital letter or a digit (opening quotes and dashes skipped);
- never inside «…», “…”, „…“ or "…" (unless the line leaves them unbalanced,
  then quotes are ignored for that line);
- never after an abbreviation (``Mr.``, ``U.S.``, ``т.е.``, ``ул.``, ``вул.``),
  an initial (``J. K.``, ``А. С.``) or a list number at the start of a line.

:func:`split` returns ``(start, end)`` spans with no surrounding whitespace;
everything between spans is whitespace and is kept as is by :func:`join`.
Nothing is downloaded; no model is used.

In the CLI: ``quotes translate`` splits each paragraph this way before translating.
"""
from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

Span = Tuple[int, int]

TERMINATORS = ".!?…"
CLOSERS = "»”\"')]’"
OPENERS = "«“„\"'([‘"
DASHES = "—–-"

# Lower-cased, without the final dot; dotted ones keep inner dots.
ABBREVIATIONS = {
    "en": set(
        "mr mrs ms dr prof st jr sr gen gov sen rep rev col lt sgt capt cmdr "  # Dr. Brown, Gen. Smith
        "vs etc e.g i.e cf al approx dept est inc ltd co corp no nos vol fig "  # Acme Inc. said, No. 5
        "jan feb mar apr jun jul aug sep sept oct nov dec "  # Jan. 6
        "u.s u.k u.n e.u a.m p.m d.c".split()  # the U.S. Senate, 5 p.m. Eastern
    ),
    "ru": set(
        "т.е т.к т.д т.п т.н т.ч др пр см ср стр рис им ул пл пер просп д кв г гг "  # т.е. так, ул. Ленина
        "обл р-н пос с дер ст тыс млн млрд руб коп долл н.э до н.э проф акад доц "  # 5 тыс. руб., проф. Иванов
        "ген полк подп ген.-л тов гр г-н г-жа зам зав ред изд".split()  # г-н Петров, ген. Герасимов
    ),
    "uk": set(
        "т.б т.д т.п т.ч тобто ін ім вул пл пров просп буд кв м с смт обл р-н "  # ім. Шевченка, вул. Хрещатик
        "див стор рис тис млн млрд грн коп дол н.е проф акад доц ген полк п пані "  # 5 тис. грн
        "р рр ст зам зав ред вид".split()  # у 2024 р. Далі
    ),
}
ALL_ABBREVIATIONS = set().union(*ABBREVIATIONS.values())

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
_END = re.compile(r"[.!?…]+[»”\"')\]’]*(?=\s)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:[.\-][^\W\d_]+)*|\d+)$")


def split(text: str, lang: Optional[str] = None) -> List[Span]:
    """Return the ``(start, end)`` span of every sentence in ``text``.

    Args:
        text: any string.
        lang: ``en``, ``ru`` or ``uk`` picks that language's abbreviations;
            ``None`` uses all of them.

    Returns:
        Spans in order; ``text[start:end]`` has no surrounding whitespace and
        only whitespace lies between spans.
    """
    abbreviations = ABBREVIATIONS.get(lang or "", ALL_ABBREVIATIONS)
    spans: List[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for cut in _cuts(text, line.start(), line.end(), abbreviations):
            spans.extend(_strip(text, start, cut))
            start = cut
        spans.extend(_strip(text, start, line.end()))
    return spans


def join(text: str, spans: Sequence[Span], pieces: Sequence[str]) -> str:
    """Put ``pieces`` in place of ``spans`` in ``text``, keeping everything between them."""
    if len(spans) != len(pieces):
        raise ValueError(f"{len(spans)} spans but {len(pieces)} pieces")
    out, pos = [], 0
    for (start, end), piece in zip(spans, pieces):
        out.append(text[pos:start])
        out.append(piece)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _strip(text: str, start: int, end: int) -> List[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if start < end else []


def _cuts(text: str, start: int, end: int, abbreviations: set) -> List[int]:
    """Offsets inside ``text[start:end]`` where a sentence ends."""
    depth = _quote_depths(text, start, end)
    cuts = []
    for match in _END.finditer(text, start, end):
        cut = match.end()
        if depth is not None and depth[cut - start] != 0:
            continue
        if not _next_starts_sentence(text, cut, end):
            continue
        if match.group().startswith(".") and _protected_dot(text, start, match.start(), abbreviations):
            continue
        cuts.append(cut)
    return cuts


def _quote_depths(text: str, start: int, end: int) -> Optional[List[int]]:
    """Quote nesting depth before each offset of the line; ``None`` if unbalanced."""
    stack: List[str] = []
    depths = [0]
    for i in range(start, end):
        ch = text[i]
        if ch == "«" or ch == "„":
            stack.append(ch)
        elif ch == "»":
            if not stack or stack[-1] != "«":
                return None
            stack.pop()
        elif ch == "“":
            if stack and stack[-1] == "„":
                stack.pop()
            else:
                stack.append(ch)
        elif ch == "”":
            if not stack or stack[-1] != "“":
                return None
            stack.pop()
        elif ch == '"':
            if stack and stack[-1] == '"':
                stack.pop()
            elif _opens_straight_quote(text, i, start):
                stack.append(ch)
            else:
                return None
        depths.append(len(stack))
    return depths if not stack else None


def _opens_straight_quote(text: str, i: int, line_start: int) -> bool:
    return i == line_start or not text[i - 1].isalnum()


def _next_starts_sentence(text: str, pos: int, end: int) -> bool:
    while pos < end and (text[pos].isspace() or text[pos] in OPENERS or text[pos] in DASHES):
        pos += 1
    if pos >= end:
        return False
    ch = text[pos]
    return ch.isupper() or ch.isdigit()


def _protected_dot(text: str, line_start: int, dot: int, abbreviations: set) -> bool:
    """True when the dot at ``dot`` ends an abbreviation, an initial or a list number."""
    match = _WORD_BEFORE.search(text, line_start, dot)
    if match is None:
        return False
    word = match.group()
    if word.isdigit():
        return text[line_start:match.start()].strip() == ""
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in abbreviations
