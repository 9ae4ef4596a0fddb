"""Names of people and organisations: find them, bring them to canonical form, group them.

A person's canonical name is the fullest mention of them in the document, in
the nominative for Russian and Ukrainian (`Михайла Шуневича` → `Михайло Шуневич`).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Dict, List, Optional, Set, Tuple

import regex

from . import agreement, morph
from . import lang as langs
from .tokens import NEXT_WORD, Token, new_token, tokenize

CAP_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}\-]*(?:[’'ʼ](?=\p{L})[\p{L}\p{M}\p{N}\-]*)*")  # as tokens.WORD
PREV_WORD = regex.compile(r"(?r)\p{L}(?:[\p{L}\p{M}\p{N}\-]|[’'ʼ](?=\p{L}))*")
# Characters no word ends with (not a letter, mark, digit or hyphen): no word can be one space before them.
_NOT_WORD_END = frozenset(" \t\n\r\u00a0.,;:!?\"'“”‘’«»()[]—–…/")

EN_STOP = frozenset(
    "the a an in on at but and or his her its their this that these those it he she they we i "
    "as if when while after before so of for to with by from there here what why how who "
    "where however meanwhile also yet still then now today yesterday last next some many "
    "most all both each every no not one two three our my your mr mrs ms although though because since "
    "whereas unless until during despite according".split()
)
TITLE_MODIFIERS = frozenset("former acting deputy first then ex late".split())  # title only before a title
NAME_LINKS = frozenset("de van von der den bin al da di du la le del dos ibn st".split())
PERSON_TAGS = ("Name", "Surn", "Patr")
# Forms of address that are no part of a first name (`панна Ярина`); ranks and clergy (`отець Мирон`) stay.
COURTESY_TITLES = frozenset("пан пані панна панич добродій добродійка господин госпожа мадам мадемуазель мсье месье "
                            "мистер миссис пани".split())


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
            said = [f for f in self.forms if f not in self.address_forms] or list(self.forms)
            plain = [f for f in said if not any(diminutive_of(f.lower(), g.lower()) for g in said)] or said
            self.best = max(plain, key=lambda f: (
                f not in self.address_forms, len(f.split()), f not in self.patronymic_forms, f in self.said_forms, self.forms[f]))
        if self.honorific and " " not in self.best:
            self.best = f"{self.honorific} {self.best}"


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


# ---------------------------------------------------------------- English


def english_names(text: str, lang: ModuleType, end: Optional[int] = None) -> List[Name]:
    """Capitalised runs (with titles, initials and particles) read as names, up to ``end``."""
    out: List[Name] = []
    for run in _cap_runs(text, _english_joinable(lang), end):
        if len(run) <= 2:  # too short to split at a title
            name = _english_run(text, run, lang)
            if name is not None:
                out.append(name)
            continue
        pieces = _split_at_titles(run, lang)
        for k, piece in enumerate(pieces):
            name = _english_run(text, piece, lang)
            if name is not None:
                if k + 1 < len(pieces) and name.type in ("person", "unknown") and not name.hint:
                    continue  # `Acme Executive` in `Acme Executive Director Tom Reyes`, `Treasury` before `Secretary …`
                if k > 0 and name.role and name.role_start == piece[0].start:
                    # `Treasury Secretary Janet Yellen`: the role is `Treasury Secretary`
                    start = pieces[k - 1][0].start
                    name.role, name.role_start = text[start:name.role_start + len(name.role)], start
                out.append(name)
    return out


def _english_joinable(lang: ModuleType):
    def joinable(text: str, prev: Token, t: Token, run: List[Token]) -> bool:
        if t.start - prev.end > 6:
            return False  # no gap below is longer: capitals far apart are not sliced out
        gap = text[prev.end:t.start]
        if prev.text.endswith(("’s", "'s")):
            return False  # `NBC’s Dante Chinni`: the owner's name ends at the possessive
        if gap == " ":
            return True
        if gap in (' "', " “") and text[t.end:t.end + 2] in ('" ', "” ") and text[t.end + 2:t.end + 3].isupper():
            return True  # `Marcia "Cia" Price`: a nickname in quotes inside the name
        if gap in ('" ', "” ") and text[prev.start - 1:prev.start] in ('"', "“"):
            return True
        if gap in (". ", "."):
            low = prev.text.lower()
            return len(prev.text) <= 2 or low in lang.HONORIFICS or low + "." in lang.TITLES or low in lang.TITLES
        if gap in (" of ", " for ", " on ") and any(w.text.lower() in lang.ORG_WORDS for w in run):
            return True  # `Ministry of Defence`, `Institute for Fiscal Studies`
        return len(gap) <= 6 and gap.strip() in NAME_LINKS and gap.startswith(" ") and gap.endswith(" ")
    return joinable


_SENIORITY = regex.compile(r"(?<=\p{Ll})-(?:старш|младш|молодш)\p{Ll}*$")  # father or son of that surname


def _without_seniority(name: Name) -> Name:
    """`Морель-старший`, `Иванов-младший`: the father or the son of that surname, named by the surname alone."""
    m = _SENIORITY.search(name.text)
    if m is None or name.type == "organization":
        return name
    cut = len(name.text) - m.start()
    canon = _SENIORITY.sub("", name.canon)
    return replace(name, end=name.end - cut, text=name.text[:m.start()], canon=canon, key=_SENIORITY.sub("", name.key), hint=True)


def _cap_runs(text: str, joinable, end: Optional[int] = None) -> List[List[Token]]:
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


def _word_one_space_before(text: str, pos: int) -> Optional[Token]:
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


def _split_at_titles(run: List[Token], lang: ModuleType) -> List[List[Token]]:
    """`European Council President Ana Ortiz` → `European Council` + `President Ana Ortiz`."""
    pieces = []
    start = 0
    for k in range(1, len(run) - 1):
        if _is_title(run[k].text.lower(), lang):
            if any(not _is_title(t.text.lower(), lang) for t in run[start:k]):  # `Lt. Gen. Mark Stone` stays whole
                pieces.append(run[start:k])
                start = k
    pieces.append(run[start:])
    return pieces


def _is_title(low: str, lang: ModuleType) -> bool:
    """`senator`, `sen.`, and hyphenated ones like `secretary-general`."""
    head = low.split("-", 1)[0]
    return low in lang.TITLES or low + "." in lang.TITLES or (head != low and head in lang.TITLES)


def _strip_possessive(word: str) -> str:
    if not word.endswith(("s", "’", "'")):
        return word
    for tail in ("’s", "'s", "’", "'"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


_NICKNAME = regex.compile(r' ["“][^"”]+["”]')


def _english_run(text: str, run: List[Token], lang: ModuleType) -> Optional[Name]:
    shape = _english_shape((run[0].text,) if len(run) == 1 else tuple([t.text for t in run]), lang)
    if shape is None:
        return None
    i, j, gender, org, person_hint, key, possessive = shape
    first, last = run[i], run[j - 1]
    before = _word_one_space_before(text, run[0].start)
    before_low = before.text.lower() if before is not None else None
    titles = run[:i]
    if titles:
        titles = [t for t in titles if t.text.lower() not in _english_skip(lang) or t.text.lower() in lang.HONORIFICS]
    if org and not person_hint:
        kind = "organization"
    elif person_hint or (j - i >= 2 and not org and first.text.lower() not in ("north", "south", "east", "west", "new", "united")
                         and before_low not in lang.DETERMINERS):
        kind = "person"
    else:
        kind = "unknown"
    end = last.end - possessive
    written = text[first.start:end]
    if j - i > 1:  # one word holds no space
        canon = " ".join((_NICKNAME.sub("", written) if '"' in written or "“" in written else written).split())
    else:
        canon = written
    role, role_start = None, None
    if titles or before_low in lang.ROLE_NOUNS:
        role, role_start = _english_role(text, titles, before, lang)
    if gender is None and role:
        gender = "f" if any(x in role.lower() for x in ("woman", "queen", "princess")) else None
    return Name(
        start=first.start,
        end=end,
        text=written,
        canon=canon if kind != "organization" else written,
        key=key if kind != "organization" else canon.lower(),
        first=first.text.lower() if j - i > 1 and kind == "person" else None,
        gender=gender,
        type=kind,
        role=role,
        role_start=role_start,
        hint=person_hint,
        prev_word=before_low,
    )


@functools.lru_cache(maxsize=20_000)
def _english_shape(words: Tuple[str, ...], lang: ModuleType) -> Optional[Tuple[int, int, Optional[str], bool, bool, str, int]]:
    """What a capitalised run says on its own: where the name starts and ends after
    openers and titles, gender, organisation or person evidence, its key, and the
    length of the possessive ending its last word."""
    if len(words) > 1 and all(w.isupper() for w in words):
        return None  # `WHAT WE'RE READING —`: a label set in capitals, not a person
    low = [w.lower() for w in words]
    skip = _english_skip(lang)
    i, j = 0, len(words)
    while i < j and low[i] in skip and low[i] not in lang.HONORIFICS:
        i += 1
    first_title = i
    gender = None
    real_title = False
    while j - i > 1 and (low[i] in lang.HONORIFICS or _is_title(low[i], lang) or low[i] in lang.ROLE_NOUNS):
        gender = gender or lang.HONORIFICS.get(low[i]) or lang.HONORIFICS.get(low[i] + ".")
        real_title = real_title or low[i] not in TITLE_MODIFIERS
        i += 1
    while j > i and low[j - 1] in lang.TIME_WORDS:
        j -= 1
    if i >= j or low[j - 1] in lang.ROLE_FINAL:
        return None  # `Labour MP`, `Senate Majority Leader`: a role with no name in it
    if "-" in "".join(words[i:j]) and any("-" in w and any(part[:1].islower() for part in w.split("-")[1:]) for w in words[i:j]):
        return None
    lowers = low[i:j]
    org = not lang.ORG_WORDS.isdisjoint(map(_strip_possessive, lowers))
    if org and i > first_title:  # `Justice Department` is no Justice named Department
        i, gender, real_title = first_title, None, False
        lowers = low[i:j]
    titled = real_title  # `Former Pennsylvania` (before `Gov. Ed Rendell`) is no person
    org = org or (j - i == 1 and words[i].isupper() and len(words[i]) <= 5 and not titled)
    org = org or all(len(w) == 1 for w in words[i:j])  # `U.N.`, `E.U.`: initials with no name after them
    first = lowers[0]
    person_hint = titled or first in lang.MALE_NAMES or first in lang.FEMALE_NAMES
    if gender is None:
        gender = "m" if first in lang.MALE_NAMES else "f" if first in lang.FEMALE_NAMES else None
    last = _strip_possessive(words[j - 1])
    possessive = len(words[j - 1]) - len(last)
    if last.lower() in ("jr", "sr", "ii", "iii") and j - i > 2:
        last = _strip_possessive(words[j - 2])
    return i, j, gender, org, person_hint, last.lower(), possessive


def clear_caches() -> None:
    """Forget cached run shapes (tests, long-running hosts)."""
    _english_shape.cache_clear()
    _english_skip.cache_clear()
    derived_patronymic.cache_clear()


@functools.lru_cache(maxsize=None)
def _english_skip(lang: ModuleType) -> frozenset:
    """Capitalised words that never start a name: sentence openers, verbs, days and months."""
    return frozenset(EN_STOP | lang.CUE_VERBS | lang.TIME_WORDS | lang.GROUP_WORDS | {"even", "only", "just", "state"})


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0“\"‘«—–":
        i -= 1
    return i < 0 or text[i] in ".!?\n:…"


_ROLE_STOPS = frozenset("met told said says asked hired named called thanked praised joined visited replaced".split())


def _english_role(text: str, titles: List[Token], before: Optional[Token], lang: ModuleType) -> Tuple[Optional[str], Optional[int]]:
    """Role words right before a name (``before``: the word one space before it): `Governor`, `air force spokesman`."""
    role_tokens: List[Token] = [t for t in titles if t.lower not in lang.HONORIFICS]
    picked: List[Token] = []
    if before is not None and before.lower in lang.ROLE_NOUNS:
        picked.append(before)
        for t in reversed(tokenize(text, max(0, before.start - 80), before.start)):
            gap = text[t.end:picked[0].start]
            if len(picked) >= 6 or gap != " " or t.lower in lang.DETERMINERS or t.lower in lang.CUE_VERBS or t.text.endswith(("’s", "'s")):
                break
            if t.lower in ("of", "for", "and", "to", "in", "on", "at", "by", "with", "from", "as") or t.lower in _ROLE_STOPS:
                break  # `Anna Reed met union leader David Cho`: the role is `union leader`
            picked.insert(0, t)
    role_tokens = picked + role_tokens
    if not role_tokens:
        return None, None
    start = role_tokens[0].start
    end = role_tokens[-1].end
    if text[end:end + 1] == "." and role_tokens[-1].text.lower() + "." in lang.TITLES:
        end += 1
    return text[start:end], start


# ---------------------------------------------------------- Russian, Ukrainian


def _name_parse(code: str, word: str) -> Optional[Tuple[str, str, frozenset]]:
    """(tag kind, normal form, grammemes) of the best person-name analysis of ``word``."""
    if word.isupper():
        word = word.capitalize()
    for normal, grams, score in morph.parses(code, word):
        for tag in PERSON_TAGS:
            if tag in grams:
                return tag, normal, grams
    return None


def cyrillic_names(text: str, lang: ModuleType, end: Optional[int] = None) -> List[Name]:
    """Runs of capitalised words that pymorphy3 reads as first names, surnames or patronymics, up to ``end``."""
    code = lang.CODE
    out: List[Name] = []
    doubtful: List[List[Token]] = []

    def joinable(text: str, prev: Token, t: Token, run: List[Token]) -> bool:
        return t.start - prev.end == 1 and text[prev.end] in " \u00a0" and len(run) < 4

    for whole in _cap_runs(text, joinable, end):
        k = 0
        while k < len(whole):
            while k < len(whole) and (_not_a_name(code, whole[k].text) or (whole[k].text.isupper() and (len(whole[k].text) < 3 or k == 0))):
                k += 1
            run = []
            for t in whole[k:]:
                if _not_a_name(code, t.text):
                    break
                run.append(t)
            k += max(1, len(run))  # past a word that is no name, the rest may be one (`Студентка МГУ Ксения Фомичёва`)
            found = [_without_seniority(n) for n in _cyrillic_run(text, run, code, lang)] if run else []
            out.extend(found)
            if not found and len(run) == 1 and _sentence_initial(text, run[0].start):
                doubtful.append(run)
    if agreement.on(lang):
        out = _named_again(text, code, lang, out, end)
    out = _named_elsewhere(text, code, lang, out, doubtful)
    return _with_nicknames(text, code, _surname_comma_name(text, out), end)


def _surname_comma_name(text: str, names: List[Name]) -> List[Name]:
    """`Кречетов, Аполлон Егорович,` (a surname, then the first name and patronymic set off after it) is one person:
    Аполлон Егорович Кречетов, known by the surname."""
    out: List[Name] = []
    for n in names:
        prev = out[-1] if out else None
        if prev is not None and n.patronymic and prev.type == "person" and " " not in prev.text and prev.first is None \
                and text[prev.end:n.start] == ", " and not n.text.startswith(prev.text) and text[n.end:n.end + 1] in ",.;—–\n":
            out[-1] = replace(n, start=prev.start, text=text[prev.start:n.end], canon=f"{n.canon} {prev.canon}", key=prev.key,
                              gender=n.gender or prev.gender, hint=True, patronymic=False)
            continue
        out.append(n)
    return out


def _named_elsewhere(text: str, code: str, lang: ModuleType, names: List[Name], doubtful: List[List[Token]]) -> List[Name]:
    """Sentence-opening words left out because a common-noun reading was likelier (`Левашов знал …`), taken
    back as names when the document names a person with that word elsewhere."""
    keys = {n.key for n in names if n.type == "person"}
    taken = {n.start for n in names}  # already taken back in the form named mid-sentence (agreement.named_again)
    back = [name for run in doubtful if run[0].start not in taken and ((p := _name_parse(code, run[0].text)) and p[1] or run[0].text.lower()) in keys
            for name in _cyrillic_run(text, run, code, lang, keys)]
    return sorted(names + back, key=lambda n: n.start) if back else names


def _named_again(text: str, code: str, lang: ModuleType, names: List[Name], end: Optional[int]) -> List[Name]:
    """Add the sentence-opening words the text names someone with mid-sentence (see agreement.named_again)."""
    added = []
    for s, e, first in agreement.named_again(text, names, end):
        run = [new_token(Token, (s, e, text[s:e]))]
        name = _cyrillic_name(text, run, [("Surn", first.key, frozenset())], code, lang, {"m": "masc", "f": "femn"}.get(first.gender or ""))
        name.canon, name.key = first.canon, first.key  # the same word: the same nominative
        added.append(name)
    return sorted(names + added, key=lambda n: n.start) if added else names


_NICKNAME_CUE = regex.compile(
    r"\b(?:(?:якого|якої|которого|которой|кого|його|її|его|ее|её)\b[^.!?\n«»]{0,40}?\b"
    r"(?:звали|звуть|зовут|прозвали|називали|называли|кликали|прозивали)|(?:на|по)[ \u00a0]+"
    r"(?:прізвисько|прізвиську|прозвищу|прозвище|кличці|кличку|кличке))[ \u00a0]+(\p{Lu}\p{Ll}+)")


def _with_nicknames(text: str, code: str, names: List[Name], end: Optional[int]) -> List[Name]:
    """Names with the nicknames the text gives people (`Панас Коломієць, якого звали Шпаком`, `по прозвищу
    Сова`) marked as theirs; a nickname the dictionary reads as a common noun is added as a name."""
    starts = {n.start: n for n in names}
    added: List[Name] = []
    for m in _NICKNAME_CUE.finditer(text, 0, len(text) if end is None else end):
        owner = next((n for n in reversed(names) if n.end <= m.start() and n.type == "person"
                      and not regex.search(r"[.!?\n]", text[n.end:m.start()])), None)
        if owner is None:
            continue
        s, e = m.span(1)
        nick = starts.get(s)
        if nick is None:
            canon = _cap(_nickname_nominative(code, m.group(1)))
            nick = Name(s, e, m.group(1), canon, canon.lower(), None, owner.gender, "person", hint=True)
            added.append(nick)
        nick.nickname_of = owner
    return sorted(names + added, key=lambda n: n.start) if added else names


def _nickname_nominative(code: str, word: str) -> str:
    """A nickname in the instrumental or accusative (`Шпаком`) as its noun's nominative (`шпак`)."""
    for normal, grams, _s in morph.parses(code, word.lower()):
        if "NOUN" in grams and "plur" not in grams:
            return normal
    return word.lower()


