"""Language identification tuned for short en/ru/uk text.

langdetect's character n-gram profiles give the base score: the same
probabilities and smoothing langdetect uses, summed over the n-grams of the
text instead of sampled at random, so results never vary between runs.  On top
of that, evidence that a few words carry decides between Russian and
Ukrainian: letters only one of them writes, the Ukrainian apostrophe, function
words only one of them uses, and whether each word is in pymorphy3's Russian
or Ukrainian dictionary.

In the CLI: ``quotes detect FILE`` prints one code per input line.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from typing import Dict, Iterable, List, Sequence, Tuple

from quotes.errors import UnknownLanguage

DEFAULT_CANDIDATES: Tuple[str, ...] = ("en", "ru", "uk")
UNDETERMINED = "und"

UK_LETTERS = frozenset("іїєґ")  # Київ, їхній, є, ґанок: never in Russian words
RU_LETTERS = frozenset("ыэъё")  # вы, это, объявил, ещё: never in Ukrainian words
APOSTROPHES = "'\u2019\u02bc"  # м'ясо, п’ять, сімʼя

# Function words only one of the two languages uses.  Shared ones (в, у, на, до,
# за, не, для, про, по, при, без, над, через, тут, себе, уже) carry no evidence
# and are left out, as are words the other language uses in another sense
# (ru тому, свою).
UK_WORDS = frozenset(
    "що та це цей ця ці цього цих як але або якщо коли де щоб чи "  # він сказав, що …
    "він вона воно вони його її їх їм ми ти мене собі "  # вона заявила, що …
    "був була було були буде будуть бути є має мають може можуть "  # він був там
    "від із зі з й і вже ще лише тільки також навіть дуже зараз "  # від уряду, із заявою
    "який яка яке які якого якої яких свій своє свої року "  # у 2020 році, який …
    "після між понад біля серед щодо проти хто чим тим всього поки проте однак "  # після зустрічі
    "тобто тощо ось адже".split()  # тобто …, тощо
)
RU_WORDS = frozenset(
    "что это этот эта эти этого этих как но или если когда где потому чтобы ли "  # он сказал, что …
    "он она оно они его её ее их им мы вы ты меня "  # она заявила, что …
    "был была было были будет будут быть есть может могут "  # он был там
    "от из со и ещё еще лишь только также даже очень сейчас здесь "  # от правительства
    "который которая которое которые которого которой которых свой своё свои году года "
    "после между более около среди против с к ко во под ни кто чем тем всего себя "  # с ним, к ним
    "нет пока однако вот тоже".split()  # однако …, вот …
)

# Evidence weights, in natural-log units added to a language's n-gram score.
LETTER_WEIGHT = 12.0  # per letter only one language writes
APOSTROPHE_WEIGHT = 12.0  # per м'ясо-style apostrophe
WORD_WEIGHT = 8.0  # per function word only one language uses
LEXICON_WEIGHT = 4.0  # per lower-case word only one dictionary knows
NAME_WEIGHT = 2.0  # per capitalised word only one dictionary knows (names vary)
# Per-order n-gram weights: trigrams separate ru from uk; the unigram and bigram
# frequencies of shared letters mostly add noise on a few words.  Among all 55
# languages some lower-order weight stays (scripts such as CJK need it).
RESTRICTED_ORDERS = (0.0, 0.0, 0.5)
ALL_ORDERS = (0.25, 0.5, 1.0)
# Scale that turns summed scores into a softmax confidence.
CONFIDENCE_SCALE = 0.5
# en is dropped when at least this share of the letters is Cyrillic.
CYRILLIC_SHARE = 0.1
_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})  # пешком is a Ukrainian surname, not a word
SCRIPTS = {"en": "latin", "ru": "cyrillic", "uk": "cyrillic"}

_WORD_RE = re.compile(r"[^\W\d_]+(?:[" + APOSTROPHES + r"][^\W\d_]+)*")
_CYRILLIC_WORD_RE = re.compile(r"[а-яёіїєґ]+(?:'[а-яёіїєґ]+)*")
_UK_APOSTROPHE_RE = re.compile(r"[бпвмфрзджктсл][" + APOSTROPHES + r"][яюєї]")
_APOSTROPHE_TABLE = str.maketrans({"\u2019": "'", "\u02bc": "'"})
_COMBINING_RE = re.compile("[\u0300-\u036f]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


@functools.cache
def _factory():
    """Load langdetect's profiles once, seeded; ``_factory.cache_clear()`` drops them."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


