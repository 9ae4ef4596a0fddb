"""What the words around a uk name say about its bearer: the gender of the past-tense verb or the adjective that
agrees with it (`Калинович саме скінчив` is a man, `сиділа Олімпія Ціпановська` a woman), an adjective opening
the sentence that describes the person rather than starts the name (`Стара Лободиха`), and a first name set off
after a surname (`Лободиха, Хівря,`).

Only for languages whose module sets ``AGREEMENT`` (Ukrainian), where surnames in -ич, -ко or -ук are either
gender and the dictionary often reads a first name as another name's oblique case (`Олімпія` as `Олімпій`).
"""
from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, FrozenSet, List, Optional, Tuple

import regex

from . import morph
from .patterns import compile_later
from .tokens import WORD

if TYPE_CHECKING:
    from .names import Entity, Name

_GENDERS = (("masc", "m"), ("femn", "f"))
_SKIPPABLE = frozenset("ADVB PRCL".split())  # `Калинович саме скінчив`, `Петро мимоволі здригнувся`
_CASELESS = frozenset("VERB INFN GRND ADVB PRCL CONJ PREP INTJ".split())  # readings no case can be read from
_WHO = compile_later(r",[ \u00a0]+(которая|которой|которую|который|которого|которому|котра|котрої|котрий|котрого|"
                     r"яка|якої|яку|який|якого|якому)\b", regex.IGNORECASE)
_WHO_FEMININE = frozenset("которая которой которую котра котрої яка якої яку".split())
_NEAR = compile_later(r"[ \u00a0]+")


def on(lang: ModuleType) -> bool:
    """Whether the language's rules ask for these readings."""
    return getattr(lang, "AGREEMENT", False)


def _top(code: str, word: str) -> FrozenSet[str]:
    found = morph.parses(code, word.lower())
    return found[0][1] if found else frozenset()


def _past_gender(code: str, word: str) -> Optional[str]:
    """`masc`/`femn` of a word read first as a singular past-tense verb (`скінчив`, `сиділа`)."""
    found = morph.parses(code, word.lower())
    if not found or not {"VERB", "past"} <= found[0][1]:
        return None
    genders = {tag for _n, g, _s in found if "VERB" in g and "past" in g for tag, _x in _GENDERS if tag in g}
    return genders.pop() if len(genders) == 1 else None


def adjective_gender(code: str, word: str) -> Optional[str]:
    """`masc`/`femn` of a word every reading of which is a singular adjective of one gender (`стара`, `молодий`)."""
    found = [g for _n, g, _s in morph.parses(code, word.lower()) if {"Name", "Surn", "Patr"}.isdisjoint(g)]
    if not found or not any("ADJF" in g for g in found):
        return None
    genders = {tag for g in found for tag, _x in _GENDERS if tag in g}
    return genders.pop() if len(genders) == 1 else None


def may_be_nominative(code: str, word: str) -> bool:
    """Some reading of ``word`` is nominative, or the dictionary only guesses at it."""
    found = morph.parses(code, word.lower())
    return not found or not morph.known(code, word.lower()) \
        or any(morph.is_nominative(g) for _n, g, _s in found if not _CASELESS & g)  # `Машу` is not the verb `машу`


def subject_gender(text: str, code: str, start: int, end: int) -> Optional[str]:
    """The gender (`masc`/`femn`) the words agreeing with the name at ``start:end`` give it: a past-tense verb
    right after it (past adverbs and particles) whose subject it is, else one right before it with no
    subject of its own (`– …, – скрикнула Катерина`, `перед ним сиділа Олімпія`), else an adjective right before it."""
    who = _WHO.match(text, end)
    if who is not None:  # `Делгер Мучкаева, которая добилась ничьей`: the relative pronoun agrees with her
        return "femn" if who.group(1).lower() in _WHO_FEMININE else "masc"
    if not may_be_nominative(code, text[start:end].split()[-1]):
        return None
    pos = end
    for _k in range(3):
        m = _NEAR.match(text, pos)
        w = WORD.match(text, m.end()) if m is not None else None
        if w is None:
            break
        gender = _past_gender(code, w.group())
        if gender is not None:
            return gender
        if not (_SKIPPABLE & _top(code, w.group())) or w.group()[:1].isupper():
            break
        pos = w.end()
    before = _word_before(text, start)
    if before is None:
        return None
    gender = _past_gender(code, before[2])
    if gender is not None:
        subject = _word_before(text, before[0])
        if subject is None or not morph.is_nominative(_top(code, subject[2])) or not ({"NOUN", "NPRO"} & _top(code, subject[2])):
            return gender
        return None
    if not any("ADJF" in g and morph.is_nominative(g) for _n, g, _s in morph.parses(code, before[2].lower())):
        return None  # `станицы Новорождественской Гайк Арутюнов`: the adjective is the village's, in its case
    return adjective_gender(code, before[2])


