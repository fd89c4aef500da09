"""A build on a Dask cluster against a local build (issue 20): wall time, tasks, cost per task.

    .venv/bin/python benchmarks/cluster_bench.py --corpus DIR          # e.g. a 10,000-article corpus
    .venv/bin/python benchmarks/cluster_bench.py --corpus DIR --repeat 1

The corpus (a folder of article files, as ../shared/bench/make_corpus.py writes them) is copied once
into `--work`/site/articles with the bench config, and the social cards drawn once (so every row
times the same work: `--clean` keeps them cached). Then each row is a fresh `warta build --clean
--no-search --quiet -v` process, its wall time the median of `--repeat` runs:

- local: `--jobs 2` (forked processes);
- LocalCluster: `--scheduler` of a `distributed.LocalCluster` of `--workers` worker processes,
  one thread each, started by this script;
- dask processes: `--scheduler` of a `dask scheduler` and `--workers` `dask worker --nthreads 1`
  processes started by this script on 127.0.0.1 (killed by process group at the end).

For the cluster rows it also reads Dask's task stream (every task's compute, transfer and
deserialisation times, from the scheduler) and prints the tasks of the build, their compute time,
and the overhead per task: the render stage's wall time times the worker threads, less the tasks'
compute time, over the tasks. A separate line times Dask alone: 2,000 empty tasks. Every output
is compared with the local one (`diff -r`); a difference stops the script.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOW = "2026-11-21T12:00:00+07:00"
CONFIG = "title: Warta Bench\nbase_url: https://contoh.id/\n"


def prepare(corpus: Path, work: Path) -> Path:
    site = work / "site"
    if not (site / "articles").is_dir():
        (site / "articles").parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(corpus, site / "articles")
    (site / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    if not (site / ".warta-cache" / "cards").is_dir():
        print("drawing the social cards once (a cold build)…", file=sys.stderr)
        build(site, work / "out-warm", ["--jobs", "2"])
    return site


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}


def build(site: Path, output: Path, extra: list[str]) -> tuple[float, dict[str, float]]:
    """One `warta build` process: (wall seconds, seconds of each stage)."""
    cmd = [sys.executable, "-m", "warta", "build", "--source", str(site), "--output", str(output), "--now", NOW,
           "--clean", "--no-search", "--quiet", "-v", *extra]
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env(), capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    stages = {m.group(1): float(m.group(2)) for m in re.finditer(r"pipeline: (\w+): ([\d.]+) s", done.stderr)}
    return seconds, stages


def same(one: Path, other: Path) -> None:
    diff = subprocess.run(["diff", "-r", "-q", str(one), str(other)], capture_output=True, text=True)
    if diff.returncode != 0:
        raise SystemExit(f"outputs differ:\n{diff.stdout[:3000]}")


class Processes:
    """`dask scheduler` and `dask worker` processes, each its own process group."""

    def __init__(self, folder: Path, workers: int):
        folder.mkdir(parents=True, exist_ok=True)
        self.started: list[subprocess.Popen] = []
        address_file = folder / "scheduler.json"
        address_file.unlink(missing_ok=True)
        self._start(folder, ["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                             "--no-dashboard", "--scheduler-file", str(address_file)])
        deadline = time.monotonic() + 120
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.address = json.loads(address_file.read_text())["address"]
        for number in range(workers):
            self._start(folder, ["distributed.cli.dask_worker", self.address, "--nthreads", "1", "--no-dashboard",
                                 "--host", "127.0.0.1", "--local-directory", str(folder / f"w{number}")])

    def _start(self, folder: Path, args: list[str]) -> None:
        log = open(folder / f"{len(self.started)}.log", "wb")
        self.started.append(subprocess.Popen([sys.executable, "-m", *args], env=env(), stdout=log,
                                             stderr=subprocess.STDOUT, start_new_session=True, cwd=folder))
        log.close()

    def stop(self) -> None:
        for process in self.started:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()


def row(name: str, runs: list[tuple[float, dict[str, float]]]) -> dict:
    walls = [wall for wall, _ in runs]
    median = statistics.median(walls)
    stages = min(runs, key=lambda run: abs(run[0] - median))[1]
    print(f"| {name} | {median:.2f} s | {', '.join(f'{w:.2f}' for w in walls)} | "
          + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()) + " |", flush=True)
    return {"name": name, "median": median, "walls": walls, "stages": stages}


def cluster_rows(name: str, address: str, workers: int, site: Path, work: Path, repeat: int, reference: Path) -> dict:
    import distributed

    with distributed.Client(address, set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=120)
        threads = sum(client.nthreads().values())
        empty = dask_overhead(client)
        runs, streams = [], []
        for run in range(repeat):
            client.get_task_stream(count=1)  # (starts the scheduler's recording)
            started = time.time()
            runs.append(build(site, work / f"out-{name}", ["--scheduler", address]))
            streams.append(client.get_task_stream(start=started))
            same(reference, work / f"out-{name}")
    result = row(f"{name} ({threads} workers)", runs)
    result["empty_task_ms"] = empty
    median_run = min(range(repeat), key=lambda i: abs(runs[i][0] - result["median"]))
    result["tasks"] = tasks(streams[median_run], runs[median_run][1], threads)
    return result


def tasks(stream: list[dict], stages: dict[str, float], threads: int) -> dict:
    """The build's tasks by kind: count, compute seconds, and the overhead per task of the render stage."""
    kinds: dict[str, dict] = {}
    for record in stream:
        kind = str(record["key"]).split("-")[1] if str(record["key"]).startswith("warta-") else "other"
        entry = kinds.setdefault(kind, {"tasks": 0, "compute": 0.0, "transfer": 0.0, "deserialize": 0.0})
        entry["tasks"] += 1
        for part in record["startstops"]:
            if part["action"] in ("compute", "transfer", "deserialize"):
                entry[part["action"]] += part["stop"] - part["start"]
    render = kinds.get("render")
    if render:
        render["stage_wall"] = stages.get("render", 0.0)
        render["overhead_per_task_ms"] = (render["stage_wall"] * threads - render["compute"]) / render["tasks"] * 1000
        render["compute_per_task_ms"] = render["compute"] / render["tasks"] * 1000
    print("    tasks: " + "; ".join(f"{kind}: {v['tasks']} tasks, compute {v['compute']:.2f} s"
                                    + (f", overhead {v['overhead_per_task_ms']:.1f} ms/task" if "overhead_per_task_ms" in v
                                       else "") for kind, v in kinds.items()), flush=True)
    return kinds


