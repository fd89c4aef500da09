"""The `warta` command: build / new. The only module that prints and exits."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import NoReturn, Sequence

from warta import __version__
from warta.errors import (CommandError, ConfigError, ContentError, Problem, ProblemsError, UsageError, WartaError,
                          printable)
from warta.layout import ARTICLES_DIR, CONFIG_NAME, OUTPUT_DIR, PAGES_DIR
from warta.years import check_year

log = logging.getLogger("warta")


_made: list | None = None
"""What a build made, kept from being freed when the process exits right after it (`run`)."""


def run() -> NoReturn:
    """The `warta` command (`python -m warta`): `main`, then an exit that frees nothing. A build holds
    millions of objects; freeing them one by one as the build returns and the interpreter shuts down
    took 2 s of a 100,000-article rebuild after one edit, and is of no use to a process about to end.
    Every file is written, closed and the output swapped by then; only the standard streams and the
    log handlers are flushed first. (`main` alone frees as usual: tests call it again and again in one
    process; `warta serve` builds again and again without keeping anything.)"""
    global _made
    _made = []
    status = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # (a reader that went away, `warta build | head -1`: nothing to tell it)
            pass
    logging.shutdown()
    os._exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 input problems, 2 usage, 75 another build of the site
    is running and --no-wait was given, 130 interrupted, 143 stopped by SIGTERM)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help(sys.stderr)
        return 2
    if getattr(args, "verbose", False):
        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s", stream=sys.stderr)
    sigterm = _StopOnSigterm()
    status = _run(args, sigterm)
    return 128 + signal.SIGTERM if sigterm.received else status


class _StopOnSigterm:
    """While a command runs, SIGTERM (`kill`, systemd, `timeout`) stops it the way Ctrl+C does: as a
    KeyboardInterrupt in the main thread, so that every `finally` and `__exit__` clean-up runs (issue 21:
    a terminated build left its staging folder behind, tens of MB, and `serve` its temporary folder)."""

    received = False

    def __enter__(self) -> _StopOnSigterm:
        self._previous = None
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, self._stop)
            self._previous = signal.SIG_DFL if previous is None else previous  # None: not set from Python
        return self

    def _stop(self, signum, frame) -> None:
        self.received = True
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # once: the clean-ups are under way
        raise KeyboardInterrupt

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGTERM, self._previous)


def _run(args: argparse.Namespace, sigterm: _StopOnSigterm) -> int:
    try:
        with sigterm:
            return args.run(args)
    except ProblemsError as exc:
        _print_problems(exc, args.stopped)
        return exc.exit_code
    except WartaError as exc:
        print(f"error: {exc.format()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        what = getattr(args, "interrupted", "the output folder was left as it was")
        print(f"{'terminated' if sigterm.received else 'interrupted'}; {what}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of the output went away (`warta build | head -c 40`): nothing to tell it, and
        # no one to tell; ended the way `cat` and `git` end, by the pipe's signal's status, quietly.
        _silence_streams()
        return 128 + signal.SIGPIPE
    except OSError as exc:
        if getattr(args, "debug", False):
            raise
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def _silence_streams() -> None:
    """Point the standard output and error at /dev/null: after a reader went away, whatever is still
    written (or flushed at exit) goes nowhere instead of failing again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError, AttributeError):  # (a stream that is no file: a test's capture)
            pass
    os.close(devnull)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="warta", description="Static news sites for Indonesian articles.")
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    build = commands.add_parser("build", help="build the site into _site/",
                                description="Validate every article, render the site, and swap it into the output folder.")
    _add_source(build)
    build.add_argument("--output", type=_folder, help="output folder (default: _site in the site folder); Warta "
                       "replaces it whole, so it must be new, empty or made by Warta")
    build.add_argument("--force-output", action="store_true",
                       help="replace the output folder even if it holds files Warta did not make (they are deleted)")
    build.add_argument("--base-url", help="override base_url from warta.yaml (e.g. https://user.github.io/warta/)")
    build.add_argument("--drafts", action="store_true", help="include articles and pages with draft: true")
    build.add_argument("--future", action="store_true", help="include articles dated after now")
    build.add_argument("--now", help="the build's clock, ISO 8601 (default: SOURCE_DATE_EPOCH, else the current time)")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build.add_argument("--no-search", dest="search", action="store_false",
                       help="skip the search index (faster drafts); the search page and box are left out")
    build.add_argument("-j", "--jobs", type=_jobs, metavar="N",
                       help="worker processes for rendering (default: the number of CPUs)")
    _add_scheduler(build)
    build.add_argument("--clean", action="store_true",
                       help="ignore the build cache and render every page (social cards stay cached)")
    build.add_argument("--no-wait", dest="wait", action="store_false",
                       help="if another build of this site is running, stop (exit 75) instead of waiting for it")
    build.add_argument("-q", "--quiet", action="store_true",
                       help=f"print only problems (of the warnings, the first {QUIET_WARNINGS} and how many more)")
    build.add_argument("-v", "--verbose", action="store_true", help="log each stage's timing")
    build.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    build.set_defaults(run=_run_build, stopped="build stopped ({}); the output folder was not changed")

    _add_new(commands)

    importing = commands.add_parser(
        "import", help="turn raw article text, saved pages, WordPress exports and feeds into articles/<slug>.md",
        description="Read raw article text (copied from a web page, a wire feed or a CMS export), saved HTML pages, "
                    "WordPress exports (WXR) and RSS/Atom feeds into articles with front matter, their pictures "
                    "beside them, listing every line or block it takes out. Never overwrites unless --force.")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE",
                           help="raw text files (UTF-8 with or without BOM, or Windows-1252), saved pages (.html), "
                                "WordPress exports or feeds (.xml); the kind is read from the file")
    importing.add_argument("--into", type=_folder, default=Path(ARTICLES_DIR), metavar="DIR",
                           help="folder to write the articles to (default: articles/)")
    importing.add_argument("--dry-run", action="store_true",
                           help="print each article and every removed line; write nothing")
    importing.add_argument("--force", action="store_true", help="overwrite an existing article of the same name")
    importing.add_argument("--fetched-at", metavar="WHEN",
                           help='when the texts were fetched, ISO 8601: dates "2 months ago" and undated texts')
    importing.add_argument("--uploads", type=Path, metavar="DIR",
                           help="a WordPress site's wp-content/uploads folder: pictures of an export are copied "
                                "from it (and only from it)")
    importing.set_defaults(run=_run_import, stopped="nothing imported ({})",
                           interrupted="the articles written before it (each on an `imported` line above) are whole "
                                       "and kept; import again to go on (those are then refused as already there)")
    _add_deploy(commands)
    _add_check(commands)
    _add_serve(commands)
    return parser


