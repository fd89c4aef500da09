"""Read and validate the site config (`warta.yaml`) into a frozen SiteConfig."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError

from warta.errors import ConfigError, Problem
from warta.layout import CONFIG_NAME
from warta.yamlmap import YamlMapping, parse_mapping


ORGANIZATION_POLICIES = {
    "masthead": "masthead",
    "corrections_policy": "correctionsPolicy",
    "ethics_policy": "ethicsPolicy",
    "publishing_principles": "publishingPrinciples",
    "actionable_feedback_policy": "actionableFeedbackPolicy",
    "diversity_policy": "diversityPolicy",
    "mission_coverage_priorities_policy": "missionCoveragePrioritiesPolicy",
    "no_bylines_policy": "noBylinesPolicy",
    "ownership_funding_info": "ownershipFundingInfo",
    "unnamed_sources_policy": "unnamedSourcesPolicy",
    "verification_fact_checking_policy": "verificationFactCheckingPolicy",
}
"""`organization:` keys naming a policy page -> the schema.org property of NewsMediaOrganization
(issue 18: the Trust Project's indicators and the Press Council's guidelines ask for these pages)."""


@dataclass(frozen=True, slots=True)
class Organization:
    """The newsroom behind the site (`organization:`), the `publisher` of every article in
    structured data. Each page is a site path (`redaksi/`, see `site_path`) or an https URL."""

    policies: tuple[tuple[str, str], ...] = ()
    """(key of `ORGANIZATION_POLICIES`, page) of each policy page named, in that mapping's order."""
    contact: str = ""
    """The page telling readers how to reach the newsroom (schema.org `contactPoint`)."""
    same_as: tuple[str, ...] = ()
    """https URLs of the newsroom's own accounts elsewhere (social media)."""
    founding_date: str = ""
    """YYYY, YYYY-MM or YYYY-MM-DD."""
    email: str = ""
    """The newsroom's address for readers."""
    lines: dict[str, int] = field(default_factory=dict, repr=False, hash=False, compare=False)
    """Key -> its line in warta.yaml, for messages about a value (not part of what pages show,
    so left out of `repr`, which the build's fingerprints digest)."""

    def pages(self) -> tuple[tuple[str, str], ...]:
        """(key, site path) of every page named that is a path of this site, not a URL: each must
        be a page of the built site."""
        named = (*self.policies, ("contact", self.contact))
        return tuple((key, page) for key, page in named if page and not page.startswith("https://"))


@dataclass(frozen=True, slots=True)
class HomeConfig:
    """The home page's front (`home:`): the lead story, the latest stories, then a block per category."""

    latest: int = 4
    """Stories after the lead, each with a thumbnail (0: none)."""
    per_category: int = 4
    """Stories in each category's block (0: no category blocks)."""
    categories: tuple[str, ...] = ()
    """Categories (names or URL names) whose blocks the front shows, in this order; empty: every
    category, the one with the most articles first."""
    line: int | None = field(default=None, repr=False, hash=False, compare=False)
    """The line of `categories:` in warta.yaml, for the warning about a name no article uses."""


HOME_RANGES = {"latest": (0, 12), "per_category": (0, 4)}
"""The whole numbers `home:` takes, lowest and highest: a category's block is one row from 768 px wide,
where more than four stories would make columns too narrow for a headline's words."""


@dataclass(frozen=True, slots=True)
class FooterLink:
    """One link of the footer's list of the newsroom's pages (`footer_links:`)."""

    title: str
    """What the link says: "Redaksi", "Pedoman Media Siber"."""
    page: str
    """A site path (`redaksi/`, see `site_path`) or an https URL."""
    line: int | None = field(default=None, repr=False, compare=False)
    """Its line in warta.yaml, for a message about the page."""


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """The Dask cluster that renders the site (`cluster:`), when there is one (`builder/cluster.py`)."""

    scheduler: str | None = None
    """The scheduler's address, `tcp://10.0.0.5:8786` (`--scheduler` wins); None: render here."""
    timeout: float = 10.0
    """Seconds to wait for the scheduler to answer, and then for it to have a worker."""


