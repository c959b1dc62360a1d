"""The words a cue verb reports: its clause in the parse (`said [that the bridge will open]`), or, for verbs
that report through their object, the object or infinitive (`endorsed [Cruz]`, `urged Congress [to act]`), with
what the parser hung elsewhere that belongs to them and without what it joined to them that does not.
Cost: a walk over the cue's children and its sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clause_ends import (before_according, before_speakers_act, inside_aside, past_colon_quote, to_sentence_end,
                          until_next_report)
from .cues import is_cue, is_speech, passive_participle, word_with
from .edges import OBJECT_PREPS, breaks_clause, has_dep, has_subject, opens_quote, trim, when_or_where
from .frames import NAME_TAIL_DEPS
from .lexicon import CueVerb, cue_forms
from .mention_phrase import DATE_WORDS, time_word
from .naming import name_given, named_back
from .nearby import NOUN_TAGS
from .parsed import coarse, pobj_of
from .slips import (clause_around, clause_past_asked, is_as_aside, is_fronted, is_set_off, marked_that, misread_clause,
                    opens_next, question_clause, relative_report, resumption, slipped_clause, tagged_sentence)
from .subjects import FINITE_TAGS, SUBJECT_DEPS, subject_of, subjects_nearest_first

ANSWERS = {"yes", "no", "so"}  # a one-word report that is a whole answer (`46 percent said yes`, `half said so`)
# the words that open a question joined to what a cue is about (`talk about X and how …`)
QUESTION_WORDS = {"how", "why", "what", "whether", "who", "where", "when"}
MAX_SAID_WHEN = 6  # words between a cue and the `that` of its clause that say when or where (`on Tuesday night`)


def complement(verb: Token) -> list[Token] | None:
    """The clause a cue verb reports, without its leading `that`; for verbs that report through their
    object (`endorsed Cruz`, `declined to comment`), the object or infinitive when there is no clause; for
    naming verbs, the object and what it is called (`called him a “stiff”`, `described it as “…”`).

    In turn: 1. a cue that reports through a word of its own: an adjective (which alone decides what is reported),
    a name given or a preposition; 2. the cue's child that holds the report in the parse, or the clause the parser
    hung on an aside or a phrase of the cue; 3. a one-word answer; 4. the chosen child's words, with what the parser
    hung elsewhere that belongs to them; 5. with no such child, the words around the cue that the parser did not hang
    on it."""
    cue = cue_forms().get(verb.lower_)
    if cue is not None and cue.only_with and (word := word_with(verb, cue.only_with)) is not None and word.tag_ == "JJ":
        return _after_adjective(verb, word)  # 1. `made it clear`: what follows the adjective, or nothing
    if (own := _through_its_word(verb, cue)) is not None:  # 1.
        return own
    children = _reported_children(verb, cue)  # 2.
    if not children and (answer := one_word_answer(verb)) is not None:  # 3.
        return [answer]
    children = children or slipped_clause(verb)
    if children:
        return _child_words(verb, children[0], cue)  # 4.
    return _report_hung_elsewhere(verb, cue)  # 5.


def _through_its_word(verb: Token, cue: CueVerb | None) -> list[Token] | None:
    """The report of a cue through a word of its own: the name it gives (`called [him a “stiff”]`) or the
    preposition it reports through (`talked about [the wall]`); None when it has none here."""
    if cue is None:
        return None
    if cue.names:
        named = name_given(verb)
        if named:
            return named_back(verb, named)
    if cue.preps and not passive_participle(verb):  # `when asked about the tax`: they were asked
        return _about(verb, cue.preps)
    return None


def _about(verb: Token, preps: tuple[str, ...]) -> list[Token] | None:
    """`talked about the wall`, `railed against the deal`: what the cue's phrase is about, with what it is called
    (`referred to Rubio as “…”`), an infinitive (`called on Congress to act`) or a question joined to it (`talk about
    immigration and how it is changing …`); None when the cue has no such phrase."""
    about = [(c, lead) for c in verb.rights if (lead := _cue_prep(c, preps)) is not None]
    if not about:
        return None
    phrase, lead = about[0]
    toks = [t for t in phrase.subtree if t != lead]
    named = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > phrase.i]
    if toks and named:
        return toks + [t for t in named[0].subtree if t.i > toks[-1].i]
    if not toks:
        return toks
    toks += _infinitive_after(verb, toks)
    return toks + _question_after(toks)


def _reported_children(verb: Token, cue: CueVerb | None) -> list[Token]:
    """The cue's children that hold what it reports, the preferred first (its clause, then an infinitive or an
    object, as `_report_deps` allows; a clause ahead of the cue after one behind it); else the answer's clause the
    parser hung on a `when asked` aside, or a question's if-clause."""
    deps = _report_deps(verb, cue)
    children = sorted((c for c in verb.children if _clause_dep(c) in deps and (c.i > verb.i or is_fronted(c, verb))),
                      key=lambda c: (deps.index(_clause_dep(c)), c.i < verb.i))
    if any(c.i < verb.i for c in children):  # `A will spend $2B, Dubois announced Tuesday, a move leaders welcomed`
        children = [c for c in children if c.i < verb.i or not _after_comma(c, verb)]
    if verb.dep_ == "advcl" and is_cue(verb.head) and (answered := clause_past_asked(verb.head)):
        children = [c for c in children if c not in answered]  # the answer's clause, not the question
    if not children:
        children = clause_past_asked(verb)
    if not children and cue is not None and cue.question:
        children = question_clause(verb)
    return children


