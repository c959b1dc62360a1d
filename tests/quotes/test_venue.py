"""Where words were said: the venue phrase on a cue, read from invented sentences through `extract`."""
import pytest

from onrecord import extract
from onrecord.quotes.lexicon import plural, venue_words
from onrecord.types import Quote


def venues(text):
    return [q.venue.text if q.venue else None for q in extract(text) if q.nested_in is None]


@pytest.mark.parametrize(
    "text,venue",
    [
        ("Ann Lund told Tom Hale during a sitdown interview on Harbour Talk that the port would stay open.",
         "Harbour Talk"),
        ("Ann Lund said at a rally in Dayton on Tuesday that the port would stay open.", "a rally in Dayton"),
        ("“We will win,” Ann Lund said on WKRG’s “Morning Desk” Sunday.", "WKRG’s “Morning Desk”"),
        ("In a statement, the port authority said it would appeal.", "a statement"),
        ("Speaking at a town hall in Elmford, Ann Lund said the port would stay open.", "a town hall in Elmford"),
        ("“It is over,” Ann Lund wrote in a Facebook post on Monday.", "a Facebook post"),
        ("“It is over,” Ann Lund said at a campaign stop in Onawa, Iowa, on Monday.", "a campaign stop in Onawa, Iowa"),
        ("“It is over,” Ann Lund said in a statement to the Ledger.", "a statement to the Ledger"),
        ("Ann Lund gave the mayor some credit during the interview, saying he had kept the port open.",
         "the interview"),
        ("“We need jobs,” Ann Lund said on Tuesday in Elmford.", "Elmford"),
        ("Ann Lund testified before the state Senate in March that the port could be saved.", "the state Senate"),
        ("“We will sue,” Tom Hale told reporters outside the terminal gates.", "the terminal gates"),
        # not where: a time, a language, a topic or a target, a source
        ("“We need jobs,” Ann Lund said on Tuesday.", None),
        ("“We need jobs,” Ann Lund said in Spanish.", None),
        ("“We need jobs,” Ann Lund said before the debate.", None),
        ("“We need jobs,” Ann Lund said on Jan. 17.", None),
        ("Ann Lund commented on the post, saying it was wrong and that the mayor should apologise.", None),
        ("Ann Lund called on the Harbour Board to say whether the port would stay open.", None),
        ("The port will close, according to a statement from the board.", None),
    ],
)
def test_venue_of_a_cue(text, venue):
    assert venues(text)[0] == venue


def test_venue_phrase_stops_before_what_the_speaker_said():
    # `as` begins the words the description reports, not more of the venue
    assert venues("Ann Lund described the plan during a Tuesday interview as “a relic of another age.”")[0] == (
        "a Tuesday interview")


def test_venue_is_read_from_the_article_text_and_round_trips():
    text = "“We will win,” Ann Lund said at a rally in Dayton."
    q = extract(text)[0]
    assert text[q.venue.start : q.venue.end] == q.venue.text == "a rally in Dayton"
    d = q.to_dict()
    assert list(d)[list(d).index("addressee") + 1] == "venue"
    assert Quote.from_dict(d) == q


def test_venue_words_take_regular_plurals():
    assert [plural(n) for n in ("rally", "speech", "post", "day")] == ["rallies", "speeches", "posts", "days"]
    assert {"rallies", "speeches", "interviews"} <= venue_words().nouns


def test_a_venue_that_runs_on_keeps_its_head_nouns_words():
    text = ("During an exclusive interview with the Ledger's chief political reporter for the Sunday magazine broadcast "
            "on Harbour Radio's morning show, Ann Lund said the port would stay open.")
    assert venues(text)[0] == "an exclusive interview"


def test_continued_quote_keeps_the_venue_of_the_one_it_continues():
    text = ("Mayor Dana Cole spoke on Friday. “This is a good day for the harbor,” she said at the rally. "
            "“We will rebuild every home.”\n\n"
            "“Nobody in Elmford will be left behind.”\n\n"
            "“And we will do it this year,” she added.")
    assert venues(text) == ["the rally", "the rally", "the rally", None]
