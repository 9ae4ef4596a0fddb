"""Quote spans, cues and speaker mentions on sentences written for these tests."""
from __future__ import annotations

import pytest

import quotes
from markup import parse, render

# (language, markup, expected canonical speaker names in order)
CASES = [
    # ENGLISH: quote then reporting clause
    ("en", "“[We will rebuild the bridge by spring,]” {said} Mayor <Ana Ortiz>.", ["Ana Ortiz"]),
    ("en", "Ana Ortiz runs the city.\n\n“[The budget is tight,]” <she> {said}.", ["Ana Ortiz"]),
    ("en", "Police chief Tom Reyes spoke first. “[Nobody was hurt,]” <Reyes> {told} reporters.", ["Tom Reyes"]),
    # ENGLISH: a pronoun goes back to the subject of the sentence, not a person it mentions
    ("en", "Dana Kim explained why she backs Lena Park.\n\n“[We need her,]” <she> {said}.", ["Dana Kim"]),
    ("en", "Tyra Voss said Mary Stone ignores voters.\n\n“[It hurts,]” <she> {said}.", ["Tyra Voss"]),
    ("en", "Maria Lind spoke first. Many people listened to Lind.\n\nOn Tuesday, Lind criticized inspector "
           "Susan Grey.\n\n“[It must stop,]” <she> {said}.", ["Maria Lind"]),
    # ENGLISH: reporting clause first
    ("en", "<Tom Reyes> {said}: “[The road stays closed.]”", ["Tom Reyes"]),
    # ENGLISH: mismatched double marks are a typo for a matched pair, not a quote running to the paragraph end
    ("en", "\"[The plant will close in May,]” {said} <Rita Gomez>, a union steward. “[We were told nothing.]”",
     ["Rita Gomez", "Rita Gomez"]),
    ("en", "“[Nobody asked the neighbours,]\" <Omar Haddad> {said}.", ["Omar Haddad"]),
    ("en", "“[She called it \"a disgrace\" on the radio,]” <Omar Haddad> {said}.", ["Omar Haddad"]),
    # ENGLISH: split quote, one utterance
    ("en", "“[The water is safe,]” <Dana Kim> {said}. “[We tested it twice.]”", ["Dana Kim", "Dana Kim"]),
    # ENGLISH: a weekday after the name is not part of it
    ("en", "Dana Kim spoke in Ohio Friday. “[We are done,]” <she> {said}.", ["Dana Kim"]),
    # ENGLISH: transcript label
    ("en", "“<WALLACE>: [Thank you all for coming tonight.]”", ["WALLACE"]),
    # ENGLISH: party tag in parentheses, title with a full stop, title inside a capitalised run
    ("en", "“[We need the vote,]” Rep. <Jim Ortega> (D-Ohio) {said}.", ["Jim Ortega"]),
    ("en", "“[The vote stands,]” {said} Sen. <Lena Park> of Ohio.", ["Lena Park"]),
    ("en", "“[We agreed,]” {said} European Council President <Donald Tusk>.", ["Donald Tusk"]),
    # ENGLISH: shows and modifiers before a title are not people a pronoun points to
    ("en", "Dana Kim spoke on the Steve Harvey Morning Show.\n\n“[We are ready,]” <she> {said}.", ["Dana Kim"]),
    ("en", "Acme Executive Director Tom Reyes spoke.\n\n“[We are ready,]” <he> {said}.", ["Tom Reyes"]),
    # ENGLISH: a name with a long apposition after the quote, even after a full stop
    ("en", "“[We have the votes,]” Senate Majority Leader <Mitch McConnell>, R-Ky., {said} Tuesday.", ["Mitch McConnell"]),
    ("en", "“[This is a fair deal.]” <Neil Warren>, the attorney general of Kansas, {said}.", ["Neil Warren"]),
    ("en", "“[We will sue,]” Mr. <Peter Morgan> of the Sierra Club {said}.", ["Peter Morgan"]),
    ("en", "“[This is a sad day,]” {said} Del. <Stacey Plaskett> of the Virgin Islands.", ["Stacey Plaskett"]),
    # ENGLISH: `told X`: X is the listener; a long apposition still leads back to the name
    ("en", "“[The archive was never closed,]” <Dana Oyelaran>, the executive director at the Center for Open "
           "Records and who also appears in the film, {told} The Daily Ledger.", ["Dana Oyelaran"]),
    # ENGLISH: a descriptive role after the lead's subject means that person; names after it do not
    ("en", "Alan Brewer on Wednesday called on Howard Lane to apologize for the remark.\n\n“[It was outrageous,]” "
           "<Obama’s former campaign strategist> {said} in an interview with CNN’s Wolf Blitzer. “[He should say sorry.]”",
     ["Alan Brewer", "Alan Brewer"]),
    ("en", "Donald Trump spoke to veterans in Ohio on Monday.\n\n“[We need change,]” <the New York businessman> {said}.",
     ["Donald Trump"]),
    # ENGLISH: an unnamed speaker keeps the next segment of the same paragraph
    ("en", "“[It was a mistake,]” <one senior official> {said} after meeting Tom Reyes. “[We will fix it.]”", [None, None]),
    # ENGLISH: a colon after `Name verb …` introduces the quote in the next paragraph, with no reporting verb
    ("en", "On May 2, <Lena Park> made the following remark:\n\n“[The schools are failing our children.]”", ["Lena Park"]),
    # ENGLISH: an inner quote left open (its closing mark taken by an apostrophe) ends with the outer one
    ("en", "<Fowler> {continued}: “[The critics say, ‘Sure, that’s right, but this time it’s worse.]”\n\n"
           "<He> {concluded}: “[The race is over.]”", ["Fowler", "Fowler"]),
    # ENGLISH: a surname first met after `according to` is a person, not a place
    ("en", "{According to} <Fowler>, “[the vote was rigged.]”\n\n<He> {added}: “[We will appeal.]”", ["Fowler", "Fowler"]),
    # ENGLISH: a full name after `from` is still a person; initials (`U.N.`) are no one
    ("en", "A lesson from Carla Munoz.\n\nSeveral deputies, including Sara Whitfield, serve under her.\n\n"
           "Munoz said the work is hard.\n\n“[We never stop,]” <she> {said}.", ["Carla Munoz"]),
    ("en", "Ivan Pell asked the U.N. for help.\n\nHe said the U.N. would meet.\n\n“[We wait,]” <he> {said}.", ["Ivan Pell"]),
    # ENGLISH: a person introduced in full with a role just before the quote is the one `he` means
    ("en", "While Lena Park had many artists writing songs about her, that has not happened for Tom Reyes, "
           "which worries Henry Crespo, president of the Florida Black Caucus.\n\n"
           "“[No one writes songs for Reyes. Park had a band,]” <he> {said}.", ["Henry Crespo"]),
    # ENGLISH: a nickname in quotes inside a name (dropped from the canonical name); `state` before a title is no verb
    ("en", "“[The nation is watching!]” Her niece, state Del. <Marcia \"Cia\" Price> (D-Newport News), {shouted}.\n\n"
           "“[We have his back,]” <Price> {said}.", ["Marcia Price", "Marcia Price"]),
    # ENGLISH: groups speak (`protesters … chanted`, `groups of protesters …, while chanting`); `a friend commented:`
    ("en", "<Protesters> marching through the streets {chanted} “[We will not go home!]” until dawn.", [None]),
    ("en", "Small groups of <protesters> kept asking about the death of Kevin Lamar Stone, circling the stadium - "
           "where the Panthers played - while {chanting}, “[Hands up, don't shoot.]”", [None]),
    ("en", "During a heated debate about the nominees, <a friend> {commented}: “[For you, taxes are what matters.]”", [None]),
    # ENGLISH: a role opening a sentence (`The mayor was unmoved.`) tells whom the next `she` means
    ("en", "Mayor Rita Salgado backs the stadium. Councilwoman Dina Abbott opposes it.\n\n“[It is a bad deal,]” "
           "<Abbott> {said}.\n\nThe mayor was unmoved. Asked whether it would cost her, she shrugged.\n\n"
           "“[I am not running for anything,]” <she> {said}.", ["Dina Abbott", "Rita Salgado"]),
    # ENGLISH: `he insisted` in narration keeps the story with the man quoted last, not the last man named
    ("en", "“[He was never fair to me,]” Leon Whitcomb {said} of his old partner.\n\n“[Leon left angry,]” Carl "
           "Denton {said}.\n\nDenton said he would order a review, which some saw as proof that Whitcomb had a "
           "point. He insisted it was not.\n\n“[I run on my record,]” <he> {said}.",
     ["Leon Whitcomb", "Carl Denton", "Carl Denton"]),
    # ENGLISH: local titles and party words before a name are roles, not part of it
    ("en", "“[We did their job,]” {said} Cochise County Sheriff <Travis Lindqvist>.", ["Travis Lindqvist"]),
    ("en", "“[He knew,]” {said} Democrat <Katherine Ellison>.", ["Katherine Ellison"]),
    # ENGLISH: a short second segment after `X said.` is speech; so is a quote after a quoted show title
    ("en", "“[We take no vote for granted,]” <Gail Hart> {said}. “[Not one.]”", ["Gail Hart", "Gail Hart"]),
    ("en", "“[I will not vote for him,]” <Doug Fair> {said} on “State of the Union.” “[I just can’t.]”",
     ["Doug Fair", "Doug Fair"]),
    # ENGLISH: two-word reporting verbs; an owner before the role is not the speaker; a name set off after the role is
    ("en", "“[Walter, you have said that for a year,]” <Castellanos> {shot back}.", ["Castellanos"]),
    ("en", "“[We never planned it,]” {said} Fairbanks’s communications director, <Alicia Moreno>.", ["Alicia Moreno"]),
    ("en", "“[The numbers don’t lie,]” {said} the group’s director, retired Air Force Col. <Brian Estrada>.",
     ["Brian Estrada"]),
    # ENGLISH: a party word describes the person the story is about; `it` is an organisation, never a person
    ("en", "Rep. Marcus Delahunt (D-Mich.) criticized the trade deal on Monday.\n\n“[This deal sells out our "
           "workers,]” <the Michigan Democrat> {said}.", ["Marcus Delahunt"]),
    ("en", "Tom Reyes accused the company of fraud. The Acme Corporation denied the claim.\n\n“[We did nothing "
           "wrong,]” <it> {said}.", ["Acme Corporation"]),
    # ENGLISH: the subject of the last sentence naming anyone, after a fronted clause too, is the one `she` means
    ("en", "“[We will win Reno,]” Eleanor Albers said.\n\nBack in Las Vegas, Rosalind Pike was asked about "
           "Albers's claim. She said she had visited every county.\n\n“[I have been to Elko three times,]” <she> {said}.",
     ["Eleanor Albers", "Rosalind Pike"]),
    ("en", "“[He ducked six times,]” Theresa Vance said.\n\n“[I answered,]” Ellis Pruitt said.\n\nAsked by a host "
           "whether she thought Pruitt believed it, Vance paused.\n\n“[He knows better,]” <she> {said}.",
     ["Theresa Vance", "Ellis Pruitt", "Theresa Vance"]),
    # ENGLISH: a surname misspelt once by the writer still finds its bearer
    ("en", "Voters like Tyresha McClenney are unconvinced.\n\n“[She only talks about it on TV,]” <McLenney> {said}.",
     ["Tyresha McClenney"]),
    # ENGLISH: `X spokesman Y` is Y; `Y of Kansas` is Y; `the Virginia governor` names no Virginia
    ("en", "“[We can do better,]” {said} Halloway spokesman <Bradley Cho>.", ["Bradley Cho"]),
    ("en", "“[The bill is dead,]” Sen. <Walter Pruitt> of Kansas {told} reporters.", ["Walter Pruitt"]),
    ("en", "Evelyn Marsh toured the plant. The former Virginia governor held up a hard hat.\n\n"
           "“[We build things here,]” <she> {said}.", ["Evelyn Marsh"]),
    # ENGLISH: `the governor` is not the lieutenant governor; an owner (`Salvatore's spokeswoman, …`) is no subject
    ("en", "Gov. Ada Strand met Lt. Gov. Mark Feld on Friday.\n\n“[Ask me in 2020,]” <the governor> {said}.", ["Ada Strand"]),
    ("en", "Rick Salvatore denied wrongdoing. Salvatore's spokeswoman, Heather Lind, said the audit was routine.\n\n"
           "“[The governor has nothing to hide,]” <she> {said}.", ["Heather Lind"]),
    # ENGLISH: a bare surname means the bearer named most; `Mabry said she` picks the woman of two namesakes
    ("en", "Sen. Ted Varga spoke first. Varga thanked the crowd. Trump mocked his father, Rafael Varga, and his "
           "wife, Heidi Varga.\n\n“[I do not support people who attack my family,]” Varga said.\n\n"
           "Delegates asked how Varga could break his pledge.\n\n“[It became personal,]” <he> {said}.",
     ["Ted Varga", "Ted Varga"]),
    ("en", "Sharon Mabry lost her son, Travis Mabry, in March.\n\nBack home, Mabry said she had not decided.\n\n"
           "“[I want somebody who will care in January,]” <she> {said}.", ["Sharon Mabry"]),
    # ENGLISH: `She says … accusing Alicia Mora …` keeps the chain on the woman `she` meant, not the one she named
    ("en", "<Hillary Clinton> {called} the tweet “[unhinged.]”\n\nShe says Trump’s tweets accusing Alicia Mora are lies."
           "\n\nThe Democratic candidate’s answer came in tweets.\n\n<She> {tweeted}: “[This is dangerous.]”",
     ["Hillary Clinton", "Hillary Clinton"]),
    # ENGLISH: a titled subject (`Mr. Ashby, …, said he would vote for Gordon Harlow, the nominee`) is who `he` means
    ("en", "Mayor Ray Ashby runs Coalport. Mr. Ashby, a retired coach, said he would vote for Gordon Harlow, "
           "the Republican nominee.\n\n“[I am voting for him like you buy a roof,]” <he> {said}.", ["Ray Ashby"]),
    # ENGLISH: a role after a fronted clause (`Asked …, the mayor paused.`) points the next pronoun to its holder
    ("en", "Mayor Tess Kowal met Evelyn Marsh in June.\n\nAsked whether she would campaign for Mrs. Marsh, the mayor "
           "paused.\n\n“[I will vote for her,]” <she> {said}.", ["Tess Kowal"]),
    # ENGLISH: `he … and said`; `One woman, who …, asked:`; `One donor told`; a label in capitals is no one
    ("en", "At one point, when Carla Vance was discussing pensions, <he> leaned into the microphone and {said}, "
           "“[Such a nasty woman.]”", [None]),
    ("en", "<One woman>, who said she owns a bakery in Toledo, {asked}: “[What will you do about my premiums?]”", [None]),
    ("en", "WHAT WE'RE READING — The Journal reports that donors are tired. <One donor> {told} the paper, "
           "“[We are not doing this again.]”", [None]),
    # ENGLISH: `He concedes the point.` in narration carries the chain: the owner opening the sentence before is `he`
    ("en", "“[We need coal,]” Ed Conway said.\n\nMr. Arroyo's one debate against Gov. Tom Brekke was judged a loss. "
           "He concedes the point.\n\n“[I tried to do too much,]” <he> {said}.", ["Ed Conway", "Arroyo"]),
    ("en", "Majority Leader Mitch Crane spoke on Tuesday.\n\n“[We will hold the line,]” Victor Lang said.\n\n"
           "But in a radio interview Wednesday, the majority leader sounded unrepentant. “[People understand,]” "
           "<he> {said}.", ["Victor Lang", "Mitch Crane"]),
    # ENGLISH: a participle takes the clause's subject
    ("en", "<Lena Park> spoke for an hour, {adding}, “[the bill is dead.]”", ["Lena Park"]),
    # ENGLISH: a quote signed with a dash
    ("en", "“[He scares me.]” ― <Carla Ruiz>", ["Carla Ruiz"]),
    # ENGLISH PARTIAL
    ("en", "Engineer Dana Kim {described} the cracks as “[minor but worrying]”.", ["Dana Kim"]),
    # ENGLISH according to
    ("en", "{According to} <Dana Kim>, “[the repairs will take a month.]”", ["Dana Kim"]),
    # GUILLEMETS (ru)
    ("ru", "Мэр Анна Орлова открыла мост.\n\n«[Мы построили его за год]», — {сказала} <она>.", ["Анна Орлова"]),
    ("ru", "«[Работы закончатся в мае]», — {заявил} глава района <Пётр Соколов>.", ["Пётр Соколов"]),
    ("ru", "<Пётр Соколов> {сказал}: «[Дорогу откроют завтра]».", ["Пётр Соколов"]),
    # ROLE NOUN with no matching role: the person who last spoke
    ("ru", "«[Мы подали иск]», — сказал Пётр Соколов.\n\n" + "Суд назначил заседание на май, а ответчик не пришёл на первую встречу сторон. " * 10
     + "\n\n«[Подождём]», — {заключил} <сопредседатель группы>.", ["Пётр Соколов", "Пётр Соколов"]),
    # DASH DIALOGUE: author's words after a dash with no comma, in lower case after an ellipsis, or a short
    # sentence about him between two dashes
    ("uk", "— [Я привів тобі сотню вояків] — {відповів} <Остап>. — [Та ще одна сотня чекає!]", ["Остап", "Остап"]),
    ("uk", "— [Я люблю тебе, але...] — і, звівши брови, {каже} <Ганна>.", ["Ганна"]),
    ("ru", "— [Однако холодно у вас!] — {сказал} <Пётр>. — [Холодно!] – И он закутался в плед. – [Отчего не топите?]",
     ["Пётр", "Пётр", "Пётр"]),
    # DECLINED NAME (ru)
    ("ru", "Пётр Соколов приехал утром. {По словам} <Соколова>, «[ремонт идёт по плану]».", ["Пётр Соколов"]),
    # DASH DIALOGUE (ru)
    ("ru", "— [Куда ты идёшь?] — {спросил} <Иван>.\n— [Домой], — {ответила} <Мария>.", ["Иван", "Мария"]),
    # SURNAMES keep their nominative; a declined one comes back to it
    ("ru", "Депутат Андрей Столбунов выступил первым.\n\n«[Надежда есть]», — {добавил} <он>.", ["Андрей Столбунов"]),
    ("ru", "Все ждали Сливяка.\n\n«[Мы начнём завтра]», — {заявил} <Сливяк>.", ["Сливяк"]),
    # GUILLEMETS (uk)
    ("uk", "«[Ми відкриємо школу у вересні]», — {заявив} <Михайло Шуневич>.", ["Михайло Шуневич"]),
    # DECLINED NAME (uk)
    ("uk", "Ярмарок провели за сприяння Михайла Шуневича.\n\n«[Село має жити]», — {сказав} <він>.", ["Михайло Шуневич"]),
    # DASH DIALOGUE (ru): a common noun after the verb is the speaker, not a name later on
    ("ru", "— [Пора ехать], — {сказал} <кучер>, поправляя вожжу Орлова.", [None]),
    # A quoted name inside the reporting clause does not end it; adjectival surnames count
    ("uk", "«[Книжка має бути поруч]», – {каже} керівник видавництва «Світанок» <Ярослав Гнатюк>.", ["Ярослав Гнатюк"]),
    # DASH DIALOGUE (uk): a name as the verb's subject stays as written
    ("uk", "— [Доньку?] — {спитав} <Пета>.", ["Пета"]),
    # DASH DIALOGUE (uk): the one addressed in the previous turn answers
    ("uk", "— [Грицю, ходи сюди!] — {гукнула} <Тетяна>.\n— [Іду], — {каже} <він>.", ["Тетяна", "Гриць"]),
    # A man's surname in -а declines like a feminine noun: `Прищепою` → `Прищепа`
    ("uk", "Редактор Борис Прищепа пішов на пенсію. Над Борисом Прищепою сміялися.\n\n«[Я не здамся]», — {згадував} <він>.",
     ["Борис Прищепа"]),
    # NAME AND PATRONYMIC point back to the person named in full
    ("uk", "Свято підтримав Михайло Кривошей.\n\n<Михайло Іванович> {сказав}: «[Приходьте всі]».", ["Михайло Кривошей"]),
    # DASH DIALOGUE (uk), replica split by the author's words
    ("uk", "— [Добре], — {сказала} <Оксана>. — [Я прийду завтра.]", ["Оксана", "Оксана"]),
    # SURNAME, NAME, PATRONYMIC: the patronymic stays even when the dictionary lacks it
    ("uk", "На відкритті був директор заводу <Рудь Петро Володимирович> та {зауважив}: «[Ми готові]».",
     ["Рудь Петро Володимирович"]),
    ("ru", "«[Приезжайте летом]», — {сказал} <Игорь Дмитрич>.", ["Игорь Дмитрич"]),
    # A LONE SURNAME keeps the honorific the narration gives it, not a vocative inside a quote
    ("uk", "Пані Зозуля відчинила вікно.\n\n— [Холодно], — {мовила} <Зозуля>.", ["пані Зозуля"]),
    ("ru", "Приехала графиня Лисовская.\n\n«[Я рада]», — {сказала} <Лисовская>.", ["графиня Лисовская"]),
    ("uk", "— [Пане Гребенюк, сідайте], — сказала Оксана.\n— [Дякую], — {відповів} <Гребенюк>.", ["Оксана", "Гребенюк"]),
    # ACCORDING TO a declined first name and surname: both come back to the nominative, in the right gender
    ("uk", "{За словами} <Михайла Шуневича>, «[ситуація в області складна]».", ["Михайло Шуневич"]),
    ("ru", "{По словам} губернатора <Вячеслава Гладкова>, «[обстановка остаётся спокойной]».", ["Вячеслав Гладков"]),
    ("ru", "{По словам} <Анны Гладковой>, «[обстановка остаётся спокойной]».", ["Анна Гладкова"]),
    # A PET NAME is the same person as the full first name, which stays canonical
    ("uk", "Олена стояла біля хвіртки.\n— [Не йди, Оленко!] — сказав Петро.\n— [Мушу], — {відповіла} <вона>.",
     ["Петро", "Олена"]),
    # A PRONOUN WITH NO ONE BEFORE IT: the first person of its gender named after it
    ("uk", "— [Холодно сьогодні], — {каже} <вона> тихо.\nМарта підкинула дров у піч.", ["Марта"]),
    # AN UNKNOWN FOREIGN NAME has no gender from its first name: `Она` still finds her
    ("ru", "Директор фонда Клэр Дюбуа выступила против. <Она> {сказала}: «[Нужны источники]».", ["Клэр Дюбуа"]),
    # A DECLINED SURNAME before a name in the nominative belongs to the noun before it
    ("ru", "Адвокат Шиловой <Ольга Кравец> {заявила}: «[Мы обжалуем приговор]».", ["Ольга Кравец"]),
]


