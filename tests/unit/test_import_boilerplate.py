"""The importer on any outlet's raw text (issue 19): boilerplate patterns and features, the headline
chosen by score, dates in outlets' own formats, bylines; and the property that no body sentence is lost."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import JAKARTA
from helpers import parse_text as parse
from helpers import removal_reasons as reasons

from warta.importer import parse_raw
from warta.importer.text.boilerplate import (SITE_PROMPT, byline, content_score, greeting_banner, is_prose, is_sentence,
                                               line_features, pattern_reason)
from warta.importer.text.dates import date_at_end, parse_date
from warta.markdown import make_parser, plain_text

PARAGRAPH = ("Pemerintah kota mengumumkan bahwa jalan utama akan ditutup selama dua minggu karena perbaikan "
             "saluran air yang rusak akibat banjir pekan lalu.")
SECOND = "Warga diminta memakai jalur alternatif selama perbaikan berlangsung, kata kepala dinas itu."


# ------------------------------------------------------------------ dates in outlets' formats


@pytest.mark.parametrize("text, iso", [
    ("02/06/2020, 20:15 WIB", "2020-06-02T20:15:00+07:00"),
    ("30 Apr 2024, 14:14 WIB", "2024-04-30T14:14:00+07:00"),
    ("21 Februari 2023 12:26", "2023-02-21T12:26:00+07:00"),
    ("Kamis, 19 Jun 2025 18:00 WIB", "2025-06-19T18:00:00+07:00"),
    ("19/06/2025 18.00", "2025-06-19T18:00:00+07:00"),
    ("Selasa 12 Maret 2024 - 09:05", "2024-03-12T09:05:00+07:00"),
    ("Rabu, 12 Maret 2024 / 09:05 WITA", "2024-03-12T09:05:00+08:00"),
    ("Minggu, 01 Des 2024 | 10:00 WIT", "2024-12-01T10:00:00+09:00"),
    ("Sel, 12 Mar 2024", "2024-03-12"),
    ("June 19, 2025 6:00 PM", "2025-06-19T18:00:00+07:00"),
    ("June 19, 2025 12:30 AM", "2025-06-19T00:30:00+07:00"),
])
def test_outlet_date_formats(text: str, iso: str) -> None:
    value, has_time = parse_date(text, JAKARTA)
    assert (value.isoformat() if has_time else value.date().isoformat()) == iso


def test_a_date_after_an_outlet_or_a_byline_is_found_at_the_end_of_the_line() -> None:
    value, has_time, before = date_at_end("Rina Wulandari - detikNews Kamis, 19 Jun 2025 18:00 WIB", JAKARTA)
    assert (value.isoformat(), has_time, before) == ("2025-06-19T18:00:00+07:00", True, "Rina Wulandari - detikNews")
    assert date_at_end("Harga naik sejak 2 Juni 2020 lalu karena pasokan berkurang", JAKARTA) is None
    assert date_at_end("x " * 100 + "2 Juni 2020", JAKARTA) is None  # (long lines are not searched)


@pytest.mark.parametrize("line, iso, authors, reason", [
    ("Kompas.com - 02/06/2020, 20:15 WIB", "2020-06-02T20:15:00+07:00", (), "date → front matter"),
    ("Rina Wulandari - detikNews Kamis, 19 Jun 2025 18:00 WIB", "2025-06-19T18:00:00+07:00", ("Rina Wulandari",),
     "byline and date → front matter"),
    ("Oleh Budi Santoso, 21 Februari 2023 12:26", "2023-02-21T12:26:00+07:00", ("Budi Santoso",),
     "byline and date → front matter"),
    ("Posted on 3 Agustus 2023 by Lestari Handayani", "2023-08-03", ("Lestari Handayani",),
     "byline and date → front matter"),
    # (issue 19, seventeenth pass: a government site's page counter after the name)
    ("Diposting pada 14 Maret 2025, 09:05 WITA oleh Humas Setda | Dilihat 2.310 kali", "2025-03-14T09:05:00+08:00",
     ("Humas Setda",), "byline and date → front matter"),
    # (a feed reader's row: the outlet, the byline, the date)
    ("Kabarkota.id · oleh Sri Wahyuni · 5 Mar 2024, 08:10", "2024-03-05T08:10:00+07:00", ("Sri Wahyuni",),
     "byline and date → front matter"),
])
def test_dated_bylines(line: str, iso: str, authors: tuple[str, ...], reason: str) -> None:
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n{line}\n\n{PARAGRAPH}\n")
    assert article.date is not None and article.date.iso() == iso
    assert article.authors == authors
    assert reasons(article)[line] == reason


def test_published_and_updated_on_one_line_or_two() -> None:
    article = parse(f"Jalan Utama Ditutup\n21 Februari 2023 12:26 Diperbarui: 21 Februari 2023 13:40\n\n{PARAGRAPH}\n")
    assert (article.date.iso(), article.updated.iso()) == ("2023-02-21T12:26:00+07:00", "2023-02-21T13:40:00+07:00")
    article = parse(f"Jalan Utama Ditutup\nDiterbitkan 30 Apr 2024, 14:00 WIB\ndiperbarui 30 Apr 2024, 14:14 WIB\n\n"
                    f"{PARAGRAPH}\n")
    assert (article.date.iso(), article.updated.iso()) == ("2024-04-30T14:00:00+07:00", "2024-04-30T14:14:00+07:00")


# ------------------------------------------------------------------ bylines and editors


@pytest.mark.parametrize("line, authors, editors", [
    ("Penulis Rina Wulandari | Editor Dewi Lestari", ("Rina Wulandari",), ("Dewi Lestari",)),
    ("Rep: Fuji Permana/ Red: Muhammad Hafil", ("Fuji Permana/",), ()),
    ("Laporan Wartawan Tribunnews.com, Ahmad Fauzi", ("Ahmad Fauzi",), ()),
    ("Dicky Prastya | Restu Fadilah", ("Dicky Prastya", "Restu Fadilah"), ()),
])
def test_bylines_without_the_usual_labels(line: str, authors: tuple[str, ...], editors: tuple[str, ...]) -> None:
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n{line}\nKamis, 19 Jun 2025 18:00 WIB\n\n{PARAGRAPH}\n")
    if line.startswith("Rep:"):  # "Rep: X/ Red: Y": both labels known, the slash stays with the name
        assert article.editors == ("Muhammad Hafil",) and article.authors[0].startswith("Fuji Permana")
        return
    assert article.authors == authors
    assert article.editors == editors


@pytest.mark.parametrize("credit", ["Words by", "Text by", "Story by", "Teks oleh", "Naskah oleh", "Tulisan oleh"])
@pytest.mark.parametrize("photos", ["Photos by Sinta Dewi", "Photography by Sinta Dewi", "Foto oleh Sinta Dewi",
                                    "Images by Sinta Dewi"])
def test_a_magazines_credits_in_so_many_words_give_the_author_and_go(credit: str, photos: str) -> None:
    """Issue 19, seventh pass: a music portal's "Words by ..." / "Photos by ..." under the headline stayed in the
    body and the author was not found; the words' credit is the byline, the photos' credit a caption's."""
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n{credit} Rina Wulandari\n{photos}\n"
                    f"Kamis, 19 Jun 2025 18:00 WIB\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert article.authors == ("Rina Wulandari",)
    assert "Sinta" not in article.body and "Rina" not in article.body
    assert PARAGRAPH in article.body and SECOND in article.body


@pytest.mark.parametrize("gap", [" ", "      ", " | "])
def test_a_tables_rows_of_names_and_dates_in_the_story_are_no_bylines(gap: str) -> None:
    """Issue 19, twenty-fifth pass's review: rows of a table, a name then a date each, inside the story were
    taken for bylines: the rows went and the names became authors. Several alike lines in a row are a table."""
    rows = [f"Dewi Anggraini{gap}Kamis, 3 Juli 2025 - 09:00 WIB", f"Yohanes Mbete{gap}Jumat, 4 Juli 2025 - 13:30 WIB",
            f"Fitri Handayani{gap}Sabtu, 5 Juli 2025 - 16:15 WIB"]
    table = "\n".join(rows)
    article = parse(f"Jalan Utama Ditutup Dua Minggu\nOleh Budi Santoso, 21 Juli 2025 12:26\n\n{PARAGRAPH}\n"
                    f"Berikut warga yang mengajukan keberatan dan waktunya:\n{table}\n{SECOND}\n")
    assert article.authors == ("Budi Santoso",)
    assert article.date.iso() == "2025-07-21T12:26:00+07:00"
    for row in rows:
        assert row.split(gap)[0] in article.body and row.split(gap)[1].split(" - ")[0] in article.body


def test_one_name_and_date_line_under_the_headline_is_still_the_byline() -> None:
    article = parse(f"Jalan Utama Ditutup Dua Minggu\nDewi Anggraini Kamis, 3 Juli 2025 - 09:00 WIB\n\n{PARAGRAPH}\n")
    assert article.authors == ("Dewi Anggraini",)
    assert "Dewi" not in article.body


def test_source_is_never_the_author() -> None:
    article = parse(f"Jalan Utama Ditutup\nSumber: Reuters\n\n{PARAGRAPH}\n")
    assert article.authors == () and article.source == "Reuters"


def test_a_name_alone_next_to_the_headline_and_a_date_is_the_byline() -> None:
    article = parse(f"Jalan Utama Ditutup Dua Minggu\nRina Wulandari\n21 Februari 2023 12:26\n\n{PARAGRAPH}\n")
    assert article.authors == ("Rina Wulandari",)
    assert reasons(article)["Rina Wulandari"] == "byline → front matter"


# ------------------------------------------------------------------ the headline


def test_the_headline_after_a_banner_a_menu_and_a_category_label() -> None:
    text = ("Baca berita tanpa iklan. Gabung sekarang\nHome\nNasional\nEkonomi\nTekno\nEkonomi\n"
            "Harga Beras Naik Lagi Menjelang Puasa\nKompas.com - 02/06/2020, 20:15 WIB\n\n"
            f"{PARAGRAPH}\n\nSubjudul Bagian Dua\n\n{SECOND}\n")
    article = parse(text)
    assert article.title == "Harga Beras Naik Lagi Menjelang Puasa"
    assert "Harga Beras" not in article.body  # not a ## heading
    assert article.body.startswith("Pemerintah kota")
    assert "## Subjudul Bagian Dua" in article.body  # a heading in the story stays
    for line in ("Home", "Nasional", "Tekno"):
        assert line in reasons(article)


def test_the_headline_is_not_an_outlet_line_that_repeats() -> None:
    text = ("CNN Indonesia\nNasional\nEkonomi\nOlahraga\nSri Mulyani Sebut Defisit Melebar\nCNN Indonesia\n"
            f"Senin, 08 Jul 2024 14:35 WIB\n\n{PARAGRAPH}\n")
    article = parse(text)
    assert article.title == "Sri Mulyani Sebut Defisit Melebar"
    assert article.body == PARAGRAPH + "\n"


def test_a_byline_is_not_the_headline() -> None:
    article = parse(f"Harga Tiket Pesawat Naik\nDicky Prastya | Restu Fadilah\nRabu, 06 Maret 2024 | 15:30 WIB\n\n"
                    f"{PARAGRAPH}\n")
    assert article.title == "Harga Tiket Pesawat Naik"


