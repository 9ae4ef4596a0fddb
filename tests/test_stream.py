"""Block-by-block translation: blocks of whole paragraphs, and the same text as translating all at once."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate import sentences
from translate.engine import Translator
from translate.stream import Block, detect_source, iter_blocks, iter_lines, translate_blocks

TEXT = "A one. B two.\n\nC three.\nD four. E five.\n\n\nF six.\n"


def test_lines_keep_their_breaks_across_pieces():
    assert list(iter_lines(["ab\nc", "d\n", "\ne"])) == ["ab\n", "cd\n", "\n", "e"]


def test_blocks_are_whole_paragraphs_within_the_sentence_limit():
    assert list(iter_blocks([TEXT[:5], TEXT[5:]], max_sentences=3)) == [
        Block("A one. B two.\n\n", 2),
        Block("C three.\nD four. E five.\n\n\n", 3),
        Block("F six.\n", 1),
    ]


def test_a_paragraph_over_the_limit_is_cut_at_line_ends():
    assert list(iter_blocks([TEXT], max_sentences=2)) == [
        Block("A one. B two.\n\n", 2),
        Block("C three.\n", 1),
        Block("D four. E five.\n\n\n", 2),
        Block("F six.\n", 1),
    ]


def test_a_line_longer_than_a_block_is_a_block_of_its_own():
    assert list(iter_blocks(["x" * 30 + "\nab\n\ncd"], max_sentences=10, max_chars=10)) == [
        Block("x" * 30 + "\n", 1),
        Block("ab\n\ncd", 2),
    ]


def test_whitespace_only_and_empty_input():
    assert list(iter_blocks([" \n\n"])) == [Block(" \n\n", 0)]
    assert list(iter_blocks([])) == []


WORDS = st.sampled_from(["Mr.", "Brown", "said", "«Да.", "Нет»", "U.S.", "Він", "пішов.", "Yes!", "5.", "ok", "“Go.”"])
SEPARATORS = st.sampled_from([" ", "  ", "\t", "\n", "\n\n", " \n \n", "\r\n", "\r\n\r\n", "\n\n\n", "\u2028", "\x0c"])


@st.composite
def documents(draw):
    """Texts of sentences, lines and paragraphs with odd whitespace, in random pieces."""
    parts = draw(st.lists(st.tuples(WORDS, SEPARATORS), max_size=40))
    text = draw(st.sampled_from(["", " ", "\n"])) + "".join(w + s for w, s in parts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=5)))
    pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
    return text, pieces


@settings(max_examples=300, deadline=None)
@given(documents(), st.integers(1, 6), st.integers(1, 80), st.sampled_from([None, "en", "ru", "uk"]))
def test_blocks_keep_every_character_and_every_sentence(doc, max_sentences, max_chars, lang):
    text, pieces = doc
    blocks = list(iter_blocks(pieces, max_sentences, max_chars))
    assert "".join(b.text for b in blocks) == text
    assert all(b.text.endswith("\n") for b in blocks[:-1])
    for block in blocks:
        lines = list(iter_lines([block.text]))
        assert block.sentences == len(sentences.split(block.text))
        assert len(lines) == 1 or (block.sentences <= max_sentences and len(block.text) <= max_chars)
    spans, base = [], 0
    for block in blocks:
        spans += [(base + a, base + b) for a, b in sentences.split(block.text, lang)]
        base += len(block.text)
    assert spans == sentences.split(text, lang)


@pytest.fixture
def translator(tiny_dir) -> Translator:
    return Translator(packages_dir=tiny_dir)


DIGITS_UP = str.maketrans("0123456789", "1234567890")  # what the tiny en→uk model does to digits
MULTI = (
    "  Mr. Brown said: “We stay.” He left at 5.\r\n\r\n"
    "Second paragraph, one line. Another sentence!\nA second line here.\n \n\t\n"
    + "word " * 40 + "end.\n\n"
    "«Last» one?   Yes.\n\n\n"
)


@pytest.fixture(scope="module")
def shared(tiny_dir) -> Translator:
    return Translator(packages_dir=tiny_dir)


@pytest.mark.parametrize("max_sentences, max_chars", [(1, 5000), (2, 20), (3, 60), (4, 5000), (200, 50_000)])
@pytest.mark.parametrize("source, target", [("en", "ru"), ("ru", "uk")])
def test_block_by_block_equals_all_at_once(shared, source, target, max_sentences, max_chars):
    whole = shared.translate([MULTI], source, target)[0]
    blocks = iter_blocks([MULTI], max_sentences, max_chars)
    assert "".join(out for _block, out in translate_blocks(blocks, shared, source, target)) == whole
    assert whole == (MULTI.upper() if target == "ru" else MULTI.lower().swapcase().translate(DIGITS_UP))


def test_one_batched_call_per_block_and_model(translator):
    blocks = list(iter_blocks([MULTI], max_sentences=3))
    assert [b.sentences for b in blocks] == [2, 3, 3]
    out = "".join(text for _block, text in translate_blocks(blocks, translator, "ru", "uk"))
    assert out == MULTI.lower().swapcase().translate(DIGITS_UP)
    assert translator.batch_calls == {"ru→en": 3, "en→uk": 3}


def test_blank_blocks_run_no_model(translator):
    out = list(translate_blocks([Block("\n\n", 0)], translator, "en", "ru"))
    assert out == [(Block("\n\n", 0), "\n\n")]
    assert translator.batch_calls == {}


def test_detection_reads_the_first_block_with_letters():
    blocks = iter([Block("12 34\n\n", 1), Block("Це речення написане українською мовою.\n\n", 1), Block("Hello there.\n", 1)])
    source, read = detect_source(blocks, "en", ("en", "ru", "uk"))
    assert (source, [b.text for b in read]) == ("uk", ["12 34\n\n", "Це речення написане українською мовою.\n\n"])
    assert [b.text for b in blocks] == ["Hello there.\n"]


def test_detection_without_letters_falls_back():
    source, read = detect_source(iter([Block("12\n", 1)]), "ru", ("en", "ru", "uk"))
    assert (source, read) == ("ru", [Block("12\n", 1)])
