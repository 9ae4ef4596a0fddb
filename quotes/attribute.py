"""Attribute quote regions: find the reporting verb (cue) and the speaker mention.

For each region the attribution is looked for, in order, in the author's words
of a dialogue turn, in the rest of the sentence after the quote (`“…,” he
said`), and in the sentence before it (`Kirby said: “…”`, `по словам X, «…»`).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from types import ModuleType
from typing import List, Optional, Sequence, Tuple

import regex

from . import morph
from .find import Region
from .names import Name
from .tokens import Token, tokenize

Span2 = Tuple[int, int]


@dataclass
class Attribution:
    """Where a region's cue and speaker mention are, and what the mention is."""

    cue: Optional[Span2]
    mention: Optional[Span2]
    mention_kind: Optional[str]  # pronoun | name | role | org | group
    gender: Optional[str] = None
    number: Optional[str] = None
    rule: str = ""
    side: str = ""


class Cues:
    """Decides whether a token is a reporting verb and what gender it marks."""

    def __init__(self, lang: ModuleType):
        self.lang = lang
        self.code = lang.CODE
        self._cache: dict = {}

    def check(self, word: str) -> Tuple[bool, Optional[str], Optional[str]]:
        """(is cue, gender m/f/n or None, number sg/pl or None)."""
        hit = self._cache.get(word)  # cached as written too: the answer depends only on the lower case
        if hit is not None:
            return hit
        key = word.lower()
        hit = self._cache.get(key)
        if hit is not None:
            self._cache[word] = hit
            return hit
        if self.code == "en":
            hit = (key in self.lang.CUE_VERBS, None, None)
        else:
            hit = (key in self.lang.CUE_FORMS or key in self.lang.IMPERSONAL, None, None)
            for normal, grams, _ in morph.parses(self.code, key):
                if normal in self.lang.CUE_LEMMAS and ({"VERB", "INFN", "GRND"} & grams):
                    gender = "m" if "masc" in grams else "f" if "femn" in grams else "n" if "neut" in grams else None
                    number = "pl" if "plur" in grams else "sg" if ("sing" in grams or gender) else None
                    hit = (True, gender, number)
                    break
        self._cache[key] = self._cache[word] = hit
        return hit

    def is_cue(self, word: str) -> bool:
        return self.check(word)[0]


class Context:
    """Everything attribution needs about one document."""

    def __init__(self, text: str, lang: ModuleType, names: Sequence[Name], cues: Cues, quoted: Optional[bytearray] = None):
        self.text = text
        self.lang = lang
        self.code = lang.CODE
        self.cues = cues
        self.names = list(names)
        self.name_starts = [n.start for n in self.names]
        self.quoted = quoted  # 1 at offsets inside quotes

    def in_quote(self, pos: int) -> bool:
        return bool(self.quoted is not None and pos < len(self.quoted) and self.quoted[pos])

    def name_at(self, start: int) -> Optional[Name]:
        i = bisect.bisect_left(self.name_starts, start)
        if i < len(self.names) and self.names[i].start == start:
            return self.names[i]
        return None

    def name_covering(self, pos: int) -> Optional[Name]:
        i = bisect.bisect_right(self.name_starts, pos) - 1
        if i >= 0 and self.names[i].start <= pos < self.names[i].end:
            return self.names[i]
        return None

    def name_ending(self, end: int) -> Optional[Name]:
        i = bisect.bisect_right(self.name_starts, end) - 1
        while i >= 0 and self.names[i].end >= end - 3:
            n = self.names[i]
            if end - 3 <= n.end <= end:
                return n
            i -= 1
        return None


def _pronoun(ctx: Context, tok: Token) -> Optional[Tuple[Optional[str], str]]:
    if tok.lower in ctx.lang.SUBJECT_PRONOUNS:
        return ctx.lang.PRONOUNS[tok.lower]
    return None


def _noun_kind(ctx: Context, tok: Token) -> Optional[str]:
    """role | org | group when the token heads such a noun phrase."""
    low = tok.lower
    if ctx.code == "en":
        forms = [low[:-2] if low.endswith(("’s", "'s")) else low]
    else:
        forms = [n for n, grams, _ in morph.parses(ctx.code, low) if "NOUN" in grams or n in ctx.lang.ORG_LEMMAS]
    for normal in forms:
        for kind, lemmas in (("role", ctx.lang.ROLE_LEMMAS), ("org", ctx.lang.ORG_LEMMAS), ("group", ctx.lang.GROUP_LEMMAS)):
            if normal in lemmas:
                return kind
    return None


