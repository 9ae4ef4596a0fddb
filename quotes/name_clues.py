"""What a capitalised word's own form and its neighbours say about it being a person's name or part of one, in
Russian and Ukrainian: a first name before a surname, a surname in capitals, a pet name before its verb, a role or an
opening word that is no name, a place after a preposition. Used by :mod:`quotes.names_cyrillic`.
"""
from __future__ import annotations

from types import ModuleType
from typing import List

from . import morph
from .declension import derived_patronymic
from .names import word_one_space_before
from .not_names import unknown_word
from .patterns import compile_later
from .tokens import NEXT_WORD, Token, tokenize


def plural_subject_of_verb(text: str, word: Token, code: str) -> bool:
    """A word the dictionary reads only as a genitive plural (`Тверитинов`) right before a singular past-tense verb
    (`стоял`): the verb's subject, so in the nominative, so a surname."""
    found = morph.parses(code, word.text.lower())
    if not found or not all("plur" in g and not morph.is_nominative(g) for _n, g, _s in found):
        return False
    nxt = NEXT_WORD.match(text, word.end)
    top = morph.parses(code, nxt.group(1).lower())[:1] if nxt is not None and text[word.end:nxt.start(1)] == " " else ()
    return bool(top) and {"VERB", "past", "sing"} <= top[0][1]


def folk_role_word(lang: ModuleType, word: str) -> bool:
    """A role before a first name, even one the dictionary also knows as a surname (`Дяк`, `Староста`)."""
    low = word.lower()
    return low in getattr(lang, "FOLK_ROLES", ()) or low in lang.ROLE_LEMMAS


def opening_word(code: str, word: str) -> bool:
    """A word whose likeliest reading is an adverb, conjunction, particle or preposition (`Вечером`, `Тогда`)."""
    top = morph.parses(code, word.lower())[:1]
    return bool(top) and bool({"ADVB", "CONJ", "PRCL", "PREP", "PRED"} & top[0][1])


def outside_first_and_surname(code: str, run: List[Token], parsed: list) -> bool:
    """A word before `first name + surname` that is no first name itself stands outside the name: a person is
    `Остап Дзюба` or `Дзюба Остап Петрович`, never `Surname First-name Surname`."""
    if parsed[1] is None or parsed[1][0] != "Name" or (parsed[0] is not None and parsed[0][0] != "Surn"):
        return False
    if parsed[2] is not None and parsed[2][0] == "Patr" or derived_patronymic(code, run[2].text):
        return False
    if not any("Name" in g and morph.is_nominative(g) for _n, g, _s in morph.parses(code, run[1].text)):
        return False
    return parsed[2] is None or parsed[2][0] == "Surn"  # a word kept after a first name is its surname


def common_reading(code: str, word: str) -> bool:
    """The dictionary also reads ``word`` as an ordinary noun or adjective (`Кошовий`), not only as a name."""
    return any(({"NOUN", "ADJF"} & g) and not ({"Name", "Surn", "Patr"} & g) for _n, g, _s in morph.parses(code, word.lower()))


def known_first_name(code: str, word: str) -> bool:
    """The dictionary knows ``word`` as a first name in the nominative or called by it (`Ярина`, `панно Лідіє`;
    not a guessed foreign surname)."""
    low = word.lower()
    return morph.known(code, low) and any(
        "Name" in g and ("nomn" in g or "voct" in g) for _n, g, _s in morph.parses(code, low))


def undictionaried_first_name(code: str, lang: ModuleType, run: List[Token], parsed: list) -> bool:
    """`тренер Богдан Литвиненко`: a capitalised animate noun mid-sentence right before a surname is a first
    name the dictionary lacks as one, not the end of the role."""
    if len(run) != 2 or parsed[1] is None or parsed[1][0] != "Surn":
        return False
    low = run[0].text.lower()
    if low in lang.HONORIFICS or low in lang.ROLE_LEMMAS:
        return False
    return any("NOUN" in g and "anim" in g and "nomn" in g and n not in lang.ROLE_LEMMAS for n, g, _s in morph.parses(code, low))


