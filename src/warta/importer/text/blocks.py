"""Judge page blocks as wholes: widgets, galleries, embedded posts, appeals, comments and the calls after a story
(issue 19's fourth pass).

A line-by-line look misses a page block whose lines each look harmless: a poll ("POLLING", a question to the
reader, its options, "Vote"), a gallery ("1 / 4 ..." captions), an embedded post (its text with hashtags or
emoji, "2.341 suka"), a calculator ("Harga properti", "Tenor (tahun)", "Hitung"), a contact box
("Narahubung:", names with telephone numbers), a standings table, an appeal above its button ("... Tanda
tangani petisi ...", "Tanda tangani sekarang"). Here (`widgets`) a run of lines without a blank between them
is scored by the cues of its lines (`cue`) -- furniture no story line has (counters, "n / m" numbering,
trailing hashtags, emoji, a handle, a caption's credit, a button, a contact) and weaker ones (a label in
capitals, a question to the reader, a form label, votes) -- and goes as a whole when it holds a strong cue
and a second one. Story lines without a cue end a run, so a paragraph next to a widget stays, and a run
under a story sentence that ends in ":" is a list the story introduces. `appeals` takes a button with the
call above it; `comments` a reader's comment in its frame (header or date above, reply buttons below);
`media_calls` a call to tune in to the outlet's radio or programme; `above_dateline` what stands between
the headline and a story that opens with its dateline. Below the story's last paragraph (`closing_calls`,
`author_box`): calls that name a medium, questions to the reader next to boilerplate, notices about "this
article", the publisher describing itself, other articles' headlines, the author's box. Pure; linear in
the lines."""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Protocol

from warta.importer.records import TO_FRONT_MATTER
from warta.importer.text import boilerplate
from warta.importer.text import lines as shapes

# Verbs a button or a call to the reader starts with (Indonesian and English)
_CALL_VERBS = (r"(?:vote|voting|pilih|kirim(?:kan)?|hitung|cari|lihat|tanda\s+tangani|dukung|bantu|donasi|berdonasi"
               r"|daftar|gabung|bergabung|unduh|download|simpan|coba|mulai|pesan|beli|tonton|saksikan|dengarkan|ikuti"
               r"|kunjungi|hubungi|laporkan|temukan|dapatkan|baca|simak|tulis|bagikan|isi|yuk|ayo|sign\s+up|putar"
               r"|cek|klik"
               r"|subscribe|donate|join|submit|send|search|calculate|read|watch|listen|play)")
# (a button may also say "Chat Dokter", "Chat Admin": a word a story's sentence may well start with, so no call's)
_BUTTON = re.compile(rf"(?i:{_CALL_VERBS}|chat)(?:\s+[\w-]+){{0,2}}!?|(?:[\w-]+\s+){{1,2}}(?i:sekarang|now)!?")
_CALL_START = re.compile(rf"(?:^|[.!?]\s+)(?i:{_CALL_VERBS})\b")
# "Tanya dokter gratis lewat aplikasi ...": a call to ask, after the story only (as a button or a label, "Tanya
# Jawab" heads a story's Q&A; issue 19, twelfth pass)
_ASK = re.compile(r"(?:^|[.!?]\s+)(?i:tanya(?:kan)?|konsultasikan)\b")
_YOU = re.compile(r"\b(?:anda|kamu|kalian|you|your)\b|\b(?!(?:\w*temu|tamu|bertamu|ilmu|jamu|ramu|jumu)\b)\w{3,}mu\b",
                  re.IGNORECASE)
# Where a call sends the reader: a programme, radio, app, channel, contact, a site, "more at"
# (not a bare web address or a call centre: an explainer may end by sending its reader to an agency's site)
_CHANNEL = re.compile(r"\b(?:program|radio|aplikasi|app|android|ios|youtube|whatsapp|telegram|instagram|tiktok"
                      r"|kanal|saluran|siaran|podcast|honorarium|tulisan\s+(?:anda|kamu)|redaksi)\b"
                      r"|\b(?:selengkapnya|lebih\s+lanjut|lengkapnya)\s+(?:di|hanya\s+di)\b", re.IGNORECASE)
# The page's own comment box: asking the reader to answer there is the writer's voice as often as the site's
_COMMENT_BOX = re.compile(r"\bkolom\s+komentar\b", re.IGNORECASE)
# "1 / 4 ...", "Foto 2 dari 5: ...", "Slide 3 of 8 ..." (a bare "1 dari 3 anak ..." is a story's statistic)
_GALLERY = re.compile(r"\d{1,3}\s*/\s*\d{1,3}\s+\S|(?i:foto|gambar|slide|photo)\s+\d{1,3}\s*(?:/|dari|of)\s*\d{1,3}\b")
# An embedded post's signature: "— Kampung Nelayan (@kampungnelayan) 3 Maret 2025"
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^()]{1,60}\(@[\w.]{2,30}\)")
# (one counter or a row of them: "4.812 Suka 612 Balas", "1,2 rb likes · 38 replies")
_COUNTER = re.compile(r"(?:\d[\d.,]*\s*(?:rb|k|jt|ribu|juta)?\s+(?:suka|likes?|views?|dilihat|kali\s+dilihat"
                      r"|komentar|comments?|shares?|dibagikan|balas|balasan|replies|reposts?|retweets?)\s*[·•|]?\s*){1,4}",
                      re.IGNORECASE)
# (votes are weaker: an election story lists its results as "96.214.691 suara")
_VOTES = re.compile(r"(?:total\s+|jumlah\s+)?\d[\d.,]*\s*(?:rb|k|jt|ribu|juta)?\s+(?:suara|votes?|pemilih|responden)",
                    re.IGNORECASE)
# What only an appeal offers or asks for (a story line above a button goes only with one, or the reader addressed)
_OFFER = re.compile(r"\b(?:petisi|petition|donasi|berdonasi|donate|langganan|berlangganan|subscribe|gratis|free|diskon"
                    r"|promo|sekarang|now|kami|jurnalisme|member|premium)\b", re.IGNORECASE)
_TRAILING_TAGS = re.compile(r"(?:\s#[^\W\d_][\w]*){2,}\s*$")
_HANDLE_END = re.compile(r"(?:^|\s)@[\w.]{3,30}$")
_HANDLE_AND_TAG = re.compile(r"@[\w.]{3,30}.*#[^\W\d_]|#[^\W\d_].*@[\w.]{3,30}")
# (digits a release masks for privacy may come first: "0812-xxxx-3341", "0857-XXXX-7720"; issue 19, eleventh pass)
_PHONE = re.compile(r"(?:\+62|\(0\d{1,3}\)|\b0\d{2,3})[\s-]?[\dx*][\dx*]{1,3}[\s-]?[\dx*]{3,4}|\b[\w.-]+@[\w-]+\.[a-z]{2,}\b",
                    re.IGNORECASE)
_UNIT_LABEL = re.compile(r"[^()]{2,30}\((?:[a-z%$ ]{1,12}|rp|idr|%)\)", re.IGNORECASE)
_SELF_NOTICE = re.compile(r"\b(?:artikel|tulisan|konten|liputan|informasi\s+(?:dalam|di|pada))\s+"
                          r"(?:ini|artikel\s+ini)\b",
                          re.IGNORECASE)
# "Tentang WALHI: Wahana Lingkungan Hidup Indonesia (WALHI) adalah ...": the name again, and who it is
_ABOUT_PREFIX = re.compile(r"(?i:tentang|about)\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})\s*:\s+"
                           r"(?=.*\b(?P=name)\b.*?\s(?:adalah|merupakan|ialah|is)\s)")
# "Popbela.com adalah media ...", "Project Multatuli adalah organisasi jurnalisme ...": the publisher describing itself
# (or a newspaper, a magazine, a student press: "Suara USU merupakan pers mahasiswa ...", issue 19, tenth pass)
_SELF_DESCRIBED = re.compile(r"(?P<subject>[\w-]+\.(?:com|co\.id|id|net|org)|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})\s+"
                             r"(?:adalah|merupakan|ialah|is)\s+(?:sebuah\s+|an?\s+)?"
                             r"(?:organisasi|lembaga|media|platform|pers|surat\s+kabar|koran|majalah|tabloid"
                             r"|kantor\s+berita|situs|portal|perusahaan|yayasan|kanal|komunitas|organi[sz]ation"
                             r"|non-?profit|newspaper|magazine)\b")
