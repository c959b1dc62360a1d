"""Attribute quotation spans: the cue and speaker mention of every quote, direct, mixed and nested.

Rules, in the order they are tried for each quote (each later rule only when the earlier ones found no cue):
  0. a name signing the quote before a colon (`Canvassers agree – Nell Bryce: “…”`, `Rep. Ann Lee (R-S.C.):`);
  1. a cue in the quote's own sentence, after it (`,” she said`) or before it (`She said, “`); else (1b) an
     action beat after it (`,” Tate smiled.`), in `beats.py`; for a quote running over paragraphs, a cue after
     it in the paragraph it closes in, when rule 2 found none (1c: `“…` ¶ `…,” said Mayor Batts.`);
  2. a cue ending the previous paragraph with `:` or `,` (`Kardashian said,` ¶ `“…”`), else the subject of a
     clause a colon or dash ends (2b: `Zeldin gave it a whirl on CNN: “…”`), else, for a quote opening its paragraph
     with a colon after it, the subject of the words after the colon (2c: `‘We were robbed’: Rovers boss fumes`);
  3. a tweet signature closing the paragraph (`— ye (@kanyewest) September 30, 2018`), or a dash and a name
     after the quote, on its line or the next (3b: `- Bernie Sanders.`), or a digest's capitalised headline
     before it (3c), in `signatures.py`;
  4. the speaker of the previous quote in the same paragraph (`“…,” she said. “…”`);
  5. the speaker of the quote ending the previous paragraph, for a paragraph made of a quote (a follow-on);
  6. for a quote paragraph still without a speaker, the speaker of the reported speech ending the paragraph
     before it (`Carter said that … would not happen.` ¶ `“That’s because …”`); for a quote within its paragraph,
     that of the sentence before it, or the person that sentence is about (`Sam Ruiz disagreed. “…”`); 4 to 6 in
     `continuations.py`.
Reported speech without marks, and the clauses that quoted fragments belong to, come from `indirect.py`; the
reports these rules miss, picked by a learned model, from `learned.py`; an article's headline `Name: claim` is
that one's claim (3d, in `signatures.py`).
Quotes still without cue or speaker are dropped when short (titles, scare quotes, slogans).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .beats import beat_after
from .continuations import apply_continuations, apply_reported_speech_before
from .cues import is_speech
from .draft import Draft, looks_like_title, reads_as_title
from .edges import added_by_conjunction
from .frames import Found, attribute_cue, find_cue, heads_its_sentence, left_frame, right_frame, speech_over
from .indirect import indirect_drafts
from .layout import Layout
from .learned import learned_drafts
from .lexicon import cue_forms, organisation_words
from .marks import QuoteSpan, final_stop
from .mention_phrase import DASHES, DATE_WORDS, can_speak, mention_tokens
from .nearby import words_of
from .parsed import ParsedText, coarse
from .plan import sentence_breaks
from .signatures import (apply_headlines, apply_signature_lines, apply_tweet_signatures, headline_claim,
                         transcript_lines, tweets_without_marks)
from .subjects import subject_of

BYLINE = re.compile(r"[\u201d\u2019\"']*,?\s+by\s+[A-Z]")  # what follows the title of a cited piece
SENTENCE_BREAK = re.compile(r"[.!?][\u201d\u2019\"')]*\s|\n")  # a sentence or paragraph ends
MIN_UNATTRIBUTED_WORDS = 8  # an unattributed quote shorter than this is a title or scare quote (seeds, PolNeAR train)
INTERVIEW_LABELS = {"Q", "A"}  # an interview's turns, not names
INTRODUCING_MARKS = {":", ",", "--", "\u2013", "\u2014"}  # end a clause that brings in the quote after them
MAX_LABEL_TOKENS = 12  # a speaker label before a colon (`Former secretary of state Jane Doe:`) is short
MAX_FROM_LABEL_TOKENS = 6  # `More from Blumenthal and Cohen:`, `From the Pew report:`


def attribute_spans(text: str, spans: list[QuoteSpan], parsed: ParsedText) -> list[Draft]:
    """Drafts for every quote span worth keeping, plus tweets without marks, in text order."""
    layout = Layout(text, spans)
    drafts = [Draft(q.start, q.end, depth=q.depth, parent=q.parent) for q in spans]
    for k, q in enumerate(spans):
        lo, hi = layout.frame_bounds(k)
        left = left_frame(parsed, lo, q.open_mark)  # read by rules 0, 1 and 2b
        found = _signature_before_colon(left) or _cue_in_sentence(parsed, q, lo, hi, left)
        if found is None and q.depth == 0 and (past := _past_inset_titles(text, layout, k, hi)) > hi:
            found = _cue_in_sentence(parsed, q, lo, past, left)  # `“…,” Bill Eastland, in “Ted Cruz” pins, said`
        if found is None and q.depth == 0:
            found = beat_after(parsed, q, hi)
        if found is None and q.depth == 0:
            found = _cue_ending_previous_paragraph(text, parsed, layout, q)
        if found is None and q.depth == 0:
            found = _colon_introduction(parsed, layout, q, left)
        if found is None and q.depth == 0:
            found = _colon_after_quote(parsed, layout, q, hi)
        if found is None and q.depth == 0 and (end := layout.closing_paragraph_end(k)) is not None:
            found = _cue_in_sentence(parsed, q, lo, end, [])  # 1c: `“…` ¶ `…,” said Mayor Batts.`
        if found is not None:
            _apply(parsed, drafts[k], found, text, q, lo)
    apply_tweet_signatures(text, layout, spans, drafts)
    apply_signature_lines(text, layout, spans, drafts)
    apply_headlines(text, layout, spans, drafts)
    apply_continuations(text, layout, spans, drafts)
    apply_reported_speech_before(parsed, layout, spans, drafts)
    drafts.extend(tweets_without_marks(text, layout, spans))
    drafts.extend(headline_claim(text, layout, spans, drafts))
    lines = transcript_lines(text, layout, spans)
    drafts.extend(lines)
    quoted = [(q.start, q.end) for q in spans if q.depth == 0] + [(d.start, d.end) for d in lines]
    drafts.extend(indirect_drafts(parsed, drafts, quoted))
    drafts.extend(learned_drafts(parsed, drafts, quoted))
    return _keep(text, drafts)


def _past_inset_titles(text: str, layout: Layout, k: int, hi: int) -> int:
    """Where quote k's frame would end if the titles quoted right after it in its sentence (`“…,” Bill Eastland,
    wearing “Ted Cruz” pins, said`) were words of the frame: the next sibling's opening mark after them, or the
    paragraph's end; `hi` when no title comes first, or when the quote ends its sentence."""
    q = layout.spans[k]
    if final_stop(text, q) in ".!?":
        return hi
    para_end = layout.paras[layout.para_of(q.open_mark)][1]
    j, end = layout.next_sibling[k], q.end
    while (j is not None and layout.spans[j].open_mark == hi and reads_as_title(text, layout.spans[j].start, layout.spans[j].end)
           and not sentence_breaks(text, end, layout.spans[j].open_mark)):
        end, hi, j = layout.spans[j].end, layout.before_next_sibling(j, para_end), layout.next_sibling[j]
    return hi


def _cue_in_sentence(parsed: ParsedText, q: QuoteSpan, lo: int, hi: int, left: list[Token]) -> Found | None:
    """Rule 1: a cue in the quote's sentence (`left` is its left frame), right frame first."""
    right = right_frame(parsed, q.end, hi)
    right_cue = find_cue(right)
    if right_cue is not None and _ends_sentence(parsed.text, q) and (
            not heads_its_sentence(right_cue, right) or _introduces_next(parsed, right, hi)
            or _reports_own_clause(right_cue, right) or _negated(right_cue)):
        right_cue = None
    if right_cue is not None and _in_clause_of_time_or_cause(right_cue, right):
        right_cue = None
    inside = parsed.tokens_between(q.start, min(q.end, q.start + 80))
    left_cue = find_cue(left, last=True, governs=inside[0] if inside else None)
    introduced = left_cue is not None and _introduces(parsed.text, parsed.span_of(left_cue)[1], q.start)
    if left_cue is not None and not introduced:
        # the cue right before the mark wins over the one the parse hung the quote on (`Asked what …, he said, “…”`)
        nearest = find_cue(left, last=True)
        if nearest is not None and _introduces(parsed.text, parsed.span_of(nearest)[1], q.start):
            left_cue, introduced = nearest, True
    if left_cue is not None and len(left_cue) == 1 and not is_speech(left_cue[0]) and not introduced:
        outer = speech_over(left_cue[0])
        if outer is not None and right_cue is not None and outer == right_cue[0]:
            left_cue = None
        elif outer is not None and outer in left:
            left_cue = [outer]
    # a fragment that runs on from the words before it belongs to their clause (`X admitted that he had “…”`)
    # and a cue right before the mark introduces the quote (`He said, “…” - at which point the crowd chanted …`)
    # after a finished quote, a cue that does not tag it at once (`“…a failed mayor.” Marsh fired back in March`)
    # starts a new sentence: a cue before the quote in its own sentence wins
    left_first = _runs_on(parsed.text, lo, q) or introduced or (
        left_cue is not None and _ends_sentence(parsed.text, q) and right_cue is not None and right_cue[0] != right[0])
    order = [(left_cue, left), (right_cue, right)] if left_first else [(right_cue, right), (left_cue, left)]
    banned = _inside_quote(parsed, q)
    for cue, frame in order:
        if cue is not None:
            found = attribute_cue(cue, frame, banned)
            if found.speaker is None and frame is left:  # `As X put it in a memo explaining the deal, “…”`
                earlier = find_cue([t for t in left if t.i < cue[0].i], last=True)
                again = attribute_cue(earlier, frame, banned) if earlier is not None else None
                if again is not None and again.speaker is not None:
                    found.speaker, found.inverted = again.speaker, again.inverted  # the cue stays the one nearest
            return found
    return None


# a clause these open after a quote tells when or why it was said, not who said it (`“…,” after Fallon expressed
# support online`); `as` stays out: `“…,” as Smith put it`
TIME_OR_CAUSE = {"after", "before", "when", "while", "because", "since", "until", "although", "though", "unless",
                 "whereas"}


