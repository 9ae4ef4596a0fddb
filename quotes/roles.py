"""Who a role noun stands for: `the governor` → Gov. Ada Strand, `сказала хозяйка` → the woman described so.

A mixin of :class:`quotes.resolve.SpeakerResolution`; it reads the same document state.
"""
from __future__ import annotations

import bisect
from typing import List, Optional, Tuple

import regex

from . import agreement, morph
from .names import Entity, prev_token
from .patterns import compile_later
from .tokens import SENTENCE_HEAD, WORD, dash_turn

APPOSITION = regex.compile(r",[ \u00a0]+([^,.;:!?«»“”\"()\n—–]{3,80}?)(?=[,.;:!?)\n]|[ \u00a0][—–]|$)")
RELATIVE = compile_later(r"(?:що|який|яка|яке|які|котрий|котра|что|который|которая|которые|who|which|that)\b", regex.IGNORECASE)
# `представитель предприятия, попросивший не называть его имени`: someone who kept his name back
_LINKING = frozenset("стал стала стали был была оказался оказалась став стала був була виявився виявилася".split())
_SET_OFF_BEFORE = compile_later(r"(?:^|(?<=[.!?…;][ \u00a0]))(\p{L}+)(?:[ \u00a0]+(?:ж|же|його|її|їхня|їхній|его|ее|её|их))*,"
                                r"[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){0,2}\Z", regex.MULTILINE)  # `; дочка ж їхня, Дуня`
_NAMELESS = compile_later(r",[ \u00a0]+(?:(?:який|яка|що)[ \u00a0]+)?(?:попросивш|пожелавш|попросил|попроси|побажа|пожелал)\p{L}*"
                          r"[ \u00a0]+(?:не[ \u00a0]+назыв|не[ \u00a0]+назв|не[ \u00a0]+назива|остаться[ \u00a0]+неизв|залишитися[ \u00a0]+невід|"
                          r"остаться[ \u00a0]+аноним|залишитися[ \u00a0]+аноні)")
_POSSESSIVES = frozenset("его ее её их мой моя твой твоя наш наша ваш ваша свой своя "
                         "його її їх мій моя твій твоя наш наша ваш ваша свій своя".split())
_NOUN_COMMA_BEFORE = compile_later(r"(\p{Ll}+),[ \u00a0]+\Z")
_RANKS = frozenset("lieutenant deputy vice assistant associate acting former ex-".split())
FRONTING = frozenset("after before when while as since although though despite during in at on back asked "
                     "speaking pressed following unlike like but and yet later earlier then still".split())  # open a clause before the subject
_ENGLISH_ROLE_HEAD = regex.compile(
    r"(?:(?:^|(?<=[.!?…]\s))The |(?:^|(?<=[.!?…]\s))(?:" + "|".join(w.title() for w in sorted(FRONTING)) + r")\b[^!?\n]{0,120}?, the )"
    r"((?:[\w’'-]+ ){0,3}[a-z]+(?:['’]s)?)\b", regex.MULTILINE)  # `The mayor was unmoved.`, `Asked …, the mayor paused.`