_SHORT_WORDS = 8
"""Words at most of a line without a cue that a widget's run takes along (a poll option, a form label)."""
_CALL_WORDS = 40
"""Words at most of a call to the reader (an appeal above its button, a closing call)."""

STRONG = "strong"
WEAK = "weak"


class Context(Protocol):
    """What the block look needs of `page.Lines` (kept the other way round would be a cycle)."""

    items: list
    removed: dict[int, str]
    removed_text: dict[int, str]
    prose: list[bool]
    posts: frozenset[int]

    def kept(self, index: int) -> bool: ...

    def text(self, index: int) -> str: ...

    def neighbour(self, index: int, step: int) -> int | None: ...


def cue(text: str) -> str | None:
    """How strongly one line shows page furniture: STRONG (counter, gallery numbering, an embedded post's
    hashtags, emoji or handle, a copyright mark, a button, a contact), WEAK (a label in capitals, a
    question to the reader, a form label) or None."""
    words = len(text.split())
    if (_GALLERY.match(text) or _COUNTER.fullmatch(text) or _POST_SIGNATURE.match(text)
            or _TRAILING_TAGS.search(text) or (_emoji(text) and not _emoji_told(text) and not _marked_item(text))
            or (words <= 8 and _HANDLE_END.search(text)) or (words <= 40 and _HANDLE_AND_TAG.search(text))
            or _credit(text) or button(text) or _dot_row(text)
            or (words <= 15 and _PHONE.search(text) and not shapes.ends_sentence(text) and not _steps(text))):
        return STRONG
    if ((words <= 3 and text.isupper() and sum(c.isalpha() for c in text) >= 4 and not _CLOCK.fullmatch(text))
            or _VOTES.fullmatch(text) or _RANK_ROW.fullmatch(text)
            or (words <= 20 and text.rstrip().endswith("?") and _YOU.search(text))
            or (words <= 4 and (text.endswith(":") or _UNIT_LABEL.fullmatch(text))) or _figure(text)
            or _marked_item(text)):
        return WEAK
    return None


# The arrows between a how-to's steps: "Simpan nomor ... > kirim pesan >> pilih layanan ...", "Buka aplikasi → pilih"
_STEP_ARROW = re.compile(r"\s(?:>>?|»|→|⇒|➔|➡)\s")


def _steps(text: str) -> bool:
    """A how-to's chain of steps, two arrows or more, each step after one opening with its verb in lower case: the
    number it says to save or call is the story's, no contact box's (issue 19, twenty-fifth pass's review probe;
    a page's path, "Beranda > Berita > Daerah", capitalises its items)."""
    steps = _STEP_ARROW.split(text)
    return len(steps) >= 3 and all(step[:1].islower() for step in steps[1:])


# A clock time and its zone alone: a live report's entry ("13.40 WITA" over what happened then), no label in capitals
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}\s?(?:WIB|WITA|WIT)")


# Short items set apart by a middle dot: "Rumah Kayu · Sore Tiba · 2025", "Budi · 2 jam lalu" (a player's track row,
# a post's or comment's header; prose never separates its words so)
_DOT_ROW = re.compile(r"[^·•.!?]{1,40}(?:\s[·•]\s[^·•.!?]{1,40}){1,5}")


def _dot_row(text: str) -> bool:
    """A row of short items set apart by middle dots, without a sentence: furniture (issue 19, seventh pass)."""
    return _DOT_ROW.fullmatch(text) is not None and len(text.split()) <= 12


_FIGURE_WORDS = 4
"""Tokens at most of a line that is a figure alone (a ticker's price, its change)."""


def _figure(text: str) -> bool:
    """A figure alone, with its unit or sign: "Rp1.618.450.000", "+4,21% (24 jam)", "US$98.000": a
    ticker's, a score box's or a counter's value (a story's number stands in a sentence)."""
    chars = [c for c in text if not c.isspace()]
    letters = sum(c.isalpha() for c in chars)
    return (len(text.split()) <= _FIGURE_WORDS and any(c.isdigit() for c in chars)
            and letters < 0.35 * len(chars))


# A caption's credit after its last full stop: "... Jatiluwih. -NUSABALI/SUKARTA",
# "... Mandiri.-Boy Slamet-HARIAN DISWAY"
_DASHED_CREDIT = re.compile(r"(?<=[.)])\s?-\s?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s?[-/]\s?)?"
                            r"[A-Z]{3,}(?:\s[A-Z]{2,}){0,2}(?:\s?/\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})?$")


def _credit(text: str) -> bool:
    """A caption ending in its credit: one sentence at most before a dashed credit ("-OUTLET/NAME") or
    before the "©", a few words after it (a paragraph with a caption glued to its end is the story's, cut
    elsewhere; "Warga Passo © 2025 menyebut ..." is a sentence)."""
    dashed = _DASHED_CREDIT.search(text)
    # (an outlet and a name, "-NUSABALI/SUKARTA" or "-Boy Slamet-HARIAN DISWAY": "... kata dia. -ANTARA" alone is
    # a wire story's sign-off)
    if dashed and ("/" in dashed.group() or dashed.group().count("-") >= 2):
        before = text[:dashed.start()]
        return len(before.split()) <= 30 and len(shapes.SENTENCE_END.findall(before.rstrip(".) "))) <= 1
    before, mark, after = text.partition("©")
    return (bool(mark) and len(before.split()) <= 25 and len(shapes.SENTENCE_END.findall(before)) <= 1
            and len(after.split()) <= 6 and not shapes.ends_sentence(after))


# A row of a standings table: rank, name, points ("2. Dewa United 47")
_RANK_ROW = re.compile(r"(?P<rank>\d{1,2})[.)]\s+[A-Z][\w .'’&-]{1,40}?\s+\d{1,3}")
_TABLE_ROWS = 3


def _ranked_rows(lines: Context, run: list[int]) -> int:
    """How many rows of the run are a standings table's, ranked one after another from the first."""
    ranks = [int(m["rank"]) for m in (_RANK_ROW.fullmatch(lines.text(i)) for i in run) if m]
    if not ranks or ranks != list(range(ranks[0], ranks[0] + len(ranks))):
        return 0
    return len(ranks)


# Since when, in a year: "Bergabung sejak 2015", "Anggota sejak Juni 2019" tell of a person, no button says it
_SINCE_YEAR = re.compile(r"\b(?i:sejak|since)\b.*\b(?:19|20)\d\d\b")


def button(text: str) -> bool:
    """A button: at most three words, a call ("Vote", "Lihat Hasil", "Hitung") or "... sekarang"; not since when
    ("Bergabung sejak 2015", a listed person's line; issue 19, review of the thirty-first pass and the guard)."""
    return (len(text.split()) <= 3 and _BUTTON.fullmatch(text.strip()) is not None
            and not boilerplate.noun_list(text)  # ("Daftar Pemain" heads a list of players)
            and not _SINCE_YEAR.search(text))


_TOLD_EMOJI_WORDS = 8
"""Words at least of a story's sentence that tells of an emoji."""


def _emoji(text: str) -> bool:
    return any(unicodedata.category(c) == "So" and c not in "©®°™" for c in text)


def _marked_item(text: str) -> bool:
    """A list's item under its mark ("✅ Baterai awet", "► Jalur ditutup"), no emoji in its text: the mark is the
    list's bullet, no post's emoji, a weak cue only (issue 19, twenty-ninth pass: a review's pros and cons went as
    a widget; an offer's items above its button still go with it)."""
    item = shapes.bullet_item(text)
    return item is not None and _emoji(text[:len(text) - len(item)]) and not _emoji(item)


