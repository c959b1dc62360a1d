"""The words of a mention, read from parses built by hand, so each rule is tested on the parser slip it is for."""
import pytest
import spacy
from spacy.tokens import Doc

from onrecord.quotes.mention_phrase import mention_tokens

VOCAB = spacy.blank("en").vocab  # lower-case forms, which the cue lookups read


def mention(text, parse, head, expected, case, spaces=None):
    """A subject as the parser read it (space-separated words; `parse` gives one head, dependency and tag each),
    the index of its head and the words `mention_tokens` must keep."""
    heads, deps, tags = parse
    return pytest.param(text.split(), heads, deps.split(), tags.split(), spaces, head, expected.split(), id=case)


# `Farmer leaders on Sunday said they would stay .`
ON_DAY = ([1, 4, 1, 2, 4, 7, 7, 4, 4], "compound nsubj prep pobj ROOT nsubj aux ccomp punct", "NN NNS IN NNP VBD PRP MD VB .")
# `The Royal College of Surgeons said it was sad .`
OF_PLACE = ([2, 2, 5, 2, 3, 5, 7, 5, 7, 5], "det compound nsubj prep pobj ROOT nsubj ccomp acomp punct",
            "DT NNP NNP IN NNP VBD PRP VBD JJ .")
# `DENTON — Sen. Jo Hale said it was sad .`, the dateline parsed as part of the name
DATELINE = ([4, 4, 4, 4, 5, 5, 7, 5, 7, 5], "compound punct compound compound nsubj ROOT nsubj ccomp acomp punct",
            "NNP : NNP NNP NNP VBD PRP VBD JJ .")
# `Lumora unveils tablet , promises it .`, the headline's first verb parsed as the subject of the second
VERB_SUBJECT = ([1, 4, 1, 4, 4, 4, 4], "compound nsubj dobj punct ROOT dobj punct", "NNP VBZ NN , VBZ PRP .")
# `Even Jo Hale said it was sad .`, the focusing adverb hung on the name
FOCUS = ([2, 2, 3, 3, 5, 3, 5, 3], "advmod compound nsubj ROOT nsubj ccomp acomp punct", "RB NNP NNP VBD PRP VBD JJ .")
# `Fields’ campaign said it was sad .`, the apostrophe tagged as a closing quote mark
POSSESSIVE = ([2, 0, 3, 3, 5, 3, 5, 3], "poss punct nsubj ROOT nsubj ccomp acomp punct", "NNP '' NN VBD PRP VBD JJ .")
# `, ” tweeted Rubio spokesman Alex Conant .`, the cue after a quote's closing mark read as an adjective of the title
TWEETED = ([6, 6, 4, 4, 6, 6, 6, 6], "punct punct amod compound compound compound ROOT punct", ", '' VBD NNP NN NNP NNP .")
# `UMWA Director of Affairs Phil Smith told us .`, the name after the title parsed as its apposition
TITLED = ([1, 6, 1, 2, 5, 1, 6, 6, 6], "compound nsubj prep pobj compound appos ROOT dobj punct",
          "NNP NNP IN NNP NNP NNP VBD PRP .")
MENTIONS = [
    mention("UMWA Director of Affairs Phil Smith told us .", TITLED, 1, "UMWA Director of Affairs Phil Smith",
            "a title's name set after it with no comma is part of the mention"),
    mention("Even Jo Hale said it was sad .", FOCUS, 2, "Jo Hale", "a focusing adverb is no part of who it is"),
    mention(", ” tweeted Rubio spokesman Alex Conant .", TWEETED, 6, "Rubio spokesman Alex Conant",
            "a cue read as an adjective of the title is no part of the name"),
    mention("Nearly all voters said it was sad .", FOCUS, 2, "Nearly all voters", "how many is"),
    mention("Lumora unveils tablet , promises it .", VERB_SUBJECT, 1, "Lumora",
            "a verb taken for the subject: the name before it is"),
    mention("Farmer leaders on Sunday said they would stay .", ON_DAY, 1, "Farmer leaders",
            "a phrase saying when, hung on the subject, is no part of it"),
    mention("Farmer leaders in Ohio said they would stay .", ON_DAY, 1, "Farmer leaders in Ohio",
            "where they are from is who they are"),
    mention("The Royal College of Surgeons said it was sad .", OF_PLACE, 2, "The Royal College of Surgeons",
            "a body named with of keeps its whole name"),
    mention("The young Cruz of Texas said it was sad .", (OF_PLACE[0], OF_PLACE[1].replace("compound", "amod"), OF_PLACE[2].replace("DT NNP", "DT JJ", 1)), 2,
            "The young Cruz", "a person's `of` says where he is from"),
    mention("DENTON — Sen. Jo Hale said it was sad .", DATELINE, 4, "Sen. Jo Hale",
            "a dateline the parser joined to the name is left out"),
    mention("DENTON - Sen. Jo Hale said it was sad .", DATELINE, 4, "Sen. Jo Hale", "a spaced hyphen sets a dateline off too"),
    mention("DENTON - Sen. Jo Hale said it was sad .", DATELINE, 4, "DENTON - Sen. Jo Hale", "an unspaced hyphen joins a name",
            spaces=[False, False] + [True] * 8),
    mention("Fields ’ campaign said it was sad .", POSSESSIVE,
            2, "Fields ’ campaign", "a possessive apostrophe tagged as a closing mark is part of the name",
            spaces=[False] + [True] * 7),
    mention("Fields ’ campaign said it was sad .", POSSESSIVE,
            2, "campaign", "a mark set apart from the name closes a quote", spaces=[True] * 8),
]


@pytest.mark.parametrize("words, heads, deps, tags, spaces, head, expected", MENTIONS)
def test_mention_tokens(words, heads, deps, tags, spaces, head, expected):
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in mention_tokens(doc[head])] == expected
