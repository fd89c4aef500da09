"""Newsroom standards (issue 18): the type of work and its label, paid content, corrections and the
corrections page with its feed, rights of reply, withdrawals; and every invalid case reported with its
file, line and fix, all at once, the old site left as it was.

The site is tests/sites/ethics, built the way editors run Warta: from the site folder, no --source."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import feedparser
import lxml.etree
import lxml.html
import pytest

from helpers import NOW, REPO, snapshot
from schema_org import vocabulary
from warta.cli import main

ETHICS = REPO / "tests" / "sites" / "ethics"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
RETRACTED = "artikel/kabar-keliru/"


def build_here(root: Path, *extra: str) -> int:
    """`warta build` run in `root` with no --source, as editors and scripts/build.sh run it."""
    before = os.getcwd()
    os.chdir(root)
    try:
        return main(["build", "--now", NOW, "--quiet", *extra])
    finally:
        os.chdir(before)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ethics") / "site"
    shutil.copytree(ETHICS, root, ignore=shutil.ignore_patterns(".warta-cache", "_site"))
    assert build_here(root, "--no-search") == 0
    return root / "_site"


def page(built: Path, path: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((built / path / "index.html").read_bytes())


def jsonld(doc: lxml.html.HtmlElement) -> list[dict]:
    return [json.loads(text) for text in doc.xpath("//script[@type='application/ld+json']/text()")]


def text(element) -> str:
    return " ".join(element.text_content().split())


# -- types of work and paid content -------------------------------------------------------------------

def test_each_type_is_labelled_on_its_page_and_cards_and_has_its_schema_type(built: Path):
    expected = {"artikel/opini-energi/": ("Opini", "OpinionNewsArticle"),
                "artikel/panel-surya-hemat/": ("Advertorial", "AdvertiserContentArticle"),
                "artikel/tanggapan-pln/": ("Hak jawab", "NewsArticle"),
                "artikel/tarif-listrik/": (None, "NewsArticle")}
    home = page(built, "")
    for path, (label, schema_type) in expected.items():
        doc = page(built, path)
        labels = doc.xpath("//header[@class='article-header']//span[@class='type-label']/text()")
        assert labels == ([label] if label else []), path
        assert jsonld(doc)[0]["@type"] == schema_type, path
        card = home.xpath(f"//article[contains(@class, 'card')][.//a[@href='/{path}']]")[0]
        assert card.xpath(".//span[@class='type-label']/text()") == ([label] if label else []), path
    assert jsonld(page(built, "artikel/tanggapan-pln/"))[0]["genre"] == "Hak jawab"


def test_an_advertorial_names_its_sponsor_is_set_apart_and_its_outbound_links_are_sponsored(built: Path):
    doc = page(built, "artikel/panel-surya-hemat/")
    article = doc.xpath("//article[@data-pagefind-body]")[0]
    assert "article-sponsored" in article.get("class")
    assert text(doc.xpath("//p[@class='sponsor-notice']")[0]) == "Advertorial — dibayar oleh PT Surya Terang"
    links = {a.get("href"): a.get("rel") for a in doc.xpath("//div[@class='article-body']//a")}
    assert links == {"https://surya-terang.example/": "sponsored", "/artikel/tarif-listrik/": None}
    assert jsonld(doc)[0]["sponsor"] == {"@type": "Organization", "name": "PT Surya Terang"}
    card = page(built, "").xpath("//article[contains(@class, 'card-sponsored')]")
    assert len(card) == 1 and "Advertorial — dibayar oleh PT Surya Terang" in text(card[0])
    # Plain news keeps its outbound links as they are.
    assert not page(built, "artikel/tarif-listrik/").xpath("//a[@rel='sponsored']")


def test_the_news_sitemap_leaves_advertorials_out(tmp_path: Path):
    root = tmp_path / "site"
    shutil.copytree(ETHICS, root)
    # The news sitemap lists the last two days: move the clock to just after the advertorial.
    before = os.getcwd()
    os.chdir(root)
    try:
        assert main(["build", "--now", "2025-06-24T12:00:00+07:00", "--quiet", "--no-search"]) == 0
    finally:
        os.chdir(before)
    news = lxml.etree.parse(str(root / "_site/news-sitemap.xml"))
    locs = news.xpath("//s:loc/text()", namespaces=SITEMAP_NS)
    assert locs == ["https://etika.contoh.id/artikel/opini-energi/"]  # not panel-surya-hemat (23 June)
    everything = lxml.etree.parse(str(root / "_site/sitemap.xml")).xpath("//s:loc/text()", namespaces=SITEMAP_NS)
    assert "https://etika.contoh.id/artikel/panel-surya-hemat/" in everything  # (a page like any other)


def test_every_type_and_property_written_is_schema_orgs(built: Path):
    """OpinionNewsArticle, AdvertiserContentArticle, `sponsor`, `correction` / CorrectionComment, `genre`:
    every @type and property of every page, checked against schema.org's vocabulary (schema-dts)."""
    vocab = vocabulary()
    found = [f"{html.parent.relative_to(built)}{problem}" for html in sorted(built.rglob("index.html"))
             for data in jsonld(lxml.html.fromstring(html.read_bytes())) for problem in vocab.unknown_terms(data)]
    types = {data["@type"] for html in built.glob("artikel/*/index.html")
             for data in jsonld(lxml.html.fromstring(html.read_bytes()))}
    assert {"OpinionNewsArticle", "AdvertiserContentArticle", "NewsArticle"} <= types
    assert not found, found


