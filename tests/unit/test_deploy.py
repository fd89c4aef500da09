"""deploy.py without a bucket: the destination, content types, and the plan of what to send."""

from __future__ import annotations

import pytest

from warta.deploy import LocalFile, RemoteObject, Target, content_type, parse_target, plan_deploy


@pytest.mark.parametrize("url, bucket, prefix", [
    ("s3://ember", "ember", ""),
    ("s3://ember/", "ember", ""),
    ("s3://ember/pre/fix", "ember", "pre/fix/"),
    ("s3://ember//pre//fix/", "ember", "pre/fix/"),
])
def test_destination_is_a_bucket_and_a_prefix_ending_in_a_slash(url, bucket, prefix):
    assert parse_target(url) == Target(bucket, prefix)
    assert Target(bucket, prefix).key("index.html") == prefix + "index.html"


@pytest.mark.parametrize("url", ["ember/x", "https://ember.s3.amazonaws.com/", "s3:///x", "s3://e/a/../b",
                                 "s3://e/x?y=1"])
def test_destination_that_is_not_an_s3_address_is_refused(url):
    with pytest.raises(ValueError):
        parse_target(url)


@pytest.mark.parametrize("path, kind", [
    ("index.html", "text/html; charset=utf-8"),
    ("aset/style.1a2b3c4d.css", "text/css; charset=utf-8"),
    ("aset/search.1a2b3c4d.js", "text/javascript; charset=utf-8"),
    ("atom.xml", "application/atom+xml; charset=utf-8"),
    ("tag/meta/atom.xml", "application/atom+xml; charset=utf-8"),
    ("rss.xml", "application/rss+xml; charset=utf-8"),
    ("feed.json", "application/feed+json"),
    ("sitemap.xml", "application/xml; charset=utf-8"),
    ("pagefind/pagefind-entry.json", "application/json"),
    ("pagefind/pagefind.id_1a2b.pf_meta", "application/octet-stream"),
    ("pagefind/index/id_1a2b.pf_index", "application/octet-stream"),
    ("pagefind/fragment/id_1a2b.pf_fragment", "application/octet-stream"),
    ("pagefind/wasm.id.pagefind", "application/octet-stream"),
    ("pagefind/wasm.unknown.wasm", "application/wasm"),
    ("robots.txt", "text/plain; charset=utf-8"),
    ("_headers", "text/plain; charset=utf-8"), ("_redirects", "text/plain; charset=utf-8"),
    ("CNAME", "text/plain; charset=utf-8"),
    ("kartu.png", "image/png"), ("aset/favicon.1a2b3c4d.svg", "image/svg+xml"),
    ("gambar/foto.JPG", "image/jpeg"), ("gambar/foto.webp", "image/webp"), ("huruf/a.woff2", "font/woff2"),
    ("unduh/tanpa-jenis", "application/octet-stream"),
])
def test_every_kind_of_file_gets_its_content_type(path, kind):
    assert content_type(path) == kind


def local(path: str, md5: str = "a" * 32, size: int = 10) -> LocalFile:
    return LocalFile(path, size, md5, content_type(path), "x")


def test_plan_uploads_new_and_changed_files_pages_last_and_keeps_or_deletes_the_rest():
    files = {p: local(p) for p in ("index.html", "aset/style.1.css", "kartu.png", "atom.xml", "gambar/a.png")}
    remote = {
        "kartu.png": RemoteObject("kartu.png", 10, "a" * 32),          # same: unchanged
        "index.html": RemoteObject("index.html", 10, "b" * 32),        # other MD5: changed
        "gambar/a.png": RemoteObject("gambar/a.png", 11, "a" * 32),    # other size: changed
        "lama/index.html": RemoteObject("lama/index.html", 5, "c" * 32),
    }
    target = Target("ember", "")
    plan = plan_deploy(target, files, remote, delete=False)
    assert [(c.path, c.reason) for c in plan.uploads] == [
        ("aset/style.1.css", "new"), ("gambar/a.png", "changed"), ("atom.xml", "new"), ("index.html", "changed")]
    assert plan.unchanged == 1 and plan.deletes == () and plan.kept == ("lama/index.html",)
    assert plan.upload_bytes == 40
    deleting = plan_deploy(target, files, remote, delete=True)
    assert [(c.action, c.path) for c in deleting.deletes] == [("delete", "lama/index.html")]
    assert deleting.kept == ()


def test_an_etag_that_is_not_an_md5_means_upload_again():
    files = {"index.html": local("index.html")}
    multipart = {"index.html": RemoteObject("index.html", 10, "a" * 32 + "-2")}
    assert [c.reason for c in plan_deploy(Target("e", ""), files, multipart, False).uploads] == ["changed"]
