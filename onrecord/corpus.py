"""The corpus Python API: ingest articles into a store, link them, and ask it questions.

    >>> from onrecord import corpus
    >>> summary = corpus.ingest(["articles/"], db="onrecord.duckdb")      # read -> extract -> store -> link
    >>> corpus.trace("best heart", db="onrecord.duckdb")[0]["occurrences"]  # every outlet's wording
    >>> corpus.speakers(db="onrecord.duckdb"); corpus.quotes(speaker="Kim Kardashian", db="onrecord.duckdb")

The CLI commands `ingest`, `speakers`, `trace` and `quotes` are one call each to these functions.
"""
from __future__ import annotations

import itertools
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .errors import Errors, InputError, OnrecordError, report_or_raise
from .link.trace import link_quotes
from .link.trace import trace as trace_in
from .speakers.registry import link_speakers
from .speakers.registry import speakers as speakers_in
from .store import DEFAULT_DB, Store, article_hash
from .types import Article, Quote

LINK_EVERY = 256  # articles stored between two incremental linking passes


@dataclass
class IngestSummary:
    """What one ingest did (the final summary line)."""

    new: int = 0
    duplicate: int = 0
    failed: int = 0
    quotes: int = 0
    speakers: int = 0
    utterances: int = 0
    extract_seconds: float = 0.0
    store_seconds: float = 0.0
    link_seconds: float = 0.0
    stories_seconds: float = 0.0  # part of link_seconds spent in the story clustering
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values."""
        return asdict(self)


def stories_hook() -> Callable | None:
    """`onrecord.link.stories.assign_stories(store, article_ids)` when the story clustering provides it."""
    try:
        from .link import stories
    except ImportError:
        return None
    return getattr(stories, "assign_stories", None)


def link(store: Store, summary: IngestSummary | None = None) -> dict[str, int]:
    """Run the linkers over every article not yet linked, in one transaction.

    Order: speaker registry (quotes get `speaker_id`), quote tracing (utterances use it), stories.
    """
    t0 = time.perf_counter()
    ids = store.unlinked_article_ids()
    if not ids:
        return {}
    assign = stories_hook()
    with store.transaction() as con:
        out = {**link_speakers(store), **link_quotes(store)}
        if assign is not None:
            t1 = time.perf_counter()
            assign(store, ids)
            if summary is not None:
                summary.stories_seconds += time.perf_counter() - t1
        con.execute("UPDATE articles SET linked = true WHERE NOT linked")
    if summary is not None:
        summary.link_seconds += time.perf_counter() - t0
    return out


def unseen(articles: Iterable[Article], store: Store, summary: IngestSummary) -> Iterator[Article]:
    """Drop articles whose text the store already holds (no extraction spent on them)."""
    return (article for article in articles if not _seen(store, article, summary))


def _seen(store: Store, article: Article, summary: IngestSummary) -> bool:
    """Whether the store already holds this article's text (counted as a duplicate)."""
    if store.article_by_hash(article_hash(article.text)):
        summary.duplicate += 1
        return True
    return False


def timed(items: Iterator, summary: IngestSummary) -> Iterator:
    """Yield from `items`, adding the time spent producing them to `summary.extract_seconds`."""
    while True:
        t0 = time.perf_counter()
        try:
            item = next(items)
        except StopIteration:
            return
        summary.extract_seconds += time.perf_counter() - t0
        yield item


def store_batch(store: Store, batch: list[tuple[Article, list[Quote]]], summary: IngestSummary,
                on_error: Callable[[Exception], None] | None) -> None:
    """Store whole articles in one transaction; when it fails, retry one by one to isolate the bad one."""
    t0 = time.perf_counter()
    try:
        try:
            added = store.add_articles(batch)
        except Exception as e:  # one bad article: each gets its own transaction, the bad one is reported
            if len(batch) == 1:
                report_or_raise(InputError(Errors.E207.format(article=batch[0][0].id, reason=str(e).splitlines()[0])),
                                on_error)
                return
            for pair in batch:
                store_batch(store, [pair], summary, on_error)
            return
    finally:
        summary.store_seconds += time.perf_counter() - t0
    for a in added:
        summary.new += a.status == "new"
        summary.duplicate += a.status == "duplicate"
        summary.quotes += a.n_quotes


