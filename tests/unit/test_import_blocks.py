"""warta.importer.text.blocks: page blocks judged as wholes (issue 19's fourth pass), on made-up pages."""

from __future__ import annotations

import pytest

from helpers import parse_text as parse
from warta.importer.text import blocks
from warta.importer.text import lines as shapes

TOP = "Warga Kampung Nelayan Bangun Dermaga Sendiri\nSenin, 3 Maret 2025 09:00 WIB\n\n"
FIRST = ("Warga kampung nelayan di pesisir utara membangun dermaga kayu secara gotong royong sejak awal bulan. "
         "Dermaga itu dibutuhkan karena perahu tidak lagi bisa bersandar di pantai yang makin dangkal.")
SECOND = ("Ketua kelompok nelayan mengatakan bahan kayu dibeli dari hasil iuran anggota selama setahun. "
          "Ia berharap pemerintah daerah membantu memasang tiang beton agar dermaga lebih awet.")
THIRD = ("Pekerjaan ditargetkan selesai sebelum musim angin barat tiba pada akhir tahun. "
         "Setelah itu, warga berencana membuka tempat pelelangan ikan kecil di ujung dermaga.")


def page(middle: str, tail: str = "") -> str:
    return f"{TOP}{FIRST}\n{middle}\n{SECOND}\n\n{THIRD}\n{tail}"


def assert_story_kept(body: str) -> None:
    for paragraph in (FIRST, SECOND, THIRD):
        assert paragraph in body


@pytest.mark.parametrize("widget", [
    # a poll: its label, a question to the reader, options, a button and a counter
    "JAJAK PENDAPAT\nPerlukah dermaga ini dibangun pemerintah menurut Anda?\nPerlu\nTidak perlu\nKirim Jawaban\n"
    "2.015 suara",
    # a gallery with numbered captions
    "Foto-foto\n1 / 3 Warga memikul papan kayu. © Kabar Pesisir\n2 / 3 Tiang dermaga dipancang.\n"
    "3 / 3 Anak-anak bermain di ujung dermaga.",
    # an embedded post: its text with hashtags and emoji, and its likes
    "Kampung kami keren 😍 gotong royong terus! #dermaga #pesisir\n812 suka",
    # a form: labels, a unit in brackets, a button
    "Hitung biaya melaut Anda\nJumlah solar (liter)\nHarga per liter\nHitung",
    # a contact box
    "Kontak media:\nRina Astuti – Humas Kelompok Nelayan (0811-2233-4455)\nrina@contoh.org",
])
def test_a_widget_between_story_paragraphs_goes_as_a_whole(widget: str) -> None:
    article = parse(page(widget))
    assert_story_kept(article.body)
    for line in widget.splitlines():
        assert line not in article.body


def test_an_appeal_goes_with_its_button() -> None:
    appeal = "Laut terus naik. Dukung gerakan pesisir lestari dengan berdonasi hari ini.\nDonasi sekarang"
    article = parse(page(appeal))
    assert_story_kept(article.body)
    assert "Dukung gerakan" not in article.body and "Donasi sekarang" not in article.body


def test_a_story_paragraph_that_speaks_to_the_reader_above_a_button_stays() -> None:
    said = ("Menurut dia, Anda bisa melihat sendiri perubahan garis pantai dalam lima tahun terakhir di kampung "
            "itu, yang kini hampir mencapai rumah warga.")
    article = parse(f"{TOP}{FIRST}\n\n{said}\nKirim Sekarang\n\n{SECOND}\n\n{THIRD}\n")
    assert said in article.body


@pytest.mark.parametrize("call", [
    "Saksikan liputan lengkapnya di program Pesisir Pagi setiap Senin.",
    "Dengarkan kabar nelayan terbaru di Radio Bahari 98 FM atau\nmelalui aplikasi Bahari Mobile.",
    "Punya cerita dari kampungmu? Kirim tulisan Anda ke redaksi kami.",
    "Baca selengkapnya di kabarpesisir.id",
])
def test_a_call_to_the_reader_below_the_story_goes(call: str) -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{call}\n")
    assert_story_kept(article.body)
    for line in call.splitlines():
        assert line not in article.body


def test_notices_about_the_article_and_the_organisation_below_the_story_go() -> None:
    tail = ("Bagikan\nInformasi dalam artikel ini bersifat umum dan bukan nasihat hukum.\n"
            "Tentang Kabar Pesisir: Kabar Pesisir adalah media warga di kawasan pantai utara Jawa.\n")
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{tail}")
    assert_story_kept(article.body)
    assert "artikel ini" not in article.body and "Tentang Kabar Pesisir" not in article.body


@pytest.mark.parametrize("lines", [
    # a list under a sentence that introduces it
    "Bahan yang dibutuhkan:\nPapan kayu ulin\nPaku galvanis\nTali tambang",
    # a story sentence with a copyright mark inside it
    "Warga menamai dermaga itu Dermaga © 2025 sebagai candaan sejak hari pertama pembangunan dimulai.",
    # a subheading below a story paragraph
    "Iuran Setahun",
])
def test_lines_of_the_story_without_furniture_stay(lines: str) -> None:
    article = parse(page(lines))
    assert_story_kept(article.body)
    for line in lines.splitlines():
        assert line in article.body


@pytest.mark.parametrize(("text", "strength"), [
    ("2.341 suka", blocks.STRONG), ("1.482 suara", blocks.WEAK), ("3 / 8 Perahu ditarik ke darat.", blocks.STRONG),
    ("Lihat Hasil", blocks.STRONG), ("Pak Darto (0812-3456-7890)", blocks.STRONG),
    ("Akun Resmi Desa @desapesisir", blocks.STRONG), ("POLLING", blocks.WEAK),
    ("Setujukah kamu dermaga dibangun?", blocks.WEAK), ("Tenor (tahun)", blocks.WEAK),
    ("Iuran Setahun", None), ("Siapa yang membangun dermaga itu?", None),
    ("Warga membangun dermaga secara gotong royong.", None),
])
def test_the_cue_of_a_line(text: str, strength: str | None) -> None:
    assert blocks.cue(text) == strength


def test_a_contact_box_with_masked_numbers_goes() -> None:
    box = "Narahubung:\nDewi Lestari – Koordinator Advokasi (0812-7xxx-3xxx)"
    article = parse(page(box))
    assert_story_kept(article.body)
    assert "Narahubung" not in article.body and "Dewi Lestari" not in article.body


@pytest.mark.parametrize("about", [
    "Tentang Kabar Pesisir: Kabar Pesisir adalah media warga yang melayani kampung-kampung nelayan di pantai utara "
    "Jawa sejak 2015, dengan jaringan lebih dari 200 kontributor di 40 desa, dan bekerja untuk memperjuangkan hak "
    "nelayan kecil atas laut, pesisir dan hasil tangkapan mereka.",
    "Kabarpesisir.id adalah media warga dari kampung-kampung nelayan pantai utara.",
    "Lingkar Bahari adalah organisasi nirlaba yang mendampingi nelayan kecil.",
])
def test_the_publisher_describing_itself_below_the_story_goes(about: str) -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\nBagikan\n{about}\n")
    assert_story_kept(article.body)
    assert about not in article.body


def test_a_readers_comment_between_its_header_or_date_and_its_reply_button_goes() -> None:
    comments = ("2 Komentar\nSurya W. berkata:\n3 Maret 2025 pukul 10.12\n"
                "Mantap, semoga dermaganya cepat jadi dan nelayan bisa melaut dengan tenang lagi tahun ini.\nBalas\n"
                "Rina\n3 Maret 2025 pukul 11.40\n"
                "Salut untuk warga kampung nelayan, gotong royong seperti ini patut dicontoh desa lain.\nBalas\n")
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{comments}")
    assert_story_kept(article.body)
    assert "Mantap" not in article.body and "Salut" not in article.body and "berkata" not in article.body


def test_a_quote_introduced_by_berkata_in_the_story_stays() -> None:
    quoted = "Ketua kelompok itu berkata:\n\"Kami tidak akan menunggu bantuan datang, kami mulai sendiri.\""
    article = parse(page(quoted))
    assert_story_kept(article.body)
    assert "Kami tidak akan menunggu bantuan datang" in article.body


def test_headlines_of_other_articles_under_the_pages_furniture_go() -> None:
    tail = "Trending\n7 Cara Merawat Perahu Kayu agar Awet\nPasar Ikan Baru Dibuka di Ujung Dermaga\n"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{tail}")
    assert_story_kept(article.body)
    assert "Cara Merawat" not in article.body and "Pasar Ikan Baru" not in article.body


def test_a_last_subheading_and_paragraph_of_the_story_stay() -> None:
    last = "Harapan Nelayan"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{last}\n\n{THIRD}\n")
    assert_story_kept(article.body)
    assert last in article.body


@pytest.mark.parametrize("caption", [
    "Nelayan memikul papan kayu ke ujung dermaga. -KABARPESISIR/RAHMAT",
    "Ketua kelompok nelayan, Darto, di dermaga.-Budi Santoso-KABAR PESISIR",
])
def test_a_caption_with_a_dashed_credit_goes(caption: str) -> None:
    article = parse(page(caption))
    assert_story_kept(article.body)
    assert caption not in article.body


def test_a_story_paragraph_with_a_wire_sign_off_stays() -> None:
    signed = "Warga berharap dermaga selesai sebelum musim angin barat, kata Darto. -ANTARA"
    article = parse(f"{TOP}{FIRST}\n\n{signed}\n\n{SECOND}\n\n{THIRD}\n")
    assert "Warga berharap dermaga selesai" in article.body


def test_a_question_headline_of_another_article_below_the_story_goes() -> None:
    tail = "Baca Artikel Lainnya\nKenapa Perahu Kayu Lebih Awet dari Perahu Fiber?\n"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{tail}")
    assert_story_kept(article.body)
    assert "Perahu Fiber" not in article.body


def test_a_story_paragraph_quoting_a_post_with_emoji_and_hashtags_stays() -> None:
    quoted = ("Dalam unggahannya, ketua kelompok itu menulis terima kasih kepada semua warga yang sudah membantu "
              "membangun dermaga 🙏 #gotongroyong #pesisir")
    article = parse(f"{TOP}{FIRST}\n\n{quoted}\n\n{SECOND}\n\n{THIRD}\n")
    assert "Dalam unggahannya" in article.body


