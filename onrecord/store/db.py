"""The corpus store: one DuckDB file holding articles, quotes, speakers, utterances and stories.

`Store(path)` opens (or creates) the file and applies pending migrations. Writes are transactional: an article
is stored together with all its quotes and mentions, or not at all. Tables are documented in README.md.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import duckdb

from ..errors import Errors, OnrecordError
from ..types import Article, Quote
from .migrations import apply_migrations

DEFAULT_DB = "onrecord.duckdb"
SMALL_INSERT = 2000  # parameters up to which one INSERT ... VALUES beats registering an Arrow table

QUOTE_COLUMNS = ("id", "article_id", "idx", "start", "end", "text", "kind", "speaker_id", "speaker_name",
                 "speaker_mention", "speaker_start", "speaker_end", "cue_text", "cue_start", "cue_end",
                 "addressee_name", "addressee_mention", "nested_in", "confidence", "utterance_id", "venue_text",
                 "venue_start", "venue_end")


def normalized_hash(text: str) -> str:
    """sha256 hex of the NFC, whitespace-collapsed, lowercased text (the ingest spec of `article_hash`)."""
    norm = " ".join(unicodedata.normalize("NFC", text).split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


try:  # the ingest package owns the definition; the local copy follows the same spec
    from ..ingest.normalize import article_hash
except ImportError:
    article_hash = normalized_hash


def quote_id(hash_: str, start: int, end: int, idx: int | None = None) -> str:
    """Stable quote id from the article's content hash and the quote's offsets (and index, for a twin span)."""
    tail = "" if idx is None else f":{idx}"
    return "q" + hashlib.sha256(f"{hash_}:{start}:{end}{tail}".encode()).hexdigest()[:16]


def parse_published(value: str | None) -> dt.datetime | None:
    """ISO 8601 date/datetime -> naive UTC datetime; None when unknown or unparseable."""
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when


@dataclass(frozen=True)
class Added:
    """What `Store.add_articles` did with one article: `status` is "new" or "duplicate"."""

    article_id: str
    status: str
    n_quotes: int
    duplicate_of: str | None = None


def quote_row(q: Quote, article_id: str, idx: int, hash_: str) -> tuple:
    """One `quotes` row (in QUOTE_COLUMNS order) for quote number `idx` of an article."""
    sp, cue, ad, venue = q.speaker, q.cue, q.addressee, q.venue
    return (quote_id(hash_, q.start, q.end), article_id, idx, q.start, q.end, q.text, q.kind, None,
            sp.name if sp else None, sp.mention if sp else None, sp.start if sp else None,
            sp.end if sp else None, cue.text if cue else None, cue.start if cue else None,
            cue.end if cue else None, ad.name if ad else None, ad.mention if ad else None,
            q.nested_in, float(q.confidence), None, venue.text if venue else None, venue.start if venue else None,
            venue.end if venue else None)


def mention_rows(q: Quote, article_id: str, qid: str) -> list[tuple]:
    """`mentions` rows for the speaker and the addressee of one quote."""
    rows = []
    for role, m in (("speaker", q.speaker), ("addressee", q.addressee)):
        if m is not None:
            rows.append((article_id, qid, role, m.name, m.mention, m.start, m.end, None))
    return rows


class Store:
    """A DuckDB corpus store.

    path (str | Path): the database file; ":memory:" for a throw-away store.
    read_only (bool): open without writing (no migrations are applied).

    Example:
        >>> store = Store(":memory:")
        >>> store.add_articles([(Article(id="a", text="x"), [])])[0].status
        'new'
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        self._columns: dict[str, list[str]] = {}
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as e:
            raise OnrecordError(Errors.E201.format(path=self.path, reason=str(e).splitlines()[0])) from None
        if not read_only:
            apply_migrations(self.con)

    def close(self) -> None:
        """Close the connection (committed data is already on disk)."""
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run the block in one transaction: all of it is committed, or none of it on any exception."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- articles ---------------------------------------------------------------------------------------------

    def next_seq(self) -> int:
        """The ingest sequence number the next article gets."""
        return self.con.execute("SELECT coalesce(max(seq) + 1, 0) FROM articles").fetchone()[0]

    def add_articles(self, items: Iterable[tuple[Article, list[Quote]]]) -> list[Added]:
        """Store articles with their quotes and mentions in ONE transaction; duplicates (same hash) are skipped.

        Every article of the call is committed whole, or (on any error) none is. Cost: one hash lookup per
        article plus one insert per table.
        RETURNS (list[Added]): per article, in order, whether it was new or a duplicate.
        """
        results, arts, quotes, mentions = [], [], [], []
        seen: dict[str, str] = {}
        with self.transaction():
            seq = self.next_seq()
            for article, qs in items:
                h = article_hash(article.text)
                dup = seen.get(h) or self.article_by_hash(h)
                if dup:
                    results.append(Added(article.id, "duplicate", 0, dup))
                    continue
                aid = self.free_article_id(article.id, h, {a[0] for a in arts})
                seen[h] = aid
                arts.append(self.article_row(article, aid, h, seq, len(qs)))
                seq += 1
                ids: set[str] = set()
                for idx, q in enumerate(qs):
                    row = quote_row(q, aid, idx, h)
                    if row[0] in ids:  # two quotes with one span: the later one's id also hashes its index
                        row = (quote_id(h, q.start, q.end, idx),) + row[1:]
                    ids.add(row[0])
                    quotes.append(row)
                    mentions.extend(mention_rows(q, aid, row[0]))
                results.append(Added(aid, "new", len(qs)))
            self.insert_rows("articles", arts)
            self.insert_rows("quotes", quotes)
            self.insert_rows("mentions", mentions)
        return results

    @staticmethod
    def article_row(article: Article, aid: str, h: str, seq: int, n_quotes: int) -> tuple:
        """One `articles` row."""
        return (aid, h, seq, article.text, article.title, article.outlet, article.url, article.published,
                parse_published(article.published), article.source, None, dt.datetime.now(), n_quotes, False)

    def insert_rows(self, table: str, rows: list[tuple]) -> None:
        """Bulk-insert rows (tuples in the table's column order): a VALUES list when small, else via Arrow."""
        if not rows:
            return
        names = self.columns(table)
        if len(rows) * len(names) <= SMALL_INSERT:
            marks = "(" + ",".join("?" * len(names)) + ")"
            self.con.execute(f"INSERT INTO {table} VALUES " + ",".join([marks] * len(rows)),
                             [v for r in rows for v in r])
            return
        import pyarrow as pa

        self.con.register("_rows", pa.table({name: [r[i] for r in rows] for i, name in enumerate(names)}))
        self.con.execute(f"INSERT INTO {table} SELECT * FROM _rows")
        self.con.unregister("_rows")

    def columns(self, table: str) -> list[str]:
        """Column names of a table, in order (cached)."""
        if table not in self._columns:
            self._columns[table] = [c[0] for c in self.con.execute(f"DESCRIBE {table}").fetchall()]
        return self._columns[table]

    def article_by_hash(self, h: str) -> str | None:
        """Id of the stored article with this content hash, or None."""
        row = self.con.execute("SELECT id FROM articles WHERE hash = ?", [h]).fetchone()
        return row[0] if row else None

    def free_article_id(self, aid: str, h: str, pending: set[str]) -> str:
        """`aid`, or `aid#<hash prefix>` when a different text already holds that id."""
        taken = aid in pending or self.con.execute("SELECT 1 FROM articles WHERE id = ?", [aid]).fetchone()
        return f"{aid}#{h[:8]}" if taken else aid

    def article(self, article_id: str) -> Article | None:
        """The stored article as an `Article` record, or None."""
        row = self.con.execute("SELECT id, text, title, outlet, url, published, source FROM articles "
                               "WHERE id = ?", [article_id]).fetchone()
        return Article(*row) if row else None

    def quotes_of(self, article_id: str) -> list[Quote]:
        """The stored quotes of one article, in extraction order, as `Quote` records."""
        rows = self.con.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY idx", [article_id]).fetchall()
        return [row_to_quote(dict(zip(QUOTE_COLUMNS, r))) for r in rows]

    def unlinked_article_ids(self) -> list[str]:
        """Articles stored but not yet processed by the linkers, in ingest order."""
        return [r[0] for r in self.con.execute("SELECT id FROM articles WHERE NOT linked ORDER BY seq").fetchall()]

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        tables = ("articles", "quotes", "speakers", "utterances", "stories")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- stories (written by onrecord/link/stories.py) ----------------------------------------------------------

    def upsert_story(self, story_id: str, title: str | None) -> None:
        """Create story `story_id` or update its title. Call inside `transaction()` to group with set_story."""
        self.con.execute("INSERT INTO stories VALUES (?, ?, current_timestamp) ON CONFLICT (id) "
                         "DO UPDATE SET title = excluded.title", [story_id, title])

    def set_story(self, article_id: str, story_id: str | None) -> None:
        """Put an article in a story (None takes it out)."""
        self.con.execute("UPDATE articles SET story_id = ? WHERE id = ?", [story_id, article_id])

    def delete_story(self, story_id: str) -> None:
        """Delete story `story_id` (one merged away or re-split); its articles must already be in other stories."""
        self.con.execute("DELETE FROM stories WHERE id = ?", [story_id])

    def stories(self) -> list[dict[str, Any]]:
        """`[{"id", "title", "articles": [article ids in ingest order]}]`, stories in creation order."""
        rows = self.con.execute("""
            SELECT s.id, s.title, list(a.id ORDER BY a.seq) FILTER (WHERE a.id IS NOT NULL)
            FROM stories s LEFT JOIN articles a ON a.story_id = s.id
            GROUP BY s.id, s.title, s.created_at ORDER BY s.created_at, s.id""").fetchall()
        return [{"id": i, "title": t, "articles": arts or []} for i, t, arts in rows]

    def get_state(self, key: str) -> Any:
        """The JSON value stored under `key` by `put_state`, or None."""
        row = self.con.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else None

    def put_state(self, key: str, value: Any) -> None:
        """Store a JSON-able value under `key` (a linker's incremental state)."""
        self.con.execute("INSERT INTO state VALUES (?, ?, current_timestamp) ON CONFLICT (key) DO UPDATE "
                         "SET value = excluded.value, updated_at = excluded.updated_at", [key, json.dumps(value)])


def row_to_quote(r: dict[str, Any]) -> Quote:
    """A `quotes` row (as a dict) back into a `Quote` record."""
    from ..types import Cue, Mention, Venue

    speaker = None
    if r["speaker_mention"] is not None:
        speaker = Mention(r["speaker_name"], r["speaker_mention"], r["speaker_start"], r["speaker_end"])
    cue = Cue(r["cue_text"], r["cue_start"], r["cue_end"]) if r["cue_text"] is not None else None
    addressee = Mention(r["addressee_name"], r["addressee_mention"], -1, -1) if r["addressee_mention"] else None
    venue = Venue(r["venue_text"], r["venue_start"], r["venue_end"]) if r.get("venue_text") is not None else None
    return Quote(r["article_id"], r["start"], r["end"], r["text"], r["kind"], speaker, cue, addressee,
                 r["nested_in"], r["confidence"], venue=venue)