@pytest.mark.parametrize("lang,markup,names", CASES, ids=[c[1][:40] for c in CASES])
def test_case(lang, markup, names):
    case = parse(markup)
    got = [q for q in quotes.extract(case.text, lang=lang) if q.kind in ("direct", "partial")]
    spans = [(q.start, q.end) for q in got]
    cues = [(q.cue.start, q.cue.end) for q in got if q.cue]
    mentions = [(q.speaker.mention.start, q.speaker.mention.end) for q in got if q.speaker and q.speaker.mention]
    shown = render(case.text, spans, cues, mentions)
    assert spans == case.quotes, f"\nwant {markup}\ngot  {shown}"
    assert set(case.cues) <= set(cues), f"\nwant {markup}\ngot  {shown}"
    assert set(case.speakers) <= set(mentions), f"\nwant {markup}\ngot  {shown}"
    assert [q.speaker.name if q.speaker else None for q in got] == names


def test_a_headline_quote_is_not_counted_twice():
    text = ("Sheriff to Feds: ‘We Did Your Job For You’\n\nEAGLE PASS, Texas — Sheriff Tom Reyes blasted federal "
            "agents on Friday.\n\n“We did your job for you,” Reyes said.")
    assert [(q.kind, q.text) for q in quotes.extract(text, lang="en")] == [("direct", "We did your job for you,")]
    assert [q.kind for q in quotes.extract(text, lang="en", include_all=True)][:1] == ["other"]


