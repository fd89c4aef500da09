"""Local pictures of an imported article: which files may be copied (only from inside the allowed folder,
never through a symlink out of it), the name each gets next to the article, and the copy itself (atomic,
never over another file without --force, never outside the articles folder)."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from warta.images.metadata import without_metadata
from warta.importer.naming import PICTURES_DIR, picture_src
from warta.importer.records import ImportedImage

MAX_PICTURE_BYTES = 50 * 1024 * 1024
"""The largest picture copied: a camera's JPEG is a few MB."""
MAX_PICTURE_PIXELS = 50_000_000
"""The most pixels of a picture copied: the build's default `image_max_megapixels`."""
_INLINE = re.compile(r"data:image/(?:jpeg|jpg|png|gif|webp|avif)(?:;[\w=.+-]*)*?;base64,", re.IGNORECASE)
"""A picture carried inline by a single-file page (SingleFile, \"Save as… single file\"): raster only (an SVG
can carry script, and is refused by the build)."""
_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WebP": "webp", "AVIF": "avif"}
_NAME_EXTENSIONS = {"JPEG": ("jpg", "jpeg", "jpe"), "PNG": ("png",), "GIF": ("gif",), "WebP": ("webp",),
                    "AVIF": ("avif",), "SVG": ("svg",)}
"""The extensions a picture of each format may keep; any other is replaced by the first."""
_SIGNATURES = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"))


def picture_format(head: bytes) -> str | None:
    """"JPEG", "PNG", "GIF", "WebP", "AVIF" or "SVG" from a file's first bytes; None for anything else."""
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return "AVIF"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return "SVG"
    return None


def build_refuses(data: bytes) -> str | None:
    """Why `warta build` would refuse these bytes as a picture (cut short, not an image, an SVG with a script,
    a decompression bomb), or None: a picture is copied only if the site it goes to can be built."""
    from warta.images.source import fault_of  # (Pillow: only when there is a picture to copy)

    fault = fault_of(data, MAX_PICTURE_PIXELS)
    return f"{fault.message} ({fault.hint})" if fault is not None else None


def local_file(path: Path, allowed: Path) -> tuple[Path | None, str | None]:
    """(the file, None) when `path` is a picture file inside `allowed` once every symlink is followed, and one
    the build takes, else (None, why not)."""
    try:
        root = allowed.resolve(strict=True)
        found = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None, "no such file"
    if not found.is_relative_to(root):
        return None, f"outside {allowed} (only pictures inside it are copied)"
    try:
        info = found.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, "not a file"
        if info.st_size > MAX_PICTURE_BYTES:
            return None, f"larger than {MAX_PICTURE_BYTES // 1024 // 1024} MB"
        refused = _file_refused(found, info.st_size, info.st_mtime_ns)
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc})"
    return (None, refused) if refused else (found, None)


@functools.lru_cache(maxsize=4096)
def _file_refused(found: Path, size: int, mtime_ns: int) -> str | None:
    """Why the picture file cannot be copied, or None; decoded once per import (a picture is looked at when the
    body names it and again before it is copied), again only if it changed meanwhile (size, mtime)."""
    with open(found, "rb") as handle:
        data = handle.read(MAX_PICTURE_BYTES + 1)
    if picture_format(data[:1024]) is None:
        return "not a JPEG, PNG, GIF, WebP, AVIF or SVG picture"
    return build_refuses(data)


def picture_name(found: Path) -> str:
    """The file name a picture is copied under: its own, with the extension of its format when it has another
    (`catatan.md` holding a JPEG is copied as `catatan.jpg`: under the articles folder, a `.md` is an article)."""
    try:
        with open(found, "rb") as handle:
            kind = picture_format(handle.read(1024))
    except OSError:  # (gone since it was checked: the copy says so)
        return found.name
    extension = found.suffix.lower().lstrip(".")
    if kind is None or extension in _NAME_EXTENSIONS[kind]:
        return found.name
    return f"{found.stem if found.suffix else found.name}.{_NAME_EXTENSIONS[kind][0]}"


class PicturePlacer:
    """The picture hook of one article (`convert.PictureHook`): a src naming a file inside `allowed` (relative
    to `base`, the page's folder) -> the picture at `foto/<slug>/<file>`; anything else -> None, with a note."""

    def __init__(self, slug: str, base: Path | None, allowed: Path | None):
        self.slug = slug
        self.base = base
        self.allowed = allowed
        self.placed: dict[Path, ImportedImage] = {}
        self.names = PictureNames(slug)
        self.inlined = 0
        self.notes: list[str] = []

    def __call__(self, src: str, alt: str | None = None) -> ImportedImage | None:
        if src.lstrip()[:5].lower() == "data:":
            return self.inline(src.strip())
        if self.base is None or self.allowed is None:
            return None
        parts = urlsplit(src.strip())
        if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
            return None  # (a picture on a web site: the reader keeps its address)
        relative = unquote(parts.path).replace("\\", "/")
        found, reason = local_file(self.base / relative, self.allowed)
        if found is None:
            self.notes.append(f"picture {src[:100]!r} not copied: {reason}")
            return None
        return self.place(found)

    def inline(self, src: str) -> ImportedImage | None:
        """A picture the page carries as a `data:` address: decoded, checked, named `gambar-<n>.<ext>`."""
        header = _INLINE.match(src)
        if header is None or len(src) > MAX_PICTURE_BYTES * 4 // 3 + 200:
            self.notes.append(f"picture {src[:40]!r}… not copied: not a JPEG, PNG, GIF, WebP or AVIF picture "
                              "of at most 50 MB")
            return None
        try:
            data = base64.b64decode("".join(src[header.end():].split()), validate=True)
        except (binascii.Error, ValueError):
            data = b""
        kind = picture_format(data[:1024])
        if kind not in _EXTENSIONS:
            self.notes.append(f"picture {src[:40]!r}… not copied: its data is not the picture it says")
            return None
        refused = build_refuses(data)
        if refused:
            self.notes.append(f"picture {src[:40]!r}… not copied: {refused}")
            return None
        key = Path("data:" + hashlib.sha256(data).hexdigest())
        if key not in self.placed:
            self.inlined += 1
            self.placed[key] = ImportedImage(src=self.names.name(f"gambar-{self.inlined}.{_EXTENSIONS[kind]}"), data=data)
        return self.placed[key]

    def place(self, found: Path) -> ImportedImage:
        """The picture for a checked local file, named once per article (`a.jpg`, `a-2.jpg`, …)."""
        if found not in self.placed:
            self.placed[found] = ImportedImage(src=self.names.name(picture_name(found)), copy_from=found)
        return self.placed[found]