# -- corrections ---------------------------------------------------------------------------------------

def test_the_ralat_block_is_at_the_top_with_each_corrections_date_and_time(built: Path):
    doc = page(built, "artikel/tarif-listrik/")
    block = doc.xpath("//aside[@id='ralat']")[0]
    body = doc.xpath("//div[@class='article-body']")[0]
    assert block.getparent() is body.getparent()
    assert block.getparent().index(block) < body.getparent().index(body)  # before the story
    items = block.xpath(".//li")
    assert [li.get("id") for li in items] == ["ralat-20250621-1405", "ralat-20250620-0930"]  # newest first
    assert [t.get("datetime") for t in block.xpath(".//time")] == ["2025-06-21T14:05:00+07:00",
                                                                  "2025-06-20T09:30:00+07:00"]
    assert text(items[0]) == ("Sabtu, 21 Juni 2025 14:05 WIB: Nama pejabat yang dikutip adalah Budi Santoso, "
                              "bukan Budi Susanto.")
    assert items[0].xpath(".//em/text()") == ["Budi Santoso"]  # inline Markdown


def test_a_correction_updates_date_modified_and_the_feeds(built: Path):
    doc = page(built, "artikel/tarif-listrik/")
    assert doc.xpath("//meta[@property='article:modified_time']/@content") == ["2025-06-21T14:05:00+07:00"]
    data = jsonld(doc)[0]
    assert data["datePublished"] == "2025-06-19T18:00:00+07:00"
    assert data["dateModified"] == "2025-06-21T14:05:00+07:00"
    assert [c["@type"] for c in data["correction"]] == ["CorrectionComment"] * 2
    assert [c["url"] for c in data["correction"]] == [  # oldest first
        "https://etika.contoh.id/artikel/tarif-listrik/#ralat-20250620-0930", "https://etika.contoh.id/artikel/tarif-listrik/#ralat-20250621-1405"]
    atom = feedparser.parse((built / "atom.xml").read_bytes())
    entry = next(e for e in atom.entries if e.link.endswith("/artikel/tarif-listrik/"))
    assert entry.updated == "2025-06-21T14:05:00+07:00"
    assert "Ralat (Sabtu, 21 Juni 2025 14:05 WIB)" in entry.content[0].value
    item = next(i for i in json.loads((built / "feed.json").read_text())["items"]
                if i["url"].endswith("/artikel/tarif-listrik/"))
    assert item["date_modified"] == "2025-06-21T14:05:00+07:00"
    sitemap = lxml.etree.parse(str(built / "sitemap.xml"))
    lastmod = sitemap.xpath("//s:url[s:loc='https://etika.contoh.id/artikel/tarif-listrik/']/s:lastmod/text()",
                            namespaces=SITEMAP_NS)
    assert lastmod and lastmod[0].startswith("2025-06-21")


