"""Who speaks an unattributed turn or quote: alternation, narration naming the next speaker, addressees.

A mixin of :class:`quotes.resolve.SpeakerResolution`; it reads the same document state.
"""
from __future__ import annotations

import bisect
from typing import List, Optional, Tuple

from . import first_names, morph
from .find import Region
from .model import Span, Speaker
from .names import Entity, prev_token
from .patterns import compile_later
from .span import inside_any
from .tokens import SENTENCE_HEAD, WORD, dash_turn


_CALLED_ROLE = compile_later(r",[ \u00a0]+(\p{Ll}{4,})[ \u00a0]*[?!.,…]")  # a noun set off at a sentence's end: called


class TurnTaking:
    """Speakers of turns and quotes that carry no attribution of their own."""

    def _answered(self, r: Region) -> Tuple[Entity, ...]:
        """The speaker of the turn just before a ru/uk turn: `— А де Іван? — спитала Докія.⏎— …, — відповіла
        донька`: the daughter is someone else."""
        prev, said = self._last_turn, self._last_turn_speaker
        if self.code == "en" or not r.dialogue or prev is None or said is None or not said.name \
                or self._para_of(r.open_at) - self._para_of(prev.open_at) != 1:
            return ()
        return tuple(e for e in self.registry.entities if e.best == said.name)

    def _addressed(self, r: Region, gender: Optional[str]) -> Optional[Entity]:
        """In dialogue, the person the previous turn called by name answers now (`— Грицю! …` → Гриць)."""
        prev = self._last_turn
        if not r.dialogue or prev is None or prev is r or self._para_of(r.open_at) - self._para_of(prev.open_at) != 1:
            return None
        i = bisect.bisect_left(self.person_positions, (prev.start,))
        end = self.paras[self._para_of(prev.open_at)][1]  # the whole turn: `— …, — сказала она. — …, Китти. Сержик, …`
        fits = []
        while i < len(self.person_positions) and self.person_positions[i][0] < end:
            pos, entity, in_quote = self.person_positions[i]
            i += 1
            if (in_quote or pos < prev.end) and self._vocative(pos) and (gender not in ("m", "f") or entity.gender in (None, gender)):
                fits.append(entity)
        exact = [e for e in fits if gender in ("m", "f") and e.gender == gender]
        return (exact or fits or [None])[-1 if exact else 0]

    def _last_voice(self, r: Region, pos: int, gender: Optional[str]) -> Optional[Entity]:
        """A ru/uk pronoun in a dash turn's reporting clause: the person of its gender who spoke last, when that turn
        came after anyone of that gender was last named in narration (`— …? — обратилась к нему княгиня.⏎— …⏎— …,
        — сказала она`: the princess, not the hostess named paragraphs before)."""
        if self.code == "en" or not r.dialogue or gender not in ("m", "f"):
            return None
        voice = self._recent_speaker(pos, gender)
        if voice is None or voice.gender != gender or voice in self._called_in(r) \
                or self._para_of(pos) - self._para_of(voice.last_spoke) > 3:
            return None
        i = bisect.bisect_left(self.person_positions, (pos,)) - 1
        while i >= 0:
            at, entity, in_quote = self.person_positions[i]
            i -= 1
            if not in_quote and entity.type != "organization" and entity.gender in (None, gender):
                return voice if at < voice.last_spoke else None
        return voice

    def _acting_speaker(self, r: Region, gender: Optional[str]) -> Optional[Speaker]:
        """A subjectless ru/uk reporting verb after narration whose last sentence opens on a common animate noun of the
        verb's gender and its verb (`Мати вийшла з хати …⏎— …, — сказала суворо`): that person, named or not."""
        pi = self._para_of(r.open_at)
        if self.code == "en" or not r.dialogue or gender not in ("m", "f") or pi == 0:
            return None
        ps, pe = self.paras[pi - 1]
        body = self.text[ps:pe].rstrip()
        if not body.strip() or body.lstrip()[:1] in "—–-«“\"":
            return None
        w = WORD.search(self.text, self.sentences.start(ps + len(body) - 1, ps), ps + len(body))
        if w is None or w.start() in self.entity_of or not w.group()[:1].isupper():
            return None
        g = "masc" if gender == "m" else "femn"
        noun = next((n for n, gr, _s in morph.parses(self.code, w.group().lower()) if {"NOUN", "anim", "nomn", g} <= gr
                     and not {"Name", "Surn", "Patr", "plur"} & gr), None)
        verb = WORD.match(self.text, w.end() + 1)  # its verb right after it, agreeing: `Мати вийшла`, `Старик покачал`
        if noun is None or verb is None or not any({"VERB", g} <= gr for _n, gr, _s in morph.parses(self.code, verb.group().lower())):
            return None
        holder = self._role_holder(w.start(), w.group().lower()) or self._titled_by(w.start(), noun)
        if holder is not None:
            return Speaker(holder.best, None, holder.role, "person")
        return Speaker(None, Span(w.start(), w.end(), w.group()), noun, "person")

    def _titled_by(self, pos: int, lemma: str) -> Optional[Entity]:
        """The last person before ``pos`` named right after the noun ``lemma`` in any case, in narration or a turn
        (`– …, діду Панасе, – відказала Явдоха` … `Дід сів на лаву`: Панас)."""
        i = bisect.bisect_left(self.person_positions, (pos,)) - 1
        while i >= 0:
            at, entity, _q = self.person_positions[i]
            i -= 1
            before = prev_token(self.text, at)
            if before is not None and not self.text[before.end:at].strip() \
                    and any(n == lemma for n, _g, _s in morph.parses(self.code, before.text.lower())):
                return entity
        return None

    def _reply_holder(self, r: Region, pos: int, role: str, gender: Optional[str]) -> Optional[Entity]:
        """A role noun answering a turn that called someone by name is that person, unless the noun describes another
        (`— Бог помочь, Евсей, — сказал Ловчиков.⏎— …, — отвечал старик`): the one addressed replies."""
        if self.code == "en" or not r.dialogue:
            return None
        addressed = self._addressed(r, gender)
        if addressed is None or addressed in self._called_in(r):
            return None
        if not any(m < self._last_turn.open_at for m, _e in addressed.mentions) and not self._dictionary_name(addressed.best) \
                and " " not in addressed.best:
            return None  # someone already in the scene, a known first name (`— Филат, …?`) or a name and patronymic:
            # not `– Нема, – …`
        described, _unlike = self._described_as(pos, role, gender)
        return addressed if described is None or described is addressed else None

    def _dictionary_name(self, name: str) -> bool:
        """``name`` is one word read only as a first name (`Филат`; not `Нема`, also a noun), or one of the first
        names the dictionary lacks (`Домаха`)."""
        found = morph.parses(self.code, name.lower()) if " " not in name else ()
        return bool(found) and (all("Name" in g for _n, g, _s in found) or name.lower() in first_names.forms(self.code))

    def _called_in(self, r: Region) -> Tuple[Entity, ...]:
        """People a ru/uk turn calls by name (`– Пане Кравець, – мовив він`): its speaker is someone else."""
        if self.code == "en" or not r.dialogue:
            return ()
        ps, pe = self.paras[self._para_of(r.open_at)]
        i = bisect.bisect_left(self.person_positions, (ps,))  # the whole turn, to its paragraph's end
        out = []
        while i < len(self.person_positions) and self.person_positions[i][0] < pe:  # `— …, — обізвалась мати. — Насте, …`
            at, entity, in_quote = self.person_positions[i]
            i += 1
            if in_quote and self._vocative(at):
                out.append(entity)
        for m in _CALLED_ROLE.finditer(self.text, ps, pe):  # `— Кому пишете, прапорщик?`: the ensign is spoken to
            if inside_any(m.start(1), self.quoted):
                word = m.group(1).lower()
                lemma = next((n for n, g, _s in morph.parses(self.code, word)[:2] if "NOUN" in g and "anim" in g), None)
                ranked = lemma is not None and (lemma in getattr(self.lang, "RANKS", ()) or lemma in self.lang.ROLE_LEMMAS)
                holder = self._role_holder(m.start(1), lemma) if ranked else None  # not `кумо`, which both call each other
                if holder is not None and holder not in out:
                    out.append(holder)
        return tuple(out)

    def _inherit(self, r: Region, prev_region: Optional[Region], prev_speaker: Optional[Speaker], history: List[Optional[Speaker]]) -> Optional[Speaker]:
        """Speaker of an unattributed quote, never one the turn itself calls by name (`— Ганно! Де ти?`)."""
        found = self._inherited(r, prev_region, prev_speaker, history)
        if found is not None and found.name and any(e.best == found.name for e in self._called_in(r)):
            return None
        if found is not None and found.name is None and found.role:
            known = next(((lemma, g) for s, lemma, g, _p in self.strangers if s.role == found.role and lemma), None)
            if known is not None:  # the same stranger's turn again: a name given later reaches it too
                self._stranger(found, known[0], known[1], r.open_at)
        return found

    def _inherited(self, r: Region, prev_region: Optional[Region], prev_speaker: Optional[Speaker], history: List[Optional[Speaker]]) -> Optional[Speaker]:
        """Speaker of an unattributed quote: the one who was speaking just before."""
        if r.dialogue and self.code != "en":
            found, actor = self._paragraph_actor(r, prev_region, prev_speaker)
            if found:
                return actor
        if r.dialogue:
            addressed = self._addressed(r, None)
            if addressed is not None:
                return Speaker(addressed.best, None, addressed.role, "person")
        same_para = prev_region is not None and self._para_of(prev_region.open_at) == self._para_of(r.open_at)
        if not r.dialogue and same_para and prev_speaker is not None and (prev_speaker.name or prev_speaker.mention):
            # `“A,” the former strategist said in an interview with Lee. “B.”`: still the strategist, not Lee
            return Speaker(prev_speaker.name, None, prev_speaker.role, prev_speaker.type)
        if not r.dialogue:
            ps = self.paras[self._para_of(r.open_at)][0]
            i = bisect.bisect_left(self.person_positions, (r.open_at,)) - 1
            while i >= 0 and self.person_positions[i][0] >= ps:
                pos, entity, in_quote = self.person_positions[i]
                if not in_quote and (prev_region is None or pos > prev_region.end):
                    return Speaker(entity.best, None, entity.role, "person")
                i -= 1
        if r.dialogue and (prev_region is None or self._para_of(r.open_at) - self._para_of(prev_region.open_at) > 2):
            subject = self._narration_subject(r)  # `Ольга подняла голову от книги.⏎— Ушли на станцию.`
            return Speaker(subject.best, None, subject.role, "person") if subject is not None else self._newcomer_speaks_first(r)
        if r.dialogue and prev_region is not None and self._para_of(r.open_at) - self._para_of(prev_region.open_at) == 2:
            actor = self._narration_between(prev_region, r)  # even after a turn no one was found for
            other = _alternate(history)
            if actor is not None and other is not None and prev_speaker is not None \
                    and self._narration_names_both(prev_region, r, other, prev_speaker):
                actor = None  # `Ліна відклала шиття … Нюся ходила по кімнаті`: still their turns in order
            if actor is not None:
                return Speaker(actor.best, None, actor.role, "person")
            newcomer = self._newcomer_speaks_first(r)
            if newcomer is not None:
                return newcomer  # `С лавки навстречу им поднялась высокая худая баба и заговорила …⏎— Батюшка, …`
        if prev_region is not None and prev_speaker is None and r.dialogue and len(history) >= 2 and history[-1] is None \
                and history[-2] is not None and history[-2].name \
                and self._para_of(r.open_at) - self._para_of(prev_region.open_at) == 1:
            return Speaker(history[-2].name, None, history[-2].role, history[-2].type)  # A, someone unnamed, A again
        if prev_region is None or prev_speaker is None:
            return None
        if self._para_of(r.open_at) - self._para_of(prev_region.open_at) > 2:
            return None
        if r.dialogue and self._opens_exchange(prev_region):
            partner = self._scene_partner(prev_region, prev_speaker)  # `Лиза села у самовара, где … Натали.⏎— …? — спросила Натали.⏎— …`
            if partner is not None and self._heads_a_sentence(partner, self.paras[self._para_of(prev_region.open_at) - 1]):
                return Speaker(partner.best, None, partner.role, "person")
        other = _alternate(history) if r.dialogue else None
        if other is not None and (self._narration_between(prev_region, r) is None
                                  or self._narration_names_both(prev_region, r, other, prev_speaker)):
            return Speaker(other.name, None, other.role, other.type)
        if r.dialogue:
            subject = self._narration_between(prev_region, r) or self._named_next(r, prev_speaker) \
                or self._scene_partner(prev_region, prev_speaker)
            if subject is not None:
                return Speaker(subject.best, None, subject.role, "person")
            return None
        return Speaker(prev_speaker.name, None, prev_speaker.role, prev_speaker.type)

    def _paragraph_actor(self, r: Region, prev_region: Optional[Region],
                         prev_speaker: Optional[Speaker]) -> Tuple[bool, Optional[Speaker]]:
        """A dash turn and the narration inside its paragraph belong to one person (`— A! — генерал
        положил вилку. — B.`): the subject opening the narration after the paragraph's first segment
        speaks both, and a later segment keeps the earlier one's speaker. (False, None) when it does not apply."""
        para = self._para_of(r.open_at)
        later = prev_region is not None and prev_region.dialogue and self._para_of(prev_region.open_at) == para
        anchor = prev_region if later else r
        found, entity = self._clause_subject(anchor, r)
        if found:
            return True, (Speaker(entity.best, None, entity.role, "person") if entity is not None else None)
        if later and prev_speaker is not None and (prev_speaker.name or prev_speaker.mention is not None):
            return True, Speaker(prev_speaker.name, None, prev_speaker.role, prev_speaker.type)  # named or not
        return False, None

    def _clause_subject(self, turn: Region, r: Region) -> Tuple[bool, Optional[Entity]]:
        """The nominative subject opening the narration right after ``turn`` in its paragraph (`— генерал
        положил вилку`, `— Вона відвернулась`): (True, holder or None when unnamed), or (False, None) when
        the narration opens on no subject."""
        pe = self.paras[self._para_of(turn.open_at)][1]
        i = bisect.bisect_right(self._turn_opens, turn.end)
        end = min(pe, self._turn_opens[i]) if i < len(self._turn_opens) else pe
        for k, w in enumerate(WORD.finditer(self.text, turn.end, end)):
            if k >= 3:
                break
            at, word = w.start(), w.group().lower()
            if at in self.entity_of:
                entity = self.entity_of[at]
                return (True, entity) if self._named_as_subject(at) and entity.type != "organization" else (False, None)
            if word in self.lang.PRONOUNS and word in self.lang.SUBJECT_PRONOUNS:
                gender, number = self.lang.PRONOUNS[word]
                if number != "sg" or gender not in ("m", "f"):
                    return False, None
                return True, self._antecedent(at, gender, dialogue=True, exclude=self._called_in(r))
            top = morph.parses(self.code, word)[:1]
            if not top or "NOUN" not in top[0][1] and "ADJF" not in top[0][1]:
                return False, None  # a verb or an adverb first: `— сказал он`, `— и вдруг`
            if {"NOUN", "anim", "nomn"} <= top[0][1]:
                holder = self._role_holder(at, word)
                return (holder is not None), holder
        return False, None

    def _opens_exchange(self, turn: Region) -> bool:
        """A dash turn right after a paragraph of narration: an exchange starts there, so whoever spoke before
        the narration does not answer by alternation."""
        pi = self._para_of(turn.open_at)
        if pi == 0:
            return False
        ps, pe = self.paras[pi - 1]
        return self.text[ps:pe].strip()[:1] not in ("", "—", "–", "-")

    def _heads_a_sentence(self, entity: Entity, para: Tuple[int, int]) -> bool:
        """The narration paragraph names ``entity`` first thing in one of its sentences: the one it is about
        (`Лиза, поздоровавшись …, села`), not someone only talked of (`знал, что Павел не приедет`)."""
        return any(para[0] <= s < para[1] and not self.text[self.sentences.start(s, para[0]):s].strip() for s, _e in entity.mentions)

    def _scene_partner(self, prev_region: Region, prev_speaker: Optional[Speaker]) -> Optional[Entity]:
        """The one other person the narration opening a run of dash turns names (`Марта сиділа, а Василь
        ходив.⏎— …, — спитав Василь.⏎— Може, й піду.` → Марта): who answers the first speaker."""
        if prev_speaker is None or not (prev_speaker.name or prev_speaker.mention):
            return None  # someone unnamed (`— …? — спитав він` of a newcomer) is answered too
        pi = self._para_of(prev_region.open_at)
        while pi > 0 and dash_turn(self.text, *self.paras[pi]):
            pi -= 1
        ps, pe = self.paras[pi]
        if dash_turn(self.text, ps, pe):
            return None
        named = [(at, entity) for at, entity, in_quote in self.person_positions[
            bisect.bisect_left(self.person_positions, (ps,)):bisect.bisect_left(self.person_positions, (pe,))]
            if not in_quote and entity.type != "organization" and entity.best != prev_speaker.name]
        others = {entity.best: entity for _at, entity in named}
        if len(others) > 1:  # `Капитан Ухтомцев занимал в гостинице Пашутина …`: the subject, not the hotel's owner
            others = {entity.best: entity for at, entity in named if not self._governed(at)}
        return next(iter(others.values())) if len(others) == 1 else None

    def _named_next(self, r: Region, prev_speaker: Optional[Speaker]) -> Optional[Entity]:
        """An unattributed turn answering someone: the next person the narration names within
        two paragraphs, other than the one who just spoke (`– Погрітися! …⏎Петренко зняв шапку`)."""
        para = self._para_of(r.open_at)
        limit = self.paras[min(len(self.paras) - 1, para + 2)][1]
        i = bisect.bisect_left(self.person_positions, (r.end,))
        while i < len(self.person_positions) and self.person_positions[i][0] < limit:
            at, entity, in_quote = self.person_positions[i]
            i += 1
            if not in_quote and entity.type != "organization" and (prev_speaker is None or entity.best != prev_speaker.name):
                return entity
        return None

    def _narration_subject(self, r: Region) -> Optional[Entity]:
        """The first person named in the last sentence naming anyone in the narration paragraph
        right before a turn: the one who speaks next (`Ольга подняла голову.⏎— …`)."""
        pi = self._para_of(r.open_at)
        if pi == 0:
            return None
        ps, pe = self.paras[pi - 1]
        inside = [(at, entity) for at, entity, in_quote in self.person_positions[
            bisect.bisect_left(self.person_positions, (ps,)):bisect.bisect_left(self.person_positions, (pe,))]
            if not in_quote and entity.type != "organization"]
        if self.code != "en":
            inside = sorted(inside + self._role_heads(ps, pe), key=lambda c: c[0])
        if not inside or self.text[ps:pe].lstrip()[:1] in "—–-«“\"":
            return None  # no one named, or the paragraph is itself a turn or a quote
        if self._noun_heads(inside[-1][0], pe):
            return None  # `… Мишель явился … Студент, нанятый на лето в учители, молча отложил книгу.⏎— Где вы были?`
        last_at = inside[-1][0]
        s_start = self.sentences.start(last_at, ps)
        for at, entity in inside:
            if at >= s_start and (self.code == "en" or at not in self.entity_of or self._subject_of_cue(at)):
                return entity
        last = [(at, entity) for at, entity in inside if at >= s_start]
        if self.code != "en" and len(last) == 1 and last[0][0] in self.entity_of and not self._governed(last[0][0]) \
                and not self._after_preposition(last[0][0]):
            return last[0][1]  # `З кав’ярні вийшов його син Мемет … і спинився перед батьком.⏎– …`: the one named there
        return None

    def _noun_heads(self, start: int, end: int) -> bool:
        """A sentence between ``start`` and ``end`` opens on a noun for a person in the nominative that names no one
        (`Студент, …`)."""
        for m in SENTENCE_HEAD.finditer(self.text, start, end):
            if m.start(1) <= start or m.start(1) in self.entity_of or self.ctx.in_quote(m.start(1)):
                continue
            top = morph.parses(self.code, m.group(1).lower())[:1]
            if top and {"NOUN", "anim", "nomn"} <= top[0][1] and not {"Name", "Surn", "Patr", "plur"} & top[0][1]:
                return True
        return False

    def _role_heads(self, lo: int, hi: int) -> List[Tuple[int, Entity]]:
        """Sentences of narration opening on a role noun in the nominative that a named person holds
        (`Княгиня Ольга …` … `Княгиня села рядом.`): that person acts there."""
        found = []
        for m in SENTENCE_HEAD.finditer(self.text, lo, hi):
            at = m.start(1)
            holder = None if self.ctx.in_quote(at) else self._titled_head(at, m.group(1).lower(), None)
            if holder is not None:
                found.append((at, holder))
        return found

    def _role_holder(self, at: int, word: str) -> Optional[Entity]:
        """The person named before ``at`` with ``word`` as role, title or description; no guess from proximity."""
        best, _unlike = self._described_as(at, word, None)
        if best is not None:
            return best
        lemma = next((n for n, g, _s in morph.parses(self.code, word)[:1] if "NOUN" in g), None)
        if lemma in self.stranger_names:
            return self.stranger_names[lemma]  # `– Дров... – старшина почухав` was Онопрій Кирикович: so is `Старшина глянув`
        stem = word[:5]
        for s, entity, in_quote in self.person_positions:
            if s >= at:
                break
            if not in_quote and ((entity.role and stem in entity.role.lower())
                                 or (entity.honorific and stem in entity.honorific)):
                best = entity
        return best

    def _narration_names_both(self, a: Region, b: Region, other: Speaker, last: Speaker) -> bool:
        """The narration between two turns names both people of the exchange (`Ліна відклала шиття … Нюся ходила по
        кімнаті`): it says nothing of who speaks next, so the turns still alternate."""
        pa, pb = self._para_of(a.open_at), self._para_of(b.open_at)
        if pb - pa < 2 or not other.name or not last.name or other.name == last.name:
            return False
        s, e = self.paras[pa + 1][0], self.paras[pb - 1][1]
        named = {entity.best for pos, entity, in_quote in self.person_positions if s <= pos < e and not in_quote}
        return {other.name, last.name} <= named

    def _narration_between(self, a: Region, b: Region) -> Optional[Entity]:
        """A person named in narration between two dialogue turns (the next to speak)."""
        pa = self._para_of(a.open_at)
        pb = self._para_of(b.open_at)
        if pb - pa < 2:
            return None
        actor = self._narration_subject(b)  # `Катя молчала. Княгиня села рядом.⏎— …`: the last one acting
        if actor is not None:
            return actor
        s = self.paras[pa + 1][0]
        e = self.paras[pb - 1][1]
        for pos, entity, in_quote in self.person_positions:
            if s <= pos < e and not in_quote:
                return entity
        return None


def _alternate(history: List[Optional[Speaker]]) -> Optional[Speaker]:
    """In a two-person exchange the turn goes back to the one who spoke before the last speaker:
    the latest earlier speaker other than the last (A, B → A; A, B, B → A after B spoke twice), or with
    no one else heard the one before the last turn (B, B → B)."""
    if len(history) < 2:
        return None
    last = history[-1]
    if last is None or not last.name:
        return history[-2]
    for earlier in reversed(history[-4:-1]):
        if earlier is None:
            break
        if earlier.name and earlier.name != last.name:
            return earlier
    return history[-2]
