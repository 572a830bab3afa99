"""Worker processes that each handle one item at a time, under a time and a memory bound.

Why not concurrent.futures: a pool cannot stop one task. A file that makes a regular
expression run for an hour (re cannot be interrupted) or that balloons memory would stall or
break the whole run. Here the parent watches every worker: one that exceeds `time_limit_s` on
an item, or grows its resident memory by more than `memory_limit_mb`, is killed and replaced,
and the item's outcome is a `Bounded` failure the caller turns into a quarantine row.

Workers also die with their parent: they are forked, ask the kernel for SIGKILL when the
parent goes (Linux prctl), and a watchdog thread checks the parent pid as a fallback, so a
kill -9 of the main process never leaves them running.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator, Sequence

TIME_LIMIT_S = 60.0  # one article takes tens of milliseconds; a minute means a pathological input
MEMORY_LIMIT_MB = 1500  # growth of one worker's resident memory while it handles one item
POLL_S = 0.1
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Bounded:
    """An item whose worker was stopped: `check` is too_slow, too_much_memory or worker_crashed."""

    check: str
    reason: str


def _die_with_parent(parent: int) -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the watchdog below still works
        pass

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the prctl took effect
        os._exit(1)


@contextmanager
def _sigint_held() -> Iterator[None]:
    """Hold Ctrl-C back while a worker is forked; it is delivered once the fork is done.

    A SIGINT that lands while fork() runs its Python hooks (logging's lock release, for one) is
    raised inside the hook and reported as "Exception ignored": the run would go on as if the
    user had never pressed Ctrl-C. Blocked here, it stays pending and is raised in our code.
    """
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: nothing to hold
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _serve(conn: Connection, fn: Callable[[Any], Any], parent: int) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if hasattr(signal, "pthread_sigmask"):  # forked with SIGINT held (_sigint_held): let it go
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, item = task
        try:
            result = fn(item)
        except MemoryError:
            result = Bounded("too_much_memory", "ran out of memory")
        except Exception as exc:  # noqa: BLE001 - a bug on one item must not end the others
            result = Bounded("internal_error", f"{type(exc).__name__}: {exc}")
        conn.send((index, result))


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process in MiB (None when unknown: no /proc)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


class _Worker:
    def __init__(self, context, fn: Callable[[Any], Any]):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, fn, os.getpid()), daemon=True)
        with _sigint_held():
            self.process.start()
        child.close()
        self.index: int | None = None
        self.started = 0.0
        self.base_mb: float | None = None

    def give(self, index: int, item: Any) -> None:
        self.index, self.started = index, time.monotonic()
        self.base_mb = rss_mb(self.process.pid)
        self.conn.send((index, item))

    def over_limit(self, time_limit_s: float, memory_limit_mb: float) -> Bounded | None:
        elapsed = time.monotonic() - self.started
        if elapsed > time_limit_s:
            return Bounded("too_slow", f"took over {time_limit_s:g} s (stopped)")
        now = rss_mb(self.process.pid)
        if now is not None and self.base_mb is not None and now - self.base_mb > memory_limit_mb:
            return Bounded("too_much_memory", f"used over {memory_limit_mb:g} MiB more memory (stopped)")
        return None

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def close(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def bounded_map(fn: Callable[[Any], Any], items: Sequence[Any], workers: int,
                time_limit_s: float = TIME_LIMIT_S, memory_limit_mb: float = MEMORY_LIMIT_MB,
                poll_s: float = POLL_S) -> Iterator[Any]:
    """fn(item) for every item, in item order, computed in `workers` forked processes.

    An item whose worker broke a bound, died, or raised yields a `Bounded` instead of its result.
    """
    if not items:
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    todo = deque(enumerate(items))
    done: dict[int, Any] = {}
    pool = [_Worker(context, fn) for _ in range(max(1, min(workers, len(items))))]
    next_out = 0
    try:
        while next_out < len(items):
            for i, worker in enumerate(pool):
                if worker.index is None and todo:
                    if not worker.process.is_alive():
                        worker.kill()
                        pool[i] = worker = _Worker(context, fn)
                    worker.give(*todo.popleft())
            busy = {w.conn: w for w in pool if w.index is not None}
            for conn in wait(list(busy), timeout=poll_s):
                worker = busy[conn]
                try:
                    index, result = conn.recv()
                except (EOFError, OSError):
                    index, result = worker.index, Bounded("worker_crashed", _death(worker))
                    worker.kill()
                    pool[pool.index(worker)] = _Worker(context, fn)
                done[index] = result
                worker.index = None
            for i, worker in enumerate(pool):
                if worker.index is None:
                    continue
                broken = worker.over_limit(time_limit_s, memory_limit_mb)
                if broken is not None:
                    done[worker.index] = broken
                    worker.kill()
                    pool[i] = _Worker(context, fn)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        for worker in pool:
            worker.kill() if worker.index is not None else worker.close()


def _death(worker: _Worker) -> str:
    worker.process.join(timeout=1)
    code = worker.process.exitcode
    if code is not None and code < 0:
        return f"the worker process was killed by signal {-code}"
    return f"the worker process exited (code {code})"