# NOT SPEECH: titles, names and scare quotes are left out by default
NOT_SPEECH = [
    ("en", "Troops fired the “Grad” system at the village."),
    ("en", "She watched “The Long Night” on Sunday."),
    ("ru", "Руководитель движения «Чистый берег!» приехал в город."),
    ("uk", "Новий фільм «Тіні забутих предків» показали у Львові."),
]


@pytest.mark.parametrize("lang,text", NOT_SPEECH)
def test_not_speech_is_left_out(lang, text):
    assert quotes.extract(text, lang=lang) == []
    shown = quotes.extract(text, lang=lang, include_all=True)
    assert [q.kind for q in shown] == ["other"]


def test_nested_quote_is_marked_nested():
    text = "“He told me ‘never again’ and left,” Kim said."
    got = quotes.extract(text, lang="en")
    assert [(q.kind, q.text) for q in got] == [
        ("direct", "He told me ‘never again’ and left,"),
        ("nested", "never again"),
    ]


def test_quote_over_two_paragraphs_shares_an_utterance():
    text = "“The first part ends here.\n\n“The second part closes it,” Kim said."
    got = quotes.extract(text, lang="en")
    assert [q.text for q in got] == ["The first part ends here.", "The second part closes it,"]
    assert got[0].utterance == got[1].utterance
    assert [q.speaker.name for q in got] == ["Kim", "Kim"]


