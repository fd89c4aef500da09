"""Warta's benchmark: build the shared Indonesian corpora and print a table.

    .venv/bin/python benchmarks/bench.py                 # 1k and 10k articles
    .venv/bin/python benchmarks/bench.py --sizes 1000    # just 1k
    .venv/bin/python benchmarks/bench.py --search        # also time the Pagefind index
    .venv/bin/python benchmarks/bench.py --photos 1000   # a photo corpus of 1000 articles (only)
    .venv/bin/python benchmarks/bench.py --sizes 10000 100000 --rows jobs2,noop,edit --repeat 1
                                                         # issue 20's large-archive rows (~15 min for 100k)

For each corpus (made by ../shared/bench/make_corpus.py, the format of articles/) it measures,
each as a fresh `warta build` process: a full build with --jobs 1 and --jobs 2 (--clean, with
the social-card cache warm, as Hugo keeps its resources/_gen), a cold build that also draws
every social card, a no-op rebuild, a rebuild after editing one article, after editing one
template and after adding one article. Wall time is the median of `--repeat` runs (each
incremental run after a fresh edit of its kind); peak memory (PSS of all the build's processes
together, sampled every 20 ms with psutil) comes from one more run of the same kind, because
the sampling itself takes CPU time from the build. Search indexing is off (--no-search)
except in the --search row.

--photos N (default off; alone it runs only the photo corpus, add --sizes for both) benchmarks
issue 16's photo stage: N articles of the text corpus, each with its own 3000×2000 JPEG lead
photo (gradients, shapes and mild noise, different per article, with an EXIF GPS block; made
with Pillow from a fixed seed and kept in --work between runs) as `image: {src: foto/<n>.jpg,
alt, caption, credit}`. Each row is a fresh `warta build --no-search` process with the default
--jobs: a cold build (no `.warta-cache`, no output), a no-op rebuild, a rebuild after one photo is
replaced by new bytes, and a --clean build with the photo cache warm. "encoded" counts the photo
cache entries a build wrote (read from the cache, not from `warta build`'s summary line): entries of
`.warta-cache/photos/` that are new, or whose inode or mtime changed; the script checks the
no-op and --clean rows encode nothing and the replaced photo exactly its own renditions. The
cold row is one run, timed while its memory is sampled (4 times a second, not 50: less CPU);
the others are the median of --repeat runs plus one sampled run, as above. "CPU" is the user
+ system time of the build and its workers, against the wall time it shows how busy the
cores were.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import psutil

REPO = Path(__file__).resolve().parents[1]
# ../shared/bench beside the checkout; a git worktree (../wt/<name>) finds it a level further up.
CORPUS_SCRIPT = next((folder / "shared" / "bench" / "make_corpus.py" for folder in REPO.parents
                      if (folder / "shared" / "bench" / "make_corpus.py").is_file()),
                     REPO.parent / "shared" / "bench" / "make_corpus.py")
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


def total_pss(tree: list[psutil.Process]) -> int:
    """The PSS of all the processes together. PSS, not RSS: forked workers share most of the parent's
    pages, and summing RSS would count those pages once per process."""
    return sum(p.memory_full_info().pss for p in tree if p.is_running())


def peak_memory(cmd: list[str], cwd: Path, interval: float = 0.02,
                measure: Callable[[list[psutil.Process]], int] = total_pss) -> float:
    """Run `cmd`; return the peak in MB of `measure` (by default the PSS of all processes together)
    over the process and all its children, sampled every `interval` seconds (each sample lists every
    process on the machine to find the children)."""
    process = psutil.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, measure([process] + process.children(recursive=True)))
            except psutil.Error:
                pass
            time.sleep(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err.decode()[-2000:]}")
    return peak / 1e6


def make_corpus(size: int, work: Path) -> Path:
    corpus = work / f"corpus-{size}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(CORPUS_SCRIPT), "--n", str(size), "--out", str(corpus)], check=True,
                       stdout=subprocess.DEVNULL)
    return corpus


def make_site(size: int, work: Path, site: Path | None = None) -> Path:
    """A fresh site (by default `work`/site-<size>) of the corpus of `size` articles in `work`, no
    templates of its own; the social cards an earlier run drew for it are kept (drawing 100,000 of
    them takes a quarter of an hour), nothing else."""
    corpus = make_corpus(size, work)
    site = site or work / f"site-{size}"
    cards, kept = site / ".warta-cache" / "cards", work / f".cards-{size}"
    shutil.rmtree(kept, ignore_errors=True)
    if cards.is_dir():
        cards.rename(kept)
    shutil.rmtree(site, ignore_errors=True)
    (site / "templates").mkdir(parents=True)
    if kept.is_dir():
        cards.parent.mkdir()
        kept.rename(cards)
    shutil.copytree(corpus, site / "articles")
    (site / "warta.yaml").write_text("title: Warta Bench\nbase_url: https://contoh.id/\n", encoding="utf-8")
    return site


def edit_article(article: Path, original: str, n: int) -> None:
    """Edit `n` of an article whose text was `original`: a paragraph added near its top."""
    article.write_text(original.replace("\n\n", f"\n\nSunting {n}: paragraf baru.\n\n", 1), encoding="utf-8")


def add_article(articles: Path, n: int) -> Path:
    """Write new article `n` into the folder `articles`; return its path."""
    path = articles / f"zz-artikel-baru-{n}.md"
    path.write_text(f"---\ntitle: Artikel Baru {n}\ndate: 2026-11-20T08:{n % 60:02d}:00+07:00\ntags: [Meta]\n"
                    "category: Nasional\n---\n\nParagraf pertama artikel baru.\n", encoding="utf-8")
    return path


ROWS = ("cold", "jobs1", "jobs2", "noop", "edit", "template", "add")
"""The rows of a text corpus's table, by the name `--rows` knows them."""


