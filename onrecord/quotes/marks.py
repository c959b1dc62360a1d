"""Find quotation spans from typography alone: quote marks, paragraphs and their context.

This stage needs no parse. It reads each mark's neighbours to tell an opening mark from a closing one (so a
closing mark typed the wrong way, `’ “` at the end of a paragraph, still closes, and so does one run into the
next word, `,”Ryan said`), tells apostrophes (`don’t`, `’90s`, `Jones’`) from single quotes, nests ‘…’ inside
“…” and straight `"` inside straight `"`, and carries a quote over paragraph breaks when the next paragraph opens
with a mark again (the newspaper convention for multi-paragraph quotes). Cost: one pass over the text, O(n) time
and O(depth) memory, so thousands of unbalanced marks or a 5 MB paragraph are no problem.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = '"\u201c\u201d\u201e\u00ab\u00bb'
SINGLE = "'\u2018\u2019\u201a\u2039\u203a"
OPEN_GLYPHS = "\u201c\u201e\u00ab\u2018\u201a\u2039"
CLOSE_GLYPHS = "\u201d\u00bb\u2019\u203a"
OPEN_CONTEXT = set(" \t\n\r([{\u2014\u2013-/:;,`") | set(DOUBLE) | set(SINGLE)  # what may stand before an opener
MAX_DEPTH = 4  # quotes open at once; news nests two deep at most (PolNeAR: 5 quotes at depth 2, none deeper)
PAIRED_SINGLES = {"''", "``", "\u2018\u2018", "\u2019\u2019"}  # two singles typed for one double (NYT, ECB+)
# a single mark standing for dropped letters at a word's start: Dutch `'t` (Sophie in 't Veld), `'em`, `'til`
ELISION = re.compile(r"(?:t|em|til|tis|twas|bout|n)(?![\w'\u2019])")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")
# `<tweet author="@jo" id="12">`, `</tweet>`: markup left in a text export, on one line (at most 12 attributes,
# each value at most 200 characters, so a stray `<` costs a bounded look ahead)
UNUSUAL_SPACE = re.compile("[\u00a0\u2007\u2009\u202f]")  # no-break, figure, thin, narrow no-break
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[^\s<>\"']+))?){0,12}\s*/?>")


def text_for_rules(text: str) -> str:
    """`text` as the rules read it, every offset kept: each markup tag left in it blanked out, one space for each
    character (the quote marks around its attribute values are no quotes, and its words are no part of a
    sentence), and each no-break or thin space made a plain one (`James\xa0Comey` is a name like any other)."""
    if not UNUSUAL_SPACE.search(text) and "<" not in text:
        return text
    return MARKUP_TAG.sub(lambda m: " " * len(m.group()), UNUSUAL_SPACE.sub(" ", text))


@dataclass
class QuoteSpan:
    """A stretch of text inside quote marks. `start`/`end` exclude the marks."""

    start: int
    end: int
    double: bool  # opened by a double mark (“ or ")
    depth: int  # 0 for an outermost quote
    parent: int | None  # index of the enclosing span in the returned list
    closed: bool  # False when the paragraph ended before a closing mark
    open_mark: int = -1  # offset of the opening mark


def final_stop(text: str, q: QuoteSpan) -> str:
    """The last character of the quoted words past any inner closing marks (`.` in `wrong.’”`), or ""."""
    return text[max(q.start, q.end - 8) : q.end].rstrip().rstrip("'\u2019\"\u201d")[-1:]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line block; a single newline also ends a paragraph in news text."""
    spans, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _role(text: str, i: int, lo: int, hi: int, width: int = 1) -> str:
    """'open', 'close' or '' (not a quote mark here) for the mark at i, from its neighbours inside [lo, hi)."""
    c = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else "\n"
    if width == 2:
        c = "\u201c" if c in "`\u2018" else "\u201d" if c == "\u2019" else '"'  # '' and `` are double marks
    space_before = prev in OPEN_CONTEXT
    space_after = nxt.isspace() or nxt in ",.;:!?)]}\u2014\u2013" or nxt in DOUBLE or nxt in SINGLE
    if c in SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return ""  # don’t, O’Neil
        if nxt.isdigit() and c != "\u2018":
            return ""  # ’90s
        if ELISION.match(text, i + 1, hi):
            return ""  # in 't Veld, get 'em out
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if space_before and space_after:  # a lone mark between spaces: trust the glyph, but a mark that ends the
        if nxt == "\n" or i + 1 >= hi:  # paragraph closes whatever way it was typed
            return "close"
        if i == lo:  # and one that starts it opens (`” … it was nothing like this,” she said`)
            return "open"
        if prev in ",;:" and nxt.isspace():  # glued to the comma it follows, then a space: `unusual,“ said X`
            return "close"
        return "open" if c in OPEN_GLYPHS else "close"
    if c in OPEN_GLYPHS:  # glued on both sides (word"word): only curly glyphs say which
        return "open"
    if c in CLOSE_GLYPHS and c != "\u2019":
        return "close"
    return ""


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    """Whether the single mark at i may be a plural's apostrophe: after an `s`, before a space and a lower-case
    word (`the residents’ bins`), where a closing quote could stand too (`called them ‘liars’ and left`)."""
    return (text[i] in "'\u2019" and i > 0 and text[i - 1] in "sS" and i + 2 < hi and text[i + 1] == " "
            and text[i + 2].islower())


