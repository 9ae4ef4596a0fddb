"""Russian and Ukrainian speakers: role nouns, `по словам`, indefinite speakers, cue verbs (sentences written for these tests)."""
from __future__ import annotations

import pytest

import quotes
from speakers import direct as _direct


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


@pytest.mark.parametrize("lang,text,mention,name", [
    # `один из X` after the verb is someone of many with no name, unless a name is set off after it
    ("ru", "Гости засмеялись.\n— Вздор! — засмеялся один из старичков.", "один из старичков", None),
    ("uk", "Козаки мовчали.\n— А що далі? — спитав один із них.", "один із них", None),
    ("ru", "«Теперь можно и на покой», — сказал один из зрителей, 70-летний Игнат Котов.", "Игнат Котов", "Игнат Котов"),
])
def test_one_of_many_speaks_without_a_name(lang, text, mention, name):
    q = _direct(text, lang)[-1]
    assert (q.speaker.mention.text, q.speaker.name) == (mention, name)


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
    # an organisation as a bare common noun is the one the article named in full before, in the nominative
    ("ru", "Подрядчик, компания «Зелёный берег», с выводами не согласен. «Все работы выполнены в срок», — "
           "говорится в заявлении компании.", "компания «Зелёный берег»"),
    ("ru", "О находке сообщила пресс-служба Тверского краеведческого музея.\n\n"
           "«Экспонат покажут весной», — уточнили в пресс-службе.", "пресс-служба Тверского краеведческого музея"),
    ("uk", "У управлінні культури Полтавської обласної ради ідею підтримують. «Ми дамо зали для виставок», "
           "– зазначили в управлінні.", "управління культури Полтавської обласної ради"),
    # a person named after the organisation is not part of its name
    ("uk", "Начальник райвідділу поліції Олександр Тимчук просить бути уважними.\n\n«Не відчиняйте двері "
           "незнайомцям», – закликали в поліції.", "поліція"),
    # `ведомство` is whichever official body the article named last
    ("ru", "Из зоны подтопления вывезли 40 человек, сообщило Главное управление МЧС по Томской области.\n\n"
           "«Уровень воды снижается», — говорится в сообщении ведомства.", "Главное управление МЧС по Томской области"),
])
def test_an_organisation_named_by_a_common_noun_gets_its_full_name(lang, text, name):
    assert [q.speaker.name for q in _direct(text, lang)] == [name]


@pytest.mark.parametrize("lang,text,quoted,names", [
    # a dash-set aside inside the speech does not open the reporting clause that follows it
    ("ru", "В посёлок приехал мэр Игорь Лапин.\n\n«Выплаты получат все, а погорельцы, — по 50 тысяч, — пообещал мэр. "
           "— Начнём завтра».", ["Выплаты получат все, а погорельцы, — по 50 тысяч", "Начнём завтра"],
     ["Игорь Лапин", "Игорь Лапин"]),
])
def test_an_aside_set_off_by_dashes_stays_in_the_quote(lang, text, quoted, names):
    got = _direct(text, lang)
    assert [text[q.start:q.end] for q in got] == quoted and [q.speaker.name for q in got] == names


@pytest.mark.parametrize("lang,text,name", [
    # two capitalised words in the nominative after a role after the verb are the holder's name, even a foreign one
    ("ru", "Фирма вину отрицает. «Сделок не было», — сказал генеральный директор фирмы Тапио Линна.", "Тапио Линна"),
    # but a place in the genitive before a name is not the name
    ("ru", "«Ждём давно, — говорит жительница Верхних Кочек Нина Хромова. — Пусть строят».", "Нина Хромова"),
])
def test_an_unknown_name_after_a_role_is_the_speaker(lang, text, name):
    assert {q.speaker.name for q in _direct(text, lang)} == {name}


@pytest.mark.parametrize("lang,text,name", [
    # a foreign surname in -а declined like a noun (`Хаапалы`) is the person named in full before
    ("ru", "Мэр города Тойво Кеккола ушёл в отставку.\n\n«Я ни в чём не виноват», — приводит слова Кекколы газета.",
     "Тойво Кеккола"),
])
def test_a_declined_foreign_surname_in_a_is_the_person_named_before(lang, text, name):
    assert [q.speaker.name for q in _direct(text, lang)] == [name]


@pytest.mark.parametrize("lang,text,name", [
    # a role said in other words is the same role: the гимназия's преподаватель is the учитель who speaks
    ("ru", "Олимпиаду выиграл школьник Артём Белов.\n\nФизике он учится у преподавателя гимназии Павла Сергеевича "
           "Орлова, который подготовил многих призёров. «Артём всё выводит сам», — сказал учитель.", "Павел Сергеевич Орлов"),
    ("uk", "Олімпіаду виграв школяр Андрій Білик.\n\nФізики він навчається у викладача ліцею Степана Гнатюка, який "
           "підготував багатьох призерів. «Андрій усе виводить сам», – сказав учитель.", "Степан Гнатюк"),
])
def test_a_role_in_other_words_is_the_same_holder(lang, text, name):
    assert [q.speaker.name for q in _direct(text, lang)] == [name]


