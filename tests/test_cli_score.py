"""`quotes score`: pinned text and JSON output, and one-line input errors."""
import json
import os

from click.testing import CliRunner

from quotes.cli import main
from test_score import GOLD, predictions


def _pred_file(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps({"id": k, "quotes": v}, ensure_ascii=False) + "\n"
                            for k, v in predictions().items()), encoding="utf-8")
    return str(path)


def test_text_report_is_pinned(tmp_path):
    result = CliRunner().invoke(main, ["score", GOLD, "--pred", _pred_file(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout == (
        "quotes-score|v:0.1.0|lang:en+ru+uk|match:overlap50\n"
        "docs 4  gold quotes 8  predicted 9  (ignored: 1 mixed, 1 nested, 1 other)\n"
        "quotes      P 0.778  R 0.875  F1 0.824  (tp 7, fp 2, fn 1)\n"
        "exact span  0.857  (6 of 7 matches)\n"
        "speaker     surname 0.833 (5/6)  full name 0.500 (3/6)\n"
        "by language\n"
        "  en        P 1.000  R 1.000  F1 1.000  exact 0.667  speaker surname 1.000  full 0.500 (of 2)\n"
        "  ru        P 0.667  R 1.000  F1 0.800  exact 1.000  speaker surname 1.000  full 1.000 (of 2)\n"
        "  uk        P 0.667  R 0.667  F1 0.667  exact 1.000  speaker surname 0.500  full 0.000 (of 2)\n"
        "by genre\n"
        "  fiction   P 0.500  R 0.500  F1 0.500  exact 1.000  speaker surname 0.000  full 0.000 (of 1)\n"
        "  news      P 0.857  R 1.000  F1 0.923  exact 0.833  speaker surname 1.000  full 0.600 (of 5)\n"
        "warning: 1 predicted ids are not in the gold file\n"
    )
    assert result.stderr == ""


def test_json_report_for_tools(tmp_path):
    result = CliRunner().invoke(main, ["score", GOLD, "--pred", _pred_file(tmp_path), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    d = json.loads(result.stdout)
    assert (d["precision"], d["recall"], d["f1"], d["tp"]) == (0.7778, 0.875, 0.8235, 7)
    assert d["by_genre"]["fiction"]["f1"] == 0.5


def test_without_pred_runs_extraction_on_gold_texts():
    result = CliRunner().invoke(main, ["score", GOLD, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    d = json.loads(result.stdout)
    assert d["signature"] == "quotes-score|v:0.1.0|lang:en+ru+uk|match:overlap50"
    assert (d["docs"], d["gold"]) == (4, 8)
    assert d["tp"] + d["fn"] == 8


def test_missing_gold_file():
    result = CliRunner().invoke(main, ["score", "no-such.jsonl"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "Error: no-such.jsonl: no such file\n"


def test_bad_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": 1, "text": "a", "quotes": []}\n{oops\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(path)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {path}:2: not valid JSON (Expecting property name enclosed in double quotes)\n"


def test_gold_line_without_text(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": 1, "quotes": []}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(path)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f'Error: {path}:1: a gold line needs "id" and "text" '
                             "(see the gold format in docs/score.md)\n")


def test_bad_prediction_line(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"id": "en-1", "quotes": [{"start": "0"}]}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["score", GOLD, "--pred", str(path)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f'Error: {path}:1: a prediction line needs "id" and "quotes" with integer '
                             '"start"/"end"; make it with: quotes extract --jsonl-input GOLD.jsonl\n')


def test_unknown_format_is_a_usage_error():
    result = CliRunner().invoke(main, ["score", GOLD, "--format", "xml"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert "Invalid value for '--format'" in result.stderr


def test_gold_fixture_exists():
    assert os.path.getsize(GOLD) > 0


def test_a_gold_span_outside_its_text_is_refused(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": 1, "text": "“Fine,” she said.", "quotes": [{"start": 9, "end": 2}]}) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(gold)], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {gold}:1: a span in \"quotes\" (9–2) does not lie inside the text (0–17) "
                             "with start ≤ end\n")