def _emoji_told(text: str) -> bool:
    """A story's sentence that tells of an emoji, words going on after it to its full stop ("Akun pengunggahnya
    menulis keterangan singkat dengan emoji 😭 dan mengajak warganet membantu."): no post's emoji, which opens
    or ends it ("☔ Prakiraan cuaca ...") or stands among its hashtags (issue 19, review of the twenty-sixth pass)."""
    words = text.split()
    return (len(words) >= _TOLD_EMOJI_WORDS and text.endswith(".") and not _emoji(words[0]) and not _emoji(words[-1])
            and not _TRAILING_TAGS.search(text))


def _imperative(text: str) -> bool:
    return (len(text.split()) <= _CALL_WORDS and not text.startswith(shapes.OPENERS)
            and _CALL_START.search(text) is not None)


def orders(text: str) -> bool:
    """A line that starts with an order to the reader ("Cek harga ...", "Dapatkan ...")."""
    return _imperative(text)


def offers_something(text: str) -> bool:
    """Words only an appeal or an advertisement offers or asks for ("gratis", "diskon", "berlangganan")."""
    return _OFFER.search(text) is not None


def addresses(text: str) -> bool:
    """The reader addressed: "Anda", "kamu", a word ending in "-mu" ("impianmu")."""
    return _YOU.search(text) is not None


def call(text: str) -> bool:
    """The site calling on its reader: a sentence that starts with a call, or the reader addressed."""
    return len(text.split()) <= _CALL_WORDS and bool(_CALL_START.search(text) or _YOU.search(text))


def _runs(lines: Context, story: frozenset[int], taken: set[int]) -> list[list[int]]:
    """Runs of kept lines without a blank between them that may be page furniture: a story line without a
    cue, a long line without one, a taken-out line or a blank ends a run."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in range(len(lines.items) + 1):
        # (a thread's numbered post is the story's, even with an embedded post's emoji)
        fits = i < len(lines.items) and lines.kept(i) and i not in taken and i not in lines.posts and (
            cue(lines.text(i)) is not None
            or (i not in story and len(lines.text(i).split()) <= _SHORT_WORDS))
        if fits:
            run.append(i)
            continue
        if run and i < len(lines.items) and _STAMP.search(lines.removed.get(i, "")):
            continue  # an embedded post's time or counter, taken out already, does not end its run
        if run and i < len(lines.items) and lines.removed.get(i) == _BUTTON_REASON:
            run.append(i)  # a poll's or form's button, taken out already as one: it counts as the run's cue
            continue
        if run and i < len(lines.items) and i not in lines.removed and not lines.kept(i) and run[-1] == i - 1:
            continue  # one blank line: a text dump sets a blank between all lines, a poll's options too
        if run:
            runs.append(run)
        run = []
    return runs


_STAMP = re.compile(r"^(?:date|counter|page navigation or audio player)")
"""Reasons of a line taken out that a widget's run passes over: a post's time ("9:58 PM · Sep 2, 2025"), a counter,
a player's time ("0:00 / 3:42")."""


def widgets(lines: Context, story: frozenset[int], taken: set[int]) -> dict[int, str]:
    """The runs that are a widget, a gallery, an embedded post or a contact box: a strong cue and one more
    (or one line with a copyright mark, an embedded post's hashtags or emoji), index -> reason."""
    found: dict[int, str] = {}
    for run in _runs(lines, story, taken):
        found.update((i, "page widget (poll, gallery, embedded post, form or contact box)")
                     for i in _widget(lines, story, taken, run) if lines.kept(i))
    return found


_BUTTON_REASON = "button or menu item"
"""The reason `boilerplate.pattern_reason` gives a button it takes out on its own ("Kirim", "Vote")."""


def _seen(lines: Context, index: int) -> str:
    """A run's line as it was read: a kept line's text, or the text of a button taken out already."""
    return lines.text(index) if lines.kept(index) else lines.removed_text.get(index, "")


def _widget(lines: Context, story: frozenset[int], taken: set[int], run: list[int]) -> list[int]:
    """The lines of one run that go as a widget (with its label right above it), or none."""
    # (a widget starts and ends with its furniture: a short line at either end -- a subheading above
    # the story's next paragraph, a name -- is not taken along)
    while run and cue(_seen(lines, run[-1])) is None:
        run.pop()
    while run and cue(_seen(lines, run[0])) is None:
        run.pop(0)
    if len(run) > 1 and writers_question(lines, taken, run[:1]):
        run = run[1:]
    if not run:
        return []
    if _introduced(lines, story, taken, run):
        # a list the story introduces ("... dapat menghubungi nomor berikut:"): only its button goes
        return [i for i in run if button(_seen(lines, i)) or _COUNTER.fullmatch(_seen(lines, i))]
    cues = [cue(_seen(lines, i)) for i in run]
    # (a standings table, "1. Persib 52" / "2. Dewa United 47" / "3. Persebaya 45", counts as furniture)
    strong = cues.count(STRONG) + (_ranked_rows(lines, run) >= _TABLE_ROWS)
    # (one line goes alone when its cue is a credit, or when it is short furniture outside the story: a
    # story line may quote a post with its emoji or hashtags; quote marks, not "'": an apostrophe is in names)
    text = _seen(lines, run[0])
    alone = len(run) == 1 and (_credit(text) or (
        strong and run[0] not in story and len(text.split()) <= _SHORT_WORDS + 4 and not button(text)
        and not _GALLERY.match(text) and not any(mark in text for mark in '“"‘”')))
    # (a run of bare figures, no word to say what they count, is a ticker's or a score box's: "Rp1.618.450.000" /
    # "+4,21% (24 jam)")
    figures = len(run) >= 2 and all(_figure(_seen(lines, i)) for i in run)
    if not ((strong and len(cues) - cues.count(None) >= 2) or alone or figures):
        return []
    # the gallery's, poll's or contact box's own short label right above it ("Galeri foto", "Kontak Media")
    labelled = (strong >= 2 or len(cues) - cues.count(None) >= 3 or all(_PHONE.search(lines.text(i)) for i in run))
    label = run[0] - 1
    if (labelled and label >= 0 and lines.kept(label) and label not in taken and label not in story
            and len(lines.text(label).split()) <= 3 and not shapes.ends_sentence(lines.text(label))):
        return [label, *run]
    return run


# A widget's own label opening its line: "Beri Nilai: Aktual · Bermanfaat", "Bagikan: Facebook · X"
_OWN_LABEL = re.compile(r"[^:.!?]{2,25}:\s+\S")


# The story announcing what follows: "Berikut saluran pengaduan resmi.", "Raisa menulis", "... antara lain"
_ANNOUNCES = re.compile(r"(?:^|[.!?,]\s+|\s)(?:berikut|sebagai\s+berikut|antara\s+lain|di\s+antaranya|yakni|yaitu"
                        r"|(?:me)?nulis(?:kan)?|berbunyi|bertuliskan|mencuit|berkomentar|ucapan\s+selamat|komentar)\b"
                        r"[^.!?]*[.:]?$", re.IGNORECASE)
# A row of results: "Jonatan Christie vs Lee Zii Jia 21-18, 21-15"
_SCORE_ROW = re.compile(r".*\S\s+(?:vs\.?|v|lawan|-)\s+\S.*\s\d{1,2}\s*[-–]\s*\d{1,2}\b.*|.*\s\d{1,3}$")
_INTRO_WORDS = 4
"""Words at least of a story line that introduces a list."""


