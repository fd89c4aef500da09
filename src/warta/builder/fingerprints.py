"""What every output is made from: the fingerprints, and the contract they rest on, declared once.

An incremental build is right only if each output's fingerprint covers everything the output
shows. Three declarations here keep that true; every module that needs one imports it from here,
and `tests/unit/test_fingerprint_contract.py` fails when a view or a page kind escapes them:

- `BODY_FIELDS` / `CARD_FIELDS`: every field of an article's template view (`ArticleView`) is
  either derived from the article's body or shown on listings (its "card"). A listing is
  fingerprinted with its articles' card digests only, unless one of its templates reads a body
  field; `article_digests` makes both digests.
- `CLOCK_WINDOWS`: every way the build clock (`--now`) changes an output, as the moments around
  an article where it does. A rebuild whose clock stays between two such moments changes nothing
  (`clock_span`), so a no-op build can stop early.
- `LEFT_OUT`: record fields a fingerprint skips because they are computed from its other fields.

`plan_digest` then says what every page but an article's own is planned from: while it stays as it
was, those pages' plans and fingerprints are last time's (`steps.plan` plans and fingerprints again
only the own pages of the articles whose full digest changed).

A page's fingerprint (`page_fingerprint`) is then: the build's base values (config, Warta's code,
the hashed assets, the site view, the feeds, the search page), its template and every template
that one uses, its spec (kind, path, title, context), and its articles (card digests, or full
digests where a template reads the body of articles other than the page's own); an article's own
page always has its article's full digest (its JSON-LD, left out below, shows `wordCount`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import fields, is_dataclass, replace
from datetime import datetime
from operator import itemgetter
from typing import Any, Callable, NamedTuple

from warta.builder.laststamp import ClockSpan, code_version  # (light: the no-op check needs them alone)
from warta.markdown import Article, RenderedBody
from warta.outputs.sitemap import NEWS_WINDOW
from warta.model.pagination import COUNT_FIELDS, PageSlice, counts_of
from warta.model.site import Site, in_utc
from warta.render.pages import PagePlan, PageSpec, SharedContext
from warta.render.views import ArticleView

BODY_FIELDS = ("packed_body", "body", "opening", "packed_outline", "outline", "headings", "toc", "note", "word_count",
               "corrections", "retraction", "modified")
"""`ArticleView` fields and properties derived from the article's body (or editor's note): a change
there re-renders only the pages whose templates read them (`TemplateDependencies.reads`)."""

CARD_FIELDS = ("slug", "path", "title", "date", "updated", "authors", "source", "dateline", "tags", "category",
               "summary", "lede", "photo", "image", "image_alt", "toc_min_headings", "reading_minutes", "extra", "byline",
               "type", "type_label", "sponsor", "sponsored", "editors", "source_url", "toc_min_words")
"""`ArticleView` fields and properties a listing may show: covered by the article's card digest."""

LEFT_OUT: dict[type, frozenset[str]] = {
    PageSpec: frozenset({"jsonld"}),  # JSON-LD, made from the page's own article view (in full) and the config
    PageSlice: frozenset(COUNT_FIELDS),  # covered by `page_fingerprint` where a template reads it
}
"""Record fields a fingerprint skips: computed from the record's other fields (or the config), or
covered apart (`COUNT_FIELDS`)."""


class ClockWindow(NamedTuple):
    """One way the build clock changes outputs: at `moment(article)`, for what `outputs` says."""

    outputs: str
    moment: Callable[[Article], datetime | None]


def _news_exit(article: Article) -> datetime | None:
    """The first moment the article is no longer in the news sitemap (`outputs/sitemap.py`)."""
    date = article.source.date
    # Validation keeps dates within FIRST_YEAR..LAST_YEAR; should one slip through, a date near year
    # 9999 must not overflow here, after the new site is already published (issue 21).
    return date + NEWS_WINDOW if date.replace(tzinfo=None) < datetime.max - NEWS_WINDOW else None


def _last_dated(article: Article) -> datetime | None:
    """The latest date of the article's corrections and withdrawal: before it, the build refuses them."""
    source = article.source
    if not source.corrections and source.retracted is None:  # (most articles: 10,000 calls a build)
        return None
    dates = [c.date for c in source.corrections] + ([source.retracted.date] if source.retracted else [])
    return max(dates, default=None)