@pytest.mark.parametrize("writers", ["Rina Wulandari, Budi Santoso - Kabarpesisir.id",
                                     "Rina Wulandari dan Budi Santoso - Kabarpesisir.id",
                                     "Rina Wulandari, Budi Santoso, Sari Dewi - kabarPesisir"])
def test_a_byline_of_several_writers_and_the_outlet_is_not_the_headline(writers: str) -> None:
    """Issue 19, twenty-fifth pass: two writers' names with the outlet after a dash, under a long headline
    with a comma, scored above it."""
    headline = "Harga Tiket Pesawat Naik Lagi, Warga Pilih Pulang Naik Kapal"
    article = parse(f"{headline}\n{writers}\nRabu, 06 Mar 2024 15:30 WIB\n\n{PARAGRAPH}\n")
    assert article.title == headline
    assert article.authors[:2] == ("Rina Wulandari", "Budi Santoso")
    assert "Kabarpesisir" not in article.body and "kabarPesisir" not in article.body


@pytest.mark.parametrize("line", ["Jakarta, Bandung - Kompas.com", "Harga Naik, Warga Resah - Kabarpesisir.id"])
def test_places_or_a_headline_before_an_outlet_are_no_byline(line: str) -> None:
    assert byline(line) is None


@pytest.mark.parametrize("speaker", ["dr. Sinta Dewi, Kepala Dinas Kesehatan Kota", "drg. Sinta Dewi, Ketua Ikatan Dokter Gigi"])
def test_a_quote_as_the_headline_over_its_speaker_titled_in_lower_case(speaker: str) -> None:
    """Issue 19, twenty-fifth pass: an interview's headline, a quote, stood over the speaker's name after a
    title in lower case; that line was read as the quote's sentence going on, and a reading time took the
    headline's place."""
    headline = "“Kami Kewalahan Sejak Hujan Turun Setiap Hari”"
    article = parse(f"Wawancara\n{headline}\n{speaker}\nOleh Rina Wulandari\n12/03/2025, 08.05 WIB\n"
                    f"Dibaca 3 menit\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert article.title == headline


def test_a_quote_closed_by_a_comma_over_its_attribution_is_no_headline() -> None:
    quote = "“Kami Kewalahan Sejak Hujan Turun Setiap Hari,”"
    article = parse(f"{quote}\nkata Sinta Dewi, Kepala Puskesmas\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert article.title != quote


@pytest.mark.parametrize("verb", ["teriak ribuan buruh di depan gedung DPRD Jawa Tengah, Rabu (2/12/2026).",
                                  "seru Ketua Serikat Buruh, Darto, di depan gedung DPRD, Rabu (2/12/2026)."])
def test_a_story_opening_with_a_quote_over_its_verb_keeps_the_sentence(verb: str) -> None:
    """Issue 19, twenty-sixth pass's review: a story's first sentence, a quote wrapped before its verb in lower
    case, was taken for a quote headline and cut in two."""
    quote = "“Naikkan upah sekarang juga!”"
    article = parse(f"{quote}\n{verb}\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert article.title != quote
    assert quote in article.body


def test_no_headline_inside_the_story() -> None:
    article = parse(f"{PARAGRAPH}\n\nSubjudul Bagian Dua\n\n{SECOND}\n")
    assert article.title is None
    assert "## Subjudul Bagian Dua" in article.body


# ------------------------------------------------------------------ boilerplate


@pytest.mark.parametrize("line, reason", [
    ("(agt/krs)", "editor initials"),
    ("(ant)", "editor initials"),
    ("Rina WulandariFOTO: Kompas/Kristianto Purnomo", "photo credit"),
    ("Ilustrasi biji kopi. Foto: Shutterstock", "photo credit"),
    ("Petugas memeriksa kendaraan, Jumat (12/4/2024). (ANTARA FOTO/Aditya Pradana Putra)", "photo caption"),
    ("Foto: Dok. Humas Polri", "photo caption"),
    ("Ilustrasi vaksin covid-19", "photo caption"),
    ("ANTARA FOTO/Budi Santoso", "photo credit"),
    ("KOMPAS.com/RINA WULANDARI", "photo credit"),
    ("Baca berita tanpa iklan. Gabung Kompas.com+", "subscription or login prompt"),
    ("Berlangganan", "subscription or login prompt"),
    ("Download aplikasi Kompas.com", "subscription or login prompt"),
    ("Kompas.com", "outlet name"),
    ("detikNews", "outlet name"),
    ("Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.", "platform disclaimer"),
    ("Informasi seputar harga pangan bisa Anda ikuti di Google News Warta.", "follow or app prompt"),
    ("Pilihan Editor: Tarif Kereta Cepat Naik Mulai April", "related-article link"),
    ("Your email address will not be published. Required fields are marked *", "comment form"),
    ("Belum ada komentar. Jadilah yang pertama untuk memberikan komentar!", "comment policy"),
    ("Lihat Foto", "button or menu item"),
    ("112", "counter (views, likes, comments)"),
    ("#BanjirJakarta #BMKG", "hashtags"),
    ("Blog at WordPress.com.", "site credits"),
])
def test_outlet_independent_boilerplate_patterns(line: str, reason: str) -> None:
    assert pattern_reason(line) == reason
    assert pattern_reason("(*)") == "editor initials"  # (in a text, "(*)" goes earlier, as a separator)
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{line}\n\n{SECOND}\n")
    assert reasons(article)[line] == reason
    assert article.body == f"{PARAGRAPH}\n\n{SECOND}\n"


@pytest.mark.parametrize("sentence", [
    "Langganan listrik PLN naik lima persen mulai bulan depan menurut pengumuman resmi perusahaan itu.",
    "Ilustrasi yang dipamerkan di galeri itu dibuat oleh seniman muda dari Bandung selama setahun.",
    "Komentar warganet di media sosial dinilai kurang bijak oleh pengamat komunikasi politik.",
    "Pemerintah menaikkan harga bahan bakar minyak mulai pekan depan. (Reuters)",
    "Foto itu diambil oleh warga ketika banjir mencapai atap rumah di kawasan Kampung Melayu.",
    "Google News Initiative memberikan hibah kepada dua puluh media lokal di Indonesia tahun ini.",
])
def test_sentences_that_mention_boilerplate_words_stay(sentence: str) -> None:
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{sentence}\n\n{SECOND}\n")
    assert sentence.replace("(", "(") in plain_text(make_parser(False), article.body)


def test_content_score_tells_prose_from_a_menu() -> None:
    assert content_score(line_features(PARAGRAPH)) > 1.0 and is_prose(PARAGRAPH)
    assert content_score(line_features("Tentang Kami")) < 0
    assert not is_prose("Harga Beras Naik Lagi Menjelang Puasa Ramadan Tahun Ini di Seluruh Pasar Tradisional")


def test_footer_menu_and_tags_after_the_story_go_but_a_closing_list_stays() -> None:
    text = (f"Jalan Utama Ditutup\n\n{PARAGRAPH}\n\n{SECOND}\n\n"
            "Jalur alternatif\n• Jalan Merdeka\n• Jalan Sudirman\n\n"
            "Tag\nbanjir\njalan rusak\nTentang Kami\nRedaksi Kami\nPedoman Media Siber\nKebijakan Privasi\n")
    article = parse(text)
    assert article.body.endswith("## Jalur alternatif\n\n- Jalan Merdeka\n- Jalan Sudirman\n")
    assert article.tags == ("banjir", "jalan rusak")
    assert reasons(article)["Redaksi Kami"].startswith(("after the story", "between boilerplate"))


def test_the_importer_modules_are_not_loaded_by_a_build() -> None:
    """jusText (the stop list) is imported only when a line is measured, never by `warta build`'s modules."""
    code = ("import sys, warta.cli, warta.importer.text.boilerplate; "
            "print('justext' in sys.modules, 'dateparser' in sys.modules, 'trafilatura' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]


# ------------------------------------------------------------------ property: no body sentence is lost

WORDS = ("pemerintah warga harga jalan kota desa petani pasar sekolah guru dinas polisi banjir hujan proyek anggaran "
         "menteri presiden rumah sakit bandara kereta kapal pelabuhan sungai danau gunung laut tahun bulan pekan "
         "hari pagi malam baru lama besar kecil tinggi rendah mahal murah naik turun buka tutup bangun rusak").split()
FUNCTION = "yang dan di ke dari untuk dengan pada dalam akan sudah tidak juga itu ini karena oleh".split()
TRICKY_STARTS = ["Baca", "Foto", "Sumber", "Editor", "Langganan", "Komentar", "Ilustrasi", "Login", "Daftar",
                 "Masuk", "Iklan", "Tag", "Video", "Redaksi", "Berlangganan", "Kompas.com", "Oleh", "Penulis",
                 "Ikuti", "Download", "Simak", "Artikel", "Konten", "Pilihan"]
# Bylines and dates stand above or below a story, never between its paragraphs.
METADATA = ["Editor: Dewi", "Penulis: Rina Wulandari", "Kamis, 19 Jun 2025 18:00 WIB", "Rina Wulandari",
            "Kompas.com - 02/06/2020, 20:15 WIB", "Oleh Budi Santoso"]
JUNK = ["Baca juga: Harga Cabai Naik Lagi", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "(agt/krs)",
        "Foto: Dok. Humas", "Lihat Foto", "Berlangganan", "Kompas.com", "Bagikan", "Facebook", "Twitter",
        "Baca berita tanpa iklan. Gabung Kompas.com+", "Ikuti kami di Google News", "Tag", "Tentang Kami",
        "Pedoman Media Siber", "Home > Nasional", "Nasional", "Ekonomi", "Lihat Foto", "(*)", "112",
        "Ilustrasi banjir. (ANTARA FOTO/Budi)",
        "Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi.", "Artikel Terkait"]


@st.composite
def sentences(draw) -> str:
    start = draw(st.one_of(st.sampled_from(TRICKY_STARTS), st.sampled_from(WORDS).map(str.capitalize)))
    middle = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(FUNCTION),
                                     st.integers(1, 2030).map(str)), min_size=5, max_size=24))
    end = draw(st.sampled_from([".", ".", ".", "!", "?", ".”"]))
    opener = "“" if end == ".”" else ""
    return opener + " ".join([start, *middle]) + end


@st.composite
def raw_articles(draw) -> tuple[str, list[str]]:
    header = draw(st.lists(st.sampled_from(JUNK + METADATA), max_size=6))
    below = draw(st.lists(st.sampled_from(JUNK + METADATA), max_size=4))
    headline = " ".join(w.capitalize() for w in draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=10)))
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4), min_size=1, max_size=8))
    lines: list[str] = [*header, headline, *below]
    body: list[str] = []
    for paragraph in paragraphs:
        lines += draw(st.lists(st.sampled_from(JUNK), max_size=2))
        lines.append(" ".join(paragraph) if draw(st.booleans()) else "\n".join(paragraph))
        lines.append("")
        body += paragraph
    lines += draw(st.lists(st.sampled_from(JUNK + METADATA), max_size=8))
    spacing = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    indent = draw(st.sampled_from(["", "  ", "\t"]))
    return spacing.join(indent + line for line in lines), body


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# derandomize: the same 150 examples for the same code and the same tests collected. (Hypothesis also draws
# constants it finds in the loaded modules of the project, so a literal added anywhere in src/, or another test
# file collected, changes the examples: the counterexamples such runs found are pinned below.)
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(raw_articles())
def test_import_never_loses_a_body_sentence(sample: tuple[str, list[str]]) -> None:
    """Bodies of sentences (many starting with words boilerplate starts with) mixed with junk lines (bylines
    and dates only above and below the story), CRLF, blank lines, indentation and one-sentence-per-line
    paragraphs: every sentence is in the rendered body -- or, for a question standing first under the page's
    header, in `title:` (a question is a headline as often as a lede: "Kenapa harga beras naik?"; the article file
    then keeps it as its title and --dry-run lists the line the headline was not taken from)."""
    text, body = sample
    article = parse_raw(text, "acak.txt", datetime(2025, 6, 20, tzinfo=JAKARTA), JAKARTA)
    rendered = _plain(plain_text(make_parser(False), article.body))
    for sentence in body:
        if article.title == sentence and sentence.endswith("?") and sentence == body[0]:
            continue
        assert _plain(sentence) in rendered, f"lost: {sentence!r}\nremoved: {article.removed}"


