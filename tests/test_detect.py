"""translate.detect: short en/ru/uk snippets, determinism, candidates, import cost."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.errors import UnknownLanguage
from translate.detect import cache_clear, detect, detect_many, languages

# Snippets written for these tests, grouped by the evidence that decides them.
CASES = [
    # UKRAINIAN LETTERS
    ("Він сказав, що", "uk"),
    ("ґанок", "uk"),
    ("їжак", "uk"),
    ("єдність", "uk"),
    ("Київ", "uk"),
    ("ВІЛ", "uk"),
    # UKRAINIAN APOSTROPHE (' ’ ʼ)
    ("м'ясо", "uk"),
    ("п’ять", "uk"),
    ("сімʼя", "uk"),
    ("прем’єр-міністр", "uk"),
    # RUSSIAN LETTERS
    ("объявил", "ru"),
    ("съезд", "ru"),
    ("ещё раз", "ru"),
    ("Мэр города выступил", "ru"),
    # FUNCTION WORDS AND DICTIONARIES, NO TELLING LETTER
    ("Он сказал, что", "ru"),
    ("он добавил", "ru"),
    ("Президент подписал закон", "ru"),
    ("Уряд скасував рейси", "uk"),
    ("пан Коваленко додав", "uk"),
    ("Москва", "ru"),
    # WHOLE CLAUSES
    ("Вона заявила, що ціни зростуть", "uk"),
    ("Она заявила, что цены вырастут", "ru"),
    ("Ми вже чекаємо на відповідь", "uk"),
    ("Мы уже ждём ответа", "ru"),
    ("Міністр сказав у понеділок", "uk"),
    ("Министр сказал в понедельник", "ru"),
    ("Це було вчора", "uk"),
    ("Это было вчера", "ru"),
    # STRESS MARKS ARE IGNORED
    ("Он сказа\u0301л, что", "ru"),
    # LATIN SCRIPT
    ("said on Friday", "en"),
    ("The minister said on Monday", "en"),
    ("Hello", "en"),
    # MIXED SCRIPT: Latin names inside Cyrillic text
    ("Apple и Google заявили", "ru"),
    ("Компанія Apple заявила", "uk"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_short_snippets(text, expected):
    code, confidence = detect(text)
    assert (code, confidence > 0.5) == (expected, True), f"{text!r} -> {code} {confidence}"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Він сказав, що", ("uk", 0.999999989)),
        ("Он сказал, что", ("ru", 0.999998928)),
        ("said on Friday", ("en", 1.0)),
        ("Уряд скасував рейси", ("uk", 0.984565563)),
    ],
)
def test_confidence_pinned(text, expected):
    code, confidence = detect(text)
    assert (code, round(confidence, 9)) == expected


@pytest.mark.parametrize("text", ["", "   ", "42 — 17!", "\n\t", "🙂", "犬が庭で寝ている。"])
def test_no_letter_or_no_candidate_script_is_und(text):
    assert detect(text) == ("und", 0.0)


def test_tie_goes_to_the_earlier_candidate():
    # An all-capitals abbreviation with no telling letter carries no evidence.
    assert detect("США") == ("ru", 0.5)
    assert detect("США", candidates=("uk", "ru")) == ("uk", 0.5)


def test_same_answer_twenty_times_and_after_cache_clear():
    texts = ["Він сказав, що", "Он сказал, что", "Президент подписал закон", "said on Friday"]
    first = detect_many(texts)
    for _ in range(20):
        assert detect_many(texts) == first
    cache_clear()
    assert detect_many(texts) == first


def test_detect_many_keeps_order():
    assert [code for code, _ in detect_many(["Це було вчора", "", "Это было вчера", "Hello"])] == [
        "uk",
        "und",
        "ru",
        "en",
    ]


def test_candidates_restrict_the_answer():
    assert detect("Собака спит", candidates=("uk",)) == ("uk", 1.0)
    assert detect("said on Friday", candidates=("en",)) == ("en", 1.0)
    assert detect("Dog", candidates=("ru", "uk")) == ("und", 0.0)
    assert detect("Он сказал", candidates=("en",)) == ("und", 0.0)
    assert detect("Der Hund schläft im Garten", candidates=("en", "de"))[0] == "de"
    assert detect("Собака спить у саду", candidates=("ru", "uk"))[0] == "uk"


def test_latin_text_is_english_among_en_ru_uk():
    assert detect("Der Hund schläft im Garten.") == ("en", 1.0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Der Hund schläft im Garten.", "de"),
        ("Le chien dort dans le jardin.", "fr"),
        ("El perro duerme en el jardín.", "es"),
        ("犬が庭で寝ている。", "ja"),
        ("Він сказав, що", "uk"),
        ("Он сказал, что", "ru"),
    ],
)
def test_all_languages(text, expected):
    assert detect(text, all_languages=True)[0] == expected


def test_languages_are_langdetects():
    codes = languages()
    assert (len(codes), codes[:3], "ru" in codes, "uk" in codes) == (55, ("af", "ar", "bg"), True, True)


def test_unknown_candidate_names_the_valid_codes():
    with pytest.raises(UnknownLanguage) as err:
        detect("text", candidates=("en", "xx"))
    message = str(err.value)
    assert message.startswith("unknown language code 'xx' in candidates; use codes from: af, ar, bg,")
    assert err.value.exit_code == 2


def test_empty_candidates_refused():
    with pytest.raises(UnknownLanguage, match=r"^unknown language code \(none given\) in candidates"):
        detect("text", candidates=())


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_candidate_or_und(text):
    code, confidence = detect(text)
    assert code in ("en", "ru", "uk", "und")
    assert 0.0 <= confidence <= 1.0
    assert (code == "und") == (confidence == 0.0)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё'’ʼ ABCxyz,.-", max_size=40))
def test_cyrillic_soup_never_raises(text):
    code, confidence = detect(text, all_languages=True)
    assert code in languages() + ("und",)
    assert 0.0 <= confidence <= 1.0


def test_import_loads_neither_langdetect_nor_pymorphy3():
    code = (
        "import sys, translate.detect; "
        "print(sorted(m for m in ('langdetect', 'pymorphy3') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"


def test_bench_script_imports_the_package_not_its_neighbour(tmp_path):
    """bench/detect.py sits beside bench/translate.py; ``import translate`` must still find the package."""
    from pathlib import Path

    lines = {
        "eng_Latn": "The old bridge over the river was closed for repairs last week.",
        "rus_Cyrl": "Старый мост через реку закрыли на ремонт на прошлой неделе.",
        "ukr_Cyrl": "Старий міст через річку закрили на ремонт минулого тижня.",
    }
    for name, line in lines.items():
        (tmp_path / f"dev.{name}").write_text(line + "\n", encoding="utf-8")
    script = Path(__file__).resolve().parent.parent / "bench" / "detect.py"
    out = subprocess.run([sys.executable, str(script), "--data", str(tmp_path), "--no-baseline"],
                         capture_output=True, text=True, timeout=120)
    assert (out.returncode, out.stderr) == (0, "")
    assert out.stdout.splitlines()[0] == "9 snippets of 4 words from dev (all)"
    assert out.stdout.splitlines()[1].startswith("translate.detect   en 1.0000  ru 1.0000  uk 1.0000  all 1.0000  (9/9)")
