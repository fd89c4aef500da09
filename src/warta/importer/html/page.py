"""A saved HTML page ("Save page as…", with its `Page_files/` folder, or a single file) -> one ImportedArticle.

trafilatura finds the main text (menus, ads, related lists, comments and cookie banners left out); the page's
head and JSON-LD give the headline, authors, dates with their time and zone, section, tags, summary, address
and lead picture (html/meta.py); html/dates.py reads the date line's time and zone; html/convert.py writes the
body; html/lead.py picks the lead picture and its caption; pictures inside the page's folder are copied.
Every block of the page not in the article is listed with a reason for `--dry-run`."""

from __future__ import annotations

import codecs
import copy
import dataclasses
import itertools
import logging
import re
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from warta.errors import Problem
from warta.importer.text import lines as shapes
from warta.importer.html.blocks import DATE_REASON, TAGS_REASON, SKIPPED_TAGS as _SKIP, block_reason as _reason
from warta.importer.html.dates import (MAX_BYLINE_LENGTH, MAX_BYLINE_LINES, date_line, headline_element, in_local_zone,
                                       in_shown_zone, lines_under, local_zone, without_counter)
from warta.importer.html.lead import lead_picture
from warta.importer.html.meta import MAX_TAGS, PageMeta, is_account, is_login, page_meta
from warta.importer.html.convert import LEFT_OUT, PictureHook, fold, html_to_markdown, parse_document
from warta.importer.inputs import Refusal
from warta.importer.naming import slug_for
from warta.importer.pictures import PicturePlacer
from warta.importer.records import TO_FRONT_MATTER, FoundDate, ImportedArticle, ImportedImage, ReadOptions, Reading, RemovedLine

if TYPE_CHECKING:
    from lxml.etree import _Element

log = logging.getLogger(__name__)

FAVOR_RECALL = True
"""trafilatura's balance. Its own text with favor_recall held the whole article of every fixture page (with
its default balance or favor_precision it left out the Kompas page's price list and a Detik paragraph);
since the page's own element holding that text is what is converted, all three give the same six bodies,
and recall, finding more of the text, places that element more surely. Measured on tests/fixtures/import/html."""
MAX_NOTES = 20
MAX_TREE_SIZE = 30_000
"""Elements beyond which trafilatura is not asked (it slows down more than linearly on a giant page): a news
page has a few thousand; a larger one is read from its own <article>, <main> or <body>."""
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->")
_LATIN = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "windows-1252", "cp1252"}
_PAGE_TOOL = (r"(?:(?:cetak|print|simpan|save)(?: (?:berita|artikel|halaman))?(?: ini)?|(?:kirim|email) ke teman|"
              r"send to (?:a )?friend|versi cetak|print this)")
"""An old site's links under the text: "Cetak berita ini | Kirim ke teman"."""
_JUNK = re.compile(
    r"^(?:advertisement|iklan|scroll to continue(?: with content)?|lanjutkan membaca|baca berita tanpa iklan.*|"
    r"dapatkan (?:update|informasi|berita).{0,300}|simak (?:breaking news|berita|update|video|juga video).{0,160}|"
    r"\[gambas:[^\]]{1,80}\]|"
    r"(?:download|unduh) aplikasi.{0,120}|pilihan editor\s*:.{0,200}|gabung.{0,80}(?:whatsapp|telegram|kompasplus).{0,80}|"
    r"(?:informasi|berita) seputar .{0,120}google news.{0,40}|\(?[a-z]{2,5}(?:/[a-z]{2,5})+\)?|"
    rf"{_PAGE_TOOL}(?:\s*[|·•]\s*{_PAGE_TOOL})*)$", re.IGNORECASE)
"""Lines of the main text that are the outlet's prompts (lines.junk_reason knows the others)."""


