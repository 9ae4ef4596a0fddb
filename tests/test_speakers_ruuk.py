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


@pytest.mark.parametrize("lang,text,names", [
    # a common noun after the verb is the person the narration described with that noun, not the last one named
    ("ru", "Сторож Ефим дремал у ворот, когда подъехал Гаврила, молодой кузнец из соседней деревни.\n"
           "— Открывай, дед, — сказал Гаврила.\n— Не велено, — отвечал сторож.", ["Гаврила", "Ефим"]),
    # a role with its dependent word: the head of the district is not the head of the region
    ("ru", "Губернатор области Пётр Зимин приехал в город.\n\n«Мы поможем каждому», — сказал Зимин.\n\n"
           "По словам главы района Антона Белова, «денег хватит до осени».\n\n"
           "«Ремонт закончим к зиме», — пообещал глава региона.", ["Пётр Зимин", "Антон Белов", "Пётр Зимин"]),
    # a noun the narration gave her before a name, even in another case
    ("uk", "У театрі показали виставу молодої драматургині Олени Гайової.\n\n«Я писала її три роки», — розповіла "
           "Гайова.\n\nЗа словами драматургині, «це історія про її бабусю».", ["Олена Гайова", "Олена Гайова"]),
])
def test_a_noun_speaker_is_the_person_described_with_that_noun(lang, text, names):
    assert [q.speaker.name for q in _direct(text, lang)] == names


def test_a_name_called_in_a_turn_does_not_block_the_noun_speaker():
    text = ("Петро прийшов з поля. Оксана стояла біля криниці.\n— Оксано, ходи сюди! — гукнув він.\n"
            "— Чого тобі? — озвалася дівчина.")
    got = _direct(text, "uk")
    assert [(q.speaker.name, q.speaker.mention.text) for q in got] == [("Петро", "він"), ("Оксана", "дівчина")]


@pytest.mark.parametrize("text,name", [
    # a surname in -ов is not the genitive plural of a first name
    ("Иван Сергеевич Лавров вошёл в кабинет.\n— Опять дождь, — сказал он.", "Иван Сергеевич Лавров"),
    # a surname the dictionary knows with -ской keeps it
    ("Вечером Анна встретила князя Трубецкого у подъезда.\n— Рад вас видеть, — отвечал князь.", "князь Трубецкой"),
])
def test_ru_surname_nominative(text, name):
    assert [q.speaker.name for q in _direct(text, "ru")] == [name]


@pytest.mark.parametrize("lang,text,name", [
    # a first name that can only be nominative says the surname after it is nominative too, whatever it looks like
    ("uk", "Біля воріт чекав Панас Сорока з батогом.\n— Їдемо? — спитав Сорока.", "Панас Сорока"),
    ("uk", "Коло печі стояв Хома Шпилька.\n— Добридень, — сказав він.", "Хома Шпилька"),
    # even one that also reads as the genitive of another surname (`Ляшка` of `Ляшко`)
    ("uk", "Біля воріт стояв Гнат Ляшка з батогом.\n— Їдемо? — спитав він.", "Гнат Ляшка"),
    ("uk", "На лаві сидів Микола Гребінка.\n— Пізно вже, — мовив Гребінка.", "Микола Гребінка"),
])
def test_a_surname_after_a_nominative_first_name_is_kept_as_written(lang, text, name):
    assert [q.speaker.name for q in _direct(text, lang)] == [name]


@pytest.mark.parametrize("lang,text,names", [
    # a village role before a first name is the role, even when the dictionary also knows it as a surname
    ("uk", "Дяк Онисим зайшов до волості й привітався з писарем Іваном.\n– Чи є лист? – спитав він.\n"
           "– Нема, – відповів писар.\n– Шкода, – дяк похитав головою.", ["Онисим", "Іван", "Онисим"]),
    ("ru", "Староста Фрол стоял у ворот.\n— Не пущу, — сказал староста.", ["Фрол"]),
])
def test_a_role_before_a_first_name_is_no_part_of_the_name(lang, text, names):
    assert [q.speaker.name for q in _direct(text, lang) if q.speaker.name] == names


@pytest.mark.parametrize("lang,text,names", [
    # speech verbs for short or loud remarks and invitations
    ("ru", "Бывший мэр Олег Рябов вышел из суда.\n\nУ дверей он лишь бросил репортёрам: «Без комментариев».", ["Олег Рябов"]),
    ("uk", "Отець Никифор сидів у садку, коли прийшов Іван Ткач.\n"
           "— Сідай, Іване, сідай, — припрошував священик.", ["отець Никифор"]),
    ("uk", "Господиня Галина Руденко провела нас до воріт.\n\n«Приїжджайте ще восени», — запрошує пані Галина.",
     ["Галина Руденко"]),
])
def test_remark_and_invitation_verbs_are_cues(lang, text, names):
    assert [q.speaker.name for q in _direct(text, lang)] == names


@pytest.mark.parametrize("lang,text,mention,kind", [
    # someone the text does not name: a mention, no name, not the last person named
    ("ru", "Паромщик Фрол оттолкнулся от берега.\n— Утонем, — сказал кто-то в толпе.", "кто-то", "person"),
    ("uk", "Отаман Гнат сидів біля вогню.\n— Та годі вже! — гукнув хтось із темряви.", "хтось", "person"),
    # a couple or a crowd speaks as a group
    ("uk", "Мер Ольга Ткач перерізала стрічку. «Нарешті!» — вигукнула літня пара біля входу.", "літня пара", "group"),
])
def test_an_unnamed_speaker_gets_no_name(lang, text, mention, kind):
    last = _direct(text, lang)[-1].speaker
    assert (last.name, last.mention.text, last.type) == (None, mention, kind)


def test_a_first_name_missing_from_the_dictionary_stays_in_the_name_not_the_role():
    text = "Головний тренер Богдан Савчук після гри не приховував емоцій. «Ми вистояли», — сказав наставник."
    speaker = _direct(text, "uk")[0].speaker
    assert (speaker.name, speaker.role) == ("Богдан Савчук", "Головний тренер")


@pytest.mark.parametrize("lang,text,name,role", [
    # a capitalised role word opening the sentence is the role, not part of the name
    ("uk", "На майдані зібралося товариство. Кошовий Остап Дзюба вийшов наперед.\n– Слухайте, панове! – гукнув він.",
     "Остап Дзюба", "кошовий"),
    # a surname in the genitive before a first name and surname belongs to the noun before it
    ("ru", "Защитник Петрова Анна Зуева сообщила о жалобе. «Мы обжалуем решение», — сказала Зуева.",
     "Анна Зуева", None),
])
def test_a_word_before_first_name_and_surname_is_outside_the_name(lang, text, name, role):
    assert [(q.speaker.name, q.speaker.role) for q in _direct(text, lang)] == [(name, role)]


@pytest.mark.parametrize("lang,text,name", [
    # a courtesy title before a first name is not part of it; before a lone surname it stays
    ("uk", "Увечері до вітальні зайшла панна Ярина.\n– Ходімо в сад, – сказала Ярина.", "Ярина"),
    ("uk", "Увечері до вітальні зайшла пані Дорошенко.\n– Ходімо в сад, – сказала Дорошенко.", "пані Дорошенко"),
    # a nickname the text gives someone (`якого звали Шпаком`, `которого звали Митей`) stands for him
    ("uk", "Біля млина сиділо кілька чоловіків. Найстаршим був Панас Коломієць, якого на селі звали Шпаком за свист.\n"
           "– Чули новину? – обізвався Шпак.", "Панас Коломієць"),
    ("ru", "Рядом сидел Игнат Пахомов, которого все звали Митей.\n— Ерунда, — сказал Митя.", "Игнат Пахомов"),
    # a full name met only in the genitive comes back to his nominative, surname included
    ("ru", "Премьеру показал театр под руководством режиссера Геннадия Смирнова.\n\n"
           "«Мы спорили до ночи», — рассказал режиссер.", "Геннадий Смирнов"),
    # a name after the verb in the instrumental is no subject written in the nominative
    ("ru", "«Это насмешка», — возмутился один из зрителей, представившийся Гавриилом.", "Гавриил"),
])
def test_canonical_name_of_the_speaker(lang, text, name):
    assert [q.speaker.name for q in _direct(text, lang)] == [name]


