"""warta.importer on issue 19's fourteenth pass: pages as tools dump them -- a text browser, a print to PDF, a
paginated story pasted page by page, a thread's posts as copied (made-up texts, never a copy of a held-out input)."""

from __future__ import annotations

import pytest

from warta.importer.text import lines as shapes

from helpers import parse_text as parse

LEDE = ("Pemerintah kabupaten mulai memperbaiki jalan desa yang rusak sejak musim hujan tahun lalu. "
        "Perbaikan dikerjakan bertahap agar warga tetap bisa membawa hasil panen ke pasar.")
MORE = ("Kepala dinas mengatakan anggaran perbaikan berasal dari dana alokasi khusus tahun ini. "
        "Warga diminta melapor bila menemukan lubang baru di sepanjang ruas jalan tersebut.")


def test_a_text_browsers_link_markers_and_its_list_of_links_go() -> None:
    """`lynx -dump`: "[n]" before each link's text, and the links listed by number at the end."""
    text = ("   [1]Lewati ke isi\n   [2]Beranda [3]Daerah [4]Ekonomi [5]Olahraga\n\n"
            "Dinas PU Perbaiki Jalan Desa Rusak\n\n   Oleh: [6]Rina Wulandari\n   Senin, 16 November 2026\n\n"
            f"   {LEDE}\n\n   [7]Baca Juga: Harga Beras Naik Lagi\n\n   {MORE}\n\nReferences\n\n"
            "   1. https://kabarkita.id/\n   2. https://kabarkita.id/kategori/daerah/\n"
            "   7. https://kabarkita.id/harga-beras-naik-lagi/\n   8. whatsapp://send?text=https://kabarkita.id/x\n")
    article = parse(text)
    assert article.authors == ("Rina Wulandari",)
    assert article.body.strip().split("\n\n") == [LEDE, MORE]


def test_a_footnote_mark_after_a_word_stays() -> None:
    assert shapes.without_link_markers(["Data itu dikutip dari laporan BPS[1] dan BI[2]."]) == [
        "Data itu dikutip dari laporan BPS[1] dan BI[2]."]
    lines = ["[1]Beranda [2]Berita [3]Daerah [4]Opini", "Laporan BPS[5] menyebut [6]inflasi turun."]
    assert shapes.without_link_markers(lines) == ["Beranda Berita Daerah Opini",
                                                 "Laporan BPS[5] menyebut inflasi turun."]


POSTS = ("Dinas Perhubungan Kota Malang menutup Jalan Ijen setiap Minggu pagi untuk hari bebas kendaraan.",
         "Penutupan berlaku pukul 06.00 sampai 10.00 WIB, kendaraan dialihkan lewat Jalan Semeru.",
         "Warga yang hendak ke gereja tetap bisa lewat dengan menunjukkan kartu undangan kepada petugas.")


def test_a_threads_posts_numbered_after_their_text_and_their_repeated_header_go() -> None:
    """A thread as copied from its site: the account, its badge and the day over each post (no blank between),
    "(1/3)" after the post, a translate button over its counts."""
    header = "kabarmalang\nAkun resmi\n14/11/26\n"
    text = (f"Threads\n{header}Jalan Ijen Ditutup Tiap Minggu Pagi untuk Hari Bebas Kendaraan\n\n"
            + "".join(f"{header if n > 1 else ''}{post} ({n}/3)\nTerjemahkan\n1,2 rb\n{40 + n}\n"
                      for n, post in enumerate(POSTS, start=1)))
    article = parse(text)
    assert article.body.strip().split("\n\n") == list(POSTS)
    assert article.title == "Jalan Ijen Ditutup Tiap Minggu Pagi untuk Hari Bebas Kendaraan"


def test_a_heading_standing_over_each_part_of_a_story_stays() -> None:
    recipes = "".join(f"Resep {name}\n\nBahan-bahan\n{stuff}\n\nCara Membuat\n{how}\n\n" for name, stuff, how in (
        ("Nasi Uduk", "500 gram beras", "Masak beras dengan santan hingga matang."),
        ("Sayur Lodeh", "2 buah terong", "Rebus santan lalu masukkan sayuran."),
        ("Sambal Kacang", "200 gram kacang tanah", "Goreng kacang lalu haluskan bersama cabai.")))
    assert shapes.repeated_frames(recipes.split("\n")) == frozenset()


