"""Reported clauses read from parses built by hand, so each rule is tested on the parser slip it is for."""
import pytest
import spacy
from spacy.tokens import Doc

from onrecord import extract
from onrecord.quotes.draft import Draft
from onrecord.quotes.indirect import (_according_content, _asked_aside, _colon_before_cued_quote, _complement,
                                      _unstated_report, find_report)

VOCAB = spacy.blank("en").vocab  # lower-case forms, which the cue lookups read


def parse(words, heads, deps, tags):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)


def complement(words, heads, deps, tags, cue):
    """The words `_complement` reports for the cue at index `cue` of a hand-built parse, or None."""
    got = _complement(parse(words, heads, deps, tags)[cue])
    return [t.text for t in got] if got is not None else None


def test_complement_takes_a_that_clause_hung_on_the_noun_of_a_prepositional_phrase():
    # `said during a news conference that she may wait`, with `wait` parsed as a relative clause of `conference`
    words = ["Kerr", "said", "during", "a", "news", "conference", "that", "she", "may", "wait", "."]
    heads = [1, 1, 1, 5, 5, 2, 9, 9, 9, 5, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "mark", "nsubj", "aux", "relcl", "punct"]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "NN", "IN", "PRP", "MD", "VB", "."]
    doc = parse(words, heads, deps, tags)
    assert [t.text for t in _complement(doc[1])] == ["she", "may", "wait"]


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
    assert _complement(prayer[1]) is None


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
    assert [t.text for t in _complement(active[1])] == ["a", "recount"]


def reported(words, heads, deps, tags, cue):
    """The words `find_report` reports for the cue at index `cue` of a hand-built parse."""
    return [t.text for t in find_report(parse(words, heads, deps, tags)[cue]).content]


def test_reported_clause_ends_before_a_gloss_set_off_by_a_comma():
    # `said the nominee would be Trump, who has a lead`: the relative clause is the writer's, as PolNeAR marks it
    words = ["Aides", "said", "the", "nominee", "would", "be", "Trump", ",", "who", "has", "a", "lead", "."]
    heads = [1, 1, 3, 5, 5, 1, 5, 6, 9, 6, 11, 9, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "attr", "punct", "nsubj", "relcl", "det", "dobj", "punct"]
    tags = ["NNS", "VBD", "DT", "NN", "MD", "VB", "NNP", ",", "WP", "VBZ", "DT", "NN", "."]
    assert reported(words, heads, deps, tags, 1) == ["the", "nominee", "would", "be", "Trump"]
    # without the comma the relative clause restricts its noun and stays
    words2 = ["Aides", "said", "the", "man", "who", "won", "was", "tired", "."]
    heads2 = [1, 1, 3, 6, 5, 3, 1, 6, 1]
    deps2 = ["nsubj", "ROOT", "det", "nsubj", "nsubj", "relcl", "ccomp", "acomp", "punct"]
    tags2 = ["NNS", "VBD", "DT", "NN", "WP", "VBD", "VBD", "JJ", "."]
    assert reported(words2, heads2, deps2, tags2, 1) == words2[2:8]


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


def test_according_to_parsed_as_the_whole_sentence_reports_the_words_after_its_comma():
    # `According to the clerk, most ballots were counted`, with everything hung on `According` as the root
    words = ["According", "to", "the", "clerk", ",", "most", "ballots", "counted", "."]
    heads = [0, 0, 3, 1, 3, 6, 3, 6, 0]
    deps = ["ROOT", "prep", "det", "pobj", "punct", "amod", "appos", "acl", "punct"]
    tags = ["VBG", "IN", "DT", "NN", ",", "JJS", "NNS", "VBN", "."]
    doc = parse(words, heads, deps, tags)
    assert [t.text for t in _according_content(doc[0], doc[1])] == ["most", "ballots", "counted"]


# `According to the town's forester, Nell Orvik, Bexley plans to plant trees.`, with the name the subject of `plans`
FORESTER = (["According", "to", "the", "town", "'s", "forester", ",", "Nell", "Orvik", ",", "Bexley", "plans", "to",
             "plant", "trees", "."],
            [11, 0, 3, 5, 3, 1, 11, 8, 11, 8, 11, 11, 13, 11, 13, 11],
            ["prep", "prep", "det", "poss", "case", "pobj", "punct", "compound", "nsubj", "punct", "compound", "ROOT",
             "aux", "xcomp", "dobj", "punct"],
            ["VBG", "IN", "DT", "NN", "POS", "NN", ",", "NNP", "NNP", ",", "NNP", "VBZ", "TO", "VB", "NNS", "."])


