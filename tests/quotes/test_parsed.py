"""ParsedText: parsed pieces of an article read by article offset."""
import spacy

from onrecord.quotes.parsed import ParsedText, Piece

NLP = spacy.blank("en")
TEXT = "Kim Lee said no.\n\nThe mayor told reporters that Lee said so too."


def pieces():
    # two stretches parsed apart, the second first in the list, as a cut map would allow
    second, first = TEXT.index("The mayor"), 0
    return [Piece(NLP(TEXT[second:]), (0,), (second,)), Piece(NLP(TEXT[: second - 2]), (0,), (first,))]


def test_tokens_come_in_article_order_whatever_the_order_of_pieces():
    parsed = ParsedText(TEXT, pieces())
    assert [t.text for t in parsed.tokens_between(0, len(TEXT))] == [t.text for t in NLP(TEXT) if not t.is_space]


def test_tokens_with_a_lower_case_filter_are_those_tokens_in_order():
    parsed = ParsedText(TEXT, pieces())
    got = parsed.tokens(lower=frozenset({"said", "told", "lee"}))
    assert [(t.text, parsed.offset(t)) for t in got] == [
        ("Lee", 4), ("said", 8), ("told", 28), ("Lee", 48), ("said", 52)]


def test_tokens_between_reads_article_offsets_across_pieces():
    parsed = ParsedText(TEXT, pieces())
    assert [t.text for t in parsed.tokens_between(0, 16)] == ["Kim", "Lee", "said", "no", "."]
    assert [t.text for t in parsed.tokens_between(18, 27)] == ["The", "mayor"]