@pytest.mark.parametrize("line", [
    "Bagikan pembaruan ini", "Sebarkan berita ini", "Share this update",
    "Scroll untuk melanjutkan membaca", "Gulir ke bawah untuk lanjut baca", "Tutup Iklan [x]", "Close ad ✕",
    "Log in atau daftar untuk melihat lebih banyak balasan.",
    "Halaman ini diperbarui setiap saat. Muat ulang halaman untuk melihat kabar terbaru.",
])
def test_a_pages_buttons_and_calls_of_any_kind_go(line: str) -> None:
    """Share buttons for an entry, the call to scroll past an ad, a login wall over the replies, a live page's
    call to reload (issue 19, fourteenth pass)."""
    article = parse(f"Dinas PU Perbaiki Jalan Desa Rusak\nSenin, 16 November 2026\n\n{LEDE}\n\n{line}\n\n{MORE}\n")
    assert article.body.strip().split("\n\n") == [LEDE, MORE]


@pytest.mark.parametrize("sentence", [
    "Warga diminta masuk untuk melihat kondisi rumah mereka setelah air surut.",
    "Bagikan informasi ini kepada keluarga dan tetangga Anda, kata kepala desa.",
    "Petugas memuat ulang data pemilih untuk melihat selisih jumlahnya.",
])
def test_a_storys_sentences_with_those_words_stay(sentence: str) -> None:
    article = parse(f"Dinas PU Perbaiki Jalan Desa Rusak\nSenin, 16 November 2026\n\n{LEDE}\n\n{sentence}\n\n{MORE}\n")
    assert sentence in article.body


def test_a_page_printed_to_pdf_loses_the_browsers_header_and_footer_and_keeps_its_line_of_facts() -> None:
    """The print date and page title at the top of each page, the address and page number at its foot; the
    date, author and view count on one line set apart by wide gaps (not the headline)."""
    header = "03/12/26, 09.20          Dinas PU Perbaiki Jalan Desa Rusak | Kabar Kita"
    footer = "https://kabarkita.id/berita/dinas-pu-perbaiki-jalan-desa                      {}/2"
    text = (f"{header}\n\nKABAR KITA\n\nDinas PU Perbaiki Jalan Desa Rusak\n\n"
            "Senin, 16 November 2026 | 10:15 WIB     Penulis: Rina Wulandari     Dilihat: 312\n\n"
            f"{LEDE}\n\n\f\n{footer.format(1)}\n{header}\n\n{MORE}\n\n\f\n{footer.format(2)}\n")
    article = parse(text)
    assert article.title == "Dinas PU Perbaiki Jalan Desa Rusak"
    assert article.date is not None and article.date.value.isoformat() == "2026-11-16T10:15:00+07:00"
    assert article.authors == ("Rina Wulandari",)
    assert article.body.strip().split("\n\n") == [LEDE, MORE]


@pytest.mark.parametrize("header", ["04/12/26 10.15          Cetak Artikel | Dinas Perhubungan Kota",
                                    "4/12/2026 10:15 AM   Jalan Desa Diperbaiki | Kabar Kita"])
def test_a_print_header_without_a_comma_after_its_day_is_junk(header: str) -> None:
    """Issue 19, twenty-fourth pass (made-up ministry print view): the browser's print header, the day and time of
    printing with no comma between them, then the page's title and its site after a bar, at the top of each page."""
    footer = "https://kabarkita.id/berita/dinas-pu-perbaiki-jalan-desa                      {}/2"
    text = (f"{header}\n\nDinas PU Perbaiki Jalan Desa Rusak\nSenin, 16 November 2026 10:15 WIB\n\n"
            f"{LEDE}\n\n\f\n{footer.format(1)}\n{header}\n\n{MORE}\n\n\f\n{footer.format(2)}\n")
    article = parse(text)
    assert article.title == "Dinas PU Perbaiki Jalan Desa Rusak"
    assert article.body.strip().split("\n\n") == [LEDE, MORE]


def test_a_schedules_dated_rows_inside_the_story_are_no_print_header() -> None:
    """Review of the twenty-fourth pass (made-up football story): a schedule's rows, the day and time of a match,
    then the match and its ground after a bar, were taken for print headers; a browser prints its header at the
    top of the text and of each page, the same line each time."""
    rows = ["12/12/2026 15.30 Persebaya vs Arema FC | Stadion Gelora Bung Tomo",
            "16/12/2026 19.00 PSIS vs Persebaya | Stadion Jatidiri"]
    article = parse(f"Jadwal Persebaya di Putaran Kedua\nSenin, 7 Desember 2026 10:15 WIB\n\n{LEDE}\n\n"
                    f"Berikut jadwal lengkap Persebaya:\n{rows[0]}\n{rows[1]}\n\n{MORE}\n")
    assert all(row in article.body for row in rows)


