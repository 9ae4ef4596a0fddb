"""read → find quotes → attribute speakers: the extraction pipeline for one document."""
from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Tuple

import regex

from . import agreement
from . import lang as langs
from . import morph
from .attribute import attribute_clause, clause_after, colon_subject, subject_in
from .context import Attribution, Context, Cues
from .declension import vocative_nominative
from .errors import UnknownLanguage
from .find import Region, find_regions
from .kinds import TITLE_MAX_WORDS, QuoteKinds
from .model import Quote, Span, Speaker, shift
from .names import Entity, Name, Registry, prev_token
from .names_cyrillic import cyrillic_names
from .names_en import english_names
from .resolve import SpeakerResolution
from .segments import share_speakers
from .span import inside_any, paragraphs
from .subjects import modifies_a_role
from .tokens import NEXT_WORD, WORD, Sentences, tokenize

_CUES: Dict[str, Cues] = {}
_DASH_SIGN = regex.compile(r"[ \t\u00a0]*[—–―][ \t\u00a0]*")
_LABEL = regex.compile(r"(\p{Lu}[\p{Lu}’'\-]+(?: \p{Lu}[\p{Lu}’'\-]+){0,2}):\s+(?=\S)")
_PLACE_PREPOSITIONS = frozenset(
    "in to from into across of at near over against toward towards throughout within outside inside around".split()
)


def _cues(code: str) -> Cues:
    if code not in _CUES:
        _CUES[code] = Cues(langs.get(code))
    return _CUES[code]


def clear_caches() -> None:
    """Forget cached per-language cue tables, morphology and lazily compiled patterns."""
    from . import declension, morph, names_en, patterns

    _CUES.clear()
    morph.clear_caches()
    names_en.clear_caches()
    declension.clear_caches()
    patterns.clear_caches()


def resolve_lang(text: str, lang: Optional[str]) -> str:
    """The language code to use: the given one (validated) or a guess from the script."""
    if lang in (None, "", "auto"):
        return langs.guess(text)
    if lang not in langs.REGISTRY:
        raise UnknownLanguage(f"unknown language {lang!r}; choose one of: auto, {', '.join(langs.CODES)}")
    return lang


def preload(code: Optional[str] = None) -> None:
    """Import the rules of ``code`` (English when unknown) now, so forked workers need not each do it."""
    langs.get(code or "en")


def extract(text: str, lang: Optional[str] = None, include_all: bool = False) -> List[Quote]:
    """Quotes of one document; see :func:`quotes.extract`. With no language given, passages
    in another script (an English article quoting a Russian statement) are read by their own rules."""
    code = resolve_lang(text, lang)
    if not text.strip():
        return []
    if lang in (None, "", "auto"):
        runs = langs.script_runs(text)
        if len(runs) > 1:
            return _extract_runs(text, runs, include_all)
    return _Document(text, code).run(include_all)


def _extract_runs(text: str, runs: List[Tuple[int, int, str]], include_all: bool) -> List[Quote]:
    """Each stretch by its own language's rules, offsets into the whole text, utterances numbered on."""
    out: List[Quote] = []
    for start, end, code in runs:
        if not text[start:end].strip():
            continue
        base = max((q.utterance for q in out), default=-1) + 1
        for q in _Document(text[start:end], code).run(include_all):
            q.utterance += base
            out.append(shift(q, start))
    fuller: Dict[Tuple[str, str], set] = {}
    for q in out:  # `Reyes added` two stretches after `said Mayor Tom Reyes`
        if q.speaker is not None and q.speaker.name and " " in q.speaker.name:
            fuller.setdefault((q.lang, q.speaker.name.split()[-1]), set()).add(q.speaker.name)
    for q in out:
        if q.speaker is not None and q.speaker.name and " " not in q.speaker.name:
            names = fuller.get((q.lang, q.speaker.name), ())
            if len(names) == 1:
                q.speaker = Speaker(next(iter(names)), q.speaker.mention, q.speaker.role, q.speaker.type)
    return out