def test_according_to_a_role_leaves_the_name_set_off_after_it_out_of_the_clause():
    doc = parse(*FORESTER)
    assert [t.text for t in _according_content(doc[0], doc[1])] == ["Bexley", "plans", "to", "plant", "trees"]


def test_according_to_after_a_subject_alone_reports_the_whole_clause():
    # `Fundraising, according to the campaign, has slowed`: a gerund subject before the phrase is no clause
    words = ["Fundraising", ",", "according", "to", "the", "campaign", ",", "has", "slowed", "."]
    heads = [8, 8, 8, 2, 5, 3, 8, 8, 8, 8]
    deps = ["nsubj", "punct", "prep", "prep", "det", "pobj", "punct", "aux", "ROOT", "punct"]
    tags = ["VBG", ",", "VBG", "IN", "DT", "NN", ",", "VBZ", "VBN", "."]
    doc = parse(words, heads, deps, tags)
    assert [t.text for t in _according_content(doc[2], doc[3])] == ["Fundraising", ",", ",", "has", "slowed"]


@pytest.mark.parametrize(
    "words,heads,deps,tags,takes,passive,content",
    [
        (["Ruiz", "is", "expected", "to", "win", "."], [2, 2, 2, 4, 2, 2],
         ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "punct"], ["NNP", "VBZ", "VBN", "TO", "VB", "."],
         ("to",), True, ["Ruiz", "is", "expected", "to", "win"]),
        # the active voice of a passive cue reports nothing this way (`she expected to win` is her own hope)
        (["Ruiz", "expected", "to", "win", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "aux", "xcomp", "punct"],
         ["NNP", "VBD", "TO", "VB", "."], ("to",), True, None),
        (["Ruiz", "seems", "calm", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "oprd", "punct"], ["NNP", "VBZ", "JJ", "."],
         ("to", "adj", "that"), False, ["Ruiz", "seems", "calm"]),
        (["It", "appears", "that", "Ruiz", "won", "."], [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
         ["PRP", "VBZ", "IN", "NNP", "VBD", "."], ("to", "adj", "that"), False, ["Ruiz", "won"]),
    ],
)
def test_unstated_report_runs_from_the_subject_to_the_end_of_the_phrase(words, heads, deps, tags, takes, passive, content):
    doc = parse(words, heads, deps, tags)
    cue = next(t for t in doc if t.dep_ == "ROOT")
    got = _unstated_report(cue, takes, passive=passive)
    assert (None if got is None else [t.text for t in got]) == content


def test_find_report_tells_a_report_with_a_source_from_one_without():
    said = parse(["Ruiz", "said", "that", "she", "may", "wait", "."], [1, 1, 5, 5, 5, 1, 1],
                 ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"], ["NNP", "VBD", "IN", "PRP", "MD", "VB", "."])
    report = find_report(said[1])
    assert [t.text for t in report.content] == ["she", "may", "wait"]
    assert report.verb.lemma == "say" and not report.unstated and not report.noun
    expected = parse(["Ruiz", "is", "expected", "to", "win", "."], [2, 2, 2, 4, 2, 2],
                     ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "punct"], ["NNP", "VBZ", "VBN", "TO", "VB", "."])
    report = find_report(expected[2])
    assert report.unstated and [t.text for t in report.content] == ["Ruiz", "is", "expected", "to", "win"]
    assert find_report(said[0]) is None  # not a cue
    short = parse(["Ruiz", "said", "so", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "ccomp", "punct"], ["NNP", "VBD", "RB", "."])
    assert find_report(short[1]) is None  # too few words to report


def test_a_headline_report_ends_at_its_last_word_not_the_line_break(nlp):
    text = "Senator Warns of Budget Shortfall\n\nWASHINGTON — Sen. Marcus Whitfield spoke on Thursday."
    assert [q.text for q in extract(text, nlp=nlp)] == ["Budget Shortfall"]


def test_who_is_asked_before_the_clause_is_spoken_to_and_the_asker_is_unsaid(nlp):
    text = "Asked whether the plant should reopen, Santos said it was not her call."
    asked = [q for q in extract(text, nlp=nlp) if q.cue.text == "Asked"]
    assert [(q.text, q.speaker, q.addressee.mention) for q in asked] == [("whether the plant should reopen", None, "Santos")]
    # the same with the question's words in quote marks
    text = "Asked whether he would “stay and fight until the very end,” Reyes said yes."
    asked = [q for q in extract(text, nlp=nlp) if q.cue.text == "Asked"]
    assert [(q.speaker, q.addressee.mention) for q in asked] == [(None, "Reyes")]
    # the participle tagged as a past tense
    text = "Asked what the family would do next, Mrs Whitfield said they would appeal."
    asked = [q for q in extract(text, nlp=nlp) if q.cue.text == "Asked"]
    assert [(q.speaker, q.addressee.mention) for q in asked] == [(None, "Mrs Whitfield")]


