"""outputs/cards.py: fitting the headline on a social card in few text measurements."""

from __future__ import annotations

import pytest

from warta.outputs import cards

WIDTH = cards.WIDTH - 2 * cards.MARGIN
BOX = 300
"""About the room a card has for its headline (cards.draw_card)."""


class CountingFont:
    """A font that counts its measurements (the only thing fitting a title asks of it)."""

    def __init__(self, font, calls: list[int]):
        self.font, self.calls = font, calls

    def getlength(self, text: str) -> float:
        self.calls.append(len(text))
        return self.font.getlength(text)


@pytest.fixture
def measured(monkeypatch) -> list[int]:
    """The length of each text measured while fitting titles."""
    calls: list[int] = []
    real = cards._font
    monkeypatch.setattr(cards, "_font", lambda name, size: CountingFont(real(name, size), calls))
    return calls


def old_fit_title(title: str, width: int, height: int) -> tuple[int, list[str]]:
    """The fitting as it was before issue 21: one character cut per measurement, every word wrapped."""

    def ellipsize(text, font, width, force=False):
        if font.getlength(text) <= width and not force:
            return text
        text = text.rstrip(" …")
        while text and font.getlength(text + "…") > width:
            text = text[:-1]
        return text.rstrip() + "…"

    def wrap(text, font, width):
        lines, current = [], ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if current and font.getlength(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
        return [ellipsize(line, font, width) for line in lines]

    for size in range(72, 33, -4):
        font = cards._font("DejaVuSerif-Bold.ttf", size)
        lines = wrap(title, font, width)
        if len(lines) * size * 1.2 <= height:
            return size, lines
    font = cards._font("DejaVuSerif-Bold.ttf", 34)
    lines = wrap(title, font, width)
    keep = max(1, int(height // (34 * 1.2)))
    if len(lines) > keep:
        lines = lines[:keep]
        lines[-1] = ellipsize(lines[-1] + " …", font, width, force=True)
    return 34, lines


def test_a_one_word_40000_character_title_is_cut_in_few_measurements(measured: list[int]):
    """Issue 21: cutting one character per measurement took 40,000 measurements (158 s)."""
    size, lines = cards._fit_title("x" * 40_000, WIDTH, BOX)
    assert len(measured) < 50
    assert lines[0].endswith("…") and cards._font("DejaVuSerif-Bold.ttf", size).getlength(lines[0]) <= WIDTH


def test_a_title_of_20000_words_is_fitted_without_measuring_them_all(measured: list[int]):
    size, lines = cards._fit_title(" ".join(["kata"] * 20_000), WIDTH, BOX)
    assert (size, lines[-1][-1]) == (34, "…")
    assert len(measured) < 2_000  # every word at every size: 200,000
    assert sum(measured) < 200_000


def test_a_long_byline_is_cut_in_few_measurements(measured: list[int]):
    font = cards._font("DejaVuSans.ttf", 28)
    cut = cards._ellipsize("15 Juni 2025 · " + "Rina " * 10_000, font, WIDTH)
    assert cut.endswith("…") and len(measured) < 30


TITLES = [
    "Banjir Rendam Jakarta",
    "Harga Beras Naik Lagi Menjelang Lebaran, Pemerintah Siapkan Operasi Pasar di 34 Provinsi",
    "Pemilu Daerah: KPU Umumkan Jadwal Pencoblosan, Debat Kandidat, dan Aturan Kampanye di Media Sosial yang Baru "
    "Berlaku Mulai Bulan Depan untuk Seluruh Peserta",
    "Supercalifragilisticexpialidocious" * 4,
    "Kata " * 60,
    "Ekonomi " + "Pertumbuhanekonomiindonesiayangsangatpesat" * 3 + " dan lainnya",
    "Wawancara: “Kami Tidak Akan Mundur,” Kata Ketua Serikat Pekerja — Sebuah Laporan Panjang dari Lapangan "
    "tentang Mogok Kerja di Pelabuhan Tanjung Priok yang Berlangsung Selama Dua Pekan Penuh",
    "x" * 300,
    "Judul …",
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("height", [BOX, 120, 40])
def test_titles_are_fitted_as_before(title: str, height: int):
    """The halving search and the early stop find the lines the old one-character loop found."""
    assert cards._fit_title(title, WIDTH, height) == old_fit_title(title, WIDTH, height)
