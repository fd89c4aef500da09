"""`warta deploy` against a real S3 API: moto's standalone server on 127.0.0.1, started and stopped here.

Every test gets its own bucket and fake credentials set in the environment for that test only
(the shared AWS config files are pointed at nothing, the instance metadata service is off, so no
request leaves the machine). The site is built through the real CLI, deployed through the real
CLI, and the bucket is then read back with boto3."""

from __future__ import annotations

import itertools
import logging
import re
import sys
from pathlib import Path

import pytest

from helpers import article, run_build, snapshot
from warta.cli import main

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.server")

REVALIDATE = "public, max-age=0, must-revalidate"
IMMUTABLE = "public, max-age=31536000, immutable"
FEED = "public, max-age=300"
EXPECTED_TYPES = {
    ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml", ".png": "image/png", ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml; charset=utf-8", ".json": "application/json",
    ".pf_meta": "application/octet-stream", ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream", ".pf_filter": "application/octet-stream",
    ".pagefind": "application/octet-stream", ".wasm": "application/wasm", ".jpg": "image/jpeg",
    ".webp": "image/webp", ".woff2": "font/woff2",
}
EXPECTED_NAMES = {
    "atom.xml": "application/atom+xml; charset=utf-8", "rss.xml": "application/rss+xml; charset=utf-8",
    "feed.json": "application/feed+json", "_headers": "text/plain; charset=utf-8",
    "_redirects": "text/plain; charset=utf-8", ".nojekyll": "text/plain; charset=utf-8",
}
_buckets = itertools.count(1)


@pytest.fixture(scope="module")
def s3_endpoint():
    """moto's S3 server on 127.0.0.1 at a free port, for this module."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no request log on stderr
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """A client for the server, with fake credentials in the environment for this test only."""
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_ENDPOINT_URL",
                 "AWS_ENDPOINT_URL_S3", "AWS_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "warta-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "warta-test-secret")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    return boto3.client("s3", endpoint_url=s3_endpoint)


@pytest.fixture
def bucket(s3) -> str:
    name = f"warta-uji-{next(_buckets)}"
    s3.create_bucket(Bucket=name)
    return name


SITE = {
    "articles/banjir.md": article("Banjir Rendam Jakarta Utara", "2025-06-14T07:00:00+07:00",
                                  body="Air setinggi lutut merendam permukiman.", tags=["Banjir", "Jakarta"],
                                  category="Metro"),
    "articles/beras.md": article("Harga Beras Naik Lagi", "2025-06-15T09:00:00+07:00",
                                 body="Harga beras medium naik di pasar induk.", tags=["Ekonomi"], category="Bisnis"),
    "articles/pemilu.md": article("Persiapan Pemilu Daerah", "2025-06-16T10:00:00+07:00",
                                  body="KPU menyiapkan logistik.", tags=["Pemilu", "Jakarta"], category="Politik",
                                  aliases=["/2025/06/pemilu.html"]),
    "static/gambar/peta.jpg": b"\xff\xd8\xff\xe0 not really a jpeg",
    "static/unduh/huruf.woff2": b"wOF2 font bytes",
    "static/unduh/modul.wasm": b"\x00asm\x01\x00\x00\x00",
}


@pytest.fixture
def site(write_site) -> Path:
    """A built site (with its search index, so Pagefind's files are deployed too); returns the site root."""
    root = write_site(SITE)
    assert run_build(root, search=True) == 0
    return root


def deploy(root: Path, destination: str, endpoint: str, *extra: str) -> int:
    return main(["deploy", destination, "--source", str(root), "--endpoint-url", endpoint, *extra])


def objects(s3, bucket: str, prefix: str = "") -> dict[str, tuple[str, object]]:
    """Key -> (ETag, LastModified) of everything under `prefix`."""
    found = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for item in page.get("Contents", ()):
            found[item["Key"]] = (item["ETag"], item["LastModified"])
    return found


def versioned(s3, bucket: str) -> str:
    """Turn on versioning: every write then leaves a version behind (see `writes`)."""
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    return bucket


def writes(s3, bucket: str) -> set[tuple[str, str]]:
    """(key, version id) of every upload and deletion ever made in a versioned bucket: a write
    shows here whatever the clock says (LastModified has whole seconds)."""
    found = set()
    for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket):
        for item in (*page.get("Versions", ()), *page.get("DeleteMarkers", ())):
            found.add((item["Key"], item["VersionId"]))
    return found