def _report_hung_elsewhere(verb: Token, cue: CueVerb | None) -> list[Token] | None:
    """With no child of the cue to report, the words the parser hung elsewhere: the clause of a cue misread as a
    participle, a relative clause's report, the sentence a cue interrupts or an `As X reported` aside vouches for,
    or the sentence a closing cue tags; else None."""
    if clause := misread_clause(verb):
        return trim(clause)
    if cue is not None and (clause := relative_report(verb)):
        return clause
    if ((verb.dep_ == "parataxis" or is_set_off(verb)) and verb.head.i != verb.i
            and subject_of(verb) is not None and not opens_next(verb)):
        return clause_around(verb)  # `The plan, she said, will cost more`: the sentence the cue interrupts
    if is_as_aside(verb):
        return trim([t for t in clause_around(verb) if t.i > verb.i])  # `As the Post reported, the deal fell through`
    if cue is not None and cue.direct:
        tagged = tagged_sentence(verb)
        if tagged:
            return tagged
    return None


def _child_words(verb: Token, child: Token, cue: CueVerb | None) -> list[Token]:
    """The words of the child that holds the report, with what belongs to them that the parser hung elsewhere (the
    rest of the sentence, a stranded subject, what an object is called) and without what it joined to them that
    does not (the speaker's next act, a second source, the day or the one told)."""
    dep = _clause_dep(child)
    toks = before_speakers_act(until_next_report(child), child, verb)
    if dep == "ccomp" and child.i > verb.i and toks and toks[-1].i == child.right_edge.i:
        toks = to_sentence_end(toks, verb)
    elif dep == "ccomp" and toks and (rest := resumption(verb)) is not None:
        toks = toks + to_sentence_end(list(rest.subtree), verb)  # `A, he said, by B`: A and B, around the cue
    if dep == "xcomp" and (obj := _controller(verb, child)) is not None:
        toks = [t for t in obj.subtree if t.i < toks[0].i] + toks
    elif dep == "ccomp" and (subject := _stranded_subject(verb, child, cue)) is not None:
        toks = list(subject.subtree) + toks
    elif dep == "ccomp" and (subject := _cue_subject_taken(verb, child)) is not None:
        toks = [t for t in toks if t.i > subject.right_edge.i]
    elif dep == "ccomp" and (subject := _second_source(verb, child)) is not None:
        toks = [t for t in toks if t.i < subject.left_edge.i]
    if dep == "ccomp":
        toks = _past_day(_past_addressee(toks, verb), verb)
        toks += _second_that_clause(toks)
    if dep == "ccomp" and child.i < verb.i:
        toks = past_colon_quote(toks)
    if child.dep_ == "dobj":  # `dismissed the row as “absurd”`, `blamed the law on “…”`: what the object is called
        toks = _object_called(verb, child, toks)
    elif dep == "xcomp" and toks:
        toks += _condition_after(verb, toks)
    return trim(before_according(inside_aside(toks, verb)))


def _object_called(verb: Token, obj: Token, toks: list[Token]) -> list[Token]:
    """A reported object with the pieces of it the parser hung on the cue after it, what it is called or said about
    (`dismissed the row [as “absurd”]`, `blamed the law [on “…”]`) and how it goes on (`see him as an asset [to help
    others]`)."""
    for more in (c for c in verb.rights if c.i > obj.i):
        if more.left_edge.i != toks[-1].i + 1 or not _object_piece(more):
            break
        toks += list(more.subtree)
    preps = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS and c.i > obj.i]
    while preps and when_or_where(preps[-1]):
        preps.pop()  # `criticized Democrats in 2011 for seeking …` keeps the date between
    for prep in preps:
        toks += [t for t in prep.subtree if t.i > toks[-1].i]
    return toks + _object_continuation(verb, toks)


