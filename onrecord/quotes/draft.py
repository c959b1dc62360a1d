"""`Draft`: a quote while the rules work on it, before its speaker is resolved and it becomes a `Quote`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .parsed import ParsedText

MAX_HEADLINE_CHARS = 200  # longer lines are no headline
MIN_LOOSE_FRAGMENT_WORDS = 6  # a quoted fragment not inside reported speech is kept only from this length (PolNeAR train)
THAT_BEFORE = re.compile(r"\bthat\s*[\u2018\u201c\"']$")
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by"}  # "Keeping Up with the Kardashians"


@dataclass
class Draft:
    """A quote on its way to becoming a `Quote`: offsets plus the tokens the speaker rules need."""

    start: int
    end: int
    kind: str = "direct"
    depth: int = 0
    parent: int | None = None
    cue: list[Token] | None = None
    cue_span: tuple[int, int] | None = None
    speaker: list[Token] | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_text: str | None = None
    handle: str | None = None  # a tweet's @handle, which names its author
    addressee: list[Token] | None = None
    follows: int | None = None  # index of the draft whose speaker this one continues
    extra: dict = field(default_factory=dict)

    def is_loose_fragment(self, text: str) -> bool:
        """A short quoted fragment outside any reported clause (a scare quote, a nickname), which is no record;
        not a quote inside a quote that is a whole reported clause (`“The minister told parliament that ‘the
        corner has been turned’”`)."""
        return (self.kind == "mixed" and not self.extra.get("clause")
                and len(text[self.start : min(self.end, self.start + 400)].split()) < MIN_LOOSE_FRAGMENT_WORDS
                and not (self.depth and THAT_BEFORE.search(text, max(0, self.start - 8), self.start)))

    def set_speaker(self, speaker: list[Token] | None, parsed: ParsedText) -> None:
        """The speaker mention's tokens, with their article offsets and text; None clears all three."""
        self.speaker = speaker or None
        self.speaker_span = parsed.span_of(speaker) if speaker else None
        self.speaker_text = parsed.text[self.speaker_span[0] : self.speaker_span[1]] if speaker else None

    def take_speaker(self, source: Draft) -> None:
        """The speaker mention of another draft, whose words this one continues."""
        self.speaker, self.speaker_span, self.speaker_text = source.speaker, source.speaker_span, source.speaker_text

    def set_addressee(self, addressee: list[Token], parsed: ParsedText) -> None:
        """The addressee mention's tokens, with their article offsets."""
        self.addressee, self.extra["addressee_span"] = addressee, parsed.span_of(addressee)


def reads_as_title(text: str, start: int, end: int) -> bool:
    """Whether the quoted text[start:end] reads as the name of something (`“Meet the Press”`), not speech.
    Only its first 400 characters are read: a title has at most 8 words. In a headline set in title case every
    quote is capitalised, so there none reads as a title."""
    return looks_like_title(text[start : min(end, start + 400)].split()) and not in_headline(text, start, end)


def in_headline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a short line set in title case (`Hollande Says Trump ‘Makes You Retch’`)."""
    lo = text.rfind("\n", max(0, start - MAX_HEADLINE_CHARS), start) + 1  # bounded: a 5 MB line is read in part
    if lo == 0 and start > MAX_HEADLINE_CHARS:
        return False
    hi = text.find("\n", end, lo + MAX_HEADLINE_CHARS + 1)
    return headline_line(text, lo, len(text) if hi == -1 else hi)


def headline_line(text: str, lo: int, hi: int) -> bool:
    """Whether the line text[lo:hi] is short and set in title case, as a headline is."""
    return hi - lo <= MAX_HEADLINE_CHARS and title_case(text[lo:hi])


def title_case(line: str) -> bool:
    """Every word capitalised but the small ones, as headlines are set (`Clinton Says Russians Hacked DNC`)."""
    words = [w for w in (w.lstrip("\"'\u201c\u2018(") for w in line.split()) if w[:1].isalpha()]
    return len(words) >= 3 and all(w[0].isupper() for w in words if w.lower() not in TITLE_SMALL_WORDS)


def looks_like_title(words: list[str]) -> bool:
    """`Make America Great Again`: every word capitalised, a name of a thing rather than speech."""
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    return 1 <= len(letters) <= 8 and all(w[0].isupper() for w in letters)
