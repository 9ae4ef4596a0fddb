"""translate.archive: what an .argosmodel must look like before anything is unpacked."""
from __future__ import annotations

import json
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_factory import TOP, _write_raw_zip, package_files, symlink_info, write_zip, zero_bomb
from quotes.errors import ArchiveRejected, InputError
from translate import archive


def rejected(path: Path, **kwargs) -> str:
    with pytest.raises(ArchiveRejected) as caught:
        archive.check(path, **kwargs)
    return str(caught.value)


def test_good_archive_is_described(tmp_path):
    path = write_zip(tmp_path / "good.argosmodel", package_files(version="1.9"))
    checked = archive.check(path)
    assert (checked.top, checked.from_code, checked.to_code, checked.version) == (TOP, "en", "ru", "1.9")
    assert checked.members == 8  # six files and two folder entries
    assert checked.total_bytes == sum(len(v) for v in package_files(version="1.9").values())


def test_bpe_tokenizer_is_enough(tmp_path):
    files = package_files()
    files[f"{TOP}/bpe.model"] = files.pop(f"{TOP}/sentencepiece.model")
    assert archive.check(write_zip(tmp_path / "bpe.argosmodel", files)).top == TOP


def test_label_replaces_path_in_messages(tmp_path):
    path = tmp_path / "dl.argosmodel"
    path.write_bytes(b"PK not really")
    assert rejected(path, label="translate-en_ru-1_9.argosmodel") == (
        "translate-en_ru-1_9.argosmodel: not a zip archive; nothing installed"
    )


@pytest.mark.parametrize("name, problem", [
    ("../a", "../a escapes the package"),
    (f"{TOP}/model/../../b", f"{TOP}/model/../../b escapes the package"),
    ("/etc/cron.d/x", "/etc/cron.d/x is an absolute path"),
    ("C:/Windows/x", "C:/Windows/x is an absolute path"),
    (f"{TOP}\\..\\x", f"{TOP}\\..\\x contains a backslash"),
    (f"{TOP}//x", f"{TOP}//x has an empty or '.' path component"),
    (f"{TOP}/./x", f"{TOP}/./x has an empty or '.' path component"),
    (f"{TOP}/a\nb", f"{TOP}/a\\nb contains a control character"),
])
def test_hostile_names(tmp_path, name, problem):
    files = package_files()
    files[name] = b"x"
    path = write_zip(tmp_path / "x.argosmodel", files, folders=False)
    assert rejected(path) == f"{path}: {problem}; nothing installed"


def test_symlink_member(tmp_path):
    path = write_zip(tmp_path / "x.argosmodel", [*package_files().items(), (symlink_info(f"{TOP}/ln"), b"/etc/passwd")])
    assert rejected(path) == f"{path}: {TOP}/ln is a symbolic link; nothing installed"


def test_device_member(tmp_path):
    info = zipfile.ZipInfo(f"{TOP}/fifo")
    info.create_system = 3
    info.external_attr = (0o010644) << 16
    path = write_zip(tmp_path / "x.argosmodel", [*package_files().items(), (info, b"")])
    assert rejected(path) == f"{path}: {TOP}/fifo is not a regular file or folder; nothing installed"


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_duplicate_and_file_folder_clash(tmp_path):
    dup = write_zip(tmp_path / "dup.argosmodel", [*package_files().items(), (f"{TOP}/README.md", b"again")])
    assert rejected(dup) == f"{dup}: {TOP}/README.md appears twice; nothing installed"
    clash = write_zip(tmp_path / "clash.argosmodel",
                      [*package_files().items(), (f"{TOP}/x", b"file"), (f"{TOP}/x/y", b"under")], folders=False)
    assert rejected(clash) == f"{clash}: {TOP}/x is both a file and a folder; nothing installed"


@pytest.mark.parametrize("meta, problem", [
    (b"{not json", "is not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"),
    (b"\xff\xfe\x00", "is not valid JSON"),
    (b'["en", "ru"]', "is not a JSON object"),
    (b'{"from_code": "en"}', "does not name from_code and to_code"),
    (b'{"from_code": "en", "to_code": 7}', "does not name from_code and to_code"),
    (b'{"from_code": "en", "to_code": "ru", "type": "sbd"}', "has type 'sbd', not a translation package"),
])
def test_bad_metadata(tmp_path, meta, problem):
    files = package_files()
    files[f"{TOP}/metadata.json"] = meta
    path = write_zip(tmp_path / "x.argosmodel", files)
    message = rejected(path)
    assert message.startswith(f"{path}: {TOP}/metadata.json {problem}")
    assert message.endswith("; nothing installed")


