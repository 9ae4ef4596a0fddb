"""Run installed Argos packages directly: sentencepiece + CTranslate2, one batch per model.

Every sentence of every input text goes through one ``translate_batch`` call
per model (CTranslate2 sorts and re-batches internally), instead of Argos's
one call per sentence. :attr:`Translator.sentences_per_call` can cap a call's
size so that Ctrl-C is answered sooner, since CTranslate2 does not check for
signals while it decodes; ``quotes translate`` reads its input in blocks of
about 200 sentences instead. A sentence longer than
:attr:`Translator.max_input_pieces` pieces is cut at word boundaries and its
parts are translated as separate segments, so no model runs past its
positions and nothing is silently truncated. Pairs without a direct package
pivot through English, batched on both legs. Whitespace and paragraph breaks
around sentences are kept exactly (see :mod:`translate.sentences`).

In the CLI: ``quotes translate --from en --to ru FILE``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from quotes.errors import ModelMissing, ModelUnsupported

from . import packages, sentences

PIVOT = "en"
LENGTH_PENALTY = 0.2  # what argostranslate passes, so outputs match Argos's for the same beam
WORD_START = "\u2581"  # sentencepiece's whitespace marker at the start of a word's first piece
BREAKS = ",;:—–)"  # a cut after one of these reads most naturally


@dataclass
class _Loaded:
    """A package's CTranslate2 translator and sentencepiece processor."""

    package: packages.Package
    model: Any
    tokenizer: Any


