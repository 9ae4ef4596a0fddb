"""Unnamed people in dialogue and the names they get later: a newcomer the narration brings in with a
common noun (`на порозі став селянин`), a turn in which a speaker names himself (`Мене звуть Іван Дуда`),
and a reply that calls the last unnamed speaker by name (`— …, — сказала господиня.⏎— …, Ольго Петрівно`).

A mixin of :class:`quotes.resolve.SpeakerResolution`; it reads the same document state and keeps
``strangers`` (unnamed speakers met so far, with the noun that names them) and ``stranger_names``
(that noun's lemma → the person it turned out to be). It acts only for languages whose module has
``SELF_NAMING_BEFORE`` (Ukrainian and Russian).
"""
from __future__ import annotations

import bisect
from typing import Optional, Tuple

import regex

from . import morph
from .find import Region
from .model import Speaker
from .names import Entity, prev_token
from .newcomers import DESCRIBED, WHO_FOLLOWS
from .patterns import compile_later
from .roles import APPOSITION, RELATIVE
from .tokens import WORD, dash_turn

_ENTERING = frozenset("входить войти вбегать вбежать появиться появляться заходить зайти подходить подойти "
                      "входити увійти ввійти заходити зайти вбігати вбігти з'являтися підходити підійти".split())
_CALLED_SO = compile_later(r"(?<!\w)(?:[Зз]вали|[Зз]вали\s+же|[Зз]вуть|[Зз]вали\s+його)[ \u00a0]+(\p{Ll}+)(?:,[^,.!?\n]{1,60},)?[ \u00a0]+(\p{Lu}\p{Ll}+)")
_THIS_IS = compile_later(r"(?i)(?:^|[.!?…])[ \u00a0]*(?:(?:это|то|це)[ \u00a0]+)?\Z")  # where a name answering `who` may stand
_SCENE_PARAS = 12  # how far back a name given later reaches: one scene of dialogue


