"""Roles and titles: which word of a description names a person's role (`the economist`, `the 71-year-old`),
which title or apposition holds it (`Union Minister of State` holds `minister`, `Vice President` does not hold
`president`), and where the text names someone with it or brings in someone unnamed by it. Plain functions of the
mention's tokens or of the article's text; the role search is a few string searches near each mention, with regular
expressions only where a role word is near.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..quotes.lexicon import is_role_word, name_titles, role_nouns, same_roles, title_roles
from .names import TITLE_BEFORE, Person

ROLE_MODIFIERS = {"vice", "deputy", "assistant", "associate", "acting", "lieutenant", "co"}  # another role
APPOSED_ROLE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+((?:[\w'\u2019-]+[ \t]+){0,4}[\w'\u2019-]+)")  # `, the city's mayor`
ROLE_PHRASE_BEFORE = re.compile(r"((?:[\w'\u2019-]+[ \t]+){0,3}[\w'\u2019-]+),[ \t]+$")  # `the union's secretary, `
ROLE_REACH = 40  # characters searched from a role word to the name it introduces (`Minister of State for Agriculture X`)
UNNAMED_REACH = 1500  # characters back from `the diplomat` to `a senior diplomat` who may be that person
PREDICATE_BEFORE = re.compile(r"(?:,|\b(?:is|was|are|were|be|been|being|became|becomes|as|[\u2019']s))\s+$", re.I)
PLAIN_TITLES = {"mr", "mrs", "ms", "miss", "mx"}  # titles that give a gender, not an office
TITLE_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \t]+$")
FIRST_WORD = re.compile(r"[A-Za-z]+")


def names_a_person(tok: Token) -> bool:
    """Whether a common noun names one person: a role of the lexicon (`the economist`), a noun with a person's
    ending (`the medalist`, `the historian`) or an age (`the 71-year-old`); not a group (`the candidates`) nor a
    body or a thing (`the campaign`, `the state`)."""
    low = tok.lower_
    if is_role_word(low):
        return True
    return low == "old" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ in ("year", "years")


def untitled(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name without the titles or roles before it (`Senator`, `Sen.`, `Mayor`), at least one word kept."""
    k = 0
    while k < len(tokens) - 1 and (tokens[k].lower().rstrip(".") in name_titles() or tokens[k].lower() in role_nouns()):
        k += 1
    return tokens[k:]


def role_words(mention: list[Token], role: Token) -> str:
    """The role a description names, with the word that makes it another role (`vice president` is not the
    `President` of a title, nor `deputy mayor` the mayor)."""
    before = [t for t in mention if t.i == role.i - 1]
    if before and before[0].lower_ in ROLE_MODIFIERS:
        return f"{before[0].lower_} {role.lower_}"
    return role.lower_


def title_gender(mention: list[Token], head: Token) -> str | None:
    """The gender a title before the name tells (`Ms. Khan`, `Mr. Khan`), or None."""
    genders = {name_titles().get(t.lower_.rstrip(".")) for t in mention if t.i < head.i} - {None}
    return genders.pop() if len(genders) == 1 else None


def owner(mention: list[Token]) -> str | None:
    """The possessive pronoun opening a description (`her` of `her doctor`), or None."""
    return mention[0].lower_ if mention[0].tag_ == "PRP$" else None


def office_title(text: str, off: int) -> str | None:
    """The office a title gives the mention at `off`, as a role word (`Gov. Kim`: `governor`, `Mayor Cole`: `mayor`),
    or None for none or a plain `Mr.` or `Ms.`."""
    first = FIRST_WORD.match(text, off)
    title = TITLE_WORD_BEFORE.search(text, max(0, off - 30), off)
    for low in (first.group().lower().rstrip(".") if first else "", title.group(1).lower() if title else ""):
        if low in name_titles() and low not in PLAIN_TITLES:
            return title_roles().get(low, low)
    return None