COUNTER_BEFORE_BACA = ("Pemerintah Pemerintah Pemerintah Pemerintah\n"
                       "Baca pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah. "
                       "Baca pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah.\n\n"
                       "112\nBaca pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah.\n"
                       "Baca pemerintah pemerintah pemerintah pemerintah pemerintah.\n\nBaca juga: Harga Cabai Naik Lagi")


@pytest.mark.xfail(strict=True, reason="known gap (issue 19): after a bare counter line ('112'), short lines that "
                   "start like a read-more teaser ('Baca …') are taken for the links under the story")
def test_a_counter_line_does_not_end_the_story() -> None:
    article = parse_raw(COUNTER_BEFORE_BACA, "acak.txt", datetime(2025, 6, 20, tzinfo=JAKARTA), JAKARTA)
    rendered = _plain(plain_text(make_parser(False), article.body))
    assert "Baca pemerintah pemerintah pemerintah pemerintah pemerintah." in rendered


READ_AND_SUBSCRIBE = ("Pemerintah Pemerintah Pemerintah Pemerintah\nBaca pemerintah pemerintah pemerintah pemerintah "
                      "pemerintah. Langganan pemerintah pemerintah pemerintah pemerintah pemerintah.\n")
"""The property test's draw when test_hostile_import.py is collected with this file (its 150 derandomized
examples then differ: Hypothesis draws constants from every module of the project loaded), at 0fa6594, and again
when the probe fixes of issue 19 added constants to importer/pictures.py."""


def test_a_paragraph_starting_read_then_subscribe_is_story() -> None:
    """A story's only paragraph whose sentences start 'Baca …' and 'Langganan …' (read, subscribe) was taken for
    the site speaking to the reader, and the body came out empty: a text with no sentence left keeps them."""
    article = parse_raw(READ_AND_SUBSCRIBE, "acak.txt", datetime(2025, 6, 20, tzinfo=JAKARTA), JAKARTA)
    rendered = _plain(plain_text(make_parser(False), article.body))
    assert "Baca pemerintah pemerintah pemerintah pemerintah pemerintah." in rendered


def test_boilerplate_work_grows_linearly_with_the_text(monkeypatch) -> None:
    """The line measures and the context revision look at each line a bounded number of times: the
    characters handed to them grow with the text, not with the text times its lines (issue 21's lesson)."""
    from warta.importer.text import boilerplate, context

    seen = [0]
    for name in ("line_features", "pattern_reason", "person_name", "byline", "is_prose"):
        check = getattr(boilerplate, name)
        monkeypatch.setattr(boilerplate, name, lambda text, *args, _check=check:
                            seen.__setitem__(0, seen[0] + len(text)) or _check(text, *args))
    monkeypatch.setattr(context.boilerplate, "line_features", boilerplate.line_features)

    def work(copies: int) -> tuple[int, int]:
        page = ("Home\nNasional\nJudul Berita Panjang Hari Ini\nKamis, 19 Jun 2025 18:00 WIB\nLihat Foto\n\n"
                + f"{PARAGRAPH}\n(ant)\nBaca juga: Harga Naik\nNasional\nKata ke dari paragraf yang dipatah di\n"
                  f"tengah kalimat oleh pemindai\n\n{SECOND}\nTentang Kami\nRedaksi\n" * copies)
        seen[0] = 0
        parse(page)
        return seen[0], len(page)

    small, small_size = work(200)
    large, large_size = work(2000)
    assert large / small <= 1.5 * large_size / small_size


def test_a_hard_wrapped_last_paragraph_after_the_story_stays_whole() -> None:
    """A blind sample lost its wrapped last paragraph as "footer" (issue 19): pieces of a paragraph broken
    over lines are text, whatever their neighbours."""
    text = (f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n"
            "Kepala dinas mengatakan pengerjaan dilakukan malam hari untuk mengurangi\nkemacetan. (*)\n\n"
            "Baca Berita Terbaru Warta di Google News\n")
    article = parse(text)
    # (the editor's code closing it is cut and listed as a part of its line, see the test below)
    assert "malam hari untuk mengurangi kemacetan.\n" in article.body
    assert reasons(article)["Baca Berita Terbaru Warta di Google News"] == "follow or app prompt"


def test_a_headline_may_be_a_question_but_a_question_in_the_story_is_not_one() -> None:
    article = parse(f"Home\nNasional\nMengapa Anak Muda Enggan Membeli Rumah?\n\n{PARAGRAPH}\n")
    assert article.title == "Mengapa Anak Muda Enggan Membeli Rumah?"
    article = parse(f"Harga Rumah Naik Lagi\nWarga mengeluhkan harga rumah yang naik terus.\n"
                    f"Apa yang bisa dilakukan pemerintah sekarang?\n\n{PARAGRAPH}\n")
    assert article.title == "Harga Rumah Naik Lagi"
    assert "Apa yang bisa dilakukan pemerintah sekarang?" in article.body


def test_the_date_in_a_press_release_dateline() -> None:
    article = parse(f"SIARAN PERS\nBank Luncurkan Tabungan Pelajar\nJakarta, 4 September 2024 – {PARAGRAPH}\n")
    assert article.date is not None and article.date.iso() == "2024-09-04"
    assert article.body.startswith("Jakarta, 4 September 2024 –")


def test_an_author_box_at_the_end_of_the_page() -> None:
    text = (f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{SECOND}\n\nBeri Komentar\n"
            "Arief Nugroho\nPegawai swasta yang gemar menulis soal keuangan keluarga.\n")
    article = parse(text)
    assert article.body == f"{PARAGRAPH}\n\n{SECOND}\n"
    assert reasons(article)["Arief Nugroho"] == "author box after the story (name)"


# ---------------------------------------------------------------- kinds of pages the first samples lacked (issue 19)


def test_a_role_line_under_the_name_is_not_the_headline_and_the_name_is_the_author() -> None:
    article = parse(f"Kabar Dunia\nBerita\nNelayan Natuna Kehilangan Rumpon di Laut\nDimas Prakoso\n"
                    f"Wartawan Kabar Dunia Indonesia\n14 April 2025\n{PARAGRAPH}\n")
    assert article.title == "Nelayan Natuna Kehilangan Rumpon di Laut"
    assert article.authors == ("Dimas Prakoso",)
    assert reasons(article)["Wartawan Kabar Dunia Indonesia"] == "author's role, under the byline"
    glued = parse(f"Nelayan Natuna Kehilangan Rumpon di Laut\nDimas Prakoso, Wartawan Kabar Dunia\n{PARAGRAPH}\n")
    assert glued.title == "Nelayan Natuna Kehilangan Rumpon di Laut" and glued.authors == ("Dimas Prakoso",)
    # (a headline that starts with a role word, without a name above it, stays the headline)
    assert parse(f"Wartawan Senior Raih Penghargaan Pers\n{PARAGRAPH}\n").title == "Wartawan Senior Raih Penghargaan Pers"


def test_a_byline_with_the_date_after_the_name_gives_author_and_date() -> None:
    article = parse(f"Pemkab Buka Pendaftaran Beasiswa Santri\nDiposting oleh Admin Diskominfo Sukamaju di 14 April "
                    f"2025\nHumas Sukamaju | Dilihat 837 kali\n{PARAGRAPH}\n")
    assert article.date is not None and article.date.iso() == "2025-04-14"
    assert article.authors == ("Admin Diskominfo Sukamaju",)
    assert reasons(article)["Humas Sukamaju | Dilihat 837 kali"] == "view counter"
    forum = parse(f"Ganti Aki Motor Sendiri di Rumah\nThread dibuat oleh rangga_bikers, 9 Januari 2025 19:42\n"
                  f"{PARAGRAPH}\n")
    assert forum.date is not None and forum.date.iso() == "2025-01-09T19:42:00+07:00"
    assert forum.authors == ("rangga_bikers",)


def test_an_editors_code_after_a_name_is_no_second_editor() -> None:
    article = parse(f"Harga Cabai Naik Lagi di Padang\n{PARAGRAPH}\n\nEditor : Sri Lestari / ABC\n")
    assert article.authors == ("Sri Lestari",)  # (an editor alone stands as the author, as before)
    assert "ABC" not in article.authors + article.editors


@pytest.mark.parametrize("line", ["Sumber gambar, Getty Images", "Keterangan gambar, Nelayan menambatkan perahu.",
                                  "Image caption: Warga antre"])
def test_image_source_and_caption_labels(line: str) -> None:
    assert pattern_reason(line) == "photo caption"


@pytest.mark.parametrize("line", ["214 Followers", "3 responses", "Like 12", "Posts: 1.204", "4 min read",
                                  "5 min read · Jan 12, 2025"])
def test_counters_of_blogs_and_forums(line: str) -> None:
    assert pattern_reason(line) == "counter (views, likes, comments)"


def test_a_podcast_box_inside_the_story_goes_whole_and_the_story_around_it_stays() -> None:
    text = (f"Nelayan Natuna Kehilangan Rumpon\n\n{PARAGRAPH}\n\nPodcast\nDunia dalam Sepekan\n"
            "Rangkuman berita penting dari seluruh dunia setiap Jumat.\nEpisode\nAkhir dari Podcast\n"
            "Badan Keamanan Laut menyatakan telah menambah patroli di Laut Natuna Utara sejak pekan lalu.\n")
    article = parse(text)
    assert "Dunia dalam Sepekan" not in article.body and "Rangkuman berita" not in article.body
    assert reasons(article)["Dunia dalam Sepekan"] == "inside an embedded promotion (podcast)"
    assert PARAGRAPH in article.body and "Badan Keamanan Laut menyatakan" in article.body


def test_comments_after_the_story_go_but_a_short_last_paragraph_stays() -> None:
    text = (f"Harga Cabai Naik Lagi di Padang\n\n{PARAGRAPH}\n\nOperasi pasar digelar pekan depan.\n\nKomentar\n"
            "Budi Santoso\n17 April 2025 15:02\nHarga di Bukittinggi malah sudah Rp100 ribu.\nBalas\nRina M.\n"
            "17 April 2025 16:40\nSemoga operasi pasarnya cepat.\nBalas\n")
    article = parse(text)
    assert "Operasi pasar digelar pekan depan." in article.body
    for line in ("Budi Santoso", "Harga di Bukittinggi malah sudah Rp100 ribu.", "Rina M.",
                 "Semoga operasi pasarnya cepat."):
        assert line not in article.body
    # (a comment's date is not the article's: the text gives none of its own here)
    assert article.date is not None and article.date.iso() == "2025-04-17T15:02:00+07:00"


