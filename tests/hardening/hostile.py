"""Hostile content and the checks that it was neutralised in a built site, shared by the hostile
content tests and the random-input property test.

`check_site(folder)` reads every output as the program that consumes it would: HTML with lxml
(as a browser builds its DOM), feeds with lxml and feedparser, JSON with json, and the HTML that
feeds and JSON Feed carry inside them as HTML again, since feed readers render it."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import feedparser
import lxml.etree
import lxml.html
from PIL import Image

from warta.render.theme import THEME_SCRIPT

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "'><img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "]]><script>alert(1)</script>",
    "<!--<script>alert(1)//-->",
    "</title><style>*{display:none}</style>",
    "{{ 7*7 }}{% raw %}",
    "\u202eevil\u202c",
)
"""What a malicious contributor writes into titles, tags, names and bodies."""

BODY = """\
Paragraf pembuka dengan <b onmouseover="alert(1)">tebal</b> dan <script>alert("badan")</script>.

<img src="x" onerror="alert(1)">

<iframe src="javascript:alert(1)"></iframe>

[skrip](javascript:alert(1)) [huruf besar](JaVaScRiPt:alert(1)) [spasi]( javascript:alert(1))
[vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[entitas](java&#x09;script:alert(1)) [referensi][r] <javascript:alert(1)>

![gambar](javascript:alert(1)) ![svg](data:image/svg+xml,<svg/onload=alert(1)>)

[r]: javascript:alert(1)

Teks dengan ]]> dan </script> dan <!-- komentar --> di tengah.

```html
<script>alert("kode")</script>
```
"""

SCHEMES = re.compile(r"^\s*(javascript|vbscript|data|file)\s*:", re.IGNORECASE)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "srcset", "background", "cite", "data",
                  "xlink:href", "content")
ACTIVE_TAGS = {"iframe", "object", "embed", "frame", "frameset", "applet", "base", "style", "svg", "math"}
ICON_SHAPES = {"path", "circle"}
ICON_ATTRIBUTES = {"class", "viewbox", "d", "cx", "cy", "r", "aria-hidden", "width", "height"}
"""The theme's icons (issue 17: the header's search, theme and menu buttons): an inline `<svg>` holding
nothing but paths and circles, with geometry attributes only, is a drawing, not a place for script."""


def is_icon(element) -> bool:
    """Whether `element` is an `<svg>` of paths and circles with geometry attributes only."""
    parts = [element, *element.iterdescendants()]
    return (all(isinstance(e.tag, str) and e.tag.lower() in ICON_SHAPES for e in parts[1:])
            and all(name.lower() in ICON_ATTRIBUTES for e in parts for name in e.attrib))


def check_html(data: bytes | str, where: str, allowed_scripts: bool = True) -> None:
    """No script runs from this HTML: no scripts but JSON-LD and the theme's own files, no event
    handler attributes, no script-running URLs, no embedding elements; JSON-LD parses and
    cannot end its element early."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    if not text.strip():
        return
    if not text.lstrip().lower().startswith("<!doctype"):  # a fragment (feed content): as a body
        text = f"<!doctype html><html><body>{text}</body></html>"
    doc = lxml.html.document_fromstring(text)
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        assert tag not in ACTIVE_TAGS or (tag == "svg" and allowed_scripts and is_icon(element)), \
            f"{where}: <{tag}> element"
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{where}: <{tag} {name}=…> event handler"
            if name.lower() in URL_ATTRIBUTES and (tag != "meta" or name != "content"):
                # (`data:,` is the empty favicon of redirect pages: nothing to run.)
                assert not SCHEMES.match(value) or (tag, name, value) == ("link", "href", "data:,"), \
                    f"{where}: <{tag} {name}={value!r}>"
        if tag == "meta" and element.get("http-equiv", "").lower() == "refresh":
            target = element.get("content", "").partition("url=")[2]
            assert not SCHEMES.match(target), f"{where}: refresh to {target!r}"
        if tag == "script":
            assert allowed_scripts, f"{where}: <script> in embedded HTML"
            kind = element.get("type", "")
            if kind == "application/ld+json":
                text = element.text or ""
                assert not re.search(r"</script|<!--", text, re.IGNORECASE), f"{where}: JSON-LD can end early"
                json.loads(text)
            else:
                source = element.get("src", "")
                # (And the theme setter of every page's <head>, allowed by the CSP by its digest.)
                assert (element.text == THEME_SCRIPT and not source and element.getparent().tag == "head") or (
                    source and not (element.text or "").strip() and ("/aset/" in source or "/pagefind/" in source)), \
                    f"{where}: script {source!r} {element.text!r}"


