"""Tell a story's lines from a page's boilerplate in raw scraped text, for any outlet.

Two parts, both explainable (each dropped line gets a reason that `--dry-run` lists):
- `pattern_reason`: shapes of boilerplate that do not depend on an outlet: photo captions and credits
  (also glued to a name, "Rina WulandariFOTO: Kompas/..."), editor initials ("(agt/krs)"), subscription,
  login and app prompts, outlet-name lines, blog-platform disclaimers, comment policies, "... di Google
  News" prompts, counters;
- `LineFeatures` and `content_score`: a hand-weighted linear score over a line's length, sentence
  punctuation, Indonesian stop-word density (jusText's list), title-case, digit and upper-case shares. The
  parser revises short lines by their context, as jusText does: a short line between boilerplate lines,
  before the headline or in the run of short lines after the story's last paragraph is boilerplate too.

Pure functions of a line; nothing here reads files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.importer.text.lines import (CLOSERS, OPENERS, PREVIOUS_NEXT_REASON, SAID_BY, closing_pictographs, ends_sentence,
                                       ordered_item, previous_or_next, several_sentences)

# ---------------------------------------------------------------- features


@cache
def stop_words() -> frozenset[str]:
    """jusText's Indonesian stop list (820 frequent words), with a small fallback when jusText is missing.

    Imported on first use: only `warta import` needs it, `warta build` never loads jusText."""
    try:
        import justext
        words = justext.get_stoplist("Indonesian")
    except Exception:  # (jusText absent or its data missing: the fallback keeps the importer working)
        words = ()
    return frozenset(words) | _FALLBACK_STOP_WORDS


_FALLBACK_STOP_WORDS = frozenset(
    "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga sudah telah karena oleh "
    "atau saat bahwa ada mereka kami kita ia dia sebagai lebih para bisa dapat hanya masih namun tetapi "
    "tersebut setelah seperti kata menjadi agar jika secara serta antara hingga sejak bagi the of and to in "
    "is for on that with".split())
FUNCTION_WORDS = _FALLBACK_STOP_WORDS
"""Function words only (jusText's list, by frequency, holds content words too: "juara", "ikan", "warga")."""
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# An editor's mark after a paragraph's last sentence: initials in brackets, "(ant/sb)", "(***)", or the bare
# asterisks many papers close a story with, maybe with initials: "... pada 2027.***", "... hujan. *nvi" (issue 19,
# thirtieth pass)
_TRAILING_INITIALS = re.compile(r"\s*[(\[](?:\*{1,3}|[A-Za-z]{2,6})(?:\s*/\s*[A-Za-z*]{1,6}){0,3}[)\]]\.?$"
                                r"|(?<=[.!?…\"”’])\s*\*{1,3}(?:\s*[a-z]{2,5})?$"
                                # (or a unit's name and number, then its place's code: "(Pendim 1304/Gtlo)")
                                r"|(?<=[.!?…\"”’])\s*\([A-Z][A-Za-z]{1,11}(?:\s(?:[A-Z][A-Za-z]{0,11}|\d{1,4})){1,3}"
                                r"\s*/\s*[A-Z][A-Za-z]{1,5}\)\.?$")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_DIGIT = re.compile(r"\d")


def _sentence_end(line: str) -> bool:
    """Ends with . ! ? … (maybe followed by closing quotes or brackets, or by editor initials), or with
    pictographs after its last word."""
    bare = _TRAILING_INITIALS.sub("", line).rstrip(CLOSERS)
    return bare.endswith((".", "!", "?", "…")) or closing_pictographs(line)


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """What a line's shape says about it (the inputs of `content_score`)."""

    words: int
    """Number of words (letters only)."""
    stop_density: float
    """Share of words in the Indonesian stop list: running prose has 0.3 to 0.5, menus and names near 0."""
    sentence_end: bool
    """Ends with . ! ? … (maybe followed by a closing quote or bracket)."""
    title_case: float
    """Share of words starting with a capital: headlines, menus and names are high."""
    digit_share: float
    """Share of digits among the non-space characters: counters, dates, prices."""
    upper_share: float
    """Share of upper-case letters among the letters: labels, outlet names, banners."""


_MEASURED = 1000
"""Characters of a line that `line_features` measures: a longer line is prose or not by its start already,
and measuring the rest would only make a 5 MB text slower."""


@lru_cache(maxsize=16384)
def line_features(line: str) -> LineFeatures:
    """Measure one (stripped) line (its first 1,000 characters, and whether its end ends a sentence)."""
    # (a sentence may end before editor initials: "... kemacetan. (*)", "... katanya. (ant/krs)")
    end = _sentence_end(line)
    line = line[:_MEASURED]
    words = _WORD.findall(line)
    stop = stop_words()
    # (counted by regular expressions, not character by character in Python: a 5 MB text stays quick)
    letters = len(_LETTER.findall(line))
    visible = len(line) - line.count(" ") or 1
    return LineFeatures(
        words=len(words),
        stop_density=sum(w.casefold() in stop for w in words) / len(words) if words else 0.0,
        sentence_end=end,
        title_case=sum(w[0].isupper() for w in words) / len(words) if words else 0.0,
        digit_share=len(_DIGIT.findall(line)) / visible,
        upper_share=len(_UPPER.findall(line)) / letters if letters else 0.0,
    )


def content_score(f: LineFeatures) -> float:
    """A hand-weighted linear score: above 0 reads like running text, below like boilerplate.

    Weights (chosen, not trained): long lines and sentence punctuation count for prose, as does a
    stop-word share near that of Indonesian prose; title case, upper case and digits count for menus,
    labels, names and counters."""
    return (min(f.words, 30) * 0.15 + (1.5 if f.sentence_end else 0.0) + 4.0 * min(f.stop_density, 0.4)
            - 1.5 * f.title_case - 2.0 * f.upper_share - 3.0 * f.digit_share - 1.0)


def is_prose(line: str) -> bool:
    """A line that is surely story text: a long line that reads like running text (jusText's "good")."""
    if line.count(" ") < 7:  # (fewer than eight words: not measured at all)
        return False
    f = line_features(line)
    if f.words < 8 or f.stop_density < 0.1 or content_score(f) <= 1.0:
        return False
    # Headlines are long too, but end without a full stop (or with "?") and capitalise most words.
    full_stop = _sentence_end(line) and not _TRAILING_INITIALS.sub("", line).rstrip(CLOSERS).endswith("?")
    return (full_stop and f.title_case < 0.75) or f.words >= 25 or (f.sentence_end and f.title_case < 0.5)


def is_sentence(line: str) -> bool:
    """Ends like a sentence (an editor's closing mark aside): never dropped on its context alone."""
    return _TRAILING_INITIALS.sub("", line).rstrip(CLOSERS).endswith((".", "!", "?", "…", ":"))


# ---------------------------------------------------------------- outlet-independent patterns

_CREDIT_WORDS = (r"(?:foto|photo|dok\.?|dokumentasi|istimewa|ist\.?(?!\w)|ilustrasi|sumber\s+(?:foto|gambar)|kredit|credit"
                 r"|tangkapan\s+layar|screenshot|shutterstock|getty\s*images|istockphoto|unsplash|freepik|pexels"
                 r"|antara\s+foto|grafis)")
# A credit in brackets: "(Foto: Inside Lombok/Rina)", "(Dok. Humas)", "(ANTARA/Budi)"
_CREDIT_IN_BRACKETS = re.compile(rf"\((?:{_CREDIT_WORDS}\b|[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}\s?/)", re.IGNORECASE)


def credit_opening(text: str) -> bool:
    """Whether `text` opens with a photo credit in brackets."""
    return _CREDIT_IN_BRACKETS.match(text) is not None


# What no story sentence carries: a photo's credit or caption label ("(Foto: ...)", "(Dok. Humas)", "Keterangan
# gambar, ...", "... Foto: Shutterstock"), a link, an address, a handle or a hashtag
_NO_STORY_SENTENCE = re.compile(rf"\({_CREDIT_WORDS}\b|^(?:{_CREDIT_WORDS}|keterangan\s+(?:gambar|foto)|image\s+caption"
                                r"|caption)\s*[:,]|(?:[a-z)\]]|\.\s?)(?:FOTO|Foto|Photo|Dok\.|Sumber foto|Sumber gambar"
                                r"|Kredit foto)\s*:\s*\S|https?://|www\.|@\w|#\w|\b[\w-]+\.(?:com|co\.id|co|id|net|org)\b",
                                re.IGNORECASE)
# The site naming itself and its news in one sentence: "... berita terbaru dari kami", "... ke redaksi kami", "...
# kanal kami" (issue 19, review of the thirty-first pass and the guard: its long pitch under the story was put back as
# the writer's closing line). A how-to's "kami" is the writer's ("mode yang kami sarankan"), not the outlet's news.
_SITE_ITSELF = re.compile(r"\b(?:redaksi|kanal|situs|portal|laman|website)\s+kami\b|\bberita\b[^.!?]*\bkami\b"
                          r"|\bkami\b[^.!?]*\bberita\b", re.IGNORECASE)
# A paragraph's own code in brackets after its last sentence, of any shape: "... setiap tahun. (Pendam XIV/Hsn)"
CLOSING_MARK = re.compile(r"(?<=[.!?…\"”’])\s*\((?P<mark>[^()]{2,40})\)$")
# The same with a slash, a source's and a name's: the paper's code closing its last paragraph ("(Pendam XIV/Hsn)")
# or a caption's credit ("(ANTARA/Rina Astuti)")
_CLOSING_SLASHED = re.compile(r"(?<=[.!?…\"”’])\s*\([^()/]{1,40}/[^()]{1,40}\)$")
STORY_SENTENCE_WORDS = 16
"""Words at least of a line that reads as the story's own paragraph (as `context._story` counts a long one)."""
STORY_SENTENCE_STOP_WORDS = 0.15
"""Share at least of stop words among its words (a list of names, a spec line has next to none)."""


def closed_by_slashed_code(line: str) -> bool:
    """Whether a sentence is closed by a code or a credit in brackets with a slash ("... setiap tahun. (Pendam
    XIV/Hsn)", "... di pusat kota. (ANTARA/Rina Astuti)"): the story's own only as its closing line, a caption's
    between its paragraphs."""
    return _CLOSING_SLASHED.search(line) is not None


def story_sentence(line: str) -> bool:
    """Whether a line reads as a paragraph of the story, whatever its words say: running text (`is_prose`) of 16
    words or more, ending like a sentence (an editor's mark or the paper's code in brackets aside), with stop
    words enough, and no photo credit, link, handle or hashtag in it, nor the site naming itself and its news
    ("berita terbaru dari kami", "redaksi kami"). The parser's guard
    (`parse._keep_story_sentences`) keeps such a line against the rules that guess junk from a line's wording or
    shape (issue 19): a prompt, a caption or a widget is seldom that long and never all of that."""
    if _NO_STORY_SENTENCE.search(line) or _SITE_ITSELF.search(line):
        return False
    text = CLOSING_MARK.sub("", line)
    f = line_features(text)
    return (f.sentence_end and f.words >= STORY_SENTENCE_WORDS and f.stop_density >= STORY_SENTENCE_STOP_WORDS
            and is_prose(text))


# "(ANTARA FOTO/Aditya Pradana Putra)", "(Foto: Dok. Humas)", "(Dok. Pribadi)", "(KOMPAS.com/Rina)" closing a
# line; not "(Reuters)" or "(ANTARA)" alone, which end reports too, nor a road's, a river's or a ship's names,
# which a sentence gives ("... di KM 12 (Tol Cipali/Cikampek).", "... (KM Dobonsolo/Pelni).", review of the
# thirty-fourth pass).
_CREDIT_CLOSING = re.compile(rf"\((?:{_CREDIT_WORDS}\b|(?!(?:Tol|Jalan|Jl|Jln|Ruas|Simpang|Sungai|Kali|KM|KRI)\b)"
                             r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s?/)[^()]{0,80}\)\s*\.?$"
                             # "(MANGGALA AGNI FOR RIAU POS)", "(DOK. PRIBADI FOR JAWAPOS.COM)": who gave the photo
                             # to which outlet, in capitals (issue 19; "(Centre for ...)" in a sentence is no credit)
                             r"|\((?-i:[A-Z][A-Z.]*(?:\s[A-Z][A-Z.]*){0,4}\sFOR\s[A-Z][A-Z.]*(?:\s[A-Z][A-Z.]*){0,3})\)\s*\.?$",
                             re.IGNORECASE)
# A caption ending in an agency's or outlet's credit without brackets: "... Jawa Barat. TEMPO/Prima Mulia"
# (also with the editor's initials after a second slash: "ANTARA FOTO/Irwansyah Putra/nym.", or the credit glued
# after the full stop: "... Rabu 12 Juni 2024./Pikiran Rakyat/Rendra Kusnadi")
_CREDIT_AT_END = re.compile(r"(?:[.,]\s+|\.\s?/\s?)(?:[A-Z]{2,}[A-Z.]*(?:\.(?:com|co\.id|id|net|tv))?(?:\s[A-Z]{2,})?|[A-Z][a-z]+\d?(?:\.(?:com|co\.id|co|id|net|tv))?"
                            r"(?:\s[A-Z][a-z]+)?|[a-z][a-z0-9]+\.(?:com|co\.id|co|id|net|tv))\s?/\s?"
                            r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:/[a-z]{2,5})?\.?$"
                            # "... Jawa Barat. ANTARA/Dokumentasi pribadi": an agency, then words in any case
                            r"|\.\s+[A-Z]{2,}[A-Z.]*\s?/\s?[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,2}$"
                            # "... Minggu (23/11) malam.Waspada/Rudi Sinaga": the outlet glued to the full stop,
                            # then a name of two words or more (issue 19, eighth pass)
                            r"|(?<=[a-z)])\.(?:[A-Z][a-z]{3,}|[A-Z]{3,})(?:\.(?:com|co\.id|id))?/"
                            r"[A-Z][\w'’-]+(?:\s[A-Z][\w.'’-]*){1,3}$"
                            # "... orientasi kampus. Shutterstock": a stock agency or "Istimewa" alone after the caption
                            rf"|[.,]\s+(?i:{_CREDIT_WORDS}(?:\s+pribadi)?)\.?$"
                            # "... Selasa (4/11). Photo by Rina Marlina", "... Foto oleh Rina" (issue 19, eighth pass)
                            r"|[.,]\s+(?i:foto|photo|photos)\s+(?i:oleh|by)\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}$"
                            # "... di Pekanbaru. / Dok. Sore Tiba", "... Senin (3/3). / Foto: Humas": a credit word
                            # after a slash closing the caption (issue 19, sixth pass)
                            rf"|\.\s?/\s?(?i:{_CREDIT_WORDS})(?:\s*:?\s*[\w.'’-]+(?:\s[\w.'’-]+){{0,4}})?$"
                            # "Peta wilayah ... di sekitarnya. Sumber: olahan data kelompok": a figure's source
                            # after its caption, the caption naming the figure (a story's sentence with a
                            # source after it stays)
                            r"|^(?i:peta|grafik|grafis|infografis|infografik|tabel|diagram|bagan|chart|map|table"
                            r"|figure|gambar)\b[^.]*\.\s+(?i:sumber|source)\s*:\s*[^.:]{3,80}$")
# "Foto: ...", "FOTO : ...", "Sumber foto: ...", "Kredit: ...", "Ilustrasi: ...", "Photo by ..."
# ("Photos by Nadia Sari", "Photography by ...", "Images by ...": a magazine's credit in the plural too)
_CREDIT_START = re.compile(r"(?:foto|photos?|photograph(?:s|y)|sumber\s+(?:foto|gambar)|kredit(?:\s+foto)?|grafis|infografis"
                           r"|ilustrasi|images?|gambar)\s*(?::|by\b|oleh\b)", re.IGNORECASE)
# A credit glued to the end of a caption or a name by the scraper: "Rina WulandariFOTO: Kompas/..."
# or closing a caption after its full stop: "Ilustrasi biji kopi. Foto: Shutterstock"
_GLUED_CREDIT = re.compile(r"(?:[a-z)\]]|\.\s?|\s[|–—]\s)(?:FOTO|Foto|Photo|Dok\.|Sumber foto|Sumber gambar|Sumber Foto"
                           r"|Sumber Gambar|Kredit foto)\s*:\s*\S")
# A numbered list's item that opens with the label: "3. Foto: pasfoto berwarna ukuran 3x4" is a requirement of
# the story's list, its number no text a credit is glued to (issue 19, forty-first pass)
_ITEM_LABEL = re.compile(r"\d{1,3}[.)]\s+(?:FOTO|Foto|Photo|Dok\.|Sumber)")
# "ANTARA FOTO/Budi Santoso", "KOMPAS.com/RINA WULANDARI", "Shutterstock/Kuznetsov" alone on a line
_CREDIT_LINE = re.compile(r"(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) ?/ ?[\w.]+(?: [\w.]+){0,4}")
_CREDIT_ALONE = re.compile(r"(?:dok\.?|dokumentasi|istimewa|ilustrasi|shutterstock|getty images|istockphoto"
                           r"|unsplash|freepik|antara foto|pixabay|pexels|wikimedia commons|reuters|afp|ap photo)(?:\s+\w+){0,3}\.?", re.IGNORECASE)