def test_the_corrections_page_lists_every_correction_and_withdrawal_newest_first(built: Path):
    doc = page(built, "ralat/")
    entries = doc.xpath("//li[contains(@class, 'correction-entry')]")
    assert [e.xpath(".//h2/a/@href")[0] for e in entries] == [
        "/artikel/tarif-listrik/#ralat-20250621-1405", "/artikel/tarif-listrik/#ralat-20250620-0930", "/artikel/kabar-keliru/"]
    assert [e.xpath(".//span[@class='type-label']/text()")[0] for e in entries] == ["Ralat", "Ralat", "Dicabut"]
    assert entries[2].xpath(".//time/text()") == ["Kamis, 19 Juni 2025 08:15 WIB"]
    assert doc.xpath("//link[@rel='alternate'][@type='application/atom+xml']/@href")[-1] == \
        "https://etika.contoh.id/ralat/atom.xml"
    # Every page's footer leads there.
    assert page(built, "").xpath("//footer//a[@href='/ralat/']")


def test_the_corrections_feed_has_an_entry_per_correction(built: Path):
    feed = feedparser.parse((built / "ralat/atom.xml").read_bytes())
    assert not feed.bozo
    assert feed.feed.link == "https://etika.contoh.id/ralat/"
    assert [e.title for e in feed.entries] == ["Ralat: Tarif listrik naik mulai Juli"] * 2 + [
        "Dicabut: Kabar keliru tentang pemadaman listrik"]
    assert [e.link for e in feed.entries] == ["https://etika.contoh.id/artikel/tarif-listrik/#ralat-20250621-1405",
                                              "https://etika.contoh.id/artikel/tarif-listrik/#ralat-20250620-0930",
                                              "https://etika.contoh.id/artikel/kabar-keliru/"]
    assert len({e.id for e in feed.entries}) == 3
    assert feed.entries[0].updated == "2025-06-21T14:05:00+07:00"
    assert "Budi Santoso" in feed.entries[0].content[0].value


# -- right of reply ------------------------------------------------------------------------------------

def test_the_right_of_reply_links_both_ways(built: Path):
    original = page(built, "artikel/tarif-listrik/")
    replies = original.xpath("//aside[@class='replies']")[0]
    assert replies.xpath(".//h2/text()") == ["Hak jawab"]
    assert replies.xpath(".//a/@href") == ["/artikel/tanggapan-pln/"]
    assert replies.xpath(".//time/@datetime") == ["2025-06-22T10:00:00+07:00"]
    assert "Minggu, 22 Juni 2025 10:00 WIB" in text(replies)
    reply = page(built, "artikel/tanggapan-pln/")
    back = reply.xpath("//p[@class='reply-to']")[0]
    assert back.xpath(".//a/@href") == ["/artikel/tarif-listrik/"]
    assert text(back) == "Hak jawab atas artikel Tarif listrik naik mulai Juli, terbit Kamis, 19 Juni 2025 18:00 WIB."


# -- withdrawal ----------------------------------------------------------------------------------------

def test_a_withdrawn_article_keeps_its_url_with_the_notice_and_noindex(built: Path):
    doc = page(built, RETRACTED)
    notice = doc.xpath("//div[@class='retraction-notice']")[0]
    assert "Artikel ini dicabut pada Kamis, 19 Juni 2025 08:15 WIB." in text(notice)
    assert "Alasan: Berita ini bersumber dari dokumen yang ternyata palsu." in text(notice)
    assert "gerhanapalsu" not in (built / RETRACTED / "index.html").read_text()  # the story is gone
    assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert not doc.xpath("//*[@data-pagefind-body]")
    assert not doc.xpath("//script[@type='application/ld+json']")


