"""The Jinja2 environment: site templates first, then the default theme's."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable, NamedTuple

import jinja2
from jinja2 import meta, nodes
from markupsafe import Markup

from warta.config import SiteConfig
from warta.errors import CacheLost, Problem, TemplateError
from warta.layout import THEME_DIR, THEME_INPUTS, THEME_TEMPLATES
from warta.images.markup import ARTICLE_SIZES, CARD_SIZES, figure, picture
from warta.render.assets import AssetSet
from warta.render.dates import date_time, day_date_time, long_date, month_year
from warta.render.metadata import json_ld
from warta.render.theme import THEME_SCRIPT
from warta.render.views import numbered_headings, share_links

THEME_ASSETS = THEME_DIR / "assets"


def template_dirs(site_root: Path) -> tuple[Path, ...]:
    """Where templates are looked up, in order: the site's `templates/`, each file overriding the
    default theme's of that name, then the theme's. The repository's own site is the one whose
    `templates/` is the theme's: that folder is then listed once (by the site's path), so error
    messages name it once and `TemplateDependencies` fingerprints it once."""
    site = site_root / "templates"
    if os.path.realpath(site) == os.path.realpath(THEME_TEMPLATES):
        return (site,)
    return (site, THEME_TEMPLATES)


class _Loader(jinja2.FileSystemLoader):
    """Jinja2's file loader, with a template that is not UTF-8 text refused as a syntax error at its
    file and line (it raised UnicodeDecodeError, a traceback, from wherever a template was first read)."""

    def get_source(self, environment: jinja2.Environment, template: str):
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as exc:
            for folder in self.searchpath:
                path = os.path.join(folder, *jinja2.loaders.split_template_path(template))
                if os.path.isfile(path):
                    break
            line = exc.object[:exc.start].count(b"\n") + 1
            raise jinja2.TemplateSyntaxError(
                f"the template is not UTF-8 text (byte {exc.object[exc.start]:#04x}); save it as UTF-8",
                line, template, path) from None


def make_environment(dirs: tuple[Path, ...], config: SiteConfig, assets: AssetSet,
                     loader: jinja2.BaseLoader | None = None,
                     compiled: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """One Environment per build: autoescape on, StrictUndefined, Indonesian date filters. `loader`
    replaces the one reading `dirs` (a Dask worker's holds the templates' text: `builder/cluster.py`);
    `compiled` keeps the templates' compiled code between builds (`builder/templatecache.py`)."""
    env = jinja2.Environment(
        bytecode_cache=compiled,
        loader=loader or _Loader([str(d) for d in dirs if d.is_dir()]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    zone, language, base = config.zone, config.language, config.base_path

    def url(path: str) -> str:
        """Link to a site path under the base path: `artikel/x/` -> `/berita/artikel/x/`.
        Absolute http(s) URLs pass through unchanged."""
        if path.startswith(("http://", "https://")):
            return path
        return base + path.lstrip("/")

    def absolute(path: str) -> str:
        return config.absolute_url(url(path)) if not path.startswith(("http://", "https://")) else path

    env.filters.update(
        url=url,
        absolute=absolute,
        tanggal=lambda value: long_date(value, zone, language),
        tanggal_waktu=lambda value: date_time(value, zone, language),
        waktu=lambda value: day_date_time(value, zone, language),
        iso=lambda value: value.isoformat(),
        bulan=lambda month: month_year(month.year, month.month, language),
        json_ld=json_ld,
    )
    widths = config.image_widths
    env.globals.update(
        asset=lambda name: url(assets.path(name)),
        config=config,
        lang=language,
        # A photo as `<picture>` (a card's thumbnail with thumbnail=True), or in a `<figure>`.
        picture=lambda photo, **kw: picture(photo, widths, base, **kw),
        figure=lambda photo, **kw: figure(photo, widths, base, **kw),
        article_sizes=ARTICLE_SIZES,
        card_sizes=CARD_SIZES,
        # The share bar's links for an article (title, site path): only a site with a host can be shared.
        share_links=lambda title, path: share_links(title, absolute(path)) if config.absolute else (),
        numbered_headings=numbered_headings,
        theme_script=THEME_SCRIPT,  # the inline theme setter, whose digest the CSP allows
    )
    env.globals["searched_dirs"] = tuple(str(d) for d in dirs)
    env.extend(warta_memos=[])
    for name in REPEATED_PARTIALS:
        _remember_renders(env, name)
    return env


def forget_renders(env: jinja2.Environment) -> None:
    """Empty the memos of `REPEATED_PARTIALS` (the build does once its pages are rendered: at 20,000
    renderings a partial, they held about 25 MB that the link check and the saved state can use)."""
    for kept in getattr(env, "warta_memos", ()):
        kept.clear()


REPEATED_PARTIALS = ("partials/card.html",)
"""Partials that listings include once per article, the same article's on many pages (a card is on its
home, category, tag, author and archive pages): each rendering of one is kept, per process, for the
next page that includes it with the same values. Profile of a 10,000-article build: rendering cards
was about two fifths of the time spent in templates."""
REMEMBERED_RENDERS = 20_000
"""At most this many renderings of a partial are kept (a card is about 1.5 KB); then it starts again."""


def _remember_renders(env: jinja2.Environment, name: str) -> None:
    """Make `name` (included `with context`, as `{% include %}` does) answer from a memo when what it
    reads is the same as before: its free variables (its own and those of the templates it includes)
    are `item`, `lead` and names that resolve, where it is included, to what they are in a bare context
    (the environment's globals, or nothing). Anything else it reads (`loop`, the page's `spec`, a value
    the including page defines) and it renders as usual, each time; so it does for a template that
    extends it (whose blocks replace its own) and when it defines macros or variables (which an
    `{% import … with context %}` of it needs defined). A template with an error, or one that names
    another by an expression, is left alone (its error comes when a page renders it)."""
    try:
        template = env.get_template(name)
        free = _free_names(env, name, {name})
    except jinja2.TemplateError:
        return
    if free is None:
        return
    checked = tuple(sorted(free - {"item", "lead", *CARD_VARIANTS}))
    bare = {key: env.globals.get(key, jinja2.runtime.missing) for key in checked}
    render = template.root_render_func
    kept: dict[tuple[int, type, object], tuple[object, str]] = {}
    env.warta_memos.append(kept)

    def remembered(context: jinja2.runtime.Context):
        item, lead = context.resolve_or_missing("item"), context.resolve_or_missing("lead")
        variants = tuple(context.resolve_or_missing(key) for key in CARD_VARIANTS)
        # (A template that extends this one renders it with its own context and blocks: never kept.)
        if item is jinja2.runtime.missing or type(lead) not in _KEYS or context.name != name \
                or any(type(v) not in _KEYS and v is not jinja2.runtime.missing for v in variants) \
                or any(context.resolve_or_missing(key) is not bare[key] for key in checked):
            yield from render(context)
            return
        # (True == 1 and False == 0, but `{{ lead }}` shows them apart)
        key = (id(item), type(lead), lead, *((type(v), v) for v in variants))
        found = kept.get(key)
        if found is None or found[0] is not item:
            output = "".join(render(context))
            if context.exported_vars:  # a macro or {% set %} of its own: an import needs the code run
                yield output
                return
            if len(kept) >= REMEMBERED_RENDERS:
                kept.clear()
            found = kept[key] = (item, output)
        yield found[1]

    template.root_render_func = remembered


CARD_VARIANTS = ("own", "compact", "level")
"""Values a listing sets for its cards (the page's own category or author, a compact card, the title's
heading level), part of what a kept rendering is kept for, as `lead` is."""
_KEYS = (bool, type(None), int, str)
"""The kinds of `lead` a rendering is kept for (what a dictionary key can be)."""


def _free_names(env: jinja2.Environment, name: str, seen: set[str]) -> set[str] | None:
    """Every variable template `name` and those it includes or imports read or set an attribute of (by
    name: whether from their context or set by themselves); None when one is named by an expression.
    (`meta.find_undeclared_variables` leaves out the environment's globals, which a page may redefine.)"""
    source, filename, _ = env.loader.get_source(env, name)
    tree = env.parse(source, name, filename)
    free = {node.name for node in tree.find_all(nodes.Name) if node.ctx == "load"}
    free |= {node.name for node in tree.find_all(nodes.NSRef)}  # (`{% set ns.x = … %}`: writes the page's ns)
    for other in meta.find_referenced_templates(tree):
        if other is None:
            return None
        if other not in seen:
            seen.add(other)
            found = _free_names(env, other, seen)
            if found is None:
                return None
            free |= found
    return free


class TemplateDependencies:
    """What rendering a template reads: its own file and every template it extends, includes or
    imports, each as found in (or looked for along) the search folders.

    Dependencies are found by parsing (a dynamic template name makes a template depend on all of
    them). A fingerprint identifies each dependency by the folder it comes from and its bytes,
    and every folder it was looked for in first counts too, so adding an override in the site's
    `templates/` changes it."""

    def __init__(self, env: jinja2.Environment, dirs: tuple[Path, ...],
                 known: dict[str, TemplateAnalysis] | None = None):
        self.env, self.dirs = env, dirs
        self.known = {} if known is None else known
        """What parsing each template found, by `_analysis_key` (kept between builds by the builder:
        parsing the templates took 0.03 s of a rebuild); the templates parsed now are added to it."""
        self._parsed: dict[str, set[str] | None] = {}
        self._prints: dict[str, str] = {}
        self._summaries: dict[str, _FieldReads] = {}
        self._reads: dict[tuple, bool] = {}
        self._closures: dict[str, set[str]] = {}
        self._fixed: dict[str, tuple[str, tuple[tuple[str, int, str], ...]]] = {}

    def _references(self, name: str) -> set[str] | None:
        if name not in self._parsed:
            try:
                source, filename, _ = self.env.loader.get_source(self.env, name)
                key = _analysis_key(filename, source)
                found = self.known.get(key)
                if found is None:
                    found = self.known[key] = TemplateAnalysis.of(self.env.parse(source))
                self._parsed[name] = None if found.references is None else set(found.references)
                self._fixed[name] = (shown_path(filename) or name, found.fixed)
                self._summaries[name] = found.reads
            except jinja2.TemplateError:
                self._parsed[name] = set()
        return self._parsed[name]

    def loops(self, names: Iterable[str]) -> list[Problem]:
        """Templates that `names` may use which include, import or extend themselves, directly or
        through others, at every render: rendering them would never end (issue 21). Only what always
        runs counts (not what is inside {% if %}, {% for %}, a block or a macro): rendering catches
        the rest."""
        problems: dict[tuple, Problem] = {}
        done: set[str] = set()

        def visit(name: str, trail: list[tuple[str, str, int, str]]) -> None:
            # trail: (template, its file, line, how) of each step taken to reach `name`
            for index, step in enumerate(trail):
                if step[0] == name:
                    problems.setdefault(tuple(sorted(s[0] for s in trail[index:])), _loop_problem(trail[index:]))
                    return
            if name in done:
                return
            self._references(name)
            filename, refs = self._fixed.get(name, (name, ()))
            for target, line, how in refs:
                visit(target, trail + [(name, filename, line, f"{how} {target}")])
            done.add(name)

        for name in sorted(set().union(*map(self.closure, names))):
            visit(name, [])
        return list(problems.values())

    def closure(self, name: str) -> set[str]:
        if name not in self._closures:
            self._closures[name] = self._closure(name)
        return self._closures[name]

    def _closure(self, name: str) -> set[str]:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            refs = self._references(current)
            if refs is None:
                return {p.relative_to(d).as_posix() for d in self.dirs if d.is_dir()
                        for p in d.rglob("*") if p.is_file()}
            todo.extend(refs)
        return seen

    def fingerprint(self, name: str) -> str:
        if name not in self._prints:
            digest = hashlib.sha256()
            for dependency in sorted(self.closure(name)):
                for folder in self.dirs:
                    path = folder / dependency
                    if path.is_file():
                        digest.update(f"{folder}\0{dependency}\0".encode() + hashlib.sha256(path.read_bytes()).digest())
                        break
                    digest.update(f"{folder}\0{dependency}\0missing".encode())
            self._prints[name] = digest.hexdigest()
        return self._prints[name]

    def reads(self, name: str, fields: tuple[str, ...], except_of: str | None = None) -> bool:
        """Whether the template or one it uses reads any of `fields` of some value, judged from their
        parsed code so erring towards yes: an attribute of that name (`x.body`, `x . body`), a
        string constant of that name (`x["body"]`, `x|attr("body")`, `map(attribute="body")`), or
        an attribute named at render time (`x[name]`, `x|attr(name)`). With `except_of`, attribute
        reads of that variable (`article.body`) do not count, unless one of the templates binds the
        name itself (`{% for article in items %}`, `{% set article = … %}`, a macro's argument):
        there it stands for other values too."""
        key = (name, fields, except_of)
        if key in self._reads:
            return self._reads[key]
        summaries = []
        for dependency in sorted(self.closure(name)):
            self._references(dependency)
            if dependency in self._summaries:
                summaries.append(self._summaries[dependency])
        if except_of is not None and any(except_of in summary.binds for summary in summaries):
            except_of = None
        wanted = frozenset(fields)
        found = any(summary.reads(wanted, except_of) for summary in summaries)
        self._reads[key] = found
        return found


class TemplateAnalysis(NamedTuple):
    """What `TemplateDependencies` learns from parsing one template's text."""

    references: frozenset[str] | None
    """The templates it names (None: one named at render time)."""
    fixed: tuple[tuple[str, int, str], ...]
    """Those it always uses (`_fixed_references`)."""
    reads: _FieldReads
    """What its code reads of the values it is given."""

    @classmethod
    def of(cls, tree: nodes.Template) -> TemplateAnalysis:
        references = set(meta.find_referenced_templates(tree))
        return cls(None if None in references else frozenset(references), _fixed_references(tree),
                   _FieldReads.of(tree))


def _analysis_key(filename: str, source: str) -> str:
    """A template's analysis holds while its file (where it was found) and its text are the same."""
    return hashlib.sha256(f"{filename}\0{source}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class _FieldReads:
    """What one template's code reads of the values it is given (see `TemplateDependencies.reads`)."""

    attributes: frozenset[tuple[str | None, str]]
    """(variable, attribute) of each `x.attr`; the variable is None when `x` is no plain name."""
    constants: frozenset[str]
    """Every string constant (`x["body"]`, `attr("body")`, `attribute="body"`)."""
    dynamic: bool
    """It reads an attribute named at render time (`x[name]`, `x|attr(name)`, `attribute=name`)."""
    binds: frozenset[str]
    """The names it assigns or takes as parameters (`{% for a in … %}`, `{% set a %}`, a macro's)."""

    @classmethod
    def of(cls, tree: nodes.Template) -> _FieldReads:
        attributes, constants, binds, dynamic = set(), set(), set(), False
        for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Const, nodes.Filter, nodes.Keyword,
                                   nodes.Name)):
            if isinstance(node, nodes.Getattr):
                attributes.add((node.node.name if isinstance(node.node, nodes.Name) else None, node.attr))
            elif isinstance(node, nodes.Const):
                if isinstance(node.value, str):
                    constants.add(node.value)
            elif isinstance(node, nodes.Name):
                if node.ctx in ("store", "param"):
                    binds.add(node.name)
            elif isinstance(node, nodes.Getitem):
                dynamic = dynamic or not isinstance(node.arg, (nodes.Const, nodes.Slice))
            elif isinstance(node, nodes.Filter):
                dynamic = dynamic or (node.name in ("attr", "selectattr", "rejectattr") and bool(node.args)
                                      and not isinstance(node.args[0], nodes.Const))
            elif node.key == "attribute":
                dynamic = dynamic or not isinstance(node.value, nodes.Const)
        return cls(frozenset(attributes), frozenset(constants), dynamic, frozenset(binds))

    def reads(self, fields: frozenset[str], except_of: str | None) -> bool:
        """Whether it reads one of `fields` of a value other than the variable `except_of`."""
        return self.dynamic or not self.constants.isdisjoint(fields) or any(
            attribute in fields and owner != except_of for owner, attribute in self.attributes)


def _fixed_references(tree: nodes.Template) -> tuple[tuple[str, int, str], ...]:
    """(template, line, "includes"/"imports"/"extends") of every template this one always uses by
    a constant name. A template that extends another renders only its blocks, so it always uses
    just the one it extends."""
    extends = [node for node in tree.body if isinstance(node, nodes.Extends)]
    if extends:
        node = extends[0]
        return (((node.template.value, node.lineno, "extends"),)
                if isinstance(node.template, nodes.Const) and isinstance(node.template.value, str) else ())
    found = []

    def walk(node: nodes.Node) -> None:
        for child in node.iter_child_nodes():
            if isinstance(child, _SOMETIMES):
                continue
            if isinstance(child, (nodes.Include, nodes.Import, nodes.FromImport)):
                if isinstance(child.template, nodes.Const) and isinstance(child.template.value, str):
                    how = "includes" if isinstance(child, nodes.Include) else "imports"
                    found.append((child.template.value, child.lineno, how))
                continue
            walk(child)

    walk(tree)
    return tuple(found)


_SOMETIMES = (nodes.If, nodes.For, nodes.Macro, nodes.CallBlock, nodes.Block, nodes.CondExpr)
"""Nodes whose content may not run at every render (a child template replaces a block)."""


def _loop_problem(steps: list[tuple[str, str, int, str]]) -> Problem:
    name, filename, line, how = steps[0]
    if len(steps) == 1:
        message = f"{name} {how.split()[0]} itself: rendering it would never end"
    else:
        chain = "".join(f", which {step[3]} ({step[1]}:{step[2]})" for step in steps[1:])
        message = f"{name} {how}{chain}: rendering it would never end"
    hint = ("extend another template, such as base.html" if how.startswith("extends")
            else "remove this line, or put it inside an {% if %} that stops the repetition")
    return Problem(filename, line, None, message, hint)


def render_template(env: jinja2.Environment, name: str, context: dict) -> str:
    """Render one template, turning every error it raises (Jinja2's, and Python's from an expression
    such as `{{ 1/0 }}`) into a TemplateError with the template file and line; but CacheLost (an article's
    body read from the build state, lost since the state was read), which is no template's fault: the
    build starts again from scratch (`pipeline.build`)."""
    try:
        template = env.get_template(name)
        return template.render(context)
    except jinja2.TemplateNotFound as exc:
        searched = ", ".join(shown_path(d) for d in env.globals["searched_dirs"])
        path, line, _ = _template_location(exc)
        raise TemplateError(f"template {exc.name!r} not found (looked in {searched})", path, line,
                            hint="check the name, or add the file to the site's templates/") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message}", shown_path(exc.filename or exc.name), exc.lineno,
                            exc.source.splitlines()[exc.lineno - 1] if exc.source and exc.lineno else None) from None
    except RecursionError as exc:
        # Issue 21: a template that includes or extends itself where `TemplateDependencies.loops`
        # cannot see it (a name computed, an include inside {% if %}), or a macro calling itself,
        # recursed until Python gave up.
        frames = _template_frames(exc)
        loop = _first_loop(frames)
        path, line = loop[0] if loop else frames[-1] if frames else (None, None)
        steps = " -> ".join(f"{p}:{n}" for p, n in (loop + loop[:1] if loop else ()))
        raise TemplateError("rendering never ends: it comes back to this line again and again"
                            + (f" ({steps})" if steps else ""), path, line,
                            hint="make sure every include, extends or macro call in this loop stops (an {% if %} "
                                 "that becomes false)") from None
    except jinja2.TemplateError as exc:
        path, line, source = _template_location(exc)
        raise TemplateError(exc.message or type(exc).__name__, path, line, source) from None
    except CacheLost:
        raise
    except Exception as exc:  # noqa: BLE001 - an expression's own error (ZeroDivisionError, TypeError, …)
        path, line, source = _template_location(exc)
        text = " ".join(str(exc).split())
        text = text if len(text) <= 300 else text[:299] + "…"
        raise TemplateError(f"{type(exc).__name__}: {text}" if text else type(exc).__name__, path, line, source) from None


