"""The fingerprint contract of builder/fingerprints.py: what an output's fingerprint must cover.

Each test here fails when the contract and the code drift apart: a new `ArticleView` field that is
declared neither body nor card, a card digest that misses what listings show, and an output that
changes with the build clock at a moment `CLOCK_WINDOWS` does not declare (or a declaration
removed), which would let a no-op build keep a stale site."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from helpers import CONFIG, article, snapshot
from warta.builder import BuildOptions, build
from warta.builder.fingerprints import BODY_FIELDS, CARD_FIELDS, CLOCK_WINDOWS, article_digests, clock_span
from warta.config import load_config
from warta.content import load_articles
from warta.markdown import render_article
from warta.render.views import ArticleView, article_view


def _view_names() -> set[str]:
    """Every field and public property of an article's template view."""
    names = {f.name for f in dataclasses.fields(ArticleView)}
    names |= {name for name, value in vars(ArticleView).items()
              if isinstance(value, property) and not name.startswith("_")}
    return names


def test_every_article_view_field_is_declared_body_or_card():
    """A field added to ArticleView must be declared in BODY_FIELDS (re-renders only the pages whose
    templates read it) or CARD_FIELDS (covered by the card digest listings are fingerprinted with)."""
    undeclared = _view_names() - set(BODY_FIELDS) - set(CARD_FIELDS)
    assert not undeclared, f"ArticleView fields declared neither body nor card: {sorted(undeclared)}"
    assert not set(BODY_FIELDS) & set(CARD_FIELDS)
    assert set(BODY_FIELDS) | set(CARD_FIELDS) == _view_names(), "a declared field ArticleView no longer has"


def _rendered(tmp_path: Path, name: str, text: str):
    root = tmp_path / name
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "articles" / "a.md").write_text(text, encoding="utf-8")
    config, _ = load_config(root)
    source = load_articles(root, config).articles[0]
    return render_article(source, config), source, config


def _digested(tmp_path: Path, name: str, text: str):
    rendered, source, config = _rendered(tmp_path, name, text)
    digest, card = article_digests(rendered, source.body)
    return digest, card, article_view(rendered, config)


BODY_ONE = "## Bagian satu\n\nParagraf pertama yang sama.\n\nLalu isi yang lain sekali.\n"
BODY_TWO = "## Bagian dua\n\nParagraf pertama yang sama.\n\nLalu isi yang lain juga.\n"


def test_the_full_digest_covers_every_field_of_the_rendered_body_and_the_markdown(tmp_path: Path):
    """Issue 22: the body goes into the full digest as `body_print` (its packed fields by their SHA-256):
    a change to any one field of it, or to the Markdown alone, changes the digest; the same article
    rendered again gives the same one."""
    from warta.builder.fingerprints import body_print
    from warta.markdown import Oversize

    rendered, source, _ = _rendered(tmp_path, "one", article(body=BODY_ONE, summary="Ringkasan."))
    again, _, _ = _rendered(tmp_path, "again", article(body=BODY_ONE, summary="Ringkasan."))
    digest = article_digests(rendered, source.body)[0]
    assert article_digests(again, source.body)[0] == digest
    assert article_digests(rendered, source.body + " ")[0] != digest
    other = {"packed": b"x", "packed_outline": b"y", "word_count": 9999, "first_paragraph": "lain",
             "packed_links": b"z", "too_deep": 3, "too_large": Oversize(1, "besar", "kecilkan")}
    assert set(other) == {field.name for field in dataclasses.fields(rendered.body)}, "a new field: add it here"
    for name, value in other.items():
        changed = dataclasses.replace(rendered, body=dataclasses.replace(rendered.body, **{name: value}))
        assert body_print(changed.body) != body_print(rendered.body), name
        assert article_digests(changed, source.body)[0] != digest, name


