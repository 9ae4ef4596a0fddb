"""`quotes detect`: one code per input line, jsonl with confidence, errors and exit codes."""
from __future__ import annotations

from click.testing import CliRunner

from quotes.cli import main

LINES = "Він сказав, що\nОн сказал, что\n\nsaid on Friday\r\n42\nЭто было вчера"


def run(args, stdin=None):
    return CliRunner().invoke(main, ["detect", *args], input=stdin, catch_exceptions=False)


def test_stdin_one_code_per_line():
    result = run([], LINES)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "uk\nru\nund\nen\nund\nru\n", "")


def test_dash_is_stdin_and_trailing_newline_adds_no_line():
    result = run(["-"], "Це було вчора\n")
    assert (result.exit_code, result.stdout) == (0, "uk\n")


def test_empty_input_prints_nothing():
    result = run(["-"], "")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_jsonl_adds_confidence():
    result = run(["--format", "jsonl"], "Він сказав, що\n\nУряд скасував рейси\nsaid on Friday\n")
    assert result.exit_code == 0
    assert result.stdout == (
        '{"lang": "uk", "confidence": 1.0}\n'
        '{"lang": "und", "confidence": 0.0}\n'
        '{"lang": "uk", "confidence": 0.9846}\n'
        '{"lang": "en", "confidence": 1.0}\n'
    )


def test_all_languages():
    result = run(["--all-languages"], "Der Hund schläft im Garten.\nLe chien dort dans le jardin.\nОн сказал, что\n")
    assert (result.exit_code, result.stdout) == (0, "de\nfr\nru\n")


def test_without_all_languages_latin_is_english():
    result = run([], "Der Hund schläft im Garten.\n")
    assert result.stdout == "en\n"


def test_file_in_utf16_and_cp1251(tmp_path):
    utf16 = tmp_path / "uk.txt"
    utf16.write_bytes("Ми вже чекаємо на відповідь\nМы уже ждём ответа\n".encode("utf-16"))
    cp1251 = tmp_path / "ru.txt"
    cp1251.write_bytes("Министр сказал в понедельник, что закон подписан\n".encode("cp1251"))
    assert run([str(utf16)]).stdout == "uk\nru\n"
    assert run([str(cp1251)]).stdout == "ru\n"


def test_missing_file_exits_1(tmp_path):
    missing = tmp_path / "nope.txt"
    result = run([str(missing)])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {missing}: no such file\n")


def test_binary_file_exits_1(tmp_path):
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    result = run([str(binary)])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {binary}: binary data, not text\n")


def test_bad_format_is_a_usage_error():
    result = run(["--format", "xml"], "text\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Invalid value for '--format': 'xml' is not one of 'text', 'jsonl'." in result.stderr


def test_help_has_examples():
    result = run(["--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "quotes detect --format jsonl quotes.txt" in result.stdout