def check_site(folder: Path) -> dict[str, int]:
    """Check every output file of a built site; returns how many of each kind were checked."""
    counts: dict[str, int] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        if rel.endswith(".html"):
            check_html(data, rel)
            kind = "html"
        elif rel.endswith(".xml"):
            root = lxml.etree.fromstring(data)  # well formed (raises otherwise)
            if root.tag.endswith("feed") or root.tag == "rss":
                check_feed(data, rel)
                kind = "feed"
            else:
                for loc in root.iter("{*}loc"):
                    assert re.fullmatch(r"https?://[^\s<>\"']+", loc.text or ""), f"{rel}: <loc>{loc.text}"
                kind = "sitemap"
        elif rel.endswith(".json") and not rel.startswith("pagefind/"):
            feed = json.loads(data)
            for item in feed.get("items", []):
                check_html(item.get("content_html", ""), f"{rel}: {item.get('id')}", allowed_scripts=False)
                assert not SCHEMES.match(item.get("url", "")), rel
            kind = "json feed"
        elif rel.endswith(".pf_fragment"):
            fragment = json.loads(gzip.decompress(data).removeprefix(b"pagefind_dcd"))
            assert not SCHEMES.match(fragment["url"]), rel
            kind = "search fragment"
        elif rel.endswith(".png"):
            from PIL import Image

            with Image.open(path) as image:
                image.verify()
            kind = "png"
        else:
            kind = "other"
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def check_feed(data: bytes, where: str) -> None:
    parsed = feedparser.parse(data)
    assert not parsed.bozo, f"{where}: {parsed.get('bozo_exception')}"
    for entry in parsed.entries:
        for content in entry.get("content", []) + ([entry["summary_detail"]] if "summary_detail" in entry else []):
            if content["type"] == "text/html":
                check_html(content["value"], f"{where}: {entry.get('id')}", allowed_scripts=False)
        assert not SCHEMES.match(entry.get("link", "")), where
    # feedparser cleans what it returns; the raw entries must be clean before it does. What readers
    # take as HTML: Atom content and summary of type="html", RSS description and content:encoded.
    root = lxml.etree.fromstring(data)
    for element in root.iter("{*}content", "{*}description", "{*}summary", "{*}encoded"):
        atom = element.tag.startswith("{http://www.w3.org/2005/Atom}")
        if element.text and (not atom or element.get("type") == "html"):
            check_html(element.text, f"{where}: raw <{lxml.etree.QName(element).localname}>", allowed_scripts=False)


TITLE = '"><svg onload=alert(1)> </script><script>alert(1)</script> ]]> <!-- Judul'
"""A title that tries every way out of an attribute, a script, CDATA and a comment at once."""


