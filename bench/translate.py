"""Time translation of N quotes on an Argos-size model: ours (batched), argostranslate, raw CTranslate2.

Real Argos models cannot be downloaded here, so this builds (once, cached) a
random-weight CTranslate2 Transformer of Argos size: 6+6 layers, d_model 512,
8 heads, FFN 2048, 32,000-entry vocabulary, int8; plus a sentencepiece
unigram model (8,000 pieces; the model vocabulary is padded to 32,000) trained
on generated pseudo-English. It is packaged as an Argos en→ru package.

Each path runs in its own subprocess (clean peak RSS, argostranslate's
environment set before its import), after one warm-up call that loads the model:

  ours    translate.Translator().translate(quotes, "en", "ru"): one translate_batch
  argos   argostranslate.translate.translate(q, "en", "ru") for each quote
  raw     ctranslate2 translate_batch on pre-tokenized quotes (the floor)

Fairness: random weights stop at random lengths, so every path decodes exactly
``--max-len`` pieces per sentence: each path's CTranslate2 translator is
wrapped (``FixedLength``) to add ``min_decoding_length = max_decoding_length =
--max-len`` to its own ``translate_batch`` call; nothing else of the call is
changed (argostranslate keeps its batch_type "tokens", 32, length penalty 0.2).
All paths use beam ``--beam``, int8, one inter thread, CTranslate2's default
intra threads. argostranslate's sentence splitter (MiniSBD) would
download a model, so it is replaced by "the quote is one sentence", which only
makes argostranslate faster; each quote is one generated sentence anyway.

Usage: python bench/translate.py [--quotes 200] [--beam 2] [--max-len 48] [--repeat 1] [--cache DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Dict, List

# This file is named translate.py: drop its folder from the path so that
# ``import translate`` finds the project's package, not this script.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

VOCAB = 32000
SP_VOCAB = 8000
LAYERS, D_MODEL, HEADS, FFN = 6, 512, 8, 2048
SYLLABLES = ("ka lo mi ten ra sho vel dan ur ith pre con ment ing ed al str ou ay ex pol ic ty ber gr an ne "
             "wor ld ch").split()
PACKAGE = "translate-en_ru-bench"


def _words(rng: random.Random) -> List[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(30000)]


def sentences(n: int, seed: int) -> List[str]:
    """``n`` pseudo-English sentences of 8-30 words, Zipf-distributed words."""
    rng = random.Random(0)
    words = _words(rng)
    weights = [1 / (i + 1) for i in range(len(words))]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = " ".join(rng.choices(words, weights=weights, k=rng.randint(8, 30)))
        out.append(text[0].upper() + text[1:] + ".")
    return out


def build(cache: Path) -> Path:
    """Build (once) the Argos-size package under ``cache``; return the packages dir."""
    packages = cache / "packages"
    top = packages / PACKAGE
    if (top / "model" / "model.bin").is_file():
        return packages
    import io

    import numpy as np
    import sentencepiece as spm
    from ctranslate2.specs import transformer_spec

    print(f"building the Argos-size model in {top} (once)…", file=sys.stderr)
    top.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(sentence_iterator=iter(sentences(60000, seed=1)), model_writer=buf,
                                   vocab_size=SP_VOCAB, model_type="unigram", minloglevel=2)
    (top / "sentencepiece.model").write_bytes(buf.getvalue())
    sp = spm.SentencePieceProcessor(model_proto=buf.getvalue())
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    pieces += [f"<extra_{i}>" for i in range(VOCAB - len(pieces))]

    spec = transformer_spec.TransformerSpec.from_config(LAYERS, HEADS)
    rng = np.random.default_rng(0)

    def fill(layer: object, scope: str) -> None:
        for name, value in list(vars(layer).items()):
            if name.startswith("_"):
                continue
            if isinstance(value, list):
                for i, item in enumerate(value):
                    fill(item, f"{scope}/{name}_{i}")
            elif hasattr(value, "__dict__") and not isinstance(value, (np.ndarray, np.generic)):
                fill(value, f"{scope}/{name}")
            elif value is None:
                setattr(layer, name, _weight(rng, scope, name))

    fill(spec, "")
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize(quantization="int8")
    (top / "model").mkdir(exist_ok=True)
    spec.save(str(top / "model"))
    meta = {"package_version": "0.0.1", "argos_version": "1.9", "from_code": "en", "from_name": "English",
            "to_code": "ru", "to_name": "Russian", "type": "translate", "links": []}
    (top / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    (top / "README.md").write_text("Random-weight Argos-size model for bench/translate.py.\n", encoding="utf-8")
    with zipfile.ZipFile(cache / f"{PACKAGE}.argosmodel", "w") as zf:
        for path in sorted(top.rglob("*")):
            zf.write(path, str(path.relative_to(packages)))
    return packages


def _weight(rng, scope: str, name: str):
    """A random weight of the right shape for ``scope/name`` (Argos-size Transformer)."""
    import numpy as np

    f32 = np.float32
    if name == "gamma":
        return np.ones(D_MODEL, f32)
    if name == "beta":
        return np.zeros(D_MODEL, f32)
    rows, cols = D_MODEL, D_MODEL
    if "embeddings" in scope:
        rows = VOCAB
    elif scope.endswith("projection"):
        rows = VOCAB
    elif scope.endswith("linear_0") and "ffn" in scope:
        rows = FFN
    elif scope.endswith("linear_1") and "ffn" in scope:
        cols = FFN
    elif "self_attention/linear_0" in scope:
        rows = 3 * D_MODEL
    elif scope.endswith("attention/linear_1") and "self_attention" not in scope:
        rows = 2 * D_MODEL
    if name == "bias":
        return np.zeros(rows, f32)
    return (rng.standard_normal((rows, cols)) / np.sqrt(cols)).astype(f32)


def _rss_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss would carry the parent's over exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class FixedLength:
    """Wraps a CTranslate2 translator so every sentence decodes exactly ``length`` pieces."""

    def __init__(self, model, length: int) -> None:
        self.model = model
        self.length = length

    def translate_batch(self, tokens, **options):
        options.update(max_decoding_length=self.length, min_decoding_length=self.length)
        return self.model.translate_batch(tokens, **options)


def run_ours(packages: Path, quotes: List[str], beam: int, max_len: int) -> float:
    from translate.engine import Translator

    translator = Translator(packages_dir=packages, beam_size=beam)
    loaded = translator._load(translator.route("en", "ru")[0])
    loaded.model = FixedLength(loaded.model, max_len)
    translator.translate(["Warm up."], "en", "ru")
    start = time.perf_counter()
    translator.translate(quotes, "en", "ru")
    return time.perf_counter() - start


def run_raw(packages: Path, quotes: List[str], beam: int, max_len: int) -> float:
    import ctranslate2
    import sentencepiece as spm

    top = packages / PACKAGE
    model = FixedLength(ctranslate2.Translator(str(top / "model"), device="cpu", compute_type="int8"), max_len)
    sp = spm.SentencePieceProcessor(model_file=str(top / "sentencepiece.model"))
    options = dict(beam_size=beam, max_batch_size=32, length_penalty=0.2, replace_unknowns=True)
    model.translate_batch([sp.encode("Warm up.", out_type=str)], **options)
    start = time.perf_counter()
    tokens = sp.encode(quotes, out_type=str)
    model.translate_batch(tokens, **options)
    return time.perf_counter() - start


def run_argos(packages: Path, quotes: List[str], beam: int, max_len: int) -> float:
    from argostranslate import translate as argos

    translation = argos.get_translation_from_codes("en", "ru")
    underlying = translation.underlying

    class OneSentence:
        def split_sentences(self, text: str) -> List[str]:
            return [text]

    import ctranslate2

    underlying.sentencizer = OneSentence()
    underlying.translator = FixedLength(
        ctranslate2.Translator(str(packages / PACKAGE / "model"), device="cpu", compute_type="int8",
                               inter_threads=1, intra_threads=0),
        max_len,
    )
    argos.translate("Warm up.", "en", "ru")
    start = time.perf_counter()
    for quote in quotes:
        argos.translate(quote, "en", "ru")
    return time.perf_counter() - start


RUNNERS = {"ours": run_ours, "argos": run_argos, "raw": run_raw}


def child(args: argparse.Namespace) -> None:
    quotes = sentences(args.quotes, seed=2)
    seconds = RUNNERS[args.run](Path(args.packages), quotes, args.beam, args.max_len)
    print(json.dumps({"seconds": seconds, "rss_mb": _rss_mb()}))


def measure(path: str, args: argparse.Namespace, packages: Path) -> Dict[str, float]:
    env = dict(os.environ)
    home = Path(args.cache) / "argos-home"
    env.update(ARGOS_PACKAGES_DIR=str(packages), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               ARGOS_BEAM_SIZE=str(args.beam), ARGOS_COMPUTE_TYPE="int8", ARGOS_DEVICE_TYPE="cpu")
    cmd = [sys.executable, __file__, "--run", path, "--packages", str(packages), "--quotes", str(args.quotes),
           "--beam", str(args.beam), "--max-len", str(args.max_len), "--cache", args.cache]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quotes", type=int, default=200, help="quotes to translate (one sentence each)")
    parser.add_argument("--beam", type=int, default=2, help="beam size for every path")
    parser.add_argument("--max-len", type=int, default=48, help="pieces decoded per sentence, every path")
    parser.add_argument("--repeat", type=int, default=1, help="runs per path; the fastest is shown")
    parser.add_argument("--cache", default=str(Path.home() / ".cache" / "quotes-toolkit" / "bench"))
    parser.add_argument("--run", choices=sorted(RUNNERS), help=argparse.SUPPRESS)
    parser.add_argument("--packages", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        child(args)
        return
    packages = build(Path(args.cache))
    quotes = sentences(args.quotes, seed=2)
    words = sum(len(q.split()) for q in quotes)
    print(f"quotes-bench|model:random-6+6-d512-v32k-int8|quotes:{args.quotes}|words:{words}"
          f"|beam:{args.beam}|max-len:{args.max_len}|repeat:{args.repeat}|cpus:{os.cpu_count()}")
    results = {}
    for path in ("ours", "argos", "raw"):
        runs = [measure(path, args, packages) for _ in range(args.repeat)]
        good = [r for r in runs if "seconds" in r]
        results[path] = min(good, key=lambda r: r["seconds"]) if good else runs[0]
    print(f"{'path':<40} {'seconds':>8} {'quotes/s':>9} {'peak RSS MB':>12}")
    labels = {"ours": "ours: one batched call (Translator)", "argos": "argostranslate translate() per quote",
              "raw": "raw ctranslate2 translate_batch"}
    for path, result in results.items():
        if "error" in result:
            print(f"{labels[path]:<40} unavailable: {result['error']}")
            continue
        rate = args.quotes / result["seconds"]
        print(f"{labels[path]:<40} {result['seconds']:>8.2f} {rate:>9.1f} {result['rss_mb']:>12.0f}")
    if "seconds" in results["ours"]:
        for other in ("argos", "raw"):
            if "seconds" in results[other]:
                ratio = results[other]["seconds"] / results["ours"]["seconds"]
                print(f"ours vs {other}: {ratio:.2f}x " + ("faster" if ratio >= 1 else "slower"))


if __name__ == "__main__":
    main()