def read(data: bytes, name: str, options: ReadOptions) -> Reading:
    """Read one saved page: its article, with pictures from inside its own folder (`options.base`)."""
    text, decoding = decode_page(data)
    document, text, deep = parse_document(text)
    if document is None:
        raise Refusal("has no HTML to read", "save the page again (\"Web page, complete\" or \"HTML only\")")
    size = sum(1 for _ in itertools.islice(document.iter(), MAX_TREE_SIZE + 1))
    extracted = _extract(text) if size <= MAX_TREE_SIZE else None
    saved_from = _SAVED_FROM.search(text[:2000])
    meta = page_meta(document, options.zone, extracted, saved_from[1] if saved_from else None)
    body, junk, found_tags = _main_text(extracted, document, meta)
    zone = local_zone(options.zone, meta, body, document)
    article = in_local_zone(_article(name, meta), options.zone, zone)
    headline = headline_element(document, meta.title)  # (found once: the date line, zone, bylines and lead look under it)
    if not article.tags and found_tags:  # (the tag links under the text, when the head names no tags)
        article = dataclasses.replace(article, tags=found_tags)
    if article.date is None or not article.date.has_time:  # (the date line above the text, with its time)
        article = dataclasses.replace(article, date=date_line(document, article.date, zone, headline,
                                                               options.fetched_at) or article.date)
    article = in_shown_zone(article, document, zone, headline)
    accounts = bool(article.authors) and all(is_login(name) for name in article.authors)
    if not article.authors or not article.editors or accounts:  # ("Penulis: …" lines in the text, when the
        authors, editors = _bylines(junk + _byline_lines(document, headline), meta.site_names)  # (head names none
        # or an account)
        article = dataclasses.replace(article, authors=authors if authors and accounts else article.authors or authors,
                                      editors=article.editors or (editors if article.authors or authors else ()))
    placer = PicturePlacer(slug_for(article), options.base, options.base)
    converted = html_to_markdown(body, picture=_local_only(placer), base_url=meta.url, title=meta.title)
    lead, markdown = lead_picture(meta, converted, placer, document, headline)
    markdown, initials = _without_closing_initials(markdown)
    markdown, lines = _without_junk_blocks(markdown, meta)
    removed = _removed(document, body, meta, junk + list(converted.removed) + initials + lines, lead)
    notes = [*((deep,) if deep else ()), *_several_articles(body), *meta.notes, *converted.notes, *placer.notes]
    if len(notes) > MAX_NOTES:  # (a page of thousands of missing pictures: a few say what the rest are)
        notes = notes[:MAX_NOTES] + [f"and {len(notes) - MAX_NOTES} more like these"]
    warnings = [Problem(name, None, None, note, "check the article against the page", warning=True)
                for note in notes]
    if decoding:
        warnings.insert(0, Problem(name, None, None, decoding, "check accented letters and quotes", warning=True))
    if article.date is None and options.fetched_at is not None:
        fetched = options.fetched_at if options.fetched_at.tzinfo else options.fetched_at.replace(tzinfo=options.zone)
        article = dataclasses.replace(article, date=FoundDate(
            fetched, True, "No date in the page: this is --fetched-at, when the page was fetched; the article was "
                           "published earlier."))
        warnings.append(Problem(name, None, "date", f"no date in the page; using --fetched-at ({fetched.isoformat()})",
                                "the article was published earlier: correct `date:`", warning=True))
    for field, value in (("title", meta.title), ("date", article.date), ("author", article.authors)):
        if not value:
            warnings.append(Problem(name, None, field, f"no {field} found in the page",
                                    f"write it after `{field}:`", warning=True))
    if lead is not None and not (lead.alt or lead.caption):
        warnings.append(Problem(name, None, "image", "the lead picture has no alt text in the page",
                                'describe it after `alt:` ("" marks a decorative picture)', warning=True))
    pictures = tuple(p for p in converted.pictures if lead is None or p.src != lead.src)
    dateline = _dateline(markdown)
    return Reading((dataclasses.replace(
        article, body=markdown, removed=tuple(removed), warnings=tuple(warnings), image=lead, pictures=pictures,
        dateline=dateline),))


