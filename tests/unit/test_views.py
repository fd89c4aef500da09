"""render/views.py: the table of contents rules and the share bar's links (issue 17)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from warta.render.views import numbered_headings, share_links, table_of_contents, wants_toc

OUTLINE = ((2, "Latar", "latar"), (3, "Data", "data"), (3, "Talenta", "talenta"), (2, "Dampak", "dampak"),
           (2, "Ke depan", "ke-depan"))


def test_a_table_of_contents_needs_both_enough_words_and_enough_sections():
    assert wants_toc(OUTLINE, 800, 3, 800)
    assert not wants_toc(OUTLINE, 799, 3, 800)  # a short article: none, however many sections
    assert not wants_toc(OUTLINE, 5000, 4, 800)  # three `##` sections (the `###` ones do not count)
    assert wants_toc(OUTLINE, 0, 1, 0)


def test_subsections_nest_under_their_section():
    toc = table_of_contents(OUTLINE)
    assert [(e.text, [c.text for c in e.children]) for e in toc] == [
        ("Latar", ["Data", "Talenta"]), ("Dampak", []), ("Ke depan", [])]
    assert table_of_contents(((3, "Awal", "awal"), (2, "Satu", "satu")))[0].text == "Awal"  # (nothing above it)


@pytest.mark.parametrize("texts, numbered", [
    (["1. Data pelatihan", "2. Arsitek", "10. Cloud AI"], True),
    (["1) Data", "2) Talenta"], True),
    (["Latar", "Dampak"], False),
    (["1. Data", "2. Talenta", "Kesimpulan"], True),  # (a closing section without a number keeps none)
    (["2025 tahun AGI", "1,5 juta"], False),
    ([], False),
    (["Latar belakang", "Dampak ke industri", "Apa kata pengamat", "3) Catatan penutup"], False),  # (one among many)
])
def test_sections_that_number_themselves_are_not_numbered_again(texts, numbered):
    toc = table_of_contents(tuple((2, t, f"b{i}") for i, t in enumerate(texts)))
    assert numbered_headings(toc) is numbered


def test_the_table_of_contents_is_numbered_once(tmp_path: Path):
    """The theme numbers through the `<ol>` alone (no CSS counter), and not at all when the headings carry
    their own numbers: "1. 1. Data pelatihan" was the list's number in front of the heading's."""
    from helpers import run_build

    css = (Path(__file__).parents[2] / "src/warta/theme/assets/style.css").read_text(encoding="utf-8")
    assert "counter" not in css
    assert re.search(r"\.toc \.toc-own \{[^}]*list-style: none", css)
    root = tmp_path / "situs"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text("title: Uji\nbase_url: https://contoh.id/\ntoc_min_words: 10\n", encoding="utf-8")
    words = " ".join(["kata"] * 10)
    for slug, heads in (("bernomor", ["1. Data", "2. Talenta", "3. Cloud"]), ("biasa", ["Data", "Talenta", "Cloud"])):
        body = "\n\n".join(f"## {h}\n\n{words}" for h in heads)
        (root / "articles" / f"{slug}.md").write_text(f"---\ntitle: {slug}\ndate: 2025-06-15\n---\n\nAwal.\n\n{body}\n",
                                                      encoding="utf-8")
    assert run_build(root, output=tmp_path / "out") == 0
    numbered = (tmp_path / "out/artikel/bernomor/index.html").read_text(encoding="utf-8")
    plain = (tmp_path / "out/artikel/biasa/index.html").read_text(encoding="utf-8")
    assert '<details class="toc" data-pagefind-ignore>' in numbered and '<ol class="toc-own">' in numbered
    assert '<details class="toc" data-pagefind-ignore>' in plain and '<ol class="toc-own">' not in plain


def test_numbered_subsections_are_not_lettered_too(tmp_path: Path):
    """`### 1. Data` under an unnumbered `## Latar belakang`: the nested list shows the headings' own numbers,
    not "a. 1. Data" (the nested list is judged on its own)."""
    from helpers import run_build

    root = tmp_path / "situs"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text("title: Uji\ntoc_min_words: 0\n", encoding="utf-8")
    body = "## Latar belakang\n\nA.\n\n### 1. Data pelatihan\n\nB.\n\n### 2. Talenta\n\nC.\n\n## Dampak\n\nD.\n\n## Kesimpulan\n\nE.\n"
    (root / "articles" / "a.md").write_text(f"---\ntitle: A\ndate: 2025-06-15\n---\n\nAwal.\n\n{body}", encoding="utf-8")
    assert run_build(root, output=tmp_path / "out") == 0
    page = (tmp_path / "out/artikel/a/index.html").read_text(encoding="utf-8")
    toc = page[page.index('<details class="toc"'):page.index("</details>")]
    assert toc.count('<ol class="toc-own">') == 1 and toc.index("<ol>") < toc.index('<ol class="toc-own">')


def test_share_links_encode_the_whole_address_and_title():
    title = 'Rp230 Triliun & "AGI": 50% #Meta?'
    url = "https://contoh.id/berita/artikel/a/?x=1"
    links = {link.net: link for link in share_links(title, url)}
    assert list(links) == ["whatsapp", "telegram", "x", "facebook", "linkedin", "email"]
    for link in links.values():
        assert not re.search(r"[ &\"#?:/]", link.href.split("?", 1)[1].replace("&text=", "").replace("&body=", "")), link.href
    telegram = parse_qs(urlsplit(links["telegram"].href).query)
    assert (telegram["url"], telegram["text"]) == ([url], [title])
    assert unquote(links["whatsapp"].href.removeprefix("https://wa.me/?text=")) == f"{title} {url}"
    assert links["email"].href.startswith("mailto:?subject=Rp230%20Triliun%20%26%20%22AGI%22%3A%2050%25%20%23Meta%3F&body=")
