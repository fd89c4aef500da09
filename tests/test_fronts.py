"""The home page as a news front and the listings (issue 17), built through the CLI from inside the
site folder: the lead story, the latest, a block per category in the configured order and count, then
"Terbaru" (each story once on the front); category, author and source pages whose cards do not repeat
the page's own label; cards crediting authors only, never a source."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from helpers import NOW, article
from warta.cli import main

CATEGORIES = {"Nasional": 5, "Ekonomi": 4, "Olahraga": 3, "Sains": 2}
"""Category -> its number of articles: 14 stories, one a day, the categories taking turns."""
CONFIG = "title: Warta Uji\nbase_url: https://contoh.id/\nper_page: 8\n"
HOME = "home:\n  latest: 3\n  per_category: 2\n  categories: [ekonomi, Nasional]\n"


def _stories() -> dict[str, str]:
    """14 article files: story 1 the oldest; author "Rina" writes the even ones; story 14 credits a source only."""
    left = dict(CATEGORIES)
    files, number = {}, 0
    while any(left.values()):
        for name in CATEGORIES:
            if left[name]:
                left[name] -= 1
                number += 1
                credit = {"source": "Kantor Berita"} if number == 14 else {
                    "author": ["Rina", "Budi"] if number % 2 == 0 else "Budi"}
                files[f"articles/berita-{number:02d}.md"] = article(
                    f"Berita {number:02d}", date=f"2025-06-{number:02d}T09:00:00+07:00", category=name,
                    tags=["Uji"], body="kata " * 900, **credit)
    return files


def _build(root: Path, config: str, *extra: str) -> int:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in {"warta.yaml": config, **_stories()}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        return main(["build", "--now", NOW, "--quiet", "--no-search", *extra])


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fronts") / "site"
    assert _build(root, CONFIG + HOME) == 0
    return root / "_site"


META = "//*[contains(concat(' ', @class, ' '), ' card ')]//p[@class='meta']"


def doc(out: Path, name: str):
    return lxml.html.fromstring((out / name).read_bytes())


def c(name: str) -> str:
    """XPath test of an element having class `name`."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def titles(node, path: str = ".") -> list[str]:
    """The card titles under `path` (XPath from `node`), in order."""
    return [" ".join(t.text_content().split()) for t in node.xpath(f"{path}//*[{c('card-title')}]")]



_CATEGORY_OF = {int(path[-5:-3]): text.split("category: ")[1].split("\n")[0] for path, text in _stories().items()}


def test_the_front_has_the_lead_then_the_latest(site: Path):
    home = doc(site, "index.html")
    assert titles(home, f"//*[{c('front-top')}]/*[{c('card-lead')}]") == ["Berita 14"]
    assert titles(home, f"//*[{c('front-latest')}]") == ["Berita 13", "Berita 12", "Berita 11"]
    assert home.xpath("//h1")[0].text_content().startswith("Warta Uji")


def test_the_category_blocks_come_in_the_configured_order_and_count(site: Path):
    home = doc(site, "index.html")
    blocks = home.xpath(f"//section[{c('front-block')}]")
    headings = [(b.xpath(".//h2/a")[0].text_content(), b.xpath(".//h2/a")[0].get("href")) for b in blocks]
    assert headings == [("Ekonomi", "/kategori/ekonomi/"), ("Nasional", "/kategori/nasional/")]
    for block, (name, _) in zip(blocks, headings):
        shown = titles(block)
        assert len(shown) == 2 and {_CATEGORY_OF[int(t.split()[-1])] for t in shown} == {name}
        # The block's heading names the category: its cards do not repeat it.
        assert not block.xpath(f".//*[{c('kicker')}]/a")


def test_terbaru_completes_the_first_page_and_no_story_repeats_on_the_front(site: Path):
    home = doc(site, "index.html")
    rest = home.xpath(f"//section[{c('front-rest')}]")[0]
    assert rest.xpath(".//h2")[0].text_content() == "Terbaru"
    assert titles(rest) == ["Berita 10", "Berita 09", "Berita 08", "Berita 07"]
    every = titles(home, "//main")
    assert len(every) == len(set(every)) == 4 + 2 * 2 + 4
    # The next page is the plain chronological list (pages are counted from the oldest, so that an
    # archive page keeps its stories: the oldest full page may overlap the first), no front.
    older = home.xpath("//a[@rel='next']")[0].get("href")
    second = doc(site, older.strip("/") + "/index.html")
    assert titles(second, "//main") == [f"Berita {n:02d}" for n in range(8, 0, -1)]
    assert not second.xpath(f"//*[{c('front-block')} or {c('front-top')}]")


