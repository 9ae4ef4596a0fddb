"""Conventions Russian and Ukrainian share: «…» with inner „…“, dialogue dashes."""
from __future__ import annotations

import re

from .common import DASHES

OUTER_OPEN = "«"
INNER_OPEN = "„"
# A paragraph that opens with a dash is a dialogue turn: `— Реплика, — сказал он.`
DIALOGUE_START = re.compile(r"[ \t\u00a0]*[—–―-][ \t\u00a0]+(?=\S)")
# The dash that separates a replica from the author's words: `…, — сказал он`.
AUTHOR_DASH = re.compile(r"(?<=[,!?…:.;\w»\"”)])[ \t\u00a0]+[—–―][ \t\u00a0]+(?=\S)|(?<=[,!?….])[—–―][ \t\u00a0]+(?=\S)")
DASH_CHARS = DASHES | {"-"}