def decode_page(data: bytes) -> tuple[str, str | None]:
    """Bytes -> text: by the BOM, else the charset the page declares (`<meta charset>`, the XML declaration),
    else UTF-8, else charset_normalizer's guess (with a note saying so)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), None
    declared = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.search(data[:1024])
    codec = declared[1].decode("ascii").lower() if declared else None
    if codec in _LATIN:
        codec = "cp1252"  # (as browsers read it: Windows-1252 is a superset of Latin-1's printable letters)
    if codec:
        try:
            return data.decode(codec), None
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), None if codec in (None, "utf-8", "utf8") else \
            f"declares {codec} but is UTF-8: decoded as UTF-8"
    except UnicodeDecodeError as exc:
        first = exc.start
    stray = sum(1 for byte in _UTF8_STRAY.findall(data) if byte)
    if len(_UTF8_SEQUENCE.findall(data)) >= stray:  # (UTF-8 with a few bytes pasted from a Windows-1252 text)
        return data.decode("utf-8", errors="warta-cp1252"), (
            f"is UTF-8 but for {stray} byte{'s' if stray > 1 else ''} (the first at byte {first}), read as "
            "Windows-1252")
    if codec == "cp1252":  # (bytes it leaves undefined, 0x81 0x8D 0x8F 0x90 0x9D, show nothing in a browser)
        try:
            data.decode("cp1252")
        except UnicodeDecodeError as exc:
            return data.decode("cp1252", errors="ignore"), (
                f"has bytes Windows-1252 does not define (0x{data[exc.start]:02x} at byte {exc.start}): left out")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1024 * 1024]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding != "cp1252" and _single_byte(encoding) and _decodes(data, "cp1252"):
        # (a guess between one-byte Latin codecs is often wrong on a short page, CP-1250 or mac_iceland for
        # CP-1252: as browsers and UnicodeDammit do, the web's common one is taken when it reads every byte)
        encoding = "cp1252"
    said = f"declares {codec} but is not" if codec else "declares no charset and is not UTF-8"
    return data.decode(encoding, errors="replace"), f"{said}: decoded as {encoding} (guessed)"


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_UTF8_STRAY = re.compile(rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})|"
                         rb"([\x80-\xff])")


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler "warta-cp1252": bytes UTF-8 cannot read, each read as Windows-1252 (Latin-1 for the
    five it leaves undefined), as UnicodeDammit.detwingle repairs a UTF-8 page with pasted Windows text."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("warta-cp1252", _cp1252_bytes)


def _single_byte(encoding: str) -> bool:
    try:
        return len(bytes(range(0x80, 0x100)).decode(encoding, errors="replace")) == 0x80
    except LookupError:
        return False


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _extract(text: str) -> Any:
    """trafilatura's reading of the page (main text as XML, and what it found of title, author, date), or None."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            text, include_formatting=True, include_links=True, include_images=True, include_tables=True,
            include_comments=False, with_metadata=True, favor_recall=FAVOR_RECALL, deduplicate=False)
    except Exception:  # (a page trafilatura cannot take apart: the page's own <article> is read instead)
        log.warning("trafilatura could not read the page", exc_info=True)
        return None


def _local_only(placer: PicturePlacer) -> PictureHook:
    """The placer, with LEFT_OUT for a src it looked for beside the page and refused (it notes why): a saved
    page's own file is never made into an address on the page's site."""
    def place(src: str, alt: str | None) -> ImportedImage | None:
        before = len(placer.notes)
        placed = placer(src, alt)
        return LEFT_OUT if placed is None and len(placer.notes) > before else placed
    return place


def _article(name: str, meta: PageMeta) -> ImportedArticle:
    return ImportedArticle(
        name=name, title=meta.title, date=meta.date, updated=meta.updated, authors=meta.authors,
        editors=meta.editors, source=meta.site, dateline=None, tags=meta.tags, body="", removed=(), warnings=(),
        category=meta.category, summary=meta.summary, source_url=meta.url)