def _introduced(lines: Context, story: frozenset[int], taken: set[int], run: list[int]) -> bool:
    """The run is a list the story introduces: the line right above it ends in ":", announces it
    ("Berikut saluran pengaduan resmi.", "Dalam unggahan tersebut, Raisa menulis"), or is a story sentence
    of one sentence over items that are full sentences or score rows ("Foto 1 dari 3: Rumah warga ... tertimbun abu, Jumat.",
    "1 / 4 A vs B 21-18, 21-15"): hotlines, a charity's bank accounts, results, a quoted post (issue 19)."""
    # (the intro may stand over an item without a cue: "Berikut saluran pengaduan resmi." / "Kontak OJK 157"; a
    # blank line may stand between: "... dipinjam pelajar adalah:" / "" / "Laskar Pelangi · Diterbitkan ...", issue
    # 19, review of the thirtieth pass)
    above = run[0] - 1
    if above > 0 and not lines.kept(above) and above not in lines.removed:
        above -= 1
    for intro in (above, above - 1):
        if intro < 0 or not lines.kept(intro) or intro in taken:
            return False
        text = lines.text(intro)
        if len(text.split()) >= _INTRO_WORDS and (text.endswith(":") or _ANNOUNCES.search(text)):
            return True
        if _open_clause(text):
            return True  # "Pemerintah daerah membuka posko pengaduan yang bisa dihubungi warga selama 24 jam"
        if len(text.split()) >= _INTRO_WORDS and (intro in story or shapes.ends_sentence(text)):
            break
    else:
        return False
    items = [lines.text(i) for i in run if not button(lines.text(i)) and not _COUNTER.fullmatch(lines.text(i))]
    # (a one-sentence line right above: a paragraph of the story over a gallery is not its introduction)
    one = not shapes.several_sentences(lines.text(intro))
    return one and intro == run[0] - 1 and bool(items) and all(
        shapes.ends_sentence(t) or _SCORE_ROW.fullmatch(_GALLERY.sub("", t, count=1)) for t in items)


_CLAUSE_WORDS = 8
"""Words at least of a story's sentence left open over the list it introduces."""


def _open_clause(text: str) -> bool:
    """A story's sentence without its full stop, in lower case and with stop words, that goes on into the
    list under it."""
    f = boilerplate.line_features(text)
    return (f.words >= _CLAUSE_WORDS and not shapes.ends_sentence(text) and f.title_case < 0.5
            and f.stop_density >= 0.2)


def appeals(lines: Context, story: frozenset[int], taken: set[int]) -> dict[int, str]:
    """A button and the call above it, without a blank between ("Krisis iklim tidak menunggu. Tanda tangani
    petisi ...", "Tanda tangani sekarang"): the lines above go while they are calls or short labels, and
    only when one of them is a call."""
    found: dict[int, str] = {}
    for b, item in enumerate(lines.items):
        # (the button may be taken out already, as a menu item: "Daftar"; a heading over related links, "Baca
        # Juga", is none)
        if item is None and _heads_links(lines, b):
            continue
        text = item[1] if item is not None else lines.removed_text.get(b, "")
        if not text or (item is not None and b in taken) or not button(text):
            continue
        above = _call_above(lines, story, taken, b)
        # (the call is a sentence to the reader: another button above is no call)
        if any(call(lines.text(j)) and len(lines.text(j).split()) > 3 for j in above):
            below = b + 1  # (and what the button shows right under it: "1.482 suara")
            while below < len(lines.items) and lines.kept(below) and below not in taken and below not in story \
                    and cue(lines.text(below)) is not None:
                below += 1
            found.update((i, "appeal to the reader above its button") for i in [*above, *range(b, below)]
                         if lines.kept(i) and i not in taken)
    return found


_APPEAL_REACH = 12
"""Lines at most above a button that its appeal is looked for in."""


def _call_above(lines: Context, story: frozenset[int], taken: set[int], b: int) -> list[int]:
    """The kept lines right above a button, without a blank between, while they are calls, cues or short
    labels (lines taken out already, a form field's placeholder, are passed over)."""
    above: list[int] = []
    for j in range(b - 1, max(b - 1 - _APPEAL_REACH, -1), -1):
        if not (lines.kept(j) or j in lines.removed) or _heads_links(lines, j):
            break  # a blank line, or the related articles under the story: its closing question to the reader
            # above them is no appeal of a newsletter's box below them (issue 19, twenty-fifth pass)
        if not lines.kept(j) or j in taken:
            continue
        text = lines.text(j)
        if j in story and not (_imperative(text) and (_YOU.search(text) or _OFFER.search(text))):
            break  # (a story paragraph that merely says "Anda", or tells what to do, is no appeal)
        if lines.removed.get(j + 1, "").endswith(TO_FRONT_MATTER) and writers_question(lines, taken, [j]):
            break  # the story's closing question over the article's tags, no appeal of a box further down
        if _SAID.search(text):
            break  # a call the story reports: "Bantu kami mencari Dimas, kata Siti, ..." (issue 19, tenth pass)
        if _wish(text):
            break  # the writer's closing wish over the site's box: "Selamat mencoba, semoga rumahmu makin nyaman!"
        if not (call(text) or cue(text) is not None
                or (len(text.split()) <= _SHORT_WORDS and not shapes.ends_sentence(text))):
            break
        above.append(j)
    return above


# A wish to the reader: "Selamat mencoba", "Selamat berkreasi", "Semoga bermanfaat" (not "Selamat datang", a site's
# greeting)
_WISH = re.compile(r"(?i:selamat\s+(?:me|ber)\w+|semoga)\b")


def _wish(text: str) -> bool:
    """The writer's closing wish to the reader, under the story's last paragraph or list ("Selamat mencoba, semoga
    rumahmu makin nyaman!"): it opens the line and the line asks for nothing, neither a call nor an offer (issue
    19, thirty-seventh pass: a lifestyle listicle's last line went with the newsletter box under it)."""
    return (_WISH.match(text) is not None and not _CALL_START.search(text) and not _OFFER.search(text)
            and not _CHANNEL.search(text))


def _heads_links(lines: Context, index: int) -> bool:
    """The line was taken out as the heading of related articles ("Baca Juga"), the end of a story's page."""
    return lines.removed.get(index) == shapes.RELATED_HEADING


def closing_calls(lines: Context, story: list[int], taken: set[int], inserts: frozenset[int] = frozenset()
                  ) -> dict[int, str]:
    """Below the story: from the page's last kept line up, the calls that name a channel ("Saksikan
    berita lengkapnya di program ...", a hard-wrapped one with its second line), questions to the reader
    next to boilerplate, notices about "this article", an outlet's "Tentang X: ..."; up to the first story
    line that is none of these (short lines that are not story lines are passed over and stay)."""
    found: dict[int, str] = {}
    if not story:
        return found
    found.update(_tail_headlines(lines, story, taken))
    found.update(_release_notices(lines, story, taken | set(found)))
    out = taken | set(found)  # (kept up to date: one set, not a union per line)
    kept = [i for i in range(story[0] + 1, len(lines.items)) if lines.kept(i) and i not in out]
    position = len(kept) - 1
    while position >= 0:
        unit = [kept[position]]
        # (a hard-wrapped call: the lines above that this one continues)
        while (position > 0 and kept[position - 1] == unit[0] - 1 and shapes.starts_continuation(lines.text(unit[0]))
               and not shapes.ends_sentence(lines.text(kept[position - 1]))):
            position -= 1
            unit.insert(0, kept[position])
        text = " ".join(lines.text(i) for i in unit)
        reason = _closing_reason(lines, out, unit, text, inserts)
        if reason is not None:
            found.update((i, reason) for i in unit)
            out.update(unit)

        elif unit[0] in story or len(text.split()) > _SHORT_WORDS:
            break
        position -= 1
    return found


def _tail_headlines(lines: Context, story: list[int], taken: set[int]) -> dict[int, str]:
    """Below the story's last line, headlines of other articles under the page's furniture ("Trending",
    a tag list): lines in title case without end punctuation, each right under a line taken out or
    another such headline; not a schedule's entries (`schedule_entry`)."""
    found: dict[int, str] = {}
    out = set(taken)
    for i in range(story[-1] + 1, len(lines.items)):
        if not lines.kept(i) or i in taken or schedule_entry(lines, i):
            continue
        text = lines.text(i)
        f = boilerplate.line_features(text)
        if (3 <= f.words <= 15 and f.title_case >= 0.6 and (not shapes.ends_sentence(text) or text.endswith("?"))
                and _boilerplate_next_to(lines, out, i, -1, edge=False)):
            found[i] = "related headline below the story (under the page's furniture)"
            out.add(i)
    return found


