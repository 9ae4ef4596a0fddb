"""Russian and Ukrainian names back to the nominative: surnames, patronymics and gender by their endings."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Optional, Tuple

import regex

from . import morph

if TYPE_CHECKING:
    from .names import Name

PERSON_TAGS = ("Name", "Surn", "Patr")
_INDECLINABLE_ENDS = frozenset("иоуеюэё")  # how foreign names that never decline end (`Зизи`, `Коко`, `Мэри`)


def capitalise(word: str) -> str:
    """Each hyphenated part with a capital first letter (`жан-люк` → `Жан-Люк`)."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def name_parse(code: str, word: str) -> Optional[Tuple[str, str, frozenset]]:
    """(tag kind, normal form, grammemes) of the best person-name analysis of ``word``."""
    if word.isupper():
        word = word.capitalize()
    for normal, grams, score in morph.parses(code, word):
        for tag in PERSON_TAGS:
            if tag in grams:
                return tag, normal, grams
    return None


PATRONYMIC_SUFFIXES = ("ійович", "йович", "ович", "евич", "євич", "ьович", "ьич", "ич",
                       "ївна", "івна", "овна", "евна", "ьевна", "инична", "ична")


_NAME_STEM_ENDINGS = ("", "а", "о", "ий", "ій", "й", "я", "ь")


@functools.lru_cache(maxsize=4096)
def derived_patronymic(code: str, word: str) -> bool:
    """A patronymic the dictionary lacks, built on a first name it knows (`Володимирович`, `Дмитрич`)."""
    low = word.lower()
    for suffix in PATRONYMIC_SUFFIXES:
        stem = low[: len(low) - len(suffix)]
        if low.endswith(suffix) and len(stem) >= 3:
            return any(any("Name" in g for _, g, _ in morph.parses(code, capitalise(stem + e))) for e in _NAME_STEM_ENDINGS)
    return False


_GENDERED_SURNAME_ENDINGS = (
    ("femn", ("ська", "цька", "зька", "ская", "цкая", "иха", "їха")),
    ("masc", ("ський", "цький", "зький", "ский", "цкий", "ов", "ев", "ёв", "ін", "ин", "ын")),
)


def surname_gender(word: str) -> Optional[str]:
    """`masc`/`femn` from an ending only one gender's nominative surnames have (`Мельничиха`,
    `Заворотський`); None for `-ова` (maybe his genitive) or `-чук` (both)."""
    low = word.lower()
    for gender, endings in _GENDERED_SURNAME_ENDINGS:
        if any(low.endswith(e) and len(low) > len(e) + 2 for e in endings):
            return gender
    return None


def surname_in_case(code: str, word: str, reading: Tuple[str, str]) -> Optional[str]:
    """A surname read in ``reading`` (gender, case) put in the nominative: `Гайдука` (gen.) → `Гайдук`."""
    out = morph.inflect_nominative(code, word.lower(), ("Surn",) + reading, reading[0])
    return capitalise(out) if out and word[:1].isupper() else out


def nominative(code: str, word: str, tag: Optional[str], gender: Optional[str]) -> str:
    """``word`` in the nominative, keeping its capitalisation; unchanged when unsure.

    First names and patronymics are dictionary words, so pymorphy3 inflects them;
    surnames follow the language's ending tables (pymorphy3 guesses at rare ones).
    """
    if word.isupper() and len(word) > 1 and not word.capitalize().isupper():
        return nominative(code, word.capitalize(), tag, gender).upper()
    g = {"masc": "m", "femn": "f"}.get(gender or "", gender)
    if tag == "Name" and plural_name_only(code, word):
        tag = None  # `Сабуров`, `Иванов`: a surname, not the genitive plural of a first name
    if tag == "Name" and (not morph.known(code, word.lower()) or morph.ends_in_consonant(word)) and all(
            "plur" in g for _n, g, _s in morph.parses(code, word) if "Name" in g):
        return word  # `Делгер`, `Гордислав`, `Зорислав`: read as the plural of another name, a name of its own as written
    if tag in ("Name", "Patr"):
        for normal, grams, _ in morph.parses(code, word):
            if "nomn" in grams and tag in grams and "plur" not in grams and (
                    not gender or gender in grams
                    or gender == "femn" and morph.ends_in_consonant(word) and word[-1:] != "ь" and not morph.known(code, word.lower())):
                return word  # `Анны` is a plural nominative too, but a person is one; `Казарян`, a guess, stays as written
        out = morph.inflect_nominative(code, word.lower(), (tag,), gender)
        if out and tag == "Name" and word[-1:].lower() in _INDECLINABLE_ENDS and not morph.known(code, word.lower()) \
                and not morph.known(code, out):
            return word  # `Зизи`, `Коко`: a foreign name the dictionary lacks is not the genitive of a guessed `Зизя`
        if tag == "Patr" and (not out or out == word.lower()):
            return _patronymic_nominative(word)
        return capitalise(out) if out else word
    return _surname_nominative(code, word, g)