@pytest.mark.parametrize("lang,text", [
    # a name after a possessive or a pronoun in a turn is talked about, not called: it does not answer next
    ("uk", "Баба Горпина відчинила двері й пустила діда до хати.\n– А де ж ваш Тарас? – спитав дід.\n"
           "– Та ще з поля не вернувся."),
    ("ru", "Кучер Ефим встретил барина у ворот.\n— Все здоровы, только конь наш, Орлик, захромал.\n— Захромал? Отчего?"),
])
def test_a_name_talked_about_in_a_turn_does_not_answer(lang, text):
    got = _direct(text, lang)
    assert got[-1].speaker is None or got[-1].speaker.name not in ("Тарас", "Орлик")


@pytest.mark.parametrize("lang,text,cue,mention", [
    # laughter, complaint, mockery and crowd noise report speech as well as `сказал`
    ("ru", "Инженер Лев Суханов осмотрел мост.\n\n«Простоит ещё сто лет», — смеётся Суханов.", "смеётся", "Суханов"),
    ("ru", "Фермер Кира Лобанова ждёт дождя.\n\n«Опять засуха», — сетует Лобанова.", "сетует", "Лобанова"),
    ("ru", "Марфа вошла в горницу.\n— Ах, батюшки! — всплеснула руками Марфа.", "всплеснула", "Марфа"),
    ("uk", "Кравець Тарас Гнідий шив жупан.\n– Та це ж дрібниці, – жартував Гнідий.", "жартував", "Гнідий"),
    ("uk", "Пасічник Остап Ярмола оглядав вулики.\n\n«Мед цього року гіркий», – нарікає Ярмола.", "нарікає", "Ярмола"),
    ("uk", "Отаман вийшов на майдан.\n– Слава! – загули козаки.", "загули", "козаки"),
])
def test_manner_of_speaking_verbs_are_cues(lang, text, cue, mention):
    q = _direct(text, lang)[-1]
    assert (q.cue.text, q.speaker.mention.text) == (cue, mention)


@pytest.mark.parametrize("lang,text,mention", [
    # a prepositional phrase, an adverb or a dative pronoun may stand between the verb and its subject
    ("ru", "Ночью у костра сидели путники.\n— Светает, — сказал после долгой паузы старик.", "старик"),
    ("ru", "Паром подошёл к берегу.\n— Держи канат! — крикнул ему с кормы матрос.", "матрос"),
    ("uk", "Сонце сідало за гору.\n– Галю! Галю-у! – гукнула з-за клуні бабуся.", "бабуся"),
    ("uk", "Гості розійшлися пізно.\n– Та вже ж, – відповіла йому тихо господиня.", "господиня"),
])
def test_the_subject_is_found_past_adverbials_after_the_verb(lang, text, mention):
    assert _direct(text, lang)[-1].speaker.mention.text == mention


@pytest.mark.parametrize("lang,text,mention", [
    # a plural noun or `все`/`всі` after the verb is a group speaking, not the last person named
    ("ru", "Есаул Глеб Пахомов поднял шашку.\n— Любо! — зашумели казаки.", "казаки"),
    ("ru", "Учитель Пётр Ильич вошёл в класс.\n— Здравствуйте! — закричали все.", "все"),
    ("uk", "Отаман Гнат Сірко підняв булаву.\n– Слава! – загомоніли хлопці.", "хлопці"),
])
def test_a_plural_subject_after_the_verb_is_a_group(lang, text, mention):
    speaker = _direct(text, lang)[-1].speaker
    assert (speaker.name, speaker.mention.text, speaker.type) == (None, mention, "group")


@pytest.mark.parametrize("lang,text,quoted", [
    # a sentence about someone after `! –` is the author's words even with no speech verb
    ("uk", "Мати поралася біля печі.\n– Приїде він!\n– Приїде! – Баба відмахнулась і вийшла з хати.\nСмеркало.",
     ["Приїде він!", "Приїде!"]),
    ("ru", "Ночь была тихая.\n— Не пойду. — Мальчик отвернулся к стене.\n— Пойдёшь!", ["Не пойду.", "Пойдёшь!"]),
    # speech about oneself or with `!` at the end stays speech
    ("ru", "Ночь была тихая.\n— Беги! — Мы успеем.\n— Нет!", ["Беги! — Мы успеем.", "Нет!"]),
])
def test_narration_after_a_replica_is_split_off(lang, text, quoted):
    assert [q.text for q in _direct(text, lang)] == quoted


@pytest.mark.parametrize("lang,text,name", [
    # a document named with its issuer speaks for the issuer, after passive and past impersonal verbs too
    ("ru", "Ночью в порту сгорел склад.\n\n«Пострадавших нет», — сказано в заявлении МЧС.", "МЧС"),
    ("ru", "Река вышла из берегов.\n\n«Вода спадёт к пятнице», — говорилось в докладе Гидрометцентра.", "Гидрометцентр"),
    ("uk", "Уночі в порту згорів склад.\n\n«Постраждалих немає», – сказано в заяві ДСНС.", "ДСНС"),
])
def test_impersonal_cues_give_the_documents_issuer(lang, text, name):
    speaker = _direct(text, lang)[-1].speaker
    assert (speaker.name, speaker.type) == (name, "organization")


@pytest.mark.parametrize("lang,text,mention", [
    # narration with no speech verb after a replica: its subject noun speaks (the noun, not the last name)
    ("ru", "Полковник Семён Гаврилович Лыков пил чай с Андреем.\n— Вам письмо.\n"
           "— Письмо! — полковник даже отставил стакан. — От кого?", "полковник"),
    ("uk", "Мірошник Яким сидів на призьбі з Петром.\n– Дощ буде.\n"
           "– Дощ! – старий аж підвівся з місця. – Звідки ти знаєш?", "старий"),
])
def test_a_noun_subject_of_the_narration_after_a_replica_speaks(lang, text, mention):
    assert _direct(text, lang)[1].speaker.mention.text == mention


@pytest.mark.parametrize("lang,text,mention", [
    # a role noun takes a genitive word after it, never the conjunction opening the next clause
    ("ru", "Извозчик остановился у ворот.\n— Приехали, барин, — буркнул кучер и, крякнув, слез с козел.", "кучер"),
    ("uk", "Віз зупинився біля воріт.\n– Приїхали, – буркнув візник і, крекчучи, зліз із воза.", "візник"),
])
def test_a_role_mention_stops_before_a_conjunction(lang, text, mention):
    assert _direct(text, lang)[-1].speaker.mention.text == mention


@pytest.mark.parametrize("lang,text,name,mention", [
    # `у видавництві зазначили`: the publisher speaks, not a name ending the headline above
    ("uk", "Книжка про мандри – Гайова\n\nВ анотації до книжки у видавництві зазначили: «Це роман про море».",
     "видавництво", "видавництві"),
    ("ru", "Книга о странствиях — Гаев\n\nВ аннотации к книге в издательстве отметили: «Это роман о море».",
     "издательство", "издательстве"),
])
def test_a_publisher_before_a_plural_cue_speaks(lang, text, name, mention):
    speaker = _direct(text, lang)[-1].speaker
    assert (speaker.name, speaker.mention.text, speaker.type) == (name, mention, "organization")


