"""Stage 2: render an article's Markdown once into a RenderedBody value (html, toc, text)."""

from __future__ import annotations

import html
import math
import re
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markupsafe import Markup
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.attrs import attrs_plugin
from mdit_py_plugins.footnote import footnote_plugin
from slugify import slugify

from warta.config import SiteConfig
from warta.content.schema import SourceArticle
from warta.errors import Problem
from warta.images.markup import figure, picture
from warta.images.photos import ArticlePhotos, Photo
from warta.images.source import ImageSource
from warta.pickling import FastPickle, named, pack_rows, unpack_rows

SUMMARY_LENGTH = 160
_BAD_SCHEMES = re.compile(r"^\s*(javascript|vbscript|file|data):", re.IGNORECASE)


class Heading(NamedTuple):
    """A section heading of an article, for the table of contents."""

    level: int
    """2 for a section, 3 for a subsection (after any level shift)."""
    text: str
    """Plain text of the heading."""
    anchor: str
    """The heading's `id`, unique within the article."""


class BodyLink(NamedTuple):
    """A link or image in an article's Markdown, for the link check (`warta check`)."""

    url: str
    """The href or src as the editor wrote it (a reference link already resolved)."""
    line: int
    """1-based line in the body; the file's line is `SourceArticle.body_line + line - 1`."""
    image: bool = False
    """An image's src rather than a link's href."""


class Oversize(NamedTuple):
    """A body whose HTML would be far larger than its Markdown, and why."""

    line: int
    """1-based line in the body where the cause is."""
    message: str
    hint: str


MAX_GROWTH = 50
"""An article body's HTML may be at most this many times as long as its Markdown (plus GROWTH_SLACK
characters): a few times is usual (tags, escaped quotes), more means something is repeated."""
GROWTH_SLACK = 100_000


@dataclass(frozen=True, slots=True)
class RenderedBody(FastPickle):
    """Everything the later stages need from an article's Markdown.

    Headings and links are held packed (`warta.pickling.pack_rows`; ten thousand articles have some
    eighty thousand headings and a hundred thousand links), read as rows through `outline` and
    `link_rows`, by name through `headings` and `links`: few are ever read, by the pages and link
    checks of the articles a build renders."""

    packed: bytes
    """The body as HTML (safe: raw HTML escaped unless the site allows it), packed: see `pack_html`. (In a
    build, a body rendered by it waits in a file until a page shows it: then this is a stand-in for the
    bytes, `bytes(packed)` gives them; see `builder/spill.py`.)"""
    packed_outline: bytes
    """(level, text, anchor) of the `##` and `###` headings, in order, packed: `outline` unpacks them,
    `headings` names them. (In a build, they wait in a file as the body does: see `packed`.)"""
    word_count: int
    """Words in the body's plain text."""
    first_paragraph: str
    """Plain text of the first paragraph, the fallback summary: its first `SUMMARY_LENGTH` + 1 characters,
    all that `shorten` reads of it (a whole paragraph, kept for every article of a build, took 650 bytes
    an article). Empty in an article's body (`render_article`), whose `Article.summary` is made of it."""
    packed_links: bytes = b""
    """(url, line, image) of every link and image, in order, packed: `link_rows` unpacks them, `links`
    names them."""
    too_deep: int | None = None
    """Body line (1-based) of the first list or quote nested past markdown-it's limit, whose
    content the parser drops; the build reports it as an error instead of losing text."""
    too_large: Oversize | None = None
    """Why the body was not rendered: its HTML would be far larger than its Markdown (issue 21);
    the body is then empty and the build reports this as an error."""

    def __reduce__(self):
        return RenderedBody, (bytes(self.packed), bytes(self.packed_outline), self.word_count, self.first_paragraph,
                              self.packed_links, self.too_deep, self.too_large)

    @property
    def outline(self) -> tuple[tuple[int, str, str], ...]:
        """(level, text, anchor) of the `##` and `###` headings, in order."""
        return unpack_rows(self.packed_outline)

    @property
    def headings(self) -> tuple[Heading, ...]:
        """`##` and `###` headings in order."""
        return named(Heading, self.outline)

    @property
    def link_rows(self) -> tuple[tuple[str, int, bool], ...]:
        """(url, line, image) of every link and image, in order."""
        return unpack_rows(self.packed_links)

    @property
    def links(self) -> tuple[BodyLink, ...]:
        """Every link and image, in order, with its line."""
        return named(BodyLink, self.link_rows)

    @property
    def html(self) -> Markup:
        return unpack_html(self.packed)


