"""warta.importer on issue 19's fourteenth pass: pages as tools dump them -- a text browser, a print to PDF, a
paginated story pasted page by page, a thread's posts as copied (made-up texts, never a copy of a held-out input)."""

from __future__ import annotations

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
