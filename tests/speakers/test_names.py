"""People named in an article: full names, titles, gender, married names."""
from onrecord.speakers.names import find_people, people_and_candidates, shouted_at, title_line_at


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


def test_find_people_a_pronoun_near_a_run_makes_a_person_only_of_a_first_name():
    got = names("He flew to the Middle East and he met Kofi Tetteh there, who said he was glad.")
    assert "Middle East" not in got and "Kofi Tetteh" in got


def test_find_people_a_first_name_joined_to_a_full_name_shares_its_surname():
    assert names("Margaret and Alan Whitfield run the shop.") == {"Margaret Whitfield": "f", "Alan Whitfield": "m"}
    # but the surname ending one full name before `and` is no first name of the next (`Kim` is a first name too)
    assert set(names("Ann Kim and Tom Hart wrote the report.")) == {"Ann Kim", "Tom Hart"}


def test_find_people_a_middle_initial_is_no_married_name():
    assert "Donald J. Trump" in names("Donald J. Trump met Melania Trump in 1998.")


def test_find_people_a_name_with_and_without_its_middle_is_one_person():
    people = find_people("Donald J. Reed spoke first. Donald Reed left early. Later Mr. Reed came back.")
    assert {p.name: len(p.offsets) for p in people} == {"Donald Reed": 3}
    assert ("Donald", "J.", "Reed") in people[0].forms


def test_find_people_a_titled_surname_keeps_each_title_apart():
    # `Mrs. Okafor` and `Mr. Okafor` are two people: one joins the woman named in full, not the man
    people = find_people("Maria Okafor came with John and Paul Okafor. Mrs. Okafor spoke. Mr. Okafor left.")
    got = {p.name: (p.gender, len(p.offsets)) for p in people}
    assert got["Maria Okafor"] == ("f", 2) and got["Okafor"] == ("m", 1)


def test_find_people_a_place_after_a_role_and_of_is_not_a_person():
    assert "San Marcos" not in names("Ada Ruiz was elected mayor of San Marcos in November.")


def test_find_people_a_titled_surname_joins_the_one_person_named_in_full():
    people = find_people("John Okafor spoke first. Later Mr. Okafor left, and Dr. Lind stayed.")
    assert {p.name for p in people} == {"John Okafor", "Lind"}
    john = next(p for p in people if p.name == "John Okafor")
    assert len(john.offsets) == 2  # `Later Mr. Okafor`: the name follows the title, wherever the run starts


def test_find_people_a_titled_surname_shared_by_two_people_stays_apart():
    people = find_people("John Okafor and Peter Okafor came. Mr. Okafor spoke.")
    assert {p.name: p.gender for p in people} == {"John Okafor": "m", "Peter Okafor": "m", "Okafor": "m"}


def test_find_people_a_titled_surname_joins_the_one_of_its_gender():
    people = find_people("John Okafor and Maria Okafor came. Mrs. Okafor spoke.")
    assert {p.name: len(p.offsets) for p in people} == {"John Okafor": 1, "Maria Okafor": 2}


def test_find_people_a_title_late_in_the_run_opens_the_name():
    assert names("Vice President Joe Biden spoke.") == {"Joe Biden": "m"}


def test_find_people_a_titled_surname_never_joins_someone_of_the_other_gender():
    people = find_people("Michelle Obama spoke first. Then Mr. Obama spoke.")
    assert {p.name: p.gender for p in people} == {"Michelle Obama": "f", "Obama": "m"}


def test_find_people_reads_a_surname_with_a_capital_inside():
    assert names("John McCain met Mitch McConnell and Ron DeSantis.") == {"John McCain": "m", "Mitch McConnell": "m",
                                                                          "Ron DeSantis": "m"}


def test_find_people_the_name_after_the_last_title_of_a_long_run():
    assert names("Former Turkish Prime Minister Recep Tayyip Erdogan spoke.") == {"Recep Tayyip Erdogan": "m"}
    assert list(names("Republican National Committee Chairman Reince Priebus spoke.")) == ["Reince Priebus"]


def test_find_people_title_case_function_words_end_a_name():
    # a line in sentence case that quotes a title-case headline
    assert names("Its headline named Marco Rubio And Rand Paul, and it ran all day.") == {"Marco Rubio": "m",
                                                                                             "Rand Paul": "m"}