def test_a_withdrawn_article_is_in_no_listing_feed_or_sitemap(built: Path):
    link = f"/{RETRACTED}"
    for html in sorted(built.rglob("*.html")):
        if html.parent == built / RETRACTED or html.parent == built / "ralat":
            continue
        assert f'href="{link}"' not in html.read_text(), html
    for name in ("atom.xml", "rss.xml", "feed.json", "sitemap.xml", "news-sitemap.xml",
                 "tag/listrik/atom.xml", "tag/pln/atom.xml"):
        assert "kabar-keliru" not in (built / name).read_text(), name
    assert not (built / "penulis/rina-wulandari/index.html").read_text().count("Kabar keliru")


def test_search_leaves_a_withdrawn_article_out_of_the_index(tmp_path: Path):
    """The real Pagefind index: its page count, and the words of each page it holds."""
    root = tmp_path / "site"
    shutil.copytree(ETHICS, root)
    assert build_here(root) == 0
    entry = json.loads((root / "_site/pagefind/pagefind-entry.json").read_text())
    assert entry["languages"]["id"]["page_count"] == 4  # the five articles less the withdrawn one
    # (tests/browser/test_standards_in_browser.py asks the index for the withdrawn story's words.)


# -- invalid sites -------------------------------------------------------------------------------------

INVALID = {
    "jenis.md": ("---\ntitle: Jenis\ndate: 2025-06-20\ntype: opinion\n---\nIsi.\n",
                 "articles/jenis.md:4: type: \"opinion\" is not a type of article — did you mean 'opini'?"),
    "iklan.md": ("---\ntitle: Iklan\ndate: 2025-06-20\ntype: advertorial\n---\nIsi.\n",
                 "articles/iklan.md:4: type: advertorial needs a sponsor, and there is no `sponsor:` — "
                 "add `sponsor: \"PT Contoh\"`: who paid for it, as readers are to see it"),
    "ralat-awal.md": ("---\ntitle: Ralat awal\ndate: 2025-06-20T10:00:00+07:00\ncorrections:\n"
                      "  - date: 2025-06-19T10:00:00+07:00\n    text: Salah tanggal.\n---\nIsi.\n",
                      "articles/ralat-awal.md:5: corrections: a correction is dated 2025-06-19T10:00:00+07:00, "
                      "before the article's date 2025-06-20T10:00:00+07:00 — check the date: it comes after "
                      "publication"),
    "ralat-kosong.md": ("---\ntitle: Ralat kosong\ndate: 2025-06-20\ncorrections:\n  - date: 2025-06-21\n---\nIsi.\n",
                        "articles/ralat-kosong.md:5: corrections: a correction has no text — say what was "
                        "corrected in `text: \"…\"`"),
    "jawab-hilang.md": ("---\ntitle: Jawab\ndate: 2025-06-20\ntype: hak-jawab\nreply_to: tidak-ada\n---\nIsi.\n",
                        "articles/jawab-hilang.md:5: reply_to: \"tidak-ada\" names no article — write the slug "
                        "of the article answered: its file name, or its `slug:`"),
    "jawab-dicabut.md": ("---\ntitle: Jawab dicabut\ndate: 2025-06-20\ntype: hak-jawab\nreply_to: kabar-keliru\n---\nIsi.\n",
                         "articles/jawab-dicabut.md:5: reply_to: \"kabar-keliru\" (articles/kabar-keliru.md) was "
                         "retracted; a withdrawn article takes no reply — publish the statement as an article of "
                         "its own, or mention it in the retraction's reason"),
    "cabut.md": ("---\ntitle: Cabut\ndate: 2025-06-20\nretracted:\n  date: 2025-06-21\n---\nIsi.\n",
                 "articles/cabut.md:4: retracted: `retracted` has no reason — say why the article was withdrawn "
                 "in `reason: \"…\"`"),
}


def test_every_invalid_case_is_reported_at_once_with_its_line_and_fix_and_the_site_is_kept(tmp_path: Path, capsys):
    root = tmp_path / "site"
    shutil.copytree(ETHICS, root)
    assert build_here(root, "--no-search") == 0
    before = snapshot(root / "_site")
    for name, (content, _) in INVALID.items():
        (root / "articles" / name).write_text(content, encoding="utf-8")
    capsys.readouterr()
    assert build_here(root, "--no-search") == 1
    err = capsys.readouterr().err
    for name, (_, message) in INVALID.items():
        assert message in err, f"{name}:\n{err}"
    assert snapshot(root / "_site") == before


