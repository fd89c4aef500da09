"""`warta deploy`: upload the built output folder to S3 or any S3-compatible store, changed files only.

What is in the bucket is compared with the output folder by size and MD5: every object is
uploaded here with one PutObject (never multipart), and a single-part object's ETag is the MD5
of its bytes (AWS S3 without SSE-KMS, Cloudflare R2, MinIO, …). So one listing of the prefix
says what changed; no state is kept beside the site that could drift from what the bucket
really holds. An object whose ETag is not an MD5 (multipart, SSE-KMS) only looks changed and
is uploaded again.

Credentials come from boto3's standard chain only (environment, AWS_PROFILE and the shared
config files, SSO, instance roles), never from the site's config."""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import os
import stat as stat_module
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from warta.builder.outdir import MARKER
from warta.errors import WartaError
from warta.model.urls import ATOM_FILE, JSON_FEED_FILE, RSS_FILE
from warta.outputs.hosting import cache_control

INSTALL_HINT = "pip install 'warta[deploy]' (or pip install boto3)"
WORKERS = 8
"""Uploads in flight at once."""
DELETE_BATCH = 1000
"""Most keys one DeleteObjects request takes."""

TEXT = "; charset=utf-8"
CONTENT_TYPES = {
    ".html": "text/html" + TEXT, ".htm": "text/html" + TEXT,
    ".css": "text/css" + TEXT,
    ".js": "text/javascript" + TEXT, ".mjs": "text/javascript" + TEXT,
    ".json": "application/json", ".webmanifest": "application/manifest+json",
    ".xml": "application/xml" + TEXT,
    ".txt": "text/plain" + TEXT,
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".avif": "image/avif", ".svg": "image/svg+xml", ".ico": "image/x-icon",
    ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf",
    ".wasm": "application/wasm",
    ".pdf": "application/pdf", ".mp4": "video/mp4", ".webm": "video/webm", ".mp3": "audio/mpeg",
    # Pagefind's index, fragments, filters and its WASM bundle: compressed binary it reads itself.
    ".pf_meta": "application/octet-stream", ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream", ".pf_filter": "application/octet-stream",
    ".pagefind": "application/octet-stream",
}
NAMED_TYPES = {
    ATOM_FILE: "application/atom+xml" + TEXT,
    RSS_FILE: "application/rss+xml" + TEXT,
    JSON_FEED_FILE: "application/feed+json",
    "_headers": "text/plain" + TEXT, "_redirects": "text/plain" + TEXT,
    "CNAME": "text/plain" + TEXT, ".nojekyll": "text/plain" + TEXT,
}


class DeployError(WartaError):
    """The bucket cannot be reached or written, or there is nothing to deploy."""


def content_type(path: str) -> str:
    """The Content-Type an output file is served with, by name, then extension."""
    name = PurePosixPath(path).name
    if name in NAMED_TYPES:
        return NAMED_TYPES[name]
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


@dataclass(frozen=True, slots=True)
class Target:
    """Where the site goes: a bucket and a key prefix."""

    bucket: str
    prefix: str
    """`""` for the bucket's root, else ending in `/` (`pre/fix/`)."""

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"

    def key(self, path: str) -> str:
        return self.prefix + path


def parse_target(url: str) -> Target:
    """`s3://bucket/pre/fix` -> Target; raise ValueError saying what is wrong."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError(f'"{url}" is not an S3 address; write s3://bucket or s3://bucket/prefix')
    if parts.query or parts.fragment:
        raise ValueError(f'"{url}" must not contain ? or #')
    segments = [s for s in parts.path.split("/") if s]
    if any(s in (".", "..") for s in segments):
        raise ValueError(f'"{url}" may not contain "." or ".." in its prefix')
    return Target(parts.netloc, "".join(s + "/" for s in segments))


@dataclass(frozen=True, slots=True)
class LocalFile:
    """One file of the output folder, as it should be in the bucket."""

    path: str
    """Path inside the output folder, forward slashes."""
    size: int
    md5: str
    """Hex MD5 of the bytes: what a single-part object's ETag is."""
    content_type: str
    cache_control: str


@dataclass(frozen=True, slots=True)
class RemoteObject:
    """One object already under the prefix."""

    path: str
    """Key without the prefix."""
    size: int
    etag: str
    """Without quotes."""


@dataclass(frozen=True, slots=True)
class Change:
    """One upload or deletion."""

    action: str
    """`upload` or `delete`."""
    path: str
    """Path inside the output folder (key without the prefix)."""
    reason: str
    """`new`, `changed` (uploads) or `removed` (deletions)."""
    size: int
    """Bytes uploaded (0 for deletions)."""


