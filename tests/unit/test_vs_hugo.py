"""benchmarks/vs_hugo.py's arithmetic and order (no timing: made-up figures): every row divided by
Hugo's medians, the floor set against the --jobs 1 build per article, Warta and Hugo alternating."""

from __future__ import annotations

import sys
from pathlib import Path

from helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import vs_hugo  # noqa: E402  (a script beside bench.py and floor.py, which it imports by name)
from vs_hugo import FLOOR, HUGO, SINGLE, Row, Step, in_order, table  # noqa: E402


def test_the_table_divides_by_hugos_medians_and_sets_jobs_1_against_the_floor():
    rows = {"full build `--clean`, `--jobs 2`": Row("full build `--clean`, `--jobs 2`", [30.0, 20.0, 40.0],
                                                     [60.0, 50.0, 70.0], 300.0),
            HUGO: Row(HUGO, [9.0, 10.0, 11.0], [20.0, 25.0, 30.0], 1200.0),
            SINGLE: Row(SINGLE, [50.0, 50.0, 50.0], [40.0, 40.0, 40.0], 250.0),
            FLOOR: Row(FLOOR, [12.0, 12.0, 12.0], [10.0, 10.0, 10.0], 30.0),
            "no-op rebuild": Row("no-op rebuild", [0.5, 0.6, 0.4], [0.3, 0.3, 0.3], 40.0)}
    lines = table(rows, 1000).splitlines()
    assert lines[0].startswith("| run | wall | wall ÷ Hugo | CPU | CPU ÷ Hugo |")
    body = [line for line in lines if line.startswith("| ") and "---" not in line][1:]
    assert [line.split(" | ")[0].removeprefix("| ") for line in body] == [
        HUGO, "full build `--clean`, `--jobs 2`", SINGLE, "no-op rebuild", FLOOR]
    assert body[0] == f"| {HUGO} | 10.00 s | 1.00× | 25.00 s | 1.00× | 1,200 MiB | 1.00× |"
    assert body[1] == "| full build `--clean`, `--jobs 2` | 30.00 s | 3.00× | 60.00 s | 2.40× | 300 MiB | 0.25× |"
    assert body[3] == "| no-op rebuild | 0.50 s | 0.05× | 0.30 s | 0.01× | 40 MiB | 0.03× |"
    assert lines[-1] == "Warta `--jobs 1` CPU per article: 40.00 ms = 4.00× the floor's 10.00 ms."


def test_warta_and_hugo_swap_places_every_round_and_the_rebuilds_keep_theirs():
    def step(name: str) -> Step:
        return Step(name, [], Path())

    groups = [[step("warta"), step("hugo")], [step("jobs 1"), step("floor")], [step("edit"), step("add")]]
    names = [[s.name for s in in_order(groups, n)] for n in range(3)]
    assert names[0] == names[2] == ["warta", "hugo", "jobs 1", "floor", "edit", "add"]
    assert names[1] == ["hugo", "warta", "floor", "jobs 1", "edit", "add"]


def test_the_largest_process_is_measured_not_the_sum():
    class Process:
        def __init__(self, rss: int, running: bool = True) -> None:
            self.rss, self.running = rss, running

        def is_running(self) -> bool:
            return self.running

        def memory_info(self):
            return self

    assert vs_hugo.largest_rss([Process(100), Process(300), Process(200), Process(900, running=False)]) == 300
    assert vs_hugo.largest_rss([]) == 0
