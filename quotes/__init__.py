"""Find attributed quotations in en/ru/uk news and link them to their speakers.

In Python::

    import quotes
    for q in quotes.extract(text):
        print(q.text, q.speaker.name if q.speaker else None)
"""
from __future__ import annotations

from typing import List, Optional

from .errors import (
    ArchiveRejected,
    InputError,
    ModelMissing,
    QuotesError,
    UnknownLanguage,
)
from .model import Quote, Span, Speaker

__version__ = "0.1.0"
__all__ = [
    "extract",
    "Quote",
    "Span",
    "Speaker",
    "QuotesError",
    "InputError",
    "UnknownLanguage",
    "ArchiveRejected",
    "ModelMissing",
]


def extract(text: str, lang: Optional[str] = None, include_all: bool = False) -> List[Quote]:
    """Return every attributed quotation in ``text`` with its speaker and offsets.

    Args:
        text: the document (any length; paragraphs separated by newlines).
        lang: ``en``, ``ru`` or ``uk``; ``None`` or ``"auto"`` detects it.
        include_all: also return titles, names and scare quotes (kind ``other``).

    Returns:
        Quotes in document order; ``text[q.start:q.end] == q.text`` for each.

    Raises:
        UnknownLanguage: ``lang`` is not one of the supported codes.
        TypeError: ``text`` is not a ``str`` (decode bytes first, or use ``quotes.read``).
    """
    if not isinstance(text, str):
        raise TypeError(f"quotes.extract() needs the text as str, not {type(text).__name__}")
    from .pipeline import extract as _extract

    return _extract(text, lang=lang, include_all=include_all)