def test_organisation_speaks():
    got = quotes.extract("“The talks failed,” the ministry said.", lang="en")
    assert got[0].speaker.type == "organization"


def test_unknown_language_lists_the_codes():
    with pytest.raises(quotes.UnknownLanguage, match="choose one of: auto, en, ru, uk"):
        quotes.extract("text", lang="de")


def test_each_quote_carries_its_own_language():
    text = "The governor switched to Russian. «Мы справимся с этим», he said."
    got = quotes.extract(text, lang="en")
    assert [(q.text, q.lang) for q in got] == [("Мы справимся с этим", "ru")]


def test_straight_single_quotes_nest_inside_straight_double_quotes():
    text = "\"It's a 'wait and see' moment,\" said Diane Swonk. \"We don't know yet.\""
    got = quotes.extract(text, lang="en")
    assert [(q.kind, q.text) for q in got] == [
        ("direct", "It's a 'wait and see' moment,"),
        ("nested", "wait and see"),
        ("direct", "We don't know yet."),
    ]


def test_role_takes_the_capitalised_word_before_a_title():
    got = quotes.extract("Treasury Secretary Janet Yellen called the decision “appropriate.”", lang="en")
    assert (got[0].speaker.name, got[0].speaker.role) == ("Janet Yellen", "Treasury Secretary")


def test_group_words_are_not_names():
    got = quotes.extract("Critics called the plan a “bailout for banks.”", lang="en")
    assert (got[0].speaker.name, got[0].speaker.type, got[0].speaker.mention.text) == (None, "group", "Critics")


@pytest.mark.parametrize("lang,text", [
    ("ru", "— Ты куда? — спросила Анна.\n— На вокзал, — ответил Сергей. — Поезд в семь.\n— Я с тобой.\n"
           "Сергей покачал головой.\n— Нет, останься.\n— Почему? — тихо спросила она."),
    ("uk", "– Ти куди? – спитала Ганна.\n– На вокзал, – відповів Сергій. – Потяг о сьомій.\n– Я з тобою.\n"
           "Сергій похитав головою.\n– Ні, залишайся.\n– Чому? – тихо спитала вона."),
])
def test_dialogue_turn_taking(lang, text):
    got = quotes.extract(text, lang=lang)
    names = [q.speaker.name for q in got]
    a, s = ("Анна", "Сергей") if lang == "ru" else ("Ганна", "Сергій")
    assert names == [a, s, s, a, s, a]
    assert [q.utterance for q in got] == [0, 1, 1, 2, 3, 4]