@pytest.mark.parametrize("lang,text,mention", [
    # a role holder who asked not to be named is not the person the article named with that role
    ("ru", "Директор завода Вадим Кулагин отказался от комментариев.\n\n«Долг закроем», — сообщил представитель "
           "предприятия, попросивший не называть его имени.", "представитель предприятия"),
    ("uk", "Директор заводу Вадим Кулага відмовився від коментарів.\n\n«Борг закриємо», – повідомив представник "
           "підприємства, який попросив не називати його імені.", "представник підприємства"),
])
def test_a_speaker_who_kept_his_name_back_stays_unnamed(lang, text, mention):
    assert [(q.speaker.name, q.speaker.mention.text) for q in _direct(text, lang)] == [(None, mention)]


@pytest.mark.parametrize("lang,text,name,cue", [
    # any past or third-person verb right after the quote's dash, with its subject after it, reports the quote
    ("uk", "«Нарешті маємо власний басейн», – радіє тренерка Ніна Гарбуз.", "Ніна Гарбуз", "радіє"),
    ("uk", "«А хто нам компенсує?» - обурюється пенсіонер Осип Дзюбак.", "Осип Дзюбак", "обурюється"),
    ("ru", "«Такого урожая не было лет десять», — радуется фермер Игнат Сомов.", "Игнат Сомов", "радуется"),
])
def test_an_inverted_manner_verb_reports_the_quote(lang, text, name, cue):
    q = _direct(text, lang)[0]
    assert (q.speaker.name, q.cue.text) == (name, cue)


def test_an_inverted_manner_verb_after_a_turn_gives_the_role_noun_its_gender():
    text = ("Горпина стояла біля порога. Писар Денис Ярмола глянув на старшину Гната Коваля.\n"
            "– Та воно ж у книзі записано, – промовив писар.\n"
            "– Записано! Ти своє діло пиши, – розсердився старшина.")
    got = _direct(text, "uk")
    assert got[-1].cue.text == "розсердився" and got[-1].speaker.name != "Горпина"


def test_a_name_its_verb_agrees_with_is_a_subject_even_when_read_first_as_another_case():
    text = ("Надворі смеркло, як Остап вернувся з поля. Тодора сиділа на призьбі й дивилася на ворота.\n"
            "– А де Марійка? – спитав він.\n"
            "– Пішла до криниці, – відповіла жінка.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Остап", "Тодора"]


@pytest.mark.parametrize("lang,text,name", [
    # an organisation speaking after `в`/`у` is named in full: its genitive words, `і`, and a place closing it
    ("uk", "«Інтервал руху становитиме 12 хвилин», – зазначили в управлінні транспорту і зв’язку міської ради.",
     "управління транспорту і зв’язку міської ради"),
    ("uk", "«Загоряння виникло через обігрівач», – повідомили в Головному управлінні ДСНС України у Волинській області.",
     "Головне управління ДСНС України у Волинській області"),
    ("uk", "«Листи надійшли разом з родинним фондом», – зазначили в Державному архіві Сумської області.",
     "Державний архів Сумської області"),
    ("ru", "«Вода будет прибывать ещё неделю», — сообщили в Главном управлении МЧС по Амурской области.",
     "Главное управление МЧС по Амурской области"),
])
def test_an_organisation_speaking_is_named_in_full_in_the_nominative(lang, text, name):
    sp = _direct(text, lang)[0].speaker
    assert (sp.name, sp.type) == (name, "organization")


def test_an_adjective_before_the_noun_speaker_is_not_the_speaker():
    text = ("Обидва голи забив нападник Велимир Сорока.\n\n"
            "«Тепер головне – фінал», – каже молодий нападник.")
    sp = _direct(text, "uk")[0].speaker
    assert (sp.mention.text, sp.name) == ("нападник", "Велимир Сорока")


def test_a_second_city_after_a_conjunction_is_no_person():
    text = ("Серед призерів також учні з Рівного та Луцька.\n\n"
            "«Найважчим був практичний тур», - розповіла переможниця.")
    assert _direct(text, "uk")[0].speaker.name != "Луцька"


def test_a_noun_in_news_is_whoever_opens_its_paragraph_not_one_described_so_before():
    text = ("Победу в марафоне одержала спортсменка Ульяна Краснова. Она обошла Зою Мухаметшину лишь на финише.\n\n"
            "Мухаметшина, пришедшая второй, не скрывала досады. «Ветер забрал у меня всё», — сказала спортсменка.")
    assert _direct(text, "ru")[-1].speaker.name == "Зоя Мухаметшина"


