"""warta.importer on issue 19's thirteenth pass: social threads and newsletters as copied (made-up texts,
never a copy of a held-out input)."""

from __future__ import annotations

from warta.importer.text import lines as shapes

from helpers import parse_text as parse

POSTS = ("Dinas Perhubungan Kota Malang menutup Jalan Ijen setiap Minggu pagi untuk hari bebas kendaraan.",
         "Penutupan berlaku pukul 06.00 sampai 10.00 WIB, kendaraan dialihkan lewat Jalan Semeru.",
         "Warga yang hendak ke gereja tetap bisa lewat dengan menunjukkan kartu undangan kepada petugas.",
         "Kalau ragu soal rute, tanya petugas di ujung jalan. Hati-hati di jalan ya 🙌")


def _thread(numbered: list[str]) -> str:
    between = "\n\nInfo Malang Raya\n\n@infomalangraya\n\n"
    return ("Info Malang Raya\n@infomalangraya\nJalan Ijen ditutup tiap Minggu pagi untuk hari bebas kendaraan\n\n"
            + between.join(numbered) + "\n")


def test_a_threads_numbered_posts_are_the_story_without_their_numbers() -> None:
    article = parse(_thread([f"{n}/ {post}" for n, post in enumerate(POSTS, start=1)]))
    assert all(post in article.body.strip().split("\n\n") for post in POSTS)
    assert not any(f"{n}/" in article.body for n in range(1, 5))


def test_a_post_ending_in_pictographs_instead_of_a_full_stop_is_kept() -> None:
    """The last post ends "... Hati-hati di jalan ya 🙌" next to the account's name and handle: it was taken
    as an embedded post (its emoji) or as a short line that is no sentence."""
    article = parse(_thread([f"{n}/{len(POSTS)} {post}" for n, post in enumerate(POSTS, start=1)]))
    assert POSTS[-1] in article.body.strip().split("\n\n")


def test_numbers_out_of_order_or_a_gallerys_captions_are_no_thread() -> None:
    assert shapes.thread_posts(["1/8 Rumah adat di Wae Rebo", "2/8 Penenun di Kampung Bena",
                                "3/8 Danau Kelimutu saat matahari terbit"]) == {}
    assert shapes.thread_posts(["1/2 sendok teh garam halus secukupnya.", "1/4 sendok teh merica bubuk halus.",
                                "2/3 gelas santan kental untuk kuah."]) == {}


def test_a_newsletters_headline_is_the_line_repeating_the_emails_subject() -> None:
    """The masthead, tagline and greeting above the headline are no headline: the line that repeats the
    subject (without the list's "[...]" tag or a "Fwd:") is, and what stands above it is the page's header."""
    text = ("From: Kabar Warga <redaksi@kabarwarga.id>\nTo: pembaca@surat.id\n"
            "Subject: Fwd: [Kabar Warga #31] Sungai Kota Bersih Lagi Berkat Ronda Sampah\n"
            "Email ini tidak tampil dengan baik? Lihat versi web.\nKABAR WARGA\nSurat mingguan untuk warga kota, "
            "dari warga\nNomor 31 · Senin, 7 Desember 2026\nSelamat pagi, Sahabat!\n"
            "Sungai Kota Bersih Lagi Berkat Ronda Sampah\noleh Rini Astuti\n\n"
            "Sejak September, warga tiga kelurahan bergiliran membersihkan sampah di bantaran sungai setiap Sabtu. "
            "Hasilnya, volume sampah yang tersangkut di pintu air turun hampir separuh.\n\n"
            "Lurah setempat mengatakan ronda sampah akan diteruskan sampai musim hujan berakhir. Warga lain "
            "diajak ikut bergabung lewat pengurus RT masing-masing.\n")
    article = parse(text)
    assert article.title == "Sungai Kota Bersih Lagi Berkat Ronda Sampah"
    assert "KABAR WARGA" not in article.body and "Selamat pagi, Sahabat!" not in article.body


def test_an_accounts_name_over_its_handle_between_posts_goes() -> None:
    """A thread copied from the web repeats the account's name and handle over each post: the name stayed as a
    subheading between the posts."""
    article = parse(_thread([f"{n}/ {post}" for n, post in enumerate(POSTS, start=1)]))
    assert "Info Malang Raya" not in article.body and all(post in article.body for post in POSTS)


def test_a_thread_mark_after_a_posts_full_stop_still_numbers_the_post() -> None:
    """Issue 19, twentieth pass: "... lewat Jalan Semeru. 🧵 1/4": the thread's mark between the post's last
    sentence and its number hid the number, and the thread's posts were judged as loose short lines."""
    numbered = [f"{post} {'🧵 ' if n == 1 else ''}{n}/{len(POSTS)}" for n, post in enumerate(POSTS, start=1)]
    assert shapes.thread_posts(numbered)[0] == POSTS[0]
    article = parse(_thread(numbered))
    assert all(post in article.body.strip().split("\n\n") for post in POSTS)
