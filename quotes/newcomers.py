"""Who a pronoun or a first turn means when the narration brings someone in with a common noun and no name: a
newcomer (`і на порозі став високий селянин`, `Одна стара баба … спинила вуйка Юрчика`, `Студент, нанятый на лето`),
told apart from someone named who leads the sentence or someone only told of in a subordinate clause.

A mixin of :class:`quotes.resolve.SpeakerResolution`, beside :class:`quotes.strangers.Strangers`, which keeps the
unnamed speakers it finds and gives them names later.
"""
from __future__ import annotations

import bisect
from typing import Optional, Tuple

from . import agreement, morph
from .find import Region
from .model import Speaker
from .names import Entity, prev_token
from .patterns import compile_later
from .tokens import WORD, dash_turn

_SUBORDINATE = compile_later(r"(?i)\b(?:что|чтобы|зачем|почему|куда|откуда|если|будто|що|щоб|навіщо|чому|куди|звідки|якщо|ніби)\b")
_WHERE = compile_later(r"(?i)\b(?:где|куда|откуда|де|куди|звідки)\b")
_WHEN = compile_later(r"(?i)\b(?:когда|пока|где|коли|поки|де)\b")
WHO_FOLLOWS = compile_later(r",[ \u00a0]+(?:который|которая|котрий|котра|який|яка)\b")  # a clause describing the noun
DESCRIBED = compile_later(r"(?:,[ \u00a0]+|[ \u00a0]+(?:в|во|у)[ \u00a0]+)(\p{Ll}+)(?=[ \u00a0,.!?…])")  # `, сидевшая`, ` в лиловом`
CASES = frozenset("nomn gent datv accs ablt loct voct gen2 loc2".split())
_INDEFINITE = frozenset("один одна какой-то какая-то некий некая якийсь якась".split())


