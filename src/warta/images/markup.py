"""How a page shows a photo: `<picture>` with an AVIF and a WebP `srcset` and a JPEG (or PNG)
`<img>` carrying its width and height (no layout shift), in a `<figure>` with its caption and
credit where it stands alone. The body's figures (markdown.py) and the theme's templates (the
`picture` and `figure` globals) both make their markup here."""

from __future__ import annotations

from markupsafe import Markup, escape

from warta.images.photos import Photo, PhotoSet, Sized, responsive_set, thumbnail_set

ARTICLE_SIZES = "(min-width: 45rem) 42rem, calc(100vw - 2.5rem)"
"""The width a body figure or lead photo takes: the reading column (`--measure`), less the margins."""
CARD_SIZES = "(min-width: 45rem) 22rem, calc(100vw - 2.5rem)"
"""A listing card's thumbnail: the card's width (a column of the grid, the whole width on a phone)."""
LIST_SIZES = "6rem"
"""The small thumbnail of a compact list (an archive month, related articles)."""


def picture(photo: Photo, widths: tuple[int, ...], base_path: str, *, sizes: str = ARTICLE_SIZES,
            lead: bool = False, thumbnail: bool = False) -> Markup:
    """The `<picture>` of a photo. The lead photo is fetched first (`fetchpriority="high"`); any
    other loads when it nears the screen (`loading="lazy"`)."""
    files = thumbnail_set(photo) if thumbnail else responsive_set(photo.source, widths)
    img = files.fallback[-1]
    loading = 'fetchpriority="high" decoding="async"' if lead else 'loading="lazy" decoding="async"'
    sources = "".join(f'<source type="image/{kind}" srcset="{_srcset(part, base_path)}" sizes="{sizes}">'
                      for kind, part in (("avif", files.avif), ("webp", files.webp)) if part)
    fallback = files.fallback
    srcset = f' srcset="{_srcset(fallback, base_path)}" sizes="{sizes}"' if len(fallback) > 1 else ""
    return Markup(f'<picture>{sources}<img src="{escape(base_path + img.path)}"{srcset} '
                  f'width="{img.width}" height="{img.height}" alt="{escape(photo.alt)}" {loading}></picture>')


def figure(photo: Photo, widths: tuple[int, ...], base_path: str, *, sizes: str = ARTICLE_SIZES,
           lead: bool = False, css_class: str = "figure") -> Markup:
    """The photo in a `<figure>` with its caption and "Foto: …" credit (when it has either)."""
    caption = ""
    if photo.caption or photo.credit_line:
        words = escape(photo.caption) if photo.caption else ""
        credit = f' <span class="credit">{escape(photo.credit_line)}</span>' if photo.credit_line else ""
        caption = f"<figcaption>{words}{credit}</figcaption>"
    return Markup(f'<figure class="{css_class}">{picture(photo, widths, base_path, sizes=sizes, lead=lead)}'
                  f"{caption}</figure>")


def _srcset(files: tuple[Sized, ...], base_path: str) -> str:
    return ", ".join(f"{escape(base_path + f.path)} {f.width}w" for f in files)
