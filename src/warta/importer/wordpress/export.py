"""A WordPress export (WXR, the file Tools -> Export makes) -> one ImportedArticle per post.

What is imported, and why:
- posts (`wp:post_type` post) that are published, and scheduled ones (`future`: Warta holds an article
  dated in the future back until its time, as WordPress does); drafts and pending posts as `draft: true`;
- private and password-protected posts are skipped (publishing them would show what the newsroom kept
  from readers), as are trashed posts and auto-drafts; every other item (pages, attachments, menu items,
  revisions, reusable blocks) is skipped with its kind as the reason: every item is an article or a Skipped;
- the author is the `wp:author` whose login is the post's `dc:creator` (display name, else first and last
  name); the category is the Yoast / Rank Math primary category when the post names one, else its first
  category (WordPress's "Uncategorized" is none); the other categories and the post's tags become tags;
- dates are `wp:post_date_gmt` (UTC), else `wp:post_date` in the site's zone, with their time;
  `wp:post_modified_gmt` becomes `updated` when it is later;
- the slug is `wp:post_name` (percent-decoded: WordPress keeps Unicode slugs percent-encoded), and the old
  permalink's path (`<link>`) an alias, so old addresses redirect;
- the featured image (`_thumbnail_id`) and the pictures of the body are copied from `--uploads` when the
  file is there (only from inside that folder, never through a link out of it); without it, a featured image
  at an https URL is kept as a URL (used for og:image) and a body picture becomes a link.

The XML is read as a stream (lxml iterparse, each item dropped once read), with no DTD, no entity
expansion and no network."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import SplitResult, unquote, urlsplit

from warta.content.schema import check_alias
from warta.errors import ContentError, Problem
from warta.importer.html.convert import html_to_markdown, split_credit
from warta.importer.naming import slug_for
from warta.importer.pictures import PictureNames, local_file
from warta.importer.records import (FoundDate, ImportedArticle, ImportedImage, ReadOptions, Reading, RemovedLine,
                                     Skipped)
from warta.importer.wordpress.content import Attachment, expand, img_attribute, text_of
from warta.model.urls import article_path
from warta.years import check_year

WP_NAMESPACE = re.compile(r"^\{http://wordpress\.org/export/1\.[0-2]/\}")
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
EXCERPT_PREFIX = "{http://wordpress.org/export/"
UNCATEGORIZED = frozenset({"uncategorized", "tak-berkategori", "tidak-berkategori", "uncategorised"})
"""Slugs of WordPress's default category (English, Indonesian): a post "in" it has no category."""
DESCRIPTION_KEYS = ("_yoast_wpseo_metadesc", "rank_math_description", "_aioseo_description")
"""Post meta of SEO plugins holding the post's description: its summary when it has no excerpt."""
PRIMARY_CATEGORY_KEYS = ("_yoast_wpseo_primary_category", "rank_math_primary_category")
SKIPPED_STATUSES = {"private": "private post", "trash": "trashed post", "auto-draft": "auto-draft",
                    "inherit": "revision"}
"""Statuses of posts that are not imported, and the reason (a noun: the CLI counts "2 private posts skipped")."""
OTHER_KINDS = {
    "attachment": "attachment (used for the posts' pictures)",
    "page": "page (Warta's own pages are in pages/: copy it there by hand if it is still needed)",
    "nav_menu_item": "menu item", "revision": "revision", "wp_block": "reusable block",
    "wp_navigation": "navigation menu", "wp_template": "theme template", "wp_template_part": "theme template",
    "wp_global_styles": "theme setting", "custom_css": "theme setting", "customize_changeset": "theme setting",
    "oembed_cache": "embed cache entry", "user_request": "privacy request",
    "guest-author": "guest author profile (its name is used in bylines)",
}
"""Items that are not posts, and the reason they are skipped with; any other type is "`<type>` item"."""
UPLOADS_MARK = "/wp-content/uploads/"
_RESIZED = re.compile(r"-\d{2,5}x\d{2,5}(?=\.[A-Za-z0-9]+$)")
_NO_DATE = "0000-00-00 00:00:00"
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_IMG = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
_LINK = re.compile(r"<a\b[^<>]*>", re.IGNORECASE)
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".svg")


