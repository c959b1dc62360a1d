"""A verb's subject, read from parses built by hand, so each rule is tested on the parser slip it is for."""
import pytest
import spacy
from spacy.tokens import Doc

from onrecord.quotes.mention_phrase import mention_tokens
from onrecord.quotes.subjects import conjoined_subject, subject_of

NLP = spacy.blank("en")


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
])
def test_subject_of(words, heads, deps, tags, verb, subject):
    found = subject_of(_doc(words, heads, deps, tags)[verb])
    assert (found.text if found is not None else None) == subject


def _slip(notation: str) -> Doc:
    """A parse written one token a word, `word/tag/dep/head` (the head an index)."""
    words, tags, deps, heads = zip(*(t.rsplit("/", 3) for t in notation.split()))
    return _doc(list(words), [int(h) for h in heads], list(deps), list(tags))


@pytest.mark.parametrize("notation, verb, subject", [
    # `Town officials in Bexley, one of the towns studied, said it helped.`: the parser gave `studied` two subjects
    ("Town/NN/compound/1 officials/NNS/nsubj/9 in/IN/prep/1 Bexley/NNP/pobj/2 ,/,/punct/9 "
     "one/CD/nsubj/9 of/IN/prep/5 the/DT/det/8 towns/NNS/pobj/6 studied/VBN/ccomp/11 ,/,/punct/11 "
     "said/VBD/ROOT/11 it/PRP/nsubj/13 helped/VBD/ccomp/11 ././punct/11", 11, "officials"),
    # `According to the town's forester, Nell Orvik, Bexley plans to plant trees.`: the name is the forester's
    ("According/VBG/prep/11 to/IN/prep/0 the/DT/det/3 town/NN/poss/5 's/POS/case/3 forester/NN/pobj/1 "
     ",/,/punct/11 Nell/NNP/compound/8 Orvik/NNP/nsubj/11 ,/,/punct/8 Bexley/NNP/compound/11 "
     "plans/VBZ/ROOT/11 to/TO/aux/13 plant/VB/xcomp/11 trees/NNS/dobj/13 ././punct/11", 11, "Bexley"),
    # but after a thing, not a role, the name is the subject (`According to a summary, Ada Moe, an aide, sent …`)
    ("According/VBG/prep/11 to/IN/prep/0 a/DT/det/3 summary/NN/pobj/1 ,/,/punct/11 Ada/NNP/compound/6 "
     "Moe/NNP/nsubj/11 ,/,/punct/6 an/DT/det/9 aide/NN/appos/6 ,/,/punct/6 sent/VBD/ROOT/11 "
     "it/PRP/dobj/11 ././punct/11", 11, "Moe"),
    # `Lund predicts that he will win.`, with `Lund predicts` read as one plural noun and no verb in the sentence
    ("Lund/NN/compound/1 predicts/NNS/ROOT/1 that/IN/mark/5 he/PRP/nsubj/5 will/MD/aux/5 "
     "win/VB/ccomp/1 ././punct/1", 1, "Lund"),
    # `Sen. Moe of Ohio called on Lund to resign.`, with `Lund` a second subject of `called`, nearer than `Moe`
    ("Sen./NNP/compound/1 Moe/NNP/nsubj/4 of/IN/prep/1 Ohio/NNP/pobj/2 called/VBD/ROOT/4 on/IN/prep/4 "
     "Lund/NNP/nsubj/4 to/TO/aux/8 resign/VB/xcomp/4 ././punct/4", 4, "Moe"),
    # `The vote led Ada Moe to call the result a fraud.`: who was led calls it so
    ("The/DT/det/1 vote/NN/nsubj/2 led/VBD/ROOT/2 Ada/NNP/compound/4 Moe/NNP/dobj/2 to/TO/aux/6 "
     "call/VB/xcomp/2 the/DT/det/8 result/NN/dobj/6 a/DT/det/10 fraud/NN/oprd/6 ././punct/2", 6, "Moe"),
    # but `Lund pressured them to stop by threatening their funds`: the threat is Lund's
    ("Lund/NN/nsubj/1 pressured/VBD/ROOT/1 them/PRP/dobj/1 to/TO/aux/4 stop/VB/xcomp/1 by/IN/prep/4 "
     "threatening/VBG/pcomp/5 their/PRP$/poss/8 funds/NNS/dobj/6 ././punct/1", 6, "Lund"),
    # and `She used Skype to discuss the terms.`: an infinitive of purpose is the subject's
    ("She/PRP/nsubj/1 used/VBD/ROOT/1 Skype/NNP/dobj/1 to/TO/aux/4 discuss/VB/xcomp/1 the/DT/det/6 "
     "terms/NNS/dobj/4 ././punct/1", 4, "She"),
    # `…, a city official who spoke anonymously to discuss strategy said Wednesday`, the official hung elsewhere
    ("Although/IN/mark/2 there/EX/expl/2 is/VBZ/advcl/18 no/DT/det/4 overlap/NN/attr/2 with/IN/prep/4 "
     "Lund/NNP/compound/7 team/NN/pobj/5 ,/,/punct/7 a/DT/det/11 city/NN/compound/11 "
     "official/NN/appos/7 who/WP/nsubj/13 spoke/VBD/relcl/11 anonymously/RB/advmod/13 to/TO/aux/16 "
     "discuss/VB/advcl/13 strategy/NN/dobj/16 said/VBD/ROOT/18 Wednesday/NNP/npadvmod/18 ././punct/18", 18, "official"),
    # `The rally was held by the casino, where about 50 strikers had gathered, chanting “no deal”.`
    ("The/DT/det/1 rally/NN/nsubjpass/3 was/VBD/auxpass/3 held/VBN/ROOT/3 by/IN/agent/3 the/DT/det/6 "
     "casino/NN/pobj/4 ,/,/punct/6 where/WRB/advmod/13 about/IN/quantmod/10 50/CD/nummod/11 "
     "strikers/NNS/nsubj/13 had/VBD/aux/13 gathered/VBN/relcl/6 ,/,/punct/6 chanting/VBG/advcl/3 "
     "no/DT/det/17 deal/NN/dobj/15 ././punct/3", 15, "strikers"),
    # but `She showed photos that Mr. Lund might like, describing her trip.`: she describes it
    ("She/PRP/nsubj/1 showed/VBD/ROOT/1 photos/NNS/dobj/1 that/WDT/dobj/7 Mr./NNP/compound/5 "
     "Lund/NNP/nsubj/7 might/MD/aux/7 like/VB/relcl/2 ,/,/punct/1 describing/VBG/advcl/1 "
     "her/PRP$/poss/11 trip/NN/dobj/9 ././punct/1", 9, "She"),
    # `Mr. Tarven, whose start-up uses big data, said Holt won.`: the parser made `Tarven` the subject of `uses`, and
    # that clause a complement of `said`, which reports the clause after it
    ("Mr./NNP/compound/1 Tarven/NNP/nsubj/6 ,/,/punct/1 whose/WP$/poss/4 start-up/NN/appos/1 ,/,/punct/1 "
     "uses/VBZ/ccomp/10 big/JJ/amod/8 data/NNS/dobj/6 ,/,/punct/10 said/VBD/ROOT/10 Holt/NNP/nsubj/12 "
     "won/VBD/ccomp/10 ././punct/10", 10, "Tarven"),
    # but with nothing reported after `said`, the clause before it is its report, and it has no subject
    ("Mr./NNP/compound/1 Tarven/NNP/nsubj/6 ,/,/punct/1 whose/WP$/poss/4 start-up/NN/appos/1 ,/,/punct/1 "
     "uses/VBZ/ccomp/10 big/JJ/amod/8 data/NNS/dobj/6 ,/,/punct/10 said/VBD/ROOT/10 ././punct/10", 10, None),
    # `The columnist Dev Orr went so far as to say: …`, the clause hung on the adverb `far`: who went says it
    ("The/DT/det/1 columnist/NN/nsubj/4 Dev/NNP/compound/3 Orr/NNP/appos/1 went/VBD/ROOT/4 so/RB/advmod/6 "
     "far/RB/advmod/4 as/IN/mark/9 to/TO/aux/9 say/VB/advcl/6 :/:/punct/4", 9, "columnist"),
    # `A group called for a boycott, and the League denounced it and said it was wrong.`, every verb joined to the
    # first: `said` shares the subject of `denounced`, the verb joined before it
    ("A/DT/det/1 group/NN/nsubj/2 called/VBD/ROOT/2 for/IN/prep/2 a/DT/det/5 boycott/NN/pobj/3 ,/,/punct/2 "
     "and/CC/cc/2 the/DT/det/9 League/NNP/nsubj/10 denounced/VBD/conj/2 it/PRP/dobj/10 and/CC/cc/2 "
     "said/VBD/conj/2 it/PRP/nsubj/15 was/VBD/ccomp/13 wrong/JJ/acomp/15 ././punct/2", 13, "League"),
    # but `Lund left the room, waved and said …`: no verb joined before has a subject of its own, so the first's
    ("Lund/NNP/nsubj/1 left/VBD/ROOT/1 the/DT/det/3 room/NN/dobj/1 ,/,/punct/1 waved/VBD/conj/1 and/CC/cc/1 "
     "said/VBD/conj/1 ././punct/1", 7, "Lund"),
    # `Lund has toned down his criticism, shifting his focus to defeating Ray and admitting that he lost.`: four
    # steps up, through a conjunct, a preposition's clause, the preposition and a participle
    ("Lund/NNP/nsubj/2 has/VBZ/aux/2 toned/VBN/ROOT/2 down/RP/prt/2 his/PRP$/poss/5 criticism/NN/dobj/2 "
     ",/,/punct/2 shifting/VBG/advcl/2 his/PRP$/poss/9 focus/NN/dobj/7 to/IN/prep/7 defeating/VBG/pcomp/10 "
     "Ray/NNP/dobj/11 and/CC/cc/11 admitting/VBG/conj/11 that/IN/mark/17 he/PRP/nsubj/17 lost/VBD/ccomp/14 "
     "././punct/2", 14, "Lund"),
    # `Mr. Lund forecast that the economy would rebound and praised the crews.`, `praised` joined to the reported
    # clause: with the cue's form and no subject of its own, it is the speaker's next act
    ("Mr./NNP/compound/1 Lund/NNP/nsubj/2 forecast/VBD/ROOT/2 that/IN/mark/7 the/DT/det/5 economy/NN/nsubj/7 "
     "would/MD/aux/7 rebound/VB/ccomp/2 and/CC/cc/7 praised/VBD/conj/7 the/DT/det/11 crews/NNS/dobj/9 "
     "././punct/2", 9, "Lund"),
])
def test_subject_of_a_parser_slip(notation, verb, subject):
    found = subject_of(_slip(notation)[verb])
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
