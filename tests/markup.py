"""One-line markup for quote cases: ``[quote]``, ``{cue}``, ``<speaker mention>``.

``«[Ситуация сложная]», — {заявил} <Гладков>.`` becomes the plain text plus the
expected spans, so a case reads like the sentence it tests (razdel's style).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Tuple

OPEN = {"[": "quote", "{": "cue", "<": "speaker"}
CLOSE = {"]": "quote", "}": "cue", ">": "speaker"}


@dataclass
class Case:
    text: str
    quotes: List[Tuple[int, int]] = field(default_factory=list)
    cues: List[Tuple[int, int]] = field(default_factory=list)
    speakers: List[Tuple[int, int]] = field(default_factory=list)


def parse(markup: str) -> Case:
    """Strip the markup and record where each marked span lies in the plain text."""
    out: List[str] = []
    stacks = {"quote": [], "cue": [], "speaker": []}
    case = Case("")
    for ch in markup:
        pos = sum(len(x) for x in out)
        if ch in OPEN:
            stacks[OPEN[ch]].append(pos)
        elif ch in CLOSE:
            kind = CLOSE[ch]
            start = stacks[kind].pop()
            getattr(case, kind + "s" if kind != "speaker" else "speakers").append((start, pos))
        else:
            out.append(ch)
    case.text = "".join(out)
    case.quotes.sort()
    return case


def render(text: str, quotes, cues=(), speakers=()) -> str:
    """The inverse of :func:`parse`, for readable failure messages."""
    marks = []
    for s, e in quotes:
        marks += [(s, 1, "["), (e, 0, "]")]
    for s, e in cues:
        marks += [(s, 1, "{"), (e, 0, "}")]
    for s, e in speakers:
        marks += [(s, 1, "<"), (e, 0, ">")]
    out = list(text)
    for pos, _order, mark in sorted(marks, reverse=True):
        out.insert(pos, mark)
    return "".join(out)
