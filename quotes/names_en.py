"""English person and organisation names: capitalised runs read with titles, initials, particles and possessives.
"""
from __future__ import annotations

import functools
from types import ModuleType
from typing import List, Optional, Tuple

import regex

from .names import Name, cap_runs, word_one_space_before
from .tokens import Token, tokenize

EN_STOP = frozenset(
    "the a an in on at but and or his her its their this that these those it he she they we i "
    "as if when while after before so of for to with by from there here what why how who "
    "where however meanwhile also yet still then now today yesterday last next some many "
    "most all both each every no not one two three our my your mr mrs ms although though because since "
    "whereas unless until during despite according".split()
)


TITLE_MODIFIERS = frozenset("former acting deputy first then ex late".split())  # title only before a title


NAME_LINKS = frozenset("de van von der den bin al da di du la le del dos ibn st".split())


def english_names(text: str, lang: ModuleType, end: Optional[int] = None) -> List[Name]:
    """Capitalised runs (with titles, initials and particles) read as names, up to ``end``."""
    out: List[Name] = []
    for run in cap_runs(text, _english_joinable(lang), end):
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
    before = word_one_space_before(text, run[0].start)
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
    """Forget cached English run shapes (tests, long-running hosts)."""
    _english_shape.cache_clear()
    _english_skip.cache_clear()


@functools.lru_cache(maxsize=None)
def _english_skip(lang: ModuleType) -> frozenset:
    """Capitalised words that never start a name: sentence openers, verbs, days and months."""
    return frozenset(EN_STOP | lang.CUE_VERBS | lang.TIME_WORDS | lang.GROUP_WORDS | {"even", "only", "just", "state"})


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
