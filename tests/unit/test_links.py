"""linkcheck/: where a link leads, which links lead nowhere, and at which line of an article they stand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import article
from warta.config import SiteConfig
from warta.content.frontmatter import split_front_matter
from warta.content.schema import validate_article
from warta.linkcheck.check import Target, check_articles, check_links, check_pages, resolve
from warta.linkcheck.pages import PageLink, index_site, read_page
from warta.markdown import make_parser, render_article, render_markdown
from warta.yamlmap import parse_mapping

ROOT = SiteConfig(title="X", base_url="https://contoh.id/")
SUB = SiteConfig(title="X", base_url="https://contoh.id/berita/")


def rendered(slug: str, body: str, config: SiteConfig = ROOT):
    """An Article made by the real stages from an article file `articles/<slug>.md`."""
    text = article(body=body)
    path = f"articles/{slug}.md"
    split, _ = split_front_matter(text, path)
    mapping, _ = parse_mapping(split.front_matter, path, split.front_matter_line)
    source, problems = validate_article(path, slug, mapping, split.body, split.body_line, config)
    assert source is not None, problems
    return render_article(source, config)


def page(body: str = "", ids: str = "") -> bytes:
    anchors = "".join(f'<h2 id="{i}">{i}</h2>' for i in ids.split())
    return f"<!doctype html><title>t</title><main id=\"konten\">{anchors}{body}</main>".encode()


# --- resolve ------------------------------------------------------------------------------------

def test_resolves_relative_root_relative_and_own_host_links():
    assert resolve("../dua/#rincian", "artikel/satu/", ROOT) == Target("artikel/dua/", "rincian")
    assert resolve("#latar", "artikel/satu/", ROOT) == Target("artikel/satu/", "latar")
    assert resolve("/tag/meta/", "artikel/satu/", ROOT) == Target("tag/meta/", "")
    assert resolve("https://CONTOH.id/arsip/?q=1", "", ROOT) == Target("arsip/", "")
    assert resolve("//contoh.id/tag/", "", ROOT) == Target("tag/", "")
    assert resolve("/artikel/a%20b/", "", ROOT) == Target("artikel/a b/", "")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["http", "https", "HTTPS", "ftp", ":", "//", "/", "?", "#", "contoh.id", "CONTOH.ID",
                                 "contoh.id:443", "user@", "x.org", "[::1]", "[", "]", "\t", "\n", " ", "%20", "é",
                                 "\\", "a", ".", "twitter.com/intent/tweet?url=", "mailto:", "@", "\u3000", "~"]),
                min_size=1, max_size=8).map("".join),
       st.sampled_from([ROOT, SUB, SiteConfig(title="X", base_url="https://Contoh.ID:443/"),
                        SiteConfig(title="X", base_url="/lokal/")]),
       st.booleans())
def test_outside_http_addresses_resolve_as_parsing_them_does(url, config, markdown):
    """Issue 22: an http(s) address on another host is told apart without parsing it (`_elsewhere`):
    what `resolve` makes of any address is what parsing it makes."""
    from warta.linkcheck.check import _resolve_parsed

    stripped = url.strip()
    try:
        expected = _resolve_parsed(stripped, "artikel/satu/", config, markdown) if stripped else None
    except ValueError:
        expected = ValueError
    try:
        found = resolve(url, "artikel/satu/", config, markdown)
    except ValueError:
        found = ValueError
    if stripped[:1] in ("#", "/"):
        return  # (anchors and paths from the root have their own ways, tested above and below)
    assert found == expected


def test_tells_share_buttons_and_other_hosts_apart_without_parsing():
    from warta.linkcheck.check import _elsewhere

    assert _elsewhere("https://twitter.com/intent/tweet?url=https%3A%2F%2Fcontoh.id%2F", ROOT)
    assert _elsewhere("http://x.org", ROOT)
    assert not _elsewhere("https://contoh.id/artikel/x/", ROOT)
    assert not _elsewhere("https://CONTOH.id/", ROOT)
    assert not _elsewhere("https://[::1]/", ROOT)  # (brackets: parsed, which may refuse them)
    assert not _elsewhere("https://x.org\t/", ROOT)  # (urlsplit drops the tab: parsed)
    assert not _elsewhere("HTTPS://x.org/", ROOT)  # (parsed: any case of the scheme)
    assert _elsewhere("https://x.org/", SiteConfig(title="X", base_url="/lokal/"))  # (no host of its own)


def test_leaves_outside_addresses_unchecked():
    for url in ("https://example.org/x", "mailto:redaksi@contoh.id", "tel:+62211234", "//example.org/x", "", "  "):
        assert resolve(url, "artikel/satu/", ROOT) is None, url


def test_markdown_root_relative_links_are_site_paths_under_the_base_path():
    assert resolve("/artikel/dua/", "artikel/satu/", SUB, markdown=True) == Target("artikel/dua/", "")
    assert resolve("/berita/artikel/dua/", "artikel/satu/", SUB, markdown=True) == Target("artikel/dua/", "")
    # In a built page a root-relative path is a path on the host: outside /berita/ it is not this site.
    assert resolve("/artikel/dua/", "artikel/satu/", SUB) is None
    assert resolve("/berita/artikel/dua/", "artikel/satu/", SUB) == Target("artikel/dua/", "")
    assert resolve("https://contoh.id/lain/", "", SUB) is None


# --- pages and the site index -------------------------------------------------------------------

def test_reads_ids_and_links_with_their_lines():
    built = read_page('<p id="a">\n<a href="/x/">x</a>\n<img src="/g.png" srcset="/g1.png 1x, /g2.png 2x" alt="">'
                      '\n<a name="lama"></a><link rel="stylesheet" href="/s.css"><form action="/cari/"></form>')
    assert built.ids == {"a", "lama"}
    assert [(link.line, link.element, link.url) for link in built.links] == [
        (2, "a href", "/x/"), (3, "img src", "/g.png"), (3, "img srcset", "/g1.png"), (3, "img srcset", "/g2.png"),
        (4, "link href", "/s.css"), (4, "form action", "/cari/")]


def test_a_page_read_back_from_the_build_cache_has_its_page_links():
    """A page's links are packed as plain tuples (fast to unpickle) and read back as PageLinks: the
    page equals the one first read, from a worker or from the build cache alike."""
    import pickle

    from warta.linkcheck.pages import BuiltPage, PageLink, scan_page

    html = '<p id="a">\n<a href="/x/">x</a>\n<img src="/g.png" srcset="/g1.png 1x, /g2.png 2x" alt="">'
    for fresh in (read_page(html), scan_page(html), BuiltPage(frozenset(), ())):
        data = pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL)
        assert b"PageLink" not in data
        cached = pickle.loads(data)
        assert cached == fresh and cached.ids == fresh.ids and cached.links == fresh.links
        assert all(type(link) is PageLink for link in cached.links)
        again = pickle.loads(pickle.dumps(cached))  # (packed once: the same bytes again)
        assert again == fresh and all(type(link) is PageLink for link in again.links)
    cached = pickle.loads(pickle.dumps(read_page(html)))
    assert cached.links[1] == PageLink(3, "img src", "/g.png") and cached.links[1].element == "img src"
    assert cached != pickle.loads(pickle.dumps(read_page(html.replace("/x/", "/y/"))))


def test_a_scanned_page_keeps_its_links_packed_and_its_anchors_as_one_text():
    """Issue 20: the build holds every page until its state is saved; a scanned page keeps its links
    packed (about half the memory of PageLinks), reading them never keeps them unpacked. Issue 22: a
    page read back (from a worker or the build cache) holds its anchors as one sorted text, made a
    set only when asked for; the shape of the site is digested from the texts."""
    import pickle

    from warta.linkcheck.pages import scan_page

    html = '<main id="konten">\n<a href="/x/">x</a><h2 id="bagian-satu">S</h2><p id="a\0b">'
    built = scan_page(html)
    assert built._links is None and built._packed
    first = built.links
    assert first == built.links and built._links is None
    assert [(link.line, link.element, link.url) for link in first] == [(2, "a href", "/x/")]
    back = pickle.loads(pickle.dumps(built))
    assert back._links is None and back._ids is None and back == built
    assert back.anchor_text == "bagian-satu\0konten" and back._ids is None  # (one with a NUL: no link names it)
    assert back.ids == built.ids == {"konten", "bagian-satu"}
    nothing = pickle.loads(pickle.dumps(scan_page("<p>tanpa jangkar</p>")))
    assert nothing.ids == frozenset() and nothing.anchor_text == ""


def test_a_folder_link_without_its_slash_resolves_as_hosts_redirect_it():
    index = index_site([("index.html", page('<a href="artikel/x">x</a><a href="artikel/x/index.html">y</a>')),
                        ("artikel/x/index.html", page())])
    assert check_pages(index, ROOT, "_site") == []


def test_reports_a_missing_page_and_a_missing_anchor_once_per_template_link():
    footer = '<a href="/tentang/">t</a><a href="/#nowhere">n</a><a href="/#konten">k</a><a href="#top">^</a>'
    index = index_site([("index.html", page(footer)), ("tag/index.html", page(footer)),
                        ("aset/style.css", None)])
    problems = check_pages(index, ROOT, "_site")
    assert [(p.path, p.line, p.warning) for p in problems] == [("_site/index.html", 1, True)] * 2
    assert problems[0].message == ('<a href="/tentang/"> leads nowhere: the site has no /tentang/ '
                                   "(and on 1 other page)")
    assert problems[1].message.startswith('<a href="/#nowhere"> leads nowhere: / has no anchor #nowhere')


def test_pages_checked_through_a_map_give_what_one_process_gives():
    """`map_pages` (the build's processes) is given every page not known from an earlier check, in order,
    and the problems come out as from `map`, a template's link still reported once with its count."""
    footer = '<a href="/tentang/">t</a><a href="/#nowhere">n</a><a href="/artikel/x/">x</a>'
    index = index_site([("index.html", page(footer)), ("tag/index.html", page(footer)),
                        ("artikel/x/index.html", page(footer)), ("aset/style.css", None)])
    asked: list[list[str]] = []

    def backwards(function, files):  # (results in order, computed in another order)
        asked.append(list(files))
        return reversed([function(file) for file in reversed(files)])

    known = {"tag/index.html": ()}
    found: dict = {}
    problems = check_pages(index, ROOT, "_site", known=known, found=found, map_pages=backwards)
    assert asked == [["artikel/x/index.html", "index.html"]]
    assert problems == check_pages(index, ROOT, "_site", known=known)
    assert found["tag/index.html"] == () and [link.url for link in found["index.html"]] == ["/tentang/", "/#nowhere"]


def test_a_pages_own_anchors_are_found_and_its_missing_ones_reported():
    """A link to an anchor of its own page (`#konten`, a table of contents) is judged from the page's ids
    without resolving it; a missing one, or one whose escapes decode to a missing one, is reported."""
    body = '<a href="#konten">k</a><a href="#a%20b">e</a><a href="#hilang">h</a><a href="#">t</a>'
    index = index_site([("index.html", page(body, ids="a%20b"))])
    problems = check_pages(index, ROOT, "_site")
    assert sorted(p.message.split(">")[0] for p in problems) == ['<a href="#a%20b"', '<a href="#hilang"']


# --- articles ------------------------------------------------------------------------------------

def test_body_links_carry_their_body_lines():
    body = render_markdown(make_parser(False), "Satu [a](/a/) dan\ndua [b](#b)\n\n| x |\n|---|\n| ![c](/c.png) |\n\n"
                                               "Catatan.[^1]\n\n[^1]: Di [d](/d/).\n")
    assert [(link.url, link.line, link.image) for link in body.links] == [
        ("/a/", 1, False), ("#b", 2, False), ("/c.png", 6, True), ("/d/", 10, False)]


def test_reports_article_links_at_the_line_of_the_file_with_a_suggestion():
    satu = rendered("satu", "Lihat [dua](/artikel/duaa/).\n\n## Latar belakang\n\nKe [atas](#latar-belakng)"
                            " dan [dua](../dua/#rincian) dan [luar](https://example.org/).\n\n![foto](/gambar/x.jpg)")
    dua = rendered("dua", "## Rincian\n\nIsi.")
    index = index_site([("artikel/satu/index.html", page(ids="latar-belakang")),
                        ("artikel/dua/index.html", page(ids="rincian"))])
    problems, reported = check_articles([satu, dua], index, ROOT)
    # The front matter (title, date) and the blank line after it take lines 1 to 5.
    assert [(p.path, p.line, p.message, p.hint) for p in problems] == [
        ("articles/satu.md", 6, 'link to "/artikel/duaa/" leads nowhere: the site has no /artikel/duaa/',
         "did you mean /artikel/dua/?"),
        ("articles/satu.md", 10, 'link to "#latar-belakng" leads nowhere: /artikel/satu/ has no anchor '
         "#latar-belakng", "did you mean #latar-belakang?"),
    ]  # (not the picture: the load finds and checks every picture's file, tests/test_photos.py)
    assert all(p.warning for p in problems)
    assert ("artikel/satu/index.html", Target("artikel/duaa/", "")) in reported


def test_an_articles_findings_hold_its_reported_targets_once_in_order_and_nothing_for_a_clean_article():
    """Issue 20: every article's findings are held until the build's state is saved; a clean article's
    are two empty tuples (an empty frozenset took 216 bytes of each), a link broken twice is one target."""
    satu = rendered("satu", "Ke [b](/artikel/b/) dan [a](/artikel/a/), lagi [b](/artikel/b/).")
    dua = rendered("dua", "Isi.")
    index = index_site([("artikel/satu/index.html", page()), ("artikel/dua/index.html", page())])
    found = check_links([satu, dua], index, ROOT, "_site").articles
    assert found["artikel/satu/index.html"].reported == (Target("artikel/b/", ""), Target("artikel/a/", ""))
    assert len(found["artikel/satu/index.html"].problems) == 3
    assert found["artikel/dua/index.html"].reported == () and found["artikel/dua/index.html"].problems == ()


def test_a_broken_markdown_link_is_reported_once_not_again_in_its_page():
    satu = rendered("satu", "Lihat [dua](/artikel/duaa/).")
    index = index_site([("artikel/satu/index.html", page('<a href="/artikel/duaa/">dua</a>'))])
    problems = check_links([satu], index, ROOT, "_site").problems
    assert [(p.path, p.line) for p in problems] == [("articles/satu.md", 6)]


def test_fast_scan_of_generated_pages_finds_what_the_html_parser_finds(tmp_path):
    """scan_page (regular expressions, used by the build) agrees with read_page (HTMLParser, used
    by `warta check`) on every page of a real build, keeping each address once at its first line."""
    from helpers import REPO, run_build
    from warta.linkcheck.pages import read_page, scan_page

    import shutil

    site = tmp_path / "site"  # (a copy: the build's cache goes into the site folder, not into the repository)
    shutil.copytree(REPO / "tests" / "sites" / "basic", site, ignore=shutil.ignore_patterns(".warta-cache", "_site"))
    out = tmp_path / "out"
    assert run_build(site, output=out, search=True) == 0
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        html = page.read_text(encoding="utf-8")
        parsed, scanned = read_page(html), scan_page(html)
        first = {}
        for link in parsed.links:
            first.setdefault(link.url, link)
        assert scanned.ids == parsed.ids, page
        assert scanned.links == tuple(first.values()), page


def test_fast_scan_ignores_script_and_comment_text_but_keeps_script_sources():
    from warta.linkcheck.pages import scan_page

    html = ('<p id="a">x</p>\n<!-- <a href="/hidden/">no</a> -->\n<script type="application/ld+json">'
            '{"url": "<a href=\\"/nope/\\">"}</script>\n<script src="/aset/s.js"></script>\n'
            "<a href='/ya/?a=1&amp;b=2'>ya</a>")
    page = scan_page(html)
    assert page.ids == {"a"}
    assert [(l.line, l.element, l.url) for l in page.links] == [(4, "script src", "/aset/s.js"),
                                                                (5, "a href", "/ya/?a=1&b=2")]


# ------------------------------------------------------------------ scan_page in linear time (issue 21)

def old_scan_page(html: str):
    """scan_page as it was before issue 21 (quadratic on unclosed <script>, comments, tags and on long
    attribute names), to check that the linear one finds exactly the same."""
    import re
    import sys
    from html import unescape

    from warta.linkcheck.pages import LINK_ATTRIBUTES, BuiltPage, PageLink

    tag_re = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>")
    attribute_re = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
    skip_re = re.compile(r"<!--.*?-->|(<(script|style)\b[^>]*>)(.*?)(</\2\s*>)", re.DOTALL | re.IGNORECASE)

    def blank(match):
        if match.group(1) is None:
            return "\n" * match.group(0).count("\n")
        return match.group(1) + "\n" * match.group(3).count("\n") + match.group(4)

    html = skip_re.sub(blank, html)
    ids, links, line, counted = set(), {}, 1, 0
    for tag_match in tag_re.finditer(html):
        tag, body = tag_match.group(1).lower(), tag_match.group(2)
        if not body or (tag not in LINK_ATTRIBUTES and "id" not in body):
            continue
        values = {}
        for match in attribute_re.finditer(body):
            name = match.group(1).lower()
            if name not in values:
                raw = match.group(2) if match.group(2) is not None else match.group(3) \
                    if match.group(3) is not None else match.group(4)
                values[name] = unescape(raw) if "&" in raw else raw
        if values.get("id"):
            ids.add(values["id"])
        if tag == "a" and values.get("name"):
            ids.add(values["name"])
        for attribute in LINK_ATTRIBUTES.get(tag, ()):
            value = values.get(attribute)
            if not value:
                continue
            urls = [part.split()[0] for part in value.split(",") if part.split()] if attribute == "srcset" else [value]
            for url in urls:
                if url not in links:
                    line += html.count("\n", counted, tag_match.start())
                    counted = tag_match.start()
                    links[url] = PageLink(line, sys.intern(f"{tag} {attribute}"), sys.intern(url))
    return BuiltPage(frozenset(ids), tuple(links.values()))


HOSTILE_PAGES = {
    "unclosed script tags": "<script>" * 40_000,
    "unclosed style tags": '<style>x<a href="/s/">' * 40_000,
    "unclosed comments": '<!--<a href="/k/">' * 40_000,
    "tags without >": '<a href="/t/" ' * 40_000,
    "script tags without >": "<script " * 40_000 + "</script>",
    "a 200,000-character attribute name": "<a " + "b" * 200_000 + ' href="/x/">',
    "an unclosed quote": '<a id="x" href="' + "y " * 40_000 + ">",
    "many attributes": "<a " + "x=1 " * 40_000 + 'href="/z/">',
}

SCAN_CASES = [
    '<p id="a">x</p><!-- <a href="/hidden/"> --><a href="/b/">b</a>',
    '<script>\n<a href="/no/">\n</script >\n<a href="/yes/">\n<SCRIPT type=x>\n</script><style>\n</STYLE>',
    '<script>never closed <a href="/seen/"> <!-- <a href="/also/"> ',
    '<!-- open <a href="/c/"> <script>x</script> <a href="/d/"> -->',
    '<script src="/s.js"><script>a</script></script><a href="/e/">',
    "<!---->",
    "<!-->",
    '<scripts><a href="/f/"></scripts><script-x>z</script><a href="/g/">',
    '<a 9abc=1 href="/h/" id=i x="unclosed href=/j/>',
    "<a href=/k/ name=anker><img srcset='/1.png 1x, /2.png 2x' src=/0.png>",
    '<a aaa bbb= "/l/" data-x.y:z=q href=\'/m/\'>',
    "<a <b <c href=/n/>",
    '<style>\n\n<a href="/o/"></style\n>\n<a href="/p/">',
]


def test_fast_scan_finds_what_it_found_before(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from warta.linkcheck.pages import scan_page

    for html in SCAN_CASES:
        assert scan_page(html) == old_scan_page(html), html

    pieces = st.sampled_from(['<a href="/a/">', "<a", " ", "\n", ">", "<!--", "-->", "<script>", "</script>",
                              "</script >", "<style x>", "</STYLE>", "<SCRIPT", 'id="i"', "id=j", "'", '"', "=",
                              "href=/b/", "x", "9", "-", "<img src=/c.png>", "<", "name=n"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=40).map("".join))
    def agrees(html):
        assert scan_page(html) == old_scan_page(html)

    agrees()


def _blanked_plainly(html: str) -> str:
    """What `_blank_skipped` gives, by its definition and without its bookkeeping (each look from scratch)."""
    from warta.linkcheck.pages import _SKIP_END, _SKIP_START

    parts, done, position = [], 0, 0
    while (opening := _SKIP_START.search(html, position)) is not None:
        start, kind = opening.start(), opening.group(1)
        if kind is None:
            end = html.find("-->", start + 4)
            if end < 0:
                position = start + 1
                continue
            parts += [html[done:start], "\n" * html.count("\n", start, end + 3)]
            done = position = end + 3
            continue
        closing = html.find(">", start)
        end = _SKIP_END[kind.lower()].search(html, closing + 1) if closing >= 0 else None
        if end is None:
            position = start + 1
            continue
        parts += [html[done:closing + 1], "\n" * html.count("\n", closing + 1, end.start())]
        done, position = end.start(), end.end()
    return "".join(parts) + html[done:]


def test_blanking_scripts_styles_and_comments_follows_its_definition():
    """Issue 22: `_blank_skipped` looks for each end tag from its opening (not for the page's last one
    first), and gives what its definition says on any mix of openings, ends and text."""
    from warta.linkcheck.pages import _blank_skipped

    pieces = st.sampled_from(["<script>", "</script>", "</script >", "</SCRIPT\n>", "<ScRiPt a=1>", "<style>",
                              "</style>", "<STYLE", "<!--", "-->", "<!-->", ">", "<", "\n", "x", "<scripts>",
                              "</scrip>", '<a href="/a/">', "<script", "</"])

    @settings(max_examples=600, deadline=None)
    @given(st.lists(pieces, max_size=30).map("".join))
    def agrees(html):
        assert _blank_skipped(html) == _blanked_plainly(html)

    for html in SCAN_CASES:
        assert _blank_skipped(html) == _blanked_plainly(html), html
    agrees()


def test_fast_scan_remembers_tags_without_mixing_up_pages(monkeypatch):
    """scan_page parses each tag's text once per process (`_TAGS`): a tag met again on another page,
    at another line, gets that page's line; the same results come when the memo is full and starts
    again, or is bypassed altogether."""
    import warta.linkcheck.pages as links

    first = '<a href="/x/" id="top">x</a>\n<img src="/a.png" srcset="/a.png 1x, /b.png 2x">\n'
    second = '\n\n\n<p>y</p>' + first + '<a href="/x/">again</a><a name="n" href="#top">t</a>'
    expected = {html: old_scan_page(html) for html in (first, second, *SCAN_CASES)}
    for kept in (200_000, 2, 1):
        monkeypatch.setattr(links, "_TAGS_KEPT", kept)
        links._TAGS.clear()
        for _ in range(2):
            for html, page in expected.items():
                assert links.scan_page(html) == page, (kept, html)
    assert links.scan_page(second).links[0].line == 4
    assert links.scan_page(second).ids == {"top", "n"}


def test_fast_scan_keeps_a_bounded_amount_of_tag_text(monkeypatch):
    """The memo of tags (`_TAGS`) outlives a build (`warta serve` rebuilds in one process): what it keeps
    is bounded in characters, not only in tags. A static page with a 2 MB inline picture (a `data:`
    address), edited and rebuilt 40 times, left 80 million characters of tag text behind (and as many again in its
    addresses); a tag that long is never kept."""
    import warta.linkcheck.pages as links

    links._TAGS.clear()
    for n in range(40):
        html = f'<p>{n}</p>\n<img src="data:image/png;base64,{n:02d}{"A" * 2_000_000}" alt="x">\n<a href="/x/">x</a>'
        assert links.scan_page(html).links[1] == PageLink(3, "a href", "/x/")
    assert sum(map(len, links._TAGS)) < 10_000
    monkeypatch.setattr(links, "_TAGS_CHARS", 5_000)
    for n in range(1_000):
        links.scan_page(f'<a href="/artikel/{n}/" class="card-link">{n}</a>')
        assert sum(map(len, links._TAGS)) <= 5_000
    links._TAGS.clear()


def test_fast_scan_looks_at_each_character_a_bounded_number_of_times(monkeypatch):
    """Issue 21: 40,000 unclosed <script> tags in a static page took 112 s. Every search scan_page makes
    is counted with the stretch of text it may look at; together they cover each page a few times over,
    never once per tag."""
    import warta.linkcheck.pages as links

    looked = [0]

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, string, pos=0, endpos=None):
            match = self.pattern.search(string, pos, len(string) if endpos is None else endpos)
            looked[0] += (match.end() if match else len(string) if endpos is None else endpos) - pos
            return match

        def finditer(self, string, pos=0, endpos=None):
            looked[0] += (len(string) if endpos is None else endpos) - pos
            return self.pattern.finditer(string, pos, len(string) if endpos is None else endpos)

    class Text(str):
        def find(self, sub, start=0, end=None):
            found = str.find(self, sub, start, len(self) if end is None else end)
            looked[0] += (found + len(sub) if found >= 0 else len(self)) - start
            return found

        def index(self, sub, start=0, end=None):
            found = str.index(self, sub, start, len(self) if end is None else end)
            looked[0] += found + len(sub) - start
            return found

        def rfind(self, sub, start=0, end=None):
            looked[0] += len(self) - start
            return str.rfind(self, sub, start, len(self) if end is None else end)

    monkeypatch.setattr(links, "_SKIP_START", Counted(links._SKIP_START))
    monkeypatch.setattr(links, "_SKIP_END", {kind: Counted(p) for kind, p in links._SKIP_END.items()})
    monkeypatch.setattr(links, "_TAG", Counted(links._TAG))
    monkeypatch.setattr(links, "_ATTRIBUTE", Counted(links._ATTRIBUTE))
    for name, html in HOSTILE_PAGES.items():
        looked[0] = 0
        links.scan_page(Text(html))
        assert looked[0] <= 8 * len(html), name


def test_fast_scan_of_hostile_pages_needs_little_cpu_time():
    """The same pages, scanned in a process limited to 60 s of CPU time (not wall time, so a loaded
    machine does not count against it): the linear scan needs well under a second for all of them,
    the old one needed 112 s for the first alone."""
    import subprocess
    import sys

    from helpers import REPO

    code = ("import resource, sys\n"
            "resource.setrlimit(resource.RLIMIT_CPU, (60, 60))\n"
            "sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
            "from test_links import HOSTILE_PAGES\n"
            "from warta.linkcheck.pages import scan_page\n"
            "for html in HOSTILE_PAGES.values():\n"
            "    scan_page(html)\n"
            "print('done')\n")
    result = subprocess.run([sys.executable, "-c", code, str(REPO / "tests" / "unit"), str(REPO / "tests")],
                            capture_output=True, text=True, timeout=600)
    assert result.stdout == "done\n", result.stderr[-2000:]


_PATH_PARTS = ["berita", "artikel", "a-b", "x", "", ".", "..", "%41", "a b", "q?x=1", "f#top", "p;q", "\\", "é",
               "\t", ":", "@", "~"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PATH_PARTS), max_size=5), st.booleans(), st.sampled_from(["", "/"]),
       st.sampled_from([ROOT, SUB]), st.booleans())
def test_a_path_from_the_root_resolves_as_urljoin_resolves_it(parts, trailing, lead, config, markdown):
    """`resolve` takes plain paths from the root without parsing them (issue 22): wherever it does,
    it gives what joining and parsing gives, for any mix of segments, dots, escapes, queries and
    fragments, with or without the base path, in Markdown or in a built page."""
    from warta.linkcheck.check import _resolve_parsed

    url = "/" + lead.join(parts) + ("/" if trailing else "")
    for url in (url, config.base_path.rstrip("/") + url):
        if url.strip() and url.strip()[0] == "/":
            assert resolve(url, "artikel/x/", config, markdown) == _resolve_parsed(url.strip(), "artikel/x/", config,
                                                                                   markdown), url
