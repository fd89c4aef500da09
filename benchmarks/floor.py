"""The single-process floor: the least work any Markdown-to-HTML generator in Python does per article.

    .venv/bin/python benchmarks/floor.py /tmp/warta-bench/corpus-1000

Reads each article, splits off its front matter and parses it with libyaml's C loader, renders the
body with markdown-it-py (CommonMark, tables) and a one-template Jinja page, and writes
`<slug>/index.html`: article pages only, no listings, feeds, links, cards or cache. What it prints
is the CPU seconds (user + system of this process) per article and in all, so that a
`warta build --jobs 1` of the same corpus can be set against it *on the same machine*
(issue 22: Warta's CPU per article within 1.5x of this floor):

    .venv/bin/python benchmarks/floor.py CORPUS --warta .venv/bin/warta

runs both, alternating, `--runs` times each, and prints the median of each and their ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR_TEMPLATE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><article><h1>{{ title }}</h1><p>{{ author }} · {{ date }}</p>{{ body }}</article></body></html>
"""


def floor(corpus: Path, out: Path) -> int:
    """Build the article pages of `corpus` into `out` the plainest way; return how many."""
    import jinja2
    import yaml
    from markdown_it import MarkdownIt
    from markupsafe import Markup

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    template = jinja2.Environment(autoescape=True).from_string(FLOOR_TEMPLATE)
    count = 0
    for path in sorted(corpus.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, head, body = text.split("---\n", 2)
        meta = yaml.load(head, Loader=yaml.CSafeLoader)
        html = template.render(title=meta["title"], author=meta.get("author", ""), date=str(meta["date"]),
                               body=Markup(md.render(body)))
        page = out / str(meta.get("slug") or path.stem) / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(html, encoding="utf-8")
        count += 1
    return count


def cpu_of(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Run `cmd`; (CPU seconds of it and its children, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--warta", help="a warta command to set against the floor (its build runs with --jobs 1)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--once", type=Path, help=argparse.SUPPRESS)  # one floor build into this folder
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    if args.once:
        floor(corpus, args.once)
        return
    work = Path(tempfile.mkdtemp(prefix="warta-floor-"))
    try:
        site = work / "site"
        site.mkdir()
        (site / "articles").symlink_to(corpus)
        (site / "warta.yaml").write_text("title: Warta Bench\nbase_url: https://contoh.id/\n", encoding="utf-8")
        count = len(list(corpus.glob("*.md")))
        floor_cmd = [sys.executable, __file__, str(corpus), "--once", str(work / "floor-out")]
        warta_cmd = [os.path.abspath(args.warta) if os.path.exists(args.warta) else args.warta, "build", "--quiet",
                     "--no-search", "--clean", "--jobs", "1"] if args.warta else None
        if warta_cmd:
            cpu_of(warta_cmd, site)  # warm-up: draws the social cards, kept in the site's cache
        floors, wartas = [], []
        for _ in range(args.runs):
            shutil.rmtree(work / "floor-out", ignore_errors=True)
            floors.append(cpu_of(floor_cmd, work))
            if warta_cmd:
                wartas.append(cpu_of(warta_cmd, site))
        cpu = statistics.median(c for c, _ in floors)
        print(f"floor: {count} articles, CPU {cpu:.2f} s ({cpu * 1000 / count:.2f} ms/article), "
              f"wall {statistics.median(w for _, w in floors):.2f} s; median of {args.runs}")
        if wartas:
            mine = statistics.median(c for c, _ in wartas)
            print(f"warta build --jobs 1: CPU {mine:.2f} s ({mine * 1000 / count:.2f} ms/article), "
                  f"wall {statistics.median(w for _, w in wartas):.2f} s; CPU ratio to the floor {mine / cpu:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
