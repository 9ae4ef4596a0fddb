"""Run installed Argos packages directly: sentencepiece + CTranslate2, one batch per model.

Every sentence of every input text goes through a single ``translate_batch``
call per model (CTranslate2 sorts and re-batches internally), instead of
Argos's one call per sentence. Pairs without a direct package pivot through
English, batched on both legs. Whitespace and paragraph breaks around
sentences are kept exactly (see :mod:`translate.sentences`).

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
        max_decoding_length: longest output sentence, in pieces.

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
        """One ``translate_batch`` call for all ``texts`` through ``package``."""
        loaded = self._load(package)
        tokens = loaded.tokenizer.encode(texts, out_type=str)
        prefix = package.target_prefix
        options: Dict[str, Any] = {}
        if prefix:
            options["target_prefix"] = [[prefix]] * len(tokens)
        self.batch_calls[package.name] = self.batch_calls.get(package.name, 0) + 1
        results = loaded.model.translate_batch(
            tokens,
            beam_size=self.beam_size,
            max_batch_size=self.max_batch_size,
            max_decoding_length=self.max_decoding_length,
            length_penalty=LENGTH_PENALTY,
            replace_unknowns=True,
            **options,
        )
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
