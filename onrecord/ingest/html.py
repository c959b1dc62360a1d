"""HTML pages: the article's main text and metadata by trafilatura, paragraphs separated by a blank line."""
from __future__ import annotations

import logging
import os
from typing import Any

import trafilatura

from ..errors import Errors, InputError
from ..types import Article
from .files import SNIFF_BYTES, check_file, one_line, read_bytes

LOGGER = logging.getLogger(__name__)

CONFIRM_BELOW_WORDS = 120  # a shorter extraction is checked again in precision mode (stage 2): boilerplate-only
# pages (menus, cookie banners, footers) come out of trafilatura's recall fallback as a few dozen words, real
# news briefs pass both modes (checked on hand-made pages in tests/fixtures/ingest).
MIN_SENTENCE_WORDS = 5  # an article has at least one block this long; menus and link lists have none
DATE_PARAMS = {"extensive_search": False, "original_date": True}  # dates from markup and URL only: the
# extensive search takes footer copyright years ("© 2020" -> 2020-01-01) for publication dates.


def _extract(data: bytes | str, url: str | None, precision: bool) -> Any:
    """One trafilatura run (comments and images left out, metadata kept)."""
    return trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_images=False,
        favor_precision=precision, date_extraction_params=DATE_PARAMS,
    )


def paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text with blank lines between blocks, as in plain-text news."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def html_fields(data: bytes | str, url: str | None = None) -> dict[str, str | None] | None:
    """Text, title, outlet, url and published date of a news page; None when it holds no article text.

    Stages, each only when the one before under-delivered:
    1. trafilatura in its default, balanced mode (best recall of quotes); no block of MIN_SENTENCE_WORDS
       words or more (only links, buttons, labels) means no article;
    2. when stage 1 gave fewer than CONFIRM_BELOW_WORDS words, precision mode must agree that there is main
       text: if it finds none, stage 1 only scraped boilerplate and the page has no article.

    Args:
        data (bytes | str): the page; bytes are decoded by trafilatura (meta charset, then detection).
        url (str | None): where the page came from, used for the url and outlet when the page does not say.

    Returns:
        dict | None: keys text, title, outlet (site name, else host name), url, published (YYYY-MM-DD).

    Cost: one trafilatura run (a few ms to a few tens of ms a page), two for short pages.
    """
    # 1. balanced extraction
    doc = _extract(data, url, precision=False)
    text = paragraphs(doc.text or "") if doc is not None else ""
    if not any(len(block.split()) >= MIN_SENTENCE_WORDS for block in text.split("\n\n")):
        return None
    # 2. precision check of a short result
    if len(text.split()) < CONFIRM_BELOW_WORDS:
        strict = _extract(data, url, precision=True)
        if strict is None or not (strict.text or "").strip():
            return None
    return {
        "text": text,
        "title": doc.title or None,
        "outlet": doc.sitename or doc.hostname or None,
        "url": doc.url or url or None,
        "published": doc.date or None,
    }


def html_to_article(data: bytes | str, name: str) -> Article:
    """An Article from the bytes of an HTML file; `name` (the path) is its id and source.

    Raises InputError E005 (no article text) or E012 (trafilatura failed on the page).
    """
    try:
        fields = html_fields(data)
    except Exception as exc:  # a parser crash on one page must not stop a batch
        LOGGER.debug("trafilatura failed on %s", name, exc_info=True)
        raise InputError(Errors.E012.format(path=name, reason=one_line(exc))) from None
    if fields is None:
        raise InputError(Errors.E005.format(path=name))
    return Article(id=name, source=name, **fields)


def read_html(path: str | os.PathLike) -> Article:
    """Read one `.html`/`.htm` file as an Article whose id is the path as given.

    Args:
        path (str | PathLike): the page.

    Returns:
        Article: main text (paragraphs separated by "\\n\\n"), title, outlet, url and published from the page.

    Raises:
        InputError: E001 missing, E003 binary (NUL bytes), E004 empty, E005 no article text, E008 unreadable,
            E012 extraction failed.

    Example:
        >>> read_html("pages/ferry.html").text.split("\\n\\n")[0]
        'Harbour council approves new ferry timetable'
    """
    name = os.fspath(path)
    check_file(name)
    data = read_bytes(name)
    if b"\x00" in data[:SNIFF_BYTES] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(Errors.E003.format(path=name))
    if not data.strip():
        raise InputError(Errors.E004.format(path=name))
    return html_to_article(data, name)
