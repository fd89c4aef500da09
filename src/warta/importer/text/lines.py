"""Recognise single lines of scraped text: junk, metadata fields, publishers, datelines, list items."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# ---------------------------------------------------------------- junk

_EDGE_PUNCT = " .:…»›>→←<«|-–—*•·↓⬇▼"
_READ_MORE = {
    "baca lebih lanjut", "baca selengkapnya", "selengkapnya", "baca artikel selengkapnya", "lihat selengkapnya",
    "lanjutkan membaca", "lanjut baca", "klik untuk membaca", "read more", "read entire article",
    "read full article", "read the full article", "read full story", "read the full story", "continue reading",
    "view full article", "read original article", "read article", "read the rest",
}
_RELATED = {
    "artikel terkait", "berita terkait", "baca juga", "berita lainnya", "artikel lainnya", "berita populer",
    "terpopuler", "rekomendasi", "rekomendasi untuk anda", "related", "related articles", "related posts",
    "related news", "related stories", "you may also like", "you might also like", "most popular",
    "recommended", "more stories", "populer", "terkini", "berita terkini",
    # an editor's picks and what to read next (issue 19, eighth pass)
    "pilihan redaksi", "pilihan editor", "editor's pick", "editor's picks", "editors' picks", "jangan lewatkan",
    "baca berikutnya", "read next", "up next", "baca lainnya", "berita pilihan", "artikel pilihan",
    # the bare verb over the linked headline: "BACA:" / "<headline>" (issue 19, thirty-ninth pass)
    "baca",
}
# A box of other pieces headed by their kind: "Kolom Terkait", "Opini Lainnya", "Video Terpopuler", "Tulisan
# Serupa", "Liputan Khusus Terkait", "Konten Pilihan untuk Anda". ("Info Terbaru" and "Tanggapan Pihak Terkait" may head a story's own
# section: a kind of piece names the box.)
_RELATED_KIND = re.compile(r"(?i:berita|artikel|kolom|opini|tulisan|video|foto|galeri|cerita|liputan|ulasan|esai|resep"
                           r"|postingan|posting|konten)(?:\s+[A-Z][^\W\d]*)?\s+(?i:terkait|lainnya|serupa|terpopuler"
                           r"|populer|pilihan)(?:\s+(?i:untuk\s+(?:anda|kamu)|for\s+you))?")
_SHARE = {
    "bagikan", "bagikan artikel ini", "bagikan berita ini", "bagikan artikel", "share", "share this",
    "share this article", "share this story", "share article", "tweet", "copy link", "salin tautan",
    "salin link", "bagikan ke", "share on", "print", "cetak", "email this",
}
# "Bagikan pembaruan ini", "Sebarkan berita ini", "Share this update": a button sharing the page or an entry of it
_SHARE_THIS = re.compile(r"(?:bagikan|sebarkan|share)\s+(?:[\w-]+\s+){0,2}(?:ini|this)|share\s+this\s+[\w-]+")
# The label before a row of sharing buttons: "Bagikan ke: Facebook Twitter WhatsApp", "Share via: ..." (issue 19,
# twenty-eighth pass)
_SHARE_LABEL = re.compile(r"^(?:bagikan|sebarkan|share)(?:\s+(?:ke|di|lewat|melalui|to|via|on))?\s*:\s*")
_SOCIAL = {"facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail", "line", "pinterest",
           "reddit", "copy", "link", "share", "bagikan", "salin", "tautan", "tweet", "wa", "fb"}
_ADS = {
    "advertisement", "iklan", "advertorial", "sponsored", "sponsor", "sponsored content", "konten bersponsor", "ads",
    "dipromosikan", "promoted", "konten promosi", "advertisements", "pariwara", "konten berbayar", "paid content",
    "scroll to continue with content", "scroll to continue", "gulir untuk melanjutkan",
    "scroll untuk melanjutkan", "scroll ke bawah untuk melanjutkan membaca", "lanjutkan dengan konten",
    "scroll to resume content", "scroll to resume", "scroll to continue reading", "scroll down to continue reading",
}
# The ad's mark in brackets opening its line: "[AD] Beli sekarang di toko resmi ...", "[Iklan] Promo ..." (issue 19,
# thirty-seventh pass; an advertorial's headline may carry "[Advertorial]": not among them). The ad's text opens in
# capitals; a story's sentence that names the mark runs on in lower case: "(Sponsor) dalam keterangan unggahan ..."
# (issue 19, review of the thirty-seventh pass)
_AD_MARKED = re.compile(r"[\[(](?:ad|ads|iklan|sponsored|sponsor|promoted|advertisement)[\])]\s*(?-i:[^\sa-z])",
                        re.IGNORECASE)
_AD_MARKED_WORDS = 20
"""Words at most of a line under an ad's mark in brackets."""
# The ad slot's call to scroll past it: "Scroll untuk melanjutkan membaca", "Gulir ke bawah untuk lanjut baca", "Geser
# ke bawah untuk lanjut membaca" (issue 19, thirty-first pass)
# (or to read on, the verb alone: "Scroll untuk membaca", "Gulir untuk baca", "Scroll to read"; forty-first pass)
_SCROLL_ON = re.compile(r"(?:scroll|gulir|geser)\s+(?:(?:ke\s+)?(?:bawah|down)\s+)?(?:untuk|to)\s+(?:melanjutkan|lanjut|continue"
                        r"|resume|membaca|baca|read)(?:\s+(?:membaca|baca|bacaan|reading|with\s+content|content|berita"
                        r"|artikel))?")
# An ad slot's note that the story goes on below it: "Lanjutkan membaca di bawah ini", "Iklan ditutup. Lanjutkan
# membaca", "Artikel berlanjut di bawah iklan ini", "Story continues below advertisement" (issue 19, eighteenth pass)
_READ_ON = re.compile(r"(?:(?:iklan|ad|advertisement)\s+(?:ditutup|closed)\.?\s*)?(?:(?:lanjutkan|lanjut)\s+(?:membaca|baca)"
                      r"(?:\s+(?:artikel|berita))?|(?:artikel|berita)\s+(?:ber)?lanjut|(?:continue\s+reading|(?:the\s+)?"
                      r"(?:story|article)\s+continues))(?:\s+(?:di\s+bawah|below)(?:\s+(?:iklan\s+|the\s+)?"
                      r"(?:ini|iklan|advertisement|ad))?)?")
# A paid piece's label over its pitch on one line: "Konten berbayar — Dapur Anda sudah higienis? Konsultasikan ...",
# "Sponsored content: ..." (forty-first pass; an advertorial's own headline, "Advertorial: ...", is no such line)
_PAID_PITCH = re.compile(r"(?:konten|iklan|artikel)\s+(?:berbayar|bersponsor)|sponsored\s+content|paid\s+content"
                         r"|pariwara", re.IGNORECASE)
_PAID_PITCH_LINE = re.compile(rf"(?:{_PAID_PITCH.pattern})\s*[—–:|]\s*\S.*", re.IGNORECASE)
_PAID_PITCH_WORDS = 25
"""Words at most of a paid piece's label and pitch on one line."""
# An ad network's own labels around its ad, copied with the page: "Iklan oleh Google", "Ads by Google", "Berhenti
# melihat iklan ini", "Stop seeing this ad", "Mengapa iklan ini?", "Why this ad?" (issue 19, thirty-first pass: kept
# inside two stories)
_AD_LABEL = re.compile(r"(?:iklan|ads?)\s+(?:oleh|by)\s+google|(?:berhenti\s+melihat|stop\s+seeing)\s+(?:iklan|this\s+ad)"
                       r"(?:\s+ini)?|(?:mengapa|kenapa)\s+iklan\s+ini\??|why\s+this\s+ad\??")
# An accessibility link over the page: "Lewati ke konten utama", "Langsung ke konten", "Skip to main content"
SKIP_LINK = re.compile(r"(?:lewati|langsung|loncat|lompat|skip|jump)\s+(?:ke|to)\s+(?:the\s+)?(?:konten|isi|content"
                        r"|main|navigasi|navigation|menu|artikel|article)\b(?:\s+\w+)?", re.IGNORECASE)
# An embedded map's own labels, copied with the page: "Lihat peta lebih besar", "View larger map", "Data Peta ©2026
# Google", "Map data ©2026", "Laporkan kesalahan peta", "Report a map error" (issue 19, thirty-first pass: kept between
# two paragraphs)
_MAP_LABEL = re.compile(r"lihat\s+peta\s+(?:lebih\s+besar|yang\s+lebih\s+besar)|view\s+larger\s+map"
                        r"|(?:data\s+peta|map\s+data)\s*©.{0,40}|laporkan\s+(?:error|kesalahan)\s+(?:pada\s+)?peta"
                        r"|report\s+a\s+map\s+error")
