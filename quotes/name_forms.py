"""How a speaker's name is written and what it tells: a capitalised word that speaks becomes a person, the form a
ru/uk name takes as a verb's subject is its nominative, a role set off after it, and the gender a verb or a
genitive gives it.

A mixin of :class:`quotes.resolve.SpeakerResolution`; it reads the same document state.
"""
from __future__ import annotations

import bisect
from typing import Optional

from . import morph
from .declension import regender
from .names import Entity, Name
from .roles import APPOSITION

_NEVER_SUBJECT = frozenset("ablt datv loct loc2".split())  # cases no subject's name is written in


class NameForms:
    """Names of speakers: their forms, roles and genders."""

    def _register_speaker(self, s: int, e: int, gender: Optional[str]) -> Entity:
        """A capitalised word the name finder missed (`сказала Мадонна`) becomes a person once it speaks."""
        words = self.text[s:e].split()
        canon = " ".join(words)
        name = Name(s, e, self.text[s:e], canon, words[-1].lower(), None, gender, "person", hint=True)
        entity = self.registry.add(name)
        self.entity_of[s] = entity
        bisect.insort(self.person_positions, (s, entity, False))
        return entity

    def _subject_form(self, entity: Entity, s: int, e: int) -> None:
        """A ru/uk name as the subject of a reporting verb is in the nominative: keep it as written."""
        if self.code == "en":
            return
        name = self.ctx.name_at(s)
        if name is None or name.end != e or len(name.text.split()) != len(name.canon.split()):
            return
        written = name.text
        if written != name.canon and not self._may_be_nominative(written):
            return  # `представившийся Гавриилом`: an instrumental after the verb, not its subject
        if written != name.canon and written.lower() not in {f.lower() for f in entity.forms if len(f.split()) > len(written.split())}:
            entity.forms[written] = entity.forms.pop(name.canon, 0) + 1
        entity.said_forms.add(written)
        entity.refresh()

    def _may_be_nominative(self, written: str) -> bool:
        """No word of a name as written is one the dictionary reads only in the instrumental, dative or locative
        (`Гавриилом`); a genitive-looking rare name may be its nominative."""
        for word in written.split():
            low = word.lower()
            ps = morph.parses(self.code, low)
            if morph.known(self.code, low) and ps and all(g & _NEVER_SUBJECT for _n, g, _s in ps):
                return False
        return True

    def _apposition_role(self, end: int) -> Optional[str]:
        """A role set off after a speaker's name: `Maria Lopez, the city’s housing director,` →
        `the city’s housing director`; `Гнатюк, директор школи,` → `директор школи`."""
        m = APPOSITION.match(self.text, end)
        if m is None:
            return None
        phrase = m.group(1)
        words = [w.strip("’'").lower() for w in phrase.split()]
        if self.code == "en":
            head = words[:1] in (["the"], ["a"], ["an"]) or (words and words[0] in self.lang.ROLE_NOUNS)
            if head and any(w in self.lang.ROLE_NOUNS for w in words[:6]):
                return phrase.split(" ", 1)[1] if words[0] in ("the", "a", "an") else phrase
            return None
        first = morph.parses(self.code, words[0]) if words else ()
        if any(n in self.lang.ROLE_LEMMAS and morph.is_nominative(g) for n, g, _ in first[:2]):
            return phrase  # the uk dictionary leaves some nominatives without a case
        return None

    def _genitive_gender(self, s: int, e: int) -> Optional[str]:
        """The one gender in which every word of a name at ``s:e`` reads as a genitive name, if any."""
        genders = {"m", "f"}
        for word in self.text[s:e].split():
            fits = {g for _, grams, _ in morph.parses(self.code, word) if "gent" in grams
                    and any(t in grams for t in ("Name", "Surn", "Patr")) for g, tag in (("m", "masc"), ("f", "femn")) if tag in grams}
            genders &= fits or genders
        return genders.pop() if len(genders) == 1 else None

    def _learn_gender(self, entity: Entity, gender: Optional[str]) -> None:
        """A ru/uk verb or pronoun tells a speaker's gender; redo the canonical name with it."""
        if self.code == "en" or gender not in ("m", "f") or entity.gender in ("m", "f"):
            return
        entity.gender = gender
        entity.forms = {(f if f in entity.said_forms else regender(self.code, f, gender)): n for f, n in entity.forms.items()}
        entity.refresh()