@pytest.mark.parametrize("fields, message", [
    ("type: hak-jawab\n", "articles/x.md:4: type: hak-jawab needs `reply_to:`, the article it answers"),
    ("reply_to: tarif-listrik\n", "articles/x.md:4: reply_to: is for a right of reply, and this article's type "
                                  "is berita — add `type: hak-jawab`, or remove `reply_to:`"),
    ("type: siaran-pers\nsponsor: \"\"\n", "articles/x.md:5: sponsor: siaran-pers needs a sponsor, and "
                                           "`sponsor:` is empty"),
    ("retracted: true\n", "articles/x.md:4: retracted: `retracted` must be a mapping of date and reason, "
                          "not true/false"),
    ("corrections: Salah ketik\n", "articles/x.md:4: corrections: must be a list of corrections, not text"),
    ("type: hak-jawab\nreply_to: x\n", "articles/x.md:5: reply_to: names this article itself"),
])
def test_more_invalid_fields(tmp_path: Path, capsys, fields: str, message: str):
    root = tmp_path / "site"
    shutil.copytree(ETHICS, root)
    (root / "articles/x.md").write_text(f"---\ntitle: X\ndate: 2025-06-20\n{fields}---\nIsi.\n", encoding="utf-8")
    assert build_here(root, "--no-search") == 1
    assert message in capsys.readouterr().err


def test_a_sponsor_on_plain_news_is_a_warning(tmp_path: Path, capsys):
    root = tmp_path / "site"
    shutil.copytree(ETHICS, root)
    (root / "articles/x.md").write_text("---\ntitle: X\ndate: 2025-06-20\nsponsor: PT A\n---\nIsi.\n", encoding="utf-8")
    assert build_here(root, "--no-search") == 0
    assert "articles/x.md:4: warning: sponsor: is shown only on advertorial and siaran-pers articles, and this is berita" \
        in capsys.readouterr().err


# -- incremental builds --------------------------------------------------------------------------------

def test_adding_a_correction_rerenders_the_article_the_corrections_page_and_feeds_only(tmp_path: Path):
    root = tmp_path / "site"
    shutil.copytree(ETHICS, root)
    assert build_here(root, "--no-search") == 0
    before = snapshot(root / "_site")
    path = root / "articles/opini-energi.md"
    path.write_text(path.read_text().replace(
        "type: opini\n", "type: opini\ncorrections:\n  - date: 2025-06-25T08:00:00+07:00\n"
                         "    text: Angka kapasitas diperbaiki.\n"), encoding="utf-8")
    assert build_here(root, "--no-search") == 0
    after = snapshot(root / "_site")
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"artikel/opini-energi/index.html", "ralat/index.html", "ralat/atom.xml", "atom.xml",
                       "rss.xml", "feed.json", "tag/listrik/atom.xml", "sitemap.xml"}
    clean = tmp_path / "clean"
    before = os.getcwd()
    os.chdir(root)
    try:
        assert main(["build", "--now", NOW, "--quiet", "--no-search", "--clean", "--output", str(clean)]) == 0
    finally:
        os.chdir(before)
    assert snapshot(clean) == after


def test_a_withdrawn_articles_corrections_give_way_to_the_withdrawal(tmp_path: Path):
    """The notice replaces the story and its "Ralat" block, so /ralat/ lists only the withdrawal (a link
    to `#ralat-…` would lead to no anchor)."""
    root = tmp_path / "site"
    shutil.copytree(ETHICS, root)
    path = root / "articles/kabar-keliru.md"
    path.write_text(path.read_text().replace("retracted:", "corrections:\n  - date: 2025-06-18T15:00:00+07:00\n"
                                             "    text: Jam pemadaman diperbaiki.\nretracted:"), encoding="utf-8")
    assert build_here(root, "--no-search", "--strict") == 0
    entries = page(root / "_site", "ralat/").xpath("//li[contains(@class, 'correction-entry')]//h2/a/@href")
    assert entries.count("/artikel/kabar-keliru/") == 1 and not [e for e in entries if "kabar-keliru/#" in e]
    assert not page(root / "_site", RETRACTED).xpath("//*[@id='ralat']")


