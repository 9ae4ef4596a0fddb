"""Russian and Ukrainian person names: capitalised runs checked against pymorphy3, with roles, honorifics and
nicknames.
"""
from __future__ import annotations

from dataclasses import replace
from types import ModuleType
from typing import Dict, List, Optional, Set, Tuple

import regex

from . import agreement, morph
from .declension import (PERSON_TAGS, capitalise, derived_patronymic, from_genitive, name_parse, nominative, plural_name_only,
                         surname_gender, surname_in_case)
from .name_clues import (DIMINUTIVES, NAME_AFTER_WORDS, SURNAME_SUFFIXES, after_first_name, after_genitive_noun,
                         capitals_surname, common_reading, folk_role_word, foreign_after_person_noun,
                         known_first_name, looks_like_surname, opening_word, outside_first_and_surname,
                         place_after_preposition, plural_name_reading, plural_subject_of_verb, undictionaried_first_name,
                         verb_follows)
from .names import Name, cap_runs, prev_token, word_one_space_before
from .not_names import (AND_WORDS, after_a_place, common_subject, noun_follows, not_a_name, one_person, unknown_word,
                        written_in_lower_case)
from .patterns import compile_later
from .tokens import NEXT_WORD, Token, new_token, tokenize

# Forms of address that are no part of a first name (`панна Ярина`); ranks and clergy (`отець Мирон`) stay.
COURTESY_TITLES = frozenset("пан пані панна панич добродій добродійка господин госпожа мадам мадемуазель мсье месье "
                            "мистер миссис пани".split())


_SENIORITY = compile_later(r"(?<=\p{Ll})-(?:старш|младш|молодш)\p{Ll}*$")  # father or son of that surname


def _without_seniority(name: Name) -> Name:
    """`Морель-старший`, `Иванов-младший`: the father or the son of that surname, named by the surname alone."""
    m = _SENIORITY.search(name.text)
    if m is None or name.type == "organization":
        return name
    cut = len(name.text) - m.start()
    canon = _SENIORITY.sub("", name.canon)
    return replace(name, end=name.end - cut, text=name.text[:m.start()], canon=canon, key=_SENIORITY.sub("", name.key), hint=True)


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0“\"‘«—–":
        i -= 1
    return i < 0 or text[i] in ".!?\n:…"


def cyrillic_names(text: str, lang: ModuleType, end: Optional[int] = None) -> List[Name]:
    """Runs of capitalised words that pymorphy3 reads as first names, surnames or patronymics, up to ``end``."""
    code = lang.CODE
    out: List[Name] = []
    doubtful: List[List[Token]] = []

    def joinable(text: str, prev: Token, t: Token, run: List[Token]) -> bool:
        return t.start - prev.end == 1 and text[prev.end] in " \u00a0" and len(run) < 4

    for whole in cap_runs(text, joinable, end):
        k = 0
        while k < len(whole):
            while k < len(whole) and (not_a_name(code, whole[k].text, _sentence_initial(text, whole[k].start)) or (whole[k].text.isupper() and (len(whole[k].text) < 3 or k == 0))):
                k += 1
            run = []
            for t in whole[k:]:
                if not_a_name(code, t.text, _sentence_initial(text, t.start)):
                    break
                run.append(t)
            k += max(1, len(run))  # past a word that is no name, the rest may be one (`Студентка МГУ Ксения Фомичёва`)
            found = [_without_seniority(n) for n in _cyrillic_run(text, run, code, lang)] if run else []
            out.extend(found)
            if not found and len(run) == 1 and _sentence_initial(text, run[0].start):
                doubtful.append(run)
    if agreement.on(lang):
        out = _named_again(text, code, lang, out, end)
    out = _named_elsewhere(text, code, lang, out, doubtful)
    return _with_nicknames(text, code, _surname_comma_name(text, out), end)