def _nominative_ok(ctx: Context, tok: Token) -> bool:
    if ctx.code == "en":
        return True
    ps = morph.parses(ctx.code, tok.lower)
    return not ps or any(morph.is_nominative(g) for _, g, _ in ps)




def _name_nominative(ctx: Context, words: List[Token]) -> bool:
    """A name can be nominative: by its first name when it opens on one, else by its last word."""
    by_first = morph.first_name_nominative(ctx.code, [w.text for w in words])
    return by_first if by_first is not None else _nominative_ok(ctx, words[-1])


def _inverted_pronoun(ctx: Context, tok: Token) -> bool:
    """`said he.` / `said she,` end their clause; `said he would` reports what he would do."""
    nxt = ctx.text[tok.end:tok.end + 1]
    return tok.lower in ("he", "she") and (nxt == "" or nxt in ".,;!?\n")


def _speaker_after(ctx: Context, toks: List[Token], k: int, limit: int) -> Optional[Attribution]:
    """Inverted order: `said John Kirby`, `сказал он`, `заявил глава региона Гладков`."""
    text = ctx.text
    if k >= len(toks):
        return None
    first = toks[k]
    if any(c in text[toks[k - 1].end:first.start] for c in ".!?;:\n"):
        return None
    unnamed = _unnamed_after(ctx, toks, k) if ctx.code != "en" else None
    if unnamed is not None:
        return unnamed
    p = _pronoun(ctx, first)
    if p is not None:
        if ctx.code == "en" and not _inverted_pronoun(ctx, first):
            return None  # `saying it would`, `said they were`: the pronoun starts the reported clause
        return Attribution(None, (first.start, first.end), "pronoun", p[0], p[1])
    if ctx.code == "en" and (first.lower in ctx.lang.TIME_WORDS or first.lower in ("to", "for", "about", "of", "with", "by", "that")):
        return None
    best = None
    role_tok = None
    j = k
    skip_next = skip_first = False
    subject_noun = False
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
            if named is not None and named.type == "person" and _nominative_ok(ctx, toks[j]):
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
            if ctx.code != "en" and role_tok is not None and not _name_nominative(ctx, toks[j:j + len(name.text.split())]):
                j += 1
                continue  # `заступник голови Рівненської облдержадміністрації … Іван Ковальчук`
            if ctx.code != "en" and role_tok is not None and _serves_someone(ctx, role_tok[0]) and _can_be_genitive(ctx, name):
                t0 = role_tok[0]  # `пресс-секретарь Вячеслава Гладкова`: his press secretary speaks, not he
                return Attribution(None, (t0.start, name.end), "servant")
            return Attribution(None, (name.start, name.end), "name")
        if ctx.code != "en" and t.lower in ctx.lang.HONORIFICS and j + 1 < len(toks) and toks[j + 1].cap:
            j += 1
            continue
        if j == k and ctx.code != "en" and name is None and not t.cap and _animate_subject(ctx, t):
            subject_noun = True
            role_tok = role_tok or (t, "role")
        if name is not None and name.type == "organization" and best is None:
            best = Attribution(None, (name.start, name.end), "org")
        if name is None and ctx.code != "en" and t.cap and role_tok is None and best is None and _nominative_ok(ctx, t):
            end = t.end
            if j + 1 < len(toks) and toks[j + 1].cap and text[t.end:toks[j + 1].start] == " ":
                end = toks[j + 1].end
            best = Attribution(None, (t.start, end), "name")
        kind = _noun_kind(ctx, t)
        owner = ctx.code == "en" and t.text.endswith(("’s", "'s"))  # `the group’s director`: the director
        if kind and role_tok is None and not owner and (ctx.code == "en" or _nominative_ok(ctx, t)):
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
                and toks[nxt].lower not in ctx.lang.CLAUSE_WORDS and _genitive_noun(ctx, toks[nxt])):
            end = toks[nxt].end  # not `старик и`: a conjunction opens the next clause
        start = toks[k].start if ctx.code == "en" else t.start
        return Attribution(None, (start, end), kind)
    if best is None and ctx.code == "en":
        return _determined_noun_after(ctx, toks, k)
    if best is None and ctx.code != "en":
        return _animate_noun_after(ctx, toks, k, limit)
    return best


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


def _speaker_after_cue(ctx: Context, toks: List[Token], k: int, limit: int) -> Optional[Attribution]:
    """The speaker after a cue; in ru/uk, past any adverbial words standing between them."""
    if ctx.code != "en" and k < len(toks):
        j = _past_adverbials(ctx, toks, k)
        if j > k:
            att = _speaker_after(ctx, toks, j, limit)
            if att is not None:
                return att
    return _speaker_after(ctx, toks, k, limit)


