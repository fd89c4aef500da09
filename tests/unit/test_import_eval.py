"""benchmarks/import_eval.py's metric on tiny hand-made samples whose figures are known: sentences kept,
junk removed, title and date compared, crashes caught and counted, the table and --json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import import_eval  # noqa: E402  (a script beside bench.py, imported by name as tests/unit/test_vs_hugo.py does)
from import_eval import Expected, evaluate_set, normalise, score, sentences  # noqa: E402

RAW = """\
Beranda > Ekonomi > Pangan
Harga Beras Turun di Pasar Induk
Oleh Budi Santoso | Editor: Rina
Rabu, 12 Jun 2024 14:30 WIB

JAKARTA - Harga beras di Pasar Induk turun. Pedagang "lega".

Baca Juga: Harga Cabai Naik Lagi

Stok masih aman hingga akhir bulan.
ok

Bagikan artikel ini
"""
EXPECTED = Expected(
    title="Harga Beras Turun di Pasar Induk", date="2024-06-12T14:30:00+07:00", authors=("Budi Santoso",),
    body='JAKARTA \\- Harga beras di Pasar Induk turun. Pedagang “lega”.\n\n## Persediaan\n\n'
         "Stok masih *aman* hingga akhir bulan.")


def test_normalise_drops_markup_escapes_and_folds_quotes_case_and_space():
    assert normalise("## Kata  **Kunci**\\_ini “Baru” \\- [tautan](https://a.id) `x`") == \
        'kata kunci_ini "baru" - tautan x'
    assert normalise("- butir\n1. satu\n> kutipan") == "butir satu kutipan"
    assert normalise("Bulan\u00a0Juni — “Sekarang’") == "bulan juni - \"sekarang'"


def test_sentences_split_paragraphs_headings_and_list_items():
    body = ("Satu kalimat. Dua “kalimat.” Tiga?\n\n## Sub Judul\n\n- butir a\n- butir b\n\n"
            "> Kutipan panjang\n> berlanjut.")
    assert sentences(body) == ["satu kalimat.", 'dua "kalimat."', "tiga?", "sub judul", "butir a", "butir b",
                               "kutipan panjang berlanjut."]


def test_a_perfect_import_scores_everything():
    body = ("JAKARTA \\- Harga beras di Pasar Induk turun. Pedagang \"lega\".\n\n## Persediaan\n\n"
            "Stok masih aman hingga akhir bulan.\n")
    figures = score("s", EXPECTED, RAW.splitlines(), title="Harga Beras Turun di Pasar Induk",
                    date="2024-06-12T14:30:00+07:00", authors=("Budi Santoso",), body=body)
    assert (figures.sentences_kept, figures.sentences_total) == (4, 4)  # 2 + the heading + 1
    # Not in the expected body, 3 characters or more: crumbs, title, byline, date, "Baca Juga", "Bagikan"
    # ("ok" is too short to count).
    assert (figures.junk_removed, figures.junk_total) == (6, 6)
    assert figures.title_ok and figures.date_ok and figures.author_ok
    assert figures.missed == () and figures.junk_left == ()


def test_junk_left_and_sentences_lost_are_counted_and_named():
    body = ("Harga Beras Turun di Pasar Induk\n\nJAKARTA - Harga beras di Pasar Induk turun.\n\n"
            "Baca Juga: Harga Cabai Naik Lagi Stok masih aman hingga akhir bulan.\n")
    figures = score("s", EXPECTED, RAW.splitlines(), title="Beranda > Ekonomi > Pangan", date="2024-06-12",
                    authors=(), body=body)
    assert (figures.sentences_kept, figures.sentences_total) == (2, 4)
    assert figures.missed == ('pedagang "lega".', "persediaan")
    assert (figures.junk_removed, figures.junk_total) == (4, 6)
    assert figures.junk_left == ("Harga Beras Turun di Pasar Induk", "Baca Juga: Harga Cabai Naik Lagi")
    assert not figures.title_ok
    assert not figures.date_ok  # a day where the text states a time
    assert not figures.author_ok


def test_a_day_only_date_is_compared_as_a_day():
    day = Expected("Judul", "2024-06-12", (), "Isi.")
    assert score("s", day, [], title="Judul", date="2024-06-12", authors=(), body="Isi.").date_ok
    assert not score("s", day, [], title="Judul", date="2024-06-12T00:00:00+07:00", authors=(), body="Isi.").date_ok
    assert not score("s", day, [], title="Judul", date=None, authors=(), body="Isi.").date_ok


def _write_sample(root: Path, name: str, raw: bytes, expected: str, fetched_at: str | None = None) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "input.txt").write_bytes(raw)
    (folder / "expected.md").write_text(expected, encoding="utf-8")
    if fetched_at:
        (folder / "fetched_at.txt").write_text(fetched_at + "\n", encoding="utf-8")


EXPECTED_MD = """\
---
title: "Harga Beras Turun di Pasar Induk"
date: 2024-06-12T14:30:00+07:00
author: Budi Santoso
---