def _after_adjective(verb: Token, word: Token) -> list[Token] | None:
    """`made it clear [that she has their backs]`, `made clear [his aim to cut the tax]`: the words after the
    adjective that makes the verb a cue, past whom it was made clear to, to where the sentence or clause breaks off;
    the parser hangs them anywhere (on the adjective, the verb or the one spoken to)."""
    doc = verb.doc
    if has_dep(verb, "auxpass"):
        return None  # `the stakes were made clear`: what was made clear is the subject, made so by no one named
    k = word.i + 1
    if k < len(doc) and doc[k].lower_ == "to" and (told := pobj_of(doc[k])) is not None:
        # `made it clear to the council that …`, with the clause maybe hung on `council` as a relative clause
        k = next((t.i for t in doc[k + 1 : told.right_edge.i + 1] if t.lower_ == "that"), told.right_edge.i + 1)
    if k >= len(doc) or doc[k].is_punct or doc[k].sent != verb.sent:
        return None  # `made it clear.`: nothing after the adjective
    ahead = list(doc[k : min(k + MAX_SAID_WHEN, verb.sent.end)])
    that = next((t for t in ahead if t.lower_ == "that"), None)
    if that is not None and not any(t.tag_.startswith(("VB", "MD")) for t in doc[k : that.i]):
        k = that.i + 1  # `made clear [on Wednesday] that …`: when or where, before the clause
    end = k
    while end < verb.sent.end and not breaks_clause(doc[end]) and not _speakers_next_act(verb, doc[end]):
        end += 1
    return trim(list(doc[k:end])) or None


def _speakers_next_act(verb: Token, comma: Token) -> bool:
    """`made clear A, touting B`, `made clear A, saying B`: a participle or a verb of the cue's form right after a
    comma goes on with what the speaker did, not with what was made clear."""
    doc = verb.doc
    return comma.text == "," and comma.i + 1 < len(doc) and doc[comma.i + 1].tag_ in ("VBG", verb.tag_)


def one_word_answer(verb: Token) -> Token | None:
    """`75 percent said yes`, `after half said so`: the one word right after a speech verb that is the whole of
    what was said; not `said no to the war`, a refusal."""
    if verb.i + 1 >= len(verb.doc) or not is_speech(verb):
        return None
    word = verb.doc[verb.i + 1]
    after = verb.doc[word.i + 1] if word.i + 1 < len(verb.doc) else None
    if word.lower_ not in ANSWERS or word.head != verb or word.dep_ not in ("intj", "advmod"):
        return None
    return None if after is not None and after.lower_ in ("to", "much", "many", "far", "that") else word


def _after_comma(clause: Token, verb: Token) -> bool:
    """Whether a clause after its verb is set off from it by a comma and opens with a determiner: a noun phrase
    in apposition to the sentence misread as a clause (`announced Tuesday, a move leaders welcomed`), not one
    that resumes the sentence (`It is no surprise, Garin said, that …`) nor a quote (`she said, “…`)."""
    doc, first = verb.doc, clause.left_edge
    return first.tag_ == "DT" and any(doc[k].text == "," for k in range(verb.i + 1, first.i))


def _object_continuation(verb: Token, toks: list[Token]) -> list[Token]:
    """What a report through an object goes on with right after it, on the cue in the parse: what the object is
    taken as (`see Trump [as most likely to win]`, parsed as a clause of the cue; an `as` phrase is one of the
    object's prepositions already) or how it was named (`mentioned Trump [by name]`), an infinitive (`urged Congress
    [to act]`) and a condition (`would support Trump [if he is the nominee]`)."""
    more: list[Token] = []
    after = _right_after(verb, toks)
    if after is not None and after.dep_ == "advcl" and after.left_edge.lower_ == "as" and not has_subject(after):
        more = [t for t in after.subtree if t.i > toks[-1].i]  # not `opposed it as he positioned himself`
    elif (after is not None and after.lower_ == "by" and (obj := pobj_of(after)) is not None
          and obj.lower_ == "name" and obj.i == after.i + 1):
        more = [after, obj]  # `did not mention Trump [by name]`: how he was named
    more += _infinitive_after(verb, toks + more)
    return more + _condition_after(verb, toks + more)


def _question_after(toks: list[Token]) -> list[Token]:
    """`talk about immigration and how it is changing the country`: a question clause joined to the phrase, which
    the parser hung elsewhere in the sentence."""
    doc = toks[0].doc
    k = toks[-1].i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "or") or doc[k + 1].lower_ not in QUESTION_WORDS:
        return []
    clause = doc[k + 1].head
    if clause.left_edge.i != k + 1 or not clause.tag_.startswith(("VB", "MD")):
        return []
    return list(doc[k : clause.right_edge.i + 1])