# "(agt/krs)", "(ant)", "(*)", "(rdn/mdk)", "(Antara)", "(gie/gie)", "[ant]"
_INITIALS = re.compile(r"[(\[](?:(?:\*{1,3}|[A-Za-z]{2,6})(?:\s*/\s*[A-Za-z*]{1,6}){0,3}|antara)[)\]]\.?", re.IGNORECASE)
# Prompts in so many words; `_SUBSCRIBE_WORD` lines only when they do not read as prose.
_OUTLET_TAG = re.compile(r"[(\[](?i:(?:[\w-]+\.)+(?:com|co\.id|co|id|net))[^()\[\]]{0,40}[)\]]\.?")
# "BACA JUGA Terminal Mendolo ...": a link without the colon, a headline after it
_READ_ALSO_BARE = re.compile(r"(?i:baca\s+juga|baca\s+lagi|lihat\s+juga|simak\s+juga)\s+[A-Z0-9\"“]")
_SUBSCRIBE = re.compile(
    r"(?:baca\s+(?:berita|artikel)\s+tanpa\s+iklan|sudah\s+berlangganan|(?:ber)?langganan\s+sekarang|masuk\s+untuk"
    r"|login\s+untuk|daftar\s+(?:sekarang|gratis|akun)|buat\s+akun|download\s+(?:aplikasi|app)"
    r"|unduh\s+(?:aplikasi|app)|dapatkan\s+aplikasi|install\s+aplikasi|instal\s+aplikasi|akses\s+tanpa\s+batas"
    r"|nikmati\s+(?:akses|berita|artikel|pengalaman)|gratis\s+akses|upgrade\s+ke\s+premium|jadi\s+member"
    r"|menjadi\s+member|gabung\s+(?:member|premium)|dapatkan\s+akses|konten\s+premium|artikel\s+premium|khusus\s+(?:pelanggan|member)"
    r"|sign\s+in|sign\s+up|log\s+in|subscribe\s+(?:now|to)|get\s+the\s+app)\b", re.IGNORECASE)
# A mailing list's footer: "Anda menerima email ini karena terdaftar di ..." (issue 19, twentieth pass)
_MAILED_BECAUSE = re.compile(r"(?:anda|kamu)\s+menerima\s+(?:email|e-mail|surel|surat\s+elektronik|buletin|newsletter)"
                             r"\s+ini\s+karena\b", re.IGNORECASE)
# What no report says: a sentence starting "Login untuk ..." or "Download aplikasi ..." stays unless it says so.
# A newsletter's sign-off asking for a subscription: "Thanks for reading X! Subscribe for free ...", "Terima kasih
# sudah membaca X. Berlangganan gratis ..." (issue 19, heldout5: a Substack post)
_SIGN_OFF_PROMPT = re.compile(r"(?:thanks|thank\s+you|terima\s+kasih)\s+(?:for|sudah|telah|atas)\s+(?:reading|membaca)\b"
                              r".{0,80}\b(?:subscribe|berlangganan|langganan|share|bagikan|support|dukung)\b", re.IGNORECASE)
# A form field's placeholder, a short imperative closed by an ellipsis: "Type your email...", "Write a comment...",
# "Tulis komentar…", "Ketik kata kunci..." (no story line is an order to type, cut off)
_PLACEHOLDER = re.compile(r"(?:type|write|enter|add|search|tulis|ketik|masukkan|tambahkan|cari)\b[^.!?…]{0,40}"
                          r"(?:\.{2,}|…)", re.IGNORECASE)
# A day and a short month alone on a line, no year: "Jun 2", "2 Agu", "Oct 14" -- how comment threads and
# newsletter platforms date a comment (issue 19, heldout5); a timeline's headings write the month out (so not
# "Mei"/"May", which are whole names)
_DAY_MONTH = re.compile(r"(?:jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)\.?\s\d{1,2}"
                        r"|\d{1,2}\s(?:jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)\.?",
                        re.IGNORECASE)
# What a newsroom sells a subscription to: its paper, an edition, its e-paper, its letter
_PAPER = (r"(?:koran|surat\s+kabar|harian|majalah|tabloid|edisi|cetak|digital|e-?paper|premium|newsletter|buletin"
          r"|berita|kabar)\b")
_UNMISTAKABLE_PROMPT = re.compile(r"(?:tanpa|bebas)\s+iklan|akses\s+tanpa\s+batas|\bklik\b|di\s+sini\b|\+$|gratis\s+\d"
                                  # what the page shows only to a member: "... untuk melihat lebih banyak balasan"
                                  r"|\b(?:untuk|to)\s+(?:melihat|membaca|see|read)\s+(?:lebih\s+banyak|selengkapnya"
                                  r"|semua|more|all)\b"
                                  r"|akses\s+premium|(?:berlangganan|langganan|subscribe)(?:\s+\S+){0,3}\s+sekarang\b"
                                  # an offer's price per period and where to order it: "mulai Rp85.000 per bulan.
                                  # Hubungi bagian sirkulasi ..." (issue 19, sixth pass)
                                  r"|(?:rp\.?\s?\d[\d.,]*\s*(?:rb|ribu|k)?|\$\s?\d[\d.,]*)\s*(?:per|/)\s*(?:bulan|tahun"
                                  r"|minggu|pekan|edisi|month|year|week)\b.{0,60}\b(?:hubungi|kunjungi|klik|whatsapp|wa)\b"
                                  # a label the subscription of a paper opens, and where to order: "Berlangganan
                                  # edisi cetak: hubungi ..." (issue 19, twenty-fourth pass; "Berlangganan air
                                  # PDAM: hubungi kantor cabang ..." is a service guide's line)
                                  rf"|^(?:berlangganan|langganan|subscribe)\b[^.:!?]{{0,40}}?\b{_PAPER}[^.:!?]{{0,30}}:"
                                  r"\s*(?:hubungi|kunjungi|klik|kirim|daftar|whatsapp|wa|telepon|sms|contact|visit)\b",
                                  re.IGNORECASE)
# What a line that opens on a subscription offers: reading without limit, a price per period (issue 19, seventh
# pass: "Berlangganan Kompas.id untuk membaca artikel tanpa batas. Mulai dari Rp50.000 per bulan.")
# ("Langganan internet ... dipatok Rp300.000 per bulan" is a story's price: an offer says from what price)
_OFFER_TERMS = re.compile(r"\btanpa\s+batas\b|\bunlimited\b|\b(?:mulai(?:\s+dari)?|cukup|only|from|starting\s+at)\s+"
                          r"(?:rp\.?\s?\d[\d.,]*\s*(?:rb|ribu|k)?|\$\s?\d[\d.,]*)\s*"
                          r"(?:per|/)\s*(?:bulan|tahun|minggu|pekan|month|year|week)\b", re.IGNORECASE)
_SUBSCRIBE_WORD = re.compile(r"(?:berlangganan|langganan|login|masuk|daftar|subscribe|premium|gabung)\b",
                             re.IGNORECASE)
_APP_OR_CHANNEL = re.compile(
    r"\b(?:google\s+news|whatsapp\s+channel|saluran\s+whatsapp|channel\s+whatsapp|grup\s+telegram"
    r"|telegram\s+channel|newsletter|buletin\s+(?:email|surel|kami)|(?<!nomor\s)(?<!no\.\s)notifikasi|push\s+notification)\b",
    re.IGNORECASE)
# A story reporting someone's appeal to the public ("BPOM mengimbau masyarakat ... nomor notifikasi produk
# terdaftar melalui laman cekbpom.pom.go.id atau aplikasi BPOM Mobile", "Polisi meminta warga mengikuti akun
# resmi ..."): a subject before the verb, where an outlet's prompt starts with its imperative or is its own
# ("Kami mengajak para pembaca ..."); and a product's "nomor notifikasi" (its registration) is no notification
# (issue 19, ninth pass)
_REPORTED_APPEAL = re.compile(r"^(?!(?i:kami|redaksi|tim\s+redaksi)\s)(?:[\w.&()-]+\s+){1,6}(?:mengimbau|meminta|mengajak|menyarankan"
                              r"|mengingatkan|menganjurkan|mendorong)\s+(?:masyarakat|warga|publik|konsumen|orang\s+tua"
                              r"|pelanggan|pengguna|para)\b")
# An outlet's own app, membership or shop, promoted in one line in the story's column (issue 19, twelfth pass):
# "Download Aplikasi Kompas untuk Berita Terbaru!", "Dukung jurnalisme independen. Jadi anggota mulai Rp 20 ribu
# per bulan." (a price per period after the call), "Beli vitamin di Toko Sehat, gratis ongkir!". An app or a shop
# in a sentence ending in a full stop is the story's: a how-to's step "Unduh aplikasi Info BMKG untuk memantau
# cuaca.", a tip "Cek harga ... gratis ongkir."
_OWN_APP = re.compile(r"(?:download|unduh|install|instal|pasang)\s+(?:aplikasi|app)\b(?:.*!|.*\b(?:berita|artikel|info"
                      r"|informasi|news)\b[^.?]*)$", re.IGNORECASE)
_MEMBERSHIP = re.compile(r"(?:^|[.!?]\s+)(?:dukung|jadi(?:lah)?\s+(?:anggota|member|pelanggan|donatur)|menjadi\s+anggota"
                         r"|gabung|bergabung(?:lah)?|berlangganan(?:lah)?|langganan)\b", re.IGNORECASE)
_SHOP_PROMO = re.compile(r"^(?:beli|belanja|pesan|dapatkan|cek)\b.{0,120}\b(?:gratis|free|bebas)\s+ongkir\b[^.?]{0,40}$",
                         re.IGNORECASE)
_OWN_PROMO_WORDS = 25
"""Words at most of such a promotion."""
# "Download aplikasinya di App Store dan Google Play sekarang!": a sentence that opens with the call to install
# the outlet's app from a store (a story says "aplikasi itu bisa diunduh di Google Play")
_STORE_CALL = re.compile(r"(?:^|[.!?]\s+)(?:download|unduh|install|instal|pasang|dapatkan)\b[^.!?]*"
                         r"\b(?:app\s*store|google\s+play|play\s+store|appgallery)\b", re.IGNORECASE)
# "Dapatkan ringkasan artikel terbaik setiap pekan langsung di surel Anda.": an imperative to the reader's inbox;
# "Daftarkan email Anda untuk menerima newsletter ...": the address signed up for the outlet's letter (issue 19,
# twenty-fourth pass; "Daftarkan email aktif di laman PPDB untuk menerima kode verifikasi." is a how-to's step)
_NEWSLETTER = re.compile(r"(?:dapatkan|daftar|mendaftar|berlangganan|langganan|terima|subscribe|sign\s+up|get)\b"
                         r".*\b(?:surel|email|e-mail|kotak\s+masuk|inbox|buletin|newsletter)\b"
                         r"|daftarkan\b.*\b(?:surel|email|e-mail)\b.*\b(?:buletin|newsletter|berita|artikel|kabar)\b",
                         re.IGNORECASE)
_PROMPT_VERB = re.compile(
    r"\b(?:ikuti|follow|simak|baca|pantau|gabung|bergabung|klik|unduh|download|daftar|mendaftar|dapatkan|aktifkan|izinkan|berlangganan"
    r"|langganan|subscribe|kunjungi|cek|informasi\s+seputar|update\s+berita|berita\s+terkini|dapatkan\s+update)\b",
    re.IGNORECASE)
# What an outlet's call offers the reader: its news (a story's advice is to follow someone else's account or price);
# not an app's or an account's name that opens with such a word: "aplikasi Info BMKG" (issue 19, review of the
# thirtieth pass)
_NEWS_OFFER = re.compile(r"(?<!aplikasi\s)(?<!akun\s)"
                         r"\b(?:berita|artikel|informasi|info|kabar|update|news|terkini|terbaru|konten|gosip)\b",
                         re.IGNORECASE)


def _advice_after_statement(line: str) -> bool:
    """A call to follow or to turn on notifications that is a story's advice: it comes after a statement of the
    story in the same paragraph (some words, no call, no app or channel in it), ends in a full stop, and the
    line offers no news: "Harga tiket presale biasanya lebih murah. Aktifkan notifikasi akun resmi promotor
    supaya tidak ketinggalan." (issue 19, thirtieth pass). An outlet's call glued to a paragraph offers its
    news ("... ujarnya. Ikuti berita terkini di Google News."), and its own prompt opens the line."""
    sentences = _sentences(line.strip())
    first = sentences[0]
    return (len(sentences) > 1 and len(first.split()) >= _STATEMENT_WORDS and first.endswith(".")
            and not _prompt_verb(first) and not _APP_OR_CHANNEL.search(first)
            and line.rstrip(CLOSERS).endswith(".") and not _NEWS_OFFER.search(line))


def _notification_advice(line: str) -> bool:
    """A call to turn on or allow notifications, no other app or channel named, that ends in a full stop and offers
    no news and names nobody's notifications: a how-to's or a tip's step about the reader's phone ("Izinkan
    notifikasi lokasi hanya untuk aplikasi yang Anda percaya.", "Aktifkan notifikasi transaksi di aplikasi
    bank."), where the site's asks ("Izinkan notifikasi dari Warta Desa? Nanti Saja | Izinkan"), offers its news
    ("... untuk berita terbaru") or names itself ("Aktifkan notifikasi Warta Desa."); issue 19, thirtieth pass."""
    cues = [match[0].casefold() for match in _APP_OR_CHANNEL.finditer(line)]
    return (bool(cues) and all(cue == "notifikasi" for cue in cues) and line.rstrip(CLOSERS).endswith(".")
            and not _NEWS_OFFER.search(line) and not _NAMED_NOTIFICATIONS.search(line))


# Whose notifications a call names: "notifikasi Warta Desa", "notifikasi dari Kabar Lamaholot"
_NAMED_NOTIFICATIONS = re.compile(r"\b(?i:notifikasi)\s+(?:(?i:dari)\s+)?[A-Z]")


# Words that open a call before its verb: "Mari bergabung ...", "Jangan lupa follow ...", "... dengan mengikuti ..."
_CALL_OPENER = re.compile(r"\b(?:yuk|ayo|mari|jangan|lupa|segera|untuk|dengan)\b", re.IGNORECASE)


def _someone_did(line: str) -> bool:
    """The story telling what someone did that a prompt would bid: a prompt's verb after its subject in each
    sentence that has one ("Ia juga bergabung di grup Telegram relawan banjir.", "Uangnya raib setelah ia klik
    tautan."), no call opening it, the line ending in a full stop, addressing nobody and no "kami"; an outlet's
    call opens with its verb ("Ikuti ...", "Mari bergabung ...") or speaks to its reader or of itself (issue 19,
    review of the thirtieth pass)."""
    if not line.rstrip(CLOSERS).endswith(".") or _ADDRESSED.search(line) or _YOU.search(line) or _KAMI.search(line):
        return False
    verbs = [(sentence, match) for sentence in _sentences(_LIST_NOUN.sub(r"\1", line))
             for match in _PROMPT_VERB.finditer(sentence)]
    return bool(verbs) and all(_WORD.search(sentence[:match.start()])
                               and not _CALL_OPENER.search(sentence[:match.start()]) for sentence, match in verbs)


_STATEMENT_WORDS = 6
"""Words at least of the story's statement before its advice ("Dukung kami." opens an outlet's prompt)."""


# "daftar" after a verb or a preposition is a list, not the call to sign up: "Developer juga membuka daftar
# keinginan (wishlist) ...", "masuk dalam daftar tunggu" (issue 19, twenty-second pass)
_LIST_NOUN = re.compile(r"\b((?:me|di)\w+|dalam|dari|ke|pada)\s+daftar\b", re.IGNORECASE)


def _prompt_verb(line: str) -> bool:
    """A verb of a prompt (follow, read, join, sign up, click ...) in `line`, "daftar" as a list's noun aside."""
    return _PROMPT_VERB.search(_LIST_NOUN.sub(r"\1", line)) is not None


_DISCLAIMER = re.compile(
    r"(?:tanggung\s+jawab\s+(?:penuh\s+)?(?:bloger|blogger|penulis|kompasianer|pengguna|pembaca)"
    r"|tidak\s+mewakili\s+(?:pandangan|sikap|pendapat)\s+redaksi|di\s+luar\s+tanggung\s+jawab\s+redaksi"
    r"|bukan\s+(?:merupakan\s+)?(?:pandangan|sikap)\s+redaksi|^disclaimer\b|^penafian\b"
    r"|artikel\s+ini\s+(?:merupakan|adalah)\s+(?:kiriman|tulisan)\s+(?:pembaca|pengguna|warganet)"
    r"|ditulis\s+oleh\s+pengguna|user\s+generated\s+content|konten\s+ini\s+(?:dibuat|ditulis)\s+oleh"
    r"|(?:(?:artikel|berita|tulisan)|^(?:wawancara|ulasan|liputan|kolom|esai|resensi))\s+ini\s+(?:juga\s+)?(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|dipublikasikan)\s+(?:di|pada|dalam)"
    r"|artikel\s+ini\s+telah\s+(?:tayang|terbit)|telah\s+tayang\s+di\s+\S+\.(?:com|co\.id|id)"
    # (the article's note on its own checking: "Berita ini telah diverifikasi oleh redaksi ...", thirty-seventh pass;
    # "konten ini" is what a fact check checked: "Konten ini telah diperiksa oleh redaksi Cek Fakta dan ternyata ...",
    # issue 19, review of the thirty-seventh pass)
    r"|^(?:artikel|berita|tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?(?:diverifikasi|diperiksa|dicek)\b.{0,40}"
    r"\bredaksi\b"
    r"|^konten\s+(?:dari|kiriman)\s+(?:pengguna|pembaca)|^(?:tulisan|artikel)\s+(?:kiriman|dari)\s+pembaca"
    r"|this\s+(?:article|content)\s+(?:does\s+not|doesn't)\s+(?:reflect|represent))", re.IGNORECASE)
# The outlet's note on its reporters' press cards: it opens with its reporters ("Wartawan Kabar Kota ...",
# "Seluruh jurnalis kami ..."), names the card they carry, and asks the reader to report to the newsroom anyone
# who claims to be one ("... bila ada yang mengaku ..., laporkan ke redaksi"; issue 19, twenty-eighth pass). A
# story on false reporters opens elsewhere or says who asked it; a reporter who shows his card, or who lost it,
# is someone, and goes back to "kantor redaksi". The note's reporters carry the card in its first clause; a
# story's are someone first, named or told of ("Wartawan Garut Pos yang meliput ...", "Jurnalis senior Garut,
# Asep, menilai ..."; issue 19, review of the twenty-eighth pass).
_PRESS_CARD_NOTE = re.compile(r"(?:(?i:seluruh|semua|setiap)\s+)?(?i:wartawan|jurnalis|reporter)\s+(?:kami\b|[A-Z])"
                              r"(?=(?:(?!\b(?i:yang)\b)[^,;])*\b(?i:kartu|id\s+card|tanda\s+pengenal)\b)"
                              r"(?=.*\b(?i:ada|pihak|orang|oknum)\s+(?:\w+\s+)?(?i:yang)\s+(?i:mengaku|mengatasnamakan)\b)"
                              r"(?=.*\b(?i:laporkan|lapor|melapor|hubungi|menghubungi|konfirmasi|mengonfirmasi)"
                              r"\s+(?:\w+\s+){0,3}?(?i:redaksi)\b)")
