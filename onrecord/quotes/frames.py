"""The words around a quote that may attribute it: its frame, and the cue and speaker found there.

A quote's *left frame* is the part of its sentence before the opening mark, its *right frame* the part after the
closing mark, both stopping at other quotes and at the paragraph's edges. Cue verbs are looked for in the right
frame first (`,” she said`), then in the left (`She said, “`), as newspapers write them in that order of
frequency (PolNeAR train: about 3 right-frame cues for each left-frame one).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import (SOURCE_CUES, anonymous_heads, cue_forms, document_nouns, organisation_words, publishing_verbs,
                      role_nouns)
from .parsed import (ParsedText, coarse, glued_hyphen, hung_on_verbless_subject, is_cue, is_speech, misplaced_subject,
                     pobj_of, subject_of, subjects_nearest_first)

SENTENCE_END = {".", "!", "?"}
GENERIC_SUBJECTS = {"you", "one", "it", "this", "that", "there"}  # subjects that name nobody in particular
DEGREE_WORDS = {"nearly", "almost", "about", "roughly", "approximately", "around", "only", "just", "barely", "fully",
                "exactly", "some", "over", "under", "more", "less", "fewer"}  # how many: part of a mention
MENTION_STOP_DEPS = {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"}
NAMEY_POS = {"PROPN", "PRON"}
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS", "CD"}
MAX_MENTION_TOKENS = 12
# `said in an interview with Ari Shapiro`: a talk whose `with` names the one spoken to
TALK_NOUNS = {"interview", "interviews", "conversation", "call", "sitdown", "exchange", "chat", "meeting"}
SHOW_WORDS = {"today", "tonight"}  # capitalised inside a sentence, a programme's name (`Entertainment Tonight`)
NAME_TAIL_DEPS = {"npadvmod", "compound", "nmod"}  # how the parser hangs the end of a name on the next clause
DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
              "yesterday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "sept.", "oct.", "nov.", "dec.", "jan.", "feb.", "aug."}
CITED_THINGS = {"report", "reports", "reporting", "documents", "records", "filings", "data", "accounts", "estimates"}
DASHES = {"-", "\u2013", "\u2014", "--"}
SETTING_OFF = {",", "(", ";"} | DASHES
TIME_NOUNS = {"week", "weeks", "month", "months", "year", "years", "night", "morning", "afternoon", "evening", "past",
              "weekend", "day", "days", "spring", "summer", "fall", "winter", "time"}


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
        return Found(cue, mention_tokens(obj) if obj is not None else _nearest_name(frame, cue[-1], after=True), None)
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
                          and not _subject_of_report(first_after, head))  # `said Mr. Trump was a candidate …:`
        sides = (True, False) if inverted_order else (False, True)  # `said Smith` vs `Smith, 52, said`
        if verb is not None and verb.names:
            sides = (False,)
        frame = _past_aside(frame, head)  # `Trump - who said he would bomb the oil fields - said at a rally`
        near = [t for t in frame if t == head or not banned(t)] if banned is not None else frame
        # `“…,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News`: a name right after
        # the closing mark comes before the nearest one
        speaker = _inverted_after_quote(head) or _name_opening(near, head, after_quote=True)
        speaker = speaker or next(filter(None, (_nearest_name(near, head, after=side) for side in sides)), None)
        speaker = speaker or _name_opening(near, head)
        speaker = speaker or (None if verb is not None and verb.names else _object_after(head, frame))
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


def _inverted_after_quote(head: Token) -> list[Token] | None:
    """`“…,” said the woman, who …`: right after a closing mark, the noun phrase after the cue speaks, even when
    the parser made it the subject of a clause of its own."""
    doc = head.doc
    if head.i == 0 or head.i + 1 >= len(doc) or not doc[head.i - 1].is_quote or not is_speech(head):
        return None
    noun = doc[head.i + 1]
    if coarse(noun) == "PROPN":
        return None  # `said Smith`: the nearest name
    while noun.dep_ in ("det", "amod", "compound", "nummod", "poss") and head.i < noun.head.i <= head.i + 5:
        noun = noun.head
    if coarse(noun) not in ("NOUN", "PROPN") or noun.lower_ in DATE_WORDS or noun.dep_ in ("dobj", "pobj", "attr"):
        return None
    return mention_tokens(noun)


def aside_dash(tok: Token) -> bool:
    """A dash that opens or closes an aside: a long one, or a short one set off by a space (not the hyphen of
    `tragedy-free`)."""
    return tok.text in DASHES and (tok.text not in ("-", "--") or tok.i == 0 or bool(tok.doc[tok.i - 1].whitespace_))


def _past_aside(frame: list[Token], head: Token) -> list[Token]:
    """The words around a cue that closes an aside between dashes (or, with no dash before the cue, a participle's
    aside between commas: `_past_participle_aside`), with the aside left out: the speaker is the one the aside is
    about, before it, not the last name inside it."""
    doc = head.doc
    if head.i == 0 or not aside_dash(doc[head.i - 1]):
        return _past_participle_aside(frame, head)
    opening = next((k for k in range(head.i - 2, head.sent.start - 1, -1) if aside_dash(doc[k])), None)
    if opening is None:
        return frame
    return list(doc[max(opening - 8, head.sent.start) : opening]) + [t for t in frame if t.i >= head.i]


def _past_participle_aside(frame: list[Token], head: Token) -> list[Token]:
    """The words around a cue that closes a participle's aside between commas (`Mr. Lund, asked about the
    deaths under Mr. Varga, had said`), with the aside left out: the one asked speaks, not the last name asked about."""
    doc = head.doc
    k = head.i - 1
    while k > head.sent.start and doc[k].dep_ in ("aux", "neg", "advmod") and doc[k].head == head:
        k -= 1  # `had said`, `then said`
    if doc[k].text != ",":
        return frame
    opening = next((j for j in range(k - 1, max(head.sent.start, k - 40) - 1, -1) if doc[j].text == ","), None)
    if opening is None or doc[opening + 1].tag_ not in ("VBN", "VBG", "VBD"):
        return frame
    return [t for t in frame if not opening <= t.i <= k]


def _subject_of_report(tok: Token, cue: Token) -> bool:
    """Whether the name starting at `tok` is the subject of the clause the cue reports, not an inverted speaker."""
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and tok.head.head == cue


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


def _object_after(verb: Token, frame: list[Token]) -> list[Token] | None:
    """`,” read the email.`, `,” begins a scripted message`: a noun phrase right after a cue that opens its
    frame, which the parser took for the cue's object, is its speaker."""
    ids = [t.i for t in frame if t.doc is verb.doc]
    if not ids or verb.i not in ids or any(not (t.is_punct or t.is_space) for t in frame[: ids.index(verb.i)]):
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "nsubj") and child.left_edge.i == verb.i + 1 and child.tag_ in NOUN_TAGS:
            return mention_tokens(child)
    return None


def _crosses_quote(tokens: list[Token]) -> bool:
    return any(_quote_mark(t) for t in tokens)


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


def _nearest_name(frame: list[Token], cue: Token, after: bool) -> list[Token] | None:
    """The closest proper noun or pronoun to the cue on one side, within the frame."""
    idx = [k for k, t in enumerate(frame) if t.i == cue.i and t.doc is cue.doc]
    if not idx:
        return None
    k = idx[0]
    side = frame[k + 1 : k + 6] if after else _outside_brackets(list(reversed(frame[max(0, k - 12) : k])))[:5]
    for tok in side:
        if tok.is_punct and tok.text not in ("'", "’"):
            if tok.text in SENTENCE_END:
                break
            continue
        if after and tok.dep_ == "mark":
            break  # `said as confetti fell`: a name past `as`, `when`, `because` is the subject of another clause
        if tok.lower_ in DATE_WORDS or not _may_name_speaker(tok):
            continue  # `his`, `her` own something; `told Mr. Obama`, `Sanders's following`, `ACLU of Oregon`
        if coarse(tok) in NAMEY_POS or (tok.is_title and not tok.is_sent_start):
            return mention_tokens(tok.head if tok.dep_ == "compound" else tok)
    return None


