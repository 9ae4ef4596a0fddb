"""The speaker next to a cue verb: the subject before it, or the name, role or group after it."""
from __future__ import annotations

from types import ModuleType
from typing import List, Optional

import regex

from . import morph
from .context import (Attribution, Context, animate_subject, genitive_noun, inverted_pronoun, name_nominative,
                      nominative_ok, noun_kind, pronoun_reading)
from .names import Name
from .subjects_before import NOT_NOUNS
from .tokens import Token


def speaker_after(ctx: Context, toks: List[Token], k: int, limit: int) -> Optional[Attribution]:
    """Inverted order: `said John Kirby`, `сказал он`, `заявил глава региона Гладков`."""
    text = ctx.text
    if k >= len(toks):
        return None
    first = toks[k]
    if any(c in text[toks[k - 1].end:first.start] for c in ".!?;:\n"):
        return None
    if ctx.code != "en" and "," in text[toks[k - 1].end:first.start] and not any(
            "VERB" in g for _n, g, _s in morph.parses(ctx.code, first.lower)[:1]):
        return None  # `— сказала, не підводячи голови`: no subject after the comma; but `— смеясь, сказал Левин`
    unnamed = _unnamed_after(ctx, toks, k) if ctx.code != "en" else None
    if unnamed is not None:
        return unnamed
    demonstrative = getattr(ctx.lang, "DEMONSTRATIVES", {}).get(first.lower)
    if demonstrative is not None and text[first.end:first.end + 1] in (",", ".", ";", "!", "?", "…", ""):
        return Attribution(None, (first.start, first.end), "pronoun", demonstrative[0], demonstrative[1])
    p = pronoun_reading(ctx, first)
    if p is not None:
        if ctx.code == "en" and not inverted_pronoun(ctx, first):
            return None  # `saying it would`, `said they were`: the pronoun starts the reported clause
        return Attribution(None, (first.start, first.end), "pronoun", p[0], p[1])
    if ctx.code == "en" and (first.lower in ctx.lang.TIME_WORDS or first.lower in ("to", "for", "about", "of", "with", "by", "that")):
        return None
    best = None
    role_tok = None
    j = k
    skip_next = skip_first = False
    subject_noun = False
    lead = k  # where the subject noun may stand: first, or after its adjective
    while j < min(len(toks), k + limit):
        t = toks[j]
        gap = text[toks[j - 1].end:t.start] if j > k else ""
        if gap.startswith(".") and (len(toks[j - 1].text) <= 3 or toks[j - 1].lower + "." in ctx.lang.TITLES):
            gap = gap[1:]
        if j > k and any(c in gap for c in ".;:!?()\n"):
            break
        if j > k and ctx.code == "en" and any(c in gap for c in ",—–«»“”\""):
            named = _name_set_off(ctx, toks, j) if gap.strip() == "," and role_tok is not None and best is None else None
            if named is not None:
                return Attribution(None, (named.start, named.end), "name")  # `said the company’s lawyer, Tom Hale`
            break
        if j > k and subject_noun and any(c in gap for c in ",—–"):
            named = ctx.name_at(t.start) if gap.strip() == "," else None
            if named is not None and named.type == "person" and nominative_ok(ctx, toks[j]):
                return Attribution(None, (named.start, named.end), "name")  # `— спитав учитель, Павло Кирилович, …`
            break
        if ctx.code != "en" and t.lower in ctx.lang.PREPOSITIONS:
            skip_next = skip_first = True
            j += 1
            continue
        named = ctx.name_at(t.start) if skip_next and not skip_first else None
        if skip_next and not (named is not None and named.type == "person" and (named.hint or " " in named.text)):
            skip_next = t.cap and j + 1 < len(toks) and toks[j + 1].cap
            skip_first = False
            j += 1
            continue
        skip_next = False  # `посол Норвегии в России Ларс Хеллунд`: the place ends where a full name begins
        if ctx.in_quote(t.start) or (ctx.code != "en" and text.rfind("«", first.start, t.start) > text.rfind("»", first.start, t.start)):
            j += 1
            continue  # `директор ТОВ «Будсервіс «Група Мельника» Олег Ткачук`: not Будсервіс or Мельника
        name = ctx.name_at(t.start)
        if name is not None and ctx.code == "en" and (text.startswith(("’s", "'s"), name.end)
                                                      or modifies_a_role(text, ctx.lang, name.end)):
            j += 1
            continue  # `said Fairbanks’s director, Alicia Moreno`, `said Halloway spokesman Bradley Cho`
        if name is not None and name.type in ("person", "unknown"):
            if ctx.code != "en" and role_tok is not None and not name_nominative(ctx, toks[j:j + len(name.text.split())]):
                j += 1
                continue  # `заступник голови Рівненської облдержадміністрації … Іван Ковальчук`
            if ctx.code != "en" and role_tok is not None and _serves_someone(ctx, role_tok[0]) and _can_be_genitive(ctx, name):
                t0 = role_tok[0]  # `пресс-секретарь Вячеслава Гладкова`: his press secretary speaks, not he
                return Attribution(None, (t0.start, name.end), "servant")
            return Attribution(None, (name.start, name.end), "name")
        if ctx.code != "en" and t.lower in ctx.lang.HONORIFICS and j + 1 < len(toks) and toks[j + 1].cap:
            j += 1
            continue
        if j == lead and ctx.code != "en" and name is None and not t.cap and animate_subject(ctx, t):
            if _adjective_of_next(ctx, toks, j):
                lead = j + 1  # `каже молодий нападник`: `молодий` (also `groom`) describes the noun after it
            else:
                subject_noun = True
                role_tok = role_tok or (t, "role")
        if name is not None and name.type == "organization" and best is None:
            best = Attribution(None, (name.start, name.end), "org")
        if name is None and ctx.code != "en" and t.cap and role_tok is not None and best is None and j + 1 < len(toks) \
                and toks[j + 1].cap and text[t.end:toks[j + 1].start] == " " and name_nominative(ctx, toks[j:j + 2]) \
                and ctx.name_at(toks[j + 1].start) is None and not (j + 2 < len(toks) and toks[j + 2].cap):
            return Attribution(None, (t.start, toks[j + 1].end), "name")  # `директор компании Юкка Сало`: a name unknown to us
        if name is None and ctx.code != "en" and t.cap and role_tok is None and best is None and j == lead \
                and t.text[-1:] in ("а", "я") and not nominative_ok(ctx, t) and not any(
                    {"Name", "Surn", "Geox", "Orgn"} & g for _n, g, _s in morph.parses(ctx.code, t.lower)):
            return Attribution(None, (t.start, t.end), "name")  # `– скрикнула раптом Ганця`: read only as `of a ганець`
        if name is None and ctx.code != "en" and t.cap and role_tok is None and best is None and nominative_ok(ctx, t):
            end = t.end
            if j + 1 < len(toks) and toks[j + 1].cap and text[t.end:toks[j + 1].start] == " ":
                end = toks[j + 1].end
            best = Attribution(None, (t.start, end), "name")
        kind = noun_kind(ctx, t)
        owner = ctx.code == "en" and t.text.endswith(("’s", "'s"))  # `the group’s director`: the director
        if kind and role_tok is None and not owner and (ctx.code == "en" or nominative_ok(ctx, t)):
            role_tok = (t, kind)
        if ctx.code == "en" and t.lower in ctx.lang.TIME_WORDS:
            break
        j += 1
    if best is not None and role_tok is None:
        return best
    if role_tok is not None:
        t, kind = role_tok
        end = t.end
        nxt = toks.index(t) + 1
        # ru/uk roles take one genitive word: `глава региона`, `представитель компании`
        if (ctx.code != "en" and nxt < min(len(toks), k + limit) and text[t.end:toks[nxt].start] == " "
                and not toks[nxt].cap and toks[nxt].lower not in ctx.lang.PREPOSITIONS
                and toks[nxt].lower not in ctx.lang.CLAUSE_WORDS and genitive_noun(ctx, toks[nxt])):
            end = _genitive_dependent_end(ctx, toks, nxt)  # not `старик и`: a conjunction opens the next clause
        start = toks[k].start if ctx.code == "en" else t.start
        return Attribution(None, (start, end), kind)
    if best is None and ctx.code == "en":
        return _determined_noun_after(ctx, toks, k)
    if best is None and ctx.code != "en":
        return _animate_noun_after(ctx, toks, k, limit)
    return best