_PRESS_CARD_WORDS = 60
"""Words at most of an outlet's note on its reporters' press cards."""
# The outlet's print edition, or its paper sold at the agents ("... edisi cetak ...", "Temukan Tabloid ... di agen
# terdekat"), named by a note on this piece ("Kisah ini terbit dalam ...") or by a call ("Baca juga di edisi cetak:
# ...", "... tersedia di toko buku. Berlangganan sekarang!", a readers' draw's "Gunting kupon di halaman 31 edisi
# cetak, ..."): the site's, as the development sets keep no such line (issue 19, thirty-seventh pass). A story that tells of a paper's print edition says so, or calls no one.
_PRINT_EDITION = re.compile(r"\b(?:edisi|versi)\s+cetak(?:nya)?\b|\b(?:koran|harian|majalah|tabloid)\b.*\bdi\s+agen"
                            r"\s+(?:koran\s+)?terdekat\b", re.IGNORECASE)
# (the note's piece is published there: "Laporan ini juga menyoroti ... edisi cetak ..." is a study's report, issue
# 19, review of the thirty-seventh pass)
_PRINT_NOTE = re.compile(r"^(?:artikel|berita|kisah|tulisan|wawancara|ulasan|liputan|laporan)\s+ini\s+(?:\w+\s+){0,2}?"
                         r"(?:terbit|tayang|dimuat|diterbitkan|dipublikasikan|tersedia|hadir)\b", re.IGNORECASE)
# (the call's verb is no noun, "Isi edisi cetak hari Minggu ...", "Pesan yang dimuat di ...", and a call tells
# nothing of how things are or were, "Langganan edisi cetak ... turun 20 persen", "Baca koran edisi cetak masih
# menjadi kebiasaan ...": issue 19, review of the thirty-seventh pass)
_PRINT_CALL = re.compile(r"(?:^|[.!?]\s+)(?:baca|dapatkan|temukan|berlangganan|langganan|beli|gunting|kirim"
                         r"|(?:pesan|isi)(?!\s+(?:edisi|versi)\b))\b(?!\s+yang\b)", re.IGNORECASE)
_PRINT_TOLD = re.compile(r"\b(?:makin|semakin|kian|tidak|tak|masih|sudah|telah|pernah|sedang|kini|menjadi|pun|turun"
                         r"|naik)\b", re.IGNORECASE)
_PRINT_WORDS = 40
"""Words at most of a note on the outlet's print edition."""
PRINT_EDITION_REASON = "the outlet's print edition (its note or its offer)"
# "Dengan masuk, kamu menyetujui Syarat & Ketentuan ...", "By signing in, you agree to ...": a login form's terms
_CONSENT = re.compile(r"(?:dengan\s+(?:masuk|mendaftar|login|log\s+in|login)|by\s+(?:signing|logging|registering))\b"
                      r".{0,80}\b(?:menyetujui|setuju|agree)", re.IGNORECASE)
# "Komentar yang mengandung SARA ... akan dihapus": a rule about comments, said of comments
_COMMENT_RULE = re.compile(r"(?:komentar|comments?)\s+(?:yang|which|that)\b.{0,120}\b(?:dihapus|dihapus\s+oleh"
                           r"|deleted|removed|dimoderasi|moderated)", re.IGNORECASE)
_COMMENT_POLICY = re.compile(
    r"(?:komentar|berkomentar|kolom\s+komentar|comment)\b.{0,120}\b(?:sara|bijak|kebijakan|pedoman|melanggar"
    r"|dihapus|menghapus|tanggung\s+jawab|login|masuk|ujaran|fitnah|sopan|santun|hoaks)"
    r"|(?:kebijakan|pedoman|aturan)\s+(?:berkomentar|komentar)|^(?:tulis|berikan|kirim|beri)\s+komentar"

    r"|^(?:belum\s+ada|jadilah\s+yang\s+pertama|tidak\s+ada)\s+(?:komentar|yang\s+berkomentar)",
    re.IGNORECASE)
# A rule said of comments as the sentence's subject, who answers for them: "Komentar sepenuhnya menjadi
# tanggung jawab pengirim ...", "Setiap komentar menjadi tanggung jawab pembaca" (a story's sentence may
# mention comments, but does not rule on who answers for them)
_COMMENT_LIABILITY = re.compile(
    r"(?:setiap\s+|segala\s+|seluruh\s+)?(?:komentar|comments?)\b.{0,60}\b(?:tanggung\s+jawab|responsib\w+)\b"
    r".{0,60}\b(?:pengirim|penulis(?:nya)?|pembaca|pengguna|komentator|users?|authors?|readers?)\b", re.IGNORECASE)
# A comment form's own words (WordPress in Indonesian and English): no report says these.
_COMMENT_FORM = re.compile(
    r"alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan|your\s+email\s+address\s+will\s+not\s+be\s+published"
    r"|^save\s+my\s+name,?\s+email|^simpan\s+nama,?\s+email|^notify\s+me\s+of\s+(?:new|follow)"
    r"|^beritahu\s+saya\s+(?:tentang|akan)|^(?:tinggalkan|berikan)\s+(?:balasan|komentar|tanggapan)\b"
    r"|^leave\s+a\s+(?:reply|comment)\b|^required\s+fields\s+are\s+marked|^ruas\s+yang\s+wajib\s+ditandai"
    # a form field's placeholder: "Silakan masukkan komentar anda!", "Please enter your name here"
    r"|^(?:silakan|silahkan|mohon)\s+(?:masukkan|isi|tulis)\s+(?:komentar|nama|(?:alamat\s+)?e-?mail|situs)"
    r"|^please\s+enter\s+(?:your\s+)?(?:comment|name|e-?mail)",
    re.IGNORECASE)
# Counters and buttons a scraper leaves as lines: "55", "8 komentar", "Lihat Foto", "Tutup", "Ikuti"
_BUTTONS = {
    "lihat foto", "lihat video", "lihat galeri", "tutup", "ikuti", "follow", "mengikuti", "selanjutnya",
    "sebelumnya", "berikutnya", "muat lebih banyak", "load more", "tampilkan lebih banyak", "lihat semua",
    "lihat lainnya", "kembali ke atas", "ke atas", "menu", "cari", "search", "login", "masuk", "daftar",
    "register", "sign in", "logout", "keluar", "beranda", "home", "indeks", "index", "terbaru", "trending",
    "video", "foto", "galeri", "infografis", "kirim", "laporkan", "laporkan konten", "beri nilai", "beri rating",
    "suka", "like", "balas", "reply", "upvote", "downvote", "simpan", "bookmark", "ikuti kami", "dengarkan", "dengarkan berita",
    "dengarkan artikel", "putar audio", "play", "zoom", "perbesar", "tonton", "tonton video", "pilihan editor",
    "pilihan redaksi", "video pilihan", "berita pilihan", "editor's pick", "headline", "hot issue", "newsletter",
    "aktual", "bermanfaat", "inspiratif", "menarik", "unik", "informatif", "lucu", "sedih", "marah", "kaget",
    "senang", "terhibur", "tidak menarik", "beri komentar", "tanggapi", "laporkan tulisan", "report",
    "tentang kami", "redaksi", "kontak", "hubungi kami", "kontak kami", "pedoman media siber", "kebijakan privasi",
    "privacy policy", "syarat dan ketentuan", "syarat & ketentuan", "karir", "karier", "info iklan",
    "iklan", "disclaimer", "terms of use", "about us", "contact", "sitemap", "rss", "loading", "memuat",
    "loading...", "memuat...", "topik terkait", "tag terkait", "tag", "tags", "topik", "topik pilihan",
    "kategori", "category", "artikel pilihan", "baca berikutnya", "next", "previous", "prev", "lanjut",
    "berita lainnya", "lainnya", "selengkapnya", "more", "komentar", "tulis tanggapan", "tanggapan",
    "facebook", "twitter", "whatsapp", "telegram", "linkedin", "instagram", "tiktok", "youtube", "pinterest",
    "email", "e-mail", "copy link", "salin link", "salin tautan", "zoom-in", "zoom in", "lihat semua foto",
    "laporkan akun", "laporkan", "like loading", "suka memuat", "like this", "suka ini", "related", "terkait", "cancel reply", "batalkan balasan",
    "tentang penulis", "profil penulis", "about the author", "berita populer", "terpopuler", "terkini",
    # podcast and newsletter promotions, blogging platforms, forums, academic outlets (any outlet's words)
    "podcast", "episode", "episodes", "quote", "kutip", "listen", "write", "open in app", "buka di aplikasi",
    "mitra", "partners", "pernyataan", "pernyataan pengungkapan", "disclosure statement", "lihat semua mitra",
    "terbitkan ulang artikel ini", "terbitkan ulang", "republish this article", "republish", "email anda",
    "your email", "alamat email", "help", "bantuan", "status", "about", "privasi", "privacy", "kebijakan",
    "dengarkan podcast", "more", "responses", "tanggapan", "clap", "claps",
    # comment threads and blog pages (Blogger, WordPress and forums, in Indonesian and English)
    "hapus", "delete", "balasan", "replies", "muat yang lain", "muat lebih banyak komentar", "tambahkan komentar",
    "add comment", "posting lebih baru", "posting lama", "newer post", "older post", "newer posts", "older posts",
    "arsip blog", "blog archive", "arsip", "archives", "mengenai saya", "tentang saya", "about me",
    "lihat profil lengkapku", "lihat profil lengkap saya", "lihat profil lengkap", "view my complete profile",
    "halaman selanjutnya", "halaman berikutnya", "next page", "halaman sebelumnya",
    "blogthis", "blogthis!", "comment", "kirim tulisan", "komentar anda", "your comment", "verified",
    # a page's own controls and states (copy-link toasts, loaders, previous / next article links)
    "sedang memuat", "link telah tersalin", "link tersalin", "tautan tersalin", "tautan disalin", "berhasil disalin",
    "link copied", "kirim artikel", "artikel selanjutnya", "artikel sebelumnya", "berita selanjutnya",
    "berita sebelumnya", "next article", "previous article", "kanal",
}
# "Pilihan Editor: ...", "Simak Video "..."": links to other articles, under another label than "Baca juga"
_RELATED_WORDS = (r"(?i:pilihan\s+editor|pilihan\s+redaksi|berita\s+pilihan|artikel\s+pilihan|baca\s+lagi"
                  r"|tonton\s+juga|saksikan\s+juga|saksikan\s+video|simak\s+video|video\s+pilihan"
                  r"|tonton\s+video|berita\s+terkait|artikel\s+terkait|lihat\s+juga"
                  r"|(?:simak|baca)\s+berita\s+lainnya|baca\s+selanjutnya|jangan\s+lewatkan|cek\s+berita"
                  r"|baca\s+artikel\s+\S+)")
_RELATED_LABEL = re.compile(rf"{_RELATED_WORDS}(?:\s*[:,\"“]?\s*\S|\s*:?$)")
# ... its words going on in lower case, the story's sentence: "Jangan lewatkan kesempatan ini, kata Ketua Panitia.",
# "Berita terkait kasus ini sudah dilaporkan ke polisi ...", "Tonton videonya di akun tersebut, tulis ..." (review
# of the twenty-seventh pass); not when it points at the site's other pages or channels ("Cek berita dan artikel
# yang lain di Google News.", "Saksikan video selengkapnya di bawah ini.")
_LABEL_TOLD = re.compile(rf"{_RELATED_WORDS}\w*\s+[a-z]")
_SITE_POINTER = re.compile(r"\b(?:berikut|di\s+bawah|di\s?sini|lainnya|selengkapnya|yang\s+lain|terbaru|google\s+news"
                           r"|youtube|whatsapp|telegram|instagram|tiktok|channel|kanal)\b", re.IGNORECASE)
# A picture's button to see it larger: "Klik untuk memperbesar", "Klik gambar untuk melihat lebih besar", "Click to
# enlarge", "Perbesar foto" (under an infographic's label, issue 19, twenty-eighth pass). A button has no full stop:
# "Ketuk foto untuk memperbesar." is a how-to's step (review of the twenty-eighth pass).
_ENLARGE = re.compile(r"(?:(?:klik|ketuk|sentuh|tap|click)\s+(?:\w+\s+){0,2}?(?:untuk|to)\s+(?:memperbesar|perbesar|enlarge"
                      r"|zoom|melihat\s+(?:lebih\s+besar|ukuran\s+penuh))|(?:perbesar|zoom)\s+(?:gambar|foto|infografis|image))",
                      re.IGNORECASE)
_ENLARGE_WORDS = 8
_EMBED = re.compile(r"\[(?:gambas|embed|video|baca\s+juga)[^\]]{0,80}\]", re.IGNORECASE)
# "Kompas.com", "TEMPO.CO", "Liputan6.com", "detikNews", "kumparanBISNIS": an outlet's name alone on a line
_OUTLET_LINE = re.compile(r"(?i:(?:[\w-]+\.)+(?:com|co\.id|co|id|net|org|tv|news|info))\+?|[a-z]{3,}[A-Z][A-Za-z]{2,}")
# "A", "A A A", "A- A A+": a page's text-size buttons (the key is case-folded)
_FONT_BUTTONS = re.compile(r"([a-z])[+-]?(?:\s+\1[+-]?){0,2}")
# A video channel's subscriber count: "1,8 jt subscriber", "25K subscribers", "12 rb pelanggan" (issue 19, eleventh
# pass: the channel's name above it was taken for the byline; a blog author's "1.2K Followers" stays as it was)
_FOLLOWERS = re.compile(r"\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|m)?\s*(?:subscribers?|pelanggan)")
FOLLOWERS_REASON = "subscriber counter (a video channel's)"
_ONLY_NUMBER = re.compile(r"[\d.,:+%x×]{1,12}|\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|m)")
SCORE_REASON = "review score"
# Its label on the line above: "Skor Tek.id", "Nilai Akhir", "Verdict", "Rating Kami"
_SCORE_LABEL = re.compile(r"(?i:skor|nilai|rating|score|penilaian|verdict)(?:\s+[\w.]+){0,2}\s*:?")


def score_label(line: str, following: str) -> bool:
    """Whether `line` labels the review's score on the line below it."""
    return _SCORE_LABEL.fullmatch(line) is not None and len(following.split()) <= 6 and (
        _SCORE.fullmatch(following) is not None)


# A review's score alone on its line, maybe under its label: "8/10", "8,5 / 10", "4.5/5", "Skor: 8,1/10", "Nilai
# akhir: 85/100" (issue 19, tenth pass: a phone review's score box stayed)
_SCORE = re.compile(r"(?:(?:skor|nilai|rating|score|penilaian|verdict)(?:\s+[\w.]+){0,2}\s*:\s*)?"
                    r"\d{1,3}(?:[.,]\d)?\s?/\s?(?:5|10|100)(?:\s*(?:poin|points?))?", re.IGNORECASE)
_HASHTAGS = re.compile(r"(?:#\w+\s*){1,}")
# (the row may end on its button to show the story whole, "1 2 Show All", "1 2 3 Tampilkan Semua"; forty-first pass)
_PAGE_END = r"(?:\s+(?:next|berikutnya|selanjutnya|show\s+all|tampilkan\s+semua|lihat\s+semua|semua))?"
_PAGE = re.compile(rf"(?:halaman|hal\.?|page)\s*:?\s*\d{{1,4}}(?:\s*(?:dari|of|/)\s*\d{{1,4}}"
                   rf"|(?:\s+\d{{1,4}}){{1,9}}{_PAGE_END})?"
                   rf"|\d{{1,4}}(?:\s+\d{{1,4}}){{1,9}}{_PAGE_END}", re.IGNORECASE)
# A sponsored block's disclosure: "Konten di bawah ini disajikan oleh advertiser", "Presented by our sponsor"
_SPONSOR_NOTE = re.compile(r"\b(?:disajikan|dipersembahkan|dibuat|ditulis|presented|brought\s+to\s+you)\s+(?:oleh|by)\s+"
                           r"(?:(?:the|our|pihak|para)\s+)?(?:advertiser|pengiklan|sponsor|mitra\s+(?:iklan|kami))\b",
                           re.IGNORECASE)
_ADS_WORDS = re.compile(r"(?:advertisement|iklan|sponsored|konten\s+(?:bersponsor|promosi|kerja\s*sama)"
                        r"|adv|ads\s+by|promoted|paid\s+partnership|artikel\s+promosi|advertorial)\b",
                        re.IGNORECASE)
# An ad player's countdown and buttons: "Iklan ditutup dalam 5 detik", "Iklan berakhir dalam 00:05", "Lewati iklan
# dalam 3 detik", "Skip ad", "Ad closes in 5 seconds", "Tutup iklan" (issue 19, eleventh pass), with the close
# button's mark after it: "Tutup Iklan [x]", "Close ad ✕" (fourteenth pass)
_AD_COUNTDOWN = re.compile(r"(?:(?:iklan|ads?|advertisement)\s+(?:akan\s+)?(?:ditutup|tertutup|berakhir|selesai|closes?|ends?)"
                           r"(?:\s+(?:dalam|in))?\s+(?:\d{1,2}:)?\d{1,2}\s*(?:detik|dtk|seconds?|secs?|s)?"
                           r"|(?:lewati|skip|tutup|close)\s+(?:iklan|ads?|advertisement)(?:\s+(?:dalam|in)\s+\d{1,2}\s*"
                           r"(?:detik|dtk|seconds?|secs?|s)?)?)(?:\s*[\[(]?[x×✕][\])]?)?", re.IGNORECASE)
_TTS = re.compile(r"(?:dengarkan|putar)\s+(?:berita|artikel|audio)|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}",
                  re.IGNORECASE)
