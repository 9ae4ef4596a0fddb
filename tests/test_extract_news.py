"""Whole news stories written for these tests: every quote, its kind and its speaker."""
from __future__ import annotations

from pathlib import Path

import pytest

import quotes

DATA = Path(__file__).resolve().parent / "data"

EXPECTED = {
    "en": [
        ("The situation is difficult, but our soldiers are holding,", "direct", "Volodymyr Zelenskyy"),
        ("We need more air defense, and we need it now.", "direct", "Volodymyr Zelenskyy"),
        ("Every night they shell us,", "direct", "Maria Kovalenko"),
        ("I am afraid, but where would I go?", "direct", "Maria Kovalenko"),
        ("Staying here is not safe anymore,", "direct", "Serhiy Dobriak"),
        ("step up", "partial", "Mark Rutte"),
        ("fully committed", "partial", "Mark Rutte"),
        ("deeply concerned", "partial", "White House"),
        ("We will not abandon our partners,", "direct", "Lisa Murkowski"),
    ],
    "ru": [
        ("Пострадали два человека, они госпитализированы. Повреждены окна в трёх жилых домах", "direct", "Вячеслав Гладков"),
        ("внимательно следит", "partial", "Мария Захарова"),
        ("Мы не оставим это без ответа", "direct", "Мария Захарова"),
        ("Мы проснулись от взрыва. Дети очень испугались", "direct", "Ольга Смирнова"),
        ("Вы будете уезжать?", "direct", None),
        ("Нет, это наш дом", "direct", "Ольга Смирнова"),
    ],
    "uk": [
        ("Уражено об'єкт критичної інфраструктури. Є перебої з електропостачанням у двох районах", "direct", "Ігор Терехов"),
        ("Такі ракети дуже складно збивати", "direct", "Юрій Ігнат"),
        ("Все тремтіло, діти плакали. Але ми нікуди не поїдемо", "direct", "Наталія Бойко"),
    ],
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_story(lang):
    text = (DATA / f"news-{lang}.txt").read_text(encoding="utf-8")
    got = [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in quotes.extract(text)]
    assert got == EXPECTED[lang]


def test_split_quote_is_one_utterance():
    text = (DATA / "news-en.txt").read_text(encoding="utf-8")
    got = quotes.extract(text)
    assert got[0].utterance == got[1].utterance != got[2].utterance
    assert got[8].speaker.role == "Sen."


MORE = {
    "en-2": [
        ("Inflation remains elevated,", "direct", "Jerome Powell"),
        ("We are prepared to adjust our stance if risks emerge.", "direct", "Jerome Powell"),
        ("I don't think it's likely.", "direct", "Jerome Powell"),
        ("We regret the error and have corrected it.", "direct", "company"),
        ("It's a 'wait and see' moment,", "direct", "Diane Swonk"),
        ("wait and see", "nested", None),
        ("gotten ahead of themselves.", "partial", "Diane Swonk"),
        ("appropriate.", "partial", "Janet Yellen"),
        ("We have heard the concerns,", "direct", None),
        ("bailout for banks,", "partial", None),
        ("necessary.", "partial", None),
    ],
    "en-3": [
        ("fix the foundations", "partial", "Keir Starmer"),
        ("We inherited a mess,", "direct", "Keir Starmer"),
        ("Nobody should pretend that this is easy.", "direct", "Keir Starmer"),
        ("a tax raid on working people.", "partial", "Kemi Badenoch"),
        ("fully funded.", "partial", "Treasury"),
        ("The numbers add up for now,", "direct", "Paul Johnson"),
        ("but the risks are large.", "direct", "Paul Johnson"),
        ("It's a gamble,", "direct", None),
        ("The prime minister stands by every word.", "direct", None),
    ],
    "ru-2": [
        ("Мы договорились продолжить консультации", "direct", "Сергей Лавров"),
        ("спасатели работают круглосуточно", "partial", "Александр Куренков"),
        ("Мы будем защищать каждый город", "direct", "Владимир Зеленский"),
        ("Ситуация остаётся напряжённой", "direct", "пресс-служба ведомства"),
        ("Я не знаю", "direct", "Иван"),
        ("Спросите у Петра.", "direct", "Иван"),
    ],
    "ru-3": [
        ("Мы готовили её два года", "direct", "Ольга Петрова"),
        ("Это только начало. Осенью мы покажем вторую часть", "direct", "Андрей Белов"),
        ("Посетители приходят целыми семьями", "direct", "пресс-служба музея"),
    ],
    "uk-3": [
        ("Ми готували її два роки", "direct", "Ольга Петренко"),
        ("Це лише початок. Восени ми покажемо другу частину", "direct", "Андрій Білик"),
        ("Відвідувачі приходять цілими родинами", "direct", "пресслужба музею"),
    ],
    "uk-2": [
        ("Україна відкрита для бізнесу", "direct", "Денис Шмигаль"),
        ("уряд готує нові програми підтримки", "partial", "Юлія Свириденко"),
        ("Ми очікуємо рішення до кінця місяця", "direct", "Юлія Свириденко"),
        ("Ситуація залишається складною", "direct", "Генштаб"),
    ],
}


@pytest.mark.parametrize("name", sorted(MORE))
def test_more_stories(name):
    text = (DATA / f"news-{name}.txt").read_text(encoding="utf-8")
    got = [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in quotes.extract(text)]
    assert got == MORE[name]


def test_quote_cut_by_its_clause_is_one_utterance():
    text = (DATA / "news-en-3.txt").read_text(encoding="utf-8")
    got = quotes.extract(text)
    assert got[5].utterance == got[6].utterance
    assert got[7].speaker.role == "one senior Labour MP"


def test_ru_a_dash_inside_guillemets_before_the_closing_mark_is_speech_not_a_reporting_clause():
    text = ("Среди гостей была вязальщица из села Жёлтое Венера Ямалтдинова. «Пух сама чешу, сама пряду. "
            "Молодые так не хотят — говорят, долго и невыгодно», — сказала она.")
    got = [q for q in quotes.extract(text, lang="ru") if q.kind == "direct"]
    assert len(got) == 1 and got[0].text.endswith("долго и невыгодно")
    assert got[0].speaker.name == "Венера Ямалтдинова"


@pytest.mark.parametrize("text, lang, name", [
    ("«Затримки пов’язані з погодою», – пояснили в прес-службі Ізмаїльської митниці.", "uk",
     "прес-служба Ізмаїльської митниці"),
    ("«Задержки связаны с погодой», — пояснили в пресс-службе Калининградской таможни.", "ru",
     "пресс-служба Калининградской таможни"),
])
def test_a_press_service_is_named_with_the_capitalised_adjective_of_its_body(text, lang, name):
    got = [q for q in quotes.extract(text, lang=lang) if q.kind == "direct"]
    assert [(q.speaker.name, q.speaker.type) for q in got] == [(name, "organization")]


@pytest.mark.parametrize("text, lang, name", [
    ("«Вода безпечна», – повідомили в прес-службі КП «Міськводоканал».", "uk", "прес-служба КП «Міськводоканал»"),
    ("«Вода безопасна», — сообщили в пресс-службе МУП «Горводоканал».", "ru", "пресс-служба МУП «Горводоканал»"),
])
def test_a_press_service_keeps_the_quoted_name_of_its_body(text, lang, name):
    got = [q for q in quotes.extract(text, lang=lang) if q.kind == "direct"]
    assert [q.speaker.name for q in got] == [name]


def test_uk_a_foreign_womans_name_after_her_role_is_the_speaker_not_the_role():
    text = "«Найкраще розбирають магнітики», – жартує продавчиня сувенірів Доїна Морару."
    got = [q for q in quotes.extract(text, lang="uk") if q.kind == "direct"]
    assert [(q.speaker.name, q.speaker.mention.text) for q in got] == [("Доїна Морару", "Доїна Морару")]


def test_uk_a_name_read_in_no_genitive_after_a_role_noun_is_its_apposition_and_speaks():
    text = "«Спершу тріснула доріжка до криниці», – розповів власник одного з будинків Думітру Паскару."
    got = [q for q in quotes.extract(text, lang="uk") if q.kind == "direct"]
    assert [q.speaker.name for q in got] == ["Думітру Паскару"]