def test_the_card_digest_covers_exactly_what_card_fields_show(tmp_path: Path):
    """Two articles that differ only in their body (same summary, same reading time): every card field
    of their views is equal and so are their card digests, while a body field and the full digest
    differ. A card field that changes (the title) changes the card digest."""
    one = _digested(tmp_path, "one", article(body=BODY_ONE, summary="Ringkasan."))
    two = _digested(tmp_path, "two", article(body=BODY_TWO, summary="Ringkasan."))
    retitled = _digested(tmp_path, "three", article(title="Judul Lain", body=BODY_ONE, summary="Ringkasan."))
    for name in CARD_FIELDS:
        assert getattr(one[2], name) == getattr(two[2], name), name
    assert one[2].outline != two[2].outline and one[2].body != two[2].body
    assert one[1] == two[1], "the card digest changed with the body alone"
    assert one[0] != two[0], "the full digest missed the body"
    assert retitled[1] != one[1], "the card digest missed the title"


def test_the_editors_note_is_a_body_field(tmp_path: Path):
    """`note` is declared a body field: the card digest leaves it out, the full digest does not."""
    plain = _digested(tmp_path, "plain", article(body=BODY_ONE, summary="Ringkasan."))
    noted = _digested(tmp_path, "noted", article(body=BODY_ONE, summary="Ringkasan.", note="Diperbarui."))
    assert plain[1] == noted[1] and plain[0] != noted[0]


NOW = datetime.fromisoformat("2025-06-20T12:00:00+07:00")
DAY = timedelta(days=1)


def _site(root: Path, articles: dict[str, dict]) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    for name, fields in articles.items():
        fields = {key: value.isoformat() if isinstance(value, datetime) else value for key, value in fields.items()}
        (root / "articles" / f"{name}.md").write_text(
            article(title=name.title(), body=f"Isi artikel {name}.", tags=["Uji"], category="Nasional", **fields),
            encoding="utf-8")
    return root


def _built(root: Path, now: datetime, out: Path) -> dict[str, bytes]:
    build(BuildOptions(root=root, output=out, now=now, search=False, jobs=1, clean=True))
    return snapshot(out)


# Each site has, as the first moment after NOW, one kind of declared window: removing that declaration
# from CLOCK_WINDOWS widens the span clock_span gives, and the probe near its new end then differs.
SCENARIOS = {
    "news sitemap exit": {"baru": {"date": NOW - DAY}, "nanti": {"date": NOW + 3 * DAY},
                          "lama": {"date": NOW - 30 * DAY, "expires": NOW + 5 * DAY}},
    "publication": {"lama": {"date": NOW - 30 * DAY}, "nanti": {"date": NOW + DAY},
                    "lain": {"date": NOW - 20 * DAY, "expires": NOW + 5 * DAY}},
    "expiry": {"lama": {"date": NOW - 30 * DAY, "expires": NOW + DAY}, "nanti": {"date": NOW + 3 * DAY}},
}


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_no_output_changes_with_the_clock_inside_the_declared_span(tmp_path: Path, scenario: str):
    """Every output built at any moment of the span clock_span declares for NOW is the output built at
    NOW, byte for byte; at the span's end it is not (the span is no wider than the site's moments). An
    output that shows the clock in an undeclared way (a page kind with "today's" date, a window of its
    own) fails here."""
    root = _site(tmp_path / "site", SCENARIOS[scenario])
    config, _ = load_config(root)
    articles = tuple(render_article(source, config) for source in load_articles(root, config).articles)
    span = clock_span(articles, NOW)
    assert span.end is not None and span.end - NOW <= DAY, span
    at_now = _built(root, NOW, tmp_path / "now")
    probes = [span.end - timedelta(seconds=1), NOW + (span.end - NOW) / 2]
    if span.start is not None:
        probes.append(span.start)
    for probe in probes:
        assert _built(root, probe, tmp_path / "probe") == at_now, f"output changed at {probe}, inside {span}"
    assert _built(root, span.end, tmp_path / "end") != at_now, "nothing changed where the span ends"