def test_two_story_paragraphs_telling_of_emoji_stay() -> None:
    """Issue 19, review of the twenty-sixth pass: two paragraphs in a row, each telling of an emoji in its
    sentence, were taken out as a widget (an emoji was the strong cue of each)."""
    told = ("Akun pengunggahnya menulis keterangan singkat dengan emoji 😭 dan mengajak warganet membantu.\n\n"
            "Banyak warganet membalas dengan emoji 🙏 sambil menanyakan alamat bocah tersebut.")
    article = parse(f"{TOP}{FIRST}\n\n{told}\n\n{SECOND}\n\n{THIRD}\n")
    assert_story_kept(article.body)
    assert "emoji 😭 dan" in article.body and "emoji 🙏 sambil" in article.body


@pytest.mark.parametrize("line", ["☔ Prakiraan cuaca BMKG hari ini: hujan ringan di Sleman utara mulai siang.",
                                  "Selamat pagi warga Sleman, jangan lupa bawa payung hari ini ya ☔"])
def test_a_posts_emoji_opening_or_closing_its_line_is_still_a_cue(line: str) -> None:
    assert blocks.cue(line) == blocks.STRONG


def test_the_authors_box_below_the_story_and_her_name_alone_go() -> None:
    text = (f"Warga Kampung Nelayan Bangun Dermaga Sendiri\nSri Wahyuni\n3 Maret 2025\n\n{FIRST}\n\n{SECOND}\n\n"
            f"{THIRD}\n\nSri Wahyuni\nSri Wahyuni adalah jurnalis lepas di Rembang. Ia menulis tentang nelayan.\n"
            "Bagikan\n")
    article = parse(text)
    assert_story_kept(article.body)
    assert "Sri Wahyuni" not in article.body


def test_a_story_paragraph_saying_who_someone_is_stays() -> None:
    said = "Darto Sumarno adalah ketua kelompok nelayan yang memimpin pembangunan dermaga sejak awal."
    article = parse(f"{TOP}{FIRST}\n\nDarto Sumarno\n\n{said}\n\n{SECOND}\n\n{THIRD}\n")
    assert said in article.body


def test_a_list_of_numbers_the_story_introduces_stays() -> None:
    numbers = "Posko Nelayan: 0812-3456-7890\nPuskesmas Pesisir: 0813-2222-3333"
    article = parse(page(f"Warga yang membutuhkan bantuan dapat menghubungi nomor berikut:\n{numbers}"))
    assert_story_kept(article.body)
    for line in numbers.splitlines():
        assert line in article.body


@pytest.mark.parametrize("last", [
    "Kunjungi laman resmi pemerintah kabupaten di pesisir.go.id untuk jadwal pembangunan berikutnya.",
    "Tentang Dermaga: warga menyebutnya Dermaga Harapan sejak hari pertama.",
])
def test_a_storys_last_line_that_sends_the_reader_to_a_site_or_names_the_pier_stays(last: str) -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{last}\n")
    assert last in article.body


@pytest.mark.parametrize("lines", [
    # a story sentence that tells what to do, above a short subheading shaped like a button
    "Simpan hasil tangkapan di kotak pendingin agar tetap segar sampai di pasar.\nCoba Sendiri",
    "Lihat saja data nelayan tahun lalu, jumlah perahu turun hampir separuh dalam lima tahun.\nMulai Sekarang",
    # an election's results: votes are no poll widget's counter on their own
    "Pasangan Nomor 1\n40.971.906 suara\nPasangan Nomor 2\n96.214.691 suara",
])
def test_story_lines_shaped_like_an_appeal_or_a_poll_stay(lines: str) -> None:
    article = parse(page(lines))
    assert_story_kept(article.body)
    for line in lines.splitlines():
        assert line in article.body


def test_a_polls_count_under_its_button_goes_with_it() -> None:
    poll = "Setujukah kamu dermaga ini dibangun pemerintah?\nSetuju\nTidak setuju\nLihat Hasil\n1.204 suara"
    article = parse(page(poll))
    assert_story_kept(article.body)
    assert "suara" not in article.body and "Setujukah" not in article.body


def test_a_call_to_tune_in_inside_a_hard_wrapped_story_goes() -> None:
    wrapped = ("Kemacetan terjadi di bundaran sejak pukul enam pagi ketika sebuah truk\n"
               "mogok di jalur utama menuju kota.\n"
               "Dengarkan kabar lalu lintas terkini di Radio Kota 98 FM atau\n"
               "melalui aplikasi Kota Mobile.\n"
               "Petugas kemudian mengalihkan kendaraan ke jalur alternatif di sisi\n"
               "timur bundaran sampai truk dipinggirkan.\n")
    article = parse(f"Truk Mogok di Bundaran Kota\n12 Mei 2025 07:55 WIB\n\n{wrapped}")
    assert "Radio Kota" not in article.body and "Kota Mobile" not in article.body
    assert "Petugas kemudian mengalihkan kendaraan" in article.body and "Kemacetan terjadi" in article.body


def test_a_story_sentence_about_a_programme_stays() -> None:
    said = "Simak saja, kata Darto, program radio nelayan itu kini diputar setiap pagi di kampung mereka."
    article = parse(page(said))
    assert said in article.body


def test_a_story_sentence_that_says_watch_stays() -> None:
    said = "Tonton saja bagaimana anak-anak berlarian di dermaga setiap sore, kata Darto sambil tertawa."
    article = parse(page(said))
    assert said in article.body


@pytest.mark.parametrize("above", [
    "Warga memikul papan kayu ke ujung dermaga, Senin (3/3/2025).",
    "Warga memikul papan kayu ke ujung dermaga di pesisir utara\nJawa, Senin (3/3). (KABAR/Dok.\nWarga)",
])
def test_a_caption_above_the_storys_dateline_goes(above: str) -> None:
    opening = f"REMBANG – {FIRST}"
    article = parse(f"Warga Kampung Nelayan Bangun Dermaga Sendiri\n3 Maret 2025 09:00 WIB\n{above}\n"
                    f"{opening}\n\n{SECOND}\n\n{THIRD}\n")
    assert opening in article.body and SECOND in article.body
    assert "memikul papan kayu" not in article.body


def test_a_lede_above_a_later_dateline_stays() -> None:
    lede = "Dermaga kayu di pesisir utara itu dibangun warga tanpa bantuan pemerintah sejak awal bulan ini."
    article = parse(f"Warga Kampung Nelayan Bangun Dermaga Sendiri\n3 Maret 2025\n\n{lede}\n\n"
                    f"REMBANG – {SECOND}\n\n{THIRD}\n")
    assert lede in article.body


@pytest.mark.parametrize("widget", [
    # an embedded post with its signature line
    "Dermaga kami jadi juga! Terima kasih semua yang sudah membantu 🙏\n"
    "— Kampung Nelayan (@kampungnelayan) 3 Maret 2025",
    # a gallery numbered in words
    "Foto 1 dari 3: Warga memikul papan kayu.\nFoto 2 dari 3: Tiang dermaga dipancang.\n"
    "Foto 3 dari 3: Anak-anak bermain.",
    # a calculator under its own label
    "Kalkulator Solar\nJarak melaut (km)\nHarga per liter (Rp)\nHitung Biaya",
    # a comment with a row of buttons under it
    "Komentar (2)\nBudi Santoso · 2 jam lalu\nSetuju banget, semoga cepat selesai dermaganya.\nBalas · Suka 4",
])
def test_more_shapes_of_widgets_go(widget: str) -> None:
    article = parse(page(widget))
    assert_story_kept(article.body)
    for line in widget.splitlines():
        assert line not in article.body


def test_statistics_that_start_like_a_gallery_count_stay() -> None:
    figures = "1 dari 3 perahu di kampung itu kini tidak lagi melaut\n1 dari 5 nelayan beralih menjadi buruh bangunan"
    article = parse(page(figures))
    for line in figures.splitlines():
        assert line in article.body


def test_a_standings_table_under_the_story_goes() -> None:
    table = "Klasemen Sementara\n1. Persiraja 31\n2. Sriwijaya 29\n3. Semen Padang 27"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{table}\n")
    assert_story_kept(article.body)
    for line in table.splitlines():
        assert line not in article.body


def test_numbered_subheadings_ending_in_a_number_stay() -> None:
    text = (f"{TOP}{FIRST}\n\n1. Pakai tabir surya SPF 30\n\n{SECOND}\n\n2. Minum air 8 gelas\n\n{THIRD}\n\n"
            "3. Tidur sebelum pukul 22\n\nSetelah itu, warga berencana membuka tempat pelelangan ikan.\n")
    article = parse(text)
    for line in ("Pakai tabir surya SPF 30", "Minum air 8 gelas", "Tidur sebelum pukul 22"):
        assert line in article.body


def test_a_newsletter_box_whose_button_is_taken_out_already_goes() -> None:
    box = "Dapatkan kabar pesisir setiap Jumat di kotak masukmu.\nAlamat email\nDaftar"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{box}\n")
    assert_story_kept(article.body)
    assert "kotak masukmu" not in article.body


def test_a_contact_line_under_its_label_goes_with_it() -> None:
    box = "Kontak Media\nRina Astuti – rina@contoh.org – +62 812 3456 7890"
    article = parse(page(box))
    assert_story_kept(article.body)
    assert "Kontak Media" not in article.body and "Rina Astuti" not in article.body


@pytest.mark.parametrize("removed", ["Baca juga: Cara Merawat Perahu Kayu", "ADVERTISEMENT"])
def test_a_subheading_and_short_last_paragraph_after_a_removed_line_stay(removed: str) -> None:
    heading, last = "Modus Terbaru", "Pelaku kini kerap mengirim file berkedok undangan pernikahan."
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{removed}\n{heading}\n{last}\n\nTag: nelayan, dermaga\n")
    assert_story_kept(article.body)
    assert heading in article.body and last in article.body


def test_an_author_box_with_a_profile_below_the_story_goes() -> None:
    box = "Darto Sumarno\nPenulis lepas yang gemar menulis soal laut dan nelayan."
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\nBagikan artikel ini\n\n{box}\n")
    assert_story_kept(article.body)
    assert "Darto Sumarno" not in article.body and "Penulis lepas" not in article.body


