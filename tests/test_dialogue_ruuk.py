"""Russian and Ukrainian dialogue: pronouns, unattributed turns, people called by name, strangers
named later (sentences written for these tests)."""
from __future__ import annotations

import pytest

from speakers import direct as _direct


def test_a_name_called_in_a_turn_does_not_block_the_noun_speaker():
    text = ("Петро прийшов з поля. Оксана стояла біля криниці.\n— Оксано, ходи сюди! — гукнув він.\n"
            "— Чого тобі? — озвалася дівчина.")
    got = _direct(text, "uk")
    assert [(q.speaker.name, q.speaker.mention.text) for q in got] == [("Петро", "він"), ("Оксана", "дівчина")]


@pytest.mark.parametrize("lang,text", [
    # a name after a possessive or a pronoun in a turn is talked about, not called: it does not answer next
    ("uk", "Баба Горпина відчинила двері й пустила діда до хати.\n– А де ж ваш Тарас? – спитав дід.\n"
           "– Та ще з поля не вернувся."),
    ("ru", "Кучер Ефим встретил барина у ворот.\n— Все здоровы, только конь наш, Орлик, захромал.\n— Захромал? Отчего?"),
])
def test_a_name_talked_about_in_a_turn_does_not_answer(lang, text):
    got = _direct(text, lang)
    assert got[-1].speaker is None or got[-1].speaker.name not in ("Тарас", "Орлик")


def test_a_name_ending_the_line_above_is_not_the_subject_of_the_next():
    text = "Книжка про мандри – Гайова\n\nВ анотації до книжки зазначили: «Це роман про море»."
    speaker = _direct(text, "uk")[-1].speaker
    assert speaker is None or speaker.mention is None or speaker.mention.text != "Гайова"


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


def test_uk_a_relative_clause_after_a_name_does_not_describe_its_bearer():
    text = ("До кошового Степана Журби привели хлопця. Осавул Гнат Кушнір, що стояв біля кошового, кивнув.\n"
            "— Добрий козак буде, — мовив Кушнір.\nКошовий погладив вуса.\n— Побачимо, — сказав він.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Гнат Кушнір", "Степан Журба"]


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


def test_ru_a_later_segment_naming_the_speaker_names_the_whole_turn():
    """`— A, — говорил хозяин. — B? — обратился он к …`: one speaker, so `Самсон!` in the next turn names no one."""
    text = ("Все засмеялись, и особенно весело Пётр Ильич.\n— Вот это лучшее средство! — сказал он.\n"
            "— Этот квас недурен. Прикажете? — говорил хозяин. — Ты опять был в манеже? — обратился он к Гурову.\n"
            "— Вот силища! Самсон!")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Пётр Ильич"] * 4


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


def test_a_role_noun_answering_a_first_name_called_in_the_turn_before_is_that_name():
    text = ("Уже стемнело, когда коляска выехала к реке. Алексей Петрович Зарецкий дремал.\n"
            "— Прохор, далеко ли до Озерков? — спросил Зарецкий, открывая глаза.\n"
            "— Версты три будет, барин, — отвечал кучер, не оборачиваясь.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Алексей Петрович Зарецкий", "Прохор"]


def test_a_title_the_narration_gives_to_someone_unnamed_is_not_the_last_man_named():
    text = ("У княгини Бартеневой обедали. Все смеялись, кроме старого полковника, который сидел у окна.\n"
            "— Вы слышали новость? — сказал Берг, обращаясь к хозяйке.\n"
            "— Слышала, — отвечала княгиня.\n"
            "— Вздор, — сердито сказал полковник. — Я этому не верю.")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got] == ["Берг", "княгиня Бартенева", None, None]
    assert got[-1].speaker.mention.text == "полковник"


def test_a_title_noun_acting_after_a_turn_is_the_unnamed_title_holder():
    text = ("Доктор Веллер вышел из спальни, где лежал больной, и встретил Машу, которая ждала его у двери.\n"
            "— Ну что? — спросила она.\n"
            "— Лучше, — сказал доктор.\n"
            "Граф сидел на постели и сердито смотрел на вошедших.\n"
            "— Я здоров! — Граф стукнул кулаком по одеялу.")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got] == ["Маша", "Веллер", None]
    assert got[-1].speaker.mention.text == "Граф"


def test_a_hostess_is_the_woman_at_whose_house_the_scene_is():
    text = ("У графини Ростоцкой пили чай.\n"
            "— Вы слышали, Кити едет в Баден? — сказала хозяйка, обращаясь к гостю.")
    assert _direct(text, "ru")[0].speaker.name == "графиня Ростоцкая"


