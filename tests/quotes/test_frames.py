"""Cues and speakers read from parses built by hand, so each rule is tested on the parser slip it is for."""
import spacy
from spacy.tokens import Doc

from onrecord.quotes.frames import attribute_cue, mention_tokens

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


def test_a_mention_ends_before_a_phrase_saying_when_but_keeps_one_saying_who():
    # `Farmer leaders on Sunday said`: the parser hangs the date on the subject
    words = ["Farmer", "leaders", "on", "Sunday", "said", "they", "would", "stay", "."]
    heads = [1, 4, 1, 2, 4, 7, 7, 4, 4]
    deps = ["compound", "nsubj", "prep", "pobj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    tags = ["NN", "NNS", "IN", "NNP", "VBD", "PRP", "MD", "VB", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in mention_tokens(doc[1])] == ["Farmer", "leaders"]
    words[3] = "Ohio"  # `Farmer leaders in Ohio said`: where they are from is who they are
    words[2] = "in"
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in mention_tokens(doc[1])] == ["Farmer", "leaders", "in", "Ohio"]


def test_a_mention_leaves_out_a_dateline_the_parser_joined_to_it():
    # `DENTON — Sen. Jo Hale said it was sad.`, the dateline parsed as part of the name
    words = ["DENTON", "—", "Sen.", "Jo", "Hale", "said", "it", "was", "sad", "."]
    heads = [4, 4, 4, 4, 5, 5, 7, 5, 7, 5]
    deps = ["compound", "punct", "compound", "compound", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["NNP", ":", "NNP", "NNP", "NNP", "VBD", "PRP", "VBD", "JJ", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in mention_tokens(doc[4])] == ["Sen.", "Jo", "Hale"]
    words[1] = "-"  # a spaced hyphen sets a dateline off too; an unspaced one joins a name (`Hale-Ruiz`)
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in mention_tokens(doc[4])] == ["Sen.", "Jo", "Hale"]
    doc = Doc(VOCAB, words=words, spaces=[False, False] + [True] * 8, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in mention_tokens(doc[4])] == words[:5]


def test_a_body_named_with_of_keeps_its_whole_name_but_a_person_does_not():
    words = ["The", "Royal", "College", "of", "Surgeons", "said", "it", "was", "sad", "."]
    heads = [2, 2, 5, 2, 3, 5, 7, 5, 7, 5]
    deps = ["det", "compound", "nsubj", "prep", "pobj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["DT", "NNP", "NNP", "IN", "NNP", "VBD", "PRP", "VBD", "JJ", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in mention_tokens(doc[2])] == ["The", "Royal", "College", "of", "Surgeons"]
    words[:5] = ["The", "young", "Cruz", "of", "Texas"]  # `Cruz of Texas said`: where he is from, after a name
    tags[1] = "JJ"
    doc = Doc(VOCAB, words=words, heads=heads, deps=["det", "amod", *deps[2:]], tags=tags)
    assert [t.text for t in mention_tokens(doc[2])] == ["The", "young", "Cruz"]


def test_a_cue_closing_an_aside_between_dashes_is_said_by_the_one_the_aside_is_about(aside_doc):
    # Vale Corp is the nearest name before the second `said`, but inside the aside
    assert [t.text for t in attribute_cue([aside_doc[13]], list(aside_doc[5:21])).speaker] == ["Ortiz"]
