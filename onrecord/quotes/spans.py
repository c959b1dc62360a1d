"""Article spans already taken (quotes, records), asked whether a new span lies inside one or touches none.

Built once per article in O(n log n); each question is one bisect, O(log n), whether the spans overlap or not.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate


class SpanSet:
    """(start, end) offsets spans, in any order, overlapping or nested."""

    def __init__(self, spans):
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))  # the furthest end among the first k + 1 spans

    def holds(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside one of the spans: the one reaching furthest among those starting by
        `start` is the only candidate."""
        k = bisect_right(self._starts, start) - 1
        return k >= 0 and self._reach[k] >= end

    def misses(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps none of the spans."""
        k = bisect_left(self._starts, end) - 1
        return k < 0 or self._reach[k] <= start
