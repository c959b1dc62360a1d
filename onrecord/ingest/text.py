"""Plain-text articles: one `.txt` file (or standard input) is one article."""
from __future__ import annotations

import os

from ..types import Article
from .files import check_file, decode_text, read_bytes

TITLE_MAX_CHARS = 200  # a first line longer than this is a paragraph, not a headline


def guess_title(text: str) -> str | None:
    """The first line as the title when it is short and more text follows it; else None.

    News saved as text usually starts with the headline on its own line. Only a guess: the text itself keeps
    the line, so quote offsets are unchanged.
    """
    first, newline, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first or len(first) > TITLE_MAX_CHARS:
        return None
    return first


def text_to_article(data: bytes, name: str) -> Article:
    """An Article from the raw bytes of a text file; `name` is its id and source.

    The text is the UTF-8 decoding with a BOM dropped and "\\r\\n" made "\\n", nothing else changed.
    Raises InputError E003 (binary or not UTF-8) or E004 (empty or blank). Cost: O(len(data)).
    """
    text = decode_text(data, name)
    return Article(id=name, text=text, title=guess_title(text), source=name)


def read_text(path: str | os.PathLike) -> Article:
    """Read one `.txt` file as an Article whose id is the path as given.

    Args:
        path (str | PathLike): the file.

    Returns:
        Article: id and source = the path string, title = a short first line (see `guess_title`).

    Raises:
        InputError: E001 missing, E003 binary or undecodable, E004 empty, E008 unreadable.

    Example:
        >>> read_text("news/ferry.txt").id
        'news/ferry.txt'
    """
    name = os.fspath(path)
    check_file(name)
    return text_to_article(read_bytes(name), name)