def _cyrillic_run(text: str, run: List[Token], code: str, lang: ModuleType, keys: Set[str] = frozenset()) -> List[Name]:
    initial = _sentence_initial(text, run[0].start)
    described = None
    if initial and len(run) > 1 and agreement.on(lang) and agreement.describes(code, run[0].text, run[1].text):
        described, run, initial = run[0], run[1:], False  # `Стара Лободиха вийшла`: an old woman named Лободиха
    parsed = [_name_parse(code, w.text) for w in run]
    if len(run) == 2 and parsed[1] is not None and parsed[1][0] == "Name" and _role_word(lang, run[0].text):
        described, run, parsed, initial = run[0], run[1:], parsed[1:], False  # `Дяк Пантелеймон`: the deacon Пантелеймон
    if initial and len(run) > 1 and parsed[0] is None and _opening_word(code, run[0].text):
        run, parsed, initial = run[1:], parsed[1:], False  # `Вечером Ступин написал`: the adverb opens the sentence
    if initial and parsed[0] is not None and len(run) == 1:
        # A capitalised word opening a sentence is a name only if that reading is as likely as any, or names someone elsewhere.
        ps = morph.parses(code, run[0].text)
        best_name = max((sc for _, g, sc in ps if any(tag in g for tag in PERSON_TAGS)), default=0.0)
        if ps and best_name < ps[0][2] and parsed[0][1] not in keys or _written_in_lower_case(text, run[0].text, ps):
            parsed[0] = None  # `Кошовий звелів …` after `до кошового Степана`: the noun, not a surname
    if not any(parsed) and len(run) == 1 and run[0].text.lower() in keys:
        parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `Ливанов проводил его`: read as `of Ливаны`, named so elsewhere
    if not any(parsed):
        if not initial and len(run) == 1 and surname_gender(run[0].text) and not _noun_follows(text, run[0], code):
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `а Заворотський стояв`, not `Київський університет`
        elif initial and len(run) == 2 and agreement.on(lang) and surname_gender(run[1].text) and not _noun_follows(text, run[1], code) \
                and any({"NOUN", "anim"} <= g for _n, g, _s in morph.parses(code, run[0].text.lower())):
            described, run, initial = run[0], run[1:], False  # `Баба Сокириха не втерпіла`: an old woman named Сокириха
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]
    if not any(parsed):
        if not initial and len(run) <= 2 and all(_unknown_word(code, w.text) for w in run):
            name = _cyrillic_name(text, run, [None] * len(run), code, lang)
            name.honorific = _honorific(text, run[0], code, lang)
            return [name]
        return []
    while run and parsed[0] is None and len(run) > 1 and (
        initial or not _unknown_word(code, run[0].text) or (parsed[1] is not None and parsed[1][0] == "Name")
    ) and not (not initial and _undictionaried_first_name(code, lang, run, parsed)):
        run.pop(0)
        parsed.pop(0)
        initial = False
    while run and parsed[-1] is None and not _unknown_word(code, run[-1].text) and not (
        len(run) > 1 and (_looks_like_surname(lang, run[-1].text) or derived_patronymic(code, run[-1].text)
                          or _after_first_name(code, run, parsed))
    ):
        run.pop()
        parsed.pop()
    if not run:
        return []
    if len(run) >= 3 and _case_break(code, run[0].text, run[1].text):
        run, parsed = run[1:], parsed[1:]  # `адвокат Алёхиной Оксана Дарова`: Алёхиной belongs to `адвокат`
    role_word = None
    if len(run) == 3 and _outside_first_and_surname(code, run, parsed):
        role_word = run[0] if initial and _common_reading(code, run[0].text) else None  # `Кошовий Остап Дзюба`
        run, parsed = run[1:], parsed[1:]  # `Защитник Петрова Анна Зуева`: Петрова is the lawyer's client
    if len(run) == 2 and _object_follows(code, run[0].text, run[1].text):
        run, parsed = run[:1], parsed[:1]  # `спросила Лена Кирилла`: she asked him
    for k in range(1, len(run)):
        if parsed[k - 1] is not None and parsed[k - 1][0] == "Name" and (parsed[k] is None or parsed[k][0] != "Patr") \
                and derived_patronymic(code, run[k].text):
            parsed[k] = ("Patr", run[k].text.lower(), frozenset({"Patr"}))
    if len(run) == 3 and parsed[2] is not None and parsed[2][0] == "Patr" and (parsed[1] is None or parsed[1][0] != "Name"):
        as_name = [p for p in morph.parses(code, run[1].text) if "Name" in p[1]]
        if as_name:  # `Степанчук Ганна Петрівна`: surname, first name, patronymic
            parsed[1] = ("Name", as_name[0][0], as_name[0][1])
    if len(run) > 1 and parsed[0] is not None and parsed[0][0] == "Surn" and "nomn" not in parsed[0][2]:
        as_name = [p for p in morph.parses(code, run[0].text) if {"Name", "nomn"} <= p[1]]
        if as_name:  # `Ганна Литвин`: a first name, not the genitive of a surname `Ганн`
            parsed[0] = ("Name", as_name[0][0], as_name[0][1])
    after = NEXT_WORD.match(text, run[-1].end)
    if len(run) == 1 and after is not None and after.group(1).lower() in lang.PLACE_NOUNS:
        return []
    before = _word_one_space_before(text, run[0].start)
    if len(run) == 1 and not _one_person(code, run[0].text, before is not None and before.text.lower() in lang.PREPOSITIONS):
        return []  # `до Львова`: a city; `Прохоровы`: a family
    hint = None
    if agreement.on(lang):  # `Калинович саме скінчив`: a man; `сиділа Олімпія Ціпановська`: a woman
        hint = agreement.subject_gender(text, code, run[0].start, run[-1].end) or \
            ("femn" if len(run) > 1 and surname_gender(run[-1].text) == "femn" else None)
    name = _cyrillic_name(text, run, parsed, code, lang, hint)
    name.agreed = hint is not None
    name.role, name.role_start = _cyrillic_role(text, run[0], code, lang)
    role_word = role_word or described
    if name.role is None and role_word is not None:
        name.role, name.role_start = role_word.text.lower(), role_word.start
    name.honorific = _honorific(text, run[0], code, lang)
    if name.honorific and name.gender is None:  # `мадам Шталь` is a woman
        genders = {x for _, g, _ in morph.parses(code, name.honorific) for x in ("masc", "femn") if x in g}
        name.gender = {"masc": "m", "femn": "f"}.get(genders.pop()) if len(genders) == 1 else None
    if name.honorific in COURTESY_TITLES and len(run) == 1 and _known_first_name(code, run[0].text):
        name.role = name.role or name.honorific  # `панна Ярина` is Ярина; only a lone surname keeps `пані`
        name.honorific = None
    return [name]


