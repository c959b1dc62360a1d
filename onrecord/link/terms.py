"""Term statistics for the story clusterer: online document frequencies (`TermStats`) and the term vectors
built from them (`unit_tf`, `weighted`).

`TermStats` counts, per field, how many articles seen so far have each term and gives its smoothed IDF; it grows
with the distinct terms of the corpus. Cost: O(distinct terms) to count an article, O(1) per IDF, O(terms) per vector.
"""
from __future__ import annotations

import math
from collections import Counter

from .features import FIELDS, StoryFeatures


class TermStats:
    """Document frequencies per field over the articles seen so far (online IDF)."""

    def __init__(self) -> None:
        self.n_docs = 0
        self.df: dict[str, Counter] = {f: Counter() for f in FIELDS}

    def add(self, feats: StoryFeatures) -> None:
        """Count one article's distinct terms. Cost: O(distinct terms)."""
        self.n_docs += 1
        for f in FIELDS:
            self.df[f].update(feats.field(f).keys())

    def idf(self, f: str, term: str) -> float:
        """Smoothed inverse document frequency log((N + 1) / (df + 1)) + 1 of `term` in field `f`."""
        return math.log((self.n_docs + 1) / (self.df[f].get(term, 0) + 1)) + 1.0


def unit_tf(counts: Counter) -> dict[str, float]:
    """Sublinear term weights log(1 + count), scaled to unit length."""
    vec = {t: math.log1p(c) for t, c in counts.items() if c > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def weighted(vec: dict[str, float], stats: TermStats, f: str) -> tuple[dict[str, float], float]:
    """`vec` with each term multiplied by its IDF, and the length of the result."""
    out = {t: v * stats.idf(f, t) for t, v in vec.items()}
    return out, math.sqrt(sum(v * v for v in out.values())) or 1.0
