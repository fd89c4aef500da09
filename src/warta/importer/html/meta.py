"""What a saved page says about its article outside the text: headline, authors, dates (with their time and
zone), section, tags, summary, address, publication and lead picture, from JSON-LD, Open Graph and other
`<meta>` tags, `<time>` and, for the day alone, htmldate."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterator
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from warta.importer.html.convert import fold
from warta.importer.records import FoundDate
from warta.years import check_year

if TYPE_CHECKING:
    from lxml.etree import _Element

ARTICLE_TYPES = ("newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "posting",
                 "socialmediaposting", "techarticle", "scholarlyarticle")
MAX_JSON_LD = 1024 * 1024
"""A JSON-LD block larger than this is not read (a page's own is a few kB)."""
MAX_TAGS = 20
_PUBLISHED_META = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
                   "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created",
                   "sailthru.date", "parsely-pub-date", "content_publishedtime", "article.published")
_PUBLISHED_NAMES = {"publishdate", "publish_date", "published_time", "publishedtime", "published_date", "pubdate",
                    "datepublished", "publish-date"}
"""Names of a publication date after an outlet's own prefix."""
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")
_NAME_PREFIX = re.compile(r"^(?:penulis|reporter|oleh|ditulis oleh|by|author|kontributor|wartawan)\s*:?\s+",
                          re.IGNORECASE)
_SUFFIX_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ", " ~ ")
"""Between a headline and the site's name in a <title> (" ~ ": Blogger's templates)."""


@dataclass(frozen=True, slots=True)
class PageImage:
    """The page's own picture (og:image, JSON-LD image), as its meta tags give it."""

    url: str
    alt: str | None = None
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page's head (and JSON-LD) says about its article."""

    title: str | None
    authors: tuple[str, ...]
    editors: tuple[str, ...]
    date: FoundDate | None
    updated: FoundDate | None
    category: str | None
    tags: tuple[str, ...]
    summary: str | None
    url: str | None
    site: str | None
    image: PageImage | None
    notes: tuple[str, ...]
    """Things to check (a date outside the years Warta takes, a date without a zone)."""
    site_names: frozenset[str] = frozenset()
    """The site's names, casefolded (its publisher's, the parts of its <title> around the headline): no writer's."""


def page_meta(document: "_Element", zone: ZoneInfo, extracted: Any = None, saved_from: str | None = None) -> PageMeta:
    """Read the head's metadata; `extracted` (trafilatura's Document) fills what the head does not say, and
    `saved_from` (the address a browser noted when saving the page) the address."""
    metas = _metas(document)
    ld = _json_ld_article(document)
    notes: list[str] = []
    site = _text(_get(ld, "publisher", "name")) or _first(metas, "og:site_name", "application-name") \
        or _text(getattr(extracted, "sitename", None))
    title = (_text(ld.get("headline")) or _first(metas, "og:title", "twitter:title")
             or _text(getattr(extracted, "title", None)) or _h1(document) or _first_text(document, "title"))
    url = next((u for u in (_canonical(document), _first(metas, "og:url"), _text(ld.get("url")),
                            _text(_get(ld, "mainEntityOfPage", "@id")), saved_from)
                if u and u.lower().startswith(("http://", "https://"))), None)
    date = _moment(ld.get("datePublished"), "JSON-LD datePublished", zone, notes)
    for key in _PUBLISHED_META:
        date = date or _moment(_first(metas, key), f"the page's {key} meta tag", zone, notes)
    for key in metas:  # (an outlet's own prefix: "dtk:publishdate", "kompas.publishedtime")
        if re.split(r"[:.]", key)[-1] in _PUBLISHED_NAMES and key not in _PUBLISHED_META:
            date = date or _moment(_first(metas, key), f"the page's {key} meta tag", zone, notes)
    date = date or _time_element(document, zone, notes) or _day(getattr(extracted, "date", None), zone, document)
    updated = _moment(ld.get("dateModified"), "JSON-LD dateModified", zone, notes)
    for key in _MODIFIED_META:
        updated = updated or _moment(_first(metas, key), f"the page's {key} meta tag", zone, notes)
    if updated is not None and (date is None or updated.value <= date.value):
        updated = None
    shown = _shown_lines(document) if title else set()  # (built once: both steps of the headline look in it)
    sites = _site_names(site, document, title)
    return PageMeta(
        title=_own_headline(_shown_part(_strip_site(title, site), shown), document, site, shown) if title else None,
        authors=_authors(ld, metas, extracted, sites, document),
        editors=tuple(_names(ld.get("editor"))),
        date=date, updated=updated,
        category=_category(ld, metas, document),
        tags=_tags(ld, metas, document),
        summary=_first(metas, "description", "og:description", "twitter:description") or _text(ld.get("description")),
        url=url, site=site, image=_image(ld, metas), notes=tuple(notes), site_names=frozenset(sites))