def _nothing(_: int) -> None:
    return None


def dask_overhead(client, count: int = 2000) -> float:
    """Milliseconds per empty task, `count` of them submitted at once."""
    started = time.perf_counter()
    client.gather(client.map(_nothing, range(count), pure=False))
    ms = (time.perf_counter() - started) / count * 1000
    print(f"    Dask alone: {count} empty tasks, {ms:.2f} ms a task", flush=True)
    return ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="a folder of article files")
    parser.add_argument("--work", type=Path, default=Path("/tmp/warta-cluster-bench"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    # (The LocalCluster's worker processes, started from this one, import this checkout's Warta too.)
    os.environ["PYTHONPATH"] = env()["PYTHONPATH"]
    sys.path.insert(0, str(REPO / "src"))
    site = prepare(args.corpus, args.work)
    print("| build | median wall | runs | stages (of the median run) |\n| --- | --- | --- | --- |", flush=True)
    results = [row("local, --jobs 2", [build(site, args.work / "out-local", ["--jobs", "2"])
                                       for _ in range(args.repeat)])]
    reference = args.work / "out-local"
    import distributed

    with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=":0") as local:
        results.append(cluster_rows("LocalCluster", local.scheduler_address, args.workers, site, args.work, args.repeat, reference))
    processes = Processes(args.work / "dask", args.workers)
    try:
        results.append(cluster_rows("dask processes", processes.address, args.workers, site, args.work, args.repeat, reference))
    finally:
        processes.stop()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