_ONE = frozenset("один одна одно одни".split())  # `один из них`, `одна з жінок`: someone of many, unnamed
_OUT_OF = frozenset("из изо із з зі".split())


def _unnamed_after(ctx: Context, toks: List[Token], k: int) -> Optional[Attribution]:
    """`сказал кто-то в толпе`, `гукнув хтось`: a speaker with no name; `вигукнула літня пара`: a group."""
    first = toks[k]
    if first.lower in ctx.lang.INDEFINITE:
        return Attribution(None, (first.start, first.end), "noun", None, "sg")
    if first.lower in _ONE and k + 2 < len(toks) and toks[k + 1].lower in _OUT_OF:
        end = k + 2
        while end + 1 < min(len(toks), k + 5) and ctx.text[toks[end].end:toks[end + 1].start] == " " \
                and not toks[end + 1].cap and any("NOUN" in g or "ADJF" in g for _, g, _ in morph.parses(ctx.code, toks[end + 1].lower)[:1]):
            end += 1  # `один из местных жителей`
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
    return None


def _determined_noun_after(ctx: Context, toks: List[Token], k: int) -> Optional[Attribution]:
    """`said the ruling.`: a determiner and one or two lower-case words ending the clause."""
    text = ctx.text
    if toks[k].lower not in ctx.lang.DETERMINERS or toks[k].lower in ("that", "this", "these", "those"):
        return None
    for e in range(k + 1, min(len(toks), k + 3)):
        w = toks[e]
        if w.cap or w.lower in _NOT_NOUNS or w.lower in ctx.lang.CLAUSE_WORDS or text[toks[e - 1].end:w.start] != " ":
            return None
        after = text[w.end:w.end + 1]
        if after in (".", ",", ";", "") or after == "\n":
            return Attribution(None, (toks[k].start, w.end), "noun")
    return None


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


def _animate_subject(ctx: Context, tok: Token) -> bool:
    """A common animate noun in the nominative right after the verb is its subject (`сказал кучер`)."""
    for normal, grams, _ in morph.parses(ctx.code, tok.lower):
        if "NOUN" in grams and "anim" in grams and morph.is_nominative(grams) and not ({"Name", "Surn", "Patr"} & grams):
            return True
    return False


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


def _speaker_before(ctx: Context, toks: List[Token], k: int, floor: int) -> Optional[Attribution]:
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
                and (name is None or not _nominative_ok(ctx, toks[m])) \
                and _name_nominative(ctx, [x for x in inner if x.start >= named.start]):
            return Attribution(None, (named.start, named.end), "name")  # `Тренер Ворсиной, … Николай Лыткин, рассказал`
        if name is not None and name.type != "organization":
            if ctx.code == "en" and not name.hint and " " not in name.text:
                earlier = _speaker_before(ctx, toks, m + 1, floor) if m + 1 < k else None
                if earlier is not None and earlier.mention_kind == "name":
                    return earlier  # `Neil Warren, the attorney general of Kansas, one of the states …, said`
            return Attribution(None, (name.start, name.end), "name")
        p = _pronoun(ctx, toks[m])
        if p is not None:
            return Attribution(None, (toks[m].start, toks[m].end), "pronoun", p[0], p[1])
        return _determined_noun(ctx, toks, m, floor) if ctx.code == "en" else None  # `One woman, who …, asked:`
    if ctx.code == "en" and t.lower == "and":
        return _coordinated_subject(ctx, toks, j, floor)  # `he leaned into the microphone and said`
    p = _pronoun(ctx, t)
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
            p = _pronoun(ctx, tm)
            if p is not None:
                return Attribution(None, (tm.start, tm.end), "pronoun", p[0], p[1])
            name = ctx.name_ending(tm.end)
            if name is not None and name.end > tm.start and _nominative_ok(ctx, toks[m]):  # the name is this word, not one before `В`
                return Attribution(None, (name.start, name.end), "org" if name.type == "organization" else "name")
    kind = _noun_kind(ctx, t)
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
            if ctx.code != "en" and not _nominative_ok(ctx, prev) and _nominative_ok(ctx, toks[s]):
                break  # `со стороны депутатов пресс-секретарь Кремля`: a genitive never comes before its head
            s -= 1
            if ctx.code == "en" and prev.lower in ctx.lang.DETERMINERS:
                break
            if ctx.code != "en" and kind == "org" and _noun_kind(ctx, prev) == "role":
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
        if _noun_kind(ctx, t) == "group" and toks[m + 1].lower.endswith("ing"):
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