# A video player's settings as its bar shows them: "1080p", "HD", "Kecepatan 1x", "Speed 1.5x", "Teks: Indonesia",
# "CC" (two or more of them make the row; issue 19, nineteenth pass)
_PLAYER_SETTING = re.compile(r"\b(?:\d{3,4}p|[48]K|HD|(?i:kecepatan|speed|playback\s+speed)\s*:?\s*\d(?:[.,]\d{1,2})?x"
                             r"|(?i:teks|subtitle|subtitles|takarir|CC)\s*:\s*\w+)(?!\w)")
_PLAYER_WORDS = 8
"""Words at most of a video player's settings row."""
# A spec sheet's row opens with the feature it lists, a label that is none of the player's settings: "- Video: 4K
# 30p, Full HD 120p", "Layar: 6,7 inci, HD+" (a camera's or a phone's specs, not its player; issue 19,
# twenty-eighth pass)
_SPEC_LABEL = re.compile(r"(?:[-•*+]\s*)?(?!(?i:teks|subtitles?|takarir|cc|kecepatan|speed|playback)\b)"
                         r"[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s")
# A bar shows its settings side by side; a list's entry ("- Rekam 4K dan 1080p") or a line that joins them in words
# ("Rekam 4K dan 1080p", "Mode 4K atau 1080p") is a review's (issue 19, review of the twenty-eighth pass)
_LIST_ENTRY = re.compile(r"[-•*+–]\s")
_WORD_IN_LOWER_CASE = re.compile(r"(?<![\w-])[a-z]{2,}\b")


def _player_bar(line: str, words: int) -> bool:
    """A video player's settings row: two settings or more, side by side, in a few words."""
    return (words <= _PLAYER_WORDS and len(_PLAYER_SETTING.findall(line)) >= 2 and not _full_sentence(line)
            and not _SPEC_LABEL.match(line) and not _LIST_ENTRY.match(line)
            and not _WORD_IN_LOWER_CASE.search(_PLAYER_SETTING.sub(" ", line)))


# "daftar sekarang dengan klik disini", "klik link berikut", "klik tombol di bawah ini", "klik tautan di deskripsi",
# "klik link lalu join": a promotion, whatever it offers, points at the site's link. A button or a link named by its
# label is a how-to's step ("Gulir ke bawah dan klik tombol Reset.", "klik tautan "Lupa kata sandi""; issue 19,
# twenty-sixth pass), as is one the story describes, where it is or whose or what it does ("klik tombol di pojok
# kanan atas", "klik tautan di bio Instagram @pemkot", "klik tautan di bio Instagram Pemkot", "klik link verifikasi
# yang dikirim ..."; review of the twenty-seventh and twenty-eighth passes)
_CLICK_HERE = re.compile(r"\bklik\s+(?:di\s?sini|(?:link|tautan|tombol)(?=\s*(?:$|[.,:;!)]|(?:berikut|ini|di\s?sini"
                         r"|di\s+(?:bawah|atas)|di\s+(?:deskripsi|bio)(?![^.]*(?:@\w|\b(?:instagram|tiktok|facebook"
                         r"|youtube|akun|kanal)\s+(?-i:[A-Z])))|lalu|kemudian)\b)))"
                         r"|\bclick\s+here\b", re.IGNORECASE)
# Someone bid to click, told of: "Korban kemudian diminta klik link berikut ...", "pelaku menyuruh korban klik
# tautan itu" (a scam the story reports, no promotion of the site's; issue 19, review of the twenty-sixth pass)
# ("Kami mengajak Anda klik tombol di bawah ini": the site bids its reader); or warned not to click: "Jangan pernah
# klik link berikut ...", "tidak asal klik link" (a warning the story reports; "jangan lupa klik" is the site's;
# review of the twenty-seventh pass)
_BID_TO_CLICK = re.compile(r"\b(?:diminta|disuruh|diarahkan|diperintahkan|dibujuk"
                           r"|(?:meminta|menyuruh|mengarahkan|membujuk)\s+(?!anda\b|kamu\b|pembaca\b)\w+"
                           r"|(?:jangan|tidak|tak)(?:\s+(?:pernah|sembarangan|asal|mudah|langsung))?)"
                           r"\s+(?:untuk\s+)?klik\b", re.IGNORECASE)
# A link's arrow and its call closing a line: "... di marketplace mulai Rp3.199.000 >> Cek sekarang", "... » Beli di
# sini", "→ Baca selengkapnya" (a shop's or a page's link; issue 19, twenty-fourth pass). The call is a button's
# label, capitalised, after the line's only arrow: a how-to's steps are a list's items or a chain of arrows, their
# verbs in lower case ("2. Masukkan NIK → klik Cari", "Buka aplikasi → Pilih menu → Cek status")
_ARROW_CALL = re.compile(r"(?!(?:\d{1,3}[.)]|[-*+–•·▪◦‣●○■□►▸➤])\s)[^>»→⇒➔➡]*(?:>>|»|→|⇒|➔|➡)\s*"
                         r"(?=[A-Z])(?i:cek|klik|beli|lihat|baca|dapatkan|pesan|kunjungi|check|buy|shop|see|get|order"
                         r"|read)\b[^.!?>»→⇒➔➡]{0,30}$")
_ARROW_CALL_WORDS = 25
"""Words at most of a line closed by a link's arrow and call."""
# A link's text alone, a call that sends the reader "here", no full stop: "Cek harga sofa bed di sini", "Beli di
# sini", "Unduh panduannya di sini" (a shop's or an affiliate's link under a listicle's item; issue 19,
# thirty-seventh pass)
_HERE_LINK = re.compile(r"(?i:cek|klik|beli|lihat|baca|dapatkan|pesan|kunjungi|unduh|download)\b[^.!?]{0,40}"
                        r"\bdi\s?sini\s*[!»›>]?")
_HERE_LINK_WORDS = 8
"""Words at most of a link's text that sends the reader here."""
# A notice speaks to the reader; a report about comments does not.
_ADDRESSED = re.compile(r"\b(?:anda|kamu|silakan|silahkan|mohon|harap|dilarang|jadilah|your|you|please)\b",
                        re.IGNORECASE)
_EDGE = " .:…»›>→←<«|-–—*•·!↓↑⬇▼▶+"
# "Blog at WordPress.com.", "Proudly powered by WordPress", "Tema oleh ...": the site's own credits
_SITE_CREDIT = re.compile(r"(?:blog\s+at|powered\s+by|proudly\s+powered|theme\s+by|tema\s+oleh|diberdayakan\s+oleh"
                          r"|dibuat\s+dengan|designed\s+by|didukung\s+oleh\s+wordpress|ditenagai\s+oleh)\b", re.IGNORECASE)


# "Tema Sederhana. Diberdayakan oleh Blogger.": the platform's credit after the theme's name
# (or a player's credit closing its row of links: "Unduh transkrip (.txt) · ... · Ditenagai oleh VoiceNews", issue 19,
# twentieth pass)
_SITE_CREDIT_INSIDE = re.compile(r"(?:\.|\s[·•|])\s+(?:diberdayakan\s+oleh|ditenagai\s+oleh|powered\s+by)\s+\w+\.?$",
                                 re.IGNORECASE)
# "Berbagi ke Twitter", "Bagikan ke Pinterest", "Kirimkan Ini lewat Email", "Share to Facebook"
# (a WordPress sharing button's label as a screen reader or a copy gives it: "Klik untuk berbagi pada Twitter(Membuka
# di jendela yang baru)", "Click to share on Facebook (Opens in new window)": issue 19, nineteenth pass)
_SHARE_TO = re.compile(r"(?:(?:klik\s+untuk|click\s+to)\s+)?(?:berbagi|bagikan|bagi|share|kirim(?:kan)?(?:\s+ini)?"
                       r"|send(?:\s+this)?)\s+(?:ke|di|pada|to|on|via|lewat|by)\s+(?:facebook|twitter|x|whatsapp|telegram"
                       r"|linkedin|pinterest|email|e-mail|line|reddit|threads)"
                       r"(?:\s*\((?:membuka|opens)\s+(?:di|in)\s+(?:a\s+)?(?:new\s+)?(?:jendela|tab|window)[^()]{0,20}\)?)?", re.IGNORECASE)
# "Posting Lebih Baru Posting Lama Beranda": a blog's navigation on one line
_BLOG_NAV = re.compile(r"(?:(?:posting\s+lebih\s+baru|posting\s+lama|newer\s+posts?|older\s+posts?|beranda|home)\s*)+",
                       re.IGNORECASE)
# "Sumber gambar, Getty Images", "Keterangan gambar, Warga antre ...": labels of an image's source and caption
_IMAGE_LABEL = re.compile(r"(?:sumber\s+gambar|keterangan\s+gambar|keterangan\s+foto|sumber\s+foto|image\s+source"
                          r"|image\s+caption|caption)\s*[,:]\s*\S", re.IGNORECASE)
# "Akhir dari Podcast", "Lewati Podcast dan lanjutkan membaca", "Skip Twitter post": the edges of an embed
_EMBED_EDGE = re.compile(r"(?:akhir\s+dari|lewati|skip|end\s+of)\s+(?:podcast|video|iklan|konten|promosi|newsletter"
                         r"|buletin|youtube|twitter|x|instagram|tiktok|facebook)\b", re.IGNORECASE)
# Counters of blogging platforms and forums: "214 Followers", "3 responses", "Like 12", "Posts: 1.204",
# "4 min read", "5 min read · Jan 12, 2025"
_PLATFORM_COUNTER = re.compile(
    r"\d[\d.,]*\s*(?:rb|k|jt)?\s+(?:followers|following|pengikut|mengikuti|responses?|tanggapan|claps?|balasan"
    r"|replies|reply|likes?|suka|posts?|kiriman|thread|reputasi)"
    r"|(?:likes?|suka|posts?|kiriman|replies|balasan|reputasi|followers|pengikut)\s*:?\s*\d[\d.,]*"
    r"|(?:komentar|comments?|tanggapan|diskusi|replies|balasan)\s*[(\[]\d[\d.,]*[)\]]"  # "Komentar (0)"
    r"|\d{1,3}\s+(?:min|mins|menit)\s+(?:read|baca|membaca|bacaan)(?:\s*·.*)?"
    # (a reading time, the number after its label: "Waktu baca: 4 menit", "Bacaan 6 Menit", "Reading Time: 4 mins read")
    r"|(?:(?:waktu|lama|estimasi|durasi)\s+(?:baca|membaca)|bacaan|reading\s+time)\s*:?\s*\d{1,3}\s*"
    r"(?:menit|min|mins|minutes?)(?:\s+(?:read|baca))?", re.IGNORECASE)
# When a writer joined a citizen-journalism or blogging platform, in the profile box by their name: "Bergabung sejak
# Maret 2024", "Member since 2019", "Joined Mar 2024" (issue 19, thirty-first pass: kept, it made the writer's bio
# above it read as the story's first sentence, and the headline under them went unseen)
_MEMBER_SINCE = re.compile(r"(?:bergabung|anggota|member|joined)(?:\s+(?:sejak|since|pada|on))?\s+"
                           r"(?:\d{1,2}\s+)?(?:[^\W\d_]{3,9}\.?\s+)?(?:19|20)\d\d")
JOINED_REASON = "a writer's profile (when they joined the platform)"
# "Quote: Originally posted by rangga", "More from Nadia", "Artikel lain dari penulis ini", "Recommended from Medium"
_QUOTED_POST = re.compile(r"(?:quote\s*:?\s*)?(?:original(?:ly)?\s+posted\s+by|kutipan\s+dari|dikutip\s+dari\s+postingan)\b",
                          re.IGNORECASE)
_MORE_FROM = re.compile(r"(?:more\s+from|recommended\s+from|lainnya\s+dari|artikel\s+lain\s+dari"
                        r"|tulisan\s+lain\s+dari|more\s+stories\s+from)\b", re.IGNORECASE)
# "Anda dapat menerbitkan ulang artikel ini ...", "Republish this article": academic outlets' notices
# also a reuse licence on its condition of credit: "Semua konten ... bebas untuk digunakan kembali dengan mencantumkan
# sumbernya", "... boleh dikutip ulang dengan menyebutkan sumber" (issue 19, heldout5)
_REPUBLISH = re.compile(r"(?:menerbitkan|terbitkan)\s+ulang\s+(?:artikel|tulisan)|republish\s+(?:this|our)\b"
                        r"|(?:digunakan|dikutip|diterbitkan|disiarkan|dipublikasikan|disebarluaskan|dimuat)\s+"
                        r"(?:kembali|ulang)\b.{0,60}\b(?:mencantumkan|menyebutkan|menyertakan)\s+(?:sumber|tautan|link)"
                        r"|free\s+to\s+(?:republish|reuse|share)\b.{0,60}\b(?:credit|attribution|source)",
                        re.IGNORECASE)


# The outlet's note on a change to the story it prints: "Berita ini telah diperbarui dengan tanggapan ...",
# "Ralat: Artikel ini mengalami perubahan pada judul", "This story has been updated ..." -- of this very text
# ("ini"): a report or a bill a story tells of ("Laporan ini diperbarui setiap tahun") is no note (issue 19,
# tenth pass)
_UPDATE_NOTE = re.compile(r"(?:\[?(?:update|pembaruan|ralat|koreksi|catatan\s+redaksi|editor'?s\s+note)\]?\s*:?\s*)?"
                          r"(?:(?:berita|artikel|tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?(?:di(?:perbarui|perbaharui"
                          r"|update|ralat|koreksi|revisi|ubah|perbaiki)|mengalami\s+(?:pembaruan|perubahan|perbaikan"
                          r"|koreksi|ralat|revisi))|this\s+(?:article|story|post)\s+(?:has\s+been|was)\s+(?:updated"
                          r"|corrected|amended))\b", re.IGNORECASE)
_UPDATE_NOTE_WORDS = 40
"""Words at most of a note on a change to the story."""


# "Dilarang keras mengambil konten, melakukan crawling ...": a notice against copying the page
_NO_COPYING = re.compile(r"dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|memperbanyak|menyebarluaskan"
                         r"|mereproduksi|menayangkan\s+ulang)\b", re.IGNORECASE)
# "Dapatkan berita up to date ... hanya di Okezone.com": the outlet promoting itself
_OUTLET_PROMO = re.compile(r"(?:dapatkan|baca|simak|ikuti|temukan|nikmati)\b.{0,100}\b(?:hanya\s+di|only\s+on|di)\s+"
                           r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|tv)\.?$", re.IGNORECASE)


# A notice under its own label: "Disclaimer: Semua konten ...", "Penafian: ...", "Sanggahan: ..."
# (and a review's disclosure of who lent the unit: "Disclosure: Unit review dipinjamkan oleh ...", issue 19, eighth pass)
_NOTICE_LABEL = re.compile(r"(?:disclaimer|penafian|sanggahan|pernyataan\s+penyangkalan|disclosure|full\s+disclosure"
                           r"|pengungkapan)\s*:\s+\S", re.IGNORECASE)


def pattern_reason(line: str) -> str | None:
    """Why `line` (stripped, non-blank) is page boilerplate whatever the outlet, or None.

    Only short lines or lines with an unmistakable shape match: a sentence that merely mentions one of
    these words ("Warga berlangganan air bersih ...") is not taken. Every pattern runs on lines of a
    bounded number of words only, so a huge line costs one split. The first kind that matches, in this
    order, names the reason: shapes of page furniture, blogging platforms, captions, prompts and
    comment rules, notices, then site credits, ads and the site speaking to the reader."""
    if _NOTICE_LABEL.match(line):
        return "platform disclaimer"  # (labelled, at any length: a financial site's disclaimer runs long)
    words = len(line.split())
    if words > 60:
        return None
    key = line.casefold().strip(_EDGE)
    return (_shape_reason(line, key, words) or _platform_reason(line, key, words) or _caption_reason(line, words)
            or _prompt_reason(line, words) or _notice_reason(line, words) or _site_reason(line, key, words))


# A link to a file with its size: "Unduh PDF (214 KB)", "Download Lampiran [PDF, 1,2 MB]", "Laporan Tahunan 2025
# PDF · 3.4 MB": a file's format or a download's word, then the size in KB or MB ("SSD 512 GB", "RAM: 16 GB" are
# specs; issue 19, ninth pass)
_FILE_SIZE_END = re.compile(r"(?:\b(?:PDF|DOCX?|XLSX?|PPTX?|ZIP|RAR)\b|\b(?i:unduh|download|lampiran|attachment)\b)"
                            r".{0,60}?[(\[,·•|-]?\s*\d+(?:[.,]\d+)?\s*(?i:KB|MB)\s*[)\]]?$")
# A button to download the page as a file, without its size: "Unduh PDF", "Download Siaran Pers (PDF)", "Cetak
# Dokumen" (issue 19, twelfth pass: "Unduh PDF" under a release's date was taken for its author)
_DOWNLOAD_BUTTON = re.compile(r"(?i:unduh|download|cetak|print)\s+(?:[\w-]+\s+){0,3}?\(?(?:PDF|DOCX?|(?i:dokumen|berkas"
                              r"|file|lampiran))\)?")
# A video's label with its length on one line: "Highlight PSM vs Persita | 04:12", "Video: Banjir di Kemang (1:02)",
# "Tonton Cuplikan Laga Final - 12:45", "YouTube: Official Trailer | 2:17" (issue 19, ninth and twelfth pass; alone
# on its line the length is `_DURATION`'s)
_VIDEO_AND_LENGTH = re.compile(r"(?i:video|highlights?|cuplikan|tonton|saksikan|watch|klip|trailer|youtube|vimeo)\b.{2,100}?"
                               r"\s*(?:[|·•–—-]\s*|\(|\[)\d{1,2}:\d{2}(?::\d{2})?[)\]]?")


