"""Reported clauses the parser did not hang on their cue as its complement: on an aside between (`told the
Herald, when asked …, that …`), on a noun of the cue's phrase (`said during a conference that …`), around the cue
that interrupts them (`The plan, she said, will cost more`), or before the cue that tags their sentence (`…, he
said.`). Each reads the cue's own neighbourhood in the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue, is_speech
from .edges import MIN_CONTENT_TOKENS, has_dep, has_subject, opens_quote, trim, when_or_where
from .lexicon import organisation_words
from .mention_phrase import can_speak
from .parsed import pobj_of
from .subjects import SUBJECT_DEPS, subject_of, subjects_nearest_first

# a tagged sentence this long is a clause even where the tagger found no verb in it (`The rejection signals …`
# read as a plural noun); shorter verbless ones are fragments (`Or maybe Jeb Bush, …`)
MIN_VERBLESS_CLAUSE = 8
ASKED_WHEN = {"when", "after", "if", "once", "as", "before", "until", "while"}  # `said when asked whether …`
AS_ASIDE_BARS = {"dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "prt"}  # `As Trump demands a wall, …`: no aside
RELATIVES = {"who", "which", "that", "whom"}
SUBORDINATORS = {"as", "if", "when", "while", "because", "although", "though", "since", "after", "before", "unless",
                 "but", "and", "so", "whether"}


def asked_when(verb: Token) -> bool:
    """Whether a participle says when its subject was asked or told (`when asked`, `after told of the verdict`)."""
    return any(c.lower_ in ASKED_WHEN for c in verb.lefts)


def clause_past_asked(verb: Token) -> list[Token]:
    """`told the Herald, when asked about the bridge, that it would open`: the answer's that-clause, which the
    parser hung on the `when asked` aside between."""
    aside = next((c for c in verb.rights if c.dep_ == "advcl" and asked_when(c) and not has_subject(c)), None)
    if aside is None:
        return []
    doc = verb.doc
    return [c for c in aside.rights if c.dep_ == "ccomp" and marked_that(c) and doc[c.left_edge.i - 1].text == ","][:1]


def question_clause(verb: Token) -> list[Token]:
    """`asked workers if they would vote`: the question, which the parser hangs on the cue as an adverbial
    clause."""
    return [c for c in verb.rights if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.lefts)][:1]


def slipped_clause(verb: Token) -> list[Token]:
    """`said during a news conference that she may wait …`: a that-clause the parser hung on the noun of the cue's
    prepositional phrase as a relative or noun clause. A relative clause has no `that` marker (its `that` is a
    pronoun)."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        noun = pobj_of(prep)
        while noun is not None:
            for clause in (c for c in noun.rights if c.dep_ in ("relcl", "acl")):
                if marked_that(clause):
                    return [clause]
            # `said in one of a series of posts that …`: the clause hangs on the last noun of the phrase
            of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = pobj_of(of) if of is not None else None
    return []


def marked_that(head: Token) -> bool:
    """Whether `that` opens the phrase as its marker: a clause, not a relative clause (whose `that` is a pronoun)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in head.lefts)


def misread_clause(verb: Token) -> list[Token]:
    """`Outlets reported on Monday the agency had …`: the cue read as a participle of its subject
    (`outlets [reported on Monday]`), which the parser then made a second subject of the reported verb; the
    report is that verb's clause, from its own subject on."""
    subject = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or subject.dep_ != "nsubj" or subject.i > verb.i:
        return []
    reported = subject.head
    own = [c for c in reported.children if c.dep_ in SUBJECT_DEPS and c.i > verb.right_edge.i]
    if not own or reported.i < own[0].i or is_cue(reported):  # `A statement posted online said …`: a sentence
        return []
    if any(t.is_punct for t in verb.doc[verb.right_edge.i + 1 : own[0].left_edge.i]):
        return []  # `joked with his friend, his brother grew impatient`
    return [t for t in reported.subtree if t.i >= own[0].left_edge.i]