def _serves_someone(ctx: Context, tok: Token) -> bool:
    """A role held for a person named after it: `пресс-секретарь`, `помічник`, `адвокат`."""
    return any(n in ctx.lang.SERVANT_LEMMAS for n, _g, _s in morph.parses(ctx.code, tok.lower))


def _can_be_genitive(ctx: Context, name: Name) -> bool:
    """Every word of ``name`` has a genitive person reading (`Вячеслава Гладкова`)."""
    return all(any("gent" in g and ("Name" in g or "Surn" in g or "Patr" in g) for _, g, _ in morph.parses(ctx.code, w))
               for w in name.text.split())


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
    p = _pronoun(ctx, t)
    if p is not None:
        return Attribution(None, (t.start, t.end), "pronoun", p[0], p[1])
    name = ctx.name_at(t.start)
    if name is not None and name.type != "organization" and name.end <= toks[j].start:
        return Attribution(None, (name.start, name.end), "name")
    return None


def _determined_noun(ctx: Context, toks: List[Token], j: int, floor: int) -> Optional[Attribution]:
    """An unnamed English subject opening its clause: `,” the letter reads`, `my father said`."""
    t = toks[j]
    if t.cap or t.lower in ctx.lang.DETERMINERS or t.lower in _NOT_NOUNS or t.lower in ctx.lang.CLAUSE_WORDS:
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
        if w.lower in _NOT_NOUNS or w.lower in ctx.lang.CLAUSE_WORDS or ctx.cues.is_cue(w.text):
            return None
    return None


_INDEFINITES = frozenset("one another each every some".split())  # `One donor told the paper`
_NOT_NOUNS = frozenset("not also then still only just never often always once later again now even who which that "
                       "it he she they we i you there here and or but".split())


def _clause_subject(ctx: Context, toks: List[Token], k: int) -> Optional[Attribution]:
    """Subject of the clause a participle hangs on: `Kim said, adding later, “…”` → Kim."""
    fallback = None
    for m in range(k):
        t = toks[m]
        if ctx.in_quote(t.start):
            continue  # `“We can’t pay,” Kim said, adding later, “…”`: not `We`
        kind = _noun_kind(ctx, t)
        if fallback is None and kind == "role":
            fallback = Attribution(None, (t.start, t.end), "role")  # `the band leader …, singing “…”`
        if kind == "group" and ctx.code == "en" and (fallback is None or fallback.mention_kind == "name"):
            return Attribution(None, (t.start, t.end), "group", None, "pl")  # `Protesters …, chanting “…”`
        p = _pronoun(ctx, t)
        if p is not None:
            return Attribution(None, (t.start, t.end), "pronoun", p[0], p[1])
        name = ctx.name_at(t.start)
        if name is None or name.type == "organization" or name.text.isupper():
            continue  # `LONDON —` datelines, organisations
        nxt = next((x for x in toks[m + 1:k] if x.start >= name.end), None)
        if name.type != "person" and nxt is not None and _noun_kind(ctx, nxt) == "role":
            continue  # `the New York businessman said, arguing …`: a modifier of the role
        if name.type == "person":
            return Attribution(None, (name.start, name.end), "name")
        fallback = fallback or Attribution(None, (name.start, name.end), "name")
    return fallback


def _impersonal(ctx: Context, toks: List[Token], k: int) -> Attribution:
    """`говорится в сообщении пресс-службы`: the document's author, if named, speaks; else no one."""
    text = ctx.text
    att = Attribution((toks[k].start, toks[k].end), None, None, rule="impersonal", side="after")
    j = k + 1
    if j < len(toks) and toks[j].lower in ctx.lang.PREPOSITIONS:
        j += 1
        # `в сообщении пресс-службы`: the document is passed over, its author speaks
        if j < len(toks) and any(n in ctx.lang.DOCUMENT_NOUNS for n, _g, _s in morph.parses(ctx.code, toks[j].lower)):
            j += 1
    if j < len(toks) and not any(c in text[toks[k].end:toks[j].start] for c in ".;:!?\n"):
        end = j
        while end + 1 < len(toks) and end - j < 2 and text[toks[end].end:toks[end + 1].start] == " ":
            end += 1
        att.mention = (toks[j].start, toks[end].end)
        att.mention_kind = "org"
    return att