def test_without_home_settings_every_category_has_a_block_the_largest_first(tmp_path: Path):
    assert _build(tmp_path / "site", CONFIG) == 0
    home = doc(tmp_path / "site" / "_site", "index.html")
    assert len(home.xpath(f"//*[{c('front-latest')}]/*[{c('card')}]")) == 4  # the default `latest: 4`
    names = [h.text_content() for h in home.xpath(f"//section[{c('front-block')}]/h2")]
    assert names == ["Nasional", "Ekonomi", "Olahraga", "Sains"]
    assert all(len(block.xpath(f".//*[{c('card')}]")) <= 4 for block in home.xpath(f"//section[{c('front-block')}]"))


def test_a_small_site_is_all_lead_and_latest(tmp_path: Path):
    root = tmp_path / "site"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "articles/satu.md").write_text(article("Satu", category="Nasional"), encoding="utf-8")
    (root / "articles/dua.md").write_text(article("Dua", date="2025-06-16T09:00:00+07:00"), encoding="utf-8")
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search"]) == 0
    home = doc(root / "_site", "index.html")
    assert titles(home, f"//*[{c('front-top')}]/*[{c('card-lead')}]") == ["Dua"] and titles(home, f"//*[{c('front-latest')}]") == ["Satu"]
    assert not home.xpath(f"//section[{c('front-block')} or {c('front-rest')}]")


@pytest.mark.parametrize("setting, message", [
    ("home: 3\n", "warta.yaml:4: home: must be a mapping"),
    ("home:\n  latest: -1\n", "warta.yaml:5: home.latest: must be a whole number from 0 to 12, not -1"),
    ("home:\n  per_category: tiga\n", "warta.yaml:5: home.per_category: must be a whole number from 0 to 4, not 'tiga'"),
    ("home:\n  categories: Nasional\n", "warta.yaml:5: home.categories: must be a list of category names"),
])
def test_a_bad_home_setting_stops_the_build_naming_warta_yaml_and_the_key(tmp_path: Path, capsys, setting, message):
    assert _build(tmp_path / "site", CONFIG + setting) != 0
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "site" / "_site").exists()


def test_an_unknown_home_category_is_a_warning_naming_the_known_ones(tmp_path: Path, capsys):
    assert _build(tmp_path / "site", CONFIG + "home:\n  categories: [Ekonomi, Politik]\n") == 0
    err = capsys.readouterr().err
    assert 'warta.yaml:5: warning: home.categories: "Politik" is not the category of any article' in err
    assert "Ekonomi, Nasional, Olahraga, Sains" in err
    home = doc(tmp_path / "site" / "_site", "index.html")
    assert [h.text_content() for h in home.xpath(f"//section[{c('front-block')}]/h2")] == ["Ekonomi"]
    assert _build(tmp_path / "site", CONFIG + "home:\n  categories: [Ekonomi, Politik]\n", "--strict") != 0


def test_a_category_page_does_not_repeat_its_category_on_its_cards(site: Path):
    page = doc(site, "kategori/nasional/index.html")
    assert len(page.xpath(f"//*[{c('card')}]")) == 5
    assert not page.xpath(f"//*[{c('card')}]//*[{c('kicker')}]")
    assert doc(site, "tag/uji/index.html").xpath(f"//*[{c('card')}]//*[{c('kicker')}]/a")  # (a tag page shows the categories)


def test_an_author_page_does_not_repeat_its_author_on_its_cards(site: Path):
    page = doc(site, "penulis/rina/index.html")
    bylines = [" ".join(m.text_content().split()) for m in page.xpath(META)]
    assert len(bylines) == 6 and not any("Rina" in line for line in bylines)
    assert all(line.startswith("Budi ·") for line in bylines)  # the co-author stays
    budi = [" ".join(m.text_content().split()) for m in doc(site, "penulis/budi/index.html").xpath(META)]
    assert any(line.startswith("Rina ·") for line in budi) and not any("Budi" in line for line in budi)


def test_cards_credit_authors_never_a_source(site: Path):
    for name in ("index.html", "sumber/kantor-berita/index.html", "tag/uji/index.html"):
        metas = [m.text_content() for m in doc(site, name).xpath(META)]
        assert metas and not any("Kantor Berita" in text for text in metas), name


def test_reading_time_and_date_hold_together_on_cards(site: Path):
    html = (site / "tag/uji/index.html").read_text(encoding="utf-8")
    assert "5&nbsp;menit&nbsp;baca" in html and " menit baca" not in html
    dates = doc(site, "tag/uji/index.html").xpath(META + "/time/text()")
    assert dates and all(" " not in date and "\u00a0Juni\u00a02025" in date for date in dates)