def _add_scheduler(build: argparse.ArgumentParser) -> None:
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="render on the Dask cluster of this scheduler (tcp://host:8786; needs "
                            "pip install 'warta[cluster]'), whatever warta.yaml's cluster: says")


def _add_new(commands) -> None:
    new = commands.add_parser("new", help="write a new article (or page) skeleton",
                              description="Write articles/<slug>.md (with --page: pages/<slug>.md) with front "
                                          "matter to fill in. Never overwrites.")
    new.add_argument("title", help='the headline, e.g. "Judul Artikel"')
    _add_source(new)
    new.add_argument("--slug", help="file and URL name (default: from the title)")
    new.add_argument("--page", action="store_true",
                     help='write a page that is not an article (Tentang, Redaksi …), at /<slug>/: pages/<slug>.md')
    new.add_argument("--type", default="berita",
                     help="the kind of work: berita (default), opini, analisis, wawancara, advertorial, siaran-pers "
                          "or hak-jawab; advertorial and siaran-pers need --sponsor, hak-jawab needs --reply-to")
    new.add_argument("--sponsor", help='who paid for an advertorial or issued a press release, e.g. "PT Contoh"')
    new.add_argument("--reply-to", metavar="SLUG", help="for --type hak-jawab: the slug of the article answered")
    new.set_defaults(run=_run_new, stopped="no article written ({})")


def _add_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", type=_folder, default=Path("."),
                        help="site folder holding warta.yaml and articles/ (default: current folder)")