def test_find_people_does_not_run_a_name_across_sentences():
    names = [p.name for p in find_people("Most of them backed Donald Trump. As Politico reported, Mr. Cole agreed.")]
    assert names == ["Donald Trump", "Cole"]


def test_find_people_skips_organisations_with_a_first_name_in_them():
    names = [p.name for p in find_people("Paul Reyes spoke to the Austin American-Statesman and ABC News.")]
    assert names == ["Paul Reyes"]


def test_find_people_a_football_club_is_no_person_even_beside_a_role():
    assert names("Riverside United manager, Luis Ortega, was sacked. The club's owner, Riverside Rovers, said so.") == {
        "Luis Ortega": "m"}


def test_find_people_keeps_a_name_run_on_into_a_place():
    names = [p.name for p in find_people("It was a win for Ted Cruz South Carolina voters did not expect.")]
    assert names == ["Ted Cruz"]


def test_find_people_with_accents_and_particles():
    text = ("President François Hollande spoke. Recep Tayyip Erdoğan, he said, was late. "
            "European Commission President Ursula von der Leyen agreed, and Mr. de Blasio, Bill de Blasio, waved.")
    assert {p.name for p in find_people(text)} == {"François Hollande", "Recep Tayyip Erdoğan", "Ursula von der Leyen",
                                                    "Bill de Blasio"}


def test_find_people_learns_gender_from_the_pronoun_saying_the_next_quote():
    text = "Adaeze Okonkwo has run the shop for years. ‘I have never seen the water this high,’ she said."
    assert names(text) == {"Adaeze Okonkwo": "f"}


def test_find_people_a_run_in_apposition_to_a_role_is_a_person():
    # `Tunde` is as often a woman's name as a man's in the name tables
    assert names("At the gates stood the union's secretary, Tunde Mensah, with them.") == {"Tunde Mensah": None}
    assert names("Tunde Mensah, a union leader, stood at the gates.") == {"Tunde Mensah": None}
    assert names("At the gates of Tema Harbour, workers waited.") == {}
    assert names("Crowds gathered in Tema Harbour, the mayor said.") == {}


def test_find_people_gender_from_the_name_tables_for_first_names_not_in_the_lexicon():
    assert names("At the gates stood the union's secretary, Efua Mensah, with Kwame Asante.") == {"Efua Mensah": "f"}
    # the tables tell a gender, not who is a person: `Virginia` and `Georgia` are first names too
    assert names("Efua Mensah met the director, Kwame Asante, at noon.") == {"Kwame Asante": "m"}


def test_find_people_a_run_that_ends_a_title_with_a_role_is_a_person():
    text = "Union Minister of State for Agriculture Shobha Karandlaje spoke."
    assert names(text) == {"Shobha Karandlaje": "f"}
    # a place after a role is no person: it opens with no first name
    assert names("He is the mayor of New York and the governor of North Carolina.") == {}


def test_find_people_an_initial_keeps_its_stop():
    assert names("Maria T. Lopez spoke to Mr. Jon Vale on Sunday.") == {"Maria T. Lopez": "f", "Jon Vale": "m"}
    assert names("John Carter Jr. spoke on Sunday.") == {"John Carter Jr.": "m"}


def test_find_people_skip_the_headline_in_title_case_even_with_a_stop():
    text = "Maria Lopez Endorses John Carter: I Am Thrilled.\n\nMaria Lopez spoke on Monday. John Carter did not."
    assert names(text) == {"Maria Lopez": "f", "John Carter": "m"}


def test_find_people_a_close_relative_given_by_first_name_alone_is_a_person():
    text = "Maria Lopez will run on Monday. Her husband, Devin, will be waiting. Her coach, Ruth, will not."
    assert names(text) == {"Maria Lopez": "f", "Devin": "m"}  # a coach is no close relative
    # a first name someone already has is theirs
    assert "Maria" not in names("Maria Lopez will run. His daughter, Maria, will watch.")


def test_find_people_a_possessive_ends_a_name():
    assert names("With Mr. Putin's Russia more assertive, the talks stalled.") == {"Putin": "m"}
    assert set(names("Dan Loeb’s Third Point fund and Obama's Secretary of State John Kerry met.")) == {
        "Dan Loeb", "John Kerry"}


