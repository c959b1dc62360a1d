"""Whole invented articles, each written around the hard cases of speaker resolution (unlisted first names,
appositions, pronouns after a role, British and international style, transcripts, tweets): every direct or mixed
quote must come out with the canonical speaker a reader would name."""
import json
from pathlib import Path

import pytest

from onrecord import extract

FIXTURES = Path(__file__).parent.parent / "fixtures" / "speakers"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf8"))["articles"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_speakers(nlp, name):
    text = (FIXTURES / name).read_text(encoding="utf8")
    got = [[q.text[:30], q.speaker.name if q.speaker else None] for q in extract(text, nlp=nlp) if q.kind != "indirect"]
    assert got == EXPECTED[name]
