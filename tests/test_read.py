"""Reading inputs: encodings, refusals with one clear line, directories, JSONL, and chunking."""
import codecs
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotes.read as read
from quotes.errors import InputError
from quotes.cli_extract import run_extract
from quotes.read import Doc, chunk_blocks, expand_paths, iter_jsonl, read_inputs, read_text

RU = "«Ситуация сложная», — заявил губернатор.\r\nЖители уехали."
RU_PLAIN = "\"Ситуация сложная\", - заявил губернатор.\nЖители уехали."  # KOI8 has no «» or —
UK = "«Ситуація складна», — заявив губернатор. Їхати чи ні? Ґанок, єнот."


@pytest.mark.parametrize("data, text", [
    (RU.encode("utf-8"), RU),
    (codecs.BOM_UTF8 + RU.encode("utf-8"), RU),
    (codecs.BOM_UTF16_LE + RU.encode("utf-16-le"), RU),
    (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), RU),
    (codecs.BOM_UTF32_LE + RU.encode("utf-32-le"), RU),
    (codecs.BOM_UTF32_BE + RU.encode("utf-32-be"), RU),
    (RU.encode("cp1251"), RU),
    (UK.encode("cp1251"), UK),
    (RU_PLAIN.encode("koi8-r"), RU_PLAIN),
    (UK.replace("«", "\"").replace("»", "\"").replace("—", "-").encode("koi8-u"),
     UK.replace("«", "\"").replace("»", "\"").replace("—", "-")),
    (b"plain ASCII\n", "plain ASCII\n"),
    (b"", ""),
])
def test_encodings_decode_to_the_same_text(tmp_path, data, text):
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    assert read_text(str(path)) == text


def test_crlf_is_kept_so_offsets_match_the_file(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"a\r\n\r\nb")
    assert read_text(str(path)) == "a\r\n\r\nb"


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n\x00\x01\x02binary stream",
    bytes(range(0, 32)) * 10,
])
def test_binary_is_refused(tmp_path, data):
    path = tmp_path / "notes.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_text(str(path))
    assert str(err.value) == f"{path}: binary data, not text"