class _Document(SpeakerResolution, QuoteKinds):
    def __init__(self, text: str, code: str):
        self.text = text
        self.code = code
        self.lang = langs.get(code)
        self.cues = _cues(code)

    def _is_cue_span(self, s: int, e: int) -> bool:
        """A reporting verb among the first words of ``text[s:e]``; not an infinitive (`— попрощаться»` is speech)."""
        toks = tokenize(self.text, s, e, 4)
        return any(self.cues.is_cue(t.text) and not (self.code != "en" and _infinitive(self.code, t.lower)) for t in toks)

    def run(self, include_all: bool) -> List[Quote]:
        text = self.text
        self.paras = paragraphs(text)
        regions = find_regions(text, self.code, self._is_cue_span, self.paras)
        if not regions:
            return []
        quoted = sorted((r.start, r.end) for r in regions if r.depth == 0)
        self.quoted = quoted  # the spans of every quote and dialogue turn (turns.py asks whether a word is in one)
        self.sentences = Sentences(text, [(r.open_at, r.end + 1) for r in regions if r.depth == 0 and not r.dialogue], self.lang.ABBREVIATIONS)
        self.para_starts = [p[0] for p in self.paras]
        # Names after the paragraph of the last quote can neither speak nor be pointed back to.
        last = max(r.end for r in regions)
        upto = self.paras[min(len(self.paras) - 1, self._para_of(last) + 1)][1]
        names = english_names(text, self.lang, upto) if self.code == "en" else cyrillic_names(text, self.lang, upto)
        self.registry = Registry(self.code)
        self.document_firsts: Optional[Dict[str, int]] = None  # filled by SpeakerResolution on first need
        self.entity_of: Dict[int, Entity] = {}
        self.strangers: List[Tuple[Speaker, Optional[str], Optional[str], int]] = []  # unnamed speakers so far
        self.stranger_names: Dict[str, Entity] = {}
        self.guessed: set = set()  # ids of those speakers named by a guess a later name may correct
        places = self._place_keys(names)
        prev_name: Optional[Name] = None
        for n in names:
            if n.type == "organization":
                continue
            called = self.code != "en" and inside_any(n.start, quoted) and ", " not in n.text and (  # not `Кречетов, Аполлон Егорович`
                text[n.end:n.end + 1] in (",", "!", "?") or "," in text[max(0, n.start - 2):n.start]) \
                and not self._owned_or_introduced(n.start)
            if called and self._may_be_vocative(n.text.split()[0]):
                n.address = True  # `Остапе Дорохвеєвичу?` in speech: how he is addressed, not named
            if called:
                vocative_nominative(self.code, n, text)  # `Маріко?`, a name the dictionary lacks: `Маріка`, as written elsewhere
            known = self.registry.lookup(n)
            if n.key in places and not n.hint and not (known is not None and known.hint):
                continue  # `in Ukraine`, `of Stary Oskol`; but `to Clinton` once Hillary Clinton is known
            if n.type == "unknown" and known is None and not self._speaker_like(n):
                continue
            if self.code == "en" and self._modifies_a_role(n):
                continue  # `Park campaign spokesman Tom Reyes`: Park is not mentioned as a person here
            if prev_name is not None and agreement.on(self.lang) and agreement.apposed_first_name(text, self.code, prev_name, n):
                known = self.entity_of[prev_name.start]  # `Лободиха, Хівря,`: one woman, Хівря Лободиха
                agreement.join_first_name(known, n)
            self.entity_of[n.start] = self.registry.attach(n, known)
            prev_name = n
        self.person_positions: List[Tuple[int, Entity, bool]] = sorted(
            (s, e, inside_any(s, quoted)) for s, e in self.entity_of.items()
        )
        closed = bytearray(len(text))
        for r in regions:
            if r.closed and not r.dialogue:
                closed[r.start:r.end] = b"\x01" * (r.end - r.start)
        self.ctx = Context(text, self.lang, names, self.cues, closed)
        return self._quotes(regions, include_all)

    def _speaker_once(self, r: Region, att: Attribution, said_by: Dict[Tuple[int, int], Optional[Speaker]]) -> Optional[Speaker]:
        """A ru/uk mention that attributes both parts of a turn split by its reporting clause (`— A, — сказал старик.
        — B.`) is resolved once: the second part is no answer to the first."""
        if self.code == "en" or att.mention is None or not r.dialogue:
            return self._speaker(r, att)
        if att.mention not in said_by:
            said_by[att.mention] = self._speaker(r, att)
        return said_by[att.mention]

    def _may_be_vocative(self, word: str) -> bool:
        """Whether a name's first word can be a form of address: always, unless the language's dictionary marks the
        vocative and knows this word only in other cases, or as a vocative only of a plural or an adjective (uk `Охрім
        Несторенко,` names him; `Охріме,` calls him; `Левкові!`, his dative, calls no one)."""
        if not getattr(self.lang, "MARKS_VOCATIVE", False):
            return True
        if not morph.known(self.code, word.lower()):
            return word[-1:].lower() in "аеєиіїоуюяь'’"  # uk calls `Мемете`, `Паладійко`; `Возьміт,` (dialect `take`) calls no one
        return any({"voct", "NOUN"} <= g and "plur" not in g for _n, g, _s in morph.parses(self.code, word.lower()))  # not `Левкові!`

    def _place_keys(self, names: List[Name]) -> set:
        """Keys of names that follow a preposition of place somewhere (`in Ukraine`, `of Stary Oskol`)."""
        if self.code != "en":
            return set()
        after = [n for n in names if n.prev_word in _PLACE_PREPOSITIONS and not _after_according(self.text, n.start)]
        places = {n.key for n in after if n.type != "person"}
        # two capitalised words (`in Fort Lauderdale`) are a place too, unless they speak (`from Ann Lynch` … `Lynch said`)
        twos = {n.key for n in after if n.type == "person" and not n.hint}
        return places | (twos - {n.key for n in names if n.key in twos and self._speaker_like(n)})

    def _modifies_a_role(self, n: Name) -> bool:
        """A name used as a modifier: `the Clinton campaign`, or followed by lower-case words ending
        in a role noun and another name (`Park campaign spokesman Tom Reyes`)."""
        if n.prev_word in ("the", "a", "an") and _LOWER_NOUN_AFTER.match(self.text, n.end):
            return True
        nxt = NEXT_WORD.match(self.text, n.end)
        if (n.type != "person" or " " not in n.text) and nxt is not None and nxt.group(1) in self.lang.ROLE_NOUNS:
            return True  # `the former Virginia governor`
        return modifies_a_role(self.text, self.lang, n.end)

    def _speaker_like(self, n: Name) -> bool:
        """A lone capitalised word counts as a person when a reporting verb is next to it."""
        text = self.text
        after = NEXT_WORD.match(text, n.end)
        before = prev_token(text, n.start)
        if after is not None and self.cues.is_cue(after.group(1)) or _after_according(text, n.start):
            return True
        return before is not None and not text[before.end:n.start].strip() and self.cues.is_cue(before.text)

    # ------------------------------------------------------------ per region

    def _para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _quotes(self, regions: List[Region], include_all: bool) -> List[Quote]:
        text = self.text
        out: List[Quote] = []
        tops = [r for r in regions if r.depth == 0]
        # Short quoted names (`«Світанок»`) and marks left open mid-paragraph (typos) do not cut a clause short.
        opens = sorted(r.open_at for r in tops if not _name_like(text[r.start:r.end])
                       and (r.closed or r.dialogue or r.open_at in self.para_starts))
        results: Dict[int, Tuple[str, Optional[Attribution]]] = {}
        for r in tops:
            att = self._transcript_label(r) or self._attribution(r, opens)
            kind = self._kind(r, att)
            results[id(r)] = (kind, att)
        prev_speaker: Optional[Speaker] = None
        prev_region: Optional[Region] = None
        utter = -1
        last_utter_key = None
        history: List[Optional[Speaker]] = []
        prev_cue = None
        self._last_turn: Optional[Region] = None
        self._last_turn_speaker: Optional[Speaker] = None
        self._turn_opens = sorted(r.open_at for r in tops)
        said_by: Dict[Tuple[int, int], Optional[Speaker]] = {}
        children: Dict[int, List[Region]] = {}
        for child in regions:
            if child.depth > 0 and child.parent is not None:
                children.setdefault(id(regions[child.parent]), []).append(child)
        for r in tops:
            kind, att = results[id(r)]
            if kind == "other" and not include_all:
                continue
            speaker = self._speaker_once(r, att, said_by) if att is not None else None
            inherited = False
            if (speaker is None or not speaker.name and not speaker.mention) and kind == "direct" and (att is None or att.mention is None) \
                    and not (att is not None and att.rule == "impersonal"):
                found = self._inherit(r, prev_region, prev_speaker, history)
                if found is not None:
                    speaker, inherited = found, True
            speaker = self._introduce(r, speaker, att is not None and att.mention_kind == "name")
            key = r.utterance if (r.dialogue or r.mark == "—" or r.author_before or r.author_after) else None
            same = (
                prev_region is not None
                and kind != "other"
                and (
                    (key is not None and key == last_utter_key)
                    or r.continued
                    or (att is None and inherited and self._para_of(r.open_at) == self._para_of(prev_region.open_at))
                    or (att is not None and prev_cue is not None and att.cue == prev_cue)  # “A,” he said, “B.”
                )
            )
            prev_cue = att.cue if att is not None else None
            if not same:
                utter += 1
            last_utter_key = key
            conf = 0.9 if att is not None and att.mention is not None else 0.6 if speaker is not None else 0.4
            if kind == "other":
                conf = 0.3
            q = Quote(
                text=text[r.start:r.end],
                start=r.start,
                end=r.end,
                kind=kind,
                speaker=speaker,
                cue=Span(att.cue[0], att.cue[1], text[att.cue[0]:att.cue[1]]) if att is not None and att.cue else None,
                utterance=utter,
                lang=self._quote_lang(r.start, r.end),
                confidence=conf,
                rule=(att.rule if att is not None else ("inherited" if inherited else "none")),
            )
            out.append(q)
            if kind in ("direct", "partial"):
                prev_speaker = speaker
                prev_region = r
                if r.dialogue and not same:
                    self._last_turn = r
                    self._last_turn_speaker = speaker
                elif r.dialogue and self._last_turn_speaker is not None and not self._last_turn_speaker.name \
                        and speaker is not None and speaker.name and self._last_turn_speaker.type == "person":
                    self._last_turn_speaker.name = speaker.name  # `— A, — говорил хозяин. — B? — обратился он`: one speaker
                if (r.dialogue or kind == "direct") and not same:
                    history.append(speaker)
                elif history and history[-1] is None:
                    history[-1] = speaker
            for child in children.get(id(r), ()):
                inner = text[child.start:child.end]
                words = tokenize(text, child.start, min(child.end, child.start + 200), TITLE_MAX_WORDS + 1)
                introduced = text[max(r.start, child.open_at - 3):child.open_at].rstrip().endswith(":")
                if self._title_like(words, inner, text[child.end + 1:child.end + 3]) and not include_all and not introduced:
                    continue  # a name or title in the quote; `говорят мне: „Нам страшно“` is speech
                if kind != "other" or include_all:
                    out.append(Quote(
                        text=text[child.start:child.end], start=child.start, end=child.end, kind="nested",
                        speaker=None, cue=None, utterance=utter, lang=self._quote_lang(child.start, child.end), confidence=0.5, rule="nested",
                    ))
        out.sort(key=lambda q: (q.start, -q.end))
        if self.code != "en":
            self._named_by_narration()  # `Звали цыгана … Лачо`: the stranger's turns take the name given at last
        share_speakers(out)
        return out

    def _quote_lang(self, start: int, end: int) -> str:
        """A quote's own language by its script: a Russian quote can sit in an English article."""
        body = self.text[start:end]
        if not any(ch.isalpha() for ch in body):
            return self.code
        guessed = langs.guess(body)
        if guessed == "en" or self.code == "en":
            return guessed
        return self.code

    def _attribution(self, r: Region, opens: List[int]) -> Optional[Attribution]:
        text = self.text
        ctx = self.ctx
        if r.author_after is not None:
            att = attribute_clause(ctx, r.author_after[0], r.author_after[1], "after")
            if att is not None:
                if att.rule != "impersonal":
                    att.rule = "dialogue_after" if r.dialogue else "inline_after"
                return att
            if r.dialogue:
                att = subject_in(ctx, r.author_after[0], r.author_after[1])
                if att is not None:
                    return att
        if r.author_before is not None:
            # `— A, — сказала Шталь, …, в которых Кити заметила …. — B`: the author's words open with their verb
            att = attribute_clause(ctx, r.author_before[0], r.author_before[1], "after")
            if att is not None:
                att.rule = "dialogue_before" if r.dialogue else "inline_before"
                return att
        if r.dialogue:
            return self._colon_paragraph(r)  # `Костя спросил:⏎— Когда ты уедешь?`
        pi = self._para_of(r.open_at)
        ps, pe = self.paras[pi]
        close = r.close_at if r.close_at >= 0 else r.end
        s_end = self.sentences.end(close + 1, pe)
        k = bisect.bisect_right(opens, close)
        next_open = opens[k] if k < len(opens) else len(text)
        after = clause_after(ctx, r, s_end, next_open)
        if after is None and r.close_at >= 0 and close + 1 < min(s_end, next_open) and self._name_follows(close + 1):
            after = (close + 1, min(s_end, next_open))  # `“…done.” Neil Warren, the attorney general, said`
        if after is not None:
            att = self._dash_name(after[0], min(pe, next_open))
            if att is not None:
                return att
        if after is not None and self._tight_after(r, after[0]):
            att = attribute_clause(ctx, after[0], after[1], "after")
            if att is not None and att.cue is not None and self._cue_near(after[0], att.cue[0]):
                return att
        s_start = self.sentences.start(r.open_at, ps)
        k = bisect.bisect_left(opens, r.open_at) - 1
        floor = max(s_start, opens[k] if k >= 0 else 0)
        if floor < r.open_at:
            att = _with_colon_subject(ctx, attribute_clause(ctx, floor, r.open_at, "before"), floor, r.open_at)
            if att is not None:
                return att
        if after is not None:
            att = attribute_clause(ctx, after[0], after[1], "late")
            if att is not None and att.cue is not None:
                return att
        return self._colon_paragraph(r)

    def _colon_paragraph(self, r: Region) -> Optional[Attribution]:
        """`Гладков сказал:` closing the paragraph before one that opens with the quote or turn."""
        pi = self._para_of(r.open_at)
        ps = self.paras[pi][0]
        if pi == 0 or self.text[ps:r.open_at].strip(" \t\u00a0—–-") != "":
            return None
        qs, qe = self.paras[pi - 1]
        if self.text[qs:qe].rstrip()[-1:] != ":":
            return None
        qe = qs + len(self.text[qs:qe].rstrip())
        s_start = self.sentences.start(qe - 1, qs)
        att = _with_colon_subject(self.ctx, attribute_clause(self.ctx, s_start, qe, "before"), s_start, qe)
        if self.code != "en" and (att is None or att.mention is None):
            att = self._colon_role(att, s_start, qe)
        if att is not None and att.rule != "colon_subject":
            att.rule = "colon_paragraph"
        return att

    def _colon_role(self, att: Optional[Attribution], start: int, end: int) -> Optional[Attribution]:
        """A role noun in the nominative opening a sentence that ends in a colon (`Господиня, бачачи …,
        поспішила втрутитися:`) is who speaks next, whatever the verb; keeps any cue found."""
        w = WORD.search(self.text, start, end)
        if w is None or w.start() in self.entity_of or not w.group()[:1].isupper():
            return att
        top = morph.parses(self.code, w.group().lower())[:1]
        if not top or not {"NOUN", "anim", "nomn"} <= top[0][1] or {"Name", "Surn", "Patr"} & top[0][1]:
            return att
        gender = "f" if "femn" in top[0][1] else "m" if "masc" in top[0][1] else None
        return Attribution(att.cue if att is not None else None, (w.start(), w.end()), "role", gender, "sg",
                           rule="colon_subject", side="before")

    def _dash_name(self, start: int, end: int) -> Optional[Attribution]:
        """`«…» – Джемілєв`, `“…” ― Pamela Padilla`: a dash and a bare name sign the quote."""
        text = self.text
        m = _DASH_SIGN.match(text, start, end)
        if m is None:
            return None
        toks = tokenize(text, m.end(), end)
        if not toks or len(toks) > 5 or not all(t.cap for t in toks) or toks[0].start != m.end():
            return None
        if text[toks[-1].end:end].strip(" \u00a0.") != "":
            return None
        name = self.ctx.name_at(toks[0].start)
        s, e = (name.start, name.end) if name is not None else (toks[0].start, toks[-1].end)
        return Attribution(None, (s, e), "name", rule="dash_name", side="after")

    def _transcript_label(self, r: Region) -> Optional[Attribution]:
        """`"WALLACE: …` in a transcript: the label names the speaker; the quote starts after it."""
        m = _LABEL.match(self.text, r.start, r.end)
        if m is None or r.dialogue:
            return None
        r.start = m.end()
        s, e = m.span(1)
        return Attribution(None, (s, e), "name", rule="transcript_label", side="before")

    def _tight_after(self, r: Region, pos: int) -> bool:
        """The words after a quote can be its reporting clause (`,” he said`, `», — сказал`)."""
        text = self.text
        body_end = text[r.end - 1:r.end]
        gap = text[pos:pos + 3].lstrip(" \u00a0")
        if gap[:1] in ",—–-":
            return True
        if body_end in ",!?…" or (body_end == "." and self.code != "en"):
            return True
        toks = tokenize(text, pos, min(len(text), pos + 60), 3)
        if not toks:
            return False
        if self.cues.is_cue(toks[0].text):
            return True
        if len(toks) > 1 and self.cues.is_cue(toks[1].text) and (toks[0].cap or toks[0].lower in self.lang.SUBJECT_PRONOUNS):
            return True
        return self._name_follows(pos)

    def _name_follows(self, pos: int) -> bool:
        """A person's name opens the words after a quote (`” Neil Warren, the attorney general, said`)."""
        toks = tokenize(self.text, pos, min(len(self.text), pos + 40), 1)
        name = self.ctx.name_at(toks[0].start) if toks else None
        return name is not None and name.type != "organization" and not self.text[pos:toks[0].start].strip(" \u00a0")

    def _cue_near(self, start: int, cue_start: int) -> bool:
        limit = 16 if self._name_follows(start) else 8
        return len(self.text[start:cue_start].split()) <= limit