@dataclass(slots=True)
class _Item:
    """One `<item>` of the export, its fields as text."""

    fields: dict[str, str] = field(default_factory=dict)
    categories: list[tuple[str, str, str]] = field(default_factory=list)
    """(domain, nicename, name) of each `<category>`."""
    meta: dict[str, str] = field(default_factory=dict)
    old_slugs: list[str] = field(default_factory=list)
    """`_wp_old_slug` values: slugs the post had before (WordPress still redirects them)."""
    line: int | None = None


@dataclass(slots=True)
class _Export:
    """What the stream gave: the site's authors and categories, its attachments and its items."""

    authors: dict[str, str] = field(default_factory=dict)
    category_ids: dict[str, str] = field(default_factory=dict)
    """term id -> nicename, for the primary category, which plugins store by id."""
    attachments: dict[str, Attachment] = field(default_factory=dict)
    items: list[_Item] = field(default_factory=list)
    base_url: str | None = None
    version: str | None = None


def read(data: bytes, name: str, options: ReadOptions) -> Reading:
    """Read a WordPress export: its posts as articles, every other item accounted for as skipped."""
    data, controls = _without_controls(data, name)
    export = _parse(data, name)
    gallery: dict[str, list[Attachment]] = {}
    for attachment in export.attachments.values():
        if attachment.parent:
            gallery.setdefault(attachment.parent, []).append(attachment)
    articles, skipped, warnings = [], [], [controls] if controls else []
    plain_permalinks = 0
    for item in export.items:
        kind = item.fields.get("post_type", "post")
        what = f'{kind} "{item.fields.get("title") or "(no title)"}" (id {item.fields.get("post_id", "?")})'
        status = item.fields.get("status", "publish")
        if kind != "post":
            skipped.append(Skipped(what, OTHER_KINDS.get(kind, f"`{kind}` item (not a post)")))
        elif status in SKIPPED_STATUSES:
            skipped.append(Skipped(what, SKIPPED_STATUSES[status]))
        elif item.fields.get("post_password"):
            skipped.append(Skipped(what, "password-protected post"))
        else:
            article = _article(item, export, gallery, name, options)
            if not article.aliases and status in ("publish", "future") and "?" in item.fields.get("link", ""):
                plain_permalinks += 1
            articles.append(article)
    if plain_permalinks:
        warnings.append(Problem(name, None, None, f"{plain_permalinks} posts had only a plain permalink (?p=123)",
                                "a static site cannot redirect an address with a query string; those old "
                                "links will not reach the articles", warning=True))
    if not articles and not skipped:
        raise ContentError([Problem(name, None, None, "is a WordPress export without any item",
                                    "export again with Tools → Export → All content")])
    return Reading(tuple(articles), tuple(skipped), tuple(warnings))


