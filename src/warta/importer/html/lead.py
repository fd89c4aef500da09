"""The lead picture of a saved page and each picture's caption (html/page.py asks): the body's first picture when
it comes first, else the og:image where the page shows it, else the story's photo under the headline; captions and
credits from the element the theme puts them in (a <figure>, a caption element after the picture or its holder, a
WordPress `wp-caption`, a Blogger caption table)."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

from warta.importer.html.convert import Converted, figure_caption, fold, picture_markdown, safe_href, split_credit
from warta.importer.html.meta import PageMeta
from warta.importer.pictures import PicturePlacer
from warta.importer.records import ImportedImage

if TYPE_CHECKING:
    from lxml.etree import _Element


def _captions(document: "_Element") -> dict[str, tuple[str | None, str | None]]:
    """Each picture's (caption, credit) by its src as written (an `<img>` or AMP's `<amp-img>`): from the
    caption element right after it, its <figure>, a WordPress `wp-caption`, a Blogger caption table, or an
    element of class "caption" next to it."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for image in document.iter("img", "amp-img"):
        src = image.get("src") or ""
        if not src or src in found:
            continue
        caption = _caption_after(image)
        element, depth = image.getparent(), 0
        while element is not None and depth < 5 and caption == (None, None):
            classes = (element.get("class") or "").lower()
            if element.tag == "figure":
                caption = figure_caption(element)
            elif "wp-caption" in classes or "tr-caption-container" in classes or (
                    depth <= 2 and len(list(itertools.islice(element.iter("img"), 2))) == 1):
                caption = _caption_inside(element, image)
            element, depth = element.getparent(), depth + 1
        found[src] = caption if caption != (None, None) else _caption_beside_holder(image)
    return found


def _caption_beside_holder(image: "_Element") -> tuple[str | None, str | None]:
    """The caption element right after an element holding the picture alone: Drupal's caption field after its
    image field, an old site's caption row under the picture's row."""
    for holder in itertools.islice(image.iterancestors(), 4):
        if len(list(itertools.islice(holder.iter("img", "amp-img"), 2))) > 1:
            return None, None
        following = holder.getnext()
        if following is None or not isinstance(following.tag, str) or following.find(".//img") is not None:
            continue
        marked = next((e for e in itertools.islice(following.iter(), 4) if isinstance(e.tag, str)
                       and _CAPTION_CLASS.search((e.get("class") or "").lower())), None)
        if marked is None and _set_as_caption(following):  # (Blogger's centred line in small slanted type)
            marked = following
        text = fold(" ".join(marked.itertext())) if marked is not None else ""
        if text:
            return split_credit(text)
    return None, None


_CAPTION_CLASS = re.compile(r"caption|keterangan|ket[-_]?foto|foto[-_]?ket|wp-caption-text|tr-caption")


def _caption_after(image: "_Element") -> tuple[str | None, str | None]:
    """The caption element right after a picture (past a `<br>`): a theme's `featured-image-caption`, or a short
    line set as a caption (a <figcaption> is its figure's: `figure_caption` reads its credit)."""
    following = image.getnext()
    while following is not None and following.tag == "br":
        following = following.getnext()
    if following is None or not isinstance(following.tag, str) or following.tag in ("figcaption", "img") \
            or following.find(".//img") is not None:
        return None, None
    if not (_CAPTION_CLASS.search((following.get("class") or "").lower()) or _set_as_caption(following)):
        return None, None
    text = fold(" ".join(following.itertext()))
    return split_credit(text) if text else (None, None)


_CAPTION_STYLE = re.compile(r"(?:^|[-_])(?:italic|small|muted|keterangan)(?:[-_]|$)|^(?:fst|font)-italic$|^text-muted$")
"""A class word that sets a line as a caption: Bootstrap's `fst-italic`, `small`, `text-muted`."""
MAX_CAPTION_LENGTH = 300