def _role_word(lang: ModuleType, word: str) -> bool:
    """A role before a first name, even one the dictionary also knows as a surname (`Дяк`, `Староста`)."""
    low = word.lower()
    return low in getattr(lang, "FOLK_ROLES", ()) or low in lang.ROLE_LEMMAS


def _opening_word(code: str, word: str) -> bool:
    """A word whose likeliest reading is an adverb, conjunction, particle or preposition (`Вечером`, `Тогда`)."""
    top = morph.parses(code, word.lower())[:1]
    return bool(top) and bool({"ADVB", "CONJ", "PRCL", "PREP", "PRED"} & top[0][1])


def _outside_first_and_surname(code: str, run: List[Token], parsed: list) -> bool:
    """A word before `first name + surname` that is no first name itself stands outside the name: a person is
    `Остап Дзюба` or `Дзюба Остап Петрович`, never `Surname First-name Surname`."""
    if parsed[1] is None or parsed[1][0] != "Name" or (parsed[0] is not None and parsed[0][0] != "Surn"):
        return False
    if parsed[2] is not None and parsed[2][0] == "Patr" or derived_patronymic(code, run[2].text):
        return False
    if not any("Name" in g and morph.is_nominative(g) for _n, g, _s in morph.parses(code, run[1].text)):
        return False
    return parsed[2] is None or parsed[2][0] == "Surn"  # a word kept after a first name is its surname