def test_a_name_ending_the_line_above_is_not_the_subject_of_the_next():
    text = "Книжка про мандри – Гайова\n\nВ анотації до книжки зазначили: «Це роман про море»."
    speaker = _direct(text, "uk")[-1].speaker
    assert speaker is None or speaker.mention is None or speaker.mention.text != "Гайова"


def test_a_conjunction_in_narration_is_no_subject():
    text = "— Хвалите, — сказала Марфа Ильинична, — а Пётр, что ни дай, — поел и ушёл.\nНа дворе темнело."
    assert [q.speaker.mention.text for q in _direct(text, "ru")] == ["Марфа Ильинична"] * 2


@pytest.mark.parametrize("lang,text", [
    # an abbreviation, a city after a preposition and a plural surname are nobody who speaks
    ("ru", "Анализ ДНК провели в Томске. «Сомнений нет», — сказала исследовательница."),
    ("ru", "Больных больше не повезут до Львова. «Теперь всё здесь», — говорит врач."),
    ("ru", "Прохоровы заплатили вдвое. — Поговори с управляющим, — сказал он."),
])
def test_words_that_name_no_one_are_not_speakers(lang, text):
    assert all(q.speaker is None or q.speaker.name is None for q in _direct(text, lang))


def test_a_sentence_opening_noun_the_text_also_writes_in_lower_case_is_no_name():
    text = ("Під вечір до кошового прийшов Остап Дзюба.\n"
            "Кошовий звелів подати вечерю.\n— Чи є ще наші на галерах? — спитав він.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Остап Дзюба"]


def test_a_first_name_the_dictionary_reads_as_a_surname_and_a_name_set_off_after_the_role():
    text = ("У класі зостався тільки Грицько Моторний.\n"
            "— Чого ж ти не йдеш додому, Грицю? — спитав учитель, Павло Кирилович, складаючи зошити.\n"
            "— Ні, нічого, — прошепотів Грицько.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Павло Кирилович", "Грицько Моторний"]


def test_a_sentence_opening_with_he_carries_the_pronoun_chain_past_the_man_he_names():
    text = ("У класі зостався тільки Грицько Моторний.\n"
            "— Тато не пустять мене до школи, — вимовив нарешті Грицько.\n"
            "Павло Кирилович довго мовчав. Він знав старого Моторного — чоловіка впертого.\n"
            "— Добре, — промовив він нарешті. — Іди додому.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Грицько Моторний", "Павло Кирилович", "Павло Кирилович"]


def test_a_role_noun_answering_a_turn_is_not_its_asker():
    text = ("Марта вернулася з поля. Оксана сиділа на призьбі й пряла.\n"
            "— А де батько? — спитала Марта.\n"
            "— Пішов до млина, — відповіла донька, не підводячи очей.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Марта", "Оксана"]


@pytest.mark.parametrize("lang,text,names", [
    # a role noun opening the narration right before a turn names the one who acts, then speaks
    ("ru", "Графиня Анна Павловна Дубровина вошла к сыну рано утром.\n"
           "— Ну что, Петруша, ты здоров? — спросила она.\n— Здоров, maman, — отвечал Петруша.\n"
           "— Здоров! А лицо бледное.\nПетруша молчал. Графиня села рядом и взяла его за руку.\n"
           "— Ты мне ничего не скажешь?",
     ["Анна Павловна Дубровина", "Петруша", "Анна Павловна Дубровина", "Анна Павловна Дубровина"]),
    ("uk", "Старий учитель Онисим Дудар сидів під липою, коли прийшов Тарас.\n"
           "— Добридень, діду, — сказав Тарас.\n— Здоров був, — відповів Дудар.\n"
           "— Чи є мед цього року?\nТарас мовчав. Учитель підвівся й пішов до вуликів.\n— Є, та небагато.",
     ["Тарас", "Онисим Дудар", "Тарас", "Онисим Дудар"]),
    # after the narration gave her a second turn in a row, the answer goes back to the other one
    ("ru", "Графиня Анна Павловна Дубровина вошла к сыну рано утром.\n"
           "— Ну что, Петруша, ты здоров? — спросила она.\n— Здоров, maman, — отвечал Петруша.\n"
           "— Здоров! А лицо бледное.\nПетруша молчал. Графиня села рядом и взяла его за руку.\n"
           "— Ты мне ничего не скажешь?\n— Нечего сказать, maman.\n— Нечего!",
     ["Анна Павловна Дубровина", "Петруша", "Анна Павловна Дубровина", "Анна Павловна Дубровина",
      "Петруша", "Анна Павловна Дубровина"]),
    # a name called in the last turn answers, even with a third person about
    ("uk", "Біля криниці стояли Оксана, Марта й Семен Гулий.\n— Добрий вечір, — сказав Семен.\n"
           "— Добрий, — відповіла Оксана.\n— Марто, ти чого мовчиш?\n— Бо не маю що казати.",
     ["Семен Гулий", "Оксана", "Семен Гулий", "Марта"]),
    # narration inside the turn's paragraph names who speaks both segments, over alternation
    ("ru", "Генерал Пётр Кузьмич Обухов сидел за столом, напротив него молодой Сергей Ланской.\n"
           "— Нужна реформа, — сказал Ланской.\n"
           "— Реформа! — генерал даже отодвинул тарелку. — Реформу им подавай, а работать кто будет?",
     ["Сергей Ланской", "Пётр Кузьмич Обухов", "Пётр Кузьмич Обухов"]),
    # a role noun opening that narration is the person the text described with it
    ("uk", "Марта Гнатюк сиділа біля вікна, а молодий парубок Василь Коваль ходив по хаті.\n"
           "— Підеш завтра на ярмарок? — спитав Василь.\n— Ні, — відповіла Марта.\n"
           "— Чого ж так? — парубок зупинився посеред хати. — Там же музики будуть.",
     ["Василь Коваль", "Марта Гнатюк", "Василь Коваль", "Василь Коваль"]),
])
def test_unattributed_turns_take_the_speaker_the_narration_and_alternation_give(lang, text, names):
    assert [q.speaker.name for q in _direct(text, lang)] == names


@pytest.mark.parametrize("lang,text", [
    # a role noun subject of a line ending in a colon speaks next even without a speech verb; no one named holds it
    ("uk", "У вітальні сиділи гості: Петро Гай і Остап Ярема.\n— Театр у нас слабкий, — сказав Гай.\n"
           "— Зате щирий, — відповів Ярема.\nГосподиня, бачачи, що гості сперечаються, поспішила втрутитися:\n"
           "— Панове, ще чаю?"),
    ("ru", "В гостиной сидели Павел Орлов и Фёдор Сомов.\n— Театр у нас плох, — сказал Орлов.\n"
           "— Зато искренен, — ответил Сомов.\nХозяйка, видя, что гости спорят, поспешила вмешаться:\n"
           "— Господа, ещё чаю?"),
])
def test_a_colon_line_names_the_next_speaker_by_its_role_subject(lang, text):
    last = _direct(text, lang)[-1]
    assert (last.speaker.name, last.speaker.mention.text) == (None, text.split("\n")[3].split(",")[0])


def test_a_first_name_that_also_reads_as_a_vocative_is_a_subject():
    """Ukrainian `Петро` is also the vocative of `Петра`: opening narration it is still the one who acts."""
    text = ("Петро Гай і Остап Ярема сиділи на призьбі.\n— Чи буде дощ? — спитав Петро.\n"
            "— Мабуть, буде, — відповів Остап.\nОстап сплюнув. Петро махнув рукою.\n— А сіно ж не зібране!")
    assert _direct(text, "uk")[-1].speaker.name == "Петро Гай"


