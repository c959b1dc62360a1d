"""The words around a quote that may attribute it: its frame, and the cue and speaker found there.

A quote's *left frame* is the part of its sentence before the opening mark, its *right frame* the part after the
closing mark, both stopping at other quotes and at the paragraph's edges. Cue verbs are looked for in the right
frame first (`,” she said`), then in the left (`She said, “`), as newspapers write them in that order of
frequency (PolNeAR train: about 3 right-frame cues for each left-frame one).

The speaker is read from the parse first; a speaker found beside the cue instead is read in `quotes/nearby.py`,
and the words of a mention in `quotes/mention_phrase.py`.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .cues import is_cue, is_speech
from .lexicon import SOURCE_CUES, anonymous_heads, cue_forms, document_nouns, publishing_verbs, role_nouns
from .mention_phrase import DASHES, DATE_WORDS, can_speak, mention_tokens, quote_mark
from .nearby import (NAMEY_POS, inverted_after_quote, name_opening, nearest_name, object_after, past_aside,
                     subject_of_report)
from .parsed import SENTENCE_END, ParsedText, coarse, pobj_of
from .subjects import hung_on_verbless_subject, misplaced_subject, subject_of, subjects_nearest_first

# `said in an interview with Ari Shapiro`: a talk whose `with` names the one spoken to
TALK_NOUNS = {"interview", "interviews", "conversation", "call", "sitdown", "exchange", "chat", "meeting"}
SHOW_WORDS = {"today", "tonight"}  # capitalised inside a sentence, a programme's name (`Entertainment Tonight`)
NAME_TAIL_DEPS = {"npadvmod", "compound", "nmod"}  # how the parser hangs the end of a name on the next clause
CITED_THINGS = {"report", "reports", "reporting", "documents", "records", "filings", "data", "accounts", "estimates"}
SETTING_OFF = {",", "(", ";"} | DASHES


@dataclass
class Found:
    """A cue and the subject it takes, as tokens of the parse."""

    cue: list[Token]
    speaker: list[Token] | None
    addressee: list[Token] | None
    inverted: bool = False  # the speaker was found next to the cue, not through the parse


def left_frame(parsed: ParsedText, lo: int, open_mark: int) -> list[Token]:
    """Tokens of the open mark's sentence before it, from offset `lo` on."""
    toks = parsed.tokens_between(lo, open_mark)
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text in SENTENCE_END:
            return toks[k + 1:]
    return toks


def right_frame(parsed: ParsedText, close_mark: int, hi: int) -> list[Token]:
    """Tokens of the close mark's sentence after it, up to offset `hi`, through the first sentence end."""
    toks = parsed.tokens_between(close_mark + 1, hi)
    for k, tok in enumerate(toks):
        if tok.text in SENTENCE_END and k > 0:
            return toks[: k + 1]
    return toks


def cites_source(tok: Token) -> bool:
    """`per` naming who says so (`Per a council spokesperson, …`, `…, per ESPN`), set off from its clause; not a
    rate (`$5 per gallon`) nor a rule (`per the contract`)."""
    if tok.lower_ != "per" or tok.dep_ != "prep":
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and not tok.is_sent_start and before.text not in SETTING_OFF and not before.is_quote:
        return False
    obj = pobj_of(tok)
    if obj is None:
        return False
    low = obj.lower_
    return (coarse(obj) == "PROPN" or low in role_nouns() or low in anonymous_heads() or low in CITED_THINGS
            or low in document_nouns())


def cites(tokens, k: int) -> list[Token] | None:
    """The cue `according to` or a source-citing `per` at `tokens[k]` (a list of tokens or a whole Doc), else None."""
    tok = tokens[k]
    if tok.lower_ == "according" and k + 1 < len(tokens) and tokens[k + 1].lower_ == "to":
        return [tok, tokens[k + 1]]
    return [tok] if cites_source(tok) else None


def heads_its_sentence(cue: list[Token], frame: list[Token]) -> bool:
    """Whether the cue governs the frame (`“Why?” Smith asked.`, `… Trump told ITV in an interview.`)
    rather than sitting in a clause of a new sentence (`Yet, while she may not agree, …`)."""
    head = cue[0]
    if head.dep_ == "xcomp" and head.tag_ == "VBG" and head.head.dep_ == "ROOT" and head.head.i < head.i:
        head = head.head  # `“Why?” a reporter can be heard asking`; not `X declined to comment`
    if hung_on_verbless_subject(head):
        head = head.head  # `“…!” the nominee, Ann Lund, tweeted Sunday`
    ids = {t.i for t in frame if t.doc is head.doc}
    return head.dep_ == "ROOT" or head.head.i not in ids or head.head.is_quote