# ------------------------------------------------------------------ main text


def _main_text(extracted: Any, document: "_Element", meta: PageMeta
               ) -> tuple["_Element", list[RemovedLine], tuple[str, ...]]:
    """The article's part of the page, as a copy to convert: the element holding the text trafilatura found
    (the page's own markup then gives headings, lists, figures with their captions, and no sentence is lost to
    trafilatura's whitespace handling), without the blocks inside it that are not the article's (ads, share
    buttons, related links, bylines, the outlet's prompts), each listed; and the tags its tag block links to."""
    container = _container(document, extracted)
    body = copy.deepcopy(container)
    removed: list[RemovedLine] = []
    tags: list[str] = []
    for element in list(body.iterdescendants()):
        if (isinstance(element.tag, str) and _attached(element, body) and _reason(element)
                and not any(a.tag in ("figure", "figcaption") for a in element.iterancestors())):
            removed.append(RemovedLine(element.sourceline or 0, fold(" ".join(element.itertext()))[:200] or
                                       f"<{element.tag}>", _reason(element)))
            if _reason(element) == TAGS_REASON:
                tags += [t for t in (fold(" ".join(a.itertext())) for a in element.iter("a", "li"))
                         if t and len(t) <= 60 and t.casefold() not in (x.casefold() for x in tags)]
            _remove(element)
    _normalise_figures(body)
    for element in list(body.iter("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b",
                                  "em", "i", "span", "a", "blockquote")):
        if element is body or not _attached(element, body) or (
                element.tag in _INLINE and not _alone_on_its_line(element)):
            continue
        text = fold(" ".join(element.itertext()))
        reason = _junk_reason(text, meta) if len(text) <= 400 else None
        reason = reason or (_bare_time_or_counter(text) if element.tag not in ("td", "th") else None)
        if reason:
            removed.append(RemovedLine(element.sourceline or 0, text[:200], reason))
            _remove(element)
    return body, removed, tuple(tags[:MAX_TAGS])


_INLINE = {"strong", "b", "em", "i", "span", "a"}


def _several_articles(body: "_Element") -> list[str]:
    """A note when the main text holds several headed `<article>`s (an index, a live page, a print view of
    several stories): they were imported as one."""
    headed = []
    for article in body.iter("article"):
        if any(a.tag == "article" for a in article.iterancestors()):
            continue
        heading = next((h for h in article.iter(*_HEADINGS) if fold(" ".join(h.itertext()))), None)
        if heading is not None:
            headed.append(fold(" ".join(heading.itertext()))[:60])
    if len(headed) < 2:
        return []
    names = ", ".join(f"{h!r}" for h in headed[:3]) + (", …" if len(headed) > 3 else "")
    return [f"the page holds {len(headed)} articles ({names}): they were imported as one; if it is an index or "
            "a live page, save each article's own page and import those"]


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _attached(element: "_Element", body: "_Element") -> bool:
    """Whether `element` is still inside `body` (not in a block taken out before it)."""
    top = element
    for top in element.iterancestors():
        pass
    return top is body


def _alone_on_its_line(element: "_Element") -> bool:
    """Whether an inline element is a line of its own: nothing but a `<br>` or the edge of its block around it."""
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    after = element.tail or ""
    following = element.getnext()
    return (not before.strip() and (previous is None or previous.tag == "br") and not after.strip()
            and (following is None or following.tag == "br"))


_CONTAINERS = {"div", "article", "main", "section", "body", "td", "center", "form"}
SEARCH_CHARACTERS = 50_000_000
"""Characters of trafilatura's text scanned, at most, to place the page's text nodes in it: linear on any page."""