def colon_subject(ctx: Context, start: int, end: int) -> Optional[Attribution]:
    """`Sanders made the following comment:` with no reporting verb: the subject of a sentence
    that ends in a colon before a quote speaks it."""
    if ctx.text[start:end].rstrip(" \u00a0\n")[-1:] != ":":
        return None
    text = ctx.text
    toks = tokenize(text, start, end)
    for i, t in enumerate(toks):
        opens = i == 0 or text[toks[i - 1].end:t.start].strip() == ","  # `On July 6, Sanders made …:`
        if not opens or ctx.in_quote(t.start):
            continue
        p = _pronoun(ctx, t)
        name = ctx.name_at(t.start)
        if p is None and (name is None or name.type == "organization" or not _recurs(ctx, name)):
            continue  # `Twenty minutes later, he followed up:` is no one called Twenty
        e = t.end if p is not None else name.end
        after = next((x for x in toks[i + 1:] if x.start >= e), None)
        if after is None or after.cap or text[e:after.start].strip():
            continue  # only `Name verb …:`, not `In Kyiv, Ukraine’s …:`
        if p is not None:
            return Attribution(None, (t.start, e), "pronoun", p[0], p[1], rule="colon_subject", side="before")
        return Attribution(None, (t.start, e), "name", rule="colon_subject", side="before")
    return _named_in_subject(ctx, toks) if ctx.code != "en" else None


def _named_in_subject(ctx: Context, toks: List[Token]) -> Optional[Attribution]:
    """The person named in a ru/uk sentence's subject phrase, before its verb (`Её сосед, программист Артём
    Кулешов, настроен скептически:`): past nouns, adjectives and possessives, one name in the nominative."""
    text = ctx.text
    for i, t in enumerate(toks[:10]):
        if i and text[toks[i - 1].end:t.start].strip() not in ("", ","):
            return None
        name = ctx.name_at(t.start)
        if name is not None and name.type == "person":
            words = [x for x in toks[i:i + 4] if x.end <= name.end]
            return Attribution(None, (name.start, name.end), "name", rule="colon_subject", side="before") \
                if _name_nominative(ctx, words) else None
        parses = morph.parses(ctx.code, t.lower)
        if not parses or not ({"NOUN", "ADJF", "PRTF"} & parses[0][1] or any("Apro" in g for _, g, _ in parses)):
            return None
    return None


def _recurs(ctx: Context, name: Name) -> bool:
    """A person's name, or a capitalised word the text names someone by more than once."""
    return name.type == "person" or sum(1 for n in ctx.names if n.key == name.key) > 1


def subject_in(ctx: Context, start: int, end: int) -> Optional[Attribution]:
    """The person a stretch of narration is about: its first pronoun or name (`пожал плечами Иван`)."""
    for t in tokenize(ctx.text, start, end):
        p = _pronoun(ctx, t)
        if p is not None:
            return Attribution(None, (t.start, t.end), "pronoun", p[0], p[1], rule="dialogue_subject")
        name = ctx.name_at(t.start)
        if name is not None and name.type != "organization" and _nominative_ok(ctx, t):
            return Attribution(None, (name.start, name.end), "name", rule="dialogue_subject")
        if ctx.code != "en" and not t.cap and _animate_subject(ctx, t) and not _function_word(ctx, t):
            return Attribution(None, (t.start, t.end), "role", rule="dialogue_subject")  # `— Школа! — генерал отложил вилку.`
    return None


def _function_word(ctx: Context, tok: Token) -> bool:
    """A conjunction, particle, preposition or interjection, whatever rarer noun readings it has (`и`, the letter)."""
    return any({"CONJ", "PRCL", "PREP", "INTJ"} & g for _, g, _ in morph.parses(ctx.code, tok.lower))