def _infinitive_after(verb: Token, toks: list[Token]) -> list[Token]:
    """The cue's infinitive clause right after its reported words, which the parser hangs on the cue: what the one
    named is asked or seen to do (`called on Congress [to act]`, `urged him [to run]`)."""
    after = _right_after(verb, toks)
    if after is None or after.dep_ not in ("xcomp", "advcl") or after.left_edge.lower_ != "to":
        return []
    return [t for t in after.subtree if t.i > toks[-1].i]


def _condition_after(verb: Token, toks: list[Token]) -> list[Token]:
    """The `if` clause right after the reported words, which the parser hangs on the cue: the condition is part of
    what is promised or refused (`would support Trump [if he is the nominee]`, `declined to speculate [if …]`)."""
    after = _right_after(verb, toks)
    if after is None or after.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in after.lefts):
        return []
    return [t for t in after.subtree if t.i > toks[-1].i]


def _second_that_clause(toks: list[Token]) -> list[Token]:
    """A second clause of the same report right after it (`said A, and that B`, `insisted A but that B`), which the
    parser hung above the cue: `that` opens a clause there (not `…, but that could change`, where it is the
    subject)."""
    doc = toks[0].doc
    k = toks[-1].i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "but") or doc[k + 1].lower_ != "that":
        return []
    that = doc[k + 1]
    clause = that.head
    if that.dep_ != "mark" or clause.i < that.i or not clause.tag_.startswith(("VB", "MD")):
        return []
    return list(doc[toks[-1].i + 1 : clause.right_edge.i + 1])


def _right_after(verb: Token, toks: list[Token]) -> Token | None:
    """The cue's first dependent after the reported words, if its phrase starts right after them."""
    after = next((c for c in verb.rights if c.i > toks[-1].i), None)
    return after if after is not None and after.left_edge.i == toks[-1].i + 1 else None


def _object_piece(tok: Token) -> bool:
    """A piece of the object the parser hung on the verb after it (`the re - election of …`, each a dobj; `her
    thanks to …`, a noun); not a date (`endorsed Cruz last week`)."""
    return tok.dep_ == "dobj" or (tok.dep_ == "npadvmod" and tok.tag_ in ("NN", "NNS") and not time_word(tok))


def _past_addressee(toks: list[Token], verb: Token) -> list[Token]:
    """A reported clause without the capitalised words that finish the name of the one spoken to, which the
    parser hung on the clause (`told Entertainment Tonight her daughter was …`)."""
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and coarse(c) == "PROPN"), None)
    k = 0
    while (told is not None and k < len(toks) - 1 and toks[k].i == told.i + 1 + k and toks[k].text[:1].isupper()
           and toks[k].dep_ in NAME_TAIL_DEPS):
        k += 1
    return toks[k:]


def _past_day(toks: list[Token], verb: Token) -> list[Token]:
    """A reported clause without the day of the report, which the parser hung on the clause when no `that` comes
    between (`said Tuesday the bridge will reopen`)."""
    first = toks[0] if toks else None
    if (first is None or first.i != verb.i + 1 or first.dep_ != "npadvmod" or first.lower_ not in DATE_WORDS
            or not any(c.dep_ in SUBJECT_DEPS and c.i > first.i for c in first.head.children)):
        return toks
    return [t for t in toks if t.i > first.right_edge.i]


def _clause_dep(child: Token) -> str:
    """A child's dependency, read as a clause (`ccomp`) when the parser called it an infinitive (`xcomp`) but it has
    a tensed auxiliary of its own: in `told reporters the council was ‘listening’` the quote marks make the parser
    hang `listening` on `told` as an infinitive."""
    if child.dep_ == "xcomp" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in child.lefts):
        return "ccomp"
    # `telling supporters that he had “renewed faith”`: a clause whose verb the quote marks made the parser read as
    # a noun object, keeping its `that` and its subject
    if (child.dep_ in ("dobj", "attr") and marked_that(child)
            and any(c.dep_ in SUBJECT_DEPS for c in child.lefts)):
        return "ccomp"
    return child.dep_


def _cue_prep(child: Token, preps) -> Token | None:
    """The cue's preposition that opens one of its dependents: the dependent itself (`talked [about] the wall`),
    or the mark of a clause the parser hung on the cue (`called [for] the chief to resign`); else None."""
    if child.dep_ == "prep":
        return child if child.lower_ in preps else None
    if child.dep_ in ("advcl", "xcomp", "ccomp"):
        return next((c for c in child.lefts if c.dep_ == "mark" and c.lower_ in preps), None)
    return None


