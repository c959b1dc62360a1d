"""Where an article names its people: capitalised words and full-name spans."""
from onrecord.speakers.names import Person
from onrecord.speakers.occurrences import Occurrences, capitalised_offsets, full_spans
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


def test_a_persons_latest_mention_counts_the_bare_surname_but_not_inside_someone_elses_full_name():
    text = "Alan Whitfield met Tom Whitfield. Whitfield left. Then Tom Whitfield spoke."
    alan = Person("Alan Whitfield", ("Alan", "Whitfield"), "m", [0])
    tom = Person("Tom Whitfield", ("Tom", "Whitfield"), "m", [text.index("Tom"), text.rindex("Tom")])
    occurrences = Occurrences(text, People([alan, tom], []))
    end = len(text)
    others = [(s, e) for s, e, q in full_spans(text, People([alan, tom], [])) if q is not alan]
    assert occurrences.last_before(alan, end, others) == text.index("Whitfield left")
    assert occurrences.last_before(alan, end, others, skip=[(30, 50)]) == text.index("Whitfield")  # his own
    assert occurrences.last_before(alan, 0) == -1



def test_a_bare_first_name_is_a_mention_when_someone_else_shares_the_surname():
    text = "Alan Whitfield met Tom Whitfield. Alan left."
    alan = Person("Alan Whitfield", ("Alan", "Whitfield"), "m", [0])
    tom = Person("Tom Whitfield", ("Tom", "Whitfield"), "m", [text.index("Tom")])
    alone = [0, 5, text.index("Whitfield.")]
    assert Occurrences(text, People([alan, tom], [])).of(alan) == [*alone, text.index("Alan left")]
    assert Occurrences(text, People([alan], [])).of(alan) == alone