def attribute_clause(ctx: Context, start: int, end: int, side: str) -> Optional[Attribution]:
    """The cue and speaker in ``text[start:end]``; ``side`` says where the quote is.

    ``after``: the clause follows the quote, so the first cue counts;
    ``before``: it precedes the quote, so the last cue counts.
    """
    # Cues count only near the quote (45 words before it, 12 after), so read no further.
    if side == "before":
        start = max(start, end - 400)
    else:
        end = min(end, start + 400)
    toks = tokenize(ctx.text, start, end)
    if not toks:
        return None
    order = range(len(toks)) if side != "before" else range(len(toks) - 1, -1, -1)
    relayed = _words_of(ctx, toks, side) if ctx.code != "en" else None
    if relayed is not None:
        return relayed
    according = _according(ctx, toks, start, end, side)
    for k in order:
        t = toks[k]
        if side == "after" and k > 12:
            break
        if side == "before" and len(toks) - k > 45:
            break
        ok, gender, number = ctx.cues.check(t.text)
        last = k + 1 if ctx.code == "en" and _phrasal_cue(ctx, toks, k) else k
        if not ok and last == k:
            continue
        if ctx.code == "en" and t.lower in ctx.lang.FRAMING_VERBS and side != "before":
            continue
        if ctx.code == "en" and k > 0 and toks[k - 1].lower in ctx.lang.DETERMINERS and toks[k - 1].end + 1 == t.start:
            continue  # `called the report “misleading”`: a noun, not `reported`
        if side == "after" and ctx.code == "en" and ctx.text[toks[last].end:toks[last].end + 1] == ":":
            return None  # `“A.” Park herself said: “B.”`: the clause introduces the next quote
        if side == "after" and ctx.code != "en" and k > 0 and ctx.text[t.end:t.end + 1] == ":":
            return None  # `«A!», прибывшие украинцы ответили: «B!»`: the clause introduces B
        if t.lower in ctx.lang.IMPERSONAL:
            return _impersonal(ctx, toks, k)
        att = None
        if side == "after" and k == 0:
            att = _speaker_after_cue(ctx, toks, last + 1, 8 if ctx.code == "en" else 16)
            if att is None:
                att = _speaker_before(ctx, toks, k, 0)
        else:
            att = _speaker_before(ctx, toks, k, 0)
            if att is None and ctx.code != "en" and side == "before":
                att = _opening_noun(ctx, toks, k, gender)
            if att is None and not (ctx.code == "en" and t.lower in ctx.lang.ADDRESSEE_VERBS):
                att = _speaker_after_cue(ctx, toks, last + 1, 8)
        if att is None and ctx.code == "en" and t.lower.endswith("ing"):
            att = _clause_subject(ctx, toks, k)
        if att is None:
            att = Attribution(None, None, None)
        att.cue = (t.start, toks[last].end)
        if gender and att.gender is None:
            att.gender = gender
        if number and att.number is None:
            att.number = number
        att.side = side
        att.rule = f"cue_{side}"
        if according is not None and att.mention is None:
            return according
        if att.mention is None and ctx.code != "en" and att.number == "pl" and side != "before" and k == 0:
            return _impersonal(ctx, toks, k)  # `— сообщили в пресс-службе музея`: they-reported, no person
        if att.mention is None and ctx.code != "en" and att.number == "pl":
            att.mention = _place_of_speech(ctx, toks, k)  # `У пресслужбі ДСНС заявили: «…»`
            att.mention_kind = "org" if att.mention is not None else None
        if att.mention is None and ctx.code != "en" and att.number == "pl":
            att.mention = _plural_subject_before(ctx, toks, k)  # `украинцы в зале ответили: «…»`
            att.mention_kind = "group" if att.mention is not None else None
        if att.mention_kind == "role" and ctx.code != "en" and _plural_head(ctx, att.mention):
            att.mention_kind = "group"  # `ответили жители села`: many people, not one to look for
        return att
    return according


def _opening_noun(ctx: Context, toks: List[Token], k: int, gender: Optional[str]) -> Optional[Attribution]:
    """ru/uk: an animate noun in the nominative opening the sentence, after its adjectives, is the subject of the verb
    at ``k`` whatever stands between (`Літня жінка в першому ряду вигукнула: «…»`), if its gender fits the verb's."""
    for m in range(min(3, k)):
        t = toks[m]
        if any(c in ctx.text[t.end:toks[m + 1].start] for c in ".!?;:«»\n"):
            return None
        found = morph.parses(ctx.code, t.lower)[:2]
        if any({"NOUN", "anim", "nomn"} <= g and not ({"Name", "Surn", "Patr", "plur"} & g)
               and (gender not in ("m", "f") or ("masc" if gender == "m" else "femn") in g) for _n, g, _s in found):
            if ctx.name_at(t.start) is not None:
                return None
            top = next(g for _n, g, _s in found if {"NOUN", "anim", "nomn"} <= g)
            return Attribution(None, (toks[0].start, t.end), "role", gender or ("m" if "masc" in top else "f" if "femn" in top else None), "sg")
        if not found or "ADJF" not in found[0][1] or "nomn" not in found[0][1]:
            return None
    return None


def _phrasal_cue(ctx: Context, toks: List[Token], k: int) -> bool:
    """Two words that report speech together: `shot back`, `followed up`, `chimed in`."""
    return k + 1 < len(toks) and toks[k + 1].lower in ctx.lang.PHRASAL_PARTICLES and ctx.text[toks[k].end:toks[k + 1].start] == " " \
        and f"{toks[k].lower} {toks[k + 1].lower}" in ctx.lang.PHRASAL_CUES


