"""Theme assets (CSS, icons) under content-hashed names, so hosts can cache them forever."""

from __future__ import annotations

import hashlib
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
    """Give each file (name -> bytes, site files already overriding theme files) a hashed path."""
    assets = []
    for name in sorted(files):
        data = files[name]
        digest = hashlib.sha256(data).hexdigest()[:8]
        pure = PurePosixPath(name)
        hashed = pure.with_name(f"{pure.stem}.{digest}{pure.suffix}")
        assets.append(Asset(name, f"{ASSET_DIR}/{hashed.as_posix()}", data))
    return AssetSet(tuple(assets))
