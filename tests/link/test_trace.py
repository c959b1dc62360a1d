"""Linking quotes across articles into utterances, and tracing them (hand-made quotes, no spaCy)."""
from __future__ import annotations

import pytest

from onrecord.corpus import IngestSummary, ingest_pairs, select_quotes
from onrecord.errors import OnrecordError
from onrecord.link.trace import trace
from onrecord.store import Store
from onrecord.types import Article, Mention, Quote

SOUL = "She may not be the clearest speaker but she has the kindest soul and I know what she means."
LAMP = ("I trust her, and I trust that her sense of what the lamp stands for is perhaps unlike [from] what it "
        "stands for to others. She is very careful about that... Perhaps [she] doesn't show that. But what it "
        "means to her is something else entirely.")
JOINED = ("It takes her years to write a poem. So when she posts, she may not be the clearest speaker, but she "
          "has the kindest soul and I know what she means. I trust her and I trust that her sense of what the "
          "[BRASS] lamp stand for is perhaps unlike from what it stands for to others.")
SPLIT = "She's very careful about that. She doesn't perhaps show that. But what it mens to her is something else entirely."


def article(aid, quotes, published=None):
    text = " ".join(quotes)
    out, pos = [], 0
    for q in quotes:
        out.append(Quote(aid, pos, pos + len(q), q, "direct", Mention("Ada Lovelace", "she", 0, 3)))
        pos += len(q) + 1
    return Article(aid, text, outlet=f"outlet-{aid}", published=published), out


@pytest.fixture
def store():
    s = Store(":memory:")
    ingest_pairs(s, [article("a0", [SOUL, LAMP], "2020-05-01")], IngestSummary())
    ingest_pairs(s, [article("a1", [JOINED, SPLIT], "2020-05-02")], IngestSummary())
    yield s
    s.close()


def test_trace_part_quoted_within_a_joined_quote(store):
    (u,) = trace(store, "kindest soul", limit=1)
    assert [o["article_id"] for o in u["occurrences"]] == ["a0", "a1"]
    assert u["canonical"] == SOUL and u["occurrences"][1]["passage"].startswith("she may not be")


def test_trace_split_quote_links_both_parts(store):
    (u,) = trace(store, "something else entirely", limit=1)
    assert [o["article_id"] for o in u["occurrences"]] == ["a0", "a1", "a1"]
    diffs = {(d["op"], d["canonical"], d["variant"]) for o in u["occurrences"] for d in o["diff"]}
    assert {("bracket", "[from]", "from"), ("bracket", "", "[BRASS]"), ("substitute", "means", "mens"),
            ("bracket", "[she]", "She"), ("elision", "...", "")} <= diffs


def test_trace_earliest_first_by_date():
    s = Store(":memory:")
    ingest_pairs(s, [article("late", [SOUL], "2021-01-01"), article("early", [SOUL + " Truly."], "2019-01-01")],
                 IngestSummary())
    (u,) = trace(s, "clearest speaker")
    assert u["first_article_id"] == "early" and [o["published"] for o in u["occurrences"]] == ["2019-01-01",
                                                                                               "2021-01-01"]


def test_trace_unrelated_quotes_stay_apart(store):
    ingest_pairs(store, [article("a2", ["The harbour froze over twice this winter and the boats stayed in."])],
                 IngestSummary())
    assert trace(store, "harbour froze")[0]["n_articles"] == 1


def test_trace_relinking_is_idempotent(store):
    before = store.con.execute("SELECT count(*), sum(n_variants) FROM utterances").fetchone()
    ingest_pairs(store, [article("a0", [SOUL, LAMP])], IngestSummary())  # same text: duplicate
    assert store.con.execute("SELECT count(*), sum(n_variants) FROM utterances").fetchone() == before


@pytest.mark.parametrize("query,code", [("", "empty query"), ("zebra unicorn", "no quote matches")])
def test_trace_bad_query_one_line(store, query, code):
    with pytest.raises(OnrecordError, match=code):
        trace(store, query)


def test_quotes_filter_by_speaker_and_unknown(store):
    assert len(select_quotes(store, speaker="ada lovelace")) == 4
    assert len(select_quotes(store, speaker="ada lovelace", min_confidence=0.5)) == 4  # stored at 0.5
    assert select_quotes(store, min_confidence=0.51) == []
    with pytest.raises(OnrecordError, match="no speaker"):
        select_quotes(store, speaker="Nobody Here")
