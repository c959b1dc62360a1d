"""Whether a token is a cue: a speech, thought or evidence verb by its form and tag (`said`, `believes`,
`shows`), or quotative `like`, including where the parser hid one (a closing cue read as a noun, a cue after a
closing mark read as an adjective); and which kind of cue it is (speech, raising, a passive participle).
Cost: a lexicon look-up and a few steps in the parse around the token.
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cue_forms
from .parsed import coarse

VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}


def word_with(tok: Token, word: str) -> Token | None:
    """The object or particle that makes a plain verb a cue (`as X put [it]`, `Brennan shot [back] that …`), or the
    adjective right after it or after its `it` (`made [clear] that …`, `made it [clear] to the council that …`),
    however the parser hung that; else None."""
    found = next((c for c in tok.children if c.dep_ in ("dobj", "prt", "advmod") and c.lower_ == word), None)
    if found is not None:
        return found
    doc = tok.doc
    k = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "it")
    return doc[k] if k < len(doc) and doc[k].lower_ == word and doc[k].tag_ == "JJ" else None


def is_cue(tok: Token) -> bool:
    """A speech, thought or evidence verb by its form and tag; quotative `like` after a form of `be`."""
    low = tok.lower_
    if low == "like":
        before = [t for t in tok.doc[max(tok.i - 3, 0) : tok.i] if coarse(t) != "ADV"]  # `He's always like,`
        return bool(before) and before[-1].lower_ in BE_FORMS
    verb = cue_forms().get(low)
    if verb is None or verb.raising:  # `seems`, `appears`: no one speaks, so no quote's cue (see `is_raising`)
        return False
    if verb.only_with and word_with(tok, verb.only_with) is None:
        return False
    if tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_:
        return False  # so-called, well-known (a spaced dash before the cue is punctuation: `X - his aide - told`)
    if tok.dep_ == "amod" and tok.head.i > tok.i and not _after_closing_quote(tok):
        return False  # an adjective before its noun: `his alleged “paramours”`, `a stated aim`
    if verb.lemma == "quote" and _writer_quoting(tok):
        return False  # `Lund said, and I quote, “…”`: the writer vouching for the words, not a speaker
    if verb.names and _passive_without_agent(tok):
        return False  # `It's called ‘Quiet Room’`: a thing's name, said by no one (not `was called “a liar” by X`)
    return (tok.tag_ in VERB_TAGS or not tok.tag_ or closing_verb_read_as_noun(tok) or opening_verb_read_as_noun(tok)
            or _noun_with_a_verbs_arguments(tok))


def _after_closing_quote(tok: Token) -> bool:
    """`“…,” tweeted Rubio spokesman Alex Conant`: a cue right after a quote's closing mark and comma, which the
    parser may read as an adjective of the speaker's title."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].is_quote and doc[tok.i - 2].text in (",", "!", "?")


def _writer_quoting(tok: Token) -> bool:
    """`and I quote`, `I'm quoting here`: `quote` with `I` as its subject, an aside of the writer's vouching for
    the quote that follows. `I quote Lincoln:` (someone quoted) stays a cue, and so does `and I quote, that …`
    (the reported clause hung on the aside, which would otherwise lose it)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in tok.children):
        return False
    return not any(c.dep_ == "dobj" or (c.dep_ == "ccomp" and not _opens_with_quote_mark(c)) for c in tok.children)


def _opens_with_quote_mark(head: Token) -> bool:
    """Whether the phrase of `head` opens on a quote mark or right after one."""
    first = head.left_edge
    return first.is_quote or (first.i > 0 and first.nbor(-1).is_quote)


def _passive_without_agent(tok: Token) -> bool:
    """Whether a verb is in the passive (`is called`) with no `by` phrase naming who acts (the parser may hang it on
    the object: `was called “a liar” by Lund`)."""
    return any(c.dep_ == "auxpass" for c in tok.children) and not any(t.lower_ == "by" for t in tok.subtree)


def closing_verb_read_as_noun(tok: Token) -> bool:
    """`…,” the email read.`, `…, records show.`: a cue closing its sentence that the parser took for the head of
    a noun phrase, its subject hung on it as a compound, an adjective or a subject."""
    doc = tok.doc
    return (tok.tag_ in ("NN", "NNS") and tok.dep_ == "ROOT" and any(c.dep_ in ("compound", "amod", "nsubj") for c in tok.lefts)
            and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ".")


def _noun_with_a_verbs_arguments(tok: Token) -> bool:
    """`More than half of the voters surveyed support Lund`: a cue the tagger read as a noun, but the parser gave it
    a subject and an object, as only a verb has."""
    return (tok.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" for c in tok.lefts)
            and any(c.dep_ in ("dobj", "ccomp") for c in tok.rights))


def opening_verb_read_as_noun(tok: Token) -> bool:
    """`Trump predicts that …`, `Merkel talks about …`: a sentence opening on a subject and a cue in -s that the
    parser read as one plural noun (`Trump predicts`), the subject a compound of it, with no verb in the sentence."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or not tok.lower_.endswith("s") or tok.i == tok.sent.start:
        return False
    lefts = list(tok.lefts)
    subject = lefts[0] if len(lefts) == 1 else None
    return (subject is not None and subject.dep_ == "compound" and subject.i == tok.i - 1
            and subject.left_edge.i == tok.sent.start and subject.text[:1].isupper()
            and any(c.dep_ in ("prep", "ccomp", "dobj") for c in tok.rights))


def is_raising(tok: Token) -> bool:
    """A verb that reports with no source (`Trump seemed to enjoy it`, `it appears that …`), by its form and tag."""
    verb = cue_forms().get(tok.lower_)
    return verb is not None and verb.raising and tok.tag_ in VERB_TAGS


def is_speech(tok: Token) -> bool:
    """A cue that introduces speech (say, tell, like) rather than thought or evidence (know, show)."""
    verb = cue_forms().get(tok.lower_)
    return tok.lower_ == "like" or (verb is not None and verb.direct)


def passive_participle(verb: Token) -> bool:
    """A past participle without `have` (`asked about`, `was asked about`), whose subject is the one spoken to."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "having") for c in verb.children)


BE_FORMS = {"is", "was", "am", "'m", "’m", "are", "were", "be", "'s", "’s", "been"}