def _in_clause_of_time_or_cause(cue: list[Token], frame: list[Token]) -> bool:
    """Whether the cue after a quote heads a clause that opens the frame with one of TIME_OR_CAUSE."""
    first = next(iter(words_of(frame)), None)
    return (first is not None and first.lower_ in TIME_OR_CAUSE and first.head == cue[0]
            and first.dep_ in ("mark", "advmod"))


def _negated(cue: list[Token]) -> bool:
    """`“….” Her label did not respond.`: a cue said not to have happened tags no quote before it."""
    return any(c.dep_ == "neg" for c in cue[0].children)


def _introduces_next(parsed: ParsedText, frame: list[Token], hi: int) -> bool:
    """Whether a frame after a finished quote introduces the next one (`“…material.” The candidate reiterated:
    “…”`, `“…Libya?” Mills then writes back, “…”`): it ends in a colon or comma at that quote's opening mark."""
    return bool(frame) and frame[-1].text in (":", ",") and not parsed.text[parsed.offset(frame[-1]) + 1 : hi].strip()


def _reports_own_clause(cue: list[Token], frame: list[Token]) -> bool:
    """Whether a cue after a finished quote reports a clause or object of its own (`“….” Greene added that the
    Fed …`, `“….” He bemoaned the costs.`); the object of `told` is the one spoken to, not what was said."""
    ids = {t.i for t in frame if t.doc is cue[0].doc}
    verb = cue_forms().get(cue[0].lower_)
    deps = ("ccomp",) if verb is not None and verb.addressee == "object" else ("ccomp", "dobj")
    return any(c.dep_ in deps and c.i in ids and c.i > cue[0].i for c in cue[0].children)