@functools.cache
def _dictionary(lang: str):
    """pymorphy3's analyzer for ``ru`` or ``uk``, loaded once; ``cache_clear()`` drops it."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def cache_clear() -> None:
    """Drop the loaded profiles and dictionaries (tests, long-lived processes)."""
    _factory.cache_clear()
    _dictionary.cache_clear()
    _known.cache_clear()


def languages() -> Tuple[str, ...]:
    """Every code langdetect has a profile for, sorted; the valid ``candidates``."""
    return tuple(sorted(_factory().get_lang_list()))


def _clean(text: str) -> str:
    """NFC-compose and drop stress marks, so ``сказа́л`` reads as ``сказал``."""
    return _COMBINING_RE.sub("", unicodedata.normalize("NFC", text))


def _script_counts(text: str) -> Tuple[int, int, int]:
    """Count Latin, Cyrillic and other letters."""
    latin = cyrillic = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if code < 0x250 or 0x1E00 <= code < 0x1F00:
            latin += 1
        elif 0x400 <= code < 0x530:
            cyrillic += 1
        else:
            other += 1
    return latin, cyrillic, other


def _ngrams(text: str, known: Dict[str, List[float]]) -> List[str]:
    """The 1-3 character n-grams langdetect would sample from the text."""
    from langdetect.utils.ngram import NGram

    grams: List[str] = []
    ngram = NGram()
    for ch in text:
        ngram.add_char(ch)
        if ngram.capitalword:
            continue
        buffer = ngram.grams
        for n in (1, 2, 3):
            if len(buffer) < n:
                break
            gram = buffer[-n:]
            if gram != " " and gram in known:
                grams.append(gram)
    return grams


def _ngram_scores(text: str, codes: Sequence[str], orders: Sequence[float]) -> List[float]:
    """Weighted log-likelihood of the text under each profile, with langdetect's smoothing."""
    factory = _factory()
    table = factory.word_lang_prob_map
    indexes = [factory.langlist.index(code) for code in codes]
    smoothing = 0.5 / 10000  # langdetect's ALPHA_DEFAULT / BASE_FREQ
    scores = [0.0] * len(codes)
    for gram in _ngrams(text, table):
        weight = orders[len(gram) - 1]
        if not weight:
            continue
        probs = table[gram]
        for k, index in enumerate(indexes):
            scores[k] += weight * math.log(probs[index] + smoothing)
    return scores


@functools.lru_cache(maxsize=1 << 16)
def _known(lang: str, word: str) -> bool:
    """Whether the ru or uk dictionary lists the word as something other than a person's name."""
    analyzer = _dictionary(lang)
    if not analyzer.word_is_known(word):
        return False
    return any(
        not _NAME_TAGS & parse.tag.grammemes
        for parse in analyzer.parse(word)
        if type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
    )


def _lexicon(words: List[str]) -> Dict[str, float]:
    """Score each Cyrillic word that only one of pymorphy3's ru and uk dictionaries knows."""
    scores = {"ru": 0.0, "uk": 0.0}
    for word in words:
        lower = word.lower().translate(_APOSTROPHE_TABLE)
        if len(lower) < 2 or not _CYRILLIC_WORD_RE.fullmatch(lower):
            continue
        in_ru, in_uk = _known("ru", lower), _known("uk", lower)
        if in_ru != in_uk:
            weight = NAME_WEIGHT if word[0].isupper() else LEXICON_WEIGHT
            scores["ru" if in_ru else "uk"] += weight
    return scores


def _evidence(text: str) -> Dict[str, float]:
    """Letter, apostrophe, function-word and dictionary evidence for ``uk`` and ``ru``."""
    words = _WORD_RE.findall(text)
    scores = _lexicon(words)
    lower = text.lower()
    scores["uk"] += LETTER_WEIGHT * sum(ch in UK_LETTERS for ch in lower)
    scores["ru"] += LETTER_WEIGHT * sum(ch in RU_LETTERS for ch in lower)
    scores["uk"] += APOSTROPHE_WEIGHT * len(_UK_APOSTROPHE_RE.findall(lower))
    for word in words:
        word = word.lower()
        if word in UK_WORDS:
            scores["uk"] += WORD_WEIGHT
        elif word in RU_WORDS:
            scores["ru"] += WORD_WEIGHT
    return scores


