"""JSONL corpora: one `{"id", "text", optional "title", "outlet", "url", "published"}` object a line."""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import Errors, InputError, report_or_raise
from ..types import Article
from .files import SNIFF_BYTES, check_file, looks_binary, one_line

OPTIONAL_FIELDS = ("title", "outlet", "url", "published")  # other keys of a line are ignored

OnError = Callable[[InputError], object] | None


def _problem(record: Any) -> str | None:
    """Why a parsed line is not an article, or None when it is one."""
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    for key in ("id", "text"):
        if key not in record:
            return f"missing '{key}'"
    doc_id, text = record["id"], record["text"]
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        return f"'id' must be a string, got {json.dumps(doc_id)[:40]}"
    if not str(doc_id).strip():
        return "'id' is empty"
    if not isinstance(text, str):
        return f"'text' must be a string, got {type(text).__name__}"
    if not text.strip():
        return "'text' is empty"
    for key in OPTIONAL_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            return f"'{key}' must be a string or null"
    return None


def parse_line(raw: bytes | str, name: str, number: int) -> Article:
    """One non-blank JSONL line (1-based `number`) as an Article; InputError E006 with the reason if malformed.

    The text is kept exactly as in the JSON string (offsets index into it); an integer id becomes a string.
    """
    def malformed(reason: str) -> InputError:
        return InputError(Errors.E006.format(path=name, line=number, reason=reason))

    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise malformed("not valid UTF-8") from None
    try:
        record = json.loads(raw.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        raise malformed(f"not JSON ({one_line(exc.msg)} at column {exc.colno})") from None
    except RecursionError:
        raise malformed("not JSON (nested too deeply)") from None
    reason = _problem(record)
    if reason:
        raise malformed(reason)
    fields = {key: record.get(key) for key in OPTIONAL_FIELDS}
    return Article(id=str(record["id"]), text=record["text"], source=f"{name}:{number}", **fields)


def iter_lines(lines: Iterable[bytes], name: str, on_error: OnError = None) -> Iterator[Article]:
    """Articles from JSONL lines (bytes, line ends included or not); blank lines are skipped.

    A malformed line raises E006, or goes to `on_error` and reading continues. E004 when no line holds
    anything. Streams: one line in memory at a time.
    """
    seen = False
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 BOM
        if not raw.strip():
            continue
        seen = True
        try:
            article = parse_line(raw, name, number)
        except InputError as exc:
            report_or_raise(exc, on_error)
            continue
        yield article
    if not seen:
        raise InputError(Errors.E004.format(path=name))


def read_jsonl(path: str | os.PathLike, *, on_error: OnError = None) -> Iterator[Article]:
    """Stream the articles of a `.jsonl` file, one per non-blank line.

    Args:
        path (str | PathLike): the file (UTF-8, an optional BOM, LF or CRLF line ends).
        on_error (callable | None): called with the InputError of each malformed line, and reading goes on;
            None raises at the first one.

    Yields:
        Article: id = the line's "id", text exactly as in the JSON, source = "path:line".

    Raises:
        InputError: E001 missing, E003 binary, E004 empty, E006 malformed line (with its 1-based number),
            E008 unreadable.

    Example:
        >>> [a.id for a in read_jsonl("corpus.jsonl")]
        ['a1', 'a2']

    Cost: O(file size) time, one line of memory.
    """
    name = os.fspath(path)
    check_file(name)
    try:
        with open(name, "rb") as f:
            if looks_binary(f.peek(SNIFF_BYTES)[:SNIFF_BYTES]):
                raise InputError(Errors.E003.format(path=name))
            yield from iter_lines(f, name, on_error)
    except OSError as exc:
        raise InputError(Errors.E008.format(path=name, reason=one_line(exc.strerror or exc))) from None