def _common_reading(code: str, word: str) -> bool:
    """The dictionary also reads ``word`` as an ordinary noun or adjective (`Кошовий`), not only as a name."""
    return any(({"NOUN", "ADJF"} & g) and not ({"Name", "Surn", "Patr"} & g) for _n, g, _s in morph.parses(code, word.lower()))


def _known_first_name(code: str, word: str) -> bool:
    """The dictionary knows ``word`` as a first name in the nominative or called by it (`Ярина`, `панно Лідіє`;
    not a guessed foreign surname)."""
    low = word.lower()
    return morph.analyzer(code).word_is_known(low) and any(
        "Name" in g and ("nomn" in g or "voct" in g) for _n, g, _s in morph.parses(code, low))


def _undictionaried_first_name(code: str, lang: ModuleType, run: List[Token], parsed: list) -> bool:
    """`тренер Богдан Литвиненко`: a capitalised animate noun mid-sentence right before a surname is a first
    name the dictionary lacks as one, not the end of the role."""
    if len(run) != 2 or parsed[1] is None or parsed[1][0] != "Surn":
        return False
    low = run[0].text.lower()
    if low in lang.HONORIFICS or low in lang.ROLE_LEMMAS:
        return False
    return any("NOUN" in g and "anim" in g and "nomn" in g and n not in lang.ROLE_LEMMAS for n, g, _s in morph.parses(code, low))