@pytest.mark.parametrize(("intro", "items"), [
    # hotlines under a sentence that announces them, the first without a telephone's shape
    ("Warga yang melihat kapal mencurigakan diminta melapor. Berikut saluran pengaduannya.",
     "Posko Nelayan 112\nWhatsApp Posko 0812-3456-7890\nEmail posko@contoh.org"),
    # a charity's bank accounts, its button going alone
    ("Warga yang ingin membantu dapat menyalurkan donasi lewat rekening berikut",
     "BRI 0123-01-000456-30-1 a.n. Posko Dermaga\nBank Jateng 2-017-05432-1 a.n. Posko Dermaga"),
    # a post the story quotes
    ("Dalam unggahan tersebut, ketua kelompok nelayan menulis",
     "Dermaga kita jadi juga ✨\nTerima kasih semua warga 🤍"),
    # results under a story sentence
    ("Perahu kampung kami menang di tiga nomor lomba dayung.",
     "1 / 3 Perahu Biru vs Perahu Merah 21-18\n2 / 3 Perahu Hijau vs Perahu Kuning 19-21\n"
     "3 / 3 Perahu Putih vs Perahu Hitam 21-12"),
    # a photo story's captions, full sentences, under a story sentence
    ("Fotografer kami merekam pembangunan dermaga itu.",
     "Foto 1 dari 2: Warga memikul papan kayu ke pantai, Senin.\nFoto 2 dari 2: Tiang dermaga dipancang di air dangkal."),
])
def test_a_run_the_story_introduces_stays(intro: str, items: str) -> None:
    article = parse(page(f"{intro}\n{items}"))
    assert_story_kept(article.body)
    for line in items.splitlines():
        assert line in article.body


def test_a_list_the_story_introduces_over_a_blank_line_stays() -> None:
    """Issue 19, review of the thirtieth pass (made-up library story): rows with middle dots under "... adalah:"
    and a blank line went as a widget; a gallery under a paragraph over a blank line still goes."""
    rows = "Laskar Pelangi · Diterbitkan 1 September 2005\nGadis Kretek · Diterbitkan 5 Maret 2012"
    article = parse(page(f"\nDua judul yang paling banyak dipinjam pelajar adalah:\n\n{rows}\n"))
    assert_story_kept(article.body)
    for line in rows.splitlines():
        assert line in article.body
    gallery = "Foto-foto\n1 / 3 Warga memikul papan kayu. © Kabar Pesisir\n2 / 3 Tiang dermaga dipancang."
    article = parse(page(f"\n{gallery}\n"))
    assert_story_kept(article.body)
    assert "Tiang dermaga dipancang" not in article.body


def test_a_charity_drives_button_under_its_accounts_goes() -> None:
    run = "Warga dapat menyalurkan donasi lewat rekening berikut\nBRI 0123-01-000456-30-1 a.n. Posko Dermaga\nDonasi sekarang"
    article = parse(page(run))
    assert "BRI 0123" in article.body and "Donasi sekarang" not in article.body


def test_a_hoax_the_story_quotes_stays_with_its_calls() -> None:
    hoax = ("Pesan berantai itu berbunyi\nDaftar sekarang! Bantuan perahu gratis cair hari ini\n"
            "Klik di sini: bantuan-perahu.xyz\nBagikan ke 10 grup agar bantuan cair")
    article = parse(f"{TOP}{FIRST}\n\n{hoax}\n\n{SECOND}\n\n{THIRD}\n")
    assert_story_kept(article.body)
    for line in hoax.splitlines():
        assert line in article.body


@pytest.mark.parametrize("attribution", ["ujarnya", "kata Darto", "tutur Kepala Desa"])
def test_a_call_to_tune_in_the_story_reports_stays(attribution: str) -> None:
    reported = f"Dengarkan kabar pesisir setiap pagi di Radio Pesisir 97,5 FM atau lewat aplikasi Pesisir, {attribution}."
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{reported}\n\nBagikan:\nFacebook Twitter\n")
    assert_story_kept(article.body)
    assert reported in article.body


@pytest.mark.parametrize("last", [
    "Kesimpulan\nPesan berantai tersebut merupakan konten palsu.",
    "Susunan Pengurus\nKetua: Darto; Sekretaris: Rina; Bendahara: Sri, Budi, Wati.",
])
def test_a_subheading_right_over_the_storys_last_sentence_stays(last: str) -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{last}\n\nTag:\nnelayan\ndermaga\n\n© Kabar Pesisir 2025\n")
    assert_story_kept(article.body)
    for line in last.splitlines():
        assert line in article.body


def test_a_recipes_last_steps_stay() -> None:
    steps = ("Cara membuat\nRebus ikan hingga matang, lalu suwir.\nTumis bumbu hingga harum, masukkan ikan.\n"
             "Tuang santan, aduk rata, masak lima menit.\nSajikan hangat\nSelamat mencoba!")
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{steps}\n\nBaca juga: Resep Pepes Ikan Rumahan\n\n"
                    "Tag: resep, ikan\n")
    assert_story_kept(article.body)
    for line in steps.splitlines():
        assert line in article.body


def test_hotlines_under_a_story_sentence_left_open_stay() -> None:
    items = "Posko Nelayan (0291) 5891 234\nSyahbandar 0812-2233-4455\nPuskesmas Pesisir 0813 2100 7788"
    article = parse(f"{TOP}{FIRST}\n\nBaca juga: Cara Merawat Perahu Kayu\n\n"
                    f"Pemerintah desa membuka posko yang bisa dihubungi warga selama 24 jam\n{items}\n\n{SECOND}\n\n{THIRD}\n")
    assert_story_kept(article.body)
    assert "Pemerintah desa membuka posko" in article.body
    for line in items.splitlines():
        assert line in article.body


def test_a_standfirst_without_full_stops_above_the_dateline_stays() -> None:
    standfirst = ("Ketua kelompok menyebut dermaga dibangun karena pantai makin dangkal dan sempit\n"
                  "Warga menyumbang kayu dan tenaga selama sebulan penuh tanpa bayaran")
    article = parse(f"Ekonomi\n\nWarga Kampung Nelayan Bangun Dermaga Sendiri\n\n{standfirst}\n\n"
                    f"REMBANG, Kabar Pesisir — {FIRST}\n\n{SECOND}\n\n{THIRD}\n\n© Kabar Pesisir 2025\n")
    for line in standfirst.splitlines():
        assert line in article.body
    assert article.dateline == "REMBANG"


# ---------------------------------------------------------------- hard-wrapped texts (issue 19, fifth pass)

# A text wrapped at 72 columns, under a print view's URL (one token, wider than the wrap).
WRAPPED = """\
https://contoh-kabar.id/berita/daerah/dewan-kota-sampaikan-lima-catatan-atas-laporan-wali-kota-soal-drainase-dan-pasar
Dewan Kota Sampaikan Lima Catatan atas Laporan Pertanggungjawaban Wali
Kota Tahun 2024, Soroti Drainase dan Penataan Pasar Lama
Rabu, 8 Oktober 2025
Penulis: Humas Sekretariat Dewan

KOTA LAMA – Dewan Kota menggelar rapat pleno dengan agenda penyampaian
catatan atas Laporan Keterangan Pertanggungjawaban Wali Kota dan laporan
Perusahaan Daerah Air Minum Tirta Kencana 2024, Rabu
(8/10/2025). Rapat dihadiri para kepala dinas dan camat se-Kota Lama.

Dewan menyampaikan lima catatan yang harus ditindaklanjuti sebagai
berikut:

1. Mempercepat normalisasi saluran drainase di kawasan yang tergenang
saat hujan deras lebih dari dua jam.
2. Menata ulang pedagang kaki lima dan memperbaiki atap los di Pasar
Lama dan Pasar Baru Utara agar tidak bocor.
3. Menambah petugas kebersihan di tiga kecamatan padat penduduk.

Wali kota menyatakan seluruh catatan dewan akan masuk rencana kerja
tahun depan, termasuk tambahan anggaran pemeliharaan saluran kota.
"""


def test_a_headline_the_wrap_cut_keeps_a_long_second_line_and_a_url_sets_no_width() -> None:
    article = parse(WRAPPED)
    assert article.title == ("Dewan Kota Sampaikan Lima Catatan atas Laporan Pertanggungjawaban Wali Kota Tahun "
                             "2024, Soroti Drainase dan Penataan Pasar Lama")


def test_a_wrapped_line_starting_with_a_name_stays_in_its_paragraph() -> None:
    body = parse(WRAPPED).body
    assert ("Laporan Keterangan Pertanggungjawaban Wali Kota dan laporan Perusahaan Daerah Air Minum Tirta "
            "Kencana 2024, Rabu (8/10/2025).") in body


def test_a_list_item_the_wrap_cut_before_a_name_stays_one_item() -> None:
    body = parse(WRAPPED).body
    assert ("2. Menata ulang pedagang kaki lima dan memperbaiki atap los di Pasar Lama dan Pasar Baru Utara "
            "agar tidak bocor.") in body
    assert "3. Menambah petugas kebersihan" in body


def test_a_list_item_then_a_sentence_on_its_own_line_still_ends_the_list() -> None:
    body = parse("Judul Berita Uji Coba Daftar Warga Desa\nSenin, 3 Maret 2025\n\n"
                 "Warga menyebut tiga hal yang perlu diperbaiki oleh pemerintah desa:\n"
                 "1. Jalan desa.\n2. Lampu jalan.\nKepala desa berjanji memperbaiki semuanya tahun ini.\n").body
    assert "\n\nKepala desa berjanji" in body or "\nKepala desa berjanji" in body
    assert "2. Lampu jalan. Kepala" not in body


def test_a_schedule_the_story_introduces_at_its_end_stays() -> None:
    schedule = ("Senin, 6 Oktober: Lomba perahu hias, pukul 08.00 WIB\n"
                "Rabu, 8 Oktober: Pentas tari pesisir, pukul 19.00 WIB\n"
                "Jumat, 10 Oktober: Doa bersama di dermaga baru, pukul 16.00 WIB")
    intro = "Peresmian dermaga akan dirayakan dengan beberapa acara sepanjang pekan depan dengan jadwal sebagai berikut:"
    text = f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{intro}\n{schedule}\n\nBagikan:\nFacebook\nWhatsApp\n"
    body = parse(text).body
    assert_story_kept(body)
    for row in schedule.splitlines():
        assert row.split(":")[1].strip() in body
    assert "Facebook" not in body


def test_a_short_label_over_links_below_the_story_introduces_no_list() -> None:
    links = "Lomba Perahu Hias Digelar di Pantai Utara\nNelayan Keluhkan Harga Solar Naik Lagi"
    body = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\nBaca juga:\n{links}\n").body
    assert "Lomba Perahu Hias" not in body and "Harga Solar" not in body


