"""The engine on tiny hand-built Argos packages whose outputs are known exactly."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translate
from quotes.errors import ModelMissing, ModelUnsupported
from quotes.model import Quote
from translate.engine import Translator, split_pieces

from conftest import install_archives
from tiny_models import ALPHABET, build_package_dir, expected, train_sentencepiece

SENTENCE = "Dr. Brown paid 3.5 dollars for 12 Apples!"
RU_SENTENCE = "«Ничего страшного», — сказал он в 2024 году."
UK_SENTENCE = "Ми чекаємо на їхню відповідь, Ґанок зачинено."


@pytest.fixture
def translator(tiny_dir) -> Translator:
    return Translator(packages_dir=tiny_dir)


def test_tiny_rules_are_what_the_tests_expect():
    assert expected("upper", "Ab1 ё") == "AB1 Ё"
    assert expected("lower", "Ab1 Ё") == "ab1 ё"
    assert expected("swapcase_digits", "Ab19 ґ") == "aB20 Ґ"


@pytest.mark.parametrize(
    "source, target, text, want",
    [
        ("en", "ru", SENTENCE, "DR. BROWN PAID 3.5 DOLLARS FOR 12 APPLES!"),
        ("ru", "en", RU_SENTENCE, "«ничего страшного», — сказал он в 2024 году."),
        ("en", "uk", SENTENCE, "dR. bROWN PAID 4.6 DOLLARS FOR 23 aPPLES!"),
        ("uk", "en", UK_SENTENCE, "ми чекаємо на їхню відповідь, ґанок зачинено."),
        # pivots: ru→en (lower) then en→uk (swap case, digits +1)
        ("ru", "uk", RU_SENTENCE, "«НИЧЕГО СТРАШНОГО», — СКАЗАЛ ОН В 3135 ГОДУ."),
        # uk→en (lower) then en→ru (upper)
        ("uk", "ru", UK_SENTENCE, "МИ ЧЕКАЄМО НА ЇХНЮ ВІДПОВІДЬ, ҐАНОК ЗАЧИНЕНО."),
    ],
)
def test_six_directions_exact(translator, source, target, text, want):
    assert translator.translate([text], source, target) == [want]


def test_pivot_uses_both_legs_once(translator):
    texts = [RU_SENTENCE + " Второе предложение. Третье!", "Ещё один текст.\n\nНовый абзац."]
    out = translator.translate(texts, "ru", "uk")
    assert out == [
        "«НИЧЕГО СТРАШНОГО», — СКАЗАЛ ОН В 3135 ГОДУ. ВТОРОЕ ПРЕДЛОЖЕНИЕ. ТРЕТЬЕ!",
        "ЕЩЁ ОДИН ТЕКСТ.\n\nНОВЫЙ АБЗАЦ.",
    ]
    assert translator.batch_calls == {"ru→en": 1, "en→uk": 1}


def test_one_batch_call_for_all_sentences_of_all_texts(translator):
    texts = ["One. Two! Three?", "Four.\nFive.", "", "Six… Seven."]
    out = translator.translate(texts, "en", "ru")
    assert out == ["ONE. TWO! THREE?", "FOUR.\nFIVE.", "", "SIX… SEVEN."]
    assert translator.batch_calls == {"en→ru": 1}


def test_translate_batch_receives_every_sentence_at_once(translator, monkeypatch):
    loaded = translator._load(translator.route("en", "ru")[0])
    seen = []
    real = loaded.model

    class Spy:
        def translate_batch(self, tokens, **options):
            seen.append(len(tokens))
            return real.translate_batch(tokens, **options)

    monkeypatch.setattr(loaded, "model", Spy())
    assert translator.translate(["A. B.", "C.", "D. E. F."], "en", "ru") == ["A. B.", "C.", "D. E. F."]
    # "A. B." is one sentence (an initial), so: "A. B.", "C.", "D. E. F." -> 3 sentences
    assert seen == [3]


def test_whitespace_and_paragraphs_kept_exactly(translator):
    text = "  \n First one.   Second one!\n\n\n\tThird\tone?  \r\n  Fourth.  \n"
    # the tab inside a sentence is not in the tiny vocabulary: replace_unknowns copies it
    want = "  \n FIRST ONE.   SECOND ONE!\n\n\n\tTHIRD\tONE?  \r\n  FOURTH.  \n"
    assert translator.translate([text], "en", "ru") == [want]


WORDS = st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=12)
# A run of spaces inside a sentence is one space to sentencepiece, so runs of
# whitespace appear only where a sentence surely ends: around a line break.
GAPS = st.sampled_from([" ", "\n", "\n\n", "  \n", "\n   ", " \r\n\n "])
EDGES = st.sampled_from(["", " ", "\n", "  \n\t"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(WORDS, GAPS), max_size=12), EDGES, EDGES)
def test_any_text_comes_back_exactly_translated(tiny_dir, words, lead, trail):
    text = lead + "".join(word + gap for word, gap in words).rstrip() + trail
    translator = Translator(packages_dir=tiny_dir, beam_size=1)
    assert translator.translate([text], "en", "ru") == [text.upper()]


def test_blank_texts_skip_the_model(translator):
    assert translator.translate(["", "  ", "\n\n", "\t"], "en", "ru") == ["", "  ", "\n\n", "\t"]
    assert translator.batch_calls == {}


def test_same_language_is_identity_without_a_model(tmp_path):
    translator = Translator(packages_dir=tmp_path)
    assert translator.translate(["Keep me."], "uk", "uk") == ["Keep me."]


def test_underscores_are_not_turned_into_spaces(tmp_path, tiny_archives):
    sp_model = train_sentencepiece()
    build_package_dir(tmp_path / "pk", "en", "ru", "copy", sp_model)
    translator = Translator(packages_dir=tmp_path / "pk")
    assert translator.translate(["Name 'snake_case' kept."], "en", "ru") == ["Name 'snake_case' kept."]


def test_long_sentence_batch_of_mixed_lengths(translator):
    texts = ["a" * 200 + ".", "Bb.", "Cc " * 40 + "end."]
    out = translator.translate(texts, "ru", "en")
    assert out == ["a" * 200 + ".", "bb.", ("cc " * 40 + "end.")]


def test_sentence_longer_than_the_model_positions_is_cut_and_joined(translator):
    words = "the cat sat on a warm mat, and then it left quietly".split()
    text = " ".join(words[i % len(words)] for i in range(200)) + "."
    assert len(text) > 3 * 256  # the tiny models have 256 positions
    assert translator.translate([text, "Short."], "en", "ru") == [text.upper(), "SHORT."]
    assert translator.batch_calls == {"en→ru": 1}


def test_word_longer_than_a_segment_is_cut_without_a_space(translator):
    text = "x" * 1000 + ". Next one."
    assert translator.translate([text], "en", "uk") == ["X" * 1000 + ". nEXT ONE."]


def test_sentences_per_call_bounds_each_batch(tiny_dir):
    translator = Translator(packages_dir=tiny_dir, sentences_per_call=2)
    out = translator.translate(["One. Two! Three?", "Four.\nFive."], "en", "ru")
    assert out == ["ONE. TWO! THREE?", "FOUR.\nFIVE."]
    assert translator.batch_calls == {"en→ru": 3}


def test_ctranslate2_failure_is_a_clear_error(tiny_dir):
    translator = Translator(packages_dir=tiny_dir, max_input_pieces=1000)
    with pytest.raises(ModelUnsupported) as err:
        translator.translate(["a" * 300 + "."], "en", "ru")
    assert str(err.value) == (
        f"{tiny_dir / 'translate-en_ru-tiny'}: CTranslate2 failed while translating with this en→ru model "
        "(No position encodings are defined for positions >= 256, but got position 302); "
        "try a smaller max_input_pieces, or reinstall it: quotes models install en ru"
    )


def test_split_prefers_a_word_start_after_a_comma():
    pieces = ["\u2581one", "\u2581two,", "\u2581three", "\u2581four", "\u2581five", "\u2581six"]
    assert split_pieces(pieces, 5) == [pieces[:2], pieces[2:]]
    assert split_pieces(pieces, 4) == [pieces[:2], pieces[2:]]
    assert split_pieces(pieces, 6) == [pieces]


def test_split_without_word_starts_cuts_at_the_limit():
    assert split_pieces(list("abcdefg"), 3) == [list("abc"), list("def"), list("g")]
    assert split_pieces(["\u2581", "a", "\u2581", "b"], 3) == [["\u2581", "a"], ["\u2581", "b"]]


@given(st.lists(st.sampled_from(["\u2581a", "b", "\u2581c,", ";", "\u2581"]), max_size=80), st.integers(1, 20))
def test_split_keeps_every_piece_in_order_within_the_limit(pieces, limit):
    parts = split_pieces(pieces, limit)
    assert [piece for part in parts for piece in part] == pieces
    assert all(0 < len(part) <= limit for part in parts) if pieces else parts == [[]]


def test_missing_direct_model_names_the_install_command(tmp_path):
    translator = Translator(packages_dir=tmp_path)
    with pytest.raises(ModelMissing) as err:
        translator.translate(["Hello."], "en", "ru")
    assert str(err.value) == f"no en→ru model installed in {tmp_path}; run: quotes models install en ru"


def test_missing_pivot_leg_is_named(tmp_path, tiny_archives):
    install_archives([tiny_archives[("ru", "en")]], tmp_path)
    translator = Translator(packages_dir=tmp_path)
    with pytest.raises(ModelMissing) as err:
        translator.translate(["Привет."], "ru", "uk")
    assert str(err.value) == (
        f"no ru→uk model installed in {tmp_path} (translated through English: needs ru→en and en→uk; "
        "missing en→uk); run: quotes models install ru uk"
    )


def test_missing_model_checked_before_blank_input(tmp_path):
    with pytest.raises(ModelMissing):
        Translator(packages_dir=tmp_path).translate([""], "en", "uk")


def test_direct_package_wins_over_pivot(tmp_path, tiny_archives):
    install_archives(tiny_archives.values(), tmp_path)
    build_package_dir(tmp_path, "ru", "uk", "copy", train_sentencepiece())
    translator = Translator(packages_dir=tmp_path)
    assert translator.translate([RU_SENTENCE], "ru", "uk") == [RU_SENTENCE]
    assert translator.batch_calls == {"ru→uk": 1}


def test_bpe_package_is_refused(tmp_path):
    path = build_package_dir(tmp_path, "en", "ru", "upper", train_sentencepiece(), tokenizer="bpe")
    with pytest.raises(ModelUnsupported) as err:
        Translator(packages_dir=tmp_path).translate(["Hello."], "en", "ru")
    assert str(err.value) == (
        f"{path}: this en→ru package uses BPE (bpe.model), which this engine does not run; "
        "install a sentencepiece en→ru package instead: quotes models install en ru"
    )


def test_target_prefix_from_metadata_is_passed_and_removed(tmp_path):
    path = build_package_dir(tmp_path, "en", "ru", "upper", train_sentencepiece())
    meta = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    meta["target_prefix"] = "▁"
    (path / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    translator = Translator(packages_dir=tmp_path)
    assert translator.translate(["Hi there."], "en", "ru") == ["HI THERE."]


def test_models_stay_loaded_until_cleared(translator):
    translator.translate(["One."], "en", "ru")
    first = translator._loaded[translator.route("en", "ru")[0].path].model
    translator.translate(["Two."], "en", "ru")
    assert translator._loaded[translator.route("en", "ru")[0].path].model is first
    translator.clear()
    assert translator._loaded == {} and translator.batch_calls == {}


def test_module_level_translate_uses_argos_dir(argos_env):
    translate.clear_cache()
    assert translate.translate(["Hello there. Bye."], "en", "ru", beam_size=1) == ["HELLO THERE. BYE."]
    translate.clear_cache()


def test_greedy_and_wide_beams_agree(tiny_dir):
    for beam in (1, 4):
        assert Translator(packages_dir=tiny_dir, beam_size=beam).translate(["Mixed Case 42."], "en", "uk") == [
            "mIXED cASE 53."
        ]


def test_translate_quotes_groups_by_direction(translator):
    quotes = [
        Quote(text="Ситуация сложная.", start=0, end=17, lang="ru"),
        Quote(text="We will rebuild.", start=20, end=36, lang="en"),
        Quote(text="Ми відбудуємо все.", start=40, end=58, lang="uk"),
        Quote(text="Всё под контролем.", start=60, end=78, lang="ru"),
    ]
    translate.translate_quotes(quotes, ["ru", "uk"], translator)
    assert [q.translations for q in quotes] == [
        {"ru": "Ситуация сложная.", "uk": "СИТУАЦИЯ СЛОЖНАЯ."},
        {"ru": "WE WILL REBUILD.", "uk": "wE WILL REBUILD."},
        {"ru": "МИ ВІДБУДУЄМО ВСЕ.", "uk": "Ми відбудуємо все."},
        {"ru": "Всё под контролем.", "uk": "ВСЁ ПОД КОНТРОЛЕМ."},
    ]
    # ru→uk: ru→en + en→uk; en→ru; en→uk; uk→ru: uk→en + en→ru
    assert translator.batch_calls == {"ru→en": 1, "en→uk": 2, "en→ru": 2, "uk→en": 1}


def test_translate_quotes_detects_each_quote_language(translator):
    quote = Quote(text="Это точно русский текст, а не английский.", start=0, end=41, lang="en")
    translate.translate_quotes([quote], ["en"], translator)
    assert quote.translations == {"en": "это точно русский текст, а не английский."}


def test_translate_quotes_falls_back_to_quote_lang_without_letters(translator):
    quote = Quote(text="2024 — 15.", start=0, end=10, lang="ru")
    translate.translate_quotes([quote], ["uk", "ru"], translator)
    assert quote.translations == {"uk": "3135 — 26.", "ru": "2024 — 15."}


def test_translate_quotes_uses_quote_lang_when_detect_is_unavailable(translator, monkeypatch):
    monkeypatch.setitem(sys.modules, "translate.detect", None)
    quote = Quote(text="Mixed Words.", start=0, end=12, lang="ru")
    translate.translate_quotes([quote], ["en"], translator)
    assert quote.translations == {"en": "mixed words."}


def test_argos_install_from_path_then_ours_translates(tmp_path, tiny_archives):
    env = dict(os.environ)
    env.update(
        ARGOS_PACKAGES_DIR=str(tmp_path / "packages"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    script = (
        "import sys\n"
        "from argostranslate import package\n"
        "package.install_from_path(sys.argv[1])\n"
        "print(sorted(p.from_code + '-' + p.to_code for p in package.get_installed_packages()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tiny_archives[("en", "uk")])],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "['en-uk']\n"
    translator = Translator(packages_dir=tmp_path / "packages")
    assert translator.translate(["Installed by Argos 1."], "en", "uk") == ["iNSTALLED BY aRGOS 2."]
