"""warta.importer on a story's numbered sections and its table of contents (issue 19, fifteenth pass): a
"Baca juga" box does not take the story's next numbered heading as its link, and a table of contents goes as a
block while the headings it repeats stay; on made-up texts of no held-out set."""

from __future__ import annotations

import pytest

from helpers import parse_text as parse
from helpers import removal_reasons as removed

from warta.importer.text import contents

HEAD = "Tujuh Tips Merawat Sepeda di Musim Hujan\nSelasa, 3 Juni 2025 | 08:15 WIB\n\n"
INTRO = ("Musim hujan membuat rantai dan rem sepeda lebih cepat rusak bila tidak dirawat dengan benar. "
         "Berikut beberapa cara sederhana yang bisa dilakukan di rumah.")
SECTIONS = [
    ("1. Keringkan Rantai Setelah Dipakai",
     "Air hujan yang dibiarkan menempel membuat rantai berkarat dalam hitungan hari. Lap rantai dengan kain "
     "kering lalu beri sedikit pelumas sebelum sepeda disimpan."),
    ("2. Periksa Kampas Rem Setiap Pekan",
     "Kampas rem lebih cepat habis saat jalan basah dan berpasir. Ganti kampas bila alurnya sudah tidak "
     "terlihat agar sepeda tetap bisa berhenti dengan aman."),
    ("3. Simpan Sepeda di Tempat Teduh",
     "Sepeda yang diparkir di luar rumah terus terkena air dan lembap. Tempat beratap dengan sirkulasi udara "
     "yang baik membuat rangka dan jeruji lebih awet."),
    ("4. Pakai Spakbor yang Pas",
     "Spakbor menahan cipratan lumpur ke rantai dan ke punggung pengendara. Pilih ukuran yang sesuai dengan "
     "lebar ban agar tidak bergesekan saat roda berputar."),
]
LINK = "Harga Sepeda Lipat Turun Menjelang Akhir Tahun, Ini Daftarnya"


def _story(after_second: str = "", toc: str = "") -> str:
    body = [INTRO, toc] if toc else [INTRO]
    for number, (heading, paragraph) in enumerate(SECTIONS, start=1):
        box = f"{after_second}\n" if number == 3 and after_second else ""  # (no blank between the box and "3.")
        body.append(f"{box}{heading}\n{paragraph}")
    return HEAD + "\n\n".join(body) + "\n\nBagikan:\nFacebook\nWhatsApp\n"


def _heading_after(body: str, heading: str, point: str) -> bool:
    """`heading` stands in the body as a heading, below `point` (a paragraph of the story)."""
    return body.find(f"## {heading}") > body.find(point) >= 0


@pytest.mark.parametrize("box", [f"Baca Juga:\n{LINK}", f"BACA JUGA:\n{LINK}", f"Baca juga:\n\n{LINK}", "Baca juga:"])
def test_the_storys_next_numbered_heading_under_a_read_also_box_stays(box: str) -> None:
    """Issue 19 (heldout19: "3. Ada Ratusan Pecahan Keramik" under "Baca Juga:" and its link went as a second
    link): a line that continues the story's numbered headings ("1. ...", "2. ...", then "3. ...") is the
    story's next section, not the linked article's headline."""
    article = parse(_story(after_second=box))
    assert _heading_after(article.body, SECTIONS[2][0], SECTIONS[1][1])
    assert SECTIONS[2][1] in article.body
    assert LINK not in article.body.replace("\\", "")


def test_a_read_also_link_that_breaks_the_numbering_still_goes() -> None:
    """A numbered line under a "Baca juga" that is not the story's next number is the link's, as before."""
    other = "7. Cara Memilih Helm Sepeda yang Aman untuk Anak"
    article = parse(_story(after_second=f"Baca Juga:\n{other}"))
    assert "Cara Memilih Helm" not in article.body
    assert _heading_after(article.body, SECTIONS[2][0], SECTIONS[1][1])


@pytest.mark.parametrize("label", ["Daftar Isi", "Isi Artikel:", "Table of Contents", "Daftar Isi [tampilkan]"])
@pytest.mark.parametrize("numbered", [True, False])
def test_a_table_of_contents_goes_as_a_block_and_the_headings_stay(label: str, numbered: bool) -> None:
    """Issue 19 (heldout19: a listicle's "Daftar Isi" kept as a heading over its entries, the first section's
    heading glued to the list): the label over lines that repeat the story's headings in order is the page's
    furniture and goes whole; every heading it repeats stays a heading where it stands."""
    entries = [heading if numbered else heading.split(". ", 1)[1] for heading, _ in SECTIONS]
    toc = "\n".join([label, *entries, "Tampilkan semua"])
    article = parse(_story(toc=toc))
    reasons = removed(article)
    assert reasons.get(label) == contents.REASON
    assert label.split("[")[0].strip(" :") not in article.body
    for heading, paragraph in SECTIONS:
        assert _heading_after(article.body, heading, INTRO), heading
        assert paragraph in article.body
    assert article.body.count(SECTIONS[0][0].split(". ", 1)[1]) == 1


def test_a_label_over_lines_the_story_does_not_repeat_stays() -> None:
    """"Daftar isi" over a list of the story's own (nothing below repeats it) is the story's: it stays."""
    items = "1. Kartu keluarga asli\n2. Fotokopi KTP kedua orang tua\n3. Surat keterangan lahir"
    article = parse(_story(toc=f"Daftar Isi\n{items}"))
    assert "Fotokopi KTP kedua orang tua" in article.body
    assert "Surat keterangan lahir" in article.body


def test_the_label_alone_is_known() -> None:
    assert contents.label("Daftar Isi") and contents.label("Table of Contents (hide)") and contents.label("Isi Artikel:")
    assert not contents.label("Isi Pidato Lengkap Presiden")