# between a cue and the first quoted word: `said, “`, `chanted “`, `tells him, “`
INTRODUCED = re.compile(r"(?:\s+(?:him|her|me|us|them|you|reporters))?[\s,:]*[\"'\u201c\u2018`]+")


def _introduces(text: str, cue_end: int, start: int) -> bool:
    """Whether the cue ending at `cue_end` stands right before the quote starting at `start` (`said, “`)."""
    return cue_end <= start and INTRODUCED.fullmatch(text, cue_end, start) is not None


def _runs_on(text: str, lo: int, q: QuoteSpan) -> bool:
    before = text[lo : q.open_mark].rstrip()
    return bool(before) and before[-1].isalnum()


def _inside_quote(parsed: ParsedText, q: QuoteSpan):
    """A test for tokens inside the quote `q` (where its speaker cannot be)."""
    return lambda tok: q.start <= parsed.offset(tok) < q.end


def _ends_sentence(text: str, q: QuoteSpan) -> bool:
    """Whether the quoted words end with a full stop, question or exclamation mark."""
    return final_stop(text, q) in (".", "!", "?")


def _cue_ending_previous_paragraph(text: str, parsed: ParsedText, layout: Layout, q: QuoteSpan) -> Found | None:
    """Rule 2: `She wrote:` or `Kardashian said,` closing the paragraph before a quote paragraph."""
    k = layout.para_of(q.open_mark)
    paras = layout.paras
    if k <= 0 or q.open_mark != paras[k][0]:
        return None
    s, e = paras[k - 1]
    if text[s:e].rstrip()[-1:] not in (":", ","):
        return None
    frame = left_frame(parsed, s, e)
    cue = find_cue(frame, last=True)
    return attribute_cue(cue, frame) if cue is not None else None