@pytest.mark.parametrize("code", ["(B14/r)", "(T2)", "(KR7/e)"])
def test_a_reporters_code_of_letters_and_a_number_is_cut_off_the_last_paragraph(code: str) -> None:
    last = ("Menanggapi hal itu, kepala desa berjanji akan membahas bantuan biaya bahan bersama dewan dalam "
            f"pembahasan anggaran tahun depan. {code}")
    body = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{last}\n\nBagikan:\nFacebook\n").body
    assert last.removesuffix(f" {code}") in body
    assert code not in body


@pytest.mark.parametrize("dateline", ["Tanjung Balai (KBP)", "Sorong (kabarpesisir.id)"])
def test_a_dateline_on_its_own_line_over_the_first_paragraph_stays(dateline: str) -> None:
    text = (f"Warga Kampung Nelayan Bangun Dermaga Sendiri\nSenin, 3 Maret 2025 09:00 WIB\nRedaksi Kabar Pesisir\n"
            f"Warga memikul papan kayu ke pantai. (Foto KBP/Dok)\n{dateline}\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n")
    body = parse(text).body
    assert body.startswith(dateline)
    assert_story_kept(body)


def test_a_place_and_a_name_in_brackets_is_no_dateline() -> None:
    from warta.importer.text import lines
    assert not lines.dateline_alone("Rina Astuti (Medan)")
    assert not lines.dateline_alone("Harga Beras (2025)")


# ---------------------------------------------------------------- the headline by its place (issue 19, fifth pass)

RELEASE = """\
Portal Keterbukaan Pasar
Pengumuman Emiten
Kode : KPSR
Nama Perusahaan : PT Kapal Pesisir Raya Tbk
Perihal : Siaran Pers Kinerja Semester I
Tanggal : 14 Juli 2025 16:05:11
Pengumuman ini disampaikan oleh perusahaan tercatat dan portal tidak bertanggung jawab atas isi pengumuman ini.
SIARAN PERS
Laba Kapal Pesisir Raya Naik 12 Persen pada Semester I 2025
Surabaya, 14 Juli 2025 – PT Kapal Pesisir Raya Tbk membukukan laba bersih Rp88 miliar pada semester pertama, naik 12 persen dibandingkan periode yang sama tahun lalu, didorong angkutan barang antarpulau.

Direktur Utama perseroan mengatakan armada baru mulai beroperasi di jalur timur sejak Mei dan mengangkut lebih banyak muatan.
"""


def test_the_headline_is_the_line_over_the_dateline_not_the_first_line_over_a_disclaimer() -> None:
    article = parse(RELEASE)
    assert article.title == "Laba Kapal Pesisir Raya Naik 12 Persen pada Semester I 2025"
    assert article.date is not None and article.date.iso().startswith("2025-07-14")
    assert "Surabaya, 14 Juli 2025 – PT Kapal" in article.body


def test_a_run_of_label_and_value_rows_holds_no_headline() -> None:
    form = ("Kode : KPSR\nNama Perusahaan : PT Kapal Pesisir Raya Tbk\nPerihal : Laporan Bulanan Armada Kapal\n"
            "Tanggal : 14 Juli 2025\n\n")
    article = parse(form + "Armada Kapal Pesisir Bertambah Dua Unit\n\n" + FIRST + "\n\n" + SECOND + "\n")
    assert article.title == "Armada Kapal Pesisir Bertambah Dua Unit"


def test_a_headline_with_a_colon_between_a_number_and_a_date_line_is_the_headline() -> None:
    text = ("Nomor: SP.12/HM/2025\nDinas: Nelayan Diminta Waspada Angin Kencang di Selat\n"
            "Dipublikasikan: 3 Juni 2025\n" + FIRST + "\n\n" + SECOND + "\n")
    assert parse(text).title == "Dinas: Nelayan Diminta Waspada Angin Kencang di Selat"


# ---------------------------------------------------------------- widgets and notices (issue 19, fifth pass)


def test_a_ticker_of_figures_and_a_button_between_story_paragraphs_goes() -> None:
    ticker = "IKAN/KG\nRp48.500\n-2,10% (7 hari)\nPesan Sekarang"
    body = parse(page(f"\n{ticker}\n")).body
    assert_story_kept(body)
    assert "Rp48.500" not in body and "-2,10%" not in body and "Pesan Sekarang" not in body


def test_figures_inside_a_story_sentence_stay() -> None:
    said = "Harga ikan tongkol di pelelangan turun menjadi Rp48.500 per kilogram, atau 2,10 persen lebih murah."
    body = parse(page(f"\n{said}\n")).body
    assert said in body


@pytest.mark.parametrize("notice", [
    "Disclaimer: " + " ".join(["Semua konten di situs ini hanya untuk informasi dan bukan saran investasi."] * 8),
    "Penafian: Isi tulisan ini adalah tanggung jawab penulis dan tidak mewakili sikap pengelola situs.",
    "Berita ini juga terbit di Kabar Pesisir edisi cetak.",
    "Mulai belajar melaut dengan aman bersama kami. Unduh aplikasinya di Google Play sekarang!",
])
def test_a_notice_or_an_app_call_after_the_story_goes(notice: str) -> None:
    body = parse(page("", f"\n{notice}\n\n© 2025 Kabar Pesisir. Hak cipta dilindungi.\n")).body
    assert_story_kept(body)
    assert notice[:30] not in body


def test_a_licence_line_of_the_publisher_after_the_story_goes_but_a_story_sentence_on_a_licence_stays() -> None:
    licence = "PT Kabar Pesisir Digital terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK)."
    body = parse(page("", f"\nArtikel Terkait\nNelayan Keluhkan Harga Solar Naik Lagi\n{licence}\n"
                          "© 2025 Kabar Pesisir.\n")).body
    assert licence not in body
    story = ("Koperasi nelayan itu kini terdaftar dan diawasi oleh dinas koperasi setempat, sehingga anggotanya "
             "bisa mengajukan pinjaman modal dengan bunga rendah untuk membeli jaring baru.")
    assert story in parse(page(f"\n{story}\n")).body


def test_a_story_sentence_about_downloading_an_app_stays() -> None:
    said = "Menurut dia, aplikasi pelaporan cuaca itu sudah diunduh nelayan dari Google Play sejak awal tahun."
    assert said in parse(page(f"\n{said}\n")).body


def test_an_embedded_post_with_its_name_handle_time_and_counter_row_goes() -> None:
    post = ("Kelompok Nelayan Maju\n@nelayanmaju\nAkhirnya dermaga jadi!!! Terima kasih semua 🙏 #dermaga #gotongroyong\n"
            "8:15 AM · Mar 3, 2025\n1.204 Suka 96 Balas")
    body = parse(page(f"\n{post}\n")).body
    assert_story_kept(body)
    for line in post.splitlines():
        assert line not in body


@pytest.mark.parametrize("heading", ["Kolom Terkait", "Opini Lainnya", "Liputan Khusus Terkait"])
def test_a_box_of_other_pieces_headed_by_their_kind_goes_in_the_middle_of_the_story(heading: str) -> None:
    box = f"{heading}\nMengapa Trotoar Kita Selalu Jadi Lahan Parkir?\nKampung Nelayan Lain Ikut Membangun Dermaga"
    body = parse(page(f"\n{box}\n")).body
    assert_story_kept(body)
    assert heading not in body and "Trotoar" not in body and "Kampung Nelayan Lain" not in body


def test_a_wrapped_sentence_ending_in_a_related_word_stays() -> None:
    from warta.importer.text import lines
    assert lines.junk_reason("tiga besar kompetisi serupa.") is None
    assert lines.junk_reason("hal terkait") is None
    assert lines.junk_reason("Tanggapan Pihak Terkait") is None
    assert lines.junk_reason("Info Terbaru") is None


def test_what_follows_a_press_releases_about_section_goes() -> None:
    text = (RELEASE + "\nTentang PT Kapal Pesisir Raya Tbk\nPT Kapal Pesisir Raya Tbk didirikan pada 2001 dan "
            "menyediakan angkutan barang antarpulau dengan 40 kapal.\nPernyataan Mengenai Prospek Usaha\n"
            "Siaran pers ini dapat memuat pernyataan tentang prospek yang mengandung risiko dan ketidakpastian.\n"
            "Untuk informasi lebih lanjut, silakan hubungi:\nSekretaris Perusahaan\nRina Astuti\n")
    body = parse(text).body
    assert "armada baru mulai beroperasi" in body
    for gone in ("Prospek Usaha", "mengandung risiko", "informasi lebih lanjut", "Sekretaris Perusahaan", "Rina"):
        assert gone not in body


def test_a_printed_pages_running_header_next_to_its_number_goes() -> None:
    text = (f"{TOP}{FIRST}\n\n{SECOND}\n\nHalaman 1 dari 2\nKabar Pesisir – Laporan Dermaga 2025\n\n{THIRD}\n")
    body = parse(text).body
    assert_story_kept(body)
    assert "Laporan Dermaga 2025" not in body and "Halaman 1" not in body


def test_a_caption_without_credit_right_over_a_title_case_dateline_goes() -> None:
    caption = "Warga memikul papan kayu menuju bibir pantai di Kampung Nelayan."
    opening = "Tanjung Harapan – " + FIRST
    text = f"Warga Kampung Nelayan Bangun Dermaga Sendiri\n16/09/2025\nDiposting oleh: Humas Desa\n{caption}\n{opening}\n\n{SECOND}\n"
    body = parse(text).body
    assert caption not in body
    assert opening in body and SECOND in body


def test_a_lede_sentence_over_a_paragraph_without_a_dateline_stays() -> None:
    lede = "Warga memikul papan kayu menuju bibir pantai di Kampung Nelayan."
    text = f"Warga Kampung Nelayan Bangun Dermaga Sendiri\n16/09/2025\n\n{lede}\n{FIRST}\n\n{SECOND}\n"
    assert lede in parse(text).body


def test_an_advertisements_line_under_its_label_goes_but_a_numbered_subheading_there_stays() -> None:
    body = parse(page("\nIKLAN\nJaring Nilon Super – Pesan Sekarang di Toko Bahari\n")).body
    assert_story_kept(body)
    assert "Jaring Nilon Super" not in body
    body = parse(f"{TOP}{FIRST}\n\nBerikut langkah yang bisa dicoba warga.\nADVERTISEMENT\n1. Kumpulkan iuran\n\n"
                 f"{SECOND}\n").body
    assert "Kumpulkan iuran" in body


