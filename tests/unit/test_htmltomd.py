"""warta.importer.html.convert: HTML -> an article's Markdown body, safe and clean, including hostile HTML."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from warta.importer.html import convert as htmltomd
from warta.importer.html.convert import html_to_markdown, safe_href, split_credit
from warta.importer.records import ImportedImage
from warta.markdown import make_parser, plain_text, render_markdown


def body(html: str, **options) -> str:
    return html_to_markdown(html, **options).body


def rendered(markdown: str) -> str:
    return render_markdown(make_parser(False), markdown).html


def local(src: str, alt: str | None) -> ImportedImage | None:
    """A reader's hook: pictures of the page's own folder are copied, others are not found."""
    if src.startswith(("http:", "https:", "data:")):
        return None
    return ImportedImage(src="foto/artikel/" + src.rsplit("/", 1)[-1])


# ------------------------------------------------------------------ blocks and inline markup


def test_paragraphs_emphasis_and_folded_whitespace() -> None:
    html = "<p>  Harga   cabai\n naik <b> dua kali</b> lipat,\u00a0kata <i>pedagang</i>.</p><p> </p><p></p>"
    assert body(html) == "Harga cabai naik **dua kali** lipat, kata *pedagang*.\n"


def test_empty_and_nested_emphasis_is_written_once() -> None:
    assert body("<p>a <b></b><i> </i>b <b><b>c</b></b> <strong><em>d</em></strong></p>") == "a b **c** ***d***\n"


def test_headings_are_shifted_so_the_top_level_is_two() -> None:
    assert body("<h1>Satu</h1><p>x</p><h3>Tiga</h3>") == "## Satu\n\nx\n\n#### Tiga\n"
    assert body("<h4>Empat</h4><h5>Lima</h5>") == "## Empat\n\n### Lima\n"
    assert body("<h6>a</h6><h1>b</h1><h6>c</h6>") == "###### a\n\n## b\n\n###### c\n"


def test_a_heading_repeating_the_title_is_left_out() -> None:
    converted = html_to_markdown("<h1>Judul Berita</h1><p>Isi.</p>", title="Judul  berita")
    assert converted.body == "Isi.\n"
    assert [(r.text, r.reason) for r in converted.removed] == [("Judul Berita", "repeated title")]


def test_nested_lists_keep_their_shape_and_start_numbers() -> None:
    html = ("<ul><li>satu<ul><li>a</li><li>b</li></ul></li><li>dua</li></ul>"
            "<ol start='7'><li>tujuh</li><li>delapan<ol><li>x</li></ol></li></ol><p>sesudah</p>")
    assert body(html) == ("- satu\n  - a\n  - b\n- dua\n\n7. tujuh\n8. delapan\n   1. x\n\nsesudah\n")
    out = rendered(body(html))
    assert '<ol start="7">' in out and out.count("<ul>") == 2 and "<p>" not in out.split("</ol>")[0].split("<ol")[1]


def test_an_ordered_list_under_an_item_not_starting_at_one_is_still_a_list() -> None:
    out = rendered(body("<ul><li>a<ol start='3'><li>c</li></ol></li></ul>"))
    assert '<ol start="3">' in out


def test_quotes_rules_breaks_and_paragraph_breaks() -> None:
    html = "<blockquote><p>kata</p><p>dia</p></blockquote><hr><p>baris<br>dua<br><br>tiga<br></p>"
    assert body(html) == "> kata\n>\n> dia\n\n---\n\nbaris\\\ndua\n\ntiga\n"
    out = rendered(body(html))
    assert "<blockquote>" in out and "<br>" in out and "<hr>" in out


def test_code_and_preformatted_text() -> None:
    html = "<p>pakai <code>a`b</code> dan <code> </code></p><pre><code class='language-python'>x = 1\n\n  y = '```'</code></pre>"
    assert body(html) == "pakai ``a`b`` dan\n\n````python\nx = 1\n\n  y = '```'\n````\n"


def test_simple_tables_become_gfm_tables() -> None:
    html = ("<table><caption>Harga</caption><thead><tr><th>Barang</th><th>Harga</th></tr></thead>"
            "<tbody><tr><td>Cabai | rawit</td><td><b>Rp</b> 80.000<br>per kg</td></tr>"
            "<tr><td colspan='2'>naik</td></tr></tbody></table>")
    assert body(html) == ("Harga\n\n| Barang | Harga |\n| --- | --- |\n| Cabai \\| rawit | **Rp** 80.000 per kg |\n"
                          "| naik |  |\n")
    assert "<table>" in rendered(body(html))


def test_a_cell_spanning_rows_keeps_the_cells_below_in_their_columns() -> None:
    # (probe finding 18) "Kalihurip" stays in the second column, under "Utama"
    html = ("<table><tr><th colspan='2'>Gerbang tol</th></tr><tr><td rowspan='2'>Cikampek</td><td>Utama</td></tr>"
            "<tr><td>Kalihurip</td></tr><tr><td>Cipali</td><td>Utama</td></tr></table>")
    assert body(html) == ("| Gerbang tol |  |\n| --- | --- |\n| Cikampek | Utama |\n|  | Kalihurip |\n"
                          "| Cipali | Utama |\n")


def test_layout_tables_and_single_column_tables_become_paragraphs() -> None:
    assert body("<table><tr><td>satu</td></tr><tr><td>dua</td></tr></table>") == "satu\n\ndua\n"
    assert body("<table><tr><td><p>x</p><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>") == \
        "x\n\n| a | b |\n| --- | --- |\n"


def test_text_that_looks_like_markup_stays_text() -> None:
    html = "<p>1. bukan daftar</p><p>- juga bukan</p><p># bukan judul</p><p>*a* _b_ [c](d) `e`</p><p>x<br>=== y</p>"
    markdown = body(html)
    out = rendered(markdown)
    assert "<ol" not in out and "<ul" not in out and "<h" not in out and "<em" not in out and "<code" not in out
    assert plain_text(make_parser(False), markdown) == "1. bukan daftar - juga bukan # bukan judul *a* _b_ [c](d) `e` x === y"


# ------------------------------------------------------------------ links


@pytest.mark.parametrize("href", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)",
                                  "java%73cript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox",
                                  "file:///etc/passwd", "ftp://x.id/a", "#atas", "", "   "])
def test_unsafe_links_keep_only_their_text(href: str) -> None:
    converted = html_to_markdown(f'<p>Baca <a href="{href}">di sini</a>.</p>')
    assert converted.body == "Baca di sini.\n"
    assert "href" not in rendered(converted.body)


def test_safe_links_are_kept_and_relative_ones_made_absolute() -> None:
    html = ('<p><a href="https://contoh.id/a b(c)">satu</a> <a href="/berita/2">dua</a> <a href="mailto:r@contoh.id">'
            'surat</a> <a href="//cdn.contoh.id/x">tiga</a> <a href="https://x.id"></a></p>')
    assert body(html, base_url="https://contoh.id/berita/1") == (
        "[satu](https://contoh.id/a%20b%28c%29) [dua](https://contoh.id/berita/2) [surat](mailto:r@contoh.id) "
        "[tiga](https://cdn.contoh.id/x)\n")
    assert body('<p><a href="/berita/2">dua</a></p>') == "[dua](/berita/2)\n"


def test_spaces_move_out_of_links_and_nested_links_are_one() -> None:
    assert body('<p>lihat<a href="https://x.id"> <b>ini </b></a>ya <a href="https://a.id">a<a href="https://b.id">b</a></a></p>') \
        == "lihat [**ini**](https://x.id) ya [a](https://a.id)[b](https://b.id)\n"


def test_safe_href() -> None:
    assert safe_href("https://x.id/a?b=1&c=2#d") == "https://x.id/a?b=1&c=2#d"
    assert safe_href("x.html", "https://x.id/a/") == "https://x.id/a/x.html"
    assert safe_href("javascript:x", "https://x.id/") is None
    assert safe_href("https://x.id/a>b<c\\d") == "https://x.id/a%3Eb%3Cc%5Cd"


# ------------------------------------------------------------------ dropped elements


def test_scripts_styles_forms_navigation_and_hidden_blocks_are_dropped_and_listed() -> None:
    html = ("<nav><a href='/'>Beranda</a></nav><p>Isi berita.<script>alert('x')</script></p><style>p{}</style>"
            "<aside>Baca juga: lainnya</aside><form><input name=q><button>Cari</button></form>"
            "<iframe src='https://youtube.com/x'></iframe><noscript>aktifkan JS</noscript>"
            "<div style='display: none'>tersembunyi</div><p hidden>juga</p><p>Akhir.</p>")
    converted = html_to_markdown(html)
    assert converted.body == "Isi berita.\n\nAkhir.\n"
    assert [(r.reason, r.text) for r in converted.removed] == [
        ("navigation", "Beranda"), ("script", "<script>"), ("style sheet", "<style>"),
        ("aside (related links, ads)", "Baca juga: lainnya"), ("form", "Cari"), ("embedded frame", "<iframe>"),
        ("no-script fallback", "aktifkan JS"), ("hidden", "tersembunyi"), ("hidden", "juga")]


def test_text_after_a_dropped_element_is_kept() -> None:
    assert body("<p>a<script>x</script> b<button>c</button> d</p>") == "a b d\n"


# ------------------------------------------------------------------ pictures


def test_a_picture_after_a_source_element_is_kept() -> None:
    # (libxml2 reads <source>, <track>, <wbr>, <embed> as holding what follows them: probe finding 7)
    html = ("<p>Awal.</p><picture><source srcset='L_files/besar.jpg 1200w'><img src='L_files/kecil.jpg' "
            "alt='Foto kecil'></picture><p>Akhir<wbr>nya <embed src='x.swf'>tiba.</p>")
    converted = html_to_markdown(html, picture=local)
    assert converted.body == "Awal.\n\n![Foto kecil](foto/artikel/kecil.jpg)\n\nAkhirnya tiba.\n"


def test_a_figure_becomes_a_picture_with_caption_and_credit() -> None:
    html = ("<p>Awal.</p><figure><a href='big.jpg'><img src='img/rapat.jpg' alt='Rapat redaksi'></a>"
            "<figcaption>Rapat redaksi pagi. (Foto: ANTARA/Budi Santoso)</figcaption></figure><p>Akhir.</p>")
    converted = html_to_markdown(html, picture=local)
    assert converted.body == ('Awal.\n\n![Rapat redaksi](foto/artikel/rapat.jpg "Rapat redaksi pagi."){credit="ANTARA/Budi '
                              'Santoso"}\n\nAkhir.\n')
    assert converted.pictures == (ImportedImage("foto/artikel/rapat.jpg", "Rapat redaksi", "Rapat redaksi pagi.",
                                                "ANTARA/Budi Santoso"),)


def test_a_lazy_figure_with_a_noscript_copy_is_one_picture_with_its_caption() -> None:
    # (probe finding 11) a placeholder, data-lazy-src and the <noscript> copy: the figcaption is the caption
    html = ("<figure><img src=\"data:image/svg+xml,%3Csvg%3E%3C/svg%3E\" data-lazy-src='N_files/asli.jpg' alt='Petani'>"
            "<noscript><img src='N_files/asli.jpg' alt='Petani'></noscript><figcaption>Petani kopi memetik buah. "
            "(Foto: Dok. Redaksi)</figcaption></figure><p>Akhir.</p>")
    converted = html_to_markdown(html, picture=local)
    assert converted.body == ('![Petani](foto/artikel/asli.jpg "Petani kopi memetik buah."){credit="Dok. Redaksi"}'
                              '\n\nAkhir.\n')


def test_a_credit_element_of_the_caption_is_the_credit() -> None:
    html = ("<figure><img src='a.jpg' alt='x'><figcaption>Banjir di Bekasi <span class='credit'>"
            "Foto: Kompas.com/Ani</span></figcaption></figure>")
    assert html_to_markdown(html, picture=local).pictures[0].caption == "Banjir di Bekasi"
    assert html_to_markdown(html, picture=local).pictures[0].credit == "Kompas.com/Ani"


def test_a_picture_without_alt_text_takes_its_caption_else_is_marked_decorative_with_a_note() -> None:
    converted = html_to_markdown("<figure><img src='a.jpg'><figcaption>Pasar pagi</figcaption></figure>"
                                 "<p><img src='b.png'></p>", picture=local)
    assert converted.body == ('![Pasar pagi](foto/artikel/a.jpg "Pasar pagi")\n\n![](foto/artikel/b.png){.dekoratif}\n')
    assert converted.notes == ("picture 'b.png' has no alt text: describe it (it is marked decorative for now)",)


def test_pictures_the_reader_does_not_place_become_links_or_are_dropped() -> None:
    converted = html_to_markdown("<p><img src='https://cdn.x.id/a.jpg' alt='Kota'><img src='http://x.id/b.jpg' "
                                 "alt='b'><img src='data:image/png;base64,AAAA' alt='c'><img alt='tanpa src'></p>",
                                 picture=local)
    assert converted.body == "[Foto: Kota](https://cdn.x.id/a.jpg)\n"
    assert len(converted.notes) == 3 and converted.pictures == ()
    assert [r.reason for r in converted.removed] == ["picture not found", "picture not found"]


def test_a_picture_from_another_site_inside_a_sentence_leaves_the_sentence_whole() -> None:
    """Issue 19's probe (finding 18): the link stood as a paragraph of its own, splitting the sentence and
    leaving its end (a lone "." in a feed item) as a paragraph."""
    converted = html_to_markdown("<p>Harga cabai naik <img src='https://cdn.x.id/grafik.png' alt='grafik harga'> "
                                 "tajam pekan ini.</p><p><img src='https://cdn.x.id/b.jpg' alt='Pasar'></p>"
                                 "<p>Sudah <img src='https://cdn.x.id/c.jpg'>.</p>", picture=local)
    assert converted.body == ("Harga cabai naik [Foto: grafik harga](https://cdn.x.id/grafik.png) tajam pekan ini.\n\n"
                              "[Foto: Pasar](https://cdn.x.id/b.jpg)\n\nSudah [Foto](https://cdn.x.id/c.jpg).\n")


def test_emoji_pictures_are_their_alt_text() -> None:
    assert body("<p>Selamat <img class='wp-smiley emoji' src='s.png' alt='🙂'> pagi</p>", picture=local) == \
        "Selamat 🙂 pagi\n"


def test_picture_markup_survives_quotes_and_brackets_in_its_words() -> None:
    image = ImportedImage('foto/a b.jpg', 'Alt [x] "y"', 'Kata "dia" \\ lagi', 'AP "Foto"')
    markdown = htmltomd.picture_markdown(image)
    assert markdown == '![Alt \\[x\\] "y"](foto/a%20b.jpg "Kata \\"dia\\" \\\\ lagi"){credit="AP \'Foto\'"}'
    token = [t for t in make_parser(False).parse(markdown) if t.type == "inline"][0].children[0]
    assert token.attrGet("title") == 'Kata "dia" \\ lagi' and token.attrGet("credit") == "AP 'Foto'"


@pytest.mark.parametrize("caption, expected", [
    ("Rapat di Jakarta. (Foto: Antara/Budi)", ("Rapat di Jakarta.", "Antara/Budi")),
    ("Suasana pasar (ANTARA FOTO/Sigid Kurniawan/foc)", ("Suasana pasar", "ANTARA FOTO/Sigid Kurniawan/foc")),
    ("Banjir di Bekasi. Foto: Kompas.com/Ani", ("Banjir di Bekasi.", "Kompas.com/Ani")),
    ("Peta sebaran (Grafis: Warta)", ("Peta sebaran", "Grafis: Warta")),
    ("Presiden (kanan) menyapa warga", ("Presiden (kanan) menyapa warga", None)),
    ("Warga antre di pasar, Senin (7/12/2026). (suarakota.id/Rina Dewi)",
     ("Warga antre di pasar, Senin (7/12/2026).", "suarakota.id/Rina Dewi")),
    ("Warga antre di pasar, Senin (7/12/2026)", ("Warga antre di pasar, Senin (7/12/2026)", None)),
    ("Fotografer: bukan kredit", ("Fotografer: bukan kredit", None)),
])
def test_split_credit(caption: str, expected: tuple) -> None:
    assert split_credit(caption) == expected


# ------------------------------------------------------------------ hostile HTML


def test_raw_html_in_text_never_becomes_html() -> None:
    html = "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp;lt; &#60;b&#62;</p>"
    markdown = body(html)
    out = rendered(markdown)
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert plain_text(make_parser(True), markdown) == "<script>alert(1)</script> <img src=x onerror=alert(1)> &lt; <b>"


def test_entities_are_decoded() -> None:
    assert body("<p>Rp&nbsp;10&nbsp;ribu &ndash; &quot;murah&quot; &copy; caf&eacute; &#8220;x&#8221;</p>") == \
        'Rp 10 ribu – "murah" © café “x”\n'


def test_deep_nesting_is_written_flat_beyond_a_few_levels() -> None:
    root = etree.Element("div")
    element = root
    for index in range(30000):
        element = etree.SubElement(element, ("blockquote", "ul", "li", "b", "div")[index % 5])
    element.text = "dalam"
    markdown = html_to_markdown(root).body
    assert markdown.strip().endswith("**dalam**") and markdown.count(">") <= htmltomd.MAX_NESTING
    assert plain_text(make_parser(False), markdown) == "dalam"


def test_text_after_nesting_deeper_than_the_parser_reads_is_kept() -> None:
    converted = html_to_markdown("<div>" * 3000 + "dalam" + "</div>" * 3000 + "<p>sesudah</p>")
    assert converted.body == "dalam\n\nsesudah\n"
    assert converted.notes[0].startswith("the page nests its elements more than 256 levels deep")


def test_a_hundred_thousand_tags_are_converted_in_one_pass(monkeypatch) -> None:
    calls = []
    original = htmltomd._Converter.start

    def counted(self, element, tag):
        calls.append(tag)
        return original(self, element, tag)

    monkeypatch.setattr(htmltomd._Converter, "start", counted)
    html = "<p>" + "<b>x</b> <i>y</i> <a href='/a'>z</a> <span>w</span> " * 25000 + "</p>"
    markdown = body(html)
    assert 100000 < len(calls) < 100000 + 5  # each element once (and body, p)
    assert markdown.count("**x**") == 25000 and markdown.count("[z](/a)") == 25000


def test_unclosed_tags_and_garbage_do_not_break_the_output() -> None:
    assert body("<p><b>fet<i>tered</b> text</i><p>next<ul><li>x") == "**fet*tered*** text\n\nnext\n\n- x\n"
    assert body("") == "" and body("   ") == "" and body("<p></p>") == ""
    assert body("teks \x00\x07saja</p></div>") == "teks saja\n"


def test_every_markup_combination_renders_without_raw_html() -> None:
    tags = ["p", "b", "i", "a", "code", "ul", "li", "blockquote", "h2", "table", "tr", "td", "pre", "br", "div"]
    rng = __import__("random").Random(19)
    for _ in range(200):
        parts = []
        for _ in range(40):
            tag = rng.choice(tags)
            parts.append(rng.choice([f"<{tag} href='javascript:x'>", f"</{tag}>", "<script>", "teks <x> & *",
                                     f"<{tag}>"]))
        markdown = body("".join(parts))
        out = rendered(markdown)
        assert not re.search(r"<script|<x>|href=\"javascript", out)
        assert not re.search(r"\n\n\n", markdown)
