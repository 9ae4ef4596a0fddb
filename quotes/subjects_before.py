"""The subject before a cue verb: `Kirby said`, `Гладков заявил`, `the group’s director told`, `критики считают`."""
from __future__ import annotations

from typing import List, Optional

from . import morph
from .context import Attribution, Context, name_nominative, nominative_ok, noun_kind, pronoun_reading
from .names import Name
from .tokens import Token


def _before_parens(text: str, toks: List[Token], j: int, floor: int) -> int:
    """Step back over a parenthesis ending at token ``j``: `Jim Jordan (R-Ohio)` → `Jordan`."""
    if j < 0 or j + 1 > len(toks):
        return j
    after = text[toks[j].end:toks[j + 1].start] if j + 1 < len(toks) else ""
    if ")" not in after:
        return j
    while j >= floor and "(" not in text[toks[j - 1].end if j > 0 else 0:toks[j].start]:
        j -= 1
    return j - 1


def _person_before_org(ctx: Context, toks: List[Token], org: Name, floor: int) -> Optional[Name]:
    """`Mr. Reyes of the Harbor Trust said`: the person, not the organisation, speaks."""
    k = next((i for i, t in enumerate(toks) if t.start == org.start), None)
    if k is None:
        return None
    k -= 1
    if k >= floor and toks[k].lower == "the":
        k -= 1
    if k < floor or toks[k].lower not in ("of", "at", "for", "from", "with"):
        return None
    k -= 1
    person = ctx.name_ending(toks[k].end) if k >= floor else None
    return person if person is not None and person.type in ("person", "unknown") else None


def speaker_before(ctx: Context, toks: List[Token], k: int, floor: int) -> Optional[Attribution]:
    """Plain order: `Kirby said`, `he added`, `the governor said`, `Гладков сказал`."""
    text = ctx.text
    j = k - 1
    while j >= floor and toks[j].lower in ctx.lang.ADVERBS:
        j -= 1
    if j < floor:
        return None
    j = _before_parens(text, toks, j, floor)
    if j < floor:
        return None
    t = toks[j]
    gap = text[t.end:toks[j + 1].start] if j + 1 < len(toks) else ""
    if gap.startswith(".") and (len(t.text.split("-")[-1]) <= 3 or t.lower in ctx.lang.ABBREVIATIONS):
        gap = gap[1:]  # `McConnell, R-Ky., said`
    if any(c in gap for c in ".!?;\n«»“”\""):
        return None
    if "," in gap:
        # appositive: `Kirby, a spokesman for the council, said`
        m = j
        reach = 26 if ctx.code == "en" else 14  # `Ana Ruiz, the director at … and who is also in the film, told`
        while m >= floor and "," not in text[toks[m].end:toks[m + 1].start if m + 1 < len(toks) else toks[m].end] or m == j:
            m -= 1
            if m < floor or j - m > reach:
                return None
        inner = toks[m + 1:j + 1]
        named = ctx.name_ending(t.end)
        if ctx.code == "en" and named is not None and named.type != "organization" and all(x.cap for x in inner) \
                and named.start <= inner[0].start and named.text[1:2] != "-":  # not `R-Ky.`
            return Attribution(None, (named.start, named.end), "name")  # `His wife, Joan, added`: the name is set off
        m = _before_parens(text, toks, m, floor)
        if m < floor:
            return None
        name = ctx.name_ending(toks[m].end)
        if ctx.code != "en" and named is not None and named.type == "person" and named.start >= inner[0].start \
                and (name is None or not nominative_ok(ctx, toks[m])) \
                and name_nominative(ctx, [x for x in inner if x.start >= named.start]):
            return Attribution(None, (named.start, named.end), "name")  # `Тренер Ворсиной, … Николай Лыткин, рассказал`
        if name is not None and name.type != "organization":
            if ctx.code == "en" and not name.hint and " " not in name.text:
                earlier = speaker_before(ctx, toks, m + 1, floor) if m + 1 < k else None
                if earlier is not None and earlier.mention_kind == "name":
                    return earlier  # `Neil Warren, the attorney general of Kansas, one of the states …, said`
            return Attribution(None, (name.start, name.end), "name")
        p = pronoun_reading(ctx, toks[m])
        if p is not None:
            return Attribution(None, (toks[m].start, toks[m].end), "pronoun", p[0], p[1])
        return _determined_noun(ctx, toks, m, floor) if ctx.code == "en" else None  # `One woman, who …, asked:`
    if ctx.code == "en" and t.lower == "and":
        return _coordinated_subject(ctx, toks, j, floor)  # `he leaned into the microphone and said`
    p = pronoun_reading(ctx, t)
    if p is not None:
        return Attribution(None, (t.start, t.end), "pronoun", p[0], p[1])
    name = ctx.name_ending(t.end)
    if name is not None and name.type != "person" and ctx.code == "en":
        person = _person_before_org(ctx, toks, name, floor)  # `Mr. Reyes of the Harbor Trust`, `Sen. Pruitt of Kansas`
        if person is not None:
            return Attribution(None, (person.start, person.end), "name")
    if name is not None:
        return Attribution(None, (name.start, name.end), "org" if name.type == "organization" else "name")
    if ctx.code != "en":
        for m in range(j, max(floor - 1, j - 8), -1):
            tm = toks[m]
            if any(c in text[tm.end:toks[m + 1].start] for c in ".!?;«»\n") and m != j:
                break
            p = pronoun_reading(ctx, tm)
            if p is not None:
                return Attribution(None, (tm.start, tm.end), "pronoun", p[0], p[1])
            name = ctx.name_ending(tm.end)
            if name is not None and name.end > tm.start and nominative_ok(ctx, toks[m]):  # the name is this word, not one before `В`
                return Attribution(None, (name.start, name.end), "org" if name.type == "organization" else "name")
    kind = noun_kind(ctx, t)
    if not kind and ctx.code == "en":
        group = _group_before(ctx, toks, j, floor)
        if group is not None:
            return group
    if kind:
        s = j
        while s - 1 >= floor and text[toks[s - 1].end:toks[s].start] == " " and not ctx.cues.is_cue(toks[s - 1].text) and s > j - 5:
            prev = toks[s - 1]
            if prev.lower in ctx.lang.CLAUSE_WORDS or prev.lower in ctx.lang.ADVERBS or _adverb(ctx, prev) \
                    or not _agrees(ctx, prev, t):
                break  # `Позже губернатор добавил`: the role is `губернатор`
            if ctx.code != "en" and not nominative_ok(ctx, prev) and nominative_ok(ctx, toks[s]):
                break  # `со стороны депутатов пресс-секретарь Кремля`: a genitive never comes before its head
            s -= 1
            if ctx.code == "en" and prev.lower in ctx.lang.DETERMINERS:
                break
            if ctx.code != "en" and kind == "org" and noun_kind(ctx, prev) == "role":
                kind = "role"  # `пресс-секретарь Кремля`: a person, who holds a role in the organisation
        return Attribution(None, (toks[s].start, t.end), kind)
    if ctx.code == "en":
        return _determined_noun(ctx, toks, j, floor)
    return None


