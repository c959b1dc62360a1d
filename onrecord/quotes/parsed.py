"""A view of the parse that the attribution rules read: tokens with article offsets, whatever was parsed.

The fast path parses only the paragraphs that attribution needs, joined into one `Doc` with the middles of
long quotes cut out (see `quotes/plan.py`); the spaCy component parses the whole article as one. `ParsedText`
hides the difference: every parsed token knows its article offset.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from .lexicon import anonymous_heads, control_verbs, cue_forms, is_role_word

VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# Penn tags to the coarse classes the rules read. The attribute_ruler that would set `pos_` costs a third of
# the pipeline's time (profiled on PolNeAR dev), and these five classes are all the rules need.
COARSE = {"NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "NN": "NOUN",
          "NNS": "NOUN", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV"}


def coarse(tok: Token) -> str:
    """PROPN, PRON, NOUN, ADV or "" from the fine-grained tag."""
    return COARSE.get(tok.tag_, "")


SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
JOINED_SUBJECT_TAGS = {"NN", "NNS", "NNP", "NNPS", "CD", "PRP"}


@dataclass(frozen=True)
class Piece:
    """One parsed stretch of the article. The doc's text is article text cut and joined: character
    `chunk_starts[k]` of the doc is character `article_starts[k]` of the article, and so on up to the next cut."""

    doc: Doc
    chunk_starts: tuple[int, ...] = (0,)
    article_starts: tuple[int, ...] = (0,)

    def to_article(self, idx: int) -> int:
        """Article offset of the doc's character `idx`."""
        k = bisect.bisect_right(self.chunk_starts, idx) - 1
        return self.article_starts[k] + idx - self.chunk_starts[k]