_FORBIDDEN_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""The control characters XML 1.0 allows in no document (tab, line feed and carriage return it does)."""


def _without_controls(data: bytes, name: str) -> tuple[bytes, Problem | None]:
    """The export without the control characters XML does not allow, and a warning naming them (probe finding 15).
    One pasted from Word into a post (U+000B, Word's line break; U+000C, its page break) is kept by WordPress and
    written into the export as it is, which makes the whole file not well-formed: every export of that site has
    it. WordPress's own importer then reads the file with its fallback parser; here the characters go (a line
    break for Word's two, nothing for the others) and the rest is read as XML, with a warning. A UTF-16 file,
    whose bytes are not characters one by one, is left to the parser."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data, None
    first = _FORBIDDEN_CONTROL.search(data)
    if first is None:
        return data, None
    found: dict[int, int] = {}

    def replace(match: re.Match) -> bytes:
        found[match[0][0]] = found.get(match[0][0], 0) + 1
        return b"\n" if match[0] in (b"\x0b", b"\x0c") else b""

    data, count = _FORBIDDEN_CONTROL.subn(replace, data)
    which = ", ".join(f"U+{code:04X}" for code in sorted(found))
    return data, Problem(name, data.count(b"\n", 0, first.start()) + 1, None,
                         f"{count} control character{'s' * (count != 1)} ({which}) that XML does not allow taken "
                         "out, the first here (pasted from Word: U+000B is its line break, now a line break)",
                         "check the text around it; the rest of the export is read as it is", warning=True)


def _parse(data: bytes, name: str) -> _Export:
    """Stream the export's XML into an _Export; refuse what is not a well-formed WordPress export."""
    from lxml import etree  # only `warta import` needs lxml

    if declares_entities(data, (b"<rss",)):
        raise ContentError([Problem(name, 1, None, "declares XML entities in a DOCTYPE, which a WordPress export "
                                                   "never does; refused (it could expand to gigabytes)",
                                    "export the site again with Tools → Export")])
    try:
        export = _stream(data, name, huge=False)
    except etree.XMLSyntaxError as exc:
        if "too big" not in str(exc.msg) and "huge" not in str(exc.msg).lower():
            raise _not_well_formed(name, exc) from None
        # A post of more than 10 MB (pictures pasted into it as data): lxml reads it only with huge_tree, which
        # is safe here as no entity is declared (refused above).
        try:
            export = _stream(data, name, huge=True)
        except etree.XMLSyntaxError as again:
            raise _not_well_formed(name, again) from None
    if export.version is None:
        raise _not_an_export(name, "it has no <wp:wxr_version>")
    return export


def declares_entities(data: bytes, roots: tuple[bytes, ...]) -> bool:
    """True when a DOCTYPE before the root element (any of `roots`; the whole file without one) declares an
    entity: the way to billion laughs and to reading local files. WordPress and feeds never declare any."""
    found = [i for i in (data.find(root) for root in roots) if i >= 0]
    return _ENTITY_DECLARATION.search(data[: min(found)] if found else data) is not None


def _stream(data: bytes, name: str, huge: bool) -> _Export:
    """One pass over the export's XML, each item, author and category dropped from the tree once read."""
    from lxml import etree

    export = _Export()
    root_seen = False
    events = etree.iterparse(io.BytesIO(data), events=("start", "end"), resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=huge, remove_comments=True, remove_pis=True)
    for event, element in events:
        if event == "start":
            if not root_seen:
                root_seen = True
                if element.tag != "rss":
                    raise _not_an_export(name, f"its root element is <{_local(str(element.tag))}>, not <rss>")
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "item":
            _take_item(element, export)
        elif WP_NAMESPACE.match(tag):
            local = _local(tag)
            if local == "author":
                _take_author(element, export)
            elif local == "category":
                term = _child_text(element, "term_id")
                if term:
                    export.category_ids[term] = _child_text(element, "category_nicename") or ""
            elif local == "wxr_version":
                export.version = _text(element)
            elif local == "base_site_url":
                export.base_url = _text(element)
            else:
                continue
        else:
            continue
        # Free what was read: the parsed tree of a 500 MB export never has to be held whole.
        parent = element.getparent()
        element.clear(keep_tail=False)
        if parent is not None:
            while element.getprevious() is not None:
                del parent[0]
    return export


def _not_well_formed(name: str, exc) -> ContentError:
    return ContentError([Problem(name, exc.lineno or None, None, f"is not well-formed XML ({_one_line(exc.msg)})",
                                 "export it again from WordPress; a file cut short or edited by hand cannot be read")])


def _not_an_export(name: str, why: str) -> ContentError:
    return ContentError([Problem(name, None, None, f"is not a WordPress export: {why}",
                                 "use the file WordPress's Tools → Export makes (WXR), or import a feed")])


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:200]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element) -> str:
    """The text of an element: entity references (never expanded) are left out."""
    parts = [element.text or ""]
    parts += [child.tail or "" for child in element]
    return "".join(parts).strip()


