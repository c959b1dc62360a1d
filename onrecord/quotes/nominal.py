"""Nominal reports: `his statement that …`, `Trump's claim that …`, `criticism of the plan from Democrats`,
`In a CNN poll, Clinton leads by 8 points`.

A cue noun (`data/cue_nouns.jsonl`) reports its that-clause or the object of its preposition, or (a `within`
noun) the clause its `in` phrase belongs to; the one reporting is its possessor, the `by`/`from` phrase it
takes, the subject of the verb it is the object of (`X issued a statement that …`) unless that verb meets
someone else's report (`X dismissed criticism of …`: nobody named), or for a `within` noun the noun itself. Cost:
a look at the noun's children and head.
"""
from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .lexicon import cue_nouns, meeting_verbs
from .mention_phrase import dated
from .parsed import pobj_of
from .subjects import subject_of

NOUN_TAGS = ("NN", "NNS")
SOURCE_PREPS = ("by", "from")


def is_cue_noun(tok: Token) -> bool:
    """A cue noun as a common noun, or a `within` noun ending a name (`In a Washington Post Poll, …`)."""
    entry = cue_nouns().get(tok.lower_)
    return entry is not None and (tok.tag_ in NOUN_TAGS or (entry.within and tok.tag_ == "NNP"))


def noun_content(noun: Token) -> list[Token] | None:
    """The clause or prepositional object a cue noun reports, or None."""
    entry = cue_nouns()[noun.lower_]
    if entry.within:
        return _clause_within(noun)
    for child in noun.rights:
        if entry.clause and child.dep_ in ("acl", "ccomp") and child.tag_.startswith(("VB", "MD")):
            return None if is_cue(child) else list(child.subtree)  # `a statement saying …`: the verb reports
        if child.dep_ == "prep" and child.lower_ in entry.preps and not dated(child):  # `concerns for weeks`
            return [t for t in child.subtree if t != child]
    return None


def noun_source(noun: Token) -> Token | None:
    """Whoever the noun's report is by: `his claim`, `a statement from the campaign`, `X issued a statement`."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            obj = pobj_of(child)
            if obj is not None:
                return obj
    if noun.dep_ in ("dobj", "attr") and noun.head.tag_.startswith("VB"):
        return None if answers_another(noun) else subject_of(noun.head)
    entry = cue_nouns().get(noun.lower_)
    return noun if entry is not None and entry.within else None


def answers_another(noun: Token) -> bool:
    """Whether the cue noun is the object of a verb that meets someone else's report (`dismissed criticism of
    …`, `faces accusations of …`): its subject is not who reports it, and nobody is named who does."""
    return (noun.dep_ in ("dobj", "attr") and noun.head.tag_.startswith("VB") and noun.head.lower_ in meeting_verbs()
            and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in SOURCE_PREPS) for c in noun.children))


def _clause_within(noun: Token) -> list[Token] | None:
    """`In a CNN poll, Clinton leads`: the clause that the noun's `in` phrase heads, without the phrase."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head == prep:
        return None
    clause = prep.head
    if prep.i > clause.i:
        return None  # `He was not named in the poll`: only a phrase heading its clause vouches for it
    phrase = {t.i for t in prep.subtree}
    return [t for t in clause.subtree if t.i not in phrase] or None