# A browser's translation bar left in a copied page: "Translate this page?", "Never translate this site", "Show
# original", "Rate this translation", "Your feedback will be used to help improve Google Translate" (not the
# translator's name alone, a heading of a story on translation apps too)
_TRANSLATE_BAR = re.compile(r"translate\s+this\s+page\??|never\s+translate\s+[\w\s]{1,30}"
                            r"|show\s+original|rate\s+this\s+translation|your\s+feedback\s+will\s+be\s+used\s+to\s+help"
                            r"\s+improve\s+google\s+translate|terjemahkan\s+halaman\s+ini\??|tampilkan\s+(?:teks\s+)?asli"
                            r"|beri\s+nilai\s+terjemahan\s+ini|jangan\s+pernah\s+terjemahkan\s+[\w\s]{1,30}")
TRANSLATE_BAR_REASON = "a browser's translation bar"
# A printed story's jump to or from another page: "(Bersambung ke hal 11 kol 1)", "(Sambungan dari hal 5)",
# "Bersambung ke halaman 7" (issue 19, eighteenth pass: an e-paper's text)
_JUMP = re.compile(r"\(?\s*(?:bersambung|sambungan|lanjutan|lanjut)\s+(?:ke|dari)\s+(?:hal(?:aman)?\.?|hlm\.?|page)\s*\d{1,3}"
                   r"(?:\s*,?\s*kol(?:om)?\.?\s*\d{1,2})?\s*\)?\.?", re.IGNORECASE)
JUMP_REASON = "a printed story's jump to or from another page"
# An e-reader's header over each clipping in its clippings file: what the reader kept, where in the book and when
# ("- Your Highlight on page 2 | Location 12-14 | Added on Sunday, December 6, 2026 9:07:30 PM", "- Sorotan Anda di
# lokasi 12-14 | Ditambahkan pada ..."; issue 19, thirty-ninth pass: Kindle's "My Clippings.txt")
_CLIPPING_HEADER = re.compile(r"-\s*(?:your\s+(?:highlight|note|bookmark|clip(?:ping)?)|(?:sorotan|catatan|penanda)\s+anda)"
                              r"\b[^|]{0,60}(?:\|[^|]{0,40}){0,2}\|\s*(?:added\s+on|ditambahkan(?:\s+pada)?)\s+.{6,60}",
                              re.IGNORECASE)
# A chat channel's header over each message, copied from the app: the account's handle, a dash and when it wrote
# ("oranye_kemayoran — 08/12/2026 21.14", "bang_jek — Today at 21:16"; issue 19, thirty-ninth pass: a Discord
# channel). A writer's byline names a person, in words: "Budi Santoso — 08/12/2026 21.14" is no handle.
_CHAT_AUTHOR = re.compile(r"@?(?-i:[a-z0-9_.]{2,32})\s+[—–-]\s+(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:today|yesterday|hari\s+ini"
                          r"|kemarin)\s+(?:at|pukul))\s+\d{1,2}[.:]\d{2}(?:\s*[AP]M)?", re.IGNORECASE)
CLIPPING_REASON = "an e-reader's clipping header (what was kept, where in the book, when)"
NOTE_CLIPPING = re.compile(r"-\s*(?:your\s+note|catatan\s+anda)\b", re.IGNORECASE)
"""The header of a reader's own note among the clippings."""
# A printed page's running header or footer: the publication's name and the page's number beside it, "WARTA PAROKI |
# hal. 2", "hlm. 3 — Buletin Jumat" (issue 19, twenty-first pass: a parish bulletin's OCR)
_PAGE = r"(?:hal(?:aman)?\.?|hlm\.?|page)\s*\d{1,3}"
_RUNNING_HEAD = re.compile(rf"(?P<name>[^.!?|·•–—]{{2,60}}?)\s*[|·•–—]\s*{_PAGE}|{_PAGE}\s*[|·•–—]\s*(?P<after>[^.!?|·•–—]{{2,60}})",
                           re.IGNORECASE)
_RUNNING_HEAD_WORDS = 6
RUNNING_HEAD_REASON = "a printed page's running header or footer (a name beside the page's number)"
# Ad labels run together on one line: "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT"
_ADS_RUN = re.compile("(?:" + "|".join(re.escape(a) for a in sorted(_ADS, key=len, reverse=True)) + r")"
                      r"(?:[\s|·•-]+(?:" + "|".join(re.escape(a) for a in sorted(_ADS, key=len, reverse=True)) + "))+")
_COMMENTS = {"komentar", "comments", "tulis komentar", "leave a comment", "beri komentar", "lihat komentar",
             "no comments", "kirim komentar"}
# ("Video: 4K 30p, HD 60p" is a spec sheet's row, its resolutions no headline; issue 19, review of the twenty-eighth
# pass)
# (the label's verb may be any of reading, watching, listening or clicking: "Klik juga: <headline>", "Dengarkan
# juga: Podcast ...", issue 19, thirty-seventh pass), after the verbs that are no reading's a headline opening in
# capitals, closed by no full stop (a tip's "Cek juga: oli mesin, air radiator, ...", "Cek juga: Tekanan ban ...
# sebelum berangkat.", issue 19, review of the thirty-seventh pass)
# The label may stand behind guillemets ("»» Baca: <headline>", "» Baca Juga: ...") and name what it links to
# ("Simak juga video: <headline>"); "Periksa juga:" is one of the other verbs (issue 19, thirty-ninth pass)
_RELATED_LINK = re.compile(r"[»›>]*\s*(?:(?:baca|lihat|simak)\s+juga(?:\s+video)?"
                           r"|(?:klik|dengarkan|tonton|saksikan|intip|cek|periksa)\s+juga"
                           r"(?=\s*:\s*(?-i:[^\sa-z])(?!.*\.$))|baca|simak"
                           r"|see also|also read|read also|read more|related|(?:putar|tonton|saksikan|lihat|watch)(?:\s+juga)?\s+video|video(?:\s+terkait)?)"
                           r"\s*:\s*(?!(?:\d{3,4}p|[48]K|(?:full\s+|ultra\s+)?HD\+?)(?!\w))\S", re.IGNORECASE)
# ... or set apart by a guillemet or a dash: "BACA JUGA » <headline>", "Baca juga — <headline>"
_RELATED_MARKED = re.compile(r"(?:baca|lihat|simak)\s+(?:juga|pula)\s*[»›>—–]\s*\S", re.IGNORECASE)
# The links to the story before and after this one, by their headlines: "‹‹ Sebelumnya: <headline>", "Berita
# selanjutnya: <headline> »", "Next: <headline>" (issue 19, thirty-sixth pass: a radio's news page), the headline
# capitalised, no sentence in it ...
_PREVIOUS_NEXT = re.compile(r"[«‹<←\s]*(?:(?:berita|artikel|post(?:ingan)?|tulisan)\s+)?(?:sebelumnya|selanjutnya"
                            r"|berikutnya|previous|next)\s*:\s*(?P<headline>[^.!?]+?)[\s»›>→]*", re.IGNORECASE)
# ... or labelled in full, anything after the label: "« Berita Sebelumnya: Danrem Tinjau Pos Pengamanan", "Artikel
# Selanjutnya: Babinsa Bantu Warga Panen Padi »", "Next post: ..." (thirty-fifth pass; the bare labels are buttons)
_PREVIOUS_NEXT_LABELLED = re.compile(r"[«‹<←]?\s*(?i:(?:artikel|berita|tulisan|pos|postingan|posting)\s+(?:sebelumnya"
                                     r"|selanjutnya|berikutnya|terdahulu)|(?:previous|next|older|newer)\s+"
                                     r"(?:article|post|story))\s*:\s*[A-Z0-9\"“‘'].*?(?:\s*[»›>→])?")
_PREVIOUS_NEXT_WORDS = 25
"""Words at most of a labelled link to a neighbouring story."""
PREVIOUS_NEXT_REASON = "link to the previous or next article"


def previous_or_next(line: str) -> bool:
    """A page's link to the story before or after this one, its label and the headline (the two shapes above)."""
    if len(line) > 200:
        return False
    bare = _PREVIOUS_NEXT.fullmatch(line)
    return ((bare is not None and _capitalised(bare["headline"]))
            or (len(line.split()) <= _PREVIOUS_NEXT_WORDS and _PREVIOUS_NEXT_LABELLED.fullmatch(line) is not None))


# (after a reminder: "Jangan lupa follow akun Instagram dan TikTok <outlet> ...", forty-first pass)
_FOLLOW = re.compile(r"(?:jangan lupa (?:untuk )?|yuk,? |ayo,? )?"
                     r"(?:follow us|follow|ikuti kami|ikuti kita|ikuti|subscribe|berlangganan|langganan|gabung)\b"
                     r".*\b(?:kami|us|google news|instagram|twitter|facebook|tiktok|youtube|whatsapp|telegram"
                     r"|channel|saluran|newsletter|x)\b", re.IGNORECASE)