def _after_according(text: str, pos: int) -> bool:
    """`according to Fowler`: a source, not a place (`to Ohio`)."""
    return text[max(0, pos - 13):pos].lower() == "according to "


def _with_colon_subject(ctx: Context, att: Optional[Attribution], start: int, end: int) -> Optional[Attribution]:
    """An attribution that found no speaker takes the subject of a clause ending in a colon
    (`Lena Park made the following remark:`), keeping any cue it found."""
    if att is not None and att.mention is not None:
        return att
    subject = colon_subject(ctx, start, end)
    if subject is None:
        return att
    if att is not None:
        subject.cue = att.cue
    return subject


def _name_like(body: str) -> bool:
    """Short or all-capitalised quoted text without sentence punctuation: `«Світанок»`, `«ТОВ «Група Мельника»»`."""
    words = body.split()
    if body.rstrip()[-1:] in ".!?…,":
        return False
    return len(words) <= 2 or (len(words) <= 6 and all(w.lstrip("«„“\"'")[:1].isupper() for w in words))


_LOWER_NOUN_AFTER = regex.compile(r" (?!(?:said|says|told|added|and|or|is|was|has|had|who|of)\b)[a-z]{3,}")


def _infinitive(code: str, word: str) -> bool:
    """The word reads first as an infinitive (`попрощаться`, `сказати`)."""
    top = morph.parses(code, word)[:1]
    return bool(top) and ("INFN" in top[0][1] or "infn" in top[0][1])
