"""Which words a cue verb reports, read from parses built by hand, so each rule is tested on the parser slip it is
for."""
import pytest
import spacy
from spacy.tokens import Doc

from onrecord.quotes.clause import complement as reported_words

VOCAB = spacy.blank("en").vocab  # lower-case forms, which the cue lookups read


def parse(words, heads, deps, tags):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)


def complement(words, heads, deps, tags, cue):
    """The words `complement` reports for the cue at index `cue` of a hand-built parse, or None."""
    got = reported_words(parse(words, heads, deps, tags)[cue])
    return [t.text for t in got] if got is not None else None


def test_complement_takes_a_that_clause_hung_on_the_noun_of_a_prepositional_phrase():
    # `said during a news conference that she may wait`, with `wait` parsed as a relative clause of `conference`
    words = ["Kerr", "said", "during", "a", "news", "conference", "that", "she", "may", "wait", "."]
    heads = [1, 1, 1, 5, 5, 2, 9, 9, 9, 5, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "mark", "nsubj", "aux", "relcl", "punct"]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "NN", "IN", "PRP", "MD", "VB", "."]
    doc = parse(words, heads, deps, tags)
    assert [t.text for t in reported_words(doc[1])] == ["she", "may", "wait"]


def test_complement_leaves_out_the_cues_subject_the_parser_gave_the_quoted_clause():
    # `"The risk," said Ed Lamb, an economist, "is that jobs go."`, with `Lamb` the subject of `is`
    words = ['"', "The", "risk", ",", '"', "said", "Ed", "Lamb", ",", "an", "economist", ",", '"', "is", "that", "jobs",
             "go", ".", '"']
    heads = [5, 2, 5, 5, 5, 5, 7, 13, 7, 10, 7, 7, 13, 5, 16, 16, 13, 5, 5]
    deps = ["punct", "det", "dep", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "det", "appos", "punct",
            "punct", "ccomp", "mark", "nsubj", "ccomp", "punct", "punct"]
    tags = ["``", "DT", "NN", ",", "''", "VBD", "NNP", "NNP", ",", "DT", "NN", ",", "``", "VBZ", "IN", "NNS", "VBP",
            ".", "''"]
    assert complement(words, heads, deps, tags, 5) == ["is", "that", "jobs", "go"]
    # with no quote around the cue, the name after it is the clause's own subject: `and said Lund was out`
    words = ["Kerr", "met", "Moe", "and", "said", "Lund", "was", "out", "."]
    heads = [1, 1, 1, 1, 1, 6, 4, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["NNP", "VBD", "NNP", "CC", "VBD", "NNP", "VBD", "RB", "."]
    assert complement(words, heads, deps, tags, 4) == ["Lund", "was", "out"]


def test_complement_leaves_a_true_relative_clause_alone():
    # `said during a conference that ran late`: `that` is the clause's subject, not a marker
    words = ["Kerr", "said", "during", "a", "conference", "that", "ran", "late", "."]
    heads = [1, 1, 1, 4, 2, 6, 4, 6, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "relcl", "advmod", "punct"]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "WDT", "VBD", "RB", "."]
    assert complement(words, heads, deps, tags, 1) is None


def test_reported_clause_stops_where_the_clause_above_the_cue_resumes():
    # `Ruiz, who said the plan would work, resigned`: `resigned` is above the cue, not part of what was said
    words = ["Ruiz", ",", "who", "said", "the", "plan", "would", "work", ",", "resigned", "."]
    heads = [9, 0, 3, 0, 5, 7, 7, 3, 0, 9, 9]
    deps = ["nsubj", "punct", "nsubj", "relcl", "det", "nsubj", "aux", "ccomp", "punct", "ROOT", "punct"]
    tags = ["NNP", ",", "WP", "VBD", "DT", "NN", "MD", "VB", ",", "VBD", "."]
    assert complement(words, heads, deps, tags, 3) == ["the", "plan", "would", "work"]


def test_complement_of_a_stance_verb_is_its_object_but_a_prayer_said_reports_nothing():
    # `Lee opposed the tax increase` reports a stance (PolNeAR train: opposed, questioned, mentioned, recalled, touted,
    # showed, offered, wanted, supported, backed count through their object); `Lee said a prayer` is no report
    words = ["Lee", "opposed", "the", "tax", "increase", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "NN", "."]
    assert complement(words, heads, deps, tags, 1) == ["the", "tax", "increase"]
    prayer = parse(["Lee", "said", "a", "short", "prayer", "."], heads, deps, ["NNP", "VBD", "DT", "JJ", "NN", "."])
    assert reported_words(prayer[1]) is None


