"""Where the default theme's templates are found (render/templates.py), and the search folders."""

from __future__ import annotations

from pathlib import Path

import warta
from helpers import REPO
from warta import layout
from warta.render import templates
from warta.render.templates import THEME_DIR, THEME_INPUTS, THEME_TEMPLATES, template_dirs


def test_a_checkout_uses_its_top_level_templates():
    """The tests run Warta from this checkout's src/, which holds no templates: the theme's are
    the top-level templates/ (an installed wheel's are tests/test_wheel.py's)."""
    assert Path(warta.__file__).resolve().is_relative_to(REPO / "src")
    assert THEME_TEMPLATES == REPO / "templates"
    assert THEME_INPUTS == (THEME_DIR, REPO / "templates")


def test_the_package_copy_comes_first(tmp_path: Path, monkeypatch):
    """Installed, the package's theme/templates/ is used, whatever templates/ lies two folders up."""
    package = tmp_path / "src" / "warta"
    (package / "theme/templates").mkdir(parents=True)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/base.html").write_text("checkout")
    monkeypatch.setattr(layout, "PACKAGE_DIR", package)
    monkeypatch.setattr(layout, "THEME_DIR", package / "theme")
    assert layout._theme_templates() == tmp_path / "templates"  # no base.html in the package's copy
    (package / "theme/templates/base.html").write_text("packaged")
    assert layout._theme_templates() == package / "theme/templates"


def test_a_templates_folder_not_beside_src_is_not_the_theme(tmp_path: Path, monkeypatch):
    package = tmp_path / "lib" / "warta"
    package.mkdir(parents=True)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/base.html").write_text("someone else's")
    monkeypatch.setattr(layout, "PACKAGE_DIR", package)
    monkeypatch.setattr(layout, "THEME_DIR", package / "theme")
    assert layout._theme_templates() == package / "theme/templates"


def test_site_templates_come_before_the_theme(tmp_path: Path):
    assert template_dirs(tmp_path) == (tmp_path / "templates", THEME_TEMPLATES)


def test_the_repository_site_lists_its_templates_once():
    """The repository's own site's templates/ is the theme's: one folder, listed once."""
    assert template_dirs(REPO) == (REPO / "templates",)


def _reads(tmp_path: Path, files: dict[str, str], name: str = "page.html") -> tuple[bool, bool]:
    """(reads a body field of some other article, reads a body field at all) of `name`."""
    import jinja2

    from warta.builder.fingerprints import BODY_FIELDS
    from warta.render.templates import TemplateDependencies
    folder = tmp_path / "templates"
    for file, text in files.items():
        (folder / file).parent.mkdir(parents=True, exist_ok=True)
        (folder / file).write_text(text, encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)))
    deps = TemplateDependencies(env, (folder,))
    return deps.reads(name, BODY_FIELDS, except_of="article"), deps.reads(name, BODY_FIELDS)


def test_reading_the_pages_own_article_is_not_reading_others(tmp_path: Path):
    assert _reads(tmp_path, {"page.html": "{{ article.body }} {{ article.toc }} {{ older.title }}"}) == (False, True)
    assert _reads(tmp_path, {"page.html": "{{ article.title }} {{ item.summary }}"}) == (False, False)


def test_a_body_field_read_through_another_name_or_spelling_counts(tmp_path: Path):
    """Issue 15 review: a listing whose loop names each item `article` (or a macro taking `article`)
    read other articles' bodies unseen, and so did `x . body` and `x|attr("body")`: an edited body
    left those listings stale in an incremental build."""
    for text in ("{% for article in items %}{{ article.word_count }}{% endfor %}",
                 "{% set article = items[0] %}{{ article.body }}",
                 "{% macro card(article) %}{{ article.note }}{% endmacro %}",
                 "{% for item in items %}{{ item . word_count }}{% endfor %}",
                 "{% for item in items %}{{ item|attr('body') }}{% endfor %}",
                 "{{ items|map(attribute='toc')|list }}",
                 "{% for item in items %}{{ item['outline'] }}{% endfor %}"):
        assert _reads(tmp_path, {"page.html": text}) == (True, True), text


def test_a_body_field_read_in_an_included_template_counts(tmp_path: Path):
    files = {"page.html": "{% for article in items %}{% include 'card.html' %}{% endfor %}",
             "card.html": "{{ article.packed_body|length }}"}
    assert _reads(tmp_path, files) == (True, True)


def _card_env(tmp_path: Path, card: str, sponsor: str = ""):
    """An environment over a folder holding just `partials/card.html` (and a sponsor partial)."""
    from warta.config import SiteConfig
    from warta.render.assets import AssetSet
    from warta.render.templates import make_environment

    (tmp_path / "partials").mkdir(parents=True, exist_ok=True)
    (tmp_path / "partials/card.html").write_text(card, encoding="utf-8")
    (tmp_path / "partials/sponsor.html").write_text(sponsor, encoding="utf-8")
    (tmp_path / "cards.html").write_text(
        '{% for item in items %}{% set lead = loop.first %}{% include "partials/card.html" %}|{% endfor %}',
        encoding="utf-8")
    return make_environment((tmp_path,), SiteConfig(title="T", base_url="https://contoh.id/"), AssetSet(()))


class _Item:
    def __init__(self, title: str):
        self.title = title


