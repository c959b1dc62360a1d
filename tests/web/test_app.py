"""The assembled app through FastAPI's test client: the read-only store, security headers, static files and
the crash handler (the routes themselves are tested in test_api.py and test_pages.py)."""
import logging

import pytest

from onrecord.errors import OnrecordError
from onrecord.web.app import create_app


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


def test_app_crash_is_a_500_without_traceback(app, monkeypatch, caplog):
    from fastapi.testclient import TestClient

    from onrecord.web import queries

    def boom(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(queries, "overview", boom)
    with TestClient(app, raise_server_exceptions=False) as client, caplog.at_level(logging.ERROR):
        api, page = client.get("/api/overview"), client.get("/")
    assert api.status_code == 500 and api.json() == {"error": "internal error", "status": 500}
    assert page.status_code == 500 and "text/html" in page.headers["content-type"] and "internal error" in page.text
    assert "boom" not in api.text + page.text and "Traceback" not in page.text
    # the error is answered outside the app's middleware, yet carries the same security headers
    assert all("frame-ancestors 'none'" in r.headers["content-security-policy"] for r in (api, page))
    assert "error serving /api/overview" in caplog.text and "error serving /" in caplog.text
