"""Spans already taken: inside one, or touching none."""
from onrecord.quotes.spans import SpanSet


def test_span_set_holds_and_misses():
    taken = SpanSet([(30, 40), (10, 20)])
    assert taken.holds(12, 18) and taken.holds(30, 40)
    assert not taken.holds(18, 25) and not taken.holds(0, 5)
    assert taken.misses(20, 30) and taken.misses(41, 50) and taken.misses(0, 10)
    assert not taken.misses(19, 21) and not taken.misses(5, 11)


def test_span_set_with_overlapping_spans():
    # a transcript line (10, 100) holding a quote (30, 40): a span after the quote is still inside the line
    taken = SpanSet([(10, 100), (30, 40)])
    assert taken.holds(50, 60) and taken.holds(35, 38)
    assert not taken.holds(90, 110) and not taken.misses(99, 120)
