"""The web app: server-rendered pages and a JSON API over one corpus store, opened read-only.

`create_app(db_path)` builds the FastAPI app; `serve(db_path, host, port)` runs it with uvicorn. Every route makes
one call into `queries` and renders the result, as HTML (`/...`) or as JSON (`/api/...`, the same dicts). Pages
need nothing from outside the app (no CDN, no JavaScript): CSS is served from `static/`, the timeline is an SVG
drawn by `svg.py`. Article text is untrusted input: Jinja2 autoescapes every value, the SVG escapes its own text,
and a Content-Security-Policy forbids scripts altogether as a second line of defence.
"""
from __future__ import annotations

import logging
import re
import socket
import threading
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

import duckdb
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import Errors, OnrecordError
from . import queries, svg
from .spans import Span, segments

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).parent
MAX_QUERY = 200  # characters of a search query
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
MAX_PAGE = 10_000  # bounds OFFSET, so a deep page cannot make DuckDB skip millions of rows
MAX_ID = 1000  # characters of an id in a path
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}



def page_no() -> Any:
    """The `page` query parameter (a fresh FastAPI parameter object per route)."""
    return Query(1, ge=1, le=MAX_PAGE, description="1-based page number.")


def page_size() -> Any:
    """The `size` query parameter."""
    return Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Items per page.")


def id_param() -> Any:
    """An id path parameter, bounded in length."""
    return PathParam(..., min_length=1, max_length=MAX_ID)