def _child_text(element, local: str) -> str | None:
    for child in element:
        if isinstance(child.tag, str) and _local(child.tag) == local:
            return _text(child)
    return None


def _take_author(element, export: _Export) -> None:
    login = _child_text(element, "author_login") or ""
    display = _child_text(element, "author_display_name") or ""
    full = " ".join(p for p in (_child_text(element, "author_first_name"), _child_text(element, "author_last_name"))
                    if p)
    # WordPress sets the display name to the login until the author chooses one.
    name = full if full and (not display or display == login) else display or full or login
    if login:
        export.authors[login] = text_of(name)


def _take_item(element, export: _Export) -> None:
    item = _Item(line=element.sourceline)
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag
        if tag == "category":
            item.categories.append((child.get("domain") or "", child.get("nicename") or "", text_of(_text(child))))
        elif tag == CONTENT:
            item.fields["content"] = (child.text or "") + "".join(c.tail or "" for c in child)
        elif tag == DC_CREATOR:
            item.fields["creator"] = _text(child)
        elif tag.startswith(EXCERPT_PREFIX) and tag.endswith("}encoded"):
            item.fields["excerpt"] = _text(child)
        elif WP_NAMESPACE.match(tag) and _local(tag) == "postmeta":
            key, value = _child_text(child, "meta_key"), _child_text(child, "meta_value")
            if key:
                item.meta[key] = value or ""
                if key == "_wp_old_slug" and value:
                    item.old_slugs.append(value)
        elif WP_NAMESPACE.match(tag):
            item.fields[_local(tag)] = _text(child)
        elif "}" not in tag:
            item.fields[tag] = _text(child)
    kind, status = item.fields.get("post_type", "post"), item.fields.get("status", "publish")
    if kind != "post" or status in SKIPPED_STATUSES or item.fields.get("post_password"):
        # Only posts to import keep their text: an export's revisions alone can be larger than its posts.
        item.fields.pop("content", None)
        if kind != "attachment":  # (an attachment's excerpt is its caption)
            item.fields.pop("excerpt", None)
        item.meta = {k: v for k, v in item.meta.items() if k in ("_wp_attachment_image_alt", "cap-display_name")}
    if kind == "guest-author" and item.meta.get("cap-display_name"):
        # Co-Authors Plus: a byline for someone without a login, named by the post's `author` terms (cap-<slug>)
        export.authors.setdefault((item.fields.get("post_name") or "").removeprefix("cap-"),
                                  text_of(item.meta["cap-display_name"]))
    if kind == "attachment":
        post_id = item.fields.get("post_id", "")
        export.attachments[post_id] = Attachment(
            id=post_id, url=item.fields.get("attachment_url") or item.fields.get("guid") or "",
            alt=item.meta.get("_wp_attachment_image_alt") or None, caption=item.fields.get("excerpt") or None,
            title=item.fields.get("title") or None, parent=item.fields.get("post_parent") or None)
    export.items.append(item)


