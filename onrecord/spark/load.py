"""Read a Spark run's output directory back as onrecord records, for the embedded store and the web app.

Self-contained: needs DuckDB only (no pyspark, no Java). The store's ingest calls

    from onrecord.spark.load import is_spark_output, read_spark_output
    if is_spark_output(path):
        store.add_articles(read_spark_output(path))

`read_spark_output` yields `(Article, list[Quote])` in article-id order, the same pairs `onrecord.extract_articles`
yields, so a Spark run loads through the same transactional upsert as a local run. `read_quote_links` and
`read_speakers` give the run's cross-article tables as plain dicts.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from ..errors import Errors, OnrecordError
from ..types import Article, Quote
from .records import ARTICLE_COLUMNS, QUOTE_COLUMNS, article_from_row, quote_from_row

FETCH = 500  # articles fetched from DuckDB at a time


def _parquet(path: Path, table: str) -> str:
    """The read_parquet() glob of one table, quoted for SQL."""
    return "'" + str(path / table / "*.parquet").replace("'", "''") + "'"


def _has_table(path: Path, table: str) -> bool:
    """True when `path/table/` holds Parquet files."""
    return any((path / table).glob("*.parquet"))


def is_spark_output(path: str | Path) -> bool:
    """True when `path` is a directory written by `onrecord spark` (has articles/ and quotes/ Parquet)."""
    p = Path(path)
    return p.is_dir() and _has_table(p, "articles") and _has_table(p, "quotes")


def _check(path: str | Path) -> Path:
    """`path` as a Path, or OnrecordError E505 when it is no Spark output directory."""
    if not is_spark_output(path):
        raise OnrecordError(Errors.E505.format(path=path))
    return Path(path)


def read_spark_output(path: str | Path) -> Iterator[tuple[Article, list[Quote]]]:
    """Every article of a Spark output directory with its quotes, in article-id order.

    Args:
        path: the `--output` directory of `onrecord spark`.

    Returns:
        An iterator of (Article, quotes), quotes in their original order (`idx`), so `nested_in` stays valid.

    Raises:
        OnrecordError: `path` is not a Spark output directory.

    Cost: one DuckDB join and sort over the Parquet files (spilling to disk when large); FETCH articles in
    memory at a time on the Python side.

    Example:
        >>> for article, quotes in read_spark_output("out"):   # doctest: +SKIP
        ...     print(article.id, len(quotes))
    """
    p = _check(path)
    a_cols = ", ".join(f'a."{c}"' for c in ARTICLE_COLUMNS)
    con = duckdb.connect()
    try:
        # a run written before a column existed (the venue) reads it as null
        q_files = _parquet(p, "quotes")
        have = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet({q_files})").fetchall()}
        q_struct = ", ".join(f'"{c}" := ' + (f'q."{c}"' if c in have else "NULL") for c in QUOTE_COLUMNS)
        result = con.execute(
            f"SELECT {a_cols}, list(struct_pack({q_struct}) ORDER BY q.idx) FILTER (WHERE q.idx IS NOT NULL) "
            f"FROM read_parquet({_parquet(p, 'articles')}) a LEFT JOIN read_parquet({q_files}) q ON q.doc_id = a.id "
            f"GROUP BY ALL ORDER BY a.id")
        while rows := result.fetchmany(FETCH):
            for row in rows:
                quotes = [quote_from_row(q) for q in (row[-1] or [])]
                yield article_from_row(row[:-1]), quotes
    finally:
        con.close()


def _rows(path: Path, table: str, order: str) -> list[dict[str, Any]]:
    """All rows of one table as dicts (empty when the run skipped it)."""
    if not _has_table(path, table):
        return []
    con = duckdb.connect()
    try:
        result = con.execute(f"SELECT * FROM read_parquet({_parquet(path, table)}) ORDER BY {order}")
        names = [d[0] for d in result.description]
        return [dict(zip(names, r)) for r in result.fetchall()]
    finally:
        con.close()


def read_quote_links(path: str | Path) -> list[dict[str, Any]]:
    """The quote_links table: dicts of doc_id_a, idx_a, doc_id_b, idx_b, jaccard (idx = position in the
    article's quote list, as yielded by `read_spark_output`)."""
    return _rows(_check(path), "quote_links", "doc_id_a, idx_a, doc_id_b, idx_b")


def read_speakers(path: str | Path) -> list[dict[str, Any]]:
    """The speakers table: one dict per canonical speaker name across the run."""
    return _rows(_check(path), "speakers", "name")
