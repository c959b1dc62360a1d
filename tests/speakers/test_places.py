"""The place a description names and whether a mention places someone there."""
import pytest

from onrecord.speakers.places import place_of, placed


@pytest.mark.parametrize(
    "text,name,place,expected",
    [
        ("Vermont Sen. Bernie Sanders spoke.", "Bernie", "Vermont", True),
        ("Ohio governor John Kasich spoke.", "John", "Ohio", True),
        ("Sen. Marco Rubio of Florida spoke.", "Marco", "Florida", True),
        ("Bernie Sanders (I-Vt.) spoke.", "Bernie", "Vermont", True),
        ("Sen. Ted Cruz, R-TX, spoke.", "Ted", "Texas", True),
        ("Chris Christie, the New Jersey governor, spoke.", "Chris", "New Jersey", True),
        ("ASSOCIATED PRESSOhio Gov. John Kasich answers a question.", "John", "Ohio", True),
        # a place beside a name that does not say where the person is from
        ("Rubio congratulated Florida primary winner Donald Trump.", "Donald", "Florida", False),
        ("Bernie Sanders, who won Vermont, spoke.", "Bernie", "Vermont", False),
        ("Bernie Sanders (I-Vt.) spoke.", "Bernie", "Virginia", False),
    ],
)
def test_placed(text, name, place, expected):
    assert placed(text, text.index(name), place) is expected


def test_place_of_a_description(nlp):
    doc = nlp.make_doc("the New Jersey governor")
    assert place_of(list(doc), doc[3]) == "New Jersey"
    doc = nlp.make_doc("the Sen. governor")
    assert place_of(list(doc), doc[2]) is None  # a title is no place
    doc = nlp.make_doc("a Vermont senator")
    assert place_of(list(doc), doc[2]) is None
