"""Read-only, template-facing views of the model: what templates may use, and nothing else."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import quote, urljoin, urlsplit

from markupsafe import Markup

from warta.config import SiteConfig
from warta.content.authors import AuthorProfile
from warta.content.schema import ARTICLE_TYPES, SPONSORED_TYPES
from warta.images.photos import Photo, social_image
from warta.markdown import Article, Heading, unpack_html
from warta.model.archives import Month
from warta.model.pages import Page
from warta.model.site import Site
from warta.model.taxonomies import Term
from warta.model.urls import article_path, term_path, term_slug
from warta.pickling import named, unpack_rows


@dataclass(frozen=True, slots=True)
class Link:
    """A named link to a page of the site."""

    name: str
    path: str
    """Site path; templates write `link.path|url`."""
    count: int = 0
    """Number of articles behind the link, where that means something."""


@dataclass(frozen=True, slots=True)
class FeedLink:
    """A feed advertised with `<link rel="alternate">`."""

    name: str
    path: str
    type: str
    """MIME type: application/atom+xml, application/rss+xml or application/feed+json."""


@dataclass(frozen=True, slots=True)
class TocEntry:
    """A section in the table of contents, with its subsections."""

    text: str
    anchor: str
    children: tuple[TocEntry, ...] = ()


def table_of_contents(headings: tuple[Heading, ...]) -> tuple[TocEntry, ...]:
    """Nest `###` headings under the `##` before them."""
    entries: list[TocEntry] = []
    for level, text, anchor in headings:
        if level == 3 and entries:
            last = entries[-1]
            entries[-1] = TocEntry(last.text, last.anchor, last.children + (TocEntry(text, anchor),))
        else:
            entries.append(TocEntry(text, anchor))
    return tuple(entries)


_NUMBERED = re.compile(r"\d{1,3}[.)]\s")
"""A heading that numbers itself ("1. Data pelatihan", "2) Talenta")."""


def numbered_headings(entries: tuple[TocEntry, ...]) -> bool:
    """Whether the sections number themselves ("1. Data pelatihan", maybe with a closing "Kesimpulan"):
    the table of contents then shows their own numbers only, not a second set of list numbers in
    front of them ("1. 1. Data pelatihan"). Half of them or more: one numbered heading among unnumbered
    ones ("3) Catatan penutup") does not take the numbers from the rest."""
    numbered = sum(1 for entry in entries if _NUMBERED.match(entry.text))
    return numbered > 0 and numbered * 2 >= len(entries)


def wants_toc(outline: tuple[tuple[int, str, str], ...], word_count: int, min_headings: int, min_words: int) -> bool:
    """A table of contents only for a long article: `min_words` words or more and `min_headings`
    `##` sections or more (the site's `toc_min_words` and `toc_min_headings`)."""
    return word_count >= min_words and sum(1 for level, _, _ in outline if level == 2) >= min_headings


@dataclass(frozen=True, slots=True)
class ShareLink:
    """One link of an article's share bar (`nav.share`)."""

    net: str
    """`whatsapp`, `telegram`, `x`, `facebook`, `linkedin` or `email`: its class is `share-<net>`."""
    name: str
    """The network's name: the link's text, and so its accessible name, inside the bar named
    "Bagikan artikel"."""
    href: str


def share_links(title: str, url: str) -> tuple[ShareLink, ...]:
    """The share bar's plain links for the article `title` at the absolute `url` (no script, no tracking):
    both percent-encoded whole (`quote(…, safe="")`)."""
    u, t = quote(url, safe=""), quote(title, safe="")
    return (ShareLink("whatsapp", "WhatsApp", f"https://wa.me/?text={t}%20{u}"),
            ShareLink("telegram", "Telegram", f"https://t.me/share/url?url={u}&text={t}"),
            ShareLink("x", "X", f"https://x.com/intent/post?url={u}&text={t}"),
            ShareLink("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
            ShareLink("linkedin", "LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={u}"),
            ShareLink("email", "E-mail", f"mailto:?subject={t}&body={u}"))


@dataclass(frozen=True, slots=True)
class CorrectionView:
    """One correction of an article, as its "Ralat" block shows it."""

    date: datetime
    text: Markup
    anchor: str
    """The entry's `id` on the article's page (`ralat-20250621-1405`, `correction_anchors`), for links
    from /ralat/ and its feed."""


@dataclass(frozen=True, slots=True)
class RetractionView:
    """Why and when an article was withdrawn."""

    date: datetime
    reason: Markup


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What templates know about one article."""

    slug: str
    path: str
    title: str
    date: datetime
    updated: datetime | None
    authors: tuple[Link, ...]
    source: Link | None
    """The publication the article comes from: "Sumber: …" on its page, never in an author's place."""
    dateline: str | None
    tags: tuple[Link, ...]
    category: Link | None
    summary: str
    """The summary (written, or taken from the first paragraph)."""
    lede: str | None
    """The summary only when the editor wrote one (shown under the headline)."""
    note: Markup | None
    """Editor's note as HTML ("Catatan redaksi")."""
    packed_body: bytes
    """The article body as packed HTML (`body` unpacks it)."""
    photo: Photo | None
    """The lead photo (shown on the page, a thumbnail on listings), or None."""
    image: str | None
    """What social apps show (og:image): the lead photo's 1200×630 crop (site path, no leading
    slash), or the https URL `image` names; None: the generated social card."""
    image_alt: str
    packed_outline: bytes
    """The body's `##` and `###` headings, packed (`RenderedBody.packed_outline`): `outline` unpacks them."""
    toc_min_headings: int
    """Sections an article needs for a table of contents (the site's `toc_min_headings`)."""
    reading_minutes: int
    word_count: int
    extra: dict
    type: str = "berita"
    """The kind of work (`berita`, `opini`, … `hak-jawab`; content.schema.ARTICLE_TYPES)."""
    type_label: str = ""
    """Its label for readers ("Opini", "Advertorial"); empty for plain news, which needs none."""
    sponsor: str | None = None
    """Who paid for an advertorial or issued a press release (only on those types)."""
    corrections: tuple[CorrectionView, ...] = ()
    """Corrections, newest first (the "Ralat" block)."""
    retraction: RetractionView | None = None
    """Set when the article was withdrawn: its page shows this notice instead of the story."""
    modified: datetime | None = None
    """The last change readers are told of (`updated` or the latest correction): dateModified,
    the feeds' `updated`, the sitemap's lastmod."""
    editors: tuple[str, ...] = ()
    """Who edited the article ("Editor: …" in the byline)."""
    source_url: str | None = None
    """The original's address: "Sumber: …" links to it (else to the source's page on the site)."""
    toc_min_words: int = 0
    """Words an article needs for a table of contents (the site's `toc_min_words`)."""

    @property
    def sponsored(self) -> bool:
        """Paid for or issued by someone outside the newsroom (advertorial, siaran pers)."""
        return self.type in SPONSORED_TYPES

    @property
    def outline(self) -> tuple[tuple[int, str, str], ...]:
        """(level, text, anchor) of the body's `##` and `###` headings, in order (`headings` names them)."""
        return unpack_rows(self.packed_outline)

    @property
    def headings(self) -> tuple[Heading, ...]:
        """The body's `##` and `###` headings, in order."""
        return named(Heading, self.outline)

    @property
    def toc(self) -> tuple[TocEntry, ...]:
        """Table of contents; empty when the article is shorter, or has fewer sections, than the site's minimum.
        (Made when a page shows it: most pages of a build are carried over.)"""
        outline = self.outline
        return (table_of_contents(outline)
                if wants_toc(outline, self.word_count, self.toc_min_headings, self.toc_min_words) else ())

    @property
    def body(self) -> Markup:
        """The article body as HTML."""
        return unpack_html(self.packed_body)

    @property
    def opening(self) -> tuple[Markup, Markup]:
        """The body split after its first paragraph, where the table of contents goes (as Wikipedia
        places it after the lead), so the story starts on the first screen; `("", body)` when the body
        does not open with a paragraph."""
        body = self.body
        end = body.find("</p>\n") if body.startswith("<p>") else -1
        return (Markup(body[:end + 5]), Markup(body[end + 5:])) if end != -1 else (Markup(""), body)

    @property
    def byline(self) -> tuple[Link, ...]:
        """Who wrote the article: its authors only (a source is credited as "Sumber: …", never as an author)."""
        return self.authors


@dataclass(frozen=True, slots=True)
class CorrectionEntry:
    """One line of the corrections page (/ralat/) and its feed: a correction, or a withdrawal."""

    article: ArticleView
    date: datetime
    text: Markup
    """The correction, or the reason for the withdrawal."""
    path: str
    """Where it is shown: the article's page at the correction (`artikel/x/#ralat-2`), or the notice."""
    withdrawn: bool = False
    """A withdrawal rather than a correction. (Not named `retraction`: a template reading that name is
    taken to read the article's body fields, `builder/fingerprints.py`.)"""


def correction_entries(views: tuple[ArticleView, ...], base_path: str) -> tuple[CorrectionEntry, ...]:
    """Every correction and withdrawal of `views`, newest first (then by path, for a stable order). A
    withdrawn article's notice replaces its story and its "Ralat" block: only the withdrawal is listed.
    Links in the text that were relative to the article (`#bagian`, `lampiran/`) are made to lead there
    from the corrections page and its feed as well (under the site's `base_path`)."""
    entries = [CorrectionEntry(view, c.date, _anchored(c.text, base_path + view.path), f"{view.path}#{c.anchor}")
               for view in views if view.retraction is None for c in view.corrections]
    entries += [CorrectionEntry(view, view.retraction.date, _anchored(view.retraction.reason, base_path + view.path),
                                view.path, withdrawn=True)
                for view in views if view.retraction is not None]
    return tuple(sorted(entries, key=lambda e: (e.date, e.path), reverse=True))


_RELATIVE_HREF = re.compile(r'(<a\s[^>]*?href=")(?![a-zA-Z][a-zA-Z0-9+.-]*:|/)([^"]*)"')
"""A link's address that is relative to its page: a fragment or a relative path (no scheme, no `/`)."""


def _anchored(html: Markup, page: str) -> Markup:
    """`html` with its links relative to `page` (a root-relative path) made root-relative."""
    return Markup(_RELATIVE_HREF.sub(lambda m: f'{m[1]}{urljoin(page, m[2])}"', html))


@dataclass(frozen=True, slots=True)
class MonthView:
    year: int
    month: int
    path: str
    count: int


@dataclass(frozen=True, slots=True)
class SiteView:
    """Site-wide values every page shares, computed once per build."""

    title: str
    description: str
    language: str
    categories: tuple[Link, ...]
    """For the navigation, by name (without counts: every page shows them, and a count would
    make every page change with each new article)."""
    pages: tuple[Link, ...] = ()
    """The footer's links to the newsroom's pages: `footer_links:` of the config, or without it every
    page that is not an article (`pages/`), in footer order."""


@dataclass(frozen=True, slots=True)
class ProfileLink:
    """A link from an author's page to the author's own page or an account elsewhere (`rel="me"`)."""

    name: str
    """What the link says: the site's name (X, LinkedIn) or host, "Situs web" for the author's own page."""
    url: str
    """An https URL."""


@dataclass(frozen=True, slots=True)
class ProfileView:
    """What an author's page shows about the author (`data/authors.yaml`), and its JSON-LD."""

    job_title: str
    bio: str
    """Plain text: templates escape it."""
    links: tuple[ProfileLink, ...]
    """The author's own page first, then the accounts, as the file lists them."""
    email: str
    photo: str = ""
    """The portrait's site path (templates write `profile.photo|url`), or empty."""
    photo_size: tuple[int, int] = (0, 0)

    @property
    def same_as(self) -> tuple[str, ...]:
        """Person.sameAs: the URLs of the links."""
        return tuple(link.url for link in self.links)


_SITE_NAMES = {"x.com": "X", "twitter.com": "X", "linkedin.com": "LinkedIn", "github.com": "GitHub",
               "facebook.com": "Facebook", "instagram.com": "Instagram", "youtube.com": "YouTube",
               "threads.net": "Threads", "threads.com": "Threads", "tiktok.com": "TikTok", "bsky.app": "Bluesky",
               "medium.com": "Medium", "scholar.google.com": "Google Scholar", "orcid.org": "ORCID"}
"""Hosts of the accounts authors list most, by the name readers know them by."""


def profile_view(profile: AuthorProfile) -> ProfileView:
    """The template view of an author's profile."""
    links = ((ProfileLink("Situs web", profile.url),) if profile.url else ()) + tuple(
        ProfileLink(_site_name(url), url) for url in profile.same_as if url != profile.url)
    return ProfileView(profile.job_title, profile.bio, links, profile.email, profile.photo, profile.photo_size)


def _site_name(url: str) -> str:
    host = (urlsplit(url).hostname or url).removeprefix("www.").removeprefix("m.")
    return _SITE_NAMES.get(host, host)


@lru_cache(maxsize=4096)
def _term_link(kind: str, name: str) -> Link:
    """(A few hundred names, each on thousands of articles: one Link each.)"""
    return Link(name, term_path(kind, term_slug(name)))


def article_view(article: Article, config: SiteConfig) -> ArticleView:
    """The template view of one article."""
    meta = article.source
    return ArticleView(
        slug=meta.slug,
        path=article_path(meta.slug),
        title=meta.title,
        date=meta.date,
        updated=meta.updated,
        authors=tuple(_term_link("author", a) for a in meta.authors),
        source=_term_link("source", meta.source) if meta.source else None,
        dateline=meta.dateline,
        tags=tuple(_term_link("tag", t) for t in meta.tags),
        category=_term_link("category", meta.category) if meta.category else None,
        summary=article.summary,
        lede=meta.summary,
        note=Markup(article.note_html) if article.note_html else None,
        packed_body=article.body.packed,
        photo=article.lead,
        image=_image(article),
        image_alt=meta.image.alt or "" if meta.image else "",
        packed_outline=article.body.packed_outline,
        toc_min_headings=config.toc_min_headings,
        reading_minutes=article.reading_minutes,
        word_count=article.body.word_count,
        extra=meta.extra,
        type=meta.type,
        type_label=ARTICLE_TYPES[meta.type] if meta.type != "berita" else "",
        sponsor=meta.sponsor if meta.sponsored else None,
        corrections=tuple(reversed([CorrectionView(c.date, Markup(html), anchor) for c, html, anchor
                                    in zip(meta.corrections, article.correction_html,
                                           correction_anchors(meta.corrections, config))])),
        retraction=RetractionView(meta.retracted.date, Markup(article.retraction_html or ""))
        if meta.retracted else None,
        modified=meta.modified,
        editors=meta.editors,
        source_url=meta.source_url,
        toc_min_words=config.toc_min_words,
    )


class ArticleViews(dict):
    """Slug -> the template view of each of `articles`, made when first asked for (`views[slug]`), once.

    (Issue 22: a rebuild after an edit of one article's body plans again only that article's pages;
    their neighbours, related lists and the feeds show a few hundred articles of an archive's ten
    thousand, whose views took 0.12 s of a 2.2 s rebuild when all were made.) A dict whose missing
    keys are made (`__missing__`): a listing of every page looks up a hundred thousand views, at C
    speed once made. Only `[]` makes a view: `in`, `len`, iteration and `get` answer for every article,
    and nothing else is asked of it."""

    __slots__ = ("_articles", "_config")

    def __init__(self, articles: Iterable[Article], config: SiteConfig):
        super().__init__()
        self._articles = {article.slug: article for article in articles}
        self._config = config

    def __missing__(self, slug: str) -> ArticleView:
        view = self[slug] = article_view(self._articles[slug], self._config)
        return view

    def __contains__(self, slug: object) -> bool:
        return slug in self._articles

    def __iter__(self) -> Iterator[str]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)

    def get(self, slug: str, default: ArticleView | None = None) -> ArticleView | None:  # type: ignore[override]
        return self[slug] if slug in self._articles else default

    def keys(self):  # type: ignore[override]
        return self._articles.keys()

    def values(self):  # type: ignore[override]
        return [self[slug] for slug in self._articles]

    def items(self):  # type: ignore[override]
        return [(slug, self[slug]) for slug in self._articles]


def has_card(article: Article) -> bool:
    """Whether the article is shown by a generated social card (`ArticleView.image` is None)."""
    return _image(article) is None


def correction_anchors(corrections, config: SiteConfig) -> list[str]:
    """Each correction's `id` on its article's page, from its date and time in the site's zone
    (`ralat-20250621-1405`): it stays the same while the correction does, whatever is added before
    it, so links to it and its entry in the corrections feed keep pointing at it. Two in one minute
    get `-2`, `-3`, … in the order written."""
    anchors: list[str] = []
    for correction in corrections:
        base = f"ralat-{correction.date.astimezone(config.zone):%Y%m%d-%H%M}"
        anchor, number = base, 1
        while anchor in anchors:
            number += 1
            anchor = f"{base}-{number}"
        anchors.append(anchor)
    return anchors


def _image(article: Article) -> str | None:
    image = article.source.image
    if image is not None and image.remote:
        return image.src
    social = social_image(article.lead) if article.lead else None
    return social.path if social else None


def term_links(terms: tuple[Term, ...]) -> tuple[Link, ...]:
    return tuple(Link(t.name, t.path, len(t.articles)) for t in terms)


def month_view(month: Month) -> MonthView:
    return MonthView(month.year, month.month, month.path, len(month.articles))


def site_view(site: Site, config: SiteConfig, views: dict[str, ArticleView]) -> SiteView:
    return SiteView(
        title=config.title,
        description=config.description,
        language=config.language,
        categories=tuple(Link(t.name, t.path) for t in site.categories),
        pages=(tuple(Link(page.source.title, page.path) for page in site.pages) if config.footer_links is None
               else tuple(Link(link.title, link.page) for link in config.footer_links)),
    )


@dataclass(frozen=True, slots=True)
class PageView:
    """What templates know about one page that is not an article (`pages/`)."""

    slug: str
    path: str
    title: str
    description: str
    """The meta description (`summary`, else the start of the first paragraph)."""
    updated: datetime | None
    search: bool
    """In the search index: the template marks its body for Pagefind only then."""
    packed_body: bytes
    """The body as packed HTML (`body` unpacks it)."""
    extra: dict

    @property
    def body(self) -> Markup:
        return unpack_html(self.packed_body)


def page_view(page: Page) -> PageView:
    """The template view of one page."""
    meta = page.source
    return PageView(slug=meta.slug, path=page.path, title=meta.title, description=page.description,
                    updated=meta.updated, search=meta.search, packed_body=page.body.packed, extra=meta.extra)