@dataclass(frozen=True, slots=True)
class DeployPlan:
    """What a deploy does, decided before anything is sent."""

    target: Target
    uploads: tuple[Change, ...]
    """New and changed files; pages, feeds and other entry points last (see `_entry_point`)."""
    deletes: tuple[Change, ...]
    """Objects not in the site, when --delete was given."""
    unchanged: int
    """Files already in the bucket with the same size and MD5."""
    kept: tuple[str, ...]
    """Objects not in the site that stay, because --delete was not given."""

    @property
    def upload_bytes(self) -> int:
        return sum(change.size for change in self.uploads)


@dataclass(frozen=True, slots=True)
class DeployReport:
    """What a finished deploy did (or, with dry_run, would do)."""

    plan: DeployPlan
    dry_run: bool
    seconds: float


def scan_output(folder: Path) -> dict[str, LocalFile]:
    """Every file of the output folder with its size, MD5 and headers (not the marker of Warta's
    output folder). A build writes only regular files: a symbolic link or a special file in the
    folder was put there by something else and could publish what it leads to, so the deploy stops."""
    files, strange = {}, []
    folder = Path(os.path.realpath(folder))  # (the folder itself may be a link: www -> /var/www/html)
    for current, dirs, names in os.walk(folder):
        for name in sorted(dirs + names):
            path = os.path.join(current, name)
            info = os.lstat(path)
            if stat_module.S_ISLNK(info.st_mode) or not (stat_module.S_ISREG(info.st_mode)
                                                         or stat_module.S_ISDIR(info.st_mode)):
                strange.append(Path(path).relative_to(folder).as_posix())
    if strange:
        strange.sort()
        shown = ", ".join(strange[:5]) + (f" and {len(strange) - 5} more" if len(strange) > 5 else "")
        raise DeployError(f"{folder} holds symbolic links or special files, which a build never writes: {shown}; "
                          "remove them (or build again) before deploying, so that nothing they lead to is published")
    for current, _, names in os.walk(folder):
        for name in names:
            path = Path(current, name)
            rel = path.relative_to(folder).as_posix()
            if rel == MARKER:
                continue
            data = _read_file(path)
            files[rel] = LocalFile(rel, len(data), hashlib.md5(data, usedforsecurity=False).hexdigest(),
                                   content_type(rel), cache_control(rel))
    return dict(sorted(files.items()))


def _read_file(path: Path) -> bytes:
    """The bytes of a regular file, never through a link put there since it was scanned."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat_module.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise DeployError(f"{path} is not a regular file; build again before deploying")
        return handle.read()


def plan_deploy(target: Target, local: dict[str, LocalFile], remote: dict[str, RemoteObject],
                delete: bool) -> DeployPlan:
    """Compare the output folder with the bucket: upload what is new or differs, delete or keep the rest."""
    uploads, unchanged = [], 0
    for path, file in local.items():
        there = remote.get(path)
        if there is not None and there.size == file.size and there.etag.lower() == file.md5:
            unchanged += 1
            continue
        uploads.append(Change("upload", path, "new" if there is None else "changed", file.size))
    # Assets, images and the search index first, pages and feeds after them: during the upload no
    # new page points at a file that is not there yet. Deletions come last, for the same reason.
    uploads.sort(key=lambda change: (_entry_point(change.path), change.path))
    gone = tuple(sorted(path for path in remote if path not in local))
    deletes = tuple(Change("delete", path, "removed", 0) for path in gone) if delete else ()
    return DeployPlan(target, tuple(uploads), deletes, unchanged, () if delete else gone)


def _entry_point(path: str) -> bool:
    """Files that name other files: pages, feeds, sitemaps, the host files and Pagefind's entry."""
    return path.endswith((".html", ".htm", ".xml", ".json")) or path in ("_headers", "_redirects")


def deploy(folder: Path, target: Target, *, endpoint_url: str | None = None, delete: bool = False,
           dry_run: bool = False, on_change: Callable[[Change], None] | None = None) -> DeployReport:
    """Upload `folder` to `target`: only new and changed files; delete the others with `delete`.

    `on_change` is called after each upload or deletion (for each planned one with `dry_run`)."""
    started = time.perf_counter()
    if not folder.is_dir():
        raise DeployError(f"no built site in {folder}; run `warta build` first, or pass --output")
    local = scan_output(folder)
    if not local:
        raise DeployError(f"{folder} is empty; run `warta build` first")
    client = make_client(endpoint_url)
    with _errors(target):
        remote = list_remote(client, target)
        plan = plan_deploy(target, local, remote, delete)
        if dry_run:
            for change in plan.uploads + plan.deletes:
                if on_change:
                    on_change(change)
        else:
            _upload(client, folder, target, plan, local, on_change)
            _delete(client, target, plan.deletes, on_change)
    return DeployReport(plan, dry_run, time.perf_counter() - started)


