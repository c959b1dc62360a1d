"""A quote's confidence: the estimated probability that the record is an attribution a careful reader would
mark, with its content found (the reference scorer's match at overlap 0.5).

The estimate is a logistic model over a few dozen yes/no facts about the record itself: its kind, its cue, what
kind of speaker mention it has, its length, where the cue sits. `benchmarks/confidence.py --fit` learns the
weights from PolNeAR train (top-level attributions; nested quotes get the same model) and writes them to
`data/confidence.json`; the same script measures calibration on dev. Scoring one record is a dictionary
look-up per fact, so it costs nothing next to the parse.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from ..types import Quote
from .lexicon import QUOTES_DATA, cue_forms

MODEL_PATH = QUOTES_DATA / "confidence.json"
PRONOUNS = frozenset("he she they it we i you him her them".split())
BLANK_LINE = re.compile("\n\n")
QUOTE_MARK = re.compile("[\"“”]|''")
SENTENCE_END = re.compile(r"^[\W]*[.!?]")
LENGTHS = (1, 2, 3, 6, 12, 25, 50)  # bucket edges, in words
DISTANCES = (1, 3, 6, 15, 40, 100)  # cue to content, in characters
PARAGRAPHS = (0, 1, 3, 6, 12)


def bucket(n: int, edges: tuple[int, ...]) -> int:
    """The index of the first edge `n` does not pass (len(edges) past the last)."""
    return next((k for k, edge in enumerate(edges) if n <= edge), len(edges))


def cue_key(quote: Quote) -> str:
    """The cue as one word class: a cue verb's lemma (`said`, `says` -> `say`), else its lower-cased words."""
    if quote.cue is None:
        return "-"
    low = quote.cue.text.lower()
    verb = cue_forms().get(low)
    return verb.lemma if verb is not None else low


def speaker_kind(quote: Quote) -> str:
    """`none`, `pronoun`, `name` (capitalised mention) or `noun` (`the campaign`, `officials`)."""
    if quote.speaker is None or not quote.speaker.mention:
        return "none"
    mention = quote.speaker.mention
    if mention.lower() in PRONOUNS:
        return "pronoun"
    return "name" if mention[:1].isupper() else "noun"


def quote_facts(text: str, quote: Quote, cues: frozenset[str], paragraph: int) -> list[str]:
    """The yes/no facts the model weighs, as `name=value` strings; a cue outside `cues` (the cues common enough
    in training to have their own weight) is `other`. `paragraph`: how many blank lines come before the quote."""
    cue = cue_key(quote)
    cue = cue if cue in cues else "other"
    kind, speaker = quote.kind, speaker_kind(quote)
    length = bucket(len(quote.text.split()), LENGTHS)
    content = quote.text.lstrip()
    facts = [f"kind={kind}", f"cue={cue}", f"kind_cue={kind}|{cue}", f"speaker={speaker}",
             f"kind_speaker={kind}|{speaker}", f"named={quote.speaker is not None and quote.speaker.name is not None}",
             f"length={length}", f"kind_length={kind}|{length}",
             f"paragraph={bucket(paragraph, PARAGRAPHS)}",
             f"capital={content[:1].isupper()}",
             f"sentence_end={bool(SENTENCE_END.match(text[quote.end : quote.end + 3])) or quote.text.rstrip()[-1:] in '.!?'}",
             f"addressee={quote.addressee is not None}",
             f"after_that={text[max(0, quote.start - 5) : quote.start].strip().lower().endswith('that')}",
             f"infinitive={content.lower().startswith('to ')}",
             f"marks={bool(QUOTE_MARK.search(text[max(0, quote.start - 1) : quote.end + 1]))}",
             f"nested={quote.nested_in is not None}"]
    if quote.cue is not None:
        before, after = quote.cue.end <= quote.start, quote.cue.start >= quote.end
        where = "before" if before else "after" if after else "inside"
        gap = quote.start - quote.cue.end if before else quote.cue.start - quote.end if after else 0
        facts += [f"cue_at={where}", f"cue_gap={where}|{bucket(gap, DISTANCES)}"]
    return facts


def article_facts(text: str, quotes: list[Quote], cues: frozenset[str]) -> list[list[str]]:
    """`quote_facts` of each of an article's quotes; the blank lines are found once, so a long article with
    many quotes costs O(n log n), not O(n) per quote."""
    breaks = [m.end() for m in BLANK_LINE.finditer(text)]
    return [quote_facts(text, q, cues, bisect_right(breaks, q.start)) for q in quotes]


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic model: P(right) = 1 / (1 + exp(-(bias + sum of the weights of the record's facts)))."""

    bias: float
    weights: dict[str, float]
    cues: frozenset[str]

    @classmethod
    def from_dict(cls, d: dict) -> "ConfidenceModel":
        return cls(float(d["bias"]), {k: float(v) for k, v in d["weights"].items()}, frozenset(d["cues"]))

    def probability(self, facts: list[str]) -> float:
        """The model's probability that a record with these facts (`article_facts`) is right."""
        return logistic(self.bias, self.weights, facts)


def logistic(bias: float, weights: dict[str, float], facts) -> float:
    """1 / (1 + exp(-(bias + the sum of the facts' weights))); a fact without a weight counts 0."""
    z = bias + sum(weights.get(f, 0.0) for f in facts)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> ConfidenceModel:
    """The shipped model (`data/confidence.json`), read once."""
    with open(MODEL_PATH, encoding="utf8") as f:
        return ConfidenceModel.from_dict(json.load(f))


def set_confidence(text: str, quotes: list[Quote]) -> list[Quote]:
    """`quotes` with each `confidence` set to the shipped model's probability, to the 3 decimals records print, so
    that `--min-confidence` compares the number a user reads."""
    model = load_model()
    for q, facts in zip(quotes, article_facts(text, quotes, model.cues)):
        q.confidence = round(model.probability(facts), 3)
    return quotes


def keep_confident(quotes: list[Quote], minimum: float) -> list[Quote]:
    """The records of one article whose confidence is at least `minimum`, with the quotes nested in a dropped
    record dropped too and `nested_in` re-indexed to the list returned."""
    index: dict[int, int] = {}
    kept: list[Quote] = []
    for k, q in enumerate(quotes):
        if q.confidence < minimum or (q.nested_in is not None and q.nested_in not in index):
            continue
        index[k] = len(kept)
        if q.nested_in is not None:
            q = replace(q, nested_in=index[q.nested_in])
        kept.append(q)
    return kept