def test_a_pronoun_after_a_title_opening_narration_is_its_holder():
    """`Графиня долго сидела …⏎— …, — сказала она`: the countess, not the daughter named before."""
    text = ("Графиня Анна Павловна Дубровина приехала к дочери.\n— Ты здорова? — спросила она.\n"
            "— Здорова, — отвечала Лиза.\nИ, вскочив, Лиза выбежала из комнаты. Графиня долго сидела неподвижно.\n"
            "— Подавайте карету, — сказала она лакею.")
    assert _direct(text, "ru")[-1].speaker.name == "Анна Павловна Дубровина"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Оксана Левчук стояла біля воріт і дивилася на шлях.\n— Оксано! Оксано-о! Де ти там?\n— Тут я, мамо!"),
    ("ru", "Соня Белкина сидела у окна и смотрела на дорогу.\n— Соня! Соня, где же ты?\n— Иду, мама!"),
])
def test_an_unattributed_turn_is_not_spoken_by_the_one_it_calls(lang, text):
    speaker = _direct(text, lang)[0].speaker
    assert speaker is None or speaker.name is None


def test_a_name_after_a_preposition_in_a_turn_is_not_the_one_answering():
    """`— О Лыкове?`: the neighbour is talked about; the one asked answers."""
    text = ("Павел Сомов вошёл в гостиную. Вера Ивановна, не поднимая глаз, спросила:\n— Вы опять из клуба?\n"
            "— Из клуба, — отвечал он. — Там только и разговоров, что о вашем соседе.\n— О Лыкове?\n"
            "— О нём. Говорят, он продаёт имение.")
    assert _direct(text, "ru")[-1].speaker.name == "Павел Сомов"


def test_a_pronoun_after_a_contrast_keeps_the_subject_when_no_new_one_follows_the_conjunction():
    """`Ганна засміялася, але споважніла, бо вийшла стара Параска. — …, — шепнула вона`: Ганна."""
    text = ("Вечоріло, коли Степан вернувся з поля. Ганна стояла біля криниці.\n"
            "— Ганно, ходи-но сюди! — гукнув він.\n— Чого тобі? — озвалася дівчина.\n"
            "Ганна засміялася, але тут-таки споважніла, бо з хати вийшла стара Параска.\n"
            "— Степане, тікай! — шепнула вона.")
    assert _direct(text, "uk")[-1].speaker.name == "Ганна"


def test_the_answer_to_the_first_turn_is_the_other_person_the_scene_names():
    """`Марта сиділа, а Василь ходив.⏎— …? — спитав Василь.⏎— …`: Марта answers, then they alternate."""
    text = ("Марта Гнатюк сиділа біля вікна, а Василь Коваль ходив по хаті.\n"
            "— Підеш завтра на ярмарок? — спитав Василь.\n— Може, й піду.\n— То йди зі мною.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Василь Коваль", "Марта Гнатюк", "Василь Коваль"]


def test_an_ov_surname_the_dictionary_guesses_as_a_plural_first_name_is_still_a_person():
    text = ("Прокурор Григорий Заславский потребовал ареста. Сам Мельчаков в зале суда держался спокойно. "
            "«Я двадцать лет строил дороги», — сказал он.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Мельчаков"]


def test_a_name_equally_read_as_his_genitive_after_a_genitive_noun_is_his():
    text = ("По словам продюсера картины Рината Хабибуллина, переговоры уже ведутся. "
            "«Нас позвали на два фестиваля», — улыбнулся продюсер.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Ринат Хабибуллин"]


@pytest.mark.parametrize("lang,text,mention,name", [
    # `один из X` after the verb is someone of many with no name, unless a name is set off after it
    ("ru", "Гости засмеялись.\n— Вздор! — засмеялся один из старичков.", "один из старичков", None),
    ("uk", "Козаки мовчали.\n— А що далі? — спитав один із них.", "один із них", None),
    ("ru", "«Теперь можно и на покой», — сказал один из зрителей, 70-летний Игнат Котов.", "Игнат Котов", "Игнат Котов"),
])
def test_one_of_many_speaks_without_a_name(lang, text, mention, name):
    q = _direct(text, lang)[-1]
    assert (q.speaker.mention.text, q.speaker.name) == (mention, name)


@pytest.mark.parametrize("text,names", [
    # someone the narration brings in with a common noun speaks as `він`, and names himself later
    ("Лікар Остап Зелінський писав рецепт, коли двері рипнули і до хати зайшов худий парубок у латаній свитці.\n"
     "— Добридень вам, — сказав він, знявши шапку.\n— Добридень. Чого тобі треба? — спитав лікар.\n"
     "— Мене звуть Федір Гуменюк. Мати слаба лежить.\n— Веди, — мовив Зелінський.",
     ["Федір Гуменюк", "Остап Зелінський", "Федір Гуменюк", "Остап Зелінський"]),
    # the answer to `як тебе звуть?` opens with the speaker's name; the role noun met before is that person
    ("Отаман Тиміш Гонта довго дивився на прибулого.\n— Звідки йдеш? — спитав отаман.\n"
     "— З Полтави, пане отамане, — відповів мандрівник.\n— А як тебе звуть?\n"
     "— Семеном. Семен Ковбасюк, з Лубен.\n— Сідай, Семене, — сказав Гонта.",
     ["Тиміш Гонта", "Семен Ковбасюк", "Тиміш Гонта", "Семен Ковбасюк", "Тиміш Гонта"]),
    # `Я …` with a name in another case is no introduction
    ("Марко Гуз стояв біля тину, а Данило Пасічник сидів на колоді.\n— Я Петра вчора бачив, — сказав Марко.\n"
     "— Де? — спитав Данило.", ["Марко Гуз", "Данило Пасічник"]),
])
def test_uk_a_stranger_names_himself(text, names):
    assert [q.speaker.name if q.speaker else None for q in _direct(text, "uk")] == names


def test_uk_a_reply_calling_an_unnamed_speaker_by_name_names_her():
    text = ("— Сідайте до столу, — припрошувала господиня.\n"
            "— Спасибі, Марто Іванівно, — відповів Петро Ліщук.\n"
            "Марта Іванівна Гребенюк усміхнулася.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Марта Іванівна Гребенюк", "Петро Ліщук"]


@pytest.mark.parametrize("lang,text,mention", [
    # an animate noun opening the sentence is the subject of the verb past a place phrase; the verb's gender agrees
    ("uk", "Голова громади Богдан Левчук виступив першим. «Ми не здамося», – сказав Левчук.\n\n"
           "Літня жінка в першому ряду вигукнула: «А ви самі тут жити будете?»", "Літня жінка"),
    ("ru", "Глава района Олег Зуев выступил первым. «Мы не сдадимся», — сказал Зуев.\n\n"
           "Пожилая женщина в первом ряду крикнула: «А вы сами тут жить будете?»", "Пожилая женщина"),
])
def test_a_noun_opening_the_sentence_before_the_verb_speaks(lang, text, mention):
    last = _direct(text, lang)[-1]
    assert (last.speaker.name, last.speaker.mention.text) == (None, mention)


@pytest.mark.parametrize("text,names", [
    # a pet name is the person the narration names in full (`Гануся` → Ганна, whose first name is no surname `Ганн`)
    ("Ганна Литвин сиділа біля вікна, а Степан Литвин лагодив сіть.\n— Ганусю, ходи сюди, — покликав Степан.\n"
     "— Іду, — відповіла Гануся.", ["Степан Литвин", "Ганна Литвин"]),
    # a first name alone, then in full with the surname: one person
    ("Пані Оксана зустріла нас біля воріт. «Заходьте, будь ласка», — запросила Оксана.\n\n"
     "За словами Оксани Ткачук, «гості тут щодня».", ["Оксана Ткачук", "Оксана Ткачук"]),
    # how someone is called (`панно Лесе`) is no name for her: the narration's pet name stays, without `панна`
    ("Тут до кімнати вбігла Лесуня в білій сукні.\n— Добрий вечір, панно Лесе, — вклонився Гнат Пилипчук.\n"
     "— Добрий вечір! — засміялася вона.", ["Гнат Пилипчук", "Лесуня"]),
    # a name in the nominative followed by a comma in speech introduces its bearer; it does not call him
    ("Кошовий Степан Журба глянув на хлопця.\n— А звуть тебе як? — спитав Журба.\n"
     "— Охрімом. Охрім Несторенко, з Канівського полку.", ["Степан Журба", "Охрім Несторенко"]),
])
def test_uk_one_person_under_several_forms_of_name(text, names):
    assert [q.speaker.name for q in _direct(text, "uk")] == names


