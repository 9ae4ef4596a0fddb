"""Install, list and remove Argos translation packages, from a file or from the Argos index.

Packages land in the directory Argos's own tools use (:func:`packages_dir`),
laid out exactly as ``argostranslate.package.install_from_path`` lays them out.
Every archive is checked by :mod:`translate.archive` first, unpacked beside
the packages directory and renamed into place, so a failed or interrupted
install leaves nothing behind. ``argostranslate.package`` (from the
``argos-translate-lt`` distribution) reads the index; it is imported only
here, inside functions, after the environment is final.
"""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import shutil
import socket
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, List, Optional, Sequence, Tuple, Union

from quotes.errors import (
    InputError, Interrupted, ModelMissing, NetworkUnavailable, QuotesError, UnknownLanguage,
)

from . import archive
from .packages import LANGS, Package, _version_key, installed, packages_dir, read_package

PIVOT = "en"
OFFLINE_HINT = "on an offline machine install from a file: quotes models install --file PATH.argosmodel"
MAX_BYTES_ENV = "QUOTES_MODEL_MAX_BYTES"
INDEX_TIMEOUT = 10.0  # seconds without an answer from the index before we say it is unreachable
_CHUNK = 1 << 16

Progress = Callable[[str, int, Optional[int]], None]
"""Called as ``progress(name, bytes_done, bytes_total_or_None)`` while downloading."""


@dataclass(frozen=True)
class Available:
    """A package the Argos index offers for download."""

    from_code: str
    to_code: str
    version: str
    links: Tuple[str, ...]
    name: str

    @property
    def direction(self) -> str:
        return f"{self.from_code}→{self.to_code}"


@dataclass(frozen=True)
class Installed:
    """The outcome of installing one package."""

    package: Package
    replaced: Tuple[Package, ...] = ()
    already: bool = False


def limits() -> archive.Limits:
    """Archive limits, with the size bound taken from ``$QUOTES_MODEL_MAX_BYTES`` when set."""
    raw = os.environ.get(MAX_BYTES_ENV)
    if not raw:
        return archive.Limits()
    if not raw.isdigit() or int(raw) <= 0:
        raise InputError(f"{MAX_BYTES_ENV}={raw!r} is not a positive number of bytes; unset it or use e.g. 2147483648")
    return archive.Limits(max_total_bytes=int(raw))


def install_file(path: Union[str, Path], directory: Optional[Path] = None,
                 bounds: Optional[archive.Limits] = None) -> Installed:
    """Check an ``.argosmodel`` file and install it, replacing an installed package of the same direction.

    Raises:
        InputError: the file is missing.
        ArchiveRejected: the archive failed a check; nothing was written.
        Interrupted: Ctrl-C; nothing was installed.
    """
    bounds = bounds or limits()
    label = str(path)
    root = Path(directory) if directory is not None else packages_dir()
    checked = archive.check(path, bounds, label)
    try:
        with _staging(root) as staging:
            return _place(checked, staging, root, bounds, label)
    except KeyboardInterrupt:
        raise Interrupted(f"{label}: interrupted; nothing installed") from None


def available(timeout: float = INDEX_TIMEOUT) -> List[Available]:
    """Every translation package the Argos index offers, after refreshing the index.

    Raises:
        NetworkUnavailable: the index cannot be reached (the message says how to install offline).
    """
    package = _argos_package()
    _refresh_index(package, timeout)
    try:
        offers = package.get_available_packages()
    except (ValueError, TypeError, AttributeError) as err:
        raise InputError(
            f"{package.settings.local_package_index}: the downloaded Argos index is damaged ({err}); "
            f"try again later, or {OFFLINE_HINT}"
        ) from None
    return [_adapt(offer) for offer in offers if _is_translation(offer)]


def plan(source: str, target: str, offers: Sequence[Available]) -> List[Available]:
    """The packages that give ``source``→``target``: a direct one if offered, else both legs through English.

    Raises:
        UnknownLanguage: a code outside en/ru/uk.
        ModelMissing: the index has neither a direct package nor both pivot legs.
    """
    _check_codes(source, target)
    direct = _newest(offers, source, target)
    if direct is not None:
        return [direct]
    legs = [_newest(offers, source, PIVOT), _newest(offers, PIVOT, target)]
    if PIVOT not in (source, target) and all(legs):
        return [leg for leg in legs if leg is not None]
    pivot = f" and no pivot through {PIVOT} ({source}→{PIVOT} + {PIVOT}→{target})" if PIVOT not in (source, target) else ""
    raise ModelMissing(f"the Argos package index has no {source}→{target} package{pivot}; {OFFLINE_HINT}")


