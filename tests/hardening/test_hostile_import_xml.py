"""Hostile WordPress exports and feeds: refused with one clear problem or read harmlessly, never a crash (issue 19).

XML bombs (billion laughs) are refused before any expansion, external entities and DTDs are never read or
fetched, broken or foreign files are one `ContentError` naming the file, and any byte flipped in the real
fixtures gives either a Reading or that error."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.errors import ContentError
from warta.importer import feeds
from warta.importer.wordpress import export as wordpress
from warta.importer.records import ReadOptions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
EXPORT = (FIXTURES / "wordpress" / "export.xml").read_bytes()
RSS = (FIXTURES / "feeds" / "rss" / "feed.xml").read_bytes()
ATOM = (FIXTURES / "feeds" / "atom" / "feed.xml").read_bytes()
OPTIONS = ReadOptions(ZoneInfo("Asia/Jakarta"))
READERS = {"wordpress": wordpress.read, "feeds": feeds.read}

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def _refused(reader: str, data: bytes) -> str:
    with pytest.raises(ContentError) as caught:
        READERS[reader](data, "masuk.xml", OPTIONS)
    message = caught.value.format()
    assert message.startswith("masuk.xml") and "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("reader", READERS)
def test_billion_laughs_is_refused_before_any_expansion(reader: str) -> None:
    body = EXPORT if reader == "wordpress" else RSS
    bomb = LAUGHS + body.split(b"?>", 1)[1].replace(b"Kabar", b"&lol9; Kabar", 1)
    assert "declares XML entities" in _refused(reader, bomb)


@pytest.mark.parametrize("reader", READERS)
def test_external_entities_are_never_read(reader: str, tmp_path: Path) -> None:
    secret = tmp_path / "rahasia.txt"
    secret.write_text("KATA-SANDI-RAHASIA")
    body = EXPORT if reader == "wordpress" else RSS
    xxe = (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "' + secret.as_uri().encode() + b'">]>'
           + body.split(b"?>", 1)[1].replace(b"Kabar", b"&x; Kabar", 1))
    assert "declares XML entities" in _refused(reader, xxe)


def test_an_external_dtd_is_not_loaded(tmp_path: Path) -> None:
    """A DOCTYPE naming a DTD file (no entity declared in the document itself): the DTD is not read, so an
    entity it would define stays unexpanded and its text never reaches an article."""
    dtd = tmp_path / "luar.dtd"
    dtd.write_text('<!ENTITY rahasia "KATA-SANDI-RAHASIA">')
    data = (b'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "' + dtd.as_uri().encode() + b'">'
            + EXPORT.split(b"?>", 1)[1].replace(b"<title><![CDATA[Harga Beras", b"<title>&rahasia;<![CDATA[Harga Beras",
                                                1))
    try:
        reading = wordpress.read(data, "masuk.xml", OPTIONS)
    except ContentError as error:
        assert "\n" not in error.format()
        return
    assert all("KATA-SANDI" not in (a.title or "") + a.body for a in reading.articles)


@pytest.mark.parametrize("data,expected", [
    (b"", "is not well-formed XML"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not well-formed XML"),
    (b"<html><body><p>Bukan ekspor</p></body></html>", "is not a WordPress export"),
    (EXPORT[: len(EXPORT) // 2], "is not well-formed XML"),
    (b"<rss>" + b"<a>" * 10_000 + b"</a>" * 10_000 + b"</rss>", "is not well-formed XML"),
    (b'<rss version="2.0"><channel><title>Tanpa versi WXR</title></channel></rss>', "is not a WordPress export"),
])
def test_broken_or_foreign_files_are_one_clear_problem_for_wordpress(data: bytes, expected: str) -> None:
    assert expected in _refused("wordpress", data)


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02 bukan feed", b"<html><body><p>Halaman biasa</p></body></html>"])
def test_what_is_not_a_feed_is_one_clear_problem(data: bytes) -> None:
    assert "is not an RSS or Atom feed" in _refused("feeds", data)


def test_script_and_data_links_in_a_feed_are_dropped() -> None:
    reading = feeds.read(RSS + b"", "feed.xml", OPTIONS)
    atom = feeds.read(ATOM, "atom.xml", OPTIONS)
    for article in reading.articles + atom.articles:
        lowered = article.body.lower()
        assert "javascript:" not in lowered and "data:" not in lowered and "<script" not in lowered
        assert "onclick" not in lowered and "track(" not in lowered


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["wordpress-export", "feeds-rss", "feeds-atom"]), st.integers(0, 10**9), st.binary(max_size=8))
def test_any_damaged_byte_gives_a_reading_or_one_clear_problem(which: str, where: int, junk: bytes) -> None:
    reader, original = {"wordpress-export": ("wordpress", EXPORT), "feeds-rss": ("feeds", RSS),
                        "feeds-atom": ("feeds", ATOM)}[which]
    at = where % len(original)
    data = original[:at] + junk + original[at + 1:]
    try:
        READERS[reader](data, "masuk.xml", OPTIONS)
    except ContentError as error:
        assert "\n" not in error.format()


@pytest.mark.parametrize("reader", READERS)
def test_entities_declared_after_long_padding_are_refused_too(reader: str) -> None:
    body = EXPORT if reader == "wordpress" else RSS
    padded = (b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!-- ' + b"x" * 200_000 + b' -->\n'
              + LAUGHS.split(b"[", 1)[1] + body.split(b"?>", 1)[1].replace(b"Kabar", b"&lol9; Kabar", 1))
    assert "declares XML entities" in _refused(reader, padded)


def test_addresses_python_cannot_split_are_no_crash() -> None:
    """`https://[x/` makes urlsplit raise (a bad IPv6 host): as a post's link, a picture's address, a feed's link."""
    export = (EXPORT.replace(b"<link>https://kabarnusantara.id/2024/06/12/harga-beras-naik-jelang-iduladha/</link>",
                             b"<link>https://[rusak/x/</link>")
              .replace(b"https://kabarnusantara.id/wp-content/uploads/2024/06/pompa-air-bekasi-1024x683.jpg",
                       b"https://[rusak/wp-content/uploads/a.jpg"))
    uploads = FIXTURES / "wordpress" / "uploads"
    for options in (OPTIONS, ReadOptions(OPTIONS.zone, uploads=uploads)):
        reading = wordpress.read(export, "masuk.xml", options)
        assert len(reading.articles) == 6 and reading.articles[0].aliases == ()
    feed = RSS.replace(b"<link>https://kabarmakassar.id</link>", b"<link>https://[rusak</link>")
    assert len(feeds.read(feed, "feed.xml", OPTIONS).articles) == 2