CLUSTER_TIMEOUT = (1, 600)
"""The seconds `cluster.timeout` takes, lowest and highest."""


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Site-wide settings. Every field is documented in the README's config reference."""

    title: str
    """Site name, shown in the header and in every page title."""
    description: str = ""
    """One sentence about the site, for the home page's meta description."""
    base_url: str = "/"
    """Where the site is served: `https://example.org/` or with a sub-path
    `https://user.github.io/warta/`. Links are root-relative to its path."""
    language: str = "id"
    """BCP 47 language of the content; drives `lang` and date formatting."""
    timezone: str = "Asia/Jakarta"
    """Zone assumed for dates written without an offset, and used to show dates."""
    per_page: int = 10
    """Articles per listing page (home, tags, categories, authors)."""
    allow_html: bool = False
    """Let raw HTML in Markdown through. Off by default: it is shown as text."""
    publisher: str = ""
    """Organisation named as publisher in structured data (default: the site title)."""
    feed_length: int = 20
    """Articles per feed (Atom, RSS, JSON Feed, tag and category feeds)."""
    author: str = ""
    """Default author for articles that name neither `author` nor `source`."""
    footer: str = ""
    """Text shown in every page footer (plain text)."""
    toc_min_headings: int = 3
    """Articles with at least this many `##` sections get a table of contents."""
    toc_min_words: int = 800
    """…and at least this many words: a short article is read without one."""
    related_count: int = 3
    """How many related articles (by shared tags) an article page shows."""
    words_per_minute: int = 200
    """Reading speed for the "N menit baca" estimate."""
    summary_warn_length: int = 200
    """Summaries longer than this many characters give a warning."""
    max_article_kb: int = 1024
    """Article files larger than this many kilobytes are refused (a pasted dump, not an article)."""
    cname: str = ""
    """Custom domain of a GitHub Pages site (`berita.contoh.id`): the build writes it to `CNAME`.
    A bare host name, lower-cased; empty means no `CNAME` file."""
    image_widths: tuple[int, ...] = (480, 800, 1200, 1600)
    """Widths in pixels of the files published for each photo (AVIF, WebP and a JPEG or PNG
    fallback each): browsers pick the one fitting the screen. Never wider than the photo."""
    image_max_megapixels: int = 50
    """Photos larger than this many million pixels are refused: a decompression bomb, or a file
    too large to publish (a 24-megapixel camera photo passes)."""
    home: HomeConfig = HomeConfig()
    """What the home page's front shows (`home:`)."""
    organization: Organization = Organization()
    """The newsroom's policy pages and accounts, for its structured data (`organization:`)."""
    footer_links: tuple[FooterLink, ...] | None = None
    """The footer's links to the newsroom's pages (Redaksi, Kontak, Tentang, Pedoman Media Siber), in
    order; None (no `footer_links:`) links every page of `pages/` in their `order`."""
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    """Free-form values for custom templates (`config.extra.x`)."""
    cluster: ClusterConfig = field(default=ClusterConfig(), repr=False, hash=False, compare=False)
    """Where the site is rendered, not what it shows: left out of `repr`, which the build's
    fingerprints digest (a site built here or on a cluster is the same site)."""

    @property
    def base_path(self) -> str:
        """The path part of base_url, always with leading and trailing slash."""
        return _base_path(self.base_url)

    @property
    def absolute(self) -> bool:
        """Whether base_url names a host, so absolute URLs (canonical, feeds) can be made."""
        return bool(urlsplit(self.base_url).netloc)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def absolute_url(self, path: str) -> str:
        """Turn a site path (`/artikel/x/`, already holding base_path) into a full URL."""
        parts = urlsplit(self.base_url)
        if not parts.netloc:
            return path
        return f"{parts.scheme}://{parts.netloc}{path}"


@lru_cache(maxsize=16)
def _base_path(base_url: str) -> str:
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"


_FIELDS = {f.name: f for f in SiteConfig.__dataclass_fields__.values()}
_INT_RANGES = {
    "per_page": (1, 1000),
    "feed_length": (1, 1000),
    "toc_min_headings": (1, 100),
    "toc_min_words": (0, 1_000_000),
    "related_count": (0, 50),
    "words_per_minute": (50, 1000),
    "summary_warn_length": (20, 10000),
    "max_article_kb": (1, 1_000_000),
    "image_max_megapixels": (1, 1000),
}
IMAGE_WIDTHS = (16, 8192)
"""The narrowest and widest `image_widths` entry."""


BASE_URL_HINT = "for example `base_url: https://example.org/`, or `base_url: /` for links without a host"