def _colon_introduction(parsed: ParsedText, layout: Layout, q: QuoteSpan, frame: list[Token]) -> Found | None:
    """Rule 2b: a quote after a colon or a dash with no cue, said by the subject of the clause the colon ends
    (`Zeldin gave the technique a whirl on CNN: “…”`, `Article 33 affirms: “…”`, `Reed embraced the toll -- “…”`) or
    by the name before it (`Philip Bump: “…”`), in the quote's sentence (its left `frame`) or ending the paragraph
    before a quote paragraph.
    A comma does the same when it ends the sentence's main clause and the quote is a whole sentence (`Clinton
    shared her anxiety with an audience, “I do not know …”`)."""
    k = layout.para_of(q.open_mark)
    if not frame and k > 0 and q.open_mark == layout.paras[k][0]:
        frame = left_frame(parsed, *layout.paras[k - 1])
    if not frame or frame[-1].text not in INTRODUCING_MARKS or _interview_turn(frame):
        return None
    if (presented := _presented(frame)) is not None:
        return presented
    comma = frame[-1].text == ","
    if comma and not parsed.text[q.start : q.start + 1].isupper():
        return None
    if frame[-1].text in DASHES and frame[0].text in DASHES:
        return None  # `“We will rebuild” — Tate paused — “every home …”`: a beat between two parts of one quote
    head = frame[-1].head
    ids = {t.i for t in frame if t.doc is head.doc}
    if head.i not in ids:  # the parser hung the clause on the quote (`Sanders delivered a retort: “No one is …`)
        head = next((t for t in frame if t.head.i not in ids and t.tag_.startswith("VB")), frame[-1])
    if head.i == frame[-1].i:
        return None
    while not head.tag_.startswith(("VB", "MD")) and coarse(head) != "PROPN" and head.head.i in ids and head.head.i != head.i:
        head = head.head  # the parser hung the colon on an object (`released the following statement:`, `made it clear:`)
    while head.dep_ == "ccomp" and head.head.i in ids and head.head.tag_.startswith("VB"):
        head = head.head  # on a clause the main verb reports (`Berg broke down exactly what was wrong:`): the main one's
    subj = subject_of(head) if head.tag_.startswith(("VB", "MD")) else head if coarse(head) == "PROPN" else None
    if subj is None or subj.i not in ids or not (can_speak(subj) or subj.lower_ in organisation_words()
                                                 or _surname_read_as_noun(subj, parsed.text)):
        return None  # `The Lund campaign … worded it carefully: “…”`
    if comma and (head.dep_ != "ROOT" or head.i not in ids):
        return None
    return Found([head] if subj.i != head.i else [frame[-1]], mention_tokens(subj), None)


