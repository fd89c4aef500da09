"""content/frontmatter.py: cutting the `---` block from the body, with line numbers."""

from __future__ import annotations

from warta.content.frontmatter import normalise_text, split_front_matter

PATH = "articles/a.md"


def split(text: str):
    return split_front_matter(normalise_text(text), PATH)


def test_splits_front_matter_from_body_with_line_numbers():
    result, problem = split("---\ntitle: A\ndate: 2025-06-15\n---\n\nIsi artikel.\n")
    assert problem is None
    assert result.front_matter == "title: A\ndate: 2025-06-15"
    assert result.front_matter_line == 2
    assert result.body == "\nIsi artikel.\n"
    assert result.body_line == 5
    # Line 5 of the file is the first body line: the blank line after the closing fence.
    assert "---\ntitle: A\ndate: 2025-06-15\n---\n\nIsi artikel.\n".split("\n")[result.body_line - 1] == ""


def test_body_line_follows_a_long_front_matter():
    front = "".join(f"field{i}: {i}\n" for i in range(10))
    result, _ = split(f"---\n{front}---\nBaris pertama.\n")
    assert result.body_line == 13
    assert result.body.startswith("Baris pertama.")


def test_drops_byte_order_mark():
    result, problem = split("\ufeff---\ntitle: A\n---\nIsi.\n")
    assert problem is None
    assert result.front_matter == "title: A"


def test_turns_crlf_and_cr_line_ends_into_lf():
    assert normalise_text("a\r\nb\rc\n") == "a\nb\nc\n"
    result, problem = split("---\r\ntitle: A\r\n---\r\n\r\nIsi.\r\n")
    assert problem is None
    assert result.front_matter == "title: A"
    assert result.body == "\nIsi.\n"
    assert "\r" not in result.body
    assert result.body_line == 4


def test_bom_and_crlf_together_keep_line_numbers():
    result, _ = split("\ufeff---\r\ntitle: A\r\ndate: 2025-06-15\r\n---\r\nIsi.\r\n")
    assert result.body_line == 5
    assert result.body == "Isi.\n"


def test_reports_file_without_front_matter_at_line_1():
    result, problem = split("# Judul\n\nIsi artikel.\n")
    assert result is None
    assert (problem.path, problem.line, problem.message) == (PATH, 1, "has no front matter")
    assert "`---`" in problem.hint
    assert not problem.warning


def test_reports_text_before_the_opening_fence_as_no_front_matter():
    _, problem = split("\n---\ntitle: A\n---\nIsi.\n")
    assert problem.message == "has no front matter"


def test_reports_unclosed_front_matter():
    result, problem = split("---\ntitle: A\ndate: 2025-06-15\n\nIsi artikel.\n")
    assert result is None
    assert (problem.line, problem.message) == (1, "front matter is not closed")
    assert "add a line `---`" in problem.hint


def test_reports_opening_fence_alone_as_unclosed():
    _, problem = split("---\n")
    assert problem.message == "front matter is not closed"


def test_reports_empty_file_without_line():
    for text in ("", "\n\n", "   \n\t\n", "\ufeff"):
        result, problem = split(text)
        assert result is None
        assert (problem.line, problem.message) == (None, "file is empty")
        assert "title and date" in problem.hint


def test_accepts_yaml_document_end_marker_as_closer():
    result, problem = split("---\ntitle: A\n...\nIsi.\n")
    assert problem is None
    assert result.front_matter == "title: A"
    assert result.body == "Isi.\n"
    assert result.body_line == 4


def test_allows_trailing_spaces_after_fences():
    result, problem = split("---  \ntitle: A\n--- \nIsi.\n")
    assert problem is None
    assert result.front_matter == "title: A"


def test_empty_front_matter_block_is_split():
    result, problem = split("---\n---\nIsi.\n")
    assert problem is None
    assert result.front_matter == ""
    assert result.body_line == 3


def test_only_the_first_closing_fence_ends_the_front_matter():
    result, _ = split("---\ntitle: A\n---\nSatu.\n\n---\n\nDua.\n")
    assert result.front_matter == "title: A"
    assert result.body == "Satu.\n\n---\n\nDua.\n"