def _outside_brackets(backwards: list[Token]) -> list[Token]:
    """Tokens read backwards from a cue, without those inside brackets (`Sen. Ann Lee (D-Ill.), …, said`: the
    party and state are no name)."""
    out, depth = [], 0
    for tok in backwards:
        if tok.text == ")":
            depth += 1
        elif tok.text == "(" and depth:
            depth -= 1
        elif not depth:
            out.append(tok)
    return out


def _name_opening(frame: list[Token], cue: Token, after_quote: bool = False) -> list[Token] | None:
    """`,” William M. Corbin, Governor Lund's former chief of staff, said …`: the name that opens a frame after
    a quote, set off by a comma from the rest before its cue, when the parser hung it elsewhere; role words
    before it stay out (`,” delegate Bill Eastman, wearing a hat, said`). With `after_quote`, only right after
    the quote's closing mark."""
    words = words_of(frame)
    if after_quote and (not words or words[0].i == 0 or not words[0].doc[words[0].i - 1].is_quote):
        return None
    k = 0
    while k < len(words) - 1 and _role_word(words[k]) and words[k + 1].i == words[k].i + 1:
        k += 1
    words = words[k:]
    if not words or words[0].i >= cue.i or coarse(words[0]) != "PROPN" or words[0].lower_ in DATE_WORDS:
        return None
    run = [words[0]]
    for t in words[1:]:
        if t.i != run[-1].i + 1 or coarse(t) != "PROPN":
            break
        run.append(t)
    after = run[-1].i + 1
    if after >= cue.i or run[-1].doc[after].text != ",":
        return None
    return run