@pytest.mark.parametrize("drop, problem", [
    ("metadata.json", f"no {TOP}/metadata.json"),
    ("model/model.bin", f"no {TOP}/model/model.bin (the CTranslate2 model)"),
    ("sentencepiece.model", f"no tokenizer ({TOP}/sentencepiece.model or {TOP}/bpe.model)"),
])
def test_missing_parts(tmp_path, drop, problem):
    files = package_files()
    del files[f"{TOP}/{drop}"]
    path = write_zip(tmp_path / "x.argosmodel", files)
    assert rejected(path) == f"{path}: {problem}; nothing installed"


def test_layout_problems(tmp_path):
    two = write_zip(tmp_path / "two.argosmodel", {**package_files(), **package_files(top="other")})
    assert rejected(two) == f"{two}: 2 top folders ({TOP}/, other/); an Argos package has exactly one; nothing installed"
    loose = write_zip(tmp_path / "loose.argosmodel", {**package_files(), "README.md": b"x"})
    assert rejected(loose) == f"{loose}: README.md lies outside the package's top folder; nothing installed"
    hidden = write_zip(tmp_path / "hidden.argosmodel", package_files(top=".pkg"))
    assert rejected(hidden) == f"{hidden}: top folder .pkg/ is hidden; nothing installed"
    empty_zip = write_zip(tmp_path / "empty.argosmodel", {})
    assert rejected(empty_zip) == f"{empty_zip}: empty zip archive; nothing installed"


def test_not_files(tmp_path):
    empty = tmp_path / "empty.argosmodel"
    empty.write_bytes(b"")
    assert rejected(empty) == f"{empty}: empty file, not a zip archive; nothing installed"
    text = tmp_path / "notes.argosmodel"
    text.write_text("just text\n")
    assert rejected(text) == f"{text}: not a zip archive; nothing installed"
    with pytest.raises(InputError, match=r"^/nonexistent/x\.argosmodel: no such file; nothing installed$"):
        archive.check("/nonexistent/x.argosmodel")
    with pytest.raises(InputError, match=r"a folder, not an \.argosmodel file; nothing installed$"):
        archive.check(tmp_path)


def test_truncated_zip_is_damaged(tmp_path):
    good = write_zip(tmp_path / "good.argosmodel", package_files()).read_bytes()
    cut = tmp_path / "cut.argosmodel"
    cut.write_bytes(good[:40] + good[-22:])
    message = rejected(cut)
    assert message.startswith(f"{cut}: ") and message.endswith("; nothing installed")
    assert "zip archive" in message


def test_limits(tmp_path):
    path = write_zip(tmp_path / "x.argosmodel", package_files())
    total = archive.check(path).total_bytes
    assert rejected(path, limits=archive.Limits(max_total_bytes=100)) == (
        f"{path}: unpacks to {total} B, more than the limit of 100 B; nothing installed"
    )
    assert rejected(path, limits=archive.Limits(max_members=5)) == (
        f"{path}: 8 entries, more than the limit of 5; nothing installed"
    )


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    return zero_bomb(tmp_path_factory.mktemp("bomb") / "zeros.argosmodel")


def test_bomb_is_genuine_and_cheap(bomb):
    assert bomb.stat().st_size < 3 << 20
    with zipfile.ZipFile(bomb) as zf:
        info = zf.getinfo(f"{TOP}/zeros.bin")
        assert info.file_size == 2 << 30
        with zf.open(info) as member:
            assert member.read(4 << 20) == bytes(4 << 20)


def test_two_gib_of_zeros_refused_by_ratio(bomb):
    assert rejected(bomb) == (
        f"{bomb}: {TOP}/zeros.bin unpacks to 2.0 GiB from 2.0 MiB (1011:1), a zip bomb; nothing installed"
    )


def test_two_gib_refused_by_the_default_size_limit_alone(bomb):
    assert rejected(bomb, limits=archive.Limits(max_ratio=1e9)) == (
        f"{bomb}: unpacks to 2.0 GiB, more than the limit of 1.0 GiB; nothing installed"
    )


