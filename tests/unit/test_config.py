"""config.py: reading and checking warta.yaml into a frozen SiteConfig."""

from __future__ import annotations

import dataclasses

import pytest

from warta.config import Organization, SiteConfig, check_page, load_config, site_path
from warta.errors import ConfigError


def load(tmp_path, text: str | bytes, base_url: str | None = None):
    path = tmp_path / "warta.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return load_config(tmp_path, base_url)


def problems_of(tmp_path, text: str, base_url: str | None = None):
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text, base_url)
    return caught.value.problems


def only_problem(tmp_path, text: str, base_url: str | None = None):
    [problem] = problems_of(tmp_path, text, base_url)
    assert not problem.warning
    return problem


def test_minimal_config_gets_the_defaults(tmp_path):
    config, warnings = load(tmp_path, "title: Warta Uji\n")
    assert warnings == ()
    assert config == SiteConfig(title="Warta Uji")
    assert (config.base_url, config.base_path, config.absolute) == ("/", "/", False)
    assert (config.language, config.timezone, config.per_page, config.allow_html) == ("id", "Asia/Jakarta", 10, False)
    assert config.zone.key == "Asia/Jakarta"


def test_config_is_frozen(tmp_path):
    config, _ = load(tmp_path, "title: Warta Uji\n")
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.title = "Lain"


def test_reads_every_setting(tmp_path):
    config, _ = load(tmp_path, "\ufefftitle: ' Warta '\ndescription: Berita.\nbase_url: https://contoh.id/\n"
                               "language: en\ntimezone: Asia/Makassar\nper_page: 5\nallow_html: true\nauthor: Redaksi\n"
                               "footer: Kaki\ntoc_min_headings: 2\nrelated_count: 0\nwords_per_minute: 250\n"
                               "summary_warn_length: 150\nextra:\n  twitter: warta\n")
    assert config.title == "Warta"
    assert (config.language, config.timezone, config.per_page, config.allow_html) == ("en", "Asia/Makassar", 5, True)
    assert (config.author, config.footer, config.toc_min_headings, config.related_count) == ("Redaksi", "Kaki", 2, 0)
    assert (config.words_per_minute, config.summary_warn_length) == (250, 150)
    assert config.extra == {"twitter": "warta"}


def test_missing_warta_yaml_says_where_it_looked_and_what_to_do(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "situs")
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == ("warta.yaml", None)
    assert problem.message == f"no warta.yaml in {tmp_path / 'situs'}"
    assert "pass --source" in problem.hint
    assert caught.value.exit_code == 1


@pytest.mark.parametrize("text, line, message", [
    ("description: Berita.\n", 1, "is missing or empty"),
    ("description: Berita.\ntitle: ''\n", 2, "is missing or empty"),
    ("title:\n", 1, "is missing or empty"),
])
def test_rejects_missing_or_empty_title(tmp_path, text, line, message):
    problem = only_problem(tmp_path, text)
    assert (problem.path, problem.line, problem.field, problem.message) == ("warta.yaml", line, "title", message)
    assert "title:" in problem.hint


def test_title_of_the_wrong_type_is_reported_once(tmp_path):
    problem = only_problem(tmp_path, "title: [a, b]\n")
    assert problem.message == "must be text, not list"


@pytest.mark.parametrize("value, reason", [
    ("contoh.id/berita", '"contoh.id/berita" must be absolute (https://…) or start with /'),
    ("ftp://contoh.id/", '"ftp://contoh.id/" must start with http:// or https://'),
    ("https://", '"https://" has no host name'),
    ("https://contoh.id/?a=1", '"https://contoh.id/?a=1" must not contain ? or #'),
    ("/berita/#atas", '"/berita/#atas" must not contain ? or #'),
    ("//contoh.id/", '"//contoh.id/" has no scheme; start it with https://'),
])
def test_rejects_bad_base_url_forms_with_an_example(tmp_path, value, reason):
    problem = only_problem(tmp_path, f"title: X\nbase_url: '{value}'\n")
    assert (problem.line, problem.field, problem.message) == (2, "base_url", reason)
    assert "base_url: https://example.org/" in problem.hint