def test_a_date_line_above_the_story_wins_over_a_comments_date_line() -> None:
    text = (f"Harga Cabai Naik Lagi di Padang\n17 April 2025\n\n{PARAGRAPH}\n\nKomentar\nBudi Santoso\n"
            "18 April 2025 15:02\nHarga di Bukittinggi malah sudah Rp100 ribu.\nBalas\n")
    assert parse(text).date.iso() == "2025-04-17"


def test_an_editors_code_closing_a_paragraph_is_cut_and_listed_as_a_part_of_its_line() -> None:
    text = (f"Air PDAM Keruh Selama Sepekan\n\n{PARAGRAPH} (Z-8)\n\n"
            "\u201cKami mohon maaf atas ketidaknyamanan ini,\u201d ujarnya. (ant/sb)\n")
    article = parse(text)
    assert "(Z-8)" not in article.body and "ant/sb" not in article.body
    assert article.body.endswith("> \u201cKami mohon maaf atas ketidaknyamanan ini,\u201d ujarnya.\n")
    cut = [(r.line, r.text, r.part) for r in article.removed if r.part]
    assert cut == [(3, "(Z-8)", True), (5, "(ant/sb)", True)]
    # (a date or a number in brackets is text: "Kamis (17/4/2025)." has no code)
    assert parse(f"Judul Berita Hari Ini\n\n{PARAGRAPH} Kamis (17/4).\n").body.endswith("Kamis (17/4).\n")


def test_a_photo_caption_glued_before_the_dateline_is_cut() -> None:
    text = ("Harga Cabai Rawit Tembus Rp90 Ribu\n\nPedagang menata cabai di Pasar Raya Padang, Kamis (17/4/2025). "
            f"(FOTO: Harian Rakyat/Yudha Pratama) PADANG \u2014 {PARAGRAPH}\n")
    article = parse(text)
    assert article.body.startswith(f"PADANG \u2014 {PARAGRAPH[:20]}")
    assert [r.reason for r in article.removed if r.part] == ["photo caption glued to the paragraph"]
    # (without a dateline after it, a bracketed credit inside a paragraph is left alone)
    kept = parse(f"Judul Berita Hari Ini\n\nWarga berkumpul (Foto: Dok. Warga) lalu {PARAGRAPH}\n")
    assert "(Foto: Dok. Warga)" in kept.body.replace("\\", "")


def test_a_captions_sentence_glued_to_the_dateline_under_the_pictures_credit_is_cut() -> None:
    caption = "Petugas menutup ruas jalan utama dengan pagar besi."
    lede = f"KOTA BARU \u2013 {PARAGRAPH}"
    article = parse(f"Jalan Utama Ditutup Dua Minggu\nFoto : Rina/kabarkota\n{caption}{lede}\n\n{SECOND}\n")
    assert article.body.startswith(lede)
    assert caption in [r.text for r in article.removed if r.part]
    # (without the picture's credit above, the sentence glued to the dateline stays: no sentence may be lost)
    kept = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{caption}{lede}\n\n{SECOND}\n")
    assert caption in kept.body


def test_academic_notices_and_blog_platform_lines_go() -> None:
    text = ("Mengapa Hujan Ekstrem Makin Sering di Pesisir\nPenulis\nLestari Widodo\n"
            "Dosen Klimatologi, Universitas Gadjah Mada\nPernyataan\n"
            "Lestari Widodo menerima dana penelitian dari Badan Riset dan Inovasi Nasional.\n"
            f"{PARAGRAPH}\n\nTerbitkan ulang artikel ini\n"
            "Anda dapat menerbitkan ulang artikel ini secara gratis di bawah lisensi Creative Commons.\n"
            "Mendaftar ke buletin kami\nDapatkan ringkasan artikel terbaik setiap pekan langsung di surel Anda.\n"
            "Written by Nadia Putri\n214 Followers\nMenulis tentang uang, keluarga, dan hidup sederhana.\nFollow\n")
    article = parse(text)
    assert article.body.strip() == PARAGRAPH
    assert "Lestari Widodo" in article.authors


def test_a_blog_with_its_tagline_above_a_menu_its_date_above_the_headline_and_a_comment_thread() -> None:
    text = ("Catatan Si Pejalan\nMenulis apa saja yang saya temui di jalan.\nBeranda\nTentang Saya\n"
            f"Minggu, 30 Juni 2024\nMenyusuri Kampung Warna-warni di Tepi Sungai\n{PARAGRAPH}\n\n{SECOND}\n\n"
            "Diposting oleh Ayu Lestari di 20.15\nBerbagi ke Twitter\nLabel: jalan-jalan, Yogyakarta\n3 komentar:\n"
            "Rina Kusuma 1 Juli 2024 pukul 07.12\nWah tempatnya bagus banget, jadi pengen ke sana bulan depan!\n"
            "Balas\nHapus\nBudi Santoso 1 Juli 2024 pukul 09.30\nAyo mbak, nanti kabari ya kalau jadi berangkat.\n"
            "Hapus\nPosting Lebih Baru Posting Lama Beranda\nMengenai Saya\nAyu Lestari\n"
            "Pegawai kantoran yang suka jalan kaki dan makan soto.\nTema Sederhana. Diberdayakan oleh Blogger.\n")
    article = parse(text)
    assert article.title == "Menyusuri Kampung Warna-warni di Tepi Sungai"
    assert article.date is not None and article.date.iso() == "2024-06-30T20:15:00+07:00"  # day + the byline's time
    assert article.authors == ("Ayu Lestari",)  # (not the commenters)
    assert article.tags == ("jalan-jalan", "Yogyakarta")
    assert article.body.strip() == f"{PARAGRAPH}\n\n{SECOND}"
    assert reasons(article)["Rina Kusuma 1 Juli 2024 pukul 07.12"] == "comment's byline and date (after the story)"


def test_one_dated_byline_below_the_story_is_still_the_byline() -> None:
    article = parse(f"Harga Cabai Naik Lagi di Padang\n\n{PARAGRAPH}\n\n{SECOND}\n\nRina Kusuma 1 Juli 2024 07.12\n")
    assert article.authors == ("Rina Kusuma",)
    assert article.date is not None and article.date.iso() == "2024-07-01T07:12:00+07:00"


def test_an_outlet_a_separator_and_a_date_is_a_date_line_not_the_headline() -> None:
    article = parse(f"CNN Indonesia\nNasional\nBanjir Rob Rendam Ribuan Rumah di Semarang\n"
                    f"CNN Indonesia | Rabu, 12/06/2024 14:30 WIB\n{PARAGRAPH}\n")
    assert article.title == "Banjir Rob Rendam Ribuan Rumah di Semarang"
    assert article.date is not None and article.date.iso() == "2024-06-12T14:30:00+07:00"
    assert article.authors == ()


def test_a_question_of_the_story_repeated_below_is_not_the_headline() -> None:
    """Found by the property test: a sentence-case question in the story, repeated further down, outscored
    the headline above it and was taken out of the body as a "repeated title"."""
    question = "Baca pemerintah pemerintah pemerintah pemerintah pemerintah 1 pemerintah?"
    article = parse(f"Pemerintah Pemerintah Pemerintah Pemerintah\nBaca juga: Harga Cabai Naik Lagi\n{question}\n"
                    f"{PARAGRAPH}\n{question}\n")
    assert article.title == "Pemerintah Pemerintah Pemerintah Pemerintah"
    assert article.body.count("pemerintah 1 pemerintah?") == 2


@pytest.mark.parametrize("top", [
    "Suara Borneo\nTajam, Terpercaya, Terdepan",  # the site's name and tagline, again at the page's foot
    "Tajam Terpercaya Dan Terdepan Untuk Kalimantan",  # a long tagline, again at the page's foot
    "SIARAN PERS\nNomor: 045/SP/DISKOMINFO/IV/2025",  # a press release's number
    "Penulis Yudha Pratama / Editor Sri Lestari",  # a byline with its labels
    "Pontianak",  # a one-word menu item
])
def test_the_headline_is_not_a_site_line_a_number_a_byline_or_a_menu_item(top: str) -> None:
    text = (f"{top}\nWarga Sungai Jawi Keluhkan Air PDAM Keruh\n\nWarga Sungai Jawi mengeluhkan air PDAM yang keruh "
            "dan berbau sejak sepekan terakhir, kata mereka kepada wartawan.\n\n{SECOND}\n\nSuara Borneo\n"
            "Tajam, Terpercaya, Terdepan\nTajam Terpercaya Dan Terdepan Untuk Kalimantan\n").replace("{SECOND}", SECOND)
    article = parse(text)
    assert article.title == "Warga Sungai Jawi Keluhkan Air PDAM Keruh"
    assert SECOND in article.body


def test_a_byline_with_the_reporters_role_and_the_date() -> None:
    article = parse(f"Penjualan Mobil Listrik Melonjak Tajam\nRizky Pradana , Jurnalis \u00b7 Jum'at 14 Juni 2024 10:45 WIB\n"
                    f"{PARAGRAPH} Kamis (13/6/2024).\n")
    assert article.authors == ("Rizky Pradana",)
    assert article.date is not None and article.date.iso() == "2024-06-14T10:45:00+07:00"


@pytest.mark.parametrize(("line", "reason"), [
    ("waktu baca 2 menit", "counter (views, likes, comments)"),
    ("Dengan masuk, kamu menyetujui Syarat & Ketentuan dan Kebijakan Privasi kami.", "subscription or login prompt"),
    ("Komentar yang mengandung SARA, ujaran kebencian, dan tautan promosi akan dihapus oleh redaksi.",
     "comment policy"),
    ("Dapatkan akses premium untuk analisis pasar harian. Berlangganan ePaper sekarang!",
     "subscription or login prompt"),
    ("Berbagi ke Twitter", "share buttons"),
    ("Posting Lebih Baru Posting Lama Beranda", "page navigation or audio player"),
    ("Tema Sederhana. Diberdayakan oleh Blogger.", "site credits"),
    ("Akhir dari Podcast", "promotion (podcast, newsletter or embedded post)"),
    ("Anda dapat menerbitkan ulang artikel ini secara gratis di bawah lisensi Creative Commons.",
     "republishing notice"),
    # (issue 19, twenty-fourth pass: "daftarkan", to sign up with an address, and the letter it brings)
    ("Daftarkan surel Anda untuk menerima buletin mingguan dari redaksi.", "subscription or login prompt"),
])
def test_more_outlet_independent_patterns(line: str, reason: str) -> None:
    assert pattern_reason(line) == reason


def test_a_wrapped_caption_and_a_wrapped_notice_go_whole_and_the_story_after_a_credit_stays() -> None:
    text = ("Petani Kopi Gayo Sambut Panen Raya\n\n"
            "Petani memetik buah kopi arabika di kebun kawasan Bener Meriah, Aceh,\n"
            "Kamis (13/6/2024). ANTARA FOTO/Irwansyah Putra/nym.\n\n"
            f"{PARAGRAPH}\n\nCOPYRIGHT \u00a9 ANTARA 2024 dilarang mengambil konten, melakukan crawling atau\n"
            "pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor\nBerita ANTARA.\n")
    article = parse(text)
    assert article.body.strip() == PARAGRAPH
    assert reasons(article)["Berita ANTARA."] == "copyright notice (a line of it, wrapped)"
    # (a story line right below a caption's credit is the story, though it starts in lower case)
    story = parse("Hakim Vonis Mantan Kades Enam Tahun\nTerdakwa mendengarkan vonis di Pengadilan Tipikor Semarang, Kamis "
                  "(13/6). Foto: Wisnu/JPNN.com\njpnn.com, SEMARANG - Majelis hakim Pengadilan Tindak Pidana Korupsi "
                  "Semarang menjatuhkan vonis enam tahun penjara kepada mantan kepala desa.\n")
    assert story.body.startswith("jpnn.com, SEMARANG - Majelis hakim")


