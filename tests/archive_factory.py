"""Small ``.argosmodel`` archives (good and hostile) and an isolated Argos environment for model tests.

The archives hold the right files with placeholder bytes: validation and
installation need the layout, not a working model (tests/tiny_models.py
builds working ones).
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple, Union

TOP = "translate-en_ru-1_0"


def metadata(source: str = "en", target: str = "ru", version: str = "1.0", **extra: object) -> Dict[str, object]:
    """A ``metadata.json`` object as Argos writes it."""
    meta: Dict[str, object] = {
        "package_version": version, "argos_version": "1.0", "from_code": source, "from_name": source,
        "to_code": target, "to_name": target, "type": "translate", "links": [],
    }
    meta.update(extra)
    return meta


def package_files(top: str = TOP, source: str = "en", target: str = "ru",
                  version: str = "1.0") -> Dict[str, bytes]:
    """The members of a well-formed package: metadata, model/, tokenizer, README."""
    return {
        f"{top}/metadata.json": json.dumps(metadata(source, target, version)).encode(),
        f"{top}/model/model.bin": b"\x01model-bytes-" + top.encode(),
        f"{top}/model/config.json": b"{}",
        f"{top}/model/shared_vocabulary.json": b'["<unk>", "<s>", "</s>"]',
        f"{top}/sentencepiece.model": b"\x02spm-bytes",
        f"{top}/README.md": f"# {source}->{target}\n".encode(),
    }


def write_zip(path: Path, files: Union[Dict[str, bytes], Iterable[Tuple[Union[str, zipfile.ZipInfo], bytes]]],
              folders: bool = True) -> Path:
    """Zip ``files`` (name or ZipInfo → bytes) with DEFLATE; add folder entries like ``zip -r`` does."""
    items = list(files.items()) if isinstance(files, dict) else list(files)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        written = set()
        for name, data in items:
            plain = name.filename if isinstance(name, zipfile.ZipInfo) else name
            if folders:
                parts = plain.split("/")[:-1]
                for i in range(1, len(parts) + 1):
                    folder = "/".join(parts[:i]) + "/"
                    if folder not in written and not folder.startswith(("/", "..")):
                        written.add(folder)
                        zf.writestr(folder, b"")
            zf.writestr(name, data)
    return path


def symlink_info(name: str) -> zipfile.ZipInfo:
    """A zip entry that unpacks (with ``unzip``) as a symbolic link."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def zero_bomb(path: Path, top: str = TOP, size: int = 2 << 30) -> Path:
    """A well-formed package plus ``top/zeros.bin``: ``size`` zero bytes, DEFLATE-compressed to ~size/1000.

    The compressed stream is built from one repeated full-flush segment, so
    the archive is genuine (zipfile reads zeros from it) yet takes well under
    a second to make.
    """
    segment = 1 << 20
    if size % segment:
        raise ValueError("size must be a whole number of MiB")
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = bytes(segment)
    first = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    steady = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    stream = first + steady * (size // segment - 1) + comp.flush()
    entries = [(name, 0, data, zlib.crc32(data), len(data)) for name, data in package_files(top).items()]
    entries.append((f"{top}/zeros.bin", 8, stream, _crc_of_zeros(size), size))
    return _write_raw_zip(path, entries)


def _crc_of_zeros(size: int) -> int:
    block = bytes(min(size, 64 << 20))
    crc, left = 0, size
    while left:
        step = min(left, len(block))
        crc = zlib.crc32(block[:step] if step < len(block) else block, crc)
        left -= step
    return crc


def _write_raw_zip(path: Path, entries: List[Tuple[str, int, bytes, int, int]]) -> Path:
    """Write (name, method, payload, crc, uncompressed size) entries as a plain (non-zip64) zip."""
    central = b""
    with open(path, "wb") as out:
        for name, method, payload, crc, size in entries:
            offset = out.tell()
            raw = name.encode()
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21,
                                  crc, len(payload), size, len(raw), 0) + raw)
            out.write(payload)
            central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0, method, 0, 0x21,
                                   crc, len(payload), size, len(raw), 0, 0, 0, 0,
                                   (stat.S_IFREG | 0o644) << 16, offset) + raw
        start = out.tell()
        out.write(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                              len(central), start, 0))
    return path


def snapshot(root: Path) -> List[Tuple[str, str]]:
    """Every path under ``root`` with a digest of its bytes (``dir`` for folders): a before/after listing."""
    rows = []
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            rows.append((os.path.relpath(os.path.join(dirpath, name), root), "dir"))
        for name in filenames:
            full = os.path.join(dirpath, name)
            rows.append((os.path.relpath(full, root), hashlib.sha256(Path(full).read_bytes()).hexdigest()))
    return sorted(rows)


@dataclass
class Sandbox:
    """An Argos environment under a temp dir: HOME, XDG dirs, packages dir and the system temp dir."""

    root: Path
    home: Path
    packages: Path
    data: Path
    temp: Path

    def env(self) -> Dict[str, str]:
        """The environment (already pointed here by :func:`sandbox`), for a subprocess running argostranslate."""
        return dict(os.environ)


def sandbox(tmp_path: Path, monkeypatch, index: Optional[str] = "http://127.0.0.1:9/") -> Sandbox:
    """Point every Argos and temp-file location into ``tmp_path``; the index at an unreachable address."""
    home = tmp_path / "home"
    data = home / "data"
    temp = tmp_path / "systemp"
    for folder in (home, temp):
        folder.mkdir(parents=True)
    box = Sandbox(root=tmp_path, home=home, packages=data / "argos-translate" / "packages", data=data, temp=temp)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(box.packages))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.delenv("SNAP", raising=False)
    monkeypatch.delenv("QUOTES_MODEL_MAX_BYTES", raising=False)
    if index is None:
        monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    else:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index)
    return box


def file_index(folder: Path, archives: Dict[Tuple[str, str, str], Path]) -> str:
    """Write ``folder/index.json`` offering ``archives`` by (from, to, version) at file:// links; return the base URL."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = [metadata(src, tgt, version, links=[path.resolve().as_uri()])
               for (src, tgt, version), path in archives.items()]
    entries.append({"type": "sbd", "package_version": "1.0", "from_code": "en", "links": []})
    (folder / "index.json").write_text(json.dumps(entries), encoding="utf-8")
    return folder.resolve().as_uri() + "/"