def _surname_comma_name(text: str, names: List[Name]) -> List[Name]:
    """`Кречетов, Аполлон Егорович,` (a surname, then the first name and patronymic set off after it) is one person:
    Аполлон Егорович Кречетов, known by the surname."""
    out: List[Name] = []
    for n in names:
        prev = out[-1] if out else None
        if prev is not None and n.patronymic and prev.type == "person" and " " not in prev.text and prev.first is None \
                and text[prev.end:n.start] == ", " and not n.text.startswith(prev.text) and text[n.end:n.end + 1] in ",.;—–\n":
            out[-1] = replace(n, start=prev.start, text=text[prev.start:n.end], canon=f"{n.canon} {prev.canon}", key=prev.key,
                              gender=n.gender or prev.gender, hint=True, patronymic=False)
            continue
        out.append(n)
    return out


def _named_elsewhere(text: str, code: str, lang: ModuleType, names: List[Name], doubtful: List[List[Token]]) -> List[Name]:
    """Sentence-opening words left out because a common-noun reading was likelier (`Левашов знал …`), taken
    back as names when the document names a person with that word elsewhere."""
    keys = {n.key for n in names if n.type == "person"}
    taken = {n.start for n in names}  # already taken back in the form named mid-sentence (agreement.named_again)
    back = [name for run in doubtful if run[0].start not in taken and ((p := name_parse(code, run[0].text)) and p[1] or run[0].text.lower()) in keys
            for name in _cyrillic_run(text, run, code, lang, keys)]
    return sorted(names + back, key=lambda n: n.start) if back else names


def _named_again(text: str, code: str, lang: ModuleType, names: List[Name], end: Optional[int]) -> List[Name]:
    """Add the sentence-opening words the text names someone with mid-sentence (see agreement.named_again)."""
    added = []
    for s, e, first in agreement.named_again(text, names, end):
        run = [new_token(Token, (s, e, text[s:e]))]
        name = _cyrillic_name(text, run, [("Surn", first.key, frozenset())], code, lang, {"m": "masc", "f": "femn"}.get(first.gender or ""))
        name.canon, name.key = first.canon, first.key  # the same word: the same nominative
        added.append(name)
    return sorted(names + added, key=lambda n: n.start) if added else names


_NICKNAME_CUE = compile_later(
    r"\b(?:(?:якого|якої|которого|которой|кого|його|її|его|ее|её)\b[^.!?\n«»]{0,40}?\b"
    r"(?:звали|звуть|зовут|прозвали|називали|называли|кликали|прозивали)|(?:на|по)[ \u00a0]+"
    r"(?:прізвисько|прізвиську|прозвищу|прозвище|кличці|кличку|кличке))[ \u00a0]+(\p{Lu}\p{Ll}+)")


def _with_nicknames(text: str, code: str, names: List[Name], end: Optional[int]) -> List[Name]:
    """Names with the nicknames the text gives people (`Панас Коломієць, якого звали Шпаком`, `по прозвищу
    Сова`) marked as theirs; a nickname the dictionary reads as a common noun is added as a name."""
    starts = {n.start: n for n in names}
    added: List[Name] = []
    for m in _NICKNAME_CUE.finditer(text, 0, len(text) if end is None else end):
        owner = next((n for n in reversed(names) if n.end <= m.start() and n.type == "person"
                      and not regex.search(r"[.!?\n]", text[n.end:m.start()])), None)
        if owner is None:
            continue
        s, e = m.span(1)
        nick = starts.get(s)
        if nick is None:
            canon = capitalise(_nickname_nominative(code, m.group(1)))
            nick = Name(s, e, m.group(1), canon, canon.lower(), None, owner.gender, "person", hint=True)
            added.append(nick)
        nick.nickname_of = owner
    return sorted(names + added, key=lambda n: n.start) if added else names


def _nickname_nominative(code: str, word: str) -> str:
    """A nickname in the instrumental or accusative (`Шпаком`) as its noun's nominative (`шпак`)."""
    for normal, grams, _s in morph.parses(code, word.lower()):
        if "NOUN" in grams and "plur" not in grams:
            return normal
    return word.lower()