def _according(ctx: Context, toks: List[Token], start: int, end: int, side: str) -> Optional[Attribution]:
    """`according to X`, `по словам X`, `за словами X`."""
    text = ctx.text
    low = text[start:end].lower()
    for phrase in ctx.lang.ACCORDING:
        at = low.find(phrase)
        while at >= 0:
            if at == 0 or not low[at - 1].isalpha():
                cue = (start + at, start + at + len(phrase))
                owner = next((t for t in toks if cue[0] < t.start < cue[1] and t.lower in ctx.lang.PRONOUNS), None)
                if owner is not None:  # `по её словам, анализ ДНК «…»`: hers, whatever follows
                    p = ctx.lang.PRONOUNS[owner.lower]
                    return Attribution(cue, (owner.start, owner.end), "pronoun", p[0], p[1], rule="according", side=side)
                after = [i for i, t in enumerate(toks) if t.start >= cue[1]]
                if after:
                    k = after[0]
                    t = toks[k]
                    if t.lower in ("его", "её", "ее", "их", "його", "її", "їх", "their", "his", "her"):
                        p = ctx.lang.PRONOUNS.get(t.lower, (None, None))
                        return Attribution(cue, (t.start, t.end), "pronoun", p[0], p[1], rule="according", side=side)
                    name = ctx.name_at(t.start) or _name_after_role(ctx, toks, k)
                    att = _genitive_role(ctx, toks, k) if name is None and ctx.code != "en" else None
                    att = att or _speaker_after(ctx, toks, k, 6)
                    if name is not None:
                        att = Attribution(None, (name.start, name.end), "org" if name.type == "organization" else "name")
                    if att is not None:
                        att.cue = cue
                        att.rule = "according"
                        att.side = side
                        return att
                    return Attribution(cue, None, None, rule="according", side=side)
            at = low.find(phrase, at + 1)
    return None


def _genitive_role(ctx: Context, toks: List[Token], k: int) -> Optional[Attribution]:
    """`по словам учёного`, `за словами посадовця`: a role noun in the genitive is whose words these are."""
    att = _owner_of_words(ctx, toks, k)
    return att if att is not None and att.mention_kind in ("role", "noun", "servant") else None


def _words_of(ctx: Context, toks: List[Token], side: str) -> Optional[Attribution]:
    """`приводит Reuters слова X`, `наводить агентство слова X`: X speaks, not the one passing the words on."""
    reach = range(min(len(toks), 13)) if side != "before" else range(max(0, len(toks) - 45), len(toks))
    for k in reach:
        t = toks[k]
        if not any(n in ctx.lang.RELAY_LEMMAS for n, _g, _s in morph.parses(ctx.code, t.lower)):
            continue
        for j in range(k + 1, min(len(toks), k + 5)):
            if any(c in ctx.text[toks[j - 1].end:toks[j].start] for c in ".,;:!?«»“”()\n—–"):
                break
            if toks[j].lower in ctx.lang.WORDS_FORMS:
                att = _owner_of_words(ctx, toks, j + 1)
                if att is not None:
                    att.cue = (t.start, toks[j].end)
                    att.rule = "according"  # the owner is in the genitive, as after `по словам`
                    att.side = side
                return att
    return None


def _owner_of_words(ctx: Context, toks: List[Token], j: int) -> Optional[Attribution]:
    """Whose words start at ``j``: a name, a role with its name, or someone unnamed serving another (`представителя генсека ООН`)."""
    text = ctx.text
    if j >= len(toks) or any(c in text[toks[j - 1].end:toks[j].start] for c in ".,;:!?«»“”()\n—–"):
        return None
    first = toks[j]
    while j + 1 < len(toks) and not toks[j].cap and text[toks[j].end:toks[j + 1].start] == " " \
            and any("ADJF" in g and "gent" in g for _, g, _ in morph.parses(ctx.code, toks[j].lower)):
        j += 1  # `официального представителя`
    head = toks[j]
    name = ctx.name_at(head.start)
    if name is not None and head is first:
        return Attribution(None, (name.start, name.end), "org" if name.type == "organization" else "name")
    if head.cap or not _person_noun(ctx, head):
        return None
    holder = end = j  # the last person noun before a name is the one the name belongs to
    for m in range(j + 1, min(len(toks), j + 6)):
        t = toks[m]
        if any(c in text[toks[m - 1].end:t.start] for c in ".,;:!?«»“”()\n—–"):
            break
        name = ctx.name_at(t.start)
        if t.cap and not t.text.isupper() and (name is None or name.type != "organization"):
            if holder == j:
                return Attribution(None, (t.start, name.end if name is not None else t.end), "name")
            return Attribution(None, (first.start, toks[m - 1].end), "servant")
        if not (t.text.isupper() or (name is not None and name.type == "organization") or _genitive_noun(ctx, t)):
            break
        holder = m if _person_noun(ctx, t) else holder
        end = m
    if _noun_kind(ctx, head) == "role":
        return Attribution(None, (first.start, toks[end].end), "role")  # `слова губернатора`: named before, maybe
    return Attribution(None, (first.start, toks[end].end), "noun")  # `слова очевидца`: someone never named