def _set_as_caption(element: "_Element") -> bool:
    """Whether the element right after a picture is set as its caption though no class names it one: a short line
    in small or slanted type (Bootstrap's `<p class="small fst-italic">`, an old site's `<font size="1"><i>`),
    not a heading, a list or a paragraph of the text."""
    text = fold(" ".join(element.itertext()))
    if not text or len(text) > MAX_CAPTION_LENGTH or element.tag not in _CAPTION_HOLDERS:
        return False
    if any(_CAPTION_STYLE.search(word) for word in (element.get("class") or "").lower().split()):
        return True
    styled = element
    while styled is not None and styled.tag in _CAPTION_HOLDERS:
        if styled.tag in ("small", "em", "i") or (styled.tag == "font" and (styled.get("size") or "").strip()
                                                  in ("1", "2", "-1", "-2")) or _SMALL_OR_SLANTED.search(
                styled.get("style") or ""):
            return fold(" ".join(styled.itertext())) == text
        children = [c for c in styled if isinstance(c.tag, str)]
        if len(children) != 1 or (styled.text or "").strip() or (children[0].tail or "").strip():
            return False
        styled = children[0]
    return False


_CAPTION_HOLDERS = {"p", "div", "span", "font", "small", "em", "i"}
_SMALL_OR_SLANTED = re.compile(r"font-style\s*:\s*italic|font-size\s*:\s*(?:(?:x{1,2}-)?small(?:er)?|(?:[0-9]|1[0-2])(?:\.\d+)?"
                               r"(?:px|pt)\b)", re.IGNORECASE)
"""An inline style setting a line in slanted or small type ("font-size: x-small", Blogger's caption under a picture)."""


def _caption_inside(container: "_Element", image: "_Element") -> tuple[str | None, str | None]:
    for element in container.iter():
        classes = (element.get("class") or "").lower() if isinstance(element.tag, str) else ""
        if element is not image and _CAPTION_CLASS.search(classes) \
                and element.find(".//img") is None and "container" not in classes:
            text = fold(" ".join(element.itertext()))
            if text:
                return split_credit(text)
    return None, None




def lead_picture(meta: PageMeta, converted: Converted, placer: PicturePlacer, document: "_Element",
                 headline: "_Element | None") -> tuple[ImportedImage | None, str]:
    """The lead picture and the body without it: the body's first picture when it comes before the third
    paragraph (it then shows under the headline, not twice); else the page's og:image (not a logo; when the
    page does not show it, the photo under the headline first), copied when the saved page has that file
    outside the body, else named by its address. Where
    the page shows the og:image (the same file, a resized copy, a `srcset` size, an image proxy's `?url=`), its
    caption and credit are the lead's, and a link to it atop the body goes (the picture is not shown twice)."""
    blocks = converted.body.rstrip("\n").split("\n\n") if converted.body else []
    for index, block in enumerate(blocks[:3]):
        picture = next((p for p in converted.pictures if block == picture_markdown(p)), None)
        if picture is not None:
            body = "\n\n".join(blocks[:index] + blocks[index + 1:])
            body = body + "\n" if body else ""
            if picture.caption is None:  # (a caption beside it rather than in a <figure>: an old site's <span>)
                shown = _shown_copy(picture.src, document)
                caption, credit = _captions(document).get(shown.get("src") or "", (None, None)) if shown is not None \
                    else (None, None)
                picture = dataclasses.replace(picture, caption=caption, credit=credit)
                body = _without_caption(body, caption, credit)
            return picture, body
    if meta.image is None or _NOT_A_PHOTO.search(_file_name(meta.image.url)):  # (none, or the site's logo)
        return _top_picture(document, meta, converted, placer, headline)
    shown = _shown_copy(meta.image.url, document)
    if shown is None:  # (an og:image the page does not show, an older picture: the photo under the headline)
        top = _top_picture(document, meta, converted, placer, headline)
        if top[0] is not None:
            return top
    caption, credit = split_credit(meta.image.caption) if meta.image.caption else (None, None)
    alt = meta.image.alt
    src = (shown.get("src") or "") if shown is not None else ""
    placed = placer(src, shown.get("alt")) if src else None
    if src and not (placed is not None and placed.src in {p.src for p in converted.pictures}):  # (not twice)
        caption, credit = _captions(document).get(src, (None, None))
        caption = caption or (split_credit(meta.image.caption)[0] if meta.image.caption else None)
        alt = fold(shown.get("alt") or "") or meta.image.alt or caption
        if placed is not None:
            return dataclasses.replace(placed, alt=alt, caption=caption, credit=credit), converted.body
    if meta.image.url.lower().startswith(("http://", "https://")):
        body = _without_link_to(converted.body, meta.image.url)
        lead = ImportedImage(_as_written(meta.image.url, src, meta.url), alt or caption, caption, credit)
        return lead, _without_caption(body, caption, credit)
    return None, converted.body


