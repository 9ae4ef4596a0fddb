"""Who speaks for a document or through another's mouth: `говорится в сообщении`, `цитирует X пресс-служба`,
`Это был X` after an unnamed speaker.

A mixin of :class:`quotes.resolve.SpeakerResolution`; it reads the same document state.
"""
from __future__ import annotations

import bisect
from typing import Dict, Optional, Tuple

import regex

from . import morph
from .declension import surname_keys
from .model import Speaker
from .names import Entity, prev_token
from .patterns import compile_later
from .tokens import NEXT_WORD, WORD

_DOCUMENT_AFTER = compile_later(r"[ \u00a0]+(?:в|у|во|на)[ \u00a0]+(\p{L}+)")
_LATIN_NAME = compile_later(r"\b[A-Z][A-Za-z]+(?:[ .][A-Z][A-Za-z]+)*")
_RELAY_LEMMAS = frozenset("цитировать процитировать цитувати процитувати".split())
_SAID_IN = compile_later(r"(?:^|(?<=[.!?…]\s))(?:[ВвУу]|Во)[ \u00a0]+(\p{L}[\p{L}-]*(?:[ \u00a0]+\p{L}[\p{L}-]*)?)[ \u00a0]+(\p{Ll}+ли)\b",
                         regex.MULTILINE)  # `В пресс-службе мэрии сообщили`
_COMPLEMENT = compile_later(r"[ \u00a0]+(«[^»\n]{1,60}»|по[ \u00a0]+\p{L}+[ \u00a0]+\p{L}+(?=[.,;:!?\n])|[\p{L}-]+)")
_CAPITAL_BEFORE = compile_later(r"(\p{Lu}\p{Ll}+(?:е|я|а|ый|ий|ій|ой))[ \u00a0]+\Z")
_GENERIC_ORG = frozenset("ведомство відомство".split())
_REVEALED = compile_later(r"(?<=[.!?…][ \u00a0]+)(?:Это|То|Це) (?:был|была|оказался|оказалась|був|була|виявився|виявилася) ")
_CALLED_SO = compile_later(r"[^.!?…\n]{0,160}?, (?:которого|которую|якого|яку) (?:\p{L}+ ){0,2}(?:звали|зовут|называли|звал|звала|"
                           r"звуть|кликали|називали) (?:просто |все |всі )?")  # `дипломат, …, которого все звали просто Гуго`


