"""The web app through FastAPI's test client: every page and API route, errors, limits and escaping."""
import pytest

from onrecord.errors import OnrecordError
from onrecord.web.app import MAX_PAGE_SIZE, MAX_QUERY, create_app


def test_app_overview_counts_and_lists(client):
    data = client.get("/api/overview").json()
    assert data["counts"]["articles"] == 5 and data["counts"]["quotes"] == 6
    assert data["speakers"][0]["name"] == "Lena Ortiz"
    assert {s["id"] for s in data["stories"]} == {"st-bridge", "st-ferry"}
    html = client.get("/").text
    assert "Lena Ortiz" in html and 'href="/stories/st-bridge"' in html


def test_app_search_finds_both_reports(client, ids):
    data = client.get("/api/search", params={"q": "build the BRIDGE"}).json()
    assert data["total"] == 3
    assert [h["outlet"] for h in data["items"]] == ["Harbor Gazette", "Valley Post", "Morning Ledger"]  # earliest first
    assert {h["quote_page"] for h in data["items"]} == {ids["u:a:0"]}
    html = client.get("/search", params={"q": "bridge"}).text
    assert "Valley Post" in html and "Lena Ortiz" in html


def test_app_search_wildcards_are_literal(client):
    assert client.get("/api/search", params={"q": "bridge"}).json()["total"] == 4
    for q in ("bri_ge", "bri%ge", "%"):
        assert client.get("/api/search", params={"q": q}).json()["total"] == 0, q


def test_app_search_pagination(client):
    first = client.get("/api/search", params={"q": "the", "size": 1}).json()
    second = client.get("/api/search", params={"q": "the", "size": 1, "page": 2}).json()
    assert first["total"] == second["total"] >= 2 and first["pages"] == first["total"]
    assert first["items"][0]["quote_id"] != second["items"][0]["quote_id"]
    html = client.get("/search", params={"q": "the", "size": 1}).text
    assert 'rel="next"' in html and "page=2" in html


@pytest.mark.parametrize("params", [
    {"q": ""},
    {"q": "x" * (MAX_QUERY + 1)},
    {"q": "bridge", "size": MAX_PAGE_SIZE + 1},
    {"q": "bridge", "page": 0},
    {"q": "bridge", "page": "two"},
])
def test_app_api_rejects_bad_parameters_as_json(client, params):
    r = client.get("/api/search", params=params)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/json")
    assert r.json()["status"] == 422 and r.json()["problems"]


def test_app_page_rejects_long_query_as_html(client):
    r = client.get("/search", params={"q": "x" * (MAX_QUERY + 1)})
    assert r.status_code == 422 and "text/html" in r.headers["content-type"] and "invalid request" in r.text


@pytest.mark.parametrize("path", ["/api/speakers/nobody", "/api/quotes/q0000", "/api/stories/none",
                                  "/api/articles/no/such/article", "/api/nothing-here"])
def test_app_api_unknown_ids_are_json_404(client, path):
    r = client.get(path)
    assert r.status_code == 404 and r.json()["status"] == 404 and "Traceback" not in r.text


def test_app_page_unknown_id_is_html_404(client):
    r = client.get("/speakers/nobody")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "no speaker" in r.text


def test_app_speaker_page_has_aliases_timeline_and_story_groups(client):
    data = client.get("/api/speakers/s-ortiz").json()
    assert "Ortiz" in data["aliases"] and data["quote_count"] == 4 and data["quotes"]["total"] == 4 and len(data["timeline"]) == 4
    assert [h["story_id"] for h in data["quotes"]["items"]] == ["st-bridge", "st-bridge", "st-bridge", "st-ferry"]
    html = client.get("/speakers/s-ortiz").text
    assert "4 quotes in 4 articles" in html and "{'items'" not in html
    assert "<svg" in html and html.count("<circle") == 4 and html.count('class="story-head"') == 2


def test_app_quote_page_by_utterance_or_quote_id(client, ids):
    by_utt = client.get(f"/api/quotes/{ids['u:a:0']}").json()
    by_quote = client.get(f"/api/quotes/{ids['b:0']}").json()
    assert by_utt["id"] == by_quote["id"] == ids["u:a:0"]
    vs = by_utt["variants"]
    assert [v["outlet"] for v in vs] == ["Harbor Gazette", "Valley Post", "Morning Ledger"]
    assert [v["first"] for v in vs] == [True, False, False]
    assert vs[1]["labels"] == ["bracket", "punct"] and vs[1]["diff"][1]["op"] == "bracket"


