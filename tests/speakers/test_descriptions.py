"""The holder of a description's role."""
from onrecord.speakers.descriptions import Descriptions
from onrecord.speakers.names import Person
from onrecord.speakers.occurrences import Occurrences
from onrecord.speakers.people import People


def person(name, text, gender=None):
    p = Person(name, tuple(name.split()), gender, [text.index(name)])
    p.forms.add(p.tokens)
    return p


def descriptions(text, people, quoted=None, promoted=()):
    named = []

    def name_of(p, pos):
        named.append(p.name)
        return p.name

    return Descriptions(text, people, Occurrences(text, people), quoted or {}, set(promoted), name_of), named


def test_a_role_is_held_by_the_one_named_with_it():
    text = "Mayor Tom Reed opened the bridge. Ann Lee watched from the bank. “It is done,” the mayor said."
    people = People([person("Tom Reed", text, "m"), person("Ann Lee", text, "f")], [])
    found, named = descriptions(text, people)
    assert found.holder(None, text.index("the mayor"), "mayor") == "Tom Reed"
    assert named == []


def test_a_plain_description_is_the_one_a_sentence_just_before_introduced_named_through_name_of():
    text = "Ann Lee ran the clinic for years. Greg Olsen was blunter. “Close it,” the 71-year-old said."
    people = People([person("Ann Lee", text, "f"), person("Greg Olsen", text, "m")], [])
    found, named = descriptions(text, people, quoted={"Ann Lee": 3})
    assert found.holder(None, text.index("the 71"), "71-year-old") == "Greg Olsen"
    assert named == ["Greg Olsen"]


def test_an_office_no_one_was_named_with_is_the_most_quoted_whose_gender_fits_not_one_promoted():
    text = "Ann Lee and Ruth Ames and Tom Hart spoke at length on Monday. “We will win,” the president said."
    people = People([person("Ann Lee", text, "f"), person("Ruth Ames", text, "f"), person("Tom Hart", text, "m")], [])
    pos = text.index("the president")
    quoted = {"Ann Lee": 1, "Ruth Ames": 2, "Tom Hart": 5}
    assert descriptions(text, people, quoted)[0].holder("f", pos, "president") == "Ruth Ames"
    assert descriptions(text, people, quoted, promoted={"Ruth Ames"})[0].holder("f", pos, "president") == "Ann Lee"


def test_an_office_no_one_was_named_with_is_no_one_the_article_titles_with_another_office():
    text = "Mayor Dana Cole opened the bridge. “The governor is wrong,” Cole said. “We cannot pay,” the governor said."
    people = People([person("Dana Cole", text, "f")], [])
    pos = text.index("the governor said")
    assert descriptions(text, people, {"Dana Cole": 1})[0].holder(None, pos, "governor") is None
    # a role once held may be: `the former governor` can be today's mayor
    assert descriptions(text, people, {"Dana Cole": 1})[0].holder(None, pos, "governor", former=True) == "Dana Cole"
    # and a title of the same office is no other office: `Rep.` is the congresswoman's
    text = "Rep. Dana Cole opened the bridge. Ann Lee watched. “It is done,” the congresswoman said."
    people = People([person("Dana Cole", text, "f"), person("Ann Lee", text, "f")], [])
    assert descriptions(text, people)[0].holder(None, text.index("the congresswoman"), "congresswoman") == "Dana Cole"


def test_a_role_anonymous_unless_named_is_the_one_named_with_it_unless_someone_unnamed_came_in_since():
    text = "Maria Lopez, a spokeswoman, said little. “We will help,” the spokeswoman said."
    people = People([person("Maria Lopez", text, "f")], [])
    assert descriptions(text, people)[0].named_only("spokeswoman", text.index("the spokeswoman")) == "Maria Lopez"
    text = "Maria Lopez, a spokeswoman, said little. A spokeswoman for the union was angry. “No,” the spokeswoman said."
    people = People([person("Maria Lopez", text, "f")], [])
    assert descriptions(text, people)[0].named_only("spokeswoman", text.index("the spokeswoman")) is None
