"""Where the parts of an article lie: sentence openings, bylines, the lede and an interview's answers."""
from onrecord.speakers.openings import interview_answers, lede, on_byline, opens_sentence


def test_a_name_opens_its_sentence_alone_after_a_dateline_or_after_a_description():
    text = "MANCHESTER, England — Greg Olsen spoke. The former harbor master, Ann Lee, was blunter. Then Tom Reed left."
    assert opens_sentence(text, text.index("Greg"))
    assert opens_sentence(text, text.index("Ann"))
    assert not opens_sentence(text, text.index("Tom"))


def test_the_lede_is_the_first_paragraph_long_enough_and_a_byline_is_the_writer():
    text = "Bridge opens\nBy Lena Ortiz\nThe new bridge over the river opened on Monday after three years of work."
    assert lede(text) == (text.index("The new"), len(text))
    assert on_byline(text, text.index("Lena"))
    assert not on_byline(text, text.index("river"))
    assert lede("Too short.\nStill short.") == (0, 0)


def test_an_interviews_answers_only_when_it_has_two_questions_and_two_answers():
    text = "Q: Why?\nA: Because.\nQ: When?\nA: Now."
    answers = [(text.index("A: Because"), text.index("\nQ: When")), (text.index("A: Now"), len(text))]
    assert interview_answers(text) == answers
    assert interview_answers("Q: Why?\nA: Because.") == []
