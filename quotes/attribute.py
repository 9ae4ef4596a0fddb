"""Attribute quote regions: find the reporting verb (cue) and the speaker mention.

For each region the attribution is looked for, in order, in the author's words
of a dialogue turn, in the rest of the sentence after the quote (`“…,” he
said`), and in the sentence before it (`Kirby said: “…”`, `по словам X, «…»`).
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from . import morph
from .context import Attribution, Context, animate_subject, name_nominative, nominative_ok, noun_kind, pronoun_reading
from .find import Region
from .names import Name
from .patterns import compile_later
from .relayed import according_phrase, org_phrase_end, place_of_speech, plural_head, plural_subject_before, words_of
from .subjects import speaker_after_cue
from .subjects_before import speaker_before
from .tokens import Token, tokenize


def _clause_subject(ctx: Context, toks: List[Token], k: int) -> Optional[Attribution]:
    """Subject of the clause a participle hangs on: `Kim said, adding later, “…”` → Kim."""
    fallback = None
    for m in range(k):
        t = toks[m]
        if ctx.in_quote(t.start):
            continue  # `“We can’t pay,” Kim said, adding later, “…”`: not `We`
        kind = noun_kind(ctx, t)
        if fallback is None and kind == "role":
            fallback = Attribution(None, (t.start, t.end), "role")  # `the band leader …, singing “…”`
        if kind == "group" and ctx.code == "en" and (fallback is None or fallback.mention_kind == "name"):
            return Attribution(None, (t.start, t.end), "group", None, "pl")  # `Protesters …, chanting “…”`
        p = pronoun_reading(ctx, t)
        if p is not None:
            return Attribution(None, (t.start, t.end), "pronoun", p[0], p[1])
        name = ctx.name_at(t.start)
        if name is None or name.type == "organization" or name.text.isupper():
            continue  # `LONDON —` datelines, organisations
        nxt = next((x for x in toks[m + 1:k] if x.start >= name.end), None)
        if name.type != "person" and nxt is not None and noun_kind(ctx, nxt) == "role":
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
            if j + 1 < len(toks) and toks[j].lower in ctx.lang.PREPOSITIONS:
                j += 2  # `в сообщении на сайте клуба`: where it was published, then who published it
    if j < len(toks) and not any(c in text[toks[k].end:toks[j].start] for c in ".;:!?\n"):
        end = org_phrase_end(ctx, toks, j)
        named = _QUOTED_NAME.match(text, toks[end].end)  # `у прес-службі КП «Міськводоканал»`: the body's name
        att.mention = (toks[j].start, named.end() if named is not None else toks[end].end)
        att.mention_kind = "org"
    return att


_QUOTED_NAME = compile_later(r"[ \u00a0][«\"“][^»\"”\n]{1,60}[»\"”]")


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
        p = pronoun_reading(ctx, t)
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
                if name_nominative(ctx, words) else None
        parses = morph.parses(ctx.code, t.lower)
        if not parses or not ({"NOUN", "ADJF", "PRTF"} & parses[0][1] or any("Apro" in g for _, g, _ in parses)):
            return None
    return None


def _recurs(ctx: Context, name: Name) -> bool:
    """A person's name, or a capitalised word the text names someone by more than once."""
    return name.type == "person" or sum(1 for n in ctx.names if n.key == name.key) > 1


def subject_in(ctx: Context, start: int, end: int) -> Optional[Attribution]:
    """The person a stretch of narration is about: its first pronoun or name (`пожал плечами Иван`)."""
    for i, t in enumerate(tokenize(ctx.text, start, end)):
        p = pronoun_reading(ctx, t)
        if p is not None:
            return Attribution(None, (t.start, t.end), "pronoun", p[0], p[1], rule="dialogue_subject")
        name = ctx.name_at(t.start)
        if name is not None and name.type != "organization" and nominative_ok(ctx, t):
            return Attribution(None, (name.start, name.end), "name", rule="dialogue_subject")
        if ctx.code != "en" and (not t.cap or i == 0) and animate_subject(ctx, t) and not _function_word(ctx, t):
            # `— Школа! — генерал отложил вилку.`, `— Графиня поджала губы`; the verb tells the gender (`старшина почухав`)
            return Attribution(None, (t.start, t.end), "role", _verb_gender(ctx, t.end), rule="dialogue_subject")
    return None


