"""The progress line: exact text, redrawn in place, erased before other output, silent when disabled."""
from __future__ import annotations

import io
import os
import signal

import pytest

from translate.cli_translate import _interrupts_held
from translate.progress import ERASE, Progress


def clock(times):
    it = iter(times)
    return lambda: next(it)


def test_line_is_redrawn_erased_and_summarised():
    out = io.StringIO()
    progress = Progress(out, clock=clock([10.0, 12.0, 14.0, 15.0]))
    progress.done(200)
    progress.show()
    progress.clear()
    progress.done(100)
    progress.show()
    progress.finish()
    assert out.getvalue() == (
        f"{ERASE}translating: 1 block, 200 sentences, 100.0 sentences/s"
        f"{ERASE}"
        f"{ERASE}translating: 2 blocks, 300 sentences, 75.0 sentences/s"
        f"{ERASE}translated 2 blocks, 300 sentences in 5.0 s (60.0 sentences/s)\n"
    )


def test_disabled_or_never_shown_prints_nothing():
    out = io.StringIO()
    progress = Progress(out, enabled=False, clock=clock([0.0, 1.0]))
    progress.done(5)
    progress.show()
    progress.clear()
    progress.finish()
    shown_never = Progress(out, clock=clock([0.0]))
    shown_never.done(1)
    shown_never.finish()
    assert (out.getvalue(), progress.blocks, progress.sentences) == ("", 1, 5)


def test_ctrl_c_while_writing_is_held_until_the_block_is_written():
    written = []
    with pytest.raises(KeyboardInterrupt):
        with _interrupts_held():
            os.kill(os.getpid(), signal.SIGINT)
            written.append("whole block")
    assert written == ["whole block"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
