"""The words of a mention: the noun phrase naming a speaker or the one spoken to (`mention_tokens`), cut before
appositions, relative clauses, a time or a dateline, and whether a noun phrase's head may name a speaker at all
(`can_speak`); with the date words, time nouns and dashes that cut a phrase. Cost: a walk over the head's children.
"""
from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .lexicon import anonymous_heads, organisation_words, role_nouns
from .parsed import coarse, glued_hyphen

GENERIC_SUBJECTS = {"you", "one", "it", "this", "that", "there"}  # subjects that name nobody in particular
DEGREE_WORDS = {"nearly", "almost", "about", "roughly", "approximately", "around", "only", "just", "barely", "fully",
                "exactly", "some", "over", "under", "more", "less", "fewer"}  # how many: part of a mention
MENTION_STOP_DEPS = {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"}
MAX_MENTION_TOKENS = 12
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DATE_WORDS = WEEKDAYS | {"today", "tonight", "yesterday", "january", "february", "march", "april", "may", "june",
                         "july", "august", "september", "october", "november", "december", "sept.", "oct.", "nov.",
                         "dec.", "jan.", "feb.", "aug."}
DASHES = {"-", "\u2013", "\u2014", "--"}
TIME_NOUNS = {"week", "weeks", "month", "months", "year", "years", "night", "morning", "afternoon", "evening", "past",
              "weekend", "day", "days", "spring", "summer", "fall", "winter", "time"}


def aside_dash(tok: Token) -> bool:
    """A dash that opens or closes an aside: a long one, or a short one set off by a space (not the hyphen of
    `tragedy-free`)."""
    return tok.text in DASHES and (tok.text not in ("-", "--") or tok.i == 0 or bool(tok.doc[tok.i - 1].whitespace_))


def mention_tokens(head: Token) -> list[Token]:
    """The noun phrase naming a person, cut before appositions and relative clauses (`Hugh Hill, a doctor`)."""
    while (head.dep_ in ("compound", "flat") and head.head != head and head.head.i > head.i
           and not head.head.tag_.startswith("VB") and not is_cue(head.head)):  # `the email read`, parsed as one noun
        head = head.head
    head = _past_dateline(_past_verb(head))
    doc = head.doc
    start = head.i
    for left in head.lefts:
        if doc[left.right_edge.i + 1].text == "," and left.left_edge.tag_ != "DT":
            continue  # `Of Carson, Lund …`: what a comma sets off before the name is no part of it (but `The big, bold headline`)
        if left.dep_ == "advmod" and left.tag_ == "RB" and left.lower_ not in DEGREE_WORDS:
            continue  # `Even Reed agreed`: a focusing word is no part of who it is (but `Nearly half said`)
        if left.dep_ not in MENTION_STOP_DEPS and not quote_mark(left):
            start = min(start, left.left_edge.i)
            break
    while start < head.i and doc[start].dep_ == "amod" and is_cue(doc[start]):
        start += 1  # `“…,” tweeted Rubio spokesman Alex Conant`: the cue, read as an adjective of the title
    if (head.dep_ in ("amod", "compound") and head.head.i > head.i and start and doc[start - 1].dep_ == "det"
            and doc[start - 1].head == head.head):
        start -= 1  # `the 71-year-old said`, parsed as two modifiers of the verb (see `subject_of`)
    # `Her co-author said`, with `co`, `-` and `author` each a subject: the mention opens with the whole word
    while start > 1 and glued_hyphen(doc[start - 1]):
        start = doc[start - 2].left_edge.i
    end = head.i
    titled = titled_name(head)
    for right in head.rights if titled is None else ():
        if right.dep_ in MENTION_STOP_DEPS or quote_mark(right):
            break
        if right.dep_ == "prep" and ((coarse(head) == "PROPN" and not _names_body(head, right)) or dated(right)):
            break  # `Farmer leaders on Sunday said`: when they spoke, not who they are
        end = right.right_edge.i
    if titled is not None:  # `UMWA Director of Government Affairs Phil Smith told`: a title, then the name
        end = titled.right_edge.i
    toks = [doc[k] for k in range(start, end + 1)]
    if len(toks) > MAX_MENTION_TOKENS or any(quote_mark(t) for t in toks):
        toks = [t for t in doc[max(start, head.i - 3) : head.i + 1] if t.dep_ in ("compound", "flat", "det") or t == head]
    toks = _within_dashes(toks, head)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    return toks or [head]


def titled_name(head: Token) -> Token | None:
    """The name a capitalised role word is the title of, set after it with no comma (`UMWA Director of Government
    Affairs Phil Smith`, parsed as an apposition), or None (`Director Ann Lee, a planner,` needs none)."""
    if coarse(head) != "PROPN" or head.lower_ not in role_nouns():
        return None
    doc = head.doc
    return next((c for c in head.rights if c.dep_ == "appos" and coarse(c) == "PROPN" and c.i > head.i
                 and not doc[c.left_edge.i - 1].is_punct), None)


def _past_verb(head: Token) -> Token:
    """`Lumora unveils folding tablet, promises “…”`: the parser took a headline's first verb for the subject of
    the second and the name before it for a compound of it; the name is the subject."""
    if head.tag_ not in ("VBZ", "VBD", "VBP") or head.dep_ not in ("nsubj", "nsubjpass"):
        return head
    return next((c for c in head.lefts if c.dep_ in ("compound", "nsubj") and coarse(c) in ("PROPN", "NOUN")
                 and c.i == head.i - 1 and c.left_edge.i == head.sent.start), head)


def _past_dateline(head: Token) -> Token:
    """`CLEVELAND, July 19 (UPI) — Jo Hale told …`: the parser made the dateline opening the sentence the subject,
    and the name after its dash an apposition of it; the name is who is meant."""
    if not (head.text.isupper() and len(head.text) > 2 and head.left_edge.i == head.sent.start):
        return head
    doc = head.doc
    return next((c for c in head.rights if c.dep_ == "appos" and c.left_edge.i > 0 and aside_dash(doc[c.left_edge.i - 1])),
                head)


def quote_mark(tok: Token) -> bool:
    """A quote mark, not the apostrophe of a possessive (`Jones' team`; also `Sanders’ email`, where the tagger
    reads the apostrophe hung on the name as a closing mark)."""
    if not tok.is_quote or tok.tag_ == "POS":
        return False
    owner = tok.doc[tok.i - 1] if tok.i else None
    return not (tok.text in ("’", "'") and owner is not None and tok.head == owner and not owner.whitespace_
                and owner.lower_.endswith("s") and bool(tok.whitespace_))


def _within_dashes(toks: list[Token], head: Token) -> list[Token]:
    """The part of a mention between the dashes around its head: a dateline (`WASHINGTON — Sen. Jo Hale`,
    `May 2 (Reuters) - Hale`) or an aside the parser joined to it is not who spoke."""
    cuts = [k for k, t in enumerate(toks) if aside_dash(t)]
    first = max((k + 1 for k in cuts if toks[k].i < head.i), default=0)
    last = min((k for k in cuts if toks[k].i > head.i), default=len(toks))
    return toks[first:last]


def _names_body(head: Token, prep: Token) -> bool:
    """`The Royal College of Surgeons`, `the Bank of England`: an `of` that goes on naming a body."""
    return prep.lower_ == "of" and head.lower_ in organisation_words() and any(
        c.dep_ == "pobj" and c.text[:1].isupper() for c in prep.children)


def time_word(tok: Token) -> bool:
    """A date word or a time noun (`Sunday`, `week`): a word that says when."""
    return tok.lower_ in DATE_WORDS or tok.lower_ in TIME_NOUNS


def dated(prep: Token) -> bool:
    """Whether a prepositional phrase says when (`on Sunday`, `last week`), by a date word or a time noun."""
    return any(c.dep_ == "pobj" and time_word(c) for c in prep.children)


def can_speak(head: Token) -> bool:
    """Whether a noun phrase head may name a speaker with no speech verb to say so: a name, a personal
    pronoun, or a role or source noun of the lexicons (`spokesman`, `report`), or a noun with such an apposition
    (`His rival, Sen. Grace Kim,`)."""
    low = head.lower_
    if low in GENERIC_SUBJECTS:
        return False
    return (coarse(head) in ("PROPN", "PRON") or low.rstrip("s") in role_nouns() or low in role_nouns()
            or low in anonymous_heads() or any(c.dep_ == "appos" and can_speak(c) for c in head.children))