def test_find_people_a_short_word_that_ends_a_sentence_ends_a_run():
    people, candidates = people_and_candidates("The attacks on New Year's Eve. Some Germans are angry, she said.")
    assert people == [] and "Eve Some Germans" not in [c.name for c in candidates]
    assert "Ann Lee" in names("Prof. Ann Lee and Capt. Tom Hale met.")


def test_find_people_a_weekday_opens_no_name():
    # `Saturday` is in the world's tables of first names; `her` nearby would give the run a gender
    text = "She addressed West's Saturday Night Live rant and the criticism aimed at her because of it."
    assert "Saturday Night Live" not in [p.name for p in people_and_candidates(text)[0]]


def test_find_people_a_run_that_is_all_a_quotation_holds_is_no_candidate():
    # a show's or a term's title; `Chez Martin` left a candidate would take every later `Martin said`
    text = "Fans of the show “Chez Martin” were upset. They called it ''Gran Ortiz,''."
    _, candidates = people_and_candidates(text)
    assert [c.name for c in candidates] == []
    _, candidates = people_and_candidates("Fans of the show starring Chez Martin were upset.")
    assert [c.name for c in candidates] == ["Chez Martin"]


def test_find_people_an_ordinary_word_opening_a_run_makes_no_person_of_the_pronouns_near_it():
    # `New` is a first name in the world's tables, `she` near it gives the run a gender: the article writes `new`
    assert names("In New Paltz, he said the new plan works.") == {}
    assert names("In Dover, Wendell Paltz said he liked the new plan.") == {"Wendell Paltz": "m"}


def test_find_people_reads_initials_written_together():
    assert names("The book by J.M. Barrie and the one by George H.W. Bush sold well, he said.") == {
        "George H.W. Bush": "m"}
    _, candidates = people_and_candidates("The book by J.M. Barrie sold well.")
    assert [c.name for c in candidates] == ["J.M. Barrie"]


def test_find_people_a_run_opens_at_a_word_not_inside_one():
    # the `C.` of `ICC.` and the `I.` of `II.` are no initials opening a name
    for text in ("The case went to the ICC. Perhaps Russia will object, he said.",
                 "It cost more than World War II. Some Americans say so, she said."):
        people, candidates = people_and_candidates(text)
        assert [p.name for p in people + candidates] in ([], ["World War"])


def test_title_line_at_finds_the_headline_holding_an_offset():
    text = "Newspaper Says Mayor Needs To Quit\n\nThe Courier said so on Sunday, and more."
    assert title_line_at(text, 3) == (0, text.index("\n"))
    assert title_line_at(text, text.index("Courier")) is None
    assert title_line_at("Abc Def Ghi Jkl " * 40, 5) is None  # a line this long is no headline, however set


def test_find_people_a_first_name_of_the_tables_before_a_listed_one_opens_the_name():
    assert names("The great Billie Jean King said she was proud.") == {"Billie Jean King": "f"}
    assert names("Norbert Leo Butz sang and he danced.") == {"Norbert Leo Butz": "m"}
    # an ordinary word or a title's abbreviation opens no name, though the tables count it
    assert names("Even Jean Dunn agreed, and so did retired Gen John Allen.") == {"Jean Dunn": "f", "John Allen": "m"}


def test_find_people_a_relative_given_by_first_name_after_someone_named_shares_the_surname():
    assert names("Mr. Ortiz and his wife, Elena, moved to Austin.")["Elena Ortiz"] == "f"
    assert names("The Ortiz house and his wife, Elena, were far.").get("Elena") == "f"  # `house` names no one


def test_find_people_two_titles_of_one_surname_known_by_it_alone_keep_their_titles():
    people = find_people("Mr. Vance and Mrs. Vance disagreed. Mrs. Vance left, and Mr. Vance stayed.")
    assert {p.name: (p.gender, len(p.offsets)) for p in people} == {"Mr. Vance": ("m", 2), "Mrs. Vance": ("f", 2)}
    # a title that tells no gender is either's: one person
    assert [p.name for p in find_people("President Hale spoke. Later Mr. Hale left.")] == ["Hale"]


def test_shouted_at_finds_a_heading_of_four_words_in_capitals():
    text = "Then NEW HAMPSHIRE SHOWS STRONG LEAD, BUT USA TODAY disagreed."
    assert shouted_at(text, text.index("HAMPSHIRE")) and not shouted_at(text, text.index("TODAY"))
