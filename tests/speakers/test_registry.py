"""The corpus speaker registry: aliases join, namesakes stay apart."""
from __future__ import annotations

from onrecord.speakers.registry import link_speakers, name_words, speakers
from onrecord.store import Store
from onrecord.types import Article, Mention, Quote


def quotes(aid, names):
    return [Quote(aid, i, i + 1, "x", "direct", Mention(n, "she", 0, 1) if n else None) for i, n in enumerate(names)]


def registry(articles):
    s = Store(":memory:")
    s.add_articles([(Article(aid, f"text of {aid}"), quotes(aid, names)) for aid, names in articles])
    with s.transaction():
        link_speakers(s)
    return {r["name"]: r for r in speakers(s)}, s


def test_registry_aliases_join_one_person():
    people, _ = registry([("a0", ["Nora Vance", "Nora Vance"]), ("a1", ["Nora Vance Hill", "Vance Hill"]),
                          ("a2", ["Vance", "Ms. Nora Vance"])])
    assert list(people) == ["Nora Vance"]
    assert set(people["Nora Vance"]["aliases"]) == {"Nora Vance", "Nora Vance Hill", "Vance Hill", "Vance",
                                                    "Ms. Nora Vance"}
    assert people["Nora Vance"]["quote_count"] == 6 and people["Nora Vance"]["article_count"] == 3


def test_registry_shared_surname_stays_apart():
    people, _ = registry([("a0", ["Nora Vance", "Otto Vance"]), ("a1", ["Lena Vance"]), ("a2", ["Otto Vance"])])
    assert sorted(people) == ["Lena Vance", "Nora Vance", "Otto Vance"]


def test_registry_surname_resolved_by_article_cooccurrence():
    people, s = registry([("a0", ["Nora Vance"]), ("a1", ["Otto Vance"]), ("a2", ["Otto Vance", "Vance"])])
    assert people["Otto Vance"]["quote_count"] == 3 and people["Nora Vance"]["quote_count"] == 1


def test_registry_ambiguous_surname_not_guessed():
    people, _ = registry([("a0", ["Nora Vance"]), ("a1", ["Otto Vance"]), ("a2", ["Vance"])])
    assert "Vance" in people and people["Vance"]["quote_count"] == 1


def test_registry_anonymous_and_pronouns_have_no_speaker():
    people, s = registry([("a0", [None, "him"])])
    assert people == {} and s.con.execute("SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL").fetchone()[0] == 0


def test_name_words_drop_titles_and_accents():
    assert name_words("Sen. Chloé O'Neil Jr.") == ["chloe", "o'neil"]