def printed_paths(out: str, verb: str) -> set[str]:
    return {m[1] for m in re.finditer(rf"^{verb} (\S+) \(", out, re.M)}


def summary(out: str) -> str:
    return [line for line in out.splitlines() if line.startswith(("deployed ", "dry run: "))][-1]


def test_first_deploy_uploads_every_file_with_its_content_type_and_cache_control(
        site: Path, s3, bucket: str, s3_endpoint: str, capsys):
    files = snapshot(site / "_site")
    assert {Path(p).suffix for p in files} >= {".html", ".css", ".svg", ".png", ".xml", ".json", ".txt", ".jpg",
                                               ".woff2", ".wasm", ".pf_meta", ".pf_index", ".pf_fragment", ".js"}

    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0

    out = capsys.readouterr().out
    assert set(objects(s3, bucket)) == set(files)
    assert printed_paths(out, "uploaded") == set(files)
    total = sum(len(data) for data in files.values())
    assert re.fullmatch(rf"deployed \S+ -> s3://{bucket}/: {len(files)} uploaded \([\d.]+ kB\), 0 unchanged, "
                        r"0 deleted in [\d.]+ s", summary(out))
    assert f"{total / 1000:.1f} kB" in summary(out)
    for path, data in files.items():
        head = s3.head_object(Bucket=bucket, Key=path)
        name, suffix = Path(path).name, Path(path).suffix
        expected_type = EXPECTED_NAMES.get(name) or EXPECTED_TYPES[suffix]
        expected_cache = (IMMUTABLE if path.startswith("aset/") else
                          FEED if path.endswith(".xml") or path == "feed.json" else REVALIDATE)
        assert (head["ContentType"], head["CacheControl"], head["ContentLength"]) == (
            expected_type, expected_cache, len(data)), path
    body = s3.get_object(Bucket=bucket, Key="artikel/beras/index.html")["Body"].read()
    assert body == files["artikel/beras/index.html"]


def test_second_deploy_without_changes_uploads_nothing(site: Path, s3, bucket: str, s3_endpoint: str, capsys):
    versioned(s3, bucket)
    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0
    before, written = objects(s3, bucket), writes(s3, bucket)
    capsys.readouterr()

    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0

    out = capsys.readouterr().out
    assert printed_paths(out, "uploaded") == set()
    assert f": 0 uploaded (0 B), {len(before)} unchanged, 0 deleted in " in summary(out)
    assert objects(s3, bucket) == before
    assert writes(s3, bucket) == written  # (no sleep needed to tell a re-upload: issue 21)


def test_editing_one_article_uploads_only_the_files_whose_bytes_changed(
        site: Path, s3, bucket: str, s3_endpoint: str, capsys):
    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0
    before = snapshot(site / "_site")
    (site / "articles" / "beras.md").write_text(
        SITE["articles/beras.md"].replace("naik di pasar induk", "naik tajam di pasar induk Cipinang"),
        encoding="utf-8")
    assert run_build(site, search=True) == 0
    after = snapshot(site / "_site")
    changed = {p for p in after if before.get(p) != after[p]}
    assert "artikel/beras/index.html" in changed and "artikel/banjir/index.html" not in changed
    assert len(changed) < len(after) / 2
    capsys.readouterr()

    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0

    out = capsys.readouterr().out
    assert printed_paths(out, "uploaded") == changed
    assert f": {len(changed)} uploaded (" in summary(out)
    assert f"), {len(after) - len(changed)} unchanged, 0 deleted" in summary(out)
    for path in changed:
        assert s3.get_object(Bucket=bucket, Key=path)["Body"].read() == after[path], path
    assert set(objects(s3, bucket)) == set(after) | set(before)


