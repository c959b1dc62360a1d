import json
from dataclasses import replace
from pathlib import Path

import pytest

from onrecord.link.features import extract_features, find_dateline, name_sequences, TOKEN_RE
from onrecord.link.stories import StoryClusterer, StoryConfig, assign_stories, cluster_articles
from onrecord.types import Article

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

# Invented reports: two events on one topic (a bridge collapse in Dornfeld in March, a different bridge in
# Velsham in October), plus one unrelated story.
DORNFELD = [
    Article("d1", "Dornfeld bridge collapses into the Arlo River\nThe old Kessler Bridge in Dornfeld collapsed "
                  "into the Arlo River on Tuesday, killing three drivers, mayor Hanna Vrel said. Rescue divers "
                  "searched the river until dark. \"We lost three of our neighbours tonight,\" Vrel said."),
    Article("d2", "Three dead as Kessler Bridge falls in Dornfeld\nThree motorists died when the Kessler Bridge "
                  "gave way over the Arlo River in Dornfeld, according to mayor Hanna Vrel. Divers worked through "
                  "the evening. Engineers had warned about the Kessler Bridge steel in a report last year."),
    Article("d3", "Dornfeld mourns after Kessler Bridge collapse\nMayor Hanna Vrel told reporters that three "
                  "drivers were killed when the Kessler Bridge in Dornfeld fell into the Arlo River. \"We lost "
                  "three of our neighbours tonight,\" she said, as divers searched the water."),
]
VELSHAM = [
    Article("v1", "Velsham footbridge gives way during festival\nA wooden footbridge in Velsham collapsed "
                  "during the harvest festival, injuring twelve visitors, police chief Oskar Timmel said. The "
                  "Pell Creek crossing had been closed twice for repairs."),
    Article("v2", "Twelve hurt as Pell Creek footbridge collapses in Velsham\nTwelve people were injured when "
                  "the Pell Creek footbridge broke apart at the Velsham harvest festival, police chief Oskar "
                  "Timmel told reporters. Festival organisers cancelled the evening concert."),
]
OTHER = [
    Article("o1", "Grenholt orchestra names new conductor\nThe Grenholt Symphony Orchestra appointed Livia "
                  "Marsk as its principal conductor, starting with the winter season of concerts."),
]
CORPUS = DORNFELD + VELSHAM + OTHER


def groups(assignment):
    """The clustering as a set of frozensets of article ids (ids of stories do not matter)."""
    out = {}
    for aid, sid in assignment.items():
        out.setdefault(sid, set()).add(aid)
    return {frozenset(v) for v in out.values()}


def test_stories_same_event_different_wording_joins():
    assert frozenset({"d1", "d2", "d3"}) in groups(cluster_articles(CORPUS))


def test_stories_same_topic_different_event_stays_apart():
    got = groups(cluster_articles(CORPUS))
    assert frozenset({"v1", "v2"}) in got
    assert frozenset({"o1"}) in got


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4, 5], [5, 3, 0, 4, 2, 1], [4, 2, 5, 1, 3, 0]])
def test_stories_order_does_not_change_the_groups(order):
    assert groups(cluster_articles([CORPUS[i] for i in order])) == groups(cluster_articles(CORPUS))


def test_stories_incremental_add_equals_batch():
    batch = cluster_articles(CORPUS)
    clusterer = StoryClusterer()
    for article in CORPUS[:3]:
        clusterer.add(article)
    restored = StoryClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
    for article in CORPUS[3:]:
        restored.add(article)
    assert restored.assignment == batch


def test_stories_add_is_idempotent():
    clusterer = StoryClusterer()
    first = clusterer.add(CORPUS[0])
    assert clusterer.add(CORPUS[0]) == first
    assert len(clusterer.stories()) == 1


def test_stories_time_gap_splits():
    # the same wording, published two years apart: a recurring event, not one story
    a = Article("t1", "Lantern parade fills Orvik harbour\nThousands joined the Orvik lantern parade along the "
                      "harbour, organiser Mira Selk said.", published="2019-11-02")
    b = replace(a, id="t2", published="2021-11-06")
    c = replace(a, id="t3", published="2019-11-03")
    config = replace(StoryConfig.load(), gap_penalty=1.0)
    got = groups(cluster_articles([a, b, c], config))
    assert got == {frozenset({"t1", "t3"}), frozenset({"t2"})}


def test_stories_repair_moves_an_early_misjoin():
    # with a loose join threshold the first Velsham report joins the Dornfeld story; once more reports of both
    # events arrive, the local repair must take it back out
    config = replace(StoryConfig.load(), join_threshold=0.0, repair_min_score=-1.0)
    order = [DORNFELD[0], VELSHAM[0], DORNFELD[1], VELSHAM[1], DORNFELD[2]]
    got = groups(cluster_articles(order, config))
    assert frozenset({"d1", "d2", "d3"}) in got and frozenset({"v1", "v2"}) in got


def test_stories_repair_off_still_clusters():
    config = replace(StoryConfig.load(), repair_stories=0)
    assert frozenset({"d1", "d2", "d3"}) in groups(cluster_articles(CORPUS, config))


def test_features_names_and_dateline():
    feats = extract_features(DORNFELD[0])
    assert feats.title.startswith("Dornfeld bridge collapses")
    assert "hanna vrel" in feats.entities and "kessler bridge" in feats.entities
    assert "the" not in feats.entities
    assert find_dateline("Harbour news\nMay 3 , 2013 | 8 : 20 am\nText.", 4).isoformat() == "2013-05-03"
    assert find_dateline("No date here.\nNone here either.", 4) is None


def test_features_headline_stop_words_split_names():
    assert name_sequences(TOKEN_RE.findall("Mayor Checks Into Hotel With Hanna Vrel")) == ["mayor checks", "hotel",
                                                                                          "hanna vrel"]


def test_stories_assign_in_store_round_trip():
    store_mod = pytest.importorskip("onrecord.store.db")
    store = store_mod.Store(":memory:")
    store.add_articles([(a, []) for a in CORPUS[:3]])
    with store.transaction():
        assign_stories(store, [a.id for a in CORPUS[:3]])
    store.add_articles([(a, []) for a in CORPUS[3:]])
    with store.transaction():
        assign_stories(store, [a.id for a in CORPUS[3:]])
    got = {frozenset(s["articles"]) for s in store.stories() if s["articles"]}
    assert got == groups(cluster_articles(CORPUS))


def test_stories_seeds():
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared not found")
    gold = json.loads((seeds / "stories.json").read_text())
    articles = [Article(p.name, p.read_text(encoding="utf8")) for p in sorted(seeds.glob("*.txt"))]
    want = groups(gold)
    assert groups(cluster_articles(articles)) == want
    assert groups(cluster_articles(articles[::-1])) == want


def test_stories_assign_in_store_after_repair_leaves_no_empty_story():
    store_mod = pytest.importorskip("onrecord.store.db")
    store = store_mod.Store(":memory:")
    config = replace(StoryConfig.load(), join_threshold=0.0, repair_min_score=-1.0)
    for batch in ([DORNFELD[0], VELSHAM[0]], [DORNFELD[1], VELSHAM[1], DORNFELD[2]]):
        store.add_articles([(a, []) for a in batch])
        with store.transaction():
            assign_stories(store, [a.id for a in batch], config)
    rows = store.stories()
    assert all(s["articles"] for s in rows)
    assert {frozenset(s["articles"]) for s in rows} == {frozenset({"d1", "d2", "d3"}), frozenset({"v1", "v2"})}
