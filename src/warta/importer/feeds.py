"""An RSS or Atom feed -> one ImportedArticle per item: title, link, author, date with time, categories, body.

Read with feedparser, the parser feed readers rely on: it knows every dialect (RSS 0.9x, 1.0 and 2.0 with
`content:encoded` and `dc:creator`, Atom 0.3 and 1.0 with html, xhtml and text content), the date formats
feeds really use, and it cleans the HTML it returns (scripts, event handlers and `javascript:` links out)
before the importer's own HTML -> Markdown converter cleans it again. It reads the bytes it is given (never
a URL), through expat without external entities; a DOCTYPE declaring entities is refused before that.

What is decided here:
- the body is the item's full content (`content:encoded`, Atom `<content>`); an item with only a summary
  (`<description>`, `<summary>`) is imported from it, with a warning, as the article is then only a teaser;
- a summary that is not the content itself becomes `summary:` (WordPress's "[…]" and "The post … appeared
  first on …" taken off);
- the first category becomes the article's category, the others its tags (WordPress feeds list an item's
  categories before its tags);
- the item's link is kept as `source_url`, and its path becomes an alias when the item is on the feed's own
  site (the feed's `<link>` host): moving a site by its feed keeps its old addresses;
- a lead picture (`media:content`, `media:thumbnail`, an image enclosure) is kept at its https URL only when
  the feed describes it (Warta needs alt text); otherwise it is left out with a warning;
- a Blogger export (Settings → Back up content) is an Atom feed of every entry of the blog: only its posts are
  articles; settings, the template, pages and comments are skipped and counted (their kind is an Atom category
  in the `…/g/2005#kind` scheme, or `<blogger:type>` in the newer export), as are comments of any feed
  (`thr:in-reply-to`). A draft (AtomPub's `app:draft`, Blogger's `<blogger:status>` other than LIVE) is
  imported as a draft, never as published."""

from __future__ import annotations

import dataclasses
import html
import io
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote

from warta.content.schema import check_alias
from warta.errors import ContentError, Problem
from warta.importer.html.convert import html_to_markdown
from warta.importer.records import FoundDate, ImportedArticle, ImportedImage, ReadOptions, Reading, Skipped
from warta.importer.wordpress.export import declares_entities, link_base, split_url
from warta.importer.naming import slug_for
from warta.importer.text.dates import MONTHS, parse_date
from warta.importer.wordpress.content import text_of, wpautop
from warta.model.urls import article_path
from warta.years import check_year

_FEED_FOOTER = re.compile(
    r"<p>\s*(?:The post|Artikel|Pos|Tulisan)\s(?:(?!</p>).){0,600}?"
    r"(?:appeared first on|pertama kali (?:muncul|tampil|terbit) di|muncul pertama kali di)"
    r"\s(?:(?!</p>).){0,400}</p>\s*$",
    re.IGNORECASE | re.DOTALL)
"""The line WordPress SEO plugins add to each feed item ("The post … appeared first on …"): not the article's."""
_THUMBNAIL = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
_MORE = re.compile(r"\s*(?:\[(?:…|&hellip;|\.\.\.)\]|…|\.\.\.)?\s*"
                   r"(?:The post .{0,300} appeared first on .{0,200})?$", re.DOTALL)
HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
"""The scheme of the category giving a Blogger export entry's kind (`…/blogger/2008/kind#post`): not a label."""
BLOGGER_NS = "http://schemas.google.com/blogger/2018"
"""The namespace of the newer Blogger export (`<blogger:type>POST</blogger:type>`, `<blogger:status>`)."""
APP_NS = ("http://purl.org/atom/app#", "http://www.w3.org/2007/app")
"""AtomPub (draft and final), whose `<app:control><app:draft>yes</app:draft>` marks an unpublished entry."""
THREAD_NS = "http://purl.org/syndication/thread/1.0"
"""Atom threading: an entry with `<thr:in-reply-to>` is a comment."""
SKIPPED_KINDS = {
    "page": "page (Warta's own pages are in pages/: copy it there by hand if it is still needed)",
    "comment": "comment", "settings": "blog setting", "template": "theme template",
}
"""Entries of a Blogger export that are not posts, and the reason they are skipped with; any other kind is
"not a post (`<kind>` entry)"."""
TRASHED = ("soft_trashed", "trashed", "deleted")
"""Values of `<blogger:status>` of a post in the bin: skipped like WordPress's trash."""


