"""Capitalised Russian and Ukrainian words that name no person: places (`до Львова`, `з Харкова та Луцька`), common
nouns opening a sentence (`Люди довкола засміялися`), pronouns, abbreviations and the adjectives before nouns."""
from __future__ import annotations

import regex

from . import morph
from .declension import PERSON_TAGS
from .names import word_one_space_before
from .tokens import NEXT_WORD, Token


def noun_follows(text: str, word: Token, code: str) -> bool:
    """The next word is a lower-case noun or adjective, so a capitalised `-ський` before it is an
    adjective too (`Київський університет`, `Всеукраїнський електронний реєстр`)."""
    nxt = NEXT_WORD.match(text, word.end)
    if nxt is None or not nxt.group(1)[:1].islower():
        return False
    top = morph.parses(code, nxt.group(1))[:1]  # not `и`, also read as the name of a letter
    return bool(top) and bool({"NOUN", "ADJF", "PRTF"} & top[0][1])


AND_WORDS = frozenset("та і й и або чи".split())


def after_a_place(text: str, code: str, pos: int) -> bool:
    """The word before ``pos`` is a capitalised lifeless noun: a place (`Харкова`, which the uk dictionary does not
    tag as one)."""
    word = word_one_space_before(text, pos)
    if word is None or not word.text[:1].isupper():
        return False
    top = morph.parses(code, word.text.lower())[:1]
    return bool(top) and ("Geox" in top[0][1] or {"NOUN", "inan"} <= top[0][1])


def common_subject(parses: list) -> bool:
    """A sentence-opening word that reads as a common noun in the nominative, and as a name only in another case
    (`Люди довкола засміялися`: people, not the genitive of `Люда`)."""
    person = [g for _n, g, _s in parses if any(tag in g for tag in PERSON_TAGS)]
    common = [g for _n, g, _s in parses if "NOUN" in g and "nomn" in g and not any(tag in g for tag in PERSON_TAGS)]
    return bool(person) and bool(common) and not any("nomn" in g and "plur" not in g for g in person)


def written_in_lower_case(text: str, word: str, parses: list) -> bool:
    """A capitalised word with a common-word reading that the text also writes in lower case (its stem)."""
    if len(word) < 5 or not any(not any(tag in g for tag in PERSON_TAGS) for _, g, _ in parses):
        return False
    return regex.search(r"(?<!\w)" + regex.escape(word[:5].lower()), text) is not None


def one_person(code: str, word: str, after_preposition: bool) -> bool:
    """A lone word that reads first as a place after a preposition (`до Львова`) or only as a plural
    surname (`Прохоровы`) names no one person."""
    parses = morph.parses(code, word.lower())
    if after_preposition and parses and "Geox" in parses[0][1]:
        return False
    person = [g for _, g, _ in parses if any(tag in g for tag in PERSON_TAGS)]
    return not person or any("plur" not in g or "Surn" not in g for g in person)  # not `Мельчаков` (read as names' gen. pl.)


def not_a_name(code: str, word: str, initial: bool = True) -> bool:
    """Pronouns and Latin-script words never start a Cyrillic person name; a capitalised word that is also a first
    name is that name mid-sentence (`дід Яким`, not `яким`, "by which")."""
    if not ("\u0400" <= word[0] <= "\u04ff"):
        return True
    parses = morph.parses(code, word.lower())
    if word.isupper() and parses and "Abbr" in parses[0][1]:
        return True  # `ДНК`, `МЧС`
    if not initial and word[:1].isupper() and any("Name" in grams for _, grams, _ in parses):
        return False
    return any("NPRO" in grams for _, grams, _ in parses)


def unknown_word(code: str, word: str) -> bool:
    """True when pymorphy3 only guesses at ``word`` (likely a foreign or rare name)."""
    ps = morph.parses(code, word)
    if not ps:
        return True
    if morph.known(code, word.lower()):
        return False
    top = ps[0][1]
    return "Geox" not in top and "Orgn" not in top  # `Девуар` has a place among its guesses, not first