def _group_before(ctx: Context, toks: List[Token], j: int, floor: int) -> Optional[Attribution]:
    """`Protesters marching through the streets chanted`: a plural noun opening its clause, then a
    participle phrase up to the verb, speaks as a group."""
    text = ctx.text
    for m in range(j - 1, max(floor - 1, j - 9), -1):
        if any(c in text[toks[m].end:toks[m + 1].start] for c in ".,;:!?()“”\"«»—–\n"):
            return None
        t = toks[m]
        if noun_kind(ctx, t) == "group" and toks[m + 1].lower.endswith("ing"):
            before = text[toks[m - 1].end:t.start] if m > floor else "\n"
            if m == floor or any(c in before for c in ".,;:!?“”\"\n"):
                return Attribution(None, (t.start, t.end), "group", None, "pl")
            return None
    return None


def _adverb(ctx: Context, tok: Token) -> bool:
    """An adverb or a preposition, which never belongs to a role: `позже`, `в`, `later`, `quickly`."""
    if ctx.code == "en":
        return tok.lower.endswith("ly") or tok.lower in ("later", "then", "now", "soon", "today", "yesterday")
    parses = morph.parses(ctx.code, tok.lower)
    return bool(parses) and any(t in parses[0][1] for t in ("ADVB", "COMP", "PRED", "CONJ", "PRCL", "PREP"))


def _agrees(ctx: Context, word: Token, noun: Token) -> bool:
    """In ru/uk, a word before a role noun belongs to it only if it can share its gender (`бывший губернатор`)."""
    if ctx.code == "en":
        return True
    genders = {g for _, grams, _ in morph.parses(ctx.code, noun.lower) for g in ("masc", "femn", "neut") if g in grams}
    return any(g in grams for _, grams, _ in morph.parses(ctx.code, word.lower) for g in genders)


def _coordinated_subject(ctx: Context, toks: List[Token], j: int, floor: int) -> Optional[Attribution]:
    """The subject opening a clause whose second verb is the cue: `…, he leaned in and said, “…”`."""
    text = ctx.text
    m = j
    while m > floor and j - m < 12 and not any(c in text[toks[m - 1].end:toks[m].start] for c in ",;:.!?—–\n“”\""):
        m -= 1
    t = toks[m]
    p = pronoun_reading(ctx, t)
    if p is not None:
        return Attribution(None, (t.start, t.end), "pronoun", p[0], p[1])
    name = ctx.name_at(t.start)
    if name is not None and name.type != "organization" and name.end <= toks[j].start:
        return Attribution(None, (name.start, name.end), "name")
    return None


def _determined_noun(ctx: Context, toks: List[Token], j: int, floor: int) -> Optional[Attribution]:
    """An unnamed English subject opening its clause: `,” the letter reads`, `my father said`."""
    t = toks[j]
    if t.cap or t.lower in ctx.lang.DETERMINERS or t.lower in NOT_NOUNS or t.lower in ctx.lang.CLAUSE_WORDS:
        return None
    text = ctx.text
    for s in range(j - 1, max(floor - 1, j - 5), -1):
        w = toks[s]
        opener = w.lower in ctx.lang.DETERMINERS or w.lower in _INDEFINITES
        if text[w.end:toks[s + 1].start] != " " or w.cap and not opener and s == j - 1:
            return None  # capitalised modifiers may stand inside: `the New York businessman said`
        if opener:
            before = text[toks[s - 1].end:w.start] if s > 0 else "\n"
            if s > floor and not any(c in before for c in ",”\"’.\n—"):
                return None
            return Attribution(None, (w.start, t.end), "noun")
        if w.lower in NOT_NOUNS or w.lower in ctx.lang.CLAUSE_WORDS or ctx.cues.is_cue(w.text):
            return None
    return None


_INDEFINITES = frozenset("one another each every some".split())  # `One donor told the paper`


NOT_NOUNS = frozenset("not also then still only just never often always once later again now even who which that "
                      "it he she they we i you there here and or but".split())
