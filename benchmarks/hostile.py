"""Hostile text: extraction time of one paragraph of invented, repeated text at two sizes, four times apart.

    .venv/bin/python benchmarks/hostile.py [--no-write]   # writes the `Hostile text` section of RESULTS.md

Time that grows about four times from one size to the next is linear; sixteen times is quadratic. Each pattern is
typography no newspaper would print (a mark never closed, a sentence that never stops, thousands of pronoun
quotes in one paragraph), the kind of text a crawl hands over. `--join` is on, as in the PolNeAR runs.
"""
from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from results import publish  # noqa: E402

PATTERNS = [  # (what it is, the text repeated)
    ("a quote after each sentence, no cue", "The council met again today. “We will build the new pier again soon.” "),
    ("quotes with pronoun cues", "''Go,'' he said. ''Now.'' "),
    ("a cue and a quote in one endless sentence", "He said, “We will go on and on” and "),
    ("opening marks never closed", "said “"),
    ("marks and no stop", "“No” “"),
    ("a scare quote in each sentence", "The council met and the “budget plan,” a member said, was late. "),
    ("two named speakers taking turns in one line", "Ann Lee said “We go on.” Then Tom Hale said “No.” "),
]
SIZES = (40_000, 160_000)  # characters


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    from onrecord import extract, load_pipeline

    logging.disable(logging.WARNING)  # the parse cap's warning is expected here
    nlp = load_pipeline()
    extract("“Warm up,” she said.", nlp=nlp)
    lines = [f"Measured by `.venv/bin/python benchmarks/hostile.py` on {time.strftime('%Y-%m-%d')}: one paragraph "
             "of each pattern repeated to the size given, extracted with `--join` on one core (wall clock, "
             "seconds). A ratio near 4 is linear time.", "",
             "| pattern | records at 160k | 40k chars | 160k chars | ratio |", "|---|---|---|---|---|"]
    for name, piece in PATTERNS:
        secs, n = [], 0
        for size in SIZES:
            text = piece * (size // len(piece))
            t = time.perf_counter()
            n = len(extract(text, nlp=nlp, join=True))
            secs.append(time.perf_counter() - t)
        lines.append(f"| {name} (`{piece.strip()}`) | {n} | {secs[0]:.1f} | {secs[1]:.1f} | {secs[1] / secs[0]:.1f} |")
        print(lines[-1], flush=True)
    publish("Hostile text", "\n".join(lines), write=not args.no_write)


if __name__ == "__main__":
    main()
