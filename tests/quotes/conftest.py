"""Parses built by hand that more than one module's tests read."""
import pytest
import spacy
from spacy.tokens import Doc


@pytest.fixture
def aside_doc():
    """`Ortiz - who said he would shut mills run by Vale Corp - said at a rally that the port must close .`, with
    the second `said` hung on `shut` as its object, as the parser does when an aside between dashes holds a
    report."""
    words = ["Ortiz", "-", "who", "said", "he", "would", "shut", "mills", "run", "by", "Vale", "Corp", "-", "said",
             "at", "a", "rally", "that", "the", "port", "must", "close", "."]
    heads = [0, 0, 3, 0, 6, 6, 3, 6, 7, 8, 11, 9, 13, 6, 13, 16, 14, 21, 19, 21, 21, 13, 0]
    deps = ["ROOT", "punct", "nsubj", "relcl", "nsubj", "aux", "ccomp", "dobj", "acl", "agent", "compound", "pobj",
            "punct", "dobj", "prep", "det", "pobj", "mark", "det", "nsubj", "aux", "ccomp", "punct"]
    tags = ["NNP", ":", "WP", "VBD", "PRP", "MD", "VB", "NNS", "VBN", "IN", "NNP", "NNP", ":", "VBD", "IN", "DT",
            "NN", "IN", "DT", "NN", "MD", "VB", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


@pytest.fixture
def joined_subject_doc():
    """`One in three said it ignores the town and one in four said it was hostile .`, with `one in four` parsed as
    a conjunct of `town` and the second `said` left without a subject."""
    words = ["One", "in", "three", "said", "it", "ignores", "the", "town", "and", "one", "in", "four", "said", "it",
             "was", "hostile", "."]
    heads = [3, 0, 1, 3, 5, 3, 7, 5, 7, 7, 9, 10, 3, 14, 12, 14, 3]
    deps = ["nsubj", "prep", "pobj", "ROOT", "nsubj", "ccomp", "det", "dobj", "cc", "conj", "prep", "pobj", "ccomp",
            "nsubj", "ccomp", "acomp", "punct"]
    tags = ["CD", "IN", "CD", "VBD", "PRP", "VBZ", "DT", "NN", "CC", "CD", "IN", "CD", "VBD", "PRP", "VBD", "JJ", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
