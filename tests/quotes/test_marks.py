"""Quote spans from typography alone: openings, closings, apostrophes, nesting, paragraphs."""
import pytest
from hypothesis import given, settings, strategies as st

from onrecord.quotes.marks import find_quote_spans, paragraphs, text_for_rules


def spans(text):
    return [(text[q.start:q.end], q.depth, q.parent) for q in find_quote_spans(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He said, “We are ready.”", [("We are ready.", 0, None)]),
        ('He said, "We are ready."', [("We are ready.", 0, None)]),
        ("“I don’t know,” she said of the ’90s.", [("I don’t know,", 0, None)]),
        ("The Joneses’ dog barked. “Fine,” he said.", [("Fine,", 0, None)]),
        ("“He told me, ‘Leave now.’ So I left,” she said.",
         [("He told me, ‘Leave now.’ So I left,", 0, None), ("Leave now.", 1, 0)]),
        # a wrong-way mark glued to a comma closes; with nothing open, an opening glyph still opens
        ("“It’s unusual,“ said Al Noble. “It’s hard.”", [("It’s unusual,", 0, None), ("It’s hard.", 0, None)]),
        ("He said,“ We will win.”", [("We will win.", 0, None)]),
        ("On WKRP‘ Noon Show, she said, “We will win.”", [("We will win.", 0, None)]),  # an apostrophe typed ‘
        ('"I asked, "Why not?" and waited," she said.',
         [('I asked, "Why not?" and waited,', 0, None), ("Why not?", 1, 0)]),
        # a closing mark run into the next word still closes
        ("“We will win,”Lund said. “Soon.”", [("We will win,", 0, None), ("Soon.", 0, None)]),
        ('Lund called it "wrong."He left. "Fine," Moe said.', [("wrong.", 0, None), ("Fine,", 0, None)]),
        # a mark for letters dropped at a word's start opens nothing; a quote can still open on a word like it
        ("In 't Hout sees parallels, and “it is a risk,” she said.", [("it is a risk,", 0, None)]),
        ("“Six of ‘em stacked up,” Corr said.", [("Six of ‘em stacked up,", 0, None)]),
        ("“Get ‘em out of here,” Corr said, then ‘til dawn ‘twas quiet.", [("Get ‘em out of here,", 0, None)]),
        ("She called it ‘tin’ and left.", [("tin", 0, None)]),
    ],
)
def test_find_quote_spans_table(text, expected):
    assert spans(text) == expected


def test_find_quote_spans_wrong_way_closing_mark():
    text = "She added that he “would stay on, ‘no matter what.’ “\n\nNext paragraph."
    got = spans(text)
    assert got[0][0] == "would stay on, ‘no matter what.’"
    assert got[1] == ("no matter what.", 1, 0)


def test_find_quote_spans_multi_paragraph():
    text = "“First part of it.\n\n“Second part of it.\n\n“Third and last,” the mayor said.\n\nAfter."
    (q,) = find_quote_spans(text)
    assert text[q.start:q.end] == "First part of it.\n\n“Second part of it.\n\n“Third and last,"
    assert q.closed


def test_find_quote_spans_unclosed_ends_at_paragraph():
    text = "The chief said “we will never give up\n\nA new paragraph “with a fresh quote” here."
    got = [text[q.start:q.end] for q in find_quote_spans(text)]
    assert got == ["we will never give up", "with a fresh quote"]
    assert not find_quote_spans(text)[0].closed


def test_find_quote_spans_opens_a_few_quotes_at_once_at_most():
    from onrecord.quotes.marks import MAX_DEPTH

    # each stray mark would otherwise open a quote inside the last one, all running to the paragraph's end
    assert len(find_quote_spans("He said “" * 200 + "end.")) == MAX_DEPTH
    text = "“Ann said ‘Bo told me “run” today’ at noon,” Cy said."
    assert [(text[q.start:q.end], q.depth) for q in find_quote_spans(text)] == [
        ("Ann said ‘Bo told me “run” today’ at noon,", 0), ("Bo told me “run” today", 1), ("run", 2)]


def test_paragraphs_skip_blank_lines():
    text = "one\n\n\ntwo \n\nthree"
    assert [text[s:e] for s, e in paragraphs(text)] == ["one", "two ", "three"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n'\"“”‘’:")), max_size=400))
def test_find_quote_spans_never_fails_on_random_typography(text):
    for q in find_quote_spans(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.parent is None or q.parent < len(text)


def test_find_quote_spans_is_linear_on_thousands_of_unbalanced_marks():
    text = ("“a " * 20000) + ("b” " * 7000) + "x" * 1_000_000
    out = find_quote_spans(text)
    assert all(q.end <= len(text) for q in out)


def test_find_quote_spans_paired_singles_are_one_double_mark():
    text = "''The Smiths' farm is safe,'' said Ann Roe. ``Really,'' he asked."
    got = spans(text)
    assert got[0] == ("The Smiths' farm is safe,", 0, None)
    assert got[1] == ("Really,", 0, None)


def test_wrong_way_mark_starting_a_paragraph_opens():
    text = "The vote was close.\n\n” … we are not done yet,” she said."
    assert [text[q.start:q.end] for q in find_quote_spans(text)] == ["… we are not done yet,"]


def test_plural_possessive_inside_single_quotes_is_an_apostrophe():
    text = "‘It’s the residents’ bins that will overflow, not the councillors’,’ said Ann Lee."
    (q,) = find_quote_spans(text)
    assert text[q.start : q.end].startswith("It’s the residents’ bins that will overflow")
    # with no later closer, the same glyph closes: `called them ‘liars’ and left`
    text = "She called them ‘liars’ and left the room."
    assert [text[q.start : q.end] for q in find_quote_spans(text)] == ["liars"]


def test_text_for_rules_blanks_tags_out_and_keeps_every_offset():
    text = '<tweet tweet-author="@jo">“@ann: “Vote Hale.” – @jo“<tweet/>. 3 < 4 and x > y.'
    seen = text_for_rules(text)
    assert len(seen) == len(text) and seen.split() == ["“@ann:", "“Vote", "Hale.”", "–", "@jo“", ".", "3", "<", "4",
                                                       "and", "x", ">", "y."]
    # so a mark glued to a closing tag closes the quote it ends, not a quote running on to the next tag
    assert [seen[q.start : q.end] for q in find_quote_spans(seen)] == ["@ann: “Vote Hale.” – @jo", "Vote Hale."]
