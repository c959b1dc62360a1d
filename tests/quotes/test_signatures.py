"""Speakers read from typography alone: tweet signatures, tweets without marks, signature lines."""
from onrecord import extract


def test_extract_signature_line_signs_the_quote_before_it(nlp):
    text = ("Intro.\n\n\"The ferries pay no taxes at all, not a single cent of them.\"\n\n- Omar Farah.\n\n"
            "“They are afraid of seeing their whole town change in one year.”\n\n– An immigrant himself –.")
    quotes = extract(text, nlp=nlp)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Omar Farah", None]


def test_extract_tweet_without_marks(nlp):
    text = ("Ben Ortiz posted on Sunday.\n\nthe new stadium opens next week and everyone is invited to come "
            "pic.twitter.com/abc123 — Ben Ortiz (@benortiz) March 3, 2024\n\nMore text.")
    (q,) = extract(text, nlp=nlp)
    assert q.text.startswith("the new stadium") and q.text.endswith("come")
    assert q.speaker.name == "Ben Ortiz"
