"""Printing store answers for people: counts and the trace table (hand-made rows, no store)."""
from __future__ import annotations

import io

from rich.console import Console

from onrecord.store.render import counted, print_summary, print_trace


def test_counted_puts_the_noun_in_the_right_number():
    assert [counted(1, "quote"), counted(0, "quote"), counted(2, "story"), counted(3, "variant")] == [
        "1 quote", "0 quotes", "2 stories", "3 variants"]


def test_print_trace_heading_counts_one_variant_in_one_article():
    out = io.StringIO()
    trace = [{"speaker": "Lena Ortiz", "canonical": "We will build it", "n_variants": 1, "n_articles": 1, "id": "u1",
              "occurrences": [{"published": None, "outlet": None, "article_id": "a", "passage": "We will build it",
                               "diff": [], "labels": []}]}]
    print_trace(trace, "table", Console(file=out, width=200))
    assert "(1 variant in 1 article; u1)" in out.getvalue()


def test_print_summary_counts_speakers_and_utterances():
    out = io.StringIO()
    print_summary({"new": 2, "duplicate": 0, "failed": 0, "quotes": 3, "speakers": 1, "utterances": 2,
                   "extract_seconds": 0.5, "store_seconds": 0.1, "link_seconds": 0.2}, "table",
                  Console(file=out, width=200))
    assert "corpus: 1 speaker, 2 utterances" in out.getvalue()
