"""Shared by the speaker tests: the direct quotes of a text, in order."""
from __future__ import annotations

from typing import List

import quotes


def direct(text: str, lang: str) -> List[quotes.Quote]:
    """The quotes of ``text`` that are full utterances (kind `direct`)."""
    return [q for q in quotes.extract(text, lang=lang) if q.kind == "direct"]