# -- what a hostile review found (each failed before its fix) --------------------------------------------

def site_with(tmp_path: Path, files: dict[str, str], config_extra: str = "") -> Path:
    """A copy of the ethics site with `files` written over it (paths from the site root)."""
    root = tmp_path / "site"
    shutil.copytree(ETHICS, root)
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content, encoding="utf-8")
    if config_extra:
        (root / "warta.yaml").write_text((ETHICS / "warta.yaml").read_text() + config_extra, encoding="utf-8")
    return root


@pytest.mark.parametrize("value, message", [
    ("[opini]", "articles/x.md:4: type: must be one word, not a list"),
    ("{opini: 1}", "articles/x.md:4: type: must be one word, not a mapping"),
    ("5", "articles/x.md:4: type: must be one word, not a number"),
    ("", "articles/x.md:4: type: is empty"),
])
def test_a_type_that_is_not_a_word_is_a_problem_not_a_traceback(tmp_path: Path, capsys, value: str, message: str):
    root = site_with(tmp_path, {"articles/x.md": f"---\ntitle: X\ndate: 2025-06-20\ntype: {value}\n---\nIsi.\n"})
    assert build_here(root, "--no-search") == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_headings_named_like_the_pages_own_parts_get_other_ids(built: Path, tmp_path: Path):
    body = "\n\n## Ralat\n\nA.\n\n## Hak jawab\n\nB.\n\n## Ralat 20250620 0930\n\nC.\n\n## Daftar isi\n\nD.\n"
    text = (ETHICS / "articles/tarif-listrik.md").read_text() + body
    root = site_with(tmp_path, {"articles/tarif-listrik.md": text})
    assert build_here(root, "--no-search") == 0
    doc = page(root / "_site", "artikel/tarif-listrik/")
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids)), sorted(ids)
    assert doc.xpath("//aside[@id='ralat']") and doc.xpath("//li[@id='ralat-20250620-0930']")


def test_a_corrections_anchor_and_feed_id_stay_when_an_earlier_one_is_added(tmp_path: Path):
    root = site_with(tmp_path, {})
    assert build_here(root, "--no-search") == 0
    before = {e.link: e.id for e in feedparser.parse((root / "_site/ralat/atom.xml").read_bytes()).entries}
    path = root / "articles/tarif-listrik.md"
    path.write_text(path.read_text().replace("corrections:\n", "corrections:\n  - date: 2025-06-19T20:00:00+07:00\n"
                                             "    text: Judul diperbaiki.\n"), encoding="utf-8")
    assert build_here(root, "--no-search") == 0
    after = {e.link: e.id for e in feedparser.parse((root / "_site/ralat/atom.xml").read_bytes()).entries}
    assert before.items() <= after.items()  # every old entry keeps its link and its id
    assert len(after) == len(before) + 1


def test_links_in_a_correction_lead_to_the_article_from_the_corrections_page_and_feed(tmp_path: Path):
    text = (ETHICS / "articles/tarif-listrik.md").read_text().replace(
        "text: Kenaikan berlaku", "text: Lihat [konferensi](#konferensi-pers) dan [kartu](kartu.png). Kenaikan berlaku"
    ) + "\n## Konferensi pers\n\nIsi.\n"
    root = site_with(tmp_path, {"articles/tarif-listrik.md": text})
    assert build_here(root, "--no-search", "--strict") == 0  # (no link leading nowhere)
    links = page(root / "_site", "ralat/").xpath("//ol[@class='corrections-list']//p/a/@href")
    assert links == ["/artikel/tarif-listrik/#konferensi-pers", "/artikel/tarif-listrik/kartu.png"]
    feed = feedparser.parse((root / "_site/ralat/atom.xml").read_bytes())
    content = next(e.content[0].value for e in feed.entries if "konferensi" in e.content[0].value)
    assert 'href="https://etika.contoh.id/artikel/tarif-listrik/#konferensi-pers"' in content