def test_a_card_rendered_again_with_the_same_values_comes_from_the_memo(tmp_path: Path):
    """A card reads `item`, `lead` and the environment's globals only: its rendering is kept per
    (item, lead), and a page that shows the same article again gets the same bytes without rendering."""
    env = _card_env(tmp_path, '{{ item.title }}{% if lead %}*{% endif %}{% include "partials/sponsor.html" %}',
                    "{{ card_sizes|length }}")
    a, b = _Item("A"), _Item("B")
    cards = env.get_template("cards.html")
    assert cards.render(items=[a, b]) == "A*{0}|B{0}|".format(len(env.globals["card_sizes"]))
    a.title = "changed"  # (never done by a build: views are frozen; shows the second render is the memo's)
    assert cards.render(items=[a, b]).startswith("A*")
    assert cards.render(items=[b, a]).startswith("B*")  # another `lead`: rendered anew
    assert "changed" in cards.render(items=[b, a])


def test_the_memo_is_emptied_once_the_pages_are_rendered(tmp_path: Path):
    """Issue 20: the build empties the memo after the render stage (`forget_renders`); a card rendered
    afterwards is rendered anew."""
    env = _card_env(tmp_path, "{{ item.title }}")
    item, cards = _Item("A"), env.get_template("cards.html")
    assert cards.render(items=[item]) == "A|"
    assert sum(map(len, env.warta_memos)) == 1
    templates.forget_renders(env)
    assert sum(map(len, env.warta_memos)) == 0
    item.title = "B"
    assert cards.render(items=[item]) == "B|"


def test_a_card_that_reads_the_page_is_rendered_on_every_page(tmp_path: Path):
    """A site's card that reads something of the page (here `spec`, and a global the page redefines)
    is never taken from the memo."""
    env = _card_env(tmp_path, "{{ item.title }}@{{ spec }}")
    item, cards = _Item("A"), env.get_template("cards.html")
    assert cards.render(items=[item], spec="/satu/") == "A@/satu/|"
    assert cards.render(items=[item], spec="/dua/") == "A@/dua/|"
    env = _card_env(tmp_path, "{{ item.title }}@{{ lang }}")
    cards = env.get_template("cards.html")
    assert cards.render(items=[item]) == f"A@{env.globals['lang']}|"
    assert cards.render(items=[item], lang="en") == "A@en|"


def test_a_full_memo_starts_again_with_the_same_output(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(templates, "REMEMBERED_RENDERS", 1)
    env = _card_env(tmp_path, "{{ item.title }}")
    items = [_Item(str(n)) for n in range(5)]
    cards = env.get_template("cards.html")
    assert cards.render(items=items) == cards.render(items=items) == "0|1|2|3|4|"


def test_a_template_that_extends_the_card_gets_its_own_blocks(tmp_path: Path):
    """A site's "featured card" extends partials/card.html and replaces a block: rendering it runs the
    card's code with the child's blocks, which must not be answered with the plain card kept for
    the same item and lead (nor keep its own rendering for the plain card)."""
    env = _card_env(tmp_path, "[{% block title %}{{ item.title }}{% endblock %}]")
    (tmp_path / "featured.html").write_text(
        '{% extends "partials/card.html" %}{% block title %}FEATURED {{ item.title }}{% endblock %}',
        encoding="utf-8")
    (tmp_path / "page.html").write_text(
        '{% for item in items %}{% set lead = true %}{% include "featured.html" %}{% include "partials/card.html" %}'
        '{% include "featured.html" %}{% include "partials/card.html" %}{% endfor %}', encoding="utf-8")
    assert env.get_template("page.html").render(items=[_Item("A")]) == "[FEATURED A][A][FEATURED A][A]"


def test_a_card_imported_with_context_still_gives_its_macros(tmp_path: Path):
    """`{% import "partials/card.html" as card with context %}` runs the card's code for its macros:
    the output kept from an earlier include has none of them."""
    env = _card_env(tmp_path, "{% macro badge() %}<{{ item.title }}>{% endmacro %}[{{ item.title }}]")
    (tmp_path / "page.html").write_text(
        '{% for item in items %}{% set lead = true %}{% include "partials/card.html" %}'
        '{% import "partials/card.html" as card with context %}{{ card.badge() }}'
        '{% from "partials/card.html" import badge with context %}{{ badge() }}{% endfor %}', encoding="utf-8")
    assert env.get_template("page.html").render(items=[_Item("A")]) == "[A]<A><A>"


def test_leads_that_are_equal_but_print_differently_are_kept_apart(tmp_path: Path):
    """`True == 1` and `False == 0` (and hash alike), but a card printing `lead` shows them differently."""
    env = _card_env(tmp_path, "[{{ lead }}]")
    (tmp_path / "page.html").write_text(
        "{% for item in items %}{% for lead in [true, 1, false, 0, true, 1] %}"
        '{% include "partials/card.html" %}{% endfor %}{% endfor %}', encoding="utf-8")
    assert env.get_template("page.html").render(items=[_Item("A")]) == "[True][1][False][0][True][1]"


def test_a_card_that_writes_into_the_pages_namespace_is_rendered_every_time(tmp_path: Path):
    """`{% set ns.last = item.title %}` names `ns` without reading it (an NSRef, no Name): the page's
    namespace changes with every card, which a kept rendering would skip."""
    env = _card_env(tmp_path, "[{% set ns.last = item.title %}]")
    (tmp_path / "page.html").write_text(
        '{% set ns = namespace(last="") %}{% for item in items %}{% set lead = true %}'
        '{% include "partials/card.html" %}{{ ns.last }}{% endfor %}', encoding="utf-8")
    a, b = _Item("A"), _Item("B")
    assert env.get_template("page.html").render(items=[a, b, a]) == "[]A[]B[]A"
