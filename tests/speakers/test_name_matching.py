"""Which of an article's people a name mention's words name, read without changing them."""
from onrecord.speakers.name_matching import by_age, by_handle, name_matches, newcomers
from onrecord.speakers.names import Person
from onrecord.speakers.occurrences import Occurrences
from onrecord.speakers.people import People


def person(name, text, gender=None):
    p = Person(name, tuple(name.split()), gender, [text.index(name)])
    p.forms.add(p.tokens)
    return p


def test_a_name_matches_the_people_whose_full_name_ends_with_it_a_title_dropped():
    text = "Tom Reed opened the bridge."
    reed = person("Tom Reed", text, "m")
    people = People([reed], [])
    assert name_matches(text, people, ("Reed",)) == ([reed], ("Reed",))
    assert name_matches(text, people, ("Mayor", "Reed")) == ([reed], ("Reed",))
    assert name_matches(text, people, ("Ida", "Marsh")) == ([], ("Ida", "Marsh"))


def test_a_name_matching_no_one_makes_the_unsure_run_it_ends_or_a_full_name_nobody_has():
    text = "Raj Patel spoke first. Later Patel spoke again, and Ida Marsh too."
    run = person("Raj Patel", text)
    people = People([], [run])
    occurrences = Occurrences(text, people)
    assert newcomers(text, people, occurrences, ("Patel",), text.index("Later")) == [run]
    [marsh] = newcomers(text, people, occurrences, ("Ida", "Marsh"), text.index("Ida"))
    assert (marsh.name, marsh.offsets) == ("Ida Marsh", [text.index("Ida")])
    assert list(people) == []  # the caller makes them people


def test_a_surname_makes_no_person_of_an_ordinary_word_opening_the_run_it_ends():
    # `Maybe` opens a sentence; the article writes `maybe` too, and no table counts it as a first name
    text = "Maybe Hale is right. Hale spoke again, and maybe he will win."
    run = person("Maybe Hale", text)
    people = People([], [run])
    [hale] = newcomers(text, people, Occurrences(text, people), ("Hale",), text.index("Hale spoke"))
    assert (hale.name, hale.offsets) == ("Hale", [text.index("Hale")])


def test_the_elder_of_two_namesakes_is_the_one_the_article_gives_the_greater_age():
    text = "Patrick Brennan, 74, and his son Liam Brennan, 22, run the farm. The elder Brennan said"
    people = People([person("Patrick Brennan", text, "m"), person("Liam Brennan", text, "m")], [])
    pos = text.index("The elder")
    assert by_age(text, people, ("Brennan",), pos, True) == "Patrick Brennan"
    assert by_age(text, people, ("Brennan",), pos, False) == "Liam Brennan"
    assert by_age(text, people, ("Brennan",), text.index("Liam"), True) is None  # one age given so far


def test_a_handle_names_the_person_whose_name_it_holds():
    text = "Gary Moon wrote online."
    people = People([person("Gary Moon", text, "m")], [])
    assert by_handle(people, "@garymoon") == "Gary Moon"
    assert by_handle(people, "@cityhall") is None