@dataclass(frozen=True, slots=True)
class Article(FastPickle):
    """A SourceArticle with its body rendered: the unit of the site model."""

    source: SourceArticle
    """The validated front matter and raw body."""
    body: RenderedBody
    """The rendered body."""
    summary: str
    """`summary` from front matter, else the start of the first paragraph."""
    note_html: str | None
    """The editor's note rendered as inline Markdown, if any."""
    reading_minutes: int
    """Estimated reading time, at least 1."""
    lead: Photo | None = None
    """The lead photo, found and checked (an https `image` is not shown: it has none)."""
    images: tuple[ImageSource, ...] = ()
    """Every image file the article shows (lead and figures), by path: what the build publishes."""
    correction_html: tuple[str, ...] = ()
    """Each correction's text as HTML, in the order of `source.corrections`."""
    retraction_html: str | None = None
    """The retraction's reason as HTML, when the article was withdrawn."""
    digest: str = ""
    """Fingerprint of everything above (with the Markdown source): what the article's views show;
    set by the build (`builder/fingerprints.py`, `article_digests`)."""
    card_digest: str = ""
    """Fingerprint of what listings show of it (`CARD_FIELDS`): set by the build with `digest`."""

    @property
    def slug(self) -> str:
        return self.source.slug


def pack_html(html: str) -> bytes:
    """HTML as compressed UTF-8, the way a build holds every article body until a page shows it.

    A Python string with one character beyond Latin-1 (an em dash, a curly quote: most news text)
    takes two or four bytes per character; a 10,000-article archive's bodies took 150 MB that way,
    and 25 MB packed. Unpacking one takes about 20 microseconds."""
    return zlib.compress(html.encode("utf-8"), 1)


def unpack_html(packed: bytes) -> Markup:
    return Markup(zlib.decompress(bytes(packed)).decode("utf-8"))  # (bytes(): see `RenderedBody.packed`)


def _validate_link(url: str) -> bool:
    """Refuse script-running and local-file schemes in links and images (also `data:`), also when
    hidden by percent-encoding or by the tabs, line breaks and control characters browsers drop
    from URLs (`java&#x09;script:` reaches here as `java%09script:`)."""
    bare = "".join(c for c in unquote(url) if c > " ")
    return not (_BAD_SCHEMES.match(url) or _BAD_SCHEMES.match(bare))


@lru_cache(maxsize=4)
def make_parser(allow_html: bool) -> MarkdownIt:
    """The one markdown-it-py set-up: CommonMark + tables + strikethrough + footnotes + anchors."""
    # (store_labels: a reference link's token names its reference, for the size check's message)
    md = MarkdownIt("commonmark", {"html": allow_html, "typographer": False, "xhtmlOut": False, "store_labels": True})
    md.enable(["table", "strikethrough"])
    md.core.ruler.at("normalize", normalize_source)
    md.use(footnote_plugin)
    md.use(anchors_plugin, min_level=1, max_level=4, slug_func=_anchor_slug)
    # `![alt](foto/x.jpg "caption"){credit="Antara/Budi"}`: a figure's credit (and `{.dekoratif}`,
    # a decorative picture); no other attribute, so no `onerror=` either.
    md.use(attrs_plugin, after=("image",), allowed=("credit", "class"))
    md.validateLink = _validate_link

    default_image = md.renderer.rules.get("image")

    # add_render_rule binds the function to the renderer, so it receives the renderer first.
    def render_image(renderer, tokens, idx, options, env):
        photo: Photo | None = tokens[idx].meta.get("photo")
        if photo is not None:
            widths, base_path = env["images"]
            if tokens[idx].meta.get("figure"):
                return figure(photo, widths, base_path) + "\n"
            return picture(photo, widths, base_path)
        tokens[idx].attrSet("loading", "lazy")
        tokens[idx].attrSet("decoding", "async")
        return default_image(tokens, idx, options, env)

    md.add_render_rule("image", render_image)
    return md


