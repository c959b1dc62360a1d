"""The DuckDB store: migrations, transactional idempotent article writes, stories and state."""
from __future__ import annotations

import pytest

from onrecord.store import Store
from onrecord.store.db import normalized_hash, quote_id, quote_row
from onrecord.store.migrations import MIGRATIONS
from onrecord.store.migrations import apply_migrations
from onrecord.types import Article, Cue, Mention, Quote, Venue

TEXT = 'The baker said "our bread rises before the sun does" and left.'


def make_quote(doc="a1", start=16, end=51):
    return Quote(doc, start, end, TEXT[start:end], "direct", Mention("Ann Baker", "The baker", 0, 9),
                 Cue("said", 10, 14), nested_in=None, confidence=0.9)


@pytest.fixture
def store():
    s = Store(":memory:")
    yield s
    s.close()


def test_store_migrations_recorded_once(tmp_path):
    path = tmp_path / "c.duckdb"
    Store(path).close()
    with Store(path) as s:
        names = [r[0] for r in s.con.execute("SELECT name FROM _migrations ORDER BY name").fetchall()]
    assert names == sorted(name for name, _ in MIGRATIONS)


def test_store_add_articles_roundtrip(store):
    added = store.add_articles([(Article("a1", TEXT, title="Bread", outlet="Daily"), [make_quote()])])
    assert added[0].status == "new" and added[0].n_quotes == 1
    (q,) = store.quotes_of("a1")
    assert q.text == "our bread rises before the sun does" and q.speaker.name == "Ann Baker"
    assert q.cue.text == "said" and q.confidence == 0.9
    assert store.article("a1").outlet == "Daily"


def test_store_same_text_twice_is_duplicate(store):
    store.add_articles([(Article("a1", TEXT), [make_quote()])])
    again = store.add_articles([(Article("b7", "  " + TEXT.upper().replace(" ", "\n ")), [])])
    assert again[0].status == "duplicate" and again[0].duplicate_of == "a1"
    assert store.counts()["articles"] == 1 and store.counts()["quotes"] == 1


def test_store_taken_id_with_other_text_gets_suffix(store):
    store.add_articles([(Article("a1", TEXT), [])])
    added = store.add_articles([(Article("a1", "Another text entirely."), [])])
    assert added[0].article_id == "a1#" + normalized_hash("Another text entirely.")[:8]


def test_store_failed_batch_writes_nothing(store):
    bad = Quote("a2", 0, 4, "Some", "direct", confidence="not a number")  # type: ignore[arg-type]
    with pytest.raises(Exception):
        store.add_articles([(Article("a1", TEXT), [make_quote()]), (Article("a2", "Some other words."), [bad])])
    assert store.counts()["articles"] == 0 and store.counts()["quotes"] == 0


def test_store_quote_ids_are_stable():
    assert quote_id("abc", 1, 5) == quote_id("abc", 1, 5) != quote_id("abc", 1, 6)


def test_store_story_api(store):
    store.add_articles([(Article("a1", TEXT), []), (Article("a2", "Second story text."), [])])
    store.upsert_story("s1", "Bread")
    store.upsert_story("s1", "Bread at dawn")
    store.set_story("a2", "s1")
    store.set_story("a1", "s1")
    assert store.stories() == [{"id": "s1", "title": "Bread at dawn", "articles": ["a1", "a2"]}]


def test_store_state_roundtrip(store):
    store.put_state("stories", {"n": 1})
    store.put_state("stories", {"n": 2, "x": [1]})
    assert store.get_state("stories") == {"n": 2, "x": [1]} and store.get_state("nope") is None


def test_store_keeps_a_quotes_venue(store):
    text = TEXT + " She said so at the fair."
    q = make_quote()
    q.venue = Venue("the fair", len(text) - 9, len(text) - 1)
    store.add_articles([(Article("a1", text), [q, make_quote(start=16, end=25)])])
    assert [r.venue for r in store.quotes_of("a1")] == [q.venue, None]


def test_store_adds_venue_columns_to_a_file_made_before_them(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    monkeypatch.setattr("onrecord.store.migrations.MIGRATIONS", [m for m in MIGRATIONS if m[0] < "0004"])
    monkeypatch.setattr("onrecord.store.db.quote_row", lambda *a: quote_row(*a)[:-3])  # the row as it was
    with Store(path) as old:
        old.add_articles([(Article("a1", TEXT), [make_quote()])])
    monkeypatch.undo()
    with Store(path) as s:
        (q,) = s.quotes_of("a1")
        assert q.venue is None and q.speaker.name == "Ann Baker"
        assert apply_migrations(s.con) == []
        s.add_articles([(Article("a2", TEXT + " Again."), [make_quote("a2")])])
        assert s.con.execute("SELECT count(*) FROM quotes WHERE article_id = 'a2'").fetchone()[0] == 1
