"""The seed targets: best-heart, hat-meaning and afterwards link 000 and 001, with the expected diffs."""
from __future__ import annotations

import pytest

from onrecord.corpus import IngestSummary, ingest_pairs
from onrecord.link.trace import trace
from onrecord.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_store(shared, nlp):
    from onrecord import extract_articles
    from onrecord.ingest import read_articles

    paths = sorted((shared / "seeds").glob("*.txt"))
    s = Store(":memory:")
    ingest_pairs(s, extract_articles(read_articles(paths), nlp=nlp), IngestSummary())
    yield s
    s.close()


def changes(results):
    return {(d["op"], d["canonical"].lower(), d["variant"].lower())
            for u in results for o in u["occurrences"] for d in o["diff"]}


def articles(results):
    return {o["article_id"].rsplit("/", 1)[-1][:3] for u in results for o in u["occurrences"]}


@pytest.mark.parametrize("query", ["best communicator", "mindful about that", "Afterwards, I might let him know"])
def test_seed_utterance_links_000_and_001(seed_store, query):
    results = trace(seed_store, query, limit=1)
    assert {"000", "001"} <= articles(results)


def test_seed_hat_meaning_diffs(seed_store):
    got = changes(trace(seed_store, "what the hat represents", limit=1) + trace(seed_store, "mindful", limit=1))
    assert ("bracket", "[than]", "than") in got
    assert ("bracket", "[he]", "he") in got and ("reorder", "", "maybe") in got
    assert ("substitute", "means", "mans") in got and ("substitute", "represents", "represent") in got
