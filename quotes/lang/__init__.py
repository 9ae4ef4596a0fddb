"""Per-language material, looked up through an explicit registry.

Modules here import nothing from outside ``quotes.lang`` so that ``translate``
can reuse them without import cycles.
"""
from __future__ import annotations

import importlib
import re
from types import ModuleType

REGISTRY = {
    "en": "quotes.lang.en",
    "ru": "quotes.lang.ru",
    "uk": "quotes.lang.uk",
}
CODES = tuple(REGISTRY)


class UnknownLanguageCode(ValueError):
    """A code that is not in :data:`REGISTRY`."""


def get(code: str) -> ModuleType:
    """The rule module for ``code``; raises UnknownLanguageCode listing the valid codes."""
    try:
        name = REGISTRY[code]
    except KeyError:
        raise UnknownLanguageCode(
            f"unknown language {code!r}; choose one of: {', '.join(CODES)}"
        ) from None
    return importlib.import_module(name)


_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def guess(text: str, sample: int = 20000) -> str:
    """Cheap script-based guess of en/ru/uk for a whole document (no model needed).

    Latin-majority text is English; Cyrillic text is Ukrainian when letters only
    Ukrainian has outnumber letters only Russian has.
    """
    head = text[:sample]
    if _CYRILLIC.search(head) is None:
        return "en"  # no Cyrillic letter: Latin ones, if any, are the majority
    latin = cyr = uk = ru = 0
    for ch in head:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            latin += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyr += 1
            if ch in _UK_ONLY:
                uk += 1
            elif ch in _RU_ONLY:
                ru += 1
    if latin >= cyr:
        return "en"
    return "uk" if uk > ru else "ru"
