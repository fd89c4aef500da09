"""outputs/hosting.py (and the alias paths of model/urls.py): files for static hosts, the cache policy."""

from __future__ import annotations

import pytest

from warta.config import SiteConfig
from warta.errors import ContentError
from warta.model.urls import alias_has_page, alias_path
from warta.outputs.hosting import (FEED, IMMUTABLE, REVALIDATE, Redirect, cache_control, check_redirects,
                                   headers_file, redirect_page, redirects_file)

SUB = SiteConfig(title="Warta <Uji>", base_url="https://user.github.io/warta/")


@pytest.mark.parametrize("old, path", [
    ("/2025/06/judul-lama.html", "2025/06/judul-lama.html"),
    ("lama/judul", "lama/judul/"),
    ("/lama/judul/", "lama/judul/"),
    ("/index.php", "index.php"),
    ("/v1.2/catatan", "v1.2/catatan/"),
])
def test_alias_path_is_a_site_path_and_folders_end_in_a_slash(old, path):
    assert alias_path(old) == path


def test_only_folders_and_html_files_get_a_redirect_page():
    assert alias_has_page("lama/") and alias_has_page("lama.html") and alias_has_page("lama.htm")
    assert not alias_has_page("index.php")


@pytest.mark.parametrize("path, policy", [
    ("aset/style.3f2a9c1b.css", IMMUTABLE),
    ("aset/favicon.dc0c9db2.svg", IMMUTABLE),
    ("index.html", REVALIDATE),
    ("artikel/x/index.html", REVALIDATE),
    ("atom.xml", FEED), ("rss.xml", FEED), ("feed.json", FEED), ("sitemap.xml", FEED),
    ("tag/meta/atom.xml", FEED), ("news-sitemap.xml", FEED),
    ("pagefind/pagefind-entry.json", REVALIDATE), ("pagefind/fragment/id_1a2b.pf_fragment", REVALIDATE),
    ("kartu.png", REVALIDATE), ("robots.txt", REVALIDATE), ("_headers", REVALIDATE),
])
def test_cache_control_is_long_only_for_hashed_assets(path, policy):
    assert cache_control(path) == policy


def test_headers_file_leaves_out_an_extension_rule_that_would_overlap_the_asset_rule():
    plain = headers_file(SUB, ("index.html", "aset/style.1.css"))
    assert "/warta/*.xml\n" in plain and "/warta/*.html\n" in plain
    overlapping = headers_file(SUB, ("index.html", "aset/style.1.css", "aset/peta.2.xml", "aset/x.3.html"))
    assert "/warta/*.xml\n" not in overlapping and "/warta/*.html\n" not in overlapping
    assert "/warta/feed.json\n" in overlapping and "/warta/*/\n" in overlapping


def redirect(old: str, article: str = "articles/a.md", line: int = 5) -> Redirect:
    return Redirect(old, "artikel/a/", "Judul <A>", article, line)


def test_redirects_file_has_one_301_line_per_alias_under_the_base_path():
    text = redirects_file(SUB, (redirect("lama/a/"), redirect("2025/a.html")))
    assert text.splitlines()[2:] == ["/warta/lama/a/ /warta/artikel/a/ 301",
                                     "/warta/2025/a.html /warta/artikel/a/ 301"]
    assert all(line.startswith("#") for line in text.splitlines()[:2])


def test_redirect_page_refreshes_to_the_article_and_is_not_indexed():
    page = redirect_page(redirect("lama/a/"), SUB).decode("utf-8")
    assert '<meta http-equiv="refresh" content="0; url=/warta/artikel/a/">' in page
    assert '<link rel="canonical" href="https://user.github.io/warta/artikel/a/">' in page
    assert '<meta name="robots" content="noindex">' in page
    assert '<a href="/warta/artikel/a/">Judul &lt;A&gt;</a>' in page
    assert "<title>Judul &lt;A&gt; — Warta &lt;Uji&gt;</title>" in page
    root = redirect_page(redirect("lama/a/"), SiteConfig(title="X")).decode("utf-8")
    assert '<link rel="canonical" href="/artikel/a/">' in root


def test_aliases_may_not_land_on_files_folders_or_each_other():
    taken = ("index.html", "kartu.png", "tag/meta/index.html", "artikel/a/index.html")
    check_redirects((redirect("lama/a/"), redirect("tag.html")), taken)
    with pytest.raises(ContentError) as caught:
        check_redirects((redirect("tag/meta/"), redirect("kartu.png/", line=6),
                         redirect("lama/", "articles/b.md", 7), redirect("lama/", "articles/c.md", 3)), taken)
    assert [(p.path, p.line, p.message) for p in caught.value.problems] == [
        ("articles/a.md", 5, '"/tag/meta/" is the address of a page or file of this site (tag/meta/index.html)'),
        ("articles/a.md", 6, '"/kartu.png/" is the address of a page or file of this site (kartu.png)'),
        ("articles/c.md", 3, '"/lama/" is already an alias of articles/b.md'),
    ]