def test_removed_article_pages_are_deleted_only_with_delete(site: Path, s3, bucket: str, s3_endpoint: str, capsys):
    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0
    before = set(snapshot(site / "_site"))
    (site / "articles" / "banjir.md").unlink()
    assert run_build(site, search=True) == 0
    after = set(snapshot(site / "_site"))
    gone = before - after
    assert {"artikel/banjir/index.html", "artikel/banjir/kartu.png", "tag/banjir/index.html"} <= gone
    capsys.readouterr()

    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0
    out = capsys.readouterr().out
    assert gone <= set(objects(s3, bucket))
    assert f"{len(gone)} objects under s3://{bucket}/ not in the site kept; --delete removes them" in out

    assert deploy(site, f"s3://{bucket}", s3_endpoint, "--delete") == 0
    out = capsys.readouterr().out
    assert set(objects(s3, bucket)) == after
    assert printed_paths(out, "deleted") == gone
    assert f": 0 uploaded (0 B), {len(after)} unchanged, {len(gone)} deleted in " in summary(out)


def test_dry_run_changes_nothing_and_prints_what_it_would_do(site: Path, s3, bucket: str, s3_endpoint: str, capsys):
    versioned(s3, bucket)
    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0
    old = snapshot(site / "_site")
    (site / "articles" / "pemilu.md").unlink()
    (site / "articles" / "cuaca.md").write_text(article("Cuaca Cerah Sepekan", "2025-06-17T06:00:00+07:00"),
                                                encoding="utf-8")
    assert run_build(site, search=True) == 0
    new = snapshot(site / "_site")
    before, written = objects(s3, bucket), writes(s3, bucket)
    capsys.readouterr()

    assert deploy(site, f"s3://{bucket}", s3_endpoint, "--delete", "--dry-run") == 0

    out = capsys.readouterr().out
    assert objects(s3, bucket) == before
    assert writes(s3, bucket) == written
    would_upload = {p for p in new if old.get(p) != new[p]}
    assert printed_paths(out, "would upload") == would_upload
    assert "would upload artikel/cuaca/index.html (new, " in out
    assert "would upload index.html (changed, " in out
    assert printed_paths(out, "would delete") == set(old) - set(new)
    assert "would delete 2025/06/pemilu.html (removed)" in out
    assert summary(out) == (f"dry run: {site / '_site'} -> s3://{bucket}/ would upload {len(would_upload)} files "
                            f"({_kb(sum(len(new[p]) for p in would_upload))}) and delete {len(set(old) - set(new))}; "
                            f"{len(new) - len(would_upload)} unchanged; nothing was changed")


def _kb(n: int) -> str:
    return f"{n} B" if n < 1000 else f"{n / 1000:.1f} kB"


def test_prefix_keeps_the_site_under_it_and_delete_touches_nothing_else(
        site: Path, s3, bucket: str, s3_endpoint: str, capsys):
    s3.put_object(Bucket=bucket, Key="lain/berkas.txt", Body=b"bukan bagian situs")
    s3.put_object(Bucket=bucket, Key="pre/fixture.txt", Body=b"awalan mirip, bukan situs")
    s3.put_object(Bucket=bucket, Key="pre/fix/sisa-lama.html", Body=b"sisa deploy lama")
    files = snapshot(site / "_site")

    assert deploy(site, f"s3://{bucket}/pre/fix", s3_endpoint, "--delete") == 0
    assert deploy(site, f"s3://{bucket}/pre/fix/", s3_endpoint) == 0

    out = capsys.readouterr().out
    assert set(objects(s3, bucket, "pre/fix/")) == {f"pre/fix/{p}" for p in files}
    assert {"lain/berkas.txt", "pre/fixture.txt"} <= set(objects(s3, bucket))
    assert "deleted sisa-lama.html (removed)" in out
    assert f"-> s3://{bucket}/pre/fix/: 0 uploaded (0 B), {len(files)} unchanged, 0 deleted" in summary(out)
    head = s3.head_object(Bucket=bucket, Key="pre/fix/index.html")
    assert head["ContentType"] == "text/html; charset=utf-8"


