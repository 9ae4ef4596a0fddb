"""Run a function over a stream of items in forked worker processes, results in input order.

Extraction is pure Python, so on a multi-core machine documents go to forked
workers, which already hold every imported module and so start in about a
millisecond (``multiprocessing`` alone costs 40 ms of imports). One loop in
this process reads the input, writes to the workers without ever blocking
(so neither side can wait on the other forever) and yields results in order;
no thread competes with it for the interpreter. At most a few items per worker
are in flight, so memory stays flat, and an item the input fails on is raised
in its place, after the results of every item before it.
"""
from __future__ import annotations

import gc
import os
import struct
import sys
from collections import deque
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Tuple, TypeVar

if TYPE_CHECKING:
    import selectors

# pickle, selectors and signal (4 ms of imports) are imported by the functions that fork and talk to
# workers, so that a run with -j1 loads none of them.

T = TypeVar("T")
R = TypeVar("R")

MAX_JOBS = 8
IN_FLIGHT = 4  # items sent ahead to each worker
AHEAD = 32  # items per worker read ahead of the oldest one not yet yielded (one slow item must not idle the rest)
_HEADER = struct.Struct("<Q")


def default_jobs() -> int:
    """Worker processes to use: the cores this process may run on (at most 8); 1 where fork is unsafe."""
    if not sys.platform.startswith("linux"):
        return 1  # macOS and Windows: fork is unsafe or missing, spawn would re-import everything
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


class WorkerDied(RuntimeError):
    """A worker process ended without sending its result (killed, out of memory)."""


class _Worker:
    """This process's view of one worker: its pipes, unsent bytes and the items it holds."""

    def __init__(self, pid: int, tasks: int, results: int):
        self.pid = pid
        self.tasks: Optional[int] = tasks
        self.results: Optional[int] = results
        self.unsent = bytearray()
        self.received = bytearray()
        self.holding: Deque[int] = deque()


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[Tuple[T, R]]:
    """Yield ``(item, fn(item))`` in input order, computing ``fn`` in ``jobs`` forked processes.

    With ``jobs`` of 1, no fork, or fewer than two items, everything runs here.
    An exception raised by ``fn`` or by the iterator is re-raised here at its item's place.
    """
    it = iter(items)
    head: List[T] = []
    try:
        for item in it:
            head.append(item)
            if len(head) == 2:
                break
    except Exception:
        for item in head:  # results before the failing item come first, as they would in order
            yield item, fn(item)
        raise
    if jobs <= 1 or len(head) < 2 or not hasattr(os, "fork"):
        for item in _chain(head, it):
            yield item, fn(item)
        return
    yield from _forked(fn, _chain(head, it), jobs)


def _chain(head: List[T], rest: Iterator[T]) -> Iterator[T]:
    yield from head
    yield from rest


def _frame(obj: Any) -> bytes:
    import pickle

    data = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


def _forked(fn: Callable[[T], R], items: Iterator[T], jobs: int) -> Iterator[Tuple[T, R]]:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()  # a child must not inherit unwritten output
        except (OSError, ValueError):
            pass
    import pickle  # noqa: F401  (loaded before the fork, so the workers inherit it)
    import selectors

    workers: List[_Worker] = []
    gc.freeze()  # the collector would otherwise touch, and so copy, every inherited object in each worker
    try:
        for _ in range(jobs):
            workers.append(_spawn(fn, workers))
    except OSError:
        pass  # out of processes: run with the workers there are, or here
    finally:
        gc.unfreeze()
    if not workers:
        for item in items:
            yield item, fn(item)
        return
    sel = selectors.DefaultSelector()
    for w in workers:
        os.set_blocking(w.tasks, False)
        os.set_blocking(w.results, False)
        sel.register(w.results, selectors.EVENT_READ, (w, False))
    held: Dict[int, T] = {}
    done: Dict[int, Tuple[bool, Any]] = {}
    sent = returned = 0
    failure: Optional[BaseException] = None
    exhausted = False
    try:
        while True:
            while not exhausted and failure is None and sent - returned < AHEAD * len(workers) \
                    and min(len(w.holding) for w in workers) < IN_FLIGHT:
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    break
                except Exception as e:  # raised once every earlier item is out
                    failure = e
                    break
                w = min(workers, key=lambda x: len(x.holding))
                held[sent] = item
                w.holding.append(sent)
                sent += 1
                if not w.unsent:
                    sel.register(w.tasks, selectors.EVENT_WRITE, (w, True))
                w.unsent += _frame(item)
            while returned in done:
                ok, result = done.pop(returned)
                item = held.pop(returned)
                returned += 1
                if not ok:
                    raise result
                yield item, result
            if returned == sent:
                if failure is not None:
                    raise failure
                if exhausted:
                    return
                continue
            for key, _ in sel.select():
                w, writing = key.data
                if writing:
                    _send(sel, w)
                else:
                    _receive(sel, w, done)
    finally:
        sel.close()
        _stop(workers)


def _send(sel: selectors.BaseSelector, w: _Worker) -> None:
    try:
        n = os.write(w.tasks, w.unsent)
    except BlockingIOError:
        return
    except OSError as e:
        raise WorkerDied(f"worker process {w.pid} stopped reading") from e
    del w.unsent[:n]
    if not w.unsent:
        sel.unregister(w.tasks)


def _receive(sel: selectors.BaseSelector, w: _Worker, done: Dict[int, Tuple[bool, Any]]) -> None:
    import pickle

    try:
        data = os.read(w.results, 1 << 20)
    except BlockingIOError:
        return
    if not data:
        raise WorkerDied(f"worker process {w.pid} ended unexpectedly")
    w.received += data
    while len(w.received) >= _HEADER.size:
        size = _HEADER.unpack_from(w.received)[0]
        end = _HEADER.size + size
        if len(w.received) < end:
            return
        done[w.holding.popleft()] = pickle.loads(w.received[_HEADER.size:end])
        del w.received[:end]


def _spawn(fn: Callable[[T], R], siblings: List[_Worker]) -> _Worker:
    import signal

    task_r, task_w = os.pipe()
    result_r, result_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C stops
            os.close(task_w)
            os.close(result_r)
            for w in siblings:
                os.close(w.tasks)
                os.close(w.results)
            _serve(fn, os.fdopen(task_r, "rb"), os.fdopen(result_w, "wb"))
        finally:
            os._exit(0)
    os.close(task_r)
    os.close(result_w)
    return _Worker(pid, task_w, result_r)


def _serve(fn: Callable[[T], R], tasks: BinaryIO, results: BinaryIO) -> None:
    """The worker's loop: read an item, send back ``(True, result)`` or ``(False, exception)``."""
    import pickle

    while True:
        header = tasks.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        item = pickle.loads(tasks.read(_HEADER.unpack(header)[0]))
        try:
            reply: Tuple[bool, Any] = (True, fn(item))
        except BaseException as e:  # sent back and raised in the parent
            reply = (False, e)
        try:
            data = _frame(reply)
        except Exception as e:
            data = _frame((False, RuntimeError(f"{type(reply[1]).__name__}: {reply[1]} ({e})")))
        try:
            results.write(data)
            results.flush()
        except OSError:
            return


def _stop(workers: List[_Worker]) -> None:
    """Close the pipes, then end and reap every worker; those still busy are terminated."""
    import signal

    for w in workers:
        for fd in (w.tasks, w.results):
            if fd is not None:
                os.close(fd)
        w.tasks = w.results = None
        try:
            os.kill(w.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for w in workers:
        try:
            os.waitpid(w.pid, 0)
        except ChildProcessError:
            pass
