"""Decide what text the parser sees: the parser is the cost, so parse only what attribution reads.

1. A sentence is parsed when it holds a quote mark, a cue word or a cue phrase, or when a quote follows it in its
   paragraph (it may name the speaker: `Sam Ruiz disagreed. “…”`); the others never are (the rules' frames stop
   at sentence ends). On PolNeAR dev about 66% of the words are parsed.
2. The middle of a long quote with no quote inside it is cut out: the rules read the marks and the words
   beside them, never a quote's middle.
3. The parsed stretches of an article are joined by blank lines (which `onrecord_paragraphs` turns into
   sentence breaks) into chunks of at most MAX_CHUNK_CHARS, so the parser sees a few documents per article
   rather than one per paragraph, and at most MAX_PARSE_CHARS per article.
Each chunk carries the map from its characters back to the article's. Cost: a few regex passes over the text.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .draft import headline_line
from .lexicon import abbreviations, cue_forms, cue_nouns, cue_phrases, hearsay_adverbs, noun_forms
from .marks import DOUBLE, SINGLE, QuoteSpan, paragraphs

MAX_CHUNK_CHARS = 20_000  # far below spaCy's max_length; a longer paragraph is cut at a space
# Parsing is linear but not free (about 5 s per 100,000 words here): past this much parsed text in one
# "article" (news articles run under 50,000 characters) the rest is attributed by typography alone.
MAX_PARSE_CHARS = 250_000
LOGGER = logging.getLogger(__name__)
KEEP_QUOTE_WORDS = 2  # words kept at each end of a long quote (the rules read the marks and the words beside them)
CUT_FILLER = " … "
# No-break and narrow spaces reach the parser as plain ones: spaCy makes each a token of its own, which splits the
# clause it stands in (`says the\u00a0Republican movement …`). One character for one keeps every offset.
PARSER_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


@lru_cache(maxsize=1)
def selecting_words() -> frozenset[str]:
    """Lower-case cue forms that make a sentence worth parsing (the mostly-noun forms left out)."""
    return frozenset({f for f, v in cue_forms().items() if not v.only_with} - noun_forms() - {"like"}) | hearsay_adverbs()


@lru_cache(maxsize=1)
def noun_report() -> re.Pattern:
    """A cue noun followed by what it reports through (`statement that`, `criticism of`)."""
    alts = []
    for form, noun in sorted(cue_nouns().items()):
        after = (["that"] if noun.clause else []) + list(noun.preps)
        if after:
            alts.append(rf"{form}\s+(?:{'|'.join(after)})")
        if noun.within:  # `In a new CNN/ORC poll`
            alts.append(rf"in\s[^.;:!?\n]{{0,60}}?\b{form}")
    return re.compile(rf"\b(?:{'|'.join(alts)})\b")


WORD = re.compile(r"[a-z]+")
OPENS_QUOTE = re.compile(r"\s*[\u201c\"]")  # at a sentence's end: the next one opens with a quote mark
CITING_PER = re.compile(r"(?:^|[,(;\u2014\u2013-]\s*|[.!?]\s+)per\s")  # `Per a spokesperson, …`, `…, per ESPN`
BE_LIKE = re.compile(r"\b(?:is|was|am|are|were|be|been|'s|'m|\u2019s|\u2019m)\s+(?:\w+\s+)?like\b")  # `was like`


def has_cue_word(chunk: str) -> bool:
    """A cue form, a cue phrase ("according to"), a citing `per` or quotative `like`, by word lookup (no
    alternation regex over the lexicon)."""
    low = chunk.lower()
    words = set(WORD.findall(low))
    if words & selecting_words():
        return True
    if "like" in words and BE_LIKE.search(low):
        return True
    if not words.isdisjoint(cue_nouns()) and noun_report().search(low):
        return True
    return any(p in low for p in cue_phrases()) or bool("per " in low and CITING_PER.search(low))


def _has_quote_apostrophe(chunk: str) -> bool:
    """A straight or curly single mark used as a quote (after a space), not as an apostrophe."""
    return bool(re.search(r"(?:^|\s)['\u2019]\w", chunk))


Chunk = tuple[str, tuple[int, ...], tuple[int, ...]]  # text, chunk_starts, article_starts


def plan_chunks(text: str, spans: list[QuoteSpan]) -> list[Chunk]:
    """The texts to parse for one article, each with its map back to article offsets."""
    cuts = _quote_cuts(text, spans)
    paras = paragraphs(text)
    text = parser_text(text, paras)  # the same length: every offset still holds
    chunks: list[Chunk] = []
    buf: list[str] = []
    cs: list[int] = []
    arts: list[int] = []
    size = 0
    total = 0
    for s, e in _split_long(text, _sentences_to_parse(text, paras)):
        total += e - s
        if total > MAX_PARSE_CHARS:
            LOGGER.warning("text of %d characters: only its first %d characters to parse are parsed", len(text), MAX_PARSE_CHARS)
            break
        if buf and size + (e - s) > MAX_CHUNK_CHARS:
            chunks.append(("".join(buf), tuple(cs), tuple(arts)))
            buf, cs, arts, size = [], [], [], 0
        if buf:
            buf.append("\n\n")
            size += 2
        pos = s
        for cut_s, cut_e in (c for c in cuts if s <= c[0] and c[1] <= e):
            cs.append(size), arts.append(pos), buf.append(text[pos:cut_s])
            size += cut_s - pos
            cs.append(size), arts.append(cut_s), buf.append(CUT_FILLER)
            size += len(CUT_FILLER)
            pos = cut_e
        cs.append(size), arts.append(pos), buf.append(text[pos:e])
        size += e - pos
    if buf:
        chunks.append(("".join(buf), tuple(cs), tuple(arts)))
    return chunks


TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def parser_text(text: str, paras: list[tuple[int, int]]) -> str:
    """The article as the parser should read it, one character for each: plain spaces for no-break and narrow
    ones (spaCy makes each a token of its own, which splits the clause it stands in), and in a headline set in
    title case the cue verbs in lower case (`Clinton Says Russians Hacked DNC`: a capitalised `Says` is parsed as
    part of a name)."""
    text = text.translate(PARSER_SPACES)
    verbs = selecting_words()
    out, pos = [], 0
    for s, e in paras:
        if headline_line(text, s, e):
            out += [text[pos:s], TITLE_WORD.sub(lambda m: m.group().lower() if m.start() and m.group().lower() in verbs
                                                else m.group(), text[s:e])]
            pos = e
    return "".join(out) + text[pos:]


INITIALS = re.compile(r"(?:[a-z]\.){1,2}[a-z]")  # a name's initials, their last stop cut: `j.m`, `h.w`
NEXT_WORD = re.compile(r"[\"'\u201d\u2019]?\s+(?:([\"\u201c\u2018])|([A-Za-z]+))")  # after a stop: a quote or a word
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])")


def _sentences_to_parse(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Within the chosen paragraphs, the runs of sentences holding a quote mark or a cue word, or followed by a quote.

    A sentence with neither is never read by the rules (frames stop at sentence ends). The split is
    deliberately timid: only after [.!?] before a capital, never after an abbreviation or an initial.
    """
    out = []
    for s, e in paras:
        run_start = None
        pos = s
        for end in [m.start() for m in SENTENCE_BREAK.finditer(text, s, e) if _real_break(text, m.start())] + [e]:
            # a sentence a quote follows in its paragraph may name who says it (`Sam Ruiz disagreed. “…”`)
            # (matched in place: slicing the rest of the paragraph for each sentence is quadratic in a 5 MB one)
            needed = _needs_parse(text[pos:end]) or OPENS_QUOTE.match(text, end, e) is not None
            if needed and run_start is None:
                run_start = pos
            if not needed and run_start is not None:
                out.append((run_start, pos))
                run_start = None
            pos = end
        if run_start is not None:
            out.append((run_start, e))
    return [(b - len(text[a:b].lstrip()), b) for a, b in out if text[a:b].strip()]  # no leading space token


