"""Offline translation of quotes between en, ru and uk with Argos models run by CTranslate2.

In Python::

    import translate
    translate.translate(["Hello.", "Good night."], "en", "ru")
    translate.translate_quotes(quotes, ["ru", "uk"])    # fills q.translations
    translate.detect("Доброго ранку!")                  # ("uk", 0.99…)

Heavy libraries (ctranslate2, sentencepiece, langdetect) load on first use.
"""
from __future__ import annotations

from typing import Any, List, Sequence

__all__ = ["translate", "translate_quotes", "Translator", "detect", "clear_cache"]

try:
    from .detect import detect
except ImportError:  # language detection ships separately; translate_quotes falls back to q.lang
    pass


def translate(texts: Sequence[str], source: str, target: str, **options: Any) -> List[str]:
    """Translate each text from ``source`` to ``target`` with installed Argos packages.

    Args:
        texts: the texts; sentences, paragraphs and surrounding whitespace are kept.
        source: language code of the texts (``en``, ``ru``, ``uk``).
        target: language code to translate into.
        **options: :class:`Translator` settings (``beam_size``, ``device``, …);
            translators are kept per settings so models stay loaded.

    Returns:
        One translation per text.

    Raises:
        ModelMissing: no package (or English pivot pair) for the direction.
        ModelUnsupported: the installed package cannot be run (e.g. BPE).
    """
    return _translator(**options).translate(texts, source, target)


def translate_quotes(quotes: Sequence[Any], targets: Sequence[str], translator: Any = None) -> None:
    """Fill ``q.translations[target]`` for every quote, one batched call per direction."""
    from .engine import translate_quotes as _translate_quotes

    _translate_quotes(quotes, targets, translator)


def clear_cache() -> None:
    """Unload every model held by :func:`translate`."""
    for translator in _translators.values():
        translator.clear()
    _translators.clear()


_translators: dict = {}


def _translator(**options: Any) -> Any:
    key = tuple(sorted((name, str(value)) for name, value in options.items()))
    if key not in _translators:
        from .engine import Translator

        _translators[key] = Translator(**options)
    return _translators[key]


def __getattr__(name: str) -> Any:
    if name == "Translator":
        from .engine import Translator

        return Translator
    raise AttributeError(f"module 'translate' has no attribute {name!r}")
