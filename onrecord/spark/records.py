"""Flat rows for the Parquet tables a Spark run writes, and the inverse back to `Article` / `Quote`.

Plain Python only (no pyspark import): the same functions run inside Spark executors, in tests and in the loader
that reads a Spark output directory into the store. Each function is O(size of one article's records).
"""
from __future__ import annotations

from typing import Any

from ..types import Article, Cue, Mention, Quote, Venue

# Column order of each table; the Spark schemas in `schema.py` follow these lists.
ARTICLE_COLUMNS = ("id", "title", "outlet", "url", "published", "source", "text", "n_words", "n_quotes")
QUOTE_COLUMNS = (
    "doc_id", "idx", "start", "end", "text", "kind",
    "speaker_name", "speaker_mention", "speaker_start", "speaker_end",
    "cue_text", "cue_start", "cue_end",
    "addressee_name", "addressee_mention", "addressee_start", "addressee_end",
    "nested_in", "confidence", "venue_text", "venue_start", "venue_end",
)
ERROR_COLUMNS = ("doc_id", "source", "error")


def count_words(text: str) -> int:
    """Whitespace-separated words: the unit of every words/s figure in the benchmarks."""
    return len(text.split())


def article_row(article: Article, n_quotes: int) -> tuple:
    """One `articles` row, in ARTICLE_COLUMNS order."""
    a = article
    return (a.id, a.title, a.outlet, a.url, a.published, a.source, a.text, count_words(a.text), n_quotes)


def _mention_cols(m: Mention | None) -> tuple:
    """(name, mention, start, end) of a speaker or addressee, all None when absent."""
    return (m.name, m.mention, m.start, m.end) if m else (None, None, None, None)


def quote_row(quote: Quote, idx: int) -> tuple:
    """One `quotes` row, in QUOTE_COLUMNS order; the values are those of `Quote.to_dict()`."""
    d = quote.to_dict()
    cue = (quote.cue.text, quote.cue.start, quote.cue.end) if quote.cue else (None, None, None)
    venue = (quote.venue.text, quote.venue.start, quote.venue.end) if quote.venue else (None, None, None)
    return (
        d["doc_id"], idx, d["start"], d["end"], d["text"], d["kind"],
        *_mention_cols(quote.speaker), *cue, *_mention_cols(quote.addressee),
        d["nested_in"], d["confidence"], *venue,
    )


def quote_rows(quotes: list[Quote]) -> list[tuple]:
    """All `quotes` rows of one article; `idx` is the quote's position in the article's list."""
    return [quote_row(q, i) for i, q in enumerate(quotes)]


def row_dict(columns: tuple[str, ...], row: tuple | dict | Any) -> dict[str, Any]:
    """A row (tuple, dict, or pyspark Row) as a dict keyed by column name."""
    if isinstance(row, dict):
        return row
    if hasattr(row, "asDict"):
        return row.asDict()
    return dict(zip(columns, row))


def _mention(name: Any, mention: Any, start: Any, end: Any) -> Mention | None:
    """Inverse of `_mention_cols`."""
    if mention is None and name is None:
        return None
    return Mention(name=name, mention=mention, start=int(start), end=int(end))


def quote_from_row(row: tuple | dict) -> Quote:
    """Inverse of `quote_row`: the `Quote` a `quotes` row was made from (`extra` is not stored; a row written
    before quotes had a venue has none)."""
    r = row_dict(QUOTE_COLUMNS, row)
    cue = Cue(r["cue_text"], int(r["cue_start"]), int(r["cue_end"])) if r["cue_text"] is not None else None
    venue = Venue(r["venue_text"], int(r["venue_start"]), int(r["venue_end"])) if r.get("venue_text") else None
    return Quote(
        doc_id=r["doc_id"], start=int(r["start"]), end=int(r["end"]), text=r["text"], kind=r["kind"],
        speaker=_mention(r["speaker_name"], r["speaker_mention"], r["speaker_start"], r["speaker_end"]),
        cue=cue,
        addressee=_mention(r["addressee_name"], r["addressee_mention"], r["addressee_start"], r["addressee_end"]),
        nested_in=None if r["nested_in"] is None else int(r["nested_in"]),
        confidence=float(r["confidence"]), venue=venue,
    )


def article_from_row(row: tuple | dict) -> Article:
    """Inverse of `article_row`."""
    r = row_dict(ARTICLE_COLUMNS, row)
    return Article(id=r["id"], text=r["text"], title=r["title"], outlet=r["outlet"], url=r["url"],
                   published=r["published"], source=r["source"])
