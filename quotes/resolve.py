"""Who a speaker mention stands for: names and pronouns; role nouns (roles.py), unattributed turns
(turns.py) and documents and relayed words (documents.py) are its mixins.

A mixin of the extraction pipeline's document: it reads the document's text,
``code``, ``lang``, ``cues``, attribution ``ctx``, name ``registry``,
``entity_of``, ``person_positions`` (sorted ``(offset, entity, in_quote)``),
``paras``, ``sentences``, the last dialogue turn and ``document_firsts`` (a cache it
fills), all set by the pipeline.
"""
from __future__ import annotations

import bisect
from typing import List, Optional, Tuple

import regex

from . import morph
from .context import Attribution
from .documents import DocumentSources
from .find import Region
from .model import Span, Speaker
from .name_forms import NameForms
from .names import Entity, prev_token
from .patterns import compile_later
from .roles import FRONTING, RoleResolution
from .name_clues import next_verb
from .newcomers import Newcomers
from .strangers import Strangers
from .tokens import NEXT_WORD, WORD, opens_clause
from .turns import TurnTaking

_PRONOUN_CUE = regex.compile(r"\b([Hh]e|[Ss]he)[ \u00a0]+([a-z]+)\b")
_PRONOUN_HEAD = regex.compile(r"(?:^|(?<=[.!?…;]\s))(\p{Lu}\p{Ll}+)\b", regex.MULTILINE)
_SET_OFF_NAME = regex.compile(r"[ \u00a0][^,;:!?\n]{1,60}, [^,;:!?\n]{0,40}?\b[A-Z][\w’'-]+,")  # `'s spokeswoman, Heather Lind,`
_CONTRAST = compile_later(r"[,;]\s+(?:а|но|однако|зато|и|але|проте|зате|і)\s")
# a subordinate clause fronted before the main one (`по тому, как Игнат мял картуз, Василий понял`)
_FRONTED = compile_later(r"(?i)(?:(?:по|от|через)\s+тому,\s+)?"
                         r"(?:как|когда|пока|если|хотя|едва|як|коли|поки|якщо|хоча|щойно)\s[^,;:.!?]*,\s+")


_POSSESSIVES = frozenset("мой твой свой наш ваш мій твій свій".split())  # `конь наш, Орлик,`: owned, not called