def test_the_summary_under_a_read_also_boxs_headline_goes() -> None:
    box = ("BACA JUGA\nNelayan Kampung Sebelah Panen Tongkol Melimpah\n"
           "Nelayan di kampung sebelah mendapat tangkapan tongkol dua kali lipat setelah musim angin berganti.")
    body = parse(page(f"\n{box}\n")).body
    assert_story_kept(body)
    assert "Panen Tongkol" not in body and "dua kali lipat" not in body


def test_an_authors_long_profile_between_the_byline_and_the_date_goes() -> None:
    profile = ("Guru SD di pesisir utara yang menulis tentang laut, nelayan, dan kehidupan sehari-hari di kampung "
               "pantai. Sesekali menulis puisi.")
    text = (f"Warga Kampung Nelayan Bangun Dermaga Sendiri\nRina Astuti\n{profile}\nSenin, 3 Maret 2025 09:00 WIB\n"
            f"Dibaca 245 kali\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n")
    article = parse(text)
    assert "Guru SD" not in article.body
    assert_story_kept(article.body)
    assert article.authors == ("Rina Astuti",)


def test_a_short_heading_over_a_gallery_taken_out_whole_goes_but_a_subheading_over_the_story_stays() -> None:
    gallery = ("Galeri Foto\n1/3 Warga memikul papan kayu. (Foto: Humas Desa)\n2/3 Tiang dermaga dipancang. "
               "(Foto: Humas Desa)\n3/3 Anak-anak bermain di ujung dermaga. (Foto: Humas Desa)")
    body = parse(page(f"\n{gallery}\n")).body
    assert_story_kept(body)
    assert "Galeri Foto" not in body
    body = parse(f"{TOP}{FIRST}\n\nPerahu Baru\n{SECOND}\n\n{THIRD}\n").body
    assert "Perahu Baru" in body


def test_the_one_word_a_wrap_carried_from_a_copyright_line_goes() -> None:
    text = (WRAPPED + "\nHak Cipta © 2025 Sekretariat Dewan Kota Lama, Jawa Tengah. All Rights\nReserved.\n")
    body = parse(text).body
    assert "Reserved." not in body
    assert "termasuk tambahan anggaran pemeliharaan saluran kota." in body


def test_a_capitals_label_over_a_gallery_in_a_text_without_blank_lines_goes() -> None:
    gallery = ("GALERI FOTO\n1/3 Warga memikul papan kayu. F. Rina/Kabar Pesisir\n2/3 Tiang dermaga dipancang. "
               "F. Rina/Kabar Pesisir\n3/3 Anak-anak bermain di ujung dermaga. F. Rina/Kabar Pesisir")
    body = parse(f"{TOP}{FIRST}\n{gallery}\n{SECOND}\n{THIRD}\n").body
    assert "GALERI FOTO" not in body
    assert_story_kept(body)


def test_an_ad_between_its_label_and_a_sponsor_line_goes() -> None:
    ad = "Iklan\nPerlengkapan melaut lebih hemat — diskon hingga 40%\nSponsor"
    body = parse(f"{TOP}{FIRST}\n{ad}\n{SECOND}\n{THIRD}\n").body
    assert "diskon" not in body and "Sponsor" not in body
    assert_story_kept(body)


def test_the_headline_over_a_title_case_dateline_below_a_site_blurb_is_the_headline() -> None:
    text = ("Kabar Pesisir\nPortal ini memuat kabar warga pesisir yang ditulis oleh para relawan dari berbagai kampung "
            "nelayan di utara.\nDermaga Kayu Warga Tanjung Harapan Rampung Dikerjakan\n"
            f"Tanjung Harapan – {FIRST}\n\n{SECOND}\n")
    assert parse(text).title == "Dermaga Kayu Warga Tanjung Harapan Rampung Dikerjakan"


def test_a_route_or_a_short_list_line_is_no_dateline_for_the_headline() -> None:
    from warta.importer.text import lines
    assert not lines.place_opening("Jakarta–Jambi PP: Rp1.650.000")
    text = (f"Jalan-Jalan ke Danau Biru di Kaki Gunung\n12 Mei 2025\n\n{FIRST}\n\n{SECOND}\n\nRincian Biaya Perjalanan\n"
            "Jakarta – Bandung: Rp150.000\n")
    assert parse(text).title == "Jalan-Jalan ke Danau Biru di Kaki Gunung"


def test_links_under_a_call_to_read_more_after_the_story_are_no_story_list() -> None:
    links = "Lomba Perahu Hias Digelar di Pantai Utara\nNelayan Keluhkan Harga Solar Naik Lagi"
    body = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\nSimak juga berita menarik lainnya dari kampung pesisir "
                 f"berikut ini:\n{links}\n").body
    assert "Lomba Perahu Hias" not in body and "Harga Solar" not in body


def test_the_headline_the_pages_address_spells_wins_over_a_label_above_it() -> None:
    text = ("https://contoh.id/berita/dermaga-kayu-warga-tanjung-harapan-rampung-dikerjakan\n"
            "Liputan Khusus Kampung Pesisir Utara Jawa\nSenin, 3 Maret 2025\n"
            f"Dermaga Kayu Warga Tanjung Harapan Rampung Dikerjakan\n\n{FIRST}\n\n{SECOND}\n")
    assert parse(text).title == "Dermaga Kayu Warga Tanjung Harapan Rampung Dikerjakan"


def test_a_story_closing_on_another_firms_licence_keeps_it() -> None:
    last = "Koperasi Mina Sejahtera terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK)."
    body = parse(page("", f"\n{last}\n\nTag: nelayan, dermaga\n© 2025 Kabar Pesisir.\n")).body
    assert last in body


def test_a_subheading_opening_the_next_printed_page_stays() -> None:
    text = f"{TOP}{FIRST}\n\n{SECOND}\n\nHalaman 1 dari 2\nPerahu Baru untuk Nelayan\n{THIRD}\n"
    assert "Perahu Baru untuk Nelayan" in parse(text).body


def test_a_title_case_deck_over_the_dateline_under_the_headline_is_not_the_headline() -> None:
    text = ("Dermaga Kayu Warga Tanjung Harapan Rampung Dikerjakan\nOleh Rina Astuti\nSenin, 3 Maret 2025\n"
            "Warga Berharap Perahu Bisa Bersandar Sebelum Musim Angin Barat\n"
            f"TANJUNG HARAPAN – {FIRST}\n\n{SECOND}\n")
    assert parse(text).title == "Dermaga Kayu Warga Tanjung Harapan Rampung Dikerjakan"


def test_a_question_the_story_asks_before_its_next_paragraph_stays() -> None:
    asked = "Lalu, siapa yang akan membiayai tiang beton itu?"
    body = parse(page(f"\n{asked}\n")).body
    assert asked in body


def test_an_embedded_charts_brand_and_title_above_its_source_go_inside_the_story() -> None:
    chart = "Datagrafik\nTangkapan Ikan Tongkol per Bulan (2021-2025)\nSumber: Dinas Kelautan"
    body = parse(f"{TOP}{FIRST}\n{chart}\n{SECOND}\n{THIRD}\n").body
    assert "Datagrafik" not in body and "Tangkapan Ikan Tongkol" not in body
    assert_story_kept(body)


def test_a_subheading_over_a_sourced_paragraph_stays() -> None:
    text = f"{TOP}{FIRST}\n\nPerahu Baru\nSumber: Dinas Kelautan\n\n{SECOND}\n"
    assert "Perahu Baru" in parse(text).body


def test_a_forum_quote_header_in_either_wording_goes() -> None:
    from warta.importer.text import boilerplate
    for line in ("Original Posted By nelayan.tua77", "Quote:Originally Posted by nelayan.tua77"):
        assert boilerplate.pattern_reason(line) == "quoted post (forum)"


def test_the_heading_of_a_standings_table_taken_out_as_a_widget_goes() -> None:
    table = "Klasemen Liga Nelayan 2025\n1. Perahu Biru 52\n2. Camar Laut 47\n3. Tongkol Jaya 45"
    body = parse(page(f"\n{table}\n")).body
    assert_story_kept(body)
    assert "Klasemen Liga Nelayan" not in body and "Camar Laut" not in body


def test_the_lower_case_rest_of_a_wrapped_call_to_subscribe_goes() -> None:
    text = (WRAPPED + "Dukung Kabar Pesisir. Berlangganan majalah Kabar Pesisir edisi cetak dan\n"
            "digital untuk mendapatkan kabar kampung yang lengkap setiap pekan.\n")
    body = parse(text).body
    assert "digital untuk mendapatkan" not in body
    assert "termasuk tambahan anggaran pemeliharaan saluran kota." in body


def test_a_programmes_promotion_titled_with_its_name_and_a_dash_goes() -> None:
    promo = "Kabar Pesisir Malam - Tonton episode terbaru di YouTube Kabar Pesisir"
    body = parse(page(f"\n{promo}\n")).body
    assert_story_kept(body)
    assert "Tonton episode" not in body


def test_an_investment_disclaimer_without_its_label_below_the_story_goes() -> None:
    notice = ("Semua informasi di situs ini bukan merupakan saran investasi. Harga aset digital sangat fluktuatif; "
              "keputusan investasi sepenuhnya ada di tangan pembaca.")
    body = parse(page("", f"\n{notice}\n\n© 2025 Kabar Pesisir. Hak cipta dilindungi.\n")).body
    assert_story_kept(body)
    assert "saran investasi" not in body


def test_an_analyst_saying_it_is_no_advice_inside_the_story_stays() -> None:
    said = "Menurut analis itu, data tersebut bukan rekomendasi untuk membeli saham perikanan dalam waktu dekat."
    body = parse(page(f"\n{said}\n")).body
    assert said in body


def test_a_story_closing_on_an_analysts_no_advice_line_above_its_tags_keeps_it() -> None:
    last = "Menurut analis itu, data tersebut bukan rekomendasi untuk membeli saham perikanan."
    body = parse(page("", f"\n{last}\n\nTag: nelayan, saham\n© 2025 Kabar Pesisir.\n")).body
    assert last in body


def test_a_ticker_of_bare_figures_without_a_button_goes() -> None:
    body = parse(page("\nRp48.500\n-2,10% (7 hari)\n")).body
    assert_story_kept(body)
    assert "Rp48.500" not in body


