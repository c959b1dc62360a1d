from onrecord.web.spans import Span, segments


def test_segments_cover_text_exactly():
    text = "He said “one ‘two’ three” and left."
    spans = [Span(9, 24, "quote", 1), Span(14, 17, "quote", 2), Span(0, 2, "mention", 0)]
    pieces = segments(text, spans)
    assert "".join(p.text for p in pieces) == text


def test_segments_nested_quote_is_deeper():
    text = "x 'a \"b\" c' y"
    pieces = segments(text, [Span(3, 10, "quote", 1), Span(6, 7, "quote", 2)])
    inner = next(p for p in pieces if p.text == "b")
    assert inner.quotes == [1, 2] and inner.depth == 2
    assert next(p for p in pieces if p.text.startswith("a")).depth == 1


def test_segments_closes_marks_quote_end():
    pieces = segments("say 'hello' now", [Span(5, 10, "quote", 7)])
    assert [p.closes for p in pieces] == [[], [7], []]


def test_segments_mention_inside_quote_keeps_both():
    pieces = segments("'Ann said hi' ok", [Span(1, 12, "quote", 1), Span(1, 4, "mention", 3)])
    ann = pieces[1]
    assert ann.text == "Ann" and ann.mention == 3 and ann.quotes == [1]


def test_segments_drop_out_of_range_spans():
    pieces = segments("short", [Span(-1, -1, "mention", 0), Span(3, 99, "quote", 1), Span(4, 2, "quote", 2)])
    assert "".join(p.text for p in pieces) == "short"
    assert [p.quotes for p in pieces] == [[], [1]]


def test_segments_many_spans_stay_fast():
    import time

    text = "w" * 2_000_000
    spans = [Span(i * 1000, i * 1000 + 800, "quote", i) for i in range(2000)]
    spans += [Span(i * 1000 + 10, i * 1000 + 20, "quote", 5000 + i) for i in range(2000)]
    t0 = time.perf_counter()
    pieces = segments(text, spans)
    assert time.perf_counter() - t0 < 2.0
    assert len(pieces) == 8000 and pieces[0].quotes == [0] and pieces[1].quotes == [0, 5000]