def test_a_noun_speaker_whom_everyone_called_by_a_name_is_that_name():
    text = ("Гости собрались в гостиной.\n"
            "— Одна? — спросил дипломат, высокий худой человек, которого все звали просто Вольдемар.\n"
            "— Одна, — отвечала хозяйка.\n— Вот как! — повторил Вольдемар.")
    assert _direct(text, "ru")[0].speaker.name == "Вольдемар"


def test_a_past_verb_after_a_russian_name_gives_its_bearer_a_gender():
    text = ("Доктор Веллер вышел из спальни и увидал Сашу, которая ждала его у окна.\n"
            "— Ну что, доктор? — спросила она шепотом.\n"
            "— Лучше, — сказал доктор. — Жару нет.\n"
            "— Тогда я спокойна, — сказала она.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Саша", "Веллер", "Веллер", "Саша"]


def test_a_surname_after_a_title_in_the_genitive_goes_back_to_the_nominative_by_the_titles_gender():
    text = ("В гостиной княгини Мезенцовой собрались гости.\n"
            "— Вы были нынче в театре? — спросила княгиня молодого графа Ольшанского, который только что вошёл.")
    sp = _direct(text, "ru")[0].speaker
    assert (sp.name, sp.mention.text) == ("княгиня Мезенцова", "княгиня")


@pytest.mark.parametrize("text,role", [
    # the narration gave the noun to someone other than the subject it was telling about: not him
    ("Граф Аристарх Павлович Зорин проснулся и понял, что камердинер уже принёс платье.\n"
     "— Который час? — спросил Зорин.\n— Девятый, ваше сиятельство, — отвечал камердинер.", "камердинер"),
    ("Аристарх Павлович вышел в коридор. Из спальни слышался спокойный голос доктора.\n"
     "— Ничего страшного, сударыня, — говорил доктор.", "доктор"),
    ("Аристарх Павлович вернулся вместе с начальником станции, толстым человеком в фуражке.\n"
     "— Поезд будет через час, — сказал начальник станции.", "начальник станции"),
])
def test_a_noun_the_narration_gave_to_someone_else_is_not_the_last_man_named(text, role):
    sp = _direct(text, "ru")[-1].speaker
    assert (sp.name, sp.mention.text) == (None, role)


def test_a_noun_speaker_the_reporting_clause_describes_is_someone_new():
    text = ("У княгини Мезенцовой пили чай.\n"
            "— Кудеяров вернулся из-за границы, — сказала княгиня.\n"
            "— Кудеяров! — воскликнула дама в лиловом, сидевшая у стола с альбомом. — И что же, один?")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got] == ["княгиня Мезенцова", None, None]
    assert got[1].speaker.mention.text == "дама"


def test_a_title_and_a_place_shaped_surname_before_and_are_one_person():
    text = ("Поля сидела в саду.\n"
            "В эту минуту на крыльцо вышла старая княгиня Липецкая и поглядела в сад.\n"
            "— Поля, чай подают! — крикнула она.")
    assert _direct(text, "ru")[0].speaker.name == "княгиня Липецкая"


def test_a_role_noun_the_narration_opened_on_before_anyone_was_named_is_someone_else():
    text = ("Інспектор народних шкіл приїхав до села несподівано, серед уроку. Учитель Нестор Гаврилюк зблід, "
            "але вклонився.\n"
            "– Продовжуйте, продовжуйте, – махнув рукою інспектор. – Я послухаю.\n"
            "Діти читали байку. Маленький Петрусь спіткнувся на слові.")
    got = _direct(text, "uk")
    assert [(q.speaker.name, q.speaker.role) for q in got] == [(None, "інспектор")] * 2
    assert got[0].cue.text == "махнув"


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "У канцелярії адвоката Гнатишина було тихо. Селянин м’яв у руках капелюх.\n"
           "– Ну, говоріть, чоловіче, – промовив адвокат.\n"
           "– Та я аж із Тустановичів. Онисько Вербенко називаюся.", "Онисько Вербенко"),
    ("ru", "В конторе было тихо. Мужик мял в руках шапку.\n"
           "— Ну, говори, с чем пришёл, — сказал приказчик.\n"
           "— Я из Сосновки. Пахомом Кругловым называюсь.", "Пахом Круглов"),
])
def test_a_turn_in_which_the_speaker_says_what_he_is_called_is_his(lang, text, name):
    assert _direct(text, lang)[-1].speaker.name == name


def test_a_demonstrative_closing_the_reporting_clause_is_the_one_spoken_to_not_the_asker():
    text = ("Маленька Нуся сиділа на канапі й слухала дощ.\n"
            "– Мадемуазель, а правда, що в морі живуть акули? – спитала вона гувернантку.\n"
            "– Правда, – відповіла та, не підводячи голови.")
    sp = _direct(text, "uk")[-1].speaker
    assert (sp.mention.text, sp.name) == ("та", None)


