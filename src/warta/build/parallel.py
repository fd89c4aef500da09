"""Run a pure function over many items in worker processes, results in item order.

Workers are forked after the caller has put everything they read into `shared`: they inherit
it (copy-on-write) instead of receiving it through pipes, and only item indexes go out and
results come back. Where fork is not available, or with one job, everything runs in-process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from typing import Any, Callable, Iterator, Sequence

_shared: dict[str, Any] = {}
_function: Callable | None = None
_PR_SET_PDEATHSIG = 1


def job_count(jobs: int | None) -> int:
    """`--jobs` as given, or the number of CPUs this process may use."""
    if jobs:
        return max(1, jobs)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def shared() -> dict[str, Any]:
    """What the parent prepared for the workers (read-only by convention)."""
    return _shared


def _die_with_parent(parent: int) -> None:
    """A worker whose build is killed (SIGKILL, the OOM killer) ends with it, instead of living
    on with the build lock's descriptor and writing into a staging folder nobody will use."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return
    if os.getppid() != parent:  # the build died before prctl took effect
        os._exit(1)


def _start_worker(parent: int) -> None:
    _die_with_parent(parent)
    # The parent froze what it holds (see parallel_map): collecting here examines only what this
    # worker made, never the objects it shares with the parent.
    gc.enable()


def _call(batch: range) -> list:
    assert _function is not None
    return [_function(index) for index in batch]


def parallel_map(function: Callable[[int], Any], count: int, jobs: int, state: dict[str, Any],
                 batch: int = 64) -> Iterator[Any]:
    """Yield function(0) … function(count - 1), in order, computed by `jobs` processes.

    `function` takes an index and reads its inputs from `shared()`, which holds `state`. The
    calling process is one of the `jobs`: `jobs - 1` forked workers take batches from the front
    while it takes them from the back whenever the result it must yield next is not ready, so
    that `--jobs 2` runs one copy of the build's memory, not two (a worker's memory pages stop
    being shared with the parent as it touches the objects in them) and no process idles."""
    global _function
    _shared.clear()
    _shared.update(state)
    _function = function
    batches: Sequence[range] = [range(start, min(start + batch, count)) for start in range(0, count, batch)]
    try:
        if jobs <= 1 or len(batches) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            for part in batches:
                yield from _call(part)
            return
        context = multiprocessing.get_context("fork")
        workers = min(jobs - 1, len(batches) - 1)
        # Frozen objects are never examined by the collector: a worker that collects its own garbage
        # does not touch (and so copy) the memory pages it shares with the parent.
        gc.freeze()
        try:
            with context.Pool(processes=workers, initializer=_start_worker, initargs=(os.getpid(),)) as pool:
                yield from _share(pool, workers, batches)
        finally:
            gc.unfreeze()
    finally:
        _shared.clear()
        _function = None


def _share(pool, workers: int, batches: Sequence[range]) -> Iterator[Any]:
    done: dict[int, Any] = {}  # batch -> its results (a list) or the workers' AsyncResult
    front, back = 0, len(batches) - 1  # the next batch to hand out from either end
    for index in range(len(batches)):
        while True:
            while front <= back and front - index < 3 * workers:  # keep the workers busy
                done[front] = pool.apply_async(_call, (batches[front],))
                front += 1
            result = done[index]
            if isinstance(result, list) or result.ready() or front > back:
                break
            done[back] = _call(batches[back])  # rather than wait
            back -= 1
        result = done.pop(index)
        yield from result if isinstance(result, list) else result.get()
