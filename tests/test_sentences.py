"""Sentence splitting for translation: cases per rule family, and exact reassembly."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.sentences import join, split


def pieces(text, lang=None):
    return [text[start:end] for start, end in split(text, lang)]


CASES = [
    # TERMINATORS
    ("en", "It rained. We stayed in! Why? Because… Fine.", ["It rained.", "We stayed in!", "Why?", "Because…", "Fine."]),
    ("en", "Wait?! Really... Yes.", ["Wait?!", "Really...", "Yes."]),
    ("en", "He paid 3.5 dollars. 12 people came.", ["He paid 3.5 dollars.", "12 people came."]),
    ("en", "it ends. but lower case goes on.", ["it ends. but lower case goes on."]),
    # QUOTES
    ("ru", "«Ситуация сложная. Мы работаем», — сказал он. Потом ушёл.",
     ["«Ситуация сложная. Мы работаем», — сказал он.", "Потом ушёл."]),
    ("ru", "«Что?» — спросил он. Никто не ответил.", ["«Что?» — спросил он.", "Никто не ответил."]),
    ("ru", "Он сказал: «Мы „Лучшие. Точно“ здесь». Конец.", ["Он сказал: «Мы „Лучшие. Точно“ здесь».", "Конец."]),
    ("en", "She said: “Go home. Now.” Then she left.", ["She said: “Go home. Now.”", "Then she left."]),
    ("en", 'He said "Stop. Now." Then left.', ['He said "Stop. Now."', "Then left."]),
    ("en", "An « unbalanced quote. Splits anyway.", ["An « unbalanced quote.", "Splits anyway."]),
    ("en", "Done. “Next one,” he said.", ["Done.", "“Next one,” he said."]),
    ("ru", "Готово. — Нет, — ответил он.", ["Готово.", "— Нет, — ответил он."]),
    # ABBREVIATIONS AND INITIALS
    ("en", "Mr. Smith met Dr. Jones in the U.S. Senate. They talked.",
     ["Mr. Smith met Dr. Jones in the U.S. Senate.", "They talked."]),
    ("en", "J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),
    ("ru", "Он живёт на ул. Ленина, т.е. в центре. Это г. Москва.", ["Он живёт на ул. Ленина, т.е. в центре.", "Это г. Москва."]),
    ("ru", "А. С. Пушкин родился в 1799 г. В Москве.", ["А. С. Пушкин родился в 1799 г. В Москве."]),
    ("uk", "Вона живе на вул. Хрещатик. Це ім. Шевченка. Так.", ["Вона живе на вул. Хрещатик.", "Це ім. Шевченка.", "Так."]),
    ("uk", "Ціна — 5 тис. Гривень не вистачає.", ["Ціна — 5 тис. Гривень не вистачає."]),
    # LINES AND LISTS
    ("en", "1. First item.\n2. Second item.", ["1. First item.", "2. Second item."]),
    ("en", "No stop at line end\nNext line", ["No stop at line end", "Next line"]),
    ("en", "  \n\n  ", []),
    ("en", "", []),
]


@pytest.mark.parametrize("lang, text, want", CASES)
def test_cases(lang, text, want):
    assert pieces(text, lang) == want, f"{text!r} -> {pieces(text, lang)!r}"


def test_spans_are_offsets_into_the_text():
    text = "  One.  Two!\n\nThree?  "
    assert split(text) == [(2, 6), (8, 12), (14, 20)]


def test_join_puts_pieces_back_with_original_separators():
    text = "  One.  Two!\n\nThree?  "
    assert join(text, split(text), ["1", "2", "3"]) == "  1  2\n\n3  "


def test_join_refuses_mismatched_lengths():
    with pytest.raises(ValueError):
        join("a. B.", [(0, 2)], [])


ALPHABET = "aZ я.Ё!?…«»“”„\"' \n\t\r—-1Mr.U.S.т.е.г"
texts = st.text(alphabet=st.sampled_from(list(ALPHABET)), max_size=80) | st.text(max_size=60)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from([None, "en", "ru", "uk"]))
def test_join_of_own_pieces_is_identity(text, lang):
    spans = split(text, lang)
    assert join(text, spans, [text[a:b] for a, b in spans]) == text
    pos = 0
    for start, end in spans:
        assert pos <= start < end <= len(text)
        assert text[pos:start].strip() == ""
        assert not text[start].isspace() and not text[end - 1].isspace()
        pos = end
    assert text[pos:].strip() == ""


@settings(max_examples=200, deadline=None)
@given(texts)
def test_join_with_other_pieces_keeps_separators(text):
    spans = split(text)
    marked = join(text, spans, ["#"] * len(spans))
    separators = [text[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)])]
    assert marked == "#".join(separators)
