"""Rules 4, 5 and 6: a quote with no cue of its own continues a speaker named before it.

A quote continues the speaker of the quote before it in its paragraph (`“…,” she said. “…”`), or, as a
paragraph of its own, of the quote ending the paragraph before (a follow-on); failing both, a quote paragraph
is said by whoever the reported speech ending the paragraph before it quotes, and so is a quoted sentence right
after a sentence of reported speech in its own paragraph. A quote whose cue has no subject
of its own (`“…,” Maher said. Adding, “…”`) takes the speaker of the quote before it in its paragraph. Cost: one
pass over the quotes.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .cues import is_speech
from .draft import Draft, reads_as_title
from .frames import attribute_cue, find_cue, left_frame
from .layout import Layout
from .lexicon import role_nouns
from .marks import QuoteSpan
from .mention_phrase import can_speak, mention_tokens
from .parsed import ParsedText, coarse
from .plan import sentence_breaks, sentence_start
from .subjects import subject_of

SENTENCE_CLOSED = re.compile(r"[.!?][\u201d\u2019\"')]*\s+$")  # text before a quote that opens a new sentence
CLOSED_REACH = 40  # characters before a quote that SENTENCE_CLOSED reads (not from the paragraph's start: see below)
SENTENCE_REACH = 2000  # characters before a quote read for the sentence before it
MIN_SENTENCE_WORDS = 4  # a quote opening a sentence mid-paragraph is speech from this length (PolNeAR train)
MAX_CUE_TAIL_WORDS = 25  # words after a paragraph's last quote that still let the next quote paragraph follow it (PolNeAR train)


def apply_continuations(text: str, layout: Layout, spans: list[QuoteSpan], drafts: list[Draft]) -> None:
    """Rules 4 and 5: uncued quotes continue the speaker of the quote before them."""
    prev: int | None = None
    prev_para = -1
    paras = layout.paras
    for k, (q, d) in enumerate(zip(spans, drafts)):
        if q.depth:
            continue
        para = layout.para_of(q.open_mark)
        if reads_as_title(text, q.start, q.end) and (d.cue_span is None or d.cue_span[0] < q.open_mark):
            continue  # a title between two quotes (`said on “Meet the Press.” “…`), which `_keep` drops, leaves the
            # chain alone; a short quote its cue follows (`“Safety,” said Grimm.`) is speech and starts one
        if d.speaker_span is None and d.cue is not None and prev is not None and para == prev_para:
            source = drafts[prev] if drafts[prev].follows is None else drafts[drafts[prev].follows]
            if source.speaker_span is not None:  # `“…,” Maher said. Adding, “…”`: a cue with no subject of its own
                d.take_speaker(source)
        if d.speaker_span is None and d.cue is None and prev is not None:
            same_para = para == prev_para
            follow_on = para == prev_para + 1 and q.open_mark == paras[para][0] and _ends_with_quote(text, paras[prev_para], spans[prev])
            if (same_para and not _fragment_of_later_sentence(text, spans[prev], q)) or follow_on:
                d.follows = prev
        if d.speaker_span is not None or d.follows is not None:
            prev, prev_para = k, para
        else:
            prev, prev_para = None, para


def _fragment_of_later_sentence(text: str, before: QuoteSpan, q: QuoteSpan) -> bool:
    """Whether `q` is a word or two quoted inside a sentence after the one `before` ends in (`“…,” said Tom Quill.
    Quill is running for one of 20 “at-large” seats.`): the writer's scare quote, not more of the speaker's words."""
    opens = sentence_start(text, q.open_mark)
    return (opens > before.end and opens < q.open_mark and sentence_breaks(text, before.end, q.open_mark) > 0
            and len(text[q.start : min(q.end, q.start + 100)].split()) < 4)


def apply_reported_speech_before(parsed: ParsedText, layout: Layout, spans: list[QuoteSpan], drafts: list[Draft]) -> None:
    """Rule 6: a quote paragraph with no speaker yet, after a paragraph whose last sentence reports what someone
    said (`Carter said that … would not happen.` ¶ `“That’s because …”`), is said by that someone; so is a quoted
    sentence after such a sentence in its own paragraph (`Clinton touted her record. “We need …”`), or after a
    sentence about a person there (`Asked about the penalty, Berg shook his head. “No.”`)."""
    text = parsed.text
    for q, d in zip(spans, drafts):
        if q.depth or d.cue is not None or d.speaker_span is not None or d.follows is not None:
            continue
        k = layout.para_of(q.open_mark)
        if q.open_mark != layout.paras[k][0]:
            if (not SENTENCE_CLOSED.search(text, max(layout.paras[k][0], q.open_mark - CLOSED_REACH), q.open_mark)
                    or len(text[q.start : min(q.end, q.start + 200)].split()) < MIN_SENTENCE_WORDS):
                continue  # mid-sentence, or a word or two (`“Stickerboy.”`): a title, not what was said
            # the sentence before it in its paragraph (read from a bounded way back: from the paragraph's start, a
            # long paragraph of such quotes cost a pass over the paragraph per quote)
            s, e = max(layout.paras[k][0], q.open_mark - SENTENCE_REACH), q.open_mark
        elif k > 0:
            s, e = layout.paras[k - 1]
        else:
            continue
        toks = parsed.tokens_between(s, e)
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        if not toks or toks[-1].is_quote:
            continue
        frame = left_frame(parsed, s, parsed.offset(toks[-1]) + len(toks[-1]))
        cue = find_cue(frame)
        if cue is None or not is_speech(cue[0]) or cue[0].dep_ != "ROOT":
            if q.open_mark != layout.paras[k][0]:
                actor = _actor(frame)  # `Asked about the penalty, Berg shook his head. “No. Absolutely not.”`
                if actor is not None:
                    d.set_speaker(mention_tokens(actor), parsed)
            continue
        found = attribute_cue(cue, frame)
        if found.speaker and can_speak(found.speaker[-1]) and not found.inverted:
            d.set_speaker(found.speaker, parsed)


def _actor(frame: list[Token]) -> Token | None:
    """The person a sentence is about, named or a personal pronoun as the subject of its main verb, for the quote
    that follows it in its paragraph (`Sam Ruiz disagreed. “…”`); None for a thing, a group or no clear subject."""
    roots = [t for t in frame if t.dep_ == "ROOT" and t.tag_.startswith("VB")]
    subj = subject_of(roots[0]) if len(roots) == 1 else None
    if subj is None or subj.dep_ == "nsubjpass" or subj not in frame:
        return None
    if coarse(subj) == "PRON":
        return subj if subj.lower_ in ("he", "she") else None
    if subj.tag_ == "NN":  # `The mayor shrugged.`, `Her neighbor, Carl, shrugged.`; not `A survey found …`
        named = subj.lower_ in role_nouns() or any(c.dep_ == "appos" and coarse(c) == "PROPN" for c in subj.children)
        return subj if named else None
    return subj if coarse(subj) == "PROPN" and can_speak(subj) else None


def _ends_with_quote(text: str, para: tuple[int, int], q: QuoteSpan) -> bool:
    """Whether a paragraph's last quote reaches its end, give or take its cue sentence (`,” she said.`,
    `,” Le Pen told CNN when asked which candidate she would back.`)."""
    tail = text[q.end : para[1]]
    return len(tail.split()) <= MAX_CUE_TAIL_WORDS