def _surname_read_as_noun(subj: Token, text: str) -> bool:
    """`Sanders delivered a retort: “…”`: a capitalised word the tagger read as a plural noun, which the article
    gives elsewhere as the last word of a full name (`Bernie Sanders`)."""
    return (subj.tag_ == "NNS" and subj.text[:1].isupper() and subj.text[1:].islower()
            and re.search(rf"\b[A-Z][a-z]+ {re.escape(subj.text)}\b", text) is not None)


PRESENTING = {"’s", "'s", "is"}  # after `here`: `Here’s Clinton in 1992:`


def _presented(frame: list[Token]) -> Found | None:
    """`Here’s Clinton in December 1992:`, `And here is Mayor Lund on the bridge:`: the one `here is` presents
    says the quote after the colon. Read by the words, since the tagger takes `’s` for a possessive or a quote
    mark as often as for a verb."""
    k = next((k for k, t in enumerate(frame[:3]) if t.lower_ == "here"), None)
    if k is None or frame[-1].text != ":" or k + 2 >= len(frame) or frame[k + 1].lower_ not in PRESENTING:
        return None
    name = frame[k + 2 :]
    end = next((j for j, t in enumerate(name) if t.is_punct or t.tag_ in ("IN", "TO") or t.tag_.startswith("VB")), len(name))
    if end == 0 or not can_speak(name[end - 1]) or any(t.tag_.startswith("W") for t in name[:end]):
        return None  # `Here’s the thing:`, `Here’s what Lund said:` (the cue's)
    return Found([frame[k + 1]], mention_tokens(name[end - 1]), None)


def _colon_after_quote(parsed: ParsedText, layout: Layout, q: QuoteSpan, hi: int) -> Found | None:
    """Rule 2c: a quote opening its paragraph with a colon after it (`‘We were robbed’: Rovers boss fumes at late
    penalty`, as headlines quote): the subject of the words after the colon said it, when it may speak (not `‘We
    are in shock’: A mosque feels the spotlight`)."""
    if q.open_mark != layout.paras[layout.para_of(q.open_mark)][0]:
        return None
    frame = right_frame(parsed, q.end, hi)
    colon = next((k for k, t in enumerate(frame[:3]) if t.text == ":"), None)
    if colon is None or any(not t.is_quote for t in frame[:colon]):
        return None
    words = frame[colon + 1:]
    ids = {t.i for t in words}
    head = next((t for t in words if t.head.i not in ids or t.head == t), None)
    if head is None:
        return None
    subj = subject_of(head) if head.tag_.startswith("VB") else head  # `Rovers boss on the penalty`: no verb
    if subj is not None and subj.i in ids and not can_speak(subj) and coarse(subj) == "NOUN":
        # the tagger reads a headline's verb as a plural noun (`Rovers boss fumes at …`): the noun before it speaks
        noun = next((t for t in words if t.i < subj.i and t.dep_ == "compound" and t.head == subj), None)
        if noun is None or not can_speak(noun):
            return None
        return Found([frame[colon]], list(noun.subtree), None)
    if subj is None or subj.i not in ids or not can_speak(subj):
        return None
    return Found([frame[colon]], mention_tokens(subj), None)


def _interview_turn(frame: list[Token]) -> bool:
    """`Q: “…”`, `A: “…”`: an interview's turn, which names no one (who answers is said elsewhere, if at all)."""
    return len(frame) == 2 and frame[0].text in INTERVIEW_LABELS