def ingest_pairs(store: Store, pairs: Iterable[tuple[Article, list[Quote]]], summary: IngestSummary,
                 on_error: Callable[[Exception], None] | None = None,
                 on_done: Callable[[IngestSummary], None] | None = None, link_every: int = LINK_EVERY,
                 commit_every: int = 1) -> None:
    """Store already-extracted articles and link them every `link_every` new articles and at the end.

    commit_every (int): articles per transaction (1: each article commits alone, what `ingest` does; a larger
    batch is faster and still never stores half an article). `on_done` is called after each commit.
    """
    since, batch = 0, []
    for pair in pairs:
        batch.append(pair)
        if len(batch) < commit_every:
            continue
        before = summary.new
        store_batch(store, batch, summary, on_error)
        batch = []
        since += summary.new - before
        if on_done is not None:
            on_done(summary)
        if since >= link_every:
            link(store, summary)
            since = 0
    if batch:
        store_batch(store, batch, summary, on_error)
        if on_done is not None:
            on_done(summary)
    link(store, summary)


def ingest(paths: Iterable[str | Path], db: str | Path = DEFAULT_DB, *, keep_going: bool = False,
           on_error: Callable[[Exception], None] | None = None, nlp=None, n_process: int = 1,
           batch_size: int = 32, progress: bool = False, link_every: int = LINK_EVERY) -> IngestSummary:
    """Read, extract, store and link articles (`onrecord ingest`).

    Each article is committed in its own transaction with its quotes and mentions; an article whose text the
    store already holds is skipped, so ingesting the same input twice changes nothing. Linking (speakers,
    tracing, stories) runs after every `link_every` new articles and at the end.

    Args:
        paths: files (.txt .html .htm .jsonl .warc .warc.gz), folders, "-", or output directories of
            `onrecord spark` (loaded as extracted there, so the web app can browse a Spark run).
        db: the DuckDB file (created when missing).
        keep_going: report bad inputs/articles through `on_error` (default: print on stderr) and go on.
        nlp, n_process, batch_size: passed to `onrecord.extract_articles`.
        progress: show a progress bar on stderr.
    Returns:
        IngestSummary: articles new / duplicate / failed, quotes, speakers, utterances and timings.
    """
    from . import extract_articles
    from .ingest import read_articles

    summary = IngestSummary()
    if keep_going and on_error is None:
        on_error = lambda e: print(f"error: {e}", file=sys.stderr)  # noqa: E731
    def count_and_report(e: Exception) -> None:
        summary.failed += 1
        summary.errors.append(str(e))
        on_error(e)

    counting = count_and_report if on_error is not None else None
    from .spark.load import is_spark_output, read_spark_output

    paths = [str(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    spark_runs = [p for p in paths if is_spark_output(p)]  # already extracted: stored as they are
    files = [p for p in paths if p not in spark_runs]
    with Store(db) as store:
        articles = unseen(read_articles(files, keep_going=keep_going, on_error=counting), store, summary)
        extracted = extract_articles(articles, nlp=nlp, n_process=n_process, batch_size=batch_size,
                                     on_error=counting if keep_going else None) if files else iter(())
        loaded = (pair for run in spark_runs for pair in read_spark_output(run)
                  if not _seen(store, pair[0], summary))
        pairs = itertools.chain(timed(iter(extracted), summary), loaded)
        with progress_bar(progress) as on_done:
            ingest_pairs(store, pairs, summary, on_error=counting if keep_going else None, on_done=on_done,
                         link_every=link_every)
        counts = store.counts()
    summary.speakers, summary.utterances = counts["speakers"], counts["utterances"]
    return summary


class progress_bar:
    """A rich progress display on stderr (a no-op when disabled); calling it shows the running counts."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __enter__(self) -> Callable[[IngestSummary], None] | None:
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("ingesting", total=None)
        return self.update

    def update(self, s: IngestSummary) -> None:
        """Show the counts so far."""
        self.bar.update(self.task, description=f"articles new {s.new}, duplicate {s.duplicate}, "
                                               f"failed {s.failed}; quotes {s.quotes}")

    def __exit__(self, *exc: Any) -> None:
        if self.enabled:
            self.bar.stop()


def open_store(db: str | Path) -> Store:
    """An existing store (E202 when the file is missing)."""
    if str(db) != ":memory:" and not Path(db).exists():
        raise OnrecordError(Errors.E202.format(path=db))
    return Store(db)


def trace(query: str, db: str | Path = DEFAULT_DB, *, limit: int = 10) -> list[dict[str, Any]]:
    """Every occurrence of the utterance(s) containing `query`, earliest first (see link.trace.trace)."""
    with open_store(db) as store:
        return trace_in(store, query, limit=limit)


def speakers(db: str | Path = DEFAULT_DB) -> list[dict[str, Any]]:
    """Every corpus speaker: id, name, aliases, quote_count, article_count; most quoted first."""
    with open_store(db) as store:
        return speakers_in(store)


def quotes(db: str | Path = DEFAULT_DB, *, speaker: str | None = None, story: str | None = None,
           min_confidence: float = 0.0, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored quotes as records (DESIGN.md fields plus ids), filtered by speaker name/alias and/or story id, and
    to those at least `min_confidence` confident.

    Ordered by publication date when known, then ingest order and position in the article.
    Raises OnrecordError E205/E206 when the speaker or story is unknown.
    """
    with open_store(db) as store:
        return select_quotes(store, speaker=speaker, story=story, min_confidence=min_confidence, limit=limit)


def speaker_ids(store: Store, name: str) -> list[str]:
    """Speakers whose id, display name or an alias equals `name` (case-insensitive)."""
    rows = store.con.execute("SELECT id FROM speakers WHERE lower(id) = lower(?) OR lower(name) = lower(?) "
                             "OR lower(?) IN (SELECT lower(unnest(aliases)))",
                             [name, name, name]).fetchall()
    return [r[0] for r in rows]


def select_quotes(store: Store, *, speaker: str | None = None, story: str | None = None,
                  min_confidence: float = 0.0, limit: int | None = None) -> list[dict[str, Any]]:
    """The query behind `quotes` on an open store."""
    where, params = [], []
    if min_confidence > 0:
        where.append("q.confidence >= ?")
        params.append(min_confidence)
    if speaker is not None:
        ids = speaker_ids(store, speaker)
        if not ids:
            raise OnrecordError(Errors.E205.format(name=speaker))
        where.append("q.speaker_id IN (SELECT unnest(?))")
        params.append(ids)
    if story is not None:
        if not store.con.execute("SELECT 1 FROM stories WHERE id = ?", [story]).fetchone():
            raise OnrecordError(Errors.E206.format(story=story))
        where.append("a.story_id = ?")
        params.append(story)
    sql = f"""SELECT q.id, q.article_id, a.outlet, a.published, a.story_id, q.start, q."end", q.text, q.kind,
                     q.speaker_id, s.name, q.speaker_name, q.speaker_mention, q.cue_text, q.addressee_name,
                     q.venue_text, q.nested_in, q.confidence, q.utterance_id
              FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
              {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY a.published_ts NULLS LAST, a.seq, q.idx {f"LIMIT {int(limit)}" if limit else ""}"""
    keys = ("id", "article_id", "outlet", "published", "story_id", "start", "end", "text", "kind", "speaker_id",
            "speaker", "speaker_name", "speaker_mention", "cue", "addressee", "venue", "nested_in", "confidence",
            "utterance_id")
    return [dict(zip(keys, r)) for r in store.con.execute(sql, params).fetchall()]
