"""Temporary pipeline: straight “…” quotes only (replaced by find → attribute)."""
from __future__ import annotations

import re
from typing import List, Optional

from .model import Quote


def extract(text: str, lang: Optional[str] = None, include_all: bool = False) -> List[Quote]:
    out = []
    for i, m in enumerate(re.finditer(r"“([^”]+)”", text)):
        out.append(Quote(text=m.group(1), start=m.start(1), end=m.end(1), utterance=i, lang=lang or "en"))
    return out
