"""Regular expressions compiled on first use, for patterns only some texts need.

Compiling a ``regex`` pattern takes 0.3–2 ms; a pattern that only Russian and
Ukrainian text reaches should cost an English run nothing at import.
"""
from __future__ import annotations

from typing import Any, List

import regex


class LazyPattern:
    """A ``regex`` pattern compiled when one of its attributes is first asked for.

    The attribute (``search``, ``match``, ``finditer``, …) is then kept on the
    instance, so later uses reach it as quickly as a compiled pattern's own.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)
        _MADE.append(self)

    def __getattr__(self, name: str) -> Any:
        """Compile the pattern and keep the attribute asked for, so the next use skips this."""
        if name.startswith("__"):
            raise AttributeError(name)  # copy and pickle probe for dunders: no reason to compile
        value = getattr(regex.compile(*self._source), name)
        setattr(self, name, value)
        return value

    def forget(self) -> None:
        """Drop the compiled pattern's attributes; the next use compiles again."""
        self.__dict__ = {"_source": self._source}


_MADE: List[LazyPattern] = []  # every lazy pattern, for clear_caches


def compile_later(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern like ``regex.compile(pattern, flags)`` that compiles on its first use."""
    return LazyPattern(pattern, flags)


def clear_caches() -> None:
    """Forget every lazily compiled pattern (tests, long-running hosts)."""
    for pattern in _MADE:
        pattern.forget()
