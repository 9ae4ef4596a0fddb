"""Word tokens with offsets and sentence bounds that ignore text inside quotes."""
from __future__ import annotations

from itertools import islice
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

import regex

from .patterns import compile_later

# Letters, marks, digits and hyphens, with an apostrophe only before a letter (`don’t`, `O'Brien`).
# Written as runs between apostrophes rather than one alternation per character: half the time.
WORD = regex.compile(r"\p{L}[\p{L}\p{M}\p{N}\-]*(?:[’'ʼ](?=\p{L})[\p{L}\p{M}\p{N}\-]*)*|\p{N}+(?:[.,]\p{N}+)*")
# The word after a position, past spaces: `Kirby| said` → `said`.
NEXT_WORD = regex.compile(r"[ \t\u00a0]+(\p{L}+)")
_END = regex.compile(r"[.!?…\n]")
_END_BACK = regex.compile(r"(?r)[.!?…\n]")
ABBREV_TAIL = regex.compile(r"(?:\b\p{L}{1,4}|\b(?:\p{L}\.)+\p{L})$")


class Token(NamedTuple):
    """A word with its offsets into the document."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


# `new_token(Token, (start, end, text))` skips the Python-level `__new__` of `Token(...)`: tokens are made by the thousand.
new_token = tuple.__new__


def tokenize(text: str, start: int, end: int, limit: Optional[int] = None) -> List[Token]:
    """Words of ``text[start:end]`` with offsets into ``text``; only the first ``limit`` when given."""
    found = WORD.finditer(text, start, end)
    if limit is not None:
        found = islice(found, limit)
    return [new_token(Token, (m.start(), m.end(), m.group())) for m in found]


class Sentences:
    """Sentence bounds inside paragraphs; full stops inside quotes don't end sentences."""

    def __init__(self, text: str, quoted: Sequence[Tuple[int, int]], abbreviations: frozenset):
        self.text = text
        self.abbreviations = abbreviations
        self.mask = bytearray(len(text))
        for s, e in quoted:
            self.mask[s:e] = b"\x01" * (e - s)
        self._starts: Dict[Tuple[int, int], int] = {}  # a quote's sentence start is asked for more than once

    def _is_end(self, i: int) -> bool:
        text = self.text
        c = text[i]
        if c == "\n":
            return True
        if c not in ".!?…" or self.mask[i]:
            return False
        nxt = i + 1
        if nxt < len(text) and not text[nxt].isspace() and text[nxt] not in "”»\"’)":
            return False
        if c == ".":
            m = ABBREV_TAIL.search(text, max(0, i - 12), i)
            if m and m.group().lower().rstrip(".") in self.abbreviations:
                return False
            if i >= 1 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha()):
                return False
        j = nxt
        while j < len(text) and text[j] in " \t\u00a0”»\"’)":
            j += 1
        if j < len(text) and text[j].islower():
            return False
        return True

    def start(self, pos: int, floor: int) -> int:
        """Start of the sentence holding ``pos`` (not before ``floor``)."""
        found = self._starts.get((pos, floor))
        if found is None:
            found = self._starts[pos, floor] = self._find_start(pos, floor)
        return found

    def _find_start(self, pos: int, floor: int) -> int:
        for m in _END_BACK.finditer(self.text, floor, pos):
            if self._is_end(m.start()):
                return m.start() + 1
        return floor

    def end(self, pos: int, ceil: int) -> int:
        """End (exclusive) of the sentence holding ``pos`` (not after ``ceil``)."""
        for m in _END.finditer(self.text, pos, ceil):
            if self._is_end(m.start()):
                return m.start() + 1
        return ceil


# A capitalised word opening a sentence: `Президент и сам …`, `The mayor was unmoved.`
SENTENCE_HEAD = compile_later(r"(?:^|(?<=[.!?…]\s))(\p{Lu}\p{Ll}+)", regex.MULTILINE)


def opens_clause(gap: str) -> bool:
    """A name at most two words after a contrasting conjunction is that clause's subject (`, а Левин медлил`),
    not one further on in another clause (`, але споважніла, бо вийшла Явдоха`)."""
    return not regex.search(r"[,;:]", gap) and len(gap.split()) <= 2


def dash_turn(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens, past blanks, on a dash: a dialogue turn (`— Куди? — спитав він.`)."""
    return text[start:end].lstrip().startswith(("—", "–", "-"))