@pytest.mark.parametrize("rows", [
    # a schedule, a list of prices, routes with their times
    "KM Bahari Jaya: Kamis, 6 Maret, pukul 07.00 WITA\nKM Sinar Laut: Jumat, 7 Maret, pukul 13.30 WITA",
    "Kerapu: Rp120.000/kg\nKakap merah: Rp85.000/kg\nTongkol: Rp30.000/kg",
    "Dermaga Lama – Pulau Batu: 06.00 dan 14.00\nDermaga Lama – Tanjung Pasir: 08.00",
])
@pytest.mark.parametrize("between", ["", "-- Pasang iklan Anda di sini, hubungi 0812-0000-XXX --\n"])
def test_rows_the_last_paragraph_introduces_and_the_paragraph_after_them_stay(rows: str, between: str) -> None:
    """Issue 19, sixth pass: an advertisement's banner between the story and the paragraph introducing a
    schedule hid that paragraph's story from the rows, which went as a menu after the story, and the closing
    paragraph after them as a line between boilerplate lines."""
    intro = "Pengelola dermaga mengumumkan daftar yang berlaku mulai pekan depan sebagai berikut:"
    last = "Warga diminta memeriksa papan pengumuman di dermaga sebelum berangkat. (KP-07)"
    text = (f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{between}{intro}\n{rows}\n{last}\n"
            "Bagikan:\nFacebook\nWhatsApp\nBERITA TERKAIT\nHarga Solar Nelayan Naik Lagi Pekan Ini\n")
    body = parse(text).body
    assert_story_kept(body)
    for line in [intro, *rows.splitlines(), last.removesuffix(" (KP-07)")]:
        assert line in body
    assert "Pasang iklan" not in body and "Facebook" not in body and "Harga Solar" not in body


@pytest.mark.parametrize("signature", ["", "Kepala Bagian Humas Dinas Perikanan\nIr. Rudi Hartono, M.Si.",
                                       "Humas Kelompok Nelayan\nRina Astuti"])
def test_a_releases_notice_of_who_issued_it_and_its_signature_go(signature: str) -> None:
    """Issue 19, sixth pass: a ministry's "Berita ini disiarkan oleh ... Untuk informasi lebih lanjut ..." and
    the bureau head's signature under it stayed in the body."""
    notice = ("Siaran pers ini diterbitkan oleh Bagian Humas Dinas Perikanan Kabupaten. Untuk informasi lebih "
              "lanjut hubungi nomor 0812-0000-1111 atau surel humas@contoh.go.id.")
    block = f"{notice}\n{signature}\n" if signature else f"{notice}\n"
    body = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{block}Bagikan:\nFacebook\nWhatsApp\n").body
    assert_story_kept(body)
    assert "diterbitkan oleh" not in body and "Rina Astuti" not in body and "Hartono" not in body


def test_a_story_paragraph_saying_who_issued_a_release_stays_when_the_story_goes_on() -> None:
    said = ("Siaran pers ini diterbitkan oleh dinas setelah warga memprotes keterlambatan pembangunan dermaga "
            "selama dua bulan.")
    body = parse(f"{TOP}{FIRST}\n{said}\n{SECOND}\n\n{THIRD}\n").body
    assert said in body


@pytest.mark.parametrize("offer", [
    "Berlangganan Kabar Pesisir edisi cetak mulai Rp75.000 per bulan. Hubungi bagian sirkulasi di 0812-0000-2222.",
    "Langganan e-paper Kabar Pesisir hanya Rp10rb/minggu, klik tautan di profil kami.",
])
def test_a_subscription_offer_with_its_price_and_where_to_order_goes_from_the_story(offer: str) -> None:
    """Issue 19, sixth pass: a newspaper's offer of its print and e-paper editions, written as prose between two
    paragraphs, stayed in the body."""
    body = parse(page(offer)).body
    assert_story_kept(body)
    assert "Rp" not in body


@pytest.mark.parametrize("offer", ["Berlangganan koran: hubungi agen terdekat.",
                                   "Langganan e-paper: kirim pesan ke nomor layanan pelanggan."])
@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_subscription_offer_under_its_label_goes_from_the_story(offer: str, where: str) -> None:
    """Issue 19, twenty-fourth pass (made-up farm tabloid): "Berlangganan edisi cetak: hubungi bagian sirkulasi."
    under the story, a label and where to order, without a price: it read as a short sentence."""
    body = parse(page(offer) if where == "middle" else page("", f"{offer}\nBagikan: Facebook Twitter\n")).body
    assert_story_kept(body)
    assert offer not in body


@pytest.mark.parametrize("said", ["Berlangganan air PDAM: hubungi kantor cabang terdekat dengan membawa KTP dan kartu keluarga.",
                                  "Langganan internet desa: hubungi kantor desa paling lambat Jumat untuk didata petugas."])
def test_a_service_guides_line_on_a_subscription_and_where_to_apply_stays(said: str) -> None:
    """Review of the twenty-fourth pass (made-up service guide): a label of a utility's subscription, then where
    to apply, is the story's; only a paper's subscription under its label is the outlet's offer."""
    body = parse(page(said)).body
    assert_story_kept(body)
    assert said in body


def test_a_story_sentence_on_a_subscriptions_price_stays() -> None:
    said = "Langganan internet rumah di desa itu kini dipatok Rp300.000 per bulan, naik dari tahun lalu."
    body = parse(page(said)).body
    assert said in body


@pytest.mark.parametrize("caption", [
    "Para nelayan berpose di depan dermaga baru mereka. / Dok. Kelompok Nelayan",
    "Tiang dermaga dipancang warga, Senin (3/3). / Foto: Humas Desa",
    "Perahu bersandar di dermaga kayu./Istimewa",
])
def test_a_caption_closed_by_a_slash_and_a_credit_word_goes(caption: str) -> None:
    """Issue 19, sixth pass: "... di Pekanbaru. / Dok. Sore Tiba" between an interview's paragraphs stayed."""
    body = parse(page(caption)).body
    assert_story_kept(body)
    assert caption.split(".")[0] not in body


def test_a_story_sentence_with_a_slash_before_a_word_stays() -> None:
    said = "Harga solar naik menjadi Rp6.800 per liter. / Menurut warga, kenaikan itu memberatkan nelayan kecil."
    body = parse(page(said)).body
    assert "Harga solar naik" in body


@pytest.mark.parametrize("widget", [
    # a poll as a text dump gives it: a blank line between the question, each option and the button
    "\nJAJAK PENDAPAT: Perlukah pemerintah membangun dermaga beton menurut Anda?\n\nPerlu\n\nTidak perlu\n\n"
    "Lihat Hasil\n",
    "\nKuis: Setujukah kamu dengan iuran dermaga?\n\nSetuju\n\nTidak setuju\n\nRagu-ragu\n\nKirim\n",
    # a player's row and its button, a blank between them
    "\nLagu Pesisir · Ombak Senja · 2024\n\nDengarkan di Spotify\n",
    "\nPutar di YouTube\n\nKampung Nelayan · Dokumenter · 12 menit\n",
])
def test_a_widget_with_blank_lines_between_its_lines_goes(widget: str) -> None:
    """Issue 19, seventh pass: a blind sample's poll (question, options, "Lihat hasil") and a music portal's
    embed (track row, "Dengarkan di Spotify") stayed: a blank line between each of their lines ended the run."""
    article = parse(page(widget))
    assert_story_kept(article.body)
    for line in widget.strip().splitlines():
        assert not line or line not in article.body


@pytest.mark.parametrize("lines", [
    # short subheadings and a blank-separated list the story introduces
    "\nBerikut tiga permintaan warga kepada pemerintah:\n\nTiang beton\n\nLampu dermaga\n\nTempat pelelangan\n",
    # a question and a short answer in an interview, blank lines between
    "\nApa harapan Anda untuk dermaga ini?\n\nSemoga awet.\n",
])
def test_short_story_lines_with_blank_lines_between_them_stay(lines: str) -> None:
    article = parse(page(lines))
    assert_story_kept(article.body)
    for line in lines.strip().splitlines():
        assert line in article.body


@pytest.mark.parametrize("text", ["Rumah Kayu · Sore Tiba · 2025", "Budi Santoso · 2 jam lalu",
                                  "Ombak Senja • Lagu Pesisir"])
def test_a_row_of_short_items_set_apart_by_middle_dots_is_furniture(text: str) -> None:
    assert blocks.cue(text) == blocks.STRONG


@pytest.mark.parametrize("notice", [
    "Kabar Sehat tidak menyediakan saran medis, diagnosis, atau pengobatan. Selalu konsultasikan dengan dokter Anda.",
    "Informasi ini bukan pengganti konsultasi dokter. Periksakan keluhan Anda ke fasilitas kesehatan terdekat.",
    "Harga dapat berubah sewaktu-waktu sesuai kebijakan diler. Hubungi diler resmi untuk harga terbaru.",
    "Prices may change without notice. Please contact your nearest dealer.",
])
def test_a_notice_of_what_the_text_is_not_below_the_story_goes(notice: str) -> None:
    """Issue 19, seventh pass: a health magazine's "no medical advice" and two listicles' "prices may change",
    written as prose without a label, stayed under the story."""
    body = parse(page("", f"\n{notice}\n\nEditor: Rina Astuti\nTag: dermaga, nelayan\n")).body
    assert_story_kept(body)
    assert notice.split(".")[0] not in body


def test_a_story_reporting_that_prices_may_change_keeps_it() -> None:
    said = "Harga dapat berubah sewaktu-waktu karena pasokan kayu menipis, kata ketua kelompok nelayan itu."
    body = parse(page("", f"\n{said}\n\nEditor: Rina Astuti\nTag: dermaga, nelayan\n")).body
    assert said in body


def test_the_story_s_closing_question_over_its_tags_and_related_links_stays() -> None:
    """Issue 19, twenty-fifth pass: a listicle's last line asks its reader which item to try; under it the
    tags, "Baca Juga" with its links and a newsletter's box with its button. "Baca Juga" was read as a button
    and the question as its appeal, or the walk up from the box's button crossed the links to it."""
    question = "Dermaga mana yang ingin kamu kunjungi?"
    tail = (f"{question}\nTag: dermaga, nelayan\nBaca Juga\nLima Pantai Sepi untuk Libur Akhir Tahun\n"
            "Nelayan Muda Pulang Kampung\nBerlangganan kabar Pesisir Kita\nEmail kamu\nDaftar\n")
    body = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{tail}").body
    assert_story_kept(body)
    assert question in body
    assert "Berlangganan kabar" not in body and "Email kamu" not in body and "Lima Pantai" not in body