def read(data: bytes, name: str, options: ReadOptions) -> Reading:
    """Read an RSS or Atom feed: each item an article."""
    import feedparser  # only `warta import` of a feed needs it

    if declares_entities(data, (b"<rss", b"<feed", b"<rdf:RDF")):
        raise ContentError([Problem(name, 1, None, "declares XML entities in a DOCTYPE; refused (they could "
                                                   "expand to gigabytes or read local files)",
                                    "save the feed again as the site serves it")])
    # (bytes in a stream: feedparser fetches a URL or opens a file when given a string)
    try:
        feed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    except (ValueError, OverflowError, LookupError, TypeError) as exc:
        # feedparser's lenient parser, given a broken file, can trip on what it tries to repair (`&#x110000;`)
        raise ContentError([Problem(name, None, None, f"cannot be read as a feed ({_one_line(exc)})",
                                    "save the feed again as the site serves it")]) from None
    if not feed.get("version") and not feed.entries:
        why = feed.get("bozo_exception")
        detail = f" ({_one_line(why)})" if why else ""
        raise ContentError([Problem(name, getattr(why, "getLineNumber", lambda: None)(), None,
                                    f"is not an RSS or Atom feed{detail}",
                                    "import a feed (RSS or Atom), a WordPress export, a saved page or a text")])
    warnings = []
    if feed.get("bozo") and feed.entries:
        warnings.append(Problem(name, None, None, f"is not well-formed XML ({_one_line(feed.get('bozo_exception'))}): "
                                "read leniently", "check the imported articles against the feed", warning=True))
    site = feed.feed.get("link") or ""
    rss = str(feed.get("version") or "").startswith("rss")
    prefixes = _prefixes(feed.get("namespaces") or {})
    media = _media_texts(data, len(feed.entries))
    articles, skipped = [], []
    for index, entry in enumerate(feed.entries, 1):
        kind, status = _kind(entry, prefixes), _extension(entry, prefixes, (BLOGGER_NS,), "status").lower()
        what = f'item {index} "{_one_line(entry.get("title") or "(no title)")[:80]}"'
        if kind != "post":
            skipped.append(Skipped(what, SKIPPED_KINDS.get(kind, f"not a post (`{kind}` entry)")))
        elif status in TRASHED:
            skipped.append(Skipped(what, "trashed post"))
        else:
            draft = status not in ("", "live") or _extension(entry, prefixes, APP_NS, "draft").lower() == "yes"
            article = _article(entry, index, site, rss, name, options, draft, media[index - 1] if media else None)
            # (the newer Blogger export gives a post's old address as <blogger:filename>, without a link)
            old_path = _extension(entry, prefixes, (BLOGGER_NS,), "filename")
            if old_path.startswith("/") and not article.aliases and not check_alias(old_path):
                article = dataclasses.replace(article, aliases=(old_path,))
            articles.append(article)
    if not articles and not skipped:
        warnings.append(Problem(name, None, None, "is a feed without any item", None, warning=True))
    return Reading(tuple(articles), tuple(skipped), tuple(warnings))


def _prefixes(namespaces: dict) -> dict[str, str]:
    """Namespace URI -> the prefix feedparser files its elements under (`blogger_type`): the document's own
    for a namespace feedparser does not know."""
    return {str(uri).lower(): prefix for prefix, uri in namespaces.items() if prefix}


def _extension(entry, prefixes: dict[str, str], namespaces: tuple[str, ...], local: str) -> str:
    """The text of an entry's extension element `<ns:local>` in one of `namespaces`, "" when it has none."""
    for namespace in namespaces:
        prefix = prefixes.get(namespace.lower())
        value = dict.get(entry, f"{prefix}_{local}") if prefix else None
        if value is not None:
            return " ".join(str(value).split()) if isinstance(value, str) else "present"
    return ""


def _kind(entry, prefixes: dict[str, str]) -> str:
    """"post" for an article; "page", "comment", "settings", "template"… for the other entries of a Blogger
    export, and "comment" for a reply in any feed (`thr:in-reply-to`)."""
    for tag in entry.get("tags") or []:
        if (tag.get("scheme") or "").lower() == KIND_SCHEME.lower():
            return (tag.get("term") or "").rpartition("#")[2].lower() or "post"
    kind = _extension(entry, prefixes, (BLOGGER_NS,), "type").lower()
    if kind:
        return kind
    return "comment" if _extension(entry, prefixes, (THREAD_NS,), "in-reply-to") else "post"


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]


