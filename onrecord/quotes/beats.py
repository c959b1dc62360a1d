"""Action beats: a quote tagged by what its speaker did rather than by a speech verb (`“That is fine,” Tate
smiled.`, `“We will rebuild” — the mayor paused — “every home.”`, `“No!” she laughed.`).

Without this rule such a quote has no cue, and the continuation rules hand it to the previous speaker, although
the one who smiled is named beside it. A beat is short: a person's name, pronoun or role, an intransitive verb and
at most an adverb, then the sentence's end or the next quote. Anything more (`Tate walked to the door.`, `She
hopes so.`) is a sentence of its own, which says nothing of who spoke. Cost: a look at the words after the quote.
"""
from __future__ import annotations

from spacy.tokens import Token

from .frames import Found, right_frame
from .marks import QuoteSpan, final_stop
from .mention_phrase import DASHES, can_speak, mention_tokens
from .parsed import SENTENCE_END, ParsedText, coarse
from .subjects import subject_of

PERSONAL = {"he", "she", "they", "i", "we"}  # `it` and `you` name no speaker here (`“…,” it ended.`)
LEADING = {","} | DASHES  # between the closing mark and the beat: `,” Tate smiled`, `” — the mayor paused —`
ALLOWED_AFTER_VERB = {"ADV"}  # `she laughed again`
MAX_BEAT_TOKENS = 8


def beat_after(parsed: ParsedText, q: QuoteSpan, hi: int) -> Found | None:
    """The speaker of quote `q` named by a beat right after it, up to offset `hi` (the next quote or the
    paragraph's end); None when the words after the quote are no beat or the quote ends its sentence."""
    if final_stop(parsed.text, q) == ".":  # `“…fine.” Tate smiled.` starts a new sentence
        return None
    frame = right_frame(parsed, q.end, hi)
    while frame and frame[0].text in LEADING:
        frame = frame[1:]
    while frame and (frame[-1].text in LEADING or frame[-1].text in SENTENCE_END):
        frame = frame[:-1]
    if not frame or len(frame) > MAX_BEAT_TOKENS or frame[0].is_punct:
        return None
    verbs = [t for t in frame if t.tag_.startswith("VB") and t.dep_ not in ("aux", "auxpass")]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    subj = subject_of(verb)
    if subj is None or subj.doc is not verb.doc or not _names_someone(subj):
        return None
    mention = mention_tokens(subj)
    if mention[0].i != frame[0].i or subj.i > verb.i:
        return None
    between = [t for t in frame if mention[-1].i < t.i < verb.i]
    after = [t for t in frame if t.i > verb.i]
    if any(t.dep_ not in ("aux", "neg", "advmod") for t in between):
        return None
    if any(coarse(t) not in ALLOWED_AFTER_VERB for t in after):
        return None
    return Found([verb], mention, None)


def _names_someone(subj: Token) -> bool:
    if coarse(subj) == "PRON":
        return subj.lower_ in PERSONAL
    return can_speak(subj)
