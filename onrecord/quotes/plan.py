"""Decide which paragraphs need a parse: the parser is the cost, so parse only what attribution reads.

A paragraph is parsed when it holds a quote mark, a cue word or a cue phrase, or when it ends with `:`/`,`
before a quote paragraph (the `She wrote:` case is already caught by its cue word). Everything else, often
more than half of an article, is never parsed. Cost: one regex pass over the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import cue_forms, cue_phrases
from .marks import DOUBLE, SINGLE, paragraphs


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern:
    """One alternation of every cue form and phrase, matched case-insensitively on word boundaries."""
    words = sorted(set(cue_forms()) | set(cue_phrases()) | {"like"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def paragraphs_to_parse(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs that attribution needs parsed."""
    marks = set(DOUBLE) | set(SINGLE) - {"'", "\u2019"}
    pattern = cue_pattern()
    out = []
    for s, e in paragraphs(text):
        chunk = text[s:e]
        if any(c in marks for c in chunk) or pattern.search(chunk) or _has_quote_apostrophe(chunk):
            out.append((s, e))
    return out


def _has_quote_apostrophe(chunk: str) -> bool:
    """A straight or curly single mark used as a quote (after a space), not as an apostrophe."""
    return bool(re.search(r"(?:^|\s)['\u2019]\w", chunk))
