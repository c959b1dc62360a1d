"""What runs inside a Spark executor: read one shard of input, extract quotes, emit tagged rows.

No pyspark import here; `extract_shard` is a plain generator that `mapPartitions` calls once per task. The spaCy
pipeline is loaded once per Python worker process (module-level cache) and reused by every later task of that
worker (Spark reuses Python workers by default, `spark.python.worker.reuse=true`).

A shard is `(paths, start, end, first_line)`: with `end >= 0` the lines of the JSONL file `paths[0]` that start in
the byte range [start, end) (`ingest.jsonl.line_ranges` cuts them in the driver), else every article of `paths`
(a WARC file, or a group of small files). Each task reads only its own bytes.
"""
from __future__ import annotations

import logging
import os
import resource
import time
from collections.abc import Iterable, Iterator
from typing import Any

from ..types import Article
from .records import article_row, count_words, quote_rows

LOGGER = logging.getLogger(__name__)

TAG_ARTICLE, TAG_QUOTE, TAG_ERROR, TAG_METRICS = "a", "q", "e", "m"
METRIC_COLUMNS = ("pid", "articles", "words", "quotes", "errors", "seconds", "load_seconds", "max_rss_kb")

_PIPELINE: dict[str, Any] = {}  # one spaCy pipeline per Python worker process


def pipeline():
    """The spaCy pipeline of this process, loaded on first use (once per Spark Python worker)."""
    if "nlp" not in _PIPELINE:
        import onrecord

        started = time.perf_counter()
        _PIPELINE["nlp"] = onrecord.load_pipeline()
        _PIPELINE["load_seconds"] = time.perf_counter() - started
    return _PIPELINE["nlp"]


def max_rss_kb() -> int:
    """Peak resident memory of this process so far, in KiB (Linux `ru_maxrss`)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def shard_articles(shard: tuple, errors: list[tuple]) -> Iterator[Article]:
    """The articles of one shard; unreadable files or lines are appended to `errors` and skipped."""
    from ..errors import InputError
    from ..ingest import read_articles
    from ..ingest.jsonl import read_jsonl_range

    def on_error(exc: Exception) -> None:
        LOGGER.warning("skipping unreadable input: %s", exc)
        errors.append((None, None, str(exc)))

    paths, start, end, first_line = shard
    if end < 0:
        yield from read_articles(list(paths), keep_going=True, on_error=on_error)
        return
    try:
        yield from read_jsonl_range(paths[0], start, end, first_line, on_error=on_error)
    except InputError as exc:  # the file itself is unreadable
        on_error(exc)


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of at most `size` consecutive items."""
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_chunk(chunk: list[Article], nlp, batch_size: int, errors: list[tuple], join: bool = False) -> list[tuple]:
    """(article, quotes) for each article of `chunk`; a failing article is logged, added to `errors`, skipped.

    The chunk goes through `onrecord.extract_articles` in one batch, which reports an article its rules fail on
    and goes on; only if the batch itself raises (the parser, say) is it redone one article at a time, so one
    bad article costs at most a re-parse of its chunk, never the task.
    """
    import onrecord

    def skip(exc) -> None:
        article = exc.article
        LOGGER.warning("skipping article %s (%s): %s", article.id, article.source, exc)
        errors.append((article.id, article.source, str(exc)))

    try:
        return list(onrecord.extract_articles(chunk, nlp=nlp, batch_size=batch_size, join=join, on_error=skip))
    except Exception:  # noqa: BLE001 - isolate the bad article below
        pass
    results = []
    for article in chunk:
        try:
            results.extend(onrecord.extract_articles([article], nlp=nlp, batch_size=1, join=join))
        except Exception as exc:  # noqa: BLE001 - a bad article never crashes the job
            LOGGER.warning("skipping article %s (%s): %s: %s", article.id, article.source, type(exc).__name__, exc)
            errors.append((article.id, article.source, f"{type(exc).__name__}: {exc}"))
    return results


def extract_shard(shards: Iterable[tuple], batch_size: int = 32, join: bool = False) -> Iterator[tuple[str, tuple]]:
    """Tagged rows for every shard of one Spark partition: ("a", article row), ("q", quote row), ("e", error
    row), then one ("m", metrics row) with this worker's counts, time and peak memory.

    Cost: one spaCy parse per article; memory is one chunk of `batch_size` articles at a time.
    """
    nlp = pipeline()
    started = time.perf_counter()
    counts = {"articles": 0, "words": 0, "quotes": 0, "errors": 0}
    for shard in shards:
        errors: list[tuple] = []
        for chunk in _chunks(shard_articles(shard, errors), batch_size):
            for article, quotes in extract_chunk(chunk, nlp, batch_size, errors, join):
                counts["articles"] += 1
                counts["words"] += count_words(article.text)
                counts["quotes"] += len(quotes)
                yield TAG_ARTICLE, article_row(article, len(quotes))
                for row in quote_rows(quotes):
                    yield TAG_QUOTE, row
            yield from ((TAG_ERROR, e) for e in errors)
            counts["errors"] += len(errors)
            errors.clear()
        yield from ((TAG_ERROR, e) for e in errors)
        counts["errors"] += len(errors)
    yield TAG_METRICS, (os.getpid(), counts["articles"], counts["words"], counts["quotes"], counts["errors"],
                        time.perf_counter() - started, _PIPELINE.get("load_seconds", 0.0), max_rss_kb())
