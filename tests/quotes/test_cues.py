"""Whether a token is a cue, read from parses built by hand, so each rule is tested on the parser slip it is for."""
import spacy
from spacy.tokens import Doc

from onrecord import extract
from onrecord.quotes.cues import is_cue


def _doc(words, heads, deps, tags):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


def _slip(notation: str) -> Doc:
    """A parse written one token a word, `word/tag/dep/head` (the head an index)."""
    words, tags, deps, heads = zip(*(t.rsplit("/", 3) for t in notation.split()))
    return _doc(list(words), [int(h) for h in heads], list(deps), list(tags))


def test_a_cue_in_s_read_as_a_plural_noun_opening_its_sentence_is_a_cue():
    # `Lund predicts that he will win.`; not `Trade talks`, a noun phrase with a verb of its own in the sentence
    doc = _doc(["Lund", "predicts", "that", "he", "will", "win", "."], [1, 1, 5, 5, 5, 1, 1],
               ["compound", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
               ["NN", "NNS", "IN", "PRP", "MD", "VB", "."])
    assert is_cue(doc[1])
    doc = _doc(["Trade", "talks", "resumed", "."], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"],
               ["NN", "NNS", "VBD", "."])
    assert not is_cue(doc[1])


def test_a_naming_verb_in_the_passive_is_no_cue_unless_it_says_by_whom():
    # `It is called “Quiet Room”`: a thing's name; `was called “a liar” by Lund`: Lund's words
    doc = _slip("It/PRP/nsubjpass/2 is/VBZ/auxpass/2 called/VBN/ROOT/2 Quiet/NNP/compound/4 Room/NNP/oprd/2 "
                "././punct/2")
    assert not is_cue(doc[2])
    doc = _slip("Reed/NNP/nsubjpass/2 was/VBD/auxpass/2 called/VBN/ROOT/2 a/DT/det/4 liar/NN/oprd/2 by/IN/prep/4 "
                "Lund/NNP/pobj/5 ././punct/2")
    assert is_cue(doc[2])


def test_a_cue_after_a_closing_mark_read_as_an_adjective_is_a_cue(nlp):
    # the parser reads `tweeted` as an adjective of `spokesman`
    got = [(q.text, q.cue and q.cue.text) for q in
           extract("\u201cThe toll was a disaster for the town,\u201d tweeted Harbour spokesman Olek Marsh.", nlp=nlp)]
    assert got == [("The toll was a disaster for the town,", "tweeted")]


def test_a_cue_read_as_a_noun_with_a_subject_and_an_object_is_a_cue():
    # `Half the voters polled Monday support Ann Lund.`, `support` tagged as a noun but given a verb's arguments
    doc = _slip("Half/NN/nsubj/5 the/DT/det/2 voters/NNS/pobj/0 polled/VBN/acl/2 Monday/NNP/npadvmod/3 "
                "support/NN/ROOT/5 Ann/NNP/compound/7 Lund/NNP/dobj/5 ././punct/5")
    assert is_cue(doc[5])
    # a noun with no object is still a noun: `Their support grew.`
    doc = _slip("Their/PRP$/poss/1 support/NN/nsubj/2 grew/VBD/ROOT/2 ././punct/2")
    assert not is_cue(doc[1])