def test_a_role_noun_answering_a_turn_that_called_an_extra_first_name_is_that_name():
    text = ("Стара Кожушиха шкварила сало й поглядала на невістку.\n"
            "– Чи ти, Гапко, й до обіду будеш чесатися? – сказала свекруха.\n"
            "– Хіба я одна в хаті? – одрізала невістка.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Кожушиха", "Гапка"]


def test_a_role_noun_acting_after_a_turn_that_called_a_name_and_patronymic_is_that_person():
    text = ("Учителька Гликерія вже втретє приходила до волості, і старшина, огрядний чоловік, усміхався.\n"
            "– Дров, Опанасе Кириловичу. Ви ж обіцяли ще на Покрову.\n"
            "– Дров... – старшина почухав потилицю. – Воно то так.")
    got = _direct(text, "uk")
    assert [q.speaker.name for q in got[-2:]] == ["Опанас Кирилович"] * 2


def test_a_noun_speaker_set_off_by_a_relative_clause_is_someone_new():
    text = ("Андрусь Кошик виліз із ями, весь мокрий, і сів на купі глини.\n"
            "– А ти чого розсівся? – гукнув на нього дозорець, що ходив поміж ямами з палицею.")
    sp = _direct(text, "uk")[0].speaker
    assert (sp.name, sp.mention.text) == (None, "дозорець")


def test_a_reply_calling_a_new_name_names_the_unnamed_speaker_it_answers():
    text = ("У волосному правлінні було душно. Писар, молодий ще чоловік, сидів за столом.\n"
            "– Чого тобі, тітко? – спитав він нарешті.\n"
            "– Та я про сина. Забирають його в москалі.\n"
            "– По закону! – писар одкинувся на стільці.\n"
            "Вдова поклала на край стола карбованця.\n"
            "– Може, ви б, Назаре Петровичу, якось допомогли...")
    got = _direct(text, "uk")
    assert [q.speaker.name for q in got if q.speaker and q.speaker.role == "писар"] == ["Назар Петрович"] * 2


def test_a_noun_speaker_who_comes_in_as_she_speaks_is_named_when_a_later_turn_calls_her():
    text = ("Лиля сидела в постели и рассказывала брату сказку.\n"
            "— Опять не спят, — сказала няня, входя с кувшином.\n"
            "Дверь отворилась, и вошла Ефросинья Гурьевна.\n"
            "— Что же это вы, Агафья Никитична, до сих пор их не уложили? — сказала она.\n"
            "— Уложишь их, матушка! — отвечала няня.")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got] == ["Агафья Никитична", "Ефросинья Гурьевна", "Агафья Никитична"]


def test_a_subjectless_cue_followed_by_a_gerund_goes_to_the_woman_the_narration_set_off_by_her_role():
    text = ("Марійка вернулася з поля пізно. Мати, стара Параска, сиділа під вікном і пряла.\n"
            "— Був у нас Гнат Ковальчук, — сказала, не підводячи голови.\n"
            "— Нехай собі ходить.\n"
            "— Любила! — мати аж веретено впустила.")
    got = _direct(text, "uk")
    assert got[0].speaker.name == "Параска" and got[0].speaker.mention is None
    assert got[-1].speaker.name == "Параска"


def test_a_gerund_before_the_cue_leaves_the_speaker_after_it():
    text = "Левин увидал детей.\n— Да старый или молодой? — смеясь, сказал Левин."
    assert _direct(text, "ru")[0].speaker.name == "Левин"


def test_a_pronoun_after_a_sentence_naming_two_means_its_subject_not_the_one_governed():
    text = ("Сонце хилилося до заходу, коли до кошового Остапа Дорошенка прискакав розвідник Гордій Сало, весь у пилюці.\n"
            "– Батьку, татари! – гукнув він, ще не зіскочивши з сідла.")
    assert _direct(text, "uk")[0].speaker.name == "Гордій Сало"


def test_narration_naming_both_people_between_turns_leaves_the_turns_alternating():
    text = ("Ввечері до Олени прибігла її подруга Ярина Ковальчук і ще з порога почала:\n"
            "– Олено, я маю новину! Мене беруть учителькою в село.\n"
            "– Ти ж казала, що їдеш на курси?\n"
            "– Казала. А тепер думаю інакше.\n"
            "Олена відклала шиття й подивилася на подругу. Ярина ходила по кімнаті, не скинувши капелюшка.\n"
            "– А мама твоя що каже?\n"
            "– Мама плаче, – зітхнула Ярина.")
    got = _direct(text, "uk")
    assert got[3].speaker.name == "Олена"