@pytest.mark.parametrize("text", ["title: X\nbase_url: ''\n", "title: X\nbase_url: 5\n"])
def test_rejects_empty_or_non_text_base_url(tmp_path, text):
    assert only_problem(tmp_path, text).field == "base_url"


@pytest.mark.parametrize("value, base_url, base_path, absolute", [
    ("https://example.org/berita", "https://example.org/berita/", "/berita/", True),
    ("https://example.org", "https://example.org/", "/", True),
    ("http://localhost:8000/", "http://localhost:8000/", "/", True),
    ("/berita", "/berita/", "/berita/", False),
    ("/", "/", "/", False),
])
def test_base_url_gets_a_trailing_slash_and_its_path_is_the_base_path(tmp_path, value, base_url, base_path, absolute):
    config, _ = load(tmp_path, f"title: X\nbase_url: {value}\n")
    assert (config.base_url, config.base_path, config.absolute) == (base_url, base_path, absolute)


def test_absolute_url_joins_host_and_site_path(tmp_path):
    config, _ = load(tmp_path, "title: X\nbase_url: https://example.org/berita\n")
    assert config.absolute_url("/berita/artikel/a/") == "https://example.org/berita/artikel/a/"
    relative, _ = load(tmp_path, "title: X\nbase_url: /berita/\n")
    assert relative.absolute_url("/berita/artikel/a/") == "/berita/artikel/a/"


def test_base_url_override_replaces_the_config_value(tmp_path):
    config, _ = load(tmp_path, "title: X\nbase_url: https://contoh.id/\n", base_url="https://user.github.io/warta")
    assert (config.base_url, config.base_path) == ("https://user.github.io/warta/", "/warta/")


def test_bad_base_url_override_is_reported_as_the_option(tmp_path):
    problem = only_problem(tmp_path, "title: X\n", base_url="user.github.io/warta")
    assert (problem.path, problem.line, problem.field) == ("--base-url", None, None)
    assert problem.format().startswith('--base-url: "user.github.io/warta" must be absolute')


@pytest.mark.parametrize("value", ["Mars/Olympus", "WIB", "''"])
def test_rejects_unknown_time_zone(tmp_path, value):
    problem = only_problem(tmp_path, f"title: X\ntimezone: {value}\n")
    assert (problem.line, problem.field) == (2, "timezone")
    assert problem.message.endswith("is not a time zone")
    assert problem.hint == "use an IANA name such as Asia/Jakarta"


@pytest.mark.parametrize("value", ["xx-zz", "bahasa", "''"])
def test_rejects_unknown_language(tmp_path, value):
    problem = only_problem(tmp_path, f"title: X\nlanguage: {value}\n")
    assert (problem.line, problem.field) == (2, "language")
    assert problem.message.endswith("is not a known language code")
    assert problem.hint == "use id for Indonesian"


@pytest.mark.parametrize("value", ["0", "1001", "-5", "2.5", "true", "sepuluh"])
def test_rejects_per_page_out_of_range(tmp_path, value):
    problem = only_problem(tmp_path, f"title: X\nper_page: {value}\n")
    assert (problem.line, problem.field) == (2, "per_page")
    assert problem.message.startswith("must be a whole number from 1 to 1000, not ")


def test_toc_min_words_is_a_word_count_defaulting_to_800(tmp_path):
    assert load(tmp_path, "title: X\n")[0].toc_min_words == 800
    assert load(tmp_path, "title: X\ntoc_min_words: 0\n")[0].toc_min_words == 0


@pytest.mark.parametrize("value", ["-1", "1000001", "2.5", "banyak"])
def test_rejects_toc_min_words_out_of_range(tmp_path, value):
    problem = only_problem(tmp_path, f"title: X\ntoc_min_words: {value}\n")
    assert (problem.line, problem.field) == (2, "toc_min_words")
    assert problem.message.startswith("must be a whole number from 0 to 1000000, not ")