_PATRONYMIC_CASES = (("овичу", "ович"), ("евичу", "евич"), ("євичу", "євич"), ("ичеві", "ич"), ("ичем", "ич"),
                     ("ичу", "ич"), ("ича", "ич"), ("иче", "ич"), ("івною", "івна"), ("івно", "івна"), ("івни", "івна"),
                     ("івні", "івна"), ("івну", "івна"), ("овной", "овна"), ("овны", "овна"), ("овне", "овна"),
                     ("овну", "овна"), ("евной", "евна"), ("евны", "евна"), ("евне", "евна"), ("евну", "евна"))


def _patronymic_nominative(word: str) -> str:
    """A patronymic the dictionary only guesses at, by its case ending (`Кириковичу` → `Кирикович`)."""
    low = word.lower()
    for ending, repl in _PATRONYMIC_CASES:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return word[: len(word) - len(ending)] + repl
    return word


def _surname_nominative(code: str, word: str, gender: Optional[str]) -> str:
    from .lang import get

    lang = get(code)
    low = word.lower()
    if gender == "f" and morph.epicene_surname(low):
        return word  # a woman's surname ending in a consonant does not decline: `Сона Казарян`, `Ольга Ковальчук`
    if gender in ("m", None) and low.endswith(("шка", "чка", "ька", "йка", "ушка", "юшка")) and len(low) > 4:
        return word  # a man's pet name in -ка is its own nominative (`Тишка`, `Ермошка`), no genitive of `Тишк`
    genders = (gender,) if gender in ("m", "f") else ("m", "f")
    if any(low.endswith(e) for g in genders for e in lang.SURNAME_NOMINATIVE[g]):
        return word
    grams_wanted = {"m": "masc", "f": "femn"}
    if any("Surn" in g and "nomn" in g and any(grams_wanted[x] in g for x in genders) for _, g, _ in morph.parses(code, low)):
        return word  # a surname the dictionary knows in this form: `Прищепа`
    for ending, repl, g in lang.SURNAME_ENDINGS:
        if g in genders and low.endswith(ending) and len(low) - len(ending) >= 2:
            repl = _stressed_ending(code, low, repl) if code == "ru" else repl
            return word[: len(word) - len(ending)] + repl
    if gender == "m":
        common = _declined_common_noun(code, low)
        if common is not None:  # `Стрельца` → Стрелец, `Кравця` → Кравець: a noun's own stem change
            return capitalise(common) if word[:1].isupper() else common
        for ending in lang.CONSONANT_STEM_ENDINGS:
            stem = low[: len(low) - len(ending)]
            if low.endswith(ending) and len(stem) >= 3 and stem[-1] not in "аеёиоуыэюяіїєь":
                return word[: len(stem)]
            if low.endswith(ending) and ending in ("я", "ю", "ем", "єм") and len(stem) >= 3 and stem[-1] in "еоаі":
                return word[: len(stem)] + "й"
    return word


_GENITIVE_TO_NOMINATIVE = {
    "f": (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ської", "ська"), ("цької", "цька"), ("ової", "ова"),
          ("ой", "а"), ("ої", "а"), ("ы", "а"), ("и", "а")),
    "m": (("енка", "енко"), ("а", ""), ("я", "ь")),
}


def from_genitive(code: str, word: str, gender: Optional[str]) -> str:
    """A name word known to stand in the genitive (`по словам Сарданы Эверстовой`, `за словами Ласло Герцега`)
    back in the nominative, when the dictionary has no nominative person reading of it to go by; else as is."""
    low = word.lower()
    if gender not in ("m", "f") or morph.known(code, low) and any(
            "gent" not in g for _n, g, _s in morph.parses(code, low) if {"Name", "Surn"} & g):
        return word
    for ending, repl in _GENITIVE_TO_NOMINATIVE[gender]:
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and len(stem) >= 3 and (gender == "f" or stem[-1] not in "аеёиоуыэюяіїєь"):
            return word[: len(stem)] + repl
    return word


_VOCATIVE_ENDINGS = {"uk": (("іє", "ія"), ("ьку", "ько")), "ru": ()}


def vocative_nominative(code: str, name: "Name", text: str = "") -> None:
    """A one-word name the dictionary does not know, called in speech, back from the vocative: to the form of the
    same stem the text writes elsewhere (`Маріко` → `Маріка`, `Дорку` → `Дорко`), else by its ending (uk `Хівріє` →
    Хіврія, `Юзьку` → Юзько); ``name`` is changed in place."""
    low = name.canon.lower()
    if " " in low or len(low) < 4:
        return
    other = _nominative_written(code, name.canon, text) if text else None
    if other is not None:
        name.canon, name.key = other, other.lower()
        return
    if morph.known(code, low):
        return
    for ending, repl in _VOCATIVE_ENDINGS.get(code, ()):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            name.canon = name.canon[: len(low) - len(ending)] + repl
            name.key = name.canon.lower()
            return


