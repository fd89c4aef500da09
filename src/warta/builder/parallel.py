"""Run a pure function over many items in worker processes, results in item order.

Workers are forked after the caller has put everything they read into `shared`: they inherit
it (copy-on-write) instead of receiving it through pipes, and only item indexes go out and
results come back. Where fork is not available, or with one job, everything runs in-process.

The workers live exactly as long as the `with parallel_map(...)` block that started them: however
the block ends (every result read, `break`, an error, Ctrl+C), they are killed and reaped before
it is left, in the caller's frame (issue 21: a generator abandoned inside `zip()` terminated its
multiprocessing.Pool while being finalised, where Ctrl+C was printed as "Exception ignored" and
the build went on, or hung for ever in `Pool.terminate()` holding the build lock). Each worker
has a pipe of its own, so no lock is shared between processes and a killed worker cannot leave
one held. Workers ignore SIGINT and SIGTERM: a signal to the whole process group (Ctrl+C) stops
the build once, in the parent, which runs its clean-ups and kills the workers; a worker whose
parent dies is killed by the kernel.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import socket
import traceback
from collections import deque
from contextlib import contextmanager
from multiprocessing import util
from multiprocessing.connection import wait
from typing import Any, Callable, Iterator, Sequence

_shared: Any = None
_function: Callable | None = None
_PR_SET_PDEATHSIG = 1
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
_QUEUED = 2
"""Batches sent ahead to each worker, so that it never waits for the parent between two."""
_RESULT_BUFFER = 4 << 20
"""Bytes of results a worker may send before the parent reads them (the kernel caps it at
`net.core.wmem_max`): with the default 208 KB, a worker whose batch of rendered articles is larger
waited, blocked in `send`, while the parent computed a batch of its own. Measured on the
10,000-article corpus, `--jobs 2`: the load stage's worker did 9.0 s of CPU to the parent's 13.6 s,
and the stage took 13.8 s; with room for its results, 11.4 s to 11.3 s, in 11.7 s."""
RENEW_AFTER = 1000
"""Items a worker computes before it is replaced by a fresh fork (issue 20). A forked worker shares the
parent's memory until it touches an object: reading one writes its reference count, and the kernel
then copies the whole memory page it lies on. A render worker reads article views from all over the
parent's heap, so by the end of a stage it held a private copy of nearly all of it: a 10,000-article
build peaked at 470 MB (PSS of both processes) with a 300 MB parent, a 100,000-article build at twice
the parent. A fresh fork shares everything again; forking a parent of 2.4 GB takes about 55 ms (the
old worker is reaped later: waiting for the kernel to tear it down took as long again). A stage of
cheap items renews less often (`parallel_map(renew_after=...)`): renewing after every batch of 512
page fingerprints took 16 s of a 100,000-article rebuild."""


class WorkerDiedError(OSError):
    """A worker process ended in the middle of the work (killed from outside: the OOM killer)."""


def job_count(jobs: int | None) -> int:
    """`--jobs` as given, or the number of CPUs this process may use."""
    if jobs:
        return max(1, jobs)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def shared() -> Any:
    """What the parent prepared for the workers (read-only by convention): the `state` given to
    `parallel_map` (the build gives a frozen record per step, `steps.py`)."""
    return _shared


@contextmanager
def parallel_map(function: Callable[[int], Any], count: int, jobs: int, state: Any,
                 batch: int = 64, renew_after: int = RENEW_AFTER, apart: bool = False) -> Iterator[Iterator[Any]]:
    """Give function(0) … function(count - 1), in order, computed by `jobs` processes, to the
    `with` block; its worker processes are gone when the block ends, however it ends:

        with parallel_map(render, len(pages), jobs, {"pages": pages}) as results:
            for page, result in zip(pages, results):
                ...

    `function` takes an index and reads its inputs from `shared()`, which holds `state`. The
    calling process is one of the `jobs`: `jobs - 1` forked workers take batches from the front
    while it takes them from the back whenever the result it must give next is not ready, so
    that `--jobs 2` runs one copy of the build's memory, not two (a worker's memory pages stop
    being shared with the parent as it touches the objects in them) and no process idles. A worker
    is replaced by a fresh fork once it has computed `renew_after` items (see RENEW_AFTER).
    One block at a time per process (the workers' inputs are this module's globals).

    `apart`: the calling process computes nothing (with more than one job): `jobs` forked workers do
    it all, and the caller only takes their results in. For items whose work makes much garbage
    beside results the caller keeps for the rest of the build (an article's Markdown parsed, a page
    rendered): made in the caller, it was freed among the records kept, and the memory stayed the
    process's to the end (issue 20: at 10,000 articles the building process ended render at 209 MiB
    when it rendered half the pages itself, at 135 MiB when it rendered none)."""
    global _function, _shared
    if _function is not None:
        raise RuntimeError("parallel_map blocks cannot be nested")
    batches = [range(start, min(start + batch, count)) for start in range(0, count, batch)]
    _shared = state
    _function = function
    try:
        if jobs <= 1 or len(batches) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            yield (result for part in batches for result in _call(part))
            return
        # Frozen objects are never examined by the collector: a worker that collects its own garbage
        # does not touch (and so copy) the memory pages it shares with the parent.
        gc.freeze()
        workers = _Workers(max(1, renew_after // batch), computes=not apart)
        try:
            workers.start(min(jobs, len(batches)) if apart else min(jobs - 1, len(batches) - 1))
            yield workers.share(batches)
        finally:
            workers.stop()
            gc.unfreeze()
    finally:
        _shared = None
        _function = None


def forked_map(function: Callable[[Any], Any], items: Sequence[Any], jobs: int, batch: int = 256) -> list:
    """`list(map(function, items))`, computed by `jobs` processes (`parallel_map`): `function` and
    `items` are inherited by the forked workers, never pickled (a closure over the build's records
    will do); only the results come back. Each worker lives for the whole map: a stage this short
    gains nothing from fresh forks, and `function`'s caches warm up once per process."""
    with parallel_map(_apply_one, len(items), jobs, (function, items), batch=batch,
                      renew_after=max(len(items), batch)) as results:
        return list(results)