def test_titles_with_inside_punctuation_are_not_speech():
    assert quotes.extract("He appeared on “Fox News Sunday,” where he said little.", lang="en") == []


@pytest.mark.parametrize("text,quote", [
    ("The band leader was singing “It’s Our Time.”", "It’s Our Time."),
    ("Fans lining the avenue chanted “Who needs sleep?” until dawn.", "Who needs sleep?"),
])
def test_a_cue_right_before_a_quote_makes_it_speech(text, quote):
    assert [q.text for q in quotes.extract(text, lang="en")] == [quote]


def test_long_lowercase_speech_after_a_dash_is_not_the_authors_words():
    text = ("— Хіба я сварю? — відповіла вона.— Ви б йому сказали! Я вже не можу — і даруйте мені, "
            "люди добрі,— але я все мушу лише просити та просити його і її.")
    got = quotes.extract(text, lang="uk")
    assert got[1].text.endswith("просити та просити його і її.")


def test_a_vocative_opening_a_turn_is_read_as_a_name():
    text = "Він зітхнув.\n— Маріє! — сказав понуро.— Щоб ти знала!\n— Чи я? — відповіла вона."
    assert quotes.extract(text, lang="uk")[-1].speaker.name == "Марія"


def test_pronoun_prefers_the_nominative_subject_over_a_dative_object():
    text = ("— Здравствуйте, — сказал Орлов.\n"
            "Соколов встал и, глядя в глаза Орлову, пожал ему руку.\n"
            "— Рад знакомству, — сказал он.")
    assert [q.speaker.name for q in quotes.extract(text, lang="ru")] == ["Орлов", "Соколов"]


def test_an_unattributed_turn_belongs_to_the_person_just_addressed():
    text = "Тетяна вийшла на поріг.\n— Грицю! — гукнула Тетяна.\n— Я тут, не кричи."
    assert [q.speaker.name for q in quotes.extract(text, lang="uk")] == ["Тетяна", "Гриць"]


def test_author_words_between_segments_are_read_from_their_first_verb():
    text = ("— Профессор Лебедев, — сказала мадам Ренар, опуская книгу, на которую Оля смотрела с любопытством. "
            "— Очень приятно.")
    assert [q.speaker.name for q in quotes.extract(text, lang="ru")] == ["мадам Ренар", "мадам Ренар"]


def test_a_street_adjective_is_not_a_person():
    text = "Ирина зашла в кафе на Липецкой улице и так описывает увиденное: «Там было пусто»."
    assert [q.speaker.name for q in quotes.extract(text, lang="ru")] == ["Ирина"]


def test_a_short_reporting_clause_may_lack_its_comma_before_the_dash():
    text = "— А я, мамо, — сказав Дорошенко — приніс тобі гостинця."
    got = quotes.extract(text, lang="uk")
    assert [(q.text, q.speaker.name) for q in got] == [("А я, мамо", "Дорошенко"), ("приніс тобі гостинця.", "Дорошенко")]


def test_a_title_word_inside_an_organisation_is_not_a_person():
    text = "Clerks sit at the Justice Department and in county courts.\n\n\"We rely on them,\" she said."
    got = quotes.extract(text, lang="en")
    assert got[0].speaker.name is None


@pytest.mark.parametrize("lang,text,name,kind", [
    ("en", "Governor Vyacheslav Gladkov visited the town.\n\n“We will help,” the governor said.", "Vyacheslav Gladkov", "person"),
    ("ru", "Губернатор Вячеслав Гладков приехал в город.\n\n«Мы поможем», — сказал губернатор.", "Вячеслав Гладков", "person"),
    ("uk", "Губернатор Вячеслав Гладков приїхав до міста.\n\n«Ми допоможемо», — сказав губернатор.", "Вячеслав Гладков", "person"),
    ("en", "“The talks failed,” the White House said.", "White House", "organization"),
    ("ru", "«Переговоры провалились», — заявило Минобороны.", "Минобороны", "organization"),
])
def test_role_nouns_and_organisations(lang, text, name, kind):
    got = quotes.extract(text, lang=lang)
    assert [(q.speaker.name, q.speaker.type) for q in got] == [(name, kind)]


def test_a_participle_skips_the_words_of_an_earlier_quote():
    text = "“We simply can’t pay for this,” Dana Kim said, adding later, “The plan is dead.”"
    assert [q.speaker.name for q in quotes.extract(text, lang="en")] == ["Dana Kim", "Dana Kim"]


@pytest.mark.parametrize("text,name", [
    ("«Гараж коштує 90 тис. грн», - наголосив директор з продажу ТОВ «Будсервіс «Група Мельника» Олег ТКАЧУК.",
     "Олег ТКАЧУК"),
    ("«Мета громади - зберегти школу», - сказав під час візиту до селища заступник голови Рівненської "
     "облдержадміністрації з питань освіти Іван КОВАЛЬЧУК.", "Іван КОВАЛЬЧУК"),
])
def test_long_ukrainian_reporting_clauses(text, name):
    assert [q.speaker.name for q in quotes.extract(text, lang="uk")] == [name]


def test_segments_around_one_reporting_clause_have_one_speaker():
    text = "Гриць прийшов увечері.\n— Ходімо, зозуле, — каже він.\nТетяна слухає його і мовчить.\n— Грицю! — каже. — Я тебе люблю."
    got = quotes.extract(text, lang="uk")
    assert [(q.text, q.speaker.name) for q in got] == [
        ("Ходімо, зозуле", "Гриць"), ("Грицю!", "Тетяна"), ("Я тебе люблю.", "Тетяна")]


def test_the_words_after_a_named_reporting_clause_stay_with_its_speaker():
    text = ("— Син ваш ледачий, — зауважив лікар Гнатюк.\n"
            "— Не знаю вже, що й робити, пане лікарю! — зітхнула Мельничиха.— Я б усе віддала, аби вчився.")
    got = quotes.extract(text, lang="uk")
    assert [q.speaker.name for q in got] == ["Гнатюк", "Мельничиха", "Мельничиха"]


def test_a_surname_ending_tells_the_gender_a_verb_needs():
    text = ("Мельничиха сиділа за столом, а Заворотський стояв біля вікна.\n"
            "— Погано вчиться ваш син, — зауважив професор.")
    assert [q.speaker.name for q in quotes.extract(text, lang="uk")] == ["Заворотський"]


def test_a_name_called_out_in_speech_does_not_replace_the_narrations_name():
    text = ("– Правда ж, Остапе Трохимовичу? – спитав Сучок.\nОстап кивнув головою.\n"
            "– Правда, – сказав Остап.")
    assert [q.speaker.name for q in quotes.extract(text, lang="uk")] == ["Сучок", "Остап"]


