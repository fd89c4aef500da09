"""`warta import` of saved HTML pages measured by benchmarks/import_eval.py (issue 19), as the raw-text import is
in tests/test_import_heldout_blind.py: body sentences kept, junk lines removed (the page's visible lines that are
not body text), title, date, author and lead image right, crashes.

`html` is the six fixture pages the HTML import was developed on (amp, blogger, detik, kompas, tempo,
wordpress: tests/test_import_html.py checks each imports to exactly its expected article); `html-dev` is a
development set of saved pages from CMSs those six do not cover (its README names them). Both are held to issue
19's targets. A new blind set of saved pages goes into BLIND (no crash, its size and its own soundness are
asserted, not the targets) until a pass is tuned to it, then into SETS.

`heldout-html1` (twenty saved pages of outlets no set names, written by someone who saw neither the importer nor
the other sets: WordPress themes, Blogger, Drupal, Joomla, Ghost, Next.js, Nuxt, AMP, table-layout PHP sites, a
Windows-1252 page, a page with no charset) was measured blind twice: before the HTML pass that wrote `html-dev`
(243/243 sentences, 90.9 % of the junk, 16 titles, 13 dates, 11 authors, 3 lead pictures) and after it (243/243,
92.4 %, 16, 14, 16, 12): every sentence kept, the junk, title and date targets missed; its README names the misses.
It is a development set since issue 19's second HTML pass (243/243, 95.7 %, 20, 20, 20, 18).

`heldout-html2` (twenty more, by another writer who saw neither: tagDiv, Elementor, Jannah, Soledad, JNews,
Publisher, ColorMag WordPress sites, Blogger, Joomla with K2, Drupal 7, Ghost, Next.js, Nuxt 3, AMP, Laravel, Hugo,
CodeIgniter and Bootstrap portals, a table-layout Windows-1252 page, a page with no charset) was measured blind before
that second pass (309/309 sentences, 96.9 % of the junk, 19 titles, 16 dates, 13 authors, 11 lead pictures) and
after it (309/309, 97.1 %, 19, 19, 15, 12): the dates generalised, authors and pictures fall short; its README
names the misses. The third HTML pass took it as a development set (authors 18, pictures 16: still short of 18).

`heldout-html3` (twenty more by a third writer: JNews, Astra, Soledad, Jannah, tagDiv, Sahifa, Elementor WordPress
sites, Blogger, Ghost, Drupal 9, Nuxt 2, Next.js pages and App Router, Astro, AMP, Joomla 4, Bootstrap portals, a
table-layout Windows-1252 page, a page with no charset) was measured blind before the third pass (213/213, 97.9 %,
19 titles, 19 dates, 16 authors, 13 pictures) and after it (213/213, 97.9 %, 19, 19, 17, 14). The fourth HTML pass
took it as a development set (213/213, 98.5 %, 20, 20, 20, 20), and with it `heldout-html2` meets every target too
(309/309, 97.8 %, 20, 20, 20, 20): both are held to the targets since.

`heldout-html4` (twenty more by a fourth writer: Newsup, ColorMag, Publisher, Smart Mag, Kadence, GeneratePress and
a block theme on WordPress, Blogger, Ghost, Drupal 10, Joomla 5, Next.js pages and App Router, Nuxt 3, Astro, Hugo,
Jekyll, Laravel, AMP, a table-layout Windows-1252 page, a page with no charset) was measured blind before the
fourth pass (235/235, 98.6 %, 20 titles, 18 dates, 15 authors, 17 pictures) and after it (235/235, 98.6 %, 20,
18, 15, 18)."""

from __future__ import annotations

import re
import sys

import pytest

from helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from import_eval import (decode, evaluate_set, input_file, normalise, normalise_raw, read_expected,  # noqa: E402
                         sample_folders, sentences, visible_lines)

FIXTURES = REPO / "tests" / "fixtures" / "import"
SETS = {"html": 6, "html-dev": 10, "heldout-html1": 20, "heldout-html2": 20, "heldout-html3": 20}
"""The development sets of saved pages and how many samples each has at least."""
BLIND: dict[str, int] = {"heldout-html4": 20}
"""Sets of saved pages not tuned to yet: no crash and their own soundness are asserted, not the targets."""

ALT = re.compile(r"""\balt\s*=\s*["']([^"']*)""")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$")


@pytest.mark.parametrize("set_name", {**SETS, **BLIND})
def test_the_pages_import_without_a_crash(set_name: str):
    figures = evaluate_set(FIXTURES / set_name)
    assert figures.crashes == ()
    assert figures.pages == len(figures.samples) >= {**SETS, **BLIND}[set_name]


@pytest.mark.parametrize("set_name", SETS)
def test_the_pages_meet_the_targets_as_a_development_set(set_name: str):
    """Issue 19's targets: every body sentence kept, 95 % of junk lines removed, 9 titles and dates in 10; and
    for pages, 9 authors and lead images in 10."""
    figures = evaluate_set(FIXTURES / set_name)
    n = len(figures.samples)
    assert figures.sentences_kept == figures.sentences_total
    assert figures.junk_removed >= 0.95 * figures.junk_total
    assert figures.titles_ok >= 0.9 * n and figures.dates_ok >= 0.9 * n
    assert figures.authors_ok >= 0.9 * n and figures.images_ok >= 0.9 * n


@pytest.mark.parametrize("set_name", {**SETS, **BLIND})
def test_every_expected_sentence_title_and_author_is_on_the_page(set_name: str):
    """The set itself is sound: what the expected article keeps is text a reader sees on the page (a picture's
    alt text too; a table's rows, written as Markdown, are not looked for), the title and authors are in the
    page, and every date is in a form the metric compares."""
    for folder in sample_folders(FIXTURES / set_name):
        page = decode(input_file(folder).read_bytes())
        shown = normalise_raw("\n".join(visible_lines(page) + ALT.findall(page)))
        expected = read_expected(folder / "expected.md")
        assert ISO_DATE.match(expected.date), f"{folder.name}: expected.md's date is not YYYY-MM-DD[THH:MM:SS+HH:MM]"
        assert normalise(expected.title) in normalise_raw(page), f"{folder.name}: title not in the page"
        assert all(normalise(a) in normalise_raw(page) for a in expected.authors), f"{folder.name}: author"
        missing = [s for s in sentences(expected.body) if s not in shown and not s.startswith("|")]
        assert missing == [], f"{folder.name}: expected sentences not shown on the page: {missing}"