class Strangers:
    """Unnamed speakers of dialogue, and their names once the text gives them."""

    def _strangers_on(self) -> bool:
        return getattr(self.lang, "SELF_NAMING_BEFORE", None) is not None

    def _met_unnamed(self, pos: int, lemma: str, gender: Optional[str]) -> bool:
        """The narration of this scene brought someone in by the noun ``lemma`` with no name beside it (`Против него
        сидел пожилой господин в очках`), and no one of that gender was named first since (who may be that person):
        `сказал господин` is that stranger."""
        if not self._strangers_on() or lemma in self.stranger_names or self._role_holder(pos, lemma) is not None:
            return False  # `Старшина Кіндрат Грива` … `крикнув старшина`: the holder named with the noun
        para = self._para_of(pos)
        if any(known == lemma and speaker.name is None and para - at <= _SCENE_PARAS for speaker, known, _g, at in self.strangers):
            return True  # the same noun spoke unnamed before in this scene
        w = self._narrated_noun(pos, lemma)
        if w is None:
            return False
        before, after = prev_token(self.text, w.start()), WORD.match(self.text, w.end() + 1)
        beside = [t for t in (before and before.start, after and after.start()) if t is not None and t in self.entity_of]
        return not beside and (self._brought_in(w.start()) or WHO_FOLLOWS.match(self.text, w.end())) and self._role_holder(w.start(), w.group().lower()) is None \
            and not self._newly_named(w.start(), pos, gender)

    def _described_anew(self, start: int, end: int, role: str) -> bool:
        """A noun speaker the reporting clause itself describes, as one does someone new (`воскликнула дама в лиловом,
        сидевшая у стола`), whom no one named has been described as."""
        m = DESCRIBED.match(self.text, end)
        if m is None or self._described_as(start, role, None)[0] is not None:
            return False
        if m.group(0).startswith(",") and any(
                "GRND" in g and n in _ENTERING for n, g, _s in morph.parses(self.code, m.group(1).lower())[:2]):
            return True  # `сказала няня, входя с кувшином`: she comes in as she speaks
        if m.group(0).startswith(",") and RELATIVE.fullmatch(m.group(1)):
            return True  # `гукнув дозорець, що ходив поміж ямами`
        top = morph.parses(self.code, m.group(1).lower())[:1]
        return bool(top) and ("PRTF" in top[0][1] if m.group(0).startswith(",") else "ADJF" in top[0][1])

    def _narrated_noun(self, pos: int, lemma: str) -> Optional[regex.Match]:
        """The last word before ``pos`` in this scene's narration (not a turn or its reporting clause) that is the
        noun ``lemma`` in the nominative (`Доктор вышел из спальни`): someone the story calls by that noun."""
        floor = self.paras[max(0, self._para_of(pos) - _SCENE_PARAS)][0]
        for w in reversed(list(WORD.finditer(self.text, floor, pos))):
            if self.ctx.in_quote(w.start()) or dash_turn(self.text, self.paras[self._para_of(w.start())][0], w.start()):
                continue
            parses = morph.parses(self.code, w.group().lower())[:2]
            if any(p[0] == lemma and {"NOUN", "nomn"} <= p[1] for p in parses):
                return w
            if any(p[0] == lemma and "NOUN" in p[1] for p in parses) and WHO_FOLLOWS.match(self.text, w.end()):
                return w  # `кроме старого генерала, который сидел в углу`: described in a clause of his own
        return None

    def _newly_named(self, lo: int, hi: int, gender: Optional[str]) -> bool:
        """Someone of ``gender`` is named for the first time between ``lo`` and ``hi``."""
        i = bisect.bisect_left(self.person_positions, (lo,))
        while i < len(self.person_positions) and self.person_positions[i][0] < hi:
            at, entity, _q = self.person_positions[i]
            i += 1
            if entity.type != "organization" and entity.gender in (None, gender) and min(entity.mentions)[0] >= lo:
                return True
        return False

    def _used_as_noun(self, end: int) -> bool:
        """The word after ``end`` is no noun an adjective there could qualify (`Кошовий звелів`, not `Кошовий отаман`)."""
        nxt = WORD.match(self.text, end + 1) if self.text[end:end + 1] == " " else None
        top = morph.parses(self.code, nxt.group().lower())[:1] if nxt is not None else ()
        return bool(top) and "NOUN" not in top[0][1]

    def _noun_topic(self, pos: int, phrase: str, gender: Optional[str]) -> Optional[Entity]:
        """Whom a bare noun speaking outside dialogue (`«…», — ділиться враженнями чоловік`) means: the nearest person of
        its gender named in narration in this paragraph or the one before as a subject (`Мама Вікторії, медсестра Людмила
        Бабенко, каже`: not Вікторія) or as the source of words (`За словами Сергія Коломійця`), whom the story is about."""
        if not self._strangers_on():
            return None
        gender = gender if gender in ("m", "f") else self._noun_gender(phrase)
        return self._recent_subject(pos, gender, paras=1, sources=True)

    def _according_to(self, at: int) -> bool:
        """The name at ``at`` follows `за словами` / `на думку`: the source of the words reported."""
        lead = self.text[max(0, at - 20):at].lower().rstrip(" \u00a0")
        return any(lead.endswith(a) for a in self.lang.ACCORDING if " " in a and len(a.split()) == 2)

    def _set_off_name(self, end: int) -> Optional[Entity]:
        """The person named in a phrase set off right after a noun speaker (`спитала гостя, молода учителька Олена
        Городиська.`): the noun is that person."""
        if not self._strangers_on():
            return None
        m = APPOSITION.match(self.text, end)
        first = WORD.match(self.text, m.start(1)) if m is not None else None
        top = [p for p in morph.parses(self.code, first.group().lower())[:2]  # `слесарь` reads as a verb first
               if {"NOUN", "ADJF"} & p[1] and morph.is_nominative(p[1])] if first is not None else ()
        if not top or RELATIVE.match(first.group()):
            return None  # `сказала господиня, кивнувши на Сомова`: no noun phrase, no one named as her
        i = bisect.bisect_left(self.person_positions, (m.start(1),))
        if i < len(self.person_positions) and self.person_positions[i][0] < m.end(1):
            at, entity, _q = self.person_positions[i]
            if entity.type != "organization" and self._named_as_subject(at):
                return entity
        return None

    def _noun_gender(self, phrase: str) -> Optional[str]:
        """The gender of a phrase's last noun when it says a person's sex (`жінка`, `чоловік`; not a job like `лікар`,
        which a woman holds too), for a present-tense verb that tells none (`каже жінка`)."""
        if not self._strangers_on() or self._job_role(phrase):
            return None
        top = morph.parses(self.code, phrase.split()[-1].lower())[:1]
        return ("m" if "masc" in top[0][1] else "f" if "femn" in top[0][1] else None) if top else None

    def _said_before(self, lemma: str, pos: int) -> bool:
        """A word of ``lemma``'s stem occurs in the text before ``pos`` (the noun is not new there)."""
        stem = lemma[:max(4, len(lemma) - 2)]
        return regex.search(r"(?<!\p{L})" + regex.escape(stem), self.text[:pos], regex.IGNORECASE) is not None

    def _stranger(self, speaker: Speaker, lemma: Optional[str], gender: Optional[str], at: int) -> None:
        """Remember an unnamed speaker (`утікач`, `він` for a newcomer) so a name given later can reach it."""
        if self._strangers_on() and speaker.type == "person":
            self.strangers.append((speaker, lemma, gender, self._para_of(at)))
            if speaker.name is not None:
                self.guessed.add(id(speaker))

    def _guessed_holder(self, entity: Entity, pos: int, role: str, gender: Optional[str]) -> bool:
        """``entity`` holds ``role`` only by a guess from who was named last (`втрутилася господиня` → the last woman
        named), not by a role, title or description the text gave them."""
        if not self._strangers_on():
            return False
        stem = role.lower().split()[-1][:5]
        if stem in (entity.role or "").lower() or stem in (entity.honorific or ""):
            return False
        return self._described_as(pos, role, gender)[0] is not entity

    def _noun_lemma(self, phrase: str) -> Optional[str]:
        """The lemma of the last word of a role phrase (`утікач`, `господиня`)."""
        words = [w.group().lower() for w in WORD.finditer(phrase)]
        top = morph.parses(self.code, words[-1])[:1] if words else ()
        return top[0][0] if top else None

    def _self_named(self, r: Region) -> Optional[Entity]:
        """The person a dialogue turn says is speaking: `Я Іван Бойчук`, `Мене звуть Михайло Дрогомирецький`,
        `Іван Дуда мене звуть`, or a name opening the answer to `А звуть тебе як?`."""
        if not self._strangers_on() or not r.dialogue:
            return None
        text = self.text
        asked = self._last_turn is not None and self._last_turn is not r and self._asks_name(self._last_turn)
        introducing = self.lang.SELF_INTRODUCING.match(text, r.end) is not None  # `— Кречетов, Аполлон Егорович, — отрекомендовался он`
        i = bisect.bisect_left(self.person_positions, (r.start,))
        first = True
        while i < len(self.person_positions) and self.person_positions[i][0] < r.end:
            at, entity, _q = self.person_positions[i]
            i += 1
            name = self.ctx.name_at(at)
            if name is None or entity.type == "organization":
                continue
            lead = text[max(r.start, at - 40):at]
            opening = first and not text[r.start:at].strip(" \u00a0")
            first = False
            nominative = morph.nominative_name(self.code, name.text.split()[0])
            if (self.lang.SELF_NAMING_BEFORE.search(lead) and (nominative or not lead.rstrip().lower().endswith("я"))) \
                    or self.lang.SELF_NAMING_AFTER.match(text, name.end) or (asked and opening) or (introducing and self._subject_of_cue(at)) \
                    or self._rank_and_name(name, r):
                return self._fullest_in(r, entity)
        return None

    def _rank_and_name(self, name, r: Region) -> bool:
        """A sentence of a turn that is only a rank or post and a name (`— Ничего-с. Губернский секретарь Тарабукин,
        в отставке-с.`): the speaker introducing himself."""
        if name.role is None or name.role_start is None or name.role_start < r.start:
            return False
        if self.text[r.start:name.role_start].strip() and self.text[r.start:name.role_start].rstrip()[-1:] not in ".!?…":
            return False
        stop = regex.search(r"[.!?…]", self.text[name.end:r.end])
        tail = self.text[name.end:name.end + stop.start()] if stop else self.text[name.end:r.end]
        return not any("VERB" in g for w in WORD.finditer(tail) for _n, g, _s in morph.parses(self.code, w.group().lower())[:1])

    def _asks_name(self, turn: Region) -> bool:
        """A turn asks someone's name: a word for a name in a sentence ending in `?` (`А звуть тебе як?`), not a
        statement (`Чорнобай на прізвище, Панько Чорнобай.`)."""
        stop = self.paras[self._para_of(turn.open_at)][1]  # the whole turn: `— Ой, які гарні! — … — Як тебе звати?`
        for m in self.lang.NAME_QUESTION.finditer(self.text, turn.start, stop):
            end = regex.search(r"[.!?…]", self.text[m.end():stop])
            if end is None or end.group() == "?":
                return True
        return False

    def _fullest_in(self, r: Region, entity: Entity) -> Entity:
        """``entity``, or a person named in the same turn with more words who shares its first word
        (`Охрімом. Охрім Несторенко` → Охрім Несторенко)."""
        head = entity.best.split()[0][:4].lower()
        i = bisect.bisect_left(self.person_positions, (r.start,))
        best = entity
        while i < len(self.person_positions) and self.person_positions[i][0] < r.end:
            other = self.person_positions[i][1]
            i += 1
            if other.best.split()[0][:4].lower() == head and len(other.best.split()) > len(best.best.split()):
                best = other
        return best

    def _fuller(self, entity: Entity) -> Entity:
        """The one person whose name extends ``entity``'s (`Ольга Степанівна` → `Ольга Степанівна Гармашева`), else itself."""
        head = entity.best + " "
        longer = [e for e in self.registry.entities if e.best.startswith(head) and e.type != "organization"]
        return longer[0] if len(longer) == 1 else entity

    def _name_strangers(self, entity: Entity, r: Region, only: Optional[Speaker] = None) -> None:
        """Give ``entity``'s name to the unnamed speakers of this scene it can be (same gender), or to
        ``only`` and those the same noun names."""
        para = self._para_of(r.open_at)
        entity = self._fuller(entity)
        chosen = self._same_stranger(entity, only)
        kept = []
        for speaker, lemma, gender, at_para in self.strangers:
            if speaker.name is not None and (only is None or id(speaker) not in self.guessed):
                kept.append((speaker, lemma, gender, at_para))  # a guess is corrected only by a name called in reply
                continue
            if (speaker is only or lemma in chosen) and para - at_para <= _SCENE_PARAS and (gender is None or entity.gender in (None, gender)):
                speaker.name, speaker.role = self._called_her(entity, gender), speaker.role or entity.role
                self.guessed.discard(id(speaker))
                if lemma:
                    self.stranger_names.setdefault(lemma, entity)
                    for other in self._described_with(lemma, at_para):
                        self.stranger_names.setdefault(other, entity)  # `гостинник, высокий худой монах`: the monk too
            else:
                kept.append((speaker, lemma, gender, at_para))
        self.strangers = kept

    def _named_by_narration(self) -> None:
        """`Звали цыгана, как узнал я после, Лачо`: the narration names a stranger by his noun, often only at the end;
        every unnamed turn that noun spoke takes the name."""
        if not self._strangers_on():
            return
        for m in _CALLED_SO.finditer(self.text):
            entity = self.entity_of.get(m.start(2))
            lemma = next((n for n, g, _s in morph.parses(self.code, m.group(1).lower())[:2] if {"NOUN", "anim"} <= g), None)
            if entity is None or lemma is None or self.ctx.in_quote(m.start()):
                continue
            for speaker, known, _g, _p in self.strangers:
                if known == lemma and speaker.name is None:
                    speaker.name = entity.best
            self.stranger_names.setdefault(lemma, entity)

    def _described_with(self, lemma: str, para: int) -> Tuple[str, ...]:
        """Lemmas of the nouns set off after the narration's noun ``lemma`` up to paragraph ``para``
        (`постучался гостинник, высокий худой монах с бородкой`: монах)."""
        floor = self.paras[max(0, para - _SCENE_PARAS)][0]
        out = []
        for w in WORD.finditer(self.text, floor, self.paras[para][1]):
            if self.ctx.in_quote(w.start()) or not any(n == lemma for n, _g, _s in morph.parses(self.code, w.group().lower())[:2]):
                continue
            m = APPOSITION.match(self.text, w.end())
            if m is None or RELATIVE.match(m.group(1)):
                continue
            for word in WORD.finditer(m.group(1)):
                top = morph.parses(self.code, word.group().lower())[:1]
                if top and {"NOUN", "anim", "nomn"} <= top[0][1] and not {"Name", "Surn", "Patr"} & top[0][1]:
                    out.append(top[0][0])
                    break
        return tuple(out)

    def _called_her(self, entity: Entity, gender: Optional[str]) -> str:
        """``entity``'s name for a woman it names: a uk vocative in -о of a name no one wrote otherwise is her -а
        (`Паладійко` → Паладійка; a man's `Дорко` stays)."""
        best = entity.best
        if self.code == "uk" and gender == "f" and entity.gender is None and " " not in best and best.endswith("о") \
                and set(entity.forms) <= entity.address_forms | {best}:
            return best[:-1] + "а"
        return best

    def _same_stranger(self, entity: Entity, only: Optional[Speaker]) -> set:
        """The nouns naming the stranger who is ``entity``: those of ``only``, or else of the latest stranger
        of that gender other than the one the naming turn answers (`— А чого вам? — спитав адвокат.⏎— Іван
        Дуда мене звуть.`: not the lawyer)."""
        if only is not None:
            return {lemma for s, lemma, _g, _p in self.strangers if s is only and lemma}
        asked = self._last_turn_speaker
        theirs = {lemma for s, lemma, _g, _p in self.strangers if s is asked and lemma}
        if asked is not None and asked.name is None:
            theirs.add(self._noun_lemma(asked.role) if asked.role else None)
        latest = [lemma for s, lemma, g, _p in self.strangers
                  if s is not asked and s.name is None and lemma not in theirs and (g is None or entity.gender in (None, g))]
        return set(latest[-1:])

    def _introduce(self, r: Region, speaker: Optional[Speaker], named_mention: bool) -> Optional[Speaker]:
        """A turn naming its own speaker speaks for them, and names the strangers of the scene; a turn
        calling someone by name right after an unnamed speaker's turn names that speaker."""
        if not self._strangers_on() or not r.dialogue:
            return speaker
        self._who_answered(r)
        entity = None if named_mention else self._self_named(r)
        if entity is not None:
            self._spoke(entity, r.start)
            self._name_strangers(entity, r)
            return Speaker(entity.best, speaker.mention if speaker is not None else None, entity.role, "person")
        prev = self._last_turn_speaker
        if prev is not None and (prev.name is None or id(prev) in self.guessed) and self._last_turn is not r and prev.type == "person" \
                and self._para_of(r.open_at) - self._para_of(self._last_turn.open_at) == 1:
            called = [e for e in self._called_in(r) if speaker is None or e.best != speaker.name]
            for stranger, lemma, gender, _p in self.strangers:
                if stranger is prev and len({e.best for e in called}) == 1 and gender in (None, called[0].gender):
                    self._name_strangers(called[0], self._last_turn, only=stranger)
                    return speaker
        self._name_the_one_stranger(r, speaker)
        return speaker

    def _who_answered(self, r: Region) -> None:
        """`— Это кто?⏎— Пантелей с хутора, — сказал управляющий.`: a name opening the answer to a question about
        who someone is belongs to the newcomer the narration brought in just before with a noun (`слез незнакомый
        старик`), and that noun means him from then on (`Старик поклонился.⏎— …, — начал он`)."""
        asked = self._last_turn
        if asked is None or asked is r or self._para_of(r.open_at) - self._para_of(asked.open_at) != 1 \
                or not self.lang.WHO_QUESTION.search(self.text, asked.start, asked.end):
            return
        i = bisect.bisect_left(self.person_positions, (r.start,))
        if i == len(self.person_positions):
            return
        at, entity, _q = self.person_positions[i]
        name = self.ctx.name_at(at)
        if at >= r.end or not _THIS_IS.search(self.text[r.start:at]) or name is None or entity.type == "organization" \
                or not morph.nominative_name(self.code, name.text.split()[0]):
            return  # the name opens the answer, or its sentence `Это …` (`— Который? С усами? Это Тучков, …`)
        lemma = self._newcomer_before(asked.open_at, entity.gender)
        if lemma is not None:
            self.stranger_names.setdefault(lemma, entity)

    def _name_noun_strangers(self, entity: Entity, r: Region, lemma: str) -> None:
        """The unnamed speakers called by ``lemma`` in this scene are ``entity``, whom a turn has just called by name."""
        first = next((s for s, known, _g, _p in self.strangers if known == lemma and s.name is None), None)
        if first is not None:
            self._name_strangers(entity, r, only=first)

    def _name_the_one_stranger(self, r: Region, speaker: Optional[Speaker]) -> None:
        """A turn answering an unnamed speaker and calling by a name no one in the narration had yet (`– Може, ви б,
        Онисиме Флоровичу, …` after the clerk spoke) names that speaker, when the scene has just one it can be."""
        if self._last_turn is not None and self._last_turn is not r and self._para_of(self._last_turn.open_at) == self._para_of(r.open_at):
            return  # the turn's later segment: its names were read with its first
        called = {e.best: e for e in self._called_in(r) if (speaker is None or e.best != speaker.name)
                  and not any(not self._called_by_name(m) and m < r.open_at for m, _e in e.mentions)}
        if len(called) != 1:
            return  # someone the story already named is no stranger's name (`— Мишель! … Monsieur Арефьев, …`: Арефьев)
        entity = next(iter(called.values()))
        para = self._para_of(r.open_at)
        last = self._last_turn_speaker
        mine = self._noun_lemma(speaker.role) if speaker is not None and speaker.role and not speaker.name else None
        fits = [(s, lemma) for s, lemma, g, at in self.strangers if s.name is None and s is not speaker and lemma
                and lemma != mine  # `— Ну-ка, Мокей, …, — сказал инспектор`: the inspector calls the boy, not himself
                and para - at <= _SCENE_PARAS and (g is None or entity.gender in (None, g))]
        answered = [s for s, lemma in fits if last is None or not (last.name or last.role) or s is last
                    or last.name is None and last.role and self._noun_lemma(last.role) == lemma]
        if len({lemma for _s, lemma in fits}) == 1 and answered:  # it answers that stranger's turn, or one no one owns
            self._name_strangers(entity, r, only=answered[-1])
        elif len({lemma for _s, lemma in fits}) == 1 and entity.gender is not None and any(
                para - at <= 4 for s, lemma, g, at in self.strangers if s is fits[-1][0]):
            self._name_strangers(entity, r, only=fits[-1][0])  # `— Мишель! … Monsieur Арефьев, я ведь вас просила`: the tutor
        elif last is not None and last.name is None and any(s is last for s, _lemma in fits) \
                and self._para_of(r.open_at) - self._para_of(self._last_turn.open_at) <= 2:
            self._name_strangers(entity, r, only=last)  # `— А я, сударь, здешняя.⏎Барышня засмеялась.⏎— Луша, не болтай`