@pytest.mark.parametrize("damage", [
    (b"<title>Pelabuhan", b"<title>&#x110000; &#99999999999; Pelabuhan"),  # feedparser's lenient parser trips on these
    (b"Fri, 21 Jun 2024 02:30:00 +0000", b"Fri, 31 Dec 9999 23:59:59 -2359"),  # past the calendar in the site's zone
    (b"Fri, 21 Jun 2024 02:30:00 +0000", b"Mon, 99 Foo 99999 99:99:99 +9999"),
    (b"<link>https://kabarmakassar.id/2024/06/21/pelabuhan-makassar-tambah-crane/</link>",
     b"<link>https://[caption]/x/</link>"),  # a base no relative link can be resolved against
    (b"<title>Pelabuhan", b"\x00<title>Pelabuhan"),
])
def test_damaged_feeds_found_by_fuzzing_are_no_crash(damage: tuple[bytes, bytes]) -> None:
    old, new = damage
    data = RSS.replace(old, new, 1)
    try:
        feeds.read(data, "feed.xml", OPTIONS)
    except ContentError as error:
        assert "\n" not in error.format()



HOSTILE_CONTENT = {
    "a run of spaces": "'a' + ' ' * 2_000_000 + 'b'",
    "an unclosed tag of spaces": "'<p' + ' ' * 2_000_000",
    "unclosed <pre>": "'<pre>' * 400_000 + '</pre>'",
    "unclosed <": "'<' * 1_000_000",
    "unclosed block tags": "'<div ' * 200_000 + '<p>'",
    "unclosed block comments": "'<!-- wp:x ' * 200_000",
    "a line of spaces": "' ' * 2_000_000 + '\\n'",
    "unclosed shortcodes": "'[a ' * 600_000",
}
"""Post contents (as Python expressions the child process evaluates) that made a regex quadratic."""


@pytest.mark.parametrize("name", HOSTILE_CONTENT)
def test_post_content_is_read_in_linear_time(name: str) -> None:
    """Each of these made a regex of wpautop or of the shortcode reader quadratic (wpautop's `\\s*\\n` on a run of
    spaces, a lazy `<pre>.*?</pre>` from each unclosed `<pre>`, `<[^>]*>` from each unclosed `<`): about 10**12
    steps for these 1-2 MB. Read linearly each takes a second or so; the bound (120 s, in a child process so a
    regression cannot hang the suite) is no timing measurement but a wall no quadratic reading gets under."""
    import subprocess
    import sys

    script = ("from warta.importer.wordpress.content import expand, text_of\n"
              f"text = {HOSTILE_CONTENT[name]}\n"
              "expand(text, '1', {}, lambda post: [])\ntext_of(text)\nprint('selesai')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "selesai", done.stderr[-2000:]
