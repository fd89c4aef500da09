"""How a page shows a photo: `<picture>` with an AVIF and a WebP `srcset` and a JPEG (or PNG)
`<img>` carrying its width and height (no layout shift), in a `<figure>` with its caption and
credit where it stands alone. The body's figures (markdown.py) and the theme's templates (the
`picture` and `figure` globals) both make their markup here."""

from __future__ import annotations

from markupsafe import Markup, escape

from warta.images.photos import Photo, PhotoSet, Sized, responsive_set, thumbnail_set

ARTICLE_SIZES = "(min-width: 45rem) 42rem, calc(100vw - 2.5rem)"
"""The width a body figure or lead photo takes: the reading column (`--measure`), less the margins."""
CARD_SIZES = "(min-width: 48rem) 17rem, 38vw"
"""A card's thumbnail: 12rem beside its text in a list (at most 38% of a phone), a column of a front block's row."""


def picture(photo: Photo, widths: tuple[int, ...], base_path: str, *, sizes: str = ARTICLE_SIZES,
            lead: bool = False, thumbnail: bool = False, small: bool = False) -> Markup:
    """The `<picture>` of a photo: AVIF and WebP sets, one JPEG or PNG for other browsers. The lead
    photo is fetched first (`fetchpriority="high"`); any other loads when it nears the screen
    (`loading="lazy"`). A thumbnail (`small`: a list's) stands beside its article's linked title, so
    its alt text is empty: a screen reader would read the description of each listed photo."""
    files = thumbnail_set(photo, small) if thumbnail else responsive_set(photo.source, widths)
    sources = "".join(f'<source type="image/{kind}" srcset="{_srcset(part, base_path)}"'
                      + (f' sizes="{sizes}">' if len(part) > 1 else ">")
                      for kind, part in (("avif", files.avif), ("webp", files.webp)) if part)
    img = files.fallback[-1]
    loading = 'fetchpriority="high" decoding="async"' if lead else 'loading="lazy" decoding="async"'
    alt = "" if thumbnail else escape(photo.alt)
    return Markup(f'<picture>{sources}<img src="{escape(base_path + img.path)}" width="{img.width}" '
                  f'height="{img.height}" alt="{alt}" {loading}></picture>')


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
    if len(files) == 1:
        return str(escape(base_path + files[0].path))
    return ", ".join(f"{escape(base_path + f.path)} {f.width}w" for f in files)