def _genitive_dependent_end(ctx: Context, toks: List[Token], nxt: int) -> int:
    """Where a role's genitive dependent ends: one noun (`глава региона`), or an adjective and its noun
    (`глава местного района`); the role's own end when the adjective's noun is a person, its object
    (`спросила княгиня молодого графа`)."""
    top = morph.parses(ctx.code, toks[nxt].lower)[:1]
    if not top or "ADJF" not in top[0][1]:
        return toks[nxt].end
    after = toks[nxt + 1] if nxt + 1 < len(toks) and ctx.text[toks[nxt].end:toks[nxt + 1].start] == " " else None
    if after is None or not genitive_noun(ctx, after):
        return toks[nxt].end
    if any({"NOUN", "anim"} <= g for _n, g, _s in morph.parses(ctx.code, after.lower)[:1]):
        return toks[nxt - 1].end
    return after.end


def _adjective_of_next(ctx: Context, toks: List[Token], j: int) -> bool:
    """The word at ``j`` also reads as an adjective and an animate noun follows it in the nominative."""
    if j + 1 >= len(toks) or ctx.text[toks[j].end:toks[j + 1].start] != " " or toks[j + 1].cap:
        return False
    return any("ADJF" in g for _n, g, _s in morph.parses(ctx.code, toks[j].lower)) and animate_subject(ctx, toks[j + 1])