def normalize_source(state: StateCore) -> None:
    """markdown-it-py's first core rule, the same text by `str.replace`: line endings as `\n`, NUL as U+FFFD.

    (Its own rule substitutes every `\n` with a `\n` through a regular expression: about a fiftieth of a
    3,000-article `--jobs 1` build, sampled; issue 22.)"""
    text = state.src
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:
        text = text.replace("\0", "\ufffd")
    state.src = text


PAGE_IDS = frozenset({"konten", "daftar-isi", "catatan-redaksi", "artikel-terkait", "ralat", "ralat-judul",
                      "hak-jawab", "dicabut", "cari-situs", "kata-kunci", "pencarian", "status-pencarian"})
"""The `id`s the theme's templates give parts of a page around the body: a heading is never given one
of them (nor a correction's `ralat-…`), or a link to it would lead elsewhere (the Nu checker: duplicate ID)."""


@lru_cache(maxsize=4096)
def _anchor_slug(text: str) -> str:
    """The anchor of a heading with this text (before the anchors plugin makes repeated ones unique).

    Kept per text in each process: a site repeats its section headings ("Analisis", "Latar belakang")
    from article to article, and python-slugify took about a twentieth of a 3,000-article `--jobs 1`
    build (profile: 19,835 headings, 1.45 s of 42.8 s under cProfile; issue 22)."""
    slug = slugify(text, max_length=80, word_boundary=True) or "bagian"
    return f"{slug}-bagian" if slug in PAGE_IDS or slug.startswith("ralat-") else slug


def render_article(article: SourceArticle, config: SiteConfig, photos: ArticlePhotos | None = None) -> Article:
    """Render one article: a pure function of the article, the config and the image files it
    names, which `photos` finds and checks (without it, pictures are left as plain `<img>`)."""
    md = make_parser(config.allow_html)
    body = render_markdown(md, article.body, config.base_path, photos, config.image_widths, article.body_line,
                           sponsored_by=_site_host(config) if article.sponsored else None)
    summary = article.summary or shorten(body.first_paragraph, SUMMARY_LENGTH)
    inline = partial(_render_inline, md, article, config, photos)
    note_html = inline(article.note, "note", None, "the editor's note") if article.note else None
    corrections = tuple(inline(c.text, "corrections", c.line, "a correction") for c in article.corrections)
    retraction = article.retracted
    retraction_html = inline(retraction.reason, "retracted", retraction.line, "a retraction's reason") \
        if retraction else None
    minutes = max(1, math.ceil(body.word_count / config.words_per_minute))
    lead = _lead_photo(article, photos)
    # The Markdown source has served its purpose: keep the rendered body only (memory, cache size). So has
    # the first paragraph, once the summary is made of it: a build held both for every article to its
    # end (issue 20: 0.25 KB an article of the bench corpus, the two largely the same text).
    body = replace(body, first_paragraph="")
    return Article(source=replace(article, body=""), body=body, summary=summary, note_html=note_html,
                   reading_minutes=minutes, lead=lead,
                   images=photos.sources if photos else (), correction_html=corrections,
                   retraction_html=retraction_html)


def _render_inline(md: MarkdownIt, article: SourceArticle, config: SiteConfig, photos: ArticlePhotos | None,
                   text: str, key: str, line: int | None, what: str) -> str:
    """One line of inline Markdown of the front matter (the editor's note, a correction, a retraction's
    reason) as HTML; a picture there is an error (`photos` collects it), as these are text only."""
    tokens = md.parseInline(text, {})
    pictures = [c.attrGet("src") for t in tokens for c in t.children or () if c.type == "image"]
    if photos is not None and pictures:
        photos.problems.append(Problem(article.path, line, key, f'holds a picture ("{pictures[0]}"); {what} '
                                       "is text only", "show the picture in the body, as a figure"))
    _link_under_base(tokens, config.base_path)
    return md.renderer.render(tokens, md.options, {})


