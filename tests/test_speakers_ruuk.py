"""Russian and Ukrainian speakers: role nouns, `по словам`, indefinite speakers, cue verbs (sentences written for these tests)."""
from __future__ import annotations

import pytest

import quotes


def _direct(text: str, lang: str):
    return [q for q in quotes.extract(text, lang=lang) if q.kind == "direct"]


@pytest.mark.parametrize("lang,text,name,mention", [
    # a role noun in the genitive after `по словам` / `за словами` is the earlier holder of that role
    ("ru", "Руководитель лаборатории Олег Жаров показал новый датчик.\n\n"
           "По словам учёного, «прибор выдерживает сильный мороз без подзарядки».", "Олег Жаров", "учёного"),
    ("ru", "Начальник районной полиции Игорь Фомин выступил утром. По словам начальника полиции, "
           "«задержанных пока нет».", "Игорь Фомин", "начальника полиции"),
    ("uk", "Голова громади Степан Мороз відкрив новий міст.\n\n"
           "За словами посадовця, «наступного року відремонтують ще дві дороги».", "Степан Мороз", "посадовця"),
])
def test_according_to_a_role_in_the_genitive(lang, text, name, mention):
    got = _direct(text, lang)
    assert [(q.speaker.name, q.speaker.mention.text) for q in got] == [(name, mention)]