def test_an_aside_after_a_bare_subject_that_the_parser_made_the_verb_is_a_question_put_to_the_subject():
    # `Okafor, asked whether he thought about it, laughed.`: `asked` parsed as the root, `laughed` as its clause
    words = ["Okafor", ",", "asked", "whether", "he", "thought", "about", "it", ",", "laughed", "."]
    heads = [2, 0, 2, 5, 5, 2, 5, 6, 2, 2, 2]
    deps = ["nsubj", "punct", "ROOT", "mark", "nsubj", "ccomp", "prep", "pobj", "punct", "ccomp", "punct"]
    tags = ["NNP", ",", "VBD", "IN", "PRP", "VBD", "IN", "PRP", ",", "VBD", "."]
    report = find_report(parse(words, heads, deps, tags)[2])
    assert [t.text for t in report.content] == ["whether", "he", "thought", "about", "it"]
    assert _asked_aside(report)
    # `“No,” said Dana Cole, asked about her claims.`: the subject of `said` parsed as that of `asked`
    words = ["No", ",", "said", "Dana", "Cole", ",", "asked", "about", "her", "claims", "."]
    heads = [2, 2, 2, 4, 6, 4, 2, 6, 9, 7, 2]
    deps = ["intj", "punct", "ROOT", "compound", "nsubj", "punct", "ccomp", "prep", "poss", "pobj", "punct"]
    tags = ["UH", ",", "VBD", "NNP", "NNP", ",", "VBD", "IN", "PRP$", "NNS", "."]
    assert _asked_aside(find_report(parse(words, heads, deps, tags)[6]))
    # `Okafor, 25, asked whether …`: the commas set off his age; he asks
    words = ["Okafor", ",", "25", ",", "asked", "whether", "he", "could", "leave", ",", "and", "left", "."]
    heads = [4, 0, 0, 0, 4, 8, 8, 8, 4, 4, 4, 4, 4]
    deps = ["nsubj", "punct", "appos", "punct", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct", "cc", "conj",
            "punct"]
    tags = ["NNP", ",", "CD", ",", "VBD", "IN", "PRP", "MD", "VB", ",", "CC", "VBD", "."]
    assert not _asked_aside(find_report(parse(words, heads, deps, tags)[4]))


def test_a_report_met_by_the_subject_is_kept_with_no_speaker(nlp):
    text = "Ida Marsh dismissed criticism of the new toll on the bridge."
    got = {q.cue.text: (q.text, q.speaker.mention if q.speaker else None) for q in extract(text, nlp=nlp)}
    assert got["criticism"] == ("the new toll on the bridge", None)
    assert got["dismissed"][1] == "Ida Marsh"


def test_who_is_asked_in_the_passive_is_spoken_to_and_the_agent_asks(nlp):
    text = "Moss was asked whether the president would campaign for the bill."
    assert [(q.text, q.speaker, q.addressee.mention) for q in extract(text, nlp=nlp)] == [
        ("whether the president would campaign for the bill", None, "Moss")]
    text = "Reyes was asked by Tom Hale whether the plant would reopen."
    assert [(q.speaker.mention, q.addressee.mention) for q in extract(text, nlp=nlp)] == [("Tom Hale", "Reyes")]
    text = "In an interview, Reyes was asked, “What is the most dangerous place you have been to?”"
    assert [(q.kind, q.speaker, q.addressee.mention) for q in extract(text, nlp=nlp)] == [("direct", None, "Reyes")]


def test_a_question_or_a_condition_keeps_its_whether_or_if(nlp):
    text = "Ruiz asked whether the plant would reopen. Mills said if elected she would close it."
    assert [q.text for q in extract(text, nlp=nlp)] == ["whether the plant would reopen", "if elected she would close it"]


def test_a_quote_cued_inside_a_reported_clause_is_nested_in_it_with_its_own_speaker(nlp):
    text = "Derek Holt said the company had promised that “it would never happen again.”"
    quotes = extract(text, nlp=nlp)
    assert [(q.kind, q.speaker.mention, q.cue.text, q.nested_in) for q in quotes] == [
        ("mixed", "Derek Holt", "said", None), ("direct", "the company", "promised", 0)]
    assert quotes[1].text == "it would never happen again."
    # a one-word quote stays a fragment of the clause that holds it
    text = "Derek Holt said the law means you cannot yell “fire” in a theater."
    assert [(q.kind, q.speaker.mention) for q in extract(text, nlp=nlp)] == [("indirect", "Derek Holt")]
    # a source cited after the quote reports it, but the words stay the speaker's
    text = "“I ask you to stay calm,” Reyes said, according to the Ledger."
    assert [q.speaker.mention for q in extract(text, nlp=nlp)] == ["Reyes"]


