"""The JSON API through FastAPI's test client: each `/api/` route's dicts, its parameter limits and unknown ids."""
import pytest

from onrecord.web.api import MAX_ID, MAX_PAGE_SIZE, MAX_QUERY


def test_api_overview_counts_and_lists(client):
    data = client.get("/api/overview").json()
    assert data["counts"]["articles"] == 5 and data["counts"]["quotes"] == 6
    assert data["speakers"][0]["name"] == "Lena Ortiz"
    assert {s["id"] for s in data["stories"]} == {"st-bridge", "st-ferry"}


def test_api_search_finds_both_reports(client, ids):
    data = client.get("/api/search", params={"q": "build the BRIDGE"}).json()
    assert data["total"] == 3
    assert [h["outlet"] for h in data["items"]] == ["Harbor Gazette", "Valley Post", "Morning Ledger"]  # earliest first
    assert {h["quote_page"] for h in data["items"]} == {ids["u:a:0"]}


def test_api_search_wildcards_are_literal(client):
    assert client.get("/api/search", params={"q": "bridge"}).json()["total"] == 4
    for q in ("bri_ge", "bri%ge", "%"):
        assert client.get("/api/search", params={"q": q}).json()["total"] == 0, q


def test_api_search_pagination(client):
    first = client.get("/api/search", params={"q": "the", "size": 1}).json()
    second = client.get("/api/search", params={"q": "the", "size": 1, "page": 2}).json()
    assert first["total"] == second["total"] >= 2 and first["pages"] == first["total"]
    assert first["items"][0]["quote_id"] != second["items"][0]["quote_id"]


@pytest.mark.parametrize("params", [
    {"q": ""},
    {"q": "x" * (MAX_QUERY + 1)},
    {"q": "bridge", "size": MAX_PAGE_SIZE + 1},
    {"q": "bridge", "page": 0},
    {"q": "bridge", "page": "two"},
])
def test_api_rejects_bad_parameters_as_json(client, params):
    r = client.get("/api/search", params=params)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/json")
    assert r.json()["status"] == 422 and r.json()["problems"]


@pytest.mark.parametrize("path", ["/api/speakers/nobody", "/api/quotes/q0000", "/api/stories/none",
                                  "/api/articles/no/such/article", "/api/nothing-here"])
def test_api_unknown_ids_are_json_404(client, path):
    r = client.get(path)
    assert r.status_code == 404 and r.json()["status"] == 404 and "Traceback" not in r.text


def test_api_article_id_is_cut_to_max_id(client):
    r = client.get("/api/articles/" + "x" * (MAX_ID + 50))
    assert r.status_code == 404 and r.json()["error"] == f"no article with id '{'x' * MAX_ID}'"


def test_api_speaker_has_aliases_timeline_and_story_groups(client):
    data = client.get("/api/speakers/s-ortiz").json()
    assert "Ortiz" in data["aliases"] and data["quote_count"] == 4 and data["quotes"]["total"] == 4 and len(data["timeline"]) == 4
    assert [h["story_id"] for h in data["quotes"]["items"]] == ["st-bridge", "st-bridge", "st-bridge", "st-ferry"]


def test_api_quote_by_utterance_or_quote_id(client, ids):
    by_utt = client.get(f"/api/quotes/{ids['u:a:0']}").json()
    by_quote = client.get(f"/api/quotes/{ids['b:0']}").json()
    assert by_utt["id"] == by_quote["id"] == ids["u:a:0"]
    vs = by_utt["variants"]
    assert [v["outlet"] for v in vs] == ["Harbor Gazette", "Valley Post", "Morning Ledger"]
    assert [v["first"] for v in vs] == [True, False, False]
    assert vs[1]["labels"] == ["bracket", "punct"] and vs[1]["diff"][1]["op"] == "bracket"


def test_api_quote_shows_joined_quotes(client, ids):
    ferry = client.get(f"/api/quotes/{ids['u:c:0']}").json()
    assert [v["article_id"] for v in ferry["variants"]] == ["b", "c"]
    assert ferry["variants"][0]["text"] == "We will build the bridge"
    assert [r["id"] for r in ferry["related"]] == [ids["u:a:0"]]


def test_api_story(client):
    data = client.get("/api/stories/st-bridge").json()
    assert [a["id"] for a in data["articles"]] == ["a", "b", "e"] and data["quotes"]["total"] == 4
    assert {s["name"] for s in data["speakers"]} == {"Lena Ortiz", "Paul Avery"}


def test_api_article_has_quotes_and_venues(client):
    data = client.get("/api/articles/a").json()
    assert len(data["quotes"]) == 2 and data["text"].startswith("Mayor Lena Ortiz")
    assert [q["venue_text"] for q in data["quotes"]] == ["City Hall", None]