_ADVERBIAL_GAP = ".,;:!?()«»“”\"—–\n"


def _past_adverbials(ctx: Context, toks: List[Token], k: int) -> int:
    """Where a ru/uk cue's subject may start: past prepositional phrases, adverbs and oblique pronouns
    between verb and subject (`гукнула з-за хати мати`, `сказал после паузы старик`, `відповів йому тихо Петро`)."""
    j = k
    while j < len(toks) and j - k < 8:
        if j > k and any(c in ctx.text[toks[j - 1].end:toks[j].start] for c in _ADVERBIAL_GAP):
            return k
        kind = _adverbial_kind(ctx, toks[j])
        if kind == "prep":
            j = _past_prep_object(ctx, toks, j + 1)
        elif kind == "word":
            j += 1
        else:
            return j
    return k


def _adverbial_kind(ctx: Context, tok: Token) -> Optional[str]:
    """prep for a preposition, word for an adverb, particle or pronoun in an oblique case, else None."""
    if tok.cap:
        return None
    parses = morph.parses(ctx.code, tok.lower)
    if tok.lower in ctx.lang.PREPOSITIONS or any("PREP" in g for _, g, _ in parses):
        return "prep"
    if tok.lower in ctx.lang.ADVERBS or (parses and ({"ADVB", "PRCL"} & parses[0][1]) and tok.lower not in ("не", "ні")):
        return "word"
    if parses and all("NPRO" in g and not morph.is_nominative(g) for _, g, _ in parses):
        return "word"  # `ему`, `йому`, `їй`: whom it was said to
    if parses and {"NOUN", "inan", "ablt"} <= parses[0][1]:
        return "word"  # `махнув рукою інспектор`, `пожал плечами старик`: the gesture, then its maker
    return None