def _signature_before_colon(frame: list[Token]) -> Found | None:
    """Rule 0: `Canvassers agree – Nell Bryce: “…”`, `Pew Research: “…”`: a name that opens its line or follows a
    dash, or ends a label with no verb (`Rep. Ann Lee (R-S.C.):`), right before a colon ending the quote's left
    `frame`, signs the quote (newsletter digests and hearing transcripts quote their sources this way); so does
    the source a label names with `from` (`More from Jones:`, `From the report:`)."""
    if len(frame) < 2 or frame[-1].text not in (":", "):") or _interview_turn(frame):
        return None
    before = frame[:-1]
    closed = frame[-1].text == "):" or before[-1].text == ")"
    if closed and "(" in [t.text for t in before]:  # `Rep. Trey Gowdy (R-S.C.):`
        before = before[: max(k for k, t in enumerate(before) if t.text == "(")]
    comma = next((k for k, t in enumerate(before) if t.text == ","), None)
    if comma and not any(t.tag_.startswith(("VB", "MD")) for t in before):
        before = before[:comma]  # `Sen. Jane Roe, D-Ore.:`, `Ann Lee, a pollster:`: the name before its gloss
    source = _from_label(before)
    if source:
        return Found([frame[-1]], source, None)
    k = len(before)
    while k > 0 and (_capitalised_noun(before[k - 1]) or (before[k - 1].lower_ == "and" and k < len(before))):
        k -= 1
    run = before[k:]
    if not run or run[0].lower_ == "and" or any(t.lower_ in DATE_WORDS for t in run):
        return None
    label = len(before) <= MAX_LABEL_TOKENS and not any(t.tag_.startswith(("VB", "MD")) for t in before)  # `Former secretary of state Jane Doe: “…”`
    if k == 0 or label or before[k - 1].text in ("-", "\u2013", "\u2014", "--"):
        return Found([frame[-1]], run, None)
    return None


def _capitalised_noun(tok: Token) -> bool:
    """A word of a name: a proper noun, or a noun in title case (the parser reads `Pew Research` as common nouns)."""
    return not tok.is_lower and (tok.tag_ in ("NNP", "NNPS") or (tok.tag_ in ("NN", "NNS") and tok.is_title))


def _from_label(before: list[Token]) -> list[Token] | None:
    """`More from Jones:`, `From the report:`: a label opening its line, sentence or dash that names where the
    quote after the colon comes from; the words after `from`, if they are a short phrase with no verb."""
    start = max((k + 1 for k, t in enumerate(before) if t.text in DASHES), default=0)
    words = before[start:]
    lead = 2 if [t.lower_ for t in words[:2]] == ["more", "from"] else 1 if words and words[0].lower_ == "from" else 0
    source = words[lead:]
    if (not lead or not source or len(source) > MAX_FROM_LABEL_TOKENS
            or any(t.tag_.startswith(("VB", "MD")) or t.is_punct for t in source)):
        return None
    return source


def _apply(parsed: ParsedText, d: Draft, found: Found, text: str, q: QuoteSpan, lo: int) -> None:
    d.cue = found.cue
    d.cue_span = parsed.span_of(found.cue)
    if found.speaker:
        d.set_speaker(found.speaker, parsed)
    if found.addressee:
        d.set_addressee(found.addressee, parsed)
    if _embedded(text, lo, q) and not _object_of_cue(text, d.cue_span, q):
        d.kind = "mixed"


def _object_of_cue(text: str, cue_span: tuple[int, int], q: QuoteSpan) -> bool:
    """`said “not too likely”`, `saying: “The struggle continues” and …`, `told them that “I need you.”`: the
    quote is what the cue reports, whole (right after the cue or its colon, or a whole sentence after `that`);
    `“We’re happy” about it, said X`: a quote opening its sentence is no fragment of another clause."""
    if q.end <= cue_span[0]:
        return not text[max(0, q.open_mark - 3) : q.open_mark].strip(" \n([\u2014\u2013-")
    between = text[cue_span[1] : q.open_mark].strip().lower()
    # `“…,” Cole said, and “it will cost us dearly.”`: more of what was said, to the sentence's end
    joined = added_by_conjunction(text, cue_span[1], q.start) and _ends_sentence(text, q)
    return between in ("", ",", ":", "that") or joined or (between.endswith(" that") and _ends_sentence(text, q))


