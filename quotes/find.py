"""Find quotation regions: text between quotation marks and dialogue turns.

This stage knows nothing about speakers. It returns every region with the
offsets of its marks, its nesting depth and, for dash dialogue and quotes cut
by an inline reporting clause (`«А, — сказал он, — б»`), the author's words
between segments, which the attribution stage reads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Tuple

from . import morph
from .lang.common import OPENERS, PAIRS
from .lang.cyrillic import AUTHOR_DASH, DIALOGUE_START
from .span import WS, paragraphs, strip

Segment = Tuple[str, int, int]  # ("replica" | "author", start, end)
_MARK = re.compile("[" + re.escape("".join(sorted(set(OPENERS) | set("”»“’›\"'")))) + "]")


@dataclass
class Region:
    """One quoted stretch; ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_at: int
    close_at: int
    mark: str
    depth: int
    para: int
    closed: bool = True
    utterance: int = -1
    author_before: Optional[Tuple[int, int]] = None
    author_after: Optional[Tuple[int, int]] = None
    continued: bool = False
    parent: Optional[int] = None
    notes: List[str] = field(default_factory=list)

    @property
    def dialogue(self) -> bool:
        return self.mark == "—"


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or ch.isdigit()


def _opening_ok(text: str, i: int, ps: int, pe: int, mark: str) -> bool:
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 1] if i + 1 < pe else " "
    if nxt in WS and mark not in "«„":
        return False
    if mark in "‘\"'":
        return not _is_letter(prev)
    return True


def _closing_ok(text: str, i: int, pe: int, mark: str) -> bool:
    nxt = text[i + 1] if i + 1 < pe else " "
    if mark in "’'":
        return not _is_letter(nxt)
    return True


def _closes(opener: str, c: str, text: str, i: int, ps: int, pe: int) -> bool:
    """Whether mark ``c`` closes a quote opened by ``opener``; a mismatched pair of English double marks
    (`"A,” said Ann.`, `“A," said Ann.`) is a typo for a matched one, unless the straight mark opens a quote inside."""
    if c in PAIRS[opener]:
        return True
    if opener == '"' and c == "”":
        return True
    return opener == "“" and c == '"' and not _opening_ok(text, i, ps, pe, c)


def find_marked(text: str, paras: List[Tuple[int, int]]) -> List[Region]:
    """Regions between quotation marks, nested ones included, in order of opening."""
    regions: List[Region] = []
    stack: List[Tuple[str, int, int]] = []  # (mark, open_at, para)
    continuation = False
    for p, (ps, pe) in enumerate(paras):
        carried = bool(stack)
        for m in _MARK.finditer(text, ps, pe):
            i = m.start()
            c = text[i]
            if stack and not _closes(stack[-1][0], c, text, i, ps, pe) and c not in "’'" and _closing_ok(text, i, pe, c):
                for mark, open_at, para in _drop_unclosed_inner(stack, c):  # `“… ‘Sure, that’s right … for.”`
                    s, e = strip(text, open_at + 1, i)
                    if s < e:
                        regions.append(Region(s, e, open_at, -1, mark, len(stack), para, closed=False))
            if stack and _closes(stack[-1][0], c, text, i, ps, pe) and _closing_ok(text, i, pe, c):
                mark, open_at, para = stack.pop()
                s, e = strip(text, open_at + 1, i)
                if s < e:
                    regions.append(Region(s, e, open_at, i, mark, len(stack), para))
                continue
            if c in OPENERS and _opening_ok(text, i, ps, pe, c):
                if c == '"' and stack and stack[-1][0] == '"':
                    continue
                if c == "'" and not stack:
                    continue  # a straight single quote opens only inside a quote: `"a 'wait and see' moment"`
                stack.append((c, i, p))
                continue
            if c == "”" and not stack and (i == ps or text[i - 1] in WS) and i + 1 < pe and _is_letter(text[i + 1]):
                stack.append(("“", i, p))
        continuation = False
        if not stack:
            continue
        nxt = paras[p + 1] if p + 1 < len(paras) else None
        next_opens = nxt is not None and text[nxt[0]] in OPENERS
        closes_later = (
            nxt is not None
            and not carried
            and not next_opens
            and any(ch in PAIRS[stack[0][0]] for ch in text[nxt[0]:nxt[1]] if ch != '"')
        )
        if closes_later:
            continue
        outer: Optional[Region] = None
        while stack:
            mark, open_at, para = stack.pop()
            s, e = strip(text, open_at + 1, pe)
            if s < e:
                outer = Region(s, e, open_at, -1, mark, len(stack), para, closed=False)
                regions.append(outer)
        continuation = next_opens and outer is not None
        if continuation:
            outer.notes.append("continues")
    regions.sort(key=lambda r: (r.open_at, -r.end))
    _link_parents(regions)
    _link_continuations(regions, text, paras)
    return regions


