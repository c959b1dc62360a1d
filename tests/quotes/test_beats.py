"""Action beats: a quote tagged by what its speaker did (`“…,” Tate smiled.`)."""
import pytest

from onrecord import extract

OPENING = "Mayor Dana Cole opened the meeting at noon. “This is a good day for the harbor,” she said.\n\n"


def said(text, nlp):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
            for q in extract(OPENING + text, nlp=nlp)][1:]


@pytest.mark.parametrize("text, expected", [
    ("“That is fine by me,” Councilman Rob Tate smiled.", [("That is fine by me,", "Rob Tate", "smiled")]),
    ("“No way!” Ruth Ames laughed.", [("No way!", "Ruth Ames", "laughed")]),
    ("“We will rebuild” — Councilman Rob Tate paused — “every home on the east side.”",
     [("We will rebuild", "Rob Tate", "paused"), ("every home on the east side.", "Rob Tate", None)]),
    ("“I have waited years for this,” Ruth Ames laughed, “and I can wait a little longer.”",
     [("I have waited years for this,", "Ruth Ames", "laughed"),
      ("and I can wait a little longer.", "Ruth Ames", None)]),
])
def test_beat_names_the_speaker(text, expected, nlp):
    assert said(text, nlp) == expected


@pytest.mark.parametrize("text", [
    "“The harbor will be rebuilt by the spring.” Councilman Rob Tate smiled.",  # a sentence of its own
    "“The harbor will be rebuilt by the spring,” Councilman Rob Tate walked to the door and left the hall.",
    "“The harbor will be rebuilt by the spring and the summer,” it ended.",
])
def test_no_beat_leaves_the_quote_to_the_previous_speaker(text, nlp):
    got = said(text, nlp)
    assert got and got[0][1] == "Dana Cole"
