"""The speaker beside a cue, read from parses built by hand."""
import spacy
from spacy.tokens import Doc

from onrecord.quotes.nearby import name_opening, past_aside, words_of

VOCAB = spacy.blank("en").vocab


def test_past_aside_leaves_out_the_aside_between_dashes_before_the_cue(aside_doc):
    # `Ortiz - who said … Vale Corp - said at a rally …`: the words before the aside, then the cue's on
    got = past_aside(list(aside_doc[5:21]), aside_doc[13])
    assert [t.text for t in got] == ["Ortiz", "said", "at", "a", "rally", "that", "the", "port", "must"]


def test_name_opening_is_the_name_right_after_the_closing_mark_set_off_by_a_comma():
    # `“Yes,” Ada Moe, founder of the center, tells Radio Nine.`
    words = ["“", "Yes", ",", "”", "Ada", "Moe", ",", "founder", "of", "the", "center", ",", "tells", "Radio", "Nine",
             "."]
    heads = [12, 12, 12, 12, 5, 12, 5, 5, 7, 10, 8, 5, 12, 14, 12, 12]
    deps = ["punct", "intj", "punct", "punct", "compound", "nsubj", "punct", "appos", "prep", "det", "pobj", "punct",
            "ROOT", "compound", "dobj", "punct"]
    tags = ["``", "UH", ",", "''", "NNP", "NNP", ",", "NN", "IN", "DT", "NN", ",", "VBZ", "NNP", "NNP", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in name_opening(list(doc[4:]), doc[12], after_quote=True)] == ["Ada", "Moe"]
    assert name_opening(list(doc[5:]), doc[12], after_quote=True) is None  # not right after the mark


def test_words_of_leaves_out_punctuation_and_quote_marks():
    doc = Doc(VOCAB, words=["“", "Go", ",", "”", "she", "said", "."])
    assert [t.text for t in words_of(list(doc))] == ["Go", "she", "said"]