def _word_before(text: str, pos: int) -> Optional[Tuple[int, int, str]]:
    """The word ending one space before ``pos``, if any."""
    k = pos
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k == pos or k == 0 or not text[k - 1].isalpha():
        return None
    s = k
    while s > 0 and (text[s - 1].isalpha() or text[s - 1] in "'’ʼ-"):
        s -= 1
    return s, k, text[s:k]


def describes(code: str, word: str, next_word: str) -> bool:
    """A capitalised word opening a sentence before a name is a description, not its first word, when it reads as an
    adjective and never as a first name, in the gender of the word after it (`Стара Лободиха`, `Молодий Гнат`)."""
    found = morph.parses(code, word.lower())
    if any("Name" in g for _n, g, _s in found):
        return False
    genders = {tag for _n, g, _s in found if "ADJF" in g and morph.is_nominative(g) for tag, _x in _GENDERS if tag in g}
    if not genders:
        return False
    theirs = {tag for _n, g, _s in morph.parses(code, next_word.lower()) if "nomn" in g for tag, _x in _GENDERS if tag in g}
    return not theirs or bool(genders & theirs)


def apposed_first_name(text: str, code: str, surname: "Name", name: "Name") -> bool:
    """A lone first name set off by commas right after a lone surname names the same person (`Стара Лободиха, Хівря,
    вийшла`, `Іленчиха, Мотря, сиділа`): her first name, not someone else."""
    if text[surname.end:name.start] != ", " or " " in surname.text or " " in name.text or surname.first is not None \
            or surname.type != "person" or text[name.end:name.end + 1] != ",":
        return False
    if surname.gender and name.gender and surname.gender != name.gender:
        return False
    found = morph.parses(code, name.text.lower())  # a name the dictionary knows only as a noun (`Гапка`) too, not a place
    return any("nomn" in g and ("Name" in g or "NOUN" in g) for _n, g, _s in found) and not any("Geox" in g for _n, g, _s in found)


def join_first_name(entity: "Entity", name: "Name") -> None:
    """Give ``entity`` (known by a surname) the first name ``name`` set off after it: `Хівря Лободиха`."""
    surname = next((f for f in entity.forms if " " not in f), None)
    if surname is None or entity.first:
        return
    entity.first = name.canon.lower()
    entity.forms[f"{name.canon} {surname}"] = 1
    entity.refresh()


_HEAD = compile_later(r"(?:^|(?<=[.!?…]\s)|(?<=^[ \t\u00a0]*[—–-][ \t\u00a0]))(\p{Lu}\p{Ll}+)(?=[ \u00a0]\p{Ll})", regex.MULTILINE)


def named_again(text: str, names: "List[Name]", end: Optional[int]) -> "List[Tuple[int, int, Name]]":
    """Sentence-opening words the text names someone with elsewhere, mid-sentence, in that very form
    (`… а мати, стара Іленчиха, поралася …` then `Іленчиха випросталася …`): (start, end, that earlier name)."""
    known = {}
    for n in names:
        if " " not in n.text and n.type == "person" and n.text[:1].isupper():
            known.setdefault(n.text, n)
    if not known:
        return []
    taken = {n.start for n in names}
    found = []
    for m in _HEAD.finditer(text, 0, len(text) if end is None else end):
        first = known.get(m.group(1))
        if first is not None and m.start(1) not in taken and first.start != m.start(1) \
                and regex.search(r"(?<!\w)" + regex.escape(m.group(1).lower()) + r"(?!\w)", text) is None:
            found.append((m.start(1), m.end(1), first))
    return found
