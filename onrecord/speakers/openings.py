"""Where an article and its sentences open, and how it is laid out: what may open a sentence before a name (a
dateline, a description set off by a comma, a capitalised role title), the byline's lines, the story's first
paragraph (its lede) and an interview's `A:` answers. Plain functions of the text, each a regular-expression match
or scan.
"""
from __future__ import annotations

import re

from ..quotes.lexicon import role_nouns
from ..quotes.plan import sentence_start

PARAGRAPH = re.compile(r"[^\n]+")
LEDE_WORDS = 12
BYLINE_LINE = re.compile(r"[ \t]*by[ \t]", re.IGNORECASE)
# a dateline (`MANCHESTER, England — `, `SPRINGFIELD, Ill. (AP) — `) may come first
DATELINE = r"(?:[A-Z][A-Z.'\u2019 -]+(?:,[ \t][\w.' ]{1,30})?(?:[ \t]\([^)\n]{1,20}\))?[ \t]*[\u2014\u2013-]{1,2}[ \t]*)?"
OPENING = re.compile(DATELINE + r"[\s\u201d\u2019\"]*(?:(?:The|A|An|Another|Her|His|Their|Its)\b[^.,;:?!\n]{0,60},\s*)?")
INTERVIEW_TURN = re.compile(r"^(Q|A)[:.][ \t]", re.M)  # `Q: What surprised you?` / `A: The volume of email.`


def opens_sentence(text: str, off: int) -> bool:
    """Whether the name at `off` opens its sentence, alone or after a description set off by a comma (`The former
    harbor master, Greg Olsen, …`) or after a capitalised role title (`Athletic boss Sean Malley`)."""
    start = sentence_start(text, off)
    if OPENING.fullmatch(text, start, off) is not None:
        return True
    words = text[start:off].lstrip("\u201d\u2019\"").split()
    return 0 < len(words) <= 4 and words[-1] in role_nouns() and all(w[:1].isupper() for w in words[:-1])


def lede(text: str) -> tuple[int, int]:
    """The span of the story's first paragraph of LEDE_WORDS words or more (the title, byline and dateline
    lines before it are shorter); (0, 0) if none. Cost: one pass over the paragraphs before it."""
    return next((m.span() for m in PARAGRAPH.finditer(text) if len(m.group().split()) >= LEDE_WORDS), (0, 0))


def on_byline(text: str, off: int) -> bool:
    """Whether offset `off` lies on a line that opens with `By` (`By Lena Ortiz`): the writer, not the story."""
    return BYLINE_LINE.match(text, text.rfind("\n", 0, off) + 1) is not None


def interview_answers(text: str) -> list[tuple[int, int]]:
    """The spans of an interview's `A:` paragraphs, when the article is printed as `Q:` and `A:` paragraphs (two of
    each at least); [] otherwise. Cost: one regular-expression scan of the text."""
    turns = [(m.group(1), m.start(), text.find("\n", m.start())) for m in INTERVIEW_TURN.finditer(text)]
    kinds = [k for k, _, _ in turns]
    return ([(s, e if e != -1 else len(text)) for k, s, e in turns if k == "A"]
            if kinds.count("Q") >= 2 and kinds.count("A") >= 2 else [])