def install(source: str, target: str, progress: Optional[Progress] = None, directory: Optional[Path] = None,
            bounds: Optional[archive.Limits] = None, timeout: float = 30.0) -> List[Installed]:
    """Download and install what ``source``→``target`` needs from the Argos index (pivot legs included).

    A leg already installed at the index's version (or newer) is kept as it is.

    Raises:
        UnknownLanguage, ModelMissing, NetworkUnavailable, ArchiveRejected, Interrupted.
    """
    _check_codes(source, target)
    bounds = bounds or limits()
    root = Path(directory) if directory is not None else packages_dir()
    results = []
    for offer in plan(source, target, available(min(timeout, INDEX_TIMEOUT))):
        current = [p for p in installed(root) if (p.from_code, p.to_code) == (offer.from_code, offer.to_code)]
        if any(_version_key(p.version) >= _version_key(offer.version) for p in current):
            newest = max(current, key=lambda p: _version_key(p.version))
            results.append(Installed(package=newest, already=True))
            continue
        results.append(_install_offer(offer, root, bounds, progress, timeout))
    return results


def remove(source: str, target: str, directory: Optional[Path] = None) -> List[Package]:
    """Remove every installed ``source``→``target`` package.

    Raises:
        ModelMissing: none is installed; the message lists what is.
    """
    root = Path(directory) if directory is not None else packages_dir()
    everything = installed(root)
    found = [p for p in everything if (p.from_code, p.to_code) == (source, target)]
    if not found:
        names = ", ".join(p.name for p in everything) or "none"
        raise ModelMissing(f"no {source}→{target} model is installed in {root} (installed: {names}); nothing removed")
    for package in found:
        _discard(package.path, root)
    return found


def _install_offer(offer: Available, root: Path, bounds: archive.Limits,
                   progress: Optional[Progress], timeout: float) -> Installed:
    label = f"{offer.name}.argosmodel"
    try:
        with _staging(root) as staging:
            download = staging / "download.argosmodel"
            _download(offer, download, bounds.max_total_bytes, progress, timeout)
            checked = archive.check(download, bounds, label)
            if (checked.from_code, checked.to_code) != (offer.from_code, offer.to_code):
                raise archive.reject(label, f"its metadata says {checked.from_code}→{checked.to_code}, "
                                            f"the index says {offer.direction}")
            return _place(checked, staging, root, bounds, label)
    except KeyboardInterrupt:
        raise Interrupted(f"{label}: interrupted; nothing installed for {offer.direction}") from None


