"""Article text cut into segments for highlighting: which quotes and which speaker mention cover each piece.

Quotes may nest or overlap, so the text is cut at every span boundary and each piece lists the spans covering
it; the template then draws a piece as plain text, a quote highlight (deeper nesting, darker) or a speaker link.
Cost: O(b log b + b * k) for b span boundaries and at most k spans open at once (the nesting depth).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of the article: a quote (`ref` = its number in the article) or a speaker mention."""

    start: int
    end: int
    kind: str  # "quote" or "mention"
    ref: int  # 1-based quote number for "quote"; index into the mention list for "mention"


@dataclass
class Segment:
    """One piece of text and the spans covering it; `closes` lists quote numbers that end right after it."""

    text: str
    quotes: list[int] = field(default_factory=list)
    mention: int | None = None
    closes: list[int] = field(default_factory=list)

    @property
    def depth(self) -> int:
        """How many quotes cover this piece (0 = plain text), capped at 3 for styling."""
        return min(len(self.quotes), 3)


def clamp(spans: list[Span], length: int) -> list[Span]:
    """Spans cut to the text, empty or inverted ones dropped (stored offsets are untrusted input too)."""
    out = []
    for s in spans:
        start, end = max(0, min(s.start, length)), max(0, min(s.end, length))
        if end > start:
            out.append(Span(start, end, s.kind, s.ref))
    return out


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """The text cut at every span boundary, each piece with the quotes and the mention covering it.

    A sweep over the sorted boundaries keeps the set of open spans, so the cost is O(b log b + b * k) for b
    boundaries and at most k spans open at once (k is the nesting depth, small in real text).

    Example:
        >>> [(s.text, s.quotes) for s in segments("a 'bc' d", [Span(3, 5, "quote", 1)])]
        [("a '", []), ('bc', [1]), ("' d", [])]
    """
    spans = clamp(spans, len(text))
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    open_spans: list[Span] = []
    out = []
    for a, b in zip(cuts, cuts[1:]):
        open_spans = [s for s in open_spans if s.end > a] + starts.get(a, [])
        quotes = sorted(s.ref for s in open_spans if s.kind == "quote")
        mentions = [s.ref for s in open_spans if s.kind == "mention"]
        closes = sorted(s.ref for s in open_spans if s.kind == "quote" and s.end == b)
        out.append(Segment(text[a:b], quotes, mentions[0] if mentions else None, closes))
    return out