_VIEWS = re.compile(r"\d[\d.,]*\s*(?:views?|kali dibaca|x dibaca|dibaca|dilihat|pembaca)"
                    r"|(?:dibaca|dilihat|views?)\s*:?\s*\d[\d.,]*(?:\s*kali)?", re.IGNORECASE)
# The count over readers' comments: "1.024 komentar", "3 Comments", "2 tanggapan", "Komentar (4)" (issue 19,
# thirty-fourth pass: `blocks.counted_comments` takes the comments under it)
COMMENT_COUNT = re.compile(r"\d[\d.,]*\s+(?:comments?|komentar|tanggapan|responses?|balasan|replies)"
                           r"|(?:comments?|komentar|tanggapan|balasan)\s*[(\[]\d{1,5}[)\]]", re.IGNORECASE)


def _comments_counted(key: str) -> bool:
    """A count of comments alone on a line, "1.024 komentar", "3 comments": the page's comments prompt. The other
    counts ("2 tanggapan", "Komentar (4)") head readers' comments, taken with them (`blocks.counted_comments`):
    taken alone, a blind set lost four lines of junk."""
    return key[:1].isdigit() and key.endswith(("komentar", "comment", "comments")) and bool(COMMENT_COUNT.fullmatch(key))


# The separators between the parts of a page's line of facts: "<date> | Penulis : Widodo | Editor : Sigit",
# "13 Desember 2026 · 18.20 WIB · Media Officer PSDS" (a dash is not one: it parts a date from its time)
# "Redaksi Suara Borneo", "Tim Redaksi", "Admin": the newsroom as the byline (no author: as "Tim Okezone")
STAFF_BYLINE = re.compile(r"(?:redaksi|tim\s+redaksi|tim|admin|administrator)\b(?:\s+\S+){0,3}", re.IGNORECASE)
FACT_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s|copyright\b|hak cipta\b)", re.IGNORECASE)
# What a copyright line opening with the word has beside it: the sign, a year right after the word, the rights
# reserved or protected ("Copyright 2025 Kompas.com", "Hak cipta dilindungi undang-undang"); a story's sentence
# on a copyright has none of them ("Hak cipta lagu itu dipegang oleh label rekaman ...", issue 19, tenth pass)
_COPYRIGHT_MARKS = re.compile(r"©|\(c\)|^(?:copyright|hak cipta)\s*:?\s*(?:\d{4}|milik|oleh\b)|reserved|dilindungi"
                              r"|all\s+rights|seluruh\s+hak|semua\s+hak", re.IGNORECASE)
_COPYRIGHT_WORDS = 6
"""Words at most of a copyright line without any of those marks ("Copyright Harian Pelita", "Hak Cipta PT ...")."""


def _copyright_line(line: str) -> bool:
    return len(line.split()) <= _COPYRIGHT_WORDS or _COPYRIGHT_MARKS.search(line) is not None
# (or after the name it is claimed for: "Pontianak Post © 2025. All Rights Reserved.", issue 19)
_NAMED_COPYRIGHT = re.compile(r"(?:\S+\s+){1,4}(?:©|\(c\)|copyright)\s*(?:\d{4}|\S+\s+\d{4})", re.IGNORECASE)
# (also under the label themes put before it: "You are here: Home / Review / ...", "Anda di sini: Beranda > ...")
_CRUMB_HOME = re.compile(r"(?:(?:you\s+are\s+here|anda\s+(?:berada\s+)?di(?:\s+sini)?)\s*:\s*)?"
                         r"(?:home|beranda|index)\s*[»›>/]", re.IGNORECASE)
_END_PUNCT = ".!?…"


# A link alone on its line, maybe numbered: a text browser's list of the page's links ("References" under a
# `lynx -dump`: "12. https://...", "22. whatsapp://send?text=..."), a page's address in a print's footer
# A read-more label and the address it links to: "Selengkapnya: https://...", "Baca di web: https://..." (an email
# digest's links to its stories on the site; issue 19, thirty-ninth pass)
_LABELLED_LINK = re.compile(r"(?P<label>[^:]{3,40}?)\s*:\s*(?:[a-z][a-z0-9+.-]{1,15}://|www\.)\S+", re.IGNORECASE)
_ON_THE_WEB = re.compile(r"(?:baca|lihat|buka|read|view)\s+(?:di|versi|on\s+the|in)\s+(?:web|situs|browser|online)",
                         re.IGNORECASE)


def _read_more_at(line: str) -> bool:
    link = _LABELLED_LINK.fullmatch(line)
    if link is None:
        return False
    label = link["label"].casefold().strip(_EDGE_PUNCT)
    return label in _READ_MORE or _ON_THE_WEB.fullmatch(label) is not None


_BARE_LINK = re.compile(r"(?:\d{1,4}[.)]\s+)?(?:[a-z][a-z0-9+.-]{1,15}://|www\.|mailto:)\S+", re.IGNORECASE)
BARE_LINK_REASON = "a link alone (a link list's entry, an address)"
# What a browser prints on each page: at the top the day and time of printing and the page's title ("04/12/26,
# 10.15 <title> | <site>", "12/4/26, 10:15 AM <title>"), at the bottom its address and the page's number
# ("https://... 1/2"); a chat exported as text has "03/12/26, 10.05 - Name: ..." (issue 19, fourteenth pass)
_PRINT_HEADER = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}[.:]\d{2}(?:\s*[AP]M)?\s+(?![-–—]\s)\S.{0,200}")
# Without the comma the title names its site after a bar: "05/12/26 14.02   Cetak Berita | Kementerian ..."
# (twenty-fourth pass); so does a schedule's or a log's row ("12/12/2026 15.30 Persebaya vs Arema FC | Stadion
# ..."), which the header's place tells apart (`parse`)
_BARE_PRINT_HEADER = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}\s+(?=.*\s\|\s)\d{1,2}[.:]\d{2}(?:\s*[AP]M)?\s+(?![-–—]\s)\S.{0,200}")
_PRINT_FOOTER = re.compile(r"(?:[a-z][a-z0-9+.-]{1,15}://|www\.)\S+\s+\d{1,3}/\d{1,3}", re.IGNORECASE)
PRINT_REASON = "a browser's print header or footer (when printed and the title; the address and the page)"
RELATED_HEADING = "related-articles heading"
SETEXT_REASON = "the underline of the subheading above"
_SETEXT_SLACK = 2
"""Characters at most by which a subheading's underline may be longer or shorter than the subheading."""
CRUMBS_REASON = "navigation crumbs"
MENU_ROW_REASON = "menu (items set apart by wide gaps)"


def bare_print_header(line: str) -> bool:
    """A browser's print header without the comma after the day, or a dated row of a table: "05/12/26 14.02
    Cetak Berita | Kementerian Pekerjaan Umum"."""
    return _BARE_PRINT_HEADER.fullmatch(line) is not None and not ends_sentence(line)


def setext_underline(line: str, above: str) -> bool:
    """A row of dashes right under a short line as wide as it: a scraper's Markdown subheading ("Belajar dari
    petani" / "------------------"; issue 19, thirty-sixth pass). A rule wider or narrower than the line is a
    separator, one of "=" the page's headline."""
    return (len(line) >= 3 and set(line) == {"-"} and abs(len(line) - len(above)) <= _SETEXT_SLACK
            and heading_like(above))