def _site_host(config: SiteConfig) -> str:
    return urlsplit(config.base_url).netloc.lower()


def _mark_sponsored(tokens: list[Token], site_host: str) -> None:
    """`rel="sponsored"` on every link that leaves the site, in an article paid for or issued by
    someone else (Google's rule for paid links; the Press Council's for advertorials): Markdown links,
    and the `<a>` tags of raw HTML where the site allows it (an advertiser's pasted HTML)."""
    for token in tokens:
        if token.type == "html_block":
            token.content = _OPENING_A.sub(partial(_sponsored_tag, site_host), token.content)
        for child in token.children or ():
            if child.type == "html_inline":
                child.content = _OPENING_A.sub(partial(_sponsored_tag, site_host), child.content)
            elif child.type == "link_open" and _leaves(str(child.attrGet("href") or ""), site_host):
                child.attrSet("rel", "sponsored")


_OPENING_A = re.compile(r"<a(?=[\s>])[^>]*>", re.IGNORECASE)
_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_REL = re.compile(r"""\srel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _leaves(href: str, site_host: str) -> bool:
    """Whether a link leads off the site (another host, or a protocol-relative address)."""
    parts = urlsplit(href.strip())
    return href.strip().startswith("//") or parts.scheme in ("http", "https") and parts.netloc.lower() != site_host


def _sponsored_tag(site_host: str, match: re.Match) -> str:
    """One raw `<a …>` tag with "sponsored" in its `rel` when its href leaves the site."""
    tag = match[0]
    href = _HREF.search(tag)
    if href is None or not _leaves(html.unescape(next(g for g in href.groups() if g is not None)), site_host):
        return tag
    rel = _REL.search(tag)
    if rel is None:
        return f'<a rel="sponsored"{tag[2:]}'
    words = next(g for g in rel.groups() if g is not None)
    if "sponsored" in words.lower().split():
        return tag
    return f'{tag[:rel.start()]} rel="{html.escape(words, quote=True)} sponsored"{tag[rel.end():]}'


DISCOVER_WIDTH = 1200
"""Google Discover shows a large preview only for images at least this wide."""


def _lead_photo(article: SourceArticle, photos: ArticlePhotos | None) -> Photo | None:
    """The lead image as the page shows it (None for none, or an https URL: og:image only)."""
    image = article.image
    if image is None or image.remote or photos is None:
        return None
    photo = photos.photo(image.src, image.line, "image", image.alt, image.caption, image.credit, image.focus)
    if photo is not None and photo.source.kind != "svg" and photo.source.width < DISCOVER_WIDTH:
        photos.warn(image.line, "image", f'"{image.src}" is {photo.source.width} pixels wide, less than the '
                    f"{DISCOVER_WIDTH} Google Discover needs for a large preview",
                    f"use a photo at least {DISCOVER_WIDTH} pixels wide")
    return photo


def render_markdown(md: MarkdownIt, text: str, base_path: str = "/", photos: ArticlePhotos | None = None,
                    widths: tuple[int, ...] = (), first_line: int = 1, sponsored_by: str | None = None
                    ) -> RenderedBody:
    """Parse once, adjust tokens (heading levels, site links, pictures), collect headings and text,
    render. The body starts at line `first_line` of its file (for the pictures' problems). For a
    sponsored article, `sponsored_by` is the site's own host: links elsewhere get `rel="sponsored"`."""
    tokens = md.parse(text, {})
    limit = MAX_GROWTH * len(text) + GROWTH_SLACK
    # Issue 21: a reference link repeats its definition's address and title at every use, so 62 KB of
    # `[a]: / "<10 KB title>"` and five thousand `[a]` made a 382 MB site (and 160 KB ran out of
    # memory). Their size is known from the tokens, before anything is rendered.
    too_large = _repeated_references(tokens, text, limit)
    if too_large is not None:
        return RenderedBody(packed=pack_html(""), packed_outline=b"", word_count=0, first_paragraph="",
                            too_large=too_large)
    links = body_links(tokens)  # as written, before the base path is put in front
    if photos is not None:
        _find_photos(tokens, photos, first_line)
    _link_under_base(tokens, base_path)
    if sponsored_by is not None:
        _mark_sponsored(tokens, sponsored_by)
    # The page's <h1> is the article title, so a body that uses `#` is shifted one level down.
    shift = 1 if any(t.type == "heading_open" and t.tag == "h1" for t in tokens) else 0
    headings: list[Heading] = []
    word_count = 0
    first_paragraph = ""
    for index, token in enumerate(tokens):
        if token.type in ("th_open", "td_open"):
            _align_by_class(token)
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + shift, 6)}"
        if token.type == "heading_open":
            level = int(token.tag[1])
            inline = tokens[index + 1]
            if level in (2, 3):
                headings.append(Heading(level, inline_text(inline), str(token.attrGet("id") or "")))
        if token.type == "inline":
            words = _raw_text(token.children or ()).split()
            word_count += len(words)
            if not first_paragraph and index and tokens[index - 1].type == "paragraph_open" and words:
                first_paragraph = " ".join(words)[:SUMMARY_LENGTH + 1]
                _mark_dateline(token)
    html = md.renderer.render(tokens, md.options, {"images": (widths, base_path)})
    if len(html) > limit:  # what else repeats (a table's empty cells, for one): checked once rendered
        too_large = Oversize(1, f"renders to {_size(len(html))} of HTML from {_size(len(text))} of Markdown, more "
                                f"than {MAX_GROWTH} times as much", "look for something repeated many times, such as a "
                                                                    "table with many columns and rows that leave them empty")
        return RenderedBody(packed=pack_html(""), packed_outline=b"", word_count=0, first_paragraph="",
                            too_large=too_large)
    return RenderedBody(packed=pack_html(html), packed_outline=pack_rows(headings), word_count=word_count,
                        first_paragraph=first_paragraph, packed_links=pack_rows(links),
                        too_deep=_too_deep(tokens, md.options["maxNesting"]))


