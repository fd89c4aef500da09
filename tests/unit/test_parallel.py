"""parallel_map: results in order whatever process computed them, the calling process doing its share."""

from __future__ import annotations

import os

import pytest

from warta.build.parallel import parallel_map, shared


def _square_with_pid(index: int):
    return shared()["values"][index] ** 2, os.getpid()


def _fail_at_700(index: int):
    if index == 700:
        raise ValueError("item 700")
    return index


@pytest.mark.parametrize("jobs", [1, 2, 3])
@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 1000])
def test_results_come_in_item_order(jobs: int, count: int):
    values = list(range(count))
    results = list(parallel_map(_square_with_pid, count, jobs, {"values": values}, batch=8))
    assert [value for value, _ in results] == [v * v for v in values]


def test_the_calling_process_and_the_workers_share_the_work():
    results = list(parallel_map(_square_with_pid, 4000, 2, {"values": list(range(4000))}, batch=16))
    pids = {pid for _, pid in results}
    assert os.getpid() in pids, "the calling process took no batch"
    assert len(pids) == 2, "with --jobs 2 one worker is forked, not two"


def test_one_job_runs_in_process():
    results = list(parallel_map(_square_with_pid, 500, 1, {"values": list(range(500))}, batch=16))
    assert {pid for _, pid in results} == {os.getpid()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_in_any_item_reaches_the_caller(jobs: int):
    with pytest.raises(ValueError, match="item 700"):
        list(parallel_map(_fail_at_700, 1000, jobs, {}, batch=8))
    # and the next call starts clean
    assert list(parallel_map(_fail_at_700, 10, jobs, {}, batch=8)) == list(range(10))
