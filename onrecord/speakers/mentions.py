"""The name words a speaker or addressee mention holds, read from its tokens in the parse.

`Council member Raj Patel` names `Raj Patel`; `Chen's manager, Tom Briggs,` names `Tom Briggs` by apposition.
Cost: O(tokens of the mention).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..quotes.lexicon import author_verbs, name_titles, role_nouns
from ..quotes.mention_phrase import titled_name
from ..quotes.nominal import SOURCE_PREPS
from ..quotes.parsed import coarse, glued_hyphen, pobj_of
from ..quotes.subjects import name_read_as_subject, subject_of
from .genders import is_counted_first_name
from .names import PARTICLES, is_organisation

ARTICLES = {"the", "a", "an"}


def mention_head(tokens: list[Token]) -> Token:
    """The syntactic head of a mention: the token whose head lies outside it."""
    ids = {t.i for t in tokens}
    # `co-host Mika Brzezinski`: the parser may make each piece of a hyphenated word a head; the last one is the word's
    heads = [t for t in tokens if (t.head.i not in ids or t.head == t) and not _glued_to_next(t, ids)]
    # `the 71-year-old said`: the parser hangs `the` and `old` both on the verb; the head is the adjective
    return next((t for t in heads if t.dep_ != "det"), heads[0] if heads else tokens[-1])


def _glued_to_next(tok: Token, ids: set[int]) -> bool:
    """Whether a token runs on into the next token of the mention with no space, over or as a hyphen (`co-`)."""
    if tok.i + 1 not in ids:
        return False
    after = tok.doc[tok.i + 1]
    return (tok.text == "-" and not tok.whitespace_) or (glued_hyphen(after) and after.i + 1 in ids)


def name_at_head(mention: list[Token], head: Token) -> tuple[str, ...]:
    """The capitalised words of the name that ends at the mention's head, titles left out (`Council member
    Raj Patel` is `Raj Patel`, `Sen. Jane Alvarez` is `Jane Alvarez`)."""
    words: list[str] = []
    for t in reversed([t for t in mention if t.i <= head.i]):
        if glued_hyphen(t) and words:
            words[-1] = "-" + words[-1]  # `Mark-Viverito`: one word of the name
        elif t.text[:1].isupper() and not t.is_punct and t.lower_ not in ARTICLES:
            if words and words[-1].startswith("-"):
                words[-1] = t.text + words[-1]
            elif t.lower_.rstrip(".") in name_titles():
                if words:
                    break  # `House Speaker Newt Gingrich`: the name follows its title
            else:
                words.append(t.text)
        elif words and t.lower_ in PARTICLES:
            words.append(t.lower_)  # `Ursula von der Leyen`
        else:
            break
    return tuple(reversed(words))


def appositive_name(head: Token) -> tuple[str, ...]:
    """The name in apposition to a common-noun mention (`Chen's manager, Tom Briggs,`), or (). A capitalised
    noun after `the` counts as common (`The Conservative MSP for the region, Donald Cameron,`); any other name
    is the speaker's own (`Trump, Pence`). A first name alone names a plain noun's holder (`his wife, Jane,`)."""
    if head.tag_ in ("NNS", "NNPS"):  # `two analysts, Ann Ray and Bo Lim,`: more than one
        return ()
    titled = titled_name(head)
    if titled is not None:  # `UMWA Director of Government Affairs Phil Smith`
        return _full_name(name_at_head(list(titled.subtree), titled))
    if coarse(head) == "PROPN" and head.left_edge.lower_ != "the":
        return ()
    for child in head.rights:
        if child.dep_ == "appos" and coarse(child) == "PROPN":
            name = name_at_head(list(child.subtree), child)
            if len(name) == 1 and head.lower_ in role_nouns() and is_counted_first_name(name[0]):
                return name  # `his wife, Jane,`: a first name alone
            return _full_name(name)
    set_off = name_read_as_subject(head)  # `According to the city's forester, Ruth Akande, Marlow plans …`
    return _name_after_owner(head) or _first_name_given(head) or (_full_name(tuple(t.text for t in set_off))
                                                                  if set_off else ())


def _name_after_owner(head: Token) -> tuple[str, ...]:
    """`A spokeswoman for Dunmore, Celia Ruiz,`: the parser hangs the apposition on the name the role serves,
    but a name does not stand in apposition to a name, so it is the role's holder."""
    for prep in head.rights:
        for owner in prep.children if prep.dep_ == "prep" else ():
            if owner.dep_ != "pobj" or coarse(owner) != "PROPN" or owner.left_edge.lower_ == "the":
                continue
            for child in owner.rights:
                if child.dep_ == "appos" and coarse(child) == "PROPN":
                    return _full_name(name_at_head(list(child.subtree), child))
    return ()


def _full_name(name: tuple[str, ...]) -> tuple[str, ...]:
    """`name` when it is a first and a last name of a person (not `March`, `Trumpcare`, `Acme Holdings`), else ()."""
    return () if len(name) < 2 or is_organisation(name) else name


def _first_name_given(head: Token) -> tuple[str, ...]:
    """`A medic, who gave only her first name, Oksana,`: the name a source allowed to be printed."""
    for clause in head.rights:
        if clause.dep_ != "relcl":
            continue
        for tok in clause.subtree:
            if tok.lower_ == "name":
                return next(((c.text,) for c in tok.rights if c.dep_ == "appos" and coarse(c) == "PROPN"), ())
    return ()


def document_author(head: Token) -> Token | None:
    """The head of the author a document mention names (`Hoff's letter`, `an email from Ana Ruiz`, `a memo sent
    out by Ruiz`), or None (`the statement`, `an email obtained by the Post`). A pronoun owner before its
    clause's subject means that subject (`In her statement, Clinton said`)."""
    for child in head.children:
        if child.dep_ == "poss":
            return (_subject_ahead(head) if child.tag_ == "PRP$" else None) or child
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS and child.i > head.i:
            return pobj_of(child)
        if child.dep_ == "acl" and child.lower_ in author_verbs() and child.i > head.i:
            agent = next((c for c in child.rights if c.dep_ == "agent"), None)
            if agent is not None:
                return pobj_of(agent)
    return None


def _subject_ahead(noun: Token) -> Token | None:
    """The subject of the clause `noun` stands in, when it comes after `noun`."""
    verb = next((a for a in noun.ancestors if a.tag_.startswith(("VB", "MD"))), None)
    subject = subject_of(verb) if verb is not None else None
    return subject if subject is not None and subject.i > noun.i else None
