"""markdown.py: one markdown-it-py set-up; body -> RenderedBody; SourceArticle -> Article."""

from __future__ import annotations

import pytest

from helpers import article
from warta.config import SiteConfig
from warta.content.frontmatter import split_front_matter
from warta.markdown import (Article, BodyLink, Heading, Oversize, RenderedBody, make_parser, render_article,
                            render_markdown, shorten)
from warta.yamlmap import parse_mapping
from warta.content.schema import validate_article

CONFIG = SiteConfig(title="X")


def render(text: str, allow_html: bool = False):
    return render_markdown(make_parser(allow_html), text)


def rendered_article(config: SiteConfig = CONFIG, **fields):
    """An Article made by the real stages from the text of an article file."""
    text = article(**fields)
    split, _ = split_front_matter(text, "articles/a.md")
    mapping, _ = parse_mapping(split.front_matter, "articles/a.md", split.front_matter_line)
    source, problems = validate_article("articles/a.md", "a", mapping, split.body, split.body_line, config)
    assert source is not None, problems
    return render_article(source, config)


def test_renders_tables():
    html = render("| Kota | Harga |\n|---|---:|\n| Jakarta | 10 |\n").html
    assert "<table>" in html
    assert "<th>Kota</th>" in html
    # Alignment as a class: the Content-Security-Policy in _headers forbids style attributes (issue 8).
    assert '<td class="align-right">10</td>' in html
    assert "style=" not in html


def test_renders_strikethrough():
    assert "<s>lama</s>" in render("Harga ~~lama~~ baru.").html


def test_renders_footnotes():
    html = render("Menurut laporan[^1].\n\n[^1]: Laporan tahunan 2025.\n").html
    assert '<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>' in html
    assert '<li id="fn1" class="footnote-item"><p>Laporan tahunan 2025.' in html


def test_headings_get_ids_from_their_text():
    body = render("## Latar Belakang Investasi\n\nIsi.\n")
    assert '<h2 id="latar-belakang-investasi">Latar Belakang Investasi</h2>' in body.html


def test_repeated_headings_get_unique_anchors():
    body = render("## Analisis\n\nA.\n\n## Analisis\n\nB.\n\n## Analisis\n\nC.\n")
    assert [h.anchor for h in body.headings] == ["analisis", "analisis-1", "analisis-2"]
    for anchor in ("analisis", "analisis-1", "analisis-2"):
        assert f'id="{anchor}"' in body.html


def test_heading_without_letters_gets_a_fallback_anchor():
    body = render("## ???\n\nIsi.\n")
    assert body.headings[0].anchor == "bagian"


def test_escapes_raw_html_by_default():
    html = render('Teks <script>alert("x")</script> dan <b>tebal</b>.\n\n<div class="kotak">blok</div>\n').html
    assert "<script>" not in html and "<b>" not in html and "<div" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;div class=&quot;kotak&quot;&gt;blok&lt;/div&gt;" in html


def test_passes_raw_html_with_allow_html():
    html = render('Teks <b>tebal</b>.\n\n<div class="kotak">blok</div>\n', allow_html=True).html
    assert "<b>tebal</b>" in html
    assert '<div class="kotak">blok</div>' in html


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
    "file:///etc/passwd",
])
def test_script_and_data_links_are_not_rendered_as_links(url):
    html = render(f"[klik]({url}) dan <{url}>\n").html
    assert "<a " not in html
    assert "href" not in html


def test_data_images_are_not_rendered():
    assert "<img" not in render("![x](data:image/svg+xml;base64,PHN2Zz4=)\n").html


def test_ordinary_links_are_rendered():
    html = render("[Antara](https://www.antaranews.com/) dan [bagian](#analisis)\n").html
    assert '<a href="https://www.antaranews.com/">Antara</a>' in html
    assert '<a href="#analisis">bagian</a>' in html


def test_images_load_lazily():
    html = render("![Gedung Meta](/gambar/meta.jpg)\n").html
    assert '<img src="/gambar/meta.jpg" alt="Gedung Meta" loading="lazy" decoding="async">' in html


def test_hash_headings_in_the_body_are_shifted_below_the_page_title():
    body = render("# Bagian Satu\n\nIsi.\n\n## Sub\n\nIsi.\n\n###### Terdalam\n")
    assert '<h2 id="bagian-satu">Bagian Satu</h2>' in body.html
    assert '<h3 id="sub">Sub</h3>' in body.html
    assert "<h6" in body.html and "<h7" not in body.html
    assert "<h1" not in body.html


def test_body_without_hash_headings_is_not_shifted():
    assert "<h2" in render("## Bagian\n\nIsi.\n").html