def slip(text, heads, deps, tags, cue, reported, case):
    """A sentence as the parser misread it (space-separated words, one head, dependency and tag each), the index of
    its cue and the words `_complement` must report."""
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
    assert [t.text for t in _complement(aside_doc[3])] == ["he", "would", "shut", "mills", "run", "by", "Vale", "Corp"]


def test_a_reported_clause_ends_before_the_subject_of_the_next_report_joined_to_it(joined_subject_doc):
    assert [t.text for t in _complement(joined_subject_doc[3])] == ["it", "ignores", "the", "town"]


def test_a_scare_quote_after_a_reported_clause_does_not_take_its_cue(nlp):
    # the scare quote is no record, so it must not leave the clause without one
    text = 'The agency has said 1,847 of the files were withheld, the great majority of them labelled "confidential," the lowest grade.'
    got = [(q.kind, q.text) for q in extract(text, nlp=nlp)]
    assert got and got[0][0] == "indirect" and got[0][1].startswith("1,847 of the files were withheld")


def test_a_naming_verb_reports_a_short_object_and_its_name():
    # `Ruiz called him divisive`: two words are enough when they are what someone is called
    doc = parse(["Ruiz", "called", "him", "divisive", "."], [1, 1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "oprd", "punct"],
                ["NNP", "VBD", "PRP", "JJ", "."])
    assert [t.text for t in find_report(doc[1]).content] == ["him", "divisive"]


def test_a_name_set_off_by_commas_after_an_aside_is_what_the_object_is_called():
    # `called Mr. Ode, a former clerk, a fine leader`: the parser hangs the name on the aside as a second apposition
    words = "Kim called Mr. Ode , a former clerk , a fine leader .".split()
    heads = [1, 1, 3, 1, 3, 7, 7, 3, 7, 11, 11, 7, 1]
    deps = "nsubj ROOT compound dobj punct det amod appos punct det amod appos punct".split()
    tags = "NNP VBD NNP NNP , DT JJ NN , DT JJ NN .".split()
    assert [t.text for t in find_report(parse(words, heads, deps, tags)[1]).content] == words[2:12]
    # one aside is only who the one called is (`called Mr. Ode, a former clerk`: rang him)
    report = find_report(parse(words[:8] + ["."], heads[:8] + [1], deps[:8] + ["punct"], tags[:8] + ["."])[1])
    assert report is None or "clerk" not in [t.text for t in report.content]


def test_a_report_ends_before_a_relative_clause_the_parser_hung_on_the_cue():
    # `hoped to beat Ode and Lee, both of whom are liked`: the relative clause parsed as a clause of `beat`
    words = "Kim hoped to beat Ode and Lee , both of whom are liked .".split()
    heads = [1, 1, 3, 1, 3, 4, 4, 4, 12, 8, 9, 12, 3, 1]
    deps = "nsubj ROOT aux xcomp dobj cc conj punct nsubjpass prep pobj auxpass advcl punct".split()
    tags = "NNP VBD TO VB NNP CC NNP , DT IN WP VBP VBN .".split()
    assert [t.text for t in find_report(parse(words, heads, deps, tags)[1]).content] == words[2:7]


def test_a_that_clause_after_a_when_asked_aside_is_the_answer(nlp):
    # the parser hangs the clause on `asked`; the one told asked, and the one telling answered
    got = [(q.text, q.speaker.mention, q.cue.text) for q in
           extract("Lund told the Herald, when asked about the bridge, that it would open in May.", nlp=nlp)]
    assert got == [("it would open in May", "Lund", "told")]


def test_a_raising_verb_reports_its_subject_with_the_like_phrase_right_after_it(nlp):
    got = [(q.text, q.cue.text) for q in extract("By May the new toll seemed like a bargain to most drivers.", nlp=nlp)]
    assert got == [("the new toll seemed like a bargain to most drivers", "seemed")]
    # a `like` set off after the verb is a comparison, not what it seemed
    got = [q.text for q in extract("It can seem — just like the town's famous cheese — to be too much of a good thing.",
                                   nlp=nlp)]
    assert got == ["It can seem — just like the town's famous cheese — to be too much of a good thing"]


def test_a_hearsay_adverb_reports_its_clause_with_no_source(nlp):
    text = "In total, the Harbour Trust is reportedly spending $2 million on ads, but its rivals spent more."
    got = [(q.kind, q.text, q.speaker, q.cue.text) for q in extract(text, nlp=nlp)]
    assert got == [("indirect", "the Harbour Trust is reportedly spending $2 million on ads", None, "reportedly")]