@pytest.mark.parametrize("value", ["1", "1000"])
def test_accepts_per_page_at_the_range_ends(tmp_path, value):
    config, _ = load(tmp_path, f"title: X\nper_page: {value}\n")
    assert config.per_page == int(value)


def test_rejects_allow_html_that_is_not_true_or_false(tmp_path):
    problem = only_problem(tmp_path, "title: X\nallow_html: 'ya'\n")
    assert (problem.field, problem.message) == ("allow_html", "must be true or false, not 'ya'")


def test_unknown_setting_is_a_warning_with_a_suggestion(tmp_path):
    config, warnings = load(tmp_path, "title: X\nperpage: 5\n")
    assert config.per_page == 10
    [warning] = warnings
    assert warning.warning
    assert warning.format() == "warta.yaml:2: warning: perpage: is not a known setting — did you mean 'per_page'?"


def test_unknown_setting_without_a_close_name_points_to_extra(tmp_path):
    _, [warning] = load(tmp_path, "title: X\nwarna_tema: biru\n")
    assert warning.hint == "put free-form values under `extra:`"


def test_reports_every_config_problem_at_once_sorted_by_line(tmp_path):
    problems = problems_of(tmp_path, "base_url: contoh.id\ntimezone: Bulan/Purnama\nper_page: 0\ntitel: X\n")
    assert [(p.line, p.field, p.warning) for p in problems] == [
        (1, "base_url", False), (1, "title", False), (2, "timezone", False), (3, "per_page", False),
        (4, "titel", True),
    ]


def test_yaml_syntax_error_in_config_has_its_line(tmp_path):
    problem = only_problem(tmp_path, "title: X\nfooter: Hak cipta: Warta\n")
    assert (problem.path, problem.line) == ("warta.yaml", 2)
    assert problem.message.startswith("YAML syntax error")


def test_config_that_is_a_list_is_named_as_the_config(tmp_path):
    problem = only_problem(tmp_path, "- title: X\n")
    assert problem.message == "the config is a list, not a set of fields"


def test_config_that_is_not_utf8_is_reported(tmp_path):
    problem = only_problem(tmp_path, b"title: Warta \xe9\n")
    assert problem.path == "warta.yaml"
    assert problem.message.startswith("is not UTF-8 text")


# --- cname (issue 8) ----------------------------------------------------------------------------

def test_cname_is_a_lower_cased_host_name(tmp_path):
    config, _ = load(tmp_path, "title: X\ncname: Berita.Contoh.ID.\n")
    assert config.cname == "berita.contoh.id"
    assert load(tmp_path, "title: X\n")[0].cname == ""


@pytest.mark.parametrize("value, message", [
    ("https://berita.contoh.id/", '"https://berita.contoh.id/" is a URL or path, not a host name'),
    ("berita.contoh.id/x", '"berita.contoh.id/x" is a URL or path, not a host name'),
    ("berita.contoh.id:8080", '"berita.contoh.id:8080" has a port; a custom domain has none'),
    ("localhost", '"localhost" is not a host name (dot-separated labels of a-z, 0-9 and inner hyphens, '
                  "at least two labels)"),
    ("-x.contoh.id", '"-x.contoh.id" is not a host name (dot-separated labels of a-z, 0-9 and inner hyphens, '
                     "at least two labels)"),
    ("berita_baru.contoh.id", '"berita_baru.contoh.id" is not a host name (dot-separated labels of a-z, 0-9 and '
                              "inner hyphens, at least two labels)"),
    ("192.168.1.10", '"192.168.1.10" is an IP address, not a domain name'),
    ("bérita.id", '"bérita.id" is not ASCII; write an internationalised name in its xn-- form'),
])
def test_cname_that_is_not_a_host_name_is_an_error_with_its_line(tmp_path, value, message):
    problem = only_problem(tmp_path, f"title: X\ncname: {value}\n")
    assert (problem.path, problem.line, problem.field, problem.message) == ("warta.yaml", 2, "cname", message)
    assert problem.hint == "write only the host name, for example `cname: berita.contoh.id`"


