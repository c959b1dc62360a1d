"""Which of an article's people a name mention's words name, read without changing them: the people whose name forms
match (`Mayor Reed` is Tom Reed), the new people the mention would make of unsure runs or of its own words (for
`ArticleSpeakers` to add), the eldest or youngest of a family (`the elder Brennan`), a tweet's handle; and the
capitalised words that are no person's name (`The Hill`, `the Khans`, `Officials`).
Cost: O(people so named) per mention, by `People`'s lookups; a pass over the text for `lowercase_words`, cached.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from ..quotes.lexicon import outlet_words
from .genders import is_counted_first_name
from .names import (NAME_WORD, Person, is_organisation, lowercase_words, name_key, not_a_name, role_after, trim_name,
                    within)
from .occurrences import Occurrences
from .people import People
from .roles import untitled

AGE_AFTER = re.compile(r",[ \t]+(\d{1,3}),")  # `Patrick Brennan, 74,`
FULL_NAME_WORD = re.compile(NAME_WORD)


def name_matches(text: str, people: People, tokens: tuple[str, ...]) -> tuple[list[Person], tuple[str, ...]]:
    """The people whose full name ends with the words of a name mention (else holds them, else ends a title and
    them: `Senator Ida Marsh`; else, the title dropped, ends with the rest: `Mayor Reed`), and those words without
    their title (`National Committee` keeps its own), the name of a new person if no one matches. An ordinary
    word run into a known name is dropped first (`Like Kardashian says`)."""
    if (len(tokens) >= 2 and people.ending_with(tokens[-1]) and not_a_name(tokens[0], text)
            and not is_counted_first_name(tokens[0])):
        tokens = tokens[1:]  # `Like Kardashian says`: an ordinary word run into the name
    key = name_key(tokens)
    ending = people.ending_with(key[-1])
    matches = [p for p in ending if any(f[-len(key):] == key for f in p.keys)]
    if not matches:
        matches = [p for p in people.containing(key[0]) if any(within(key, f) for f in p.keys)]
    if not matches:  # `Senator Ida Marsh`, `Mayor Tom Reed`: a title before the full name
        matches = [p for p in ending if any(len(f) >= 2 and key[-len(f):] == f for f in p.keys)]
    bare = tokens if is_organisation(tokens) else untitled(tokens)  # not `National Committee`
    if not matches and bare != tokens:  # `Mayor Reed`: a title before the surname
        bare_key = name_key(bare)
        matches = [p for p in people.ending_with(bare_key[-1]) if any(f[-len(bare_key):] == bare_key for f in p.keys)]
    return matches, bare


def newcomers(text: str, people: People, occurrences: Occurrences, tokens: tuple[str, ...], pos: int,
              given: bool = False) -> list[Person]:
    """The people a name mention at offset `pos` that matches no one makes: the unsure runs it ends (a longer run
    cut to a first and a last name: `Quarterback Devon Hughes`), else a first name `given` alone, else a full name
    nobody else has; of those, the ones named by `pos` (else the first). New `Person`s, or the runs themselves:
    the caller makes them people."""
    found = []
    for p in people.candidates_ending(tokens):
        short = trim_name(p.tokens, text)
        if len(short) == 2 and len(short[0]) > 2 and not_a_name(short[0], text) and not is_counted_first_name(short[0]):
            short = short[1:]  # `Maybe Trump is …`: an ordinary word opening the sentence, not a first name
        if short != p.tokens and (len(tokens) <= len(short) or trim_name(tokens, text) == short):
            cut = len(" ".join(p.tokens)) - len(" ".join(short))
            p = Person(" ".join(short), short, None, [o + cut for o in p.offsets])
        found.append(p)
    if not found and (given or (len(tokens) == 1 and _described_as_person(text, occurrences, tokens[0], pos))):
        # `Ortega, the union's president,` or `Cole, 54,`: one word, but a role or an age makes it a person
        found = [Person(tokens[0], tokens, None, list(occurrences.of_word(tokens[0])))]
    if not found and len(tokens) >= 2 and all(FULL_NAME_WORD.fullmatch(w) for w in tokens) and not is_organisation(tokens):
        tokens = trim_name(tokens, text)
        name = " ".join(tokens)
        offsets = [o for o in occurrences.of_word(tokens[0]) if text.startswith(name, o)]
        found = [Person(name, tokens, None, offsets)]
    return [p for p in found if p.offsets and min(p.offsets) <= pos] or found[:1]


def _described_as_person(text: str, occurrences: Occurrences, word: str, pos: int) -> bool:
    """Whether `word`, where the article first writes it (by offset `pos`), is followed by an age or a role noun
    set off by commas (`Cole, 54,`, `Ortega, the union's president,`), as only a person is. Cost: O(1), so that
    a word said thousands of times (`China said`) is not searched for at each."""
    first = next(iter(occurrences.of_word(word)), None)
    if first is None or first > pos:
        return False
    end = first + len(word)
    return AGE_AFTER.match(text, end) is not None or role_after(text, end)


def by_age(text: str, people: People, name: tuple[str, ...], pos: int, eldest: bool) -> str | None:
    """`The elder Brennan`, `the younger Brennan`: of the people named before offset `pos` whose name ends with
    `name`, the eldest (or youngest) by the ages given beside their full names (`Patrick Brennan, 74,`); None
    unless two of them have an age. Cost: one match after each of their mentions."""
    ages = {}
    surname = name_key(name)[-1]
    # `Liam Brennan, 22,` counts though the name finder was unsure of `Liam`
    for p in [*people.ending_with(surname), *people.candidates_ending((surname,))]:
        for off in (o for o in p.offsets if o < pos):
            at = text.find(p.tokens[-1], off) + len(p.tokens[-1])
            age = AGE_AFTER.match(text, at)
            if age:
                ages[p.name] = int(age.group(1))
    if len(ages) < 2:
        return None
    return (max if eldest else min)(ages, key=ages.get)


def by_handle(people: People, handle: str) -> str | None:
    """The person whose name, its spaces dropped, a tweet's handle holds or is part of (`@garymoon`); None if none."""
    h = handle.lower()
    for p in people:
        if "".join(p.tokens).lower() in h or h in "".join(p.tokens).lower():
            return p.name
    return None


def titled_one_word(people: People, mention: list[Token], name: tuple[str, ...]) -> bool:
    """Whether a mention is `the` and one capitalised word no person here is called (`The Hill`, `the
    Khans`), not an acronym (`the FBI`, which is its name): an outlet's title or a group."""
    return (len(mention) == 2 and mention[0].lower_ == "the" and len(name) == 1 and not name[0].isupper()
            and not people.ending_with(name[0]))


def outlet(name: tuple[str, ...], head: Token) -> bool:
    """Whether `the` and this one word name an outlet (`The Post`, `The Hill`), not a body (`the Council`) nor a
    group (`the Khans`)."""
    low = name[0].lower()
    return low in outlet_words() or (head.tag_ != "NNPS" and not is_organisation(name))


def common_word(text: str, people: People, tok: Token) -> bool:
    """Whether a capitalised word is a common one, not a name: a function word (`Both`, `None`), a plural noun
    (`Officials`), or a noun the article also writes in lower case (`Research`); and no name in the article,
    sure or not, ends with it (`Mills` after `Ann Mills`)."""
    if tok.tag_.startswith("NNP") or people.ending_with(tok.text) or people.candidates_ending((tok.text,)):
        return False
    low = tok.lower_
    return low in STOP_WORDS or tok.tag_ == "NNS" or low in lowercase_words(text)