def _embedded(text: str, lo: int, q: QuoteSpan) -> bool:
    """Whether the quote is a fragment inside a sentence: words run into its opening mark (`added that
    West “will…`), or its last word runs on past the closing mark (`“big tent” Republicans`)."""
    if _runs_on(text, lo, q):
        return True
    body = text[max(q.start, q.end - 8) : q.end].rstrip()
    after = text[q.end + 1 : q.end + 3].lstrip()
    return bool(body) and body[-1].isalnum() and after[:1].isalpha() and after[:1].islower()


def _spoken_title(text: str, d: Draft) -> bool:
    """`Some chanted “USA! USA!”`, `“GROWING ARMY,” he declared`: capitalised words that a speech cue right
    beside them says someone uttered, so no title however they are set."""
    if not (d.cue and d.speaker_span and d.cue_span and is_speech(d.cue[0])):
        return False
    if d.cue_span[1] <= d.start:
        return not text[d.cue_span[1] : d.start].strip(" ,:\u201c\u2018\"'")
    first = min(d.cue_span[0], d.speaker_span[0])
    # and opening its sentence: `her book, “The Quiet Room,” argues` names the book
    before = text[max(0, d.start - 40) : d.start].rstrip(" \u201c\u2018\"'")
    return (d.end <= first and not text[d.end : first].strip(" ,\u201d\u2019\"'")
            and (not before or before[-1] in ".!?:\n"))


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between two quotes, ends no sentence or paragraph."""
    return not SENTENCE_BREAK.search(text, start, end)


def _keep(text: str, drafts: list[Draft]) -> list[Draft]:
    """Drop titles, slogans and scare quotes; re-index parents; return in text order."""
    keep_idx = []
    fragments = set()  # drafts dropped as no speech
    for k, d in enumerate(drafts):
        words = text[d.start : min(d.end, d.start + 400)].split()  # the rules below count up to a dozen words
        if d.extra.get("merged"):
            continue  # its reported clause is already another record
        source = drafts[d.follows] if d.follows in fragments else None
        if source is not None and _one_sentence(text, source.end, d.start):
            d.follows = None  # `stop “moaning” or “nagging”`: a scare quote after one dropped in its sentence
        elif source is not None and source.speaker_span is not None:
            d.take_speaker(source)  # `words like “perhaps”, he told reporters.` ¶ `“This is …”`: he says it
            d.follows = None
        attributed = d.cue is not None or d.speaker_span is not None or d.follows is not None
        if d.depth and d.cue is None:
            continue  # a quote inside a quote with no cue of its own is not told apart from its host
        if d.cue is None and d.depth == 0 and BYLINE.match(text, d.end):
            continue  # `—“Sam Mendes leaves …,” by Times' Michael Paulson`: a headline and its byline
        if ((not attributed and len(words) < MIN_UNATTRIBUTED_WORDS) or d.is_loose_fragment(text)
                or (d.kind != "indirect" and not d.extra.get("clause") and looks_like_title(words) and len(words) >= 2
                    and not _spoken_title(text, d))):
            # short and unattributed, a scare quote, or a title (`“Make America Great Again” hat`, `his book,
            # ''An American Son.''`): not speech
            fragments.add(k)
            continue
        keep_idx.append(k)
    order = sorted(keep_idx, key=lambda k: (drafts[k].start, -drafts[k].end))
    remap = {old: new for new, old in enumerate(order)}
    out = [drafts[k] for k in order]
    for k, d in enumerate(out):
        d.parent = remap.get(d.parent) if d.parent is not None else None
        d.follows = remap.get(d.follows) if d.follows is not None else None
        if d.follows is not None and d.follows >= k:
            d.follows = None  # a reported clause grew over the quote it continued: it stands alone
        if d.parent is not None and d.parent >= k:
            d.parent = None
    return out