def test_raw_html_links_of_a_sponsored_article_are_sponsored_too(tmp_path: Path):
    advert = ("---\ntitle: Iklan HTML\ndate: 2025-06-23\ntype: advertorial\nsponsor: PT A\n---\n"
              'Beli <a href="https://beli.example/">di sini</a> atau <a rel="nofollow" href=\'https://dua.example/\'>sana</a>'
              ' atau <a href="/artikel/tarif-listrik/">berita</a>.\n\n<div><a href="//tiga.example/x">tiga</a></div>\n')
    root = site_with(tmp_path, {"articles/iklan-html.md": advert}, "allow_html: true\n")
    assert build_here(root, "--no-search") == 0
    links = {a.get("href"): a.get("rel") for a in page(root / "_site", "artikel/iklan-html/").xpath(
        "//div[@class='article-body']//a")}
    assert links == {"https://beli.example/": "sponsored", "https://dua.example/": "nofollow sponsored",
                     "/artikel/tarif-listrik/": None, "//tiga.example/x": "sponsored"}


@pytest.mark.parametrize("target, message", [
    ("---\ntitle: Asli\ndate: 2025-06-25\n---\nIsi.\n",
     'articles/jawab.md:5: reply_to: "asli" (articles/asli.md) is dated 2025-06-25T00:00:00+07:00, after this '
     "reply (2025-06-22T00:00:00+07:00) — a reply comes after the article it answers: check both dates"),
    ("---\ntitle: Asli\ndate: 2025-06-20\nexpires: 2025-07-01\n---\nIsi.\n",
     'articles/jawab.md:5: warning: reply_to: "asli" (articles/asli.md) expires at 2025-07-01T00:00:00+07:00: '
     "from then on this reply no longer links to it"),
])
def test_a_reply_before_its_article_or_to_one_that_expires(tmp_path: Path, capsys, target: str, message: str):
    reply = "---\ntitle: Jawab\ndate: 2025-06-22\ntype: hak-jawab\nreply_to: asli\nsource: PT A\n---\nIsi.\n"
    root = site_with(tmp_path, {"articles/asli.md": target, "articles/jawab.md": reply})
    build_here(root, "--no-search")
    assert message in capsys.readouterr().err


def test_a_reply_to_an_article_with_its_own_error_is_not_reported_twice(tmp_path: Path, capsys):
    reply = "---\ntitle: Jawab\ndate: 2025-06-22\ntype: hak-jawab\nreply_to: asli\nsource: PT A\n---\nIsi.\n"
    root = site_with(tmp_path, {"articles/asli.md": "---\ntitle: Asli\ndate: 2025-06-20\ntype: opinion\n---\nIsi.\n",
                                "articles/jawab.md": reply})
    assert build_here(root, "--no-search") == 1
    err = capsys.readouterr().err
    assert "articles/asli.md:4: type:" in err and "jawab.md" not in err


def test_a_reply_to_a_file_name_whose_article_has_another_slug_names_the_slug(tmp_path: Path, capsys):
    reply = "---\ntitle: Jawab\ndate: 2025-06-22\ntype: hak-jawab\nreply_to: asli\nsource: PT A\n---\nIsi.\n"
    root = site_with(tmp_path, {"articles/asli.md": "---\ntitle: Asli\ndate: 2025-06-20\nslug: berita-asli\n---\nIsi.\n",
                                "articles/jawab.md": reply})
    assert build_here(root, "--no-search") == 1
    assert ('articles/jawab.md:5: reply_to: "asli" names no article — articles/asli.md has `slug: berita-asli`: '
            "write that") in capsys.readouterr().err


def test_a_correction_or_withdrawal_dated_after_the_build_is_refused_until_then(tmp_path: Path, capsys):
    text = (ETHICS / "articles/opini-energi.md").read_text().replace(
        "type: opini\n", "type: opini\ncorrections:\n  - date: 2026-12-01T10:00:00+07:00\n    text: Nanti.\n")
    root = site_with(tmp_path, {"articles/opini-energi.md": text})
    before = os.getcwd()
    os.chdir(root)
    try:
        assert main(["build", "--now", "2026-11-30T10:00:00+07:00", "--quiet", "--no-search"]) == 1
        assert ("articles/opini-energi.md:6: corrections: a correction is dated 2026-12-01T10:00:00+07:00, after the "
                "build's clock (2026-11-30T10:00:00+07:00) — date it when it was made; to publish it later, add it "
                "later") in capsys.readouterr().err
        assert main(["build", "--now", "2026-12-01T10:00:00+07:00", "--quiet", "--no-search"]) == 0
        # An earlier clock again: refused again (the last build's success is not reused across that moment).
        assert main(["build", "--now", "2026-11-30T10:00:00+07:00", "--quiet", "--no-search"]) == 1
    finally:
        os.chdir(before)