def did_you_mean(name: str, known: list[str] | tuple[str, ...],
                 otherwise: str = "put free-form values under `extra:`") -> str:
    """click-style suggestion for an unknown name (`otherwise` when no known name is close)."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else otherwise


def validate_base_url(value: Any) -> str | None:
    """Return a reason why `value` is not a usable base_url, or None."""
    if not isinstance(value, str) or not value:
        return "must be a URL such as https://example.org/ or a path such as /berita/"
    try:
        parts = urlsplit(value)
        parts.port  # (a port that is not a number raises here)
    except ValueError as exc:  # "Invalid IPv6 URL": an unmatched [ or ] in the host
        return f'"{value}" is not a URL ({exc})'
    if not parts.scheme and parts.netloc:
        # "//host/" would make feeds and canonical links "://host/…".
        return f'"{value}" has no scheme; start it with https://'
    if parts.scheme and parts.scheme not in ("http", "https"):
        return f'"{value}" must start with http:// or https://'
    if parts.scheme and not parts.netloc:
        return f'"{value}" has no host name'
    if not parts.scheme and not value.startswith("/"):
        return f'"{value}" must be absolute (https://…) or start with /'
    if parts.query or parts.fragment:
        return f'"{value}" must not contain ? or #'
    # (Defects23, finding 10: these went into every canonical URL, feed, sitemap and _headers as they
    # were, credentials included, while source_url refused them.)
    if "@" in parts.netloc:
        return f'"{value}" holds a user name or password (before @), which every page would publish'
    bad = next((c for c in value if c in ' "<>\\`{}|^' or ord(c) < 32 or ord(c) == 127), None)
    if bad is not None:
        return f'"{value}" contains {bad!r}; write it %-encoded or leave it out'
    if any(part in (".", "..") for part in parts.path.split("/")):
        return f'"{value}" may not contain "." or ".." parts'
    return None


SCHEDULER_SCHEMES = ("tcp", "tls", "ws", "wss")
"""The addresses `--scheduler` and `cluster.scheduler` take: Dask's network protocols."""


def validate_scheduler(value: Any) -> str | None:
    """Why `value` is not a Dask scheduler's address such as tcp://10.0.0.5:8786, or None."""
    if not isinstance(value, str) or not value.strip():
        return "must be a Dask scheduler's address such as tcp://10.0.0.5:8786"
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return f'"{value}" is not an address such as tcp://10.0.0.5:8786'
    if parts.scheme not in SCHEDULER_SCHEMES:
        schemes = ", ".join(f"{scheme}://" for scheme in SCHEDULER_SCHEMES)
        return f'"{value}" must start with one of {schemes}'
    if not parts.hostname or port is None or parts.path not in ("", "/") or parts.query or parts.fragment:
        return f'"{value}" must be a host and a port, such as tcp://10.0.0.5:8786'
    return None


_HOST_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def validate_host_name(value: str) -> str | None:
    """Return why `value` is not a host name such as `berita.contoh.id`, or None."""
    if "://" in value or "/" in value:
        return f'"{value}" is a URL or path, not a host name'
    if ":" in value:
        return f'"{value}" has a port; a custom domain has none'
    host = value.lower().removesuffix(".")
    if not host.isascii():
        return f'"{value}" is not ASCII; write an internationalised name in its xn-- form'
    labels = host.split(".")
    if len(host) > 253 or len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        return (f'"{value}" is not a host name (dot-separated labels of a-z, 0-9 and inner hyphens, '
                "at least two labels)")
    if labels[-1].isdigit():
        return f'"{value}" is an IP address, not a domain name'
    return None


def load_config(root: Path, base_url: str | None = None) -> tuple[SiteConfig, tuple[Problem, ...]]:
    """Read `warta.yaml` in `root`; return it with its warnings, or raise ConfigError listing all problems."""
    path = root / CONFIG_NAME
    rel = CONFIG_NAME
    if not path.is_file():
        raise ConfigError([Problem(rel, None, None, f"no {CONFIG_NAME} in {root}",
                                   f"run Warta in the site folder, pass --source, or create {CONFIG_NAME} with at least `title:`")])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError([Problem(rel, None, None, f"is not UTF-8 text ({exc.reason})", "save it as UTF-8")]) from None
    mapping, problems = parse_mapping(text, rel, what="the config")
    if mapping is None:
        raise ConfigError(problems)
    values, more = _check_fields(mapping, rel)
    problems += more
    if base_url is not None:
        reason = validate_base_url(base_url)
        if reason:
            problems.append(Problem("--base-url", None, None, reason, BASE_URL_HINT))
        else:
            values["base_url"] = base_url
    if any(not p.warning for p in problems):
        raise ConfigError(problems)
    config = SiteConfig(**values)
    return replace(config, base_url=_normalise_base(config.base_url)), tuple(problems)