def test_collects_level_2_and_3_headings_for_the_toc():
    body = render("## Satu\n\n### Satu A\n\n#### Terlalu dalam\n\n## Dua `kode`\n")
    assert [(h.level, h.text, h.anchor) for h in body.headings] == [
        (2, "Satu", "satu"), (3, "Satu A", "satu-a"), (2, "Dua kode", "dua-kode"),
    ]


def test_counts_words_of_the_plain_text():
    body = render("## Judul bagian\n\nSatu *dua* **tiga** `empat`.\n\n- lima\n- enam\n")
    assert body.word_count == len("Judul bagian Satu dua tiga empat. lima enam".split())
    assert body.word_count == 8


def test_first_paragraph_skips_headings_and_markup():
    body = render("## Pembuka\n\nMeta **menanamkan** [dana](https://contoh.id/)\nbesar.\n\nParagraf kedua.\n")
    assert body.first_paragraph == "Meta menanamkan dana besar."


def test_summary_comes_from_front_matter_when_given():
    assert rendered_article(summary="Ringkasan redaksi.", body="Paragraf pertama.").summary == "Ringkasan redaksi."


def test_summary_falls_back_to_the_first_paragraph():
    assert rendered_article(body="## Bagian\n\nParagraf pertama.\n\nKedua.").summary == "Paragraf pertama."


def test_long_first_paragraph_summary_is_shortened_at_a_word_with_ellipsis():
    paragraph = " ".join(["investasi"] * 40)  # 399 characters
    summary = rendered_article(body=paragraph).summary
    assert summary.endswith("…")
    assert len(summary) <= 160
    assert summary[:-1].split(" ") == ["investasi"] * len(summary[:-1].split(" "))


def test_shorten_keeps_short_text_and_trims_punctuation_at_the_cut():
    assert shorten("Pendek saja.", 160) == "Pendek saja."
    assert shorten("a" * 160, 160) == "a" * 160
    assert shorten("Satu dua, tiga empat lima", 12) == "Satu dua…"


@pytest.mark.parametrize("words, minutes", [(1, 1), (200, 1), (201, 2), (400, 2), (401, 3), (1000, 5)])
def test_reading_minutes_round_up_at_200_words_per_minute(words, minutes):
    assert rendered_article(body=" ".join(["kata"] * words)).reading_minutes == minutes


def test_reading_speed_comes_from_the_config():
    config = SiteConfig(title="X", words_per_minute=100)
    assert rendered_article(config, body=" ".join(["kata"] * 201)).reading_minutes == 3


def test_note_is_rendered_as_inline_markdown():
    result = rendered_article(note="Artikel ini *diperbarui*.")
    assert result.note_html == "Artikel ini <em>diperbarui</em>."
    assert rendered_article().note_html is None


def test_article_keeps_its_source_and_slug():
    result = rendered_article(slug="berita-satu")
    assert result.slug == "berita-satu"
    assert result.source.title == "Judul Uji"


@pytest.mark.parametrize("text", [
    "[a](&#106;avascript:alert(1))",
    "[a]( JAVASCRIPT&colon;alert(1))",
    "[a](<javascript:alert(1)>)",
    "[a]: javascript:alert(1)\n\n[x][a]",
    "[a](java&#x09;script:alert(1))",  # browsers drop tabs and line breaks from URLs
    "[a](java%0Ascript:alert(1))",
    "[a](%6A%61vascript:alert(1))",
    "![a](da%09ta:image/svg+xml,x)",
])
def test_disguised_script_links_are_not_rendered_as_links(text):
    assert "<a " not in render(text).html


# --- sub-path sites (issue 8) -------------------------------------------------------------------

def test_root_relative_links_and_images_go_under_the_base_path():
    config = SiteConfig(title="X", base_url="https://user.github.io/warta/")
    result = rendered_article(config, body="[Tag](/tag/meta/) ![Foto](/gambar/a.jpg) [Luar](https://contoh.id/x) "
                                           "[Sini](#bawah) [Sudah](/warta/arsip/) [Host](//cdn.contoh.id/a.js)",
                              note="Lihat [arsip](/arsip/).")
    html = result.body.html
    assert 'href="/warta/tag/meta/"' in html and 'src="/warta/gambar/a.jpg"' in html
    assert 'href="https://contoh.id/x"' in html and 'href="#bawah"' in html
    assert 'href="/warta/arsip/"' in html and 'href="//cdn.contoh.id/a.js"' in html
    assert result.note_html == 'Lihat <a href="/warta/arsip/">arsip</a>.'


def test_root_relative_links_are_unchanged_on_a_root_site():
    html = rendered_article(body="[Tag](/tag/meta/) ![Foto](/gambar/a.jpg)").body.html
    assert 'href="/tag/meta/"' in html and 'src="/gambar/a.jpg"' in html


