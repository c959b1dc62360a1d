"""Where an article names its people: capitalised words and full-name spans."""
from onrecord.speakers.names import Person
from onrecord.speakers.occurrences import capitalised_offsets, full_spans
from onrecord.speakers.people import People


def test_capitalised_words_are_indexed_with_and_without_a_possessive_and_whole_when_hyphenated():
    text = "Kardashian's friend Tamsin Kaur-Whitfield met O'Neill."
    index = capitalised_offsets(text)
    assert index["Kardashian's"] == index["Kardashian"] == [0]
    at = text.index("Kaur")
    assert index["Kaur"] == index["Kaur-Whitfield"] == [at]
    assert index["Whitfield"] == [text.index("Whitfield")]
    assert index["O'Neill"] == [text.index("O'Neill")]
    assert "friend" not in index


def test_full_spans_reach_to_the_surname_and_leave_out_one_word_names():
    text = "President Donald Trump met Ruth."
    trump = Person("Donald Trump", ("Donald", "Trump"), "m", [text.index("Donald")])
    ruth = Person("Ruth", ("Ruth",), "f", [text.index("Ruth")])
    assert full_spans(text, People([trump, ruth], [])) == [(text.index("Donald"), text.index(" met"), trump)]
