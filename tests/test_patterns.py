"""Lazily compiled patterns: compiled on first use, the same matches as a compiled pattern, clearable."""
from __future__ import annotations

import regex

from quotes import patterns
from quotes.patterns import compile_later


def test_compiles_on_first_use_and_matches_alike():
    lazy = compile_later(r"(\p{Lu}\p{Ll}+)", regex.MULTILINE)
    assert "search" not in vars(lazy)
    text = "said Ann.\nBob nodded"
    eager = regex.compile(r"(\p{Lu}\p{Ll}+)", regex.MULTILINE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.match(text, 10).group(1) == "Bob"
    assert "finditer" in vars(lazy)


def test_clear_caches_forgets_the_compiled_pattern():
    lazy = compile_later(r"\d+")
    assert lazy.search("a 12").group() == "12"
    patterns.clear_caches()
    assert set(vars(lazy)) == {"_source"}
    assert lazy.sub("#", "a 12 b 3") == "a # b #"


def test_english_leaves_russian_patterns_uncompiled():
    import quotes
    from quotes.pipeline import clear_caches
    from quotes.newcomers import _SUBORDINATE

    clear_caches()
    quotes.extract("“We will build it,” the mayor, Ann Lee, said on Monday.", lang="en")
    assert set(vars(_SUBORDINATE)) == {"_source"}
