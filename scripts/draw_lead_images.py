"""Draw the articles' lead images: one news infographic per article, made by the project.

    python scripts/draw_lead_images.py      # e.g. /work/main/.venv/bin/python, or .venv/bin/python

Writes articles/grafis/<article-file-stem>.png, 1600×900 RGB PNGs in the theme's colours and
fonts (src/warta/theme/fonts, DejaVu), each with a title, the chart, the source and the credit
"Grafis: Warta". Every number and fact on a chart is one its article states:

- meta-suntik-rp230-triliun-ke-scale-ai: Meta's ~US$14,3 miliar (Rp230 triliun) beside Google's
  planned ~US$200 juta for Scale AI this year, as squares whose areas are to scale;
- kolaborasi-scale-ai-meta-agi: a ring of the 49% of Scale AI that Meta bought for US$14,3 miliar;
- investasi-meta-scale-ai-10-alasan-strategis: the article's ten strategic reasons, numbered;
- openai-hentikan-kerja-sama-scale-ai: the order of events, from OpenAI's wind-down begun
  6-12 months before the reports of 19 Juni 2025 to those reports;
- retakan-kemitraan-meta-scale-ai: the cracks in numbers (200 karyawan, 2 bulan, US$14,3 miliar)
  and the clients and vendors it names.

The output is deterministic: no timestamp or text chunk in the PNGs, so two runs give the same
bytes. Key content sits in the central 900×900 square, which survives the social-card crops.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

REPO = Path(__file__).resolve().parents[1]
FONTS = REPO / "src" / "warta" / "theme" / "fonts"
OUT = REPO / "articles" / "grafis"
WIDTH, HEIGHT = 1600, 900
SIDE = 128
"""Left and right margin: 8% of the width."""

BACKGROUND = (250, 248, 245)
TEXT = (27, 28, 31)
MUTED = (89, 92, 99)
ACCENT = (163, 25, 31)
LINE = (222, 218, 211)
SOFT = (240, 236, 230)
"""A light panel tone between the background and the rule colour."""
WHITE = (255, 255, 255)

SERIF_BOLD = "DejaVuSerif-Bold.ttf"
SANS = "DejaVuSans.ttf"
SANS_BOLD = "DejaVuSans-Bold.ttf"

Draw = ImageDraw.ImageDraw


@lru_cache(maxsize=64)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` (a longer word keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def lines_at(draw: Draw, x: float, y: float, lines: list[str], face: ImageFont.FreeTypeFont,
             fill: tuple[int, int, int], anchor: str = "la", leading: float = 1.25) -> float:
    """Draw `lines` from (x, y) down with the given anchor ("la" left, "ma" centre); return the y below."""
    for line in lines:
        draw.text((x, y), line, font=face, fill=fill, anchor=anchor)
        y += face.size * leading
    return y


SUPERSAMPLE = 4


def smooth(image: Image.Image, box: tuple[int, int, int, int], paint) -> None:
    """Anti-aliased shapes: `paint(draw, at)` draws on a 4× copy of `box`, which is then shrunk back.

    `at(*xy)` turns absolute coordinates into the copy's. Draw shapes before any text in `box`."""
    x0, y0, x1, y1 = box
    size = (x1 - x0, y1 - y0)
    big = image.crop(box).resize((size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE), Image.Resampling.NEAREST)

    def at(*xy: float) -> list[float]:
        return [(v - (x0, y0)[i % 2]) * SUPERSAMPLE for i, v in enumerate(xy)]

    paint(ImageDraw.Draw(big), at)
    image.paste(big.resize(size, Image.Resampling.LANCZOS), box)


def disc(image: Image.Image, cx: int, cy: int, radius: int, fill: tuple[int, int, int], hole: int = 0) -> None:
    """A smooth filled circle, or a ring when `hole` (the inner radius) is given."""
    def paint(draw: Draw, at) -> None:
        draw.ellipse(at(cx - radius, cy - radius, cx + radius, cy + radius), fill=fill)
        if hole:
            draw.ellipse(at(cx - hole, cy - hole, cx + hole, cy + hole), fill=BACKGROUND)
    smooth(image, (cx - radius - 2, cy - radius - 2, cx + radius + 2, cy + radius + 2), paint)


