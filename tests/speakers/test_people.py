"""The people of one article, looked up by the words of their names."""
from onrecord.speakers.names import Person
from onrecord.speakers.people import People


def person(name):
    p = Person(name, tuple(name.split()))
    p.forms.add(p.tokens)
    return p


def test_people_found_by_last_word_and_by_any_word_once_each():
    ann, bo = person("Ann Holt Brandt"), person("Bo Brandt")
    people = People([ann, bo], [])
    assert people.ending_with("Brandt") == [ann, bo]
    assert people.containing("Holt") == [ann]
    people.remove(bo)
    assert people.ending_with("Brandt") == [ann] and list(people) == [ann]


def test_people_candidates_compare_particles_in_any_case():
    run = person("Ursula von der Leyen")
    people = People([], [run, person("Raj Patel")])
    assert people.candidates_ending(("Von", "der", "Leyen")) == [run]
    people.drop_candidates(("Ursula", "von", "der", "Leyen"))
    assert people.candidates_ending(("Leyen",)) == []
    assert [p.name for p in people.candidates_ending(("Patel",))] == ["Raj Patel"]


def test_first_named_runs_are_the_unsure_runs_opening_with_a_first_name():
    people = People([], [person("Raj Patel"), person("Like Kardashian")])
    assert [p.name for p in people.first_named_runs()] == ["Raj Patel"]