def sentence_breaks(text: str, start: int, end: int) -> int:
    """How many sentences end between `start` and `end` (by the same timid split)."""
    breaks = SENTENCE_BREAK.finditer(text, start, min(len(text), end + 2))  # the lookahead reads past `end`
    return sum(m.start() < end and _real_break(text, m.start()) for m in breaks)


def sentence_start(text: str, off: int, reach: int = 400) -> int:
    """Where the sentence holding offset `off` starts (by the same timid split): after the last sentence or line
    break before it, at most `reach` characters back. `… heard from Sen. Greg Olsen` is one sentence."""
    start = max(0, off - reach, text.rfind("\n", max(0, off - reach), off) + 1)
    for m in SENTENCE_BREAK.finditer(text, start, min(len(text), off + 2)):  # the lookahead reads past `off`
        if m.end() <= off and _real_break(text, m.start()):
            start = m.end()
    return start


def sentence_end(text: str, off: int, reach: int = 400) -> int:
    """Where the sentence holding offset `off` ends (by the same timid split as `sentence_start`): at the next
    sentence or line break after it, at most `reach` characters on."""
    end = min(len(text), off + reach)
    line = text.find("\n", off, end)
    end = line if line != -1 else end
    for m in SENTENCE_BREAK.finditer(text, off, min(len(text), end + 2)):  # the lookahead reads past `end`
        if m.start() < end and _real_break(text, m.start()):
            return m.start()
    return end