def _drop_unclosed_inner(stack: List[Tuple[str, int, int]], mark: str) -> List[Tuple[str, int, int]]:
    """A closing mark of an outer quote closes it even when single inner marks above it were left
    open (an apostrophe took their closing place): take those inner ones off the stack and return them."""
    for k in range(len(stack) - 2, -1, -1):
        if mark in PAIRS[stack[k][0]]:
            if all(entry[0] in "‘'" for entry in stack[k + 1:]):
                dropped = stack[k + 1:]
                del stack[k + 1:]
                return dropped
            break
    return []


def _link_parents(regions: List[Region]) -> None:
    """Set each region's enclosing region and depth (regions sorted by opening), in linear time."""
    open_ones: List[int] = []
    for i, r in enumerate(regions):
        while open_ones:
            o = regions[open_ones[-1]]
            if o.open_at < r.open_at and r.end <= max(o.end, o.close_at):
                break
            open_ones.pop()
        r.parent = open_ones[-1] if open_ones else None
        r.depth = regions[r.parent].depth + 1 if r.parent is not None else 0
        open_ones.append(i)


def _link_continuations(regions: List[Region], text: str, paras: List[Tuple[int, int]]) -> None:
    """Mark the region that opens a paragraph after an unclosed one as its continuation."""
    starts = {ps: k for k, (ps, _pe) in enumerate(paras)}
    last_top: Optional[Region] = None
    for r in regions:
        if r.depth:
            continue
        if last_top is not None and "continues" in last_top.notes and r.open_at in starts:
            r.continued = True
        last_top = r


def split_turn(text: str, start: int, end: int, is_cue: Callable[[int, int], bool], lang: str = "") -> List[Segment]:
    """Cut a dialogue turn or a quote into replica and author segments.

    ``— А, — сказал он. — Б.`` gives replica ``А``, author ``сказал он``, replica
    ``Б.``. A dash followed by lower-case words after ``, ! ? …`` opens the
    author's words; after a full stop only when a reporting verb follows soon.
    ``is_cue(s, e)`` says whether ``text[s:e]`` holds a reporting verb early on; with ``lang`` (dialogue
    turns only), a sentence about someone after a replica is the author's words too.
    """
    segments: List[Segment] = []
    kind = "replica"
    seg_start = start
    for m in AUTHOR_DASH.finditer(text, start, end):
        cut = m.start()
        before = text[cut - 1] if cut > start else ""
        after_start = m.end()
        if kind == "replica":
            first = text[after_start] if after_start < end else ""
            if text[cut - 3:cut] == "...":
                before = "…"
            if before == "," and first.islower() and _aside_before_cue(text, after_start, end, is_cue):
                continue  # `«…полностью, — по 100 тысяч, — заявил губернатор»`: the first dash is still speech
            if before in ",!?…" and (is_cue(after_start, min(end, after_start + 40))
                                      or (first.islower() and _short_aside(text, after_start, end))):
                pass
            elif before in ".:;»\"”" and is_cue(after_start, min(end, after_start + 40)):
                pass
            elif before in "!?…" and first.islower():
                pass  # `— Я люблю тебе, але... — і, піднявши брови, наказує`: narration goes on in lower case
            elif before.isalpha() and is_cue(after_start, _first_word_end(text, after_start, end)):
                pass  # `— Я привів сотню козаків — відповів Галаган.`: no comma, but the verb comes first
            elif before in "!?…" and _narration_between_dashes(text, after_start, end):
                pass  # `— …холодно! – І він закутався в плед. – Чом …`
            elif before in "!?…." and first.isupper() and _narration_sentence(text, after_start, end, lang):
                pass  # `– Обіцяла! – Баба відмахнулась і вийшла.`: a sentence about someone, with no speech verb
            else:
                continue
            segments.append(("replica", seg_start, cut))
            kind = "author"
        else:
            # `— А я, — сказал Цимбалюк — привел…`: a short clause with its verb may lack the comma
            if before not in ".,:;!?…" and not (len(text[seg_start:cut].split()) <= 4 and is_cue(seg_start, cut)):
                continue
            segments.append(("author", seg_start, cut))
            kind = "replica"
        seg_start = after_start
    segments.append((kind, seg_start, end))
    return segments