def same_role(role: str, other: str) -> bool:
    """Whether two role words name the same role (`mom`, `mother`)."""
    return other in _same_role_words(role)


def holds_before(text: str, lower: str, p: Person, role: str, pos: int) -> bool:
    """Whether a full mention of `p` before offset `pos` in `text` (`lower`: the text in lower case) names them
    with `role`. Cost: a few searches near each full mention, regular expressions only where the role word is near."""
    words = _same_role_words(role.split()[-1])  # `mom` is found as `mother` too
    for off in sorted(p.offsets):  # full names only: `President George W. Bush` says nothing of Jeb Bush
        if off >= pos:
            return False
        at = text.find(p.tokens[0], off, off + ROLE_REACH + len(role))
        if at > off and _holds_role(text[off:at], role):
            return True  # `Professor Anna Lindqvist`: the mention opens with its title
        # the regexes only where the role word is near: most mentions have none
        lo = max(0, off - ROLE_REACH - len(role))
        if any(lower.find(word, lo, off) != -1 for word in words):
            title = TITLE_BEFORE.search(text, lo, off) or ROLE_PHRASE_BEFORE.search(text, lo, off)
            if title and _holds_role(title.group().rstrip(", \t"), role):
                return True
        at = max(at, off)
        end = at + len(p.name if text.startswith(p.name, at) else " ".join(p.tokens))
        if any(lower.find(word, end, end + ROLE_REACH + 20) != -1 for word in words):
            apposed = APPOSED_ROLE.match(text, end)
            if apposed and _holds_role(apposed.group(1), role):
                return True
    return False


def unnamed_before(text: str, role: str, pos: int, since: int = 0) -> bool:
    """Whether, within UNNAMED_REACH before offset `pos` (and from offset `since`), the article brought in someone
    by an indefinite description of `role` (`A senior Western diplomat`, `One aid worker`, `said a spokeswoman for
    the agency`): `the diplomat` is then that unnamed person. An apposition or a predicate (`Ruiz, a diplomat,`,
    `she is a diplomat`) brings in no one new. Cost: one regular-expression scan of that stretch per role word."""
    lo = max(0, pos - UNNAMED_REACH, since)
    for word in _same_role_words(role.split()[-1]):
        for m in _indefinite(word).finditer(text[lo:pos]):
            if not PREDICATE_BEFORE.search(text, max(0, lo + m.start() - 12), lo + m.start()):
                return True
    return False


def _holds_role(phrase: str, role: str) -> bool:
    """Whether a title or apposition names the role (`Union Minister of State` holds `minister`, `Ortiz's
    mother` holds `mom`), not another role made of it (`Vice President` does not hold `president`)."""
    same = same_roles()
    words = [same.get(w, w) for w in (title_roles().get(w.rstrip("."), w) for w in phrase.lower().replace("-", " ").split())]
    want = [same.get(w, w) for w in role.split()]
    n = len(want)
    return any(words[k : k + n] == want and (n > 1 or k == 0 or words[k - 1] not in ROLE_MODIFIERS)
               for k in range(len(words) - n + 1))


@lru_cache(maxsize=256)
def _same_role_words(word: str) -> frozenset[str]:
    """A role word and the words for the same role (`mom`: `mother`, `mum`; `congressman`: `representative`, not
    `congresswoman`), built once per word: the role search asks for it for every person of the article."""
    base = same_roles().get(word, word)
    gender = role_nouns().get(word)
    return frozenset({word, base} | {w for w, same in same_roles().items()
                                     if same == base and (gender is None or role_nouns().get(w) in (gender, None))})


@lru_cache(maxsize=256)
def _indefinite(word: str) -> re.Pattern:
    """`a`, `an`, `one` or `another`, up to four words, then the role `word` (`A senior Western diplomat`),
    compiled once per word."""
    return re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w'\u2019-]+\s+){{0,4}}?{re.escape(word)}\b", re.IGNORECASE)
