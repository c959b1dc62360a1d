"""Role words and titles, read from a mention or from the text."""
from onrecord.speakers.roles import untitled


def test_a_title_before_a_name_is_not_part_of_it():
    assert untitled(("Senator", "Ida", "Marsh")) == ("Ida", "Marsh")
    assert untitled(("Sen.", "Marsh")) == ("Marsh",)
    assert untitled(("Mayor",)) == ("Mayor",)