class ParsedText:
    """The parsed pieces of one article, searchable by article offset.

    Building costs a few array operations over the parsed tokens (no Token objects are made: spaCy makes a
    new one on every access, which is most of the cost of reading a Doc in Python); `tokens_between` costs
    O(log n + answer).
    """

    def __init__(self, text: str, pieces: list[Piece]):
        self.text = text
        self.pieces = pieces
        self._offsets: dict[int, list[int]] = {}
        starts, lengths, where = [], [], []
        for n, p in enumerate(pieces):
            cols = p.doc.to_array([IDX, LENGTH, IS_SPACE])
            idx = cols[:, 0].astype(numpy.int64)
            chunk_starts = numpy.asarray(p.chunk_starts)
            k = numpy.searchsorted(chunk_starts, idx, side="right") - 1
            offs = numpy.asarray(p.article_starts)[k] + idx - chunk_starts[k]
            self._offsets[id(p.doc)] = offs.tolist()
            keep = numpy.flatnonzero(cols[:, 2] == 0)  # spaces are never read
            starts.append(offs[keep]), lengths.append(cols[keep, 1]), where.append(numpy.stack([numpy.full(len(keep), n), keep], 1))
        if starts:
            order = numpy.argsort(numpy.concatenate(starts), kind="stable")
            self._starts = numpy.concatenate(starts)[order].tolist()
            self._lengths = numpy.concatenate(lengths)[order].tolist()
            self._where = numpy.concatenate(where)[order].tolist()
        else:
            self._starts, self._lengths, self._where = [], [], []

    def _token(self, j: int) -> Token:
        n, i = self._where[j]
        return self.pieces[n].doc[i]

    def tokens(self, lower: frozenset[str]) -> list[Token]:
        """The parsed tokens whose lower-case form is in `lower`, in text order (found in the token arrays, so
        the others never become Token objects)."""
        hashes = _hashes(lower)
        out = []
        for p in self.pieces:
            for i in numpy.flatnonzero(numpy.isin(p.doc.to_array(LOWER), hashes)).tolist():
                out.append((self._offsets[id(p.doc)][i], p.doc[i]))
        out.sort(key=lambda x: x[0])
        return [t for _, t in out]

    def offset(self, tok: Token) -> int:
        """Article offset of a token's first character."""
        return self._offsets[id(tok.doc)][tok.i]

    def span_of(self, tokens: list[Token]) -> tuple[int, int]:
        """Article (start, end) covering the tokens, without the blank lines the parser may hang at either edge
        (`Warns of Budget Shortfall` ¶: the headline's last noun holds the line break)."""
        words = [t for t in tokens if not t.is_space] or tokens
        return self.offset(words[0]), self.offset(words[-1]) + len(words[-1].text)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Parsed tokens lying wholly inside article offsets [start, end), in text order."""
        out: list[Token] = []
        j = bisect.bisect_left(self._starts, start)
        while j < len(self._starts) and self._starts[j] < end:
            if self._starts[j] + self._lengths[j] <= end:
                out.append(self._token(j))
            j += 1
        return out


@lru_cache(maxsize=8)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    """spaCy's string hashes of `words`, as a token array's LOWER column holds them."""
    return numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)


def pobj_of(prep: Token) -> Token | None:
    """The object of a preposition (`by [Stephanopoulos]`, `to [reporters]`), or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


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
    return (tok.tag_ in VERB_TAGS or not tok.tag_ or _closing_verb_read_as_noun(tok) or _opening_verb_read_as_noun(tok)
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


def _closing_verb_read_as_noun(tok: Token) -> bool:
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


def _opening_verb_read_as_noun(tok: Token) -> bool:
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


def misplaced_subject(verb: Token) -> Token | None:
    """The subject the parser hung on a verb as the phrase right before it, or None:
    - an adjective (`the 71-year-old said`: `the` and `old` both modify `said`);
    - a noun taken for part of a noun the verb was misread as (`Dems hope …`: `Dems` a compound of `hope`);
    - the subject of a participle read as a clause of its own (`Activists clamoring to block him say …`);
    - the first of two subjects the parser gave an aside between commas (`City officials in Marlow, one of the
      cities studied, said …`: `officials` and `one` both subjects of `studied`);
    - the person a relative clause ending right before the verb describes, when the parser hung both elsewhere
      (`…, a White House official who spoke anonymously to discuss strategy said Wednesday`);
    the verb may be a closing cue read as a noun (`…,” the editorial read.`)."""
    if (verb.tag_ not in FINITE_TAGS - {"MD"} and not _closing_verb_read_as_noun(verb)
            and not _opening_verb_read_as_noun(verb)):
        return None  # a noun's `a viral blog`, a participle's `the unusual step of criticizing`
    lefts = [c for c in verb.lefts if c.right_edge.i < verb.i]
    aside = (_aside_with_two_subjects(verb, lefts) or _noun_of_relative_clause_before(verb)
             or _subject_read_into_aside(verb, lefts))
    if aside is not None:
        return aside
    if not lefts or lefts[-1].right_edge.i != verb.i - 1:
        return None
    last = lefts[-1]
    if last.dep_ == "compound":
        return last if last.tag_ in JOINED_SUBJECT_TAGS else None
    if last.dep_ == "amod":
        det = lefts[-2] if len(lefts) > 1 else None
        return last if det is not None and det.dep_ == "det" and det.i == last.left_edge.i - 1 else None
    if last.dep_ == "advcl" and last.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in last.children):
        return next((c for c in last.lefts if c.dep_ in SUBJECT_DEPS), None)
    return None