def test_uk_a_relative_clause_after_a_name_does_not_describe_its_bearer():
    text = ("До кошового Степана Журби привели хлопця. Осавул Гнат Кушнір, що стояв біля кошового, кивнув.\n"
            "— Добрий козак буде, — мовив Кушнір.\nКошовий погладив вуса.\n— Побачимо, — сказав він.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Гнат Кушнір", "Степан Журба"]


@pytest.mark.parametrize("text,name", [
    # a bare noun speaking in a news story is the person of its gender the story just named as a subject
    ("Першою до фінішу прибігла 17-річна Дарина Кравчук із Рівного.\n\n"
     "«Я бігла й не вірила, що це я», – поділилася враженнями школярка.", "Дарина Кравчук"),
    ("Одним із перших покупців став пенсіонер Іван Білик.\n\n«Хліб тут смачний», – каже чоловік.", "Іван Білик"),
    # not someone of the other gender
    ("Одним із перших покупців став пенсіонер Іван Білик.\n\n«Хліб тут смачний», – каже жінка.", None),
    # the subject set off after a noun, not the person in the genitive before it; nor a job (`лікар`) by guess
    ("Бабуся Олесі, вчителька Галина Дмитрук, теж прийшла на фінал. «Я плакала від радості», – зізналася жінка.",
     "Галина Дмитрук"),
    # the source of words reported (`за словами`) is whom the story follows
    ("За словами Тараса Гнатюка, батька учня, гурток змінив сина. «Тепер він усе вечори там», – сміється чоловік.",
     "Тарас Гнатюк"),
])
def test_uk_a_noun_speaking_in_news_is_the_person_just_named(text, name):
    assert [q.speaker.name for q in _direct(text, "uk")] == [name]


@pytest.mark.parametrize("text,names", [
    # a role guessed from the last woman named gives way to the name the reply calls her by
    ("Пані Ярина Стельмах наливала чай. Її чоловік Гнат Стельмах читав газету, а біля вікна сиділа учителька "
     "Дарина Мельничук.\n— Знов пишуть про вибори, — озвався Гнат.\n— Годі про політику, — перебила господиня.\n"
     "— Та нехай, пані Ярино, мені цікаво, — усміхнулась Дарина.", ["Гнат Стельмах", "Ярина Стельмах", "Дарина Мельничук"]),
    # a name not in the vocative calls no one: `Слава Ісусу Христу,` is a greeting, not someone called `Слава`
    ("Дід Охрім сидів на призьбі, коли до нього підійшов Панько.\n— Слава Ісусу Христу, діду! — гукнув Панько ще від воріт.\n"
     "— Навіки слава. Чого тобі, хлопче?", ["Панько", "Охрім"]),
])
def test_uk_the_name_a_reply_calls_says_who_spoke_before(text, names):
    assert [q.speaker.name for q in _direct(text, "uk")] == names


def test_uk_a_name_set_off_after_a_noun_speaker_is_that_speaker():
    text = ("Господар Петро Мирошник і його дочка Ганна сиділи при столі.\n"
            "— Котра година? — спитала гостя, молода вчителька Ніна Гарасимчук.\n— Сьома, — відповів господар.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Ніна Гарасимчук", "Петро Мирошник"]


def test_a_sentence_opening_surname_the_dictionary_reads_first_as_a_word_is_a_name_named_elsewhere():
    """`Тушнов знал, что Савелий хитрит`: Тушнов (read first as an adjective) is the subject `он` goes back to."""
    text = ("Утром Тушнов поехал на мельницу. Мельник Савелий ждал его у плотины.\n"
            "— Вода поднялась, — сказал Тушнов.\n— Пускай, — отвечал Савелий.\n"
            "Тушнов знал, что Савелий хитрит, и знал, зачем он хитрит. Но спорить ему не хотелось.\n"
            "— Ладно, — сказал он.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Тушнов", "Савелий", "Тушнов"]