_VOCATIVE_TO_NOMINATIVE = {"о": "ая", "у": "оьй", "ю": "ьй"}  # uk: `Маріко` → Маріка, `Дорку` → Дорко, `Андрію` → Андрій


def _nominative_written(code: str, word: str, text: str) -> Optional[str]:
    """The nominative the text writes elsewhere for a vocative (`Маріко?` … `Маріка надійшла`): the same stem with a
    nominative ending, a feminine first name for `-о` (not `Марка`, the genitive of `Марко`)."""
    if code == "uk" and word[-2:].lower() == "че" and len(word) > 4:  # `Лавриче` … `Лаврик`
        m = regex.search(r"(?<!\p{L})" + regex.escape(word[:-2]) + r"к(?!\p{L})", text)
        if m is not None:
            return m.group()
    if code == "uk" and word[-1:].lower() == "е" and len(word) > 3:  # `Мемете` … `Мемет`, `Петре` … `Петро`
        m = regex.search(r"(?<!\p{L})" + regex.escape(word[:-1]) + r"о?(?!\p{L})", text)
        return m.group() if m is not None else None
    if code == "uk" and word[-1:].lower() == "ю" and len(word) > 3:  # `Зеню` … `Зеньо`
        m = regex.search(r"(?<!\p{L})" + regex.escape(word[:-1]) + r"ьо(?!\p{L})", text)
        if m is not None:
            return m.group()
    endings = _VOCATIVE_TO_NOMINATIVE.get(word[-1:].lower()) if code == "uk" else None
    if not endings:
        return None
    for m in regex.finditer(r"(?<!\p{L})" + regex.escape(word[:-1]) + "[" + endings + r"](?!\p{L})", text):
        form = m.group()
        found = morph.parses(code, form.lower())
        if word[-1:].lower() != "о" or not morph.known(code, form.lower()) or any({"Name", "nomn", "femn"} <= g for _n, g, _s in found):
            return form
    return None


def plural_name_only(code: str, word: str) -> bool:
    """Every first-name reading of ``word`` is plural (`Сабуров` as `of the Сабуры`): it is a surname."""
    names = [g for _n, g, _s in morph.parses(code, word.lower()) if "Name" in g]
    return bool(names) and all("plur" in g for g in names) and word.lower().endswith(("ов", "ев", "ёв", "ин", "ын"))


def _stressed_ending(code: str, low: str, repl: str) -> str:
    """`Шаховского` → `Шаховской`, not `Шаховский`, when the dictionary knows the surname or place with -ской."""
    if repl not in ("ский", "цкий"):
        return repl
    for normal, grams, _s in morph.parses(code, low):
        if ("Surn" in grams or "Geox" in grams) and "masc" in grams and normal.endswith(repl[:-2] + "ой"):
            return repl[:-2] + "ой"
    return repl


def _declined_common_noun(code: str, low: str) -> Optional[str]:
    """The nominative of a surname that is also a masculine animate noun, seen in an oblique case."""
    parses = morph.parses(code, low)
    if not parses or any("nomn" in g for _, g, _ in parses):
        return None
    for normal, grams, _ in parses:
        if "NOUN" in grams and "anim" in grams and "masc" in grams and "plur" not in grams and grams & morph.OBLIQUE:
            return normal
    return None


@functools.lru_cache(maxsize=20_000)
def surname_keys(code: str, word: str) -> Tuple[str, ...]:
    """Every nominative the word could stand for (`Гладкова` → гладков, гладкова), each once, always in the
    same order; cached, since every mention of a name asks again."""
    keys = {word.lower()}
    if code in ("ru", "uk"):
        for g in ("m", "f", None):
            keys.add(_surname_nominative(code, word, g).lower())
        for tag in ("Name", "Patr"):
            for g in ("masc", "femn", None):
                out = morph.inflect_nominative(code, word.lower(), (tag,), g)
                if out:
                    keys.add(out.lower())
    return tuple(keys)


def regender(code: str, name: str, gender: str) -> str:
    """A canonical name redone for a gender learnt later (`Євгенія` + he → `Євгеній`)."""
    g = {"m": "masc", "f": "femn"}[gender]
    words = []
    for w in name.split():
        p = name_parse(code, w)
        words.append(nominative(code, w, p[0] if p else None, g))
    return " ".join(words)


def clear_caches() -> None:
    """Forget cached patronymic readings and surname keys (tests, long-running hosts)."""
    derived_patronymic.cache_clear()
    surname_keys.cache_clear()