def after_first_name(code: str, run: List[Token], parsed: list) -> bool:
    """A capitalised common word right after a first name is a surname (`Олег Лапин`, `Олега Стрельца`), not a place;
    after a first name or patronymic, one in -ов/-ев/-ин is a surname even if read as a place or a plural
    (`Аполлинарий Рочев`, `Аристарх Ипатьевич Суходолов`)."""
    if parsed[-2] is None or parsed[-2][0] not in ("Name", "Patr"):
        return False
    if run[-1].text.lower().endswith(SURNAME_SUFFIXES):
        return True
    top = morph.parses(code, run[-1].text)[:1]
    return parsed[-2][0] == "Name" and not (top and ("Geox" in top[0][1] or "Orgn" in top[0][1]))


def place_after_preposition(text: str, code: str, word: Token) -> bool:
    """A place in an oblique case right after a preposition (`из Клайпеды`): no part of the name after it."""
    before = word_one_space_before(text, word.start)
    top = morph.parses(code, word.text.lower())[:1]
    return before is not None and before.text.lower() in ("из", "с", "со", "з", "із", "зі", "від", "от") and bool(top) \
        and "Geox" in top[0][1] and not morph.is_nominative(top[0][1])


def foreign_after_person_noun(text: str, code: str, run: List[Token]) -> bool:
    """Two capitalised words the dictionary knows at most in an oblique case, after a noun for a person in the
    nominative a few words before (`Туристка из Клайпеды Эгле Вайткуте`): a foreign name."""
    if len(run) != 2 or not all(unknown_word(code, w.text) or not any(
            morph.is_nominative(g) for _n, g, _s in morph.parses(code, w.text.lower())) for w in run):
        return False
    for tok in reversed(tokenize(text, max(0, run[0].start - 40), run[0].start)[-4:]):
        if any(c in text[tok.end:run[0].start] for c in ".,;:!?\n«»"):
            return False
        if any({"NOUN", "anim", "nomn"} <= g and not {"Name", "Surn", "Patr"} & g for _n, g, _s in morph.parses(code, tok.text.lower())[:1]):
            return True
    return False


NAME_AFTER_WORDS = compile_later(r"(?:[ \u00a0]+\p{Ll}[\p{L}'’-]*){1,3}[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}[\p{L}'’-]+")
DIMINUTIVES = ("ик", "ек", "ок", "чка", "шка", "нька", "ушка", "юшка", "уся", "уня", "ося", "еня", "ко")


def next_verb(text: str, end: int, code: str) -> frozenset:
    """The tags of the word one space after ``end`` when it reads first as a verb, else an empty set."""
    nxt = NEXT_WORD.match(text, end)
    if nxt is None or text[end:nxt.start(1)] != " ":
        return frozenset()
    top = morph.parses(code, nxt.group(1).lower())[:1]
    return top[0][1] if top and "VERB" in top[0][1] else frozenset()


def verb_follows(text: str, word: Token, code: str) -> bool:
    """The next word, one space on, is a finite verb in the singular (`Сержик шел`): the word is its subject."""
    return bool({"sing", "masc", "femn"} & next_verb(text, word.end, code))  # uk `сиділа` has no `sing`


def capitals_surname(run: List[Token]) -> bool:
    """A word in capitals after a name that is not (`Тудор КАРАДЖА`): the surname, as Ukrainian papers set it."""
    return len(run[-1].text) > 2 and run[-1].text.isupper() and not run[-2].text.isupper()


SURNAME_SUFFIXES = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ына")


def looks_like_surname(lang: ModuleType, word: str) -> bool:
    """A capitalised word with a surname ending after a first name (`Ростислав Лужицький`)."""
    low = word.lower()
    return any(low.endswith(e) for g in ("m", "f") for e in lang.SURNAME_NOMINATIVE[g] if len(e) >= 3) or any(
        low.endswith(e) for e, _r, _g in lang.SURNAME_ENDINGS if len(e) >= 4
    )


def plural_name_reading(code: str, word: str) -> bool:
    """Every first-name reading of ``word`` is a plural (`Федь` as `of the Феді`): a name of its own, as written."""
    names = [g for _n, g, _s in morph.parses(code, word.lower()) if "Name" in g]
    return bool(names) and all("plur" in g for g in names)


def after_genitive_noun(text: str, code: str, word: Token) -> bool:
    """The word one space before ``word`` is a lower-case noun in the genitive (`купца Подкидышева`)."""
    before = word_one_space_before(text, word.start)
    return before is not None and before.text[:1].islower() and any(
        "gent" in g and "NOUN" in g for _n, g, _s in morph.parses(code, before.text.lower()))