DATELINE = re.compile(r"(?:[A-Z][A-Z.'-]+ ){0,3}[A-Z][A-Z.'-]{2,}(?:, [\w.]+| \([\w .]+\))? ?[—–-]{1,2}(?= )")
"""A dateline opening the first paragraph, as Indonesian newsrooms write it: the place in capitals, maybe the
publisher, and a dash ("JAKARTA —", "JAKARTA, KOMPAS.com —", "BANDA ACEH (ANTARA) -")."""


def _mark_dateline(inline: Token) -> None:
    """Wrap the first paragraph's dateline in `<b class="dateline">`, for the theme to set it as one."""
    children = inline.children or []
    found = DATELINE.match(children[0].content) if children and children[0].type == "text" else None
    if found is None:
        return
    rest = Token("text", "", 0, content=children[0].content[found.end():])
    mark = Token("html_inline", "", 0, content=f'<b class="dateline">{html.escape(found.group())}</b>')
    inline.children = [mark, rest, *children[1:]]


_CREDIT_WORD = re.compile(r"(?:foto|grafis|ilustrasi|infografis|dok)\s*:", re.IGNORECASE)
"""Where a caption's credit starts: "Rapat di Jakarta. (Foto: Antara/Budi)"."""


def _split_credit(title: str) -> tuple[str | None, str | None]:
    """(caption, credit) of a title that ends in its credit, else (title, None). The credit is in the
    title's last part without brackets (less a closing one), from its first credit word on.

    No regular expression over the whole title: one that let whitespace and the brackets be matched
    in several ways took minutes on a title of a few thousand spaces (a stalled build)."""
    head = title.rstrip()
    head = head[:-1] if head.endswith(")") else head
    last = max(head.rfind("("), head.rfind(")")) + 1
    found = _CREDIT_WORD.search(head, last)
    if found is None or found.end() == len(head):  # ("Foto:" with nothing after it)
        return title, None
    credit = head[found.start():].rstrip()
    credit = credit if len(credit) > found.end() - found.start() else head[found.start():found.end() + 1]
    caption = head[:found.start()].rstrip()
    if len(caption) == last and caption.endswith("("):  # "Caption (Foto: …)": the bracket goes too
        caption = caption[:-1]
    return caption.strip() or None, credit


