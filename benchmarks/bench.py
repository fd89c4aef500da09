"""Warta's benchmark: build the shared Indonesian corpora and print a table.

    .venv/bin/python benchmarks/bench.py                 # 1k and 10k articles
    .venv/bin/python benchmarks/bench.py --sizes 1000    # just 1k
    .venv/bin/python benchmarks/bench.py --search        # also time the Pagefind index

For each corpus (made by ../shared/bench/make_corpus.py, the format of articles/) it measures,
each as a fresh `warta build` process: a full build with --jobs 1 and --jobs 2 (--clean, with
the social-card cache warm, as Hugo keeps its resources/_gen), a cold build that also draws
every social card, a no-op rebuild, a rebuild after editing one article, after editing one
template and after adding one article. Wall time is the median of `--repeat` runs (each
incremental run after a fresh edit of its kind); peak memory (PSS of all the build's processes
together, sampled every 20 ms with psutil) comes from one more run of the same kind, because
the sampling itself takes CPU time from the build. Search indexing is off (--no-search)
except in the --search row.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
CORPUS_SCRIPT = REPO.parent / "shared" / "bench" / "make_corpus.py"
NOW = "2026-11-21T12:00:00+07:00"


@dataclass
class Result:
    name: str
    seconds: float
    peak_mb: float
    articles: int

    def row(self) -> str:
        per = self.seconds * 1000 / self.articles
        return f"| {self.name} | {self.seconds:.2f} s | {per:.2f} ms | {self.peak_mb:.0f} MB |"


def timed(cmd: list[str], cwd: Path) -> float:
    """Run `cmd`; return its wall seconds."""
    started = time.perf_counter()
    process = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{process.stderr.decode()[-2000:]}")
    return seconds


def peak_memory(cmd: list[str], cwd: Path) -> float:
    """Run `cmd`; return the peak PSS in MB of the process and all its children together."""
    process = psutil.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                # PSS, not RSS: forked workers share most of the parent's pages, and summing RSS would
                # count those pages once per process.
                tree = [process] + process.children(recursive=True)
                peak = max(peak, sum(p.memory_full_info().pss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err.decode()[-2000:]}")
    return peak / 1e6


def make_site(size: int, work: Path) -> Path:
    corpus = work / f"corpus-{size}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(CORPUS_SCRIPT), "--n", str(size), "--out", str(corpus)], check=True,
                       stdout=subprocess.DEVNULL)
    site = work / f"site-{size}"
    shutil.rmtree(site, ignore_errors=True)
    (site / "templates").mkdir(parents=True)
    shutil.copytree(corpus, site / "articles")
    (site / "warta.yaml").write_text("title: Warta Bench\nbase_url: https://contoh.id/\n", encoding="utf-8")
    return site


def bench(size: int, work: Path, search: bool, repeat: int) -> list[Result]:
    site = make_site(size, work)
    warta = [sys.executable, "-m", "warta", "build", "--now", NOW, "--quiet"]
    quick = warta + ["--no-search"]
    results = []

    def run(name: str, cmd: list[str], prepare=lambda n: None, times: int = repeat) -> None:
        """Median wall time of `times` runs, then one sampled run for memory; `prepare(n)` before each."""
        seconds = []
        for n in range(times):
            prepare(n)
            seconds.append(timed(cmd, site))
        prepare(times)
        results.append(Result(name, statistics.median(seconds), peak_memory(cmd, site), size))
        print(results[-1].row(), flush=True)

    def no_cards(_: int) -> None:
        shutil.rmtree(site / ".warta-cache" / "cards", ignore_errors=True)

    article = sorted((site / "articles").glob("*.md"))[size // 2]
    original = article.read_text(encoding="utf-8")

    def edit_article(n: int) -> None:
        article.write_text(original.replace("\n\n", f"\n\nSunting {n}: paragraf baru.\n\n", 1), encoding="utf-8")

    theme = (REPO / "templates" / "tag.html").read_text(encoding="utf-8")

    def edit_template(n: int) -> None:
        (site / "templates" / "tag.html").write_text(theme + f"{{# disunting {n} #}}\n", encoding="utf-8")

    def add_article(n: int) -> None:
        (site / "articles" / f"zz-artikel-baru-{n}.md").write_text(
            f"---\ntitle: Artikel Baru {n}\ndate: 2026-11-20T08:{n:02d}:00+07:00\ntags: [Meta]\ncategory: Nasional\n---\n\n"
            "Paragraf pertama artikel baru.\n", encoding="utf-8")

    run("cold: full build drawing every social card, --jobs 2", quick + ["--clean", "--jobs", "2"], no_cards, times=1)
    run("full build, --jobs 1", quick + ["--clean", "--jobs", "1"])
    run("full build, --jobs 2", quick + ["--clean", "--jobs", "2"])
    run("no-op rebuild", quick)
    run("rebuild after editing one article", quick, edit_article)
    run("rebuild after editing one template (tag.html)", quick, edit_template)
    run("rebuild after adding one article", quick, add_article)
    if search:
        run("full build with the Pagefind search index, --jobs 2", warta + ["--clean", "--jobs", "2"], times=1)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/warta-bench"))
    parser.add_argument("--search", action="store_true", help="also time a build with the search index")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per row (the median is shown)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"Warta benchmark, {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} CPUs, "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}; "
          f"wall: median of {args.repeat} runs (cold and search rows: 1)")
    for size in args.sizes:
        print(f"\n{size} articles\n\n| run | wall | per article | peak memory (all processes) |\n| --- | --- | --- | --- |")
        bench(size, args.work, args.search, args.repeat)


if __name__ == "__main__":
    main()