def canvas(title: str, subtitle: str, source: str) -> tuple[Image.Image, Draw]:
    """A blank image with the accent bar, centred title and subtitle, and the source/credit footer."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 12), fill=ACCENT)
    draw.text((WIDTH / 2, 62), title, font=font(SERIF_BOLD, 60), fill=TEXT, anchor="ma")
    if subtitle:
        draw.text((WIDTH / 2, 146), subtitle, font=font(SANS, 36), fill=MUTED, anchor="ma")
    draw.line((SIDE, 800, WIDTH - SIDE, 800), fill=LINE, width=3)
    small = font(SANS, 30)
    draw.text((SIDE, 818), f"Sumber: {source}", font=small, fill=MUTED)
    draw.text((WIDTH - SIDE, 818), "Grafis: Warta", font=font(SANS_BOLD, 30), fill=MUTED, anchor="ra")
    return image, draw


def save(image: Image.Image, stem: str) -> Path:
    """Write the PNG without metadata, so the bytes depend only on the pixels."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{stem}.png"
    image.convert("RGB").save(path, format="PNG", optimize=True)
    return path


def draw_suntik() -> Path:
    """Meta's ~US$14,3 miliar against Google's planned ~US$200 juta: squares with areas to scale."""
    image, draw = canvas("Suntikan Meta ke Scale AI", "Luas kotak sebanding dengan nilai dalam dolar AS",
                         "teks artikel; rencana Google menurut laporan Reuters")
    big, bottom = 540, 760
    small = round(big * math.sqrt(200 / 14_300))
    left = (WIDTH - big) // 2 - 40
    draw.rectangle((left, bottom - big, left + big, bottom), fill=ACCENT)
    x = left + 40
    draw.text((x, bottom - big + 40), "Investasi Meta", font=font(SANS_BOLD, 40), fill=WHITE)
    draw.text((x, bottom - big + 100), "sekitar", font=font(SANS, 36), fill=WHITE)
    draw.text((x, bottom - big + 150), "US$14,3", font=font(SANS_BOLD, 96), fill=WHITE)
    draw.text((x, bottom - big + 262), "miliar", font=font(SANS_BOLD, 72), fill=WHITE)
    lines_at(draw, x, bottom - 150, ["setara", "Rp230 triliun"], font(SANS_BOLD, 44), WHITE)

    gx = left + big + 48
    draw.rectangle((gx, bottom - small, gx + small, bottom), fill=MUTED)
    y = lines_at(draw, gx, bottom - small - 290, ["Google"], font(SANS_BOLD, 40), TEXT)
    y = lines_at(draw, gx, y + 4, ["rencana awal", "belanja tahun", "ini, sekitar"], font(SANS, 36), MUTED)
    lines_at(draw, gx, y + 4, ["US$200 juta"], font(SANS_BOLD, 44), TEXT)

    rx = left - 48
    y = lines_at(draw, rx, bottom - big, ["49%"], font(SANS_BOLD, 88), ACCENT, anchor="ra")
    lines_at(draw, rx, y + 10, ["saham Scale AI", "kini dimiliki", "Meta"], font(SANS, 36), MUTED, anchor="ra")
    return save(image, "meta-suntik-rp230-triliun-ke-scale-ai")