def test_according_to_after_a_relative_clause_vouches_for_the_clause(nlp):
    text = "The toll fell hardest on drivers from Westbay, who make up most of the town's commuters, according to a council survey."
    got = [(q.text, q.speaker.mention) for q in extract(text, nlp=nlp)]
    assert got == [("who make up most of the town's commuters", "a council survey")]


def test_a_quoted_name_given_to_a_relative_word_opens_the_report_there(nlp):
    for text, record in [
        ("The race was settled in what Ida Marsh called \u201chand-to-hand combat.\u201d",
         "what Ida Marsh called \u201chand-to-hand combat."),
        ("She spoke of the toll, which Ida Marsh had called a \u201cdisaster\u201d and promised to scrap.",
         "which Ida Marsh had called a \u201cdisaster"),
    ]:
        got = [(q.kind, q.text, q.speaker.name) for q in extract(text, nlp=nlp) if q.cue.text == "called"]
        assert got == [("mixed", record, "Ida Marsh")]


def test_an_apposition_that_goes_on_with_a_list_stays_in_the_report():
    # `accompanied by his wife, Lonnie, and other members`: the list hangs on the apposition
    words = "Reed says Ida was joined by her husband , Olek , and other members .".split()
    heads = [1, 1, 4, 4, 1, 4, 7, 5, 7, 7, 9, 9, 13, 9, 1]
    deps = "nsubj ROOT nsubjpass auxpass ccomp agent poss pobj punct appos punct cc amod conj punct".split()
    tags = "NNP VBZ NNP VBD VBN IN PRP$ NN , NNP , CC JJ NNS .".split()
    assert [t.text for t in find_report(parse(words, heads, deps, tags)[1]).content] == words[2:14]
    # an apposition closing the report is the writer's gloss
    words, heads, deps, tags = words[:10] + ["."], heads[:10] + [1], deps[:10] + ["punct"], tags[:10] + ["."]
    assert [t.text for t in find_report(parse(words, heads, deps, tags)[1]).content] == words[2:8]


def test_a_passive_participle_right_after_its_noun_reports_the_noun_with_no_source(nlp):
    text = "The council spent $2 million in Westbay, a town seen as critical for the new toll."
    got = [(q.text, q.speaker, q.cue.text) for q in extract(text, nlp=nlp)]
    assert got == [("a town seen as critical for the new toll", None, "seen")]
    # set off by a comma it says who someone is
    assert extract("Olek Marsh, seen as a formidable opponent, joined the council.", nlp=nlp) == []


@pytest.mark.parametrize("text, record, cue", [
    ("The town is known as the ferry capital of the coast.", "The town is known as the ferry capital of the coast",
     "known"),
    ("Each May the town holds a festival known as Ferry Days.", "a festival known as Ferry Days", "known"),
    ("The bridge was once thought to be safe.", "The bridge was once thought to be safe", "thought"),
])
def test_what_something_is_known_or_thought_to_be_is_reported_with_no_source(nlp, text, record, cue):
    assert [(q.text, q.speaker, q.cue.text) for q in extract(text, nlp=nlp)] == [(record, None, cue)]


def test_a_passive_report_with_its_source_reports_its_subject():
    # `The merger was first reported by Tidewire`
    doc = parse(["The", "merger", "was", "first", "reported", "by", "Tidewire", "."], [1, 4, 4, 4, 4, 4, 5, 4],
                ["det", "nsubjpass", "auxpass", "advmod", "ROOT", "agent", "pobj", "punct"],
                ["DT", "NN", "VBD", "RB", "VBN", "IN", "NNP", "."])
    report = find_report(doc[4])
    assert [t.text for t in report.content] == ["The", "merger"] and report.unstated


@pytest.mark.parametrize("opening", ["SPRINGFIELD, Ill. (AP) — ", "9:42 p.m. — ", "MEXICO CITY - "])
def test_a_dateline_or_time_stamp_is_not_reported(opening):
    text = f"{opening}Turnout is running high in the suburbs, according to the county clerk."
    assert [q.text for q in extract(text)] == ["Turnout is running high in the suburbs"]


def test_a_cue_reports_the_clause_after_it_when_the_parser_made_an_aside_before_it_a_clause(nlp):
    # `rabbi` read as a verb, with `Marta Quell` its subject: the aside became a second complement of `said`
    text = ("Marta Quell, a Tucson, Ariz., rabbi helping to organize the boycott, said she and other rabbis were "
            "alarmed about the rhetoric.")
    [quote] = [q.to_dict() for q in extract(text, nlp=nlp)]
    assert quote["text"] == "she and other rabbis were alarmed about the rhetoric"
    assert quote["speaker"]["name"] == "Marta Quell"


