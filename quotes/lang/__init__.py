"""Per-language material, looked up through an explicit registry.

Modules here import nothing from outside ``quotes.lang`` so that ``translate``
can reuse them without import cycles.
"""
from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import List, Tuple

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
_CYRILLIC_ALL = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")


def guess(text: str, sample: int = 20000) -> str:
    """Cheap script-based guess of en/ru/uk for a whole document (no model needed).

    Latin-majority text is English; Cyrillic text is Ukrainian when letters only
    Ukrainian has outnumber letters only Russian has.
    """
    head = text[:sample]
    if _CYRILLIC.search(head) is None:
        return "en"  # no Cyrillic letter: Latin ones, if any, are the majority
    if len(_LATIN.findall(head)) >= len(_CYRILLIC_ALL.findall(head)):
        return "en"
    uk = sum(map(head.count, _UK_ONLY))  # counted in C: a loop over each character took most of the time
    ru = sum(map(head.count, _RU_ONLY))
    return "uk" if uk > ru else "ru"


_LATIN_WORDS = re.compile(r"\b[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){3}")  # four Latin words in a row: maybe a passage
_LINE = re.compile(r"[^\n]*\n?")


def script_runs(text: str) -> List[Tuple[int, int, str]]:
    """``(start, end, code)`` stretches of whole lines written in one script: Latin ones are
    English, Cyrillic ones Russian or Ukrainian by :func:`guess`. One stretch for most texts."""
    if _CYRILLIC.search(text) is None:
        return [(0, len(text), "en")]
    if _LATIN_WORDS.search(text) is None:
        return [(0, len(text), guess(text))]  # a few Latin names or links in Cyrillic text
    runs: List[List] = []  # [start, end, script, letters]
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        line = m.group()
        if _LATIN.search(line) is None:  # most lines are in one script: count only mixed ones
            lat, cy = 0, (len(line) if _CYRILLIC.search(line) else 0)
        else:
            lat, cy = len(_LATIN.findall(line)), len(_CYRILLIC_ALL.findall(line))
        script = None if lat + cy < 12 else ("latin" if lat > cy else "cyrillic")
        if runs and (script is None or script == runs[-1][2] or runs[-1][2] is None):
            run = runs[-1]
            run[1] = m.end()
            run[2] = run[2] or script
            run[3] += lat + cy
        else:
            runs.append([m.start(), m.end(), script, lat + cy])
    return [(s, e, "en" if script == "latin" else guess(text[s:e])) for s, e, script, _n in runs]
