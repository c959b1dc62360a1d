"""A verb's subject: the one in the parse, climbing through participles, conjuncts and xcomps (`subject_of`),
or where the parser hung it elsewhere (`misplaced_subject`, `conjoined_subject`, `name_read_as_subject`); and
whether a verb joined to a reported clause is the speaker's next act (`speakers_act`).
Cost: a few steps around the verb, climbing at most `MAX_CLIMB` heads.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import closing_verb_read_as_noun, opening_verb_read_as_noun
from .lexicon import anonymous_heads, control_verbs, is_role_word
from .parsed import coarse, pobj_of

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
JOINED_SUBJECT_TAGS = {"NN", "NNS", "NNP", "NNPS", "CD", "PRP"}


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
    if (verb.tag_ not in FINITE_TAGS - {"MD"} and not closing_verb_read_as_noun(verb)
            and not opening_verb_read_as_noun(verb)):
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
        found = conjoined_subject(verb) or misplaced_subject(verb)
        if found is not None:
            return found
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
            found = _subject_of_conjunct_before(verb) or _subject_of_relative_clause_before(verb)
            if found is not None:
                return found
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