def test_a_live_blogs_timed_entry_is_no_print_header() -> None:
    assert shapes.junk_reason("04/12/26 10.15 Petugas mulai menutup ruas jalan menuju pelabuhan") is None


def test_a_chat_exported_as_text_is_no_print_header() -> None:
    assert shapes.junk_reason("03/12/26, 10.05 - Ani: Izin, kaka, jam berapa rapatnya?") is None


def test_a_headline_listed_again_among_the_most_read_is_still_the_headline() -> None:
    """The outlet's long name over the menu, the headline over its byline, and the headline again in the
    numbered most-read list under the story: that repeat is no site name's."""
    headline = "Dinas PU Perbaiki Jalan Desa Rusak, Warga Diminta Lapor Lubang Baru"
    text = (f"KKIR.id\nKabar Kita Indonesia Raya\nBeranda\nDaerah\nEkonomi\n{headline}\nReporter: Rina Wulandari\n"
            f"Senin, 16 November 2026 | 10:15 WIB\n{LEDE}\n{MORE}\nTerpopuler\n1\nHarga Beras Naik Lagi di Pasar Induk\n"
            f"2\n{headline}\n3\nJadwal Kapal ke Sabang Berubah Mulai Pekan Depan\n")
    assert parse(text).title == headline


@pytest.mark.parametrize("row", ["Padang     Senin, 16 November 2026 - 10:15 WIB     Dibaca: 1.204 kali",
                                 "Kota Bima\tSenin, 16 November 2026 10:15 WITA\tDilihat 87 kali"])
def test_a_place_and_a_date_set_apart_by_wide_gaps_are_the_articles_date(row: str) -> None:
    """Issue 19, twenty-fourth pass (made-up regional daily's dump): the desk's place, the date and a counter on
    one line, laid out in columns; folded to one run of words, the place before the date was read as no label,
    and the line became the headline, the date taken from the story without its time."""
    headline = "Dinas PU Perbaiki Jalan Desa Rusak di Tiga Kecamatan"
    article = parse(f"KABAR KITA\n\n{headline}\n{row}\nOleh: Rina Wulandari\n\n{LEDE}\n\n{MORE}\n")
    assert article.title == headline
    assert article.date is not None and article.date.value.strftime("%Y-%m-%dT%H:%M") == "2026-11-16T10:15"
    assert article.body.strip().split("\n\n") == [LEDE, MORE]


def test_a_schedules_rows_of_places_and_dates_in_columns_stay_with_the_story() -> None:
    """Review of the twenty-fourth pass (made-up concert story): a tour's schedule, each row a city and a date
    set apart by wide gaps, was read as the page's line of facts, row by row; a line of facts is one line."""
    rows = ["Medan           Sabtu, 12 Desember 2026 - 19:30 WIB", "Pekanbaru       Minggu, 13 Desember 2026 - 19:30 WIB",
            "Padang          Sabtu, 19 Desember 2026 - 20:00 WIB"]
    article = parse(f"Konser Keliling Singgah di Tiga Kota\nSenin, 7 Desember 2026 10:15 WIB\n\n{LEDE}\n\n"
                    "Berikut jadwal konser mereka:\n" + "\n".join(rows) + f"\n\n{MORE}\n")
    assert all(" ".join(row.split()) in article.body for row in rows)
    assert article.date is not None and article.date.value.isoformat() == "2026-12-07T10:15:00+07:00"


def test_a_crawlers_record_with_bracketed_field_labels_gives_its_title_date_and_writer() -> None:
    """Issue 19, twenty-seventh pass: a newsroom crawler's record, each field opening with its label in capitals
    and brackets ("[TITLE] ...", "[DATE LINE] ..."): the headline was taken with its label, the date line was no
    date; the crawler's stamp of its visit ("[FETCHED] ...") is no date of the page's."""
    text = ("[SOURCE] kabarkota.example\n[FETCHED] 2026-12-09 15:02:11\n[NAV] Home | Daerah | Ekonomi\n"
            "[TITLE] Jalan Desa Mulai Diperbaiki Pekan Ini\n[AUTHOR LINE] Oleh: Rina Wulandari\n"
            "[DATE LINE] Rabu, 09/12/2026 14:05 WIB\n[CONTENT]\n" + LEDE + "\n\n" + MORE + "\n[/CONTENT]\n"
            "[TAGS] jalan, desa\n")
    article = parse(text)
    assert article.title == "Jalan Desa Mulai Diperbaiki Pekan Ini"
    assert article.date is not None and article.date.iso() == "2026-12-09T14:05:00+07:00"
    assert article.authors == ("Rina Wulandari",)
    assert LEDE in article.body and MORE in article.body and "[" not in article.body