# A button drawn in brackets, alone on its line: "[ Infak Sekarang ]", "[ Hitung ]" (issue 19, sixteenth pass)
_BRACKETED_BUTTON = re.compile(r"\[\s*[^\W\d_][^\[\].!?]{0,30}?\s*\]")
# ... or a longer one in capitals: "[ TONTON CUPLIKAN GOL DI YOUTUBE ]" (a newsletter's, issue 19, twentieth pass)
_BRACKETED_CALL = re.compile(r"\[\s*[A-Z][A-Z0-9 '’&/-]{0,60}?\s*\]")
_BRACKETED_CALL_WORDS = 10
# A comment's row of buttons and its reactions, apart by dots: "Balas · 14 👍", "Suka · Balas · 2 j", "Reply · 3 ❤️"
# (issue 19, thirty-ninth pass: a game site's and a forum's comments)
_REACTION = re.compile(r"\d[\d.,]*\s*(?:rb|k|jt)?\s*[^\w\s]{0,3}|[^\w\s]{1,3}\s*\d[\d.,]*"
                       r"|\d{1,2}\s*(?:j|jam|m|mnt|menit|h|d|hr\.?|min)(?:\s+(?:lalu|ago))?")
_ROW_APART = re.compile(r"\s*[·•]\s*")


def _button_row(key: str) -> bool:
    parts = [part for part in _ROW_APART.split(key) if part]
    return (len(parts) >= 2 and any(part in _BUTTONS for part in parts)
            and all(part in _BUTTONS or _REACTION.fullmatch(part) for part in parts))


# A form's blank to fill in: "Penghasilan per bulan: Rp ______" (a calculator or sign-up box)
_BLANK_TO_FILL = re.compile(r":\s*(?:Rp\.?\s*)?_{4,}")
_FORM_FIELD_WORDS = 8


def _shape_reason(line: str, key: str, words: int) -> str | None:
    """Buttons, counters, initials, outlet tags, related-article labels and embeds (`pattern_reason`)."""
    if (key in _BUTTONS or (words <= 5 and _BRACKETED_BUTTON.fullmatch(line))  # (3 words and the brackets)
            or (words <= _BRACKETED_CALL_WORDS and _BRACKETED_CALL.fullmatch(line))):
        return "button or menu item"
    if words <= 8 and _button_row(key):
        return "a comment's buttons and reactions"
    if words <= _FORM_FIELD_WORDS and _BLANK_TO_FILL.search(line):
        return "a form's field to fill in"
    if words == 2 and _DAY_MONTH.fullmatch(line):
        return "date of a comment (day and month, no year)"
    if _FONT_BUTTONS.fullmatch(key):
        return "button or menu item"
    if _ONLY_NUMBER.fullmatch(key):
        return "counter (views, likes, comments)"
    if words <= 4 and _FOLLOWERS.fullmatch(key):
        return FOLLOWERS_REASON
    if words <= 6 and _SCORE.fullmatch(line):
        return SCORE_REASON
    if _INITIALS.fullmatch(line):
        return "editor initials"
    if words <= 8 and _OUTLET_TAG.fullmatch(line):  # "(tirto.id - Sosial Budaya)"
        # "(suaramerdeka.com/Royce Wijaya)": the outlet and a name after a slash credit a photo (issue 19)
        return "photo credit" if re.search(r"/\s?[A-Z]", line) else "editor initials"
    if words <= 25 and ((_RELATED_LABEL.match(line) and not _told_after_label(line))
                        or (_READ_ALSO_BARE.match(line) and not _full_sentence(line))):
        return "related-article link"
    if previous_or_next(line):
        return PREVIOUS_NEXT_REASON
    if words <= 12 and _EMBED.fullmatch(line):
        return "embedded media placeholder"
    if words <= _ENLARGE_WORDS and _ENLARGE.fullmatch(line.strip(_EDGE)) and not line.rstrip().endswith("."):
        return "button or menu item"
    if words <= 12 and _FILE_SIZE_END.search(line) and not _full_sentence(line):
        return "download link (a file and its size)"
    if words <= 5 and _DOWNLOAD_BUTTON.fullmatch(line):
        return "download link (the page as a file)"
    if words <= 14 and _VIDEO_AND_LENGTH.fullmatch(line):
        return "an embedded video's title (with its duration)"
    return None


def _told_after_label(line: str) -> bool:
    """A related link's label opening a sentence of the story that goes on in lower case (`_LABEL_TOLD`)."""
    return _full_sentence(line) and _LABEL_TOLD.match(line) is not None and not _SITE_POINTER.search(line)


# "Daftar 26 Pemain ...", "Daftar Pemain", "Masuk Final ...": "daftar" (a list) and "masuk" (to enter) before a
# number or a capitalised word start a headline or a heading, not a login button (issue 19)
_NOUN_DAFTAR = re.compile(r"(?i:daftar|masuk)\s+(?:\d|[A-Z][a-z])")


def noun_list(line: str) -> bool:
    """"Daftar 26 Pemain ...", "Daftar Pemain", "Masuk Final ...": a headline or heading, not a login button."""
    return _NOUN_DAFTAR.match(line) is not None


def _prompt_reason(line: str, words: int) -> str | None:
    """Outlet names, subscription, app and newsletter prompts, disclaimers, comment forms and rules."""
    if words <= 4 and _OUTLET_LINE.fullmatch(line.strip(_EDGE)):
        return "outlet name"
    if words <= 20 and (_SUBSCRIBE.match(line) or (_SUBSCRIBE_WORD.match(line) and not _NOUN_DAFTAR.match(line))) and (
            (not is_prose(line) and not _full_sentence(line)) or _UNMISTAKABLE_PROMPT.search(line)
            or _OFFER_TERMS.search(line)):
        return "subscription or login prompt"
    if words <= 30 and _MAILED_BECAUSE.match(line):
        return "subscription or login prompt"
    # (a numbered list's item is a step of the story's tips: "4. Aktifkan notifikasi BRImo agar setiap transaksi
    # tercatat.", issue 19, review of the thirtieth pass)
    if words <= 40 and ((_APP_OR_CHANNEL.search(line) and _prompt_verb(line) and not _REPORTED_APPEAL.search(line)
                         and not _advice_after_statement(line) and not _notification_advice(line)
                         and ordered_item(line) is None and not _someone_did(line))
                        or _STORE_CALL.search(line)):
        return "follow or app prompt"
    if words <= _OWN_PROMO_WORDS and (_OWN_APP.match(line) or _SHOP_PROMO.match(line)
                                      or (_MEMBERSHIP.search(line) and _OFFER_TERMS.search(line))):
        return "follow or app prompt" if _OWN_APP.match(line) else "subscription or login prompt"
    if words <= 20 and _NEWSLETTER.match(line):
        return "subscription or login prompt"
    if words <= 40 and _SIGN_OFF_PROMPT.match(line):
        return "subscription or login prompt"
    if words <= 6 and _PLACEHOLDER.fullmatch(line):
        return "form field placeholder"
    if _DISCLAIMER.search(line):
        return "platform disclaimer"
    if words <= _PRESS_CARD_WORDS and _PRESS_CARD_NOTE.match(line) and not SAID_BY.search(line):
        return "the outlet's note on its reporters' press cards"
    if (words <= _PRINT_WORDS and _PRINT_EDITION.search(line) and not SAID_BY.search(line)
            and (_PRINT_NOTE.search(line) or (_PRINT_CALL.search(line) and not _PRINT_TOLD.search(line)))):
        return PRINT_EDITION_REASON
    if ((words <= 50 and _CLICK_HERE.search(line) and _prompt_verb(line) and not _BID_TO_CLICK.search(line)
         and not _someone_did(line))
            or (words <= _ARROW_CALL_WORDS and _ARROW_CALL.match(line))
            or (words <= _HERE_LINK_WORDS and _HERE_LINK.fullmatch(line))):
        return "promotion (click here)"
    if words <= 30 and _COMMENT_FORM.search(line):
        return "comment form"
    if words <= 50 and ((_COMMENT_POLICY.search(line) and (not is_prose(line) or _ADDRESSED.search(line)))
                        or _COMMENT_LIABILITY.match(line)):
        return "comment policy"
    return None


def _site_reason(line: str, key: str, words: int) -> str | None:
    """Site credits, ads, hashtags, pagination, sponsor notes, rights, fine print, the site to its reader."""
    if (words <= 10 and _SITE_CREDIT.match(line)) or (words <= 15 and _SITE_CREDIT_INSIDE.search(line)):
        return "site credits"
    if words <= 6 and _ADS_WORDS.fullmatch(key):
        return "advertisement"
    if words <= 10 and _AD_COUNTDOWN.fullmatch(key):
        return "advertisement (its player's countdown or skip button)"
    if words <= 12 and _HASHTAGS.fullmatch(line):
        return "hashtags"
    if words <= 12 and (_PAGE.fullmatch(key) or _TTS.match(key)):
        return "page navigation or audio player"
    if _player_bar(line, words):
        return "page navigation or audio player"
    if words <= 30 and _SPONSOR_NOTE.search(line):
        return "advertisement"
    if words <= 8 and _RIGHTS_ALONE.fullmatch(key):
        return "copyright notice"
    if words <= _LICENCE_WORDS and _LICENCE.search(line) and _OWN_WORK.search(line) and not SAID_BY.search(line):
        return "copyright notice"
    if words <= _REFERENCE_WORDS and _REFERENCE.match(line):
        return "reference list entry (author, year, title)"
    if words <= _RIGHTS_WORDS and _RIGHTS_AT_END.search(line) and len(re.findall(r"[.!?]\s", line)) <= 2:
        return "copyright notice"
    if words <= 8 and _FINE_PRINT.fullmatch(key):
        return "promotion's fine print"
    if words <= PROMPT_WORDS and (words <= 15 or _full_sentence(line)) and site_prompt(line):
        return SITE_PROMPT  # (a long piece that ends no sentence may be a line of a hard-wrapped paragraph)
    return None


# A call to the reader: an imperative a site uses at the start of a line, of a sentence, after a label's colon
# or at the end ("Dukung ...", "Yuk gabung ...", "ESPOS PLUS: Dapatkan ...", "... AI? Laporkan")
_CALL = re.compile(r"(?:^|[.!?:]\s+|\]\s*)(?:yuk|ayo|mari|jangan\s+lupa|dukung|berdonasi|donasi|dapatkan|unduh|download|install"
                   r"|instal|ikuti|gabung|bergabung|tulis|kirim(?:kan)?|laporkan"
                   r"|tonton|saksikan|kunjungi|nikmati|temukan|baca|simak|cek|klik|beri(?:kan)?)\b"
                   r"|\b(?:laporkan|ikuti\s+kami|klik\s+di\s*sini)\W*$", re.IGNORECASE)
# The reader addressed in the second person, or asked about "this article"
_YOU = re.compile(r"\b(?:anda|kamu|kalian|you|your)\b|\b(?:artikel|berita|tulisan|konten)\s+ini\b[^.!]*\?",
                  re.IGNORECASE)
# The site speaking of itself or its offers: "kami" (the outlet), its articles, app, community, comments,
# premium, ads, cookies, donations
_SITE_WORDS = re.compile(r"\b(?:kami|artikel|aplikasi|situs|website|laman|kanal|channel|premium|iklan|langganan"
                         r"|komunitas|donasi|berdonasi|jurnalisme|komentar|cookies?|privasi|newsletter|media\s+sosial"
                         r"|social\s+media|di\s*sini|sekarang|redaksi|cashback|promo|diskon)\b", re.IGNORECASE)
# What closes a copyright line, alone on its own line: "All rights reserved.", "Hak cipta dilindungi undang-undang"
_RIGHTS_ALONE = re.compile(r"(?:all\s+rights\s+reserved|(?:seluruh\s+|semua\s+)?hak\s+cipta\s+dilindungi"
                           r"(?:\s+undang-undang)?)")
# The site's licence for its own work: "Karya dalam situs ini dilisensikan CC BY-NC-ND 4.0 ...", "Lisensi: CC BY 4.0",
# "Konten kami berlisensi Creative Commons" (issue 19, thirty-seventh pass); a story tells of someone else's licence
_LICENCE = re.compile(r"\bCC\s+BY(?:-[A-Z]{2}){0,3}\b|\bcreative\s+commons\b", re.IGNORECASE)
# (the work is what the licence covers, its verb right after: "Artikel ini dan ribuan artikel lain dapat disunting
# siapa pun, asalkan mematuhi lisensi CC BY-SA 4.0" is an encyclopedia's, issue 19, review of the thirty-seventh pass)
_OWN_WORK = re.compile(r"\b(?:situs|konten|karya|artikel|tulisan)\s+(?:ini|kami)\s+(?:\w+\s+){0,2}?(?:dilisensikan"
                       r"|berlisensi|dilindungi|(?:berada\s+|tersedia\s+)?di\s+bawah)\b|^(?:lisensi|license)\s*:|©",
                       re.IGNORECASE)
_LICENCE_WORDS = 40
"""Words at most of a site's licence notice."""
# A copyright notice written as a sentence, closing a short line: "Seluruh konten dilindungi undang-undang hak
# cipta.", "Hak cipta dilindungi oleh undang-undang.", "... Semua isi berita dilindungi undang-undang." (issue 19,
# seventh pass; "hak pekerja dilindungi undang-undang" is a story's, it names no content nor copyright)
_RIGHTS_AT_END = re.compile(r"(?:^|[.!?]\s+)(?:(?i:seluruh|semua)\s+(?i:konten|isi|materi|artikel|berita|tulisan|foto)"
                            r"[^.!?]{0,60}?\s+(?i:dilindungi)\s+(?i:oleh\s+)?(?i:undang-undang|uu)(?:\s+(?i:hak\s+cipta))?"
                            r"|(?i:hak\s+cipta)\s+(?i:dilindungi)\s+(?i:oleh\s+)?(?i:undang-undang|uu)"
                            r"|(?i:all\s+rights\s+reserved))\.?$")
_RIGHTS_WORDS = 30
# An entry of a list of sources as APA and its kin write it: the author, the year in brackets, then the title --
# "Kementerian Kesehatan RI. (2025). Situasi Dengue ...", "Sari, D. (2024, 3 Maret). Judul ..." (issue 19, seventh
# pass; a story never sets a year so between two full stops)
_REFERENCE = re.compile(r"[^()]{2,150}?\.\s?\((?:(?:19|20)\d\d[a-z]?|n\.\s?d\.|t\.\s?t\.)(?:,\s?[^()]{1,30})?\)\.\s+\S")
_REFERENCE_WORDS = 60
"""Words at most of a reference list's entry."""
"""Words at most of a line closed by a copyright sentence (a publisher's line before it: who it belongs to)."""
# An institution's greeting banner set in the page, in capitals: "SELAMAT MEMPERINGATI HARI JADI KABUPATEN ...",
# "DIRGAHAYU KOTA ... KE-80", "SELAMAT HARI RAYA IDUL FITRI 1448 H" (its sender's lines under it, issue 19,
# twenty-eighth pass). "SELAMAT DARI BANJIR" names no occasion: a feature's subheading; a headline in capitals
# joins its clauses with a comma or a colon ("DIRGAHAYU RI KE-81, WARGA ...", "SELAMAT HARI INI, ...").
_GREETING_BANNER = re.compile(r"(?:SELAMAT\s+(?:MEMPERINGATI|MERAYAKAN|MENYAMBUT|MENUNAIKAN|HARI(?!\s+INI\b)|HUT|IDUL|NATAL"
                              r"|TAHUN\s+BARU|ULANG\s+TAHUN|DATANG\s+BULAN)|DIRGAHAYU)\b[A-Z0-9 &'’/()-]*")
_GREETING_WORDS = 12


def greeting_banner(line: str) -> bool:
    """An institution's greeting in capitals ("SELAMAT MEMPERINGATI HARI JADI ...", "DIRGAHAYU ..."): a banner
    when the lines of who sends it stand under it (`context`); alone it may be a headline in capitals."""
    return len(line.split()) <= _GREETING_WORDS and _GREETING_BANNER.fullmatch(line) is not None


# Who sends a greeting banner: an institution, its office holders or its people ("Pemerintah Kabupaten ...",
# "Bupati & Wakil Bupati ...", "Keluarga Besar PT ...", "H. Ahmad Yani, S.Sos"). A story's list under a greeting
# in capitals names no sender: a programme's items, winners ("Pawai Obor Keliling Desa", "Juara I Tarik
# Tambang"; issue 19, review of the twenty-eighth pass)
_GREETING_SENDER = re.compile(
    r"(?:(?i:segenap|seluruh|keluarga\s+besar|jajaran|pimpinan|manajemen|direksi|pengurus|civitas|sivitas)\b"
    r"|(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemdes|Bupati|Wakil|Wali\s*[Kk]ota|Walikota|Gubernur|Ketua|Kepala|Camat"
    r"|Lurah|Kades|Sekda|Sekretaris|Direktur|Rektor|Kapolres|Kapolda|Kapolsek|Dandim|Danrem|Kajari|Anggota"
    r"|DPRD|DPR|Dinas|Badan|Kantor|Kementerian|Universitas|Partai|Fraksi|Yayasan|Polres|Polda|Kodim|Koperasi"
    r"|Perumda|PDAM|Bank|PT|CV|Tbk)\b|(?:H|Hj|Dr|Drs|Dra|Ir|Prof)\.\s)")


def greeting_sender(line: str) -> bool:
    """A line under a greeting banner that names who sends it (an institution, an office, a titled person)."""
    return _GREETING_SENDER.match(line) is not None


# A promotion's fine print: "*S&K berlaku", "Syarat dan ketentuan berlaku", "T&C apply"
_FINE_PRINT = re.compile(r"\*?\s*(?:s\s*&\s*k|syarat\s+(?:dan|&)\s+ketentuan|t\s*&\s*c|terms(?:\s+and\s+conditions)?)"
                         r"\s+(?:berlaku|apply|applies)")
SITE_PROMPT = "the site speaking to the reader (promotion, request or notice)"
PROMPT_WORDS = 35
"""Words at most of a line in which the site speaks to the reader."""


