"""The web app: server-rendered pages and a JSON API over one corpus store, opened read-only.

`create_app(db_path)` builds the FastAPI app; `serve(db_path, host, port)` runs it with uvicorn. The routes live
in two routers: `api.py` (`/api/...`, JSON) and `pages.py` (`/...`, HTML), which make the same calls into
`queries` and render the same dicts. This module holds what they share: the read-only `Store` and the template
environment (on `app.state`), the security headers and the error handlers (JSON under `/api`, an error page
elsewhere). Pages need nothing from outside the app (no CDN, no JavaScript): CSS is served from `static/`, the
timeline is an SVG drawn by `svg.py`. Article text is untrusted input: Jinja2 autoescapes every value, the SVG
escapes its own text, and a Content-Security-Policy forbids scripts altogether as a second line of defence.
"""
from __future__ import annotations

import logging
import socket
import threading
from pathlib import Path
from typing import Callable

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import Errors, OnrecordError
from . import api, pages, queries
from .pages import render

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).parent
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


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


def wants_json(request: Request) -> bool:
    """True for the JSON API (and for unknown paths under it)."""
    return request.url.path == "/api" or request.url.path.startswith("/api/")


async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """An HTTP error (404, 405...) as JSON under /api, as the error page elsewhere."""
    detail = exc.detail if isinstance(exc.detail, str) else "error"
    if wants_json(request):
        return JSONResponse({"error": detail, "status": exc.status_code}, status_code=exc.status_code)
    return render(request, "error.html", exc.status_code, status=exc.status_code,
                  title="not found" if exc.status_code == 404 else "error", detail=detail)


async def invalid(request: Request, exc: RequestValidationError) -> Response:
    """A 422 naming each bad parameter and its problem."""
    problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                for e in exc.errors()]
    if wants_json(request):
        return JSONResponse({"error": "invalid request", "status": 422, "problems": problems}, 422)
    detail = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
    return render(request, "error.html", 422, status=422, title="invalid request", detail=detail)


async def crashed(request: Request, exc: Exception) -> Response:
    """A 500 that shows no traceback (the log gets it), with the security headers: Starlette answers an uncaught
    error outside the app's middleware, so SecurityHeaders never sees this response."""
    LOGGER.exception("error serving %s", request.url.path)
    if wants_json(request):
        response: Response = JSONResponse({"error": "internal error", "status": 500}, 500)
    else:
        response = render(request, "error.html", 500, status=500, title="internal error",
                          detail="the server hit an error; the log has the details")
    response.headers.update(SECURITY_HEADERS)
    return response


def create_app(db_path: str | Path) -> FastAPI:
    """The FastAPI app serving the store at `db_path` (opened read-only now: errors surface before serving).

    Example:
        >>> app = create_app("onrecord.duckdb")        # doctest: +SKIP
        >>> uvicorn.run(app, host="127.0.0.1", port=8000)  # doctest: +SKIP
    """
    app = FastAPI(title="onrecord", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Who said what, to whom, where and when, and how each outlet reported it.")
    app.state.store = Store(Path(db_path))
    app.state.templates = pages.templates()
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, crashed)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


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