_DAY_LINE = f"date {TO_FRONT_MATTER}"


def schedule_entry(lines: Context, index: int) -> bool:
    """The line opens with its time, as a schedule's entry does, and stands under its day over the entries above
    it: a day line taken out for a date (put back in the story later), "Kamis, 24 Desember 2026" / "17.00 WIB -
    Misa Malam Natal I" / "20.00 WIB - ..." (review of the twenty-seventh pass: the entries of a schedule told in
    short paragraphs went as related headlines or lines between boilerplate). A station's programme grid under
    its heading is the page's."""
    above = index
    while above >= 0 and lines.kept(above) and shapes.SCHEDULE_ENTRY.match(lines.text(above)):
        above -= 1
    return above < index and lines.removed.get(above) == _DAY_LINE


def _closing_reason(lines: Context, taken: set[int], unit: list[int], text: str,
                    inserts: frozenset[int] = frozenset()) -> str | None:
    if text.startswith(shapes.OPENERS) or _ATTRIBUTED.search(text):
        return None  # (a quote, or a call the story reports: "..., ujarnya.")
    near_boilerplate = (_boilerplate_next_to(lines, taken, unit[0], -1)
                        or _boilerplate_next_to(lines, taken, unit[-1], 1))
    # (a story may end on what its platform is: the self-description goes only under a line taken out, or
    # when its subject is the site's own name, as its copyright line gives it)
    described = _SELF_DESCRIBED.match(text)
    if _ABOUT_PREFIX.match(text) or (described is not None and (
            _boilerplate_next_to(lines, taken, unit[0], -1, edge=False)
            or _names_publisher(lines, described["subject"]))):
        return "about the organisation (a press release's closing section)"
    if (near_boilerplate and len(text.split()) <= _DISCLAIMER_WORDS and _NOT_ADVICE.search(text)
            and not _REPORTED.search(text)):
        return "investment disclaimer after the story"  # (the site's own, not an analyst's "menurut ...")
    if (near_boilerplate and len(text.split()) <= _DISCLAIMER_WORDS and _NO_WARRANTY.search(text)
            and not _REPORTED.search(text)):
        return "disclaimer after the story (no medical advice, prices may change)"
    if _ISSUED_BY.match(text) and len(text.split()) <= _DISCLAIMER_WORDS:
        return _RELEASE_NOTICE
    if len(text.split()) > _CALL_WORDS:
        return None
    if (_CALL_START.search(text) or _ASK.search(text)) and _CHANNEL.search(text):
        return "call to the reader after the story (a channel, app or contact named)"
    if (_CALL_START.search(text) and _COMMENT_BOX.search(text) and _glued_above_boilerplate(lines, taken, unit[-1])
            and not writers_question(lines, taken, unit, inserts=inserts) and not writers_call(lines, taken, unit[0])):
        # (set apart by a blank line, the invitation is the story's last paragraph: "Bagaimana menurutmu? Tulis
        # pendapatmu di kolom komentar." stays; right on the share row, it is the page's prompt)
        return "call to the reader to comment, right above the page's furniture"
    if (near_boilerplate and text.endswith("?") and len(text.split()) <= 15 and "." not in text
            and _YOU.search(text) and not writers_question(lines, taken, unit, inserts=inserts)):
        return "question to the reader after the story"
    if near_boilerplate and _SELF_NOTICE.search(text):
        return "notice about the article after the story"
    if (near_boilerplate and len(text.split()) <= _LICENCE_WORDS and _LICENSED.search(text)
            and _names_publisher(lines, text)):
        return "the publisher's licence notice after the story"
    return None


# Who issued a press release, closing it: "Berita ini disiarkan oleh Biro Komunikasi ...", "Siaran pers ini
# diterbitkan oleh ...", "This press release was issued by ..." (issue 19, sixth pass)
_ISSUED_BY = re.compile(r"(?:berita|siaran\s+pers|rilis|informasi|keterangan\s+pers)\s+ini\s+(?:disiarkan|diterbitkan"
                        r"|disebarluaskan|dirilis|dikeluarkan|disampaikan)\s+oleh\b"
                        r"|this\s+(?:press\s+)?release\s+(?:was|is)\s+(?:issued|distributed|published)\s+by\b",
                        re.IGNORECASE)
_RELEASE_NOTICE = "who issued the release, after the story"
_SIGNATURE_LINES = 3
"""Lines at most of the signature under a release's notice (a title, a name)."""
_SIGNATURE_WORDS = 8


def _release_notices(lines: Context, story: list[int], taken: set[int]) -> dict[int, str]:
    """A press release's closing notice of who issued it, after the story's first paragraph, with the
    signature right under it (the walk of `closing_calls` stops at a signature's lines, so they are looked
    for from the notice down)."""
    found: dict[int, str] = {}
    for i in range(story[0] + 1, len(lines.items)):
        if lines.kept(i) and i not in taken and _ISSUED_BY.match(lines.text(i)) and (
                len(lines.text(i).split()) <= _DISCLAIMER_WORDS):
            signed = _signature(lines, i, taken)
            if signed is not None:
                found[i] = _RELEASE_NOTICE
                found.update((j, "signature under the release's notice") for j in signed)
    return found


def _signature(lines: Context, notice: int, out: set[int]) -> list[int] | None:
    """The signature right under a release's notice: up to three short lines that are no sentence ("Kepala
    Biro Komunikasi ...", "dr. Santi Kusumawardani, MKM") down to a line taken out, a blank line or the text's
    end; None when what follows the notice is more than that (the story goes on: the notice is a story's)."""
    found: list[int] = []
    for j in range(notice + 1, len(lines.items)):
        if not lines.kept(j) or j in out:
            return found
        text = lines.text(j)
        degree = re.search(r",\s*[A-Z][A-Za-z]{0,3}\.(?:\s?[A-Za-z]{1,4}\.)*$", text)  # "Rina, M.Si."
        if (len(found) == _SIGNATURE_LINES or len(text.split()) > _SIGNATURE_WORDS
                or shapes.ends_sentence(text) and degree is None):
            return None
        found.append(j)
    return found


# A regulated publisher's licence line: "PT X terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK).",
# "... berizin dan diawasi OJK", "licensed and supervised by ..."
_LICENSED = re.compile(r"\b(?:terdaftar|berizin|terlisensi|licensed|registered)\s+(?:dan|serta|and)\s+"
                       r"(?:diawasi|supervised|regulated)\b", re.IGNORECASE)
# A financial site's notice without its label: "... bukan merupakan saran investasi ...", "Keputusan investasi
# sepenuhnya ada di tangan pembaca", "Lakukan riset Anda sendiri (DYOR)"
_NOT_ADVICE = re.compile(r"\bbukan\s+(?:merupakan\s+)?(?:saran|ajakan|rekomendasi|nasihat|anjuran)\s+(?:untuk\s+)?"
                         r"(?:investasi|keuangan|membeli|menjual|berinvestasi)|\bkeputusan\s+investasi\s+(?:sepenuhnya\s+)?"
                         r"(?:ada\s+)?(?:di\s+tangan|menjadi\s+tanggung\s+jawab)|\(DYOR\)|not\s+(?:financial|investment)\s+advice",
                         re.IGNORECASE)