def _normalise_base(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _check_fields(mapping: YamlMapping, rel: str) -> tuple[dict[str, Any], list[Problem]]:
    """The settings in `mapping` that SiteConfig can take, and the problems with the others: an unknown
    setting is a warning, a value of the wrong type or an unusable one an error (and left out)."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    line_of = mapping.line_of
    for key, value in mapping.data.items():
        if key not in _FIELDS:
            problems.append(Problem(rel, line_of(key), key, "is not a known setting",
                                    did_you_mean(key, sorted(_FIELDS)), warning=True))
            continue
        if key == "home":
            values[key], found = _home(value, mapping, rel)
            problems += found
            continue
        if key == "organization":
            values[key], found = _organization(value, mapping, rel)
            problems += found
            continue
        if key == "footer_links":
            values[key], found = _footer_links(value, mapping, rel)
            problems += found
            continue
        if key == "cluster":
            values[key], found = _cluster(value, mapping, rel)
            problems += found
            continue
        value, wrong = _typed_setting(key, value)
        if wrong:
            problems.append(Problem(rel, line_of(key), key, *wrong))
        else:
            values[key] = value

    if not values.get("title") and not any(p.field == "title" for p in problems):
        problems.append(Problem(rel, line_of("title"), "title", "is missing or empty",
                                'name the site, for example `title: "Warta Teknologi"`'))
    for key, check, hint in _SETTING_CHECKS:
        reason = check(values[key]) if key in values else None
        if reason:
            problems.append(Problem(rel, line_of(key), key, reason, hint))
            values.pop(key)
    if values.get("cname"):
        values["cname"] = values["cname"].lower().rstrip(".")
    return values, problems


_TEXT_SETTINGS = ("title", "description", "author", "footer", "language", "timezone", "base_url", "publisher",
                  "cname")


def _typed_setting(key: str, value: Any) -> tuple[Any, tuple[str, str | None] | None]:
    """(`value` as setting `key` takes it, None), or (None, (message, hint)) when it has the wrong type."""
    if key in _TEXT_SETTINGS:
        if value is None:
            value = ""
        if not isinstance(value, str):
            return None, (f"must be text, not {type(value).__name__}", 'put it in double quotes')
        return value.strip(), None
    if key in _INT_RANGES:
        low, high = _INT_RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return None, (f"must be a whole number from {low} to {high}, not {value!r}", None)
        return value, None
    if key == "allow_html" and not isinstance(value, bool):
        return None, (f"must be true or false, not {value!r}", None)
    if key == "image_widths":
        return _image_widths(value)
    if key == "extra" and not isinstance(value, dict):
        return None, ("must be a mapping of free-form values", "indent `name: value` lines under `extra:`")
    return value, None


def _image_widths(value: Any) -> tuple[Any, tuple[str, str | None] | None]:
    """`image_widths`: a list of 1 to 8 whole numbers of pixels, kept sorted without repeats."""
    low, high = IMAGE_WIDTHS
    if (not isinstance(value, list) or not 1 <= len(value) <= 8
            or not all(isinstance(w, int) and not isinstance(w, bool) and low <= w <= high for w in value)):
        return None, (f"must be a list of 1 to 8 widths in pixels from {low} to {high}, not {value!r}",
                      "for example `image_widths: [480, 800, 1200, 1600]`")
    return tuple(sorted(set(value))), None


def _check_cname(value: str) -> str | None:
    """Why `value` is not a custom domain, or None; empty means none."""
    return validate_host_name(value) if value else None


def _check_timezone(value: str) -> str | None:
    """Why `value` is not a time zone name, or None."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f'"{value}" is not a time zone'
    return None


def _check_language(value: str) -> str | None:
    """Why `value` is not a language code Babel knows, or None."""
    try:
        Locale.parse(value.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return f'"{value}" is not a known language code'
    return None


_SETTING_CHECKS = (
    ("base_url", validate_base_url, BASE_URL_HINT),
    ("cname", _check_cname, "write only the host name, for example `cname: berita.contoh.id`"),
    ("timezone", _check_timezone, "use an IANA name such as Asia/Jakarta"),
    ("language", _check_language, "use id for Indonesian"),
)
"""Settings checked beyond their type, in this order: setting, why its value is unusable, hint."""


# -- organization: ---------------------------------------------------------------------------------

_ORGANIZATION_KEYS = (*ORGANIZATION_POLICIES, "contact", "same_as", "founding_date", "email")
PAGE_HINT = "write a page of this site as `redaksi` or `/redaksi/`, or a full https:// URL"
_PATH_PART = re.compile(r"^[A-Za-z0-9_~-][A-Za-z0-9_.~-]*$")
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
"""An e-mail address as HTML's `type=email` takes one (WHATWG), a dot in its domain."""
_FOUNDED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def site_path(value: str) -> str:
    """The site path (as `model/urls.py` writes them: `redaksi/`, no leading slash, the empty string for
    the home page) of a page written in the config as `/redaksi/`, `redaksi/` or the slug `redaksi`;
    a last part with a dot (`ralat.html`) is a file, as in `urls.alias_path`."""
    path = value.strip().lstrip("/")
    if path and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
        path += "/"
    return path


def check_page(value: str) -> str | None:
    """Why `value` is neither a path of this site (`site_path`) nor an https URL, or None."""
    if "://" in value or value.startswith("//"):
        if not value.startswith("https://"):
            return f'"{value}" must be an https:// URL'
        return _url_fault(value)
    path = site_path(value)
    if ":" in value.split("/", 1)[0]:  # mailto:, javascript:, C:…
        return f'"{value}" is neither a path of this site nor an https URL'
    parts = path.rstrip("/").split("/") if path else []
    if not all(_PATH_PART.match(part) for part in parts):
        return f'"{value}" is not a path of this site (letters, digits, - _ . ~ between slashes)'
    return None


def web_url(value: Any) -> str | None:
    """Why `value` is not an http(s) URL with a host (a `javascript:` or `data:` one is refused), or None."""
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        return f"must be an http:// or https:// URL, not {value!r}"
    return _url_fault(value)


def https_url(value: Any) -> str | None:
    """Why `value` is not an https URL with a host, or None."""
    if not isinstance(value, str) or not value.startswith("https://"):
        return f"must be an https:// URL, not {value!r}"
    return _url_fault(value)


_URL_CHARACTERS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")
"""What RFC 3986 allows in a URL (anything else must be percent-encoded)."""


def _url_fault(value: str) -> str | None:
    """Why the https URL `value` is not one a page can link to (characters a URL cannot hold, a bad
    percent escape, no host, a user name or password, a port out of range), or None: it is written
    into pages as it is, which the HTML checker holds to the URL standard."""
    if not _URL_CHARACTERS.match(value) or re.search(r"%(?![0-9A-Fa-f]{2})", value):
        return f'"{value}" is not a URL (write spaces and characters such as < > " | \\ as %XX)'
    try:
        parts = urlsplit(value)
        parts.port  # (a port that is not a number, or past 65535, raises here)
    except ValueError:
        return f'"{value}" is not a URL'
    if not parts.hostname:
        return f'"{value}" is not a URL (it names no host)'
    if parts.username is not None or parts.password is not None:
        return f'"{value}" holds a user name or password; write the address without them'
    return None


def check_email(value: Any) -> str | None:
    """Why `value` is not an e-mail address, or None."""
    if not isinstance(value, str) or not _EMAIL.match(value.strip()):
        return f"must be an e-mail address such as redaksi@contoh.id, not {value!r}"
    return None


def _home(value: Any, mapping: YamlMapping, rel: str) -> tuple[HomeConfig, list[Problem]]:
    """`home:` read into a HomeConfig, and the problems of its keys (an unknown key is a warning, a
    value of the wrong kind an error)."""
    if value is None:
        return HomeConfig(), []
    if not isinstance(value, dict):
        return HomeConfig(), [Problem(rel, mapping.line_of("home"), "home",
                                      "must be a mapping of `latest:`, `per_category:` and `categories:`",
                                      "indent `latest: 4` lines under `home:`, or leave `home:` out")]
    problems: list[Problem] = []
    found: dict[str, Any] = {}
    for key, item in value.items():
        key = str(key)
        line = mapping.line_at("home", key)
        where = f"home.{key}"
        if key in HOME_RANGES:
            low, high = HOME_RANGES[key]
            if isinstance(item, bool) or not isinstance(item, int) or not low <= item <= high:
                problems.append(Problem(rel, line, where, f"must be a whole number from {low} to {high}, not {item!r}",
                                        f"for example `{key}: 4` under `home:`"))
            else:
                found[key] = item
        elif key == "categories":
            if item is None:
                item = []
            if not isinstance(item, list) or not all(isinstance(name, str) and name.strip() for name in item):
                problems.append(Problem(rel, line, where, f"must be a list of category names, not {item!r}",
                                        "for example `categories: [Nasional, Ekonomi, Teknologi]`, or leave it "
                                        "out for every category"))
            else:
                found[key] = tuple(dict.fromkeys(name.strip() for name in item))
        else:
            problems.append(Problem(rel, line, where, "is not a known setting",
                                    did_you_mean(key, ("categories", *HOME_RANGES),
                                                 "`home:` takes `latest:`, `per_category:` and `categories:`"),
                                    warning=True))
    return HomeConfig(**found, line=mapping.line_at("home", "categories") if "categories" in value else None), problems


def _cluster(value: Any, mapping: YamlMapping, rel: str) -> tuple[ClusterConfig, list[Problem]]:
    """`cluster:` read into a ClusterConfig, and the problems of its keys (an unknown key is a warning,
    an address that is none or a timeout out of range an error)."""
    if value is None:
        return ClusterConfig(), []
    if not isinstance(value, dict):
        return ClusterConfig(), [Problem(rel, mapping.line_of("cluster"), "cluster",
                                         "must be a mapping with `scheduler:` (and `timeout:`)",
                                         "indent `scheduler: tcp://10.0.0.5:8786` under `cluster:`, or leave it out")]
    problems: list[Problem] = []
    found: dict[str, Any] = {}
    for key, item in value.items():
        key = str(key)
        line, where = mapping.line_at("cluster", key), f"cluster.{key}"
        if key == "scheduler":
            reason = validate_scheduler(item) if item is not None else None
            if reason:
                problems.append(Problem(rel, line, where, reason, "for example `scheduler: tcp://10.0.0.5:8786`, "
                                        "the address `dask scheduler` prints"))
            elif item is not None:
                found[key] = item.strip()
        elif key == "timeout":
            low, high = CLUSTER_TIMEOUT
            if isinstance(item, bool) or not isinstance(item, (int, float)) or not low <= item <= high:
                problems.append(Problem(rel, line, where, f"must be a number of seconds from {low} to {high}, "
                                        f"not {item!r}", "for example `timeout: 30`"))
            else:
                found[key] = float(item)
        else:
            problems.append(Problem(rel, line, where, "is not a known setting",
                                    did_you_mean(key, ("scheduler", "timeout"),
                                                 "`cluster:` takes `scheduler:` and `timeout:`"), warning=True))
    return ClusterConfig(**found), problems


def _organization(value: Any, mapping: YamlMapping, rel: str) -> tuple[Organization, list[Problem]]:
    """`organization:` read into an Organization, and the problems of its keys (an unknown key is
    a warning; a value that is not a page, URL, e-mail address or date an error)."""
    if value is None:
        return Organization(), []
    if not isinstance(value, dict):
        return Organization(), [Problem(rel, mapping.line_of("organization"), "organization",
                                        "must be a mapping of the newsroom's pages and accounts",
                                        "indent `masthead: redaksi` lines under `organization:`")]
    problems: list[Problem] = []
    found: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key, item in value.items():
        key = str(key)
        line = lines[key] = mapping.line_at("organization", key)
        where = f"organization.{key}"
        if key not in _ORGANIZATION_KEYS:
            problems.append(Problem(rel, line, where, "is not a known setting",
                                    did_you_mean(key, _ORGANIZATION_KEYS,
                                                 "see `organization:` in README.md for the keys Warta knows"),
                                    warning=True))
        elif item is not None and item != "":
            item, wrong = _organization_value(key, item, mapping)
            if wrong:
                problems.append(Problem(rel, wrong[2] or line, where, wrong[0], wrong[1]))
            else:
                found[key] = item
    policies = tuple((key, found[key]) for key in ORGANIZATION_POLICIES if key in found)
    return Organization(policies, found.get("contact", ""), found.get("same_as", ()),
                        found.get("founding_date", ""), found.get("email", ""), lines), problems


FOOTER_LINK_HINT = ("write each link as `- {title: Redaksi, page: redaksi}`, or with `url: https://…` "
                    "for a page elsewhere")


def _footer_links(value: Any, mapping: YamlMapping, rel: str) -> tuple[tuple[FooterLink, ...], list[Problem]]:
    """`footer_links:` read into FooterLinks, and the problems of its items: each is a mapping of a
    `title` and a `page` of this site or an https `url`. (Whether a page exists is known only once the
    pages are read: `model.pages.named_page_problems`.) Empty means no such links."""
    if value is None:
        return (), []
    if not isinstance(value, list):
        return (), [Problem(rel, mapping.line_of("footer_links"), "footer_links", "must be a list of links",
                            FOOTER_LINK_HINT)]
    links, problems = [], []
    for index, item in enumerate(value):
        line, where = mapping.line_of_item("footer_links", index), f"footer_links item {index + 1}"
        if not isinstance(item, dict):
            problems.append(Problem(rel, line, where, f"must be a mapping of `title` and `page`, not {item!r}",
                                    FOOTER_LINK_HINT))
            continue
        title = item.get("title")
        targets = [key for key in ("page", "url") if item.get(key) not in (None, "")]
        unknown = sorted(str(key) for key in item if key not in ("title", "page", "url"))
        if unknown:
            problems.append(Problem(rel, line, where, f"has `{unknown[0]}`, which is not a key of a footer link",
                                    FOOTER_LINK_HINT))
        elif not isinstance(title, str) or not title.strip():
            problems.append(Problem(rel, line, where, "has no `title` (the text of the link)", FOOTER_LINK_HINT))
        elif len(targets) != 1:
            problems.append(Problem(rel, line, where, "must have one of `page` (a page of this site) and `url`",
                                    FOOTER_LINK_HINT))
        else:
            target = item[targets[0]]
            reason = (https_url(target) if targets[0] == "url" else
                      f"`page` must be a path of this site, not {target!r}" if not isinstance(target, str)
                      else check_page(target.strip()) if not target.strip().startswith("https://")
                      else f'`page` is a page of this site; write "{target.strip()}" as `url:`')
            if reason:
                problems.append(Problem(rel, line, where, reason, PAGE_HINT if targets[0] == "page" else
                                        "write the page's full address, https:// first"))
            else:
                page = target.strip() if targets[0] == "url" else site_path(target)
                links.append(FooterLink(title.strip(), page, line))
    return tuple(links), problems


def _organization_value(key: str, value: Any, mapping: YamlMapping
                        ) -> tuple[Any, tuple[str, str, int | None] | None]:
    """(`value` of `organization.key` as Warta keeps it, None), or (None, (message, hint, line or None))."""
    if key == "same_as":
        if not isinstance(value, list):
            return None, ("must be a list of https URLs of the newsroom's accounts",
                          "for example `same_as: [https://x.com/wartateknologi]`", None)
        for index, url in enumerate(value):
            reason = https_url(url)
            if reason:
                return None, (f"item {index + 1} {reason}", "write the account's full address, https:// first",
                              mapping.line_at("organization", key, index))
        return tuple(dict.fromkeys(url.strip() for url in value)), None
    if key == "email":
        reason = check_email(value)
        return (None, (reason, "or leave `email:` out", None)) if reason else (value.strip(), None)
    if key == "founding_date":
        text = str(value).strip() if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
        if not _FOUNDED.match(text) or not _valid_date(text):
            return None, (f"must be a year or a date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}",
                          "for example `founding_date: 2019-03-01`", None)
        return text, None
    if not isinstance(value, str):
        return None, (f"must be a path of this site or an https URL, not {value!r}", PAGE_HINT, None)
    reason = check_page(value.strip())
    if reason:
        return None, (reason, PAGE_HINT, None)
    value = value.strip()
    return (value if value.startswith("https://") else site_path(value)), None


def _valid_date(text: str) -> bool:
    year, month, day = (int(part) for part in (text + "-01-01").split("-")[:3])
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
