"""Where an article names its people: the offsets of every capitalised word, possessive or not (one pass over the
text), and the spans of full-name mentions with any title before them (one search per mention); `Occurrences` keeps
where each person is named (found once per person, on first use) and finds the latest mention before an offset
(O(the person's mentions)).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .names import UPPER, Person
from .people import People
from .roles import holds_before

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


class Occurrences:
    """Where the article names each of its people, found on first use and kept; and whether a mention of one names
    them with a role. The people may grow (a speaker promoted): a person's offsets are found when first asked for,
    and `forget` drops them when the person's name forms change."""

    def __init__(self, text: str, people: People):
        self.text = text
        self.people = people
        self._of: dict[str, list[int]] = {}  # filled on first use: most articles never need it
        self._capitalised: dict[str, list[int]] | None = None  # capitalised word -> its offsets, on first use
        self._lower: str | None = None  # the text in lower case, on first use

    def of(self, p: Person) -> list[int]:
        """The sorted offsets where `p` is named (see `_find`)."""
        if p.name not in self._of:
            self._of[p.name] = self._find(p)
        return self._of[p.name]

    def forget(self, name: str) -> None:
        """Drop the offsets found for `name`: they are found again on next use."""
        self._of.pop(name, None)

    def _find(self, p: Person) -> list[int]:
        """Offsets where the person is named: any full form, or the bare surname; or, when someone else in the
        article has the same surname (`Ellen Park and her sister, Ruth Park`), the bare first name, which is how
        the article tells them apart."""
        found = set(p.offsets) | set(self.of_word(p.surname))
        if len(p.tokens) >= 2 and any(q is not p for q in self.people.ending_with(p.surname)):
            found |= set(self.of_word(p.tokens[0]))
        return sorted(found)

    def of_word(self, word: str) -> list[int]:
        """Offsets of a capitalised word (possessive or not) in the article."""
        if self._capitalised is None:  # one pass over the text for every person of the article
            self._capitalised = capitalised_offsets(self.text)
        return self._capitalised.get(word, [])

    def last_before(self, p: Person, pos: int, others: list[tuple[int, int]] = (),
                    skip: list[tuple[int, int]] = ()) -> int:
        """The offset of the latest mention of `p` before `pos`, not counting a bare surname inside one of the
        `others` spans (someone else's full name: `Tom Whitfield` is no mention of Alan Whitfield) nor any mention
        inside a `skip` span; -1 if none."""
        occurrences = self.of(p)
        for k in range(bisect_left(occurrences, pos) - 1, -1, -1):
            o = occurrences[k]
            if any(s <= o < e for s, e in skip):
                continue
            if o in p.offsets or not any(s < o < e for s, e in others):
                return o
        return -1

    def holds_before(self, p: Person, role: str, pos: int) -> bool:
        """Whether a full mention of `p` before offset `pos` names them with `role`."""
        if self._lower is None:
            self._lower = self.text.lower()
        return holds_before(self.text, self._lower, p, role, pos)