def ring(image: Image.Image, centre: tuple[int, int], outer: int, inner: int, share: float) -> None:
    """A smooth ring chart: `share` of it in the accent colour, clockwise from the top, the rest in grey."""
    cx, cy = centre

    def paint(draw: Draw, at) -> None:
        box = at(cx - outer, cy - outer, cx + outer, cy + outer)
        draw.ellipse(box, fill=LINE)
        draw.pieslice(box, -90, -90 + 360 * share, fill=ACCENT)
        for angle in (-90, -90 + 360 * share):
            a = math.radians(angle)
            draw.line(at(cx, cy, cx + (outer + 4) * math.cos(a), cy + (outer + 4) * math.sin(a)),
                      fill=BACKGROUND, width=8 * SUPERSAMPLE)
        draw.ellipse(at(cx - inner, cy - inner, cx + inner, cy + inner), fill=BACKGROUND)
    smooth(image, (cx - outer - 4, cy - outer - 4, cx + outer + 4, cy + outer + 4), paint)


def legend(draw: Draw, x: int, y: int, colour: tuple[int, int, int], name: str, note: str) -> None:
    """A square swatch with a bold name and a muted note under it."""
    draw.rectangle((x, y + 6, x + 36, y + 42), fill=colour)
    draw.text((x + 54, y), name, font=font(SANS_BOLD, 40), fill=TEXT)
    draw.text((x + 54, y + 54), note, font=font(SANS, 36), fill=MUTED)


def draw_kolaborasi() -> Path:
    """A ring of the 49% of Scale AI that Meta bought, with the price beside it."""
    image, draw = canvas("Meta membeli 49% saham Scale AI", "Investasi diumumkan pada pertengahan 2025",
                         "teks artikel")
    centre = (600, 482)
    ring(image, centre, 236, 150, 0.49)
    draw.text(centre, "49%", font=font(SANS_BOLD, 92), fill=ACCENT, anchor="mm")
    draw.text((centre[0], centre[1] + 68), "saham", font=font(SANS, 36), fill=MUTED, anchor="mm")

    x = 872
    draw.text((x, 222), "Nilai investasi", font=font(SANS, 36), fill=MUTED)
    draw.text((x, 270), "US$14,3", font=font(SANS_BOLD, 80), fill=TEXT)
    draw.text((x, 362), "miliar", font=font(SANS_BOLD, 56), fill=TEXT)
    draw.text((x, 436), "sekitar", font=font(SANS, 36), fill=MUTED)
    draw.text((x, 480), "Rp230 triliun", font=font(SANS_BOLD, 40), fill=ACCENT)
    draw.line((x, 550, WIDTH - SIDE, 550), fill=LINE, width=3)
    legend(draw, x, 574, ACCENT, "Meta", "49% saham")
    legend(draw, x, 676, LINE, "Pemilik lain", "sisa saham")
    return save(image, "kolaborasi-scale-ai-meta-agi")


REASONS = [
    "Data pelatihan berkualitas", "Arsitek infrastruktur", "Ambisi AGI", "Kejar ChatGPT & Claude",
    "Radar pasar", "Talenta elit", "Siklus AI penuh", "Hindari jebakan regulasi",
    "Pertahanan & sektor publik", "Cloud AI sendiri",
]
"""Short forms of the article's ten section headings, in order."""


def draw_alasan() -> Path:
    """The ten strategic reasons as a numbered 2×5 grid."""
    image, draw = canvas("10 alasan Meta berinvestasi di Scale AI", "Meta membeli 49% saham non-voting Scale AI",
                         "IAISEEK")
    cell, left = 288, 80
    label = font(SANS, 36)
    number = font(SANS_BOLD, 48)
    for index, reason in enumerate(REASONS):
        row, column = divmod(index, 5)
        cx = left + cell * column + cell // 2
        top = 222 + row * 290
        disc(image, cx, top + 46, 46, ACCENT)
        draw.text((cx, top + 46), str(index + 1), font=number, fill=WHITE, anchor="mm")
        lines_at(draw, cx, top + 108, wrap(reason, label, cell - 28), label, TEXT, anchor="ma", leading=1.2)
    return save(image, "investasi-meta-scale-ai-10-alasan-strategis")