def _cyrillic_run(text: str, run: List[Token], code: str, lang: ModuleType, keys: Set[str] = frozenset()) -> List[Name]:
    settlement = word_one_space_before(text, run[0].start)
    if settlement is not None and settlement.text.lower() in getattr(lang, "SETTLEMENT_NOUNS", ()):
        return []  # `уехала в посёлок Пестяки`: the village's name
    if settlement is not None and len(run) >= 3 and settlement.text.lower() in getattr(lang, "SETTLEMENT_GENITIVES", ()):
        run = run[1:]  # `посёлка Карагайла Лада Турчанинова`: the village, then the woman
    initial = _sentence_initial(text, run[0].start)
    described = None
    if initial and len(run) > 1 and agreement.on(lang) and agreement.describes(code, run[0].text, run[1].text):
        described, run, initial = run[0], run[1:], False  # `Стара Лободиха вийшла`: an old woman named Лободиха
    parsed = [name_parse(code, w.text) for w in run]
    if len(run) == 2 and parsed[1] is not None and parsed[1][0] in ("Name", "Surn") and folk_role_word(lang, run[0].text):
        described, run, parsed, initial = run[0], run[1:], parsed[1:], False  # `Дяк Пантелеймон`, `Дяк Юхимець`: the deacon
    if initial and len(run) > 1 and opening_word(code, run[0].text) and (
            parsed[0] is None or run[0].text.lower() in lang.PREPOSITIONS):  # `Из Лиона?`: no `Иза`
        run, parsed, initial = run[1:], parsed[1:], False  # `Вечером Ступин написал`: the adverb opens the sentence
    if initial and parsed[0] is not None and len(run) == 1:
        # A capitalised word opening a sentence is a name only if that reading is as likely as any, or names someone elsewhere.
        ps = morph.parses(code, run[0].text)
        best_name = max((sc for _, g, sc in ps if any(tag in g for tag in PERSON_TAGS)), default=0.0)
        weather = run[0].text.lower() in getattr(lang, "WEATHER_NOUNS", ())  # `Вітер доносив`: the wind, not Mr Вітер
        weather = weather or run[0].text.lower() in getattr(lang, "NOT_NAMES_OPENING", ())  # `– Нема, – сказав він`
        weather = weather or common_subject(ps) or any({"CONJ", "PRCL", "PREP", "INTJ", "PRED"} & g for _n, g, _s in ps)  # `Ані слова`, `Нема,`
        folk = run[0].text.lower() in getattr(lang, "FOLK_ROLES", ()) and \
            regex.search(r"(?<!\w)" + regex.escape(run[0].text.lower()) + r"(?!\w)", text) is not None  # `спитав дяк` … `Дяк довго дивився`
        if ps and (best_name < ps[0][2] or weather) and parsed[0][1] not in keys or written_in_lower_case(text, run[0].text, ps) or folk:
            parsed[0] = None  # `Кошовий звелів …` after `до кошового Степана`: the noun, not a surname
        if parsed[0] is not None and NAME_AFTER_WORDS.match(text, run[0].end) and any(
                "NOUN" in g and not {"Name", "Surn", "Patr"} & g for _n, g, _s in ps):
            parsed[0] = None  # `Кухар полтавського ресторану Альфред ГАПЕЙ купує`: the cook is Альфред ГАПЕЙ
    if not any(parsed) and len(run) == 1 and run[0].text.lower() in keys:
        parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `Ливанов проводил его`: read as `of Ливаны`, named so elsewhere
    if not any(parsed):
        if not initial and len(run) == 1 and surname_gender(run[0].text) and not noun_follows(text, run[0], code):
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `а Заворотський стояв`, not `Київський університет`
        elif initial and len(run) == 2 and agreement.on(lang) and surname_gender(run[1].text) and not noun_follows(text, run[1], code) \
                and any({"NOUN", "anim"} <= g for _n, g, _s in morph.parses(code, run[0].text.lower())):
            described, run, initial = run[0], run[1:], False  # `Баба Сокириха не втерпіла`: an old woman named Сокириха
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]
        elif initial and len(run) == 1 and run[0].text.lower().endswith(("иха", "їха")) and len(run[0].text) > 6 \
                and (not morph.known(code, run[0].text.lower())
                     or regex.search(r"(?<!\w)" + regex.escape(run[0].text[:-3]) + r"(?!иха|їха)\w", text) is not None) \
                and not written_in_lower_case(text, run[0].text, morph.parses(code, run[0].text.lower())):
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `Штефаниха довго дивилася`: Штефан's wife (`Кабаниха`, Кабанець's), not `Пловчиха`
        elif code == "ru" and initial and len(run) == 1 and text[run[0].end:run[0].end + 1] == "," and unknown_word(code, run[0].text) \
                and text[:run[0].start].rstrip()[-1:] in ("—", "–", "«", "„", "“") and run[0].text[-1:].lower() in "аяоеюуі":
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `— Луша, не болтай`: a name called first in a turn (uk calls
            # by vocatives of nouns too: `– Паничко, …`)
        elif initial and len(run) == 1 and run[0].text.lower().endswith(DIMINUTIVES) and unknown_word(code, run[0].text) \
                and verb_follows(text, run[0], code):
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `Сержик шел впереди`: a pet name no dictionary has
        elif initial and len(run) == 1 and run[0].text.lower().endswith(SURNAME_SUFFIXES[:5]) and len(run[0].text) > 5 \
                and unknown_word(code, run[0].text) and not written_in_lower_case(text, run[0].text, morph.parses(code, run[0].text.lower())):
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `Зяблов, ехавший …`: a word in -ов no dictionary knows
        elif len(run) == 1 and run[0].text.lower().endswith(SURNAME_SUFFIXES[:5]) and plural_subject_of_verb(text, run[0], code):
            parsed = [("Surn", run[0].text.lower(), frozenset({"Surn"}))]  # `Тверитинов стоял`: not `of the тверитины`
    if len(run) == 1 and regex.search(r"(?:ськ|цьк|зьк|ск|цк)(?:ий|ый|ой|ого|ому|им|ім|ом|ая|ої|ій|ую|у|ою|ее|ое|ої)$", run[0].text.lower()) \
            and noun_follows(text, run[0], code):
        return []  # `у прес-службі Ізмаїльської митниці`, `Полтавській області`: an adjective of a place, not a woman
    if not any(parsed) and initial and len(run) == 3 and any(
            {"NOUN", "anim", "nomn"} <= g and not {"Name", "Surn", "Patr"} & g for _n, g, _s in morph.parses(code, run[0].text.lower())[:1]):
        described, run, parsed, initial = run[0], run[1:], parsed[1:], False  # `Туристка Эгле Вайткуте попала`
    if not any(parsed) and len(run) >= 3 and place_after_preposition(text, code, run[0]):
        run, parsed, initial = run[1:], parsed[1:], False  # `Туристка из Клайпеды Эгле Вайткуте`: the city, then the woman
    if not any(parsed):
        if not initial and len(run) <= 2 and (all(unknown_word(code, w.text) for w in run)
                                              or foreign_after_person_noun(text, code, run)):
            name = _cyrillic_name(text, run, [None] * len(run), code, lang)
            name.honorific = _honorific(text, run[0], code, lang)
            return [name]
        return []
    while run and parsed[0] is None and len(run) > 1 and (
        initial or not unknown_word(code, run[0].text) or (parsed[1] is not None and parsed[1][0] == "Name")
    ) and not (not initial and undictionaried_first_name(code, lang, run, parsed)) \
            and not (len(run) == 2 and parsed[1] is not None and parsed[1][0] == "Patr" and not folk_role_word(lang, run[0].text)
                     and not opening_word(code, run[0].text)):  # `Текуса Евграфовна`: a first name, though read as a place
        run.pop(0)
        parsed.pop(0)
        initial = False
    while run and parsed[-1] is None and not unknown_word(code, run[-1].text) and not (
        len(run) > 1 and (looks_like_surname(lang, run[-1].text) or derived_patronymic(code, run[-1].text)
                          or after_first_name(code, run, parsed) or capitals_surname(run))
    ):
        run.pop()
        parsed.pop()
    if not run:
        return []
    if len(run) >= 3 and _case_break(code, run[0].text, run[1].text):
        run, parsed = run[1:], parsed[1:]  # `адвокат Алёхиной Оксана Дарова`: Алёхиной belongs to `адвокат`
    role_word = None
    if len(run) == 3 and outside_first_and_surname(code, run, parsed):
        role_word = run[0] if initial and common_reading(code, run[0].text) else None  # `Кошовий Остап Дзюба`
        run, parsed = run[1:], parsed[1:]  # `Защитник Петрова Анна Зуева`: Петрова is the lawyer's client
    if len(run) == 2 and _object_follows(code, run[0].text, run[1].text):
        run, parsed = run[:1], parsed[:1]  # `спросила Лена Кирилла`: she asked him
    for k in range(1, len(run)):
        if parsed[k - 1] is not None and parsed[k - 1][0] == "Name" and (parsed[k] is None or parsed[k][0] != "Patr") \
                and derived_patronymic(code, run[k].text):
            parsed[k] = ("Patr", run[k].text.lower(), frozenset({"Patr"}))
    if len(run) == 3 and parsed[2] is not None and parsed[2][0] == "Patr" and (parsed[1] is None or parsed[1][0] != "Name"):
        as_name = [p for p in morph.parses(code, run[1].text) if "Name" in p[1]]
        if as_name:  # `Степанчук Ганна Петрівна`: surname, first name, patronymic
            parsed[1] = ("Name", as_name[0][0], as_name[0][1])
    if len(run) > 1 and parsed[0] is not None and parsed[0][0] == "Surn" and "nomn" not in parsed[0][2]:
        as_name = [p for p in morph.parses(code, run[0].text) if {"Name", "nomn"} <= p[1]]
        if as_name:  # `Ганна Литвин`: a first name, not the genitive of a surname `Ганн`
            parsed[0] = ("Name", as_name[0][0], as_name[0][1])
    after = NEXT_WORD.match(text, run[-1].end)
    if len(run) == 1 and after is not None and after.group(1).lower() in lang.PLACE_NOUNS:
        return []
    before = word_one_space_before(text, run[0].start)
    if len(run) == 1 and not one_person(code, run[0].text, before is not None and before.text.lower() in lang.PREPOSITIONS):
        return []  # `до Львова`: a city; `Прохоровы`: a family
    if len(run) == 1 and before is not None and before.text.lower() in AND_WORDS and after_a_place(text, code, before.start):
        return []  # `з Харкова та Луцька`: a second city
    hint = None
    if agreement.on(lang):  # `Калинович саме скінчив`: a man; `сиділа Олімпія Ціпановська`: a woman
        hint = (None if len(run) == 1 and code == "ru" and after_genitive_noun(text, code, run[0])  # `купца Подкидышева вошла
                else agreement.subject_gender(text, code, run[0].start, run[-1].end)) or \
            ("femn" if len(run) > 1 and surname_gender(run[-1].text) == "femn" else None) or \
            ("femn" if morph.woman_by_surname(code, [w.text for w in run]) else None) or \
            ("femn" if len(run) > 1 and run[-1].text.lower().endswith(("ова", "ева", "ёва", "ина", "ына"))
             and verb_follows(text, run[-1], code) else None)  # `Асия Ситдикова говорит`: the subject, so her nominative
    name = _cyrillic_name(text, run, parsed, code, lang, hint)
    name.agreed = hint is not None
    name.role, name.role_start = _cyrillic_role(text, run[0], code, lang)
    role_word = role_word or described
    if name.role is None and role_word is not None:
        name.role, name.role_start = role_word.text.lower(), role_word.start
    name.honorific = _honorific(text, run[0], code, lang)
    if name.honorific and name.gender is None:  # `мадам Шталь` is a woman
        genders = {x for _, g, _ in morph.parses(code, name.honorific) for x in ("masc", "femn") if x in g}
        title_gender = genders.pop() if len(genders) == 1 else None
        name.gender = {"masc": "m", "femn": "f"}.get(title_gender or "")
        if title_gender and len(run) == 1 and parsed[0] is not None and parsed[0][0] == "Surn":
            name.canon = nominative(code, run[0].text, "Surn", title_gender)  # `княгини Столбиной`: Столбина
            name.key = name.canon.lower()
    if name.honorific in COURTESY_TITLES and len(run) == 1 and known_first_name(code, run[0].text):
        name.role = name.role or name.honorific  # `панна Ярина` is Ярина; only a lone surname keeps `пані`
        name.honorific = None
    return [name]


def _cyrillic_role(text: str, first: Token, code: str, lang: ModuleType) -> Tuple[Optional[str], Optional[int]]:
    """Role words before a name: `глава региона`, `руководитель движения «Чистый берег!»`."""
    tokens = tokenize(text, max(0, first.start - 80), first.start) + [first]
    index = len(tokens) - 1
    found: Optional[int] = None
    head_grams: frozenset = frozenset()
    for k in range(index - 1, max(-1, index - 6), -1):
        gap = text[tokens[k].end:tokens[k + 1].start]
        if any(c in gap for c in ".,;:?()\n—–"):
            break
        every = morph.parses(code, tokens[k].lower)
        if every and "VERB" in every[0][1]:
            break  # `горничная Дуня подала барыне Анне Львовне`: the barynya is no maid
        parses = [(n, g) for n, g, _ in every
                  if (_role_lemma(lang, n) and "NOUN" in g or _substantive_role(lang, tokens[k].lower, g)) and "plur" not in g]
        # not `повідомив журналістам`
        if parses:
            found, head_grams = k, parses[0][1]
            if any(morph.is_nominative(g) for _n, g in parses):
                break  # `пресс-секретарь мэра Олег Котов`: from the role in the nominative
    if found is None:
        return None, None
    head = tokens[found].text
    found = _role_adjectives(text, tokens, found, code)
    start = tokens[found].start
    role = text[start:first.start].strip(" \u00a0")
    if not any(morph.is_nominative(g) for _n, g, _s in morph.parses(code, head.lower())) and role.startswith(head):
        nominative_head = morph.inflect_nominative(code, head.lower(), ("NOUN",), None) \
            or morph.inflect_nominative(code, head.lower(), ("ADJF" if "ADJF" in head_grams else "PRTF",),
                                        "femn" if "femn" in head_grams else "masc")
        if nominative_head:  # `по словам губернатора Гладкова`: role `губернатор`
            role = (nominative_head if head[:1].islower() else capitalise(nominative_head)) + role[len(head):]
    return role, start


_NOBLE_TITLES = frozenset("князь княгиня княжна граф графиня барон баронесса баронеса".split())


def _role_lemma(lang: ModuleType, lemma: str) -> bool:
    """A role or a rank, or a compound ending in one (`штабс-капитан`, `прапорщик`)."""
    ranks = getattr(lang, "RANKS", frozenset()) - COURTESY_TITLES - _NOBLE_TITLES  # a title is an honorific, not a role
    return lemma in lang.ROLE_LEMMAS or lemma in ranks or "-" in lemma and lemma.rsplit("-", 1)[1] in lang.ROLE_LEMMAS | ranks


def _substantive_role(lang: ModuleType, word: str, grams: frozenset) -> bool:
    """An adjective or participle standing for a role noun (`управляющего Кондратия`, `чергового Сидора`)."""
    return bool({"ADJF", "PRTF"} & grams) and any(word.startswith(stem) for stem in getattr(lang, "SUBSTANTIVE_ROLES", ()))


def _role_adjectives(text: str, tokens: List[Token], k: int, code: str) -> int:
    """The first of the nominative adjectives right before a role noun (`головний тренер`, `Старший тренер`)."""
    while k > 0 and text[tokens[k - 1].end:tokens[k].start] == " ":
        top = morph.parses(code, tokens[k - 1].lower)[:1]
        if not top or not ({"ADJF", "PRTF"} & top[0][1]) or not morph.is_nominative(top[0][1]):
            break
        k -= 1
    return k


def _case_break(code: str, word: str, next_word: str) -> bool:
    """True when ``word`` can't be nominative but ``next_word``, a first name, can: two names, not one."""
    first = morph.parses(code, word)
    second = morph.parses(code, next_word)
    return bool(first) and sum(score for _, g, score in first if "nomn" in g) < 0.2 \
        and any("Name" in g and "nomn" in g for _, g, _ in second)


def _object_follows(code: str, word: str, next_word: str) -> bool:
    """A first name in the nominative, then a first name that can't be one: two people (`Лена Кирилла`)."""
    first = morph.parses(code, word)
    second = morph.parses(code, next_word)
    return any("Name" in g and "nomn" in g for _, g, _ in first) and bool(second) and not plural_name_only(code, next_word) \
        and not any("nomn" in g for _, g, _ in second) and any("Name" in g for _, g, _ in second)


def _honorific(text: str, first: Token, code: str, lang: ModuleType) -> Optional[str]:
    """The form of address right before a name, in the nominative (`пана` → `пан`), or None."""
    before = prev_token(text, first.start)
    if before is None or text[before.end:first.start] not in (" ", "\u00a0"):
        return None
    low = before.text.lower()
    parses = morph.parses(code, low)
    if parses and all("voct" in grams for _, grams, _ in parses):
        return None  # `Пане Кравець!` addresses him; it is not how the text names him
    if low in lang.HONORIFICS:
        return low
    return next((normal for normal, grams, _ in parses if normal in lang.HONORIFICS and "NOUN" in grams), None)


def _cyrillic_name(text: str, run: List[Token], parsed: list, code: str, lang: ModuleType, gender_hint: Optional[str] = None) -> Name:
    genders: Set[str] = set()
    known = [not unknown_word(code, w.text) for w in run]
    for k in sorted(range(len(run)), key=lambda k: not known[k]):  # dictionary words first; guesses only narrow
        w, p = run[k], parsed[k]
        if p is not None and p[0] == "Surn" and len(run) > 1 and k == len(run) - 1 and morph.epicene_surname(w.text):
            continue  # `Еніке ЛЕНДЄЛ`, `Ольга Ковальчук`: a surname ending in a consonant is a woman's too, undeclined
        if p is not None and (known[k] or len(genders) > 1):
            g = {x for _, grams, _ in morph.parses(code, w.text) if any(t in grams for t in PERSON_TAGS) and "plur" not in grams
                 for x in ("masc", "femn") if x in grams}  # not `Ревмир` as `of the Ревмиры`, a woman's plural
            genders = g if not genders else (genders & g or genders)
    before = word_one_space_before(text, run[0].start)
    after_genitive = code == "ru" and before is not None and not before.text[:1].isupper() and any(
        "gent" in g and "NOUN" in g for _, g, _ in morph.parses(code, before.text.lower()))
    agreed = _oblique_agreement(code, run, parsed, after_genitive)
    gender = gender_hint or (next(iter(genders)) if len(genders) == 1 else None) or (agreed and agreed[0]) \
        or surname_gender(run[-1].text) or _patronymic_gender(run, parsed)
    canon_words = [nominative(code, w.text, p[0] if p else None, gender) for w, p in zip(run, parsed)]
    if len(run) > 1 and parsed[0] is not None and parsed[0][0] == "Name" and (
            _only_nominative(code, run[0].text) or canon_words[0] == run[0].text and plural_name_reading(code, run[0].text)
            and any(morph.is_nominative(g) for _n, g, _s in morph.parses(code, run[-1].text.lower()))) \
            and (parsed[-1] is None or parsed[-1][0] == "Surn"):
        canon_words[-1] = run[-1].text  # `стояв Хома Лемішка`: a first name that can only be nominative says the surname is too
    elif len(run) > 1 and parsed[-1] is None and capitals_surname(run) and canon_words[0] == run[0].text:
        canon_words[-1] = run[-1].text  # `Тудор КАРАДЖА`: a first word as written, so the unknown surname too
    if agreed is not None and agreed[0] == gender and parsed[-1] is not None and parsed[-1][0] == "Surn":
        canon_words[-1] = surname_in_case(code, run[-1].text, agreed) or canon_words[-1]
    if after_genitive and len(run) == 1 and gender_hint is None and run[0].text.lower().endswith(("ова", "ева", "ёва", "ина", "ына")) \
            and before.text.lower() not in getattr(lang, "PREPOSITIONS", ()):
        canon_words[-1], gender = run[0].text[:-1], "masc"  # `У судьи Пузырёва`: his genitive (hers would be `Пузырёвой`)
    said_by = _ACCORDING.search(text, max(0, run[0].start - 80), run[0].start)
    if said_by is not None:  # `по словам заведующей Сарданы Эверстовой`: genitive, whatever the guesser says
        gender = _genitive_reading(code, run, said_by.group(1)) or gender
        canon_words = [from_genitive(code, w.text, {"masc": "m", "femn": "f"}.get(gender or "")) if c == w.text else c
                       for w, c in zip(run, canon_words)]
    first = None
    key = canon_words[-1].lower()
    if len(run) > 1 and parsed[0] is not None and parsed[0][0] == "Name":
        first = canon_words[0].lower()
    elif len(run) == 3 and parsed[1] is not None and parsed[1][0] == "Name" and parsed[2] is not None and parsed[2][0] == "Patr":
        first, key = canon_words[1].lower(), canon_words[0].lower()  # `Рудь Петро Володимирович`: surname first
    elif len(run) == 2 and (parsed[0] is None or parsed[0][0] == "Surn") and (parsed[1] is None or parsed[1][0] == "Surn"):
        first = canon_words[0].lower()  # `Грицько Моторний`: a first name the dictionary lacks
    return Name(
        start=run[0].start,
        end=run[-1].end,
        text=text[run[0].start:run[-1].end],
        canon=" ".join(canon_words),
        key=key,
        first=first,
        gender={"masc": "m", "femn": "f"}.get(gender or ""),
        type="person",
        hint=any(p is not None and p[0] in ("Name", "Patr") for p in parsed),
        patronymic=len(run) == 2 and first is not None and parsed[-1] is not None and parsed[-1][0] == "Patr",
    )


_ACCORDING = compile_later(r"(?i)(?:по словам|за словами|со слов|зі слів)((?:[ \u00a0]+\p{Ll}[\p{L}-]*){0,5})[ \u00a0]+$")


def _patronymic_gender(run: List[Token], parsed: list) -> Optional[str]:
    """`femn`/`masc` from a patronymic's ending (`Виринея Агапитовна`: a woman, so not `of Вириней`)."""
    for w, p in zip(run, parsed):
        if p is not None and p[0] == "Patr":
            low = w.text.lower()
            return "femn" if low.endswith(("вна", "чна", "на")) else "masc" if low.endswith(("ич", "ича", "ичу", "ичем")) else None
    return None


def _genitive_reading(code: str, run: List[Token], role: str) -> Optional[str]:
    """`masc`/`femn`: the one gender every word of a genitive name reads in, else that of its role's first word."""
    genders = {"masc", "femn"}
    for w in run:
        fits = {x for _n, g, _s in morph.parses(code, w.text.lower()) if "gent" in g and {"Name", "Surn", "Patr"} & g
                for x in ("masc", "femn") if x in g}
        genders &= fits or genders
    if len(genders) == 1:
        return genders.pop()
    words = role.split()
    top = morph.parses(code, words[0].lower())[:1] if words else ()
    return next((x for x in ("masc", "femn") if top and x in top[0][1]), None)


def _only_nominative(code: str, word: str) -> bool:
    """A first name every singular reading of which is nominative (`Хома`, `Мария`; not `Ивана`, `Олесі`)."""
    readings = [g for _n, g, _s in morph.parses(code, word.lower()) if "Name" in g and "plur" not in g]
    return bool(readings) and all("nomn" in g for g in readings)


def _oblique_agreement(code: str, run: List[Token], parsed: list, after_genitive: bool = False) -> Optional[Tuple[str, str]]:
    """(gender, case) in which a first name and the surname ending the run agree, when the likelier agreeing
    reading is oblique (`Геннадия Смирнова`, `Юрія Гайдука`: his genitive, not a woman's nominative), or as
    likely and a genitive noun comes before (`продюсера картины Рината Хабибуллина`; ru only: the uk
    dictionary weighs every reading alike, so a tie says nothing there)."""
    if len(run) < 2 or parsed[0] is None or parsed[0][0] != "Name" or parsed[-1] is None or parsed[-1][0] != "Surn":
        return None
    last = {(x, c) for _n, g, _s in morph.parses(code, run[-1].text) for x in ("masc", "femn") if x in g
            for c in g & morph.CASES}
    weights: Dict[Tuple[str, str], float] = {}
    for _n, g, score in morph.parses(code, run[0].text):
        if "Name" not in g or "plur" in g:
            continue
        for reading in {(x, c) for x in ("masc", "femn") if x in g for c in g & morph.CASES} & last:
            weights[reading] = weights.get(reading, 0.0) + score
    oblique = [(w, r) for r, w in weights.items() if r[1] != "nomn"]
    if not oblique:
        return None
    weight, reading = max(oblique)
    nominative = sum(w for r, w in weights.items() if r[1] == "nomn")
    if weight < nominative or (weight == nominative and not after_genitive):
        return None
    return reading