def _real_break(text: str, i: int) -> bool:
    """Whether the punctuation just before offset i ends a sentence (not `Mr.`, `U.S.`, `J.`)."""
    j = i
    while j > 0 and text[j - 1] in ".!?\"'\u201d\u2019":
        j -= 1
    word = text[max(0, j - 12) : j].split()[-1:] or [""]
    # `then-Sen.`, `ex-Gov.`: the title after a hyphenated prefix is the abbreviation
    w = word[0].lower().lstrip("(\"'\u201c\u2018").rsplit("-", 1)[-1]
    if len(w) == 1:
        return not_an_initial(text, j - 1, i)
    if INITIALS.fullmatch(w) and w not in abbreviations() and not text[: j - len(w)].rstrip().endswith(","):
        return _sentence_opens(text, i)  # `said J.M. Berger`; but a place's `Bedminster, N.J. Roger Ailes`
    return w not in abbreviations()


def not_an_initial(text: str, letter: int, i: int) -> bool:
    """Whether the one letter at offset `letter`, its stop just before offset `i`, ends a sentence: a lower-case word
    before it and a quote or a function word after (`one fan posted on X. “Love her …”`, `… on X. The label said`),
    not a name's initial (`and J. Park`, `Donald J. Trump`)."""
    before = text[max(0, letter - 20) : letter].split()[-1:]
    if not before or not before[0].isalpha() or not before[0].islower():
        return False
    return _sentence_opens(text, i)


def _sentence_opens(text: str, i: int) -> bool:
    """Whether a quote or a function word follows the stop just before offset `i` (`The`, `“`), as it does after
    a sentence's end and seldom after a name's initials."""
    after = NEXT_WORD.match(text, i)
    return after is not None and (after.group(1) is not None or after.group(2).lower() in STOP_WORDS)


QUOTE_MARKS = set(DOUBLE) | set(SINGLE) - {"'", "\u2019"}  # an apostrophe alone says nothing


def _needs_parse(chunk: str) -> bool:
    """A quote mark, paired singles ('' ``), a single mark opening a word, a cue word or phrase, or a closing
    colon (which may introduce the quote paragraph after it)."""
    return (not QUOTE_MARKS.isdisjoint(chunk) or "''" in chunk or "``" in chunk
            or _has_quote_apostrophe(chunk) or has_cue_word(chunk) or chunk.rstrip().endswith(":"))


def _quote_cuts(text: str, spans: list[QuoteSpan]) -> list[tuple[int, int]]:
    """(start, end) of the middles of long quotes holding no other quote, in text order."""
    has_child = {q.parent for q in spans if q.parent is not None}
    cuts = []
    for k, q in enumerate(spans):
        if k in has_child or "\n" in text[q.start : q.end]:
            continue
        words = [m.span() for m in re.finditer(r"\S+", text[q.start : q.end])]
        if len(words) > 2 * KEEP_QUOTE_WORDS + 2:
            cuts.append((q.start + words[KEEP_QUOTE_WORDS - 1][1], q.start + words[-KEEP_QUOTE_WORDS][0]))
    return sorted(cuts)


def _split_long(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs longer than MAX_CHUNK_CHARS cut at a space, so no document exceeds the parser's limit."""
    out = []
    for s, e in paras:
        while e - s > MAX_CHUNK_CHARS:
            cut = text.rfind(" ", s + MAX_CHUNK_CHARS // 2, s + MAX_CHUNK_CHARS)
            cut = cut if cut > s else s + MAX_CHUNK_CHARS
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out