def _apply_one(index: int) -> Any:
    function, items = shared()
    return function(items[index])


class Apart:
    """One call, `function(*args)`, run in a forked process while the caller goes on; `result()`
    waits for its value (or raises what it raised). Where fork is not available, `result()` makes
    the call then, in this process.

    For work that is mostly system calls with a little Python around each, done beside the build's
    own: in a thread it takes the interpreter's lock between every two calls, and the build slows
    by as much as the thread saves (issue 22: the look-over of the reused output in a thread made the
    state's reading 0.3 s slower, on 10,000 articles, than doing it first). The process ignores
    Ctrl+C and SIGTERM and dies with its parent, as the workers of `parallel_map` do; `stop()` kills
    it if its result is not wanted any more."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        self._call = (function, args)
        self._process = self._pipe = None
        if "fork" in multiprocessing.get_all_start_methods():
            self._process, self._pipe = _forked(_apart, "warta-apart", function, args)

    def result(self) -> Any:
        if self._process is None:
            function, args = self._call
            return function(*args)
        try:
            ok, value = self._pipe.recv()
        except EOFError:
            raise WorkerDiedError("a worker process of the build ended without its result") from None
        finally:
            self.stop()
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        """Kill the process (if it still runs) and reap it."""
        if self._process is not None:
            _kill([self._process], [self._pipe])
            self._process = None


def _apart(pipe, parent: int, function: Callable[..., Any], args: tuple) -> None:
    """The process of an `Apart`: one call, its value (or error) sent back."""
    _as_child(parent)
    try:
        reply: tuple[bool, Any] = (True, function(*args))
    except Exception as exc:
        reply = (False, exc)
    try:
        pipe.send(reply)
    except Exception as exc:  # an error that cannot be pickled
        pipe.send((False, RuntimeError(f"{reply[1]!r} (and it cannot be sent back: {exc!r})")))


class _Workers:
    """Forked worker processes, each with its own pipe to the parent."""

    def __init__(self, renew_after: int, computes: bool = True) -> None:
        self.computes = computes
        """The parent computes batches from the back while it waits (else it only waits)."""
        self.processes: list = []
        self.pipes: list = []
        self.renew_after = renew_after
        """Batches a worker computes before it is replaced."""
        self.done: list[int] = []
        """Per worker: the batches it computed since it was forked."""
        self.leaving: list[bool] = []
        """Per worker: it was sent its last batches, and its successor is forked (`_succeed`)."""
        self.retired: list = []
        """Workers replaced and killed, not reaped yet."""
        # Also run when the interpreter exits, before multiprocessing joins its children: should the
        # block be left without stop() (an exception at the worst moment), no worker keeps the
        # process from exiting.
        self.stop = util.Finalize(self, _kill, args=(self.processes, self.pipes, self.retired), exitpriority=10)

    def start(self, count: int) -> None:
        for _ in range(count):
            self._add()

    def _add(self) -> None:
        process, pipe = _forked(_work, "warta-worker")
        self.processes.append(process)
        self.pipes.append(pipe)
        self.done.append(0)
        self.leaving.append(False)

    def _succeed(self, slot: int) -> None:
        """Fork the successor of the worker in `slot`, which has been sent its last batches: the new
        worker takes batches at once, while the old one computes those (`_retire` kills it once their
        results are in). (Issue 22: forked only once the old worker had finished, the new one started
        0.1 to 0.4 s later on a busy machine, and the old one had waited for the parent to notice it
        was done: render workers of a 10,000-article build, renewed every 1,000 pages, idled 3 s.)"""
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            self.leaving[slot] = True
            self._add()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def _retire(self, slot: int) -> None:
        """Kill the worker in `slot`, whose last batches are all in (it holds nothing between batches),
        and drop its slot. It is left to the kernel to tear down and reaped later (`_kill`, or here
        once it has ended), not waited for."""
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            old, pipe = self.processes[slot], self.pipes[slot]
            old.kill()
            pipe.close()
            self.retired[:] = [process for process in self.retired if not _reaped(process)]
            self.retired.append(old)
            for per_worker in (self.processes, self.pipes, self.done, self.leaving):
                del per_worker[slot]
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def share(self, batches: Sequence[range]) -> Iterator[Any]:
        """The results of every batch, in order; the parent computes batches from the back while
        the one it must give next is not ready."""
        done: dict[int, tuple[bool, Any]] = {}  # batch -> (True, its results) or (False, its error)
        sent = [deque() for _ in self.pipes]  # per worker: the batches it was sent, in order
        front, back = 0, len(batches) - 1  # the next batch to hand out from either end
        ahead = 3 * len(self.pipes)  # results waiting to be given: at most this many batches' worth
        for index in range(len(batches)):
            while index not in done:
                for worker in reversed(range(len(sent))):  # (backwards: a slot dropped moves none still to see)
                    if self.leaving[worker] and not sent[worker]:
                        self._retire(worker)
                        del sent[worker]
                for worker, queue in enumerate(sent):  # keep the workers busy (a successor added is seen too)
                    if self.leaving[worker]:
                        continue
                    while len(queue) < _QUEUED and front <= back and front - index < ahead \
                            and self.done[worker] + len(queue) < self.renew_after:
                        self._send(worker, batches[front])
                        queue.append(front)
                        front += 1
                    if self.done[worker] + len(queue) >= self.renew_after and front <= back:
                        self._succeed(worker)
                        sent.append(deque())
                busy = [pipe for queue, pipe in zip(sent, self.pipes) if queue]
                ready = wait(busy, timeout=0)
                if not ready and front <= back and self.computes:
                    done[back] = (True, _call(batches[back]))  # rather than wait
                    back -= 1
                    continue
                for pipe in ready or wait(busy):
                    worker = self.pipes.index(pipe)
                    done[sent[worker].popleft()] = self._receive(worker)
                    self.done[worker] += 1
            ok, results = done.pop(index)
            if not ok:
                raise results
            yield from results

    def _send(self, worker: int, batch: range) -> None:
        try:
            self.pipes[worker].send((batch.start, batch.stop))
        except OSError:
            raise self._died(worker) from None

    def _receive(self, worker: int) -> tuple[bool, Any]:
        try:
            return self.pipes[worker].recv()
        except (EOFError, OSError):  # OSError: it died with batches unread (connection reset)
            raise self._died(worker) from None

    def _died(self, worker: int) -> WorkerDiedError:
        process = self.processes[worker]
        process.join()  # its end of the pipe is closed: it is gone, or going
        code = process.exitcode
        how = f"was killed by signal {-code}" if code is not None and code < 0 else f"exited with status {code}"
        return WorkerDiedError(f"a worker process {how} (out of memory?); try again, or with fewer --jobs")


def _forked(target: Callable[..., None], name: str, *args: Any):
    """A forked process running `target(its end of a pipe, this process's id, *args)`, and this
    process's end of the pipe. It is born with SIGINT and SIGTERM blocked, and ignores them before
    unblocking (`_as_child`): a Ctrl+C at the moment of the fork reaches the parent only."""
    context = multiprocessing.get_context("fork")
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        mine, theirs = context.Pipe()
        _make_room(theirs)
        process = context.Process(target=target, args=(theirs, os.getpid(), *args), name=name)
        try:
            process.start()
        finally:
            theirs.close()  # the child's end lives in the child only: its death reads as EOF here
        return process, mine
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _as_child(parent: int) -> None:
    """First thing in a forked process: the parent decides when its work stops (SIGINT and SIGTERM
    ignored), and it dies with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    _die_with_parent(parent)