def find_cue(tokens: list[Token], last: bool = False, governs: Token | None = None) -> list[Token] | None:
    """The first (or last) cue in `tokens`: "according to" or a citing "per", else a speech verb, else a thought verb.

    Speech verbs win over thought verbs in the same frame: in `he has said …, but I don't know if …, ‘…’`
    the quote is what was said, not what is not known. With `governs` (a token of the quote), a cue the
    quote hangs from in the parse wins over a nearer one that does not reach it (`Christie said Trump's tweet
    saying … meant that “…”`).
    """
    if governs is not None:
        ancestors = {t.i for t in governs.ancestors}
        ruling = [t for t in tokens if t.doc is governs.doc and t.i in ancestors]
        found = find_cue(ruling, last) if ruling else None
        if found is not None and found[0].lower_ not in SOURCE_CUES:
            return found
    order = range(len(tokens) - 1, -1, -1) if last else range(len(tokens))
    thought = None
    for k in order:
        tok = tokens[k]
        cited = cites(tokens, k)
        if cited:
            return cited
        if is_cue(tok):
            if is_speech(tok):
                return [tok]
            thought = thought or [tok]
    return thought


def speech_over(verb: Token) -> Token | None:
    """The speech verb whose report a thought or plan verb belongs to (`They want to “…,” Sanders said`,
    `Back then, Ripert said, she found Sherry “…”`): the quoted words are that speaker's. Cost: a few steps."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head == node:
            break
        node = node.head
        if is_cue(node) and is_speech(node):
            return node
    return next((c for c in verb.children if c.dep_ == "parataxis" and is_cue(c) and is_speech(c)
                 and subject_of(c) is not None), None)


def attribute_cue(cue: list[Token], frame: list[Token], banned=None) -> Found:
    """The speaker and addressee of a cue: the parse first, then the nearest name beside the cue.

    `banned(token)` says where a speaker cannot be (inside the quote being attributed: a parser's slip).
    """
    head = cue[0]
    if head.lower_ in SOURCE_CUES:
        obj = pobj_of(cue[-1])
        return Found(cue, mention_tokens(obj) if obj is not None else nearest_name(frame, cue[-1], after=True), None)
    agent = agent_of(head)  # `Asked by Stephanopoulos …`, `he was told by aides that …`: the agent speaks
    # the parse's candidates in turn, skipping one inside the quote (a clause of the quote taken for the sentence's)
    # (a subject the parser found inside the quote is skipped for one it hung on the cue: `…,” the editorial read`)
    candidates = [agent] if agent is not None else [_outer_cue_subject(head), _publisher(subject_of(head)),
                                                    misplaced_subject(head)]
    speaker = _first_speaker(candidates, banned)
    if speaker is None and agent is None:
        # the parser may hang a quoted clause's subject on the cue as a second one (`As X put it, ''Senators …''`),
        # and the subject of `As X put it` may come as the object of `As`
        subjects = subjects_nearest_first(head)
        later = subjects[1:]
        # a subject inside the quote may have the speaker as its apposition (`“… by this team,” Lund, the …, said`)
        later += [a for s in subjects for a in s.children if a.dep_ == "appos"]
        later += [o for o in (pobj_of(c) for c in head.children if c.lower_ == "as" and c.i < head.i)
                  if o is not None and can_speak(o)]
        speaker = _first_speaker(later, banned)
    inverted = False
    if speaker is None:
        first_after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        verb = cue_forms().get(head.lower_)
        inverted_order = (first_after is not None and coarse(first_after) in NAMEY_POS and first_after.lower_ not in DATE_WORDS
                          and not (verb is not None and verb.names)  # `called Trump a “…”`: Trump is named, not naming
                          and not subject_of_report(first_after, head))  # `said Mr. Trump was a candidate …:`
        sides = (True, False) if inverted_order else (False, True)  # `said Smith` vs `Smith, 52, said`
        if verb is not None and verb.names:
            sides = (False,)
        frame = past_aside(frame, head)  # `Trump - who said he would bomb the oil fields - said at a rally`
        near = [t for t in frame if t == head or not banned(t)] if banned is not None else frame
        # `“…,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News`: a name right after
        # the closing mark comes before the nearest one
        speaker = inverted_after_quote(head) or name_opening(near, head, after_quote=True)
        speaker = speaker or next(filter(None, (nearest_name(near, head, after=side) for side in sides)), None)
        speaker = speaker or name_opening(near, head)
        speaker = speaker or (None if verb is not None and verb.names else object_after(head, frame))
        inverted = speaker is not None
    return Found(cue, speaker, addressee_of(head), inverted)


def _publisher(subject: Token | None) -> Token | None:
    """For a relative `that` or `which` standing for a text someone put out, whoever put it out (`Trump released a
    video that said, “…”`, `Ana hoisted a sign that read “…”`); else the subject itself."""
    if subject is None or subject.lower_ not in ("that", "which") or subject.head.dep_ != "relcl":
        return subject
    text = subject.head.head
    if text.dep_ != "dobj" or text.head.lower_ not in publishing_verbs():
        return subject
    owner = subject_of(text.head)
    return owner if owner is not None and can_speak(owner) else subject


def _first_speaker(candidates: list[Token | None], banned) -> list[Token] | None:
    """The mention of the first candidate from the parse that may speak (see `_may_speak`), or None."""
    return next((m for m in (mention_tokens(c) for c in candidates if c is not None) if _may_speak(m, banned)), None)


def _may_speak(mention: list[Token], banned) -> bool:
    """Whether a mention from the parse may be the speaker: not across a quote mark nor inside a pair of them, nor
    where `banned` says no."""
    return (not _crosses_quote(mention) and not _in_quote_marks(mention)
            and not (banned is not None and any(banned(t) for t in mention)))


def _in_quote_marks(mention: list[Token]) -> bool:
    """Whether a mention is a title set in quote marks (`her book, “The Quiet Room,” economist Helen Drury
    argues`): the parser made it the subject, but a title says nothing; its apposition may."""
    doc, first, last = mention[0].doc, mention[0].i, mention[-1].i
    after = last + 1 + (last + 1 < len(doc) and doc[last + 1].text == ",")
    return first > 0 and doc[first - 1].is_quote and after < len(doc) and doc[after].is_quote


def _outer_cue_subject(verb: Token) -> Token | None:
    """`X said [A did this] and suggested …`, `X said [A did this], stating …`: a cue with no subject of its own
    that the parser hung, as a conjunct or a participle, inside another cue's reported clause shares that cue's
    subject, which is how such sentences nearly always read, not the subject of the clause it was hung in."""
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # `X said A was so, stating that …`
    if not (verb.dep_ == "conj" or participle) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    node = verb.head
    for _ in range(4):
        if node.dep_ == "ccomp" and is_cue(node.head):
            return subject_of(node.head)
        if node.head == node:
            return None
        node = node.head
    return None


def agent_of(verb: Token) -> Token | None:
    """The `by` phrase's noun of a passive cue (`asked by Stephanopoulos`), or None."""
    if verb.tag_ != "VBN":
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            return pobj_of(child)
    return None


def agent_mention(verb: Token) -> list[Token] | None:
    """The mention of a passive cue's agent (`is expected [by analysts]`), or None: the only source a report has
    when its subject is the one spoken to or about."""
    agent = agent_of(verb)
    return mention_tokens(agent) if agent is not None else None


def _crosses_quote(tokens: list[Token]) -> bool:
    return any(quote_mark(t) for t in tokens)


def addressee_of(verb: Token) -> list[Token] | None:
    """`told Van Jones`, `said to reporters`, `said in an interview with NPR’s Ari Shapiro`: the one spoken to."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            talk = pobj_of(child)
            if talk is not None and talk.lower_ in TALK_NOUNS:
                spoken_to = next((pobj_of(c) for c in talk.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                if spoken_to is not None and coarse(spoken_to) in ("PROPN", "NOUN"):
                    return mention_tokens(spoken_to)
        after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if any(c.dep_ == "case" for c in child.children) or (after is not None and after.tag_ == "POS"):
            continue  # `told CNN’s Jake Tapper` parsed as two objects: the owner is not the one spoken to
        if (child.dep_ in ("dobj", "dative") and coarse(child) in ("PROPN", "NOUN", "PRON") and child.tag_ != "WP"
                and verb.lower_.startswith(("tel", "tol", "ask"))):  # `what his parents told him`: not `what`
            return _with_name_tail(mention_tokens(child))
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = pobj_of(child)
            if obj is not None and coarse(obj) in ("PROPN", "NOUN", "PRON"):
                return mention_tokens(obj)
    return None


def _with_name_tail(mention: list[Token]) -> list[Token]:
    """A name with the capitalised words after it that the parser hung on the next clause (`told Entertainment
    Tonight her daughter …`); a day is no part of it (`told CNN Monday`), a capitalised `Tonight` or `Today` is."""
    doc, last = mention[0].doc, max(t.i for t in mention)
    k = last + 1
    while (k < len(doc) and coarse(doc[last]) == "PROPN" and doc[k].text[:1].isupper() and doc[k].dep_ in NAME_TAIL_DEPS
           and (doc[k].lower_ not in DATE_WORDS or doc[k].lower_ in SHOW_WORDS) and doc[k - 1].whitespace_):
        k += 1
    return mention + list(doc[last + 1 : k])