class Newcomers:
    """Someone the narration brings in without a name, whom a turn's pronoun or a first turn means."""

    def _newcomer(self, r: Region, pos: int, gender: Optional[str]) -> Tuple[bool, Optional[Entity], Optional[str]]:
        """Whom `він`/`вона` in a dialogue turn's cue means when the narration just before names no one
        but brings someone in with a common noun (`і на порозі став високий селянин`): that person.

        Returns (applies, named holder or None, the noun's lemma); (False, None, None) when the
        last sentence of the paragraph before names someone or has no such noun.
        """
        if not self._strangers_on() or not r.dialogue or gender not in ("m", "f"):
            return False, None, None
        pi = self._para_of(r.open_at)
        if pi == 0:
            return False, None, None
        ps, pe = self.paras[pi - 1]
        body = self.text[ps:pe].rstrip()
        if not body or body.lstrip()[:1] in "—–-«“\"":
            return False, None, None
        pe = ps + len(body)
        s_start = self.sentences.start(pe - 1, ps)
        i = bisect.bisect_left(self.person_positions, (s_start,))
        named = []
        while i < len(self.person_positions) and self.person_positions[i][0] < pe:
            at, entity, _q = self.person_positions[i]
            i += 1
            named.append(next((e for s, e in entity.mentions if s == at), at))
        start = max(named, default=s_start)  # after anyone it names: `Адвокат Рафалович сидів, коли … став селянин`
        for w in WORD.finditer(self.text, start, pe):
            if self.ctx.in_quote(w.start()):
                continue
            word = w.group().lower()
            found = morph.parses(self.code, word)
            top = [p for p in found[:2] if {"NOUN", "anim"} <= p[1] and ("nomn" in p[1] or not CASES & p[1])  # `бабуся` is read inanimate first, uk `баба` caseless,
                   and not (w.group()[:1].islower() and {"Name", "Surn", "Patr"} & p[1])][:1]  # `парубок` a surname
            if not top and found[:1] and w.start() == s_start and {"ADJF", "nomn"} <= found[0][1] and self._used_as_noun(w.end()):
                top = found[:1]  # `Кошовий звелів …`: an adjective opening the sentence as its subject is a noun too
            if not top or {"Name", "Surn", "Patr", "plur"} & top[0][1]:
                continue
            before = prev_token(self.text, w.start())
            if before is not None and before.text.lower() in self.lang.PREPOSITIONS:
                continue
            if self._set_off(w.start(), s_start):
                continue  # `бабуся її, полтавська поміщиця,`: the same person again
            clause = max(s_start, self.text.rfind(",", s_start, w.start()) + 1)
            if _SUBORDINATE.search(self.text, clause, w.start()):
                continue  # `Он знал, зачем пришёл брат`: told of in a subordinate clause, not brought into the scene
            if named and _WHERE.search(self.text, clause, w.start()):
                continue  # `Зяблов выходил в сени, где … сидел смотритель`: the one named leads the sentence
            after = WORD.match(self.text, w.end() + 1)
            if _WHEN.search(self.text, clause, w.start()) and after is not None \
                    and any("VERB" in g for _n, g, _s in morph.parses(self.code, after.group().lower())[:2]):
                continue  # `ждёт, когда барин позовёт`; but `коли … на порозі став селянин у гуні` brings him in
            if named and not self._verb_between(start, w.start()):
                continue  # `впурхнула Лідочка, господинина донька`: still Лідочка
            if ("masc" if gender == "m" else "femn") not in top[0][1]:
                return False, None, None  # the subject is someone of the other gender
            lemma = top[0][0]
            if self._said_before(lemma, s_start):
                if named:
                    return False, None, None  # `Рафалович узяв аркуш, який подав йому селянин`: still Рафалович
                holder = self.stranger_names.get(lemma) or self._role_holder(w.start(), word)
                if holder is None and any(known == lemma and s.name is None for s, known, _g, _p in self.strangers):
                    return True, None, lemma  # `Баба перехрестилася.⏎– …, – промовила вона`: the unnamed woman who spoke
                return (True, holder, lemma) if holder is not None else (False, None, None)
            return True, None, lemma  # first met here: someone new, not the last person named
        return False, None, None

    def _brought_in(self, at: int) -> bool:
        """The noun at ``at`` follows its verb, past any adjectives (`Напротив сидел полный господин`): a subject after
        its verb brings someone new into the story; one before it (`Старик покачал головой`) is someone already there."""
        pos = at
        for _ in range(4):
            tok = prev_token(self.text, pos)
            if tok is None or self.text[tok.end:pos].strip():
                return False  # a comma or full stop first: the noun opens its clause
            grams = [g for _n, g, _s in morph.parses(self.code, tok.text.lower())[:2]]
            if any("VERB" in g for g in grams):
                return True
            if not any({"ADJF"} & g or {"PRTF"} & g for g in grams):
                return False
            pos = tok.start
        return False

    def _set_off(self, at: int, floor: int) -> bool:
        """The noun at ``at`` opens an apposition: a comma before it (past adjectives) follows a noun or a pronoun."""
        k = at
        while True:
            before = prev_token(self.text, k)
            if before is None or before.start < floor:
                return False
            gap = self.text[before.end:k].strip(" \u00a0")
            top = morph.parses(self.code, before.text.lower())[:1]
            if gap == ",":
                return bool(top) and bool({"NOUN", "NPRO"} & top[0][1])
            if gap or not top or "ADJF" not in top[0][1]:
                return False
            k = before.start

    def _verb_between(self, lo: int, hi: int) -> bool:
        """Some word between ``lo`` and ``hi`` reads as a verb (a new clause starts after a name)."""
        return any(any("VERB" in g for _n, g, _s in morph.parses(self.code, w.group().lower())[:1])
                   for w in WORD.finditer(self.text, lo, hi))

    def _newcomer_speaks_first(self, r: Region) -> Optional[Speaker]:
        """A first turn after narration that brings someone unnamed in as its subject (`Одна стара баба … спинила
        вуйка Юрчика.⏎– Юрчику, …`): that stranger, kept so that a name given later reaches her."""
        if not self._strangers_on() or not r.dialogue:
            return None
        pi = self._para_of(r.open_at)
        if pi == 0 or dash_turn(self.text, *self.paras[pi - 1]):
            return None
        lemma = self._newcomer_before(r.open_at, None, paras=1)
        if lemma is None:
            return None
        grams = next((g for n, g, _s in morph.parses(self.code, lemma) if n == lemma and "NOUN" in g), frozenset())
        gender = "f" if "femn" in grams else "m" if "masc" in grams else None
        speaker = Speaker(None, None, lemma, "person")
        self._stranger(speaker, lemma, gender, r.open_at)
        return speaker

    def _newcomer_before(self, pos: int, gender: Optional[str], paras: int = 3) -> Optional[str]:
        """The lemma of the last noun by which the narration of the few paragraphs before ``pos`` brings in someone
        unnamed (`въехала телега, и с нее слез незнакомый старик`, `Одна стара баба спинила …`), of ``gender`` when known."""
        floor = self.paras[max(0, self._para_of(pos) - paras)][0]
        for w in reversed(list(WORD.finditer(self.text, floor, pos))):
            if self.ctx.in_quote(w.start()) or dash_turn(self.text, self.paras[self._para_of(w.start())][0], w.start()):
                continue
            top = [p for p in morph.parses(self.code, w.group().lower())[:2] if {"NOUN", "anim"} <= p[1] and "plur" not in p[1]
                   and ("nomn" in p[1] or not CASES & p[1])][:1]  # uk `баба` comes with no case
            if not top or {"Name", "Surn", "Patr"} & top[0][1] or w.start() in self.entity_of:
                continue
            if gender in ("m", "f") and ("masc" if gender == "m" else "femn") not in top[0][1]:
                continue
            if self._brought_in(w.start()) or WHO_FOLLOWS.match(self.text, w.end()) or self._indefinite_before(w.start()) \
                    or self._described_after(w.end()):
                return top[0][0]
        return None

    def _described_after(self, end: int) -> bool:
        """A participle phrase set off after the noun describes someone new (`Студент, нанятый на лето в учители,`)."""
        m = DESCRIBED.match(self.text, end)
        if m is None or not m.group(0).startswith(","):
            return False
        top = morph.parses(self.code, m.group(1).lower())[:1]
        return bool(top) and "PRTF" in top[0][1]

    def _indefinite_before(self, at: int) -> bool:
        """The noun at ``at`` follows, past adjectives, a word for someone not yet known (`Одна стара баба`, `какой-то мужик`)."""
        pos = at
        for _ in range(4):
            tok = prev_token(self.text, pos)
            if tok is None or self.text[tok.end:pos].strip(" \u00a0"):
                return False
            if tok.text.lower() in _INDEFINITE:
                return True
            if not any({"ADJF", "PRTF"} & g for _n, g, _s in morph.parses(self.code, tok.text.lower())[:2]) \
                    and not (agreement.on(self.lang) and agreement.adjective_gender(self.code, tok.text)):
                return False  # uk `стара`, read first as the surname `Стар`'s genitive
            pos = tok.start
        return False
