"""`quotes models list|install|remove`: exact output, exit codes, nothing left behind, Argos interop both ways."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive_factory import TOP, file_index, package_files, sandbox, snapshot, symlink_info, write_zip, zero_bomb
from quotes.cli import main
from translate.archive import human

OFFLINE = "on an offline machine install from a file: quotes models install --file PATH.argosmodel"


@pytest.fixture
def box(tmp_path, monkeypatch):
    return sandbox(tmp_path, monkeypatch)


def run(*args: str):
    return CliRunner().invoke(main, ["models", *args], catch_exceptions=False)


def with_files(**changes):
    files = package_files()
    for name, data in changes.items():
        if data is None:
            del files[f"{TOP}/{name}"]
        else:
            files[f"{TOP}/{name}"] = data
    return files


def build_not_zip(path: Path) -> Path:
    path.write_text("plain text, not a model\n")
    return path


def build_empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


REJECTED = {
    "path escape": (lambda p: write_zip(p, {**package_files(), "../a": b"x"}), "../a escapes the package"),
    "absolute path": (lambda p: write_zip(p, {**package_files(), "/tmp/evil": b"x"}, folders=False),
                      "/tmp/evil is an absolute path"),
    "symlink": (lambda p: write_zip(p, [*package_files().items(), (symlink_info(f"{TOP}/model/ln"), b"/etc")]),
                f"{TOP}/model/ln is a symbolic link"),
    "bad json": (lambda p: write_zip(p, with_files(**{"metadata.json": b"{,}"})),
                 f"{TOP}/metadata.json is not valid JSON (Expecting property name enclosed in double quotes: "
                 "line 1 column 2 (char 1))"),
    "no codes": (lambda p: write_zip(p, with_files(**{"metadata.json": b'{"from_code": "en"}'})),
                 f"{TOP}/metadata.json does not name from_code and to_code"),
    "path in a code": (lambda p: write_zip(p, with_files(**{"metadata.json": b'{"from_code": "../x", "to_code": "ru"}'})),
                       f"{TOP}/metadata.json has from_code '../x', not a language code like 'en'"),
    "missing metadata": (lambda p: write_zip(p, with_files(**{"metadata.json": None})), f"no {TOP}/metadata.json"),
    "missing model": (lambda p: write_zip(p, with_files(**{"model/model.bin": None, "model/config.json": None,
                                                          "model/shared_vocabulary.json": None})),
                      f"no {TOP}/model/model.bin (the CTranslate2 model)"),
    "no tokenizer": (lambda p: write_zip(p, with_files(**{"sentencepiece.model": None})),
                     f"no tokenizer ({TOP}/sentencepiece.model or {TOP}/bpe.model)"),
    "two top folders": (lambda p: write_zip(p, {**package_files(), **package_files(top="zz")}),
                        f"2 top folders ({TOP}/, zz/); an Argos package has exactly one"),
    "2 GiB of zeros": (zero_bomb, f"{TOP}/zeros.bin unpacks to 2.0 GiB from 2.0 MiB (1011:1), a zip bomb"),
    "not a zip": (build_not_zip, "not a zip archive"),
    "empty file": (build_empty, "empty file, not a zip archive"),
}


@pytest.mark.parametrize("case", list(REJECTED))
def test_rejected_archive_changes_nothing(box, case):
    build, problem = REJECTED[case]
    assert run("install", "--file", str(write_zip(box.root / "ok.argosmodel",
                                                   package_files(top="translate-ru_en-1_0", source="ru", target="en")))
               ).exit_code == 0
    path = build(box.root / "x.argosmodel")
    before = snapshot(box.home)
    result = run("install", "--file", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {path}: {problem}; nothing installed\n"
    assert snapshot(box.home) == before
    assert list(box.temp.iterdir()) == []
    assert [p.name for p in box.packages.parent.iterdir()] == ["packages"]


def test_package_of_another_direction_in_the_same_folder_is_refused(box):
    top = "translate-ru_en-1_0"
    assert run("install", "--file", str(write_zip(box.root / "ok.argosmodel",
                                                   package_files(top=top, source="ru", target="en")))).exit_code == 0
    path = write_zip(box.root / "x.argosmodel", package_files(top=top, source="en", target="ru"))
    before = snapshot(box.home)
    result = run("install", "--file", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {path}: its folder {box.packages / top} already holds the installed ru→en package; "
        "remove it first: quotes models remove ru en; nothing installed\n"
    )
    assert snapshot(box.home) == before
    assert list(box.temp.iterdir()) == []


def test_folder_that_is_not_a_package_is_not_overwritten(box):
    (box.packages / TOP).mkdir(parents=True)
    (box.packages / TOP / "notes.txt").write_text("mine\n")
    path = write_zip(box.root / "x.argosmodel", package_files())
    result = run("install", "--file", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {path}: its folder {box.packages / TOP} already holds something that is not a package; "
        "move it away first; nothing installed\n"
    )
    assert (box.packages / TOP / "notes.txt").read_text() == "mine\n"


def test_rejected_archive_on_a_fresh_machine_creates_no_folders(box):
    path = write_zip(box.root / "x.argosmodel", {**package_files(), "../a": b"x"})
    result = run("install", "--file", str(path))
    assert result.exit_code == 1
    assert list(box.home.iterdir()) == [] and list(box.temp.iterdir()) == []


def test_missing_file(box):
    result = run("install", "--file", "nope.argosmodel")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "Error: nope.argosmodel: no such file; nothing installed\n")


def test_install_file_then_list(box):
    path = write_zip(box.root / "x.argosmodel", package_files(version="1.9"))
    result = run("install", "--file", str(path))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"installed en→ru 1.9: {box.packages / TOP}\n"
    listed = run("list")
    assert listed.stdout == f"from→to  version  path\nen→ru    1.9      {box.packages / TOP}\n"
    as_json = json.loads(run("list", "--format", "json").stdout)
    assert as_json == [{"from": "en", "to": "ru", "version": "1.9", "path": str(box.packages / TOP)}]
    again = run("install", "--file", str(path))
    assert again.stdout == f"installed en→ru 1.9: {box.packages / TOP}\n"


def test_list_when_nothing_is_installed(box):
    result = run("list")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == f"no models installed in {box.packages}; install one: quotes models install en ru\n"
    assert run("list", "--format", "json").stdout == "[]\n"
    assert not box.packages.exists()


def test_remove(box):
    run("install", "--file", str(write_zip(box.root / "x.argosmodel", package_files())))
    result = run("remove", "en", "ru")
    assert (result.exit_code, result.stdout) == (0, f"removed en→ru 1.0: {box.packages / TOP}\n")
    missing = run("remove", "en", "ru")
    assert (missing.exit_code, missing.stdout) == (3, "")
    assert missing.stderr == f"Error: no en→ru model is installed in {box.packages} (installed: none); nothing removed\n"


@pytest.mark.parametrize("args, message", [
    (["install"], "give FROM and TO (e.g. quotes models install en ru) or --file PATH.argosmodel"),
    (["install", "en"], "give FROM and TO (e.g. quotes models install en ru) or --file PATH.argosmodel"),
    (["install", "en", "ru", "--file", "x.argosmodel"], "give either FROM TO or --file PATH.argosmodel, not both"),
])
def test_usage_errors(box, args, message):
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


def test_unknown_language(box):
    result = run("install", "en", "fr")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "Error: unknown language code 'fr'; valid codes: en, ru, uk\n")


def test_offline(box):
    for args in (["install", "en", "ru"], ["list", "--available"]):
        result = run(*args)
        assert (result.exit_code, result.stdout) == (4, "")
        assert result.stderr == (
            f"Error: cannot reach the Argos package index (http://127.0.0.1:9/index.json: Connection refused); {OFFLINE}\n"
        )


def leg(box, source, target, version="1.0"):
    top = f"translate-{source}_{target}-{version.replace('.', '_')}"
    return write_zip(box.root / f"{top}.argosmodel", package_files(top=top, source=source, target=target, version=version))


def test_install_from_index_with_progress(box, monkeypatch):
    legs = {("ru", "en", "1.0"): leg(box, "ru", "en"), ("en", "uk", "1.1"): leg(box, "en", "uk", "1.1")}
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", file_index(box.root / "index", legs))
    result = run("install", "ru", "uk")
    assert result.exit_code == 0
    sizes = [human(path.stat().st_size) for path in legs.values()]
    assert result.stderr == (
        f"downloading translate-ru_en.argosmodel ({sizes[0]}): 25% 50% 75% 100%\n"
        f"downloading translate-en_uk.argosmodel ({sizes[1]}): 25% 50% 75% 100%\n"
    )
    assert result.stdout == (
        f"installed ru→en 1.0: {box.packages / 'translate-ru_en-1_0'}\n"
        f"installed en→uk 1.1: {box.packages / 'translate-en_uk-1_1'}\n"
    )
    again = run("install", "ru", "uk")
    assert (again.stderr, again.stdout) == ("", (
        f"ru→en 1.0 is already installed: {box.packages / 'translate-ru_en-1_0'}\n"
        f"en→uk 1.1 is already installed: {box.packages / 'translate-en_uk-1_1'}\n"
    ))
    available = run("list", "--available")
    assert available.stdout == "from→to  version  installed\nru→en    1.0      1.0\nen→uk    1.1      1.1\n"
    as_json = json.loads(run("list", "--available", "--format", "json").stdout)
    assert as_json[0] == {"from": "ru", "to": "en", "version": "1.0", "installed": "1.0", "name": "translate-ru_en",
                          "links": [legs[("ru", "en", "1.0")].resolve().as_uri()]}


def test_index_without_the_pair(box, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", file_index(box.root / "index", {("en", "ru", "1.0"): leg(box, "en", "ru")}))
    result = run("install", "uk", "ru")
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == (
        f"Error: the Argos package index has no uk→ru package and no pivot through en (uk→en + en→ru); {OFFLINE}\n"
    )


@pytest.mark.parametrize("args", [[], ["list"], ["install"], ["remove"]])
def test_help(args):
    result = CliRunner().invoke(main, ["models", *args, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: main models")


# --- interop with argostranslate, using working tiny packages --------------------------------------

@pytest.fixture
def tiny(tiny_archives) -> Path:
    return tiny_archives[("en", "ru")]


def test_all_tiny_packages_install(box, tiny_archives):
    for path in tiny_archives.values():
        assert run("install", "--file", str(path)).exit_code == 0
    listed = run("list").stdout.splitlines()
    assert [line.split()[:2] for line in listed] == [
        ["from→to", "version"], ["en→ru", "0.0.1"], ["en→uk", "0.0.1"], ["ru→en", "0.0.1"], ["uk→en", "0.0.1"],
    ]


def argos(box, code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], env=box.env(), capture_output=True, text=True,
                          check=True, timeout=60).stdout


def test_package_installed_by_argos_is_listed(box, tiny):
    argos(box, f"import argostranslate.package as p; p.install_from_path({str(tiny)!r})")
    result = run("list", "--format", "json")
    assert json.loads(result.stdout) == [
        {"from": "en", "to": "ru", "version": "0.0.1", "path": str(box.packages / "translate-en_ru-tiny")}
    ]


def test_package_installed_by_us_is_seen_by_argos(box, tiny):
    assert run("install", "--file", str(tiny)).exit_code == 0
    seen = argos(box, "import argostranslate.package as p\n"
                      "for k in p.get_installed_packages(): print(k.from_code, k.to_code, k.package_version, k.package_path)")
    assert seen == f"en ru 0.0.1 {box.packages / 'translate-en_ru-tiny'}\n"


def test_same_layout_as_argos_install_from_path(box, tiny, tmp_path, monkeypatch):
    assert run("install", "--file", str(tiny)).exit_code == 0
    ours = snapshot(box.packages)
    theirs_dir = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(theirs_dir))
    argos(box, f"import argostranslate.package as p; p.install_from_path({str(tiny)!r})")
    assert snapshot(theirs_dir) == ours
    with zipfile.ZipFile(tiny) as zf:
        files = sorted(n for n in zf.namelist() if not n.endswith("/"))
    assert files == [name for name, digest in ours if digest != "dir"]
    assert ("translate-en_ru-tiny", "dir") in ours


def test_progress_on_a_terminal_updates_in_place(monkeypatch, capsys):
    from translate import cli_models

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    progress = cli_models._Progress()
    for done in (0, 1024, 1024, 2048, 4096):
        progress("translate-en_ru", done, 4096)
    assert capsys.readouterr().err == (
        "downloading translate-en_ru.argosmodel (4.0 KiB):"
        "\rdownloading translate-en_ru.argosmodel (4.0 KiB):  25%"
        "\rdownloading translate-en_ru.argosmodel (4.0 KiB):  50%"
        "\rdownloading translate-en_ru.argosmodel (4.0 KiB): 100%\n"
    )


def test_progress_without_a_known_size(capsys):
    from translate import cli_models

    progress = cli_models._Progress()
    for done in (0, 10, 20):
        progress("translate-en_ru", done, None)
    assert capsys.readouterr().err == "downloading translate-en_ru.argosmodel:\n"
