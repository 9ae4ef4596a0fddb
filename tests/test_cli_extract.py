"""`quotes extract`: inputs, formats, exit codes, exact error lines, chunk offsets, Ctrl-C."""
import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import quotes
from quotes.cli import main
from quotes.cli_extract import run_extract
from quotes.model import Quote

ARTICLE = ("Mayor Jane Ortiz opened the bridge. “It is a good day,” Ortiz said.\n\n"
           "“Traffic will ease,” she added.\n")


def fixed_extract(text, lang=None, include_all=False):
    """Stand-in extractor: every “…” is a quote; keeps CLI tests independent of extraction quality."""
    out, i = [], 0
    while True:
        s = text.find("“", i)
        e = text.find("”", s + 1)
        if s < 0 or e < 0:
            return out
        out.append(Quote(text=text[s + 1:e], start=s + 1, end=e, lang=lang or "en"))
        i = e + 1


@pytest.fixture
def fixed(monkeypatch):
    monkeypatch.setattr(quotes, "extract", fixed_extract)


def run(args, input=None):
    return CliRunner().invoke(main, ["extract"] + args, input=input, catch_exceptions=False)


def test_file_to_jsonl(tmp_path, fixed):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run([str(path), "--format", "jsonl"])
    assert (result.exit_code, result.stderr) == (0, "")
    got = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(q["text"], q["start"], q["end"]) for q in got] == [("It is a good day,", 37, 54),
                                                                 ("Traffic will ease,", 70, 88)]
    assert "file" not in got[0]


