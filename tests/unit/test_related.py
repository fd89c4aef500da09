"""Related articles carried over from the last build equal those computed afresh (`model/related.py`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.model.related import RelatedIndex, related_index

TAGS = "abcdef"


def _entries(archive: dict[str, tuple[int, tuple[str, ...]]]) -> list[tuple[str, str, tuple[str, ...]]]:
    """Archive order: newest first, then by slug (as the site model sorts)."""
    ordered = sorted(archive.items(), key=lambda item: (item[1][0], item[0]), reverse=True)
    return [(slug, f"2025-01-01T{day:02d}", tags) for slug, (day, tags) in ordered]


_tags = st.sets(st.sampled_from(TAGS), max_size=4).map(lambda tags: tuple(sorted(tags)))
_article = st.tuples(st.integers(min_value=0, max_value=20), _tags)
_step = st.one_of(
    st.tuples(st.just("add"), st.text("xyz", min_size=1, max_size=3), _article),
    st.tuples(st.just("remove"), st.integers(min_value=0), st.none()),
    st.tuples(st.just("retag"), st.integers(min_value=0), _tags),
    st.tuples(st.just("redate"), st.integers(min_value=0), st.integers(min_value=0, max_value=20)),
    st.tuples(st.just("nothing"), st.none(), st.none()),
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.dictionaries(st.text("abcdefgh", min_size=1, max_size=2), _article, max_size=14),
       st.lists(_step, min_size=1, max_size=6), st.integers(min_value=1, max_value=4))
def test_a_rebuild_ranks_related_articles_as_a_full_computation_would(archive, steps, count):
    """Any history of added, removed, re-tagged and re-dated articles: each rebuild's lists, carried
    over from the one before, are the lists computed from nothing."""
    earlier = related_index(_entries(archive), count)
    for kind, which, value in steps:
        slugs = sorted(archive)
        if kind == "add":
            archive[f"new-{which}"] = value
        elif kind != "nothing" and slugs:
            slug = slugs[which % len(slugs)]
            day, tags = archive[slug]
            if kind == "remove":
                del archive[slug]
            elif kind == "retag":
                archive[slug] = (day, value)
            else:
                archive[slug] = (value, tags)
        entries = _entries(archive)
        carried = related_index(entries, count, earlier)
        assert carried == related_index(entries, count)
        earlier = carried


def test_related_articles_share_most_tags_then_are_newest_and_never_the_neighbours():
    entries = [("e", "5", ("a", "b")), ("d", "4", ("a", "b", "c")), ("c", "3", ("a",)), ("b", "2", ("a", "b", "c")),
               ("a", "1", ("a", "b", "c"))]
    index = related_index(entries, 2)
    # d: e and c are its neighbours; b and a share all three tags, b is newer.
    assert dict(zip([slug for slug, _, _ in entries], index.related)) == {
        "e": ("b", "a"), "d": ("b", "a"), "c": ("e", "a"), "b": ("d", "e"), "a": ("d", "e")}


def test_an_unchanged_archive_keeps_every_list_and_a_new_count_ranks_again():
    entries = [("b", "2", ("a",)), ("a", "1", ("a",)), ("c", "0", ("a",))]
    first = related_index(entries, 1)
    assert related_index(entries, 1, first).related is not None
    assert related_index(entries, 1, first) == first
    assert related_index(entries, 2, first) == related_index(entries, 2)
    assert related_index(entries, 0, first) == RelatedIndex(0, tuple(entries), ((), (), ()))
