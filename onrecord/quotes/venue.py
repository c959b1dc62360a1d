"""Where words were said: the phrase on a cue that names the occasion, place, document or medium
(`said in a statement`, `told reporters at a rally in Des Moines`, `said on CNN's “State of the Union.”`).

A venue is an `in`, `on`, `at` or `during` phrase whose noun is one of `venues.jsonl`'s, or a proper noun that
names no time (`on CNN`, `in Iowa`, and with `before`: `testified before the Senate`), or an `outside` or `inside`
phrase (`outside the terminal gates`). The phrase may hang on the cue, on its object, on a participle set beside
it (`Speaking at a rally, Lee said`) or on the clause a participle cue hangs on (`said at a rally, adding that
…`). When the phrase names a programme or a platform with `on` (`during a sitdown interview on Be Woke Vote`),
the venue is that name, as the seeds' answer key gives it. A phrase ends before a comma, a clause, a date
(`on Tuesday`) or a bracket. Cost: a walk over the cue's children and the venue's own subtree.
"""
from __future__ import annotations

from spacy.tokens import Token

from .draft import TITLE_SMALL_WORDS, Draft
from .lexicon import SOURCE_CUES, first_name_genders, venue_words
from .mention_phrase import DATE_WORDS, dated
from .parsed import ParsedText, coarse

VENUE_PREPS = ("in", "on", "at", "during", "outside", "inside", "before")
NAME_PREPS = ("on", "at", "in", "before")  # a proper noun after these is a place, a programme, a platform or a body
PLACE_PREPS = ("outside", "inside")  # any noun after these is a place (`outside the terminal gates`)
OPENING_MARKS = ("\u201c", "\u2018", "``", '"')
CLOSING_MARKS = ("\u201d", "\u2019", "''", '"')
STOP_DEPS = {"relcl", "acl", "appos", "punct", "npadvmod", "advcl", "parataxis"}
PHRASE_PREPS = {"of", "in", "at", "on", "with", "to", "for", "from", "by", "near", "outside", "inside"}  # a venue's own
# phrases (`a statement to the AP`, `a rally in Iowa`); others begin something else (`described it during an
# interview as “…”`, `an interview prior to his comments`)
MAX_VENUE_WORDS = 12  # past this a phrase has run on into other news; its head noun's own words are kept
MAX_TITLE_TOKENS = 12  # a programme's name in quote marks after its channel (`CNN’s “State of the Union”`)


def mark_venues(drafts: list[Draft], parsed: ParsedText) -> None:
    """Set `extra["venue_span"]` on each draft whose cue states where it was said, and on the uncued quotes that
    continue it (`“…,” she said at the rally. “…”`); a venue never lies inside the quote it belongs to."""
    for d in drafts:
        venue = find_venue(d.cue) if d.cue else None
        if venue:
            start, end = parsed.span_of(venue)
            if end <= d.start or start >= d.end:
                d.extra["venue_span"] = (start, end)
    for d in drafts:  # in text order, so a chain of continuations passes the venue on
        span = drafts[d.follows].extra.get("venue_span") if d.follows is not None else None
        if span and "venue_span" not in d.extra and (span[1] <= d.start or span[0] >= d.end):
            d.extra["venue_span"] = span


def find_venue(cue: list[Token]) -> list[Token] | None:
    """The tokens of the phrase telling where the cue's words were said, or None (`according to` has none)."""
    head = cue[0]
    if head.lower_ in SOURCE_CUES:
        return None
    words = venue_words()
    hosts = [(head, True)]  # (a word whose phrases may tell where, whether a bare proper noun there may)
    hosts += [(c, False) for c in head.children if c.dep_ in ("dobj", "dative") and coarse(c) == "NOUN"]
    hosts += [(c, True) for c in head.children if c.dep_ in ("advcl", "xcomp") and c.lower_ in words.asides]
    if head.dep_ in ("advcl", "xcomp") and (head.lower_ in words.asides or head.tag_ == "VBG"):
        hosts.append((head.head, True))  # `said at a rally in San Diego, adding that …`: the clause's venue
    for host, proper_ok in hosts:
        topical = host.lower_ in words.topic_verbs
        for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS):
            if topical and prep.lower_ in ("on", "at"):
                continue  # `commented on the post`, `called on Congress`: what they spoke of
            venue = _venue_of(prep, proper_ok)
            if venue:
                return venue
    return None


