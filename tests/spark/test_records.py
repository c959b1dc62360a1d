"""Flat Parquet rows <-> Quote / Article, and the job's input planning (no Spark needed)."""
from __future__ import annotations

import json

import pytest

from onrecord.errors import OnrecordError
from onrecord.spark.job import check_master, find_inputs, plan_shards
from onrecord.spark.records import (ARTICLE_COLUMNS, QUOTE_COLUMNS, article_from_row, article_row, quote_from_row,
                                    quote_row)
from onrecord.types import Article, Cue, Mention, Quote, Venue

QUOTES = [
    Quote("d1", 10, 30, "we will rebuild the dam", "direct", speaker=Mention("Ada Park", "she", 2, 5),
          cue=Cue("said", 6, 10), confidence=0.91, venue=Venue("the dam site", 80, 92)),
    Quote("d1", 40, 52, "the dam", "indirect", addressee=Mention("Bo Lim", "Lim", 60, 63), nested_in=0),
    Quote("d1", 70, 75, "no", "mixed"),
]


@pytest.mark.parametrize("quote", QUOTES)
def test_quote_row_roundtrip(quote):
    row = quote_row(quote, 3)
    assert len(row) == len(QUOTE_COLUMNS)
    assert dict(zip(QUOTE_COLUMNS, row))["idx"] == 3
    assert quote_from_row(row).to_dict() == quote.to_dict()


def test_quote_row_flattens_the_design_record():
    row = dict(zip(QUOTE_COLUMNS, quote_row(QUOTES[0], 0)))
    d = QUOTES[0].to_dict()
    assert (row["speaker_name"], row["speaker_mention"], row["speaker_start"]) == ("Ada Park", "she", 2)
    assert (row["cue_text"], row["cue_end"]) == (d["cue"]["text"], d["cue"]["end"])
    assert row["addressee_name"] is None and row["confidence"] == 0.91
    assert (row["venue_text"], row["venue_start"], row["venue_end"]) == ("the dam site", 80, 92)


def test_article_row_roundtrip_counts_words():
    a = Article("d1", "One two  three\nfour", title="T", outlet="O", url="u", published="2020-01-01", source="s")
    row = article_row(a, 2)
    assert dict(zip(ARTICLE_COLUMNS, row))["n_words"] == 4
    assert article_from_row(row) == a


def _jsonl(path, sizes):
    """A JSONL file with one article per entry of `sizes` (words)."""
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": "word " * n}) + "\n" for i, n in enumerate(sizes)))
    return str(path)


def test_plan_shards_cuts_jsonl_into_ranges_and_keeps_warc_whole(tmp_path):
    a = _jsonl(tmp_path / "a.jsonl", [50] * 40)
    shards = plan_shards([a, "b.warc.gz", "c.txt", "d.html"], parallelism=4)
    ranges = [s for s in shards if s[0] == (a,)]
    assert len(ranges) == 4 and ranges[0][1] == 0 and all(s[2] > s[1] for s in ranges)
    assert all(x[2] == y[1] for x, y in zip(ranges, ranges[1:]))  # contiguous, nothing read twice
    assert (("b.warc.gz",), 0, -1, 1) in shards
    assert (("c.txt", "d.html"), 0, -1, 1) in shards


def test_plan_shards_balances_bytes_across_files(tmp_path):
    big = _jsonl(tmp_path / "big.jsonl", [100] * 30)
    small = _jsonl(tmp_path / "small.jsonl", [100] * 10)
    shards = plan_shards([big, small], parallelism=4)
    per_file = {p: sum(1 for s in shards if s[0] == (p,)) for p in (big, small)}
    assert per_file == {big: 3, small: 1}


def test_find_inputs_no_match_raises(tmp_path):
    with pytest.raises(OnrecordError, match="no input file matches"):
        find_inputs([str(tmp_path / "*.jsonl")])


def test_find_inputs_expands_folders_and_globs(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.jsonl", "sub/b.warc.gz", "sub/notes.pdf"):
        (tmp_path / name).write_text("x")
    assert find_inputs([str(tmp_path)]) == [str(tmp_path / "a.jsonl"), str(tmp_path / "sub" / "b.warc.gz")]
    assert find_inputs([str(tmp_path / "*.jsonl")]) == [str(tmp_path / "a.jsonl")]


@pytest.mark.parametrize("master", ["local", "local[2]", "local[*]", "local[4,2]", "spark://h:7077", "yarn"])
def test_check_master_accepts_spark_urls(master):
    check_master(master)


@pytest.mark.parametrize("master", ["nonsense[", "local[two]", "http://h:7077", ""])
def test_check_master_rejects_with_message(master):
    with pytest.raises(OnrecordError, match="unknown Spark master"):
        check_master(master)


def test_plan_shards_caps_bytes_per_task(tmp_path, monkeypatch):
    import onrecord.spark.job as job

    monkeypatch.setattr(job, "PART_BYTES", 1000)
    path = _jsonl(tmp_path / "big.jsonl", [40] * 100)
    shards = plan_shards([path], parallelism=1)
    assert len(shards) >= 20 and max(s[2] - s[1] for s in shards) < 1300