@pytest.mark.parametrize("text,names", [
    # a pet name the person is called by is the person named in full
    ("Когда Игорь Павлович вошёл, Варвара Сергеевна шила у окна.\n— Ты не спала, Варя? — спросил он.\n"
     "— Спала, — отвечала она.\n— Глаза красные.\n— Это от шитья.",
     ["Игорь Павлович", "Варвара Сергеевна", "Игорь Павлович", "Варвара Сергеевна"]),
    # and the other way round: the pet name first, the full name later
    ("Митя вернулся поздно.\n— Я устал, — сказал Митя.\nНаутро Дмитрий Орлов уехал в полк.\n"
     "— Прощай, — сказал он сестре.", ["Дмитрий Орлов", "Дмитрий Орлов"]),
    # the full first name after a person named by a pet name and surname
    ("Вошёл студент Костя Ремезов.\n— Здравствуйте, — сказал Константин.", ["Костя Ремезов"]),
])
def test_a_pet_name_is_the_full_name(text, names):
    assert [q.speaker.name for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("text,names", [
    # an undeclined surname after a role noun: the first name tells the case
    ("Жители спорят о стройке. «Автобусы ходят редко, я опаздываю на работу», — жалуется учительница Антонина Белых.",
     ["Антонина Белых"]),
    # no reporting verb: the person named in the subject phrase of a sentence ending in a colon
    ("«Автобусы ходят редко, я опаздываю», — жалуется учительница Антонина Белых. Её коллега, инженер Роман "
     "Пахомов, настроен иначе: «Подождём до весны. Там видно будет».", ["Антонина Белых", "Роман Пахомов"]),
])
def test_a_name_in_the_subject_phrase_speaks(text, names):
    assert [q.speaker.name for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("text,name", [
    # the person named right after a verb of quoting is the one quoted, not the last one named
    ("Полузащитник Пётр Абрамов забил победный гол. «Мы заслужили победу», — сказал тренер Олег Сомов. "
     "«Мне просто повезло», — цитирует Абрамова пресс-служба клуба.", "Пётр Абрамов"),
    # her surname in the accusative is still her
    ("Эколог Инна Арсланова напомнила о рыси. Директор стройки Олег Сомов промолчал. "
     "«Оценки воздействия пока нет», — цитирует Арсланову агентство.", "Инна Арсланова"),
])
def test_the_one_named_after_a_verb_of_quoting_is_quoted(text, name):
    assert _direct(text, "ru")[-1].speaker.name == name


@pytest.mark.parametrize("text,name", [
    # a surname the dictionary reads first as a plural noun (`Купцов`, of `купец`) in a subject named with its first name
    ("Главный тренер хозяев Роман Купцов не стал искать оправданий. "
     "«Мы провели плохой матч», — сказал наставник на пресс-конференции.", "Роман Купцов"),
    # a surname the dictionary guesses as a plural first name (`Хайрутдинов`) stays with the first name before it
    ("Лаборант Олег Хайрутдинов первым заметил плесень. «Я даже поставил мышеловку», — вспоминает молодой учёный.",
     "Олег Хайрутдинов"),
])
def test_a_surname_read_as_a_plural_word_after_a_first_name(text, name):
    assert [q.speaker.name for q in _direct(text, "ru")] == [name]


def test_the_host_is_the_one_whose_home_the_scene_is_in():
    """`В гостиной графини Корсаковой …⏎— …, — сказала хозяйка`: the countess, not the guest who came in."""
    text = ("В гостиной графини Анны Львовны Корсаковой, когда туда вошла Вера Сомова, говорили о войне.\n"
            "— Я не верю газетам, — сказала хозяйка.\n— Ах, графиня, газеты всегда лгут, — отвечал полковник Орлов.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Анна Львовна Корсакова", "Орлов"]


@pytest.mark.parametrize("lang,text,name", [
    # an exchange opening after narration is answered by the one that narration is about, not by alternation
    ("ru", "Павел Сомов и полковник Орлов спорили о войне.\n— Нам не устоять, — сказал Орлов.\n— Устоим, — отвечал Сомов.\n"
           "Все замолчали. Катя, поклонившись гостям, села к столу, где сидела её сестра Соня.\n"
           "— Ты видела его? — шёпотом спросила Соня.\n— Нет ещё.", "Катя"),
    ("uk", "Петро Гай і Остап Ярема сперечалися про сіно.\n— Буде дощ, — сказав Гай.\n— Не буде, — відповів Ярема.\n"
           "Усі замовкли. Марта, привітавшись із гостями, сіла до столу, де сиділа її сестра Ганна.\n"
           "— Ти його бачила? — пошепки спитала Ганна.\n— Ще ні.", "Марта"),
])
def test_an_exchange_after_narration_is_answered_by_the_one_it_is_about(lang, text, name):
    assert _direct(text, lang)[-1].speaker.name == name


@pytest.mark.parametrize("lang,text,name", [
    # the pronoun inside `по его словам` owns the words, whatever follows the phrase
    ("ru", "Губернатор Иван Петров приехал в район. По его словам, «дорогу откроют в мае, а мост к осени».", "Иван Петров"),
    ("ru", "Орнитолог Марина Светлова описала подвид. По её словам, анализ ДНК «не оставляет никаких сомнений».",
     "Марина Светлова"),
    ("uk", "Голова громади Степан Мороз відкрив міст. За його словами, «наступного року відремонтують ще дві дороги».",
     "Степан Мороз"),
])
def test_the_pronoun_inside_according_to_his_words_speaks(lang, text, name):
    assert [q.speaker.name for q in quotes.extract(text, lang=lang)] == [name]


def test_a_genitive_before_a_role_noun_is_not_part_of_the_role():
    """`со стороны депутатов пресс-секретарь Кремля ответил`: the press secretary, not `депутатов пресс-секретарь`."""
    text = ("Пресс-секретарь Кремля Кирилл Зотов провёл брифинг. «Мы всё проверим», — сказал Зотов.\n\n"
            "На вопрос о критике со стороны депутатов пресс-секретарь Кремля ответил: «Депутаты вправе задавать вопросы».")
    last = _direct(text, "ru")[-1].speaker
    assert (last.name, last.mention.text) == ("Кирилл Зотов", "пресс-секретарь Кремля")


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name_after_it():
    """`Вечером Грачин написал: «…»`: Грачин, a surname the dictionary does not know, is the subject."""
    text = ("Глава района Аркадий Грачин приехал на подстанцию. «Свет дадут к ночи», — сказал он.\n\n"
            "«Раньше среды не успеем», — возразил директор сетей Олег Мищенко. "
            "Вечером Грачин написал в своём канале: «Свет будет завтра».")
    assert _direct(text, "ru")[-1].speaker.name == "Аркадий Грачин"


@pytest.mark.parametrize("lang,text,name", [
    # an impersonal cue with no author named speaks for the organisation a plural verb spoke for just before
    ("ru", "Мост закроют на ремонт. В пресс-службе мэрии сообщили, что подрядчик выбран по итогам аукциона. "
           "«Стоимость контракта составляет 412 миллионов рублей», — говорится в сообщении.", "пресс-служба мэрии"),
    ("uk", "Міст закриють на ремонт. У пресслужбі міськради повідомили, що підрядника вже обрано. "
           "«Вартість контракту становить 90 мільйонів гривень», – йдеться в повідомленні.", "пресслужба міськради"),
])
def test_an_impersonal_cue_speaks_for_the_organisation_that_spoke_before(lang, text, name):
    assert _direct(text, lang)[-1].speaker.name == name


def test_a_full_name_after_a_place_in_the_role_ends_the_place():
    """`сказал посол Норвегии в России Ларс Хеллунд`: the place after `в` is one word; the full name speaks."""
    text = ("Архив хранился в Бергене. «Мы считаем это правильным», — сказал посол Норвегии в России Ула Свенсен "
            "на церемонии в музее.")
    assert _direct(text, "ru")[-1].speaker.name == "Ула Свенсен"


def test_a_surname_the_dictionary_reads_as_a_place_opens_a_sentence_and_is_the_subject():
    """`Уралов проводил его`: `of the Urals` to the dictionary, the man named so before; `господин` said to him is no title."""
    text = ("Доктор Игнатий Карлович мыл руки, потом обернулся к Уралову.\n"
            "— Вам, господин Уралов, надобно ехать на воды, — сказал доктор.\n"
            "— Это как вам угодно, — отвечал Игнатий Карлович, собирая саквояж.\n"
            "Уралов проводил его до крыльца и долго стоял у ворот.\n"
            "— На воды… — повторил он вслух.")
    assert _direct(text, "ru")[-1].speaker.name == "Уралов"


@pytest.mark.parametrize("lang,text,name", [
    # an unnamed speaker the narration names right after (`Это был …`)
    ("ru", "За столом сидели Сергей Петрович и сестра его Лиза.\n— Пять тысяч! — вскрикнула Лиза.\n"
           "— Это не разбой, а коммерция, — заметил молодой человек в очках. Это был Гордеев, сосед и приятель дома.",
     "Гордеев"),
    ("uk", "За столом сиділи Петро Гай і сестра його Марта.\n— П'ять тисяч! — скрикнула Марта.\n"
           "— Це не грабунок, а комерція, — зауважив молодий чоловік в окулярах. Це був Гордієнко, сусід і приятель.",
     "Гордієнко"),
])
def test_an_unnamed_speaker_the_narration_names_next(lang, text, name):
    assert _direct(text, lang)[-1].speaker.name == name


@pytest.mark.parametrize("text,names", [
    # a surname in -ич is either gender: the past-tense verb it is the subject of says which, and `вона` is not him
    ("Інженер Демкович саме дописав листа, коли хтось увійшов. Це була молода вдова Соломія Гаврилишин.\n"
     "– Чим можу служити? – спитав Демкович.\n– Я прийшла по пораду, – відповіла вона.", ["Демкович", "Соломія Гаврилишин"]),
    # the verb before a name tells her gender too, and a surname in -ська is never a man's
    ("Демкович сидів за столом. Біля вікна стояла Корнелія Заболотська.\n– Ви мене чекали? – спитала вона.",
     ["Корнелія Заболотська"]),
    # an adjective opening a sentence describes a person; a first name set off after a surname is hers;
    # and the adjective alone, as a noun, is she again
    ("Стара Мирошничиха, Мотря, сіла на лаві.\n– Де сіль? – спитала вона.\nНевістка Оксана місила тісто.\n"
     "– У коморі, – відповіла Оксана.\n– Завжди так! – буркнула стара.",
     ["Мотря Мирошничиха", "Оксана", "Мотря Мирошничиха"]),
    # a name seen mid-sentence is a name when it opens a sentence too; `Стара` opening a sentence is the old woman
    ("Ганнуся шила, а мати, стара Пилипчиха, варила борщ.\n– Ти чула? – спитала Ганнуся.\n"
     "Пилипчиха поклала ложку.\n– Чула, – промовила вона.\nСтара подивилась у вікно.\n– Ох, лихо, – мовила тихо.",
     ["Ганнуся", "Пилипчиха", "Пилипчиха"]),
])
def test_uk_gender_and_description_from_the_words_that_agree_with_a_name(text, names):
    assert [q.speaker.name for q in _direct(text, "uk")] == names


def test_uk_a_role_noun_before_a_surname_the_dictionary_lacks_describes_that_person():
    text = "У хаті було тихо. Тітка Грабариха, що пряла біля вікна, підвела голову.\n– Хто там? – спитала вона."
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Грабариха"]


def test_uk_a_name_given_in_a_statement_answers_no_question():
    text = ("Кум Данило сидів у шинку. Увійшов подорожній.\n– Шукаю сестру. Гнатюк на прізвище, Ганна Гнатюк.\n"
            "Данило поставив кухоль.\n– Ганна Гнатюк, – мовив він, – давно виїхала.")
    assert [q.speaker.name for q in _direct(text, "uk")][-2:] == ["Данило", "Данило"]  # not Ганна Гнатюк speaking


@pytest.mark.parametrize("text,names", [
    # a stranger who gives his name in his turn is that person, and so is the noun the narration met him by
    ("Доктор Павел Игнатьевич Рудаков писал рецепт, когда в дверь вошёл худой парень в заплатанном армяке.\n"
     "— Здравствуйте, — сказал он, сняв шапку.\n— Здравствуй. Чего тебе? — спросил доктор.\n"
     "— Меня зовут Фёдор Гуськов. Мать больна лежит.\n— Веди, — сказал Рудаков.",
     ["Фёдор Гуськов", "Павел Игнатьевич Рудаков", "Фёдор Гуськов", "Павел Игнатьевич Рудаков"]),
    # `Я …` with a name in another case is no introduction
    ("Марк Гусев стоял у забора, а Данила Пасечник сидел на бревне.\n— Я Петра вчера видел, — сказал Марк.\n"
     "— Где? — спросил Данила.", ["Марк Гусев", "Данила Пасечник"]),
])
def test_ru_a_stranger_names_himself(text, names):
    assert [q.speaker.name if q.speaker else None for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("text,name", [
    # a noun speaker with a name set off after it is that person, whatever the narration named before
    ("Её автор, некий Фрол, жалуется соседу. «Почерк очень ровный», — рассказал руководитель раскопа, "
     "кандидат исторических наук Олег Мартынов.", "Олег Мартынов"),
    ("Режиссёр Алла Зимина не исключила переноса. «Я бы оставил всё как есть», — говорит зритель, "
     "слесарь Павел Ерохин, сорок лет проработавший на этом заводе.", "Павел Ерохин"),
    # a bare noun speaking in a news story is the person of its gender the story just named as a subject
    ("Одним из первых покупателей стал пенсионер Иван Белых.\n\n«Хлеб тут вкусный», — говорит мужчина.", "Иван Белых"),
    ("Одним из первых покупателей стал пенсионер Иван Белых.\n\n«Хлеб тут вкусный», — говорит женщина.", None),
])
def test_ru_a_noun_speaker_is_the_person_set_off_after_it_or_just_named(text, name):
    assert _direct(text, "ru")[-1].speaker.name == name


def test_ru_a_later_segment_naming_the_speaker_names_the_whole_turn():
    """`— A, — говорил хозяин. — B? — обратился он к …`: one speaker, so `Самсон!` in the next turn names no one."""
    text = ("Все засмеялись, и особенно весело Пётр Ильич.\n— Вот это лучшее средство! — сказал он.\n"
            "— Этот квас недурен. Прикажете? — говорил хозяин. — Ты опять был в манеже? — обратился он к Гурову.\n"
            "— Вот силища! Самсон!")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Пётр Ильич"] * 4


@pytest.mark.parametrize("text,names", [
    # a descriptive noun in news is the last person of its gender named as a subject, not one named as an object
    ("Пловчиха из Казани Алина Зотова выиграла заплыв на 200 метров. На финише она обошла Марину Крюкову.\n\n"
     "«Я не верила, что смогу», — призналась победительница.", ["Алина Зотова"]),
    # an acronym between a noun and a name does not hide the name
    ("Профессор Олег Рябов осмотрел находку.\n\nАспирантка СПбГУ Вера Сомова, которая нашла монету, признаётся, "
     "что не поверила глазам. «Думала, это пуговица», — вспоминает девушка.", ["Вера Сомова"]),
    # `Тренер Зотовой, …, Name, рассказал:` — the name set off after a role with a genitive is the subject
    ("Главный судья Рашид Галеев не согласился.\n\nТренер Зотовой, заслуженный тренер России Игорь Петрович Лунин, "
     "рассказал, что готовил спортсменку с лета:\n\n«Мы пропустили два этапа.\n\nТеперь вопросов нет», — сказал наставник.",
     ["Игорь Петрович Лунин"]),
    ("Главный судья Рашид Галеев не согласился с претензиями.\n\nТренер Зотовой Игорь Лунин доволен результатом. "
     "Он готовил спортсменку с лета.\n\n«Мы пропустили два этапа», — сказал наставник.", ["Игорь Лунин"]),
])
def test_ru_news_nouns_refer_to_the_person_named_as_subject(text, names):
    assert [q.speaker.name for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("lang,text,name", [
    # `Морель-старший` is the surname of the person named in full before
    ("ru", "Спасённые — 54-летний Жан-Поль Гарнье и его сын Люк. «Мы понадеялись на прогноз», — признался "
           "Гарнье-старший в разговоре по телефону.", "Жан-Поль Гарнье"),
    ("uk", "Врятовані — Андрій Гнатюк і його син Тарас. «Ми повірили прогнозу», – зізнався Гнатюк-старший.", "Андрій Гнатюк"),
])
def test_a_surname_with_senior_or_junior_is_that_surname(lang, text, name):
    assert _direct(text, lang)[-1].speaker.name == name


@pytest.mark.parametrize("text,names", [
    # a man brought in by a noun (`господин в очках`) is a stranger until he introduces himself, surname first
    ("Поезд тронулся, и Лаврентьев, устроившись у окна, развернул газету. Напротив сидел полный господин в пенсне.\n"
     "— Вы не из Старицы? — спросил господин.\n— Из Старицы, — отвечал Лаврентьев.\n"
     "— Так я и думал. Бубнов, Савва Ильич, — отрекомендовался господин. — Мировой судья.\n"
     "— Очень рад, — сказал Лаврентьев.\n— Это еще посмотрим, — сказал старик и засмеялся.",
     ["Савва Ильич Бубнов", "Лаврентьев", "Савва Ильич Бубнов", "Савва Ильич Бубнов", "Лаврентьев", "Савва Ильич Бубнов"]),
    # a noun met with a name beside it is that person (`приказчик Игнат`)
    ("На крыльце его ждал приказчик Игнат.\n— Что ещё? — спросил Пётр Ильич.\n— Мужики приходили, — сказал приказчик.",
     ["Пётр Ильич", "Игнат"]),
])
def test_ru_a_stranger_brought_in_by_a_noun_introduces_himself(text, names):
    assert [q.speaker.name if q.speaker else None for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("text,name", [
    # a noun after its verb brings someone new in: an unnamed stranger, not the man named before
    ("Лаврентьев развернул газету. Напротив сидел полный господин.\n— Вы не из Старицы? — спросил господин.", None),
    # a noun before its verb is someone already there
    ("Михей Кузьмич чинил сети у реки. Старик ворчал на погоду.\n— Рыба не идёт, — сказал старик.", "Михей Кузьмич"),
])
def test_ru_a_noun_after_its_verb_is_someone_new(text, name):
    assert _direct(text, "ru")[-1].speaker.name == name


def test_ru_a_surname_then_first_name_and_patronymic_is_one_person():
    text = "Вошёл Бубнов.\n— Бубнов, Савва Ильич, — сказал он. — К вашим услугам.\n— Садитесь, Савва Ильич, — ответила Анна."
    assert _direct(text, "ru")[0].speaker.name == "Савва Ильич Бубнов"


@pytest.mark.parametrize("lang,text,names", [
    # a role noun answering a turn that called someone by name is the one called
    ("ru", "Сомов подъехал к мельнице и увидел у плотины Фрола.\n— Здравствуй, Фрол, — сказал Сомов.\n"
           "— Здравия желаю, — отвечал старик.", ["Сомов", "Фрол"]),
    # a demonstrative before the comma does not make the name owned: `що таке, Семене Івановичу?` calls him
    ("uk", "Писар Гнат зайшов до хати, де жив Семен Бурлака.\n– А що се таке, Семене Івановичу? – спитав він.\n"
           "– Та нічого, – відповів господар.", ["Гнат", "Семен Бурлака"]),
])
def test_a_role_noun_replying_to_a_call_by_name_is_the_one_called(lang, text, names):
    assert [q.speaker.name for q in _direct(text, lang)] == names


@pytest.mark.parametrize("text,names", [
    # a foreign name the dictionary lacks does not decline: `Зизи` is not the genitive of a guessed `Зизя`
    ("Горничная одевала Зизи у зеркала.\n— Стойте, барышня, — сказала горничная.\n— Я не верчусь.", [None, "Зизи"]),
    ("У камина стоял Коко.\n— Поедем к Зизи, — сказал Коко.", ["Коко"]),
])
def test_ru_indeclinable_foreign_name_stays_as_written(text, names):
    assert [q.speaker.name for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("text,names", [
    # narration after a turn with a gesture verb: its subject, a capitalised role noun, speaks (not the last woman named)
    ("В гостиной Анна Павловна разливала чай и слушала, что говорила ей княгиня Мещерская.\n"
     "— Нет, не говорите, — говорила княгиня.\n— Но ведь он помог Соне, — возразила Анна Павловна.\n"
     "— Помог! — Княгиня пожала плечами.", ["княгиня Мещерская", "Анна Павловна", "княгиня Мещерская"]),
    # with no speech verb at all: the sentence's subject, not a noun in a clause hanging off it
    ("В ложе графини Завадовской было тесно. Графиня занимала кресло, а Вера сидела сбоку.\n"
     "— Посмотри туда, — сказала графиня.\n— Это Орлова, ma tante.\n"
     "— В Париже! — Графиня поджала губы, глядя на сцену, где певица пела.",
     ["графиня Завадовская", "Вера", "графиня Завадовская"]),
])
def test_ru_subject_of_the_narration_after_a_turn_speaks(text, names):
    assert [q.speaker.name for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("text,names", [
    # a pronoun subject points back to a subject, not to a name governed by a noun in the narration before the turn
    ("Павел Андреич вернулся домой поздно и прошёл прямо в детскую. Жена его сидела у кроватки Володи и читала.\n"
     "— Спит? — шёпотом спросил он.", ["Павел Андреич"]),
    # but a name governed by a preposition two sentences back, with other narration between, is left as it was
    ("Тренує Олену її мати, Тамара Гнатюк.\n\nНаступним стартом для Олени стане чемпіонат у Луцьку. "
     "Спортсменка зізнається, що хвилюється.\n\n«Там будуть усі мої друзі», – каже вона.", ["Олена"]),
])
def test_a_pronoun_skips_a_name_in_an_oblique_case(text, names):
    lang = "uk" if "Тренує" in text else "ru"
    assert [q.speaker.name for q in _direct(text, lang)] == names


@pytest.mark.parametrize("text,names", [
    # the subject of the last main clause, past a subordinate clause fronted before it, is the one a pronoun means
    ("Василий Гаврилович подъехал к дому. На крыльце его ждал приказчик Игнат, и по тому, как Игнат мял в руках "
     "картуз, Василий Гаврилович понял, что спорить придётся.\n— Что ещё? — спросил он.\n— Мужики приходили.",
     ["Василий Гаврилович", "Игнат"]),
    ("Когда Сергей вошёл в кабинет, Николай Ильич писал письмо.\n— Садись, — сказал он.",
     ["Николай Ильич"]),
])
def test_ru_pronoun_means_the_main_clause_subject(text, names):
    assert [q.speaker.name for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("text,names", [
    # `она` and a subjectless `прибавила` go to the woman who spoke last, not the one named first in the narration
    ("В гостиной Анна Павловна разливала чай и слушала, что говорила ей княгиня Мещерская. Сергей Ильич засмеялся.\n"
     "— Что же вы смеётесь, Сергей Ильич? — обратилась к нему княгиня.\n— Я здоров, княгиня.\n"
     "— Это пройдёт, — сказала она.\n— Посмотрим, — прибавила, улыбаясь.",
     ["княгиня Мещерская", "Сергей Ильич", "княгиня Мещерская", "княгиня Мещерская"]),
])
def test_ru_pronoun_in_dialogue_is_the_last_voice_of_its_gender(text, names):
    assert [q.speaker.name for q in _direct(text, "ru")] == names


@pytest.mark.parametrize("text,names", [
    # a role noun with no named holder in dialogue: the other one of that gender speaking in the scene
    ("В ложе старой графини Завадовской было тесно. Графиня занимала кресло, а племянница её Вера сидела сбоку.\n"
     "— Посмотри туда, — сказала графиня.\n— Это Орлова, ma tante.\n"
     "— Орлова! — повторила старуха, как будто Вера сказала что-то неприличное.",
     ["графиня Завадовская", "Вера", "графиня Завадовская"]),
    # but not when the narration itself gave someone that noun: that one stays unnamed
    ("Доктор вышел из спальни и, увидав Михаила Петровича, сделал жест рукой.\n— Жар спал, — сказал он.\n"
     "— Но она спрашивала о детях…\n— Мало ли что! — прибавил доктор.", [None]),
])
def test_ru_role_noun_in_dialogue_is_the_other_participant(text, names):
    assert [q.speaker.name if q.speaker else None for q in _direct(text, "ru")][-len(names):] == names


def test_ru_noun_in_a_subordinate_clause_brings_no_one_in():
    # `пришёл брат` inside `зачем …` tells of the brother; the pronoun still means the one the narration follows
    text = ("Когда Пьер вошёл в кабинет, Григорий Саввич сидел за столом и дописывал письмо. Он знал, зачем пришёл брат, "
            "и потому нарочно медлил.\n— Садись, я сейчас, — сказал он, не оборачиваясь.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Григорий Саввич"]


@pytest.mark.parametrize("text,names,mention", [
    # a subjectless `сказала` after narration closing on `Мати вийшла …`: the mother, unnamed, not the girl named before
    ("Василина стояла коло плоту і дивилась на дорогу, куди пішов Никифор. Мати вийшла з хати з відром.\n"
     "— Що ти там виглядаєш? — сказала суворо.", [None], "Мати"),
    # the noun names someone a turn called with it (`діду Панасе` … `Дід сів`)
    ("До хати зайшов сусіда, старий Панас Куць.\n– Добрий вечір! – привітався він.\n"
     "– Доброго здоров'я, діду Панасе, – відказала Явдоха.\nДід сів на лаву і довго мовчав.\n"
     "– А де ж ваш Степан? – спитав нарешті.", ["Панас Куць", "Явдоха", "Панас Куць"], None),
])
def test_uk_subjectless_verb_after_a_noun_acting(text, names, mention):
    got = _direct(text, "uk")
    assert [q.speaker.name for q in got] == names
    assert (got[-1].speaker.mention.text if got[-1].speaker.mention else None) == mention
