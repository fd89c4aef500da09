"""Classes of saved pages the fourth HTML pass of issue 19 reads (tuned to `heldout-html3`): each test is a made-up
page of the class, not a fixture's wording."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from warta.importer.html.page import read
from warta.importer.records import ReadOptions

STORY = ("<p>Pemerintah kabupaten membuka pendaftaran bantuan benih padi bagi kelompok tani di enam kecamatan mulai "
         "pekan depan.</p><p>Kepala dinas pertanian mengatakan setiap kelompok tani dapat mengajukan bantuan untuk "
         "lahan paling luas sepuluh hektare.</p><p>Pendaftaran dibuka di kantor kecamatan masing-masing hingga akhir "
         "bulan ini, dengan membawa salinan surat keputusan kelompok.</p>")


def _read(html: str):
    """The one article of a saved page given as text, read in the default zone (WIB)."""
    (article,) = read(html.encode("utf-8"), "p.html", ReadOptions(ZoneInfo("Asia/Jakarta"))).articles
    return article


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


# ------------------------------------------------------------------ headline


def test_a_headline_going_on_past_a_shorter_og_title_is_the_headline() -> None:
    # an SEO plugin's og:title cuts the headline (and the crumbs show that cut title): the <h1> is the headline
    article = _read(_page(
        "<title>Jembatan Gantung Desa Lama Diresmikan | Kabar Lembah</title><meta property='og:title' "
        "content='Jembatan Gantung Desa Lama Diresmikan'>",
        "<nav class='crumbs'><a href='/'>Beranda</a> » <span>Jembatan Gantung Desa Lama Diresmikan</span></nav>"
        "<div class='crumbs'>Jembatan Gantung Desa Lama Diresmikan</div><article><h1>Jembatan Gantung Desa Lama "
        f"Diresmikan, Warga Tak Lagi Menyeberang Sungai</h1>{STORY}</article>"))
    assert article.title == "Jembatan Gantung Desa Lama Diresmikan, Warga Tak Lagi Menyeberang Sungai"


def test_a_headline_is_not_a_longer_h1_that_only_begins_with_the_title_s_word() -> None:
    article = _read(_page("<meta property='og:title' content='Harga Beras Naik di Pasar Induk'>",
                          "<div>Harga Beras Naik di Pasar Induk</div><article><h1>Harga Beras Naik di Pasar "
                          f"Induknya</h1>{STORY}</article>"))
    assert article.title == "Harga Beras Naik di Pasar Induk"


def test_a_portal_s_name_as_og_title_shown_only_in_its_menu_bar_gives_the_story_s_headline() -> None:
    # a city portal's head names the portal; its menu bar shows that name; the story's headline is a titled <h3>
    article = _read(_page(
        "<title>Pemerintah Kabupaten Lembah Hijau - Berita</title><meta property='og:title' content='Pemerintah "
        "Kabupaten Lembah Hijau'>",
        "<nav class='navbar'><a class='brand' href='/'>PEMERINTAH KABUPATEN LEMBAH HIJAU</a></nav><div class='main'>"
        "<h2 class='section-title'>Berita Daerah</h2><h3 class='judul-berita'>Bupati Buka Pasar Tani di Alun-Alun "
        f"Kota</h3><div class='isi'>{STORY}</div></div>"))
    assert article.title == "Bupati Buka Pasar Tani di Alun-Alun Kota"


# ------------------------------------------------------------------ authors


@pytest.mark.parametrize("account", ["Humas Universitas Lembah", "Redaksi Kabar Lembah", "Prokopim Setda"])
def test_an_office_s_account_in_the_byline_gives_way_to_the_text_s_writer(account: str) -> None:
    # a campus or a government office posts as its account; the "Penulis:" line under the text names the writer
    article = _read(_page(
        "", f"<article><h1>Mahasiswa Rancang Alat Ukur Curah Hujan</h1><div class='entry-meta'><span class='posted-by "
        f"author vcard'><a class='url fn n' href='/author/humas/'>{account}</a></span></div><div class='entry-content'>"
        f"{STORY}<p><strong>Penulis: Sari Wulandari | Editor: {account}</strong></p></div></article>"))
    assert article.authors == ("Sari Wulandari",)


def test_an_office_s_account_stays_the_author_when_the_text_names_no_writer() -> None:
    article = _read(_page(
        "", "<article><h1>Mahasiswa Rancang Alat Ukur Curah Hujan</h1><span class='author vcard'><a class='fn' "
        f"href='/author/humas/'>Humas Universitas Lembah</a></span><div class='entry-content'>{STORY}</div></article>"))
    assert article.authors == ("Humas Universitas Lembah",)


def test_the_writer_of_a_submitted_by_line_is_the_author_not_the_account() -> None:
    # Drupal's "Dikirim oleh <name> pada <date>" beside the account's name field
    article = _read(_page(
        "", "<article><h1>Sultan Buka Musyawarah Adat di Kadaton</h1><div class='node__meta'><span class='field--name-"
        "uid'>redaksi</span> - <span class='node__submitted'>Dikirim oleh <strong>Yusuf Kamarullah</strong> pada Sabtu, "
        f"5 Desember 2026 - 15:10 WIT</span></div><div class='node__content'>{STORY}</div></article>"))
    assert article.authors == ("Yusuf Kamarullah",)


def test_an_account_s_login_in_a_submitted_by_line_names_no_writer() -> None:
    article = _read(_page("", "<article><h1>Sultan Buka Musyawarah Adat di Kadaton</h1><p class='submitted'>Dikirim "
                              f"oleh redaksi pada Sabtu, 5 Desember 2026 - 15:10</p>{STORY}</article>"))
    assert article.authors == ()


@pytest.mark.parametrize("label", ["Foto", "Editor", "Ilustrasi"])
def test_the_writer_s_name_ends_at_the_next_credit_s_label_of_a_line_broken_by_br(label: str) -> None:
    article = _read(_page("<meta name='author' content='humas'>",
                          f"<article><h1>Kampus Resmikan Laboratorium Energi Surya</h1><div class='isi'>{STORY}"
                          f"<p><em>Penulis: Dewi Anggraini<br>{label}: Tim Dokumentasi Humas</em></p></div></article>"))
    assert article.authors == ("Dewi Anggraini",)


def test_a_blogger_profile_named_as_the_blog_is_not_the_writer() -> None:
    # Blogger's <title> is "Headline ~ Blog"; the post's "Oleh" profile is the blog's; the text names the reporter
    article = _read(_page(
        "<title>Harga Pala Naik di Pelabuhan ~ Suara Teluk</title><meta property='og:title' content='Harga Pala Naik "
        "di Pelabuhan'>",
        "<h1><a href='/'>Suara Teluk</a></h1><div class='post'><h3 class='post-title'>Harga Pala Naik di Pelabuhan</h3>"
        "<div class='post-header'><span class='byline post-author vcard'>Oleh <span class='fn'>Suara Teluk</span>"
        "</span></div><div class='post-body'><b>Reporter: Anwar Latuconsina</b><br><br>"
        f"{STORY}</div></div>"))
    assert article.authors == ("Anwar Latuconsina",)


def test_a_byline_row_opening_with_a_posted_label_and_its_date_gives_the_writer_and_the_time() -> None:
    article = _read(_page("<title>Pemkab Salurkan Air Bersih ke Sepuluh Desa</title>",
                          "<div class='berita'><h3 class='judul-berita'>Pemkab Salurkan Air Bersih ke Sepuluh "
                          "Desa</h3><div class='meta'>Diposting: Senin, 07 Desember 2026 - 10:20 WITA | Penulis: "
                          f"Maria Seran | Editor: Admin Prokopim | Dibaca 318 kali</div><div class='isi'>{STORY}"
                          "</div></div>"))
    assert article.authors == ("Maria Seran",)
    assert article.date is not None and article.date.iso() == "2026-12-07T10:20:00+08:00"
    assert "Diposting" not in article.body


# ------------------------------------------------------------------ lead picture


@pytest.mark.parametrize("alt", ["Mahasiswa Untad memasang sensor", "Ahmad memanen padi", "Warga Bad Godesberg"])
def test_a_photo_whose_alt_ends_a_word_in_ad_is_no_advert(alt: str) -> None:
    article = _read(_page(
        "<meta property='og:image' content='https://kampus.example/logo-kampus.png'>",
        "<article><header><figure><img width='1024' src='https://kampus.example/f/sensor.jpg' alt='" + alt + "'>"
        f"<figcaption>Tim memasang sensor di lereng bukit.</figcaption></figure><h1>Mahasiswa Rancang Sensor Longsor</h1>"
        f"</header>{STORY}</article>"))
    assert article.image is not None and article.image.src == "https://kampus.example/f/sensor.jpg"
    assert article.image.caption == "Tim memasang sensor di lereng bukit."


@pytest.mark.parametrize("src", [
    "/_next/image?url=https%3A%2F%2Fcdn.kabar.example%2Fu%2Frob.jpg&w=1080&q=75",
    "https://kabar.example/_next/image?url=https%3A%2F%2Fcdn.kabar.example%2Fu%2Frob.jpg&w=1920&q=80",
    "https://kabar.example/sites/default/files/styles/large/public/u/rob.jpg?itok=Qx7aB2kP",
    "https://cdn.kabar.example/u/rob-750x375.jpg",
])
def test_the_lead_shown_as_a_copy_of_the_og_image_keeps_the_original_s_address(src: str) -> None:
    # an image proxy's address, a CMS's size or image style of the og:image shows that picture (its caption is the
    # lead's), but the address kept is the original's: the site makes its own sizes from the largest copy
    head = "<meta property='og:image' content='https://cdn.kabar.example/u/rob.jpg'>"
    article = _read(_page(head, f"<article><h1>Banjir Rob Rendam Permukiman Pesisir</h1><figure><img src='{src}' "
                                "alt='Rob'><figcaption>Warga mengevakuasi barang.</figcaption></figure>"
                                f"{STORY}</article>"))
    assert article.image is not None and article.image.src == "https://cdn.kabar.example/u/rob.jpg"
    assert article.image.caption == "Warga mengevakuasi barang."


def test_a_saved_page_s_own_file_is_not_the_lead_s_address() -> None:
    head = "<meta property='og:image' content='https://kabar.example/u/rob.jpg'>"
    article = _read(_page(head, "<article><h1>Banjir Rob Rendam Permukiman Pesisir</h1><figure><img src='./input_files/"
                                f"rob.jpg' alt='Rob'></figure>{STORY}</article>"))
    assert article.image is not None and article.image.src == "https://kabar.example/u/rob.jpg"


@pytest.mark.parametrize("caption", [
    # Bootstrap's small slanted line right after the picture; an old site's <font size="1"><i> past a <br>
    "<p class='text-muted small fst-italic mt-2'>Petugas melayani warga di mobil layanan keliling.</p>",
    "<br><font size='1'><i>Petugas melayani warga di mobil layanan keliling.</i></font>",
])
def test_a_line_set_in_small_or_slanted_type_right_after_the_picture_is_its_caption(caption: str) -> None:
    article = _read(_page("", f"<article class='card'><img width='800' src='https://kota.example/f/keliling.jpg' "
                              f"alt='Mobil layanan'>{caption}<h1>Layanan Keliling Sambangi Lima Belas Kelurahan</h1><div "
                              f"class='isi'>{STORY}</div></article>"))
    assert article.image is not None and article.image.caption == "Petugas melayani warga di mobil layanan keliling."
    assert "mobil layanan keliling." not in article.body


def test_blogger_s_centred_small_line_after_the_picture_s_holder_is_its_caption() -> None:
    head = "<meta property='og:image' content='https://blogger.example/img/w1200-h630/pala.jpg'>"
    article = _read(_page(head, "<h3 class='post-title'>Harga Pala Naik di Pelabuhan Rakyat</h3><div class='post-body'>"
                                "<div class='separator'><a href='https://blogger.example/img/s1600/pala.jpg'><img "
                                "src='https://blogger.example/img/w640-h360/pala.jpg' width='640'></a></div><div "
                                "style='text-align: center;'><i><span style='font-size: x-small;'>Bongkar muat pala di "
                                f"pelabuhan. (Foto: Suara Teluk)</span></i></div>{STORY}</div>"))
    assert article.image is not None and article.image.src == "https://blogger.example/img/w1200-h630/pala.jpg"
    assert (article.image.caption, article.image.credit) == ("Bongkar muat pala di pelabuhan.", "Suara Teluk")


def test_a_paragraph_of_the_text_after_the_picture_is_no_caption() -> None:
    article = _read(_page("", "<article><h1>Layanan Keliling Sambangi Lima Belas Kelurahan</h1><img width='800' "
                              f"src='https://kota.example/f/keliling.jpg' alt='Mobil layanan'>{STORY}</article>"))
    assert article.image is not None and article.image.caption is None
    assert article.body.startswith("Pemerintah kabupaten membuka")


# ------------------------------------------------------------------ the zone of the town the page names


def _ghost_page(site: str, shown: str = "", lede: str = "") -> str:
    head = (f"<meta property='og:site_name' content='{site}'><meta property='og:title' content='Festival Pala Digelar "
            "Pekan Depan'><meta property='article:published_time' content='2026-12-04T00:30:00.000Z'>")
    return _page(head, f"<article><h1>Festival Pala Digelar Pekan Depan</h1><time datetime='2026-12-04'>4 Des 2026{shown}"
                       f"</time><section class='gh-content'>{lede}{STORY}</section></article>")


@pytest.mark.parametrize(("site", "iso"), [
    # a local site's UTC head time, its page showing no zone: its town's zone (WIT, WITA), else the site's (WIB)
    ("Fakfak Today", "2026-12-04T09:30:00+09:00"),
    ("Kabar Tarakan", "2026-12-04T08:30:00+08:00"),
    ("Suara Pekalongan", "2026-12-04T07:30:00+07:00"),
])
def test_a_utc_time_on_a_page_showing_no_zone_is_in_the_zone_of_the_town_its_site_names(site: str, iso: str) -> None:
    article = _read(_ghost_page(site))
    assert article.date is not None and article.date.iso() == iso


def test_a_utc_time_is_in_the_zone_of_the_town_the_dateline_names() -> None:
    article = _read(_ghost_page("Kabar Timur", lede="<p>AMBON – Pemerintah kota menggelar festival pala di pelabuhan "
                                                     "lama pekan depan.</p>"))
    assert article.date is not None and article.date.iso() == "2026-12-04T09:30:00+09:00"


def test_a_page_naming_a_zone_keeps_its_times_out_of_the_town_s_zone() -> None:
    # the page names WIB elsewhere: a time it gives without a zone is in the site's zone, not its town's
    article = _read(_ghost_page("Fakfak Today", lede="<p>Pendaftaran dibuka pukul 08.00 WIB di kantor dinas.</p>"))
    assert article.date is not None and article.date.iso() == "2026-12-04T07:30:00+07:00"


def test_a_time_the_head_gives_without_a_zone_is_in_the_town_s_zone() -> None:
    head = ("<meta property='og:site_name' content='Kupang Terkini'><meta property='article:published_time' "
            "content='2026-12-04T10:20:00'>")
    article = _read(_page(head, f"<article><h1>Air Bersih Disalurkan ke Kelurahan</h1>{STORY}</article>"))
    assert article.date is not None and article.date.iso() == "2026-12-04T10:20:00+08:00"


def test_a_site_set_to_another_zone_keeps_it() -> None:
    (article,) = read(_ghost_page("Fakfak Today").encode("utf-8"), "p.html",
                      ReadOptions(ZoneInfo("Asia/Makassar"))).articles
    assert article.date is not None and article.date.iso() == "2026-12-04T08:30:00+08:00"


# ------------------------------------------------------------------ more of the byline row, a lightbox


def test_a_byline_row_s_own_items_for_the_time_and_the_read_counter_are_taken_out() -> None:
    article = _read(_page("<title>Layanan Keliling Sambangi Kelurahan</title>",
                          "<div class='card'><h1>Layanan Keliling Sambangi Kelurahan</h1><ul class='list-inline'><li>"
                          "Rabu, 2 Desember 2026</li><li>10:05 WIB</li><li>318 kali dilihat</li></ul><div class='isi'>"
                          f"{STORY}<table><tr><td>Senin</td><td>08.00</td></tr></table></div></div>"))
    assert "10:05" not in article.body and "dilihat" not in article.body
    assert "08.00" in article.body  # (a table's time is the story's)
    assert article.date is not None and article.date.iso() == "2026-12-02T10:05:00+07:00"


def test_a_picture_linked_to_its_larger_copy_shows_that_og_image() -> None:
    # Joomla K2 shows its "_L" size linked to the "_XL" the og:image names: the og:image's picture, with the shown
    # one's caption
    head = "<meta property='og:image' content='https://kampus.example/media/k2/items/cache/a3f0_XL.jpg'>"
    article = _read(_page(head, "<h1>Panen Padi Tahan Genangan di Lahan Percobaan</h1><div class='itemImageBlock'><span "
                                "class='itemImage'><a href='/media/k2/items/cache/a3f0_XL.jpg'><img src='/media/k2/items/"
                                "cache/a3f0_L.jpg' alt='Panen'></a></span><span class='itemImageCaption'>Petani memanen "
                                f"padi di lahan percobaan.</span></div><div class='itemFullText'>{STORY}</div>"))
    assert article.image is not None and article.image.src == "https://kampus.example/media/k2/items/cache/a3f0_XL.jpg"
    assert article.image.caption == "Petani memanen padi di lahan percobaan."