def _download(offer: Available, dest: Path, max_bytes: int, progress: Optional[Progress], timeout: float) -> None:
    if not offer.links:
        raise NetworkUnavailable(f"the Argos index lists no download link for {offer.direction}; {OFFLINE_HINT}")
    failures = []
    for url in offer.links:
        request = urllib.request.Request(url, headers={"User-Agent": "quotes-toolkit"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response, open(dest, "wb") as out:
                length = response.headers.get("Content-Length")
                total = int(length) if length and length.isdigit() else None
                done = 0
                if progress:
                    progress(offer.name, done, total)
                while True:
                    chunk = response.read(_CHUNK)
                    if not chunk:
                        break
                    done += len(chunk)
                    if done > max_bytes:
                        raise archive.reject(url, f"download is larger than the limit of {archive.human(max_bytes)}")
                    out.write(chunk)
                    if progress:
                        progress(offer.name, done, total)
            return
        except (urllib.error.URLError, OSError, ValueError) as err:
            failures.append(f"{url}: {_reason(err)}")
    raise NetworkUnavailable(f"cannot download {offer.direction} ({'; '.join(failures)}); {OFFLINE_HINT}")


@contextlib.contextmanager
def _staging(root: Path) -> Iterator[Path]:
    """A private folder beside ``root`` (same filesystem, invisible to Argos); removed afterwards."""
    created = []
    for folder in reversed([root, *root.parents]):
        if not folder.exists():
            created.append(folder)
    try:
        root.mkdir(parents=True, exist_ok=True)
        parent = root.parent if _same_device(root, root.parent) else root
        staging = Path(tempfile.mkdtemp(prefix=".quotes-install-", dir=parent))
    except OSError as err:
        _undo(created)
        raise QuotesError(f"cannot write to {root} ({err.strerror or err}); nothing installed") from None
    try:
        yield staging
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        _undo(created)
        raise QuotesError(f"cannot install into {root} ({err.strerror or err}); nothing installed") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        _undo(created)
        raise
    shutil.rmtree(staging, ignore_errors=True)


def _place(checked: archive.Checked, staging: Path, root: Path, bounds: archive.Limits, label: str) -> Installed:
    """Unpack into ``staging``, then rename into ``root``; the old package stays until the new one is in."""
    unpacked = archive.extract(checked, staging / "new", bounds, label)
    package = read_package(unpacked)
    if package is None or (package.from_code, package.to_code) != (checked.from_code, checked.to_code):
        raise archive.reject(label, f"{checked.top}/metadata.json changed while unpacking")
    final = root / checked.top
    occupant = read_package(final) if final.is_dir() else None
    if (final.exists() or final.is_symlink()) and (
            occupant is None or (occupant.from_code, occupant.to_code) != (package.from_code, package.to_code)):
        what = f"the installed {occupant.name} package" if occupant is not None else "something that is not a package"
        fix = (f"remove it first: quotes models remove {occupant.from_code} {occupant.to_code}" if occupant is not None
               else "move it away first")
        raise archive.reject(label, f"its folder {final} already holds {what}; {fix}")
    same = [p for p in installed(root) if (p.from_code, p.to_code) == (package.from_code, package.to_code)]
    old = staging / "old"
    had_old = final.exists() or final.is_symlink()
    if had_old:
        os.rename(final, old)
    try:
        os.rename(unpacked, final)
    except BaseException:
        if had_old:
            os.rename(old, final)
        raise
    for number, other in enumerate(p for p in same if p.path != final):
        os.rename(other.path, staging / f"older-{number}")
    return Installed(package=dataclasses.replace(package, path=final), replaced=tuple(same))


def _discard(path: Path, root: Path) -> None:
    """Make ``path`` vanish from ``root`` in one rename, then delete it."""
    with _staging(root) as staging:
        try:
            os.rename(path, staging / "removed")
        except OSError:
            shutil.rmtree(path)


def _same_device(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def _undo(created: List[Path]) -> None:
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _argos_package() -> Any:
    """``argostranslate.package`` with its settings read from the environment as it is now."""
    import importlib
    import sys

    fresh = "argostranslate.settings" not in sys.modules
    try:
        import argostranslate.package as package
        import argostranslate.settings as settings
    except ImportError as err:
        raise QuotesError(f"cannot import argostranslate ({err}); run: pip install argos-translate-lt") from None
    if not fresh:
        importlib.reload(settings)
    return package


def _refresh_index(package: Any, timeout: float) -> None:
    """Download the index through Argos; refuse to let Argos recurse when that fails."""
    settings = package.settings
    url = settings.remote_package_index
    local = Path(settings.local_package_index)
    try:
        urllib.request.urlopen(url, timeout=timeout).close()
    except (urllib.error.URLError, OSError, ValueError) as err:
        raise NetworkUnavailable(f"cannot reach the Argos package index ({url}: {_reason(err)}); {OFFLINE_HINT}") from None
    aside = local.with_name(local.name + ".quotes-previous")
    had = local.exists()
    if had:
        os.replace(local, aside)
    argos_log = logging.getLogger("argostranslate.utils")
    quiet = logging.NullHandler()
    argos_log.addHandler(quiet)
    before = socket.getdefaulttimeout()
    socket.setdefaulttimeout(timeout)
    fetched = False
    try:
        package.update_package_index()
    finally:
        socket.setdefaulttimeout(before)
        argos_log.removeHandler(quiet)
        fetched = local.exists()
        if had and fetched:
            aside.unlink()
        elif had:
            os.replace(aside, local)
    if not fetched:
        raise NetworkUnavailable(f"cannot reach the Argos package index ({url}); {OFFLINE_HINT}")


def _reason(err: BaseException) -> str:
    reason = getattr(err, "reason", None)
    if isinstance(err, urllib.error.HTTPError):
        return f"HTTP {err.code} {err.reason}"
    if reason is not None:
        return str(getattr(reason, "strerror", None) or reason)
    return str(getattr(err, "strerror", None) or err)


def _adapt(offer: Any) -> Available:
    from argostranslate.package import argospm_package_name

    return Available(
        from_code=offer.from_code,
        to_code=offer.to_code,
        version=str(offer.package_version or ""),
        links=tuple(offer.links or ()),
        name=argospm_package_name(offer),
    )


def _is_translation(offer: Any) -> bool:
    return offer.type == "translate" and isinstance(offer.from_code, str) and isinstance(offer.to_code, str)


def _newest(offers: Sequence[Available], source: str, target: str) -> Optional[Available]:
    matches = [o for o in offers if (o.from_code, o.to_code) == (source, target)]
    return max(matches, key=lambda o: _version_key(o.version)) if matches else None


def _check_codes(source: str, target: str) -> None:
    for code in (source, target):
        if code not in LANGS:
            raise UnknownLanguage(f"unknown language code {code!r}; valid codes: {', '.join(LANGS)}")
    if source == target:
        raise InputError(f"{source}→{target}: source and target are the same language; nothing to install")
