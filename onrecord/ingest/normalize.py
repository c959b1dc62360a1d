"""The content hash that tells two copies of one article apart from two different articles.

The store keys articles by `article_hash(text)`: reading the same input twice, or the same article from a
`.txt` and a `.jsonl`, gives the same key, so the second copy is a duplicate and changes nothing.
"""
from __future__ import annotations

import hashlib
import unicodedata


def normalize_text(text: str) -> str:
    """The text as hashed: Unicode NFC, every run of whitespace one space, no edge spaces, lower case.

    Cost: O(len(text)), one pass of each step.
    """
    return " ".join(unicodedata.normalize("NFC", text).split()).lower()


def article_hash(text: str) -> str:
    """SHA-256 (hex, 64 characters) of `normalize_text(text)`.

    Copies that differ only in line endings, paragraph spacing, indentation, composed versus decomposed accents
    or letter case get the same hash; any change of a word or a punctuation mark gives another. Typography is
    kept: straight and curly quote marks hash differently (two outlets' copies are two articles).

    Args:
        text (str): the article text.

    Returns:
        str: 64 lower-case hex digits.

    Example:
        >>> article_hash("Hello,\\r\\n  World") == article_hash("hello, world")
        True

    Cost: O(len(text)).
    """
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