PATRONYMIC_SUFFIXES = ("ійович", "йович", "ович", "евич", "євич", "ьович", "ьич", "ич",
                       "ївна", "івна", "овна", "евна", "ьевна", "инична", "ична")
_NAME_STEM_ENDINGS = ("", "а", "о", "ий", "ій", "й", "я", "ь")


@functools.lru_cache(maxsize=4096)
def derived_patronymic(code: str, word: str) -> bool:
    """A patronymic the dictionary lacks, built on a first name it knows (`Володимирович`, `Дмитрич`)."""
    low = word.lower()
    for suffix in PATRONYMIC_SUFFIXES:
        stem = low[: len(low) - len(suffix)]
        if low.endswith(suffix) and len(stem) >= 3:
            return any(any("Name" in g for _, g, _ in morph.parses(code, _cap(stem + e))) for e in _NAME_STEM_ENDINGS)
    return False


_GENDERED_SURNAME_ENDINGS = (
    ("femn", ("ська", "цька", "зька", "ская", "цкая", "иха")),
    ("masc", ("ський", "цький", "зький", "ский", "цкий", "ов", "ев", "ёв", "ін", "ин", "ын")),
)


def surname_gender(word: str) -> Optional[str]:
    """`masc`/`femn` from an ending only one gender's nominative surnames have (`Мельничиха`,
    `Заворотський`); None for `-ова` (maybe his genitive) or `-чук` (both)."""
    low = word.lower()
    for gender, endings in _GENDERED_SURNAME_ENDINGS:
        if any(low.endswith(e) and len(low) > len(e) + 2 for e in endings):
            return gender
    return None


