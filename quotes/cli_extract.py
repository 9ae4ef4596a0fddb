"""The ``quotes extract`` command: read inputs, call ``quotes.extract`` per document, write."""
from __future__ import annotations

import os
import sys
from typing import Any, Callable, List, Optional, Sequence, TextIO, Tuple

import click

LANGS = ("en", "ru", "uk")
FORMATS = ("table", "json", "jsonl", "csv")
PROGRESS_MIN_DOCS = 20  # show progress on a TTY stderr once this many documents are read


def input_options(f: Callable) -> Callable:
    """FILE/DIR/- arguments, ``--lang``, ``--all`` and ``--jsonl-input``."""
    f = click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, metavar="N",
                     help="Worker processes for many documents or a big file; 0 (default) uses every core, 1 none.")(f)
    f = click.option("--jsonl-input", is_flag=True,
                     help='Each input line is {"id", "text", "lang"?}; each output line is {"id", "quotes": [...]}.')(f)
    f = click.option("--all", "include_all", is_flag=True,
                     help="Also list titles, names, scare quotes and headline quotes (kind: other).")(f)
    f = click.option("--lang", type=click.Choice(("auto",) + LANGS), default="auto", show_default=True,
                     help="Language of the input; auto detects it per document and passage.")(f)
    return click.argument("inputs", nargs=-1, metavar="[FILE|DIR|-]...")(f)


def output_options(f: Callable) -> Callable:
    """``--format``, ``--translate-to`` and ``--explain``."""
    f = click.option("--explain", is_flag=True,
                     help="Show which rule found each quote (table column, \"rule\" key in JSON).")(f)
    f = click.option("--translate-to", "translate_to", metavar="LANGS",
                     help="Add translations of each quote, e.g. ru,uk (needs installed models).")(f)
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                         help="Output format (default: table; jsonl with --jsonl-input).")(f)


@click.command("extract")
@input_options
@output_options
@click.pass_context
def extract_cmd(ctx: click.Context, inputs: Tuple[str, ...], lang: str, include_all: bool, jsonl_input: bool,
                jobs: int, fmt: Optional[str], translate_to: Optional[str], explain: bool) -> None:
    """Find the attributed quotes in FILEs and print each with its speaker and cue.

    A DIR argument reads its *.txt files (sorted by name); - reads standard
    input, and so does no argument when input is piped. Text may be UTF-8 (with
    or without BOM), UTF-16/32 with BOM, cp1251 or KOI8; offsets are code points
    into the decoded text, with line ends kept as they are.

    \b
    Examples:
      quotes extract article.txt
      quotes extract article.txt --format json
      quotes extract news/ --format csv > quotes.csv
      cat article.txt | quotes extract --lang ru --format jsonl
      quotes extract --jsonl-input docs.jsonl > predictions.jsonl
      quotes extract article.txt --translate-to ru,uk

    \b
    With no --lang, each document's language comes from its script, and a
    passage in another script (a Russian statement in an English article) is
    read by its own rules. Many documents or a big file are shared among one
    worker process per core (-j); the output order is the input order.

    Exit codes: 0 success (an empty file gives no quotes), 1 input error
    (missing, unreadable, binary or undecodable file; other files are still
    read), 2 usage error, 3 translation model missing, 70 internal error,
    130 interrupted (output so far is complete).
    """
    targets = _check_options(inputs, jsonl_input, fmt, translate_to)
    fmt = fmt or ("jsonl" if jsonl_input else "table")
    paths = list(inputs) or ["-"]
    run_extract(paths, sys.stdout, lang=None if lang == "auto" else lang, include_all=include_all,
                jsonl_input=jsonl_input, fmt=fmt, targets=targets, explain=explain, jobs=jobs)


