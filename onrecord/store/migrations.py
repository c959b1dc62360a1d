"""DuckDB schema of the corpus store, as registered migrations (after sqlite_utils/migrations.py).

Each migration is a plain function `fn(con)` registered with `@migration("NNNN_name")`. `apply_migrations` runs
every one not yet recorded in `_migrations`, each inside its own transaction together with its `_migrations` row,
so a crash leaves the schema either before or after a migration, never half-way. Cost: one query per migration
already applied. The tables and columns are documented in onrecord/store/README.md (the web app writes SQL
against them); keep both in step, and never edit an applied migration: add a new one.
"""
from __future__ import annotations

from typing import Callable

import duckdb

MIGRATIONS: list[tuple[str, Callable[[duckdb.DuckDBPyConnection], None]]] = []


def migration(name: str):
    """Register `fn(con)` as the migration called `name` (names sort in the order they run)."""
    def register(fn):
        MIGRATIONS.append((name, fn))
        return fn
    return register


def applied_migrations(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Names already recorded in `_migrations` (creating that table when missing)."""
    con.execute("CREATE TABLE IF NOT EXISTS _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    return {row[0] for row in con.execute("SELECT name FROM _migrations").fetchall()}


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Run every pending migration, each in one transaction with its `_migrations` row.

    RETURNS (list[str]): the names applied now, in order.
    """
    done = applied_migrations(con)
    applied = []
    for name, fn in sorted(MIGRATIONS, key=lambda item: item[0]):
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            con.execute("INSERT INTO _migrations VALUES (?, current_timestamp)", [name])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


@migration("0001_initial")
def m0001_initial(con: duckdb.DuckDBPyConnection) -> None:
    """Articles, quotes, mentions, speakers, utterances with their variants, stories and the LSH band index."""
    con.execute("""
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL UNIQUE, seq BIGINT NOT NULL, text VARCHAR NOT NULL,
            title VARCHAR, outlet VARCHAR, url VARCHAR, published VARCHAR, published_ts TIMESTAMP,
            source VARCHAR, story_id VARCHAR, ingested_at TIMESTAMP NOT NULL, n_quotes INTEGER NOT NULL,
            linked BOOLEAN NOT NULL DEFAULT false)""")
    con.execute("""
        CREATE TABLE quotes (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            speaker_id VARCHAR, speaker_name VARCHAR, speaker_mention VARCHAR,
            speaker_start INTEGER, speaker_end INTEGER,
            cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
            addressee_name VARCHAR, addressee_mention VARCHAR, nested_in INTEGER,
            confidence DOUBLE NOT NULL, utterance_id VARCHAR)""")
    con.execute("""
        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL, quote_id VARCHAR NOT NULL, role VARCHAR NOT NULL,
            name VARCHAR, mention VARCHAR NOT NULL, start INTEGER, "end" INTEGER, speaker_id VARCHAR)""")
    con.execute("""
        CREATE TABLE speakers (
            id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, aliases VARCHAR[] NOT NULL,
            quote_count INTEGER NOT NULL DEFAULT 0, article_count INTEGER NOT NULL DEFAULT 0)""")
    con.execute("""
        CREATE TABLE speaker_aliases (
            alias VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, speaker_id VARCHAR NOT NULL)""")
    con.execute("""
        CREATE TABLE utterances (
            id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL, speaker_id VARCHAR, first_quote_id VARCHAR NOT NULL,
            first_article_id VARCHAR NOT NULL, first_published VARCHAR,
            n_variants INTEGER NOT NULL, n_articles INTEGER NOT NULL)""")
    con.execute("""
        CREATE TABLE variants (
            utterance_id VARCHAR NOT NULL, quote_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, is_primary BOOLEAN NOT NULL,
            score DOUBLE NOT NULL, labels VARCHAR[] NOT NULL, diff VARCHAR NOT NULL)""")
    con.execute("CREATE TABLE quote_bands (band_key BIGINT NOT NULL, quote_id VARCHAR NOT NULL, "
                "article_id VARCHAR NOT NULL)")
    con.execute("CREATE TABLE stories (id VARCHAR PRIMARY KEY, title VARCHAR, created_at TIMESTAMP NOT NULL)")


@migration("0002_state")
def m0002_state(con: duckdb.DuckDBPyConnection) -> None:
    """A key-value table for linkers' persistent state (e.g. the story clusterer's `to_state()` JSON)."""
    con.execute("CREATE TABLE state (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL, "
                "updated_at TIMESTAMP NOT NULL)")


@migration("0003_article_indexes")
def m0003_article_indexes(con: duckdb.DuckDBPyConnection) -> None:
    """Indexes for per-article lookups (`Store.quotes_of`, the story linker): quotes and mentions by article."""
    con.execute("CREATE INDEX quotes_article ON quotes (article_id)")
    con.execute("CREATE INDEX mentions_article ON mentions (article_id)")


@migration("0004_quote_venue")
def m0004_quote_venue(con: duckdb.DuckDBPyConnection) -> None:
    """Where each quote was said (`Quote.venue`): its text and article offsets, null when not stated. The index
    on `quotes` is rebuilt around the change, as older DuckDB versions alter no table an index depends on."""
    con.execute("DROP INDEX IF EXISTS quotes_article")
    for column, kind in (("venue_text", "VARCHAR"), ("venue_start", "INTEGER"), ("venue_end", "INTEGER")):
        con.execute(f"ALTER TABLE quotes ADD COLUMN {column} {kind}")
    con.execute("CREATE INDEX quotes_article ON quotes (article_id)")