def _article(item: _Item, export: _Export, gallery: dict[str, list[Attachment]], name: str,
             options: ReadOptions) -> ImportedArticle:
    fields = item.fields
    where = f"{name} (post {fields.get('post_id', '?')}, line {item.line})"
    status = fields.get("status", "publish")
    title = text_of(fields.get("title", "")) or None  # (WordPress stores "&amp;" and tags in titles)
    authors = _authors(item, export)
    category, tags = _categories(item, export)
    date = _date(fields.get("post_date_gmt"), fields.get("post_date"), "post_date", options)
    updated = _date(fields.get("post_modified_gmt"), fields.get("post_modified"), "post_modified", options)
    if updated is not None and (date is None or updated.value <= date.value):
        updated = None
    slug = unquote(fields.get("post_name") or "") or None
    link = fields.get("link") or ""
    aliases = _aliases(link, fields.get("post_name") or "", item.old_slugs) if status in ("publish", "future") else ()
    base = ImportedArticle(name=where, title=title, date=date, updated=None, authors=(), editors=(), source=None,
                           dateline=None, tags=(), body="", removed=(), warnings=(), slug=slug)
    final_slug = slug_for(base)
    # An old permalink that is already the article's address on Warta (/artikel/<slug>/) needs no redirect.
    aliases = tuple(a for a in aliases if a.strip("/") != article_path(final_slug).strip("/"))
    warnings: list[str] = []
    pictures = _Pictures(final_slug, options.uploads, warnings)
    content = expand(fields.get("content", ""), fields.get("post_id", ""), export.attachments,
                     lambda post: gallery.get(post, []))
    warnings += content.warnings
    body_html, left_out = _without_escaping_uploads(content.html, warnings)
    converted = html_to_markdown(body_html, picture=pictures.place, base_url=link_base(link, export.base_url),
                                 title=title)
    warnings += converted.notes
    if not converted.body.strip() and text_of(content.html):
        warnings.append("no text of the post is left after converting it to Markdown: copy it by hand")
    image = _featured(item, export, pictures, warnings)
    summary = next((text_of(v) for v in (fields.get("excerpt"), *(item.meta.get(k) for k in DESCRIPTION_KEYS))
                    if v and text_of(v)), None)
    published = status in ("publish", "future") and link.lower().startswith(("https://", "http://"))
    return ImportedArticle(
        name=where, title=title, date=date, updated=updated, authors=authors, editors=(), source=None,
        dateline=None, tags=tags, body=converted.body, slug=slug, aliases=aliases,
        removed=tuple(RemovedLine(item.line or 0, text, "shortcode not shown") for text in content.removed)
        + tuple(RemovedLine(item.line or 0, url[:200], "picture outside the uploads folder") for url in left_out)
        + converted.removed,
        category=category, summary=summary, draft=status in ("draft", "pending"), image=image,
        pictures=converted.pictures, source_url=link if published else None,
        warnings=tuple(Problem(where, None, None, w, warning=True) for w in dict.fromkeys(warnings)))


def _authors(item: _Item, export: _Export) -> tuple[str, ...]:
    """The post's authors: Co-Authors Plus's (`<category domain="author" nicename="cap-login">`), else `dc:creator`;
    each login shown by its `wp:author` name."""
    logins = [nice.removeprefix("cap-") or label for domain, nice, label in item.categories if domain == "author"]
    if not logins and item.fields.get("creator"):
        logins = [item.fields["creator"]]
    names = [export.authors.get(login) or export.authors.get(login.lower()) or login for login in logins if login]
    return tuple(dict.fromkeys(text_of(name) for name in names if text_of(name)))


def _categories(item: _Item, export: _Export) -> tuple[str | None, tuple[str, ...]]:
    """(category, tags): the primary or first category; the other categories and the post tags as tags."""
    categories = [(nice, label) for domain, nice, label in item.categories
                  if domain == "category" and label and nice.lower() not in UNCATEGORIZED]
    post_tags = [label for domain, _, label in item.categories if domain == "post_tag" and label]
    primary = next((export.category_ids.get(item.meta[k]) for k in PRIMARY_CATEGORY_KEYS if item.meta.get(k)), None)
    categories.sort(key=lambda pair: pair[0] != primary)  # stable: the primary first, the others in order
    category = categories[0][1] if categories else None
    tags = [label for _, label in categories[1:]] + post_tags
    return category, tuple(dict.fromkeys(" ".join(t.split()) for t in tags))


def _date(gmt: str | None, local: str | None, field_name: str, options: ReadOptions) -> FoundDate | None:
    """A post's date-time: the UTC one shown in the site's zone, else the local one taken as the site's zone."""
    for value, is_utc in ((gmt, True), (local, False)):
        if not value or value.strip() == _NO_DATE:
            continue
        try:
            parsed = datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        if check_year(parsed) is not None:
            continue
        if is_utc:
            when = parsed.replace(tzinfo=timezone.utc).astimezone(options.zone)
            origin = f"wp:{field_name}_gmt of the export (UTC), in the site's zone"
        else:
            when = parsed.replace(tzinfo=options.zone)
            origin = f"wp:{field_name} of the export, taken as the site's zone ({options.zone.key})"
        return FoundDate(when, True, origin)
    return None


