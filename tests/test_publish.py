"""Publishing (issue 8): a site built for a sub-path works when served under that sub-path, and the
build writes what static hosts read (`.nojekyll`, `CNAME`, `_headers`, `_redirects`, redirect pages).

The sub-path site is the repository's own articles plus one article with old URLs (`aliases:`),
root-relative links and a static image, with two articles per page so listings paginate. It is
served on 127.0.0.1 under `/warta/` as GitHub Pages serves a project site (tests/subpath_server.py),
and crawled with plain HTTP requests: every page, every link, asset, feed entry, sitemap URL,
canonical, JSON-LD and Open Graph URL must answer 200."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree
import lxml.html
import pytest

from helpers import CONFIG, REPO, article, run_build
from subpath_server import headers_for, parse_headers_file, pattern_matches, serve_subpath
from warta.images.renditions import RENDITION_PATH
from warta.render.theme import THEME_SCRIPT_HASH

BASE_URL = "https://user.github.io/warta/"
PREFIX = "/warta/"
HOST = "https://user.github.io"
ABSOLUTE = re.compile(r"https?://user\.github\.io[^\s\"'<>\\)]*")
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")

MOVED = article(
    "Artikel Pindahan dari Situs Lama", "2025-06-10T08:00:00+07:00",
    body="""
    Lihat juga [tag Meta](/tag/meta/), [arsip](/arsip/), catatan kaki[^1] dan [bagian bawah](#bagian-bawah).

    ![Grafik investasi](/gambar/grafik.svg)

    ## Bagian Bawah

    Tautan yang [sudah memakai jalur dasar](/warta/kategori/) tetap seperti itu.

    [^1]: Catatan.
    """,
    tags=["Meta", "Arsip Lama"], category="Bisnis",
    aliases=["/2025/06/artikel-lama.html", "lama/artikel-pindahan", "/berita/lama/"])


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site plus one moved article, built for https://user.github.io/warta/."""
    root = tmp_path_factory.mktemp("publish") / "site"
    shutil.copytree(REPO / "articles", root / "articles")
    shutil.copytree(REPO / "pages", root / "pages")  # (the footer and the organisation link them)
    shutil.copytree(REPO / "data", root / "data")
    config = (REPO / "warta.yaml").read_text(encoding="utf-8")
    (root / "warta.yaml").write_text(re.sub(r"(?m)^per_page:.*$", "per_page: 2", config), encoding="utf-8")
    (root / "articles" / "artikel-pindahan.md").write_text(MOVED, encoding="utf-8")
    (root / "static" / "gambar").mkdir(parents=True)
    (root / "static" / "gambar" / "grafik.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>\n', encoding="utf-8")
    # With the search index: its page, script and Pagefind files must work under the sub-path too.
    assert run_build(root, "--base-url", BASE_URL, search=True) == 0
    return root / "_site"


@pytest.fixture(scope="module")
def served(subpath_site: Path):
    with serve_subpath(subpath_site, PREFIX) as url:
        yield url


def fetch(url: str) -> tuple[int, str, str, bytes]:
    """GET `url`: (status, final URL, content type, body); HTTP errors are answers too."""
    try:
        with urllib.request.urlopen(url, timeout=120) as answer:  # only against a hang, however busy the machine
            return answer.status, answer.geturl(), answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, url, error.headers.get("Content-Type", ""), error.read()


def url_path(file: str) -> str:
    """Output file -> the URL path it is served at (`artikel/x/index.html` -> `/warta/artikel/x/`)."""
    return PREFIX + (file[: -len("index.html")] if file.endswith("index.html") else file)


def page_links(body: bytes, page_url: str) -> tuple[set[str], dict[str, str]]:
    """Every URL an HTML page refers to (resolved), and for links with a fragment: URL -> fragment."""
    doc = lxml.html.fromstring(body)
    raw: list[str] = []
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in ("href", "src", "action", "data-pagefind", "data-base-url"):
            if element.get(attribute) is not None:
                raw.append(element.get(attribute))
        for candidate in (element.get("srcset") or "").split(","):
            if candidate.strip():
                raw.append(candidate.split()[0])
        if element.tag == "meta":
            content = element.get("content") or ""
            if (element.get("http-equiv") or "").lower() == "refresh":
                raw.append(content.split("url=", 1)[1])
            elif content.startswith(("http://", "https://")):
                raw.append(content)
    text = html.unescape(body.decode("utf-8"))
    raw.extend(ABSOLUTE.findall(text))  # JSON-LD and anything else written out in full
    # A JSON-LD `@id` (the newsroom's `…/#organisasi`, issue 18) names a thing, not a place on a page:
    # its page must exist, its fragment need not be an element's id.
    names = {match for block in doc.xpath("//script[@type='application/ld+json']/text()")
             for match in re.findall(r'"@id":"([^"]+)"', block)}
    urls, fragments = set(), {}
    for value in raw:
        full, fragment = urldefrag(urljoin(page_url, value.strip()))
        urls.add(full)
        if fragment and value.strip() != "#" and value.strip() not in names:
            fragments[f"{full}#{fragment}"] = fragment
    return urls, fragments


def localise(url: str, served: str) -> str | None:
    """A URL of the site (as written, or already on the test server) on the test server; None if external."""
    server_root = served[: -len(PREFIX) + 1]
    if url.startswith(HOST + "/") or url == HOST:
        return server_root + url[len(HOST) + 1:]
    if url.startswith(server_root):
        return url
    return None


def crawl(served: str, start: list[str]) -> tuple[dict[str, int], list[str], dict[str, bytes]]:
    """Follow every internal URL from `start`: status per URL, problems, and the HTML bodies."""
    status: dict[str, int] = {}
    problems: list[str] = []
    bodies: dict[str, bytes] = {}
    wanted_ids: dict[str, set[str]] = {}
    queue = list(start)
    referrer = {url: "(start)" for url in start}
    while queue:
        url = queue.pop()
        if url in status:
            continue
        code, final, kind, body = fetch(url)
        status[url] = code
        if code != 200:
            problems.append(f"{code} {urlsplit(url).path} (linked from {referrer[url]})")
            continue
        if final != url:
            problems.append(f"{urlsplit(url).path} redirects to {urlsplit(final).path} (linked from {referrer[url]})")
        found: set[str] = set()
        if "text/html" in kind:
            bodies[url] = body
            found, fragments = page_links(body, url)
            for target, fragment in fragments.items():
                local = localise(target.split("#", 1)[0], served)
                if local:
                    wanted_ids.setdefault(local, set()).add(fragment)
        elif any(word in kind for word in ("xml", "json", "text/plain", "text/css")):
            text = html.unescape(body.decode("utf-8"))
            found = set(ABSOLUTE.findall(text))
            if "css" in kind:
                found |= {urljoin(url, ref) for ref in CSS_URL.findall(text) if not ref.startswith("data:")}
            found = {urldefrag(u)[0] for u in found}
        for target in found:
            local = localise(target, served)
            if local and local not in status:
                referrer.setdefault(local, urlsplit(url).path)
                queue.append(local)
    for url, fragments in wanted_ids.items():
        if url in bodies:
            ids = set(lxml.html.fromstring(bodies[url]).xpath("//@id"))
            problems.extend(f"{urlsplit(url).path}#{f}: no element with that id" for f in sorted(fragments - ids))
    return status, problems, bodies


def test_every_link_and_asset_of_every_page_works_under_the_sub_path(subpath_site: Path, served: str):
    html_files = sorted(p.relative_to(subpath_site).as_posix() for p in subpath_site.rglob("*.html"))
    server_root = served[: -len(PREFIX) + 1]
    start = [server_root + url_path(f)[1:] for f in html_files]
    start += [served + name for name in ("atom.xml", "rss.xml", "feed.json", "sitemap.xml", "news-sitemap.xml",
                                         "robots.txt")]

    status, problems, bodies = crawl(served, start)

    assert problems == []
    # Every page was reached, and the crawl went well beyond the pages themselves.
    assert {urlsplit(u).path for u in bodies} == {url_path(f) for f in html_files}
    assert len(status) > len(html_files) + 20
    paths = {urlsplit(u).path for u in status}
    assert all(p.startswith(PREFIX) for p in paths)
    assert any(p.startswith("/warta/aset/style.") for p in paths)
    assert any(p.startswith("/warta/foto/") and p.endswith("/grafik-4x4-" + p.rsplit("-", 1)[1]) for p in paths)
    assert "/warta/halaman/2/" in paths
    assert {"/warta/cari/", "/warta/pagefind/pagefind.js"} <= paths, "the search page and Pagefind's script"


def test_links_written_in_full_stay_under_the_base_url(subpath_site: Path):
    page = (subpath_site / "artikel" / "artikel-pindahan" / "index.html").read_text(encoding="utf-8")
    doc = lxml.html.fromstring(page)
    assert doc.xpath("//link[@rel='canonical']/@href") == [BASE_URL + "artikel/artikel-pindahan/"]
    assert doc.xpath("//meta[@property='og:image']/@content") == [
        BASE_URL + "artikel/artikel-pindahan/kartu.png"]
    for block in doc.xpath("//script[@type='application/ld+json']/text()"):
        for url in re.findall(r'"(https?://[^"]+)"', block):
            assert url.startswith((BASE_URL, "https://schema.org")), url
    # Root-relative links in the Markdown body are put under the base path; one that already has it is kept.
    body_links = doc.xpath("//div[contains(@class, 'article-body')]//a/@href | //div[contains(@class, 'article-body')]//img/@src")
    assert {"/warta/tag/meta/", "/warta/arsip/", "/warta/kategori/"} <= set(body_links)
    # The picture's published copy (from static/gambar/grafik.svg) is under the base path too.
    assert [link for link in body_links if link.endswith(".svg")][0].startswith("/warta/foto/")
    assert not [link for link in body_links if link.startswith("/") and not link.startswith(PREFIX)]
    feed = (subpath_site / "atom.xml").read_text(encoding="utf-8")
    assert "https://user.github.io/warta/tag/meta/" in html.unescape(feed)
    assert not re.search(r"https://user\.github\.io/(?!warta/)", html.unescape(feed))
    sitemap = lxml.etree.fromstring((subpath_site / "sitemap.xml").read_bytes())
    locs = sitemap.xpath("//*[local-name()='loc']/text()")
    assert locs and all(loc.startswith(BASE_URL) for loc in locs)
    assert not [loc for loc in locs if "artikel-lama" in loc or "/lama/" in loc], "redirect pages are not indexed"


def test_not_found_page_links_work_from_any_depth(served: str):
    for missing in ("tidak-ada/", "artikel/tidak/ada/sama/sekali/", "salah.html"):
        code, _, _, body = fetch(served + missing)
        assert code == 404
        assert b"Halaman tidak ditemukan" in body
        links, _ = page_links(body, served + missing)
        internal = sorted(local for local in (localise(u, served) for u in links) if local and local != served + missing)
        assert len(internal) > 10
        assert [u for u in internal if fetch(u)[0] != 200] == []


def test_paths_outside_the_sub_path_are_not_found(served: str):
    server_root = served[: -len(PREFIX) + 1]
    assert fetch(server_root + "artikel/kolaborasi-scale-ai-meta-agi/")[0] == 404
    assert fetch(served + "artikel/kolaborasi-scale-ai-meta-agi/")[0] == 200


def test_each_old_address_has_a_redirect_page_and_a_redirect_line(subpath_site: Path, served: str):
    target = "/warta/artikel/artikel-pindahan/"
    redirects = (subpath_site / "_redirects").read_text(encoding="utf-8")
    assert [line for line in redirects.splitlines() if not line.startswith("#")] == [
        f"/warta/2025/06/artikel-lama.html {target} 301",
        f"/warta/berita/lama/ {target} 301",
        f"/warta/lama/artikel-pindahan/ {target} 301",
    ]
    for old in ("2025/06/artikel-lama.html", "berita/lama/", "lama/artikel-pindahan/"):
        code, _, kind, body = fetch(served + old)
        assert (code, kind.split(";")[0]) == (200, "text/html")
        doc = lxml.html.fromstring(body)
        assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
        assert doc.xpath("//link[@rel='canonical']/@href") == [HOST + target]
        assert doc.xpath("//meta[@http-equiv='refresh']/@content") == [f"0; url={target}"]
        assert doc.xpath("//a/@href") == [target]
        assert fetch(urljoin(served + old, target))[0] == 200


def test_build_writes_nojekyll_and_no_cname_without_a_custom_domain(subpath_site: Path):
    assert (subpath_site / ".nojekyll").read_bytes() == b""
    assert not (subpath_site / "CNAME").exists()


def test_build_writes_cname_for_a_custom_domain(write_site):
    root = write_site({"articles/a.md": article()},
                      config="title: Warta Uji\nbase_url: https://berita.contoh.id/\ncname: Berita.Contoh.ID\n")
    assert run_build(root) == 0
    assert (root / "_site" / "CNAME").read_text(encoding="ascii") == "berita.contoh.id\n"
    assert (root / "_site" / ".nojekyll").is_file()


def served_files(site: Path) -> dict[str, str]:
    """URL path -> output file, for every file a host would serve."""
    return {url_path(p.relative_to(site).as_posix()): p.relative_to(site).as_posix()
            for p in site.rglob("*") if p.is_file()}


def test_headers_file_gives_each_path_one_cache_policy_and_every_path_security_headers(subpath_site: Path):
    rules = parse_headers_file((subpath_site / "_headers").read_text(encoding="utf-8"))
    assert all(pattern.startswith(PREFIX) for pattern, _ in rules), "paths are URL paths under the base path"
    for path, file in served_files(subpath_site).items():
        headers = headers_for(rules, path)
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], path
        cache = headers.get("Cache-Control")
        # Hosts join the values of a header set by several matching rules: at most one rule may set it.
        assert cache is None or cache.count("max-age") == 1, f"{path}: {cache}"
        if file.startswith("aset/") or RENDITION_PATH.fullmatch(file):  # (named by their content)
            assert cache == "public, max-age=31536000, immutable", path
        elif file.endswith(".html"):
            assert cache == "public, max-age=0, must-revalidate", path
        elif file.endswith(".xml") or file == "feed.json":
            assert cache == "public, max-age=300", path
        else:
            assert cache is None, f"{path}: host default (revalidate) expected, got {cache}"
    csp = headers_for(rules, PREFIX)["Content-Security-Policy"]
    # (The one inline script, the theme setter of every page's <head>, is allowed by its digest: issue 17.)
    assert csp == ("default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
                   f"script-src 'self' 'wasm-unsafe-eval' {THEME_SCRIPT_HASH}; object-src 'none'; base-uri 'self'; "
                   "frame-ancestors 'none'")


def test_the_one_inline_script_of_every_page_is_the_one_the_csp_allows(subpath_site: Path):
    """Issue 17: the theme setter runs before the first paint, inline; `_headers` allows it by its
    sha256, computed here from the built pages themselves, so page and policy cannot drift apart."""
    policy = headers_for(parse_headers_file((subpath_site / "_headers").read_text(encoding="utf-8")),
                         PREFIX)["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src")).split()
    pages = sorted(subpath_site.rglob("*.html"))
    seen = set()
    for path in pages:
        tree = lxml.html.parse(str(path))
        for script in tree.xpath("//script[not(@src) and not(@type='application/ld+json')]"):
            digest = base64.b64encode(hashlib.sha256(script.text.encode("utf-8")).digest()).decode()
            assert f"'sha256-{digest}'" in script_src, f"{path.relative_to(subpath_site)}: an inline script the CSP refuses"
            seen.add(digest)
        if tree.xpath("//head/link[@rel='stylesheet']"):
            # Set before the stylesheet applies: the script comes first in <head>.
            order = [e.tag for e in tree.xpath("//head/*[self::script[not(@src) and not(@type)] "
                                                "or self::link[@rel='stylesheet']]")]
            assert order[0] == "script" and set(order[1:]) == {"link"}, f"{path.relative_to(subpath_site)}: {order}"
    assert len(seen) == 1, "one inline script, the same on every page"