def junk_reason(line: str) -> str | None:
    """Why `line` (stripped) is scraping junk rather than article text, or None."""
    if not any(c.isalnum() for c in line):
        return "separator"
    if _BARE_LINK.fullmatch(line):
        return BARE_LINK_REASON
    if _PRINT_FOOTER.fullmatch(line) or (_PRINT_HEADER.fullmatch(line) and not ends_sentence(line)):
        return PRINT_REASON
    key = line.casefold().strip(_EDGE_PUNCT)
    if key in _READ_MORE or _read_more_at(line):
        return "read-more link"
    if key in _RELATED or (len(line) <= 40 and line[0].isupper() and _RELATED_KIND.fullmatch(line.rstrip(" :"))):
        return RELATED_HEADING  # (a heading, capitalised, without a full stop: "... kompetisi serupa." is text)
    if len(line) <= 200 and (_RELATED_LINK.match(line) or _RELATED_MARKED.match(line)):
        return "related-article link"
    if previous_or_next(line):
        return PREVIOUS_NEXT_REASON
    if key in _SHARE or _SHARE_THIS.fullmatch(key) or _SHARE_LABEL.fullmatch(line.casefold()):  # "Sebarkan:" alone
        return "share prompt"
    words = re.split(r"[\s|/·•,]+", _SHARE_LABEL.sub("", key))
    if len(words) >= 2 and all(w in _SOCIAL for w in words if w):
        return "share buttons"
    if len(line) <= 120 and _FOLLOW.match(line) and not SAID_BY.search(line):
        return "follow prompt"
    if (key in _ADS or _ADS_RUN.fullmatch(key) or _SCROLL_ON.fullmatch(key) or _READ_ON.fullmatch(key)
            or _AD_LABEL.fullmatch(key) or (len(line.split()) <= _AD_MARKED_WORDS and _AD_MARKED.match(line))
            or (len(line.split()) <= _PAID_PITCH_WORDS and _PAID_PITCH_LINE.fullmatch(line))):
        return "advertisement"
    if _JUMP.fullmatch(line):
        return JUMP_REASON
    if _CLIPPING_HEADER.fullmatch(line):
        return CLIPPING_REASON
    if _CHAT_AUTHOR.fullmatch(line):
        return "a chat channel's message header (the account and when it wrote)"
    running = _RUNNING_HEAD.fullmatch(line) if len(line) <= 100 else None
    if running and len((running["name"] or running["after"]).split()) <= _RUNNING_HEAD_WORDS:
        return RUNNING_HEAD_REASON
    if _TRANSLATE_BAR.fullmatch(key):
        return TRANSLATE_BAR_REASON
    if len(line) <= 60 and _MAP_LABEL.fullmatch(key):
        return "an embedded map's labels"
    if key in _COMMENTS or _comments_counted(key):
        return "comments prompt"
    if _VIEWS.fullmatch(key):
        return "view counter"
    if price_board(line):
        return PRICE_BOARD_REASON
    if len(line) <= 80 and " | " in line:  # "Humas Sukamaju | Dilihat 837 kali": a counter beside a name
        parts = [p.strip(_EDGE_PUNCT) for p in key.split(" | ")]
        if any(_VIEWS.fullmatch(p) for p in parts) and all(len(p.split()) <= 4 for p in parts):
            return "view counter"
    if len(line) <= 200 and ((_COPYRIGHT.match(line) and _copyright_line(line))
                             or (len(line) <= 120 and _NAMED_COPYRIGHT.match(line))):
        return "copyright notice"
    if is_crumbs(line):
        return CRUMBS_REASON
    return None


PRICE_BOARD_REASON = "a price board's row (prices of the day)"
# A price with its currency or its unit: "Rp58.000/kg", "USD 15.640", "Rp 1.412.000/gr"
_PRICE = re.compile(r"\b(?:Rp|USD|SGD|EUR|MYR|US\$)\s?\d|\d\s?/\s?(?:kg|gr|g|ons|liter|ekor|butir|ikat)\b",
                    re.IGNORECASE)
_BOARD_LABEL_WORDS = 6


def price_board(line: str) -> bool:
    """A price board's row: a short label, its colon, then two items or more set apart by "|", each with its price
    ("KURS HARI INI: USD 15.640 | SGD 11.720 | EMAS ANTAM Rp 1.412.000/gr", "Info Harga Ternak Hari Ini: Sapi Bali
    hidup Rp58.000/kg | Kambing Rp75.000/kg"; issue 19, fortieth pass: a ticker left between paragraphs). A story
    gives a price in a sentence; a score's row ("Set: 22-25 | 25-23") names no price."""
    label, colon, rest = line.partition(":")
    cells = FACT_SEPARATOR.split(rest.strip())
    return (bool(colon) and len(label.split()) <= _BOARD_LABEL_WORDS and len(cells) >= 2
            and all(_PRICE.search(cell) for cell in cells) and not ends_sentence(line))


def is_crumbs(line: str) -> bool:
    """Navigation like "Kepri | Aceh | Nabire | |" or "Home > Tekno > AI": short items between separators."""
    if _CRUMB_HOME.match(line):
        return True
    for separator in ("|", "»", "›", " > "):
        parts = [p.strip() for p in line.split(separator)]
        if len(parts) >= 3 and all(len(p.split()) <= 4 and not p.endswith(tuple(_END_PUNCT)) for p in parts):
            return sum(bool(p) for p in parts) >= 2
    return False


# ---------------------------------------------------------------- metadata

# label (lower case) -> field. Longest first, so "terakhir dimodifikasi" wins over "dimodifikasi".
_LABELS = {
    "penulis": "author", "ditulis oleh": "author", "pewarta": "author", "jurnalis": "author", "rep": "author",
    "red": "editor", "oleh": "author", "reporter": "author", "wartawan": "author",
    "kontributor": "author", "author": "author", "authors": "author", "written by": "author", "by": "author",
    "editor": "editor", "penyunting": "editor", "redaktur": "editor", "edited by": "editor",
    "waktu pembuatan": "date", "dibuat": "date", "diterbitkan": "date", "dipublikasikan": "date",
    "terbit": "date", "tanggal": "date", "tgl": "date", "published": "date", "published on": "date",
    "posted": "date", "posted on": "date", "date": "date", "publish date": "date",
    # a release's own date ("Tanggal Rilis : 1 Agustus 2025" on a statistics office's release page)
    "tanggal rilis": "date", "tanggal terbit": "date", "tanggal publikasi": "date", "tanggal tayang": "date",
    "dirilis": "date", "rilis": "date", "release date": "date", "released": "date", "waktu terbit": "date",
    "terakhir dimodifikasi": "updated", "terakhir diperbarui": "updated", "diperbarui": "updated",
    "dimodifikasi": "updated", "updated": "updated", "update": "updated", "last updated": "updated",
    "last modified": "updated", "modified": "updated",
    "kata kunci": "tags", "keywords": "tags", "tags": "tags", "tag": "tags", "label": "tags", "labels": "tags", "topik": "tags", "topics": "tags", "topic": "tags",
    "sumber": "source", "source": "source",
    # the author of a photo story or a feature credited with the pictures and the words
    "foto dan teks": "author", "foto & teks": "author", "teks dan foto": "author", "teks & foto": "author",
    "naskah dan foto": "author", "naskah & foto": "author", "foto dan naskah": "author", "text and photos": "author",
    "words and photos": "author", "teks": "author", "naskah": "author",
    # a magazine's credits in so many words: "Words by Dimas Prasetyo", "Teks oleh ..." (issue 19, seventh pass)
    "words by": "author", "text by": "author", "story by": "author", "teks oleh": "author", "naskah oleh": "author",
    "tulisan oleh": "author", "wawancara oleh": "author", "interview by": "author",
    # a report's writer named as its source: "Laporan: Rudi Sinaga", "Liputan: ..." (issue 19, eighth pass)
    "laporan": "author", "liputan": "author",
    # who posted it, on a CMS's news page: "Diposting oleh: Humas ...", "Diunggah oleh: Admin" (issue 19, eleventh
    # pass: taken for the headline)
    "diposting oleh": "author", "diposkan oleh": "author", "dipos oleh": "author", "diunggah oleh": "author",
    "dikirim oleh": "author", "posted by": "author", "uploaded by": "author",
    # who made the pictures, in a feature's credits under the story: kept nowhere (issue 19, eighth pass)
    "fotografer": "credit", "ilustrator": "credit", "videografer": "credit", "kamerawan": "credit",
    "penata letak": "credit", "tata letak": "credit", "desain grafis": "credit", "infografis": "credit",
    "photographer": "credit", "illustrator": "credit", "illustration": "credit",
    # who checked the story, a health site's doctor or a fact-checker: not its author, kept nowhere (issue 19,
    # tenth pass: "Ditinjau oleh: dr. ..." under a byline was taken for the headline)
    "ditinjau oleh": "reviewer", "ditinjau secara medis oleh": "reviewer", "direview oleh": "reviewer",
    "diulas oleh": "reviewer", "diperiksa oleh": "reviewer", "diperiksa secara medis oleh": "reviewer",
    "diverifikasi oleh": "reviewer", "reviewed by": "reviewer", "medically reviewed by": "reviewer",
    "fact checked by": "reviewer", "fact-checked by": "reviewer", "pemeriksa fakta": "reviewer",
}
_LABEL = "|".join(re.escape(k) for k in sorted(_LABELS, key=len, reverse=True))
# (a label may say "on" before its colon: "Dipublikasikan Pada :", "Diterbitkan pada:", issue 19, sixth pass)
_LABEL_RE = re.compile(rf"(?P<label>{_LABEL})(?:\s+(?:pada|on))?\s*:", re.IGNORECASE)
_DATE_LABEL_NO_COLON = re.compile(
    r"(?P<label>terakhir dimodifikasi|terakhir diperbarui|diperbarui|diterbitkan|dipublikasikan|published|"
    r"updated|last updated|posted)\s+(?P<value>\S.*)", re.IGNORECASE)
