"""Reading news articles: `.txt`, `.html`/`.htm` (trafilatura), `.jsonl`, `.warc`/`.warc.gz`, folders, stdin.

Every reader returns `onrecord.types.Article` records and raises `onrecord.errors.InputError` (one line from
the E001-E012 catalogue) for bad input; `read_articles(..., keep_going=True)` reports bad items and goes on.
`article_hash` is the content key the store deduplicates articles by.
"""
from .core import read_articles, read_file, read_path, read_stdin
from .html import html_fields, read_html
from .jsonl import read_jsonl
from .normalize import article_hash, normalize_text
from .text import read_text
from .warc import read_warc

__all__ = [
    "article_hash",
    "html_fields",
    "normalize_text",
    "read_articles",
    "read_file",
    "read_html",
    "read_jsonl",
    "read_path",
    "read_stdin",
    "read_text",
    "read_warc",
]
