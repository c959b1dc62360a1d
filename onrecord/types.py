"""The records that flow through onrecord: an `Article` in, `Quote` records out.

`Quote.to_dict()` is the contract of DESIGN.md: every evaluation, the store, the web app and the Spark job read
exactly these keys, and `venue` besides (where the words were said, when the article states it, as DESIGN.md's
"addressee and venue" asks; null otherwise).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Article:
    """One news article as read from disk. `id` is the JSONL `id`, else the file path."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, when known
    source: str | None = None  # where it was read from (path, path:line, WARC record id)


@dataclass(frozen=True)
class Mention:
    """A person as named at one place in the text, with the canonical name it resolves to."""

    name: str | None  # canonical full name; None when unknown or anonymous
    mention: str  # the words in the text ("She", "Kardashian West", "a source")
    start: int
    end: int


@dataclass(frozen=True)
class Cue:
    """The words that introduce speech ("said", "told", "according to")."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Venue:
    """Where the words were said, as the article states it ("a rally in Des Moines", "Be Woke Vote")."""

    text: str
    start: int
    end: int


@dataclass
class Quote:
    """One quotation. `text == article_text[start:end]`, quote marks excluded."""

    doc_id: str
    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    speaker: Mention | None = None
    cue: Cue | None = None
    addressee: Mention | None = None
    nested_in: int | None = None  # index of the enclosing quote or reported clause in the same article's list
    confidence: float = 0.5
    venue: Venue | None = None  # last, so records built by position stay as they were; serialized after addressee
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # not serialized

    def to_dict(self) -> dict[str, Any]:
        """The DESIGN.md quote record, as plain JSON-able values."""
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": asdict(self.speaker) if self.speaker else None,
            "cue": asdict(self.cue) if self.cue else None,
            "addressee": asdict(self.addressee) if self.addressee else None,
            "venue": asdict(self.venue) if self.venue else None,
            "nested_in": self.nested_in,
            "confidence": round(float(self.confidence), 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        """Inverse of `to_dict`."""
        return cls(
            doc_id=d["doc_id"], start=d["start"], end=d["end"], text=d["text"], kind=d["kind"],
            speaker=Mention(**d["speaker"]) if d.get("speaker") else None,
            cue=Cue(**d["cue"]) if d.get("cue") else None,
            addressee=Mention(**d["addressee"]) if d.get("addressee") else None,
            venue=Venue(**d["venue"]) if d.get("venue") else None,
            nested_in=d.get("nested_in"), confidence=d.get("confidence", 0.5),
        )
