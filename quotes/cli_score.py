"""The ``quotes score`` command: precision, recall and F1 of quotes against gold JSONL."""
from __future__ import annotations

from typing import Optional

import click


@click.command("score")
@click.argument("gold", metavar="GOLD.jsonl")
@click.option("--pred", metavar="PRED.jsonl",
              help='Predictions, one {"id", "quotes": [...]} line per document (as quotes extract --jsonl-input '
                   "writes). Without it the gold texts are extracted now.")
@click.option("--lang", type=click.Choice(("gold", "auto", "en", "ru", "uk")), default="gold", show_default=True,
              help="Language passed to extraction: each gold line's own lang, auto-detect, or a fixed code.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True,
              help="text for people, json for tools.")
def score_cmd(gold: str, pred: Optional[str], lang: str, fmt: str) -> None:
    """Score quote extraction against a gold JSONL file.

    A predicted quote matches a gold one when their overlap is at least half
    of each (one-to-one). Prints precision, recall and F1, the exact-span rate
    among matches, and speaker accuracy by surname and by full name, overall,
    by language and by genre. The first line is a signature naming the
    settings; compare figures only when signatures match.

    \b
    Examples:
      quotes score ru-dev.jsonl
      quotes extract --jsonl-input ru-dev.jsonl > pred.jsonl
      quotes score ru-dev.jsonl --pred pred.jsonl
      quotes score ru-dev.jsonl --format json
    """
    import json

    from quotes.read import display_name
    from quotes.score import check_gold, format_text, predict, read_jsonl, score

    gold_docs = read_jsonl(gold)
    check_gold(gold_docs, display_name(gold))
    if pred is None:
        preds = predict(gold_docs, None if lang == "auto" else lang)
    else:
        preds = _read_preds(pred)
    report = score(gold_docs, preds)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_text(report), nl=False)


def _read_preds(path: str) -> dict:
    """Read prediction lines ``{"id", "quotes": [...]}`` into id → quote dicts."""
    from quotes.errors import InputError
    from quotes.read import display_name
    from quotes.score import read_jsonl

    name = display_name(path)
    preds = {}
    for r in read_jsonl(path):
        qs = r.get("quotes")
        if "id" not in r or not isinstance(qs, list) or not all(
            isinstance(q, dict) and isinstance(q.get("start"), int) and isinstance(q.get("end"), int) for q in qs
        ):
            raise InputError(f"{name}:{r['_line']}: a prediction line needs \"id\" and \"quotes\" with integer "
                             "\"start\"/\"end\"; make it with: quotes extract --jsonl-input GOLD.jsonl")
        preds.setdefault(r["id"], []).extend(qs)
    return preds
