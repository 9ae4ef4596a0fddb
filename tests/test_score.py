"""Scorer: span matching, name comparison, and P/R/F1 pinned on tests/data/gold-small.jsonl."""
import json
import os

import pytest

from quotes.score import (
    match, name_tokens, overlaps_enough, read_jsonl, score, signature, speaker_ok, stem_equal, surname,
)

GOLD = os.path.join(os.path.dirname(__file__), "data", "gold-small.jsonl")


def _span(text, s, kind="direct", name=None):
    i = text.index(s)
    sp = {"name": name, "mention": None, "role": None, "type": "person"} if name else None
    return {"text": s, "start": i, "end": i + len(s), "kind": kind, "speaker": sp}


def predictions():
    """Hand-made predictions that exercise every rule of the scorer (see comments)."""
    docs = {d["id"]: d["text"] for d in read_jsonl(GOLD)}
    en, ru, uk1, uk2 = docs["en-1"], docs["ru-1"], docs["uk-1"], docs["uk-2"]
    off_by_one = _span(en, "Traffic will ease,", name="Jane Ortiz")
    off_by_one["end"] -= 1
    return {
        "en-1": [
            _span(en, "It is a good day for the city,", name="Jane Ortiz"),  # TP; gold "Ortiz" as written
            off_by_one,  # TP, not exact; gold resolved "Jane Ortiz"
            _span(en, "We waited years,", name="Jane Ortiz"),  # TP; gold "he" unresolved: not judged
            _span(en, "costly detour", kind="partial"),  # overlaps mixed_quotes: don't care
            _span(en, "bridge", kind="other"),  # kind other: ignored
        ],
        "ru-1": [
            _span(ru, "Ремонт закончим к осени", name="Иван Петров"),  # TP
            _span(ru, "к осени", kind="nested"),  # nested inside a matched gold quote: ignored
            _span(ru, "Денег хватит", name="Ольга Смирнова"),  # TP; gold "Ольги Смирновой" compared by stem
            _span(ru, "посетил школу"),  # FP
        ],
        "uk-1": [
            _span(uk1, "Куди ти йдеш?"),  # TP, no predicted speaker: wrong
            _span(uk1, "До лісу, — відповів Петро", name="Петро"),  # < half of the prediction: FP + FN
        ],
        "uk-2": [_span(uk2, "Свято вдалося", name="Петро Рудь")],  # surname right, full name not
        "nope": [],
    }


def test_pinned_scores_on_small_gold():
    report = score(read_jsonl(GOLD), predictions())
    d = report.to_dict()
    assert d["signature"] == "quotes-score|v:0.1.0|lang:en+ru+uk|match:overlap50"
    got = {k: d[k] for k in ("docs", "gold", "pred", "tp", "fp", "fn", "exact", "speaker_total", "surname_ok",
                             "fullname_ok", "ignored_mixed", "ignored_nested", "ignored_other")}
    assert got == {"docs": 4, "gold": 8, "pred": 9, "tp": 7, "fp": 2, "fn": 1, "exact": 6, "speaker_total": 6,
                   "surname_ok": 5, "fullname_ok": 3, "ignored_mixed": 1, "ignored_nested": 1, "ignored_other": 1}
    assert (d["precision"], d["recall"], d["f1"]) == (0.7778, 0.875, 0.8235)
    assert (d["exact_rate"], d["surname_accuracy"], d["fullname_accuracy"]) == (0.8571, 0.8333, 0.5)
    news, fiction = d["by_genre"]["news"], d["by_genre"]["fiction"]
    assert (news["tp"], news["fp"], news["fn"], news["f1"]) == (6, 1, 0, 0.9231)
    assert (fiction["tp"], fiction["fp"], fiction["fn"], fiction["f1"]) == (1, 1, 1, 0.5)
    assert sorted(d["by_lang"]) == ["en", "ru", "uk"]
    assert d["unknown_pred_ids"] == 1


def test_gold_scored_against_itself_is_perfect():
    gold = read_jsonl(GOLD)
    preds = {}
    for g in gold:
        preds[g["id"]] = [dict(q, kind="direct", speaker={"name": q["speaker_resolved"] or q["speaker"]})
                          for q in g["quotes"]]
    d = score(gold, preds).to_dict()
    assert (d["precision"], d["recall"], d["f1"], d["exact_rate"]) == (1.0, 1.0, 1.0, 1.0)
    assert (d["surname_accuracy"], d["fullname_accuracy"], d["speaker_total"]) == (1.0, 1.0, 7)  # "he" with no resolution is not judged


@pytest.mark.parametrize("a, b, ok", [
    ((0, 10), (0, 10), True),
    ((0, 10), (5, 10), True),   # overlap 5 = half of a, all of b
    ((0, 10), (6, 10), False),  # overlap 4 < half of a
    ((0, 10), (0, 21), False),  # overlap 10 < half of 21
    ((0, 10), (0, 20), True),
    ((0, 10), (10, 20), False),
])
def test_overlap_half_of_each(a, b, ok):
    assert overlaps_enough(a, b) is ok
    assert overlaps_enough(b, a) is ok


def test_matching_is_one_to_one_largest_overlap_first():
    gold = [(0, 10), (12, 20)]
    pred = [(0, 9), (0, 10), (12, 20)]
    assert match(gold, pred) == [(0, 1), (1, 2)]