def test_a_caption_above_a_credit_label_and_the_credit_under_it_go() -> None:
    article = parse(f"Startup Luncurkan Aplikasi Penerjemah\nSelasa, 25 Juni 2024 - 07:02 WIB\n"
                    f"Ilustrasi aplikasi penerjemah di ponsel.\nPhoto :\nPixabay\n{PARAGRAPH}\nHalaman Selanjutnya\n{SECOND}\n")
    assert article.body.strip() == f"{PARAGRAPH}\n\n{SECOND}"


def test_a_related_articles_heading_takes_the_headlines_listed_under_it_but_not_the_story() -> None:
    text = (f"Kasus DBD di Bogor Melonjak\n\n{PARAGRAPH}\nBaca juga:\nWaspada DBD, Kenali Gejala Awal pada Anak\n"
            f"Kemenkes Catat 88 Ribu Kasus DBD Sepanjang 2024\n{SECOND}\n")
    article = parse(text)
    assert article.body.strip() == f"{PARAGRAPH}\n\n{SECOND}"
    assert reasons(article)["Kemenkes Catat 88 Ribu Kasus DBD Sepanjang 2024"] == (
        "related-article link (after a related-articles heading)")


@pytest.mark.parametrize(("line", "reason"), [
    ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan", "copyright notice"),
    ("Dapatkan berita up to date dengan semburan informasi menarik hanya di Okezone.com", "follow or app prompt"),
])
def test_notices_of_the_outlet_itself(line: str, reason: str) -> None:
    assert pattern_reason(line) == reason


def test_runs_of_short_lines_and_comment_threads_cost_linear_work(monkeypatch) -> None:
    """A page of thousands of one-word lines without a blank between them, and a long comment thread: the
    context looks at each line a bounded number of times (a run of short lines is walked at most `_RUN`
    lines each way)."""
    from warta.importer.text import context

    calls = [0]
    run_line = context._run_line
    monkeypatch.setattr(context, "_run_line", lambda text: calls.__setitem__(0, calls[0] + 1) or run_line(text))

    def work(copies: int) -> int:
        page = (f"Judul Berita Panjang Hari Ini\n\n{PARAGRAPH}\n\n{SECOND}\n\nKomentar\n"
                + "Apel\nJeruk\nMangga\nPisang\nSalak\n" * copies
                + "Budi Santoso 1 Juli 2024 pukul 07.12\nSetuju sekali dengan tulisan ini.\nBalas\n" * copies)
        calls[0] = 0
        parse(page)
        return calls[0]

    small, large = work(200), work(2000)
    assert large <= 1.5 * 10 * small


@pytest.mark.parametrize("credit", ["(FOTO: Harian Rakyat/Yudha Pratama)", "Foto: Harian Rakyat/Yudha Pratama",
                                    "ANTARA FOTO/Yudha Pratama/nym."])
def test_a_caption_glued_before_the_dateline_goes_with_its_credit_in_brackets_or_not(credit: str) -> None:
    caption = f"Pedagang menata cabai di Pasar Raya Padang, Kamis (17/4/2025). {credit}"
    article = parse(f"Harga Cabai Rawit Tembus Rp90 Ribu\n\n{caption} PADANG \u2014 {PARAGRAPH}\n")
    assert article.body == f"PADANG \u2014 {PARAGRAPH}\n"
    assert [(r.text, r.part) for r in article.removed if r.part] == [(caption, True)]


@pytest.mark.parametrize(("credit", "dateline"), [
    # the place's capitals glued to the credit's, which ends with the outlet's name
    ("Foto: Rudi/SUARA PESISIR", "KUPANG, Suara Pesisir \u2013"),
    ("FOTO: DOK. WARGA/KORAN SELATAN", "PALU, Koran Selatan \u2014"),
    # with a space, the outlet after a comma or in brackets
    ("(Foto: Dok. Humas) ", "SORONG, Kabar Barat -"),
    ("FOTO: Andi/Warta Lembah ", "BITUNG (Warta Lembah) \u2013"),
    ("FOTO: ANDI/WARTA LEMBAH ", "BITUNG, Warta Lembah \u2013"),
])
def test_a_caption_glued_to_a_dateline_that_names_the_outlet_is_cut_and_the_story_stays(credit: str,
                                                                                         dateline: str) -> None:
    """Issue 19, sixth pass: a caption and its credit glued to "AMBON, Kabar Timur \u2013" took the story's first
    paragraph with it as a photo credit."""
    caption = f"Perahu nelayan bersandar di dermaga, Senin (3/3). {credit}"
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{caption}{dateline} {PARAGRAPH}\n")
    assert article.body.startswith(f"{dateline} {PARAGRAPH[:30]}")
    assert [(r.text, r.part) for r in article.removed if r.part] == [(caption.rstrip(), True)]


def test_capitals_glued_to_a_credit_that_does_not_end_with_the_outlet_are_left_whole() -> None:
    """Where the place starts in "BUDIKUPANG" cannot be told: nothing is cut there (the line is not taken for a
    credit either)."""
    line = f"Perahu nelayan bersandar di dermaga, Senin (3/3). FOTO: RUDI/BUDIKUPANG, Suara Pesisir \u2013 {PARAGRAPH}"
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{line}\n")
    assert PARAGRAPH[:40] in article.body


@pytest.mark.parametrize("text", [
    "Pemerintah Pemerintah Pemerintah Pemerintah\nBaca pemerintah pemerintah pemerintah pemerintah pemerintah.\n\n"
    "Baca pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah.\n"
    "Pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah.\n",
    "Pemerintah Pemerintah Pemerintah Pemerintah\nBaca pemerintah pemerintah pemerintah pemerintah pemerintah.\n\n"
    "Baca pemerintah pemerintah pemerintah pemerintah pemerintah.\nBaca pemerintah pemerintah pemerintah pemerintah "
    "pemerintah.\nBaca pemerintah pemerintah pemerintah pemerintah warga.\n\nBaca juga: Harga Cabai Naik Lagi",
])
def test_a_last_paragraph_repeating_the_story_s_words_is_not_taken_for_a_comment_s_quote(text: str) -> None:
    """Found by test_import_never_loses_a_body_sentence: a line right after the story whose words are a piece of
    the story's text was dropped as a comment quoting the post; a quote needs a comment around it."""
    article = parse_raw(text, "acak.txt", datetime(2025, 6, 20, tzinfo=JAKARTA), JAKARTA)
    assert not [r for r in article.removed if "quote of the story" in r.reason]
    assert "warga" in article.body or "warga" not in text


def test_a_last_paragraph_closed_by_an_editors_code_in_lower_case_is_no_photo_caption() -> None:
    """A blind sample (Kaltim Post style): the story's last paragraph, two sentences and "(rdh/riz/k15)", was
    dropped whole as a photo caption; the code is cut and the sentences stay."""
    text = ("Parkir Nontunai Mulai Berlaku di Samarinda\n\nSAMARINDA — Pemerintah kota mulai menerapkan parkir "
            "nontunai di tiga ruas jalan utama sejak Senin pagi.\n\nSementara itu, sejumlah juru parkir berharap "
            "pemerintah memberi pelatihan lebih lama. Mereka khawatir gangguan sinyal membuat transaksi gagal saat "
            "kendaraan sedang ramai. (rdh/riz/k15)\n")
    article = parse_raw(text, "kaltim.txt", None, JAKARTA)
    assert "juru parkir berharap" in article.body and "khawatir gangguan sinyal" in article.body
    assert "k15" not in article.body
    assert [r.text for r in article.removed if r.part] == ["(rdh/riz/k15)"]


@pytest.mark.parametrize("code", ["(Hrn/Fdl)", "(HRN/FDL)", "(Dnr)", "(smk/Ary)", "(Rz/k12)", "(AB/yd)"])
def test_a_last_paragraph_closed_by_editors_initials_in_any_case_keeps_its_sentences(code: str) -> None:
    """A blind sample (a stock-news site): the story's last sentence and "(Hrn/Fdl)" went as a photo caption,
    initials in title case read as an "(OUTLET/Name)" credit. Initials of any case are an editor's code: the
    sentence stays, the code goes."""
    text = ("Tarif Angkot Naik Mulai Bulan Depan\n\nBOGOR - Pemerintah kota menaikkan tarif angkutan kota sebesar "
            "seribu rupiah mulai bulan depan.\n\nPara sopir menyambut kenaikan itu, tetapi penumpang mengeluhkan "
            f"ongkos harian yang terus bertambah. {code}\n")
    article = parse_raw(text, "angkot.txt", None, JAKARTA)
    assert "ongkos harian yang terus bertambah." in article.body
    assert code not in article.body
    assert [r.text for r in article.removed if r.part] == [code]


@pytest.mark.parametrize("caption", [
    "Warga antre membeli minyak goreng di pasar, Senin (3/3/2025). (ANTARA/Budi Santoso)",
    "Petugas memeriksa tiket penumpang di pelabuhan. (Dok/Ist)",
    "Kapal nelayan bersandar di dermaga usai badai, Selasa (4/3). (BP/Dokumen)",
])
def test_a_caption_closed_by_a_credit_in_brackets_is_still_a_caption(caption: str) -> None:
    """The other side of initials in any case: a credit names an agency and a person or is a credit word."""
    assert pattern_reason(caption) == "photo caption"


@pytest.mark.parametrize("line", [
    "Kabar Kota adalah bagian dari Grup Media Nusantara. Seluruh konten dilindungi undang-undang hak cipta.",
    "Hak cipta dilindungi oleh undang-undang.",
    "Semua isi berita di situs ini dilindungi undang-undang.",
    "Kabar Kota 2025. All rights reserved.",
])
def test_a_copyright_notice_written_as_a_sentence_is_junk(line: str) -> None:
    """Issue 19, seventh pass: a regional daily's "... Seluruh konten dilindungi undang-undang hak cipta." stayed."""
    assert pattern_reason(line) == "copyright notice"


def test_a_story_sentence_about_rights_the_law_protects_is_no_copyright_notice() -> None:
    assert pattern_reason("Ia menegaskan, hak para pekerja dilindungi undang-undang.") is None


@pytest.mark.parametrize("line", [
    "Kementerian Kesehatan RI. (2025). Situasi Demam Berdarah di Indonesia.",
    "World Health Organization. (2024). Dengue and severe dengue.",
    "Sari, D. (2024, 3 Maret). Cara mencegah demam berdarah di rumah. Kabar Sehat.",
    "Lestari, R., & Budiman, A. (n.d.). Gizi anak usia sekolah.",
])
def test_an_entry_of_a_list_of_sources_is_junk(line: str) -> None:
    """Issue 19, seventh pass: a health magazine's sources, "Author. (Year). Title.", stayed under its story."""
    assert pattern_reason(line) == "reference list entry (author, year, title)"


def test_a_story_sentence_with_a_year_in_brackets_is_no_reference() -> None:
    said = "Data Kementerian Kesehatan (2025) mencatat 12.000 kasus demam berdarah. Angka itu naik dari tahun lalu."
    assert pattern_reason(said) is None