def test_a_role_noun_resolved_once_keeps_its_holder_for_a_pronoun_after_it_opens_the_narration():
    text = ("Старшина, огрядний чоловік у синій чумарці, зустрів учительку усмішкою.\n"
            "– Дров, Опанасе Кириловичу. Ви ж обіцяли.\n"
            "– Дров... – старшина почухав потилицю.\n"
            "Гликерія встала.\n"
            "– Діти мерзнуть, – сказала вона.\n"
            "Старшина глянув на неї. Він згадав свого меншого.\n"
            "– Ну, не гнівайтеся, – промовив він.")
    assert _direct(text, "uk")[-1].speaker.name == "Опанас Кирилович"


def test_narration_inside_a_turn_ends_at_a_stop_with_the_dash_right_after_it():
    text = ("Тарас стояв при керниці й ждав. Марічка надійшла з коновками.\n"
            "— Пустили. — Він узяв від неї коновки й поставив на цямрину.— Чому ти не писала, Марічко?\n"
            "— А що мала писати? — відповіла вона.")
    got = _direct(text, "uk")
    assert [q.text for q in got[:2]] == ["Пустили.", "Чому ти не писала, Марічко?"]
    assert [q.speaker.name for q in got] == ["Тарас", "Тарас", "Марічка"]


def test_an_unknown_name_called_in_the_vocative_is_the_one_written_so_in_the_nominative():
    text = ("Маріка надійшла з двома коновками.\n"
            "— Чому ти не писала, Маріко? — спитав Оксен.\n"
            "— А що мала писати? — відповіла вона.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Оксен", "Маріка"]


def test_narration_opening_on_a_surname_the_dictionary_lacks_is_cut_out_of_the_turn():
    text = ("Тверитинов стоял на опушке, Осокин — шагах в пятидесяти.\n"
            "— Нерыдаев продает лес, — сказал Осокин.\n"
            "— Не может быть! — Тверитинов даже повернулся к нему. — Ведь это лучший лес в уезде.")
    got = _direct(text, "ru")
    assert [q.text for q in got[1:]] == ["Не может быть!", "Ведь это лучший лес в уезде."]


def test_a_noun_speaker_the_next_sentence_names_after_a_description_keeps_that_name():
    text = ("Доктор приехал только во втором часу ночи. Ртищев выбежал к нему в переднюю.\n"
            "— Ну что? Как он? — спросил доктор, снимая шубу. Это был маленький, плотный немец, "
            "Карл Оттонович Бреме, который лечил всех в уезде.\n"
            "— Жар. С вечера бредит, — отвечал Ртищев.\n"
            "— Я никогда не говорю того, чего не знаю. — Доктор усмехнулся и стал надевать шубу.")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got] == ["Карл Оттонович Бреме", "Ртищев", "Карл Оттонович Бреме"]


def test_a_name_answering_who_that_is_names_the_newcomer_and_his_noun_after():
    text = ("В ворота въехала телега, и с нее тяжело слез незнакомый старик в рваном армяке.\n\n"
            "— Это кто такой? — спросил Аристарх Палыч.\n\n"
            "— Пантелей с хутора, — сказал управляющий Кондратий. — Пасечник.\n\n"
            "Старик снял шапку и поклонился.\n\n"
            "— Мы к вашей милости, — начал он, переминаясь с ноги на ногу.")
    got = _direct(text, "ru")
    assert got[-1].speaker.name == "Пантелей"
    assert got[-1].speaker.mention.text == "он"


def test_an_adjective_standing_for_a_role_is_the_speaker_and_the_role_of_the_name_it_came_with():
    text = ("Во дворе Аристарх Палыч встретил управляющего Кондратия.\n\n"
            "— А люди? — спросил Аристарх Палыч.\n\n"
            "— Люди будут к вечеру, — сказал управляющий.")
    last = _direct(text, "ru")[-1]
    assert (last.speaker.name, last.speaker.mention.text, last.speaker.role) == ("Кондратий", "управляющий", "управляющий")
    text = ("Біля воріт Остап Гречка чекав на чергового Сидора.\n\n"
            "– А де люди? – спитав Остап.\n\n"
            "– Будуть увечері, – відповів черговий.")
    assert _direct(text, "uk")[-1].speaker.name == "Сидір"  # Ukrainian `Сидора` is Сидір


def test_a_role_before_a_name_stops_at_a_verb():
    text = ("В передней горничная Дуня подала барыне Анне Львовне письмо.\n\n"
            "— От кого? — спросила Анна Львовна.\n\n"
            "— Не могу знать, — отвечала горничная.")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got] == ["Анна Львовна", "Дуня"]
    assert got[0].speaker.role is None


