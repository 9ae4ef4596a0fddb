"""The segments of one quote share a speaker: an utterance broken by its reporting clause (`“A,” he said. “B.”`) and
the segments around one clause (`— A, — каже. — B.`)."""
from __future__ import annotations

from typing import Dict, List, Tuple

from .model import Quote, Speaker


def share_speakers(out: List[Quote]) -> None:
    """Segments of one utterance take the speaker found for any of them; segments around one
    reporting clause (`— A, — каже. — B.`) take the first one's, unless a later one names its own."""
    by_utterance: Dict[int, Speaker] = {}
    named: Dict[int, Speaker] = {}
    by_cue: Dict[Tuple[int, int], Speaker] = {}
    for q in out:
        if q.kind not in ("direct", "partial"):
            continue
        if q.speaker is not None and q.speaker.name and q.utterance not in by_utterance:
            by_utterance[q.utterance] = q.speaker
        if q.speaker is not None and q.speaker.name and q.speaker.mention is not None:
            named.setdefault(q.utterance, q.speaker)
        elif q.rule == "inherited" and q.lang != "en" and q.utterance in named and q.speaker is not None \
                and q.speaker.name != named[q.utterance].name:
            first = named[q.utterance]  # `— A! — нарікала Мельничиха.— B.`: B is hers too
            q.speaker = Speaker(first.name, None, first.role, first.type)
        if q.cue is not None and q.speaker is not None and q.speaker.name:
            cue = (q.cue.start, q.cue.end)
            first = by_cue.setdefault(cue, q.speaker)
            if first is not q.speaker and q.speaker.mention is None and q.speaker.name != first.name:
                q.speaker = Speaker(first.name, None, first.role, first.type)
    for q in out:
        if q.kind in ("direct", "partial") and (q.speaker is None or not q.speaker.name) and q.utterance in by_utterance:
            src = by_utterance[q.utterance]
            q.speaker = Speaker(src.name, q.speaker.mention if q.speaker else None, src.role, src.type)
            q.confidence = max(q.confidence, 0.6)  # inferred from another segment of the same utterance
            q.rule = "inherited" if q.rule == "none" else q.rule