class SpeakerResolution(RoleResolution, TurnTaking, Strangers, Newcomers, DocumentSources, NameForms):
    """Turns an attribution's mention into a :class:`Speaker` with a canonical name."""

    def _speaker(self, r: Region, att: Attribution) -> Optional[Speaker]:
        if self.code != "en" and att.cue is not None and att.rule != "according" and self._relays(att.cue):
            entity = self._quoted_one(att.cue[1]) or self._antecedent(r.open_at, None)  # `«…», — цитує прес-служба`: it quotes him
            if entity is not None:
                return Speaker(entity.best, None, entity.role, "person")
        if att.mention is None and att.rule == "impersonal" and att.cue is not None:
            return self._document_author(att.cue[1], r.open_at) or self._said_in(r.open_at)
        if att.mention is None:
            if self.code != "en" and att.cue is not None and att.gender in ("m", "f") and att.rule != "according":
                acting = self._acting_speaker(r, att.gender)  # `Мати вийшла з хати …⏎— …, — сказала суворо`
                if acting is not None:
                    return acting
                entity = self._last_voice(r, att.cue[0], att.gender) or self._antecedent(
                    att.cue[0], att.gender, dialogue=r.dialogue, exclude=self._called_in(r)) or self._cataphor(att.cue[0], att.gender)
                if entity is not None:
                    return Speaker(entity.best, None, entity.role, "person")
            if self.code != "en" and r.dialogue and att.cue is not None and att.gender is None:
                entity = self._narration_subject(r)  # `Вера поставила миску.⏎— Ешьте, — говорит.`
                if entity is not None:
                    return Speaker(entity.best, None, entity.role, "person")
            return None
        text = self.text
        s, e = att.mention
        mention = Span(s, e, text[s:e])
        kind = att.mention_kind
        if kind == "name":
            entity = self.entity_of.get(s)
            if entity is None:
                name = self.ctx.name_at(s)
                if name is not None:
                    entity = self.registry.lookup(name) or self.registry.add(name)
            if entity is None and self.code != "en":
                entity = self._register_speaker(s, e, att.gender)
            if entity is not None:
                if att.rule != "according":
                    self._subject_form(entity, s, e)
                elif self.code != "en":  # `по словам Вячеслава Гладкова` is genitive: his, not hers
                    self._learn_gender(entity, self._genitive_gender(s, e))
                self._learn_gender(entity, att.gender)
                self._spoke(entity, s)
                if entity.role is None and entity.type != "organization":
                    entity.role = self._apposition_role(e)
                return Speaker(entity.best, mention, entity.role, "person" if entity.type != "organization" else "organization")
            return Speaker(mention.text, mention, None, "person")
        if kind == "pronoun":
            if att.number == "pl" or mention.text.lower() in ("they", "они", "вони", "we", "мы", "ми"):
                return Speaker(None, mention, None, "group")
            if mention.text.lower() in ("i", "я"):
                return Speaker(None, mention, None, "person")
            if mention.text.lower() == "it":  # `The governor's office responded. “…,” it said`: never a person
                org = self._recent_organization(s)
                return Speaker(org, mention, None, "organization")
            if mention.text.lower() in getattr(self.lang, "DEMONSTRATIVES", {}):
                return self._the_other(r, mention, att.gender)
            new, entity, lemma = self._newcomer(r, s, att.gender)  # `і на порозі став селянин.⏎— …, — мовив він`
            if new and entity is None:
                speaker = Speaker(None, mention, lemma, "person")
                self._stranger(speaker, lemma, att.gender, s)
                return speaker
            entity = entity or self._addressed(r, att.gender) or self._last_voice(r, s, att.gender) or self._antecedent(
                s, att.gender, dialogue=r.dialogue, exclude=self._called_in(r)) or self._cataphor(s, att.gender)
            if entity is not None:
                self._learn_gender(entity, att.gender)
                self._spoke(entity, s)
                return Speaker(entity.best, mention, entity.role, "person")
            return Speaker(None, mention, None, "person")
        if kind == "org":
            name = mention.text
            if self.code == "en" and name.lower().startswith("the "):
                name = name[4:]
            elif self.code != "en":
                name = self._org_in_full(s, e) or morph.phrase_nominative(self.code, self._owner_in_full(s, e))  # `у Повітряних силах`
            return Speaker(name, mention, None, "organization")
        if kind == "group":
            return Speaker(None, mention, None, "group")
        if kind == "servant":  # `пресс-секретарь Вячеслава Гладкова`: someone unnamed, who serves him
            return Speaker(None, mention, morph.phrase_nominative(self.code, mention.text), "person")
        if kind == "noun":  # `the letter reads`, `my father said`: no name to give, the words say who
            holder = self._set_off_name(e) or (self._described_as(s, mention.text, att.gender)[0] if self.code != "en" else None)
            if holder is None and not r.dialogue:
                holder = self._noun_topic(s, mention.text, att.gender)  # `Василь Оліярник …⏎«…», — ділиться чоловік`
            if holder is not None:  # `молодої драматургині Ганни Стецюк` … `за словами драматургині`
                self._spoke(holder, s)
                return Speaker(holder.best, mention, holder.role, "person")
            holder = self._revealed(e) if self.code != "en" else None
            if holder is not None:  # `— …, — заметил молодой человек в сюртуке. Это был Кондратьев, …`
                self._spoke(holder, s)
                return Speaker(holder.best, mention, holder.role, "person")
            head = mention.text.split()[-1].lower()
            return Speaker(None, mention, None, "organization" if head in self.lang.DOCUMENT_NOUNS else "person")
        if kind == "role":
            lemma = self._noun_lemma(mention.text) if self._strangers_on() else None
            entity = self._set_off_name(e) or (self.stranger_names.get(lemma) if lemma else None)  # `селянин`, who gave his name since
            entity = entity or (self._revealed(e) if self.code != "en" else None)  # `… Это был Кондратьев`
            if entity is not None and lemma:
                self.stranger_names.setdefault(lemma, entity)  # the noun goes on naming him (`— …, — Доктор усмехнулся`)
            gender = att.gender or self._noun_gender(mention.text)  # `каже жінка`: a woman, whatever the verb
            if entity is None and lemma:
                entity = self._reply_holder(r, s, mention.text, gender)  # `— …, Федосья Фоминишна? —` / `— …, — отвечала няня`
                if entity is not None:
                    self._name_noun_strangers(entity, r, lemma)
                    self.stranger_names.setdefault(lemma, entity)
            if entity is None and r.dialogue and lemma and (self._met_unnamed(s, lemma, gender) or self._described_anew(s, e, mention.text)):
                speaker = Speaker(None, mention, mention.text, "person")  # `сидел пожилой господин … — сказал господин`
                self._stranger(speaker, lemma, gender, s)
                return speaker
            entity = entity or self._reply_holder(r, s, mention.text, gender)
            entity = entity or self._by_role(s, mention.text, gender, self._called_in(r) + self._answered(r))
            if entity is None and not r.dialogue and self._strangers_on() and not self._job_role(mention.text):
                entity = self._noun_topic(s, mention.text, gender)  # `Людмила Бабенко, каже …⏎«…», – зізналася жінка`
            speaker = Speaker(entity.best if entity is not None else None, mention,
                              (entity.role if entity is not None else None) or mention.text, "person")
            if entity is not None:
                self._spoke(entity, s)
            if entity is None or r.dialogue and self._guessed_holder(entity, s, mention.text, gender):
                self._stranger(speaker, lemma, gender, s)  # a reply calling her by name may still say who she is
            return speaker
        return None

    def _the_other(self, r: Region, mention: Span, gender: Optional[str]) -> Speaker:
        """`– …, – відповіла та`: the one the last turn spoke to, of that gender, never its speaker; unnamed when
        the text has not named her."""
        last = self._answered(r)
        entity = self._addressed(r, gender) or self._antecedent(
            mention.start, gender, dialogue=r.dialogue, exclude=last + self._called_in(r))
        if entity is None or not last:
            return Speaker(None, mention, None, "person")
        self._spoke(entity, mention.start)
        return Speaker(entity.best, mention, entity.role, "person")

    def _spoke(self, entity: Entity, at: int) -> None:
        entity.spoke += 1
        entity.last_spoke = max(entity.last_spoke, at)

    def _recent_organization(self, pos: int) -> Optional[str]:
        """The organisation named last in narration within the paragraph before ``pos`` and its own."""
        floor = self.paras[max(0, self._para_of(pos) - 1)][0]
        i = bisect.bisect_left(self.ctx.name_starts, pos) - 1
        while i >= 0 and self.ctx.names[i].start >= floor:
            n = self.ctx.names[i]
            i -= 1
            if n.type == "organization" and not self.ctx.in_quote(n.start):
                return n.canon[4:] if n.canon.lower().startswith("the ") else n.canon
        return None

    def _antecedent(self, pos: int, gender: Optional[str], dialogue: bool = False,
                    exclude: Tuple[Entity, ...] = ()) -> Optional[Entity]:
        """The person a pronoun or a subjectless verb at ``pos`` points back to.

        Among fitting people named outside quotes, take the sentence of the nearest
        one and prefer its first-named person (usually the subject); prefer people
        who already spoke or are clearly people (first name, title) when one was
        named not much earlier.
        """
        found: List[Tuple[int, Entity, bool]] = []
        i = bisect.bisect_left(self.person_positions, (pos,)) - 1
        while i >= 0 and len(found) < 40:
            at, entity, in_quote = self.person_positions[i]
            i -= 1
            if entity.type == "organization" or in_quote or entity in exclude:
                continue
            if in_quote and self._vocative(at):
                continue
            if gender in ("m", "f") and entity.gender in ("m", "f") and entity.gender != gender:
                entity = self._namesake(entity, at, gender)
                if entity is None:
                    continue
            found.append((at, entity, in_quote))
        if not found:  # no one named in narration; `Старшина глянув на неї …⏎– …, – промовив він`: the role's holder
            return self._role_subject(self.paras[max(0, self._para_of(pos) - 1)][0], pos, gender) if self.code != "en" else None
        holder = self._role_subject(found[0][0], pos, gender) if self.code != "en" else \
            self._english_role_subject(found[0][0], pos, gender)
        if holder is not None and holder not in exclude:
            return holder  # `… Игорь Рогов. Президент и сам … — добавил он`; `The mayor was unmoved. … she said`
        if self.code == "en":
            lead = self._english_subject(found[0][0], {id(c[1]) for c in found})
            if lead is not None:
                return lead  # `Back in Reno, Pike was asked about Albers's claim. … she said`: Pike
        said = WORD.match(self.text, pos)
        if gender in ("m", "f") and said is not None and said.group().lower() in self.lang.SUBJECT_PRONOUNS:
            s_start = self.sentences.start(found[0][0], self.paras[self._para_of(found[0][0])][0])
            s_start += len(self.text[s_start:found[0][0]]) - len(self.text[s_start:found[0][0]].lstrip())
            if self.text.startswith(self._subject_pronoun(gender) + " ", s_start) and s_start < found[0][0]:
                return self._antecedent(s_start, gender, dialogue, exclude)  # `She says Trump accused Machado …`: still her
            chain = self._narration_pronoun(found[0][0], pos, gender)
            if chain is not None:
                return self._antecedent(chain, gender, dialogue, exclude)  # `… a loss. He concedes the point. “…,” he said`
        if self.code == "en" and gender in ("m", "f") and not self._opens_sentence(found[0][0]) \
                and self._pronoun_speaks_between(found[0][0], pos, gender):
            speaker = self._recent_speaker(pos, gender)
            if speaker is not None:
                return speaker  # `…, he said, replacing Clinton … loyalists to Joe Biden. “…,” he said`: still him
        if self.code == "en" and self._introduced(found[0][1], found[0][0], pos):
            return found[0][1]  # `… concerns Henry Crespo, president of the caucus.⏎“…,” he said`
        if self.code != "en":
            found = self._subjects_first(found, pos)
        owners = [c for c in found if self._possessive(c[1], c[0])]
        if owners and len(owners) < len(found):
            rest = [c for c in found if c not in owners]
            if pos - rest[0][0] < 600:
                found = rest  # `Tom Reyes told … Park's policy … he said`: not Park
        first_at = found[0][0]
        s_start = self.sentences.start(first_at, self.paras[self._para_of(first_at)][0])
        if self.code != "en" and not found[0][2] and self._subject_of_cue(first_at):
            turn = None
            for turn in _CONTRAST.finditer(self.text, s_start, first_at):
                pass
            head = turn.end() if turn is not None else s_start
            fronted = _FRONTED.match(self.text, head, first_at)
            if fronted is not None and (turn is not None or fronted.end() > head):
                head = fronted.end()  # `, и по тому, как Игнат мял картуз, Василий понял`: not Игнат
            if (turn is not None or head > s_start) and opens_clause(self.text[head:first_at]):
                s_start = head  # `Степан Аркадьич лёг, а Левин медлил … — сказал он`: Левин
        same_sentence = [c for c in found if c[0] >= s_start]
        strong = [c for c in same_sentence if c[1].spoke or c[1].hint or (not c[2] and self._subject_of_cue(c[0]))]
        if self.code != "en" and len(strong) > 1:
            strong = [c for c in strong if not self._governed(c[0])] or strong  # `до кошового Матяша … прискакав Яцко`
        if strong:
            return strong[-1][1]
        for at, entity, _q in found:
            if (entity.spoke or entity.hint) and pos - at < 1500:
                return entity
        return same_sentence[-1][1]

    def _subjects_first(self, found: List[Tuple[int, Entity, bool]], pos: int) -> List[Tuple[int, Entity, bool]]:
        """Without the people named only in an oblique case (`у кроватки Володи`), when someone named as a
        subject stands not far before ``pos``: a pronoun subject points back to a subject."""
        if self._para_of(pos) - self._para_of(found[0][0]) > 1 or not self._closes_narration(found[0][0]):
            return found  # `для Софії …. Спортсменка зізнається …`: a later sentence is about someone else
        subjects = [c for c in found if not self._governed(c[0])]
        return subjects if subjects and subjects[0] is not found[0] and pos - subjects[0][0] < 1000 else found

    def _closes_narration(self, at: int) -> bool:
        """The name at ``at`` stands in the last sentence of its paragraph: the narration right before the turn."""
        pe = self.paras[self._para_of(at)][1]
        return not self.text[self.sentences.end(at, pe):pe].strip()

    def _governed(self, at: int) -> bool:
        """A name in an oblique case right after the noun or preposition that governs it (`у кроватки Володи`)."""
        before = prev_token(self.text, at)
        if before is None or self.text[before.end:at].strip(" \u00a0") or self._subject_of_cue(at):
            return False
        if before.text.lower() in self.lang.PREPOSITIONS:
            return True
        top = morph.parses(self.code, before.text.lower())[:1]
        if top and "ADJF" in top[0][1] and not morph.is_nominative(top[0][1]):
            prep = prev_token(self.text, before.start)  # `до кошового Остапа`: the preposition before its adjective
            return prep is not None and not self.text[prep.end:before.start].strip() and prep.text.lower() in self.lang.PREPOSITIONS
        return bool(top) and "NOUN" in top[0][1] and not ({"Name", "Surn", "Patr", "nomn"} & top[0][1])

    def _namesake(self, entity: Entity, at: int, gender: str) -> Optional[Entity]:
        """A bare surname at ``at`` read as one bearer may mean a relative of the other gender
        (`Travis Mabry` … `Sharon Mabry` … `Mabry said she …`)."""
        if len(self.registry.by_key.get(entity.key, ())) < 2:
            return None
        end = next((e for s, e in entity.mentions if s == at), None)
        if end is None or " " in self.text[at:end].strip():
            return None
        if not regex.match(r"[ \u00a0]+\w+[ \u00a0]+(?:that[ \u00a0]+)?" + ("he" if gender == "m" else "she") + r"\b", self.text[end:end + 40]):
            return None  # only `Mabry said she …`: the text itself says which of them is meant
        return next((e for e in self.registry.by_key.get(entity.key, ()) if e is not entity and e.gender == gender), None)

    def _english_subject(self, at: int, fitting: set) -> Optional[Entity]:
        """The person named as the subject of the sentence holding ``at``: a name opening it, or the
        first name after a fronted clause (`Asked by Lee whether …, Vance paused.`), if they fit."""
        text = self.text
        s_start = self.sentences.start(at, self.paras[self._para_of(at)][0])
        first = WORD.match(text, s_start) or WORD.search(text, s_start, s_start + 40)
        head = s_start
        if first is not None and (first.group().lower() in FRONTING or first.group().endswith(("ed", "ing"))):
            comma = text.find(",", s_start, at + 1)
            if comma < 0:
                return None
            head = comma + 1
        i = bisect.bisect_left(self.person_positions, (head,))
        if i >= len(self.person_positions):
            return None
        pos, entity, in_quote = self.person_positions[i]
        titles = self.lang.TITLES | set(self.lang.HONORIFICS)
        lead_in = " ".join(w for w in text[head:pos].split() if w.lower() not in titles and w.lower() + "." not in titles)
        end = next((e for s, e in entity.mentions if s == pos), pos)
        if text.startswith(("’s", "'s"), end) and _SET_OFF_NAME.match(text, end + 2):
            return None  # `Salvatore's spokeswoman, Heather Lindqvist, said`: the one set off is the subject
        if pos > at or in_quote or id(entity) not in fitting or any(c in lead_in for c in ",.;:!?“”\"(") \
                or any(w[:1].islower() for w in lead_in.split()) or len(lead_in.split()) > 4:
            return None
        return entity

    def _subject_pronoun(self, gender: str) -> str:
        """The singular subject pronoun of ``gender`` as it opens a sentence: `He`, `Она`, `Вона`."""
        return next(w for w, (g, n) in self.lang.PRONOUNS.items() if g == gender and n == "sg"
                    and w in self.lang.SUBJECT_PRONOUNS).capitalize()

    def _narration_pronoun(self, lo: int, hi: int, gender: str) -> Optional[int]:
        """Where the last sentence of narration between ``lo`` and ``hi`` opens with `He` / `Она` / `Вона`."""
        word = self._subject_pronoun(gender)
        found = None
        for m in _PRONOUN_HEAD.finditer(self.text, lo, hi):
            if m.group(1) == word and not self.ctx.in_quote(m.start(1)):
                found = m.start(1)
        return found

    def _introduced(self, entity: Entity, at: int, pos: int) -> bool:
        """A person named for the first time, in full and with a role set off after the name, in the
        paragraph before a pronoun or its own: the one the quote that follows is from."""
        end = next((e for s, e in entity.mentions if s == at), None)
        if end is None or min(s for s, _e in entity.mentions) != at or " " not in self.text[at:end].strip():
            return False
        return self._para_of(pos) - self._para_of(at) <= 1 and self._apposition_role(end) is not None

    def _opens_sentence(self, at: int) -> bool:
        """The person named at ``at`` is the first one named in narration in its sentence (its subject, mostly)."""
        s_start = self.sentences.start(at, self.paras[self._para_of(at)][0])
        i = bisect.bisect_left(self.person_positions, (s_start,))
        while i < len(self.person_positions) and self.person_positions[i][0] < at:
            if not self.person_positions[i][2]:
                return False
            i += 1
        return True

    def _pronoun_speaks_between(self, start: int, end: int, gender: str) -> bool:
        """An English `he said` / `she argued` in narration between ``start`` and ``end``: the
        story is still following the last speaker, whoever else it names."""
        word = "he" if gender == "m" else "she"
        for m in _PRONOUN_CUE.finditer(self.text, start, end):
            if m.group(1).lower() == word and not self.ctx.in_quote(m.start()) and self.cues.is_cue(m.group(2)):
                return True
        return False

    def _possessive(self, entity: Entity, at: int) -> bool:
        """An English mention written as an owner (`Park's policy`): seldom the one a pronoun means."""
        if self.code != "en":
            return False
        end = next((e for s, e in entity.mentions if s == at), None)
        return end is not None and self.text.startswith(("’s", "'s"), end)

    def _cataphor(self, pos: int, gender: Optional[str]) -> Optional[Entity]:
        """With no one named before (an excerpt opening on `— …, — каже вона`), the first
        person of that gender named after ``pos`` in narration or called by name in speech."""
        if gender not in ("m", "f"):
            return None
        i = bisect.bisect_right(self.person_positions, (pos,))
        while i < len(self.person_positions) and self.person_positions[i][0] - pos < 3000:
            at, entity, in_quote = self.person_positions[i]
            i += 1
            if entity.type != "organization" and entity.gender == gender and (not in_quote or self._vocative(at)):
                return entity  # named in narration, or called by name (`Маріє!`)
        return None

    def _subject_of_cue(self, at: int) -> bool:
        """A clear subject: a name right before a reporting verb (`McLenney said …`), or in
        Russian and Ukrainian a name in the nominative (`Вронский встал`, not `Левину`)."""
        name = self.ctx.name_at(at)
        if name is None:
            return False
        if self.code != "en":
            words = name.text.split()
            if name.agreed and any("nomn" in g for _n, g, _s in morph.parses(self.code, words[-1].lower())):
                return True  # a verb agrees with it as its subject (`Тодора сиділа`, read first as `of Тодор`)
            entity = self.entity_of.get(at)
            if entity is not None and entity.gender == "f" and words[-1].lower().endswith(self.lang.SURNAME_NOMINATIVE["f"]):
                return True  # hers, so `Габдуллина` is her nominative, not his genitive
            by_first = morph.first_name_nominative(self.code, words)
            if by_first is None and not any({"Name", "Surn", "Patr"} & g for _n, g, _s in morph.parses(self.code, words[-1].lower())):
                endings = self.lang.SURNAME_NOMINATIVE["m"] + self.lang.SURNAME_NOMINATIVE["f"]
                # `Ливанов`, which the dictionary reads as `of Ливаны`; `Пилипчиха`, read as a common noun
                return words[-1].lower().endswith(endings) or morph.nominative_name(self.code, words[-1])
            return by_first if by_first is not None else morph.nominative_name(self.code, words[-1])
        nxt = NEXT_WORD.match(self.text, name.end)
        return nxt is not None and self.cues.is_cue(nxt.group(1))

    def _last_speaker(self, pos: int, gender: Optional[str]) -> Optional[Entity]:
        """The person who spoke most recently before ``pos`` (`заключил руководитель движения` → him)."""
        i = bisect.bisect_left(self.person_positions, (pos,)) - 1
        while i >= 0:
            _at, entity, _q = self.person_positions[i]
            i -= 1
            if entity.spoke and (gender not in ("m", "f") or entity.gender in (None, gender)):
                return entity
        return None

    def _recent_speaker(self, pos: int, gender: Optional[str]) -> Optional[Entity]:
        """The person of that gender whose words were quoted last before ``pos``."""
        fits = [e for _at, e, _q in self.person_positions if 0 <= e.last_spoke < pos
                and (gender not in ("m", "f") or e.gender in (None, gender))]
        return max(fits, key=lambda e: e.last_spoke, default=None)

    def _vocative(self, pos: int) -> bool:
        """A name addressed in speech (`Маріє!`, `Петренко, …`) is the listener, not a speaker."""
        if self.code == "en":
            return False
        name = self.ctx.name_at(pos)
        if name is None:
            return False
        nxt = self.text[name.end:name.end + 1]
        prev = self.text[max(0, pos - 2):pos]
        return (nxt in ",!?" or "," in prev) and not self._owned_or_introduced(pos) and not self._after_preposition(pos) \
            and self._may_be_vocative(name.text.split()[0]) and not self._verb_object(pos) \
            and not self._verb_after(name.end)  # uk `Слава Ісусу Христу,` calls no one; `…, Кадашев ответил` neither

    def _verb_after(self, end: int) -> bool:
        """A finite verb, not an imperative, right after a name: the name is its subject (`…, Кадашев ответил дерзостью`)."""
        grams = next_verb(self.text, end, self.code)
        return bool(grams) and "impr" not in grams

    def _verb_object(self, pos: int) -> bool:
        """A name right after a verb in the same clause is its object (`Я уж писал Скорнякову, он обещал`), or after
        `а`/`и` asks about someone (`А Андрюша?`): talked about, not called."""
        before = prev_token(self.text, pos)
        if before is None or self.text[before.end:pos].strip(" \u00a0"):
            return False
        if before.text.lower() in ("а", "и", "і", "й", "та", "но", "але"):
            return True
        if before.text[:1].isupper():
            return False
        top = morph.parses(self.code, before.text.lower())[:1]
        return bool(top) and "VERB" in top[0][1] and "impr" not in top[0][1]

    def _after_preposition(self, pos: int) -> bool:
        """A name governed by a preposition (`О Корсакове?`, `з Ганною!`) is talked about, not called."""
        before = prev_token(self.text, pos)
        if before is not None and not self.text[before.end:pos].strip(" \u00a0") and before.text[:1].islower() \
                and any(n in self.lang.HONORIFICS for n, _g, _s in morph.parses(self.code, before.text.lower())[:2]):
            pos, before = before.start, prev_token(self.text, before.start)  # `от господина Кадашева,`: past the title
        return before is not None and not self.text[before.end:pos].strip(" \u00a0") \
            and before.text.lower() in self.lang.PREPOSITIONS

    def _owned_or_introduced(self, pos: int) -> bool:
        """A name right after a pronoun (`Я Остап Дзюба,`, `ваш Тарас?`) or after a possessive and a comma
        (`конь наш, Орлик,`) is talked about, not addressed."""
        before = prev_token(self.text, pos)
        if before is None:
            return False
        gap = self.text[before.end:pos].strip(" \u00a0")
        if gap not in ("", ","):
            return False
        for _n, grams, _s in morph.parses(self.code, before.text.lower())[:2]:
            possessive = _n in _POSSESSIVES and ("Apro" in grams or "NPRO" in grams)  # not `що таке, Олексо?`
            if possessive or (not gap and "NPRO" in grams):
                return True
        return False