def test_a_body_read_back_from_the_build_cache_gives_the_same_views():
    """A page made from a cached article is the page made from a fresh one."""
    import pickle

    from warta.render.views import article_view

    config = SiteConfig(title="X", base_url="https://contoh.id/", toc_min_headings=2, toc_min_words=0)
    fresh = rendered_article(config, body="## Satu\n\nLihat [dua](#dua).\n\n### Sub\n\n## Dua\n\nTeks.\n")
    cached = pickle.loads(pickle.dumps(fresh))
    assert cached == fresh
    one, two = article_view(fresh, config), article_view(cached, config)
    assert one.toc == two.toc and [e.text for e in one.toc] == ["Satu", "Dua"] and one.toc[0].children[0].text == "Sub"
    assert one.headings == two.headings and two.headings[2].anchor == "dua"
    assert type(two.headings[0]) is Heading


def test_a_body_read_back_from_the_build_cache_has_the_types_it_was_made_with():
    """Headings and links are stored as plain tuples (fast to unpickle) but read back as Heading and
    BodyLink, an oversized body's reason as Oversize; the body equals the one first made."""
    import pickle

    text = "## Satu\n\nLihat [dua](#dua) dan ![foto](/gambar/a.jpg).\n\n### Sub\n\nTeks.\n"
    for fresh in (render(text), render(amplified(10_000, 5_000))):
        for protocol in (pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
            data = pickle.dumps(fresh, protocol=protocol)
            assert b"Heading" not in data and b"BodyLink" not in data  # (stored as plain tuples)
            cached = pickle.loads(data)
            assert type(cached) is RenderedBody and cached == fresh and hash(cached) == hash(fresh)
            assert cached.headings == fresh.headings and cached.links == fresh.links
            assert all(type(h) is Heading for h in cached.headings)
            assert all(type(link) is BodyLink for link in cached.links)
            assert cached.too_large == fresh.too_large and type(cached.too_large) is type(fresh.too_large)
    body = render(text)
    assert [type(h) for h in body.headings] == [Heading, Heading]
    assert body.links == (BodyLink("#dua", 3), BodyLink("/gambar/a.jpg", 3, image=True))
    assert body.headings[1] == Heading(3, "Sub", "sub") and body.headings[1].anchor == "sub"
    too_large = pickle.loads(pickle.dumps(render(amplified(10_000, 5_000)))).too_large
    assert type(too_large) is Oversize and too_large.line == 3


def test_an_article_read_back_from_the_build_cache_is_the_article():
    import pickle

    fresh = rendered_article(body="## Satu\n\n[Lain](https://contoh.id/x) ![f](/g.jpg)\n\n### Dua\n\nTeks.\n")
    cached = pickle.loads(pickle.dumps([fresh, fresh], protocol=pickle.HIGHEST_PROTOCOL))[1]
    assert type(cached) is Article and cached == fresh
    assert [type(h) for h in cached.body.headings] == [Heading, Heading]
    assert [type(link) for link in cached.body.links] == [BodyLink, BodyLink]
    assert cached.body.links == fresh.body.links and cached.body.links[1].url == "/g.jpg" and cached.body.links[1].image


# ------------------------------------------------------------------ bodies that render far larger (issue 21)

def amplified(title_length: int, uses: int) -> str:
    """A reference with a long title (quotes, 6 characters each once escaped) used many times."""
    return "Pembuka.\n\n[a]: / '" + '"' * title_length + "'\n\n" + "[a] " * uses + "\n"


def test_a_reference_repeated_thousands_of_times_is_refused_before_rendering(monkeypatch):
    """62 KB of Markdown rendered to a 382 MB site, 160 KB ran out of memory: the addresses and titles
    the links repeat are added up from the parsed tokens, and nothing is rendered."""
    md = make_parser(False)
    rendered_lengths = []
    real = type(md.renderer).render
    monkeypatch.setattr(type(md.renderer), "render",
                        lambda self, *args: rendered_lengths.append(1) or real(self, *args))
    text = amplified(10_000, 5_000)
    body = render_markdown(md, text)
    assert rendered_lengths == [] and body.html == ""
    assert body.too_large == (
        3, "renders to more than 50 MB from 30 KB of Markdown: the reference [a] defined here is used 5,000 times, "
           "repeating 10,001 characters of address and title each time",
        "write the long address or title once, or use the reference a few times")
    # the worst case of a given size (half definition, half uses) too
    assert render_markdown(md, amplified(80_000, 20_000)).too_large is not None and rendered_lengths == []


def test_the_budget_grows_with_the_article(monkeypatch):
    """A reference used often in a long article is fine; the limit is 50 times the Markdown plus 100,000."""
    from warta.markdown import GROWTH_SLACK, MAX_GROWTH

    text = "Teks. " * 20_000 + "\n\n[situs]: https://contoh.id/" + "x" * 100 + ' "Judul"\n\n' + "[situs] " * 3_000
    body = render(text)
    assert body.too_large is None and body.html.count('<a href="https://contoh.id/') == 3_000
    assert MAX_GROWTH == 50 and GROWTH_SLACK == 100_000


def test_ordinary_reference_links_render_as_before():
    body = render("Lihat [Meta][m] dan [Meta][m], juga ![foto][f].\n\n[m]: https://meta.com/ \"Meta\"\n"
                  "[f]: /gambar/a.jpg\n")
    assert body.too_large is None
    assert body.html == ('<p>Lihat <a href="https://meta.com/" title="Meta">Meta</a> dan '
                         '<a href="https://meta.com/" title="Meta">Meta</a>, juga <img src="/gambar/a.jpg" alt="foto" '
                         'loading="lazy" decoding="async">.</p>\n')


def test_a_table_padded_with_empty_cells_is_refused_once_rendered():
    header = "|" + "a|" * 1000 + "\n|" + "-|" * 1000 + "\n"
    text = "".join(header + "|x|\n" * 40 + "\n" for _ in range(2))
    body = render(text)
    assert body.html == "" and body.too_large.line == 1
    assert body.too_large.message.startswith("renders to 823 KB of HTML from 8 KB of Markdown, more than 50 times")


@pytest.mark.parametrize("length", [150, 159, 160, 161, 162, 170, 400])
def test_only_the_start_of_the_first_paragraph_is_kept_and_the_summary_is_the_same(length: int):
    """A body keeps what the fallback summary reads of its first paragraph, no more (issue 20's memory)."""
    from warta.markdown import SUMMARY_LENGTH, shorten

    words = "Pemerintah kota menyiapkan pasar murah di enam kecamatan menjelang Natal dan Tahun Baru".split()
    paragraph = " ".join(words * 10)[:length].rstrip()
    body = render(paragraph + "\n\nParagraf kedua.\n")
    assert len(body.first_paragraph) <= SUMMARY_LENGTH + 1
    assert shorten(body.first_paragraph, SUMMARY_LENGTH) == shorten(paragraph, SUMMARY_LENGTH)
    assert rendered_article(body=paragraph).summary == shorten(paragraph, SUMMARY_LENGTH)


_HEADINGS = ["Analisis", "Latar belakang", "Apa selanjutnya?", "  Data & Fakta  ", "Konten", "konten", "Ralat: angka",
             "Daftar Isi", "Ekonomi Ölçüsü", "Café crème à Jakarta", "Straße und Größe", "Ελληνικά νέα", "Новости дня",
             "日本語の見出し", "北京新闻", "한국어 제목", "العربية", "עברית", "हिन्दी समाचार", "ไทย", "Tiếng Việt có dấu",
             "emoji 🚀 naik", "1. Data", "2) Dampak", "—", "...", "", "   ", "<b>tebal</b>", "&amp; entitas &#39;",
             "a" * 200, "kata " * 40, "Ŋ ŧ ß æ ø å œ", "ǅemal ǈubica", "ﬁnal ﬂow", "ℌ𝔢𝔩𝔩𝔬", "x\u0301y\u0308",
             "tab\there", "baris\nbaru", "Pertumbuhan PDB Q3-2025 (YoY)", "hak-jawab", "Hak Jawab", "cari situs"]


@pytest.mark.parametrize("text", _HEADINGS)
def test_anchor_slug_kept_per_text_equals_python_slugify(text):
    from slugify import slugify

    from warta.markdown import PAGE_IDS, _anchor_slug
    plain = slugify(text, max_length=80, word_boundary=True) or "bagian"
    expected = f"{plain}-bagian" if plain in PAGE_IDS or plain.startswith("ralat-") else plain
    assert _anchor_slug(text) == expected
    assert _anchor_slug(text) == expected  # (the second time from the memo)
    assert _anchor_slug.__wrapped__(text) == expected


@pytest.mark.parametrize("text", ["", "a", "a\nb", "a\r\nb", "a\rb", "a\r\r\nb\n\r", "\r\n\r\n", "\r", "\n\r\n\r",
                                  "x\0y", "\0\r\0\n", "a\u2028b\x85c\x0bd\x0ce", "tabel | a\r\n--- | ---\r\n1 | 2\r\n",
                                  "# Judul\r\rParagraf\0 akhir\r\n"])
def test_normalize_source_equals_markdown_it_normalize(text):
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.rules_core.normalize import normalize

    from warta.markdown import normalize_source
    theirs, ours = StateCore(text, MarkdownIt(), {}), StateCore(text, MarkdownIt(), {})
    normalize(theirs)
    normalize_source(ours)
    assert ours.src == theirs.src
    theirs_md = make_parser.__wrapped__(False)
    theirs_md.core.ruler.at("normalize", normalize)
    assert make_parser(False).render(text) == theirs_md.render(text)
