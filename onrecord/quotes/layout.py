"""Where a quote's attribution may be looked for: the article's paragraphs and each quote's siblings.

Built once per article from the quote spans; every lookup is O(log n), so thousands of marks stay fast.
"""
from __future__ import annotations

import bisect

from .marks import QuoteSpan, paragraphs


class Layout:
    """Paragraphs and sibling quotes of one article, for O(log n) lookups (thousands of marks stay fast)."""

    def __init__(self, text: str, spans: list[QuoteSpan]):
        self.text, self.spans = text, spans
        self.paras = paragraphs(text)
        self._para_starts = [s for s, _ in self.paras]
        self.prev_sibling: list[int | None] = [None] * len(spans)
        self.next_sibling: list[int | None] = [None] * len(spans)
        last: dict[int | None, int] = {}
        for k, q in enumerate(spans):  # spans come in order of their opening marks
            j = last.get(q.parent)
            if j is not None:
                self.prev_sibling[k], self.next_sibling[j] = j, k
            last[q.parent] = k

    def para_of(self, pos: int) -> int:
        """Index of the paragraph holding offset `pos` (or the one before it), -1 before the first."""
        return bisect.bisect_right(self._para_starts, pos) - 1

    def frame_bounds(self, k: int) -> tuple[int, int]:
        """Where quote k's cue may stand: its paragraph (or its parent quote), between its siblings."""
        q = self.spans[k]
        if q.parent is not None:
            lo, hi = self.spans[q.parent].start, self.spans[q.parent].end
        else:
            p = self.para_of(q.open_mark)
            lo, hi = self.paras[p] if p >= 0 else (0, len(self.text))
            hi = max(hi, q.end)
        prev = self.prev_sibling[k]
        if prev is not None and self.spans[prev].end < q.open_mark:
            lo = max(lo, self.spans[prev].end + 1)
        return lo, self.before_next_sibling(k, hi)

    def before_next_sibling(self, k: int, hi: int) -> int:
        """`hi`, or the next sibling's opening mark when that comes first after quote k."""
        q, nxt = self.spans[k], self.next_sibling[k]
        return min(hi, self.spans[nxt].open_mark) if nxt is not None and self.spans[nxt].open_mark > q.end else hi

    def closing_paragraph_end(self, k: int) -> int | None:
        """For a quote that opens its paragraph and closes in a later one (`“…` ¶ `…,” said Batts.`), where the
        paragraph it closes in ends, or the next sibling opens; else None. A straight mark closed by a curly one
        (or the other way) is an excerpt's opening paired with a mark of a quote inside it: no such quote."""
        q = self.spans[k]
        p = self.para_of(q.open_mark)
        if q.parent is not None or p < 0 or q.end <= self.paras[p][1]:
            return None
        if self.text[self.paras[p][0] : q.open_mark].strip():
            return None
        if (self.text[q.open_mark] == '"') != (self.text[q.end : q.end + 1] == '"'):
            return None
        return self.before_next_sibling(k, self.paras[self.para_of(q.end)][1])
