"""Issue 17's "Must show", in Debian's Chromium: on every article of the repository's site, at 375×812 and
1280×900, light and dark, the story starts on the first screen, nothing scrolls sideways, the share links
carry the page's encoded address and title, and the theme toggle works, is remembered and never flashes.

The site's articles are read from the built site (`site_dir`), so a new article is checked without editing
this file; each test walks all of them and reports every failing page at once. Console errors, page errors
and failed requests fail a test as everywhere in tests/browser (conftest.py).

The checks' own mechanics are tested here too, without the site: the share-link checker on strings, and the
no-flash probe on tiny pages (one sets the theme inline in <head>, one in a deferred script, one at the end of <body>).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest
from playwright.sync_api import Page, expect

from helpers import serve_folder

pytestmark = pytest.mark.browser

SCREENS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
"""The two first screens issue 17 names (conftest's desktop is 1280×800; this file needs 900)."""
THEME_KEY = "warta-tema"
SHARE_NETS = ("whatsapp", "telegram", "x", "facebook", "linkedin", "email")
SHARE_NAMES = {"whatsapp": "WhatsApp", "telegram": "Telegram", "x": "X", "facebook": "Facebook",
               "linkedin": "LinkedIn", "email": "e-?mail|surel"}
"""What each share link's accessible name must name ("Bagikan ke WhatsApp", …, "… e-mail" or "… surel")."""
ENCODED = re.compile(r"[A-Za-z0-9._~%-]*")
"""What urllib.parse.quote(value, safe="") may produce: unreserved characters and %XX escapes."""

# Recorded by an init script, before any of the page's own code runs: the theme on <html> at the moment the
# parser creates <body>, i.e. before anything of the page could be painted with the stylesheet.
THEME_PROBE = """(() => {
  const seen = {done: false, theme: null};
  window.__themeAtBody = seen;
  new MutationObserver((records, observer) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName === 'BODY' && !seen.done) {
          seen.done = true;
          seen.theme = document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }
      }
    }
  }).observe(document, {childList: true, subtree: true});  // <html> itself is not parsed yet
})();"""


def _store_theme(theme: str) -> str:
    """An init script that keeps `theme` as the reader's stored choice before the page loads."""
    return f"localStorage.setItem({THEME_KEY!r}, {theme!r});"


@pytest.fixture(params=sorted(SCREENS), ids=str)
def viewport(request: pytest.FixtureRequest) -> dict[str, int]:
    """This file's screens, overriding conftest's `viewport` (so `open_page` opens them)."""
    return SCREENS[request.param]


def article_paths(site_dir: Path) -> list[str]:
    """Every article page of the built site (a withdrawn article's notice has no body and is left out)."""
    paths = []
    for page in sorted(site_dir.glob("artikel/*/index.html")):
        if 'class="article-body"' in page.read_text(encoding="utf-8"):
            paths.append(f"/artikel/{page.parent.name}/")
    return paths


def listing_paths(site_dir: Path) -> list[str]:
    """The home page, a tag page, a category page and the search page, empty and with results."""
    tag = sorted(site_dir.glob("tag/*/index.html"))[0].parent.name
    category = sorted(site_dir.glob("kategori/*/index.html"))[0].parent.name
    return ["/", f"/tag/{tag}/", f"/kategori/{category}/", "/cari/", "/cari/?q=Scale%20AI"]


SETTLE = """async () => {
  await document.fonts.ready;
  window.scrollTo(0, 0);
  const shown = [...document.images].filter(img => img.getBoundingClientRect().top < window.innerHeight);
  await Promise.all(shown.map(img => img.decode().catch(() => null)));
}"""
"""Fonts loaded, at the top, and the first screen's images (lazy ones too) loaded: the layout a reader sees."""


def goto_settled(page: Page, path: str) -> None:
    """Open `path` (200), wait for its fonts, first-screen images and search results, and be at the top."""
    response = page.goto(path)
    assert response is not None and response.status == 200, f"{path}: {response and response.status}"
    if "?q=" in path:
        page.wait_for_selector(".search-result")
    page.evaluate(SETTLE)
    assert page.evaluate("window.scrollY") == 0, path


def _relative_luminance(css_color: str) -> float:
    """WCAG relative luminance of an `rgb(…)`/`rgba(…)` computed colour."""
    red, green, blue = (int(part) / 255 for part in re.findall(r"[\d.]+", css_color)[:3])
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(first: str, second: str) -> float:
    lighter, darker = sorted((_relative_luminance(first), _relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def shown_theme(page: Page) -> str:
    """'dark' or 'light', from the body's computed background."""
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    return "dark" if _relative_luminance(background) < 0.2 else "light"


# --- the story starts on the first screen ------------------------------------------------------------------

FIRST_SCREEN = """() => {
  const paragraph = document.querySelector('.article-body > p:first-of-type');
  if (!paragraph) return null;
  const style = getComputedStyle(paragraph);
  const line = style.lineHeight === 'normal' ? 1.2 * parseFloat(style.fontSize) : parseFloat(style.lineHeight);
  const body = document.querySelector('.article-body');
  const photo = document.querySelector('figure.lead-image');
  const photoBeforeBody = !!photo && !!(photo.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
  return {
    top: paragraph.getBoundingClientRect().top, line, screen: window.innerHeight,
    photoTop: photoBeforeBody ? photo.getBoundingClientRect().top : null,
  };
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_first_paragraph_on_first_screen(open_page, site_dir: Path, scheme: str) -> None:
    """The first paragraph's first line (after the lead photo, where there is one) is within the first screen."""
    page = open_page(color_scheme=scheme)
    late = []
    paths = article_paths(site_dir)
    assert len(paths) >= 5, paths
    for path in paths:
        goto_settled(page, path)
        where = page.evaluate(FIRST_SCREEN)
        assert where is not None, f"{path}: no .article-body > p:first-of-type"
        if where["photoTop"] is not None:
            assert 0 <= where["photoTop"] < where["top"], f"{path}: the lead photo is not above the text: {where}"
        if where["top"] + where["line"] > where["screen"]:
            late.append(f"{path}: first line ends at y={where['top'] + where['line']:.0f} "
                        f"> {where['screen']} (photo top: {where['photoTop']})")
    assert not late, "the story starts below the first screen:\n" + "\n".join(late)


# --- no horizontal overflow --------------------------------------------------------------------------------

OVERFLOW = """() => {
  const limit = window.innerWidth;
  const wide = [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > limit + 0.5)
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className : '')
               + ' right=' + Math.round(el.getBoundingClientRect().right));
  return {scroll: document.documentElement.scrollWidth, inner: limit, wide};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_horizontal_overflow(open_page, site_dir: Path, scheme: str) -> None:
    page = open_page(color_scheme=scheme)
    wide = []
    for path in [*listing_paths(site_dir), *article_paths(site_dir)]:
        goto_settled(page, path)
        widths = page.evaluate(OVERFLOW)
        if widths["scroll"] > widths["inner"]:
            wide.append(f"{path}: {widths}")
    assert not wide, "pages that scroll sideways:\n" + "\n".join(wide)


# --- share links -------------------------------------------------------------------------------------------

def _query(raw: str) -> dict[str, str] | str:
    """The raw (still encoded) values of a query string by name, or why it cannot be read."""
    values = {}
    for pair in raw.split("&"):
        name, equals, value = pair.partition("=")
        if not equals or name in values:
            return f"cannot read the query {raw!r} (an unencoded '&' or '=' in a value?)"
        values[name] = value
    return values


def share_problems(net: str, href: str, url: str, title: str) -> list[str]:
    """What is wrong with the share link `href` of network `net` for a page at `url` titled `title`.

    The contract (issue 17's BRIEF): values encoded with quote(value, safe=""), so no raw space, '&', '+', '/'
    or ':' in them, and each decodes to the page's absolute URL or title exactly.
    """
    expected = {
        "whatsapp": ("https", "wa.me", "/", {"text": f"{title} {url}"}),
        "telegram": ("https", "t.me", "/share/url", {"url": url, "text": title}),
        "x": ("https", "x.com", "/intent/post", {"url": url, "text": title}),
        "facebook": ("https", "www.facebook.com", "/sharer/sharer.php", {"u": url}),
        "linkedin": ("https", "www.linkedin.com", "/sharing/share-offsite/", {"url": url}),
        "email": ("mailto", "", "", {"subject": title, "body": url}),
    }[net]
    scheme, host, path, fields = expected
    problems = []
    if " " in href:
        problems.append(f"{net}: a raw space in {href!r}")
    parts = urlsplit(href)
    if (parts.scheme, parts.netloc, parts.path) != (scheme, host, path):
        problems.append(f"{net}: goes to {parts.scheme}://{parts.netloc}{parts.path}, not {scheme}://{host}{path}")
    values = _query(parts.query)
    if isinstance(values, str):
        return [*problems, f"{net}: {values}"]
    if set(values) != set(fields):
        problems.append(f"{net}: query names {sorted(values)}, expected {sorted(fields)}")
    for name, want in fields.items():
        raw = values.get(name)
        if raw is None:
            continue
        if not ENCODED.fullmatch(raw):
            problems.append(f"{net}: {name}={raw!r} is not percent-encoded (quote(value, safe=''))")
        if unquote(raw) != want:
            problems.append(f"{net}: {name} decodes to {unquote(raw)!r}, expected {want!r}")
    return problems


def test_share_checker_accepts_the_contract_and_rejects_wrong_links() -> None:
    url, title = "https://warta.example/artikel/a-b/", "AT&T + Meta: 10 Alasan? Ya/Tidak"
    u, t = quote(url, safe=""), quote(title, safe="")
    good = {
        "whatsapp": f"https://wa.me/?text={t}%20{u}",
        "telegram": f"https://t.me/share/url?url={u}&text={t}",
        "x": f"https://x.com/intent/post?url={u}&text={t}",
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={u}",
        "linkedin": f"https://www.linkedin.com/sharing/share-offsite/?url={u}",
        "email": f"mailto:?subject={t}&body={u}",
    }
    for net, href in good.items():
        assert share_problems(net, href, url, title) == [], net
    served = "http://127.0.0.1:8000/artikel/a-b/"
    wrong = {
        "another page": ("x", f"https://x.com/intent/post?url={quote(url + 'x', safe='')}&text={t}"),
        "the page's served (not canonical) address": (
            "facebook", f"https://www.facebook.com/sharer/sharer.php?u={quote(served, safe='')}"),
        "a raw space": ("whatsapp", f"https://wa.me/?text={title} {url}"),
        "an unencoded & in the title": ("telegram", f"https://t.me/share/url?url={u}&text={title}"),
        "an unencoded URL": ("linkedin", f"https://www.linkedin.com/sharing/share-offsite/?url={url}"),
        "+ for a space": ("email", f"mailto:?subject={t.replace('%20', '+')}&body={u}"),
        "another title": ("x", f"https://x.com/intent/post?url={u}&text=Judul%20lain"),
        "a missing title": ("telegram", f"https://t.me/share/url?url={u}"),
        "another host": ("whatsapp", f"https://api.whatsapp.com/send?text={t}%20{u}"),
        "a tracking parameter": ("facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}&utm_source=warta"),
    }
    for why, (net, href) in wrong.items():  # each of these must be refused
        assert share_problems(net, href, url, title), f"accepted a link with {why}: {href}"


SHARE_LINKS = """() => {
  const nav = document.querySelector('nav.share');
  const canonical = document.querySelector('link[rel=canonical]');
  const ogUrl = document.querySelector('meta[property="og:url"]');
  const h1 = document.querySelector('h1');
  const copy = nav && nav.querySelector('button.share-copy');
  return {
    nav: !!nav, label: nav && nav.getAttribute('aria-label'),
    canonical: canonical && canonical.href, ogUrl: ogUrl && ogUrl.content,
    title: h1 && h1.textContent.replace(/\\s+/g, ' ').trim(),
    links: nav ? [...nav.querySelectorAll('a')].map(a => ({
      cls: a.className, href: a.getAttribute('href'), rel: a.getAttribute('rel') || '', target: a.getAttribute('target'),
    })) : [],
    copy: copy && {url: copy.dataset.url, type: copy.getAttribute('type')},
    external: [...document.querySelectorAll('script[src], img[src], iframe')].map(el => el.src)
      .filter(src => !src.startsWith(location.origin) && !src.startsWith('data:')),
  };
}"""


def test_share_links_carry_the_encoded_url_and_title(page: Page, site_dir: Path) -> None:
    problems = []
    for path in article_paths(site_dir):
        goto_settled(page, path)
        found = page.evaluate(SHARE_LINKS)
        if not found["nav"]:
            problems.append(f"{path}: no nav.share")
            continue
        url, title = found["canonical"], found["title"]
        if not url or not url.startswith(("https://", "http://")) or found["ogUrl"] != url:
            problems.append(f"{path}: canonical {url!r} and og:url {found['ogUrl']!r} are not one absolute URL")
        if found["label"] != "Bagikan artikel":
            problems.append(f"{path}: nav.share is labelled {found['label']!r}")
        by_net = {}
        for link in found["links"]:
            net = next((n for n in SHARE_NETS if f"share-{n}" in link["cls"].split()), None)
            if net is None:
                problems.append(f"{path}: a share link of no known network: {link}")
                continue
            by_net[net] = link
            if net == "email":  # the mail program opens: a new tab would stay empty
                if link["target"]:
                    problems.append(f"{path}: the e-mail link opens a tab: {link}")
            elif "noopener" not in link["rel"].split() or link["target"] != "_blank":
                problems.append(f"{path}: {net} lacks rel=noopener target=_blank: {link}")
            problems += [f"{path}: {p}" for p in share_problems(net, link["href"], url, title)]
        if missing := [n for n in SHARE_NETS if n not in by_net]:
            problems.append(f"{path}: no share link for {missing}")
        if not found["copy"] or found["copy"]["url"] != url or found["copy"]["type"] != "button":
            problems.append(f"{path}: button.share-copy should copy {url!r}: {found['copy']}")
        if found["external"]:
            problems.append(f"{path}: third-party scripts or images: {found['external']}")
        for net in by_net:
            name = page.locator(f"nav.share a.share-{net}")
            try:
                expect(name).to_have_accessible_name(re.compile(rf"\b({SHARE_NAMES[net]})\b", re.IGNORECASE),
                                                     timeout=1000)
            except AssertionError as error:
                problems.append(f"{path}: the {net} link's accessible name: {error}")
    assert not problems, "share bar:\n" + "\n".join(problems)


def test_copy_link_button(open_page, site_dir: Path) -> None:
    """With JavaScript the copy button shows and copies the canonical URL, saying so; without, it stays hidden."""
    path = article_paths(site_dir)[0]
    bare = open_page(java_script_enabled=False)
    goto_settled(bare, path)
    expect(bare.locator("nav.share button.share-copy")).to_have_count(1)
    expect(bare.locator("nav.share button.share-copy")).to_be_hidden()
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    goto_settled(page, path)
    button = page.locator("nav.share button.share-copy")
    expect(button).to_be_visible()
    button.click()
    expect(page.locator("[role=status], [aria-live]").filter(has_text="Tautan disalin")).to_have_count(1)
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert page.evaluate("navigator.clipboard.readText()") == canonical


# --- the theme toggle --------------------------------------------------------------------------------------

@pytest.mark.parametrize("system", ["light", "dark"])
def test_theme_toggle_follows_the_system_flips_and_is_remembered(open_page, site_dir: Path, system: str) -> None:
    other = "light" if system == "dark" else "dark"
    page = open_page(color_scheme=system)
    goto_settled(page, "/")
    assert page.evaluate("document.documentElement.getAttribute('data-theme')") is None, "no choice yet"
    assert shown_theme(page) == system, f"does not follow the {system} system"
    toggle = page.locator("button.theme-toggle")
    expect(toggle).to_have_count(1)
    expect(toggle).to_be_visible()
    toggle.click()
    expect(page.locator("html")).to_have_attribute("data-theme", other)
    assert shown_theme(page) == other
    assert page.evaluate(f"localStorage.getItem({THEME_KEY!r})") == other

    page.reload()
    expect(page.locator("html")).to_have_attribute("data-theme", other)
    assert shown_theme(page) == other, "the choice is not remembered over a reload"
    goto_settled(page, article_paths(site_dir)[0])
    expect(page.locator("html")).to_have_attribute("data-theme", other)
    assert shown_theme(page) == other, "the choice is not remembered on another page"

    page.locator("button.theme-toggle").click()
    expect(page.locator("html")).to_have_attribute("data-theme", system)
    assert shown_theme(page) == system


@pytest.mark.parametrize("system", ["light", "dark"])
def test_stored_theme_is_set_before_the_body_exists(open_page, site_dir: Path, system: str) -> None:
    """No flash: a reader's stored choice against the system's is on <html> before <body> is parsed."""
    chosen = "light" if system == "dark" else "dark"
    late = []
    for path in ["/", article_paths(site_dir)[0], "/cari/"]:
        page = open_page(color_scheme=system)
        page.context.add_init_script(_store_theme(chosen))
        page.context.add_init_script(THEME_PROBE)
        goto_settled(page, path)
        seen = page.evaluate("window.__themeAtBody")
        assert seen["done"], f"{path}: the probe never saw <body>"
        if seen["theme"] != chosen:
            late.append(f"{path}: data-theme was {seen['theme']!r} when <body> was created, not {chosen!r}")
        elif shown_theme(page) != chosen:
            late.append(f"{path}: data-theme={chosen} but the page shows {shown_theme(page)}")
    assert not late, "the stored theme comes too late (a flash of the other theme):\n" + "\n".join(late)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("system", ["light", "dark"])
def test_text_contrast_in_both_themes(open_page, site_dir: Path, system: str, theme: str) -> None:
    """Body text against the page in each theme, chosen (stored) or the system's: axe (tests/audit) checks the
    system's schemes fully; this also covers the `[data-theme]` rules, which must agree with the media query."""
    page = open_page(color_scheme=system)
    if theme != system:
        page.context.add_init_script(_store_theme(theme))
    goto_settled(page, article_paths(site_dir)[0])
    assert shown_theme(page) == theme
    colours = page.evaluate("""() => {
      const bg = getComputedStyle(document.body).backgroundColor;
      return ['body', '.article-body > p', 'h1', 'p.meta'].map(sel => {
        const el = document.querySelector(sel);
        return el && {sel, color: getComputedStyle(el).color, bg};
      }).filter(Boolean);
    }""")
    weak = [f"{c['sel']}: {c['color']} on {c['bg']} = {_contrast(c['color'], c['bg']):.2f}"
            for c in colours if _contrast(c["color"], c["bg"]) < 4.5]
    assert not weak, f"text below 4.5:1 in the {theme} theme ({system} system):\n" + "\n".join(weak)


# --- the no-flash probe itself, on two tiny pages ----------------------------------------------------------

SET_THEME = ("const t = localStorage.getItem('warta-tema');"
             " if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;")


def _probe_page(head: str, body: str) -> str:
    return (f"<!doctype html><html lang=id><head><meta charset=utf-8><title>uji</title>{head}"
            f"<link rel=stylesheet href=s.css></head><body><p>teks</p>{body}</body></html>")


PROBE_PAGES = {
    "inline.html": _probe_page(f"<script>{SET_THEME}</script>", ""),
    "deferred.html": _probe_page("<script src=late.js defer></script>", ""),
    "end-of-body.html": _probe_page("", f"<script>{SET_THEME}</script>"),
    "late.js": SET_THEME,
    "s.css": ":root{background:#fff}:root[data-theme=dark]{background:#000}",
}


@pytest.fixture
def probe_url(tmp_path: Path) -> Iterator[str]:
    """The probe pages served on 127.0.0.1."""
    for name, text in PROBE_PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with serve_folder(tmp_path) as url:
        yield url


def test_theme_probe_tells_an_inline_setter_from_a_late_one(browser, probe_url: str) -> None:
    seen = {}
    for name in ("inline.html", "deferred.html", "end-of-body.html"):
        context = browser.new_context(color_scheme="light")
        try:
            context.add_init_script(_store_theme("dark"))
            context.add_init_script(THEME_PROBE)
            page = context.new_page()
            page.goto(probe_url + name)
            expect(page.locator("html")).to_have_attribute("data-theme", "dark")  # both set it in the end
            seen[name] = page.evaluate("window.__themeAtBody")
        finally:
            context.close()
    assert seen["inline.html"] == {"done": True, "theme": "dark"}, seen
    assert seen["deferred.html"] == {"done": True, "theme": None}, seen
    assert seen["end-of-body.html"] == {"done": True, "theme": None}, seen