def _as_written(url: str, src: str, page: str | None) -> str:
    """The og:image's address as the page writes it where it shows that very file (a path relative to the page,
    Drupal's `?itok=` after it), else the og:image's: where the page shows a copy of it (a CMS's size, Drupal's
    image style, an image proxy's `/_next/image?url=…`), the original's, the largest, from which the site makes
    its own sizes."""
    if not src or src.lower().startswith("data:"):
        return url
    wanted = urlsplit(url).path
    if urlsplit(urljoin(page or url, src)).path == wanted:
        return src
    return src if page is None and wanted.endswith("/" + urlsplit(src).path.lstrip("./")) else url


_NOT_A_PHOTO = re.compile(r"avatar|logo|icon|banner|iklan|(?<![a-z])ads?\b|advert|sponsor|emoji|gravatar|profile", re.IGNORECASE)
"""Words of a picture's file name, class, id or alt text that say it is page furniture; "ad" only as a word's
start ("header-ads", not the "Untad" or "Ahmad" of an alt text: issue 19, the fourth HTML pass)."""
MIN_PHOTO_WIDTH = 300
"""A picture the page declares narrower than this is an icon, an avatar or a button, not the story's photo."""
ELEMENTS_SEARCHED = 20_000_000
"""Elements of the page looked through, at most, for the picture under the headline (a page over
`page.MAX_TREE_SIZE` elements is not given to trafilatura either)."""


def _top_picture(document: "_Element", meta: PageMeta, converted: Converted, placer: PicturePlacer,
                 headline: "_Element | None") -> tuple[ImportedImage | None, str]:
    """With no og:image: the story's own picture between the headline and the text (Drupal's image field,
    Joomla's `item-image`, an old site's picture over the text), copied when saved beside the page, else named
    by its https address; with its caption. None when there is none (an avatar, logo or ad is none)."""
    image = _picture_after_headline(document, headline)
    src = fold(image.get("src") or "") if image is not None else ""
    if not src:
        return None, converted.body
    caption, credit = _captions(document).get(image.get("src") or "", (None, None))
    alt = fold(image.get("alt") or "") or caption
    before = len(placer.notes)
    placed = placer(src, alt)
    del placer.notes[before:]  # (a picture refused here is noted where the body shows it, or is not the lead)
    if placed is not None:
        if placed.src in {p.src for p in converted.pictures}:
            return None, converted.body  # (the body shows it further down: it stays there)
        return dataclasses.replace(placed, alt=alt, caption=caption, credit=credit), converted.body
    url = safe_href(src, meta.url)
    if url is None or not url.lower().startswith(("http://", "https://")):  # (an http site's own photo)
        return None, converted.body
    body = _without_caption(_without_link_to(converted.body, url), caption, credit)
    return ImportedImage(url, alt, caption, credit), body


def _picture_after_headline(document: "_Element", headline: "_Element | None") -> "_Element | None":
    """The first <img> after the headline (or in the <article> holding it) that is a photo (not an avatar, logo, ad or icon, not a link to
    elsewhere, not declared narrower than MIN_PHOTO_WIDTH), before the text has begun (a paragraph of more than
    200 characters)."""
    if headline is None:
        return None
    start = next((a for a in headline.iterancestors() if a.tag == "article"), headline)  # (Sahifa: over the h1)
    after = False
    for element in itertools.islice(document.iter(), ELEMENTS_SEARCHED):
        after = after or element is start
        if not after or not isinstance(element.tag, str):
            continue
        if element.tag == "p" and len(fold(" ".join(element.itertext()))) > 200:
            return None
        if element.tag == "img" and _a_photo(element):
            return element
    return None


