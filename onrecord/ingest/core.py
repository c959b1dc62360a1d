"""The entry points: any mix of files, folders and "-" (standard input) in, a stream of Articles out."""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import BinaryIO

from ..errors import Errors, InputError, report_or_raise
from ..types import Article
from .files import STDIN, STDIN_NAME, check_file, kind_of, looks_binary, suffix_of, walk_folder
from .html import read_html
from .jsonl import iter_lines, read_jsonl
from .text import read_text, text_to_article
from .warc import read_warc

LOGGER = logging.getLogger(__name__)

OnError = Callable[[InputError], object] | None


def read_file(path: str, *, on_error: OnError = None) -> Iterator[Article]:
    """The articles of one file, by its suffix; E007 when no reader fits."""
    kind = kind_of(path)
    if kind == "text":
        yield read_text(path)
    elif kind == "html":
        yield read_html(path)
    elif kind == "jsonl":
        yield from read_jsonl(path, on_error=on_error)
    elif kind == "warc":
        yield from read_warc(path, on_error=on_error)
    else:
        check_file(path)  # a missing file is E001 whatever its name
        raise InputError(Errors.E007.format(path=path, suffix=suffix_of(path)))


def read_stdin(stream: BinaryIO | None = None, *, on_error: OnError = None) -> Iterator[Article]:
    """Articles from standard input: JSONL when the first non-blank character is "{", else one text article.

    The text article's id is "<stdin>" (also the name in messages); its text is read as a `.txt` file is.
    JSONL is streamed line by line, so `cat big.jsonl | onrecord ...` keeps memory flat.

    Args:
        stream (BinaryIO | None): where to read; None reads `sys.stdin.buffer`.
        on_error (callable | None): as for `read_jsonl`.

    Raises:
        InputError: E003 binary, E004 empty, E006 malformed JSONL line.
    """
    stream = sys.stdin.buffer if stream is None else stream
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    first = b"".join(head).lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if first.startswith(b"{") and not looks_binary(first):
        yield from iter_lines(chain(head, stream), STDIN_NAME, on_error)
    else:
        yield text_to_article(b"".join(head) + stream.read(), STDIN_NAME)


def _guarded(articles: Iterator[Article], on_error: OnError) -> Iterator[Article]:
    """`articles` until one raises InputError: raised again, or given to `on_error` and the stream ends."""
    try:
        yield from articles
    except InputError as exc:
        report_or_raise(exc, on_error)


def read_path(path: str | os.PathLike, *, on_error: OnError = None) -> Iterator[Article]:
    """Stream the articles of one input: a file (by suffix), a folder (recursively) or "-" (standard input).

    Args:
        path (str | PathLike): `.txt`, `.html`, `.htm`, `.jsonl`, `.warc`, `.warc.gz`, a folder or "-".
        on_error (callable | None): None raises the first InputError; otherwise each bad item (a file in a
            folder, a JSONL line, a WARC record) is given to it and reading goes on with the next item.

    Yields:
        Article: in file order; a folder's files sorted by name at each level (see `files.walk_folder`).

    Raises:
        InputError: E001 missing, E002 folder with no readable file, E003 binary, E004 empty, E005 HTML
            without text, E006 malformed JSONL line, E007 unsupported type, E008 unreadable, E009-E012 WARC
            and extraction problems. With on_error set nothing is raised: every problem goes to on_error.

    Example:
        >>> [a.id for a in read_path("news")]
        ['news/a.txt', 'news/sub/b.html']
    """
    name = os.fspath(path)
    if name == STDIN:
        yield from _guarded(read_stdin(on_error=on_error), on_error)
    elif os.path.isdir(name):
        found = False
        for file in walk_folder(name, on_error):
            found = True
            yield from _guarded(read_file(file, on_error=on_error), on_error)
        if not found:
            report_or_raise(InputError(Errors.E002.format(path=name)), on_error)
    else:
        yield from _guarded(read_file(name, on_error=on_error), on_error)


def _log_error(exc: InputError) -> None:
    """The default per-item report with keep_going and no on_error: a warning on the module's logger."""
    LOGGER.warning("%s", exc)


def read_articles(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    *,
    keep_going: bool = False,
    on_error: OnError = None,
) -> Iterator[Article]:
    """Stream the articles of many inputs, in the order given; never holds a corpus in memory.

    Args:
        paths (iterable of str | PathLike): files, folders and "-" (a single path is accepted too).
        keep_going (bool): False raises the first InputError; True reports each bad item (a file, a JSONL
            line, a WARC record, a missing path) to `on_error` and goes on.
        on_error (callable | None): receives each InputError when keep_going; None logs it as a warning.

    Yields:
        Article: see `read_path` for ids, order and fields per input kind.

    Raises:
        InputError: without keep_going, the first problem (one line from the E001-E012 catalogue).

    Example:
        >>> errors = []
        >>> [a.id for a in read_articles(["a.txt", "missing.txt"], keep_going=True, on_error=errors.append)]
        ['a.txt']
        >>> str(errors[0])
        'missing.txt: no such file or directory'

    Cost: as the readers: O(input size) time; memory one article (or one JSONL line / WARC record).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    handler = (on_error or _log_error) if keep_going else None
    for path in paths:
        yield from read_path(path, on_error=handler)