def test_a_dash_in_speech_before_an_exclamation_ending_the_turn_is_no_narration():
    text = ("Біля криниці зібралися молодиці. Текля Кулябиха, найбалакучіша на весь куток, стояла посередині.\n\n"
            "– Та кажу ж вам, сама бачила! Учора, як теля гнала, – він із Горпиною біля млина стояв!\n\n"
            "– Хто? Микита? – не повірила Одарка.")
    first = _direct(text, "uk")[0]
    assert first.text.endswith("він із Горпиною біля млина стояв!")
    assert first.speaker.name == "Текля Кулябиха"


def test_a_family_word_is_not_someone_the_text_called_by_another():
    text = ("Стара Мокрина пряла під вікном, а її донька Орина сиділа на лаві й мовчала.\n\n"
            "– Іван Кривда тебе сватає, – сказала мати. – Має і хату, і поле.\n\n"
            "Донька обтерла лице хусткою й сіла на порозі.\n\n"
            "– Мені треба, щоб я його хоч трохи любила, – відповіла тихо.\n\n"
            "– Любила! – мати аж веретено впустила. – А я твого батька любила?")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Мокрина", "Мокрина", "Орина", "Мокрина", "Мокрина"]
    text = ("Старая Пелагея вязала у окна, а ее дочь Ольга сидела на лавке и молчала.\n\n"
            "— Иван Кривцов к тебе сватается, — сказала мать.\n\n"
            "— Не пойду я за него, — отвечала дочь.")
    assert [q.speaker.name for q in _direct(text, "ru")] == ["Пелагея", "Ольга"]


def test_a_wifes_name_in_iha_opening_a_sentence_is_her_not_her_husband():
    text = ("Ввечері Петро Гнатюк вернувся з міста й довго мовчав. Гнатючиха дивилася на нього від печі, "
            "а відтак не витримала.\n\n"
            "– Ну, та й що там? Кажи вже, не муч.\n\n"
            "– А що має бути. Податок до суботи, а нема чим.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Гнатючиха", "Петро Гнатюк"]


def test_a_name_called_after_the_reporting_clause_is_not_the_speaker_of_the_turn():
    text = ("Старий Панас сидів на лаві, а Уляна поралася коло печі. Дочка їхня Настя сховалася за комином.\n\n"
            "– Та в нас ніяка куниця не ховалася, – каже Панас.\n\n"
            "– Та що ж, коли так, нехай сама скаже, – обізвалась мати. – Насте, вийди-но, доню, та подивись на людей.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Панас", "Уляна", "Уляна"]


def test_a_name_right_after_a_verb_in_a_turn_is_talked_about_not_called_and_the_exchange_goes_on():
    text = ("За обедом Полиевкт Титович налил себе рюмку наливки и обратился к сыну:\n\n"
            "— Ну-с, господин кандидат, когда же в службу? Я уж писал Скорнякову, он обещал местечко.\n\n"
            "— Я не пойду в палату, папенька.\n\n"
            "— Как не пойдешь? Куда же?")
    got = _direct(text, "ru")
    assert got[1].speaker is None or got[1].speaker.name != "Скорняков"
    assert got[2].speaker.name == "Полиевкт Титович"


def test_a_folk_role_before_a_surname_is_the_role_and_names_its_holder_when_it_opens_narration_again():
    text = ("Дяк Юхимець, високий, сухий, ходив поміж лавами з лінійкою, а діти виводили букви.\n"
            "– Це що там у тебе? – спитав дяк, спинившись.\n"
            "– Нічого, – буркнув Петрик.\n"
            "Хлопці затихли, тільки Митько на задній лаві ще довго пирхав у рукав.\n"
            "– Тихо! – гримнув дяк.\n"
            "Дяк довго дивився на горобця, що сидів на сволоку.\n"
            "– Ну, нехай сидить, – сказав він нарешті.")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Юхимець", "Петрик", "Юхимець", "Юхимець"]


def test_the_mother_of_the_household_is_the_wife_the_narration_named_with_a_possessive():
    text = ("В доме пили вечерний чай. Хозяин, Ферапонт Исаевич, сидел под образами; жена его Маланья разливала чай, "
            "а дочь Феклуша сидела у окна. В горницу вплыла сваха Домна Евпсихиевна.\n"
            "— А у нас купец для вас, — сказала сваха.\n"
            "— Вдовец! — ахнула мать. — Да ему, поди, за сорок!")
    assert _direct(text, "ru")[-1].speaker.name == "Маланья"


def test_a_name_answering_who_that_is_may_stand_after_this_is_in_a_later_sentence_of_the_answer():
    text = ("В зале гремела мазурка. Катишь вернулась на место подле тетушки, стараясь не глядеть туда, "
            "где у колонны стоял высокий драгунский офицер.\n"
            "— Кто это, ma tante? — шепнула она.\n"
            "— Который? С усами? Это Тучков, новый адъютант губернатора.\n"
            "Офицер между тем отделился от колонны и остановился перед ними.\n"
            "— Позвольте напомнить, что котильон вы обещали мне, — проговорил он, кланяясь.")
    assert _direct(text, "ru")[-1].speaker.name == "Тучков"


