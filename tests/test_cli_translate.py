"""`quotes translate` end to end on the tiny packages: exact outputs, errors and exit codes."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from quotes.cli import main

from conftest import install_archives


def run(args, stdin=None, env=None):
    return CliRunner().invoke(main, ["translate", *args], input=stdin, env=env, catch_exceptions=False)


@pytest.mark.parametrize(
    "source, target, text, want",
    [
        ("en", "ru", "Mr. Brown said: “We stay.” He left at 5.\n", "MR. BROWN SAID: “WE STAY.” HE LEFT AT 5.\n"),
        ("ru", "en", "«Мы остаёмся», — сказал он.\n", "«мы остаёмся», — сказал он.\n"),
        ("en", "uk", "Route 66 Is Open.\n", "rOUTE 77 iS oPEN.\n"),
        ("uk", "en", "Їхня Відповідь: «Так».\n", "їхня відповідь: «так».\n"),
        ("ru", "uk", "Ответ: 19 Голосов.\n", "ОТВЕТ: 20 ГОЛОСОВ.\n"),
        ("uk", "ru", "Ґанок Зачинено.\n", "ҐАНОК ЗАЧИНЕНО.\n"),
    ],
)
def test_six_directions_from_stdin(argos_env, source, target, text, want):
    result = run(["--from", source, "--to", target, "-"], stdin=text)
    assert (result.exit_code, result.stdout, result.stderr) == (0, want, "")


def test_file_with_paragraphs_kept(argos_env, tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("First line. Second line!\n\n  Next paragraph?\n", encoding="utf-8")
    result = run(["--from", "en", "--to", "ru", "--beam-size", "1", "--threads", "1", str(path)])
    assert (result.exit_code, result.stdout) == (0, "FIRST LINE. SECOND LINE!\n\n  NEXT PARAGRAPH?\n")


def test_auto_detects_the_source(argos_env):
    result = run(["--to", "en"], stdin="Це речення написане українською мовою.\n")
    assert (result.exit_code, result.stdout) == (0, "це речення написане українською мовою.\n")


def test_auto_detected_target_language_is_left_alone(argos_env):
    result = run(["--to", "en"], stdin="This Is English Already.\n")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "This Is English Already.\n", "note: the input is already en; printed unchanged\n"
    )


def test_missing_model_exits_3_with_install_command(tmp_path):
    empty = tmp_path / "none"
    result = run(["--from", "ru", "--to", "uk"], stdin="Привет.\n", env={"ARGOS_PACKAGES_DIR": str(empty)})
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: no ru→uk model installed in {empty} (translated through English: needs ru→en and en→uk; "
        "missing ru→en and en→uk); run: quotes models install ru uk\n"
    )


def test_missing_direct_model_exits_3(tmp_path, tiny_archives):
    install_archives([tiny_archives[("en", "ru")]], tmp_path)
    result = run(["--from", "en", "--to", "uk"], stdin="Hi.\n", env={"ARGOS_PACKAGES_DIR": str(tmp_path)})
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == f"Error: no en→uk model installed in {tmp_path}; run: quotes models install en uk\n"


def test_same_from_and_to_is_a_usage_error():
    result = run(["--from", "ru", "--to", "ru"], stdin="x\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.endswith("Error: --from and --to are both ru; nothing to translate.\n")


def test_missing_input_file_exits_1(argos_env, tmp_path):
    result = run(["--from", "en", "--to", "ru", str(tmp_path / "nope.txt")])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file\n"


def test_blank_input_comes_back_unchanged(argos_env):
    result = run(["--from", "en", "--to", "ru"], stdin=" \n\n")
    assert (result.exit_code, result.stdout, result.stderr) == (0, " \n\n", "")


def test_missing_model_is_reported_even_for_blank_input(tmp_path):
    result = run(["--from", "en", "--to", "ru"], stdin="\n\n", env={"ARGOS_PACKAGES_DIR": str(tmp_path)})
    assert (result.exit_code, result.stdout) == (3, "")


def test_help_has_examples():
    result = CliRunner().invoke(main, ["translate", "--help"])
    assert result.exit_code == 0
    assert "quotes translate --to ru article.txt" in result.stdout
    assert "--beam-size" in result.stdout and "--threads" in result.stdout and "--device" in result.stdout


def test_ctrl_c_before_the_first_block_exits_130_and_prints_nothing(argos_env, monkeypatch):
    from translate.engine import Translator

    def interrupt(self, texts, source, target):
        raise KeyboardInterrupt

    monkeypatch.setattr(Translator, "translate", interrupt)
    result = run(["--from", "en", "--to", "ru"], stdin="Hello there.\n")
    assert (result.exit_code, result.stdout) == (130, "")
    assert result.stderr == "Error: interrupted before the first block was done; nothing written\n"


PARAGRAPHS = "".join(f"Line {n} Is Here. Second Sentence {n}.\n\n" for n in range(10))


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of at most 4 sentences, so a short text is several blocks."""
    monkeypatch.setattr("translate.stream.MAX_SENTENCES", 4)


