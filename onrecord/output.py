"""Write quote records for people (a rich table) and for programs (JSONL, JSON), with progress on stderr."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import Errors, InputError, OnrecordError
from .ingest import read_articles
from .pipeline import extract_articles
from .quotes.confidence import keep_confident
from .types import Article, Quote

FORMATS = ("jsonl", "json", "table")
PROGRESS_AFTER = 20  # documents: below this a progress bar is noise


def write_quotes(paths: list[str], fmt: str, *, keep_going: bool = False, n_process: int = 1, batch_size: int = 32,
                 join: bool = False, min_confidence: float = 0.0, out: TextIO, console: Console) -> int:
    """Read `paths`, extract quotes and write them to `out` in `fmt`. Returns the number of failed items.
    With `min_confidence`, only the records at least that confident are written (`keep_confident`).

    Raises OnrecordError for a bad input (without `keep_going`) or an unknown format.
    """
    if fmt not in FORMATS:
        raise OnrecordError(Errors.E102.format(fmt=fmt, options=", ".join(FORMATS)))
    failures: list[InputError] = []

    def report(exc: InputError) -> None:
        failures.append(exc)
        console.print(f"[yellow]skipped:[/] {exc}", highlight=False, soft_wrap=True)

    articles = read_articles(paths, keep_going=keep_going, on_error=report)
    results = extract_articles(_with_progress(articles, console), n_process=n_process, batch_size=batch_size,
                               join=join, on_error=report if keep_going else None)
    if min_confidence > 0:
        results = ((article, keep_confident(quotes, min_confidence)) for article, quotes in results)
    if fmt == "jsonl":
        for _, quotes in results:
            for q in quotes:
                out.write(json.dumps(q.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps([q.to_dict() for _, qs in results for q in qs], ensure_ascii=False, indent=1) + "\n")
    else:
        print_table(results, Console(file=out, soft_wrap=False) if out is not None else console)
    return len(failures)


def _with_progress(articles: Iterable[Article], console: Console) -> Iterator[Article]:
    """Pass articles through, showing a progress bar on stderr once there are many of them."""
    it = iter(articles)
    head = []
    for a in it:
        head.append(a)
        if len(head) >= PROGRESS_AFTER:
            break
    if len(head) < PROGRESS_AFTER or not console.is_terminal:
        yield from head
        yield from it
        return
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("articles", total=None)
        for a in [*head, *it]:
            yield a
            bar.advance(task)


def print_table(results: Iterable[tuple[Article, list[Quote]]], console: Console) -> None:
    """One rich table per article: quote, kind (and confidence), speaker (with the mention it was resolved from, the
    addressee and the venue), cue."""
    for article, quotes in results:
        table = Table(title=f"{article.title or article.id} — {len(quotes)} quotes", title_justify="left",
                      show_lines=True, expand=True)
        table.add_column("#", justify="right", width=3)
        table.add_column("quote", ratio=6)
        table.add_column("kind", width=8)
        table.add_column("speaker", ratio=2)
        table.add_column("cue", min_width=9)
        for i, q in enumerate(quotes):
            text = q.text if len(q.text) <= 240 else q.text[:237] + "…"
            if q.nested_in is not None:
                text = f"↳ (in #{q.nested_in}) {text}"
            who = "—"
            if q.speaker:
                who = q.speaker.name or "[dim]anonymous[/]"
                if q.speaker.mention and q.speaker.mention != q.speaker.name:
                    who += f"\n[dim]“{_escape(q.speaker.mention)}”[/]"
            if q.addressee:
                who += f"\n[dim]to {_escape(q.addressee.name or q.addressee.mention)}[/]"
            if q.venue:
                who += f"\n[dim]where: {_escape(q.venue.text)}[/]"
            table.add_row(str(i), _escape(text), f"{q.kind}\n[dim]{q.confidence:.2f}[/]", who, _escape(q.cue.text) if q.cue else "—")
        console.print(table)


def _escape(s: str) -> str:
    """Article text may hold `[...]`, which rich would read as markup."""
    return s.replace("[", "\\[")