@pytest.mark.parametrize("line", [
    "Berlangganan Kabar Kota untuk membaca artikel tanpa batas. Mulai dari Rp45.000 per bulan.",
    "Langganan Harian Pesisir cukup Rp30 ribu per bulan. Baca semua edisi di mana saja.",
    "Subscribe to Kabar Kota for unlimited stories. Only $4 per month.",
])
def test_a_subscription_offer_written_as_prose_between_paragraphs_is_a_prompt(line: str) -> None:
    """Issue 19, seventh pass: a paywalled feature's "Berlangganan ... tanpa batas. Mulai dari Rp50.000 per bulan."
    between two paragraphs stayed: a line opening on a subscription that offers reading without limit or names a
    price per period is the site's offer."""
    assert pattern_reason(line) == "subscription or login prompt"


def test_a_story_sentence_about_a_newspapers_price_stays() -> None:
    said = "Harga berlangganan koran itu naik menjadi Rp90.000 per bulan sejak Januari, kata agen."
    assert pattern_reason(said) is None


@pytest.mark.parametrize("line", [
    "KOMPAS/RINA ASTUTI Infografik: Produksi garam rakyat 2020-2025",
    "ANTARA FOTO/BUDI SANTOSO Warga antre membeli minyak goreng di pasar, Senin (3/3/2025).",
    "TEMPO/DEWI LESTARI Suasana sidang di Pengadilan Negeri Jakarta Pusat.",
])
def test_a_caption_that_opens_with_its_credit_in_capitals_is_a_caption(line: str) -> None:
    """Issue 19, seventh pass: an infographic's caption opening with "KOMPAS/NAME" became a subheading."""
    assert pattern_reason(line) == "photo caption"


def test_a_listicles_advice_from_kami_to_the_reader_in_another_sentence_stays() -> None:
    """Issue 19, nineteenth pass: a youth listicle's closing advice ("Satu saran dari kami: ... Kalau ..., ...
    kamu ...") was dropped as the site speaking to the reader: the writer's "kami" and the reader stood in
    different sentences, and nothing called the reader to the site."""
    advice = "Satu saran dari kami: datang lebih pagi. Kalau antre lama, bawa bekal biar perut kamu tetap aman."
    assert pattern_reason(advice) is None
    assert pattern_reason("Terima kasih sudah membaca, kami harap kamu suka.") == SITE_PROMPT


@pytest.mark.parametrize("line", ["1080p HD Kecepatan 1x Teks: Indonesia", "720p Speed 1.5x CC: English",
                                  "HD Kecepatan 2x"])
def test_a_video_players_settings_row_is_junk(line: str) -> None:
    """Issue 19, nineteenth pass: a video page's player bar ("1080p HD Kecepatan 1x Teks: Indonesia") stayed and,
    once the upload date under it was read, was taken for the headline."""
    assert pattern_reason(line) == "page navigation or audio player"


def test_a_sentence_naming_a_videos_resolution_stays() -> None:
    assert pattern_reason("Video HD itu tersedia dalam 1080p sejak Senin.") is None


@pytest.mark.parametrize("row", ["- Perekaman: 8K 24p, 4K 60p", "Resolusi layar: 1080p, HD+", "• Kamera depan: 4K, Full HD"])
def test_a_spec_sheets_row_naming_resolutions_is_no_player_bar(row: str) -> None:
    """Issue 19, twenty-eighth pass (heldout50): a camera review's spec list row ("- Video: 4K ..., Full HD ...")
    held two of a player's settings and went as its bar. A row that opens with the feature it lists is a spec."""
    assert pattern_reason(row) is None


@pytest.mark.parametrize("row", ["- Rekam 4K dan 1080p", "• 4K 30p, HD 60p", "Rekam 4K atau 1080p", "Video: 4K 30p, HD 60p",
                                 "Video: Full HD 120p"])
def test_a_lists_entry_or_settings_joined_in_words_is_no_player_bar(row: str) -> None:
    """Issue 19, review of the twenty-eighth pass: a review's list of features under "Berikut keunggulannya:"
    ("- Rekam 4K dan 1080p") went as a player's bar, and its label with it. A bar sets its settings side by side."""
    assert pattern_reason(row) is None


@pytest.mark.parametrize("line", ["Klik untuk berbagi pada Facebook(Membuka di jendela yang baru)",
                                  "Klik untuk berbagi di Telegram (Membuka di jendela yang baru)",
                                  "Click to share on LinkedIn (Opens in new window)"])
def test_a_sharing_buttons_label_with_its_new_window_note_is_junk(line: str) -> None:
    """Issue 19, nineteenth pass: a WordPress page's sharing buttons, as their labels are copied ("Klik untuk
    berbagi pada Twitter(Membuka di jendela yang baru)"), stayed under the story."""
    assert pattern_reason(line) == "share buttons"


@pytest.mark.parametrize("step", ["Daftarkan email aktif di laman ppdb.jakarta.go.id untuk menerima kode verifikasi.",
                                  "Daftarkan nomor ponsel dan email orang tua pada formulir pendaftaran akun."])
def test_a_how_tos_step_to_register_an_email_address_stays(step: str) -> None:
    """Review of the twenty-fourth pass (made-up school enrolment guide): "Daftarkan" and an email address is a
    step of the story's how-to; the outlet's prompt signs the address up for its letter ("... menerima newsletter
    gratis dari kami")."""
    assert pattern_reason(step) is None
    assert pattern_reason("Daftarkan email Anda dan dapatkan kabar terbaru setiap pagi.") == "subscription or login prompt"


def test_rows_of_figures_set_apart_by_bars_in_the_story_are_no_navigation_crumbs() -> None:
    """Issue 19, twenty-fifth pass's review: a log's rows in the story ("<day> <time> Magnitudo 3,8 | Kedalaman
    12 km | 95 km Tenggara Blitar"), short cells between bars, were taken out as a page's path, one by one."""
    rows = ["02/07/25 08.10 Debit 42 | Tinggi 3,1 m | Siaga 2", "02/07/25 12.10 Debit 47 | Tinggi 3,4 m | Siaga 1"]
    article = parse(f"Jalan Utama Ditutup Dua Minggu\nKamis, 3 Juli 2025 09:00 WIB\n\n{PARAGRAPH}\n"
                    f"Petugas mencatat ketinggian air sungai sejak pagi:\n" + "\n".join(rows) + f"\n{SECOND}\n")
    for row in rows:
        assert row in article.body


@pytest.mark.parametrize("path", ["Beranda | Berita | Daerah", "Home | Liga 1 | Liga 2 | Jadwal 2025"])
def test_a_pages_path_alone_still_goes_with_its_figures(path: str) -> None:
    text = f"{path}\nJalan Utama Ditutup Dua Minggu\nKamis, 3 Juli 2025 09:00 WIB\n\n{PARAGRAPH}\n\n{SECOND}\n"
    article = parse(text)
    assert path not in article.body and reasons(article)[path] == "navigation crumbs"


@pytest.mark.parametrize("step", ["Buka menu Pengaturan, lalu klik tombol Simpan. Data Anda akan tersimpan otomatis.",
                                  "Di halaman masuk, klik tautan \"Lupa kata sandi\" dan isi alamat email Anda."])
def test_a_how_tos_step_clicking_a_button_named_by_its_label_stays(step: str) -> None:
    """Issue 19, twenty-sixth pass: a tutorial's step "Gulir ke bawah dan klik tombol Reset. ..." was dropped as a
    promotion's "klik di sini": a button or a link named by its label is the story's app, the site's button is
    pointed at ("klik tombol di bawah ini", "klik link berikut")."""
    assert pattern_reason(step) is None
    assert pattern_reason("Dukung redaksi dengan berdonasi, klik tombol di bawah ini.") == "promotion (click here)"


@pytest.mark.parametrize("line", [
    "Para pelaku mengirim pesan singkat berisi pemberitahuan hadiah. Korban kemudian diminta klik link berikut untuk"
    " mengisi data rekening.",
    "Pelaku lalu menyuruh korban klik tautan yang dikirim lewat WhatsApp dan mengisi kode OTP."])
def test_a_scam_bidding_its_victim_to_click_is_the_story(line: str) -> None:
    """Issue 19, review of the twenty-sixth pass: a scam the story told, its victims bid to click a link, was
    dropped as the site's "klik di sini"."""
    assert pattern_reason(line) is None


@pytest.mark.parametrize("line", ["\"Jangan pernah klik link berikut jika pengirimnya tidak dikenal,\" kata Kapolres.",
                                  "Jangan klik link di sini, tulis polisi dalam unggahannya.",
                                  "Warga diimbau tidak asal klik link."])
def test_a_warning_not_to_click_is_the_story(line: str) -> None:
    """Review of the twenty-seventh pass: a scam story's warning not to click ("Jangan pernah klik link berikut
    ...") was dropped as the site's "klik di sini"; "jangan lupa klik" is still the site's."""
    assert pattern_reason(line) is None
    assert pattern_reason("Jangan lupa klik link berikut untuk berlangganan.") is not None


@pytest.mark.parametrize("line", ["Kami mengajak Anda klik tombol di bawah ini untuk berdonasi.",
                                  "Untuk berlangganan, klik link berikut.",
                                  "Klik link di bio Instagram kami untuk berlangganan sekarang!"])
def test_the_site_bidding_its_reader_to_click_is_a_promotion(line: str) -> None:
    assert pattern_reason(line) == "promotion (click here)"


@pytest.mark.parametrize("step", [
    "Klik tautan di bio Instagram @pemkotmakassar untuk mengunduh panduannya.",
    "Warga juga bisa klik tautan di bio Instagram Pemkot untuk mengunduhnya.",  # (review of the 28th pass)
    "Warga cukup klik link di situs resmi dukcapil.kemendagri.go.id lalu isi formulir.",
    "Pendaftar diminta membuka laman sscasn.bkn.go.id, kemudian klik tombol di pojok kanan atas.",
    "Setelah itu klik link verifikasi yang dikirim ke email pendaftar.",
    "Untuk mengecek status bansos, klik tautan cekbansos.kemensos.go.id dan masukkan NIK.",
    "Peserta tinggal klik tombol hijau bertuliskan Daftar."])
def test_a_how_tos_step_clicking_a_link_or_button_it_describes_stays(step: str) -> None:
    """Review of the twenty-seventh pass: a story's how-to ("Cara cek penerima bansos ..."), each step clicking a
    link or a button it describes (where it is, whose, what it does), lost every step as a promotion's "klik di
    sini". The site's link is pointed at ("klik link berikut", "klik tautan di deskripsi", "klik link lalu
    join", "klik tombol di bawah ini")."""
    assert pattern_reason(step) is None
    for promotion in ("Ikuti berita terbaru Kabar Kota di Google News. Klik tautan di deskripsi.",
                      "Mari bergabung di Grup Telegram Kabar Kota, caranya klik link lalu join.",
                      "Untuk membaca selengkapnya, klik link."):
        assert pattern_reason(promotion) is not None


def test_a_how_tos_paragraph_with_the_writers_kami_in_another_sentence_than_its_calls_stays() -> None:
    """Issue 19, twenty-sixth pass: a tutorial's paragraph ("... penyebab yang paling sering kami temui. Klik
    kanan tombol Start, pilih ... . Klik kanan adapter WiFi Anda ...") was dropped as the site speaking to the
    reader: the writer's "kami" stood in one sentence of the paragraph, the how-to's calls in others."""
    how_to = ("Cara ini yang paling sering kami pakai di kantor. Buka Control Panel, lalu pilih Printers. "
              "Klik printer Anda dan cetak halaman uji.")
    assert pattern_reason(how_to) is None
    assert pattern_reason("Kami tidak memungut biaya apa pun. Laporkan pungutan liar ke Ombudsman.") == SITE_PROMPT
    assert pattern_reason("Media ini independen. Dukung kami lewat Trakteer.") == SITE_PROMPT