CLOCK_WINDOWS = (
    ClockWindow("every page: an article is published at its date", lambda article: article.source.date),
    ClockWindow("every page: an article is taken down at its expiry", lambda article: article.source.expires),
    ClockWindow(f"the news sitemap: an article leaves it {NEWS_WINDOW.days} days after its date", _news_exit),
    ClockWindow("the build: a correction or withdrawal dated after the clock is refused (content/relations.py)",
                _last_dated),
)
"""Every moment at which the build clock changes an output: each window is half-open (an article is
published at its date, gone at its expiry, out of the news sitemap at date + 2 days). An output
that reads the clock in a way not declared here makes `test_fingerprint_contract` fail."""


def clock_span(articles: tuple[Article, ...], now: datetime) -> ClockSpan:
    """The span around `now` in which no window of `CLOCK_WINDOWS` opens or closes for any article."""
    # (Compared in UTC: each "+07:00" read is a zone object of its own, and comparing datetimes of
    # different zone objects asks both for their offsets, 0.7 s for 100,000 articles.)
    moments = [(in_utc(moment), moment) for window in CLOCK_WINDOWS
               for moment in map(window.moment, articles) if moment is not None]
    now = in_utc(now)
    return ClockSpan(max(((utc, m) for utc, m in moments if utc <= now), key=_first, default=(None, None))[1],
                     min(((utc, m) for utc, m in moments if utc > now), key=_first, default=(None, None))[1])


_first = itemgetter(0)


def article_digests(article: Article, markdown: str) -> tuple[str, str]:
    """(digest, card digest) of a rendered article whose body's Markdown was `markdown`: the first
    covers everything its view shows, the second what `CARD_FIELDS` show (the front matter without
    the body, note and corrections, the summary and the reading time)."""
    everything = (article.source, hashlib.sha256(markdown.encode()).digest(), body_print(article.body),
                  article.summary, article.note_html, article.reading_minutes, article.lead, article.correction_html,
                  article.retraction_html)
    image = article.source.image
    # (Corrections and a retraction are not shown on cards; a retraction takes the article out of every
    # listing, which changes the listings' specs.)
    card = (replace(article.source, note=None, body_line=0, image=image and replace(image, line=0), corrections=(),
                    retracted=None, reply_to_line=None), article.summary, article.reading_minutes, article.lead)
    return hashlib.sha256(repr(everything).encode()).hexdigest(), hashlib.sha256(repr(card).encode()).hexdigest()


def body_print(body: RenderedBody) -> tuple:
    """Every field of a rendered body, for `article_digests`: the packed ones (compressed bytes) by their
    SHA-256, the others as they are. (Issue 22: the repr of the packed bytes, four characters a byte,
    and of the Markdown took two thirds of the digests' time, 4 % of a `--jobs 1` build, sampled.)"""
    return tuple(hashlib.sha256(bytes(getattr(body, name))).digest() if packed else getattr(body, name)
                 for name, packed in _BODY_PRINTED)


_BODY_PRINTED = tuple((field.name, field.type == "bytes") for field in fields(RenderedBody))
"""(name, packed) of each field of RenderedBody, in order."""


class TemplateUse(NamedTuple):
    """What a page template (with every template it uses) reads, for its pages' fingerprints."""

    others_in_full: bool
    """It reads a body field of some article other than the page's own (`BODY_FIELDS`)."""
    print: str
    """The fingerprint of its file and of every template it uses or looked for."""
    counts: bool = True
    """It reads a field of `model.pagination.COUNT_FIELDS` (a listing's number of archive pages)."""


def page_fingerprint(spec: PageSpec, use: TemplateUse, base: str, full: Fingerprints, light: Fingerprints) -> str:
    """The fingerprint of everything one page is made from (see the module's docstring)."""
    own = spec.context.get("article")  # an article page's own article: in full, whatever the template reads,
    # as the page's JSON-LD (`spec.jsonld`, left out of `spec`) shows its body's word count
    page = spec.context.get("page")
    counted = counts_of(page) if use.counts and type(page) is PageSlice else None
    return (full if use.others_in_full else light).of(base, use.print, spec,
                                                     full.of(own) if own is not None else None, counted)