def write_hostile_site(root: Path) -> dict[str, object]:
    """A site whose one article carries a payload in every field; returns that article's fields."""
    from helpers import article

    fields = {
        "tags": ["<script>alert(1)</script>", '"><svg onload=alert(1)>', "{{ 7*7 }}{% raw %}", "\u202eevil\u202c"],
        "author": ["'><img src=x onerror=alert(1)>", "Penulis </script>"],
        "category": "</script><script>alert(1)</script>",
        "source": '"><iframe src=javascript:alert(1)>',
        "summary": "]]><script>alert(1)</script> ringkasan <!-- -->",
        "note": '<script>alert("catatan")</script> [tautan](javascript:alert(1))',
        "dateline": '"><svg onload=alert(1)>',
        "image": "/gambar/foto.jpg",
        "image_alt": '"><img src=x onerror=alert(1)>',
    }
    (root / "articles").mkdir(parents=True)
    (root / "static" / "gambar").mkdir(parents=True)
    Image.new("RGB", (64, 48), (163, 25, 31)).save(root / "static" / "gambar" / "foto.jpg", "JPEG")
    (root / "warta.yaml").write_text(
        'title: "Situs </title><script>alert(1)</script>"\n'
        'description: "\\"><svg onload=alert(1)> deskripsi"\n'
        "base_url: https://contoh.id/\n"
        'footer: "<script>alert(1)</script> kaki"\n', encoding="utf-8")
    (root / "articles/serangan.md").write_text(
        article(TITLE, "2025-06-15T09:00:00+07:00", BODY, **fields), encoding="utf-8")
    (root / "articles/biasa.md").write_text(
        article("Berita Biasa", "2025-06-14T09:00:00+07:00", "Isi biasa tentang alert dan script.",
                tags=["<script>alert(1)</script>"]), encoding="utf-8")
    for index, payload in enumerate(PAYLOADS):  # each payload as a title, an author and a summary
        (root / f"articles/muatan-{index}.md").write_text(
            article(payload, f"2025-05-{index + 1:02d}T09:00:00+07:00", f"Isi muatan {index}.",
                    author=payload, summary=payload), encoding="utf-8")
    return {"title": TITLE, **fields}


# --- hostile YAML (issue 21) ----------------------------------------------------------------------------

def billion_laughs(indent: str = "") -> str:
    """The classic alias bomb: nine levels of nine aliases, about 450 bytes standing for 9^9 strings."""
    lines = [f'{indent}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{indent}{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]"
              for previous, name in zip("abcdefgh", "bcdefghi")]
    return "\n".join(lines) + "\n"


HOSTILE_FRONT_MATTER = {
    # name: (front matter, line, field, message); the article file's line 1 is `---`.
    "date-9999": ('title: Berita\ndate: "9999-12-31"\n', 3, "date", '"9999-12-31" is outside the years 1900 to 2999'),
    "date-9999-west": ('title: Berita\ndate: "9999-12-31T23:59:00-12:00"\n', 3, "date",
                       '"9999-12-31T23:59:00-12:00" is outside the years 1900 to 2999'),
    "expires-9999": ('title: Berita\ndate: "2025-06-15"\nexpires: "9999-12-31"\n', 4, "expires",
                     '"9999-12-31" is outside the years 1900 to 2999'),
    "updated-9999": ('title: Berita\ndate: "2025-06-15"\nupdated: "9999-12-31"\n', 4, "updated",
                     '"9999-12-31" is outside the years 1900 to 2999'),
    "date-year-1": ('title: Berita\ndate: "0001-01-01T00:00:00+07:00"\n', 3, "date",
                    '"0001-01-01T00:00:00+07:00" is outside the years 1900 to 2999'),
    "float-tag": ('title: Berita\ndate: "2025-06-15"\nextra:\n  nilai: !!float abc\n', 5, "extra",
                  '"abc" is not a valid !!float'),
    "int-tag": ('title: Berita\ndate: "2025-06-15"\nsummary: !!int 0xZZ\n', 4, "summary", '"0xZZ" is not a valid !!int'),
    "bool-tag": ('title: Berita\ndate: "2025-06-15"\ndraft: !!bool maybe\n', 4, "draft", '"maybe" is not a valid !!bool'),
    "timestamp-garbage": ('title: Berita\ndate: !!timestamp garbage\n', 3, "date",
                          '"garbage" is not a valid !!timestamp'),
    "timestamp-impossible": ('title: Berita\ndate: !!timestamp 2025-13-45\n', 3, "date",
                             '"2025-13-45" is not a valid !!timestamp'),
    "huge-number": ("title: " + "7" * 5000 + '\ndate: "2025-06-15"\n', 2, "title",
                    "a number of 5000 digits is too long to read"),
    "binary-tag": ('title: Berita\ndate: "2025-06-15"\nextra:\n  data: !!binary aGFsbw==\n', 5, "extra",
                   "the YAML tag !!binary is not allowed here"),
    "set-tag": ('title: Berita\ndate: "2025-06-15"\ntags: !!set {a, b}\n', 4, "tags",
                "the YAML tag !!set is not allowed here"),
    "omap-tag": ('title: Berita\ndate: "2025-06-15"\nextra: !!omap [a: 1]\n', 4, "extra",
                 "the YAML tag !!omap is not allowed here"),
    "python-tag": ('title: !!python/object/apply:os.system ["touch dimiliki"]\ndate: "2025-06-15"\n', 2, "title",
                   "the YAML tag !!python/object/apply:os.system is not allowed here"),
    "billion-laughs": ('title: Berita\ndate: "2025-06-15"\nextra:\n' + billion_laughs("  "), 4, "extra",
                       "YAML aliases (*name) make this more than 10,000 values"),
    "alias-in-itself": ('title: Berita\ndate: "2025-06-15"\nextra: &diri\n  - *diri\n', 4, "extra",
                        "a YAML alias (*name) stands for the list or mapping it is in"),
    "deep-nesting": ('title: Berita\ndate: "2025-06-15"\nextra: ' + "[" * 300 + "]" * 300 + "\n", 4, "extra",
                     "is nested more than 100 levels deep"),
    "nul-escape": ('title: Berita\ndate: "2025-06-15"\nsource: "x\\u0000y"\n', 4, "source",
                   "contains the control character U+0000"),
    "esc-in-title": ('title: "Judul \\x1b[31m merah"\ndate: "2025-06-15"\n', 2, "title",
                     "contains the control character U+001B"),
    "surrogate": ('title: Berita\ndate: "2025-06-15"\nextra:\n  x: "\\ud800"\n', 5, "extra",
                  "contains U+D800, which is not a character"),
}
"""Front matter that crashed or slipped through before issue 21, with the problem it must give."""