def relative_report(verb: Token) -> list[Token]:
    """`letters …, which she said represented all her mail`: a cue inside a relative clause whose pronoun is the
    subject of what was said, the parser having hung that verb on the cue as its object or infinitive rather than
    its clause. The report is the pronoun and the words after the cue to the clause's end (the pronoun stands for
    what the clause is about, as in a clause parsed right: `which he said would cost more`)."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.i + 1 >= len(doc) or not is_speech(verb):
        return []
    pronoun = next((c for c in verb.lefts if c.lower_ in ("which", "that") and c.tag_ == "WDT"), None)
    reported = doc[verb.i + 1]
    if (pronoun is None or reported.head != verb or reported.dep_ not in ("xcomp", "dobj")
            or not reported.tag_.startswith(("VBD", "VBZ", "VBP", "MD"))):
        return []
    if not any(c.dep_ in SUBJECT_DEPS and pronoun.i < c.i < verb.i for c in verb.children):
        return []  # `which said it would …`: the pronoun is who speaks
    return [pronoun] + list(doc[verb.i + 1 : verb.right_edge.i + 1])


def tagged_sentence(verb: Token) -> list[Token]:
    """`Those who do run up heavy debt struggle, even with a “decent” wage, he said.`, `…, said the company's
    chief executive, Ann Ferris.`: a cue with its subject closing the sentence after a comma, whose clause the
    parser hung elsewhere (a verbless reading, the cue as a conjunct): the sentence before that comma, if it has a
    verb."""
    # the subject nearest the cue: the parser may give it a second one from the clause (`for people …, she said`)
    subject = next(iter(subjects_nearest_first(verb)), None)
    if (subject is None or subject.lower_ in RELATIVES or verb.dep_ == "relcl"
            or not (can_speak(subject) or subject.lower_ in organisation_words())):
        return []  # `Clinton, who added to her lead`, `the borrowing continued`
    doc, sent = verb.doc, verb.sent
    tag = {t.i for t in subject.subtree} | {verb.i}
    for c in verb.rights:  # `said on Tuesday`, `said in a statement`
        if c.dep_ == "npadvmod" or (c.dep_ == "prep" and when_or_where(c)):
            tag |= {t.i for t in c.subtree}
    start = min(tag)
    first = sent.start
    if start - 1 == first and first > 0:  # the parser ended the sentence before the tag's comma
        first = doc[first - 1].sent.start
    after = list(doc[verb.i + 1 : sent.end])
    stop = next((k for k, t in enumerate(after) if t.text in (".", "!", "?")), len(after))
    if (start <= first or doc[start - 1].text != ","
            or any((t.i not in tag and not (t.is_punct or t.is_space)) or t.is_quote or t.text == ":" for t in after[:stop])):
        return []
    toks = trim(list(doc[first : start - 1]))
    if (len(toks) < MIN_CONTENT_TOKENS or toks[-1].is_quote
            or (len(toks) < MIN_VERBLESS_CLAUSE and not any(t.tag_.startswith("VB") for t in toks))
            or (toks[0].lower_ in SUBORDINATORS and not any(t.text == "," for t in toks))
            or any(is_cue(t) and is_speech(t) and any(u.is_quote for u in doc[t.i + 1 : t.i + 3]) for t in toks)):
        return []  # `As The Hill reported, …`: no claim of its own; `fans chanted, “…”`: a report of its own
    return toks


def is_set_off(verb: Token) -> bool:
    """`with each vote, these aides admit, it gets harder`: a cue the parser hung on the clause it
    interrupts as an adverbial clause, set off by commas on both sides, with no mark of its own."""
    if (verb.dep_ != "advcl" or any(c.dep_ == "mark" for c in verb.children) or verb.i > verb.head.i
            or not any(c.dep_ in SUBJECT_DEPS for c in verb.lefts)):
        return False
    doc = verb.doc
    first, last = _interruption(verb)
    return first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


def _interruption(verb: Token) -> tuple[int, int]:
    """The first and last token of a cue's own words inside the clause it interrupts: from its subject on (the
    parser may hang words of the clause ahead of it on the cue: `[But with each vote], aides say, …`)."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.rights):  # `The contrast with Lund, said Ortiz, would be clear`:
        return verb.i, verb.right_edge.i  # the subject before an inverted cue is the clause's, read as the cue's
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    return (subject.left_edge.i if subject is not None else verb.left_edge.i), verb.right_edge.i


def is_as_aside(verb: Token) -> bool:
    """`As the Post reported, CLAUSE`, `As Lund said last week in Dunmore, CLAUSE`, `As first reported by the Times,
    CLAUSE`: an `as` clause of a cue with nothing of its own to report, ahead of the clause it vouches for (not `As
    he spoke to reporters, …`)."""
    return (verb.dep_ == "advcl" and verb.i < verb.head.i and (subject_of(verb) is not None or has_dep(verb, "agent"))
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.lefts)
            and not any(c.dep_ in AS_ASIDE_BARS or (c.dep_ == "prep" and c.lower_ in ("to", "with", "about"))
                        for c in verb.children))


def is_fronted(clause: Token, verb: Token) -> bool:
    """`CLAUSE, she said` / `CLAUSE, said X`: a clausal complement ahead of its cue, set off by a comma, with no
    colon or semicolon between (`A: B, in 2013, questioned C` begins anew after A); not the clause before a noun
    the cue's clause describes (`Lee accused him of “lying,” a charge Moe rejected`, which the
    parser reads as `a charge` and `Moe` both subjects of the cue)."""
    between = [t.text for t in verb.doc[clause.right_edge.i : verb.i]]
    return (clause.dep_ == "ccomp" and verb.i > 0 and clause.i < verb.i and any(t in (",", "—", "--") for t in between)
            and not any(t in (":", ";") for t in between) and not _described_by(verb))


def _described_by(verb: Token) -> bool:
    """Whether a cue with two subjects before it, a common noun and then its own, is a relative clause with no
    `that` of the noun (`a charge Moe rejected`)."""
    subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
    return len(subjects) >= 2 and subjects[-2].tag_ in ("NN", "NNS") and subjects[-2].i < subjects[-1].left_edge.i


def resumption(verb: Token) -> Token | None:
    """`The bill would be helped, Ross said, by the new calendar`: where a clause ahead of its cue goes on after
    it, past a comma, in a phrase the parser hung on the cue; else None."""
    doc = verb.doc
    rest = next((c for c in verb.rights if c.dep_ not in SUBJECT_DEPS | {"punct", "dobj", "dative"}), None)
    if rest is None or rest.dep_ not in ("prep", "advcl", "npadvmod", "advmod") or rest.tag_ == "VBG":
        return None  # `…, he said, wiping his face`: what the speaker did
    k = rest.left_edge.i
    return rest if doc[k - 1].text == "," and all(t.i < k for t in verb.children if t.dep_ in SUBJECT_DEPS) else None


def opens_next(verb: Token) -> bool:
    """Whether a quote opens right after the cue (`After all, he says, “I never …”`) and the clause it is hung on
    has no subject before the cue: the cue introduces that quote rather than interrupting a clause (`These
    records, the auditors said, “all point to the same conclusion”`)."""
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.head.children):
        return False
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].text in (",", ":"):
        k += 1
    return k < len(doc) and opens_quote(doc[k])


def clause_around(verb: Token) -> list[Token]:
    """The clause a parenthetical cue interrupts, without the cue's own words."""
    first, last = _interruption(verb)
    return trim([t for t in verb.head.subtree if not first <= t.i <= last])