@pytest.mark.parametrize("line", [
    "Mau ikut menyumbang? Donasi selimut bisa diantar ke posko Karang Taruna di Desa Sukamaju.",
    "Berdonasi untuk sanggar itu bisa lewat pengurus komunitas Rumah Baca Lentera di Ende."])
def test_a_storys_appeal_for_a_named_community_in_the_third_person_stays(line: str) -> None:
    """Issue 19, twenty-seventh pass's review: a story's own call for donations to a community it names, to the
    reader in the third person ("Ingin membantu? Donasi buku bisa dikirim ke sekretariat komunitas di ...") was
    dropped as the site speaking to the reader; the site's appeal names itself ("kami", "redaksi") or its
    reader ("Anda")."""
    assert pattern_reason(line) is None
    article = parse(f"Relawan Antar Selimut ke Desa\nSenin, 7 Desember 2026 10:15 WIB\n\n"
                    f"Relawan mengantar selimut ke desa-desa di lereng gunung, Senin (7/12/2026). Warga menyambut "
                    f"mereka dengan gembira.\n\n{line}\n\nKegiatan itu akan berlanjut hingga akhir bulan, kata "
                    f"koordinator relawan.\n")
    assert line in article.body


@pytest.mark.parametrize("line", ["Dukung kami dengan berdonasi ke rekening redaksi di Bank Jateng.",
                                  "Donasi untuk redaksi bisa dikirim ke rekening Yayasan Warta Desa.",
                                  "Donasi Anda membantu kami tetap independen. Kirim ke rekening di Bank Mandiri."])
def test_the_sites_own_appeal_for_donations_still_goes(line: str) -> None:
    assert pattern_reason(line) == SITE_PROMPT


@pytest.mark.parametrize("sentence", [
    "Jangan lewatkan kesempatan ini, kata Ketua Panitia, Budi Santoso.",
    "Lihat juga kondisi jembatan di sisi timur, pinta Wali Kota kepada kepala dinas.",
    "Saksikan video pengakuan pelaku yang diputar di ruang sidang, kata jaksa.",
    "Cek berita bohong sebelum membagikannya, imbau Kominfo.",
    "Berita terkait kasus ini sudah dilaporkan ke polisi sejak pekan lalu.",
    "Pilihan editor jatuh pada karya Lasma Sitorus.",
    "Tonton videonya di akun tersebut, tulis seorang warganet."])
def test_a_related_links_label_opening_a_story_sentence_that_goes_on_stays(sentence: str) -> None:
    """Review of the twenty-seventh pass: a story's sentence opening with a related link's label's words ("Jangan
    lewatkan", "Lihat juga", "Berita terkait", "Pilihan editor", "Tonton video...") and going on in lower case to
    its full stop was dropped as the link's label; seven of them in a festival story went."""
    assert pattern_reason(sentence) is None
    for label in ("Berita Terkait", "Lihat juga: Sungai Musi Meluap, Warga 7 Ulu Mengungsi", "Simak video berikut.",
                  "Cek berita dan artikel yang lain di Google News.", "Saksikan video selengkapnya di bawah ini."):
        assert pattern_reason(label) == "related-article link"


@pytest.mark.parametrize("note", [
    "Wartawan Kabar Kota dibekali kartu pers yang masih berlaku. Bila ada yang mengaku wartawan kami tanpa kartu, "
    "laporkan ke redaksi.",
    "Seluruh jurnalis kami membawa tanda pengenal resmi; hubungi redaksi bila ada yang mengatasnamakan kami.",
])
def test_an_outlets_note_on_its_reporters_press_cards_is_junk(note: str) -> None:
    """Issue 19, twenty-eighth pass (heldout49): the outlet's note that its reporters carry a press card, and
    that whoever claims to be one without it should be reported to the newsroom, stayed under the story."""
    assert pattern_reason(note) == "the outlet's note on its reporters' press cards"


@pytest.mark.parametrize("sentence", [
    "Wartawan Harian Bangsa, Rudi, menunjukkan kartu pers kepada petugas, lalu kembali ke kantor redaksi.",
    "Polisi meminta warga melapor ke redaksi media bila ada yang mengaku wartawan tanpa kartu pers.",
    "Wartawan Radar yang mengaku kehilangan kartu pers melapor ke redaksi pada Senin pagi.",
    # (issue 19, review of the twenty-eighth pass: a reporter told of, or named, before the card)
    "Wartawan Garut Pos yang meliput penangkapan itu melihat tersangka membawa kartu pers palsu; polisi meminta "
    "warga yang didatangi orang yang mengaku wartawan tanpa kartu pers untuk melapor ke redaksi media bersangkutan.",
    "Jurnalis Senior Garut, Asep Saepudin, menyebut setiap jurnalis resmi membawa kartu pers, sehingga bila ada "
    "orang yang mengaku jurnalis tanpa kartu, warga sebaiknya langsung menghubungi redaksi medianya.",
])
def test_a_story_on_reporters_and_their_cards_stays(sentence: str) -> None:
    assert pattern_reason(sentence) is None


@pytest.mark.parametrize("banner", ["SELAMAT MERAYAKAN HARI ULANG TAHUN KABUPATEN SUKAMAJU KE-75",
                                    "DIRGAHAYU KOTA PESISIR KE-80", "SELAMAT HARI RAYA IDUL FITRI 1448 H"])
def test_an_institutions_greeting_in_capitals_reads_as_a_banner(banner: str) -> None:
    """Issue 19, twenty-eighth pass (heldout49): a regency's greeting banner set inside a story stayed in it."""
    assert greeting_banner(banner)


@pytest.mark.parametrize("line", ["SELAMAT DARI BANJIR BANDANG", "Selamat Hari Jadi ke-75, kata Bupati kepada warga.",
                                  "SELAMAT HARI JADI, KATA BUPATI.", "DIRGAHAYU RI KE-81, WARGA DESA GELAR LOMBA PANJAT",
                                  "SELAMAT HARI INI BELUM TENTU BESOK"])
def test_a_subheading_or_a_sentence_with_selamat_is_no_greeting_banner(line: str) -> None:
    assert not greeting_banner(line)


@pytest.mark.parametrize("button", ["Klik untuk memperbesar", "Ketuk gambar untuk melihat ukuran penuh",
                                    "Click to enlarge", "Perbesar foto"])
def test_a_pictures_enlarge_button_is_junk(button: str) -> None:
    """Issue 19, twenty-eighth pass (heldout49): "Klik untuk memperbesar" under an infographic's label stayed."""
    assert pattern_reason(button) == "button or menu item"


@pytest.mark.parametrize("step", ["Klik untuk memperbesar gambar, lalu simpan hasilnya di galeri.",
                                  "Ketuk foto untuk memperbesar.", "Perbesar foto."])
def test_a_how_tos_step_to_enlarge_a_picture_stays(step: str) -> None:
    """(Issue 19, review of the twenty-eighth pass: a step with its full stop went as the button.)"""
    assert pattern_reason(step) is None


def test_a_call_to_follow_an_account_said_by_someone_stays() -> None:
    """Issue 19, review of the twenty-eighth pass: an office's appeal the story reports ("Ikuti akun Instagram
    @pemkotbandung ..., begitu imbauan Dinas SDA.") went as the site's follow prompt."""
    appeal = "Ikuti akun Instagram @pemkotbandung untuk info genangan terkini, begitu imbauan Dinas SDA."
    assert pattern_reason(appeal) is None
    assert pattern_reason("Ikuti kami di Instagram @kabarkota untuk info terkini.") is not None


OFFICIAL_SAID = ("Kepala Bidang Pengelolaan Sampah Dinas Lingkungan Hidup, Budi Santoso, menyebut bank sampah "
                 "akan dibuka pada 2027.***")


@pytest.mark.parametrize("line", [
    OFFICIAL_SAID, "Warga berharap jalan itu selesai sebelum musim hujan. *nvi", "Pekerjaan dimulai pekan depan.\"***"])
def test_a_sentence_closed_by_bare_asterisks_is_a_sentence(line: str) -> None:
    """Issue 19, thirtieth pass: a story's last paragraph, a long sentence naming an official in title case, ended
    on the paper's closing asterisks ("... pada 2027.***") and read as no sentence and no prose: under a call to
    join a Telegram group it went as a short line among the page's furniture."""
    assert is_sentence(line)
    assert is_prose(OFFICIAL_SAID)


@pytest.mark.parametrize("line", ["Berita Terkini ***", "Home *** Berita *** Daerah", "***", "Nasional *abc"])
def test_asterisks_after_no_sentence_make_none(line: str) -> None:
    assert not is_sentence(line)


@pytest.mark.parametrize("advice", [
    "Harga tiket presale biasanya lebih murah dibanding hari biasa. Aktifkan notifikasi akun resmi promotor supaya "
    "tidak ketinggalan.",
    "Jadwal keberangkatan kapal bisa berubah saat cuaca buruk. Aktifkan notifikasi aplikasi pelabuhan agar tidak "
    "tertinggal."])
def test_a_storys_advice_to_turn_on_someone_elses_notifications_stays(advice: str) -> None:
    """Issue 19, thirtieth pass: a listicle's tip, a statement then the advice to turn on the notifications of a
    promoter's account, went as the site's follow or app prompt."""
    assert pattern_reason(advice) is None


@pytest.mark.parametrize("prompt", [
    "Harga cabai di pasar induk naik lagi pekan ini. Ikuti berita terkini di Google News.",
    "Jangan ketinggalan. Aktifkan notifikasi Warta Desa.",
    "Terima kasih telah membaca artikel ini sampai habis. Aktifkan notifikasi Warta Desa.",
    "Aktifkan notifikasi untuk berita terbaru dari Warta Desa.",
    "Jangan lewatkan kabar penting dari kampung halaman. Aktifkan notifikasi Warta Desa sekarang!"])
def test_an_outlets_call_to_turn_on_its_notifications_still_goes(prompt: str) -> None:
    assert pattern_reason(prompt) == "follow or app prompt"


@pytest.mark.parametrize("prompt", ["Izinkan notifikasi agar tidak ketinggalan berita terbaru dari Warta Desa?",
                                    "Izinkan notifikasi dari Warta Desa.", "Aktifkan notifikasi Warta Desa.",
                                    "Izinkan notifikasi untuk kabar terbaru?   Nanti Saja   Izinkan"])
def test_a_sites_request_to_allow_its_notifications_is_a_prompt(prompt: str) -> None:
    """Issue 19, thirtieth pass: "Izinkan notifikasi ... dari <site>?" over its buttons, the page's first line,
    stayed as the story's heading (only "Aktifkan" was a prompt's verb); the headline went with it."""
    assert pattern_reason(prompt) == "follow or app prompt"


@pytest.mark.parametrize("step", ["Izinkan notifikasi lokasi hanya untuk aplikasi yang Anda percaya.",
                                  "Aktifkan notifikasi transaksi di aplikasi bank agar tahu bila ada penarikan "
                                  "mencurigakan."])
def test_a_tips_step_about_the_readers_notifications_stays(step: str) -> None:
    assert pattern_reason(step) is None


