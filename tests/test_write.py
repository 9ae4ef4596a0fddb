"""Writers: exact table, JSON, JSONL and CSV output for fixed quotes."""
import io
import json

from quotes.model import Quote, Span, Speaker
from quotes.write import CSV_COLUMNS, in_marks, make_writer


def kirby():
    return Quote(text="significant and concerning escalation", start=10, end=47, kind="partial",
                 speaker=Speaker("John Kirby", Span(60, 65, "Kirby"), "spokesman", "person"),
                 cue=Span(66, 70, "said"), utterance=3, lang="en", confidence=0.91234, rule="en.partial")


def gladkov():
    return Quote(text="Ситуация сложная", start=1, end=17, speaker=Speaker("Вячеслав Гладков", Span(30, 37, "Гладков")),
                 cue=Span(22, 28, "заявил"), lang="ru", translations={"en": "The situation is difficult",
                                                                        "uk": "Ситуація складна"})


def render(fmt, quotes_by_file, **kw):
    out = io.StringIO()
    w = make_writer(fmt, out, **kw)
    for file, qs in quotes_by_file:
        w.write(qs, file=file, doc_id=file)
    w.close()
    return out.getvalue()


def test_jsonl_one_object_per_line_with_file_when_several():
    text = render("jsonl", [("a.txt", [kirby()]), ("b.txt", [gladkov()])], show_file=True)
    lines = text.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == {
        "file": "a.txt", "text": "significant and concerning escalation", "start": 10, "end": 47, "kind": "partial",
        "speaker": {"name": "John Kirby", "mention": {"text": "Kirby", "start": 60, "end": 65},
                    "role": "spokesman", "type": "person"},
        "cue": {"text": "said", "start": 66, "end": 70}, "utterance": 3, "lang": "en", "confidence": 0.912,
    }
    assert json.loads(lines[1])["translations"] == {"en": "The situation is difficult", "uk": "Ситуація складна"}


def test_jsonl_without_file_for_one_input_and_rule_with_explain():
    d = json.loads(render("jsonl", [("a.txt", [kirby()])], explain=True))
    assert "file" not in d
    assert d["rule"] == "en.partial"


def test_jsonl_by_doc_for_jsonl_input():
    text = render("jsonl", [("d1", [kirby()]), ("d2", [])], by_doc=True)
    lines = [json.loads(x) for x in text.splitlines()]
    assert [(x["id"], len(x["quotes"])) for x in lines] == [("d1", 1), ("d2", 0)]


def test_json_is_one_array_even_when_empty():
    assert json.loads(render("json", [("a", [])])) == []
    text = render("json", [("a", [kirby()]), ("b", [gladkov()])])
    assert [q["text"] for q in json.loads(text)] == ["significant and concerning escalation", "Ситуация сложная"]
    assert text.startswith("[\n  {") and text.endswith("}\n]\n")


def test_csv_flat_columns_and_translation_columns():
    text = render("csv", [("a.txt", [kirby(), gladkov()])], targets=["uk"])
    lines = text.splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS) + ",translation_uk"
    assert lines[1] == ("a.txt,significant and concerning escalation,10,47,partial,John Kirby,spokesman,person,"
                        "Kirby,60,65,said,66,70,3,en,0.912,")
    assert lines[2] == "a.txt,Ситуация сложная,1,17,direct,Вячеслав Гладков,,person,Гладков,30,37,заявил,22,28,0,ru,1.0,Ситуація складна"


def test_table_is_pinned_and_fits_80_columns():
    long = Quote(text=" ".join(["word"] * 120), start=0, end=599, lang="en")
    text = render("table", [("a.txt", [kirby(), long])])
    assert text == (
        "#   QUOTE                                   SPEAKER              CUE\n"
        "1   “significant and concerning escalation” John Kirby           said\n"
        "                                            (partial)\n"
        "2   “word word word word word word word     —\n"
        "    word word word word word word word word\n"
        "    word word word word word word word word\n"
        "    word word word word word word word word\n"
        "    word word word word word word word word\n"
        "    word word word word word word word…\n"
        "2 quotes\n"
    )
    assert max(len(line) for line in text.splitlines()) <= 80


def test_table_shows_translations_in_target_marks_and_file_headers():
    text = render("table", [("a.txt", [gladkov()]), ("b.txt", [])], show_file=True, targets=["en", "uk"])
    assert text == (
        "== a.txt ==\n"
        "#   QUOTE                                   SPEAKER              CUE\n"
        "1   «Ситуация сложная»                      Вячеслав Гладков     заявил\n"
        "    en: “The situation is difficult”\n"
        "    uk: «Ситуація складна»\n"
        "\n"
        "== b.txt ==\n"
        "1 quote\n"
    )


def test_table_with_no_quotes():
    assert render("table", [("a.txt", [])]) == "no quotes found\n"


def test_marks_per_language():
    assert (in_marks("x", "ru"), in_marks("x", "uk"), in_marks("x", "en")) == ("«x»", "«x»", "“x”")


def test_long_translations_wrap_under_their_text():
    q = gladkov()
    q.translations = {"en": "The situation on the border is difficult and it will stay difficult for weeks to come"}
    text = render("table", [("a.txt", [q])], targets=["en"])
    assert text.splitlines()[2:5] == [
        "    en: “The situation on the border is",
        "        difficult and it will stay",
        "        difficult for weeks to come”",
    ]


def test_table_keeps_a_space_after_five_digit_numbers():
    from quotes.write import TableWriter

    row = TableWriter._row("60130", "The situation is calm", "Ann Lee", "said", 4, 40, 20, 14)
    assert row.startswith("60130 The situation is calm")
