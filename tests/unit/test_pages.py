"""content/pages.py and model/pages.py: the pages that are not articles (`pages/*.md`), read,
validated, rendered, put in footer order, and kept off the addresses Warta and static/ write."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from helpers import article
from warta.config import SiteConfig
from warta.content import load_articles
from warta.content.pages import PAGE_FIELDS, SourcePage, load_pages
from warta.images.renditions import FOLDER as PHOTO_FOLDER
from warta.model.pages import Page, build_pages, footer_order, page_collisions, render_source_page
from warta.model.urls import TERM_DIRS, TOP_LEVEL_NAMES, page_path
from warta.outputs.search import SEARCH_DIR

CONFIG = SiteConfig(title="X")


def page(title: str = "Tentang Kami", body: str = "Isi halaman.", **fields) -> str:
    """Text of a page file with the given front matter fields (values written as YAML)."""
    front = yaml.safe_dump({"title": title, **fields}, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{body}\n"


def loaded(write_site, files: dict[str, str]):
    return load_pages(write_site(files), CONFIG)


def messages(result) -> list[str]:
    return [p.format() for p in result.problems]


# -- loading -------------------------------------------------------------------------------------------

def test_a_site_without_a_pages_folder_has_no_pages(write_site):
    result = loaded(write_site, {})
    assert result.pages == () and result.problems == ()


def test_a_page_takes_its_slug_from_its_file_name_and_defaults_the_rest(write_site):
    result = loaded(write_site, {"pages/tentang.md": page(), "pages/Kebijakan Ralat.md": page("Kebijakan Ralat")})
    assert result.problems == ()
    assert [(p.path, p.slug, p.title) for p in result.pages] == [
        ("pages/Kebijakan Ralat.md", "kebijakan-ralat", "Kebijakan Ralat"), ("pages/tentang.md", "tentang", "Tentang Kami")]
    tentang = result.pages[1]
    assert (tentang.summary, tentang.updated, tentang.order, tentang.search, tentang.sitemap, tentang.slug_line) == \
        (None, None, None, True, True, None)
    assert tentang.body == "\nIsi halaman.\n" and tentang.body_line == 4


def test_every_field_is_read(write_site):
    result = loaded(write_site, {"pages/a.md": page(
        "Redaksi", slug="susunan-redaksi", summary="Siapa  kami.", order=3, search=False, sitemap=False,
        updated="2025-06-01T10:00:00+07:00", extra={"surel": "redaksi@example.com"})})
    assert result.problems == ()
    (one,) = result.pages
    assert (one.slug, one.summary, one.order, one.search, one.sitemap, one.slug_line) == \
        ("susunan-redaksi", "Siapa kami.", 3, False, False, 3)
    assert one.updated == datetime.fromisoformat("2025-06-01T10:00:00+07:00")
    assert one.extra == {"surel": "redaksi@example.com"}
    assert set(PAGE_FIELDS) == {"title", "slug", "summary", "updated", "order", "search", "sitemap", "draft", "extra"}


def test_updated_without_an_offset_is_in_the_sites_time_zone(write_site):
    (one,) = loaded(write_site, {"pages/a.md": page(updated="2025-06-01")}).pages
    assert one.updated.isoformat() == "2025-06-01T00:00:00+07:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("---\nsummary: Tanpa judul.\n---\n\nIsi.\n",
     "pages/a.md:2: title: is missing — add `title: …` to the front matter"),
    ("---\ntitle: A\norder: pertama\n---\n\nIsi.\n",
     "pages/a.md:3: order: must be a whole number, not text — write the page's place in the footer, for example `order: 1`"),
    ("---\ntitle: A\norder: 1.5\n---\n\nIsi.\n",
     "pages/a.md:3: order: must be a whole number, not a number — write the page's place in the footer, for example `order: 1`"),
    ("---\ntitle: A\norder: true\n---\n\nIsi.\n",
     "pages/a.md:3: order: must be a whole number, not true/false — write the page's place in the footer, for example `order: 1`"),
    ("---\ntitle: A\nsearch: ya\n---\n\nIsi.\n",
     "pages/a.md:3: search: must be true or false, not 'ya' — write `search: false` to leave the page out, or remove the line"),
    ("---\ntitle: A\nsitemap: 0\n---\n\nIsi.\n",
     "pages/a.md:3: sitemap: must be true or false, not 0 — write `sitemap: false` to leave the page out, or remove the line"),
    ("---\ntitle: A\nupdated: 2025-02-30\n---\n\nIsi.\n",
     'pages/a.md:3: updated: "2025-02-30" is not a date (Februari 2025 has no day 30) — check the day and the month'),
    ("---\ntitle: A\nslug: Tentang Kami\n---\n\nIsi.\n",
     'pages/a.md:3: slug: "Tentang Kami" may contain only a-z, 0-9 and single hyphens (no "/", "..", spaces or capitals)'
     " — use lower-case words joined by hyphens, for example `slug: investasi-meta`"),
    ("---\ntitle: A\nextra: teks\n---\n\nIsi.\n",
     "pages/a.md:3: extra: must be a mapping of free-form values — indent `name: value` lines under `extra:`"),
    ("---\ntitle: A\n---\n\n\n",
     "pages/a.md:4: body: is empty — write the page below the closing `---`"),
    ("Tanpa front matter.\n",
     "pages/a.md:1: has no front matter — start the file with a line `---`, then `title:`, then another `---`"),
    ("",
     "pages/a.md: file is empty — start with `---`, the fields (at least title), `---`, then the page"),
    ("---\ntitle: A\n\nIsi.\n",
     "pages/a.md:1: front matter is not closed — add a line `---` after the last field, before the page text"),
])
def test_each_bad_page_gives_exactly_its_message(write_site, text, expected):
    result = loaded(write_site, {"pages/a.md": text})
    assert messages(result) == [expected]
    assert result.pages == ()


def test_an_unknown_field_warns_with_a_suggestion_and_the_page_is_kept(write_site):
    result = loaded(write_site, {"pages/a.md": page(sumary="Ringkas.", tanggal="2025-06-01")})
    assert messages(result) == [
        "pages/a.md:3: warning: sumary: is not a known field — did you mean 'summary'?",
        "pages/a.md:4: warning: tanggal: is not a known field — put free-form values under `extra:`"]
    assert [p.slug for p in result.pages] == ["a"]


def test_two_pages_with_one_slug_is_one_error_naming_both(write_site):
    result = loaded(write_site, {"pages/redaksi.md": page("Redaksi"),
                                 "pages/susunan.md": page("Susunan Redaksi", slug="redaksi")})
    assert messages(result) == ['pages/susunan.md:3: slug: "redaksi" is already used by pages/redaksi.md — '
                                "give one of them another file name or `slug:`"]


def test_only_markdown_files_directly_in_pages_are_read(write_site):
    result = loaded(write_site, {"pages/a.md": page(), "pages/catatan.txt": "bukan halaman",
                                 "pages/.draf.md": "---\n", "pages/lama/b.md": page("B"),
                                 "pages/gambar/logo.txt": "x"})
    assert [p.path for p in result.pages] == ["pages/a.md"]
    assert messages(result) == ["pages/lama: warning: is a folder; only the pages directly in pages/ are built "
                                "— move its .md files up into pages/"]


def test_pages_that_is_a_file_is_an_error(write_site):
    assert messages(loaded(write_site, {"pages": "bukan folder"})) == [
        "pages: is not a folder — keep the pages in a folder pages/, or remove the file"]


def test_a_page_linked_from_outside_the_site_is_refused(write_site, tmp_path: Path):
    outside = tmp_path / "luar.md"
    outside.write_text(page(), encoding="utf-8")
    root = write_site({"pages/a.md": page()})
    os.symlink(outside, root / "pages" / "b.md")
    result = load_pages(root, CONFIG)
    assert messages(result) == ["pages/b.md: is a link to a file outside the site — copy the page into the site "
                                "instead of linking it"]
    assert [p.path for p in result.pages] == ["pages/a.md"]


def test_a_page_larger_than_an_article_may_be_is_refused(write_site):
    result = load_pages(write_site({"pages/a.md": page(body="kata " * 600)}), replace(CONFIG, max_article_kb=1))
    assert messages(result) == ["pages/a.md: is 3 kB, more than the 1 kB a page may be (max_article_kb: 1) — "
                                "split it into several pages, or raise max_article_kb in warta.yaml"]


# -- rendering ---------------------------------------------------------------------------------------

def source(body: str, **fields) -> SourcePage:
    values = dict(path="pages/a.md", slug="a", title="Tentang", summary=None, updated=None, order=None,
                  search=True, sitemap=True, extra={}, body=body, body_line=5)
    return SourcePage(**{**values, **fields})


def test_a_pages_body_is_rendered_as_an_articles_is():
    config = replace(CONFIG, base_url="https://contoh.id/berita/")
    rendered, problems = render_source_page(source(
        "Kami **redaksi**. <script>alert(1)</script>\n\n[arsip](/arsip/) dan [bahaya](javascript:alert(1))\n"), config)
    assert problems == []
    html = str(rendered.body.html)
    assert "<strong>redaksi</strong>" in html and "&lt;script&gt;" in html and "<script>" not in html
    assert '<a href="/berita/arsip/">arsip</a>' in html and 'href="javascript' not in html
    assert rendered.source.body == "" and rendered.path == "a/" == page_path("a")


def test_raw_html_is_kept_where_the_site_allows_it():
    rendered, _ = render_source_page(source('<p class="alamat">Jl. Contoh 1</p>\n'), replace(CONFIG, allow_html=True))
    assert '<p class="alamat">Jl. Contoh 1</p>' in str(rendered.body.html)


def test_the_description_is_the_summary_else_the_first_paragraph_else_the_title():
    assert render_source_page(source("Paragraf pertama.", summary="Ringkas."), CONFIG)[0].description == "Ringkas."
    assert render_source_page(source("Paragraf pertama.\n\nKedua."), CONFIG)[0].description == "Paragraf pertama."
    assert render_source_page(source("- satu\n- dua\n"), CONFIG)[0].description == "satu"
    assert render_source_page(source("| a |\n|---|\n| b |\n"), CONFIG)[0].description == "Tentang"


def test_a_picture_in_a_page_is_an_error_at_its_line():
    body = "Ruang redaksi.\n\n![Ruang](foto/ruang.jpg)\n\nGedung: ![Gedung](https://example.com/g.jpg) dan ![](/logo.png)\n"
    _, problems = render_source_page(source(body), CONFIG)
    hint = "put the picture in an article, and link to that article from the page"
    assert [p.format() for p in problems] == [
        f'pages/a.md:7: body: holds a picture ("foto/ruang.jpg"); pages take no pictures yet — {hint}',
        f'pages/a.md:9: body: holds a picture ("/logo.png"); pages take no pictures yet — {hint}',
        f'pages/a.md:9: body: holds a picture ("https://example.com/g.jpg") from another site; pages take no '
        f"pictures yet — {hint}"]


# -- order and addresses -----------------------------------------------------------------------------

def rendered(slug: str, title: str = "Judul", order: int | None = None, slug_line: int | None = None) -> Page:
    page_, _ = render_source_page(source("Isi.", path=f"pages/{slug}.md", slug=slug, title=title, order=order,
                                         slug_line=slug_line), CONFIG)
    return page_


def test_the_footer_puts_ordered_pages_first_then_the_others_by_title():
    pages = [rendered("kontak", "Kontak"), rendered("tentang", "Tentang", order=1), rendered("redaksi", "Redaksi", 2),
             rendered("pedoman", "pedoman Media Siber"), rendered("ralat-kami", "Kebijakan Ralat"),
             rendered("nol", "Nol", order=0)]
    assert [p.slug for p in footer_order(pages)] == ["nol", "tentang", "redaksi", "ralat-kami", "kontak", "pedoman"]


def test_warta_s_own_top_level_folders_are_taken():
    assert set(TERM_DIRS.values()) | {"artikel", "arsip", "halaman", "aset", "cari", "ralat", SEARCH_DIR,
                                      PHOTO_FOLDER} <= set(TOP_LEVEL_NAMES)
    problems = page_collisions([rendered("tag"), rendered("pagefind", slug_line=3)], [], [])
    assert [p.format() for p in problems] == [
        'pages/tag.md: slug: "tag" is taken: /tag/ holds the tag pages, which Warta writes — rename the file, or '
        "set another `slug:`",
        'pages/pagefind.md:3: slug: "pagefind" is taken: /pagefind/ holds the search index, which Warta writes — '
        "choose another `slug:`"]


def test_a_file_or_folder_of_static_is_taken():
    problems = page_collisions([rendered("kontak"), rendered("tentang")], [], ["kontak", "tentang.html", "gambar"])
    assert [p.format() for p in problems] == [
        'pages/kontak.md: slug: "kontak" is taken by static/kontak, published at the same address — rename the '
        "file, or set another `slug:`; or move static/kontak"]


def test_an_articles_old_address_is_taken_however_it_is_written(write_site):
    root = write_site({"articles/a.md": article(aliases=["/profil", "lama/profil/"]),
                       "articles/b.md": article(title="B", aliases=["kontak/index.html"], draft=True),
                       "articles/c.md": article(title="C", aliases=["/tentang/lama.html"])})
    articles = load_articles(root, CONFIG).articles
    problems = page_collisions([rendered("profil"), rendered("kontak"), rendered("tentang"), rendered("lama")],
                               articles, [])
    assert [p.format() for p in problems] == [
        'pages/profil.md: slug: "profil" is taken: /profil/ is an old address of articles/a.md (its alias on line '
        "5) — rename the file, or set another `slug:`; or remove that alias",
        'pages/kontak.md: slug: "kontak" is taken: /kontak/ is an old address of articles/b.md (its alias on line '
        "5) — rename the file, or set another `slug:`; or remove that alias"]


def test_build_pages_renders_orders_and_checks_them_all(write_site):
    root = write_site({"pages/b.md": page("B", order=2), "pages/a.md": page("A", body="![x](x.jpg)"),
                       "pages/arsip.md": page("Arsip", order=1)})
    pages, problems = build_pages(load_pages(root, CONFIG).pages, CONFIG, [], [])
    assert [p.slug for p in pages] == ["arsip", "b", "a"]
    assert [(p.path, p.line, p.field) for p in problems] == [("pages/a.md", 5, "body"), ("pages/arsip.md", None, "slug")]


def test_an_organisation_page_must_be_a_page_of_the_site():
    """`organization:` policy pages named by path are followed from every article's JSON-LD: each must be
    a page of pages/ (or one Warta writes, /ralat/), else a warning at its line in warta.yaml (an error with
    --strict, as any link leading nowhere)."""
    from warta.config import Organization, SiteConfig
    from warta.model.pages import named_page_problems

    organization = Organization(policies=(("masthead", "redaksi/"), ("corrections_policy", "ralat/"),
                                          ("ethics_policy", "kode-etik/")), contact="https://contoh.id/kontak",
                                lines={"masthead": 3, "corrections_policy": 4, "ethics_policy": 5})
    config = SiteConfig(title="X", base_url="https://contoh.id/", organization=organization)
    pages = [type("P", (), {"source": type("S", (), {"slug": "redaksi"})()})()]
    problems = named_page_problems(config, pages)
    assert [p.format() for p in problems] == [
        'warta.yaml:5: warning: organization.ethics_policy: "/kode-etik/" is not a page of this site — name a page of '
        "pages/ by its slug (redaksi), or write an https:// URL"]
    # A page whose file has an error of its own is reported there, not again here.
    assert named_page_problems(config, pages, unreadable={"kode-etik"}) == []
    # Warta's own folders that are no page (the photos, the search index, the assets) are not pages.
    for folder in ("foto", "pagefind", "aset", "halaman", "cari"):
        odd = Organization(policies=(("masthead", f"{folder}/"),), lines={"masthead": 3})
        assert named_page_problems(SiteConfig(title="X", base_url="https://contoh.id/", organization=odd), pages)
    for page in ("ralat", "arsip", "tag", "kategori", "penulis", "sumber"):
        fine = Organization(policies=(("masthead", f"{page}/"),), lines={"masthead": 3})
        assert not named_page_problems(SiteConfig(title="X", base_url="https://contoh.id/", organization=fine), pages)
