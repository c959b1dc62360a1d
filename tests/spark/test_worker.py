"""Executor-side extraction: a bad article is logged with its id and skipped (no Spark needed)."""
from __future__ import annotations

import logging

import onrecord
from onrecord.spark.worker import extract_chunk
from onrecord.types import Article, Quote


def _fake_extract(articles, *, nlp=None, n_process=1, batch_size=32, join=False, on_error=None):
    """Quotes the first five characters of each article; raises on an article containing 'POISON'."""
    for a in articles:
        if "POISON" in a.text:
            raise ValueError("cannot parse")
        yield a, [Quote(a.id, 0, 5, a.text[:5], "direct")]


def test_extract_chunk_skips_bad_article(monkeypatch, caplog):
    monkeypatch.setattr(onrecord, "extract_articles", _fake_extract, raising=False)
    chunk = [Article("ok1", "Hello there"), Article("bad", "POISON pill", source="f.jsonl:2"),
             Article("ok2", "World news")]
    errors = []
    with caplog.at_level(logging.WARNING):
        results = extract_chunk(chunk, nlp=None, batch_size=8, errors=errors)
    assert [a.id for a, _ in results] == ["ok1", "ok2"]
    assert errors == [("bad", "f.jsonl:2", "ValueError: cannot parse")]
    assert "skipping article bad" in caplog.text


def test_extract_chunk_keeps_order_without_errors(monkeypatch):
    monkeypatch.setattr(onrecord, "extract_articles", _fake_extract, raising=False)
    chunk = [Article(f"a{i}", f"text {i} here") for i in range(5)]
    results = extract_chunk(chunk, nlp=None, batch_size=2, errors=[])
    assert [q[0].text for _, q in results] == [f"text {i}"[:5] for i in range(5)]


def test_extract_chunk_records_a_rule_failure_without_reparsing(monkeypatch, nlp, rules_fail_on_bad):
    calls = []
    original = onrecord.extract_articles
    monkeypatch.setattr(onrecord, "extract_articles", lambda arts, **kw: calls.append(1) or original(arts, **kw))
    chunk = [Article("a", "“We won the vote,” said Ann Lee."), Article("bad", "“No,” Bo Li said.", source="f:2")]
    errors = []
    results = extract_chunk(chunk, nlp=nlp, batch_size=8, errors=errors)
    assert [a.id for a, _ in results] == ["a"] and len(calls) == 1
    assert errors == [("bad", "f:2", "bad: quote extraction failed (ValueError: boom); the article was skipped, please report it")]


def test_extract_shard_join_folds_a_resumed_quote(tmp_path, monkeypatch, nlp):
    import json

    from onrecord.spark import worker

    monkeypatch.setitem(worker._PIPELINE, "nlp", nlp)
    path = tmp_path / "a.jsonl"
    text = "“The levee held through the night,” Ada Ruiz said. “It will hold again tomorrow.”"
    path.write_text(json.dumps({"id": "a1", "text": text}) + "\n")
    shard = ((str(path),), 0, -1, 1)

    def quotes(join):
        return [row for tag, row in worker.extract_shard([shard], join=join) if tag == worker.TAG_QUOTE]

    assert len(quotes(False)) == 2
    [joined] = quotes(True)
    assert joined[4].startswith("The levee") and joined[4].endswith("tomorrow.")