def test_someone_brought_in_by_a_where_clause_is_not_the_pronoun_when_a_named_subject_leads_the_sentence():
    text = ("На станции не было лошадей. Зяблов, ехавший в город по делу, третий раз выходил в сени, где за перегородкой сидел смотритель, "
            "лысый человек в халате, и пил чай.\n"
            "— Послушайте, любезный, ведь это невозможно, — начал он опять.")
    assert _direct(text, "ru")[0].speaker.name == "Зяблов"


def test_a_name_of_unknown_gender_called_in_reply_names_the_unnamed_speaker_it_answers():
    text = ("Ненила Маврикиевна приехала в монастырь на богомолье. Вечером к ней в номер постучался гостинник, "
            "высокий худой монах, и поставил на стол свечу.\n"
            "— Старец завтра после ранней обедни принимает, — сказал он тихим голосом.\n"
            "— А нельзя ли, отец Мелхиседек, как-нибудь пораньше?\n"
            "— Так я разбужу вас к заутрене, — сказал гостинник и вышел.")
    got = _direct(text, "ru")
    assert [got[0].speaker.name, got[-1].speaker.name] == ["Мелхиседек", "Мелхиседек"]


def test_the_one_person_the_last_sentence_before_a_first_turn_names_speaks_it_and_a_vocative_in_e_is_his_name():
    text = ("Старий Ібраїм сидів на порозі й курив люльку. З кав’ярні вийшов його син Мемет, молодий, високий, "
            "і спинився перед батьком.\n"
            "– Підемо сьогодні в море, батьку?\n"
            "– Не спадає вітер, – відповів старий.\n"
            "У дверях показалась мати, Зейнеп, з глеком у руці.\n"
            "– Не сперечайся з батьком, Мемете, – тихо сказала вона.\n"
            "– А жити з чого?")
    assert [q.speaker.name for q in _direct(text, "uk")] == ["Мемет", "Ібраїм", "Зейнеп", "Мемет"]


def test_a_stranger_the_narration_brings_in_speaks_the_first_turn_and_a_name_called_later_reaches_her():
    text = ("Коло церкви ґазди стояли купками й курили люльки. Одна стара баба, згорблена, в чорній хустці, "
            "спинила вуйка Юрчика, що саме сідав на коня.\n"
            "– Юрчику, небоже, ци ви в місті не чули, ци наших уже з війська пускают?\n"
            "– Ой, бабо, таке питаєте, – зітхнув вуйко. – Хто ж то знає.\n"
            "– Бо мій Юра вже третій рік не пише. Ані слова, ані картки.\n"
            "– Та не журіться так, Паладійко, – сказав Юрчик.")
    got = _direct(text, "uk")
    assert [q.speaker.name for q in got] == ["Паладійка", "Юрчик", "Юрчик", "Паладійка", "Юрчик"]


def test_a_daughter_set_off_after_a_semicolon_is_no_mother_and_the_mother_named_long_before_still_speaks():
    text = ("Ще й не смеркло, як до Оникієвої хати – стук у двері. Оникій саме сидів на лаві та латав чобіт, а Оникіїха "
            "поралась коло печі; дочка ж їхня, Дуня, як почула той стук, так і шмигнула за комин, бо вже знала, хто то "
            "й по що. Увіходять двоє людей з палицями, з хлібом у руках, перехрестились на ікони й поклонились.\n"
            "– Добрий вечір вам у хату! Бігла у вашу хату куниця, а ми за нею.\n"
            "– Та в нас ніяка куниця не ховалася, – каже Оникій, та й усміхається у вус.\n"
            "– Ой, а ніби ж ми бачили! Ось і слід є, он аж за комин...\n"
            "Дуня там за комином аж рукавом затулилась.\n"
            "– Та що ж, коли так, нехай сама скаже, – обізвалась мати. – Дуню, вийди-но, доню.")
    assert _direct(text, "uk")[-1].speaker.name == "Оникіїха"


def test_a_noun_set_off_after_a_strangers_noun_is_the_same_person_once_named():
    text = ("Вечером к Нениле Маврикиевне в номер постучался гостинник, высокий худой монах с редкой бородкой, "
            "и поставил на стол свечу.\n"
            "— Старец завтра после обедни принимает, — сказал он тихим голосом.\n"
            "— А нельзя ли, отец Мелхиседек, как-нибудь пораньше?\n"
            "Монах посмотрел на нее без всякой досады.\n"
            "— Все издалека, матушка, — сказал он.")
    assert _direct(text, "ru")[-1].speaker.name == "Мелхиседек"


