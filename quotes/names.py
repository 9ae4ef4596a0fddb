"""Names of people and organisations: find them, bring them to canonical form, group them.

A person's canonical name is the fullest mention of them in the document, in
the nominative for Russian and Ukrainian (`Михайла Шуневича` → `Михайло Шуневич`).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

import regex

from . import lang as langs
from .declension import surname_keys
from .tokens import Token, new_token

CAP_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}\-]*(?:[’'ʼ](?=\p{L})[\p{L}\p{M}\p{N}\-]*)*")  # as tokens.WORD
PREV_WORD = regex.compile(r"(?r)\p{L}(?:[\p{L}\p{M}\p{N}\-]|[’'ʼ](?=\p{L}))*")
# Characters no word ends with (not a letter, mark, digit or hyphen): no word can be one space before them.
_NOT_WORD_END = frozenset(" \t\n\r\u00a0.,;:!?\"'“”‘’«»()[]—–…/")


@dataclass
class Name:
    """A name as written and in canonical form; ``key`` groups mentions of one bearer."""

    start: int
    end: int
    text: str
    canon: str
    key: str
    first: Optional[str]
    gender: Optional[str]
    type: str  # person | organization | unknown
    role: Optional[str] = None
    role_start: Optional[int] = None
    hint: bool = False
    patronymic: bool = False
    prev_word: Optional[str] = None
    honorific: Optional[str] = None  # `пані` in `пані Зозуля`, in the nominative
    address: bool = False  # a name called out in speech (`Остапе Дорохвеєвичу!`)
    agreed: bool = False  # the gender comes from a verb or adjective agreeing with the name (uk)
    nickname_of: Optional["Name"] = None  # `Панас Коломієць, якого звали Шпаком`: whose nickname this is


@dataclass
class Entity:
    """One bearer of a name across the document."""

    key: str
    best: str
    type: str
    gender: Optional[str] = None
    role: Optional[str] = None
    first: Optional[str] = None
    mentions: List[Tuple[int, int]] = field(default_factory=list)
    spoke: int = 0
    last_spoke: int = -1  # offset of the mention that last made this bearer speak
    hint: bool = False
    forms: Dict[str, int] = field(default_factory=dict)
    said_forms: Set[str] = field(default_factory=set)
    patronymic_forms: Set[str] = field(default_factory=set)
    honorific: Optional[str] = None
    address_forms: Set[str] = field(default_factory=set)
    _plain: List[str] = field(default_factory=list, repr=False)  # forms that are no pet form of another, for:
    _plain_for: Tuple[frozenset, frozenset] = field(default=(frozenset(), frozenset()), repr=False)  # (forms, address_forms)

    def absorb(self, name: Name) -> None:
        """Add a mention and pick the canonical name again."""
        self._note_address(name)
        self.forms[name.canon] = self.forms.get(name.canon, 0) + 1
        if name.patronymic:
            self.patronymic_forms.add(name.canon)
        self.gender = self.gender or name.gender
        self.role = self.role or name.role
        self.first = self.first or name.first
        self.honorific = self.honorific or (None if name.address else name.honorific)  # not `Вам, господин Ливанов, …`
        self.hint = self.hint or name.hint or len(name.canon.split()) > 1
        if name.type != "unknown" and self.type == "unknown":
            self.type = name.type
        self.mentions.append((name.start, name.end))
        self.refresh()

    def _note_address(self, name: Name) -> None:
        """Remember forms seen only as a form of address in speech."""
        if not name.address:
            self.address_forms.discard(name.canon)
        elif name.canon not in self.forms:
            self.address_forms.add(name.canon)

    def refresh(self) -> None:
        """Canonical name: a form used outside address, the fullest, not a pet form of another; then one ending in
        a surname rather than a patronymic; then one written as a speaker; then the most frequent. A lone
        surname keeps the honorific the text gives it (`пані Зозуля`)."""
        if len(self.forms) == 1:
            self.best = next(iter(self.forms))
        else:
            key = (frozenset(self.forms), frozenset(self.address_forms))  # a form may be replaced by another (`_subject_form`)
            if key != self._plain_for:
                said = [f for f in self.forms if f not in self.address_forms] or list(self.forms)
                self._plain = [f for f in said if not any(diminutive_of(f.lower(), g.lower()) for g in said)] or said
                self._plain_for = key
            self.best = max(self._plain, key=lambda f: (
                f not in self.address_forms, len(f.split()), f not in self.patronymic_forms, f in self.said_forms, self.forms[f]))
        if self.honorific and " " not in self.best:
            self.best = f"{self.honorific} {self.best}"


# ---------------------------------------------------------------- English


def cap_runs(text: str, joinable, end: Optional[int] = None) -> List[List[Token]]:
    """Runs of capitalised words that ``joinable`` says belong together."""
    runs: List[List[Token]] = []
    run: List[Token] = []
    for m in CAP_WORD.finditer(text, 0, len(text) if end is None else end):
        t = new_token(Token, (m.start(), m.end(), m.group()))
        if run and joinable(text, run[-1], t, run):
            run.append(t)
            continue
        if run:
            runs.append(run)
        run = [t]
    if run:
        runs.append(run)
    return runs


def prev_token(text: str, pos: int) -> Optional[Token]:
    """The word ending nearest before ``pos`` (within 40 characters)."""
    m = PREV_WORD.search(text, max(0, pos - 40), pos)
    return new_token(Token, (m.start(), m.end(), m.group())) if m else None


def word_one_space_before(text: str, pos: int) -> Optional[Token]:
    """``prev_token(text, pos)`` when exactly one space separates it from ``pos`` (`said| Kirby`), else None.

    No word holds a space, so the search starts after the last one; a plain ASCII word needs no regex.
    """
    if pos < 2 or text[pos - 1] != " " or text[pos - 2] in _NOT_WORD_END:
        return None
    end = pos - 1
    lo = max(0, pos - 40)
    start = max(lo, text.rfind(" ", lo, end) + 1)
    word = text[start:end]
    if word.isascii() and word.isalpha():
        return new_token(Token, (start, end, word))
    m = PREV_WORD.search(text, start, end)
    return new_token(Token, (m.start(), end, m.group())) if m and m.end() == end else None


# ---------------------------------------------------------- Russian, Ukrainian


class Registry:
    """Groups name mentions into entities as the document is read."""

    def __init__(self, code: str):
        self.code = code
        self.entities: List[Entity] = []
        self.by_key: Dict[str, List[Entity]] = {}

    def add(self, name: Name) -> Entity:
        """The entity this mention belongs to (created when new)."""
        return self.attach(name, self.lookup(name))

    def attach(self, name: Name, entity: Optional[Entity]) -> Entity:
        """Add a mention to ``entity``, what :meth:`lookup` just found for it; None creates one."""
        owner = self.lookup(name.nickname_of) if name.nickname_of is not None else None
        if owner is not None:  # the nickname now finds its bearer, without becoming the canonical name
            if owner not in self.by_key.get(name.key, ()):
                self.by_key.setdefault(name.key, []).append(owner)
            owner.mentions.append((name.start, name.end))
            return owner
        if entity is None:
            entity = Entity(key=name.key, best=name.canon, type=name.type, gender=name.gender, role=name.role, first=name.first,
                            hint=name.hint or len(name.canon.split()) > 1, honorific=None if name.address else name.honorific)
            self.entities.append(entity)
            self.by_key.setdefault(name.key, []).append(entity)
            entity.mentions.append((name.start, name.end))
            entity.forms[name.canon] = 1
            if name.address:
                entity.address_forms.add(name.canon)
            if name.patronymic:
                entity.patronymic_forms.add(name.canon)
            entity.refresh()
        else:
            entity.absorb(name)
            if entity not in self.by_key.get(name.key, ()):
                self.by_key.setdefault(name.key, []).append(entity)  # the surname a first name was given later finds it
        return entity

    def _more_salient(self, entity: Entity, best: Entity, name: Name) -> bool:
        """Which bearer a bare English surname means (`Cruz said` after Ted, Rafael and Heidi Cruz):
        the one named most often; in ru/uk, or on a tie, the one named last."""
        if not (entity.mentions and best.mentions):
            return False
        if self.code == "en" and name.first is None and len(entity.mentions) != len(best.mentions):
            return len(entity.mentions) > len(best.mentions)
        return entity.mentions[-1] > best.mentions[-1]

    def lookup(self, name: Name) -> Optional[Entity]:
        keys = surname_keys(self.code, name.key) if self.code != "en" else {name.key}
        best = None
        for key in keys:
            for entity in self.by_key.get(key, ()):
                if name.first and entity.first and name.first != entity.first and not _first_compatible(name.first, entity.first):
                    continue
                if name.gender and entity.gender and name.gender != entity.gender and self.code == "en":
                    continue
                if best is None or self._more_salient(entity, best, name):
                    best = entity
        if best is None and name.first is None and self.code != "en":
            for entity in self.entities:
                if entity.first and entity.first in keys:
                    best = entity
        if best is None and name.first is None and self.code != "en" and " " not in name.canon:
            for entity in self.entities:  # `Тетянко!` is Тетяна
                base = entity.first or (entity.key if " " not in entity.best else None)
                if entity.type != "organization" and base and (diminutive_of(name.key, base) or diminutive_of(base, name.key)
                                                               or pet_name_of(self.code, name.key, base)
                                                               or pet_name_of(self.code, base, name.key)):
                    best = entity
        if best is None and name.first and self.code != "en":
            for entity in self.entities:  # `Варя` named first, then `Варвара Алексеевна`
                if entity.type != "organization" and entity.first is None and " " not in entity.best \
                        and pet_name_of(self.code, entity.key, name.first):
                    best = entity
        if best is None and self.code == "en" and name.first is None and " " not in name.canon and len(name.key) >= 6:
            for entity in self.entities:  # `Tyresha McClenney` … `McLenney said`: a misspelt surname
                if entity.first and entity.type != "organization" and _one_edit(name.key, entity.key):
                    best = entity
        if best is None and name.first and self.code != "en" and not any(e.first == name.first for e in self.entities):
            lone = [e for e in self.entities if e.type != "organization" and e.first is None and e.key == name.first]
            best = lone[0] if len(lone) == 1 else None  # `Пан Петро зустрічає нас` … `за словами Петра Зайця`: him
        if best is None and name.patronymic and name.first:
            for entity in self.entities:
                if entity.first == name.first and entity.forms.keys() - entity.patronymic_forms:
                    best = entity
        if best is None and name.first is None and self.code != "en" and " " not in name.canon:
            stems = _a_stem_nominatives(name.key)  # `приводит слова Хаапалы`: Ристо Хаапала
            named = [e for k in sorted(stems) for e in self.by_key.get(k, ()) if e.type != "organization" and e.first]
            best = named[-1] if named else None
        return best


_A_STEM_ENDINGS = (("ы", "а"), ("и", "а"), ("и", "я"), ("і", "а"), ("і", "я"), ("е", "а"), ("е", "я"), ("у", "а"), ("ю", "я"),
                   ("ой", "а"), ("ою", "а"), ("ей", "я"), ("ею", "я"))


def _a_stem_nominatives(key: str) -> Set[str]:
    """The -а/-я nominatives a declined surname may stand for (`хаапалы` → хаапала)."""
    return {key[:-len(end)] + nom for end, nom in _A_STEM_ENDINGS if key.endswith(end) and len(key) - len(end) >= 3}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added, dropped or changed (not in the first one)."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


DIMINUTIVE_SUFFIXES = ("ка", "ко", "ько", "йка", "очка", "ечка", "онька", "енька", "уся", "юся", "усь", "юсь", "ця", "ик", "чик")


def diminutive_of(pet: str, base: str) -> bool:
    """`тетянка` of `тетяна`, `грицько` of `гриць`: the base's stem with a pet-name suffix."""
    stem = base[:-2] if base.endswith(("ій", "ий", "ія")) else base[:-1] if base[-1:] in "аяоейь" else base
    stems = {stem, stem[:-1]} if len(stem) > 3 and stem[-1] == stem[-2] else {stem}  # `гануся` of `ганна`, `лідочка` of `лідія`
    return pet != base and any(len(x) >= 3 and pet.startswith(x) and pet[len(x):] in DIMINUTIVE_SUFFIXES for x in stems)


def pet_name_of(code: str, pet: str, full: str) -> bool:
    """`варя` of `варвара`, `митя` of `дмитрий`: a pet form the language's table gives for a first name."""
    return full.replace("ё", "е") in _pet_names(code).get(pet.replace("ё", "е"), ())


@functools.lru_cache(maxsize=None)
def _pet_names(code: str) -> Dict[str, frozenset]:
    return getattr(langs.get(code), "PET_NAMES", {})


def _first_compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)
