"""Where reported words start and end (no leading `that`, dateline or trailing gloss), and the token tests the
clause finders share.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .mention_phrase import DASHES, aside_dash, time_word
from .parsed import pobj_of
from .subjects import SUBJECT_DEPS

MIN_CONTENT_TOKENS = 3  # shorter complements ("he said it") report nothing quotable (PolNeAR train)
# what a reported object is said about, after it: `dismissed X as “…”`, `blamed X on “…”`, `accused X of “…”`,
# `defended himself against …`, `showed Clinton with a lead` (PolNeAR train: these eleven, +0.5 all F1; any
# preposition at all, `at a rally`, `during the debate` included, adds 0.1 more)
OBJECT_PREPS = {"as", "on", "of", "for", "against", "with", "to", "in", "about", "over", "from"}
# where a report is made: `praised Obama in an interview`, `posted it on Twitter` (`on` only with a medium, since
# `blamed the cuts on the mayor's program` says what the cuts are blamed on)
VENUES = {
    "in": {"interview", "tweet", "tweets", "speech", "statement", "appearance", "rally", "debate", "conference", "episode",
           "show", "program", "broadcast", "call", "hearing", "briefing", "video", "post", "op-ed", "remarks", "address",
           "forum", "meeting", "session"},
    "on": {"twitter", "facebook", "instagram", "youtube", "media", "television", "radio", "tv", "air", "trail"},
}
CLAUSE_BREAKS = {";", "("} | DASHES  # where an aside starts, after a reported clause
OPENING_MARKS = {"\u201c", "\u2018", "``"}
MAX_DATELINE_TOKENS = 10  # `SPRINGFIELD , Ill. ( AP ) —`
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "et", "est", "edt", "gmt", "bst"}
LEADING_MARKERS = {"that", ",", "-", "—", ":"}  # `whether` and `if` stay: a question is not a claim


def has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def when_or_where(prep: Token) -> bool:
    """`blamed the delay on the weather [in March]`, `praised Obama [in an interview]`: a phrase whose object is a
    date, a stretch of time or the occasion of the report says when or where it was made, not what its object is
    called, so the object ends before it unless a phrase that does say so follows."""
    pobj = pobj_of(prep)
    if pobj is None:
        return False
    return time_word(pobj) or _is_year(pobj) or pobj.lower_ in VENUES.get(prep.lower_, ())


def _is_year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.startswith(("19", "20"))


def phrases_after(verb: Token, toks: list[Token]) -> list[Token]:
    """`cast him as weak [on immigration]`, `is seen as the candidate [with the best chance …]`: phrases the parser
    hung on the verb right after an `as` phrase belong to what it calls its object, unless they say when or where."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.i > toks[-1].i):
        if prep.left_edge.i != toks[-1].i + 1 or prep.lower_ not in OBJECT_PREPS or when_or_where(prep):
            break
        toks = toks + list(prep.subtree)
    return toks


def right_after_verb(verb: Token, tok: Token) -> bool:
    """Whether only adverbs come between the verb and `tok` (`seemed like …`, `seems more like …`; not `can seem
    — just like the chocolate —`)."""
    return all(t.tag_.startswith("RB") for t in verb.doc[verb.i + 1 : tok.i])


def before_trailing_aside(toks: list[Token]) -> list[Token]:
    """A report ends before a relative clause or apposition set off by a comma that closes it (`said the nominee
    would be Trump, who has a lead`, `opposed the TPP, the 12-country trade deal`, `…, a claim the union denied`,
    `complained about the levy, which the council passed`): the writer's gloss."""
    if len(toks) < 3:
        return toks
    last = toks[-1].i
    for k in range(1, len(toks) - 1):
        if toks[k].text != "," or toks[k + 1].i != toks[k].i + 1:
            continue
        # `called it “racist,” an extraordinary indictment`: a comma inside the closing mark sets off what follows it
        j = k + 1 if toks[k + 1].is_quote and not opens_quote(toks[k + 1]) and k + 2 < len(toks) else k
        t, head = toks[j], toks[j + 1]
        while head.head.i > t.i and head.head.i <= last and head.head != head:
            head = head.head
        glossed = ((head.dep_ == "relcl" or (head.dep_ == "appos" and not has_dep(head, "conj")))
                   or _summing_up(head, t) or _relative_by_words(head, t))
        if glossed and head.right_edge.i >= last and head.left_edge.i == t.i + 1:
            return toks[:j]
    return toks


