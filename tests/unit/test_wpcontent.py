"""importer/wordpress/content.py: a WordPress post's stored content -> the HTML WordPress shows (issue 19)."""

from __future__ import annotations

from warta.importer.wordpress.content import Attachment, attributes, expand, wpautop

PICTURES = {
    "7": Attachment("7", "https://contoh.id/wp-content/uploads/2024/06/a.jpg", "Warga antre", "Antrean sembako. "
                    "(Foto: Antara/Budi)", "a", "12"),
    "8": Attachment("8", "https://contoh.id/wp-content/uploads/2024/06/b.jpg", None, None, "b", "12"),
}


def _expand(text: str):
    return expand(text, "12", PICTURES, lambda post: [PICTURES["7"], PICTURES["8"]] if post == "12" else [])


def test_wpautop_makes_paragraphs_of_blank_lines_and_br_of_single_breaks() -> None:
    html = wpautop("Baris satu\nbaris dua\n\nParagraf kedua")
    assert html == "<p>Baris satu<br />\nbaris dua</p>\n<p>Paragraf kedua</p>\n"


def test_wpautop_puts_no_paragraph_or_br_around_block_elements() -> None:
    html = wpautop("Awal\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\nAkhir")
    assert "<p><ul>" not in html and "<br />\n<li>" not in html and "</li><br />" not in html
    assert html.startswith("<p>Awal</p>") and "<p>Akhir</p>" in html


def test_wpautop_leaves_preformatted_text_alone() -> None:
    html = wpautop("Kode:\n\n<pre>baris 1\n\nbaris 2</pre>\n\nSelesai")
    assert "<pre>baris 1\n\nbaris 2</pre>" in html


def test_block_editor_posts_lose_their_comments_and_get_no_wpautop() -> None:
    content = _expand("<!-- wp:paragraph -->\n<p>Satu\ndua</p>\n<!-- /wp:paragraph -->")
    assert "wp:" not in content.html and "<br" not in content.html and "<p>Satu\ndua</p>" in content.html


def test_caption_shortcode_becomes_a_figure_with_its_caption() -> None:
    content = _expand('[caption id="attachment_7" align="aligncenter" width="300"]<a href="x"><img '
                      'src="https://contoh.id/wp-content/uploads/2024/06/a-300x200.jpg" alt="Warga antre" /></a> '
                      "Antrean sembako di Bekasi. (Foto: Antara/Budi)[/caption]")
    assert ('<figure><img src="https://contoh.id/wp-content/uploads/2024/06/a-300x200.jpg" alt="Warga antre">'
            "<figcaption>Antrean sembako di Bekasi. (Foto: Antara/Budi)</figcaption></figure>") in content.html
    assert "[caption" not in content.html and "<a href" not in content.html


def test_caption_given_as_an_attribute_is_used_too() -> None:
    content = _expand('[caption caption="Sidang paripurna"]<img src="https://contoh.id/x.jpg" alt="DPR">[/caption]')
    assert "<figcaption>Sidang paripurna</figcaption>" in content.html


def test_gallery_with_ids_shows_those_pictures_and_without_ids_the_posts_own() -> None:
    with_ids = _expand('[gallery ids="8,7"]').html
    assert with_ids.index("b.jpg") < with_ids.index("a.jpg")
    assert "Antrean sembako. (Foto: Antara/Budi)" in with_ids
    assert "a.jpg" in _expand("[gallery]").html and "b.jpg" in _expand("[gallery]").html


def test_gallery_names_pictures_missing_from_the_export() -> None:
    assert "1 of its pictures are not in the export" in _expand('[gallery ids="7,99"]').warnings[0]


def test_embeds_and_bare_url_lines_become_link_paragraphs() -> None:
    html = _expand("Tonton:\n\n[embed]https://www.youtube.com/watch?v=abc[/embed]\n\nhttps://x.com/a/status/1\n\n"
                   "Lihat https://contoh.id di kalimat.").html
    assert '<p><a href="https://www.youtube.com/watch?v=abc">https://www.youtube.com/watch?v=abc</a></p>' in html
    assert '<a href="https://x.com/a/status/1">' in html
    assert "Lihat https://contoh.id di kalimat." in html


def test_embed_of_a_script_address_is_dropped() -> None:
    assert "javascript" not in _expand("[embed]javascript:alert(1)[/embed]").html


def test_video_and_audio_shortcodes_become_links() -> None:
    html = _expand('[video mp4="https://contoh.id/v.mp4"][/video]\n\n[audio src="https://contoh.id/a.mp3"]').html
    assert 'Video: <a href="https://contoh.id/v.mp4">' in html and 'Audio: <a href="https://contoh.id/a.mp3">' in html


def test_unknown_shortcodes_are_taken_out_with_a_warning_keeping_their_text() -> None:
    content = _expand('Awal [ads id="tengah"] tengah [contact-form-7 id="5" title="Kontak"]\n\n'
                      "[highlight warna=kuning]teks penting[/highlight]")
    assert "[ads" not in content.html and "contact-form" not in content.html
    assert "teks penting" in content.html and "highlight" not in content.html
    assert any("[ads]" in w for w in content.warnings) and any("[contact-form-7]" in w for w in content.warnings)
    assert any("[highlight]" in w and "its text kept" in w for w in content.warnings)


def test_editors_brackets_are_text_not_shortcodes() -> None:
    content = _expand("Ia berkata [sic] begitu. [Baca juga: Harga beras naik] dan [catatan redaksi].")
    assert "[sic]" in content.html and "[Baca juga: Harga beras naik]" in content.html
    assert "[catatan redaksi]" in content.html and not content.warnings


def test_markdown_written_as_text_is_not_taken_for_shortcodes() -> None:
    content = _expand("Teks literal: [tautan](https://contoh.id/a) serta ![gbr](foto.jpg) dan [rujukan][1].")
    assert "[tautan](https://contoh.id/a)" in content.html and "![gbr](foto.jpg)" in content.html
    assert "[rujukan][1]" in content.html
    assert not content.warnings and not content.removed


def test_double_brackets_write_a_shortcode_as_text() -> None:
    assert "[gallery]" in _expand("Tulis [[gallery]] untuk galeri.").html


def test_shortcode_attributes_of_every_quoting() -> None:
    assert attributes('id="a b" align=\'left\' width=300 "pos"') == {"id": "a b", "align": "left", "width": "300",
                                                                     "0": "pos"}


def test_many_unclosed_shortcodes_are_read_in_one_pass() -> None:
    """50,000 `[x` and `[y]` without closing tags: each closing tag is looked up by bisection, so this is linear
    (it used to be a search to the end of the text for each)."""
    text = "[y] [x " * 50_000
    content = _expand(text)
    assert content.html.count("[x") == 50_000


def test_deeply_nested_shortcodes_stop_expanding_at_the_limit() -> None:
    text = "[a]" * 500 + "isi" + "[/a]" * 500
    assert "isi" in _expand(text).html