@pytest.mark.parametrize("step", ["4. Aktifkan notifikasi BRImo agar setiap transaksi tercatat.",
                                  "2) Ikuti WhatsApp Channel BMKG untuk info peringatan dini cuaca."])
def test_a_numbered_tip_about_someones_notifications_or_channel_stays(step: str) -> None:
    """Issue 19, review of the thirtieth pass (made-up scam story): a numbered list of the police's tips lost its
    step naming the bank's app; an outlet's call is never a numbered item ("Aktifkan notifikasi Warta Desa." goes)."""
    assert pattern_reason(step) is None
    assert pattern_reason(step.split(" ", 1)[1]) == "follow or app prompt"


@pytest.mark.parametrize("told", ["Ia juga bergabung di grup Telegram relawan banjir.",
                                  "Relawan bergabung di grup Telegram untuk berbagi kabar banjir.",
                                  "Uangnya raib setelah ia klik tautan."])
def test_a_story_telling_what_someone_did_is_no_prompt(told: str) -> None:
    """Issue 19, review of the thirtieth pass (made-up flood and scam stories): someone's joining a channel or
    clicking a link, told in the third person, went as the site's follow prompt or promotion."""
    assert pattern_reason(told) is None


@pytest.mark.parametrize("prompt", ["Mari bergabung di grup Telegram Warta Desa untuk kabar banjir.",
                                    "Warga Desa kini hadir di WhatsApp Channel. Ikuti kami.",
                                    "Pembaca dapat bergabung di grup Telegram kami.",
                                    "Kabar terbaru dari Warta Desa bisa Anda ikuti di Google News."])
def test_an_outlets_call_with_a_word_before_its_verb_still_goes(prompt: str) -> None:
    assert pattern_reason(prompt) == "follow or app prompt"


def test_a_storys_advice_naming_an_app_called_info_stays() -> None:
    """Issue 19, review of the thirtieth pass (made-up weather story): "Info" in the app's name read as an outlet
    offering its news, and the paragraph went whole, its statement with it; an outlet's glued call still goes."""
    advice = ("Cuaca ekstrem diperkirakan berlangsung hingga akhir pekan ini. Aktifkan notifikasi aplikasi Info BMKG "
              "untuk peringatan dini.")
    assert pattern_reason(advice) is None
    assert pattern_reason("Cuaca ekstrem diperkirakan berlangsung hingga akhir pekan ini. Aktifkan notifikasi "
                          "untuk info cuaca terbaru.") == "follow or app prompt"


@pytest.mark.parametrize("link", [
    "Klik juga: Dinas Perhubungan Siapkan Jalur Alternatif di Lingkar Timur",
    "Dengarkan juga: Podcast Suara Kota episode 12 — Banjir Lagi, Salah Siapa?",
    "Tonton juga: Detik-detik Tanggul Jebol di Kali Sunter",
])
def test_a_read_more_label_of_another_verb_goes_and_a_sentence_with_the_verb_stays(link: str) -> None:
    told = "Dengarkan juga keluhan pedagang di pasar lama, kata wali kota kepada para kepala dinas."
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{link}\n\n{told}\n\n{SECOND}\n")
    assert reasons(article)[link] == "related-article link"
    assert article.body == f"{PARAGRAPH}\n\n{told}\n\n{SECOND}\n"


@pytest.mark.parametrize("tip", [
    "Cek juga: oli mesin, air radiator, dan minyak rem agar tidak ada masalah di jalan tol.",
    "Dengarkan juga: suara mesin saat dinyalakan pagi hari, karena bunyi kasar bisa menandakan kerusakan.",
    "Cek juga: Tekanan ban, oli mesin, dan air radiator sebelum berangkat.",
])
def test_a_tip_opened_by_a_verb_and_juga_with_its_colon_stays(tip: str) -> None:
    """Issue 19, review of the thirty-seventh pass (made-up homecoming tips): a tip whose label runs on in lower
    case after its colon, or closes with a full stop, went as a related-article link; a link's headline opens in
    capitals and closes with no full stop."""
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{tip}\n\n{SECOND}\n")
    assert tip in article.body


@pytest.mark.parametrize("note", ["Berita ini telah diverifikasi oleh redaksi kabarkota.id",
                                  "Artikel ini sudah diperiksa faktanya oleh tim redaksi Kabar Kota."])
def test_the_articles_note_on_its_own_checking_goes_and_a_story_sentence_on_checking_stays(note: str) -> None:
    told = ("Menurut dewan pers, berita ini telah diverifikasi oleh redaksi media tersebut sebelum terbit, "
            "kata ketua dewan itu.")
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{told}\n\n{SECOND}\n\n{note}\n")
    assert reasons(article)[note] == "platform disclaimer"
    assert article.body == f"{PARAGRAPH}\n\n{told}\n\n{SECOND}\n"


def test_a_fact_checks_sentence_on_the_content_the_desk_checked_stays() -> None:
    """Issue 19, review of the thirty-seventh pass (made-up fact check of a viral video): the checked content went
    as the article's note on its own checking."""
    told = ("Konten ini telah diperiksa oleh redaksi Cek Fakta dan ternyata merupakan hasil suntingan dari video banjir "
            "di bandara lain pada 2019.")
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{told}\n\n{SECOND}\n")
    assert told in article.body


@pytest.mark.parametrize("note", [
    "Kisah ini terbit dalam Majalah Kota edisi cetak Maret 2026 dengan judul \"Jalan yang Ditutup\".",
    "Baca juga di edisi cetak: Lima Jalan Tikus Menghindari Macet",
    "Kabar Kota edisi cetak tersedia di kios koran mitra. Berlangganan sekarang!",
    "Temukan Tabloid Kabar Kota di agen terdekat setiap Jumat.",
    "Gunting kupon di halaman 12 edisi cetak dan kirim ke redaksi sebelum akhir bulan.",
])
def test_a_note_or_an_offer_of_the_outlets_print_edition_goes(note: str) -> None:
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{SECOND}\n\n{note}\n")
    assert reasons(article)[note] == "the outlet's print edition (its note or its offer)"
    assert article.body == f"{PARAGRAPH}\n\n{SECOND}\n"


@pytest.mark.parametrize("told", [
    "Harian itu menghentikan edisi cetak sejak 2020 karena biaya kertas terus naik, kata pemimpin redaksinya.",
    "Majalah itu berhenti terbit; edisi cetaknya kini hanya tersedia di perpustakaan daerah.",
    "Elpiji tiga kilogram bisa dibeli warga di agen terdekat dengan harga eceran tertinggi.",
])
def test_a_story_sentence_about_a_print_edition_or_an_agent_stays(told: str) -> None:
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{told}\n\n{SECOND}\n")
    assert told in article.body


@pytest.mark.parametrize("told", [
    "Laporan ini juga menyoroti menurunnya oplah edisi cetak surat kabar di kota-kota kecil sejak 2020.",
    "Isi edisi cetak hari Minggu kini didominasi iklan dan advertorial pemerintah daerah.",
    "Pesan yang dimuat di halaman depan edisi cetak Suara Pantura pekan lalu memicu polemik di media sosial.",
    "Beli koran edisi cetak kini makin jarang dilakukan warga, terutama anak muda.",
    "Langganan edisi cetak harian terbesar di kota itu turun 20 persen sepanjang 2025.",
    "Baca koran edisi cetak masih menjadi kebiasaan para pensiunan di kampung-kampung.",
])
def test_a_story_sentence_opened_like_a_print_editions_note_or_call_stays(told: str) -> None:
    """Issue 19, review of the thirty-seventh pass (made-up story on regional papers): a study's report ("Laporan
    ini juga menyoroti ..."), a verb read as a noun ("Isi edisi cetak ...") and a call's verb opening a sentence
    that tells how things are went as the outlet's print edition."""
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{told}\n\n{SECOND}\n")
    assert told in article.body


@pytest.mark.parametrize("label", ["Sebarkan:", "Share via:", "Bagikan lewat:"])
def test_a_share_label_alone_with_its_colon_goes(label: str) -> None:
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{SECOND}\n{label}\n")
    assert reasons(article)[label] == "share prompt"
    assert article.body == f"{PARAGRAPH}\n\n{SECOND}\n"


@pytest.mark.parametrize("link", ["Cek harga kursi lipat di sini", "Unduh panduan lengkapnya di sini"])
def test_a_links_text_sending_the_reader_here_goes_and_a_sentence_saying_here_stays(link: str) -> None:
    told = "Cek harga di sini lebih mahal daripada di pasar lama, kata seorang pembeli."
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n{link}\n{told}\n\n{SECOND}\n")
    assert reasons(article)[link] == "promotion (click here)"
    assert article.body == f"{PARAGRAPH}\n\n{told}\n\n{SECOND}\n"


def test_a_story_sentence_on_articles_under_a_licence_stays() -> None:
    """Issue 19, review of the thirty-seventh pass (made-up story on an online encyclopedia): "artikel ini" in a
    sentence naming the licence read as the site's own work, and the sentence went as a copyright notice."""
    told = "Artikel ini dan ribuan artikel lain dapat disunting siapa pun, asalkan mematuhi lisensi CC BY-SA 4.0."
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{told}\n\n{SECOND}\n")
    assert told in article.body


@pytest.mark.parametrize("notice", ["Karya dalam situs ini dilisensikan CC BY-NC-ND 4.0 kecuali disebutkan lain.",
                                    "Lisensi: CC BY-SA 4.0"])
def test_the_sites_licence_for_its_own_work_goes_and_a_story_on_a_licence_stays(notice: str) -> None:
    told = "Perpustakaan kota memakai lisensi Creative Commons untuk arsip foto lamanya sejak tahun lalu."
    article = parse(f"Jalan Utama Ditutup Dua Minggu\n\n{PARAGRAPH}\n\n{told}\n\n{SECOND}\n\n{notice}\n")
    assert reasons(article)[notice] == "copyright notice"
    assert article.body == f"{PARAGRAPH}\n\n{told}\n\n{SECOND}\n"



@pytest.mark.parametrize("note", ["Halaman ini diperbarui berkala. Muat ulang untuk pembaruan terbaru.",
                                  "Segarkan halaman ini untuk kabar terbaru dari lokasi."])
def test_a_live_pages_reload_note_goes(note: str) -> None:
    """Issue 19, fortieth pass: a live page's call to reload it for the latest news, the news named straight
    after "untuk" ("Muat ulang untuk pembaruan terbaru"), is the page's; the entries stay."""
    first = "Pukul 10.15 WIB: Ketinggian air di pintu air Manggarai mencapai 850 sentimeter, status siaga dua."
    second = "Pukul 10.40 WIB: Petugas mulai mengevakuasi warga di bantaran sungai ke masjid terdekat."
    article = parse(f"Banjir Jakarta Hari Ini\n12 Mei 2025\n\n{note}\n{first}\n{second}\n")
    assert note in reasons(article) and first in article.body and second in article.body


def test_a_story_sentence_about_reloading_stays() -> None:
    """(Heldout6 keeps an interview's "Wawancara ini telah disunting agar lebih ringkas." as the text's own.)"""
    lede = "Pemerintah desa mulai menyalurkan bantuan bagi keluarga yang terdampak banjir sejak awal pekan ini."
    sentence = "Warga diminta memuat ulang aplikasi untuk memperbarui data penerima bantuan sebelum akhir bulan."
    article = parse(f"Bantuan Banjir Disalurkan\n12 Mei 2025\n\n{lede}\n{sentence}\n")
    assert sentence in article.body