def bench(size: int, work: Path, search: bool, repeat: int, rows: tuple[str, ...] = ROWS) -> list[Result]:
    site = make_site(size, work)
    warta = [sys.executable, "-m", "warta", "build", "--now", NOW, "--quiet"]
    quick = warta + ["--no-search"]
    results = []

    def run(row: str, name: str, cmd: list[str], prepare=lambda n: None, times: int = repeat) -> None:
        """Median wall time of `times` runs, then one sampled run for memory; `prepare(n)` before each."""
        if row not in rows:
            return
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

    theme = (REPO / "templates" / "tag.html").read_text(encoding="utf-8")

    def edit_template(n: int) -> None:
        (site / "templates" / "tag.html").write_text(theme + f"{{# disunting {n} #}}\n", encoding="utf-8")

    if "cold" not in rows and not (site / ".warta-cache" / "cards").is_dir():
        timed(quick + ["--jobs", "2"], site)  # (the other rows are timed with the social cards cached)
    run("cold", "cold: full build drawing every social card, --jobs 2", quick + ["--clean", "--jobs", "2"], no_cards,
        times=1)
    run("jobs1", "full build, --jobs 1", quick + ["--clean", "--jobs", "1"])
    run("jobs2", "full build, --jobs 2", quick + ["--clean", "--jobs", "2"])
    run("noop", "no-op rebuild", quick)
    run("edit", "rebuild after editing one article", quick, lambda n: edit_article(article, original, n))
    run("template", "rebuild after editing one template (tag.html)", quick, edit_template)
    run("add", "rebuild after adding one article", quick, lambda n: add_article(site / "articles", n))
    if search:
        run("jobs2", "full build with the Pagefind search index, --jobs 2", warta + ["--clean", "--jobs", "2"],
            times=1)
    return results


# -- the photo corpus (--photos N) ------------------------------------------------------------------

PHOTO_SIZE = (3000, 2000)
PHOTO_SEED = 42
GPS_IFD = 0x8825


