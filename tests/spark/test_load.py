"""Reading a Spark output directory back for the store (DuckDB only)."""
from __future__ import annotations

import pytest

from onrecord.errors import OnrecordError
from onrecord.spark.load import is_spark_output, read_quote_links, read_spark_output, read_speakers

from .conftest import PAGE_URL

pytestmark = pytest.mark.spark


def test_read_spark_output_yields_articles_with_their_quotes(spark_run):
    out, summary = spark_run
    pairs = list(read_spark_output(out))
    assert [a.id for a, _ in pairs] == sorted(["t1", "t2", "t3", "t4", PAGE_URL])
    assert sum(len(q) for _, q in pairs) == summary["quotes"]
    for article, quotes in pairs:
        assert all(q.doc_id == article.id and article.text[q.start:q.end] == q.text for q in quotes)
    assert dict((a.id, a.outlet) for a, _ in pairs)["t4"] == "Valley Post"
    assert [q.venue.text for q in {a.id: qs for a, qs in pairs}["t2"] if q.venue] == ["the pier"]


def test_read_spark_output_of_a_run_written_before_quotes_had_a_venue(spark_run, tmp_path):
    import shutil

    import duckdb

    out, summary = spark_run
    old = tmp_path / "old"
    shutil.copytree(out / "articles", old / "articles")
    (old / "quotes").mkdir()
    columns = "* EXCLUDE (venue_text, venue_start, venue_end)"
    duckdb.sql(f"COPY (SELECT {columns} FROM read_parquet('{out}/quotes/*.parquet')) "
               f"TO '{old}/quotes/part-0.parquet' (FORMAT parquet)")
    quotes = [q for _, qs in read_spark_output(old) for q in qs]
    assert len(quotes) == summary["quotes"] and all(q.venue is None for q in quotes)


def test_read_quote_links_and_speakers_as_dicts(spark_run):
    out, _ = spark_run
    assert {"doc_id_a", "idx_a", "doc_id_b", "idx_b", "jaccard"} <= set(read_quote_links(out)[0])
    assert all(s["n_quotes"] >= 1 for s in read_speakers(out))


def test_is_spark_output_rejects_other_folders(tmp_path):
    assert not is_spark_output(tmp_path)
    with pytest.raises(OnrecordError, match="not a Spark output directory"):
        list(read_spark_output(tmp_path))


def test_ingest_loads_a_spark_run_into_the_store(spark_run, tmp_path):
    from onrecord import corpus
    from onrecord.spark.load import read_spark_output

    out, summary = spark_run
    db = tmp_path / "store.duckdb"
    first = corpus.ingest([str(out)], db)
    assert first.new == 5 and first.quotes == summary["quotes"]
    again = corpus.ingest([str(out)], db)
    assert again.new == 0 and again.duplicate == 5
    stored = {q["text"] for q in corpus.quotes(db)}
    assert stored == {q.text for _, qs in read_spark_output(out) for q in qs}