def _noun_of_relative_clause_before(verb: Token) -> Token | None:
    """The noun for a person or a name whose relative clause (`who …`) ends right before the verb and was not hung
    on it, or None."""
    doc = verb.doc
    tok = _relative_clause_ending_at(doc, verb.i - 1) if verb.i else None
    if tok is None or tok.head.i >= verb.i or tok.head.head == verb:
        return None
    noun = tok.head
    relative = next((c for c in tok.lefts if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that")), None)
    if relative is None or not (coarse(noun) == "PROPN" or is_role_word(noun.lower_)):
        return None
    return noun if doc[noun.left_edge.i - 1].text in (",", ";") or noun.left_edge.i == verb.sent.start else None


def _relative_clause_ending_at(doc: Doc, last: int) -> Token | None:
    """The relative clause (its verb) whose words end at token `last`, found by climbing from that token through
    heads that come no later and end there too; else None."""
    tok = doc[last]
    while tok.dep_ != "relcl":
        head = tok.head
        if head == tok or head.i > last or head.right_edge.i != last:
            return None
        tok = head
    return tok


def _aside_with_two_subjects(verb: Token, lefts: list[Token]) -> Token | None:
    """The first subject of a clause before the verb, set off by a comma right before it, that the parser gave
    two subjects: no clause has two, so the first is the verb's, read into the aside that follows it."""
    if len(lefts) < 2 or lefts[-1].text != "," or lefts[-1].i != verb.i - 1:
        return None
    clause = lefts[-2]
    subjects = [c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.tag_ not in ("VBN", "VBD") or len(subjects) != 2:
        return None
    return subjects[0]


def _subject_read_into_aside(verb: Token, lefts: list[Token]) -> Token | None:
    """The noun opening the sentence that the parser made the subject of a clause in the aside after it,
    that clause a complement of the verb (`Ann Tarven, whose start-up uses big data, said Holt was …`: `Tarven` the
    subject of `uses`), when the verb has a complement after it too: a verb reports one clause, so the one before
    it is the aside."""
    if len(lefts) < 2 or lefts[-1].text != "," or lefts[-1].i != verb.i - 1:
        return None
    clause = lefts[-2]
    if clause.dep_ != "ccomp" or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != clause.left_edge.i or verb.doc[subject.i + 1].text != ",":
        return None
    return subject if coarse(subject) in ("PROPN", "NOUN") else None


def name_read_as_subject(noun: Token) -> list[Token] | None:
    """The name between commas right after a common noun that the parser made the subject of the clause after it
    (`According to the city's forester, Ruth Akande, Marlow plans …`): the noun's apposition, or None."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if not is_role_word(noun.lower_) or comma >= len(doc) or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and coarse(doc[end]) == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end - comma <= 2 or end >= len(doc) or doc[end].text != ",":
        return None  # a first and a last name at least, closed by a comma
    last = doc[end - 1]
    return list(doc[comma + 1 : end]) if last.dep_ in SUBJECT_DEPS and last.head.i > end else None


def _apposition_read_as_subject(subject: Token) -> bool:
    """Whether a subject is the name set off after a role noun (see `name_read_as_subject`), not the verb's."""
    comma = subject.left_edge.i - 1
    if comma < 1 or subject.doc[comma].text != "," or coarse(subject) != "PROPN":
        return False
    noun = subject.doc[comma - 1]
    while not is_role_word(noun.lower_) and noun.head.i < comma and noun.head.right_edge.i == comma - 1:
        if noun.head == noun:
            return False
        noun = noun.head  # the role noun whose phrase ends before the comma (`the forester for the city, …`)
    name = name_read_as_subject(noun)
    return name is not None and name[-1] == subject


def says_nothing(tokens: list[Token]) -> bool:
    """Whether the words are only particles, prepositions and punctuation (`to` of `if they didn't want to`):
    a report of them would say nothing."""
    return all(t.tag_ in ("TO", "IN", "RP") or t.is_punct for t in tokens)


def conjoined_subject(verb: Token) -> Token | None:
    """`One in three said A and [one in four] said B`: the subject of a second verb that the parser joined to the
    last noun of the first clause: a conjunct noun phrase after `and` or `but` that ends right before the verb,
    with a clause of its own before it (not `Trump and his supporters talk`) and no aside in it."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0:
        return None
    doc = verb.doc
    t, found = doc[verb.i - 1], None
    while t.right_edge.i == verb.i - 1 and t.i >= verb.sent.start:  # the phrases that end right before the verb
        if (t.dep_ == "conj" and t.tag_ in JOINED_SUBJECT_TAGS and doc[t.left_edge.i - 1].lower_ in ("and", "but")
                and t.head.dep_ not in SUBJECT_DEPS and not any(u.text == "," for u in t.subtree)
                and any(u.tag_ in FINITE_TAGS for u in doc[verb.sent.start : t.head.left_edge.i])):
            found = t  # the outermost one: `both the Federation of Teachers and the Association`
        if t.head == t or t.head.i > verb.i:
            break
        t = t.head
    return found


def glued_hyphen(tok: Token) -> bool:
    """A hyphen inside a word (`co-host`, `Mark-Viverito`), no space on either side: the tokenizer splits a word at
    `-` only."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def speakers_act(conj: Token, clause: Token, cue: Token) -> bool:
    """Whether a verb the parser joined to the clause a cue reports is the speaker's next act: in `has said the
    port must stay open, and has backed …` it has no subject and the cue's form, not the clause's."""
    doc = conj.doc
    return (conj.dep_ == "conj" and conj.head == clause and conj.tag_ == cue.tag_ != clause.tag_
            and doc[conj.left_edge.i - 1].lower_ in ("and", "but")
            and not any(d.dep_ in SUBJECT_DEPS or d.dep_ in ("expl", "mark") for d in conj.children))


def _subject_of_conjunct_before(verb: Token) -> Token | None:
    """`A group called for a boycott, and the League denounced it and said …`: the parser joins each verb to the
    first, but one with no subject of its own shares that of the nearest verb joined before it; None when that verb
    has none either."""
    if verb.dep_ != "conj":
        return None
    before = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    subjects = subjects_nearest_first(before[-1]) if before else []
    return subjects[0] if subjects else None


def subjects_nearest_first(verb: Token) -> list[Token]:
    """The verb's subject children, nearest first (the parser may give a quoted phrase or a fronted clause's
    subject as a second one)."""
    return sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS and not _object_of_bare_preposition(c)),
                  key=lambda c: abs(c.i - verb.i))


def _object_of_bare_preposition(subject: Token) -> bool:
    """`Sanders called on Gov. Rick Snyder to resign`: a second subject the parser hung on the verb right after a
    preposition of the verb left with no object; it is that preposition's object."""
    k = subject.left_edge.i - 1
    if k < 0:
        return False
    prep = subject.doc[k]
    return prep.dep_ == "prep" and prep.head == subject.head and not any(prep.children)


def hung_on_verbless_subject(verb: Token) -> bool:
    """`the nominee, Ann Lund, tweeted Sunday`, `the 43-year-old asked`: in a sentence the parser found no verb for,
    the cue hung as a clause on the noun or name (or the age read as an adjective) that is its subject. Not a participle
    (`“Too much hate,” she said, blaming …`) nor one with its agent (`a message posted by her aides`)."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBN") and verb.head.dep_ == "ROOT"
            and verb.head.i < verb.i and verb.head.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ")
            and not any(c.dep_ == "agent" for c in verb.children))


NOUN_PREMODIFIERS = ("det", "nummod", "amod", "compound", "poss", "nmod")


def tags_a_quote(verb: Token) -> bool:
    """Whether `verb`, hung on the noun before it, follows that noun straight after a quote's closing comma and mark
    (`“…,” one fan posted on X`): the parser took the noun for the quote's object and the verb for a participle
    describing it, but it is the quote's speaker and cue."""
    noun, doc = verb.head, verb.doc
    if verb.i != noun.i + 1 or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    before = noun.i - 1
    while before >= 0 and doc[before].head == noun and doc[before].dep_ in NOUN_PREMODIFIERS:
        before -= 1  # `one`, `a`, `longtime`
    # the quote ends its words with a comma or a mark (`cancelled,”`), not a scare-quoted word (`“manji” symbol`)
    return before >= 1 and doc[before].tag_ == "''" and doc[before - 1].text in (",", "?", "!")


def _subject_of_relative_clause_before(verb: Token) -> Token | None:
    """`…, where about 50 protesters had gathered, chanting “…”`: a participle after a comma that the parser hung
    on the sentence's verb is said by the subject of the relative clause that ends at that comma, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i > verb.i or any(c.dep_ == "mark" for c in verb.lefts):
        return None
    doc, comma = verb.doc, verb.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    tok = _relative_clause_ending_at(doc, comma - 1)
    if tok is None:
        return None
    subject = next((c for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in ("WDT", "WP", "EX", "PRP") or coarse(subject) not in ("NOUN", "PROPN"):
        return None
    # a clause telling where or when (`where …`, `in which …`), or one on a noun set off by a comma (`…, a charge
    # that leaders denied, noting …`); not one on the sentence's object (`brandished touches that Biden might
    # appreciate, describing …`: she describes)
    where = any(c.lower_ in ("where", "when") or (c.dep_ == "prep" and getattr(pobj_of(c), "tag_", "") == "WDT")
                for c in tok.lefts)
    noun = tok.head
    return subject if where or (noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == ",") else None


def _object_controller(verb: Token) -> Token | None:
    """`That prompted Rubio to call Trump …`, `urged the mayor to say …`: the infinitive's subject is the object of
    the verb it completes, when that verb is one of `control_verbs` and its object a person, a group or a name."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.lower_ not in control_verbs():
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or coarse(obj) in ("PROPN", "PRON"):
        return obj
    return obj if is_role_word(obj.lower_) or obj.lower_ in anonymous_heads() else None


# heads climbed at most looking for a subject: `has toned down his criticism, shifting his focus to defeating Ray
# and admitting that …` is four from `admitting` to `toned`
MAX_CLIMB = 5


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, climbing through participles, conjuncts and xcomps."""
    seen, in_clause = 0, True
    while verb is not None and seen < MAX_CLIMB:
        subjects = [s for s in subjects_nearest_first(verb) if not _apposition_read_as_subject(s)]
        if subjects:  # the parser may give a quoted phrase as a second subject: the nearest is the speaker
            # `Of Carson, Lund, who …, said`: the parser made the fronted preposition the subject, its object the name
            return (pobj_of(subjects[0]) or subjects[0]) if subjects[0].tag_ == "IN" else subjects[0]
        joined = conjoined_subject(verb)
        if joined is not None:
            return joined
        misplaced = misplaced_subject(verb)
        if misplaced is not None:
            return misplaced
        if verb.dep_ == "acl" and tags_a_quote(verb):
            return verb.head  # `“…,” one fan posted on X`
        if verb.dep_ == "acl" and verb.head.dep_ != "dobj" and (verb.head.tag_ in ("NNP", "NNPS") or verb.head.lower_ in anonymous_heads()
                                                            or (verb.head.tag_ in ("NN", "NNS") and verb.head.dep_ in SUBJECT_DEPS)
                                                            or hung_on_verbless_subject(verb)):
            head = verb.head
            # `Owen Blake, a Democrat whose district …, called`, the verb hung on the apposition: whom it describes
            return head.head if head.dep_ == "appos" and head.head.i < head.i else head  # `De Blasio, speaking …`
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and speakers_act(verb, verb.head, verb.head.head):
            verb, seen = verb.head.head, seen + 1  # `forecast that the economy would rebound and praised …`: the speaker
            continue
        if verb.dep_ in ("advcl", "conj", "xcomp", "acl", "pcomp", "prep", "oprd", "acomp") and verb.head != verb:
            shared = _subject_of_conjunct_before(verb)
            if shared is not None:
                return shared
            rel = _subject_of_relative_clause_before(verb)
            if rel is not None:
                return rel
            # the infinitive the cue is in, through conjuncts, complements and clauses not set off by a comma; in
            # `pressured them to stop by threatening …`, `urging them to review it, highlighting …` the presser speaks
            controller = _object_controller(verb) if in_clause else None
            if controller is not None:
                return controller
            in_clause = in_clause and (verb.dep_ in ("conj", "xcomp") or (
                verb.dep_ == "advcl" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text != ","))
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and seen == 0:
                return None  # `appeal the card shown to Ortega`: a passive participle's subject is what it describes
            if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
                verb = verb.head  # `Trump posted a message reading …`: who sent the message says it
            elif verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.head != verb.head.head:
                verb = verb.head.head  # `sent a message to supporters saying …`, the participle hung on the last noun
            elif verb.dep_ == "conj" and verb.head.dep_ in ("dobj", "pobj") and verb.tag_ in FINITE_TAGS:
                verb = verb.head  # `adopted a fake accent and joked`, the verb joined to the object before it
            elif verb.dep_ == "advcl" and verb.head.dep_ == "advmod" and verb.head.tag_ == "RB":
                verb = verb.head  # `went so far as to say`, the clause hung on the adverb: who went says it
            verb, seen = verb.head, seen + 1
            continue
        return None
    return None
