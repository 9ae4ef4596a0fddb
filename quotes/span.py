"""Pure helpers on (start, end) offsets into the original text."""
from __future__ import annotations

import bisect
from typing import List, Tuple

WS = " \t\u00a0\u2009\u202f\r\n"


def strip(text: str, start: int, end: int, chars: str = WS) -> Tuple[int, int]:
    """Shrink ``[start, end)`` past ``chars`` at both ends (default: whitespace)."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def paragraphs(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every non-blank line; a line is a paragraph in news text."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = strip(text, pos, end)
        if s < e:
            out.append((s, e))
        if nl < 0:
            break
        pos = nl + 1
    return out


def overlap(a: Tuple[int, int], b: Tuple[int, int]) -> int:
    """Length of the intersection of two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def inside(inner: Tuple[int, int], outer: Tuple[int, int]) -> bool:
    """True when ``inner`` lies within ``outer``."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def inside_any(pos: int, spans: List[Tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, non-overlapping)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