# What only the site says of itself to a reader it calls or addresses: its own ("kami"), its offers (premium,
# no ads, subscriptions, donations, cashback), its cookies and privacy, its community, "the others" it lists
# of its content or that it calls the reader to ("artikel lainnya", "tulisan Bagus Permadi lainnya", "Yuk cek yang
# lainnya"; "kunci lainnya" in a how-to's definition addressing the reader is the other key, issue 19,
# twenty-eighth pass). The others it calls to are its pieces or unnamed: "Baca juga buku-buku lainnya di
# perpustakaan desa", "Ikuti jalur trekking lainnya ..." are a story's (review of the twenty-eighth pass).
_OWN_WORDS = re.compile(r"\b(?:kami|premium|iklan|langganan|berlangganan|donasi|berdonasi|cookies?|privasi|newsletter"
                        r"|cashback|komunitas|(?:artikel|berita|tulisan|konten|video|info|informasi|cerita|kabar"
                        r"|promo|tips)(?:\s+\S+){0,4}?\s+lainnya"
                        r"|\b(?:yuk|ayo|baca|simak|cek|lihat|temukan|kunjungi|tonton|ikuti|dapatkan|klik)\b"
                        r"(?:\s+(?:juga|pula|yang|lagi))*\s+lainnya|\b(?:yuk|ayo|baca|simak|cek|lihat|temukan|kunjungi"
                        r"|tonton|ikuti|dapatkan|klik)\b[^.!?]{0,60}?\b(?:liputan|komentar|resep\S*|foto|galeri|update"
                        r"|kejutan|kisah|ulasan|opini|kolom|postingan|konten|artikel|berita|tulisan|video)\b[^.!?]{0,40}?\blainnya"
                        r"|selengkapnya|breaking\s+news|(?:update|info|informasi)\s+berita"
                        r"|berita\s+(?:pilihan|terbaru|terkini|terupdate))\b|\bsitus\s+ini\b", re.IGNORECASE)


def site_prompt(line: str) -> bool:
    """`reader_prompt` with what only a site says of itself ("Unduh aplikasi kami ...", "Dapatkan akses
    berita premium ... tanpa iklan", "Yuk Baca Artikel Lainnya!"): boilerplate wherever it stands; not a
    story's appeal for others (`_appeal_for_others`)."""
    return reader_prompt(line, _OWN_WORDS) and not _appeal_for_others(line)


# What a donation's appeal may name that is not the site's own: the donation, a community
_APPEAL_WORDS = frozenset({"donasi", "berdonasi", "komunitas"})
# A name inside a sentence, after a word in lower case: a place, a group, a person ("... di Kupang", "... Karang Taruna")
_NAME_INSIDE = re.compile(r"(?<=[a-z,]\s)[A-Z][a-z]{2,}")


def _appeal_for_others(line: str) -> bool:
    """A story's appeal for donations to others, in the third person: "Ingin membantu? Donasi buku bisa dikirim
    ke sekretariat komunitas di Kupang." -- none of the site's words but the donation and a community, the
    reader not addressed, and a name inside a sentence for whom or where it goes. The site's appeal names itself
    or its reader ("Dukung kami ...", "Donasi untuk redaksi ...", "Donasi Anda ..."; issue 19, twenty-seventh
    pass's review)."""
    named = {found.group().casefold() for words in (_SITE_WORDS, _OWN_WORDS) for found in words.finditer(line)}
    return named <= _APPEAL_WORDS and not _YOU.search(line) and _NAME_INSIDE.search(line) is not None


# The story telling of a question asked: "Darmin bertanya kepada pemerintah daerah.", "... melontarkan pertanyaan"
_ASKED = re.compile(r"\b(?:bertanya(?:-tanya)?|menanyakan|mempertanyakan|pertanyaan|asked)\b", re.IGNORECASE)
_ASKING_WORDS = 5
"""Words at least of the story's sentence that introduces the questions under it."""


def introduces_questions(text: str) -> bool:
    """The story's sentence over someone's questions, ending with a colon or telling of a question asked ("Di akhir
    pertemuan, Darmin bertanya kepada pemerintah daerah:" / "Sampai kapan nelayan harus membangun sendiri? Apakah
    Anda para pejabat pernah melihat dermaga kami?"): the questions under it are the story's, no site's prompt
    (review of the thirty-second and thirty-third passes)."""
    return (len(text.split()) >= _ASKING_WORDS and is_sentence(text)
            and (text.endswith(":") or (ends_sentence(text) and _ASKED.search(text) is not None)))


def reader_prompt(line: str, site_words: re.Pattern[str] = _SITE_WORDS) -> bool:
    """The site speaking to the reader about itself: a call to the reader or the reader addressed, and
    the site's own things named ("Dukung jurnalisme lingkungan independen. Berdonasi ke ...", "Unduh
    aplikasi kami ...", "Situs ini menggunakan cookie ... Anda menyetujui ...", "Apakah artikel ini
    membantu?"). Either alone is not enough: a tips article tells its reader what to do ("Simpan sayur di
    kulkas."), and a story speaks of articles and apps. A quote is never one."""
    if line.startswith(OPENERS) or SAID_BY.search(line):
        return False  # (", pesan Topan menutup pertemuan.": someone's words, reported; twenty-fifth pass's review)
    # (words inside quotes are someone's, or a title's: "Anda sedang membaca artikel tentang "..."" speaks
    # outside them)
    outside = _QUOTED.sub(" ", line)
    if "”" in outside or '"' in outside:
        return False  # a quote that opened on a line above
    outside = _NAMED_YOU.sub(" ", outside)
    if not (_CALL.search(outside) or _YOU.search(outside)):
        return False
    # ("Kalau Anda tinggal di Yogyakarta dan ingin ikut, kami berkumpul ...": the reader addressed on a
    # condition, no call, and no more of the site than "kami" is the writer's group inviting the reader into
    # the story; issue 19)
    # ("Satu tips dari kami: tetap tahu diri. Kalau duduk lama, pesan lagi biar kafe favorit kamu bertahan.": the
    # writer's "kami" in one sentence, the reader addressed in another, no call: a listicle's advice)
    # ("Driver yang usang adalah penyebab yang paling sering kami temui. Klik kanan tombol Start, pilih ... . Klik
    # kanan ...": in a paragraph of several sentences, the writer's "kami" in one and a how-to's calls in others;
    # the site calls the reader to itself in one sentence, "Ikuti kami di ...", or in a banner's two, "Kami tidak
    # menerima gratifikasi. Laporkan ke ..."; issue 19, twenty-sixth pass)
    own = {found.group().casefold() for found in site_words.finditer(outside)}
    if own == {"kami"}:
        sentences = _sentences(outside)
        if _CALL.search(outside):
            return (len(sentences) <= _BANNER_SENTENCES or _kami_beside(_CALL, sentences)
                    or _kami_beside(_YOU, sentences))
        return not _IF_YOU.search(outside) and _kami_beside(_YOU, sentences)
    return bool(own)


_BANNER_SENTENCES = 2
"""Sentences at most of a site's banner or prompt that names "kami" in one and calls the reader in another."""


def _sentences(text: str) -> list[str]:
    """The text cut after each full stop, mark or colon."""
    return re.split(r"(?<=[.!?:])\s+", text)


def _kami_beside(pattern: re.Pattern[str], sentences: list[str]) -> bool:
    """Some sentence names both "kami" and `pattern`'s words (the reader: "Terima kasih telah membaca kami,
    Anda ..."; a call: "Ikuti kami di ...")."""
    return any(_KAMI.search(sentence) and pattern.search(sentence) for sentence in sentences)


_KAMI = re.compile(r"\bkami\b", re.IGNORECASE)