def _folder(value: str) -> Path:
    """A folder argument; an empty one (an unset variable in a script) is refused, not taken as
    the current folder."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the folder is empty (an unset variable in a script?); name a folder, "
                                         "such as _site, or . for the current one")
    return Path(value)


def resolve_now(value: str | None, environ=os.environ) -> datetime:
    """The build clock: --now, else SOURCE_DATE_EPOCH, else the current time; within the years an
    article's date may have (a clock in year 9999 overflowed the build, issue 21)."""
    if value:
        return _moment("--now", value, "2025-06-15T09:00:00+07:00")
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            now = datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise UsageError(f'SOURCE_DATE_EPOCH "{epoch}" is not a whole number of seconds') from None
        reason = check_year(now)
        if reason:
            raise UsageError(f'SOURCE_DATE_EPOCH "{epoch}" ({now.isoformat()}) {reason}')
        return now
    return datetime.now(timezone.utc)


def _moment(option: str, value: str, example: str) -> datetime:
    """An ISO 8601 date-time given as `option` (a space for the T allowed), within the years an
    article's date may have; else wrong usage."""
    try:
        moment = datetime.fromisoformat(value.strip().replace(" ", "T", 1))
    except ValueError:
        raise UsageError(f'{option} "{value}" is not an ISO 8601 date-time, e.g. {example}') from None
    reason = check_year(moment)
    if reason:
        raise UsageError(f'{option} "{value}" {reason}')
    return moment


def _run_build(args: argparse.Namespace) -> int:
    from warta.builder import BuildOptions, build

    root = args.source
    output = args.output if args.output is not None else root / OUTPUT_DIR
    _check_base_url(args.base_url)
    _check_scheduler(args.scheduler)
    options = BuildOptions(root=root, output=output, now=resolve_now(args.now), base_url=args.base_url,
                           drafts=args.drafts, future=args.future, strict=args.strict, search=args.search,
                           jobs=args.jobs, clean=args.clean, wait=args.wait, force_output=args.force_output,
                           scheduler=args.scheduler)
    with ConsoleReporter(quiet=args.quiet) as reporter:
        report = build(options, reporter, keep=_made)
    if not args.quiet:
        print_summary(report)
    return 0


def _check_base_url(value: str | None) -> None:
    """A --base-url that cannot be used is wrong usage (exit 2), like a bad --now."""
    if value is None:
        return  # (without importing the config's module: a no-op build imports no stage, issue 22)
    from warta.config import validate_base_url

    reason = validate_base_url(value)
    if reason:
        raise UsageError(f"--base-url {reason}; for example --base-url https://user.github.io/warta/, "
                         "or --base-url / for links without a host")


def _check_scheduler(value: str | None) -> None:
    """A --scheduler that is no address is wrong usage (exit 2); without Dask installed, an error that
    says how to install it (found without importing Dask)."""
    if value is None:
        return
    from importlib.util import find_spec

    from warta.config import validate_scheduler

    reason = validate_scheduler(value)
    if reason:
        raise UsageError(f"--scheduler {reason}")
    if find_spec("distributed") is None:
        raise CommandError("--scheduler needs Dask, which is not installed: pip install 'warta[cluster]'")


def _run_new(args: argparse.Namespace) -> int:
    from warta.config import load_config
    from warta.content.schema import check_slug, slug_from_name
    from warta.yamlmap import bad_character

    if args.page:
        args.stopped = "no page written ({})"
    config, _ = load_config(args.source)
    title = " ".join(args.title.split())
    if not title:
        raise UsageError("the title is empty; write it in quotes: warta new \"Judul Artikel\"")
    reason = bad_character(title)
    if reason:  # the build refuses it in front matter, so the article written would not build (issue 21)
        raise UsageError(f'the title "{printable(title)}" contains {reason}; type the '
                           "title again without it (the build would refuse the article)")
    slug = args.slug or slug_from_name(title)
    if not slug:
        raise UsageError(f'the title "{title}" has no letters or digits to make a file name from; '
                           "pass --slug, for example --slug berita-baru")
    reason = check_slug(slug)
    if reason:
        raise UsageError(f"slug {reason}; pass --slug with lower-case words joined by hyphens")
    if args.page:
        return _new_page(args, title, slug)
    _refuse_linked_out(args.source, ARTICLES_DIR)
    # (A file of that name is "already exists" below.)
    taken = None if os.path.lexists(args.source / ARTICLES_DIR / f"{slug}.md") else _slug_claimed(args.source, slug)
    if taken is not None:  # (defects23, finding 7: the draft was written, and the next build stopped)
        raise CommandError(f'slug "{slug}" is already used by {taken}; nothing written: pass --slug with another '
                           "name (the build would refuse two articles at one address)")
    standards = _new_standards(args)
    folder = args.source / ARTICLES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug}.md"
    now = datetime.now(config.zone).replace(second=0, microsecond=0)
    text = NEW_ARTICLE.format(title=_yaml_string(title), date=now.isoformat()).replace("draft: true\n",
                                                                                      standards + "draft: true\n")
    try:
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise CommandError(f"{path} already exists; choose another title or pass --slug") from None
    print(f"wrote {path} (draft: remove `draft: true` to publish)")
    return 0