def _make_room(connection) -> None:
    """Let `connection` (a worker's end: a Unix socket) hold `_RESULT_BUFFER` bytes unread."""
    try:
        with socket.socket(fileno=os.dup(connection.fileno())) as end:
            end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _RESULT_BUFFER)
    except OSError:  # pragma: no cover - not a socket here: the default room
        pass


def _reaped(process) -> bool:
    """Whether a killed worker has ended (and is reaped now), without waiting for it."""
    process.join(0)
    return process.exitcode is not None


def _kill(processes: list, pipes: list, retired: list = ()) -> None:
    """Kill and reap the workers (and those replaced earlier). Between batches they hold nothing; in
    the middle of one, what they write goes to the staging folder or a cache under a temporary
    name, cleared by the next build."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)  # a second Ctrl+C cannot leave one running
    try:
        for process in processes:
            process.kill()
        for process in (*processes, *retired):
            process.join()
        for pipe in pipes:
            pipe.close()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _work(pipe, parent: int) -> None:
    """A worker: compute the batches the parent sends, until it kills this process."""
    _as_child(parent)
    # The cyclic collector stays as the parent left it: off during a build (`pipeline.build`), as in a
    # one-job build. (Issue 22: turned on here, it took 1.5 s of a 10,000-article build's CPU in the
    # workers, 1.1 s of it rendering, and kept no memory down: a worker lives for `RENEW_AFTER` items,
    # and its largest size was the same without it.) Where it is on, the parent froze what it holds
    # (see parallel_map): a collection examines only what this worker made.
    while True:
        try:
            start, stop = pipe.recv()
        except EOFError:  # the parent is gone
            return
        try:
            reply: tuple[bool, Any] = (True, _call(range(start, stop)))
        except Exception as exc:
            exc.add_note("in a worker process:\n" + "".join(traceback.format_tb(exc.__traceback__)).rstrip())
            reply = (False, exc)
        try:
            pipe.send(reply)
        except Exception as exc:  # a result or an error that cannot be pickled
            pipe.send((False, RuntimeError(f"a worker's result cannot be sent back: {exc!r}")))


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
