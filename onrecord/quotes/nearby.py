"""The speaker beside a cue when the parse gives none: a name right after the quote's closing mark, the nearest
name or pronoun on either side of the cue, a name opening the frame and set off by a comma, or a noun phrase right
after a cue that opens its frame; an aside between dashes or commas before the cue is left out (`past_aside`).
Cost: a few tokens either side of the cue.
"""
from __future__ import annotations

from spacy.tokens import Token

from .cues import is_speech
from .mention_phrase import DATE_WORDS, aside_dash, mention_tokens
from .parsed import SENTENCE_END, coarse

NAMEY_POS = {"PROPN", "PRON"}
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS", "CD"}


def inverted_after_quote(head: Token) -> list[Token] | None:
    """`“…,” said the woman, who …`: right after a closing mark, the noun phrase after the cue speaks, even when
    the parser made it the subject of a clause of its own."""
    doc = head.doc
    if head.i == 0 or head.i + 1 >= len(doc) or not doc[head.i - 1].is_quote or not is_speech(head):
        return None
    noun = doc[head.i + 1]
    if coarse(noun) == "PROPN":
        return None  # `said Smith`: the nearest name
    while noun.dep_ in ("det", "amod", "compound", "nummod", "poss") and head.i < noun.head.i <= head.i + 5:
        noun = noun.head
    if coarse(noun) not in ("NOUN", "PROPN") or noun.lower_ in DATE_WORDS or noun.dep_ in ("dobj", "pobj", "attr"):
        return None
    return mention_tokens(noun)


def past_aside(frame: list[Token], head: Token) -> list[Token]:
    """The words around a cue that closes an aside between dashes (or, with no dash before the cue, a participle's
    aside between commas: `_past_participle_aside`), with the aside left out: the speaker is the one the aside is
    about, before it, not the last name inside it."""
    doc = head.doc
    if head.i == 0 or not aside_dash(doc[head.i - 1]):
        return _past_participle_aside(frame, head)
    opening = next((k for k in range(head.i - 2, head.sent.start - 1, -1) if aside_dash(doc[k])), None)
    if opening is None:
        return frame
    return list(doc[max(opening - 8, head.sent.start) : opening]) + [t for t in frame if t.i >= head.i]


def _past_participle_aside(frame: list[Token], head: Token) -> list[Token]:
    """The words around a cue that closes a participle's aside between commas (`Mr. Lund, asked about the
    deaths under Mr. Varga, had said`), with the aside left out: the one asked speaks, not the last name asked about."""
    doc = head.doc
    k = head.i - 1
    while k > head.sent.start and doc[k].dep_ in ("aux", "neg", "advmod") and doc[k].head == head:
        k -= 1  # `had said`, `then said`
    if doc[k].text != ",":
        return frame
    opening = next((j for j in range(k - 1, max(head.sent.start, k - 40) - 1, -1) if doc[j].text == ","), None)
    if opening is None or doc[opening + 1].tag_ not in ("VBN", "VBG", "VBD"):
        return frame
    return [t for t in frame if not opening <= t.i <= k]


def subject_of_report(tok: Token, cue: Token) -> bool:
    """Whether the name starting at `tok` is the subject of the clause the cue reports, not an inverted speaker."""
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and tok.head.head == cue


def object_after(verb: Token, frame: list[Token]) -> list[Token] | None:
    """`,” read the email.`, `,” begins a scripted message`: a noun phrase right after a cue that opens its
    frame, which the parser took for the cue's object, is its speaker."""
    ids = [t.i for t in frame if t.doc is verb.doc]
    if not ids or verb.i not in ids or any(not (t.is_punct or t.is_space) for t in frame[: ids.index(verb.i)]):
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "nsubj") and child.left_edge.i == verb.i + 1 and child.tag_ in NOUN_TAGS:
            return mention_tokens(child)
    return None


def nearest_name(frame: list[Token], cue: Token, after: bool) -> list[Token] | None:
    """The closest proper noun or pronoun to the cue on one side, within the frame."""
    idx = [k for k, t in enumerate(frame) if t.i == cue.i and t.doc is cue.doc]
    if not idx:
        return None
    k = idx[0]
    side = frame[k + 1 : k + 6] if after else _outside_brackets(list(reversed(frame[max(0, k - 12) : k])))[:5]
    for tok in side:
        if tok.is_punct and tok.text not in ("'", "’"):
            if tok.text in SENTENCE_END:
                break
            continue
        if after and tok.dep_ == "mark":
            break  # `said as confetti fell`: a name past `as`, `when`, `because` is the subject of another clause
        if tok.lower_ in DATE_WORDS or not _may_name_speaker(tok):
            continue  # `his`, `her` own something; `told Mr. Obama`, `Sanders's following`, `ACLU of Oregon`
        if coarse(tok) in NAMEY_POS or (tok.is_title and not tok.is_sent_start):
            return mention_tokens(tok.head if tok.dep_ == "compound" else tok)
    return None


def _outside_brackets(backwards: list[Token]) -> list[Token]:
    """Tokens read backwards from a cue, without those inside brackets (`Sen. Ann Lee (D-Ill.), …, said`: the
    party and state are no name)."""
    out, depth = [], 0
    for tok in backwards:
        if tok.text == ")":
            depth += 1
        elif tok.text == "(" and depth:
            depth -= 1
        elif not depth:
            out.append(tok)
    return out


def name_opening(frame: list[Token], cue: Token, after_quote: bool = False) -> list[Token] | None:
    """`,” William M. Corbin, Governor Lund's former chief of staff, said …`: the name that opens a frame after
    a quote, set off by a comma from the rest before its cue, when the parser hung it elsewhere; role words
    before it stay out (`,” delegate Bill Eastman, wearing a hat, said`). With `after_quote`, only right after
    the quote's closing mark."""
    words = words_of(frame)
    if after_quote and (not words or words[0].i == 0 or not words[0].doc[words[0].i - 1].is_quote):
        return None
    k = 0
    while k < len(words) - 1 and _role_word(words[k]) and words[k + 1].i == words[k].i + 1:
        k += 1
    words = words[k:]
    if not words or words[0].i >= cue.i or coarse(words[0]) != "PROPN" or words[0].lower_ in DATE_WORDS:
        return None
    run = [words[0]]
    for t in words[1:]:
        if t.i != run[-1].i + 1 or coarse(t) != "PROPN":
            break
        run.append(t)
    after = run[-1].i + 1
    if after >= cue.i or run[-1].doc[after].text != ",":
        return None
    return run


def words_of(tokens: list[Token]) -> list[Token]:
    """The tokens that are words: no punctuation, quote mark or space."""
    return [t for t in tokens if not (t.is_punct or t.is_quote or t.is_space)]


def _role_word(tok: Token) -> bool:
    """A lower-case noun or adjective that may stand before a name (`delegate`, `former`)."""
    return tok.tag_ in ("NN", "JJ") and tok.is_lower


def _may_name_speaker(tok: Token) -> bool:
    """Whether a nearby name or pronoun may be a speaker: not an object, a possessor, a place in a phrase or a
    modifier of a common noun (`told Mr. Obama`, `Sanders's following`, `ACLU of Oregon`, `Mexican border`)."""
    if tok.dep_ in ("dobj", "dative", "pobj", "poss", "amod") or tok.tag_ == "PRP$":
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS":
        return False
    return not (tok.dep_ == "compound" and tok.head.tag_ in ("NN", "NNS"))