def _new_standards(args: argparse.Namespace) -> str:
    """The front matter lines `--type`, `--sponsor` and `--reply-to` ask for (issue 18), checked as the
    build checks them, so the article written builds."""
    from warta.content.schema import ARTICLE_TYPES, REPLY_TYPE, SPONSORED_TYPES, check_slug

    if args.type not in ARTICLE_TYPES:
        raise UsageError(f'--type "{args.type}" is not a type of article; use one of {", ".join(ARTICLE_TYPES)}')
    if args.sponsor is not None and args.type not in SPONSORED_TYPES:
        raise UsageError(f"--sponsor is for --type {' or '.join(SPONSORED_TYPES)}")
    if args.reply_to is not None and args.type != REPLY_TYPE:
        raise UsageError(f"--reply-to is for --type {REPLY_TYPE}")
    lines = f"type: {args.type}\n" if args.type != "berita" else ""
    if args.type in SPONSORED_TYPES:
        if not (args.sponsor or "").strip():
            raise UsageError(f'--type {args.type} needs --sponsor "PT Contoh": who {"paid for" if args.type == "advertorial" else "issued"} it')
        lines += f"sponsor: {_yaml_string(' '.join(args.sponsor.split()))}\n"
    if args.type == REPLY_TYPE:
        reason = check_slug(args.reply_to) if args.reply_to is not None else "is missing"
        if reason:
            raise UsageError(f"--reply-to {reason}: give the slug of the article this reply answers")
        lines += f"reply_to: {args.reply_to}\n"
    return lines


def _new_page(args: argparse.Namespace, title: str, slug: str) -> int:
    """`warta new --page`: pages/<slug>.md, unless the slug is an address Warta writes itself."""
    from warta.model.urls import TOP_LEVEL_NAMES

    if slug in TOP_LEVEL_NAMES:
        raise UsageError(f'the page would be at /{slug}/, which holds {TOP_LEVEL_NAMES[slug]}; '
                         "pass --slug with another name")
    _refuse_linked_out(args.source, PAGES_DIR)
    folder = args.source / PAGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug}.md"
    try:
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(NEW_PAGE.format(title=_yaml_string(title)))
    except FileExistsError:
        raise CommandError(f"{path} already exists; choose another title or pass --slug") from None
    print(f"wrote {path} (published at /{slug}/ by the next build)")
    return 0


def _slug_claimed(site: Path, slug: str) -> str | None:
    """The article (its path, and how) that already claims the address of `slug`: by its `slug:`,
    by its file name, or by an alias at that address; None when no article does."""
    from warta.content.loader import find_article_files, read_source
    from warta.content.schema import default_slug
    from warta.model.urls import alias_path, article_path

    top = len(os.fspath(site / ARTICLES_DIR))
    for file in find_article_files(site):
        rel = ARTICLES_DIR + file[top:].replace(os.sep, "/")
        _, mapping, _ = read_source(Path(file), rel)
        data = mapping.data if mapping is not None else {}
        own = data.get("slug")
        if (own if isinstance(own, str) and own.strip() else default_slug(Path(file).stem)) == slug:
            return rel
        aliases = data.get("aliases")
        for alias in [aliases] if isinstance(aliases, str) else aliases if isinstance(aliases, list) else ():
            if isinstance(alias, str) and alias.strip() and alias_path(alias) == article_path(slug):
                return f"{rel} (as an alias)"
    return None