@pytest.mark.parametrize("a, b, ok", [
    ("гладкова", "гладков", True),
    ("ольги", "ольга", True),
    ("смирновой", "смирнова", True),
    ("петров", "петренко", False),
    ("иван", "ивана", True),
    ("ян", "яна", False),  # under four letters: must be equal
])
def test_stem_equal(a, b, ok):
    assert stem_equal(a, b) is ok


@pytest.mark.parametrize("name, tokens, last", [
    ("John Kirby", ["john", "kirby"], "kirby"),
    ("Martin Luther King Jr.", ["martin", "luther", "king"], "king"),
    ("Trump's", ["trump"], "trump"),
    ("Рудь Петро Володимирович", ["рудь", "петро", "володимирович"], "рудь"),
    ("Пётр Фёдоров", ["петр", "федоров"], "федоров"),
    ("", [], None),
])
def test_name_tokens_and_surname(name, tokens, last):
    assert name_tokens(name) == tokens
    assert surname(tokens) == last


@pytest.mark.parametrize("pred, ok", [
    ("Петро Рудь", (True, False)),
    ("Рудь Петро", (True, False)),
    ("Рудь Петро Володимирович", (True, True)),
    ("Петро Іванович", (False, False)),
])
def test_surname_first_order(pred, ok):
    gold = {"speaker": "Рудь Петро Володимирович", "speaker_resolved": "Рудь Петро Володимирович"}
    assert speaker_ok(gold, {"speaker": {"name": pred}}, "uk") == ok


def test_pronoun_gold_is_not_judged_but_declined_mention_is():
    assert speaker_ok({"speaker": "он"}, {"speaker": {"name": "Иван Петров"}}, "ru") is None
    assert speaker_ok({"speaker": "Ольги Блажкевич"}, {"speaker": {"name": "Ольга Блажкевич"}}, "uk") == (True, True)
    assert speaker_ok({"speaker": "Ортиз"}, {"speaker": None}, "ru") == (False, False)


def test_signature_lists_languages_sorted():
    assert signature(["uk", "en", "uk"]) == "quotes-score|v:0.1.0|lang:en+uk|match:overlap50"


def test_gold_file_offsets_are_exact():
    for g in read_jsonl(GOLD):
        for q in g["quotes"] + g["mixed_quotes"]:
            assert g["text"][q["start"]:q["end"]] == q["text"]
            if q["speaker"]:
                assert g["text"][q["speaker_start"]:q["speaker_end"]] == q["speaker"]


def test_predictions_round_trip_through_json():
    preds = json.loads(json.dumps(predictions(), ensure_ascii=False))
    assert score(read_jsonl(GOLD), preds).to_dict()["f1"] == 0.8235


def test_written_name_reads_the_name_out_of_a_source_span():
    from quotes.score import written_name

    assert written_name("Rep. Ana Ortega (D-N.M.), the deputy whip") == "Ana Ortega"
    assert written_name("Representative Paul T. Granger of Ohio") == "Paul T. Granger"
    assert written_name("White House deputy spokesman Tom Reyes") == "Tom Reyes"
    assert written_name("the ad’s narrator") == "the ad’s narrator"


def _pred(name, start=None, end=None, utterance=0):
    mention = {"text": "x", "start": start, "end": end} if start is not None else None
    return {"speaker": {"name": name, "mention": mention}, "utterance": utterance}


def test_gold_that_names_no_one_is_judged_by_the_mention_s_place():
    gold = {"speaker": "the mayor", "speaker_start": 40, "speaker_end": 49, "cue": "said"}
    assert speaker_ok(gold, _pred("Rita Salgado", 40, 49), "en") == (True, True)  # resolved, same mention
    assert speaker_ok(gold, _pred("Rita Salgado", 60, 65), "en") == (False, False)  # another mention
    described = {"speaker": "the Texas Republican", "speaker_start": 10, "speaker_end": 30}
    assert speaker_ok(described, _pred("Tom Brady", 10, 30), "en") == (True, True)


def test_gold_with_source_and_cue_swapped_is_read_the_right_way_round():
    gold = {"speaker": "said", "speaker_start": 20, "speaker_end": 24,
            "cue": "David Plouffe, the architect of the campaign", "cue_start": 25, "cue_end": 70}
    assert speaker_ok(gold, _pred("David Plouffe", 25, 38), "en") == (True, True)
    assert speaker_ok(gold, _pred("Dan Pfeiffer", 25, 38), "en") == (False, False)


def test_later_segments_of_an_utterance_share_its_mention():
    text = "“It was wrong,” the mayor said. “We will fix it.”"
    gold = {"id": 1, "lang": "en", "text": text, "quotes": [
        {"start": 1, "end": 14, "speaker": "the mayor", "speaker_start": 16, "speaker_end": 25},
        {"start": 33, "end": 48, "speaker": "the mayor", "speaker_start": 16, "speaker_end": 25}]}
    preds = [dict(_pred("Rita Salgado", 16, 25), start=1, end=14, kind="direct"),
             dict(_pred("Rita Salgado"), start=33, end=48, kind="direct")]
    d = score([gold], {1: preds}).to_dict()
    assert (d["speaker_total"], d["surname_ok"]) == (2, 2)
