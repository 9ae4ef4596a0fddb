"""Russian and Ukrainian morphology through pymorphy3, behind clearable caches.

pymorphy3 is imported on first use so that ``quotes --help`` stays fast.
"""
from __future__ import annotations

import functools
from typing import FrozenSet, Optional, Sequence, Tuple

from . import first_names

Parse = Tuple[str, FrozenSet[str], float]  # (normal form, grammemes, score)
CASES = frozenset("nomn gent datv accs ablt loct voct gen2 acc2 loc2".split())
OBLIQUE = CASES - {"nomn"}


def is_nominative(grams: FrozenSet[str]) -> bool:
    """Nominative, or a dictionary form with no case at all (the uk dictionary leaves some untagged)."""
    return "nomn" in grams or not (grams & CASES)


@functools.lru_cache(maxsize=None)
def analyzer(lang: str):
    """The pymorphy3 analyser for ``ru`` or ``uk`` (loaded once)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.lru_cache(maxsize=200_000)
def parses(lang: str, word: str) -> Tuple[Parse, ...]:
    """Every analysis of ``word``: normal form, grammemes and score; first names the dictionary lacks come first."""
    return first_names.forms(lang).get(word.lower(), ()) + tuple(
        (p.normal_form, frozenset(str(p.tag).replace(" ", ",").split(",")), p.score)
        for p in analyzer(lang).parse(word)
    )


@functools.lru_cache(maxsize=200_000)
def known(lang: str, word: str) -> bool:
    """The dictionary holds ``word`` itself, so its analyses are not guesses from the ending."""
    return analyzer(lang).word_is_known(word)


@functools.lru_cache(maxsize=200_000)
def inflect_nominative(lang: str, word: str, tags: Tuple[str, ...], gender: Optional[str]) -> Optional[str]:
    """``word`` in the nominative singular, using its analysis that carries ``tags``."""
    extra = first_names.nominative(lang, word, tags, gender)
    if extra is not None:
        return extra
    best = None
    for p in analyzer(lang).parse(word):
        grams = set(str(p.tag).replace(" ", ",").split(","))
        if not set(tags) <= grams:
            continue
        if gender and ("masc" in grams or "femn" in grams) and gender not in grams:
            continue
        best = p
        break
    if best is None:
        return None
    want = {"nomn", "sing"} if "Pltm" not in str(best.tag) else {"nomn"}
    out = best.inflect(want) or best.inflect({"nomn"})
    return out.word if out else None


_OBLIQUE = ("gent", "datv", "ablt", "loct", "loc2", "gen2")


@functools.lru_cache(maxsize=20_000)
def phrase_nominative(lang: str, phrase: str) -> str:
    """A noun phrase in an oblique case back in the nominative, number kept, capitals kept:
    `Повітряних силах` → `Повітряні сили`; words in the nominative, or unknown, stay."""
    words = phrase.split(" ")
    out = []
    agree: set = set()  # the head noun's gender and number, for the adjectives before it (`Головному управлінні`)
    for word in words:
        head = next((p for p in analyzer(lang).parse(word.lower()) if p.tag.POS in ("NOUN", "ADJF", "PRTF")
                     and p.tag.case in _OBLIQUE), None)
        if head is not None and head.tag.POS == "NOUN":
            agree = {"plur"} if head.tag.number == "plur" else {head.tag.gender} if head.tag.gender else set()
            break
    for k, word in enumerate(words):
        best = next((p for p in analyzer(lang).parse(word.lower()) if p.tag.POS in ("NOUN", "ADJF", "PRTF")
                     and p.tag.case in _OBLIQUE), None)
        if best is None and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in analyzer(lang).parse(word.lower())):
            return " ".join(out + words[k:])  # the head is already in the nominative
        new = None
        if best is not None and best.tag.POS != "NOUN" and agree:
            new = best.inflect({"nomn"} | agree)
        new = new or (best.inflect({"nomn"}) if best is not None else None)
        if new is None:
            out.append(word)
        elif word.isupper():
            out.append(new.word.upper())
        else:
            out.append(new.word[:1].upper() + new.word[1:] if word[:1].isupper() else new.word)
        if best is not None and best.tag.POS == "NOUN":
            return " ".join(out + words[k + 1:])  # the head noun: what follows depends on it, in its own case
    return " ".join(out)


def clear_caches() -> None:
    """Drop loaded analysers and cached analyses (tests, long-running hosts)."""
    analyzer.cache_clear()
    parses.cache_clear()
    inflect_nominative.cache_clear()
    known.cache_clear()
    phrase_nominative.cache_clear()
    first_names.clear_caches()


def nominative_name(code: str, word: str) -> bool:
    """A name read as nominative: its likeliest parse, or a first name's nominative reading when the likeliest
    is a vocative or a surname's oblique case (uk `Петро` is also the vocative of `Петра`, `Ганна` a surname's genitive)."""
    found = parses(code, word.lower())
    if not found:
        return False
    top = found[0][1]
    if "nomn" in top:
        return True
    if "voct" in top or "Surn" in top:
        return any("nomn" in g and "Name" in g and "plur" not in g for _n, g, _s in found[1:4])  # `Олесі`, read as a plural, names no one subject
    return False


def first_name_nominative(code: str, words: Sequence[str]) -> Optional[bool]:
    """Whether a name of several words that opens on a first name is in the nominative, read from that first
    name (`Валентина Седых`, `Вадим Стрельцов`: the surname may be undeclined or read as another word); None
    when it does not open on a first name."""
    first = [g for _n, g, _s in parses(code, words[0].lower()) if "Name" in g] if len(words) > 1 else []
    if not first:
        return None
    return any("plur" not in g and is_nominative(g) for g in first) or woman_by_surname(code, words) \
        or (all("plur" in g for g in first) and ends_in_consonant(words[0]))  # `Зорислав ГРЕБІНЬ`, `Федь`


VOWELS = "аеёиоуыэюяіїє"  # Russian and Ukrainian vowel letters; a word ending in none of them (nor `й`) ends in a consonant
MAN_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын")  # Russian men's surnames; a woman's adds -а


def ends_in_consonant(word: str) -> bool:
    """The word's last letter is a consonant or `ь` (`Лендєл`, `Гребінь`), not a vowel, `й` or an apostrophe."""
    last = word[-1:].lower()
    return last.isalpha() and last not in VOWELS + "й"


def epicene_surname(word: str) -> bool:
    """A surname ending in a consonant but not in a Russian man's -ов/-ев/-ин: the same for a woman, undeclined
    (`Лендєл`, `Шмидт`, `Луців`)."""
    return ends_in_consonant(word) and not word.lower().endswith(MAN_SURNAME_ENDS)


def woman_by_surname(code: str, words: Sequence[str]) -> bool:
    """`Ольжана МИГАЛЬ`: a first name in -а/-я that is no man's (`Олекса`) before a surname ending in a consonant that
    is no man's form (`Трапезников`), which a man's would decline (`Ольжана МИГАЛЯ`), names a woman in the nominative,
    whatever the dictionary guesses for a first name it does not know."""
    if len(words) != 2 or words[0][-1:].lower() not in ("а", "я") or len(words[1]) < 3:
        return False
    last = words[1].lower()
    if last[-1:] in ("у", "ю") and all({"datv", "loct"} & g and "gent" not in g for _n, g, _s in parses(code, last)):
        pass  # `Доїна Морару`: a surname read only as a dative, which no genitive name nor a first name in -а goes with
    elif not epicene_surname(last):
        return False
    return not any({"Name", "masc"} <= g and is_nominative(g) for _n, g, _s in parses(code, words[0].lower()))
