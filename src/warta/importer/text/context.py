"""Decide lines by their neighbours: which short lines around the story are page boilerplate (jusText's
context revision, with reasons); `headline` decides which line is the headline.

Works on the parser's items (one per input line: (line number, text) for a line still in the text, None
for a blank or removed line, `page.Lines`) and on why each removed line was removed. Pure; linear in the
lines."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from warta.importer.text import adverts, blocks, boilerplate, contents
from warta.importer.text import lines as shapes
from warta.importer.text.headline import PRESS_DESCRIPTION, SELF_DESCRIPTION, WRAP_WIDTHS, title_shaped
from warta.importer.text.page import Drop, Lines
from warta.importer.records import TO_FRONT_MATTER

_RELATED_HEADINGS = (shapes.RELATED_HEADING,)
_NAME_LABELS = {"oleh": "author", "by": "author", "editor": "editor", "penyunting": "editor",
                "redaktur": "editor", "penulis": "author",
                "reporter": "author", "pewarta": "author", "author": "author", "writer": "author"}
# "Dalam Esai", "Posted in Ekonomi", "Kategori: Daerah" right under a headline
_CATEGORY = re.compile(r"(?:dalam|in|posted in|filed under|kategori:?|category:?|rubrik:?)\s+\S", re.IGNORECASE)
_PROFILE_LABELS = {"tentang penulis", "profil penulis", "about the author", "tentang kontributor", "mengenai saya",
                   "tentang saya", "about me"}
# Labels of notices about the author or the outlet in academic and blog pages: the short text under them goes
_NOTICE_LABELS = {"pernyataan", "pernyataan pengungkapan", "disclosure statement", "mitra", "partners",
                  "pendanaan", "funding", "afiliasi", "affiliation"}
_RUN = 3
"""How many short lines in a row a run of boilerplate may hold between two boilerplate lines."""
_COMMENT_FRAME = ("date", "relative date", "counter (views, likes, comments)", "view counter", "byline", "quoted post",
                  "a quote of the story")
_QUOTE_CHECKS = 200
"""How many short lines after the story are compared with its text (a bound on the work)."""
_EMBED_END = re.compile(r"(?:akhir\s+dari|end\s+of)\s+(?P<what>\w+)", re.IGNORECASE)
_EMBED_REACH = 8
"""How many lines above "Akhir dari Podcast" its start ("Podcast") is looked for."""
# Labels of a reference list closing an explainer: the short lines under them are its entries
_REFERENCE_LABELS = {"referensi", "references", "daftar pustaka", "sumber referensi", "rujukan", "bibliography",
                     "bacaan lebih lanjut", "further reading",
                     # the laws a legal answer or an agency's page rests on, listed under it (issue 19)
                     "dasar hukum", "landasan hukum"}
_REFERENCE = "reference list (under its label)"
_SUMMARY_LABELS = {"intinya sih", "intinya", "ringkasan", "rangkuman", "poin penting", "poin-poin penting", "intisari",
                   "poin utama", "key takeaways", "highlights", "summary", "tl;dr", "tldr", "ringkasan artikel",
                   "ringkasan berita", "sorotan"}
_SUMMARY = "summary box above the story (its points are the story's)"
_CALL_WORDS = 5
"""Words at most of a promotion's short call ("Ingin menulis?") between boilerplate lines after the story."""
_REFERENCE_WORDS = 30
"""Words at most of one entry of a reference list."""
_TAG_LABELS = {"tag", "tags", "topik", "topik terkait", "tag terkait", "topik pilihan", "kata kunci", "keywords"}


# ---------------------------------------------------------------- revision by context


def revise(lines: Lines, title: int | None, authors: tuple[str, ...] = ()) -> list[Drop]:
    """The kept lines that their context marks as boilerplate (see `_revise_once`), in line order: the
    revision is repeated (at most three times) while it finds more, as a line's neighbour may be dropped
    only by a later look."""
    drops: dict[int, Drop] = {}
    for _ in range(3):
        found = _revise_once(lines, title, drops, authors)
        if not found:
            break
        drops.update(found)
    return [drops[i] for i in sorted(drops)]


def _story(lines: Lines, kept: list[int]) -> list[int]:
    """The prose lines that hold the story: long ones (16 words or more) or ones next to other prose.
    A short sentence alone among boilerplate (a profile blurb, a comment form's notice) is not one."""
    story = []
    for i in kept:
        if not lines.prose[i]:
            continue
        near = [n for n in (lines.neighbour(i, -1), lines.neighbour(i, 1)) if n is not None and lines.kept(n)]
        if len(lines.text(i).split()) >= 16 or any(lines.prose[n] for n in near):
            story.append(i)
    return story


def _header_end(story: list[int], title: int) -> int:
    """Where the page's header above the headline ends: at the headline; or, when no line of the story's prose
    stands below the headline, at the story's first line (a line under the whole story taken for the headline,
    a footer's "Redaksi | Iklan | (c) 2026 <site>" read as the page's path: the story above it is no header;
    issue 19, fortieth pass). `story`: the story's prose lines (`_story`)."""
    if story and story[-1] < title:
        return story[0]
    return title


def _revise_once(lines: Lines, title: int | None, previous: dict[int, Drop],
                 authors: tuple[str, ...] = ()) -> dict[int, Drop]:
    """The kept lines that their context marks as boilerplate (or as a byline or tags), in line order.

    - above the headline: whatever is left of the page header (menus, section labels, banners);
    - between boilerplate lines, from the headline down: a short line that is not a sentence ("Nasional"
      between a byline and a date, a promotion between "ADVERTISEMENT" and "SCROLL TO CONTINUE");
    - right after a "Baca juga" heading: the headline of the linked article;
    - after the story's last paragraph of prose: short lines that are not sentences and read like a menu,
      a tag list or related headlines (a heading that introduces a list stays);
    - next to the headline: a person's name alone next to a date or a button is the byline."""
    drops: dict[int, Drop] = dict(previous)
    kept = [i for i, item in enumerate(lines.items) if item is not None]
    prose = _story(lines, kept)
    if title is not None:
        header_end = _header_end(prose, title)
        for i in kept:
            if i >= header_end:
                break
            drops[i] = Drop(i, "page header above the headline (menu, section label or banner)")
    story = [i for i in prose if i not in drops]  # (a later pass sees what earlier ones took out)
    drops.update(_author_box(lines, kept, story, drops))
    # (a byline this revision found next to the headline names the author too: a later pass looks for the bio)
    named = tuple(drop.author for drop in drops.values() if drop.author is not None)
    drops.update(_authors_bio(lines, kept, story, drops, authors + named))
    drops.update(_writers_notes(lines, kept, story, drops))
    drops.update(_about_organisation(lines, kept, story, drops))
    every = [i for i in kept if lines.prose[i] and i not in drops]
    # The header ends at the story's first long paragraph (a profile blurb above it is not one); the footer
    # starts after the last line of prose of any length (when unsure, keep: a short last paragraph stays).
    state = _Pass(lines, title, drops, story[0] if story else (every[0] if every else None),
                  every[-1] if every else None, story[-1] if story else None, story=frozenset(story))
    if story:
        out = (j for j in range(story[-1] + 1, len(lines.items)) if j in lines.removed or j in drops)
        next(out, None)
        state.furniture = next(out, None)
        state.closing = _closing_lines(lines, drops, story[-1])
    if title is not None and state.first_prose is not None:
        # the story's opening: its first long paragraph, or a sentence kept above it (a short lede)
        state.opening = next((i for i in kept if title < i < state.first_prose and i not in drops
                              and boilerplate.is_sentence(lines.text(i)) and len(lines.text(i).split()) >= 5),
                             state.first_prose)
    _mark_by_shape(lines, title, story, drops)
    drops.update(_signed_verdict_boxes(state))
    drops.update(_scored_verdicts(state))
    start = title if title is not None else 0
    for i in kept:
        if i in drops or i < start or i == title or _inside_paragraph(lines, i, drops):
            continue  # (a line of a hard-wrapped paragraph is text, whatever its neighbours)
        drop = _judge(state, i) or _below_closing(state, i) or _header_furniture(state, i) or _standfirst(state, i)
        if drop is not None:
            drops[i] = drop
    drops.update(_boxed_texts(lines, drops))
    drops.update(_line_up_boxes(lines, drops))
    drops.update(_framed_adverts(lines, drops))
    drops.update(_chart_titles(lines, drops))
    drops.update(_page_blocks(lines, title, story, drops))
    return {i: drop for i, drop in drops.items() if i not in previous}


def _mark_by_shape(lines: Lines, title: int | None, story: list[int], drops: dict[int, Drop]) -> None:
    """Add to `drops` the lines that their shape and their neighbours mark, each kind in turn (a later kind
    sees what the earlier ones took out): embeds, the edges of captions, quotes of the story repeated, skip links,
    a site's name alone, an account's name over its handle, wrapped tails, page breaks, video titles,
    other posts, the labels of lines taken out; first a table of contents as a whole (`contents`)."""
    if not any(drop.reason == contents.REASON for drop in drops.values()):  # (an earlier pass took it whole)
        drops.update((i, Drop(i, reason)) for i, reason in contents.table_of_contents(lines, set(drops)).items())
    drops.update(_embeds(lines, drops))
    drops.update(_caption_edges(lines, drops))
    drops.update(_quotes_of_story(lines, story, drops))
    drops.update(_pull_quotes(lines, story, drops))
    drops.update(_site_name_alone(lines, story[0] if story else None, drops))
    drops.update(_header_repeated(lines, title, story, drops))
    drops.update(_account_names(lines, title, drops))
    drops.update(_wrapped_tails(lines, drops))
    drops.update(_page_breaks(lines, drops))
    drops.update(_alt_texts(lines, drops))
    drops.update(_video_titles(lines, drops))
    drops.update(_cut_teasers(lines, drops))
    drops.update(_skip_links(lines, drops))
    drops.update(_clippings(lines, title, drops))
    drops.update(_other_posts(lines, title, drops))
    drops.update(_labels_of_removed(lines, drops))


def _clippings(lines: Lines, title: int | None, drops: dict[int, Drop]) -> dict[int, Drop]:
    """An e-reader's clippings file ("My Clippings.txt"): over each clipping's header (taken out: "- Your
    Highlight on page 2 | Location 12-14 | Added on ...") the title of its book, again and again; under it the
    text kept. The titles go but the headline's line and a sentence (a story's own line right over a clipping it
    quotes, "Kutipan ketiga berasal dari Laskar Pelangi."; issue 19, review of the thirty-ninth pass); so do the reader's own notes ("- Your Note ...") and the
    clippings of another book than most are from, up to the separator under them (issue 19, thirty-ninth pass),
    when the separator closes them: a story quoting a few clippings goes on under the passage, no separator
    between (issue 19, review of the thirty-ninth pass)."""
    headers = [i for i, reason in lines.removed.items() if reason == shapes.CLIPPING_REASON]
    books = Counter(_line_text(lines, i - 1) for i in headers if i > 0)
    book = books.most_common(1)[0][0] if len(headers) >= _CLIPPINGS else None
    found: dict[int, Drop] = {}
    for header in headers if book is not None else ():
        above = header - 1
        if (lines.kept(above) and above != title and above not in drops
                and not shapes.ends_sentence(lines.text(above))):
            found[above] = Drop(above, _CLIPPING_TITLE)
        if _line_text(lines, above) != book or shapes.NOTE_CLIPPING.match(lines.removed_text[header]):
            j = header + 1
            while j < len(lines.items) and (lines.kept(j) or j not in lines.removed):
                j += 1
            if lines.removed.get(j) == "separator":
                found.update((k, Drop(k, _CLIPPED_ASIDE)) for k in range(header + 1, j)
                             if lines.kept(k) and k not in drops)
    return found


_CLIPPINGS = 3
"""Clipping headers at least that make a clippings file."""
_CLIPPING_TITLE = "an e-reader's clipping: the book's title over it"
_CLIPPED_ASIDE = "an e-reader's clipping: the reader's note, or a passage of another book"


def _line_text(lines: Lines, index: int) -> str:
    """The text of line `index`, kept or taken out ("" for a blank)."""
    return lines.removed_text.get(index) or (lines.text(index) if lines.kept(index) else "")


def _page_blocks(lines: Lines, title: int | None, story: list[int], drops: dict[int, Drop]) -> dict[int, Drop]:
    """Blocks judged as wholes (`blocks`, `adverts`): widgets, galleries, embedded posts and contact boxes,
    appeals above their buttons, advertisements in the story's column, readers' comments, and the calls to the
    reader below the story."""
    taken = set(drops)
    found = blocks.appeals(lines, frozenset(story), taken)
    found.update(adverts.offers(lines, taken | set(found)))
    found.update(adverts.under_the_mark(lines, frozenset(story), taken | set(found)))
    found.update(blocks.widgets(lines, frozenset(story), taken | set(found)))
    found.update(blocks.comments(lines, taken | set(found)))
    found.update(blocks.counted_comments(lines, story, taken | set(found)))
    found.update(blocks.media_calls(lines, story, taken | set(found)))
    found.update(blocks.above_dateline(lines, title, story, taken | set(found)))
    found.update(blocks.closing_calls(lines, [i for i in story if i not in found], taken | set(found),
                                      _related_boxes(drops)))
    found.update(blocks.author_box(lines, [i for i in story if i not in found], taken | set(found)))
    return {i: Drop(i, reason) for i, reason in found.items()}