def test_several_files_carry_file(tmp_path, fixed):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = run([str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    files = [q["file"] for q in json.loads(result.stdout)]
    assert files == [str(tmp_path / "a.txt")] * 2 + [str(tmp_path / "b.txt")] * 2


def test_stdin_with_dash_and_with_no_argument(fixed):
    for args in (["-"], []):
        result = run(args + ["--format", "csv"], input=ARTICLE)
        assert result.exit_code == 0
        assert result.stdout.splitlines()[1].startswith("<stdin>,\"It is a good day,\",37,54,direct,")


def test_table_is_the_default(tmp_path, fixed):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run([str(path)])
    assert result.stdout == (
        "#   QUOTE                                   SPEAKER              CUE\n"
        "1   “It is a good day,”                     —\n"
        "2   “Traffic will ease,”                    —\n"
        "2 quotes\n"
    )


def test_empty_file_is_success_with_no_quotes(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run([str(path), "--format", "json"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "[]\n", "")


def test_missing_file_exit_1_one_line():
    result = run(["x.txt"])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "Error: x.txt: no such file\n")


def test_binary_file_exit_1_one_line(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.7\n\x00\x00\x01binary")
    result = run([str(path)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {path}: binary data, not text\n"


def test_utf16_file_is_decoded(tmp_path, fixed):
    path = tmp_path / "uk.txt"
    path.write_bytes("Голова сказав: “Усе гаразд”.".encode("utf-16"))
    result = run([str(path), "--format", "jsonl"])
    assert (json.loads(result.stdout)["text"], json.loads(result.stdout)["start"]) == ("Усе гаразд", 16)


def test_cp1251_file_is_decoded(tmp_path, fixed):
    path = tmp_path / "ru.txt"
    path.write_bytes("Губернатор сказал: “Всё под контролем”.".encode("cp1251"))
    result = run([str(path), "--format", "jsonl"])
    assert json.loads(result.stdout)["text"] == "Всё под контролем"


def test_jsonl_input_gives_one_line_per_document(tmp_path, fixed):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": ARTICLE}) + "\n" + json.dumps({"id": 7, "text": "none"}) + "\n",
                    encoding="utf-8")
    result = run(["--jsonl-input", str(path)])
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(x["id"], [q["start"] for q in x["quotes"]]) for x in lines] == [("d1", [37, 70]), (7, [])]


def test_bad_jsonl_line_exit_1_names_file_and_line(tmp_path, fixed):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": 1, "text": "ok"}\n{"id": 2}\n', encoding="utf-8")
    result = run(["--jsonl-input", str(path)])
    assert result.exit_code == 1
    assert result.stdout == '{"id": 1, "quotes": []}\n'
    assert result.stderr == f'Error: {path}:2: each line must be a JSON object with a "text" string\n'


def test_jsonl_input_refuses_other_formats(tmp_path):
    result = run(["--jsonl-input", "--format", "csv", "-"], input="")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(
        'Error: --jsonl-input writes one {"id", "quotes"} line per document; drop --format or use jsonl\n')


@pytest.mark.parametrize("value, shown", [("ru,de", "de"), ("fr", "fr"), (",", "','")])
def test_translate_to_validates_codes(value, shown):
    result = run(["--translate-to", value, "-"], input="x")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(f"Error: --translate-to: unknown language {shown}; valid codes: en, ru, uk\n")


def test_unknown_lang_is_a_usage_error():
    result = run(["--lang", "de", "-"], input="x")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "Invalid value for '--lang'" in result.stderr


def test_help_teaches_with_examples():
    result = run(["--help"])
    assert result.exit_code == 0
    assert "  quotes extract --jsonl-input docs.jsonl > predictions.jsonl\n" in result.stdout


def test_ctrl_c_keeps_jsonl_complete_and_exits_130(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    calls = []

    def interrupted(text, lang=None, include_all=False):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return fixed_extract(text, lang)

    monkeypatch.setattr(quotes, "extract", interrupted)
    for fmt in ("jsonl", "json"):
        calls.clear()
        result = run([str(tmp_path), "--format", fmt, "-j1"])
        assert result.exit_code == 130
        assert result.stderr == "Error: interrupted; output written so far is complete up to the last document\n"
        if fmt == "jsonl":
            assert [json.loads(x)["start"] for x in result.stdout.splitlines()] == [37, 70]
        else:
            assert [q["start"] for q in json.loads(result.stdout)] == [37, 70]


def test_real_extraction_offsets_point_into_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(("“One thing,” she said.\r\n\r\n«Другое», — сказал он.\r\n" * 3).encode("utf-8"))
    text = path.read_bytes().decode("utf-8")
    result = run([str(path), "--format", "jsonl"])
    assert result.exit_code == 0
    for line in result.stdout.splitlines():
        q = json.loads(line)
        assert text[q["start"]:q["end"]] == q["text"]


PARAGRAPH = st.sampled_from([
    "“Bridges matter,” Ortiz said.",
    "Nothing was said.",
    "“It works” and “it lasts,” said the engineer.",
    "The mayor added: “We start in May.”",
    "",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=12), st.sampled_from(["\n\n", "\r\n\r\n", "\n"]),
       st.integers(12, 120))
def test_chunked_offsets_are_exact_across_boundaries(tmp_path_factory, paragraphs, sep, chunk_size):
    text = sep.join(paragraphs)  # every line is under 4 × chunk_size, so chunks end at line breaks
    path = tmp_path_factory.mktemp("chunks") / "in.txt"
    path.write_bytes(text.encode("utf-8"))

    def spans(size):
        import io
        out = io.StringIO()
        run_extract([str(path)], out, lang="en", fmt="jsonl", chunk_size=size)
        return [json.loads(x) for x in out.getvalue().splitlines()]

    chunked = spans(chunk_size)
    for q in chunked:
        assert text[q["start"]:q["end"]] == q["text"]
    assert [(q["start"], q["end"]) for q in chunked] == [(q["start"], q["end"]) for q in spans(10 ** 6)]


def test_translate_to_fills_translations_with_tiny_models(argos_env, tmp_path, fixed):
    path = tmp_path / "a.txt"
    path.write_text("Ann said: “It is a good day.”\n", encoding="utf-8")
    result = run([str(path), "--translate-to", "ru,uk", "--format", "jsonl"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["translations"] == {"ru": "IT IS A GOOD DAY.", "uk": "iT IS A GOOD DAY."}
    table = run([str(path), "--translate-to", "ru"]).stdout
    assert "    ru: «IT IS A GOOD DAY.»\n" in table


def test_translate_to_without_models_exits_3(tmp_path, monkeypatch, fixed):
    empty = tmp_path / "none"
    empty.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(empty))
    path = tmp_path / "a.txt"
    path.write_text("Ann said: “It is a good day.”\n", encoding="utf-8")
    result = run([str(path), "--translate-to", "ru", "--format", "jsonl"])
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == f"Error: no en→ru model installed in {empty}; run: quotes models install en ru\n"


class _Tty:
    """A stderr stand-in that says it is a terminal."""

    def __init__(self):
        self.text = ""

    def isatty(self):
        return True

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def test_progress_goes_to_a_tty_stderr_only(tmp_path, fixed):
    import io
    for i in range(25):
        (tmp_path / f"{i:02}.txt").write_text(ARTICLE, encoding="utf-8")
    out, tty = io.StringIO(), _Tty()
    assert run_extract([str(tmp_path)], out, fmt="jsonl", err=tty) == 50
    assert "20/25 files" in tty.text and tty.text.endswith("\r\x1b[K")
    assert "\r" not in out.getvalue()
    quiet = io.StringIO()
    run_extract([str(tmp_path)], io.StringIO(), fmt="jsonl", err=quiet)
    assert quiet.getvalue() == ""


def test_an_internal_error_is_one_line_and_exit_70(monkeypatch, tmp_path):
    import quotes.pipeline
    from click.testing import CliRunner
    from quotes.cli import main

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(quotes.pipeline, "extract", boom)
    monkeypatch.delenv("QUOTES_DEBUG", raising=False)
    path = tmp_path / "a.txt"
    path.write_text("“Yes,” he said.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)], catch_exceptions=False)
    assert result.exit_code == 70
    assert result.stdout == ""
    assert result.stderr == ("Error: internal error (RuntimeError: boom); rerun with QUOTES_DEBUG=1 "
                             "for the traceback and report it with the input\n")


def test_a_directory_names_its_files_even_when_it_holds_one(tmp_path):
    (tmp_path / "only.txt").write_text("“The bridge opens in May,” said Mayor Ana Ortiz.", encoding="utf-8")
    result = run([str(tmp_path), "--format", "jsonl"])
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [str(tmp_path / "only.txt")]


def test_library_refuses_text_that_is_not_str():
    with pytest.raises(TypeError, match="needs the text as str, not NoneType"):
        quotes.extract(None)


def test_a_bad_file_in_a_directory_does_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_text("“The bridge opens in May,” said Mayor Ana Ortiz.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.7\n\x00\x00\x01binary")
    (tmp_path / "c.txt").write_text("«Школа откроется в сентябре», — сказал мэр Пётр Соколов.", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\x00\x01\x02\x03 more binary")
    result = run([str(tmp_path), "--format", "json", "-j", "2"])
    assert result.exit_code == 1
    assert [q["speaker"]["name"] for q in json.loads(result.stdout)] == ["Ana Ortiz", "Пётр Соколов"]
    assert result.stderr == (f"Error: {tmp_path / 'b.txt'}: binary data, not text\n"
                             f"Error: {tmp_path / 'd.txt'}: binary data, not text\n")