def test_complement_of_an_as_aside_is_the_clause_it_vouches_for():
    # `As the Post reported, the deal fell through`
    words = ["As", "the", "Post", "reported", ",", "the", "deal", "fell", "through", "."]
    heads = [3, 2, 3, 7, 7, 6, 7, 7, 7, 7]
    deps = ["mark", "det", "nsubj", "advcl", "punct", "det", "nsubj", "ROOT", "prt", "punct"]
    tags = ["IN", "DT", "NNP", "VBD", ",", "DT", "NN", "VBD", "RP", "."]
    assert complement(words, heads, deps, tags, 3) == ["the", "deal", "fell", "through"]


def test_an_as_clause_of_speaking_to_someone_is_no_aside():
    # `As he spoke to reporters, the crowd grew`: the time the crowd grew, not a source for it
    words = ["As", "he", "spoke", "to", "reporters", ",", "the", "crowd", "grew", "."]
    heads = [2, 2, 8, 2, 3, 8, 7, 8, 8, 8]
    deps = ["mark", "nsubj", "advcl", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "punct"]
    tags = ["IN", "PRP", "VBD", "IN", "NNS", ",", "DT", "NN", "VBD", "."]
    assert complement(words, heads, deps, tags, 2) is None


def test_complement_of_a_hope_is_its_infinitive_but_not_in_the_passive():
    # `Lee hopes to win the seat` reports a hope; `Lee is expected to win the seat` is nobody's report of Lee
    words = ["Lee", "hopes", "to", "win", "the", "seat", "."]
    heads = [1, 1, 3, 1, 5, 3, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"]
    tags = ["NNP", "VBZ", "TO", "VB", "DT", "NN", "."]
    assert complement(words, heads, deps, tags, 1) == ["to", "win", "the", "seat"]
    words = ["Lee", "is", "expected", "to", "win", "the", "seat", "."]
    heads = [2, 2, 2, 4, 2, 6, 4, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "det", "dobj", "punct"]
    tags = ["NNP", "VBZ", "VBN", "TO", "VB", "DT", "NN", "."]
    assert complement(words, heads, deps, tags, 2) is None


def test_a_cue_right_before_a_quote_introduces_it_rather_than_interrupting_a_clause():
    # `After all, he says, “I never lied.”`: the quote is what he says; the words before the cue are no part of it
    words = ["After", "all", ",", "he", "says", ",", "\u201c", "I", "never", "lied", ".", "\u201d"]
    heads = [1, 9, 4, 4, 9, 4, 9, 9, 9, 9, 9, 9]
    deps = ["advmod", "advmod", "punct", "nsubj", "parataxis", "punct", "punct", "nsubj", "neg", "ROOT", "punct", "punct"]
    tags = ["RB", "RB", ",", "PRP", "VBZ", ",", "``", "PRP", "RB", "VBD", ".", "''"]
    assert complement(words, heads, deps, tags, 4) is None
    # `The rules, she says, “all point one way.”`: the clause's subject stands before the cue, which interrupts it
    words = ["The", "rules", ",", "she", "says", ",", "\u201c", "all", "point", "one", "way", ".", "\u201d"]
    heads = [1, 8, 4, 4, 8, 4, 8, 8, 8, 10, 8, 8, 8]
    deps = ["det", "nsubj", "punct", "nsubj", "parataxis", "punct", "punct", "advmod", "ROOT", "nummod", "npadvmod",
            "punct", "punct"]
    tags = ["DT", "NNS", ",", "PRP", "VBZ", ",", "``", "RB", "VBP", "CD", "NN", ".", "''"]
    assert complement(words, heads, deps, tags, 4)[:2] == ["The", "rules"]


def test_the_object_of_ask_is_who_was_asked_not_what():
    # what they were asked to do is reported with who is to do it (`asked the workers to vote`)
    words = ["He", "asked", "the", "workers", "to", "vote", "."]
    heads = [1, 1, 3, 1, 5, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"]
    tags = ["PRP", "VBD", "DT", "NNS", "TO", "VB", "."]
    assert complement(words, heads, deps, tags, 1) == ["the", "workers", "to", "vote"]
    assert complement(words[:4] + ["."], [1, 1, 3, 1, 1], deps[:4] + ["punct"], tags[:4] + ["."], 1) is None


def test_an_infinitive_reported_after_an_object_takes_the_object_along():
    # `urged residents to leave the coast`: the object is who is to act; the cue's own object only
    words = ["The", "mayor", "urged", "coastal", "residents", "to", "leave", "."]
    heads = [1, 2, 2, 4, 2, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "amod", "dobj", "aux", "xcomp", "punct"]
    tags = ["DT", "NN", "VBD", "JJ", "NNS", "TO", "VB", "."]
    assert complement(words, heads, deps, tags, 2) == ["coastal", "residents", "to", "leave"]
    # an infinitive right after the cue has no object to take (`sought to reassure investors`)
    words = ["She", "sought", "to", "reassure", "investors", "."]
    heads = [1, 1, 3, 1, 3, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"]
    tags = ["PRP", "VBD", "TO", "VB", "NNS", "."]
    assert complement(words, heads, deps, tags, 1) == ["to", "reassure", "investors"]


def test_a_verb_that_reports_through_its_object_reports_nothing_in_the_passive():
    # `Sanders is favored to win`: the subject is favoured by no one named; `Lee favored a recount` is a stance
    words = ["Sanders", "is", "favored", "to", "win", "."]
    heads = [2, 2, 2, 4, 2, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "punct"]
    tags = ["NNP", "VBZ", "VBN", "TO", "VB", "."]
    assert complement(words, heads, deps, tags, 2) is None
    active = parse(["Lee", "favored", "a", "recount", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                   ["NNP", "VBD", "DT", "NN", "."])
    assert [t.text for t in reported_words(active[1])] == ["a", "recount"]


# where a reported clause starts and ends, on hand parses written as words, heads, deps and tags in a line each
BOUNDARIES = [
    pytest.param("He rejected that claim .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct", "PRP VBD DT NN .", 1,
                 "that claim", id="a `that` that opens an object is kept"),
    pytest.param("Homes will rise , she announced Tuesday , a move critics welcomed .",
                 [2, 2, 5, 5, 5, 5, 5, 5, 10, 10, 11, 5, 5],
                 "nsubj aux ccomp punct nsubj ROOT npadvmod punct det amod nsubj ccomp punct",
                 "NNS MD VB , PRP VBD NNP , DT NN NNS VBD .", 5, "Homes will rise",
                 id="the clause before the cue, not a noun phrase after it misread as a clause"),
    pytest.param("He asked workers if they would vote .", [1, 1, 1, 6, 6, 6, 1, 1],
                 "nsubj ROOT dobj mark nsubj aux advcl punct", "PRP VBD NNS IN PRP MD VB .", 1, "if they would vote",
                 id="a question is the if-clause the parser hangs on `ask`"),
    pytest.param("He said no if they would vote .", [1, 1, 1, 6, 6, 6, 1, 1],
                 "nsubj ROOT dobj mark nsubj aux advcl punct", "PRP VBD DT IN PRP MD VB .", 1, None,
                 id="an if-clause of `say` is a condition, not what was said"),
    pytest.param("Reyes told reporters the council was ‘ listening ’ .", [1, 1, 1, 4, 5, 7, 7, 1, 7, 1],
                 "nsubj ROOT dobj det nsubj aux punct xcomp punct punct", "NNP VBD NNS DT NN VBD `` VBG '' .", 1,
                 "the council was ‘ listening",
                 id="single quote marks make the parser hang a tensed clause on `told` as an infinitive: still a clause"),
    pytest.param("Reyes told reporters to leave .", [1, 1, 1, 4, 1, 1], "nsubj ROOT dobj aux xcomp punct",
                 "NNP VBD NNS TO VB .", 1, None,
                 id="an infinitive of one spoken to is what they were told to do, not `told`'s own clause"),
    pytest.param("Lee said the vote would pass , but Ames was not sure .", [1, 1, 3, 5, 5, 1, 1, 1, 9, 1, 9, 9, 1],
                 "nsubj ROOT det nsubj aux ccomp punct cc nsubj conj neg acomp punct",
                 "NNP VBD DT NN MD VB , CC NNP VBD RB JJ .", 1, "the vote would pass",
                 id="a clause with a subject of its own hung on the cue is the writer's"),
    pytest.param("Lee said the vote would pass , but that she would wait .", [1, 1, 3, 5, 5, 1, 1, 1, 11, 11, 11, 1, 1],
                 "nsubj ROOT det nsubj aux ccomp punct cc mark nsubj aux conj punct",
                 "NNP VBD DT NN MD VB , CC IN PRP MD VB .", 1, "the vote would pass , but that she would wait",
                 id="but-that goes on with the same report"),
    pytest.param("Lee said he was in therapy and joined a gym .", [1, 1, 3, 1, 3, 4, 1, 1, 9, 7, 1],
                 "nsubj ROOT nsubj ccomp prep pobj cc conj det dobj punct",
                 "NNP VBD PRP VBD IN NN CC VBD DT NN .", 1, "he was in therapy",
                 id="a verb like the cue's coordinated with it is a second act of the speaker's"),
    pytest.param("Lee said money is needed to build roads , repair schools .", [1, 1, 4, 4, 1, 6, 4, 6, 1, 1, 9, 1],
                 "nsubj ROOT nsubjpass auxpass ccomp aux xcomp dobj punct conj dobj punct",
                 "NNP VBD NN VBZ VBN TO VB NNS , VB NNS .", 1, "money is needed to build roads , repair schools",
                 id="a verb of another form hung on the cue goes on with the report"),
    pytest.param("Lee said money is needed to build roads , repair schools and learn more .",
                 [1, 1, 4, 4, 1, 6, 4, 6, 4, 1, 9, 9, 9, 12, 1],
                 "nsubj ROOT nsubjpass auxpass ccomp aux xcomp dobj punct advcl dobj cc conj dobj punct",
                 "NNP VBD NN VBZ VBN TO VB NNS , VB NNS CC VB JJR .", 1,
                 "money is needed to build roads , repair schools and learn more",
                 id="a cue word joined to a verb of the report with no subject of its own is one more item of it"),
    pytest.param("But with each vote , these aides admit , it gets harder .", [7, 7, 3, 1, 7, 6, 7, 10, 10, 10, 10, 10, 10],
                 "cc prep det pobj punct det nsubj advcl punct nsubj ROOT acomp punct",
                 "CC IN DT NN , DT NNS VBP , PRP VBZ JJR .", 7, "But with each vote , , it gets harder",
                 id="a cue set off by commas reports the clause around its own words"),
    pytest.param("Then , if aides admit , it gets harder .", [7, 7, 4, 4, 7, 7, 7, 7, 7, 7],
                 "advmod punct mark nsubj advcl punct nsubj ROOT acomp punct", "RB , IN NNS VBP , PRP VBZ JJR .", 4, None,
                 id="a clause with a mark of its own is a condition, no aside"),
    pytest.param("The bill would be helped , Ross said , by the new calendar .", [1, 4, 4, 4, 7, 7, 7, 7, 7, 7, 12, 12, 9, 7],
                 "det nsubjpass aux auxpass ccomp punct nsubj ROOT punct prep det amod pobj punct",
                 "DT NN MD VB VBN , NNP VBD , IN DT JJ NN .", 7, "The bill would be helped by the new calendar",
                 id="a clause ahead of its cue goes on past it"),
    pytest.param("The bill would be helped , Ross said , wiping his brow .", [1, 4, 4, 4, 7, 7, 7, 7, 7, 7, 11, 9, 7],
                 "det nsubjpass aux auxpass ccomp punct nsubj ROOT punct advcl poss dobj punct",
                 "DT NN MD VB VBN , NNP VBD , VBG PRP$ NN .", 7, "The bill would be helped",
                 id="a participle after the cue says what the speaker did"),
    pytest.param("Lee blamed the delay on the weather in March .", [1, 1, 3, 1, 1, 6, 4, 1, 7, 1],
                 "nsubj ROOT det dobj prep det pobj prep pobj punct", "NNP VBD DT NN IN DT NN IN NNP .", 1,
                 "the delay on the weather", id="a phrase saying when ends what the object is called"),
    pytest.param("Lee blamed the delay in 2019 on the weather .", [1, 1, 3, 1, 1, 4, 1, 8, 6, 1],
                 "nsubj ROOT det dobj prep pobj prep det pobj punct", "NNP VBD DT NN IN CD IN DT NN .", 1,
                 "the delay in 2019 on the weather", id="a date followed by what the object is called stays in"),
    pytest.param("Lee praised the plan as bold in an interview .", [1, 1, 3, 1, 1, 4, 1, 8, 6, 1],
                 "nsubj ROOT det dobj prep pobj prep det pobj punct", "NNP VBD DT NN IN JJ IN DT NN .", 1,
                 "the plan as bold", id="the occasion of the report ends the object"),
    pytest.param("Lee said the plan works , and most voters said it fails .", [1, 1, 3, 4, 1, 4, 4, 8, 9, 1, 11, 9, 1],
                 "nsubj ROOT det nsubj ccomp punct cc amod nsubj ccomp nsubj ccomp punct",
                 "NNP VBD DT NN VBZ , CC JJS NNS VBD PRP VBZ .", 1, "the plan works",
                 id="a report run on stops before the subject of the next"),
]


@pytest.mark.parametrize("words, heads, deps, tags, cue, content", BOUNDARIES)
def test_reported_clause_boundaries(words, heads, deps, tags, cue, content):
    got = complement(words.split(), heads, deps.split(), tags.split(), cue)
    assert (" ".join(got) if got is not None else None) == content


def test_reported_object_takes_what_it_is_defended_against():
    # `defended himself against accusations of racism`: the phrase says what the report is about
    words = ["Lee", "defended", "himself", "against", "accusations", "of", "racism", "."]
    heads = [1, 1, 1, 1, 3, 4, 5, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
    tags = ["NNP", "VBD", "PRP", "IN", "NNS", "IN", "NN", "."]
    assert complement(words, heads, deps, tags, 1) == words[2:7]


def slip(text, heads, deps, tags, cue, reported, case):
    """A sentence as the parser misread it (space-separated words, one head, dependency and tag each), the index of
    its cue and the words `complement` must report."""
    return pytest.param(text.split(), heads, deps.split(), tags.split(), cue, reported.split(), id=case)


SLIPS = [
    slip("Mora has said the port must stay open , and has backed a levy .",
         [2, 2, 2, 4, 6, 6, 2, 6, 6, 6, 11, 6, 13, 11, 2],
         "nsubj aux ROOT det nsubj aux ccomp acomp punct cc aux conj det dobj punct",
         "NNP VBZ VBN DT NN MD VB JJ , CC VBZ VBN DT NN .", 2, "the port must stay open",
         "a verb in the cue's form joined to the clause is the speaker's next act"),
    slip("Mora said the port is open and needs a levy .", [1, 1, 3, 4, 1, 4, 4, 4, 9, 7, 1],
         "nsubj ROOT det nsubj ccomp acomp cc conj det dobj punct", "NNP VBD DT NN VBZ JJ CC VBZ DT NN .", 1,
         "the port is open and needs a levy", "a verb in the clause's own form goes on with the report"),
    slip("Fey described the emails as classified .", [1, 1, 3, 1, 5, 1, 1], "nsubj ROOT det dobj mark advcl punct",
         "NNP VBD DT NNS IN VBN .", 1, "the emails as classified", "what the object is called, read as an as-clause"),
    slip("Roux said in one of a series of posts that the van was full .", [1, 1, 1, 2, 3, 6, 4, 6, 7, 12, 11, 12, 8, 12, 1],
         "nsubj ROOT prep pobj prep det pobj prep pobj mark det nsubj relcl acomp punct",
         "NNP VBD IN CD IN DT NN IN NNS IN DT NN VBD JJ .", 1, "the van was full",
         "a that-clause hung on the last noun of a chain of of-phrases"),
    slip("It let for people with odd ideas organize , she said .", [1, 1, 10, 10, 3, 6, 4, 3, 10, 10, 1, 1],
         "nsubj ROOT mark nsubj prep amod pobj acl punct nsubj advcl punct", "PRP VBD IN NNS IN JJ NNS VB , PRP VBD .", 10,
         "It let for people with odd ideas organize", "a closing cue with two subjects is tagged by the one beside it"),
    slip("Kim called the mayor “ Rome ’s best clerk ” .", [1, 1, 3, 5, 5, 8, 5, 8, 1, 1, 1],
         "nsubj ROOT det nmod punct poss case amod oprd punct punct", "NNP VBD DT NN `` NNP POS JJS NN '' .", 1,
         "the mayor “ Rome ’s best clerk", "a quoted name the parser made one phrase with the object"),
    slip("Kim called the rule “ red tape run amok ” .", [1, 1, 3, 1, 7, 6, 7, 1, 7, 1, 1],
         "nsubj ROOT det dobj punct amod nsubj ccomp advmod punct punct", "NNP VBD DT NN `` JJ NN VBP RB '' .", 1,
         "the rule “ red tape run amok", "a quoted name the parser made a clause"),
    slip("Outlets reported on Monday the agency had talks .", [6, 0, 1, 2, 5, 6, 6, 6, 6],
         "nsubj acl prep pobj det nsubj ROOT dobj punct", "NNS VBD IN NNP DT NN VBD NNS .", 1, "the agency had talks",
         "a cue read as a participle of its subject reports the clause after it"),
    slip("Officials said Tuesday the bridge will reopen .", [1, 1, 6, 4, 6, 6, 1, 1],
         "nsubj ROOT npadvmod det nsubj aux ccomp punct", "NNS VBD NNP DT NN MD VB .", 1, "the bridge will reopen",
         "the day of the report, hung on the clause, is not reported"),
    slip("As first reported by the Times , there are 150 seats .", [2, 2, 8, 2, 5, 3, 8, 8, 8, 10, 8, 8],
         "mark advmod advcl agent det pobj punct expl ROOT nummod attr punct", "IN RB VBN IN DT NNP , EX VBP CD NNS .", 2,
         "there are 150 seats", "an as-clause of a passive report with its source vouches for the clause after it"),
    slip("Hale backed the re - election of Mora last week .", [1, 1, 3, 1, 1, 1, 5, 6, 9, 1, 1],
         "nsubj ROOT det dobj dobj dobj prep pobj amod npadvmod punct", "NNP VBD DT NN NN NN IN NNP JJ NN .", 1,
         "the re - election of Mora", "an object the parser cut in pieces at a hyphen is whole, without the date after"),
    slip("Hale tweeted her thanks to the mayor .", [1, 1, 1, 1, 3, 6, 4, 1],
         "nsubj ROOT dobj npadvmod prep det pobj punct", "NNP VBD PRP NNS IN DT NN .", 1, "her thanks to the mayor",
         "a noun after the object, hung on the verb, is part of it"),
    slip("Vance said the days when mills ran are gone .", [1, 1, 3, 1, 6, 6, 3, 8, 1, 1],
         "nsubj ROOT det npadvmod advmod nsubj relcl auxpass ccomp punct", "NNP VBD DT NNS WRB NNS VBD VBP VBN .", 1,
         "the days when mills ran are gone", "a clause's subject the parser hung on the cue is the clause's"),
    slip("Vance admitted Monday night “ it will … to win ” if he loses .", [1, 1, 3, 1, 9, 6, 9, 9, 9, 1, 9, 13, 13, 9, 1],
         "nsubj ROOT compound npadvmod punct nsubj aux punct aux ccomp punct mark nsubj advcl punct",
         "NN VBD NNP NN `` PRP MD NFP TO VB '' IN PRP VBZ .", 1, "it will … to win ” if he loses",
         "a time phrase before the clause is not its subject"),
    slip("Osei called on the state to repair the bridge .", [1, 1, 1, 4, 2, 6, 1, 8, 6, 1],
         "nsubj ROOT prep det pobj aux xcomp det dobj punct", "NNP VBD IN DT NN TO VB DT NN .", 1,
         "the state to repair the bridge", "a report through a preposition takes the infinitive hung on the cue after it"),
    slip("Osei called for a recount .", [1, 1, 1, 4, 2, 1], "nsubj ROOT prep det pobj punct", "NNP VBD IN DT NN .", 1,
         "a recount", "a report through a preposition with no infinitive after it is the phrase"),
    slip("Reyes would support Ortiz if he wins .", [2, 2, 2, 2, 6, 6, 2, 2],
         "nsubj aux ROOT dobj mark nsubj advcl punct", "NNP MD VB NNP IN PRP VBZ .", 2, "Ortiz if he wins",
         "a reported object keeps the condition hung on the cue after it"),
    slip("Reyes would support Ortiz because he wins .", [2, 2, 2, 2, 6, 6, 2, 2],
         "nsubj aux ROOT dobj mark nsubj advcl punct", "NNP MD VB NNP IN PRP VBZ .", 2, "Ortiz",
         "a clause of another kind after the object is not what was supported"),
    slip("Voters see Trump as likely to win .", [1, 1, 1, 4, 1, 6, 4, 1],
         "nsubj ROOT dobj advmod advcl aux xcomp punct", "NNS VBP NNP RB JJ TO VB .", 1, "Trump as likely to win",
         "a reported object keeps what it is taken as, read as a clause of the cue"),
    slip("Ortiz opposed it as he ran .", [1, 1, 1, 5, 5, 1, 1], "nsubj ROOT dobj mark nsubj advcl punct",
         "NNP VBD PRP IN PRP VBD .", 1, "it", "an as-clause with a subject of its own says when, not what"),
    slip("Ortiz never mentioned Reyes by name .", [2, 2, 2, 2, 2, 4, 2], "nsubj neg ROOT dobj prep pobj punct",
         "NNP RB VBD NNP IN NN .", 2, "Reyes by name", "a reported object keeps `by name`"),
    slip("Ortiz never mentioned Reyes by noon .", [2, 2, 2, 2, 2, 4, 2], "nsubj neg ROOT dobj prep pobj punct",
         "NNP RB VBD NNP IN NN .", 2, "Reyes", "`by noon` says when"),
    slip("Ortiz said about half of it reflected losses .", [1, 1, 1, 2, 3, 4, 1, 6, 1],
         "nsubj ROOT prep pobj prep pobj ccomp dobj punct", "NNP VBD IN NN IN PRP VBD NNS .", 1,
         "about half of it reflected losses", "a clause's subject the parser read as the cue's about-phrase"),
    slip("Ortiz said their donors , men until 2010 , were women .", [1, 1, 3, 1, 3, 3, 1, 6, 9, 1, 9, 1],
         "nsubj ROOT poss dobj punct appos prep pobj punct ccomp attr punct", "NNP VBD PRP$ NNS , NNS IN CD , VBD NNS .",
         1, "their donors , men , were women",
         "a clause's subject read as the cue's object, with a phrase of the cue between the two (inside the span)"),
    slip("Ortiz railed about the council 's habit to raise fees .", [1, 1, 1, 4, 6, 4, 2, 8, 1, 8, 1],
         "nsubj ROOT prep det poss case pobj aux advcl dobj punct", "NNP VBD IN DT NN POS NN TO VB NNS .", 1,
         "the council 's habit to raise fees", "`rail about` reports what follows, as `rail against` does"),
    slip("The plan for Lund , said Ortiz , would cost more .", [1, 5, 1, 2, 5, 9, 5, 5, 9, 9, 9, 9],
         "det nsubj prep pobj punct parataxis nsubj punct aux ROOT dobj punct", "DT NN IN NNP , VBD NNP , MD VB JJR .", 5,
         "The plan for Lund , would cost more", "the subject before an inverted cue is the interrupted clause's"),
    slip("Ortiz called the row with the agency unusual .", [1, 1, 3, 1, 3, 6, 4, 6, 1],
         "nsubj ROOT det dobj prep det pobj amod punct", "NNP VBD DT NN IN DT NN JJ .", 1,
         "the row with the agency unusual", "a name the parser hung on the object's last noun as an adjective"),
]


@pytest.mark.parametrize("words, heads, deps, tags, cue, reported", SLIPS)
def test_complement_reads_past_a_parser_slip(words, heads, deps, tags, cue, reported):
    assert complement(words, heads, deps, tags, cue) == reported


def test_a_report_made_inside_an_aside_between_dashes_ends_with_the_aside(aside_doc):
    assert [t.text for t in reported_words(aside_doc[3])] == ["he", "would", "shut", "mills", "run", "by", "Vale", "Corp"]


def test_a_reported_clause_ends_before_the_subject_of_the_next_report_joined_to_it(joined_subject_doc):
    assert [t.text for t in reported_words(joined_subject_doc[3])] == ["it", "ignores", "the", "town"]



def test_a_one_word_answer_is_what_was_said_but_a_refusal_of_something_is_not():
    # hand-built parses: `46 percent said yes .`, `half said so in the poll .`, `Lee said no to the toll .`
    assert complement(["46", "percent", "said", "yes", "."], [1, 2, 2, 2, 2],
                      ["nummod", "nsubj", "ROOT", "intj", "punct"], ["CD", "NN", "VBD", "UH", "."], 2) == ["yes"]
    assert complement(["half", "said", "so", "in", "the", "poll", "."], [1, 1, 1, 1, 5, 3, 1],
                      ["nsubj", "ROOT", "advmod", "prep", "det", "pobj", "punct"],
                      ["NN", "VBD", "RB", "IN", "DT", "NN", "."], 1) == ["so"]
    assert complement(["Lee", "said", "no", "to", "the", "toll", "."], [1, 1, 1, 2, 5, 3, 1],
                      ["nsubj", "ROOT", "intj", "prep", "det", "pobj", "punct"],
                      ["NNP", "VBD", "UH", "IN", "DT", "NN", "."], 1) is None


def test_a_cue_in_a_relative_clause_reports_what_its_pronoun_did_when_the_parser_made_that_its_object():
    # `letters , which she said represented all her mail .` with `represented` hung on `said` as an infinitive
    words = ["letters", ",", "which", "she", "said", "represented", "all", "her", "mail", "."]
    heads = [0, 0, 4, 4, 0, 4, 8, 8, 5, 0]
    deps = ["ROOT", "punct", "nsubj", "nsubj", "relcl", "xcomp", "predet", "poss", "dobj", "punct"]
    tags = ["NNS", ",", "WDT", "PRP", "VBD", "VBD", "PDT", "PRP$", "NN", "."]
    assert complement(words, heads, deps, tags, 4) == ["which", "represented", "all", "her", "mail"]
    # `firms , which said raised prices .`: the pronoun is who speaks, with no subject of its own for the cue
    assert complement(["firms", ",", "which", "said", "raised", "prices", "."], [0, 0, 3, 0, 3, 4, 0],
                      ["ROOT", "punct", "nsubj", "relcl", "xcomp", "dobj", "punct"],
                      ["NNS", ",", "WDT", "VBD", "VBD", "NNS", "."], 3) is None


def test_a_name_ends_before_the_speakers_next_act():
    # `He called it "shameful" and called on leaders to act.`, the second `called` joined to the name
    words = ["He", "called", "it", '"', "shameful", '"', "and", "called", "on", "leaders", "to", "act", "."]
    heads = [1, 1, 1, 4, 1, 4, 4, 4, 7, 8, 11, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "oprd", "punct", "cc", "conj", "prep", "pobj", "aux", "xcomp", "punct"]
    tags = ["PRP", "VBD", "PRP", "``", "JJ", "''", "CC", "VBD", "IN", "NNS", "TO", "VB", "."]
    assert complement(words, heads, deps, tags, 1)[:4] == ["it", '"', "shameful", '"']
    assert "leaders" not in complement(words, heads, deps, tags, 1)


def test_made_clear_reports_the_words_after_the_adjective_past_whom_it_was_made_clear_to():
    # `The mayor made it clear to the council that she would veto the plan .`, the clause hung on `council`
    words = ["The", "mayor", "made", "it", "clear", "to", "the", "council", "that", "she", "would", "veto", "the",
             "plan", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 5, 11, 11, 11, 7, 13, 11, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "ccomp", "prep", "det", "pobj", "mark", "nsubj", "aux", "relcl", "det",
            "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "PRP", "JJ", "IN", "DT", "NN", "WDT", "PRP", "MD", "VB", "DT", "NN", "."]
    assert complement(words, heads, deps, tags, 2) == ["she", "would", "veto", "the", "plan"]
    # in the passive, what was made clear is the subject, and no one named made it so
    words = ["The", "stakes", "were", "made", "clear", "to", "voters", "."]
    heads = [1, 3, 3, 3, 3, 4, 5, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "oprd", "prep", "pobj", "punct"]
    tags = ["DT", "NNS", "VBD", "VBN", "JJ", "IN", "NNS", "."]
    assert complement(words, heads, deps, tags, 3) is None
    # with nothing after the adjective, nothing is reported (not `it clear`, the clause the parser made of it)
    words, heads = ["He", "made", "it", "clear", "."], [1, 1, 3, 1, 1]
    deps, tags = ["nsubj", "ROOT", "nsubj", "ccomp", "punct"], ["PRP", "VBD", "PRP", "JJ", "."]
    assert complement(words, heads, deps, tags, 1) is None