class RoleResolution:
    """Role nouns and titles: their holders, descriptions and the topic a descriptive role means."""

    def _same_rank(self, mention: str, held: str) -> bool:
        """`the governor` is not `Lt. Gov. Feldstein`: a rank word (lieutenant, deputy, vice) in the
        held role must be in the mention too (English)."""
        if self.code != "en":
            return True
        said = set(self._spelled_out(mention).split())
        return all(w in said for w in self._spelled_out(held).split() if w in _RANKS)

    def _spelled_out(self, role: str) -> str:
        """A role in lower case with its abbreviated titles written out (`Gov.` → `governor`)."""
        expansions = self.lang.TITLE_EXPANSIONS
        return " ".join(expansions.get(w, w) for w in role.lower().split())

    def _role_subject(self, lo: int, hi: int, gender: Optional[str]) -> Optional[Entity]:
        """The holder of a role noun opening a sentence in narration between ``lo`` and ``hi``."""
        found = None
        for m in SENTENCE_HEAD.finditer(self.text, lo, hi):
            at = m.start(1)
            if self.ctx.in_quote(at):
                continue
            parses = morph.parses(self.code, m.group(1).lower())
            if not any(n in self.lang.ROLE_LEMMAS and "NOUN" in g and "nomn" in g for n, g, _ in parses[:2]):
                titled = self._titled_head(at, m.group(1).lower(), gender)
                if titled is None and m.group(1).lower() in getattr(self.lang, "FOLK_ROLES", ()) and at not in self.entity_of:
                    titled = self._role_holder(at, m.group(1).lower())  # `Дяк довго дивився`, read as a surname: дяк Юхимець
                    if titled is not None and gender in ("m", "f") and titled.gender not in (None, gender):
                        titled = None
                found = titled or found  # `Княгиня долго сидела …⏎— …, — сказала она`: the princess
                continue
            stem = m.group(1).lower()[:5]
            holder = None
            for s, entity, _q in self.person_positions:
                if s >= at:
                    break
                if entity.role and stem in entity.role.lower() and (gender not in ("m", "f") or entity.gender in (None, gender)):
                    holder = entity
            found = holder or self._earlier_speaker_for_role(lo, stem, gender) or found
        return found

    def _titled_head(self, at: int, word: str, gender: Optional[str]) -> Optional[Entity]:
        """The named holder of a title or description (`княгиня`, `генерал`) opening narration at ``at``, of that gender."""
        if at in self.entity_of:
            return None
        top = [p for p in morph.parses(self.code, word)[:2] if {"NOUN", "anim"} <= p[1] and morph.is_nominative(p[1])][:1]
        described = agreement.on(self.lang) and agreement.adjective_gender(self.code, word) is not None \
            and self._used_as_noun(at + len(word))  # uk `Стара подивилася на доньку`: the old woman
        if not described and (not top or {"Name", "Surn", "Patr"} & top[0][1]):
            return None  # an animate noun in the nominative, read second or without a case (uk `старшина`)
        holder = self._role_holder(at, word)
        if holder is None or (gender in ("m", "f") and holder.gender not in (None, gender)):
            return None
        return holder

    def _english_role_subject(self, lo: int, hi: int, gender: Optional[str]) -> Optional[Entity]:
        """The holder of a role opening a sentence of narration between ``lo`` and ``hi`` (`The mayor was unmoved.`)."""
        found = None
        for m in _ENGLISH_ROLE_HEAD.finditer(self.text, self.sentences.start(lo, self.paras[self._para_of(lo)][0]), hi):
            if m.start(1) < lo:
                continue
            word = next((w for w in regex.sub(r"['’]s\b", "", m.group(1)).split() if w in self.lang.ROLE_NOUNS), None)
            if word is None or self.ctx.in_quote(m.start()):
                continue  # `The Democratic presidential candidate’s response …`: candidate
            for s, entity, _q in self.person_positions:
                if s >= m.start():
                    break
                if entity.role and word in self._spelled_out(entity.role).split() \
                        and (gender not in ("m", "f") or entity.gender in (None, gender)):
                    found = entity
        return found

    def _earlier_speaker_for_role(self, lo: int, stem: str, gender: Optional[str]) -> Optional[Entity]:
        """A role no one holds, after a person holding another one (`председатель Рогов … Президент и сам`), is the earlier speaker's."""
        nearest = self.entity_of.get(lo)
        if nearest is None or not nearest.role or stem in nearest.role.lower():
            return None
        i = bisect.bisect_left(self.person_positions, (lo,)) - 1
        while i >= 0:
            _at, entity, in_quote = self.person_positions[i]
            i -= 1
            if entity is nearest or in_quote or entity.type == "organization" or not entity.spoke:
                continue
            if (entity.role is None or stem in entity.role.lower()) and (gender not in ("m", "f") or entity.gender in (None, gender)):
                return entity
        return None

    def _by_role(self, pos: int, role: str, gender: Optional[str], called: Tuple[Entity, ...] = ()) -> Optional[Entity]:
        if self.code != "en" and _NAMELESS.match(self.text, pos + len(role)):
            return None
        head = role.lower().split()[-1] if role.split() else role.lower()
        stem = head[:5]
        best = None
        unlike: Tuple[Entity, ...] = ()
        if self.code != "en":
            best, unlike = self._described_as(pos, role, gender)
            if best is not None and not self._in_dialogue(pos):
                best = self._paragraph_subject(pos, gender, best) or best
            if best is not None:
                return best
        for s, entity, _q in self.person_positions:
            if s >= pos:
                break
            if entity in unlike:
                continue
            if entity.role and stem in self._spelled_out(entity.role) and self._same_rank(role, entity.role):
                best = entity
            elif entity.honorific and self._same_title(head, stem, entity.honorific) and (gender not in ("m", "f") or entity.gender in (None, gender)):
                best = entity  # `графиня Лисовская` … `сказала графиня`; `отець Варсонофій` … `озвався панотець`
        definite = role.lower().startswith("the ") or regex.search(r"\w['’]s ", role) is not None
        descriptive = head not in self.lang.TITLES or head in self.lang.PARTY_WORDS
        if best is None and self.code == "en" and descriptive and definite:
            best = self._topic_person(pos, pos + len(role))
        if best is None and self.code != "en":
            best = self._host(pos, head, gender)
            if best is not None:
                return best
            best = self._antecedent(pos, gender, exclude=unlike + called + self._other_kin(pos, head))  # not whom the turn calls by name
            last = max((m[0] for m in best.mentions if m[0] < pos and not self._called_by_name(m[0])),
                       default=-10**9) if best is not None else None
            if best is not None and self._in_dialogue(pos) and (self._noun_for_another(pos, role, last)
                                                                or self._noun_before_name(pos, role, best)):
                return None  # `понял, что камердинер уже принес платье` … `— …, — отвечал камердинер`: not him
            if best is not None and not self._job_role(role) and not self._named_as_subject(last):
                # `сказала хозяйка` after `глаз Карпова`: no one was named as this noun's subject; in dialogue the other
                # one of that gender speaking in the scene (`— …, ma tante.⏎— …! — повторила старуха`: the aunt)
                if not self._in_dialogue(pos):  # else one just named as her (`стала … ученица Делгер Мучкаева` …
                    named_so = self._predicate_name(last)  # `рассказала девочка`)
                    if self._para_of(last) == self._para_of(pos) and self._paragraph_topic(last, pos):
                        return best  # `Найстаршій акторці, Феклі Буряк, 84 роки. Вона грає … «…», – каже бабуся`
                    return self._recent_subject(pos, gender, unlike + called) or (best if named_so else None)
                lemma = self._noun_lemma(role)  # but not a noun the narration gave someone (`Доктор вышел …`)
                return None if lemma is None or self._narrated_noun(pos, lemma) else \
                    self._other_participant(pos, gender, unlike + called)
            if best is not None and self._in_dialogue(pos) and self._unheld_title(pos, role):
                return None  # `Князь сидел на постели …` then `— …! — Князь стукнул кулаком`: the prince, whom no name fits
            if best is not None and pos - last > 600:
                recent = self._last_speaker(pos, gender)
                best = recent if recent is not None and recent not in unlike else best  # no one of hers spoke: still her
            if best is None and self._in_dialogue(pos):
                best = self._other_participant(pos, gender, unlike + called)  # `— Рад, — сказал Лаврентьев.⏎— …, — сказал старик`
        return best

    def _noun_for_another(self, pos: int, role: str, since: int) -> bool:
        """The scene's narration, after ``since``, uses the role noun for someone other than a sentence's opening
        subject (`понял, что камердинер …`, `голос доктора`, `вернулся с начальником станции`), and no one named
        bears that role."""
        lemma = self._head_lemma(role)
        if lemma is None or self._titled_by(pos, lemma) is not None:
            return False
        floor = max(since, self.paras[max(0, self._para_of(pos) - 6)][0])
        for w in WORD.finditer(self.text, floor, pos):
            if self.ctx.in_quote(w.start()) or dash_turn(self.text, self.paras[self._para_of(w.start())][0], w.start()):
                continue
            parses = morph.parses(self.code, w.group().lower())[:2]
            if not any(p[0] == lemma and "NOUN" in p[1] for p in parses):
                continue
            head = self.sentences.start(w.start(), self.paras[self._para_of(w.start())][0])
            opening = not self.text[head:w.start()].strip() or all(
                any({"ADJF"} & g for _n, g, _s in morph.parses(self.code, x.group().lower())[:1])
                for x in WORD.finditer(self.text, head, w.start()))
            after = WORD.match(self.text, w.end() + 1)  # not `доктор Штральман`: a name beside it is his
            if not opening and self._role_holder(w.start(), w.group().lower()) is None \
                    and (after is None or after.start() not in self.entity_of):
                return True
        return False

    def _paragraph_subject(self, pos: int, gender: Optional[str], described: Entity) -> Optional[Entity]:
        """In news, the person whose name opens ``pos``'s paragraph as its subject, when the one described by the
        noun was last named in an earlier paragraph (`Габдуллина, пришедшая второй, не скрывала разочарования.
        «…», — сказала спортсменка`: she, not the athlete of the paragraph before)."""
        ps = self.paras[self._para_of(pos)][0]
        if any(ps <= s < pos for s, _e in described.mentions):
            return None
        i = bisect.bisect_left(self.person_positions, (ps,))
        if i >= len(self.person_positions):
            return None
        at, entity, in_quote = self.person_positions[i]
        opens = not self.text[ps:at].strip()
        if at >= pos or in_quote or not opens or entity is described or entity.type == "organization" \
                or gender in ("m", "f") and entity.gender not in (None, gender) or not self._named_as_subject(at):
            return None
        return entity

    def _noun_before_name(self, pos: int, role: str, best: Entity) -> bool:
        """The scene's narration opened a sentence on the role noun for someone unnamed before ``best`` was first
        named (`Інспектор народних шкіл приїхав …. Учитель Никон Ліщина зблід`): the noun is that one, not him."""
        lemma = self._head_lemma(role)
        first = min((s for s, _e in best.mentions), default=pos)
        if lemma is None or self._titled_by(pos, lemma) is not None:
            return False
        w = self._narrated_noun(first, lemma)
        return w is not None and w.start() >= self.paras[max(0, self._para_of(pos) - 6)][0] \
            and self._role_holder(w.start(), w.group().lower()) is None \
            and not self.text[self.sentences.start(w.start(), self.paras[self._para_of(w.start())][0]):w.start()].strip()

    def _unheld_title(self, pos: int, role: str) -> bool:
        """The narration of this scene calls someone by a rank or title (`Князь сидел`, `кроме старого генерала,
        который …`), and no one named bears it."""
        lemma = self._noun_lemma(role)
        if lemma not in getattr(self.lang, "RANKS", ()) or self._narrated_noun(pos, lemma) is None:
            return False  # not `Старик ворчал`, which may be anyone named before
        if self._titled_by(pos, lemma) is not None:
            return False  # `– …, діду Панасе, …` … `Дід сів на лаву`: Панас
        stem = lemma[:5]
        return not any(stem in (e.role or "").lower() or stem in (e.honorific or "") for e in self.registry.entities)

    def _same_title(self, head: str, stem: str, honorific: str) -> bool:
        """The role noun is the honorific, or a synonym of it (`панотець` for `отець`)."""
        if stem in honorific:
            return True
        lemmas = {n for n, _g, _s in morph.parses(self.code, head)}
        return any(honorific in group and lemmas & group for group in getattr(self.lang, "ROLE_SYNONYMS", ()))

    def _predicate_name(self, at: int) -> bool:
        """The name at ``at`` ends a clause that says what someone became or was (`героиней дня стала … Делгер
        Мучкаева`): the sentence's real subject, after its verb."""
        head = self.sentences.start(at, self.paras[self._para_of(at)][0])
        words = list(WORD.finditer(self.text, head, at))
        return any(w.group().lower() in _LINKING for w in words)

    def _other_participant(self, pos: int, gender: Optional[str], exclude: Tuple[Entity, ...]) -> Optional[Entity]:
        """The person of ``gender`` who spoke last in this scene (the last few paragraphs), other than ``exclude``."""
        floor = self.paras[max(0, self._para_of(pos) - 6)][0]
        fits = [e for e in self.registry.entities if floor <= e.last_spoke < pos and e not in exclude
                and e.type != "organization" and (gender not in ("m", "f") or e.gender in (None, gender))]
        return max(fits, key=lambda e: e.last_spoke, default=None)

    def _recent_subject(self, pos: int, gender: Optional[str], exclude: Tuple[Entity, ...] = (), paras: int = 2,
                        sources: bool = False) -> Optional[Entity]:
        """The last person of ``gender`` named as a subject in narration in this paragraph or the ``paras`` before
        (with ``sources``, also one named after `за словами`): whom a news story's descriptive noun means
        (`Полина Ворсина стала чемпионкой … — призналась победительница`)."""
        if gender not in ("m", "f"):
            return None
        para = self._para_of(pos)
        i = bisect.bisect_left(self.person_positions, (pos,)) - 1
        while i >= 0 and para - self._para_of(self.person_positions[i][0]) <= paras:
            at, entity, in_quote = self.person_positions[i]
            i -= 1
            if in_quote or entity.type == "organization" or entity in exclude or entity.gender not in (None, gender):
                continue
            if self._named_as_subject(at) or (sources and self._according_to(at)):
                return entity
        return None

    def _in_dialogue(self, pos: int) -> bool:
        """``pos`` is in a paragraph that opens with a dash: a dialogue turn, where a new noun may be a new person."""
        ps, pe = self.paras[self._para_of(pos)]
        return dash_turn(self.text, ps, pe)

    def _host(self, pos: int, head: str, gender: Optional[str]) -> Optional[Entity]:
        """Whom `хозяйка` / `хозяин` means: the last person named in the genitive after a room or house
        (`В гостиной княгини Туровской`), the one whose home the scene is in."""
        if not {n for n, _g, _s in morph.parses(self.code, head)} & getattr(self.lang, "HOST_LEMMAS", frozenset()):
            return None
        i = bisect.bisect_left(self.person_positions, (pos,)) - 1
        while i >= 0 and pos - self.person_positions[i][0] < 3000:
            at, entity, in_quote = self.person_positions[i]
            i -= 1
            if in_quote or entity.type == "organization" or (gender in ("m", "f") and entity.gender not in (None, gender)):
                continue
            before = prev_token(self.text, at)
            if before is not None and entity.honorific and before.text.lower() != entity.honorific:
                before = prev_token(self.text, before.start)  # past `княгини`
            if before is not None and {n for n, _g, _s in morph.parses(self.code, before.text.lower())} & self.lang.HOME_NOUNS:
                return entity
            for _ in range(4):  # past her description: `У вдовы коллежского асессора Митродоры Галактионовны`
                if before is None or not before.text[:1].islower() \
                        or not any("gent" in g for _n, g, _s in morph.parses(self.code, before.text.lower())[:3]):
                    break
                before = prev_token(self.text, before.start)
            if before is not None and before.text in ("У", "В") \
                    and self.sentences.start(before.start, self.paras[self._para_of(at)][0]) == before.start:
                return entity  # `У графини Вязьминой пили чай`: at her house
        return None

    def _paragraph_topic(self, at: int, pos: int) -> bool:
        """The name at ``at`` is the one person the paragraph names before ``pos``, and a pronoun subject
        (`Вона грає …`) takes it up: whom the paragraph is about, whatever its case."""
        ps = self.paras[self._para_of(at)][0]
        i = bisect.bisect_left(self.person_positions, (ps,))
        named = {e.best for s, e, q in self.person_positions[i:bisect.bisect_left(self.person_positions, (pos,))] if not q}
        return len(named) == 1 and (
            regex.search(r"(?:^|[.!?…][ \u00a0]+)(?:" + "|".join(sorted(self.lang.SUBJECT_PRONOUNS)) + r")\b",
                         self.text[at:pos], regex.IGNORECASE) is not None
            or regex.search(r"(?<!\w)(?:її|його|ее|её|его)(?!\w)", self.text[at:pos]) is not None)  # `коли її молодшого брата`

    def _other_kin(self, pos: int, word: str) -> Tuple[Entity, ...]:
        """For a family word (`мати`), the people the text called by another one before ``pos`` (`її донька Орина`)."""
        kin = getattr(self.lang, "KINSHIP", frozenset())
        lemmas = {word.lower()} | {n for n, _g, _s in morph.parses(self.code, word.lower()) if "anim" in _g}
        if not lemmas & kin:
            return ()
        lemmas = lemmas.union(*(x for x in getattr(self.lang, "ROLE_SYNONYMS", ()) if x & lemmas))  # `жена` may be the `мать`
        return tuple(e for e in (self._described_as(pos, other, None)[0] for other in sorted(kin - lemmas)) if e is not None)

    def _described_as(self, pos: int, role: str, gender: Optional[str]) -> Tuple[Optional[Entity], Tuple[Entity, ...]]:
        """The nearest person before ``pos`` whose role or words around a mention use the role\'s head noun
        (`Перевозчик Кузьма` … `отвечал перевозчик`), and those with that noun but another dependent word
        (`глава района` is not `глава региона`)."""
        head, dependent = self._head_lemmas(role)
        if not head:
            return None, ()
        head = head.union(*(s for s in getattr(self.lang, "ROLE_SYNONYMS", ()) if s & head))
        unlike: List[Entity] = []
        i = bisect.bisect_left(self.person_positions, (pos,)) - 1
        while i >= 0:
            at, entity, in_quote = self.person_positions[i]
            i -= 1
            if in_quote or entity.type == "organization" or entity in unlike or pos - at > 3000:
                continue
            if gender in ("m", "f") and entity.gender in ("m", "f") and entity.gender != gender:
                continue
            match = self._description_match(entity, at, head, dependent)
            if match is False:
                unlike.append(entity)
            elif match:
                return entity, tuple(unlike)
        return None, tuple(unlike)

    def _head_lemma(self, role: str) -> Optional[str]:
        """The one lemma of a role's head noun (`начальник` for `начальник станции`), if it has just one."""
        heads = self._head_lemmas(role)[0]
        return min(heads) if len(heads) == 1 else None

    def _head_lemmas(self, phrase: str) -> Tuple[frozenset, frozenset]:
        """Lemmas of a role\'s head noun and of the noun that depends on it (`главы региона` → глава, регион)."""
        words = [w.group().lower() for w in WORD.finditer(phrase)]
        for k, w in enumerate(words):
            nouns = frozenset(n for n, g, _s in morph.parses(self.code, w) if "NOUN" in g)
            if nouns:
                return nouns, frozenset().union(*(self._top_noun(x) for x in words[k + 1:k + 4]))
        last = words[-1:] and frozenset(n for n, g, _s in morph.parses(self.code, words[-1]) if "ADJF" in g or "PRTF" in g)
        return frozenset(last or ()), frozenset()

    def _top_noun(self, word: str) -> frozenset:
        """The lemma of a word whose likeliest reading is a noun (`района`, not the adjective `местного`)."""
        top = morph.parses(self.code, word)[:1]
        return frozenset(n for n, g, _s in top if "NOUN" in g)

    def _description_match(self, entity: Entity, at: int, head: frozenset, dependent: frozenset) -> Optional[bool]:
        """True when the entity\'s role or the words around its mention at ``at`` use ``head`` with a compatible
        dependent word, False when they use it with another one, None when they do not use it."""
        phrases = [entity.role] if entity.role else []
        end = next((e for s, e in entity.mentions if s == at), at)
        phrases.append(self._words_before(at))
        set_off = _SET_OFF_BEFORE.search(self.text, max(0, at - 60), at)
        if set_off is not None:
            phrases.append(set_off.group(1))  # `Мати, стара Юстина, сиділа`: the mother is Юстина
        else:
            inverted = _NOUN_COMMA_BEFORE.search(self.text, max(0, at - 60), at)
            if inverted is not None and self._verb_then_noun(inverted.start(1)):
                phrases.append(inverted.group(1))  # `расположилась вдова, Виринея Агапитовна`: the widow
        m = APPOSITION.match(self.text, end)
        if m is not None and not RELATIVE.match(m.group(1)):  # `Крутивус, що стояв поруч кошового,`: not the кошовий
            phrases.append(m.group(1))
        verdict = None
        for phrase in phrases:
            words = [w.group().lower() for w in WORD.finditer(phrase)]
            for k, w in enumerate(words):
                if not head & {n for n, _g, _s in morph.parses(self.code, w)}:
                    continue
                if not dependent:
                    return True
                theirs = self._head_lemmas(" ".join(words[k:k + 4]))[1]
                if not theirs or theirs & dependent:
                    return True
                verdict = False
        return verdict

    def _verb_then_noun(self, at: int) -> bool:
        """The word at ``at`` is an animate noun in the nominative right after a verb: an inverted subject."""
        word = WORD.match(self.text, at)
        before = prev_token(self.text, at)
        if word is None or before is None or self.text[before.end:at] != " ":
            return False
        top = morph.parses(self.code, word.group().lower())[:1]
        verb = morph.parses(self.code, before.text.lower())[:1]
        return bool(top) and {"NOUN", "anim", "nomn"} <= top[0][1] and bool(verb) and "VERB" in verb[0][1]

    def _called_by_name(self, at: int) -> bool:
        """A name inside a quote, or addressed in a dialogue turn (`— Марино, ходи сюди!`): not the narration naming a subject."""
        if self.ctx.in_quote(at):
            return True
        ps = self.paras[self._para_of(at)][0]
        i = bisect.bisect_left(self.person_positions, (at,))
        spoken = i < len(self.person_positions) and self.person_positions[i][0] == at and self.person_positions[i][2]
        return spoken and dash_turn(self.text, ps, at) and self._vocative(at)  # not `— …, — оживился Кречетов, …`

    def _words_before(self, at: int) -> str:
        """Nouns and adjectives right before a name, its description (`Перевозчик Кузьма`, `молодої драматургині Ганни`)."""
        words = list(WORD.finditer(self.text, max(0, at - 80), at))
        start = at
        for w in reversed(words[-4:]):
            if regex.search(r"[^ \u00a0]", self.text[w.end():start]):
                break
            parses = morph.parses(self.code, w.group().lower())
            if w.group().lower() in _POSSESSIVES:
                start = w.start()
                continue  # `жена его Маланья`: his wife
            if not parses or not ({"NOUN", "ADJF", "PRTF"} & parses[0][1]) or {"Name", "Surn", "Patr"} & parses[0][1]:
                if not (agreement.on(self.lang) and agreement.adjective_gender(self.code, w.group())):
                    break  # uk `стара Іленчиха`: `стара` is read first as the surname `Стар`'s genitive
            start = w.start()
        return self.text[start:at]

    def _topic_person(self, pos: int, end: int) -> Optional[Entity]:
        """Whom a descriptive English role (`the New York businessman`, `Obama's former strategist`)
        stands for: the last person who opened a sentence of narration in the few paragraphs before."""
        para = self._para_of(pos)
        i = bisect.bisect_left(self.person_positions, (pos,)) - 1
        while i >= 0:
            at, entity, in_quote = self.person_positions[i]
            i -= 1
            if para - self._para_of(at) > 3:
                return None
            if not in_quote and entity.type != "organization" and self._opens_sentence(at) and not pos <= at < end:
                return entity
        return None

    def _named_as_subject(self, at: int) -> bool:
        """The name at ``at`` reads as a nominative subject and follows no preposition (not `на Сомова`)."""
        before = prev_token(self.text, at)
        return self._subject_of_cue(at) and (before is None or before.text.lower() not in self.lang.PREPOSITIONS)

    def _job_role(self, role: str) -> bool:
        """A job title (`губернатор`) refers back to anyone named; a bare animate noun (`кучер`) only to a subject."""
        return any(n in self.lang.ROLE_LEMMAS for w in role.lower().split()[:2] for n, _g, _s in morph.parses(self.code, w))
