"""Speaker mentions resolved to canonical names inside one article."""
from onrecord import extract


def speakers(text, nlp):
    return [(q.speaker.mention, q.speaker.name) for q in extract(text, nlp=nlp) if q.speaker and q.kind != "indirect"]


def test_resolve_surname_and_married_name(nlp):
    text = ("Ann Holt Brandt and her husband Paul Brandt opened a shop.\n\n"
            "“It took us ten long years to save for this,” Holt Brandt said.")
    assert speakers(text, nlp) == [("Holt Brandt", "Ann Holt")]


def test_resolve_pronoun_inside_quote_skips_the_speaker(nlp):
    text = ("Rita Vance spoke about her son, Leo Vance.\n\n"
            "“He always said, ‘Keep going, no matter what happens.’ I did,” Rita Vance said.")
    got = [(q.speaker.mention, q.speaker.name) for q in extract(text, nlp=nlp) if q.nested_in is not None]
    assert got == [("He", "Leo Vance")]


def test_resolve_anonymous_plural_and_group(nlp):
    text = "“The deal is done and signed by both sides,” officials said on Monday."
    assert speakers(text, nlp) == [("officials", None)]


def test_resolve_unknown_name_keeps_mention(nlp):
    text = "“We will appeal the ruling next week,” Zorblat said."
    assert speakers(text, nlp) == [("Zorblat", "Zorblat")]


def test_resolve_tweet_handle(nlp):
    text = ("Gary Moon wrote online.\n\nwe are building the new bridge this summer, promise "
            "— Gary (@garymoon) May 2, 2024")
    assert speakers(text, nlp) == [("Gary (@garymoon)", "Gary Moon")]


def test_resolve_someones_people_are_not_that_person(nlp):
    text = "Paul Grant lost the vote. “We will try again next year,” Grant's campaign said."
    assert speakers(text, nlp) == [("Grant's campaign", None)]


def test_resolve_title_before_a_name_is_not_part_of_it():
    from onrecord.speakers.resolve import untitled

    assert untitled(("Senator", "Ida", "Marsh")) == ("Ida", "Marsh")
    assert untitled(("Sen.", "Marsh")) == ("Marsh",)
    assert untitled(("Mayor",)) == ("Mayor",)


def test_resolve_title_before_a_surname_to_the_full_name(nlp):
    text = "Ann Lee spoke at the town hall on Monday.\n\n“We will close the ferries,” Mayor Lee said."
    assert speakers(text, nlp) == [("Mayor Lee", "Ann Lee")]


def test_resolve_relative_pronoun_to_its_antecedent(nlp):
    text = "Senator Tim Ruiz, who said the bridge would be rebuilt by May, left early."
    got = [(q.speaker.mention, q.speaker.name) for q in extract(text, nlp=nlp)]
    assert got == [("who", "Tim Ruiz")]
