"""The building process's memory after each stage of a build, and the peak of all its processes.

    .venv/bin/python benchmarks/memstages.py --site /tmp/site-10000 --site /tmp/site-30000
    .venv/bin/python benchmarks/memstages.py --site /tmp/site-10000 --src /path/to/other/src -- --jobs 1

Each site is built once by a fresh `python -m warta build --clean --no-search --jobs 2 --quiet` (extra
arguments after `--` are added; build the site once before, so that its social cards are cached). The
build runs in a process of this script's making, which notes its own RSS as each stage ends (the
pipeline's log line for the stage) and prints it; this script samples the RSS of that process and of
its children (the forked workers) every `--interval` seconds, summed: the all-process peak, as RSS summed
(which counts the pages a worker shares with its parent twice: an upper bound) and as PSS summed (each
shared page counted once, split between its processes). With two sites or more it prints, per stage, the parent's growth per
article between the first and the last: the figure issue 20 asks to move.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

NOW = "2026-11-21T12:00:00+07:00"
MIB = 1 << 20

INNER = r"""
import logging, os, sys, time
PAGE = os.sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE
def detail():
    # glibc's heap (in use / free, MiB) and pymalloc's arenas, when WARTA_MEMSTAGES_DETAIL is set
    if not os.environ.get("WARTA_MEMSTAGES_DETAIL"):
        return ""
    import ctypes, io, contextlib
    class Info(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                     "fsmblks", "uordblks", "fordblks", "keepcost")]
    libc = ctypes.CDLL(None)
    libc.mallinfo2.restype = Info
    m = libc.mallinfo2()
    err = io.StringIO()
    fd = os.dup(2)
    import tempfile
    with tempfile.TemporaryFile() as t:
        os.dup2(t.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(fd, 2)
            os.close(fd)
        t.seek(0)
        text = t.read().decode()
    stats = {}
    for line in text.splitlines():
        if "=" in line and line.startswith("#"):
            key, _, value = line.partition("=")
            stats[key.strip("# ").strip()] = value.strip().replace(",", "")
    M = 1 << 20
    if os.environ.get("WARTA_MEMSTAGES_DETAIL") == "census":
        import gc, collections
        sizes, counts = collections.Counter(), collections.Counter()
        seen = set()
        for o in gc.get_objects():
            for x in (o, *(gc.get_referents(o) if type(o) in (tuple, list, dict) or hasattr(type(o), "__slots__") else ())):
                if id(x) in seen:
                    continue
                seen.add(id(x))
                t = type(x).__name__
                sizes[t] += sys.getsizeof(x)
                counts[t] += 1
        top = ", ".join(f"{t}:{counts[t]}/{sizes[t] / M:.1f}" for t, _ in sizes.most_common(14))
        print(f"@census {top}", file=sys.stderr, flush=True)
    unused = next((l.split("=")[-1].strip().replace(",", "") for l in text.splitlines() if "unused pools" in l), "0")
    stats["unused"] = unused
    return (f" heap={m.arena / M:.0f}:used={m.uordblks / M:.0f}:free={m.fordblks / M:.0f}:mmap={m.hblkhd / M:.0f}"
            f" arenas={int(stats.get('arenas allocated current', 0))}"
            f" blocks={int(stats.get('bytes in allocated blocks', 0)) / M:.0f}"
            f" freepool={int(stats.get('bytes in available blocks', 0)) / M:.0f}"
            f" emptypools={int(stats['unused']) / M:.0f}")
class Stages(logging.Handler):
    def emit(self, record):
        if record.name == "warta.builder.pipeline" and record.args and isinstance(record.args, tuple):
            print(f"@stage {record.args[0]} {record.args[1]:.3f} {rss()}{detail()}", file=sys.stderr, flush=True)
handler = Stages(logging.INFO)
for name in ("warta.builder.pipeline",):
    logger = logging.getLogger(name)
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    logger.propagate = False
from warta import cli
print(f"@stage start 0 {rss()}", file=sys.stderr, flush=True)
status = cli.main(sys.argv[1:])
print(f"@stage end 0 {rss()}", file=sys.stderr, flush=True)
sys.stderr.flush()
os._exit(status)
"""


def measure(site: Path, src: Path, extra: list[str], interval: float) -> tuple[list, list[int], float]:
    """Build `site` once: ([(stage, seconds, parent RSS after it)], [all-process peak of RSS summed, of PSS
    summed], wall seconds)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, "-c", INNER, "build", "--source", str(site), "--now", NOW, "--quiet", "--clean",
           "--no-search", "--jobs", "2", *extra]
    started = time.perf_counter()
    process = psutil.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]  # (RSS summed, PSS summed)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                tree = [process] + process.children(recursive=True)
                totals = [0, 0]
                for p in tree:
                    try:
                        info = p.memory_full_info()  # (smaps_rollup: both at once)
                        totals[0] += info.rss
                        totals[1] += info.pss
                    except psutil.Error:
                        pass
                peak[:] = map(max, peak, totals)
            except psutil.Error:
                pass
            time.sleep(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"build of {site} failed:\n{err[-3000:]}")
    stages = []
    for line in err.splitlines():
        if line.startswith("@census "):
            print(line, flush=True)
        if line.startswith("@stage "):
            _, name, took, rss, *more = line.split()
            stages.append((name, float(took), int(rss), " ".join(more)))
    return stages, peak, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, action="append", required=True,
                        help="a site folder (articles/, warta.yaml), built once before; give several")
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parents[1] / "src",
                        help="the Warta source tree to build with (default: this checkout's)")
    parser.add_argument("--interval", type=float, default=0.05)
    parser.add_argument("extra", nargs="*", help="more `warta build` arguments (after --)")
    args = parser.parse_args()
    results = []
    for site in args.site:
        count = sum(1 for _ in (site / "articles").rglob("*.md"))
        stages, peak, seconds = measure(site.resolve(), args.src.resolve(), args.extra, args.interval)
        results.append((count, stages))
        print(f"{site} ({count} articles): {seconds:.1f} s, all-process peak: RSS summed {peak[0] / MIB:.0f} MiB, "
              f"PSS summed {peak[1] / MIB:.0f} MiB", flush=True)
        before = 0
        for name, took, rss, more in stages:
            print(f"  {name:<9} {took:8.2f} s  parent {rss / MIB:7.1f} MiB  ({(rss - before) / MIB:+7.1f}) {more}")
            before = rss
    if len(results) > 1:
        (n0, first), (n1, last) = results[0], results[-1]
        print(f"growth per article of the parent, {n0} -> {n1} articles (KB = 1,000 bytes):")
        grew = lambda stages, i: stages[i][2] - (stages[i - 1][2] if i else 0)
        names0 = [stage[0] for stage in first]
        for i, (name, *_) in enumerate(last):
            if i < len(first) and names0[i] == name:
                print(f"  {name:<9} {(grew(last, i) - grew(first, i)) / (n1 - n0) / 1000:6.2f} KB")
        print(f"  {'at the end':<9} {(last[-1][2] - first[-1][2]) / (n1 - n0) / 1000:6.2f} KB (RSS at the end of the build)")


if __name__ == "__main__":
    main()