@pytest.mark.parametrize("text, content", [
    ("Councillor Ann Holt complained about the new levy, which the council passed in May.", "the new levy"),
    ("Holt was referring to the harbour bridge, which closed in March for repairs.", "the harbour bridge"),
])
def test_a_report_through_a_preposition_ends_before_the_writers_gloss(nlp, text, content):
    assert [q.text for q in extract(text, nlp=nlp)] == [content]


def test_a_clause_before_a_colon_is_not_reported_by_a_cue_after_it(nlp):
    # `A: B, in 2013, questioned C`: the parser hung `says` on `questioned`, as if `A, B questioned`
    text = ("Tarrow says the show has drawn ire from all sides: Ben Hollis, in 2013, questioned its claims about "
            "the mayor.")
    records = [(q.text, q.speaker.mention) for q in extract(text, nlp=nlp)]
    assert ("the show has drawn ire from all sides", "Tarrow") in records
    assert all(speaker != "Ben Hollis" or text.index(quote) > text.index(":") for quote, speaker in records)


def test_a_quote_split_by_its_cue_is_not_also_a_mixed_clause(nlp):
    # the parser reads `“A,” Lee said, “B.”` as a sentence `said` interrupts; the quote's parts keep the cue
    text = "“The benefit of living up north,” Tarrow said, “is being for whoever we want.”"
    assert [(q.kind, q.text) for q in extract(text, nlp=nlp)] == [
        ("direct", "The benefit of living up north,"), ("direct", "is being for whoever we want.")]
    # but with words of the writer's between them, the clause is one mixed record
    text = "“This plan must come with strict enforcement,” she said, and “clear penalties for any violations.”"
    assert [q.kind for q in extract(text, nlp=nlp) if q.nested_in is None][0] == "mixed"


def test_a_cue_whose_verb_or_object_was_left_out_reports_nothing(nlp):
    text = ("They could choose any faith they wanted to, or none at all if they didn't want to. "
            "The rates stay low not because the mayor wants it to but because the economy needs it to.")
    assert [q.text for q in extract(text, nlp=nlp)] == []
    # the infinitive is reported when its verb is there
    assert [q.text for q in extract("Ivo Marsh wanted to rebuild the pier.", nlp=nlp)] == ["to rebuild the pier"]


def test_a_report_ending_on_quoted_words_another_record_holds_is_mixed(nlp):
    text = ("Lind said the ruling has “kept us safe” on Twitter before claiming that open borders are “tearing "
            "families apart.”")
    kinds = {q.text.split()[0]: q.kind for q in extract(text, nlp=nlp)}
    assert kinds == {"the": "mixed", "open": "mixed"}
    # on a title it stays indirect
    (q,) = extract("Lind said the story had moved on, on HBO’s “Real Time.”", nlp=nlp)
    assert q.kind == "indirect"


def test_a_report_ends_before_a_contrast_that_reports_someone_elses_words(nlp):
    text = ("Among Ortiz voters, 74 percent said they are set on voting for him, while 22 percent said they might "
            "change their mind. Reyes said the levy is fair, while her rival wants a new vote.")
    found = {q.text for q in extract(text, nlp=nlp)}
    assert "they are set on voting for him" in found and "they might change their mind" in found
    # a contrast that reports no speech stays in the report (PolNeAR reads it as part of the finding)
    assert "the levy is fair, while her rival wants a new vote" in found


def test_a_clause_with_a_quoted_fragment_is_said_by_the_cue_after_it(nlp):
    # the fragment's own cue (`begin`) is no speech: the clause is Reed's
    text = ("But Mayor Ada Lee would do well to begin “building bridges” to the council, said Tom Reed, "
            "a former strategist for the campaign.")
    (q,) = extract(text, nlp=nlp)
    assert (q.speaker.name, q.cue.text) == ("Tom Reed", "said")
    assert q.text.startswith("But Mayor Ada Lee would do well")
    # a quote with a speech cue of its own keeps its speaker under `according to`
    text = "“We will not close the clinic,” Ada Lee said, according to the Harbor Herald."
    (q,) = [q for q in extract(text, nlp=nlp) if q.nested_in is None]
    assert q.speaker.name == "Ada Lee"


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


def test_a_one_word_answer_makes_a_record(nlp):
    text = "Asked if the ferry was safe, 46 percent of riders said yes. Half said so in the spring poll."
    assert [q.text for q in extract(text, nlp=nlp) if q.cue.text == "said"] == ["yes", "so"]


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