def _noun_follows(text: str, word: Token, code: str) -> bool:
    """The next word is a lower-case noun or adjective, so a capitalised `-ський` before it is an
    adjective too (`Київський університет`, `Всеукраїнський електронний реєстр`)."""
    nxt = NEXT_WORD.match(text, word.end)
    if nxt is None or not nxt.group(1)[:1].islower():
        return False
    return any({"NOUN", "ADJF", "PRTF"} & g for _, g, _ in morph.parses(code, nxt.group(1)))


def _after_first_name(code: str, run: List[Token], parsed: list) -> bool:
    """A capitalised common word right after a first name is a surname (`Олег Лапин`, `Олега Стрельца`), not a place."""
    if parsed[-2] is None or parsed[-2][0] != "Name":
        return False
    top = morph.parses(code, run[-1].text)[:1]
    return not (top and ("Geox" in top[0][1] or "Orgn" in top[0][1]))


def _looks_like_surname(lang: ModuleType, word: str) -> bool:
    """A capitalised word with a surname ending after a first name (`Ростислав Лужицький`)."""
    low = word.lower()
    return any(low.endswith(e) for g in ("m", "f") for e in lang.SURNAME_NOMINATIVE[g] if len(e) >= 3) or any(
        low.endswith(e) for e, _r, _g in lang.SURNAME_ENDINGS if len(e) >= 4
    )


def _cyrillic_role(text: str, first: Token, code: str, lang: ModuleType) -> Tuple[Optional[str], Optional[int]]:
    """Role words before a name: `глава региона`, `руководитель движения «Чистый берег!»`."""
    tokens = tokenize(text, max(0, first.start - 80), first.start) + [first]
    index = len(tokens) - 1
    found: Optional[int] = None
    for k in range(index - 1, max(-1, index - 6), -1):
        gap = text[tokens[k].end:tokens[k + 1].start]
        if any(c in gap for c in ".,;:?()\n—–"):
            break
        parses = [(n, g) for n, g, _ in morph.parses(code, tokens[k].lower)
                  if n in lang.ROLE_LEMMAS and "NOUN" in g and "plur" not in g]  # not `повідомив журналістам`
        if parses:
            found = k
            if any(morph.is_nominative(g) for _n, g in parses):
                break  # `пресс-секретарь мэра Олег Котов`: from the role in the nominative
    if found is None:
        return None, None
    head = tokens[found].text
    found = _role_adjectives(text, tokens, found, code)
    start = tokens[found].start
    role = text[start:first.start].strip(" \u00a0")
    if not any(morph.is_nominative(g) for _n, g, _s in morph.parses(code, head.lower())) and role.startswith(head):
        nominative_head = morph.inflect_nominative(code, head.lower(), ("NOUN",), None)
        if nominative_head:  # `по словам губернатора Гладкова`: role `губернатор`
            role = (nominative_head if head[:1].islower() else _cap(nominative_head)) + role[len(head):]
    return role, start


def _role_adjectives(text: str, tokens: List[Token], k: int, code: str) -> int:
    """The first of the nominative adjectives right before a role noun (`головний тренер`, `Старший тренер`)."""
    while k > 0 and text[tokens[k - 1].end:tokens[k].start] == " ":
        top = morph.parses(code, tokens[k - 1].lower)[:1]
        if not top or not ({"ADJF", "PRTF"} & top[0][1]) or not morph.is_nominative(top[0][1]):
            break
        k -= 1
    return k


def _case_break(code: str, word: str, next_word: str) -> bool:
    """True when ``word`` can't be nominative but ``next_word``, a first name, can: two names, not one."""
    first = morph.parses(code, word)
    second = morph.parses(code, next_word)
    return bool(first) and sum(score for _, g, score in first if "nomn" in g) < 0.2 \
        and any("Name" in g and "nomn" in g for _, g, _ in second)


def _object_follows(code: str, word: str, next_word: str) -> bool:
    """A first name in the nominative, then a first name that can't be one: two people (`Лена Кирилла`)."""
    first = morph.parses(code, word)
    second = morph.parses(code, next_word)
    return any("Name" in g and "nomn" in g for _, g, _ in first) and bool(second) and not _plural_name_only(code, next_word) \
        and not any("nomn" in g for _, g, _ in second) and any("Name" in g for _, g, _ in second)


def _honorific(text: str, first: Token, code: str, lang: ModuleType) -> Optional[str]:
    """The form of address right before a name, in the nominative (`пана` → `пан`), or None."""
    before = prev_token(text, first.start)
    if before is None or text[before.end:first.start] not in (" ", "\u00a0"):
        return None
    low = before.text.lower()
    parses = morph.parses(code, low)
    if parses and all("voct" in grams for _, grams, _ in parses):
        return None  # `Пане Кравець!` addresses him; it is not how the text names him
    if low in lang.HONORIFICS:
        return low
    return next((normal for normal, grams, _ in parses if normal in lang.HONORIFICS and "NOUN" in grams), None)