def _aliases(link: str, slug: str, old_slugs: list[str]) -> tuple[str, ...]:
    """The old permalink's path, percent-decoded ("/2024/06/12/judul/"), and the same path with each slug the
    post had before (`_wp_old_slug`: WordPress redirects those too), when Warta can redirect them."""
    parts = split_url(link)
    if parts is None or parts.query or not parts.path.strip("/"):
        return ()
    paths = [parts.path]
    segments = parts.path.split("/")
    if slug and slug in segments:
        at = len(segments) - 1 - segments[::-1].index(slug)
        paths += ["/".join(segments[:at] + [old] + segments[at + 1:]) for old in old_slugs if "/" not in old]
    decoded = (unquote(path) for path in dict.fromkeys(paths))
    return tuple(path for path in dict.fromkeys(decoded) if not check_alias(path))


def escapes_uploads(url: str) -> bool:
    """Whether an address in the uploads folder has a `.` or `..` segment (percent-encoded or with `\\` too):
    WordPress never writes one, and the path would lead out of the folder (probe finding 10)."""
    parts = split_url(url.strip())
    path = unquote(parts.path if parts is not None else url).replace("\\", "/")
    return UPLOADS_MARK.strip("/") in path and any(part in (".", "..") for part in path.split("/"))


def _without_escaping_uploads(body: str, warnings: list[str]) -> tuple[str, list[str]]:
    """The post's HTML without the pictures whose uploads address leads out of the folder (`uploads/../../x`),
    and without the links to such an address (their text kept): neither a copy, nor a link, nor og:image may
    name one. The addresses left out are returned, each with a warning."""
    left_out: list[str] = []

    def picture(match: re.Match) -> str:
        sources = [img_attribute(match[0], name) for name in ("src", "data-src", "data-lazy-src", "data-original")]
        escaping = next((src for src in sources if src and escapes_uploads(src)), None)
        if escaping is None:
            return match[0]
        left_out.append(escaping)
        warnings.append(f"picture {escaping[:120]} has `..` in its path, which leads out of the uploads folder "
                        "(WordPress never writes one): left out")
        return ""

    def link(match: re.Match) -> str:
        href = img_attribute(match[0], "href")
        return "<a>" if href and escapes_uploads(href) else match[0]

    return _LINK.sub(link, _IMG.sub(picture, body)), left_out


def link_base(*addresses: str | None) -> str | None:
    """The first address relative links can be resolved against (an http(s) URL Python can split)."""
    for address in addresses:
        parts = split_url(address or "")
        if parts is not None and parts.scheme in ("http", "https") and parts.netloc:
            return address
    return None