def test_a_quote_a_second_source_reports_is_the_first_cues_quote_alone(nlp):
    text = "Asked about the ferry, the mayor said: “No comment,” the Herald reported."
    assert [(q.text, q.kind, q.speaker.mention) for q in extract(text, nlp=nlp)] == [("No comment,", "direct", "the mayor")]


def test_a_second_that_clause_goes_on_with_the_report_but_a_that_subject_does_not(nlp):
    text = ("Aides to Mr. Lund are quick to point out that he has placed second in the last two contests, no matter how "
            "slim the margin, and that polls show he remains the second choice for most voters.")
    first = extract(text, nlp=nlp)[0]
    assert first.text.startswith("he has placed second") and first.text.endswith("for most voters")
    text = "Ann Lee said the ferry seems stable, but that could change by June."
    assert [q.text for q in extract(text, nlp=nlp)] == ["the ferry seems stable"]


def test_a_quote_that_ends_its_sentence_inside_its_marks_takes_no_narration_after_it(nlp):
    text = "Ann Lee had previously said, “We’ll see,” when asked whether she would run for mayor."
    first = extract(text, nlp=nlp, join=True)[0]
    assert (first.text, first.kind, first.speaker.mention) == ("We’ll see,", "direct", "Ann Lee")


def test_who_is_asked_after_the_clause_is_spoken_to_and_the_asker_is_unsaid(nlp):
    for text in ("“We’ll see,” Ann Lee said when asked whether she would run for mayor.",
                 "Ann Lee had said, “We’ll see,” when asked whether she would run for mayor."):
        asked = [q for q in extract(text, nlp=nlp) if q.cue.text == "asked"]
        assert [(q.speaker, q.addressee.mention) for q in asked] == [(None, "Ann Lee")], text
    text = "Ann Lee laughed when asked by a reporter whether she would run."
    asked = [q for q in extract(text, nlp=nlp) if q.cue.text == "asked"]
    assert [(q.speaker.mention, q.addressee.mention) for q in asked] == [("a reporter", "Ann Lee")]


def test_a_report_ends_before_a_comma_or_conjunction_left_dangling(nlp):
    # the parser hung `and a few lawmakers …` on the object: the record stopped at `, and`
    text = ("Aides are still crying foul. Ortiz called the count “rigged” in a tweet Tuesday, and a few Republican "
            "lawmakers have called for a special prosecutor.")
    first = next(q for q in extract(text, nlp=nlp) if q.speaker.mention == "Ortiz")
    assert first.text == "the count “rigged” in a tweet Tuesday"
    # a comma inside the quote marks is the quote's own
    quotes = extract("Lund mocked Ortiz for calling himself the “king of debt,” a title he loves.", nlp=nlp)
    assert quotes and all(q.text.endswith("debt,") for q in quotes)


def test_the_one_told_asked_what_the_answer_answers(nlp):
    text = "“I stand by everything I said,” Ann Lee told the Herald on Thursday when asked if she still backs the plan."
    (asked,) = [q for q in extract(text, nlp=nlp) if q.cue.text == "asked"]
    assert (asked.speaker.mention, asked.addressee.mention) == ("the Herald", "Ann Lee")


def test_a_quote_after_a_colon_is_what_the_cue_after_it_reports(nlp):
    # the parser hung the quote on the clause before the colon: the record ran from the sentence start
    text = ("A few minutes later, Ann Lee followed up by lamenting the churn of tasks, especially fundraising: "
            "“There’s just a ton of junk with this job,” she said.")
    said = next(q for q in extract(text, nlp=nlp) if q.cue.text == "said")
    assert (said.text, said.kind) == ("There’s just a ton of junk with this job,", "direct")


def test_a_report_stops_at_the_colon_before_a_quote_with_its_own_cue():
    text = 'But Ortiz said he was too busy: "I have a lot going on," he wrote.'
    wrote = text.index("wrote")
    quote = Draft(text.index("I have"), text.index(',"') + 1, cue_span=(wrote, wrote + 5))
    start = text.index("he was")
    assert _colon_before_cued_quote(quote, start, quote.end, text) == text.index(":")
    quote.cue_span = (text.index("said"), text.index("said") + 4)  # the report's own cue: one record
    assert _colon_before_cued_quote(quote, start, quote.end, text) is None
    text = 'But Ortiz said he was too busy and "I have a lot going on," he wrote.'
    quote = Draft(text.index("I have"), text.index(',"') + 1, cue_span=(text.index("wrote"), text.index("wrote") + 5))
    assert _colon_before_cued_quote(quote, text.index("he was"), quote.end, text) is None