def test_a_when_clause_noun_before_its_verb_brings_no_one_in():
    text = ("Пётр Ильич Струков проснулся и слышал, как в соседней комнате ходят, ожидая, когда барин позовёт.\n"
            "— Который час? — спросил он.")
    assert _direct(text, "ru")[0].speaker.name == "Пётр Ильич Струков"


@pytest.mark.parametrize("lang,text,name", [
    # a court's ruling speaks for the court, named in full as the text gave it before
    ("ru", "Ленинский районный суд Самары в пятницу удовлетворил иск жильцов.\n\n"
           "«Управляющая компания обязана чистить кровлю», — говорится в решении суда.",
     "Ленинский районный суд Самары"),
    # a statement on a club's site speaks for the club
    ("ru", "Волейбольный клуб «Сокол» сменил тренера.\n\n"
           "«Клуб благодарит наставника за работу», — говорится в сообщении на сайте клуба.",
     "Волейбольный клуб «Сокол»"),
])
def test_a_document_speaks_for_its_issuer_named_in_full(lang, text, name):
    sp = _direct(text, lang)[0].speaker
    assert (sp.name, sp.type) == (name, "organization")


def test_a_girl_in_news_is_the_one_the_text_said_became_the_hero_of_the_day():
    text = ("Гроссмейстер выиграл 35 партий. Но главной героиней дня стала восьмилетняя ученица шахматной школы "
            "Саглара Бадмаева, которая добилась ничьей.\n\n"
            "«Я испугалась, когда он пожертвовал коня», — рассказала девочка после партии.")
    assert _direct(text, "ru")[0].speaker.name == "Саглара Бадмаева"


def test_a_press_office_of_an_organisation_named_before_takes_its_name():
    text = ("Баскетбольний клуб «Буревій» виграв чемпіонат області.\n\n"
            "«Наступного сезону команда гратиме у вищій лізі», – повідомили в прес-службі клубу.")
    assert _direct(text, "uk")[0].speaker.name == "прес-служба клубу «Буревій»"


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "«От нас до больницы сто километров», — говорит одна из организаторов сбора подписей Инна Пряхина.",
     "Инна Пряхина"),
    # a written answer speaks for the department named in full before
    ("ru", "В областном департаменте здравоохранения решение объясняют нехваткой врачей.\n\n"
           "«Оба акушера уже пенсионного возраста», — говорится в ответе департамента.",
     "областной департамент здравоохранения"),
])
def test_named_speakers_behind_one_of_and_a_written_answer(lang, text, name):
    assert _direct(text, lang)[-1].speaker.name == name


def test_ru_a_surname_read_only_as_a_genitive_plural_before_its_verb_is_a_surname():
    text = ("Солнце село. Тверитинов стоял на опушке, Осокин — шагах в пятидесяти от него.\n"
            "— Ничего не будет, — сказал наконец Осокин.\n"
            "— Погоди. Вчера в это время три протянули.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Осокин", "Тверитинов"]


def test_an_infinitive_after_a_dash_inside_guillemets_is_still_speech():
    text = "«Сегодня пришёл в последний раз — попрощаться», — сказал пенсионер Ефим Сухоруков."
    q = _direct(text, "ru")[0]
    assert (q.text, q.speaker.name) == ("Сегодня пришёл в последний раз — попрощаться", "Ефим Сухоруков")


def test_uk_cholovik_after_a_quote_is_the_man_the_paragraph_named_though_he_is_someones_father():
    text = ("Сільський голова Аттіла САБО пообіцяв відремонтувати дах. «Гроші знайдемо», – додав він.\n\n"
            "Батько першокласника Тібор ОРОС радіє, що син вчитиметься в рідному селі. «Я сам сидів у цій школі "
            "за партою», – каже чоловік.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Аттіла САБО", "Тібор ОРОС"]


def test_uk_a_noun_speaker_is_whom_the_paragraph_is_about_though_named_in_the_dative():
    text = ("Театр створила керівниця, колишня вчителька Люціна Огородник. «Ми спершу просто співали», – розповідає вона.\n\n"
            "Найстаршій акторці, Феклі Буряк, 84 роки. Вона грає відразу дві ролі. «Голос у мене тепер скрипучий», "
            "– каже бабуся.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Люціна Огородник", "Фекла Буряк"]


def test_uk_a_noun_speaker_is_whom_the_paragraph_is_about_when_a_possessive_takes_her_up():
    text = ("Проект подала студентка Світлозара Голобородько, і за нього проголосували мешканці.\n\n"
            "«Раніше ми каталися біля торгового центру», – каже 14-річний Ромчик Дудка.\n\n"
            "Ідея майданчика виникла в Голобородько ще в школі, коли її молодшого брата вигнали з парковки. "
            "«Я три місяці збирала підписи», – розповіла дівчина.")
    assert [q.speaker.name for q in _direct(text, "uk")][-1] == "Світлозара Голобородько"
