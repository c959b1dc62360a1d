"""People named in an article: full names, titles, gender, married names."""
from onrecord.speakers.names import find_people


def names(text):
    return {p.name: p.gender for p in find_people(text)}


def test_find_people_full_names_with_gender():
    assert names("Maria Lopez met John Carter in town.") == {"Maria Lopez": "f", "John Carter": "m"}


def test_find_people_drops_titles_and_possessives():
    got = names("Mayor Jane Park praised Tom Reyes's plan.")
    assert got == {"Jane Park": "f", "Tom Reyes": "m"}


def test_find_people_ignores_title_case_headlines():
    assert names("Mary Lane Explains Why She Always Wins Big\n\nThe story.") == {}


def test_find_people_folds_married_name():
    people = find_people("Ann Holt Brandt and her husband Paul Brandt arrived.")
    ann = next(p for p in people if p.tokens[0] == "Ann")
    assert ann.name == "Ann Holt"
    assert ("Ann", "Holt", "Brandt") in ann.forms


def test_find_people_learns_gender_from_pronouns():
    people = {p.name: p.gender for p in find_people("The hearing ended late. Quinn Adair spoke; she left early.")}
    assert people == {"Quinn Adair": "f"}


def test_find_people_unsettled_runs_are_not_people():
    assert names("The hearing at the Supreme Court ended late in New York.") == {}
