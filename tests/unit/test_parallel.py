"""parallel_map: results in order whatever process computed them, the calling process doing its share;
the worker processes live exactly as long as the `with` block, and only the calling process decides
when the work stops (issue 21: Ctrl+C swallowed, or a build hung for ever in Pool.terminate())."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from helpers import process_alive

from warta.builder.parallel import Apart, WorkerDiedError, forked_map, parallel_map, shared
from warta.errors import OutputError

SAFETY = 60
"""Seconds after which a test gives up waiting for what it synchronises on (never reached when all is well)."""


def _square_with_pid(index: int):
    return shared()["values"][index] ** 2, os.getpid()


def _fail_at_700(index: int):
    if index == 700:
        raise ValueError("item 700")
    return index


def _signal_handlers(index: int):
    return os.getpid(), signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)


def _die_in_a_worker(index: int):
    if os.getpid() != shared()["parent"]:
        os.kill(os.getpid(), signal.SIGKILL)
    return index


def mapped(function, count: int, jobs: int, state: dict, batch: int = 64, renew_after: int = 10**9) -> list:
    with parallel_map(function, count, jobs, state, batch=batch, renew_after=renew_after) as results:
        return list(results)


@pytest.mark.parametrize("renew_after", [10**9, 16])
@pytest.mark.parametrize("jobs", [1, 2, 3])
@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 1000])
def test_results_come_in_item_order(jobs: int, count: int, renew_after: int):
    values = list(range(count))
    results = mapped(_square_with_pid, count, jobs, {"values": values}, batch=8, renew_after=renew_after)
    assert [value for value, _ in results] == [v * v for v in values]


def test_the_calling_process_and_the_workers_share_the_work():
    results = mapped(_square_with_pid, 4000, 2, {"values": list(range(4000))}, batch=16)
    pids = {pid for _, pid in results}
    assert os.getpid() in pids, "the calling process took no batch"
    assert len(pids) == 2, "with --jobs 2 one worker is forked, not two"


@pytest.mark.parametrize("renew_after", [10**9, 16])
@pytest.mark.parametrize("jobs", [2, 3])
def test_apart_leaves_every_item_to_the_workers(jobs: int, renew_after: int):
    """Issue 20: the calling process computes none (what the work makes in passing stays out of its memory)."""
    values = list(range(300))
    with parallel_map(_square_with_pid, len(values), jobs, {"values": values}, batch=8, renew_after=renew_after,
                      apart=True) as results:
        results = list(results)
    assert [value for value, _ in results] == [v * v for v in values]
    pids = {pid for _, pid in results}
    assert os.getpid() not in pids
    assert len(pids) >= jobs


def test_one_job_runs_in_process():
    results = mapped(_square_with_pid, 500, 1, {"values": list(range(500))}, batch=16)
    assert {pid for _, pid in results} == {os.getpid()}


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("count", [0, 3, 1000])
def test_forked_map_maps_a_closure_over_unpicklable_state_in_order(jobs: int, count: int):
    lock = multiprocessing.Lock()  # (cannot be pickled: the workers inherit the closure, it is never sent)
    seen: dict[int, int] = {}  # (a cache per process: each process fills its own copy)

    def square(value: int) -> tuple[int, int]:
        assert lock is not None
        seen[value] = os.getpid()
        return value * value, os.getpid()

    results = forked_map(square, list(range(count)), jobs, batch=8)
    assert [value for value, _ in results] == [v * v for v in range(count)]
    assert len({pid for _, pid in results}) == (min(jobs, 2) if count > 8 else 1 if count else 0)


def test_forked_map_keeps_one_worker_for_the_whole_map():
    results = forked_map(lambda value: os.getpid(), list(range(4000)), 2, batch=16)
    assert len(set(results)) == 2, "a worker was replaced by a fresh fork (its caches would warm up again)"


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_in_any_item_reaches_the_caller(jobs: int):
    with pytest.raises(ValueError, match="item 700"):
        mapped(_fail_at_700, 1000, jobs, {}, batch=8)
    # and the next call starts clean
    assert mapped(_fail_at_700, 10, jobs, {}, batch=8) == list(range(10))
    assert multiprocessing.active_children() == []


def test_workers_leave_interrupts_to_the_calling_process():
    """SIGINT (Ctrl+C reaches the whole process group) and SIGTERM stop the work in the parent only."""
    results = mapped(_signal_handlers, 400, 3, {}, batch=4)
    workers = {(sigint, sigterm) for pid, sigint, sigterm in results if pid != os.getpid()}
    assert workers == {(signal.SIG_IGN, signal.SIG_IGN)}
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the parent's own are untouched


@pytest.mark.parametrize("ending", ["all read", "break", "error in the block", "abandoned in zip"])
def test_the_workers_are_gone_when_the_block_ends(ending: str):
    values = list(range(2000))
    with pytest.raises(RuntimeError) if ending == "error in the block" else _nothing():
        with parallel_map(_square_with_pid, len(values), 3, {"values": values}, batch=8) as results:
            workers = multiprocessing.active_children()
            assert len(workers) == 2
            if ending == "all read":
                assert len(list(results)) == len(values)
            elif ending == "break":
                for _ in results:
                    break
            elif ending == "error in the block":
                next(results)
                raise RuntimeError("the caller fails")
            else:  # what the build does: the iterator is left suspended after the last item
                assert len(dict(zip(values, results))) == len(values)
    assert multiprocessing.active_children() == []
    assert all(process.exitcode is not None for process in workers)


def test_blocks_cannot_be_nested():
    with parallel_map(_fail_at_700, 10, 2, {}) as outer:
        with pytest.raises(RuntimeError, match="nested"):
            with parallel_map(_fail_at_700, 10, 2, {}):
                pass
        assert list(outer) == list(range(10))


def test_a_worker_killed_from_outside_is_an_error_not_a_hang():
    """multiprocessing.Pool waited for ever for the results of a worker the OOM killer took."""
    with pytest.raises(WorkerDiedError, match="killed by signal 9"):
        mapped(_die_in_a_worker, 200, 2, {"parent": os.getpid()}, batch=4)
    assert multiprocessing.active_children() == []


def _pid_slow_in_the_parent(index: int):
    """The item's process; the calling process takes a while over each item, so that the workers do
    most of them (whatever the machine's load, the calling process alone would take seconds)."""
    if os.getpid() == shared()["parent"]:
        sum(range(200_000))
    return os.getpid()


def test_a_worker_is_replaced_by_a_fresh_fork_after_so_many_items():
    """Issue 20: a forked worker copies the parent's memory pages as it reads the objects on them; a
    fresh fork shares them again. No worker computes more than `renew_after` items, none outlives the
    block, and the results are still in order."""
    parent = os.getpid()
    with parallel_map(_pid_slow_in_the_parent, 600, 2, {"parent": parent}, batch=2, renew_after=4) as results:
        pids = list(results)
    assert len(pids) == 600
    counts = {pid: pids.count(pid) for pid in set(pids) - {parent}}
    assert len(counts) >= 2, "the first worker was replaced"
    assert max(counts.values()) <= 4
    assert multiprocessing.active_children() == []
    assert not any(process_alive(pid) for pid in counts)


def _last_batch_waits_for_a_successor(index: int):
    """In a worker: note this item; its second (last, renew_after=2) waits until another worker has begun
    a later item (a successor: with --jobs 2, none while the old code's one worker lived)."""
    state = shared()
    pid = os.getpid()
    if pid == state["parent"]:
        return pid, None
    marks: Path = state["marks"]
    (marks / f"{pid}-{index}").touch()
    if len(list(marks.glob(f"{pid}-*"))) < 2:
        return pid, None
    deadline = time.monotonic() + SAFETY
    while time.monotonic() < deadline:
        for mark in marks.iterdir():
            other, _, item = mark.name.partition("-")
            if int(other) != pid and int(item) > index:
                return pid, True
        time.sleep(0.01)
    return pid, False


def test_a_workers_successor_is_forked_while_it_computes_its_last_batches(tmp_path: Path):
    """Issue 22: the fresh fork takes batches while the worker it replaces finishes those it was sent,
    instead of being forked once that one is done (both idle meanwhile). Results still in order."""
    state = {"parent": os.getpid(), "marks": tmp_path}
    with parallel_map(_last_batch_waits_for_a_successor, 40, 2, state, batch=1, renew_after=2) as results:
        found = list(results)
    waited = [seen for _, seen in found if seen is not None]
    assert waited and waited[0] is True, "a worker finished its last batch before its successor began"
    assert multiprocessing.active_children() == []


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


# --- Ctrl+C to the whole process group, in a real process ------------------------------------------

SCRIPT = textwrap.dedent("""
    import json, os, sys, time
    from pathlib import Path
    from warta.builder.parallel import parallel_map

    marks = Path(sys.argv[1])
    where = sys.argv[2]

    def block(index):
        if where == "in the function":
            (marks / f"computing-{os.getpid()}").touch()
            time.sleep(3600)
        return os.getpid()

    workers = set()
    try:
        with parallel_map(block, 400, 3, {}, batch=1, renew_after=int(sys.argv[3])) as results:
            for number, pid in enumerate(results):
                workers.add(pid)
                if number == 200:
                    (marks / f"reading-{os.getpid()}").touch()
                    time.sleep(3600)
    except KeyboardInterrupt:
        # Still inside the handler, with the traceback (and the caller's frame) alive.
        children = [p.pid for p in __import__("multiprocessing").active_children()]
        print(json.dumps({"children": children}))
        sys.exit(130)
    sys.exit(0)
""")


@pytest.mark.parametrize("where, renew_after", [("in the function", 1000), ("in the caller's loop", 1000),
                                               ("in the caller's loop", 2)])
def test_ctrl_c_to_the_process_group_stops_the_work_once_in_the_calling_process(tmp_path: Path, where: str,
                                                                                renew_after: int):
    """(renew_after=2: workers replaced every second item, the replaced ones killed but not yet reaped
    when Ctrl+C comes: all are reaped before the block is left.)"""
    marks = tmp_path / "marks"
    marks.mkdir()
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(marks), where, str(renew_after)],
                               stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        # In the function: the two workers and the calling process (which took a batch from the back
        # rather than wait) are all inside it. In the loop: the caller stopped half-way through the results.
        expected = 3 if where == "in the function" else 1
        deadline = time.monotonic() + SAFETY
        while len(list(marks.iterdir())) < expected and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(list(marks.iterdir())) == expected, process.communicate(timeout=SAFETY)
        workers = _children(process.pid)
        assert len(workers) == 2 if renew_after == 1000 else len(workers) >= 2
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=SAFETY)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, err
    assert err == "", "nothing ignored, no traceback from a worker"
    assert json.loads(out) == {"children": []}, "the workers were reaped before the with block was left"
    assert not any(process_alive(pid) for pid in workers)


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


# --- Apart: one call in a process of its own (the look-over of the reused output) -------------------

def test_apart_gives_the_value_computed_in_another_process():
    apart = Apart(os.getpid)
    assert apart.result() != os.getpid()
    assert not multiprocessing.active_children()


def test_apart_raises_what_the_call_raised():
    with pytest.raises(OutputError, match="unmount it"):
        Apart(_refuse, "media").result()
    assert not multiprocessing.active_children()


def test_apart_whose_process_died_says_so():
    apart = Apart(signal.pause)  # (never returns: killed below, as the OOM killer would)
    os.kill(apart._process.pid, signal.SIGKILL)
    with pytest.raises(WorkerDiedError):
        apart.result()
    assert not multiprocessing.active_children()


def _refuse(name: str) -> None:
    raise OutputError(f"{name} is a mount point inside the folder a build reuses; unmount it")