def words_of(tokens: list[Token]) -> list[Token]:
    """The tokens that are words: no punctuation, quote mark or space."""
    return [t for t in tokens if not (t.is_punct or t.is_quote or t.is_space)]


def _role_word(tok: Token) -> bool:
    """A lower-case noun or adjective that may stand before a name (`delegate`, `former`)."""
    return tok.tag_ in ("NN", "JJ") and tok.is_lower


def _may_name_speaker(tok: Token) -> bool:
    """Whether a nearby name or pronoun may be a speaker: not an object, a possessor, a place in a phrase or a
    modifier of a common noun (`told Mr. Obama`, `Sanders's following`, `ACLU of Oregon`, `Mexican border`)."""
    if tok.dep_ in ("dobj", "dative", "pobj", "poss", "amod") or tok.tag_ == "PRP$":
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS":
        return False
    return not (tok.dep_ == "compound" and tok.head.tag_ in ("NN", "NNS"))


def mention_tokens(head: Token) -> list[Token]:
    """The noun phrase naming a person, cut before appositions and relative clauses (`Hugh Hill, a doctor`)."""
    while (head.dep_ in ("compound", "flat") and head.head != head and head.head.i > head.i
           and not head.head.tag_.startswith("VB") and not is_cue(head.head)):  # `the email read`, parsed as one noun
        head = head.head
    head = _past_dateline(_past_verb(head))
    doc = head.doc
    start = head.i
    for left in head.lefts:
        if doc[left.right_edge.i + 1].text == "," and left.left_edge.tag_ != "DT":
            continue  # `Of Carson, Lund …`: what a comma sets off before the name is no part of it (but `The big, bold headline`)
        if left.dep_ == "advmod" and left.tag_ == "RB" and left.lower_ not in DEGREE_WORDS:
            continue  # `Even Reed agreed`: a focusing word is no part of who it is (but `Nearly half said`)
        if left.dep_ not in MENTION_STOP_DEPS and not _quote_mark(left):
            start = min(start, left.left_edge.i)
            break
    while start < head.i and doc[start].dep_ == "amod" and is_cue(doc[start]):
        start += 1  # `“…,” tweeted Rubio spokesman Alex Conant`: the cue, read as an adjective of the title
    if (head.dep_ in ("amod", "compound") and head.head.i > head.i and start and doc[start - 1].dep_ == "det"
            and doc[start - 1].head == head.head):
        start -= 1  # `the 71-year-old said`, parsed as two modifiers of the verb (see `subject_of`)
    # `Her co-author said`, with `co`, `-` and `author` each a subject: the mention opens with the whole word
    while start > 1 and glued_hyphen(doc[start - 1]):
        start = doc[start - 2].left_edge.i
    end = head.i
    for right in head.rights:
        if right.dep_ in MENTION_STOP_DEPS or _quote_mark(right):
            break
        if right.dep_ == "prep" and ((coarse(head) == "PROPN" and not _names_body(head, right)) or dated(right)):
            break  # `Farmer leaders on Sunday said`: when they spoke, not who they are
        end = right.right_edge.i
    toks = [doc[k] for k in range(start, end + 1)]
    if len(toks) > MAX_MENTION_TOKENS or any(_quote_mark(t) for t in toks):
        toks = [t for t in doc[max(start, head.i - 3) : head.i + 1] if t.dep_ in ("compound", "flat", "det") or t == head]
    toks = _within_dashes(toks, head)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    return toks or [head]


