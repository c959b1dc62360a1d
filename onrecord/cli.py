"""The `onrecord` command: a thin shell over the library (one library call per command).

Library errors (`OnrecordError`) become one line on stderr and exit status 1; `--keep-going` turns per-item
errors into warnings and goes on.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .errors import OnrecordError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Who said what, to whom, where and when — and how each outlet reported it.")
err = Console(stderr=True)


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def print_error(message: object) -> None:
    """One error line on stderr."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> None:
    """Print one line on stderr and exit non-zero."""
    print_error(message)
    raise typer.Exit(code)


@contextmanager
def one_line_errors():
    """A library error inside the block as one line on stderr and exit status 1 (as `main` does, for callers of
    `app` itself: typer's test runner, other programs)."""
    try:
        yield
    except OnrecordError as e:
        fail(str(e))


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files (.txt .html .htm .jsonl .warc .warc.gz), folders, or - for stdin."),
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl: one quote record a line; json: a list; table: for people."),
    keep_going: bool = typer.Option(False, "--keep-going", help="Report bad items and go on with the rest."),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes for parsing."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    join: bool = typer.Option(False, "--join", help="One record for a quote continued after its cue (“A,” she said. “B.”)."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Only records at least this confident (0.8: precision 90, recall 47 on PolNeAR dev)."),
) -> None:
    """Find every quotation and its speaker in news articles."""
    from .output import write_quotes

    with one_line_errors():
        failed = write_quotes(paths, format.value, keep_going=keep_going, n_process=processes,
                              batch_size=batch_size, join=join, min_confidence=min_confidence,
                              out=sys.stdout, console=err)
    if failed:
        raise typer.Exit(1)


@app.command()
def spark(
    input: list[str] = typer.Option(..., "--input", "-i", help="JSONL / WARC shards: a path, glob or folder (repeatable)."),
    output: Path = typer.Option(..., "--output", "-o", help="Output directory for the Parquet tables (absent or empty)."),
    master: str = typer.Option("local[*]", "--master", help="Spark master: local[N], spark://host:7077, yarn, ..."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing output directory."),
    no_link: bool = typer.Option(False, "--no-link", help="Skip the speakers/ and quote_links/ tables."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    join: bool = typer.Option(False, "--join", help="One record for a quote continued after its cue (as `extract --join`)."),
) -> None:
    """Extract quotes on Apache Spark and write Parquet: articles/, quotes/, speakers/, quote_links/."""
    from .spark.job import run

    with one_line_errors():
        summary = run(input, output, master=master, link=not no_link, overwrite=overwrite, batch_size=batch_size,
                      join=join)
    err.print(f"{summary['articles']} articles, {summary['quotes']} quotes, {summary['errors']} skipped "
              f"in {summary['seconds_total']:.1f} s -> {output}", highlight=False)


@app.command()
def serve(
    db: Path = typer.Option(Path("onrecord.duckdb"), "--db", help="The store made by `onrecord ingest` (opened read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
) -> None:
    """Browse speakers, quotes, their variants and stories in a web browser (pages and a JSON API)."""
    from .web.app import serve as run_server

    with one_line_errors():
        run_server(db, host, port, announce=lambda line: err.print(line, highlight=False, soft_wrap=True))


# -- corpus store: ingest, speakers, trace, quotes (onrecord/corpus.py) ------------------------------------------

DB_OPTION = typer.Option("onrecord.duckdb", "--db", help="The DuckDB corpus store.")


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files (.txt .html .htm .jsonl .warc .warc.gz), folders, or - for stdin."),
    db: str = DB_OPTION,
    keep_going: bool = typer.Option(False, "--keep-going", help="Report bad items and go on with the rest."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table: summary on stderr; json: summary on stdout."),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes for parsing."),
) -> None:
    """Read, extract and store articles in the corpus store, then link speakers, quotes and stories."""
    from .corpus import ingest as run
    from .store.render import print_summary

    with one_line_errors():
        summary = run(paths, db, keep_going=keep_going, n_process=processes, progress=err.is_terminal,
                      on_error=print_error)
        print_summary(summary.to_dict(), format.value, err)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def speakers(db: str = DB_OPTION, format: Format = typer.Option(Format.table, "--format", "-f")) -> None:
    """List the corpus speakers with quote counts and aliases."""
    from .corpus import speakers as run
    from .store.render import print_speakers

    with one_line_errors():
        print_speakers(run(db), format.value)


@app.command()
def trace(
    query: str = typer.Argument(..., help="Some words from the quote."),
    db: str = DB_OPTION,
    format: Format = typer.Option(Format.table, "--format", "-f"),
    limit: int = typer.Option(10, "--limit", min=1, help="Most utterances shown."),
) -> None:
    """Every article that reported the quote, earliest first, with the diff to the canonical wording."""
    from .corpus import trace as run
    from .store.render import print_trace

    with one_line_errors():
        print_trace(run(query, db, limit=limit), format.value)


@app.command()
def quotes(
    db: str = DB_OPTION,
    speaker: Optional[str] = typer.Option(None, "--speaker", help="A speaker's name, alias or id."),
    story: Optional[str] = typer.Option(None, "--story", help="A story id."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Only quotes at least this confident (as `extract --min-confidence`)."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
) -> None:
    """List stored quotes, optionally of one speaker and/or one story."""
    from .corpus import quotes as run
    from .store.render import print_quotes

    with one_line_errors():
        print_quotes(run(db, speaker=speaker, story=story, min_confidence=min_confidence), format.value)


@app.command()
def stories(db: str = DB_OPTION, format: Format = typer.Option(Format.table, "--format", "-f")) -> None:
    """List the stories: articles about one event, grouped."""
    from .link.stories import list_stories, print_stories

    with one_line_errors():
        print_stories(list_stories(db), format.value)


def main() -> None:
    """Entry point: runs the typer app, turning library errors and broken pipes into one line."""
    try:
        app()
    except OnrecordError as e:
        print_error(e)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":  # `python -m onrecord.cli` as well as `python -m onrecord`
    main()
