"""Speakers read from typography alone: tweet signatures, tweets without marks, signature lines."""
from onrecord import extract


def test_extract_signature_line_signs_the_quote_before_it(nlp):
    text = ("Intro.\n\n\"The ferries pay no taxes at all, not a single cent of them.\"\n\n- Omar Farah.\n\n"
            "“They are afraid of seeing their whole town change in one year.”\n\n– An immigrant himself –.")
    quotes = extract(text, nlp=nlp)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Omar Farah", None]



def test_extract_signature_on_the_quotes_own_line_signs_it(nlp):
    text = ("Intro.\n\nThe mayor spoke first.\n\n“They are afraid of seeing their whole town change in a year.” — and "
            "then he left.\n\n“The ferries pay no taxes at all, not a single cent of them.” — Omar Farah, on Twitter")
    quotes = extract(text, nlp=nlp)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [None, "Omar Farah"]


def test_extract_tweet_without_marks(nlp):
    text = ("Ben Ortiz posted on Sunday.\n\nthe new stadium opens next week and everyone is invited to come "
            "pic.twitter.com/abc123 — Ben Ortiz (@benortiz) March 3, 2024\n\nMore text.")
    (q,) = extract(text, nlp=nlp)
    assert q.text.startswith("the new stadium") and q.text.endswith("come")
    assert q.speaker.name == "Ben Ortiz"


def test_extract_tweet_left_in_its_markup(nlp):
    text = ("Ben Ortiz posted on Sunday.\n\n<tweet id=\"1\" author=\"@benortiz\" datetime=\"2024-03-03\">The new "
            "stadium opens next week and everyone is invited. pic.twitter.com/abc123 — Ben Ortiz (@benortiz) March 3, "
            "2024</tweet>.\n\nMore text.")
    (q,) = extract(text, nlp=nlp)
    assert q.text == "The new stadium opens next week and everyone is invited." and q.speaker.name == "Ben Ortiz"
    assert text[q.start : q.end] == q.text and text[q.speaker.start : q.speaker.end] == q.speaker.mention


def test_extract_tweet_with_its_signature_on_the_next_line(nlp):
    text = ("The chief executive announced the cuts late on Thursday.\n"
            "We made the hard decision to reduce our team by a tenth. Everyone affected gets four months of pay.\n"
            "— Sara Nguyen (@saranguyen) March 3, 2026\n"
            "“This is on me, not on you,” she wrote.")
    quotes = extract(text, nlp=nlp)
    tweet = next(q for q in quotes if q.text.startswith("We made"))
    assert tweet.text.endswith("pay.") and tweet.speaker.name == "Sara Nguyen"
    assert [q.speaker.name for q in quotes if q.text.startswith("This is on me")] == ["Sara Nguyen"]


def test_extract_digest_headline_is_the_source_of_its_excerpt(nlp):
    text = ("TOP STORIES.\n\nHOW THE RIVER FLOODS CHANGED THE TOWN “The water rose faster than anyone in the valley "
            "had seen in forty years.” [Gazette.]\n\nTom Reed said: “We will rebuild every single house on the river.”")
    quotes = extract(text, nlp=nlp)
    assert quotes[0].speaker.mention == "HOW THE RIVER FLOODS CHANGED THE TOWN" and quotes[0].speaker.name is None
    assert quotes[1].speaker.name == "Tom Reed"


def test_extract_headline_claim_is_the_named_ones(nlp):
    text = ("Marsh: River ferries ‘pay no taxes at all’ and should close.\n\nCouncillor Anna Marsh spoke on Monday. "
            "Marsh wants a vote on the ferries by June.")
    q = extract(text, nlp=nlp)[0]
    assert q.text == "River ferries ‘pay no taxes at all’ and should close" and q.kind == "indirect"
    assert q.speaker.mention == "Marsh" and q.speaker.name == "Anna Marsh" and q.cue.text == ":"
    assert all(r.start >= q.end or r.end <= q.start for r in extract(text, nlp=nlp)[1:])  # its quote is folded in


def test_extract_headline_claim_after_a_label_in_capitals(nlp):
    text = "EXCLUSIVE – Anna Marsh: Close the River Ferries by June.\n\nCouncillor Anna Marsh spoke on Monday."
    q = extract(text, nlp=nlp)[0]
    assert (q.text, q.speaker.mention, q.speaker.name) == ("Close the River Ferries by June", "Anna Marsh", "Anna Marsh")


