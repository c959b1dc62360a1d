"""Flat Parquet rows <-> Quote / Article, and the job's input planning (no Spark needed)."""
from __future__ import annotations

import pytest

from onrecord.errors import OnrecordError
from onrecord.spark.job import check_master, find_inputs, plan_shards
from onrecord.spark.records import (ARTICLE_COLUMNS, QUOTE_COLUMNS, article_from_row, article_row, quote_from_row,
                                    quote_row)
from onrecord.types import Article, Cue, Mention, Quote

QUOTES = [
    Quote("d1", 10, 30, "we will rebuild the dam", "direct", speaker=Mention("Ada Park", "she", 2, 5),
          cue=Cue("said", 6, 10), confidence=0.91),
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


def test_article_row_roundtrip_counts_words():
    a = Article("d1", "One two  three\nfour", title="T", outlet="O", url="u", published="2020-01-01", source="s")
    row = article_row(a, 2)
    assert dict(zip(ARTICLE_COLUMNS, row))["n_words"] == 4
    assert article_from_row(row) == a


def test_plan_shards_splits_jsonl_and_keeps_warc_whole():
    shards = plan_shards(["a.jsonl", "b.warc.gz", "c.txt", "d.html"], parallelism=4)
    assert [s for s in shards if s[0] == ("a.jsonl",)] == [(("a.jsonl",), p, 4) for p in range(4)]
    assert (("b.warc.gz",), 0, 1) in shards
    assert (("c.txt", "d.html"), 0, 1) in shards


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


def test_plan_shards_caps_parts_of_one_file():
    shards = plan_shards(["big.jsonl"], parallelism=1000)
    assert len(shards) == 32 and {s[2] for s in shards} == {32}