class PictureNames:
    """The names of one article's pictures: `foto/<slug>/<file>`, with `-2`, `-3`, … when the article has a
    picture of that name already (every reader that copies pictures names them here)."""

    def __init__(self, slug: str):
        self.slug = slug
        self.taken: set[str] = set()

    def name(self, file_name: str) -> str:
        name = picture_src(self.slug, file_name)
        stem, dot, extension = name.rpartition(".")
        stem, extension = (stem, "." + extension) if dot and "/" not in extension else (name, "")
        number = 1
        while name in self.taken:
            number += 1
            name = f"{stem}-{number}{extension}"
        self.taken.add(name)
        return name


@dataclass(frozen=True, slots=True)
class PictureCopy:
    """A picture to copy for an article: from a checked local file (or its inline bytes) to a path under the
    articles folder."""

    source: Path | None
    target: Path
    data: bytes | None = None


def plan_copy(image: ImportedImage, into: Path, allowed: Path | None) -> tuple[PictureCopy | None, str | None]:
    """Where `image` is copied (its `src` under `into`), checked again: the source inside `allowed`, the target
    a plain `foto/…` path inside `into`. (None, why not) otherwise."""
    relative = PurePosixPath(image.src)
    if (relative.is_absolute() or relative.parts[:1] != (PICTURES_DIR,) or any(p in ("", ".", "..") for p in relative.parts)):
        return None, f"picture {image.src!r} would be written outside {into / PICTURES_DIR}"
    if image.data is not None:
        if picture_format(image.data[:1024]) is None or len(image.data) > MAX_PICTURE_BYTES:
            return None, f"picture {image.src} is not written: its data is not a picture of at most 50 MB"
        return PictureCopy(None, into.joinpath(*relative.parts), image.data), None
    assert image.copy_from is not None
    if allowed is None:
        return None, f"picture {image.copy_from} is not copied: this kind of input names no folder to copy from"
    found, reason = local_file(image.copy_from, allowed)
    if found is None:
        return None, f"picture {image.copy_from} is not copied: {reason}"
    return PictureCopy(found, into.joinpath(*relative.parts)), None


def copy_picture(copy: PictureCopy, into: Path, force: bool) -> str | None:
    """Copy one picture through a temporary file in its folder; None when done (or the same file is already
    there), else why not. Without `force` an existing different file is kept; the folders on the way must be
    real folders inside `into` (a symlink `foto/` to elsewhere is refused)."""
    try:
        into.mkdir(parents=True, exist_ok=True)
        root = into.resolve(strict=True)
        folder = into
        for part in copy.target.parent.relative_to(into).parts:  # (one by one: never create through a symlink)
            folder = folder / part
            if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
                return f"{folder} is not a plain folder (a symlink?): the picture is not copied there"
            folder.mkdir(exist_ok=True)
        folder = folder.resolve(strict=True)
    except OSError as exc:
        return f"cannot create {copy.target.parent} ({exc.strerror or exc})"
    if folder != root.joinpath(*copy.target.parent.relative_to(into).parts):
        return f"{copy.target.parent} leads outside {into} (a symlink): the picture is not copied there"
    target = folder / copy.target.name
    try:
        data = without_metadata(copy.data if copy.data is not None else _read_checked(copy.source))
        if target.is_symlink():
            return f"{target} is a symlink: not overwritten"
        if target.exists():
            if target.is_file() and target.read_bytes() == data:
                return None
            if not force:
                return f"{copy.target} already exists (a different picture): pass --force to overwrite it"
        write_atomic(target, data, replace=force)
    except FileExistsError:
        return f"{copy.target} already exists (a different picture): pass --force to overwrite it"
    except OSError as exc:
        return f"cannot copy {copy.source} to {copy.target} ({exc.strerror or exc})"
    return None


def _read_checked(source: Path) -> bytes:
    """The source's bytes, opened without following a symlink swapped in since it was checked."""
    handle = os.open(source, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_PICTURE_BYTES:
            raise OSError(f"{source} is no longer a picture file")
        return stream.read(MAX_PICTURE_BYTES + 1)


def write_atomic(target: Path, data: bytes, replace: bool) -> None:
    """Write `data` to `target` through a temporary file in its folder: whole or not at all. Without `replace`
    an existing target is never overwritten (FileExistsError). The file gets the mode a new file gets (mkstemp's
    is 0600: the newsroom's other editors could not read the article)."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        mask = os.umask(0)
        os.umask(mask)
        os.fchmod(handle, 0o666 & ~mask)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        if replace:
            os.replace(temporary, target)
            return
        try:
            os.link(temporary, target)  # (fails if the target appeared meanwhile: never overwritten)
        except FileExistsError:
            raise
        except OSError:  # (a file system without hard links: create it exclusively instead)
            with open(target, "xb") as stream:
                stream.write(data)
    finally:
        Path(temporary).unlink(missing_ok=True)
