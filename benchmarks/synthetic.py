"""A synthetic news corpus for scale and memory runs, built only from invented names, places and sentences.

    python benchmarks/synthetic.py --articles 20000 --out /tmp/synthetic.jsonl [--seed 7]

Each article is a JSONL line {"id", "title", "outlet", "published", "text"}: a lead sentence, two to four
paragraphs mixing direct quotes (curly or straight marks, cue before or after), indirect speech, a follow-on
quote paragraph and filler sentences, about 70-140 words. Deterministic for a given seed; cost O(articles).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator

FIRST = ["Lena", "Marco", "Priya", "Tomas", "Aiko", "Ruth", "Caleb", "Nadia", "Oskar", "Imani", "Felix", "Greta"]
LAST = ["Ortiz", "Vance", "Halvorsen", "Mbeki", "Castellano", "Whitfield", "Nakamura", "Dube", "Lindqvist", "Farrow"]
ROLES = ["the mayor", "the council leader", "the union spokesperson", "the harbour director", "the head teacher",
         "the transport minister", "the hospital chief", "the festival organiser", "the river warden"]
PLACES = ["Eastbridge", "Port Calder", "Willow Flats", "Northmoor", "Saltmarsh", "Kestrel Bay", "Ashford Vale"]
TOPICS = ["the new ferry pier", "the library budget", "the flood barrier", "the tram extension", "the school merger",
          "the summer festival", "the hospital wing", "the water tariff", "the harbour cleanup"]
OUTLETS = ["Harbor Gazette", "Coastline Daily", "Valley Post", "The Northmoor Ledger", "Kestrel Evening News"]
CUES_AFTER = ["said", "added", "told reporters", "explained", "insisted", "warned"]
CUES_BEFORE = ["said", "told the council", "wrote in a statement", "added"]
CLAIMS = [
    "we will finish {topic} before the winter comes",
    "nobody in {place} should pay more for {topic} than they did last year",
    "this decision about {topic} was made in the open and we stand by it",
    "the numbers for {topic} simply do not add up",
    "people in {place} deserve a clear answer on {topic}",
    "we listened to every family that wrote to us about {topic}",
    "I have never seen so much support for {topic} in {place}",
    "it is too early to say what {topic} will cost in the end",
]
FILLERS = [
    "The meeting in {place} lasted more than three hours.",
    "A vote on {topic} is expected next month.",
    "Residents packed the hall on Thursday evening.",
    "The plan was first proposed two years ago.",
    "Officials in {place} declined to give a date.",
    "Local shops have put up posters about {topic}.",
    "The debate over {topic} has divided the town.",
]


def _person(rng: random.Random) -> tuple[str, str, str]:
    """(full name, surname, role) of an invented person."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last, rng.choice(ROLES)


def _claim(rng: random.Random, topic: str, place: str) -> str:
    """One invented quoted sentence, capitalised, without final punctuation."""
    text = rng.choice(CLAIMS).format(topic=topic, place=place)
    return text[0].upper() + text[1:]


def _direct(rng: random.Random, name: str, surname: str, topic: str, place: str) -> str:
    """A paragraph with one direct quote, cue before or after, curly or straight marks."""
    open_, close = rng.choice([("\u201c", "\u201d"), ('"', '"')])
    claim = _claim(rng, topic, place)
    if rng.random() < 0.5:
        return f"{open_}{claim},{close} {surname} {rng.choice(CUES_AFTER)}."
    return f"{name} {rng.choice(CUES_BEFORE)}: {open_}{claim}.{close}"


def _indirect(rng: random.Random, surname: str, role: str, topic: str, place: str) -> str:
    """A paragraph of indirect speech."""
    claim = rng.choice(CLAIMS).format(topic=topic, place=place)
    who = rng.choice([surname, role.capitalize()])
    return f"{who} said that {claim}."


def article(i: int, rng: random.Random) -> dict:
    """The i-th synthetic article as a JSONL record."""
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    name, surname, role = _person(rng)
    paras = [f"{name}, {role} of {place}, spoke on Tuesday about {topic}. {rng.choice(FILLERS).format(place=place, topic=topic)}"]
    for _ in range(rng.randint(2, 4)):
        kind = rng.random()
        if kind < 0.5:
            paras.append(_direct(rng, name, surname, topic, place))
        elif kind < 0.75:
            paras.append(_indirect(rng, surname, role, topic, place))
        else:
            paras.append(" ".join(rng.choice(FILLERS).format(place=place, topic=topic) for _ in range(2)))
    if rng.random() < 0.3:
        paras.append(f"\u201c{_claim(rng, topic, place)},\u201d she added.")
    return {"id": f"syn-{i:07d}", "title": f"{place} debates {topic}", "outlet": rng.choice(OUTLETS),
            "published": f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "text": "\n\n".join(paras)}


def articles(n: int, seed: int = 7) -> Iterator[dict]:
    """`n` synthetic articles, streamed."""
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng)


def write(n: int, path: str, seed: int = 7) -> int:
    """Write `n` articles to `path` as JSONL; returns the number of words written."""
    words = 0
    with open(path, "w", encoding="utf-8") as f:
        for a in articles(n, seed):
            words += len(a["text"].split())
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return words


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic corpus."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    words = write(args.articles, args.out, args.seed)
    print(f"{args.articles} articles, {words} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
