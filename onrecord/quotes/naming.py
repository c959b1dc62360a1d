"""Naming verbs: the object and the name given it (`called him a “stiff”`, `described the plan as “…”`,
`what Lund called “…”`, `a book called “…”`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .edges import breaks_clause, opens_quote, phrases_after
from .nearby import NOUN_TAGS
from .subjects import speakers_act

RELATIVE_OBJECTS = {"what", "which", "whom", "that"}  # `what X called “…”`: the word a quoted name is given to


def name_given(verb: Token) -> list[Token] | None:
    """`called [him a “stiff”]`, `described [the crowd as “peaceful”]`: from the object to the end of the name."""
    kids = [c for c in verb.children if c.i > verb.i and (c.dep_ in ("dobj", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
                                                       or _as_clause(c))]
    if len(kids) == 1 and kids[0].dep_ == "dobj":  # `called the situation “overclassification run amok”`: a quoted clause
        kids += [c for c in verb.rights if c.dep_ in ("ccomp", "xcomp") and opens_quote(c.left_edge)
                 and c.left_edge.i == kids[0].right_edge.i + 1]
    # `called Mrs. Schlafly an ''Aunt Tom''`, `called the frontrunner “ISIS’ best recruiter”`, parsed as one phrase
    if len(kids) == 1 and (kids[0].dep_ == "dobj" or (kids[0].dep_ == "oprd" and kids[0].left_edge.i == verb.i + 1)):
        last = verb.doc[kids[0].right_edge.i]
        if named_after_aside(verb):
            return list(verb.doc[kids[0].left_edge.i : kids[0].right_edge.i + 1])
        # `called Clinton's squabble with the agency unusual`: the name read as an adjective after the last noun
        named = (any(t.is_quote and t.i > kids[0].left_edge.i for t in kids[0].subtree)
                 or (kids[0].dep_ == "oprd" and opens_quote(kids[0].left_edge))  # `called “hand-to-hand combat”`
                 or (last.tag_ == "JJ" and last.dep_ == "amod" and last.head.i < last.i))
        return _before_aside(list(verb.doc[kids[0].left_edge.i : kids[0].right_edge.i + 1])) if named else None
    if (len(kids) == 1 and kids[0].dep_ == "prep" and any(t.is_quote for t in kids[0].subtree)
            and any(c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS for c in verb.lefts)):
        return _before_aside(list(kids[0].subtree))  # `whom he described as “his brother”`: the object is the relative word
    if len(kids) < 2:
        return None
    first, last = min(c.left_edge.i for c in kids), max(c.right_edge.i for c in kids)
    toks = _name_ends_at_mark(phrases_after(verb, list(verb.doc[first : last + 1])))
    act = next((t for t in toks if speakers_act(t, t.head, verb)), None)  # `called it “shameful” and called on …`
    return _before_aside([t for t in toks if t.i < act.left_edge.i] if act is not None else toks)


def _name_ends_at_mark(toks: list[Token]) -> list[Token]:
    """`called Ortiz the “ultimate hypocrite,” linking to a story …`: a participle after a quoted name that closes on
    a comma is the writer's, no part of the name (`a “no-brainer” to prosecute`, `“unfit to serve” as president` go
    on with it)."""
    opened = False
    for k, t in enumerate(toks[:-1]):
        if t.is_quote and opened and not opens_quote(t):
            return toks[: k + 1] if toks[k + 1].tag_ == "VBG" and toks[k - 1].text == "," else toks
        opened = opened or opens_quote(t)
    return toks


def named_back(verb: Token, named: list[Token]) -> list[Token]:
    """`what Bay Buchanan called “hand-to-hand combat”`, `a deal which Trump called a “disaster”`: the relative
    word that a quoted name is given to opens the report; the speaker and cue between stay out of its words."""
    if not any(t.is_quote for t in named):
        return named
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.i < verb.i and noun.tag_ in NOUN_TAGS:
        return list(verb.doc[noun.left_edge.i : verb.i + 1]) + named  # `a book called “Women Who Work”`: what is named
    rel = next((c for c in verb.lefts if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE_OBJECTS), None)
    if rel is None:
        return named
    return [rel] + named


def named_after_aside(verb: Token) -> bool:
    """`called Mr. Yanukovych, a former director …, an outstanding leader`: the parser reads the name as a second
    phrase set off by commas after the naming verb's object (all of them the object's phrase in the parse)."""
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "oprd")), None)
    if obj is None:
        return False
    doc = obj.doc
    set_off = [t for t in obj.subtree if t.dep_ == "appos" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","]
    return len(set_off) >= 2


def _as_clause(tok: Token) -> bool:
    """`described the team [as highly accomplished]`: what the object is called, which the parser may read as a
    clause of the verb opened by `as`."""
    return tok.dep_ == "advcl" and tok.left_edge.lower_ == "as" and tok.left_edge.dep_ in ("mark", "advmod")


def _before_aside(toks: list[Token]) -> list[Token]:
    """A name given ends where an aside starts (`called him “the next Washington” – the Founding Father who …`)."""
    cut = next((k for k, t in enumerate(toks) if k and breaks_clause(t)), len(toks))
    return toks[:cut]