@pytest.mark.parametrize("text,name", [
    # a state before a title is no person
    ("A former party chair spoke.\n\nFormer Ohio Gov. Tom Reyes agreed, but he said the talks should wait.\n\n"
     "“There is no chance,” he said.", "Tom Reyes"),
    # a network's possessive ends its name
    ("“Change is coming,” said Ana Ortiz, an aide.\n\nDebates rarely matter, noted CNN’s Paul Granger.\n\n"
     "“Voters decided long ago,” he wrote.", "Paul Granger"),
    # a name modifying a role is not the person the pronoun means
    ("Lena Park unveiled a plan.\n\nPark campaign spokesman Tom Reyes said the plan covers parents. "
     "However, he could not say how.\n\n“We are still writing it,” he said.", "Tom Reyes"),
])
def test_english_pronouns_skip_names_that_only_modify(text, name):
    assert [q.speaker.name for q in quotes.extract(text, lang="en")][-1] == name


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Иван Петрович уже лёг, а Сергей всё сидел у окна.\n— Как тихо, — сказал он.", "Сергей"),
    ("uk", "Іван уже ліг, а Степан усе сидів біля вікна.\n— Як тихо, — сказав він.", "Степан"),
    ("ru", "Иван Петрович встал и вышел к Сергею.\n— Как тихо, — сказал он.", "Иван Петрович"),
])
def test_a_pronoun_takes_the_subject_of_the_last_contrasted_clause(lang, text, name):
    assert [q.speaker.name for q in quotes.extract(text, lang=lang)] == [name]


def test_a_turn_that_calls_someone_by_name_is_not_theirs():
    text = ("– Де гроші? – кричав Кравець, ідучи до Остапа. Той відступив.\n"
            "– Пане Кравець, – мовив він спокійно. – Не кричіть.")
    assert [q.speaker.name for q in quotes.extract(text, lang="uk")] == ["Кравець", "Остап", "Остап"]


@pytest.mark.parametrize("text,mention,kind", [
    ("“Parents want choice,” the letter reads. “We mean it.”", "the letter", "organization"),
    ("“Keep the faith,” my grandmother often said.", "my grandmother", "person"),
    ("“The practice must end,” said the ruling.", "the ruling", "organization"),
])
def test_an_unnamed_english_speaker_is_its_noun_phrase(text, mention, kind):
    got = quotes.extract(text, lang="en")[0]
    assert got.speaker.name is None
    assert (got.speaker.mention.text, got.speaker.type) == (mention, kind)
    assert text[got.speaker.mention.start:got.speaker.mention.end] == mention


def test_a_role_noun_opening_a_sentence_is_the_antecedent_of_a_later_pronoun():
    text = ("Губернатор области Олег Сидоренко приехал на завод во вторник.\n\n"
            "Ремонт затянулся из-за «нехватки деталей», пояснил директор завода Иван Крылов. "
            "Губернатор остался недоволен сроками. «Мы проверим каждый цех», — добавил он.")
    got = quotes.extract(text, lang="ru")
    assert [q.speaker.name for q in got if q.kind == "direct"] == ["Олег Сидоренко"]


@pytest.mark.parametrize("lang,text,kinds", [
    ("en", "“Yes,” said Ann Lee.", ["direct"]),
    ("en", "“The water,” Mayor Ann Lee said, “is safe to drink.”", ["direct", "direct"]),
    ("en", "(AP) “We will win,” said Mayor Tom Reyes.", ["direct"]),
    ("en", "He called it “a real disaster,” said Tom Reyes.", ["partial"]),
    ("uk", "(AP) «Ми переможемо», — сказав мер Іван Бондар.", ["direct"]),
    ("uk", "Вчора «Ми переможемо», — сказав мер Іван Бондар.", ["direct"]),
])
def test_whole_short_quotes_are_direct_whatever_comes_before(lang, text, kinds):
    assert [q.kind for q in quotes.extract(text, lang=lang)] == kinds


@pytest.mark.parametrize("lang,text,name,kind", [
    ("en", "“We will respond,” the Ministry of Defence said.", "Ministry of Defence", "organization"),
    ("en", "“Rates stay where they are,” the Bank of England said.", "Bank of England", "organization"),
    ("en", "“Release them now,” Amnesty International said.", "Amnesty International", "organization"),
])
def test_english_organisations_with_of(lang, text, name, kind):
    assert [(q.speaker.name, q.speaker.type) for q in quotes.extract(text, lang=lang)] == [(name, kind)]


@pytest.mark.parametrize("lang,text,role", [
    ("en", "“We agree,” said Maria Lopez, the city’s housing director.", "city’s housing director"),
    ("en", "Anna Reed met union leader David Cho on Tuesday. “We will meet again,” he added.", "union leader"),
    ("uk", "«Школа відкриється восени», — сказав Гнатюк, директор школи.", "директор школи"),
    ("uk", "Про це повідомив журналістам Михайло Шуневич. «Ми готові до зими», — сказав він.", None),
    ("ru", "Позже губернатор добавил: «Ремонт закончат к маю».", "губернатор"),
    ("ru", "Бывший губернатор добавил: «Ремонт закончат к маю».", "Бывший губернатор"),
])
def test_roles_are_the_role_words_only(lang, text, role):
    assert [q.speaker.role for q in quotes.extract(text, lang=lang)] == [role]


def test_a_passage_in_another_script_is_read_by_its_own_rules():
    text = ("“We will win,” said Mayor Tom Reyes at the meeting in the city hall on Friday.\n\n"
            "«Мы победим», — сказал мэр Сергей Иванов на встрече с жителями в пятницу вечером.\n\n"
            "“The talks went well,” Reyes added.")
    got = quotes.extract(text)
    assert [(q.text, q.speaker.name, q.lang) for q in got] == [
        ("We will win,", "Tom Reyes", "en"), ("Мы победим", "Сергей Иванов", "ru"), ("The talks went well,", "Tom Reyes", "en")]
    assert [q.utterance for q in got] == [0, 1, 2]
    assert all(text[q.start:q.end] == q.text for q in got)


def test_a_segment_named_through_its_utterance_is_inferred_not_unknown():
    text = "«Первая часть идёт здесь и продолжается долго.\n\n«Вторая часть заканчивает мысль», — сказал мэр Пётр Соколов."
    got = quotes.extract(text, lang="ru")
    assert [(q.speaker.name, q.confidence, q.rule) for q in got] == [
        ("Пётр Соколов", 0.6, "inherited"), ("Пётр Соколов", 0.9, "cue_after")]


@pytest.mark.parametrize("lang,text,name,role", [
    ("ru", "«Все службы работают», — сообщил пресс-секретарь Вячеслава Гладкова.", None, "пресс-секретарь Вячеслава Гладкова"),
    ("ru", "«Все службы работают», — сообщил пресс-секретарь мэра Олег Котов.", "Олег Котов", "пресс-секретарь мэра"),
    ("ru", "По словам губернатора Вячеслава Гладкова, «всё спокойно».", "Вячеслав Гладков", "губернатор"),
    ("uk", "За словами міністра освіти Михайла Шуневича, «школи готові до зими».", "Михайло Шуневич", "міністр освіти"),
])
def test_roles_before_names_in_ru_uk(lang, text, name, role):
    assert [(q.speaker.name, q.speaker.role) for q in quotes.extract(text, lang=lang)] == [(name, role)]


def test_a_noun_after_a_determiner_is_no_reporting_verb():
    got = quotes.extract("The company called the report “misleading” and “false”.", lang="en")
    assert [(q.text, q.kind, q.cue.text, q.speaker.mention.text) for q in got] == [
        ("misleading", "partial", "called", "The company"), ("false", "partial", "called", "The company")]