def _article(entry, index: int, site: str, rss: bool, name: str, options: ReadOptions,
             draft: bool = False, media: _Media | None = None) -> ImportedArticle:
    link = entry.get("link") or ""
    where = f"{name} (item {index})"
    warnings: list[str] = []
    title = _plain(entry.get("title_detail") or {}, entry.get("title") or "") or None
    media_text = None
    detail = entry.get("summary_detail") or {}
    if media is not None:
        # feedparser files a `media:description` as the item's summary when it comes first, and then drops the
        # item's own <description> (or drops the picture's description when it comes second): both read here
        descriptions = {text_of(d) for d in media.descriptions.values()}
        if text_of(entry.get("summary") or "") in descriptions:
            entry = dict(entry, summary=media.summary or "",
                         summary_detail={"type": "text/html", "value": media.summary or ""})
    elif rss and detail.get("type") == "text/plain" and detail.get("value") != entry.get("summary"):
        # feedparser files an RSS item's media:description as `summary_detail` (`summary` stays the description)
        media_text = text_of(detail.get("value") or "") or None
        entry = dict(entry, summary_detail={"type": "text/html", "value": entry.get("summary") or ""})
    body_html, summary = _body(entry, warnings)
    body_html = _FEED_FOOTER.sub("", body_html)
    # Relative addresses in Atom content resolve against its xml:base (RFC 4287 §2, which feedparser tracks per
    # content), else the item's own address: the probe's links pointed at the item's folder, not the content's.
    converted = html_to_markdown(body_html, base_url=link_base(_content_base(entry), link, site), title=title)
    warnings += converted.notes
    categories = [" ".join((tag.get("label") or tag.get("term") or "").split()) for tag in entry.get("tags") or []
                  if (tag.get("scheme") or "").lower() != KIND_SCHEME.lower()]
    categories = list(dict.fromkeys(c for c in categories if c))
    unread: list[str] = []
    date = _date(entry, "published", options, unread) or _date(entry, "updated", options, unread)
    updated = _date(entry, "updated", options, [])
    if date is None:
        warnings.append(f"{unread[0]}: write when it was published" if unread
                        else "the item has no date: write when it was published")
    if updated is not None and (date is None or updated.value <= date.value):
        updated = None
    image = _lead_picture(entry, media.descriptions if media else {"": media_text or ""}, warnings)
    article = ImportedArticle(
        name=where, title=title, date=date, updated=updated, authors=_authors(entry), editors=(), source=None,
        dateline=None, tags=tuple(categories[1:]), body=converted.body, removed=converted.removed,
        warnings=tuple(Problem(where, None, None, w, warning=True) for w in dict.fromkeys(warnings)),
        aliases=_aliases(link, site), category=categories[0] if categories else None, summary=summary,
        draft=draft, image=image, pictures=converted.pictures,
        source_url=link if link.lower().startswith(("https://", "http://")) else None,
        slug=None if title else _untitled_slug(link, date, index, name))
    # An address that already is the article's on Warta (/artikel/<slug>/) needs no redirect.
    own = article_path(slug_for(article)).strip("/")
    return dataclasses.replace(article, aliases=tuple(a for a in article.aliases if a.strip("/") != own))


def _untitled_slug(link: str, date: FoundDate | None, index: int, name: str) -> str:
    """A file name for an item without a title (a microblog's notes), which would otherwise take the feed's
    file name, every item the same one: the last part of its address when that is a word (`kopi-bandung`,
    `panen-raya.html`), else its day and that number or its place in the feed (`2025-06-12-1`)."""
    parts = split_url(link) if link.lower().startswith(("https://", "http://")) else None
    segment = unquote(parts.path).rstrip("/").rpartition("/")[2] if parts is not None else ""
    segment = re.sub(r"\.(?:html?|php|aspx?)$", "", segment, flags=re.IGNORECASE)
    if re.search(r"[^\W\d_]", segment):
        return segment
    stamp = date.value.date().isoformat() if date is not None else Path(name).stem
    return f"{stamp}-{segment if segment.isdigit() else index}"


def _plain(detail: dict, value: str) -> str:
    """A title or summary as text: HTML ones lose their tags."""
    if (detail.get("type") or "").lower() in HTML_TYPES:
        return text_of(value)
    return " ".join(value.split())


