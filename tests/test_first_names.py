"""First names the uk dictionary lacks, declined by their ending (names written for these tests)."""
from __future__ import annotations

import pytest

import quotes
from quotes import first_names, morph
from quotes.names_cyrillic import cyrillic_names
from quotes.lang import uk
from speakers import direct


@pytest.mark.parametrize("name,gender,forms", [
    ("Грицько", "masc", {"грицька", "грицькові", "грицьком", "грицьку"}),
    ("Корній", "masc", {"корнія", "корнієві", "корнієм", "корнію"}),
    ("Ганна", "femn", {"ганни", "ганні", "ганну", "ганною", "ганно"}),
    ("Текля", "femn", {"теклі", "теклю", "теклею", "текле"}),
])
def test_an_extra_first_name_is_declined_by_its_ending(name, gender, forms):
    assert forms <= {f for f, _case in first_names.declined(name, gender)}


def test_a_declined_extra_first_name_reads_as_a_name_and_goes_back_to_the_nominative():
    assert any("Name" in g and "gent" in g for _n, g, _s in morph.parses("uk", "Марка"))
    assert morph.inflect_nominative("uk", "марка", ("Name",), "masc") == "марко"


def test_a_first_name_the_dictionary_lacks_joins_the_surname_after_it():
    text = "Тоді не витерпів молодий козак Тимко Бурлій, а отаман Корній Гайворон тільки всміхнувся."
    assert [n.canon for n in cyrillic_names(text, uk)] == ["Тимко Бурлій", "Корній Гайворон"]


def test_the_speaker_is_named_in_full_by_a_first_name_the_dictionary_lacks():
    text = ("Козаки сиділи мовчки біля багаття.\n"
            "– Батьку отамане, а чи довго ще ми тут сидітимемо? – не витерпів молодий козак Тимко Бурлій.")
    q = direct(text, "uk")[0]
    assert (q.speaker.name, q.cue.text) == ("Тимко Бурлій", "не витерпів")


def test_a_first_name_whose_i_closes_to_o_in_other_cases_goes_back_to_the_nominative():
    assert {"хведора", "хведоре"} <= {f for f, _case in first_names.declined("Хведір", "masc")}
    text = ("Хведір вернувся з заробітків.\n– Хведоре! Живий! – гукнула Катря.\n– Живий, – сказав він.")
    assert direct(text, "uk")[-1].speaker.name == "Хведір"


def test_a_surname_in_yikha_is_a_woman_s():
    text = "Посередині стояла Уласка Шамраїха й махала руками.\n– Та кажу ж вам, сама бачила! – гукнула вона."
    assert direct(text, "uk")[0].speaker.name == "Уласка Шамраїха"


def test_uk_folk_first_names_with_i_closing_to_o_are_names_in_every_case():
    text = ("Старий Пархім приїхав ще з полудня й сидів на мішках.\n"
            "– Пане мельнику, – озвався він нарешті, – та ж моя черга була ще в обід.\n"
            "– Ваша черга, Пархоме, там, де я скажу, – відрізав мельник Сафрон Мандзюк.")
    got = [q for q in quotes.extract(text, lang="uk") if q.kind == "direct"]
    assert [q.speaker.name for q in got] == ["Пархім", "Пархім", "Сафрон Мандзюк"]