def test_quiet_prints_only_the_summary(site: Path, s3, bucket: str, s3_endpoint: str, capsys):
    assert deploy(site, f"s3://{bucket}", s3_endpoint, "--quiet") == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith("deployed ")


def test_output_option_names_the_folder_to_upload(site: Path, s3, bucket: str, s3_endpoint: str, tmp_path: Path):
    elsewhere = tmp_path / "terbit"
    assert run_build(site, output=elsewhere) == 0
    assert main(["deploy", f"s3://{bucket}", "--output", str(elsewhere), "--endpoint-url", s3_endpoint, "-q"]) == 0
    assert set(objects(s3, bucket)) == set(snapshot(elsewhere))


def test_missing_bucket_is_reported_without_a_traceback(site: Path, s3, s3_endpoint: str, capsys):
    assert deploy(site, "s3://tidak-ada-ember", s3_endpoint) == 1
    err = capsys.readouterr().err
    assert err == ("error: s3://tidak-ada-ember/: ListObjectsV2 failed: NoSuchBucket: The specified bucket does "
                   "not exist — create the bucket first, or check its name\n")


def test_missing_credentials_say_where_they_come_from(site: Path, s3, bucket: str, s3_endpoint: str,
                                                      monkeypatch, capsys):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                          "or AWS_PROFILE")
    assert objects(s3, bucket) == {}


def test_credentials_in_the_site_config_are_not_used(site: Path, s3, bucket: str, s3_endpoint: str, monkeypatch,
                                                     capsys):
    config = site / "warta.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "extra:\n  aws_access_key_id: warta-test\n"
                      "  aws_secret_access_key: warta-test-secret\n", encoding="utf-8")
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 1
    assert "no AWS credentials found" in capsys.readouterr().err


def test_deploy_before_build_says_to_build_first(write_site, capsys):
    root = write_site({"articles/a.md": article()})
    assert main(["deploy", "s3://ember", "--source", str(root)]) == 1
    assert capsys.readouterr().err == f"error: no built site in {root / '_site'}; run `warta build` first, or pass --output\n"


@pytest.mark.parametrize("destination", ["ember", "https://ember.s3.amazonaws.com/", "s3://", "s3://ember/../x"])
def test_destination_that_is_not_an_s3_address_is_a_usage_error(destination, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["deploy", destination])
    assert stopped.value.code == 2
    assert "warta deploy: error: argument s3://BUCKET/PREFIX:" in capsys.readouterr().err


def test_without_boto3_deploy_says_how_to_install_it(site: Path, monkeypatch, capsys):
    # A None entry in sys.modules makes `import boto3` fail as if it were not installed.
    monkeypatch.setitem(sys.modules, "boto3", None)
    assert main(["deploy", "s3://ember", "--source", str(site)]) == 1
    assert capsys.readouterr().err == ("error: warta deploy needs boto3: pip install 'warta[deploy]' "
                                       "(or pip install boto3)\n")


def test_endpoint_that_is_not_a_url_is_reported(site: Path, s3, capsys):
    assert main(["deploy", "s3://ember", "--source", str(site), "--endpoint-url", "bukan url"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: --endpoint-url: ") and err.endswith("; write it as https://host[:port]\n")


def test_a_link_in_the_output_folder_stops_the_deploy_before_anything_is_uploaded(
        site: Path, s3, bucket: str, s3_endpoint: str, capsys, tmp_path: Path):
    secret = tmp_path / "hostname"
    secret.write_text("rahasia-server\n", encoding="utf-8")
    (site / "_site/leak.txt").symlink_to(secret)
    (site / "_site/aset/luar").symlink_to(tmp_path)
    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 1
    err = capsys.readouterr().err
    assert "holds symbolic links or special files, which a build never writes: aset/luar, leak.txt" in err
    assert objects(s3, bucket) == {}


def test_the_marker_of_the_output_folder_is_not_uploaded(site: Path, s3, bucket: str, s3_endpoint: str):
    assert (site / "_site/.warta-output").is_file()
    assert deploy(site, f"s3://{bucket}", s3_endpoint) == 0
    assert ".warta-output" not in objects(s3, bucket) and "index.html" in objects(s3, bucket)
