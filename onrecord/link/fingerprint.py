"""Winnowed word-shingle fingerprints of a quote, for finding quotes that share a passage.

A quote's words (see `diff.tokenize`) are cut into overlapping K-word shingles, each hashed to a signed 64-bit
int; winnowing (Schleimer, Wilkerson & Aiken, "Winnowing: local algorithms for document fingerprinting",
SIGMOD 2003) keeps the minimum hash of every window of W consecutive shingles. Guarantee: two quotes sharing a
run of at least K + W - 1 words share at least one fingerprint, wherever the run sits in either quote, so a part
quoted alone or two passages joined are still found (MinHash LSH over whole quotes misses such containment).
About 2 / (W + 1) of the shingles are kept. Cost: linear in the quote length.
"""
from __future__ import annotations

import hashlib

from .diff import tokenize, words

K = 4  # words per shingle: long enough that chance matches are rare, short enough to survive a typo nearby
W = 4  # shingles per winnowing window: shared runs of K + W - 1 = 7 words are guaranteed to be found


def shingle_hash(shingle: str) -> int:
    """Stable signed 64-bit hash of one shingle (blake2b; Python's hash() changes between runs)."""
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def shingles(text: str, k: int = K) -> list[int]:
    """Hashes of the k-word shingles of `text`, in order (one shingle of all words when shorter than k)."""
    norms = [t.norm for t in words(tokenize(text))]
    if not norms:
        return []
    if len(norms) <= k:
        return [shingle_hash(" ".join(norms))]
    return [shingle_hash(" ".join(norms[i:i + k])) for i in range(len(norms) - k + 1)]


def fingerprints(text: str, k: int = K, w: int = W) -> set[int]:
    """The winnowed fingerprints of `text`: the minimum shingle hash of every window of `w` shingles.

    Example:
        >>> a = fingerprints("we went down to the river by the old mill and swam all day")
        >>> b = fingerprints("then, she said, we went down to the river by the old mill")
        >>> bool(a & b)
        True
    """
    hashes = shingles(text, k)
    if len(hashes) <= w:
        return {min(hashes)} if hashes else set()
    return {min(hashes[i:i + w]) for i in range(len(hashes) - w + 1)}