@pytest.mark.parametrize("code", ["../x", "", "en/ru", "EN", "english", "e n"])
def test_codes_that_are_not_language_codes_are_refused(tmp_path, code):
    files = package_files()
    files[f"{TOP}/metadata.json"] = json.dumps({"from_code": "en", "to_code": code}).encode()
    path = write_zip(tmp_path / "x.argosmodel", files)
    assert rejected(path) == (
        f"{path}: {TOP}/metadata.json has to_code {code!r}, not a language code like 'en'; nothing installed"
    )


@pytest.mark.parametrize("code", ["en", "uk", "pt_BR", "zh-Hant", "ast"])
def test_argos_language_codes_pass(tmp_path, code):
    files = package_files()
    files[f"{TOP}/metadata.json"] = json.dumps({"from_code": code, "to_code": "ru"}).encode()
    assert archive.check(write_zip(tmp_path / "x.argosmodel", files)).from_code == code


def test_two_gib_of_zeros_refused_by_size_when_ratio_allowed(bomb):
    bounds = archive.Limits(max_ratio=1e9, max_total_bytes=1 << 30)
    assert rejected(bomb, limits=bounds) == (
        f"{bomb}: unpacks to 2.0 GiB, more than the limit of 1.0 GiB; nothing installed"
    )


def test_extract_writes_the_members(tmp_path):
    files = package_files()
    path = write_zip(tmp_path / "x.argosmodel", files)
    top = archive.extract(archive.check(path), tmp_path / "out")
    assert top == tmp_path / "out" / TOP
    assert {str(p.relative_to(tmp_path / "out")): p.read_bytes() for p in top.rglob("*") if p.is_file()} == files


def test_extract_catches_an_entry_that_lies_about_its_size(tmp_path):
    files = package_files()
    entries = [(name, 0, data, zlib.crc32(data), len(data)) for name, data in files.items()]
    name, method, payload, crc, size = entries[-1]
    longer = payload + b" and much more than declared"
    entries[-1] = (name, method, longer, zlib.crc32(longer), size)
    path = _write_raw_zip(tmp_path / "liar.argosmodel", entries)
    checked = archive.check(path)
    with pytest.raises(ArchiveRejected) as caught:
        archive.extract(checked, tmp_path / "out")
    assert str(caught.value).startswith(f"{path}: damaged zip archive (")
    assert str(caught.value).endswith("; nothing installed")
    assert len((tmp_path / "out" / name).read_bytes()) <= size  # never more than declared


def test_human_sizes():
    assert [archive.human(n) for n in (0, 1023, 1024, 5 << 20, 2 << 30, 5 << 40)] == [
        "0 B", "1023 B", "1.0 KiB", "5.0 MiB", "2.0 GiB", "5120.0 GiB",
    ]


def test_metadata_bytes_are_read_as_json(tmp_path):
    files = package_files()
    files[f"{TOP}/metadata.json"] = json.dumps({"from_code": "ru", "to_code": "en", "package_version": 2}).encode()
    checked = archive.check(write_zip(tmp_path / "x.argosmodel", files))
    assert (checked.from_code, checked.to_code, checked.version) == ("ru", "en", "2")


SEGMENTS = st.sampled_from(["..", ".", "", "a", "b", "model", "C:", "\\", "..\\x", " ", "ü", "\t", "~"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extra=st.lists(st.lists(SEGMENTS, min_size=1, max_size=4).map("/".join), min_size=1, max_size=3))
def test_whatever_the_names_nothing_lands_outside(tmp_path, extra):
    """Any member name is either refused by check() or unpacked inside the destination."""
    case = Path(tempfile.mkdtemp(dir=tmp_path))
    files = package_files()
    for name in extra:
        files.setdefault(f"{TOP}/{name}" if not name.startswith("/") else name, b"x")
    path = write_zip(case / "x.argosmodel", list(files.items()), folders=False)
    try:
        checked = archive.check(path)
    except ArchiveRejected as err:
        assert str(err).startswith(f"{path}: ") and str(err).endswith("; nothing installed")
        return
    dest = case / "out"
    try:
        archive.extract(checked, dest)
    except ArchiveRejected:
        pass
    outside = [p for p in case.rglob("*") if p != path and dest not in p.parents and p != dest]
    assert outside == []