@dataclass(eq=False)
class Translator:
    """Translate lists of texts with installed Argos packages, keeping models loaded.

    Args:
        device: ``cpu``, ``cuda`` or ``auto``.
        compute_type: CTranslate2 compute type; ``int8`` suits CPUs.
        inter_threads: batches translated in parallel.
        intra_threads: threads per batch (0 = CTranslate2's default).
        beam_size: beam width (1 = greedy).
        packages_dir: where packages are installed (default: Argos's directory).
        max_batch_size: sentences per internal batch of the one ``translate_batch`` call.
        max_decoding_length: longest output segment, in pieces.
        max_input_pieces: longer sentences are cut at word boundaries into
            segments of at most this many pieces (Argos models are trained on
            sentences of up to about 150 pieces; CTranslate2 would otherwise
            truncate at 1024 or fail past the model's positions).
        sentences_per_call: segments per ``translate_batch`` call (default: all in
            one call); a cap bounds how long Ctrl-C waits, as CTranslate2 does
            not check for signals.

    ``batch_calls`` counts ``translate_batch`` calls per direction (``"en→ru"``).
    """

    device: str = "cpu"
    compute_type: str = "int8"
    inter_threads: int = 1
    intra_threads: int = 0
    beam_size: int = 2
    packages_dir: Optional[Path] = None
    max_batch_size: int = 32
    max_decoding_length: int = 256
    max_input_pieces: int = 150
    sentences_per_call: Optional[int] = None
    batch_calls: Dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _loaded: Dict[Path, _Loaded] = field(default_factory=dict, init=False, repr=False)

    def translate(self, texts: Sequence[str], source: str, target: str) -> List[str]:
        """Translate each text from ``source`` to ``target``; whitespace-only texts come back as is.

        Args:
            texts: the texts; each may hold many sentences and paragraphs.
            source: language code of every text (``en``, ``ru``, ``uk``, …).
            target: language code to translate into.

        Returns:
            One translation per text, in order.

        Raises:
            ModelMissing: no installed package (or pivot pair) for the direction.
            ModelUnsupported: the package needs something this engine does not run.
        """
        texts = list(texts)
        if source == target:
            return texts
        route = self.route(source, target)
        spans = [sentences.split(text, source) if text.strip() else [] for text in texts]
        flat = [text[start:end] for text, text_spans in zip(texts, spans) for start, end in text_spans]
        if flat:
            for package in route:
                flat = self._translate_sentences(package, flat)
        out, pos = [], 0
        for text, text_spans in zip(texts, spans):
            pieces = flat[pos:pos + len(text_spans)]
            pos += len(text_spans)
            out.append(sentences.join(text, text_spans, pieces) if text_spans else text)
        return out

    def route(self, source: str, target: str) -> List[packages.Package]:
        """The packages that translate ``source`` to ``target``: direct, else through English.

        Raises:
            ModelMissing: naming the ``quotes models install`` command that fixes it.
        """
        directory = self._directory()
        direct = packages.find(source, target, directory)
        if direct is not None:
            return [direct]
        if PIVOT in (source, target):
            raise ModelMissing(
                f"no {source}→{target} model installed in {directory}; "
                f"run: quotes models install {source} {target}"
            )
        first = packages.find(source, PIVOT, directory)
        second = packages.find(PIVOT, target, directory)
        if first is not None and second is not None:
            return [first, second]
        missing = [f"{a}→{b}" for (a, b), pkg in (((source, PIVOT), first), ((PIVOT, target), second)) if pkg is None]
        raise ModelMissing(
            f"no {source}→{target} model installed in {directory} "
            f"(translated through English: needs {source}→{PIVOT} and {PIVOT}→{target}; "
            f"missing {' and '.join(missing)}); run: quotes models install {source} {target}"
        )

    def clear(self) -> None:
        """Unload every model and reset :attr:`batch_calls`."""
        self._loaded.clear()
        self.batch_calls.clear()

    def _directory(self) -> Path:
        return Path(self.packages_dir) if self.packages_dir is not None else packages.packages_dir()

    def _translate_sentences(self, package: packages.Package, texts: List[str]) -> List[str]:
        """Translate ``texts`` through ``package``: long ones cut into segments, segments batched."""
        loaded = self._load(package)
        segments: List[List[str]] = []
        glue: List[Optional[str]] = []  # None starts a text; else what joins the segment to the one before
        for pieces in loaded.tokenizer.encode(texts, out_type=str):
            for number, part in enumerate(split_pieces(pieces, self.max_input_pieces)):
                segments.append(part)
                glue.append(None if number == 0 else (" " if part[0].startswith(WORD_START) else ""))
        step = max(1, self.sentences_per_call or len(segments) or 1)
        translated: List[str] = []
        for start in range(0, len(segments), step):
            translated.extend(self._translate_batch(loaded, segments[start:start + step]))
        out: List[str] = []
        for joint, text in zip(glue, translated):
            if joint is None:
                out.append(text)
            else:
                out[-1] = out[-1] + joint + text if out[-1] and text else out[-1] + text
        return out

    def _translate_batch(self, loaded: _Loaded, tokens: List[List[str]]) -> List[str]:
        """One ``translate_batch`` call; the decoded best hypothesis of each segment."""
        package = loaded.package
        prefix = package.target_prefix
        options: Dict[str, Any] = {}
        if prefix:
            options["target_prefix"] = [[prefix]] * len(tokens)
        self.batch_calls[package.name] = self.batch_calls.get(package.name, 0) + 1
        try:
            results = loaded.model.translate_batch(
                tokens,
                beam_size=self.beam_size,
                max_batch_size=self.max_batch_size,
                max_decoding_length=self.max_decoding_length,
                length_penalty=LENGTH_PENALTY,
                replace_unknowns=True,
                **options,
            )
        except RuntimeError as err:
            raise ModelUnsupported(
                f"{package.path}: CTranslate2 failed while translating with this {package.name} model ({err}); "
                f"try a smaller max_input_pieces, or reinstall it: "
                f"quotes models install {package.from_code} {package.to_code}"
            ) from err
        out = []
        for result in results:
            pieces = list(result.hypotheses[0])
            if prefix and pieces and pieces[0] == prefix:
                pieces = pieces[1:]
            out.append(loaded.tokenizer.decode_pieces(pieces).strip())
        return out

    def _load(self, package: packages.Package) -> _Loaded:
        """Load (once) the package's model and tokenizer, refusing what we cannot run."""
        cached = self._loaded.get(package.path)
        if cached is not None and cached.package == package:
            return cached
        spm_path, model_dir = _check(package)
        import ctranslate2
        import sentencepiece

        try:
            model = ctranslate2.Translator(
                str(model_dir),
                device=self.device,
                compute_type=self.compute_type,
                inter_threads=self.inter_threads,
                intra_threads=self.intra_threads,
            )
        except (RuntimeError, ValueError) as err:
            raise ModelUnsupported(
                f"{package.path}: CTranslate2 cannot load this {package.name} model ({err}); "
                f"reinstall it with: quotes models install {package.from_code} {package.to_code}"
            ) from err
        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(spm_path))
        loaded = _Loaded(package, model, tokenizer)
        self._loaded[package.path] = loaded
        return loaded