# The same without a colon: "Ditinjau secara medis oleh dr. Hendra Kusuma, Sp.A" (a doctor's title in lower case)
_REVIEWER_NO_COLON = re.compile(r"(?P<label>(?i:ditinjau(?:\s+secara\s+medis)?|direview|diulas|diperiksa(?:\s+secara"
                                r"\s+medis)?|diverifikasi|(?:medically\s+)?reviewed|fact[- ]checked)\s+(?:oleh|by))"
                                r"\s+(?P<value>(?:(?i:dr|drg|prof|apt|ns|bd)\.\s?)*[A-Z][\w.'’-]*"
                                r"(?:,?\s+(?:[A-Z][\w.'’-]*|dan|&)){0,6})")
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|dan|and|&|bin|binti|van|de|der|von|al|el)"
# (a noun label may have a comma after it, as BBC's article box writes "Penulis, Rahmat Hidayat")
# (an interview's writer: "Wawancara oleh ...", issue 19, titles of the thirty-seventh pass: taken for the headline)
_BYLINE = re.compile(rf"(?P<label>(?i:oleh|by|ditulis oleh|written by|words by|text by|story by|teks oleh|naskah oleh"
                     rf"|tulisan oleh|wawancara oleh|interview by|penulis|reporter|pewarta|editor|penyunting|redaktur))(?:(?i:(?<!oleh)(?<!by))\s*,)?\s+"
                     rf"(?P<value>[A-Z][\w.'’-]*(?:,?\s+{_NAME_WORD}){{0,7}})")


# A name and a full stop that is not an initial's: "Utami Argawati." (but "Nur R." keeps its dot)
_NAME_THEN_STOP = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*[a-z]\.")


@dataclass(frozen=True, slots=True)
class Field:
    """One `label: value` found in a metadata line."""

    kind: str
    """author, editor, date, updated, tags, source, credit (of the pictures) or reviewer (the last two not kept)."""
    label: str
    """The label as written ("Waktu Pembuatan")."""
    value: str
    """The value, stripped of separators."""
    colon: bool = True
    """False for forms without a colon ("Oleh Rina", "Diperbarui 20 Juni 2025")."""


def metadata_fields(line: str) -> tuple[Field, ...] | None:
    """Split a metadata line, also fields glued without spaces ("...TeamWaktu Pembuatan: 2025-...").

    Returns None when the line is not metadata: it must start with a label, and every further label
    must start with a capital right after a space, a separator or a glued lower-case letter or digit."""
    first = _LABEL_RE.match(line)
    if not first:
        no_colon = _BYLINE.fullmatch(line) or _DATE_LABEL_NO_COLON.fullmatch(line) or _reviewer(line)
        if not no_colon:
            # "Penulis Rina W | Editor Dewi L", "Penulis Rina W / Editor Dewi L"
            parts = re.split(r"\s[|/·•–—]\s|\s-\s", line) if len(line) <= 200 else []
            labelled = [_BYLINE.fullmatch(part.strip()) or _reviewer(part.strip()) for part in parts]
            if len(parts) < 2 or not all(labelled):
                return None
            return tuple(Field(_LABELS[" ".join(m["label"].lower().split())], m["label"], m["value"].strip(),
                               colon=False) for m in labelled if m is not None)
        # ("Dipublikasikan pada 7 Maret 2025 pukul 14.05 WIT": the date after "pada" / "on")
        value = re.sub(r"^(?:pada|on|tanggal)\s+", "", no_colon["value"].strip(), flags=re.IGNORECASE)
        return (Field(_LABELS[" ".join(no_colon["label"].lower().split())], no_colon["label"], value, colon=False),)
    starts = [first]
    for match in _LABEL_RE.finditer(line, first.end()):
        before = line[match.start() - 1]
        if match["label"][0].isupper() and not before.isupper():
            starts.append(match)
    starts = sorted([*starts, *_CREDIT_LABEL.finditer(line, first.end())], key=lambda m: m.start())
    fields = []
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(line)
        value = line[match.end():end].strip().strip("|,;·•").strip()
        if index + 1 < len(starts) and starts[index + 1].re is _CREDIT_LABEL:
            value = value.rstrip(" -–—/")  # "Reporter: Ana - Video: Budi"
        label = match["label"]
        kind = _LABELS.get(label.lower(), "credit")
        if kind in ("author", "editor") and _NAME_THEN_STOP.fullmatch(value):
            value = value[:-1]  # "Penulis: Utami Argawati." (a court's news page ends its credits with a full stop)
        fields.append(Field(kind, label, value))
    return tuple(fields)


def _reviewer(line: str) -> re.Match[str] | None:
    """A reviewer's line without a colon whose value is a name (see `_REVIEWER_NO_COLON`)."""
    match = _REVIEWER_NO_COLON.fullmatch(line) if len(line) <= 120 else None
    return match if match is not None and is_name(match["value"]) else None


# A credit for the pictures after the byline, past a separator: "Pewarta: Yunita Sari | Foto: Humas Kaltara" -- a
# field of its own ("credit", not kept), not part of the writer's name (issue 19, eighth pass)
_CREDIT_LABEL = re.compile(r"(?<=[|·•/–—-]\s)(?P<label>(?i:foto|fotografer|photo|photos|grafis|ilustrasi|ilustrator"
                           r"|video|videografer|kamera))\s*:")


def split_names(value: str) -> tuple[str, ...]:
    """"Rina Wulandari dan Budi" -> ("Rina Wulandari", "Budi"); a degree stays with its name ("Nadia, S.H.")."""
    parts: list[str] = []
    for part in re.split(r"\s*(?:,|&|/|\bdan\b|\band\b)\s*", value):
        if parts and _DEGREE.fullmatch(f", {part}"):
            parts[-1] += f", {part}"
        elif part.strip():
            parts.append(" ".join(part.split()))
    # "Sri Lestari / ABC": an editor's code (initials in capitals) beside a name is no second name
    named = [p for p in parts if not _INITIALS_CODE.fullmatch(p)]
    return tuple(dict.fromkeys(named or parts))


_INITIALS_CODE = re.compile(r"[A-Z]{2,4}(?:-?\d{1,3})?")


# An academic or professional degree after a name: "Nadia Rahmawati, S.H.", "Rina, M.Si.", "Budi, Sp.PD."
_DEGREE = re.compile(r",\s*[A-Z][A-Za-z]{0,3}\.(?:\s?[A-Za-z]{1,4}\.)*$")


def is_name(value: str) -> bool:
    """A plausible byline: a few words, no sentence punctuation (the full stop of a degree after a comma is
    none: "Nadia Rahmawati, S.H.", issue 19)."""
    words = value.split()
    return (0 < len(words) <= 10 and len(value) <= 100
            and (not value.endswith(tuple(_END_PUNCT + ":")) or _DEGREE.search(value) is not None))


# ---------------------------------------------------------------- publishers and datelines

_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id|net|org|tv|news|info)\b"
# "ZONA GADGET," alone on a line, right before the dateline.
_PUBLISHER_LINE = re.compile(rf"(?P<name>[A-Z0-9][A-Z0-9&.'’ -]*[A-Z0-9.]|{_DOMAIN})\s*,")
_DASH = r"(?:\s*[—–]\s*|\s+--?(?:\s+|$))"
_CITY = r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,2}"
# "JAKARTA —", "JAKARTA (Reuters) -", "JAKARTA, KOMPAS.com —"
_DATELINE = re.compile(rf"(?P<city>{_CITY})(?:\s*\((?P<paren>[^()]{{1,40}})\))?"
                       rf"(?:\s*,\s*(?P<after>[^—–,]{{1,40}}?))?{_DASH}")
# "Liputan6.com, Jakarta -"
_DATELINE_AFTER_PUBLISHER = re.compile(rf"(?P<pub>{_DOMAIN}),\s*(?P<city>[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){{0,2}})"
                                       rf"{_DASH}")


def publisher_line(line: str) -> str | None:
    """The publisher named by a line like "ZONA GADGET," (to be confirmed by a dateline after it)."""
    if len(line) > 100:  # no publisher's name is that long; looking for a domain in it was quadratic (issue 21)
        return None
    match = _PUBLISHER_LINE.fullmatch(line)
    if not match or sum(c.isalpha() for c in match["name"]) < 2:
        return None
    return publisher_name(match["name"])