def _controller(verb: Token, xcomp: Token) -> Token | None:
    """`urged Congress to act`: the object that the reported infinitive is about, between the cue and it."""
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i and c.right_edge.i < xcomp.left_edge.i), None)


def _stranded_subject(verb: Token, clause: Token, cue: CueVerb | None) -> Token | None:
    """`said the days when … are gone`: the reported clause's subject, which the parser hung on the cue as a
    noun phrase right before the clause (or before the cue's phrases ahead of it) when the clause has none of its
    own."""
    if clause.i < verb.i or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "mark") for c in clause.children):
        return None
    deps = ("npadvmod",) if cue is not None and cue.addressee == "object" else ("npadvmod", "dobj")  # `told reporters`
    noun = next((c for c in verb.rights if c.dep_ in deps and c.tag_ in NOUN_TAGS
                 and (c.right_edge.i == clause.left_edge.i - 1 or _phrases_between(verb, c, clause))), None)
    if noun is None:  # `said about half of the gap reflected …`: `about` read as the cue's preposition
        noun = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "about" and c.i == verb.i + 1
                     and c.right_edge.i == clause.left_edge.i - 1), None)
    return None if noun is None or _says_when(noun) else noun


def _phrases_between(verb: Token, noun: Token, clause: Token) -> bool:
    """Whether only the cue's prepositional phrases and commas lie between a noun and the clause after it (`said
    their networks of donors, almost all men until a few years ago, were now …`)."""
    doc = verb.doc
    between = range(noun.right_edge.i + 1, clause.left_edge.i)
    preps = {t.i for c in verb.rights if c.dep_ == "prep" and noun.i < c.i < clause.i for t in c.subtree}
    return bool(between) and bool(preps) and all(k in preps or doc[k].text == "," for k in between)


def _cue_subject_taken(verb: Token, clause: Token) -> Token | None:
    """`“The risk,” said Ed Lamb, an economist …, “is that …”`: the cue's own subject, a name right after it that
    the parser made the subject of the quoted clause, which then seems to report its speaker."""
    doc = verb.doc
    if clause.i < verb.i or verb.i == 0 or not doc[verb.i - 1].is_quote or subjects_nearest_first(verb):
        return None
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or coarse(subject) != "PROPN":
        return None
    return subject if any(t.is_quote for t in doc[subject.right_edge.i + 1 : clause.i]) else None


def _second_source(verb: Token, clause: Token) -> Token | None:
    """`the mayor said: “No comment,” the Herald reported`: the subject of a second speech cue after the quote the
    first one opens, which the parser made the first one's clause; the report is the quote alone."""
    if clause.i < verb.i or not is_speech(clause):
        return None
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < verb.i:
        return None
    doc = verb.doc
    between = list(doc[verb.i + 1 : subject.left_edge.i])
    while between and between[0].text in (",", ":"):
        between.pop(0)
    # the quote opens right after the cue and closes right before the second subject
    opens = len(between) > 2 and opens_quote(between[0]) and between[-1].is_quote
    return subject if opens and not any(t.is_quote for t in between[1:-1]) else None


def _says_when(noun: Token) -> bool:
    """`acknowledged Monday night "it will be hard"`: a date or a bare time phrase, not a clause's subject (though
    `the days when …` may be)."""
    if any(t.lower_ in DATE_WORDS for t in noun.subtree):
        return True
    return time_word(noun) and not any(c.dep_ in ("relcl", "acl", "prep") for c in noun.children)


def _report_deps(verb: Token, cue) -> tuple[str, ...]:
    """The dependencies through which a cue verb reports, in order of preference: its clause (`said that …`);
    for a verb that reports through its object, also an infinitive or the object (`endorsed Cruz`), though not
    through `blasted out an email`, and never the object of one spoken to (`asked workers`); for a hope or a
    plan, an infinitive (`sought to reassure investors`), though not in the passive (`is expected to`)."""
    if cue is None:
        return ("ccomp",)
    if cue.takes_object and has_dep(verb, "auxpass"):
        return ("ccomp",)  # `Sanders is favored to win`: no one in the sentence favours anything
    if cue.takes_object and not has_dep(verb, "prt"):
        return ("ccomp", "xcomp") if cue.addressee == "object" else ("ccomp", "xcomp", "dobj")
    if cue.infinitive and not passive_participle(verb) and not has_dep(verb, "auxpass"):
        return ("ccomp", "xcomp")
    return ("ccomp",)