def test_undecodable_names_the_fix(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("Déjà vu — naïve café".encode("cp1252"))
    with pytest.raises(InputError) as err:
        read_text(str(path))
    assert str(err.value) == (f"{path}: not valid UTF-8 and not recognisably cp1251/UTF-16; "
                              f"convert it with: iconv -f ENCODING -t UTF-8 {path}")


def test_invalid_utf8_after_the_sniffed_head_names_the_byte(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(b"a" * (read.SNIFF_BYTES + 10) + b"\xff")
    with pytest.raises(InputError) as err:
        read_text(str(path))
    assert str(err.value) == (f"{path}: not valid UTF-8 at byte {read.SNIFF_BYTES + 10}; "
                              f"convert it with: iconv -f ENCODING -t UTF-8 {path}")


def test_missing_file():
    with pytest.raises(InputError) as err:
        list(read_inputs(["x.txt"]))
    assert str(err.value) == "x.txt: no such file"


def test_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("hi", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(read, "open", refuse, raising=False)
    with pytest.raises(InputError) as err:
        read_text(str(path))
    assert str(err.value) == f"{path}: permission denied"


def test_directory_expands_to_sorted_txt_files(tmp_path):
    for name in ("b.txt", "a.txt", "c.md", "d.TXT"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()
    assert expand_paths([str(tmp_path)]) == [str(tmp_path / n) for n in ("a.txt", "b.txt", "d.TXT")]


def test_directory_without_txt_files(tmp_path):
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as err:
        expand_paths([str(tmp_path)])
    assert str(err.value) == f"{tmp_path}: no *.txt files in this directory; name other files explicitly"


def test_stdin_is_read_as_bytes(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + "«Да», — сказал он.".encode("utf-8")))
    monkeypatch.setattr("sys.stdin", fake)
    assert [(d.file, d.text, d.base) for d in read_inputs(["-"])] == [("<stdin>", "«Да», — сказал он.", 0)]


def test_jsonl_input_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "one"}\n\n{"text": "two", "lang": "ru"}\n', encoding="utf-8")
    docs = list(iter_jsonl(str(path)))
    assert [(d.id, d.text, d.lang, d.line) for d in docs] == [("a", "one", None, 1), (3, "two", "ru", 3)]


@pytest.mark.parametrize("line, message", [
    ("{oops", "not valid JSON (Expecting property name enclosed in double quotes); "
              "each line must be an object with \"text\""),
    ('["text"]', 'each line must be a JSON object with a "text" string'),
    ('{"id": 1, "text": 5}', 'each line must be a JSON object with a "text" string'),
    ('{"text": "x", "lang": 5}', '"lang" must be one of "en", "ru", "uk" (or left out to detect it)'),
    ('{"text": "x", "lang": "de"}', '"lang" must be one of "en", "ru", "uk" (or left out to detect it)'),
])
def test_bad_jsonl_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": 1, "text": "fine"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(iter_jsonl(str(path)))
    assert str(err.value) == f"{path}:2: {message}"


def test_chunks_cut_at_blank_lines_first():
    text = "aaaa\nbbbb\n\ncccc\ndddd\n\neeee"
    assert list(chunk_blocks([text], size=8)) == [(0, "aaaa\nbbbb\n\n"), (11, "cccc\ndddd\n\n"), (22, "eeee")]


def test_chunks_cut_at_a_newline_without_blank_lines():
    assert list(chunk_blocks(["abcdef\nghijkl\nmn"], size=5)) == [(0, "abcdef\n"), (7, "ghijkl\nmn")]


def test_a_huge_single_line_is_cut_at_a_space():
    text = ("word " * 20).strip()
    chunks = list(chunk_blocks([text], size=10))
    assert "".join(c for _, c in chunks) == text
    assert all(c.endswith(" ") for _, c in chunks[:-1])


def test_big_file_comes_in_chunks_with_bases(tmp_path):
    path = tmp_path / "big.txt"
    text = "".join(f"Paragraph {i}.\n\n" for i in range(100))
    path.write_text(text, encoding="utf-8")
    docs = list(read_inputs([str(path)], chunk_size=200))
    assert len(docs) > 5
    assert all(text[d.base:d.base + len(d.text)] == d.text for d in docs)
    assert "".join(d.text[d.lead:] for d in docs) == text
    assert docs[0].lead == 0 and all(0 < d.lead <= 3000 and d.text[:d.lead].startswith("Paragraph") for d in docs[1:])


def test_a_pronoun_at_a_chunk_start_is_read_with_the_chunk_before(tmp_path):
    story = ("Governor Ana Ortiz visited the flooded district on Monday.\n\n" + "Crews worked through the night.\n\n" * 3
             + "“We will rebuild every road,” she said.\n\n")
    path = tmp_path / "big.txt"
    path.write_text(story * 20, encoding="utf-8")
    out = io.StringIO()
    run_extract([str(path)], out, fmt="jsonl", chunk_size=100)
    got = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(got) == 20
    assert {q["speaker"]["name"] for q in got} == {"Ana Ortiz"}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n\r«»“”", max_size=300), st.integers(1, 40), st.lists(st.integers(1, 50), max_size=10))
def test_chunks_rebuild_the_text_exactly(text, size, cuts):
    blocks, rest = [], text
    for n in cuts:
        blocks.append(rest[:n])
        rest = rest[n:]
    blocks.append(rest)
    chunks = list(chunk_blocks(blocks, size=size))
    assert "".join(c for _, c in chunks) == text
    pos = 0
    for base, chunk in chunks:
        assert base == pos
        pos += len(chunk)


def test_doc_defaults():
    assert Doc(file="f", text="t") == Doc("f", "t", None, 0, None, 0)


def test_short_latin1_file_is_refused_not_misread(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"caf\xe9")
    with pytest.raises(InputError) as err:
        read_text(str(path))
    assert str(err.value) == (f"{path}: not valid UTF-8 and not recognisably cp1251/UTF-16; "
                              f"convert it with: iconv -f ENCODING -t UTF-8 {path}")
