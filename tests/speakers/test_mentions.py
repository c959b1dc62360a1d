"""The name words a mention holds, read from the parse."""
import pytest
import spacy
from spacy.tokens import Doc

from onrecord import extract
from onrecord.speakers.mentions import appositive_name, mention_head, name_at_head


def _subject(nlp, text):
    doc = nlp(text)
    return next(t for t in doc if t.dep_ == "nsubj")


def test_name_at_head_drops_roles_and_titles_and_keeps_particles(nlp):
    head = _subject(nlp, "Council member Raj Patel said the numbers were wrong.")
    assert name_at_head(list(head.subtree), head) == ("Raj", "Patel")
    head = _subject(nlp, "House Speaker Newt Gingrich said the vote would fail.")
    assert name_at_head(list(head.subtree), head) == ("Newt", "Gingrich")
    head = _subject(nlp, "Ursula von der Leyen said the deal was done.")
    assert name_at_head([t for t in head.doc[:4]], head) == ("Ursula", "von", "der", "Leyen")


def test_appositive_name_only_for_one_named_person(nlp):
    assert appositive_name(_subject(nlp, "Her manager, Tom Briggs, said she was sorry.")) == ("Tom", "Briggs")
    assert appositive_name(_subject(nlp, "Two aides, Ann Ray and Bo Lim, said nothing.")) == ()
    assert appositive_name(_subject(nlp, "Hugh Hill, a doctor, said it was safe.")) == ()


def test_appositive_name_hung_on_the_name_a_role_serves_is_the_roles_holder(nlp):
    # the parser hangs `Celia Ruiz` on `Dunmore`, but a name is not in apposition to a name
    assert appositive_name(_subject(nlp, "A spokeswoman for Dunmore, Celia Ruiz, said he had documents.")) == (
        "Celia", "Ruiz")


def test_appositive_name_a_source_gave_as_first_name_only(nlp):
    head = _subject(nlp, "A volunteer medic, who gave only her first name, Oksana, said supplies were low.")
    assert appositive_name(head) == ("Oksana",)
    assert appositive_name(_subject(nlp, "A medic, who gave her age, 34, said supplies were low.")) == ()


def test_appositive_name_the_parser_made_the_next_clauses_subject_is_the_roles_holder():
    # `According to the town's forester, Nell Orvik, Bexley plans …`, with `Orvik` the subject of `plans`
    words = ["According", "to", "the", "town", "'s", "forester", ",", "Nell", "Orvik", ",", "Bexley", "plans", "."]
    heads = [11, 0, 3, 5, 3, 1, 11, 8, 11, 8, 11, 11, 11]
    deps = ["prep", "prep", "det", "poss", "case", "pobj", "punct", "compound", "nsubj", "punct", "compound", "ROOT",
            "punct"]
    tags = ["VBG", "IN", "DT", "NN", "POS", "NN", ",", "NNP", "NNP", ",", "NNP", "VBZ", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert appositive_name(doc[5]) == ("Nell", "Orvik")
    assert appositive_name(doc[3]) == ()  # `town` is no role


def test_appositive_name_of_a_title_set_before_the_name_with_no_comma():
    # `UMWA Director of Affairs Phil Smith told us .`, the name parsed as the title's apposition
    words = "UMWA Director of Affairs Phil Smith told us .".split()
    heads, deps = [1, 6, 1, 2, 5, 1, 6, 6, 6], "compound nsubj prep pobj compound appos ROOT dobj punct".split()
    tags = "NNP NNP IN NNP NNP NNP VBD PRP .".split()
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert appositive_name(doc[1]) == ("Phil", "Smith")
    words[4:4] = [","]
    heads, deps, tags = [1, 7, 1, 2, 1, 6, 1, 7, 7, 7], deps[:4] + ["punct"] + deps[4:], tags[:4] + [","] + tags[4:]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert appositive_name(doc[1]) == ()  # `Director, Phil Smith`: a name is no one's apposition (`Trump, Pence`)


def test_mention_head_is_the_token_governed_from_outside(nlp):
    doc = nlp("The senator's husband said no.")
    assert mention_head(list(doc[:4])).text == "husband"


@pytest.mark.parametrize(
    "text,mention,name",
    [
        # the parser splits a hyphenated word into pieces, each a subject of the cue: the mention is the whole word
        ("Her co-author, Dr. Helen Voigt, said the team had been surprised by the numbers.", "Her co-author",
         "Helen Voigt"),
        # and the name of the word's holder is still found (`co` is no head of it)
        ('In an interview on "Kelby Today," co-host Nell Brody asked the mayor whether he would resign.',
         "co-host Nell Brody", "Nell Brody"),
    ],
)
def test_a_mention_holds_the_whole_of_a_hyphenated_word(text, mention, name, nlp):
    q = extract(text, nlp=nlp)[0]
    assert (q.speaker.mention, q.speaker.name) == (mention, name)


@pytest.mark.parametrize("text, author", [
    ("Hoff's letter makes a libertarian case.", "Hoff"),
    ("An email from Nora Tandy reveals the plan.", "Tandy"),
    ("A fundraising email sent out by Sandoval on Tuesday warned of a fight.", "Sandoval"),
    ("In her statement, Ann Lee defended the plan.", "Lee"),  # the owner before the subject is that subject
    ("Her statement said the plan was dead.", "Her"),
    # no author named, or someone who is not the author
    ("The statement said the plan was dead.", None),
    ("An email obtained by the Courier shows the name of the donor.", None),
])
def test_document_author_is_who_wrote_it(nlp, text, author):
    from onrecord.speakers.mentions import document_author

    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ in ("letter", "email", "statement"))
    found = document_author(noun)
    assert (found.text if found is not None else None) == author