def _first_word_end(text: str, start: int, end: int) -> int:
    """Where the word opening ``text[start:end]`` ends."""
    m = re.match(r"\w+", text[start:end])
    return start + (m.end() if m else 0)


_THIRD_PERSON = re.compile(r"(?:І|И|А|Та|Тут)?\s*(?:він|вона|вони|он|она|они)\b")


def _narration_between_dashes(text: str, start: int, end: int) -> bool:
    """A short sentence about him or her (`І він закутався в плед.`) set off by dashes inside a turn."""
    m = AUTHOR_DASH.search(text, start, end)
    if m is None:
        return False
    inner = text[start:m.start()].rstrip()
    return inner[-1:] == "." and len(inner.split()) <= 10 and _THIRD_PERSON.match(inner) is not None


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$|[—–―])")  # `цямрину.— Чому`: a dash right after the stop too
# Speech, not narration, speaks of me and you: `– Ура! – Ми перемогли.`
_FIRST_SECOND = frozenset("я ты мы вы ти ми ви".split())


def _narration_sentence(text: str, start: int, end: int, lang: str) -> bool:
    """A ru/uk sentence ending in a full stop whose first words are a subject in the nominative and then a
    past-tense verb (`Стара махнула рукою й пішла.`): the author's words after a replica, not more speech."""
    if lang not in ("ru", "uk"):
        return False
    stop = _SENTENCE_END.search(text, start, end)
    if stop is None or stop.group()[-1] not in ".…":
        return False
    subject = False
    for k, m in enumerate(list(_WORD.finditer(text, start, stop.start()))[:5]):
        word = m.group().lower()
        if word in _FIRST_SECOND:
            return False
        parses = morph.parses(lang, word)
        if subject and any("VERB" in g and "past" in g for _, g, _ in parses):
            return True
        subject = subject or any(({"NOUN", "NPRO", "ADJF"} & g) and morph.is_nominative(g) for _, g, _ in parses) \
            or (k == 0 and m.group()[:1].isupper() and any("Surn" in g or "plur" in g for _, g, _ in parses))
    return False  # `Тверитинов даже повернулся`: a surname the dictionary reads only as a plural opens it too


def _aside_before_cue(text: str, start: int, end: int, is_cue: Callable[[int, int], bool]) -> bool:
    """A few words with no verb of speech up to a comma and a dash that opens one: `по 100 тысяч, — заявил он`."""
    m = AUTHOR_DASH.search(text, start, end)
    return m is not None and text[m.start() - 1] == "," and len(text[start:m.start()].split()) <= 6 \
        and not is_cue(start, m.start()) and is_cue(m.end(), min(end, m.end() + 40))


def _short_aside(text: str, start: int, end: int) -> bool:
    """Up to six words running to the end of the turn or to the next dash: `, — поел и пошел.`"""
    m = AUTHOR_DASH.search(text, start, end)
    stop = m.start() if m else end
    words = text[start:stop].split()
    if m is None and text[start:stop].rstrip()[-1:] in ("!", "?"):
        return False  # `…, як корову гнала, – він із Ксенею за клунею стояв!`: a dash in speech; narration does not exclaim
    return len(words) <= 6