def _written_in_lower_case(text: str, word: str, parses: list) -> bool:
    """A capitalised word with a common-word reading that the text also writes in lower case (its stem)."""
    if len(word) < 5 or not any(not any(tag in g for tag in PERSON_TAGS) for _, g, _ in parses):
        return False
    return regex.search(r"(?<!\w)" + regex.escape(word[:5].lower()), text) is not None


def _one_person(code: str, word: str, after_preposition: bool) -> bool:
    """A lone word that reads first as a place after a preposition (`до Львова`) or only as a plural
    surname (`Прохоровы`) names no one person."""
    parses = morph.parses(code, word.lower())
    if after_preposition and parses and "Geox" in parses[0][1]:
        return False
    person = [g for _, g, _ in parses if any(tag in g for tag in PERSON_TAGS)]
    return not person or any("plur" not in g or "Surn" not in g for g in person)  # not `Мельчаков` (read as names' gen. pl.)


def _not_a_name(code: str, word: str) -> bool:
    """Pronouns and Latin-script words never start a Cyrillic person name."""
    if not ("\u0400" <= word[0] <= "\u04ff"):
        return True
    parses = morph.parses(code, word.lower())
    if word.isupper() and parses and "Abbr" in parses[0][1]:
        return True  # `ДНК`, `МЧС`
    return any("NPRO" in grams for _, grams, _ in parses)


def _unknown_word(code: str, word: str) -> bool:
    """True when pymorphy3 only guesses at ``word`` (likely a foreign or rare name)."""
    ps = morph.parses(code, word)
    if not ps:
        return True
    if morph.analyzer(code).word_is_known(word.lower()):
        return False
    top = ps[0][1]
    return "Geox" not in top and "Orgn" not in top  # `Девуар` has a place among its guesses, not first


def _cyrillic_name(text: str, run: List[Token], parsed: list, code: str, lang: ModuleType, gender_hint: Optional[str] = None) -> Name:
    genders: Set[str] = set()
    known = [not _unknown_word(code, w.text) for w in run]
    for k in sorted(range(len(run)), key=lambda k: not known[k]):  # dictionary words first; guesses only narrow
        w, p = run[k], parsed[k]
        if p is not None and (known[k] or len(genders) > 1):
            g = {x for _, grams, _ in morph.parses(code, w.text) if any(t in grams for t in PERSON_TAGS) for x in ("masc", "femn") if x in grams}
            genders = g if not genders else (genders & g or genders)
    before = _word_one_space_before(text, run[0].start)
    after_genitive = code == "ru" and before is not None and not before.text[:1].isupper() and any(
        "gent" in g and "NOUN" in g for _, g, _ in morph.parses(code, before.text.lower()))
    agreed = _oblique_agreement(code, run, parsed, after_genitive)
    gender = gender_hint or (next(iter(genders)) if len(genders) == 1 else None) or (agreed and agreed[0]) \
        or surname_gender(run[-1].text)
    canon_words = [nominative(code, w.text, p[0] if p else None, gender) for w, p in zip(run, parsed)]
    if len(run) > 1 and parsed[0] is not None and parsed[0][0] == "Name" and _only_nominative(code, run[0].text) \
            and (parsed[-1] is None or parsed[-1][0] == "Surn"):
        canon_words[-1] = run[-1].text  # `стояв Хома Лемішка`: a first name that can only be nominative says the surname is too
    if agreed is not None and agreed[0] == gender and parsed[-1] is not None and parsed[-1][0] == "Surn":
        canon_words[-1] = _surname_in_case(code, run[-1].text, agreed) or canon_words[-1]
    first = None
    key = canon_words[-1].lower()
    if len(run) > 1 and parsed[0] is not None and parsed[0][0] == "Name":
        first = canon_words[0].lower()
    elif len(run) == 3 and parsed[1] is not None and parsed[1][0] == "Name" and parsed[2] is not None and parsed[2][0] == "Patr":
        first, key = canon_words[1].lower(), canon_words[0].lower()  # `Рудь Петро Володимирович`: surname first
    elif len(run) == 2 and (parsed[0] is None or parsed[0][0] == "Surn") and parsed[1] is not None and parsed[1][0] == "Surn":
        first = canon_words[0].lower()  # `Грицько Моторний`: a first name the dictionary lacks
    return Name(
        start=run[0].start,
        end=run[-1].end,
        text=text[run[0].start:run[-1].end],
        canon=" ".join(canon_words),
        key=key,
        first=first,
        gender={"masc": "m", "femn": "f"}.get(gender or ""),
        type="person",
        hint=any(p is not None and p[0] in ("Name", "Patr") for p in parsed),
        patronymic=len(run) == 2 and first is not None and parsed[-1] is not None and parsed[-1][0] == "Patr",
    )


def _only_nominative(code: str, word: str) -> bool:
    """A first name every singular reading of which is nominative (`Хома`, `Мария`; not `Ивана`, `Олесі`)."""
    readings = [g for _n, g, _s in morph.parses(code, word.lower()) if "Name" in g and "plur" not in g]
    return bool(readings) and all("nomn" in g for g in readings)


def _oblique_agreement(code: str, run: List[Token], parsed: list, after_genitive: bool = False) -> Optional[Tuple[str, str]]:
    """(gender, case) in which a first name and the surname ending the run agree, when the likelier agreeing
    reading is oblique (`Геннадия Смирнова`, `Юрія Гайдука`: his genitive, not a woman's nominative), or as
    likely and a genitive noun comes before (`продюсера картины Рината Хабибуллина`; ru only: the uk
    dictionary weighs every reading alike, so a tie says nothing there)."""
    if len(run) < 2 or parsed[0] is None or parsed[0][0] != "Name" or parsed[-1] is None or parsed[-1][0] != "Surn":
        return None
    last = {(x, c) for _n, g, _s in morph.parses(code, run[-1].text) for x in ("masc", "femn") if x in g
            for c in g & morph.CASES}
    weights: Dict[Tuple[str, str], float] = {}
    for _n, g, score in morph.parses(code, run[0].text):
        if "Name" not in g or "plur" in g:
            continue
        for reading in {(x, c) for x in ("masc", "femn") if x in g for c in g & morph.CASES} & last:
            weights[reading] = weights.get(reading, 0.0) + score
    oblique = [(w, r) for r, w in weights.items() if r[1] != "nomn"]
    if not oblique:
        return None
    weight, reading = max(oblique)
    nominative = sum(w for r, w in weights.items() if r[1] == "nomn")
    if weight < nominative or (weight == nominative and not after_genitive):
        return None
    return reading