def _check_options(inputs: Sequence[str], jsonl_input: bool, fmt: Optional[str],
                   translate_to: Optional[str]) -> List[str]:
    """Refuse conflicting or invalid options, one sentence each; return translation targets."""
    if not inputs and sys.stdin.isatty():
        raise click.UsageError("no input: give FILE, DIR or - (standard input)")
    if jsonl_input and fmt not in (None, "jsonl"):
        raise click.UsageError("--jsonl-input writes one {\"id\", \"quotes\"} line per document; drop --format or use jsonl")
    if translate_to is None:
        return []
    targets = [t.strip().lower() for t in translate_to.split(",") if t.strip()]
    bad = [t for t in targets if t not in LANGS]
    if bad or not targets:
        raise click.UsageError(
            f"--translate-to: unknown language {', '.join(bad) or repr(translate_to)}; valid codes: {', '.join(LANGS)}"
        )
    return list(dict.fromkeys(targets))


def run_extract(paths: Sequence[str], out: TextIO, lang: Optional[str] = None, include_all: bool = False,
                jsonl_input: bool = False, fmt: str = "table", targets: Sequence[str] = (),
                explain: bool = False, chunk_size: Optional[int] = None, err: Optional[TextIO] = None,
                jobs: int = 1) -> int:
    """Extract from every input and stream the result to ``out``; returns the number of quotes.

    ``jobs`` worker processes share the documents (0: one per core); output order is input order.
    """
    import quotes
    from quotes.parallel import default_jobs, ordered_map
    from quotes.pipeline import preload
    from quotes.model import shift
    from quotes.read import CHUNK_CHARS, expand_paths, read_inputs
    from quotes.write import make_writer

    files = expand_paths(paths)
    preload(lang)  # before the workers fork, so that each need not import it again

    def find(doc: Any) -> List[Any]:
        return quotes.extract(doc.text, lang=doc.lang or lang, include_all=include_all)

    bad: List[Any] = []  # files that could not be read: reported at the end, the others still read
    inputs = read_inputs(files, jsonl_input=jsonl_input, chunk_size=chunk_size or CHUNK_CHARS, on_error=bad.append)
    docs = ordered_map(find, inputs, jobs or default_jobs())
    translator: Any = None
    width = _terminal_width(out)
    several = len(files) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)  # a DIR always names its files
    writer = make_writer(fmt, out, show_file=several, targets=targets, explain=explain,
                         by_doc=jsonl_input, width=min(width, 120))
    progress = _Progress(err or sys.stderr, total=None if jsonl_input else len(files))
    ok = False
    try:
        for doc, found in docs:
            if targets and translator is None:  # after the workers are forked: the engine starts threads
                import translate

                translator = translate.Translator()
            found = [shift(q, doc.base) for q in found if q.start >= doc.lead]  # the lead-in was the last chunk's
            if translator is not None and found:
                import translate

                translate.translate_quotes(found, list(targets), translator)
            writer.write(found, file=doc.file, doc_id=doc.id)
            progress.step(doc)
        ok = True
    finally:
        docs.close()
        progress.done()
        writer.close(ok and not bad)
    if bad:
        for error in bad[:-1]:
            (err or sys.stderr).write(f"Error: {error}\n")
        raise bad[-1]
    return writer.count


class _Progress:
    """A one-line counter on a TTY stderr for long runs; silent otherwise."""

    def __init__(self, stream: TextIO, total: Optional[int]):
        self.stream = stream
        self.total = total
        self.on = _isatty(stream)
        self.docs = 0
        self.chars = 0
        self.shown = False
        self.last = 0.0

    def step(self, doc: Any) -> None:
        """Count a document (a big file's later chunks add characters, not files)."""
        import time

        if doc.base == 0:
            self.docs += 1
        self.chars += len(doc.text) - doc.lead
        if not self.on or (self.docs < PROGRESS_MIN_DOCS and self.chars < 5_000_000):
            return
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        of = f"/{self.total} files" if self.total else " documents"
        self.stream.write(f"\r{self.docs}{of} · {self.chars / 1e6:.1f}M chars · {doc.file[-40:]}\x1b[K")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _terminal_width(out: TextIO) -> int:
    """Columns of the terminal ``out`` writes to; 80 when it is not one (shutil would cost 4 ms of imports)."""
    if not _isatty(out):
        return 80
    try:
        return int(os.environ.get("COLUMNS") or os.get_terminal_size(out.fileno()).columns)
    except (OSError, ValueError, AttributeError):
        return 80


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
