"""Score predicted quotes against gold JSONL: P/R/F1, exact spans, speaker accuracy.

Matching: a predicted span matches a gold one when their overlap covers at
least half of each; matching is one-to-one, largest overlaps first. Predicted
``other`` quotes are ignored; a ``nested`` one is ignored when it lies inside a
matched gold quote; an unmatched prediction that overlaps a gold
``mixed_quotes`` span is "don't care". Gold format: ``../shared/eval/SOURCES.md`` §0.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from .errors import InputError

VERSION = "0.1.0"
MATCH = "overlap50"
_PATRONYMIC = re.compile(r"(?:ович|евич|йович|ьович|ївна|івна|овна|евна|ична|инична)$")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PRONOUNS = set(
    "he she they it i we you him her them "  # en
    "он она они оно я мы вы его её ее их "  # ru
    "він вона вони воно я ми ви його її їх".split()  # uk
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass
class Counts:
    """Tallies for one group of documents (all, one genre, or one language)."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    speaker_total: int = 0
    surname_ok: int = 0
    fullname_ok: int = 0
    ignored_mixed: int = 0
    ignored_nested: int = 0
    ignored_other: int = 0

    def add(self, other: "Counts") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> Dict[str, Any]:
        d: Dict[str, Any] = asdict(self)
        d.update(
            precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4),
            exact_rate=round(self.exact / self.tp, 4) if self.tp else 0.0,
            surname_accuracy=round(self.surname_ok / self.speaker_total, 4) if self.speaker_total else 0.0,
            fullname_accuracy=round(self.fullname_ok / self.speaker_total, 4) if self.speaker_total else 0.0,
        )
        return d


@dataclass
class Report:
    """Scores overall and by genre and language, with the signature that names the settings."""

    signature: str
    total: Counts
    by_genre: Dict[str, Counts] = field(default_factory=dict)
    by_lang: Dict[str, Counts] = field(default_factory=dict)
    unknown_ids: int = 0

    def to_dict(self) -> Dict[str, Any]:
        return {
            "signature": self.signature,
            **self.total.to_dict(),
            "by_genre": {k: v.to_dict() for k, v in self.by_genre.items()},
            "by_lang": {k: v.to_dict() for k, v in self.by_lang.items()},
            "unknown_pred_ids": self.unknown_ids,
        }


def read_jsonl(path: str) -> List[Dict[str, Any]]:
    """Read a JSONL file of objects; a bad line raises InputError naming ``file:line``."""
    from .read import display_name, json_lines, read_text

    name = display_name(path)
    records = []
    for number, record in json_lines(name, read_text(path).split("\n")):
        if not isinstance(record, dict):
            raise InputError(f"{name}:{number}: each line must be a JSON object")
        record["_line"] = number
        records.append(record)
    return records


def check_gold(records: Sequence[Dict[str, Any]], name: str) -> None:
    """Refuse gold records that lack ``id``, ``text`` or well-formed ``quotes`` spans."""
    for r in records:
        where = f"{name}:{r.get('_line', '?')}"
        if "id" not in r or not isinstance(r.get("text"), str):
            raise InputError(f"{where}: a gold line needs \"id\" and \"text\" (see the gold format in docs/score.md)")
        for key in ("quotes", "mixed_quotes"):
            spans = r.get(key, [])
            if not isinstance(spans, list) or not all(_is_span(s) for s in spans):
                raise InputError(f"{where}: \"{key}\" must be a list of objects with integer \"start\" and \"end\"")
            bad = next((s for s in spans if not 0 <= s["start"] <= s["end"] <= len(r["text"])), None)
            if bad is not None:
                raise InputError(f"{where}: a span in \"{key}\" ({bad['start']}–{bad['end']}) does not lie inside the text "
                                 f"(0–{len(r['text'])}) with start ≤ end")


def _is_span(s: Any) -> bool:
    return isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)