def test_bracketed_labels_on_a_line_or_two_stay_as_they_are() -> None:
    lines = ["[UPDATE] Polisi menutup jalan itu sejak pagi.", LEDE]
    assert shapes.without_field_labels(lines) == lines


@pytest.mark.parametrize("labels", [
    ["[HAKIM]", "[TERDAKWA]", "[HAKIM]", "[TERDAKWA]", "[JAKSA]", "[TERDAKWA]"],
    ["[TANYA]", "[JAWAB]", "[TANYA]", "[JAWAB]", "[TANYA]", "[JAWAB]"],
])
def test_speakers_labels_in_brackets_opening_a_transcripts_lines_stay(labels: list[str]) -> None:
    """Review of the twenty-seventh pass: a court record's or a Q&A's speakers in capitals and brackets
    ("[HAKIM] Apakah saudara menerima uang itu?", "[TERDAKWA] Ya, ...") opening five lines or more were taken
    for a crawler's field labels and cut: who said what was lost. A crawler labels each field once."""
    speech = [f"{label} Kalimat ke-{number} dari tanya jawab di ruang sidang itu." for number, label in
              enumerate(labels, 1)]
    lines = [LEDE, *speech, MORE]
    assert shapes.without_field_labels(lines) == lines


def test_a_crawlers_record_keeps_the_labels_of_a_transcript_inside_its_story() -> None:
    record = ["[SOURCE] kabarkota.example", "[TITLE] Tanya Jawab Soal Demam Berdarah", "[AUTHOR LINE] Oleh: Rina",
              "[DATE LINE] Rabu, 09/12/2026 14:05 WIB", "[CONTENT]"]
    speech = ["[TANYA] Kapan anak harus dibawa ke rumah sakit?", "[JAWAB] Bila demam lebih dari dua hari.",
              "[TANYA] Apakah parasetamol aman?", "[JAWAB] Aman sesuai dosis.", "[TANYA] Bagaimana mencegahnya?",
              "[JAWAB] Lakukan 3M Plus."]
    unlabelled = shapes.without_field_labels([*record, LEDE, *speech, "[/CONTENT]"])
    assert unlabelled[:2] == ["kabarkota.example", "Tanya Jawab Soal Demam Berdarah"]
    assert unlabelled[-len(speech) - 1:-1] == speech


THIRD = ("Para petani berharap perbaikan selesai sebelum musim tanam berikutnya. Mereka juga meminta "
         "saluran air di sisi jalan ikut dibersihkan.")


@pytest.mark.parametrize("above", ["--- IKLAN ---", "Baca Juga: Harga Pupuk Subsidi Naik, Petani Diminta Bersabar"])
def test_a_subheading_a_scraper_underlined_stays_under_an_advert_or_a_link(above: str) -> None:
    """Issue 19, thirty-sixth pass: a dump's Markdown subheading ("Dana dari pusat" over dashes as wide) right
    under an advertisement's mark or a "Baca Juga" link went, as a short line between boilerplate lines."""
    text = (f"Dinas PU Perbaiki Jalan Desa Rusak\nSenin, 16 November 2026\n\n{LEDE}\n\n{above}\n\n"
            f"Dana dari pusat\n---------------\n\n{MORE}\n\n{THIRD}\n")
    article = parse(text)
    assert article.body.strip().split("\n\n") == [LEDE, "## Dana dari pusat", MORE, THIRD]


def test_an_underlined_heading_of_other_articles_after_the_story_still_goes() -> None:
    """A box of other headlines under the story, its heading underlined the same way, is no subheading: no
    prose stands under it."""
    text = (f"Dinas PU Perbaiki Jalan Desa Rusak\nSenin, 16 November 2026\n\n{LEDE}\n\n{MORE}\n\n"
            "Baca juga:\n- Harga Pupuk Subsidi Naik Lagi\n\nBerita Terkait\n--------------\n\n"
            "- Jembatan Gantung di Hulu Sungai Ambruk\n- Warga Desa Sukamaju Gotong Royong Bersihkan Saluran\n")
    article = parse(text)
    assert article.body.strip().split("\n\n") == [LEDE, MORE]
