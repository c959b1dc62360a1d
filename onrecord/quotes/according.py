"""Reports with no cue verb: `According to X, CLAUSE`, `CLAUSE, according to X`, and a hearsay adverb's clause
(`The club is reportedly spending $1.5 million`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .edges import MIN_CONTENT_TOKENS, has_subject, trim
from .parsed import pobj_of
from .subjects import SUBJECT_DEPS, name_read_as_subject


def hearsay_clause(adverb: Token) -> list[Token] | None:
    """`The Club for Growth is reportedly spending $1.5 million on ads`: the clause a hearsay adverb sits in, the
    adverb with it, up to a clause of its own joined after it (`…, but they …`)."""
    clause = adverb.head
    if adverb.dep_ != "advmod" or not clause.tag_.startswith(("VB", "MD")):
        return None
    doc = adverb.doc
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    start = subject.left_edge.i if subject is not None else clause.left_edge.i
    # what follows a comma after the verb as a clause of its own is the writer's (`…, leaving progressives fearful`)
    after = next((c for c in clause.rights if (c.dep_ == "conj" and has_subject(c)) or (
        doc[c.left_edge.i - 1].text == "," and (c.dep_ in ("advcl", "relcl", "ccomp") or c.tag_ == "VBG"))), None)
    end = after.left_edge.i if after is not None else clause.right_edge.i + 1
    toks = trim(list(doc[start:end]))
    return toks if len(toks) >= MIN_CONTENT_TOKENS else None


def according_content(tok: Token, to: Token) -> list[Token] | None:
    """`According to X, CLAUSE` / `CLAUSE, according to X`: the clause the phrase is attached to, minus the
    phrase; a phrase after a clause ends what it reports (`…, according to Politico, taking a step …`)."""
    relative = _relative_before(tok)
    if relative:
        return relative
    head = tok.head
    while head.dep_ not in ("ROOT",) and head.head != head:
        head = head.head
    if head == tok:  # `According to the AP, 571 delegates …` parsed as one phrase: the words after its comma
        comma = next((t for t in tok.doc[to.i : tok.sent.end] if t.text == ","), None)
        return trim(list(tok.doc[comma.i + 1 : tok.sent.end])) if comma is not None else None
    phrase = {t.i for t in tok.subtree} | {t.i for t in to.subtree} | {tok.i, to.i}
    source = pobj_of(to)
    name = name_read_as_subject(source) if source is not None else None
    if name:  # `According to the city's forester, Ruth Akande, Marlow plans …`: the name is the source's
        phrase |= {t.i for t in name} | {name[-1].i + 1}
    toks = [t for t in head.subtree if t.i not in phrase]
    before = [t for t in toks if t.i < tok.i]
    return trim(before if head.i < tok.i and any(t.tag_.startswith("VB") for t in before) else toks)


def _relative_before(tok: Token) -> list[Token] | None:
    """`… Mormons, who account for a majority of the state's population, according to a Pew survey`: a relative
    clause set off by commas right before the phrase is what it vouches for."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    last = doc[tok.i - 2]
    rel = next((a for a in [last, *last.ancestors] if a.dep_ == "relcl" and a.right_edge.i == last.i), None)
    if (rel is None or rel.left_edge.i == 0 or doc[rel.left_edge.i - 1].text != ","
            or rel.left_edge.lower_ not in ("who", "which", "whose", "whom")):
        return None  # not `…, when he was self-funding his campaign, according to …`: when, not what
    return trim(list(doc[rel.left_edge.i : last.i + 1]))