def page_keys(plans: list[PagePlan], uses: dict[str, TemplateUse], base: str, full: Fingerprints,
              light: Fingerprints) -> list[bytes | None]:
    """For each page of `plans`, a digest of what its fingerprint is made from but its own article,
    taken before its spec is made: the base values, its template (and those it uses), its path, its
    plan's values (`render.pages.PagePlan`: plain values, whose repr is their content), its listing's
    count of archive pages where the template reads it (`PagePlan.counted`) and the
    articles it shows (their card digests, or full digests where its template reads the bodies of
    articles other than its own). Equal keys and an own article with the same full digest
    (`PagePlan.own`): equal fingerprints, for the spec is a function of these. None for a page
    planned at every build."""
    starts = {name: hashlib.sha256(f"{base}\0{use.print}\0{name}\0".encode()) for name, use in uses.items()}
    keys: list[bytes | None] = []
    for plan in plans:
        if plan.values is None:
            keys.append(None)
            continue
        use = uses[plan.template]
        shown = full if use.others_in_full else light
        counted = plan.counted if use.counts else None
        key = starts[plan.template].copy()
        key.update(f"{plan.path}\0{plan.values!r}\0{counted!r}\0"
                   f"{'|'.join([shown.digests(role) for role in plan.shows])}".encode())
        keys.append(key.digest()[:16])
    return keys


def plan_digest(light: Fingerprints, base: str, uses: dict[str, TemplateUse], site: Site,
                shared: SharedContext) -> str:
    """The digest of everything `render.pages.page_plans` (and the specs they make) and the pages'
    fingerprints read but the articles' bodies: the base values, every template used, the published and withdrawn articles
    in order by their card digests (`light` knows their views: what listings show of them; the site
    model's taxonomies, months, neighbours, related articles and replies are made from these alone),
    the pages of `pages/`, the authors' profiles and the corrections page's entries (from the
    articles' corrections, which card digests leave out).

    Equal digests mean equal plans, apart from each article's own page, which shows its article in
    full (a listing's `lastmod` takes an article's `updated` or date, both card fields, never the
    corrections' `modified`). Unless a page shows other articles through a template that reads their
    bodies (`TemplateUse.others_in_full`): its fingerprint takes their full digests, and nothing is
    reused (`carryover.PlanMemo.bodies_listed`). `test_incremental` holds the two to this."""
    # (An article's card digest is what `light` makes of its view: no view is made for this.)
    return light.of("plan", base, uses, [a.card_digest for a in site.articles], [a.card_digest for a in site.retracted],
                    site.pages, shared.profiles, shared.corrections)


_PLAIN = frozenset({str, int, float, bool, datetime})


class Fingerprints:
    """Stable digests of the values a page is made from.

    An article's view stands for itself by its digest (`articles`: slug -> the article's full or card
    digest) wherever a page shows it: a build makes one view per article (`render.views.ArticleViews`);
    everything else is walked field by field."""

    def __init__(self, articles: Mapping[str, str]) -> None:
        self._articles = {slug: f"K{digest}" for slug, digest in articles.items()}
        self._fields: dict[type, tuple[str, ...]] = {}

    def of(self, *values: Any) -> str:
        parts: list[str] = []
        for value in values:
            self._flatten(value, parts)
        return hashlib.sha256("".join(parts).encode()).hexdigest()

    def digests(self, slugs: tuple[str, ...]) -> str:
        """The digests of the articles of `slugs` ("" for none), one after the other."""
        articles = self._articles
        return "".join([articles[slug] if slug else "-" for slug in slugs])

    def _flatten(self, value: Any, parts: list[str]) -> None:
        """Append an unambiguous text of `value` to `parts` (reprs of plain values, markers around
        containers and records, an article view's digest)."""
        kind = type(value)
        if kind is ArticleView:
            parts.append(self._articles[value.slug])
            return
        if value is None or kind in _PLAIN:
            parts.append(f"{value!r};")
            return
        names = self._fields.get(kind)
        if names is not None:
            parts.append(kind.__name__ + "(")
            items: Any = [getattr(value, name) for name in names]
            end = ")"
        elif isinstance(value, (tuple, list)):
            parts.append("[")
            items, end = value, "]"
        elif isinstance(value, dict):
            parts.append("{")
            keys = sorted(value) if all(type(key) is str for key in value) else sorted(value, key=repr)
            for key in keys:
                parts.append(repr(key))
                self._flatten(value[key], parts)
            parts.append("}")
            return
        elif is_dataclass(value):
            left_out = LEFT_OUT.get(kind, frozenset())
            self._fields[kind] = tuple(f.name for f in fields(value) if f.name not in left_out)
            self._flatten(value, parts)
            return
        else:
            parts.append(f"{kind.__name__}:{value!r};")
            return
        articles = self._articles
        for item in items:  # (plain values and article views inline: they are most of what a page is made from)
            if item is None or type(item) in _PLAIN:
                parts.append(f"{item!r};")
            elif type(item) is ArticleView:
                parts.append(articles[item.slug])
            else:
                self._flatten(item, parts)
        parts.append(end)
