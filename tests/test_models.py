"""translate.models: install from files and from a file:// Argos index, replace, remove, offline guards."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from importlib import metadata as importlib_metadata
from pathlib import Path

import pytest

from archive_factory import TOP, file_index, package_files, sandbox, snapshot, write_zip
from quotes.errors import (
    ArchiveRejected, InputError, Interrupted, ModelMissing, NetworkUnavailable, QuotesError, UnknownLanguage,
)
from translate import archive, models
from translate.packages import install_hint, installed, packages_dir

OFFLINE = "on an offline machine install from a file: quotes models install --file PATH.argosmodel"


@pytest.fixture
def box(tmp_path, monkeypatch):
    return sandbox(tmp_path, monkeypatch)


def tree(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(box) -> list:
    """Staging folders left beside or inside the packages dir, and anything in the system temp dir."""
    parent = box.packages.parent
    found = [p.name for p in parent.glob(".quotes-*")] if parent.exists() else []
    found += [p.name for p in box.packages.glob(".quotes-*")] if box.packages.exists() else []
    return found + [p.name for p in box.temp.iterdir()]


def test_install_file_lays_out_the_top_folder(box):
    files = package_files(version="1.9")
    path = write_zip(box.root / "x.argosmodel", files)
    result = models.install_file(path)
    assert packages_dir() == box.packages
    assert result.package.path == box.packages / TOP
    assert (result.package.name, result.package.version, result.replaced, result.already) == ("en→ru", "1.9", (), False)
    assert tree(box.packages) == files
    assert [p.name for p in installed()] == ["en→ru"]
    assert leftovers(box) == []


def test_reinstall_replaces_in_place(box):
    models.install_file(write_zip(box.root / "a.argosmodel", package_files(version="1.0")))
    files = package_files(version="1.0")
    files[f"{TOP}/README.md"] = b"second build\n"
    del files[f"{TOP}/model/config.json"]
    result = models.install_file(write_zip(box.root / "b.argosmodel", files))
    assert [p.path for p in result.replaced] == [box.packages / TOP]
    assert tree(box.packages) == files
    assert leftovers(box) == []


def test_newer_version_in_another_folder_replaces_the_older(box):
    models.install_file(write_zip(box.root / "a.argosmodel", package_files(top="translate-en_ru-1_0", version="1.0")))
    models.install_file(write_zip(box.root / "o.argosmodel", package_files(top="translate-ru_en-1_0", source="ru", target="en")))
    result = models.install_file(write_zip(box.root / "b.argosmodel", package_files(top="translate-en_ru-1_9", version="1.9")))
    assert [(p.path.name, p.version) for p in result.replaced] == [("translate-en_ru-1_0", "1.0")]
    assert sorted(p.name for p in box.packages.iterdir()) == ["translate-en_ru-1_9", "translate-ru_en-1_0"]


def test_failure_while_unpacking_leaves_nothing(box):
    import zlib

    from archive_factory import _write_raw_zip

    files = package_files()
    entries = [(name, 0, data, zlib.crc32(data), len(data)) for name, data in files.items()]
    name, method, payload, _, size = entries[-1]
    entries[-1] = (name, method, payload + b"hidden", zlib.crc32(payload + b"hidden"), size)
    path = _write_raw_zip(box.root / "liar.argosmodel", entries)
    before = snapshot(box.home)
    with pytest.raises(ArchiveRejected, match=r"liar\.argosmodel: damaged zip archive \(Bad CRC-32"):
        models.install_file(path)
    assert snapshot(box.home) == before
    assert not box.packages.exists()
    assert leftovers(box) == []


def test_ctrl_c_while_unpacking_keeps_the_old_package(box, monkeypatch):
    models.install_file(write_zip(box.root / "a.argosmodel", package_files()))
    before = snapshot(box.home)
    calls = []

    def interrupted(*args):
        calls.append(args)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args)

    real = archive._copy_member
    monkeypatch.setattr(archive, "_copy_member", interrupted)
    path = write_zip(box.root / "b.argosmodel", package_files(version="2.0"))
    with pytest.raises(Interrupted, match=rf"^{path}: interrupted; nothing installed$"):
        models.install_file(path)
    assert snapshot(box.home) == before
    assert leftovers(box) == []


def test_failed_rename_puts_the_old_package_back(box, monkeypatch):
    models.install_file(write_zip(box.root / "a.argosmodel", package_files()))
    before = snapshot(box.home)
    real = os.rename

    def refuse_new(src, dst):
        if Path(src).parent.name == "new":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr(os, "rename", refuse_new)
    with pytest.raises(QuotesError, match=rf"^cannot install into {box.packages} \(Permission denied\); nothing installed$"):
        models.install_file(write_zip(box.root / "b.argosmodel", package_files(version="2.0")))
    assert snapshot(box.home) == before
    assert leftovers(box) == []


def test_size_limit_from_environment(box, monkeypatch):
    path = write_zip(box.root / "x.argosmodel", package_files())
    monkeypatch.setenv("QUOTES_MODEL_MAX_BYTES", "100")
    with pytest.raises(ArchiveRejected, match=r"unpacks to \d+ B, more than the limit of 100 B; nothing installed$"):
        models.install_file(path)
    monkeypatch.setenv("QUOTES_MODEL_MAX_BYTES", "4G")
    with pytest.raises(InputError, match=r"^QUOTES_MODEL_MAX_BYTES='4G' is not a positive number of bytes"):
        models.install_file(path)
    assert not box.packages.exists()


def test_remove(box):
    models.install_file(write_zip(box.root / "a.argosmodel", package_files()))
    models.install_file(write_zip(box.root / "b.argosmodel", package_files(top="translate-ru_en-1_0", source="ru", target="en")))
    removed = models.remove("en", "ru")
    assert [p.path for p in removed] == [box.packages / TOP]
    assert [p.name for p in installed()] == ["ru→en"]
    assert leftovers(box) == []
    with pytest.raises(ModelMissing) as caught:
        models.remove("en", "ru")
    assert str(caught.value) == f"no en→ru model is installed in {box.packages} (installed: ru→en); nothing removed"
    assert caught.value.exit_code == 3


def test_install_hint():
    assert install_hint("ru", "uk") == "quotes models install ru uk"


# --- the Argos index, served from file:// URLs -------------------------------------------------

def leg(box, source, target, version="1.0"):
    top = f"translate-{source}_{target}-{version.replace('.', '_')}"
    return write_zip(box.root / f"{top}.argosmodel", package_files(top=top, source=source, target=target, version=version))


@pytest.fixture
def index(box, monkeypatch):
    def serve(*offers):
        url = file_index(box.root / "index", {(s, t, v): leg(box, s, t, v) for s, t, v in offers})
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", url)
        return url
    return serve


def test_pivot_installs_both_legs_with_progress(box, index):
    index(("ru", "en", "1.0"), ("en", "uk", "1.1"), ("en", "ru", "1.0"))
    seen = []
    results = models.install("ru", "uk", progress=lambda name, done, total: seen.append((name, done, total)))
    assert [(r.package.name, r.package.version, r.already) for r in results] == [("ru→en", "1.0", False), ("en→uk", "1.1", False)]
    size_ru = (box.root / "translate-ru_en-1_0.argosmodel").stat().st_size
    size_uk = (box.root / "translate-en_uk-1_1.argosmodel").stat().st_size
    assert seen == [("translate-ru_en", 0, size_ru), ("translate-ru_en", size_ru, size_ru),
                    ("translate-en_uk", 0, size_uk), ("translate-en_uk", size_uk, size_uk)]
    assert sorted(p.name for p in box.packages.iterdir()) == ["translate-en_uk-1_1", "translate-ru_en-1_0"]
    assert leftovers(box) == []
    again = models.install("ru", "uk")
    assert [r.already for r in again] == [True, True]


def test_direct_package_wins_over_pivot(box, index):
    index(("ru", "en", "1.0"), ("en", "uk", "1.0"), ("ru", "uk", "0.5"))
    assert [r.package.name for r in models.install("ru", "uk")] == ["ru→uk"]


def test_newer_index_version_upgrades(box, index):
    models.install_file(leg(box, "en", "ru", "1.0"))
    index(("en", "ru", "1.9"))
    (result,) = models.install("en", "ru")
    assert (result.package.version, [p.version for p in result.replaced]) == ("1.9", ["1.0"])
    assert [p.name for p in box.packages.iterdir()] == ["translate-en_ru-1_9"]


def test_plan_errors(box, index):
    index(("en", "ru", "1.0"))
    with pytest.raises(ModelMissing) as caught:
        models.install("ru", "uk")
    assert str(caught.value) == f"the Argos package index has no ru→uk package and no pivot through en (ru→en + en→uk); {OFFLINE}"
    with pytest.raises(ModelMissing, match=rf"^the Argos package index has no en→uk package; {OFFLINE}"):
        models.install("en", "uk")
    with pytest.raises(UnknownLanguage, match=r"^unknown language code 'de'; valid codes: en, ru, uk$"):
        models.install("en", "de")
    with pytest.raises(InputError, match=r"^en→en: source and target are the same language; nothing to install$"):
        models.install("en", "en")


def test_index_archive_must_match_its_entry(box, monkeypatch):
    wrong = write_zip(box.root / "wrong.argosmodel", package_files(top="translate-en_uk-1_0", source="en", target="uk"))
    url = file_index(box.root / "index", {("en", "ru", "1.0"): wrong})
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", url)
    with pytest.raises(ArchiveRejected) as caught:
        models.install("en", "ru")
    assert str(caught.value) == (
        "translate-en_ru.argosmodel: its metadata says en→uk, the index says en→ru; nothing installed"
    )
    assert list(box.packages.iterdir()) == []
    assert leftovers(box) == []


def test_broken_download_link(box, monkeypatch):
    missing = box.root / "gone.argosmodel"
    url = file_index(box.root / "index", {("en", "ru", "1.0"): missing})
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", url)
    with pytest.raises(NetworkUnavailable) as caught:
        models.install("en", "ru")
    assert str(caught.value) == (
        f"cannot download en→ru ({missing.as_uri()}: No such file or directory); {OFFLINE}"
    )
    assert list(box.packages.iterdir()) == []
    assert leftovers(box) == []


def test_offline_index_fails_fast_and_keeps_the_old_index(box):
    local = box.data / "argos-translate" / "index.json"
    local.parent.mkdir(parents=True)
    local.write_text("[]")
    start = time.monotonic()
    with pytest.raises(NetworkUnavailable) as caught:
        models.available()
    assert time.monotonic() - start < 2
    assert str(caught.value) == (
        f"cannot reach the Argos package index (http://127.0.0.1:9/index.json: Connection refused); {OFFLINE}"
    )
    assert caught.value.exit_code == 4
    assert local.read_text() == "[]"


def test_stalled_index_times_out(box, monkeypatch):
    import socket

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)  # connections are accepted by the kernel and never answered
        url = f"http://127.0.0.1:{server.getsockname()[1]}/"
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", url)
        start = time.monotonic()
        with pytest.raises(NetworkUnavailable) as caught:
            models.available(timeout=0.3)
        assert time.monotonic() - start < 2
    assert str(caught.value) == f"cannot reach the Argos package index ({url}index.json: timed out); {OFFLINE}"


def test_index_wait_is_capped_below_the_download_timeout(box, monkeypatch):
    waits = []

    def offline(timeout):
        waits.append(timeout)
        raise NetworkUnavailable("offline")

    monkeypatch.setattr(models, "available", offline)
    with pytest.raises(NetworkUnavailable):
        models.install("en", "ru", timeout=30.0)
    assert waits == [models.INDEX_TIMEOUT] == [10.0]


def test_missing_file_index(box, monkeypatch):
    folder = box.root / "nowhere"
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", folder.as_uri() + "/")
    with pytest.raises(NetworkUnavailable) as caught:
        models.available()
    assert str(caught.value) == (
        f"cannot reach the Argos package index ({folder.as_uri()}/index.json: No such file or directory); {OFFLINE}"
    )


def test_guard_against_argos_recursion(box, index, monkeypatch):
    """argostranslate swallows a failed index download and recurses; we stop after one try."""
    import argostranslate.package

    index(("en", "ru", "1.0"))
    calls = []
    monkeypatch.setattr(argostranslate.package, "update_package_index", lambda: calls.append(1))
    local = box.data / "argos-translate" / "index.json"
    with pytest.raises(NetworkUnavailable, match=r"^cannot reach the Argos package index \(file://.*/index\.json\); on an offline"):
        models.available()
    assert calls == [1]
    assert not local.exists()
    local.write_text('[{"from_code": "en", "to_code": "ru", "package_version": "0.1", "links": []}]')
    with pytest.raises(NetworkUnavailable):
        models.available()
    assert json.loads(local.read_text())[0]["package_version"] == "0.1"


def test_damaged_index(box, monkeypatch):
    folder = box.root / "bad-index"
    folder.mkdir()
    (folder / "index.json").write_text("{broken")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", folder.as_uri() + "/")
    with pytest.raises(InputError, match=r"the downloaded Argos index is damaged \(Expecting property name"):
        models.available()


def test_available_lists_translation_packages(box, index):
    index(("en", "ru", "1.9"), ("en", "de", "1.0"))
    offers = models.available()
    assert [(o.direction, o.version, o.name) for o in offers] == [
        ("en→ru", "1.9", "translate-en_ru"), ("en→de", "1.0", "translate-en_de"),
    ]
    assert offers[0].links == ((box.root / "translate-en_ru-1_9.argosmodel").as_uri(),)


# --- the same directory as Argos ------------------------------------------------------------------

def argos_dir(env: dict) -> str:
    code = "import argostranslate.settings as s; print(s.package_data_dir)"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_packages_dir_matches_argos(box, monkeypatch):
    env = dict(os.environ)
    assert argos_dir(env) == str(packages_dir()) == str(box.packages)
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    env = dict(os.environ)
    assert argos_dir(env) == str(packages_dir()) == str(box.data / "argos-translate" / "packages")
    settings = box.home / "config" / "argos-translate" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"ARGOS_PACKAGES_DIR": str(box.root / "elsewhere")}))
    assert argos_dir(env) == str(packages_dir()) == str(box.root / "elsewhere")


def test_argostranslate_comes_from_argos_translate_lt():
    assert importlib_metadata.packages_distributions()["argostranslate"] == ["argos-translate-lt"]


def test_importing_creates_nothing_and_loads_no_argos(box):
    code = ("import sys, translate.models, translate.archive, translate.cli_models\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('argostranslate', 'sentencepiece', 'ctranslate2')))")
    out = subprocess.run([sys.executable, "-c", code], env=dict(os.environ), capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"
    assert list(box.home.iterdir()) == []