def _last_single_closer(text: str, lo: int, hi: int) -> int:
    """Offset of the paragraph's last single mark that can only close a quote, or -1. Cost: O(paragraph)."""
    for i in range(hi - 1, lo - 1, -1):
        if text[i] in "'\u2019" and text[i - 1 : i + 1] not in PAIRED_SINGLES and text[i : i + 2] not in PAIRED_SINGLES \
                and _role(text, i, lo, hi) == "close" and not _plural_possessive(text, i, hi):
            return i  # a single, not half of a doubled `''`
    return -1


def _next_opens(text: str, para: tuple[int, int] | None, double: bool) -> bool:
    """Whether the paragraph starts with an opening mark of the same kind (a multi-paragraph quote goes on)."""
    if para is None:
        return False
    s, e = para
    return text[s] in (DOUBLE if double else SINGLE) and _role(text, s, s, e) == "open"


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch of `text`, outer quotes before the quotes nested in them.

    Args:
        text: the article text.
    Returns:
        QuoteSpan list in order of opening mark; `parent` indexes into the same list.
    """
    found: list[QuoteSpan] = []
    stack: list[int] = []  # indexes into found of the quotes open now
    paras = paragraphs(text)
    for k, (lo, hi) in enumerate(paras):
        skip_opening = bool(stack)  # a continued quote: this paragraph's opening mark repeats it
        last_closer = None  # found on the first plural possessive of the paragraph
        i = lo
        while i < hi:
            c = text[i]
            if c not in DOUBLE and c not in SINGLE and c != "`":
                i += 1
                continue
            width = 2 if text[i : i + 2] in PAIRED_SINGLES else 1
            double = c in DOUBLE or width == 2
            role = _role(text, i, lo, hi, width)
            if role == "close" and width == 1 and _plural_possessive(text, i, hi) and _is_open(found, stack, False):
                if last_closer is None:
                    last_closer = _last_single_closer(text, lo, hi)
                if last_closer > i:
                    role = ""  # `‘It’s the residents’ bins …, not the councillors’.’`: the quote closes later
            if (role != "close" and width == 1 and i > lo and text[i - 1] in ",.!?" and c not in OPEN_GLYPHS
                    and c != "\u2019" and _is_open(found, stack, double)):
                role = "close"  # `campaign,”Ryan said`, `“wrong.”He left`: a closer run into the next word
            if skip_opening and i == lo and role == "open":
                pass
            elif role == "open" or (role == "close" and c in OPEN_GLYPHS and width == 1 and not _is_open(found, stack, double)
                                    and not (c in SINGLE and text[i - 1].isalnum())):
                # an opening glyph with nothing to close opens (`said,“ We`); a single one glued to a word is an
                # apostrophe typed the wrong way (`CBS‘ Face the Nation`)
                _open(found, stack, i, double, width)
            elif role == "close":
                _close(found, stack, i, double)
            i += width
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        _end_paragraph(text, found, stack, hi, nxt)
    return _drop_empty(found, text)


def _open(found: list[QuoteSpan], stack: list[int], i: int, double: bool, width: int = 1) -> None:
    if len(stack) >= MAX_DEPTH:
        return  # a mark this deep is stray: `said “said “said “…` would make one quote per mark, each to the end
    parent = stack[-1] if stack else None
    found.append(QuoteSpan(i + width, -1, double, len(stack), parent, False, i))
    stack.append(len(found) - 1)


def _is_open(found: list[QuoteSpan], stack: list[int], double: bool) -> bool:
    return any(found[j].double == double for j in stack)


def _close(found: list[QuoteSpan], stack: list[int], i: int, double: bool) -> None:
    """Close the innermost open quote of this kind and anything opened inside it."""
    for depth in range(len(stack) - 1, -1, -1):
        if found[stack[depth]].double == double:
            for j in stack[depth:]:
                found[j].end, found[j].closed = i, j == stack[depth]
            del stack[depth:]
            return
    # no quote of this kind is open: a closing single is an apostrophe (Jones’), a double is stray


def _end_paragraph(text: str, found: list[QuoteSpan], stack: list[int], hi: int, nxt) -> None:
    """At a paragraph end, an open quote either goes on into the next paragraph or ends unclosed here."""
    if not stack:
        return
    outer = found[stack[0]]
    if _next_opens(text, nxt, outer.double):
        for j in stack[1:]:  # only the outermost quote crosses paragraphs
            found[j].end = hi
        del stack[1:]
        return
    end = hi
    while end > outer.start and text[end - 1].isspace():
        end -= 1
    for j in stack:
        found[j].end = end
    del stack[:]


def _drop_empty(found: list[QuoteSpan], text: str) -> list[QuoteSpan]:
    """Trim spaces inside the marks; remove empty spans and singles never closed inside a quote (stray
    apostrophes), re-indexing parents."""
    keep, remap = [], {}
    for idx, q in enumerate(found):
        while q.end > q.start and text[q.end - 1].isspace():
            q.end -= 1
        while q.start < q.end and text[q.start].isspace():
            q.start += 1
        stray = not q.closed and not q.double and q.depth > 0
        if q.end > q.start and not stray and (q.parent is None or q.parent in remap):
            remap[idx] = len(keep)
            keep.append(q)
    for q in keep:
        q.parent = remap.get(q.parent) if q.parent is not None else None
    return keep
