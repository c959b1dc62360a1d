"""JSONL corpora: one `{"id", "text", optional "title", "outlet", "url", "published"}` object a line."""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from ..errors import Errors, InputError, report_or_raise
from ..types import Article
from .files import SNIFF_BYTES, check_file, looks_binary, one_line, unpaired_surrogate

OPTIONAL_FIELDS = ("title", "outlet", "url", "published")  # other keys of a line are ignored

MIN_RANGE_BYTES = 1024  # line_ranges never cuts a range smaller than this

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
    for key in ("id", "text", *OPTIONAL_FIELDS):
        # `\udca0` escaped alone: JSON allows it, UTF-8 (and so every later step) does not
        lone = unpaired_surrogate(record[key]) if isinstance(record.get(key), str) else None
        if lone:
            return f"'{key}' holds an unpaired surrogate ({lone})"
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


def iter_lines(lines: Iterable[bytes], name: str, on_error: OnError = None, *, first: int = 1,
               require: bool = True) -> Iterator[Article]:
    """Articles from JSONL lines (bytes, line ends included or not); blank lines are skipped. `first` is the
    1-based number of the first line (a byte range of a file starts further in).

    A malformed line raises E006, or goes to `on_error` and reading continues. E004 when no line holds
    anything, unless not `require`. Streams: one line in memory at a time.
    """
    seen = not require
    for number, raw in enumerate(lines, start=first):
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
    return read_jsonl_range(path, on_error=on_error)


def _newlines(f: BinaryIO, start: int, end: int, block: int = 1 << 20) -> int:
    """How many b"\n" bytes `f` holds in [start, end), read in blocks of `block` bytes."""
    f.seek(start)
    count, left = 0, end - start
    while left > 0:
        data = f.read(min(block, left))
        if not data:
            break
        count += data.count(b"\n")
        left -= len(data)
    return count


def line_ranges(path: str | os.PathLike, parts: int) -> list[tuple[int, int, int]]:
    """Split a JSONL file into at most `parts` byte ranges of about equal size, each starting at a line start.

    Returns (start, end, first line number) triples that cover the file in order; a range never cuts a line.
    Equal bytes means about equal words, so the parallel tasks reading the ranges finish together.

    Cost: one sequential read of the file (counting line ends), no JSON parsing.
    """
    name = os.fspath(path)
    size = os.path.getsize(name)
    parts = min(parts, size // MIN_RANGE_BYTES + 1)  # a tiny file (a blank one included) stays whole
    cuts = [(0, 1)]
    with open(name, "rb") as f:
        for k in range(1, max(1, parts)):
            pos, line = cuts[-1]
            target = max(pos, size * k // parts)
            if target <= pos or target >= size:
                continue
            f.seek(target - 1)
            cut = target - 1 + len(f.readline())  # the first line start at or after `target`
            if cut >= size:
                break
            cuts.append((cut, line + _newlines(f, pos, cut)))
    ends = [c[0] for c in cuts[1:]] + [size]
    return [(start, end, line) for (start, line), end in zip(cuts, ends)]


def read_jsonl_range(path: str | os.PathLike, start: int = 0, end: int | None = None, first_line: int = 1, *,
                     on_error: OnError = None) -> Iterator[Article]:
    """The articles of the lines that start in the byte range [start, end) of a `.jsonl` file (`end` None: to
    the end of the file); `start` is a line start and `first_line` its 1-based number (as `line_ranges` gives
    them), so sources and errors name the same lines whatever range is read.

    Raises the same errors as `read_jsonl`; E004 only for a range that covers the whole file.

    Cost: O(end - start) time, one line of memory.
    """
    name = os.fspath(path)
    check_file(name)
    try:
        with open(name, "rb") as f:
            if start == 0 and looks_binary(f.peek(SNIFF_BYTES)[:SNIFF_BYTES]):
                raise InputError(Errors.E003.format(path=name))
            f.seek(start)

            def lines() -> Iterator[bytes]:
                pos = start
                while pos < end:
                    raw = f.readline()
                    if not raw:
                        return
                    pos += len(raw)
                    yield raw

            whole = start == 0 and (end is None or end >= os.path.getsize(name))
            yield from iter_lines(f if end is None else lines(), name, on_error, first=first_line, require=whole)
    except OSError as exc:
        raise InputError(Errors.E008.format(path=name, reason=one_line(exc.strerror or exc))) from None
