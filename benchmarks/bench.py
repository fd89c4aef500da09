"""Warta's benchmark: build the shared Indonesian corpora and print a table.

    .venv/bin/python benchmarks/bench.py                 # 1k and 10k articles
    .venv/bin/python benchmarks/bench.py --sizes 1000    # just 1k
    .venv/bin/python benchmarks/bench.py --search        # also time the Pagefind index

For each corpus (made by ../shared/bench/make_corpus.py, the format of articles/) it measures,
each as a fresh `warta build` process: a full build with --jobs 1 and --jobs 2 (--clean, with
the social-card cache warm, as Hugo keeps its resources/_gen), a cold build that also draws
every social card, a no-op rebuild, a rebuild after editing one article, after editing one
template and after adding one article. It prints wall time, ms per article and the peak
memory of all the build's processes together (sampled every 20 ms with psutil).
Search indexing is off (--no-search) except in the --search row.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
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


def measure(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Run `cmd`; return (wall seconds, peak RSS in MB of the process and all its children)."""
    started = time.perf_counter()
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
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err.decode()[-2000:]}")
    return seconds, peak / 1e6


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


def bench(size: int, work: Path, search: bool) -> list[Result]:
    site = make_site(size, work)
    warta = [sys.executable, "-m", "warta", "build", "--now", NOW, "--quiet"]
    quick = warta + ["--no-search"]
    results = []

    def run(name: str, cmd: list[str]) -> None:
        seconds, peak = measure(cmd, site)
        results.append(Result(name, seconds, peak, size))
        print(results[-1].row(), flush=True)

    run("cold: full build drawing every social card, --jobs 2", quick + ["--clean", "--jobs", "2"])
    run("full build, --jobs 1", quick + ["--clean", "--jobs", "1"])
    run("full build, --jobs 2", quick + ["--clean", "--jobs", "2"])
    run("no-op rebuild", quick)
    article = sorted((site / "articles").glob("*.md"))[size // 2]
    article.write_text(article.read_text(encoding="utf-8").replace("\n\n", "\n\nSunting: paragraf baru.\n\n", 1),
                       encoding="utf-8")
    run("rebuild after editing one article", quick)
    theme = REPO / "src" / "warta" / "theme" / "templates" / "tag.html"
    (site / "templates" / "tag.html").write_text(theme.read_text(encoding="utf-8") + "{# disunting #}\n",
                                                 encoding="utf-8")
    run("rebuild after editing one template (tag.html)", quick)
    (site / "articles" / "zz-artikel-baru.md").write_text(
        "---\ntitle: Artikel Baru\ndate: 2026-11-20T08:00:00+07:00\ntags: [Meta]\ncategory: Nasional\n---\n\n"
        "Paragraf pertama artikel baru.\n", encoding="utf-8")
    run("rebuild after adding one article", quick)
    if search:
        run("full build with the Pagefind search index, --jobs 2", warta + ["--clean", "--jobs", "2"])
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/warta-bench"))
    parser.add_argument("--search", action="store_true", help="also time a build with the search index")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"Warta benchmark, {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} CPUs, "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}")
    for size in args.sizes:
        print(f"\n{size} articles\n\n| run | wall | per article | peak memory (all processes) |\n| --- | --- | --- | --- |")
        bench(size, args.work, args.search)


if __name__ == "__main__":
    main()
