"""Plain records for results: spans, speakers and quotes, each with ``to_dict()``."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Dict, Optional

KINDS = ("direct", "partial", "nested", "other")
SPEAKER_TYPES = ("person", "organization", "group")


@dataclass(frozen=True)
class Span:
    """A stretch of the input: ``text == source[start:end]`` (code-point offsets)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Speaker:
    """Who said a quote: canonical ``name``, the attributing ``mention``, ``role`` and ``type``."""

    name: Optional[str]
    mention: Optional[Span] = None
    role: Optional[str] = None
    type: str = "person"

    def to_dict(self) -> Dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention.to_dict() if self.mention else None,
            "role": self.role,
            "type": self.type,
        }


@dataclass
class Quote:
    """One quoted segment with its speaker, cue and position in the input.

    ``kind`` is ``direct`` (a whole utterance), ``partial`` (a fragment inside
    narration), ``nested`` (a quote inside a quote) or ``other`` (title, name or
    scare quote; only returned with ``include_all``). Segments of one utterance
    interrupted by its reporting clause share ``utterance``.
    """

    text: str
    start: int
    end: int
    kind: str = "direct"
    speaker: Optional[Speaker] = None
    cue: Optional[Span] = None
    utterance: int = 0
    lang: str = "en"
    confidence: float = 1.0
    rule: Optional[str] = None
    translations: Dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> Dict[str, Any]:
        d: Dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "utterance": self.utterance,
            "lang": self.lang,
            "confidence": round(self.confidence, 3),
        }
        if self.translations:
            d["translations"] = dict(self.translations)
        return d


def shift(quote: Quote, base: int) -> Quote:
    """Move a quote's offsets (and its speaker mention and cue) by ``base``: from a chunk or a
    stretch of the document into the whole text."""
    if not base:
        return quote
    quote.start += base
    quote.end += base
    if quote.cue is not None:
        quote.cue = replace(quote.cue, start=quote.cue.start + base, end=quote.cue.end + base)
    if quote.speaker is not None and quote.speaker.mention is not None:
        m = quote.speaker.mention  # a new Speaker: the segments of one turn may share theirs
        quote.speaker = replace(quote.speaker, mention=replace(m, start=m.start + base, end=m.end + base))
    return quote