def test_the_page_s_question_to_the_reader_between_its_furniture_still_goes() -> None:
    question = "Apa reaksimu?"
    tail = f"Tag: dermaga, nelayan\n{question}\nSenang 4  Sedih 1  Marah 0\nBerita Terkait\n"
    body = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{tail}").body
    assert_story_kept(body)
    assert question not in body


def test_a_how_tos_chain_of_steps_with_a_number_to_save_stays() -> None:
    """Issue 19, twenty-fifth pass's review: a how-to's step, a chain of arrows with a number in it, under its
    label ("Cara lain lewat SMS:") was taken out as a contact box."""
    steps = "Lewat SMS:\nKetik REG spasi nomor KTP > kirim ke 0811-2233-4455 >> tunggu balasan berisi nomor antrean"
    article = parse(page(f"\n{steps}\n"))
    assert_story_kept(article.body)
    for line in steps.splitlines():
        assert line in article.body


def test_a_contact_box_with_a_path_of_pages_still_goes() -> None:
    box = "Kontak media:\nBeranda > Kontak > Humas (0811-2233-4455)\nrina@contoh.org"
    article = parse(page(f"\n{box}\n"))
    assert_story_kept(article.body)
    assert "0811-2233-4455" not in article.body and "rina@contoh.org" not in article.body


@pytest.mark.parametrize("said", [
    "Laporkan kerusakan dermaga di kolom komentar Instagram kami, pesan Rudi menutup pertemuan.",
    "Simak jadwal kapal di aplikasi kami setiap pagi, imbau Kepala Syahbandar, Yosef Bria.",
    "Kirim foto perahu Anda ke grup WhatsApp kami, ajaknya kepada nelayan muda.",
])
def test_a_call_to_the_reader_someone_bids_in_the_story_stays(said: str) -> None:
    """Issue 19, twenty-fifth pass's review: a call closed by who bid it with a verb of reported speech other
    than "kata" or "ujar" ("..., pesan Topan ...") was taken for the site speaking to its reader."""
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n{said}\n\n{THIRD}\n")
    assert_story_kept(article.body)
    assert said in article.body


@pytest.mark.parametrize("prompt", ["Unduh aplikasi kami untuk berita tanpa iklan, pesan sekarang juga.",
                                    "Dukung jurnalisme kami, ajak teman Anda berlangganan."])
def test_the_sites_order_with_such_a_verb_still_goes(prompt: str) -> None:
    article = parse(page("", f"\n{prompt}\n"))
    assert_story_kept(article.body)
    assert prompt not in article.body


def test_pros_and_cons_marked_with_checks_and_crosses_between_story_paragraphs_stay() -> None:
    """Issue 19, twenty-ninth pass: a review's pros and cons, items under check and cross marks, went as a
    widget (each mark counted as a post's emoji)."""
    pros_cons = ("Untung dan Rugi\nUntung:\n✅ Dermaga kayu murah dibangun\n✅ Perahu bisa bersandar saat surut\n"
                 "Rugi:\n❌ Kayu cepat lapuk kena air asin\n✔️ Perlu dicat ulang tiap tahun")
    article = parse(page(f"\n{pros_cons}\n"))
    assert_story_kept(article.body)
    for item in ("Dermaga kayu murah dibangun", "Perahu bisa bersandar saat surut", "Kayu cepat lapuk kena air asin",
                 "Perlu dicat ulang tiap tahun"):
        assert f"- {item}" in article.body
    assert "Untung:" in article.body and "Rugi:" in article.body


@pytest.mark.parametrize("line", ["✅ Follow juga IG @kabarpesisir", "✅ Promo ongkir gratis 🔥🔥"])
def test_a_marked_line_with_a_handle_or_an_emoji_in_its_text_is_still_a_cue(line: str) -> None:
    assert blocks.cue(line) == blocks.STRONG


def test_an_offer_of_marked_items_above_its_button_still_goes() -> None:
    offer = "✅ Gratis ongkir ke seluruh Indonesia\n✅ Garansi resmi satu tahun\nPesan sekarang"
    article = parse(page(f"\n{offer}\n"))
    assert_story_kept(article.body)
    assert "Gratis ongkir" not in article.body and "Garansi resmi" not in article.body


@pytest.mark.parametrize("line", ["- Dermaga kayu murah dibangun", "• Perahu bisa bersandar saat surut"])
def test_an_item_under_a_plain_bullet_is_no_cue(line: str) -> None:
    assert blocks.cue(line) is None


@pytest.mark.parametrize("closing", ["Nah, dermaga mana yang paling ingin kamu datangi? Tulis di kolom komentar, ya!",
                                     "Menurutmu, perlukah dermaga ini diperpanjang? Bagikan jawabanmu di kolom komentar."])
def test_the_writers_closing_question_and_call_to_comment_above_the_tags_stay(closing: str) -> None:
    """Issue 19, twenty-ninth pass: a listicle's closing question to the reader and the call to comment right
    after it, glued above the article's tags, went as the page's prompt."""
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{closing}\nTag: dermaga, nelayan, pesisir\n")
    assert_story_kept(article.body)
    assert closing in article.body


@pytest.mark.parametrize("prompt", ["Bagaimana pendapat Anda tentang berita ini? Tulis di kolom komentar.",
                                    "Tulis tanggapan Anda di kolom komentar di bawah, ya!"])
def test_the_sites_prompt_to_comment_above_the_tags_still_goes(prompt: str) -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{prompt}\nTag: dermaga, nelayan, pesisir\n")
    assert_story_kept(article.body)
    assert prompt not in article.body


@pytest.mark.parametrize("question", ["Bagaimana menurut Anda?", "Kalau kamu, setuju tidak?"])
def test_the_writers_closing_question_over_a_labelled_rating_row_stays(question: str) -> None:
    """Issue 19, thirtieth pass: an opinion column's closing question to the reader, alone as its last line, went
    with the rating row under it ("Beri Nilai: Aktual · Bermanfaat · ...") as a widget's label, or as the site's
    question after the story; that row carries its own label, and no option answers the question."""
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{question}\n\n"
                    "Beri Nilai: Aktual · Bermanfaat · Inspiratif · Menarik\nLabel: dermaga, nelayan\nLaporkan Konten\n")
    assert_story_kept(article.body)
    assert question in article.body
    assert "Beri Nilai" not in article.body


@pytest.mark.parametrize("box", ["Apa reaksimu?\nSenang 2  Sedih 14  Marah 1  Terkejut 9",
                                 "Bagaimana perasaan Anda setelah membaca berita ini?\nSenang · Sedih · Marah"])
def test_a_reaction_boxs_question_over_its_options_still_goes(box: str) -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{box}\nBerita Terkait\nHarga Ikan Turun di Pelelangan\n")
    assert_story_kept(article.body)
    assert box.split("\n")[0] not in article.body


@pytest.mark.parametrize(("closing", "furniture"), [
    ("Perahu mana yang paling kamu suka? Tulis di kolom komentar, ya!",
     "Tag: dermaga, nelayan\nSuka artikel ini? Bagikan ke teman:\nWhatsApp | Facebook\nBerlangganan Kabar Pesisir\n"
     "Alamat email\nDaftar\n"),
    ("Bagaimana dengan dermaga di kampung Anda? Apakah pemudanya masih mau melaut?",
     "Beri nilai tulisan ini:\nAktual\nInspiratif\nBermanfaat\nLabel: dermaga, nelayan\nKomentar (3)\n"),
    ("Bagaimana dengan dermaga di kampung Anda? Apakah pemudanya masih mau melaut?",
     "Beri Nilai\nAktual\nBermanfaat\nInspiratif\nLaporkan Konten\n"),
])
def test_the_writers_closing_questions_right_under_the_story_stay_whatever_furniture_follows(
        closing: str, furniture: str) -> None:
    """Issue 19, thirty-second pass: the writer's closing question(s) to the reader, with a call to comment or
    not, right under the story's last paragraph went as the appeal of a newsletter's box further down, as the
    site's question after the story, or as the label of a rating widget without a colon."""
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{closing}\n{furniture}")
    assert_story_kept(article.body)
    assert closing in article.body
    assert "Alamat email" not in article.body and "Inspiratif" not in article.body


@pytest.mark.parametrize("tail", [
    "Tag: dermaga, nelayan\nBagikan: Facebook | X\nBagaimana dengan dermaga di kampung Anda? Tulis di kolom komentar.\n"
    "Komentar (0)\nNama\nKirim\n",
    "Perlukah dermaga ini diperpanjang menurut Anda?\n\nPerlu\n\nTidak perlu\n\nLihat Hasil\n",
])
def test_the_sites_question_in_its_comment_block_or_over_a_polls_options_still_goes(tail: str) -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{tail}")
    assert_story_kept(article.body)
    assert "Bagaimana dengan dermaga" not in article.body and "Perlukah dermaga" not in article.body


def test_a_question_glued_over_a_newsletters_field_and_button_still_goes() -> None:
    box = "Mau kabar pesisir seperti ini tiap pekan di emailmu?\nAlamat email\nDaftar\n"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{box}")
    assert_story_kept(article.body)
    assert "Mau kabar pesisir" not in article.body


def test_the_writers_closing_question_and_its_call_on_lines_of_their_own_stay() -> None:
    """Issue 19, thirty-third pass: a listicle's closing question and its call to comment, each on a line of its
    own right under the story, went as the site's question after the story and the site speaking to the reader."""
    question = "Dari tiga dermaga di atas, mana yang paling ingin kamu datangi?"
    call = "Tulis jawabanmu di kolom komentar, ya!"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{question}\n\n{call}\n\nTag: dermaga, nelayan\n"
                    "Bagikan: Facebook  WhatsApp\n")
    assert_story_kept(article.body)
    assert question in article.body and call in article.body


def test_the_sites_call_to_comment_under_the_tags_still_goes() -> None:
    call = "Tulis jawabanmu di kolom komentar, ya!"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\nTag: dermaga, nelayan\n\n{call}\n\nKomentar (0)\n")
    assert_story_kept(article.body)
    assert call not in article.body