def _find_photos(tokens: list[Token], photos: ArticlePhotos, first_line: int) -> None:
    """Find each picture's file (`photos`) and mark the token to be rendered as a `<picture>`; a
    paragraph holding a picture alone becomes a `<figure>` with its caption (the title).

    The text of an inline footnote (`^[… ![x](y.jpg)]`) comes at the end with no line of its own:
    its pictures are checked too, at the line of the footnote's mark."""
    marks: dict[int, int] = {}  # footnote id -> line of its mark in the text
    note_line = first_line
    for index, token in enumerate(tokens):
        if token.type == "footnote_open":
            note_line = marks.get(token.meta.get("id"), note_line)
        if token.type != "inline":
            continue
        line = first_line + token.map[0] if token.map is not None else note_line
        children = token.children or []
        for child in children:
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "footnote_ref":
                marks.setdefault(child.meta.get("id"), line)
            elif child.type == "image":
                child.meta["photo"] = _photo(child, photos, line)
                # (an alt text or a title over several lines: the next picture is that much lower)
                line += sum(c.type in ("softbreak", "hardbreak") for c in child.children or ())
            if child.type in ("image", "link_open"):
                line += str(child.attrGet("title") or "").count("\n")
        alone = [c for c in children if not (c.type == "text" and not c.content.strip())]
        if (len(alone) == 1 and alone[0].type == "image" and alone[0].meta.get("photo") is not None
                and tokens[index - 1].type == "paragraph_open" and tokens[index + 1].type == "paragraph_close"):
            alone[0].meta["figure"] = True
            tokens[index - 1].hidden = tokens[index + 1].hidden = True


def _photo(image: Token, photos: ArticlePhotos, line: int) -> Photo | None:
    """The picture an image token names, with its alt text, caption and credit."""
    src = unquote(str(image.attrGet("src") or ""))
    if src.lower().startswith(("http:", "https:", "//")):
        photos.problems.append(Problem(photos.path, line, "body", f'"{src}" is a picture on another site',
                                       "save it beside the article (with the right to publish it) and name its file: "
                                       "`![…](foto/nama.jpg)`; readers' browsers should not fetch from other sites"))
        return None
    alt = _children_text(image.children or ())
    decorative = "dekoratif" in str(image.attrGet("class") or "").split()
    title = str(image.attrGet("title") or "").strip() or None
    credit = str(image.attrGet("credit") or "").strip() or None
    if title and credit is None:
        title, credit = _split_credit(title)
    return photos.photo(src, line, "body", "" if decorative else alt or None, title, credit)


def _repeated_references(tokens: list[Token], text: str, limit: int) -> Oversize | None:
    """Whether the addresses and titles of the body's links and images add up to more than `limit`
    characters (each use of a reference link repeats its definition's), and which one does most."""
    total = 0
    uses: dict[tuple[str, str], list] = {}  # (address, title) -> [count, label, line of the first use]
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        for child in token.children:
            if child.type in ("link_open", "image"):
                address = child.attrGet("href" if child.type == "link_open" else "src")
                title = child.attrGet("title")
                key = (address if isinstance(address, str) else "", title if isinstance(title, str) else "")
                total += len(key[0]) + len(key[1])
                seen = uses.get(key)
                if seen is None:
                    uses[key] = [1, child.meta.get("label"), token.map[0] + 1 if token.map else 1]
                else:
                    seen[0] += 1
    if total <= limit:
        return None
    (address, title), (count, label, line) = max(uses.items(), key=lambda kv: kv[1][0] * (len(kv[0][0]) + len(kv[0][1])))
    what = "a link or image"
    if label:
        line, written = _definition(text, label) or (line, label)
        what = f"the reference [{written}] defined here"
    return Oversize(line, f"renders to more than {_size(total)} from {_size(len(text))} of Markdown: {what} is used "
                          f"{count:,} times, repeating {len(address) + len(title):,} characters of address and title "
                          "each time", "write the long address or title once, or use the reference a few times")


_DEFINITION = re.compile(r"^ {0,3}\[((?:[^\\\[\]\n]|\\.){1,999})\]:", re.MULTILINE)


