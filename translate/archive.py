"""Check an ``.argosmodel`` archive before anything touches disk, then extract it safely.

An Argos package is a zip holding one top folder with ``metadata.json``, a
CTranslate2 ``model/`` and a tokenizer. :func:`check` reads only the zip's
directory and ``metadata.json`` and refuses anything else with one
:class:`~quotes.errors.ArchiveRejected` message; :func:`extract` writes the
checked members into a fresh folder, counting every byte.
"""
from __future__ import annotations

import json
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Union

from quotes.errors import ArchiveRejected, InputError

TOKENIZERS = ("sentencepiece.model", "bpe.model")
_SUPPORTED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_CODE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?$")  # en, pt_BR, zh-Hant: Argos's language codes
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Bounds on what an archive may unpack to; the defaults fit every Argos model."""

    max_total_bytes: int = 1 << 30  # Argos packages unpack to a few hundred MiB; 2 GiB of anything is refused
    max_members: int = 10_000
    max_ratio: float = 100.0
    ratio_floor: int = 64 << 20
    max_metadata_bytes: int = 1 << 20


@dataclass(frozen=True)
class Checked:
    """What :func:`check` learnt about an archive that passed."""

    path: Path
    top: str
    from_code: str
    to_code: str
    version: str
    members: int
    total_bytes: int
    metadata: Dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def reject(label: str, problem: str) -> ArchiveRejected:
    """The one error every refusal raises: ``LABEL: PROBLEM; nothing installed``."""
    return ArchiveRejected(f"{label}: {problem}; nothing installed")


def check(path: Union[str, Path], limits: Optional[Limits] = None, label: Optional[str] = None) -> Checked:
    """Validate an ``.argosmodel`` file without writing anything.

    Args:
        path: the archive.
        limits: size and count bounds (default :class:`Limits`).
        label: how messages name the archive (default: ``path`` as given).

    Returns:
        The package's top folder, codes, version and sizes.

    Raises:
        InputError: the file is missing or is a directory.
        ArchiveRejected: anything else is wrong; the message names the first problem.
    """
    path = Path(path)
    limits = limits or Limits()
    label = label or str(path)
    _check_file(path, label)
    try:
        with zipfile.ZipFile(path) as zf:
            return _check_zip(zf, path, limits, label)
    except zipfile.BadZipFile as err:
        raise reject(label, f"damaged zip archive ({err})") from None
    except (OSError, EOFError, ValueError, NotImplementedError) as err:
        raise reject(label, f"unreadable zip archive ({err})") from None


def _check_file(path: Path, label: str) -> None:
    if path.is_dir():
        raise InputError(f"{label}: a folder, not an .argosmodel file; nothing installed")
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError(f"{label}: no such file; nothing installed") from None
    if size == 0:
        raise reject(label, "empty file, not a zip archive")
    if not zipfile.is_zipfile(path):
        raise reject(label, "not a zip archive")


def _check_zip(zf: zipfile.ZipFile, path: Path, limits: Limits, label: str) -> Checked:
    infos = zf.infolist()
    if not infos:
        raise reject(label, "empty zip archive")
    if len(infos) > limits.max_members:
        raise reject(label, f"{len(infos)} entries, more than the limit of {limits.max_members}")
    seen = set()
    total = 0
    for info in infos:
        _check_member(info, limits, label)
        key = info.filename.rstrip("/")
        if key in seen:
            raise reject(label, f"{key} appears twice")
        seen.add(key)
        total += info.file_size
    if total > limits.max_total_bytes:
        raise reject(label, f"unpacks to {human(total)}, more than the limit of {human(limits.max_total_bytes)}")
    top = _top_folder(infos, label)
    files = {info.filename for info in infos if not info.is_dir()}
    folders = {name.rsplit("/", 1)[0] for name in seen if "/" in name}
    clash = sorted(files & _prefixes(folders))
    if clash:
        raise reject(label, f"{clash[0]} is both a file and a folder")
    meta = _read_metadata(zf, top, files, limits, label)
    if f"{top}/model/model.bin" not in files:
        raise reject(label, f"no {top}/model/model.bin (the CTranslate2 model)")
    if not any(f"{top}/{name}" in files for name in TOKENIZERS):
        raise reject(label, f"no tokenizer ({top}/{TOKENIZERS[0]} or {top}/{TOKENIZERS[1]})")
    return Checked(
        path=path,
        top=top,
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        version=str(meta.get("package_version", "")),
        members=len(infos),
        total_bytes=total,
        metadata=meta,
    )


def _check_member(info: zipfile.ZipInfo, limits: Limits, label: str) -> None:
    name = info.filename
    shown = name.encode("unicode_escape").decode("ascii") if _CONTROL.search(name) else name
    if _CONTROL.search(name):
        raise reject(label, f"{shown} contains a control character")
    if "\\" in name:
        raise reject(label, f"{name} contains a backslash")
    if name.startswith("/") or _DRIVE.match(name):
        raise reject(label, f"{name} is an absolute path")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        raise reject(label, f"{name} escapes the package")
    if any(part in ("", ".") for part in parts):
        raise reject(label, f"{name} has an empty or '.' path component")
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise reject(label, f"{name} is a symbolic link")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise reject(label, f"{name} is not a regular file or folder")
    if info.flag_bits & 0x1:
        raise reject(label, f"{name} is encrypted")
    if info.compress_type not in _SUPPORTED_METHODS:
        raise reject(label, f"{name} uses unsupported compression method {info.compress_type}")
    if info.file_size > limits.ratio_floor:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise reject(
                label,
                f"{name} unpacks to {human(info.file_size)} from {human(info.compress_size)} "
                f"({ratio:.0f}:1), a zip bomb",
            )


def _prefixes(folders: set) -> set:
    out = set()
    for folder in folders:
        parts = folder.split("/")
        out.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    return out


def _top_folder(infos: List[zipfile.ZipInfo], label: str) -> str:
    tops = []
    for info in infos:
        first, _, rest = info.filename.partition("/")
        if not rest and not info.is_dir():
            raise reject(label, f"{info.filename} lies outside the package's top folder")
        if first not in tops:
            tops.append(first)
    if len(tops) > 1:
        shown = ", ".join(f"{t}/" for t in tops[:3]) + (", …" if len(tops) > 3 else "")
        raise reject(label, f"{len(tops)} top folders ({shown}); an Argos package has exactly one")
    if tops[0].startswith("."):
        raise reject(label, f"top folder {tops[0]}/ is hidden")
    return tops[0]


def _read_metadata(zf: zipfile.ZipFile, top: str, files: set, limits: Limits, label: str) -> Dict[str, Any]:
    name = f"{top}/metadata.json"
    if name not in files:
        raise reject(label, f"no {name}")
    info = zf.getinfo(name)
    if info.file_size > limits.max_metadata_bytes:
        raise reject(label, f"{name} is {human(info.file_size)}, more than {human(limits.max_metadata_bytes)}")
    try:
        meta = json.loads(zf.read(info))
    except (ValueError, UnicodeDecodeError) as err:
        raise reject(label, f"{name} is not valid JSON ({err})") from None
    if not isinstance(meta, dict):
        raise reject(label, f"{name} is not a JSON object")
    if not isinstance(meta.get("from_code"), str) or not isinstance(meta.get("to_code"), str):
        raise reject(label, f"{name} does not name from_code and to_code")
    for key in ("from_code", "to_code"):
        if not _CODE.match(meta[key]):
            raise reject(label, f"{name} has {key} {meta[key]!r}, not a language code like 'en'")
    kind = meta.get("type", "translate")
    if kind != "translate":
        raise reject(label, f"{name} has type {kind!r}, not a translation package")
    return meta


def extract(checked: Checked, dest: Path, limits: Optional[Limits] = None, label: Optional[str] = None) -> Path:
    """Write the members of a checked archive under the empty folder ``dest``.

    Every member is re-checked against its declared size while it is written,
    so an archive that lies about its sizes is caught.

    Returns:
        ``dest / checked.top``.

    Raises:
        ArchiveRejected: the data does not match the zip directory.
    """
    limits = limits or Limits()
    label = label or str(checked.path)
    dest = Path(dest)
    root = dest.resolve()
    written = 0
    try:
        with zipfile.ZipFile(checked.path) as zf:
            for info in zf.infolist():
                _check_member(info, limits, label)
                target = dest.joinpath(*info.filename.rstrip("/").split("/"))
                if root not in target.resolve().parents:
                    raise reject(label, f"{info.filename} escapes the package")
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                written += _copy_member(zf, info, target, limits.max_total_bytes - written, label)
    except zipfile.BadZipFile as err:
        raise reject(label, f"damaged zip archive ({err})") from None
    except (EOFError, ValueError, NotImplementedError) as err:
        raise reject(label, f"unreadable zip archive ({err})") from None
    return dest / checked.top


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int, label: str) -> int:
    count = 0
    with zf.open(info) as src, open(target, "xb") as out:
        while True:
            chunk = src.read(_CHUNK)
            if not chunk:
                break
            count += len(chunk)
            if count > info.file_size or count > budget:
                raise reject(label, f"{info.filename} holds more data than its zip entry declares")
            out.write(chunk)
    return count


def human(size: int) -> str:
    """A byte count for messages: ``512 B``, ``2.0 MiB``, ``4.0 GiB``."""
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            break
        value /= 1024
    return f"{value:.1f} {unit}"
