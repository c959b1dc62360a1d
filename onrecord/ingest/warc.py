"""WARC crawls (`.warc`, `.warc.gz`): each HTTP 2xx response record with an HTML payload is one article.

Article ids: the record's WARC-Target-URI (the page address, what a reader recognises); when the same URI
comes again in one file (a re-crawl), the later ones get "#2", "#3", ... appended so ids stay unique within the
file. Records without a target URI use their WARC-Record-ID. `source` is "path:<WARC-Record-ID>".
"""
from __future__ import annotations

import logging
import os
import re
import zlib
from collections.abc import Callable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import Errors, InputError, report_or_raise
from ..types import Article
from .files import check_file, one_line
from .html import html_fields

LOGGER = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)

OnError = Callable[[InputError], object] | None


def is_html_response(record) -> bool:
    """True for a WARC response record holding an HTTP 2xx reply with an HTML content type."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and any(t in content_type for t in HTML_TYPES)


def payload_of(record) -> bytes | str:
    """The HTTP body, decoded by the charset of its Content-Type header when it names a usable one.

    Pages that declare their encoding only in the HTTP header would otherwise be left to guessing.
    """
    body = record.content_stream().read()
    content_type = record.http_headers.get_header("Content-Type") or ""
    match = CHARSET.search(content_type)
    if not match:
        return body
    try:
        return body.decode(match.group(1))
    except (LookupError, UnicodeDecodeError):  # unknown or wrong label: let trafilatura detect
        return body


def _unique_id(uri: str, seen: dict[str, int]) -> str:
    """`uri`, or `uri#n` for its n-th occurrence in this file."""
    seen[uri] = seen.get(uri, 0) + 1
    return uri if seen[uri] == 1 else f"{uri}#{seen[uri]}"


def record_to_article(record, name: str, seen: dict[str, int]) -> Article:
    """The Article of one HTML response record; InputError E009 when it holds no article text.

    published = the page's own date, else the crawl date (WARC-Date): an upper bound on publication.
    """
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID") or "?"
    uri = headers.get_header("WARC-Target-URI")
    label = uri or record_id
    try:
        fields = html_fields(payload_of(record), url=uri)
    except Exception as exc:  # a broken payload or a parser crash is this record's problem only
        LOGGER.debug("cannot extract WARC record %s", label, exc_info=True)
        raise InputError(Errors.E009.format(path=name, record=label, reason=one_line(exc))) from None
    if fields is None:
        raise InputError(Errors.E009.format(path=name, record=label, reason="HTML without article text"))
    fields["published"] = fields["published"] or headers.get_header("WARC-Date")
    fields["url"] = uri or fields["url"]
    return Article(id=_unique_id(uri or record_id, seen), source=f"{name}:{record_id}", **fields)


def _records(f, name: str) -> Iterator:
    """The WARC records of an open file; E010 when it is not WARC or is corrupt."""
    try:
        for record in ArchiveIterator(f, arc2warc=False):
            if not (record.format or "").startswith("warc"):
                reason = f"found {(record.format or 'unknown').upper()} data"
                raise InputError(Errors.E010.format(path=name, reason=reason))
            yield record
    except InputError:
        raise
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        raise InputError(Errors.E010.format(path=name, reason=one_line(exc))) from None
    except Exception:  # warcio trips over a record cut in its headers
        LOGGER.debug("corrupt WARC %s", name, exc_info=True)
        raise InputError(Errors.E010.format(path=name, reason="a record is cut short or corrupt")) from None


def read_warc(path: str | os.PathLike, *, on_error: OnError = None) -> Iterator[Article]:
    """Stream the articles of a WARC or gzipped WARC file (HTTP 2xx HTML responses; other records skipped).

    Args:
        path (str | PathLike): the crawl.
        on_error (callable | None): called with the InputError of each record without article text, and
            reading goes on; None raises at the first one.

    Yields:
        Article: id = target URI (see the module notes), url, text/title/outlet by trafilatura, published.

    Raises:
        InputError: E001 missing, E004 empty, E008 unreadable, E009 a record without article text,
            E010 not a WARC file or corrupt (reading that file stops there), E011 no HTML response at all.

    Example:
        >>> [a.url for a in read_warc("crawl.warc.gz")]
        ['https://gazette.example/news/ferry-timetable']

    Cost: one trafilatura run per HTML record; memory holds one record and the set of URIs seen.
    """
    name = os.fspath(path)
    check_file(name)
    seen: dict[str, int] = {}
    found = 0
    try:
        with open(name, "rb") as f:
            for record in _records(f, name):
                if not is_html_response(record):
                    continue
                found += 1
                try:
                    article = record_to_article(record, name, seen)
                except InputError as exc:
                    report_or_raise(exc, on_error)
                    continue
                yield article
    except OSError as exc:
        raise InputError(Errors.E008.format(path=name, reason=one_line(exc.strerror or exc))) from None
    if not found:
        raise InputError(Errors.E011.format(path=name))
