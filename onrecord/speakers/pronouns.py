"""The rules of a pronoun's antecedent that read only the text and the records made so far: the pronouns and
their genders, the speakers just before a pronoun, an unnamed speaker it may stand for (`One victim's daughter
said …`), the stretch where a cue's subject outranks the people its clause names, the people named in a
participle's clause before it (`Asked about Bloom, she said`), and someone new brought in by an indefinite noun
(`An old woman swept glass`). Those that read the records read back only as far as `records_back` goes: O(quotes
near the pronoun).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..quotes.cues import is_speech
from ..quotes.draft import Draft
from ..quotes.lexicon import role_nouns
from ..quotes.parsed import pobj_of
from ..types import Mention
from .mentions import mention_head
from .records import asks, records_back
from .roles import names_a_person, owner

GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
SELF = {"i", "me", "we", "us"}
OBJECT_PRONOUNS = {"him", "her"}
RELATIVE = {"who", "that"}
NO_NAME_PRONOUNS = {"they", "them", "it", "you", "who", "which", "that", "this", "one", "everyone", "someone",
                    "somebody", "everybody", "anyone", "anybody", "nobody", "no-one"}
UNKNOWN_GENDER_LAG = 400  # characters a person of unknown gender counts as named earlier, for a pronoun


def speakers_before(pos: int, drafts: list[Draft], resolved: list[Mention | None]):
    """The quotes not inside another, with a speech cue, whose speaker mention lies within UNKNOWN_GENDER_LAG
    before `pos`, with that mention, latest first (read back only as far as `records_back` goes)."""
    for q, m in records_back(pos - UNKNOWN_GENDER_LAG, drafts, resolved):
        if q.parent is None and m is not None and q.cue and is_speech(q.cue[0]) and 0 < pos - m.start <= UNKNOWN_GENDER_LAG:
            yield q, m


def unnamed_speaker_before(gender: str, pos: int, drafts: list[Draft], resolved: list[Mention | None]) -> int:
    """The offset of the latest speaker mention within UNKNOWN_GENDER_LAG before `pos` that names no one but one
    person a pronoun of `gender` may stand for (`a source`, `one victim's daughter`, not `officials` nor `the
    father` for `she`), and that introduced speech; -1 if none."""
    for q, m in speakers_before(pos, drafts, resolved):
        if not q.speaker or asks(q):
            continue  # one who asks is answered by someone else
        if m.name is not None or GENDERED.get(owner(q.speaker)) == gender:
            continue  # `her doctor told her …. She remembers`: `she` is whose doctor it is
        head = mention_head(q.speaker)
        if head.lower_ == "one":  # `One of the nurses, who spoke on condition of anonymity, said`: one of a group
            group = next((pobj_of(c) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if group is not None and group.tag_ == "NNS" and role_nouns().get(group.lower_[:-1], "") in (gender, None):
                return m.start
        elif head.tag_ == "NN" and names_a_person(head) and role_nouns().get(head.lower_) in (gender, None):
            return m.start
    return -1


def reports_before(pos: int, drafts: list[Draft], resolved: list[Mention | None]) -> list[tuple[int, int, str]]:
    """For each record before `pos` with a named speaker: the stretch from its speaker mention to the end of its
    cue and report, where its speaker is the subject (start, end), and the name. One who asks is left out. Read
    back only as far as `records_back` goes: a pronoun's antecedent that far back is no one else's clause."""
    return [(m.start, max(q.end, q.cue_span[1]), m.name) for q, m in records_back(pos, drafts, resolved)
            if m is not None and m.name and q.cue_span is not None and m.start < pos and not asks(q)]


def asked_about(text: str, head: Token, pos: int) -> tuple[int, int]:
    """The article span of a participle's clause before the pronoun `head` (at article offset `pos`), whose own
    unstated subject is the pronoun's referent (`Asked about Bloom, she said`): the people it names are not who
    the pronoun is. (0, 0) when there is none, or when the parsed text around it is not the article's own (a cut
    quote)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.i < head.i:
        return (0, 0)
    for c in verb.children:
        if (c.dep_ == "advcl" and c.i < head.i and c.tag_ in ("VBN", "VBG")
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)):
            lo = pos - (head.idx - c.left_edge.idx)
            if lo >= 0 and text[lo:pos] == head.doc.text[c.left_edge.idx : head.idx]:
                return (lo, lo + c.right_edge.idx + len(c.right_edge) - c.left_edge.idx)
    return (0, 0)


@lru_cache(maxsize=None)
def newcomer(gender: str) -> re.Pattern:
    """A sentence that opens, maybe after a short fronted phrase, on an indefinite noun for a person of `gender`
    (`An old woman swept glass`, `Outside, a man in a red cap waved`): someone new, whom a pronoun after it stands
    for rather than anyone named before. Compiled once per gender."""
    nouns = "|".join(sorted(re.escape(n) for n, g in role_nouns().items() if g == gender))
    return re.compile(rf"(?:^|[.!?][\"\u201d\u2019]?\s+)(?:[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){{0,3}},\s+)?"
                      rf"(?:[Aa]n?|One)\s+(?:[a-z][\w'\u2019-]*\s+){{0,3}}?(?:{nouns})\b", re.MULTILINE)
