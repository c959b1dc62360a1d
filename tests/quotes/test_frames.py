"""Cues and speakers read from parses built by hand, so each rule is tested on the parser slip it is for."""
import spacy
from spacy.tokens import Doc

from onrecord import extract
from onrecord.quotes.frames import attribute_cue

VOCAB = spacy.blank("en").vocab  # lower-case forms, which the cue lookups read


def test_speaker_is_never_the_subject_of_a_verb_inside_the_quote():
    # `Ruiz ratcheted up attacks, saying he is “weak, you know that.`, with the sentence hung on `know`
    words = ["Ruiz", "ratcheted", "up", "attacks", ",", "saying", "he", "is", "“", "weak", ",", "you", "know", "that", "."]
    heads = [1, 12, 1, 1, 1, 1, 7, 5, 7, 7, 12, 12, 12, 12, 12]
    deps = ["nsubj", "ccomp", "prt", "dobj", "punct", "advcl", "nsubj", "ccomp", "punct", "acomp", "punct", "nsubj",
            "ROOT", "dobj", "punct"]
    tags = ["NNP", "VBD", "RP", "NNS", ",", "VBG", "PRP", "VBZ", "``", "JJ", ",", "PRP", "VBP", "DT", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    found = attribute_cue([doc[5]], list(doc[:8]), lambda t: t.i >= 8)
    assert [t.text for t in found.speaker] == ["Ruiz"]


def test_name_after_the_cue_that_is_the_subject_of_its_report_is_not_an_inverted_speaker():
    # `Reed, said Ruiz was a mayor: “…`, the parser having left `said` without a subject
    words = ["Reed", ",", "said", "Ruiz", "was", "a", "mayor", ":"]
    heads = [2, 2, 2, 4, 2, 6, 4, 2]
    deps = ["npadvmod", "punct", "ROOT", "nsubj", "ccomp", "det", "attr", "punct"]
    tags = ["NNP", ",", "VBD", "NNP", "VBD", "DT", "NN", ":"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in attribute_cue([doc[2]], list(doc)).speaker] == ["Reed"]


def test_a_cue_closing_an_aside_between_dashes_is_said_by_the_one_the_aside_is_about(aside_doc):
    # Vale Corp is the nearest name before the second `said`, but inside the aside
    assert [t.text for t in attribute_cue([aside_doc[13]], list(aside_doc[5:21])).speaker] == ["Ortiz"]


def test_a_name_right_after_the_closing_mark_speaks_before_the_nearest_name_to_the_cue():
    # `“Yes, I back Lund,” Ada Moe, founder of the Civic Center, tells Radio Nine.`, with `Ada Moe` parsed as an
    # apposition of `Lund`, inside the quote, and `tells` left with no subject
    words = ["“", "Yes", ",", "I", "back", "Lund", ",", "”", "Ada", "Moe", ",", "founder", "of", "the", "Civic",
             "Center", ",", "tells", "Radio", "Nine", "."]
    heads = [4, 4, 4, 4, 17, 4, 5, 5, 9, 5, 9, 9, 11, 15, 15, 12, 9, 17, 19, 17, 17]
    deps = ["punct", "intj", "punct", "nsubj", "ccomp", "dobj", "punct", "punct", "compound", "appos", "punct", "appos",
            "prep", "det", "compound", "pobj", "punct", "ROOT", "compound", "dobj", "punct"]
    tags = ["``", "UH", ",", "PRP", "VBP", "NNP", ",", "''", "NNP", "NNP", ",", "NN", "IN", "DT", "NNP", "NNP", ",",
            "VBZ", "NNP", "NNP", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in attribute_cue([doc[17]], list(doc[8:])).speaker] == ["Ada", "Moe"]


def test_a_text_someone_put_out_is_said_by_them(nlp):
    # the relative `that` is the cue's subject; the one who released or hoisted the text speaks
    for text in ("Ana Quillon released a video that said, \u201cWe are going to build the best bridge in the state.\u201d",
                 "Ana Quillon hoisted a sign that read \u201cWe are going to build the best bridge in the state.\u201d"):
        assert [q.speaker.mention for q in extract(text, nlp=nlp)] == ["Ana Quillon"]
    # handing out bottles is not putting out their words
    text = "They passed out water bottles that said, \u201cWe are going to build the best bridge in the state.\u201d"
    assert [q.speaker.mention for q in extract(text, nlp=nlp)] == ["that"]
