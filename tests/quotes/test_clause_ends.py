"""Where a reported clause ends, on token lists and parses built by hand (the rules in context: test_clause.py)."""
import spacy
from spacy.tokens import Doc

from onrecord.quotes.clause_ends import before_according, past_colon_quote, until_next_report

VOCAB = spacy.blank("en").vocab


def test_a_reported_clause_ends_before_an_according_to_of_its_own():
    doc = Doc(VOCAB, words=["the", "toll", "rose", ",", "according", "to", "the", "Herald"])
    assert [t.text for t in before_according(list(doc))] == ["the", "toll", "rose", ","]
    assert [t.text for t in before_according(list(doc[:4]))] == ["the", "toll", "rose", ","]


def test_a_clause_the_parser_hung_a_quote_on_ends_at_the_colon_before_it():
    doc = Doc(VOCAB, words=["Lund", "listed", "her", "chores", ":", "\u201c", "It", "is", "work"])
    assert [t.text for t in past_colon_quote(list(doc))] == ["It", "is", "work"]
    plain = Doc(VOCAB, words=["Lund", "listed", "her", "chores", ":", "wash", "and", "dry"])
    assert len(past_colon_quote(list(plain))) == 8


def test_a_clause_ends_before_a_participle_that_reports_apart():
    # `the port is open , saying that it will stay open`, with `saying` hung on the clause's verb
    words = ["the", "port", "is", "open", ",", "saying", "that", "it", "will", "stay", "open"]
    heads = [1, 2, 2, 2, 2, 2, 9, 9, 9, 5, 9]
    deps = ["det", "nsubj", "ROOT", "acomp", "punct", "advcl", "mark", "nsubj", "aux", "ccomp", "acomp"]
    tags = ["DT", "NN", "VBZ", "JJ", ",", "VBG", "IN", "PRP", "MD", "VB", "JJ"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in until_next_report(doc[2])] == ["the", "port", "is", "open", ","]
