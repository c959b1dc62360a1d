"""The Spark job in local mode on five invented articles (a JSONL and a WARC shard): the same quotes as `onrecord extract`, record for
record, and the tables it promises."""
from __future__ import annotations

import json

import pytest

from onrecord.errors import OnrecordError
from onrecord.spark.records import quote_from_row

from .conftest import PAGE_URL

pytestmark = pytest.mark.spark
pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install 'onrecord[spark]')")


def _table(out, name):
    return pq.read_table(out / name).to_pylist()


def _cli_quotes(corpus):
    """The records `onrecord extract --format jsonl` prints for the same input, with their index in the article."""
    from typer.testing import CliRunner

    from onrecord.cli import app

    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(corpus)])
    assert result.exit_code == 0, result.output
    records, seen = [], {}
    for line in result.stdout.splitlines():
        if line.strip():
            r = json.loads(line)
            seen[r["doc_id"]] = seen.get(r["doc_id"], -1) + 1
            records.append(dict(r, idx=seen[r["doc_id"]]))
    return records


def test_run_quotes_match_extract_record_for_record(spark_run, corpus):
    out, _ = spark_run
    spark_records = [dict(quote_from_row(r).to_dict(), idx=r["idx"]) for r in _table(out, "quotes")]
    key = lambda r: (r["doc_id"], r["idx"])  # noqa: E731
    expected = sorted(_cli_quotes(corpus), key=key)
    assert expected, "the engine found no quote in the fixtures"
    assert sorted(spark_records, key=key) == expected


def test_run_writes_every_table_and_metrics(spark_run):
    out, summary = spark_run
    for table in ("articles", "quotes", "speakers", "quote_links", "errors"):
        assert (out / table).is_dir(), table
    articles = _table(out, "articles")
    assert sorted(a["id"] for a in articles) == sorted(["t1", "t2", "t3", "t4", PAGE_URL])
    assert summary["files"] == 2 and summary["articles"] == 5 and summary["errors"] == 0
    assert sum(w["articles"] for w in summary["workers"]) == 5
    assert json.loads((out / "_metrics.json").read_text())["quotes"] == len(_table(out, "quotes"))
    assert not list(out.parent.glob(".run.partial-*"))


def test_run_links_the_same_utterance_across_outlets(spark_run):
    out, _ = spark_run
    quotes = {(q["doc_id"], q["idx"]): q["text"] for q in _table(out, "quotes")}
    links = _table(out, "quote_links")
    linked = {(link["doc_id_a"], link["doc_id_b"]) for link in links}
    assert ("t1", "t2") in linked, (quotes, links)
    assert all(link["doc_id_a"] != link["doc_id_b"] for link in links)


def test_run_refuses_non_empty_output(spark, corpus, tmp_path):
    from onrecord.spark.job import run

    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(OnrecordError, match="not empty"):
        run([str(corpus)], tmp_path, spark=spark)
    assert (tmp_path / "keep.txt").exists()