def _surname_in_case(code: str, word: str, reading: Tuple[str, str]) -> Optional[str]:
    """A surname read in ``reading`` (gender, case) put in the nominative: `Гайдука` (gen.) → `Гайдук`."""
    out = morph.inflect_nominative(code, word.lower(), ("Surn",) + reading, reading[0])
    return _cap(out) if out and word[:1].isupper() else out


def nominative(code: str, word: str, tag: Optional[str], gender: Optional[str]) -> str:
    """``word`` in the nominative, keeping its capitalisation; unchanged when unsure.

    First names and patronymics are dictionary words, so pymorphy3 inflects them;
    surnames follow the language's ending tables (pymorphy3 guesses at rare ones).
    """
    if word.isupper() and len(word) > 1 and not word.capitalize().isupper():
        return nominative(code, word.capitalize(), tag, gender).upper()
    g = {"masc": "m", "femn": "f"}.get(gender or "", gender)
    if tag == "Name" and _plural_name_only(code, word):
        tag = None  # `Сабуров`, `Иванов`: a surname, not the genitive plural of a first name
    if tag in ("Name", "Patr"):
        for normal, grams, _ in morph.parses(code, word):
            if "nomn" in grams and tag in grams and "plur" not in grams and (not gender or gender in grams):
                return word  # `Анны` is a plural nominative too, but a person is one
        out = morph.inflect_nominative(code, word.lower(), (tag,), gender)
        return _cap(out) if out else word
    return _surname_nominative(code, word, g)


def _surname_nominative(code: str, word: str, gender: Optional[str]) -> str:
    from .lang import get

    lang = get(code)
    low = word.lower()
    genders = (gender,) if gender in ("m", "f") else ("m", "f")
    if any(low.endswith(e) for g in genders for e in lang.SURNAME_NOMINATIVE[g]):
        return word
    grams_wanted = {"m": "masc", "f": "femn"}
    if any("Surn" in g and "nomn" in g and any(grams_wanted[x] in g for x in genders) for _, g, _ in morph.parses(code, low)):
        return word  # a surname the dictionary knows in this form: `Прищепа`
    for ending, repl, g in lang.SURNAME_ENDINGS:
        if g in genders and low.endswith(ending) and len(low) - len(ending) >= 2:
            repl = _stressed_ending(code, low, repl) if code == "ru" else repl
            return word[: len(word) - len(ending)] + repl
    if gender == "m":
        common = _declined_common_noun(code, low)
        if common is not None:  # `Стрельца` → Стрелец, `Кравця` → Кравець: a noun's own stem change
            return _cap(common) if word[:1].isupper() else common
        for ending in lang.CONSONANT_STEM_ENDINGS:
            stem = low[: len(low) - len(ending)]
            if low.endswith(ending) and len(stem) >= 3 and stem[-1] not in "аеёиоуыэюяіїєь":
                return word[: len(stem)]
            if low.endswith(ending) and ending in ("я", "ю", "ем", "єм") and len(stem) >= 3 and stem[-1] in "еоаі":
                return word[: len(stem)] + "й"
    return word


def _plural_name_only(code: str, word: str) -> bool:
    """Every first-name reading of ``word`` is plural (`Сабуров` as `of the Сабуры`): it is a surname."""
    names = [g for _n, g, _s in morph.parses(code, word.lower()) if "Name" in g]
    return bool(names) and all("plur" in g for g in names) and word.lower().endswith(("ов", "ев", "ёв", "ин", "ын"))


def _stressed_ending(code: str, low: str, repl: str) -> str:
    """`Шаховского` → `Шаховской`, not `Шаховский`, when the dictionary knows the surname or place with -ской."""
    if repl not in ("ский", "цкий"):
        return repl
    for normal, grams, _s in morph.parses(code, low):
        if ("Surn" in grams or "Geox" in grams) and "masc" in grams and normal.endswith(repl[:-2] + "ой"):
            return repl[:-2] + "ой"
    return repl


def _declined_common_noun(code: str, low: str) -> Optional[str]:
    """The nominative of a surname that is also a masculine animate noun, seen in an oblique case."""
    parses = morph.parses(code, low)
    if not parses or any("nomn" in g for _, g, _ in parses):
        return None
    for normal, grams, _ in parses:
        if "NOUN" in grams and "anim" in grams and "masc" in grams and "plur" not in grams and grams & morph.OBLIQUE:
            return normal
    return None


def surname_keys(code: str, word: str) -> Set[str]:
    """Every nominative the word could stand for (`Гладкова` → гладков, гладкова)."""
    keys = {word.lower()}
    if code in ("ru", "uk"):
        for g in ("m", "f", None):
            keys.add(_surname_nominative(code, word, g).lower())
        for tag in ("Name", "Patr"):
            for g in ("masc", "femn", None):
                out = morph.inflect_nominative(code, word.lower(), (tag,), g)
                if out:
                    keys.add(out.lower())
    return keys


def regender(code: str, name: str, gender: str) -> str:
    """A canonical name redone for a gender learnt later (`Євгенія` + he → `Євгеній`)."""
    g = {"m": "masc", "f": "femn"}[gender]
    words = []
    for w in name.split():
        p = _name_parse(code, w)
        words.append(nominative(code, w, p[0] if p else None, g))
    return " ".join(words)


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
        return best


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
