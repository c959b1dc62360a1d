"""Reports the rules miss: a learned model reads the parsed words no record covers and picks the ones that
report something, and what they report (`Clinton joked about [moving to New Zealand]`, `Sanders called on
Snyder [to resign]`, `when asked about [the tax]`).

The lexicon (`data/cues.jsonl`) lists the verbs that report in most of their uses. PolNeAR also marks a long
tail of stance words and phrases, most seen a few times, and lexicon cues whose report the rules did not find.
For each parsed word in the model's word list that lies outside every record and quote, the candidates are the
spans of its dependents (clausal complement, object, object of its preposition, ...) and the rest of its
sentence. A logistic model over yes/no facts of the word and the candidate scores each. The best candidate
becomes an indirect record when its probability reaches the model's threshold, and overlapping picks keep the
likelier one.
`benchmarks/learned_reports.py --fit` learns the word list, weights and threshold from PolNeAR train and writes
`data/learned_reports.json`. Cost: for each listed word outside the records, a walk over its children and its
sentence; scoring a candidate is a dictionary look-up per fact.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .confidence import logistic
from .cues import is_cue, passive_participle
from .draft import Draft
from .frames import agent_mention, attribute_cue
from .indirect import report_draft
from .lexicon import QUOTES_DATA, cue_forms, cue_nouns
from .mention_phrase import GENERIC_SUBJECTS, can_speak, mention_tokens
from .nominal import NOUN_TAGS, noun_source
from .parsed import ParsedText, coarse, pobj_of, says_nothing
from .spans import SpanSet
from .subjects import subject_of

MODEL_PATH = QUOTES_DATA / "learned_reports.json"
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "acomp")
CLAUSE_DEPS = ("acl", "relcl")
CROSSED = {"w", "tag", "dep", "hdep", "lex", "subj", "nxt", "ch"}  # word facts the model weighs per kind of content
LENGTHS = (1, 2, 4, 8, 16, 32, 64)  # bucket edges, in words
MAX_CONTENT_TOKENS = 150


@dataclass(frozen=True)
class Candidate:
    """One reading of a word as a cue: what it would report, with the facts the model weighs."""

    cue: Token | None  # the word (None once the parse is let go: `benchmarks/learned_reports.py` keeps many)
    at: int  # its article offset
    start: int  # article offsets of the content
    end: int
    facts: tuple[str, ...]


@dataclass(frozen=True)
class ReportModel:
    """A logistic model: P(the candidate is an attribution) = 1 / (1 + exp(-(bias + sum of its facts' weights))).
    Only words in `words` are read; a candidate is kept from `threshold`."""

    bias: float
    weights: dict[str, float]
    words: frozenset[str]
    threshold: float

    @classmethod
    def from_dict(cls, d: dict) -> "ReportModel":
        return cls(float(d["bias"]), {k: float(v) for k, v in d["weights"].items()}, frozenset(d["words"]),
                   float(d["threshold"]))

    def probability(self, facts: tuple[str, ...]) -> float:
        return logistic(self.bias, self.weights, facts)


@lru_cache(maxsize=1)
def load_model() -> ReportModel:
    """The shipped model (`data/learned_reports.json`), read once."""
    with open(MODEL_PATH, encoding="utf8") as f:
        return ReportModel.from_dict(json.load(f))


def learned_drafts(parsed: ParsedText, drafts: list[Draft], quoted: list[tuple[int, int]]) -> list[Draft]:
    """Indirect drafts for the reports the shipped model finds outside `drafts` and the `quoted` spans, in text
    order."""
    model = load_model()
    return [_draft(parsed, c) for c in pick(report_candidates(parsed, drafts, quoted, model.words), model)]


def pick(candidates: list[Candidate], model: ReportModel) -> list[Candidate]:
    """The likeliest candidate of each word, if it reaches the threshold; of overlapping picks, the likelier.
    In text order."""
    best: dict[int, tuple[float, Candidate]] = {}
    for c in candidates:
        p = model.probability(c.facts)
        if p >= model.threshold and (c.at not in best or p > best[c.at][0]):
            best[c.at] = (p, c)
    kept: list[Candidate] = []
    for _, c in sorted(best.values(), key=lambda pc: (-pc[0], pc[1].start)):
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def report_candidates(parsed: ParsedText, drafts: list[Draft], quoted: list[tuple[int, int]],
                      words: frozenset[str]) -> list[Candidate]:
    """Every candidate report of the parsed words in `words` lying outside the drafts (their cue and content)
    and the quoted spans, with content that overlaps none of them."""
    taken = SpanSet([(min(d.start, d.cue_span[0]) if d.cue_span else d.start,
                      max(d.end, d.cue_span[1]) if d.cue_span else d.end) for d in drafts] + list(quoted))
    out = []
    for tok in parsed.tokens(lower=words):
        at = parsed.offset(tok)
        if not taken.misses(at, at + len(tok.text)):
            continue
        subject = subject_of(tok) if tok.tag_.startswith("VB") else None
        if subject is not None and subject.lower_ in GENERIC_SUBJECTS and not list(subject.children):
            continue  # `you can always expect …`: nobody in particular reports anything
        base = word_facts(tok, subject)
        verb = cue_forms().get(tok.lower_)
        told_only = verb is not None and verb.addressee == "object" and _told_someone(tok)
        for kind, toks, prep in candidate_spans(tok):
            if verb is not None and verb.names and kind in ("dobj", "rest"):
                continue  # a naming verb reports the name it gives (the rules'), not its object: `called the meeting`
            if told_only and kind in ("dobj", "rest"):
                continue  # `told Van Jones during an interview`: the one spoken to, not what was said
            if kind == "rest" and verb is not None and verb.addressee == "object":
                toks = _past_addressee(tok, toks)  # `told Rita Cole that she agreed`: what was told her
            toks = [t for t in toks if not (t.is_space or t.is_punct)]
            if not toks or says_nothing(toks):
                continue  # `Bill Cosby is accused of`: the object was left out
            start, end = parsed.span_of(toks)
            if end <= start or not taken.misses(start, end):
                continue
            out.append(Candidate(tok, at, start, end, base + span_facts(tok, kind, toks, base, prep)))
    return out


def _told_someone(tok: Token) -> bool:
    """Whether the cue's object is a person (by name, pronoun or role) and nothing after it says anything (`told
    Van Jones during an interview.`, `told reporters at the courthouse.`), unlike `told Ann Lee to quiet down`,
    `asked Obama what he thought` or `asked the mayor about the flood`."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if len(objs) != 1 or not can_speak(objs[0]):
        return False  # `asked Admiral Reyes that question`: the second object is what was asked
    end = objs[0].i + 1
    while end < len(tok.doc) and not tok.doc[end].is_sent_start:
        if tok.doc[end].tag_.startswith(("VB", "MD")) or tok.doc[end].lower_ == "about":
            return False  # `told her to quiet down`, `asked the frontrunner about the kerfuffle`
        end += 1
    return True


def _past_addressee(tok: Token, toks: list[Token]) -> list[Token]:
    """The words of `toks` after the person a cue like `told` speaks to and the `that` after them (`told Rita Cole
    that she agreed`); all of them when no `that` follows the person (`told Jeb Bush to quiet down`: what he was
    told to do is about him, and so is `asked Republicans a question`)."""
    told = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and can_speak(c)), None)
    after = [t for t in toks if t.i > told.right_edge.i] if told is not None else []
    return after[1:] if after and after[0].lower_ == "that" else toks


def candidate_spans(tok: Token) -> list[tuple[str, list[Token], str]]:
    """(kind, tokens, preposition) of each reading of `tok`: the subtree of its first dependent of each content
    relation, of its first preposition's object, of its first clause, and the rest of its sentence. A reading
    longer than MAX_CONTENT_TOKENS is none (text without sentence breaks would make every word cost its line)."""
    out: list[tuple[str, list[Token], str]] = []
    seen: set[str] = set()
    doc = tok.doc
    for c in tok.children:
        kind, head, prep = None, c, ""
        if c.dep_ in CONTENT_DEPS:
            kind = c.dep_
        elif c.dep_ == "prep":
            head, kind, prep = pobj_of(c), "prep", c.lower_
        elif c.dep_ in CLAUSE_DEPS:
            kind = "acl"
        if kind is None or head is None or kind in seen:
            continue
        seen.add(kind)
        if head.right_edge.i - head.left_edge.i < MAX_CONTENT_TOKENS:
            out.append((kind, list(doc[head.left_edge.i : head.right_edge.i + 1]), prep))
    end = tok.sent.end  # found in the Doc's arrays: a loop here made a Token per word of the sentence
    if end - tok.i > MAX_CONTENT_TOKENS:
        return out
    if tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBG") and tok.head.i > tok.i:
        # `Asked about the margin, Lund laughed`: the participle's clause, not the main one
        end = min(end, tok.right_edge.i + 1)
    if end > tok.i + 1:
        out.append(("rest", list(doc[tok.i + 1 : end]), ""))
    return out


def word_facts(tok: Token, subject: Token | None) -> tuple[str, ...]:
    """Facts of the word itself: its form, tag and relation, its head's, its subject's class, its neighbours,
    whether the lexicon lists it, and the relations of its children."""
    doc = tok.doc
    facts = [f"w={tok.lower_}", f"tag={tok.tag_}", f"dep={tok.dep_}", f"htag={tok.head.tag_}", f"hdep={tok.head.dep_}",
             f"subj={(coarse(subject) or subject.tag_) if subject is not None else 'none'}",
             f"lex={is_cue(tok)}", f"noun={tok.lower_ in cue_nouns()}",
             f"prev={doc[tok.i - 1].lower_ if tok.i > 0 else ''}",
             f"nxt={doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ''}"]
    facts += [f"ch={d}" for d in sorted({c.dep_ for c in tok.children})]
    return tuple(facts)


def span_facts(tok: Token, kind: str, toks: list[Token], base: tuple[str, ...], prep: str) -> tuple[str, ...]:
    """Facts of one candidate content: its kind alone and crossed with the word's facts, its length, how many
    words lie between the word and it, and its preposition."""
    length = next((k for k, edge in enumerate(LENGTHS) if len(toks) <= edge), len(LENGTHS))
    gap = min(3, max(0, toks[0].i - tok.i - 1))
    facts = [f"c={kind}", f"c={kind}|len={length}", f"c={kind}|gap={gap}"]
    facts += [f"c={kind}|{f}" for f in base if f.split("=", 1)[0] in CROSSED]
    if prep:
        facts += [f"c={kind}|p={prep}", f"c={kind}|p={prep}|{base[0]}"]
    return tuple(facts)


def _draft(parsed: ParsedText, c: Candidate) -> Draft:
    """The indirect draft of a picked candidate, its speaker found as a lexicon cue's is: a noun's owner or source
    (`his attacks on …`), else the subject or nearest name (never inside what is reported)."""
    tok = c.cue
    doc = tok.doc
    if passive_participle(tok) and not any(child.dep_ == "nsubj" for child in tok.children):
        # `when asked about the tax`: who was asked did not ask; only an agent did (but `she's been adamant that`)
        speaker = agent_mention(tok)
    else:
        # `his attacks on …`, `attacks on … by Democrats`, `X made a case against …`
        source = noun_source(tok) if tok.tag_ in NOUN_TAGS else None
        if source is not None and not c.start <= parsed.offset(source) < c.end:
            speaker = mention_tokens(source)
        else:
            speaker = attribute_cue([tok], list(doc[max(tok.i - 8, 0) : tok.i + 8]),
                                    lambda t: c.start <= parsed.offset(t) < c.end).speaker
    return report_draft(parsed, c.start, c.end, [tok], parsed.span_of([tok]), speaker)
