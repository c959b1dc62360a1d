"""A view of the parse that the attribution rules read: tokens with article offsets, whatever was parsed.

The fast path parses only the paragraphs that attribution needs, joined into one `Doc` with the middles of
long quotes cut out (see `quotes/plan.py`); the spaCy component parses the whole article as one. `ParsedText`
hides the difference: every parsed token knows its article offset.

Also the plain reads of a token that every rule shares: its coarse class (`coarse`), a preposition's object
(`pobj_of`), a hyphen inside a word (`glued_hyphen`), words that say nothing (`says_nothing`), the marks that end
a sentence (`SENTENCE_END`). Whether a token is a cue is read in `quotes/cues.py`, a verb's subject in
`quotes/subjects.py`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

SENTENCE_END = {".", "!", "?"}
# Penn tags to the coarse classes the rules read. The attribute_ruler that would set `pos_` costs a third of
# the pipeline's time (profiled on PolNeAR dev), and these five classes are all the rules need.
COARSE = {"NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "NN": "NOUN",
          "NNS": "NOUN", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV"}


def coarse(tok: Token) -> str:
    """PROPN, PRON, NOUN, ADV or "" from the fine-grained tag."""
    return COARSE.get(tok.tag_, "")


@dataclass(frozen=True)
class Piece:
    """One parsed stretch of the article. The doc's text is article text cut and joined: character
    `chunk_starts[k]` of the doc is character `article_starts[k]` of the article, and so on up to the next cut."""

    doc: Doc
    chunk_starts: tuple[int, ...] = (0,)
    article_starts: tuple[int, ...] = (0,)

    def to_article(self, idx: int) -> int:
        """Article offset of the doc's character `idx`."""
        k = bisect.bisect_right(self.chunk_starts, idx) - 1
        return self.article_starts[k] + idx - self.chunk_starts[k]


class ParsedText:
    """The parsed pieces of one article, searchable by article offset.

    Building costs a few array operations over the parsed tokens (no Token objects are made: spaCy makes a
    new one on every access, which is most of the cost of reading a Doc in Python); `tokens_between` costs
    O(log n + answer).
    """

    def __init__(self, text: str, pieces: list[Piece]):
        self.text = text
        self.pieces = pieces
        self._offsets: dict[int, list[int]] = {}
        starts, lengths, where = [], [], []
        for n, p in enumerate(pieces):
            cols = p.doc.to_array([IDX, LENGTH, IS_SPACE])
            idx = cols[:, 0].astype(numpy.int64)
            chunk_starts = numpy.asarray(p.chunk_starts)
            k = numpy.searchsorted(chunk_starts, idx, side="right") - 1
            offs = numpy.asarray(p.article_starts)[k] + idx - chunk_starts[k]
            self._offsets[id(p.doc)] = offs.tolist()
            keep = numpy.flatnonzero(cols[:, 2] == 0)  # spaces are never read
            starts.append(offs[keep]), lengths.append(cols[keep, 1]), where.append(numpy.stack([numpy.full(len(keep), n), keep], 1))
        if starts:
            order = numpy.argsort(numpy.concatenate(starts), kind="stable")
            self._starts = numpy.concatenate(starts)[order].tolist()
            self._lengths = numpy.concatenate(lengths)[order].tolist()
            self._where = numpy.concatenate(where)[order].tolist()
        else:
            self._starts, self._lengths, self._where = [], [], []

    def _token(self, j: int) -> Token:
        n, i = self._where[j]
        return self.pieces[n].doc[i]

    def tokens(self, lower: frozenset[str]) -> list[Token]:
        """The parsed tokens whose lower-case form is in `lower`, in text order (found in the token arrays, so
        the others never become Token objects)."""
        hashes = _hashes(lower)
        out = []
        for p in self.pieces:
            for i in numpy.flatnonzero(numpy.isin(p.doc.to_array(LOWER), hashes)).tolist():
                out.append((self._offsets[id(p.doc)][i], p.doc[i]))
        out.sort(key=lambda x: x[0])
        return [t for _, t in out]

    def offset(self, tok: Token) -> int:
        """Article offset of a token's first character."""
        return self._offsets[id(tok.doc)][tok.i]

    def span_of(self, tokens: list[Token]) -> tuple[int, int]:
        """Article (start, end) covering the tokens, without the blank lines the parser may hang at either edge
        (`Warns of Budget Shortfall` ¶: the headline's last noun holds the line break)."""
        words = [t for t in tokens if not t.is_space] or tokens
        return self.offset(words[0]), self.offset(words[-1]) + len(words[-1].text)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Parsed tokens lying wholly inside article offsets [start, end), in text order."""
        out: list[Token] = []
        j = bisect.bisect_left(self._starts, start)
        while j < len(self._starts) and self._starts[j] < end:
            if self._starts[j] + self._lengths[j] <= end:
                out.append(self._token(j))
            j += 1
        return out


@lru_cache(maxsize=8)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    """spaCy's string hashes of `words`, as a token array's LOWER column holds them."""
    return numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)


def pobj_of(prep: Token) -> Token | None:
    """The object of a preposition (`by [Stephanopoulos]`, `to [reporters]`), or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def says_nothing(tokens: list[Token]) -> bool:
    """Whether the words are only particles, prepositions and punctuation (`to` of `if they didn't want to`):
    a report of them would say nothing."""
    return all(t.tag_ in ("TO", "IN", "RP") or t.is_punct for t in tokens)


def glued_hyphen(tok: Token) -> bool:
    """A hyphen inside a word (`co-host`, `Mark-Viverito`), no space on either side: the tokenizer splits a word at
    `-` only."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_
