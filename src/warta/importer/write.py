"""Write imported articles: front matter, slugs, collisions, pictures beside them, no overwrites."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from urllib.parse import quote
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from slugify import slugify

from warta.content.schema import MAX_TAGS, SLUG_RE, check_alias, check_image, slug_from_name
from warta.errors import Problem, ProblemsError
from warta.importer.inputs import Refusal, read_reading
from warta.importer.naming import slug_for
from warta.importer.text.parse import DEFAULT_ZONE
from warta.importer.pictures import PictureCopy, copy_picture, plan_copy, write_atomic
from warta.importer.records import ImportedArticle, ImportedImage, ReadOptions, Skipped
from warta.importer.sniff import HTML, TEXT, WXR
from warta.years import check_year

__all__ = ["ImportResult", "InputResult", "import_files", "import_inputs", "to_markdown_file"]

_FRONT_SLUG = re.compile(r"^slug:\s*[\"']?([^\"'#\s]+)", re.MULTILINE)
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""What the build refuses in any front matter value (`yamlmap.bad_character`): control characters but tab and
newline, lone surrogates, U+FFFE, U+FFFF. XML allows C1 controls and DEL raw, a page any of them."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What happened to one input file."""

    source: Path
    """The raw text file, as given."""
    target: Path | None
    """The article file written (or, with --dry-run, that would be written); None if it failed early."""
    article: ImportedArticle | None
    """The parsed article, when the file could be read."""
    text: str | None
    """The article file's content (front matter + Markdown)."""
    problem: Problem | None
    """Why this file was not imported, or None."""
    written: bool = False
    """True once the file is on disk."""
    kind: str = TEXT
    """The input's kind (sniff.TEXT, HTML, WXR, FEED)."""
    pictures: tuple[PictureCopy, ...] = ()
    """Pictures copied (with --dry-run: to be copied) beside the article."""


@dataclass(frozen=True, slots=True)
class InputResult:
    """What happened to one input file: one result per article in it, and what it skipped."""

    source: Path
    """The input file, as given."""
    kind: str | None
    """Its kind, once read (None when it could not be)."""
    results: tuple[ImportResult, ...]
    """One per article (one for a text or a page, many for an export or a feed); one with the problem when
    the input could not be read at all."""
    skipped: tuple[Skipped, ...] = ()
    """Items left out on purpose (private posts, attachments), with why."""
    warnings: tuple[Problem, ...] = ()
    """About the input as a whole."""

    @property
    def failed(self) -> tuple[ImportResult, ...]:
        return tuple(r for r in self.results if r.problem is not None)


def to_markdown_file(article: ImportedArticle) -> str:
    """The article file: YAML front matter (with comments saying where values came from), then the body."""
    out = ["---", f"# Imported from {Path(article.name).name} by `warta import`: check it, then fill in tags, "
                  "category and summary."]
    if article.title is None:
        out.append("# No title found in the text: write the headline between the quotes.")
    out.append(f"title: {_scalar(article.title or '')}")
    if article.date is None:
        out.append('# No date found in the text: write when it was published, e.g. "2025-06-15T09:00:00+07:00".')
        out.append('date: ""')
    else:
        out += _comment(article.date.origin) + [f"date: {_scalar(article.date.iso())}"]
    if article.updated is not None:
        out += _comment(article.updated.origin) + [f"updated: {_scalar(article.updated.iso())}"]
    if len(article.authors) > 1:
        out.append(f"author: {_sequence(article.authors)}")
    else:
        out.append(f"author: {_scalar(article.authors[0] if article.authors else '')}")
    if article.source:
        out.append(f"source: {_scalar(article.source)}")
    if article.dateline:
        out.append(f"dateline: {_scalar(article.dateline)}")
    out.append(f"tags: {_sequence(article.tags)}")
    out.append(f"category: {_scalar(article.category or '')}")
    out.append(f"summary: {_scalar(article.summary or '')}")
    if article.draft:
        out.append("draft: true")
    aliases = [alias for alias in article.aliases if check_alias(alias) is None]
    if aliases:
        out.append("aliases:")
        out += [f"  - {_scalar(alias)}" for alias in aliases]
    if article.image is not None:
        out += _image(article.image)
    extra = ([f"  editor: {_sequence(article.editors)}"] if article.editors else []) + (
        [f"  source_url: {_scalar(article.source_url)}"] if article.source_url else [])
    if extra:
        out += ["extra:"] + extra
    out += ["---", "", article.body.rstrip("\n")]
    return "\n".join(out) + "\n"


