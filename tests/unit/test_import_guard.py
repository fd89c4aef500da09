"""warta.importer: the guard for story sentences (issue 19): a line that reads as the story's own paragraph, inside
the story or closing it, stays against the rules that guess junk from its wording or shape; the structural rules
still win. Made-up texts of no held-out set."""

from __future__ import annotations

import pytest

from warta.importer.text import boilerplate, parse as parse_module

from helpers import parse_text as parse
from helpers import removal_reasons as removed

TOP = "Cara Mengatasi Aplikasi Toko yang Tidak Mau Terbuka\nSenin, 3 Maret 2025 09:00 WIB\n\n"
FIRST = ("Aplikasi toko bawaan sistem kadang tidak mau terbuka setelah pembaruan besar, dan masalah ini cukup sering "
         "dialami pengguna laptop lama.")
SECOND = ("Penyebabnya biasanya data sementara aplikasi yang rusak, sehingga aplikasi berhenti sebelum sempat "
          "menampilkan halaman utamanya.")
THIRD = ("Jika cara ini belum berhasil, pasang ulang aplikasi dari menu pengaturan atau hubungi layanan pelanggan "
         "pembuat laptop Anda.")
# A step of the story that the rule for the site speaking to the reader takes for the site's own call (its "kami",
# its "Klik"): long running text, several sentences, no link.
STEP = ("Baterai yang menggembung adalah penyebab yang paling sering kami temui di gerai servis. Klik kanan tombol "
        "Start, pilih Device Manager, lalu buka bagian Batteries.")


def test_a_story_step_worded_like_the_sites_call_stays_inside_the_story() -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{STEP}\n\n{THIRD}\n")
    assert STEP in article.body
    assert STEP not in removed(article)


def test_without_the_guard_the_site_prompt_rule_took_that_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule the guard overrules: the step goes as the site speaking when the guard is off."""
    monkeypatch.setattr(parse_module, "_keep_story_sentences", lambda items, found: None)
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{STEP}\n\n{THIRD}\n")
    assert removed(article)[STEP] == boilerplate.SITE_PROMPT


LAST = ("Lurah setempat menyambut baik kegiatan tersebut dan berharap layanan serupa dapat digelar secara rutin setiap "
        "tahun di kelurahan itu. (Kodim Kota/Rdi)")


def test_the_writers_last_paragraph_closed_by_a_code_stays_under_the_story() -> None:
    """A last paragraph closed by the paper's code in brackets, which reads like a photo's credit: right under
    the story's last paragraph, it is the story's closing line."""
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{LAST}\n\nBerita Terkait\nHarga Laptop Bekas Naik\n")
    assert LAST in article.body
    assert "Harga Laptop Bekas Naik" not in article.body


def test_without_the_guard_that_paragraph_went_as_a_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_module, "_keep_story_sentences", lambda items, found: None)
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{LAST}\n\nBerita Terkait\nHarga Laptop Bekas Naik\n")
    assert removed(article)[LAST] == "photo caption"


@pytest.mark.parametrize("junk", [
    # a caption with its credit between two paragraphs: a weak rule, but the credit is no story's
    "Petugas memeriksa laptop milik warga yang tidak bisa membuka aplikasi toko di gerai servis resmi di pusat kota. "
    "(Foto: Rina Astuti/Kabar Tekno)",
    # the site's own short call: shorter than a story's paragraph
    "Mau konsultasi gratis? Unduh aplikasi kami sekarang.",
    # a caption closed by its agency's and photographer's credit between two paragraphs, which reads like the paper's
    # code closing its last paragraph (review of the thirty-first pass and the guard: it was put back)
    "Petugas memeriksa laptop milik warga yang tidak bisa membuka aplikasi toko di gerai servis resmi di pusat kota. "
    "(ANTARA/Rina Astuti)",
    "Petugas memeriksa laptop milik warga yang tidak bisa membuka aplikasi toko di gerai servis resmi di pusat kota. "
    "(Kabar Tekno/Rina)",
])
def test_junk_the_guard_does_not_read_as_the_story_still_goes_inside_it(junk: str) -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{junk}\n\n{THIRD}\n")
    assert junk not in article.body
    assert FIRST in article.body and THIRD in article.body


def test_a_strong_reason_still_wins_over_a_sentence_under_the_story() -> None:
    """The page's copyright, worded as a long sentence right under the story, is no story sentence: the guard
    keeps lines against the guessing rules only."""
    notice = ("Hak cipta seluruh isi situs ini dilindungi undang-undang dan tidak boleh disalin, diumumkan atau "
              "disiarkan ulang dalam bentuk apa pun tanpa izin tertulis dari redaksi Kabar Tekno.")
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{notice}\n")
    assert boilerplate.story_sentence(notice)  # (it reads as one: its reason alone keeps it out)
    assert notice not in article.body
    assert removed(article)[notice] == "copyright notice"


@pytest.mark.parametrize("line, story", [
    (STEP, True),
    (LAST, True),
    ("Mau konsultasi gratis? Unduh aplikasi kami sekarang.", False),  # short
    ("Ikuti kami di https://contoh.id/kanal untuk tips teknologi dan kabar terbaru setiap hari dari seluruh penjuru "
     "negeri, gratis.", False),  # a link
    ("Warga memikul papan kayu menuju dermaga yang sedang dibangun bersama di ujung kampung nelayan itu pada pagi "
     "hari. (Dok. Humas Kabupaten)", False),  # a credit
    ("Persita: Igor Rodrigues; Eky Taufik, Javlon Guseynov, Muhammad Toha, Zulfikar Fikri; Rizky Maulana, Irsyad "
     "Maulana, Bae Sin-yeong; Ramiro Fergonzi", False),  # a line-up: no sentence, no stop words
])
def test_what_reads_as_a_story_sentence(line: str, story: bool) -> None:
    assert boilerplate.story_sentence(line) is story


@pytest.mark.parametrize("pitch", [
    "Unduh aplikasi Kabar Tekno di Google Play dan App Store agar Anda tidak ketinggalan berita terbaru dari kami "
    "setiap harinya.",
    "Punya cerita menarik di sekitar Anda? Kirimkan tulisan dan foto Anda ke redaksi kami melalui surel dan kami akan "
    "memuatnya setelah diverifikasi.",
    "Simak berita terkini lainnya seputar teknologi dengan mengunjungi kanal kami setiap hari, karena kami selalu "
    "hadir untuk Anda.",
    "Klik tombol ikuti di bawah ini agar Anda selalu mendapatkan notifikasi setiap kali kami menerbitkan berita "
    "terbaru seputar teknologi.",
])
def test_the_sites_long_pitch_for_its_own_news_still_goes_under_the_story(pitch: str) -> None:
    """Issue 19, review of the thirty-first pass and the guard (made-up pitches): the site's call to follow its own
    news, as long as a paragraph, right under the story, was put back as the writer's closing line; the site names
    itself and its news ("kami" with "berita", "redaksi kami", "kanal kami"), which no story sentence does."""
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{pitch}\n")
    assert pitch not in article.body
    assert THIRD in article.body


def test_a_how_to_step_naming_the_writers_kami_and_the_reader_still_stays() -> None:
    """What the guard keeps: a how-to's step with the writer's "kami", the reader's "Anda" and a call, no news of the
    site's named."""
    step = ("Klik kanan ikon baterai, lalu pilih mode hemat daya yang kami sarankan agar baterai laptop Anda lebih awet "
            "dipakai seharian.")
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{step}\n\n{THIRD}\n")
    assert step in article.body