@pytest.mark.parametrize("lang,text,nested", [
    ("ru", "«Жители говорят мне: „Нам страшно“, и я их понимаю», — заявила глава района.", ["Нам страшно"]),
    ("ru", "«Мы читали „Войну и мир“ всю зиму», — сказала учительница.", []),
])
def test_a_capitalised_nested_quote_introduced_by_a_colon_is_speech(lang, text, nested):
    assert [q.text for q in quotes.extract(text, lang=lang) if q.kind == "nested"] == nested


def test_an_unattributed_answer_goes_to_the_next_person_the_narration_names():
    text = ("– А навіщо ви прийшли? – спитала Люба.\n"
            "– Погрітися! У мене вдома холодно.\n"
            "Люба засміялася, а Петренко зняв шапку.")
    assert [q.speaker.name for q in quotes.extract(text, lang="uk")] == ["Люба", "Петренко"]


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Олег Лапин заявил: «Все дороги открыты».", "Олег Лапин"),
    ("ru", "По словам Олега Стрельца, «мост откроют в мае».", "Олег Стрелец"),
    ("uk", "За словами Віталія Кравця, «міст відкриють у травні».", "Віталій Кравець"),
])
def test_surnames_that_are_also_common_words(lang, text, name):
    assert [q.speaker.name for q in quotes.extract(text, lang=lang)] == [name]


@pytest.mark.parametrize("lang,text,names", [
    ("ru", "Костя спросил:\n— Когда ты уедешь?", ["Костя"]),
    ("uk", "Остап сказав:\n— Я завтра поїду.", ["Остап"]),
    ("ru", "Дверь открылась, и вошёл Николай. Он снял шапку и огляделся.\n— Где все?\n"
           "Ольга подняла голову от книги.\n— Ушли на станцию.", ["Николай", "Ольга"]),
    ("ru", "Ирина поставила на стол миску.\n— Ешьте, — говорит.", ["Ирина"]),
    ("uk", "Оксана поставила на стіл миску.\n— Їжте, — каже.", ["Оксана"]),
])
def test_a_turn_after_narration_belongs_to_the_person_it_names(lang, text, names):
    assert [q.speaker.name for q in quotes.extract(text, lang=lang)] == names


@pytest.mark.parametrize("lang,text,names", [
    ("ru", "— Ты слышал? — спросила Лена.\n— Что?\n— Наташа выходит замуж, — сказала она.", ["Лена", None, "Лена"]),
    ("ru", "— Ты слышал? — спросила Лена Кирилла.\n— Что?\n— Я видела Петра вчера, — сказала она.", ["Лена", None, "Лена"]),
    ("uk", "— Де ти був? — спитав Остап Марію.", ["Остап"]),
])
def test_names_in_speech_and_objects_are_not_speakers(lang, text, names):
    assert [q.speaker.name if q.speaker else None for q in quotes.extract(text, lang=lang)] == names


def test_according_to_a_long_role_then_the_name():
    text = "За словами голови обласної адміністрації Віталія Гусака, «дороги відкриті»."
    assert [q.speaker.name for q in quotes.extract(text, lang="uk")] == ["Віталій Гусак"]


@pytest.mark.parametrize("text,name,role", [
    ("“We hold the line,” said Lt. Gen. Mark Stone.", "Mark Stone", "Lt. Gen."),
    ("“We agreed,” said Treasury Secretary Janet Marsh.", "Janet Marsh", "Treasury Secretary"),
    ("Gov. Robert Klein signed the bill. “This is a good day,” the governor said.", "Robert Klein", "Gov."),
])
def test_english_titles_and_the_roles_they_abbreviate(text, name, role):
    assert [(q.speaker.name, q.speaker.role) for q in quotes.extract(text, lang="en")] == [(name, role)]


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "У пресслужбі ДСНС заявили: «Рятувальники працюють на місці».", "пресслужба ДСНС"),
    ("ru", "В Кремле заявили: «Переговоры продолжаются».", "Кремль"),
    ("uk", "«Ворог атакував уночі», — повідомили у Повітряних силах.", "Повітряні сили"),
])
def test_organisations_in_a_place_phrase_speak_in_the_nominative(lang, text, name):
    assert [(q.speaker.name, q.speaker.type) for q in quotes.extract(text, lang=lang)] == [(name, "organization")]


@pytest.mark.parametrize("lang,text,cue", [
    ("uk", "— Петренко, до дошки! — наказав учитель.", "наказав"),
    ("ru", "— Открой дверь, — приказал Иван.", "приказал"),
    ("ru", "— А ты кто? — поинтересовалась Ирина.", "поинтересовалась"),
])
def test_more_speech_verbs_in_dialogue(lang, text, cue):
    assert [q.cue.text for q in quotes.extract(text, lang=lang)] == [cue]


@pytest.mark.parametrize("text,names", [
    ("“It was the worst storm,” said Frank Miller. His wife, Joan, added: “We lost two boats.”", ["Frank Miller", "Joan"]),
    ("Kirby, a spokesman for John Smith, said: “We agree with the plan.”", ["Kirby"]),
    ("“We have the votes,” Senate Majority Leader Mitch Conley, R-Ky., said.", ["Mitch Conley"]),
])
def test_a_name_set_off_by_commas_before_the_verb(text, names):
    assert [q.speaker.name for q in quotes.extract(text, lang="en")] == names


@pytest.mark.parametrize("text,name,kind", [
    ("“We will appeal,” Acme Corp. said in a statement.", "Acme Corp", "organization"),
    ("“Sales rose,” Northwind Motors said.", "Northwind Motors", "organization"),
    ("“No comment,” said the company’s lawyer, Tom Hale.", "Tom Hale", "person"),
])
def test_english_companies_and_their_people(text, name, kind):
    assert [(q.speaker.name, q.speaker.type) for q in quotes.extract(text, lang="en")] == [(name, kind)]


@pytest.mark.parametrize("lang,text,quote,name", [
    ("uk", "Опозиційна депутатка Лариса Мельник назвала це рішення «поспішним».", "поспішним", "Лариса Мельник"),
    ("ru", "Депутат Иван Орлов назвал это решение «поспешным и вредным».", "поспешным и вредным", "Иван Орлов"),
])
def test_called_it_a_quoted_word_is_a_partial_quote(lang, text, quote, name):
    assert [(q.text, q.kind, q.speaker.name) for q in quotes.extract(text, lang=lang)] == [(quote, "partial", name)]


def test_a_clause_ending_in_a_colon_introduces_the_next_quote():
    text = "Helen Park runs the shelter. Mark Evans said: “She is away.” Park herself said: “I am happy to talk.”"
    assert [q.speaker.name for q in quotes.extract(text, lang="en")] == ["Mark Evans", "Helen Park"]


