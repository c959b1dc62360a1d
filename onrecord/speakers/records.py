"""The records an article's quotes have made so far, read back from a mention: the quote a quote is inside and
its speaker, the records within reach before an offset, whether a record's cue asks, and the speaker of a
document (`the statement said`). Plain functions of the drafts and their resolved mentions; reading back stops
at the first top-level quote ending MENTION_REACH before the offset, so it costs O(quotes near it).
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ..quotes.draft import Draft
from ..quotes.lexicon import cue_forms
from ..quotes.plan import sentence_end, sentence_start
from ..types import Mention

MENTION_REACH = 2000  # characters a quote's speaker mention may lie after the quote's end
DOCUMENT_REACH = 1500  # characters back from `the statement` to the sentence that mentioned it


def quoting_host(d: Draft, resolved: list[Mention | None]) -> Mention | None:
    """The speaker of the quote `d` is quoted inside, if any; a report nested in another report
    (`Klein said two women said they …`) is in the reporter's words, not the host's."""
    if d.parent is None or d.extra.get("nested_report"):
        return None
    return resolved[d.parent]


def records_back(pos: int, drafts: list[Draft], resolved: list[Mention | None]):
    """(draft, resolved mention) of the records resolved so far, latest first, back to the first quote not inside
    another that ends more than MENTION_REACH before `pos`: a mention lies in its quote's sentence, and reading back
    to the article's start made a long article of pronoun-attributed quotes cost a pass over its quotes per quote.
    Only top-level quotes end in text order, so a nested one (which may end early in a long quote) never stops it."""
    for k in range(len(resolved) - 1, -1, -1):
        q = drafts[k]
        if q.parent is None and q.end < pos - MENTION_REACH:
            return
        yield q, resolved[k]


def asks(q: Draft) -> bool:
    """Whether the record's cue is `ask`: who answers is someone else (`an Iowa voter asked if she …`)."""
    verb = cue_forms().get(q.cue[0].lower_) if q.cue else None
    return verb is not None and verb.lemma == "ask"


def moved(d: Draft, mention: list[Token]) -> Draft:
    """`d` with another mention of the same parse as its speaker, its article offsets moved along."""
    if not d.speaker_span:
        return replace(d, speaker=mention)
    at = d.speaker_span[0] + mention[0].idx - d.speaker[0].idx
    return replace(d, speaker=mention, speaker_span=(at, at + mention[-1].idx + len(mention[-1]) - mention[0].idx))


def by_document(text: str, noun: str, pos: int, drafts: list[Draft], resolved: list[Mention | None]) -> str | None:
    """`the statement said` after `In a statement, Tuttle said …`: the named speaker of the last report cued in
    the sentence that last mentioned such a document, within DOCUMENT_REACH before `pos`, the document not among
    what it reports (`CBS reports that the letter …`); else no one (`a statement issued by the campaign`).
    Cost: one scan of that stretch and of the quotes."""
    lo = max(0, pos - DOCUMENT_REACH)
    before = [m.start() for m in re.finditer(rf"\b{re.escape(noun)}s?\b", text[lo:pos])]
    if not before:
        return None
    at = lo + before[-1]
    start, end = sentence_start(text, at), sentence_end(text, at)
    named = [m.name for q, m in zip(drafts, resolved) if m is not None and m.name and q.cue_span
             and start <= q.cue_span[0] < end and q.cue_span[0] < pos and not q.start <= at < q.end]
    return named[-1] if named else None
