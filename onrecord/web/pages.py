"""The HTML pages: the JSON API's dicts (`api.py`) rendered with the Jinja2 templates in `templates/`.

Pages reach the store and the template environment through `request.app.state` (`store`, `templates`, both set
by `create_app`). Article text is untrusted input: the environment autoescapes every value, and `mark_brackets`
escapes the text it marks up.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from ..store.render import counted
from . import api, queries, svg
from .api import MAX_QUERY, id_param, page_no, page_size
from .spans import Span, segments

TEMPLATES = Path(__file__).parent / "templates"
BRACKETED = re.compile(r"\[[^\[\]\n]{1,60}\]")

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)


def templates() -> Environment:
    """The Jinja2 environment: autoescaping on for every template, undefined names are errors."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(max_query=MAX_QUERY)
    env.filters["brackets"] = mark_brackets
    env.filters["counted"] = counted
    return env


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


def render(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered with the page context every page needs."""
    context.setdefault("q", "")
    state = request.app.state
    html = state.templates.get_template(name).render(request=request, url_for=request.url_for,
                                                     db_name=state.store.path.name, **context)
    return HTMLResponse(html, status_code=code)


def render_paged(request: Request, name: str, page: dict, **context: Any) -> HTMLResponse:
    """`render` for a page showing one paged list (`page`, a `queries` Page), with links to its other pages."""
    return render(request, name, page=page, page_href=page_href(request), **context)


def page_href(request: Request) -> Callable[[int], str]:
    """A function giving this URL with another `page` parameter."""
    params = dict(request.query_params)
    return lambda n: request.url.path + "?" + urlencode({**params, "page": n})


@router.get("/")
def index(request: Request):
    """The front page: counts, most-quoted speakers and latest stories."""
    return render(request, "index.html", **queries.overview(request.app.state.store.cursor()))


@router.get("/search")
def search_page(request: Request, q: str = Query("", max_length=MAX_QUERY), page: int = page_no(),
                size: int = page_size()):
    """Search results for `q` (an empty `q` finds nothing)."""
    return render_paged(request, "search.html", api.search(request.app.state.store, q, page, size), q=q)


@router.get("/speakers")
def speakers_page(request: Request, page: int = page_no(), size: int = page_size()):
    """Every speaker, most quoted first."""
    return render_paged(request, "speakers.html", queries.list_speakers(request.app.state.store.cursor(), page, size))


@router.get("/speakers/{speaker_id}")
def speaker_page(request: Request, speaker_id: str = id_param(), page: int = page_no(),
                 size: int = page_size()):
    """A speaker: aliases, a timeline of their dated quotes, and their quotes grouped by story."""
    data = api.speaker(request.app.state.store, speaker_id, page, size)
    plot = svg.timeline([svg.Point(svg.parse_day(p["day"]), f"/quotes/{p['quote_page']}", p["story_title"],
                                   p["text"]) for p in data["timeline"]])
    return render_paged(request, "speaker.html", data["quotes"], speaker=data, timeline=Markup(plot))


@router.get("/quotes/{quote_id}")
def quote_page(request: Request, quote_id: str = id_param()):
    """A quote as each outlet reported it, differences highlighted and the variant `quote_id` names marked."""
    return render(request, "quote.html", quote=api.quote(request.app.state.store, quote_id), focus=quote_id)


@router.get("/stories")
def stories_page(request: Request, page: int = page_no(), size: int = page_size()):
    """Every story, latest first."""
    return render_paged(request, "stories.html", queries.list_stories(request.app.state.store.cursor(), page, size))


@router.get("/stories/{story_id}")
def story_page(request: Request, story_id: str = id_param(), page: int = page_no(),
               size: int = page_size()):
    """A story: its articles, who spoke, and its quotes."""
    data = api.story(request.app.state.store, story_id, page, size)
    return render_paged(request, "story.html", data["quotes"], story=data)


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str):
    """An article's text with its quotes highlighted and the speakers' mentions linked."""
    art = api.article(request.app.state.store, article_id)
    return render(request, "article.html", article=art, pieces=article_segments(art))


@router.get("/docs")
def docs_page(request: Request):
    """The API's routes and parameters, from the OpenAPI schema (no outside scripts, unlike Swagger UI)."""
    return render(request, "docs.html", routes=api_routes(request.app.openapi()))


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
