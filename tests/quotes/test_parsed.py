"""ParsedText: parsed pieces of an article read by article offset."""
import spacy
from spacy.tokens import Doc

from onrecord.quotes.frames import mention_tokens
from onrecord.quotes.parsed import ParsedText, Piece, conjoined_subject, subject_of

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


def test_subject_of_a_verb_hung_on_an_apposition_is_the_one_it_describes():
    # `Owen Blake, a Democrat whose district includes Millbrook, called for an inquiry`, with `called` parsed as a
    # clause of `Democrat`
    words = ["Owen", "Blake", ",", "a", "Democrat", "whose", "district", "includes", "Millbrook", ",", "called", "for",
             "an", "inquiry", "."]
    heads = [1, 1, 1, 4, 1, 6, 7, 4, 7, 8, 4, 10, 13, 11, 1]
    deps = ["compound", "ROOT", "punct", "det", "appos", "poss", "nsubj", "relcl", "dobj", "punct", "acl", "prep",
            "det", "pobj", "punct"]
    tags = ["NNP", "NNP", ",", "DT", "NNP", "WP$", "NN", "VBZ", "NNP", ",", "VBD", "IN", "DT", "NN", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert subject_of(doc[10]).text == "Blake"


def test_subject_of_a_verb_the_parser_read_as_the_head_of_a_compound_is_that_noun():
    # `Dems hope the plan works.`, with `Dems` a compound of `hope`; and the mention of it stops before the verb
    words = ["Dems", "hope", "the", "plan", "works", "."]
    heads = [1, 1, 3, 4, 1, 1]
    deps = ["compound", "ROOT", "det", "nsubj", "ccomp", "punct"]
    tags = ["NNS", "VBP", "DT", "NN", "VBZ", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert subject_of(doc[1]).text == "Dems"
    assert [t.text for t in mention_tokens(doc[0])] == ["Dems"]


def test_subject_of_a_verb_after_a_participle_the_parser_gave_the_subject_is_that_subject():
    # `Activists clamoring for a vote say it is late.`, with `activists` the subject of `clamoring`
    words = ["Activists", "clamoring", "for", "a", "vote", "say", "it", "is", "late", "."]
    heads = [1, 5, 1, 4, 2, 5, 7, 5, 7, 5]
    deps = ["nsubj", "advcl", "prep", "det", "pobj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["NNS", "VBG", "IN", "DT", "NN", "VBP", "PRP", "VBZ", "JJ", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert subject_of(doc[5]).text == "Activists"


def test_subject_of_a_verb_the_parser_joined_to_an_object_is_the_subject_of_the_object_s_verb():
    # `He put on an accent and joked, “…”`, with `joked` a conjunct of `accent`
    words = ["He", "put", "on", "an", "accent", "and", "joked", ",", "“", "Go", ".", "”"]
    heads = [1, 1, 1, 4, 1, 4, 4, 1, 1, 1, 9, 1]
    deps = ["nsubj", "ROOT", "prt", "det", "dobj", "cc", "conj", "punct", "punct", "ccomp", "punct", "punct"]
    tags = ["PRP", "VBD", "RP", "DT", "NN", "CC", "VBD", ",", "``", "VB", ".", "''"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert subject_of(doc[6]).text == "He"


def test_a_subject_the_parser_joined_to_the_last_noun_of_the_clause_before(joined_subject_doc):
    assert subject_of(joined_subject_doc[12]).i == 9  # `one in four`
    # a coordinated subject that opens the sentence is not one: `Kim and her aides said …`
    words = ["Kim", "and", "her", "aides", "said", "it", "was", "over", "."]
    heads = [4, 0, 3, 0, 4, 6, 4, 6, 4]
    deps = ["nsubj", "cc", "poss", "conj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["NNP", "CC", "PRP$", "NNS", "VBD", "PRP", "VBD", "JJ", "."]
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert conjoined_subject(doc[4]) is None


def test_subject_of_a_passive_participle_is_none():
    # `The club will appeal the red card shown to Ortega`: the card was shown; the club did not show it
    words = ["The", "club", "will", "appeal", "the", "card", "shown", "to", "Ortega", "."]
    heads = [1, 3, 3, 3, 5, 3, 5, 6, 7, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "det", "dobj", "acl", "prep", "pobj", "punct"]
    tags = ["DT", "NN", "MD", "VB", "DT", "NN", "VBN", "IN", "NNP", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert subject_of(doc[6]) is None
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags[:6] + ["VBG"] + tags[7:])
    assert subject_of(doc[6]).text == "club"  # `posted a message reading …`: who posted it