# The site's other notices of what its text is not: no medical advice, prices that may change (issue 19, seventh
# pass: a health magazine's and two automotive listicles' notices, written as prose, stayed under the story)
_NO_WARRANTY = re.compile(r"\btidak\s+(?:menyediakan|memberikan|menggantikan|dimaksudkan\s+sebagai)\s+(?:saran|nasihat"
                          r"|diagnosis|konsultasi|pengganti)|\bbukan\s+(?:merupakan\s+)?(?:pengganti\s+)?(?:saran|nasihat"
                          r"|diagnosis|konsultasi)\s+(?:medis|dokter|profesional)|\bnot\s+(?:a\s+substitute\s+for\s+)?"
                          r"(?:professional\s+)?medical\s+advice|\bharga\s+(?:dapat|bisa|sewaktu-waktu)\s+(?:berubah|berbeda)"
                          r"|\bprices?\s+(?:may|are\s+subject\s+to)\s+change"
                          # "Harga tiket dan tarif dapat berubah sewaktu-waktu", "Biaya yang tertera bisa berubah tanpa
                          # pemberitahuan" (issue 19, eleventh pass)
                          r"|\b(?:harga|tarif|biaya)\b[^.!?]{0,40}?\b(?:dapat|bisa|mungkin)\s+(?:saja\s+)?(?:berubah|berbeda)"
                          r"\s+(?:sewaktu-waktu|sewaktu\s+waktu|kapan\s+saja|tanpa\s+pemberitahuan)", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:menurut|kata|ujar|ucap|tutur|jelas|tegas|sebut|ungkap)(?:nya)?\b", re.IGNORECASE)
_DISCLAIMER_WORDS = 120
"""Words at most of a notice below the story (a financial site's runs long)."""
_RIGHTS_WORDS = {"hak", "cipta", "copyright", "all", "rights", "reserved", "dilindungi"}


def _names_publisher(lines: Context, text: str) -> bool:
    """`text` names the site: a capitalised word of it (three letters or more) is the holder's in a copyright
    line or an outlet's name taken out ("PT Pintu Kemana Saja ..." and "© 2025 Pintu."); a story's company
    is another (issue 19)."""
    holders = {w.casefold() for index, reason in lines.removed.items()
               if reason in ("copyright notice", "outlet name")
               for w in re.findall(r"[A-Z][\w-]{2,}", lines.removed_text[index])} - _RIGHTS_WORDS
    return any(w.casefold() in holders for w in re.findall(r"[A-Z][\w-]{2,}", text))


_LICENCE_WORDS = 25
"""Words at most of a licence line (a story telling of a licence says more around it)."""


def writers_question(lines: Context, taken: set[int], unit: list[int], called: bool = False,
                     inserts: frozenset[int] = frozenset()) -> bool:
    """The writer's closing question(s) to the reader, with a call to comment after them or not, right under the
    story's last paragraph ("Kue favoritmu yang mana? Tulis di kolom komentar, ya!", "Bagaimana dengan pasar di kota
    Anda? Apakah ...?"): the story's own voice closing its text, whatever furniture follows -- tags, a rating widget
    with its own label, a newsletter's box. The site's prompt stands elsewhere: under the tags or share row, in the
    comment block (a line taken out right above it), asks of "this article", or heads a reaction box whose bare
    options answer it ("Apa reaksimu?" / "Senang 2  Sedih 14"). Judged by position (issue 19, thirty-second pass:
    one rule for what three passes patched one variant at a time)."""
    text = " ".join(lines.text(i) for i in unit if lines.kept(i))
    cut = text.rfind("?") + 1
    question, after = text[:cut], text[cut:].strip()
    # (the reader may be left unnamed: "Pernah mencoba rute mudik lewat pantai selatan? Ceritakan di kolom komentar!"
    # asks the reader, as its subjectless opening and the call to comment after it say; issue 19, forty-first pass)
    addressed = (_YOU.search(question) is not None or _UNNAMED_READER.match(question) is not None
                 or called or _COMMENT_BOX.search(after) is not None)
    return (bool(question) and not re.search(r"[.!]\s", question) and addressed
            and not _OWN_LABEL.match(question)
            and len(text.split()) <= _CALL_WORDS and not _ABOUT_PAGE.search(question)
            and (not after or (_COMMENT_BOX.search(after) is not None and "?" not in after))
            and _under_paragraph(lines, taken, unit[0], inserts) and not _answered_below(lines, unit[-1]))


def writers_call(lines: Context, taken: set[int], index: int) -> bool:
    """A call to comment on a line of its own ("Tulis jawabanmu di kolom komentar, ya!") right under the writer's
    closing question (`writers_question`, a blank line between or none): the question's call, which stays with it
    (issue 19, thirty-third pass)."""
    text = lines.text(index) if lines.kept(index) else ""
    above = next((j for j in (index - 1, index - 2) if j >= 0 and _seen(lines, j)), None)
    return (_COMMENT_BOX.search(text) is not None and "?" not in text and above is not None and lines.kept(above)
            and writers_question(lines, taken, [above], called=True))


def _under_paragraph(lines: Context, taken: set[int], index: int, inserts: frozenset[int] = frozenset()) -> bool:
    """The nearest non-blank line above `index`, past the writer's other questions on lines of their own over it,
    is kept and closes the story: a paragraph's sentence, a list's item ("3. Dermaga Muara Baru" closing a
    listicle) or running text that lost its full stop (review of the thirty-second and thirty-third passes: a
    listicle's closing question, and the second of two, went as the site's)."""
    above = lines.neighbour(index, -1)
    for _ in range(_QUESTIONS_ABOVE):
        if above is None or not (lines.kept(above) and above not in taken and lines.text(above).endswith("?")):
            break
        above = lines.neighbour(above, -1)
    # (past an insert the page sets between paragraphs, an advertisement's label or a "Baca juga" link: the
    # question goes on from the paragraph above it; issue 19, forty-first pass. A label that ends on a colon,
    # "Simak video berikut:", heads what is under it: a poll, a widget)
    for _ in range(_INSERTS_ABOVE):
        if above is None or (lines.removed.get(above) not in _INSERT_REASONS and above not in inserts):
            break
        if lines.removed_text.get(above, "").rstrip().endswith(":"):
            return False
        above = lines.neighbour(above, -1)
    if above is None or not lines.kept(above) or above in taken:
        return False
    text = lines.text(above)
    features = boilerplate.line_features(text)
    return ((shapes.ends_sentence(text) and not text.endswith("?")) or shapes.list_item(text)
            or (features.words >= _RUNNING_WORDS and features.title_case < _RUNNING_CAPITALS))


_QUESTIONS_ABOVE = 2
"""The writer's closing questions at most, each on a line of its own, over the one judged."""
_INSERTS_ABOVE = 3
"""Lines at most of the page's inserts (`_INSERT_REASONS`, or the caller's `inserts`: a related box's heading and
headlines) between the closing question and the paragraph above."""
_INSERT_REASONS = frozenset({"advertisement", "related-article link", shapes.RELATED_HEADING,
                             "advertisement (its player's countdown or skip button)"})
_RUNNING_WORDS = 8
_RUNNING_CAPITALS = 0.5
"""Words at least, and the share of capitalised words below which, a line without its full stop is running text."""


# Bare options of a reaction box or a poll in one row: "Senang · Sedih · Marah", "Senang 2  Sedih 14  Marah 1" (its
# gaps may be closed up already, when the row was taken out as a menu: a word and its count, and again)
_OPTION_ROW = re.compile(r"[^\W\d_][\w ]{0,20}?(?:\s+\d+)?(?:(?:\s{2,}|\s*[·•|/]\s*)[^\W\d_][\w ]{0,20}?(?:\s+\d+)?)+"
                         r"|(?:[^\W\d_]+\s+\d+\s*){2,}")


def _answered_below(lines: Context, index: int) -> bool:
    """The line under `index` (kept or taken out; a text dump may set one blank line between) is a row of bare
    options answering the question, or the first of a column of them: a reaction box's or a poll's, which has no
    label of its own; or it is another call to the reader, the site's ("Bagikan ke teman-temanmu" over its
    buttons): the question heads the page's box of prompts."""
    below = _next_line(lines, index)
    if below is None:
        return False
    text = _seen(lines, below)
    if (_OWN_LABEL.match(text) or text.endswith(":") or lines.removed.get(below, "").endswith(TO_FRONT_MATTER)
            or (_COMMENT_BOX.search(text) and "?" not in text)):
        return False  # (the writer's call to comment, on a line of its own: "Tulis jawabanmu di kolom komentar, ya!")
    after = _next_line(lines, below)
    column = after is not None and len(_seen(lines, after).split()) <= 2
    return (_OPTION_ROW.fullmatch(text) is not None or (_imperative(text) and _YOU.search(text) is not None)
            or (len(text.split()) <= 2 and column and (lines.removed.get(below) != _BUTTON_REASON
                                                       or _form_below(lines, below))))


