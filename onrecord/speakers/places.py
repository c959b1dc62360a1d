"""The place a description of a person names (`the Vermont senator`, `the Ohio governor`, `the French president`)
and whether an article's mention of someone names that place beside them (`Vermont Sen. Bernie Sanders`,
`Sen. Marco Rubio of Florida`, `Sanders (I-Vt.)`, `Kasich, the Ohio governor,`): of the senators an article
names, `the Vermont senator` is the one it places in Vermont, not the one named last. Cost: a few regex matches
within a short window of each mention asked about.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..quotes.lexicon import SPEAKERS_DATA, name_titles, read_jsonl, role_nouns

PLACE_BEFORE_WORDS = 3  # titles or roles that may stand between the place and the name (`Florida Sen.`, `Ohio Gov.`)
NAME_RUN = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)*")  # the capitalised words of a mention


@lru_cache(maxsize=1)
def short_forms() -> dict[str, tuple[str, ...]]:
    """Place in lower case ("vermont") -> the short forms written beside a name instead ("Vt.", "VT")."""
    return {r["place"]: tuple(r["short"]) for r in read_jsonl(SPEAKERS_DATA / "places.jsonl") if "place" in r}


def place_of(mention: list[Token], role: Token) -> str | None:
    """The capitalised words between a description's `the` and its role word (`Vermont` of `the Vermont
    senator`, `New Jersey` of `the New Jersey governor`), titles left out; None when there are none."""
    if not mention or mention[0].lower_ != "the":
        return None
    words = [t.text for t in mention[1:] if t.i < role.i]
    if not words or not all(w[:1].isupper() and w.lower().rstrip(".") not in name_titles() for w in words):
        return None
    return " ".join(words)


@lru_cache(maxsize=256)
def _patterns(place: str) -> tuple[re.Pattern, re.Pattern]:
    """(place before a name, place after it), compiled once per place. The place may follow capitals with no
    space (`ASSOCIATED PRESSOhio Gov. John Kasich`, a caption run into the text)."""
    words = re.escape(place).replace(r"\ ", r"[ \t]+")
    short = "|".join(re.escape(s) for s in short_forms().get(place.lower(), ()))
    before = re.compile(rf"(?<![a-z]){words}((?:[ \t]+[\w.'\u2019-]+){{0,{PLACE_BEFORE_WORDS}}})[ \t]+$")
    after = [rf"[ \t]+of[ \t]+{words}\b",  # `of Florida`
             rf",[ \t]+(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}{words}\b"]  # `, the New Jersey governor`
    if short:
        after.append(rf",?[ \t]*\(?[A-Z]-(?:{short})(?![\w.])")  # `(I-Vt.)`, `R-TX`
    return before, re.compile("|".join(after))


def placed(text: str, at: int, place: str) -> bool:
    """Whether the mention opening at offset `at` has `place` right before it, past at most a few titles or
    roles (`Ohio Gov. John Kasich`, `Ohio governor John Kasich`), or right after it (`Marco Rubio of Florida`,
    `Bernie Sanders (I-Vt.)`, `Chris Christie, the New Jersey governor`)."""
    before, after = _patterns(place)
    m = before.search(text, max(0, at - 60), at)
    if m and all(w[:1].isupper() or w.lower() in role_nouns() for w in m.group(1).split()):
        return True  # not `Florida primary winner Donald Trump`
    run = NAME_RUN.match(text, at)
    return bool(run and after.match(text, run.end()))
