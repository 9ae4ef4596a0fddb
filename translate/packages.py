"""Where Argos packages live and which ones are installed.

Uses the same directory as Argos's own tools (``ARGOS_PACKAGES_DIR``, else
``$XDG_DATA_HOME/argos-translate/packages``), so models installed with
``argospm`` are found here and ours are found by Argos. Reads metadata only;
nothing is created at import time.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

LANGS = ("en", "ru", "uk")


def packages_dir() -> Path:
    """The Argos package directory, resolved the way ``argostranslate.settings`` does."""
    explicit = os.environ.get("ARGOS_PACKAGES_DIR")
    if explicit:
        return Path(explicit)
    settings = _argos_settings_file()
    if settings is not None:
        value = settings.get("ARGOS_PACKAGES_DIR")
        if value:
            return Path(value)
    return _data_dir() / "packages"


def _data_dir() -> Path:
    home = Path(os.environ["SNAP_USER_DATA"]) if "SNAP" in os.environ else Path.home()
    base = os.environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    return Path(base) / "argos-translate"


def _argos_settings_file() -> Optional[Dict[str, Any]]:
    home = Path(os.environ["SNAP_USER_DATA"]) if "SNAP" in os.environ else Path.home()
    base = os.environ.get("XDG_CONFIG_HOME") or str(home / ".config")
    path = Path(base) / "argos-translate" / "settings.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


@dataclass(frozen=True)
class Package:
    """An installed Argos translation package (one direction)."""

    path: Path
    from_code: str
    to_code: str
    version: str = ""
    target_prefix: str = ""
    metadata: Dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def name(self) -> str:
        return f"{self.from_code}→{self.to_code}"


def read_package(path: Path) -> Optional[Package]:
    """Read ``path/metadata.json``; ``None`` when it is not a translation package."""
    try:
        meta = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("type", "translate") != "translate":
        return None
    src, tgt = meta.get("from_code"), meta.get("to_code")
    if not isinstance(src, str) or not isinstance(tgt, str):
        return None
    return Package(
        path=path,
        from_code=src,
        to_code=tgt,
        version=str(meta.get("package_version", "")),
        target_prefix=str(meta.get("target_prefix", "") or ""),
        metadata=meta,
    )


def installed(directory: Optional[Path] = None) -> List[Package]:
    """Every translation package under ``directory`` (default: :func:`packages_dir`)."""
    root = Path(directory) if directory is not None else packages_dir()
    if not root.is_dir():
        return []
    found = []
    for child in sorted(root.iterdir()):
        if child.is_dir():
            pkg = read_package(child)
            if pkg is not None:
                found.append(pkg)
    return found


def find(source: str, target: str, directory: Optional[Path] = None) -> Optional[Package]:
    """The installed package for ``source``→``target`` (newest version wins), or ``None``."""
    matches = [p for p in installed(directory) if p.from_code == source and p.to_code == target]
    if not matches:
        return None
    return max(matches, key=lambda p: _version_key(p.version))


def _version_key(version: str) -> tuple:
    parts = []
    for piece in version.split("."):
        parts.append(int(piece) if piece.isdigit() else 0)
    return tuple(parts)


def install_hint(source: str, target: str) -> str:
    """The exact command that installs ``source``→``target`` (pivot legs included) from the index."""
    return f"quotes models install {source} {target}"