def _past_prep_object(ctx: Context, toks: List[Token], j: int) -> int:
    """The index after a preposition's object: its adjectives and numerals, then one noun (`после долгой паузы`)."""
    while j < len(toks):
        if any(c in ctx.text[toks[j - 1].end:toks[j].start] for c in _ADVERBIAL_GAP):
            return j
        parses = morph.parses(ctx.code, toks[j].lower)
        modifier = not toks[j].cap and any({"ADJF", "PRTF", "NUMR"} & g for _, g, _ in parses) \
            and not any("NOUN" in g and not ({"Name", "Surn", "Patr"} & g) for _, g, _ in parses)
        j += 1
        if not modifier:
            return j
    return j


def speaker_after_cue(ctx: Context, toks: List[Token], k: int, limit: int) -> Optional[Attribution]:
    """The speaker after a cue; in ru/uk, past any adverbial words standing between them."""
    if ctx.code != "en" and k < len(toks):
        j = _past_adverbials(ctx, toks, k)
        if j > k:
            att = speaker_after(ctx, toks, j, limit)
            if att is not None:
                return att
    return speaker_after(ctx, toks, k, limit)


_ONE = frozenset("один одна одно одни".split())  # `один из них`, `одна з жінок`: someone of many, unnamed


_OUT_OF = frozenset("из изо із з зі".split())


def _unnamed_after(ctx: Context, toks: List[Token], k: int) -> Optional[Attribution]:
    """`сказал кто-то в толпе`, `гукнув хтось`: a speaker with no name; `вигукнула літня пара`: a group."""
    first = toks[k]
    if first.lower in ctx.lang.INDEFINITE:
        return Attribution(None, (first.start, first.end), "noun", None, "sg")
    if first.lower in _ONE and k + 2 < len(toks) and toks[k + 1].lower in _OUT_OF:
        end = k + 2
        while end + 1 < min(len(toks), k + 6) and ctx.text[toks[end].end:toks[end + 1].start] == " " \
                and not toks[end + 1].cap and any("NOUN" in g or "ADJF" in g for _, g, _ in morph.parses(ctx.code, toks[end + 1].lower)[:1]):
            end += 1  # `один из местных жителей`
        named = ctx.name_at(toks[end + 1].start) if end + 1 < len(toks) and ctx.text[toks[end].end:toks[end + 1].start] == " " else None
        if named is not None and named.type == "person" and " " in named.text:
            return Attribution(None, (named.start, named.end), "name")  # `одна из организаторов сбора подписей Арина Плешакова`
        if end + 1 < len(toks) and ctx.text[toks[end].end:toks[end + 1].start].strip() == ",":
            named = _name_set_off(ctx, toks, end + 1)
            if named is not None:
                return Attribution(None, (named.start, named.end), "name")  # `один из зрителей, Хоакин Ортис`
        return Attribution(None, (first.start, toks[end].end), "noun", None, "sg")  # `засмеялся один из старичков`
    if first.lower in ctx.lang.GROUP_PRONOUNS:
        return Attribution(None, (first.start, first.end), "group", None, "pl")
    for j in range(k, min(len(toks), k + 2)):
        t = toks[j]
        if j > k and ctx.text[toks[j - 1].end:t.start] != " ":
            return None
        lemmas = {n for n, g, _s in morph.parses(ctx.code, t.lower) if "NOUN" in g and "nomn" in g}
        if t.cap or lemmas & ctx.lang.COLLECTIVE_LEMMAS:
            return Attribution(None, (first.start, t.end), "group", None, "pl") if not t.cap else None
    return None


def _name_set_off(ctx: Context, toks: List[Token], j: int) -> Optional[Name]:
    """The person named in the comma phrase opening at token ``j`` (`, retired Air Force Col. Brian Estrada`)."""
    for i in range(j, min(len(toks), j + 7)):
        t = toks[i]
        gap = ctx.text[toks[i - 1].end:t.start] if i > j else ""
        if gap.startswith(".") and toks[i - 1].lower + "." in ctx.lang.TITLES:
            gap = gap[1:]  # `Col. Brian Estrada`
        if any(c in gap for c in ",.;:!?()“”\"\n"):
            return None
        name = ctx.name_at(t.start)
        if name is not None and name.type == "person":
            return name  # past `Air Force` to `Col. Brian Estrada`
    return None