# ------------------------------------------------------------------ sources of values


def _metas(document: "_Element") -> dict[str, list[str]]:
    """`<meta>` contents by their name, property or itemprop (lower case), in page order."""
    found: dict[str, list[str]] = {}
    for meta in document.iter("meta"):
        content = meta.get("content")
        if content is None or not fold(content):
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip().lower()
            if key:
                found.setdefault(key, []).append(fold(content))
    return found


def _first(metas: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        if metas.get(key):
            return metas[key][0]
    return None


def _json_ld_article(document: "_Element") -> dict:
    """The page's JSON-LD object for its article (NewsArticle, BlogPosting, …), or {}."""
    fallback: dict = {}
    for script in document.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > MAX_JSON_LD:
            continue
        raw = raw.removeprefix("<![CDATA[").removesuffix("]]>").replace("\n", " ")
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in _objects(data):
            types = item.get("@type")
            names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if names & set(ARTICLE_TYPES):
                return item
            if "webpage" in names and not fallback:
                fallback = item.get("mainEntity") if isinstance(item.get("mainEntity"), dict) else {}
    return fallback


def _objects(data: Any, depth: int = 0) -> Iterator[dict]:
    """Every object of a JSON-LD document: its top level, lists and `@graph` (not deeper than a few levels)."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:200]:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if isinstance(data, list):
            data = data[0] if data else None
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return fold(value) or None if isinstance(value, str) else None


def _listed(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [fold(v) for v in values if isinstance(v, str) and fold(v)]


def _canonical(document: "_Element") -> str | None:
    for link in document.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return fold(link.get("href"))
    return None


def _h1(document: "_Element") -> str | None:
    for heading in document.iter("h1"):
        text = fold(" ".join(heading.itertext()))
        if text:
            return text
    return None


def _first_text(document: "_Element", tag: str) -> str | None:
    for element in document.iter(tag):
        text = fold(" ".join(element.itertext()))
        if text:
            return text
    return None


def _strip_site(title: str, site: str | None) -> str:
    """"Harga Cabai Naik - Kompas.com" -> "Harga Cabai Naik" (the site's name, or a domain, after a separator)."""
    for separator in _SUFFIX_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip():
            tail = tail.strip().lower()
            if (site and tail in (site.lower(), site.lower().removesuffix(".com"))) or re.fullmatch(
                    r"[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|co\.id|co)", tail):
                return head.strip()
    return title


_SEPARATORS = re.compile(r"\s+(?:::|\||-|–|—|»|·|~)\s+")
MAX_SHOWN_SEARCH = 5_000


def _shown_part(title: str, shown: set[str]) -> str:
    """The part of a "KABAR GAYO :: Headline" title (before or after a separator) that the page shows as a
    line of its own (`shown`: `_shown_lines`), when the whole title is not shown: an old site's <title> wraps its
    headline."""
    parts = [p for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if title.casefold() in shown:
        return title
    return next((p.strip() for p in sorted(parts, key=len, reverse=True) if p.strip().casefold() in shown), title)


def _shown_lines(document: "_Element") -> set[str]:
    """The texts (casefolded, 300 characters at most) of the page's shown elements, but for its menus, sidebar,
    footer and forms (a portal's name in its menu bar is no headline the page shows: issue 19, the fourth HTML
    pass, a city portal's og:title)."""
    furniture = {inner for element in itertools.islice(document.iter(*_FURNITURE), MAX_SHOWN_SEARCH)
                 for inner in itertools.islice(element.iter(), MAX_SHOWN_SEARCH)}
    shown = set()
    for element in itertools.islice(document.iter(), MAX_SHOWN_SEARCH):
        if isinstance(element.tag, str) and element.tag not in ("title", "head", "script", "style", "meta") \
                and element not in furniture:
            text = fold(" ".join(element.itertext()))
            if len(text) <= 300:
                shown.add(text.casefold())
    return shown


_HEADLINE_CLASS = re.compile(r"(?:^|[-_])(?:judul|headline|title)(?:[-_]|$)", re.IGNORECASE)
_FURNITURE = {"nav", "footer", "aside", "form", "head"}
_INLINE_TAGS = {"a", "b", "strong", "em", "i", "span", "br", "font", "u", "small"}
MIN_HEADLINE_WORDS = 4


def _own_headline(title: str, document: "_Element", site: str | None, shown: set[str]) -> str:
    """The headline the page shows, when the head's title is not shown (a portal's or site's name, an older
    og:title the page no longer shows): its first <h1>, else the first element of its own line whose class
    says headline ("judul-berita", a table layout's "judul") of four words or more; not the site's name, nor
    in the page's menus, sidebar or footer (`shown`: `_shown_lines`). A headline that goes on past the whole title
    is the headline: the head's shorter title cut it (an SEO plugin's, shown again in the crumbs at most)."""
    longer = _headline_going_on(title, document)
    if longer is not None:
        return longer
    if title.casefold() in shown and title.casefold() != (site or "").casefold():
        return title
    candidates = itertools.chain(
        document.iter("h1"),
        (e for e in document.iter() if isinstance(e.tag, str) and _HEADLINE_CLASS.search(e.get("class") or "")))
    for element in itertools.islice(candidates, MAX_SHOWN_SEARCH):
        text = fold(" ".join(element.itertext()))
        if (len(text.split()) >= (1 if element.tag == "h1" else MIN_HEADLINE_WORDS) and len(text) <= 300
                and text.casefold() != (site or "").casefold()
                and all(child.tag in _INLINE_TAGS for child in element if isinstance(child.tag, str))
                and not any(a.tag in _FURNITURE for a in element.iterancestors())):
            return text
    return title


def _headline_going_on(title: str, document: "_Element") -> str | None:
    """The page's <h1> (not in its menus, sidebar or footer) that opens with the whole title and goes on after a
    word's end ("Ratusan Pelari … Night Run, Rute Lewati …" over the og:title "Ratusan Pelari … Night Run")."""
    wanted = title.casefold()
    for heading in itertools.islice(document.iter("h1"), MAX_SHOWN_SEARCH):
        text = fold(" ".join(heading.itertext()))
        if (len(text) <= 300 and len(text) > len(title) and text.casefold().startswith(wanted)
                and not text[len(title)].isalnum() and len(title.split()) >= MIN_HEADLINE_WORDS
                and not any(a.tag in _FURNITURE for a in heading.iterancestors())):
            return text
    return None


# ------------------------------------------------------------------ people, tags, picture


def _names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values[:20]:
        name = _text(item)
        if name and not name.lower().startswith(("http://", "https://")):
            names.append(_NAME_PREFIX.sub("", name))
    return names


def _site_names(site: str | None, document: "_Element", title: str | None) -> set[str]:
    """The site's names (casefolded): its publisher's name, and the parts of its <title> around the headline
    ("Cirebon Raya" of "Cirebon Raya :: Headline"), which name no writer."""
    names = {site.casefold()} if site else set()
    whole = _first_text(document, "title")
    parts = [p.strip().casefold() for p in _SEPARATORS.split(whole)] if whole else []
    if len(parts) > 1:
        names |= {p for p in parts if p and p != (title or "").strip().casefold()}
    return names


def is_login(name: str) -> bool:
    """Whether a name is written like a CMS account's login ("redaksi", "admin", "humas"), not a person's, or is an
    office's account ("Humas Untad", "Redaksi Kabar Kota", "Prokopim Setda"): whoever posted, not who wrote."""
    return bool(_LOGIN.fullmatch(name)) or bool(_ACCOUNT.fullmatch(name)) or bool(_OFFICE.match(name))


_OFFICE = re.compile(r"(?i)(?:humas|redaksi|redaktur|admin|biro|bagian|sub\s?bag(?:ian)?|prokopim|protokol|"
                     r"(?:dis)?kominfo|media center|pusat informasi|public relations|tim (?:redaksi|liputan|humas|"
                     r"media|publikasi|dokumentasi|kontributor))\b")
"""How an office's account opens (issue 19, the fourth HTML pass: a campus's "Humas Untad" over the text's
"Penulis:" line): the public-relations office, the newsroom, a bureau, a team."""


def is_account(name: str) -> bool:
    """Whether a name is a CMS account's that names no writer ("admin", "Administrator", "adminweb")."""
    return bool(_ACCOUNT.fullmatch(name))


def _authors(ld: dict, metas: dict[str, list[str]], extracted: Any, sites: set[str],
             document: "_Element") -> tuple[str, ...]:
    """Authors from JSON-LD, else the `author` meta tags (Dublin Core's creator too), else microdata, else what
    trafilatura found; not the site's own name."""
    names = _names(ld.get("author"))
    shown = _shown_bylines(document)
    if shown and names and all(_LOGIN.fullmatch(n) for n in names) and not set(names) & set(shown):
        names = shown  # (a CMS's JSON-LD names the account, "admin"; the page shows the writer's name)
    if not names:
        names = [_NAME_PREFIX.sub("", n) for key in ("author", "article:author", "parsely-author", "dc.creator", "dcterms.creator")
                 for n in metas.get(key, ()) if not n.lower().startswith(("http://", "https://"))]
    names = [n for n in names if not _ACCOUNT.fullmatch(n)]  # ("admin" and nothing shown: no one named yet)
    if not names:
        names = shown or _microdata_authors(document)
    if not names and getattr(extracted, "author", None):
        names = [_NAME_PREFIX.sub("", n.strip()) for n in str(extracted.author).split(";")
                 if not _ACCOUNT.fullmatch(n.strip())]
    split: list[str] = []
    for name in names:
        for part in re.split(r"\s*(?:,|;|\s&\s|\sdan\s|\sand\s)\s*", name):
            if part and part not in split and part.casefold() not in sites and not _ACCOUNT.fullmatch(part):
                split.append(part)
    return tuple(split[:10])


def _category(ld: dict, metas: dict[str, list[str]], document: "_Element") -> str | None:
    """From JSON-LD articleSection, `article:section`, else the page's `rel="category"` links (WordPress'
    "Posted in …"). (trafilatura's categories, from any link to a category page, are not used.)"""
    linked = [fold(" ".join(a.itertext())) for a in document.iter("a")
              if "category" in (a.get("rel") or "").lower().split()]
    found = _listed(ld.get("articleSection")) or _listed(_first(metas, "article:section")) or [c for c in linked if c]
    return found[0] if found else None


def _tags(ld: dict, metas: dict[str, list[str]], document: "_Element") -> tuple[str, ...]:
    """From `article:tag`, JSON-LD keywords, the keywords meta tags, else the page's `rel="tag"` links."""
    values = metas.get("article:tag") or _listed(ld.get("keywords")) or metas.get("news_keywords") \
        or metas.get("keywords") or [fold(" ".join(a.itertext())) for a in document.iter("a")
                                     if (a.get("rel") or "").lower().split() == ["tag"]]
    tags: list[str] = []
    for value in values:
        for tag in value.split(","):
            tag = fold(tag)
            if tag and tag.lower() not in (t.lower() for t in tags) and len(tag) <= 60:
                tags.append(tag)
    return tuple(tags[:MAX_TAGS])


def _image(ld: dict, metas: dict[str, list[str]]) -> PageImage | None:
    url = _first(metas, "og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src")
    caption = None
    image = ld.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, dict):
        caption = _text(image.get("caption")) or _text(image.get("description"))
        url = url or _text(image.get("url")) or _text(image.get("contentUrl"))
    elif isinstance(image, str):
        url = url or fold(image)
    if not url:
        return None
    return PageImage(url, _first(metas, "og:image:alt", "twitter:image:alt"), caption)


# ------------------------------------------------------------------ dates


def _moment(value: Any, origin: str, zone: ZoneInfo, notes: list[str]) -> FoundDate | None:
    """An ISO 8601 date or date-time as the page states it: its time and zone kept; a time without a zone is in
    the site's zone (and the comment says so); a day alone is a day."""
    text = _text(value) if not isinstance(value, str) else fold(value)
    if not text:
        return None
    text = re.sub(r"^(\d{4})/(\d{2})/(\d{2})", r"\1-\2-\3", text[:40])  # ("2024/03/21 14:05:12", Detik's)
    text = re.sub(r"(\d)\s+(\d{2}:\d{2})", r"\1T\2", text).replace("Z", "+00:00")
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        if re.match(r"\d{4}-\d{1,2}-\d{1,2}", text):  # (a day that does not exist: "2025-02-30", "2025-13-45")
            notes.append(f"{origin} is not a date ({text!r}): not used")
        return None
    if check_year(moment) is not None:
        notes.append(f"{origin} gives the year {moment.year}, outside the years Warta takes: not used")
        return None
    has_time = "T" in text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
        origin += f" (no zone given: {zone.key} assumed)" if has_time else ""
    return FoundDate(moment, has_time, f"From {origin}.")


def _time_element(document: "_Element", zone: ZoneInfo, notes: list[str]) -> FoundDate | None:
    """The page's microdata `itemprop="datePublished"` (Blogger's `<abbr title=…>`), else the first
    `<time datetime=…>` of the article (or of the page)."""
    for element in document.iter():
        if isinstance(element.tag, str) and element.get("itemprop") == "datePublished":
            for attribute in ("content", "datetime", "title"):
                found = _moment(element.get(attribute), "the page's datePublished microdata", zone, notes)
                if found is not None:
                    return found
    scope = next(iter(document.iter("article")), None)
    for element in (scope if scope is not None else document).iter("time"):
        found = _moment(element.get("datetime"), "the page's <time> element", zone, notes)
        if found is not None:
            return found
    return None


_LOGIN = re.compile(r"[a-z0-9_.-]{1,30}")
"""A name written like an account's login ("admin", "redaksi_web"), not like a person's."""


_ACCOUNT = re.compile(r"(?i)(?:super)?admin(?:istrator)?\d*|webmaster|(?:admin|redaksi)[-_ ]?web|wp[-_]?admin")
"""A CMS account's name, which names no writer ("admin", "Administrator", "adminweb")."""
_AUTHOR_PAGE = re.compile(r"/(?:author|authors|penulis|reporter|wartawan|kontributor|writer|profil/penulis)/[^/?#]+/?$",
                          re.IGNORECASE)
_BYLINE_CLASS = re.compile(r"author|penulis|byline|writer|reporter", re.IGNORECASE)


def _shown_bylines(document: "_Element") -> list[str]:
    """The names the page shows as its byline: `rel="author"` links, WordPress' `author vcard` `fn`, microdata,
    else the links to writers' pages (`/author/…`, `/penulis/…`) of the page's first byline (the element whose
    class says author, byline or writer: tagDiv's `td-post-author-name`, Jannah's `meta-author`, JNews')."""
    return _marked_bylines(document) or _linked_byline(document) or _microdata_authors(document)


def _linked_byline(document: "_Element") -> list[str]:
    """The names linked to writers' pages inside the first byline element holding such a link."""
    for link in document.iter("a"):
        if not _AUTHOR_PAGE.search(urlsplit(link.get("href") or "").path):
            continue
        byline = next((e for e in itertools.islice(itertools.chain([link], link.iterancestors()), 4)
                       if _BYLINE_CLASS.search(e.get("class") or "")), None)
        if byline is None:
            continue
        names = []
        for inner in byline.iter("a"):
            name = _NAME_PREFIX.sub("", fold(" ".join(inner.itertext())))
            if _AUTHOR_PAGE.search(urlsplit(inner.get("href") or "").path) and name and len(name) <= 60 \
                    and name not in names and not _ACCOUNT.fullmatch(name):
                names.append(name)
        if names:
            return names[:10]
    return []


def _marked_bylines(document: "_Element") -> list[str]:
    """`rel="author"` links and WordPress' `author vcard` `fn`."""
    names = []
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        classes = (element.get("class") or "").lower().split()
        if ("author" in (element.get("rel") or "").lower().split() or ("fn" in classes and any(
                "author" in (a.get("class") or "").lower().split() for a in element.iterancestors()))):
            name = _NAME_PREFIX.sub("", fold(" ".join(element.itertext())))
            if name and len(name) <= 60 and name not in names:
                names.append(name)
    return names[:10]


def _microdata_authors(document: "_Element") -> list[str]:
    """Names of the page's microdata `itemprop="author"` (their `itemprop="name"` inside, or their text without
    its label: "Penulis: Ani")."""
    names = []
    for element in document.iter():
        if isinstance(element.tag, str) and element.get("itemprop") == "author":
            inner = next((e for e in element.iter() if isinstance(e.tag, str) and e.get("itemprop") == "name"),
                         element)
            name = _NAME_PREFIX.sub("", fold(inner.get("content") or " ".join(inner.itertext())))
            if name and name not in names:
                names.append(name)
    return names[:10]


def _day(value: Any, zone: ZoneInfo, document: "_Element") -> FoundDate | None:
    """The day htmldate (through trafilatura) found in the page, when nothing states the date exactly, if the
    page writes that day (htmldate also makes a day up: January 1st of a year in the address, the 1st of a
    month from a date that does not exist)."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value[:10])
    except ValueError:
        return None
    if check_year(moment) is not None or not _written(moment, document):
        return None
    return FoundDate(moment.replace(tzinfo=zone), False, "Found in the page by htmldate (day only): check it.")


MAX_DAY_SEARCH = 5_000_000
"""Characters of a page's text and attribute values searched for the day htmldate found."""


def _written(day: datetime, document: "_Element") -> bool:
    """Whether the page writes `day` in its text or an attribute: 2025-03-08, 2025/03/08, 20250308, 8/3/2025,
    08.03.2025, 8 Maret 2025, Mar 8, 2025."""
    from warta.importer.text.dates import MONTHS

    y, m, d = day.year, day.month, day.day
    months = "|".join(sorted((re.escape(n) for n, number in MONTHS.items() if number == m), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\d){y}(?:[-/.]0?{m}[-/.]0?{d}|{m:02}{d:02})(?!\d)|(?<!\d)0?{d}[-/.]0?{m}[-/.]{y}(?!\d)"
        rf"|(?<!\d)0?{d}\s+(?:{months})\b\.?,?\s+{y}(?!\d)|\b(?:{months})\b\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}(?!\d)",
        re.IGNORECASE)
    size = 0
    for element in document.iter():
        pieces = [element.text, element.tail, *element.attrib.values()] if isinstance(element.tag, str) else []
        for piece in pieces:
            if piece and size < MAX_DAY_SEARCH:
                size += len(piece)
                if pattern.search(piece):
                    return True
    return False
