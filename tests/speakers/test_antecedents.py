"""Whom a gendered pronoun may stand for."""
from onrecord.quotes.draft import Draft
from onrecord.speakers.antecedents import Antecedents, not_antecedents
from onrecord.speakers.names import Person
from onrecord.speakers.occurrences import Occurrences
from onrecord.speakers.people import People
from onrecord.types import Mention


def person(name, text, gender=None):
    p = Person(name, tuple(name.split()), gender, [text.index(name)])
    p.forms.add(p.tokens)
    return p


def antecedents(text, people):
    return Antecedents(text, people, Occurrences(text, people))


def test_the_likeliest_antecedent_is_the_latest_named_of_that_gender_not_excluded():
    text = "Ann Lee met Tom Hart and Ruth Ames. Later she spoke."
    people = People([person("Ann Lee", text, "f"), person("Tom Hart", text, "m"), person("Ruth Ames", text, "f")], [])
    pos = text.index("she")
    assert antecedents(text, people).likeliest("f", pos, set(), [], [], []).name == "Ruth Ames"
    assert antecedents(text, people).likeliest("f", pos, {"Ruth Ames"}, [], [], []).name == "Ann Lee"
    assert antecedents(text, people).likeliest("m", text.index("Tom"), set(), [], [], []) is None


def test_an_unsure_run_acts_as_a_person_by_its_surname_alone_or_an_apposition_not_after_an_article():
    text = "Olaf Brennholt, 41, lost his job. Brennholt found work. A Fed Ex driver waved."
    people = People([], [person("Olaf Brennholt", text), person("Fed Ex", text)])
    olaf, fedex = people.candidates()
    assert antecedents(text, people).acts_as_person(olaf)
    assert not antecedents(text, people).acts_as_person(fedex)


def test_a_pronoun_inside_a_quote_is_not_its_speaker_nor_whom_they_talk_to():
    ann = Mention("Ann Lee", "Ann Lee", 50, 57)
    asked = []

    def addressees():
        asked.append(True)
        return [("Ann Lee", "Tom Hart"), ("Ruth Ames", "Bo Li")]

    assert not_antecedents(Draft(0, 40), [ann], "Bo Li", addressees) == {"Bo Li"}
    assert not asked  # outside a quote no addressee is resolved
    inside = Draft(5, 10, depth=1, parent=0)
    assert not_antecedents(inside, [ann, None], None, addressees) == {"Ann Lee", "Tom Hart"}