def _animate_noun_after(ctx: Context, toks: List[Token], k: int, limit: int) -> Optional[Attribution]:
    """`— Зима, — пожала плечами жена`: an unnamed person in the nominative after the verb."""
    for j in range(k, min(len(toks), k + min(limit, 4))):
        t = toks[j]
        if j > k and any(c in ctx.text[toks[j - 1].end:t.start] for c in ".,;:!?()«»—–\n"):
            return None
        if t.cap:
            return None
        parses = morph.parses(ctx.code, t.lower)
        if parses and "NOUN" in parses[0][1] and "anim" in parses[0][1] and "nomn" in parses[0][1] and "plur" not in parses[0][1]:
            return Attribution(None, (t.start, t.end), "noun")
        if j == k and ctx.text[t.end:t.end + 1] in (".", ",", "!", "?", "…", ";", "") and _substantive(ctx.code, parses):
            return Attribution(None, (t.start, t.end), "noun")  # `— сказал управляющий.`: an adjective standing for a noun
    return None


def _substantive(code: str, parses) -> bool:
    """An adjective or participle in the nominative singular standing for a noun: one the Russian dictionary
    marks as able to (`управляющий`, `дежурный`), or any such Ukrainian one, which its dictionary does not mark (`черговий`)."""
    top = parses[0][1] if parses else frozenset()
    return {"nomn", "sing"} <= top and bool({"ADJF", "PRTF"} & top) and ("Subx" in top if code == "ru" else "masc" in top or "femn" in top)


def _determined_noun_after(ctx: Context, toks: List[Token], k: int) -> Optional[Attribution]:
    """`said the ruling.`: a determiner and one or two lower-case words ending the clause."""
    text = ctx.text
    if toks[k].lower not in ctx.lang.DETERMINERS or toks[k].lower in ("that", "this", "these", "those"):
        return None
    for e in range(k + 1, min(len(toks), k + 3)):
        w = toks[e]
        if w.cap or w.lower in NOT_NOUNS or w.lower in ctx.lang.CLAUSE_WORDS or text[toks[e - 1].end:w.start] != " ":
            return None
        after = text[w.end:w.end + 1]
        if after in (".", ",", ";", "") or after == "\n":
            return Attribution(None, (toks[k].start, w.end), "noun")
    return None


_ROLE_AFTER = regex.compile(r"((?: [a-z][a-z-]*){1,3}) \p{Lu}")


def modifies_a_role(text: str, lang: ModuleType, end: int) -> bool:
    """The name ending at ``end`` is followed by lower-case words ending in a role noun and another
    name: it modifies that role (`Park campaign spokesman Tom Reyes`)."""
    m = _ROLE_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    return words[-1] in lang.ROLE_NOUNS and not any(
        w in lang.CUE_VERBS or w in lang.DETERMINERS or w in _LINKS_AND_VERBS or w.endswith(("ed", "ing")) for w in words)


_LINKS_AND_VERBS = frozenset("and or of to for with by at in on met hit sent told saw sues thanks is was".split())


def _serves_someone(ctx: Context, tok: Token) -> bool:
    """A role held for a person named after it: `пресс-секретарь`, `помічник`, `адвокат`."""
    return any(n in ctx.lang.SERVANT_LEMMAS for n, _g, _s in morph.parses(ctx.code, tok.lower))


def _can_be_genitive(ctx: Context, name: Name) -> bool:
    """Every word of ``name`` has a genitive person reading (`Вячеслава Гладкова`)."""
    return all(any("gent" in g and ("Name" in g or "Surn" in g or "Patr" in g) for _, g, _ in morph.parses(ctx.code, w))
               for w in name.text.split())
