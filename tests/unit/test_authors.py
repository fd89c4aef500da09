"""content/authors.py: data/authors.yaml read into AuthorProfile records, every problem at its line."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from warta.content.authors import MAX_BIO, MAX_BYTES, AuthorProfile, load_authors

ARTICLES = (SimpleNamespace(authors=("Rina Wulandari", "Budi Santoso")), SimpleNamespace(authors=("Sari Dewi",)))
"""Stand-ins for the articles read: only their `authors` are asked for."""


def load(tmp_path: Path, text: str | bytes, articles=ARTICLES):
    path = tmp_path / "data" / "authors.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return load_authors(tmp_path, articles)


def messages(tmp_path: Path, text: str) -> list[str]:
    return [problem.format() for problem in load(tmp_path, text)[1]]


def test_reads_every_field_by_the_authors_url_name(tmp_path):
    profiles, problems = load(tmp_path, """\
# Profil penulis.
Rina Wulandari:
  job_title: Redaktur Pelaksana
  bio: >-
    Meliput pangan
    sejak 2015.
  url: https://rina.example.com/
  same_as: [https://x.com/rina, https://x.com/rina, https://www.linkedin.com/in/rina]
  email: rina@contoh.id
sari dewi:
Budi Santoso:
  job_title: ""
""")
    assert problems == []
    assert profiles == {
        "rina-wulandari": AuthorProfile("Rina Wulandari", "Redaktur Pelaksana", "Meliput pangan sejak 2015.",
                                        "https://rina.example.com/", ("https://x.com/rina",
                                                                      "https://www.linkedin.com/in/rina"),
                                        "rina@contoh.id"),
        "sari-dewi": AuthorProfile("sari dewi"),  # the page of "Sari Dewi": one URL name
        "budi-santoso": AuthorProfile("Budi Santoso"),
    }


def test_no_file_means_no_profiles(tmp_path):
    assert load_authors(tmp_path, ARTICLES) == ({}, [])


@pytest.mark.parametrize("text, message", [
    ("Rina Wulandari:\n  url: http://rina.example.com/\n",
     "data/authors.yaml:2: url: must be an https:// URL, not 'http://rina.example.com/' (of \"Rina Wulandari\") — "
     "write the author's own page, https:// first"),
    ("Rina Wulandari:\n  job_title: Redaktur\n  same_as:\n    - https://x.com/rina\n    - linkedin.com/in/rina\n",
     "data/authors.yaml:5: same_as: item 2 must be an https:// URL, not 'linkedin.com/in/rina' "
     "(of \"Rina Wulandari\") — write the account's full address, https:// first"),
    ("Rina Wulandari:\n  same_as: https://x.com/rina\n",
     "data/authors.yaml:2: same_as: must be a list of https URLs (of \"Rina Wulandari\") — "
     "for example `same_as: [https://x.com/nama]`"),
    ("Rina Wulandari:\n  email: rina\n",
     "data/authors.yaml:2: email: must be an e-mail address such as redaksi@contoh.id, not 'rina' "
     "(of \"Rina Wulandari\") — or leave `email:` out"),
    ("Rina Wulandari:\n  job_title: [Redaktur]\n",
     "data/authors.yaml:2: job_title: must be text, not list (of \"Rina Wulandari\") — put it in double quotes"),
    ("Rina Wulandari:\n  bio: " + "a" * (MAX_BIO + 1) + "\n",
     f"data/authors.yaml:2: bio: has {MAX_BIO + 1} characters; at most {MAX_BIO} (of \"Rina Wulandari\") — "
     "shorten it to a paragraph"),
    ("Rina Wulandari: Redaktur\n",
     "data/authors.yaml:1: \"Rina Wulandari\" must be a mapping of job_title, bio, url, same_as, email, photo — "
     "indent `job_title: Redaktur` lines under the name"),
    ("Rina Wulandari:\n  job_title: A\nrina wulandari:\n  job_title: B\n",
     "data/authors.yaml:3: \"rina wulandari\" is the author \"Rina Wulandari\" again (line 1): one author, one page "
     "— merge the two entries"),
    ("Rina Wulandari:\n  job_title: 'Redaktur\n",
     "data/authors.yaml:2: YAML syntax error: found unexpected end of stream while scanning a quoted scalar — "
     "close the quote or bracket opened on this line"),
    ("- Rina Wulandari\n",
     "data/authors.yaml:1: the authors' file is a list, not a set of fields — "
     "write one `field: value` per line, for example `title: Judul Artikel`"),
])
def test_a_value_of_the_wrong_kind_is_an_error_at_its_line(tmp_path, text, message):
    profiles, problems = load(tmp_path, text)
    assert [p.format() for p in problems] == [message]
    assert not problems[0].warning
    assert "rina-wulandari" not in profiles or "again" in message


def test_an_entry_no_article_names_is_a_warning_with_a_suggestion(tmp_path):
    assert messages(tmp_path, "Rina Wulandary:\n  job_title: Redaktur\nAnton:\n  job_title: Editor\n") == [
        "data/authors.yaml:1: warning: no article names the author \"Rina Wulandary\" — "
        "did you mean 'Rina Wulandari'?",
        "data/authors.yaml:3: warning: no article names the author \"Anton\" — "
        "write the name as the articles' `author:` does, or remove the entry",
    ]


def test_an_unknown_field_is_a_warning_with_a_suggestion(tmp_path):
    profiles, problems = load(tmp_path, "Rina Wulandari:\n  jobtitle: Redaktur\n  foto: rina.jpg\n")
    assert [p.format() for p in problems] == [
        "data/authors.yaml:2: warning: jobtitle: is not a known field (of \"Rina Wulandari\") — "
        "did you mean 'job_title'?",
        "data/authors.yaml:3: warning: foto: is not a known field (of \"Rina Wulandari\") — "
        "did you mean 'photo'?",  # (issue 17: `photo` is a field now)
    ]
    assert profiles == {"rina-wulandari": AuthorProfile("Rina Wulandari")}


def test_every_problem_of_the_file_is_reported_at_once(tmp_path):
    problems = load(tmp_path, "Rina Wulandari:\n  url: rina.id\n  email: x\nSari Dewi:\n  same_as: [a]\n")[1]
    assert [(p.line, p.field) for p in problems] == [(2, "url"), (3, "email"), (5, "same_as")]


@pytest.mark.parametrize("make, message", [
    (lambda path: path.mkdir(), "data/authors.yaml: is not a file — make it a YAML file, or remove it"),
    (lambda path: path.write_bytes(b"Rina: \xff\n"),
     "data/authors.yaml: is not UTF-8 text (invalid start byte) — save it as UTF-8"),
    (lambda path: path.write_bytes(b"#" * (MAX_BYTES + 1)),
     f"data/authors.yaml: is {MAX_BYTES + 1:,} bytes; at most {MAX_BYTES:,} — keep one short entry per author"),
])
def test_a_file_that_cannot_be_read_is_a_problem_not_a_traceback(tmp_path, make, message):
    (tmp_path / "data").mkdir()
    make(tmp_path / "data" / "authors.yaml")
    assert [p.format() for p in load_authors(tmp_path, ARTICLES)[1]] == [message]


# --- photo (issue 17) ---------------------------------------------------------------------------

def _picture(path: Path, size=(120, 90)) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (200, 30, 30)).save(path)


def test_a_photo_is_a_picture_of_static_with_its_size(tmp_path):
    _picture(tmp_path / "static/gambar/penulis/rina.jpg")
    profiles, problems = load(tmp_path, "Rina Wulandari:\n  photo: /gambar/penulis/rina.jpg\n")
    assert problems == []
    assert (profiles["rina-wulandari"].photo, profiles["rina-wulandari"].photo_size) == ("/gambar/penulis/rina.jpg", (120, 90))


@pytest.mark.parametrize("value, message", [
    ("gambar/rina.jpg", "is not a site path to a picture"),
    ("https://contoh.id/rina.jpg", "is not a site path to a picture"),
    ("javascript:alert(1)", "is not a site path to a picture"),
    ("/gambar/rina.txt", "is not a site path to a picture"),
    ("/../data/authors.jpg", "is not a site path to a picture"),
    ("/gambar/hilang.jpg", "is not a file of static/"),
    ("/gambar/rusak.jpg", "is not a picture that can be read"),
    # The hostile probe of issue 17: a TIFF renamed .jpg, names a page would have to encode, a camera original.
    ("/gambar/tiff.jpg", "is a TIFF file"),
    ("/gambar/a b.jpg", "has a character a web address must encode"),
    ("/gambar/c#d.jpg", "has a character a web address must encode"),
    ("/gambar/e%20f.jpg", "has a character a web address must encode"),
    ("/gambar/besar.png", "is 2400x100 pixels"),
])
def test_a_photo_that_is_not_a_picture_of_static_is_an_error_at_its_line(tmp_path, value, message):
    from PIL import Image

    (tmp_path / "static/gambar").mkdir(parents=True)
    (tmp_path / "static/gambar/rusak.jpg").write_bytes(b"bukan gambar")
    Image.new("RGB", (40, 40)).save(tmp_path / "static/gambar/tiff.jpg", format="TIFF")
    Image.new("RGB", (2400, 100)).save(tmp_path / "static/gambar/besar.png")
    profiles, problems = load(tmp_path, f"Rina Wulandari:\n  job_title: Redaktur\n  photo: \"{value}\"\n")
    [problem] = problems
    assert (problem.line, problem.field, problem.warning) == (3, "photo", False)
    assert message in problem.message and ("static/" in problem.hint or "JPEG" in problem.hint)
    assert "rina-wulandari" not in profiles
