"""The sample article a new user tries first: exactly its ten quotes and three speakers."""
from __future__ import annotations

from pathlib import Path

import quotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "belgorod-evacuation-2024-01-06.txt"

EXPECTED = [
    ("I see several appeals on social media where people write: We are scared, help us get to a safe place,", "Vyacheslav Gladkov", "direct"),
    ("Of course we will! We have already moved several families,", "Vyacheslav Gladkov", "direct"),
    ("comfortable conditions", "Vyacheslav Gladkov", "partial"),
    ("You will stay there for as long as necessary,", "Vyacheslav Gladkov", "direct"),
    ("I will appeal to my colleagues, the governors of other regions, to help us,", "Vyacheslav Gladkov", "direct"),
    ("significant and concerning escalation", "John Kirby", "partial"),
    ("So far, we have no information that such missiles have been used. The United States made a statement to that effect,", "Yuriy Ignat", "direct"),
    ("So experts will study the wreckage, and then we can say whether this is a fact or not. I can’t confirm it yet,", "Yuriy Ignat", "direct"),
    ("multiple", "John Kirby", "partial"),
    ("absolutely", "John Kirby", "partial"),
]


def test_seed_gives_its_ten_quotes_and_three_speakers():
    text = SEED.read_text(encoding="utf-8")
    got = [q for q in quotes.extract(text) if q.kind != "nested"]
    assert [(q.text, q.speaker.name, q.kind) for q in got] == EXPECTED
    for q in got:
        assert text[q.start:q.end] == q.text
        m = q.speaker.mention
        assert text[m.start:m.end] == m.text
        assert text[q.cue.start:q.cue.end] == q.cue.text


def test_seed_roles_and_mentions():
    text = SEED.read_text(encoding="utf-8")
    got = [q for q in quotes.extract(text) if q.kind != "nested"]
    assert got[0].speaker.role == "Governor"
    assert got[6].speaker.role == "air force spokesman"
    assert [q.speaker.mention.text for q in got] == ["Vyacheslav Gladkov", "he", "Gladkov", "he", "he", "John Kirby", "Yuriy Ignat", "he", "he", "he"]
    assert [q.cue.text for q in got] == ["said", "added", "said", "added", "said", "described", "told", "added", "added", "said"]
    assert all(q.lang == "en" for q in got)