# A second-person word that ends a capitalised name inside a sentence is the name's: a valley, a village, a group
# ("... pegiat literasi di Sanggar Tari Lembah Kamu."); nobody is addressed (issue 19, forty-first pass)
_NAMED_YOU = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w'.-]*\s+){1,5}(?:Kamu|Kalian)\b")
_IF_YOU = re.compile(r"\b(?:kalau|jika|bila|apabila|if)\s+(?:anda|kamu|kalian|you)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


# What an embedded social post shows around its text: "Lihat postingan ini di Instagram", "View this post on
# Instagram", "Sebuah kiriman dibagikan oleh Nadia (@nadia)", "A post shared by ...", "Tonton di TikTok"
_EMBED_LABEL = re.compile(r"(?:lihat\s+(?:postingan|kiriman|unggahan)\s+ini\s+di|view\s+this\s+(?:post|profile)\s+on"
                          r"|(?:sebuah\s+)?(?:kiriman|postingan|unggahan)\s+(?:yang\s+)?dibagikan\s+oleh"
                          r"|a\s+post\s+shared\s+by|tonton\s+di\s+(?:tiktok|instagram|youtube)|watch\s+on\s+(?:tiktok|youtube))\b",
                          re.IGNORECASE)
# A row of two or more counters and nothing else: "128 Reposts 24 Quotes 516 Likes", "1.204 suka 38 komentar"
_COUNTER_RUN = re.compile(r"(?:\d[\d.,]*\s*(?:rb|k|jt)?\s+(?:reposts?|retweets?|quotes?|likes?|suka|komentar|comments?"
                          r"|views?|dilihat|tayangan|shares?|dibagikan|bookmarks?|balasan|replies)\s*[·•|]?\s*){2,}",
                          re.IGNORECASE)

# The line a WordPress feed puts under each post: "The post <title> appeared first on <site>.", "Artikel <title>
# pertama kali tampil di <site>." (issue 19, seventeenth pass: an RSS reader's copy)
# (the headline three words or more, the site's name capitalised: "Berita bohong itu pertama kali muncul di
# Facebook." is a story's sentence; the headline starts as a headline does, and ends on no word pointing back:
# "Tulisan tangan para pujangga itu pertama kali muncul di Museum Nasional." is one too)
_FEED_FOOTER = re.compile(r"(?i:the\s+post|artikel|tulisan|pos|postingan)\s+(?=[A-Z0-9\"“‘'])(?:\S+\s+){2,}?"
                          r"(?!(?i:itu|ini|tersebut|this|that)\s)\S+\s+(?i:appeared\s+first\s+on"
                          r"|(?:pertama\s+kali\s+(?:tampil|muncul|terbit|dimuat)|(?:tampil|muncul|terbit|dimuat)\s+"
                          r"(?:pertama\s+kali|perdana))\s+(?:di|pada))\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}\.?")


def _platform_reason(line: str, key: str, words: int) -> str | None:
    """What blogging platforms, forums, podcast boxes and image labels leave: share and navigation lines,
    "Sumber gambar, ...", "Akhir dari Podcast", "214 Followers", "Quote: Originally posted by ...",
    "More from ...", "Republish this article", "The post ... appeared first on ..."."""
    if words <= 10 and _SHARE_TO.fullmatch(key):
        return "share buttons"
    if words <= 8 and _BLOG_NAV.fullmatch(key):
        return "page navigation or audio player"
    if words <= 45 and _IMAGE_LABEL.match(line):
        return "photo caption"
    if words <= 10 and _EMBED_EDGE.match(line) and not _full_sentence(line):
        return "promotion (podcast, newsletter or embedded post)"
    if words <= 10 and _PLATFORM_COUNTER.fullmatch(key):
        return "counter (views, likes, comments)"
    if words <= 6 and _MEMBER_SINCE.fullmatch(key):
        return JOINED_REASON
    if words <= 12 and (_QUOTED_POST.match(line) or _MORE_FROM.match(line)) and not _full_sentence(line):
        return "related-article link" if _MORE_FROM.match(line) else "quoted post (forum)"
    if words <= 40 and _REPUBLISH.search(line):
        return "republishing notice"
    if words <= 12 and _EMBED_LABEL.match(line):
        return "embedded post (its label or credit)"
    if words <= 12 and _COUNTER_RUN.fullmatch(key):
        return "counter (views, likes, comments)"
    if words <= 50 and _FEED_FOOTER.fullmatch(line):
        return "a feed's line under each post (where it appeared first)"
    return None


# The site telling of its own cookies, as its banner begins: "Kami menggunakan cookie ...", "Situs ini
# menggunakan kuki ...", "We use cookies ...", "This website uses cookies ..." (a story says "situs web itu")
_COOKIE_NOTICE = re.compile(r"(?:(?:privasi\s*(?:&|dan)\s*cookie|privacy\s*(?:&|and)\s*cookies?|cookies?)\s*:\s*)?"
                            r"(?:kami|situs\s+ini|website\s+ini|laman\s+ini|web\s+ini|we|this\s+(?:web)?site)"
                            r"\s+(?:(?:juga\s+)?menggunakan|memakai|memanfaatkan|use|uses)\s+(?:cookies?|kuki)\b",
                            re.IGNORECASE)
_COOKIE_WORDS = 90
"""Words at most of a cookie banner's text (it explains, asks and names the privacy policy: longer than a prompt)."""


def _notice_reason(line: str, words: int) -> str | None:
    """Notices of the outlet: against copying, promoting itself, a login form's consent, a rule said of
    comments."""
    if words <= 40 and _NO_COPYING.match(line):
        return "copyright notice"
    if words <= _UPDATE_NOTE_WORDS and _UPDATE_NOTE.match(line):
        return "note on an update or correction of the story"
    if words <= _COOKIE_WORDS and _COOKIE_NOTICE.match(line):
        return "cookie notice"
    if words <= 25 and _OUTLET_PROMO.match(line):
        return "follow or app prompt"
    if words <= 30 and (_CONSENT.match(line) or _COMMENT_RULE.match(line)):
        return "comment policy" if _COMMENT_RULE.match(line) else "subscription or login prompt"
    if words <= _RELOAD_WORDS and _RELOAD.search(line):
        return "a live page's notice (reload it for the news)"
    if words <= _AFFILIATE_WORDS and _AFFILIATE.search(line):
        return "affiliate disclosure (the site's commission on the links)"
    if words <= _EMAIL_NOTICE_WORDS and _EMAIL_NOTICE.match(line):
        return "an email's confidentiality notice"
    if (words <= _COVER_NOTE_WORDS and (_TO_THE_NEWSROOM.fullmatch(line)
                                        or (_RELEASE_SENT.search(line) and _PLEASE_RUN.search(line)))):
        return COVER_NOTE
    return None


# A live page's call to reload it: "Halaman ini diperbarui secara berkala. Muat ulang untuk melihat pembaruan
# terbaru.", "Refresh this page to see the latest updates" (issue 19, fourteenth pass)
_RELOAD = re.compile(r"\b(?i:muat\s+ulang|segarkan|refresh|reload)\s+(?i:(?:halaman|laman|page)(?:\s+(?:ini|this))?\s+)?"
                     r"(?i:untuk|to)\s+(?i:melihat|mendapatkan|memuat|see|get|load"
                     # (or straight to what it brings: "Muat ulang untuk pembaruan terbaru.", fortieth pass)
                     r"|(?:pembaruan|update|kabar|berita)\s+terbaru|the\s+latest)\b")
_RELOAD_WORDS = 25
"""Words at most of a live page's notice."""
# A review's note on its shop links: "*Teknoia bisa mendapat komisi dari pembelian lewat tautan di atas.", "Kami
# menerima komisi dari setiap pembelian melalui link di artikel ini", "We may earn a commission from links on
# this page": a commission on links of this page -- above, below, in this article (a story on affiliate sellers
# names no link of its own page; issue 19, twenty-second pass); or the page's links, or the page, said to be
# affiliate links: "*Link di atas merupakan tautan afiliasi.", "Artikel ini mengandung tautan afiliasi." (twenty-fourth
# pass), the note saying no more, or its commission ("Tautan di bawah unggahan itu ternyata link afiliasi ke toko
# ...", "Artikel ini membahas tautan afiliasi karena ...", "..., tulis seorang pemengaruh": a story's)
_THIS_PAGES_LINKS = (r"(?:tautan|link)(?:\s+\w+){0,3}?\s+(?:di\s+atas|di\s+bawah|(?:di|dalam|pada)\s+(?:artikel|halaman"
                     r"|laman|tulisan|ulasan)\s+ini|berikut)")
_THIS_PAGE = r"(?:artikel|halaman|laman|tulisan|ulasan)\s+ini"
_ARE_AFFILIATE_LINKS = (rf"^\W*(?:(?:beberapa|sebagian|semua|seluruh)\s+)?(?:{_THIS_PAGES_LINKS}|{_THIS_PAGE})(?:\s+ini)?\s+"
                        r"(?:merupakan|adalah|ialah|yaitu|memuat|mengandung|berisi|menyertakan|termasuk)\s+"
                        r"(?:\w+\s+){0,2}?(?:tautan|link)\s+afiliasi\b(?:(?:\s+[\w.]+){0,3}\W*$|\.\s|\W.*\bkomisi\b)")
_AFFILIATE = re.compile(rf"(?i:komisi\b.{{0,60}}?{_THIS_PAGES_LINKS}|{_THIS_PAGES_LINKS}.{{0,60}}?\bkomisi\b"
                        rf"|{_ARE_AFFILIATE_LINKS}"
                        r"|\b(?:may|might)\s+(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?(?:commission|share)"
                        r"|\baffiliate\s+links?\b)")
_AFFILIATE_WORDS = 40
"""Words at most of an affiliate disclosure."""
# The notice a mail server adds under an email: "Email ini beserta lampirannya ditujukan hanya kepada ...", "This
# e-mail and any attachments are confidential and intended solely for ..." (issue 19, eleventh pass)
_EMAIL_NOTICE = re.compile(r"(?i:(?:e-?mail|surel|surat\s+elektronik|pesan)\s+ini\b.{0,80}?\b(?:ditujukan\s+hanya|hanya"
                           r"\s+ditujukan|bersifat\s+rahasia|rahasia\s+dan)|this\s+(?:e-?mail|message)\b.{0,80}?"
                           r"\b(?:confidential|intended\s+(?:solely|only)))")
_EMAIL_NOTICE_WORDS = 60
"""Words at most of an email's confidentiality notice."""
COVER_NOTE = "a sender's note to the newsroom over a press release"
_COVER_NOTE_WORDS = 50
"""Words at most of a sender's note to the newsroom."""
# The note a press office writes over a release it mails to newsrooms: a greeting to the press ("Kepada rekan-rekan
# jurnalis,", "Yth. Redaksi,", "Halo rekan media,") and "Berikut kami sampaikan siaran pers ... Mohon dapat dimuat."
# (both parts in one line: a story may well say "berikut siaran pers" or "mohon"; issue 19, eleventh pass)
_PRESS = r"(?:rekan|teman|kawan)(?:-(?:rekan|teman|kawan))?\s+(?:jurnalis|wartawan|media|pers|redaksi)"
_TO_THE_NEWSROOM = re.compile(rf"(?i:(?:(?:kepada|yth\.?|kepada\s+yth\.?|halo|hai|dear|salam)\s+(?:bapak/ibu\s+)?"
                              rf"(?:{_PRESS}|(?:pemimpin\s+)?redaksi|media\s+partners?|editors?)|(?:bapak/ibu\s+)?{_PRESS})"
                              r"(?:\s+(?:yang\s+)?(?:terhormat|budiman|yth\.?))?)\s*[,:!]?")
_RELEASE_SENT = re.compile(r"(?i:(?:berikut|bersama\s+ini)\s+kami\s+(?:sampaikan|kirimkan|lampirkan|teruskan|bagikan)"
                           r"|terlampir|please\s+find|we\s+(?:are\s+)?(?:attach|send|shar)\w*)\b.{0,40}?"
                           r"(?i:siaran\s+pers|rilis|press\s+release|keterangan\s+pers)")
_PLEASE_RUN = re.compile(r"(?i:mohon|kami\s+harap|besar\s+harapan|please|kiranya)\b.{0,40}?"
                         r"(?i:dimuat|ditayangkan|dipublikasikan|diberitakan|disiarkan|diterbitkan|publish|run)\b")

# An image a text copy or a reader app kept as its placeholder, its description after it: "[Gambar] Suasana
# musyawarah desa.", "[Image: Warga antre air]" (issue 19, twenty-first pass)
_IMAGE_PLACEHOLDER = re.compile(r"\[(?i:gambar|image|img|foto|photo|picture)\s*:?\s*\]?\s*(?P<alt>.*)")
_ALT_TEXT_WORDS = 25
"""Words at most of an image's description (alt text)."""
# A social app's badge on an image that has a description, the description copied under it (Bluesky, X, Mastodon)
ALT_BADGE = "ALT"
ALT_BADGE_REASON = "an image's alt-text badge"


def _caption_reason(line: str, words: int) -> str | None:
    """A photo caption or credit: credits glued to a name or closing a caption, "Foto: ...", "Ilustrasi ...".
    Not a caption glued before the story's dateline: the parser cuts that off the paragraph."""
    if words >= 8 and ((glued_caption(line) is not None and _DATELINE_INSIDE.search(line, 0, 600))
                       or caption_before_story(line) is not None or dateline_after_credit(line) is not None
                       or _credit_glued_to_place(line) is not None or _story_after_credit(line) is not None):
        return None  # the parser cuts the caption off and keeps the story (or keeps the line whole)
    if line == ALT_BADGE:
        return ALT_BADGE_REASON
    image = _IMAGE_PLACEHOLDER.match(line)
    if image and words <= _ALT_TEXT_WORDS and not several_sentences(image["alt"]):
        return "image placeholder with its description (alt text)"
    if words <= 40 and _GLUED_CREDIT.search(line) and not _ITEM_LABEL.match(line):
        return "photo credit"
    if (words <= 45 and _CREDIT_CLOSING.search(line) and not line.startswith(("“", '"'))
            and not _EDITOR_CODE_END.search(line)):
        return "photo caption"
    if words <= 45 and (_CREDIT_AT_END.search(line) or _PIPE_CREDIT_END.search(line)):
        return "photo caption"
    if words <= 45 and _CREDIT_FIRST.match(line):
        return "photo caption"
    credit = _CREDIT_START.match(line) if words <= 25 else None
    if credit and (credit[0].rstrip().endswith(":") or not _full_sentence(line)):  # "Foto oleh ..." may be a sentence
        return "photo caption"
    if (words <= 15 and line.startswith(("Ilustrasi ", "ILUSTRASI ")) and not is_prose(line)
            and not line.rstrip(CLOSERS).endswith((".", "?", "!", "…"))):  # a sentence that starts so stays
        return "photo caption"
    if words <= 8 and (_CREDIT_ALONE.fullmatch(line) or _credit_line(line)):
        return "photo credit"
    return None


# A caption's credit after a bar: "... Kamis (26/11). | Suara USU, Fadli Harahap", "... di Kupang. | Foto: Pos Kupang",
# "... Senin (16/11). | ANTARA/Budi" -- an outlet and a name set apart by a comma or a slash, or a credit's label
# (issue 19, tenth pass)
_CAP_WORD = r"[A-Z][\w.'’-]*"
_PIPE_CREDIT_END = re.compile(rf"[.!?)]\s*\|\s*(?:(?i:foto|photo|dok\.?|dokumentasi|sumber\s+foto)\s*:\s*\S[^|]{{0,60}}"
                              rf"|{_CAP_WORD}(?:\s{_CAP_WORD}){{0,3}}\s*[,/]\s*{_CAP_WORD}(?:\s{_CAP_WORD}){{0,3}})$")


# A caption that opens with its credit, an agency or outlet and a name in capitals: "KOMPAS/AMBROSIUS HARTO
# Infografik: ...", "ANTARA FOTO/BUDI SANTOSO Warga antre ..." (issue 19, seventh pass: an infographic's caption)
# (possessive: a line of one long word in capitals must not cost quadratic time)
_CREDIT_FIRST = re.compile(r"[A-Z][A-Z.]++(?:\s[A-Z][A-Z.]++)?\s?/\s?[A-Z][A-Z.'’-]++(?:\s[A-Z][A-Z.'’-]++){0,4}"
                           r"\s+[A-Z][a-z]")


# An editor's code in lower case closing a paragraph's last sentence, "... jam pulang kantor. (rdh/riz/k15)":
# the parser cuts it off the paragraph; a photo credit in brackets names someone ("(ANTARA/Budi)"). A blind
# sample's last paragraph was dropped whole as a caption for it. A reporter's code of a letter or three and a
# number, "(A27/d)", "(T2)", is one too (issue 19, fifth pass). Initials come in any case: "(Hrn/Fdl)", "(HRN/FDL)",
# "(Dnr)", "(rmt/Jay)" -- a blind sample's last sentence went as a caption for "(Hrn/Fdl)" (seventh pass); a credit
# names an agency or a person in full ("(ANTARA/Budi)", "(BP/Dokumen)", "(PBSI)", "(Humas)") or is a credit word
# ("(Ist)", "(Dok)", "(Net)").
_CODE_CREDIT = r"(?!(?i:ist|dok|net|foto|repro|ant)\b)"
_CODE_HEAD = rf"(?:[a-z][a-z0-9]{{0,5}}|[A-Z]{{1,3}}-?\d{{1,3}}|{_CODE_CREDIT}[A-Z][a-z]{{1,3}}\d{{0,3}})"
_CODE_TAIL = rf"(?:[a-z0-9*]{{1,12}}|{_CODE_CREDIT}[A-Z][a-z]{{1,3}}\d{{0,3}}|[A-Z]{{1,4}}\d{{0,3}})"
_EDITOR_CODE_END = re.compile(rf"[.!?…\"”’]\s*[(\[](?:{_CODE_HEAD}(?:\s*[/-]\s*{_CODE_TAIL}){{0,3}}"
                              rf"|[A-Z]{{2,4}}(?:\s*/\s*(?:[A-Z]{{2,4}}\d{{0,3}}|[a-z0-9*]{{1,12}})){{1,3}})[)\]]\.?$")


# A caption's closing credit in brackets, followed by the story: "(FOTO: Harian Rakyat/Yudha)", "(ANTARA/Budi)"
_GLUED_CAPTION_END = re.compile(rf"\((?:{_CREDIT_WORDS}\b|[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}\s?/)[^()]{{0,80}}\)\s+(?=\S)",
                                re.IGNORECASE)


# Where a dateline may start inside a paragraph: "... PADANG — Harga ...", "... JAKARTA (ANTARA) - ...", after a
# space or glued to a credit's closing bracket ("...)BANDA ACEH (Outlet) – ...": not at the place's second word,
# issue 19, twenty-seventh pass)
_DATELINE_INSIDE = re.compile(r"(?<=[\s)\]])[A-Z]{3,}[A-Z'’.]*(?:[ -][A-Z]{2,}[A-Z'’.]*){0,2}(?:\s*\([^()]{1,40}\))?\s*[-–—]\s")
# A credit without brackets: "Foto: Harian Rakyat/Yudha", "ANTARA FOTO/Budi/nym.", "KOMPAS.com/Rina"
_BARE_CREDIT = re.compile(r"(?i:foto|photo|dok\.?|sumber\s+foto)\s*:\s*\S|[A-Z]{2,}[A-Z.]*(?:\s[A-Z]{2,})?\s?/\s?[A-Z]")


def glued_caption(text: str) -> int | None:
    """Where the story starts in a paragraph that begins with a photo caption closed by its credit, in
    brackets or not (the caller checks that a dateline follows); None when there is none within 600
    characters."""
    match = _GLUED_CAPTION_END.search(text, 0, 600)
    if match is not None and len(text[:match.start()].split()) >= 3:
        return match.end()
    dateline = _DATELINE_INSIDE.search(text, 0, 600)
    head = text[:dateline.start()] if dateline is not None else ""
    if (dateline is not None and len(head.split()) >= 4 and _BARE_CREDIT.search(head)
            and not head.lstrip().startswith(("“", '"'))):
        return _outlet_before_place(text, dateline.start())
    return caption_before_dateline(text)  # "AMBON, Kabar Timur –", maybe glued to the credit


# The outlet's web name a dateline may open with, before its place: "TRIBUNKALTIM.CO, BALIKPAPAN -",
# "REPUBLIKA.CO.ID, JAKARTA --", "SURYA.co.id, MALANG -"; maybe glued to the credit ("... RAHMASARITRIBUNKALTIM.CO,")
_WEB_NAME_BEFORE = re.compile(r"(?P<word>[^\s/()]*[A-Za-z][A-Za-z0-9-]{2,}"
                              r"\.(?i:com|co\.id|co|id|net|or\.id|org|tv|news))\s*,\s*$")
# An outlet's web name where a dateline's capitals start ("LINTASPAPUA.COM – "), and the place before it
_WEB_NAME_AT = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?i:com|co\.id|co|id|net|tv|news)\b")
# (a place in capitals may have several words, the first maybe glued to the credit's bracket: "...)TANJUNG REDEB, ";
# after a credit's name in capitals, only the last word is the place: "... FOTO/RINA ASTUTI MEDAN, KOMPAS –")
_PLACE_BEFORE = re.compile(r"(?P<word>(?:[^\s/()]*[A-Z]{2,}[A-Z'’.]*\s){0,2}[^\s/()]*[A-Za-z]{3,}),\s*$")
_ONE_WORD_PLACE_BEFORE = re.compile(r"(?P<word>[^\s/()]*[A-Za-z]{3,}),\s*$")
_PLACES_EDGE = re.compile(r"(?:^|[)\].!?”\"]\s*)$")
# Where a name in capitals starts inside a glued word: "PemkabLIPUTAN6.COM", "HumasSURYA.co.id"
_CAPITALS_AFTER_LOWER = re.compile(r"(?<=[a-z])(?=[A-Z]{3,})")
# A place in capitals before the outlet's name, maybe glued to the credit: "...(Foto: Rina/Komentar)TONDANO, KOMENTAR –"
_CAPITALS_END = re.compile(r"[A-Z]{3,}$")
_WEB_NAME_LETTERS = 3
"""Letters at least of an outlet's name told apart from the credit it is glued to."""


def _outlet_before_place(text: str, start: int) -> int:
    """Where a dateline starts whose capitals start at `start`: at the outlet's web name before the place
    ("... TRIBUNKALTIM.CO, BALIKPAPAN - Harga ...") or, when the capitals are the web name or the place before
    them is in capitals, at that place ("... WAMENA, LINTASPAPUA.COM – ...", "...)TONDANO, KOMENTAR – ...",
    "...)TANJUNG REDEB, BERAU POST – ..."), as either belongs to the story's first sentence. Glued to a
    credit's last name, the name is the longest end of the glued word that the paragraph names elsewhere too
    ("TRIBUNKALTIM.CO/NADIA RAHMASARITRIBUNKALTIM.CO,"), else where its capitals start after a lower-case
    letter ("Dok. Humas PemkabLIPUTAN6.COM,", "KOMPAS.TV/RinaSEMARANG,"); else the whole word stays with the
    story, as no sentence may be lost (issue 19, tenth pass)."""
    match = _WEB_NAME_BEFORE.search(text[:start])
    if match is None:
        place = _PLACE_BEFORE.search(text[:start])
        if place is not None and " " in place["word"] and not _PLACES_EDGE.search(text[:place.start()]):
            place = _ONE_WORD_PLACE_BEFORE.search(text[:start])
        if place is not None and (_WEB_NAME_AT.match(text, start) or _CAPITALS_END.search(place["word"])):
            match = place
    if match is None:
        return start
    word, elsewhere = match["word"], (text[:match.start()] + " " + text[start:]).casefold()
    # (the whole word first: named so elsewhere, it is not glued; a place of several words is glued by its first
    # only -- "LAMPUNG" elsewhere does not cut "BANDAR LAMPUNG")
    for cut in range(len(word.split(" ")[0])):
        name = word[cut:]
        if len(re.findall(r"[^\W\d_]", name.split(".")[0])) < _WEB_NAME_LETTERS:
            break
        if re.search(rf"(?<![^\W\d_]){re.escape(name.casefold())}(?![^\W\d_])", elsewhere):
            return match.start() + cut
    junctions = list(_CAPITALS_AFTER_LOWER.finditer(word))
    return match.start() + (junctions[-1].start() if junctions else 0)


# A dateline naming the outlet after the place, after a comma or in brackets: "AMBON, Kabar Timur – ",
# "MAKASSAR (Fajar) - "; the place's capitals may be glued to a credit's ("... FOTO: ANDI/KABAR TIMURAMBON, ...")
_OUTLET_DATELINE_INSIDE = re.compile(r"(?P<run>[A-Z][A-Z'’.]{2,})(?:\s*\((?P<paren>[^()]{1,40})\)"
                                     r"|\s*,\s*(?P<after>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}))\s*[-–—]\s")


# A sentence's full stop glued, without a space, to a dateline in capitals: "... di Stadion Tridadi.SLEMAN – ..."
_STOP_GLUED_TO_DATELINE = re.compile(r"(?<=[a-z]\.)[A-Z]{3,}[A-Z'’.]*(?:[ -][A-Z]{2,}[A-Z'’.]*){0,2}"
                                     r"(?:\s*\([^()]{1,40}\))?\s*[-–—]\s")
_GLUED_HEAD_WORDS = 4
"""Words at least of a caption's sentence glued before the dateline."""


def sentence_glued_to_dateline(text: str) -> int | None:
    """Where the dateline starts in a paragraph whose one sentence before it ends glued, without a space, to the
    dateline's capitals ("Para pemain mengangkat trofi di stadion.SLEMAN – Putra Merapi ..."): a photo's caption
    the scraper set before the lede (the caller checks for the picture's credit above). None otherwise."""
    match = _STOP_GLUED_TO_DATELINE.search(text, 0, _GLUE_REACH)
    head = text[:match.start()] if match is not None else ""
    if (len(head.split()) < _GLUED_HEAD_WORDS or several_sentences(head)
            or head.lstrip().startswith(("“", '"'))):
        return None
    return match.start()


def caption_before_dateline(text: str) -> int | None:
    """Where the story starts in a paragraph that opens with a photo caption and its credit glued, with a
    space or without, to a dateline that names the outlet ("... FOTO: ANDI/KABAR TIMURAMBON, Kabar Timur –
    Kantor ..."): at the place; where a scraper glued the place's capitals to the credit's, right after the
    outlet's name the credit ends with. None when there is none within 600 characters or the place's start
    cannot be told (see `dateline_after_credit`; issue 19, sixth pass)."""
    found = dateline_after_credit(text)
    return found[0] if found is not None and found[1] else None


def dateline_after_credit(text: str) -> tuple[int, bool] | None:
    """A photo caption and its credit glued to a dateline that names the outlet, and the story after it:
    where the place starts and whether that is sure. It is not when the place's capitals are glued to a
    credit's that do not end with the outlet's name ("RUDI/BUDIKUPANG, Suara Pesisir –"): the line is then
    kept whole, the story with the caption, as no sentence may be lost."""
    for match in _OUTLET_DATELINE_INSIDE.finditer(text, 0, _GLUE_REACH):
        outlet = " ".join((match["paren"] or match["after"]).split()).upper()
        start, sure = _place_start(text, match, outlet)
        head, tail = text[:start], text[start:]
        if (len(head.split()) >= 4 and (_BARE_CREDIT.search(head) or _SLASH_CREDIT.search(head[-80:]))
                and not head.lstrip().startswith(("“", '"')) and len(tail[:200].split()) >= 8
                and is_prose(tail[:_MEASURED])):
            return start, sure
    return None


def _place_start(text: str, match: re.Match[str], outlet: str) -> tuple[int, bool]:
    """Where the place of an outlet's dateline starts, and whether that is sure: right after the outlet's
    name in capitals when the credit ends with it ("KABAR TIMURAMBON", "KABAR TIMUR AMBON"); at the run of
    capitals when the word before it is no capitals' ("Dok. Humas) SORONG"); else at the start of the word
    the run ends, not sure ("RUDI/BUDIKUPANG"). A run right after a credit's closing bracket is the place whole,
    even when it starts with the outlet's initials ("(FOTO: .../FRANSISKA)BENGKAYANG, BE –", thirty-fourth pass)."""
    if text[:match.start("run")].endswith((")", "]")):
        return match.start("run"), True
    spelled = _place_after_spelled_outlet(text, match, outlet)
    if spelled is not None:
        return spelled, True
    before = text[:match.end("run")]
    for cut in range(match.end("run") - 3, match.start("run") - 1, -1):
        if before[:cut].rstrip().upper().endswith(outlet):
            return cut + len(before[cut:]) - len(before[cut:].lstrip()), True
    start = match.start("run")
    word_start = len(text[:start]) - len(text[:start].split()[-1]) if text[:start].strip() and not text[
        start - 1].isspace() else start
    previous = text[:word_start].split()[-1:] or [""]
    sure = word_start == start and not any(c.isupper() for c in previous[0][-1:])
    return word_start, sure


