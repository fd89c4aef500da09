"""Paired timing of two Warta source trees on one corpus: runs alternate, so a noisy machine weighs
on both alike (compare ratios from one run of this, never figures from different runs).

    .venv/bin/python benchmarks/paired.py --before /path/to/old/src --after src \\
        --corpus /tmp/warta-bench/corpus-1000 --runs 5 --kinds full,no-op,edit,template,add

Each run of a kind is a fresh `python -m warta build --jobs 2 --no-search` with the tree on
PYTHONPATH and a cache folder of its own; the order of the two trees swaps every round. Copy a warm
social card cache in with --cards (a site's `.warta-cache/cards`) to leave card drawing out.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

NOW = "2026-11-21T12:00:00+07:00"


def theme_tag(src: Path) -> Path:
    """The default theme's tag.html of a source tree (inside the package before issue 15)."""
    for candidate in (src.parent / "templates" / "tag.html", src / "warta" / "theme" / "templates" / "tag.html"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no theme tag.html for {src}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="the older tree's src/ folder")
    parser.add_argument("--after", type=Path, required=True, help="the newer tree's src/ folder")
    parser.add_argument("--corpus", type=Path, required=True, help="a folder of articles (make_corpus.py)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kinds", default="full,no-op,edit,add")
    parser.add_argument("--cards", type=Path, help="a warm social card cache to copy into both sites")
    parser.add_argument("--work", type=Path, default=Path("/tmp/warta-paired"))
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    sites = {}
    for name in trees:
        site = args.work / name
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(args.corpus, site / "articles")
        if args.cards:
            shutil.copytree(args.cards, site / ".warta-cache" / "cards")
        (site / "warta.yaml").write_text("title: Warta Bench\nbase_url: https://contoh.id/\n", encoding="utf-8")
        sites[name] = site

    def run(name: str, *extra: str) -> float:
        env = dict(os.environ, PYTHONPATH=str(trees[name]), XDG_CACHE_HOME=str(args.work / f"xdg-{name}"))
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "warta", "build", "--source", str(sites[name]), "--quiet",
                               "--no-search", "--jobs", "2", "--now", NOW, *extra], env=env, capture_output=True,
                              text=True)
        if done.returncode != 0:
            raise SystemExit(done.stderr[-2000:])
        return time.perf_counter() - started

    def settle(path: Path) -> None:
        past = time.time_ns() - 10**10  # (a file changed in the last two seconds is never trusted)
        os.utime(path, ns=(past, past))

    def edit(name: str, i: int) -> None:
        files = sorted((sites[name] / "articles").glob("*.md"))
        article = files[len(files) // 2]
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("\n\n", f"\n\nSunting {i}: paragraf baru.\n\n", 1), encoding="utf-8")
        settle(article)

    def template(name: str, i: int) -> None:
        path = sites[name] / "templates" / "tag.html"
        path.parent.mkdir(exist_ok=True)
        path.write_text(theme_tag(trees[name]).read_text(encoding="utf-8") + f"{{# disunting {i} #}}\n",
                        encoding="utf-8")
        settle(path)

    def add(name: str, i: int) -> None:
        path = sites[name] / "articles" / f"zz-baru-{i}.md"
        path.write_text(f"---\ntitle: Artikel Baru {i}\ndate: 2026-11-20T08:{i % 60:02d}:00+07:00\ntags: [Meta]\n"
                        "category: Nasional\n---\n\nParagraf pertama artikel baru.\n", encoding="utf-8")
        settle(path)

    changes = {"edit": edit, "template": template, "add": add}
    times: dict[tuple[str, str], list[float]] = {(kind, name): [] for kind in kinds for name in trees}
    for name in trees:
        run(name)  # cards drawn, a state to rebuild from
    for i in range(args.runs):
        for name in (list(trees) if i % 2 == 0 else list(trees)[::-1]):
            if "full" in kinds:
                times["full", name].append(run(name, "--clean"))
            run(name)
            if "no-op" in kinds:
                times["no-op", name].append(run(name))
            for kind, change in changes.items():
                if kind in kinds:
                    change(name, i)
                    times[kind, name].append(run(name))
    count = len(list(args.corpus.glob("*.md")))
    print(f"{count} articles, median of {args.runs} alternating runs, --jobs 2, --no-search")
    print("| run | before | after | after/before |\n| --- | --- | --- | --- |")
    for kind in kinds:
        before, after = statistics.median(times[kind, "before"]), statistics.median(times[kind, "after"])
        print(f"| {kind} | {before:.2f} s | {after:.2f} s | {after / before:.2f} |")


if __name__ == "__main__":
    main()
