"""Speech relayed through a phrase rather than a cue verb: according to X, по словам X, слова X, and plural or
place subjects (в пресс-службе заявили).
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from . import morph
from .context import Attribution, Context, Span2, genitive_noun, noun_kind, pronoun_reading
from .names import Name
from .subjects import speaker_after
from .tokens import Token, tokenize


def according_phrase(ctx: Context, toks: List[Token], start: int, end: int, side: str) -> Optional[Attribution]:
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
                    att = att or speaker_after(ctx, toks, k, 6)
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


def words_of(ctx: Context, toks: List[Token], side: str) -> Optional[Attribution]:
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
        if not (t.text.isupper() or (name is not None and name.type == "organization") or genitive_noun(ctx, t)):
            break
        holder = m if _person_noun(ctx, t) else holder
        end = m
    if noun_kind(ctx, head) == "role":
        return Attribution(None, (first.start, toks[end].end), "role")  # `слова губернатора`: named before, maybe
    return Attribution(None, (first.start, toks[end].end), "noun")  # `слова очевидца`: someone never named


def _person_noun(ctx: Context, tok: Token) -> bool:
    """A common animate noun in the genitive (`представителя`, `генсека`, `президента`)."""
    return any("NOUN" in g and "anim" in g and "gent" in g and not ({"Name", "Surn", "Patr"} & g)
               for _, g, _ in morph.parses(ctx.code, tok.lower))


_AND = frozenset("і та й и".split())


def _oblique(ctx: Context, tok: Token, cases: frozenset) -> bool:
    """A noun or adjective with a reading in one of ``cases``, or an abbreviation (`ДСНС`)."""
    found = morph.parses(ctx.code, tok.lower)
    if found and {"PREP", "CONJ", "PRCL", "NPRO"} & found[0][1]:
        return False  # `по`, also read as the name of a letter
    return tok.text.isupper() or any({"NOUN", "ADJF"} & g and cases & g for _n, g, _s in found)


def org_phrase_end(ctx: Context, toks: List[Token], j: int) -> int:
    """The last token of the organisation named from ``toks[j]`` on: its genitive words, joined by `і`/`та`, and a
    place after `у`/`в` (`управлінні транспорту і зв’язку міської ради`, `управлінні ДСНС України у Полтавській
    області`)."""
    end = j
    while end + 1 < len(toks) and ctx.text[toks[end].end:toks[end + 1].start] == " " and _adjective_only(ctx, toks[end]):
        end += 1  # `Державному архіві`: the head noun after its adjectives
    while end + 1 < len(toks) and end - j < 10 and ctx.text[toks[end].end:toks[end + 1].start] == " ":
        nxt = toks[end + 1]
        after = toks[end + 2] if end + 2 < len(toks) and ctx.text[nxt.end:toks[end + 2].start] == " " else None
        if nxt.lower in _AND and after is not None and _oblique(ctx, after, _GENITIVE) and not after.cap:
            end += 2
        elif nxt.lower in _PLACE_CASE and after is not None and after.cap and ctx.name_at(after.start) is None:
            end += 2  # `у Полтавській області`, `МЧС по Хабаровскому краю`
            while end + 1 < len(toks) and ctx.text[toks[end].end:toks[end + 1].start] == " " \
                    and _oblique(ctx, toks[end + 1], _PLACE_CASE[nxt.lower]) and not ctx.name_at(toks[end + 1].start):
                end += 1
        elif (_oblique(ctx, nxt, _GENITIVE) or nxt.cap) and ctx.name_at(nxt.start) is None \
                or ctx.name_at(nxt.start) is not None and ctx.name_at(nxt.start).type == "organization":
            end += 1
        else:
            break
    return end


def _adjective_only(ctx: Context, tok: Token) -> bool:
    """The word reads first as an adjective (`Державному`, `Головному`; a noun only as slang)."""
    found = morph.parses(ctx.code, tok.lower)[:1]
    return bool(found) and "ADJF" in found[0][1]


_GENITIVE = frozenset({"gent"})
_LOCATIVE = frozenset({"loct", "loc2"})
_PLACE_CASE = {"у": _LOCATIVE, "в": _LOCATIVE, "по": frozenset({"datv"})}  # a place closing an organisation's name


def place_of_speech(ctx: Context, toks: List[Token], k: int) -> Optional[Tuple[int, int]]:
    """`в/у` and an organisation right before a plural reporting verb: who speaks (`У пресслужбі ДСНС заявили`)."""
    for m in range(k - 1, max(-1, k - 6), -1):
        if any(c in ctx.text[toks[m].end:toks[m + 1].start] for c in ".,;:!?«»“”\n"):
            return None
        if toks[m].lower in ("в", "во", "у", "на") and m + 1 < k:
            head = toks[m + 1]
            if head.cap or noun_kind(ctx, head) == "org":
                return toks[m + 1].start, toks[max(k - 1, min(org_phrase_end(ctx, toks, m + 1), k - 1))].end
            return None
    return None


def _plural_noun(ctx: Context, tok: Token) -> bool:
    """A ru/uk noun in the nominative plural naming people (`украинцы`, `бізнесмени`, `власти`)."""
    for normal, grams, _ in morph.parses(ctx.code, tok.lower):
        if "NOUN" in grams and "plur" in grams and "nomn" in grams and (
                "anim" in grams or normal in ctx.lang.GROUP_LEMMAS or tok.lower in ctx.lang.GROUP_LEMMAS):
            return True
    return False


def plural_subject_before(ctx: Context, toks: List[Token], k: int) -> Optional[Tuple[int, int]]:
    """The plural noun subject a few words before a plural verb, not after a preposition (`украинцы в зале ответили`)."""
    for m in range(k - 1, max(-1, k - 7), -1):
        t = toks[m]
        if any(c in ctx.text[t.end:toks[m + 1].start] for c in ".,;:!?«»“”()\n—–"):
            return None
        if t.lower in ctx.lang.CLAUSE_WORDS or ctx.name_at(t.start) is not None or pronoun_reading(ctx, t) is not None:
            return None
        if m > 0 and toks[m - 1].lower in ctx.lang.PREPOSITIONS:
            continue
        if _plural_noun(ctx, t):
            return t.start, t.end
    return None


def plural_head(ctx: Context, span: Optional[Span2]) -> bool:
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
