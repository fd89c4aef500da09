"""model/urls.py: the one place where slugs, URL paths and output file paths are decided."""

from __future__ import annotations

import pytest

from warta.model.urls import (archive_index_path, article_path, month_path, output_file, paged_path, term_index_path,
                              term_path, term_slug)


def test_article_path_is_a_folder_under_artikel():
    assert article_path("meta-scale-ai") == "artikel/meta-scale-ai/"


@pytest.mark.parametrize("name, slug", [
    ("Scale AI", "scale-ai"),
    ("Meta", "meta"),
    ("META", "meta"),
    ("Ekonomi & Bisnis", "ekonomi-bisnis"),
    ("Rp230 Triliun", "rp230-triliun"),
    ("  Kecerdasan   Buatan ", "kecerdasan-buatan"),
    ("Zürich café", "zurich-cafe"),
    ("2025", "2025"),
])
def test_term_slug_is_lower_case_ascii_with_hyphens(name, slug):
    assert term_slug(name) == slug


def test_term_slug_is_at_most_100_characters_cut_at_a_word():
    slug = term_slug(" ".join(["panjang"] * 30))
    assert len(slug) <= 100
    assert not slug.endswith("-")
    assert set(slug.split("-")) == {"panjang"}


@pytest.mark.parametrize("kind, path", [
    ("tag", "tag/scale-ai/"), ("category", "kategori/scale-ai/"),
    ("author", "penulis/scale-ai/"), ("source", "sumber/scale-ai/"),
])
def test_term_paths_use_indonesian_folder_names(kind, path):
    assert term_path(kind, "scale-ai") == path
    assert term_index_path(kind) == path.split("/")[0] + "/"


def test_month_paths_are_zero_padded():
    assert month_path(2025, 6) == "arsip/2025/06/"
    assert month_path(987, 12) == "arsip/0987/12/"
    assert archive_index_path() == "arsip/"


def test_first_page_of_a_listing_is_its_base_and_archive_pages_are_under_halaman():
    assert paged_path("tag/meta/", 0) == "tag/meta/"
    assert paged_path("tag/meta/", 1) == "tag/meta/halaman/1/"
    assert paged_path("", 3) == "halaman/3/"


@pytest.mark.parametrize("path, file", [
    ("", "index.html"),
    ("artikel/x/", "artikel/x/index.html"),
    ("halaman/2/", "halaman/2/index.html"),
    ("404.html", "404.html"),
    ("feed.xml", "feed.xml"),
])
def test_output_file_puts_pretty_urls_into_index_html(path, file):
    assert output_file(path) == file
