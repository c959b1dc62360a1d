"""Role words and titles, read from a mention or from the text."""
from onrecord.speakers.roles import office_title, same_role, untitled


def test_a_title_before_a_name_is_not_part_of_it():
    assert untitled(("Senator", "Ida", "Marsh")) == ("Ida", "Marsh")
    assert untitled(("Sen.", "Marsh")) == ("Marsh",)
    assert untitled(("Mayor",)) == ("Mayor",)


def test_a_title_gives_its_office_as_a_role_word():
    text = "Gov. Ann Kim met Mayor Dana Cole and Mr. Tom Hart and Lena Ortiz."
    assert [office_title(text, text.index(n)) for n in ("Ann", "Dana", "Tom", "Lena")] == [
        "governor", "mayor", None, None]


def test_two_words_for_one_role_are_the_same_role():
    assert same_role("mom", "mother") and same_role("congressman", "representative")
    assert not same_role("governor", "mayor") and not same_role("congressman", "congresswoman")