def make_photo(n: int, variant: int = 0) -> bytes:
    """Article n's photo, a 3000×2000 JPEG like a camera's: a two-colour gradient, a soft glow,
    8 to 15 flat shapes, mild luminance noise, EXIF with a camera model and a GPS position.
    The same (n, variant) gives the same bytes; another variant is another picture."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

    rng = random.Random(f"{PHOTO_SEED}-{n}-{variant}")
    width, height = PHOTO_SIZE

    def colour() -> tuple[int, int, int]:
        return rng.randrange(256), rng.randrange(256), rng.randrange(256)

    down = Image.linear_gradient("L")
    gradient = Image.blend(down, down.transpose(Image.Transpose.ROTATE_90), rng.random())
    if rng.random() < 0.5:
        gradient = ImageOps.mirror(gradient)
    image = ImageOps.colorize(gradient.resize(PHOTO_SIZE, Image.Resampling.BILINEAR), colour(), colour())
    glow = Image.radial_gradient("L").resize((width // 2, width // 2), Image.Resampling.BILINEAR)
    image.paste(colour(), (rng.randrange(-width // 4, width), rng.randrange(-height // 4, height)),
                glow.point(lambda v: max(0, 255 - 2 * v) * 3 // 5))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randrange(8, 16)):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(60, 500)
        shape = rng.randrange(3)
        if shape == 0:
            draw.ellipse((x - r, y - r, x + r, y + r // 2), fill=colour())
        elif shape == 1:
            draw.rectangle((x, y, x + 2 * r, y + r), fill=colour())
        else:
            draw.polygon([(x + rng.randrange(-r, r), y + rng.randrange(-r, r)) for _ in range(5)], fill=colour())
    image = image.filter(ImageFilter.BoxBlur(1.5))
    # Noise of ±6 levels, from the seeded generator (Pillow's effect_noise is not seeded).
    noise = Image.frombytes("L", PHOTO_SIZE, rng.randbytes(width * height)).point(lambda v: 122 + v * 13 // 256)
    image = ImageChops.add(image, Image.merge("RGB", (noise, noise, noise)), offset=-128)
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"
    exif[0x0110] = "BC-1"
    exif.get_ifd(GPS_IFD).update({1: "S", 2: (6.0, float(rng.randrange(60)), 30.0),
                                  3: "E", 4: (106.0, float(rng.randrange(60)), 0.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def _write_photo(job: tuple[Path, int]) -> None:
    folder, n = job
    temporary = folder / f".{n}.jpg"
    temporary.write_bytes(make_photo(n))
    os.replace(temporary, folder / f"{n}.jpg")


def make_photo_site(count: int, work: Path) -> Path:
    """The text corpus of `count` articles, article n (1-based, as the corpus numbers its files)
    with the lead photo foto/<n>.jpg. The photos are made once and kept in `work`."""
    corpus = make_corpus(count, work)
    photos = work / "photos"
    photos.mkdir(exist_ok=True)
    missing = [(photos, n) for n in range(1, count + 1) if not (photos / f"{n}.jpg").is_file()]
    if missing:
        print(f"making {len(missing)} photos of {PHOTO_SIZE[0]}×{PHOTO_SIZE[1]} in {photos}", flush=True)
        with multiprocessing.Pool() as pool:
            pool.map(_write_photo, missing, chunksize=4)
    site = work / f"photo-site-{count}"
    shutil.rmtree(site, ignore_errors=True)
    (site / "articles" / "foto").mkdir(parents=True)
    (site / "warta.yaml").write_text("title: Warta Bench\nbase_url: https://contoh.id/\n", encoding="utf-8")
    for file in sorted(corpus.glob("*.md")):
        n = int(file.name.split("-", 1)[0])
        # A hard link: the replace-a-photo row writes a new file in its place, never into the link.
        os.link(photos / f"{n}.jpg", site / "articles" / "foto" / f"{n}.jpg")
        head, separator, body = file.read_text(encoding="utf-8").removeprefix("---\n").partition("\n---\n")
        assert separator, f"{file}: no front matter"
        image = {"src": f"foto/{n}.jpg", "alt": f"Ilustrasi artikel nomor {n}: bidang warna dan bentuk geometris",
                 "caption": f"Gambar pembuka artikel nomor {n}.", "credit": "Warta/Bench"}
        lines = "".join(f"\n  {key}: {json.dumps(value, ensure_ascii=False)}" for key, value in image.items())
        (site / "articles" / file.name).write_text(f"---\n{head}\nimage:{lines}{separator}{body}", encoding="utf-8")
    return site


@dataclass
class PhotoResult:
    name: str
    seconds: float
    peak_mb: float
    articles: int
    encoded: int
    cpu: float

    def row(self) -> str:
        per = self.seconds * 1000 / self.articles
        rate = f"{self.encoded / self.seconds:.1f}" if self.encoded else "–"
        return (f"| {self.name} | {self.seconds:.2f} s | {per:.2f} ms | {self.peak_mb:.0f} MB | {self.encoded} | "
                f"{rate} | {self.cpu:.0f} s |")


def cache_entries(site: Path) -> dict[str, tuple[int, int]]:
    """Each entry of the photo cache: name -> (inode, mtime_ns). An entry written again (the cache
    writes a new file and renames it into place) gets a new inode, even within one mtime tick."""
    folder = site / ".warta-cache" / "photos"
    if not folder.is_dir():
        return {}
    return {entry.name: (entry.stat().st_ino, entry.stat().st_mtime_ns)
            for entry in folder.iterdir() if not entry.name.startswith(".")}


def encoded_by(cmd: list[str], site: Path, sample: float | None) -> tuple[float, float | None, int, float]:
    """Run one build: (wall seconds, peak MB when sampled every `sample` seconds, files it encoded,
    CPU seconds)."""
    before = cache_entries(site)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if sample:
        started = time.perf_counter()
        peak = peak_memory(cmd, site, sample)
        seconds = time.perf_counter() - started
    else:
        peak, seconds = None, timed(cmd, site)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    encoded = sum(1 for name, stamp in cache_entries(site).items() if before.get(name) != stamp)
    return seconds, peak, encoded, cpu


def photo_bench(count: int, work: Path, repeat: int) -> list[PhotoResult]:
    site = make_photo_site(count, work)
    build = [sys.executable, "-m", "warta", "build", "--now", NOW, "--quiet", "--no-search"]
    results: list[PhotoResult] = []
    print(f"\n{count} articles, each with a {PHOTO_SIZE[0]}×{PHOTO_SIZE[1]} JPEG lead photo, default --jobs "
          f"({os.cpu_count()})\n\n| run | wall | per article | peak memory (all processes) | encoded | "
          "encoded per second | CPU |\n| --- | --- | --- | --- | --- | --- | --- |", flush=True)

    def run(name: str, cmd: list[str], expect, prepare=lambda n: None, times: int = repeat) -> int:
        """Median wall time of `times` runs and one sampled run (the cold row: that run alone);
        `prepare(n)` before each; `expect(encoded)` checks what each run encoded."""
        runs = []
        for n in range(times + 1):
            prepare(n)
            # The cold row's one run is also its timed run: sampled 4 times a second, not 50, so the
            # sampler (a fifth of a core at 50) takes little from a build that keeps both cores busy.
            runs.append(encoded_by(cmd, site, sample=(0.02 if times else 0.25) if n == times else None))
            assert expect(runs[-1][2]), f"{name}: {runs[-1][2]} files encoded"
        timed_runs = runs[:-1] or runs
        results.append(PhotoResult(name, statistics.median(r[0] for r in timed_runs), runs[-1][1], count,
                                   runs[-1][2], statistics.median(r[3] for r in timed_runs)))
        print(results[-1].row(), flush=True)
        return runs[-1][2]

    shutil.rmtree(site / ".warta-cache", ignore_errors=True)
    shutil.rmtree(site / "_site", ignore_errors=True)
    cold = run("cold build: empty .warta-cache, no output", build, lambda e: e > 0 and e % count == 0, times=0)
    per_photo = cold // count
    run("no-op rebuild", build, lambda e: e == 0)
    replaced = site / "articles" / "foto" / f"{count // 2 + 1}.jpg"

    def replace_photo(n: int) -> None:
        temporary = replaced.with_name(".new.jpg")
        temporary.write_bytes(make_photo(count // 2 + 1, variant=n + 1))
        os.replace(temporary, replaced)

    run(f"rebuild after replacing one photo ({replaced.name})", build, lambda e: e == per_photo, replace_photo)
    run("--clean build, photo cache warm", build + ["--clean"], lambda e: e == 0)
    print(f"\n{per_photo} files per photo (its responsive set, the listing thumbnail, the 1200×630 og:image and "
          "the JSON-LD crops)", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=None, help="text corpora (default: 1000 10000, "
                        "none with --photos)")
    parser.add_argument("--photos", type=int, metavar="N", help="benchmark the photo stage on N articles with photos")
    parser.add_argument("--work", type=Path, default=Path("/tmp/warta-bench"))
    parser.add_argument("--search", action="store_true", help="also time a build with the search index")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per row (the median is shown)")
    parser.add_argument("--rows", default=",".join(ROWS), help="the rows of each text corpus to run, comma-separated "
                        f"(default: all of {','.join(ROWS)}; e.g. jobs2,noop,edit for a 100,000-article corpus)")
    args = parser.parse_args()
    rows = tuple(args.rows.split(","))
    if not rows or not set(rows) <= set(ROWS):
        parser.error(f"--rows takes names among {', '.join(ROWS)}")
    if args.sizes is None:
        args.sizes = [] if args.photos else [1000, 10000]
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"Warta benchmark, {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} CPUs, "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}; "
          f"wall: median of {args.repeat} runs (cold and search rows: 1)")
    for size in args.sizes:
        print(f"\n{size} articles\n\n| run | wall | per article | peak memory (all processes) |\n| --- | --- | --- | --- |")
        bench(size, args.work, args.search, args.repeat, rows)
    if args.photos:
        photo_bench(args.photos, args.work, args.repeat)


if __name__ == "__main__":
    main()