def test_streamed_output_equals_translating_all_at_once(argos_env, small_blocks):
    from translate.engine import Translator

    text = "  Lead In.\r\n\r\n" + PARAGRAPHS + "One Line Only.\nOne More. And More. And More. And More. Over.\n \n\tTail.  "
    whole = Translator().translate([text], "en", "uk")[0]
    result = run(["--from", "en", "--to", "uk"], stdin=text)
    assert (result.exit_code, result.stdout_bytes.decode("utf-8"), result.stderr) == (0, whole, "")  # .stdout drops \r
    assert whole == text.swapcase().translate(str.maketrans("0123456789", "1234567890"))


def test_ctrl_c_keeps_the_blocks_already_written(argos_env, small_blocks, monkeypatch):
    from translate.engine import Translator

    real = Translator.translate
    calls = []

    def third_interrupts(self, texts, source, target):
        calls.append(texts)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(self, texts, source, target)

    monkeypatch.setattr(Translator, "translate", third_interrupts)
    result = run(["--from", "en", "--to", "ru"], stdin=PARAGRAPHS)
    assert result.exit_code == 130
    assert result.stdout == PARAGRAPHS.upper()[: PARAGRAPHS.index("Line 4")]
    assert result.stderr == (
        "Error: interrupted after 2 blocks (8 sentences); the output so far is complete up to a paragraph break\n"
    )


def test_auto_detects_once_from_the_first_block(argos_env, small_blocks):
    text = "Це речення написане українською мовою.\n\n" + "Hello There. Good Day. Fine Weather. Yes.\n"
    result = run(["--to", "en"], stdin=text)
    assert (result.exit_code, result.stdout) == (0, text.lower())


def test_progress_on_a_terminal_for_more_than_one_block(argos_env, small_blocks, monkeypatch):
    monkeypatch.setattr("translate.cli_translate._is_terminal", lambda stream: True)
    result = run(["--from", "en", "--to", "ru"], stdin=PARAGRAPHS)
    assert (result.exit_code, result.stdout) == (0, PARAGRAPHS.upper())
    shown = re.sub(r"[0-9]+\.[0-9]", "N", result.stderr).split("\r\x1b[K")
    drawn = [f"translating: {n} block{'s' if n > 1 else ''}, {4 * n} sentences, N sentences/s" for n in range(1, 6)]
    cleared_before_each_write = [part for line in drawn for part in ("", line)]
    assert shown == cleared_before_each_write + ["translated 5 blocks, 20 sentences in N s (N sentences/s)\n"]


def test_no_progress_for_one_block_on_a_terminal(argos_env, monkeypatch):
    monkeypatch.setattr("translate.cli_translate._is_terminal", lambda stream: True)
    result = run(["--from", "en", "--to", "ru"], stdin=PARAGRAPHS)
    assert (result.exit_code, result.stdout, result.stderr) == (0, PARAGRAPHS.upper(), "")


def test_sentence_longer_than_the_model_is_translated_whole(argos_env):
    text = "word " * 300 + "end.\n"
    result = run(["--from", "en", "--to", "ru"], stdin=text)
    assert (result.exit_code, result.stdout, result.stderr) == (0, text.upper(), "")
