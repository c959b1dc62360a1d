"""ParsedText: parsed pieces of an article read by article offset."""
import pytest
import spacy
from spacy.tokens import Doc

from onrecord.quotes.frames import mention_tokens
from onrecord.quotes.parsed import ParsedText, Piece, conjoined_subject, is_cue, subject_of

NLP = spacy.blank("en")
TEXT = "Kim Lee said no.\n\nThe mayor told reporters that Lee said so too."


def pieces():
    # two stretches parsed apart, the second first in the list, as a cut map would allow
    second, first = TEXT.index("The mayor"), 0
    return [Piece(NLP(TEXT[second:]), (0,), (second,)), Piece(NLP(TEXT[: second - 2]), (0,), (first,))]


def test_tokens_come_in_article_order_whatever_the_order_of_pieces():
    parsed = ParsedText(TEXT, pieces())
    assert [t.text for t in parsed.tokens_between(0, len(TEXT))] == [t.text for t in NLP(TEXT) if not t.is_space]


def test_tokens_with_a_lower_case_filter_are_those_tokens_in_order():
    parsed = ParsedText(TEXT, pieces())
    got = parsed.tokens(lower=frozenset({"said", "told", "lee"}))
    assert [(t.text, parsed.offset(t)) for t in got] == [
        ("Lee", 4), ("said", 8), ("told", 28), ("Lee", 48), ("said", 52)]


def test_tokens_between_reads_article_offsets_across_pieces():
    parsed = ParsedText(TEXT, pieces())
    assert [t.text for t in parsed.tokens_between(0, 16)] == ["Kim", "Lee", "said", "no", "."]
    assert [t.text for t in parsed.tokens_between(18, 27)] == ["The", "mayor"]


def _doc(words, heads, deps, tags):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


