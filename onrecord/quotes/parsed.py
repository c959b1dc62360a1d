"""A view of the parse that the attribution rules read: tokens with article offsets, whatever was parsed.

The fast path parses only the paragraphs that attribution needs, each as its own small `Doc`; the spaCy
component parses the whole article as one. `ParsedText` hides the difference: it maps an article character
offset to the parsed token there (or None where nothing was parsed).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import cue_forms

VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


@dataclass(frozen=True)
class Piece:
    """One parsed stretch of the article: `doc` holds article[base : base + len(doc.text)]."""

    base: int
    doc: Doc


class ParsedText:
    """The parsed pieces of one article, searchable by article offset. Lookups cost O(log pieces + log tokens)."""

    def __init__(self, text: str, pieces: list[Piece]):
        self.text = text
        self.pieces = sorted(pieces, key=lambda p: p.base)
        self._bases = [p.base for p in self.pieces]
        self._starts = [[t.idx for t in p.doc] for p in self.pieces]
        self._by_doc = {id(p.doc): p for p in self.pieces}

    def offset(self, tok: Token) -> int:
        """Article offset of a token's first character."""
        return self._piece_of(tok.doc).base + tok.idx

    def span_of(self, tokens: list[Token]) -> tuple[int, int]:
        """Article (start, end) covering the tokens."""
        return self.offset(tokens[0]), self.offset(tokens[-1]) + len(tokens[-1].text)

    def _piece_of(self, doc: Doc) -> Piece:
        return self._by_doc[id(doc)]

    def token_at(self, pos: int) -> Token | None:
        """The token covering or starting nearest after article offset `pos` within its piece, else None."""
        k = bisect.bisect_right(self._bases, pos) - 1
        if k < 0:
            return None
        p = self.pieces[k]
        rel = pos - p.base
        if rel > len(p.doc.text):
            return None
        j = bisect.bisect_right(self._starts[k], rel) - 1
        if j >= 0 and p.doc[j].idx + len(p.doc[j]) > rel:
            return p.doc[j]
        return p.doc[j + 1] if j + 1 < len(p.doc) else None

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Parsed tokens lying wholly inside article offsets [start, end)."""
        out: list[Token] = []
        k = max(bisect.bisect_right(self._bases, start) - 1, 0)
        for p, starts in zip(self.pieces[k:], self._starts[k:]):
            if p.base >= end:
                break
            j = bisect.bisect_left(starts, start - p.base)
            while j < len(starts) and p.base + starts[j] + len(p.doc[j]) <= end:
                out.append(p.doc[j])
                j += 1
        return out


def is_cue(tok: Token) -> bool:
    """A speech, thought or evidence verb by its form and tag; quotative `like` after a form of `be`."""
    low = tok.lower_
    if low == "like":
        before = [t for t in tok.doc[max(tok.i - 3, 0) : tok.i] if t.pos_ != "ADV"]  # `He's always like,`
        return bool(before) and before[-1].lower_ in BE_FORMS
    if low not in cue_forms():
        return False
    if tok.i > 0 and tok.nbor(-1).text == "-":
        return False  # so-called, well-known
    return tok.tag_ in VERB_TAGS or not tok.tag_


def is_speech(tok: Token) -> bool:
    """A cue that introduces speech (say, tell, like) rather than thought or evidence (know, show)."""
    verb = cue_forms().get(tok.lower_)
    return tok.lower_ == "like" or (verb is not None and verb.direct)


BE_FORMS = {"is", "was", "am", "'m", "’m", "are", "were", "be", "'s", "’s", "been"}


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, climbing through participles, conjuncts and xcomps."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if verb.dep_ in ("advcl", "conj", "xcomp", "acl", "pcomp") and verb.head is not verb:
            verb, seen = verb.head, seen + 1
            continue
        return None
    return None
