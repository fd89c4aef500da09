"""Walk `articles/`, read every Markdown file and validate it: LoadResult(articles, problems)."""

from __future__ import annotations

import os
import stat as stat_module
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Mapping, NamedTuple

from warta.config import SiteConfig
from warta.content.files import check_link, file_stamp, linked_out
from warta.content.frontmatter import SplitSource, normalise_text, split_front_matter
from warta.content.relations import reply_problems
from warta.content.schema import SourceArticle, default_slug, validate_article
from warta.errors import Problem
from warta.layout import ARTICLES_DIR, RACY_NS
from warta.names import decodable, undecodable_name
from warta.yamlmap import YamlMapping, parse_mapping

class FileResult(NamedTuple):
    """What loading one article file gave."""

    stat: tuple[int, int]
    """(size, mtime_ns) of the file when it was read; mtime -1 when too recent to trust."""
    article: SourceArticle | None
    """The validated article, or None when the file had errors."""
    problems: tuple[Problem, ...]
    """Warnings (and errors) found in the file."""
    images: tuple[tuple[str, tuple[int, int] | None], ...] = ()
    """(path from the site root, (size, mtime_ns) or None when missing) of each image file the
    article names: the file is read again when any of them changed, came or went."""


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Every valid article, and every problem found in any of them."""

    articles: tuple[SourceArticle, ...]
    """Valid articles, sorted by path."""
    problems: tuple[Problem, ...]
    """Errors and warnings, in file and line order."""
    files: dict[str, FileResult] = field(default_factory=dict, compare=False)
    """Relative path -> what that file gave, so a later build can skip unchanged files."""

    @property
    def ok(self) -> bool:
        return not any(not p.warning for p in self.problems)


ARTICLE_LIKE = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")
"""Endings of Markdown files: a file with one but `.md` (`Berita.MD`, `x.markdown`) is not read, and
said so (defects23, finding 6: it was skipped without a word)."""


def find_article_files(root: Path, problems: list[Problem] | None = None) -> list[str]:
    """The path of every `*.md` below `root/articles`, sorted as paths, skipping hidden files and
    folders (strings: ten thousand Path objects take a tenth of a second). A linked folder is
    followed when it stays in the site; one leading out of it (or looping) is not, and added to
    `problems` with the Markdown files not read (`X.MD`, `x.markdown`, a folder named `x.md`)."""
    found: list[str] = []
    problems = [] if problems is None else problems
    real_root = root.resolve()
    seen: set[str] = set()
    for folder, dirs, files in os.walk(root / ARTICLES_DIR, followlinks=True):
        kept = []
        for name in sorted(d for d in dirs if not d.startswith((".", "_"))):
            path = os.path.join(folder, name)
            if os.path.islink(path):  # (defects23, finding 6: a linked sub-folder was skipped without a word)
                refused = check_link(root, real_root, Path(path))
                if refused:
                    problems.extend(refused)
                    continue
                real = os.path.realpath(path)
                if real in seen:  # (two links to one folder: read once)
                    continue
                seen.add(real)
            if name.lower().endswith(ARTICLE_LIKE):
                problems.append(_not_read(root, path, "a folder"))
            kept.append(name)
        dirs[:] = kept
        for name in files:
            if name.startswith("."):
                continue
            if name.endswith(".md"):
                found.append(os.path.join(folder, name))
            elif name.lower().endswith(ARTICLE_LIKE):
                problems.append(_not_read(root, os.path.join(folder, name), "a file"))
    return sorted(found, key=lambda path: path.split(os.sep))  # Path order


def _not_read(root: Path, path: str, kind: str) -> Problem:
    rel = Path(path).relative_to(root).as_posix()
    stem = Path(path).name.rsplit(".", 1)[0]
    hint = (f"rename it {stem}.md to publish it" if kind == "a file"
            else "rename the folder: a folder's .md files are read, the folder itself is no article")
    return Problem(rel, None, None, f"is {kind}, not read: only .md files are articles", hint, warning=True)


def load_articles(root: Path, config: SiteConfig, known: Mapping[str, FileResult] | None = None,
                  read: Reader | None = None) -> LoadResult:
    """Load and validate every article under `root/articles`; never raises on bad content.

    `known` holds what files gave in an earlier build with the same config: a file whose size
    and modification time are unchanged is not read again. `read` reads the other files (by
    default one after another with `load_article`; the build reads them in worker processes)."""
    known = known or {}
    problems: list[Problem] = []
    results: dict[str, FileResult | None] = {}  # in the order of find_article_files
    todo: list[tuple[Path, str, tuple[int, int]]] = []
    root_real = root.resolve()
    if not (root / ARTICLES_DIR).is_dir():
        problems.append(_not_a_folder(root / ARTICLES_DIR))
    outside = linked_out(root, ARTICLES_DIR)
    if outside is not None:
        return LoadResult((), (outside,), {})
    # Shown paths start at the site root: cut the walked folder's own spelling off each path
    # (issue 21: `len(os.path.join(".", ""))` is 2 where "articles/..." starts at 0, which took
    # the first two letters off every message of a build run in the site folder).
    top = len(os.fspath(root / ARTICLES_DIR))
    for file in find_article_files(root, problems):
        rel = ARTICLES_DIR + file[top:].replace(os.sep, "/")
        if not decodable(rel):  # (defects23, finding 3: `warta check` read it as an empty article)
            problems.append(undecodable_name(root, Path(ARTICLES_DIR + file[top:])))
            continue
        stat, problem = check_file(file, rel, root_real, config)
        if problem is not None:
            problems.append(problem)
            continue
        previous = known.get(rel)
        if previous is not None and previous.stat == stat and _same_images(root, previous.images):
            results[rel] = previous
        else:
            results[rel] = None
            todo.append((Path(file), rel, stat))
    for (file, rel, stat), (article, found, images) in zip(todo, (read or _read)([(f, r) for f, r, _ in todo], config)):
        # A file changed within the last two seconds may change again without its size or
        # timestamp changing (timestamps tick coarsely): never trust such an entry later.
        results[rel] = FileResult(_trusted(stat), article, tuple(found), tuple((p, _trusted(s)) for p, s in images))
    files = {rel: result for rel, result in results.items() if result is not None}
    articles = [result.article for result in files.values() if result.article is not None]
    for result in files.values():
        problems.extend(result.problems)
    problems.extend(_duplicate_slugs(articles))
    # (Articles that could not be read still have a name: a reply to one is not reported as well.)
    unreadable = {default_slug(PurePosixPath(rel).stem) for rel, result in files.items() if result.article is None}
    problems.extend(reply_problems(articles, unreadable))
    return LoadResult(tuple(articles), tuple(sorted(problems, key=Problem.sort_key)), files)


def _trusted(stat: tuple[int, int] | None) -> tuple[int, int] | None:
    """`stat`, with the time -1 when the file changed too recently to be sure it has not changed
    again within one tick of the clock (the next build then reads it again)."""
    if stat is None or time.time_ns() - stat[1] >= RACY_NS:
        return stat
    return stat[0], -1


def _same_images(root: Path, images: tuple[tuple[str, tuple[int, int] | None], ...]) -> bool:
    """Whether every image file an article named is as it was (or still missing)."""
    return all(file_stamp(root / path) == stat for path, stat in images)


def _not_a_folder(folder: Path) -> Problem:
    """Why `articles/` cannot be walked: it is missing, a file (issue 21: reported as missing) or a
    link to no folder."""
    if folder.is_symlink():
        return Problem(ARTICLES_DIR, None, None, f"is a link to {os.readlink(folder)}, which is not a folder",
                       f"make {ARTICLES_DIR}/ a folder holding the articles")
    if os.path.lexists(folder):
        return Problem(ARTICLES_DIR, None, None, "is a file, not a folder",
                       f"rename or remove the file, and keep the articles in a folder {ARTICLES_DIR}/")
    return Problem(ARTICLES_DIR, None, None, "folder is missing",
                   f"create {ARTICLES_DIR}/ in the site folder, or run `warta new \"Judul\"`")


Reader = Callable[[list[tuple[Path, str]], SiteConfig],
                  Iterable[tuple["SourceArticle | None", list[Problem], tuple[tuple[str, tuple[int, int] | None], ...]]]]
"""Reads article files ((path, relative path) each), giving for each, in order, what `load_article`
gives and the image files it read (`FileResult.images`)."""


def _read(files: list[tuple[Path, str]], config: SiteConfig):
    return ((*load_article(file, rel, config), ()) for file, rel in files)


def check_file(file: str, rel: str, root_real: Path, config: SiteConfig, kind: str = "article"
               ) -> tuple[tuple[int, int], Problem | None]:
    """(size, mtime_ns) of an article (or a `page`) file, or why it cannot be one."""
    try:
        info = os.lstat(file)
        if stat_module.S_ISLNK(info.st_mode):
            if not Path(file).resolve().is_relative_to(root_real):
                return (0, 0), Problem(rel, None, None, "is a link to a file outside the site",
                                       f"copy the {kind} into the site instead of linking it")
            info = os.stat(file)
    except OSError as exc:  # a dangling link, a file removed while the build runs
        return (0, 0), Problem(rel, None, None, f"cannot be read ({exc.strerror})",
                               "restore the file or remove what is left of it")
    if not stat_module.S_ISREG(info.st_mode):
        return (0, 0), Problem(rel, None, None, "is not a regular file (a pipe, a device or a socket)",
                               f"remove it from {rel.split('/', 1)[0]}/")
    limit = config.max_article_kb * 1024
    if info.st_size > limit:
        one = "an article" if kind == "article" else f"a {kind}"
        return (0, 0), Problem(rel, None, None, f"is {_size(info.st_size)}, more than the "
                               f"{_size(limit)} {one} may be (max_article_kb: {config.max_article_kb})",
                               f"split it into several {kind}s, or raise max_article_kb in warta.yaml")
    return (info.st_size, info.st_mtime_ns), None


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


def load_article(file: Path, rel: str, config: SiteConfig) -> tuple[SourceArticle | None, list[Problem]]:
    """Read and validate one article file."""
    split, mapping, problems = read_source(file, rel)
    if split is None or mapping is None:
        return None, problems
    article, more = validate_article(rel, file.stem, mapping, split.body, split.body_line, config)
    return article, problems + more


def read_source(file: Path, rel: str, kind: str = "article"
                ) -> tuple[SplitSource | None, YamlMapping | None, list[Problem]]:
    """Read one Markdown file with front matter (an article, or a `page`): its parts and its fields,
    or (None, None, the problems that stop it)."""
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return None, None, [Problem(rel, None, None, f"cannot be read ({exc.strerror})",
                                    "check that the file exists and that its permissions let you read it")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, None, [Problem(rel, line, None, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x})",
                                    "save the file as UTF-8")]
    text = normalise_text(text)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, None, [Problem(rel, line, None, "contains a NUL character", "remove it; this is not a text file")]
    split, problem = split_front_matter(text, rel, kind)
    if split is None:
        assert problem is not None
        return None, None, [problem]
    mapping, problems = parse_mapping(split.front_matter, rel, split.front_matter_line)
    if mapping is None:
        return None, None, problems
    return split, mapping, problems


def _duplicate_slugs(articles: list[SourceArticle]) -> list[Problem]:
    """Two articles with one URL: one error per extra claimant, naming both files."""
    first: dict[str, SourceArticle] = {}
    problems = []
    for article in articles:
        other = first.setdefault(article.slug, article)
        if other is not article:
            problems.append(Problem(article.path, article.slug_line, "slug",
                                    f'"{article.slug}" is already used by {other.path}',
                                    "give one of them another file name or `slug:`"))
    return problems