def split_url(url: str) -> SplitResult | None:
    """The parts of an address, or None for one Python cannot split (`https://[x/`: a bad IPv6 host)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def _featured(item: _Item, export: _Export, pictures: _Pictures, warnings: list[str]) -> ImportedImage | None:
    thumbnail = item.meta.get("_thumbnail_id")
    if not thumbnail:
        return None
    attachment = export.attachments.get(thumbnail)
    if attachment is None or not attachment.url:
        warnings.append(f"the featured image (attachment {thumbnail}) is not in the export")
        return None
    if escapes_uploads(attachment.url):
        warnings.append(f"the featured image {attachment.url} has `..` in its path, which leads out of the uploads "
                        "folder (WordPress never writes one): left out")
        return None
    caption, credit = split_credit(attachment.caption) if attachment.caption else (None, None)
    alt = attachment.alt or caption or None
    if attachment.alt is None:
        warnings.append("the featured image has no alt text in WordPress" +
                        (": its caption is used; check it" if alt else ": write one under image: alt"))
    local, missing = pictures.found_or_why(attachment.url)
    if local is not None:
        src, copy_from = local
        return ImportedImage(src, alt, caption or None, credit, copy_from)
    if attachment.url.lower().startswith("https://"):
        # (One warning: why the upload was not copied, if it was looked for, and what to do.)
        advice = (f"{missing}; copy it into the uploads folder and import again" if missing
                  else "copy it into the uploads folder and import again" if pictures.uploads is not None
                  else "pass --uploads with the site's wp-content/uploads folder to copy it")
        warnings.append(f"the featured image stays at {attachment.url} (used only for sharing cards): {advice}")
        return ImportedImage(attachment.url, alt, caption or None, credit, None)
    warnings.append(f"the featured image {attachment.url} is not https and "
                    + (f"not copied ({missing}): left out" if missing else "not under --uploads: left out"))
    return None


class _Pictures:
    """The pictures of one post: a WordPress upload found under --uploads is copied to foto/<slug>/; any other
    picture is not shown (Warta publishes only its own copies), and becomes a link to it."""

    def __init__(self, slug: str, uploads: Path | None, warnings: list[str]) -> None:
        self.slug, self.warnings = slug, warnings
        self.uploads = uploads.resolve() if uploads is not None else None
        self.found: dict[str, tuple[str, Path]] = {}
        self.names = PictureNames(slug)
        self.named: dict[Path, str] = {}

    def local(self, url: str) -> tuple[str, Path] | None:
        """(src, file) for an uploaded picture found under --uploads, or None (with a warning when it was
        looked for there and is not there)."""
        found, missing = self.found_or_why(url)
        if missing:
            self.warnings.append(missing)
        return found

    def found_or_why(self, url: str) -> tuple[tuple[str, Path] | None, str | None]:
        """((src, file), None) for an uploaded picture found under --uploads; else (None, why it was not
        copied), or (None, None) when it is no upload or there is no --uploads to look in."""
        if url in self.found:
            return self.found[url], None
        if self.uploads is None:
            return None, None
        parts = split_url(url)
        path = unquote(parts.path) if parts is not None else ""
        if UPLOADS_MARK not in path:
            return None, None
        relative = path.split(UPLOADS_MARK, 1)[1]
        if not relative.lower().endswith(IMAGE_EXTENSIONS):
            return None, None
        # A body picture is usually a resized copy (foto-1024x683.jpg): the original is better, if it is there.
        reason = "no such file"
        for candidate in dict.fromkeys((_RESIZED.sub("", relative), relative)):
            file, why = self._inside(candidate)
            if file is not None:
                src = self._src(file)
                self.found[url] = (src, file)
                return self.found[url], None
            reason = why if why != "no such file" else reason
        return None, f"{relative} is not copied from the uploads folder: {reason}"

    def _inside(self, relative: str) -> tuple[Path | None, str]:
        """(the file at `relative` under --uploads, "") only if it is a regular file there after every link is
        followed (a link out of the folder, `..`, or an absolute path is never followed), else (None, why)."""
        assert self.uploads is not None
        if "\x00" in relative or any(part in ("", ".", "..") for part in relative.split("/")):
            return None, "its path leads out of the folder"
        file, why = local_file(self.uploads / relative, self.uploads)  # (inside, a regular file, a real picture)
        if why is not None and why.startswith("outside"):
            why = "it is a link to a file outside the folder"
        return file, why or ""

    def _src(self, file: Path) -> str:
        """The picture's name beside the article; one file (reached by two addresses) gets one name."""
        if file not in self.named:
            self.named[file] = self.names.name(file.name)
        return self.named[file]

    def place(self, src: str, alt: str | None) -> ImportedImage | None:
        """The converter's picture hook: a body picture found under --uploads, to be copied beside the article."""
        local = self.local(src)
        return ImportedImage(local[0], alt, copy_from=local[1]) if local is not None else None