HOSTILE_CONFIG = {
    # name: (warta.yaml, line, field, message)
    "int-tag": ("title: Uji\nper_page: !!int 0xZZ\n", 2, "per_page", '"0xZZ" is not a valid !!int'),
    "bool-tag": ("title: Uji\nallow_html: !!bool maybe\n", 2, "allow_html", '"maybe" is not a valid !!bool'),
    "huge-number": ("title: " + "7" * 5000 + "\n", 1, "title", "a number of 5000 digits is too long to read"),
    "binary-tag": ("title: Uji\nextra: {data: !!binary aGFsbw==}\n", 2, "extra",
                   "the YAML tag !!binary is not allowed here"),
    "billion-laughs": ("title: Uji\nextra:\n" + billion_laughs("  "), 2, "extra",
                       "YAML aliases (*name) make this more than 10,000 values"),
    "nul-escape": ('title: Uji\nfooter: "kaki\\0"\n', 2, "footer", "contains the control character U+0000"),
}
"""warta.yaml that crashed every command before issue 21, with the problem it must give."""

YAML_TRICKS = (
    "!!float abc", "!!int 0xZZ", "!!bool maybe", "!!timestamp garbage", "!!timestamp 2025-13-45", "!!binary aGk=",
    "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]", "!!python/name:os.system", "!lokal x", "!!str", "!!null",
    "&a [x, y]", "*a", "&b {k: *a}", "[*a, *a, *a]", '"\\0"', '"\\x1b[31m"', '"\\ud800"', '"\\uffff"', '"\\x7f"', '"\\N"',
    "9" * 4400, "1e999", "-.inf", ".nan", "=", "<<", '"9999-12-31"', '"0001-01-01T00:00:00+07:00"',
    '"9999-12-31T23:59:00-12:00"', "0001-01-01", "9999-12-31 23:59:00", '"1899-12-31"', '"3000-01-01"',
)
"""YAML fragments that tripped the loader or the build before issue 21, for the random-input test."""