def _embeds(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """An embedded promotion framed by its own labels: "Podcast" ... "Akhir dari Podcast" (a podcast, a
    video, a newsletter box): the short lines between the two go with them (a long paragraph of prose
    between them would be the story's, and stays)."""
    found: dict[int, Drop] = {}
    for end, text in lines.removed_text.items():
        match = _EMBED_END.match(text)
        if match is None:
            continue
        what = match["what"].casefold()
        between: list[int] = []
        index = lines.neighbour(end, -1)
        for _ in range(_EMBED_REACH):
            if index is None:
                break
            if index in lines.removed:
                if what in lines.removed_text[index].casefold().split():
                    found.update((i, Drop(i, f"inside an embedded promotion ({what})")) for i in between)
                    break
            elif len(lines.text(index).split()) >= 16 or index in drops:
                break
            else:
                between.append(index)
            index = lines.neighbour(index, -1)
    return found


_CAPTION_REASONS = ("photo caption", "photo credit")
_NOTICE_REASONS = ("photo caption", "photo credit", "copyright notice", "platform disclaimer", "comment policy",
                   "subscription or login prompt", "follow or app prompt", "republishing notice")
_WRAP_REACH = 3
"""How many lines a hard-wrapped caption or notice may run on below its first line."""
_CAPTION_WORDS = 30
"""Words of a caption's line above its credit."""


def _caption_edges(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """What belongs to a caption or notice taken out, by its shape at the edges (no blank line between):
    - the lines of a hard-wrapped notice or caption below its first one, while the text runs on unfinished
      ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan" / "otomatis untuk AI ...");
    - a caption's line right above its credit line that stops mid-sentence ("... Bener Meriah, Aceh," /
      "Kamis (13/6/2024). ANTARA FOTO/Irwansyah Putra/nym.");
    - the value under a credit label alone ("Photo :" / "Pixabay") and the caption right above that label;
    - a caption a wrap broke inside its credit's brackets (`_bracket_wrapped_captions`);
    - a caption without a credit that says who poses, under the date or byline (`_scene_captions`)."""
    found: dict[int, Drop] = {}
    for index, reason in lines.removed.items():
        if not reason.startswith(_NOTICE_REASONS):
            continue
        text = lines.removed_text[index]
        previous, below = text, index + 1
        if text.rstrip().endswith(":") and reason.startswith(_CAPTION_REASONS):  # "Photo :" / "Pixabay"
            if below < len(lines.items) and lines.kept(below) and len(lines.text(below).split()) <= 4 and (
                    not shapes.ends_sentence(lines.text(below))):
                found[below] = Drop(below, f"{reason} (the value under its label)")
        else:
            for step in range(_WRAP_REACH):
                if (below >= len(lines.items) or not lines.kept(below) or below in drops
                        or shapes.ends_sentence(previous) or len(previous) < 40):
                    break
                following = lines.text(below)
                # the first piece goes on in lower case; a last short piece may end the sentence ("Berita ANTARA.")
                if not (shapes.starts_continuation(following) or (step > 0 and len(following.split()) <= 6
                                                                  and shapes.ends_sentence(following))):
                    break
                if len(following) > len(previous) + 10 or shapes.find_dateline(following):
                    break  # (a wrapped piece is no wider than the line above; "jpnn.com, SEMARANG - ..." is a story)
                found[below] = Drop(below, f"{reason} (a line of it, wrapped)")
                previous, below = following, below + 1
        above = index - 1
        if (reason.startswith(_CAPTION_REASONS) and above >= 0 and lines.kept(above) and above not in drops
                and len(lines.text(above).split()) <= _CAPTION_WORDS and _ends_open(lines, above)
                and (above == 0 or not lines.kept(above - 1))):  # (not the end of a wrapped paragraph)
            found[above] = Drop(above, f"{reason} (its first line, above the credit)")
        if reason.startswith(_CAPTION_REASONS):
            found.update(_wrapped_caption_above(lines, drops, index, reason))
    found.update(_bracket_wrapped_captions(lines, {**drops, **found}))
    found.update(_scene_captions(lines, {**drops, **found}))
    return found


_CREDIT_TAIL_WORDS = 8
"""Words at most on the line a caption's credit wrapped onto."""
_WRAPPED_WIDTH = 50
"""Characters at least of a line a hard wrap broke (texts are wrapped at 60 to 80)."""


def _bracket_wrapped_captions(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A photo caption a hard wrap broke inside its credit's brackets, two kept lines with no blank between:
    "Suasana lobi hotel di Senggigi, Lombok Barat. (Foto:" / "Inside Lombok/Rina)" -- neither half alone is a
    caption, the two together are (issue 19, tenth pass). Only a caption's reasons count: a sentence wrapped
    inside a bracket stays."""
    found: dict[int, Drop] = {}
    for index in range(len(lines.items) - 1):
        below = index + 1
        if not (lines.kept(index) and lines.kept(below)) or index in drops or below in drops or index in found:
            continue
        text, tail = lines.text(index), lines.text(below)
        if (len(text) < _WRAPPED_WIDTH or text.count("(") != text.count(")") + 1
                or tail.count(")") != tail.count("(") + 1 or not tail.rstrip(" .").endswith(")")
                or len(tail.split()) > _CREDIT_TAIL_WORDS or not boilerplate.credit_opening(
                    f"{text[text.rindex('('):]} {tail}")):
            continue
        reason = boilerplate.pattern_reason(f"{text} {tail}")
        if reason in _CAPTION_REASONS:
            why = f"{reason} (wrapped inside its credit's brackets)"
            found[index], found[below] = Drop(index, why), Drop(below, why)
    return found


# What only a photo's caption says: who poses for it and where they stand ("berfoto bersama", "berpose", "(kiri)",
# "(ki-ka)", "dari kiri ke kanan")
_PHOTO_SCENE = re.compile(r"\b(?:berfoto|berpose|foto\s+bersama)\b|\((?:kiri|kanan|tengah|ki-ka|ka-ki|kiri\s+ke\s+kanan)\)"
                          r"|\bdari\s+kiri\s+ke\s+kanan\b", re.IGNORECASE)
_SCENE_LINES = 3
"""Lines at most of a caption without a credit (hard-wrapped)."""
_STORY_WORDS = 30
"""Words at least of the paragraph under such a caption (the story's first)."""


def _scene_captions(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A photo's caption without a credit between the date or byline and the story's first paragraph: a block
    of three lines at most, 30 words at most, one sentence at most, right under a line taken to the front
    matter (blank lines between), over a paragraph of 30 words or more, that says who poses for the photo
    ("Tim mahasiswa ... berfoto bersama usai penganugerahan ...", "... (kiri) menyerahkan ...") -- issue 19,
    eleventh pass: a campus page's caption, wrapped over two lines, stayed as the story's first paragraph."""
    found: dict[int, Drop] = {}
    for start in range(1, len(lines.items)):
        if not lines.kept(start) or start in drops or lines.kept(start - 1):
            continue
        block = [start]
        while (len(block) <= _SCENE_LINES and block[-1] + 1 < len(lines.items) and lines.kept(block[-1] + 1)
               and block[-1] + 1 not in drops):
            block.append(block[-1] + 1)
        text = " ".join(lines.text(i) for i in block)
        if (len(block) > _SCENE_LINES or len(text.split()) > _CAPTION_WORDS or shapes.several_sentences(text)
                or text.startswith(shapes.OPENERS) or not _PHOTO_SCENE.search(text)
                or shapes.find_dateline(text) or shapes.place_opening(text)  # (the story's lede opens so)
                or not _metadata(lines, lines.neighbour(start, -1), drops)):
            continue
        below = lines.neighbour(block[-1], 1)
        if below is None or below == block[-1] + 1 or not lines.kept(below) or below in drops:
            continue
        paragraph = [below]
        while paragraph[-1] + 1 < len(lines.items) and lines.kept(paragraph[-1] + 1):
            paragraph.append(paragraph[-1] + 1)
        if sum(len(lines.text(i).split()) for i in paragraph) >= _STORY_WORDS:
            found.update((i, Drop(i, "photo caption without a credit (under the date or byline, above the story)"))
                         for i in block)
    return found


def _wrapped_caption_above(lines: Lines, drops: dict[int, Drop], credit: int, reason: str) -> dict[int, Drop]:
    """A hard-wrapped caption right above its credit line, between the byline or date and the story (issue 19,
    heldout5: "Warga mendorong sepeda motor ... di" / "Tambaklorok, ..., Rabu (14/5/2025)." /
    "(suaramerdeka.com/Royce Wijaya)"): two or three lines with no blank between, each but the last cut
    mid-sentence, 40 words at most together, with a line taken to the front matter right above them. A
    story's paragraph follows the byline too, but no credit closes it after a few lines."""
    block, above = [], credit - 1
    while above >= 0 and lines.kept(above) and above not in drops and len(block) < _WRAP_REACH:
        block.insert(0, above)
        above -= 1
    if len(block) < 2 or above < 0 or not lines.removed.get(above, "").endswith(TO_FRONT_MATTER):
        return {}
    texts = [lines.text(i) for i in block]
    if any(shapes.ends_sentence(t) for t in texts[:-1]) or sum(len(t.split()) for t in texts) > 40:
        return {}
    return {i: Drop(i, f"{reason} (a line of the caption above it, wrapped)") for i in block}


def _ends_open(lines: Lines, index: int) -> bool:
    """A line that stops mid-sentence, at a comma."""
    return lines.text(index).rstrip().endswith(",")


def _quotes_of_story(lines: Lines, story: list[int], drops: dict[int, Drop]) -> dict[int, Drop]:
    """A short line after the story that repeats a piece of its text: a comment quoting the post."""
    if not story:
        return {}
    text = " ".join(lines.text(i) for i in story).casefold()
    found: dict[int, Drop] = {}
    checks = 0
    # Only inside a comment is a line a quote: something taken out (a name, a date, a button) stands between
    # the story and it. A paragraph right after the story repeating its words ("Pemerintah pemerintah …",
    # found by the property test) is the story's own.
    framed = False
    for i in range(story[-1] + 1, len(lines.items)):
        if i in lines.removed or i in drops:
            framed = True
        if not framed or not lines.kept(i) or i in drops or len(lines.text(i).split()) > 30 or len(lines.text(i)) < 20:
            continue
        checks += 1
        if checks > _QUOTE_CHECKS:
            break
        if lines.text(i).casefold() in text and (not shapes.ends_sentence(lines.text(i)) or _framed(lines, drops, i)):
            found[i] = Drop(i, "a quote of the story's text after it (in a comment)")
    return found


# A text cut short by the page, then its read-more link: "Gelombang tinggi di perairan ... berjajar... selengkapnya"
_CUT_TEASER = re.compile(r"(?P<text>.{40,}?)\s*(?:\.\.\.|…)\s*(?i:(?:baca|lihat)\s+)?(?i:selengkapnya|read\s+more)\s*$")


_CUT_START_WORDS = 6
"""Words at least of a cut text's beginning found in the story."""


def _cut_teasers(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """The beginning of the story's text cut short and closed by a read-more link, as a video page's description
    stands above the text in full (issue 19, thirty-sixth pass): its first sentence, or its words before the cut,
    stand in another line."""
    kept = [i for i, item in enumerate(lines.items) if item is not None and i not in drops]
    found: dict[int, Drop] = {}
    for i in kept:
        match = _CUT_TEASER.fullmatch(lines.text(i))
        if match is None:
            continue
        sentences = re.split(r"(?<=[.!?])\s+", match["text"])
        # (the last word before the cut may be cut in the middle)
        start = (sentences[0] if len(sentences) > 1 else " ".join(match["text"].split()[:-1])).casefold()
        if len(start.split()) >= _CUT_START_WORDS and any(j != i and start in lines.text(j).casefold() for j in kept):
            found[i] = Drop(i, "the story's beginning cut short, with its read-more link")
    return found


def _skip_links(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A page's accessibility link ("Lewati ke konten", "Skip to main content"), left when no headline was found
    under it (issue 19, thirty-fifth pass: it stood as the story's first subheading). Judged once the headline is
    chosen: taken out before, it would leave the site's name under it the text's first line, which a headline
    often is."""
    return {i: Drop(i, "the page's skip link") for i, item in enumerate(lines.items)
            if item is not None and i not in drops and len(lines.text(i)) <= _SKIP_LINK_LENGTH
            and shapes.SKIP_LINK.fullmatch(lines.text(i).rstrip("."))}


_SKIP_LINK_LENGTH = 60


# A line that is one quote and nothing else: “...”, "..." (its closing stop inside or outside the marks)
_QUOTE_ONLY = re.compile(r"[“\"](?P<inner>[^“”\"]{20,400}?)[.,!?…]?[”\"]\.?")


def _pull_quotes(lines: Lines, story: list[int], drops: dict[int, Drop]) -> dict[int, Drop]:
    """A pull quote: a line between the story's paragraphs that is only a quote of words one of its paragraphs
    says (“Banyak penerbit masih membayar ...” set off the magazine way); the words stay where the story says
    them, so no sentence is lost (issue 19, heldout6)."""
    if not story:
        return {}
    quotes = [i for i in range(story[0], story[-1] + 1)
              if lines.kept(i) and i not in drops and _QUOTE_ONLY.fullmatch(lines.text(i))]
    if not quotes:
        return {}
    alone = set(quotes)
    said = "\n".join(lines.text(i) for i in story if i not in alone).casefold()
    found: dict[int, Drop] = {}
    for i in quotes[:_QUOTE_CHECKS]:
        inner = _QUOTE_ONLY.fullmatch(lines.text(i))["inner"].casefold()  # type: ignore[index]
        if len(inner.split()) >= 5 and inner in said:
            found[i] = Drop(i, "pull quote (the story's own words, repeated between its paragraphs)")
    return found


# What a copyright line says besides the holder's name: "© 2025 Alodokter. Hak cipta dilindungi."
_RIGHTS_WORDS = re.compile(r"©|\(c\)|\bcopyright\b|\bhak\s+cipta(?:\s+dilindungi)?(?:\s+undang-undang)?"
                           r"|all\s+rights\s+reserved|\b(?:19|20)\d{2}\b|[.,|:–—-]+(?=\s|$)", re.IGNORECASE)
_SITE_NAME_WORDS = 4
"""Words at most of a site's name."""


def _site_names(lines: Lines) -> set[str]:
    """The site's own name, as the page gives it: an outlet-name line, the holder of a copyright line
    ("Alodokter © 2025. Hak cipta dilindungi." -> "alodokter"), casefolded, also without the domain's end."""
    names = set()
    for index, reason in lines.removed.items():
        if reason == "outlet name":
            name = lines.removed_text[index]
        elif reason == "copyright notice":
            name = " ".join(_RIGHTS_WORDS.sub(" ", lines.removed_text[index]).split())
        else:
            continue
        if 0 < len(name.split()) <= _SITE_NAME_WORDS:
            names.add(name.casefold())
            names.add(re.sub(r"\.(?:com|co\.id|id|net|org|tv|co)$", "", name.casefold()))
    return names


def _site_name_alone(lines: Lines, first: int | None, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A line below the story's first paragraph `first` that is only the site's name (`_site_names`): a logo's
    text or an image's credit between the story's paragraphs ("Alodokter" above a subheading), never the
    story's words -- a story names its outlet in a sentence (issue 19, heldout6). (Above the story, a blog's
    name may be its author's, the byline.)"""
    names = _site_names(lines) if first is not None else set()
    found: dict[int, Drop] = {}
    if not names:
        return found
    for i, item in enumerate(lines.items):
        if item is None or i in drops or i < first:  # type: ignore[operator]
            continue
        text = item[1].strip(" .:|–—-").casefold()
        if len(text.split()) <= _SITE_NAME_WORDS and text in names:
            found[i] = Drop(i, "the site's name alone (a logo's text or an image's credit)")
    return found


_REPEAT_WORDS = 20
"""Words at most of a line under the story that repeats the page's header."""


def _header_repeated(lines: Lines, title: int | None, story: list[int], drops: dict[int, Drop]) -> dict[int, Drop]:
    """A short line below the story's last paragraph holding two lines of the page's header above the headline,
    of two words or more each: the site's name and its tagline in its app prompt ("Download Apps Kilat Warta,
    Informasi Kilat, Terpercaya.", issue 19, thirty-fifth pass). A story names its outlet, not its header."""
    found: dict[int, Drop] = {}
    if title is None or not story:
        return found
    header = {text.strip(" .:|–—-").casefold() for text in (lines.text(i) if lines.kept(i) else lines.removed_text.get(i, "")
                                                           for i in range(title))
              if 2 <= len(text.split()) <= _SITE_NAME_WORDS}
    for i in range(story[-1] + 1, len(lines.items)):
        text = lines.text(i).casefold()
        if (lines.kept(i) and i not in drops and len(text.split()) <= _REPEAT_WORDS
                and sum(part in text for part in header) >= 2):
            found[i] = Drop(i, "the page's header repeated below the story (the site's name and tagline)")
    return found


_HANDLE = re.compile(r"@[\w.]{2,30}")
_ACCOUNT_WORDS = 4
"""Words at most of an account's name over its handle."""


def _account_names(lines: Lines, title: int | None, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A short name right over a handle alone on its line, taken out ("Kabar Kota" / "@kabarkota"): a social
    post's header, repeated over each post of a thread or reply (issue 19, thirteenth pass: an X thread
    kept its account's name between its posts, as subheadings)."""
    found: dict[int, Drop] = {}
    for i, item in enumerate(lines.items):
        if item is None or i in drops or i == title or len(item[1].split()) > _ACCOUNT_WORDS:
            continue
        below = lines.neighbour(i, 1)
        handle = below is not None and (below in drops or below in lines.removed) and _HANDLE.fullmatch(
            lines.removed_text.get(below, lines.text(below)).strip()) is not None
        if handle and not shapes.ends_sentence(item[1]):
            found[i] = Drop(i, "an account's name over its handle (a social post's header)")
    return found


# A printed page's number: "Halaman 1 dari 2", "Hal. 3/8", "Page 2 of 5", "- 4 -"
_PAGE_NUMBER = re.compile(r"(?:halaman|hal\.?|page)\s*\d{1,3}\s*(?:dari|of|/)\s*\d{1,3}|[-–]\s*\d{1,3}\s*[-–]",
                          re.IGNORECASE)
_RUNNING_WORDS = 10
"""Words at most of a printed page's running header or footer."""


def _page_breaks(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A PDF's page break copied with its text: next to the page's number ("Halaman 1 dari 2"), without a
    blank between, the running header or footer ("SLNT – Siaran Pers Kuartal III 2025"), a short line
    that is no sentence, in two parts or repeated (issue 19, a listed company's release as the exchange
    shows it)."""
    found: dict[int, Drop] = {}
    for index, text in lines.removed_text.items():
        if not _PAGE_NUMBER.fullmatch(text.strip()):
            continue
        for near in (index - 1, index + 1):
            if (0 <= near < len(lines.items) and lines.kept(near) and near not in drops and not lines.prose[near]
                    and len(lines.text(near).split()) <= _RUNNING_WORDS and not shapes.ends_sentence(lines.text(near))
                    and _running_shape(lines, near)):
                found[near] = Drop(near, "a printed page's running header or footer (next to its number)")
    return found

_ALT_TEXT = "an image's description (alt text, under its badge)"


def _alt_texts(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """An image's description right under its "ALT" badge (no blank between), one sentence at most, no dateline:
    a social app's image copied with its alt text (issue 19, twenty-first pass: a Bluesky thread)."""
    found: dict[int, Drop] = {}
    for index, reason in lines.removed.items():
        below = index + 1
        if reason != boilerplate.ALT_BADGE_REASON or below >= len(lines.items) or not lines.kept(below) or below in drops:
            continue
        text = lines.text(below)
        if (len(text.split()) <= _CAPTION_WORDS and not shapes.several_sentences(text)
                and not shapes.find_dateline(text)):
            found[below] = Drop(below, _ALT_TEXT)
    return found


def _alt_text(lines: Lines, drops: dict[int, Drop], index: int) -> bool:
    """Whether line `index` was taken out as an image's "ALT" badge or the description under it."""
    reason = drops[index].reason if index in drops else lines.removed.get(index)
    return reason in (boilerplate.ALT_BADGE_REASON, _ALT_TEXT)


# A chat channel's headline markup: pictographs, then the app's emphasis ("📢 *", "🔴 _", "*")
_POST_MARK = re.compile(r"(?P<mark>[^\w\s\"“'‘(\[]{1,4}\s?[*_~]{1,2}|[*_~]{1,2})(?=\w)")
_POST_TEASER_WORDS = 40
"""Words at most of a post's teaser under its headline."""


def _other_posts(lines: Lines, title: int | None, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A chat channel copied with its next posts: a line below the post's end (its date, counters or link taken
    out above it) set in the headline's own markup, a pictograph leading it ("📢 *Harga Cabai ...*" under a post headed "📢 *Tol Gempas ...*"), is another
    post's headline, and the short text right under it (no blank between) its teaser (issue 19, eighth pass:
    a WhatsApp channel)."""
    found: dict[int, Drop] = {}
    raw = lines.removed_text.get(title, "") if title is not None else ""
    mark = _POST_MARK.match(raw)
    if mark is None or not mark["mark"].strip("*_~ "):
        return found  # (a post's bold subheadings, "*Jadwal Penutupan*", are its own: a pictograph must lead)
    for index in range(title + 1, len(lines.items)):
        if not lines.kept(index) or index in drops or not lines.text(index).startswith(mark["mark"]):
            continue
        if not _after_a_posts_end(lines, index):
            continue
        text = lines.text(index)
        if len(text.split()) > _VIDEO_TITLE_WORDS * 2 or shapes.ends_sentence(text.rstrip("*_~")):
            continue
        found[index] = Drop(index, "another post's headline (in the headline's markup)")
        teaser = index + 1
        if (teaser < len(lines.items) and lines.kept(teaser) and teaser not in drops
                and len(lines.text(teaser).split()) <= _POST_TEASER_WORDS):
            found[teaser] = Drop(teaser, "another post's teaser (under its headline)")
    return found


def _after_a_posts_end(lines: Lines, index: int) -> bool:
    """Between line `index` and the nearest line of prose above it, a line was taken out (the post above's
    date, counter or link): the line opens another post, not a part of the story's."""
    for j in range(index - 1, -1, -1):
        if j in lines.removed:
            return True
        if lines.kept(j) and lines.prose[j]:
            return False
    return False


_DURATION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_VIDEO_TITLE_WORDS = 15
"""Words at most of an embedded video's title."""


def _video_titles(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """An embedded video's title right above its duration ("Tonton Highlight Pertandingan di ..." / "04:32",
    "Detik-detik Banjir Bandang Terjang Desa" / "1:02:15"): the duration, a bare time of play, was taken
    out as a counter; the title above it, without a blank between, is no subheading of the story -- a short
    line that is no sentence, starting with a call ("Tonton", "Saksikan") or a headline of four words or
    more (issue 19, eighth pass; a schedule's "Pembukaan" over "08:00" is neither)."""
    found: dict[int, Drop] = {}
    for index in range(1, len(lines.items)):
        text = lines.removed_text.get(index) or lines.text(index)
        title = index - 1
        if (not text or len(text) > 8 or not _DURATION.fullmatch(text.strip()) or not lines.kept(title)
                or title in drops or lines.prose[title]):
            continue
        head = lines.text(title)
        if _in_timeline(lines, title, index):
            continue  # (a live report's entries between their times: "21:30" / "Gol Pertama ..." / "21:35")
        if (len(head.split()) <= _VIDEO_TITLE_WORDS and not shapes.ends_sentence(head)
                and (blocks.orders(head) or (len(head.split()) >= 4 and title_shaped(head)))):
            found[title] = Drop(title, "an embedded video's title (above its duration)")
            if lines.kept(index) and index not in drops:
                found[index] = Drop(index, "an embedded video's duration")
            label = title - 1
            if (label >= 0 and lines.kept(label) and label not in drops and not lines.prose[label]
                    and len(lines.text(label).split()) <= _VIDEO_LABEL_WORDS
                    and not shapes.ends_sentence(lines.text(label)) and _VIDEO_WORD.search(lines.text(label))):
                found[label] = Drop(label, "an embedded video's label (above its title)")
    return found


_VIDEO_LABEL_WORDS = 4
"""Words at most of the label over an embedded video ("VIDEO HIGHLIGHT", "Video Pilihan", "Tonton Juga")."""
_VIDEO_WORD = re.compile(r"\b(?:video|tonton|saksikan|cuplikan|highlights?|watch|streaming)\b", re.IGNORECASE)


_TIMELINE_REACH = 4
"""Lines around a video's title and duration within which another time makes them a live report's."""


def _in_timeline(lines: Lines, title: int, duration: int) -> bool:
    """Another time of day (or duration) stands within `_TIMELINE_REACH` lines above the title, or the line
    right under the duration is kept text: a live report's times and entries, not a video's embed."""
    if duration + 1 < len(lines.items) and lines.kept(duration + 1):
        return True
    for j in range(max(0, title - _TIMELINE_REACH), title):
        text = lines.removed_text.get(j) or lines.text(j)
        if text and len(text) <= 8 and _DURATION.fullmatch(text.strip()):
            return True
    return False


def _running_shape(lines: Lines, index: int) -> bool:
    """A running header's shape: two parts with a separator ("SLNT – Siaran Pers Kuartal III 2025", "PT X |
    Laporan Tahunan"), or the same line again elsewhere in the text; a subheading opening the next page
    ("Kronologi Kejadian") has neither."""
    text = lines.text(index)
    if re.search(r"\s[–—|-]\s", text):
        return True
    return sum(1 for item in lines.items if item is not None and item[1] == text) + sum(
        1 for removed in lines.removed_text.values() if removed == text) > 1


_CALL_REASONS = (boilerplate.SITE_PROMPT, "subscription or login prompt",
                 "follow or app prompt", "follow prompt", "promotion (click here)", boilerplate.PRINT_EDITION_REASON)
"""Removed calls to the reader whose sentence a hard wrap may carry on to the next line."""
_REST_WORDS = 15
"""Words at most of the lower-case rest of a removed sentence on the line under it."""
_TAIL_WORDS = 5
"""Words at most of the end of a removed line that a hard-wrapped text carried to the next line."""


def _wrapped_tails(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """The end of a removed line that a hard-wrapped text (wrapped at 50 to 100 characters) carried to the
    line right under it: "Baca Juga: Longsor Susulan di Silaiang, Polisi Alihkan Arus ke Jalur" / "Malalak".
    The removed line ends no sentence and is so wide that the next line's first word did not fit on it;
    the next line is short, ends no sentence and is no prose, and the line under it does not go on from it
    (issue 19, heldout6). Metadata lines (the headline's second line, a byline) are decided elsewhere."""
    widest = shapes.wrap_width([item[1] for item in lines.items if item is not None])
    if widest not in WRAP_WIDTHS:
        return {}
    found: dict[int, Drop] = {}
    for index, reason in lines.removed.items():
        text, below = lines.removed_text[index], index + 1
        if (reason.endswith(TO_FRONT_MATTER) or shapes.ends_sentence(text) or below >= len(lines.items)
                or not lines.kept(below) or below in drops):
            continue
        tail = lines.text(below)
        after = below + 1 < len(lines.items) and lines.kept(below + 1) and shapes.starts_continuation(
            lines.text(below + 1))
        # (a lone word may end its sentence: "... All Rights" / "Reserved."; and so may the lower-case rest of
        # a removed call, prose or not: "... Berlangganan Majalah HIDUP cetak dan" / "digital untuk ...")
        short = (len(tail.split()) <= _TAIL_WORDS and (not shapes.ends_sentence(tail) or len(tail.split()) == 1)
                 and not lines.prose[below])
        rest = (reason in _CALL_REASONS and shapes.starts_continuation(tail) and shapes.ends_sentence(tail)
                and len(tail.split()) <= _REST_WORDS and not shapes.several_sentences(tail))
        if len(text) + 1 + len(tail.split()[0]) > widest and (short and len(tail) < 0.6 * widest or rest) and not after:
            found[below] = Drop(below, f"the wrapped end of a removed line ({reason})")
    return found


_LABEL_WORDS = 3
"""Words at most of a label whose content was taken out."""


def _labels_of_removed(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A short label ending in a colon right above a line taken out as boilerplate, with a blank or a removed
    line above it: the label of what went ("Ukuran teks:" over "A- A A+", "Dengarkan:" over a player), which
    labels nothing once that is gone (issue 19, heldout6). A label over a byline or tags is decided with them."""
    found: dict[int, Drop] = {}
    # (a block an earlier look took out, a widget's rows, is labelled as one taken out with the line)
    reasons = {**lines.removed, **{i: drop.reason for i, drop in drops.items()}}
    for index, reason in reasons.items():
        label = index - 1
        if reason.endswith(TO_FRONT_MATTER) or label < 0 or not lines.kept(label) or label in drops:
            continue
        text = lines.text(label)
        # (a blank above, or, over a block, a sentence's end: texts copied without blank lines)
        alone = label == 0 or not lines.kept(label - 1)
        words = len(text.split())
        # (a colon's label under the story's last sentence, over a block the context took out: a release's
        # "Autentikasi :" over its signatory's rank and name, issue 19, eighteenth pass)
        if not lines.prose[label] and (
                (text.endswith(":") and words <= _LABEL_WORDS and (
                    (alone and index in lines.removed)
                    or (index in drops and label > 0 and shapes.ends_sentence(lines.text(label - 1)))))
                or (words <= _BLOCK_LABEL_WORDS and _labels_a_block(lines, reasons, index, text)
                    and (alone or shapes.ends_sentence(lines.text(label - 1))))):
            found[label] = Drop(label, f"the label of a line taken out ({reason})")
    return found


_BLOCK_LABEL_WORDS = 5
"""Words at most of a heading over a block taken out whole ("Klasemen BRI Liga 1")."""
_ONE_WORD_ITEMS = ("button or menu item",)
_LABELLED_BLOCK = 2
_LABELLED_RUN = 3
"""Lines at least of a block taken out whole that a short heading without a colon labels."""


def _labels_a_block(lines: Lines, reasons: dict[int, str], first: int, text: str) -> bool:
    """`text`, a short heading in title case that is no sentence, stands over a block taken out whole (two
    lines or more, all for one reason, then a blank or the text's end; or three or more): a gallery's
    "Galeri Foto" over its numbered captions, a box's title over its links (issue 19). A subheading has the
    story under it."""
    reason, end = reasons[first], first
    if shapes.ends_sentence(text) or boilerplate.line_features(text).title_case < 1.0 or reason in _ONE_WORD_ITEMS:
        return False  # (a menu's heading below the story is judged with the page's footer)
    while end + 1 < len(lines.items) and reasons.get(end + 1) == reason:
        end += 1
    closed = end + 1 >= len(lines.items) or not lines.kept(end + 1) and end + 1 not in lines.removed
    # (a run of three or more needs no blank under it: a gallery's captions, then the story's next paragraph)
    return end - first + 1 >= (_LABELLED_BLOCK if closed else _LABELLED_RUN)


_AD_WORDS = 12
"""Words at most of an advertisement's line under its label."""
_TEASER_WORDS = 30
"""Words at most of the one-sentence summary under a linked headline in a "read also" box."""


def _boxed_texts(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """What a box's label carries right under it, as the last line of its block (a blank or a line taken
    out below): under an advertisement's label ("IKLAN", "ADVERTISEMENT"), the ad's own line, short, no
    sentence and with a call or an offer ("Pupuk Daun Organik – Beli Sekarang di Toko ..."; a numbered
    subheading under the label stays); under a headline of a "read also" box (its heading, the headline),
    the linked article's summary, one sentence (issue 19: the box, not its words)."""
    found: dict[int, Drop] = {}
    for index in range(len(lines.items) - 1):
        below = index + 1
        if not lines.kept(below) or below in drops or _goes_on(lines, drops, below):
            continue
        reason = drops[index].reason if index in drops else lines.removed.get(index, "")
        text = lines.text(below)
        words = len(text.split())
        if (reason == "advertisement" and words <= _AD_WORDS and not shapes.ends_sentence(text)
                and not lines.prose[below] and blocks.names_a_call(text) and shapes.ordered_item(text) is None):
            found[below] = Drop(below, "the advertisement's text (under its label)")
        elif (reason == _RELATED_AFTER and words <= _TEASER_WORDS and shapes.ends_sentence(text)
              and not shapes.several_sentences(text) and not text.startswith(shapes.OPENERS)
              and _summarises(lines, index, below)):
            found[below] = Drop(below, "the linked article's summary (under its headline in a read-also box)")
    return found


_RULE = re.compile(r"[-=_*~]{3,}")
_FRAME_LINES = 4
"""Lines at most between an advertisement's ruled label and the rule closing its frame."""
_FRAMED_AD_WORDS = 40
"""Words at most of the text inside such a frame."""


def _framed_adverts(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """The text framed by rules as an advertisement: under a label drawn as a rule ("----- IKLAN -----") and
    right above a rule closing the frame, without a blank line between, a few short lines ("Dirgahayu
    Kabupaten ... Selamat Natal ... dari Keluarga Besar ...", a greeting wrapped at 72 columns; issue 19,
    thirty-fifth pass). A story's paragraph under an advertisement's label has no rule closing it there."""
    found: dict[int, Drop] = {}
    for label, reason in lines.removed.items():
        if reason != "advertisement" or not _RULE.search(lines.removed_text.get(label, "")):
            continue
        inside = list(itertools.takewhile(lambda j: j < len(lines.items) and lines.kept(j) and j not in drops,
                                          range(label + 1, label + 1 + _FRAME_LINES)))
        end = inside[-1] + 1 if inside else None
        if (end is not None and end < len(lines.items) and lines.removed.get(end) == "separator"
                and sum(len(lines.text(j).split()) for j in inside) <= _FRAMED_AD_WORDS):
            found.update((j, Drop(j, "the advertisement's text (framed by rules under its label)")) for j in inside)
    return found


# A chart's or a table's source under it: "Sumber: Kementerian Ketenagakerjaan", "Source: BPS"
_SOURCE_LABEL = re.compile(r"(?:sumber|sumber\s+data|source)\s*:\s*\S", re.IGNORECASE)
_CHART_LINES = 3
"""Lines at most of an embedded chart's brand and title above its source."""
_CHART_WORDS = 12
"""Words at most of each."""


def _chart_titles(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """An embedded chart or table inside the story: right above its source line taken out ("Sumber:
    Kementerian Ketenagakerjaan"), without a blank between, up to three short lines that are no sentence
    -- the chart's brand and title ("Databoks" / "Penambahan Pekerja Industri Pengolahan (2020-2024)") --,
    with the story's prose on both sides (issue 19: the chart's frame, not its words)."""
    found: dict[int, Drop] = {}
    for index, text in lines.removed_text.items():
        below = lines.neighbour(index, 1)
        if (not _SOURCE_LABEL.match(text) or below is None or not lines.kept(below) or not lines.prose[below]):
            continue
        run = []
        for j in range(index - 1, max(-1, index - 1 - _CHART_LINES), -1):
            if not lines.kept(j) or j in drops or lines.prose[j]:
                break
            if len(lines.text(j).split()) > _CHART_WORDS or shapes.ends_sentence(lines.text(j)):
                break
            run.append(j)
        top = (run[-1] if run else index) - 1
        if run and 0 <= top and lines.kept(top) and lines.prose[top]:
            found.update((j, Drop(j, "an embedded chart's title (above its source)")) for j in run)
    return found


def _goes_on(lines: Lines, drops: dict[int, Drop], index: int) -> bool:
    """The line right under `index` is kept text: `index` does not end its block."""
    below = index + 1
    return below < len(lines.items) and lines.kept(below) and below not in drops


_SUMMARY_SHARED = 2
"""Content words at least that a linked article's summary shares with its headline."""


def _summarises(lines: Lines, headline: int, summary: int) -> bool:
    """The sentence under a linked headline says what that headline says (two content words of three letters
    or more in common, "Koi Kohaku Juara ..." / "Peternak koi ... ikan juara ..."), and the story goes on
    below it after a blank: a box inside the story, not the story's next sentence under a list of links."""
    after = summary + 1
    if after >= len(lines.items) or lines.items[after] is not None or after in lines.removed:
        return False
    following = lines.neighbour(summary, 1)
    if following is None or not lines.kept(following):
        return False
    headline_text = lines.removed_text.get(headline) or lines.text(headline)
    return len(_content_words(headline_text) & _content_words(lines.text(summary))) >= _SUMMARY_SHARED


def _content_words(text: str) -> set[str]:
    """The words of three letters or more of `text` that are no function words, casefolded."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.casefold()) if w not in boilerplate.FUNCTION_WORDS}


def _framed(lines: Lines, drops: dict[int, Drop], index: int) -> bool:
    """A comment's frame right above the line (a date, a byline, a counter, "Quote: Originally posted by"): a
    whole sentence repeated from the story is a comment's quote only there -- elsewhere a story may repeat
    one of its sentences, and it stays."""
    above = lines.neighbour(index, -1)
    if above is None:
        return False
    reason = drops[above].reason if above in drops else lines.removed.get(above)
    return reason is not None and reason.startswith(_COMMENT_FRAME)


def _author_box(lines: Lines, kept: list[int], story: list[int], drops: dict[int, Drop]) -> dict[int, Drop]:
    """An author box ending the page: a name alone, then one short sentence about the author, after
    boilerplate below the story ("Arief Nugroho" / "Pegawai swasta yang gemar menulis ...")."""
    last = [i for i in kept if i not in drops]
    if len(last) < 2 or not story:
        return {}
    name, profile = last[-2], last[-1]
    before = lines.neighbour(name, -1)
    if (name > story[-1] and story[-1] != profile and boilerplate.person_name(lines.text(name))
            and lines.neighbour(name, 1) == profile and before is not None and not lines.kept(before)
            and boilerplate.is_sentence(lines.text(profile)) and len(lines.text(profile).split()) <= 20
            and _profile_shape(lines.text(name), lines.text(profile))):
        reason = "author box after the story"
        return {name: Drop(name, f"{reason} (name)"), profile: Drop(profile, f"{reason} (profile)")}
    return {}


# Who writes: the word a profile opens with ("Penulis lepas yang ...", "Pegawai swasta yang gemar menulis ...")
_PROFILE_ROLE = re.compile(r"(?:penulis|wartawan|wartawati|jurnalis|reporter|kontributor|koresponden|editor|redaktur"
                           r"|pegawai|karyawan|karyawati|mahasiswa|mahasiswi|dosen|guru|peneliti|pegiat|pemerhati|aktivis"
                           r"|blogger|narablog|penggemar|pecinta|pencinta|alumnus|alumni|lulusan|pensiunan|ibu|bapak|ayah"
                           r"|writer|journalist|reporter|editor|student|freelance)\b", re.IGNORECASE)
_PROFILE_WORDS = 3
"""Words at most before the role word that opens an author's profile."""


def _profile_shape(name: str, profile: str) -> bool:
    """A short sentence that says who a person is: it opens with a role ("Penulis teknologi yang ...") or
    with the name, or a pronoun, and "adalah" ("Marsya adalah jurnalis ..."). A subheading and the short
    paragraph under it ("Modus Terbaru" / "Pelaku kini kerap mengirim ...") have neither shape (issue 19)."""
    words = profile.split()
    if any(_PROFILE_ROLE.fullmatch(w.strip(",.")) for w in words[:_PROFILE_WORDS]):
        return True
    opener = {w.casefold() for w in name.split()} | {"ia", "dia", "beliau", "she", "he"}
    return (len(words) > 1 and words[0].casefold().strip(",") in opener
            and bool(re.match(r",?\s*(?:adalah|merupakan|ialah|is|was)\b", profile[len(words[0]):].lstrip(), re.IGNORECASE)
                     or words[0].endswith(",")))


_ABOUT = re.compile(r"(?:about|tentang|profil|profile|mengenal)(?:\s+(?:penulis|the\s+author))?\s*:?\s+", re.IGNORECASE)
# "<name> adalah dosen ...", "<name>, pegiat literasi, ...", "<name> is a ...": a sentence about the author
_IS = re.compile(r"\s*(?:,\s*|\s+(?:adalah|merupakan|ialah|yakni|is|was|bekerja|mengajar|aktif)\b)", re.IGNORECASE)
_LINK_WORDS = 8
"""Words at most of a line under the story that links to the author's page."""
_BIO_WORDS = 60
"""Words at most of an author's bio."""


def _authors_bio(lines: Lines, kept: list[int], story: list[int], drops: dict[int, Drop],
                 authors: tuple[str, ...]) -> dict[int, Drop]:
    """The author's bio under the story, found by the byline's name (the byline already gave it):
    - a line that is the name alone ("Rizky Pratama", "About Yudha Pratama", "Tentang Penulis: ..."), and
      the short text right under it when no paragraph of the story comes after that;
    - a last paragraph, or a line below the story's last paragraph, that starts with the name and says who
      the author is ("Hasanuddin Karim adalah pengurus ...").
    Only below the story's first paragraph, and never with a paragraph of the story after it."""
    found: dict[int, Drop] = {}
    names = {a.casefold() for a in authors if len(a.split()) >= 2}
    if not names or not story:
        return found
    for i in kept:
        if i <= story[0] or i in drops:
            continue
        text = lines.text(i)
        key = _ABOUT.sub("", text, count=1) if _ABOUT.match(text) else text
        if key.casefold().strip(" .:") in names:
            below = lines.neighbour(i, 1)
            bio = below if (below is not None and lines.kept(below) and below not in drops
                            and len(lines.text(below).split()) <= _BIO_WORDS) else None
            if any(j > (bio if bio is not None else i) for j in story):
                continue  # the story goes on below: a name in it, not a box
            found[i] = Drop(i, "author box after the story (name)")
            if bio is not None:
                found[bio] = Drop(bio, "author box after the story (profile)")
            continue
        if (i > story[-1] and len(text.split()) <= _LINK_WORDS and not shapes.ends_sentence(text)
                and any(name in text.casefold() for name in names)):
            found[i] = Drop(i, "author box after the story (a link to the author's page)")
            continue  # "Artikel yang diterbitkan oleh Irma Damayanti", "More posts by ..."
        if i < story[-1] or len(text.split()) > _BIO_WORDS:
            continue  # (the story's last paragraph, or a line below it: an interview's short answers end it)
        folded = text.casefold()
        for name in names:
            if folded.startswith(name) and _IS.match(text, len(name)):
                found[i] = Drop(i, "author's bio after the story")
                break
    return found


# An opinion piece's note on its writer, "the writer" for the name, often starred: "*Penulis adalah pegiat
# lingkungan ...", "*) Penulis merupakan dosen ...", "The writer is a lecturer ..."
_WRITER_NOTE = re.compile(r"(?:\*+\)?\s*)?(?:penulis|the\s+writer|the\s+author)\s+(?:adalah|merupakan|ialah|is)\s",
                          re.IGNORECASE)


def _writers_notes(lines: Lines, kept: list[int], story: list[int], drops: dict[int, Drop]) -> dict[int, Drop]:
    """The note on who the writer is, at or below the story's last paragraph, one short text (issue 19,
    twenty-first pass: an opinion column's "*Penulis adalah ...")."""
    found: dict[int, Drop] = {}
    for i in kept:
        if (story and i >= story[-1] and i > story[0] and i not in drops
                and len(lines.text(i).split()) <= _BIO_WORDS and _WRITER_NOTE.match(lines.text(i))):
            found[i] = Drop(i, "the writer's note after the story (who the writer is)")
    return found


_ABOUT_ORG = re.compile(r"(?:tentang|about|profil|sekilas(?:\s+tentang)?)\s+(?P<name>[A-Z0-9][^.!?:]{2,60})", re.IGNORECASE)
# How an issuer describes itself, a company, a foundation or a government body ("... adalah lembaga pemerintah
# yang ...", issue 19, nineteenth pass); an explainer's "Tentang Sekolah Rakyat" / "Sekolah Rakyat adalah program
# ..." is the story's, and stays
_ISSUER = re.compile(r"\b(?:perusahaan|korporasi|anak\s+usaha|didirikan|berdiri\s+(?:sejak|pada|tahun)|berkantor\s+pusat"
                     r"|kantor\s+pusat|company|founded|established|headquartered|organisasi\s+nirlaba|yayasan"
                     r"|lembaga\s+swadaya|non-?profit|badan\s+usaha|bumn|bumd|bergerak\s+di\s+bidang|operates"
                     r"|(?:lembaga|instansi|badan)\s+(?:pemerintah|negara)|government\s+agency)\b",
                     re.IGNORECASE)
_ABOUT_WORDS = 90
"""Words at most of the paragraph under "Tentang <organisation>"."""


def _about_organisation(lines: Lines, kept: list[int], story: list[int], drops: dict[int, Drop]) -> dict[int, Drop]:
    """A press release's closing "about" section: "Tentang PT Sinar Baruna Energi" (or "About ...") on its
    own line below the story's first paragraph, and the paragraph right under it when it starts with the
    same name ("PT Sinar Baruna Energi adalah perusahaan ..."): the issuer describing itself, the same in
    every release it sends."""
    found: dict[int, Drop] = {}
    if not story:
        return found
    for i in kept:
        if i <= story[0] or i in drops:
            continue
        match = _ABOUT_ORG.fullmatch(lines.text(i))
        if match is None or len(match["name"].split()) > 8:
            continue
        below = lines.neighbour(i, 1)
        if below is None or not lines.kept(below) or below in drops:
            continue
        text = lines.text(below)
        if (_describes(text, match["name"]) and len(text.split()) <= _ABOUT_WORDS and _ISSUER.search(text)
                and not _story_below(lines, below, drops)):
            reason = "about the organisation (a press release's closing section)"
            found[i] = Drop(i, reason)
            found[below] = Drop(below, reason)
            found.update(_back_matter(lines, below, drops))
    return found


_SUBJECT_CHARS = 60
"""Characters at most before "adalah" in an organisation's description of itself."""
_IS_A = re.compile(r"\s(?:adalah|merupakan|ialah|is|was)\s", re.IGNORECASE)


def _describes(text: str, name: str) -> bool:
    """The paragraph opens with the organisation as its subject: "PLN adalah ...", or its name in a longer
    form before "adalah" ("PT PLN (Persero) adalah ..." under "Tentang PLN", issue 19, eighth pass)."""
    if text.casefold().startswith(name.casefold()):
        return True
    verb = _IS_A.search(text[:_SUBJECT_CHARS + 10])
    if verb is None or verb.start() > _SUBJECT_CHARS:
        return False
    subject = text[:verb.start()].casefold()
    if name.casefold() in subject:
        return True
    # a short form of the name over its long one: "Tentang Pupuk Kaltim" / "PT Pupuk Kalimantan Timur merupakan
    # ...", "Tentang Pelni" / "PT Pelayaran Nasional Indonesia (Pelni) adalah ..." (issue 19, twelfth pass)
    first = name.split()[0].casefold()
    if len(first) >= 4 and (first in re.findall(r"\w+", subject) or f"({name.casefold()})" in subject):
        return True
    # a legal form and a short name over the long one, the short one further on: "Tentang PT PELNI (Persero)" /
    # "PT Pelayaran Nasional Indonesia (Persero) merupakan ... Saat ini PELNI mengoperasikan ..." (seventeenth pass)
    form = _LEGAL_FORM.match(name)
    core = _LEGAL_FORM.sub("", name).split()
    return (form is not None and subject.startswith(form[0].casefold()) and bool(core) and len(core[0]) >= 4
            and core[0].casefold() in re.findall(r"\w+", text[verb.end():].casefold()))


# Below a "Tentang ..." section the story goes on (issue 19, a review of the seventeenth and eighteenth passes:
# "Tentang PT Pindad" and its paragraph mid-story took a director's statement and a quote with them): someone
# quoted or reported ("..., kata Sigit.", "Direktur Utama Pindad, Sigit Santosa, mengatakan ..."), or a day the
# story reports
_REPORTED_SPEECH = re.compile(r"^[\"“‘]|[,\"”]\s*(?:ujar|kata|ucap|tutur|jelas|tegas|imbuh|tambah|sebut|pungkas|ungkap"
                              r"|terang)(?:nya)?\b|\b(?:mengatakan|menjelaskan|menegaskan|menuturkan|menambahkan"
                              r"|mengungkapkan|menyampaikan|menyebutkan|said|says|told)\b", re.IGNORECASE)
_STORY_DAY = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Monday|Tuesday|Wednesday|Thursday"
                        r"|Friday|Saturday|Sunday)\b|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
                        r"|\b\d{1,2}\s+(?i:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
                        r"|november|desember)\b")
# ... which the release's closing furniture has not: the issuer's founding, its contacts, notes for editors
_FOUNDING = re.compile(r"\b(?:didirikan|berdiri|founded|established|sejak|tercatat)\b", re.IGNORECASE)
_CONTACT = re.compile(r"\b(?:kontak|contact|narahubung|hubungi|informasi\s+lebih\s+lanjut|more\s+information"
                      r"|e-?mail|telp|tel|telepon|phone|call\s+center|whatsapp)\b|@|\d[\d ().-]{6,}\d", re.IGNORECASE)
_NOTES = re.compile(r"(?:catatan(?:\s+(?:untuk|bagi)\s+(?:editor|redaksi|penyunting|media))?\b|notes?\s+(?:to|for)\s+editors?"
                    r"|pernyataan\b.*\bprospek|forward[- ]looking|disclaimer|sanggahan|tentang\s|about\s|profil\s"
                    r"|sekilas\s)", re.IGNORECASE)
_SUBHEAD_WORDS = 10
"""Words at most of the story's own subheading (numbered or named) over a paragraph of it."""
# (a date or a time on the line is a frame's, not a subheading's: "Komentar [MR3] Maria Roswita 18/11/2026 11:05")
_STAMP = re.compile(r"\d{1,2}[/.:-]\d{1,2}")


def _story_below(lines: Lines, about: int, drops: dict[int, Drop]) -> bool:
    """The story goes on below the "about" paragraph `about`, down to the release's contacts or notes for
    editors: a quote or reported speech, a dateline or a dated sentence, a subheading of its own over a
    paragraph, a paragraph longer than any the release closes with. A release's closing section is
    followed by more of the issuer, its contacts, its notes, or nothing. (Plain paragraphs with none of
    these signs do not count as story: a Word comment pane's lines would; such a section still goes.)"""
    for j in range(about + 1, len(lines.items)):
        if not lines.kept(j) or j in drops:
            continue
        text = lines.text(j)
        words = len(text.split())
        sentence = shapes.ends_sentence(text) and not text.endswith(":")
        if (sentence and _REPORTED_SPEECH.search(text)) or shapes.find_dateline(text) or words > _ABOUT_WORDS:
            return True
        if sentence and words >= 8 and _STORY_DAY.search(text) and not _FOUNDING.search(text):
            return True
        if words <= 12 and (_CONTACT.search(text) or _NOTES.match(text)):
            return False  # the contacts, the notes for editors or another "about": the release's close
        below = lines.neighbour(j, 1)
        if (words <= _SUBHEAD_WORDS and not shapes.ends_sentence(text) and not _STAMP.search(text)
                and below is not None and lines.kept(below)
                and below not in drops and len(lines.text(below).split()) >= 16
                and shapes.ends_sentence(lines.text(below))):
            return True
    return False


# A company's or foundation's legal form around its name: "PT", "Tbk", "(Persero)", "Yayasan"
_LEGAL_FORM = re.compile(r"(?:\b(?:PT|CV|Perum|Perumda|Yayasan|Koperasi|Tbk|Persero)\b\.?|\(Persero\))\s*", re.IGNORECASE)


def _back_matter(lines: Lines, about: int, drops: dict[int, Drop]) -> dict[int, Drop]:
    """What follows a press release's "about" section: its notes for editors, a forward-looking statement
    under its heading, the contacts. A release closes with the issuer describing itself; the story is
    above it (issue 19). A long paragraph (more than `_ABOUT_WORDS` words) below stops the look, and
    stays."""
    found: dict[int, Drop] = {}
    for j in range(about + 1, len(lines.items)):
        if not lines.kept(j) or j in drops:
            continue
        if len(lines.text(j).split()) > _ABOUT_WORDS:
            break
        found[j] = Drop(j, "below the press release's \"about\" section (notes, statements, contacts)")
    return found


_SELF_WORDS = 60
"""Words at most of the site describing itself below the story (issue 19, eighth pass: a student press's 41)."""


# ... about what it publishes and who writes it
_ABOUT_WRITING = re.compile(r"\b(?:menulis|penulis|pembaca|artikel|tulisan|konten|redaksi|disunting|penyuntingan"
                            r"|writers?|readers?|articles?|editorial)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Pass:
    """One pass of the revision: the lines, the headline, the drops so far and where the story lies."""

    lines: Lines
    title: int | None
    drops: dict[int, Drop]
    first_prose: int | None
    """The story's first long paragraph: above it (and below the headline) is the header."""
    last_prose: int | None
    """The last line of prose: below it is the footer."""
    story_end: int | None = None
    """The story's last long paragraph (or prose next to prose): comments and bios come after it."""
    furniture: int | None = None
    """The second line taken out below the story's end: where the page's furniture has surely begun."""
    story_begun: bool = False
    """Whether a sentence below the headline was kept: after it no line is a profile blurb."""
    story: frozenset[int] = frozenset()
    """The prose lines that hold the story (`_story`)."""
    opening: int | None = None
    """Where the story opens (`_header_furniture`): its first long paragraph or a sentence kept above it."""
    closing: tuple[int, int] | None = None
    """The first and the last line below the story's end that close an article (`_closing_lines`)."""


# What closes an article below its last paragraph: its tags, a byline or an editor's name, the comments, the
# copyright, the platform's credits. A related link, an advertisement, a prompt, share buttons, an embed's
# hashtags or a disclaimer may stand between two paragraphs of a story (the no-sentence-lost property test
# puts some there): they close nothing.
_CLOSING = ("tag " + TO_FRONT_MATTER, "copyright notice", "site credits", "comments prompt", "comment form",
            "comment policy", "metadata " + TO_FRONT_MATTER, "byline " + TO_FRONT_MATTER, "author " + TO_FRONT_MATTER,
            "editor " + TO_FRONT_MATTER)
_CLOSING_WORDS = 30
"""Words at most of a line below the article's close that goes with the page (a notice, a call, a bio)."""
_NOTICE_WORDS = 10
"""Words at most of a short sentence below the article's first closing line, between lines taken out."""


def _closing_lines(lines: Lines, drops: dict[int, Drop], end: int) -> tuple[int, int] | None:
    """The first and the last line below the story's last paragraph `end` that close an article (`_CLOSING`)."""
    found = [j for j in range(end + 1, len(lines.items))
             if (reason := _reason(lines, drops, j)) is not None and reason.startswith(_CLOSING)]
    return (found[0], found[-1]) if found else None


def _below_closing(state: _Pass, i: int) -> Drop | None:
    """A kept line between two lines that close the article, which no other rule decided: a short text there
    (30 words or fewer, no paragraph of the story) is the page's -- a site's notice, a call to write or
    subscribe, an author's bio, a related headline --, as a story's short last paragraph comes before its
    tags, share buttons and copyright, not among them (issue 19: the page's regions, not one more pattern).
    Only between two: a story's short last paragraph may stand between its long ones and its tags. Below the
    first alone, a short sentence between two lines taken out is the page's notice too ("Reporter: ..." /
    hashtags / "Transkrip tidak tersedia untuk video ini." / "Tonton Juga", thirty-fourth pass), unless one is a
    related link ("Penulis: ..." / "Polisi masih memburu pelaku lain." / "Baca juga: ...", its review). That
    first line is a byline, its tags or credits into the front matter: a comments' count in the page's bar
    under the lede closes nothing ("2 Komentar" over a chronology's entries, its review)."""
    if state.closing is None or not state.closing[0] < i or i in state.story:
        return None
    lines, text = state.lines, state.lines.text(i)
    if i < state.closing[1] and len(text.split()) <= _CLOSING_WORDS and not _exchange(state, i):
        return Drop(i, "among the article's closing lines (tags, byline, comments, copyright): the page's text")
    before, after = lines.neighbour(i, -1), lines.neighbour(i, 1)
    first = _reason(lines, state.drops, state.closing[0]) or ""
    if (first.endswith(TO_FRONT_MATTER) and len(text.split()) <= _NOTICE_WORDS and boilerplate.is_sentence(text)
            and not lines.prose[i]
            and _removed(lines, state.drops, before) and _removed(lines, state.drops, after)
            and not _beside_related_link(lines, state.drops, before, after)):
        return Drop(i, "below the article's closing lines, between lines taken out: the page's notice")
    return None


def _exchange(state: _Pass, i: int) -> bool:
    """Line `i` is a question with its answer right under it, or that answer: an interview's exchange, which
    may stand under a byline set below the story's introduction ("Reporter: ..." / "Kapan kemarau dimulai?" /
    "Mulai April di sebagian besar Jawa.", review of the thirty-fourth pass). Not under the comments' count
    or prompt: a reader asks there, the site answers ("Komentar (4)" / "Rizky_A: ada versi 12/256 gak min?")."""
    lines = state.lines
    above = next((j for j in range(i - 1, -1, -1) if _reason(lines, state.drops, j) is not None), None)
    if above is not None and "comment" in (_reason(lines, state.drops, above) or ""):
        return False

    def asks(j: int) -> bool:
        return 0 <= j < len(lines.items) and lines.kept(j) and lines.text(j).rstrip(shapes.CLOSERS).endswith("?")

    def answers(j: int) -> bool:
        return 0 <= j < len(lines.items) and lines.kept(j) and shapes.ends_sentence(lines.text(j)) and not asks(j)
    return (asks(i) and answers(i + 1)) or (answers(i) and asks(i - 1))


_HEADER_WORDS = 8
"""Words at most of a line of the page's header between the headline and the story."""


def _header_furniture(state: _Pass, i: int) -> Drop | None:
    """A kept line between the headline and the story's opening that no other rule decided: a short
    line (8 words or fewer) that is no sentence, no dateline ("Jakarta -", "KATHMANDU, NEPAL —") and no list
    item is the page's -- a category, a label, a tag, an entry of a table of contents (which repeats a
    subheading below) -- as a story opens with a paragraph (issue 19: the page's regions; heldout6's
    "SDGs 6: Air bersih dan sanitasi layak" over the first paragraph, under two category labels)."""
    if state.title is None or state.opening is None or not state.title < i < state.opening:
        return None  # (below a short lede, a short line may be the story's subheading)
    text = state.lines.text(i)
    if (len(text.split()) > _HEADER_WORDS or boilerplate.is_sentence(text) or text.endswith(("-", "–", "—"))
            or shapes.find_dateline(f"{text} ") or shapes.bullet_item(text) is not None
            or shapes.ordered_item(text) is not None):
        return None
    if _next_kept(state, i) == state.opening and _subheadings(state) >= _SERIES:
        return None  # the first of the story's subheadings ("Hasil Cek Fakta" over a fact-check's verdict)
    if _next_kept(state, i) == state.opening and shapes.dateline_alone(text):
        return None  # "Pangururan (SIB)" over the first paragraph: the story's dateline on its own line
    return Drop(i, "page header between the headline and the story (short line, not a sentence)")


_SERIES = 2
"""Subheadings at least below the story's opening that make a short line right above it the first of them."""


def _next_kept(state: _Pass, i: int) -> int | None:
    """The next line below `i` that is kept and not dropped."""
    return next((j for j in range(i + 1, len(state.lines.items)) if state.lines.kept(j) and j not in state.drops),
                None)


def _subheadings(state: _Pass) -> int:
    """How many short lines that are no sentence stand alone over a paragraph of the story, below its opening
    and above its end: the story's subheadings ("Narasi", "Penjelasan", "Kesimpulan" in a fact-check)."""
    end = state.story_end if state.story_end is not None else len(state.lines.items) - 1
    found = 0
    for j in range(state.opening + 1 if state.opening is not None else 0, end):
        if not state.lines.kept(j) or j in state.drops or state.lines.prose[j]:
            continue
        text = state.lines.text(j)
        below = _next_kept(state, j)
        if (len(text.split()) <= _HEADER_WORDS and not boilerplate.is_sentence(text)
                and below is not None and state.lines.prose[below]):
            found += 1
    return found


def _above_credit_or_embed(state: _Pass, i: int, text: str, header: bool) -> Drop | None:
    """A photo's caption right above its credit, a call to watch right above an embedded video."""
    lines = state.lines
    # (not the last line of a sentence wrapped from the line above: "... baru surut menjelang" / "tengah malam.")
    if (header and i + 1 < len(lines.items) and lines.removed.get(i + 1, "").startswith(_CAPTION_REASONS)
            and len(text.split()) <= 15 and not boilerplate.person_name(text) and not _goes_on_from_above(lines, i)):
        return Drop(i, "photo caption (above its credit, between the headline and the story)")
    if _call_over_embed(lines, i, text):
        return Drop(i, "the call to watch an embedded video (right above it)")
    if _caption_over_glued_credit(state, i, text):
        return Drop(i, "photo caption (above its credit, glued to the story's dateline)")
    return None


def _goes_on_from_above(lines: Lines, i: int) -> bool:
    """Line `i` goes on with the sentence of the kept line right above it: that line ends no sentence, this one
    starts in lower case (issue 19, eighteenth pass: a narrow column's last line over a photo's credit)."""
    return (i > 0 and lines.kept(i - 1) and not shapes.ends_sentence(lines.text(i - 1))
            and shapes.starts_continuation(lines.text(i)))


def _caption_over_glued_credit(state: _Pass, i: int, text: str) -> bool:
    """Line `i` stands right over a line whose start, a photo's credit, was cut off the story's dateline
    ("PEDAGANG JUKUNG - Seorang pedagang ... (2/12/2026)." / "OUTLET.CO.ID/NAMEOUTLET.CO.ID, PLACE - ..."),
    below the headline and above the story: the photo's caption (issue 19, twelfth pass)."""
    lines, below = state.lines, i + 1
    return (state.title is not None and state.title < i and below < len(lines.items) and lines.kept(below)
            and boilerplate.credit_glued_to_web_dateline(lines.text(below)) is not None
            and len(text.split()) <= _CAPTION_WORDS
            and not any(j < i for j in state.story))


_EMBED_REASONS = ("an embedded video", "embedded media")
_CALL_OVER_EMBED_WORDS = 8
"""Words at most of a call to watch the video embedded right below it."""


def _call_over_embed(lines: Lines, i: int, text: str) -> bool:
    """A short line ending in ":" that calls to watch ("Tonton trailernya di bawah ini:", "Saksikan videonya
    berikut:") right above an embedded video taken out, no blank between: the embed's call, not the story's
    (issue 19, twelfth pass). A list's label over its rows is over no embed."""
    below = i + 1
    return (text.endswith(":") and len(text.split()) <= _CALL_OVER_EMBED_WORDS and below < len(lines.items)
            and lines.removed.get(below, "").startswith(_EMBED_REASONS) and _WATCH.search(text) is not None)


_WATCH = re.compile(r"\b(?:tonton\w*|saksikan\w*|simak\w*|lihat\w*|watch|video\w*|trailer\w*|cuplikan\w*)\b",
                    re.IGNORECASE)


_STANDFIRST_WORDS = 40
"""Words at most of a standfirst (the summary under a headline)."""
_STANDFIRST_REACH = 4
"""How many removed lines under a standfirst the byline or date is looked for in."""


def _standfirst(state: _Pass, i: int) -> Drop | None:
    """The standfirst: a short text right under the headline, then (only removed lines between) the byline or
    the date, and the story's first paragraph below them -- a magazine's summary of the story, which the story
    then tells (heldout6's interview, heldout3's analysis; issue 19). A story's lede opens with its dateline
    or comes after the byline, so a line with a dateline stays, and so does a text with no paragraph below."""
    lines = state.lines
    if state.title is None or i <= state.title or lines.neighbour(i, -1) != state.title:
        return None
    text = lines.text(i)
    if (len(text.split()) > _STANDFIRST_WORDS or shapes.find_dateline(text) is not None
            or not any(j > i for j in state.story)):
        return None
    below = lines.neighbour(i, 1)
    for _ in range(_STANDFIRST_REACH):
        if below is None or not _removed(lines, state.drops, below) or _alt_text(lines, state.drops, below):
            return None  # (a text with its image's description under it is a post: the story itself)
        if _metadata(lines, below, state.drops):
            return Drop(i, "standfirst under the headline (the story's summary, above the byline)")
        below = lines.neighbour(below, 1)
    return None


def _judge(state: _Pass, i: int) -> Drop | None:
    """Whether kept line `i` is boilerplate (or a byline, a label, a tag) by its context."""
    lines, title = state.lines, state.title
    text = lines.text(i)
    header = title is not None and (state.first_prose is None or i < state.first_prose)
    if header and len(text.split()) <= 3 and _CATEGORY.match(text) and not boilerplate.is_sentence(text):
        return Drop(i, "category label under the headline")
    before, after = lines.neighbour(i, -1), lines.neighbour(i, 1)
    above = _above_credit_or_embed(state, i, text, header)
    if above is not None:
        return above
    caption = _caption_under_credit(state, i, text, before, after, header)
    if caption is not None:
        return caption
    named = _named(state, i, text, before, after, header)
    if named is not None:
        return named
    footer = state.last_prose is not None and i > state.last_prose
    # (the story's lede opens with its dateline, whatever stands around it: review of the twenty-seventh pass)
    blurb = header and before != title and not shapes.find_dateline(text) and _blurb(lines, state.drops, before, after)
    sentence = boilerplate.is_sentence(text) and not boilerplate.person_name(text)  # ("Rina M." is a name)
    if title is not None and i > title and sentence and not blurb:
        state.story_begun = True  # a sentence kept below the headline: what follows is the story
    label = text.endswith(":") and len(text.split()) <= 6  # "Share this:", "Saksikan video di bawah ini:"
    if (text.rstrip(shapes.CLOSERS).endswith("?") and before is not None and shapes.title_like(text)
            and boilerplate.line_features(text).title_case >= 0.6 and not lines.prose[i]
            and _reason(lines, state.drops, before) in (*_RELATED_HEADINGS, _RELATED_AFTER)
            and not _next_numbered_heading(lines, state.drops, i, text)):
        return Drop(i, _RELATED_AFTER)  # "Sederet Artis yang Rilis Album Bersamaan, Siapa Paling Laris?"
    if state.story_end is not None and i > state.story_end and sentence and _comment(state, i, before, after):
        return Drop(i, "after the story: a short text framed by a name or date and a button (comment, bio)")
    if (not _within_story(state, i) and state.first_prose is not None and i > state.first_prose
            and _ABOUT_WRITING.search(text) and _describes_itself(state, i, text)):
        # (a tech story's last paragraph "Tanikita adalah platform yang menghubungkan petani ..." stays)
        return Drop(i, "the site describing itself (platform notice)")
    if (i not in state.story and not _within_story(state, i) and len(text.split()) <= boilerplate.PROMPT_WORDS
            and not shapes.list_item(text) and boilerplate.reader_prompt(text) and not (header and _blurb(lines, state.drops, before, after))
            and not _readers_asked_by_story(state, i, before)):
        # (the story's own paragraphs and lists may speak to the reader: a blog's "Silakan tinggalkan
        # pertanyaan di kolom komentar.", a how-to's steps stay; a line before or after them that does so is
        # the site's)
        return Drop(i, boilerplate.SITE_PROMPT)
    if (footer and sentence and len(text.split()) <= _CALL_WORDS and not lines.prose[i]
            and _removed(lines, state.drops, before) and _removed(lines, state.drops, after)
            and not (_beside_insert(lines, state.drops, before, after) and text.endswith(".")
                     and not text.endswith(".."))):
        # "Ingin menulis?" between the tags and "Tulis artikel dan bergabung ...": a promotion's call, after
        # the story and between boilerplate lines (the story's own last question follows its text). A related
        # link stands between a story's paragraphs: a statement beside one is the story's ("Baca juga: ..." /
        # "Warga menyambut baik perbaikan itu." / "Penulis: ...", review of the thirty-fourth pass); so does an
        # advertisement's label, right above the story's short last paragraph or quote (forty-first pass)
        return Drop(i, "after the story: a short call between boilerplate lines")
    if lines.prose[i] or (sentence and not (footer and label)):
        if blurb and state.first_prose is not None and not state.story_begun and len(text.split()) <= 15:
            return Drop(i, "a short sentence between the byline and the story (profile blurb, photo caption, "
                           "promotion)")
        return None
    if blocks.schedule_entry(lines, i) and not _under_share_row(state, i):
        return None
    return _short_line(state, i, text, before, after)


def _readers_asked_by_story(state: _Pass, i: int, before: int | None) -> bool:
    """Line `i` speaks to the reader in the story's voice: the writer's call to comment under the closing question,
    the writer's closing question itself (past an insert between it and the last paragraph; forty-first pass), or
    questions the story reports."""
    taken = set(state.drops)
    return (blocks.writers_call(state.lines, taken, i) or _asked_in_story(state, i, before)
            or blocks.writers_question(state.lines, taken, [i], inserts=_related_boxes(state.drops)))


def _beside_insert(lines: Lines, drops: dict[int, Drop], before: int | None, after: int | None) -> bool:
    """A related link beside the line (`_beside_related_link`), or an advertisement's label right above it: the
    page's inserts between a story's paragraphs (forty-first pass)."""
    return (_beside_related_link(lines, drops, before, after)
            or (before is not None and _reason(lines, drops, before) == "advertisement"))


def _related_boxes(drops: dict[int, Drop]) -> frozenset[int]:
    """The lines this revision took out as a box of related headlines (its heading and its links): an insert the
    page sets between a story's paragraphs (forty-first pass)."""
    return frozenset(j for j, drop in drops.items() if drop.reason in (*_RELATED_HEADINGS, _RELATED_AFTER))


def _beside_related_link(lines: Lines, drops: dict[int, Drop], before: int | None, after: int | None) -> bool:
    """A related link with its headline is right above or below ("Baca juga: Banjir Bandang Terjang ..."): it
    stands between a story's paragraphs too, so a short statement beside it may be the story's own; a bare
    label over the page's list ("Tonton Juga") is no such link (review of the thirty-fourth pass)."""
    # (or a box's headline under its heading, "Artikel Terkait" / "<headline>": forty-first pass)
    return any((_reason(lines, drops, j) == "related-article link" and len(lines.removed_text.get(j, "").split())
                > _LABEL_WORDS) or _reason(lines, drops, j) == _RELATED_AFTER for j in (before, after) if j is not None)


def _caption_under_credit(state: _Pass, i: int, text: str, before: int | None, after: int | None,
                          header: bool) -> Drop | None:
    """A photo's caption under its credit, above the story's dateline or the byline."""
    lines = state.lines
    if (before is not None and _reason(lines, state.drops, before) in _CAPTION_REASONS and after is not None
            and len(text.split()) <= _CAPTION_WORDS and not shapes.find_dateline(text)):
        # "SERAMBINEWS.COM/RAHMAT SAPUTRA" / "NELAYAN membongkar tuna ..." / "SERAMBINEWS.COM, BANDA ACEH - ...":
        # between a photo's credit and the dateline that opens the story stands the photo's caption
        if lines.kept(after) and shapes.find_dateline(lines.text(after)):
            return Drop(i, "photo caption (under its credit, above the story's dateline)")
        # ... or the byline or date below the headline ("Foto: <outlet>/<name>" / "Anak-anak mengikuti ..." /
        # "Oleh: <name>", issue 19): no story's sentence stands between a credit and the byline
        if header and state.first_prose is not None and _metadata(lines, after, state.drops):
            return Drop(i, "photo caption (under its credit, above the byline)")
    return None


def _named(state: _Pass, i: int, text: str, before: int | None, after: int | None, header: bool) -> Drop | None:
    """A byline without a label next to the headline, an author's profile, "Editor" above a name."""
    lines = state.lines
    if (state.title is not None and i > state.title and (state.first_prose is None or i <= state.first_prose)
            and _profile_under_byline(lines, state.drops, before, after, text)):
        return Drop(i, "the author's profile (between the byline and the date)")
    # "Intinya Sih..." / "Bungkus sayuran ..." / ...: a summary box between the byline and the story, its
    # points right under its label (no blank between; a label of two capitalised words is no
    # byline); the story says them again at length
    if header and text.casefold().strip(" .:…") in _SUMMARY_LABELS and i + 1 < len(lines.items) and lines.kept(i + 1):
        return Drop(i, _SUMMARY)
    if (header and before is not None and before + 1 == i and len(text.split()) <= _REFERENCE_WORDS
            and _reason(lines, state.drops, before) == _SUMMARY):
        return Drop(i, _SUMMARY)
    near_front = before == state.title or _front(lines, before) or _front(lines, after)
    if (header and near_front and shapes.STAFF_BYLINE.fullmatch(text) is not None and text[0].isupper()
            and not boilerplate.is_sentence(text)):
        return Drop(i, "the newsroom as the byline (no person's name)")
    if (header and boilerplate.person_name(text) and near_front
            and (after is None or lines.removed.get(after) != boilerplate.FOLLOWERS_REASON)):
        # (a name over its subscriber count is a video channel's: "JTV Rek" / "1,8 jt subscriber")
        if _in_the_pages_menu(lines, i, text):
            return Drop(i, "section label (it stands in the page's menu or path above)")
        return Drop(i, f"byline {TO_FRONT_MATTER}", author=text)
    if before is not None and lines.removed_text.get(before, "").casefold().strip(" .:") in _PROFILE_LABELS:
        if len(text.split()) <= 40:
            return Drop(i, "author profile (under an about-the-author label)")
    if (before is not None and before in state.drops and state.drops[before].reason.startswith("author profile")
            and len(text.split()) <= 40 and not lines.prose[before] and not _within_story(state, i)):
        return Drop(i, "author profile (under an about-the-author label)")  # the name, then the blurb
    if (before is not None and lines.removed_text.get(before, "").casefold().strip(" .:") in _NOTICE_LABELS
            and len(text.split()) <= 40 and not _within_story(state, i)):
        return Drop(i, "notice under a label (disclosure, partners, funding)")
    # "Referensi:" / "Kementerian Kesehatan RI. Pedoman ..." / ...: a label, then its entries right under it
    # (no blank between), once the story has begun; entries may read as sentences, the label says what they are
    if (text.casefold().strip(" .:") in _REFERENCE_LABELS and state.first_prose is not None and i > state.first_prose
            and i + 1 < len(lines.items) and lines.kept(i + 1) and not _sources_section(state, i)):
        return Drop(i, _REFERENCE)
    if (before is not None and before + 1 == i and len(text.split()) <= _REFERENCE_WORDS
            and state.first_prose is not None and i > state.first_prose
            and (_reason(lines, state.drops, before) == _REFERENCE
                 or lines.removed_text.get(before, "").casefold().strip(" .:") in _REFERENCE_LABELS)):
        return Drop(i, _REFERENCE)
    label_of = lines.text(before).casefold().strip(" .:") if before is not None else ""
    if label_of in _NAME_LABELS and before in state.drops and boilerplate.person_name(text):
        role = _NAME_LABELS[label_of]  # "Editor" on one line, the name on the next
        return Drop(i, f"{role} {TO_FRONT_MATTER}", author=text if role == "author" else None,
                    editor=text if role == "editor" else None)
    if text.casefold().strip(" .:") in _NAME_LABELS and after is not None and lines.kept(after) and (
            boilerplate.person_name(lines.text(after))):
        return Drop(i, f"label {TO_FRONT_MATTER}")
    return None


def _sources_section(state: _Pass, i: int) -> bool:
    """The reference label at line `i` heads the story's last section, its sources: a bare heading (no colon)
    right under a sentence kept (the story's last paragraph), in a story of such headings ("Narasi", "Penjelasan", "Kesimpulan",
    then "Rujukan" in a fact-check), over a list whose items are marked ("- Arsip unggahan video ..."). A
    fact-check's sources are its evidence, which its editor keeps (issue 19, twenty-second pass); a list
    labelled "Referensi:" under an explainer, or under the page's prompts, is the page's."""
    lines, above = state.lines, i - 1
    if (lines.text(i).endswith(":") or not lines.kept(above) or above in state.drops
            or not boilerplate.is_sentence(lines.text(above))):
        return False
    rows = list(itertools.takewhile(lines.kept, range(i + 1, len(lines.items))))
    return all(shapes.list_item(lines.text(j)) for j in rows) and _subheadings(state) >= _SERIES


_MENU_REACH = 40
"""Lines above a byline within which the page's menu and path are looked through."""
_PATH_SEPARATOR = re.compile(r"\s+[›»>/|]\s+")


def _in_the_pages_menu(lines: Lines, i: int, text: str) -> bool:
    """`text` stands above line `i` as a line of the page's header taken out, or as an item of its path
    ("Siaran Pers" in the menu and in "Beranda / Berita / Siaran Pers", then alone by the headline's date): a
    section's name in title case, not a person's (issue 19, eleventh pass)."""
    key = text.casefold()
    for j in range(max(0, i - _MENU_REACH), i):
        removed = lines.removed_text.get(j)
        if removed is not None and (removed.casefold() == key
                                    or key in (part.strip().casefold() for part in _PATH_SEPARATOR.split(removed))):
            return True
    return False


# The hour of a comment's date: "pukul 07.12", "9:14 pm", "2 jam lalu"
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}\b|\b(?:pukul|jam|menit|lalu|ago|am|pm)\b", re.IGNORECASE)


def _comment(state: _Pass, i: int, before: int | None, after: int | None) -> bool:
    """A short sentence after the story with a date, a counter or a byline right above it and boilerplate
    (a reply or follow button) right below it, once two lines or more below the story were taken out:
    a comment or an author's bio, not a last paragraph (which follows the story's text, not a date)."""
    lines = state.lines
    if len(lines.text(i).split()) > 25 or before is None:
        return False
    reason = state.drops[before].reason if before in state.drops else lines.removed.get(before)
    badge = lines.removed_text.get(before) or (lines.text(before) if before in state.drops else "")
    if reason is not None and not reason.startswith(_COMMENT_FRAME) and len(badge.split()) == 1:
        # a badge between the comment's date and its text ("Jun 2" / "Author" / "Terima kasih ..."): look above it
        # (issue 19, heldout5)
        above = lines.neighbour(before, -1)
        frame = state.drops[above].reason if above in state.drops else lines.removed.get(above) if above is not None \
            else None
        if frame is not None and frame.startswith(_COMMENT_FRAME):
            before, reason = above, frame
    if reason is None or not reason.startswith(_COMMENT_FRAME) or not any(
            c.isalpha() for c in lines.removed_text.get(before, "x")):
        return False  # (a bare number may be anything)
    if reason.startswith("date " + TO_FRONT_MATTER) and not _CLOCK.search(lines.removed_text.get(before, "")):
        return False  # a day alone heads a chronology's entry ("Rabu, 4 Maret 2026" / "Polisi menangkap pelaku ..."),
        # a comment's date has its hour (review of the thirty-fourth pass)
    if after is None or not (after in lines.removed or after in state.drops):
        return False
    # and the page's furniture has begun: two lines or more taken out between the story and this one
    return state.furniture is not None and i > state.furniture


def _describes_itself(state: _Pass, i: int, text: str) -> bool:
    """The site says what it is: as a media or a platform in 35 words or fewer, or as a press in 60 words or
    fewer below the article's close (`_closed_above`)."""
    words = len(text.split())
    if words <= boilerplate.PROMPT_WORDS and SELF_DESCRIPTION.match(text):
        return True
    return (words <= _SELF_WORDS and (SELF_DESCRIPTION.match(text) or PRESS_DESCRIPTION.match(text)) is not None
            and _closed_above(state, i))


def _closed_above(state: _Pass, i: int) -> bool:
    """Between line `i` and the story's nearest line above it, a line that closes an article was taken out
    (`_CLOSING`: the byline, the credits, the tags, the copyright)."""
    above = max((j for j in state.story if j < i), default=-1)
    return any((reason := _reason(state.lines, state.drops, j)) is not None
               and reason.startswith((*_CLOSING, "credits for the pictures")) for j in range(above + 1, i))


def _asked_in_story(state: _Pass, i: int, before: int | None) -> bool:
    """Line `i` is someone's questions right under the story's sentence that introduces them
    (`boilerplate.introduces_questions`), kept: the story reports them (review of the thirty-second and
    thirty-third passes)."""
    return (state.lines.text(i).rstrip(shapes.CLOSERS).endswith("?") and before is not None
            and state.lines.kept(before) and before not in state.drops
            and boilerplate.introduces_questions(state.lines.text(before)))


def _within_story(state: _Pass, i: int) -> bool:
    """Between the story's first long paragraph and its last line of prose."""
    return state.first_prose is not None and state.last_prose is not None and state.first_prose < i < state.last_prose


def _short_line(state: _Pass, i: int, text: str, before: int | None, after: int | None) -> Drop | None:
    """A short line that is not a sentence: a tag, a related link, a line between boilerplate, a footer line."""
    lines, drops = state.lines, state.drops
    if before is not None and before in drops:
        before_reason: str | None = drops[before].reason
    else:
        before_reason = lines.removed.get(before) if before is not None else None
    tag_label = before is not None and lines.removed_text.get(before, "").casefold().strip(" .:") in _TAG_LABELS
    if (tag_label or (before in drops and drops[before].tag is not None)) and len(text.split()) <= 5:
        return Drop(i, f"tag {TO_FRONT_MATTER}", tag=text)
    # "Lihat Juga :" alone: a link's label whose headline is on the next line, as a heading's
    label = before is not None and before_reason == "related-article link" and (
        lines.removed_text.get(before, "").rstrip().endswith(":"))
    # (a list of related headlines may be marked: "* Cara Membedakan ...", "- Rektor Lantik ...")
    item = shapes.bullet_item(text) or text
    numbered = _next_numbered_heading(lines, drops, i, text)  # the story's "3. ..." under "Baca juga": its own
    if ((before_reason in _RELATED_HEADINGS or label) and len(item.split()) >= 3 and shapes.title_like(item)
            and not numbered):
        return Drop(i, _RELATED_AFTER)
    if (before_reason == _RELATED_AFTER and before is not None and before + 1 == i and len(item.split()) >= 4
            and shapes.title_like(item) and boilerplate.line_features(item).title_case >= 0.6
            and _links_in_a_row(drops, before) < _RELATED_RUN and not numbered and not _heads_its_paragraph(state, i)
            and _styled_alike(_seen(lines, before), item)):
        return Drop(i, _RELATED_AFTER)  # the list goes on: headlines of other articles, one a line
    if (_removed(lines, drops, before) and _removed(lines, drops, after) and (before is not None or after is not None)
            and not shapes.list_item(text)):
        return Drop(i, "between boilerplate lines (short line, not a sentence)")
    if (after is None and before is not None and _removed(lines, drops, before) and state.furniture is not None
            and i > state.furniture and not shapes.list_item(text)):
        # the page's last line, below the page's furniture: a platform's tagline ("Substack is the home for
        # great culture"), not the story's (issue 19, heldout5)
        return Drop(i, "the page's last line, below its furniture (short line, not a sentence)")
    if _short_run(state, i):
        return Drop(i, "in a run of short lines between boilerplate lines (not sentences)")
    if _under_share_row(state, i):
        return Drop(i, "under the story's share buttons: the page's list (programmes, menus, links)")
    if _greeting_banner(state, i):
        return Drop(i, "advertisement (an institution's greeting banner and who sends it)")
    if (state.last_prose is not None and i > state.last_prose and _footer_score(lines, drops, i, text) >= 2
            and not _story_list(state, i) and not _labelled_list(state, i) and not _field_table(lines, i)):
        return Drop(i, "after the story: short line among short lines (menu, tags or related links)")
    return None


_LIST_ROWS = 12
"""Rows at most of a list under the story line that introduces it."""
_SHARE_ROW = ("share buttons", "share prompt")


def _under_share_row(state: _Pass, i: int) -> bool:
    """Line `i` is below the story's last line of prose, in a run of short lines that are no sentences (a
    heading, a list's rows) right under the share buttons taken out: the page's list ("Bagikan ke: Facebook |
    WhatsApp" / "Program Unggulan" / "• Kabar Pagi (Senin–Sabtu 06.00)"), as the story's own last list stands
    above its share buttons, under its paragraph or heading (issue 19, thirty-seventh pass: a radio's programmes)."""
    lines = state.lines
    if state.last_prose is None or i <= state.last_prose:
        return False
    j: int | None = i
    while j is not None and lines.kept(j) and j not in state.drops:
        text = lines.text(j)
        if j in state.story or shapes.ends_sentence(text) or len(text.split()) > _ROW_WORDS:
            return False
        j = lines.neighbour(j, -1)
    return j is not None and j > state.last_prose and _reason(lines, state.drops, j) in _SHARE_ROW
_LIST_INTRO_WORDS = 8
"""Words at least of a sentence of the story that introduces a list (a link's label is shorter)."""


def _story_list(state: _Pass, i: int) -> bool:
    """Line `i` is a row of a list the story's last paragraph introduces: the rows stand right under a line of
    the story that ends in ":" ("... dengan jadwal sebagai berikut:"), without a blank line or a removed line
    between, however short and unpunctuated each ("Senin, 6 Oktober: Seminar keluarga, pukul 18.00 WIB"):
    a schedule, a price list, the story's points (issue 19). A short label over related links ("Baca juga
    yang ini:") is no paragraph of the story."""
    lines = state.lines
    for above in range(i - 1, max(-1, i - 1 - _LIST_ROWS), -1):
        if not lines.kept(above) or above in state.drops:
            return False
        text = lines.text(above)
        if above in state.story or boilerplate.is_sentence(text) and len(text.split()) >= _LIST_INTRO_WORDS:
            # (a sentence ending in ":" is no prose line: the story's is the paragraph above it; a call to
            # the reader, "Simak juga berita menarik lainnya berikut ini:", introduces the page's links)
            return (text.endswith(":") and (above in state.story or _story_above(state, above))
                    and not blocks.call(text))
    return False


_LIST_LABEL_WORDS = 8
"""Words at most of a short label over a list after the story ("Kelebihan:", "Yang perlu dibawa:", "Saham
paling banyak dibeli asing:")."""
_ROW_WORDS = 12
"""Words at most of a row of such a list."""
_LISTS = 3
"""Labelled lists at most in a row under the story's last paragraph."""


def _labelled_list(state: _Pass, i: int) -> bool:
    """Line `i` is a short label ending in ":" or a row of the list under it, and the label stands right under
    the story's last paragraph (blank lines between at most) or under another such list: a review's
    "Kelebihan:" / "Kekurangan:", a recipe's "Bahan:", "Susunan pemain:", rows without list markers or full
    stops (issue 19, eighth pass). A label the page's own ("Tags:", "Baca juga:", "Bagikan:") was taken out
    before, or stands under lines taken out ("Topik berita terkait:" under "Bagikan"); rows that all read as
    headlines of other articles make no such list."""
    label = _label_over(state, i)
    for _ in range(_LISTS):
        if label is None:
            return False
        above = state.lines.neighbour(label, -1)
        if above is None or not state.lines.kept(above) or above in state.drops:
            return False  # (under the story's tags or a "Bagikan" button, a label is the page's: "Topik terkait:")
        if above in state.story:
            return True
        label = _label_over(state, above) if above is not None else None
    return False


def _label_over(state: _Pass, i: int) -> int | None:
    """The label of the list line `i` is (or that line `i` is a row of), or None."""
    for label in range(i, max(-1, i - _LIST_ROWS - 2), -1):
        if _list_label(state, label) and (label == i or i in _list_rows(state, label)):
            return label
    return None


def _list_label(state: _Pass, i: int) -> bool:
    lines = state.lines
    if not lines.kept(i) or i in state.drops:
        return False
    text = lines.text(i)
    if _pros_or_cons(text):
        return True
    if not text.endswith(":") or len(text.split()) > _LIST_LABEL_WORDS or blocks.call(text):
        return False
    # (a field's label over its values is the page's: "Sumber:" over its sources, "Tags:", "Referensi:")
    key = text.casefold().strip(" .:")
    return (key not in _REFERENCE_LABELS and key not in _TAG_LABELS and key not in _NOTICE_LABELS
            and key not in _PROFILE_LABELS and shapes.metadata_fields(f"{text} Rina") is None)


# A review's labels over its pros and cons, also without a colon ("Kelebihan" / "Kekurangan", issue 19, tenth pass)
_PROS_AND_CONS = frozenset({"kelebihan", "kekurangan", "keunggulan", "kelemahan", "plus", "minus", "nilai plus",
                            "nilai minus", "pros", "cons", "yang kami suka", "yang tidak kami suka", "yang kurang"})


def _pros_or_cons(text: str) -> bool:
    return text.casefold().strip(" .:") in _PROS_AND_CONS


_SIGN = re.compile(r"(?P<sign>[+\-–−])\s+\S")


def _signed_verdict_boxes(state: _Pass) -> dict[int, Drop]:
    """Below the story's last paragraph, a box of pros and cons lists ("Kelebihan", "KEKURANGAN" over their
    rows) whose rows are all marked with a sign, the pros' with "+" ("+ Rekaman malam jernih" / "- Aplikasi
    lambat"): a review's score box as the page renders it, labels and rows taken out (issue 19, thirty-fifth
    pass). A writer's own lists go without signs, or with dashes for both ("- Baterai awet" under
    "Kelebihan"), and stay; so does a signed box the story goes on under."""
    lines, found = state.lines, {}
    if state.last_prose is None:
        return found
    label = state.last_prose + 1
    while label < len(lines.items):
        box = [(j, *_signed_rows(state, j)) for j in _box_from(state, label)]
        if box and all(sign is not None for _, sign, _ in box) and any(sign == "+" for _, sign, _ in box):
            found.update({k: Drop(k, _SIGNED_BOX) for j, _, rows in box for k in (j, *rows)})
        label = max((j for j, _, _ in box), default=label) + 1
    return found


_SIGNED_BOX = "after the story: a review box's pros and cons, their rows marked + and -"


def _scored_verdicts(state: _Pass) -> dict[int, Drop]:
    """Below the story's last paragraph, a review's verdict beside its score (a line taken out as one, "Skor:
    8/10"): the rows marked with signs right under it, a "+" among them ("+ Baterai awet" / "- Kamera lemah",
    or all on one line), and the box of pros and cons right above it, both labelled, its rows marked or not
    ("Kelebihan:" / "Baterai awet" / "Kekurangan:" / "Kamera lemah"), the score box as the page renders it
    (issue 19, thirty-ninth pass). A writer's own lists go without a score beside them; one list alone over
    the score ("Kelebihan:" and its rows) stays, as the tenth pass left it."""
    lines, found = state.lines, {}
    if state.last_prose is None:
        return found
    for score in range(state.last_prose + 1, len(lines.items)):
        if _reason(lines, state.drops, score) != boilerplate.SCORE_REASON:
            continue
        rows = list(itertools.takewhile(lambda j: lines.kept(j) and j not in state.drops
                                        and _SIGN.match(lines.text(j)) is not None, range(score + 1, len(lines.items))))
        if any(lines.text(j).startswith("+") for j in rows):
            found.update((j, Drop(j, _SCORED_VERDICT)) for j in rows)
        for label in range(max(state.last_prose + 1, score - _LISTS * (_LIST_ROWS + 2)), score):  # (two boxes)
            box = _box_from(state, label, _list_rows)
            if len(box) >= 2 and box[-1] + len(_list_rows(state, box[-1])) + 1 == score:
                found.update((k, Drop(k, _SCORED_VERDICT)) for j in box for k in (j, *_list_rows(state, j)))
                break
    return found


_SCORED_VERDICT = "after the story: a review's pros and cons beside its score"


def _box_from(state: _Pass, label: int, rows: Callable[[_Pass, int], list[int]] | None = None) -> list[int]:
    """The pros and cons labels one under another from line `label` (each right under the other's last
    row: by default the rows marked with signs), or nothing when `label` is none."""
    box = []
    while (label < len(state.lines.items) and state.lines.kept(label) and label not in state.drops
           and _pros_or_cons(state.lines.text(label))):
        box.append(label)
        label += len(rows(state, label) if rows else _signed_rows(state, label)[1]) + 1
    return box


def _signed_rows(state: _Pass, label: int) -> tuple[str | None, list[int]]:
    """The sign the rows under a pros or cons label open with, one sign for all ("+" or "-"), and those rows
    (a box below them is another's: a specification sheet), or None and no rows."""
    rows = list(itertools.takewhile(lambda j: _SIGN.match(state.lines.text(j)) is not None,
                                    _list_rows(state, label)))
    signs = {_SIGN.match(state.lines.text(j)).group("sign") for j in rows}  # type: ignore[union-attr]
    return (signs.pop(), rows) if len(signs) == 1 else (None, [])


def _list_rows(state: _Pass, label: int) -> list[int]:
    """The rows under a list's label: short kept lines one under another, below the label or a blank under
    it; two at least, and not all headlines (four words or more in title case)."""
    lines, rows = state.lines, []
    j = label + 1
    if j < len(lines.items) and lines.items[j] is None and j not in lines.removed:
        j += 1
    while j < len(lines.items) and lines.kept(j) and j not in state.drops and len(rows) <= _LIST_ROWS:
        text = lines.text(j)
        if (len(text.split()) > _ROW_WORDS and not shapes.enumeration(text)) or text.endswith(":") or _pros_or_cons(text):
            break
        rows.append(j)
        j += 1
    if not (1 if _pros_or_cons(lines.text(label)) else 2) <= len(rows) <= _LIST_ROWS:
        return []  # (a review may find one fault only)
    if all(_headline_row(lines.text(j)) for j in rows):
        return []  # (headlines of other articles, one a line)
    return rows


def _field_table(lines: Lines, i: int) -> bool:
    """Line `i` is a row of a table of fields, the line above or below it another ("Madura United: Reza;
    Jacob, Hanif, ..." over "PSIS: Dwi; Fredi, ..."; "Bahan: ..." over "Bumbu: ..."): each a short label and an
    enumeration of names or amounts, whatever heading stands over them -- a line-up, a recipe, a spec sheet,
    not a menu (issue 19, twelfth pass). A tag line names its label ("Tags: a, b, c") and comes alone."""
    def row(j: int | None) -> bool:
        if j is None or not lines.kept(j):
            return False
        text = lines.text(j)
        key = text.split(":", 1)[0].casefold().strip()
        return shapes.field_row(text) and key not in _TAG_LABELS and key not in _REFERENCE_LABELS
    # (a text dump may set a blank line between all lines: the rows' neighbours are the nearest non-blank ones)
    return row(i) and (row(lines.neighbour(i, -1)) or row(lines.neighbour(i, 1)))


_LINE_UP = "a line-up's box (its heading over rows of names)"
_BOX_HEADING_WORDS = 4
"""Words at most of the heading over a line-up's box."""


def _line_up_boxes(lines: Lines, drops: dict[int, Drop]) -> dict[int, Drop]:
    """A heading without a colon ("SUSUNAN PEMAIN", "Susunan Pemain"; kept or taken out) right over two rows or
    more of a table of fields that each enumerate names, semicolons between the lines of a formation ("Persela:
    Bagas (GK); Rizki, Dimas, Fajar; ..."), and a row giving one name right under them ("Wasit: Heru Santoso"):
    a match report's line-up box as the page renders it, taken out whole, between paragraphs or under the story
    (issue 19, fortieth pass). A writer's own line-up goes under a label with its colon ("Susunan pemain:") and
    stays, as a recipe's rows of amounts ("Bumbu: 5 siung bawang merah; ...") do."""
    found: dict[int, Drop] = {}
    for i, item in enumerate(lines.items):
        heading = item[1] if item is not None else lines.removed_text.get(i)
        if heading is None or len(heading.split()) > _BOX_HEADING_WORDS or not shapes.heading_like(heading):
            continue
        rows = list(itertools.takewhile(lambda j: lines.kept(j) and j not in drops and _names_row(lines.text(j)),
                                        range(i + 1, len(lines.items))))
        if len(rows) < 2:
            continue
        end = rows[-1] + 1
        official = end < len(lines.items) and lines.kept(end) and end not in drops and _one_name_row(lines.text(end))
        found.update((j, Drop(j, _LINE_UP)) for j in (i, *rows, *([end] if official else []))
                     if lines.kept(j) and j not in drops)
    return found


def _names_row(text: str) -> bool:
    """A row of fields enumerating names: semicolons among its separators, most items capitalised."""
    if not shapes.field_row(text) or ";" not in text:
        return False
    values = [part.strip() for part in re.split(r"[;,]", text.split(":", 1)[1]) if part.strip()]
    return sum(value[:1].isupper() for value in values) >= 0.8 * len(values)


def _one_name_row(text: str) -> bool:
    """A short label and one name after its colon ("Wasit: Heru Santoso")."""
    label, colon, value = text.partition(":")
    value = value.strip()
    return (bool(colon) and len(label.split()) <= 2 and 0 < len(value.split()) <= 4
            and all(word[:1].isupper() for word in value.split()) and shapes.is_name(value))


def _headline_row(text: str) -> bool:
    """A row that reads as another article's headline: four words or more in title case, no field's colon
    or semicolon in it (a line-up's "Persik: Kartika Ajie; Ady Setiawan, ..." is none)."""
    return (len(text.split()) >= 4 and boilerplate.line_features(text).title_case >= 0.6
            and ":" not in text and ";" not in text)


_INSERT_REACH = 3
"""Lines at most an advertisement or a related link between two of the story's paragraphs may take."""


def _story_above(state: _Pass, i: int) -> bool:
    """The nearest kept line above line `i` is the story's, past the lines taken out between them (an
    advertisement's banner, a "Baca juga" link between two paragraphs: issue 19, sixth pass)."""
    lines = state.lines
    index = lines.neighbour(i, -1)
    for _ in range(_INSERT_REACH + 1):
        if index is None or (lines.kept(index) and index not in state.drops):
            return index is not None and index in state.story
        index = lines.neighbour(index, -1)
    return False


def _short_run(state: _Pass, i: int) -> bool:
    """Line `i` is one of at most `_RUN` short kept lines in a row (three words or fewer, no sentence, no
    list item, no blank line among them) with a boilerplate line right above and right below the run:
    "rangga_bikers" / "Kaskuser" between a thread's date and its post counter."""
    lines, drops = state.lines, state.drops
    ends = []
    for step in (-1, 1):
        index, count = i, 0
        while True:
            nxt = index + step
            if not 0 <= nxt < len(lines.items) or (lines.items[nxt] is None and nxt not in lines.removed):
                return False  # a blank line or the text's edge: no run
            if nxt in lines.removed or nxt in drops:
                break
            if not _run_line(lines.text(nxt)) or count >= _RUN:
                return False  # (a longer run is not looked through: the walk stays bounded)
            count += 1
            index = nxt
        ends.append(count)
    return _run_line(lines.text(i)) and 0 < sum(ends) + 1 <= _RUN


def _greeting_banner(state: _Pass, i: int) -> bool:
    """Line `i` is an institution's greeting in capitals (`boilerplate.greeting_banner`) or one of the one to
    `_RUN` short lines right under it that name who sends it ("Pemerintah Kabupaten ...", "Bupati & Wakil
    Bupati ..."), a boilerplate line right below them (issue 19, twenty-eighth pass). A headline in capitals
    has its date or its story under it; a story under a banner goes on in sentences."""
    lines, drops = state.lines, state.drops
    top = i
    while not boilerplate.greeting_banner(lines.text(top)):
        if not _sender_line(lines.text(top)) or i - top >= _RUN or top == 0 or lines.items[top - 1] is None:
            return False
        top -= 1
    bottom = top + 1
    while (bottom < len(lines.items) and lines.items[bottom] is not None and bottom not in lines.removed
           and bottom - top <= _RUN and _sender_line(lines.text(bottom))):
        bottom += 1
    return (1 < bottom - top <= _RUN + 1 and i < bottom
            and _removed(lines, drops, bottom if bottom < len(lines.items) else None))


_SENDER_WORDS = 8
"""Words at most of a line naming who sends a greeting banner."""


def _sender_line(text: str) -> bool:
    return (len(text.split()) <= _SENDER_WORDS and boilerplate.greeting_sender(text) and not boilerplate.is_sentence(text)
            and not shapes.list_item(text))


def _run_line(text: str) -> bool:
    return len(text.split()) <= 3 and not boilerplate.is_sentence(text) and not shapes.list_item(text)


_RELATED_AFTER = "related-article link (after a related-articles heading)"
_RELATED_RUN = 3
"""How many headlines of other articles in a row a related-articles heading takes with it."""


def _next_numbered_heading(lines: Lines, drops: dict[int, Drop], i: int, text: str) -> bool:
    """Line `i` is "N. ..." and the nearest numbered line kept above it is "N-1. ...", a heading of the story
    (a paragraph of prose right under it): the next of the story's numbered sections, never the headline of
    the article a "Baca juga" links, however like a headline it reads (issue 19, fifteenth pass: a listicle's
    "3. Ada Ratusan ..." under "Baca Juga:" and its link went as a second link)."""
    item = shapes.ordered_item(text)
    if item is None or item[0] < 2:
        return False
    for j in range(i - 1, -1, -1):
        above = shapes.ordered_item(lines.text(j)) if lines.kept(j) and j not in drops else None
        if above is not None:
            below = next((k for k in range(j + 1, i) if lines.kept(k) and k not in drops), None)
            return above[0] == item[0] - 1 and below is not None and lines.prose[below]
    return False


_SECTION_LINES = 2
"""Story lines at most under a subheading that its words are looked for in (its section's first two paragraphs: a
longer reach would find a linked headline's common words as well)."""


def _heads_its_paragraph(state: _Pass, i: int) -> bool:
    """Line `i` is a subheading of the story, though a "Baca juga" link stands right above it: a short line
    (8 words or fewer) with a paragraph of the story right under it (no blank between) that, with the next
    one of its section, says half its content words again, two at least ("Harga Bisa Naik Rp500 per
    Kilogram" over "... dengan harga Rp500 lebih tinggi per kilogram"), in a story with another subheading
    (issue 19, twenty-second pass; the section's paragraphs, not only its first, since the twenty-ninth: "Hutan
    Sesaot Terus Tergerus" over "... kerusakan hutan di hulu." and a quote "Kalau tutupan hutannya terus
    berkurang, ..."). Only common words count, written in lower case in the paragraphs: a linked article's
    headline is about another story, though of the same place ("Nelayan Aceh Utara ..." over a paragraph on
    the fishers of "Aceh Utara")."""
    lines, below = state.lines, i + 1
    if below >= len(lines.items) or not _opens_section(state, below):
        return False
    section = ""
    while (below < len(lines.items) and below - i <= _SECTION_LINES and _opens_section(state, below)
           and below not in state.drops):
        section += f" {lines.text(below)}"
        below += 1
    text = lines.text(i)
    words = _content_words(text)
    shared = words & {w for w in re.findall(r"[^\W\d_]{3,}", section) if w.islower()}
    said_again = (len(shared) >= max(_SUMMARY_SHARED, len(words) / 2)
                  or len(shared) > _SUMMARY_SHARED and len(shared) >= _SECTION_SHARE * len(words))
    return len(text.split()) <= _HEADER_WORDS and said_again and _subheadings(state) >= 1


def _opens_section(state: _Pass, index: int) -> bool:
    """Line `index` is the story's: a line of its prose, or a short sentence kept right over one (a section may open
    on "Selain mahal, stoknya juga langka." before its longer paragraphs; forty-first pass)."""
    lines = state.lines
    if index in state.story:
        return index not in state.drops
    return (lines.kept(index) and index not in state.drops and boilerplate.is_sentence(lines.text(index))
            and index + 1 in state.story and index + 1 not in state.drops)


_SECTION_SHARE = 0.4
"""The share at least of a longer subheading's content words that its section's first paragraphs say again, three
words at least (forty-first pass: "Tarif Parkir Wisata Melonjak Hampir Tiga Kali" over "Selain macet, tarif parkir
juga melonjak." says three of its seven again, the section's topic; a linked headline over the story's paragraph
says one or two of its words)."""


def _styled_alike(link: str, text: str) -> bool:
    """A box's headlines are written alike: a line in capitals under one that is not (or the other way round) is no
    next headline of the box but the story's subheading ("Artikel Terkait" / "Warga Bersihkan Lumpur" / "SAWAH
    TERENDAM" over the story's paragraph; forty-first pass)."""
    letters = [c for c in link if c.isalpha()], [c for c in text if c.isalpha()]
    return all(letters) and all(c.isupper() for c in letters[0]) == all(c.isupper() for c in letters[1])


def _seen(lines: Lines, index: int) -> str:
    """The text of line `index`, kept or taken out."""
    return lines.text(index) if lines.kept(index) else lines.removed_text.get(index, "")


def _links_in_a_row(drops: dict[int, Drop], index: int) -> int:
    count = 0
    while index in drops and drops[index].reason == _RELATED_AFTER and count < _RELATED_RUN:
        count += 1
        index -= 1
    return count


def _inside_paragraph(lines: Lines, index: int, drops: dict[int, Drop] | None = None) -> bool:
    """A line that continues a long unfinished line right above it (starting in lower case or with a
    comma), or a long unfinished line continued so right below it: a piece of a paragraph broken over
    lines, never boilerplate on its own."""
    text = lines.text(index)
    if shapes.starts_continuation(text) and index > 0 and lines.kept(index - 1) and _broken(lines.text(index - 1)):
        return True
    # (a capitalised line under a wide line this pass took out is no piece of it: "Call Center 146" under a
    # footer's address in a text wrapped at 80, issue 19, seventh pass)
    if (index > 0 and lines.kept(index - 1) and (drops is None or index - 1 not in drops)
            and _cut_above(lines, lines.text(index - 1), text)):
        return True  # "... atas Laporan Keterangan" / "Pertanggungjawaban (LKPJ) Bupati ...": the wrap cut a name
    below = index + 1
    return (below < len(lines.items) and lines.kept(below) and _broken(text)
            and shapes.starts_continuation(lines.text(below)))


def _cut_above(lines: Lines, above: str, text: str) -> bool:
    """In a hard-wrapped text, the line above is as wide as the text, ends no sentence, and the wrap cut it
    right before this line (this line's first word would not have fitted): this line goes on with it,
    whatever its first letter (a capitalised name may well start a wrapped line), issue 19."""
    widest = lines.widest()
    return (widest in WRAP_WIDTHS and len(above) >= 0.8 * widest and _broken(above)
            and shapes.cut_by_width(above, text, widest))


def _broken(text: str) -> bool:
    """A line long enough to have been cut at a wrap width and not ending a sentence (a tag is short)."""
    return len(text) >= 40 and not shapes.ends_sentence(text)


def _front(lines: Lines, index: int | None, drops: dict[int, Drop] | None = None) -> bool:
    """A removed line that was a date, a byline, a button or an outlet name: what stands next to a byline."""
    if index is not None and drops and index in drops:
        reason: str | None = drops[index].reason
    else:
        reason = lines.removed.get(index) if index is not None else None
    return reason is not None and (reason.endswith(TO_FRONT_MATTER) or reason in (
        "button or menu item", "outlet name", "counter (views, likes, comments)", "share prompt", "share buttons"))


def _blurb(lines: Lines, drops: dict[int, Drop], before: int | None, after: int | None) -> bool:
    """Whether a short sentence between `before` and `after` sits inside the byline block: boilerplate on
    both sides and a byline or date still to come below it (a profile blurb between the author's name
    and the date). A sentence after the last byline or date line may be the lede: it stays."""
    if not (_front(lines, before, drops) and _front(lines, after, drops)):
        return False
    for _ in range(3):
        if after is None or (lines.kept(after) and after not in drops):
            return False
        if _metadata(lines, after, drops):
            return True
        after = lines.neighbour(after, 1)
    return False


_BLURB_WORDS = 40
"""Words at most of an author's profile between the byline and the date."""


def _profile_under_byline(lines: Lines, drops: dict[int, Drop], before: int | None, after: int | None,
                          text: str) -> bool:
    """A blurb between the byline and the date (both moved to the front matter) that says who the author is
    ("Guru SD di Sumba Barat Daya yang menulis tentang ...", `_profile_shape`), however long a sentence:
    the story starts below the date (issue 19)."""
    if (before is None or len(text.split()) > _BLURB_WORDS or not _metadata(lines, before, drops)
            or not _metadata(lines, after, drops)):
        return False
    name = drops[before].author if before in drops and drops[before].author else lines.removed_text.get(before, "")
    return _profile_shape(name or "", text)


def _metadata(lines: Lines, index: int | None, drops: dict[int, Drop]) -> bool:
    """A byline, a date or another line moved into the front matter."""
    if index is None:
        return False
    reason = drops[index].reason if index in drops else lines.removed.get(index, "")
    return reason.endswith(TO_FRONT_MATTER) and not reason.startswith("title")


def _reason(lines: Lines, drops: dict[int, Drop], index: int) -> str | None:
    """Why the line at `index` is out of the text (by the parser or by this revision), or None."""
    return drops[index].reason if index in drops else lines.removed.get(index)


def _removed(lines: Lines, drops: dict[int, Drop], index: int | None, edge: bool = False) -> bool:
    """Whether the line at `index` is out of the text; the text's end counts as out when `edge`."""
    if index is None:
        return edge
    return index in lines.removed or index in drops


_STEP_WORDS = 15
"""Words at most of a line in a run of steps, one short sentence a line (a recipe's method)."""
_HEADED_WORDS = 6
"""Words at least of a sentence right under a short line that makes that line its subheading."""


def _footer_score(lines: Lines, drops: dict[int, Drop], index: int, text: str) -> float:
    """How much a kept short line after the story's last paragraph looks like a footer (2 or more: drop).

    +2 in a run of short lines (the line before or after is short and not prose, or was dropped),
    +1 title case (menus, headlines of other articles), +1 few stop words, +1 three words or fewer;
    -3 a list item, a heading that introduces a list or a subheading right over a sentence (content that ends
    an article)."""
    if shapes.list_item(text):
        return -3
    after = lines.neighbour(index, 1)
    if after is not None and lines.kept(after):
        following = lines.text(after)
        if shapes.list_item(following):
            return -3
        blank_above = index > 0 and lines.items[index - 1] is None and index - 1 not in lines.removed
        if (blank_above and after == index + 1 and after not in drops and len(following.split()) >= _HEADED_WORDS
                and boilerplate.is_sentence(following)):
            return -3  # the story's last subheading, under a blank, right over its paragraph ("Kesimpulan" /
            # "Pesan ... palsu."); a badge under a comment's date is not one
        if blank_above and _field_table(lines, after):
            return -3  # a subheading over a table of fields under a blank ("Susunan Pemain" / "Persik: ...")
    above = index - 1
    if index >= 2 and all(lines.kept(j) and j not in drops and shapes.ends_sentence(lines.text(j))
                          and not lines.text(j).endswith(":") and len(lines.text(j).split()) <= _STEP_WORDS
                          for j in (above, above - 1)):
        return -3  # the last of the story's steps, one a line ("Tuang susu, aduk rata." / "Sajikan hangat")
    f = boilerplate.line_features(text)
    score = 0.0
    for near in (lines.neighbour(index, -1), after):
        if near is None:
            continue
        if near in drops or (near in lines.removed and not lines.removed[near].endswith(TO_FRONT_MATTER)) or (
                lines.kept(near) and not lines.prose[near] and not boilerplate.is_sentence(lines.text(near))):
            score += 2
            break
    if f.title_case >= 0.75:
        score += 1
    if f.stop_density < 0.2:
        score += 1
    if f.words <= 3:
        score += 1
    if f.words >= 6 and f.stop_density >= 0.25 and f.title_case < 0.6:
        score -= 2  # reads like a piece of text, not like a menu or a headline
    return score