class DocumentSources:
    """Documents, their issuers, relayed quotes and speakers the narration names afterwards."""

    def _revealed(self, end: int) -> Optional[Entity]:
        """The person the narration names right after an unnamed speaker, in its paragraph (`Это был Кондратьев`,
        `Это был маленький, плотный немец, Ювеналий Оттонович Шульц`)."""
        m = _CALLED_SO.match(self.text, end) or _REVEALED.search(self.text, end, self.paras[self._para_of(end)][1])
        if m is None:
            return None
        stop = min(self.sentences.end(m.end(), self.paras[self._para_of(end)][1]), m.end() + 80)
        i = bisect.bisect_left(self.person_positions, (m.end(),))
        at, entity, _q = self.person_positions[i] if i < len(self.person_positions) else (stop, None, False)
        if entity is None or at >= stop or (at > m.end() and "," not in self.text[m.end():at]):
            return None  # the name itself, or after a description set off by commas
        return entity if entity.type != "organization" else None

    def _quoted_one(self, after_cue: int) -> Optional[Entity]:
        """The person named right after a verb of quoting (`цитирует Абрамова пресс-служба клуба`): the one quoted."""
        m = NEXT_WORD.match(self.text, after_cue)
        entity = self.entity_of.get(m.start(1)) if m is not None else None
        if entity is None or entity.type == "organization":
            return None
        named = [e for k in surname_keys(self.code, m.group(1)) for e in self.registry.by_key.get(k, ())
                 if e is not entity and e.type != "organization" and min(e.mentions)[0] < after_cue]
        return max(named, key=lambda e: (e.hint, min(e.mentions)[0])) if len(entity.mentions) == 1 and named else entity

    def _relays(self, cue: Tuple[int, int]) -> bool:
        """A verb of quoting someone else (`цитує`, `цитирует`): its subject passes the words on."""
        word = self.text[cue[0]:cue[1]].lower()
        return any(n in _RELAY_LEMMAS for n, _g, _s in morph.parses(self.code, word))

    def _document_author(self, after_cue: int, quote_at: int) -> Optional[Speaker]:
        """`«…», — йдеться у доповіді`: whoever the text said issued that document (`Аналітики
        GreenWatch оприлюднили доповідь`), when the sentence naming it also names them."""
        m = _DOCUMENT_AFTER.match(self.text, after_cue)
        if m is None:
            return None
        lemmas = {n for n, _g, _s in morph.parses(self.code, m.group(1).lower())} & self.lang.DOCUMENT_NOUNS
        if not lemmas:
            return None
        firsts = self._document_mentions()
        for at in sorted(firsts[lemma] for lemma in lemmas if lemma in firsts and firsts[lemma] < quote_at)[:1]:
            s_start = self.sentences.start(at, 0)  # where the document is first named: who issued it
            s_end = self.sentences.end(at + 1, len(self.text))
            latin = _LATIN_NAME.search(self.text, s_start, s_end)
            i = bisect.bisect_left(self.ctx.name_starts, s_start)
            named = [n for n in self.ctx.names[i:i + 20] if n.start < s_end]
            if named:
                n = named[0]
                entity = self.entity_of.get(n.start)
                kind = "organization" if n.type == "organization" else "person"
                return Speaker(entity.best if entity is not None else n.canon, None, None, kind)
            if latin is not None:
                return Speaker(latin.group(), None, None, "organization")
            words = list(WORD.finditer(self.text, s_start, s_end))
            for i, x in enumerate(words):  # `Министерство обороны опубликовало сообщение`
                if {n for n, _g, _s in morph.parses(self.code, x.group().lower())} & self.lang.ORG_LEMMAS:
                    end = words[i + 1].end() if i + 1 < len(words) and self.text[x.end():words[i + 1].start()] == " " \
                        and any("gent" in g for _n, g, _s in morph.parses(self.code, words[i + 1].group().lower())) else x.end()
                    return Speaker(morph.phrase_nominative(self.code, self.text[x.start():end]), None, None, "organization")
            return None
        return None

    def _said_in(self, pos: int) -> Optional[Speaker]:
        """`В пресс-службе мэрии сообщили, что … «…», — говорится в сообщении`: the organisation a plural
        reporting verb spoke for last, in this paragraph or the one before."""
        found = None
        for m in _SAID_IN.finditer(self.text, self.paras[max(0, self._para_of(pos) - 1)][0], pos):
            ok, _g, number = self.cues.check(m.group(2))
            head = m.group(1).split()[0]
            if ok and number == "pl" and not self.ctx.in_quote(m.start()) and (
                    head[:1].isupper() or {n for n, _g, _s in morph.parses(self.code, head.lower())} & self.lang.ORG_LEMMAS):
                found = m
        if found is None:
            return None
        return Speaker(morph.phrase_nominative(self.code, found.group(1)), None, None, "organization")

    def _document_mentions(self) -> Dict[str, int]:
        """Where each kind of document (`доповідь`, `сообщение`) is first named: one pass, on first need."""
        if self.document_firsts is None:
            firsts: Dict[str, int] = {}
            for w in WORD.finditer(self.text):
                for lemma in {n for n, _g, _s in morph.parses(self.code, w.group().lower())} & self.lang.DOCUMENT_NOUNS:
                    firsts.setdefault(lemma, w.start())
            self.document_firsts = firsts
        return self.document_firsts

    def _owner_in_full(self, s: int, e: int) -> str:
        """A service of an organisation named by a bare noun (`прес-службі клубу`), with the name the text gave that
        organisation before (`клуб «Бессарабія»`): `прес-службі клубу «Бессарабія»`."""
        words = self.text[s:e].split(" ")
        if len(words) != 2 or not words[1][:1].islower():
            return self.text[s:e]
        owner_start = s + len(words[0]) + 1
        full = self._org_in_full(owner_start, e)
        owner = morph.phrase_nominative(self.code, words[1])
        at = full.lower().find(owner.lower() + " «") if full is not None else -1
        return self.text[s:e] + full[at + len(owner):] if at >= 0 else self.text[s:e]

    def _adjectives_before(self, start: int) -> int:
        """Where the adjectives right before an organisation noun begin (`Октябрьский районный суд`)."""
        for _ in range(3):
            tok = prev_token(self.text, start)
            if tok is None or self.text[tok.end:start] != " " or self.ctx.in_quote(tok.start):
                break
            top = morph.parses(self.code, tok.text.lower())[:1]
            if not top or "ADJF" not in top[0][1]:
                break
            start = tok.start
        return start

    def _org_in_full(self, s: int, e: int) -> Optional[str]:
        """An organisation as a bare common noun (`в заявлении компании`, `у департаменті`): the full name the
        text gave it last before, in the nominative (`компания «Северный квартал»`), or for `ведомство` the
        organisation named last."""
        word = self.text[s:e]
        if " " in word or not word[:1].islower() or self.code == "en":
            return None
        lemmas = {n for n, _g, _s in morph.parses(self.code, word.lower())}
        generic = bool(lemmas & _GENERIC_ORG)
        wanted = (self.lang.ORG_LEMMAS - _GENERIC_ORG) if generic else lemmas
        found = None
        for w in WORD.finditer(self.text, 0, s):
            if self.ctx.in_quote(w.start()) or not wanted & {n for n, _g, _s in morph.parses(self.code, w.group().lower())}:
                continue
            start, end = w.start(), w.end()
            before = _CAPITAL_BEFORE.search(self.text, max(0, start - 30), start) if generic else None
            start = before.start(1) if before is not None else self._adjectives_before(start)
            for m in iter(lambda: _COMPLEMENT.match(self.text, end), None):
                x, named = m.group(1), self.ctx.name_at(m.start(1))
                if named is not None and named.type != "organization" and " " in named.text:
                    break  # `райвідділу поліції Олександр Тимчук`: the person ends the name
                top = morph.parses(self.code, x.lower())[:1]
                if not x.startswith(("«", "по ")) and not x.isupper() and (not any(
                        "gent" in g for _n, g, _s in morph.parses(self.code, x.lower())) or top and {"PREP", "CONJ"} & top[0][1]):
                    break  # not `суд Ставрополя в четверг`
                end = m.end()
                if x.startswith("«"):
                    break
            if end > w.end() and (not generic or self.text[start].isupper()):
                found = self.text[start:end]
        return morph.phrase_nominative(self.code, found) if found else None