JAKARTA \\- Harga beras di Pasar Induk turun. Pedagang “lega”.

Stok masih aman hingga akhir bulan.
"""


def test_evaluate_set_runs_the_importer_and_counts_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _write_sample(tmp_path, "a-utf8", RAW.encode("utf-8"), EXPECTED_MD)
    _write_sample(tmp_path, "b-crlf-bom", b"\xef\xbb\xbf" + RAW.replace("\n", "\r\n").encode("utf-8"), EXPECTED_MD)
    (tmp_path / "not-a-sample").mkdir()
    figures = evaluate_set(tmp_path)
    assert [s.name for s in figures.samples] == ["a-utf8", "b-crlf-bom"]
    assert figures.crashes == ()
    assert figures.sentences_total == 6 and figures.junk_total == 12  # both samples counted alike

    import warta.importer.inputs

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(warta.importer.inputs, "parse_raw", broken)  # (where `warta import` calls it)
    figures = evaluate_set(tmp_path)
    assert figures.crashes[0].startswith("a-utf8: RuntimeError: boom")
    assert len(figures.crashes) == 2
    assert figures.sentences_kept == 0 and figures.titles_ok == 0


def test_fetched_at_is_used_only_when_the_sample_has_one(tmp_path: Path):
    raw = "Banjir Rob di Pesisir\n\n2 jam lalu\n\nAir laut naik ke permukiman warga pesisir sejak pagi.\n"
    md = "---\ntitle: Banjir Rob di Pesisir\ndate: 2024-06-12T08:00:00+07:00\n---\n\n" \
         "Air laut naik ke permukiman warga pesisir sejak pagi.\n"
    _write_sample(tmp_path / "with", "a", raw.encode(), md, fetched_at="2024-06-12T10:00:00+07:00")
    _write_sample(tmp_path / "without", "a", raw.encode(), md)
    assert evaluate_set(tmp_path / "with").samples[0].date == "2024-06-12T08:00:00+07:00"
    assert evaluate_set(tmp_path / "without").samples[0].date is None


def test_cli_prints_a_table_verbose_misses_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    _write_sample(tmp_path, "a", RAW.encode(), EXPECTED_MD)
    assert import_eval.main([str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "| sample | sentences kept | junk removed | title | date | note |" in out
    assert "crashes:        0" in out
    assert import_eval.main([str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)[str(tmp_path)]
    assert data["totals"]["sentences_total"] == 3 and data["samples"][0]["name"] == "a"


def test_a_folder_without_samples_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(ValueError, match="no sample folders"):
        evaluate_set(tmp_path)
    assert import_eval.main([str(tmp_path)]) == 0
    assert "no sample folders" in capsys.readouterr().err


def test_a_file_the_importer_refuses_is_noted_not_a_crash(tmp_path: Path):
    _write_sample(tmp_path, "biner", b"Judul\x00\x01\x02", EXPECTED_MD)
    figures = evaluate_set(tmp_path)
    assert figures.crashes == ()
    sample = figures.samples[0]
    assert sample.refused is not None and "NUL" in sample.refused
    assert sample.sentences_kept == 0 and not sample.title_ok


def test_a_sentence_broken_into_two_paragraphs_is_not_kept():
    expected = Expected("Judul", "2024-06-12", (), "Harga beras di pasar induk turun tajam pekan ini. Stok aman.")
    broken = "Harga beras di pasar induk\n\nturun tajam pekan ini. Stok aman.\n"
    figures = score("s", expected, [], title="Judul", date="2024-06-12", authors=(), body=broken)
    assert figures.missed == ("harga beras di pasar induk turun tajam pekan ini.",)
    rewrapped = "Harga beras di pasar induk\nturun tajam pekan ini. Stok aman.\n"  # one paragraph, two lines
    assert score("s", expected, [], title="Judul", date="2024-06-12", authors=(), body=rewrapped).missed == ()


def test_an_escaped_asterisk_at_a_paragraph_end_stays_in_the_expected_sentence():
    """`(\\*)` (an outlet's end mark, escaped in Markdown) was stripped twice in the expected sentences,
    `(\\*)` -> `(*)` -> `()`, while the imported body kept `(*)`: a kept sentence counted as lost."""
    body = "Harga cabai naik tajam pekan ini. (\\*)\n\nStok aman hingga Lebaran (\\*)\n\n- butir *miring*"
    assert sentences(body) == ["harga cabai naik tajam pekan ini.", "(*)", "stok aman hingga lebaran (*)",
                               "butir miring"]
    expected = Expected("Judul", "2024-06-12", (), body)
    figures = score("s", expected, [], title="Judul", date="2024-06-12", authors=(), body=body)
    assert (figures.sentences_kept, figures.sentences_total) == (4, 4) and figures.missed == ()


def test_a_literal_asterisk_in_a_raw_line_is_kept_when_comparing_junk():
    """Raw input is not Markdown: its `(*)` is compared as `(*)` (the importer writes it `(\\*)`), so a body
    line the import kept is not a junk line, and a junk line `Nama *` is not mistaken for the word "nama"."""
    expected = Expected("Judul", "2024-06-12", (), "Stok aman hingga Lebaran. (\\*)\n\nNama kami Budi.")
    raw = ["Stok aman hingga Lebaran. (*)", "Nama *", "Nama kami Budi."]
    assert import_eval.normalise_raw("• Stok (*) _x_") == "stok (*) _x_"
    kept = score("s", expected, raw, title="Judul", date="2024-06-12", authors=(),
                 body="Stok aman hingga Lebaran. (\\*)\n\nNama \\*\n\nNama kami Budi.")
    assert (kept.sentences_kept, kept.sentences_total) == (3, 3)
    assert (kept.junk_removed, kept.junk_total) == (0, 1) and kept.junk_left == ("Nama *",)


@pytest.mark.parametrize("front", ['author: "Rina Wulandari"', 'author:\n  - "Rina Wulandari"\n  - "Budi Santoso"',
                                   'authors:\n  - "Rina Wulandari"\n  - "Budi Santoso"', "authors: [Rina Wulandari, Budi Santoso]"])
def test_an_expected_files_authors_are_read_under_either_key(tmp_path: Path, front: str):
    """A sample with two reporters may list them as `authors:` (heldout19's writer found them not read)."""
    path = tmp_path / "expected.md"
    path.write_text(f'---\ntitle: "Judul"\ndate: 2026-12-04\n{front}\n---\n\nIsi.\n', encoding="utf-8")
    authors = import_eval.read_expected(path).authors
    assert authors[0] == "Rina Wulandari" and len(authors) == (1 if front.startswith('author: "') else 2)


# ------------------------------------------------------------------ saved pages (input.html)


def test_visible_lines_break_at_blocks_and_br_and_leave_out_what_is_not_shown():
    from import_eval import visible_lines

    page = ("<?xml version='1.0' encoding='utf-8'?><html><head><title>Judul Tab</title><style>p{}</style></head>"
            "<body><nav><a>Beranda</a> <a>Nasional</a></nav><h1>Judul  <em>Berita</em></h1><div>Paragraf satu"
            "<br>baris dua<br><br>baris tiga</div><p>Kata<b>sambung</b> dan <a href='#'>tautan</a>.</p>"
            "<script>var x = 'skrip';</script><script id='__NEXT_DATA__' type='application/json'>{\"a\": \"json\"}"
            "</script><template><p>templat</p></template><noscript>tanpa skrip</noscript><!-- komentar -->"
            "<div hidden>tersembunyi</div><p style='display: none'>tak tampak</p><table><tr><td>sel satu</td>"
            "<td>sel dua</td></tr></table><ul><li>butir</li></ul><pre>kode a\nkode b</pre>ekor</body></html>")
    assert visible_lines(page) == ["Beranda Nasional", "Judul Berita", "Paragraf satu", "baris dua", "baris tiga",
                                   "Katasambung dan tautan.", "sel satu", "sel dua", "butir", "kode a", "kode b",
                                   "ekor"]
    assert visible_lines("") == [] and visible_lines("   ") == []


PAGE = """<html><head><title>Harga Beras Turun</title>
<meta property="article:published_time" content="2024-06-12T14:30:00+07:00">
<meta name="author" content="Budi Santoso"><meta property="og:image" content="https://kabar.example/beras.jpg">
</head><body>
<nav><a>Beranda</a> <a>Ekonomi</a></nav><article><h1>Harga Beras Turun</h1>
<p>Harga beras di Pasar Induk turun pekan ini setelah pasokan dari sentra produksi kembali lancar.</p>
<p>Pedagang mengatakan stok masih aman hingga akhir bulan dan harga diperkirakan stabil.</p>
<p>Baca juga: Harga Cabai Naik Lagi</p></article><footer>Hak cipta dilindungi undang-undang</footer></body></html>"""
PAGE_EXPECTED = """---
title: "Harga Beras Turun"
date: "2024-06-12T14:30:00+07:00"
author: "Budi Santoso"
image:
  src: "https://kabar.example/beras.jpg"
---

Harga beras di Pasar Induk turun pekan ini setelah pasokan dari sentra produksi kembali lancar.

Pedagang mengatakan stok masih aman hingga akhir bulan dan harga diperkirakan stabil.
"""


def test_a_saved_page_is_measured_with_its_author_and_lead_image(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    sample = tmp_path / "set" / "halaman"
    sample.mkdir(parents=True)
    (sample / "input.html").write_text(PAGE, encoding="utf-8")
    (sample / "expected.md").write_text(PAGE_EXPECTED, encoding="utf-8")
    (s,) = evaluate_set(tmp_path / "set").samples
    assert s.page and s.crash is None
    assert (s.sentences_kept, s.sentences_total) == (2, 2)
    assert s.title_ok and s.date_ok and s.author_ok
    assert s.image == ("https://kabar.example/beras.jpg", "") and s.image_ok
    assert s.junk_total == 4 and s.junk_removed == s.junk_total  # nav, title, read-also, footer
    with_caption = PAGE_EXPECTED.replace("beras.jpg\"\n", "beras.jpg\"\n  caption: \"Karung beras\"\n")
    (sample / "expected.md").write_text(with_caption, encoding="utf-8")
    assert not evaluate_set(tmp_path / "set").samples[0].image_ok
    import_eval.main([str(tmp_path / "set")])
    out = capsys.readouterr().out
    assert "author right:   1/1\nimage right:    0/1\ncrashes:        0" in out


def test_an_expected_image_is_read_with_its_address_and_caption(tmp_path: Path):
    from import_eval import read_expected

    (tmp_path / "e.md").write_text(PAGE_EXPECTED.replace("jpg\"\n", "jpg\"\n  caption: \"Karung\"\n"), "utf-8")
    assert read_expected(tmp_path / "e.md").image == ("https://kabar.example/beras.jpg", "Karung")
    (tmp_path / "e.md").write_text(PAGE_EXPECTED, encoding="utf-8")
    assert read_expected(tmp_path / "e.md").image == ("https://kabar.example/beras.jpg", "")
    (tmp_path / "e.md").write_text(PAGE_EXPECTED.replace("image:\n  src: \"https://kabar.example/beras.jpg\"\n", ""),
                                   encoding="utf-8")
    assert read_expected(tmp_path / "e.md").image is None


def test_a_local_lead_picture_is_the_same_by_file_name_an_address_only_exactly():
    from import_eval import same_picture

    assert same_picture("foto/banjir-tallo/banjir-tallo.jpg", "input_files/banjir-tallo.jpg")
    assert not same_picture("foto/banjir-tallo/logo.png", "input_files/banjir-tallo.jpg")
    assert same_picture("https://a.id/x.jpg", "https://a.id/x.jpg")
    assert same_picture("https://a.id/x-750x375.jpg", "https://a.id/x.jpg")
    assert same_picture("https://a.id/content/images/size/w1200/2026/x.jpg", "https://a.id/content/images/2026/x.jpg")
    assert not same_picture("https://a.id/2026/04/y.jpg", "https://a.id/2026/06/y.jpg")
    assert not same_picture("https://a.id/x-750x375.jpg", "https://a.id/z.jpg")
    assert not same_picture("https://a.id/x.jpg", "input_files/x.jpg")
    # Blogger's size before the file name, Drupal's image style with its token: one picture in other sizes
    blogger = "https://blogger.googleusercontent.com/img/b/R29v/AVvXsEh4"
    assert same_picture(f"{blogger}/w1200-h630-p-k-no-nu/x.jpg", f"{blogger}/w640-h360/x.jpg")
    assert same_picture(f"{blogger}/s1600/x.jpg", f"{blogger}/w640-h360/x.jpg")
    assert not same_picture(f"{blogger}/s1600/x.jpg", f"{blogger}/s1600/y.jpg")
    assert same_picture("https://a.id/sites/default/files/styles/large/public/2026-12/x.jpg?itok=Qx7aB2kP",
                        "https://a.id/sites/default/files/2026-12/x.jpg")
    assert not same_picture("https://a.id/sites/default/files/styles/large/public/2026-12/x.jpg?itok=Qx7aB2kP",
                            "https://a.id/sites/default/files/2026-11/x.jpg")


def test_an_image_proxy_s_address_and_a_path_from_the_site_s_root_name_the_picture_they_serve():
    # (issue 19, the fourth HTML pass) Next.js's `/_next/image?url=<address>` is the picture at <address>; a page
    # writing "/x.jpg" names the same file as "https://site/x.jpg"
    from import_eval import same_picture

    proxy = "/_next/image?url=https%3A%2F%2Fcdn.a.id%2Fu%2Fx.jpg&w=1080&q=75"
    assert same_picture(proxy, "https://cdn.a.id/u/x.jpg")
    assert same_picture("https://a.id" + proxy, "https://cdn.a.id/u/x.jpg")
    assert same_picture("https://cdn.a.id/_next/image?url=%2Fu%2Fx.webp&w=1080", "https://cdn.a.id/u/x.webp")
    assert not same_picture(proxy, "https://cdn.a.id/u/y.jpg")
    assert same_picture("/content/images/size/w2000/2024/x.jpg", "https://a.id/content/images/2024/x.jpg")
    assert same_picture("https://a.id/berita/x_hu3f2a1b.jpg", "/berita/x_hu3f2a1b.jpg")
    assert not same_picture("https://a.id/berita/x.jpg", "/lain/x.jpg")
    assert not same_picture("https://a.id/x.jpg", "input_files/x.jpg")


def test_a_local_picture_s_copy_is_known_by_its_name_made_safe():
    from import_eval import same_picture

    assert same_picture("foto/panen-padi/a3f0c2-l.jpg", "input_files/a3f0c2_L.jpg")
    assert not same_picture("foto/panen-padi/a3f0c2-xl.jpg", "input_files/a3f0c2_L.jpg")