def _past_verb(head: Token) -> Token:
    """`Lumora unveils folding tablet, promises “…”`: the parser took a headline's first verb for the subject of
    the second and the name before it for a compound of it; the name is the subject."""
    if head.tag_ not in ("VBZ", "VBD", "VBP") or head.dep_ not in ("nsubj", "nsubjpass"):
        return head
    return next((c for c in head.lefts if c.dep_ in ("compound", "nsubj") and coarse(c) in ("PROPN", "NOUN")
                 and c.i == head.i - 1 and c.left_edge.i == head.sent.start), head)


def _past_dateline(head: Token) -> Token:
    """`CLEVELAND, July 19 (UPI) — Jo Hale told …`: the parser made the dateline opening the sentence the subject,
    and the name after its dash an apposition of it; the name is who is meant."""
    if not (head.text.isupper() and len(head.text) > 2 and head.left_edge.i == head.sent.start):
        return head
    doc = head.doc
    return next((c for c in head.rights if c.dep_ == "appos" and c.left_edge.i > 0 and aside_dash(doc[c.left_edge.i - 1])),
                head)


def _quote_mark(tok: Token) -> bool:
    """A quote mark, not the apostrophe of a possessive (`Jones' team`; also `Sanders’ email`, where the tagger
    reads the apostrophe hung on the name as a closing mark)."""
    if not tok.is_quote or tok.tag_ == "POS":
        return False
    owner = tok.doc[tok.i - 1] if tok.i else None
    return not (tok.text in ("’", "'") and owner is not None and tok.head == owner and not owner.whitespace_
                and owner.lower_.endswith("s") and bool(tok.whitespace_))


def _within_dashes(toks: list[Token], head: Token) -> list[Token]:
    """The part of a mention between the dashes around its head: a dateline (`WASHINGTON — Sen. Jo Hale`,
    `May 2 (Reuters) - Hale`) or an aside the parser joined to it is not who spoke."""
    cuts = [k for k, t in enumerate(toks) if aside_dash(t)]
    first = max((k + 1 for k in cuts if toks[k].i < head.i), default=0)
    last = min((k for k in cuts if toks[k].i > head.i), default=len(toks))
    return toks[first:last]


def _names_body(head: Token, prep: Token) -> bool:
    """`The Royal College of Surgeons`, `the Bank of England`: an `of` that goes on naming a body."""
    return prep.lower_ == "of" and head.lower_ in organisation_words() and any(
        c.dep_ == "pobj" and c.text[:1].isupper() for c in prep.children)


def time_word(tok: Token) -> bool:
    """A date word or a time noun (`Sunday`, `week`): a word that says when."""
    return tok.lower_ in DATE_WORDS or tok.lower_ in TIME_NOUNS


def dated(prep: Token) -> bool:
    """Whether a prepositional phrase says when (`on Sunday`, `last week`), by a date word or a time noun."""
    return any(c.dep_ == "pobj" and time_word(c) for c in prep.children)


def can_speak(head: Token) -> bool:
    """Whether a noun phrase head may name a speaker with no speech verb to say so: a name, a personal
    pronoun, or a role or source noun of the lexicons (`spokesman`, `report`), or a noun with such an apposition
    (`His rival, Sen. Grace Kim,`)."""
    low = head.lower_
    if low in GENERIC_SUBJECTS:
        return False
    return (coarse(head) in ("PROPN", "PRON") or low.rstrip("s") in role_nouns() or low in role_nouns()
            or low in anonymous_heads() or any(c.dep_ == "appos" and can_speak(c) for c in head.children))