_FORM_LINES = 4
"""Short lines at most of a form under a question (its fields and its button)."""


def _form_below(lines: Context, index: int) -> bool:
    """A column of short lines from `index` down, no blank between, ends on a button: a form's fields ("Alamat email"
    / "Daftar") under the question that heads it, not a widget of its own label ("Beri Nilai" / "Aktual" / ...)."""
    for i in range(index, min(index + _FORM_LINES, len(lines.items))):
        text = _seen(lines, i)
        if not text or len(text.split()) > 2:
            return False
        if i > index and button(text):
            return True
    return False


def _next_line(lines: Context, index: int) -> int | None:
    """The line after `index` that has text, kept or taken out, over one blank line at most."""
    for below in (index + 1, index + 2):
        if below < len(lines.items) and _seen(lines, below):
            return below
    return None


# A question whose subject is the reader, left unsaid: "Punya tips lain ...?", "Pernah mencoba ...?", "Tertarik
# mampir ...?", "Ada yang sudah ...?" (a question that names its subject, "Sampai kapan warga menunggu?", is the story's
# own and needs no reader to stay)
_UNNAMED_READER = re.compile(r"(?i:punya|pernah|sudah\s+(?:pernah|coba|mencoba|tahu)|tertarik|penasaran|ada\s+yang"
                             r"|siapa\s+yang|setuju|mau\s+(?:coba|mencoba|ikut|mampir))\b")
# A question about the page itself, the site's: "Bagaimana pendapat Anda tentang berita ini?"
_ABOUT_PAGE = re.compile(r"\b(?:berita|artikel|tulisan|konten|postingan|unggahan|video)\s+ini\b", re.IGNORECASE)


def _glued_above_boilerplate(lines: Context, taken: set[int], index: int) -> bool:
    """The line right under `index`, no blank line between, is taken out."""
    below = index + 1
    return below < len(lines.items) and (below in lines.removed or below in taken)


def _boilerplate_next_to(lines: Context, taken: set[int], index: int, step: int, edge: bool = True) -> bool:
    """The nearest non-blank line before or after `index` is taken out (or it is the edge of the text, when
    `edge`)."""
    index += step
    while 0 <= index < len(lines.items):
        if index in lines.removed or index in taken:
            return True
        if lines.kept(index):
            return False
        index += step
    return edge


# A reader's comment's header, "Dimas R. berkata:", "Sinta menulis:", "Budi says:"
_COMMENT_HEAD = re.compile(r"[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s+(?i:berkata|menulis|berkomentar|says|said|wrote"
                           r"|commented)\s*:")
# What stands under a reader's comment: its reply or like button
_REPLY = {"balas", "reply", "suka", "like", "jawab", "tanggapi", "laporkan", "report", "↩ balas", "balas ↓"}


def _reply_row(text: str) -> bool:
    """A comment's buttons: "Balas", "Reply", "Balas · Suka 4", "Like (3) | Reply", and the comment's age as a
    comments plugin writes it after them ("Suka · Balas · 3 j", "Like · Reply · 2w": issue 19, eighth pass)."""
    raw = re.split(r"\s*[·•|]\s*", text.strip())
    parts = [p.strip(" .:()0123456789") for p in raw]
    buttons = [p.casefold() in _REPLY for p in parts]
    return (bool(text.strip()) and len(parts) <= 4 and any(buttons)
            and all(button or _AGE.fullmatch(part) for button, part in zip(buttons, raw)))


# A comment's age, short: "3 j", "12 mnt", "2 mgg", "1 thn", "3h", "2w", "5m"
_AGE = re.compile(r"\d{1,3}\s?(?:j|jam|m|mnt|menit|d|dtk|h|hari|mgg|minggu|w|bln|th|thn|y)", re.IGNORECASE)


def comments(lines: Context, taken: set[int]) -> dict[int, str]:
    """Readers' comments: a kept line between a comment's frame taken out -- its header ("Dimas R.
    berkata:") or date right above, its reply button right below, no blank between -- and the header."""
    found: dict[int, str] = {}
    for i, item in enumerate(lines.items):
        if item is None or i in taken or i == 0 or i + 1 >= len(lines.items):
            continue
        above, below = i - 1, i + 1
        below_text = lines.text(below) if lines.kept(below) else lines.removed_text.get(below, "")
        if not _reply_row(below_text) or not (lines.kept(below) or below in lines.removed):
            continue
        head = above
        if above in lines.removed and "date" in lines.removed[above]:
            head = above - 1
        head_text = lines.text(head) if head >= 0 and lines.kept(head) else lines.removed_text.get(head, "")
        # (a comments plugin heads a comment with the reader's name alone: "Ahmad Fauzan" / the comment /
        # "Suka · Balas · 3 j", issue 19, eighth pass)
        header = _COMMENT_HEAD.fullmatch(head_text.strip()) is not None or (
            head >= 0 and lines.kept(head) and head not in taken and len(head_text.split()) <= _NAME_WORDS
            and boilerplate.person_name(head_text))
        if header or (head != above and (head in lines.removed or head in taken)):
            found[i] = "reader's comment (between its header or date and its reply button)"
            if lines.kept(below) and below not in taken:
                found[below] = "reader's comment (its reply and like buttons)"
            if head >= 0 and lines.kept(head) and header:
                found[head] = "reader's comment (its header)"
    return found


_NAME_WORDS = 4
"""Words at most of a reader's name heading a comment."""
_COMMENT_HEADS = ("date", "relative date", "byline")
"""Reasons a comment's head (its writer's name and date) was taken out for."""
_COMMENT_WORDS = 60
"""Words at most of a line of a reader's comment."""


def counted_comments(lines: Context, story: list[int], taken: set[int]) -> dict[int, str]:
    """Readers' comments under their count below the story ("3 Comments", "2 tanggapan"): the lines right
    under a comment's head taken out, its writer's name and date ("Dedi R. December 3, 2026 at 9:14 pm"),
    up to a blank line or a line of the story's prose. With no reply button under them (`comments`), the count
    above and the dated name are the frame (issue 19, thirty-fourth pass). A sentence set apart by a blank
    line under no head below them is the story going on: the dated lines were its own (a chronology, "Senin, 2
    Maret 2026" / "Korban pertama melapor ke polisi.", under a count in the page's bar; its review)."""
    found: dict[int, str] = {}
    start = next((i for i in range(story[0] + 1 if story else len(lines.items), len(lines.items))
                  if shapes.COMMENT_COUNT.fullmatch(lines.removed_text.get(i, "").strip())), None)
    if start is None:
        return found
    under = False
    for i in range(start + 1, len(lines.items)):
        if i in lines.removed or i in taken:
            under = lines.removed.get(i, "").startswith(_COMMENT_HEADS)
        elif not lines.kept(i):
            under = False
        elif not under and _set_apart(lines, i) and shapes.ends_sentence(lines.text(i)):
            return {}
        elif i in story or len(lines.text(i).split()) > _COMMENT_WORDS:
            under = False
        elif under:
            found[i] = "reader's comment (under its writer's name and date, below the comments' count)"
    return found


def _set_apart(lines: Context, index: int) -> bool:
    """A blank line stands right above line `index`."""
    return index > 0 and not lines.kept(index - 1) and index - 1 not in lines.removed


_BIO = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+(?:adalah|merupakan|ialah|is)\s+\S")