# --- issue 21: what YAML can smuggle into warta.yaml -------------------------------------------------

@pytest.mark.parametrize("line2, message", [
    ("per_page: !!int 0xZZ", '"0xZZ" is not a valid !!int'),
    ("allow_html: !!bool maybe", '"maybe" is not a valid !!bool'),
    ("description: !!float abc", '"abc" is not a valid !!float'),
    ("extra: {waktu: !!timestamp 2025-13-45}", '"2025-13-45" is not a valid !!timestamp'),
    ("footer: " + "9" * 5000, "a number of 5000 digits is too long to read"),
    ("extra: {data: !!binary aGFsbw==}", "the YAML tag !!binary is not allowed here"),
    ("extra: !!set {a, b}", "the YAML tag !!set is not allowed here"),
    ("footer: !!python/object/apply:os.system [ls]", "the YAML tag !!python/object/apply:os.system is not allowed here"),
])
def test_a_tag_or_value_yaml_cannot_read_is_a_config_problem_on_its_line(tmp_path, line2, message):
    problem = only_problem(tmp_path, f"title: X\n{line2}\n")
    assert (problem.path, problem.line, problem.message) == ("warta.yaml", 2, message)


def test_an_alias_bomb_in_the_config_is_refused(tmp_path):
    # Issue 21: 452 bytes of nested aliases under `extra:` took 3.1 GB of memory.
    levels = ['  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"  {n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]" for p, n in zip("abcdefgh", "bcdefghi")]
    problem = only_problem(tmp_path, "title: X\nextra:\n" + "\n".join(levels) + "\n")
    assert (problem.line, problem.field) == (2, "extra")
    assert problem.message == "YAML aliases (*name) make this more than 10,000 values"


def test_a_control_character_written_as_an_escape_is_a_config_problem(tmp_path):
    problems = problems_of(tmp_path, 'title: "Warta\\x1b[31m"\nfooter: "a\\0b"\nextra: {x: "\\ud800"}\n')
    assert [(p.line, p.field, p.message) for p in problems] == [
        (1, "title", "contains the control character U+001B"), (2, "footer", "contains the control character U+0000"),
        (3, "extra", "contains U+D800, which is not a character")]


@pytest.mark.parametrize("value", ["https://berita.conto[h.id/", "https://[::1/", "https://contoh.id:abc/",
                                   "https://contoh.id:99999/"])
def test_a_base_url_python_cannot_split_is_a_problem_not_a_traceback(tmp_path, value):
    """An unmatched bracket or a bad port made urlsplit raise ValueError out of load_config."""
    problem = only_problem(tmp_path, f"title: X\nbase_url: '{value}'\n")
    assert problem.line == 2 and f'"{value}" is not a URL' in problem.message


# -- organization: (issue 18) ----------------------------------------------------------------------

ORG = "title: Warta Uji\nbase_url: https://contoh.id/\norganization:\n"


def test_organization_reads_pages_urls_accounts_and_dates(tmp_path):
    config, warnings = load(tmp_path, ORG + "  masthead: redaksi\n  corrections_policy: /kebijakan-ralat/\n"
                                            "  ethics_policy: https://dewanpers.or.id/kode-etik\n"
                                            "  publishing_principles: pedoman/media-siber\n  contact: kontak.html\n"
                                            "  same_as: [https://x.com/warta, https://x.com/warta]\n"
                                            "  founding_date: 2019\n  email: redaksi@contoh.id\n"
                                            "  diversity_policy:\n")
    assert warnings == ()
    org = config.organization
    assert org.policies == (("masthead", "redaksi/"), ("corrections_policy", "kebijakan-ralat/"),
                            ("ethics_policy", "https://dewanpers.or.id/kode-etik"),
                            ("publishing_principles", "pedoman/media-siber/"))
    assert (org.contact, org.same_as, org.founding_date, org.email) == (
        "kontak.html", ("https://x.com/warta",), "2019", "redaksi@contoh.id")
    # What the lead's "a page of the built site" check reads: the site paths only, with their lines.
    assert org.pages() == (("masthead", "redaksi/"), ("corrections_policy", "kebijakan-ralat/"),
                           ("publishing_principles", "pedoman/media-siber/"), ("contact", "kontak.html"))
    assert org.lines["masthead"] == 4 and org.lines["contact"] == 8


def test_organization_is_optional_and_its_lines_stay_out_of_the_config_repr(tmp_path):
    """The build's fingerprints digest repr(config): a comment added above `organization:` moves its
    lines but must not make every page look changed."""
    assert load(tmp_path, "title: Warta Uji\n")[0].organization == Organization()
    one, _ = load(tmp_path, ORG + "  masthead: redaksi\n")
    two, _ = load(tmp_path, "# komentar\n" + ORG + "  masthead: redaksi\n")
    assert one.organization.lines != two.organization.lines
    assert repr(one) == repr(two)


@pytest.mark.parametrize("value, path", [
    ("redaksi", "redaksi/"), ("/redaksi/", "redaksi/"), ("redaksi/", "redaksi/"), ("  /redaksi  ", "redaksi/"),
    ("tentang/tim", "tentang/tim/"), ("/ralat.html", "ralat.html"), ("/", ""),
])
def test_site_path_normalises_the_ways_of_writing_a_page(value, path):
    assert site_path(value) == path
    assert check_page(value.strip()) is None


@pytest.mark.parametrize("line, message", [
    ("  masthead: http://contoh.id/redaksi/\n",
     'warta.yaml:4: organization.masthead: "http://contoh.id/redaksi/" must be an https:// URL — '
     "write a page of this site as `redaksi` or `/redaksi/`, or a full https:// URL"),
    ("  masthead: //contoh.id/redaksi/\n",
     'warta.yaml:4: organization.masthead: "//contoh.id/redaksi/" must be an https:// URL — '
     "write a page of this site as `redaksi` or `/redaksi/`, or a full https:// URL"),
    ("  corrections_policy: ../rahasia\n",
     'warta.yaml:4: organization.corrections_policy: "../rahasia" is not a path of this site '
     "(letters, digits, - _ . ~ between slashes) — write a page of this site as `redaksi` or `/redaksi/`, "
     "or a full https:// URL"),
    ("  ethics_policy: redaksi#tim\n",
     'warta.yaml:4: organization.ethics_policy: "redaksi#tim" is not a path of this site '
     "(letters, digits, - _ . ~ between slashes) — write a page of this site as `redaksi` or `/redaksi/`, "
     "or a full https:// URL"),
    ("  contact: mailto:redaksi@contoh.id\n",
     'warta.yaml:4: organization.contact: "mailto:redaksi@contoh.id" is neither a path of this site nor an '
     "https URL — write a page of this site as `redaksi` or `/redaksi/`, or a full https:// URL"),
    ("  masthead: [redaksi]\n",
     "warta.yaml:4: organization.masthead: must be a path of this site or an https URL, not ['redaksi'] — "
     "write a page of this site as `redaksi` or `/redaksi/`, or a full https:// URL"),
    ("  same_as: https://x.com/warta\n",
     "warta.yaml:4: organization.same_as: must be a list of https URLs of the newsroom's accounts — "
     "for example `same_as: [https://x.com/wartateknologi]`"),
    ("  same_as:\n    - https://x.com/warta\n    - x.com/warta\n",
     "warta.yaml:6: organization.same_as: item 2 must be an https:// URL, not 'x.com/warta' — "
     "write the account's full address, https:// first"),
    ("  email: redaksi di contoh.id\n",
     "warta.yaml:4: organization.email: must be an e-mail address such as redaksi@contoh.id, "
     "not 'redaksi di contoh.id' — or leave `email:` out"),
    ("  founding_date: 2019-02-30\n",
     "warta.yaml:4: organization.founding_date: must be a year or a date (YYYY, YYYY-MM or YYYY-MM-DD), "
     "not '2019-02-30' — for example `founding_date: 2019-03-01`"),
])
def test_organization_values_that_are_not_pages_urls_or_dates_are_errors_at_their_line(tmp_path, line, message):
    assert only_problem(tmp_path, ORG + line).format() == message


def test_organization_that_is_not_a_mapping_is_an_error(tmp_path):
    problem = only_problem(tmp_path, ORG.replace("organization:\n", "organization: redaksi\n"))
    assert problem.format() == ("warta.yaml:3: organization: must be a mapping of the newsroom's pages and accounts"
                                " — indent `masthead: redaksi` lines under `organization:`")


def test_unknown_organization_key_is_a_warning_with_a_suggestion(tmp_path):
    config, warnings = load(tmp_path, ORG + "  masthead: redaksi\n  corection_policy: ralat\n  alamat: Jakarta\n")
    assert [w.format() for w in warnings] == [
        "warta.yaml:5: warning: organization.corection_policy: is not a known setting — "
        "did you mean 'corrections_policy'?",
        "warta.yaml:6: warning: organization.alamat: is not a known setting — "
        "see `organization:` in README.md for the keys Warta knows",
    ]
    assert config.organization.policies == (("masthead", "redaksi/"),)


def test_every_organization_problem_is_reported_at_once(tmp_path):
    problems = problems_of(tmp_path, ORG + "  masthead: http://a.id/\n  email: x\n  ownership_funding_info: a b\n")
    assert [(p.line, p.field) for p in problems] == [
        (4, "organization.masthead"), (5, "organization.email"), (6, "organization.ownership_funding_info")]


@pytest.mark.parametrize("value, reason", [
    ("https://[bad/", '"https://[bad/" is not a URL'),  # (urlsplit raised: a traceback)
    ("https://rina.example/a<b>c", '"https://rina.example/a<b>c" is not a URL (write spaces and characters such as '
                                   '< > " | \\ as %XX)'),
    ('https://x.com/a"b', None), ("https://x.com/a|b", None), ("https://x.com/%zz", None), ("https://x.com/a\\b", None),
    ("https://user:pw@x.com/", '"https://user:pw@x.com/" holds a user name or password; write the address without them'),
    ("https://x.com:99999/", '"https://x.com:99999/" is not a URL'),
])
def test_an_https_url_must_be_one_a_page_can_link_to(value, reason):
    """What the Nu checker refuses in an href is refused here, at the value's line (issue 18's review)."""
    from warta.config import check_page, https_url

    found = https_url(value)
    assert found is not None and (reason is None or found == reason)
    assert check_page(value) == found
    assert https_url("https://dewanpers.or.id/kebijakan/peraturan?id=1#pasal-2") is None


@pytest.mark.parametrize("value", ['r<i>"na,x@contoh.id', "a@b", "a b@contoh.id", "@contoh.id"])
def test_an_email_address_must_be_one_a_mailto_link_can_hold(value):
    from warta.config import check_email

    assert check_email(value) is not None
    assert check_email("redaksi.warta+ralat@contoh.co.id") is None


def test_home_takes_its_defaults_and_its_values(tmp_path):
    config, _ = load(tmp_path, "title: X\n")
    assert (config.home.latest, config.home.per_category, config.home.categories) == (4, 4, ())
    config, warnings = load(tmp_path, "title: X\nhome:\n  latest: 0\n  per_category: 4\n"
                                      "  categories: [Ekonomi, ' Nasional ', Ekonomi]\n")
    assert (config.home.latest, config.home.per_category, config.home.categories) == (0, 4, ("Ekonomi", "Nasional"))
    assert config.home.line == 5 and not warnings


@pytest.mark.parametrize("text, field, line", [
    ("home: [4]\n", "home", 2),
    ("home:\n  latest: 13\n", "home.latest", 3),
    ("home:\n  latest: true\n", "home.latest", 3),
    ("home:\n  per_category: 2.5\n", "home.per_category", 3),
    ("home:\n  per_category: 5\n", "home.per_category", 3),
    ("home:\n  categories: [Nasional, 3]\n", "home.categories", 3),
    ("home:\n  categories: ['']\n", "home.categories", 3),
])
def test_rejects_a_bad_home_value_at_its_line(tmp_path, text, field, line):
    problem = only_problem(tmp_path, "title: X\n" + text)
    assert (problem.path, problem.line, problem.field) == ("warta.yaml", line, field)


def test_an_unknown_home_key_is_a_warning_with_a_suggestion(tmp_path):
    config, [warning] = load(tmp_path, "title: X\nhome:\n  lates: 2\n")
    assert warning.warning and warning.field == "home.lates" and "latest" in str(warning)
    assert config.home.latest == 4


# -- footer_links: (issue 17) ----------------------------------------------------------------------

LINKS = "title: Warta Uji\nfooter_links:\n"


def test_footer_links_read_pages_and_urls_in_order(tmp_path):
    config, warnings = load(tmp_path, LINKS + "  - {title: Redaksi, page: redaksi}\n"
                                              "  - title: Pedoman Media Siber\n    page: /pedoman-media-siber/\n"
                                              "  - {title: Dewan Pers, url: 'https://dewanpers.or.id/'}\n")
    assert warnings == ()
    assert [(link.title, link.page, link.line) for link in config.footer_links] == [
        ("Redaksi", "redaksi/", 3), ("Pedoman Media Siber", "pedoman-media-siber/", 4),
        ("Dewan Pers", "https://dewanpers.or.id/", 6)]


def test_footer_links_absent_is_none_and_empty_is_none_of_them(tmp_path):
    assert load(tmp_path, "title: Warta Uji\n")[0].footer_links is None  # every page of pages/, as before
    assert load(tmp_path, "title: Warta Uji\nfooter_links: []\n")[0].footer_links == ()


@pytest.mark.parametrize("items, message", [
    ("  redaksi\n", "warta.yaml:2: footer_links: must be a list of links"),
    ("  - redaksi\n", "warta.yaml:3: footer_links item 1: must be a mapping of `title` and `page`, not 'redaksi'"),
    ("  - {page: redaksi}\n", "warta.yaml:3: footer_links item 1: has no `title` (the text of the link)"),
    ("  - {title: Redaksi}\n", "warta.yaml:3: footer_links item 1: must have one of `page` (a page of this site) "
                               "and `url`"),
    ("  - {title: Redaksi, page: redaksi, url: 'https://contoh.id/'}\n",
     "warta.yaml:3: footer_links item 1: must have one of `page`"),
    ("  - {title: Redaksi, pagee: redaksi}\n",
     "warta.yaml:3: footer_links item 1: has `pagee`, which is not a key of a footer link"),
    ("  - {title: Redaksi, page: ../rahasia}\n", 'warta.yaml:3: footer_links item 1: "../rahasia" is not a path'),
    ("  - {title: Redaksi, url: 'http://contoh.id/'}\n",
     "warta.yaml:3: footer_links item 1: must be an https:// URL, not 'http://contoh.id/'"),
    ("  - {title: Redaksi, page: 'https://contoh.id/redaksi/'}\n",
     'warta.yaml:3: footer_links item 1: `page` is a page of this site; write "https://contoh.id/redaksi/" as `url:`'),
    ("  - {title: Ok, page: kontak}\n  - {title: Redaksi, page: 3}\n",
     "warta.yaml:4: footer_links item 2: `page` must be a path of this site, not 3"),
])
def test_a_wrong_footer_link_is_an_error_at_its_line(tmp_path, items, message):
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, LINKS + items)
    assert message in str(caught.value)
