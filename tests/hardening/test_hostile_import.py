"""`warta import` of hostile saved pages (issue 19): script in every field a page can carry comes out as text
and the built site runs none of it; giant, deep and many-picture pages are read in work proportional to
their size; pages over the size limit are refused in one line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hostile import PAYLOADS, check_site

from warta.cli import main
from warta.importer.html import page as htmlpage
from warta.importer.html import convert as htmltomd
from warta.importer.records import ReadOptions
from warta.importer.text.parse import DEFAULT_ZONE, parse_raw

BUILD_NOW = "2026-11-21T12:00:00+07:00"


def _hostile_page() -> str:
    payload = " ".join(PAYLOADS)
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    ld = json.dumps({"@type": "NewsArticle", "headline": f"Judul {payload}", "datePublished": "2025-01-02T10:00:00+07:00",
                     "author": {"name": f"Penulis {payload}"}, "articleSection": f"Rubrik {payload}",
                     "keywords": [f"tag {payload}"], "description": f"Ringkas {payload}"})
    ld = ld.replace("</", "<\\/")
    return (
        f"<html><head><title>x</title><meta name='description' content=\"{escaped}\">"
        f"<script type='application/ld+json'>{ld}</script>"
        "<meta property='og:image' content='javascript:alert(1)'></head><body><article>"
        f"<h1>Judul {escaped}</h1>"
        f"<p>Paragraf pertama yang panjang untuk teks utama: {escaped} <a href='javascript:alert(1)'>klik</a> "
        "<a href=' JaVa&#x09;ScRiPt:alert(1)'>lagi</a> <a href='data:text/html,&lt;script&gt;'>data</a> "
        "<a href='vbscript:msgbox(1)'>vb</a> <b onmouseover='alert(1)'>tebal</b> <script>alert('badan')</script></p>"
        f"<p>Paragraf kedua yang juga panjang agar pemilah tidak membuangnya: {escaped}</p>"
        "<iframe src='javascript:alert(1)'></iframe><svg onload='alert(1)'><script>alert(1)</script></svg>"
        f"<figure><img src='x.jpg' onerror='alert(1)' alt=\"{escaped}\"><figcaption>{escaped}</figcaption></figure>"
        f"<table><tr><th>{escaped}</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"
        f"<p>Paragraf ketiga menutup berita ini dengan kalimat panjang pula: {escaped}</p>"
        "</article></body></html>")


def test_a_hostile_page_imports_as_text_and_its_site_runs_no_script(tmp_path: Path, monkeypatch, capsys) -> None:
    site = tmp_path / "site"
    (site / "saved").mkdir(parents=True)
    (site / "warta.yaml").write_text("title: Uji\nbase_url: https://contoh.id/\n", encoding="utf-8")
    (site / "saved" / "jahat.html").write_text(_hostile_page(), encoding="utf-8")
    monkeypatch.chdir(site)
    assert main(["import", "saved/jahat.html"]) == 0, capsys.readouterr().err
    (article,) = (site / "articles").glob("*.md")
    text = article.read_text(encoding="utf-8")
    assert "javascript:" not in text.lower().replace("java\\tscript", "") and "](data:" not in text
    assert not re.search(r"(?<!\\)<(?:script|svg|img|iframe)", text.split("\n---\n", 1)[1])  # (all `\<…`)
    assert main(["build", "--source", ".", "--now", BUILD_NOW, "--quiet", "--no-search"]) == 0, capsys.readouterr().err
    check_site(site / "_site")
    page = next((site / "_site" / "artikel").glob("*/index.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # (shown to readers as typed)


def _read(html: str) -> object:
    return htmlpage.read(html.encode(), "besar.html", ReadOptions(DEFAULT_ZONE, base=Path("/nonexistent")))


@pytest.mark.parametrize("unit", [
    "<p>Kalimat berita yang cukup panjang dengan tautan <a href='/x'>ini</a> di tengah.</p>",
    "<span>kata</span> ",
    "<div class='ads'><p>Iklan</p></div><p>Teks berita yang cukup panjang sekali.</p><img src='a.jpg' alt='x'>",
])
def test_the_work_on_a_page_grows_linearly_with_its_size(unit: str, monkeypatch) -> None:
    """Each element is looked at a bounded number of times, however many there are (a 5 MB page took minutes
    before trafilatura was kept to pages of a news page's size)."""
    counts = {"reason": 0, "start": 0}
    reason, start = htmlpage._reason, htmltomd._Converter.start

    def counted_reason(element):
        counts["reason"] += 1
        return reason(element)

    def counted_start(self, element, tag):
        counts["start"] += 1
        return start(self, element, tag)

    monkeypatch.setattr(htmlpage, "_reason", counted_reason)
    monkeypatch.setattr(htmltomd._Converter, "start", counted_start)
    per_element = []
    for repeat in (2000, 8000):
        counts.update(reason=0, start=0)
        html = "<html><body><article>" + unit * repeat + "</article></body></html>"
        article = _read(html).articles[0]
        elements = html.count("<") - html.count("</")
        assert article.body
        per_element.append((counts["reason"] + counts["start"]) / elements)
    assert per_element[1] <= per_element[0] * 1.1 + 0.01 and per_element[1] < 5


def test_a_page_nested_deeper_than_the_parser_reads_keeps_its_text() -> None:
    html = ("<html><body>" + "<div class='x'>" * 3000 + "<p>" + "Isi berita yang panjang. " * 20 + "</p>"
            + "</div>" * 3000 + "<p>Sesudahnya masih ada paragraf penutup yang cukup panjang juga.</p></body></html>")
    article = _read(html).articles[0]
    assert "Isi berita yang panjang." in article.body and "paragraf penutup" in article.body
    assert any("more than 256 levels deep" in w.message for w in article.warnings)


def test_a_page_of_thousands_of_missing_pictures_says_so_in_a_few_warnings() -> None:
    html = "<html><body><article>" + "<p>Paragraf berita yang cukup panjang.</p><img src='a/{}.jpg'>" * 3000 + \
        "</article></body></html>"
    article = _read(html).articles[0]
    assert len(article.warnings) <= htmlpage.MAX_NOTES + 4
    assert article.warnings[-1].message.startswith("and ") or any("and " in w.message for w in article.warnings)


def test_a_page_over_5_mb_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    page = tmp_path / "besar.html"
    page.write_bytes(b"<html><body>" + b"<p>kata kata kata</p>" * 300_000 + b"</body></html>")
    assert main(["import", str(page), "--into", str(tmp_path / "articles")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == (f"error: {page}: is 6.0 MB; `warta import` reads saved pages of at most 5 MB — "
                                   "a saved article page is far smaller: check that this is the right file")


def test_a_line_of_thousands_of_digits_is_read_without_trying_the_counter_pattern_on_all_of_it(monkeypatch) -> None:
    """A view counter after a date (", Dibaca 2.411 kali") is looked for in a line's last characters only:
    tried at every place of a line of 50,000 digits, the pattern took over two minutes."""
    from warta.importer.text import dates

    seen: list[int] = []
    pattern = dates._VIEWS_AFTER

    class Counting:
        def sub(self, replacement: str, text: str) -> str:
            seen.append(len(text))
            return pattern.sub(replacement, text)

    monkeypatch.setattr(dates, "_VIEWS_AFTER", Counting())
    assert dates.parse_date("7" * 50_000, DEFAULT_ZONE) is None
    assert dates.parse_date("Senin, 2 Juni 2025 14:05 WIB" + " " * 30 + "| Dibaca 2.411 kali", DEFAULT_ZONE) is not None
    assert seen and max(seen) <= dates._COUNTER_SPAN
    raw = "Judul Berita Uji\n\nJakarta - Paragraf pertama cerita ini cukup panjang.\n\n" + "7" * 50_000 + "\n"
    assert "Paragraf pertama" in parse_raw(raw, "angka.txt").body  # (imports, in well under a second)
    assert max(seen) <= dates._COUNTER_SPAN
