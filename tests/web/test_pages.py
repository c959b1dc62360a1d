"""The HTML pages through FastAPI's test client: what each page shows, escaping, errors as pages, and the
helpers that render them."""
import pytest
from starlette.requests import Request

from onrecord.web.api import MAX_QUERY
from onrecord.web.pages import api_routes, article_segments, mark_brackets, page_href


def test_pages_overview_lists(client):
    html = client.get("/").text
    assert "Lena Ortiz" in html and 'href="/stories/st-bridge"' in html


def test_pages_search_shows_reports(client):
    html = client.get("/search", params={"q": "bridge"}).text
    assert "Valley Post" in html and "Lena Ortiz" in html


def test_pages_search_links_the_next_page(client):
    html = client.get("/search", params={"q": "the", "size": 1}).text
    assert 'rel="next"' in html and "page=2" in html


def test_pages_reject_long_query_as_html(client):
    r = client.get("/search", params={"q": "x" * (MAX_QUERY + 1)})
    assert r.status_code == 422 and "text/html" in r.headers["content-type"] and "invalid request" in r.text


def test_pages_unknown_id_is_html_404(client):
    r = client.get("/speakers/nobody")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "no speaker" in r.text


def test_pages_speaker_page_has_timeline_and_story_groups(client):
    html = client.get("/speakers/s-ortiz").text
    assert "4 quotes in 4 articles" in html and "{'items'" not in html
    assert "<svg" in html and html.count("<circle") == 4 and html.count('class="story-head"') == 2


def test_pages_counts_agree_with_their_nouns(client):
    assert "1 quote in 1 article" in client.get("/speakers/s-avery").text
    listing = client.get("/speakers").text
    assert "4 quotes" in listing and "1 quote<" in listing and "1 quotes" not in listing


def test_pages_quote_page_highlights_differences(client, ids):
    html = client.get(f"/quotes/{ids['u:a:0']}").text
    assert '<span class="bracketed">[the]</span>' in html
    assert '<ins class="d-bracket"' in html and '<del class="d-substitute"' in html
    assert '<ins class="d-typo" title="typo">finsh</ins>' in html and 'class="d-elision"' in html
    assert 'class="badge"' in html  # first appearance marked


def test_pages_quote_page_shows_joined_quotes(client, ids):
    html = client.get(f"/quotes/{ids['u:c:0']}").text
    assert "part of a longer quote" in html and "Reported together with" in html


def test_pages_story_page(client):
    assert "Paul Avery" in client.get("/stories/st-bridge").text


def test_pages_article_page_highlights_quotes_and_links_speakers(client):
    html = client.get("/articles/a").text
    assert html.count('<mark class="q depth1">') == 2
    assert 'class="mention depth0" href="/speakers/s-ortiz"' in html and 'href="/speakers/s-avery"' in html
    assert html.count("confidence 0.90") == 2  # each quote's confidence, as stored
    assert html.count('<span class="venue" title="where it was said">City Hall</span>') == 1


def test_pages_escape_untrusted_text(client):
    for path in ("/articles/feeds/d.html", "/stories/st-ferry", "/search?q=future", "/speakers/s-rourke"):
        html = client.get(path).text
        assert "<script>window" not in html and "<img src=x" not in html and "<b>Evil" not in html, path
    assert "&lt;script&gt;" in client.get("/articles/feeds/d.html").text


def test_pages_use_no_outside_resources(client, ids):
    for path in ("/", "/docs", f"/quotes/{ids['u:a:0']}", "/speakers/s-ortiz"):
        html = client.get(path).text
        assert "<script" not in html and "//cdn" not in html and 'src="http' not in html, path


def test_pages_docs_lists_api_routes(client):
    html = client.get("/docs").text
    assert "/api/search" in html and "/api/quotes/{quote_id}" in html
    assert "/api/search" in client.get("/openapi.json").json()["paths"]


def test_pages_mark_brackets_escapes_and_marks_insertions():
    assert mark_brackets("better [than] <b>") == 'better <span class="bracketed">[than]</span> &lt;b&gt;'
    assert mark_brackets("[<i>]") == '<span class="bracketed">[&lt;i&gt;]</span>'
    assert mark_brackets(None) == "" and mark_brackets("a [" + "x" * 61 + "]") == "a [" + "x" * 61 + "]"


def test_pages_page_href_keeps_the_other_parameters():
    request = Request({"type": "http", "method": "GET", "path": "/search", "query_string": b"q=a+b&page=3",
                       "headers": [], "server": ("testserver", 80), "scheme": "http"})
    assert page_href(request)(4) == "/search?q=a+b&page=4"


def test_pages_article_segments_skip_mentions_without_offsets():
    art = {"text": "Ann said hi.", "quotes": [{"start": 9, "end": 11}],
           "mentions": [{"start": 0, "end": 3}, {"start": None, "end": None}]}
    assert [(p.text, p.quotes, p.mention) for p in article_segments(art)] == [
        ("Ann", [], 0), (" said ", [], None), ("hi", [1], None), (".", [], None)]


@pytest.mark.parametrize("param, shown", [
    ({"name": "q", "in": "query", "required": True, "schema": {"type": "string", "maxLength": 200,
                                                                "description": "Words."}},
     {"name": "q", "in": "query", "required": True, "description": "Words.", "schema": "type=string, maxLength=200"}),
    ({"name": "page", "in": "query", "description": "Page.", "schema": {"type": "integer", "title": "Page"}},
     {"name": "page", "in": "query", "required": False, "description": "Page.", "schema": "type=integer"}),
])
def test_pages_api_routes_rows(param, shown):
    schema = {"paths": {"/api/x": {"get": {"summary": "X", "description": "An x.", "parameters": [param]}}}}
    assert api_routes(schema) == [{"path": "/api/x", "method": "GET", "summary": "X", "description": "An x.",
                                   "params": [shown]}]