class Store:
    """The store attached read-only to an in-memory DuckDB database, with one cursor per server thread.

    The in-memory side holds the search cache (`queries.build_search_cache`); the store file itself cannot be
    written through this connection. A DuckDB connection is not thread-safe, so each thread gets a cursor.
    """

    SEARCH_CACHE = "memory.main.quote_search"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = open_store(path)
        self.search_cache = self.SEARCH_CACHE if queries.build_search_cache(self.con, self.SEARCH_CACHE) else None
        self.local = threading.local()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor (created on first use, with the store as its default database)."""
        cur = getattr(self.local, "cur", None)
        if cur is None:
            cur = self.local.cur = self.con.cursor()
            cur.execute(f"USE {STORE_ALIAS}")
        return cur


STORE_ALIAS = "onrecord_store"


def open_store(path: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the store attached READ_ONLY as its default database; OnrecordError when the
    file is missing, locked by a writer or not an onrecord store."""
    if not path.is_file():
        raise OnrecordError(Errors.E401.format(path=path))
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH ? AS {STORE_ALIAS} (READ_ONLY)", [str(path)])
    except duckdb.Error as e:
        con.close()
        raise OnrecordError(Errors.E402.format(path=path, reason=str(e).splitlines()[0])) from None
    con.execute(f"USE {STORE_ALIAS}")
    missing = queries.missing_tables(con)
    if missing:
        con.close()
        raise OnrecordError(Errors.E403.format(path=path, tables=", ".join(missing)))
    return con


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every HTTP response (cheaper than BaseHTTPMiddleware)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def templates() -> Environment:
    """The Jinja2 environment: autoescaping on for every template, undefined names are errors."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(max_query=MAX_QUERY)
    env.filters["brackets"] = mark_brackets
    return env


BRACKETED = re.compile(r"\[[^\[\]\n]{1,60}\]")


def mark_brackets(text: str | None) -> Markup:
    """`text` escaped, with editorial insertions (`[than]`) wrapped in `<span class="bracketed">`."""
    text = text or ""
    out, last = [], 0
    for m in BRACKETED.finditer(text):
        out += [escape(text[last:m.start()]), Markup('<span class="bracketed">'), escape(m.group()),
                Markup("</span>")]
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def wants_json(request: Request) -> bool:
    """True for the JSON API (and for unknown paths under it)."""
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def create_app(db_path: str | Path) -> FastAPI:
    """The FastAPI app serving the store at `db_path` (opened read-only now: errors surface before serving).

    Example:
        >>> app = create_app("onrecord.duckdb")        # doctest: +SKIP
        >>> uvicorn.run(app, host="127.0.0.1", port=8000)  # doctest: +SKIP
    """
    store = Store(Path(db_path))
    env = templates()
    app = FastAPI(title="onrecord", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Who said what, to whom, where and when, and how each outlet reported it.")
    app.state.store = store
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def render(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        """A template rendered with the page context every page needs."""
        context.setdefault("q", "")
        html = env.get_template(name).render(request=request, url_for=request.url_for,
                                              db_name=store.path.name, **context)
        return HTMLResponse(html, status_code=code)

    def page_href(request: Request) -> Callable[[int], str]:
        """A function giving this URL with another `page` parameter."""
        params = dict(request.query_params)
        return lambda n: request.url.path + "?" + urlencode({**params, "page": n})

    def found(value: Any, what: str, key: str) -> Any:
        """`value`, or a 404 naming what was not found."""
        if value is None:
            raise HTTPException(404, f"no {what} with id '{key}'")
        return value

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        if wants_json(request):
            return JSONResponse({"error": detail, "status": exc.status_code}, status_code=exc.status_code)
        return render(request, "error.html", exc.status_code, status=exc.status_code,
                      title="not found" if exc.status_code == 404 else "error", detail=detail)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                    for e in exc.errors()]
        if wants_json(request):
            return JSONResponse({"error": "invalid request", "status": 422, "problems": problems}, 422)
        detail = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        return render(request, "error.html", 422, status=422, title="invalid request", detail=detail)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        LOGGER.exception("error serving %s", request.url.path)
        if wants_json(request):
            return JSONResponse({"error": "internal error", "status": 500}, 500)
        return render(request, "error.html", 500, status=500, title="internal error",
                      detail="the server hit an error; the log has the details")

    # -- JSON API: one query call per route -------------------------------------------------------------
    @app.get("/api/overview", tags=["api"])
    def api_overview() -> dict:
        """Counts, most-quoted speakers and latest stories (the front page)."""
        return queries.overview(store.cursor())

    @app.get("/api/search", tags=["api"])
    def api_search(q: str = Query(..., min_length=1, max_length=MAX_QUERY, description="Words the quote contains."),
                   page: int = page_no(), size: int = page_size()) -> dict:
        """Quotes containing every word of `q` (case-insensitive), earliest first."""
        return queries.search(store.cursor(), q, page, size, store.search_cache)

    @app.get("/api/speakers", tags=["api"])
    def api_speakers(page: int = page_no(), size: int = page_size()) -> dict:
        """Every speaker, most quoted first."""
        return queries.list_speakers(store.cursor(), page, size)

    @app.get("/api/speakers/{speaker_id}", tags=["api"])
    def api_speaker(speaker_id: str = id_param(), page: int = page_no(),
                    size: int = page_size()) -> dict:
        """A speaker with aliases, their dated quotes (timeline) and a page of their quotes grouped by story."""
        con = store.cursor()
        spk = found(queries.speaker(con, speaker_id), "speaker", speaker_id)
        return {**spk, "timeline": queries.speaker_timeline(con, speaker_id),
                "quotes": queries.speaker_quotes(con, speaker_id, page, size)}

    @app.get("/api/quotes/{quote_id}", tags=["api"])
    def api_quote(quote_id: str = id_param()) -> dict:
        """A canonical quote (utterance id or any reporting quote's id) with every outlet's variant and diff."""
        return found(queries.quote(store.cursor(), quote_id), "quote", quote_id)

    @app.get("/api/stories", tags=["api"])
    def api_stories(page: int = page_no(), size: int = page_size()) -> dict:
        """Every story, latest first."""
        return queries.list_stories(store.cursor(), page, size)

    @app.get("/api/stories/{story_id}", tags=["api"])
    def api_story(story_id: str = id_param(), page: int = page_no(), size: int = page_size()) -> dict:
        """A story: its articles, who spoke, and a page of its quotes."""
        con = store.cursor()
        st = found(queries.story(con, story_id), "story", story_id)
        return {**st, "quotes": queries.story_quotes(con, story_id, page, size)}

    @app.get("/api/articles/{article_id:path}", tags=["api"])
    def api_article(article_id: str) -> dict:
        """An article: text, metadata, its quotes with offsets and speakers, and the people named."""
        return found(queries.article(store.cursor(), article_id[:MAX_ID]), "article", article_id[:MAX_ID])

    # -- HTML pages: the same calls, rendered ------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request):
        return render(request, "index.html", **queries.overview(store.cursor()))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = Query("", max_length=MAX_QUERY), page: int = page_no(),
                    size: int = page_size()):
        result = queries.search(store.cursor(), q, page, size, store.search_cache)
        return render(request, "search.html", q=q, page=result, page_href=page_href(request))

    @app.get("/speakers", response_class=HTMLResponse, include_in_schema=False)
    def speakers_page(request: Request, page: int = page_no(), size: int = page_size()):
        result = queries.list_speakers(store.cursor(), page, size)
        return render(request, "speakers.html", page=result, page_href=page_href(request))

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(request: Request, speaker_id: str = id_param(), page: int = page_no(),
                     size: int = page_size()):
        data = api_speaker(speaker_id, page, size)
        plot = svg.timeline([svg.Point(svg.parse_day(p["day"]), f"/quotes/{p['quote_page']}", p["story_title"],
                                       p["text"]) for p in data["timeline"]])
        return render(request, "speaker.html", speaker=data, timeline=Markup(plot), page=data["quotes"],
                      page_href=page_href(request))

    @app.get("/quotes/{quote_id}", response_class=HTMLResponse, include_in_schema=False)
    def quote_page(request: Request, quote_id: str = id_param()):
        return render(request, "quote.html", quote=api_quote(quote_id), focus=quote_id)

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request, page: int = page_no(), size: int = page_size()):
        result = queries.list_stories(store.cursor(), page, size)
        return render(request, "stories.html", page=result, page_href=page_href(request))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str = id_param(), page: int = page_no(),
                   size: int = page_size()):
        data = api_story(story_id, page, size)
        return render(request, "story.html", story=data, page=data["quotes"], page_href=page_href(request))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        art = api_article(article_id)
        return render(request, "article.html", article=art, pieces=article_segments(art))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request):
        return render(request, "docs.html", routes=api_routes(app.openapi()))

    return app


def article_segments(art: dict[str, Any]) -> list:
    """The article text cut into pieces for highlighting (quotes numbered 1.. in text order, mentions linked)."""
    spans = [Span(q["start"], q["end"], "quote", i) for i, q in enumerate(art["quotes"], 1)]
    spans += [Span(m["start"], m["end"], "mention", i) for i, m in enumerate(art["mentions"])
              if m["start"] is not None and m["end"] is not None]
    return segments(art["text"], spans)


def api_routes(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The OpenAPI operations as rows for the offline docs page: path, method, summary, parameters."""
    out = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", ""),
                       "schema": ", ".join(f"{k}={v}" for k, v in p.get("schema", {}).items()
                                           if k in ("type", "minimum", "maximum", "maxLength", "minLength",
                                                    "default"))}
                      for p in op.get("parameters", [])]
            out.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params})
    return out


def check_port(host: str, port: int) -> None:
    """OnrecordError when `host:port` cannot be listened on (in use, no such address)."""
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(info[0], socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(info[4])
    except OSError as e:
        raise OnrecordError(Errors.E404.format(host=host, port=port, reason=e.strerror or e)) from None


def is_loopback(host: str) -> bool:
    """True when `host` only accepts connections from this machine."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000,
          announce: Callable[[str], None] = print) -> None:
    """Run the web app on `host:port` until interrupted; `announce` gets the address once the store is open."""
    import uvicorn

    app = create_app(db_path)
    check_port(host, port)
    shown = f"[{host}]" if ":" in host else host
    announce(f"onrecord web app on http://{shown}:{port}/  (store: {db_path}; Ctrl+C stops it)")
    if not is_loopback(host):
        announce("note: listening beyond this machine; the app has no login, anyone who can reach it can read the store")
    uvicorn.run(app, host=host, port=port, log_level="warning")
