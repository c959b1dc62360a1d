"""`according to` reports, read from parses built by hand."""
import spacy
from spacy.tokens import Doc

from onrecord.quotes.according import according_content

VOCAB = spacy.blank("en").vocab  # lower-case forms, which the cue lookups read


def parse(words, heads, deps, tags):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)


def test_according_to_parsed_as_the_whole_sentence_reports_the_words_after_its_comma():
    # `According to the clerk, most ballots were counted`, with everything hung on `According` as the root
    words = ["According", "to", "the", "clerk", ",", "most", "ballots", "counted", "."]
    heads = [0, 0, 3, 1, 3, 6, 3, 6, 0]
    deps = ["ROOT", "prep", "det", "pobj", "punct", "amod", "appos", "acl", "punct"]
    tags = ["VBG", "IN", "DT", "NN", ",", "JJS", "NNS", "VBN", "."]
    doc = parse(words, heads, deps, tags)
    assert [t.text for t in according_content(doc[0], doc[1])] == ["most", "ballots", "counted"]


# `According to the town's forester, Nell Orvik, Bexley plans to plant trees.`, with the name the subject of `plans`
FORESTER = (["According", "to", "the", "town", "'s", "forester", ",", "Nell", "Orvik", ",", "Bexley", "plans", "to",
             "plant", "trees", "."],
            [11, 0, 3, 5, 3, 1, 11, 8, 11, 8, 11, 11, 13, 11, 13, 11],
            ["prep", "prep", "det", "poss", "case", "pobj", "punct", "compound", "nsubj", "punct", "compound", "ROOT",
             "aux", "xcomp", "dobj", "punct"],
            ["VBG", "IN", "DT", "NN", "POS", "NN", ",", "NNP", "NNP", ",", "NNP", "VBZ", "TO", "VB", "NNS", "."])


def test_according_to_a_role_leaves_the_name_set_off_after_it_out_of_the_clause():
    doc = parse(*FORESTER)
    assert [t.text for t in according_content(doc[0], doc[1])] == ["Bexley", "plans", "to", "plant", "trees"]


def test_according_to_after_a_subject_alone_reports_the_whole_clause():
    # `Fundraising, according to the campaign, has slowed`: a gerund subject before the phrase is no clause
    words = ["Fundraising", ",", "according", "to", "the", "campaign", ",", "has", "slowed", "."]
    heads = [8, 8, 8, 2, 5, 3, 8, 8, 8, 8]
    deps = ["nsubj", "punct", "prep", "prep", "det", "pobj", "punct", "aux", "ROOT", "punct"]
    tags = ["VBG", ",", "VBG", "IN", "DT", "NN", ",", "VBZ", "VBN", "."]
    doc = parse(words, heads, deps, tags)
    assert [t.text for t in according_content(doc[2], doc[3])] == ["Fundraising", ",", ",", "has", "slowed"]