def _container(document: "_Element", extracted: Any) -> "_Element":
    """The deepest element holding nine tenths of the page's text that trafilatura took for the main text; the
    page's <article>, <main> or <body> when trafilatura found none."""
    found = getattr(extracted, "body", None)
    joined = "\n".join(fold(t) for t in found.itertext()) if found is not None else ""
    weights: dict[Any, int] = {}
    budget = SEARCH_CHARACTERS
    root = document.find("body") if document.find("body") is not None else document
    if joined:
        for element in root.iter():
            if not isinstance(element.tag, str) or element.tag in _SKIP:
                continue
            for piece, owner in ((element.text, element), (element.tail, element.getparent())):
                text = fold(piece or "")
                if len(text) < 25 or owner is None or budget <= 0:
                    continue
                budget -= len(joined)
                if text in joined:
                    for ancestor in itertools.chain((owner,), owner.iterancestors()):
                        weights[ancestor] = weights.get(ancestor, 0) + len(text)
    if weights:
        total = max(weights.values())
        chosen, depth = root, -1
        for element, weight in weights.items():
            if weight >= 0.9 * total:
                level = sum(1 for _ in element.iterancestors())
                if level > depth:
                    chosen, depth = element, level
        chosen = _article_cell(chosen, weights)
        while chosen.tag not in _CONTAINERS and chosen.getparent() is not None:  # (a page of one paragraph)
            chosen = chosen.getparent()
        return chosen
    for tag in ("article", "main"):
        scope = next(iter(root.iter(tag)), None)
        if scope is not None:
            return scope
    return root


LAYOUT_SHARE = 0.75
"""Of a layout table's text that trafilatura took, the share one cell holds for that cell to be the article."""


_COLUMN = re.compile(r"col(?:-[a-z]{2,3})?-\d{1,2}|span\d{1,2}|(?:small|medium|large)-\d{1,2}|column")
"""A grid column's class (Bootstrap's col-lg-8, Foundation's large-8): a portal's layout, as an old site's table."""


def _article_cell(chosen: "_Element", weights: dict[Any, int]) -> "_Element":
    """An old site's layout table, or a portal's grid row, is no article: the cell (or column) holding most of
    the text it has (three quarters at least), and inside it, the cell of a table nested there that does, is
    (menus, a poll, counters, the latest news and related links sit in the other cells)."""
    while weights.get(chosen):
        cells = [c for c in chosen.iter() if c is not chosen and isinstance(c.tag, str) and (c.tag == "td" or any(
            _COLUMN.fullmatch(word) for word in (c.get("class") or "").lower().split()))]
        best = max(cells, key=lambda c: weights.get(c, 0), default=None)
        if best is None or weights.get(best, 0) < LAYOUT_SHARE * weights[chosen]:
            break
        chosen = best
    return chosen


def _normalise_figures(body: "_Element") -> None:
    """WordPress' `div.wp-caption` and Blogger's caption tables as the `<figure>` they stand for."""
    for element in list(body.iter("div", "table")):
        classes = (element.get("class") or "").lower().split()
        if element.tag == "div" and "wp-caption" in classes:
            element.tag = "figure"
            for caption in element.iter("p", "div"):
                if "wp-caption-text" in (caption.get("class") or ""):
                    caption.tag = "figcaption"
        elif element.tag == "table" and "tr-caption-container" in classes:
            images = list(element.iter("img"))
            captions = [c for c in element.iter("td") if "tr-caption" in (c.get("class") or "").split()]
            if len(images) == 1:
                figure = element.makeelement("figure", {})
                figure.append(copy.deepcopy(images[0]))
                if captions:
                    figcaption = element.makeelement("figcaption", {})
                    figcaption.text = fold(" ".join(captions[0].itertext()))
                    figure.append(figcaption)
                figure.tail = element.tail
                element.getparent().replace(element, figure)


