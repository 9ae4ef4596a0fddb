"""A one-line progress report on a terminal: blocks and sentences done, sentences per second.

The line is redrawn in place with ``\\r``; :meth:`Progress.clear` erases it
before anything else is printed to the same terminal, so translated text on
stdout and the line on stderr never mix. Disabled, it prints nothing.

In the CLI: ``quotes translate big.txt > big.ru.txt`` shows it when stderr is a terminal.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Optional, TextIO

ERASE = "\r\x1b[K"  # back to the start of the line and clear it


@dataclass
class Progress:
    """Counts finished blocks and sentences and, when ``enabled``, shows them on ``stream``."""

    stream: Optional[TextIO] = None
    enabled: bool = True
    clock: Callable[[], float] = time.monotonic
    blocks: int = 0
    sentences: int = 0
    started: float = field(default=0.0, init=False)
    shown: bool = field(default=False, init=False)
    drawn: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def done(self, sentences: int) -> None:
        """Count one finished block of ``sentences`` sentences."""
        self.blocks += 1
        self.sentences += sentences

    def show(self) -> None:
        """Draw (or redraw) the line: ``translating: 3 blocks, 600 sentences, 45.0 sentences/s``."""
        if not self.enabled or self.stream is None:
            return
        self.stream.write(f"{ERASE}translating: {self._counts()}, {self._rate(self.clock() - self.started):.1f} sentences/s")
        self.stream.flush()
        self.shown = self.drawn = True

    def clear(self) -> None:
        """Erase the line, if one is shown, so other output starts on a clean line."""
        if self.shown:
            self.stream.write(ERASE)
            self.stream.flush()
            self.shown = False

    def finish(self) -> None:
        """Replace the line with a summary ending in a newline, if a line was ever shown."""
        if not self.drawn:
            return
        elapsed = self.clock() - self.started
        self.stream.write(f"{ERASE}translated {self._counts()} in {elapsed:.1f} s ({self._rate(elapsed):.1f} sentences/s)\n")
        self.stream.flush()
        self.shown = False

    def _counts(self) -> str:
        return f"{self.blocks} block{'s' if self.blocks != 1 else ''}, {self.sentences} sentence{'s' if self.sentences != 1 else ''}"

    def _rate(self, elapsed: float) -> float:
        return self.sentences / elapsed if elapsed > 0 else 0.0
