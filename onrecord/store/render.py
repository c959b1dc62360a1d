"""Printing store answers for the CLI: JSON / JSONL as data, rich tables for people."""
from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from ..errors import Errors, OnrecordError
from ..quotes.lexicon import plural

DIFF_STYLE = {"insert": "green", "delete": "red", "substitute": "yellow", "bracket": "cyan",
              "elision": "magenta", "reorder": "blue"}


def dump(data: Any, fmt: str, out: TextIO = sys.stdout) -> bool:
    """Write `data` as json (one document) or jsonl (one record a line); False when fmt is "table"."""
    if fmt == "json":
        json.dump(data, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "jsonl":
        for item in data if isinstance(data, list) else [data]:
            out.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
    elif fmt == "table":
        return False
    else:
        raise OnrecordError(Errors.E102.format(fmt=fmt, options="table, json, jsonl"))
    return True


def counted(n: int, noun: str) -> str:
    """A count with its noun in the right number: `1 quote`, `4 quotes`, `2 stories`."""
    return f"{n} {noun if n == 1 else plural(noun)}"


def diff_markup(ops: list[dict]) -> str:
    """The variant's words with each change marked `{canonical→variant}` in rich colours."""
    from rich.markup import escape

    parts = []
    for op in ops:
        if op["op"] == "equal":
            parts.append(escape(op["variant"]))
        else:
            style = DIFF_STYLE.get(op["op"], "bold")
            parts.append(f"[{style}]{{{escape(op['canonical'])}→{escape(op['variant'])}}}[/]")
    return " ".join(parts) or "(canonical)"


def print_speakers(rows: list[dict], fmt: str, console: Console | None = None) -> None:
    """`onrecord speakers` output."""
    from rich.markup import escape

    if dump(rows, fmt):
        return
    table = Table("speaker", "quotes", "articles", "aliases", "id")
    for r in rows:
        cells = (r["name"], str(r["quote_count"]), str(r["article_count"]), "; ".join(r["aliases"]), r["id"])
        table.add_row(*(escape(c) for c in cells))
    (console or Console()).print(table)


def print_trace(results: list[dict], fmt: str, console: Console | None = None) -> None:
    """`onrecord trace` output: per utterance, every occurrence earliest first with its diff."""
    if dump(results, fmt):
        return
    from rich.markup import escape

    console = console or Console()
    for u in results:
        console.print(f"[bold]{escape(u['speaker'] or 'unknown speaker')}[/]: “{escape(u['canonical'])}”  "
                      f"({counted(u['n_variants'], 'variant')} in {counted(u['n_articles'], 'article')}; {u['id']})",
                      highlight=False)
        table = Table("published", "outlet", "article", "text", "diff to canonical", "labels")
        for o in u["occurrences"]:
            table.add_row(escape(o["published"] or "?"), escape(o["outlet"] or "?"), escape(o["article_id"]),
                          escape(o["passage"]), diff_markup(o["diff"]), ", ".join(o["labels"]))
        console.print(table)


def print_quotes(rows: list[dict], fmt: str, console: Console | None = None) -> None:
    """`onrecord quotes` output."""
    from rich.markup import escape

    if dump(rows, fmt):
        return
    table = Table("speaker", "kind", "article", "published", "text")
    for r in rows:
        table.add_row(*(escape(x) for x in (r["speaker"] or r["speaker_name"] or "?", r["kind"], r["article_id"],
                                             r["published"] or "?", r["text"])))
    (console or Console()).print(table)


def print_summary(s: dict, fmt: str, console: Console) -> None:
    """`onrecord ingest` final summary (on stderr for table; json on stdout)."""
    if dump(s, fmt):
        return
    console.print(f"articles: {s['new']} new, {s['duplicate']} duplicate, {s['failed']} failed; "
                  f"quotes: {s['quotes']} new; corpus: {counted(s['speakers'], 'speaker')}, "
                  f"{counted(s['utterances'], 'utterance')} "
                  f"(extract {s['extract_seconds']:.1f}s, store {s['store_seconds']:.1f}s, "
                  f"link {s['link_seconds']:.1f}s)", highlight=False)
