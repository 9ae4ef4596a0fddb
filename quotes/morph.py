"""Russian and Ukrainian morphology through pymorphy3, behind clearable caches.

pymorphy3 is imported on first use so that ``quotes --help`` stays fast.
"""
from __future__ import annotations

import functools
from typing import FrozenSet, Optional, Tuple

Parse = Tuple[str, FrozenSet[str], float]  # (normal form, grammemes, score)


@functools.lru_cache(maxsize=None)
def analyzer(lang: str):
    """The pymorphy3 analyser for ``ru`` or ``uk`` (loaded once)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.lru_cache(maxsize=200_000)
def parses(lang: str, word: str) -> Tuple[Parse, ...]:
    """Every analysis of ``word``: normal form, grammemes and score."""
    return tuple(
        (p.normal_form, frozenset(str(p.tag).replace(" ", ",").split(",")), p.score)
        for p in analyzer(lang).parse(word)
    )


@functools.lru_cache(maxsize=200_000)
def inflect_nominative(lang: str, word: str, tags: Tuple[str, ...], gender: Optional[str]) -> Optional[str]:
    """``word`` in the nominative singular, using its analysis that carries ``tags``."""
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


def clear_caches() -> None:
    """Drop loaded analysers and cached analyses (tests, long-running hosts)."""
    analyzer.cache_clear()
    parses.cache_clear()
    inflect_nominative.cache_clear()