def test_a_fronted_clause_ending_on_a_colon_and_a_mark_leaves_a_record_or_none(nlp):
    # the parser hung the whole sentence before the quote on `wrote`: cutting it at the colon left no words
    text = ('He said he was too busy to dig up files that would back up his earlier statements: "I am swamped - I '
            'just don\'t have time. Ask the mayor," he wrote.')
    wrote = next(q for q in extract(text, nlp=nlp) if q.cue.text == "wrote")
    assert wrote.text == "I am swamped - I just don't have time. Ask the mayor,"


def test_a_name_given_by_a_participle_reports_what_it_names(nlp):
    # PolNeAR marks the named thing with its name: `a book called “…”`, not the name alone
    text = "Last year Dev Ortiz wrote a book called “Tide Tables and Other Lies” about the port."
    called = next(q for q in extract(text, nlp=nlp) if q.cue.text == "called")
    assert called.text == "a book called “Tide Tables and Other Lies”"


def test_a_raising_verb_yields_to_the_cue_it_raises_when_that_cue_reports(nlp):
    # `seemed to urge …`: the urging is the report, by Ortiz; the writer's `seemed` adds none of its own
    found = [(q.cue.text, q.text) for q in extract("In a speech on Friday, Ortiz seemed to urge the council to delay the "
                                                   "vote.", nlp=nlp)]
    assert found == [("urge", "the council to delay the vote")]
    # a raised verb that reports nothing keeps the raising verb's report
    found = [(q.cue.text, q.text) for q in extract("Ortiz seemed to enjoy the long debate.", nlp=nlp)]
    assert found == [("seemed", "Ortiz seemed to enjoy the long debate")]


def test_a_phrase_the_parser_hung_on_the_verb_after_an_as_phrase_goes_with_it(nlp):
    found = {q.cue.text: q.text for q in extract("Ortiz has cast him as weak on immigration.", nlp=nlp)}
    assert found["cast"] == "him as weak on immigration"
    text = "At this moment, Lund is seen as the candidate with the best chance to emerge from the pack."
    found = {q.cue.text: q.text for q in extract(text, nlp=nlp)}
    assert found["seen"] == "Lund is seen as the candidate with the best chance to emerge from the pack"
    # but not a phrase that says when
    found = {q.cue.text: q.text for q in extract("Ortiz has cast him as weak in 2015.", nlp=nlp)}
    assert found["cast"] == "him as weak"


def test_a_question_joined_to_what_a_cue_is_about_goes_with_it(nlp):
    # the parser hung `and how …` on `come`: the report stopped at `immigration`
    text = "Reporter Ann Hahn will come on the show to talk about immigration and how it is changing the culture."
    (talk,) = [q for q in extract(text, nlp=nlp) if q.cue.text == "talk"]
    assert talk.text == "immigration and how it is changing the culture"


def test_a_quoted_name_given_to_a_relative_word_by_as(nlp):
    text = "His close friend is the strategist Joel Lund, whom one insider described as “his brother.”"
    (described,) = [q for q in extract(text, nlp=nlp) if q.cue.text == "described"]
    assert (described.text, described.kind, described.speaker.mention) == (
        "whom one insider described as “his brother.", "mixed", "one insider")


def test_a_gloss_after_a_comma_inside_the_closing_mark_is_cut(nlp):
    text = ("Ryan on Tuesday called Mr. Lund's remarks about a judge “racist,” an extraordinary indictment that "
            "generated a fresh wave of criticism.")
    (called,) = [q for q in extract(text, nlp=nlp) if q.cue.text == "called"]
    assert called.text == "Mr. Lund's remarks about a judge “racist,"


def test_a_participle_after_a_quoted_name_closing_on_a_comma_is_no_part_of_it(nlp):
    text = 'In another tweet, Lund called Ortiz the "ultimate hypocrite," linking to a story about his party.'
    (called,) = [q for q in extract(text, nlp=nlp) if q.cue.text == "called"]
    assert (called.text, called.kind) == ('Ortiz the "ultimate hypocrite,"', "mixed")


def test_a_name_ends_before_the_speakers_next_act():
    # `He called it "shameful" and called on leaders to act.`, the second `called` joined to the name
    words = ["He", "called", "it", '"', "shameful", '"', "and", "called", "on", "leaders", "to", "act", "."]
    heads = [1, 1, 1, 4, 1, 4, 4, 4, 7, 8, 11, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "oprd", "punct", "cc", "conj", "prep", "pobj", "aux", "xcomp", "punct"]
    tags = ["PRP", "VBD", "PRP", "``", "JJ", "''", "CC", "VBD", "IN", "NNS", "TO", "VB", "."]
    assert complement(words, heads, deps, tags, 1)[:4] == ["it", '"', "shameful", '"']
    assert "leaders" not in complement(words, heads, deps, tags, 1)
