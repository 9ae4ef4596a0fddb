"""Forked workers: same output as one process, in order, errors in place, nothing left running."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.parallel import ordered_map

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def square_with_pid(n: int):
    return n * n, os.getpid()


def test_results_come_in_input_order_from_other_processes():
    got = list(ordered_map(square_with_pid, range(50), jobs=2))
    assert [item for item, _ in got] == list(range(50))
    assert [r[0] for _, r in got] == [n * n for n in range(50)]
    assert os.getpid() not in {r[1] for _, r in got}
    assert len({r[1] for _, r in got}) == 2
    assert _no_children_left()


def test_one_job_or_one_item_stays_in_this_process():
    assert {r[1] for _, r in ordered_map(square_with_pid, range(5), jobs=1)} == {os.getpid()}
    assert [r for _, r in ordered_map(square_with_pid, [3], jobs=4)] == [(9, os.getpid())]
    assert list(ordered_map(square_with_pid, [], jobs=4)) == []


def fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError(f"bad item {n}")
    return n


def test_a_failing_item_raises_in_place_after_the_results_before_it():
    seen = []
    with pytest.raises(ValueError, match="bad item 7"):
        for item, result in ordered_map(fails_on_seven, range(20), jobs=2):
            seen.append(result)
    assert seen == list(range(7))
    assert _no_children_left()


def test_a_failing_input_raises_after_every_item_it_gave():
    def items():
        yield from range(5)
        raise OSError("disk gone")

    seen = []
    with pytest.raises(OSError, match="disk gone"):
        for item, result in ordered_map(fails_on_seven, items(), jobs=2):
            seen.append(result)
    assert seen == list(range(5))


def test_stopping_early_ends_the_workers():
    gen = ordered_map(square_with_pid, range(10_000), jobs=2)
    assert next(gen)[0] == 0
    gen.close()
    assert _no_children_left()


def test_cli_output_is_the_same_with_and_without_workers(tmp_path):
    for path in sorted(DATA.glob("news-*.txt")):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    outputs = [runner.invoke(main, ["extract", str(tmp_path), "--format", "jsonl", "-j", jobs]) for jobs in "124"]
    assert [o.exit_code for o in outputs] == [0, 0, 0]
    assert outputs[0].stdout == outputs[1].stdout == outputs[2].stdout
    files = {json.loads(line)["file"] for line in outputs[0].stdout.splitlines()}
    assert len(files) == len(list(DATA.glob("news-*.txt")))


def test_ctrl_c_stops_the_workers_and_keeps_whole_lines(tmp_path):
    story = (DATA / "news-en.txt").read_text(encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    with docs.open("w", encoding="utf-8") as f:
        for i in range(4000):
            f.write(json.dumps({"id": i, "text": story}) + "\n")
    proc = subprocess.Popen([sys.executable, "-c", "from quotes.cli import main; main()", "extract",
                             "--jsonl-input", str(docs), "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "interrupted" in err
    lines = out.splitlines()
    assert 0 < len(lines) < 4000
    assert [json.loads(line)["id"] for line in lines] == list(range(len(lines)))
    # the workers were its children: once it has exited, none of them may still be running
    assert not [p for p in Path("/proc").glob("[0-9]*/cmdline") if _holds(p, str(docs))]


def _holds(cmdline: Path, needle: str) -> bool:
    try:
        return needle in cmdline.read_bytes().decode("utf-8", "replace")
    except OSError:
        return False