def _definition(text: str, label: str) -> tuple[int, str] | None:
    """Line and spelling of the definition of reference `label` (normalised) on a line of its own."""
    for match in _DEFINITION.finditer(text):
        if normalizeReference(match[1]) == label:
            return text.count("\n", 0, match.start()) + 1, match[1]
    return None


def _size(characters: int) -> str:
    if characters >= 1_000_000:
        return f"{characters / 1_000_000:.0f} MB"
    return f"{characters / 1000:.0f} KB" if characters >= 1000 else f"{characters} bytes"


def _too_deep(tokens: list[Token], limit: int) -> int | None:
    """markdown-it stops parsing blocks at `limit` levels of nesting and silently drops what is
    inside: a quote or list item opened at the last level and closed at once shows that it did
    (a list is two levels: the list and its item)."""
    for token, after in zip(tokens, tokens[1:]):
        if token.nesting == 1 and token.level >= limit - 1 and after.nesting == -1 and token.map is not None:
            return token.map[0] + 1
    return None


def plain_text(md: MarkdownIt, text: str) -> str:
    """The text a reader sees of `text` rendered (block texts joined by spaces, markup removed):
    what the importer and the fidelity tests compare with the source."""
    blocks = (inline_text(token) for token in md.parse(text, {}) if token.type == "inline")
    return " ".join(block for block in blocks if block)


def body_links(tokens: list[Token]) -> tuple[BodyLink, ...]:
    """Links and images with their body lines: the block's `Token.map`, plus the line breaks before them."""
    found: list[BodyLink] = []
    for token in tokens:
        if token.type != "inline" or token.map is None:
            continue
        line = token.map[0] + 1
        for child in token.children or ():
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type in ("link_open", "image"):
                url = child.attrGet("href" if child.type == "link_open" else "src")
                if isinstance(url, str):
                    found.append(BodyLink(url, line, image=child.type == "image"))
    return tuple(found)


def _align_by_class(cell: Token) -> None:
    """`style="text-align:right"` on a table cell -> `class="align-right"`: the site's
    Content-Security-Policy (`style-src 'self'`, issue 8) would block the style attribute."""
    style = cell.attrGet("style")
    if isinstance(style, str) and style.startswith("text-align:"):
        del cell.attrs["style"]
        cell.attrSet("class", "align-" + style.removeprefix("text-align:").strip())


def _link_under_base(tokens: list[Token], base_path: str) -> None:
    """Put root-relative links and images (`/gambar/foto.jpg`) under the site's base path.

    Like the front matter's `image`, a path in the body is a path on the site, so the same
    Markdown works when the site lives at `https://user.github.io/warta/` (issue 8)."""
    if base_path == "/":
        return
    for token in tokens:
        for child in token.children or ():
            attr = "href" if child.type == "link_open" else "src" if child.type == "image" else None
            target = child.attrGet(attr) if attr else None
            # A link already written with the base path (`/warta/tag/meta/`) is left as it is.
            if (isinstance(target, str) and target.startswith("/") and not target.startswith("//")
                    and not target.startswith(base_path)):
                child.attrSet(attr, base_path + target[1:])


def inline_text(token: Token) -> str:
    """Plain text of an inline token (text, code and image alt), whitespace folded."""
    return _children_text(token.children or ())


def _children_text(children) -> str:
    return " ".join(_raw_text(children).split())


_TEXT_TOKENS = frozenset({"text", "code_inline", "image"})
"""Inline tokens whose `content` is text a reader sees (an image's is its alt text)."""
_BREAK_TOKENS = frozenset({"softbreak", "hardbreak"})


def _raw_text(children) -> str:
    """The text of inline tokens, whitespace as written (one comprehension: a 10,000-article build
    looks at some 3 million tokens here)."""
    return "".join([child.content if child.type in _TEXT_TOKENS else " " if child.type in _BREAK_TOKENS else ""
                    for child in children])


def shorten(text: str, limit: int) -> str:
    """Cut `text` at a word boundary to at most `limit` characters, marking the cut with …."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—-– ")
    return cut + "…"
