"""Quotes with no cue of their own continue a speaker named before them."""
import pytest

from onrecord import extract


def test_extract_continuation_in_same_paragraph(nlp):
    text = "“The rain has stopped,” said Paul Grant. “Now we can start to rebuild the old school.”"
    quotes = extract(text, nlp=nlp)
    assert [q.speaker.name for q in quotes] == ["Paul Grant", "Paul Grant"]
    assert quotes[1].cue is None


@pytest.mark.parametrize(
    "text,speakers",
    [
        # a quote paragraph after a paragraph that reports what someone said
        ("Mayor Jane Park said that the harbour would reopen in May, whatever the council decides.\n\n"
         "“Nobody here wants to wait another winter for the ferries to come back.”", ["Jane Park"]),
        ("The harbour will reopen in May.\n\n“Nobody here wants to wait another winter for the ferries.”", [None]),
        # a quoted sentence after such a sentence in its own paragraph
        ("Mayor Jane Park touted the new ferry schedule at the harbour. “Nobody here wants to wait another winter "
         "for the boats.” Then she left.", ["Jane Park"]),
        # the sentence before is a quote and its cue, after a quote paragraph the one before left open: the cue
        # ends that sentence
        ("Lund said the mayor’s budget is “really a hollow promise to make.\n\n“What we do here is, we plan. We "
         "write budgets. We argue over them. That’s what we do,” Lund said. “We don’t hand out wishes or moods.”",
         ["Lund"]),
        # the subject is a noun that names no speaker by itself, but its apposition does
        ("His rival, state Sen. Grace Kim, shot back. “I balanced eight of them, Frank. You are thinking of somebody "
         "else.”", ["Grace Kim"]),
        # a word or two in quote marks there is a title, not what she said
        ("Mayor Jane Park touted the new ferry schedule at the harbour. “Blacklisted?” Then she left.", []),
    ],
)
def test_extract_quote_after_reported_speech(nlp, text, speakers):
    quotes = [q for q in extract(text, nlp=nlp) if q.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers


def test_extract_title_between_quotes_keeps_the_speaker_chain(nlp):
    text = "“The river is rising fast,” Lena Ortiz said on “Morning Report.” “We need sandbags before midnight tonight.”"
    quotes = [q for q in extract(text, nlp=nlp) if q.nested_in is None]
    assert [q.speaker.name for q in quotes] == ["Lena Ortiz", "Lena Ortiz"]
    assert "Morning Report" not in [q.text.strip("“”.") for q in quotes]


def test_extract_a_scare_quote_after_one_dropped_in_its_sentence_is_dropped_too(nlp):
    text = "Some pundits keep telling women to stop “moaning” or “nagging” when they speak up about pay."
    assert [q.text for q in extract(text, nlp=nlp) if q.kind != "indirect"] == []


def test_extract_a_quote_paragraph_after_a_dropped_fragment_keeps_its_speaker(nlp):
    # `“perhaps”` is a fragment of the reported clause, so no record; the paragraph after it is still Lu's
    text = ("Speaking in Dunmore, the ministry's spokesman Wen Lu repeated that the city opposed the plan.\n\n"
            "People should not wave around speculative words like “maybe” and “perhaps”, he told reporters.\n\n"
            "“This is extremely irresponsible.”")
    last = extract(text, nlp=nlp)[-1]
    assert (last.text, last.speaker.name) == ("This is extremely irresponsible.", "Wen Lu")


@pytest.mark.parametrize("join", [False, True])
def test_extract_a_scare_quote_in_a_later_sentence_continues_no_one(nlp, join):
    text = ("“Ann Berg doesn’t speak for our party,” said Tom Quill, chairman of the county organization. Quill is "
            "running for a seat when the party meets next Monday to pick its 20 “at-large” delegates. “We will see,” "
            "he said.")
    quotes = extract(text, nlp=nlp, join=join)
    assert [q.text.strip("“”,.") for q in quotes if q.kind == "direct"] == ["Ann Berg doesn’t speak for our party",
                                                                           "We will see"]


def test_extract_one_word_quote_with_its_cue_starts_a_chain(nlp):
    text = "“Safety,” said Ann Grimm, a local nurse. “Safety for the whole town, for everybody.”"
    assert [q.speaker.name for q in extract(text, nlp=nlp)] == ["Ann Grimm", "Ann Grimm"]


def test_extract_cue_without_a_subject_takes_the_speaker_of_the_quote_before(nlp):
    from onrecord import extract

    text = ("Ann Lee said the ferry report “was not good.” Adding, “Now, like every report on the river, what it "
            "says is never the whole story.”")
    assert [q.speaker.name for q in extract(text, nlp=nlp)] == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize("text, speaker", [
    # the person a sentence is about says the quote that follows it in its paragraph
    ("Asked whether the referee got the penalty right, Harald Berg shook his head. “No. Absolutely not. Everyone in "
     "the stadium saw it.”", "Harald Berg"),
    ("Sam Ruiz disagreed. “The harbour cannot wait another winter for the ferries.”", "Sam Ruiz"),
    ("Her neighbor, Carl, shrugged. “What can you do about it now?”", "Carl"),
    ("A survey of dock workers agreed. “The harbour cannot wait another winter for the ferries.”", None),
    # not a person, a group, or a passive subject
    ("The crowd roared. “The harbour cannot wait another winter for the ferries.”", None),
    ("Sam Ruiz was booed by the crowd. “The harbour cannot wait another winter for the ferries.”", None),
    # a quote paragraph of its own after such a sentence is not said by its subject
    ("Sam Ruiz walked to the stage.\n\n“The harbour cannot wait another winter for the ferries.”", None),
])
def test_quote_after_a_sentence_about_a_person(text, speaker, nlp):
    quotes = [q for q in extract(text, nlp=nlp) if q.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]