def make_client(endpoint_url: str | None = None):
    """An S3 client from boto3's standard credential chain; any S3-compatible endpoint."""
    try:
        import boto3
        from botocore.config import Config
    except ImportError:
        raise DeployError(f"warta deploy needs boto3: {INSTALL_HINT}") from None
    options = {"retries": {"max_attempts": 5, "mode": "standard"}, "max_pool_connections": WORKERS * 2}
    if endpoint_url:
        # MinIO, R2 and local test servers are reached by address: path-style requests work everywhere.
        options["s3"] = {"addressing_style": "path"}
    try:
        return boto3.session.Session().client("s3", endpoint_url=endpoint_url or None, config=Config(**options))
    except ValueError as exc:  # botocore's "Invalid endpoint: …"
        raise DeployError(f"--endpoint-url: {exc}; write it as https://host[:port]") from None


def list_remote(client, target: Target) -> dict[str, RemoteObject]:
    """Every object under the prefix, by path relative to it."""
    objects = {}
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=target.bucket, Prefix=target.prefix)
    for page in pages:
        for item in page.get("Contents", ()):
            path = item["Key"][len(target.prefix):]
            if path:
                objects[path] = RemoteObject(path, item["Size"], item.get("ETag", "").strip('"'))
    return objects


def _upload(client, folder: Path, target: Target, plan: DeployPlan, local: dict[str, LocalFile],
            on_change: Callable[[Change], None] | None) -> None:
    def put(change: Change) -> Change:
        file = local[change.path]
        data = _read_file(Path(os.path.realpath(folder), change.path))
        digest = hashlib.md5(data, usedforsecurity=False)
        if digest.hexdigest() != file.md5:
            raise DeployError(f"{folder / change.path} changed during the deploy; run it again")
        client.put_object(Bucket=target.bucket, Key=target.key(change.path), Body=data,
                          ContentType=file.content_type, CacheControl=file.cache_control,
                          ContentMD5=base64.b64encode(digest.digest()).decode("ascii"))
        return change

    first = tuple(c for c in plan.uploads if not _entry_point(c.path))
    last = tuple(c for c in plan.uploads if _entry_point(c.path))
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="warta-deploy") as pool:
        for batch in (first, last):
            for done in pool.map(put, batch):
                if on_change:
                    on_change(done)


def _delete(client, target: Target, deletes: tuple[Change, ...], on_change: Callable[[Change], None] | None) -> None:
    for start in range(0, len(deletes), DELETE_BATCH):
        batch = deletes[start:start + DELETE_BATCH]
        answer = client.delete_objects(Bucket=target.bucket, Delete={
            "Objects": [{"Key": target.key(c.path)} for c in batch], "Quiet": True})
        failed = answer.get("Errors", ())
        if failed:
            first = failed[0]
            raise DeployError(f"could not delete {len(failed)} objects from {target.url}, "
                              f"e.g. {first.get('Key')}: {first.get('Code')}: {first.get('Message')}")
        for change in batch:
            if on_change:
                on_change(change)


class _errors:
    """Turn botocore's exceptions into a DeployError that says what to do."""

    def __init__(self, target: Target):
        self.target = target

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None or isinstance(exc, WartaError):
            return False
        try:
            from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError
        except ImportError:  # pragma: no cover - make_client already needed botocore
            return False
        if isinstance(exc, NoCredentialsError):
            raise DeployError("no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                              "or AWS_PROFILE for a profile in ~/.aws/credentials (they are never read from "
                              "warta.yaml)") from None
        if isinstance(exc, ClientError):
            error = exc.response.get("Error", {})
            code, message = error.get("Code", "error"), error.get("Message", "")
            hint = {"NoSuchBucket": "create the bucket first, or check its name",
                    "AccessDenied": "the credentials may not list, write or delete there",
                    "InvalidAccessKeyId": "check AWS_ACCESS_KEY_ID / the profile",
                    "SignatureDoesNotMatch": "check AWS_SECRET_ACCESS_KEY / the profile"}.get(code)
            raise DeployError(f"{self.target.url}: {exc.operation_name} failed: {code}: {message}"
                              + (f" — {hint}" if hint else "")) from None
        if isinstance(exc, BotoCoreError):
            raise DeployError(f"{self.target.url}: {exc}") from None
        return False