def overlaps_enough(a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    """True when the overlap of spans ``a`` and ``b`` is at least half of each."""
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov > 0 and 2 * ov >= a[1] - a[0] and 2 * ov >= b[1] - b[0]


def _overlap(a: Tuple[int, int], b: Tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Sequence[Tuple[int, int]], pred: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs that overlap enough, largest overlap first."""
    pairs = [(-_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
             if overlaps_enough(g, p)]
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def gold_name(q: Dict[str, Any]) -> Tuple[Optional[str], bool]:
    """The gold speaker's full name and whether it is only a mention as written (maybe declined)."""
    for key in ("speaker_resolved", "speaker_resolved_auto"):
        if q.get(key):
            return q[key], False
    return q.get("speaker") or None, True


def name_tokens(name: str) -> List[str]:
    """Lower-case word tokens of a name, ё as е, without Jr./Sr. and a possessive 's."""
    words = [w.casefold().replace("ё", "е").replace("’", "'") for w in _WORD.findall(name or "")]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    return [w for w in words if w not in _SUFFIXES]


def surname(tokens: Sequence[str]) -> Optional[str]:
    """The surname: the last token, or the first in "Surname Name Patronymic" order (Рудь Петро Володимирович)."""
    if not tokens:
        return None
    if len(tokens) == 3 and _PATRONYMIC.search(tokens[2]):
        return tokens[0]
    return tokens[-1]


def stem_equal(a: str, b: str) -> bool:
    """Equal, or sharing a prefix of 4+ letters after which each has at most 3 letters of ending."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 4 and len(a) - n <= 3 and len(b) - n <= 3


def written_name(span: str) -> str:
    """The name inside an annotated source span as written.

    ``Rep. Ana Ortega (D-N.M.), the deputy whip`` → ``Ana Ortega``;
    ``White House deputy spokesman Tom Reyes`` → ``Tom Reyes``. Spans with
    no capitalised word (``the ad’s narrator``) are kept whole.
    """
    head = re.split(r"\s*[,(]|\s+(?:who|of)\s", span, maxsplit=1)[0]
    words = head.split()
    tail: List[str] = []
    for w in reversed(words):
        if w[:1].isupper() and (not w.endswith(".") or len(w) == 2):
            tail.insert(0, w)
        elif tail:
            break
    from .lang import en

    while len(tail) > 1 and (tail[0].lower() in en.TITLES or tail[0].lower() in en.HONORIFICS):
        tail.pop(0)
    return " ".join(tail) if tail else span


def speaker_ok(gold_q: Dict[str, Any], pred_q: Dict[str, Any], lang: str) -> Optional[Tuple[bool, bool]]:
    """(surname ok, full name ok) for one matched pair, or None when gold has no judgeable speaker.

    A gold speaker that is only a pronoun as written (no resolution) cannot be
    judged and is left out. When gold has only a mention as written in ru/uk
    (maybe declined, ``Ольги Блажкевич``), tokens are compared by stem.
    """
    name, as_written = gold_name(gold_q)
    if as_written and name and _swapped(gold_q):
        gold_q = dict(gold_q, speaker=gold_q["cue"], speaker_start=gold_q.get("cue_start"), speaker_end=gold_q.get("cue_end"))
        name = gold_q["speaker"]
    if as_written and name:
        if _common_noun(name) and _same_mention(gold_q, pred_q):
            return True, True
        name = written_name(name)
    gold_tokens = name_tokens(name or "")
    if not gold_tokens or (as_written and all(t in _PRONOUNS for t in gold_tokens)):
        return None
    sp = pred_q.get("speaker") or {}
    pred_name = sp.get("name") or ((sp.get("mention") or {}).get("text") if sp else None)
    pred_tokens = name_tokens(pred_name or "")
    if not pred_tokens:
        return False, False
    loose = as_written and lang in ("ru", "uk")
    same = stem_equal if loose else (lambda a, b: a == b)
    gs, ps = surname(gold_tokens), surname(pred_tokens)
    if gs == gold_tokens[0] != gold_tokens[-1] and len(pred_tokens) == 2 and same(pred_tokens[0], gs):
        ps = pred_tokens[0]  # "Рудь Петро" keeps the gold's Surname-Name order
    sur = same(gs, ps) if gs and ps else False
    full = len(gold_tokens) == len(pred_tokens) and all(same(a, b) for a, b in zip(gold_tokens, pred_tokens))
    return sur, full


def _span(q: Dict[str, Any], key: str) -> Optional[Tuple[int, int]]:
    s, e = q.get(f"{key}_start"), q.get(f"{key}_end")
    return (s, e) if isinstance(s, int) and isinstance(e, int) else None


def _swapped(gold_q: Dict[str, Any]) -> bool:
    """Gold whose source and cue came out swapped (`speaker: "said"`, `cue: "David Plouffe, …"`)."""
    from .lang import en

    speaker, cue = gold_q.get("speaker") or "", gold_q.get("cue") or ""
    return speaker.lower() in en.CUE_VERBS and any(w[:1].isupper() for w in cue.split())


def _common_noun(span: str) -> bool:
    """A source written without a name (`the mayor`, `a friend`, `Обама's former strategist`): its head is lower case."""
    from .lang import en

    head = re.split(r"\s*[,(]|\s+(?:who|of|at|for|from|in|из|с|со|в|во|у|з|із|зі|від|на)\s", span, maxsplit=1)[0].split()
    if not head or all(w.lower() in _PRONOUNS for w in head):
        return False
    described = head[0].lower() in ("the", "a", "an") and head[-1].lower() in en.ROLE_NOUNS  # `the Texas Republican`
    return head[-1][:1].islower() or described


def _same_mention(gold_q: Dict[str, Any], pred_q: Dict[str, Any]) -> bool:
    """A gold speaker that names no one (`the mayor`) is found when the predicted mention overlaps it,
    whatever name it was resolved to."""
    gold = _span(gold_q, "speaker")
    mention = ((pred_q.get("speaker") or {}).get("mention") or {})
    pred = (mention.get("start"), mention.get("end"))
    return gold is not None and isinstance(pred[0], int) and isinstance(pred[1], int) and _overlap(gold, pred) > 0


def score_doc(gold: Dict[str, Any], preds: Sequence[Dict[str, Any]]) -> Counts:
    """Count TP/FP/FN, exact spans and speaker matches for one document."""
    lang = gold.get("lang") or ""
    gold_qs = list(gold.get("quotes") or [])
    mixed = [(m["start"], m["end"]) for m in gold.get("mixed_quotes") or []]
    c = Counts(docs=1, gold=len(gold_qs))
    kept = [p for p in preds if p.get("kind") != "other"]
    c.ignored_other = len(preds) - len(kept)
    main = [p for p in kept if p.get("kind") != "nested"]
    nested = [p for p in kept if p.get("kind") == "nested"]
    gspans = [(g["start"], g["end"]) for g in gold_qs]
    pairs = match(gspans, [(p["start"], p["end"]) for p in main])
    matched_g = {gi for gi, _ in pairs}
    unmatched = [p for i, p in enumerate(main) if i not in {pi for _, pi in pairs}]
    free = [gi for gi in range(len(gold_qs)) if gi not in matched_g]
    nested_pairs = match([gspans[gi] for gi in free], [(p["start"], p["end"]) for p in nested])
    all_pairs = [(gi, main[pi]) for gi, pi in pairs] + [(free[gi], nested[pi]) for gi, pi in nested_pairs]
    taken_nested = {pi for _, pi in nested_pairs}
    matched_spans = [gspans[gi] for gi, _ in all_pairs]
    for i, p in enumerate(nested):
        if i in taken_nested:
            continue
        if any(s <= p["start"] and p["end"] <= e for s, e in matched_spans):
            c.ignored_nested += 1
        else:
            unmatched.append(p)
    for p in unmatched:
        if any(_overlap((p["start"], p["end"]), m) for m in mixed):
            c.ignored_mixed += 1
        else:
            c.fp += 1
    c.tp = len(all_pairs)
    c.fn = len(gold_qs) - c.tp
    c.pred = c.tp + c.fp
    mentions = {p.get("utterance"): (p.get("speaker") or {}).get("mention") for p in reversed(kept)
                if (p.get("speaker") or {}).get("mention")}
    for gi, p in all_pairs:
        g = gold_qs[gi]
        if p.get("speaker") and not p["speaker"].get("mention") and mentions.get(p.get("utterance")):
            p = dict(p, speaker=dict(p["speaker"], mention=mentions[p.get("utterance")]))  # `“A,” he said. “B.”`: his too
        c.exact += (g["start"], g["end"]) == (p["start"], p["end"])
        judged = speaker_ok(g, p, lang)
        if judged is not None:
            c.speaker_total += 1
            c.surname_ok += judged[0]
            c.fullname_ok += judged[1]
    return c


def signature(langs: Iterable[str]) -> str:
    """The sacrebleu-style line naming the settings: figures compare only when it matches."""
    return f"quotes-score|v:{VERSION}|lang:{'+'.join(sorted(set(langs))) or 'none'}|match:{MATCH}"


def score(gold_docs: Sequence[Dict[str, Any]], preds: Dict[Any, Sequence[Dict[str, Any]]]) -> Report:
    """Score predictions (gold id → predicted quote dicts) against gold documents."""
    total = Counts()
    by_genre: Dict[str, Counts] = {}
    by_lang: Dict[str, Counts] = {}
    for g in gold_docs:
        c = score_doc(g, preds.get(g["id"], []))
        total.add(c)
        if g.get("genre"):
            by_genre.setdefault(g["genre"], Counts()).add(c)
        if g.get("lang"):
            by_lang.setdefault(g["lang"], Counts()).add(c)
    gold_ids = {g["id"] for g in gold_docs}
    unknown = sum(1 for k in preds if k not in gold_ids)
    return Report(signature([g.get("lang") or "?" for g in gold_docs]), total, by_genre, by_lang, unknown)


def predict(gold_docs: Sequence[Dict[str, Any]], lang: Optional[str] = "gold") -> Dict[Any, List[Dict[str, Any]]]:
    """Run ``quotes.extract`` on each gold text; ``lang="gold"`` passes the gold's own language."""
    import quotes

    out = {}
    for g in gold_docs:
        use = g.get("lang") if lang == "gold" else lang
        out[g["id"]] = [q.to_dict() for q in quotes.extract(g["text"], lang=use, include_all=False)]
    return out


def format_text(report: Report) -> str:
    """The report as lines for people."""
    t = report.total

    def line(label: str, c: Counts) -> str:
        sp = (f"surname {c.surname_ok / c.speaker_total:.3f}  full {c.fullname_ok / c.speaker_total:.3f} "
              f"(of {c.speaker_total})") if c.speaker_total else "no gold speakers"
        return (f"{label:<9} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
                f"exact {c.exact / c.tp if c.tp else 0:.3f}  speaker {sp}")

    lines = [
        report.signature,
        f"docs {t.docs}  gold quotes {t.gold}  predicted {t.pred}  "
        f"(ignored: {t.ignored_mixed} mixed, {t.ignored_nested} nested, {t.ignored_other} other)",
        f"quotes      P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}  (tp {t.tp}, fp {t.fp}, fn {t.fn})",
        f"exact span  {t.exact / t.tp if t.tp else 0:.3f}  ({t.exact} of {t.tp} matches)",
    ]
    if t.speaker_total:
        lines.append(
            f"speaker     surname {t.surname_ok / t.speaker_total:.3f} ({t.surname_ok}/{t.speaker_total})  "
            f"full name {t.fullname_ok / t.speaker_total:.3f} ({t.fullname_ok}/{t.speaker_total})"
        )
    else:
        lines.append("speaker     no matched quote has a gold speaker")
    for title, groups in (("by language", report.by_lang), ("by genre", report.by_genre)):
        if len(groups) > 1 or (title == "by genre" and groups):
            lines.append(title)
            lines.extend("  " + line(k, v) for k, v in sorted(groups.items()))
    if report.unknown_ids:
        lines.append(f"warning: {report.unknown_ids} predicted ids are not in the gold file")
    return "\n".join(lines) + "\n"