def test_labels_on_the_404_list_and_the_previous_and_next_links_and_a_reversed_ralat_list(built: Path):
    missing = lxml.html.fromstring((built / "404.html").read_bytes())
    assert "Advertorial" in missing.xpath("//ol[@class='compact-list']//span[@class='type-label']/text()")
    reply = page(built, "artikel/tanggapan-pln/")
    assert reply.xpath("//a[@rel='next']//span[@class='type-label']/text()") == ["Advertorial"]
    assert page(built, "artikel/tarif-listrik/").xpath("//aside[@id='ralat']/ol/@reversed") == [""]
    kicker = page(built, "artikel/opini-energi/").xpath("//p[@class='kicker']")[0]
    assert text(kicker) == "Opini"


def test_paid_content_says_so_in_every_feed_and_on_its_social_card(built: Path):
    """Feed readers and chat apps show only the title and the card: the label goes with them."""
    atom = feedparser.parse((built / "atom.xml").read_bytes())
    rss = feedparser.parse((built / "rss.xml").read_bytes())
    items = json.loads((built / "feed.json").read_text())["items"]
    expected = "Advertorial: Hemat listrik dengan panel surya atap"
    for titles in ([e.title for e in atom.entries], [e.title for e in rss.entries], [i["title"] for i in items]):
        assert expected in titles and "Opini: Saatnya energi terbarukan jadi prioritas" not in titles



def test_a_sponsored_articles_social_card_names_its_kind_above_the_title():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from warta.config import SiteConfig
    from warta.content.schema import validate_article
    from warta.markdown import render_article
    from warta.model.site import build_site
    from warta.outputs.syndication import card_specs
    from warta.render.pages import prepare_views
    from warta.yamlmap import YamlMapping

    config = SiteConfig(title="X", base_url="https://x.id/")
    fields = [{"type": "advertorial", "sponsor": "PT A", "category": "Ekonomi"}, {"category": "Ekonomi"}]
    articles = []
    for n, extra in enumerate(fields):
        data = {"title": f"a{n}", "date": "2025-06-15", **extra}
        source, problems = validate_article(f"articles/a{n}.md", f"a{n}", YamlMapping(data, {}, 2), "Isi.", 6, config)
        articles.append(render_article(source, config))
    site = build_site(tuple(articles), config, datetime(2025, 7, 1, tzinfo=ZoneInfo("Asia/Jakarta")))
    cards = card_specs(site, config, prepare_views(site, config))
    assert cards["artikel/a0/kartu.png"].kicker == "Advertorial"
    assert cards["artikel/a1/kartu.png"].kicker == "Ekonomi"


def test_a_labelled_headline_is_one_cell_of_a_list_row(built: Path):
    """A list row (the archive, the 404 page's latest) is a grid of the date, the headline and maybe its
    thumbnail: a type label belongs to the headline's cell. As a cell of its own it pushed the headline
    into the thumbnail's column and the thumbnail onto a row of its own."""
    pages = [built / "404.html", *sorted(built.glob("arsip/*/*/index.html"))]
    labelled = 0
    for file in pages:
        for row in lxml.html.fromstring(file.read_bytes()).xpath("//ol[@class='compact-list']/li"):
            cells = [(child.tag, child.get("class")) for child in row]
            assert cells[:2] == [("time", None), ("span", None)] and cells[2:] in ([], [("span", "list-thumb")]), \
                (file, cells)
            labelled += bool(row.xpath("./span[not(@class)]/span[@class='type-label']"))
    assert labelled >= 2
