"""Property tests: every offset the extractor reports points at the text it names."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

import quotes
from quotes.span import paragraphs, strip

PIECES = st.sampled_from([
    "“We will rebuild,” said Mayor Ana Ortiz.", "Nothing happened.", "“Done.”", "‘x’", "\"odd", "“", "”", "«", "»",
    "«Мы построили его», — сказала она.", "— Куда? — спросил Иван.", "— Добре, — сказала Оксана. — Прийду.",
    "за словами Шуневича, «все добре»", "„вложенная“", " ", "\n", "\n\n", "\r\n", "—", "–", ",", ".", "he said", "Kirby",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=14), st.sampled_from([None, "en", "ru", "uk"]), st.booleans())
def test_offsets_point_at_their_text(pieces, lang, include_all):
    text = "".join(pieces)
    for q in quotes.extract(text, lang=lang, include_all=include_all):
        assert text[q.start:q.end] == q.text and q.start < q.end
        if q.cue:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        if q.speaker and q.speaker.mention:
            m = q.speaker.mention
            assert text[m.start:m.end] == m.text


@given(st.text(max_size=200))
def test_any_text_extracts_without_error(text):
    for q in quotes.extract(text):
        assert text[q.start:q.end] == q.text


@given(st.text(alphabet=" \t\nab\u00a0.", max_size=60))
def test_paragraphs_are_stripped_nonblank_lines(text):
    for s, e in paragraphs(text):
        assert text[s:e].strip() == text[s:e] and "\n" not in text[s:e] and s < e


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_strip_stays_inside(text, a, b):
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    s, e = strip(text, a, b)
    assert a <= s <= e <= b


CYRILLIC = st.sampled_from(list("«»„“—–,.!? \n0123456789") + ["Д1", "ЖЖ2", "ПРИЩЕПА", "Гладков", "сказал ", "заявив ", "він ", "по словам "])


@settings(max_examples=300, deadline=None)
@given(st.lists(CYRILLIC, max_size=30), st.sampled_from(["ru", "uk"]))
def test_cyrillic_noise_never_raises(pieces, lang):
    text = "".join(pieces)
    for q in quotes.extract(text, lang=lang, include_all=True):
        assert text[q.start:q.end] == q.text


def test_uppercase_word_with_digits_is_not_a_loop():
    quotes.extract("Приехал Д1 Ж2. «Да», — сказал он.", lang="ru")


@given(st.lists(st.sampled_from([
    "“We will rebuild the bridge,” said Mayor Ana Ortiz on Friday.",
    "«Мост восстановят к маю», — сказал мэр Пётр Соколов.",
    "«Міст відбудують до травня», — сказав мер Петро Соколов.",
    "Reuters", "", "ok", "Киев", "The long road home was closed for hours",
]), max_size=12))
def test_script_runs_cover_the_text_in_order(paragraphs):
    from quotes.lang import script_runs

    text = "\n\n".join(paragraphs)
    runs = script_runs(text)
    assert runs[0][0] == 0 and runs[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(runs, runs[1:]))
    assert all(code in ("en", "ru", "uk") for _s, _e, code in runs)
    for q in quotes.extract(text):
        assert text[q.start:q.end] == q.text