def shown_path(path: str | None) -> str | None:
    """A template's path as the editor sees it: relative to the current folder when it lies inside it."""
    if path is None or not os.path.isabs(path):
        return path
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive (Windows)
        return path
    return path if relative.startswith("..") else relative


def _template_frames(exc: BaseException) -> list[tuple[str, int]]:
    """(file, line) of every template frame of a render error's traceback, outermost first.

    Jinja2 rewrites the traceback of an error raised while rendering so that each frame of template
    code carries the template's file name and line (jinja2/debug.py, `rewrite_traceback_stack`)."""
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            frames.append((shown_path(tb.tb_frame.f_code.co_filename) or "", tb.tb_lineno))
        tb = tb.tb_next
    return frames


def _template_location(exc: BaseException) -> tuple[str | None, int | None, str | None]:
    """The template file, line and source line where a render error happened (the innermost
    template frame: a filter's own frames come after it)."""
    frames = _template_frames(exc)
    if not frames:
        return None, None, None
    path, line = frames[-1]
    return path, line, _source_line(path, line)


def _source_line(path: str, line: int) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, text in enumerate(handle, start=1):
                if number == line:
                    return text.rstrip("\n")
    except OSError:
        pass
    return None


def _first_loop(frames: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The frames between the first place the render came back to and its return there."""
    seen: dict[tuple[str, int], int] = {}
    for index, frame in enumerate(frames):
        if frame in seen:
            return frames[seen[frame]:index]
        seen[frame] = index
    return []


__all__ = ["Markup", "datetime", "make_environment", "render_template", "template_dirs"]