def _content_base(entry) -> str | None:
    """The xml:base in scope of the content `_body` takes (its full content, else its summary), if any."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    content = next((c for c in contents if (c.get("type") or "").lower() in HTML_TYPES), contents[0] if contents
                   else None)
    return (content or entry.get("summary_detail") or {}).get("base") or None


def _body(entry, warnings: list[str]) -> tuple[str, str | None]:
    """(the body as HTML, a summary apart from it or None)."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    content = next((c for c in contents if (c.get("type") or "").lower() in HTML_TYPES), contents[0] if contents
                   else None)
    summary_detail = entry.get("summary_detail") or {}
    summary_html = entry.get("summary") or ""
    if content is None:
        if summary_html.strip():
            warnings.append(f"the feed has only a summary of this item: {_one_line(text_of(summary_html))[:80]}… "
                            "— import the full text from the site (a saved page) if you need it")
        # (a summary's picture is the item's thumbnail, not a picture of the article)
        return _THUMBNAIL.sub("", _as_html(summary_detail.get("type") or "text/html", summary_html)), None
    summary = _MORE.sub("", text_of(summary_html)).strip()
    body_text = text_of(content.get("value") or "")
    if not summary or body_text.startswith(summary[:60]):
        summary = ""
    return _as_html(content.get("type") or "text/html", content.get("value") or ""), summary or None


def _as_html(kind: str, value: str) -> str:
    """Content of a feed as HTML: text (Atom `type="text"`) becomes paragraphs, its markup shown as text."""
    if kind.lower() in HTML_TYPES:
        return value
    return wpautop(html.escape(value))


def _authors(entry) -> tuple[str, ...]:
    names = [(a.get("name") or "").strip() for a in entry.get("authors") or []]
    names = [n for n in names if n and "@" not in n]
    if not names and entry.get("author"):
        author = entry.get("author")
        detail = entry.get("author_detail") or {}
        names = [detail.get("name") or ("" if "@" in author else author)]
    return tuple(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip()))


def _date(entry, key: str, options: ReadOptions, unread: list[str]) -> FoundDate | None:
    """The item's date-time as the feed wrote it, in the site's zone; a time written without a zone is
    taken as the site's (feedparser would take it as UTC). A date written but not readable is None, and
    `unread` gets why, quoting it."""
    # (dict.get: feedparser's own get() answers `updated` with `published` when there is none, and warns)
    raw = str(dict.get(entry, key) or "").strip()
    parsed = dict.get(entry, f"{key}_parsed")
    if not raw and not parsed:
        return None
    try:
        found = _found_date(raw, parsed, key, options)
    except (ValueError, OverflowError):  # a year the calendar or the zone cannot hold (0, 9999 shifted past it)
        found = None
    if isinstance(found, str) or found is None:
        tag = {"published": "pubDate / published", "updated": "updated"}[key]
        unread.append(f'its {tag} "{_one_line(raw)[:60]}" is not a date{" (" + found + ")" if found else ""}')
        return None
    return found


def _found_date(raw: str, parsed, key: str, options: ReadOptions) -> FoundDate | str | None:
    """The date, or why the value written is not one (None: no reason to give)."""
    value, has_time = None, True
    for reader in (parsedate_to_datetime, datetime.fromisoformat):
        try:
            value = reader(raw)
            break
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
    tag = {"published": "pubDate / published", "updated": "updated"}[key]
    if value is None and (written := parse_date(raw, options.zone)) is not None:
        # (a date as Indonesian sites write it: "Kamis, 12 Juni 2025 09:30 WIB")
        value, has_time = written
        origin = f"the feed's {tag} ({_one_line(raw)[:40]}), in the site's zone"
    elif value is not None and value.tzinfo is None:
        origin = f"the feed's {tag}, no zone stated: taken as the site's ({options.zone.key})"
        value = value.replace(tzinfo=options.zone)
    elif value is not None:
        origin = f"the feed's {tag}, in the site's zone"
    elif parsed and (why := _impossible(raw)):
        return why  # (feedparser rolls 2025-13-45 over into 2026 and a +9999 zone into days: never a date)
    elif parsed:
        value = datetime(*parsed[:6], tzinfo=timezone.utc)
        origin = f"the feed's {tag} ({_one_line(raw)[:40]}), in the site's zone"
    else:
        return None
    value = value.astimezone(options.zone)
    if check_year(value) is not None:
        return f"year {value.year}"
    return FoundDate(value, has_time, origin)


_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_WRITTEN_DAY = re.compile(r"(?<!\d)(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?,?\s+(\d{4})(?!\d)")
_OFFSET = re.compile(r"(?:^|[\s\d])([+-])(\d{2}):?(\d{2})\s*$")