def _verb_gender(ctx: Context, end: int) -> Optional[str]:
    """m/f of a singular past-tense verb right after ``end``, if the next word is one."""
    nxt = tokenize(ctx.text, end, min(len(ctx.text), end + 40), limit=1)
    top = morph.parses(ctx.code, nxt[0].lower)[:1] if nxt and not ctx.text[end:nxt[0].start].strip() else ()
    if not top or not {"VERB", "past"} <= top[0][1]:
        return None
    return "m" if "masc" in top[0][1] else "f" if "femn" in top[0][1] else None


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
    relayed = words_of(ctx, toks, side) if ctx.code != "en" else None
    if relayed is not None:
        return relayed
    according = according_phrase(ctx, toks, start, end, side)
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
        if side == "after" and k == 0 and ctx.code != "en" and number == "pl" and last + 1 < len(toks) \
                and toks[last + 1].lower in ("в", "во", "у") and ctx.text[t.end:toks[last + 1].start] == " ":
            return _impersonal(ctx, toks, k)  # `– зазначили в управлінні транспорту міської ради`: it speaks
        if side == "after" and k == 0:
            att = speaker_after_cue(ctx, toks, last + 1, 8 if ctx.code == "en" else 16)
            if att is None:
                att = speaker_before(ctx, toks, k, 0)
        else:
            att = speaker_before(ctx, toks, k, 0)
            if att is None and ctx.code != "en" and side in ("before", "after"):
                att = _opening_noun(ctx, toks, k, gender)  # `— Вылечил! — Княгиня пожала плечами.`: she, not the last one named
            if att is None and not (ctx.code == "en" and t.lower in ctx.lang.ADDRESSEE_VERBS):
                att = speaker_after_cue(ctx, toks, last + 1, 8)
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
            att.mention = place_of_speech(ctx, toks, k)  # `У пресслужбі ДСНС заявили: «…»`
            att.mention_kind = "org" if att.mention is not None else None
        if att.mention is None and ctx.code != "en" and att.number == "pl":
            att.mention = plural_subject_before(ctx, toks, k)  # `украинцы в зале ответили: «…»`
            att.mention_kind = "group" if att.mention is not None else None
        if att.mention_kind == "role" and ctx.code != "en" and plural_head(ctx, att.mention):
            att.mention_kind = "group"  # `ответили жители села`: many people, not one to look for
        return att
    if according is None and side == "after" and ctx.code != "en":
        return _inverted_verb(ctx, toks, start)
    return according


_SPEECH_PUNCT = frozenset(" \u00a0,-–—")


def _inverted_verb(ctx: Context, toks: List[Token], start: int) -> Optional[Attribution]:
    """ru/uk: any finite verb right after a quote's comma and dash, followed by its subject, reports the quote
    (`«…», – радіє вчитель Юхим Безрідний`, `— …, — розсердился старшина`): the word order says so."""
    t = toks[0]
    v = 1 if t.lower in ("не", "ні") and len(toks) > 1 else 0  # `– не витерпів молодий козак`
    lead = ctx.text[max(0, start - 4):t.start]  # a dialogue turn's author's words start after their dash
    if not set(ctx.text[start:t.start]) <= _SPEECH_PUNCT or not {"-", "–", "—"} & set(lead):
        return None
    top = [p for p in morph.parses(ctx.code, toks[v].lower)[:2] if "VERB" in p[1] and {"past", "3per"} & p[1]][:1]
    if not top or "impr" in top[0][1]:
        return None  # a past or third-person verb (`хвалиться`, read first as an infinitive), not `— Скажи, — кажу я`
    att = speaker_after_cue(ctx, toks, v + 1, 8)
    if att is None or att.mention_kind not in ("name", "role", "pronoun"):
        return None
    first = next(x for x in toks if x.start >= att.mention[0])
    if _function_word(ctx, first):
        return None  # `— поел и ушёл`: no subject after the verb
    grams = top[0][1]
    att.cue = (t.start, toks[v].end)
    att.gender = att.gender or ("m" if "masc" in grams else "f" if "femn" in grams else None)
    att.number = att.number or ("pl" if "plur" in grams else "sg")
    att.side = "after"
    att.rule = "cue_after"
    return att


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
