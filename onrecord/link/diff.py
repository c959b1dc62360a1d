"""Word alignment of two reported forms of one utterance, and a labelled diff between them.

Tokens are words (brackets `[than]` and ellipses `...`/`…` kept as marked tokens); punctuation is ignored for
matching. Alignment is difflib's SequenceMatcher (Ratcliff/Obershelp, worst case quadratic in the token counts,
near-linear on similar texts). Diff operations: equal, insert, delete, substitute (with a `typo` flag for
near-identical words such as means/mans), bracket (an editorial insertion `[MAGA]`, or `[than]` against plain
`than`), elision (`...` against the words it stands for, or alone) and reorder (the same words moved).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

TOKEN_RE = re.compile(r"\[[^\]\n]{1,60}\]|\.\.\.|…|\w+(?:['’]\w+)*")
ELLIPSES = ("...", "…")
TYPO_SIMILARITY = 0.75  # normalized Levenshtein similarity above which a 1:1 substitution is a typo
MIN_BLOCK = 2  # matching runs shorter than this are ignored when deciding a link (single shared words are chance)
MAX_GAP = 8  # words between matching runs that still count as one aligned passage
MIN_MATCHED = 8  # words two quotes must share in one passage to be linked (6-word idioms are common)
MIN_DENSITY = 0.6  # matched words / words in the aligned passage (the shorter side)
MIN_SHARE = 0.3  # matched words / words of the shorter quote


@dataclass(frozen=True)
class Token:
    """One word of a quote: `norm` is lowercase with typographic apostrophes and brackets removed."""

    norm: str
    start: int
    end: int
    bracket: bool = False
    ellipsis: bool = False


def tokenize(text: str) -> list[Token]:
    """Words of `text` with their offsets; a bracketed group becomes one marked token per inner word."""
    tokens = []
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        if word in ELLIPSES:
            tokens.append(Token("...", m.start(), m.end(), ellipsis=True))
        elif word.startswith("["):
            inner = [w.lower().replace("’", "'") for w in re.findall(r"\w+(?:['’]\w+)*", word)]
            tokens.extend(Token(w, m.start(), m.end(), bracket=True) for w in inner)
        else:
            tokens.append(Token(word.lower().replace("’", "'"), m.start(), m.end()))
    return tokens


def words(tokens: list[Token]) -> list[Token]:
    """The tokens that take part in linking (ellipses dropped)."""
    return [t for t in tokens if not t.ellipsis]


@dataclass(frozen=True)
class Alignment:
    """The best aligned passage of two token lists: token ranges [a0, a1) and [b0, b1), words matched."""

    a0: int
    a1: int
    b0: int
    b1: int
    matched: int


def matching_blocks(a: list[Token], b: list[Token]) -> list[tuple[int, int, int]]:
    """Runs of equal words (i, j, size) of at least MIN_BLOCK words, in order."""
    sm = SequenceMatcher(None, [t.norm for t in a], [t.norm for t in b], autojunk=False)
    return [blk for blk in sm.get_matching_blocks() if blk[2] >= MIN_BLOCK]


def align(a: list[Token], b: list[Token]) -> Alignment | None:
    """The densest aligned passage: matching runs grouped while gaps stay <= MAX_GAP, best group by words."""
    best, group = None, []
    for blk in matching_blocks(a, b) + [None]:
        if group and (blk is None or blk[0] - sum(group[-1][::2]) > MAX_GAP
                      or blk[1] - (group[-1][1] + group[-1][2]) > MAX_GAP):
            cand = Alignment(group[0][0], group[-1][0] + group[-1][2], group[0][1],
                             group[-1][1] + group[-1][2], sum(g[2] for g in group))
            best = cand if best is None or cand.matched > best.matched else best
            group = []
        if blk is not None:
            group.append(blk)
    return best


def link_score(a_text: str, b_text: str) -> Alignment | None:
    """The alignment of two quotes when they report the same words, else None.

    Linked when the best passage shares >= MIN_MATCHED words, is dense (MIN_DENSITY) and covers at least
    MIN_SHARE of the shorter quote, so a part quoted alone, or two passages joined, still link.
    """
    a, b = words(tokenize(a_text)), words(tokenize(b_text))
    if not a or not b:
        return None
    al = align(a, b)
    if al is None or al.matched < min(MIN_MATCHED, len(a), len(b)):
        return None
    span = min(al.a1 - al.a0, al.b1 - al.b0)
    if al.matched / span < MIN_DENSITY or al.matched / min(len(a), len(b)) < MIN_SHARE:
        return None
    return al


def char_span(text: str, al: Alignment | None, side: str) -> tuple[int, int]:
    """Character offsets in `text` of the aligned passage on side "a" or "b" (the whole text when None)."""
    if al is None:
        return 0, len(text)
    toks = words(tokenize(text))
    i0, i1 = (al.a0, al.a1) if side == "a" else (al.b0, al.b1)
    return toks[i0].start, toks[i1 - 1].end


def surface(text: str, toks: list[Token]) -> str:
    """The original characters covered by a run of tokens."""
    return text[toks[0].start:toks[-1].end] if toks else ""


def op_kind(tag: str, ca: list[Token], vb: list[Token]) -> str:
    """Label one difflib opcode from the tokens on the canonical and variant sides."""
    side = ca or vb
    if tag in ("insert", "delete"):
        if all(t.ellipsis for t in side):
            return "elision"
        return "bracket" if all(t.bracket for t in side) else tag
    if any(t.ellipsis for t in ca + vb):
        return "elision"
    if all(t.bracket for t in vb) or all(t.bracket for t in ca):
        return "bracket"
    return "substitute"


def equal_runs(ca: list[Token], vb: list[Token]) -> list[tuple[str, list[Token], list[Token]]]:
    """Split an equal stretch where one side brackets a word the other states plainly ([he] / He)."""
    runs: list[tuple[str, list[Token], list[Token]]] = []
    for x, y in zip(ca, vb):
        kind = "bracket" if x.bracket != y.bracket else "equal"
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(x)
            runs[-1][2].append(y)
        else:
            runs.append((kind, [x], [y]))
    return runs


def ellipsis_runs(ca: list[Token], vb: list[Token]) -> list[tuple[list[Token], list[Token]]]:
    """Split a one-sided stretch into runs of ellipses and runs of words (`... Maybe` -> `...`, `Maybe`)."""
    side, runs = ca or vb, []
    for t in side:
        if runs and runs[-1][-1].ellipsis == t.ellipsis:
            runs[-1].append(t)
        else:
            runs.append([t])
    return [(r, []) if ca else ([], r) for r in runs]


def mark_reorders(ops: list[dict]) -> None:
    """Relabel a deletion and an insertion of the same words as one reordering (both entries)."""
    for i, d in enumerate(ops):
        if d["op"] != "delete":
            continue
        for ins in ops:
            if ins["op"] == "insert" and ins["_norm"] == d["_norm"]:
                d["op"] = ins["op"] = "reorder"
                break


def diff(canonical: str, variant: str) -> list[dict]:
    """Word-level diff of `variant` against `canonical`, both given as the aligned passages.

    RETURNS (list[dict]): `{"op", "canonical", "variant"}` in text order; substitutions carry `"typo": true`
    when the words are near-identical. Example: diff("maybe different [than] what", "maybe different than
    what") gives equal "maybe different", bracket "[than]"/"than", equal "what".
    """
    a, b = tokenize(canonical), tokenize(variant)
    sm = SequenceMatcher(None, [t.norm for t in a], [t.norm for t in b], autojunk=False)
    ops: list[dict] = []
    for tag, i0, i1, j0, j1 in sm.get_opcodes():
        ca, vb = a[i0:i1], b[j0:j1]
        if tag == "equal":
            runs = equal_runs(ca, vb)
        elif tag in ("insert", "delete"):
            runs = [(op_kind(tag, x, y), x, y) for x, y in ellipsis_runs(ca, vb)]
        else:
            runs = [(op_kind(tag, ca, vb), ca, vb)]
        for kind, x, y in runs:
            op = {"op": kind, "canonical": surface(canonical, x), "variant": surface(variant, y),
                  "_norm": " ".join(t.norm for t in x or y)}
            if kind == "substitute" and len(x) == len(y) == 1:
                if Levenshtein.normalized_similarity(x[0].norm, y[0].norm) >= TYPO_SIMILARITY:
                    op["typo"] = True
            ops.append(op)
    mark_reorders(ops)
    for op in ops:
        del op["_norm"]
    return ops


def labels(ops: list[dict]) -> list[str]:
    """The sorted set of diff kinds present (without `equal`; `typo` added for typo substitutions)."""
    found = {op["op"] for op in ops if op["op"] != "equal"}
    found |= {"typo" for op in ops if op.get("typo")}
    return sorted(found)