def _impossible(raw: str) -> str | None:
    """Why a date written in a feed names no real moment (a 13th month, a 45th day, a +99:99 zone), else None:
    feedparser normalises such values into another day rather than refusing them."""
    day = _ISO_DAY.search(raw)
    written = _WRITTEN_DAY.search(raw)
    numbers = ((int(day[1]), int(day[2]), int(day[3])) if day else
               (int(written[3]), MONTHS.get(written[2].lower(), 1), int(written[1])) if written else None)
    if numbers is not None:
        try:
            datetime(*numbers)
        except ValueError:
            return "no such day"
    offset = _OFFSET.search(raw)
    if offset and (int(offset[2]) > 14 or int(offset[3]) >= 60):
        return f"no such time zone: {offset[1]}{offset[2]}{offset[3]}"
    return None


def _aliases(link: str, site: str) -> tuple[str, ...]:
    """The item's old path when it is on the feed's own site (a site moved by its feed keeps its addresses)."""
    item, home = split_url(link), split_url(site)
    if item is None or home is None or not item.netloc:
        return ()
    if item.netloc.lower().removeprefix("www.") != home.netloc.lower().removeprefix("www."):
        return ()
    if item.query or not item.path.strip("/"):
        return ()
    path = unquote(item.path)
    return () if check_alias(path) else (path,)


def _lead_picture(entry, descriptions: dict[str, str], warnings: list[str]) -> ImportedImage | None:
    """The item's own picture (media:content, media:thumbnail, an image enclosure), at its https address;
    `descriptions`: a picture's media:description by its URL ("" for the item's own)."""
    candidates = [(m.get("url"), m.get("medium") or m.get("type") or "image") for m in entry.get("media_content") or []]
    candidates += [(t.get("url"), "image") for t in entry.get("media_thumbnail") or []]
    candidates += [(e.get("href"), e.get("type") or "") for e in entry.get("enclosures") or []]
    url = next((u for u, kind in candidates if u and str(kind).startswith("image")), None)
    if not url:
        return None
    description = descriptions.get(url) or descriptions.get("") or ""
    alt = text_of(description) or text_of(entry.get("media_title") or "") or None
    credit = text_of(entry.get("media_credit", [{}])[0].get("content") or "") if entry.get("media_credit") else None
    if not url.lower().startswith("https://"):
        warnings.append(f"its picture {url[:100]} is not on https: left out")
        return None
    if not alt:
        warnings.append(f"its picture {url[:100]} has no description in the feed (Warta needs alt text): left out; "
                        "add it under image: with its alt text")
        return None
    return ImportedImage(url, alt, None, credit or None, None)


MEDIA_NS = "{http://search.yahoo.com/mrss/}"
_ITEMS = ("item", "{http://purl.org/rss/1.0/}item", "{http://www.w3.org/2005/Atom}entry")
_SUMMARIES = ("description", "{http://purl.org/rss/1.0/}description", "{http://www.w3.org/2005/Atom}summary")


@dataclasses.dataclass(frozen=True, slots=True)
class _Media:
    """What feedparser mixes up in one item: its pictures' Media RSS descriptions and its own summary."""

    descriptions: dict[str, str]
    """`media:description` of each picture by its URL, from inside its `media:content` or `media:thumbnail`,
    else its `media:group`'s; "" -> the item's own `media:description`."""
    summary: str | None
    """The item's own `<description>` (RSS) or `<summary>` (Atom), as the feed wrote it."""


def _media_texts(data: bytes, count: int) -> list[_Media] | None:
    """The items' media descriptions and summaries, in item order; None when the feed does not parse as XML
    with `count` items (feedparser read it leniently: its own reading is kept)."""
    if b"mrss/" not in data:
        return None
    from lxml import etree  # (entities were refused before: nothing to expand, nothing to fetch)

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    items = [element for element in root.iter(*_ITEMS)]
    if len(items) != count:
        return None
    return [_item_media(item) for item in items]


def _item_media(item) -> _Media:
    descriptions: dict[str, str] = {}
    own = item.find(f"{MEDIA_NS}description")
    if own is not None:
        descriptions[""] = _inner(own)
    for element in item.iter(f"{MEDIA_NS}content", f"{MEDIA_NS}thumbnail"):
        text = element.find(f"{MEDIA_NS}description")
        group = element.getparent()
        if text is None and group is not None and group.tag == f"{MEDIA_NS}group":
            text = group.find(f"{MEDIA_NS}description")
        if element.get("url") and text is not None:
            descriptions.setdefault(element.get("url").strip(), _inner(text))
    summary = next((item.find(tag) for tag in _SUMMARIES if item.find(tag) is not None), None)
    return _Media(descriptions, _inner(summary) if summary is not None else None)


def _inner(element) -> str:
    """An element's content as the feed wrote it: its text, or its markup (Atom xhtml)."""
    from lxml import etree

    return (element.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in element)