def _place_after_spelled_outlet(text: str, match: re.Match[str], outlet: str) -> int | None:
    """Where the place starts when the dateline names the outlet by its initials and the credit ends with the
    name spelled out, glued to the place ("FOTO: RINA/SEMARANG EKSPRESSEMARANG, SE –"): the longest end of the run
    that is a word of the credit too (an outlet named after its town), the words before it spelling the
    initials (not the initials found inside the glued run, "...EKSPRESSE|MARANG", thirty-eighth pass). None otherwise."""
    if not (2 <= len(outlet) <= 4 and outlet.isalpha()):
        return None
    start, end = match.start("run"), match.end("run")
    credit_words = set(re.findall(r"[A-Z]{3,}", text[max(0, start - 80):start]))
    for cut in range(start + 1, end - 2):
        spelled = "".join(word[:1] for word in re.split(r"[\s/]+", text[:cut])[-len(outlet):])
        if text[cut:end] in credit_words and spelled == outlet:
            return cut
    return None


# Where a scraper glued two page elements without a space: a lower-case letter or a closing bracket right
# before a capital ("... Nur AisyahHarianjogja.com, JOGJA—", "(Foto: .../JawaPos.com)SURABAYA - ") or a
# sentence's or a credit's full stop right before one ("... terseret arus.Petugas BPBD ...", "Foto: Ist/MB.Denpasar,
# Metrobali.com – ...", issue 19, twenty-first pass)
_JUNCTION = re.compile(r"(?<=[a-z)\]])(?=[A-Z])|(?<=[A-Za-z]\.)(?=[A-Z][a-z])")
# A credit naming an outlet or agency and a person with a slash ("Dimas/Radar Bogor", "ANTARA/Budi"), or a
# copyright or photo label, or an outlet and its photographer's initials closing the caption ("(Suara NTB/fik)")
_SLASH_CREDIT = re.compile(r"[A-Za-z.]\s?/\s?[A-Z]|©|(?i:\bfoto\s*:|\(foto\b|\bcredit\s*:|\bsumber\s*:)"
                           r"|\([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s?/\s?[a-z]{2,6}\)$"
                           # (or the photographer and the outlet's initials: "(Elisa Sekenyap - SP)", tenth pass)
                           r"|\([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){1,3}\s[-–—]\s[A-Z]{2,6}\)$")
# How a story's first paragraph starts: a place or an outlet (a few capitalised words, maybe one more after a
# comma), then a dash, colon or comma and a capital: "SURABAYA - Harga", "Harianjogja.com, JOGJA—Balai",
# "Jayapura, Jubi – Puluhan", "BOGOR-RADARBOGOR.ID, Ratusan", "Mataram (Suara NTB) – Pemerintah"
_STORY_START = re.compile(r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}(?:\s*\([^()]{1,40}\))?(?:\s*,\s*[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})?"
                          r"\s*(?:-{1,3}|[–—:,])\s*[A-Z\"“]")  # ("---": a text dump's dash)
_GLUE_REACH = 600
"""Characters of a paragraph a caption glued before the story is looked for in."""
_TAIL_WORDS = 30
"""Words at most in a photo caption glued after a paragraph's last sentence."""


def caption_before_story(text: str) -> int | None:
    """Where the story starts in a paragraph a scraper glued a photo caption and its credit to without a
    space ("... (6/11/2025). – Jubi/Yohana WendaJayapura, Jubi – Puluhan nelayan ..."): the first junction
    (see `_JUNCTION`) with a credit in the caption's last words and a story's opening after it; None when
    there is none."""
    for match in _JUNCTION.finditer(text, 0, _GLUE_REACH):
        head, tail = text[:match.start()], text[match.start():]
        if (len(head.split()) >= 3 and _SLASH_CREDIT.search(head[-80:]) and _STORY_START.match(tail)
                and len(tail[:200].split()) >= 8 and is_prose(tail[:_MEASURED])):
            return match.start()
    return None


# A credit closing a caption, the story going on after it: "... (24/11). FOTO: ANTARA/Budi Bareksa.com – ...",
# "... (24/11). Foto: Humas Pemkot Surabaya (4/12) – ..."
_CREDIT_IN_LINE = re.compile(rf"{_GLUED_CREDIT.pattern}|(?<=[.)]\s)[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}\s?/\s?[A-Z]")
_STORY_AFTER_CREDIT_WORDS = 15
"""Words at least of the story after a caption's credit, for the line not to be taken for a caption."""
_CREDIT_NAME_WORDS = 6
"""Words after a credit's label the story's opening is looked for in."""


def _story_after_credit(text: str) -> int | None:
    """Where the text after a caption's credit goes on, in a paragraph a scraper glued a caption to, with a
    space and without a dateline in capitals ("... (24/11). FOTO: ANTARA/Budi Bareksa.com – Harga ...", "...
    Foto: Humas Pemkot Makassar, 20 November 2026 – Pemerintah ..."): right after the credit's label, when
    running text of `_STORY_AFTER_CREDIT_WORDS` words or more follows (see `story_after_credit` for the
    cut); None when none does (issue 19, tenth pass: such a line was dropped whole as a caption)."""
    credit = _CREDIT_IN_LINE.search(text, 0, _GLUE_REACH)
    if credit is None or len(text[:credit.start()].split()) < 3 or text.lstrip().startswith(("“", '"')):
        return None
    tail = text[credit.end():]
    if len(tail.split()) < _STORY_AFTER_CREDIT_WORDS or not is_prose(tail[:_MEASURED]):
        return None
    return credit.end()


def story_after_credit(text: str) -> int | None:
    """Where the story starts after a caption's credit (`_story_after_credit`): at the first word, of the
    few after the credit's label, that opens a story ("Bareksa.com – Harga", "Pemkot Lombok Barat (Inside
    Lombok) - Harga"): the credit's last words may stay with the story, none of the story's go. None when no
    opening is found: the line is then kept whole."""
    start = _story_after_credit(text)
    if start is None:
        return None
    for word in list(re.finditer(r"(?<=\s)\S", text[start:]))[:_CREDIT_NAME_WORDS]:
        at = start + word.start()
        if _STORY_START.match(text, at) and len(text[at:at + 200].split()) >= 8:
            return at
    return None


# A credit's last name glued to the dateline's place, both in capitals: "... FOTO: RIZAL/BALPOSBALIKPAPAN – Antrean"
_PLACE_GLUED = re.compile(r"/\s?(?P<run>[A-Z][A-Z'’.]{4,})\s*[-–—]\s")
_PLACE_LETTERS = 4
"""Letters at least of a dateline's place told apart from the credit it is glued to."""


def place_glued_to_credit(text: str) -> int | None:
    """Where the story starts in a paragraph that opens with a photo caption whose credit ("FOTO: RIZAL/BALPOS")
    a scraper glued to the dateline's place ("BALIKPAPAN –") without a space: at the longest end of the run of
    capitals that stands as a word in the story below it ("Balikpapan Utara"), as the story names its place;
    None when no end of the run does, and the line is then kept whole (issue 19, eighth pass)."""
    match = _credit_glued_to_place(text)
    if match is None:
        return None
    words = {word.casefold() for word in re.findall(r"[^\W\d_]+", text[match.end():match.end() + _MEASURED * 5])}
    run = match["run"].rstrip("'’.")
    for cut in range(1, len(run) - _PLACE_LETTERS + 1):
        if run[cut:].casefold() in words:
            return match.start("run") + cut
    return None


def _credit_glued_to_place(text: str) -> re.Match[str] | None:
    """The first run of capitals glued to a credit's slash and followed by a dash and the story's prose."""
    for match in _PLACE_GLUED.finditer(text, 0, _GLUE_REACH):
        head, tail = text[:match.start()], text[match.end():]
        if (len(head.split()) >= 3 and _BARE_CREDIT.search(head + text[match.start():match.start("run") + 1])
                and not head.lstrip().startswith(("“", '"')) and len(tail[:200].split()) >= 8
                and is_prose(tail[:_MEASURED])):
            return match
    return None


# A caption closed by its credit in brackets, the next sentence glued right after the bracket: "Raisa saat berlatih.
# (Foto: Instagram @raisa)Promotor konser, ..." (issue 19, heldout5); no story glues a sentence to a bracket
_CREDIT_GLUED_TO_TEXT = re.compile(rf"[^()]{{10,300}}?\((?i:{_CREDIT_WORDS})\b[^()]{{0,80}}\)(?=[A-Z\"“])")


# A photo's credit that opens with the outlet's web name, glued to the dateline that names it again:
# "BANJARMASINPOST.CO.ID/MUHAMMAD RAHMADIBANJARMASINPOST.CO.ID, MARTAPURA - ...", "TRIBUNNEWS.COM/IRWAN
# RISMAWANTRIBUNNEWS.COM, JAKARTA - ...", "Foto: TRIBUNMANADO.CO.ID/..." (the caption itself on the line above)
_WEB_CREDIT = re.compile(r"(?:(?i:foto|dok\.?|photo)\s*:?\s*)?(?P<web>[A-Za-z0-9-]{3,}(?:\.[A-Za-z0-9-]+)*\.(?i:com|co\.id|co|id|net|tv|news))\s?/\s?[A-Z]")
_WEB_CREDIT_NAME = 60
"""Characters at most of the photographer's name between the credit's web name and the dateline's."""


def credit_glued_to_web_dateline(text: str) -> int | None:
    """Where the dateline starts in a paragraph that opens with a photo's credit ("OUTLET.CO.ID/NAME") glued to
    a dateline opening with the same web name ("OUTLET.CO.ID, PLACE - ..."), the story's prose after it; None
    otherwise (issue 19, twelfth pass)."""
    match = _WEB_CREDIT.match(text)
    if match is None:
        return None
    web = match["web"].casefold()
    at = text.casefold().find(web, match.end() - 1, match.end() + _WEB_CREDIT_NAME + len(web))
    if at < 0 or not re.match(r"\s*,\s*\S[^.!?]{0,40}?\s[-–—]{1,2}\s", text[at + len(web):]):
        return None
    tail = text[at:]
    return at if len(tail[:200].split()) >= 8 and is_prose(tail[:_MEASURED]) else None


def caption_glued_to_text(text: str) -> int | None:
    """Where the text starts in a paragraph that opens with a photo caption whose bracketed credit ("(Foto:
    ...)") a scraper glued to the next sentence without a space, anywhere in the story; None when there is none."""
    match = _CREDIT_GLUED_TO_TEXT.match(text)
    if match is None or len(match.group(0).split()) > _TAIL_WORDS:
        return None
    tail = text[match.end():]
    return match.end() if len(tail.split()) >= 8 and is_prose(tail[:_MEASURED]) else None


def caption_after_story(text: str) -> int | None:
    """Where a photo caption a scraper glued after a paragraph's last sentence starts ("... terseret
    arus.Petugas BPBD memasang tali pengaman di lokasi. ©2025 Merdeka.com/Istimewa"): the last junction,
    followed by at most thirty words that end with a credit, the paragraph before it running text; None
    otherwise."""
    if "/" not in text[-60:] and "©" not in text[-60:]:
        return None
    junctions = [m.start() for m in _JUNCTION.finditer(text, max(0, len(text) - 400))]
    for start in reversed(junctions):
        head, tail = text[:start], text[start:]
        if len(tail.split()) > _TAIL_WORDS:
            return None
        if (head.endswith(".") and (_CREDIT_AT_END.search(tail) or _CREDIT_CLOSING.search(tail)
                                    or re.search(r"©\s*\d{4}\s+\S+$", tail))
                and is_prose(head) and len(tail.split()) >= 4):
            return start
    return None


def _full_sentence(line: str) -> bool:
    """Ends with . ! ? or … and has five words or more: how a sentence of a report looks."""
    return len(line.split()) >= 5 and line.rstrip(CLOSERS).endswith((".", "?", "!", "…"))


def _credit_line(line: str) -> bool:
    """"ANTARA FOTO/Budi Santoso", "KOMPAS.com/RINA WULANDARI": an agency or outlet, a slash, a name."""
    if "/" not in line or line.count("/") > 2 or line.rstrip().endswith((".", "!", "?", ":")):
        return False
    if not _CREDIT_LINE.fullmatch(line):
        return False
    first = line.split("/")[0].strip()
    last = line.split("/")[-1].strip()  # "Fadli/GridOto.com": a name, then the outlet
    return (first.isupper() or _OUTLET_LINE.fullmatch(first) is not None or "." in last and
            _OUTLET_LINE.fullmatch(last) is not None or re.match(_CREDIT_WORDS, first, re.IGNORECASE) is not None)


# ---------------------------------------------------------------- bylines without a label

_NAME_PARTICLES = {"dan", "bin", "binti", "van", "de", "der", "von", "al", "el", "da", "di"}
_NAME_TOKEN = re.compile(r"[A-Z][A-Za-z'’.-]*\.?|[A-Z]\.")
# "Rina Wulandari - detikNews", "Rina Wulandari | Kompas.com", "Laporan Wartawan Tribunnews.com, Rina Wulandari"
_NAME_WITH_OUTLET = re.compile(r"(?P<name>[^|–—-]{3,60}?)\s+[-–—|]\s+(?P<outlet>\S{3,40})")
# What joins the names of a byline's writers: "Maria Seran, Yeremias Bana", "Maria Seran dan Yeremias Bana"
_NAME_JOINT = re.compile(r"\s*,\s*(?:dan\s+)?|\s+(?:dan|&)\s+")
_REPORT_OF = re.compile(r"(?:laporan|liputan)\s+(?:wartawan|reporter|kontributor|jurnalis)\s+(?P<outlet>[\w.]+(?:\s[\w.]+){0,3}?)"
                        r"\s*,\s*(?P<name>.{3,60})", re.IGNORECASE)


# A job, also under its label ("Peranan, Wartawan BBC News Indonesia", "Jabatan: Dosen ...", "Role, Reporter")
_ROLE = re.compile(r"(?:(?:peranan|jabatan|posisi|role)\s*[,:]\s*)?(?:wartawan|wartawati|koresponden|kontributor|reporter|jurnalis|editor|redaktur|penulis\s+lepas"
                   r"|dosen|peneliti|guru\s+besar|mahasiswa|mahasiswi|pengajar|pegiat|lecturer|professor|profesor"
                   r"|researcher|associate\s+professor|senior\s+lecturer|phd\s+candidate|kandidat\s+doktor"
                   r"|staff\s+writer|correspondent)\b", re.IGNORECASE)


def role_line(text: str) -> bool:
    """A job under a byline: "Wartawan Kabar Dunia Indonesia", "Dosen Klimatologi, Universitas Gadjah Mada"
    (no sentence: no full stop, twelve words or fewer)."""
    words = text.split()
    return (2 <= len(words) <= 12 and _ROLE.match(text) is not None and not text.endswith((".", "!", "?", ":"))
            and line_features(text).title_case >= 0.5)


def name_and_role(text: str) -> str | None:
    """The name of "Rizky Pradana , Jurnalis", "Dimas Prakoso, Wartawan Kabar Dunia" (a name, a comma, a job
    under a byline); None otherwise."""
    name, comma, role = text.partition(",")
    name, role = name.strip(), role.strip()
    if not comma or not role or len(role.split()) > 8 or role.endswith((".", "!", "?", ":")):
        return _name_then_role(text)
    return name if _ROLE.match(role) and person_name(name) else _name_then_role(text)


def _name_then_role(text: str) -> str | None:
    """The name of "Rahmawati Siregar Dosen Pendidikan, Universitas Negeri Medan" (a column's author box
    without a comma: a name of two to five words, then a job of at most ten words, no sentence)."""
    words = text.split()
    if len(words) > 15 or text.endswith((".", "!", "?", ":")):
        return None
    for cut in range(2, min(5, len(words) - 1) + 1):
        role = " ".join(words[cut:])
        if (_ROLE.match(role) and len(words) - cut <= 10 and person_name(" ".join(words[:cut]))
                and not _ENGLISH_FUNCTION_WORDS & {word.casefold() for word in words[:cut]}):
            return " ".join(words[:cut])
    return None


def person_name(text: str) -> bool:
    """Two to five capitalised words (name particles allowed), no stop words beyond them: "Rina Wulandari"."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in text) or len(text) > 60:
        return False
    stop = stop_words()
    named = 0
    for word in words:
        if word.casefold() in _NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.fullmatch(word) or (word.casefold() in stop and not word.isupper()):
            return False
        named += 1
    return named >= 2


_ENGLISH_FUNCTION_WORDS = frozenset({"by", "from", "to", "of", "the", "for", "with"})
"""English words no name has: "Recommended By Editor" is a label, not a name and a role (issue 19, eleventh
pass)."""


def byline(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """(name, outlet) of a byline without a label: "Rina Wulandari - detikNews",
    "Laporan Wartawan Tribunnews.com, Rina Wulandari"; None otherwise."""
    if len(text) > 120:
        return None
    match = _REPORT_OF.fullmatch(text)
    if match and person_name(match["name"].strip()):
        return (match["name"].strip(),), match["outlet"]
    parts = [p.strip() for p in re.split(r"\s[|/•·]\s", text)]
    # (a call to install the app names stores, not people: "Download di Google Play | App Store", twelfth pass)
    if len(parts) > 1 and all(person_name(p) for p in parts) and not _STORE_CALL.search(text):  # "Dicky Prastya | Restu Fadilah"
        return tuple(parts), None
    match = _NAME_WITH_OUTLET.fullmatch(text)
    if match and _OUTLET_LINE.fullmatch(match["outlet"]):
        # (two writers or more: "Maria Seran, Yeremias Bana - Sergap.id"; issue 19, twenty-fifth pass)
        names = [n.strip() for n in _NAME_JOINT.split(match["name"])]
        if all(person_name(n) for n in names):
            return tuple(names), match["outlet"]
    return None
