"""What a quoted stretch is: a full utterance (`direct`), a fragment inside narration (`partial`), or a title,
name, scare quote or headline (`other`).

A mixin of the extraction pipeline's document: it reads the document's text, ``code``, ``lang``, paragraphs,
sentences and cues, all set by the pipeline.
"""
from __future__ import annotations

from typing import Optional

import regex

from .context import Attribution
from .find import Region
from .patterns import compile_later
from .tokens import tokenize

TITLE_MAX_WORDS = 6  # longer quoted text is never a title; callers tokenize one word more, not all
_DATELINE = regex.compile(r"\p{Lu}[\p{Lu} .,]+(?:\([^)]*\))?\s*[—–-]")  # `MIAMI, Fla. (AP) —` opens a story
_SAID_BEFORE = regex.compile(r"[,!?…][”\"][ \u00a0]+([^“”\"\n.!?]{2,60})\.[ \u00a0]*$")
_DASH_FRAME = compile_later(r"[,!?…]?[ \t\u00a0]*[—–-][ \t\u00a0]")


class QuoteKinds:
    """Direct, partial or other: read from the marks, the words around the quote and its attribution."""

    def _kind(self, r: Region, att: Optional[Attribution]) -> str:
        """`direct`, `partial` or `other` for a top-level region, given the attribution found for it."""
        text = self.text
        if r.dialogue or r.author_after is not None or r.author_before is not None:
            return "direct"
        if self._in_headline(r):
            return "other"  # `Sheriff to Feds: ‘We Did Your Job’` heads the story; its quote comes again below
        body = text[r.start:r.end]
        words = tokenize(text, r.start, min(r.end, r.start + 100), TITLE_MAX_WORDS + 1)  # enough to count past 6
        pi = self._para_of(r.open_at)
        ps, pe = self.paras[pi]
        before = text[self.sentences.start(r.open_at, ps):r.open_at].rstrip(" \u00a0")
        close = r.close_at if r.close_at >= 0 else r.end
        after = text[close + 1:pe].lstrip(" \u00a0") if r.close_at >= 0 else ""
        sentence_like = len(words) >= 3 and (body[:1].isupper() or body[:1] in "…." or r.continued) and (
            body.rstrip()[-1:] in ".!?…,:;" or not after or after[:1] in ",.!?;:—–" or body[:1].isupper()
        )
        ended = before[-2:-1] in (".", "!", "?") and before[-1:] in "’'\"”»"  # `… said on “This Week.” “…”`
        embedded = bool(before) and (before[-1:].isalnum() or before[-1:] in "’'\"”»") and not ended and not (
            att is not None and att.cue is not None and att.cue[1] >= r.open_at - 3 and att.side == "before"
        )
        if not before and body[:1].isupper() and body.rstrip()[-1:] in ".!?…" and self._after_said(r.open_at, ps):
            return "direct"  # `“We take no vote for granted,” Ann Lee said. “Not one.”`
        framed = att is not None and att.cue is not None and (
            after[:1] in ",—–" or before[-1:] == ":" or (not after and before[-1:] in ",:")
            or (att.side == "after" and body.rstrip()[-1:] in ",?!")  # `“Yes,” said Ann Lee.`
        )
        if framed and not embedded:
            return "direct"
        if self.code != "en" and att is not None and att.cue is not None and att.side == "after" \
                and _DASH_FRAME.match(text, close + 1):
            return "direct"  # `Вчора «…», — сказав …`: the dash frame makes it speech whatever comes before
        cue_adjacent = att is not None and att.cue is not None and att.side == "before" and att.cue[1] >= r.open_at - 3
        if self._title_like(words, body, after) and not cue_adjacent:
            return "other"
        if att is None or att.cue is None:
            if sentence_like and not embedded and (len(words) >= 4 or body.rstrip()[-1:] in ".!?…"):
                return "direct"
            return "other"
        if self.code != "en" and self._according_sentence(r, att, before, after):
            return "direct"
        if embedded or not sentence_like:
            if self.code != "en" and not body[:1].islower():
                return "other"
            if att.mention is None and att.rule != "according" and not cue_adjacent:
                return "other"
            return "partial"
        return "direct"

    def _in_headline(self, r: Region) -> bool:
        """A quote in a headline: a short first paragraph, opening with no quotation mark or dash, that
        ends with no full stop (`Sheriff to Feds: ‘We Did Your Job’`) or is in Title Case over a story."""
        if r.open_at >= self.paras[0][1]:
            return False
        ps, pe = self.paras[0]
        head = self.text[ps:pe].strip()
        words = head.split()
        if head[:1] in "«„“\"'‘—–-" or len(words) > 16 or _DATELINE.match(head):
            return False
        if head.rstrip("”’\"'» \u00a0")[-1:] not in ".!?…":
            return True
        title_case = sum(w[:1].isupper() for w in words) >= 0.7 * len(words) >= 3
        return title_case and len(self.paras) > 1

    def _according_sentence(self, r: Region, att: Attribution, before: str, after: str) -> bool:
        """`по словам учёного, «такие …»`: a quote running from `по словам X,` to the sentence end is all X said."""
        if att.rule != "according" or att.side != "before" or att.mention is None or not before.endswith(","):
            return False
        return att.mention[1] >= r.open_at - 4 and (not after or after[:1] in ".!?…")

    def _after_said(self, pos: int, para_start: int) -> bool:
        """A short reporting sentence right after a quote ends just before ``pos`` (`…,” Ann Lee said. “`)."""
        m = _SAID_BEFORE.search(self.text, max(para_start, pos - 80), pos)
        return m is not None and self._is_cue_span(m.start(1), m.end(1))

    def _title_like(self, words, body: str, after: str) -> bool:
        """Names and titles in quotes: `the “Grad” system`, `«Экозащита!»`."""
        if not words:
            return True
        if len(words) > TITLE_MAX_WORDS:
            return False
        caps = [w for w in words if w.text[:1].isupper() or w.text.isdigit()]
        trailing = body.rstrip()[-1:]
        mid_sentence = bool(after) and after[:1].isalpha()
        if self.code == "en":
            small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with"}
            if not all(w.text[:1].isupper() or w.text.isdigit() or w.lower in small for w in words) or len(words) > 5:
                return False
            # `“Fox News Sunday,”` is a title even with the comma American style puts inside;
            # a lone `“Absolutely,”` may be a one-word answer.
            return trailing not in ".,?!" or (len(words) >= 2 and words[0].lower not in self.lang.SUBJECT_PRONOUNS)
        if len(caps) >= 1 and words[0].text[:1].isupper() and trailing not in ".,?…" and len(words) <= 4:
            return True
        if mid_sentence and len(words) <= 3 and words[0].text[:1].isupper():
            return True
        return False