def _remove(element: "_Element") -> None:
    """Take an element out, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _junk_reason(text: str, meta: PageMeta) -> str | None:
    """Why a paragraph of the main text is not the article's: an outlet's prompt, a byline or date line (in the
    front matter already), a repeated title."""
    if not text:
        return None
    if meta.title and text.casefold() == meta.title.casefold():
        return "repeated title"
    if len(text) <= 300 and _JUNK.match(text):
        return "outlet prompt"
    reason = shapes.junk_reason(text) if len(text) <= 300 else None
    if reason:
        return reason
    if len(text) <= 200 and (shapes.metadata_fields(text) is not None or _byline_after_date(text) is not None):
        return "metadata " + TO_FRONT_MATTER
    return None


_TIME_ALONE = re.compile(r"(?:pukul\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT)?", re.IGNORECASE)
_COUNTER_ALONE = re.compile(r"(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali|x)?|[\d.,]+\s*(?:kali\s+(?:dibaca|"
                            r"dilihat)|x\s+dibaca|views?|pembaca)", re.IGNORECASE)


def _bare_time_or_counter(text: str) -> str | None:
    """A byline row's item of its own outside a table: the time ("10:05 WIB", in the front matter with the date) or
    the read counter ("318 kali dilihat"), as a theme's `<li>`s under the headline show them (issue 19, the fourth
    HTML pass)."""
    if len(text) > 40:
        return None
    if _TIME_ALONE.fullmatch(text):
        return DATE_REASON
    return "read counter" if _COUNTER_ALONE.fullmatch(text) else None


def _byline_after_date(text: str) -> str | None:
    """What follows the date opening a short byline line ("Rabu, 18 Nov 2026 — 13:47 WIB | Oleh: Ratih", "Kamis,
    3 Des 2026 | 14:05 WITA Penulis: … Editor: … 327 kali"), when that is nothing or the writer's and editor's
    fields; None for any other line (a sentence that opens with a date goes on)."""
    from warta.importer.text.dates import parse_date

    text = _POSTED_LABEL.sub("", without_counter(text), count=1)
    if len(text) > MAX_BYLINE_LENGTH:
        return None
    for end in sorted((m.end() for m in re.finditer(r"\S+", text)), reverse=True):
        if parse_date(text[:end], _UTC) is not None:
            rest = text[end:].strip(" |·•,–—-")
            return rest if not rest or shapes.metadata_fields(rest) is not None else None
    return None


_UTC = ZoneInfo("UTC")
_POSTED_LABEL = re.compile(r"^(?:diposting|dipublikasikan|diterbitkan|dipublish|posted|published)(?:\s+(?:pada|on))?"
                           r"\s*:\s*", re.IGNORECASE)
"""A label before a byline row's date ("Diposting: Senin, 07 Desember 2026 - 10:20 WITA | Penulis: …")."""


def _byline_lines(document: "_Element", headline: "_Element | None") -> list[RemovedLine]:
    """The short lines under the headline, as metadata lines for `_bylines` ("Laporan: Win Ruhdi Bathin" in a
    cell of its own, outside the text)."""
    return [RemovedLine(0, text, "metadata " + TO_FRONT_MATTER)
            for text in itertools.islice(lines_under(document, headline), MAX_BYLINE_LINES)]


_BEFORE_DATE = re.compile(r"\s+[|·•/]\s+(?=\w+,?\s+\d|\d)|\s+(?=(?:\w+,\s*)?\d)")
"""The separator between a byline's name and the date after it, or the space before that date when a theme's row
shows them side by side ("Penulis: Ani Lestari 5 Desember 2026, 08:30 WIT Komentar 12")."""


def _bylines(removed: list[RemovedLine], sites: "frozenset[str]" = frozenset()
             ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Authors and editors named by the byline lines taken out of the text ("Penulis: Ani | Editor: Budi",
    Drupal's "Dikirim oleh Ani pada Sabtu, …"); not an account, nor the site's name (`sites`, casefolded: a
    Blogger profile named as the blog)."""
    authors: list[str] = []
    editors: list[str] = []
    for item in removed:
        if not item.reason.startswith("metadata"):
            continue
        fields = shapes.metadata_fields(item.text) or shapes.metadata_fields(_byline_after_date(item.text) or "") or ()
        found = [(f.kind, f.value) for f in fields if f.kind in ("author", "editor")] or _submitted_by(item.text)
        for kind, value in found:
            names = authors if kind == "author" else editors
            value = _NEXT_LABEL.split(_BEFORE_DATE.split(value)[0])[0]  # ("admin / Selasa, 1 Des 2026 / Berita")
            names += [n for n in shapes.split_names(value) if n not in names and len(n) <= 60 and not is_account(n)
                      and n.casefold() not in sites]
    return tuple(authors[:10]), tuple(editors[:10])


_NEXT_LABEL = re.compile(r"\s+(?=(?:foto|fotografer|photo|pewarta foto|ilustrasi|grafis|video|videografer|sumber|"
                         r"source|editor|penyunting)\s*:)", re.IGNORECASE)
"""The label of the next credit after a writer's name on one line ("Penulis: Ani<br>Foto: Tim Humas", its `<br>`
gone with the line's text): the name ends before it."""
_SUBMITTED = re.compile(r"(?:^|\s)(?:dikirim|ditulis|diposting|diunggah|diterbitkan|submitted|posted|written)\s+"
                        r"(?:oleh|by)\s+(\S.{0,58}?)\s+(?:pada|on)\s+\S", re.IGNORECASE)
"""A CMS's "submitted by" line: "Dikirim oleh Rusdi Hamisi pada Sabtu, 5 Desember 2026 - 15:10 WIT" (Drupal's)."""


def _submitted_by(text: str) -> list[tuple[str, str]]:
    """The writer a short "Dikirim oleh <name> pada <date>" line names (not an account's login: "redaksi")."""
    found = _SUBMITTED.search(text) if len(text) <= MAX_BYLINE_LENGTH else None
    return [("author", found[1])] if found and not is_login(found[1]) else []


_SECTION_LINK = re.compile(r"^\[([^\]\n]{1,40})\]\(([^)\s]*(?:categor|kategori|kanal|rubrik|section)[^)\s]*)\)$",
                           re.IGNORECASE)


_LINK_LINE = re.compile(r"\s*(?:[-•»]\s*|\d{1,2}\\?\.\s*)?\[[^\]\n]+\]\([^)\s]+\)\s*")


def _without_junk_blocks(markdown: str, meta: PageMeta) -> tuple[str, list[RemovedLine]]:
    """The body without the paragraphs made of lines an element of their own would have lost (an old site's
    `<br>`-separated "ADVERTISEMENT" or "Cetak berita ini"), and without a section link over the text
    ("[Budaya](kategori.php?id=2)"); each listed."""
    blocks = markdown.rstrip("\n").split("\n\n") if markdown else []
    kept, removed = [], []
    for index, block in enumerate(blocks):
        section = _SECTION_LINK.match(block) if index < 2 else None
        plain = fold(re.sub(r"\\(.)", r"\1", re.sub(r"\[([^\]\n]*)\]\([^)\s]*\)", r"\1", block)))
        lines = block.split("\\\n")  # (a Markdown hard break: the page's single <br>)
        if section:
            reason = "section link"
        elif len(lines) > 1 and all(_LINK_LINE.fullmatch(line) for line in lines[1:]):
            reason = _junk_reason(fold(lines[0]), meta)  # ("Berita Terkait:" over a list of links)
        else:
            reason = _junk_reason(plain, meta) if "\n" not in block and not block.startswith(("#", ">", "!", "|")) \
                else None
        if reason:
            removed.append(RemovedLine(0, plain[:200], reason))
        else:
            kept.append(block)
    return ("\n\n".join(kept) + "\n" if kept else ""), removed


_CLOSING_INITIALS = re.compile(r"(?<=[.!?…\"”’])\s*\((?:[A-Za-z]{1,6}\s*/\s*)+[A-Za-z]{1,6}\)\.?$"
                               r"|(?<=[.!?…\"”’])\s*\((?:\\?\*){1,3}\)$")
"""An editor's initials closing the story's last paragraph: "… turun mutunya. (ra/mhd)", "… katanya. (*)"."""


def _without_closing_initials(markdown: str) -> tuple[str, list[RemovedLine]]:
    """The body without the editor's initials after its last paragraph's last sentence, and that part listed."""
    blocks = markdown.rstrip("\n").split("\n\n") if markdown else []
    if not blocks or not (found := _CLOSING_INITIALS.search(blocks[-1])):
        return markdown, []
    blocks[-1] = blocks[-1][:found.start()].rstrip()
    part = found[0].strip().replace("\\", "")
    return "\n\n".join(blocks) + "\n", [RemovedLine(0, part, "editor initials", part=True)]


def _dateline(markdown: str) -> str | None:
    """The place the story was filed from ("JAKARTA" of "JAKARTA, KOMPAS.com - …"); the body keeps it too."""
    first = next((block for block in markdown.split("\n\n") if block and block[0].isalpha()), "")
    found = shapes.find_dateline(first.replace("\\", ""))
    return found.place if found else None


# ------------------------------------------------------------------ what was left out


_UNITS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "dt", "dd", "caption",
          "pre", "a", "span", "div", "label", "small", "strong", "b", "em", "i", "time", "address"}
SEARCH_BUDGET = 20_000_000
"""Characters of the main text scanned, at most, to tell whether a block of the page is in it (then a block not
found by its exact text is taken as left out): keeps the listing linear on a hostile page."""
MAX_LISTED = 500


def _removed(document: "_Element", body: "_Element", meta: PageMeta, known: list[RemovedLine],
             lead: ImportedImage | None) -> list[RemovedLine]:
    """Every block of the page not in the article, with why: the title (to the front matter), the prompts taken
    out of the main text, and what trafilatura left out (menus, ads, related lists, comments, …), by where it
    stood. In page order, with its line; at most MAX_LISTED of them."""
    from lxml import etree

    kept = {fold(" ".join(e.itertext())) for e in body.iter() if isinstance(e.tag, str)}
    joined = fold(" ".join(body.itertext()))
    lines: dict[str, int] = {}
    out: list[RemovedLine] = []
    budget = [SEARCH_BUDGET]

    def found(text: str) -> bool:
        if text in kept:
            return True
        if budget[0] > 0:
            budget[0] -= len(joined)
            return text in joined
        return False

    listed = [item.text for item in known][:MAX_LISTED]
    caption = fold(f"{lead.caption or ''}") if lead is not None else ""

    root = document.find("body") if document.find("body") is not None else document
    reasons: list[str | None] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            if event == "start":
                walker.skip_subtree()
            continue
        if event == "end":
            reasons.pop()
            continue
        reason = _reason(element) or (reasons[-1] if reasons else None)
        reasons.append(reason)
        own = [fold(part) for part in (element.text, *(child.tail for child in element)) if part and part.strip()]
        if not own or element.tag not in _UNITS:
            continue
        text = fold(" ".join(element.itertext()))
        line = element.sourceline or 0
        lines.setdefault(text, line)
        if len(out) >= MAX_LISTED or found(text) or any(found(part) for part in own if len(part) > 1):
            continue
        if any(text in other for other in listed):
            continue  # (inside a block listed already)
        if caption and caption in text:
            reason = "picture caption " + TO_FRONT_MATTER
        out.append(RemovedLine(line, text[:200], reason or "not the main text"))
        walker.skip_subtree()
    first = [dataclasses.replace(r, line=r.line or lines.get(r.text, 0)) for r in known]
    if meta.title:
        first.insert(0, RemovedLine(lines.get(meta.title, 0), meta.title, "title " + TO_FRONT_MATTER))
    return sorted(_unique(first + out), key=lambda r: r.line)


def _unique(removed: list[RemovedLine]) -> list[RemovedLine]:
    """Each block once, with the first (most precise) reason given for it."""
    seen: set[tuple[int, str]] = set()
    out = []
    for item in removed:
        if (item.line, item.text) not in seen:
            seen.add((item.line, item.text))
            out.append(item)
    return out
