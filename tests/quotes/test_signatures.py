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


def test_extract_digest_headline_is_the_source_of_its_excerpt(nlp):
    text = ("TOP STORIES.\n\nHOW THE RIVER FLOODS CHANGED THE TOWN “The water rose faster than anyone in the valley "
            "had seen in forty years.” [Gazette.]\n\nTom Reed said: “We will rebuild every single house on the river.”")
    quotes = extract(text, nlp=nlp)
    assert quotes[0].speaker.mention == "HOW THE RIVER FLOODS CHANGED THE TOWN" and quotes[0].speaker.name is None
    assert quotes[1].speaker.name == "Tom Reed"