def _a_photo(image: "_Element") -> bool:
    """Whether an <img> is a story's photo rather than page furniture."""
    declared = (image.get("width") or "").strip()
    width = int(declared) if declared.isdigit() and len(declared) <= 5 else 0  # (1024 too: not a colspan's cap)
    if 0 < width < MIN_PHOTO_WIDTH:
        return False
    for element in itertools.islice(itertools.chain([image], image.iterancestors()), 4):
        if _NOT_A_PHOTO.search(" ".join(filter(None, [element.get("class"), element.get("id"), element.get("alt")
                                                      if element is image else None]))):
            return False
        if element.tag == "a" and picture_key(element.get("href") or "") != picture_key(image.get("src") or ""):
            return False
    return True


def _without_caption(body: str, caption: str | None, credit: str | None) -> str:
    """The body without a paragraph, among its first three, that is the lead picture's caption (a caption
    element beside the picture rather than in a <figure>: "Mama-mama … (14/10/2024). (Foto: …)")."""
    if not caption:
        return body
    blocks = body.rstrip("\n").split("\n\n") if body else []
    for index, block in enumerate(blocks[:3]):
        plain = fold(re.sub(r"\\(.)", r"\1", block)).strip("*_ ")  # (a caption in slanted type: "*Warga …*")
        if plain.startswith(caption) and (credit or "") in plain and len(plain) <= len(caption) + len(credit or "") + 20:
            rest = "\n\n".join(blocks[:index] + blocks[index + 1:])
            return rest + "\n" if rest else ""
    return body


_SIZED = re.compile(r"-\d{2,4}x\d{2,4}(?=\.[a-z0-9]{2,5}$)")
"""A WordPress size suffix before the extension: "panen-696x464.jpg" is a copy of "panen.jpg"."""


def picture_key(url: str) -> str:
    """What names a picture across its copies: its file name, lower case, without a WordPress or K2 size suffix;
    an image proxy's address (`/_next/image?url=…`) names the picture it serves."""
    query = urlsplit(url).query
    inner = re.search(r"(?:^|&)url=([^&]+)", query)
    address = unquote(inner[1]) if inner and "/" in unquote(inner[1]) else url
    name = _SIZED.sub("", _file_name(address))
    return _K2_SIZE.sub("", name) if "/k2/items/cache/" in address.lower() else name


_K2_SIZE = re.compile(r"_(?:xs|s|m|l|xl|generic)(?=\.[a-z0-9]{2,5}$)")
"""Joomla K2's size of a picture in its cache ("…/k2/items/cache/a3f0_XL.jpg", "_L", "_M"): one picture."""


def _shown_copy(url: str, document: "_Element") -> "_Element | None":
    """The first <img> of the page that shows the picture at `url` (its src, lazy src or a srcset size, or the link
    to a larger copy around it)."""
    wanted = picture_key(url)
    if not wanted:
        return None
    for image in document.iter("img", "amp-img"):
        sources = [image.get(a) or "" for a in ("src", "data-src", "data-lazy-src", "data-original")]
        sources += [part.split()[0] for part in (image.get("srcset") or "").split(",") if part.strip()]
        holder = image.getparent()  # (a picture linked to its larger copy, a lightbox's: K2's "_L" linking "_XL")
        sources += [holder.get("href") or ""] if holder is not None and holder.tag == "a" else []
        if any(source and picture_key(source) == wanted for source in sources):
            return image
    return None


def _without_link_to(body: str, url: str) -> str:
    """The body without a block, among its first three, that only links to the picture at `url` (how a
    picture from another site is written): that picture is the lead."""
    blocks = body.rstrip("\n").split("\n\n") if body else []
    for index, block in enumerate(blocks[:3]):
        link = re.fullmatch(r"\[[^\n]*\]\((\S+)\)", block)
        if link and picture_key(link[1]) == picture_key(url):
            rest = "\n\n".join(blocks[:index] + blocks[index + 1:])
            return rest + "\n" if rest else ""
    return body


def _file_name(url: str) -> str:
    return unquote(urlsplit(url).path).rsplit("/", 1)[-1].lower()