def _person_noun(ctx: Context, tok: Token) -> bool:
    """A common animate noun in the genitive (`представителя`, `генсека`, `президента`)."""
    return any("NOUN" in g and "anim" in g and "gent" in g and not ({"Name", "Surn", "Patr"} & g)
               for _, g, _ in morph.parses(ctx.code, tok.lower))


def _genitive_noun(ctx: Context, tok: Token) -> bool:
    """A noun or adjective in the genitive, part of a genitive chain (`генсека ООН`, `міської ради`)."""
    return any(("NOUN" in g or "ADJF" in g) and "gent" in g for _, g, _ in morph.parses(ctx.code, tok.lower))


def _place_of_speech(ctx: Context, toks: List[Token], k: int) -> Optional[Tuple[int, int]]:
    """`в/у` and an organisation right before a plural reporting verb: who speaks (`У пресслужбі ДСНС заявили`)."""
    for m in range(k - 1, max(-1, k - 6), -1):
        if any(c in ctx.text[toks[m].end:toks[m + 1].start] for c in ".,;:!?«»“”\n"):
            return None
        if toks[m].lower in ("в", "во", "у", "на") and m + 1 < k:
            head = toks[m + 1]
            if head.cap or _noun_kind(ctx, head) == "org":
                return toks[m + 1].start, toks[k - 1].end
            return None
    return None


def _plural_noun(ctx: Context, tok: Token) -> bool:
    """A ru/uk noun in the nominative plural naming people (`украинцы`, `бізнесмени`, `власти`)."""
    for normal, grams, _ in morph.parses(ctx.code, tok.lower):
        if "NOUN" in grams and "plur" in grams and "nomn" in grams and (
                "anim" in grams or normal in ctx.lang.GROUP_LEMMAS or tok.lower in ctx.lang.GROUP_LEMMAS):
            return True
    return False


def _plural_subject_before(ctx: Context, toks: List[Token], k: int) -> Optional[Tuple[int, int]]:
    """The plural noun subject a few words before a plural verb, not after a preposition (`украинцы в зале ответили`)."""
    for m in range(k - 1, max(-1, k - 7), -1):
        t = toks[m]
        if any(c in ctx.text[t.end:toks[m + 1].start] for c in ".,;:!?«»“”()\n—–"):
            return None
        if t.lower in ctx.lang.CLAUSE_WORDS or ctx.name_at(t.start) is not None or _pronoun(ctx, t) is not None:
            return None
        if m > 0 and toks[m - 1].lower in ctx.lang.PREPOSITIONS:
            continue
        if _plural_noun(ctx, t):
            return t.start, t.end
    return None


def _plural_head(ctx: Context, span: Optional[Span2]) -> bool:
    """The first noun in the nominative in ``span`` is a plural one: the mention names a group."""
    if span is None:
        return False
    for t in tokenize(ctx.text, span[0], span[1]):
        parses = [g for _, g, _ in morph.parses(ctx.code, t.lower) if "NOUN" in g and "nomn" in g]
        if parses:
            return all("plur" in g for g in parses) and _plural_noun(ctx, t)
    return False


def _name_after_role(ctx: Context, toks: List[Token], k: int) -> Optional[Name]:
    """`за словами голови обласної адміністрації Віталія Гусака`: the person after the role words."""
    for j in range(k + 1, min(len(toks), k + 7)):
        if any(c in ctx.text[toks[j - 1].end:toks[j].start] for c in ",.;:!?«»“”()\n—–"):
            return None
        name = ctx.name_at(toks[j].start)
        if name is not None and name.type != "organization":
            return name
    return None


def clause_after(ctx: Context, region: Region, sentence_end: int, next_open: int) -> Optional[Tuple[int, int]]:
    """The stretch after a quote's closing mark that may hold its reporting clause."""
    text = ctx.text
    pos = (region.close_at + 1) if region.close_at >= 0 else region.end
    end = min(sentence_end, next_open)
    if pos >= end:
        return None
    head = text[pos:min(end, pos + 4)].lstrip(" \u00a0")
    if region.close_at >= 0 and text[region.close_at - 1:region.close_at] in (".",) and head[:1].isupper() and ctx.code == "en":
        return None
    return pos, end
