"""Where an article names its people: the offsets of every capitalised word, possessive or not (one pass over the
text), and the spans of full-name mentions with any title before them (one search per mention).
"""
from __future__ import annotations

import re

from .names import UPPER, Person
from .people import People

CAPITALISED = re.compile(rf"\b[{UPPER}][\w'\u2019]*")  # `O'Neill`, `Kardashian's`; a hyphen splits (`Kardashian-West`)
HYPHENATED = re.compile(rf"\b[{UPPER}][\w'\u2019]*(?:-[{UPPER}][\w'\u2019]*)+")  # a double-barrelled name
POSSESSIVE = re.compile(r"['\u2019]s?$")


def capitalised_offsets(text: str) -> dict[str, list[int]]:
    """Capitalised word (and the same word without its possessive) -> the offsets where it stands in `text`; a
    double-barrelled name is indexed whole besides its parts. Cost: one pass over the text."""
    index: dict[str, list[int]] = {}
    for m in CAPITALISED.finditer(text):
        _index_capitalised(index, m.group(), m.start())
    for m in HYPHENATED.finditer(text):  # `Kaur-Whitfield` whole, besides its parts
        _index_capitalised(index, m.group(), m.start())
    return index


def _index_capitalised(index: dict[str, list[int]], word: str, at: int) -> None:
    index.setdefault(word, []).append(at)
    bare = POSSESSIVE.sub("", word)
    if bare != word:
        index.setdefault(bare, []).append(at)


def full_spans(text: str, people: People) -> list[tuple[int, int, Person]]:
    """(start, end, person) of every mention of a person with a full name, a title before it included
    (`President Donald Trump`). Cost: one search per mention, each call: the people change as speakers are
    promoted."""
    out = []
    for p in people:
        if len(p.tokens) < 2:
            continue
        for o in p.offsets:
            at = text.find(p.surname, o, o + len(p.name) + 40)
            out.append((o, at + len(p.surname) if at >= 0 else o + len(p.name), p))
    return out
