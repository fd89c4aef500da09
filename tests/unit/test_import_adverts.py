"""warta.importer.text.adverts: advertisements set in the story's column (issue 19, seventh pass), on made-up pages."""

from __future__ import annotations

import pytest

from helpers import parse_text as parse

TOP = "Pasar Ikan Baru Dibuka di Tepi Sungai\nSenin, 3 Maret 2025 09:00 WIB\n\n"
FIRST = ("Pemerintah kota membuka pasar ikan baru di tepi sungai pada Senin pagi setelah pembangunan selama "
         "delapan bulan. Pasar itu menampung 120 pedagang yang sebelumnya berjualan di bahu jalan.")
SECOND = ("Kepala dinas perdagangan mengatakan retribusi pasar dibebaskan selama tiga bulan pertama. "
          "Ia berharap pedagang tidak lagi kembali berjualan di trotoar.")
THIRD = ("Sejumlah pedagang menyambut baik pasar baru itu, meski mengeluhkan lapak yang sempit. "
         "Mereka meminta pemerintah menambah lampu di lorong bagian belakang.")


def page(middle: str) -> str:
    return f"{TOP}{FIRST}\n\n{middle}\n\n{SECOND}\n\n{THIRD}\n"


def assert_story_kept(body: str) -> None:
    for paragraph in (FIRST, SECOND, THIRD):
        assert paragraph in body


@pytest.mark.parametrize("advert", [
    "DAPATKAN SEPATU LARI EDISI TERBATAS DI TOKO KAMI\n\nGratis ongkir ke seluruh Jawa. Belanja sekarang!",
    "PESAN TIKET KONSER AKHIR TAHUN\nDiskon 20% untuk anggota. Pesan sekarang »",
    "Dapatkan paket internet rumah tercepat\nGratis pemasangan bulan ini. Daftar sekarang",
    "Promo kopi susu setiap Jumat. Beli sekarang!",
])
def test_an_offer_closed_by_its_button_goes_with_the_call_above_it(advert: str) -> None:
    """Issue 19, seventh pass: a club's store banner ("DAPATKAN JERSEY ... DI ... STORE" / "Gratis ongkir ...
    Belanja sekarang!") between two paragraphs of a match report stayed."""
    article = parse(page(advert))
    assert_story_kept(article.body)
    for line in advert.splitlines():
        assert not line or line not in article.body


@pytest.mark.parametrize("advert", [
    "ADVERTISEMENT\n\nCek simulasi cicilan rumah impianmu di sini",
    "ADVERTISEMENT\nCek harga kredit mobil listrik di dekat Anda\nSimulasi Kredit",
    "Iklan\nKlik untuk pinjaman cepat tanpa agunan",
])
def test_a_call_to_the_reader_under_the_advertisement_mark_goes(advert: str) -> None:
    article = parse(page(advert))
    assert_story_kept(article.body)
    for line in advert.splitlines():
        assert not line or line not in article.body


@pytest.mark.parametrize("lines", [
    # the story reporting an offer, a quote ending in a call, a subheading in capitals above a paragraph
    "Pengelola menawarkan lapak gratis bagi pedagang lama. Pendaftaran dibuka sekarang.",
    "\u201cSilakan datang, semuanya gratis. Belanja sekarang!\u201d kata Rina, pedagang ikan.",
    "PEDAGANG MINTA LAMPU TAMBAHAN\n\nPara pedagang juga meminta tempat parkir yang lebih luas di sisi timur pasar.",
])
def test_story_lines_shaped_like_an_offer_stay(lines: str) -> None:
    article = parse(page(lines))
    assert_story_kept(article.body)
    for line in lines.splitlines():
        assert not line or line in article.body


def test_a_story_line_under_the_advertisement_mark_stays() -> None:
    said = ("Pemerintah juga menyiapkan kredit usaha rakyat bagi pedagang yang ingin menambah modal, "
            "kata kepala dinas itu.")
    article = parse(page(f"ADVERTISEMENT\n\n{said}"))
    assert_story_kept(article.body)
    assert said in article.body