def test_two_appositions_before_the_verb_lead_back_to_the_person():
    text = ("“It is an invasion of our domain,” Neil Warren, the attorney general of Kansas, one of the states "
            "suing the agency, said on Monday.")
    assert [q.speaker.name for q in quotes.extract(text, lang="en")] == ["Neil Warren"]


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Аналітики GreenWatch оприлюднили доповідь про ліси.\n\nДані зібрали за два роки.\n\n"
           "«Ліси гинуть швидше, ніж ми думали», - йдеться в доповіді.", "GreenWatch"),
    ("ru", "Министерство обороны опубликовало сообщение о ходе учений.\n\n«Учения идут по плану», — говорится в сообщении.",
     "Министерство обороны"),
    ("ru", "«Переговоры продолжаются», — говорится в сообщении.", None),
])
def test_a_document_speaks_for_whoever_issued_it(lang, text, name):
    got = quotes.extract(text, lang=lang)
    assert [q.speaker.name if q.speaker else None for q in got] == [name]


def test_an_unnamed_person_after_the_verb_is_the_mention():
    got = quotes.extract("— Зима, — пожала плечами жена.", lang="ru")
    assert [(q.speaker.name, q.speaker.mention.text, q.speaker.type) for q in got] == [(None, "жена", "person")]


def test_a_name_modifying_a_noun_is_no_antecedent():
    text = ("Maria Lind spoke in Denver on Monday.\n\n“We are worried,” said Nora Quist, a union organizer.\n\n"
            "Quists thinks the Lind team ignored rural towns for months.\n\n“That will cost them,” she said.")
    assert [q.speaker.name for q in quotes.extract(text, lang="en")] == ["Nora Quist", "Nora Quist"]


def test_a_pronoun_that_keeps_speaking_in_narration_stays_with_the_speaker():
    text = ("“Now is the time to plan,” said Tom Reyes, a former party chairman.\n\n"
            "Though the last change went smoothly, he said, a new one could bring lobbying by allies of Paul Granger "
            "and Neil Warren. That is why, he argued, the party must be ready.\n\n"
            "“This is a different time,” he said.")
    assert [q.speaker.name for q in quotes.extract(text, lang="en")] == ["Tom Reyes", "Tom Reyes"]


def test_a_press_office_quoting_someone_passes_on_their_words():
    text = ("Міністерство впроваджує Всеукраїнський електронний реєстр пацієнтів, заявив заступник міністра Роман Бондар.\n\n"
            "«Паперові картки відійдуть у минуле», - цитує прес-служба міністерства.")
    assert [q.speaker.name for q in quotes.extract(text, lang="uk")] == ["Роман Бондар"]


@pytest.mark.parametrize("lang,text,name,mention", [
    # a bare animate noun does not take a person named only as an object before it
    ("ru", "Гости расселись, и никто не смотрел на Карпова.\n— Прошу к столу, — сказала хозяйка, кивнув на Карпова.",
     None, "хозяйка"),
    ("uk", "Гості сіли, і ніхто не дивився на Сомова.\n— Прошу до столу, — сказала господиня, кивнувши на Сомова.",
     None, "господиня"),
    # but it does take the subject of the narration before it
    ("ru", "Семён поправил вожжи и оглянулся на Орлова.\n— Пора ехать, — сказал кучер.", "Семён", "кучер"),
    # and the person the text gave that title
    ("ru", "В гостиную вошла графиня Лисовская, а за ней граф Орлов.\n— Я рада вас видеть, — сказала графиня.",
     "графиня Лисовская", "графиня"),
])
def test_a_bare_noun_speaker_needs_a_subject_or_a_title_before_it(lang, text, name, mention):
    got = quotes.extract(text, lang=lang)[0]
    assert (got.speaker.name, got.speaker.mention.text, got.speaker.role, got.speaker.type) == (name, mention, mention, "person")
    assert text[got.speaker.mention.start:got.speaker.mention.end] == mention


@pytest.mark.parametrize("lang,text,names,mention", [
    # a plural noun subject before a plural reporting verb, past a place phrase; the clause introduces the next quote
    ("ru", "Тренер Олег Сомов крикнул: «Мы ещё вернёмся!», приехавшие на матч болельщики на трибуне ответили: "
           "«Мы с вами!».", ["Олег Сомов", None], "болельщики"),
    ("uk", "Ціни на житло ростуть. Інвестори кажуть: «Гроші люблять тишу».", [None], "Інвестори"),
    # a plural role after the verb is a group too, not one person to look for
    ("uk", "Голова громади Іван Бондар приїхав до села.\n\n«Ми проти», — відповіли мешканці села.", [None], "мешканці села"),
])
def test_a_plural_noun_subject_is_a_group_speaker(lang, text, names, mention):
    got = [q for q in quotes.extract(text, lang=lang) if q.kind == "direct"]
    assert [q.speaker.name for q in got] == names
    last = got[-1].speaker
    assert (last.type, last.mention.text) == ("group", mention)
    assert text[last.mention.start:last.mention.end] == mention


@pytest.mark.parametrize("lang,text,name,mention,role", [
    # the name belongs to the inner role: the one quoted serves that person and is unnamed
    ("ru", "Министр Павел Сомов выступил утром.\n\n«Мы глубоко потрясены этой новостью», — приводит Reuters слова "
           "представителя главы ВОЗ Карла Ландберга.", None, "представителя главы ВОЗ", "представитель главы ВОЗ"),
    ("uk", "Міністр Павло Сомов виступив уранці.\n\n«Ми не коментуємо чутки про відставку», — наводить агентство слова "
           "прес-секретаря президента Івана Бондаря.", None, "прес-секретаря президента", "прес-секретар президента"),
    # a role right before the name is that person's
    ("ru", "«Переговоры с соседями обязательно продолжатся», — приводит ТАСС слова официального представителя МИД "
           "Елены Корниловой.", "Елена Корнилова", "Елены Корниловой", "представитель МИД"),
    ("uk", "«Ми не коментуємо чутки про відставку», — наводить агентство слова Івана Бондаря.",
     "Іван Бондар", "Івана Бондаря", None),
])
def test_the_owner_of_relayed_words_speaks(lang, text, name, mention, role):
    got = [q for q in quotes.extract(text, lang=lang) if q.kind == "direct"]
    assert [(q.speaker.name, q.speaker.mention.text, q.speaker.role, q.speaker.type) for q in got] == [
        (name, mention, role, "person")]
    assert text[got[0].speaker.mention.start:got[0].speaker.mention.end] == mention


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Павел Орлов выступил на форуме в пятницу. В понедельник министр финансов обратился к депутатам. "
           "«Мы снизим налоги в следующем году», — заявил он. Ранее законопроект отклонил комитет, сообщил председатель "
           "комитета Игорь Лапин. Министр и сам не раз критиковал документ. «Я готов к диалогу с депутатами», — добавил он.",
     "Павел Орлов"),
    ("uk", "Павло Орлов виступив на форумі в п'ятницю. У понеділок міністр фінансів звернувся до депутатів. "
           "«Ми знизимо податки наступного року», — заявив він. Раніше законопроєкт відхилив комітет, повідомив голова "
           "комітету Ігор Лапін. Міністр і сам не раз критикував документ. «Я готовий до діалогу з депутатами», — додав він.",
     "Павло Орлов"),
])
def test_a_role_subject_not_held_by_the_last_named_person_goes_back_to_the_earlier_speaker(lang, text, name):
    assert [q.speaker.name for q in quotes.extract(text, lang=lang) if q.kind == "direct"] == [name, name]