def publisher_name(text: str) -> str:
    """"ZONA GADGET" -> "Zona Gadget"; short acronyms ("CNN") and domains ("KOMPAS.com") stay as written."""
    text = " ".join(text.split()).strip(" ,")
    if re.search(_DOMAIN, text, re.IGNORECASE) or not text.isupper():
        return text
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in text.split())


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place at the start of a report, and a publisher named next to it."""

    place: str
    """"JAKARTA"."""
    publisher: str | None
    """"KOMPAS.com" in "JAKARTA, KOMPAS.com —", "Reuters" in "JAKARTA (Reuters) —"."""


# "Pangururan (SIB)", "MEDAN (Antara)": a place and its outlet in brackets, on a line of its own over the story
_DATELINE_ALONE = re.compile(r"(?P<city>[A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+){0,2})\s*\((?P<paren>[\w.-]{2,30}"
                             r"(?:\s[A-Z][\w.]{1,20})?)\)")


# "Semarang, NU Online", "Jakarta, CNN Indonesia", "Bogor, kabarbogor.id": a place, a comma and the outlet, led
# by its acronym or written as a domain (issue 19, sixteenth pass)
_DATELINE_COMMA = re.compile(rf"[A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+){{0,2}},\s+"
                             rf"(?:{_DOMAIN}|[A-Z]{{2,}}(?:\.com)?(?:\s[A-Z][a-z]+){{0,2}})")


def dateline_alone(text: str) -> bool:
    """A dateline written on a line of its own, without a dash: a place and the outlet in brackets, in
    capitals or as a domain ("Pangururan (SIB)", "Palu (ANTARA)", "Bogor (kabarbogor.id)"), issue 19; or
    after a comma ("Semarang, NU Online")."""
    match = _DATELINE_ALONE.fullmatch(text)
    if match is None:
        return _DATELINE_COMMA.fullmatch(text) is not None
    return match["paren"].isupper() or re.fullmatch(_DOMAIN, match["paren"], re.IGNORECASE) is not None


# A press release's dateline: "Jakarta, 4 September 2024 – Bank ...", "Surabaya, 3/6/2025 - ..."
_DATED_DATELINE = re.compile(r"(?P<place>[A-Z][A-Za-z .'’-]{1,30}),\s+(?P<date>[^–—]{6,40}?)\s*(?:[–—]|\s-)\s")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}/\d{1,2}/\d{2,4}")


def dated_dateline(text: str) -> re.Match[str] | None:
    """A press release's dateline opening `text` ("Jakarta, 4 September 2024 – ...": its `place` and its
    `date`), or None."""
    match = _DATED_DATELINE.match(text[:120])
    return match if match and _YEAR.search(match["date"]) else None


# "Semarang – Majelis Hakim ...", "Bekasi – Sekitar 2.300 jemaat ...", "Semarang - Ombudsman ...": a place in
# title case and a dash or a hyphen (spaced: "Jakarta–Jambi PP" is a route)
_PLACE_OPENING = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s[-–—]\s[A-Z0-9“\"]")


def place_opening(text: str) -> bool:
    """`text` opens with a place written in title case and a spaced dash or hyphen before a capital, as a dateline
    in capitals does ("Semarang – Majelis Hakim ..."): where a story starts, though `find_dateline` (for
    the front matter's `dateline`) takes only capitals."""
    return _PLACE_OPENING.match(text) is not None


# "Jakarta, Tilik.id - ...", "Gorontalo (Pendim 1304) – ...": a place in title case and its outlet, after a comma
# as a domain or led by its acronym, or in brackets, then a spaced dash (issue 19, thirty-fourth pass). A
# preposition or a link word before the place makes it a sentence's ("Di Mataram, KPK – Komisi ...", its review).
_OUTLET_PLACE_OPENING = re.compile(rf"(?!(?:Di|Ke|Dari|Dalam|Pada|Bagi|Untuk|Menurut|Sementara|Selain|Namun|Kini"
                                   rf"|Saat|Ketika|Sebelumnya|Sedangkan|Adapun)\b)"
                                   rf"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?:\s*\((?P<paren>[A-Z][^()]{{1,40}})\)"
                                   rf"|,\s+(?P<outlet>{_DOMAIN}|[A-Z]{{2,}}(?:\s[A-Z][a-z]+){{0,2}})){_DASH}[A-Z0-9“\"]")


def outlet_place_opening(text: str) -> bool:
    """`text` opens with a place in title case and its outlet before a dash ("Jakarta, Tilik.id - Kementerian
    ...", "Gorontalo (Pendim 1304) – Kodim ..."), as a dateline in capitals does."""
    return opening_outlet(text) is not None


def opening_outlet(text: str) -> str | None:
    """The outlet named by `outlet_place_opening` ("Tilik.id", "Pendim 1304"), or None."""
    match = _OUTLET_PLACE_OPENING.match(text)
    return (match["paren"] or match["outlet"]) if match is not None else None


def find_dateline(text: str) -> Dateline | None:
    """Recognise "JAKARTA —" (or a variant) at the start of a body paragraph."""
    match = _DATELINE_AFTER_PUBLISHER.match(text)
    if match:
        return Dateline(match["city"], match["pub"])
    match = _DATELINE.match(text)
    if not match or len(match["city"]) < 4:
        return None
    publisher = None
    for candidate in (match["paren"], match["after"]):
        candidate = (candidate or "").strip()
        if candidate and (re.fullmatch(_DOMAIN, candidate, re.IGNORECASE) or candidate.isupper()
                          or candidate in ("Reuters", "Antara", "Bernama")):
            publisher = publisher_name(candidate)
    return Dateline(match["city"], publisher)


# ---------------------------------------------------------------- shapes of lines

# (check and cross marks head a list's items as well: a review's pros and cons, "✅ Baterai awet" / "❌ Kipas
# berisik"; and a full stop alone, a numbered list's item whose number the copy lost, ". Menguras tempat ...";
# issue 19, twenty-ninth pass)
_BULLET = re.compile(r"(?:[•·▪◦‣●○■□►▸➤✓✔✅❌✗✘✖☑❎☒]\ufe0f?\s*|[-*+–.]\s+)(?P<text>\S.*)")
_ORDERED = re.compile(r"(?P<number>\d{1,3})(?P<delim>[.)])\s+(?P<text>\S.*)")
_OPENING = "“\"„«‘'(["
_CONTINUATION_START = ",;:.!?)]}”’»…"


def bullet_item(line: str) -> str | None:
    """The text of a "•", "-", "*" list item, else None."""
    match = _BULLET.fullmatch(line)
    return match["text"] if match else None


def ordered_item(line: str) -> tuple[int, str] | None:
    """(number, text) of a "1." or "1)" list item, else None."""
    match = _ORDERED.fullmatch(line)
    return (int(match["number"]), match["text"]) if match else None


def list_item(line: str) -> bool:
    """A list's item, under a mark ("•", "-") or a number ("1.", "1)")."""
    return bullet_item(line) is not None or ordered_item(line) is not None


# Pictographs closing a social post's sentence in place of its full stop: "... kalau lewat malam 🙏" (issue 19,
# thirteenth pass: an X thread's last post, ending so, was dropped as a short line that is no sentence)
_PICTOGRAPH_END = re.compile(r"(?<=\w)\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")


def closing_pictographs(line: str) -> bool:
    """Whether pictographs follow the line's last word (a social post's way to end its last sentence)."""
    return _PICTOGRAPH_END.search(line) is not None


# A thread's post number before its text: "1/ Dinas ...", "2/5 Pekerjaan ...", "(3/5) Rute ..." (an X or Threads
# thread copied from the web)
_THREAD_NUMBER = re.compile(r"\(?(?P<number>\d{1,2})/(?P<total>\d{1,2})?\)?\s+(?=\S)")
# ... or after it, with the total: "... tak kunjung diperbaiki. (1/4)" (as Threads posts are numbered)
_THREAD_NUMBER_AFTER = re.compile(r"(?<=\S)\s+\(?(?P<number>\d{1,2})/(?P<total>\d{1,2})\)?$")
# A thread's mark after a post's closing full stop, before its number: "... pipa kering. 🧵 1/6" (issue 19,
# twentieth pass: the post ended no sentence with it, and the thread was not seen)
_THREAD_MARK = re.compile(r"(?<=[.!?…\"”’)])\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")
_THREAD_POSTS = 3
"""Posts at least, numbered 1/, 2/, 3/ ... in order, that make a thread (a recipe's "1/2 sdt" is no post)."""
_POST_WORDS = 4
"""Words at least of a thread's post."""


# A text browser's link marker glued before the link's text: "[5]Beranda [6]Merauke", "Penulis: [17]Albertus"
# (`lynx -dump`); a footnote's mark after a word ("kata dia[1] ...") is not one
_LINK_MARKER = re.compile(r"(?<![^\s(\[\"“'‘#*-])\[\d{1,4}\](?=[^\s\d\]])")
_LINK_MARKERS = 5
"""Link markers at least in a text that a text browser dumped (a text citing a source or two is not one)."""


def without_link_markers(lines: list[str]) -> list[str]:
    """The lines without a text browser's link markers, when the text has several (issue 19, fourteenth pass: a
    `lynx -dump` kept "[17]" in its byline and "[19]Baca Juga:" in the story)."""
    if sum(len(_LINK_MARKER.findall(line)) for line in lines) < _LINK_MARKERS:
        return lines
    return [_LINK_MARKER.sub("", line) for line in lines]


# A crawler's field label opening a line of its record, in capitals and brackets: "[TITLE] ...", "[DATE LINE] ...",
# "[CONTENT]", "[/CONTENT]"
_FIELD_LABEL = re.compile(r"\[/?(?P<label>[A-Z][A-Z0-9 _-]{2,30})\](?:\s+|$)")
_FIELD_LABELS = 5
"""Labels at least, each opening one line only, that make a crawler's record."""
_SPEAKER_LINES = 3
"""Lines at least a label opens that make it a speaker's ("[TANYA]", "[TERDAKWA]"), not a field's."""
# A field the crawler stamps about its own visit, not the page's: "[FETCHED] 2026-12-09 15:02:11"
_CRAWL_FIELD = re.compile(r"(?:FETCHED|CRAWLED|SCRAPED|RETRIEVED|DIAMBIL|DIAKSES|DIUNDUH)\b")


def without_field_labels(lines: list[str]) -> list[str]:
    """The lines without a crawler's field labels, when five labels or more open a line each (issue 19,
    twenty-seventh pass: "[TITLE] ..." was taken for the headline with its label, "[DATE LINE] Rabu, 09/12/2026
    14:05 WIB" for no date). A label alone on its line stays, as does the crawler's stamp of its visit (the
    time it fetched the page is no date of the page's), and a speaker's label opening three lines or more: a
    transcript's ("[HAKIM] ...", "[TERDAKWA] ...", "[TANYA] ..."; review of the twenty-seventh pass: who said
    what was lost)."""
    labels = Counter(match[0].strip() for match in map(_FIELD_LABEL.match, lines) if match is not None)
    if sum(count == 1 for count in labels.values()) < _FIELD_LABELS:
        return lines
    return [_unlabelled(line, labels) for line in lines]


def _unlabelled(line: str, labels: Counter[str]) -> str:
    """`line` without the field label it opens with, if a value follows and the field is the page's."""
    label = _FIELD_LABEL.match(line)
    if (label is None or label.end() == len(line) or _CRAWL_FIELD.match(label["label"])
            or labels[label[0].strip()] >= _SPEAKER_LINES):
        return line
    return line[label.end():]


# A schedule's entry: a clock time, perhaps its zone, and a separator before what happens then ("15.00 WIB:
# Persib vs Persija", "19:30 - Pembukaan", "08.00 WITA | Kirab budaya")
SCHEDULE_ENTRY = re.compile(r"\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?\s*[:|–—-]\s+\S")


# A transcript's time stamp before each line read: "[00:24] PANDEGLANG, (KB).- ...", "[1:02:09] ..." (a text-to-speech
# player's or a video's transcript)
_TIME_STAMP = re.compile(r"[\[(](?:\d{1,2}:)?\d{1,2}:\d{2}[\])]\s+(?=\S)")
_TIME_STAMPS = 3
"""Lines at least opening with a time stamp that make a transcript."""


def without_time_stamps(lines: list[str]) -> list[str]:
    """The lines without a transcript's time stamps, when three lines or more open with one (issue 19, twentieth
    pass: a text-to-speech player's transcript stamped every line it read, the story's among them)."""
    if sum(_TIME_STAMP.match(line) is not None for line in lines) < _TIME_STAMPS:
        return lines
    return [_TIME_STAMP.sub("", line, count=1) if _TIME_STAMP.match(line) else line for line in lines]


def thread_posts(lines: list[str]) -> dict[int, str]:
    """The lines numbered as a thread's posts, 1/ to n/ in order (three or more; the number before the post or,
    with the total, after it), each ending a sentence (a gallery's "1/8 Rumah adat ..." captions do not), index
    -> the post without its number: the numbering is the platform's, not the story's (issue 19, thirteenth and
    fourteenth pass)."""
    posts: dict[int, str] = {}
    for index, line in enumerate(lines):
        match = _THREAD_NUMBER.match(line)
        post = line[match.end():] if match else ""
        if match is None and (match := _THREAD_NUMBER_AFTER.search(line)) is not None:
            post = _THREAD_MARK.sub("", line[:match.start()])
        if (match and int(match["number"]) == len(posts) + 1 and len(post.split()) >= _POST_WORDS
                and (ends_sentence(post) or closing_pictographs(post))
                and (match["total"] is None or int(match["total"]) >= int(match["number"]))):
            posts[index] = post
    return posts if len(posts) >= _THREAD_POSTS else {}


# A social post's caption as the platform shows it, the account's handle before it: "infomataram POHON TUMBANG ...";
# a handle has a letter (a number alone above a line that starts with it is a counter, not an account's header)
_HANDLE_BEFORE = re.compile(r"@?(?P<handle>(?=[a-z0-9._]*[a-z])[a-z0-9][a-z0-9._]{2,29})\s+(?=[A-Z0-9\"“‘'])")
_HEADER_REACH = 6
"""Lines above a post's caption within which its account's header (the handle alone) is looked for."""
_CAPTION_WORDS = 3
"""Words at least of a post's caption after its account's handle."""


def caption_after_handle(lines: list[str]) -> dict[int, str]:
    """The first line that opens with the handle of the account whose header stands alone a few lines above it
    ("infomataram ✔", "@infomataram", "Audio asli · infomataram"), index -> the line without the handle: a social
    post's caption, the handle the platform's, not the headline's (issue 19, eighteenth pass: the caption's
    first line, its headline, was no title candidate, as it started in lower case). Empty when there is none."""
    for index, line in enumerate(lines):
        match = _HANDLE_BEFORE.match(line)
        if match is None or len(line[match.end():].split()) < _CAPTION_WORDS:
            continue
        header = re.compile(rf"(?:.*\s[·•]\s)?@?{re.escape(match['handle'])}(?:\s*[✔✓☑]\ufe0f?)?")
        if any(header.fullmatch(above) for above in lines[max(0, index - _HEADER_REACH):index]):
            return {index: line[match.end():]}
    return {}


_FRAME_WORDS = 6
"""Words at most of a line of the frame a page repeats around each of its entries."""
_FRAME_REPEATS = 3
"""Times at least a line of such a frame stands in the text."""
_FIGURES = re.compile(r"\d[\d.,]*\s*(?:rb|k|jt)?", re.IGNORECASE)


def _headline_case(line: str) -> bool:
    """Three words or more, each capitalised: a headline repeated with each page of a story, which the
    headline's choice takes where it first stands."""
    words = line.split()
    return len(words) >= 3 and all(word[0].isupper() or word[0].isdigit() for word in words)


_CAPITALISED_SHARE = 0.6
"""Share at least of a headline's words that are capitalised or figures ("Harga Cabai di Pasar Raya Tembus Rp 70")."""


def _capitalised(text: str) -> bool:
    """Three words or more, the first and most of the others capitalised, as a headline's."""
    words = text.split()
    capitals = sum(word[0].isupper() or word[0].isdigit() for word in words)
    return len(words) >= 3 and words[0][0].isupper() and capitals >= _CAPITALISED_SHARE * len(words)


_PAGE_NUMBER = re.compile(r"\d{1,3}\s+(?=\S)")
_RUNNING_WORDS = 20
"""Words at most of a printed page's running header or footer."""


def running_fields(lines: list[str]) -> frozenset[int]:
    """The indices of a printed page's running header or footer copied with each page of a PDF: a line of
    fields set apart by "|", no sentence, standing three times or more, maybe after the page's number ("PT Contoh
    Tbk | contoh.co.id | Call 1500" under every page, "2 Press Kit Contoh | Desember 2026"; issue 19, thirty-ninth
    pass). A table's row has its own figures each time."""
    def key(line: str) -> str:
        return _PAGE_NUMBER.sub("", line, count=1) if _PAGE_NUMBER.match(line) else line

    counts = Counter(key(line) for line in lines
                     if " | " in line and len(line.split()) <= _RUNNING_WORDS and not ends_sentence(line))
    return frozenset(index for index, line in enumerate(lines) if " | " in line and counts[key(line)] >= _FRAME_REPEATS)


def repeated_frames(lines: list[str]) -> frozenset[int]:
    """The indices of short lines that are no sentence, each standing three times or more in the text, next to
    (no blank between) another such line or a bare counter: the frame a page repeats around each post or entry
    -- an account's name, its badge and the day over each post of a thread, "Terjemahkan" over its counts, a
    paginated story's "Skip to content" over its path (issue 19, fourteenth pass). A heading standing again over
    each part of a story ("Bahan-bahan", "Kelebihan") stands over its own text, which is not repeated."""
    counts: dict[str, int] = {}
    for line in lines:
        if line and len(line.split()) <= _FRAME_WORDS and not ends_sentence(line) and not _headline_case(line):
            counts[line] = counts.get(line, 0) + 1
    repeated = {line for line, count in counts.items() if count >= _FRAME_REPEATS}
    if not repeated:
        return frozenset()

    def framing(index: int) -> bool:
        return 0 <= index < len(lines) and (lines[index] in repeated or _FIGURES.fullmatch(lines[index]) is not None)

    return frozenset(index for index, line in enumerate(lines)
                     if line in repeated and (framing(index - 1) or framing(index + 1)))


# The verb that says who said or wrote what comes before it, after a comma or a quote: ", kata Siti", ", ujarnya",
# ", tulis akun resmi pemkab", ", bunyi pesan itu" (issue 19, ninth and tenth passes); in lower case before a
# name or a pronoun, also a bidding's: ", pesan Topan menutup pertemuan", ", imbau Kapolres", ", ajaknya"
# (twenty-fifth pass's review; "pesan sekarang", "ajak teman" are an advertisement's orders)
SAYS = (r"(?:(?:ujar|kata|ucap|tutur|jelas|tegas|imbuh|tambah|sebut|pungkas|ungkap|terang|tulis|bunyi)(?:nya)?"
        r"|(?-i:(?:pesan|imbau|imbauan|ajak|ajakan|seruan|pinta|papar|beber|kenang|tandas)"
        r"(?:nya|(?=\s+(?:[A-Z]|dia\b|ia\b|beliau\b)))))")
# A sentence closed by the one who said it: "..., kata Kepala Dinas Kominfo, Budi Santoso.", "..., ujarnya.", "...,
# begitu imbauan Dinas SDA." -- a call to the reader in it is one the story reports, someone's words (issue 19,
# ninth pass; review of the twenty-eighth pass)
SAID_BY = re.compile(rf"[,\"”]\s*(?:(?:begitu|demikian)\s+)?{SAYS}\b[^.!?\"“”]{{0,80}}[.!][\"”)]*$", re.IGNORECASE)

CLOSERS = "”’\"')]»"
"""Closing quotes and brackets, which may follow the punctuation that ends a sentence or a headline's last word."""
OPENERS = ("“", '"', "‘", "'", "«")
"""Opening quotes: a line that starts with one is someone's words (a quote), not the site's."""


# An editor's, reporter's or agency's code after a paragraph's last sentence, spaced or glued: "ujarnya. (S-25)",
# "sumbernya. [ka/rs]", "membakar.(end)". The sentence has ended before it: a blind set's paragraphs ending so
# swallowed the page's next line ("Bagikan ini:", "Forum", a print-edition note) (issue 19).
_CODE_AFTER_END = re.compile(r"(?<=[.!?…\"”’])\s*[(\[](?:\*{1,3}|[A-Za-z]{1,6}\d{0,3}(?:\s*[/-]\s*[A-Za-z0-9*]{1,12}){0,3})[)\]]\.?$")


_BROKEN_AT_HYPHEN = re.compile(r"[^\W_]-$")


def glue(previous: str, text: str) -> str:
    """What joins an input line to the one before it in a logical line: nothing before punctuation, or after
    a word a wrap broke at its hyphen ("masing-" / "masing", "Jawa-" / "Bali", "2020-" / "2021", as Python's
    textwrap breaks lines; issue 19, tenth pass), else a space."""
    if text[:1] in tuple(",;:.!?)]}”’»…") or (text[:1].isalnum() and _BROKEN_AT_HYPHEN.search(previous)):
        return ""
    return " "


def broken_at_hyphen(text: str) -> bool:
    """Whether the line ends in a word and a hyphen: a wrap broke a hyphenated word there."""
    return _BROKEN_AT_HYPHEN.search(text) is not None


def ends_sentence(text: str) -> bool:
    """Ends with . ! ? … or : (possibly followed by closing quotes or brackets, or by an editor's code)."""
    return _CODE_AFTER_END.sub("", text).rstrip(CLOSERS).endswith(tuple(_END_PUNCT + ":"))


# A sentence's end inside a text: its mark, closing quotes or a bracket, then a space or a capital glued on
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*(?:\s+|(?=[A-Z]))")


def several_sentences(text: str) -> bool:
    """More than one sentence in `text` (a sentence's end inside it, not only at its end)."""
    return bool(SENTENCE_END.findall(text.rstrip(".!?…\"'”’) ")))


_WORDS_PER_SEPARATOR = 5
"""Words at most per comma or semicolon in a line that enumerates (a line-up, a recipe's spices)."""
# A field's label before its values: "Borneo FC: ...", "Bumbu halus: ...", "Pemain cadangan: ..."
_FIELD_LEAD = re.compile(r"^[^\W\d_][^:;,.!?]{0,40}:\s+\S")


def enumeration(text: str) -> bool:
    """A line that enumerates names or amounts and ends no sentence, whatever its length: a line-up's
    "Borneo FC: Nadeo Argawinata; Leo Guntara, Christophe Nduwarugira, ...", a recipe's "Bumbu halus: 5 siung
    bawang merah, 3 siung bawang putih, ..." (issue 19, eleventh pass: rows of twenty words went as a footer's)."""
    separators = text.count(",") + text.count(";")
    return not ends_sentence(text) and separators >= 3 and len(text.split()) <= _WORDS_PER_SEPARATOR * separators


def field_row(text: str) -> bool:
    """A row of a list of fields: a short label, a colon, then an enumeration of its values."""
    lead = _FIELD_LEAD.match(text)
    return lead is not None and len(text[:lead.end()].split()) <= 5 and enumeration(text)


def _may_continue(text: str) -> bool:
    """Whether `text` may start as a continuation, from its first character alone (a text's every line is asked)."""
    return text[:1] in _CONTINUATION_START or text[:1].islower()


def starts_continuation(text: str) -> bool:
    """Starts with punctuation that cannot begin a sentence, or with an all-lower-case word."""
    if text[0] in _CONTINUATION_START:
        return True
    first = text.split()[0]
    return first[0].islower() and first.islower()


def heading_like(text: str) -> bool:
    """Short, starts like a sentence, no closing punctuation other than "?": could be a heading."""
    words = text.split()
    starts_well = text[0].isupper() or text[0].isdigit() or text[0] in _OPENING
    return (1 <= len(words) <= 16 and len(text) <= 120 and starts_well
            and not text.rstrip(CLOSERS).endswith(tuple(".,;:!…—–-("))
            and any(c.isalpha() for c in text))


def title_like(text: str) -> bool:
    """A plausible headline: at most 25 words, not a long full sentence, a fragment or a list item."""
    words = text.split()
    full_sentence = text.endswith(".") and not text.endswith("..") and len(words) > 12
    return (1 <= len(words) <= 25 and len(text) <= 200 and not full_sentence and not starts_continuation(text)
            and not text.endswith((",", ";", ":", "—", "–", "-", "("))
            and bullet_item(text) is None and any(c.isalpha() for c in text))


def wrap_width(texts) -> int:
    """The width a text was wrapped at, as far as its lines tell: the length of its longest line of two
    words or more. A wrap never breaks a word, so a line of one token (a page's URL, a long link) stands
    out past the width whole and says nothing of it (issue 19, a print view under its URL)."""
    return max((len(text) for text in texts if " " in text), default=0)


def cut_by_width(line: str, following: str, width: int) -> bool:
    """The wrap ended `line` there: the first word of the line below would not have fitted on it."""
    return bool(following.split()) and len(line) + 1 + len(following.split()[0]) > width


_NARROW_WIDTHS = range(25, 50)
"""The widths of a text wrapped narrower than a scraper wraps: a phone screen's lines run through OCR."""
_NARROW_LINES = 3
"""Lines at least of a block that shows its narrow wrap."""
_COLUMN_LINES = 3
"""Lines at least, each going on in lower case on the next, that show a text's narrow column."""


def column_width(runs: list[list[str]]) -> int | None:
    """The width of a narrow column the text was wrapped at (an e-paper's or a phone screen's 30 to 45 columns, a
    banner or a separator wider than the column among its lines; issue 19, eighteenth pass): the longest line
    that ends no sentence and whose next line goes on in lower case, when three or more do; None when fewer do,
    or the width is no narrow one. A line the column would not hold (a notice under the story, set wider: issue
    19, twentieth pass) is passed over: the width is the widest such line at which half the cuts or more
    were made by the width, the next line's first word not fitting on the line."""
    cut = [(line, following) for texts in runs for line, following in zip(texts, texts[1:])
           if _may_continue(following) and starts_continuation(following) and not ends_sentence(line)]
    if len(cut) < _COLUMN_LINES:
        return None
    width = next(width for width in sorted({len(line) for line, _ in cut}, reverse=True)
                 if sum(cut_by_width(line, following, width) for line, following in cut) * 2 >= len(cut))
    return width if width in _NARROW_WIDTHS else None


def narrow_wrap(texts: list[str]) -> bool:
    """Lines of a block hard-wrapped at a narrow width (a phone screenshot's 30 to 45 columns, issue 19,
    seventeenth pass): three lines or more, the widest 25 to 49 characters, each line but the last cut by
    the width (the next line's first word would not have fitted on it), and most of them ending no
    sentence. Lines of a list, an address or a verse leave room on some line for the next one's first word."""
    widest = max((len(text) for text in texts), default=0)
    if len(texts) < _NARROW_LINES or widest not in _NARROW_WIDTHS:
        return False
    pairs = list(zip(texts, texts[1:]))
    return (all(cut_by_width(line, following, widest) for line, following in pairs)
            and sum(not ends_sentence(line) for line, _ in pairs) * 2 > len(pairs))