def _refuse_linked_out(site: Path, folder: str) -> None:
    """Stop before writing into the site's `folder` when it is a link out of the site, which the build
    refuses (defects23, finding 5: `warta new` wrote the article outside the site)."""
    from warta.content.files import linked_out

    problem = linked_out(site, folder)
    if problem is not None:
        raise CommandError(f"{problem.path}/ {problem.message}, which the build refuses; "
                           f"nothing written: {problem.hint}")


def _run_import(args: argparse.Namespace) -> int:
    from warta.config import load_config
    from warta.importer import DEFAULT_ZONE
    from warta.importer.write import import_inputs

    site = args.into.parent
    if (site / CONFIG_NAME).is_file() and args.into.name in (ARTICLES_DIR, PAGES_DIR):
        _refuse_linked_out(site, args.into.name)
    zone = load_config(site)[0].zone if (site / CONFIG_NAME).is_file() else DEFAULT_ZONE
    fetched_at = None
    if args.fetched_at:
        fetched_at = _moment("--fetched-at", args.fetched_at, "2025-08-14T10:00:00+07:00")
        if fetched_at.tzinfo is None:
            fetched_at = fetched_at.replace(tzinfo=zone)
    if args.into.exists() and not args.into.is_dir():
        raise UsageError(f"--into {args.into}: not a folder; name the folder to write the articles to (default: "
                         "articles)")
    if args.uploads is not None and not args.uploads.is_dir():
        raise UsageError(f"--uploads {args.uploads}: not a folder; name the wp-content/uploads folder of the site")
    # Each article's line as soon as it is written: a long import shows its progress, and one stopped by
    # Ctrl+C has listed the articles it wrote (probe finding 19).
    inputs = import_inputs(args.files, args.into, fetched_at=fetched_at, zone=zone, force=args.force,
                           dry_run=args.dry_run, uploads=args.uploads,
                           on_article=lambda result: _print_import(result, args.dry_run),
                           on_input=lambda item: _print_input_summary(item, args.dry_run))
    failed = sum(1 for item in inputs if item.results and len(item.failed) == len(item.results))
    if failed:
        print(f"{failed} of {len(inputs)} files not imported", file=sys.stderr)
    return 1 if any(item.failed for item in inputs) else 0


def _print_import(result, dry_run: bool) -> None:
    """One article's line: what was written where (or the whole file with --dry-run), its problem, warnings."""
    article = result.article
    if dry_run and article is not None and result.text is not None:
        print(f"==> {result.source} -> {result.target} (dry run: nothing written)")
        print(result.text, end="")
        what = "lines" if result.kind == "text" else "blocks"
        print(f"==> {what} of {result.source} not in the body ({len(article.removed)}):")
        for removed in article.removed:
            where = f"line {removed.line}" if removed.line else "block"
            print(f"  {where}: {removed.reason}: {removed.text}")
        for copy in result.pictures:
            shown = _shown(copy.source) if copy.source is not None else "(inside the page)"
            print(f"==> picture {shown} -> {copy.target}")
    if result.problem is not None:
        print(f"error: {result.problem.format()}", file=sys.stderr)
    elif not dry_run:
        dropped = len(article.dropped)
        what = "line" if result.kind == "text" else "block"
        pictures = len(result.pictures)
        copied = f", {pictures} picture{'s' * (pictures != 1)} copied" if pictures else ""
        print(f"imported {result.source} -> {result.target} ({dropped} {what}{'s' * (dropped != 1)} dropped{copied})",
              flush=True)
    for warning in article.warnings if article is not None else ():
        print(warning.format(), file=sys.stderr)