def test_a_numbered_heading_of_a_listicle_under_the_advertisement_mark_stays() -> None:
    """Issue 19, sixteenth pass: a listicle's "6. Simpan dengan Cara Digulung" right under "ADVERTISEMENT"
    was taken for the advert's call (an order to the reader without a full stop)."""
    steps = ("1. Siapkan Wadah Tertutup\n\nSimpan bibit dalam wadah yang kering dan tertutup rapat.\n\n"
             "ADVERTISEMENT\n\n2. Simpan di Tempat Sejuk\n\nJauhkan wadah dari sinar matahari langsung.")
    article = parse(page(steps))
    assert_story_kept(article.body)
    assert "Simpan di Tempat Sejuk" in article.body


@pytest.mark.parametrize("heading", ["Pilih Lapak yang Dekat Pintu Masuk", "Tanyakan Retribusi sebelum Menyewa"])
def test_a_subheading_under_the_advertisement_mark_stays(heading: str) -> None:
    """Issue 19, thirty-sixth pass: a how-to's subheading in title case right under "Iklan", over its own
    paragraph, was taken for the advert's call (an order without a full stop)."""
    article = parse(page(f"Iklan\n\n{heading}"))
    assert_story_kept(article.body)
    assert f"## {heading}" in article.body


@pytest.mark.parametrize("advert", ["Cek Simulasi Kredit Rumah Impianmu", "Dapatkan Promo Tiket Akhir Tahun",
                                    "Ajukan Pinjaman Tanpa Agunan untuk Anda"])
def test_a_call_in_title_case_under_the_advertisement_mark_still_goes(advert: str) -> None:
    """The call that speaks to the reader or offers something goes, however it is capitalised."""
    article = parse(page(f"Iklan\n\n{advert}"))
    assert_story_kept(article.body)
    assert advert not in article.body


@pytest.mark.parametrize("advert", ["[AD] Beli sekarang di toko resmi — cicilan ringan 6 bulan",
                                    "[Iklan] Sewa tenda dan kursi untuk hajatan, harga bersahabat"])
def test_a_line_opened_by_the_ads_mark_in_brackets_goes(advert: str) -> None:
    article = parse(page(advert))
    assert_story_kept(article.body)
    assert advert not in article.body


def test_a_story_sentence_naming_the_ads_mark_in_brackets_stays() -> None:
    """Issue 19, review of the thirty-seventh pass (made-up story on hidden cigarette ads): a sentence opened by
    the mark it tells of went as an advertisement."""
    said = ("(Sponsor) dalam keterangan unggahan juga kerap disembunyikan di antara tagar, kata komisioner KPI, "
            "Tulus Santoso.")
    article = parse(page(said))
    assert said in article.body


def test_a_story_sentence_about_an_advertisement_stays() -> None:
    said = "Iklan lowongan pedagang di pasar itu dipasang di papan pengumuman kelurahan sejak pekan lalu."
    article = parse(page(said))
    assert said in article.body


@pytest.mark.parametrize("advert", ["Sponsored\nJual Jaring Ikan Grosir Langsung dari Pabrik — Hubungi Kami",
                                    "Iklan\nSewa Perahu Wisata Sungai Harian - Pesan Sekarang"])
def test_a_sellers_title_closed_by_its_button_after_a_dash_under_the_mark_goes(advert: str) -> None:
    article = parse(f"{TOP}{FIRST}\n{advert}\n{SECOND}\n{THIRD}\n")
    assert_story_kept(article.body)
    for line in advert.splitlines():
        assert line not in article.body


def test_a_story_sentence_with_a_dash_under_the_mark_stays() -> None:
    said = "Pedagang menjual ikan segar langsung dari nelayan — hubungi kami, kata Rina, bila stok habis."
    article = parse(page(f"Iklan\n\n{said}"))
    assert said in article.body