def split_pieces(pieces: List[str], limit: int) -> List[List[str]]:
    """Cut a sentence's pieces into runs of at most ``limit``, at word starts (after a comma when possible)."""
    limit = max(1, limit)
    parts = []
    while len(pieces) > limit:
        cut = _cut_point(pieces, limit)
        parts.append(pieces[:cut])
        pieces = pieces[cut:]
    parts.append(pieces)
    return parts


def _cut_point(pieces: List[str], limit: int) -> int:
    """Where to cut ``pieces`` (longer than ``limit``): a word start in the second half of the window, else ``limit``."""
    starts = [i for i in range(max(1, limit // 2), limit + 1) if pieces[i].startswith(WORD_START)]
    after_break = [i for i in starts if pieces[i - 1].rstrip(WORD_START)[-1:] in tuple(BREAKS)]
    if after_break:
        return after_break[-1]
    return starts[-1] if starts else limit


def _check(package: packages.Package) -> Tuple[Path, Path]:
    """The package's sentencepiece model and CTranslate2 directory, or ModelUnsupported."""
    spm_path = package.path / "sentencepiece.model"
    model_dir = package.path / "model"
    fix = f"install a sentencepiece {package.name} package instead: quotes models install {package.from_code} {package.to_code}"
    if not spm_path.is_file():
        if (package.path / "bpe.model").is_file():
            raise ModelUnsupported(
                f"{package.path}: this {package.name} package uses BPE (bpe.model), "
                f"which this engine does not run; {fix}"
            )
        raise ModelUnsupported(f"{package.path}: no sentencepiece.model in this {package.name} package; {fix}")
    if not (model_dir / "model.bin").is_file():
        raise ModelUnsupported(f"{package.path}: no CTranslate2 model/model.bin in this {package.name} package; {fix}")
    return spm_path, model_dir


def translate_quotes(quotes: Sequence[Any], targets: Sequence[str], translator: Optional[Translator] = None) -> None:
    """Fill ``q.translations[target]`` for every quote and target, one batch per direction.

    Each quote's language is detected on its own (a Russian quote can sit in an
    English article); when detection names no language, ``q.lang`` is used. A
    quote already in the target language is its own translation.

    Raises:
        ModelMissing: a needed direction has no installed package.
        ModelUnsupported: an installed package cannot be run.
    """
    translator = translator if translator is not None else Translator()
    groups: Dict[Tuple[str, str], List[Any]] = {}
    for quote in quotes:
        source = source_language(quote.text, quote.lang)
        for target in targets:
            if source == target or not quote.text.strip():
                quote.translations[target] = quote.text
            else:
                groups.setdefault((source, target), []).append(quote)
    for (source, target), members in groups.items():
        translated = translator.translate([q.text for q in members], source, target)
        for quote, text in zip(members, translated):
            quote.translations[target] = text


def source_language(text: str, fallback: str) -> str:
    """The detected language of ``text``; ``fallback`` when detection is unavailable or unsure."""
    try:
        from .detect import detect
    except ImportError:
        return fallback
    code, confidence = detect(text)
    if code not in packages.LANGS or confidence <= 0.0:
        return fallback
    return code