def author_box(lines: Context, story: list[int], taken: set[int]) -> dict[int, str]:
    """Below the story: a name alone and, right under it, a paragraph that starts with the same name and
    says who that is ("Ratna Kusumawati" + "Ratna Kusumawati adalah jurnalis lepas ..."), with no story
    line after them: the author's box; the same name alone elsewhere outside the story is its byline. (A
    profile's subheading and its first paragraph have the story below them.)"""
    found: dict[int, str] = {}
    if not story:
        return found
    kept = [i for i in range(len(lines.items)) if lines.kept(i) and i not in taken]
    last = max((j for j in story if j not in taken), default=-1)
    for above, i in zip(kept, kept[1:]):
        if i <= story[0] or last > i:
            continue
        bio = _BIO.match(lines.text(i))
        if bio is None or lines.text(above).strip() != bio["name"] or not boilerplate.person_name(bio["name"]):
            continue
        found[above] = found[i] = "author's box (the name and who that is)"
        found.update((j, "the author's name alone (its byline)") for j in kept
                     if j not in story and lines.text(j).strip() == bio["name"] and j not in found)
    return found


# The outlet sending its reader to its broadcast: "Dengarkan ... di Radio ... 100 FM", "Saksikan ... di program ..."
# (after the programme's name and a dash, as a promotion box titles it: "Narasi Mata Najwa - Tonton episode ...")
_MEDIA_CALL = re.compile(r"(?:[^.!?|–—-]{2,40}\s[-–—|]\s)?(?i:dengarkan|saksikan|tonton)\b"
                         r"(?=.*\b(?i:di|melalui|lewat|via|pada)\s+(?i:radio|program"
                         r"|youtube|kanal|channel|siaran|podcast|streaming|aplikasi)\b)")
_MEDIA_CALL_WORDS = 35


_SAYS = shapes.SAYS
# Who said it, anywhere in the sentence: ", kata Siti, ibunya, ...", ", ujarnya di ..."
_SAID = re.compile(rf"[,\"”]\s*{_SAYS}\b", re.IGNORECASE)
# A sentence closed by whom it quotes: "..., ujarnya.", "..., kata dia.", "..., tutur Kepala RRI Jayapura."
_ATTRIBUTED = re.compile(rf"[,\"”]\s*{_SAYS}(?:\s+[\w.]+){{0,5}}\s*[.!]?[\"”)]*$", re.IGNORECASE)


def media_calls(lines: Context, story: list[int], taken: set[int]) -> dict[int, str]:
    """Anywhere below the story's first paragraph, a sentence of its own that sends the reader to the
    outlet's radio, programme or channel ("Dengarkan laporan lalu lintas terkini di Radio ... atau" +
    "melalui aplikasi ..."), with the lines a hard wrap broke it into: a story tells, it does not tune in."""
    found: dict[int, str] = {}
    if not story:
        return found
    for i in range(story[0] + 1, len(lines.items)):
        if not lines.kept(i) or i in taken or i in found or not _MEDIA_CALL.match(lines.text(i)):
            continue
        if lines.kept(i - 1) and not shapes.ends_sentence(lines.text(i - 1)):
            continue  # (the middle of a sentence a hard wrap broke)
        unit = [i]
        while (not shapes.ends_sentence(lines.text(unit[-1])) and unit[-1] + 1 < len(lines.items)
               and lines.kept(unit[-1] + 1) and shapes.starts_continuation(lines.text(unit[-1] + 1))):
            unit.append(unit[-1] + 1)
        text = " ".join(lines.text(j) for j in unit)
        if _ATTRIBUTED.search(text):
            continue  # "Dengarkan siaran itu di RRI ..., ujarnya.": a call the story reports someone made
        if len(text.split()) <= _MEDIA_CALL_WORDS and len(shapes.SENTENCE_END.findall(text.rstrip(".!"))) == 0:
            found.update((j, "call to the reader to tune in (the outlet's radio, programme or channel)") for j in unit)
    return found


# "Hidayatullah.com—Ribuan ...", "KOMPAS.com - ...": the outlet's name opening the story, as a dateline does
_OUTLET_OPENING = re.compile(r"[\w-]+\.(?:com|co\.id|id|net|or\.id)\s?[-–—]\s?\S", re.IGNORECASE)
_ABOVE_DATELINE_WORDS = 40


def above_dateline(lines: Context, title: int | None, story: list[int], taken: set[int]) -> dict[int, str]:
    """Between the headline and a story that opens with its dateline ("JAKARTA –", "Outlet.com—"): what
    is still kept there is the header's (a photo caption without its credit, a standfirst), as the dateline
    is where the story starts."""
    found: dict[int, str] = {}
    if title is None or not story or story[0] <= title:
        return found
    start = story[0]
    if (len(story) > 1 and _opens_with_dateline(lines.text(story[1]))
            and (_dated_caption(lines.text(story[0])) or _caption_over(lines, story[0], story[1]))):
        start = story[1]  # (a caption read as the story's first line: one sentence ending in the photo's date)
    elif not _opens_with_dateline(lines.text(start)):
        start = _dateline_under_deck(lines, story)
        if start is None:
            return found
    for i in range(title + 1, start):
        if lines.kept(i) and i not in taken and len(lines.text(i).split()) <= _ABOVE_DATELINE_WORDS:
            if (_open_clause(lines.text(i)) and not _PHOTO_DATE_END.search(lines.text(i))
                    and not _wrapped_on(lines, i)):
                continue  # a standfirst's point, a sentence without its full stop ("Bapanas menyebut kenaikan ...")
            found[i] = "above the story's dateline (a photo caption or a standfirst)"
    return found


_DECK_LINES = 4
"""Lines at most of a hard-wrapped standfirst."""


def _dateline_under_deck(lines: Context, story: list[int]) -> int | None:
    """The story's first line that opens with its dateline, when the prose above it is one paragraph of a few
    lines (a hard-wrapped standfirst: "Empat belas rumah ... berjarak" / "kurang dari ...") with the byline or
    the date taken out for the front matter between the two: the dateline is where the story starts (issue
    19, thirty-fifth pass)."""
    deck = list(itertools.takewhile(lambda j: j - story[0] < _DECK_LINES and lines.kept(j), itertools.count(story[0])))
    below = next((j for j in story if j > deck[-1]), None)
    if below is None or not _opens_with_dateline(lines.text(below)):
        return None
    front = any(TO_FRONT_MATTER in lines.removed.get(j, "") for j in range(deck[-1] + 1, below))
    return below if front else None


def _wrapped_on(lines: Context, i: int) -> bool:
    """Line `i` is broken off a sentence the kept line right under it goes on with (a hard wrap)."""
    return i + 1 < len(lines.items) and lines.kept(i + 1) and shapes.starts_continuation(lines.text(i + 1))


# A caption's last words: the day the photo was taken, "Kamis malam (26/06/2025).", "Senin (4/8)."
_PHOTO_DATE_END = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?$")
_CAPTION_WORDS = 30


def _dated_caption(text: str) -> bool:
    return (len(text.split()) <= _CAPTION_WORDS and _PHOTO_DATE_END.search(text) is not None
            and not shapes.SENTENCE_END.findall(text[:-1]))


_CALL_ANYWHERE = re.compile(rf"\b(?i:{_CALL_VERBS})\b")


def names_a_call(text: str) -> bool:
    """A call's verb or an offer stands somewhere in `text` ("... – Hubungi Tim Marketing Kami", "Beli Sekarang
    di ...", "... — diskon hingga 50%")."""
    return _CALL_ANYWHERE.search(text) is not None or _OFFER.search(text) is not None


def _caption_over(lines: Context, caption: int, opening: int) -> bool:
    """One short sentence right over the dateline's paragraph, without a blank between: the photo's caption
    as the page sets it under the picture ("Sidang pembacaan putusan di Ruang Sidang ..., Pengadilan Negeri
    Semarang." / "Semarang – Majelis Hakim ..."), issue 19."""
    text = lines.text(caption)
    return (opening == caption + 1 and len(text.split()) <= _CAPTION_WORDS and shapes.ends_sentence(text)
            and not shapes.several_sentences(text) and not text.startswith(shapes.OPENERS))


def _opens_with_dateline(text: str) -> bool:
    return (shapes.find_dateline(text) is not None or _OUTLET_OPENING.match(text) is not None
            or shapes.place_opening(text) or shapes.outlet_place_opening(text))
