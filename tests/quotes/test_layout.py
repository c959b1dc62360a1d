"""Paragraphs and sibling quotes: where a quote's cue may stand."""
from onrecord.quotes.layout import Layout
from onrecord.quotes.marks import find_quote_spans


def test_layout_frame_bounds_stop_at_sibling_quotes_and_paragraphs():
    text = "Intro line.\n\n“One,” she said, “two.” Then more.\n\nLast."
    spans = find_quote_spans(text)
    layout = Layout(text, spans)
    para = text.index("“One")
    assert layout.para_of(para) == 1 and layout.para_of(0) == 0
    lo, hi = layout.frame_bounds(0)
    assert text[lo:hi] == "“One,” she said, "  # from its paragraph's start to its sibling's opening mark
    lo, hi = layout.frame_bounds(1)
    assert text[lo:hi] == " she said, “two.” Then more."  # from its sibling's closing mark to the paragraph's end


def test_layout_nested_quote_frame_is_its_parent():
    text = "“He told me, ‘Leave now.’ So I left,” she said."
    spans = find_quote_spans(text)
    layout = Layout(text, spans)
    assert layout.frame_bounds(1) == (spans[0].start, spans[0].end)