def find_dialogue(text: str, paras: List[Tuple[int, int]], is_cue: Callable[[int, int], bool],
                  lang: str = "") -> List[Region]:
    """Dialogue turns: paragraphs opening with a dash, split at the author's words."""
    out: List[Region] = []
    dash_paras = [bool(DIALOGUE_START.match(text, ps, pe)) for ps, pe in paras]
    for p, (ps, pe) in enumerate(paras):
        if not dash_paras[p]:
            continue
        m = DIALOGUE_START.match(text, ps, pe)
        segments = split_turn(text, m.end(), pe, is_cue, lang)
        has_author = any(k == "author" for k, _, _ in segments)
        # another turn within two paragraphs (one line of narration may sit between turns)
        neighbours = any(dash_paras[q] for q in range(max(0, p - 2), min(len(paras), p + 3)) if q != p)
        intro = p > 0 and text[paras[p - 1][1] - 1] == ":"
        # a long dash paragraph with no reporting verb among dialogue is more likely narration
        short = len(text[ps:pe].split()) <= 150
        if not (has_author or intro or (neighbours and short)):
            continue
        out.extend(regions_from_segments(text, segments, p, m.end() - 1, dialogue=True))
    return out


def regions_from_segments(
    text: str, segments: List[Segment], para: int, open_at: int, dialogue: bool, mark: str = "—", depth: int = 0
) -> List[Region]:
    """Turn replica segments into regions, each knowing the author's words around it."""
    out: List[Region] = []
    for k, (kind, s, e) in enumerate(segments):
        if kind != "replica":
            continue
        s, e = strip(text, s, e)
        while e > s and text[e - 1] in ",;:" + "—–":
            e -= 1
            s, e = strip(text, s, e)
        if s >= e:
            continue
        r = Region(s, e, open_at if k == 0 else s, -1, "—" if dialogue else mark, depth, para)
        if k > 0 and segments[k - 1][0] == "author":
            r.author_before = strip(text, segments[k - 1][1], segments[k - 1][2])
        if k + 1 < len(segments) and segments[k + 1][0] == "author":
            a_s, a_e = strip(text, segments[k + 1][1], segments[k + 1][2])
            r.author_after = (a_s, a_e)
        out.append(r)
    return out


def find_regions(text: str, lang: str, is_cue: Callable[[int, int], bool],
                 paras: Optional[List[Tuple[int, int]]] = None) -> List[Region]:
    """All regions of a document: marked quotes and, for ru/uk, dialogue turns.

    A ru/uk marked quote cut by an inline reporting clause is split into its
    segments. Utterance ids group segments of one utterance. ``paras`` are the
    document's :func:`paragraphs` when the caller has them already.
    """
    if paras is None:
        paras = paragraphs(text)
    marked = find_marked(text, paras)
    regions: List[Region] = []
    if lang in ("ru", "uk"):
        dialogue = find_dialogue(text, paras, is_cue, lang)
        for r in marked:
            if r.depth == 0 and r.closed:
                segs = split_turn(text, r.start, r.end, is_cue)  # a speaker may set off his own sentences with dashes
                if len(segs) > 1 and segs[-1][0] != "author":  # `«… так не хотят — говорят, долго»`: the author's words never close a quote
                    parts = regions_from_segments(text, segs, r.para, r.open_at, False, r.mark, r.depth)
                    for part in parts:
                        part.close_at = r.close_at if part.end == strip(text, r.start, r.end)[1] else -1
                    if parts:
                        parts[0].open_at = r.open_at
                        regions.extend(parts)
                        continue
            regions.append(r)
        regions.extend(dialogue)
        regions.sort(key=lambda r: (r.start, -r.end))
        _link_parents(regions)
    else:
        regions = marked
    _assign_utterances(regions, text)
    return regions


def _assign_utterances(regions: List[Region], text: str) -> None:
    uid = -1
    prev: Optional[Region] = None
    for r in regions:
        if r.depth:
            r.utterance = regions[r.parent].utterance if r.parent is not None else uid
            continue
        same = prev is not None and (
            r.continued
            or (r.author_before is not None and prev.author_after == r.author_before)
        )
        if not same:
            uid += 1
        r.utterance = uid
        prev = r