def _venue_of(prep: Token, proper_ok: bool) -> list[Token] | None:
    """The venue phrase a preposition introduces, or None when its object names no venue."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    if coarse(obj) == "NOUN" and (prep.lower_ in PLACE_PREPS
                                  or (obj.lower_ in venue_words().nouns and prep.lower_ != "before")):
        return _named_within(obj) or _phrase(obj)  # (`before the debate` is a time)
    if proper_ok and prep.lower_ in NAME_PREPS:
        phrase = _phrase(obj)
        return phrase if _proper(phrase, obj) else None
    return None


def _named_within(obj: Token) -> list[Token] | None:
    """The programme or platform an occasion took place `on` (`an interview on Be Woke Vote`, `a post on
    Facebook`), or None."""
    for prep in (c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "on"):
        inner = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        name = _phrase(inner) if inner is not None else None
        if name and _proper(name, inner):
            return name
    return None


def _proper(phrase: list[Token], head: Token) -> bool:
    """A name that is no time, language or person: every word of it capitalised (`Be Woke Vote`, `the White
    House`, `CNN's “State of the Union”`, `Paris`), or after `the` with its head a capitalised proper noun (`the
    state Senate`); no word of it a date (`Jan. 17`), and no first name before a surname."""
    words = [t for t in phrase if t.is_alpha and t.lower_ not in ("the", "of", "and", "a", "for", "with")]
    not_places = venue_words().not_places
    named = all(t.text[0].isupper() for t in words) or (
        phrase[0].lower_ == "the" and head.tag_ in ("NNP", "NNPS") and head.text[:1].isupper())
    return (bool(words) and named
            and not any(t.lower_ in DATE_WORDS or t.lower_ in not_places for t in phrase)
            and not (len(words) > 1 and words[0].lower_ in first_name_genders()))


def _phrase(obj: Token) -> list[Token]:
    """The object's words: its left edge to the last right child before a comma, a clause or a date phrase; a
    title's quote marks kept whole (`CNN's “State of the Union.”`)."""
    doc, end = obj.doc, obj.i
    for child in obj.rights:
        if (child.dep_ in STOP_DEPS or child.text in ("(", "-", "\u2014")
                or (child.dep_ == "prep" and (child.lower_ not in PHRASE_PREPS or _names_time(child)))):
            break
        if any(t.text in (",", ";", "(") or t.is_space for t in doc[end + 1 : child.i]):
            break
        end = child.right_edge.i
    while end > obj.i and doc[end].text in (",", ";", ":", "-"):
        end -= 1  # `a campaign stop in Onawa, Iowa,`: the comma closing an apposition is the sentence's
    if sum(t.is_alpha for t in doc[obj.left_edge.i : end + 1]) > MAX_VENUE_WORDS:
        end = obj.i  # `an interview with … for “Dateline” broadcast on Wednesday’s “MSNBC Live”` -> `an interview`
    return _balanced(_with_owned_title(list(doc[obj.left_edge.i : end + 1])))


def _with_owned_title(tokens: list[Token]) -> list[Token]:
    """`ABC’s “This Week,”`: a channel's possessive and the programme name in quote marks after it, which the
    parser hangs elsewhere, joined to the channel."""
    doc, k = tokens[0].doc, tokens[-1].i + 1
    if tokens[-1].tag_ != "POS" and k < len(doc) and doc[k].tag_ == "POS":
        tokens, k = tokens + [doc[k]], k + 1
    if tokens[-1].tag_ != "POS" or k >= len(doc) or doc[k].text not in OPENING_MARKS:
        return tokens
    for j in range(k + 1, min(k + MAX_TITLE_TOKENS, len(doc))):
        if doc[j].text in CLOSING_MARKS:
            return tokens + list(doc[k : j + 1])
        if not (doc[j].text[:1].isupper() or doc[j].lower_ in TITLE_SMALL_WORDS or doc[j].text in (",", ".")):
            break
    return tokens


def _names_time(prep: Token) -> bool:
    """`on Tuesday`, `in March`, `in 2015`: a preposition of time, not of place."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return dated(prep) or (obj is not None and (obj.lower_ in venue_words().not_places or obj.like_num))


def _balanced(tokens: list[Token]) -> list[Token]:
    """The tokens with their quote marks paired: an opening mark left open is closed by the mark just after the
    tokens (over a full stop or comma), or else only the words after it are kept; a stray closing mark ends them."""
    open_at: list[int] = []
    for k, t in enumerate(tokens):
        if t.tag_ == "POS":
            continue  # `players’`: an apostrophe, not a mark
        if t.text == '"' and open_at and tokens[open_at[-1]].text == '"':
            open_at.pop()
        elif t.text in OPENING_MARKS:
            open_at.append(k)
        elif t.text in CLOSING_MARKS:
            if not open_at:
                return tokens[:k] or tokens
            open_at.pop()
    if not open_at:
        return tokens
    doc, last = tokens[0].doc, tokens[-1].i
    for k in range(last + 1, min(last + 3, len(doc))):
        if doc[k].text in CLOSING_MARKS:
            return tokens + list(doc[last + 1 : k + 1])
        if doc[k].text not in (".", ","):
            break
    return tokens[open_at[-1] + 1 :] or tokens
