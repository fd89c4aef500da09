"""Stage 2: render an article's Markdown once into a RenderedBody value (html, toc, text)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.footnote import footnote_plugin
from slugify import slugify

from warta.config import SiteConfig
from warta.content.schema import SourceArticle

SUMMARY_LENGTH = 160
_BAD_SCHEMES = re.compile(r"^\s*(javascript|vbscript|file|data):", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading of an article, for the table of contents."""

    level: int
    """2 for a section, 3 for a subsection (after any level shift)."""
    text: str
    """Plain text of the heading."""
    anchor: str
    """The heading's `id`, unique within the article."""


@dataclass(frozen=True, slots=True)
class RenderedBody:
    """Everything the later stages need from an article's Markdown."""

    html: str
    """The body as HTML (safe: raw HTML escaped unless the site allows it)."""
    headings: tuple[Heading, ...]
    """`##` and `###` headings in order."""
    text: str
    """Plain text of the body, for word counts, summaries and search."""
    word_count: int
    """Words in `text`."""
    first_paragraph: str
    """Plain text of the first paragraph, the fallback summary."""


@dataclass(frozen=True, slots=True)
class Article:
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

    @property
    def slug(self) -> str:
        return self.source.slug


def _validate_link(url: str) -> bool:
    """Refuse script-running and local-file schemes in links and images (also `data:`)."""
    return not _BAD_SCHEMES.match(url)


@lru_cache(maxsize=4)
def make_parser(allow_html: bool) -> MarkdownIt:
    """The one markdown-it-py set-up: CommonMark + tables + strikethrough + footnotes + anchors."""
    md = MarkdownIt("commonmark", {"html": allow_html, "typographer": False, "xhtmlOut": False})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    md.use(anchors_plugin, min_level=1, max_level=4, slug_func=_anchor_slug)
    md.validateLink = _validate_link

    default_image = md.renderer.rules.get("image")

    # add_render_rule binds the function to the renderer, so it receives the renderer first.
    def render_image(renderer, tokens, idx, options, env):
        tokens[idx].attrSet("loading", "lazy")
        tokens[idx].attrSet("decoding", "async")
        return default_image(tokens, idx, options, env)

    md.add_render_rule("image", render_image)
    return md


def _anchor_slug(text: str) -> str:
    return slugify(text, max_length=80, word_boundary=True) or "bagian"


def render_article(article: SourceArticle, config: SiteConfig) -> Article:
    """Render one article; a pure function of the article and the config."""
    md = make_parser(config.allow_html)
    body = render_markdown(md, article.body)
    summary = article.summary or shorten(body.first_paragraph, SUMMARY_LENGTH)
    note_html = md.renderInline(article.note) if article.note else None
    minutes = max(1, math.ceil(body.word_count / config.words_per_minute))
    return Article(source=article, body=body, summary=summary, note_html=note_html, reading_minutes=minutes)


def render_markdown(md: MarkdownIt, text: str) -> RenderedBody:
    """Parse once, adjust tokens (heading levels), collect headings and text, render."""
    tokens = md.parse(text, {})
    # The page's <h1> is the article title, so a body that uses `#` is shifted one level down.
    shift = 1 if any(t.type == "heading_open" and t.tag == "h1" for t in tokens) else 0
    headings: list[Heading] = []
    blocks: list[str] = []
    first_paragraph = ""
    for index, token in enumerate(tokens):
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + shift, 6)}"
        if token.type == "heading_open":
            level = int(token.tag[1])
            inline = tokens[index + 1]
            if level in (2, 3):
                headings.append(Heading(level, inline_text(inline), str(token.attrGet("id") or "")))
        if token.type == "inline":
            words = inline_text(token)
            blocks.append(words)
            if not first_paragraph and index and tokens[index - 1].type == "paragraph_open" and words:
                first_paragraph = words
    html = md.renderer.render(tokens, md.options, {})
    plain = " ".join(b for b in blocks if b)
    return RenderedBody(html=html, headings=tuple(headings), text=plain,
                        word_count=len(plain.split()), first_paragraph=first_paragraph)


def inline_text(token: Token) -> str:
    """Plain text of an inline token (text, code and image alt), whitespace folded."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


def shorten(text: str, limit: int) -> str:
    """Cut `text` at a word boundary to at most `limit` characters, marking the cut with …."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—-– ")
    return cut + "…"
