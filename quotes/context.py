"""What the attribution rules ask of one word in context: the text, its names, its cue verbs, and whether a word
is a pronoun, a person noun or a nominative.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from types import ModuleType
from typing import List, Optional, Sequence, Tuple

from . import morph
from .names import Name
from .tokens import Token

Span2 = Tuple[int, int]


@dataclass
class Attribution:
    """Where a region's cue and speaker mention are, and what the mention is."""

    cue: Optional[Span2]
    mention: Optional[Span2]
    mention_kind: Optional[str]  # pronoun | name | role | org | group
    gender: Optional[str] = None
    number: Optional[str] = None
    rule: str = ""
    side: str = ""


class Cues:
    """Decides whether a token is a reporting verb and what gender it marks."""

    def __init__(self, lang: ModuleType):
        self.lang = lang
        self.code = lang.CODE
        self._cache: dict = {}

    def check(self, word: str) -> Tuple[bool, Optional[str], Optional[str]]:
        """(is cue, gender m/f/n or None, number sg/pl or None)."""
        hit = self._cache.get(word)  # cached as written too: the answer depends only on the lower case
        if hit is not None:
            return hit
        key = word.lower()
        hit = self._cache.get(key)
        if hit is not None:
            self._cache[word] = hit
            return hit
        if self.code == "en":
            hit = (key in self.lang.CUE_VERBS, None, None)
        else:
            hit = (key in self.lang.CUE_FORMS or key in self.lang.IMPERSONAL, None, None)
            for normal, grams, _ in morph.parses(self.code, key):
                if normal in self.lang.CUE_LEMMAS and ({"VERB", "INFN", "GRND"} & grams):
                    gender = "m" if "masc" in grams else "f" if "femn" in grams else "n" if "neut" in grams else None
                    number = "pl" if "plur" in grams else "sg" if ("sing" in grams or gender) else None
                    hit = (True, gender, number)
                    break
        self._cache[key] = self._cache[word] = hit
        return hit

    def is_cue(self, word: str) -> bool:
        return self.check(word)[0]


class Context:
    """Everything attribution needs about one document."""

    def __init__(self, text: str, lang: ModuleType, names: Sequence[Name], cues: Cues, quoted: Optional[bytearray] = None):
        self.text = text
        self.lang = lang
        self.code = lang.CODE
        self.cues = cues
        self.names = list(names)
        self.name_starts = [n.start for n in self.names]
        self.quoted = quoted  # 1 at offsets inside quotes

    def in_quote(self, pos: int) -> bool:
        return bool(self.quoted is not None and pos < len(self.quoted) and self.quoted[pos])

    def name_at(self, start: int) -> Optional[Name]:
        i = bisect.bisect_left(self.name_starts, start)
        if i < len(self.names) and self.names[i].start == start:
            return self.names[i]
        return None

    def name_covering(self, pos: int) -> Optional[Name]:
        i = bisect.bisect_right(self.name_starts, pos) - 1
        if i >= 0 and self.names[i].start <= pos < self.names[i].end:
            return self.names[i]
        return None

    def name_ending(self, end: int) -> Optional[Name]:
        i = bisect.bisect_right(self.name_starts, end) - 1
        while i >= 0 and self.names[i].end >= end - 3:
            n = self.names[i]
            if end - 3 <= n.end <= end:
                return n
            i -= 1
        return None


def pronoun_reading(ctx: Context, tok: Token) -> Optional[Tuple[Optional[str], str]]:
    """(gender, number) of a subject pronoun (`he`, `она`, `вони`); None for any other word."""
    if tok.lower in ctx.lang.SUBJECT_PRONOUNS:
        return ctx.lang.PRONOUNS[tok.lower]
    return None


def noun_kind(ctx: Context, tok: Token) -> Optional[str]:
    """role | org | group when the token heads such a noun phrase."""
    low = tok.lower
    if ctx.code == "en":
        forms = [low[:-2] if low.endswith(("’s", "'s")) else low]
    else:
        forms = [n for n, grams, _ in morph.parses(ctx.code, low) if "NOUN" in grams or n in ctx.lang.ORG_LEMMAS]
    for normal in forms:
        for kind, lemmas in (("role", ctx.lang.ROLE_LEMMAS), ("org", ctx.lang.ORG_LEMMAS), ("group", ctx.lang.GROUP_LEMMAS)):
            if normal in lemmas:
                return kind
    return None


def nominative_ok(ctx: Context, tok: Token) -> bool:
    """Whether the word can be a subject's case: always in English, a nominative reading in ru/uk."""
    if ctx.code == "en":
        return True
    ps = morph.parses(ctx.code, tok.lower)
    return not ps or any(morph.is_nominative(g) for _, g, _ in ps)


def name_nominative(ctx: Context, words: List[Token]) -> bool:
    """A name can be nominative: by its first name when it opens on one, else by its last word."""
    by_first = morph.first_name_nominative(ctx.code, [w.text for w in words])
    if by_first is None and morph.woman_by_surname(ctx.code, [w.text for w in words]):
        return True  # `продавчиня сувенірів Доїна Морару`: a first name no dictionary has
    if len(words) > 1 and all(_dative_only(ctx.code, w.text) for w in words):
        return True  # `власник одного з будинків Думітру Паскару`: no genitive after a noun, so as written
    return by_first if by_first is not None else nominative_ok(ctx, words[-1])


def _dative_only(code: str, word: str) -> bool:
    """The dictionary knows ``word`` in no genitive or nominative (`Паскару`, `Думітру`), or not at all."""
    ps = morph.parses(code, word.lower())
    return not any(("gent" in g or morph.is_nominative(g)) and "NOUN" in g for _n, g, _s in ps)


def inverted_pronoun(ctx: Context, tok: Token) -> bool:
    """`said he.` / `said she,` end their clause; `said he would` reports what he would do."""
    nxt = ctx.text[tok.end:tok.end + 1]
    return tok.lower in ("he", "she") and (nxt == "" or nxt in ".,;!?\n")


def animate_subject(ctx: Context, tok: Token) -> bool:
    """A common animate noun in the nominative right after the verb is its subject (`сказал кучер`)."""
    for normal, grams, _ in morph.parses(ctx.code, tok.lower):
        if "NOUN" in grams and "anim" in grams and morph.is_nominative(grams) and not ({"Name", "Surn", "Patr"} & grams):
            return True
    return False


def genitive_noun(ctx: Context, tok: Token) -> bool:
    """A noun or adjective in the genitive, part of a genitive chain (`генсека ООН`, `міської ради`)."""
    return any(("NOUN" in g or "ADJF" in g) and "gent" in g for _, g, _ in morph.parses(ctx.code, tok.lower))
