"""Where a reported clause ends: before another report the speaker or someone else makes inside it (`…, saying
that …`, `…, while 22 percent said …`), before the speaker's next act (`said A and praised B`), on to its sentence's end
past words the parser hung on the cue (`said money is needed to build roads, repair schools …`), and without an aside
or `according to` of its own. Each reads the clause's tokens and its cue's neighbours in the parse.
"""
from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue, is_speech
from .edges import breaks_clause, has_dep, has_subject, opens_quote
from .mention_phrase import aside_dash
from .subjects import SUBJECT_DEPS, conjoined_subject, speakers_act

# an adverbial clause hung on the cue that the writer adds: `said A, while B …` (PolNeAR train; `because` and `if`
# go on with what is reported)
WRITERS_MARKS = {"while", "whereas", "though", "although"}


def inside_aside(toks: list[Token], verb: Token) -> list[Token]:
    """A report made inside an aside between dashes ends with the aside (`Trump - who said he would “bomb …”
    oil fields - said at a rally that …`), however the parser joined the words after it."""
    doc = verb.doc
    k = verb.left_edge.i - 1
    if k < 0 or not aside_dash(doc[k]):
        return toks
    close = next((t.i for t in toks if t.i > verb.i and aside_dash(t)), None)
    return [t for t in toks if t.i < close] if close is not None else toks


def until_next_report(clause: Token) -> list[Token]:
    """The clause's tokens up to a participle that reports something else (`…, saying that …`) or a contrast that
    reports someone else's words (`…, while 22 percent said …`)."""
    toks = list(clause.subtree)
    for t in toks:
        if t.i > clause.i and (_writers_contrast(t) or (t.dep_ in ("advcl", "conj", "parataxis") and is_cue(t)
                                                        and _reports_apart(t))):
            return [x for x in toks if x.i < t.left_edge.i]
    return toks


def _writers_contrast(tok: Token) -> bool:
    """`…, while 22 percent said they might change their mind`: a clause the writer sets against the report, with
    a subject of its own and a cue of its own."""
    return (tok.dep_ == "advcl" and is_speech(tok) and has_subject(tok)
            and any(c.dep_ == "mark" and c.lower_ in WRITERS_MARKS for c in tok.lefts))


def before_speakers_act(toks: list[Token], clause: Token, verb: Token) -> list[Token]:
    """A reported clause without a verb the parser joined to it that is the speaker's next act: in `has said the
    port must stay open, and has backed …` the verb has no subject and the cue's form, not the
    clause's, so it goes on the sentence rather than the report."""
    if clause.i < verb.i:
        return toks
    act = next((c for c in clause.rights if speakers_act(c, clause, verb)), None)
    return [t for t in toks if t.i < act.left_edge.i] if act is not None else toks


def _reports_apart(cue: Token) -> bool:
    """Whether a cue inside a reported clause starts a report of its own by the same speaker (`…, saying that …`,
    `said she did not excuse it and hoped that …`), rather than going on with what is reported (`says the mayor is
    acting rashly and showing disregard …`, `said the port is open and needs a levy`)."""
    if cue.dep_ == "advcl":
        return cue.tag_ == "VBG"
    if cue.dep_ == "conj":
        return not has_subject(cue) and has_dep(cue, "ccomp")
    return True


def to_sentence_end(toks: list[Token], verb: Token) -> list[Token]:
    """A reported clause runs on to its sentence's end past words the parser hung on the cue (`said money is
    needed to build a vaccine, educate the public and …`), stopping at another cue (before its subject) or a quote
    mark; a second clause of the same report (`said A, but that he would not support B`) goes on past the cues in
    it."""
    k = toks[-1].i + 1
    doc = verb.doc
    above = {a.i for a in verb.ancestors}  # `Clinton, though she … said X, notably stopped short …`: the outer clause
    # the comma or conjunction joining a clause of the writer's is left to `trim`, as any trailing one is
    sent_end = min([verb.sent.end] + [c.left_edge.i for c in verb.rights if c.i >= k and _own_clause(c, verb)])
    second = False
    while (k < sent_end and (second or not is_cue(doc[k]) or _listed_in(doc[k], toks[0].i))
           and not opens_quote(doc[k]) and not breaks_clause(doc[k]) and k not in above and doc[k].head.i not in above):
        second = second or (doc[k].lower_ == "that" and doc[k].dep_ == "mark")
        k += 1
    stopped_at_cue = k < sent_end and is_cue(doc[k]) and not second
    if stopped_at_cue and any(c.dep_ in SUBJECT_DEPS and c.i < k for c in doc[k].children):
        k = max(toks[-1].i + 1, doc[k].left_edge.i)  # `…, and most voters said …`: their subject is not reported
    elif stopped_at_cue and (joined := conjoined_subject(doc[k])) is not None:
        return [t for t in toks if t.i < joined.left_edge.i]  # `… and one in four said …`, hung on the clause
    return toks + [doc[j] for j in range(toks[-1].i + 1, k)]


def _listed_in(cue: Token, start: int) -> bool:
    """`said money is needed to develop a vaccine, educate the public and [learn] more …`: a cue word with no subject
    joined to a verb of the reported words is one more item of what was reported, not a report of its own."""
    return cue.dep_ == "conj" and start <= cue.head.i < cue.i and not has_subject(cue)


def _own_clause(tok: Token, verb: Token) -> bool:
    """A clause hung on the cue that the writer adds: one with a subject of its own (`said A, but B is …`,
    `…, while 22 percent said …`) or a second act of the speaker's (`said A and called on B to …`)."""
    marks = {c.lower_ for c in tok.lefts if c.dep_ == "mark"}
    if tok.dep_ == "advcl":
        return bool(marks & WRITERS_MARKS)
    if tok.dep_ != "conj" or "that" in marks:  # `said A, but that he would not …`: the same report goes on
        return False
    return has_subject(tok) or tok.tag_ == verb.tag_


def past_colon_quote(toks: list[Token]) -> list[Token]:
    """`Lund listed her chores: “It’s a ton of work,” she said`: the parser may hang the quote on the clause before
    its colon, but a cue after the quote reports the quote alone."""
    for k in range(len(toks) - 3, 0, -1):  # some word after the mark
        if toks[k].text == ":" and opens_quote(toks[k + 1]):
            return toks[k + 2 :]
    return toks


def before_according(toks: list[Token]) -> list[Token]:
    """A reported clause ends before an `according to` of its own (`… spent $2.5 million, according to X`):
    that phrase attributes the clause to someone else and is its own record."""
    for k in range(1, len(toks) - 1):
        if toks[k].lower_ == "according" and toks[k + 1].lower_ == "to":
            return toks[:k]
    return toks
