"""Measure language ID on four-word snippets of aligned en/ru/uk news sentences.

Each sentence gives snippets of four consecutive whitespace tokens at three
deterministic offsets (start, middle, end).  Prints accuracy per language and
overall for ``translate.detect`` and for langdetect alone (seeded; over all its
languages, and with the best of en/ru/uk taken), plus speed.

Run:  python bench/detect.py [--data DIR] [--split dev] [--half all|first|second]
                             [--all-languages] [--show-errors N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Tuple

# ``import translate`` must find the project's package, not bench/translate.py beside this script.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

FILES = {"en": "eng_Latn", "ru": "rus_Cyrl", "uk": "ukr_Cyrl"}
SNIPPET_WORDS = 4


def snippets(line: str, size: int = SNIPPET_WORDS) -> List[str]:
    """Four-word windows at the start, middle and end of a sentence, deduplicated."""
    words = line.split()
    if len(words) <= size:
        return [" ".join(words)] if words else []
    last = len(words) - size
    starts = sorted({0, last // 2, last})
    return [" ".join(words[s : s + size]) for s in starts]


def load(data: Path, split: str, half: str) -> List[Tuple[str, str]]:
    """(gold code, snippet) pairs from the aligned files, optionally one half of the lines."""
    pairs: List[Tuple[str, str]] = []
    for code, name in FILES.items():
        lines = (data / f"{split}.{name}").read_text(encoding="utf-8").splitlines()
        middle = len(lines) // 2
        if half == "first":
            lines = lines[:middle]
        elif half == "second":
            lines = lines[middle:]
        for line in lines:
            pairs.extend((code, snippet) for snippet in snippets(line))
    return pairs


def langdetect_alone() -> Callable[[str], str]:
    """langdetect's own detect(), seeded, over all its languages."""
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            return detect(text)
        except LangDetectException:
            return "und"

    return run


def langdetect_restricted() -> Callable[[str], str]:
    """langdetect's probabilities, seeded, with the best of en/ru/uk taken."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            ranked = [guess.lang for guess in detect_langs(text) if guess.lang in FILES]
        except LangDetectException:
            return "und"
        return ranked[0] if ranked else "und"

    return run


def ours(all_languages: bool = False) -> Callable[[str], str]:
    """translate.detect among en/ru/uk (the default) or all languages."""
    from translate.detect import detect

    return lambda text: detect(text, all_languages=all_languages)[0]


def measure(name: str, run: Callable[[str], str], pairs: List[Tuple[str, str]], show: int) -> Dict[str, float]:
    """Print and return accuracy per language and overall, and snippets per second."""
    run(pairs[0][1])  # load profiles outside the timing
    right: Dict[str, int] = {code: 0 for code in FILES}
    total: Dict[str, int] = {code: 0 for code in FILES}
    errors: List[Tuple[str, str, str]] = []
    start = time.perf_counter()
    for gold, text in pairs:
        got = run(text)
        total[gold] += 1
        if got == gold:
            right[gold] += 1
        else:
            errors.append((gold, got, text))
    seconds = time.perf_counter() - start
    result = {code: right[code] / total[code] for code in FILES}
    result["all"] = sum(right.values()) / sum(total.values())
    result["per_s"] = len(pairs) / seconds
    per_lang = "  ".join(f"{code} {result[code]:.4f}" for code in FILES)
    print(f"{name:<18} {per_lang}  all {result['all']:.4f}  ({len(pairs) - len(errors)}/{len(pairs)})"
          f"  {result['per_s']:,.0f} snippets/s")
    for gold, got, text in errors[:show]:
        print(f"    {gold}->{got}  {text}")
    return result


def main() -> None:
    """Parse options, load snippets, measure both detectors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/eval/flores"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--half", choices=("all", "first", "second"), default="all")
    parser.add_argument("--show-errors", type=int, default=0, help="print this many misses per detector")
    parser.add_argument("--no-baseline", action="store_true", help="skip langdetect alone")
    parser.add_argument("--all-languages", action="store_true", help="also measure all_languages=True")
    args = parser.parse_args()
    pairs = load(args.data, args.split, args.half)
    print(f"{len(pairs)} snippets of {SNIPPET_WORDS} words from {args.split} ({args.half})")
    measure("translate.detect", ours(), pairs, args.show_errors)
    if args.all_languages:
        measure("  --all-languages", ours(all_languages=True), pairs, args.show_errors)
    if not args.no_baseline:
        measure("langdetect alone", langdetect_alone(), pairs, args.show_errors)
        measure("  best of en/ru/uk", langdetect_restricted(), pairs, args.show_errors)


if __name__ == "__main__":
    main()