@pytest.mark.parametrize("words, heads, deps, tags, verb, subject", [
    # `Owen Blake, a Democrat whose district includes Millbrook, called for an inquiry`, with `called` parsed as a
    # clause of `Democrat`
    (["Owen", "Blake", ",", "a", "Democrat", "whose", "district", "includes", "Millbrook", ",", "called", "for", "an",
      "inquiry", "."],
     [1, 1, 1, 4, 1, 6, 7, 4, 7, 8, 4, 10, 13, 11, 1],
     ["compound", "ROOT", "punct", "det", "appos", "poss", "nsubj", "relcl", "dobj", "punct", "acl", "prep", "det",
      "pobj", "punct"],
     ["NNP", "NNP", ",", "DT", "NNP", "WP$", "NN", "VBZ", "NNP", ",", "VBD", "IN", "DT", "NN", "."], 10, "Blake"),
    # `Activists clamoring for a vote say it is late.`, with `activists` the subject of `clamoring`
    (["Activists", "clamoring", "for", "a", "vote", "say", "it", "is", "late", "."],
     [1, 5, 1, 4, 2, 5, 7, 5, 7, 5],
     ["nsubj", "advcl", "prep", "det", "pobj", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
     ["NNS", "VBG", "IN", "DT", "NN", "VBP", "PRP", "VBZ", "JJ", "."], 5, "Activists"),
    # `He put on an accent and joked, “…”`, with `joked` a conjunct of `accent`
    (["He", "put", "on", "an", "accent", "and", "joked", ",", "“", "Go", ".", "”"],
     [1, 1, 1, 4, 1, 4, 4, 1, 1, 1, 9, 1],
     ["nsubj", "ROOT", "prt", "det", "dobj", "cc", "conj", "punct", "punct", "ccomp", "punct", "punct"],
     ["PRP", "VBD", "RP", "DT", "NN", "CC", "VBD", ",", "``", "VB", ".", "''"], 6, "He"),
    # `The club will appeal the card shown to Ortega`: the card was shown; the club did not show it
    (["The", "club", "will", "appeal", "the", "card", "shown", "to", "Ortega", "."],
     [1, 3, 3, 3, 5, 3, 5, 6, 7, 3],
     ["det", "nsubj", "aux", "ROOT", "det", "dobj", "acl", "prep", "pobj", "punct"],
     ["DT", "NN", "MD", "VB", "DT", "NN", "VBN", "IN", "NNP", "."], 6, None),
    # the same with `showing`: `posted a message reading …` is said by who posted it
    (["The", "club", "will", "appeal", "the", "card", "showing", "to", "Ortega", "."],
     [1, 3, 3, 3, 5, 3, 5, 6, 7, 3],
     ["det", "nsubj", "aux", "ROOT", "det", "dobj", "acl", "prep", "pobj", "punct"],
     ["DT", "NN", "MD", "VB", "DT", "NN", "VBG", "IN", "NNP", "."], 6, "club"),
    # `“…,” one fan posted on X`: the parser took the fan for the quote's object and `posted` for a participle
    (["“", "Go", ",", "”", "one", "fan", "posted", "on", "X", "."],
     [1, 1, 1, 1, 5, 1, 5, 6, 7, 1],
     ["punct", "ROOT", "punct", "punct", "nummod", "dobj", "acl", "prep", "pobj", "punct"],
     ["``", "VB", ",", "''", "CD", "NN", "VBN", "IN", "NNP", "."], 6, "fan"),
    # but a scare-quoted word is no quote tagged (`the “manji” symbol shown on maps`)
    (["They", "changed", "the", "“", "manji", "”", "symbol", "shown", "on", "maps", "."],
     [1, 1, 6, 6, 6, 6, 1, 6, 7, 8, 1],
     ["nsubj", "ROOT", "det", "punct", "compound", "punct", "dobj", "acl", "prep", "pobj", "punct"],
     ["PRP", "VBD", "DT", "``", "NN", "''", "NN", "VBN", "IN", "NNS", "."], 7, None),
    # `Town officials in Bexley, one of the towns studied, said it helped.`: the parser gave `studied` two subjects
    (["Town", "officials", "in", "Bexley", ",", "one", "of", "the", "towns", "studied", ",", "said", "it", "helped",
      "."],
     [1, 9, 1, 2, 9, 9, 5, 8, 6, 11, 11, 11, 13, 11, 11],
     ["compound", "nsubj", "prep", "pobj", "punct", "nsubj", "prep", "det", "pobj", "ccomp", "punct", "ROOT", "nsubj",
      "ccomp", "punct"],
     ["NN", "NNS", "IN", "NNP", ",", "CD", "IN", "DT", "NNS", "VBN", ",", "VBD", "PRP", "VBD", "."], 11, "officials"),
    # `According to the town's forester, Nell Orvik, Bexley plans to plant trees.`: the name is the forester's
    (["According", "to", "the", "town", "'s", "forester", ",", "Nell", "Orvik", ",", "Bexley", "plans", "to", "plant",
      "trees", "."],
     [11, 0, 3, 5, 3, 1, 11, 8, 11, 8, 11, 11, 13, 11, 13, 11],
     ["prep", "prep", "det", "poss", "case", "pobj", "punct", "compound", "nsubj", "punct", "compound", "ROOT", "aux",
      "xcomp", "dobj", "punct"],
     ["VBG", "IN", "DT", "NN", "POS", "NN", ",", "NNP", "NNP", ",", "NNP", "VBZ", "TO", "VB", "NNS", "."], 11, "Bexley"),
    # but after a thing, not a role, the name is the subject (`According to a summary, Ada Moe, an aide, sent …`)
    (["According", "to", "a", "summary", ",", "Ada", "Moe", ",", "an", "aide", ",", "sent", "it", "."],
     [11, 0, 3, 1, 11, 6, 11, 6, 9, 6, 6, 11, 11, 11],
     ["prep", "prep", "det", "pobj", "punct", "compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj",
      "punct"],
     ["VBG", "IN", "DT", "NN", ",", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "PRP", "."], 11, "Moe"),
    # `Lund predicts that he will win.`, with `Lund predicts` read as one plural noun and no verb in the sentence
    (["Lund", "predicts", "that", "he", "will", "win", "."],
     [1, 1, 5, 5, 5, 1, 1],
     ["compound", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
     ["NN", "NNS", "IN", "PRP", "MD", "VB", "."], 1, "Lund"),
    # `Sen. Moe of Ohio called on Lund to resign.`, with `Lund` a second subject of `called`, nearer than `Moe`
    (["Sen.", "Moe", "of", "Ohio", "called", "on", "Lund", "to", "resign", "."],
     [1, 4, 1, 2, 4, 4, 4, 8, 4, 4],
     ["compound", "nsubj", "prep", "pobj", "ROOT", "prep", "nsubj", "aux", "xcomp", "punct"],
     ["NNP", "NNP", "IN", "NNP", "VBD", "IN", "NNP", "TO", "VB", "."], 4, "Moe"),
    # `The vote led Ada Moe to call the result a fraud.`: who was led calls it so
    (["The", "vote", "led", "Ada", "Moe", "to", "call", "the", "result", "a", "fraud", "."],
     [1, 2, 2, 4, 2, 6, 2, 8, 6, 10, 6, 2],
     ["det", "nsubj", "ROOT", "compound", "dobj", "aux", "xcomp", "det", "dobj", "det", "oprd", "punct"],
     ["DT", "NN", "VBD", "NNP", "NNP", "TO", "VB", "DT", "NN", "DT", "NN", "."], 6, "Moe"),
    # but `Lund pressured them to stop by threatening their funds`: the threat is Lund's
    (["Lund", "pressured", "them", "to", "stop", "by", "threatening", "their", "funds", "."],
     [1, 1, 1, 4, 1, 4, 5, 8, 6, 1],
     ["nsubj", "ROOT", "dobj", "aux", "xcomp", "prep", "pcomp", "poss", "dobj", "punct"],
     ["NN", "VBD", "PRP", "TO", "VB", "IN", "VBG", "PRP$", "NNS", "."], 6, "Lund"),
    # and `She used Skype to discuss the terms.`: an infinitive of purpose is the subject's
    (["She", "used", "Skype", "to", "discuss", "the", "terms", "."],
     [1, 1, 1, 4, 1, 6, 4, 1],
     ["nsubj", "ROOT", "dobj", "aux", "xcomp", "det", "dobj", "punct"],
     ["PRP", "VBD", "NNP", "TO", "VB", "DT", "NNS", "."], 4, "She"),
    # `…, a city official who spoke anonymously to discuss strategy said Wednesday`, the official hung elsewhere
    (["Although", "there", "is", "no", "overlap", "with", "Lund", "team", ",", "a", "city", "official", "who", "spoke",
      "anonymously", "to", "discuss", "strategy", "said", "Wednesday", "."],
     [2, 2, 18, 4, 2, 4, 7, 5, 7, 11, 11, 7, 13, 11, 13, 16, 13, 16, 18, 18, 18],
     ["mark", "expl", "advcl", "det", "attr", "prep", "compound", "pobj", "punct", "det", "compound", "appos", "nsubj",
      "relcl", "advmod", "aux", "advcl", "dobj", "ROOT", "npadvmod", "punct"],
     ["IN", "EX", "VBZ", "DT", "NN", "IN", "NNP", "NN", ",", "DT", "NN", "NN", "WP", "VBD", "RB", "TO", "VB", "NN", "VBD",
      "NNP", "."], 18, "official"),
    # `The rally was held by the casino, where about 50 strikers had gathered, chanting “no deal”.`
    (["The", "rally", "was", "held", "by", "the", "casino", ",", "where", "about", "50", "strikers", "had", "gathered",
      ",", "chanting", "no", "deal", "."],
     [1, 3, 3, 3, 3, 6, 4, 6, 13, 10, 11, 13, 13, 6, 6, 3, 17, 15, 3],
     ["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct", "advmod", "quantmod", "nummod", "nsubj",
      "aux", "relcl", "punct", "advcl", "det", "dobj", "punct"],
     ["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", ",", "WRB", "IN", "CD", "NNS", "VBD", "VBN", ",", "VBG", "DT", "NN",
      "."], 15, "strikers"),
    # but `She showed photos that Mr. Lund might like, describing her trip.`: she describes it
    (["She", "showed", "photos", "that", "Mr.", "Lund", "might", "like", ",", "describing", "her", "trip", "."],
     [1, 1, 1, 7, 5, 7, 7, 2, 1, 1, 11, 9, 1],
     ["nsubj", "ROOT", "dobj", "dobj", "compound", "nsubj", "aux", "relcl", "punct", "advcl", "poss", "dobj", "punct"],
     ["PRP", "VBD", "NNS", "WDT", "NNP", "NNP", "MD", "VB", ",", "VBG", "PRP$", "NN", "."], 9, "She"),
])
def test_subject_of(words, heads, deps, tags, verb, subject):
    found = subject_of(_doc(words, heads, deps, tags)[verb])
    assert (found.text if found is not None else None) == subject


def test_subject_of_a_verb_the_parser_read_as_the_head_of_a_compound_is_that_noun():
    # `Dems hope the plan works.`, with `Dems` a compound of `hope`; and the mention of it stops before the verb
    words = ["Dems", "hope", "the", "plan", "works", "."]
    heads = [1, 1, 3, 4, 1, 1]
    deps = ["compound", "ROOT", "det", "nsubj", "ccomp", "punct"]
    tags = ["NNS", "VBP", "DT", "NN", "VBZ", "."]
    doc = _doc(words, heads, deps, tags)
    assert subject_of(doc[1]).text == "Dems"
    assert [t.text for t in mention_tokens(doc[0])] == ["Dems"]


def test_a_subject_the_parser_joined_to_the_last_noun_of_the_clause_before(joined_subject_doc):
    assert subject_of(joined_subject_doc[12]).i == 9  # `one in four`
    # a coordinated subject that opens the sentence is not one: `Kim and her aides said …`
    words = ["Kim", "and", "her", "aides", "said", "it", "was", "over", "."]
    heads = [4, 0, 3, 0, 4, 6, 4, 6, 4]
    deps = ["nsubj", "cc", "poss", "conj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["NNP", "CC", "PRP$", "NNS", "VBD", "PRP", "VBD", "JJ", "."]
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert conjoined_subject(doc[4]) is None


def test_a_cue_in_s_read_as_a_plural_noun_opening_its_sentence_is_a_cue():
    # `Lund predicts that he will win.`; not `Trade talks`, a noun phrase with a verb of its own in the sentence
    doc = _doc(["Lund", "predicts", "that", "he", "will", "win", "."], [1, 1, 5, 5, 5, 1, 1],
               ["compound", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
               ["NN", "NNS", "IN", "PRP", "MD", "VB", "."])
    assert is_cue(doc[1])
    doc = _doc(["Trade", "talks", "resumed", "."], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"],
               ["NN", "NNS", "VBD", "."])
    assert not is_cue(doc[1])
