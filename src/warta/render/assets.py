"""Theme assets (CSS, icons) under content-hashed names, so hosts can cache them forever."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from warta.model.urls import ASSET_DIR


@dataclass(frozen=True, slots=True)
class Asset:
    """One asset file and the hashed path it is published at."""

    name: str
    """Logical name used in templates: `style.css`."""
    path: str
    """Site path with the content hash: `aset/style.3f2a9c1b.css`."""
    data: bytes


@dataclass(frozen=True, slots=True)
class AssetSet:
    """All assets of the build, looked up by logical name."""

    assets: tuple[Asset, ...]

    def path(self, name: str) -> str:
        for asset in self.assets:
            if asset.name == name:
                return asset.path
        known = ", ".join(a.name for a in self.assets) or "none"
        raise KeyError(f"no asset named {name!r} (known: {known})")


def collect_assets(files: dict[str, bytes]) -> AssetSet:
    """Give each file (name -> bytes, site files already overriding theme files) a hashed path.

    Stylesheets are minified first: an article page and its CSS must stay within 30 KB (issue 7)."""
    assets = []
    for name in sorted(files):
        data = files[name]
        if name.endswith(".css"):
            data = minify_css(data.decode("utf-8")).encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()[:8]
        pure = PurePosixPath(name)
        hashed = pure.with_name(f"{pure.stem}.{digest}{pure.suffix}")
        assets.append(Asset(name, f"{ASSET_DIR}/{hashed.as_posix()}", data))
    return AssetSet(tuple(assets))


# Strings, comments, whitespace, punctuation, then runs of anything else (and a lone quote, kept as is).
_CSS_TOKEN = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|/\*.*?(?:\*/|$)|\s+|[{};,>:()]'
                        r'|[^"\'/\s{};,>:()]+|.', re.DOTALL)
_NO_SPACE_BEFORE = frozenset("{};,>)")
_NO_SPACE_AFTER = frozenset("{};,>:(")


def minify_css(text: str) -> str:
    """Drop comments and the whitespace CSS does not need; strings stay as written.

    Space goes around `{ } ; , >`, after `:` and `(`, and before `)`; never before `:` (in a
    selector `a :hover` differs from `a:hover`), nor around `+ - *` (`calc(1rem + 2vw)`)."""
    # A comment separates tokens as whitespace does.
    tokens = [" " if t.startswith("/*") or t.isspace() else t for t in _CSS_TOKEN.findall(text)]
    out: list[str] = []
    for index, token in enumerate(tokens):
        if token == " ":
            before = out[-1] if out else " "
            after = next((t for t in tokens[index + 1:index + 3] if t != " "), " ")
            if before[-1] not in _NO_SPACE_AFTER and before != " " and after[0] not in _NO_SPACE_BEFORE \
                    and after != " ":
                out.append(" ")
        elif token == "}" and out and out[-1] == ";":
            out[-1] = "}"
        else:
            out.append(token)
    return "".join(out)
