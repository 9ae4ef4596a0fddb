"""First names the pymorphy3 dictionary lacks (uk `Марко`, `Ганна`, `Корній`, which it reads as a surname's case or
a common noun), declined by the paradigm their ending gives, as extra analyses for :func:`quotes.morph.parses`."""
from __future__ import annotations

import functools
from typing import Dict, List, Optional, Tuple

Parse = Tuple[str, frozenset, float]

# (ending, stem cut, case endings): the forms of a first name by its nominative ending; the vocative last.
_MASCULINE = (
    ("ко", 1, {"gent": "а", "datv": "ові", "accs": "а", "ablt": "ом", "loct": "ові", "voct": "у"}),
    ("о", 1, {"gent": "а", "datv": "ові", "accs": "а", "ablt": "ом", "loct": "ові", "voct": "е"}),
    ("ій", 1, {"gent": "я", "datv": "єві", "accs": "я", "ablt": "єм", "loct": "єві", "voct": "ю"}),
    ("ь", 1, {"gent": "я", "datv": "еві", "accs": "я", "ablt": "ем", "loct": "еві", "voct": "ю"}),
    ("а", 1, {"gent": "и", "datv": "і", "accs": "у", "ablt": "ою", "loct": "і", "voct": "о"}),
    ("", 0, {"gent": "а", "datv": "ові", "accs": "а", "ablt": "ом", "loct": "ові", "voct": "е"}),
)
_FEMININE = (
    ("я", 1, {"gent": "і", "datv": "і", "accs": "ю", "ablt": "ею", "loct": "і", "voct": "е"}),
    ("а", 1, {"gent": "и", "datv": "і", "accs": "у", "ablt": "ою", "loct": "і", "voct": "о"}),
)


def declined(name: str, gender: str) -> List[Tuple[str, str]]:
    """(form, case) of ``name`` in every case, lower-cased, by the first paradigm whose ending it has."""
    low = name.lower()
    for ending, cut, cases in (_MASCULINE if gender == "masc" else _FEMININE):
        if low.endswith(ending):
            stem = low[: len(low) - cut] if cut else low
            if not ending and len(stem) > 3 and stem[-2] == "і" and stem[-1] not in "аеєиіїоуюяь":
                stem = stem[:-2] + "о" + stem[-1]  # `Хведір` → `Хведора`, `Хведоре`: і closes to о
            return [(low, "nomn")] + [(stem + e, case) for case, e in cases.items()]
    return [(low, "nomn")]


@functools.lru_cache(maxsize=None)
def forms(code: str) -> Dict[str, Tuple[Parse, ...]]:
    """Every declined form of the language's extra first names, with its analyses."""
    from .lang import get

    found: Dict[str, List[Parse]] = {}
    for gender, names in getattr(get(code), "EXTRA_FIRST_NAMES", {}).items():
        for name in names:
            for form, case in declined(name, gender):
                found.setdefault(form, []).append((name.lower(), frozenset({"NOUN", "anim", "Name", gender, "sing", case}), 1.0))
    return {form: tuple(ps) for form, ps in found.items()}


def nominative(code: str, word: str, tags: Tuple[str, ...], gender: Optional[str]) -> Optional[str]:
    """The nominative of an extra first name's form with ``tags`` (and ``gender``), or None."""
    for normal, grams, _s in forms(code).get(word.lower(), ()):
        if set(tags) <= grams and (not gender or gender in grams):
            return normal
    return None


def clear_caches() -> None:
    """Forget the built form table (tests that change a language's names)."""
    forms.cache_clear()