def test_an_unknown_word_ending_in_a_consonant_calls_no_one_and_the_stranger_who_spoke_keeps_her_turns():
    text = ("Коло церкви ґазди стояли купками. Одна стара баба, згорблена, в чорній хустці, "
            "спинила вуйка Юрчика, що саме сідав на коня.\n"
            "– Юрчику, небоже, ци наших уже з війська пускают?\n"
            "– Ой, бабо, таке питаєте, – зітхнув вуйко.\n"
            "Баба перехрестилася і довго мовчала.\n"
            "– Аби живий, – промовила вона.\n"
            "– Возьміт, Паладійко, на дорогу, – сказав Юрчик.")
    got = _direct(text, "uk")
    assert [got[0].speaker.name, got[2].speaker.name] == ["Паладійка", "Паладійка"]


def test_a_first_name_before_a_patronymic_is_kept_though_read_as_a_place_and_a_stranger_never_names_himself():
    text = ("Инспектора ждали с самого Рождества. Учительница, Текуса Евграфовна, худенькая девушка в сером платье, "
            "встретила его на крыльце.\n"
            "— Сколько у вас учащихся? — спросил инспектор, снимая калоши.\n"
            "— По списку тридцать два.\n"
            "— Мокейка, встань же, — шепнула учительница.\n"
            "— Ну-ка, Мокей, был у мужика десяток овец, — сказал инспектор.")
    got = _direct(text, "ru")
    assert got[2].speaker.name == "Текуса Евграфовна"
    assert got[0].speaker.name is None and got[-1].speaker.name is None


def test_a_noun_answering_a_turn_that_called_two_people_is_the_one_of_its_gender_and_a_pet_name_is_a_name():
    text = ("Сержик шел впереди, а Китти держалась за руку гувернантки.\n"
            "— Мадемуазель, вы получили письмо?\n"
            "— Я получила письмо, — сказала мадемуазель Бланш. — Но это вас не касается, Китти. "
            "Сержик, оставьте бедный репейник!\n"
            "— А он колючий, — отвечал мальчик, не оборачиваясь.")
    assert _direct(text, "ru")[-1].speaker.name == "Сержик"


def test_a_name_after_a_or_and_asks_about_someone_and_calls_no_one():
    text = ("— А Андрюша? Ты хочешь, чтобы он рос здесь с гувернером? — сказала Лидия Павловна.\n"
            "— Гувернер прекрасно знает латынь, — отвечал Викентий Петрович.\n"
            "— Он знает ее так же, как ты знаешь хозяйство.")
    assert [q.speaker.name for q in _direct(text, "ru")][-1] == "Лидия Павловна"


def test_a_name_called_first_in_a_turn_names_the_stranger_who_spoke_just_before_and_no_other():
    text = ("У воды дожидались переправы купеческая бричка да двуколка, в которой сидела барышня со своей горничной.\n"
            "— Тит! Заснул ты, что ли, леший! — закричал купец.\n"
            "— Не заснул он, — сказала горничная, бойкая девушка с веснушками. — Он обедает.\n"
            "— Тебе почем знать?\n"
            "— А я, сударь, здешняя, из Мокрого.\n"
            "Барышня засмеялась и прикрыла рот перчаткой.\n"
            "— Луша, не болтай, — сказала она строго. — Подождем, ведь не горит.")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got[:5]] == [None, "Луша", "Луша", None, "Луша"]


def test_a_pet_name_opening_narration_is_a_name_and_a_name_asked_in_a_later_segment_is_answered():
    text = ("Мурочка сиділа на ґанку й нудилася. Коли це з-за кущів бузку вигулькнула дівчинка, боса, з глечиком у руках.\n"
            "– Паничко, – сказала вона несміливо, – мама прислала суниць.\n"
            "– Ой, які ж гарні! – Мурочка аж підскочила з місця. – А ти сама їх збирала? Як тебе звати?\n"
            "– Маруся. Ми з мамою в Дубині збирали.")
    got = _direct(text, "uk")
    assert [q.speaker.name for q in got] == ["Маруся", "Маруся", "Мурочка", "Мурочка", "Маруся"]


def test_a_newcomer_the_narration_between_turns_brings_in_speaks_next_not_the_one_before():
    text = ("Фельдшер Агей шел впереди с фонарем и пересказывал деревенские новости.\n"
            "— Тут, Каллистрат Нифонтович, народ такой: пока не помирает, не зовет.\n"
            "— Постыдилась, — повторил доктор. — Ну, отворяй.\n"
            "В избе было темно и душно. С лавки навстречу им поднялась высокая худая баба в темном платке и заговорила.\n"
            "— Батюшка, голубчик, погляди ты моего Нилку.")
    last = _direct(text, "ru")[-1]
    assert last.speaker is not None and last.speaker.name is None and last.speaker.role == "баба"