def _relative_by_words(head: Token, comma: Token) -> bool:
    """`…, both of whom are viewed with suspicion`: a relative clause the parser hung on the cue, known by its
    relative pronoun before its verb."""
    return any(t.lower_ in ("which", "whom", "whose") for t in head.doc[comma.i + 1 : head.i])


def _summing_up(noun: Token, comma: Token) -> bool:
    """`said the hospital had hired staff, a claim the union called …`: a noun brought in by `a` with a clause of its
    own after the comma, which the parser hung on the cue as an object: the writer's word for what was said."""
    return (noun.dep_ in ("dobj", "npadvmod") and noun.tag_ == "NN" and noun.left_edge.lower_ in ("a", "an")
            and noun.head.i < comma.i and any(c.dep_ in ("acl", "relcl") for c in noun.rights))


def added_by_conjunction(text: str, cue_end: int, start: int) -> bool:
    """Whether a quote whose words start at offset `start` opens right after its cue's clause, ending at `cue_end`,
    and `and` or `but` (`“…,” Cole said, and “it will cost us dearly.”`): more of what was said."""
    between = text[cue_end:start].rstrip(" \u201c\u2018\"'`").strip().lower()
    return between in (", and", ", but", "and", "but")


def has_dep(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


def opens_quote(tok: Token) -> bool:
    """An opening quote mark (a closing one may end a quoted fragment of the clause: `is “peanuts,” compared …`)."""
    return tok.is_quote and (tok.tag_ == "``" or tok.text in OPENING_MARKS)


def breaks_clause(tok: Token) -> bool:
    """Where an aside starts: a semicolon, a parenthesis or a dash set off by spaces (not `tragedy-free`)."""
    if tok.text not in CLAUSE_BREAKS:
        return False
    return tok.text not in DASHES or aside_dash(tok)


def _determines_object(tok: Token) -> bool:
    """`rejected that claim`: a `that` that opens an object, not a clause (`said that state law is wrong`, where
    the parser may read it either way, loses it)."""
    return tok.dep_ == "det" and tok.head.dep_ in ("dobj", "pobj")


def _dateline(toks: list[Token]) -> bool:
    """Whether tokens opening a paragraph before a dash are a dateline or a time stamp (`SPRINGFIELD, Ill. (AP)`,
    `9:42 p.m.`): words in capitals, numbers, abbreviations with their stop, brackets and commas, among them a
    time or a word in capitals of three letters or more."""
    first = toks[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and not (before.is_space and "\n" in before.text):  # a line break is a token of its own
        return False
    stamp = [t for t in toks if CLOCK_TIME.fullmatch(t.text)]
    return (all(t.is_upper or t.like_num or t.is_punct or t.text.endswith(".") or t.lower_ in CLOCK_WORDS
                or t in stamp for t in toks)
            and (bool(stamp) or any(t.is_upper and len(t) >= 3 for t in toks)))


def trim(toks: list[Token]) -> list[Token]:
    """Reported words without a leading `that`, punctuation or quote mark, nor a trailing one or conjunction
    (`said he had not [and] suggested …`)."""
    colon = next((k for k, t in enumerate(toks[:3]) if t.text == ":"), None)
    if colon and all(t.text[:1].isupper() for t in toks[:colon]):
        del toks[:colon]  # `A: “I will support …,” Keel said`: a label, not reported words
    dash = next((k for k, t in enumerate(toks[:MAX_DATELINE_TOKENS]) if t.text in DASHES), None)
    if dash and _dateline(toks[:dash]):
        del toks[:dash]  # `WASHINGTON — `, a live blog's `9:42 p.m. — `: where and when it was written
    while toks and (toks[0].is_punct or toks[0].is_quote or toks[0].is_space
                    or (toks[0].lower_ in LEADING_MARKERS and not _determines_object(toks[0]))):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_quote or toks[-1].is_space or toks[-1].dep_ == "cc"):
        toks.pop()
    return toks