def _candidates(candidates: Iterable[str], all_languages: bool) -> Tuple[str, ...]:
    """Validate the candidate codes, or take every langdetect language."""
    known = languages()
    if all_languages:
        return known
    chosen = tuple(dict.fromkeys(candidates))
    unknown = [code for code in chosen if code not in known]
    if unknown or not chosen:
        listed = ", ".join(map(repr, unknown)) or "(none given)"
        raise UnknownLanguage(f"unknown language code {listed} in candidates; use codes from: {', '.join(known)}")
    return chosen


def _fit_script(text: str, chosen: Tuple[str, ...]) -> Tuple[str, ...]:
    """Keep the candidates whose script the text is written in (en: Latin, ru/uk: Cyrillic)."""
    latin, cyrillic, other = _script_counts(text)
    letters = latin + cyrillic + other
    has_cyrillic_candidate = any(SCRIPTS.get(code) == "cyrillic" for code in chosen)
    keep = []
    for code in chosen:
        script = SCRIPTS.get(code)
        if script == "cyrillic" and not cyrillic:
            continue
        if script == "latin" and (
            not latin or (has_cyrillic_candidate and cyrillic >= CYRILLIC_SHARE * letters)
        ):
            continue
        keep.append(code)
    return tuple(keep)


def _softmax(codes: Sequence[str], totals: Sequence[float]) -> Tuple[str, float]:
    """The best code (first wins ties) and its share of the scaled softmax."""
    best = max(range(len(codes)), key=lambda k: (totals[k], -k))
    weights = [math.exp(CONFIDENCE_SCALE * (t - totals[best])) for t in totals]
    return codes[best], weights[best] / sum(weights)


def _restricted(text: str, chosen: Tuple[str, ...]) -> Tuple[str, float]:
    """Trigram scores plus ru/uk evidence over candidates the script allows."""
    chosen = _fit_script(text, chosen)
    if not chosen:
        return UNDETERMINED, 0.0
    if len(chosen) == 1:
        return chosen[0], 1.0
    if "en" not in chosen:
        text = _LATIN_RE.sub(" ", text)  # Latin names in Cyrillic text say nothing of ru vs uk
    totals = _ngram_scores(text, chosen, RESTRICTED_ORDERS)
    if "ru" in chosen or "uk" in chosen:
        evidence = _evidence(text)
        totals = [t + evidence.get(code, 0.0) for t, code in zip(totals, chosen)]
    return _softmax(chosen, totals)


def _everything(text: str, chosen: Tuple[str, ...]) -> Tuple[str, float]:
    """Scores over every langdetect language, with the ru/uk evidence added."""
    totals = _ngram_scores(text, chosen, ALL_ORDERS)
    evidence = _evidence(text)
    return _softmax(chosen, [t + evidence.get(code, 0.0) for t, code in zip(totals, chosen)])


def detect(
    text: str,
    candidates: Tuple[str, ...] = DEFAULT_CANDIDATES,
    all_languages: bool = False,
) -> Tuple[str, float]:
    """Name the language of a text, even one a few words long.

    Args:
        text: any string; digits, punctuation and whitespace are ignored.
        candidates: langdetect codes to choose from (default en, ru, uk).
        all_languages: choose from all 55 langdetect languages instead.

    Returns:
        ``(code, confidence)`` with confidence in 0..1.  ``("und", 0.0)`` when
        the text has no letter, or (without ``all_languages``) is written in a
        script none of en/ru/uk among the candidates uses.

    Raises:
        UnknownLanguage: a candidate is not a langdetect code.
    """
    chosen = _candidates(candidates, all_languages)
    text = _clean(text)
    if not any(ch.isalpha() for ch in text):
        return UNDETERMINED, 0.0
    if all_languages:
        return _everything(text, chosen)
    return _restricted(text, chosen)


def detect_many(
    texts: Iterable[str],
    candidates: Tuple[str, ...] = DEFAULT_CANDIDATES,
    all_languages: bool = False,
) -> List[Tuple[str, float]]:
    """Detect each text on its own; see :func:`detect`."""
    return [detect(text, candidates, all_languages) for text in texts]