@pytest.mark.parametrize(("above", "closing"), [
    ("Tiga dermaga yang bisa dikunjungi:\n\n1. Dermaga Tanjung Pasir\n2. Dermaga Cibeureum\n3. Dermaga Muara Baru",
     "Mana yang paling ingin Anda kunjungi?"),
    ("Bagaimana dengan kampung Anda?", "Apakah pemudanya masih mau melaut atau Anda sendiri sudah pindah ke kota?"),
    ("Ketua kelompok berharap pemuda desa kembali melaut, katanya sambil menunjuk perahu yang tertambat",
     "Bagaimana dengan kampung Anda?"),
])
def test_the_writers_closing_question_under_a_list_another_question_or_a_paragraph_without_its_stop_stays(
        above: str, closing: str) -> None:
    """Review of the thirty-second and thirty-third passes (made-up listicle and feature): the writer's closing
    question over the tags went as the site's question after the story when the line above it was a list's last
    item, the writer's first question or a paragraph that lost its full stop."""
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{above}\n\n{closing}\n\nTag: dermaga, nelayan\n"
                    "Bagikan:\nFacebook\nWhatsApp\n")
    assert_story_kept(article.body)
    assert closing in article.body


def test_the_sites_two_questions_under_the_share_row_still_go() -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\nBagikan:\nFacebook\nWhatsApp\n\nPunya pendapat soal ini?\n"
                    "Bagaimana menurut Anda?\n\nKomentar (0)\n")
    assert_story_kept(article.body)
    assert "Bagaimana menurut Anda?" not in article.body


@pytest.mark.parametrize("intro", ["Di akhir pertemuan, ketua kelompok bertanya kepada pemerintah daerah.",
                                   "Di akhir pertemuan, ketua kelompok melontarkan pertanyaan kepada bupati:"])
def test_an_officials_closing_questions_the_story_introduces_stay(intro: str) -> None:
    """Review of the thirty-second and thirty-third passes (made-up fishing village story): someone's closing
    questions, "Anda" and "kami" in them, under the story's sentence that introduces them, went as the site
    speaking to the reader."""
    questions = "Sampai kapan nelayan harus membangun sendiri? Apakah Anda para pejabat pernah melihat dermaga kami?"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{intro}\n{questions}\nBagikan:\nFacebook\nWhatsApp\n"
                    "Tag: dermaga, nelayan\n")
    assert_story_kept(article.body)
    assert intro in article.body and questions in article.body


def test_the_sites_question_under_the_story_still_goes() -> None:
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\nApakah Anda puas dengan layanan kami?\nBagikan:\nFacebook\n"
                    "WhatsApp\n")
    assert_story_kept(article.body)
    assert "puas dengan layanan kami" not in article.body


@pytest.mark.parametrize("count, heads", [
    ("2 tanggapan", ("Rahmat S. · 4 Maret 2025 pukul 07.12", "Admin · 4 Maret 2025 pukul 08.40")),
    ("2 Comments", ("Dedi R. March 4, 2025 at 9:14 pm", "Sinta March 4, 2025 at 10:02 pm"))])
def test_comments_under_their_count_and_dated_names_without_reply_buttons_go(count: str, heads: tuple[str, ...]) -> None:
    """Issue 19, thirty-fourth pass (made-up parish and gadget pages): readers' comments under their count, each
    under its writer's name and date with no reply button below it, stayed as the story's last lines."""
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{count}\n{heads[0]}\nAmin, semoga dermaganya kuat.\n"
                    f"{heads[1]}\nTerima kasih, Pak.\n")
    assert_story_kept(article.body)
    assert "semoga dermaganya" not in article.body and "Terima kasih, Pak." not in article.body


def test_a_story_line_under_a_date_above_no_comment_count_stays() -> None:
    last = "Pada 4 Maret 2025 pukul 07.12 dermaga itu dipakai pertama kali."
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\nSelasa, 4 Maret 2025\nPerahu pertama bersandar pagi itu.\n"
                    f"\n{last}\n")
    assert_story_kept(article.body)
    assert "Perahu pertama bersandar pagi itu." in article.body


@pytest.mark.parametrize("dateline", ["Sukamaju, Kabarpesisir.id - ", "Sukamaju (Pendim 1705) – ", "Sukamaju, KP – "])
def test_a_summary_box_or_caption_above_a_title_case_dateline_with_its_outlet_goes(dateline: str) -> None:
    """Issue 19, thirty-fourth pass (made-up portal and command's page): an AI summary's bullets and its note, or
    a photo's caption, between the byline and a lede opening "Jakarta, Tilik.id -" or "Gorontalo (Pendim 1304) –"
    stayed: only a place in capitals, or in title case alone before its dash, read as the story's dateline."""
    box = ("• Warga membangun dermaga kayu secara gotong royong.\n• Pekerjaan selesai sebelum musim angin barat.\n"
           "Ringkasan ini dibuat dengan bantuan AI dan telah diperiksa redaksi.\n")
    article = parse(f"{TOP}{box}{dateline}{FIRST}\n\n{SECOND}\n\n{THIRD}\n")
    assert FIRST in article.body and SECOND in article.body and THIRD in article.body
    assert "Ringkasan ini" not in article.body and "secara gotong royong." not in article.body


@pytest.mark.parametrize("text", ["Jakarta, Bandung dan Surabaya – Tiga kota itu ...", "Menurut Budi, Kepala Desa – Ia ...",
                                  "Di Mataram, KPK – Komisi Pemberantasan Korupsi ...",
                                  "Sementara Surabaya, PDAM – Perusahaan air minum ..."])
def test_places_or_a_name_before_a_dash_are_no_outlets_dateline(text: str) -> None:
    assert not shapes.outlet_place_opening(text)


@pytest.mark.parametrize("opening", ["Di Sukamaju, KPK – Komisi Pemberantasan Korupsi mencatat laporan warga. ",
                                     "Dari Sukamaju, BPBD Garut – Petugas mencatat laporan warga. "])
def test_a_short_lede_over_a_paragraph_opening_with_a_preposition_stays(opening: str) -> None:
    """Review of the thirty-fourth pass (made-up story): a story's one-sentence lede right over a paragraph
    opening "Di Mataram, KPK – Komisi ..." went as a caption above the story's dateline."""
    lede = "Tiga pejabat desa diperiksa sebagai saksi pekan ini."
    article = parse(f"{TOP}{lede}\n{opening}{FIRST}\n\n{SECOND}\n\n{THIRD}\n")
    assert lede in article.body
    assert_story_kept(article.body)


def test_a_chronology_under_a_comment_count_in_the_pages_bar_with_the_story_below_stays() -> None:
    """Review of the thirty-fourth pass (made-up story): a chronology's last entry under its bare date went as a
    reader's comment, under "2 Komentar" in the page's bar below the lede, though the story went on below it."""
    entry = "Pelaku resmi ditetapkan sebagai tersangka."
    article = parse(f"{TOP}{FIRST}\n2 Komentar\n\n{SECOND}\n\nJumat, 6 Maret 2025\n{entry}\n\n{THIRD}\n")
    assert_story_kept(article.body)
    assert entry in article.body


@pytest.mark.parametrize("wish", [
    "Selamat mencoba, semoga dapurmu makin rapi!",
    "Semoga bermanfaat dan selamat berkreasi di rumahmu!",
])
def test_the_writers_closing_wish_above_a_newsletter_box_stays_and_the_box_goes(wish: str) -> None:
    box = "Suka tulisan ini? Berlangganan kabar pesisir setiap pekan!\nMasukkan email kamu\nDaftar"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{wish}\n{box}\n")
    assert_story_kept(article.body)
    assert wish in article.body
    assert "Berlangganan" not in article.body and "Masukkan email" not in article.body


def test_a_wish_that_offers_a_subscription_above_its_button_goes() -> None:
    appeal = "Semoga harimu menyenangkan! Daftar kabar pesisir gratis setiap pekan.\nDaftar sekarang"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{appeal}\n")
    assert_story_kept(article.body)
    assert "Semoga harimu" not in article.body


def test_a_list_under_the_share_buttons_goes_and_the_storys_last_list_above_them_stays() -> None:
    story_list = "Jadwal Pelelangan\n• Senin pagi (06.00)\n• Kamis sore (16.00)"
    page_list = "Program Unggulan\n• Kabar Pesisir Pagi (Senin–Jumat 06.00)\n• Dangdut Nelayan (Setiap Hari 13.00)"
    article = parse(f"{TOP}{FIRST}\n\n{SECOND}\n\n{THIRD}\n{story_list}\nBagikan ke: Facebook | WhatsApp\n"
                    f"{page_list}\n© 2026 Radio Pesisir\n")
    assert_story_kept(article.body)
    for line in ("Jadwal Pelelangan", "Senin pagi (06.00)", "Kamis sore (16.00)"):
        assert line in article.body
    for line in ("Program Unggulan", "Kabar Pesisir Pagi", "Dangdut Nelayan"):
        assert line not in article.body


@pytest.mark.parametrize("row", ["HARGA HARI INI: Cabai rawit Rp62.000/kg | Bawang merah Rp38.000/kg | Beras Rp13.500/kg",
                                 "Kurs Tengah: USD 15.700 | SGD 11.650",
                                 "Info Harga Ikan Hari Ini: Tongkol Rp28.000/kg | Cakalang Rp35.000/ekor"])
def test_a_price_boards_row_between_paragraphs_goes(row: str) -> None:
    """Issue 19, fortieth pass: a price board's row (a label, then items each with its price, set apart by "|")
    left between two paragraphs goes; the paragraphs stay."""
    first = "Harga cabai di pasar induk kembali naik sejak awal pekan karena pasokan dari petani berkurang."
    second = "Pedagang menyebut hujan deras membuat banyak tanaman cabai busuk sebelum sempat dipanen."
    article = parse(f"Harga Cabai Naik Lagi\n12 Mei 2025\n\n{first}\n{row}\n{second}\n")
    assert shapes.junk_reason(row) == shapes.PRICE_BOARD_REASON
    assert row not in article.body and first in article.body and second in article.body


@pytest.mark.parametrize("text", ["Set: 22-25 | 25-23 | 19-25", "Harga: Rp 25.000",
                                  "Harga cabai: Rp62.000/kg di Pasar Baru | naik dari pekan lalu.",
                                  "Durasi: 2 jam 14 menit | GOR Amongrogo, Yogyakarta"])
def test_a_score_row_a_single_price_or_a_sentence_is_no_price_board(text: str) -> None:
    assert shapes.junk_reason(text) != shapes.PRICE_BOARD_REASON
