"""Material shared by every language: quotation-mark pairs and dash characters."""
from __future__ import annotations

# Opening mark -> closing marks it accepts.
PAIRS = {
    "“": "”",
    "«": "»",
    "„": "“”",
    "‘": "’",
    "‹": "›",
    '"': '"',
    "'": "'",
}
OPENERS = frozenset(PAIRS)
CLOSERS = frozenset("”»“’›\"'")
DASHES = frozenset("—–―")
SENTENCE_END = frozenset(".!?…")


def words(spec: str) -> frozenset:
    """A word set from a space-separated string (razdel's ``sokr.py`` style)."""
    return frozenset(spec.split())