def test_headers_and_redirects_of_a_root_site_start_at_slash(write_site):
    root = write_site({"articles/a.md": article(aliases=["lama/a"])})
    assert run_build(root) == 0
    rules = parse_headers_file((root / "_site" / "_headers").read_text(encoding="utf-8"))
    assert rules[0][0] == "/*"
    assert headers_for(rules, "/aset/style.12345678.css")["Cache-Control"] == "public, max-age=31536000, immutable"
    assert headers_for(rules, "/")["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert pattern_matches("/*/", "/artikel/judul-uji/")
    assert "/lama/a/ /artikel/a/ 301" in (root / "_site" / "_redirects").read_text(encoding="utf-8")
    assert (root / "_site" / "lama" / "a" / "index.html").is_file()


def test_alias_with_another_extension_gets_only_a_redirect_line(write_site):
    root = write_site({"articles/a.md": article(aliases=["/index.php", "/lama.html"])})
    assert run_build(root) == 0
    site = root / "_site"
    lines = (site / "_redirects").read_text(encoding="utf-8").splitlines()
    assert "/index.php /artikel/a/ 301" in lines and "/lama.html /artikel/a/ 301" in lines
    assert not (site / "index.php").exists()
    assert b'url=/artikel/a/"' in (site / "lama.html").read_bytes()


def test_alias_onto_a_file_of_the_hosts_names_the_article_and_the_file(write_site, capsys):
    """Issue 21: an alias `/_headers/` (a page inside the folder `_headers`, where the host's file
    goes) was reported as a clash of a file in static/."""
    root = write_site({"articles/a.md": article("Satu", aliases=["/_headers/", "/_redirects", "/.nojekyll"]),
                       "articles/b.md": article("Dua", aliases=["/CNAME/"])},
                      config=CONFIG + "cname: berita.contoh.id\n")
    assert run_build(root) == 1
    assert capsys.readouterr().err.splitlines() == [
        'articles/a.md:5: aliases: "/_headers/" clashes with _headers, the file of header rules Netlify and '
        "Cloudflare Pages read — remove the alias: that path belongs to the host's file",
        'articles/a.md:6: aliases: "/_redirects/" clashes with _redirects, the file of redirects Netlify and '
        "Cloudflare Pages read — remove the alias: that path belongs to the host's file",
        'articles/a.md:7: aliases: "/.nojekyll" clashes with .nojekyll, the file that has GitHub Pages serve every '
        "file — remove the alias: that path belongs to the host's file",
        "articles/b.md:5: aliases: \"/CNAME/\" clashes with CNAME, the file naming GitHub Pages' custom domain — "
        "remove the alias: that path belongs to the host's file",
        "build stopped (4 errors); the output folder was not changed",
    ]
    assert not (root / "_site").exists()


def test_alias_onto_a_page_of_the_site_stops_the_build(write_site, capsys):
    root = write_site({
        "articles/a.md": article("Satu", aliases=["/tag/meta/", "/kartu.png", "/lama/"], tags=["Meta"]),
        "articles/b.md": article("Dua", aliases=["lama"]),
    })
    (root / "_site").mkdir()
    assert run_build(root) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        'articles/a.md:5: aliases: "/tag/meta/" is the address of a page or file of this site (tag/meta/index.html)'
        " — an alias must be an old address that no longer exists; remove it",
        'articles/a.md:6: aliases: "/kartu.png" is the address of a page or file of this site (kartu.png)'
        " — an alias must be an old address that no longer exists; remove it",
        'articles/b.md:5: aliases: "/lama/" is already an alias of articles/a.md'
        " — an old address can lead to one article only",
        "build stopped (3 errors); the output folder was not changed",
    ]
    # The output folder is untouched. (Unlike tests/sites/invalid/, the card cache may have been filled:
    # collisions are found once every other output file is known, after the cards are drawn.)
    assert list((root / "_site").iterdir()) == []


def test_moved_site_keeps_the_same_output_when_built_twice(subpath_site: Path, tmp_path: Path):
    """The host files are as reproducible as the pages: a second build changes nothing."""
    root = subpath_site.parent
    before = {p: p.read_bytes() for p in subpath_site.rglob("*") if p.is_file()}
    out = tmp_path / "again"
    assert run_build(root, "--base-url", BASE_URL, output=out, search=True) == 0
    again = {subpath_site / p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert again == before


def test_sub_path_site_json_feed_and_robots_use_the_base_url(subpath_site: Path):
    feed = json.loads((subpath_site / "feed.json").read_text(encoding="utf-8"))
    assert feed["home_page_url"] == BASE_URL and feed["feed_url"] == BASE_URL + "feed.json"
    assert all(item["url"].startswith(BASE_URL) for item in feed["items"])
    robots = (subpath_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {BASE_URL}sitemap.xml" in robots


def test_github_pages_workflow_installs_builds_for_the_pages_url_and_deploys():
    import yaml

    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build, deploy = workflow["jobs"]["build"]["steps"], workflow["jobs"]["deploy"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in build]
    assert uses.index("actions/configure-pages") < uses.index("actions/upload-pages-artifact")
    configure = next(step for step in build if step.get("uses", "").startswith("actions/configure-pages"))
    runs = [step["run"] for step in build if "run" in step]
    assert "pip install ." in runs
    command = next(step for step in build if "warta build" in step.get("run", ""))
    assert command["env"]["BASE_URL"] == "${{ steps.%s.outputs.base_url }}" % configure["id"]
    assert command["run"] == 'warta build --base-url "$BASE_URL/"'
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_site"
    assert [step["uses"].split("@")[0] for step in deploy] == ["actions/deploy-pages"]
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_the_sites_own_headers_and_redirects_in_static_follow_wartas_rules(write_site):
    root = write_site({
        "articles/a.md": article(aliases=["/lama/a/"]),
        "static/_headers": "/unduh/*\n  Content-Disposition: attachment\n",
        "static/_redirects": "/kampanye https://contoh.id/kampanye-2025/ 302\n",
        "static/CNAME": "berita.contoh.id\n",
    })
    assert run_build(root) == 0
    site = root / "_site"
    headers = (site / "_headers").read_text(encoding="utf-8")
    assert headers.startswith("# HTTP headers for Netlify")
    assert headers.endswith("# From the site's static/_headers:\n/unduh/*\n  Content-Disposition: attachment\n")
    redirects = (site / "_redirects").read_text(encoding="utf-8").splitlines()
    assert redirects.index("/lama/a/ /artikel/a/ 301") < redirects.index(
        "/kampanye https://contoh.id/kampanye-2025/ 302")
    assert (site / "CNAME").read_text(encoding="utf-8") == "berita.contoh.id\n"


def test_cname_in_static_and_in_the_config_is_an_error(write_site, capsys):
    root = write_site({"articles/a.md": article(), "static/CNAME": "lama.contoh.id\n"},
                      config="title: Warta Uji\nbase_url: https://berita.contoh.id/\ncname: berita.contoh.id\n")
    assert run_build(root) == 1
    assert capsys.readouterr().err == (
        "static/CNAME: names the domain, and so does `cname:` in warta.yaml — keep one of them\n"
        "build stopped (1 error); the output folder was not changed\n")
