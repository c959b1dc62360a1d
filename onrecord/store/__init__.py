"""The corpus store: DuckDB tables for articles, quotes, speakers, utterances and stories (see README.md)."""
from .db import DEFAULT_DB, Added, Store, article_hash

__all__ = ["DEFAULT_DB", "Added", "Store", "article_hash"]