def milestone(image: Image.Image, cx: int, axis: int, when: list[str], event: list[str], key: bool) -> None:
    """A timeline point: a ring on the axis, the time above it and the event below it."""
    draw = ImageDraw.Draw(image)
    colour = ACCENT if key else TEXT
    disc(image, cx, axis, 30 if key else 22, colour, hole=16 if key else 10)
    top = axis - 64 - len(when) * 52
    lines_at(draw, cx, top, when, font(SANS_BOLD, 44), colour, anchor="ma", leading=1.18)
    lines_at(draw, cx, axis + 62, event, font(SANS_BOLD if key else SANS, 36), TEXT, anchor="ma")


def draw_openai() -> Path:
    """The order of events: OpenAI's wind-down begun 6-12 months before the reports of 19 Juni 2025."""
    image, draw = canvas("Jalan OpenAI keluar dari Scale AI", "Urutan peristiwa; jarak antartitik tidak berskala",
                         "Zona Gadget, mengutip TechCrunch dan Bloomberg")
    axis = 456
    draw.line((SIDE, axis, WIDTH - SIDE, axis), fill=LINE, width=8)
    points = [
        (300, ["Sekitar 6–12", "bulan sebelum", "19 Juni 2025"], ["OpenAI mulai", "mengakhiri", "kerja sama"], False),
        (800, ["Pengumuman", "investasi Meta"], ["US$14,3 miliar", "untuk 49% saham", "Scale AI"], True),
        (1300, ["19 Juni 2025"], ["TechCrunch dan", "Bloomberg", "memberitakan", "penghentian"], False),
    ]
    for cx, when, event, key in points:
        milestone(image, cx, axis, when, event, key)
    draw.text((WIDTH / 2, 726), "Google juga dikabarkan menimbang untuk mencabut kemitraannya",
              font=font(SANS, 36), fill=MUTED, anchor="ma")
    return save(image, "openai-hentikan-kerja-sama-scale-ai")


def stat(image: Image.Image, box: tuple[int, int, int, int], figure: str, unit: str, note: list[str],
         key: bool) -> None:
    """A card with a big figure, its unit and a note; the key card is filled with the accent colour."""
    x0, y0, x1, y1 = box
    fill, ink, soft = (ACCENT, WHITE, WHITE) if key else (SOFT, TEXT, MUTED)
    smooth(image, box, lambda draw, at: draw.rounded_rectangle(at(*box), radius=18 * SUPERSAMPLE, fill=fill))
    draw = ImageDraw.Draw(image)
    cx = (x0 + x1) // 2
    draw.text((cx, y0 + 36), figure, font=font(SANS_BOLD, 120 if key else 80), fill=ink, anchor="ma")
    y = y0 + (190 if key else 146)
    draw.text((cx, y), unit, font=font(SANS_BOLD, 44), fill=ink, anchor="ma")
    lines_at(draw, cx, y + 70, note, font(SANS, 36), soft, anchor="ma", leading=1.25)


def draw_retakan() -> Path:
    """The cracks in numbers: 200 layoffs, a 2-month stay, the US$14,3 miliar, and the vendors named."""
    image, draw = canvas("Retakan Meta–Scale AI dalam angka", "", "teks artikel")
    stat(image, (100, 196, 530, 596), "US$14,3", "miliar", ["investasi Meta", "di Scale AI"], False)
    stat(image, (560, 176, 1040, 616), "200", "karyawan", ["di-PHK Scale AI", "setelah OpenAI", "dan Google pergi"],
         True)
    stat(image, (1070, 196, 1500, 596), "2", "bulan", ["Ruben Mayer di", "Meta sebelum", "hengkang"], False)
    line = "TBD Labs Meta juga memakai vendor pesaing: Mercor dan Surge"
    draw.text((WIDTH / 2, 680), line, font=font(SANS, 36), fill=TEXT, anchor="ma")
    return save(image, "retakan-kemitraan-meta-scale-ai")


def main() -> None:
    for draw_chart in (draw_suntik, draw_kolaborasi, draw_alasan, draw_openai, draw_retakan):
        print(draw_chart().relative_to(REPO))


if __name__ == "__main__":
    main()