def _image(image: ImportedImage) -> list[str]:
    """The lead picture as `image:` {src, alt, caption, credit}. The schema requires alt text: without one in
    the source, the caption stands in; without either, `alt: ""` (decorative) and a comment asking for one."""
    alt = image.alt if image.alt else image.caption
    out = ["image:", f"  src: {_scalar(image.src)}"]
    if not alt:
        out.append("  # No alt text in the source: describe the picture (\"\" marks it decorative).")
    out.append(f"  alt: {_scalar(alt or '')}")
    if image.caption:
        out.append(f"  caption: {_scalar(image.caption)}")
    if image.credit:
        out.append(f"  credit: {_scalar(image.credit)}")
    return out


def _scalar(value: str) -> str:
    """A double-quoted YAML string: safe for any text (quotes, colons, `#`); the characters the build refuses
    in front matter are left out (they are never wanted: a stray C1 control in an export's title)."""
    return yaml.safe_dump(_UNWRITABLE.sub("", value), allow_unicode=True, default_style='"', width=float("inf")).rstrip("\n")


def _sequence(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(_scalar(v) for v in values) + "]"


def _comment(text: str) -> list[str]:
    return ["# " + " ".join(text.split())]


def import_files(paths: list[Path], into: Path, *, fetched_at: datetime | None = None,
                 zone: ZoneInfo = DEFAULT_ZONE, force: bool = False, dry_run: bool = False,
                 uploads: Path | None = None) -> tuple[ImportResult, ...]:
    """`import_inputs`, one result per article (one per input that could not be read)."""
    inputs = import_inputs(paths, into, fetched_at=fetched_at, zone=zone, force=force, dry_run=dry_run,
                           uploads=uploads)
    return tuple(result for item in inputs for result in item.results)


def import_inputs(paths: list[Path], into: Path, *, fetched_at: datetime | None = None,
                  zone: ZoneInfo = DEFAULT_ZONE, force: bool = False, dry_run: bool = False,
                  uploads: Path | None = None, on_article: Callable[[ImportResult], None] | None = None,
                  on_input: Callable[[InputResult], None] | None = None) -> tuple[InputResult, ...]:
    """Import each input (raw text, saved page, WordPress export, feed) into `into/<slug>.md`, its pictures
    into `into/foto/<slug>/`; one input's or article's failure does not stop the others.

    Never overwrites an article or a picture unless `force`; two articles with one slug: the later one fails,
    naming both. With `dry_run` nothing is written. A file given twice (by two names too) is imported once,
    with a warning. `on_article` is told of each article as soon as it is written (or failed), `on_input` of
    each input once its articles are: an import of 5,000 posts shows its progress, and one stopped by Ctrl+C
    has said which articles it wrote (probe finding 19)."""
    existing = _existing_slugs(into)
    claimed: dict[str, str] = {}
    shared = _SharedPages()
    inputs: list[InputResult] = []
    given: dict[Path, Path] = {}
    for path in paths:
        first = given.setdefault(path.resolve(), path)
        if first is not path:
            # The same file twice (`a.html a.html`, `a.html ./a.html`, a link to it): once is what was meant.
            inputs.append(InputResult(path, None, (), warnings=(Problem(
                str(path), None, None, f"is the same file as {first}, given before: imported once",
                warning=True),)))
            if on_input is not None:
                on_input(inputs[-1])
            continue
        item = _prepare_input(path, into, ReadOptions(zone, fetched_at, path.parent, uploads))
        results = []
        for result in item.results:
            if result.problem is None:
                result = _check_target(result, existing, claimed, force)
            if result.problem is None and result.target is not None:
                claimed[result.target.stem] = _name(result)
                if not dry_run:
                    result = _write(result, into, force)
            result = shared.check(result)
            if on_article is not None:
                on_article(result)
            results.append(result)
        inputs.append(dataclasses.replace(item, results=tuple(results)))
        if on_input is not None:
            on_input(inputs[-1])
    return tuple(inputs)


_TERM_FIELDS = (("tag", "tags"), ("category", "category"), ("author", "author"))


class _SharedPages:
    """Adds a warning to each article bringing a tag, category or author that is a different name from an
    earlier one of the same address (`C#` after `C`: both tag/c/), which the build refuses."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], tuple[str, str]] = {}
        """(kind, URL name) -> (the first name, where it was)."""

    def check(self, result: ImportResult) -> ImportResult:
        from warta.model.taxonomies import different_names
        from warta.model.urls import term_path, term_slug

        article = result.article
        if result.problem is not None or article is None:
            return result
        notes = []
        names = {"tag": article.tags, "category": (article.category,), "author": article.authors}
        for kind, field_name in _TERM_FIELDS:
            for value in filter(None, names[kind]):
                slug = term_slug(value)
                if not slug:
                    continue
                first, where = self.seen.setdefault((kind, slug), (value, _name(result)))
                if first != value and different_names(first, value):
                    notes.append(Problem(
                        _name(result), None, field_name,
                        f'"{value}" and "{first}" ({where}) are different names but would share one page, '
                        f"{term_path(kind, slug)}: the build refuses that", "rename one of them", warning=True))
        if not notes:
            return result
        return dataclasses.replace(result, article=dataclasses.replace(
            article, warnings=article.warnings + tuple(notes)))


def _prepare_input(path: Path, into: Path, options: ReadOptions) -> InputResult:
    """Read one input with the reader of its kind; each article found becomes a result to check and write."""
    name = str(path)
    try:
        kind, reading = read_reading(path, options)
    except Refusal as refusal:
        return InputResult(path, None, (ImportResult(path, None, None, None,
                                                     Problem(name, None, None, refusal.message, refusal.hint)),))
    except ProblemsError as error:  # a reader's refusal naming its lines ("bom.xml:2: declares XML entities …")
        return InputResult(path, None, tuple(ImportResult(path, None, None, None, problem)
                                             for problem in error.problems))
    allowed = options.base if kind == HTML else options.uploads if kind == WXR else None
    results = tuple(_prepare(path, kind, article, into, allowed) for article in reading.articles)
    if not results:
        what = f"{len(reading.skipped)} skipped" if reading.skipped else "none found"
        results = (ImportResult(path, None, None, None, Problem(name, None, None, f"has no article to import ({what})",
                                                                "run with --dry-run to see what was skipped and why"),
                                kind=kind),)
    return InputResult(path, kind, results, reading.skipped, reading.warnings)


def _prepare(path: Path, kind: str, article: ImportedArticle, into: Path, allowed: Path | None) -> ImportResult:
    """One article of an input: refused when no text is left; else its file, target and pictures to copy."""
    name = str(path)
    if not article.body.strip():
        what = "lines" if kind == TEXT else "lines and blocks"
        label = "" if kind == TEXT else f" ({article.title or article.name})"
        return ImportResult(path, None, article, None, Problem(
            name, None, None, f"has no article text left{label} after taking out {len(article.removed)} {what} "
                              "(title, metadata, junk)", "run with --dry-run to see what was taken out"), kind=kind)
    copies, warnings = [], []
    for image in ((article.image,) if article.image else ()) + article.pictures:
        if image.copy_from is None and image.data is None:
            continue
        copy, reason = plan_copy(image, into, allowed)
        if copy is None:
            warnings.append(Problem(name, None, None, reason, "copy the picture beside the article yourself",
                                    warning=True))
        elif copy not in copies:
            copies.append(copy)
    article = _buildable(article)
    if warnings:
        article = dataclasses.replace(article, warnings=article.warnings + tuple(warnings))
    return ImportResult(path, into / f"{slug_for(article)}.md", article, to_markdown_file(article), None, kind=kind,
                        pictures=tuple(copies))


def _buildable(article: ImportedArticle) -> ImportedArticle:
    """The article without the values `warta build` would refuse, each left out with a warning: a tag or a
    category without a letter or digit to make its address from ("???", "—"), tags beyond MAX_TAGS, a date
    outside the years an article may have (2999-12-31 23:59 UTC is 3000 in Jakarta); a lead picture's address
    with a space, quote or `<` is percent-encoded (left out if still refused). A missing title or date,
    which the build requires, is warned about when the reader did not already."""
    warnings, noted = [], []
    dates = {}
    for field_name in ("date", "updated"):
        found = getattr(article, field_name)
        reason = check_year(found.value) if found is not None else None
        if reason:
            noted.append(Problem(article.name, None, field_name, f"{found.iso()} {reason}: left out",
                                 f"write the right one after `{field_name}:`", warning=True))
            dates[field_name] = None
    for field_name, value in (("title", article.title), ("date", dates.get("date", article.date))):
        if not value and not any(w.field == field_name or f"no {field_name}" in w.message for w in article.warnings):
            noted.append(Problem(article.name, None, field_name, f"no {field_name} found",
                                 f"write it after `{field_name}:` (the build requires one)", warning=True))
    tags = tuple(tag for tag in article.tags if slugify(tag))
    for tag in article.tags:
        if not slugify(tag):
            warnings.append(f"tag {tag!r} left out: it has no letters or digits to make its address from")
    if len(tags) > MAX_TAGS:
        warnings.append(f"{len(tags)} tags: only the first {MAX_TAGS} are kept (an article may have at most "
                        f"{MAX_TAGS})")
        tags = tags[:MAX_TAGS]
    category = article.category
    if category is not None and not slugify(category):
        warnings.append(f"category {category!r} left out: it has no letters or digits to make its address from")
        category = None
    image = article.image
    if image is not None and check_image(image.src):
        # An address with a space, a quote or `<` (an export's attachment URL): as a browser would send it.
        src = quote(image.src, safe=":/?#[]@!$&'()*+,;=%~")
        image = dataclasses.replace(image, src=src) if not check_image(src) else None
        if image is None:
            warnings.append(f"lead picture {article.image.src!r} left out: {check_image(src)}")
    if not warnings and not noted and image is article.image:
        return article
    return dataclasses.replace(article, tags=tags, category=category, image=image, **dates, warnings=article.warnings + tuple(
        noted) + tuple(Problem(article.name, None, None, w, "check the front matter", warning=True) for w in warnings))


def _name(result: ImportResult) -> str:
    """How messages name the article of a result: by its input, and its post or item in an export or a feed."""
    return result.article.name if result.article is not None else str(result.source)


def _check_target(result: ImportResult, existing: dict[str, Path], claimed: dict[str, str],
                  force: bool) -> ImportResult:
    assert result.target is not None
    slug, name = result.target.stem, _name(result)
    if slug in claimed:
        hint = ("the file name is the post's own slug (wp:post_name): give one of them another slug in WordPress "
                "and export again, or import it separately and rename the first article"
                if result.article is not None and result.article.slug else
                "import them separately and rename one: the file name comes from the title")
        return dataclasses.replace(result, problem=Problem(
            name, None, None, f"would be written to {result.target}, like {claimed[slug]} earlier in this run", hint))
    owner = existing.get(slug)
    if owner is not None and not (force and owner.resolve() == result.target.resolve()):
        if owner.resolve() == result.target.resolve():
            message, hint = f"{result.target} already exists", "pass --force to overwrite it"
        else:
            message, hint = (f"the slug {slug!r} is already used by {owner}",
                             "rename that article or this one's title; --force replaces only a file of the same name")
        return dataclasses.replace(result, problem=Problem(name, None, None, message, hint))
    return result


def _write(result: ImportResult, into: Path, force: bool) -> ImportResult:
    """Copy the article's pictures, then write the article (a picture that cannot be copied stops it)."""
    assert result.target is not None and result.text is not None
    target, source = result.target, str(result.source)
    for copy in result.pictures:
        refusal = copy_picture(copy, into, force)
        if refusal is not None:
            return dataclasses.replace(result, problem=Problem(source, None, None, refusal))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Through a temporary file, linked into place (replacing only with --force): an import stopped mid-write
        # (Ctrl+C) leaves the article whole or absent, never an empty or half file the build refuses.
        write_atomic(target, result.text.encode("utf-8"), replace=force)
    except FileExistsError:
        return dataclasses.replace(result, problem=Problem(source, None, None, f"{target} already exists",
                                                           "pass --force to overwrite it"))
    except OSError as exc:
        return dataclasses.replace(result, problem=Problem(source, None, None,
                                                           f"cannot write {target} ({exc.strerror or exc})"))
    return dataclasses.replace(result, written=True)


def _existing_slugs(into: Path) -> dict[str, Path]:
    """Slug -> article file for every article already under `into` (by file name or `slug:` field),
    decided as the loader decides it."""
    slugs: dict[str, Path] = {}
    if not into.is_dir():
        return slugs
    for file in sorted(into.rglob("*.md")):
        if any(part.startswith((".", "_")) for part in file.relative_to(into).parts):
            continue
        try:
            head = file.read_text(encoding="utf-8", errors="replace")[:4000]
        except OSError:
            continue
        match = _FRONT_SLUG.search(head.split("\n---", 1)[0]) if head.startswith("---") else None
        slug = match[1] if match else (file.stem if SLUG_RE.match(file.stem) else slug_from_name(file.stem))
        slugs.setdefault(slug, file)
    return slugs
