"""The JSON API (`/api/...`): one `queries` call per route, its dicts returned as they are.

Routes reach the store through `request.app.state.store` (the `app.Store` that `create_app` opens). The query
parameters and their limits are defined here and shared with the HTML pages (`pages.py`), which render the very
same dicts: `search`, `speaker`, `quote`, `story` and `article` build them for both, a 404 when an id is unknown.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam

from . import queries

if TYPE_CHECKING:
    from .app import Store

MAX_QUERY = 200  # characters of a search query
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
MAX_PAGE = 10_000  # bounds OFFSET, so a deep page cannot make DuckDB skip millions of rows
MAX_ID = 1000  # characters of an id in a path

router = APIRouter(prefix="/api", tags=["api"])


def page_no() -> Any:
    """The `page` query parameter (a fresh FastAPI parameter object per route)."""
    return Query(1, ge=1, le=MAX_PAGE, description="1-based page number.")


def page_size() -> Any:
    """The `size` query parameter."""
    return Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Items per page.")


def id_param() -> Any:
    """An id path parameter, bounded in length."""
    return PathParam(..., min_length=1, max_length=MAX_ID)


def found(value: Any, what: str, key: str) -> Any:
    """`value`, or a 404 naming what was not found."""
    if value is None:
        raise HTTPException(404, f"no {what} with id '{key}'")
    return value


def search(store: Store, q: str, page: int, size: int) -> dict:
    """A page of the quotes containing every word of `q`, through the store's search cache when it has one."""
    return queries.search(store.cursor(), q, page, size, store.search_cache)


def speaker(store: Store, speaker_id: str, page: int, size: int) -> dict:
    """A speaker with their timeline and a page of their quotes."""
    con = store.cursor()
    spk = found(queries.speaker(con, speaker_id), "speaker", speaker_id)
    return {**spk, "timeline": queries.speaker_timeline(con, speaker_id),
            "quotes": queries.speaker_quotes(con, speaker_id, page, size)}


def quote(store: Store, quote_id: str) -> dict:
    """A canonical quote with its variants."""
    return found(queries.quote(store.cursor(), quote_id), "quote", quote_id)


def story(store: Store, story_id: str, page: int, size: int) -> dict:
    """A story with a page of its quotes."""
    con = store.cursor()
    st = found(queries.story(con, story_id), "story", story_id)
    return {**st, "quotes": queries.story_quotes(con, story_id, page, size)}


def article(store: Store, article_id: str) -> dict:
    """An article with its quotes and mentions (the id cut to MAX_ID characters: the path takes any length)."""
    return found(queries.article(store.cursor(), article_id[:MAX_ID]), "article", article_id[:MAX_ID])


# Each route's docstring is its description in the OpenAPI schema and on the /docs page.
@router.get("/overview")
def api_overview(request: Request) -> dict:
    """Counts, most-quoted speakers and latest stories (the front page)."""
    return queries.overview(request.app.state.store.cursor())


@router.get("/search")
def api_search(request: Request,
               q: str = Query(..., min_length=1, max_length=MAX_QUERY, description="Words the quote contains."),
               page: int = page_no(), size: int = page_size()) -> dict:
    """Quotes containing every word of `q` (case-insensitive), earliest first."""
    return search(request.app.state.store, q, page, size)


@router.get("/speakers")
def api_speakers(request: Request, page: int = page_no(), size: int = page_size()) -> dict:
    """Every speaker, most quoted first."""
    return queries.list_speakers(request.app.state.store.cursor(), page, size)


@router.get("/speakers/{speaker_id}")
def api_speaker(request: Request, speaker_id: str = id_param(), page: int = page_no(),
                size: int = page_size()) -> dict:
    """A speaker with aliases, their dated quotes (timeline) and a page of their quotes grouped by story."""
    return speaker(request.app.state.store, speaker_id, page, size)


@router.get("/quotes/{quote_id}")
def api_quote(request: Request, quote_id: str = id_param()) -> dict:
    """A canonical quote (utterance id or any reporting quote's id) with every outlet's variant and diff."""
    return quote(request.app.state.store, quote_id)


@router.get("/stories")
def api_stories(request: Request, page: int = page_no(), size: int = page_size()) -> dict:
    """Every story, latest first."""
    return queries.list_stories(request.app.state.store.cursor(), page, size)


@router.get("/stories/{story_id}")
def api_story(request: Request, story_id: str = id_param(), page: int = page_no(), size: int = page_size()) -> dict:
    """A story: its articles, who spoke, and a page of its quotes."""
    return story(request.app.state.store, story_id, page, size)


@router.get("/articles/{article_id:path}")
def api_article(request: Request, article_id: str) -> dict:
    """An article: text, metadata, its quotes with offsets and speakers, and the people named."""
    return article(request.app.state.store, article_id)