def _shown(path: Path) -> str:
    """A path as the user would type it: from the current folder when it is inside it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def _print_input_summary(item, dry_run: bool) -> None:
    """For an input of many articles, or one that skipped some: how many were imported, and what was skipped
    and why ("2 private posts skipped")."""
    for warning in item.warnings:
        print(warning.format(), file=sys.stderr)
    if dry_run:
        for skipped in item.skipped:
            print(f"==> skipped in {item.source}: {skipped.what}: {skipped.reason}")
    if item.kind is None or (item.kind in ("text", "html") and not item.skipped):
        return
    done = len(item.results) - len(item.failed)
    verb = "to import" if dry_run else "imported"
    parts = [f"{done} article{'s' * (done != 1)} {verb}"]
    if item.failed:
        parts.append(f"{len(item.failed)} not imported")
    reasons: dict[str, int] = {}
    for skipped in item.skipped:
        reasons[skipped.reason] = reasons.get(skipped.reason, 0) + 1
    parts += [_skipped(reason, count) for reason, count in reasons.items()]
    print(f"{item.source}: " + ", ".join(parts))


def _skipped(reason: str, count: int) -> str:
    """"2 private posts skipped" for a reason naming the items; "2 skipped (not a post: page)" for others."""
    head, bracket, tail = reason.partition(" (")
    if head.split(" ", 1)[0].lower() in ("not", "no", "without", "empty") or ":" in head:
        return f"{count} skipped ({reason})"
    plural = head if count == 1 or head.endswith("s") else head + "s"
    return f"{count} {plural}{bracket + tail if bracket else ''} skipped"


def _add_deploy(commands) -> None:
    deploy = commands.add_parser(
        "deploy", help="upload the built site to S3 (or an S3-compatible store)",
        description="Upload the output folder to s3://bucket/prefix: only new and changed files, with "
                    "Content-Type and Cache-Control set. Credentials come from the AWS environment or profile "
                    "(AWS_ACCESS_KEY_ID, AWS_PROFILE, …), never from warta.yaml. Needs boto3: "
                    "pip install 'warta[deploy]'.")
    deploy.add_argument("destination", type=_s3_target, metavar="s3://BUCKET/PREFIX", help="where the site goes")
    _add_source(deploy)
    deploy.add_argument("--output", type=_folder, help="the built site to upload (default: _site in the site folder)")
    deploy.add_argument("--endpoint-url", metavar="URL",
                        help="an S3-compatible endpoint instead of AWS (Cloudflare R2, MinIO, …)")
    deploy.add_argument("--delete", action="store_true", help="delete objects under the prefix that the site no "
                                                              "longer has (kept otherwise)")
    deploy.add_argument("--dry-run", action="store_true", help="print what would be uploaded and deleted; change "
                                                               "nothing")
    deploy.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    deploy.set_defaults(run=_run_deploy, stopped="nothing deployed ({})")


def _s3_target(value: str):
    from warta.deploy import parse_target

    try:
        return parse_target(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _run_deploy(args: argparse.Namespace) -> int:
    from warta.deploy import deploy

    output = args.output if args.output is not None else args.source / OUTPUT_DIR
    verb = {("upload", True): "would upload", ("upload", False): "uploaded",
            ("delete", True): "would delete", ("delete", False): "deleted"}

    def show(change) -> None:
        if not args.quiet:
            size = f", {_bytes(change.size)}" if change.action == "upload" else ""
            print(f"{verb[change.action, args.dry_run]} {change.path} ({change.reason}{size})", flush=True)

    report = deploy(output, args.destination, endpoint_url=args.endpoint_url, delete=args.delete,
                    dry_run=args.dry_run, on_change=show)
    plan = report.plan
    uploads, deletes = len(plan.uploads), len(plan.deletes)
    if args.dry_run:
        print(f"dry run: {output} -> {plan.target.url} would upload {_count(uploads, 'file')} "
              f"({_bytes(plan.upload_bytes)}) and delete {deletes}; {plan.unchanged} unchanged; nothing was changed")
    else:
        print(f"deployed {output} -> {plan.target.url}: {uploads} uploaded ({_bytes(plan.upload_bytes)}), "
              f"{plan.unchanged} unchanged, {deletes} deleted in {report.seconds:.2f} s")
    if plan.kept:
        print(f"{_count(len(plan.kept), 'object')} under {plan.target.url} not in the site kept; --delete removes them")
    return 0


def _bytes(n: int) -> str:
    """Size for people: 512 B, 14.2 kB, 3.1 MB (powers of 1000, like the byte counts hosts show)."""
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"  # pragma: no cover - the loop returns


def _add_check(commands) -> None:
    checking = commands.add_parser(
        "check", help="find links that lead nowhere, in the articles and in the built site",
        description="Report every link in an article's Markdown to a page or heading anchor of the site that "
                    "does not exist (path:line), and every internal link or source in the built site that "
                    "resolves to nothing. Outside addresses are not checked. Run `warta build` first.")
    _add_source(checking)
    checking.add_argument("--output", type=_folder, help="the built site to check (default: _site in the site folder)")
    checking.set_defaults(run=_run_check, stopped="check failed ({}): links that lead nowhere")


def _run_check(args: argparse.Namespace) -> int:
    from warta.linkcheck.site import CheckOptions, check

    output = args.output if args.output is not None else args.source / OUTPUT_DIR
    try:
        report = check(CheckOptions(root=args.source, output=output))
    except ConfigError:  # (issue 21: these said "links that lead nowhere")
        args.stopped = "check stopped ({}): the config is invalid, so no link was checked"
        raise
    except ContentError:
        args.stopped = "check stopped ({}): the articles have problems, so no link was checked"
        raise
    if report.problems:
        raise ProblemsError(report.problems)
    print(f"checked {_count(report.articles, 'article')} and {_count(report.pages, 'page')} "
          f"({_count(report.links, 'link')}) in {output}: every internal link leads somewhere")
    return 0


def _add_serve(commands) -> None:
    serve = commands.add_parser(
        "serve", help="build, serve on localhost and rebuild on every save (live reload)",
        description="Build into a temporary folder (never _site/), serve it, watch articles/, pages/, templates/, "
                    "assets/, static/, data/ and warta.yaml (also one made while it runs), rebuild within a second "
                    "of a save and reload open pages. A broken article shows its problems in the browser and here "
                    "while the last good site stays.")
    _add_source(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default: 8000; 0 picks a free one)")
    serve.add_argument("--drafts", action="store_true", help="include articles and pages with draft: true")
    serve.add_argument("--future", action="store_true", help="include articles dated after now")
    serve.add_argument("--no-search", dest="search", action="store_false", help="skip the search index")
    serve.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    serve.set_defaults(run=_run_serve, stopped="not serving ({})")


def _jobs(value: str) -> int:
    """A number of worker processes: 1 or more (defects23, finding 11: 0 and -1 were taken without a word)."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f'"{value}" is not a number of processes; give 1 or more (1: no workers)')
    return jobs


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f'"{value}" is not a port number from 0 to 65535')
    return port