def test_app_quote_page_highlights_differences(client, ids):
    html = client.get(f"/quotes/{ids['u:a:0']}").text
    assert '<span class="bracketed">[the]</span>' in html
    assert '<ins class="d-bracket"' in html and '<del class="d-substitute"' in html
    assert '<ins class="d-typo" title="typo">finsh</ins>' in html and 'class="d-elision"' in html
    assert 'class="badge"' in html  # first appearance marked


def test_app_story_page(client):
    data = client.get("/api/stories/st-bridge").json()
    assert [a["id"] for a in data["articles"]] == ["a", "b", "e"] and data["quotes"]["total"] == 4
    assert {s["name"] for s in data["speakers"]} == {"Lena Ortiz", "Paul Avery"}
    assert "Paul Avery" in client.get("/stories/st-bridge").text


def test_app_article_page_highlights_quotes_and_links_speakers(client):
    data = client.get("/api/articles/a").json()
    assert len(data["quotes"]) == 2 and data["text"].startswith("Mayor Lena Ortiz")
    html = client.get("/articles/a").text
    assert html.count('<mark class="q depth1">') == 2
    assert 'class="mention depth0" href="/speakers/s-ortiz"' in html and 'href="/speakers/s-avery"' in html
    assert html.count("confidence 0.90") == 2  # each quote's confidence, as stored
    assert [q["venue_text"] for q in data["quotes"]] == ["City Hall", None]
    assert html.count('<span class="venue" title="where it was said">City Hall</span>') == 1


def test_app_escapes_untrusted_text(client):
    for path in ("/articles/feeds/d.html", "/stories/st-ferry", "/search?q=future", "/speakers/s-rourke"):
        html = client.get(path).text
        assert "<script>window" not in html and "<img src=x" not in html and "<b>Evil" not in html, path
    assert "&lt;script&gt;" in client.get("/articles/feeds/d.html").text


def test_app_security_headers(client):
    r = client.get("/")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static/%2e%2e%2fqueries.py", "/static//etc/passwd"])
def test_app_static_refuses_traversal(client, path):
    r = client.get(path)
    assert r.status_code == 404 and "import" not in r.text and "root:" not in r.text


def test_app_static_css_served(client):
    r = client.get("/static/style.css")
    assert r.status_code == 200 and "text/css" in r.headers["content-type"]


def test_app_pages_use_no_outside_resources(client, ids):
    for path in ("/", "/docs", f"/quotes/{ids['u:a:0']}", "/speakers/s-ortiz"):
        html = client.get(path).text
        assert "<script" not in html and "//cdn" not in html and 'src="http' not in html, path


def test_app_docs_lists_api_routes(client):
    html = client.get("/docs").text
    assert "/api/search" in html and "/api/quotes/{quote_id}" in html
    assert "/api/search" in client.get("/openapi.json").json()["paths"]


def test_app_refuses_missing_store(tmp_path):
    with pytest.raises(OnrecordError, match="no such store"):
        create_app(tmp_path / "missing.duckdb")


def test_app_refuses_foreign_database(tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(OnrecordError, match="not an onrecord store"):
        create_app(path)


@pytest.mark.parametrize("q", ["bridge", "WILL build", "the", "lifeline islands", "nothing-like-this"])
def test_app_search_cache_agrees_with_store_scan(app, q):
    from onrecord.web import queries

    store = app.state.store
    assert store.search_cache
    cached = queries.search(store.cursor(), q, 1, 50, store.search_cache)
    scanned = queries.search(store.cursor(), q, 1, 50)
    assert cached == scanned


def test_app_store_is_not_writable(app):
    import duckdb

    with pytest.raises(duckdb.Error):
        app.state.store.cursor().execute("DELETE FROM quotes")


def test_app_quote_page_shows_joined_quotes(client, ids):
    ferry = client.get(f"/api/quotes/{ids['u:c:0']}").json()
    assert [v["article_id"] for v in ferry["variants"]] == ["b", "c"]
    assert ferry["variants"][0]["text"] == "We will build the bridge"
    assert [r["id"] for r in ferry["related"]] == [ids["u:a:0"]]
    html = client.get(f"/quotes/{ids['u:c:0']}").text
    assert "part of a longer quote" in html and "Reported together with" in html
