"""Write quotes as a table for people, or as JSON, JSONL or CSV for tools, streaming.

Every writer takes the quotes of one document at a time (``write``) and is
closed once (``close``), so output appears as each document or chunk is done
and stays valid when a run is interrupted: JSONL and CSV rows are written whole,
and the JSON array is closed by ``close``.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Sequence, TextIO

from .model import Quote

# csv and textwrap are imported where the CSV and table writers use them: JSON output needs neither.

FORMATS = ("table", "json", "jsonl", "csv")
CSV_COLUMNS = (
    "file", "text", "start", "end", "kind", "speaker", "role", "speaker_type",
    "mention", "mention_start", "mention_end", "cue", "cue_start", "cue_end",
    "utterance", "lang", "confidence",
)
MARKS = {"en": ("“", "”"), "ru": ("«", "»"), "uk": ("«", "»")}
MAX_QUOTE_LINES = 6  # a longer quote is cut with "…" in the table


def quote_record(quote: Quote, file: Optional[str] = None, explain: bool = False) -> Dict[str, Any]:
    """The JSON object for one quote: ``Quote.to_dict()`` plus ``file`` and ``rule`` when asked."""
    record: Dict[str, Any] = {"file": file} if file is not None else {}
    record.update(quote.to_dict())
    if explain:
        record["rule"] = quote.rule
    return record


def csv_row(quote: Quote, file: str, targets: Sequence[str] = ()) -> List[Any]:
    """One flat CSV row in ``CSV_COLUMNS`` order, then one column per translation target."""
    sp = quote.speaker
    mention = sp.mention if sp else None
    cue = quote.cue
    row = [
        file, quote.text, quote.start, quote.end, quote.kind,
        sp.name if sp else "", (sp.role or "") if sp else "", sp.type if sp else "",
        mention.text if mention else "", mention.start if mention else "", mention.end if mention else "",
        cue.text if cue else "", cue.start if cue else "", cue.end if cue else "",
        quote.utterance, quote.lang, round(quote.confidence, 3),
    ]
    return row + [quote.translations.get(t, "") for t in targets]


def in_marks(text: str, lang: str) -> str:
    """Put ``text`` in the quotation marks of ``lang`` («…» for ru/uk, “…” for en)."""
    left, right = MARKS.get(lang, MARKS["en"])
    return f"{left}{text}{right}"


class Writer:
    """Base writer: ``write(quotes, doc_file=…, doc_id=…)`` per document, then ``close()``."""

    def __init__(self, out: TextIO, show_file: bool = False, targets: Sequence[str] = (), explain: bool = False):
        self.out = out
        self.show_file = show_file
        self.targets = list(targets)
        self.explain = explain
        self.count = 0

    def write(self, quotes: Sequence[Quote], file: str = "", doc_id: Any = None) -> None:
        raise NotImplementedError

    def close(self, ok: bool = True) -> None:
        """Finish the output; ``ok=False`` (an error stopped the run) adds no summary.

        The JSON writer closes its array here if it opened one, so the output
        stays valid JSON even when the run was interrupted.
        """
        self.out.flush()


class JsonlWriter(Writer):
    """One quote object per line; with ``by_doc`` one ``{"id", "quotes"}`` line per document."""

    def __init__(self, out: TextIO, by_doc: bool = False, **kw: Any):
        super().__init__(out, **kw)
        self.by_doc = by_doc

    def write(self, quotes: Sequence[Quote], file: str = "", doc_id: Any = None) -> None:
        if self.by_doc:
            items = [quote_record(q, explain=self.explain) for q in quotes]
            self.out.write(json.dumps({"id": doc_id, "quotes": items}, ensure_ascii=False) + "\n")
        else:
            fname = file if self.show_file else None
            self.out.write("".join(
                json.dumps(quote_record(q, fname, self.explain), ensure_ascii=False) + "\n" for q in quotes
            ))
        self.count += len(quotes)


class JsonWriter(Writer):
    """A JSON array of quote objects, streamed: ``[`` first, one item at a time, ``]`` on close."""

    def write(self, quotes: Sequence[Quote], file: str = "", doc_id: Any = None) -> None:
        fname = file if self.show_file else None
        parts = []
        for q in quotes:
            sep = "[\n" if self.count == 0 else ",\n"
            parts.append(sep + "  " + json.dumps(quote_record(q, fname, self.explain), ensure_ascii=False))
            self.count += 1
        self.out.write("".join(parts))

    def close(self, ok: bool = True) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")  # valid JSON even after an error or Ctrl-C
        super().close(ok)


class CsvWriter(Writer):
    """Flat CSV with a header; the ``file`` column is always filled."""

    def __init__(self, out: TextIO, **kw: Any):
        super().__init__(out, **kw)
        import csv

        self.csv = csv.writer(out, lineterminator="\n")
        self.header = False

    def write(self, quotes: Sequence[Quote], file: str = "", doc_id: Any = None) -> None:
        self._header()
        for q in quotes:
            self.csv.writerow(csv_row(q, file, self.targets))
        self.count += len(quotes)

    def close(self, ok: bool = True) -> None:
        if ok:
            self._header()
        super().close(ok)

    def _header(self) -> None:
        if not self.header:
            self.header = True
            self.csv.writerow(list(CSV_COLUMNS) + [f"translation_{t}" for t in self.targets])


class TableWriter(Writer):
    """A table for people: numbered quote, speaker and cue, wrapped to ``width`` columns."""

    def __init__(self, out: TextIO, width: int = 80, **kw: Any):
        super().__init__(out, **kw)
        self.width = max(60, width)
        self.files = 0
        self.last_file: Optional[str] = None
        self.header = False

    def write(self, quotes: Sequence[Quote], file: str = "", doc_id: Any = None) -> None:
        if self.show_file and file and file != self.last_file:
            self.out.write(("\n" if self.files else "") + f"== {file} ==\n")
            self.files += 1
            self.last_file = file
            self.header = False
        speaker_w = 20
        cue_w = 14
        num_w = 4
        quote_w = self.width - num_w - speaker_w - cue_w - 3
        if not self.header and quotes:
            self.header = True
            self.out.write(self._row("#", "QUOTE", "SPEAKER", "CUE", num_w, quote_w, speaker_w, cue_w))
        lines = []
        for q in quotes:
            self.count += 1
            lines.append(self._quote_rows(q, num_w, quote_w, speaker_w, cue_w))
        self.out.write("".join(lines))

    def close(self, ok: bool = True) -> None:
        if ok and self.count == 0:
            self.out.write("no quotes found\n")
        elif ok:
            self.out.write(f"{self.count} quote{'s' if self.count != 1 else ''}\n")
        super().close(ok)

    def _quote_rows(self, q: Quote, num_w: int, quote_w: int, speaker_w: int, cue_w: int) -> str:
        quote_lines = _wrap(in_marks(q.text, q.lang), quote_w, MAX_QUOTE_LINES)
        for target in self.targets:
            if target in q.translations:
                quote_lines += _wrap(f"{target}: " + in_marks(q.translations[target], target), quote_w, MAX_QUOTE_LINES,
                                     indent=" " * (len(target) + 2))
        speaker = "—"
        if q.speaker is not None:
            speaker = q.speaker.name or (q.speaker.mention.text if q.speaker.mention else "—")
        speaker_lines = _wrap(speaker, speaker_w, 2)
        if q.kind != "direct":
            speaker_lines.append(f"({q.kind})")
        cue_lines = _wrap(q.cue.text if q.cue else "", cue_w, 2)
        if self.explain and q.rule:
            cue_lines += _wrap(f"[{q.rule}]", cue_w, 3)
        height = max(len(quote_lines), len(speaker_lines), len(cue_lines))
        rows = []
        for i in range(height):
            rows.append(self._row(
                str(self.count) if i == 0 else "",
                _at(quote_lines, i), _at(speaker_lines, i), _at(cue_lines, i),
                num_w, quote_w, speaker_w, cue_w,
            ))
        return "".join(rows)

    @staticmethod
    def _row(num: str, quote: str, speaker: str, cue: str, num_w: int, quote_w: int, speaker_w: int, cue_w: int) -> str:
        return f"{num:<{num_w - 1}} {quote:<{quote_w}} {speaker:<{speaker_w}} {cue}".rstrip() + "\n"  # 10000+ stays apart


def _at(lines: List[str], i: int) -> str:
    return lines[i] if i < len(lines) else ""


def _wrap(text: str, width: int, max_lines: int, indent: str = "") -> List[str]:
    """Wrap ``text`` to ``width``, later lines after ``indent``; beyond ``max_lines`` the last ends with "…"."""
    text = " ".join(text.split())
    if not text:
        return []
    import textwrap

    lines = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False, subsequent_indent=indent)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        if len(last) >= width:
            last = last[: width - 1].rsplit(" ", 1)[0] if " " in last[: width - 1] else last[: width - 1]
        lines[-1] = last.rstrip() + "…"
    return lines


def make_writer(fmt: str, out: TextIO, show_file: bool = False, targets: Sequence[str] = (),
                explain: bool = False, by_doc: bool = False, width: int = 80) -> Writer:
    """Return the writer for ``fmt`` (one of ``FORMATS``)."""
    kw: Dict[str, Any] = {"show_file": show_file, "targets": targets, "explain": explain}
    if fmt == "table":
        return TableWriter(out, width=width, **kw)
    if fmt == "json":
        return JsonWriter(out, **kw)
    if fmt == "jsonl":
        return JsonlWriter(out, by_doc=by_doc, **kw)
    if fmt == "csv":
        return CsvWriter(out, **kw)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