def test_a_noun_opening_narration_after_the_last_name_speaks_first_and_a_new_name_called_later_is_his():
    text = ("Урок латыни начинался в девять, но Мишель явился в классную только в половине десятого, с ведерком. "
            "Студент, нанятый на лето в учители, молча отложил книгу. В открытые окна было слышно, как кричат галки.\n"
            "— Где вы были?\n"
            "— На мельнице, — отвечал мальчик, глядя в сторону.\n"
            "— А склонения?\n"
            "В эту минуту в дверях показалась Евстолия Карповна, с ключами у пояса.\n"
            "— Мишель! Это что за ведро? Monsieur Арефьев, я ведь вас просила…\n"
            "— Виноват, Евстолия Карповна, — сказал студент, вставая.")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got] == ["Арефьев", "Мишель", "Арефьев", "Евстолия Карповна", "Арефьев"]


def test_ranks_before_names_are_roles_and_a_turn_calling_a_rank_is_not_its_holders():
    text = ("У палатки штабс-капитана Опольского горел костер. Прапорщик Милорадов сидел рядом на барабане и писал письмо.\n"
            "— Кому пишете, прапорщик? Матушке?\n"
            "— Сестре, — отвечал Милорадов и покраснел.\n"
            "Капитан вынул трубку изо рта и долго смотрел на реку.\n"
            "— В третьей роте, — сказал он наконец, — всегда все знают раньше всех.")
    got = _direct(text, "ru")
    assert got[0].speaker is None or got[0].speaker.name != "Милорадов"
    assert [q.speaker.name for q in got[1:]] == ["Милорадов", "Опольский", "Опольский"]


def test_the_hostess_is_the_woman_at_whose_house_the_scene_is_past_her_description():
    text = ("У вдовы коллежского асессора Митродоры Галактионовны по пятницам вертели стол. Главным лицом "
            "был господин Вольпе, худой человек с длинными волосами.\n"
            "— Дух пришел, — шепотом объявил Вольпе.\n"
            "— Полуэкт, друг мой, ты ли это? — простонала хозяйка.")
    assert _direct(text, "ru")[-1].speaker.name == "Митродора Галактионовна"


def test_a_name_after_a_preposition_and_title_is_talked_about_and_the_host_answers_the_guest():
    text = ("Капитан Ухтомцев занимал в гостинице Пашутина два номера и принял гостя в халате. Гость был очень молод, "
            "в уланском мундире.\n"
            "— Имею честь явиться к вам от господина Кадашева, — проговорил вошедший, краснея до ушей.\n"
            "— Известно. Да вы садитесь, корнет. Чаю хотите?")
    got = _direct(text, "ru")
    assert got[0].speaker.name is None and got[-1].speaker.name == "Ухтомцев"


def test_a_turn_sentence_of_only_a_rank_and_a_name_introduces_its_speaker():
    text = ("В распивочной было душно. Студент вдруг заметил, что с него не сводит глаз какой-то господин.\n"
            "— Вы, без сомнения, из университета? — заговорил тот.\n"
            "— Положим. А вам что?\n"
            "— Ничего-с. Губернский секретарь Тарабукин, в отставке-с. Я ведь тоже в университет собирался.")
    assert _direct(text, "ru")[-1].speaker.name == "Тарабукин"


def test_a_name_the_narration_gives_a_stranger_at_the_end_reaches_his_turns():
    text = ("У крайней коновязи стоял гнедой жеребец, а при нем смуглый цыган в красной рубахе.\n"
            "— Гляди, барин, что за конь! — закричал цыган еще издали.\n"
            "— А что просишь? — спросил Недопёкин.\n"
            "— Двести, — отвечал цыган.\n"
            "Звали цыгана, как узнал я после, Лачо.")
    got = _direct(text, "ru")
    assert [q.speaker.name for q in got] == ["Лачо", "Недопёкин", "Лачо"]


def test_a_name_after_a_comma_before_its_verb_is_a_subject_not_called():
    text = ("Капитан Ухтомцев принял гостя в халате. Гость был очень молод, в уланском мундире.\n"
            "— Имею честь явиться к вам от господина Кадашева, — проговорил вошедший.\n"
            "— Послушайте, Лихтенфельд. Струйский сказал глупость, Кадашев ответил дерзостью, — сказал Ухтомцев.\n"
            "— Господин Кадашев извинений не примет, — отвечал корнет.")
    got = _direct(text, "ru")
    assert [got[0].speaker.name, got[-1].speaker.name] == [None, None]  # the cornet, named nowhere, not Кадашев