def test_extract_headline_claim_of_one_speaking_on_a_long_topic(nlp):
    text = ("Marsh on the River Ferries Losing Money for Six Years: Close Them by June.\n\nCouncillor Anna Marsh spoke "
            "on Monday. Marsh wants a vote on the ferries.")
    q = extract(text, nlp=nlp)[0]
    assert q.text == "Close Them by June" and q.speaker.name == "Anna Marsh"
    topic = "Ferries Losing Money for Six Years in the Valley: Close Them by June.\n\nCouncillor Anna Marsh spoke."
    assert [q.text for q in extract(topic, nlp=nlp) if q.start < 60] == []  # no speaker before the topic


def test_extract_headline_claim_of_one_named_before_a_verb(nlp):
    text = ("Anna Marsh Endorses Tom Quill: He Will Close the Ferries.\n\nCouncillor Anna Marsh spoke on Monday. "
            "She wants a vote on the ferries by June.")
    q = next(q for q in extract(text, nlp=nlp) if q.cue.text == ":")
    assert q.text == "He Will Close the Ferries" and q.speaker.mention == "Anna Marsh" and q.speaker.name == "Anna Marsh"
    assert {r.speaker.name for r in extract(text, nlp=nlp) if r.speaker} == {"Anna Marsh"}


def test_extract_headline_claim_of_a_source_named_by_what_it_is(nlp):
    body = "\n\nThree weeks before the vote, Ida Marsh leads the race for mayor."
    for headline, who in (("Poll: Marsh and Quill hold narrow leads in Ohio.", "Poll"),
                          ("Historians: The ferry strike changed the town.", "Historians")):
        q = extract(headline + body, nlp=nlp)[0]
        assert (q.text, q.speaker.mention, q.speaker.name) == (headline[len(who) + 2 : -1], who, None)


def test_extract_headline_label_or_stranger_claims_nothing(nlp):
    body = "\n\nCouncillor Ida Marsh spoke on Monday about the ferries and the town budget."
    for headline in ("The Latest: River ferries will close in June.", "Breaking: River ferries will close in June.",
                     "Reed: River ferries will close in June.", "Marsh: Will river ferries close in June?",
                     "Marsh row: River ferries will close in June."):  # a topic, not a speaker
        assert [q.text for q in extract(headline + body, nlp=nlp) if q.start < len(headline)] == [], headline


def test_extract_headline_claim_of_a_full_name_needs_no_second_mention(nlp):
    body = "\n\nCouncillor Ida Marsh spoke on Monday about the ferries and the town budget."
    q = extract("Tom Reed: River ferries will close in June." + body, nlp=nlp)[0]
    assert (q.text, q.speaker.mention) == ("River ferries will close in June", "Tom Reed")


def test_extract_headline_in_title_case_reports_with_its_quote(nlp):
    text = "Lee Says Ferry Fees Are ‘A Tax On Every Nurse’\n\nMayor Ann Lee spoke at the town hall on Monday."
    q = extract(text, nlp=nlp)[0]
    assert q.text == "Ferry Fees Are ‘A Tax On Every Nurse" and q.kind == "indirect"
    assert q.speaker.name == "Ann Lee" and q.cue.text == "Says"


def test_extract_transcript_lines(nlp):
    text = ("Mayor on the budget\n\nThe following is an edited transcript. Mayor Linda Ortiz spoke to Dan Foley.\n\n"
            "FOLEY: Why now?\n\nORTIZ: Because the city cannot wait another year.\n\n"
            "FOLEY: Your critics say the numbers don't add up.\n\nORTIZ: They are wrong, and they know it.\n\n"
            "Update: the council votes on Friday, and Q: is not a speaker.")
    quotes = extract(text, nlp=nlp)
    got = [(q.kind, q.text, q.speaker.name) for q in quotes if q.speaker and q.speaker.mention.isupper()]
    assert got == [("direct", "Why now?", "Dan Foley"),
                   ("direct", "Because the city cannot wait another year.", "Linda Ortiz"),
                   ("direct", "Your critics say the numbers don't add up.", "Dan Foley"),
                   ("direct", "They are wrong, and they know it.", "Linda Ortiz")]
    assert not any(q.text.startswith("the council") for q in quotes)


def test_extract_one_label_is_no_transcript(nlp):
    text = "Budget day\n\nORTIZ: the mayor who would not wait.\n\nThe council met on Friday."
    assert not any(q.speaker and q.speaker.mention == "ORTIZ" for q in extract(text, nlp=nlp))


def test_extract_transcript_line_holds_its_reports_after_a_quote(nlp):
    text = ("Budget talk\n\nAn edited transcript follows.\n\nFOLEY: Why now?\n\n"
            "ORTIZ: My aide called it “a mess” and the council said that the plan was dead.\n\nFOLEY: And now?")
    assert not any(q.kind == "indirect" and q.text == "the plan was dead" for q in extract(text, nlp=nlp))
