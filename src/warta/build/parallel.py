"""Run a pure function over many items in worker processes, results in item order.

Workers are forked after the caller has put everything they read into `shared`: they inherit
it (copy-on-write) instead of receiving it through pipes, and only item indexes go out and
results come back. Where fork is not available, or with one job, everything runs in-process.
"""

from __future__ import annotations

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


def _call(batch: range) -> list:
    assert _function is not None
    return [_function(index) for index in batch]


def parallel_map(function: Callable[[int], Any], count: int, jobs: int, state: dict[str, Any],
                 batch: int = 64) -> Iterator[Any]:
    """Yield function(0) … function(count - 1), in order, computed by `jobs` processes.

    `function` takes an index and reads its inputs from `shared()`, which holds `state`."""
    global _function
    _shared.clear()
    _shared.update(state)
    _function = function
    batches: Sequence[range] = [range(start, min(start + batch, count)) for start in range(0, count, batch)]
    try:
        if jobs <= 1 or count <= batch or "fork" not in multiprocessing.get_all_start_methods():
            for part in batches:
                yield from _call(part)
            return
        context = multiprocessing.get_context("fork")
        with context.Pool(processes=min(jobs, len(batches)), initializer=_die_with_parent,
                          initargs=(os.getpid(),)) as pool:
            for results in pool.imap(_call, batches):
                yield from results
    finally:
        _shared.clear()
        _function = None
