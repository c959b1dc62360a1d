"""Cue nouns: what `his claim that …` or `criticism of …` reports, and whose report it is."""
import pytest

from onrecord.quotes.nominal import is_cue_noun, noun_content, noun_source


def noun(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    "text,word,content,source",
    [
        ("Tom Reed repeated his claim that the toll was illegal.", "claim", "the toll was illegal", "his"),
        ("Ida Marsh issued a statement that the mayor would resign.", "statement", "the mayor would resign", "Marsh"),
        ("A statement from the council said little.", "statement", None, "council"),
        ("Her criticism of the new toll was sharp.", "criticism", "the new toll", "Her"),
        ("In a new Gazette poll, most voters backed the toll.", "poll", ", most voters backed the toll .", "poll"),
        ("He was not named in the poll.", "poll", None, "poll"),
        # the subject of a verb that meets the report is not its source (`dismissed criticism of …`)
        ("Ida Marsh dismissed criticism of the new toll.", "criticism", "the new toll", None),
        ("Tom Reed faces accusations of fraud in the audit.", "accusations", "fraud", None),
        # a phrase that says how long is no object of the report
        ("Ida Marsh has raised concerns for weeks.", "concerns", None, "Marsh"),
        ("Ida Marsh has raised concerns for the harbour.", "concerns", "the harbour", "Marsh"),
    ],
)
def test_noun_content_and_source(nlp, text, word, content, source):
    tok = noun(nlp, text, word)
    assert is_cue_noun(tok)
    got = noun_content(tok)
    assert (" ".join(t.text for t in got).removeprefix("that ") if got else None) == content
    found = noun_source(tok)
    assert (found.text if found is not None else None) == source


def test_is_cue_noun_needs_a_noun(nlp):
    assert not is_cue_noun(noun(nlp, "They hope to win.", "hope"))
    assert not is_cue_noun(noun(nlp, "The river was cold.", "river"))


def test_a_poll_ending_a_name_is_a_cue_noun(nlp):
    """`In a Harbour Gazette/Westbay College Poll …`: the tagger calls the last word of the name a proper noun."""
    doc = nlp("In a Harbour Gazette/Westbay College Poll released Sunday, most voters backed the toll.")
    tok = next(t for t in doc if t.text == "Poll")
    assert tok.tag_ == "NNP"
    assert is_cue_noun(tok)
    assert not is_cue_noun(next(t for t in nlp("Tom Reed read the Gazette Statement.") if t.text == "Statement"))
