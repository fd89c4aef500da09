"""The newsroom and its authors in structured data (issue 18), built the way editors run Warta.

- `organization:` in warta.yaml: the NewsMediaOrganization, one object with its `@id`, publisher of
  every article and of the WebSite, its policy pages absolute URLs (under a base_url's sub-path);
- `data/authors.yaml`: each author's page shows the job title, bio and profile links, and is a
  ProfilePage about a Person who works for the newsroom;
- every `@type` and property of every page's JSON-LD is schema.org's (schema-dts' declarations);
- a bad value in either file: its `path:line` and fix, all at once, the old site untouched."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from helpers import NOW, article, snapshot
from schema_org import vocabulary
from warta.cli import main

CONFIG = """\
title: Kabar Uji
base_url: https://contoh.id/berita/
organization:
  masthead: redaksi
  corrections_policy: /kebijakan-ralat/
  ethics_policy: https://dewanpers.or.id/kebijakan/peraturan
  publishing_principles: pedoman-media-siber/
  actionable_feedback_policy: kontak
  ownership_funding_info: tentang
  contact: kontak
  email: redaksi@contoh.id
  founding_date: 2019-03-01
  same_as: [https://x.com/kabaruji, https://www.instagram.com/kabaruji]
"""
PAGES = {f"pages/{slug}.md": f"---\ntitle: {slug.replace('-', ' ').title()}\n---\n\nIsi halaman {slug}.\n"
         for slug in ("redaksi", "kebijakan-ralat", "pedoman-media-siber", "kontak", "tentang")}
"""The pages the organisation names (each must be a page of the site)."""
AUTHORS = """\
# Profil penulis Kabar Uji.
Rina Wulandari:
  job_title: Redaktur Pelaksana
  bio: Meliput pangan <b>sejak</b> 2015 & menulis "Catatan Pasar".
  url: https://rina.example.com/
  same_as:
    - https://x.com/rina.example
    - https://www.linkedin.com/in/rina-example
"""
PUBLISHER = {
    "@type": "NewsMediaOrganization",
    "@id": "https://contoh.id/berita/#organisasi",
    "name": "Kabar Uji",
    "url": "https://contoh.id/berita/",
    "logo": {"@type": "ImageObject", "url": "https://contoh.id/berita/logo.png", "width": 512, "height": 512},
    "masthead": "https://contoh.id/berita/redaksi/",
    "correctionsPolicy": "https://contoh.id/berita/kebijakan-ralat/",
    "ethicsPolicy": "https://dewanpers.or.id/kebijakan/peraturan",
    "publishingPrinciples": "https://contoh.id/berita/pedoman-media-siber/",
    "actionableFeedbackPolicy": "https://contoh.id/berita/kontak/",
    "ownershipFundingInfo": "https://contoh.id/berita/tentang/",
    "contactPoint": {"@type": "ContactPoint", "contactType": "public engagement",
                     "url": "https://contoh.id/berita/kontak/", "email": "redaksi@contoh.id"},
    "email": "redaksi@contoh.id",
    "foundingDate": "2019-03-01",
    "sameAs": ["https://x.com/kabaruji", "https://www.instagram.com/kabaruji"],
}


@pytest.fixture
def site(write_site, monkeypatch) -> Path:
    """A site built with `warta build` run in its folder, with relative paths (output `_site/`)."""
    root = write_site({"warta.yaml": CONFIG, **PAGES, "data/authors.yaml": AUTHORS,
                       "articles/harga.md": article("Harga Beras Turun", author="Rina Wulandari"),
                       "articles/banjir.md": article("Banjir Jakarta", date="2025-06-16T09:00:00+07:00",
                                                     author="Tim Uji")})
    monkeypatch.chdir(root)
    assert main(["build", "--now", NOW, "--quiet", "--no-search"]) == 0
    return root


def json_ld(root: Path, path: str) -> list[dict]:
    doc = lxml.html.fromstring((root / "_site" / path / "index.html").read_bytes())
    return [json.loads(text) for text in doc.xpath("//script[@type='application/ld+json']/text()")]


def test_the_newsroom_publishes_the_website_and_every_article_as_one_object(site: Path):
    [website] = json_ld(site, "")
    assert website["@type"] == "WebSite" and website["publisher"] == PUBLISHER
    for slug in ("harga", "banjir"):
        news = next(d for d in json_ld(site, f"artikel/{slug}") if d["@type"] == "NewsArticle")
        assert news["publisher"] == PUBLISHER, slug


def test_article_authors_are_named_and_linked_to_their_pages_only(site: Path):
    """An article's JSON-LD names its authors without their profile: an edit of data/authors.yaml
    re-renders the authors' pages, not their articles (tests/test_incremental.py)."""
    news = next(d for d in json_ld(site, "artikel/harga") if d["@type"] == "NewsArticle")
    assert news["author"] == [{"@type": "Person", "name": "Rina Wulandari",
                               "url": "https://contoh.id/berita/penulis/rina-wulandari/"}]


def test_an_authors_page_is_a_profile_page_about_a_person_of_the_newsroom(site: Path):
    [profile] = json_ld(site, "penulis/rina-wulandari")
    assert profile == {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": "https://contoh.id/berita/penulis/rina-wulandari/",
        "mainEntity": {
            "@type": "Person",
            "name": "Rina Wulandari",
            "url": "https://contoh.id/berita/penulis/rina-wulandari/",
            "jobTitle": "Redaktur Pelaksana",
            "description": 'Meliput pangan <b>sejak</b> 2015 & menulis "Catatan Pasar".',
            "sameAs": ["https://rina.example.com/", "https://x.com/rina.example",
                       "https://www.linkedin.com/in/rina-example"],
            "worksFor": {"@type": "NewsMediaOrganization", "@id": PUBLISHER["@id"], "name": "Kabar Uji",
                         "url": "https://contoh.id/berita/"},
        },
    }
    # An author without a profile is a Person too, with no claim about whom they work for.
    [bare] = json_ld(site, "penulis/tim-uji")
    assert bare["mainEntity"] == {"@type": "Person", "name": "Tim Uji",
                                  "url": "https://contoh.id/berita/penulis/tim-uji/"}


def test_an_authors_page_shows_the_job_title_the_bio_escaped_and_the_profile_links(site: Path):
    text = (site / "_site/penulis/rina-wulandari/index.html").read_text(encoding="utf-8")
    doc = lxml.html.fromstring(text)
    header = doc.xpath("//header[@class='listing-header']")[0]
    assert header.xpath(".//p[@class='kicker']/text()") == ["Penulis · Redaktur Pelaksana"]
    assert "Meliput pangan &lt;b&gt;sejak&lt;/b&gt; 2015 &amp; menulis" in text  # shown as text, not markup
    assert [(a.get("href"), a.get("rel"), a.text) for a in header.xpath(".//p[@class='author-links']/a")] == [
        ("https://rina.example.com/", "me", "Situs web"),
        ("https://x.com/rina.example", "me", "X"),
        ("https://www.linkedin.com/in/rina-example", "me", "LinkedIn"),
    ]
    bare = lxml.html.fromstring((site / "_site/penulis/tim-uji/index.html").read_bytes())
    assert bare.xpath("//p[@class='kicker']/text()") == ["Penulis"] and not bare.xpath("//*[@class='author-links']")


def test_every_type_and_property_written_is_schema_orgs(site: Path):
    vocab = vocabulary()
    pages = sorted((site / "_site").rglob("index.html"))
    found = [f"{page.parent.relative_to(site / '_site')}{problem}"
             for page in pages for data in json_ld(site, page.parent.relative_to(site / "_site").as_posix())
             for problem in vocab.unknown_terms(data)]
    assert len(pages) > 10 and not found, found


def test_the_schema_check_catches_a_made_up_type_or_property():
    vocab = vocabulary()
    assert vocab.unknown_terms({"@type": "NewsMediaOrganization", "correctionPolicy": "x",
                                "contactPoint": {"@type": "Kontak"}}) == [
        "/: NewsMediaOrganization has no property 'correctionPolicy'",
        "/contactPoint: @type 'Kontak' is not a schema.org type"]


def test_bad_organization_and_authors_values_are_reported_together_and_the_site_is_kept(write_site, monkeypatch,
                                                                                         capsys):
    root = write_site({"warta.yaml": CONFIG, **PAGES, "data/authors.yaml": AUTHORS,
                       "articles/harga.md": article("Harga Beras Turun", author="Rina Wulandari")})
    monkeypatch.chdir(root)
    assert main(["build", "--now", NOW, "--quiet", "--no-search"]) == 0
    before = snapshot(root / "_site")
    (root / "warta.yaml").write_text(CONFIG.replace("masthead: redaksi", "masthead: http://contoh.id/redaksi"),
                                     encoding="utf-8")
    (root / "data/authors.yaml").write_text(AUTHORS.replace("    - https://x.com/rina.example\n",
                                                            "    - x.com/rina.example\n")
                                            + "Rina Wulandary:\n  job_title: Reporter\n", encoding="utf-8")
    assert main(["build", "--now", NOW, "--quiet", "--no-search"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[:1] == [
        'warta.yaml:4: organization.masthead: "http://contoh.id/redaksi" must be an https:// URL — write a page '
        "of this site as `redaksi` or `/redaksi/`, or a full https:// URL"]
    assert "Traceback" not in err
    assert snapshot(root / "_site") == before
    # The config fixed, the authors' file's problems come all at once.
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    assert main(["build", "--now", NOW, "--quiet", "--no-search"]) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        "data/authors.yaml:7: same_as: item 1 must be an https:// URL, not 'x.com/rina.example' "
        "(of \"Rina Wulandari\") — write the account's full address, https:// first",
        "data/authors.yaml:9: warning: no article names the author \"Rina Wulandary\" — "
        "did you mean 'Rina Wulandari'?"]
    assert snapshot(root / "_site") == before


def test_a_profile_of_an_author_no_article_names_is_a_warning_and_the_site_builds(write_site, capsys):
    root = write_site({"warta.yaml": CONFIG, **PAGES, "data/authors.yaml": "Rina Wulandary:\n  job_title: Reporter\n",
                       "articles/harga.md": article("Harga Beras Turun", author="Rina Wulandari")})
    assert main(["build", "--source", str(root), "--now", NOW, "--no-search"]) == 0
    assert ('data/authors.yaml:1: warning: no article names the author "Rina Wulandary" — '
            "did you mean 'Rina Wulandari'?") in capsys.readouterr().err.splitlines()
    assert main(["build", "--source", str(root), "--now", NOW, "--no-search", "--strict", "--quiet"]) == 1


def test_the_repositorys_config_builds_a_folder_of_articles_alone(tmp_path, capsys):
    """../shared/bench/vs_hugo.sh builds a corpus with the repository's warta.yaml and no pages/: the
    organisation's pages that are missing there are warnings (links leading nowhere), not errors."""
    from helpers import REPO

    root = tmp_path / "site"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_bytes((REPO / "warta.yaml").read_bytes())
    (root / "articles/a.md").write_text(article("Harga Beras Turun"), encoding="utf-8")
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search"]) == 0
    err = capsys.readouterr().err
    assert 'warta.yaml:11: warning: organization.masthead: "/redaksi/" is not a page of this site' in err
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search", "--strict"]) == 1