def _run_serve(args: argparse.Namespace) -> int:
    from warta.builder import BuildOptions
    from warta.server import DevServer, describe

    def on_build(report, error) -> None:
        if error is None:
            print(f"rebuilt: {_count(report.articles, 'article')}, {report.changed} files changed "
                  f"in {report.seconds:.2f} s", flush=True)
        elif isinstance(error, ProblemsError):
            _print_problems(error, "build failed ({}); still serving the last good site")
        else:
            if args.debug and not isinstance(error, WartaError):
                traceback.print_exception(error, file=sys.stderr)
            print(f"error: {describe(error)}; still serving the last good site", file=sys.stderr, flush=True)

    # One process: forking workers while the server's and the watcher's threads run is asking for
    # a deadlock; rebuilds after the first one are incremental anyway.
    options = BuildOptions(root=args.source, output=args.source / OUTPUT_DIR, now=resolve_now(None),
                           drafts=args.drafts, future=args.future, search=args.search, jobs=1)
    try:
        server = DevServer(options, args.host, args.port, on_build=on_build)
    except OSError as exc:
        raise CommandError(f"cannot listen on {args.host}:{args.port} ({exc.strerror}); try another --port") from None
    try:
        print(f"serving {os.path.abspath(args.source)} at {server.url} (Ctrl+C to stop)", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", flush=True)
    finally:
        server.close()
    return 0


def _yaml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


NEW_ARTICLE = """---
title: {title}
date: "{date}"
author: ""
tags: []
category: ""
summary: ""
draft: true
---

Tulis artikel di sini.
"""


NEW_PAGE = """---
title: {title}
summary: ""
order:
---

Tulis isi halaman di sini.
"""


def _print_problems(exc: ProblemsError, stopped: str) -> None:
    sys.stderr.write("".join([problem.format() + "\n" for problem in exc.problems]))
    errors, warnings = exc.error_count, len(exc.problems) - exc.error_count
    counts = f"{errors} error{'s' * (errors != 1)}"
    if warnings and not errors:
        # Only --strict stops a build on warnings alone; say so rather than "0 errors".
        counts = f"{warnings} warning{'s' * (warnings != 1)}, fatal with --strict"
    elif warnings:
        counts += f", {warnings} warning{'s' * (warnings != 1)}"
    print(stopped.format(counts), file=sys.stderr)


QUIET_WARNINGS = 20
"""Warnings `--quiet` prints in full; of the others it prints only how many there are (issue 22: a
10,000-article archive has 14,000 link warnings, and a cron job's mail needs the count, not them)."""


class ConsoleReporter:
    """Shows warnings (under --quiet the first QUIET_WARNINGS, then their count), and a progress bar
    on a terminal unless quiet.

    Warnings are kept as they come and written in one go at the end of each stage (and at the end):
    one write of the joined lines, not a print per warning (14,000 prints took 0.09 s of a no-op)."""

    def __init__(self, quiet: bool = False, stream=None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self._progress = None
        self._task = None
        self._pending: list[Problem] = []
        self._warnings = 0

    def __enter__(self) -> ConsoleReporter:
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
        self._flush()
        hidden = self._warnings - QUIET_WARNINGS
        if self.quiet and hidden > 0:
            print(f"{hidden} more warning{'s' * (hidden != 1)} not shown ({self._warnings} in all; --quiet shows "
                  f"the first {QUIET_WARNINGS}): build without --quiet to see every one", file=self.stream)

    def stage(self, name: str, seconds: float) -> None:
        self._flush()  # (the pipeline logs stage timings itself, shown with --verbose)

    def problem(self, problem: Problem) -> None:
        self._warnings += 1
        if not self.quiet or self._warnings <= QUIET_WARNINGS:
            self._pending.append(problem)

    def _flush(self) -> None:
        if self._pending:
            self.stream.write("".join([problem.format() + "\n" for problem in self._pending]))
            self.stream.flush()
            self._pending = []

    def notice(self, text: str) -> None:
        self._flush()
        print(text, file=self.stream, flush=True)

    def progress(self, label: str, total: int) -> None:
        self._flush()
        if self.quiet or not self.stream.isatty() or total < 200:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), console=Console(file=self.stream), transient=True)
        self._progress.start()
        self._task = self._progress.add_task(label, total=total)

    def advance(self, units: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, units)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def print_summary(report) -> None:
    """One line: what was built, how long it took; then when the next scheduled change is due."""
    if report.unchanged_inputs:
        print(f"up to date: nothing changed since the last build ({_count(report.articles, 'article')}, "
              f"{_count(report.files, 'file')}) -> {report.output}; checked in {report.seconds:.2f} s")
    else:
        encoded = f", {report.encoded} photo {'file' if report.encoded == 1 else 'files'} encoded" if report.encoded else ""
        print(f"built {_count(report.articles, 'article')}: {_count(report.pages, 'page')} "
              f"({report.rendered} rendered), {_count(report.files, 'file')} ({report.changed} changed{encoded}) "
              f"in {report.seconds:.2f} s -> {report.output}")
    schedule = report.schedule
    left_out = [text for n, text in ((schedule.drafts, _count(schedule.drafts, "draft")),
                                     (schedule.future, f"{schedule.future} scheduled"),
                                     (schedule.expired, f"{schedule.expired} expired")) if n]
    if left_out:
        print("left out: " + ", ".join(left_out))
    if schedule.next_publish is not None:
        due = schedule.next_publish
        print(f"next scheduled article: {due.path} goes live at {due.at.isoformat()}; rebuild then")
    if schedule.next_expiry is not None:
        due = schedule.next_expiry
        print(f"next expiry: {due.path} comes down at {due.at.isoformat()}; rebuild then")
